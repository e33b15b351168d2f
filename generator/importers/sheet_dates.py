"""A sheet's date cells read as TimelineJS3 reads them, as a sheet exports them.

The Year, Month and Day cells (and End ...): years with a thousands separator
(``1,815``) or shown with decimals (``2021.0``, ``2021,00``, ``2,021.00``), a month by
number or by name (in English or any shipped language: ``abril``, ``févr.``). The count
of days a date cell shown as a number saves (``45000``) is reported as the date it is. A
whole date typed into the Year cell (which the sheet turns into ``4/19/2010``,
``19.04.2010``, ``19-Apr-2010`` or ``2010-04-19``) is read when it reads one way only (a
year in two digits never does), or when the sheet's other dates with slashes say which
way round it writes them all (``sheet_order``)."""

from __future__ import annotations

import calendar
import datetime
import re

from generator.content.datehints import either_way, month_number, suggest, worded_date
from generator.content.dates import MONTHS
from generator.i18n.languages import ascii_digits
from generator.importers.sheet_times import TIME_AT_END, parse_time
from generator.importers.slides import CellError, Report, shortened
from generator.render.timelinecsv import DATE_COLUMNS

_SEPARATORS = re.compile(r"[\s,'\u00a0\u202f]")
"""What a sheet may put between the digits of a number: spaces, commas, apostrophes."""
_WHOLE = re.compile(r"[+-]?[0-9]{1,9}")
"""A year as a sheet holds it (no year needs more digits; ``str.isdigit`` would take '²')."""
_SMALL = re.compile(r"[0-9]{1,2}")
"""A month's or a day's number."""
_YEAR_AND_WORD = re.compile(r"([0-9]{1,4})\s*(?:(?:г|год|года|р|рік|року)\.?|[年년])", re.IGNORECASE)
"""A year with the word for year after it, as Russian and Ukrainian write one ('2018 г.',
'2018 р.', often with a no-break space), and Chinese, Japanese and Korean ('2018年',
'2018년'): an editor types it so into the Year cell, and the word says nothing the column
does not."""
_ZERO_DECIMALS = re.compile(r"([+-]?)([0-9]{1,3}(?:([\s,.'\u00a0\u202f])[0-9]{3})+|[0-9]+)([.,])(0+)")
"""A whole number shown with decimals: '2021.0' (a column of numbers saved by a data
desk's script), '2021,00' (a number cell in a sheet whose decimal mark is a comma, as
Excel's is in most of Europe, where it saves CSV with ';'), and with a thousands
separator as well, as Excel's Comma Style shows a number: '2,021.00', '2.021,00',
'2 021,00'. Its groups: the sign, the digits, the thousands separator, the decimal
mark and the zeros."""
_DAYS_WITH_TIME = re.compile(r"([0-9]{5,7})[.,]([0-9]+)")
"""A date and time as a spreadsheet stores it: days, and the fraction of a day."""
_DAY_NUMBERS = range(10_000, 2_958_466)
"""The days a spreadsheet stores a date as, counted from 1899-12-30 (Excel, Google Sheets,
LibreOffice and Numbers alike), that cannot be a year explainer has (1 to 9999): from
1927-05-18 to 9999-12-31. A date cell shown as a number is saved so in the CSV."""
_DAY_ZERO = datetime.datetime(1899, 12, 30)
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def sheet_order(
    rows: list[list[str]], columns: dict[int, str], path: str, reports: list[Report], header_row: int = 1
) -> bool | None:
    """Whether the sheet writes dates with slashes month first (True) or day first
    (False), as those of its dates that can be read one way only show (with dots: day
    first), when they all agree; None when none can, or they disagree. A sheet writes
    every date of its cells in the one order of the computer it was typed on, so
    '15/4/2021' in one row says that '3/4/2021' in another is 3 April; without such a
    row, '3/4/2021' is refused, with its readings. ``rows`` start at the header, which is
    the sheet's row ``header_row``."""
    shown: dict[bool, tuple[int, str]] = {}
    either: tuple[int, int, str, tuple[str, str]] | None = None
    year_columns = [i for i, column in sorted(columns.items()) if column in ("Year", "End Year")]
    for number, row in enumerate(rows[1:], start=header_row + 1):
        for i in year_columns:
            cell = row[i].strip() if i < len(row) else ""
            time = TIME_AT_END.search(cell)
            text = cell[: time.start()] if time else cell
            if _DOTTED.fullmatch(text) and suggest(text, allow_time=False) is not None:
                shown.setdefault(False, (number, cell))  # dots are day first, wherever used
            if (slashed := _SLASHED.fullmatch(text)) is None:
                continue
            if suggest(text, allow_time=False) is not None:
                first, second = int(slashed[1]), int(slashed[2])
                if first > 12 >= second:
                    shown.setdefault(False, (number, cell))
                elif second > 12 >= first:
                    shown.setdefault(True, (number, cell))
            elif either is None and (both := either_way(text)) is not None:
                either = (number, i, cell, both)
    if len(shown) != 1:
        return None
    ((month_first, (row_number, example)),) = shown.items()
    if either is not None:  # said once, so an editor can check the sheet did mean it
        number, column, cell, (day_first_reading, month_first_reading) = either
        order = "month" if month_first else "day"
        reports.append(
            Report(
                f"{path}:{number}:{column + 1}",
                f"'{shortened(cell)}' read {order} first "
                f"({month_first_reading if month_first else day_first_reading}), as are "
                f"all this sheet's dates with slashes: row {row_number} writes '{shortened(example)}', "
                f"which can only be {order} first",
            )
        )
    return month_first


