"""TimelineJS dates as explainer dates: the date objects of a slide at the precision
they are written, its display date, and the UTC offset and ``date_phrase`` our own
export shows in it."""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from generator.content.datehints import month_number, suggest
from generator.content.dates import DateFormError, PartialDate, Precision, display_range, parse_date
from generator.content.model import Event
from generator.content.schema import DATE_PHRASES, SPAN_PHRASES
from generator.importers.html import shown_text
from generator.importers.slides import Report, Skip, Slide, shortened, text_at
from generator.render.timelinejs import DATE_PARTS

if TYPE_CHECKING:
    from babel import Locale

    from generator.i18n.dates import DateText


def given(value: Any) -> bool:
    """Whether a part of a date is given (a sheet leaves the parts it has not empty)."""
    return value is not None and str(value).strip() != ""


def to_date(value: Mapping[str, Any], slide: Slide, key: str) -> PartialDate:
    """A TimelineJS date object at the precision it gives; Skip if explainer has no such date."""
    parts: dict[str, int] = {}
    for name in DATE_PARTS:
        raw = value.get(name)
        if not given(raw):
            continue
        number = re.fullmatch(r"([+-]?\d+)(\.0+)?", str(raw).strip())
        if isinstance(raw, bool) or number is None:
            said = f"{name} '{shortened(raw)}' is not a whole number"
            if name == "month" and isinstance(raw, str) and (month := month_number(raw)) is not None:
                said += f': write "month": "{month}"'  # a sheet's Month may name it; JSON's may not
            elif name == "year" and isinstance(raw, str) and (whole := date_object(raw)):
                said += f" but a whole date: write {whole} as the date"
            raise Skip(slide.at(key, name), said)
        if len(number[1].lstrip("+-").lstrip("0")) > 9:  # no date part is that long (nor fits a float)
            raise Skip(slide.at(key, name), f"{name} '{shortened(raw)}' is far too large")
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
        raise Skip(slide.at(key, _part_at_fault(parts)), f"{text} is not a date: {exc}") from None


def _part_at_fault(parts: dict[str, int]) -> str:
    """The part of a date ``parse_date`` refused (``parts`` are each a whole number): the
    first it finds at fault, as its message says, the month of a month 13, the day of 31
    April, the hour of 24:00, the minute of 09:60; so that a sheet's report names the cell
    to correct (its Day, not its Year, where the date starts)."""
    if not 1 <= parts.get("month", 1) <= 12:
        return "month"
    if "day" in parts:
        try:
            parse_date(f"{parts['year']:04d}-{parts['month']:02d}-{parts['day']:02d}")
        except DateFormError:
            return "day"
    if not 0 <= parts.get("hour", 0) <= 23:
        return "hour"
    return "minute" if not 0 <= parts.get("minute", 0) <= 59 else "second"


def date_object(value: object) -> str:
    """``value``, a date written as text ('2014-04-20', '20 April 2014'), as TimelineJS's
    JSON writes a date (``{"year": "2014", "month": "4", "day": "20"}``), or "" when it
    is not plainly one date (a year alone is a whole number, not this)."""
    found = suggest(value) if isinstance(value, str) else None
    if found is None:
        return ""
    day, _, time = found.partition("T")
    numbers = [str(int(n)) for n in day.split("-")] + [str(int(n)) for n in time.split(":") if time]
    names = ("year", "month", "day", "hour", "minute", "second")
    return "{" + ", ".join(f'"{name}": "{n}"' for name, n in zip(names, numbers, strict=False)) + "}"


def report_millisecond(slide: Slide, key: str, reports: list[Report]) -> None:
    """A TimelineJS date may give milliseconds, where explainer's stop at seconds: any
    but 0 is reported as left out."""
    raw = slide.get(key, "millisecond")
    if given(raw) and str(raw).strip().lstrip("+-").strip("0.") != "":
        where = slide.at(key, "millisecond")
        reports.append(
            Report(where, f"millisecond '{shortened(raw)}' left out: explainer dates stop at seconds")
        )


