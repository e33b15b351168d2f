"""A sheet's Time and End Time cells read as TimelineJS3 reads them: '23:00', '11:00 PM',
'2300', '23h00', '22:30 Uhr', the fraction of a day a time cell shown as a number saves, and the
marks of morning and afternoon of every shipped language ('4:45 م', '下午4:45'). A time
followed by a time zone is refused, saying what to write instead."""

from __future__ import annotations

import functools
import re

from generator.errors import invisible
from generator.importers.slides import CellError, shortened

# Both are searched for from the first space of a run only ('(?<!\s)'), where the
# leftmost match starts anyway: tried from each space of a long run, a cell of thousands
# of spaces took time as the square of their number (60,000: a minute).
_PERIOD = re.compile(r"(?<!\s)\s*([AaPp])\.?\s*[Mm]\.?\s*$")
TIME_AT_END = re.compile(r"(?<!\s)\s+(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?(?:\s*[AaPp]\.?\s*[Mm]\.?)?)$")
_FRACTION_OF_DAY = re.compile(r"0?[.,]([0-9]{3,})")
"""A time as a spreadsheet stores it, a fraction of a day ('0.6527777778' is 15:40), saved
so when its cell is shown as a number: more decimals than minutes have ('9.15' is 9:15)."""
_ROUND_FRACTION = re.compile(r"(0?)[.,]([0-9]{1,2})")
"""A fraction of a day with one or two decimals, as a time cell shown as a number saves
a round time ('0.5' is 12:00, '0.25' 6:00, '0,75' 18:00). Written '0.' with a dot, it
reads as minutes after midnight too ('0.25', 00:25), and which was meant cannot be told."""
_HOURS_H = re.compile(r"(\d{1,2})\s*h\s*(\d{2})?", re.IGNORECASE)
"""A time written as French, Portuguese and others write it: '15h40', '15 h 40', '15h'."""
_HOURS_WORD = re.compile(r"(?<=\d) ?(?:uhr|h|hrs?|horas?)\.?$", re.IGNORECASE)
"""The word for hours after a time, as German, Spanish and others write it ('22:30 Uhr',
'20.00 h', '20 Uhr'): TimelineJS reads the number before it, and the row was left out."""


_WORD_BEFORE = re.compile(r"\s*([^\W\d_]+\.?(?:\s+[^\W\d_]+\.?)?)\s+(?=\d)")
"""One or two words before a time, as a sentence says it: Italian 'ore 11.36' and
'alle ore 11.36', 'at 10:00', 'um 22:30 Uhr'. TimelineJS reads the hour's number from
the cell's start, finds a word there and shows an error in place of the slide."""


_ZONE = re.compile(
    r"(?<!\s)\s+\(?(?:(?![AP]\.?M\b)[A-Z]{2,5}|(?:UTC|GMT)\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?)\)?\s*$"
)
"""A time zone named after a time: 'CDT', 'BST', '(UTC+6)', 'GMT-5'."""


def parse_time(text: str, column: str = "Time") -> dict[str, str]:
    """The time in ``text`` (``_parse_time``); one followed by a time zone ('9:45 PM CDT'),
    which the column cannot hold, is refused saying what to write instead."""
    try:
        return _parse_time(text, column)
    except CellError:
        words = _WORD_BEFORE.match(text)
        if words is not None:
            time = text[words.end() :].strip()
            try:
                _parse_time(time, column)
            except CellError:
                pass
            else:
                raise CellError(
                    f"{column} '{shortened(text)}' has '{words[1]}' before its time, which TimelineJS "
                    f"cannot read: write '{time}', and the words in Display Date if readers need them, "
                    "as in '14 August 2018, at 11:36'",
                    column,
                ) from None
        zone = _ZONE.search(text)
        if zone is None:
            raise
        try:
            _parse_time(text[: zone.start()], column)
        except CellError:
            raise CellError(
                f"{column} '{shortened(text)}' is not a time such as 23:00 or 11:00 PM", column
            ) from None
        raise CellError(
            f"{column} '{shortened(text)}' names a time zone, which the column cannot hold (TimelineJS "
            f"misreads it): write '{text[: zone.start()].strip()}', and the time zone's offset in Display "
            "Date if readers need it, as in '20 April 2010, 21:45 (UTC-5)'",
            column,
        ) from None


