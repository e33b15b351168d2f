"""Dates as readers of each language read them, from CLDR's patterns through Babel.

Every precision of the content contract has its form: a year, a month, a day, a time
with its UTC offset, spans within a month, across months and across years (CLDR's
interval formats), and approximate dates. Patterns are looked up and parsed once per
language and each formatted date is remembered, so a site of 10,000 events pays for
each distinct date once.
"""

from __future__ import annotations

import datetime
import functools
import gettext
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import NamedTuple

from babel import Locale
from babel.core import get_global
from babel.dates import (
    DateTimeFormat,
    DateTimePattern,
    get_timezone,
    get_timezone_name,
    match_skeleton,
    parse_pattern,
)

from generator.content.dates import MINUS, PartialDate, Precision, offset_text, zone_offset
from generator.content.model import Event
from generator.i18n.catalogs import translations
from generator.i18n.languages import Language, capital_first, written_in
from generator.patterns import later

_SHORT_MONTH = re.compile(r"(?<![ML])([ML])\1\1(?![ML])")
"""An abbreviated month field (MMM, or LLL standing alone)."""
_ABBREVIATED_MONTH_DOT = re.compile(r"(?<![ML])([ML])\1\1\.( y)?")
"""An abbreviated month with its abbreviation's dot, and the year after it if any ('MMM. y'),
as CLDR's Georgian spans write it ('dd MMM. y – d MMM. y')."""
_NUMBERED_MONTH = re.compile(r"(?<![ML'])M\.")
"""A month written as its number with a dot after it ('d. M. y'), as CLDR's Czech spans of
days write it ('17.–18. 4. 2010'), where its long date names the month ('19. dubna
2010')."""

SEPARATORS = " \u00a0\u2009\u202f–—-~～至"
"""What may stand between the two halves of a span in CLDR's patterns."""

WORD_JOINER = "\u2060"

NO_BREAK_SPACES = {" ": "\u00a0", "\u2009": "\u202f"}
"""The no-break space of each space a span's pattern puts around its dash, as wide as
it (the narrow one, U+202F, for the thin space of '30 March\u2009–\u20092 April')."""

Interval = dict[str, tuple[DateTimePattern, DateTimePattern]]
"""A span's two halves, by the largest field that differs ('y', 'M' or 'd')."""

FIRST_OF_MONTH = {"fr": "er", "it": "º"}
"""Languages that write the first day of a month as an ordinal, and its ending: French
has '1er juin 2025' ('1 juin' reads as a mistake), and Italian '1º agosto 2019' (read
'primo': 'Dal 1 agosto' read as 'dal uno', which would be 'Dall’1'), which CLDR's
patterns do not say. Brazilian Portuguese does too (``BRAZILIAN``), Portugal's does not."""

BRAZILIAN = frozenset({"pt", "pt_BR"})
"""Babel's names of the locales whose pages are written as Brazil writes: pt-BR, and pt,
which CLDR makes Brazil's (Portugal's is pt-PT)."""

BRAZILIAN_FIRST_OF_MONTH = "º"
"""The ending of the first day of a month in Brazil: '1º de dezembro de 2026' ('1 de
dezembro' reads as a mistake to Brazilian readers)."""


CLOCK_WORD = {"de": "Uhr"}
"""Languages whose news writes a word after a time of day, which CLDR's patterns leave
out: German datelines and timelines read '14. Juli 2021, 22:30 Uhr' ('22:30' alone reads
as a machine's). It is kept to its time by a no-break space. (Hindi's, Tamil's and Telugu's,
after a time on a clock of twelve hours, are ``DAY_PERIOD_CLOCK``'s.)"""

CLOCK_BEFORE = {"fi": "klo", "da": "kl.", "et": "kell", "lv": "plkst.", "is": "kl."}
"""Languages whose news writes a word before a time of day, which CLDR's patterns leave
out: Finnish has '18. elokuuta 2017 klo 16.02', Danish '3. juli 2022 kl. 17.37', Estonian
'28. september 1994 kell 1.22', Latvian '2013. gada 21. novembris plkst. 17:41' (pulksten,
'at the clock'), Icelandic '14. apríl 2010 kl. 09:00' (klukkan, as CLDR's is long
pattern has it), and a time alone 'kl. 17.48'; without it the year and the time ran
together, '2017 16.02', which reads as a year and a date (16 February). It is kept to its
time by a no-break space; a span of times of one day has it once, before the first ('klo
16.02–16.05')."""


AT_TIME = {
    "nb": "{1} kl.\u00a0{0}",
    "hr": "{1} u\u00a0{0}",
    "sr": "{1} у\u00a0{0}",
    "sr_Latn": "{1} u\u00a0{0}",
    "ur": "{1} کو\u00a0{0}",
    "ps": "{1} په\u00a0{0}",
    "sl": "{1} ob\u00a0{0}",
    "mk": "{1} во\u00a0{0}",
    "is": "{1} {0}",  # its word, 'kl.', is the time's own (CLOCK_BEFORE)
    # No word, but a comma: CLDR's '{1} {0}' ran the year into the time.
    "bn": "{1}, {0}",
    "sw": "{1}, {0}",
}
"""Languages whose news joins a date and its time with a word, and how: Norwegian writes
'30. desember 2020 kl. 03:55', Croatian '29. prosinca 2020. u 12:19', Slovenian '4. avgusta
2023 ob 14:30' (Babel's medium pattern wrote '4. avgust 2023, 14:30'), as CLDR's pattern for
a date at a time ('atTime', which Babel does not read) has it; the medium one Babel gives,
'30. desember 2020, 03:55', '29. prosinca 2020. 12:19', reads as a machine's (Croatian's
two numbers in a row as one). The word is kept to its time by a no-break space. Serbian
writes 'у' ('1. новембар 2024. у 11:52') and, in Latin letters ('sr_Latn', a language
and its script, found before the language alone), 'u'; Urdu '22 مئی، 2020 کو 14:40' ('on');
Macedonian 'во' ('6 август 2016 г. во 21:00', where CLDR's medium pattern has '6 август 2016
г., 21:00').
Icelandic writes 'kl.' before any time, also alone, so its date and time are joined by a
space alone ('14. apríl 2010 kl. 09:00', where Babel's medium pattern put a comma).
Bengali and Swahili join them with a comma, as their news's datelines do ('৫ নভেম্বর,
২০১৫, ০৯:৩০', '5 Novemba 2015, 09:30'), where CLDR's '{1} {0}' wrote the year and the time
as one run of numbers ('২০১৫ ০৯:৩০'). Swahili's time is the 24-hour clock's digits alone:
'saa' before a time is read on the Swahili clock, counted from six ('saa 3:00 asubuhi' is
9 am), so 'saa 09:30' would be read as 3:30 in the afternoon."""


OFFSET_APART = frozenset({"lv"})
"""Languages whose time with its word before it and its UTC offset is too wide for the
timeline's date column (144 px at 1280 px) when all are tied: Latvian's 'plkst. 17:41
(UTC+2)' is 146 px, and the column broke it inside the brackets, '(UT' over 'C+2)'. The
offset may go to a line of its own, as '(بتوقيت UTC+2)' does; the word stays with its time."""


MONTH_OF_YEAR = {"lv": "y. 'gada' MMMM", "ps": "MMMM y"}
"""Languages whose CLDR month of a year ('yMMMM') is mistyped, and the pattern to use
instead: Latvian's has a dot after 'gada' ("y. 'gada'. MMMM"), and pages read '2013. gada.
novembris' beside '2013. gada 21. novembris' (its long date) and CLDR's own 'GyMMMM',
"y. 'gada' MMMM, G". Pashto's is the root locale's ('y MMMM'), which CLDR's ps does not
replace: pages read '۲۰۲۰ مارچ' beside its own long date '۷ مارچ ۲۰۲۰' ('d MMMM y'), and
the date column broke 'شاوخوا ۲۰۲۰' over its month."""


SPAN_PATTERNS: dict[str, dict[str, dict[str, tuple[str, str]]]] = {
    "ps": {
        "yMMMd": {"d": ("d–", "d MMM y"), "M": ("d MMM – ", "d MMM y"), "y": ("d MMM y – ", "d MMM y")},
        "yMMMM": {"M": ("MMMM–", "MMMM y"), "y": ("MMMM y – ", "MMMM y")},
        "MMMd": {"d": ("d–", "d MMM"), "M": ("d MMM – ", "d MMM")},
    },
}
"""Languages whose CLDR spans (interval formats, by skeleton and the largest field that
differs) are not their own, and the patterns to use instead, written as CLDR writes
them (months made whole and days unpadded after, as any language's). CLDR's ps has
none of its own for a day or a month of a year, and takes the root locale's, year first
('۲۰۱۰ اپریل ۷–۹', '۲۰۱۰ مارچ–مۍ'), with an English comma across years ('اپریل ۷, ۲۰۰۹
– مۍ ۹, ۲۰۱۰'), beside its own long date '۷ اپریل ۲۰۱۰' and month 'مارچ ۲۰۱۰'
(``MONTH_OF_YEAR``): Pashto news (BBC Pashto, Mashaal Radio, Afghanistan International)
writes a day before its month and the year last, as those do, so a span is '۷–۹ اپریل
۲۰۱۰', '۷ اپریل – ۹ مۍ ۲۰۱۰', 'مارچ–مۍ ۲۰۱۰', joined as Arabic's and Urdu's are. Its
days of a month alone ('d–d MMMM') are CLDR's own already."""


NEWS_CLOCK = dict.fromkeys(BRAZILIAN, ("H'h'mm", "H'h'mm'min'ss's'")) | {"et": ("H.mm", "H.mm.ss")}
NEWS_CLOCK |= dict.fromkeys(("sl", "sl_SI"), ("H.mm", "H.mm.ss"))
NEWS_CLOCK |= dict.fromkeys(("it", "it_IT"), ("H:mm", "H:mm:ss"))
"""Locales (Babel's names) whose news writes a time of day otherwise than CLDR's clock,
and the time's patterns to the minute and to the second: Brazilian newsrooms write 'às
12h28' and '5h30' ('12:28' reads as a machine's), and seconds '12h28min30s'. Portugal's
('pt-PT') keeps CLDR's. Estonian news writes the hour unpadded with a dot after it, 'kell 1.22'
and 'kell 19.15', where CLDR's et has '01:22'. Slovenian writes the hour and its minutes
with a dot, the hour without a zero, as its orthography and news do ('ob 14.30', 'ob 6.00';
CLDR's sl has '06:00'). Italian news writes the hour without a zero, 'alle 9:37', "all’1:30"
(CLDR's it has '01:30', and "verso l’01:30" read as a machine's)."""


class DayPeriodClock(NamedTuple):
    """How a language's news writes a time on a clock of twelve hours with the part of the
    day it is in: patterns of the time to the minute, on the hour (None: as to the minute)
    and to the second, their 'B' the part of the day; the parts of the day, each from its
    first hour (0-23) to the next one's; the word written after a time ('' for none),
    kept to it by a no-break space, as ``CLOCK_WORD``'s; and the word after one o'clock
    where it is another, in the singular ('' for the same)."""

    minute: str
    hour: str | None
    second: str
    periods: tuple[tuple[int, str], ...]
    word: str = ""
    one: str = ""
    exact: tuple[tuple[int, str], ...] = ()
    """The words a time exactly on one of these hours (0-23) is written as instead."""


DAY_PERIOD_CLOCK = {
    "hi": DayPeriodClock(
        "B\u00a0h:mm",
        "B\u00a0h",
        "B\u00a0h:mm:ss",
        ((0, "तड़के"), (4, "सुबह"), (12, "दोपहर"), (16, "शाम"), (20, "रात")),
        "बजे",  # o'clock
    ),
    "ta": DayPeriodClock(
        "B h.mm",  # a line may end after the part: 'அதிகாலை 12.30 மணி' is wider than the date column
        "B h",
        "B h.mm.ss",
        ((0, "அதிகாலை"), (6, "காலை"), (12, "மதியம்"), (16, "மாலை"), (19, "இரவு")),
        "மணி",  # hours
    ),
    "te": DayPeriodClock(
        "B h.mm",  # a line may end after the part: 'సాయంత్రం 7.30 గంటలకు' tied is wider than the date column
        "B h",
        "B h.mm.ss",
        ((0, "తెల్లవారుజామున"), (6, "ఉదయం"), (12, "మధ్యాహ్నం"), (16, "సాయంత్రం"), (20, "రాత్రి")),
        "గంటలకు",  # at ... hours
        "గంటకు",  # at one hour: 'మధ్యాహ్నం 1 గంటకు', as 'ఒంటి గంటకు' is said
    ),
    "fil": DayPeriodClock(
        "h:mm B",  # a line may end after the time: '4:30 ng madaling-araw' is wider than the date column
        None,
        "h:mm:ss B",
        (
            (0, "ng\u00a0madaling-araw"),
            (5, "ng\u00a0umaga"),
            (12, "ng\u00a0tanghali"),
            (13, "ng\u00a0hapon"),
            (18, "ng\u00a0gabi"),
        ),
    ),
    # American news (AP style) writes '1:25 a.m.' and on the hour '11 a.m.', lower case
    # with points, where CLDR's en_US has '1:25 AM' and the pages wrote '01:25'; and
    # 'noon' and 'midnight', not '12 p.m.' and '12 a.m.', which readers mix up.
    "en_US": DayPeriodClock(
        "h:mm\u00a0B",
        "h\u00a0B",
        "h:mm:ss\u00a0B",
        ((0, "a.m."), (12, "p.m.")),
        exact=((0, "midnight"), (12, "noon")),
    ),
}
"""Languages whose news writes a time of day on a clock of twelve hours with the part of
the day before or after it, where CLDR's patterns (and so the pages) wrote 24 hours
('19:30', as a phone's clock does): Hindi news writes 'शाम 7:30 बजे', and on the hour 'शाम 5
बजे और रात 9 बजे' (India News), the minutes left out; Tamil 'காலை 11 மணி முதல் இரவு 8.30 மணி
வரை' (Way2News), a dot between hour and minutes, 'இரவு 7 மணி' for 7 in the evening; Telugu
'ఉదయం 10.30 గంటలకు'; Filipino '4:00 ng hapon', 'alas 5 ng umaga hanggang alas 10 ng gabi',
'alas 5 ng hapon hanggang alas 8 ng gabi' (GMA), the part after the time, the minutes kept.
The word after a time ('बजे') is the table's too. The parts of the day are this table's, not
CLDR's flexible day periods (pattern letter 'B', which Babel formats from CLDR): CLDR's
Filipino names 6 to 12 in the morning 'madaling-araw' (dawn) and 1 to 6 'ng umaga', and 4
in the afternoon 'ng gabi' (night); its Tamil writes 6 to 9 in the evening 'அந்தி மாலை'
(dusk), its Telugu 4 in the morning 'రాత్రి' (night), and each a word of its own for
midnight and noon exactly ('मध्यरात्रि', 'நண்பகல்'). Hindi's part of the day and time are
kept together by no-break spaces, and Filipino's part is kept whole ('ng\u00a0hapon'); a
Filipino time may end a line before its part, as '4:30 ng madaling-araw' tied was wider than
the timeline's date column (144 px at 1280 px), which broke it inside 'madaling'; so may a
Tamil or Telugu time after its part of the day, as 'அதிகாலை 12.30 மணி' and 'సాయంత్రం 7.30
గంటలకు' tied were wider than that column in Noto Sans Tamil and Telugu, which broke them
inside a number ('12.3' over '0 மணி') or a word ('గంట' over 'లకు'); the time stays tied to
its word after it ('12.30\u00a0மணி'). The hours
after midnight take the word of the early morning, which belongs to the day it is in
('बुधवार तड़के 4 बजे', Wednesday before dawn): 'तड़के', 'அதிகாலை', 'తెల్లవారుజామున', 'ng
madaling-araw'. A night is named by the day it begins ('बुधवार रात 12 बजे', Wednesday's
night, is Thursday's first hour), so '12 नवंबर 2025, रात 12:30 बजे' for half past midnight
on 12 November read as a day later, and so did Tamil's 'நள்ளிரவு' (midnight), Telugu's
'అర్ధరాత్రి' and Filipino's 'ng hatinggabi'."""


