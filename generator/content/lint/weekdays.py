"""A day of the week named right before a date it is not ('Monday 26 March 2024', a
Tuesday): readers are told two days, and one is wrong. Looked for in an event's texts, in
every language whose names of the days CLDR gives (through Babel); the right day is named
in the words of the one it was written in. A date without its year ('Monday 26 March')
takes the event's. What is not plainly one day after its name is left alone: a day of
the week with no date beside it, a range ('Monday 25 - Wednesday 27 March'), a date with
more numbers after it whose year the event's may not be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from generator.content.contentfile import ContentFile
from generator.content.datehints import read_day
from generator.content.lint.where import warning
from generator.content.model import Event
from generator.content.yamlnodes import Mapping, Scalar, place
from generator.errors import Problem
from generator.patterns import later

KEYS = ("title", "display_date", "summary", "body")
"""The keys of an event file whose text may name a day of the week before a date."""

ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayName:
    """A name of a day of the week as one language writes it, with the names of the
    others as wide (or as abbreviated) as it."""

    day: int
    """The day it names, Monday 0."""
    names: tuple[str, ...]
    """The seven names of its width and language, Monday first."""


@cache
def _day_names() -> dict[str, tuple[DayName, ...]]:
    """Each name of a day of the week, folded ('lunes', 'lun', 'monday'), to the days it
    names in the shipped languages (CLDR's, whole and abbreviated, through Babel): a
    name two languages give different days ('tor.') names two."""
    from generator.i18n.languages import available, folded, resolve

    found: dict[str, set[DayName]] = {}
    for catalog in available():
        language = resolve(catalog)
        if language is None:
            continue
        for width in ("wide", "abbreviated"):
            days = language.locale.days["format"][width]
            names = tuple(str(days[n]) for n in range(7))
            for n, name in enumerate(names):
                if len(name.rstrip(".")) > (1 if width == "wide" else 2):
                    # Not Hungarian's 'V', 'H' (a calendar's columns), nor an abbreviation
                    # of two letters, a word in other languages: Finnish 'to', Dutch 'do'.
                    found.setdefault(folded(name).rstrip("."), set()).add(DayName(n, names))
    return {name: tuple(sorted(days, key=lambda d: d.names)) for name, days in found.items()}


_BEFORE_A_NUMBER = later(r"(?<!\w)(\w{2,})\.?,? +(?=(?:\w+\.?,? +)?\d)")
"""A word and, after it, a number or a word and a number: a day of the week before a date
('Monday 26 March', 'Monday, March 26'); only such words are looked up."""

_NEXT_WORDS = later(r"\S+")

_RANGE_AFTER = later(r"^\s*(?:[-\u2013\u2014]|\S+\s+\d)")
"""What after a date makes it the start of a range, or of more than a day: a dash, or a
word and a number ('to 2 January', 'and 27')."""


def wrong_weekdays(file: ContentFile, event: Event) -> Iterator[Problem]:
    """The days of the week in the event's texts (``KEYS``) named right before a date
    they are not, each with the right day."""
    if not isinstance(file.root, Mapping):
        return
    year = event.date.year if event.end is None or event.end.year == event.date.year else None
    for key in KEYS:
        found = file.root.items.get(key)
        node = found[1] if found is not None else None
        if not isinstance(node, Scalar) or not isinstance(node.value, str):
            continue
        text = node.value
        if not any(c.isdigit() for c in text):
            continue
        for written in _BEFORE_A_NUMBER().finditer(text):
            said = _wrong_day(written, text, year)
            if said is not None:
                yield warning(place(node, written.start()), f"'{key}' names {said}")


def _wrong_day(written: re.Match[str], text: str, year: int | None) -> str | None:
    """What is said of the word ``written`` in ``text`` when it is a day of the week right
    before a date it is not (the date's year, if it has none, ``year``); else None."""
    from generator.i18n.languages import folded

    names = _day_names().get(folded(written[1]))
    if names is None:
        return None
    read = _date_after(text[written.end() :], year)
    if read is None:
        return None
    day, words, year_given = read
    if any(name.day == day.weekday() for name in names):
        return None
    # The language whose name it is as written, its case too ('lunes' is Spanish's,
    # 'Lunes' Filipino's); else the first that has it.
    own = [name for name in names if written[1] in (n.rstrip(".") for n in name.names)]
    right = (own or list(names))[0].names[day.weekday()]
    if written[1][0].isupper() and right[:1].islower():
        right = right[:1].upper() + right[1:]
    when = "" if year_given else f" in {day.year} (the event's 'date')"
    return (
        f"{written[1]} right before {words}, which was a {ENGLISH_DAYS[day.weekday()]}{when}: "
        f"write '{right}', or correct the date"
    )


def _date_after(rest: str, year: int | None) -> tuple[date, str, bool] | None:
    """The day that the words at the start of ``rest`` give, those words, and whether they
    give its year (else it is ``year``); None when they give no one day."""
    words = [(m.start(), m.end()) for m in _NEXT_WORDS().finditer(rest[:80])][:6]
    for count in range(len(words), 1, -1):
        end = words[count - 1][1]
        written = rest[:end].rstrip(",.;:)")
        for text, year_given in ((written, True), (f"{written} {year}", False)):
            if not year_given and year is None:
                continue
            read = read_day(text)
            if read is None or read[2] is None:
                continue
            if not year_given and _RANGE_AFTER().match(rest[end:]):
                return None  # '29 December to 2 January': whose year?
            try:
                return date(read[0], read[1], read[2]), written, year_given
            except ValueError:
                return None
    return None
