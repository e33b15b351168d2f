"""TimelineJS dates as explainer dates: the date objects of a slide at the precision
they are written, its display date, and the UTC offset our own export shows in it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator.content.dates import DateFormError, PartialDate, display_range, parse_date
from generator.importers.html import to_text
from generator.importers.slides import Report, Skip, Slide, text_at


def given(value: Any) -> bool:
    """Whether a part of a date is given (a sheet leaves the parts it has not empty)."""
    return value is not None and str(value).strip() != ""


def _short(raw: object) -> str:
    text = str(raw).strip()
    return text if len(text) <= 20 else text[:17] + "..."


def to_date(value: Mapping[str, Any], slide: Slide, key: str) -> PartialDate:
    """A TimelineJS date object at the precision it gives; Skip if explainer has no such date."""
    parts: dict[str, int] = {}
    for name in ("year", "month", "day", "hour", "minute", "second"):
        raw = value.get(name)
        if not given(raw):
            continue
        number = re.fullmatch(r"([+-]?\d+)(\.0+)?", str(raw).strip())
        if isinstance(raw, bool) or number is None:
            raise Skip(slide.at(key, name), f"{name} '{_short(raw)}' is not a whole number")
        if len(number[1].lstrip("+-").lstrip("0")) > 9:  # no date part is that long (nor fits a float)
            raise Skip(slide.at(key, name), f"{name} '{_short(raw)}' is far too large")
        parts[name] = int(number[1])
    year = parts.get("year")
    if year is None:
        raise Skip(slide.at(key, "year"), "the date has no year")
    if not 1 <= year <= 9999:
        raise Skip(slide.at(key, "year"), f"year {year}: explainer dates run from year 1 to 9999")
    if "day" in parts and "month" not in parts:
        raise Skip(slide.at(key, "month"), "the date has a day but no month")
    if "hour" in parts and "day" not in parts:
        raise Skip(
            slide.at(key, "hour"), "a time needs a day: explainer dates with a time are YYYY-MM-DDTHH:MM"
        )
    if "minute" in parts and "hour" not in parts:
        raise Skip(slide.at(key, "hour"), "the date has minutes but no hour")
    if "second" in parts and "hour" not in parts:
        raise Skip(slide.at(key, "hour"), "the date has seconds but no hour")
    text = f"{year:04d}"
    if "month" in parts:
        text += f"-{parts['month']:02d}"
    if "day" in parts:
        text += f"-{parts['day']:02d}"
    if "hour" in parts:
        text += f"T{parts['hour']:02d}:{parts.get('minute', 0):02d}"
        if parts.get("second"):  # none at 0, as the sheet's times: 14:00, not 14:00:00
            text += f":{parts['second']:02d}"
    try:
        return parse_date(text)
    except DateFormError as exc:
        raise Skip(slide.at(key), f"{text} is not a date: {exc}") from None


def report_millisecond(slide: Slide, key: str, reports: list[Report]) -> None:
    """A TimelineJS date may give milliseconds, where explainer's stop at seconds: any
    but 0 is reported as left out."""
    raw = slide.get(key, "millisecond")
    if given(raw) and str(raw).strip().lstrip("+-").strip("0.") != "":
        where = slide.at(key, "millisecond")
        reports.append(
            Report(where, f"millisecond '{_short(raw)}' left out: explainer dates stop at seconds")
        )


def display_date(slide: Slide, reports: list[Report]) -> str:
    """The date as TimelineJS shows it, when the slide says: its own ``display_date``, or
    those of its start and end dates."""
    own = to_text(text_at(slide, reports, "display_date"))
    if own:
        return own
    start, end = (
        to_text(text_at(slide, reports, "start_date", "display_date")),
        to_text(text_at(slide, reports, "end_date", "display_date")),
    )
    return f"{start} – {end}" if start and end else start


_UTC = re.compile(r"\(UTC(?:([+-])(\d{1,2})(?::(\d{2}))?)?\)$")
"""How a time's UTC offset ends the date as explainer shows it: '(UTC)', '(UTC+6)', '(UTC-3:30)'."""


def with_offset(
    date: PartialDate, end: PartialDate | None, display: str
) -> tuple[PartialDate, PartialDate | None]:
    """The dates with the UTC offset their display date names, when it is exactly how
    explainer shows them with it (TimelineJS dates have no time zone; our export shows
    it in the display date)."""
    match = _UTC.search(display)
    if match is None or date.hour is None:
        return date, end
    sign = -1 if match[1] == "-" else 1
    offset = sign * (int(match[2] or 0) * 60 + int(match[3] or 0))
    zoned = replace(date, offset=offset)
    zoned_end = replace(end, offset=offset) if end is not None and end.hour is not None else end
    if display_range(zoned, zoned_end).removeprefix("c. ") == display.removeprefix("c. "):
        return zoned, zoned_end
    return date, end


def as_shown(display: str, date: PartialDate, end: PartialDate | None) -> bool | None:
    """How ``display`` says the dates, where it is how explainer shows them, in English
    or in a language it has a catalog for (so a TimelineJS file in French, our own export
    of a French story among them, loses its display dates too): False as they are, True
    approximate ('c. 1990', 'vers 1990'); None when it says something else."""
    from generator.i18n.dates import for_tag
    from generator.i18n.languages import available

    if display in ("", display_range(date, end)):
        return False
    if display == display_range(date, end, circa=True):
        return True
    # French before 1 December 2026 wrote the first of a month '1 juin', now '1er juin'.
    display = _FIRST_OF_MONTH.sub("1", display)
    for tag in available():
        words = for_tag(tag, minus="-")  # as the export writes a negative UTC offset
        for circa in (False, True):
            if display == _FIRST_OF_MONTH.sub("1", words.span(date, end, circa=circa)):
                return circa
    return None


_FIRST_OF_MONTH = re.compile(r"\b1er\b")