ERA_YEARS = {"th": (543, "พ.ศ.")}
"""Languages whose news counts years in another era than the Gregorian one Babel formats
(it knows no other calendar), the years to add to a Gregorian year, and the era's
abbreviation: Thai news (Thairath, Thai PBS, Matichon, Khaosod) writes the Buddhist Era,
'6 ธ.ค. 2568' and 'ธันวาคม 2568' for 6 December 2025 (CLDR's th-TH-u-ca-buddhist), where the
pages wrote '6 ธันวาคม ค.ศ. 2025' (CLDR's Gregorian long date names its era, 'G'). A date
with its day or month writes the year alone, as the news does; a year standing alone, or a
span of years, has the era before it ('พ.ศ. 2568', 'พ.ศ. 2563–2568'), as Thai print writes
a year standing alone: Thai news writes years of the Common Era too (a review of the world's
year, 'ปี 2025', in MGR Online), and a year alone in the date column or the overview strip
has no month beside it to say which era it counts. Machine-readable dates
(``<time datetime>``, exports, feeds' dates, the sitemap) stay Gregorian: they are not
written here."""


class NewsFormat(DateTimeFormat):
    """Babel's formatter of a date's fields, with a year in another era (``ERA_YEARS``) and
    the parts of the day of a clock of twelve hours (``DAY_PERIOD_CLOCK``) where the
    language's news writes them."""

    def __init__(
        self,
        value: datetime.date | datetime.time,
        locale: Locale,
        *,
        era: tuple[int, str] | None = None,
        periods: tuple[tuple[int, str], ...] = (),
    ) -> None:
        super().__init__(value, locale)
        self.era = era
        self.periods = periods

    def format_year(self, char: str, num: int) -> str:
        if self.era is None or not isinstance(self.value, datetime.date):
            return super().format_year(char, num)
        year = self.format(self.value.year + self.era[0], num)
        return year[-2:] if num == 2 else year

    def format_era(self, char: str, num: int) -> str:
        return self.era[1] if self.era is not None else super().format_era(char, num)

    def format_period(self, char: str, num: int) -> str:
        if char != "B" or not self.periods or isinstance(self.value, datetime.date):
            return super().format_period(char, num)
        return day_period(self.periods, self.value.hour)


def period_clock(locale: str, language: str) -> DayPeriodClock | None:
    """The clock of twelve hours ``locale``'s news writes (``DAY_PERIOD_CLOCK``), by its
    country where that has its own ('en_US': American news writes '1:25 a.m.' where
    British news writes '01:25'), else by its language; None for CLDR's 24 hours."""
    return DAY_PERIOD_CLOCK.get(locale) or DAY_PERIOD_CLOCK.get(language)


def day_period(periods: tuple[tuple[int, str], ...], hour: int) -> str:
    """The part of the day of ``periods`` (``DayPeriodClock``) that ``hour`` is in."""
    return next(name for first, name in reversed(periods) if hour >= first)


DAYS_ALONE = {"ko": "MMMd"}
"""Languages whose CLDR span of days of one year written without it ('MMMMd') joins them
with another mark than their other spans, and the span to use instead: Korean's is the
root's dash, '3월 23일 – 4월 3일' in the overview strip beside '2021년 3월 23일~4월 3일' and
'4월~8월' (its 'MMMd', the same months in Korean, has '~')."""


HYPHEN_JOINED = frozenset({"ky", "el"})
"""Languages whose CLDR spans join two dates with a hyphen-minus between spaces ('{0} -
{1}'), written an en dash instead: Kyrgyz dates hold hyphens of their own ('5-октябрь',
'2020-ж.'), and '4-октябрь 2020-ж. - 10-январь 2021-ж.' read as one more of them; Kyrgyz
print, as Russian, joins a span with a dash. Greek's fallback ('{0} - {1}', for a span of
times across days) is the one of its spans with a hyphen: its others have an en dash
('28 Φεβρουαρίου 2023 – 3 Φεβρουαρίου 2024'), as Greek print writes them."""


NO_COMMA_BEFORE_YEAR = frozenset({"ms"})
"""Languages whose CLDR span of days in two months of one year puts a comma before the
year where none of their other dates has one, written without it: Malay's 'd MMM, y' wrote
'31 Mac – 28 April, 2014' beside '8–10 Mac 2014' and '28 April 2014', and Malaysian print
writes no comma before a year."""


EN_DASH_FALLBACK = {"da": "{0}–{1}", "sl": "{0} – {1}"}
"""Languages whose CLDR fallback span (two dates each written whole: a day and its time to
another day, a year to a day) joins them with a hyphen where all their other spans have an
en dash, and the pattern to use instead: Danish's '{0}-{1}' wrote '3. juli 2022 kl.
17.37-3. juli 2023' and '2022-30. juni 2023' (which reads as a date in numbers) beside
'3. juli 2022–3. juli 2023' and '3.–4. juli 2022', as Danish print joins a span. Slovenian's
is spaced, as its other spans of more than one word are (``SPACED_DASH``)."""


SPACED_DASH = frozenset({"sl"})
"""Languages whose orthography spaces the dash between two ends of a span when one is of
more than one word, where CLDR's patterns do not: Slovenian writes '31. julija – 6.
avgusta 2023' and '30. decembra 2023 – 3. januarja 2024' (the dash 'nestični'), but
'4.–6. avgusta 2023', 'avgust–oktober 2023' and '2023–2024' (one word each side); CLDR's
sl wrote '31. julija–6. avgusta 2023', which reads as one word."""


MONTH_GOVERNED = frozenset({"ru", "uk", "pl", "cs", "sk", "hr", "lt"})
"""Languages whose words before a month put it in the genitive: Russian 'с апреля',
'до апреля', 'ок. апреля', Ukrainian 'з квітня', Polish 'od kwietnia', 'do października',
Czech 'od dubna', 'do října', 'kolem dubna', Slovak 'od mája', 'okolo mája', Croatian 'od
prosinca', 'do ožujka', 'oko prosinca', Lithuanian 'nuo 2024 m. lapkričio', 'iki sausio',
not 'с апрель', 'od kwiecień', 'od duben', 'od máj', 'od prosinac', 'nuo 2024 m. lapkritis'.
CLDR writes a month alone in its stand-alone form ('апрель 2010 г.', 'kwiecień 2010',
LLLL) and has the genitive as its format form (MMMM, as in '7 апреля', '7 kwietnia'),
which a phrase's month takes in these languages."""


BOTH_ENDS_GOVERNED = frozenset({"pl", "cs", "sk", "hr", "lt"})
"""Languages of ``MONTH_GOVERNED`` whose 'between' of months or years governs both ends:
Polish 'od kwietnia do sierpnia 2010', Czech 'od dubna do srpna 2010', Slovak 'od mája
do augusta 2024', Croatian 'od siječnja do ožujka 2021.' ('do' takes the genitive too),
Lithuanian 'nuo 2024 m. rugsėjo iki lapkričio' ('iki' too), where Russian says 'с апреля по
август', its last month as it stands."""


MONTH_ALONE_NAMED = frozenset({"lt"})
"""Languages whose CLDR month without its year (the skeleton 'MMM') is its number, written by
its name instead, as their long dates and spans of months name it: Lithuanian's is 'MM', and
the overview strip labelled the months after '2025' '05' and '11', where its spans read
'rugsėjis–lapkritis'; now 'gegužė', 'lapkritis'."""


SPAN_WORDS = {"lt": ("m.", "d.")}
"""Languages whose CLDR spans leave out the words their long date writes after the year and
after the day, and those words: Lithuanian's long date is '2024 m. lapkričio 25 d.' ('m.'
for 'metai', year, 'd.' for 'diena', day), its spans '2024 lapkričio 25–27' and '2024
lapkričio 25 – gruodžio 3', a year's and a day's numbers among words with nothing to say
what they are. Lithuanian print writes '2024 m. lapkričio 25–27 d.' and '2024 m. lapkričio
25 d. – gruodžio 3 d.': the day's word once after a span of days of one month."""

_SPAN_YEAR = later(r"(?<![y'])(y+)(?=[ \u00a0\u2009])")
"""A year field with a space after it, in a span's half ('y LLLL–'), not a span of years
('y–')."""

_SPAN_DAY = later(r"(?<![d'])(d)(?=[ \u00a0\u2009]+[–—-]|$)")
"""A day field that ends a span's half, or its date before a spaced dash ('MMMM d – '): not
the first day of '25–27', which shares the last's word."""


ELISION = {"fr": re.compile(r"\b([Dd])e (?=[aeiouyàâæéèêëîïôœùûüAEIOUYÉ])")}
"""Languages whose 'de' before a vowel is elided, and where: French has 'À partir
d’avril 2010' and 'd’octobre' ('de avril' reads as a mistake); the catalog's 'À partir de
%(date)s' cannot know the month that follows."""


_PADDED_DAY = re.compile(r"(?<!d)dd(?!d)")
"""A day of the month written with two digits ('07')."""

_ITALIAN_BARE = later(r"\b(Da|da|Tra|tra|a|e) (?=\d)")
"""An Italian preposition or 'e' straight before a year, which Italian gives its
article: 'Dal 2005', 'Fino al 2005', 'Tra il 2005 e il 2010' ('Da 2005' reads as a
mistake); a month takes none ('Da aprile 2010')."""

_ITALIAN_ARTICLE = {"Da": "Dal", "da": "dal", "Tra": "Tra il", "tra": "tra il", "a": "al", "e": "e il"}

_ITALIAN_BEFORE_VOWEL = later(r"\b(il|Il|al|Al|dal|Dal|del|Del|nel|Nel) (?=(?:8\d*|11)\b)")
"""An Italian article before a number said with a vowel first ('otto', 'undici'),
which elides it: 'l’8 aprile', 'dall’11 aprile', 'dell’8–9 maggio'."""

_ITALIAN_AD = later(r"\b([Aa]) (?=[aA])")
"""Italian 'a' before a word starting with 'a': 'Fino ad aprile', 'ad agosto'."""


def _italian(text: str) -> str:
    """``text``, a date phrase in Italian, with the articles and elisions Italian
    writes, which the catalog's 'Da %(date)s' cannot know: the date may be a year, a
    month or a day, and a day may be the 8th or the 11th."""
    text = _ITALIAN_BARE().sub(lambda found: _ITALIAN_ARTICLE[found[1]] + " ", text)
    text = _ITALIAN_BEFORE_VOWEL().sub(
        lambda found: {"il": "l’", "Il": "L’"}.get(found[1], found[1] + "l’"), text
    )
    text = _ITALIAN_AD().sub(r"\1d ", text)
    return _ITALIAN_ONE_OCLOCK().sub("\\1 l’", text)


_ITALIAN_ONE_OCLOCK = later(r"\b(verso|tra|e) le[ \u00a0](?=1\D)")
"""Italian's approximate time ('verso le 23:00') at one o'clock, which is 'l’una', one
hour, not 'le' hours: "verso l’1:30", and so between two times, "tra l’1:10 e le 13:30".
(The space before the time may be a no-break one, ``_about``.)"""

_SPANISH_ONE_OCLOCK = later(r"\b(hacia|entre|y) las(?=[ \u00a0]1\D)")
"""Spanish's approximate time ('hacia las 23:00') at one o'clock, which is 'la una', one
hour: 'hacia la 1:30', and so between two times, 'entre la 1:10 y las 13:30'."""


def _spanish(text: str) -> str:
    """``text``, a Spanish date, with the article of its approximate time in the number of
    its hour, which the catalog's 'hacia las %(time)s' cannot know: 'hacia la 1:30'."""
    return _SPANISH_ONE_OCLOCK().sub("\\1 la", text)


_PORTUGUESE_ONE_OCLOCK = later(r"\bpor volta das(?=[ \u00a0][01]\D)")
"""Portuguese's approximate time ('por volta das 23h') at one o'clock or in the hour
after midnight, one hour ('uma hora', 'zero hora'), not hours: 'por volta da 1h30'."""


def _portuguese(text: str) -> str:
    """``text``, a Portuguese date, with the article of its approximate time in the number
    of its hour, which the catalog's 'por volta das %(time)s' cannot know: 'por volta da
    1h30', 'por volta da 0h15'."""
    return _PORTUGUESE_ONE_OCLOCK().sub("por volta da", text)


WINTER_NAMED = {
    "hu": ((", téli idő", ""), ("téli ", "")),
    "lv": (("ziemas ", ""),),
    "lt": (("žiemos ", ""),),
    "el": (("Χειμερινή ώρα", "Ώρα"),),
    "he": ((" (חורף)", ""),),
    "ky": (("кышкы ", ""),),
}
"""The languages whose CLDR standard names of time zones are their winter time's
('indiai téli idő', Hungarian's 'India winter time'; 'Indijas ziemas laiks' in Latvian),
with the words that say winter and what is written in their place: a zone without summer
time is said without them ('indiai idő'), as CLDR's generic names say it ('kínai idő'
beside 'kínai téli idő'). Greenwich's 'greenwichi középidő, téli idő' is 'greenwichi
középidő'."""

_KYRGYZ_GOVERNED = later(r"(\S+) (тартып|чейин)$")
"""The last word of a Kyrgyz date phrase's date, and the postposition after it that
puts it in a case: 'тартып' ('from') takes the ablative, 'чейин' ('until') the dative."""

_KYRGYZ_NUMBERS = {
    0: "нөл",
    1: "бир",
    2: "эки",
    3: "үч",
    4: "төрт",
    5: "беш",
    6: "алты",
    7: "жети",
    8: "сегиз",
    9: "тогуз",
} | {10: "он", 20: "жыйырма", 30: "отуз", 40: "кырк", 50: "элүү"}
"""The last word said of a clock's number (0-59): '18' is said 'он сегиз', '50' 'элүү'.
A case ending agrees with it ('18:50дөн', '18:00ден')."""

_KYRGYZ_LOW_VOWEL = dict.fromkeys("аыяую", "а") | dict.fromkeys("оё", "о") | dict.fromkeys("еэи", "е")
_KYRGYZ_LOW_VOWEL |= dict.fromkeys("өү", "ө")
"""The vowel of a Kyrgyz ending with a low vowel ('-дан', '-га'), by the word's last
vowel: 'октябрдан', 'августка', 'ондон', 'апрелден', 'элүүдөн'."""


def _kyrgyz_case(word: str, postposition: str) -> str:
    """``word`` (the sound of it: a month without its soft sign, a number's last word)
    with the ending ``postposition`` asks for: ablative before 'тартып', dative before
    'чейин'; voiceless after a voiceless consonant ('марттан', 'мартка')."""
    vowel = next((_KYRGYZ_LOW_VOWEL[letter] for letter in reversed(word) if letter in _KYRGYZ_LOW_VOWEL), "а")
    voiceless = word[-1] in "пткшчсфхцщ"
    if postposition == "тартып":
        return ("т" if voiceless else "д") + vowel + "н"
    return ("к" if voiceless else "г") + vowel


def _kyrgyz_governed(word: str, postposition: str) -> str:
    """``word``, the last of a date in a Kyrgyz phrase, in the case of ``postposition``:
    a year alone '2005-жылдан', a month '7-апрелден', a time '18:50дөн'. Anything else
    (a time's '(UTC+6)') is left as it stands."""
    if word.isdigit():
        return f"{word}-жыл" + _kyrgyz_case("жыл", postposition)
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", word):
        parts = [int(part) for part in word.split(":")]
        said = next((part for part in reversed(parts) if part), 0)
        spoken = _KYRGYZ_NUMBERS[said % 10 or said]
        return word + _kyrgyz_case(spoken, postposition)
    month = re.fullmatch(r"((?:\d+-)?)([а-яөүң]+?)ь?", word)
    if month:
        return month[1] + month[2] + _kyrgyz_case(month[2], postposition)
    return word


