"""``<story>/story.json``: the story as data, in this project's own terms, for a
newsroom's graphics and data desks.

Where ``timeline.json`` is TimelineJS's format (slides), this file says what the story
holds: its events with their dates as written and as ISO days or times, the figures,
places (with coordinates), sources, quotes, key numbers, unknowns and updates, each
by the id its content file gives it, and the addresses of the pages and pictures the
site publishes for them. Its shape is ``export_schema.py``'s, shipped as
``docs/schemas/story-data.schema.json``; ``format`` is its version, raised only when a
field changes meaning or goes (a new field is added without it).

Only what is published: draft events, and the figures, places and sources only drafts
refer to, are left out even of a staging build's (``--drafts``) file, and a draft story
has none (``pages.py``). Plain text (titles, names, labels) is as the pages show it,
without markup (its quotation marks and dashes set: ``i18n/typography.py``); text written
in Markdown is the HTML the pages publish, its links made full addresses when
the site's is known, else relative to this file, as ``timeline.json`` writes them
(``links.story_folder_url``). The bytes depend only on the content: keys sorted, lists
in the documented order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from generator import site_paths
from generator.content.dates import PartialDate
from generator.content.model import Event, Figure, Image, KeyNumber, Location, Source, Story, Update
from generator.markdown.markup import Typeset
from generator.render import links
from generator.render.pages import Translation
from generator.render.timelinejs import image_url, story_html, when_in

FORMAT = 1
"""The version of the file's shape (``format``)."""

Json = dict[str, Any]


def _day(moment: tuple[int, ...]) -> str:
    year, month, day = moment[:3]
    return f"{year:04d}-{month:02d}-{day:02d}"


def first_iso(date: PartialDate) -> str:
    """Where ``date`` starts, in ISO 8601: its first day ('2010-04' is '2010-04-01'), or
    its time as written when it has one (with its UTC offset when written)."""
    return date.iso() if date.hour is not None else _day(date.bounds()[0])


def last_iso(date: PartialDate) -> str:
    """Where ``date`` ends, in ISO 8601: its last day ('2010-04' is '2010-04-30'), or its
    time as written when it has one."""
    return date.iso() if date.hour is not None else _day(date.bounds()[1])


def _written(date: PartialDate | None) -> str | None:
    """A date as written in content (the content's form is ISO 8601's)."""
    return None if date is None else date.iso()


class _Story:
    """What every part of one story's file is written with."""

    def __init__(
        self, story: Story, md: Typeset, base_url: str | None, language: str, linkable: frozenset[str]
    ) -> None:
        self.story = story
        self.md = md
        self.folder = links.story_folder_url(story.id, base_url)
        self.linkable = linkable
        self.when = when_in(language)
        self.base_url = base_url
        self.also_in: dict[tuple[str, str], tuple[str, ...]] = {}
        """The other stories with a figure's or place's page of the same id, by (folder, id)."""

    def html(self, text: str | None, language: str | None = None) -> str | None:
        if text is None:
            return None
        if language is None:
            return story_html(self.md, text, self.folder or None, self.linkable)
        # A quote in another language has its own quotation marks, as on the pages.
        return links.story_media_at(str(self.md(text, language)), self.folder, self.linkable, away=True)

    def page(self, path: str) -> str:
        """The address of one of the story's pages (``site_paths.event_page``...): full, without
        its ``index.html``, when the site's is known, else relative to this file."""
        rel = path.split("/", 1)[1]
        return self.folder + rel.removesuffix("index.html") if self.folder else rel

    def image(self, image: Image | None) -> Json | None:
        if image is None:
            return None
        picture = image.picture
        renditions = [
            {
                "type": fmt.mime,
                "url": links.in_story_folder(r.path, self.folder),
                "width": r.width,
                "height": r.height,
            }
            for fmt in (picture.formats if picture is not None else ())
            for r in fmt.renditions
        ]
        return {
            "url": image_url(image, self.folder or None),
            "alt": image.alt,
            "credit": image.credit,
            "caption": self.html(image.caption),
            "focus": image.focus,
            "width": picture.width if picture is not None else None,
            "height": picture.height if picture is not None else None,
            "renditions": renditions,
        }

    def event(self, event: Event) -> Json:
        return {
            "id": event.id,
            "url": self.page(site_paths.event_page(self.story.id, event.id)),
            "title": event.title,
            "date": event.date.iso(),
            "end": _written(event.end),
            "circa": event.circa,
            "date_phrase": event.date_phrase,
            "display_date": event.display_date,
            "when": self.when(event),
            "start_iso": first_iso(event.date),
            "end_iso": last_iso(event.end or event.date),
            "precision": event.date.precision.name.lower(),
            "summary": self.html(event.summary),
            "body": self.html(event.body),
            "key": event.key,
            "added": _written(event.added),
            "figures": list(event.figures),
            "places": list(event.locations),
            "sources": list(event.sources),
            "tags": list(event.tags),
            "quotes": [
                {
                    "text": self.html(q.text, q.language or None),
                    "by": q.by,
                    "by_figure": q.by_figure,
                    "source": q.source,
                    "language": q.language,
                }
                for q in event.quotes
            ],
            "image": self.image(event.image),
        }

    def figure(self, figure: Figure) -> Json:
        return {
            "id": figure.id,
            "url": self.page(site_paths.figure_page(self.story.id, figure.id)),
            "name": figure.name,
            "role": figure.role,
            "aliases": list(figure.aliases),
            "sort_as": figure.sort_as,
            "summary": self.html(figure.summary),
            "image": self.image(figure.image),
            "also_in": self.elsewhere(site_paths.FIGURES, figure.id),
        }

    def place(self, place: Location) -> Json:
        where = place.coordinates
        return {
            "id": place.id,
            "url": self.page(site_paths.location_page(self.story.id, place.id)),
            "name": place.name,
            "kind": place.kind,
            "country": place.country,
            "coordinates": None if where is None else {"latitude": where[0], "longitude": where[1]},
            "unmapped": place.unmapped,
            "aliases": list(place.aliases),
            "sort_as": place.sort_as,
            "summary": self.html(place.summary),
            "also_in": self.elsewhere(site_paths.LOCATIONS, place.id),
        }

    def elsewhere(self, folder: str, item_id: str) -> list[Json]:
        """The same figure's or place's page in other stories (``pages.also_in``), by its
        address (full when the site's is known, else relative to this file)."""
        found = []
        for sid in self.also_in.get((folder, item_id), ()):
            url = links.story_folder_url(sid, self.base_url)
            found.append(
                {
                    "story": sid,
                    "url": f"{url}{folder}/{item_id}/" if url else f"../{sid}/{folder}/{item_id}/index.html",
                }
            )
        return found

    def key_number(self, number: KeyNumber) -> Json:
        return {
            "value": number.value,
            "label": number.label,
            "source": number.source,
            "note": self.html(number.note),
        }

    def update(self, update: Update, page: str) -> Json:
        """An update of the story, linked at its place on the story's ``page``."""
        return {
            "id": update.anchor,
            "url": f"{page}#{update.anchor}",
            "kind": update.kind.value,
            "date": update.date.iso(),
            "text": self.html(update.text),
        }

    def source(self, source: Source) -> Json:
        return {
            "id": source.id,
            "cited_at": self.page(site_paths.story_page(self.story.id)) + f"#source-{source.id}",
            "publisher": source.publisher,
            "title": source.title,
            "url": source.url,
            "date": _written(source.date),
            "archive_url": source.archive_url,
            "language": source.language,
        }


