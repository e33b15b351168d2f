"""An event slide as an event: its headline the title, its HTML text the summary (as
Markdown; without text, its media's caption, else a placeholder, ``EVENT_SUMMARY_TODO``,
never the headline again), its dates at the precision written (``end_date`` a span),
and its display date when it says more than the dates (what pages would write for them,
in any language, is not kept: the UTC offset it shows goes into the dates, a phrase such
as 'Between 7 and 15 April 2010' becomes the ``date_phrase``). Its media is read by
``media.py``; its group becomes a tag.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from generator.content.dates import PartialDate, holds, not_before
from generator.content.ids import ID_PATTERN, new_event_id
from generator.importers.dates import (
    as_shown,
    display_date,
    given,
    report_millisecond,
    to_date,
    with_offset,
)
from generator.importers.html import to_markdown, to_text
from generator.importers.ids import MAX_ID
from generator.importers.leftout import media_in_text
from generator.importers.media import slide_media
from generator.importers.pictures import Picture, Pictures
from generator.importers.slides import Report, Skip, Slide, text_at
from generator.importers.sources import Sources
from generator.render.markup import markdown_problem

EVENT_SUMMARY_TODO = "TODO: one or two short paragraphs, in your own words."
"""The summary of an event whose slide has no text (nor a caption other than its title):
``check`` points it out, as it does in the event files ``explainer new`` writes."""


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: PartialDate
    summary: str
    end: PartialDate | None = None
    circa: bool = False
    display_date: str = ""
    body: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: Picture | None = None
    after: str = ""
    """The event listed just before it, where its date alone would put it earlier."""
    date_phrase: str | None = None
    """How its display date words the dates ('between'), where pages word them so."""


def to_event(
    slide: Slide, sources: Sources, pictures: Pictures, reports: list[Report], languages: Sequence[str]
) -> Event:
    if not isinstance(slide.get("start_date"), Mapping):
        raise Skip(slide.at("start_date"), "no start date (Year)")
    date = to_date(slide.get("start_date"), slide, "start_date")
    report_millisecond(slide, "start_date", reports)
    end = None
    if isinstance(slide.get("end_date"), Mapping) and any(given(v) for v in slide.get("end_date").values()):
        try:
            end = to_date(slide.get("end_date"), slide, "end_date")
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; imported without its end date"))
        if end is not None:
            report_millisecond(slide, "end_date", reports)
        if end == date:
            end = None  # TimelineJS drops an end date equal to the start too
        elif end is not None and not not_before(end, date):
            reports.append(
                Report(
                    slide.at("end_date"),
                    f"the end date ({end.iso()}) is before the start ({date.iso()}); imported without it",
                )
            )
            end = None
        elif end is not None and holds(end, date):
            # 2011-10-23 to 2011 would read '23 October 2011 – 2011': an end that ends nothing.
            reports.append(
                Report(
                    slide.at("end_date"),
                    f"the end date ({end.iso()}) is the period the start ({date.iso()}) falls in, "
                    "not a later date; imported without it",
                )
            )
            end = None
    text_html = text_at(slide, reports, "text", "text")
    media_in_text(text_html, slide, reports)
    text = to_markdown(text_html)
    headline_html = text_at(slide, reports, "text", "headline")
    media_in_text(headline_html, slide, reports, "headline")
    title = to_text(headline_html)
    if not title:
        title = _first_words(to_text(text_html))
        origin = "text"
        if not title:  # a slide of a picture and its caption: TimelineJS shows it too
            title, origin = _first_words(to_text(text_at(slide, [], "media", "caption"))), "media's caption"
        if not title:
            raise Skip(slide.at("text"), "no headline, no text and no caption")
        reports.append(
            Report(slide.at("text", "headline"), f"no headline; titled '{title}' from its {origin}")
        )
    picture, source, quoted = slide_media(slide, sources, pictures, title, reports)
    summary, body = (text, quoted) if text else (quoted, "")
    if not summary:
        # A caption that is not text was reported by slide_media (a caption without media is not read).
        caption_html = text_at(slide, [], "media", "caption")
        summary = to_markdown(caption_html)
        if to_text(caption_html) == title:
            # The title taken from the caption: the same words twice would be no summary.
            summary = ""
        elif picture is not None and picture.caption == summary:
            picture = replace(picture, caption="")  # said once: as the summary, not again under the picture
    if not summary:
        # The summary is required, and the headline again says nothing more: readers would
        # read the same words twice. The editor writes one, as for a story without a title
        # slide; check points the placeholder out, and convert says so, naming the file.
        summary = EVENT_SUMMARY_TODO
    for what, value in (("text", summary), ("media", body)):
        if problem := markdown_problem(value):
            raise Skip(slide.at(what), problem)
    display = display_date(slide, reports)
    date, end = with_offset(date, end, display, languages)
    shown = as_shown(display, date, end, languages)
    circa, phrase = (shown.circa, shown.phrase) if shown is not None else (False, None)
    if shown is not None:  # what the pages would say of the dates anyway
        display = ""
    group = to_text(text_at(slide, reports, "group")).replace("|", "/")
    tags = (group,) if group else ()
    unique_id = slide.get("unique_id")
    if isinstance(unique_id, str) and ID_PATTERN.fullmatch(unique_id) and len(unique_id) <= MAX_ID:
        event_id = unique_id
    else:
        event_id = new_event_id(date.iso(), title)
    return Event(
        event_id,
        title,
        date,
        summary,
        end,
        circa,
        display,
        body,
        (source,) if source else (),
        tuple(t for t in tags if t),
        picture,
        date_phrase=phrase,
    )


def _first_words(text: str, limit: int = 80) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