def _kyrgyz(text: str) -> str:
    """``text``, a date phrase in Kyrgyz, with the date before 'тартып' ('from') and
    'чейин' ('until') in the case they govern, which the catalog's '%(date)s тартып'
    cannot write: '2010-ж., 7-апрелден тартып', '2005-жылга чейин', not '7-апрель
    тартып'."""
    return _KYRGYZ_GOVERNED().sub(lambda found: f"{_kyrgyz_governed(found[1], found[2])} {found[2]}", text)


@functools.cache
def _greek_months() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """Greek's months as they stand (CLDR's stand-alone 'Απρίλιος'), each with its
    accusative ('Απρίλιο': every Greek month ends in -ος, which drops the ς) and its
    genitive (CLDR's format form, 'Απριλίου'); and a pattern of the months as they stand.
    Read from CLDR when a Greek phrase is first written, not at import."""
    months = Locale.parse("el").months
    standing = months["stand-alone"]["wide"]
    accusative = {standing[m]: standing[m].removesuffix("ς") for m in standing}
    genitive = {standing[m]: months["format"]["wide"][m] for m in standing}
    return accusative, genitive, re.compile("|".join(map(re.escape, standing.values())))


_GREEK_FROM_UNTIL = later(r"^(Από|Έως) (?:(\d+)$|(\d{1,2}) |(\S+) (\d+)$)")
"""'Από' ('from') or 'Έως' ('until') before a year alone, a day, or a month and its year."""

_GREEK_BETWEEN = later(r"\b(Μεταξύ|και) (\S+)")
"""'Μεταξύ ... και ...' ('between ... and ...') and the word after each."""

_GREEK_ONE_OCLOCK = later(r"\bγύρω στις(?=[ \u00a0]0?1\D)")
"""Greek's approximate time ('γύρω στις 23:00') at one o'clock, which is 'μία', one hour,
and takes the singular 'στη': 'γύρω στη 01:30', its hour padded as a time alone is
('01:30')."""


def _greek(text: str) -> str:
    """``text``, a date phrase in Greek, with the article and case the catalog's 'Από
    %(date)s' cannot know: a year takes 'το' ('Από το 2005'), a day 'τις' ('Από τις 7
    Απριλίου 2010', 'την 1η' on the first), a month the accusative with 'τον' and its year
    the genitive 'του' ('Έως τον Οκτώβριο του 2011'); after 'Μεταξύ' and 'και' a month is
    in the genitive ('Μεταξύ Απριλίου και Αυγούστου 2010'). CLDR's month alone is written
    as the subject of a sentence is, and the pages read 'Από Απρίλιος 2010'."""
    accusative, genitive, month = _greek_months()

    def from_until(found: re.Match[str]) -> str:
        word, year, day, name, its_year = found.groups()
        if year:
            return f"{word} το {year}"
        if day:
            return f"{word} την 1η " if day == "1" else f"{word} τις {day} "
        if name in accusative:
            return f"{word} τον {accusative[name]} του {its_year}"
        return found[0]

    def between(found: re.Match[str]) -> str:
        name = found[2]
        return f"{found[1]} {genitive[name]}" if month.fullmatch(name) else found[0]

    text = _GREEK_BETWEEN().sub(between, _GREEK_FROM_UNTIL().sub(from_until, text))
    return _GREEK_ONE_OCLOCK().sub("γύρω στη", text)


_CZECH_BARE_YEAR = later(r"\b([Oo]d|[Dd]o|kolem) (?=\d{4}(?!\d)(?![\s\u2060]*[–—-]))")
"""'od', 'do' or 'kolem' straight before a year alone, not a span of years."""


def _czech(text: str) -> str:
    """``text``, a Czech date phrase, with 'roku' ('of the year') between 'od', 'do' or
    'kolem' and a year alone, as Czech says it: 'Od roku 2010', 'V období od roku 2010 do
    roku 2012', 'kolem roku 2010', not 'Od 2010', 'kolem 2010'. A month or a day names
    its year already ('Od dubna 2010'); a span of years ('kolem 2005–2010') is left as it is."""
    return _CZECH_BARE_YEAR().sub(r"\1 roku ", text)


_SLOVAK_BARE_YEAR = later(r"\b([Oo]d|[Dd]o|okolo) (?=\d{4}(?!\d)(?![\s\u2060]*[–—-]))")


def _slovak(text: str) -> str:
    """``text``, a Slovak date phrase, with 'roku' ('of the year') between 'od', 'do' or
    'okolo' and a year alone, as Slovak says it, as Czech does: 'Od roku 2024', 'V období
    od roku 2024 do roku 2025', 'okolo roku 2024', not 'Od 2024'. A month or a day names
    its year already ('Od mája 2024'); a span of years is left as it is."""
    return _SLOVAK_BARE_YEAR().sub(r"\1 roku ", text)


_CATALAN_BEFORE_NUMBER = later(r"(?<!\S)(de|a|Entre|entre|i) (?=(\d+)(?![\d:]))")
"""A Catalan preposition or 'i' straight before a day or a year, which Catalan gives its
article: 'Des del 2005', 'Fins al 21 de gener', 'Entre el 7 i el 15 d’abril' ('Des de
2005' and 'Entre 7 i 15' read as mistakes); a time ('10:00') is left alone."""

_CATALAN_ARTICLE = {"de": "del", "a": "al", "Entre": "Entre el", "entre": "entre el", "i": "i el"}

_CATALAN_ELIDED = {"de": "de l’", "a": "a l’", "Entre": "Entre l’", "entre": "entre l’", "i": "i l’"}
"""The same before a number said with a vowel first, 1 ('u') and 11 ('onze'), whose
article is elided: 'Des de l’1 d’abril', 'Fins a l’11 d’octubre', 'Entre l’1 i l’11'."""

_CATALAN_DE_BEFORE_VOWEL = later(r"\b([Dd])e (?=[aeiouàèéíïòóúüh])")
"""Catalan 'de' before a vowel (a month: abril, agost, octubre), elided: 'Des d’abril'."""


def _catalan(text: str) -> str:
    """``text``, a date phrase in Catalan, with the articles and elisions Catalan writes,
    which the catalog's 'Des de %(date)s' cannot know: the date may be a year ('Des del
    2005'), a month ('Des de març', 'Des d’abril') or a day, and a day may be the 1st or
    the 11th ('Des de l’1 d’abril', not 'Des del 1')."""

    def article(found: re.Match[str]) -> str:
        elided = found[2] in ("1", "11")
        return _CATALAN_ELIDED[found[1]] if elided else _CATALAN_ARTICLE[found[1]] + " "

    text = _CATALAN_BEFORE_NUMBER().sub(article, text)
    text = _CATALAN_ONE_OCLOCK().sub("\\1 la", text)
    return _CATALAN_DE_BEFORE_VOWEL().sub("\\1’", text)


_CATALAN_ONE_OCLOCK = later(r"\b(cap a|entre|i) les(?=[ \u00a0]1\D)")
"""Catalan's approximate time ('cap a les 23:00') at one o'clock, 'la una', one hour:
'cap a la 1:30', and so between two times, 'entre la 1:10 i les 13:30'."""


_FINNISH_MONTH = r"[a-zäö]+kuu"
"""A Finnish month as CLDR writes it alone ('huhtikuu'): every one ends in 'kuu', which
takes its case endings as it stands ('huhtikuusta', 'huhtikuuhun', 'huhtikuun')."""

_FINNISH_FROM_UNTIL = later(rf"^(?:(\d+)|({_FINNISH_MONTH}) (\d+)) (alkaen|asti)$")
"""A year alone, or a month and its year, before 'alkaen' ('from') or 'asti' ('until')."""

_FINNISH_CASES = {"alkaen": ("Vuodesta", "sta"), "asti": ("Vuoteen", "hun")}
"""What 'alkaen' and 'asti' put a year and a month in: the elative ('Vuodesta 2010
alkaen', 'huhtikuusta'), the illative ('Vuoteen 2011 asti', 'lokakuuhun')."""

_FINNISH_BETWEEN_YEARS = later(r"^(\d+) ja (\d+) välillä$")

_FINNISH_BETWEEN_MONTH = later(rf"\b({_FINNISH_MONTH})(?= (?:ja|\d))")
"""A month in a Finnish 'between', either end: 'välillä' governs both in the genitive."""

_FINNISH_BETWEEN_YEAR = later(r"(^|ja )(?=\d+ (?:ja|välillä))")
"""A year alone at either end of a Finnish 'between' whose other end is a month: it
takes 'vuoden' ('of the year'), as a number alone cannot show the genitive."""


def _finnish(text: str) -> str:
    """``text``, a date phrase in Finnish, with a year or a month in the case the
    postposition after it governs, which the catalog's '%(date)s alkaen' cannot write:
    'Vuodesta 2010 alkaen', 'Huhtikuusta 2010 alkaen', 'Vuoteen 2011 asti',
    'Lokakuuhun 2011 asti', 'Vuosien 2010 ja 2012 välillä', 'Huhtikuun ja elokuun 2010
    välillä'. CLDR's month alone is the nominative ('huhtikuu 2010'), and the pages read
    'huhtikuu 2010 alkaen'. A day needs no ending: its number is read as an ordinal in
    the right case and its month is already in the partitive ('7. huhtikuuta 2010
    alkaen'). The phrase opens with a capital, as the catalog's words do elsewhere."""
    found = _FINNISH_FROM_UNTIL().match(text)
    if found:
        year, month, its_year, word = found.groups()
        year_word, ending = _FINNISH_CASES[word]
        if year:
            return f"{year_word} {year} {word}"
        return f"{month.capitalize()}{ending} {its_year} {word}"
    if not text.endswith(" välillä"):
        return text
    years = _FINNISH_BETWEEN_YEARS().match(text)
    if years:
        return f"Vuosien {years[1]} ja {years[2]} välillä"
    text = _FINNISH_BETWEEN_YEAR().sub(r"\1vuoden ", _FINNISH_BETWEEN_MONTH().sub(r"\1n", text))
    return text[0].upper() + text[1:]


_HUNGARIAN_BARE_YEAR = later(r"(?<![\d.])(\d{3,4})\.(?= (?:óta|körül|és|között)(?!\w))")
"""A year alone as CLDR writes it, with its dot ('2010.'), before a Hungarian postposition
or 'és' ('and'). The dot makes it an ordinal, which Hungarian writes only before the
month it is the year of ('2010. április'): '2010 óta', '2010 körül', '2010 és 2012 között'
read '2010. óta'."""

_HUNGARIAN_UNTIL_ZONE = later(r" (\([^()]*\))-ig$")
"""'-ig' ('until') after a time's UTC offset, which belongs after the time itself."""

_HUNGARIAN_UNTIL_DOT = later(r"\.-ig$")
"""'-ig' after a number's dot (a year alone, '2011.', or a day, '4.')."""

_HUNGARIAN_UNTIL_WORD = later(r"(?<=[^\W\d_])-ig$")
"""'-ig' after a word (a month), which takes it with no hyphen."""

_HUNGARIAN_DAY_BEFORE_AND = later(r"(?<=[^\W\d_] )(\d{1,2}) és ")
"""A day before 'és' ('and') as CLDR's span of days writes its first end, without the
dot every Hungarian day has ('október 4–7.' cut at its dash)."""


def _hungarian(text: str) -> str:
    """``text``, a Hungarian date phrase, with the endings and dots Hungarian writes, which
    the catalog's '%(date)s-ig' ('until') cannot know: '-ig' joins a number with a hyphen
    and without its dot ('2011-ig', 'október 4-ig'), a month with none ('2010. áprilisig'),
    and a time before its UTC offset ('12:25-ig (UTC+2)'), where the pages read '2011.-ig',
    'április-ig' and '(UTC+2)-ig'; a year alone loses its dot before 'óta', 'körül' and
    'és' ('2010 óta'), and a day before 'és' keeps it ('október 4. és 7. között', where the
    span's first end had none). '-ig' takes no vowel harmony, as '-tól'/'-től' ('from')
    would: 'from' is worded '%(date)s óta' ('since'), for an event still going on."""
    text = _HUNGARIAN_UNTIL_ZONE().sub(r"-ig \1", text)
    text = _HUNGARIAN_UNTIL_DOT().sub("-ig", text)
    text = _HUNGARIAN_UNTIL_WORD().sub("ig", text)
    text = _HUNGARIAN_BARE_YEAR().sub(r"\1", text)
    return _HUNGARIAN_DAY_BEFORE_AND().sub(r"\1. és ", text)


_SLOVENIAN_GENITIVE = {
    "januar": "januarja",
    "februar": "februarja",
    "marec": "marca",
    "april": "aprila",
    "maj": "maja",
    "junij": "junija",
    "julij": "julija",
    "avgust": "avgusta",
    "september": "septembra",
    "oktober": "oktobra",
    "november": "novembra",
    "december": "decembra",
}
"""Slovenian months (CLDR's sl, whose format and stand-alone forms are both these
nominatives) and their genitives."""

_SLOVENIAN_MONTH = "|".join(_SLOVENIAN_GENITIVE)

_SLOVENIAN_AFTER_DAY = later(rf"(?<=\d\.[ \u00a0])({_SLOVENIAN_MONTH})\b")
"""A Slovenian month after its day ('4. avgust')."""

_SLOVENIAN_GOVERNED = later(rf"\b((?:[Oo]d|[Dd]o|okoli) )({_SLOVENIAN_MONTH})\b")
"""A month straight after 'od' ('from'), 'do' ('until') or 'okoli' ('about')."""

_SLOVENIAN_SPAN_END = later(
    rf"\b({'|'.join(_SLOVENIAN_GENITIVE.values())})([\s\u2060]*[–—-][\s\u2060]*)({_SLOVENIAN_MONTH})\b"
)
"""The second month of a span whose first is in the genitive ('okoli avgusta–oktober')."""

_SLOVENIAN_BARE_YEAR = later(r"\b([Oo]d|[Dd]o|okoli) (?=\d{4}(?!\d)(?![\s\u2060]*[–—-]))")
"""'od', 'do' or 'okoli' straight before a year alone, not a span of years."""


def _slovenian(text: str) -> str:
    """``text``, a Slovenian date or date phrase, with its months in the genitive after a
    day ('4. avgusta 2023', '4.–6. avgusta 2023'), as Slovenian writes a date, and after
    'od', 'do' and 'okoli', which govern it ('Od avgusta 2023', 'okoli avgusta–oktobra
    2023'), and 'leta' ('of the year') between those words and a year alone ('Od leta
    2023', 'okoli leta 2023'). CLDR's sl writes every month in the nominative, and the
    pages read '4. avgust 2023', 'Od avgust 2023', 'Do 15. marec 2024'."""
    genitive = _SLOVENIAN_GENITIVE.__getitem__
    text = _SLOVENIAN_AFTER_DAY().sub(lambda found: genitive(found[1]), text)
    text = _SLOVENIAN_GOVERNED().sub(lambda found: found[1] + genitive(found[2]), text)
    text = _SLOVENIAN_SPAN_END().sub(lambda found: found[1] + found[2] + genitive(found[3]), text)
    return _SLOVENIAN_BARE_YEAR().sub(r"\1 leta ", text)


_LATVIAN_CASE_ENDINGS = {
    "genitive": {"is": "a", "s": "a"},
    "dative": {"is": "im", "s": "am"},
    "accusative": {"is": "i", "s": "u"},
}
"""The endings of Latvian months, by the nominative's ('novembris', 'marts'), in each case a
word before a date governs: 'novembra', 'novembrim', 'novembri'; 'marta', 'martam',
'martu'."""

