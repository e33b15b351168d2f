"""The people and places of an event's quiet line in a timeline ("who / where /
sources"), made per page rather than in the entry rendered once for every page.

On a figure's page every entry is about that figure, and a place's page lists what
happened there: naming the page's own figure (place) again on each line says nothing,
so there it is left out. The entry (``_event.html``) is rendered once and reused on
every page that shows it (``renderer.event_item``); rendering it again for each page
that leaves a different name out cost 7-8% of a cold build's processor time at 1,000
events. So the entry writes ``{{ names }}`` where these two groups go (``NAMES``), and
each page fills it in with the groups made here from the names the entry's view already
holds: a few strings joined, about as costly as the page's other marks.

The markup is the one the entry wrote before: each name in its own box with the list's
mark after it (``.name``), each link keeping its own direction (``dir="auto"``), the
words "Who:" and "Where:" for screen readers. A theme's ``_event.html`` that writes the
names itself (made before ``names``) keeps every name on every page.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import escape

from generator.content.model import Event, Story
from generator.i18n.catalogs import translations
from generator.i18n.languages import written_in
from generator.markdown.markup import isolated_runs_in_own_direction
from generator.render.links import UP
from generator.render.pages import StoryView
from generator.site_paths import FIGURES, LOCATIONS, figure_page, location_page, page_of

NAMES = "\x1f"
"""Stands for the figures and places of an entry's line in the entry rendered once for
every page (a control character YAML does not allow in content, as ``links.UP``)."""


@dataclass(frozen=True)
class LineWords:
    """The markup of the line's two groups in one language, around their names' links:
    each group opens with its word for screen readers ("Who:", "Where:"), then holds each
    link in its box (``.name``) with the list's mark after it (",", "،", "、") but the
    last, the mark's space (if any) between the boxes."""

    who: str
    """What opens the group of people, up to its first link."""
    where: str
    """What opens the group of places, up to its first link."""
    between: str
    """What goes between two links of a group."""
    close: str = "</span></span>"
    """What closes a group after its last link."""


@functools.cache
def line_words(language: str) -> LineWords:
    """The line's markup in ``language`` (the pages' language tag), its words from its
    catalog."""
    catalog = translations(written_in(language).catalog)
    # The same message as the templates' list_separator (environment.py).
    separator = catalog.gettext(", ")
    mark = separator.strip()
    between = f'{escape(mark)}</span>{separator[len(mark) :]}<span class="name">'
    # Translators: read by screen readers only, before the people an event's line in a timeline names.
    who = catalog.gettext("Who:")
    # Translators: read by screen readers only, before the places an event's line in a timeline names.
    where = catalog.gettext("Where:")
    opening = '<span class="{}"><span class="visually-hidden">{} </span><span class="name">'
    return LineWords(opening.format("who", who), opening.format("where", where), between)


@functools.lru_cache(maxsize=1024)
def left_out(page: str, story_id: str) -> tuple[str, str] | None:
    """What the page at ``page`` is about, if it is a figure's or a place's page of the
    story ``story_id``: (``FIGURES``, id) or (``LOCATIONS``, id); else None."""
    of = page_of(page)
    if of is None or of.story != story_id or of.kind not in (FIGURES, LOCATIONS) or of.name is None:
        return None
    return of.kind, of.name


def names_line(event: Event, story: Story | StoryView, page: str, words: LineWords) -> str:
    """The who and where groups of ``event``'s line on the page ``page`` (its path),
    without the page's own figure or place, named as ``story`` (the page's view of it)
    names them. Links climb with ``UP``, as the rest of the entry. (Made for each entry
    on each page of a build, some 4,000 at 1,000 events: kept to a few microseconds.)"""
    story_id = story.id
    leave = left_out(page, story_id)
    figures: Sequence[str] = event.figures
    places: Sequence[str] = event.locations
    if leave is not None:
        kind, own = leave
        if kind == FIGURES:
            figures = [f for f in figures if f != own]
        else:
            places = [p for p in places if p != own]
    line = ""
    if figures:
        named = story.figures
        boxes = [_box(figure_page(story_id, f), named[f].name) for f in figures]
        line = words.who + words.between.join(boxes) + words.close
    if places:
        named_places = story.locations
        boxes = [_box(location_page(story_id, p), named_places[p].name) for p in places]
        line += " " + words.where + words.between.join(boxes) + words.close
    return line


@functools.lru_cache(maxsize=4096)
def _box(path: str, name: str) -> str:
    """The link to a figure's or place's page (at ``path``), its name escaped, that the
    line's boxes hold: made once for every line naming it. The link sets the name apart
    in its own direction, on any page; a name that reads right to left has its runs of
    Latin words set apart inside it (``isolated_runs_in_own_direction``), as the event's
    page does."""
    shown = isolated_runs_in_own_direction(name)
    return f'<a href="{UP}{path}" dir="auto">{shown}</a>'
