"""Dates as people write them, read for check's hints and the import of a sheet
(``content/datehints.py``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.content import datehints
from generator.content.datehints import hint, month_number, span_in_words, split_span, suggest, worded_date
from generator.content.dates import parse_date
from generator.i18n.dates import for_tag
from generator.i18n.languages import available, resolve
from tests.conftest import REPO, TEMPLATES

COUNTED_FROM = (
    "counts from the day it was written, and readers read it on other days: write the day itself "
    "(YYYY-MM-DD), counted from the date of the article it came from"
)


def _as_far_as_known(words: str, iso: str) -> str:
    """The hint for a date known only so far, written in words ('eind 2014')."""
    return (
        f"; write the date as far as it is known, 'date: {iso}', and the words readers should read "
        f"in 'display_date: {words}'"
    )


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("13/10/2010", "2010-10-13"),
        ("13.10.2010", "2010-10-13"),
        ("10/13/2010", "2010-10-13"),  # only the US reading makes a date
        ("7/7/2010", "2010-07-07"),
        ("2010/10/13", "2010-10-13"),
        ("October 13, 2010", "2010-10-13"),
        ("Oct. 13 2010", "2010-10-13"),
        ("13 October 2010", "2010-10-13"),
        ("13th  october, 2010", "2010-10-13"),
        ("April 2010", "2010-04"),
        ("10/11/2010", None),  # 10 November or 11 October
        ("13/10/10", None),  # the century is a guess
        ("31/02/2010", None),  # no such day
        ("13 Oktober 2010", "2010-10-13"),  # German
        ("3 de mayo de 2010", "2010-05-03"),  # Spanish, as written in a sentence
        ("3 de Março de 2010", "2010-03-03"),  # Portuguese
        ("3 de marco de 2010", "2010-03-03"),  # the same without its accent
        ("mayo de 2010", "2010-05"),
        ("febrero 2010", "2010-02"),
        ("MAYO DEL 2010", "2010-05"),
        ("3. Mai 2010", "2010-05-03"),  # German
        ("3 mai 2010", "2010-05-03"),  # French (and German)
        ("1er févr. 2010", "2010-02-01"),
        ("3 мая 2010 г.", "2010-05-03"),  # Russian, as Babel writes it
        ("май 2010", "2010-05"),
        ("3 травня 2010 р.", "2010-05-03"),  # Ukrainian
        ("3 مايو 2010", "2010-05-03"),  # Arabic
        ("٣ مايو ٢٠١٠ ١٤:٣٠", "2010-05-03T14:30"),  # in Arabic digits
        ("2010年5月3日", "2010-05-03"),  # Chinese
        ("2010年5月", "2010-05"),
        # With a time as Japanese and Chinese write it: hours and minutes in words, perhaps
        # on a twelve-hour clock, perhaps with no space after the day.
        ("2011年3月11日 14時46分", "2011-03-11T14:46"),  # Japanese
        ("2011年3月11日午後2時46分", "2011-03-11T14:46"),
        ("2011年3月11日 午前0時5分", "2011-03-11T00:05"),
        ("2011年3月11日 15時", "2011-03-11T15:00"),
        ("2011年3月11日 14時46分18秒", "2011-03-11T14:46:18"),
        ("2008年5月12日 14时28分", "2008-05-12T14:28"),  # Chinese
        ("2008年5月12日下午2时28分", "2008-05-12T14:28"),
        ("2008年5月12日 下午2:28", "2008-05-12T14:28"),
        ("2011年3月11日 25時", None),  # no such hour
        # With the day of the week in brackets after the day, as Japanese (and Chinese)
        # papers write it, if it is that day.
        ("2011年3月11日（金）", "2011-03-11"),
        ("2011年3月11日(金) 14:46", "2011-03-11T14:46"),
        ("2011年3月11日（金曜日）午後2時46分", "2011-03-11T14:46"),
        ("2008年5月12日（星期一）", "2008-05-12"),
        ("2011年3月11日（木）", None),  # a Friday
        ("2011年3月11日（地震）", None),  # not a day of the week
        ("2011年3月 14時46分", None),  # a time without its day
        # Korean, as its papers write a date: in words, or in numbers each ended by a dot.
        ("2010년 8월 5일", "2010-08-05"),
        ("2010년 8월", "2010-08"),
        ("2010년 8월 5일 오후 2시 30분", "2010-08-05T14:30"),
        ("2010년 8월 5일 오전 12시 5분", "2010-08-05T00:05"),
        ("2010년 8월 5일 14:30", "2010-08-05T14:30"),
        ("2010년 8월 5일(목)", "2010-08-05"),
        ("2010년 8월 5일 (목요일) 오후 2시", "2010-08-05T14:00"),
        ("2010년 8월 5일(금)", None),  # a Thursday
        ("2010. 8. 5.", "2010-08-05"),
        ("2010.8.5.", "2010-08-05"),
        ("2010. 8. 5.(목) 오후 2:30", "2010-08-05T14:30"),
        ("2010. 13. 5.", None),
        ("2010-08-05 14시", "2010-08-05T14:00"),  # a time in words after a date in figures
        # The hour is a number of its own: not the last digits of the day ('115' is not 1 and 15).
        ("2010-08-115시", None),
        ("2010-8-512시", None),
        # Hebrew, as CLDR and its papers write a date: the month after 'in' (ב) joined to it,
        # perhaps 'in' before the day ('ב-5'), its day of the week as 'day' and its name.
        ("5 באפריל 2010", "2010-04-05"),
        ("ב-5 באפריל 2010", "2010-04-05"),
        ("ב־5 באפריל 2010", "2010-04-05"),
        ("באפריל 2010", "2010-04"),
        ("2 בדצמ׳ 2010", "2010-12-02"),
        ("יום שני, 5 באפריל 2010", "2010-04-05"),
        ("יום ב׳, 5 באפריל 2010 בשעה 14:30", "2010-04-05T14:30"),
        ("יום שלישי, 5 באפריל 2010", None),  # a Monday
        ("5 בשעה 2010", None),  # no month's name
        ("Sept 3, 2010", "2010-09-03"),  # British English abbreviates September so
        ("3 de mayo de 2010, 14:30", "2010-05-03T14:30"),
        ("3 de fooo de 2010", None),  # no month's name
        ("de mayo 2010", None),
        ("the 13th", None),
        ("2010-4-9", "2010-04-09"),  # no leading zeros
        ("2010-04-9", "2010-04-09"),
        ("2010-4", "2010-04"),
        ("2010-4-31", None),  # no such day
        ("2010-13", None),
        ("2010-04-19 12:00", "2010-04-19T12:00"),  # a space for the T
        ("2010-4-9 9:30:15", "2010-04-09T09:30:15"),
        ("2010-04-19 23:00 +0600", "2010-04-19T23:00+06:00"),
        ("2010-04-19t23:00z", "2010-04-19T23:00Z"),
        ("13 October 2010, 23:00", "2010-10-13T23:00"),
        ("2010-04-19 24:00", None),  # no such time
        ("2010-04 12:00", None),  # a time needs a day
        ("20100419", "2010-04-19"),  # ISO 8601's compact form
        ("07.04.2010", "2010-04-07"),  # dots: day first wherever they are used
        ("3.5.2010", "2010-05-03"),
        ("31.02.2010", None),
        ("04.13.2010", "2010-04-13"),  # month first, as it can only be
        ("2010.04", "2010-04"),
        ("2010.5", None),  # a year and a half, perhaps: not May
        ("2010-04-19T23:00+6", "2010-04-19T23:00+06:00"),  # an offset in hours only
        ("2010-04-19T23:00+5:30", "2010-04-19T23:00+05:30"),
        ("15 de setiembre de 2010", "2010-09-15"),  # as Peru and Uruguay spell it
        ("15 set. 2010", "2010-09-15"),
        ("setiembre de 2010", "2010-09"),
        ("2010-05-03 20.00 h", "2010-05-03T20:00"),  # a time as Spanish and French papers write it
        ("3 de mayo de 2010, 20:00 h", "2010-05-03T20:00"),
        ("3 de mayo de 2010 a las 20 h", "2010-05-03T20:00"),
        ("3. Mai 2010 um 20 Uhr", "2010-05-03T20:00"),
        ("3 mai 2010 à 20h30", "2010-05-03T20:30"),
        ("19 Nisan 2010, saat 14.30", "2010-04-19T14:30"),  # Turkish's 'saat' ('o'clock')
        ("19 Nisan 2010 saat 14:30", "2010-04-19T14:30"),
        # Ukrainian's 'о' ('at'), 'об' before a vowel ('об 11:00').
        ("13 червня 2023 о 14:30", "2023-06-13T14:30"),
        ("13 червня 2023 року о 14:30", "2023-06-13T14:30"),
        ("13.06.2023 о 14:30", "2023-06-13T14:30"),
        ("13 червня 2023 р. об 11:00", "2023-06-13T11:00"),
        # Italian: 'ore' or 'alle' before a time, and the first of a month as the pages
        # write it ('1º') and as an Italian keyboard types it ('1°').
        ("14 agosto 2018, ore 11.36", "2018-08-14T11:36"),
        ("14 agosto 2018 alle 11:36", "2018-08-14T11:36"),
        ("14 agosto 2018 alle ore 11.36", "2018-08-14T11:36"),
        ("1º agosto 2019", "2019-08-01"),
        ("il 1° agosto 2019", "2019-08-01"),
        ("2010-05-03T20.00", "2010-05-03T20:00"),
        ("2010-05-03 12.05", "2010-05-03T12:05"),  # after a day, a time
        ("2010-05-03 20", None),  # a number, not an hour
        # The time first, as a sentence of an article gives it.
        ("19.50 h del 15 de abril de 2019", "2019-04-15T19:50"),
        ("a las 19:50 del lunes 15 de abril de 2019", "2019-04-15T19:50"),
        ("a las 19:50 del martes 15 de abril de 2019", None),  # 15 April 2019 was a Monday
        ("7:50 pm on 15 April 2019", "2019-04-15T19:50"),
        # As Brazilian news writes a time before its day: 'às 12h28'.
        ("às 12h28 de 25 de janeiro de 2019", "2019-01-25T12:28"),
        ("às 12h28 do dia 25 de janeiro de 2019", "2019-01-25T12:28"),
        ("em 25 de janeiro de 2019", "2019-01-25"),
        ("no dia 25 de janeiro de 2019", "2019-01-25"),
        ("1º de dezembro de 2026", "2026-12-01"),  # Brazil's first of the month
        ("1° de dezembro de 2026", "2026-12-01"),  # typed with a degree sign
        ("20 h del 3 de mayo de 2010", "2010-05-03T20:00"),
        ("12.03 2024", None),  # a day and a month, perhaps: no time
        # The word a sentence puts before a date, and a dash before its time.
        ("el 15 de abril de 2019", "2019-04-15"),
        ("el lunes 15 de abril de 2019", "2019-04-15"),
        ("on 15 April 2019", "2019-04-15"),
        ("lunes, 15 de abril de 2019 - 19:50", "2019-04-15T19:50"),
        ("el lunes", None),
        # A time as Spanish says it on a twelve-hour clock.
        ("15 de abril de 2019 a las 7 de la tarde", "2019-04-15T19:00"),
        ("a las 7 de la tarde del 15 de abril de 2019", "2019-04-15T19:00"),
        ("15 de abril de 2019, 10.30 de la mañana", "2019-04-15T10:30"),
        ("15 de abril de 2019, 3 de la madrugada", "2019-04-15T03:00"),
        ("15 de abril de 2019, 11 de la noche", "2019-04-15T23:00"),
        ("15 de abril de 2019, 12 de la noche", None),  # midnight: the 15th's start, or its end?
        # Kyrgyz joins the day to its month with a hyphen, and writes the year first as the
        # pages do ('ж.' for 'жыл', year) or, in a sentence, with the month possessive.
        ("5-октябрь 2020", "2020-10-05"),
        ("5-октябрь 2020-ж.", "2020-10-05"),
        ("5-октябрь 2020, 21:00", "2020-10-05T21:00"),
        ("2020-ж., 5-октябрь", "2020-10-05"),
        ("2020-ж., 5-октябрь 21:00", "2020-10-05T21:00"),
        ("2020-ж., октябрь", "2020-10"),
        ("2020-жылдын 5-октябры", "2020-10-05"),
        ("2010-жылдын 7-апрели", "2010-04-07"),
        ("2010-жылдын 2-августу", "2010-08-02"),
        ("2020-ж., 5-бир нерсе", None),  # no month named
        # Polish: the year's word after it ('r.', 'roku'), the time after 'godz.' or 'o',
        # and a month in Roman numerals; each got no suggestion.
        ("8 listopada 2021 r.", "2021-11-08"),
        ("8 listopada 2021 roku", "2021-11-08"),
        ("8.11.2021 r.", "2021-11-08"),
        ("2021 r.", "2021"),
        ("2018 г.", "2018"),
        ("listopad 2021 r.", "2021-11"),
        ("8 listopada 2021, godz. 10:00", "2021-11-08T10:00"),
        ("8 listopada 2021 r., godz. 10:00", "2021-11-08T10:00"),
        ("8 listopada 2021 o godz. 10.00", "2021-11-08T10:00"),
        ("8 listopada 2021 o 10:00", "2021-11-08T10:00"),
        ("poniedziałek, 8 listopada 2021 r.", "2021-11-08"),
        ("8 XI 2021", "2021-11-08"),
        ("8.XI.2021", "2021-11-08"),
        ("8 XI 2021 r.", "2021-11-08"),
        # Hindi: Devanagari's vowel signs are marks, not letters, to a regular expression;
        # 'सितम्बर', 'अक्तूबर' are as many papers spell CLDR's 'सितंबर', 'अक्टूबर'.
        ("2 जून 2023", "2023-06-02"),
        ("जून 2023", "2023-06"),
        ("शुक्रवार, 2 जून 2023", "2023-06-02"),
        ("2 जुलाई 2023, 18:55", "2023-07-02T18:55"),
        ("2 सितम्बर 2023", "2023-09-02"),
        ("12 अक्तूबर 2023", "2023-10-12"),
        # 'को' ('on') after the date; a time with its part of the day and 'बजे' ('o'clock').
        ("7 जुलाई 2023 को", "2023-07-07"),
        ("2 जून 2023 को शाम 6:55 बजे", "2023-06-02T18:55"),
        ("2 जून 2023 रात 9:30 बजे", "2023-06-02T21:30"),
        ("3 जून 2023 रात 2 बजे", "2023-06-03T02:00"),
        ("3 जून 2023 सुबह 10 बजे", "2023-06-03T10:00"),
        ("3 जून 2023 दोपहर 12 बजे", "2023-06-03T12:00"),
        # Urdu: the Arabic comma CLDR's Urdu date writes ('22 مئی، 2020'), which no hint
        # read, in Arabic and Persian dates too; 'کو' ('on') after the date, 'ء' after a
        # year of the common era, a time with its part of the day and 'بجے' ('o'clock').
        ("22 مئی، 2020", "2020-05-22"),
        ("جمعہ، 22 مئی 2020", "2020-05-22"),
        ("22 مئی 2020، 14:40", "2020-05-22T14:40"),
        ("4 أغسطس 2020، 18:07", "2020-08-04T18:07"),
        ("22 مئی 2020 کو", "2020-05-22"),
        ("22 مئی 2020ء", "2020-05-22"),
        ("مئی 2020ء", "2020-05"),
        ("2020ء", "2020"),
        ("22 مئی 2020 کو شام 6 بجے", "2020-05-22T18:00"),
        ("22 مئی 2020 دوپہر 2:40 بجے", "2020-05-22T14:40"),
        ("3 जून 2023 दोपहर 2 बजे", "2023-06-03T14:00"),
        ("3 जून 2023, 18:55 बजे", "2023-06-03T18:55"),
        ("3 जून 2023, 7 बजे", None),  # morning or evening?
        # Bengali: its vowel signs are marks, not letters, to a regular expression ('নভেম্বর'
        # was read as 'নভ'), and its digits are read as 0-9; Swahili's months, either way round.
        ("৫ নভেম্বর ২০১৫", "2015-11-05"),
        ("৫ নভেম্বর, ২০১৫", "2015-11-05"),
        ("নভেম্বর ২০১৫", "2015-11"),
        ("5 নভেম্বর 2015", "2015-11-05"),
        ("১৯ এপ্রিল, ২০১০, ০৯:৩০", "2010-04-19T09:30"),
        # Bengali's January and February spelt with the long ī ('জানুয়ারী', where CLDR has
        # 'জানুয়ারি'), as many papers write them; a day as an ordinal ('৫ই', the 5th; '১লা',
        # '২রা', '৪ঠা', '২১শে'); the day of the week first, when it is that day.
        ("৫ জানুয়ারী ২০১৫", "2015-01-05"),
        ("ফেব্রুয়ারী ২০১৫", "2015-02"),
        ("২১শে ফেব্রুয়ারী ১৯৫২", "1952-02-21"),
        ("৫ই নভেম্বর ২০১৫", "2015-11-05"),
        ("১লা জানুয়ারি ২০১৫", "2015-01-01"),
        ("২রা ফেব্রুয়ারি ২০১৫", "2015-02-02"),
        ("৪ঠা জুলাই ২০১৫", "2015-07-04"),
        ("বৃহস্পতিবার, ৫ই নভেম্বর ২০১৫", "2015-11-05"),
        ("বুধবার, ৫ নভেম্বর ২০১৫", None),  # 5 November 2015 was a Thursday: which is meant?
        ("Alhamisi, 5 Novemba 2015", "2015-11-05"),
        ("Jumatano, 5 Novemba 2015", None),
        ("Thursday, 5 November 2015", "2015-11-05"),
        ("৫ Novemba ২০১৫", "2015-11-05"),
        ("5 Novemba 2015", "2015-11-05"),
        ("Novemba 5, 2015", "2015-11-05"),
        ("Novemba 2015", "2015-11"),
        ("5 Novemba 2015, 09:30", "2015-11-05T09:30"),
        # Nepali's months are not Hindi's ('नोभेम्बर', 'डिसेम्बर'), its date the year first
        # as CLDR and its news write one of the Common Era; Marathi's ('नोव्हेंबर').
        ("५ नोभेम्बर २०१५", "2015-11-05"),
        ("२०१५ नोभेम्बर ५", "2015-11-05"),
        ("२०१५ डिसेम्बर ५, ०९:३०", "2015-12-05T09:30"),
        ("नोभेम्बर २०१५", "2015-11"),
        ("५ नोव्हेंबर २०१५", "2015-11-05"),
        ("५ नोव्हेंबर, २०१५", "2015-11-05"),
        ("५ नोव्हेंबर, २०१५, ९:३०", "2015-11-05T09:30"),
        ("डिसेंबर २०१५", "2015-12"),
        # Tamil: its vowel signs and pulli are marks, not letters, to a regular expression
        # ('டிசம்பர்' was read as 'ட'); 'அன்று' ('on') after the date, 'கிழமை' after the day
        # of the week, and the time with its part of the day before it and 'மணி' after it.
        ("2 டிசம்பர் 2015", "2015-12-02"),
        ("டிசம்பர் 2, 2015", "2015-12-02"),
        ("2 டிச. 2015", "2015-12-02"),
        ("டிசம்பர் 2015", "2015-12"),
        ("2 டிசம்பர் 2015 அன்று", "2015-12-02"),
        ("புதன்கிழமை, 2 டிசம்பர் 2015", "2015-12-02"),
        ("வெள்ளிக்கிழமை, 4 டிசம்பர் 2015", "2015-12-04"),
        ("4 டிசம்பர் 2015, வெள்ளிக்கிழமை", "2015-12-04"),
        ("திங்கட்கிழமை, 30 நவம்பர் 2015", "2015-11-30"),
        ("2 டிசம்பர் 2015 காலை 10 மணி", "2015-12-02T10:00"),
        ("2.12.2015 இரவு 10.30 மணி", "2015-12-02T22:30"),
        ("3 டிசம்பர் 2015 மதியம் 2 மணிக்கு", "2015-12-03T14:00"),
        ("3 டிசம்பர் 2015 இரவு 2 மணியளவில்", "2015-12-03T02:00"),
        ("3 டிசம்பர் 2015 7 மணி", None),  # morning or evening?
        # The year first, as Tamil Wikipedia and papers write it, and the words for 'the
        # year' and 'the date' after a year and a day: none got a suggestion.
        ("2004 டிசம்பர் 26", "2004-12-26"),
        ("2004 டிசம்பர் 26 அன்று", "2004-12-26"),
        ("2004 டிசம்பர் 26 காலை 8.30 மணி", "2004-12-26T08:30"),
        ("2004-ஆம் ஆண்டு டிசம்பர் 26-ஆம் தேதி", "2004-12-26"),
        ("2004-ஆம் ஆண்டு டிசம்பர் 26-ஆம் தேதி காலை 9 மணியளவில்", "2004-12-26T09:00"),
        ("26-ம் தேதி டிசம்பர் 2004", "2004-12-26"),
        ("2004 டிசம்பர் 32", None),
        # Telugu: its vowel signs and virama are marks too ('అక్టోబర్' was read as 'అ');
        # 'న' ('on') joined to the date, the day of the week, the papers' 'అక్టోబరు', and
        # the time with its part of the day before it and 'గంటలకు' after it.
        ("12 అక్టోబర్ 2014", "2014-10-12"),
        ("12 అక్టోబర్, 2014", "2014-10-12"),  # CLDR's te
        ("అక్టోబర్ 12, 2014", "2014-10-12"),
        ("12 అక్టో, 2014", "2014-10-12"),
        ("అక్టోబర్ 2014", "2014-10"),
        ("12 అక్టోబరు 2014", "2014-10-12"),
        ("జూలై 2014", "2014-07"),
        ("12 అక్టోబర్ 2014న", "2014-10-12"),
        ("2014 అక్టోబర్ 12", "2014-10-12"),  # the year first, as Telugu Wikipedia writes it
        ("2014 అక్టోబరు 12న", "2014-10-12"),
        ("2014 అక్టోబర్ 12 మధ్యాహ్నం 12:30 గంటలకు", "2014-10-12T12:30"),
        ("2014 October 12", None),  # as before: only a Telugu month's name
        ("ఆదివారం, 12 అక్టోబర్ 2014", "2014-10-12"),
        ("ఆదివారం, 13 అక్టోబర్ 2014", None),  # a Monday
        ("12 అక్టోబర్ 2014 ఉదయం 10 గంటలకు", "2014-10-12T10:00"),
        ("12 అక్టోబర్ 2014 మధ్యాహ్నం 12:30 గంటలకు", "2014-10-12T12:30"),
        ("12 అక్టోబర్ 2014న సాయంత్రం 6 గంటలకు", "2014-10-12T18:00"),
        ("12 అక్టోబర్ 2014 రాత్రి 7 గంటల సమయంలో", "2014-10-12T19:00"),
        ("13 అక్టోబర్ 2014 తెల్లవారుజామున 3 గంటలకు", "2014-10-13T03:00"),
        ("12 అక్టోబర్ 2014 7 గంటలకు", None),  # morning or evening?
        ("8 XIII 2021", None),  # no such month
        ("31 II 2021", None),  # no such day
    ],
)
def test_suggest_reads_only_what_is_plainly_a_date(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


def test_every_shipped_language_s_month_names_are_read() -> None:
    # No name means two months: each, whole and abbreviated, as written in a date and
    # alone, is its own month (a clash between languages would leave it out). Croatian's
    # 'listopad' (October), 'srp' (July) and 'lip' (June), which Polish or Czech give another
    # month, are read as Croatian in a date written as Croatian writes it (tested below).
    for catalog in available():
        language = resolve(catalog)
        assert language is not None
        for context in language.locale.months.values():
            for width in ("wide", "abbreviated"):
                for number, name in context[width].items():
                    if catalog == "hr" and name.rstrip(".") in ("listopad", "listopada", "lis", "srp", "lip"):
                        continue
                    assert month_number(name) == number, (catalog, name)
                    assert month_number(name.upper()) == number, (catalog, name)


def test_month_names_are_read_only_in_the_scripts_shipped() -> None:
    # English is shipped in Latin letters: CLDR's English in Deseret and Shavian letters
    # (63 names) was read too, which no sheet or editor writes.
    from babel import Locale

    for identifier in ("en_Dsrt", "en_Shaw"):
        for width in ("wide", "abbreviated"):
            for name in Locale.parse(identifier).months["format"][width].values():
                assert month_number(name) is None, (identifier, name)


@pytest.mark.parametrize(
    ("tag", "name", "number"),
    [
        ("ar-LB", "نيسان", 4),  # Lebanon, Syria, Jordan, Iraq, Palestine: the Syriac names
        ("ar-SY", "كانون الثاني", 1),
        ("ar-IQ", "تشرين الأول", 10),
        ("ar-DZ", "أفريل", 4),  # Algeria and Tunisia
        ("ar-MA", "غشت", 8),  # Morocco
        ("de-AT", "Jänner", 1),
    ],
)
def test_a_month_is_read_by_the_name_a_region_a_site_can_name_gives_it(
    tag: str, name: str, number: int
) -> None:
    # A site or story may be 'ar-LB', whose pages write 7 April '7 نيسان': a sheet of
    # such a newsroom with the month in words was refused ("'نيسان' is not a month").
    language = resolve(tag)
    assert language is not None and name in str(language.locale.months["format"]["wide"][number])
    assert month_number(name) == number


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Sept", 9),
        ("sept.", 9),
        ("Oct.", 10),
        ("mayo", 5),
        ("MARÇO", 3),
        ("marco", 3),
        ("setiembre", 9),  # Latin American Spanish
        ("Set.", 9),
        ("Spring", None),
        # Turkish's dotless ı: in capitals it is I, which case folding makes i, and a
        # keyboard without it types i ('KASIM', 'Kasim' for 'Kasım', November).
        ("Kasım", 11),
        ("KASIM", 11),
        ("Kasim", 11),
        ("ARALIK", 12),
        ("MAYIS", 5),
    ],
)
def test_month_number_reads_names_in_any_shipped_language(name: str, number: int | None) -> None:
    assert month_number(name) == number


def test_suggest_leaves_a_time_alone_when_told_to() -> None:
    assert suggest("2010-4-9", allow_time=False) == "2010-04-09"
    assert suggest("2010-04-19 12:00", allow_time=False) is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("2024-03-26 to 2024-04-05", ("2024-03-26", "2024-04-05")),
        ("2024-03-26/2024-04-05", ("2024-03-26", "2024-04-05")),
        ("2024-03 - 2024-04", ("2024-03", "2024-04")),
        ("March 26, 2024 until April 5, 2024", ("2024-03-26", "2024-04-05")),
        ("12/03/2024", None),  # one date, day and month either way
        ("2024-03-26", None),
    ],
)
def test_a_span_written_as_one_text_is_split(text: str, parts: tuple[str, str] | None) -> None:
    assert split_span(text) == parts


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("del 3 al 5 de mayo de 2010", ("2010-05-03", "2010-05-05", None)),
        ("entre el 3 y el 5 de mayo de 2010", ("2010-05-03", "2010-05-05", "between")),
        ("3-5 de mayo de 2010", ("2010-05-03", "2010-05-05", None)),
        ("3-5 May 2010", ("2010-05-03", "2010-05-05", None)),
        ("May 3-5, 2010", ("2010-05-03", "2010-05-05", None)),  # the month only at the start
        ("between 3 and 5 May 2010", ("2010-05-03", "2010-05-05", "between")),
        ("fin de semana del 17 al 18 de abril de 2010", ("2010-04-17", "2010-04-18", "weekend")),
        ("weekend of 17-18 April 2010", ("2010-04-17", "2010-04-18", "weekend")),
        ("zwischen dem 3. und 5. Mai 2010", ("2010-05-03", "2010-05-05", "between")),
        ("del 30 de abril al 2 de mayo de 2010", ("2010-04-30", "2010-05-02", None)),
        ("du 3 au 5 mai 2010", ("2010-05-03", "2010-05-05", None)),  # French
        ("vom 3. bis 5. Mai 2010", ("2010-05-03", "2010-05-05", None)),  # German
        ("с 3 по 5 мая 2010 г.", ("2010-05-03", "2010-05-05", None)),  # Russian
        ("с 3 до 5 мая 2010 г.", ("2010-05-03", "2010-05-05", None)),
        ("з 6 по 8 червня 2023 року", ("2023-06-06", "2023-06-08", None)),  # Ukrainian
        ("з 6 до 8 червня 2023 р.", ("2023-06-06", "2023-06-08", None)),
        ("із 30 травня по 2 червня 2023 року", ("2023-05-30", "2023-06-02", None)),
        ("od 8 do 10 listopada 2021", ("2021-11-08", "2021-11-10", None)),  # Polish
        ("między 8 a 10 listopada 2021", ("2021-11-08", "2021-11-10", "between")),
        ("weekend 13-14 listopada 2021", ("2021-11-13", "2021-11-14", "weekend")),
        ("mayo-junio de 2010", ("2010-05", "2010-06", None)),
        # Dutch: 'van ... tot', 'tot en met' (written 't/m'), 'tussen ... en', 'het weekend van'.
        ("van 17 tot 21 juli 2014", ("2014-07-17", "2014-07-21", None)),
        ("17 t/m 21 juli 2014", ("2014-07-17", "2014-07-21", None)),
        ("17 tot en met 21 juli 2014", ("2014-07-17", "2014-07-21", None)),
        ("van 30 juni tot 2 juli 2014", ("2014-06-30", "2014-07-02", None)),
        ("tussen 17 en 21 juli 2014", ("2014-07-17", "2014-07-21", "between")),
        ("het weekend van 19-20 juli 2014", ("2014-07-19", "2014-07-20", "weekend")),
        ("weekend van 19 en 20 juli 2014", ("2014-07-19", "2014-07-20", "weekend")),
        ("3 y 5 de mayo de 2010", None),  # two days, not a span
        ("5-3 May 2010", None),  # the end before the start
        ("1-2 May", None),  # no year
    ],
)
def test_a_span_written_in_words_is_read(text: str, span: tuple[str, str, str | None] | None) -> None:
    assert span_in_words(text) == span


def test_a_text_longer_than_any_span_in_words_is_not_read_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each join was tried, reading the rest again: a hostile 24 KB 'date:' took 16 s.
    longest = "fin de semana del 30 de septiembre al 2 de octubre de 2010"
    assert span_in_words(longest) == ("2010-09-30", "2010-10-02", "weekend")
    read: list[str] = []
    monkeypatch.setattr(datehints, "_as_date", lambda text: read.append(text))
    assert span_in_words("1 a " * 6000 + "x") is None
    assert read == []


COUNTED_DAYS = (
    "yesterday",
    "Today",
    "last Tuesday",
    "gestern",
    "ayer",
    "el martes",
    "вчера",
    "昨天",  # Chinese
    "昨日",  # Japanese
    "今日",
    "明日",
    "一昨日",
    "昨夜",
    "今朝",
    "火曜日",
)
"""Days counted from when an article was written, as editors paste them into 'date'."""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("14:30", "; a time needs its day: write it as YYYY-MM-DDT14:30"),
        ("20.00 h", "; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("20:00 h", "; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("20 h", "; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("20.00", "; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("9.30", "; a time needs its day: write it as YYYY-MM-DDT09:30"),
        # After a word for 'at', as an article's sentence gives a time.
        ("às 12h28", "; a time needs its day: write it as YYYY-MM-DDT12:28"),
        ("a las 20.00", "; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("at 14:30", "; a time needs its day: write it as YYYY-MM-DDT14:30"),
        ("às 12.05", ""),  # 12 May, perhaps, after the word: no time is guessed
        ("12.05", ""),  # 12 May, perhaps: no time is guessed
        ("25.00 h", ""),  # no such time
        ("March 12, 2024", "; did you mean '2024-03-12'?"),
        ("12 de marzo de 2024", "; did you mean '2024-03-12'?"),
        ("3-5 de mayo de 2010", "; for a span, write 'date: 2010-05-03' and the end as 'end: 2010-05-05'"),
        (
            "entre el 3 y el 5 de mayo de 2010",
            "; for a span, write 'date: 2010-05-03' and the end as 'end: 2010-05-05', "
            "with 'date_phrase: between'",
        ),
        # A day counted from when an article was written: it is told to write the day itself.
        *(
            (
                written,
                f"; '{written}' {COUNTED_FROM}",
            )
            for written in COUNTED_DAYS
        ),
        ("Tuesdays", ""),
        # To a fraction of a second, as programs write a moment: to the second.
        ("2024-05-12T14:30:00.000Z", "; did you mean '2024-05-12T14:30:00Z'?"),
        ("2024-05-12 14:30:00,5+0200", "; did you mean '2024-05-12T14:30:00+02:00'?"),
        ("2024-05-12t14:30:59.999", "; did you mean '2024-05-12T14:30:59'?"),
        ("2024-05-12T24:30:00.5", ""),  # no such hour
        ("Mar", ""),  # March, or Tuesday in Spanish: no day counted from another is said
        # Pasted from a word processor: alike on screen, not the characters meant.
        (
            "2010\u201104\u201119",
            " (it holds a non-breaking hyphen, U+2011, after '2010', where a hyphen goes: type it again)",
        ),
        (
            "2010\u201304\u201319",
            " (it holds an en dash, U+2013, after '2010', where a hyphen goes: type it again)",
        ),
        ("\u201c2010-04-19\u201d", "; did you mean '2010-04-19'?"),
        ("7\u201315 April 2010", "; for a span, write 'date: 2010-04-07' and the end as 'end: 2010-04-15'"),
        # As reporters write dates: with the day of the week (if it is that day), on a
        # twelve-hour clock, approximate, part of a month or year, with a time zone's name.
        ("Monday, April 19, 2010", "; did you mean '2010-04-19'?"),
        ("lundi 19 avril 2010", "; did you mean '2010-04-19'?"),
        ("SALI, 5 Ekim 2010", "; did you mean '2010-10-05'?"),  # 'Salı', Tuesday, in capitals
        ("19 Nisan 2010 Pazartesi", "; did you mean '2010-04-19'?"),  # Turkish: the day after the year
        ("19 Nisan 2010 Pazartesi 14:30", "; did you mean '2010-04-19T14:30'?"),
        ("19 Nisan 2010 Salı", ""),  # a Monday
        ("Tuesday, April 19, 2010", ""),  # a Monday: which is meant?
        ("Mar 19, 2010", "; did you mean '2010-03-19'?"),  # 'mar.' is Tuesday in Spanish
        ("mar. 16 de marzo de 2010", "; did you mean '2010-03-16'?"),  # a Tuesday
        (  # British Summer, or Bangladesh? Both are said, for the editor to choose.
            "2010-01-19T09:30 BST",
            "; BST may be more than one time zone: write the offset after the time, '2010-01-19T09:30+01:00' "
            "(British Summer Time) or '2010-01-19T09:30+06:00' (Bangladesh)",
        ),
        (  # A Tamil time ends in its 'o'clock' ('மணி'): it was read as no time, and got no hint.
            "26 டிசம்பர் 2004 காலை 6.28 மணி IST",
            "; IST may be more than one time zone: write the offset after the time, '2004-12-26T06:28+05:30' "
            "(India) or '2004-12-26T06:28+01:00' (Ireland in summer) or '2004-12-26T06:28+02:00' (Israel)",
        ),
        (
            "26 டிசம்பர் 2004 காலை 6.28 மணி Chennai time",
            "; write the offset after the time ('2004-12-26T06:28+05:30' in Asia/Kolkata), or the time alone "
            "('2004-12-26T06:28') where site.yaml gives the site's clock, 'time_zone: Asia/Kolkata'",
        ),
        ("19 April 2010, 9:30 pm", "; did you mean '2010-04-19T21:30'?"),
        ("April 19, 2010 at 9 a.m.", "; did you mean '2010-04-19T09:00'?"),
        ("2021-03-25T3pm", "; did you mean '2021-03-25T15:00'?"),  # as after a space
        ("2021-03-25T9:30 a.m.", "; did you mean '2021-03-25T09:30'?"),
        ("c. 1990", "; for a date that is not known exactly, write 'date: 1990' and 'circa: true'"),
        ("vers 1900", "; for a date that is not known exactly, write 'date: 1900' and 'circa: true'"),
        # Telugu's words for 'about' ('సుమారు', 'దాదాపు'), before a date as its news writes them,
        # got nothing.
        ("సుమారు 2014", "; for a date that is not known exactly, write 'date: 2014' and 'circa: true'"),
        (
            "సుమారు 12 అక్టోబర్ 2014",
            "; for a date that is not known exactly, write 'date: 2014-10-12' and 'circa: true'",
        ),
        (
            "దాదాపు అక్టోబర్ 2014",
            "; for a date that is not known exactly, write 'date: 2014-10' and 'circa: true'",
        ),
        (
            "Spring 2010",
            "; write the date as far as it is known, 'date: 2010', and the words readers should read in "
            "'display_date: Spring 2010'",
        ),
        (
            "mid-April 2010",
            "; write the date as far as it is known, 'date: 2010-04', and the words readers should read "
            "in 'display_date: mid-April 2010'",
        ),
        # As a story in German, Spanish or French words a part of a month or year.
        *(
            (
                words,
                _as_far_as_known(words, iso),
            )
            for words, iso in (
                ("Anfang März 2010", "2010-03"),
                ("Frühjahr 2010", "2010"),
                ("finales de marzo de 2010", "2010-03"),
                ("mediados de 2010", "2010"),
                ("fin mars 2010", "2010-03"),
                ("mi-mars 2010", "2010-03"),
                ("2011年3月上旬", "2011-03"),  # Japanese and Chinese: the part after the date
                ("2011年3月下旬", "2011-03"),
                ("2011年3月末", "2011-03"),
                ("2011年3月はじめ", "2011-03"),
                ("2011年春", "2011"),
                ("2011年後半", "2011"),
                ("2008年5月中旬", "2008-05"),
            )
        ),
        ("2011年3月ごろ", "; for a date that is not known exactly, write 'date: 2011-03' and 'circa: true'"),
        (
            "2011年3月11日頃",
            "; for a date that is not known exactly, write 'date: 2011-03-11' and 'circa: true'",
        ),
        ("2008年5月左右", "; for a date that is not known exactly, write 'date: 2008-05' and 'circa: true'"),
        ("2014년 4월께", "; for a date that is not known exactly, write 'date: 2014-04' and 'circa: true'"),
        (
            "2014년 4월 16일경",
            "; for a date that is not known exactly, write 'date: 2014-04-16' and 'circa: true'",
        ),
        (
            "2014년 4월 중순",
            "; write the date as far as it is known, 'date: 2014-04', and the words readers should "
            "read in 'display_date: 2014년 4월 중순'",
        ),
        # A time said to be approximate, after its day, as an article writes one.
        (
            "2019-04-15 hacia las 19:00",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        (
            "15 de abril de 2019, sobre las 19.00 h",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        (
            "April 15, 2019, about 7 pm",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        (
            "15 avril 2019 vers 19 h",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        ("2019-04-15 hacia las 25:00", ""),  # no such time
        (
            "sobre las 7 de la tarde del 15 de abril de 2019",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        ("sobre 1990", "; for a date that is not known exactly, write 'date: 1990' and 'circa: true'"),
        (
            "25 de janeiro de 2019, por volta das 12h30",
            "; for a time that is not known exactly, write 'date: 2019-01-25T12:30' and 'circa: true'",
        ),
        (
            "por volta das 12h30 de 25 de janeiro de 2019",
            "; for a time that is not known exactly, write 'date: 2019-01-25T12:30' and 'circa: true'",
        ),
        (
            "hacia las 19:00 del 15 de abril de 2019",
            "; for a time that is not known exactly, write 'date: 2019-04-15T19:00' and 'circa: true'",
        ),
        ("8월 5일(목)", "; a date needs its year: write it as YYYY-08-05"),
        ("ב-5 באפריל", "; a date needs its year: write it as YYYY-04-05"),
        ("בשעה 14:30", "; a time needs its day: write it as YYYY-MM-DDT14:30"),
        (
            "אתמול",
            "; 'אתמול' counts from the day it was written, and readers read it on other days: write the day "
            "itself (YYYY-MM-DD), counted from the date of the article it came from",
        ),
        (
            "יום שני",
            "; 'יום שני' counts from the day it was written, and readers read it on other days: write the day "
            "itself (YYYY-MM-DD), counted from the date of the article it came from",
        ),
        ("3月11日", "; a date needs its year: write it as YYYY-03-11"),
        (
            "어제",
            "; '어제' counts from the day it was written, and readers read it on other days: write the day "
            "itself (YYYY-MM-DD), counted from the date of the article it came from",
        ),
        ("2010-04-19T09:30 EST", "; write the offset after the time: '2010-04-19T09:30-05:00' (EST)"),
        ("2010-04-19 09:30 UTC+6", "; write the offset after the time: '2010-04-19T09:30+06:00'"),
        (
            "2010-04-19T09:30 Asia/Bishkek",
            "; write the offset after the time ('2010-04-19T09:30+06:00' in Asia/Bishkek), or the time "
            "alone ('2010-04-19T09:30') where site.yaml gives the site's clock, 'time_zone: Asia/Bishkek'",
        ),
        # A date in words before its zone, as an article writes it.
        ("23 March 2021, 07:40 EET", "; write the offset after the time: '2021-03-23T07:40+02:00' (EET)"),
        (
            "March 23, 2021 at 9:30 pm EST",
            "; write the offset after the time: '2021-03-23T21:30-05:00' (EST)",
        ),
        # A zone named by its city ('Cairo time', '(Cairo)'), as the time zone database names it.
        (
            "2021-03-23 07:40 Cairo time",
            "; write the offset after the time ('2021-03-23T07:40+02:00' in Africa/Cairo), or the time "
            "alone ('2021-03-23T07:40') where site.yaml gives the site's clock, 'time_zone: Africa/Cairo'",
        ),
        (
            "23 March 2021 07:40 (Cairo)",
            "; write the offset after the time ('2021-03-23T07:40+02:00' in Africa/Cairo), or the time "
            "alone ('2021-03-23T07:40') where site.yaml gives the site's clock, 'time_zone: Africa/Cairo'",
        ),
        # The United States' clocks as its news names them, summer time included: no hint
        # for 'ET' before, and 'Eastern' was Canada/Eastern.
        (
            "March 26, 2024, 1:28 a.m. ET",
            "; write the offset after the time ('2024-03-26T01:28-04:00' in America/New_York), or the time "
            "alone ('2024-03-26T01:28') where site.yaml gives the site's clock, 'time_zone: America/New_York'",
        ),
        (
            "Dec. 3, 2024, 9 p.m. Pacific time",
            "; write the offset after the time ('2024-12-03T21:00-08:00' in America/Los_Angeles), or the "
            "time alone ('2024-12-03T21:00') where site.yaml gives the site's clock, 'time_zone: America/Los_Angeles'",
        ),
        # Hawaii's clock, as the news of the Maui fires wrote it: 'HST' was the database's
        # old zone of that name, and 'Hawaii time' its 'US/Hawaii', each then suggested
        # as site.yaml's 'time_zone'.
        ("2023-08-08 3pm HST", "; write the offset after the time: '2023-08-08T15:00-10:00' (HST)"),
        (
            "Aug. 8, 2023, 3 p.m. Hawaii time",
            "; write the offset after the time ('2023-08-08T15:00-10:00' in Pacific/Honolulu), or the "
            "time alone ('2023-08-08T15:00') where site.yaml gives the site's clock, 'time_zone: Pacific/Honolulu'",
        ),
        ("2024-01-15 9:30 AKST", "; write the offset after the time: '2024-01-15T09:30-09:00' (AKST)"),
        # A time alone on a twelve-hour clock, or with its zone, needs its day as '14:30'
        # does (nothing was said of them).
        ("3pm", "; a time needs its day: write it as YYYY-MM-DDT15:00"),
        ("3:30 p.m.", "; a time needs its day: write it as YYYY-MM-DDT15:30"),
        ("3pm HST", "; a time needs its day: write it as YYYY-MM-DDT15:00-10:00"),
        ("15:00 EST", "; a time needs its day: write it as YYYY-MM-DDT15:00-05:00"),
        # Spanish, French and Italian name a city's time before it, the city with its accents.
        (
            "2019-04-15T19:50 hora de París",
            "; write the offset after the time ('2019-04-15T19:50+02:00' in Europe/Paris), or the time "
            "alone ('2019-04-15T19:50') where site.yaml gives the site's clock, 'time_zone: Europe/Paris'",
        ),
        (
            "15 de abril de 2019, 19.50 h (hora de París)",
            "; write the offset after the time ('2019-04-15T19:50+02:00' in Europe/Paris), or the time "
            "alone ('2019-04-15T19:50') where site.yaml gives the site's clock, 'time_zone: Europe/Paris'",
        ),
        (
            "15 avril 2019 19:50 heure de Paris",
            "; write the offset after the time ('2019-04-15T19:50+02:00' in Europe/Paris), or the time "
            "alone ('2019-04-15T19:50') where site.yaml gives the site's clock, 'time_zone: Europe/Paris'",
        ),
        (
            "2019-04-15T19:50 hora de Bogotá",
            "; write the offset after the time ('2019-04-15T19:50-05:00' in America/Bogota), or the time "
            "alone ('2019-04-15T19:50') where site.yaml gives the site's clock, 'time_zone: America/Bogota'",
        ),
        # The Canary Islands' clock, which a site of La Palma's gives in site.yaml already:
        # each file is checked on its own, so the time alone is said too.
        (
            "19 de septiembre de 2021, 15:10 hora canaria",
            "; write the offset after the time ('2021-09-19T15:10+01:00' in Atlantic/Canary), or the time "
            "alone ('2021-09-19T15:10') where site.yaml gives the site's clock, 'time_zone: Atlantic/Canary'",
        ),
        (
            "2019-04-15T19:50 hora local",
            "; did you mean '2019-04-15T19:50'? (a time without a UTC offset is read as the place's local time)",
        ),
        (
            "15 de abril de 2019, 19:50 hora peninsular",  # Spain's mainland clock
            "; write the offset after the time ('2019-04-15T19:50+02:00' in Europe/Madrid), or the time "
            "alone ('2019-04-15T19:50') where site.yaml gives the site's clock, 'time_zone: Europe/Madrid'",
        ),
        # Russian and Ukrainian say a capital's clock with its adjective, or as 'мск': no
        # hint before. Moscow's zone, not +03:00: its clock was at +04:00 in 2011-2014.
        (
            "25 ноября 2018 года, 19:00 по московскому времени",
            "; write the offset after the time ('2018-11-25T19:00+03:00' in Europe/Moscow), or the time "
            "alone ('2018-11-25T19:00') where site.yaml gives the site's clock, 'time_zone: Europe/Moscow'",
        ),
        (
            "25.11.2012 19:00 МСК",
            "; write the offset after the time ('2012-11-25T19:00+04:00' in Europe/Moscow), or the time "
            "alone ('2012-11-25T19:00') where site.yaml gives the site's clock, 'time_zone: Europe/Moscow'",
        ),
        (
            "13 червня 2023 о 14:30 за київським часом",
            "; write the offset after the time ('2023-06-13T14:30+03:00' in Europe/Kyiv), or the time "
            "alone ('2023-06-13T14:30') where site.yaml gives the site's clock, 'time_zone: Europe/Kyiv'",
        ),
        (
            "25 ноября 2018 г., 19:00 по местному времени",
            "; did you mean '2018-11-25T19:00'? (a time without a UTC offset is read as the place's local time)",
        ),
        # Swedish says its own clock 'svensk tid' (Sweden's only zone) and local time 'lokal tid':
        # no hint before.
        (
            "7 april 2017 kl. 14.53 svensk tid",
            "; write the offset after the time ('2017-04-07T14:53+02:00' in Europe/Stockholm), or the time "
            "alone ('2017-04-07T14:53') where site.yaml gives the site's clock, 'time_zone: Europe/Stockholm'",
        ),
        (
            "7 april 2017 14:53 lokal tid",
            "; did you mean '2017-04-07T14:53'? (a time without a UTC offset is read as the place's local time)",
        ),
        # Arabic news says a city's clock with 'بتوقيت' ('by the timing of'), Greenwich's
        # ('بتوقيت غرينتش', GMT) and local time ('بالتوقيت المحلي'): no hint before.
        (
            "4 آب 2020، الساعة 18:08 بتوقيت بيروت",
            "; write the offset after the time ('2020-08-04T18:08+03:00' in Asia/Beirut), or the time "
            "alone ('2020-08-04T18:08') where site.yaml gives the site's clock, 'time_zone: Asia/Beirut'",
        ),
        (
            "2021-02-18T18:08 بتوقيت بيروت",  # winter: UTC+2
            "; write the offset after the time ('2021-02-18T18:08+02:00' in Asia/Beirut), or the time "
            "alone ('2021-02-18T18:08') where site.yaml gives the site's clock, 'time_zone: Asia/Beirut'",
        ),
        (
            "2020-08-04 18:08 بتوقيت مكة المكرمة",
            "; write the offset after the time ('2020-08-04T18:08+03:00' in Asia/Riyadh), or the time "
            "alone ('2020-08-04T18:08') where site.yaml gives the site's clock, 'time_zone: Asia/Riyadh'",
        ),
        (
            "4 آب 2020 الساعة 15:08 بتوقيت غرينتش",
            "; write the offset after the time: '2020-08-04T15:08+00:00' (غرينتش)",
        ),
        (
            "2020-08-04T18:08 بالتوقيت المحلي",
            "; did you mean '2020-08-04T18:08'? (a time without a UTC offset is read as the place's local time)",
        ),
        ("2020-08-04 18:08 بتوقيت عمان", ""),  # Amman or, without its marks, Oman: an hour apart
        ("2019-04-15T19:50 hora de Nada", ""),
        # 'Local time' is what a time without its offset is: the clock of the place.
        (
            "March 23rd, 2021 at 07:40 local time",
            "; did you mean '2021-03-23T07:40'? (a time without a UTC offset is read as the place's local time)",
        ),
        (
            "2021-03-23T07:40 (local)",
            "; did you mean '2021-03-23T07:40'? (a time without a UTC offset is read as the place's local time)",
        ),
        ("2021-03-23 local time", ""),  # no time to give
        ("2010-04-19T09:30 Nowhere/City", ""),
        ("2010-04-19T09:30 Nowhere time", ""),
        ("2010-04-19T09:30 UTC+25", ""),  # no such offset
        (
            "2010-04-19T09:30 CST",
            "; CST may be more than one time zone: write the offset after the time, '2010-04-19T09:30-06:00' "
            "(US Central) or '2010-04-19T09:30+08:00' (China)",
        ),
    ],
)
def test_hint_says_what_to_write(text: str, said: str) -> None:
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Indonesian news gives a time after 'pukul' ('o'clock') and with its clock, WIB
        # (UTC+7), WITA or WIT: each got no suggestion.
        ("4 Desember 2021 pukul 15.20", "; did you mean '2021-12-04T15:20'?"),
        ("pukul 15.20 pada 4 Desember 2021", "; did you mean '2021-12-04T15:20'?"),
        ("pukul 15.20", "; a time needs its day: write it as YYYY-MM-DDT15:20"),
        (
            "Sabtu, 4 Desember 2021 pukul 15.20 WIB",
            "; write the offset after the time: '2021-12-04T15:20+07:00' (WIB)",
        ),
        ("2018-09-28 18.02 WITA", "; write the offset after the time: '2018-09-28T18:02+08:00' (WITA)"),
        ("2021-12-04T10:00 WIT", "; write the offset after the time: '2021-12-04T10:00+09:00' (WIT)"),
        (
            "4 Desember 2021 pukul 15.20 waktu setempat",
            "; did you mean '2021-12-04T15:20'? (a time without a UTC offset is read as the place's local time)",
        ),
        # A day in numbers in brackets after its day of the week, as Indonesian news
        # writes it in a sentence: day or month first, the day of the week tells which.
        ("Sabtu (4/12/2021)", "; did you mean '2021-12-04'?"),
        ("Senin (12/4/2021)", "; did you mean '2021-04-12'?"),
        ("Selasa (7/12/2021) pukul 10.00", "; did you mean '2021-12-07T10:00'?"),
        (
            "Selasa (7/12/2021) pukul 10.00 WIB",
            "; write the offset after the time: '2021-12-07T10:00+07:00' (WIB)",
        ),
        ("Jumat (12/12/2021)", ""),  # a Sunday
        ("Kamis (4/12/2021)", ""),  # neither 4 December nor 12 April 2021 was a Thursday
        # 'on' and 'date' before a date, as a sentence writes it.
        ("pada 4 Desember 2021", "; did you mean '2021-12-04'?"),
        ("pada tanggal 4 Desember 2021", "; did you mean '2021-12-04'?"),
        ("tanggal 4 Desember 2021", "; did you mean '2021-12-04'?"),
        # A day counted from the article's: 'yesterday', 'today', 'last Saturday'.
        ("kemarin", f"; 'kemarin' {COUNTED_FROM}"),
        ("hari ini", f"; 'hari ini' {COUNTED_FROM}"),
        ("Sabtu lalu", f"; 'Sabtu lalu' {COUNTED_FROM}"),
        # Hindi: 'कल' (yesterday, or tomorrow), 'last week', 'last Friday'.
        ("कल", f"; 'कल' {COUNTED_FROM}"),
        ("परसों", f"; 'परसों' {COUNTED_FROM}"),
        ("पिछले हफ़्ते", f"; 'पिछले हफ़्ते' {COUNTED_FROM}"),
        ("बीते शुक्रवार", f"; 'बीते शुक्रवार' {COUNTED_FROM}"),
        # Urdu: 'کل' (yesterday, or tomorrow), 'گزشتہ روز' (yesterday, as its news writes
        # it), 'today', 'last week', 'last Friday', 'on Friday'.
        ("کل", f"; 'کل' {COUNTED_FROM}"),
        ("گزشتہ روز", f"; 'گزشتہ روز' {COUNTED_FROM}"),
        ("آج", f"; 'آج' {COUNTED_FROM}"),
        ("گزشتہ ہفتے", f"; 'گزشتہ ہفتے' {COUNTED_FROM}"),
        ("گزشتہ جمعہ", f"; 'گزشتہ جمعہ' {COUNTED_FROM}"),
        ("جمعہ کو", f"; 'جمعہ کو' {COUNTED_FROM}"),
        ("گزشتہ کل", f"; 'گزشتہ کل' {COUNTED_FROM}"),  # CLDR's yesterday
        # Tamil: 'yesterday', 'last night', 'last week'.
        ("நேற்று", f"; 'நேற்று' {COUNTED_FROM}"),
        ("நேற்று இரவு", f"; 'நேற்று இரவு' {COUNTED_FROM}"),
        ("கடந்த வாரம்", f"; 'கடந்த வாரம்' {COUNTED_FROM}"),
        ("கடந்த வெள்ளிக்கிழமை", f"; 'கடந்த வெள்ளிக்கிழமை' {COUNTED_FROM}"),
        ("ஞாயிற்றுக்கிழமை", f"; 'ஞாயிற்றுக்கிழமை' {COUNTED_FROM}"),
        # Telugu: 'yesterday', 'today', 'last night', 'last week', 'last Friday', 'next Monday'.
        ("నిన్న", f"; 'నిన్న' {COUNTED_FROM}"),
        ("ఈరోజు", f"; 'ఈరోజు' {COUNTED_FROM}"),
        ("నిన్న రాత్రి", f"; 'నిన్న రాత్రి' {COUNTED_FROM}"),
        ("గత వారం", f"; 'గత వారం' {COUNTED_FROM}"),
        ("గత శుక్రవారం", f"; 'గత శుక్రవారం' {COUNTED_FROM}"),
        ("వచ్చే సోమవారం", f"; 'వచ్చే సోమవారం' {COUNTED_FROM}"),
        ("pekan lalu", f"; 'pekan lalu' {COUNTED_FROM}"),
        ("Sabtu", f"; 'Sabtu' {COUNTED_FROM}"),
        ("Desember lalu", ""),  # a month: no day of the week
        # 'about', and the beginning, middle and end of a month or a year.
        ("sekitar 2010", "; for a date that is not known exactly, write 'date: 2010' and 'circa: true'"),
        (
            "sekitar tahun 1990",
            "; for a date that is not known exactly, write 'date: 1990' and 'circa: true'",
        ),
        (
            "4 Desember 2021 sekitar pukul 15.00",
            "; for a time that is not known exactly, write 'date: 2021-12-04T15:00' and 'circa: true'",
        ),
        (
            "akhir Desember 2021",
            "; write the date as far as it is known, 'date: 2021-12', and the words readers should read "
            "in 'display_date: akhir Desember 2021'",
        ),
        (
            "awal tahun 2022",
            "; write the date as far as it is known, 'date: 2022', and the words readers should read "
            "in 'display_date: awal tahun 2022'",
        ),
        # French's 'fin' and 'début' before a month beginning 'de' ('décembre'), whose
        # 'de' was read as the word 'de' of 'fin de mars'.
        (
            "fin décembre 2021",
            "; write the date as far as it is known, 'date: 2021-12', and the words readers should read "
            "in 'display_date: fin décembre 2021'",
        ),
    ],
)
def test_hint_reads_a_date_as_indonesian_news_writes_it(text: str, said: str) -> None:
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("wczoraj", f"; 'wczoraj' {COUNTED_FROM}"),
        ("Przedwczoraj", f"; 'Przedwczoraj' {COUNTED_FROM}"),
        ("dziś", f"; 'dziś' {COUNTED_FROM}"),
        ("w zeszłym tygodniu", f"; 'w zeszłym tygodniu' {COUNTED_FROM}"),
        ("w zeszły wtorek", f"; 'w zeszły wtorek' {COUNTED_FROM}"),
        ("we wtorek", f"; 'we wtorek' {COUNTED_FROM}"),
        ("ok. 2021", "; for a date that is not known exactly, write 'date: 2021' and 'circa: true'"),
        ("około 2021 r.", "; for a date that is not known exactly, write 'date: 2021' and 'circa: true'"),
        ("w marcu", ""),  # a month, not a day of the week
    ],
)
def test_hint_reads_what_a_polish_editor_writes(text: str, said: str) -> None:
    # Each got only 'expected a date in the form YYYY...'.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The month as a word and its number ('tháng 9'), as CLDR's Vietnamese and the
        # pages write a date, with 'ngày' (day) and 'năm' (year) before their numbers.
        ("7 tháng 9, 2024", "; did you mean '2024-09-07'?"),
        ("7 thg 9, 2024", "; did you mean '2024-09-07'?"),
        ("ngày 7 tháng 9 năm 2024", "; did you mean '2024-09-07'?"),
        ("ngay 7 thang 9 nam 2024", "; did you mean '2024-09-07'?"),  # typed without its marks
        ("tháng 9 năm 2024", "; did you mean '2024-09'?"),
        ("tháng 9/2024", "; did you mean '2024-09'?"),
        ("tháng Chín 2024", "; did you mean '2024-09'?"),
        ("năm 1995", "; did you mean '1995'?"),
        # A day in numbers after 'ngày' or with a Vietnamese time is day first.
        ("ngày 7/9/2024", "; did you mean '2024-09-07'?"),
        (
            "7/9/2024",
            "; it could be '2024-09-07' (day first) or '2024-07-09' (month first): write the one it is",
        ),
        ("13h ngày 7/9/2024", "; did you mean '2024-09-07T13:00'?"),
        ("13h30 ngày 7/9/2024", "; did you mean '2024-09-07T13:30'?"),
        ("lúc 13 giờ 30 phút ngày 7 tháng 9 năm 2024", "; did you mean '2024-09-07T13:30'?"),
        ("3 giờ chiều ngày 9/9/2024", "; did you mean '2024-09-09T15:00'?"),
        ("10h sáng 9/9/2024", "; did you mean '2024-09-09T10:00'?"),
        ("7/9/2024 lúc 13h", "; did you mean '2024-09-07T13:00'?"),
        # The day of the week before it, by name or number, if it is that day.
        ("Thứ Bảy, 7/9/2024", "; did you mean '2024-09-07'?"),
        ("Chủ nhật, 8 tháng 9, 2024", "; did you mean '2024-09-08'?"),
        ("Thứ Hai, 7/9/2024", ""),  # a Saturday
        # 'khoảng' (about), 'từ ... đến' (from ... to), days counted from the article's.
        ("khoảng năm 1995", "; for a date that is not known exactly, write 'date: 1995' and 'circa: true'"),
        (
            "khoảng 13h ngày 7/9/2024",
            "; for a time that is not known exactly, write 'date: 2024-09-07T13:00' and 'circa: true'",
        ),
        ("từ 9 đến 11/9/2024", "; for a span, write 'date: 2024-09-09' and the end as 'end: 2024-09-11'"),
        (
            "từ ngày 9 đến ngày 11 tháng 9 năm 2024",
            "; for a span, write 'date: 2024-09-09' and the end as 'end: 2024-09-11'",
        ),
        ("hôm qua", f"; 'hôm qua' {COUNTED_FROM}"),
        ("hôm nay", f"; 'hôm nay' {COUNTED_FROM}"),
        ("tuần trước", f"; 'tuần trước' {COUNTED_FROM}"),
        ("tháng 13 năm 2024", ""),  # no such month
    ],
)
def test_hint_reads_a_date_as_a_vietnamese_editor_writes_it(text: str, said: str) -> None:
    # Each got only 'expected a date in the form YYYY...' (and '7/9/2024' after 'ngày'
    # was told it could be either way, where Vietnamese writes the day first).
    assert hint(text, span=True) == said


def test_another_languages_date_is_not_read_as_vietnamese() -> None:
    # 'den', 'tu' and 'nam' are Vietnamese words of a date folded ('đến', 'từ', 'năm'), and
    # German's, French's or a place's too: only a date with the marks, or 'ngay'/'thang'
    # before a number, is read as Vietnamese.
    for text in ("Montag, den 3. Mai 2010", "tu 3 mai 2010", "Nam Dinh 2010", "3 May 2010"):
        assert datehints._vietnamese_read(text) == text


def test_words_for_how_well_a_date_is_known_are_told_of_an_events_date_only() -> None:
    # 'circa' and 'display_date' go beside an event's 'date': for its 'end', a source's
    # 'date' or 'updated', following "write 'date: 2010'" overwrote the event's real date.
    assert hint("Spring 2010", span=False) == ""
    assert hint("c. 2010", span=False) == ""
    assert hint("c. 2010", span=True).endswith("and 'circa: true'")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Spring 2010",  # a season gives its year: its months depend on the hemisphere
            "; write the end as far as it is known, the month it ended: 'end: 2010-MM' (or 'end: 2010' "
            "if 'date' is in an earlier year), and the words readers should read in 'display_date' "
            "(e.g. '... to Spring 2010'), which is shown in place of the whole span",
        ),
        (
            "early April 2010",
            "; write the end as far as it is known, the day it ended: 'end: 2010-04-DD' (or 'end: "
            "2010-04' if 'date' is in an earlier month), and the words readers should read in "
            "'display_date' (e.g. '... to early April 2010'), which is shown in place of the whole span",
        ),
        ("mid-2010", "'end: 2010-MM' (or 'end: 2010' if 'date' is in an earlier year)"),
        ("late 2010", "'end: 2010-MM' (or 'end: 2010' if 'date' is in an earlier year)"),
        ("Summer 2010", "'end: 2010-MM' (or 'end: 2010' if 'date' is in an earlier year)"),
        ("c. 2010", None),  # 'circa' is about the date, not its end
    ],
)
def test_words_for_how_well_an_end_is_known_are_told_how_to_write_the_end(
    text: str, said: str | None
) -> None:
    if said is None:
        assert hint(text, end=True) == ""
    else:
        assert said in hint(text, end=True)


ONGOING = (
    "; an event still going on has no 'end' yet: leave 'end' out, and write 'date_phrase: from' for "
    "readers to read 'From' and its date"
)
UNKNOWN_END = "; leave 'end' out until the day it ended is known"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("present", ONGOING),  # as a CV or Wikipedia writes a span still going on
        ("ongoing", ONGOING),
        ("Now", ONGOING),
        ("to date", ONGOING),
        ("unknown", UNKNOWN_END),
        ("?", UNKNOWN_END),
        ("TBD", UNKNOWN_END),
        # In the story's language, as a Spanish or French desk writes them.
        ("En curso", ONGOING),
        ("actualidad", ONGOING),
        ("en cours", ONGOING),
        ("desconocido", UNKNOWN_END),
        ("se desconoce", UNKNOWN_END),
        ("sekarang", ONGOING),  # Indonesian: 'now', 'until now', 'still going on'
        ("hingga kini", ONGOING),
        ("masih berlangsung", ONGOING),
        ("belum diketahui", UNKNOWN_END),
    ],
)
def test_an_end_not_come_yet_or_not_known_is_told_to_be_left_out(text: str, said: str) -> None:
    # 'end: present' was only told the forms a date is written in.
    assert hint(text, end=True) == said
    assert hint(text, span=True) == ""  # an event's 'date' is no end


def _the_day(iso: str, words: str) -> str:
    """The hint for a day given with the part of it an article names."""
    return f"; write the day, 'date: {iso}', and the words readers should read in 'display_date: {words}'"


def _the_night(start: str, end: str, words: str) -> str:
    """The hint for a night over two days."""
    return (
        f"; for a night over two days, write 'date: {start}' and the end as 'end: {end}', and the words "
        f"readers should read in 'display_date: {words}'"
    )


def _the_yearless_night(start: str, end: str, words: str) -> str:
    """The hint for a night over two days written without its year."""
    return (
        f"; a date needs its year: for a night over two days, write 'date: YYYY-{start}' and the end as "
        f"'end: YYYY-{end}', and the words readers should read in 'display_date: {words}'"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A part of a day, as an article names it beside its date, in English, French,
        # Spanish and German: the day, and the words in 'display_date'. These got no hint.
        ("the afternoon of Aug 8, 2023", _the_day("2023-08-08", "the afternoon of Aug 8, 2023")),
        ("8 August 2023, in the afternoon", _the_day("2023-08-08", "8 August 2023, in the afternoon")),
        ("in the early hours of Aug. 8, 2023", _the_day("2023-08-08", "in the early hours of Aug. 8, 2023")),
        ("Tuesday afternoon, Aug. 8, 2023", _the_day("2023-08-08", "Tuesday afternoon, Aug. 8, 2023")),
        ("dans l’après-midi du 8 août 2023", _the_day("2023-08-08", "dans l’après-midi du 8 août 2023")),
        (
            "mardi 8 août 2023 dans l'après-midi",
            _the_day("2023-08-08", "mardi 8 août 2023 dans l'après-midi"),
        ),
        (
            "en la madrugada del 8 de agosto de 2023",
            _the_day("2023-08-08", "en la madrugada del 8 de agosto de 2023"),
        ),
        (
            "el 8 de agosto de 2023 por la tarde",
            _the_day("2023-08-08", "el 8 de agosto de 2023 por la tarde"),
        ),
        ("am späten Abend des 8. August 2023", _the_day("2023-08-08", "am späten Abend des 8. August 2023")),
        ("Dienstagnachmittag, 8. August 2023", _the_day("2023-08-08", "Dienstagnachmittag, 8. August 2023")),
        # A night over two days is a span.
        (
            "the night of 8-9 August 2023",
            _the_night("2023-08-08", "2023-08-09", "the night of 8-9 August 2023"),
        ),
        (
            "dans la nuit du 8 au 9 août 2023",
            _the_night("2023-08-08", "2023-08-09", "dans la nuit du 8 au 9 août 2023"),
        ),
        (
            "la noche del 8 al 9 de agosto de 2023",
            _the_night("2023-08-08", "2023-08-09", "la noche del 8 al 9 de agosto de 2023"),
        ),
        (
            "in der Nacht vom 8. auf den 9. August 2023",
            _the_night("2023-08-08", "2023-08-09", "in der Nacht vom 8. auf den 9. August 2023"),
        ),
        # Without its year, the same, the year left for the editor to write: these got no hint.
        ("the night of 8 to 9 August", _the_yearless_night("08-08", "08-09", "the night of 8 to 9 August")),
        ("the night of 28-29 February", _the_yearless_night("02-28", "02-29", "the night of 28-29 February")),
        (
            "dans la nuit du 8 au 9 août",
            _the_yearless_night("08-08", "08-09", "dans la nuit du 8 au 9 août"),
        ),
        (
            "la noche del 8 al 9 de agosto",
            _the_yearless_night("08-08", "08-09", "la noche del 8 al 9 de agosto"),
        ),
        (
            "in der Nacht vom 8. auf den 9. August",
            _the_yearless_night("08-08", "08-09", "in der Nacht vom 8. auf den 9. August"),
        ),
        (
            "the afternoon of 8 August",
            "; a date needs its year: write the day, 'date: YYYY-08-08', and the words readers should "
            "read in 'display_date: the afternoon of 8 August'",
        ),
        # With its time, the time says it.
        ("the evening of 8 August 2023 at 7 pm", "; did you mean '2023-08-08T19:00'?"),
        # Early or late in a day, and a part of a month or year after the words of the
        # sentence it came from.
        ("tôt le 8 août 2023", _as_far_as_known("tôt le 8 août 2023", "2023-08-08")),
        (
            "a última hora del 8 de agosto de 2023",
            _as_far_as_known("a última hora del 8 de agosto de 2023", "2023-08-08"),
        ),
        ("in late August 2023", _as_far_as_known("in late August 2023", "2023-08")),
        ("the summer of 2023", _as_far_as_known("the summer of 2023", "2023")),
        ("à la fin août 2023", _as_far_as_known("à la fin août 2023", "2023-08")),
        ("a mediados de 2023", _as_far_as_known("a mediados de 2023", "2023")),
        ("im Sommer 2023", _as_far_as_known("im Sommer 2023", "2023")),
        # A day of the week as US papers shorten it.
        ("Tues., Aug. 8, 2023", "; did you mean '2023-08-08'?"),
        ("Thurs., Aug. 10, 2023", "; did you mean '2023-08-10'?"),
        # No day, or no part of one: nothing said of the part.
        ("Tuesday morning", ""),
        ("mañana", ""),
        ("the morning and the evening of 8 August 2023", ""),
    ],
)
def test_a_date_copied_from_an_article_with_words_around_it_gets_its_date_form(text: str, said: str) -> None:
    assert hint(text, span=True) == said


HINT_PATTERNS = [
    "_twelve_hour",
    "_DAY_FIRST",
    "_YEAR_FIRST",
    "_DAY_MONTH",
    "_MONTH_YEAR",
    "_SPAN",
    "_AT_TIME",
    "_VAGUE",
    "_VAGUE_LEAD",
    "_WEEKDAY_AND_PART",
]


def test_a_build_of_valid_dates_compiles_none_of_the_patterns_of_hints(tmp_path: Path) -> None:
    # They read dates written another way, for hints and imports: compiled when first
    # used, not as every command starts.
    fixture = REPO / "tests" / "fixtures" / "small" / "content"
    code = (
        "import re; compiled = []; real = re.compile\n"
        "def counted(pattern, flags=0):\n"
        "    compiled.append(pattern); return real(pattern, flags)\n"
        "re.compile = counted\n"
        "from generator import cli; from generator.content import datehints\n"
        f"cli.main(['build', '--content', {str(fixture)!r}, '--templates', {TEMPLATES!r}, "
        f"'--out', {str(tmp_path / 'site')!r}])\n"
        "made = list(compiled)\n"
        f"hints = [getattr(datehints, name) for name in {HINT_PATTERNS!r}]\n"
        "hints = [h if isinstance(h, re.Pattern) else h() for h in hints]\n"
        "print(sum(h.pattern in made for h in hints))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "0"
    assert "2010-05-03" in datehints.hint("3 May 2010")  # and compiled when a hint needs them


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # The Levant's and Iraq's months CLDR names in two words (ar-LB, ar-SY, ar-IQ)
        # were read as no month: no hint, for a date written as the pages write it.
        ("25 كانون الثاني 2023", "2023-01-25"),
        ("تشرين الأول 2021", "2021-10"),
        # Both names of a month, as those papers write it, in either order, spaced or not.
        ("13 آب/أغسطس 2020", "2020-08-13"),
        ("13 أغسطس/آب 2020", "2020-08-13"),
        ("13 آب / أغسطس 2020", "2020-08-13"),
        ("25 كانون الثاني/يناير 2023", "2023-01-25"),
        ("آب/أغسطس 2020", "2020-08"),
        ("13 آب/أيلول 2020", None),  # two months
        # 'on' (في), 'the day' (يوم) and the day of the week before the date.
        ("في 4 آب 2020", "2020-08-04"),
        ("يوم الخميس 10 كانون الأول 2020", "2020-12-10"),
        ("الجمعة 10 كانون الأول 2020", None),  # a Thursday
        # 'at the hour' (الساعة) before a time, and the part of the day after one.
        ("4 آب 2020، الساعة 18:08", "2020-08-04T18:08"),
        ("2020-08-09 عند الساعة 17:00", "2020-08-09T17:00"),
        ("4 أغسطس 2020، 6:08 مساءً", "2020-08-04T18:08"),
        ("4 أغسطس 2020 6:08 م", "2020-08-04T18:08"),
        ("4 أغسطس 2020 الساعة 9 صباحًا", "2020-08-04T09:00"),
        ("4 أغسطس 2020 الساعة 12 ليلًا", None),  # midnight, of which day?
        # 'year' (عام) before a year, and 'م' (of the common era) after it.
        ("عام 2014", "2014"),
        ("2014م", "2014"),
        ("4 أغسطس 2020م", "2020-08-04"),
    ],
)
def test_a_date_as_arabic_news_writes_it_gets_its_date_form(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("حوالي 2021-10-14", "'date: 2021-10-14' and 'circa: true'"),
        ("نحو 2014", "'date: 2014' and 'circa: true'"),
        ("2014 تقريبًا", "'date: 2014' and 'circa: true'"),
        ("قرابة 4 آب/أغسطس 2020", "'date: 2020-08-04' and 'circa: true'"),
        ("4 آب 2020 حوالي الساعة 18:08", "'date: 2020-08-04T18:08' and 'circa: true'"),
    ],
)
def test_an_approximate_date_as_an_arabic_editor_writes_it_is_told_how_to_write_it(
    text: str, said: str
) -> None:
    # 'حوالي 2021-10-14' ('about') got only the forms a date takes, and no word of 'circa'.
    assert said in hint(text, span=True)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("c. 1850", ("1850", True)),
        ("vers 1900", ("1900", True)),
        ("Spring 2010", ("2010", False)),
        ("mid-April 2010", ("2010-04", False)),
        ("1850", None),
        ("1990s", None),
    ],
)
def test_a_date_given_with_words_for_how_well_it_is_known_is_found(text: str, found: object) -> None:
    assert worded_date(text) == found


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Dutch news writes a time with a dot or a colon and 'uur' after it, 'om' ('at') before it.
        ("17 juli 2014 om 15.20 uur", "2014-07-17T15:20"),
        ("17 juli 2014, 15:20 uur", "2014-07-17T15:20"),
        ("2014-07-17 15.20 uur", "2014-07-17T15:20"),
        ("17 juli 2014 om 15 uur", "2014-07-17T15:00"),
        ("op 17 juli 2014", "2014-07-17"),
        ("om 15.20 uur op 17 juli 2014", "2014-07-17T15:20"),
        # Flemish news writes the hour's 'u' ('uur') between or after: '15u20', '15.20 u'.
        ("17 juli 2014 om 15u20", "2014-07-17T15:20"),
        ("17 juli 2014, 15.20 u", "2014-07-17T15:20"),
        ("17 juli 2014 om 9 u", "2014-07-17T09:00"),
    ],
)
def test_a_date_and_time_as_a_dutch_editor_writes_them_are_suggested(text: str, iso: str) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (
                written,
                f"; '{written}' {COUNTED_FROM}",
            )
            for written in (
                "gisteren",
                "Eergisteren",
                "vandaag",
                "vorige week",
                "afgelopen dinsdag",
                "vorige dinsdag",
            )
        ),
        ("rond 2014", "; for a date that is not known exactly, write 'date: 2014' and 'circa: true'"),
        (
            "omstreeks juli 2014",
            "; for a date that is not known exactly, write 'date: 2014-07' and 'circa: true'",
        ),
        ("ongeveer 1990", "; for a date that is not known exactly, write 'date: 1990' and 'circa: true'"),
        (
            "17 juli 2014 rond 15.20 uur",
            "; for a time that is not known exactly, write 'date: 2014-07-17T15:20' and 'circa: true'",
        ),
        *(
            (
                words,
                _as_far_as_known(words, iso),
            )
            for words, iso in (
                ("begin juli 2014", "2014-07"),
                ("medio juli 2014", "2014-07"),
                ("eind 2014", "2014"),
                ("najaar 2014", "2014"),
                ("zomer van 2014", "2014"),
            )
        ),
    ],
)
def test_a_date_as_a_dutch_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Greek news writes a time after 'στις' ('at') or 'ώρα' ('time').
        ("28 Φεβρουαρίου 2023 στις 23:21", "; did you mean '2023-02-28T23:21'?"),
        ("28 Φεβρουαρίου 2023, ώρα 23:21", "; did you mean '2023-02-28T23:21'?"),
        *(
            (
                written,
                f"; '{written}' {COUNTED_FROM}",
            )
            for written in ("χθες", "Χθες", "σήμερα", "προχθές", "την περασμένη Κυριακή", "το Σάββατο")
        ),
        ("περίπου 2023", "; for a date that is not known exactly, write 'date: 2023' and 'circa: true'"),
        ("περ. 2023", "; for a date that is not known exactly, write 'date: 2023' and 'circa: true'"),
        ("γύρω στο 2023", "; for a date that is not known exactly, write 'date: 2023' and 'circa: true'"),
    ],
)
def test_a_date_as_a_greek_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Czech writes a date in numbers with a space after each dot, a time after 'v' ('at';
        # 've' before 'čtrnáct') or a comma, with 'hod.' after it, and 'dne' ('on the day')
        # or 'v roce' ('in the year') before it.
        ("24. 6. 2021", "2021-06-24"),
        ("24. 6. 2021, 19:15", "2021-06-24T19:15"),
        ("24. června 2021 v 19:15", "2021-06-24T19:15"),
        ("24. června 2021 v 19.15 hod.", "2021-06-24T19:15"),
        ("24. června 2021 ve 14 hodin", "2021-06-24T14:00"),
        ("dne 24. června 2021", "2021-06-24"),
        ("v roce 2021", "2021"),
        ("roku 2021", "2021"),
    ],
)
def test_a_date_and_time_as_a_czech_editor_writes_them_are_suggested(text: str, iso: str) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (
                written,
                f"; '{written}' {COUNTED_FROM}",
            )
            for written in ("včera", "Dnes", "předevčírem", "minulý týden", "minulý čtvrtek", "v pondělí")
        ),
        ("kolem roku 2010", "; for a date that is not known exactly, write 'date: 2010' and 'circa: true'"),
        (
            "cca 24. 6. 2021",
            "; for a date that is not known exactly, write 'date: 2021-06-24' and 'circa: true'",
        ),
        ("zhruba 2021", "; for a date that is not known exactly, write 'date: 2021' and 'circa: true'"),
        *(
            (
                words,
                _as_far_as_known(words, iso),
            )
            for words, iso in (
                ("koncem června 2021", "2021-06"),
                ("začátkem roku 2022", "2022"),
                ("na podzim 2021", "2021"),
            )
        ),
    ],
)
def test_a_date_as_a_czech_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Slovak writes 'v roku' ('in the year') before a year, and names a day of the week
        # after 'v' ('on') in the accusative, which differs from CLDR's 'streda' ('stredu').
        ("v roku 2024", "2024"),
        ("v stredu 15. mája 2024", "2024-05-15"),
        ("v sobotu 18. mája 2024", "2024-05-18"),
        ("15. mája 2024 o 14:30", "2024-05-15T14:30"),
    ],
)
def test_a_date_as_a_slovak_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in ("predvčerom", "minulý týždeň", "vlani", "v stredu", "minulú stredu", "v nedeľu")
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("začiatkom mája 2024", "2024-05"),
                ("v polovici roku 2024", "2024"),
                ("koncom mája 2024", "2024-05"),
                ("na jeseň 2025", "2025"),
            )
        ),
    ],
)
def test_a_date_as_a_slovak_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Catalan elides 'de' before a month said with a vowel first, as CLDR writes it.
        ("21 d'abril de 2020", "2020-04-21"),
        ("21 d’abril del 2020", "2020-04-21"),
        ("11 d'octubre de 2020", "2020-10-11"),
        ("dimarts 21 d'abril de 2020", "2020-04-21"),
        # Catalan news writes a time after 'a les' ('at'), with 'h' after it or not.
        ("21 de gener de 2020 a les 9.15 h", "2020-01-21T09:15"),
        ("21 de gener de 2020, a les 16:00", "2020-01-21T16:00"),
        ("a les 19:00 del 21 de gener de 2020", "2020-01-21T19:00"),
    ],
)
def test_a_date_and_time_as_a_catalan_editor_writes_them_are_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...": the months abril, agost and
    # octubre were not read after "d'", nor a time after "a les".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    "written",
    [
        "ahir",
        "Abans-d'ahir",
        "abans d’ahir",
        "avui",
        "la setmana passada",
        "dilluns passat",
        "el dilluns passat",
    ],
)
def test_a_day_counted_from_a_catalan_article_is_told_to_write_the_day(written: str) -> None:
    assert hint(written, span=True) == (
        f"; '{written}' counts from the day it was written, and readers read it on other days: "
        "write the day itself (YYYY-MM-DD), counted from the date of the article it came from"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "entre el 20 i el 23 de gener de 2020",
            "; for a span, write 'date: 2020-01-20' and the end as 'end: 2020-01-23', with 'date_phrase: between'",
        ),
        (
            "cap de setmana del 18 al 19 de gener de 2020",
            "; for a span, write 'date: 2020-01-18' and the end as 'end: 2020-01-19', with 'date_phrase: weekend'",
        ),
        ("cap al 2020", "; for a date that is not known exactly, write 'date: 2020' and 'circa: true'"),
        (
            "cap a gener de 2020",
            "; for a date that is not known exactly, write 'date: 2020-01' and 'circa: true'",
        ),
        (
            "al voltant del 2020",
            "; for a date that is not known exactly, write 'date: 2020' and 'circa: true'",
        ),
        (
            "21 de gener de 2020 cap a les 19:00",
            "; for a time that is not known exactly, write 'date: 2020-01-21T19:00' and 'circa: true'",
        ),
        *(
            (
                words,
                _as_far_as_known(words, iso),
            )
            for words, iso in (
                ("finals de gener de 2020", "2020-01"),
                ("principis de febrer de 2020", "2020-02"),
                ("mitjan gener de 2020", "2020-01"),
                ("tardor del 2020", "2020"),
            )
        ),
    ],
)
def test_a_date_as_a_catalan_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Swedish news writes 'den' before a day, 'kl.' or 'klockan' before a time (with a dot
        # or a colon), and the day of the week in its definite form before 'den'.
        ("den 7 april 2017", "2017-04-07"),
        ("fredagen den 7 april 2017", "2017-04-07"),
        ("7 april 2017 kl. 14.53", "2017-04-07T14:53"),
        ("7 april 2017, kl 14:53", "2017-04-07T14:53"),
        ("den 7 april 2017 klockan 14.53", "2017-04-07T14:53"),
        ("2017-04-07 kl. 14.53", "2017-04-07T14:53"),
        ("kl. 14.53 den 7 april 2017", "2017-04-07T14:53"),
        ("fredagen den 8 april 2017", None),  # a Saturday
        # 'kl. 15' is 15:00: Swedish gives a whole hour without its minutes after 'kl.'.
        ("kl. 15 den 7 april 2017", "2017-04-07T15:00"),
        ("7 april 2017 klockan 15", "2017-04-07T15:00"),
        ("7 april 2017 kl 9", "2017-04-07T09:00"),
    ],
)
def test_a_date_and_time_as_a_swedish_editor_writes_them_are_suggested(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (
                written,
                f"; '{written}' {COUNTED_FROM}",
            )
            for written in ("igår", "i går", "I dag", "i förrgår", "i morse", "förra veckan", "i fredags")
        ),
        ("ca 2014", "; for a date that is not known exactly, write 'date: 2014' and 'circa: true'"),
        (
            "cirka april 2017",
            "; for a date that is not known exactly, write 'date: 2017-04' and 'circa: true'",
        ),
        ("omkring 2014", "; for a date that is not known exactly, write 'date: 2014' and 'circa: true'"),
        (
            "7 april 2017 omkring kl. 15",
            "; for a time that is not known exactly, write 'date: 2017-04-07T15:00' and 'circa: true'",
        ),
        *(
            (
                words,
                _as_far_as_known(words, iso),
            )
            for words, iso in (
                ("i början av april 2017", "2017-04"),
                ("i mitten av april 2017", "2017-04"),
                ("slutet av 2016", "2016"),
                ("våren 2017", "2017"),
                ("hösten 2016", "2016"),
            )
        ),
    ],
)
def test_a_date_as_a_swedish_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Finnish news writes 'klo' or 'kello' before a time (with a dot), after or before its
        # date, a whole hour without its minutes, and a month in the case a sentence gives it
        # ('elokuussa', 'in August'; 'vuonna', 'in the year').
        ("18.8.2017 klo 16.02", "2017-08-18T16:02"),
        ("18. elokuuta 2017 kello 16.02", "2017-08-18T16:02"),
        ("perjantaina 18. elokuuta 2017 klo 16.02", "2017-08-18T16:02"),
        ("klo 16.02 18.8.2017", "2017-08-18T16:02"),
        ("18.8.2017 klo 16", "2017-08-18T16:00"),
        ("elokuussa 2017", "2017-08"),
        ("vuonna 2017", "2017"),
        ("lauantaina 18. elokuuta 2017", None),  # a Friday
    ],
)
def test_a_date_and_time_as_a_finnish_editor_writes_them_are_suggested(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in ("eilen", "Tänään", "toissapäivänä", "viime viikolla", "viime perjantaina")
        ),
        ("noin 2017", "; for a date that is not known exactly, write 'date: 2017' and 'circa: true'"),
        ("noin vuonna 2017", "; for a date that is not known exactly, write 'date: 2017' and 'circa: true'"),
        (
            "n. 18.8.2017",
            "; for a date that is not known exactly, write 'date: 2017-08-18' and 'circa: true'",
        ),
        (
            "noin elokuussa 2017",
            "; for a date that is not known exactly, write 'date: 2017-08' and 'circa: true'",
        ),
        (
            "18.8.2017 noin klo 16",
            "; for a time that is not known exactly, write 'date: 2017-08-18T16:00' and 'circa: true'",
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("kesällä 2017", "2017"),
                ("alkuvuodesta 2018", "2018"),
                ("elokuun lopussa 2017", "2017-08"),
                ("elokuun alussa 2017", "2017-08"),
                ("vuoden 2017 lopussa", "2017"),
            )
        ),
    ],
)
def test_a_date_as_a_finnish_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Norwegian news writes 'klokka' or 'klokken' before a time as well as 'kl.', and a
        # whole hour without its minutes after them.
        ("30. desember 2020 klokka 03.55", "2020-12-30T03:55"),
        ("30. desember 2020 klokken 03.55", "2020-12-30T03:55"),
        ("klokka 03.55 30. desember 2020", "2020-12-30T03:55"),
        ("30. desember 2020 klokka 4", "2020-12-30T04:00"),
    ],
)
def test_a_date_and_time_as_a_norwegian_editor_writes_them_are_suggested(text: str, iso: str) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # 'tor.' is Norwegian's Thursday (torsdag) and Slovenian's Tuesday (torek): each
        # language's date is read as the day it falls on.
        ("tor. 15. februar 2024", "2024-02-15"),
        ("tor., 13. februar 2024", "2024-02-13"),
        ("tor. 14. februar 2024", None),  # a Wednesday: neither's
        # 'tor.' fits 4 December 2021 in neither reading, nor 12 April: no day is guessed.
        ("tor. 4/12/2021", None),
        # 'So.' is German's Sunday and Czech's Saturday (sobota).
        ("So. 14. April 2024", "2024-04-14"),
        ("so 13. dubna 2024", "2024-04-13"),
    ],
)
def test_a_day_s_name_two_languages_give_different_days_is_read_as_the_date_s(
    text: str, iso: str | None
) -> None:
    assert suggest(text) == iso


def _span(start: str, end: str, phrase: str = "") -> str:
    with_phrase = f", with 'date_phrase: {phrase}'" if phrase else ""
    return f"; for a span, write 'date: {start}' and the end as 'end: {end}'{with_phrase}"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "i morgen",
                "i forgårs",
                "i går kveld",
                "i kveld",
                "i morges",
                "forrige uke",
                "i forrige uke",
                "denne uka",
                "neste uke",
                "forrige måned",
                "i fjor",
                "i helgen",
                "forrige onsdag",
                "sist onsdag",
                "på lørdag",
            )
        ),
        *(
            (words, "; for a date that is not known exactly, write 'date: 2021' and 'circa: true'")
            for words in ("rundt 2021", "omtrent 2021", "om lag 2021")
        ),
        (
            "30. desember 2020 rundt klokka 4",
            "; for a time that is not known exactly, write 'date: 2020-12-30T04:00' and 'circa: true'",
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("i begynnelsen av januar 2021", "2021-01"),
                ("tidlig i januar 2021", "2021-01"),
                ("midt i januar 2021", "2021-01"),
                ("i slutten av januar 2021", "2021-01"),
                ("sent i januar 2021", "2021-01"),
                ("ved utgangen av 2021", "2021"),
                ("sommeren 2021", "2021"),
                ("høsten 2021", "2021"),
                ("i løpet av vinteren 2021", "2021"),
            )
        ),
        ("fra 1. til 4. januar 2021", _span("2021-01-01", "2021-01-04")),
        ("fra og med 1. til og med 4. januar 2021", _span("2021-01-01", "2021-01-04")),
        ("fra 30. desember 2020 til 4. januar 2021", _span("2020-12-30", "2021-01-04")),
        ("mellom 1. og 4. januar 2021", _span("2021-01-01", "2021-01-04", "between")),
        # With its en dash it was told the dash was a look-alike of a hyphen ('type it again').
        ("helgen 2.–3. januar 2021", _span("2021-01-02", "2021-01-03", "weekend")),
        ("i helgen 2.-3. januar 2021", _span("2021-01-02", "2021-01-03", "weekend")),
        (
            "30. desember 2020 kl. 03.55 norsk tid",
            "; write the offset after the time ('2020-12-30T03:55+01:00' in Europe/Oslo), or the time "
            "alone ('2020-12-30T03:55') where site.yaml gives the site's clock, 'time_zone: Europe/Oslo'",
        ),
    ],
)
def test_a_date_as_a_norwegian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Danish writes a day of the week before 'den' (or 'd.') and the day, as Swedish does,
        # with its 'ø' ('søndag', 'lørdag'), which folding keeps.
        ("søndag den 3. juli 2022", "2022-07-03"),
        ("lørdag den 2. juli 2022", "2022-07-02"),
        ("mandag d. 4. juli 2022", "2022-07-04"),
        ("tirsdag den 5. juli 2022 kl. 10.30", "2022-07-05T10:30"),
        ("d. 3. juli 2022", "2022-07-03"),
    ],
)
def test_a_date_as_a_danish_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got no suggestion: 'søndag' and 'tirsdag' were not read before 'den', nor 'd.'.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "i aftes",
                "i går aftes",
                "i nat",
                "i eftermiddag",
                "sidste uge",
                "i sidste uge",
                "i denne uge",
                "næste uge",
                "sidste måned",
                "sidste år",
                "i weekenden",
                "sidste weekend",
                "sidste søndag",
                "næste fredag",
            )
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("i begyndelsen af juli 2022", "2022-07"),
                ("starten af juli 2022", "2022-07"),
                ("midten af juli 2022", "2022-07"),
                ("i slutningen af juni 2023", "2023-06"),
                ("først i juli 2022", "2022-07"),
                ("sidst i juni 2023", "2023-06"),
                ("ultimo juni 2023", "2023-06"),
                ("foråret 2023", "2023"),
                ("efteråret 2022", "2022"),
                ("i løbet af sommeren 2023", "2023"),
            )
        ),
        ("mellem 1. og 4. juli 2022", _span("2022-07-01", "2022-07-04", "between")),
        ("weekenden 2.-3. juli 2022", _span("2022-07-02", "2022-07-03", "weekend")),
        ("i weekenden 2.–3. juli 2022", _span("2022-07-02", "2022-07-03", "weekend")),
        (
            "3. juli 2022 kl. 17.37 dansk tid",
            "; write the offset after the time ('2022-07-03T17:37+02:00' in Europe/Copenhagen), or the time "
            "alone ('2022-07-03T17:37') where site.yaml gives the site's clock, 'time_zone: Europe/Copenhagen'",
        ),
    ],
)
def test_a_date_as_a_danish_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Hungarian writes a date year first, each number with a dot after it, the month in
        # words or numbers, a day in a sentence with its case ending ('-én', 'on'), the day of
        # the week after it, a time with '-kor' ('at') or in words ('óra', 'perc').
        ("2010. október 4.", "2010-10-04"),
        ("2010. okt. 4.", "2010-10-04"),
        ("2010. október 4-én", "2010-10-04"),
        ("2010. március 1-jén", "2010-03-01"),
        ("2010. október 4., hétfő", "2010-10-04"),
        ("2010. október 5., hétfő", None),  # a Tuesday: which of the two is meant?
        ("2010. október 4. 12:25", "2010-10-04T12:25"),
        ("2010. október 4-én 12.25-kor", "2010-10-04T12:25"),
        ("2010. október 4. 12 óra 25 perckor", "2010-10-04T12:25"),
        ("2010. október 4-én 14 órakor", "2010-10-04T14:00"),
        ("2010. október", "2010-10"),
        ("2010 októberében", "2010-10"),
        ("2010. márciusban", "2010-03"),
        ("2010-ben", "2010"),
        ("2010.", "2010"),
        # Other languages' dates are read as before.
        ("24. června 2021 v 19:15", "2021-06-24T19:15"),
        ("v roce 2021", "2021"),
    ],
)
def test_a_date_and_time_as_a_hungarian_editor_writes_them_are_suggested(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in ("tegnap", "tegnapelőtt", "tegnap este", "múlt héten", "hétfőn", "múlt pénteken")
        ),
        ("2012 körül", "; for a date that is not known exactly, write 'date: 2012' and 'circa: true'"),
        ("kb. 2012", "; for a date that is not known exactly, write 'date: 2012' and 'circa: true'"),
        ("mintegy 2012", "; for a date that is not known exactly, write 'date: 2012' and 'circa: true'"),
        (
            "2010. október 4. 12:25 körül",
            "; for a time that is not known exactly, write 'date: 2010-10-04T12:25' and 'circa: true'",
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("2010 őszén", "2010"),
                ("2010. október elején", "2010-10"),
                ("2011 végén", "2011"),
            )
        ),
        ("2010. október 4–7.", "; for a span, write 'date: 2010-10-04' and the end as 'end: 2010-10-07'"),
        (
            "2010. október 4-től 7-ig",
            "; for a span, write 'date: 2010-10-04' and the end as 'end: 2010-10-07'",
        ),
        (
            "2010. október 30. – november 2.",
            "; for a span, write 'date: 2010-10-30' and the end as 'end: 2010-11-02'",
        ),
        (
            "2010. október 4. és 7. között",
            "; for a span, write 'date: 2010-10-04' and the end as 'end: 2010-10-07', with 'date_phrase: between'",
        ),
        ("október 4-én", "; a date needs its year: write it as YYYY-10-04"),
        (
            "2010. október 4. 12:25 magyar idő szerint",
            "; write the offset after the time ('2010-10-04T12:25+02:00' in Europe/Budapest), "
            "or the time alone ('2010-10-04T12:25') where site.yaml gives the site's clock, "
            "'time_zone: Europe/Budapest'",
        ),
    ],
)
def test_a_date_as_a_hungarian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write
    # ('2010. október 4–7.' was told to type its dash again as a hyphen, which reads no better).
    assert hint(text, span=True) == said


def _in_taiwans_calendar(iso: str, written: str, year: int) -> str:
    """The hint for a date written with a year of Taiwan's calendar (民國)."""
    return f"; did you mean '{iso}'? ('{written}' is {year} in Taiwan's calendar, 民國)"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The day of the week as Taiwan's news writes it: one character in brackets, or no
        # brackets after the day, checked against the date (3 April 2021 was a Saturday).
        ("2021年4月3日（六）", "; did you mean '2021-04-03'?"),
        ("2021年4月3日星期六", "; did you mean '2021-04-03'?"),
        ("2021年4月3日 週六 上午9時28分", "; did you mean '2021-04-03T09:28'?"),
        ("2021年4月3日（五）", ""),
        # Taiwan's calendar, as its government, courts and many newsrooms write a year.
        ("民國110年4月3日", _in_taiwans_calendar("2021-04-03", "民國110年", 2021)),
        ("中華民國110年", _in_taiwans_calendar("2021", "中華民國110年", 2021)),
        ("民國88年9月21日", _in_taiwans_calendar("1999-09-21", "民國88年", 1999)),
        ("110年4月3日", _in_taiwans_calendar("2021-04-03", "110年", 2021)),
        ("110/4/3", _in_taiwans_calendar("2021-04-03", "110", 2021)),
        ("110.04.03", _in_taiwans_calendar("2021-04-03", "110", 2021)),
        ("12年3月", ""),  # March 2012 in a hurry, or 1923: not said
        # Days counted from when an article was written, in Traditional Chinese.
        *(
            (words, f"; '{words}' {COUNTED_FROM}")
            for words in ("前天", "上週五", "上星期五", "這個月", "去年")
        ),
    ],
)
def test_a_date_as_a_taiwanese_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Romanian news writes 'ora' ('the hour') or 'la ora' ('at the hour') before a time,
        # 'orele' too, a whole hour without its minutes; 'pe' ('on') before a day, 'în' ('in')
        # before a month or a year, '(în) anul' before a year.
        ("30 octombrie 2015, ora 22:32", "2015-10-30T22:32"),
        ("30.10.2015 ora 22.32", "2015-10-30T22:32"),
        ("30.10.2015, ora 22", "2015-10-30T22:00"),
        ("30 octombrie 2015, orele 22:32", "2015-10-30T22:32"),
        # 'la' is Saturday in Finnish: read as a day of the week after the year, it was no Friday.
        ("30 octombrie 2015, la ora 22:32", "2015-10-30T22:32"),
        ("ora 22:32, 30 octombrie 2015", "2015-10-30T22:32"),
        ("vineri, 30 octombrie 2015, ora 22:32", "2015-10-30T22:32"),
        ("pe 30 octombrie 2015", "2015-10-30"),
        ("în octombrie 2015", "2015-10"),
        ("în 2015", "2015"),
        ("în anul 2015", "2015"),
        ("anul 2015", "2015"),
        ("sâmbătă, 30 octombrie 2015", None),  # a Friday
    ],
)
def test_a_date_and_time_as_a_romanian_editor_writes_them_are_suggested(text: str, iso: str | None) -> None:
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "azi",
                "astăzi",
                "alaltăieri",
                "aseară",
                "mâine",
                "săptămâna trecută",
                "luna trecută",
                "anul trecut",
                "vinerea trecută",
                "sâmbăta trecută",
                "joia aceasta",
            )
        ),
        *(
            (words, "; for a date that is not known exactly, write 'date: 2015' and 'circa: true'")
            for words in ("aproximativ 2015", "în jurul anului 2015", "pe la 2015")
        ),
        (
            "în jurul datei de 3 noiembrie 2015",
            "; for a date that is not known exactly, write 'date: 2015-11-03' and 'circa: true'",
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("la începutul lui martie 2016", "2016-03"),
                ("mijlocul lunii martie 2016", "2016-03"),
                ("la sfârșitul anului 2015", "2015"),
                ("sfârşitul lui 2015", "2015"),  # with a cedilla, as older keyboards type it
                ("în toamna lui 2015", "2015"),
                ("vara 2016", "2016"),
            )
        ),
        ("între 31 octombrie și 2 noiembrie 2015", _span("2015-10-31", "2015-11-02", "between")),
        ("din 31 octombrie până pe 2 noiembrie 2015", _span("2015-10-31", "2015-11-02")),
        ("din 2015 până în 2016", _span("2015", "2016")),
        # With its en dash it was told the dash was a look-alike of a hyphen ('type it again').
        ("weekendul 31 octombrie – 1 noiembrie 2015", _span("2015-10-31", "2015-11-01", "weekend")),
        ("în weekendul 31 octombrie - 1 noiembrie 2015", _span("2015-10-31", "2015-11-01", "weekend")),
        (
            "30 octombrie 2015, ora 22:32 (ora României)",
            "; write the offset after the time ('2015-10-30T22:32+02:00' in Europe/Bucharest), or the time "
            "alone ('2015-10-30T22:32') where site.yaml gives the site's clock, 'time_zone: Europe/Bucharest'",
        ),
        (
            "30 octombrie 2015, ora 22:32, ora locală",
            "; did you mean '2015-10-30T22:32'? (a time without a UTC offset is read as the place's local time)",
        ),
    ],
)
def test_a_date_as_a_romanian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


