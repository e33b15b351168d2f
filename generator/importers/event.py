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
from generator.content.ids import ID_PATTERN, earlier_event_ids, new_event_id
from generator.importers.dates import (
    as_shown,
    date_object,
    display_date,
    given,
    report_millisecond,
    to_date,
    with_offset,
)
from generator.importers.html import shown_text, to_markdown, to_text
from generator.importers.ids import MAX_ID
from generator.importers.leftout import media_in_text
from generator.importers.media import links_cleaned, slide_media
from generator.importers.pictures import Picture, Pictures
from generator.importers.slides import Report, Skip, Slide, shortened, text_at
from generator.importers.sources import Sources
from generator.markdown.markup import markdown_problem

EVENT_SUMMARY_TODO = "TODO: one or two short paragraphs, in your own words."
"""The summary of an event whose slide has no text (nor a caption other than its title):
``check`` points it out, as it does in the event files ``explainer new`` writes."""


@dataclass(frozen=True)
class Event:
    """An event as the import writes its file (``yamlwrite.event_yaml``): not the model's
    ``content.model.Event``, which a build reads from that file."""

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
    earlier_ids: frozenset[str] = frozenset()
    """The ids earlier rules made of its day and title, where its id was made of them and
    they differ ('...-2-125-0' for '2.125‰', ``ids.earlier_event_ids``): an import made
    again finds the file an older one wrote by them."""
    figures: tuple[str, ...] = ()
    """Who it is about, by id: a newsroom's own sheet names them (``own_fields.py``)."""
    locations: tuple[str, ...] = ()
    """The ids of its places, where the source gives them (a StoryMapJS slide's position,
    a newsroom's sheet's place column)."""
    key: bool = False
    cited: tuple[str, ...] = ()
    """The sources its sheet's source column cites, written after its media's (``sources``)."""


def to_event(
    slide: Slide, sources: Sources, pictures: Pictures, reports: list[Report], languages: Sequence[str]
) -> Event:
    """The event of an event slide, what was left out of it reported; Skip when it cannot be one."""
    date = _start_date(slide, reports)
    end = _end_date(slide, date, reports)
    text_html = _text_html(slide, reports, "text")
    text = to_markdown(text_html)
    title = _title(slide, _text_html(slide, reports, "headline"), text_html, reports)
    picture, source, quoted = slide_media(slide, sources, pictures, title, reports)
    summary, body, picture = _summary_and_body(slide, text, quoted, title, picture)
    _refuse_slow_markdown(slide, summary, body)
    display = display_date(slide, reports)
    # Before as_shown: the display date is compared with the dates as they are with its UTC offset.
    date, end = with_offset(date, end, display, languages)
    circa, display, phrase = _as_shown(display, date, end, languages)
    tags = _tags(slide, reports)
    language = languages[0] if languages else None
    event_id = _event_id(slide, date, title, language)
    made = event_id != slide.get("unique_id")  # made of its day and title, not the slide's own
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
        tags,
        picture,
        date_phrase=phrase,
        earlier_ids=earlier_event_ids(date.iso(), title, language) if made else frozenset(),
    )


def _start_date(slide: Slide, reports: list[Report]) -> PartialDate:
    """The slide's start date; Skip when it has none or it is not a date."""
    raw = slide.get("start_date")
    if not isinstance(raw, Mapping) and given(raw):
        raise Skip(slide.at("start_date"), _not_an_object("start_date", raw))
    if not isinstance(raw, Mapping):
        raise Skip(slide.at("start_date"), "no start date (Year)")
    date = to_date(slide.get("start_date"), slide, "start_date")
    report_millisecond(slide, "start_date", reports)
    return date


def _not_an_object(key: str, value: object) -> str:
    """What to say of a JSON slide's date written otherwise than as TimelineJS's date
    object ('"start_date": "2014-04-20"'), which TimelineJS does not read either."""
    example = date_object(value) or '{"year": "2010", "month": "4", "day": "7"}'
    return f"{key} '{shortened(value)}' is not a date object: write it as {example}"


