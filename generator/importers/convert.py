"""TimelineJS slides as a story and its events, in the content format: the conversion
from top to bottom, each step in a module of its own.

- The title slide gives the story's title, summary and lead picture (``title.py``).
- Each event slide gives an event (``event.py``): its dates, text and group; its media a
  picture, a source it cites or quoted text (``media.py``, ``pictures.py``,
  ``sources.py``).
- Ids: a slide's ``unique_id`` when it is already a valid id, else the date and the
  headline (``ids.py``); importing again (``--force``), a corrected headline keeps the
  file it had (``earlier.py``).
- Links to other slides and to the story's own pages lead to those pages in this site
  (``links.py``).
- An era becomes a tag (``eras.py``); an event listed after one its date alone would put
  it before is placed ``after`` it (``order.py``).

What cannot be carried over is reported, with the slide's row or JSON pointer; what a
slide that is written had that pages do not carry (a background, a media thumbnail,
links the sanitiser removes) in one report for the slide, which names the file it became
(``leftout.py``); so is a slide of the date and headline of one before it, which check
would ask about.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from generator.content.dates import PartialDate
from generator.content.lint.references import twin_key
from generator.importers.dates import given
from generator.importers.earlier import Earlier, matched, named
from generator.importers.eras import eras_as_tags
from generator.importers.event import EVENT_SUMMARY_TODO, Event, to_event
from generator.importers.fetch import Fetcher
from generator.importers.html import to_text
from generator.importers.ids import MAX_ID, free_id
from generator.importers.leftout import left_out
from generator.importers.links import (
    OwnPages,
    linked_caption,
    no_slide_reports,
    slide_links,
    story_addresses,
    texts_of,
)
from generator.importers.media import slide_media
from generator.importers.order import listed_order
from generator.importers.pictures import MAX_PICTURE_BYTES, Picture, Pictures, not_downloaded
from generator.importers.slides import Report, Skip, Slide, Timeline, text_at
from generator.importers.sources import Source, Sources
from generator.importers.title import story_title
from generator.render.timelinejs import shown_tag


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    summary: str
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    image: Picture | None = None
    """The lead picture: the title slide's, when it is one."""
    readdressed: tuple[tuple[str, str], ...] = ()
    """The events that kept the id of an earlier file (``Earlier``), each as (that id, the
    id its date and headline would have given it)."""
    had: tuple[Source, ...] = ()
    """The sources the story replaced had that the timeline gives too (by address): not
    in ``sources``, they stay as written (``Sources.new``), or are written from the
    timeline where the story's cannot be taken apart."""
    slides: tuple[tuple[str, str], ...] = ()
    """Each event's id and where its slide is (``t.csv:7``): what is said of its file
    once written (``carried_over.replaced``) names the slide."""
    place_pictures: tuple[tuple[str, Picture], ...] = ()
    """The picture of each slide that is a place only (a StoryMapJS slide without a date),
    by where the slide is, copied into ``media/`` (``_place_pictures``): a place has no
    picture field, so its summary shows it."""


