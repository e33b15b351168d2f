"""The contract's date forms: parsing, precision, ordering and display.

An event's date can be as coarse as a year or as fine as a second with a UTC offset.
We keep exactly what the editor wrote (a ``PartialDate``) rather than inventing the
missing parts, so "April 2010" is shown, sorted and exported as a month, not 1 April.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from enum import IntEnum
from zoneinfo import ZoneInfo

from generator.errors import closest
from generator.patterns import later

# The date grammar, in its two forms, here only: its shape (``_FORM``), which the parser
# below reads before checking each part with a message of its own ("there is no month
# 13"), and the same shape with each part's range (``DATE_REGEX``), the JSON Schema
# pattern that editors' tools check as they type (fieldtypes.py). A test checks that the two
# accept the same dates (test_dates.py), but for a 29 February the pattern cannot tell
# from a leap year's, and what the parser alone forgives: spaces around a date, and
# digits other than 0-9 (an Arabic newsroom's ٢٠١٠), read as the same date.
_FORM = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?"
)
_YEAR, _MONTH = r"(?!0000)\d{4}", r"(0[1-9]|1[0-2])"
_TIME = r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-](0\d|1[0-4]):[0-5]\d)?"


def _days_up_to(last: int) -> str:
    """The two-digit days from 01 to ``last`` (28 to 31), as a regular expression."""
    tens, units = divmod(last, 10)
    return rf"(0[1-9]|{_digits(1, tens - 1)}\d|{tens}{_digits(0, units)})"


def _digits(first: int, last: int) -> str:
    return str(first) if first == last else f"[{first}-{last}]"


def _month_and_day() -> str:
    """'MM-DD' for the days each month has, from the calendar: no 31 April or 30 February
    (29 February is allowed: a pattern cannot tell leap years, check does)."""
    by_length: dict[int, list[str]] = {}
    for month in range(1, 13):
        by_length.setdefault(calendar.monthrange(2000, month)[1], []).append(f"{month:02d}")
    return (
        "("
        + "|".join(f"({'|'.join(months)})-{_days_up_to(last)}" for last, months in by_length.items())
        + ")"
    )


_MONTH_AND_DAY = _month_and_day()
DATE_REGEX = rf"^{_YEAR}(-{_MONTH}|-{_MONTH_AND_DAY}(T{_TIME})?)?$"
"""Every date form, with the ranges of its parts, for JSON Schema."""
FROM_DAY_REGEX = rf"^{_YEAR}-{_MONTH_AND_DAY}(T{_TIME})?$"
"""A day, or a day with a time (a story's 'published'; and an event's first and last day
in ``story.json``, ``render/export_schema.py``), for JSON Schema."""
FIRST_YEAR, LAST_YEAR = 1000, 9999
"""The years a bare number may be (YAML reads 'date: 2005' as a number): check reads a
year only with four digits, so 999 is refused (0999 is text to check, a number to an
editor's tools: the schema cannot tell the two apart, and refuses both)."""

FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z)"