def _parse_time(text: str, column: str = "Time") -> dict[str, str]:
    """``23:00``, ``23:00:00``, ``11:00 PM``, ``11 pm``, ``2300``, ``23.00``, ``23h00`` or ``23:00 Uhr``
    as hour, minute and (unless zero, as sheets add it to every time) second; and the
    fraction of a day a time cell shown as a number saves (``0.9583333333``)."""
    cell = text  # as the editor typed it, for the messages
    # Marks of direction a sheet in Arabic may set around a time ('4:45\u200f م').
    text = "".join(char for char in text if not invisible(char))
    period = None
    if match := _PERIOD.search(text):
        period = match[1].lower()
        text = text[: match.start()]
    else:
        text, period = _marked_period(text)
    text = _HOURS_WORD.sub("", text.strip()) if period is None else text.strip()
    if fraction := _FRACTION_OF_DAY.fullmatch(text):
        seconds = round(float("0." + fraction[1]) * 24 * 60 * 60) % (24 * 60 * 60)
        pieces = [str(seconds // 3600), str(seconds // 60 % 60), str(seconds % 60)]
    elif period is None and (short := _ROUND_FRACTION.fullmatch(text)) and _whole_minutes(short[2]):
        minutes = int(short[2]) * 24 * 60 // _scale(short[2])
        if short[1] and "." in text and minutes and int(short[2]) < 60:  # '0.25' reads as 00:25 too
            raise CellError(
                f"{column} '{shortened(cell)}' could be {minutes // 60:02}:{minutes % 60:02} (a time cell "
                f"the sheet shows as a number saves the fraction of the day) or 00:{int(short[2]):02}; "
                "show the column's times as times in the sheet, or type the time as it is (such as 23:00)",
                column,
            )
        pieces = [str(minutes // 60), str(minutes % 60)]
    elif hours := _HOURS_H.fullmatch(text):
        pieces = [hours[1], hours[2] or "0"]
    elif re.fullmatch(r"\d{3,4}", text):
        pieces = [text[:-2], text[-2:]]
    else:
        pieces = text.split(":") if ":" in text else text.split(".")
    try:
        hour = int(pieces[0])
        minute = int(pieces[1]) if len(pieces) > 1 else 0
        second = int(re.split(r"[.,]", pieces[2])[0]) if len(pieces) > 2 else 0
    except ValueError:
        raise CellError(
            f"{column} '{shortened(cell)}' is not a time such as 23:00 or 11:00 PM", column
        ) from None
    if period == "p" and hour != 12:
        hour += 12
    elif period == "a" and hour == 12:
        hour = 0
    if len(pieces) > 3 or not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
        raise CellError(f"{column} '{shortened(cell)}' is not a time such as 23:00 or 11:00 PM", column)
    out = {"hour": str(hour), "minute": str(minute)}
    if second:
        out["second"] = str(second)
    return out


@functools.cache
def _day_periods() -> dict[str, str]:
    """The marks of morning and afternoon of each shipped language that are not English
    letters (those are ``_PERIOD``'s), from CLDR through Babel, to 'a' or 'p': Arabic
    writes 4:45 PM '4:45 م' (a sheet in Arabic shows its times so, and saves them so in
    its CSV), Chinese '下午4:45', before the time. A mark two languages give both halves
    of the day would be left out; none is."""
    from generator.i18n.languages import available, resolve

    marks: dict[str, set[str]] = {}
    for catalog in available():
        language = resolve(catalog)
        if language is None:
            continue
        for widths in language.locale.day_periods.values():
            for periods in widths.values():
                for key, letter in (("am", "a"), ("pm", "p")):
                    mark = str(periods.get(key, "")).strip().lower()
                    if mark and not mark.isascii():
                        marks.setdefault(mark, set()).add(letter)
    return OLDER_MARKS | {mark: next(iter(halves)) for mark, halves in marks.items() if len(halves) == 1}


OLDER_MARKS = {"vorm.": "a", "nachm.": "p", "vorm": "a", "nachm": "p"}
"""Marks of morning and afternoon that CLDR no longer gives but sheets still show: German
'vorm.' and 'nachm.' (vormittags, nachmittags), which Excel and LibreOffice in German wrote
for a time on a clock of twelve hours ('2:30 nachm.') before CLDR's German took 'AM' and
'PM', and which a sheet saved then holds."""


def _marked_period(text: str) -> tuple[str, str | None]:
    """``text`` without the mark of morning or afternoon it starts or ends with in a
    shipped language (``_day_periods``), and that half of the day ('a', 'p'; None
    without one). The mark must stand apart from any other word: the time's digits or
    a space beside it ('4:45 اليوم' does not end in 'م')."""
    bare = text.strip()
    for mark, period in sorted(_day_periods().items(), key=lambda item: -len(item[0])):  # 'п.п.' before 'п'
        if bare.lower().endswith(mark) and _apart(bare[: -len(mark)][-1:]):
            return bare[: -len(mark)], period
        if bare.lower().startswith(mark) and _apart(bare[len(mark) :][:1]):
            return bare[len(mark) :], period
    return text, None


def _apart(beside: str) -> bool:
    """Whether the character beside a mark of the half of the day leaves it a word of
    its own: a digit, a space, or nothing."""
    return not beside or beside.isdigit() or beside.isspace()


def _whole_minutes(decimals: str) -> bool:
    """Whether the fraction of a day '0.<decimals>' is a whole number of minutes (a round
    time, as '0.5' and '0.25' are, where '0.01' is 00:14:24)."""
    return int(decimals) * 24 * 60 % _scale(decimals) == 0


def _scale(decimals: str) -> int:
    """What the number of ``decimals`` divides by: 10 for one, 100 for two."""
    return int("1" + "0" * len(decimals))