def convert(
    timeline: Timeline,
    story_id: str,
    reports: list[Report],
    story_media: str | None = None,
    *,
    media_limit: int = MAX_PICTURE_BYTES,
    earlier: Sequence[Earlier] = (),
    languages: Sequence[str] = (),
    pages: Iterable[str] = (),
    kept_sources: Mapping[str, str] = MappingProxyType({}),
    fetch: Fetcher | None = None,
    kept_tags: Iterable[str] = (),
    place_slides: Sequence[Slide] = (),
) -> Story:
    """The story ``timeline`` makes; what is lost is appended to ``reports``.
    ``story_media`` is the media folder of the story it replaces, if any: pictures copied
    in take names that do not overwrite its files; ``earlier`` its event files, whose ids
    slides with a corrected headline keep (``matched``); ``languages`` those of the site
    it goes into, whose dates (besides those of every catalog) a display date is read in
    (``as_shown``); ``pages`` the figures and places of the story it replaces
    (``figures/ann``), which links to their pages in the timeline lead to again;
    ``kept_sources`` the ids of its sources by address, which a source of the same address
    keeps (``Sources``); ``fetch`` what downloads the pictures at https:// addresses
    into the story's media (None: they keep their addresses); ``kept_tags`` the tags of
    its event files, which a group showing one as its pages show it is read as
    (``_tags_shown``); ``place_slides`` the slides that are places only, whose pictures
    are copied in as the events' are (``_place_pictures``)."""
    sources = Sources(kept=dict(kept_sources))
    pictures = Pictures(timeline.folder, story_media, media_limit, fetch)
    title, summary, image, lead_source = story_title(timeline, story_id, sources, pictures, reports)
    reports += _title_slide_losses(timeline, image)
    slides = _event_slides(timeline, sources, pictures, reports, languages, _tags_shown(kept_tags, languages))
    place_pictures = _place_pictures(place_slides, pictures, reports)
    events, readdressed, renamed = slides.keeping_ids(earlier)
    slide_of_event = tuple((e.id, at) for e, at in zip(events, slides.wheres, strict=True))
    texts = [summary, image.caption if image else "", *(t for e in events for t in texts_of(e))]
    addresses = story_addresses(texts, renamed, _story_names(timeline, story_id))
    own = OwnPages(renamed, addresses, frozenset(pages))
    events = [_linked(e, own) for e in events]
    linked = {e.id: e for e in events}
    events = eras_as_tags(timeline.eras, listed_order(events), reports)
    reports += _uncited_lead_source(timeline, lead_source, events)
    summary = slide_links(summary, own)
    image = linked_caption(image, own)
    if timeline.title is not None:
        title_texts = (summary, image.caption if image else "")
        reports += no_slide_reports(timeline.title.where, "story.yaml", title_texts)
    for event, at in slide_of_event:
        reports += no_slide_reports(at, f"events/{event}.yaml", texts_of(linked[event]))
    return Story(
        story_id,
        title,
        summary,
        tuple(events),
        sources.new(),
        image,
        readdressed,
        sources.had(),
        slide_of_event,
        place_pictures,
    )


def _place_pictures(
    slides: Sequence[Slide], pictures: Pictures, reports: list[Report]
) -> tuple[tuple[str, Picture], ...]:
    """The picture of each of ``slides`` (places only) that is copied or downloaded into
    the story's ``media/``, by where its slide is, with what was said of it. Any other
    media (a link, a video, a picture left at its address) is not carried, and its place
    says so (``storymapjs``): a link would be a source no event cites, and a picture
    of another site in a place's text only a link to it."""
    found = []
    for slide in slides:
        said: list[Report] = []
        headline = to_text(text_at(slide, said, "text", "headline"))
        picture, _, _ = slide_media(slide, Sources(), pictures, headline, said)
        if picture is not None and picture.copy_from is not None:
            reports.extend(said)
            found.append((slide.where, picture))
    return tuple(found)


def _title_slide_losses(timeline: Timeline, image: Picture | None) -> list[Report]:
    """What the title slide had that story.yaml does not carry: its picture, when it could
    not be downloaded (``not_downloaded``), and what pages do not show (``left_out``)."""
    if timeline.title is None:
        return []
    lead = not_downloaded(image, timeline.title.at("media", "url"), "story.yaml")
    return [r for r in (lead, left_out(timeline.title, "story.yaml", title=True)) if r is not None]


def _tags_shown(tags: Iterable[str], languages: Sequence[str]) -> dict[str, str]:
    """The story's ``tags`` by the label its pages show for each where it differs
    ("L’incendie" for "L'incendie"), in the ``languages`` the slides are read in (the
    story's first): explainer's own export gives that label as the slide's group, and
    read as it is, it would be a second tag of one label in the timeline's filter."""
    written = set(tags)
    shown: dict[str, str] = {}
    for language in reversed(tuple(languages) or ("en",)):
        shown |= {label: tag for tag in written if (label := shown_tag(tag, language)) not in written}
    return shown