MONTHS = tuple(calendar.month_name)  # English, whatever the machine's locale


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to some precision, as written in content."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: int | None = None
    """UTC offset in minutes when one was given (``Z`` is 0); None for local/unknown."""

    @property
    def precision(self) -> Precision:
        if self.second is not None:
            return Precision.SECOND
        if self.hour is not None:
            return Precision.MINUTE
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def sort_key(self) -> tuple[int, int, int, int]:
        """A coarser date sorts before every finer date inside it (0 and -1 come first).

        Times compare as written, on the clock of the place they happened: converting to
        UTC could move an event across midnight away from the day it is shown under.
        """
        seconds = -1
        if self.hour is not None:
            seconds = self.hour * 3600 + (self.minute or 0) * 60 + (self.second or 0)
        return (self.year, self.month or 0, self.day or 0, seconds)

    def bounds(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """First and last instant this date could mean, for 'end is not before date'."""
        m1, m2 = (self.month, self.month) if self.month else (1, 12)
        # The month's length only where the day is not given: the feed, the sitemap and
        # check ask for the bounds of every event's dates on every build of the preview.
        d1, d2 = (self.day, self.day) if self.day else (1, calendar.monthrange(self.year, m2)[1])
        if self.hour is None:
            t1, t2 = (0, 0, 0), (23, 59, 59)
        else:
            s = self.second
            t1 = (self.hour, self.minute or 0, s or 0)
            t2 = (self.hour, self.minute or 0, 59 if s is None else s)
        return (self.year, m1, d1, *t1), (self.year, m2, d2, *t2)

    def iso(self) -> str:
        """The value for ``<time datetime>``: a valid HTML date, month, year or datetime."""
        out = f"{self.year:04d}"
        if self.month is None:
            return out
        out += f"-{self.month:02d}"
        if self.day is None:
            return out
        out += f"-{self.day:02d}"
        if self.hour is None:
            return out
        out += f"T{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            out += f":{self.second:02d}"
        if self.offset is not None:
            out += "Z" if self.offset == 0 else offset_text(self.offset, ":")
        return out

    def display(self) -> str:
        """'2010', 'April 2010', '19 April 2010' or '19 April 2010, 23:00 (UTC+6)'."""
        text = self._day_month_year()
        if self.hour is not None:
            text += f", {self.hour:02d}:{self.minute:02d}"
            if self.second is not None:
                text += f":{self.second:02d}"
            if self.offset is not None:
                text += " (UTC)" if self.offset == 0 else f" (UTC{offset_text(self.offset)})"
        return text

    def _day_month_year(self) -> str:
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{MONTHS[self.month]} {self.year}"
        return f"{self.day} {MONTHS[self.month]} {self.year}"


MINUS = "\u2212"
"""U+2212 MINUS SIGN, the sign of a negative UTC offset on pages: a line may break after
a hyphen-minus ('(UTC-' / '3)'), never after it; machine-readable forms (ISO dates,
TimelineJS JSON, messages in a terminal) keep the ASCII hyphen-minus."""


def offset_text(minutes: int, sep: str = "", *, minus: str = "-") -> str:
    """'+6', '+5:30', '-3' for display (``minus`` is the sign of a negative offset:
    pages pass MINUS); '+06:00' with sep=':' for ISO."""
    h, m = divmod(abs(minutes), 60)
    if sep:  # ISO 8601 knows only the hyphen-minus
        return f"{'-' if minutes < 0 else '+'}{h:02d}:{m:02d}"
    return f"{minus if minutes < 0 else '+'}{h}" + (f":{m:02d}" if m else "")


class DateFormError(ValueError):
    """The text is not one of the date forms, or names a day that does not exist."""


def parse_date(text: str) -> PartialDate:
    """Parse one of the contract's date forms; raise DateFormError with a reason."""
    match = _FORM.fullmatch(text.strip())
    if not match:
        raise DateFormError(f"expected a date in the form {FORMS}")
    g = match.groupdict()
    year = int(g["y"])
    if year < 1:
        raise DateFormError("the year must be between 1 and 9999")
    month = int(g["m"]) if g["m"] else None
    if month is not None and not 1 <= month <= 12:
        raise DateFormError(f"there is no month {month}")
    day = int(g["d"]) if g["d"] else None
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise DateFormError(f"{MONTHS[month]} {year} has no day {day}")
    if g["H"] is None:
        return PartialDate(year, month, day)
    hour, minute = int(g["H"]), int(g["M"])
    second = int(g["S"]) if g["S"] else None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        raise DateFormError(f"there is no time {g['H']}:{g['M']}" + (f":{g['S']}" if g["S"] else ""))
    offset = None
    if g["tz"] == "Z":
        offset = 0
    elif g["tz"]:
        oh, om = int(g["tz"][1:3]), int(g["tz"][4:6])
        if oh > 14 or om > 59:
            raise DateFormError(f"there is no UTC offset {g['tz']}")
        offset = (oh * 60 + om) * (-1 if g["tz"][0] == "-" else 1)
    return PartialDate(year, month, day, hour, minute, second, offset)


def display_range(
    start: PartialDate,
    end: PartialDate | None,
    *,
    circa: bool = False,
    year: bool = True,
    circa_end: bool = False,
) -> str:
    """Human form of a date or span: '17–18 April 2010', 'March–April 2010', '2005–2010';
    without ``year``, days and months of one year without it ('17–18 April'); with
    ``circa_end`` (and not ``circa``), a span whose end alone is approximate, the two
    ends apart ('1 March 2015 – c. 2020')."""
    if circa_end and not circa:
        if end is None or end == start:
            circa = True  # one date: approximate, as a whole
        else:
            return f"{start.display()} – c. {end.display()}"
    last = end or start
    within = all(Precision.MONTH <= d.precision <= Precision.DAY for d in (start, last))
    if not year and within and start.year == last.year:  # each such form ends with the year
        return display_range(start, end, circa=circa).removesuffix(f" {start.year}")
    prefix = "c. " if circa else ""
    if end is None or end == start:
        return prefix + start.display()
    same_precision = start.precision == end.precision
    if same_precision and start.precision == Precision.DAY and start.year == end.year:
        if start.month == end.month:
            return f"{prefix}{start.day}–{end.display()}"
        return f"{prefix}{start.day} {MONTHS[start.month or 1]} – {end.display()}"
    if same_precision and start.precision == Precision.MONTH and start.year == end.year:
        return f"{prefix}{MONTHS[start.month or 1]}–{end.display()}"
    if same_precision and start.precision == Precision.YEAR:
        return f"{prefix}{start.year}–{end.year}"
    return f"{prefix}{start.display()} – {end.display()}"


def not_before(end: PartialDate, start: PartialDate) -> bool:
    """True when ``end`` could be at or after ``start`` at their precisions. Two times that
    both give their UTC offset are compared as instants: 10:00-04:00 is after 13:00Z."""
    if end.offset is not None and start.offset is not None:
        return _instant(end.bounds()[1], end.offset) >= _instant(start.bounds()[0], start.offset)
    return end.bounds()[1] >= start.bounds()[0]


def _instant(moment: tuple[int, ...], offset: int) -> datetime:
    """The moment (year, month, day, hour, minute, second) at UTC offset ``offset`` (in
    minutes), as a time in UTC."""
    year, month, day, hour, minute, second = moment
    return datetime(year, month, day, hour, minute, second, tzinfo=timezone(timedelta(minutes=offset)))


LOCAL_ONLY = frozenset({"localtime", "posixrules", "Factory"})
"""Names in the system's time zone database that are no place's zone: ``localtime`` is
the computer's own (a site built elsewhere would differ)."""


def zone_known(name: str) -> bool:
    """Whether ``name`` is a place's time zone in the IANA database (as the system, or
    the ``tzdata`` package where the system has none, holds it)."""
    if name in LOCAL_ONLY:
        return False
    try:
        ZoneInfo(name)
    except (ValueError, OSError, KeyError):  # not a name, a folder, unknown (ZoneInfoNotFoundError)
        return False
    return True


_CITY_TIME = later(r"^(?:hora|heure|ora) (?:de |d'|di |del )?|^ب?توقيت |\s+time$", re.IGNORECASE)
"""The words around a city that say its clock: 'hora de París', 'heure de Paris', 'Paris time',
Arabic 'بتوقيت بيروت' ('by Beirut's timing')."""


_CITIES_IN_SPANISH = {
    "londres": "Europe/London", "nueva_york": "America/New_York",
    "ciudad_de_mexico": "America/Mexico_City", "peninsular": "Europe/Madrid",
    "canaria": "Atlantic/Canary", "roma": "Europe/Rome", "bruselas": "Europe/Brussels",
    "lisboa": "Europe/Lisbon", "atenas": "Europe/Athens", "estambul": "Europe/Istanbul",
    "moscu": "Europe/Moscow", "varsovia": "Europe/Warsaw", "viena": "Europe/Vienna",
    "ginebra": "Europe/Zurich", "estocolmo": "Europe/Stockholm", "el_cairo": "Africa/Cairo",
    "jerusalen": "Asia/Jerusalem", "pekin": "Asia/Shanghai", "tokio": "Asia/Tokyo",
    "la_habana": "America/Havana", "washington": "America/New_York",
}  # fmt: skip
"""Cities as Spanish names them where the time zone database names them otherwise,
folded, with their zones; and Spain's mainland and Canary clocks ('hora peninsular',
'hora canaria')."""


_CITIES_IN_ARABIC = {
    "بيروت": "Asia/Beirut", "دمشق": "Asia/Damascus", "بغداد": "Asia/Baghdad",
    "القاهرة": "Africa/Cairo", "الرياض": "Asia/Riyadh", "مكة المكرمة": "Asia/Riyadh",
    "مكة": "Asia/Riyadh", "الدوحة": "Asia/Qatar", "أبوظبي": "Asia/Dubai", "دبي": "Asia/Dubai",
    "الإمارات": "Asia/Dubai", "الكويت": "Asia/Kuwait", "المنامة": "Asia/Bahrain",
    "مسقط": "Asia/Muscat", "صنعاء": "Asia/Aden", "الخرطوم": "Africa/Khartoum",
    "تونس": "Africa/Tunis", "الجزائر": "Africa/Algiers", "الرباط": "Africa/Casablanca",
    "المغرب": "Africa/Casablanca", "إسطنبول": "Europe/Istanbul", "أنقرة": "Europe/Istanbul",
    "طهران": "Asia/Tehran", "موسكو": "Europe/Moscow", "باريس": "Europe/Paris",
    "لندن": "Europe/London", "واشنطن": "America/New_York", "نيويورك": "America/New_York",
}  # fmt: skip
"""Cities (and a few countries of one clock) as Arabic news names them after 'بتوقيت' ('by
the timing of': 'الساعة 18:08 بتوقيت بيروت'), with their zones (read without their marks). Not
'عمان', which is Amman (UTC+3) and, written without its marks, Oman (UTC+4), nor
'طرابلس', Tripoli in Libya and in Lebanon."""


_US_CLOCKS = {
    "et": "America/New_York", "eastern": "America/New_York",
    "ct": "America/Chicago", "central": "America/Chicago",
    "mt": "America/Denver", "mountain": "America/Denver",
    "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "hawaii": "Pacific/Honolulu", "alaska": "America/Anchorage",
}  # fmt: skip
"""The clocks of the United States as its news says them, without standard or summer time
('1:28 a.m. ET', 'Eastern time'), with their zones: 'ET' named none, and 'Eastern' only
'Canada/Eastern', a name the database keeps for old settings ('Hawaii time' named
'US/Hawaii', another)."""


_CLOCKS_SAID_BY_ADJECTIVE = {
    "по московскому времени": "Europe/Moscow", "по москве": "Europe/Moscow", "мск": "Europe/Moscow",
    "за московським часом": "Europe/Moscow", "по киевскому времени": "Europe/Kyiv",
    "по киеву": "Europe/Kyiv", "за київським часом": "Europe/Kyiv", "за києвом": "Europe/Kyiv",
    "svensk tid": "Europe/Stockholm", "norsk tid": "Europe/Oslo", "dansk tid": "Europe/Copenhagen",
    "magyar idő szerint": "Europe/Budapest", "magyar idő": "Europe/Budapest",
    "magyar ido szerint": "Europe/Budapest", "magyar ido": "Europe/Budapest",
    "româniei": "Europe/Bucharest", "romaniei": "Europe/Bucharest",
}  # fmt: skip
"""A capital's clock as Russian and Ukrainian news says it, after the time ('19:00 по
московскому времени', '19:00 мск'), with its zone: the words are an adjective of the city,
not its name. The zone, not MSK's +03:00, since Moscow's clock was at +04:00 from 2011 to
2014. Swedish, Norwegian and Danish news say their country's one clock so too, 'svensk tid'
('Swedish time'), 'norsk tid', 'dansk tid', and Hungarian's, 'magyar idő szerint' ('by
Hungarian time'), and Romanian's, 'ora României' ('Romania's time': its 'ora', 'the hour', is
read as Italian's)."""


_INDIA_CLOCK = frozenset({
    "india", "india standard", "indian standard", "indian", "chennai", "madras", "mumbai",
    "bombay", "delhi", "new delhi", "new_delhi", "bengaluru", "bangalore", "hyderabad",
    "இந்தியா", "இந்திய நேரம்", "இந்திய நேரப்படி", "சென்னை", "भारत", "भारतीय समय",
    "भारतीय मानक समय", "భారత కాలమానం", "చెన్నై",
})  # fmt: skip
"""India's one clock as its editors name it, folded, its 'time' read off: the country ('India
Standard Time', in English, Tamil 'இந்திய நேரம்', Hindi 'भारतीय मानक समय', Telugu 'భారత
కాలమానం') and its largest cities, which the database names none of (its zone is
'Asia/Kolkata'): 'Asia/Chennai' was told "did you mean 'Asia/Chita'?", Siberia's clock."""


_ABBREVIATED_CLOCKS = {
    "ist": (("India", "Asia/Kolkata"), ("Ireland", "Europe/Dublin"), ("Israel", "Asia/Jerusalem")),
    "bst": (("Britain", "Europe/London"), ("Bangladesh", "Asia/Dhaka")),
    "cst": (("US Central", "America/Chicago"), ("China", "Asia/Shanghai")),
    "pst": (("US Pacific", "America/Los_Angeles"), ("the Philippines", "Asia/Manila")),
}  # fmt: skip
"""Abbreviations the news writes for more than one clock, each clock's zone: a site's
``time_zone`` written 'IST' may be India's, Ireland's or Israel's."""


def zone_choices(name: str) -> str | None:
    """The zones an abbreviation of more than one clock may mean (``_ABBREVIATED_CLOCKS``),
    worded for the editor to choose: "IST may be more than one clock: 'Asia/Kolkata'
    (India), ..."; None for any other ``name``."""
    clocks = _ABBREVIATED_CLOCKS.get(name.strip().casefold())
    if clocks is None:
        return None
    ways = ", ".join(f"'{zone}' ({place})" for place, zone in clocks[:-1])
    place, zone = clocks[-1]
    return f"{name.strip().upper()} may be more than one clock: write {ways} or '{zone}' ({place})"


def zone_suggestion(name: str) -> str | None:
    """The zone meant by a misspelt or partial ``name``: 'europe/paris', 'Paris' or
    'Europe/Pari' for 'Europe/Paris', 'New York' for 'America/New_York'; None if none is
    near."""
    from zoneinfo import available_timezones  # only for a mistake: it reads the whole database

    zones = sorted(available_timezones() - LOCAL_ONLY)
    # A city's clock as an article says it ('hora de París', 'Paris time'), without
    # accents, as the database writes its cities: 'París', 'Bogotá'.
    name = _CITY_TIME().sub("", name.strip())
    if (clock := _CLOCKS_SAID_BY_ADJECTIVE.get(" ".join(name.split()).casefold())) is not None:
        return clock
    if " ".join(name.split()).casefold().removeprefix("asia/") in _INDIA_CLOCK:
        return "Asia/Kolkata"
    wanted = unaccented(name.strip().replace(" ", "_").casefold())
    if wanted in _CITIES_IN_SPANISH:
        return _CITIES_IN_SPANISH[wanted]
    arabic = {unaccented(city).replace(" ", "_"): zone for city, zone in _CITIES_IN_ARABIC.items()}
    if wanted in arabic:
        return arabic[wanted]
    if wanted in _US_CLOCKS:
        return _US_CLOCKS[wanted]
    if not wanted.isascii():
        # A city in its own letters ('Київ'), which the database writes in Latin ones,
        # as an id spells it ('kyiv'). Imported here: only a mistake needs it.
        from generator.content.ids import to_id

        wanted = to_id(name, fallback="").replace("-", "_")
    for zone in zones:
        if wanted in (zone.casefold(), zone.rsplit("/", 1)[-1].casefold()):
            return zone
    # Spelt near a whole name ('Europe/Pari'); a region alone ('Europe') names no zone.
    return closest(name, zones) if "/" in name else None


def unaccented(text: str) -> str:
    """``text`` without the accents on its letters ('parís' is 'paris'): zone names
    here, a newsroom's sheet's headers in the import."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def zone_offset(date: PartialDate, zone: str | None) -> int | None:
    """The UTC offset of ``date`` in minutes: its own, else that of the time zone ``zone``
    (an IANA name, ``time_zone`` in site.yaml) at the date's first instant on that zone's
    clock (summer time included); None with neither."""
    if date.offset is not None or zone is None:
        return date.offset
    year, month, day, hour, minute, second = date.bounds()[0]
    delta = ZoneInfo(zone).utcoffset(datetime(year, month, day, hour, minute, second))
    return None if delta is None else int(delta.total_seconds()) // 60


def holds(outer: PartialDate, inner: PartialDate) -> bool:
    """True when ``outer`` is a coarser date that ``inner`` falls in: '2024' holds
    '2024-04-05', and so does '2024-04'. As the end of a span that starts at ``inner`` it
    ends nothing ('5 April 2024 – 2024'): check refuses it, and the importer leaves it out."""
    first, last = outer.bounds()
    return outer.precision < inner.precision and first <= inner.bounds()[0] <= last