_LATVIAN_GOVERNS = {"no": "genitive", "līdz": "dative", "ap": "accusative"}
"""The case Latvian 'no' ('from'), 'līdz' ('until') and 'ap' ('around') put a month in."""

_LATVIAN_WORD = later(r"[^\W\d_]+")

_LATVIAN_BETWEEN_YEARS = later(r"^No (\d+)\. līdz (\d+)\.$")
"""A span of years alone between 'No' and 'līdz', as CLDR's span of years writes its ends
('2013.', '2015.'): the ordinal wants its 'gads' in the case ('No 2013. gada līdz 2015.
gadam')."""


@functools.cache
def _latvian_months() -> frozenset[str]:
    months: dict[int, str] = Locale.parse("lv").months["format"]["wide"]
    return frozenset(months.values())


def _latvian(text: str) -> str:
    """``text``, a Latvian date phrase, with its months in the case the word before them
    governs, which the catalog's 'No %(date)s' cannot write: CLDR's lv months are
    nominative in every pattern ('2013. gada 21. novembris'), and the pages read 'No 2013.
    gada novembris', 'Līdz 2014. gada 5. februāris', 'ap 2013. gada novembris'; they now
    read 'No 2013. gada novembra', 'Līdz 2014. gada 5. februārim', 'ap 2013. gada
    novembri', and a span 'No 2013. gada 21. līdz 23. novembrim'. A year alone keeps
    CLDR's abbreviation, 'g.', which stands for any case ('No 2013. g.')."""
    years = _LATVIAN_BETWEEN_YEARS().match(text)
    if years:
        return f"No {years[1]}. gada līdz {years[2]}. gadam"
    months = _latvian_months()
    case: str | None = None

    def inflected(found: re.Match[str]) -> str:
        nonlocal case
        word = found[0]
        case = _LATVIAN_GOVERNS.get(word.lower(), case)
        if case is None or word not in months:
            return word
        return _latvian_case(word, case)

    return _LATVIAN_WORD().sub(inflected, text)


def _latvian_case(month: str, case: str) -> str:
    """``month``, a Latvian month in the nominative ('novembris', 'marts'), in ``case``."""
    stem, ending = (month[:-2], "is") if month.endswith("is") else (month[:-1], "s")
    return stem + _LATVIAN_CASE_ENDINGS[case][ending]


_SERBIAN_GENITIVE = {
    "januar": "januara", "februar": "februara", "mart": "marta", "april": "aprila", "maj": "maja",
    "jun": "juna", "jul": "jula", "avgust": "avgusta", "septembar": "septembra",
    "oktobar": "oktobra", "novembar": "novembra", "decembar": "decembra",
    "јануар": "јануара", "фебруар": "фебруара", "март": "марта", "април": "априла", "мај": "маја",
    "јун": "јуна", "јул": "јула", "август": "августа", "септембар": "септембра",
    "октобар": "октобра", "новембар": "новембра", "децембар": "децембра",
}  # fmt: skip
"""Serbian months as CLDR writes them in a date, in both scripts, in the nominative
('1. novembar 2024.'), and their genitive ('novembra'), which a word before them wants."""

_SERBIAN_GOVERNED = later(
    r"\b(?:[Oo]d|[Dd]o|[Oo]ko|[Ii]zmeđu|[Оо]д|[Дд]о|[Оо]ко|[Ии]змеђу)\b.*?"
    r"\b(" + "|".join(_SERBIAN_GENITIVE) + r")\b"
)
"""A month's name after a word that governs it, in either script ('Od 1. do 3. novembar')."""


def _serbian(text: str) -> str:
    """``text``, a Serbian date phrase, with every month after 'od', 'do', 'oko' or 'između'
    in the genitive, as Serbian says it: 'Od novembra 2024.', 'Od 1. do 3. novembra 2024.',
    'oko marta 2025.', in either script. CLDR has no genitive of Serbian months (its date
    writes '1. novembar 2024.'), so the catalog's 'Od %(date)s' read 'Od novembar 2024.'.
    A weekend's span, in brackets after no such word, is left as it is."""
    while (found := _SERBIAN_GOVERNED().search(text)) is not None:
        text = text[: found.start(1)] + _SERBIAN_GENITIVE[found[1]] + text[found.end(1) :]
    return text


_LITHUANIAN_MONTH = later(
    r"\b(sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio"
    r"|gruodžio)(?![\s\u00a0\u2009\u2060]*[\d–—-])"
)
"""A Lithuanian month in the genitive (CLDR's format form) with no day after it, nor a dash to
another month: the last of a phrase's months ('nuo 2024 m. lapkričio', 'apie 2024 m.
rugsėjo–lapkričio')."""

_LITHUANIAN_BARE_YEAR = later(r"(?<![\d:])(\d{4})(?=$| (?:iki|ir) )")
"""A year alone at the end of a Lithuanian date phrase or before 'iki' ('until') or 'ir'
('and'), without the 'm.' ('metai', year) Lithuanian writes after it."""


def _lithuanian(text: str) -> str:
    """``text``, a Lithuanian date phrase, with the words Lithuanian print writes that the
    catalog's 'Nuo %(date)s' cannot: 'mėn.' after a month named without its day, which then
    takes any case the word before it governs ('Nuo 2024 m. lapkričio mėn.', 'apie 2024 m.
    lapkričio mėn.': 'apie' wants the accusative, which 'mėn.' hides and 'lapkričio' alone
    does not), and 'm.' after a year alone ('Nuo 2024 m.', 'apie 2023–2025 m.')."""
    return _LITHUANIAN_BARE_YEAR().sub(r"\1 m.", _LITHUANIAN_MONTH().sub(r"\1 mėn.", text))


_TELUGU_AT_HOURS = later(r"గంట(?:లకు|కు)(?=[ \u00a0](?:నుంచి|వరకు|మధ్య|ప్రాంతంలో))")
"""Telugu's 'గంటలకు' ('at ... hours', the dative), which a page writes after a time
(``DAY_PERIOD_CLOCK``), before a postposition of a date phrase: 'నుంచి' ('from'), 'వరకు'
('until'), 'మధ్య' ('between'); and 'ప్రాంతంలో' ('around'), of an approximate time. One
o'clock's 'గంటకు' (``DayPeriodClock.one``) likewise, as 'గంట': 'మధ్యాహ్నం 1 గంట నుంచి'."""


def _telugu(text: str) -> str:
    """``text``, a Telugu date phrase, with the hours of a time before its postposition in
    the oblique case, as Telugu says it: 'ఉదయం 10.30 గంటల నుంచి', 'సాయంత్రం 6 గంటల వరకు',
    where the catalog's '%(date)s నుంచి' wrote the time as it stands, 'గంటలకు నుంచి' ('from
    at 10.30')."""
    return _TELUGU_AT_HOURS().sub(lambda word: "గంటల" if word[0] == "గంటలకు" else "గంట", text)


ARTICLES = {
    "it": _italian,
    "es": _spanish,
    "pt": _portuguese,
    "sr": _serbian,
    "ky": _kyrgyz,
    "el": _greek,
    "cs": _czech,
    "sk": _slovak,
    "ca": _catalan,
    "fi": _finnish,
    "hu": _hungarian,
    "sl": _slovenian,
    "lv": _latvian,
    "lt": _lithuanian,
    "te": _telugu,
}
"""Languages whose date phrases take articles, elisions or case endings the catalog
cannot write ('Dal 2005' but 'Da aprile 2010', 'Dall’8 aprile' but 'Dal 7 aprile';
Catalan 'Des del 2005', 'Des d’abril', 'Des de l’1 d’abril'; Slovenian 'Od leta 2023',
'Od avgusta 2023'; Kyrgyz '7-апрелден тартып',
'2005-жылга чейин'; Greek 'Από το 2005', 'Από τον Απρίλιο του 2010'; Czech 'Od roku 2010'
but 'Od dubna 2010'; Finnish 'Vuodesta 2010 alkaen', 'Huhtikuusta 2010 alkaen'; Hungarian
'2011-ig' but '2010. áprilisig'; Lithuanian 'Nuo 2024 m.', 'Nuo 2024 m. lapkričio mėn.'; Serbian
'Od novembra 2024.', where CLDR writes 'novembar'); Latvian 'No 2013. gada novembra', 'Līdz 2014. gada
februārim'); Telugu 'ఉదయం 10.30 గంటల నుంచి', where a time alone is 'ఉదయం 10.30 గంటలకు').
An approximate time ('hacia las 23:00') at one o'clock takes the article of one hour in
Spanish, Catalan, Italian, Portuguese and Greek: 'hacia la 1:30', 'cap a la 1:30', "verso
l’1:30", 'por volta da 1h30', 'γύρω στη 01:30'."""


AFTER_DAY = {"sl": _slovenian}
"""Languages whose every date, not only a phrase's, puts its month in another case after
its day than CLDR writes it: Slovenian writes the genitive, '4. avgusta 2023' (CLDR's sl
has only the nominative, '4. avgust 2023'), as its news and its orthography do."""


_ABOUT_SPACES = later(r" (?=%\(time\)s)|(?<=%\(time\)s) |(?<=\.) ")
"""The spaces of the message for an approximate time ('c. %(time)s') that no line should
break at: next to the time, whose word says how it is to be read (a narrow date column
broke 'khoảng' over '18:08'), and after an abbreviation, tied to the word after it as
Norwegian and Danish tie 'kl.' to its time ('ca. kl. 18:08', all tied). Not in
``ABOUT_APART``'s languages."""

ABOUT_APART = frozenset({"et", "hi", "ka", "ta", "te"})
"""Languages whose approximate time, tied to its word for 'about', is wider than the
timeline's date column at 1280 px (144 px), which then broke it inside the time or its
word: Estonian 'umbes kell 18.0' over '8', Georgian 'დაახლოებით 18:' over '08', Hindi
'लगभग शाम 6:08 ब' over 'जे', Tamil 'சுமார் மாலை 6.08' over 'மணி', Telugu 'గంటల ప్రాంతం' over
'లో'. Their word may go to the line before its time, as every language's could before 6
December 2026."""


ABOUT_WHOLE = frozenset({"ar", "ca", "el", "es", "fa", "it", "ur"})
"""Languages whose word for 'about' an approximate time is of several words ('hacia las',
'cap a les', 'γύρω στις', 'verso le', 'نحو الساعة', 'حدود ساعت', 'کو تقریباً'), all tied
to each other as to the time: a phone's date column (390 px) broke 'hacia' over 'las
18:08'. Tied whole, each fits the timeline's date column at 1280 px (144 px); others'
do not ('por volta das 18h08', 'omkring kl. 18:08', 'sekitar pukul 18.08': Armenian,
Indonesian, Kyrgyz, Malay, Polish, Portuguese, Romanian, Swedish), and keep only their
last word tied to the time."""


ABOUT_ONE_DAY = frozenset({"es", "fr", "it", "sv"})
"""Languages whose word for an approximate day ('c. %(date)s' in the context 'a day')
names one day, with its article: French 'vers le', Spanish 'hacia el', Italian 'intorno
al', Swedish 'omkring den'. Before a span of days it read 'vers le 7–15 avril 2010'
('around the 7–15 April'); such a span says each end approximate, 'vers le 7 avril –
vers le 15 avril 2010', as an approximate span of years is written 'v. 1450 – v. 1500'."""


ABOUT_OWN_LINE = frozenset({
    "ar", "cs", "fa", "fil", "fr", "hi", "id", "it", "ka", "ms",
    "nl", "ps", "sk", "sl", "sv", "ta", "te", "th", "ur",
})  # fmt: skip
"""Languages whose approximate day's or month's date, wider than the timeline's date column
at 1280 px (144 px) with its word for 'about' before it, goes whole to the line after the
word (``DateText.about_and_date``): 'लगभग' over '28 सितंबर 2021', where the column wrote
'लगभग 28 सितंबर' over '2021', and 'vers' over 'janvier 2020', where it wrote 'vers janvier'
over '2020'. Measured in Chromium with this machine's fonts, at 1280 and 900 px, on the
28th and the whole of every month, in every shipped language with the date so kept whole:
in these no date took a line more than it had. In the others some did, as a date wider
than the column alone then broke inside its own line ('c.' over '28 September' over
'2023', where 'c. 28 September' over '2023' takes two; likewise Bulgarian, Catalan,
Danish, German, Greek, English, Spanish, Estonian, Finnish, Hebrew, Croatian, Icelandic,
Lithuanian, Macedonian, Norwegian, Polish, Portuguese, Romanian, Russian, Ukrainian and
Vietnamese): they break before the year as before. No stylesheet rule tells a date that
fits the column alone from one that does not (``text-wrap: pretty`` leaves these two-line
dates as they are), so the measurement decides. (Turkish and Hungarian write the word
after the date; Armenian, Kyrgyz and Latvian their year first.)"""