def read_date(
    cells: dict[str, str], prefix: str, month_first: bool = False, order: bool | None = None
) -> dict[str, str]:
    """The date in the Year, Month, Day and Time cells (or End ...), as a TimelineJS date."""
    date: dict[str, str] = {}
    # A sheet typed in Persian or Arabic may hold '۲۰۱۱' and '۱۴:۴۶'.
    year, month, day, time = (ascii_digits(cells.get(prefix + c, "")) for c in DATE_COLUMNS)
    year, month, day = (_whole_number(cell) for cell in (year, month, day))
    if worded_year := _YEAR_AND_WORD.fullmatch(year):
        year = worded_year[1]
    days = _DAYS_WITH_TIME.fullmatch(year)
    if days and int(days[1]) in _DAY_NUMBERS and not (month or day):
        raise CellError(_stored_date(year, prefix, int(days[1]), float("0." + days[2])), f"{prefix}Year")
    if year:
        compact = _SEPARATORS.sub("", year)
        if _WHOLE.fullmatch(compact):
            if not (month or day) and int(compact) in _DAY_NUMBERS:
                raise CellError(_stored_date(year, prefix, int(compact), 0.0), f"{prefix}Year")
            date["year"] = str(int(compact))
        elif month or day:
            raise CellError(f"{prefix}Year '{shortened(year)}' is not a year", f"{prefix}Year")
        else:
            date.update(_whole_date(year, f"{prefix}Year", month_first, order))
    if month:
        number = int(month) if _SMALL.fullmatch(month) else month_number(month)
        if number is None:
            raise CellError(
                f"{prefix}Month '{shortened(month)}' is not a month (1 to 12, or its name)", f"{prefix}Month"
            )
        date["month"] = str(number)
    if day:
        if not _SMALL.fullmatch(day):
            raise CellError(f"{prefix}Day '{shortened(day)}' is not a day of the month", f"{prefix}Day")
        date["day"] = str(int(day))
    if time:
        date.update(parse_time(time, f"{prefix}Time"))
    return date


def _whole_number(cell: str) -> str:
    """``cell`` without the decimals of zeros a sheet may show a whole number with
    ('2021,00', '3.0', '2,021.00'), and then without its thousands separators; as it is
    otherwise. Three zeros after one to three digits ('2,000') are read as thousands, as
    '1,815' is, and so is a mark that also separates the thousands ('1,815,000')."""
    number = _ZERO_DECIMALS.fullmatch(cell)
    if number is None:
        return cell
    sign, digits, thousands, mark, zeros = number.groups()
    if thousands == mark or (not thousands and len(zeros) == 3 and len(digits) <= 3):
        return cell
    return sign + re.sub(r"[^0-9]", "", digits)


def _stored_date(cell: str, prefix: str, days: int, fraction: float) -> str:
    """What to say of a count of days in the Year cell (or End Year): the date a
    spreadsheet stores as that number, saved so when its cell is shown as a number."""
    # The time to the minute, within the day the count names: a fraction of 0.99999999
    # rounded to 24:00 was the next day, past 9999-12-31 (Python's last) after its last.
    minutes = min(round(fraction * 24 * 60), 24 * 60 - 1)
    moment = _DAY_ZERO + datetime.timedelta(days=days, minutes=minutes)
    parts = [str(moment.year), str(moment.month), str(moment.day)]
    columns = [f"{prefix}{name}" for name in DATE_COLUMNS]
    if fraction:
        parts.append(moment.strftime("%H:%M"))
    shown = moment.strftime("%Y-%m-%d %H:%M" if fraction else "%Y-%m-%d")
    return (
        f"{prefix}Year '{shortened(cell)}' is a date as a spreadsheet counts it, in days ({shown}), "
        f"not a year; format the cell as a date in the sheet, or write {', '.join(parts[:-1])} and "
        f"{parts[-1]} in the {', '.join(columns[: len(parts) - 1])} and {columns[len(parts) - 1]} columns"
    )


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{1,4})")
_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}\.\d{1,4}")
_DASHED = re.compile(r"(?:\d{1,2}-)?[^\W\d_]{3,}\.?-(\d{2}|\d{4})")
"""A date with its month named, as Excel shows a date cell in its formats with dashes:
'23-Mar-2021', 'Mar-2021', and with the year in two digits, '23-Mar-21', 'Mar-21'."""
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(\d{2})")
"""A date of numbers with the year in two digits: '3/23/21', '23.03.21'."""


