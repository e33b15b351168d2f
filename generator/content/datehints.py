"""Dates as people write them, read for suggestions: "March 5, 2010", "5 de marzo de
2010", "05/03/2010 14h", "5-7 March", "from 5 to 7 March 2010", "2010-03-05 14:00 CET".
Check's hints for a date not in the contract's forms (``hint``, ``suggest``) and the
import of a sheet's dates (``either_way``, ``month_number``) read them here; the forms
themselves, and everything a build does with a date, are ``dates.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import cache

from generator.content.dates import (
    MONTHS,
    DateFormError,
    PartialDate,
    Precision,
    not_before,
    offset_text,
    parse_date,
    zone_known,
    zone_offset,
    zone_suggestion,
)
from generator.errors import unseen_character
from generator.patterns import later


def _without_marks(word: str) -> str:
    """``word`` as folding writes it (``_folded``), without loading Babel: Thai's marks that
    Unicode decomposes as combining ones ('เมื่อวาน' -> 'เมือวาน') set aside."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_ENGLISH_MONTHS = {name.lower(): n for n, name in enumerate(MONTHS) if name} | {
    name[:3].lower(): n for n, name in enumerate(MONTHS) if name
}
"""English month names, whole or in three letters ('oct'), to their numbers."""
_OTHER_SPELLINGS = {"setiembre": 9, "set": 9, "सितमबर": 9, "अकतूबर": 10, "नवमबर": 11, "दिसमबर": 12} | {
    name: n
    for n, names in enumerate(
        (
            ("januara", "јануара"),
            ("februara", "фебруара"),
            ("marta", "марта"),
            ("aprila", "априла"),
            ("maja", "маја"),
            ("juna", "јуна"),
            ("jula", "јула"),
            ("avgusta", "августа"),
            ("septembra", "септембра"),
            ("oktobra", "октобра"),
            ("novembra", "новембра"),
            ("decembra", "децембра"),
        ),
        start=1,
    )
    for name in names
}
_OTHER_SPELLINGS |= {
    "januarja": 1, "februarja": 2, "marca": 3, "aprila": 4, "maja": 5, "junija": 6, "julija": 7,
    "avgusta": 8, "septembra": 9, "oktobra": 10, "novembra": 11, "decembra": 12,
}  # fmt: skip
_OTHER_SPELLINGS |= {
    _without_marks(name): n
    for name, n in (
        ("జూలై", 7), ("ఆగష్టు", 8), ("సెప్టెంబరు", 9), ("అక్టోబరు", 10), ("నవంబరు", 11), ("డిసెంబరు", 12),
    )
}  # fmt: skip
_OTHER_SPELLINGS |= {_without_marks(name): n for name, n in (("জানুয়ারী", 1), ("ফেব্রুয়ারী", 2))}
_OTHER_SPELLINGS["mrz"] = 3
_OTHER_SPELLINGS |= {"кві": 4, "тра": 5, "чер": 6, "сер": 8, "жов": 10, "лис": 11, "гру": 12}
"""Month names CLDR leaves out: 'setiembre', the Latin American (and Academy-accepted)
spelling of 'septiembre', as Peru's and Uruguay's papers write it, and its 'set.'; Hindi's
'सितम्बर', 'अक्तूबर', 'नवम्बर', 'दिसम्बर', as many Hindi papers spell CLDR's 'सितंबर',
'अक्टूबर', 'नवंबर', 'दिसंबर' (folded, their virama set aside as accents are); Serbian's
months in the genitive, in both scripts, as Serbian writes them after a day ('1. новембра
2024.', '1. novembra 2024.'), where CLDR has only 'новембар'; and Slovenian's, as a Slovenian date is
written ('4. avgusta 2023'), which CLDR's sl does not give (its months are all
nominatives, 'avgust'); Telugu's 'జూలై', 'ఆగష్టు' and the months ending in 'ు' ('అక్టోబరు'),
as Telugu papers and Wikipedia write CLDR's 'జులై', 'ఆగస్టు', 'అక్టోబర్'; Bengali's
'জানুয়ারী' and 'ফেব্রুয়ারী', ending in the long ī as many Bangladeshi papers spell CLDR's
'জানুয়ারি', 'ফেব্রুয়ারি'; and German's 'Mrz',
as Excel for Windows shows March in a German sheet's 'mmm' ('20. Mrz 2010', 'Mrz'), and
so saves it in the sheet's CSV, where CLDR has 'März' and 'Mär' (its other months, 'Jul',
'Okt', are CLDR's too); and Ukrainian's as Excel for Windows shows them in a sheet in Ukrainian
('mmm': the first three letters, 'кві', 'тра', 'жов', where CLDR's uk has 'квіт.', 'трав.',
'жовт.'; 'січ', 'лют', 'бер', 'лип', 'вер' are CLDR's without their dot)."""


@cache
def _month_numbers() -> dict[str, int]:
    """Month names to their numbers, as ``_folded`` gives them: English ('oct', 'sept'),
    'setiembre' and, from CLDR through Babel, the whole and abbreviated names of every
    language the project ships, as a date is written ('3 de mayo', '3 мая') and alone
    ('май', 'травень'), in each region of it a site can name (``ar-LB`` and Syria, Iraq,
    Jordan write April 'نيسان', Algeria 'أفريل', Austria January 'Jänner'). A name two
    languages give different months would be left out; Croatian's that Polish or Czech give
    another month are read as theirs (``_CROATIAN_CLASHES``). Read on the first date that
    needs it: a build with valid dates never loads them."""
    from babel import Locale, localedata

    from generator.i18n.languages import available, resolve

    numbers: dict[str, set[int]] = {}
    for name, n in (_ENGLISH_MONTHS | _OTHER_SPELLINGS).items():
        numbers.setdefault(name, set()).add(n)
    shipped = set()
    for catalog in available():
        language = resolve(catalog)
        if language is not None:
            shipped.add((language.locale.language, language.locale.script))
    for identifier in localedata.locale_identifiers():
        first = identifier.partition("_")[0]
        if not any(first == code for code, _ in shipped):
            continue  # most of CLDR's: not parsed
        locale = Locale.parse(identifier)
        if (locale.language, locale.script) not in shipped:
            continue  # another script of a language shipped in one ('zh_Hant', 'en_Dsrt')
        for context in locale.months.values():
            for width in ("wide", "abbreviated"):
                for n, name in context[width].items():
                    written = _folded(name).rstrip(".")
                    if locale.language == "hr" and written in _CROATIAN_CLASHES:
                        continue  # read as Croatian only in a date written as Croatian writes it
                    numbers.setdefault(written, set()).add(n)
    return {name: next(iter(ns)) for name, ns in numbers.items() if len(ns) == 1}


@cache
def _weekdays() -> dict[str, int]:
    """The names of the days of the week, whole and abbreviated, in English and every
    shipped language (CLDR, through Babel), as ``_folded`` gives them, to their numbers
    (Monday 0): a date is often written with its day ('Monday, April 19, 2010', 'lundi 19
    avril 2010'). A name two languages give different days is left out (``_shared_weekdays``)."""
    return {name: next(iter(ns)) for name, ns in _weekday_names().items() if len(ns) == 1}


@cache
def _shared_weekdays() -> dict[str, frozenset[int]]:
    """The names of ``_weekday_names`` that two languages give different days, to those
    days: Norwegian's 'tor.' is Thursday (torsdag) and Slovenian's Tuesday (torek)."""
    return {name: frozenset(ns) for name, ns in _weekday_names().items() if len(ns) > 1}


@cache
def _weekday_names() -> dict[str, set[int]]:
    """The names of the days of the week (``_weekdays``), each to the days it names."""
    from generator.i18n.languages import available, resolve

    numbers: dict[str, set[int]] = {}
    english = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for n, name in enumerate(english):
        numbers.setdefault(name, set()).add(n)
    for name, n in (("tues", 1), ("thur", 3), ("thurs", 3)):  # as US papers shorten them: 'Tues., Aug. 8'
        numbers.setdefault(name, set()).add(n)
    for catalog in available():
        language = resolve(catalog)
        if language is not None:
            for context in language.locale.days.values():
                for width in ("wide", "abbreviated"):
                    for n, name in context[width].items():
                        day = _folded(name).rstrip(".")
                        if len(day) == 1 and day.isascii():
                            # Hungarian's 'V', 'H', 'K', 'P' (vasárnap, hétfő, kedd,
                            # péntek) head a calendar's columns; no date is written
                            # after them, and a one-letter word before a date is Czech
                            # 'v' ('in': 'v roce 2021'), read as Sunday and dropped.
                            continue
                        numbers.setdefault(day, set()).add(n)
    # Slovak names a day after 'v' ('on') and 'minulú' ('last') in the accusative, which
    # CLDR does not give and which differs for the feminine ones: 'v stredu', 'v sobotu',
    # 'v nedeľu' beside CLDR's 'streda', 'sobota', 'nedeľa'.
    # Slovenian does too, after 'v' ('on'), 'prejšnjo' ('last'): 'v sredo', 'v soboto', 'v
    # nedeljo', where CLDR has 'sreda', 'sobota', 'nedelja'.
    for name, n in (("stredu", 2), ("sobotu", 5), ("nedeľu", 6), ("sredo", 2), ("soboto", 5), ("nedeljo", 6)):
        numbers.setdefault(_folded(name), set()).add(n)
    # Tamil news names a day with 'கிழமை' ('day') after it, which joins the name as Tamil
    # joins words ('வெள்ளி' and 'வெள்ளிக்கிழமை', Friday; 'திங்கள்' and 'திங்கட்கிழமை', Monday),
    # where CLDR gives the names alone.
    tamil = ("திங்கட்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை", "வெள்ளிக்கிழமை", "சனிக்கிழமை")
    for n, name in enumerate((*tamil, "ஞாயிற்றுக்கிழமை")):
        numbers.setdefault(_folded(name), set()).add(n)
    numbers.setdefault(_folded("திங்கள்கிழமை"), set()).add(0)
    return numbers


def _without_weekday(text: str) -> tuple[str, int | None]:
    """``text`` (folded) without the name of the day of the week it starts with, and that
    day's number; ``text`` and None when it starts with none."""
    first, _, rest = text.partition(" ")
    day = _weekdays().get(first.rstrip(",.")) if rest else None
    return (rest, day) if day is not None else (text, None)


_twelve_hour = later(
    r"(?:\b|(?<=\dt))(\d{1,2})(?:[:.](\d{2}))? ?(?:([ap])\.? ?m\b\.?"
    r"|(?:h )?de la (manana|madrugada|tarde|noche)\b)"
)
"""A time on a twelve-hour clock ('9:30 pm', '9 a.m.'), folded; also right after the 'T' of
a date written as the format asks ('2021-03-25T3pm'), where no word boundary comes before it;
and as Spanish says it ('7 de la tarde', '10.30 de la mañana', '3 de la madrugada')."""


def _as_24_hours(found: re.Match[str]) -> str:
    if int(found[1]) > 12 or (found[4] == "noche" and int(found[1]) == 12):
        # '12 de la noche' is midnight, but of which day is not said: the night's end, mostly.
        return found[0]
    # 'de la noche' is the evening's and the night's first hours: '11 de la noche' is 23:00;
    # 'de la tarde' the afternoon's and evening's.
    later = found[3] == "p" or found[4] in ("tarde", "noche")
    hour = int(found[1]) % 12 + (12 if later else 0)
    return f"{hour:02d}:{found[2] or '00'}"


_WORDED_CLOCK = later(
    r"(?<=[日号일.\d]) ?(?P<half>午前|午後|上午|下午|오전|오후|새벽)? ?(?:"
    r"(?<!\d)(?P<h>\d{1,2}) ?[時时시](?: ?(?P<m>\d{1,2}) ?[分분](?: ?(?P<s>\d{1,2}) ?[秒초])?)?"
    r"|(?(half)(?P<h2>\d{1,2}):(?P<m2>\d{2})|(?!)))$"
)
"""A time after a Japanese, Chinese or Korean day as they write it: its hours and minutes
in words ('14時46分', '14时28分', '15時', '14시 30분'), perhaps after the mark of the
morning or the afternoon ('午後2時46分', '下午2时28分', '下午2:28', '오후 2시 30분'), with or
without a space; after a day in figures too ('2010-08-05 14시'), though never its last
digits ('2010-08-115시' is no day and hour)."""

_AFTERNOON = ("午後", "下午", "오후")


def _as_clock(found: re.Match[str]) -> str:
    """The time ``_WORDED_CLOCK`` found as a clock writes it, after a space: '14:46'."""
    hour = int(found["h"] or found["h2"])
    if found["half"] is not None and hour <= 12:
        hour = hour % 12 + (12 if found["half"] in _AFTERNOON else 0)
    second = f":{int(found['s']):02d}" if found["s"] else ""
    return f" {hour:02d}:{int(found['m'] or found['m2'] or 0):02d}{second}"


def _folded(text: str) -> str:
    """``text`` with case and accents set aside ('Março' -> 'marco'), as month names are read."""
    # Imported here: it loads Babel, which a build whose dates are all valid never needs.
    from generator.i18n.languages import folded

    return folded(text)


def month_number(name: str) -> int | None:
    """A month's number from its name, whole or abbreviated ('Oct.', 'Sept', 'mayo',
    'févr.', 'мая'), in English or any shipped language, case and accents aside; or None."""
    return _month_numbers().get(_folded(name).rstrip("."))