class DateText:
    """The dates and spans of one language. ``minus`` is the sign of a negative UTC
    offset: U+2212 on pages, the ASCII hyphen-minus in TimelineJS JSON (which the
    importer reads back). With ``native_digits``, dates are written in the language's
    own digits, as CLDR writes them ('۱۹ آوریل ۲۰۱۰' in Persian; Babel writes 0-9 in
    every language), as pages and feeds show them; the data files keep 0-9. With
    ``tied_ranges``, no line breaks next to the mark that joins a span's two ends
    (``tied``), as pages show them; the data files, which the importer reads back, keep
    spans as CLDR writes them. Without ``news_forms``, years are the Gregorian calendar's
    and times the 24-hour clock's, as CLDR writes them and as every page did before 6
    December 2026 (``ERA_YEARS``, ``DAY_PERIOD_CLOCK``), and an approximate time is said
    on its whole date ('c. 4 August 2020, 18:08', not '4 August 2020, c. 18:08'), as
    every page did until 6 December 2026: the importer reads a TimelineJS file exported
    then."""

    def __init__(
        self,
        language: Language,
        messages: gettext.NullTranslations,
        *,
        minus: str = MINUS,
        native_digits: bool = False,
        tied_ranges: bool = False,
        news_forms: bool = True,
        said_offset: int | None = None,
    ) -> None:
        self.language = language
        self.minus = minus
        self.said_offset = said_offset
        """The UTC offset a page says once for all its times (``said_once``), which a
        time on it is then written without ('1:25 a.m.', not '1:25 a.m. (UTC−4)')."""
        self.tied_ranges = tied_ranges
        self._numerals: Callable[[str], str] = language.numerals if native_digits else str
        self.locale = language.locale
        self.gettext = messages.gettext
        self.pgettext = messages.pgettext
        self._memo: dict[tuple[PartialDate, PartialDate | None, bool, bool], str] = {}
        self._first_of_month = (
            BRAZILIAN_FIRST_OF_MONTH
            if str(self.locale) in BRAZILIAN
            else FIRST_OF_MONTH.get(self.locale.language)
        )
        self._ordinal: dict[str, DateTimePattern] = {}
        self._month_governed = self.locale.language in MONTH_GOVERNED
        self._governed: dict[str, DateTimePattern] = {}
        self._unbroken: dict[tuple[str, bool], str] = {}
        self._in_column: dict[tuple[str, bool], str] = {}
        self._era = ERA_YEARS.get(self.locale.language) if news_forms else None
        self._period_clock = period_clock(str(self.locale), self.locale.language) if news_forms else None
        self._time_approximate = news_forms
        self.writes_news_forms = news_forms
        """Whether this writes the news forms (``news_forms``): an approximate time on its
        time in every language, and in some a year in another era or a time on a clock of
        twelve hours than CLDR's Gregorian calendar and 24 hours (``ERA_YEARS``,
        ``DAY_PERIOD_CLOCK``), and an approximate span of days with its word at each end
        (``ABOUT_ONE_DAY``). Without them it writes as exports made before did, which
        the importer reads back."""

    def _apply(self, pattern: DateTimePattern, value: datetime.date | datetime.time) -> str:
        """``value`` written by ``pattern``, in the language's era and parts of the day
        (``NewsFormat``) where its news writes its own."""
        if self._era is None and self._period_clock is None:
            return str(pattern.apply(value, self.locale))
        periods = self._period_clock.periods if self._period_clock else ()
        return pattern % NewsFormat(value, self.locale, era=self._era, periods=periods)

    # CLDR's data for a language are read when its first date is written (some 50 ms),
    # not when its environment is made: the preview's first build is timed.

    @functools.cached_property
    def _year(self) -> DateTimePattern:
        if self._era is not None:  # 'พ.ศ. 2568': a year alone names its era (``ERA_YEARS``)
            return parse_pattern(f"G {self._skeleton('y').pattern}")
        return self._skeleton("y")

    @functools.cached_property
    def _month(self) -> DateTimePattern:
        corrected = MONTH_OF_YEAR.get(self.locale.language)
        return parse_pattern(corrected) if corrected else self._skeleton("yMMMM")

    @functools.cached_property
    def _day(self) -> DateTimePattern:
        pattern: DateTimePattern = self.locale.date_formats["long"]
        if self._era is not None:  # '6 ธันวาคม 2568': a day's year without its era (``ERA_YEARS``)
            return parse_pattern(re.sub(r"\s*G+", "", pattern.pattern).strip())
        return pattern

    @functools.cached_property
    def _day_alone(self) -> DateTimePattern:
        return self._skeleton("MMMMd")

    @functools.cached_property
    def _month_alone(self) -> DateTimePattern:
        # CLDR's month without a year is abbreviated ('LLL'); written in full where the
        # language's dates are, as spans are (``_interval``).
        if self.locale.language in MONTH_ALONE_NAMED:
            return parse_pattern("LLLL")
        pattern = self._skeleton("MMM").pattern
        return parse_pattern(_SHORT_MONTH.sub(r"\1\1\1\1", pattern) if self._full_months else pattern)

    @functools.cached_property
    def _minute(self) -> DateTimePattern:
        return self._clock(self._bare_minute)

    @functools.cached_property
    def _bare_minute(self) -> DateTimePattern:
        if self._period_clock is not None:
            return parse_pattern(self._period_clock.minute)
        news = NEWS_CLOCK.get(str(self.locale))
        return parse_pattern(news[0]) if news else self._skeleton("Hm")

    @functools.cached_property
    def _bare_hour(self) -> DateTimePattern | None:
        # A time on the hour, where news writes it without minutes ('सुबह 10 बजे'); None
        # where it is written as any other.
        hour = self._period_clock.hour if self._period_clock is not None else None
        return parse_pattern(hour) if hour is not None else None

    @functools.cached_property
    def _hour(self) -> DateTimePattern | None:
        return self._clock(self._bare_hour) if self._bare_hour is not None else None

    @functools.cached_property
    def _one_hour(self) -> DateTimePattern | None:
        # One o'clock, where its word is the singular ('మధ్యాహ్నం 1 గంటకు', not 'గంటలకు');
        # None where it is written as any hour.
        one = self._period_clock.one if self._period_clock is not None else ""
        if not one or self._bare_hour is None:
            return None
        return parse_pattern(f"{self._bare_hour.pattern}\u00a0'{one}'")

    @functools.cached_property
    def _second(self) -> DateTimePattern:
        return self._clock(self._bare_second)

    @functools.cached_property
    def _bare_second(self) -> DateTimePattern:
        if self._period_clock is not None:
            return parse_pattern(self._period_clock.second)
        news = NEWS_CLOCK.get(str(self.locale))
        return parse_pattern(news[1]) if news else self._skeleton("Hms")

    def _time(self, time: datetime.time, precision: Precision, *, bare: bool = False) -> str:
        """``time`` to ``precision`` (a minute or a second) as the language writes it, with the
        word it writes beside a time (``CLOCK_WORD``, ``CLOCK_BEFORE``), or ``bare``, without
        it and, with the news forms, without the word CLDR's own pattern ends in
        (``_wordless``: pages before 7 December 2026 wrote it after both of two times,
        '22:30 ч. – 23:45 ч.', and the importer reads their exports so)."""
        wordless = _wordless if bare and self.writes_news_forms else _as_it_is
        exact = self._exact_hour(time)
        if exact is not None:  # bare too: the first of two times ('midnight–noon', not '12 a.m.–noon')
            return exact
        if precision == Precision.SECOND:
            pattern = wordless(self._bare_second) if bare else self._second
        elif time.minute == 0 and self._hour is not None and self._bare_hour is not None:
            pattern = self._bare_hour if bare else self._hour
            if not bare and time.hour % 12 == 1 and self._one_hour is not None:
                pattern = self._one_hour
        else:
            pattern = wordless(self._bare_minute) if bare else self._minute
        return self._apply(pattern, time)

    def _exact_hour(self, time: datetime.time) -> str | None:
        """The word this language's clock of twelve hours writes ``time`` as, where it is
        exactly one of its hours that have one (``DayPeriodClock.exact``: 'noon')."""
        if self._period_clock is None or time.minute or time.second:
            return None
        return dict(self._period_clock.exact).get(time.hour)

    def _clock(self, pattern: DateTimePattern) -> DateTimePattern:
        """``pattern``, a time's, with the word the language writes after it (``CLOCK_WORD``,
        ``DAY_PERIOD_CLOCK``) or before it (``CLOCK_BEFORE``)."""
        word = (
            self._period_clock.word
            if self._period_clock is not None
            else CLOCK_WORD.get(self.locale.language)
        )
        if word:
            return parse_pattern(f"{pattern.pattern}\u00a0'{word}'")
        before = CLOCK_BEFORE.get(self.locale.language)
        return parse_pattern(f"'{before}'\u00a0{pattern.pattern}") if before else pattern

    @functools.cached_property
    def _glue(self) -> str:
        scripted = f"{self.locale.language}_{self.locale.script}" if self.locale.script else ""
        found = AT_TIME.get(scripted) or AT_TIME.get(self.locale.language)
        return found or str(self.locale.datetime_formats["medium"])

    @functools.cached_property
    def _full_months(self) -> bool:
        # Where the long date writes months in full, spans do too: CLDR's span patterns
        # of days abbreviate them ('17 Apr – 3 May'), beside '19 April' on its own.
        return "MMMM" in self._day.pattern or "LLLL" in self._day.pattern

    @functools.cached_property
    def _unpadded_days(self) -> bool:
        # Where the long date writes a day with one digit, spans do too: CLDR's Italian
        # spans pad it ('07–15 aprile 2010'), beside '7 aprile 2010' on its own.
        return not _PADDED_DAY.search(self._day.pattern)

    @functools.cached_property
    def _days(self) -> Interval:
        return self._interval("yMMMMd")

    @functools.cached_property
    def _months(self) -> Interval:
        return self._interval("yMMMM")

    @functools.cached_property
    def _days_alone(self) -> Interval:
        return self._joined_as(self._interval(DAYS_ALONE.get(self.locale.language, "MMMMd")), self._days)

    @functools.cached_property
    def _months_alone(self) -> Interval:
        return self._joined_as(self._interval("MMM"), self._months)

    @staticmethod
    def _joined_as(alone: Interval, whole: Interval) -> Interval:
        """``alone``, the spans of one year written without it, each joined as ``whole``'s
        span of the same field joins its halves: CLDR's patterns with and without the year
        differ in some languages, and one overview strip read '8–10 August 2023' beside
        '17 – 21 August' (English), '8 – 10 de agosto de 2023' beside '17–21 de agosto'."""
        return {
            field: (_with_joint(first, whole[field][0]) if field in whole else first, last)
            for field, (first, last) in alone.items()
        }

    @functools.cached_property
    def _years(self) -> Interval:
        years = self._interval("y")
        if self._era is None:
            return years
        # 'พ.ศ. 2563–2568': the era once, before the span, as before a year alone (``ERA_YEARS``)
        return {field: (parse_pattern(f"G {first.pattern}"), last) for field, (first, last) in years.items()}

    @functools.cached_property
    def _fallback(self) -> str:
        fallback = EN_DASH_FALLBACK.get(self.locale.language) or self.locale.interval_formats.get(None)
        return self._dashed(str(fallback or "{0} – {1}"))

    def _dashed(self, pattern: str) -> str:
        """``pattern``, a span's, with its hyphen-minus between spaces as an en dash, in a
        language of ``HYPHEN_JOINED``; else as it is."""
        return pattern.replace(" - ", " – ") if self.locale.language in HYPHEN_JOINED else pattern

    @functools.cached_property
    def _joint_word(self) -> str:
        # A word between the halves of a span ('19 تا 21 آوریل', Persian's 'to'); '' where
        # a mark alone joins them.
        return self._fallback.split("{0}")[-1].split("{1}")[0].strip(SEPARATORS)

    def _joined(self, first: str, joint: str, last: str) -> str:
        """A span's two ends joined by ``joint``: tied (``tied``) where this writes for
        pages and its first end is a number alone (``_ties``)."""
        if self.tied_ranges and _ties(first):
            joint = tied(joint)
        return first + joint + last

    def _range(self, first: str, last: str) -> str:
        """A span of two dates each written whole ('2010 – 2 April 2010'), joined as the
        language's fallback pattern joins them."""
        before, _, rest = self._fallback.partition("{0}")
        joint, _, after = rest.partition("{1}")
        return before + self._joined(first, joint, last) + after

    def _parted(self, first: str) -> tuple[str, str]:
        """``first``, a span's first half as the span's pattern writes it, in two: the
        date, and the joint after it that leads to the second half ('30 March' and ' – ';
        '17' and '–'; '19' and ' تا ', a word between the halves)."""
        end = first.rstrip(SEPARATORS)
        if self._joint_word and end.endswith(self._joint_word):
            end = end.removesuffix(self._joint_word).rstrip(SEPARATORS)
        return end, first[len(end) :]

    def _unabbreviated(self, pattern: str) -> str:
        """``pattern``, a span's half, without the dot of an abbreviated month it will write
        in full, and with what the long date writes between its month and a year: Georgian
        spans wrote '3 იანვარი. 2010 – 26 აგვისტო. 2015' and '3 იანვარი. – 9 მარტი. 2010'
        beside the long date's '13 ივნისი, 2015' ('d MMMM, y')."""
        between = re.search(r"(?<![ML])[ML]{4}(.*?)y", self._day.pattern)
        to_year = between[1] if between else " "
        return _ABBREVIATED_MONTH_DOT.sub(
            lambda found: found[1] * 3 + (to_year + "y" if found[2] else ""), pattern
        )

    @staticmethod
    def _named_months(pattern: str) -> str:
        """``pattern``, a span's half, with its month in full: abbreviated ('MMM') or, as
        Czech spans write it, a number with a dot ('d. M.'), which a page showed beside the
        long date's named month ('17.–18. 4. 2010' under '19. dubna 2010')."""
        return _NUMBERED_MONTH.sub("MMMM", _SHORT_MONTH.sub(r"\1\1\1\1", pattern))

    def _skeleton(self, skeleton: str) -> DateTimePattern:
        skeletons = self.locale.datetime_skeletons
        found = skeleton if skeleton in skeletons else match_skeleton(skeleton, skeletons)
        return parse_pattern(skeletons[found or skeleton])

    def _interval(self, skeleton: str) -> Interval:
        formats = self.locale.interval_formats
        found = skeleton if skeleton in formats else match_skeleton(skeleton, formats)
        own = SPAN_PATTERNS.get(self.locale.language, {})
        halves = own[found] if found in own else formats[found] if found else {}
        out: Interval = {}
        for field, (first, second) in halves.items():
            if self._full_months:
                first, second = self._unabbreviated(first), self._unabbreviated(second)
                first, second = self._named_months(first), self._named_months(second)
            if self._unpadded_days:
                first, second = _PADDED_DAY.sub("d", first), _PADDED_DAY.sub("d", second)
            first = self._dashed(first)  # the joint ends the first half: 'MMM y-ж. - '
            if self.locale.language in SPACED_DASH and first.endswith("–") and " " in first:
                first = first[:-1] + " – "  # 'd. MMMM – ': a first end of more than one word
            if self.locale.language in NO_COMMA_BEFORE_YEAR:
                second = second.replace(", y", " y")
            words = SPAN_WORDS.get(self.locale.language)
            if words:
                year_word, day_word = words
                first, second = (
                    _SPAN_DAY().sub(rf"\1 '{day_word}'", _SPAN_YEAR().sub(rf"\1 '{year_word}'", half))
                    for half in (first, second)
                )
            out[field] = (parse_pattern(first), parse_pattern(second))
        return out

    def when(self, event: Event) -> str:
        """An event's date as readers see it: its ``display_date`` (the editor's words,
        in the story's language), else its date or span, worded as ``date_phrase`` says."""
        if event.display_date:
            return event.display_date
        if event.date_phrase is None:
            return self.span(event.date, event.end, circa=event.circa)
        return self.phrase(event.date_phrase, event.date, event.end)

    def day_and_time(self, event: Event) -> tuple[str, str] | None:
        """An event's date (``when``) in two: its day, and the time after it with its UTC
        offset ('15 March 2024, ' and '00:41 (UTC+2)'), for a timeline entry on the day
        of the one before it, which shows the time alone; None where the time does not
        end the date in this language (or there is none)."""
        date = event.date
        if date.precision <= Precision.DAY or event.display_date:
            return None
        if event.date_phrase is not None:
            return self._phrase_day_and_time(event)
        whole = self.when(event)
        clock = datetime.time(date.hour or 0, date.minute or 0, date.second or 0)
        shown = self._numerals(self._time(clock, date.precision))
        if event.circa and (about := self._numerals(self._about(shown, date.precision))) in whole:
            shown = about  # its time alone keeps its 'c.' ('c. 18:08')
        time = whole[whole.rfind(shown) :] if shown in whole else ""
        if not time or whole.count(time) != 1 or whole == time:
            return None
        return whole[: -len(time)], time

    def _phrase_day_and_time(self, event: Event) -> tuple[str, str] | None:
        """``day_and_time`` of a date worded by its ``date_phrase``: 'between' two times of
        one day, its day and its times ('14 July 2021, ' and 'between 22:30 and 23:45');
        None for any other, whose words are about the whole date ('From 14 July 2021,
        22:30' showed '22:30' alone, without its 'from')."""
        if event.date_phrase != "between" or event.end is None:
            return None
        parts = self._between_times(event.date, event.end)
        if parts is None or "{1}" not in self._about_glue.partition("{0}")[0]:
            return None  # none, or its times before its day (Vietnamese)
        whole, day = self.when(event), self._numerals(parts[0])
        if not whole.startswith(day):  # a day the language's rules wrote otherwise
            return None
        return day, whole[len(day) :]

    def phrase(self, kind: str, start: PartialDate, end: PartialDate | None) -> str:
        """A date worded as one of the content's ``date_phrase`` kinds: 'From 7 April 2010',
        'Until ...', 'Between 7 and 15 April 2010', 'Weekend of 17–18 April 2010'.

        Several languages word a day differently from a month or a year ('À partir du
        7 avril', 'À partir de 2005'; 'Bis zum 1. Mai', 'Bis 2011'): a day (with or
        without a time) has its own messages, in the context "a day". Italian's articles
        are then put right (``ARTICLES``)."""
        return self._numerals(self._articles(self._phrase(kind, start, end)))

    def _articles(self, text: str) -> str:
        articles = ARTICLES.get(self.locale.language)
        return articles(text) if articles else text

    def _phrase(self, kind: str, start: PartialDate, end: PartialDate | None) -> str:
        _ = self.gettext
        if kind == "from":
            # Translators: the context "a day" is for a date with its day ('7 April 2010',
            # perhaps with a time); without it, the date is a month or a year. French
            # writes 'À partir du 7 avril 2010' but 'À partir de mars 2010'.
            if _is_day(start):
                return self.pgettext("a day", "From %(date)s") % {"date": self.date(start)}
            return self._elided(_("From %(date)s") % {"date": self._governed_single(start)})
        if kind == "until":
            if _is_day(end or start):
                return self.pgettext("a day", "Until %(date)s") % {"date": self.date(end or start)}
            return self._elided(_("Until %(date)s") % {"date": self._governed_single(end or start)})
        if kind == "weekend":
            return _("Weekend of %(span)s") % {"span": self.span(start, end)}
        if kind == "between" and end is not None and (times := self._between_times(start, end)):
            return "".join(times)  # '14 July 2021, between 22:30 and 23:45': the day once
        if _is_day(start) and _is_day(end or start):  # "Entre le 5 mars et le 2 mai", not "le mai"
            first, last = self._ends(start, end or start)
            return self.pgettext("a day", "Between %(start)s and %(end)s") % {"start": first, "end": last}
        # Russian and Ukrainian word a span of months 'с апреля по август': the first
        # month governed (``MONTH_GOVERNED``), the last as it stands; Polish governs
        # both, 'od kwietnia do sierpnia' (``BOTH_ENDS_GOVERNED``).
        first, last = self._ends(start, end or start, governed=True)
        # Translators: a month or a year; in Russian and Ukrainian the first is in the
        # genitive ('апреля', 'квітня') and the last as it stands ('август'), for
        # 'В период с апреля по август 2010 г.'.
        return self._elided(_("Between %(start)s and %(end)s") % {"start": first, "end": last})

    def _ends(self, start: PartialDate, end: PartialDate, *, governed: bool = False) -> tuple[str, str]:
        """The two ends of a span as the language's span pattern writes them, the
        first without the dash between them ('7' and '15 April 2010'; '30 March' and
        '2 April 2010'), to be joined by words ('between ... and ...'); with ``governed``,
        the first as a word before it governs it (``MONTH_GOVERNED``)."""
        text = self._between(start, end) if start != end else ""
        both = governed and self.locale.language in BOTH_ENDS_GOVERNED
        halves = self._halves(start, end, governed=governed, governed_end=both)
        if halves is None or not text:
            first = self._governed_single(start) if governed else self._single(start)
            return first, (self._governed_single(end) if both else self._single(end))
        first, second = halves
        # The joint, a word between the halves too ('19 تا 21 آوریل', Persian's 'to'), is
        # left out: the phrase's own words replace it ('از 19 تا 21 آوریل', not
        # 'از 19 تا تا 21').
        return self._parted(first)[0], second

    def _halves(
        self,
        start: PartialDate,
        end: PartialDate,
        year: bool = True,
        *,
        governed: bool = False,
        governed_end: bool = False,
    ) -> tuple[str, str] | None:
        precision = start.precision
        if precision != end.precision or precision > Precision.DAY:
            return None
        patterns = {Precision.YEAR: self._years, Precision.MONTH: self._months, Precision.DAY: self._days}
        if not year:
            patterns = {
                Precision.YEAR: {},
                Precision.MONTH: self._months_alone,
                Precision.DAY: self._days_alone,
            }
        halves = patterns[precision]
        field = "y" if start.year != end.year else "M" if start.month != end.month else "d"
        if field not in halves:
            return None
        first, second = halves[field]
        a = datetime.date(start.year, start.month or 1, start.day or 1)
        b = datetime.date(end.year, end.month or 1, end.day or 1)
        if precision == Precision.DAY:
            first, second = self._of_day(first, a), self._of_day(second, b)
        if governed:
            first = self._governed_pattern(first)
        if governed_end:
            second = self._governed_pattern(second)
        return self._apply(first, a), self._apply(second, b)

    def _of_day(self, pattern: DateTimePattern, day: datetime.date) -> DateTimePattern:
        """The pattern that writes ``day``: the language's ordinal on the first of a
        month (``FIRST_OF_MONTH``), else ``pattern`` itself."""
        if day.day != 1 or self._first_of_month is None:
            return pattern
        found = self._ordinal.get(pattern.pattern)
        if found is None:
            found = parse_pattern(ordinal_day(pattern.pattern, self._first_of_month))
            self._ordinal[pattern.pattern] = found
        return found

    def _elided(self, text: str) -> str:
        """``text`` with 'de' before a vowel elided, in a language of ``ELISION``."""
        found = ELISION.get(self.locale.language)
        return found.sub("\\1’", text) if found else text

    def _governed_pattern(self, pattern: DateTimePattern) -> DateTimePattern:
        """``pattern`` with its stand-alone month in the format form, in a language
        of ``MONTH_GOVERNED``; else ``pattern`` itself."""
        if not self._month_governed:
            return pattern
        found = self._governed.get(pattern.pattern)
        if found is None:
            found = self._governed[pattern.pattern] = parse_pattern(format_months(pattern.pattern))
        return found

    def _governed_single(self, date: PartialDate) -> str:
        """``date`` as a word before it governs it: a month in the genitive in Russian and
        Ukrainian ('апреля 2010 г.'), else as ``date`` writes it."""
        if date.precision != Precision.MONTH or not self._month_governed:
            return self.date(date)
        day = datetime.date(date.year, date.month or 1, 1)
        return self._apply(self._governed_pattern(self._month), day)

    def unbroken(self, text: str, *, approximate: bool = False) -> str:
        """``text``, a date as a page writes it, with no-break spaces where a line break
        would part what a reader takes as one (``_tied_spaces``): '16 avril' and
        'April 16' (a narrow date column wrote '16' over 'avril 2019'), 'c. 1990',
        '18:50 (UTC+2)'; and a number's ending joined by a hyphen stays with the number
        ('15-май', '2019-ж.' in Kyrgyz, '2011-ig' in Hungarian: a date column broke '15-' over
        'май'), by a non-breaking hyphen. The year may still go to the next line. The data
        files keep dates as the other methods write them; the timeline's date column adds
        its breaks in Chinese, Japanese and Korean (``in_column``).

        With ``approximate``, an event's approximate date, whose time is tied to its word for
        'about' (``_about``), the UTC offset may go to a line of its own: all tied, 'c. 18:08
        (UTC+3)' was wider than the timeline's date column at 1280 px (144 px), which broke it
        inside, '(UTC+3' over ')'."""
        found = self._unbroken.get((text, approximate))
        if found is None:
            spaces = _tied_spaces(self.language, offset_apart=approximate)
            tied = spaces.sub(lambda tied: tied[0].replace(" ", "\u00a0"), text)
            # A time tied to the word before it and to its offset ('kl. 15:00 (UTC−10)') was
            # too wide for the date column at 1280 px, which broke it inside the offset,
            # '(UTC−1' over '0)': the offset may go to a line of its own.
            tied = _TIED_BOTH_WAYS.sub("\\1 (", tied)
            tied = _ENDING_HYPHEN.sub("\u2011", tied)
            tied = _dash_ends_its_line(tied)
            found = self._unbroken[text, approximate] = tied
        return found

    def in_column(self, text: str, *, approximate: bool = False) -> str:
        """``text`` as ``unbroken`` writes it, for the timeline's narrow date column: a
        date in Chinese, Japanese or Korean breaks only where ``IDEOGRAPHIC_DATES`` says,
        at zero-width spaces; and a span of days of one month may break between its days
        and its month (``_SPAN_LAST_DAY``). Those are for the column's lines alone: elsewhere (a link's
        label, the search index's date, a page's title) a reader or a machine would get
        them as part of the date."""
        found = self._in_column.get((text, approximate))
        if found is None:
            tied = self._span_last_day.sub("\\1 ", self.unbroken(text, approximate=approximate))
            found = self._in_column[text, approximate] = _ideographic_breaks(self.locale.language, tied)
        return found

    def about_and_date(self, event: Event) -> tuple[str, str] | None:
        """An approximate day's or month's date in the timeline's date column (``in_column``)
        in two: its word for 'about' with the space after it, and the date ('लगभग ' and
        '16\u00a0नवंबर 2023'), which the column keeps whole on the line after the word when
        the two are wider than it (style.css), in ``ABOUT_OWN_LINE``'s languages. None for
        any other date, or where the word is not before its date with a space between
        (Turkish '16 Kasım 2023 civarı', Chinese '约2023年11月16日', 'c.\u00a01990', tied)."""
        if self.language.locale.language not in ABOUT_OWN_LINE or not event.circa:
            return None
        if event.display_date or event.date_phrase is not None or event.date.precision > Precision.DAY:
            return None  # a time is tied to its word for 'about' (``ABOUT_APART``)
        whole = self.in_column(self.when(event), approximate=True)
        date = self.in_column(self.span(event.date, event.end))
        word, found, after = whole.rpartition(date)
        if not found or after or not word.endswith(" ") or date in word:
            return None
        return word, date

    def year_number(self, year: int, *, digits: bool = True) -> str:
        """``year`` as a page names it alone in its words (a year page's title, its list of
        years): its number, in the era the language's news counts ('พ.ศ. 2568' in Thai,
        ``ERA_YEARS``); in the language's own digits, as its dates, unless not ``digits``."""
        numerals = self._numerals if digits else str
        if self._era is None:
            return numerals(str(year))
        return numerals(self._apply(self._year, datetime.date(year, 1, 1)))

    def date(self, date: PartialDate) -> str:
        """'2010', 'April 2010', '19 April 2010' or '19 April 2010, 23:00 (UTC+6)', in
        this language."""
        return self.span(date, None)

    def span(
        self,
        start: PartialDate,
        end: PartialDate | None,
        *,
        circa: bool = False,
        year: bool = True,
        circa_end: bool = False,
    ) -> str:
        """A date or a span: '17–18 April 2010', 'March – April 2010', '2005–2010';
        approximate ('c. 1990') with ``circa``. Without ``year``, days and months of one
        year are written without it ('17–18 April', 'March – April'), where the reader
        has it from the text beside them (the overview strip's labels). With
        ``circa_end`` (and not ``circa``), a span whose end alone is approximate, the
        two ends apart: '1 March 2015 – c. 2020' (the overview strip, whose spans run
        from one event to another)."""
        if circa_end and not circa:
            if end is None or end == start:
                circa = True  # one date: approximate, as a whole
            else:
                return self._range(self.span(start, None), self.span(end, None, circa=True))
        if not year and (start.precision > Precision.DAY or start.year != (end or start).year):
            year = True  # a time, or a span across years: only whole
        if circa and end is not None and self._about_one_day and _other_day(start, end):
            # 'vers le 7 avril – vers le 15 avril 2010': the word for about a day is
            # that of one day ('vers le', 'hacia el'), which read 'vers le 7–15 avril'.
            first = self.span(start, None, circa=True, year=year and start.year != end.year)
            return self._range(first, self.span(end, None, circa=True, year=year))
        key = (start, end, circa, year)
        text = self._memo.get(key)
        if text is None:
            text = self._memo[key] = self._numerals(self._after_day(self._span(start, end, circa, year)))
        return text

    @functools.cached_property
    def _about_one_day(self) -> bool:
        """Whether the language says a day is approximate with words for one day alone
        (``ABOUT_ONE_DAY``), not to be put before a span of days (in the news forms:
        exports made before 7 December 2026 wrote 'vers le 7–15 avril 2010')."""
        return self.writes_news_forms and self.locale.language in ABOUT_ONE_DAY

    def _after_day(self, text: str) -> str:
        """``text``, a date, with its month in the case a day puts it in, in a language of
        ``AFTER_DAY`` (Slovenian '4. avgusta 2023', where CLDR writes '4. avgust 2023')."""
        after_day = AFTER_DAY.get(self.locale.language)
        return after_day(text) if after_day else text

    def _span(self, start: PartialDate, end: PartialDate | None, circa: bool, year: bool = True) -> str:
        single = end is None or end == start
        if circa and single and start.precision > Precision.DAY and self._time_approximate:
            return self._single(start, year, about=True)  # its day is known: '4 August 2020, c. 18:08'
        text = self._single(start, year) if single else self._between(start, end or start, year)
        if not circa:
            return text
        if year and (end is None or end == start):  # 'ок. апреля 2010 г.' (``MONTH_GOVERNED``)
            text = self._governed_single(start)
        elif year and self._month_governed:  # 'ок. апреля — августа 2010 г.': both ends
            text = self._between(start, end or start, governed=True)
        if _is_day(start) and (end is None or _is_day(end)):  # 'vers le 15 janvier', 'vers 2005' (``phrase``)
            return self._articles(self.pgettext("a day", "c. %(date)s") % {"date": text})
        return self._articles(self.gettext("c. %(date)s") % {"date": text})

    def _single(self, date: PartialDate, year: bool = True, *, about: bool = False) -> str:
        """``date`` as the language writes it; with ``about``, a date with a time, that
        time approximate ('4 August 2020, c. 18:08', ``_about``)."""
        precision = date.precision
        if precision == Precision.YEAR:
            return self._apply(self._year, datetime.date(date.year, 1, 1))
        if precision == Precision.MONTH:
            month = self._month if year else self._month_alone
            return self._apply(month, datetime.date(date.year, date.month or 1, 1))
        day = datetime.date(date.year, date.month or 1, date.day or 1)
        text = self._apply(self._of_day(self._day if year else self._day_alone, day), day)
        if precision == Precision.DAY:
            return text
        time = self._time(datetime.time(date.hour or 0, date.minute or 0, date.second or 0), precision)
        glue, time = (self._about_glue, self._about(time, precision)) if about else (self._glue, time)
        return self._zoned(glue.replace("{1}", text).replace("{0}", time), date)

    def _about(self, time: str, precision: Precision) -> str:
        """``time``, written to ``precision``, as the page writes it, said to be approximate
        as the language's news says it: 'c. 18:08', 'hacia las 23:00' (and 'hacia la 1:30',
        ``ARTICLES``), '18:08ごろ'. Tied to its word (``_ABOUT_SPACES``) but in
        ``ABOUT_APART``'s languages, and for a time to the second in every language: tied,
        'noin klo 18.08.30' (Finnish, Dutch, Portuguese, Turkish, Ukrainian, Vietnamese,
        Latvian, Filipino) was wider than the date column at 1280 px, which broke it inside
        the time ('18.08.3' over '0')."""
        said = self.pgettext("a time", "c. %(time)s")
        if precision < Precision.SECOND and self.locale.language not in ABOUT_APART:
            said = _ABOUT_SPACES().sub("\u00a0", said)
        text = self._articles(said % {"time": time})
        if self.locale.language not in ABOUT_WHOLE:
            return text
        # Tied once the article is right: the article's rules write their words spaced
        # ('hacia la 1:30'), and read the phrase so.
        before, found, after = text.partition(time)
        return before.replace(" ", "\u00a0") + found + after.replace(" ", "\u00a0")

    @functools.cached_property
    def _span_last_day(self) -> re.Pattern[str]:
        """``_SPAN_LAST_DAY``, before a month's name (or 'de' and it) alone: not before the
        word a clock of twelve hours writes after a span of hours ('सुबह 10–11 बजे',
        ``DAY_PERIOD_CLOCK``), which stays with them."""
        months = self.locale.months
        names = {
            name.split()[0]
            for context in months.values()
            for width in context.values()
            for name in width.values()
        }
        named = "|".join(re.escape(name[:3]) for name in sorted(names, key=len, reverse=True))
        return re.compile(_SPAN_LAST_DAY + f"(?=(?:(?:de|del)\u00a0)?(?:{named}))", re.IGNORECASE)

    @functools.cached_property
    def _about_glue(self) -> str:
        """How a day and its approximate time are joined: as a day and its time, but
        without the word some languages join them with (``AT_TIME``), which is the time's
        preposition and which the word for 'about' takes the place of: Croatian '4.
        kolovoza 2020. oko 18:08', not 'u oko 18:08'. The catalog's message writes it where
        the language keeps it (Norwegian 'ca. kl. 18:08')."""
        scripted = f"{self.locale.language}_{self.locale.script}" if self.locale.script else ""
        joined = scripted in AT_TIME or self.locale.language in AT_TIME
        return "{1} {0}" if joined else self._glue

    def _zoned(self, text: str, date: PartialDate) -> str:
        """``text``, a date with its time, followed by ``date``'s UTC offset, if it has one
        that its page does not say once (``said_offset``)."""
        if date.offset is None or date.offset == self.said_offset:
            return text
        return text + " " + self._offset(date.offset)

    def _offset(self, minutes: int) -> str:
        """A UTC offset of ``minutes`` as a date writes it after its time: '(UTC+6)', '(UTC)'."""
        if minutes == 0:
            return self.gettext("(UTC)")
        return self.gettext("(UTC%(offset)s)") % {"offset": offset_text(minutes, minus=self.minus)}

    def clock_note(self, events: Iterable[Event], zone: str | None) -> str | None:
        """The line by a timeline that says which clock its times are on, where any of
        ``events`` has a time without a UTC offset (one with its offset says it, '(UTC+6)');
        None where none has. Without the site's ``zone`` (``time_zone``), such a time is on
        the clock of its place: 'Times are local to each place.' With it, on that zone's:
        'Times are Chile Time.', its name as CLDR writes it in the language, with its
        offset where all the times have the same one ('Times are India Standard Time
        (UTC+5:30).'). Read as '00:11', a time said nothing of its clock, and a reader of
        a story told across zones, or from another, could not tell which it was."""
        events = list(events)
        zoneless = [date for date in timed_dates(events) if date.offset is None]
        if not zoneless:
            said = said_once(events, zone)
            if said is None or zone is None:
                return None
            # Every time has its own offset, the zone's: said once here, not on each entry.
            first = next(date for date in timed_dates(events) if date.offset is not None)
            named = f"{self._zone_name(zone, first)} {self._offset(said)}"
            return self._numerals(self.gettext("Times are %(zone)s.") % {"zone": named})
        if zone is None:
            # Translators: a quiet line above a timeline whose times are given without
            # their time zone: each is the clock time of the place it happened in.
            return self.gettext("Times are local to each place.")
        named = self._zone_name(zone, zoneless[0])
        offsets = {zone_offset(date, zone) for date in zoneless}
        if len(offsets) == 1 and (offset := offsets.pop()) is not None:
            named = f"{named} {self._offset(offset)}"
        # Translators: a quiet line above a timeline: the time zone all
        # its times are on. The zone is CLDR's name of it in this
        # language ('Chile Time', 'heure du Chili', 'за чилійським
        # часом', 'Чили'), perhaps with its UTC offset after it ('India
        # Standard Time (UTC+5:30)'): a label ('Heures : heure du
        # Chili') reads right whatever the name's form.
        return self._numerals(self.gettext("Times are %(zone)s.") % {"zone": named})

    def _zone_name(self, zone: str, date: PartialDate) -> str:
        """The time zone ``zone`` (an IANA name) as CLDR names it in this language: its
        generic name where its clock changes in the year of ``date`` ('Central European
        Time', for winter and summer), else its standard one ('India Standard Time'); the
        generic name of a zone of one offset is written from its country's name by a
        pattern Babel reads wrongly in some languages (Russian 'Индия, летнее время',
        'India, summer time'). In a language whose standard names are its winter time's
        (``WINTER_NAMED``), a zone of one offset has no winter: its name is its region's
        generic one where CLDR has it ('kínai idő' for China, not 'kínai téli idő'), else
        the standard one without its winter ('indiai idő', not 'indiai téli idő')."""
        winter, summer = (zone_offset(PartialDate(date.year, month, 1, 12, 0), zone) for month in (1, 7))
        tz = get_timezone(zone)
        if winter != summer:
            return str(get_timezone_name(tz, "long", zone_variant="generic", locale=self.locale))
        standard = str(get_timezone_name(tz, "long", zone_variant="standard", locale=self.locale))
        seasons = WINTER_NAMED.get(self.locale.language)
        if seasons is None:
            return standard
        canonical = get_global("zone_aliases").get(zone, zone)  # 'Asia/Calcutta' is 'Asia/Kolkata'
        region = get_global("meta_zones").get(canonical)
        generic = self.locale.meta_zones.get(region, {}).get("long", {}).get("generic") if region else None
        if generic:
            return str(generic)
        for winter_words, instead in seasons:
            standard = standard.replace(winter_words, instead)
        return standard

    @functools.cached_property
    def _hours(self) -> Interval:
        # A clock of twelve hours has its own spans, joined as a part of the day between
        # them or not ('सुबह 11 – दोपहर 1 बजे', 'सुबह 10–11:30 बजे').
        return self._interval("Hm" if self._period_clock is None else "Bhm")

    def _hours_field(self, start: PartialDate, end: PartialDate) -> str:
        """The largest field of a time that differs between ``start`` and ``end``, of one
        day: its part of the day ('B', on a clock of twelve hours), its hour or its minutes."""
        if self._period_clock is not None:
            periods = self._period_clock.periods
            if day_period(periods, start.hour or 0) != day_period(periods, end.hour or 0):
                return "B"
            return "h" if start.hour != end.hour else "m"
        return "H" if start.hour != end.hour else "m"

    @staticmethod
    def _without_period(pattern: DateTimePattern) -> DateTimePattern:
        """``pattern``, a time's, without its part of the day ('B') and the space beside it."""
        return parse_pattern(re.sub(r"[ \u00a0]?B[ \u00a0]?", "", pattern.pattern, count=1))

    def _times_of_a_day(self, start: PartialDate, end: PartialDate) -> str | None:
        """A span from one time to another of the same day, to the minute, in one UTC
        offset: the day written once, and the times as the language's span of times
        joins them ('14 July 2021, 22:30–23:45', '14. Juli 2021, 22:30–23:45 Uhr'); None
        for any other span. Written as two whole dates, it repeated the day."""
        if start.precision != Precision.MINUTE or end.precision != Precision.MINUTE:
            return None
        if (start.year, start.month, start.day, start.offset) != (end.year, end.month, end.day, end.offset):
            return None
        field = self._hours_field(start, end)
        if field not in self._hours:
            return None
        # The span's pattern gives the mark between the times ('–', '～', ' تا '); the
        # times are written as a time alone is (Japanese '22:30', not the span's
        # '22時30分'), German's 'Uhr' (``CLOCK_WORD``) after the last alone.
        started = datetime.time(start.hour or 0, start.minute or 0)
        joint = self._parted(self._apply(self._hours[field][0], started))[1]
        first, last = self._two_times(start, end)
        day = datetime.date(start.year, start.month or 1, start.day or 1)
        text = self._apply(self._of_day(self._day, day), day)
        times = self._joined(first, joint, last)
        return self._zoned(self._glue.replace("{1}", text).replace("{0}", times), start)

    def _two_times(self, start: PartialDate, end: PartialDate) -> tuple[str, str]:
        """The times of ``start`` and ``end``, of one day and one precision, as a span of
        them writes them: the word the language writes beside a time once (German's 'Uhr'
        after the last, ``CLOCK_WORD``; Finnish 'klo' before the first, ``CLOCK_BEFORE``),
        and on a clock of twelve hours their part of the day once where it is the same."""
        precision = start.precision
        started, ended = (
            datetime.time(date.hour or 0, date.minute or 0, date.second or 0) for date in (start, end)
        )
        first = self._time(started, precision, bare=True)
        last = self._time(ended, precision)
        if self.locale.language in CLOCK_BEFORE:  # 'klo 16.02–16.05': the word once, first
            first = self._time(started, precision)
            last = self._time(ended, precision, bare=True)
        if (
            self._period_clock is not None
            and precision == Precision.MINUTE
            and self._hours_field(start, end) != "B"
        ):
            first, last = self._period_once(started, ended)
        return first, last

    def _between_times(self, start: PartialDate, end: PartialDate) -> tuple[str, str] | None:
        """'Between' two times of one day, in one UTC offset, in two: the day with what
        joins it to its times, and the times in the language's words for 'between' with
        their offset once ('14 July 2021, ' and 'between 22:30 and 23:45 (UTC+2)'); None
        for any other span. Written as two whole dates, it named the day twice ('Between
        14 July 2021, 22:30 and 14 July 2021, 23:45'). The day is joined as an
        approximate time is (``_about_glue``): the words for 'between' take the place of
        the time's preposition. Where the language writes the time first (Vietnamese),
        the first part is the times, which then begin with a capital. Not without
        ``news_forms``, whose dates the importer reads back as files exported before 6
        December 2026 wrote them."""
        if not self.writes_news_forms:  # as the pages wrote it before 6 December 2026
            return None
        if start.precision <= Precision.DAY or start.precision != end.precision or start == end:
            return None
        if (start.year, start.month, start.day, start.offset) != (end.year, end.month, end.day, end.offset):
            return None
        first, last = self._two_times(start, end)
        # Translators: two times of one day, the bounds of the moment
        # an event happened at ('14 July 2021, between 22:30 and
        # 23:45'); the day is written before it, as before a time, so
        # it begins with a small letter. A time takes its article here
        # as after 'about' ('c. %(time)s', in the context "a time").
        times = self.pgettext("two times of a day", "between %(start)s and %(end)s") % {
            "start": first,
            "end": last,
        }
        day = datetime.date(start.year, start.month or 1, start.day or 1)
        text = self._apply(self._of_day(self._day, day), day)
        before, _, after = self._about_glue.partition("{0}")
        if "{1}" in before:
            return before.replace("{1}", text), self._zoned(times + after, start)
        first = capital_first(times, self.locale.language) + before
        return first, self._zoned(after.replace("{1}", text), start)

    def _period_once(self, started: datetime.time, ended: datetime.time) -> tuple[str, str]:
        """Two times of one part of the day, on a clock of twelve hours (``DAY_PERIOD_CLOCK``),
        with the part written once, where the language writes it: before the first
        ('सुबह 10–11:30 बजे', 'காலை 10–11.30 மணி') or after the last ('10:00–11:30 ng
        umaga'); the word after a time after the last alone. A first time that is a word of
        its own ('noon', ``DayPeriodClock.exact``) says its part of the day: the last keeps
        its own ('noon–12:30 p.m.', where '12–12:30 p.m.' read as two times past noon)."""
        if (word := self._exact_hour(started)) is not None:
            return word, self._time(ended, Precision.MINUTE)
        first, last = (
            self._bare_hour if time.minute == 0 and self._bare_hour is not None else self._bare_minute
            for time in (started, ended)
        )
        if first.pattern.startswith("B"):
            last = self._without_period(last)
        else:
            first = self._without_period(first)
        return self._apply(first, started), self._apply(self._clock(last), ended)

    def _between(
        self, start: PartialDate, end: PartialDate, year: bool = True, *, governed: bool = False
    ) -> str:
        """A span as the language's span pattern writes it; with ``governed`` (and
        ``year``), both its ends as a word before them governs them (``MONTH_GOVERNED``)."""
        if not governed and (times := self._times_of_a_day(start, end)) is not None:
            return times
        halves = self._halves(start, end, year, governed=governed, governed_end=governed)
        if halves is not None:
            return self._joined(*self._parted(halves[0]), halves[1])
        if governed:
            first, last = self._governed_single(start), self._governed_single(end)
        else:
            first, last = self._single(start, year), self._single(end, year)
        return self._range(first, last)