def display_date(slide: Slide, reports: list[Report]) -> str:
    """The date as TimelineJS shows it, when the slide says: its own ``display_date``, or
    those of its start and end dates."""
    own = shown_text(text_at(slide, reports, "display_date"))
    if own:
        return own
    start, end = (
        shown_text(text_at(slide, reports, "start_date", "display_date")),
        shown_text(text_at(slide, reports, "end_date", "display_date")),
    )
    return f"{start} – {end}" if start and end else start


_UTC = re.compile(r"UTC(?:([+\-\u2212])(\d{1,2})(?::(\d{2}))?)?\)")
"""How a time's UTC offset is shown in a date as explainer shows it: '(UTC)', '(UTC+6)',
'(UTC-3:30)', '(بتوقيت UTC+3)' (the end of a span has its own); the pages write a
negative one with a minus sign, '(UTC−6)', the export with a hyphen."""

_HOUR_ZERO = re.compile(r"(?<!\d)0(?=\d:\d\d)")
"""The zero before an hour of one digit ('00:25', '09:05'), which some languages' pages
write (English) and others do not (Spanish '0:25')."""


_CLOCK_WORD = re.compile(r"(?<=\d:\d\d)[ \u00a0\u202f]?(?:Uhr\b|h\b|hrs\b\.?|hs\b|horas\b)")
"""The word German writes after a time ('22:30 Uhr'), as its pages do, which a sheet may
write or leave out, with any space before it; and Spanish's hours after one ('13:14 h',
Mexican papers' '13:14 hrs.', Argentine 'hs', '13:14 horas'), which a newsroom's sheet
writes where the pages write '13:14' alone."""


_WORD_OF_BOTH_TIMES = re.compile(r"(?<=\d:\d\d) ?(ч\.|น\.)(?=.*\d:\d\d(?::\d\d)? ?\1)")
"""The word Bulgarian ('ч.', for часа) and Thai ('น.', for นาฬิกา) pages write after a time
(CLDR's clocks end in it), after a time another one with it follows: pages wrote it after
both of two times ('22:30 ч. – 23:45 ч.', 'между 22:30 ч. и 23:45 ч.') until 7 December
2026, and now after the last alone ('22:30 – 23:45 ч.'), as German writes 'Uhr' once."""


_UHR_AFTER_BOTH = re.compile(r"(?<=\d:\d\d) ?Uhr[ \u2009]?–[ \u2009]?(?=\d{1,2}:\d\d ?Uhr\b)")
"""German's 'Uhr' after the first of two times of one day, and a spaced dash before the
second: a German export's '22:30 Uhr – 23:45 Uhr' says what the pages write
'22:30–23:45 Uhr' (CLDR's span of two times, the dash unspaced and the word once)."""


_NEWS_CLOCK = re.compile(r"(?<![\w:])(\d{1,2}) ?h ?(\d{2})(?:min(\d{2})s)?(?![\w:])")
"""A time as Brazilian pages write it ('12h28', '5h30min07s'), which a sheet, or an export
made before they did, writes '12:28' and '05:30:07'; and as French news writes it, the 'h'
between spaces ('18 h 18'), where French pages write '18:18'."""


def _colon_clock(found: re.Match[str]) -> str:
    """The time ``_NEWS_CLOCK`` found, as a clock writes it: '12:28', '5:30:07'."""
    return f"{found[1]}:{found[2]}" + (f":{found[3]}" if found[3] else "")


_DOTTED_CLOCK = re.compile(r"(?:(?<=\bkl\. )|(?<=\bob[ \u00a0]))(\d{1,2})\.(\d{2})(?!\d)")
"""A time after Norwegian 'kl.' written with a dot ('kl. 03.55'), as Norwegian usage has it
beside the colon the pages write ('kl. 03:55'); and after Slovenian 'ob' ('at'), which the
Slovenian pages write with a dot ('ob 14.30') and a sheet may with a colon ('ob 14:30')."""