def _related(story_id: str, base_url: str | None) -> Json:
    """A story it lists as related, linked by its folder's address (else relative to
    this file)."""
    return {"id": story_id, "url": links.story_folder_url(story_id, base_url) or f"../{story_id}/index.html"}


def _translation(version: Translation, base_url: str | None) -> Json:
    """A version of the story in another language, linked by its folder's address (else
    relative to this file)."""
    return {
        "id": version.id,
        "language": version.language,
        "title": version.title,
        "url": links.story_folder_url(version.id, base_url) or f"../{version.id}/index.html",
    }


def export(
    story: Story,
    md: Typeset,
    base_url: str | None,
    *,
    language: str,
    linkable: frozenset[str] | None = None,
    translation_of: str | None = None,
    translations: tuple[Translation, ...] = (),
    event_json: Callable[[Event, Callable[[], str]], str] | None = None,
    related: tuple[str, ...] = (),
    also_in: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (),
) -> bytes:
    """``story.json`` of ``story`` (as published: ``published.without_draft_events``),
    whose pages are in ``language``. ``linkable``: ``links.story_pages`` of it, where
    known already. ``translation_of``: the story it translates when
    that story is published; ``translations``: its versions in the site, itself
    included (``pages.translations``). ``event_json(event, make)`` may return an
    event's part (its JSON text) remembered from an earlier build. ``related``: the ids
    of the published stories it lists as related, in its order; ``also_in``: the
    published stories with a page of its figures and places, by (folder, id)."""
    out = _Story(story, md, base_url, language, links.story_pages(story) if linkable is None else linkable)
    out.also_in = dict(also_in)
    page = out.page(site_paths.story_page(story.id))
    events = []
    for event in story.events:

        def make(event: Event = event) -> str:
            return _dumps(out.event(event))

        events.append(event_json(event, make) if event_json else make())
    data: Json = {
        "format": FORMAT,
        "id": story.id,
        "url": page,
        "language": language,
        "translation_of": translation_of,
        "translations": [_translation(t, base_url) for t in translations if t.id != story.id],
        "title": story.title,
        "summary": out.html(story.summary),
        "byline": story.byline,
        "published": story.published.iso(),
        "updated": _written(story.latest_update),
        "image": out.image(story.image),
        "key_numbers": [out.key_number(k) for k in story.key_numbers],
        "unknowns": [out.html(u) for u in story.unknowns],
        "updates": [out.update(u, page) for u in sorted(story.updates, key=lambda u: u.number)],
        "events": [],  # each event's text is put in below
        "figures": [out.figure(story.figures[k]) for k in sorted(story.figures)],
        "places": [out.place(story.locations[k]) for k in sorted(story.locations)],
        "sources": [out.source(story.sources[k]) for k in sorted(story.sources)],
        "related": [_related(sid, base_url) for sid in related],
    }
    # Only the top level has an "events" key, and no text holds '"' unescaped: the first
    # '"events":[]' is where the events go. (Each event's text is made once, and a
    # preview's rebuild after an edit makes that event's again, not the whole file's.)
    head, empty, tail = _dumps(data).partition('"events":[]')
    assert empty, "story.json has events"
    return (head + '"events":[' + ",".join(events) + "]" + tail + "\n").encode()


def _dumps(data: Json) -> str:
    """Compact, as timeline.json is (with ``indent`` the json module falls back to its
    slow Python encoder), with sorted keys: the same content always gives the same bytes."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