@functools.cache
def date_text(
    language: Language,
    *,
    minus: str = MINUS,
    native_digits: bool = False,
    tied_ranges: bool = False,
    news_forms: bool = True,
    said_offset: int | None = None,
) -> DateText:
    """The one ``DateText`` of ``language`` (with ``minus``, ``native_digits``,
    ``tied_ranges``, ``news_forms`` and ``said_offset``) in this process."""
    return DateText(
        language,
        translations(language.catalog),
        minus=minus,
        native_digits=native_digits,
        tied_ranges=tied_ranges,
        news_forms=news_forms,
        said_offset=said_offset,
    )


def timed_dates(events: Iterable[Event]) -> list[PartialDate]:
    """The dates with a time of ``events`` (their starts and ends), but those of an
    event whose ``display_date`` (the editor's words) is shown instead."""
    return [
        date
        for event in events
        if not event.display_date  # the editor's words, which say what they say
        for date in (event.date, event.end)
        if date is not None and date.precision > Precision.DAY
    ]


def said_once(events: Iterable[Event], zone: str | None) -> int | None:
    """The UTC offset a timeline of ``events`` says once, above it, rather than after each
    time ('Times are Eastern Time (UTC−4).'): where some of their times are written with
    an offset of their own, and every one is on the clock of the site's ``zone``
    (``time_zone``) at one offset, their own or the zone's. None otherwise: without a
    zone, or with times on other clocks or at two offsets (a story across summer time's
    change), each keeps its own. A newsroom says its times' zone once ('All times
    EDT'): '1:25 a.m. (UTC−4)' on every entry of a story told on one clock was noise, and
    wrapped '(UTC−4)' onto a line of its own in the date column at 1280 px."""
    if zone is None:
        return None
    dates = timed_dates(events)
    if all(date.offset is None for date in dates):
        return None  # nothing to leave off: clock_note names the zone
    offsets = {zone_offset(replace(date, offset=None), zone) for date in dates}
    if len(offsets) != 1 or any(date.offset not in (None, *offsets) for date in dates):
        return None
    return offsets.pop()