def _end_date(slide: Slide, date: PartialDate, reports: list[Report]) -> PartialDate | None:
    """The end date, or None where there is none, or none after ``date`` (said why)."""
    raw = slide.get("end_date")
    if not isinstance(raw, Mapping) and given(raw):
        said = f"{_not_an_object('end_date', raw)}; imported without its end date"
        reports.append(Report(slide.at("end_date"), said))
        return None
    if not isinstance(raw, Mapping) or not any(given(v) for v in raw.values()):
        return None
    try:
        end = to_date(raw, slide, "end_date")
    except Skip as skip:
        reports.append(Report(skip.where, f"{skip.message}; imported without its end date"))
        return None
    report_millisecond(slide, "end_date", reports)
    if end == date:
        return None  # TimelineJS drops an end date equal to the start too
    if not not_before(end, date):
        reports.append(
            Report(
                slide.at("end_date"),
                f"the end date ({end.iso()}) is before the start ({date.iso()}); imported without it",
            )
        )
        return None
    if holds(end, date):
        # 2011-10-23 to 2011 would read '23 October 2011 – 2011': an end that ends nothing.
        reports.append(
            Report(
                slide.at("end_date"),
                f"the end date ({end.iso()}) is the period the start ({date.iso()}) falls in, "
                "not a later date; imported without it",
            )
        )
        return None
    return end


def _text_html(slide: Slide, reports: list[Report], field: str) -> str:
    """The HTML of the slide's text or headline (``field``), the media inside it reported,
    its links cleaned of user names and passwords (``links_cleaned``)."""
    html = text_at(slide, reports, "text", field)
    media_in_text(html, slide, reports, field)
    return links_cleaned(html, slide.at("text", field), reports)


def _title(slide: Slide, headline_html: str, text_html: str, reports: list[Report]) -> str:
    """The title: the headline, else the first words of the text or the media's caption (said)."""
    title = to_text(headline_html)
    if title:
        return title
    title = _first_words(to_text(text_html))
    origin = "text"
    if not title:  # a slide of a picture and its caption: TimelineJS shows it too
        title, origin = _first_words(to_text(text_at(slide, [], "media", "caption"))), "media's caption"
    if not title:
        raise Skip(slide.at("text"), "no headline, no text and no caption")
    reports.append(Report(slide.at("text", "headline"), f"no headline; titled '{title}' from its {origin}"))
    return title


def _summary_and_body(
    slide: Slide, text: str, quoted: str, title: str, picture: Picture | None
) -> tuple[str, str, Picture | None]:
    """The summary (text, else what the media quotes, its caption or the placeholder), body and picture."""
    summary, body = (text, quoted) if text else (quoted, "")
    if not summary:
        # A caption that is not text was reported by slide_media (a caption without media is not read).
        caption_html = links_cleaned(text_at(slide, [], "media", "caption"), "", [])  # said by slide_media
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
    return summary, body, picture


def _refuse_slow_markdown(slide: Slide, summary: str, body: str) -> None:
    """Skip the slide when its summary or body would take too long to convert from Markdown."""
    for what, value in (("text", summary), ("media", body)):
        if problem := markdown_problem(value):
            raise Skip(slide.at(what), problem)


def _as_shown(
    display: str, date: PartialDate, end: PartialDate | None, languages: Sequence[str]
) -> tuple[bool, str, str | None]:
    """Circa, the display date kept ("" when the pages would say it anyway), and its date_phrase."""
    shown = as_shown(display, date, end, languages)
    if shown is None:
        return False, display, None
    return shown.circa, "", shown.phrase  # what the pages would say of the dates anyway


def _tags(slide: Slide, reports: list[Report]) -> tuple[str, ...]:
    """The event's tag: its group, if it has one."""
    group = shown_text(text_at(slide, reports, "group")).replace("|", "/")
    return (group,) if group else ()


def _event_id(slide: Slide, date: PartialDate, title: str, language: str | None) -> str:
    """The slide's unique_id where it is a valid id, else one made of its day and title,
    spelt as ``language`` (the story's) spells its letters in Latin ones, as ``new event``
    spells them."""
    unique_id = slide.get("unique_id")
    if isinstance(unique_id, str) and ID_PATTERN.fullmatch(unique_id) and len(unique_id) <= MAX_ID:
        return unique_id
    return new_event_id(date.iso(), title, language)


def _first_words(text: str, limit: int = 80) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