def _event_slides(
    timeline: Timeline,
    sources: Sources,
    pictures: Pictures,
    reports: list[Report],
    languages: Sequence[str],
    tags_shown: Mapping[str, str],
) -> _Slides:
    """Each event slide of ``timeline`` as an event (``to_event``), with an id of its own;
    one that cannot be imported is left out, and said (``tags_shown``: ``_tags_shown``)."""
    slides = _Slides(reports, tags_shown)
    for n, slide in enumerate(timeline.events):
        try:
            event = to_event(slide, sources, pictures, reports, languages)
        except Skip as skip:
            # A sheet's reports say 'row', as those of its cells read earlier do.
            unit = "slide" if slide.pointer else "row"
            said = f"{skip.message}{_title_meant(timeline, n)}; {unit} left out"
            reports.append(Report(skip.where, said, skipped=True))
            continue
        slides.add(slide, event)
    return slides


def _title_meant(timeline: Timeline, n: int) -> str:
    """How to make the ``n``-th event slide the timeline's title, when it may be meant as
    one: the first, with no start date at all, in a timeline without a title slide (a
    sheet's title row without 'title' in its Type cell, which TimelineJS refuses too)."""
    slide = timeline.events[n]
    date = slide.get("start_date")
    dated = any(given(v) for v in date.values()) if isinstance(date, Mapping) else given(date)
    if n or timeline.title is not None or dated:
        return ""
    if slide.pointer:
        return " (if it is the timeline's title, move it from 'events' to 'title')"
    return " (if it is the timeline's title, write title in its Type column)"


def _story_names(timeline: Timeline, story_id: str) -> set[str]:
    """The names the story's pages had in the site exported from, which links to them
    end in (``story_addresses``)."""
    # The story's id now, its folder's name in the site exported from, and the id our
    # export gives its title slide.
    names = {story_id, os.path.basename(os.path.normpath(timeline.folder))}
    if timeline.title is not None and isinstance(exported := timeline.title.get("unique_id"), str):
        names.add(exported)
    return names


def _linked(event: Event, own: OwnPages) -> Event:
    """``event`` with its links to the story's own pages (``own``) leading to them in this site."""
    return replace(
        event,
        summary=slide_links(event.summary, own),
        body=slide_links(event.body, own),
        image=linked_caption(event.image, own),
    )


def _uncited_lead_source(
    timeline: Timeline, lead_source: str | None, events: Sequence[Event]
) -> list[Report]:
    """The report of a title slide whose media is a source no event cites: check would warn of it."""
    if timeline.title is not None and lead_source and all(lead_source not in e.sources for e in events):
        # The story has no place of its own to cite a source: check warns about one no event cites.
        return [
            Report(
                timeline.title.at("media", "url"),
                f"the title {timeline.unit}'s media is the source '{lead_source}' of story.yaml, which no "
                "event cites: check warns until one does (add it to an event's 'sources:')",
            )
        ]
    return []