def for_tag(
    tag: str,
    *,
    minus: str = MINUS,
    native_digits: bool = False,
    tied_ranges: bool = False,
    news_forms: bool = True,
    said_offset: int | None = None,
) -> DateText:
    """The ``DateText`` of the language ``tag`` (English when it has no catalog, which
    ``check`` reports); with ``native_digits``, writing the language's own digits, as
    pages and feeds do (the data files keep 0-9); with ``tied_ranges``, a span's ends
    kept on one line with the mark between them, as pages do (``tied``); without
    ``news_forms``, CLDR's Gregorian years and 24-hour clock (``DateText``); with
    ``said_offset``, a page's times written without the UTC offset it says once
    (``said_once``)."""
    return date_text(
        written_in(tag),
        minus=minus,
        native_digits=native_digits,
        tied_ranges=tied_ranges,
        news_forms=news_forms,
        said_offset=said_offset,
    )


_TRAILING_WORD = later(r"(?<=[A-Za-z])[^A-Za-z]*?(?![A-Za-z])[^\W\d_][^A-Za-z]*$")
"""A word after a time pattern's last field, as CLDR's Bulgarian clock ends in ('HH:mm
'ч'.', for часа, 'hours') and its Thai one ('HH:mm น.', for นาฬิกา): text with a letter in
it after the last field letter (a field letter is ASCII: CLDR quotes ASCII text)."""


@functools.cache
def _wordless(pattern: DateTimePattern) -> DateTimePattern:
    """``pattern``, a time's, without the word it ends in (``_TRAILING_WORD``): the first
    of two times of one day, whose word the last has, once, as German writes 'Uhr' once
    ('22:30–23:45 Uhr'); Babel's interval formats write it twice for Bulgarian
    ('22:30 ч. – 23:45 ч.'), and have none for two times to the second."""
    found = _TRAILING_WORD().search(pattern.pattern)
    return parse_pattern(pattern.pattern[: found.start()]) if found else pattern


def _as_it_is(pattern: DateTimePattern) -> DateTimePattern:
    """``pattern`` itself: ``_wordless``'s stand-in where the word stays."""
    return pattern