_DAY_FIRST = later(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_DOTTED = later(r"(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})")
"""'07.04.2010': day first, as everywhere dates are written with dots (Germany, Russia,
Kyrgyzstan...), where slashes may be either way; with a space after each dot too, as Czech
writes it ('24. 6. 2021')."""
_YEAR_FIRST = later(
    r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?|(\d{4})[/.](\d{1,2})[/.](\d{1,2})|(\d{4})[/.](\d{2})()"
    r"|(\d{4})(\d{2})(\d{2})"
)
"""'2010-4-9', '2010-4' (no leading zeros), '2010/04/19', '2010.04' (two digits: '2010.5'
may be a year and a half) or '20100419'."""
_INDIC_MARKS = (
    "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0b82\u0bbe-\u0bcd\u0bd7"
    "\u0c00-\u0c04\u0c3c\u0c3e-\u0c4d\u0c55\u0c56\u0c62\u0c63"
    "\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u09e2\u09e3"
)
"""Devanagari's, Tamil's, Telugu's and Bengali's vowel signs, nasal marks, nukta and virama
(Tamil's pulli): Unicode counts them marks, not letters, and ``\\w`` stops at them, so 'जून'
(June) was read as 'ज', 'டிசம்பர்' (December) as 'ட', 'అక్టోబర్' (October) as 'అ', 'নভেম্বর'
(November) as 'নভ', and no Hindi, Tamil, Telugu or Bengali month was."""
_MONTH_WORD = rf"((?:[^\W\d_]|[{_INDIC_MARKS}])+)\.?"
"""A month's name, in letters of any script ('mayo', 'мая', 'مايو', 'जून'), maybe abbreviated ('Oct.')."""
_ORDINAL_ENDING = r"(?:st|nd|rd|th|er|o|°|লা|রা|ঠা|ই|শে)"
"""What follows a day's number as an ordinal, folded: English '3rd', French '1er',
Brazilian '1º' (folded 'o'; typed as a degree sign too, '1°'), Bengali '১লা', '২রা', '৪ঠা',
'৫ই', '২১শে' (the 1st, 2nd, 4th, 5th, 21st)."""
_DE = r"(?:del? +|d['’])?"
"""Spanish, Portuguese and Catalan join a date's parts with 'de' ('3 de mayo de 2010', 'mayo
del 2010'), which Catalan elides before a month said with a vowel first ('21 d’abril de 2020',
'11 d'octubre', as CLDR writes it and editors type it)."""
_YEAR_WORD = r"(?: +(?:г|года|р|року)\.?|-(?:ж|жыл|жылы)\.?)?"
"""The year's word after it in Russian, Ukrainian and Kyrgyz dates ('3 мая 2010 г.', '3 травня
2010 р.', '5-октябрь 2020-ж.', joined to it by a hyphen)."""
_DAY_MONTH = later(
    rf"(\d{{1,2}}){_ORDINAL_ENDING}?(?:\.? +|-){_DE}{_MONTH_WORD},? +{_DE}(\d{{4}}){_YEAR_WORD}"
)
"""'3 May 2010', '3rd May, 2010', '3. Mai 2010', '1er mai 2010', '1º de dezembro de 2026', '3 de mayo de
2010', '3 мая 2010 г.', '1º agosto 2019' (as Italian pages write it), '1° agosto 2019' (the
degree sign an Italian keyboard types) and Kyrgyz '5-октябрь 2020' (the day joined to its
month by a hyphen)."""
_KYRGYZ_YEAR_FIRST = later(r"(\d{4})-(?:ж|жыл|жылы|жылдын)\.?,? +(?:(\d{1,2})-)?([^\W\d_]+)")
"""A Kyrgyz date, year first, as the pages write it ('2020-ж., 5-октябрь', 'ж.' for 'жыл',
year, and CLDR's 'ky' order) and as a sentence does ('2020-жылдын 5-октябры', the month
in its possessive form); or a month ('2020-ж., октябрь')."""
_MONTH_DAY = later(rf"{_MONTH_WORD} +(\d{{1,2}})(?:st|nd|rd|th)?,? +(\d{{4}})")
_MONTH_YEAR = later(rf"{_MONTH_WORD},? +{_DE}(\d{{4}}){_YEAR_WORD}")
"""'May 2010', 'mayo de 2010', 'febrero 2010', 'май 2010 г.'."""
_ROMAN_MONTH = later(r"(\d{1,2})(?:\. ?| +)(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:\. ?| +)(\d{4})")
"""A day, its month in Roman numerals and its year, folded, as Polish writes a date in
letters and on forms ('8 XI 2021', '8.XI.2021', '8 XI 2021 r.')."""
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ROMAN |= {"xi": 11, "xii": 12}
_YEAR_MONTH_DAY = later(r"(\d{4}) *[年년] *(\d{1,2}) *[月월](?: *(\d{1,2}) *[日号일])?")
"""Chinese, Japanese and Korean dates in numbers: '2010年5月3日', '2010年5月', '2010년 5월 3일'."""
_KOREAN_DOTTED = later(r"(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})\.?")
"""A date as the Korean press writes it in numbers, year first, each part ended by a dot
and a space: '2010. 8. 5.'."""
_HOURS = r" ?(?:hodin|hod|h|hrs?|horas?|uhr|uur|u|sati|sata|sat|val|casova|часова|часот|часа|ч)\.?"
"""The word for hours after a time, as Spanish, French, German, Dutch, Czech and Croatian
write it ('20.00 h', '20 Uhr', '15.20 uur', Flemish '15.20 u', '19.15 hod.', '19 hodin',
'12.19 sati'), Lithuanian ('5.28 val.', valanda), Bulgarian ('5:37 ч.', '5 часа'), Serbian
('11.52 часова', '11 časova') and Macedonian ('22 часот', '22.30 часот')."""
_CLOCK = (
    r"(?P<H>\d{1,2})(?:(?P<sep>[:.]| ?[hu] ?)(?P<M>\d{2})(?::(?P<S>\d{2}))?(?P<unit>" + _HOURS + r")?"
    r"|(?P<hours>" + _HOURS + r"))"
)
"""A time of day, with a colon, a dot, an 'h' or Flemish 'u' ('20:00', '20.00 h', '20h30',
'20u30') or the hour alone with its word ('20 h', '20 Uhr'), folded."""
_AT_TIME = later(
    r"(?P<date>.+?)(?:t|,? +(?:(?:a las|a les|a la|at|um|om|a|as|в|об|о|saat|alle ore|alle|ore|pukul|jam"
    r"|o godz\.?|godz\.?|o|στισ|και ωρα|ωρα|ve|v|klockan|klokka|klokken|kl\.?|kello|klo\.?"
    r"|la ora|la orele|ora|orele|u|у|ob|kell|plkst\.?|pulksten|во|[-–—]) +)?)"
    + _CLOCK
    + r"(?: ?(?P<tz>z|[+-]\d{1,2}(?::?\d{2})?))?"
)
"""A date, then a time after a 'T' (lowercased), a space, a comma or a word for 'at':
'2010-04-19 12:00', '3 de mayo de 2010, 20.00 h', '3. Mai 2010 um 20 Uhr', '19 Nisan 2010,
saat 14.30', '13 червня 2023 о 14:30' (Ukrainian's 'о', 'об' before a vowel: 'об 11:00'),
'14 agosto 2018, ore 11.36' (Italian's 'ore', 'alle', 'alle ore'), '4 Desember 2021 pukul
15.20' (Indonesian's 'pukul', 'o'clock', and 'jam', as speech says it), '21 de gener de 2020
a les 9.15 h' (Catalan's 'a les'), '8 listopada 2021, godz.
10:00' and '8 listopada 2021 o godz. 10.00' (Polish 'godz.', hour, and 'o', at), '17 juli 2014
om 15.20 uur' (Dutch's 'om'), '5 Μαρτίου 2023 στις 21:30' and 'ώρα 21:30' (Greek's 'at' and
'time', folded: 'στις' has its final sigma as 'σ'), '24. června 2021 v 19:15' (Czech 'v', 've'
before 'čtrnáct'), '7 april 2017 kl. 14.53' (Swedish 'kl.', 'klockan', o'clock), '18.8.2017 klo
16.02' (Finnish 'klo', 'kello', o'clock), '30. desember 2020 klokka 03.55' (Norwegian 'kl.',
'klokka', 'klokken'), '30 octombrie 2015, ora 22:32' (Romanian 'ora', the hour, 'la ora', at
the hour, and 'orele', which editors write too), '29. prosinca 2020. u 12.19 sati' (Croatian
'u', at; Serbian 'у' in Cyrillic, '1. новембра 2024. у 11.52 часова'),
'28. september 1994 kell 1.22' (Estonian 'kell', o'clock),
'21 novembris 2013 plkst. 17.41' (Latvian 'plkst.', 'pulksten', o'clock),
'4. avgusta 2023 ob 14.30' (Slovenian 'ob', at), '7 август 2016 во 22 часот' (Macedonian 'во')."""


_YEAR_WORD_AFTER = later(
    r"(?<=\d{4}) ?(?:г|года|година|р|року|r|roku|ء)\.?(?=,|\s|$)"
    r"|(?<=\d{4})\. ?(?:aastal|aastast|aastani|aasta|a)\b\.?(?=,|\s|$)"
    r"|(?<=\d{4})\.? (?:godine|године)(?=,|\s|$)"
    r"|(?<=\d{4})\.(?=,|$| [^\W\d]| \d{1,2}[:.]\d{2}(?!\.))"
    r"|^(?:v roce|v roku|roku|vuonna|(?:in )?anul|leta|v letu|(?:a )?arið|(?:a )?arinu) (?=\d{4}(?!\d))"
    r"|^во (?=(?:[^\W\d_]+ )?\d{4}(?!\d))"
)
"""The word for 'year' after a year, folded, as Polish writes it in a date ('8 listopada 2021
r.', '8.11.2021 r.', '2021 roku', '2021 r.') and Russian and Ukrainian do ('2018 г.',
'2018 р.'), or before it, as Czech and Slovak do ('v roce 2021', 'v roku 2024', 'roku
2021'), Slovenian ('leta 2023', 'v letu 2023'), Finnish ('vuonna 2017', 'in the year') and
Romanian ('(în) anul 2015'), Icelandic ('árið 2010', '(á) árinu 2010'); Urdu's
'ء' after a year of the common era ('2020ء', '22 مئی 2020ء'); a year's number says as
much; Serbian's 'godine' ('2024. godine', '2024. године'); Macedonian's 'година' ('2016
година') and 'во' ('in') before a year or a month ('во 2016 година', 'во август 2016'); Estonian's ordinal
year with its word, '1994. aastal' ('in the year 1994') and '1994. a.'. And the dot
Croatian ends a year with ('29. prosinca 2020.', '29.12.2020. u 12:19'), where words, a
time or nothing follow: not a Korean or Hungarian year's, with its month after it ('2010.
8. 5.')."""


_AT_WORD = (
    r"(?:a las|a les|a la|at|um|om|a|as|vers|pukul|jam|klockan|klokka|klokken|kl\.?|kello|klo\.?"
    r"|la ora|la orele|ora|orele|в|ob|во)"
)
"""A word for 'at' before a time, folded: Spanish 'a las', Catalan 'a les', German 'um', Dutch
'om', French 'vers', Portuguese 'às' ('as' folded: Brazilian news writes 'às 12h28'),
Indonesian 'pukul', Swedish 'kl.' and Finnish 'klo' ('o'clock'), Norwegian 'klokka', Romanian
'(la) ora' ('(at) the hour'), Bulgarian 'в', Slovenian 'ob', Macedonian 'во' ('во 22:30 часот на 7
август 2016')."""
_TIME_FIRST = later(
    rf"(?:{_AT_WORD} +)?"
    + _CLOCK
    + r",? +(?:(?:del|de|do dia|do|on|op|le|am|el|du|den|pada tanggal|pada|tanggal|на) +)?(?P<date>.+)"
)
"""A time, then its date, as a sentence of an article gives them: '19.50 h del 15 de abril
de 2019', 'a las 19:50 del lunes 15 de abril de 2019', '7:50 pm on 15 April 2019', 'às
12h28 do dia 25 de janeiro de 2019', 'pukul 15.20 pada 4 Desember 2021', 'om 15.20 uur op 17
juli 2014', 'kl. 14.53 den 7 april 2017', 'в 5:37 ч. на 10 декември 2016 г.', folded."""


_WEEKDAY_AFTER = later(
    r"(?P<date>.+[日号일]|\d{4}\. ?\d{1,2}\. ?\d{1,2}\.?) ?\((?P<weekday>[^()]+)\) ?(?P<rest>.*)"
)
"""A Japanese, Chinese or Korean day with its day of the week in brackets after it, folded
(the full-width brackets are plain ones then): '2011年3月11日(金)', '2008年5月12日(星期一)
14:28', '2010년 8월 5일(목)', '2010. 8. 5.(목)'."""

_CHINESE_WEEKDAY_AFTER = later(
    r"(?P<date>.+[日号]) ?(?P<weekday>(?:星期|禮拜|礼拜|週|周)[一二三四五六日天]) ?(?P<rest>.*)"
)
"""A Chinese day with its day of the week after it and no brackets, folded, as Taiwan's and
China's news write it: '2021年4月3日星期六', '2021年4月3日 週六 上午9時'."""

_CHINESE_WEEK = frozenset({"", "星期", "禮拜", "礼拜", "週", "周"})
"""The words before a Chinese day of the week's number ('' in brackets: '（六）')."""

_CHINESE_WEEKDAYS = {c: n for n, c in enumerate("一二三四五六日")} | {"天": 6}
"""The days of the week as Chinese numbers them after '星期' or '週', Monday 0: the one
character a date's brackets hold ('2021年4月3日（六）'), which CLDR's names, '星期六' and
'週六', are not."""

_WEEKDAY_AFTER_YEAR = later(
    rf"(?P<date>.*\d{{4}}),? (?P<weekday>(?:[^\W\d_]|[{_INDIC_MARKS}])+)\.?(?: (?P<rest>.*))?"
)
"""A date with its day of the week after its year, folded, as Turkish writes a day in full
('19 nisan 2010 pazartesi', '19 nisan 2010 pazartesi 14:30'), and Tamil, its name's vowel
signs and pulli marks to a regular expression ('4 டிசம்பர் 2015, வெள்ளிக்கிழமை')."""


def suggest(text: str, *, allow_time: bool = True) -> str | None:
    """The date form of ``text`` when it plainly is a date written another way
    ('13/10/2010', 'October 13, 2010', '3 de mayo de 2010', '2010年5月3日', '2010-4-9',
    '2010-04-19 23:00'), else None. Month names are read in English and in every shipped
    language, case and accents aside (``month_number``). Numbers
    only count when the year has four digits and the day and month cannot be swapped:
    '10/11/2010' is 10 November in Britain and 11 October in the US, so it gets no
    suggestion. A time is read only with ``allow_time``, after a day. Only a date that
    exists is suggested; one written with its day of the week, if it is that day
    ('Monday, April 19, 2010', '2011年3月11日（金）', '19 Nisan 2010 Pazartesi'). A time
    on a twelve-hour clock is read too ('9:30 pm')."""
    folded = _hebrew_read(_normalized(text))
    read = _armenian_read(_lithuanian_read(_hungarian_read(_latvian_read(_georgian_read(folded)))))
    read = _arabic_read(read)
    text = _filipino_read(_hindi_read(read))
    if text != folded and re.fullmatch(r"\d{4}", text):
        return text  # '2010-ben' ('in 2010'), '2010.': the year itself
    led = _LEAD_WORD().sub("", _WEEKDAY_DEN().sub(r"\1 ", text))
    if led != text and re.fullmatch(r"\d{4}", led):
        return led  # 'în 2015', 'in 2015': the year itself
    text = led
    if allow_time:
        text = _time_last(text)
    rest, weekday = _without_weekday(text)
    if weekday is None and (plain := _suggested(text, None, allow_time)) is not None:
        # Read as it stands, a word after its year is no day of the week: Romanian '30
        # octombrie 2015, la ora 22:32' ('at the hour') has 'la', which is Saturday in Finnish.
        return plain
    # Japanese, Chinese and Korean say the day of the week after the day ('2011年3月11日（金）'),
    # Turkish after the year ('19 Nisan 2010 Pazartesi').
    for weekday_after in (_WEEKDAY_AFTER, _CHINESE_WEEKDAY_AFTER, _WEEKDAY_AFTER_YEAR):
        if weekday is None and (after := weekday_after().fullmatch(text)):
            named = after["weekday"].strip()
            chinese = _CHINESE_WEEKDAYS.get(named[-1:]) if named[:-1] in _CHINESE_WEEK else None
            weekday = _weekdays().get(named, chinese)
            rest = after["date"] + (" " + after["rest"] if after["rest"] else "")
    if weekday is None:
        # A name two languages give different days is read as the one the date falls on,
        # if it is either: 'tor. 15. februar 2024' (a Thursday) as Norwegian's 'tor.',
        # which Slovenian's 'tor.' (Tuesday) would otherwise take from it. Only when one
        # reading fits: each day could pick another of '4/12/2021''s two dates.
        first, _, after_day = text.partition(" ")
        days = _shared_weekdays().get(first.rstrip(",."), frozenset()) if after_day else frozenset()
        fits = {found for day in days if (found := _suggested(after_day, day, allow_time)) is not None}
        if len(fits) == 1:
            return fits.pop()
        return _suggested(text, None, allow_time)
    if text.partition(" ")[0].rstrip(",.") in _month_numbers():
        # 'mar': March in English, Tuesday in Spanish ('mar. 16 de marzo de 2010'): a month first.
        return _suggested(text, None, allow_time) or _suggested(rest, weekday, allow_time)
    return _suggested(rest, weekday, allow_time)


_HINDI_ON = later(r"(?<=\d) (?:को|کو)(?= |,|$)")
"""'को' ('on') after a date, as a Hindi sentence writes it: '7 जुलाई 2023 को'; and Urdu's
'کو': '22 مئی 2020 کو'."""
_HINDI_CLOCK = later(
    r"(?:(तडके|सुबह|दोपहर|शाम|रात|صبح|دوپہر|سہ پہر|شام|رات) +)?(\d{1,2})(?:[:.](\d{2}))? *(?:बजे|بجے)"
)
"""A time as Hindi and Urdu say it, the part of the day before the hour and 'बजे' ('بجے',
'o'clock') after it: 'शाम 6:55 बजे', 'रात 9 बजे', 'सुबह 10.30 बजे', 'شام 6 بجے'."""
_TAMIL_ON = later(r"(?<=\d) அனறு(?= |,|$)")
"""'அன்று' ('on') after a date, as a Tamil sentence writes it ('2 டிசம்பர் 2015 அன்று'),
folded: its pulli set aside as accents are."""
_TAMIL_CLOCK = later(
    r"(?:(நளளிரவு|அதிகாலை|காலை|மதியம|பிறபகல|மாலை|இரவு) +)?(\d{1,2})(?:[:.](\d{2}))? *மணி(?:ககு|யளவில)?"
)
"""A time as Tamil news writes it, the part of the day before the hour and 'மணி' ('o'clock',
'மணிக்கு' 'at', 'மணியளவில்' 'about') after it, folded: 'காலை 10 மணி', 'மாலை 6.30 மணிக்கு',
'இரவு 10 மணியளவில்', 'நள்ளிரவு 1.30 மணி' (past midnight, as Tamil pages write it)."""
_TAMIL_YEAR_FIRST = later(r"^(\d{4}),? ([\u0b80-\u0bff]+\.?),? (\d{1,2})(?= |,|$)")
"""A date with its year first and a Tamil month's name, as Tamil Wikipedia and Tamil papers
write it ('2004 டிசம்பர் 26', '2004 டிசம்பர் 26 அன்று'), folded."""
_TAMIL_ORDINAL = later(r"(?<=\d)-?(?:ஆம|ம) +(?:ஆணடு|தேதி)(?= |,|$)")
"""'-ஆம் ஆண்டு' ('the year') after a year and '-ஆம் தேதி' or '-ம் தேதி' ('the date') after a
day, as a Tamil sentence writes them ('2004-ஆம் ஆண்டு டிசம்பர் 26-ஆம் தேதி'), folded: its
pulli set aside as accents are."""
_TELUGU_PARTS_OF_THE_DAY = {
    "తెల్లవారుజామున": "morning", "వేకువజామున": "morning", "ఉదయం": "morning",
    "మధ్యాహ్నం": "noon", "సాయంత్రం": "evening", "రాత్రి": "night", "అర్ధరాత్రి": "night",
}  # fmt: skip
"""Telugu's parts of the day before an hour, as its news writes them: 'తెల్లవారుజామున' and
'వేకువజామున' (at dawn), 'ఉదయం' (morning), 'మధ్యాహ్నం' (midday and afternoon), 'సాయంత్రం'
(evening), 'రాత్రి' (night), 'అర్ధరాత్రి' (past midnight, as Telugu pages write 1 a.m.)."""
_TELUGU_ON = later(r"(?<=\d)న(?= |,|$)")
"""'న' ('on') joined to a date's last number, as a Telugu sentence writes it: 'అక్టోబర్ 12న',
'12 అక్టోబర్ 2014న'."""
_TELUGU_YEAR_FIRST = later(r"^(\d{4}),? ([\u0c00-\u0c7f]+\.?),? (\d{1,2})(?= |,|$)")
"""A date with its year first and a Telugu month's name, as Telugu Wikipedia and many
Telugu papers write it ('2014 అక్టోబర్ 12', '2014 అక్టోబర్ 12న'), folded."""
_DEVANAGARI_YEAR_FIRST = later(r"^(\d{4}),? ([\u0900-\u0963\u0970-\u097f]+\.?),? (\d{1,2})(?= |,|$)")
"""A date with its year first and a month's name in Devanagari, as Nepali writes a date of
the Common Era (CLDR's Nepali, the pages: '२०१५ नोभेम्बर ५', '२०१५ डिसेम्बर ५, ०९:३०'), folded."""
_TELUGU_CLOCK = later(
    "(?:("
    + "|".join(_without_marks(part) for part in _TELUGU_PARTS_OF_THE_DAY)
    + r") +)?(\d{1,2})(?:[:.](\d{2}))? *"
    + _without_marks("గంట(?:లకు|ల సమయంలో|ల ప్రాంతంలో|లు|కు| సమయంలో| ప్రాంతంలో)")
)
"""A time as Telugu news writes it, the part of the day before the hour and 'గంటలకు' ('at
... o'clock'; 'గంటల సమయంలో', 'గంటల ప్రాంతంలో' 'about') after it, folded: 'ఉదయం 10 గంటలకు',
'మధ్యాహ్నం 12:30 గంటలకు', 'రాత్రి 7 గంటల సమయంలో'; one o'clock in the singular, 'మధ్యాహ్నం 1
గంటకు', 'ఒంటి గంట ప్రాంతంలో'."""
_PARTS_OF_THE_DAY = {
    "तडके": "morning", "सुबह": "morning", "दोपहर": "noon", "शाम": "evening", "रात": "night",
    "அதிகாலை": "morning", "காலை": "morning", "மதியம": "noon", "பிறபகல": "noon",
    "மாலை": "evening", "இரவு": "night", "நளளிரவு": "night",
    "صبح": "morning", "دوپہر": "noon", "سہ پہر": "noon", "شام": "evening", "رات": "night",
} | {_without_marks(part): when for part, when in _TELUGU_PARTS_OF_THE_DAY.items()}  # fmt: skip
"""The words before an hour that say which half of the day it is in, folded: Hindi's
'तड़के' (before dawn: the hours after midnight, as its pages write them; its nukta set
aside by folding), 'सुबह' (morning), 'दोपहर' (midday), 'शाम' (evening), 'रात' (night), and
Tamil's 'அதிகாலை' (early morning), 'காலை', 'மதியம்', 'பிற்பகல்' (afternoon), 'மாலை', 'இரவு', and
Urdu's, Hindi's in another script ('سہ پہر', the late afternoon, is 'noon' as 'दोपहर' up to
6 is), and Telugu's (``_TELUGU_PARTS_OF_THE_DAY``)."""


def _hindi_hours(found: re.Match[str]) -> str:
    """A time said with its part of the day (``_HINDI_CLOCK``, ``_TAMIL_CLOCK``) on the
    24-hour clock: 'शाम 6:55 बजे' is 18:55, 'रात 9 बजे' 21:00 and 'रात 2 बजे' 02:00, 'दोपहर 2
    बजे' 14:00, 'மாலை 6 மணி' 18:00; a time without its part of the day ('7 बजे') or one that
    does not fit it is left as written, to get no suggestion."""
    part = _PARTS_OF_THE_DAY.get(found[1] or "")
    return _day_part_hours(part, int(found[2]), found[3] or "00", found[0])


def _day_part_hours(part: str | None, hour: int, minutes: str, written: str) -> str:
    """``hour``:``minutes`` said in ``part`` of the day ('morning', 'noon', 'evening',
    'night', or None) on the 24-hour clock; ``written`` when they do not fit."""
    if part is None:  # '18:55 बजे' says which; '7 बजे' does not
        return f"{hour:02d}:{minutes}" if 12 < hour < 24 else written
    if not 0 < hour <= 12 or (part == "night" and hour == 12):  # midnight, of which day?
        return written
    if part == "noon" and hour == 12:
        return f"12:{minutes}"
    later = part == "evening" or (part == "noon" and hour <= 6) or (part == "night" and hour >= 6)
    return f"{hour % 12 + (12 if later else 0):02d}:{minutes}"


_FILIPINO_CLOCK = later(
    r"(?<!\w)(?:alas[- ]?)?(\d{1,2})(?::(\d{2}))? *(?:ng +(umaga|madaling[- ]araw|tanghali|hapon|gabi)"
    r"|(n\. ?[uthg]\.))(?=[ ,]|$)"
)
"""A time as Filipino news writes it, folded: 'alas-' ('o'clock', from Spanish 'a las')
before the hour and the part of the day after it, 'alas-4:40 ng umaga' (in the morning),
'alas-2 ng hapon' (afternoon), 'alas-9 ng gabi' (evening), 'alas-3 ng madaling-araw'
(before dawn), 'alas-12 ng tanghali' (noon), or the part abbreviated, '4:40 n.u.' ('ng
umaga'), 'n.t.' (tanghali), 'n.h.' (hapon), 'n.g.' (gabi). 'alas-4' alone says no half of
the day and is left as written."""
_FILIPINO_PARTS = {
    "umaga": "morning", "madaling araw": "morning", "madaling-araw": "morning", "n.u.": "morning",
    "tanghali": "noon", "n.t.": "noon", "hapon": "noon", "n.h.": "noon", "gabi": "evening",
    "n.g.": "evening",
}  # fmt: skip
"""Filipino's parts of the day as ``_day_part_hours`` reads them: 'hapon' (afternoon) is
'noon', 1 to 6 after midday, as 'दोपहर' is; 'gabi' (evening, night) is after 6 p.m."""
_FILIPINO_DAY = later(r"(?<!\w)ika-? ?(\d{1,2}) +ng +(?=[^\W\d_])")
"""'ika-' (the ordinal) before a day and 'ng' ('of') before its month, as Filipino writes a
date in words: 'ika-8 ng Nobyembre, 2013' is '8 Nobyembre 2013'."""


def _filipino_hours(found: re.Match[str]) -> str:
    """A Filipino time (``_FILIPINO_CLOCK``) on the 24-hour clock, as ``_hindi_hours``
    reads a Hindi one: 'alas-4:40 ng umaga' is 04:40, 'alas-9 ng gabi' 21:00."""
    part = _FILIPINO_PARTS[found[3] or found[4].replace(" ", "")]
    return _day_part_hours(part, int(found[1]), found[2] or "00", found[0])


def _filipino_read(text: str) -> str:
    """``text`` (folded) with a Filipino date's day in words ('ika-8 ng Nobyembre, 2013')
    and its time ('alas-4:40 ng umaga') as the date forms read them: '8 nobyembre, 2013',
    '04:40'."""
    return _FILIPINO_CLOCK().sub(_filipino_hours, _FILIPINO_DAY().sub(r"\1 ", text))


def _hindi_read(text: str) -> str:
    """``text`` (folded) with a Hindi or Tamil date's 'on' ('को', 'அன்று') and Tamil's words
    for 'the year' and 'the date' (``_TAMIL_ORDINAL``) left out, a Tamil, Telugu or Nepali date's
    year put last, and its time as the 24-hour clock writes it: '2 जून 2023 को शाम 6:55
    बजे' -> '2 जून 2023 18:55', '2 டிசம்பர் 2015 அன்று காலை 10 மணி' -> '2 டிசம்பர் 2015
    10:00', '2004-ஆம் ஆண்டு டிசம்பர் 26-ஆம் தேதி' -> '26 டிசம்பர் 2004'."""
    text = _TAMIL_CLOCK().sub(_hindi_hours, _TAMIL_ON().sub("", _TAMIL_ORDINAL().sub("", text)))
    text = _TAMIL_YEAR_FIRST().sub(r"\3 \2 \1", text)
    text = _TELUGU_CLOCK().sub(_hindi_hours, _TELUGU_ON().sub("", text))
    text = _TELUGU_YEAR_FIRST().sub(r"\3 \2 \1", text)
    text = _DEVANAGARI_YEAR_FIRST().sub(r"\3 \2 \1", text)
    return _HINDI_CLOCK().sub(_hindi_hours, _HINDI_ON().sub("", text))


_ARABIC_LETTER = later("[\u0620-\u064a]")
_ARABIC_AT = later("(?<!\\w)(?:عند )?الساعة(?!\\w)")
"""'at the hour' (الساعة, 'عند الساعة') before a time: '4 آب 2020، الساعة 18:08'."""
_ARABIC_ON = later("^(?:في )?(?:يوم )?(?=\\S)")
"""'on' (في) and 'the day' (يوم) before a date or its day of the week: 'في 4 آب 2020',
'يوم الخميس 10 كانون الأول 2020'."""
_ARABIC_YEAR = later("^(?:عام|سنة) (?=\\d{4}$)|(?<=\\d{4})م(?!\\w)")
"""'year' (عام, سنة) before a year alone, and 'م' (of the common era) after a year, as an
Arabic sentence writes them: 'عام 2014', '2014م', '4 آب 2020م'."""
_ARABIC_CLOCK = later(
    "(?<![\\d:.])(\\d{1,2})(?:[:.](\\d{2}))? *(صباحا|صباح|فجرا|ص|ظهرا|بعد الظهر|عصرا|مساء|م|ليلا)(?!\\w)"
)
"""A time on a twelve-hour clock as Arabic news writes it, folded (tanween set aside), the
part of the day after it: '6:08 مساءً' (evening), '9 صباحًا' (morning), '2:30 ظهرًا' (midday),
'11 ليلًا' (night), and the morning's and evening's letters 'ص' and 'م'."""
_ARABIC_PARTS_OF_THE_DAY = {
    "صباحا": "morning", "صباح": "morning", "فجرا": "morning", "ص": "morning",
    "ظهرا": "noon", "بعد الظهر": "noon", "عصرا": "noon", "مساء": "evening", "م": "evening",
    "ليلا": "night",
}  # fmt: skip


def _arabic_hours(found: re.Match[str]) -> str:
    """An Arabic time (``_ARABIC_CLOCK``) on the 24-hour clock: '6:08 مساء' is 18:08."""
    part = _ARABIC_PARTS_OF_THE_DAY[found[3]]
    return _day_part_hours(part, int(found[1]), found[2] or "00", found[0])


@cache
def _arabic_month() -> re.Pattern[str]:
    """A month's name in Arabic letters, as CLDR gives it in one word or two ('آب',
    'كانون الثاني'), alone or with its other name after a slash, as the papers of the
    Levant and Iraq write a month ('آب/أغسطس', 'كانون الثاني/يناير'), folded."""
    arabic = (name for name in _month_numbers() if _ARABIC_LETTER().search(name))
    names = sorted(arabic, key=len, reverse=True)  # the longest first: 'كانون الثاني' before 'كانون'
    one = "|".join(map(re.escape, names))
    return re.compile(rf"(?<!\w)({one})(?: ?/ ?({one}))?(?!\w)")


def _arabic_month_name(found: re.Match[str]) -> str:
    """The month ``_arabic_month`` found, named in English: its two names must agree."""
    first = _month_numbers()[found[1]]
    if found[2] is not None and _month_numbers()[found[2]] != first:
        return found[0]  # 'آب/أيلول': two months, no date
    return MONTHS[first].lower()


def _arabic_read(text: str) -> str:
    """``text`` (folded) with an Arabic date's words as the date forms read them: 'في 13
    آب/أغسطس 2020، الساعة 6:08 مساءً' -> '13 august 2020, at 18:08'. A month CLDR names
    in two words ('كانون الأول', Syria's, Lebanon's, Jordan's and Iraq's December) was
    read as no month, and one with its other name after it as none either."""
    if not _ARABIC_LETTER().search(text):
        return text
    text = _ARABIC_YEAR().sub("", _ARABIC_ON().sub("", text))
    text = _ARABIC_CLOCK().sub(_arabic_hours, _ARABIC_AT().sub("at", text))
    return _arabic_month().sub(_arabic_month_name, text)


_HEBREW_LETTER = later("[\u05d0-\u05ea]")
_HEBREW_IN_DAY = later("(?<!\\w)\u05d1[-\u05be]?(?=\\d)")
"""'in' (ב) before a day's number, as Hebrew writes it with a hyphen or maqaf: 'ב-5', 'ב־5'."""
_HEBREW_WORD = later("(?:\u05d9\u05d5\u05dd )?[\u05d0-\u05ea]+['\u05f3]?")
"""A Hebrew word, with a geresh after it (typed, or U+05F3: 'אפר׳', 'ה׳'), after 'day' (יום)
as the days of the week are named ('יום שני', 'יום ב׳')."""
_HEBREW_AT = later("(?<!\\w)\u05d1\u05e9\u05e2\u05d4(?!\\w)")
"""'at the hour' (בשעה) before a time: '5 באפריל 2010 בשעה 14:30'."""
_HEBREW_AT_FIRST = later("^\u05d1\u05e9\u05e2\u05d4 ")
"""'at the hour' (בשעה) before a time alone: 'בשעה 14:30'."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _hebrew_word(found: re.Match[str]) -> str:
    """A month's or a day's Hebrew name in English, with 'in' (ב) before it ('באפריל'
    -> 'april', 'אפר׳' -> 'april', 'יום שני' -> 'monday'); else the word as it is."""
    word = found.group().replace("'", "\u05f3")
    if word.startswith("\u05d9\u05d5\u05dd "):
        day = _weekdays().get(word)
        return _WEEKDAYS[day] if day is not None else found.group()
    for name in (word, word[1:] if word.startswith("\u05d1") else ""):
        if name and (n := month_number(name)) is not None:
            return MONTHS[n].lower()
    return found.group()


def _hebrew_read(text: str) -> str:
    """``text`` (folded) with a Hebrew date's words as English has them, which the date
    forms read: 'יום שני, ב-5 באפריל 2010 בשעה 14:30' -> 'monday, 5 april 2010 at 14:30'.
    CLDR writes the month after 'in' (ב), joined to it ('5 באפריל 2010'), and its days as
    'day' and a number ('יום שני'); an article puts 'in' before the day too ('ב-5')."""
    if not _HEBREW_LETTER().search(text):
        return text
    text = _HEBREW_AT().sub("at", _HEBREW_IN_DAY().sub("", text))
    return _HEBREW_WORD().sub(_hebrew_word, text)


_LEAD_WORD = later(
    r"^(?:el|the|on|op|le|am|il|o|em|no dia|dia|pada tanggal|pada|tanggal|tgl\.?|dne|den|d\.|pe|in|i"
    r"|noong|nitong"
    r"|ve?(?! ro(?:ce|ku) | letu ))"
    r" (?=\S*\d|\S+,? \d)"
)
"""The word a sentence puts before a date, folded: 'el 15 de abril de 2019', 'el lunes 15
de abril', 'on 15 April 2019', 'le 15 avril', 'am 15. April', Portuguese 'em 25 de janeiro
de 2019' and 'no dia 25', Indonesian 'pada 4 Desember 2021', 'tanggal 4' and 'pada tanggal 4',
Dutch 'op 17 juli 2014', Czech 'dne 24. června 2021', Swedish 'den 7 april 2017', Danish 'd. 3.
juli 2022' ('d.' for 'den'), Romanian 'pe 30 octombrie 2015' ('on') and 'în octombrie 2015',
Filipino 'noong Nobyembre 8, 2013' ('on', of a past day) and 'nitong Nobyembre 8' ('this
past'),
'în 2015' ('in', folded), Icelandic 'í apríl 2010' ('in', folded 'i'), Slovak and Czech 'v'
or 've' ('on') before a day of the week, 'v
stredu 15. mája 2024', 've středu 15. května 2024' (not before 'roce' or 'roku', 'v roce
2021', or Slovenian 'letu', 'v letu 2023', which ``_YEAR_WORD_AFTER`` reads whole)."""
_WEEKDAY_DEN = later(r"^((?:man|tis|tirs|ons|tors|fre|lor|lør|son|søn)dag)(?:en)?,? (?:den|d\.) (?=\d)")
"""A Swedish or Danish day of the week before 'den' (Danish 'd.') and its day, folded, as a
sentence writes it, in its definite form mostly ('fredagen den 7 april 2017', 'fredag den 7
april', Danish 'søndag den 3. juli 2022', 'tirsdag d. 5. juli', with its 'ø', which folding
keeps): the day's name is kept ('fredag'), to be checked against the date as any day of the
week is."""


_HUNGARIAN_MONTH = (
    r"(januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|november"
    r"|december|febr|marc|szept|jan|apr|maj|jun|jul|aug|okt|nov|dec)"
)
"""A Hungarian month, folded, whole or as CLDR abbreviates it ('okt.', 'szept.')."""
_HUNGARIAN_DAY = later(
    rf"(?<!\d)(\d{{4}})\.? ?{_HUNGARIAN_MONTH}\.? ?(\d{{1,2}})(?:\.|-(?:j?[ae]n|j?[ae]?i))?(?=[ ,]|$)"
)
"""A Hungarian day, year first, folded: '2010. október 4.', '2010. okt. 4.', and as a
sentence writes it, with its case ending: 'október 4-én' ('on'), '1-jén', '4-i' ('of')."""
_HUNGARIAN_MONTH_YEAR = later(rf"(?<!\d)(\d{{4}})\.? ?{_HUNGARIAN_MONTH}(?:j?[ae]?b[ae]n)?\.?(?! ?\d)")
"""A Hungarian month, year first, folded: '2010. október', and in a sentence, 'in'
('2010 októberében', '2010. októberben', 'márciusában')."""
_HUNGARIAN_YEAR = later(r"(\d{4})(?:\.|-(?:ben|ban))")
"""A year as Hungarian writes it alone, with a dot ('2010.', as CLDR does) or in a sentence
('2010-ben', 'in 2010'), folded."""
_HUNGARIAN_SPAN = later(
    rf"(\d{{4}})\.? ?{_HUNGARIAN_MONTH}\.? ?(\d{{1,2}})(?:\.? ?[-–—] ?|-j?[ae]?tol )"
    rf"(?:{_HUNGARIAN_MONTH}\.? ?)?(\d{{1,2}})\.?(?:-j?[ae]?ig)?"
)
"""A span of days as Hungarian writes it, year first, folded: '2010. október 4–7.', '2010.
október 30. – november 2.', and in a sentence, 'from ... to' ('2010. október 4-től 7-ig')."""
_HUNGARIAN_BETWEEN = later(r"(?P<first>.+?) es (?P<last>.+) kozott")
"""'... és ... között' ('between ... and ...'), folded."""
_HUNGARIAN_FIRST_DAY = later(rf"(\d{{4}})\.? ?{_HUNGARIAN_MONTH}\.? ?\d{{1,2}}\.?")
"""The first day of a span whose last is a day alone ('2010. október 4.' in '2010. október 4.
és 7. között'), its year and month, folded."""
_HUNGARIAN_CLOCK = later(
    r"(?<!\d)(\d{1,2})(?: ora(?: (\d{1,2}) perc(?:kor)?|kor)?|(?:[:.](\d{2}))?-kor)(?!\w)"
)
"""A time as Hungarian says it, folded: '12 óra 25 perc', '12 óra 25 perckor', '12 órakor',
'12 óra', '12:25-kor', '12-kor' ('-kor', 'at')."""


def _hungarian_clock(found: re.Match[str]) -> str:
    """A ``_HUNGARIAN_CLOCK`` match as the date forms read a time: '12:25', '14:00'."""
    return f"{found[1]}:{found[2] or found[3] or '00'}"


def _hungarian_span(found: re.Match[str]) -> str:
    """A ``_HUNGARIAN_SPAN`` match as a span in words is read: '4-7 oktober 2010', '30
    oktober - 2 november 2010'."""
    year, month, day, end_month, end_day = found.groups()
    if end_month and end_month != month:
        return f"{day} {month} - {end_day} {end_month} {year}"
    return f"{day}-{end_day} {month} {year}"


_LATVIAN_MONTHS = {
    "janvar": "janvaris",
    "februar": "februaris",
    "mart": "marts",
    "april": "aprilis",
    "maij": "maijs",
    "junij": "junijs",
    "julij": "julijs",
    "august": "augusts",
    "septembr": "septembris",
    "oktobr": "oktobris",
    "novembr": "novembris",
    "decembr": "decembris",
}
"""Latvian months by their stem, folded, and their nominative, as CLDR writes them."""
_LATVIAN_MONTH = (
    r"(?:(?P<stem>" + "|".join(_LATVIAN_MONTHS) + r")(?:is|s|a|am|im|i|u)"
    r"|(?P<short>janv|febr|apr|jun|jul|aug|sept|okt|nov|dec)\.)"
)
"""A Latvian month, folded, in any case ('novembris', 'novembra', 'novembrim', 'novembrī' folded
'novembri') or as CLDR abbreviates it ('nov.')."""
_LATVIAN_YEAR = r"(?<!\d)(?P<year>\d{4})\. ?(?:gada|gads|gadam|gadu|g\.)"
"""A Latvian year, an ordinal with 'gads' ('year') in any case after it, folded ('2013. gada',
'2013. gadā'), or its abbreviation ('2013. g.')."""
_LATVIAN_DAY = later(_LATVIAN_YEAR + r" (?P<day>\d{1,2})\. ?" + _LATVIAN_MONTH + r"(?=[ ,]|$)")
_LATVIAN_MONTH_YEAR = later(_LATVIAN_YEAR + r" " + _LATVIAN_MONTH + r"(?=[ ,]|$)")


def _latvian_month(found: re.Match[str]) -> str:
    return _LATVIAN_MONTHS[found["stem"]] if found["stem"] else found["short"] + "."


def _latvian_read(text: str) -> str:
    """``text`` (folded) with a Latvian date, written year first with 'gada' ('of the year')
    and its month in a case, in the order the date forms read ('2013. gada 21. novembrī plkst.
    17.41' -> '21 novembris 2013 plkst. 17.41', '2013. gada novembrī' -> 'novembris 2013');
    a year alone with its 'gads' as the year ('2013. gadā' -> '2013'). Any other text as it
    is."""
    if not re.search(r"\d{4}\. ?g", text):
        return text
    if whole := re.fullmatch(_LATVIAN_YEAR, text):
        return whole["year"]
    read = _LATVIAN_DAY().sub(lambda found: f"{found['day']} {_latvian_month(found)} {found['year']}", text)
    return _LATVIAN_MONTH_YEAR().sub(lambda found: f"{_latvian_month(found)} {found['year']}", read)


_GEORGIAN_MONTHS = (
    "იანვარ", "თებერვალ", "მარტ", "აპრილ", "მაის", "ივნის", "ივლის", "აგვისტო", "სექტემბერ",
    "ოქტომბერ", "ნოემბერ", "დეკემბერ",
)  # fmt: skip
"""Georgian months by their stem: the nominative adds 'ი' ('ივნისი'), save 'აგვისტო'."""
_GEORGIAN_MONTH = "(?P<month>" + "|".join(_GEORGIAN_MONTHS) + ")(?:ი|ის|ს|ში)?(?![\u10d0-\u10ff])"
"""A Georgian month in the case a date puts it in: 'ივნისს' ('on ... June'), 'ივნისის', 'ივნისში'
('in June'), or the nominative CLDR writes."""
_GEORGIAN_YEAR = r"(?<!\d)(?P<year>\d{4}) ?(?:წლის|წელს|წელი|წლიდან|წ\.)"
"""A year with 'წელი' ('year') after it in a case ('2015 წლის', 'of the year 2015'; '2015
წელს', 'in 2015'), or its abbreviation ('2015 წ.')."""
_GEORGIAN_DAY = later(_GEORGIAN_YEAR + r" (?P<day>\d{1,2}(?: ?[-–] ?\d{1,2})?)(?:-?ს)? " + _GEORGIAN_MONTH)
"""A day (or a span of days, '13-14') after its year: '2015 წლის 13 ივნისს'."""
_GEORGIAN_MONTH_YEAR = later(_GEORGIAN_YEAR + r" " + _GEORGIAN_MONTH)
_GEORGIAN_DAY_MONTH = later(r"(?P<day>\d{1,2}) " + _GEORGIAN_MONTH)
_GEORGIAN_HOUR = later(r"(?<=\d) ?(?:საათზე|საათი|სთ\.?)(?=[ ,]|$)")


def _georgian_month(found: re.Match[str]) -> str:
    return found["month"] if found["month"].endswith("ო") else found["month"] + "ი"


def _georgian_read(text: str) -> str:
    """``text`` (folded) with a Georgian date as Georgian news writes it, year first with
    'წლის' ('of the year') and the month in a case, in the order the date forms read ('2015
    წლის 13 ივნისს, 03:00 საათზე' -> '13 ივნისი 2015, 03:00', '2015 წლის ივნისში' -> 'ივნისი
    2015'); a day's month in a case as its nominative ('13 ივნისს, 2015' -> '13 ივნისი,
    2015'); a year alone with its 'წელი' as the year ('2015 წელს' -> '2015'). Any other text
    as it is."""
    if re.search("[\u10d0-\u10ff]", text) is None:
        return text
    if whole := re.fullmatch(_GEORGIAN_YEAR, text):
        return whole["year"]
    read = _GEORGIAN_DAY().sub(lambda found: f"{found['day']} {_georgian_month(found)} {found['year']}", text)
    read = _GEORGIAN_MONTH_YEAR().sub(lambda found: f"{_georgian_month(found)} {found['year']}", read)
    read = _GEORGIAN_DAY_MONTH().sub(lambda found: f"{found['day']} {_georgian_month(found)}", read)
    return _GEORGIAN_HOUR().sub("", read)


def _hungarian_read(text: str) -> str:
    """``text`` (folded) with a Hungarian date, written year first, in the order the date
    forms read ('2010. október 4., hétfő, 12 óra 25 perckor' -> '4 oktober 2010, hetfo,
    12:25'); a span of days as the spans in words are written ('2010. október 4-től 7-ig' ->
    '4-7 oktober 2010', 'between 4 and 7 oktober 2010' for '... és ... között'). The day's
    and month's case endings ('4-én', 'októberében') and a year's dot ('2010.') are left
    out. Any other text as it is."""
    if not re.search(r"\d{4}", text):
        return text
    if between := _HUNGARIAN_BETWEEN().fullmatch(text):
        first, last = between["first"], between["last"]
        if (day := _HUNGARIAN_FIRST_DAY().fullmatch(first)) and re.fullmatch(r"\d{1,2}\.?", last):
            last = f"{day[1]}. {day[2]} {last}"  # '... és 7. között': the first day's month and year
        return f"between {_hungarian_read(first)} and {_hungarian_read(last)}"
    read = _HUNGARIAN_SPAN().sub(_hungarian_span, text)
    read = _HUNGARIAN_DAY().sub(r"\3 \2 \1", read)
    read = _HUNGARIAN_MONTH_YEAR().sub(r"\2 \1", read)
    read = _HUNGARIAN_CLOCK().sub(_hungarian_clock, read)
    return _HUNGARIAN_YEAR().sub(r"\1", read) if _HUNGARIAN_YEAR().fullmatch(read) else read


_LITHUANIAN_MONTH = (
    r"(sausio|sausis|vasario|vasaris|kovo|kovas|balandzio|balandis|geguzes|geguze|birzelio|birzelis"
    r"|liepos|liepa|rugpjucio|rugpjutis|rugsejo|rugsejis|spalio|spalis|lapkricio|lapkritis"
    r"|gruodzio|gruodis)"
)
"""A Lithuanian month, folded, in the genitive a date writes it in ('lapkričio 25 d.') or the
nominative it stands in alone ('lapkritis')."""
_LITHUANIAN_YEAR = r"(?<!\d)(\d{4}) ?m\.?"
"""A year and the 'm.' (metai, year) Lithuanian writes after it, folded."""
_LITHUANIAN_SPAN = later(
    rf"{_LITHUANIAN_YEAR} {_LITHUANIAN_MONTH} (\d{{1,2}})(?: ?d\.)? ?[-–—] ?(?:{_LITHUANIAN_MONTH} )?"
    r"(\d{1,2}) ?d\.?(?=[ ,]|$)"
)
"""A span of days as Lithuanian writes it, folded: '2024 m. lapkričio 25–27 d.', '2024 m.
lapkričio 30 d. – gruodžio 2 d.'."""
_LITHUANIAN_DAY = later(rf"{_LITHUANIAN_YEAR} {_LITHUANIAN_MONTH} (\d{{1,2}})(?: ?d\.?)?(?=[ ,]|$)")
"""A Lithuanian day, folded: '2024 m. lapkričio 25 d.' ('d.' for diena, day)."""
_LITHUANIAN_MONTH_YEAR = later(rf"{_LITHUANIAN_YEAR} {_LITHUANIAN_MONTH}(?: men\.?)?(?! ?\d)")
"""A Lithuanian month, folded: '2024 m. lapkritis', '2024 m. lapkričio mėn.' ('mėn.' for
mėnuo, month, after the month's genitive)."""
_LITHUANIAN_YEAR_ALONE = later(r"(\d{4}) ?m\.")


def _lithuanian_read(text: str) -> str:
    """``text`` (folded) with a Lithuanian date, written year first, in the order the date
    forms read ('2024 m. lapkričio 25 d. 5.28 val.' -> '25 lapkricio 2024 5.28 val.'); a span
    of days as the spans in words are written ('2024 m. lapkričio 25–27 d.' -> '25-27
    lapkricio 2024'); a year alone without its 'm.'. Any other text as it is."""
    if not re.search(r"\d{4} ?m\b", text):
        return text
    read = _LITHUANIAN_SPAN().sub(_hungarian_span, text)
    read = _LITHUANIAN_DAY().sub(r"\3 \2 \1", read)
    read = _LITHUANIAN_MONTH_YEAR().sub(r"\2 \1", read)
    return _LITHUANIAN_YEAR_ALONE().sub(r"\1", read) if _LITHUANIAN_YEAR_ALONE().fullmatch(read) else read


_ARMENIAN_YEAR = r"(?<!\d)(\d{4}) ?(?:թ\.?|թվական(?:ի|ին)?|թվի|թվին)(?=[ ,]|$)"
"""A year and the word Armenian writes after it, folded: '1988 թ.' (թվական, year),
'1988 թվականի' (of the year), '1988 թվականին' (in the year)."""
_ARMENIAN_DAY = later(rf"{_ARMENIAN_YEAR},? ([ա-ֆ]+) (\d{{1,2}})(?:-(?:ին|ը|ն|ից|ի))?(?=[ ,]|$)")
"""An Armenian day, year first as CLDR's hy and Armenian news write it, folded: '1988 թ.
դեկտեմբերի 7', with the case ending a sentence joins to the day ('դեկտեմբերի 7-ին', on
7 December)."""
_ARMENIAN_MONTH_YEAR = later(rf"{_ARMENIAN_YEAR},? ([ա-ֆ]+)(?! ?\d)")
"""An Armenian month, year first, folded: '1988 թ. դեկտեմբեր', '1988 թ. դեկտեմբերին' (in
December)."""
_ARMENIAN_AT = later(r",? ժամը (?=\d)")
"""'ժամը' (at the hour) before a time, as Armenian news writes it: '..., ժամը 11:41'."""


def _armenian_month(name: str) -> str:
    """An Armenian month's name (folded) as CLDR writes it: 'դեկտեմբերին' ('in December',
    its genitive and 'ն') is read as 'դեկտեմբերի'."""
    return name[:-1] if name.endswith("ին") and month_number(name) is None else name


def _armenian_read(text: str) -> str:
    """``text`` (folded) with an Armenian date, written year first, in the order the date
    forms read ('1988 թ. դեկտեմբերի 7-ին, ժամը 11:41' -> '7 դեկտեմբերի 1988 11:41'); a
    year alone without its word; 'թ.' after a year written last ('7 դեկտեմբերի 1988 թ.').
    Any other text as it is."""
    if re.search("[ա-ֆ]", text) is None:
        return text
    read = _ARMENIAN_AT().sub(" ", text)
    read = _ARMENIAN_DAY().sub(lambda m: f"{m[3]} {_armenian_month(m[2])} {m[1]}", read)
    read = _ARMENIAN_MONTH_YEAR().sub(lambda m: f"{_armenian_month(m[2])} {m[1]}", read)
    return re.sub(_ARMENIAN_YEAR, r"\1", read)


def _time_last(text: str) -> str:
    """``text`` (folded) with a time written before its date ('19.50 h del lunes 15 de
    abril de 2019') moved after it ('lunes 15 de abril de 2019 19:50'), where the date
    forms are read; else as it is."""
    clocked = _WORDED_CLOCK().sub(_as_clock, _twelve_hour().sub(_as_24_hours, text))
    first = _TIME_FIRST().fullmatch(clocked)
    if first is None or _AT_TIME().fullmatch(clocked):
        return text
    return f"{first['date']} {_clock_text(first)}"


def _suggested(text: str, weekday: int | None, allow_time: bool) -> str | None:
    """``suggest`` of ``text`` (folded, without the day of the week, which is ``weekday``)."""
    text, words = _YEAR_WORD_AFTER().subn("", text)
    if words and weekday is None and re.fullmatch(r"\d{4}", text):
        return text  # '2021 r.': the year itself
    text = _WORDED_CLOCK().sub(_as_clock, _twelve_hour().sub(_as_24_hours, text))
    if weekday is not None:
        text = _BRACKETED_DAY().sub(r"\1", text)
    at = _AT_TIME().fullmatch(text) if allow_time else None
    ymd = _read_day(at["date"] if at else text)
    if ymd is None and weekday is not None:
        ymd = _day_of_weekday(at["date"] if at else text, weekday)
    if ymd is None or (at is not None and ymd[2] is None):
        return None
    year, month, day = ymd
    if weekday is not None and (day is None or datetime(year, month, day).weekday() != weekday):
        return None  # 'Tuesday, April 19, 2010' (a Monday): which of the two is meant?
    iso = f"{year:04d}-{month:02d}" + ("" if day is None else f"-{day:02d}")
    if at is not None:
        iso += f"T{_clock_text(at)}" + _zone(at["tz"])
    try:
        parse_date(iso)
    except DateFormError:  # 31/02/2010 reads as a date, but names no day
        return None
    return iso


_BRACKETED_DAY = later(r"^\((\d{1,2}/\d{1,2}/\d{4})\)")
"""A day in numbers in brackets after its day of the week, as Indonesian news writes one
in its sentences: 'Sabtu (4/12/2021)', 'Selasa (7/12/2021) pukul 10.00 WIB'."""


def _day_of_weekday(text: str, weekday: int) -> tuple[int, int, int] | None:
    """Year, month and day of ``text``, a date in numbers that may be either day or month
    first ('4/12/2021'), when just one of the two is the day of the week ``weekday``."""
    both = either_way(text)
    if both is None:
        return None
    days = [date for date in map(datetime.fromisoformat, both) if date.weekday() == weekday]
    return (days[0].year, days[0].month, days[0].day) if len(days) == 1 else None


_CURLED_QUOTES = "\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb"


_WHOLE_HOUR = later(
    r"(?<!\w)(kl\.?|klockan|klokka|klokken|klo\.?|kello|(?<!\d )ora|(?<!\d )orele) (\d{1,2})(?![\d:.])"
)
"""A whole hour after Swedish or Norwegian 'kl.' or Finnish 'klo' (o'clock), folded, as each
writes it without its minutes: 'kl. 15', 'klockan 9', 'klokka 4', 'klo 16', and after
Romanian 'ora' ('the hour'): 'ora 22'; not after a number, where folded Hungarian 'óra' is
the hours of a time ('12 óra 25 perckor')."""


_FINNISH_MONTH_CASE = later(
    r"\b((?:tammi|helmi|maalis|huhti|touko|kesa|heina|elo|syys|loka|marras|joulu)kuu)(?:ssa|sta|hun|n)\b"
)
"""A Finnish month in a case a sentence puts it in, folded: 'elokuussa' ('in August'),
'elokuusta', 'elokuuhun', 'elokuun': read as the month ('elokuu'), as CLDR names it alone.
(Its partitive after a day, '18. elokuuta', is CLDR's own.)"""

_ESTONIAN_MONTH_CASE = later(
    r"\b(?:(jaanuar|veebruar|marts|aprill|august)i|(juuni|juuli)|(septemb|oktoob|novemb|detsemb)ri)"
    r"(?:l|s|st|ni|t)?\b|(?<=\d\. )(mai)l\b|\b(mai)s(?= \d{4})"
)
"""An Estonian month in a case a sentence puts it in, folded: '28. septembril' ('on 28
September'), 'septembris' ('in September'), 'septembrist', 'septembrini', 'septembrit',
and its genitive 'septembri': read as the month ('september'), as CLDR names it. 'mail'
and 'mais' (May's) only after a day or before a year, where no other language's word is."""


def _estonian_month(found: re.Match[str]) -> str:
    if found[3]:
        return found[3] + "er"
    return found[1] or found[2] or found[4] or found[5]


_ESTONIAN_WEEKDAY_CASE = later(
    r"\b(puhapaev|esmaspaev|teisipaev|kolmapaev|neljapaev|laupaev)al\b|\b(reede)l\b"
)
"""An Estonian day of the week in the adessive, folded, as a date is written after it or a
day is said ('kolmapäeval, 28. septembril 1994', 'reedel': 'on Wednesday', 'on Friday'):
read as the day's name (CLDR's 'kolmapäev', 'reede')."""


_ICELANDIC_WEEKDAY_CASE = later(
    r"\b(sunnu|manu|þriðju|miðviku|fimmtu|fostu|laugar)dag(?:inn|inum|num|sins|s|ur)?\b"
)
"""An Icelandic day of the week in the case its sentence puts it in, folded, as a date is
written after it or a day is said ('miðvikudaginn 14. apríl 2010', 'á föstudaginn',
'síðastliðinn föstudag': the accusative, 'on Wednesday', 'last Friday'): read as the day's
name (CLDR's nominative 'miðvikudagur', 'föstudagur')."""


_FINNISH_PART_AFTER = later(
    r"^(?:vuoden )?(\S+kuu|\d{4}) (alussa|alkupuolella|puolivalissa|lopussa|loppupuolella)( \d{4})?$"
)
"""A part of a month or year as Finnish says it, after the month or 'vuoden' and the year,
folded: 'elokuun lopussa 2017' (the month in its genitive, read as the month already),
'vuoden 2017 alussa'; put before them ('lopussa elokuu 2017'), as the other languages' words
for it come (``_VAGUE``)."""


_CROATIAN_CLASHES = {
    "listopada": "october",
    "listopad": "october",
    "lis": "october",
    "srp": "july",
    "lip": "june",
}
"""Croatian month names, folded, that Polish or Czech give another month: 'listopad' is
October in Croatian, November in both ('lis' too); Croatian 'srp' is July, Czech August;
'lip' June, Polish July. Each as English names its Croatian month."""
_CROATIAN_MONTH = later(
    r"(?<=\d\. )(listopada|listopad|lis|srp|lip)\.?(?= \d{4}\.)"
    r"|(?<=\d\. )(listopada)(?= \d{4})|^(listopad|lis|srp|lip)\.?(?= \d{4}\.)"
)
"""A name of ``_CROATIAN_CLASHES`` in a date written as Croatian writes it, a dot after its
day and its year ('8. listopada 2021.', 'listopad 2021.'), or 'listopada' after a day with a
dot ('8. listopada 2021'): Polish writes no dot after the day ('8 listopada 2021') nor after
the year, Czech has 'listopadu' after a day ('8. listopadu 2021')."""


def _croatian_month(found: re.Match[str]) -> str:
    return _CROATIAN_CLASHES[found[1] or found[2] or found[3]]


_HARIBULAN = later(r"(?<!\w)(\d{1,2}) ?(?:hb\.?|haribulan)(?= )")
"""Malay's 'hb' ('haribulan', the day of the month) after a day, folded, as Malaysian
letters and many of its news pages write a date: '8hb Mac 2014', '8 haribulan Mac 2014'."""


def _normalized(text: str) -> str:
    """``text`` folded (``_folded``), its spaces one each, without the quotation marks a
    word processor curled around it (YAML does not take them as quotes), a whole hour
    after 'kl.' or 'klo' with its minutes ('kl. 15' is 'kl. 15.00'), as a time is read,
    a Croatian month Polish or Czech read otherwise in English (``_CROATIAN_MONTH``),
    a Finnish month in a case as the month (``_FINNISH_MONTH_CASE``), a part of it after
    it before it (``_FINNISH_PART_AFTER``), an Estonian month and day of the week in a
    case as CLDR names them (``_ESTONIAN_MONTH_CASE``, ``_ESTONIAN_WEEKDAY_CASE``), an
    Icelandic day of the week in a case as CLDR's nominative (``_ICELANDIC_WEEKDAY_CASE``), and a
    day without Malay's 'hb' after it (``_HARIBULAN``)."""
    # The Arabic comma (Arabic, Persian, Urdu: CLDR's Urdu date is '22 مئی، 2020') is a comma.
    text = text.replace("\u060c", ",")
    text = _WHOLE_HOUR().sub(r"\1 \2.00", " ".join(_folded(text.strip(_CURLED_QUOTES)).split()))
    text = _CROATIAN_MONTH().sub(_croatian_month, _FINNISH_MONTH_CASE().sub(r"\1", text))
    if re.search(_LATVIAN_YEAR, text) is None:  # Latvian's 'novembrī' (folded 'novembri') is
        text = _ESTONIAN_MONTH_CASE().sub(_estonian_month, text)  # Estonian's genitive too
    text = _ESTONIAN_WEEKDAY_CASE().sub(lambda found: found[1] or found[2], text)
    text = _ICELANDIC_WEEKDAY_CASE().sub(r"\1dagur", text)
    text = _HARIBULAN().sub(r"\1", text)
    return _FINNISH_PART_AFTER().sub(r"\2 \1\3", text)


_MINGUO = later(
    r"^(?:中華民國|民國|民) ?(?P<year>\d{1,3}) ?年|^(?P<bare>\d{3}) ?年(?= ?\d{1,2} ?月)"
    r"|^(?P<numbers>\d{3})(?=(?P<sep>[/.-])\d{1,2}(?P=sep)\d{1,2}(?!\d))"
)
"""A year of Taiwan's calendar (民國, the Republic of China's, year 1 is 1912) at a date's
start, as Taiwan's government, courts and many of its newsrooms write it: '民國110年4月3日',
'中華民國110年', '110年4月3日' (three digits before '年' with a month after it: '12年3月' is
March 2012, as Chinese shortens a year), '110/4/3', '110.04.03' (three digits, a month and
a day)."""


def _minguo_read(text: str) -> tuple[str, str, int] | None:
    """``text`` (folded) with its year of Taiwan's calendar (``_MINGUO``) written as the
    Common Era's ('民國110年4月3日' -> '2021年4月3日', '110/4/3' -> '2021/4/3'), the year as
    written and the year it is; None when it has none."""
    folded = _normalized(text)
    found = _MINGUO().match(folded)
    if found is None:
        return None
    number = found["year"] or found["bare"] or found["numbers"]
    year = int(number) + 1911
    written = found.group().strip()
    western = f"{year}" if found["numbers"] else f"{year}年"
    return western + folded[found.end() :], written, year


def hint(
    text: str,
    *,
    from_day: bool = False,
    span: bool = False,
    end: bool = False,
    start: PartialDate | None = None,
) -> str:
    """What ``check`` and ``explainer new`` add to 'not a valid date' for ``text``: a
    '; did you mean ...?' when the date is plain (with ``from_day``, for a date that must
    give its day, only a day or a time: 'October 2010' gets none), the two days a date
    with numbers may be, or, with ``span`` (an event's 'date', whose span ends at 'end'),
    how to write a span given as one text ('2024-03-26 to 2024-04-05', 'del 3 al 5 de
    mayo de 2010'), with the 'date_phrase' its words ask for ('between', 'weekend'); or
    which character, alike on screen, is not the one meant ('2010‑04‑19' with
    non-breaking hyphens). With ``end`` (an event's 'end'), how to write an end given with
    words for how well it is known ('Spring 2010'), and a day without its year ('7 July'),
    with ``start``, the event's 'date', in that date's year when that is not before it.
    Empty when there is nothing to say."""
    if (said := _hint_as_read(text, from_day=from_day, span=span, end=end, start=start)) is not None:
        return said
    if span and (timed := _approximate_time(_normalized(text))) is not None:
        # As the pages write a time known roughly: '4 August 2020, c. 18:08' (which the
        # plain date's 'did you mean' would read without its 'c.').
        return f"; for a time that is not known exactly, write 'date: {timed}' and 'circa: true'"
    iso = suggest(text) or _without_fraction(text)
    if iso and (not from_day or parse_date(iso).precision >= Precision.DAY):
        return f"; did you mean '{iso}'?"
    if (said := _hint_for_missing_day_or_year(text, end=end, start=start)) is not None:
        return said
    if (both := either_way(text)) is not None:
        return f"; it could be '{both[0]}' (day first) or '{both[1]}' (month first): write the one it is"
    if (missing := _no_such_day(text)) is not None:
        return f"; {missing}"
    if span and (parts := split_span(text)) is not None:
        return _span_hint(*parts)
    if span and (words := span_in_words(text)) is not None:
        return _span_hint(*words)
    if span and (yearless := _yearless_span(text)) is not None:
        first, last, next_year = yearless
        return (
            f"; a date needs its year: for a span, write 'date: {first}' and the end as 'end: {last}'"
            f"{_IN_THE_YEAR_AFTER if next_year else ''}"
        )
    # Words for how well the date is known: 'circa' and 'display_date' are an event's, beside its 'date'.
    worded = (
        (_worded_hint(text) or _day_part_hint(text))
        if span
        else (_open_end(text) or _worded_end(text))
        if end
        else ""
    )
    return worded or _zone_hint(text) or _relative_hint(text) or unseen_character(text)


def _no_such_day(text: str) -> str | None:
    """What is wrong with ``text`` when it is a day written another way that its month
    does not have ('31/11/2015', '31 de novembro de 2015'), which ``suggest`` reads as no
    date: said as the contract's own form is ('November 2015 has no day 31'); else None."""
    ymd = _read_day(_normalized(text))
    if ymd is None or ymd[2] is None or not 1 <= ymd[1] <= 12 or ymd[0] < 1:
        return None
    try:
        parse_date(f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}")
    except DateFormError as error:
        return None if str(error) in _own_error(text) else str(error)
    return None


def _own_error(text: str) -> str:
    """What the contract's reading of ``text`` says is wrong with it ('2010-04-31': 'April
    2010 has no day 31', which the message says already), or nothing."""
    try:
        parse_date(text.strip())
    except DateFormError as error:
        return str(error)
    return ""


def _hint_as_read(
    text: str, *, from_day: bool, span: bool, end: bool, start: PartialDate | None
) -> str | None:
    """``hint`` for a date written in Taiwan's calendar, in Thai or in Vietnamese words,
    given for the date as the forms ``hint`` knows read it; None when ``text`` is none of
    those, or there is nothing to say of it so."""
    if (minguo := _minguo_read(text)) is not None:
        read, written, year = minguo
        said = (
            f"; did you mean '{year}'?"
            if read == f"{year}年" and not from_day
            else hint(read, from_day=from_day, span=span, end=end, start=start)
        )
        if said:
            return f"{said} ('{written}' is {year} in Taiwan's calendar, 民國)"
    if (thai := _thai_read(text)) is not None:
        # A date in Thai ('10 ก.ค. 2561'), read as the forms ``hint`` knows read one ('10 july 2018');
        # what they make nothing of is said of the words as written, a day counted from the
        # article ('เมื่อวานนี้', 'เมื่อวันอังคาร') in them too.
        if relative := _relative_hint(text):
            return relative
        read, era = thai
        if re.fullmatch(r"\d{4}", read) and not from_day:
            return f"; did you mean '{read}'?{era}"  # 'พ.ศ. 2561', 'ปี 2561': the year itself
        said = hint(read, from_day=from_day, span=span, end=end, start=start)
        if "display_date" in said:
            said = said.replace(f"'display_date: {read}'", f"'display_date: {text.strip()}'")
        if said:
            return said + era
    if (read := _vietnamese_read(text)) != text:
        # A date in Vietnamese words, read as the forms ``hint`` knows read one ('7 tháng 9 năm 2024'
        # as '7 september 2024'); what they make nothing of is said of the words as written.
        if re.fullmatch(r"\d{4}", read):
            return f"; did you mean '{read}'?"  # 'năm 1995': the year, after its word
        said = hint(read, from_day=from_day, span=span, end=end, start=start)
        if said and "display_date" not in said:
            return said
    return None


def _hint_for_missing_day_or_year(text: str, *, end: bool, start: PartialDate | None) -> str | None:
    """``hint`` for a time or a day given without its day or its year, or None: with
    ``end`` and ``start``, the day meant when the event's own date says it."""
    if (clock := _time_alone(text)) is not None:
        if end and start is not None and (meant := _on_the_night_of(start, clock)) is not None:
            return f"; did you mean '{meant[0]}'? ({meant[1]})"
        return f"; a time needs its day: write it as YYYY-MM-DDT{clock}"
    if (day := _day_alone(text)) is not None:
        if end and start is not None and (meant := _in_year(start, day)) is not None:
            return f"; did you mean '{meant[0]}'? ({meant[1]})"
        return f"; a date needs its year: write it as YYYY-{day}"
    if (day_and_clock := _day_and_time_alone(text)) is not None:
        day, clock = day_and_clock
        if end and start is not None and (meant := _in_year(start, day)) is not None:
            return f"; did you mean '{meant[0]}T{clock}'? ({meant[1]})"
        return f"; a date needs its year: write it as YYYY-{day}T{clock}"
    return None


_VIETNAMESE = later(r"\b(?:ngay|thang|thg|nam|luc|gio|tu|đen|den|khoang|sang|chieu|toi|trua)\b")
"""A word Vietnamese writes in a date, folded: 'ngày' (day), 'tháng' (month, 'thg' in
short), 'năm' (year), 'lúc' (at), 'giờ' (hour), 'từ ... đến' (from ... to), 'khoảng'
(about), 'sáng', 'trưa', 'chiều', 'tối' (morning, noon, afternoon, evening)."""
_VIETNAMESE_MARKED = later(r"ngày|tháng|năm|lúc|giờ|từ|đến|khoảng|sáng|chiều|tối|trưa|thứ|chủ nhật")
"""The same words with their marks, unfolded (lower case): a date in Vietnamese, where
the folded words alone ('tu', 'den', 'nam') may be another language's (German 'den 3. Mai')."""
_UNMARKED_VIETNAMESE = later(r"\b(?:ngay|thang|thg) ?\d")
"""A day or a month in Vietnamese typed without its marks, folded: 'ngay 7 thang 9'."""
_VIETNAMESE_MONTH_WORDS = {
    "gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12,
}  # fmt: skip
"""A month named by its number in words, folded ('tháng Chín', September; 'tháng Giêng',
January, and 'tháng Chạp', December, as the lunar months are named)."""
_VIETNAMESE_WEEKDAYS = {
    "thu hai": "monday", "thu ba": "tuesday", "thu tu": "wednesday", "thu nam": "thursday",
    "thu sau": "friday", "thu bay": "saturday", "chu nhat": "sunday",
    "thu 2": "monday", "thu 3": "tuesday", "thu 4": "wednesday", "thu 5": "thursday",
    "thu 6": "friday", "thu 7": "saturday", "cn": "sunday",
}  # fmt: skip
"""The days of the week, folded, by name ('Thứ Bảy') and by number ('Thứ 7'), as CLDR and
Vietnamese news write them, to the English names the date forms read."""
_VIETNAMESE_WEEKDAY = later(r"^(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn)\b,?")
_VIETNAMESE_MONTH = later(
    r"\b(?:thang|thg)\.? ?(\d{1,2}|muoi (?:mot|hai)|gieng|mot|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi|chap)"
    r"\b(?: ?/ ?(?=\d{4}\b)|,? ?)"
)
"""'tháng 9', 'thg 9' (CLDR's short form), 'tháng 09', 'tháng Chín', and 'tháng 9/2024' as
Vietnamese news writes a month, folded."""
_VIETNAMESE_CLOCK = later(
    r"\b(\d{1,2}) ?(?:gio|h)(?: ?(\d{2})(?: ?(?:phut|p)\b)?)?(?: (sang|trua|chieu|toi)\b)?(?!\w)"
)
"""A time as Vietnamese writes it, folded: '13h', '13h30', '13 giờ 30 phút', '10h sáng',
'3 giờ chiều' (morning, noon, afternoon, evening telling a twelve-hour clock's half)."""
_VIETNAMESE_DAY_FIRST = later(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
"""A day in numbers with slashes ('7/9/2024') in a date with Vietnamese words: day first,
as Vietnamese writes every date, where one alone may be an American date."""


def _vietnamese_clock(found: re.Match[str]) -> str:
    """A time ``_VIETNAMESE_CLOCK`` found, on a 24-hour clock ('3 giờ chiều' -> '15:00')."""
    hour, minutes, part = int(found[1]), int(found[2] or 0), found[3]
    if (part in ("chieu", "toi") and hour < 12) or (part == "trua" and hour < 11):
        hour += 12
    return f"{hour:02d}:{minutes:02d}" if hour < 24 else found.group()


def _vietnamese_month(found: re.Match[str]) -> str:
    """A month ``_VIETNAMESE_MONTH`` found, by its English name ('tháng 9' -> 'september ')."""
    word = found[1]
    number = int(word) if word.isdigit() else _VIETNAMESE_MONTH_WORDS[word]
    return f"{MONTHS[number].lower()} " if 1 <= number <= 12 else found.group()


def _vietnamese_read(text: str) -> str:
    """``text`` as the date forms read a date, when it is written in Vietnamese words
    ('ngày 7 tháng 9 năm 2024', '13h ngày 7/9/2024', 'Thứ Bảy, 7/9/2024', 'khoảng năm 1995',
    'từ 9 đến 11/9/2024'): the month's name in English, a day in numbers day first (as
    Vietnamese always writes it), the time on a 24-hour clock, 'about', 'from ... to';
    else ``text`` as it is."""
    folded = _normalized(text).rstrip(".")
    if not _VIETNAMESE_MARKED().search(text.lower()) and not _UNMARKED_VIETNAMESE().search(folded):
        return text
    weekday = _VIETNAMESE_WEEKDAY().match(folded)
    if weekday is not None:
        folded = _VIETNAMESE_WEEKDAYS[weekday[1]] + "," + folded[weekday.end() :]
    if not _VIETNAMESE().search(folded) and weekday is None:
        return text
    read = _VIETNAMESE_MONTH().sub(_vietnamese_month, folded)
    read = _VIETNAMESE_CLOCK().sub(_vietnamese_clock, read)
    read = _VIETNAMESE_DAY_FIRST().sub(
        lambda d: f"{d[1]} {MONTHS[int(d[2])].lower()} {d[3]}" if 1 <= int(d[2]) <= 12 else d.group(), read
    )
    read = re.sub(r"\b(?:ngay|nam|luc|vao)\b ?", "", read)
    read = re.sub(r"^(?:sang|trua|chieu|toi|đem|dem) ", "", read)
    read = re.sub(r"^(?:vao )?khoang ", "about ", read)
    read = re.sub(r"^tu (.+) (?:đen|den) (.+)$", r"from \1 to \2", read)
    read = " ".join(read.replace(" ,", ",").split())
    return text if read == folded else read


_THAI_LETTER = later("[\u0e01-\u0e4e]")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
"""Thai digits, which Thai official letters and some newsrooms write dates in ('๑๐ ก.ค. ๒๕๖๑')."""
BUDDHIST_ERA = 543
"""How far the Buddhist Era (พ.ศ.), which Thai newsrooms, the government and courts count years
in, is ahead of the Common Era: พ.ศ. 2561 is 2018."""
_BUDDHIST_YEARS = range(2400, 2700)
"""Years that, written in a date, are of the Buddhist Era: 1857 to 2156 in the Common Era,
where no news a story tells of falls as a year of its own."""
_THAI_ERA = later(r"(?:พ\. ?ศ\.?|พศ\.?) ?(\d{4}|\d{2})(?!\d)|ค\. ?ศ\.? ?(?=\d)")
"""'พ.ศ.' (the Buddhist Era) before a year, in four digits or the last two ('พ.ศ. 2561',
'พ.ศ.61'), or 'ค.ศ.' (the Common Era) before one, which says no more than its number."""
_THAI_WORDS = (
    (r"(?:ราว ?ๆ|ราว|ประมาณ|โดยประมาณ|ช่วงประมาณ) ?", "about "),
    (r"ต้นเดือน ?|ช่วงต้นเดือน ?|ต้นปี ?|ช่วงต้นปี ?", "early "),
    (r"กลางเดือน ?|กลางปี ?", "mid-"),
    (r"ปลายเดือน ?|ช่วงปลายเดือน ?|ปลายปี ?|ช่วงปลายปี ?", "late "),
    (r"ระหว่าง(?:วันที่)? ?(.+?) ?(?:ถึง|และ|กับ) ?(?:วันที่ ?)?", r"between \1 and "),
    (r"(?:ตั้งแต่|จาก)(?:วันที่)? ?(.+?) ?(?:ถึง|จนถึง|-|–) ?(?:วันที่ ?)?", r"from \1 to "),
    (r" ?(?:ถึง|จนถึง) ?(?:วันที่ ?)?", " to "),
    (r"(?:เมื่อ)?(?:วันที่|วัน ที่) ?|^เมื่อ ?|(?<!\S)(?:เดือน|ปี) ?", ""),
    (r"(?:ในเวลา|เวลา|ราวเวลา) ?", " "),
    (r"(\d{1,2})[.:](\d{2}) ?(?:น\.|นาฬิกา)(?!\w)", r"\1:\2"),
    (r"(\d{1,2}) ?(?:นาฬิกา|น\.)(?!\w)", r"\1:00"),
)  # fmt: skip
"""Words Thai writes in a date, as the date forms read them: 'ประมาณ' and 'ราว' (about); 'ต้นเดือน',
'กลางเดือน', 'ปลายเดือน' (early, mid, late in a month) and 'ต้นปี', 'ปลายปี' (in a year);
'ระหว่าง ... ถึง' (between), 'ตั้งแต่ ... ถึง' (from ... to); 'วันที่' (the day) and 'เมื่อ'
(on) before a day, 'เดือน' (month) and 'ปี' (year) before one; 'เวลา' (at) before a time, and
'น.' or 'นาฬิกา' (o'clock) after one ('17.40 น.')."""


def buddhist_era_hint(date: PartialDate) -> str | None:
    """What to say of ``date`` when its year is one of the Buddhist Era (พ.ศ.), as a Thai
    editor types it in the contract's form ('2561-07-10', 10 July 2018): the date in the
    Common Era's years; else None. Such a date is valid, and far ahead of any news."""
    if date.year not in _BUDDHIST_YEARS:
        return None
    meant = date.iso().replace(f"{date.year:04d}", f"{date.year - BUDDHIST_ERA:04d}", 1)
    return (
        f"its year, {date.year}, is far ahead: if it is a year of the Buddhist Era (พ.ศ.), as Thai dates "
        f"count them, write it in the Common Era's, {date.year - BUDDHIST_ERA} ('{meant}')"
    )


@cache
def _thai_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of the months' and the days of the week's names in Thai, as CLDR writes them
    (whole, 'กรกฎาคม', and abbreviated, 'ก.ค.', as Thai news writes a date; a day with 'วัน'
    before it and maybe 'ที่' after it, 'วันอังคารที่'), and the English name of each. Read
    unfolded: folding drops some of Thai's vowel marks and keeps others, and a name's letters
    then match no word."""
    from babel import Locale

    thai = Locale.parse("th")
    names: dict[str, str] = {}
    for number, name in thai.months["format"]["wide"].items():
        names[name] = MONTHS[number].lower()
    for number, name in thai.months["format"]["abbreviated"].items():
        names[name] = names[name.rstrip(".")] = MONTHS[number].lower()
    english = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    for number, name in thai.days["format"]["wide"].items():
        names[name] = english[number] + ","
    words = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e4e.])({words})(?:ที่)?(?![\u0e01-\u0e4e])"), names


def _thai_read(text: str) -> tuple[str, str] | None:
    """``text`` as the date forms read a date, when it is written in Thai ('10 ก.ค. 2561',
    'วันอังคารที่ 10 กรกฎาคม 2561 เวลา 17.40 น.'): its names in English, its year in the
    Common Era, its words as English says them (``_THAI_WORDS``); and what to say of a year of
    the Buddhist Era it was written in, else ''. None when it holds no Thai, and no year of
    that era ('10/7/2561'); the year of a date in numbers only is the Buddhist Era's when it
    is far ahead of today's, as one of Thai dates is."""
    read = " ".join(text.translate(_THAI_DIGITS).split())
    thai = _THAI_LETTER().search(read) is not None
    written: list[tuple[str, int]] = []  # each year of the Buddhist Era, as written, and its year

    def era(found: re.Match[str]) -> str:
        if found[1] is None:
            return ""  # 'ค.ศ.': the Common Era, as the number says
        year = int(found[1]) + (2500 if len(found[1]) == 2 else 0) - BUDDHIST_ERA
        written.append((found.group(), year))
        return f"{year}"

    def named(found: re.Match[str]) -> str:
        return f" {_thai_names()[1][found[1]]} "

    def short_year(found: re.Match[str]) -> str:
        year = 2500 + int(found[2]) - BUDDHIST_ERA
        written.append((found[2], year))
        return f"{found[1]} {year}"

    read = _THAI_ERA().sub(era, read)
    if thai:
        read = _thai_names()[0].sub(named, read)
        # A year in two digits after a month's name ('10 ก.ค. 61'), as Thai news shortens the Buddhist Era's.
        month = "|".join(name.lower() for name in MONTHS[1:])
        read = re.sub(rf"\b({month}) +(\d{{2}})(?![\d:]|\.\d)", short_year, read)
        for pattern, english in _THAI_WORDS:
            read = re.sub(pattern, english, read)

    def four_digits(found: re.Match[str]) -> str:
        if int(found[1]) not in _BUDDHIST_YEARS:
            return found.group()
        written.append((found[1], int(found[1]) - BUDDHIST_ERA))
        return f"{int(found[1]) - BUDDHIST_ERA}"

    read = re.sub(r"(?<!\d)(\d{4})(?!\d)", four_digits, read)
    read = " ".join(read.replace(" ,", ",").split())
    if not written and (not thai or read == text):
        return None
    if not written:
        return read, ""
    shown, year = written[0]
    return read, f" ('{shown}' is {year}: a year of the Buddhist Era, พ.ศ., is {BUDDHIST_ERA} ahead)"


_THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
_THAI_RELATIVE_DAYS = {
    "เมื่อวาน", "เมื่อวานนี้", "วานนี้", "เมื่อวานซืน", "วันนี้", "พรุ่งนี้", "มะรืนนี้", "เมื่อคืน",
    "เมื่อคืนนี้", "คืนนี้", "เมื่อเช้า", "เมื่อเช้านี้", "เช้านี้", "บ่ายนี้", "เย็นนี้", "สัปดาห์ที่แล้ว",
    "สัปดาห์ก่อน", "อาทิตย์ที่แล้ว", "สัปดาห์นี้", "สัปดาห์หน้า", "เดือนที่แล้ว", "เดือนก่อน", "เดือนนี้",
    "ปีที่แล้ว", "ปีก่อน", "ปีนี้", "เมื่อปีที่แล้ว", "เมื่อสัปดาห์ที่แล้ว", "เมื่อเดือนที่แล้ว",
} | {
    f"{lead}วัน{day}{after}"
    for day in _THAI_WEEKDAYS
    for lead, after in (("", "ที่แล้ว"), ("", "ที่ผ่านมา"), ("", "นี้"), ("", "หน้า"), ("เมื่อ", ""), ("เมื่อ", "ที่ผ่านมา"))
}  # fmt: skip
"""Thai words for a day counted from when they were written: 'เมื่อวาน' (yesterday), 'วันนี้'
(today), 'เมื่อคืน' (last night), 'สัปดาห์ที่แล้ว' (last week), 'เมื่อวันอังคาร' (on Tuesday),
'วันอังคารที่แล้ว' (last Tuesday)."""


_URDU_RELATIVE_DAYS = (
    "کل", "آج", "پرسوں", "گزشتہ روز", "گذشتہ روز", "گزشتہ شب", "گذشتہ شب", "کل رات", "کل شام",
    "کل صبح", "آج صبح", "آج شام", "آج رات", "گزشتہ ہفتے", "گذشتہ ہفتے", "پچھلے ہفتے", "اس ہفتے",
    "اگلے ہفتے", "رواں ہفتے", "گزشتہ ماہ", "گذشتہ ماہ", "پچھلے مہینے", "اس مہینے", "رواں ماہ",
    "گزشتہ سال", "گذشتہ سال", "پچھلے سال", "اس سال", "رواں سال", "جمعے کو", "پچھلے جمعے",
    "گزشتہ کل", "گذشتہ کل", "آئندہ کل",
)  # fmt: skip
"""Urdu's words for a day counted from when they were written: 'کل' is yesterday and
tomorrow alike, as Hindi's 'कल'; 'گزشتہ روز' ('the past day') is how Pakistani news writes
yesterday; 'گزشتہ کل' and 'آئندہ کل' are CLDR's yesterday and tomorrow; 'گزشتہ' is also
spelt 'گذشتہ'. 'آج' loses its madda in folding."""

_TELUGU_RELATIVE_DAYS = (
    "నిన్న", "మొన్న", "నేడు", "ఈరోజు", "ఈ రోజు", "ఇవాళ", "రేపు", "ఎల్లుండి", "నిన్న రాత్రి",
    "నిన్న ఉదయం", "నిన్న మధ్యాహ్నం", "నిన్న సాయంత్రం", "ఈ ఉదయం", "నేటి ఉదయం", "ఈ రాత్రి",
    "గత రాత్రి", "గత వారం", "ఈ వారం", "వచ్చే వారం", "గత నెల", "ఈ నెల", "వచ్చే నెల", "గత ఏడాది",
    "గత సంవత్సరం", "ఈ ఏడాది", "ఈ సంవత్సరం",
)  # fmt: skip
"""Telugu's words for a day counted from when they were written: 'నిన్న' (yesterday),
'మొన్న' (the day before), 'నేడు', 'ఈరోజు', 'ఇవాళ' (today), 'గత వారం' (last week)."""

_RELATIVE_DAYS = frozenset(
    {
        "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "this afternoon",
        "this evening", "last week", "last month", "last year", "this week", "next week",
        "ayer", "hoy", "anoche", "pasado manana", "anteayer", "gestern", "heute", "morgen",
        "vorgestern", "ubermorgen", "hier", "aujourd'hui", "demain", "avant-hier", "ieri", "oggi",
        "domani", "ontem", "hoje", "amanha", "вчера", "сегодня", "завтра", "учора", "вчора",
        "сьогодні", "昨天", "今天", "明天", "أمس", "اليوم", "غدا", "昨日", "今日", "明日", "一昨日",
        "前天", "昨晚", "今晨", "今早", "今晚", "今年", "去年", "前年", "上週", "本週", "這週",
        "下週", "上周", "本周", "下周", "上星期", "這星期", "下星期", "上個月", "這個月", "下個月",
        "日前", "稍早", "明後日", "昨夜", "今朝", "今夜", "先週", "今週", "来週", "先月", "昨年",
        "어제", "오늘", "내일",
        "그제", "그저께", "모레", "지난주", "이번 주", "다음 주", "지난달", "작년", "지난해",
        "אתמול", "היום", "מחר", "שלשום", "מחרתיים", "אמש", "הבוקר", "הלילה", "בשבוע שעבר",
        "בחודש שעבר", "בשנה שעברה", "אשתקד", "kemarin", "hari ini", "besok", "lusa", "kemarin lusa",
        "tadi malam", "semalam", "tadi pagi", "pagi ini", "malam ini", "minggu lalu", "pekan lalu",
        "bulan lalu", "tahun lalu", "minggu depan", "pekan depan",
        "kelmarin", "esok", "malam tadi", "pagi tadi", "petang tadi", "minggu lepas", "bulan lepas",
        "tahun lepas", "hujung minggu lepas",
        "kahapon", "ngayon", "ngayong araw", "bukas", "kagabi", "kanina", "kaninang umaga",
        "kaninang hapon", "mamaya", "mamayang gabi", "kamakalawa", "samakalawa", "noong isang araw",
        "noong isang linggo", "nakaraang linggo", "noong nakaraang linggo", "ngayong linggo",
        "sa susunod na linggo", "nakaraang buwan", "noong nakaraang buwan", "noong isang buwan",
        "nakaraang taon", "noong nakaraang taon", "noong isang taon", "ngayong taon",
        "wczoraj", "dzis", "dzisiaj", "jutro", "przedwczoraj", "pojutrze", "wczoraj wieczorem",
        "dzis rano", "w zeszłym tygodniu", "w ubiegłym tygodniu", "w tym tygodniu",
        "w zeszłym miesiacu", "w ubiegłym miesiacu", "w zeszłym roku", "w ubiegłym roku",
        "gisteren", "eergisteren", "vandaag", "overmorgen", "gisteravond", "vannacht", "vanochtend",
        "vanmorgen", "vanmiddag", "vanavond", "vorige week", "deze week", "volgende week",
        "vorige maand", "vorig jaar", "verleden week",
        "χθεσ", "χτεσ", "προχθεσ", "σημερα", "αυριο", "μεθαυριο", "αποψε", "χθεσ το βραδυ",
        "την περασμενη εβδομαδα", "την προηγουμενη εβδομαδα", "αυτη την εβδομαδα",
        "την επομενη εβδομαδα", "τον περασμενο μηνα", "περσι", "περυσι",
        "vcera", "dnes", "dneska", "zitra", "predevcirem", "pozitri", "vcera vecer", "dnes rano",
        "minuly tyden", "tento tyden", "pristi tyden", "minuly mesic", "loni", "minuly rok",
        "predvcerom", "zajtra", "pozajtra", "vcera rano", "minuly tyzden", "tento tyzden",
        "buduci tyzden", "minuly mesiac", "tento mesiac", "vlani", "tento rok",
        "hom qua", "hom nay", "ngay mai", "hom kia", "ngay kia", "đem qua", "dem qua", "toi qua",
        "sang nay", "chieu nay", "toi nay", "tuan truoc", "tuan nay", "tuan sau", "tuan toi",
        "thang truoc", "thang nay", "nam ngoai", "nam truoc", "nam nay",
        "ahir", "avui", "dema", "abans-d'ahir", "abans d'ahir", "abans-d’ahir", "abans d’ahir", "dema passat",
        "ahir a la nit", "ahir al vespre", "aquest mati", "aquesta tarda", "aquesta nit",
        "la setmana passada", "aquesta setmana", "la setmana que ve", "el mes passat", "l'any passat",
        "l’any passat",
        "igar", "i gar", "idag", "i dag", "imorgon", "i morgon", "forrgar", "i forrgar", "i overmorgon",
        "igar kvall", "i gar kvall", "ikvall", "i kvall", "imorse", "i morse", "inatt", "i natt",
        "forra veckan", "i forra veckan", "denna vecka", "nasta vecka", "forra manaden", "ifjol",
        "i fjol", "forra aret",
        "eilen", "tanaan", "huomenna", "toissapaivana", "toissa paivana", "ylihuomenna", "eilen illalla",
        "eilisiltana", "eilen aamulla", "tanaan aamulla", "tana aamuna", "viime yona", "tana yona",
        "viime viikolla", "talla viikolla", "ensi viikolla", "viime kuussa", "viime vuonna", "tana vuonna",
        "i morgen", "iforgars", "i forgars", "i overmorgen", "i gar kveld", "igar kveld", "i kveld",
        "i morges", "i formiddag", "i ettermiddag", "forrige uke", "i forrige uke", "denne uken",
        "denne uka", "neste uke", "forrige maned", "i fjor", "ifjor", "forrige ar", "i helgen",
        "forrige helg",
        "i aftes", "igar aftes", "i gar aftes", "i nat", "i eftermiddag", "i formiddags", "sidste nat",
        "sidste uge", "i sidste uge", "denne uge", "i denne uge", "næste uge", "i næste uge",
        "sidste maned", "i sidste maned", "sidste ar", "i weekenden", "sidste weekend",
        "i sidste weekend",
        "tegnap", "tegnapelott", "holnap", "holnaputan", "ma reggel", "ma delelott", "ma delutan",
        "ma este", "tegnap reggel", "tegnap delelott", "tegnap delutan", "tegnap este",
        "tegnap ejjel", "mult heten", "a mult heten", "ezen a heten", "jovo heten", "a jovo heten",
        "mult honapban", "a mult honapban", "tavaly", "multkor",
        "azi", "astazi", "maine", "poimaine", "alaltaieri", "aseara", "azi-noapte", "azi noapte",
        "azi dimineata", "ieri seara", "ieri dimineata", "ieri dupa-amiaza", "saptamana trecuta",
        "saptamana aceasta", "saptamana asta", "saptamana viitoare", "luna trecuta", "luna aceasta",
        "luna asta", "anul trecut", "anul acesta", "anul asta", "weekendul trecut", "weekendul acesta",
        "днес", "утре", "завчера", "онзи ден", "вдругиден", "снощи", "тази сутрин", "тази вечер",
        "вчера вечерта", "вчера сутринта", "миналата седмица", "тази седмица", "следващата седмица",
        "миналия месец", "този месец", "миналата година", "тази година",
        "कल", "आज", "परसों", "कल रात", "कल शाम", "कल सुबह", "आज सुबह", "आज शाम", "आज रात",
        "jucer", "danas", "sutra", "prekjucer", "preksutra", "sinoc", "jutros", "veceras",
        "jucer ujutro", "jucer navecer", "prosli tjedan", "proslog tjedna", "ovaj tjedan",
        "ovog tjedna", "iduci tjedan", "sljedeci tjedan", "prosli mjesec", "proslog mjeseca",
        "ovog mjeseca", "prosle godine", "ove godine", "lani", "prosli vikend", "ovaj vikend",
        "prosle srijede", "prosle subote", "prosle nedjelje", "u srijedu", "u subotu", "u nedjelju",
        "vceraj", "danes", "jutri", "predvcerajsnjim", "pojutrisnjem", "sinoci", "snoci", "davi",
        "nocoj", "zjutraj", "vceraj zjutraj", "vceraj zvecer", "prejsnji teden", "minuli teden",
        "ta teden", "naslednji teden", "prihodnji teden", "prejsnji mesec", "minuli mesec",
        "ta mesec", "letos", "prejsnje leto", "lansko leto", "prejsnji konec tedna",
        "ta konec tedna", "konec tedna",
        "eile", "uleeile", "tana", "homme", "ulehomme", "eile ohtul", "eile hommikul", "eile oosel",
        "tana hommikul", "tana oosel", "eelmisel nadalal", "moodunud nadalal", "sel nadalal",
        "jargmisel nadalal", "eelmisel kuul", "moodunud kuul", "sel kuul", "eelmisel aastal",
        "moodunud aastal", "sel aastal", "mullu", "tanavu", "eelmisel nadalavahetusel",
        "moodunud nadalavahetusel", "sel nadalavahetusel",
        "juce", "prekjuce", "prosle nedelje", "prosle sedmice", "ove nedelje", "ove sedmice",
        "sledece nedelje", "prosli mesec", "proslog meseca", "ovog meseca", "lane", "prosle srede",
        "u sredu", "u nedelju",
        "јуче", "данас", "сутра", "прекјуче", "прекосутра", "синоћ", "јутрос", "вечерас",
        "прошле недеље", "прошле седмице", "ове недеље", "ове седмице", "следеће недеље",
        "прошли месец", "прошлог месеца", "овог месеца", "прошле године", "ове године", "лане",
        "прошле среде", "прошле суботе", "у среду", "у суботу", "у недељу",
        "денеска", "задутре", "вечерва", "минатата недела", "оваа недела",
        "следната недела", "минатиот месец", "овој месец", "минатата година", "оваа година",
        "минатиот викенд", "овој викенд", "утрово",
        "vakar", "uzvakar", "siandien", "rytoj", "poryt", "vakar vakare", "vakar ryte", "siryt",
        "siandien ryte", "praejusia savaite", "sia savaite", "kita savaite", "praejusi menesi",
        "si menesi", "pernai", "praejusiais metais", "siais metais", "praejusi savaitgali",
        "si savaitgali",
        "पिछले हफते", "इस हफते", "अगले हफते", "पिछले सपताह", "इस सपताह", "पिछले महीने",
        "इस महीने", "पिछले साल", "इस साल", "पिछले वरष", "बीते हफते", "बीते साल",
        "நேறறு", "இனறு", "நாளை", "நேறறு முனதினம", "நேறறு காலை", "நேறறு மாலை", "நேறறு இரவு",
        "இனறு காலை", "இனறு மாலை", "இனறு இரவு", "கடநத வாரம", "இநத வாரம", "அடுதத வாரம",
        "கடநத மாதம", "இநத மாதம", "கடநத ஆணடு", "இநத ஆணடு",
        "i gær", "i fyrradag", "a morgun", "i gærkvoldi", "i gærmorgun", "i morgun",
        "i nott", "i fyrrinott", "i kvold", "i siðustu viku", "i þessari viku", "i næstu viku",
        "i vikunni", "i siðasta manuði", "i þessum manuði", "i fyrra", "i ar", "um helgina",
        "siðustu helgi", "um siðustu helgi",
        "երեկ", "այսօր", "վաղը", "երեկ երեկոյան", "երեկ առավոտյան", "այսօր առավոտյան",
        "այս առավոտ", "այս երեկո", "նախօրեին", "երեկ չէ առաջին օրը", "անցյալ շաբաթ",
        "նախորդ շաբաթ", "այս շաբաթ", "հաջորդ շաբաթ", "անցյալ ամիս", "նախորդ ամիս", "այս ամիս",
        "անցյալ տարի", "նախորդ տարի", "այս տարի", "հերու", "շաբաթավերջին",
    }
    | {_without_marks(word) for word in _TELUGU_RELATIVE_DAYS}
    | {_without_marks(word) for word in _THAI_RELATIVE_DAYS}
    | {_without_marks(word) for word in _URDU_RELATIVE_DAYS}
    # Macedonian 'синоќа' (last night) folds its 'ќ' to 'к', as every word here is read.
    | {_without_marks("синоќа")}
    | {
        f"{which}{day}"
        for which in ("", "mult ", "a mult ", "jovo ", "a jovo ")
        for day in ("hetfon", "kedden", "szerdan", "csutortokon", "penteken", "szombaton", "vasarnap")
    }
    | {
        "vakar", "aizvakar", "sodien", "rit", "parit", "vakar vakara", "sorit", "sovakar", "pern",
        "sogad", "pagajusaja gada", "pagajusaja nedela", "pagajuso nedelu", "saja nedela",
        "sonedel", "nakamaja nedela", "pagajusaja menesi", "saja menesi", "pagajusaja nedelas nogale",
    }
    | {
        f"{which}{day}"
        for which in ("", "pagajusaja ", "saja ", "nakamaja ")
        for day in ("pirmdien", "otrdien", "tresdien", "ceturtdien", "piektdien", "sestdien", "svetdien")
        for day in (day, day + "a")
    }
    | {
        f"{which}{day}"
        for which in ("", "praejusi ", "si ", "kita ")
        for day in (
            "pirmadieni", "antradieni", "treciadieni", "ketvirtadieni", "penktadieni", "sestadieni",
            "sekmadieni",
        )
    }
    | {
        "გუშინ", "გუშინწინ", "დღეს", "ხვალ", "ზეგ", "წუხელ", "ამაღამ", "დღეს დილით", "გუშინ საღამოს",
        "გუშინ დილით", "შარშან", "წელს", "ამ წელს", "გასულ წელს", "გასულ კვირას", "ამ კვირაში",
        "მომავალ კვირას", "გასულ თვეს", "ამ თვეში", "გასულ შაბათ-კვირას",
    }
    | {
        f"{which}{day}"
        for which in ("", "გასულ ", "ამ ", "მომავალ ")
        for day in ("ორშაბათს", "სამშაბათს", "ოთხშაბათს", "ხუთშაბათს", "პარასკევს", "შაბათს", "კვირას")
    }
    | {
        f"{day} {which}"
        for which in ("trecuta", "aceasta", "asta", "viitoare")
        for day in ("lunea", "martea", "miercurea", "joia", "vinerea", "sambata", "duminica")
    }
)  # fmt: skip
"""Words for a day counted from when they were written, folded, in English and the
shipped languages most often written: an article's 'yesterday' pasted into 'date'; Hungarian
names a day of the week with its ending ('hétfőn', 'on Monday'; 'múlt pénteken', 'last Friday'),
Romanian with its article and a word after it ('vinerea trecută', 'last Friday'),
Lithuanian in the accusative ('antradienį', 'on Tuesday'; 'praėjusį antradienį'),
Latvian in the locative or as an adverb ('ceturtdienā', 'ceturtdien', 'pagājušajā
ceturtdienā'), Georgian in the dative ('შაბათს', 'on Saturday'; 'გასულ შაბათს'). Hindi's 'कल'
is yesterday and tomorrow alike; 'हफ़्ते', 'सप्ताह', 'वर्ष' lose their nukta and virama in
folding ('हफते'), and Tamil's words their pulli ('நேற்று', yesterday, is 'நேறறு'). Icelandic's
'í gær' (yesterday) folds to 'i gær', its 'æ', 'ð' and 'þ' letters of their own."""
_RELATIVE_LEAD = later(
    r"(?:last|this|next|on|el|am|le|el pasado|letzten|dernier|vorige|afgelopen|komende|op|pada|hari"
    r"|w zeszły|w ubiegły|w ostatni|we|w|την περασμενη|το περασμενο|την προηγουμενη|το προηγουμενο"
    r"|την|το|minuly|minule|minulu|tento|pristi|buducu|buduci|ve|v|viime|ensi|tana|forrige|sist|pa|neste|kommende"
    r"|sidste|næste|i sidste|prosli|proslog|ovaj|iduci|sljedeci|u|पिछले|बीते|इस|अगले|миналата|миналия|следващата"
    r"|eelmisel|moodunud|sel|jargmisel|prejsnji|prejsnjo|minuli|minulo|naslednji|naslednjo|prihodnji|prihodnjo"
    r"|прошли|прошлог|овај|у|минатата|минатиот|оваа|овој|следната|следниот|во|siðastliðinn|siðasta|sl\.|a|næsta|nk\."
    r"|следващия|கடநத|இநத|வரும|گزشتہ|گذشتہ|پچھلے|اگلے|اس|رواں|గత|ఈ|వచచే"
    r"|noong|nitong|noong nakaraang|nakaraang|sa susunod na|sa darating na|ngayong|sa) +(?P<day>\S+)"
    r"|(?:hari +|el +)?(?P<before>\S+) +(?:lalu|lepas|kemarin|ini|depan|passat|کو)"
    r"|i (?P<last>\S+)s"
    r"|(?:上|這|这|本|下)個? ?(?P<chinese>(?:星期|禮拜|礼拜|週|周)[一二三四五六日天])"
)
"""A day of the week said with a word for which one, folded: 'last Tuesday', 'el martes',
'letzten Dienstag', Dutch 'afgelopen dinsdag', Polish 'w zeszły wtorek' and 'we wtorek', Czech
'minulý čtvrtek' and 'v pondělí', and Indonesian's and Malay's word after it, 'Sabtu
lalu' ('last Saturday'), 'Senin kemarin', 'hari Minggu ini', Malay 'Jumaat lepas', Greek
'την περασμένη Κυριακή' and 'το Σάββατο',
Catalan's '(el) dilluns passat', Swedish's 'i fredags' ('last Friday'), the day's name
with an 's' after it, Finnish 'viime perjantaina' ('last Friday'), Norwegian 'forrige
onsdag', 'sist onsdag', 'på onsdag', Danish 'sidste søndag', 'næste fredag', Croatian 'prošli
utorak', 'u petak' (its feminine days, 'u srijedu', in ``_RELATIVE_DAYS``), Slovenian
'prejšnji petek', 'prejšnjo sredo', 'v soboto', Serbian 'прошли
уторак', 'у петак', Macedonian 'минатата сабота', 'во петок', Estonian 'eelmisel reedel',
'möödunud kolmapäeval' (the day read as
CLDR names it, ``_ESTONIAN_WEEKDAY_CASE``), Hindi
'पिछले शुक्रवार', 'बीते शुक्रवार', Tamil 'கடந்த வெள்ளிக்கிழமை' ('last Friday', folded 'கடநத'),
Urdu 'گزشتہ جمعہ', 'جمعہ کو' ('on Friday'), Icelandic 'síðastliðinn föstudag', 'sl. föstudag',
'síðasta föstudag' ('last Friday'), 'á föstudaginn', 'næsta föstudag' (the day in a case read
as CLDR names it, ``_ICELANDIC_WEEKDAY_CASE``), Telugu 'గత శుక్రవారం' ('last Friday'),
'వచ్చే సోమవారం' ('next Monday', folded 'వచచే'), and Filipino 'noong Biyernes' ('on Friday',
past), 'nitong Lunes', 'noong nakaraang Martes', 'sa Huwebes', 'sa susunod na Lunes'."""


def _in_year(start: PartialDate, day: str) -> tuple[str, str] | None:
    """``day`` ('07-07') in the year of ``start``, when that is a day not before it, or in
    the year after when its month is before the start's (the end of a night over New Year,
    '1 January' after 31 December); with which year it is, in words."""
    try:
        meant = parse_date(f"{start.year:04d}-{day}")
    except DateFormError:  # 29 February in a year without it
        return None
    if not_before(meant, start):
        return meant.iso(), "the year of 'date'"
    if start.month is None or meant.month is None or meant.day is None or meant.month >= start.month:
        return None
    after = date(start.year + 1, meant.month, min(meant.day, 28))
    if (after - date(start.year, start.month, start.day or 1)).days > _NEXT_YEAR_WITHIN:
        return None  # '7 July' after 8 August: more likely a mistake than a span of 11 months
    try:
        return parse_date(f"{start.year + 1:04d}-{day}").iso(), "the year after 'date'"
    except DateFormError:  # 29 February in a year without it
        return None


_NEXT_YEAR_WITHIN = 183
"""How many days after an event's 'date' an 'end' without its year may fall in the year
after: half a year, over New Year ('date: 2023-12-31', 'end: 1 January')."""


def _on_the_night_of(start: PartialDate, clock: str) -> tuple[str, str] | None:
    """An end given as a time alone ('02:00'), on the day of ``start`` when that is not
    before it, else on the day after (a night's end, '02:00' after 23:00), with which day it
    is, in words; None unless ``start`` gives its day and time."""
    if start.day is None or start.month is None or start.hour is None:
        return None
    day = date(start.year, start.month, start.day)
    same = parse_date(f"{day.isoformat()}T{clock}")
    if not_before(same, start) and same.iso() != start.iso():
        return same.iso(), "the day of 'date'"
    return parse_date(f"{(day + timedelta(days=1)).isoformat()}T{clock}").iso(), "the day after 'date'"


def _day_and_time_alone(text: str) -> tuple[str, str] | None:
    """A day without its year and a time after it ('1 January 02:00', 'Aug 9, 2:00',
    '9 August at 02:00'), as the date forms write them ('01-01', '02:00'), else None."""
    words = text.split()
    if len(words) > _WORDS_OF_A_DAY_AND_TIME:
        return None
    for cut in range(1, len(words)):
        day = _day_alone(" ".join(words[:cut]).rstrip(","))
        if day is not None and (clock := _time_alone(" ".join(words[cut:]))) is not None:
            return day, clock
    return None


_WORDS_OF_A_DAY_AND_TIME = 8
"""More words than a day and a time without the year ever take ('9 de agosto a las 2:00
p. m.'): a longer text is not read as one."""


def _yearless_span(text: str) -> tuple[str, str, bool] | None:
    """The start and end of a span of days written without their year, each with its time
    or without ('31 December 23:00 to 1 January 02:00', '8 August to 9 August'), as the
    date forms write them with 'YYYY' for the year, and whether the end is in the year
    after the start's (a night over New Year); else None."""
    parts = _SPAN().split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    ends = [_day_and_time_alone(part) or ((day, "") if (day := _day_alone(part)) else None) for part in parts]
    if ends[0] is None or ends[1] is None:
        return None
    (first_day, first_clock), (last_day, last_clock) = ends[0], ends[1]
    first = f"YYYY-{first_day}" + (f"T{first_clock}" if first_clock else "")
    last = f"YYYY-{last_day}" + (f"T{last_clock}" if last_clock else "")
    return first, last, last_day < first_day


def _relative_hint(text: str) -> str:
    """How to write a date given as a day counted from when it was written ('yesterday',
    'last Tuesday', 'gestern'): as the day itself, which the article's own date tells."""
    folded = _normalized(text).rstrip(".")
    lead = _RELATIVE_LEAD().fullmatch(folded)
    day = (lead["day"] or lead["before"] or lead["last"] or lead["chinese"]) if lead is not None else folded
    day = day.rstrip(",")
    chinese = lead is not None and lead["chinese"] is not None
    if not chinese and folded not in _RELATIVE_DAYS and (day not in _weekdays() or day in _month_numbers()):
        return ""  # 'Mar': Tuesday in Spanish, but March first
    return (
        f"; '{text.strip()}' counts from the day it was written, and readers read it on other days: "
        "write the day itself (YYYY-MM-DD), counted from the date of the article it came from"
    )


_FRACTION = later(
    r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2})[.,]\d+ ?(Z|[+-]\d{2}(?::?\d{2})?)?", re.IGNORECASE
)


def _without_fraction(text: str) -> str | None:
    """The date form of a moment given to a fraction of a second, as programs and
    spreadsheets write one ('2024-05-12T14:30:00.000Z'): to the second, which is as
    finely as a date is written; else None."""
    found = _FRACTION().fullmatch(text.strip())
    if found is None:
        return None
    iso = found[1].upper().replace(" ", "T") + _zone(found[2] and found[2].lower())
    try:
        parse_date(iso)
    except DateFormError:
        return None
    return iso


_APPROXIMATE = later(
    r"(?:c\.|ca\.|circa|about|around|approx\.|approximately|vers|environ|hacia(?: el)?|"
    r"cerca de|sobre|alrededor de|por volta d(?:e|as|a)|umbes|um|etwa|околу|около|примерно|близько|ok\.|około"
    r"|rond|omstreeks|ongeveer|sekitar(?: tahun| bulan)?|kira-kira(?: tahun| bulan)?"
    r"|περιπου|περ\.|γυρω στ(?:ο|ον|ισ|α)"
    r"|kolem(?: roku)?|okolo(?: roku)?|cca\.?|asi|priblizne|zhruba"
    r"|cap al|cap a|al voltant del?|aproximadament"
    r"|ca(?= )|cirka|omkring|kring|runt|ungefar"
    r"|noin|n\.|suunnilleen|arviolta|likimain|rundt|omtrent|om lag"
    r"|kb\.?|korulbelul|mintegy|nagyjabol|hozzavetoleg(?:esen)?"
    r"|aproximativ(?: in)?|in jurul datei de|in jurul anului|in jurul lui|pe la"
    r"|ligikaudu|umbkaudu|ap(?= )|aptuveni|apmeram|okoli(?: leta)?|priblizno(?: leta)?"
    r"|bandang|humigit-kumulang(?: noong)?|დაახლოებით|დაახლ\.|حوالي|حوالى|نحو|قرابة"
    r"|సుమారుగా|సుమారు|దాదాపుగా|దాదాపు)\s*(?P<rest>.+)"
)
"""'c. 1990', 'circa 2010', 'vers 1900', 'около 1990', Macedonian 'околу 2016',
Polish 'ok. 2021' and 'około 2021 r.',
Indonesian 'sekitar tahun 1990', Dutch 'rond 2014', Greek 'περίπου το 2014' and 'γύρω στο
2014', Czech 'kolem roku 2010', 'cca 24. 6. 2021', Catalan 'cap al 2014', 'cap a gener de
2020', Swedish 'ca 2014' (its 'ca' without a dot) and 'omkring 2014', Finnish 'noin vuonna
2017', 'n. 18.8.2017', Norwegian 'rundt 2014', 'omtrent 2014', 'om lag 2014', Hungarian 'kb.
2012' and 'mintegy 2012', Romanian 'aproximativ 2015', 'în jurul datei de 3 noiembrie 2015' ('around
the date of'), 'în jurul anului 2015', 'pe la 2015', Slovenian 'okoli leta 2023',
'približno 4. avgusta 2023', Latvian 'ap 2013. gada novembri',
'aptuveni 2013. gadā', 'apmēram 2013. gadā', Georgian 'დაახლოებით 2015 წლის ივლისი', Estonian
'umbes 1994' and 'ligikaudu 1994'
('umbes' before German 'um', which would take its first letters), Filipino 'bandang
Oktubre 2014' and 'humigit-kumulang noong 2014', Arabic 'حوالي 2014', 'نحو 2014' and
'قرابة 2014', Telugu 'సుమారు 2014' and 'దాదాపు 12 అక్టోబర్ 2014': an approximate date,
folded."""
_VAGUE = later(
    r"(?P<part>early|mid|late|spring|summer|autumn|fall|winter|beginning of|end of"
    r"|anfang|mitte|ende|fruhjahr|fruhling|sommer|herbst"
    r"|principios|comienzos|mediados|finales|fines|primavera|verano|otono|invierno"
    r"|debut|mi|fin|printemps|ete|automne|hiver|awal|pertengahan|akhir|penghujung|hujung"
    r"|begin|medio|half|midden|eind|voorjaar|lente|zomer|najaar|herfst"
    r"|zacatkem|pocatkem|v polovine|koncem|na jare|jaro|v lete|leto|na podzim|podzim|v zime|zima"
    r"|zaciatkom|v polovici|koncom|na jar|na jesen"
    r"|principis|inicis|mitjan|mitjans|finals|final|estiu|tardor|hivern"
    r"|(?:i )?(?:borjan|mitten|slutet)|(?:under )?(?:varen|sommaren|hosten|vintern)"
    r"|alussa|alkupuolella|puolivalissa|lopussa|loppupuolella|alkuvuodesta|loppuvuodesta"
    r"|kevaalla|kesalla|syksylla|talvella|keskikesalla"
    r"|(?:i )?(?:begynnelsen|starten|midten|slutten)|(?:ved )?utgangen|tidlig i|midt i|sent i"
    r"|(?:i løpet av )?(?:varen|sommeren|høsten|vinteren)"
    r"|(?:i )?(?:begyndelsen|starten|midten|slutningen)|først i|sidst i|ultimo"
    r"|(?:i løbet af )?(?:foraret|sommeren|efteraret|vinteren)"
    r"|(?:la |in )?(?:inceputul|mijlocul|sfarsitul|finalul)|(?:in )?(?:primavara|vara|toamna|iarna)"
    r"|pocetkom|sredinom|krajem|почетком|средином|крајем"
    r"|(?:на |во |кон )?(?:почетокот|средината|крајот) на|летото|есента|зимата|пролетта"
    r"|(?:v |na )?zacetku|sredi|konec|ob koncu|spomladi|poleti|jeseni|pozimi"
    r"|(?:sa )?(?:unang bahagi|kalagitnaan|huling bahagi|katapusan|pagtatapos|simula|pasimula)"
    r"|tot le|tard le|a primera hora|a ultima hora|fruh am|spat am)[- ]+"
    r"(?:(?:of|de|del|du|van|av|af|tahun|bulan|roku|lui|anului|lunii|leta|ng(?: buwan ng| taong)?) +|d' *)?"
    r"(?P<rest>.+)"
)
"""'Spring 2010', 'mid-April 2010', 'early 2010': part of a month or year, folded; in
German, Spanish, French, Indonesian, Dutch and Catalan too ('Anfang März 2010', 'finales de
marzo de 2010', 'fin mars 2010', 'akhir Desember 2021', 'awal tahun 2022', Malay 'hujung
Ogos 2015' and 'penghujung tahun 2014' (the end), 'begin juli 2014', 'eind 2014', 'finals
de gener de 2020', 'mitjan febrer de 2020', 'tardor del 2020'), Czech
('koncem června 2021', 'začátkem roku 2022', 'na podzim 2021'), Slovak ('začiatkom mája
2024', 'v polovici roku 2024', 'koncom mája 2024', 'na jeseň 2025'), Swedish ('i början av
april 2017', 'slutet av 2016', 'våren 2017') and Finnish ('kesällä 2017', 'alkuvuodesta 2018';
'elokuun lopussa 2017' and 'vuoden 2017 alussa' with the part first, as ``_normalized`` puts
it), Norwegian ('i slutten av januar 2021', 'tidlig i mars 2021', 'høsten 2021', with its
'ø' as written: folding keeps it), Danish ('i slutningen af juni 2023', 'sidst i juni
2023', 'ultimo juni 2023', 'efteråret 2022'; not 'primo juli', which Italian reads as 1 July,
'primo luglio'), Romanian ('la sfârșitul lui 2015', 'începutul lunii martie 2016', 'în
toamna lui 2015', 'vara 2016'), Serbian ('почетком новембра 2024.', 'krajem 2024.'),
Macedonian ('почетокот на август 2016', 'кон крајот на 2016', 'есента 2016'),
Slovenian ('v začetku avgusta 2023',
'sredi avgusta 2023', 'konec leta 2023', 'jeseni 2023') and Filipino ('unang bahagi ng
Nobyembre 2013', 'kalagitnaan ng 2014', 'sa katapusan ng Oktubre 2014', 'huling bahagi ng
taong 2014'); and early or late in a day as French, Spanish and German say it ('tôt le 8
août 2023', 'a última hora del 8 de agosto de 2023', 'spät am 8. August 2023')."""
_VAGUE_LEAD = later(
    r"(?:in (?:the )?|during (?:the )?|the |a (?:la |l['’])?|en (?:el |la |l['’])?|el |la |l['’]|im |in der )"
)
"""What comes before a part of a month or year in a sentence it is copied from, folded: 'in
late August 2023', 'the summer of 2023', 'à la fin août 2023', 'a finales de agosto de
2023', 'l'été 2023', 'en el verano de 2023', 'im Sommer 2023'."""


_APPROXIMATE_AFTER = later(
    r"(?P<rest>.+?) ?(?:ころ|頃|前後|左右|경|께|쯤|무렵|전후|تقريبا)"
    r"|(?P<hungarian>.+?) (?:korul|tajan|tajekan|kornyeken)"
)
"""'2011年3月ごろ', '2011年3月11日頃', '2008年5月左右', '2014년 4월께': an approximate date as
Japanese, Chinese and Korean write it, the word after it, folded (without its voicing
marks: 'ごろ' is 'ころ'), as Arabic does 'تقريبًا' ('2014 تقريبًا'); and Hungarian's, a
word after it too: '2012 körül', '2012 táján', '2012 környékén'."""
_VAGUE_AFTER = later(
    r"(?P<rest>\d{4} ?[年년](?: ?\d{1,2} ?[月월])?) ?"
    r"(?P<part>上旬|中旬|下旬|初旬|初め|はしめ|半ば|前半|後半|末|初|底|[春夏秋冬]季?"
    r"|초순|중순|하순|상반기|하반기|초|말|봄|여름|가을|겨울)"
    r"|(?P<hungarian>\d{4}.*?) (?:elejen|eleje|kozepen|kozepe|vegen|vege|elso feleben|masodik feleben"
    r"|tavaszan|tavasza|tavasz|nyaran|nyara|nyar|oszen|osze|osz|telen|tele|tel)"
)
"""'2011年3月上旬', '2011年春', '2008年5月中旬', '2011年末', '2014년 4월 중순', '2014년 봄':
part of a month or year as Japanese, Chinese and Korean write it, after the date, folded;
and as Hungarian does: '2010 őszén', '2010. október elején', '2011 végén'."""


_APPROXIMATE_TIME = later(
    r"(?P<date>.+?),? +(?:c\.|ca\.|circa|about|around|approximately|hacia|sobre|alrededor de"
    r"|vers|gegen|etwa|около|примерно|por volta d(?:e|as|a)|sekitar|rond|omstreeks|ongeveer|cap a"
    r"|ca|cirka|omkring|kring|runt|noin|n\.|rundt|omtrent|om lag|umbes|ligikaudu|حوالي|حوالى|نحو|قرابة)"
    r"(?: las| la| les| de las| pukul| kl\.?| klockan| klokka| klokken| klo\.?| kello| kell"
    r"| الساعة)? +(?P<time>\d.*)"
)
"""A day, then a time said to be approximate: '2019-04-15 hacia las 19:00', '15 de abril de
2019 sobre las 19.00 h', 'April 15, 2019, about 7 pm', '15 avril 2019 vers 19 h', Catalan '21 de
gener de 2020 cap a les 19:00', Swedish '7 april 2017 omkring kl. 15.00', Finnish '18.8.2017
noin klo 16', Norwegian '30. desember 2020 rundt kl. 04', Estonian '28. september 1994 umbes
kell 1.50', Arabic '4 آب 2020 حوالي الساعة 18:08', folded."""


@cache
def _approximate_time_words() -> tuple[tuple[str, str], ...]:
    """The words the pages of each shipped language write before and after a time to say
    it is approximate ('4 August 2020, c. 18:08', 'hacia las 23:00', 'hacia la 1:30',
    '18:08ごろ'), folded, from its catalog (and its grammar, ``ARTICLES``, for one
    o'clock); the longest first, so 'hacia las' is taken before 'hacia'. Read when a hint
    first needs them, not at import."""
    from generator.i18n.catalogs import translations
    from generator.i18n.dates import ARTICLES
    from generator.i18n.languages import available

    found: set[tuple[str, str]] = set()
    for name in available():
        said = translations(name).pgettext("a time", "c. %(time)s")
        grammar = ARTICLES.get(name.split("_")[0])
        for clock in ("0:30", "1:30", "13:30"):
            text = said % {"time": clock}
            before, _, after = _normalized(grammar(text) if grammar else text).partition(clock)
            found.add((before.strip(), after.strip()))
    found.add(("about", ""))  # Thai's and Vietnamese's, as ``_thai_read`` and ``_vietnamese_read`` put them
    return tuple(sorted(found, key=lambda words: -len(words[0]) - len(words[1])))


def _approximate_time(folded: str) -> str | None:
    """The ISO date and time of ``folded``, a day and its time said to be approximate as
    the pages write it in a shipped language ('4 august 2020, c. 18:08 (utc+2)', '2020.
    augusztus 4. 18:08 korul'), its words for 'about' taken out, with the UTC offset
    after it; None if it is not one."""
    zone = re.search(r" ?\([^()]*\)$", folded)
    whole, tail = (folded[: zone.start()], zone[0].strip()) if zone else (folded, "")
    for before, after in _approximate_time_words():
        body = " " + whole  # Vietnamese's words come first: 'khoảng 18:08 4 tháng 8, 2020'
        if after:
            if not body.endswith(after):
                continue
            body = body[: -len(after)]
        if before:
            # Italian's "verso l’1:30" has no space after its words.
            at = body.rfind(" " + before + ("" if before.endswith(("'", "’")) else " "))
            if at < 0:
                continue
            body = body[:at] + " " + body[at + len(before) + 1 :]
        # Telugu's time reads with its word for 'about' ('6.08 గంటల ప్రాంతంలో'), which
        # leaves 'గంటల' ('of hours') where it is taken out.
        timed = suggest(" ".join(body.split())) or suggest(whole)
        if timed and "T" in timed:
            return _with_offset(timed, tail) if tail else timed
    return None


_PAGES_OFFSET = later(r"\((?:\D* )?utc(?:([+\-\u2212]\d{1,2}(?::\d{2})?))?\)")
"""A UTC offset as the pages write it after a time, folded: '(utc+2)', '(utc−3:30)',
'(utc)', Arabic '(بتوقيت utc+2)', Persian '(به وقت utc+2)'."""


def _with_offset(timed: str, zone: str) -> str | None:
    """``timed``, an ISO date and time, with the UTC offset ``zone`` as the pages write it
    ('(utc+2)'); None if it is not one."""
    found = _PAGES_OFFSET().fullmatch(zone)
    if found is None:
        return None
    offset = found[1]
    written = f"{timed}{_zone(offset.replace(chr(0x2212), '-')) if offset else 'Z'}"
    try:
        parse_date(written)
    except DateFormError:
        return None
    return written


def _as_day_or_year(text: str) -> str | None:
    """``_as_date`` of ``text``, a year written with its '年' or '년' too ('2011年', '2011년')."""
    year = re.fullmatch(r"(\d{4}) ?[年년]", text)
    return year[1] if year else _as_date(text)


def _worded_rest(found: re.Match[str]) -> str:
    """The date in a match of words for how well it is known: its 'rest', or the date
    before a Hungarian word (``_APPROXIMATE_AFTER``, ``_VAGUE_AFTER``)."""
    groups = found.groupdict()
    return str(groups["rest"] if groups["rest"] is not None else groups["hungarian"])


def worded_date(text: str) -> tuple[str, bool] | None:
    """The date ``text`` gives with words for how well it is known, and whether they say
    it is approximate ('c. 1990', '2011年3月ごろ': ('1990', True)) rather than a part of a
    month or year ('Spring 2010', '2011年3月上旬': ('2010', False)); None for other text."""
    folded = _normalized(text)
    approximate = _APPROXIMATE().fullmatch(folded) or _APPROXIMATE_AFTER().fullmatch(folded)
    if approximate and (iso := _as_day_or_year(_worded_rest(approximate))):
        return iso, True
    found = _VAGUE().fullmatch(folded) or _VAGUE_AFTER().fullmatch(folded)
    if found is None and (lead := _VAGUE_LEAD().match(folded)) is not None:
        found = _VAGUE().fullmatch(folded[lead.end() :])
    if found and (iso := _as_day_or_year(_worded_rest(found))):
        return iso, False
    return None


def _worded_hint(text: str) -> str:
    """How to write a date given with words for how well it is known: approximate ('c.
    1990', '2011年3月ごろ': 'circa'), or a part of a month or year ('Spring 2010',
    '2011年3月上旬': 'display_date')."""
    found = worded_date(text)
    if found is None:
        folded = _normalized(text)
        at = _APPROXIMATE_TIME().fullmatch(folded)
        said = _APPROXIMATE().fullmatch(folded) or _APPROXIMATE_AFTER().fullmatch(folded)
        timed = None
        if at:
            timed = suggest(f"{at['date']} {at['time']}")
        elif said:  # the time first: 'hacia las 19:00 del 15 de abril de 2019'
            timed = suggest(re.sub(r"^(?:las|la) ", "", _worded_rest(said)))
        if timed and "T" in timed:
            return f"; for a time that is not known exactly, write 'date: {timed}' and 'circa: true'"
        return ""
    iso, approximate = found
    if approximate:
        # 'por volta das 12h30 de 25 de janeiro de 2019': the word for 'about' took the
        # 'das' that Spanish's 'hacia las' leaves to the time, so a time is read here too.
        what = "time" if "T" in iso else "date"
        return f"; for a {what} that is not known exactly, write 'date: {iso}' and 'circa: true'"
    return (
        f"; write the date as far as it is known, 'date: {iso}', and the words readers should "
        f"read in 'display_date: {text.strip()}'"
    )


_PARTS_OF_A_DAY = frozenset(
    {
        "morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight",
        "dawn", "daybreak", "dusk", "nightfall", "hours",
        "matin", "matinee", "apres-midi", "soir", "soiree", "nuit", "journee", "aube", "midi", "minuit",
        "manana", "tarde", "noche", "madrugada", "mediodia", "medianoche", "amanecer", "anochecer",
        "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "fruhe",
        "morgens", "vormittags", "mittags", "nachmittags", "abends", "nachts", "fruhmorgens", "spatabends",
    }
)  # fmt: skip
"""The parts of a day an article names beside its date, folded, in the languages most often
pasted from (English, French, Spanish, German): 'the afternoon of Aug 8, 2023', 'dans
l'après-midi du 8 août 2023', 'la madrugada del 8 de agosto de 2023', 'am Nachmittag des 8.
August 2023'; the format has no part of a day, which 'display_date' words."""
_AROUND_A_PART = frozenset(
    {
        "the", "on", "in", "of", "during", "early", "late", "into", "small",
        "l'", "d'", "la", "le", "du", "de", "des", "dans", "en", "au", "cours", "durant", "pendant",
        "tot", "tard", "fin", "debut", "milieu", "petit",
        "el", "del", "por", "a", "al", "durante", "primeras", "primera", "horas", "las",
        "am", "an", "der", "dem", "vom", "zum", "im", "laufe", "fruhen", "spaten", "gegen", "fruh", "spat",
    }
)  # fmt: skip
"""The words around a part of a day that say where in the day, or join it to the date
('in the early hours of', 'tôt dans la matinée du', 'en las primeras horas de la mañana del',
'am späten Abend des'), folded."""
_WEEKDAY_AND_PART = later(r"^(?P<day>[^\W\d_]+?)(?P<part>morgen|vormittag|mittag|nachmittag|abend|nacht)$")
"""A German day of the week written with its part of the day, as one word ('Dienstagnachmittag')."""


def _without_part_of_day(folded: str) -> str | None:
    """``folded`` without the words that name a part of its day and those around them ('the
    afternoon of aug 8, 2023' -> 'aug 8, 2023', 'am 8. august 2023 am nachmittag' -> 'am 8.
    august 2023'); None when it names none."""
    words = re.sub(r"(?<![\w'’])([ld])['’]", r"\1' ", folded).split()
    bare = [word.strip(",") for word in words]
    for at, word in enumerate(bare):
        joined = _WEEKDAY_AND_PART().match(word)
        if joined and joined["day"] in _weekdays():
            return " ".join([*words[:at], words[at].replace(joined["part"], "", 1), *words[at + 1 :]])
    found = [at for at, word in enumerate(bare) if word in _PARTS_OF_A_DAY]
    if len(found) != 1:
        return None
    first = last = found[0]
    while first > 0 and bare[first - 1] in _AROUND_A_PART:
        first -= 1
    while last + 1 < len(bare) and bare[last + 1] in _AROUND_A_PART:
        last += 1
    before, after = words[:first], words[last + 1 :]
    if before and words[last].endswith(",") and not before[-1].endswith(","):
        before[-1] += ","  # 'Tuesday afternoon, Aug. 8': the comma stays after the day
    return " ".join([*before, *after]).strip(" ,") or None


def _day_part_hint(text: str) -> str:
    """How to write a day given with the part of it an article names ('the afternoon of Aug
    8, 2023', 'la noche del 8 al 9 de agosto de 2023'): the day (a night over two days as
    its span), and the words in 'display_date', as the format has no part of a day."""
    folded = _normalized(text)
    rest = _without_part_of_day(folded)
    if rest is None:
        return ""
    rest = rest.replace(" auf den ", " bis ")  # 'in der Nacht vom 8. auf den 9. August'
    words = f"the words readers should read in 'display_date: {text.strip()}'"
    iso = _as_date(rest)
    if iso is not None and "T" in iso:
        return f"; did you mean '{iso}'?"  # 'the evening of 8 August 2023 at 7 pm': its time says it
    if iso is not None and len(iso) == len("2023-08-08"):
        return f"; write the day, 'date: {iso}', and {words}"
    span = span_in_words(rest)
    if span is not None:
        start, end = span[0], span[1]
        return f"; for a night over two days, write 'date: {start}' and the end as 'end: {end}', and {words}"
    if (day := _day_alone(rest)) is not None:
        return f"; a date needs its year: write the day, 'date: YYYY-{day}', and {words}"
    if (yearless := _yearless_night(rest)) is not None:
        start, end, next_year = yearless
        return (
            f"; a date needs its year: for a night over two days, write 'date: {start}' and the end "
            f"as 'end: {end}'{_IN_THE_YEAR_AFTER if next_year else ''}, and {words}"
        )
    return ""


_IN_THE_YEAR_AFTER = " (its YYYY the year after the date's)"
"""What a hint adds after an end written without its year that falls in the next year."""

_SOME_LEAP_YEAR = "2000"
"""A year put after days written without theirs, to read them: a leap year, so that a
night from 28 to 29 February is read too."""


def _yearless_night(rest: str) -> tuple[str, str, bool] | None:
    """The first and last day of a night over two days written without its year ('8 to 9
    august', 'del 8 al 9 de agosto', 'vom 8. bis 9. august'), as 'YYYY-08-08' and
    'YYYY-08-09', and whether the last is in the year after the first's (a night over New
    Year, '31 december to 1 january'), or None: read with a year of our own put after it,
    which is then left for the editor to write."""
    span = span_in_words(f"{rest} {_SOME_LEAP_YEAR}")
    if span is None or not all(len(day) == len("2000-08-08") for day in span[:2]):
        return None
    start, end = span[0], span[1]
    return f"YYYY{start[4:]}", f"YYYY{end[4:]}", not start.startswith(_SOME_LEAP_YEAR)


_ONGOING = frozenset(
    {
        "present", "ongoing", "now", "to date", "continuing", "still going", "current",
        "en curso", "actualidad", "la actualidad", "presente", "hasta la fecha", "en cours",
        "laufend", "andauernd", "em curso", "in corso", "sekarang", "kini", "hingga kini",
        "hingga sekarang", "sampai sekarang", "masih berlangsung",
    }
)  # fmt: skip
"""Words for an end not come yet, as a CV or an encyclopaedia writes a span still going on,
in English and in the languages most often written (folded: 'en curso', 'en cours')."""
_UNKNOWN = frozenset(
    {
        "unknown", "not known", "?", "??", "tbd", "tba", "tbc", "n/a", "-", "...",
        "desconocido", "desconocida", "se desconoce", "no se sabe", "inconnu", "inconnue",
        "unbekannt", "desconhecido", "sconosciuto", "tidak diketahui", "belum diketahui",
    }
)  # fmt: skip
"""Words for an end not known yet, in English and in the languages most often written."""


def _open_end(text: str) -> str:
    """How to write an event's 'end' given as a word for one not come yet ('present',
    'ongoing': no 'end', and 'date_phrase: from') or not known ('unknown', '?')."""
    folded = _normalized(text).rstrip(".")
    if folded in _ONGOING:
        return (
            "; an event still going on has no 'end' yet: leave 'end' out, and write 'date_phrase: from' "
            "for readers to read 'From' and its date"
        )
    if folded in _UNKNOWN:
        return "; leave 'end' out until the day it ended is known"
    return ""


def _worded_end(text: str) -> str:
    """How to write an end given as part of a month or year ('Spring 2010', 'late 2010'):
    as far as it is known in 'end', the words in 'display_date', which is shown in place of
    the whole span. A season gives its year only: which months it is depends on the
    hemisphere."""
    found = _VAGUE().fullmatch(_normalized(text))
    if found is None or (iso := _as_date(found["rest"])) is None:
        return ""
    # An end no finer than the date ('date: 2010-04-07', 'end: 2010') is warned of, and a
    # span mostly starts in the period it ends in: the next finer part comes first.
    finer = ("the day it ended", f"{iso}-DD") if "-" in iso else ("the month it ended", f"{iso}-MM")
    period = "an earlier month" if "-" in iso else "an earlier year"
    return (
        f"; write the end as far as it is known, {finer[0]}: 'end: {finer[1]}' (or 'end: {iso}' if "
        f"'date' is in {period}), and the words readers should read in 'display_date' (e.g. "
        f"'... to {text.strip()}'), which is shown in place of the whole span"
    )


_ZONE_ABBREVIATIONS = {
    "utc": 0, "gmt": 0, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pdt": -420,
    "akst": -540, "akdt": -480, "hst": -600,
    "wib": 420, "wita": 480, "wit": 540, "myt": 480, "pht": 480,
    "غرينتش": 0, "غرينيتش": 0, "جرينتش": 0, "جرينيتش": 0,
}  # fmt: skip
"""Time zones as newspapers abbreviate them, to their UTC offsets in minutes; not one that
means two ('CST': US Central, or China; 'BST': British Summer, or Bangladesh). Indonesia's
western, central and eastern clocks ('15.20 WIB', 'WITA', 'WIT') have kept their offsets
since 1964, and have no summer time; Malaysia's, 'MYT', has been UTC+8 since 1982, and the
Philippines', 'PHT', since 1990 (its news writes 'PST' too, US Pacific's, ``_TWO_ZONES``).
Hawaii's, 'HST', keeps no summer time; Alaska's are 'AKST' and 'AKDT' ('HST' was read as the
database's old 'HST' zone, and 'time_zone: HST' suggested, a name kept for old settings).
Arabic news writes Greenwich's ('بتوقيت غرينتش', 'جرينتش'): GMT."""
_TWO_ZONES = {
    "bst": (("British Summer Time", 60), ("Bangladesh", 360)),
    "cst": (("US Central", -360), ("China", 480)),
    "ist": (("India", 330), ("Ireland in summer", 60), ("Israel", 120)),
    "pst": (("US Pacific", -480), ("Philippines", 480)),
}  # fmt: skip
"""The abbreviations newspapers use for more than one zone, with what each may mean:
Philippine news, in Filipino and English, writes its clock 'PST' (Philippine Standard
Time), US Pacific's."""
_WITH_ZONE = later(
    r"(?P<moment>.*\d(?: ?[ap]\.? ?m\b\.?| ?h\b| ?மணி(?:க்கு|யளவில்)?| ?बजे| ?గంటలకు)?),? +\(?"
    r"(?:(?:hora|heure|ora) (?:de |d'|di |del )?"
    r"|(?:ب|بال)?توقيت )?"
    r"(?P<zone>[^()]+?)(?: time)?\)?",
    re.IGNORECASE,
)
"""A time and the zone after it: '2010-04-19 09:30 EST', '19 April 2010, 9:30 pm UTC+6', '... Asia/Bishkek',
'26 டிசம்பர் 2004 காலை 6.28 மணி IST' (a Tamil, Hindi or Telugu time ends in its word for o'clock),
'... Cairo time', '... (local time)', and as Spanish, French and Italian say a city's time,
before it: '... hora de París', '... (heure de Paris)', '... hora de Londres' (the cities
``zone_suggestion`` knows), as Arabic does: '... بتوقيت بيروت', '... بتوقيت غرينتش' (GMT),
'... بالتوقيت المحلي' (local time)."""
_LOCAL = frozenset(
    {"local", "hora local", "heure locale", "ortszeit", "ora locale"}
    | {"по местному времени", "за місцевим часом", "waktu setempat", "lokal tid"}
    | {"helyi idő", "helyi idő szerint", "helyi ido", "helyi ido szerint"}
    | {"locală", "locala"}
    | {"المحلي"}
)
"""'Local time', as an article says a time is on the clock of the place, in English and the
languages most often written ('local time' and 'heure locale' once 'time' is read off;
Russian 'по местному времени', Ukrainian 'за місцевим часом', Swedish 'lokal tid', Hungarian
'helyi idő (szerint)', Romanian 'ora locală', 'locală' once 'ora' is read off; Arabic
'بالتوقيت المحلي', 'المحلي' once 'بالتوقيت' is read off)."""


def _zone_hint(text: str) -> str:
    """How to write a time given with a time zone's name or abbreviation after it
    ('2010-04-19T09:30 EST', '... UTC+6', '... Asia/Bishkek', '... Cairo time'): with its
    UTC offset; one said to be local time ('07:40 local time'), without one, as a time
    on the place's own clock is written."""
    found = _WITH_ZONE().fullmatch(text.strip())
    if found is None:
        return ""
    moment = suggest(found["moment"]) if "T" not in found["moment"] else found["moment"]
    try:
        date = parse_date(moment or "")
    except DateFormError:
        return ""
    if date.precision < Precision.MINUTE:
        return ""
    zone = found["zone"].strip()
    if zone.casefold() in _LOCAL:
        return (
            f"; did you mean '{date.iso()}'? (a time without a UTC offset is read as the place's local time)"
        )
    if (meanings := _TWO_ZONES.get(zone.lower())) is not None:
        # Which one is meant cannot be told: each written out, for the editor to choose.
        ways = " or ".join(f"'{date.iso()}{offset_text(m, ':')}' ({name})" for name, m in meanings)
        return f"; {zone.upper()} may be more than one time zone: write the offset after the time, {ways}"
    if (minutes := _ZONE_ABBREVIATIONS.get(zone.lower())) is None:
        offset = re.fullmatch(r"(?:utc|gmt)?([+-]\d{1,2}(?::?\d{2})?)", zone, re.IGNORECASE)
        if offset is not None:
            written = f"{date.iso()}{_zone(offset[1])}"
            try:
                parse_date(written)
            except DateFormError:  # 'UTC+25'
                return ""
            return f"; write the offset after the time: '{written}'"
        if not zone_known(zone):
            # A city the time zone database names its zone after ('Cairo time': Africa/Cairo).
            zone = (zone_suggestion(zone) or "") if "/" not in zone else ""
        if not zone or (minutes := zone_offset(date, zone)) is None:
            return ""
        # Each file is checked on its own: site.yaml may give that clock already (La Palma's
        # 'hora canaria' was told to add the 'time_zone: Atlantic/Canary' it had).
        return (
            f"; write the offset after the time ('{date.iso()}{offset_text(minutes, ':')}' in {zone}), "
            f"or the time alone ('{date.iso()}') where site.yaml gives the site's clock, 'time_zone: {zone}'"
        )
    return f"; write the offset after the time: '{date.iso()}{offset_text(minutes, ':')}' ({zone.upper()})"


def _span_hint(start: str, end: str, phrase: str | None = None) -> str:
    """How to write a span given as one text, with the ``date_phrase`` its words had."""
    with_phrase = f", with 'date_phrase: {phrase}'" if phrase else ""
    return f"; for a span, write 'date: {start}' and the end as 'end: {end}'{with_phrase}"


_TIME_ALONE = later(rf"(?:{_AT_WORD} +)?" + _CLOCK)
"""A time without its day, perhaps after a word for 'at': '14:30', '20.00 h', '20 h', 'às
12h28', 'a las 20.00'."""


_DAY_MONTH_ALONE = later(rf"(\d{{1,2}}){_ORDINAL_ENDING}?\.? +{_DE}{_MONTH_WORD}")
_MONTH_DAY_ALONE = later(rf"{_MONTH_WORD} +(\d{{1,2}})(?:st|nd|rd|th)?")
_MONTH_DAY_IN_NUMBERS = later(r"(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日号일](?: ?\([^()]+\))?")
"""A day without its year as Japanese, Chinese and Korean write it in numbers, perhaps with
its day of the week, folded: '3月11日', '8월 5일(목)'."""


_HUNGARIAN_DAY_ALONE = later(rf"^{_HUNGARIAN_MONTH}\.? ?(\d{{1,2}})(?:\.|-(?:j?[ae]n|j?[ae]?i))?$")
"""A Hungarian day without its year, folded, its month first ('október 4.', 'október 4-én'),
in the order the month and day forms read ('4 oktober')."""


def _day_alone(text: str) -> str | None:
    """``text`` as the date forms write a month and day ('08-05' for 'Aug 5', '5 August',
    '5 de agosto') when it is a day without its year, else None."""
    folded = _HUNGARIAN_DAY_ALONE().sub(r"\2 \1", _georgian_read(_hebrew_read(_normalized(text))))
    months = _month_numbers()
    if (found := _DAY_MONTH_ALONE().fullmatch(folded)) and (month := months.get(found[2])):
        day = int(found[1])
    elif (found := _MONTH_DAY_ALONE().fullmatch(folded)) and (month := months.get(found[1])):
        day = int(found[2])
    elif found := _MONTH_DAY_IN_NUMBERS().fullmatch(folded):
        month, day = int(found[1]), int(found[2])
    else:
        return None
    try:
        parse_date(f"2000-{month:02d}-{day:02d}")  # a leap year: 29 February is a day
    except DateFormError:
        return None
    return f"{month:02d}-{day:02d}"


def _time_alone(text: str) -> str | None:
    """``text`` as the date forms write a time ('20:00' for '20.00 h') when it is a time
    alone, else None. '12.05' could be 12 May, so a dot without 'h' only counts where the
    digits after it cannot be a month ('20.00', '9.30'). A time on a twelve-hour clock
    ('3pm', '3:30 p.m.') is read as it is after a day, and one with the abbreviation of a
    zone of one offset after it ('3pm HST', '15:00 EST') gets that offset."""
    words = text.split()
    if len(words) > 1 and (minutes := _ZONE_ABBREVIATIONS.get(words[-1].casefold())) is not None:
        clock = _time_alone(" ".join(words[:-1]))
        return None if clock is None else clock + offset_text(minutes, ":")
    found = _TIME_ALONE().fullmatch(_HEBREW_AT_FIRST().sub("", " ".join(_folded(text).split())))
    if found is None:
        # A day of our own put before it, as the twelve-hour clock is read after a day;
        # the day's digits are taken off what is read.
        read = suggest(f"2000-01-01 {text.strip()}")
        timed = re.fullmatch(r"2000-01-01T(\d{2}:\d{2}(?::\d{2})?)", read or "")
        return None if timed is None else timed[1]
    if found["sep"] == "." and not found["unit"] and 1 <= int(found["M"]) <= 12:
        return None
    clock = _clock_text(found)
    try:
        parse_date(f"2000-01-01T{clock}")
    except DateFormError:  # 25:00, 20.75
        return None
    return clock


def _clock_text(found: re.Match[str]) -> str:
    """The time a ``_CLOCK`` match read, as the date forms write it: '20:00', '09:30:15'.
    As numbers: digits of another script ('١٤:٣٠') are written as the date forms' own."""
    minutes = int(found["M"]) if found["M"] else 0
    seconds = f":{int(found['S']):02d}" if found["S"] else ""
    return f"{int(found['H']):02d}:{minutes:02d}{seconds}"


_SPAN = later(r"\s+(?:to|until|till|through|-|–|—)\s+|\s*(?:/|–|—|\.\.)\s*", re.IGNORECASE)
"""What joins the two dates of a span written as one text: '2024-03-26 to 2024-04-05',
'2024-03-26/2024-04-05' (ISO 8601's interval), '2024-03-26 – 2024-04-05'."""


def split_span(text: str) -> tuple[str, str] | None:
    """The start and end, in the date forms, of a span written as one text, or None."""
    parts = _SPAN().split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    dates = []
    for part in parts:
        try:
            dates.append(parse_date(part).iso())
        except DateFormError:
            if (iso := suggest(part)) is None:
                return None
            dates.append(iso)
    return dates[0], dates[1]


_SPAN_OPENER = later(
    r"(?:(?P<weekend>(?:el |the |het |i |in |през )?"
    r"(?:fin de semana|cap de setmana|weekendul|weekenden|weekend|helgen|helga|уикенда|уикенд)"
    r" (?:(?:del?|of(?: the)?|van) )?)"
    r"|(?P<between>(?:entre|between|zwischen|tussen|miedzy|pomiedzy|mellom|mellem|intre|между|мегу)"
    r" (?:el |the |le |dem |o )?)"
    r"|(?:desde el|desde|from the|from|del|de|du|vom|von|van|do|da|od|fra og med|fra|с|із|з|din|от|од) )?"
)
"""How a span written in words may open (folded): 'entre el', 'between', Dutch 'tussen',
Polish 'między', Norwegian 'mellom', Danish 'mellem' and Romanian 'între' give 'date_phrase:
between', 'fin de semana del', 'weekend of', Dutch 'het weekend van', Polish 'weekend', Catalan
'cap de setmana del', Norwegian '(i) helgen', Danish '(i) weekenden', Romanian '(în)
weekendul' and Bulgarian '(през) уикенда' give 'weekend'; Bulgarian 'между' gives 'between';
Macedonian 'меѓу' (folded 'мегу') 'between';
'del', 'from', Dutch 'van', Polish 'od', Norwegian 'fra', Romanian 'din', Bulgarian 'от', Macedonian 'од' and
the like open a plain span, which needs no phrase."""
_SPAN_JOIN = later(
    r" ?[-–—] ?| (?:to|until|till|through|hasta el|hasta|al|a|au|bis zum|bis|ate|do|по|до"
    r"|tot en met|t/m|tot|til og med|til|pana (?:in|la|pe)) "
)
"""What joins the first day of a span written in words to the rest (folded): '3-5 de mayo',
'del 3 al 5', 'May 3 to 5', 'du 3 au 5', '3. bis 5. Mai', 'с 3 по 5' and 'с 3 до 5'
(Russian), 'з 3 по 5' and 'з 3 до 5' (Ukrainian), 'od 3 do 5' and 'między 3 a 5' (Polish),
'van 17 tot 21 juli' and '17 t/m 21 juli' (Dutch, 't/m' for 'tot en met'), 'fra 1. til 4.
januar' and 'fra og med 1. til og med 4. januar' (Norwegian), 'din 31 octombrie până pe 2
noiembrie' ('from ... until', Romanian; 'între 31 octombrie și 2 noiembrie' is 'between')."""
_AND_JOIN = later(r" (?:and|y el|y|i el|i|et le|et|und dem|und|en|e|og|и|si) ")
"""'and' in a span opened by 'between' ('entre el 3 y el 5', Catalan 'entre el 3 i el 5',
Norwegian and Danish 'mellom 1. og 4. januar', Romanian 'între 1 și 4'); without it, '3 y 5
de mayo' is two days, not a span."""
_LEADING_MONTH = later(r"([^\W\d_]+\.?) +\d")
"""A span's first part that starts with its month ('may 3' in 'May 3-5, 2010')."""
_DAY_ALONE = later(rf"(\d{{1,2}}){_ORDINAL_ENDING}?\.?")
"""A span's first day without its month and year ('3' in '3-5 de mayo de 2010')."""


_LONGEST_SPAN_IN_WORDS = 100
"""Longer than any span written in words ('fin de semana del 30 de septiembre al 2 de
octubre de 2010' is 58 characters): a longer text is not read as one. Reading a hostile
24 KB 'date:' took 16 s."""


def span_in_words(text: str) -> tuple[str, str, str | None] | None:
    """The start, end and ``date_phrase`` ('between', 'weekend' or None) of a span written
    in words, the first day taking its month and year from the last ('del 3 al 5 de mayo de
    2010', 'entre el 3 y el 5 de mayo de 2010', '3-5 May 2010', 'May 3-5, 2010',
    '30 April - 2 May 2010'); None unless both are dates and the end comes after the start."""
    folded = " ".join(_folded(text).split())
    if len(folded) > _LONGEST_SPAN_IN_WORDS:
        return None
    folded = _lithuanian_read(_hungarian_read(_georgian_read(folded)))
    if len(folded) > _LONGEST_SPAN_IN_WORDS:  # each join tried reads the rest again
        return None
    opener = _SPAN_OPENER().match(folded)
    assert opener is not None  # every part of it is optional
    rest = folded[opener.end() :]
    phrase = "weekend" if opener["weekend"] else "between" if opener["between"] else None
    joins = list(_SPAN_JOIN().finditer(rest)) + (list(_AND_JOIN().finditer(rest)) if phrase else [])
    for join in joins:
        dates = _span_ends(rest[: join.start()], rest[join.end() :])
        if dates is not None:
            return (*dates, phrase)
    return None


def _span_ends(first: str, last: str) -> tuple[str, str] | None:
    """The two dates of a span whose ``first`` part may leave out what ``last`` gives."""
    end = _as_date(last)
    if end is None and (month := _LEADING_MONTH().match(first)):
        end = _as_date(f"{month[1]} {last}")  # 'May 3-5, 2010': the end is 'May 5, 2010'
    if end is None:
        return None
    start = _as_date(first)
    if start is None and (day := _DAY_ALONE().fullmatch(first)) and len(end) >= 10:
        start = _as_date(f"{end[:8]}{int(day[1]):02d}")
    if start is None:
        start = _as_date(f"{first} {end[:4]}")  # '30 de abril' takes the end's year
        if start is not None and len(end) >= len("2023-01") and start[5:7] > end[5:7]:
            # A later month than the end's is of the year before: '31 December to 1 January
            # 2024', a night over New Year, read as a span that ended before it began.
            start = _as_date(f"{first} {int(end[:4]) - 1}")
    if start is None or start == end or not not_before(parse_date(end), parse_date(start)):
        return None
    return start, end


def _as_date(text: str) -> str | None:
    """``text`` in the date forms, as written or suggested; None if it is no date."""
    try:
        return parse_date(text).iso()
    except DateFormError:
        return suggest(text)


def either_way(text: str) -> tuple[str, str] | None:
    """The two days a date written with numbers may be ('03/04/2021': 3 April in Britain,
    4 March in the US), day first then month first, when both exist; else None."""
    match = _DAY_FIRST().fullmatch(" ".join(text.strip().split()))
    if match is None or (_DOTTED().fullmatch(match[0]) and int(match[2]) <= 12):
        return None
    first, second, year = int(match[1]), int(match[2]), int(match[3])
    if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
        return None
    return f"{year:04d}-{second:02d}-{first:02d}", f"{year:04d}-{first:02d}-{second:02d}"


def read_day(text: str) -> tuple[int, int, int | None] | None:
    """Year, month and day (or None) of ``text``, a date as people write one ('26 March
    2024', 'March 26, 2024', '26 de marzo de 2024', '26.03.2024'; not one whose day and
    month could be swapped), or None: how the lints read a date in a text."""
    return _read_day(_normalized(text))


def read_one_day(text: str, *, every_form: bool = True) -> date | None:
    """The day ``text`` is when it plainly is one, else None. With ``every_form``, first as
    check's hints would suggest it (``suggest``: '26 במרץ 2024', '26. ožujka 2024.',
    '2024. március 26.'; its words in Thai or Vietnamese read first as ``hint`` reads them,
    '26 มีนาคม 2567', '26 tháng 3, 2024'), which knows a language by more than its month
    (Croatian's 'srp' with its year's stop is July, Czech's 'srp.' August); then, or only,
    as the lints read one (``read_day``: every English form, at a tenth of the cost). How
    the weekday lint reads the date after a day's name."""
    if every_form:
        for written in _readings(text):
            day = _ISO_DAY().fullmatch(suggest(written, allow_time=False) or "")
            if day is not None:
                return _existing_day(int(day[1]), int(day[2]), int(day[3]))
    read = read_day(text)
    if read is not None and read[2] is not None:
        return _existing_day(read[0], read[1], read[2])
    return None


def _readings(text: str) -> Iterator[str]:
    """``text``, then as its Thai and Vietnamese words read (``hint`` reads them so), each
    only when the one before gave no day and it differs: most texts are read once."""
    yield text
    thai = _thai_read(text)
    if thai is not None and thai[0] != text:
        yield thai[0]
    vietnamese = _vietnamese_read(text)
    if vietnamese not in (text, thai[0] if thai else None):
        yield vietnamese


_ISO_DAY = later(r"(\d{4})-(\d{2})-(\d{2})")


def _existing_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # '31 April'
        return None


def _read_day(text: str) -> tuple[int, int, int | None] | None:
    """Year, month and day (or None) of a date written another way (folded: lowercase,
    without accents), or None."""
    if (match := _DOTTED().fullmatch(text)) and int(match[2]) <= 12:  # day first, where it can be
        return (int(match[3]), int(match[2]), int(match[1]))
    if match := _DAY_FIRST().fullmatch(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first > 12 >= second or first == second:
            return (year, second, first)
        if second > 12 >= first:
            return (year, first, second)
    elif match := _YEAR_FIRST().fullmatch(text):
        first = next(i for i in (1, 4, 7, 10) if match[i])
        parts = match.group(first, first + 1, first + 2)
        return (int(parts[0]), int(parts[1]), int(parts[2]) if parts[2] else None)
    elif match := _ROMAN_MONTH().fullmatch(text):
        return (int(match[3]), _ROMAN[match[2]], int(match[1]))
    elif match := _YEAR_MONTH_DAY().fullmatch(text) or _KOREAN_DOTTED().fullmatch(text):
        return (int(match[1]), int(match[2]), int(match[3]) if match[3] else None)
    elif (match := _DAY_MONTH().fullmatch(text)) and (month := _month_numbers().get(match[2])):
        return (int(match[3]), month, int(match[1]))
    elif (match := _MONTH_DAY().fullmatch(text)) and (month := _month_numbers().get(match[1])):
        return (int(match[3]), month, int(match[2]))
    elif (match := _MONTH_YEAR().fullmatch(text)) and (month := _month_numbers().get(match[1])):
        return (int(match[2]), month, None)
    elif (match := _KYRGYZ_YEAR_FIRST().fullmatch(text)) and (month := _kyrgyz_month(match[3])):
        return (int(match[1]), month, int(match[2]) if match[2] else None)
    return None


def _kyrgyz_month(word: str) -> int | None:
    """The number of a Kyrgyz month (folded), named as it stands ('октябрь') or in the
    possessive a date in a sentence gives it after 'жылдын' ('октябры', 'апрели', 'марты',
    'августу'), which replaces the soft sign its name may end with; or None."""
    numbers = _month_numbers()
    if word in numbers:
        return numbers[word]
    if word[-1:] in ("ы", "и", "у", "ү"):
        return numbers.get(word[:-1] + "ь") or numbers.get(word[:-1])
    return None


def _zone(text: str | None) -> str:
    """A UTC offset as the date forms write it: 'Z' or '+06:00' ('z', '+0600', '+6' or
    '+5:30' as typed)."""
    if not text:
        return ""
    if text == "z":
        return "Z"
    digits = text[1:].replace(":", "")
    hours, minutes = (digits, "00") if len(digits) <= 2 else (digits[:-2], digits[-2:])
    return f"{text[0]}{int(hours):02d}:{minutes}"