def _in_the_buddhist_era(said: str, written: str, year: int) -> str:
    """The hint for a date written with a year of the Buddhist Era (พ.ศ.), as Thai counts them."""
    return f"{said} ('{written}' is {year}: a year of the Buddhist Era, พ.ศ., is 543 ahead)"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A month's name as CLDR writes it, whole or abbreviated, read with its vowel marks
        # (folding drops some and keeps others, and 'มิถุนายน' matched no word).
        ("23 มิถุนายน 2018", "; did you mean '2018-06-23'?"),
        ("10 ก.ค. 2018", "; did you mean '2018-07-10'?"),
        # A year of the Buddhist Era, as Thai newsrooms write one, in four digits or two.
        ("10 กรกฎาคม 2561", _in_the_buddhist_era("; did you mean '2018-07-10'?", "2561", 2018)),
        ("10 ก.ค. 61", _in_the_buddhist_era("; did you mean '2018-07-10'?", "61", 2018)),
        ("๑๐ ก.ค. ๒๕๖๑", _in_the_buddhist_era("; did you mean '2018-07-10'?", "2561", 2018)),
        ("พ.ศ. 2561", _in_the_buddhist_era("; did you mean '2018'?", "พ.ศ. 2561", 2018)),
        ("ค.ศ. 2018", "; did you mean '2018'?"),
        ("2561-07-10", _in_the_buddhist_era("; did you mean '2018-07-10'?", "2561", 2018)),
        (
            "10/7/2561",
            _in_the_buddhist_era(
                "; it could be '2018-07-10' (day first) or '2018-10-07' (month first): write the one it is",
                "2561",
                2018,
            ),
        ),
        # 'วันที่' (the day), 'เมื่อ' (on), the day of the week (10 July 2018 was a Tuesday),
        # a time with 'เวลา' (at) and 'น.' (o'clock).
        ("เมื่อวันที่ 2 ก.ค. 2018", "; did you mean '2018-07-02'?"),
        ("วันอังคารที่ 10 กรกฎาคม 2018", "; did you mean '2018-07-10'?"),
        ("วันจันทร์ที่ 10 กรกฎาคม 2018", ""),
        ("10 กรกฎาคม 2018 เวลา 17.40 น.", "; did you mean '2018-07-10T17:40'?"),
        ("17.40 น.", "; a time needs its day: write it as YYYY-MM-DDT17:40"),
        ("10 กรกฎาคม", "; a date needs its year: write it as YYYY-07-10"),
        # About, a part of a month, spans.
        (
            "ประมาณ 22.00 น. 2 กรกฎาคม 2018",
            "; for a time that is not known exactly, write 'date: 2018-07-02T22:00' and 'circa: true'",
        ),
        (
            "ต้นเดือนกรกฎาคม 2018",
            "; write the date as far as it is known, 'date: 2018-07', and the words readers should "
            "read in 'display_date: ต้นเดือนกรกฎาคม 2018'",
        ),
        ("8-10 ก.ค. 2018", "; for a span, write 'date: 2018-07-08' and the end as 'end: 2018-07-10'"),
        (
            "ระหว่างวันที่ 8 ถึง 10 กรกฎาคม 2018",
            "; for a span, write 'date: 2018-07-08' and the end as 'end: 2018-07-10', with 'date_phrase: between'",
        ),
        # Days counted from when an article was written.
        *(
            (words, f"; '{words}' {COUNTED_FROM}")
            for words in ("เมื่อวาน", "เมื่อวานนี้", "เมื่อวันอังคาร", "วันอังคารที่แล้ว", "สัปดาห์ที่แล้ว")
        ),
    ],
)
def test_a_date_as_a_thai_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY..." ('10 กรกฎาคม 2561' was told
    # '2561-07-10', a date 543 years ahead), but for a wrong day of the week and a day
    # without its year, whose month's name has no vowel mark ('10 กรกฎาคม').
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # 'ч.' or 'часа' (hours) after a time, as Bulgarian news writes one; 'в' (at) before
        # it and 'на' (on) before its day when the time comes first.
        ("10.12.2016 г., 5:37 ч.", "; did you mean '2016-12-10T05:37'?"),
        ("10 декември 2016 г. в 5:37 ч.", "; did you mean '2016-12-10T05:37'?"),
        ("10 декември 2016 г. в 5 часа", "; did you mean '2016-12-10T05:00'?"),
        ("в 5:37 ч. на 10 декември 2016 г.", "; did you mean '2016-12-10T05:37'?"),
        # Spans: 'от ... до' (from ... to), 'между ... и' (between), '(през) уикенда'.
        (
            "от 10 до 12 декември 2016 г.",
            "; for a span, write 'date: 2016-12-10' and the end as 'end: 2016-12-12'",
        ),
        (
            "между 10 и 12 декември 2016 г.",
            "; for a span, write 'date: 2016-12-10' and the end as 'end: 2016-12-12', with 'date_phrase: between'",
        ),
        (
            "през уикенда 10-11 декември 2016 г.",
            "; for a span, write 'date: 2016-12-10' and the end as 'end: 2016-12-11', with 'date_phrase: weekend'",
        ),
        # Days counted from when an article was written.
        *(
            (words, f"; '{words}' {COUNTED_FROM}")
            for words in ("онзи ден", "снощи", "днес", "миналата седмица", "миналия петък", "миналата събота")
        ),
    ],
)
def test_a_date_as_a_bulgarian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY..."; a date in words ('10 декември
    # 2016 г.') and in numbers ('10.12.2016 г.') were read already.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # 'hb' (haribulan, the day of the month) after a day, as Malaysian letters and news
        # pages write a date: it got no suggestion.
        ("8hb Mac 2014", "; did you mean '2014-03-08'?"),
        ("8 hb. Mac 2014", "; did you mean '2014-03-08'?"),
        ("5 haribulan Ogos 2015", "; did you mean '2015-08-05'?"),
        ("Sabtu, 8hb Mac 2014", "; did you mean '2014-03-08'?"),
        # Malaysia's clock, MYT (UTC+8), after a time: it got no suggestion.
        ("8 Mac 2014 00:41 MYT", "; write the offset after the time: '2014-03-08T00:41+08:00' (MYT)"),
        # A day counted from the article's: Malay 'the day before yesterday', 'last week',
        # 'last Friday' (Indonesian says 'lalu', Malay 'lepas').
        ("kelmarin", f"; 'kelmarin' {COUNTED_FROM}"),
        ("minggu lepas", f"; 'minggu lepas' {COUNTED_FROM}"),
        ("Jumaat lepas", f"; 'Jumaat lepas' {COUNTED_FROM}"),
        # 'hujung' and 'penghujung' (the end of) a month or a year, as Malay writes it
        # besides 'akhir'.
        ("hujung Ogos 2015", _as_far_as_known("hujung Ogos 2015", "2015-08")),
        ("penghujung tahun 2014", _as_far_as_known("penghujung tahun 2014", "2014")),
    ],
)
def test_hint_reads_a_date_as_a_malaysian_editor_writes_it(text: str, said: str) -> None:
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Croatian ends a year with a dot, as it ends a day ('29. prosinca 2020.'), in words and
        # in numbers, and says 'u' ('at') before a time, 'sati' or 'h' ('hours') after it.
        ("29. prosinca 2020.", "2020-12-29"),
        ("29.12.2020.", "2020-12-29"),
        ("29. 12. 2020.", "2020-12-29"),
        ("prosinac 2020.", "2020-12"),
        ("utorak, 29. prosinca 2020.", "2020-12-29"),
        ("29. prosinca 2020. u 12:19", "2020-12-29T12:19"),
        ("29. prosinca 2020. u 12.19 sati", "2020-12-29T12:19"),
        ("29.12.2020. u 12:19 h", "2020-12-29T12:19"),
        ("29. prosinca 2020., 12:19", "2020-12-29T12:19"),
        # Croatian 'listopad' is October, Polish and Czech November; Croatian 'lip' June, Polish
        # July: read as Croatian where the dots after the day and year say so.
        ("8. listopada 2021.", "2021-10-08"),
        ("8. listopada 2021", "2021-10-08"),
        ("listopad 2021.", "2021-10"),
        ("8. lip 2021.", "2021-06-08"),
        ("29. srp 2021.", "2021-07-29"),
        ("8 listopada 2021", "2021-11-08"),  # Polish
        ("8. listopadu 2021", "2021-11-08"),  # Czech
        ("listopad 2021", "2021-11"),
        # Korean and Hungarian dates with a dot after the year first are read as before.
        ("2010. 8. 5.", "2010-08-05"),
        ("2010. április 19.", "2010-04-19"),
    ],
)
def test_a_date_as_a_croatian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...": the dot after the year hid the
    # date; and shipping Croatian's month names left 'listopad', 'lis', 'srp' and 'lip' out
    # for Polish and Czech too, two languages giving them different months.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    "written",
    [
        "jučer",
        "prekjučer",
        "sinoć",
        "jutros",
        "prošli tjedan",
        "prošlog tjedna",
        "prošli mjesec",
        "prošle godine",
        "lani",
        "prošli utorak",
        "u petak",
        "u srijedu",
        "u nedjelju",
    ],
)
def test_a_day_a_croatian_editor_counts_from_the_article_is_told_how_to_write_it(written: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(written, span=True) == f"; '{written}' {COUNTED_FROM}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Estonian puts a month in the case its sentence asks: the adessive after a day
        # ('28. septembril', 'on 28 September'), the inessive alone ('septembris', 'in
        # September'); 'kell' ('o'clock') comes before a time, the year's word after it.
        ("28. septembril 1994", "1994-09-28"),
        ("28. septembril 1994 kell 1.22", "1994-09-28T01:22"),
        ("27.09.1994 kell 19.15", "1994-09-27T19:15"),
        ("septembris 1994", "1994-09"),
        ("3. märtsil 2021", "2021-03-03"),
        ("28. veebruaril 2021", "2021-02-28"),
        ("juunis 2021", "2021-06"),
        ("28. mail 2020", "2020-05-28"),
        ("mais 2020", "2020-05"),
        ("kolmapäeval, 28. septembril 1994", "1994-09-28"),
        ("1994. aastal", "1994"),
        ("1994. a.", "1994"),
        # Read as before: CLDR's own names, and other languages' words.
        ("28. september 1994", "1994-09-28"),
        ("augusti 2021", "2021-08"),
        ("8 listopada 2021", "2021-11-08"),
    ],
)
def test_a_date_as_an_estonian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each but the last three got only "expected a date in the form YYYY...".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Serbian writes a month after its day in the genitive, which CLDR's Serbian lacks
        # ('новембар'), in either script; 'у' ('at', in Cyrillic) before a time and 'часова'
        # ('hours') after it; 'године' ('of the year') after a year.
        ("1. новембра 2024.", "2024-11-01"),
        ("1. novembra 2024.", "2024-11-01"),
        ("петак, 1. новембра 2024.", "2024-11-01"),
        ("новембра 2024.", "2024-11"),
        ("1. новембра 2024. у 11:52", "2024-11-01T11:52"),
        ("1. новембра 2024. у 11.52 часова", "2024-11-01T11:52"),
        ("1. novembra 2024. u 11.52 časova", "2024-11-01T11:52"),
        ("1.11.2024. у 11.52", "2024-11-01T11:52"),
        ("2024. године", "2024"),
        ("2024. godine", "2024"),
    ],
)
def test_a_date_as_a_serbian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("umbes 1994", "'date: 1994' and 'circa: true'"),
        ("ligikaudu 28. septembril 1994", "'date: 1994-09-28' and 'circa: true'"),
        ("28. september 1994 umbes kell 1.50", "'date: 1994-09-28T01:50' and 'circa: true'"),
    ],
)
def test_an_approximate_date_as_an_estonian_editor_writes_it_is_told_how_to_write_it(
    text: str, said: str
) -> None:
    # 'umbes' was read as German 'um' and the rest, 'bes 1994', as no date: no hint.
    assert said in hint(text, span=True)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "јуче", "juče", "прекјуче", "синоћ", "вечерас", "прошле недеље", "prošle nedelje",
                "прошлог месеца", "прошле године", "лане", "прошли уторак", "у петак", "у среду",
                "u sredu", "у недељу",
            )
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("почетком новембра 2024.", "2024-11"),
                ("средином марта 2025.", "2025-03"),
                ("krajem 2024.", "2024"),
            )
        ),
    ],
)  # fmt: skip
def test_a_date_as_a_serbian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Lithuanian writes a date year first, 'm.' (metai, year) after the year and 'd.'
        # (diena, day) after the day, the month in the genitive; a month alone in the
        # nominative or with 'mėn.' (mėnuo, month) after its genitive; 'val.' (hours) after
        # a time.
        ("2024 m. lapkričio 25 d.", "2024-11-25"),
        ("2024 m. lapkričio 25", "2024-11-25"),
        ("2024 m. lapkričio 25 d. 5.28 val.", "2024-11-25T05:28"),
        ("2024 m. lapkričio 25 d., 05:28", "2024-11-25T05:28"),
        ("2024 m. lapkričio 25 d. 05:28 val.", "2024-11-25T05:28"),
        ("2024 m. lapkritis", "2024-11"),
        ("2024 m. lapkričio mėn.", "2024-11"),
        ("2024 m.", "2024"),
        ("2024.11.25", "2024-11-25"),
        # Hungarian dates, year first too, are read as before.
        ("2010. április 19.", "2010-04-19"),
        ("2010. október", "2010-10"),
    ],
)
def test_a_date_as_a_lithuanian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each but the last three got only "expected a date in the form YYYY...": the year's
    # 'm.' and the day's 'd.' hid the date.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Armenian writes a date year first, as CLDR's hy does, 'թ.' (թվական, year) after
        # the year and the month in the genitive; a sentence joins a case ending to the day
        # ('7-ին', on the 7th) and says 'ժամը' (at the hour) before a time.
        ("1988 թ. դեկտեմբերի 7", "1988-12-07"),
        ("1988 թ. դեկտեմբերի 7-ին", "1988-12-07"),
        ("1988թ. դեկտեմբերի 7", "1988-12-07"),
        ("1988 թվականի դեկտեմբերի 7", "1988-12-07"),
        ("1988 թ. դեկտեմբերի 7, ժամը 11:41", "1988-12-07T11:41"),
        ("1988 թ. դեկտեմբերի 7, 11:41", "1988-12-07T11:41"),
        ("7 դեկտեմբերի 1988 թ.", "1988-12-07"),
        ("1988 թ. դեկտեմբեր", "1988-12"),
        ("1988 թ. դեկտեմբերին", "1988-12"),  # in December
        ("1989 թ.", "1989"),
        ("1989 թվականին", "1989"),
        ("չորեքշաբթի, 1988 թ. դեկտեմբերի 7", "1988-12-07"),
    ],
)
def test_a_date_as_an_armenian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...": the year first and its 'թ.' hid
    # the date, though it is CLDR's own long date for hy.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    "written", ["երեկ", "այսօր", "երեկ երեկոյան", "նախօրեին", "անցյալ շաբաթ", "անցյալ տարի", "հերու"]
)
def test_a_day_an_armenian_editor_counts_from_the_article_is_told_how_to_write_it(written: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(written, span=True) == f"; '{written}' {COUNTED_FROM}"


def test_a_span_of_days_as_a_lithuanian_editor_writes_it_is_read() -> None:
    assert span_in_words("2024 m. lapkričio 25–27 d.") == ("2024-11-25", "2024-11-27", None)
    assert span_in_words("2024 m. lapkričio 30 d. – gruodžio 2 d.") == ("2024-11-30", "2024-12-02", None)


@pytest.mark.parametrize(
    "written",
    [
        "eile",
        "üleeile",
        "eile õhtul",
        "täna hommikul",
        "eelmisel nädalal",
        "möödunud aastal",
        "mullu",
        "reedel",
        "eelmisel kolmapäeval",
        "möödunud reedel",
    ],
)
def test_a_day_an_estonian_editor_counts_from_the_article_is_told_how_to_write_it(written: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(written, span=True) == f"; '{written}' {COUNTED_FROM}"


@pytest.mark.parametrize(
    "written",
    [
        "vakar",
        "užvakar",
        "šiandien",
        "vakar vakare",
        "šįryt",
        "praėjusią savaitę",
        "praėjusį mėnesį",
        "pernai",
        "praėjusiais metais",
        "antradienį",
        "praėjusį antradienį",
        "šį penktadienį",
    ],
)
def test_a_day_a_lithuanian_editor_counts_from_the_article_is_told_how_to_write_it(written: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(written, span=True) == f"; '{written}' {COUNTED_FROM}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2013. gada 21. novembrī", "2013-11-21"),
        ("2013. gada 21. novembris", "2013-11-21"),
        ("2013. g. 21. nov.", "2013-11-21"),
        ("2013. gada 1. martā", "2013-03-01"),
        ("2014. gada 22. janvārī", "2014-01-22"),
        ("2013. gada novembrī", "2013-11"),
        ("2013. gadā", "2013"),
        ("2013. g.", "2013"),
        ("2013. gada 21. novembrī plkst. 17.41", "2013-11-21T17:41"),
        ("2013. gada 21. novembrī, plkst. 17:41", "2013-11-21T17:41"),
        ("21.11.2013. plkst. 17:41", "2013-11-21T17:41"),
        # Hungarian and Korean dates with a dot after the year first are read as before.
        ("2010. április 19.", "2010-04-19"),
        ("2010. 8. 5.", "2010-08-05"),
        ("2010.", "2010"),
    ],
)
def test_a_date_as_a_latvian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...": Latvian writes the year first, an
    # ordinal with 'gada' ('of the year') after it, the month in a case ('novembrī', 'on
    # ... November'), and 'plkst.' before a time.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "vakar",
                "aizvakar",
                "šodien",
                "pērn",
                "pagājušajā nedēļā",
                "ceturtdien",
                "ceturtdienā",
                "pagājušajā ceturtdienā",
            )
        ),
        (
            "ap 2013. gada novembri",
            "; for a date that is not known exactly, write 'date: 2013-11' and 'circa: true'",
        ),
        (
            "aptuveni 2013. gadā",
            "; for a date that is not known exactly, write 'date: 2013' and 'circa: true'",
        ),
    ],
)
def test_a_date_as_a_latvian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Slovenian writes a month after its day in the genitive, which CLDR's sl lacks.
        ("4. avgusta 2023", "2023-08-04"),
        ("avgusta 2023", "2023-08"),
        ("15. marca 2024", "2024-03-15"),
        ("1. decembra 2023", "2023-12-01"),
        # 'ob' ('at') before a time, with a dot or a colon; a day of the week before the date,
        # after 'v' ('on') in the accusative ('v sredo', where CLDR has 'sreda').
        ("4. avgusta 2023 ob 14.30", "2023-08-04T14:30"),
        ("4. 8. 2023 ob 14.30", "2023-08-04T14:30"),
        ("4. avgusta 2023, ob 14:30", "2023-08-04T14:30"),
        ("ob 14.30 4. avgusta 2023", "2023-08-04T14:30"),
        ("v petek, 4. avgusta 2023", "2023-08-04"),
        ("v sredo 9. avgusta 2023", "2023-08-09"),
        # 'leta' and 'v letu' ('in the year') before a year.
        ("leta 2023", "2023"),
        ("v letu 2023", "2023"),
        # Polish genitives that are Slovenian's too are read as before.
        ("4 maja 2021", "2021-05-04"),
    ],
)
def test_a_date_as_a_slovenian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "včeraj",
                "danes",
                "sinoči",
                "prejšnji teden",
                "lani",
                "v soboto",
                "v petek",
                "prejšnjo sredo",
                "minuli petek",
            )
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("v začetku avgusta 2023", "2023-08"),
                ("sredi avgusta 2023", "2023-08"),
                ("konec leta 2023", "2023"),
                ("jeseni 2023", "2023"),
            )
        ),
        ("okoli leta 2023", "; for a date that is not known exactly, write 'date: 2023' and 'circa: true'"),
        (
            "okoli 4. avgusta 2023",
            "; for a date that is not known exactly, write 'date: 2023-08-04' and 'circa: true'",
        ),
    ],
)
def test_a_date_as_a_slovenian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # 'noong' ('on', of a day past) before a date, as a Filipino sentence writes one.
        ("noong Nobyembre 8, 2013", "; did you mean '2013-11-08'?"),
        ("noong Nobyembre 2013", "; did you mean '2013-11'?"),
        ("noong 2013", "; did you mean '2013'?"),
        # The day in words, 'ika-' (the ordinal) and 'ng' ('of') before the month.
        ("ika-8 ng Nobyembre, 2013", "; did you mean '2013-11-08'?"),
        # A time with 'alas-' before it and its part of the day after it, in words or
        # abbreviated ('n.u.', 'ng umaga').
        ("Nobyembre 8, 2013, alas-4:40 ng umaga", "; did you mean '2013-11-08T04:40'?"),
        ("Nobyembre 8, 2013 4:40 n.u.", "; did you mean '2013-11-08T04:40'?"),
        ("Nobyembre 8, 2013, alas-3 ng madaling-araw", "; did you mean '2013-11-08T03:00'?"),
        ("Nobyembre 8, 2013, alas-2 ng hapon", "; did you mean '2013-11-08T14:00'?"),
        ("Nobyembre 8, 2013, alas-12 ng tanghali", "; did you mean '2013-11-08T12:00'?"),
        ("Nobyembre 8, 2013, alas-9 ng gabi", "; did you mean '2013-11-08T21:00'?"),
        # The Philippines' clock: 'PHT', and 'PST' as Philippine news writes it, which is
        # US Pacific's too (it was read as US Pacific alone: 8 p.m. the day before).
        ("Nobyembre 8, 2013, 4:40 PHT", "; write the offset after the time: '2013-11-08T04:40+08:00' (PHT)"),
        (
            "Nobyembre 8, 2013, 4:40 PST",
            "; PST may be more than one time zone: write the offset after the time, "
            "'2013-11-08T04:40-08:00' (US Pacific) or '2013-11-08T04:40+08:00' (Philippines)",
        ),
        # A day counted from the article's: yesterday, last night, last week, last Friday.
        ("kahapon", f"; 'kahapon' {COUNTED_FROM}"),
        ("kagabi", f"; 'kagabi' {COUNTED_FROM}"),
        ("noong isang linggo", f"; 'noong isang linggo' {COUNTED_FROM}"),
        ("noong Biyernes", f"; 'noong Biyernes' {COUNTED_FROM}"),
        ("noong nakaraang Martes", f"; 'noong nakaraang Martes' {COUNTED_FROM}"),
        # Part of a month or a year, and 'bandang' ('around').
        ("unang bahagi ng Nobyembre 2013", _as_far_as_known("unang bahagi ng Nobyembre 2013", "2013-11")),
        ("katapusan ng Oktubre 2014", _as_far_as_known("katapusan ng Oktubre 2014", "2014-10")),
        ("huling bahagi ng taong 2014", _as_far_as_known("huling bahagi ng taong 2014", "2014")),
        (
            "bandang Oktubre 2014",
            "; for a date that is not known exactly, write 'date: 2014-10' and 'circa: true'",
        ),
    ],
)
def test_hint_reads_a_date_as_a_filipino_editor_writes_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY..." (the Filipino held-out check);
    # 'Nobyembre 8, 2013' and 'Nob. 8, 2013' were read already.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Icelandic writes a day of the week before its date in the accusative
        # ('miðvikudaginn', 'on Wednesday'), 'í' ('in') before a month and 'árið' ('the
        # year') before a year.
        ("miðvikudaginn 14. apríl 2010", "2010-04-14"),
        ("Miðvikudaginn 14. apríl 2010 kl. 01:00", "2010-04-14T01:00"),
        ("fimmtudaginn 15. apríl 2010", "2010-04-15"),
        ("í apríl 2010", "2010-04"),
        ("árið 2010", "2010"),
        ("á árinu 2010", "2010"),
        # Read as before: CLDR's own names.
        ("14. apríl 2010", "2010-04-14"),
        ("14. apríl 2010 kl. 9:00", "2010-04-14T09:00"),
        ("apríl 2010", "2010-04"),
    ],
)
def test_a_date_as_an_icelandic_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each but the last three got only "expected a date in the form YYYY...".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    "written",
    [
        "í gær",
        "í fyrradag",
        "í gærkvöldi",
        "í síðustu viku",
        "í fyrra",
        "um helgina",
        "föstudaginn",
        "á föstudaginn",
        "síðastliðinn föstudag",
        "sl. föstudag",
        "síðasta miðvikudag",
    ],
)
def test_a_day_an_icelandic_editor_counts_from_the_article_is_told_how_to_write_it(written: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(written, span=True) == f"; '{written}' {COUNTED_FROM}"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2015 წლის 13 ივნისს", "2015-06-13"),
        ("2015 წლის 13 ივნისი", "2015-06-13"),
        ("13 ივნისს, 2015", "2015-06-13"),
        ("2015 წლის 1 აგვისტოს", "2015-08-01"),
        ("2015 წლის ივნისში", "2015-06"),
        ("2015 წლის აგვისტოში", "2015-08"),
        ("2015 წელს", "2015"),
        ("2015 წ.", "2015"),
        ("2015 წლის 14 ივნისს, 03:00 საათზე", "2015-06-14T03:00"),
        ("2015 წლის 14 ივნისს 03:00 სთ", "2015-06-14T03:00"),
        # CLDR's forms were read before, and still are.
        ("13 ივნისი, 2015", "2015-06-13"),
        ("შაბათი, 13 ივნისი, 2015", "2015-06-13"),
    ],
)
def test_a_date_as_a_georgian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...": Georgian news writes the year
    # first with 'წლის' ('of the year'), the month in the dative ('ივნისს', 'on ... June') or
    # with 'ში' ('in'), and 'საათზე' ('at ... o'clock') after a time.
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in ("გუშინ", "გუშინწინ", "დღეს", "შარშან", "გასულ კვირას", "შაბათს", "გასულ შაბათს")
        ),
        (
            "დაახლოებით 2015 წლის ივლისი",
            "; for a date that is not known exactly, write 'date: 2015-07' and 'circa: true'",
        ),
        ("2015 წლის 13-14 ივნისს", "; for a span, write 'date: 2015-06-13' and the end as 'end: 2015-06-14'"),
        ("13 ივნისს", "; a date needs its year: write it as YYYY-06-13"),
    ],
)
def test_a_date_as_a_georgian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write.
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Macedonian writes 'година' ('year') after a year, 'во' ('at') before a time and
        # 'часот' ('the hour') after it, the hour alone or with its minutes after a dot.
        ("7 август 2016 година", "2016-08-07"),
        ("2016 година", "2016"),
        ("во 2016 година", "2016"),
        ("во август 2016 година", "2016-08"),
        ("во август 2016", "2016-08"),
        ("во 22:30 часот на 7 август 2016", "2016-08-07T22:30"),
        ("7 август 2016 во 22 часот", "2016-08-07T22:00"),
        ("7 август 2016, 22:30 часот", "2016-08-07T22:30"),
        ("7.8.2016 во 22.30 часот", "2016-08-07T22:30"),
    ],
)
def test_a_date_as_a_macedonian_editor_writes_it_is_suggested(text: str, iso: str) -> None:
    # Each got only "expected a date in the form YYYY...".
    assert suggest(text) == iso