def _with_joint(first: DateTimePattern, model: DateTimePattern) -> DateTimePattern:
    """``first``, a span's first half, ending in the marks and spaces ``model``, another
    first half, ends in; as it is where either ends in no such joint (a word, a quote)."""
    joint = _trailing_joint(first.pattern)
    wanted = _trailing_joint(model.pattern)
    if not joint or not wanted or joint == wanted:
        return first
    return parse_pattern(first.pattern.removesuffix(joint) + wanted)


def _trailing_joint(pattern: str) -> str:
    """What ``pattern``, a span's first half, ends in of ``SEPARATORS``, if a mark is in it
    ('\u2009–\u2009', '–'); '' where spaces alone end it."""
    joint = pattern[len(pattern.rstrip(SEPARATORS)) :]
    return joint if joint.strip(" \u00a0\u2009\u202f") else ""


def tied(joint: str) -> str:
    """``joint``, what joins a span's two ends as its pattern writes it (' – ', '–',
    '\u2009–\u2009', '～', ' تا '), with no line break allowed in it or at its edges: its
    spaces no-break ones of their width, and its dash or tilde between word joiners
    (U+2060), or after a no-break space. Browsers broke a span after its dash, the rule
    for a dash in running text ('30 March –' ending a line, '2 April 2010' on the next,
    '17–' over '18 April'), and before a full-width '～' or an em dash; a space next to a
    dash, made a no-break one, does not stop a break after the dash (Unicode's line
    breaking rules LB12a and LB21), a word joiner does. Used only where the span's first
    end is a number alone (``_ties``)."""
    out: list[str] = []
    for char in joint:
        char = NO_BREAK_SPACES.get(char, char)
        if char in SEPARATORS and not char.isspace():  # a dash, a tilde, '至'
            if not out or out[-1] not in NO_BREAK_SPACES.values():
                out.append(WORD_JOINER)
            out += [char, WORD_JOINER]
        else:
            out.append(char)
    return "".join(out)


_LONE_NUMBER = re.compile(r"\d+\.?")
"""A span's first end that is a number alone: a day ('17', German '17.', Persian '۱۹') or
a year ('2009')."""


def _ties(first: str) -> bool:
    """Whether a span whose first end is ``first`` is tied at its joint (``tied``): where
    that end is a number alone ('17–18 April', '2009–2012'), which a line ending at the
    dash leaves meaning nothing ('17 –' over '18 April'). Between whole dates or times
    ('30 March – 2 April 2010', '10:00 (UTC+6) – 18 April'), a line may end after the
    dash, where style guides allow it: each end keeps its own ties (``unbroken``), and a
    date column too narrow for both on one line (144 px at 1280) breaks there, not inside
    a date."""
    return _LONE_NUMBER.fullmatch(first.strip()) is not None


def ordinal_day(pattern: str, ending: str) -> str:
    """A CLDR date ``pattern`` whose day of the month is followed by ``ending`` ('d MMMM y'
    and 'er': "d'er' MMMM y"); text quoted in the pattern is left as it is."""
    out: list[str] = []
    quoted = False
    i = 0
    while i < len(pattern):
        if pattern[i] == "'":
            quoted = not quoted  # '' (a quote itself) toggles twice
        elif pattern[i] == "d" and not quoted:
            end = i
            while end < len(pattern) and pattern[end] == "d":
                end += 1
            out.append(pattern[i:end] + f"'{ending}'")
            i = end
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


def format_months(pattern: str) -> str:
    """A CLDR date ``pattern`` with its stand-alone month (L) in the format form (M):
    'LLLL y' is 'MMMM y'; text quoted in the pattern is left as it is."""
    out: list[str] = []
    quoted = False
    for char in pattern:
        if char == "'":
            quoted = not quoted
        out.append("M" if char == "L" and not quoted else char)
    return "".join(out)


_ENDING_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d_])")
"""A hyphen between a number and the letters of its ending or case ('15-май')."""


IDEOGRAPHIC_DATES = frozenset({"ja", "zh", "ko"})
"""Languages whose dates have no space between their parts ('2021年12月28日ごろ') or at a
span's joint ('12월~2020년'), which the stylesheet keeps whole (``word-break: keep-all``):
too wide for the timeline's date column at 1280 px (144 px), they were cut inside a word
or a number ('2019年12月至2020' over '年1月'), or a line began with a span's tilde
('～12月28日ごろ': JIS X 4051 starts no line with a wave dash). Their lines may break
after a year's 年, as other languages' years may go to the next line ('2021年' over
'12月28日ごろ'); after a span's tilde, never before it ('2019년 12월~' over '2020년 1월');
and before Chinese's '至' (to), which reads with the span's second end, as 'to' does
('約2021年12月28日' over '至2022年1月3日'). Nowhere else: not between a number and its
年, 月 or 日, nor before 'ごろ' or '경'. Each break is a zero-width space; a span tied at
its joint (``tied``: its first end a number alone) stays tied."""

_YEAR_UNIT = later("(?<=\\d年)(?=\\d)")
"""Between a year's 年 and the month's number after it ('2021年12月')."""

_SPAN_TILDE = later("(?<=[^\\s\u2060])\u2060?([～~])(?=[^\\s\u2060])")
"""A span's tilde between its ends without a space ('12월~2020년'), which ``tied`` did
not tie (a word joiner before it, ``unbroken``'s, or not)."""

_SPAN_TO = later("(?<=[^\\s\u2060])至(?=[^\\s\u2060])")
"""Chinese's '至' (to) between a span's ends, which ``tied`` did not tie."""


_AFTER_KARA = later("(?<=から)(?=[^\\s\u2060\u200b])")
"""After Japanese's 'から' (from) between a phrase's two dates or times, where its line
may break, as after a span's tilde: '2021年11月27日から12月21日までの間', kept whole but
after its year, was wider than the date column at 1280 px, which cut it ('12月' over
'21日')."""

_AFTER_BRACKET = later("(?<=\\))(?=[^\\W\\d_])")
"""Between an offset's closing bracket and a word after it ('(UTC−9:30)起', '(UTC−9:30)까지'),
where a browser may break (a closing bracket before an ideograph or a Hangul syllable):
the date column at 1280 px left '起' and '까지' alone on the last line."""


def _ideographic_breaks(language: str, text: str) -> str:
    """``text``, a date as a page writes it in ``language``, with the line breaks of
    ``IDEOGRAPHIC_DATES`` where it is one of them (and none after an offset's bracket,
    ``_AFTER_BRACKET``)."""
    if language not in IDEOGRAPHIC_DATES:
        return text
    text = _SPAN_TILDE().sub("\u2060\\1\u200b", text)
    text = _SPAN_TO().sub("\u200b至", text)
    text = _AFTER_KARA().sub("\u200b", text)
    text = _AFTER_BRACKET().sub("\u2060", text)
    return _YEAR_UNIT().sub("\u200b", text)


_SPAN_LAST_DAY = (
    "(\\d(?:\\.|er|º)?[\u2060\u00a0\u202f]*[–—-][\u2060\u00a0\u202f]*\\d{1,2}(?:\\.|er|º)?)"
    "\u00a0(?=[^\\W\\d_])"
)
"""The no-break space between a span's last day and its month, where its first day is a
number alone ('18–19 September', '18. – 19. listopadu'): the span tied at its dash and to
its month was wider than the date column at 1280 px in some thirty languages, which cut
the month ('18–19 Septembe' over 'r 2021'). The days may end a line, their month begin
the next; a first day with its month ('28 September – 3 October') keeps each day with its
month."""


_SPACE_BEFORE_DASH = re.compile("[ \u2009](?=[–—~～〜-][ \u00a0\u2009\u202f])")
"""The space before a span's dash or tilde with a space after it ('30 March – 2 April')."""

_DASH_AFTER_TEXT = re.compile("(?<=[^\\s\u2060])(?=[—~～〜])")
"""Before a dash or tilde a line may begin with by Unicode's rules (an em dash, a tilde:
'März—April'), right after what it follows."""


def _dash_ends_its_line(text: str) -> str:
    """``text``, a date, where no line begins with a span's dash or tilde: the space before
    it a no-break one of its width, else a word joiner before it. A line may still end
    after it ('28 октября –' over '3 ноября 2021 г.'), as newsroom typography and JIS X
    4051 (for a tilde) would have it: a date column began lines with the dash, '27 август'
    over '– 28 септември' in Bulgarian, Greek, Polish, Russian, Serbian, Tamil, Telugu."""
    spaced = _SPACE_BEFORE_DASH.sub(lambda space: NO_BREAK_SPACES[space[0]], text)
    return _DASH_AFTER_TEXT.sub(WORD_JOINER, spaced)


_TIED_BOTH_WAYS = re.compile("(\u00a0\\d{1,2}[:.]\\d{2})\u00a0\\(")
"""A time tied by no-break spaces to what is before it and to its UTC offset after it."""


@functools.cache
def _tied_spaces(language: Language, *, offset_apart: bool = False) -> re.Pattern[str]:
    """The spaces of a date written in ``language`` that no line should break at: between
    a day and its month's name, either way round (in Spanish and Portuguese, the day and
    the 'de' after it only: '28 de septiembre' tied was wider than the timeline's date
    column at 1280 px, which broke the month inside itself, 'septiembr' over 'e'), after
    an abbreviation before a number ('c. 1990', but not before a day tied to its month:
    'ca.' over '28. september'), after a short word before a time
    ('ore 11.36', 'alle 9.37', 'um 11.36 Uhr', 'at 10:00', as an editor's display_date
    writes it: the key moments broke '14 agosto 2018, ore' over '11.36'), between a time
    and its UTC offset ('18:50 (UTC+2)') or Thai's and Bulgarian's word for o'clock ('22:00 น.',
    '05:37 ч.'), and
    inside the offset's brackets where a language writes a word there ('(بتوقيت UTC+2)',
    '(به وقت UTC+2)': a date column broke them apart)."""
    locale = language.locale
    names = _month_names(locale)
    month = "(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)"
    words = SPAN_WORDS.get(locale.language)
    # Not after a time with its seconds, nor before an offset with minutes ('(UTC+5:30)'):
    # tied, each was too wide for the date column at 1280 px, which broke it inside the
    # offset; nor after a time tied to a word before it (``unbroken``).
    apart = offset_apart or locale.language in OFFSET_APART
    offset = "" if apart else r"|(?<=\d)(?<!:\d\d:\d\d) (?=\([^()\s:]*\))"
    return re.compile(
        rf"(?<![\d:])\d{{1,2}}(?:\.|er|º)? (?=(?:(?:de|del) )?{month})"  # '16 avril', '16 de abril'
        + _worded_month_number(names)  # 'tháng 9'
        + rf"|(?<!\w){month} (?=\d{{1,2}}(?![\d:]))"  # 'April 16', not a time
        + _span_words_after_numbers(words)  # '2024 m.', '25 d.'
        + "|"
        + _abbreviation_before_number(words, month)  # 'c. 1990', 'kl. 17.37', not 'ca. 28. september'
        # A word of its own (a space or nothing before it), so that no date CLDR writes
        # is tied at its joint to the time ('7日 10:00', Kyrgyz '15-май 18:50').
        + r"|(?<!\S)[^\W\d_]{1,5} (?=\d{1,2}[:.]\d{2}(?!\d))"  # 'ore 11.36', 'at 10:00'
        + offset  # '18:50 (UTC+2)'
        # Thai's word after a time, 'น.' (นาฬิกา, o'clock), as CLDR's th writes it: the key
        # moments broke '10:00' over 'น. (UTC+7)'; so is Bulgarian's 'ч.' (часа, hours).
        + r"|(?<=\d) (?=(?:\u0e19|ч)\.)"  # '22:00 น.', '05:37 ч.'
        # Inside the offset's brackets, which may then go to a line of their own: tied to
        # the time too, '18:50 (بتوقيت UTC+2)' was too wide for the date column, which
        # broke it inside 'UTC'. But not before an offset with minutes: '(بتوقيت UTC+3:30)'
        # tied was too wide itself, broken 'UTC+3:3' over '0)'.
        r"| (?=[^()]*UTC[^()]*\))(?!UTC[^()\s]*:\d\d\))",  # '(بتوقيت UTC+2)'
        re.IGNORECASE,
    )


def _month_names(locale: Locale) -> set[str]:
    """Every name a date in ``locale``'s language gives a month: CLDR's, wide and
    abbreviated, as a date and on its own, and the cases a day or a phrase puts it in."""
    names = {
        name
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in locale.months[context][width].values()
    }
    if locale.language in AFTER_DAY:  # the genitive a day puts a month in ('4. avgusta')
        names |= set(_SLOVENIAN_GENITIVE.values())
    if locale.language == "lv":  # and in the cases its date phrases put them in (``_latvian``)
        names |= {_latvian_case(name, case) for name in _latvian_months() for case in _LATVIAN_CASE_ENDINGS}
    return names


def _worded_month_number(names: set[str]) -> str:
    """The alternative of ``_tied_spaces`` for a month named by a word and its number
    ('tháng 9'), or ''. Vietnamese names a month so: a narrow column could break '7 tháng'
    over '9, 2024' (a line may break at any other space). No other shipped language's
    month has a space in it."""
    worded = sorted({n.rsplit(" ", 1)[0] for n in names if re.fullmatch(r"\S+ \d{1,2}", n)})
    return rf"|(?<!\w)(?:{'|'.join(map(re.escape, worded))}) (?=\d{{1,2}}(?![\d:]))" if worded else ""


def _span_words_after_numbers(words: tuple[str, ...] | None) -> str:
    """The alternative of ``_tied_spaces`` for a span's words after a year and a day
    (``SPAN_WORDS``), or ''. Lithuanian's 'm.' and 'd.' go with their numbers: the
    timeline's date column broke 'lapkričio 25' over 'd. 05:28', the day's word tied to
    the time by the rule for 'c. 1990', which these dots are kept out of
    (``_abbreviation_before_number``)."""
    if not words:
        return ""
    after_number = "|".join(re.escape(word) for word in words)
    return rf"|(?<=\d) (?=(?:{after_number})(?!\w))"


def _abbreviation_before_number(words: tuple[str, ...] | None, month: str) -> str:
    """The pattern of ``_tied_spaces`` for the space after an abbreviation before a
    number ('c. 1990', 'kl. 17.37'), not after a span's word (``SPAN_WORDS``, each a
    letter and its dot) and not where the number is a day before a time or a day with its
    ``month``."""
    letters = "".join(word[0] for word in words) if words else ""
    # Not a day's number and its dot before a time: Hungarian's 'szeptember 28. 15:10',
    # tied whole, was wider than the date column at 1280 px, which broke the month inside.
    not_day_before_time = r"(?!(?<=\d\.) \d{1,2}[:.]\d{2}(?!\d))"
    # Nor an abbreviation before a day and its month, tied to each other: all three tied,
    # 'ca. 28. september', 'περ. 28 Σεπτεμβρίου', 'ok. 28 października' were wider than
    # the date column at 1280 px, which cut the month ('ca. 29. septemb' over 'er'). The
    # word for 'about' may end a line there, as 'omkring' and 'vers le' always could.
    day_and_month = rf"(?!\d{{1,2}}(?:\.|er|º)? (?:(?:de|del) )?{month})"
    if words:
        return rf"(?<=\.)(?<!\b[{letters}]\.){not_day_before_time} (?=\d){day_and_month}"
    return rf"(?<=\.){not_day_before_time} (?=\d){day_and_month}"


def _other_day(start: PartialDate, end: PartialDate) -> bool:
    """Whether ``start`` and ``end`` both name a day (``_is_day``), not the same one."""
    days = ((d.year, d.month, d.day) for d in (start, end))
    return _is_day(start) and _is_day(end) and next(days) != next(days)


def _is_day(date: PartialDate) -> bool:
    """Whether ``date`` names a day (perhaps with a time), not a month or a year."""
    return date.precision >= Precision.DAY
