"""Warnings about content that is valid but probably not what the editor meant: what
``explainer check`` and the preview say besides errors. The check stage
(``content/check.py``) says whether a site can be built; these catch what reviewers
miss. Each is a ``Problem`` with severity WARNING, at the line to look at.

This module runs them all, in the order they are said: ``lint`` for a valid site, and,
while the content has errors, ``known_warnings``: those that can be told already, said
with the errors. The warnings are in the modules beside it, by what they are about:

- each file's own: ``events.py`` (with ``weekdays.py``: a day of the week named before a
  date it is not), ``figures.py``, ``places.py`` (story.yaml's are its
  picture's, its title's, its text's and, in ``numbers.py``, its key numbers written as
  bare numbers its language writes otherwise), with ``pictures.py`` (a picture's credit, a picture on
  another site) and ``titles.py`` (a title long as a paragraph, one that shows
  nothing, one the shared card cannot draw; a name, a publisher or an update's text that
  shows nothing; and site.yaml's title, showing nothing);
- a file's text: ``writing.py`` (placeholder text), ``links.py`` (Markdown links that
  will not work), ``formatting.py`` (HTML left out, bold never closed, Markdown in plain
  text), ``comments.py`` (text cut short by a ' #'), all found by ``texts.py``, and
  ``indented.py`` (a key indented into a text of several lines), and ``cutshort.py`` (a
  file that ends mid-text, as one saved half-way does);
- across a story's files: ``storylinks.py`` (links to a draft, to an update or a source
  the story does not have), ``references.py`` (duplicates, two figures or places of one
  name, what nothing refers to, a quote meant for a figure), ``changes.py`` (the dates
  of the story's changes against its events and the clock), ``dateorder.py`` (coarse
  dates before finer ones, updates out of order);
- across the site's stories: ``names.py`` (one person or place in two stories' files
  under different ids, or under two names: 'AMLO' and 'Andrés Manuel López Obrador');
  ``stories.py`` (versions in one language, an event the
  original took out, two titles alike), and there too a story published with no event to
  show; ``translations.py`` (the texts of a translation still the same as the
  original's); ``clock.py`` (a note, no warning: times without an offset on a site
  without ``time_zone``).

``where.py`` says where in a file a warning points.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from generator.content import assemble, schema
from generator.content.check import Found, site_language
from generator.content.contentfile import ContentFile
from generator.content.file_check import Values, ok
from generator.content.kinds import Kind
from generator.content.lint.changes import dates_of_changes
from generator.content.lint.clock import time_zone_note
from generator.content.lint.comments import cut_by_comments
from generator.content.lint.dateorder import coarse_before_finer, updates_in_order
from generator.content.lint.events import event_warnings
from generator.content.lint.figures import figure_warnings
from generator.content.lint.indented import keys_in_text
from generator.content.lint.names import names_of_one
from generator.content.lint.numbers import key_numbers_as_read
from generator.content.lint.pictures import picture_warnings
from generator.content.lint.places import location_warnings
from generator.content.lint.references import duplicated_events, same_names, unlinked_speakers, unreferenced
from generator.content.lint.stories import (
    in_another_script,
    links_to_other_stories,
    links_to_unpublished_pages,
    many_key_moments,
    no_events,
    related_drafts,
    related_versions,
    same_language_versions,
    same_titles,
    taken_out_in_original,
)
from generator.content.lint.storylinks import links_to_drafts, links_to_no_place, place_links
from generator.content.lint.titles import (
    card_warnings,
    site_title_warnings,
    story_texts_show_nothing,
    title_warnings,
)
from generator.content.lint.translations import untranslated, untranslated_checked
from generator.content.lint.writing import text_warnings
from generator.content.load import RawContent, RawStory
from generator.content.model import Image, Site, Story
from generator.content.remember import FORGETFUL, Memory
from generator.errors import Problem


def lint(
    raw: RawContent, found: Found, site: Site, memo: Memory = FORGETFUL, *, base_url: str | None = None
) -> list[Problem]:
    """Every warning for a valid site (``site`` must include drafts), loaded as ``raw``
    and checked (``found``: the warnings checking found); as published at ``base_url``
    when it is given, whatever site.yaml says (``check --base-url``, and ``deploy``, which
    learns the address only after loading the content, from the branch and the remote).

    A file's own warnings depend on that file and the model made of it (which its story's
    language sets too); a ``memo`` that remembers (the preview's, which shows them after
    every save) keeps them while both are unchanged, and only the warnings across files
    are looked for again.
    """
    if base_url is not None:
        site = dataclasses.replace(site, base_url=base_url)
    stories = {s.id: s for s in site.stories}
    warnings: list[Problem] = []
    for raw_story in raw.stories:
        story = stories[raw_story.id]
        warnings.extend(_kept(_own_warnings(raw_story, story, site.language), memo))
        warnings.extend(raw_story.notices)
        warnings.extend(found.story_notices.get(raw_story.id, ()))
        if raw_story.story is not None:
            warnings.extend(card_warnings(raw_story.story, story, site.title))
        warnings.extend(_across_files(raw_story, story, site.time_zone, memo))
    warnings.extend(same_language_versions(raw, site))
    warnings.extend(in_another_script(raw, site))
    warnings.extend(taken_out_in_original(raw, site))
    warnings.extend(untranslated(raw, site, memo))
    warnings.extend(same_titles(raw, site))
    warnings.extend(names_of_one(raw, site))
    warnings.extend(links_to_unpublished_pages(raw, site, memo))
    warnings.extend(links_to_other_stories(raw, site, memo))
    warnings.extend(related_drafts(raw, site))
    warnings.extend(related_versions(raw, site))
    warnings.extend(_site_warnings(raw))
    warnings.extend(time_zone_note(raw, site))
    warnings.extend(raw.notices)
    warnings.extend(found.notices)
    return warnings


def known_warnings(
    raw: RawContent, found: Found, errors: list[Problem], memo: Memory = FORGETFUL
) -> list[Problem]:
    """The warnings of content that has ``errors``, as far as they can be known without
    its broken parts, so that the editor gets them in the same run as the errors
    (``raw`` as loaded, and ``found`` as ``check`` returned it, with each file's checked values).

    They are each file's own warnings (``_own_warnings``), found in its model as
    ``assemble`` makes it, for every file whose values passed their checks and that has
    no error of its own (a missing or unknown key, or an id that names nothing, leaves
    no invalid value behind): a file with errors gets its warnings once they are fixed.
    And the notices loading and checking collected, of every file: each was found in the
    very part of a file it is about, whatever else is wrong with the file.

    The warnings that need a whole story (``_across_files``: what nothing refers to,
    duplicates, the order of dates; the card of a story without a picture) or the whole
    site (``stories.py``) wait until the content has no errors: until then a story may
    lack the very file they would be about. But for what is left to translate
    (``untranslated_checked``), which needs no more than two files' texts and their
    stories' languages: an editor translating sees it while fixing an error.
    """
    broken = {p.where.path for p in errors}
    language = site_language(found.site_values)
    warnings: list[Problem] = []
    for raw_story in raw.stories:
        checked = found.values.get(raw_story.id, {})
        warnings.extend(_kept(_own_warnings_without_errors(raw_story, checked, broken, language), memo))
        warnings.extend(raw_story.notices)
        warnings.extend(found.story_notices.get(raw_story.id, ()))
    warnings.extend(untranslated_checked(raw, found.values, language, memo))
    if raw.site is not None and raw.site.path not in broken and ok(found.site_values):
        warnings.extend(_site_warnings(raw))
    warnings.extend(raw.notices)
    warnings.extend(found.notices)
    return warnings


def _kept(own: Iterator[Own], memo: Memory) -> Iterator[Problem]:
    """Each file's own warnings, kept by ``memo`` while the file and what else decides its
    model are unchanged."""
    for file, inputs, find in own:
        yield from memo.derived(file, find, inputs)


def _site_warnings(raw: RawContent) -> list[Problem]:
    """site.yaml's: its title showing nothing, its text cut short by a ' #', or holding a
    key indented by mistake."""
    if raw.site is None or raw.site.root is None:
        return []
    return [
        *site_title_warnings(raw.site),
        *cut_by_comments(raw.site.root, schema.SITE),
        *keys_in_text(raw.site.root, schema.SITE),
    ]


CheckedFiles = dict[Kind, dict[str, Values | None]]
"""A story's files' values as checked, by kind and id (``check.Found.values``)."""

OwnWarnings = Callable[[], list[Problem]]
Own = tuple[ContentFile, tuple[object, ...], OwnWarnings]
"""A file, what besides the file decides its warnings (its model object; or what its model
is made with, as ``assemble.story`` keys it: the language, which quotes name a figure),
and what finds them."""


def _own_warnings(raw: RawStory, story: Story, site_language: str) -> Iterator[Own]:
    """Each file of the story, with what finds the warnings about it alone."""
    language = story.pages_language(site_language)  # key numbers, events' days, places' countries
    if raw.story is not None:
        yield (
            raw.story,
            (story.image, story.title, language),
            partial(_story_warnings, raw.story, story.image, story.title, language),
        )
    for event in story.events:
        file = raw.files[Kind.EVENT][event.id]
        yield file, (event, language), partial(event_warnings, file, event, language)
    for fid, figure in story.figures.items():
        file = raw.files[Kind.FIGURE][fid]
        yield file, (figure,), partial(figure_warnings, file, figure)
    for lid, location in story.locations.items():
        file = raw.files[Kind.LOCATION][lid]
        yield file, (location, language), partial(location_warnings, file, location, language)


def _own_warnings_without_errors(
    raw: RawStory, checked: CheckedFiles, broken: set[str], site_language: str
) -> Iterator[Own]:
    """``_own_warnings`` of the files of a story with errors that have none of their own
    (``broken``: the paths that have), each of its model as ``assemble`` makes it from its
    values as checked (``checked``), once its warnings are looked for (the preview keeps
    those of an unchanged file)."""
    story_values = checked.get(Kind.STORY, {}).get(raw.id)
    language = site_language
    if raw.story is not None and raw.story.path not in broken and ok(story_values):
        assert story_values is not None
        language = assemble.story_language(story_values, site_language)
        find = partial(_story_warnings_of_values, raw.story, story_values, language)
        yield raw.story, (language,), find
    # As assemble.story names them: a quote's 'by' may be one of them.
    figure_ids = {fid for fid, values in checked.get(Kind.FIGURE, {}).items() if values is not None}
    for file, eid, values in _without_errors(raw, checked, Kind.EVENT, broken):
        event = partial(assemble.event, eid, values, figure_ids, language)
        by_figure = tuple(q["by"] in figure_ids for q in values.get("quotes", ()))
        find = partial(_of_model, partial(event_warnings, language=language), file, event)
        yield file, (language, by_figure), find
    for file, fid, values in _without_errors(raw, checked, Kind.FIGURE, broken):
        find = partial(_of_model, figure_warnings, file, assemble.figure, fid, values, language)
        yield file, (language,), find
    for file, lid, values in _without_errors(raw, checked, Kind.LOCATION, broken):
        place = partial(location_warnings, language=language)
        find = partial(_of_model, place, file, assemble.location, lid, values, language)
        yield file, (language,), find


def _without_errors(
    raw: RawStory, checked: CheckedFiles, kind: Kind, broken: set[str]
) -> Iterator[tuple[ContentFile, str, Values]]:
    """The story's files of ``kind`` whose values passed their checks (``checked``) and
    that have no error of their own (their paths are not in ``broken``), each with its id
    and values."""
    for fid, values in checked.get(kind, {}).items():
        file = raw.files[kind][fid]
        if file.path not in broken and ok(values):
            assert values is not None
            yield file, fid, values


def _of_model(
    warnings: Callable[[ContentFile, Any], list[Problem]],
    file: ContentFile,
    make: Callable[..., Any],
    *args: Any,
) -> list[Problem]:
    """``warnings`` of ``file`` and of the model ``make(*args)`` makes of its values."""
    return warnings(file, make(*args))


def _story_warnings(file: ContentFile, image: Image | None, title: str, language: str) -> list[Problem]:
    """story.yaml's own warnings: its picture's, its title's (as long as a paragraph, or
    showing nothing), a source's publisher or an update's text showing nothing, its
    text's (its card's need the whole story: ``card_warnings``), and its key numbers
    written as bare numbers that its ``language`` writes otherwise."""
    return (
        picture_warnings(file, image)
        + title_warnings(file, title)
        + story_texts_show_nothing(file)
        + text_warnings(file, schema.STORY)
        + key_numbers_as_read(file, language)
    )


def _story_warnings_of_values(file: ContentFile, values: Values, language: str) -> list[Problem]:
    """``_story_warnings`` of story.yaml's checked ``values``, its picture and title made as
    ``assemble.story`` makes them in the story's ``language``."""
    return _story_warnings(
        file, assemble.image(values.get("image"), language), assemble.title(values, language), language
    )


def _across_files(
    raw: RawStory, story: Story, zone: str | None = None, memo: Memory = FORGETFUL
) -> Iterator[Problem]:
    """What no file shows on its own: links to the story's places that lead nowhere,
    duplicates, what nothing refers to, the dates of the story's changes against its
    events and the clock, the order of coarse dates among finer ones and of the updates,
    quotes meant for a figure, a story published with no event to show, and one with
    too many key moments."""
    links = place_links(raw, memo)
    yield from links_to_drafts(raw, story)
    yield from links_to_no_place(raw, story, links)
    yield from duplicated_events(raw, story)
    yield from same_names(raw, story)
    yield from unreferenced(raw, story, links)
    yield from dates_of_changes(raw, story, zone)
    yield from coarse_before_finer(raw, story)
    yield from updates_in_order(raw, story)
    yield from unlinked_speakers(raw, story)
    yield from no_events(raw, story)
    yield from many_key_moments(raw, story)