_HOUR_WORD = re.compile(r",? (?:la )?(?:ora|orele) (\d{1,2})[:.](\d{2})(?!\d)")
"""A time after Romanian 'ora' ('the hour'), 'la ora' ('at the hour') or 'orele', with a
colon or a dot, as Romanian news writes a date's time ('30 octombrie 2015, ora 22:32',
'... ora 22.32'), where the pages write CLDR's '30 octombrie 2015, 22:32'."""


_BEFORE_UTC = re.compile(r"(?<=\()[^()\d]*?(?=UTC)")
"""The words some languages' pages write before a time's UTC offset, in its brackets:
Arabic 'بتوقيت' ('(بتوقيت UTC+3)'), Persian 'به وقت'."""


_NO_BREAK_SPACE = re.compile("[\u00a0\u2007\u202f]")
"""The spaces a line does not break at: a no-break, a figure and a narrow no-break space."""


_SPACED_DASH = re.compile("[ \u2009\u200a]*([\u2013\u2014])[ \u2009\u200a]*")
"""A span's en or em dash with the spaces either side of it, plain, thin or hair: pages
write a span in one month without them ('12.–13. März 2024') and one across months with
thin ones ('12. März\u2009–\u200913. April 2024'), where a newsroom's sheet types plain
spaces ('12. – 13. März 2024'). The dash itself is kept: Russian pages write an em dash."""


def _loosely(text: str) -> str:
    """``text``, a date, as compared with the way explainer shows it: an hour written with
    or without its zero, a negative UTC offset with a minus sign or a hyphen, the offset
    with or without the words before it, and a time with or without German's 'Uhr' after
    it, say the same date. A Spanish sheet's '00:25 (UTC-6)' is how a newsroom types what
    Spanish pages write '0:25 (UTC−6)', an Arabic timeline's '18:07 (UTC+3)' what Arabic
    pages write '18:07 (بتوقيت UTC+3)', a German one's '22:30' what German pages write
    '22:30 Uhr', a Brazilian one's '12:28' what Brazilian pages write '12h28', a Norwegian
    one's 'kl. 03.55' what Norwegian pages write 'kl. 03:55', a Romanian one's '30 octombrie
    2015, ora 22:32' what Romanian pages write '30 octombrie 2015, 22:32', an export's
    Bulgarian '22:30 ч. – 23:45 ч.' what pages now write '22:30 – 23:45 ч.' (and Thai's
    'น.' so: ``_WORD_OF_BOTH_TIMES``), a German '22:30 Uhr – 23:45 Uhr' what pages write
    '22:30–23:45 Uhr' (``_UHR_AFTER_BOTH``). A no-break
    space is a space: Russian pages write '25 ноября 2018\u202fг.' (CLDR's narrow one),
    which a newsroom's sheet types with a plain space or a no-break one; and a span's
    dash is read with or without spaces round it (``_SPACED_DASH``)."""
    text = _NO_BREAK_SPACE.sub(" ", text)
    text = _WORD_OF_BOTH_TIMES.sub("", text)
    text = _UHR_AFTER_BOTH.sub("–", text)
    text = _NEWS_CLOCK.sub(_colon_clock, text)
    text = _DOTTED_CLOCK.sub(r"\1:\2", text)
    text = _HOUR_WORD.sub(r", \1:\2", text)
    text = _SPACED_DASH.sub(r"\1", text)
    return _HOUR_ZERO.sub("", _CLOCK_WORD.sub("", _BEFORE_UTC.sub("", text.replace("\u2212", "-"))))


@dataclass(frozen=True)
class Shown:
    """How a display date says the dates, where it is exactly how explainer shows them."""

    circa: bool = False
    """Approximate: 'c. 1990', 'vers 1990'."""
    phrase: str | None = None
    """Worded as a ``date_phrase``: 'Between 7 and 15 April 2010' is 'between'."""