@pytest.mark.parametrize(
    ("text", "said"),
    [
        *(
            (written, f"; '{written}' {COUNTED_FROM}")
            for written in (
                "синоќа", "утрово", "завчера", "минатата недела", "минатиот месец", "минатата година",
                "во сабота", "минатата сабота", "во петок",
            )
        ),
        *(
            (words, _as_far_as_known(words, iso))
            for words, iso in (
                ("почетокот на август 2016", "2016-08"),
                ("кон крајот на 2016", "2016"),
                ("есента 2016", "2016"),
            )
        ),
        ("околу 2016", "; for a date that is not known exactly, write 'date: 2016' and 'circa: true'"),
        ("од 6 до 7 август 2016", "; for a span, write 'date: 2016-08-06' and the end as 'end: 2016-08-07'"),
        (
            "меѓу 6 и 7 август 2016",
            "; for a span, write 'date: 2016-08-06' and the end as 'end: 2016-08-07', with 'date_phrase: between'",
        ),
    ],
)  # fmt: skip
def test_a_date_as_a_macedonian_editor_writes_it_is_told_how_to_write_it(text: str, said: str) -> None:
    # Each got only "expected a date in the form YYYY...", with no word of what to write
    # ('околу 2016' was read as Russian 'около' and 'у 2016').
    assert hint(text, span=True) == said