class _Slides:
    """The event slides imported so far, in order, with what is said of each: its id made
    unique among them, and what a later step (``keeping_ids``) needs to know."""

    def __init__(self, reports: list[Report], tags_shown: Mapping[str, str]) -> None:
        self.reports = reports
        self.tags_shown = tags_shown
        """The story's tags by the label its pages show, where it differs (``_tags_shown``)."""
        self.events: list[Event] = []
        self.wheres: list[str] = []
        """Where each event's slide is, by index."""
        self.made: set[int] = set()
        """The events whose id their date and headline made (not the slide's unique_id)."""
        self.naming: list[tuple[int, int]] = []
        """Each report that names an event's id or file, by index: (report, event)."""
        self.taken: set[str] = set()
        self.twins: dict[tuple[PartialDate, str], str] = {}
        """Where the first slide of each date and headline is."""
        self.renamed: dict[str, str] = {}
        """Each slide's own unique_id -> its event's id: links to the slide lead there."""
        self.groups: dict[str, tuple[str, str]] = {}
        """Each group as first written (and where), by its letters in one case and spacing."""

    def _say(self, report: Report, names_event: bool = True) -> None:
        if names_event:
            self.naming.append((len(self.reports), len(self.events)))
        self.reports.append(report)

    def add(self, slide: Slide, event: Event) -> None:
        """``event``, made from ``slide``, with an id no event before it has."""
        given_id = slide.get("unique_id")
        if event.id != given_id:
            self.made.add(len(self.events))
        unique = free_id(event.id, self.taken)
        if unique != event.id and event.id == given_id:
            # Links to the slide (#<unique_id>) need the new id; a made-up id goes unsaid.
            message = f"unique_id '{event.id}' is another slide's too; imported as '{unique}'"
            self._say(Report(slide.at("unique_id"), message), names_event=False)
        if isinstance(given_id, str) and given_id.strip() and given_id != event.id:
            # Links to the slide (#<unique_id>) need to know: say what it became.
            message = (
                f"unique_id '{given_id}' cannot be an id (lower-case letters, digits and hyphens, "
                f"at most {MAX_ID} characters); imported as '{unique}'"
            )
            self._say(Report(slide.at("unique_id"), message))
        event = replace(event, id=unique)
        self.taken.add(event.id)
        written = f"events/{event.id}.yaml"
        event = self._one_spelling(event, slide, written)
        for lost in (
            not_downloaded(event.image, slide.at("media", "url"), written),
            left_out(slide, written),
        ):
            if lost is not None:
                self._say(lost)
        if event.summary == EVENT_SUMMARY_TODO:
            message = (
                "no text (nor a caption other than the headline), so its summary is a placeholder "
                f"('{EVENT_SUMMARY_TODO}'): write one there (check warns until you do)"
            )
            self._say(Report(slide.at("text", "text"), message, written=written, placeholder=True))
        if (twin := self.twins.setdefault(twin_key(event.date, event.title), slide.where)) != slide.where:
            # Both are imported, as TimelineJS shows both; but check would ask, and --strict refuse.
            message = (
                f"same date and headline as {twin}; check asks whether it is a duplicate: "
                "delete one, or give each a headline of its own"
            )
            self._say(Report(slide.at("text", "headline"), message, written=written))
        if isinstance(given_id, str) and given_id.strip():
            self.renamed.setdefault(
                given_id.strip(), event.id
            )  # a shared one: the first slide's, as TimelineJS
        self.events.append(event)
        self.wheres.append(slide.where)

    def _one_spelling(self, event: Event, slide: Slide, written: str) -> Event:
        """``event`` with its group spelt as the first slide spelt it, where it differs only
        in capitals or spaces ('blockage', 'Blockage '): as two tags, readers would find
        two topics in the timeline's filter for one."""
        if not event.tags:
            return event
        if (tag := self.tags_shown.get(event.tags[0])) is not None:
            # The label explainer's export gives the tag as: the tag it shows, said by no one.
            event = replace(event, tags=(tag, *event.tags[1:]))
        group = event.tags[0]
        first, where = self.groups.setdefault(" ".join(group.casefold().split()), (group, slide.where))
        if first == group:
            return event
        message = (
            f"Group '{group}' differs from '{first}' ({where}) only in capitals or spaces; tagged "
            f"'{first}', one topic in the timeline's filter"
        )
        self._say(Report(slide.at("group"), message, written=written))
        return replace(event, tags=(first, *event.tags[1:]))

    def keeping_ids(
        self, earlier: Sequence[Earlier]
    ) -> tuple[list[Event], tuple[tuple[str, str], ...], dict[str, str]]:
        """The events, those matching an ``earlier`` file with its id (and the reports
        naming them with it); which ids were kept, as (kept, made); and where each slide's
        own unique_id now leads."""
        kept = matched(self.events, self.made, earlier)
        for at, i in self.naming:  # written before the match, they name the id the event no longer has
            if i in kept:
                self.reports[at] = named(self.reports[at], self.events[i].id, kept[i])
        readdressed = tuple((kept[i], self.events[i].id) for i in sorted(kept))
        to_kept = {new: old for old, new in readdressed}
        renamed = {uid: to_kept.get(to, to) for uid, to in self.renamed.items()}
        events = [replace(e, id=kept[i]) if i in kept else e for i, e in enumerate(self.events)]
        return events, readdressed, renamed