def with_offset(
    date: PartialDate, end: PartialDate | None, display: str, languages: Sequence[str] = ()
) -> tuple[PartialDate, PartialDate | None]:
    """The dates with the UTC offsets their display date names, when it is exactly how
    explainer shows them with those, in any language ``as_shown`` reads (TimelineJS dates
    have no time zone; our export shows it in the display date)."""
    offsets = list(dict.fromkeys(_offset(found) for found in _UTC.finditer(display)))
    if not offsets or (date.hour is None and (end is None or end.hour is None)):
        return date, end
    if len(offsets) > 2:
        # Explainer shows one offset for each end at most: this is not its wording, and
        # trying every pair of a sheet cell's hundreds of offsets would take hours.
        return date, end
    starts = [None, *offsets] if date.hour is not None else [None]
    ends = [None, *offsets] if end is not None and end.hour is not None else [None]
    for start_offset in starts:
        for end_offset in ends:
            if start_offset is None and end_offset is None:
                continue  # as given: not zoned
            zoned = replace(date, offset=start_offset)
            zoned_end = replace(end, offset=end_offset) if end is not None else None
            if as_shown(display, zoned, zoned_end, languages) is not None:
                return zoned, zoned_end
    return date, end


def _offset(found: re.Match[str]) -> int:
    """The UTC offset ``_UTC`` found, in minutes."""
    sign = -1 if found[1] in ("-", "\u2212") else 1
    return sign * (int(found[2] or 0) * 60 + int(found[3] or 0))


def as_shown(
    display: str, date: PartialDate, end: PartialDate | None, languages: Sequence[str] = ()
) -> Shown | None:
    """How ``display`` says the dates, where it is how explainer shows them, in English,
    in a language it has a catalog for or in one of ``languages`` (those of the site the
    story is imported into: 'en-US' writes 'March 4, 2026'): so a TimelineJS file in
    French, our own export of a French story among them, loses its display dates too.
    As they are, approximate ('c. 1990', 'vers 1990') or worded as a ``date_phrase``
    ('Between 7 and 15 April 2010', 'Entre le 7 et le 15 avril 2010'); None when it
    says something else."""
    from generator.i18n.dates import for_tag
    from generator.i18n.languages import ascii_digits, available

    # Pages in Persian write '۱۱ مارس ۲۰۱۱', and a sheet typed in Persian does too;
    # the export (and the dates compared here) have 0-9.
    display = _loosely(ascii_digits(display))
    if display in ("", _loosely(display_range(date, end))):
        return Shown()
    if display == _loosely(display_range(date, end, circa=True)):
        return Shown(circa=True)
    phrases = DATE_PHRASES if end is not None else tuple(p for p in DATE_PHRASES if p not in SPAN_PHRASES)
    # A time alone ('vers 21:45') has its minutes and no year: the others are not
    # compared with it, which would double the time a sheet's own words take to read.
    alone = (
        end is None
        and str(date.year) not in display
        and (date.minute is None or f"{date.minute:02d}" in display)
    )
    for tag in dict.fromkeys((*available(), *languages)):
        words = for_tag(tag, minus="-")  # as the export writes a negative UTC offset
        # Thai exports before 6 December 2026 wrote Gregorian years ('6 ธันวาคม ค.ศ. 2025',
        # now '6 ธันวาคม 2568'), Hindi, Tamil, Telugu and Filipino ones a 24-hour clock
        # ('19:30', now 'शाम 7:30 बजे'), and every language an approximate time on its
        # whole date ('c. 4 August 2020, 18:08', now '4 August 2020, c. 18:08'): each is
        # read as the export of now.
        writers: tuple[DateText, ...] = (
            (words, for_tag(tag, minus="-", news_forms=False)) if words.writes_news_forms else (words,)
        )
        writers += _earlier_wording(tag)  # and in a catalog's words since reworded
        # A cell is the first words of a slide's date, and a newsroom starts it with a
        # capital ('Vers 1345') where the pages write 'vers 1345', as in a sentence.
        shown = _lower_first(_as_before(display, words.locale))
        for writer in writers:
            for circa in (False, True):
                written = _as_before(_loosely(writer.span(date, end, circa=circa)), words.locale)
                if shown == _lower_first(written) or (
                    alone and shown == _time_alone(writer, date, end, circa)
                ):
                    return Shown(circa=circa)
            for phrase in phrases:
                if shown == _lower_first(
                    _as_before(_loosely(writer.phrase(phrase, date, end)), words.locale)
                ):
                    return Shown(phrase=phrase)
    return None