@pytest.mark.parametrize("tag", ["hi", "ta", "te", "fil"])
def test_hint_reads_a_time_as_the_pages_of_its_language_write_it(tag: str) -> None:
    # Hindi, Tamil, Telugu and Filipino pages write a time with its part of the day, as
    # their news does; an editor who copies one into 'date:' is told its form. Tamil's
    # 'நள்ளிரவு 1.30 மணி' and Telugu's 'అర్ధరాత్రి 1.30 గంటలకు' (past midnight) got nothing.
    # The hour after midnight, written with the early morning's word of its own day ('तड़के
    # 12:30 बजे', '12:30 ng madaling-araw'), is read too; the night's word left it unread
    # ('रात 12:30 बजे': which day's night, the words do not say).
    dates = for_tag(tag)
    for hour in range(24):
        for minute in (0, 30):
            iso = f"2025-12-06T{hour:02d}:{minute:02d}"
            shown = dates.span(parse_date(iso), None).replace("\u00a0", " ")
            said = hint(shown)
            assert said == f"; did you mean '{iso}'?", (shown, said)


@pytest.mark.parametrize("tag", [name.replace("_", "-") for name in available()])
def test_hint_reads_an_approximate_time_as_the_pages_of_its_language_write_it(tag: str) -> None:
    # A time known roughly is written with the word for 'about' on the time ('4 August 2020,
    # c. 18:08', 'hacia la 1:30', '18:08ごろ', '6.08 గంటల ప్రాంతంలో'); an editor who copies
    # one into 'date:' is told its form and 'circa', with its UTC offset when it has one.
    dates = for_tag(tag)
    for iso in ("2020-08-04T18:08", "2020-08-04T01:30", "2020-08-04T13:00", "2020-08-04T00:30+02:00"):
        shown = dates.span(parse_date(iso), None, circa=True)
        typed = shown.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200f", "")
        said = hint(typed, span=True)  # Thai's adds what its year is ('2563' is 2020)
        assert said.startswith(
            f"; for a time that is not known exactly, write 'date: {iso}' and 'circa: true'"
        ), (
            shown,
            said,
        )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A night over New Year written without its year got no hint, where a night in
        # August got one: its first day was read in its last day's year, after it.
        (
            "the night of 31 December to 1 January",
            _the_yearless_night("12-31", "01-01", "the night of 31 December to 1 January").replace(
                "'end: YYYY-01-01'", "'end: YYYY-01-01' (its YYYY the year after the date's)"
            ),
        ),
        (
            "la noche del 31 de diciembre al 1 de enero",
            _the_yearless_night("12-31", "01-01", "la noche del 31 de diciembre al 1 de enero").replace(
                "'end: YYYY-01-01'", "'end: YYYY-01-01' (its YYYY the year after the date's)"
            ),
        ),
        (
            "in der Nacht vom 31. Dezember auf den 1. Januar",
            _the_yearless_night("12-31", "01-01", "in der Nacht vom 31. Dezember auf den 1. Januar").replace(
                "'end: YYYY-01-01'", "'end: YYYY-01-01' (its YYYY the year after the date's)"
            ),
        ),
        # With the end's year, the start is in the year before.
        (
            "the night of 31 December to 1 January 2024",
            _the_night("2023-12-31", "2024-01-01", "the night of 31 December to 1 January 2024"),
        ),
        (
            "30 December - 2 January 2024",
            "; for a span, write 'date: 2023-12-30' and the end as 'end: 2024-01-02'",
        ),
        # Days with their times and without their years got no hint at all.
        (
            "8 August 23:00 to 9 August 02:00",
            "; a date needs its year: for a span, write 'date: YYYY-08-08T23:00' and the end as "
            "'end: YYYY-08-09T02:00'",
        ),
        (
            "31 December 23:00 to 1 January 02:00",
            "; a date needs its year: for a span, write 'date: YYYY-12-31T23:00' and the end as "
            "'end: YYYY-01-01T02:00' (its YYYY the year after the date's)",
        ),
        (
            "Dec 31 11pm to Jan 1 2am",
            "; a date needs its year: for a span, write 'date: YYYY-12-31T23:00' and the end as "
            "'end: YYYY-01-01T02:00' (its YYYY the year after the date's)",
        ),
        # Not every span of two days is one: a later day first is still none.
        ("5 May to 3 May 2024", ""),
    ],
)
def test_a_night_over_new_year_without_its_year_gets_the_hint_other_nights_get(text: str, said: str) -> None:
    assert hint(text, span=True) == said


