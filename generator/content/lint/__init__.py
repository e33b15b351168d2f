"""Warnings about content that is valid but probably not what the editor meant.

Validation says whether a site can be built; these lints catch what reviewers miss:
an event with no source, a picture fetched from another site, a figure nothing refers
to, a duplicated event, a place that cannot be mapped or whose coordinates look swapped,
a story whose ``updated`` is older than its newest event or its latest entry of
``updates``, a date of the story's changes that has not come yet, a picture without
credit, a summary too long for a timeline, an event shown before finer-dated events only
because its date is coarser, a quote meant for a figure but not linked to it, a Markdown
link that will not work (one to an update or a source the story does not have among
them), bold never closed, placeholder text left by ``explainer new``, two versions of
one story in the same language, an event a translation still shows that the original
took out, two stories of one language with the same title, and a figure's name or role
typed with a different quotation mark at each end.
Each is a ``Problem`` with severity WARNING, at the line to look at. While the content
has errors, ``known_warnings`` finds those that can be told already, to be said with the
errors.

Each file's own warnings, and those about its text, are in the modules beside this one:
``events.py``, ``figures.py``, ``places.py``, ``pictures.py``, ``titles.py``, and
``writing.py`` with ``links.py``, ``formatting.py`` and ``comments.py`` (the text found by
``texts.py``); ``where.py`` says where in a file a warning points. Those across a story's
files and across stories are still here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from generator.content import assemble, media, schema
from generator.content.check import Values, ok
from generator.content.dates import PartialDate, Precision, holds, not_before, zone_offset
from generator.content.ids import ID_PATTERN
from generator.content.lint.comments import cut_by_comments
from generator.content.lint.events import event_warnings
from generator.content.lint.figures import figure_warnings
from generator.content.lint.pictures import picture_warnings
from generator.content.lint.places import location_warnings
from generator.content.lint.texts import SHOWN_WHEN_TAKEN_OUT, all_texts, shown_of_taken_out, texts
from generator.content.lint.titles import card_warnings, long_title
from generator.content.lint.where import at, item_key, warning
from generator.content.lint.writing import text_warnings
from generator.content.load import ContentFile, Kind, RawContent, RawStory
from generator.content.model import Image, Site, Story
from generator.content.published import figures_of, locations_of
from generator.content.validate import site_language
from generator.content.yamlnodes import Node, place
from generator.errors import Position, Problem, did_you_mean

if TYPE_CHECKING:
    from generator.speed.incremental import Memo


def lint(raw: RawContent, site: Site, memo: Memo | None = None) -> list[Problem]:
    """Every warning for a valid site (``site`` must include drafts).

    A file's own warnings depend on that file and the model made of it (which its story's
    language sets too); with a ``Memo`` (the preview, which shows them after every save)
    they are kept while both are unchanged, and only the warnings across files are looked
    for again.
    """
    stories = {s.id: s for s in site.stories}
    warnings: list[Problem] = []
    for raw_story in raw.stories:
        story = stories[raw_story.id]
        warnings.extend(_kept(_own_warnings(raw_story, story), memo))
        warnings.extend(raw_story.notices)
        if raw_story.story is not None:
            warnings.extend(card_warnings(raw_story.story, story))
            warnings.extend(long_title(raw_story.story, story.title))
        warnings.extend(_across_files(raw_story, story, site.time_zone, memo))
    warnings.extend(same_language_versions(raw, site))
    warnings.extend(taken_out_in_original(raw, site))
    warnings.extend(same_titles(raw, site))
    warnings.extend(_site_warnings(raw))
    warnings.extend(raw.notices)
    return warnings


def known_warnings(raw: RawContent, errors: list[Problem], memo: Memo | None = None) -> list[Problem]:
    """The warnings of content that has ``errors``, as far as they can be known without
    its broken parts, so that the editor gets them in the same run as the errors
    (``raw`` as ``validate`` left it, with each file's checked values).

    They are each file's own warnings (``_own_warnings``), found in its model as
    ``assemble`` makes it, for every file whose values passed their checks and that has
    no error of its own (a missing or unknown key, or an id that names nothing, leaves
    no invalid value behind): a file with errors gets its warnings once they are fixed.
    And the notices loading and checking collected, of every file: each was found in the
    very part of a file it is about, whatever else is wrong with the file.

    The warnings that need a whole story (``_across_files``: what nothing refers to,
    duplicates, the order of dates; the card of a story without a picture) or the whole
    site (``same_language_versions``, ``same_titles``) wait until the content has no errors: until then
    a story may lack the very file they would be about.
    """
    broken = {p.where.path for p in errors}
    language = site_language(raw.site_values)
    warnings: list[Problem] = []
    for raw_story in raw.stories:
        warnings.extend(_kept(_own_warnings_without_errors(raw_story, broken, language), memo))
        warnings.extend(raw_story.notices)
    if raw.site is not None and raw.site.path not in broken and ok(raw.site_values):
        warnings.extend(_site_warnings(raw))
    warnings.extend(raw.notices)
    return warnings


def _kept(own: Iterator[Own], memo: Memo | None) -> Iterator[Problem]:
    """Each file's own warnings, kept by ``memo`` while the file and what else decides its
    model are unchanged."""
    for file, inputs, find in own:
        yield from find() if memo is None else memo.derived(file, find, inputs)


def _site_warnings(raw: RawContent) -> list[Problem]:
    """site.yaml's: its text cut short by a ' #'."""
    if raw.site is None or raw.site.root is None:
        return []
    return list(cut_by_comments(raw.site.root, schema.SITE))


def same_language_versions(raw: RawContent, site: Site) -> Iterator[Problem]:
    """Two stories linked by ``translation_of`` in one language: readers would get two
    links named after that language, and search engines two pages for it."""
    files = {r.id: r.story for r in raw.stories}
    for together in site.translation_groups():
        first: dict[str, str] = {}
        for story in sorted(together, key=lambda s: (s.translation_of is not None, s.id)):
            language = story.language or site.language
            if language not in first:
                first[language] = story.id
                continue
            field = "translation_of" if story.translation_of else "language"
            yield warning(
                at(files[story.id], field),
                f"story '{story.id}' is in the same language ('{language}') as '{first[language]}', "
                "another version of the same story; give it its own language, or take out "
                "'translation_of' if it is a story of its own",
            )


def taken_out_in_original(raw: RawContent, site: Site) -> Iterator[Problem]:
    """An event a translation still publishes that the story it translates took out
    (``removed:``): a translation keeps the ids (docs/editing.md), and the pages pair its
    events with the original's by id, so the same event is the one of the same id. What
    was wrong, or unsafe, in one language is so in the other."""
    stories = {s.id: s for s in site.stories}
    files = {r.id: r for r in raw.stories}
    for story in site.stories:
        original = stories.get(story.translation_of) if story.translation_of else None
        if original is None:
            continue
        taken_out = {e.id: e.removed for e in original.events if e.removed is not None}
        for event in story.events:
            removal = taken_out.get(event.id)
            if removal is None or event.removed is not None or event.draft:
                continue
            yield warning(
                at(files[story.id].files[Kind.EVENT][event.id], "title"),
                f"the original story took this event out on {removal.date.iso()} "
                f"(events/{event.id}.yaml of '{original.id}'); take it out here too with 'removed:' "
                "(its date and the reason, in this story's language), or give this event an id of "
                "its own if it is not the same event",
            )


def same_titles(raw: RawContent, site: Site) -> Iterator[Problem]:
    """Two stories of one language with the same title, but for case and spacing (a story
    folder copied to start the next one): the home page would show two cards alike, and
    the search page's choice of story, made from the title, one choice for both. Versions
    of one story (``translation_of``) may share one; two in one language are told by
    ``same_language_versions``. Said at the title of each after the first, published
    stories first, then drafts, each in the order they are read: a draft copy is the
    newcomer, whatever its folder's name."""
    stories = {s.id: s for s in site.stories}
    version_of = {s.id: i for i, together in enumerate(site.translation_groups()) for s in together}
    first: dict[tuple[str, str], str] = {}
    for raw_story in sorted(raw.stories, key=lambda r: stories[r.id].draft):
        story = stories[raw_story.id]
        key = (story.language or site.language, " ".join(story.title.split()).casefold())
        if key not in first:
            first[key] = story.id
            continue
        earlier = first[key]
        if earlier in version_of and version_of[earlier] == version_of.get(story.id):
            continue
        when = "once it is published, " if story.draft else ""
        yield warning(
            at(raw_story.story, "title"),
            f"story '{story.id}' has the same title as story '{earlier}', in the same language: "
            f"{when}the home page would show two cards alike, and search would offer one choice "
            "for both stories; give each a title of its own",
        )


OwnWarnings = Callable[[], list[Problem]]


Own = tuple[ContentFile, tuple[object, ...], OwnWarnings]
"""A file, what besides the file decides its warnings (its model object; or what its model
is made with, as ``assemble.story`` keys it: the language, which quotes name a figure),
and what finds them."""


def _own_warnings(raw: RawStory, story: Story) -> Iterator[Own]:
    """Each file of the story, with what finds the warnings about it alone."""
    if raw.story is not None:
        yield raw.story, (story.image,), partial(_story_warnings, raw.story, story.image)
    for event in story.events:
        file = raw.files[Kind.EVENT][event.id]
        yield file, (event,), partial(event_warnings, file, event)
    for fid, figure in story.figures.items():
        file = raw.files[Kind.FIGURE][fid]
        yield file, (figure,), partial(figure_warnings, file, figure)
    for lid, location in story.locations.items():
        file = raw.files[Kind.LOCATION][lid]
        yield file, (location,), partial(location_warnings, file, location)


def _own_warnings_without_errors(raw: RawStory, broken: set[str], site_language: str) -> Iterator[Own]:
    """``_own_warnings`` of the files of a story with errors that have none of their own
    (``broken``: the paths that have), each of its model as ``assemble`` makes it, once
    its warnings are looked for (the preview keeps those of an unchanged file)."""
    story_values = raw.checked.get(Kind.STORY, {}).get(raw.id)
    language = site_language
    if raw.story is not None and raw.story.path not in broken and ok(story_values):
        assert story_values is not None
        language = assemble.story_language(story_values, site_language)
        image = story_values.get("image")
        find = partial(_of_model, _story_warnings, raw.story, assemble.image, image, language)
        yield raw.story, (language,), find
    # As assemble.story names them: a quote's 'by' may be one of them.
    figure_ids = {fid for fid, values in raw.checked.get(Kind.FIGURE, {}).items() if values is not None}
    for file, eid, values in _without_errors(raw, Kind.EVENT, broken):
        event = partial(assemble.event, eid, values, figure_ids, language)
        by_figure = tuple(q["by"] in figure_ids for q in values.get("quotes", ()))
        yield file, (language, by_figure), partial(_of_model, event_warnings, file, event)
    for file, fid, values in _without_errors(raw, Kind.FIGURE, broken):
        find = partial(_of_model, figure_warnings, file, assemble.figure, fid, values, language)
        yield file, (language,), find
    for file, lid, values in _without_errors(raw, Kind.LOCATION, broken):
        find = partial(_of_model, location_warnings, file, assemble.location, lid, values, language)
        yield file, (language,), find


def _without_errors(raw: RawStory, kind: Kind, broken: set[str]) -> Iterator[tuple[ContentFile, str, Values]]:
    """The story's files of ``kind`` whose values passed their checks and that have no
    error of their own (their paths are not in ``broken``), each with its id and values."""
    for fid, values in raw.checked.get(kind, {}).items():
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


def _story_warnings(file: ContentFile, image: Image | None) -> list[Problem]:
    """story.yaml's own warnings (its card's need the whole story: ``card_warnings``)."""
    return picture_warnings(file, image) + text_warnings(file, schema.STORY)


def twin_key(date: PartialDate, title: str) -> tuple[PartialDate, str]:
    """What two events share when one may be the other told twice, which check asks
    about: the date and the title (case aside). The import says so of two such slides."""
    return (date, title.casefold())


def _across_files(
    raw: RawStory, story: Story, zone: str | None = None, memo: Memo | None = None
) -> Iterator[Problem]:
    """What no file shows on its own: duplicates, what nothing refers to, an ``updated``
    older than the newest event, and the order of coarse dates among finer ones."""
    events = raw.files[Kind.EVENT]
    used_figures = {f for e in story.events for f in e.figures}
    used_figures |= {q.by for e in story.events for q in e.quotes if q.by_figure}
    used_locations = {loc for e in story.events for loc in e.locations}
    used_sources = {s for e in story.events for s in e.sources}
    used_sources |= {q.source for e in story.events for q in e.quotes if q.source}
    used_sources |= {k.source for k in story.key_numbers if k.source}
    # A text's link to a source on the story page ('#source-wire') cites it too.
    place_links = _place_links(raw, memo)
    used_sources |= {f.removeprefix("source-") for _, _, f in place_links if f.startswith("source-")}

    yield from links_to_drafts(raw, story)
    # A link in a text of an event taken out cites its source still (as its 'sources' do:
    # putting it back is deleting 'removed:'), but leads readers nowhere unless its
    # notice shows that text.
    unshown = _unshown_of_taken_out(raw, story)
    yield from _links_to_no_place(
        story, [link for link in place_links if (link[0].path, link[1]) not in unshown]
    )
    seen: dict[tuple[PartialDate, str], str] = {}
    # An event taken out is often put right by a new one of the same date and title.
    for event in (e for e in story.events if e.removed is None):
        key = twin_key(event.date, event.title)
        if key in seen:
            yield warning(
                at(events[event.id], "title"),
                f"same date and title as event '{seen[key]}'; is it a duplicate?",
            )
        seen.setdefault(key, event.id)
    for fid in story.figures:
        if fid not in used_figures:
            yield warning(at(raw.files[Kind.FIGURE][fid]), f"figure '{fid}' is not in any event")
    for lid in story.locations:
        if lid not in used_locations:
            yield warning(at(raw.files[Kind.LOCATION][lid]), f"location '{lid}' is not in any event")
    yield from _named_only_by_taken_out(raw, story)
    for sid in story.sources:
        if sid not in used_sources:
            yield warning(at(raw.story, "sources", sid), f"source '{sid}' is not cited anywhere")
    # A draft is not published, so the story's dates need not cover it yet: its 'added'
    # or date is for when it is. An event taken out is not on the timeline any more.
    published = [event for event in story.events if not event.draft and event.removed is None]
    # What has happened, by dates alone: an event still to come (a curfew announced for
    # tonight) or its end (schools closed until Monday) is live coverage, not news the
    # story has not taken in; an event with 'added' is judged by that, below.
    now = datetime.now(UTC)
    happened = [
        (event, event.end if event.end and has_begun(event.end, now, zone) else event.date)
        for event in published
        if not event.added and has_begun(event.date, now, zone)
    ]
    if happened:
        latest, latest_date = max(happened, key=lambda pair: pair[1].bounds()[1])
        if story.last_changed.bounds()[1] < latest_date.bounds()[0]:
            # What to do depends on what says it (never to move 'published').
            field, what = _last_changed_by(story)
            advice = {
                "updated": "update it",
                "updates": "add an entry to 'updates' for what changed since",
                "published": "add an entry to 'updates' (or an 'updated' date) for when the story took it in",
            }[field]
            yield warning(
                at(raw.story, field),
                f"{what} is earlier than the latest event '{latest.id}' ({latest_date.iso()}); {advice}",
            )
    if story.updated and story.updates and story.updated.bounds()[1] < story.updates[0].date.bounds()[0]:
        yield warning(
            at(raw.story, "updated"),
            f"'updated' ({story.updated.iso()}) is earlier than the latest entry of 'updates' "
            f"({story.updates[0].date.iso()}); update it, or delete it to use that entry's date",
        )
    for event in published:
        if event.added and not not_before(event.added, story.published):
            # Readers who came at publication would see it marked New, and "Added" before
            # there was a story to add it to.
            yield warning(
                at(events[event.id], "added"),
                f"event '{event.id}' was added ({event.added.iso()}) before the story was published "
                f"({story.published.iso()}); 'added' is for an event added to a published story: "
                "delete it, or give the day it was added",
            )
        elif (
            event.added
            and story.last_changed.bounds()[1] < event.added.bounds()[0]
            and not is_ahead(event.added, now, zone)  # said below: the fix is the date itself
        ):
            # Named as the story's own warning above names it; the one fix keeps 'published'.
            field, when = _last_changed_by(story)
            advice = "update 'updated'" if field == "updated" else "add an entry to 'updates' for it"
            yield warning(
                at(events[event.id], "added"),
                f"event '{event.id}' was added ({event.added.iso()}) after the story last changed, "
                f"{when}; {advice}",
            )
    yield from _taken_out_unsaid(raw, story, now, zone)
    yield from _not_come_yet(raw, story, now, zone)
    yield from coarse_before_finer(raw, story)
    yield from updates_in_order(raw, story)
    yield from unlinked_speakers(raw, story)


def _taken_out_unsaid(raw: RawStory, story: Story, now: datetime, zone: str | None) -> Iterator[Problem]:
    """An event taken out after the story last changed: readers of the story page, and
    of the feed, are told nothing of it, where a correction would say what was taken out
    and why (and its page would link to it). Or taken out on a day still to come: a
    mistyped date, which its page would show."""
    for event in story.events:
        removal = event.removed
        if removal is None or event.draft:
            continue
        where = at(raw.files[Kind.EVENT][event.id], "removed", "date")
        if is_ahead(removal.date, now, zone):
            yield warning(
                where,
                f"'removed: date' ({removal.date.iso()}) has not come yet; give when the event was "
                "taken out (its page shows that date to readers)",
            )
            continue
        if story.last_changed.bounds()[1] >= removal.date.bounds()[0]:
            continue
        field, when = _last_changed_by(story)
        also = " (and update 'updated')" if field == "updated" else ""
        yield warning(
            where,
            f"event '{event.id}' was taken out ({removal.date.iso()}) after the story last changed, "
            f"{when}; add a correction to 'updates'{also} saying what was taken out and why, linking "
            f"to events/{event.id}.yaml (the event's page then links to it)",
        )


def _named_only_by_taken_out(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A figure or place that only events taken out name: like everything only they
    used, it is no longer published, so its page goes (which ``deploy`` refuses, as the
    links readers hold to it would break), and nothing said so before publishing."""
    shown = [e for e in story.events if e.removed is None]
    taken_out = [e for e in story.events if e.removed is not None]
    for kind, what, things, of in (
        (Kind.FIGURE, "figure", story.figures, figures_of),  # the rule of what a build publishes
        (Kind.LOCATION, "location", story.locations, locations_of),
    ):
        named_by_shown = of(shown)
        for thing in things:
            by = [e.id for e in taken_out if thing in of([e])]
            if by and thing not in named_by_shown:
                events = ", ".join(f"'{eid}'" for eid in by)
                yield warning(
                    at(raw.files[kind][thing]),
                    f"{what} '{thing}' is named only by events taken out ({events}), so its page is no "
                    "longer published and readers' links to it break; name it in an event still shown "
                    "to keep the page, or delete its file (deploy and 'check --since' then ask for "
                    "--allow-broken-links or a commit saying [allow broken links])",
                )


def updates_in_order(raw: RawStory, story: Story) -> Iterator[Problem]:
    """Updates listed out of the order they came in: each entry's address (``#update-N``,
    which the feed's entries are too) follows the list, so a new one written first moves
    every other; and an entry giving only the day that the one before it gives a time
    of (or the month of its day) is shown below that one (latest first), though it came
    after it."""
    if raw.story is None:
        return
    listed = sorted(story.updates, key=lambda u: u.number)
    seen: dict[tuple[PartialDate, str], Position] = {}
    for update in listed:
        # A block copied to start the next entry and left as it was: readers, and feed
        # readers, would get the same update twice. Two real ones ('Updated the death
        # toll.' twice a day) tell readers nothing apart: the advice covers both.
        key = (update.date, " ".join(update.text.split()))
        where = item_key(raw.story, "updates", update.number - 1, "date")
        if key in seen:
            yield warning(
                where,
                f"same date and text as the entry of 'updates' on line {seen[key].line}: if it "
                "is a copy, delete one; if not, say what changed in each (the new figure, the "
                "new fact) and give each its time",
            )
        seen.setdefault(key, where)
    for before, update in pairwise(listed):
        where = item_key(raw.story, "updates", update.number - 1, "date")
        if not not_before(update.date, before.date):
            yield warning(
                where,
                f"this update ({update.date.iso()}) is earlier than the one listed before it "
                f"({before.date.iso()}); list updates oldest first, each new one at the end "
                "(their addresses, #update-1, #update-2..., follow the list)",
            )
        elif holds(update.date, before.date):
            yield warning(
                where,
                f"this update gives only {update.date.iso()}, the one before it a finer date in it "
                f"({before.date.iso()}); give this one as finely, or readers see it as the older "
                "of the two",
            )


def _not_come_yet(raw: RawStory, story: Story, now: datetime, zone: str | None) -> Iterator[Problem]:
    """A date of the story's changes that has not come yet on any clock: 'published',
    'updated', an entry of 'updates' or an event's 'added' (of a story and an event that
    are not drafts: a draft's dates are for when it is published). Each says when the
    story changed, and the feed and the sitemap give it as such: a year or a day mistyped
    (2026-12-10 for 2026-12-01) kept the story's entry first in feed readers, dated in the
    future, until that day. Looked for on every check, not kept with a file's own
    warnings, as such a date comes in time."""
    if raw.story is None or story.draft:  # a draft story may be readied for tomorrow
        return
    # (where, what, its date, what to give instead)
    dated: list[tuple[Position, str, PartialDate, str]] = [
        (at(raw.story, "published"), "'published'", story.published, _when_published(story.published))
    ]
    if story.updated is not None:
        dated.append((at(raw.story, "updated"), "'updated'", story.updated, "when the story last changed"))
    for update in story.updates:
        where = item_key(raw.story, "updates", update.number - 1, "date")
        dated.append((where, "this update's date", update.date, "when the story changed"))
    for event in story.events:
        if event.added is not None and not event.draft and event.removed is None:
            where = at(raw.files[Kind.EVENT][event.id], "added")
            dated.append((where, "'added'", event.added, "when the event was added"))
    for where, what, date, instead in dated:
        if is_ahead(date, now, zone):
            yield warning(
                where,
                f"{what} ({date.iso()}) has not come yet; give {instead} (a date still to come "
                "is shown to readers, and puts the story first in feed readers until that day)",
            )


def _when_published(published: PartialDate) -> str:
    """What to give instead of a 'published' still to come: its day, or its time as given."""
    return "the day it was published" if published.hour is None else "the time it was published"


LATEST_CLOCK = timedelta(hours=12)
"""How far the last clock on Earth (UTC-12) is behind UTC."""


EARLIEST_CLOCK = timedelta(hours=14)
"""How far the first clock on Earth (UTC+14) is ahead of UTC."""


def is_ahead(date: PartialDate, now: datetime, zone: str | None = None) -> bool:
    """Whether ``date`` has surely not begun at ``now`` (aware), anywhere it may have been
    written: a time by its own UTC offset or the site's time ``zone``, else, and a day
    without a time always, on the first clock on Earth (``has_begun``'s other side: a
    warning only for what is surely to come)."""
    year, month, day, hour, minute, second = date.bounds()[0]
    first = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    # A day is the day of the desk that wrote it, which may be far from the site's zone (a
    # correspondent in Auckland on a story dated in New York): today there is no mistake.
    offset = zone_offset(date, zone) if date.precision > Precision.DAY else None
    if offset is not None:
        return first > now + timedelta(minutes=offset)
    return first > now + EARLIEST_CLOCK


def has_begun(date: PartialDate, now: datetime, zone: str | None = None) -> bool:
    """Whether ``date`` has surely begun at ``now`` (aware): by its own UTC offset when it
    has one, or the site's time ``zone``'s; else, written on the clock of the place it
    happened, which may be anywhere, once the last clock on Earth has reached it (a
    warning must not stop a deploy for a time that has not come where the event is)."""
    year, month, day, hour, minute, second = date.bounds()[0]
    first = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    offset = zone_offset(date, zone)
    # The arithmetic is on ``now``: a date in year 1 or 9999 moved by its offset would
    # leave the years a datetime can hold.
    if offset is not None:
        return first <= now + timedelta(minutes=offset)
    return first <= now - LATEST_CLOCK


def _last_changed_by(story: Story) -> tuple[str, str]:
    """The field that says when ``story`` last changed, and it in words: 'updated' as
    given, else the latest entry of 'updates', else 'published' (``Story.last_changed``)."""
    if story.updated:
        return "updated", f"'updated' ({story.updated.iso()})"
    if story.updates:
        return "updates", f"the latest entry of 'updates' ({story.updates[0].date.iso()})"
    return "published", f"'published' ({story.published.iso()})"


def unlinked_speakers(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A quote's ``by`` that was meant for a figure but is not its id: readers would see
    the words credited to 'osama-rabbie', or to the figure's name with no link to its page."""
    names = {f.name.casefold(): fid for fid, f in story.figures.items()}
    for event in (e for e in story.events if e.removed is None):  # no quote of one taken out is shown
        file = raw.files[Kind.EVENT][event.id]
        for i, quote in enumerate(event.quotes):
            if quote.by_figure:
                continue
            where = item_key(file, "quotes", i, "by")
            if quote.by.casefold() in names:
                fid = names[quote.by.casefold()]
                yield warning(
                    where,
                    f"'{quote.by}' is the name of figure '{fid}'; write 'by: {fid}' to link the quote "
                    "to the figure's page",
                )
            elif ID_PATTERN.fullmatch(quote.by):
                hint = (
                    did_you_mean(quote.by, story.figures)
                    or "; write a figure's id to link the quote to its page"
                )
                yield warning(where, f"'{quote.by}' is not a figure of this story{hint}")


_COMES_FIRST = (
    "a year alone comes before the dates in it",
    "a month without a day comes before the days in it",
    "a day without a time comes before the times on it",
)
"""Why a date of each precision (year, month, day) comes before the finer ones in it."""


def _level(date: PartialDate) -> int:
    """1 for a year, 2 a month, 3 a day, 4 a time (the same as ``precision`` for all but
    seconds, which do not matter here, and several times quicker)."""
    return 4 if date.hour is not None else 3 if date.day is not None else 2 if date.month is not None else 1


def coarse_before_finer(raw: RawStory, story: Story) -> Iterator[Problem]:
    """An event whose date is a year, a month or a day without a time, shown before
    finer-dated events inside it only because its date is coarser (``order.py``): the
    order the issue's editor found silently wrong. One placed by hand is left alone."""
    inside: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
    levels = []
    events = [e for e in story.events if e.removed is None]  # as the timeline shows them
    for i, event in enumerate(events):
        date = event.date
        level = _level(date)
        levels.append(level)
        ymd = (date.year, date.month, date.day)
        for coarser in range(1, level):
            inside[ymd[:coarser]].append(i)
    for i, event in enumerate(events):
        level = levels[i]
        if level == 4 or event.after or event.before:
            continue
        date = event.date
        later = [events[j] for j in inside.get((date.year, date.month, date.day)[:level], ()) if j > i]
        if not later:
            continue
        first, last = later[0], later[-1]
        if len(later) == 1:
            which = f"'{first.id}' ({first.date.display()})"
            place = f"'after: {first.id}'"
        else:
            which = f"the {len(later)} events dated within it, '{first.id}' to '{last.id}'"
            place = "'after: <id>' with the one it follows"
        yield warning(
            at(raw.files[Kind.EVENT][event.id], "date"),
            f"event '{event.id}' ({date.display()}) is shown before {which}, because "
            f"{_COMES_FIRST[level - 1]}; if it happened later, add {place}, or add "
            f"'before: {first.id}' to keep this order",
        )


def links_to_drafts(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A published text's link to a draft event: the published site leaves the draft out,
    and shows the link's words only (``render/links.py``). Looked for only in a story
    that has drafts and is not one."""
    drafts = {event.id for event in story.events if event.draft}
    if not drafts or story.draft:
        return
    files = [raw.story, *raw.files[Kind.FIGURE].values(), *raw.files[Kind.LOCATION].values()]
    roots = [file.root for file in files if file is not None and file.root is not None]
    for event in (e for e in story.events if not e.draft):
        root = raw.files[Kind.EVENT][event.id].root
        if root is not None:
            roots.append(root if event.removed is None else shown_of_taken_out(root))
    texts = [
        (node, label, text)
        for root in roots
        for node, label, text in all_texts(root)
        if "](" in text or "]:" in text
    ]
    for node, label, text in texts:
        for offset, link in media.story_links(text):
            if link.supported and link.kind == "event" and link.name in drafts:
                yield warning(
                    place(node, offset),
                    f"'{label}': the link to the draft '{link.name}' is shown as its words only in "
                    "the published site, until that event is published",
                )


def _unshown_of_taken_out(raw: RawStory, story: Story) -> set[tuple[str, str]]:
    """The texts of the events taken out that their notices do not show, each as its
    file's path and its label ('summary', 'quotes[1].text')."""
    unshown: set[tuple[str, str]] = set()
    for event in (e for e in story.events if e.removed is not None):
        file = raw.files[Kind.EVENT][event.id]
        if file.root is not None:
            hidden = {k: v for k, v in file.root.items.items() if k not in SHOWN_WHEN_TAKEN_OUT}
            unshown |= {
                (file.path, label) for _, label, _ in texts(replace(file.root, items=hidden), schema.EVENT)
            }
    return unshown


def _links_to_no_place(story: Story, links: list[tuple[Position, str, str]]) -> Iterator[Problem]:
    """A Markdown link to an entry of the story's updates or to a source ('#update-2',
    '#source-reuters') that the story does not have (``links``: ``place_links``).

    Such a link leads to that place on the story page from every page that shows its
    text (``render/links.py``, ``story_media_at``), and the story page holds every
    update and source: a link to one the story has works wherever it is shown."""
    places = {update.anchor for update in story.updates} | {f"source-{sid}" for sid in story.sources}
    for where, label, fragment in links:
        if fragment not in places:
            why = _no_such_place(fragment, story, places)
            yield warning(where, f"'{label}': the link to '#{fragment}' leads nowhere: {why}")


def _place_links(raw: RawStory, memo: Memo | None = None) -> list[tuple[Position, str, str]]:
    """Every link of the story's texts to an update or a source of its story page
    (``_story_page_links``), each file's kept by ``memo`` while it is unchanged (looking
    for them in every text of a story of 1,000 events took 6.6 ms of every preview's
    rebuild)."""
    files: list[tuple[ContentFile | None, schema.Record]] = [(raw.story, schema.STORY)]
    files += [(item, schema.EVENT) for item in raw.files[Kind.EVENT].values()]
    files += [(item, schema.FIGURE) for item in raw.files[Kind.FIGURE].values()]
    files += [(item, schema.LOCATION) for item in raw.files[Kind.LOCATION].values()]
    found: list[tuple[Position, str, str]] = []
    for file, record in files:
        if file is None or file.root is None:
            continue
        find = partial(_story_page_links, file.root, record)
        # Keyed by the parsed file, the same object while it is unchanged (the file itself
        # keys its own warnings).
        found += find() if memo is None else memo.derived(file.root, find)
    return found


def _story_page_links(root: Node, record: schema.Record) -> list[tuple[Position, str, str]]:
    """The links of the Markdown texts of a file (its ``root``, a ``record``) to an update
    or a source of the story page (``media.STORY_PAGE_PLACES``): each where it is, with the
    label of its text ('summary') and its fragment ('update-2')."""
    found = []
    for node, label, spec in texts(root, record):
        if spec.markdown and isinstance(node.value, str) and "#" in node.value:
            for offset, fragment in media.fragment_links(node.value):
                # In capitals too: '#Source-AP' leads nowhere (a page's addresses are in small letters).
                if fragment.lower().startswith(media.STORY_PAGE_PLACES):
                    found.append((place(node, offset), label, fragment))
    return found


def _no_such_place(fragment: str, story: Story, places: set[str]) -> str:
    """Why ``fragment`` (an ``update-`` or ``source-`` one, in any case) is on no page of
    the story (``places``: those it has), with what to write where that is plain."""
    lowered = fragment.lower()
    kind, _, rest = lowered.partition("-")
    meant = f"update-{int(rest)}" if kind == "update" and rest.isdigit() else lowered
    if meant in places:  # '#Source-AP', '#update-01'
        return f"write '#{meant}'"
    if kind == "source":
        sid = fragment[len("source-") :]
        if not sid:
            return "it names no source; write #source- and the id of one of the story's 'sources'"
        if not story.sources:
            return "the story has no 'sources' (in story.yaml); add the source there, or delete the link"
        hint = did_you_mean(sid, story.sources) or (
            "; link to one of its 'sources' (in story.yaml) as #source-<its id>"
        )
        return f"the story has no source '{sid}'{hint}"
    count = len(story.updates)
    if count == 0:
        return "the story has no 'updates' yet; add the entry, or delete the link"
    which = "#update-1" if count == 1 else f"#update-1 to #update-{count}"
    entries = "entry" if count == 1 else "entries"
    return (
        f"the story's 'updates' has {count} {entries}, {which}, counted from the first written; "
        "link to one of them, or delete the link"
    )