EARLIER_WORDING: dict[str, dict[tuple[str | None, str], str]] = {
    "hy": {
        (context, "Between %(start)s and %(end)s"): "Ժամանակահատվածը՝ %(start)s – %(end)s"
        for context in (None, "a day")
    },
}
"""The words a language's catalog gave a date phrase before it was reworded, by the
message's context and text, for exports made then: Armenian pages wrote 'between' as
'Ժամանակահատվածը՝ 7 – 15 ապրիլի, 2010 թ.' ('the period: ...') until 6 December 2026,
now '7 – 15 ապրիլի, 2010 թ. միջակայքում' ('in the interval ...'). The two times of a day
had no words of their own then, so the writer of before the news forms reads them."""


class _Reworded(gettext.NullTranslations):
    """A catalog that answers the messages of ``wording`` with their earlier words, and
    every other as ``catalog`` does."""

    def __init__(
        self, catalog: gettext.NullTranslations, wording: Mapping[tuple[str | None, str], str]
    ) -> None:
        super().__init__()
        self._catalog = catalog
        self._wording = wording

    def gettext(self, message: str) -> str:
        return self._wording.get((None, message)) or self._catalog.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        return self._wording.get((context, message)) or self._catalog.pgettext(context, message)


@cache
def _earlier_wording(tag: str) -> tuple[DateText, ...]:
    """The writer of ``tag``'s dates in the words its catalog had before (``EARLIER_WORDING``),
    as before the news forms; none for a language never reworded."""
    from generator.i18n.catalogs import translations
    from generator.i18n.dates import DateText
    from generator.i18n.languages import written_in

    language = written_in(tag)
    wording = EARLIER_WORDING.get(language.locale.language)
    if wording is None:
        return ()
    messages = _Reworded(translations(language.catalog), wording)
    return (DateText(language, messages, minus="-", news_forms=False),)


def _time_alone(writer: DateText, date: PartialDate, end: PartialDate | None, circa: bool) -> str | None:
    """The time of ``date`` as a timeline entry after one of its day shows it, without
    its day ('vers 21:45'), as ``as_shown`` compares a cell with it; None for a span or a
    date without a time. A newsroom's sheet tells an evening hour by hour with the hour
    alone in its display dates ('Vers 21 h 45'): kept as written, it was the event's date
    on its own page, where no day was then said."""
    if end is not None or date.precision <= Precision.DAY:
        return None
    parts = writer.day_and_time(Event(id="", title="", date=date, summary="", circa=circa))
    if parts is None:
        return None
    return _lower_first(_as_before(_loosely(parts[1]), writer.locale))


def _lower_first(text: str) -> str:
    """``text`` with its first letter in lower case: a date is the same date whether it
    starts a cell ('Vers 1345') or a sentence's part ('vers 1345')."""
    return text[:1].lower() + text[1:]


_KYRGYZ_GOVERNED = re.compile(r"(?:-жыл)?(?:[дт][аеоө]н|[гк][аеоө])?ь? (тартып|чейин)$")
"""The end of a Kyrgyz 'from' or 'until' phrase: the case ending its date's last word
takes ('-жылдан', 'дан', 'га') or the soft sign it had before it took one."""
_FIRST_OF_MONTH = re.compile(r"\b1er\b")
_FIRST_AS_ORDINAL = re.compile(r"(?<!\d)1[º°](?=\s)")
"""The first of a month as Brazilian and Italian pages write it since 5 December 2026,
'1º de junho', '1º agosto', or with the degree sign a keyboard has ('1° agosto')."""
_ELIDED = re.compile(r"\b([Dd])’(?=\w)")
_BETWEEN_BEFORE = {
    # At the start only, where the phrase is: tried from every word, a long cell of the
    # phrase's first words and no 'по' took time as the square of its length.
    "ru": (re.compile(r"\AВ период с (.+) по (.+)"), r"Между \1 и \2"),
    "uk": (re.compile(r"\AУ період з (.+) по (.+)"), r"Між \1 і \2"),
}