@pytest.mark.parametrize(
    ("start", "text", "said"),
    [
        # An end after New Year without its year was said to need it, where one in the
        # date's year got the day meant; one with a time, or a time alone, got nothing of it.
        ("2023-12-31", "1 January", "; did you mean '2024-01-01'? (the year after 'date')"),
        ("2023-08-08", "9 August", "; did you mean '2023-08-09'? (the year of 'date')"),
        ("2023-12-31T23:00", "1 January 02:00", "; did you mean '2024-01-01T02:00'? (the year after 'date')"),
        ("2023-08-08T23:00", "9 August 02:00", "; did you mean '2023-08-09T02:00'? (the year of 'date')"),
        ("2023-12-31T23:00", "02:00", "; did you mean '2024-01-01T02:00'? (the day after 'date')"),
        ("2023-12-31T01:00", "02:00", "; did you mean '2023-12-31T02:00'? (the day of 'date')"),
        # An earlier month far from New Year is not guessed to be the year after.
        ("2023-08-08", "7 July", "; a date needs its year: write it as YYYY-07-07"),
        ("2023-12-31", "02:00", "; a time needs its day: write it as YYYY-MM-DDT02:00"),
    ],
)
def test_an_end_without_its_year_is_read_after_the_date_over_new_year(
    start: str, text: str, said: str
) -> None:
    assert hint(text, end=True, start=parse_date(start)) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # A day the month does not have, written as an editor writes dates: told as the
        # contract's own form is ('2015-11-31'), where it was told only the forms to use.
        ("31/11/2015", "; November 2015 has no day 31"),
        ("31.11.2015", "; November 2015 has no day 31"),
        ("31 de novembro de 2015", "; November 2015 has no day 31"),
        ("November 31, 2015", "; November 2015 has no day 31"),
        ("29/02/2015", "; February 2015 has no day 29"),
        ("29/02/2016", "; did you mean '2016-02-29'?"),
        # A day or month 0 is neither way round (it was offered as '2015-11-00' or '2015-00-11').
        ("00/11/2015", ""),
        # In the contract's form, the message says it already.
        ("2015-11-31", ""),
    ],
)
def test_a_day_the_month_does_not_have_is_told_so(text: str, said: str) -> None:
    assert hint(text) == said


def test_one_day_is_read_in_every_shipped_language_as_cldr_writes_it() -> None:
    # The weekday lint reads the date after a day's name here: Hebrew's '26 במרץ 2024',
    # Croatian's '26. ožujka 2024.', Hungarian's '2024. március 26.', Thai's and
    # Vietnamese's words were read by check's hints only, and the lint found no date there.
    from datetime import date

    from babel.dates import format_date

    day = date(2024, 3, 26)
    unread = []
    for tag in available():
        language = resolve(tag)
        assert language is not None
        for width in ("long", "medium"):
            written = format_date(day, width, locale=language.locale)
            if datehints.read_one_day(written) != day:
                unread.append((tag, written))
    # Kyrgyz's medium date gives no year to the month it abbreviates: the lint's reader
    # takes no guess there.
    assert unread == [("ky", "2024-ж., 26-мар.")]


@pytest.mark.parametrize("written", ["March 2024", "31 April 2024", "26 March", "2024", "5-7 March 2010", ""])
def test_what_is_not_one_day_that_exists_is_read_as_none(written: str) -> None:
    assert datehints.read_one_day(written) is None