def _whole_date(
    text: str, column: str, month_first: bool = False, order: bool | None = None
) -> dict[str, str]:
    """A date typed whole into the Year cell, as the sheet exports it."""
    parts: dict[str, str] = {}
    # With a 'T' before its time, as content files write it (a date the Year cell does not
    # read, as TimelineJS does not, without the offset either).
    spaced = _ISO_T.sub(" ", text)
    if (offset := _OFFSET_AT_END.search(spaced)) and TIME_AT_END.search(moment := spaced[: offset.start()]):
        _whole_date(moment, column, month_first, order)  # what else is wrong with it, said first
        raise CellError(_with_offset(text, moment, offset, column), column)
    if match := TIME_AT_END.search(text):
        parts.update(parse_time(match[1], column))
        text = text[: match.start()]
    if iso := _ISO.fullmatch(text.strip()):
        ymd = [iso[1], iso[2], *([iso[3]] if iso[3] else [])]
        return _day_of_its_month(_ymd(ymd), text, column) | parts
    # Before the first template's reading month first, which took '3/23/21' for the year 21.
    dashed, short = _DASHED.fullmatch(text.strip()), _TWO_DIGIT_YEAR.fullmatch(text.strip())
    year = dashed[1] if dashed else short[2] if short else ""
    if len(year) == 4:
        text = text.replace("-", " ")  # read as '23 Mar 2021' is
    elif year:
        raise CellError(
            f"{column} '{shortened(text)}' gives its year in two digits, which could be 19{year} or "
            f"20{year}; show the column's dates with the whole year in the sheet, or write the year, "
            "month and day in the Year, Month and Day columns",
            column,
        )
    if month_first and (slashed := _SLASHED.fullmatch(text.strip())):
        month, day, year = slashed.groups()
        return _day_of_its_month(_ymd([year, month, day]), text, column) | parts
    found = suggest(text, allow_time=False)  # a time was taken off above
    both = either_way(text) if found is None else None
    if both is not None and order is not None and _SLASHED.fullmatch(text.strip()):
        found = both[1] if order else both[0]
    if found is None and both is None and not month_first and (hint := _year_hint(text.strip(), column)):
        raise CellError(f"{column} '{shortened(text)}' is not a year{hint}", column)
    if found is None:
        ways = f" (it could be {both[0]}, day first, or {both[1]}, month first)" if both else ""
        raise CellError(
            f"{column} '{shortened(text)}' is not a year, and not a date that reads one way only{ways}; "
            "write the year, month and day in the Year, Month and Day columns",
            column,
        )
    return _ymd(found.split("-")) | parts


_DECADE = re.compile(r"([1-9]\d{2,3}0)[’']?s")
"""'1990s', '1850's': a decade, which a date cannot be."""
_SHORT_DECADE = re.compile(r"[’']?(\d0)[’']?s")
"""'90s', ''90s', '00s': a decade without its century, which the hint cannot tell (read
as a decade, '90s' was told to be written '90', a year the import then takes as the
year 90)."""
_BEFORE_YEAR_ONE = re.compile(r"\d+\s*(?:BCE?|B\.\s?C\.(?:\s?E\.)?)", re.IGNORECASE)
"""'44 BC', '196 B.C.', '3000 BCE': a year before year 1."""


_ISO_T = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})T(?=\d)")
"""The 'T' between a date and its time, as ISO 8601 and content files write it."""
_OFFSET_AT_END = re.compile(
    r"(?<=\d)\s*(?:Z|[+\-\u2212]\d{2}(?::?\d{2})?)$"
    r"|(?<!\s)\s+\(?(?:UTC|GMT)(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?\)?$"
)
"""A UTC offset after a time: '+05:00', '-0430', 'Z', ' UTC-3', ' (UTC+5:30)', ' GMT'."""