def _as_before(text: str, locale: Locale) -> str:
    """``text``, a date as explainer shows it in the language of ``locale``, as it was
    written before 2 December 2026, so that a TimelineJS file exported before then is read
    as one exported now: the first of a month in French was '1 juin' (now '1er juin'), in
    Brazilian Portuguese '1 de junho' (now '1º de junho', since 5 December 2026), a
    French 'de' before a vowel was not elided ('de avril', now 'd’avril'), and Russian and
    Ukrainian wrote a month after a word as it stands ('С апрель', now 'С апреля'), a span
    of months or years 'Между апрель и август' (now 'В период с апреля по август'), and
    the first of a month in Italian was '1 agosto' (now '1º agosto'; an editor types
    '1° agosto'); Kyrgyz joined two dates with ' - ' (now ' – ') and wrote the date
    before 'тартып' and 'чейин' as it stands ('7-апрель тартып', now '7-апрелден тартып'):
    both are compared without the case ending or the soft sign before it ('7-апрел тартып')."""
    if locale.language == "fr":
        return _ELIDED.sub(r"\1e ", _FIRST_OF_MONTH.sub("1", text))
    if locale.language in ("pt", "it"):
        return _FIRST_AS_ORDINAL.sub("1", text)
    if locale.language == "ky":
        # The dash as ``_loosely`` leaves it, without the spaces pages write round it.
        return _KYRGYZ_GOVERNED.sub(r" \1", text.replace("\u2013", " - "))
    if locale.language in _BETWEEN_BEFORE:
        months, alone = _months_alone(locale)
        pattern, before = _BETWEEN_BEFORE[locale.language]
        return pattern.sub(before, months.sub(lambda found: alone[found[0]], text))
    return text


@cache
def _months_alone(locale: Locale) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of ``locale``'s month names in their format form (the genitive, in
    Russian: 'апреля'), and each one's stand-alone form ('апрель')."""
    names, alone = locale.months["format"]["wide"], locale.months["stand-alone"]["wide"]
    forms = {names[n]: alone[n] for n in names}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b"), forms


ENGLISH_EXAMPLES = "2010, April 2010, 7 April 2010"
"""A year, a month and a day as an editor may write a date in a slide: what ``check``
reads (``datehints.suggest``), in English."""

_EXAMPLE_DATES = (PartialDate(2010, 4), PartialDate(2010, 4, 7))


@cache
def date_examples(language: str | None, also: str = "") -> str:
    """``ENGLISH_EXAMPLES``, with the month and the day as ``language`` writes them where
    ``check`` reads them so ('in Portuguese, abril de 2010 or 7 de abril de 2010'): an
    editor types them into their own story, in its language. A pt-BR newsroom was shown
    English forms alone. Each is kept only if it reads back as its date; Thai's day
    ('7 เมษายน ค.ศ. 2010') and Vietnamese's ('tháng 4 năm 2010') do not, and are left out.
    ``also``: one more English example, after the others ('2010-04-07')."""
    english = f"{ENGLISH_EXAMPLES} or {also}" if also else ENGLISH_EXAMPLES
    if language is None:
        return english
    from generator.i18n.dates import for_tag  # CLDR's words, read only for this message
    from generator.i18n.languages import name_in_english, primary

    if primary(language) == "en":
        return english
    writer = for_tag(language, news_forms=False)  # CLDR's Gregorian forms, as check reads them
    written = []
    for date in _EXAMPLE_DATES:
        text = " ".join(writer.date(date).replace("\u202f", " ").replace("\u00a0", " ").split())
        if text not in ENGLISH_EXAMPLES and _reads_as(text) == date:
            written.append(text)
    if not written:
        return english
    return f"{english}; in {name_in_english(language)}, {' or '.join(written)}"


def _reads_as(text: str) -> PartialDate | None:
    """The date ``check`` reads ``text`` as (``datehints.suggest``), if one."""
    form = suggest(text)
    try:
        return parse_date(form) if form else None
    except DateFormError:
        return None