def _with_offset(cell: str, moment: str, offset: re.Match[str], column: str) -> str:
    """What to say of a whole date in ``column`` whose time has a UTC offset: TimelineJS's
    dates have no place for one, so the date without it, and the offset for the event's
    date in its file, as content dates write it ('2010-01-01T10:00+05:00')."""
    found = offset[0].strip().strip("()").replace("\u2212", "-")
    sign_hours_minutes = re.fullmatch(r"(?:UTC|GMT)?\s*(?:([+-])\s*(\d{1,2}):?(\d{2})?)?", found)
    if found == "Z" or sign_hours_minutes is None or not sign_hours_minutes[1]:
        shown = "Z"
    else:
        sign, hours, minutes = sign_hours_minutes.groups()
        shown = f"{sign}{int(hours):02d}:{minutes or '00'}"
    written = moment.strip()
    iso = re.sub(r"(?<=^\d{4}-\d{2}-\d{2}) (?=\d)", "T", written) if _ISO.match(written) else written
    if shown != "Z" and (int(shown[1:3]) > MAX_OFFSET_HOURS or int(shown[4:6]) > 59):
        # Not to be written in the event's file either: check refuses it.
        return (
            f"{column} '{shortened(cell)}' gives a UTC offset ({shown}) that is none (they run from "
            f"-{MAX_OFFSET_HOURS}:00 to +{MAX_OFFSET_HOURS}:00), and a sheet's date cannot carry one: "
            f"write '{written}' here, and after the import the offset in the event's date: "
            f"'date: {iso}+05:30', say (a time without one is on the clock of site.yaml's time_zone)"
        )
    return (
        f"{column} '{shortened(cell)}' gives a UTC offset ({shown}), which a sheet's date cannot carry: "
        f"write '{written}' here, and after the import the offset in the event's date: 'date: {iso}{shown}' "
        "(a time without one is on the clock of site.yaml's time_zone)"
    )


MAX_OFFSET_HOURS = 14
"""The most hours a UTC offset has, as check reads an event's date (Kiribati's +14:00)."""


def _year_hint(text: str, column: str) -> str:
    """What to write instead of the words or the decade in the Year cell (or End Year) that
    tell how well a date is known ('c. 1850', 'Spring 2010', '1990s'), which TimelineJS
    cannot read either: the date in the date columns, the words in Display Date; or why a
    year before year 1 cannot be."""
    if _BEFORE_YEAR_ONE.fullmatch(text):
        return ": a year before year 1, which explainer's dates cannot hold (they run from 1 to 9999)"
    start = column.removesuffix("Year")
    if short := _SHORT_DECADE.fullmatch(text):
        said = (
            f": a decade without its century; write its first year in {column} with its century, "
            f"not '{short[1]}'"
        )
    else:
        decade = _DECADE.fullmatch(text)
        worded = worded_date(text)
        if decade is None and worded is None:
            return ""
        date = worded[0] if worded is not None else ""
        if decade is not None:  # an end in a decade is at its last year: 1999 for the 1990s
            date = str(int(decade[1]) + 9) if start else decade[1]
        cells = [
            f"{int(part)} in {start}{name}" for part, name in zip(date.split("-"), DATE_COLUMNS, strict=False)
        ]
        said = f": write {' and '.join(cells)}"
    if start:  # an end has no words of its own: the Display Date is said of the whole span
        return f"{said} (words for the whole span go in Display Date)"
    return f"{said}, and '{shortened(text)}' in Display Date, which readers see"


def _day_of_its_month(date: dict[str, str], text: str, column: str) -> dict[str, str]:
    """``date``, read from ``text`` typed whole into ``column`` (the Year cell), when it is
    one; else CellError at that cell. A number under 1 shown as 'yyyy-mm-dd' reads
    '1900-01-00' (Excel's day 0): said later, it was put at the Day column, which the row
    left empty, not at the cell the editor has to change."""
    year, month, day = (int(date[part]) if part in date else None for part in ("year", "month", "day"))
    if year is None or month is None:
        return date
    said = ""
    if not 1 <= month <= 12:
        said = f"there is no month {month}"
    elif day is not None and not 1 <= day <= calendar.monthrange(max(year, 1), month)[1]:
        said = f"{MONTHS[month]} {year} has no day {day}"
    if said:
        raise CellError(f"{column} '{shortened(text.strip())}' is not a date: {said}", column)
    return date


def _ymd(numbers: list[str]) -> dict[str, str]:
    """Year, month and (if given) day, as TimelineJS date parts without leading zeros."""
    return {name: str(int(n)) for name, n in zip(("year", "month", "day"), numbers, strict=False)}
