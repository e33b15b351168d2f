"""Dates in each language, from CLDR: every precision of the content contract."""

from __future__ import annotations

import gettext

import pytest
from babel import Locale

from generator.content.dates import parse_date
from generator.content.model import Event
from generator.i18n.dates import (
    WINTER_NAMED,
    DateText,
    date_text,
    for_tag,
    format_months,
    ordinal_day,
    said_once,
)
from generator.i18n.languages import Language, available, written_in


def dates_in(code: str) -> DateText:
    """Dates of CLDR's locale ``code``, with the catalog's words ('c.', 'UTC') in English."""
    return DateText(Language(code, code, Locale.parse(code)), gettext.NullTranslations())


def show(dates: DateText, start: str, end: str | None = None, *, circa: bool = False) -> str:
    return dates.span(parse_date(start), parse_date(end) if end else None, circa=circa)


@pytest.mark.parametrize(
    ("start", "end", "circa", "expected"),
    [
        ("2010", None, False, "2010"),
        ("2010-04", None, False, "April 2010"),
        ("2010-04-19", None, False, "19 April 2010"),
        ("2010-04-19T23:00+06:00", None, False, "19 April 2010, 23:00 (UTC+6)"),
        ("2010-04-19T23:00:05Z", None, False, "19 April 2010, 23:00:05 (UTC)"),
        ("2010-04-19T23:00-03:30", None, False, "19 April 2010, 23:00 (UTC\u22123:30)"),
        ("2010-04-19T23:00", None, False, "19 April 2010, 23:00"),
        ("2010-04-17", "2010-04-18", False, "17–18 April 2010"),
        ("2010-04-17", "2010-05-03", False, "17 April\u2009–\u20093 May 2010"),
        ("2010-04-17", "2011-05-03", False, "17 April 2010\u2009–\u20093 May 2011"),
        ("2010-03", "2010-04", False, "March\u2009–\u2009April 2010"),
        ("2005", "2010", False, "2005\u2009–\u20092010"),
        ("2010-04", "2010-04-20", False, "April 2010\u2009–\u200920 April 2010"),
        ("1999", None, True, "c. 1999"),
    ],
)
def test_english_dates_at_every_precision(start: str, end: str | None, circa: bool, expected: str) -> None:
    assert show(for_tag("en"), start, end, circa=circa) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "ru",
            [
                "2010",
                "апрель 2010\u202fг.",
                "19 апреля 2010\u202fг.",
                "17—18 апреля 2010\u202fг.",
                "17 апреля — 3 мая 2010\u202fг.",
            ],
        ),
        (
            "de",
            [
                "2010",
                "April 2010",
                "19. April 2010",
                "17.–18. April 2010",
                "17. April\u2009–\u20093. Mai 2010",
            ],
        ),
        (
            "zh_Hans",
            [
                "2010年",
                "2010年4月",
                "2010年4月19日",
                "2010年4月17日\u2009–\u200918日",
                "2010年4月17日\u2009–\u20095月3日",
            ],
        ),
        ("ar", ["2010", "أبريل 2010", "19 أبريل 2010", "17–18 أبريل 2010", "17 أبريل – 3 مايو 2010"]),
        # CLDR's Czech spans number the month ('17.–18. 4. 2010'); its long date names it.
        (
            "cs",
            [
                "2010",
                "duben 2010",
                "19. dubna 2010",
                "17.–18. dubna 2010",
                "17. dubna\u2009–\u20093. května 2010",
            ],
        ),
        # Latvian's month of a year as its long date writes it: CLDR's 'yMMMM' has a stray
        # dot after 'gada' ('2010. gada. aprīlis').
        (
            "lv",
            [
                "2010. g.",
                "2010. gada aprīlis",
                "2010. gada 19. aprīlis",
                "2010. gada 17.–18. aprīlis",
                "2010. gada 17. aprīlis – 3. maijs",
            ],
        ),
        # Hebrew joins 'in' (ב) to the month of a day, not to a month alone.
        ("he", ["2010", "אפריל 2010", "19 באפריל 2010", "17–18 באפריל 2010", "17 באפריל – 3 במאי 2010"]),
        (
            "ko",
            ["2010년", "2010년 4월", "2010년 4월 19일", "2010년 4월 17일~18일", "2010년 4월 17일~5월 3일"],
        ),
        # CLDR's Georgian spans abbreviate a month with a dot ('dd MMM. – dd MMM. y'): written
        # in full as its long date writes it, without the dot ('3 იანვარი. – 9 მარტი. 2010').
        (
            "ka",
            ["2010", "აპრილი, 2010", "19 აპრილი, 2010", "17–18 აპრილი, 2010", "17 აპრილი – 3 მაისი, 2010"],
        ),
    ],
)
def test_other_languages_write_months_and_spans_their_own_way(code: str, expected: list[str]) -> None:
    dates = dates_in(code)
    got = [
        show(dates, "2010"),
        show(dates, "2010-04"),
        show(dates, "2010-04-19"),
        show(dates, "2010-04-17", "2010-04-18"),
        show(dates, "2010-04-17", "2010-05-03"),
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("es", "27 de febrero de 2010, 3:34 (UTC\u22123)"),
        ("ar", "27 فبراير 2010، 03:34 (بتوقيت UTC\u22123)"),
        ("zh-Hans", "2010年2月27日 03:34 (UTC\u22123)"),
    ],
)
def test_a_negative_utc_offset_is_written_with_the_minus_sign(tag: str, expected: str) -> None:
    # A line may break after a hyphen-minus, '(UTC-' / '3)', but not after U+2212.
    assert show(for_tag(tag), "2010-02-27T03:34-03:00") == expected


def test_a_negative_utc_offset_keeps_the_hyphen_minus_when_asked() -> None:
    # As the TimelineJS JSON writes it, for the importer to read back.
    assert show(for_tag("es", minus="-"), "2010-02-27T03:34-03:00") == "27 de febrero de 2010, 3:34 (UTC-3)"
    assert parse_date("2010-02-27T03:34-03:00").iso() == "2010-02-27T03:34-03:00"


@pytest.mark.parametrize("tag", ["fr", "fr-CA"])
def test_french_writes_the_first_of_a_month_as_an_ordinal(tag: str) -> None:
    dates = for_tag(tag)
    assert show(dates, "2025-06-01") == "1er juin 2025"
    assert show(dates, "2025-06-11") == "11 juin 2025"
    assert show(dates, "2025-06-01", "2025-06-03") == "1er–3 juin 2025"
    assert show(dates, "2025-05-28", "2025-06-01") == "28 mai\u2009–\u20091er juin 2025"
    assert show(dates, "2024-12-01", "2025-01-01") == "1er décembre 2024\u2009–\u20091er janvier 2025"
    assert dates.phrase("from", parse_date("2025-06-01"), None) == "À partir du 1er juin 2025"
    between = dates.phrase("between", parse_date("2025-06-01"), parse_date("2025-06-11"))
    assert between == "Entre le 1er et le 11 juin 2025"
    assert show(dates, "2025-06") == "juin 2025"
    # Other languages are as CLDR writes them.
    assert show(for_tag("es"), "2025-06-01") == "1 de junio de 2025"
    assert show(for_tag("de"), "2025-06-01") == "1. Juni 2025"


def test_italian_writes_the_first_of_a_month_as_an_ordinal() -> None:
    # Read 'primo': '1 agosto' read 'uno' takes 'dall’1', so 'Dal 1 agosto' read wrong.
    dates = for_tag("it")
    assert show(dates, "2019-08-01") == "1º agosto 2019"
    assert show(dates, "2019-08-11") == "11 agosto 2019"
    assert show(dates, "2019-08-01", "2019-08-03") == "1º–3 agosto 2019"
    assert show(dates, "2019-08-01", circa=True) == "intorno al 1º agosto 2019"
    assert dates.phrase("from", parse_date("2019-08-01"), None) == "Dal 1º agosto 2019"
    between = dates.phrase("between", parse_date("2019-08-01"), parse_date("2019-08-11"))
    assert between == "Tra il 1º e l’11 agosto 2019"
    assert dates.unbroken(show(dates, "2019-08-01")) == "1º\u00a0agosto 2019"
    assert show(dates, "2019-08") == "agosto 2019"


def test_italian_spans_write_a_day_with_one_digit_as_its_dates_do() -> None:
    # CLDR's Italian spans pad the day ('07–15 aprile 2010').
    dates = for_tag("it")
    assert show(dates, "2010-04-07") == "7 aprile 2010"
    assert show(dates, "2010-04-07", "2010-04-15") == "7–15 aprile 2010"
    assert show(dates, "2010-03-30", "2010-04-02") == "30 marzo\u2009–\u20092 aprile 2010"


def test_a_month_alone_stays_in_its_stand_alone_form() -> None:
    assert show(for_tag("ru"), "2010-04") == "апрель 2010\u202fг."
    assert show(for_tag("uk"), "2010-04", "2010-08") == "квітень\u00a0— серпень 2010\u202fр."


def test_the_format_form_of_a_month_leaves_quoted_text_alone() -> None:
    assert format_months("LLLL y 'L'") == "MMMM y 'L'"


def test_the_ordinal_goes_after_the_day_and_not_into_quoted_text() -> None:
    assert ordinal_day("d MMMM y", "er") == "d'er' MMMM y"
    assert ordinal_day("dd 'de' MMMM 'd''x' y", "er") == "dd'er' 'de' MMMM 'd''x' y"


def test_american_english_puts_the_month_first() -> None:
    assert show(for_tag("en-US"), "2010-04-19") == "April 19, 2010"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-03-26T01:28-04:00", None, "March 26, 2024, 1:28\u00a0a.m. (UTC\u22124)"),
        ("2024-03-26T19:30", None, "March 26, 2024, 7:30\u00a0p.m."),
        ("2024-03-26T11:00", None, "March 26, 2024, 11\u00a0a.m."),
        ("2024-03-26T13:05:30", None, "March 26, 2024, 1:05:30\u00a0p.m."),
        ("2021-07-14T10:00", "2021-07-14T11:30", "July 14, 2021, 10\u2009\u2013\u200911:30\u00a0a.m."),
        ("2021-07-14T10:00", "2021-07-14T14:00", "July 14, 2021, 10\u00a0a.m.\u2009\u2013\u20092\u00a0p.m."),
        # AP style's 'noon' and 'midnight', not '12 p.m.' and '12 a.m.'; half past keeps its hour.
        ("2024-03-26T12:00", None, "March 26, 2024, noon"),
        ("2024-03-26T00:00", None, "March 26, 2024, midnight"),
        ("2024-03-26T12:30", None, "March 26, 2024, 12:30\u00a0p.m."),
        ("2024-03-26T00:45", None, "March 26, 2024, 12:45\u00a0a.m."),
        ("2024-03-26T11:00", "2024-03-26T12:00", "March 26, 2024, 11\u00a0a.m.\u2009\u2013\u2009noon"),
        # A span that starts at noon or midnight starts with its word too: it wrote
        # '12 a.m.\u2009–\u2009noon', and '12\u2009–\u20091 a.m.' for midnight to 1 a.m.
        ("2024-03-26T00:00", "2024-03-26T12:00", "March 26, 2024, midnight\u2009\u2013\u2009noon"),
        ("2024-03-26T00:00", "2024-03-26T01:00", "March 26, 2024, midnight\u2009\u2013\u20091\u00a0a.m."),
        ("2024-03-26T12:00", "2024-03-26T12:30", "March 26, 2024, noon\u2009\u2013\u200912:30\u00a0p.m."),
        ("2024-03-26T12:00", "2024-03-26T15:00", "March 26, 2024, noon\u2009\u2013\u20093\u00a0p.m."),
        ("2024-03-26T23:30", "2024-03-26T23:59", "March 26, 2024, 11:30\u2009\u2013\u200911:59\u00a0p.m."),
    ],
)
def test_american_english_writes_times_as_american_news_does(
    start: str, end: str | None, expected: str
) -> None:
    # AP style, as US newsrooms write a time: '1:28 a.m.', '11 a.m.' on the hour; the pages
    # of a site in en-US wrote '01:28', a clock few American readers read.
    assert show(for_tag("en-US"), start, end) == expected


def test_british_english_keeps_the_24_hour_clock() -> None:
    assert show(for_tag("en-GB"), "2024-03-26T19:30") == "26 March 2024, 19:30"
    assert show(for_tag("en"), "2024-03-26T01:28") == "26 March 2024, 01:28"
    assert show(for_tag("en-GB"), "2024-03-26T12:00") == "26 March 2024, 12:00"  # no 'noon'


def test_an_american_entry_after_one_of_its_day_shows_noon_alone() -> None:
    event = Event(id="e", title="T", date=parse_date("2024-03-26T12:00"), summary="s")
    assert for_tag("en-US").day_and_time(event) == ("March 26, 2024, ", "noon")


def test_an_american_span_from_midnight_shows_its_times_alone_after_one_of_its_day() -> None:
    # Written '12\u2009–\u20091 a.m.', the span did not end in its first time as written alone
    # ('midnight'), and the entry repeated its day.
    event = Event(
        id="e",
        title="T",
        date=parse_date("2024-03-26T00:00"),
        end=parse_date("2024-03-26T01:00"),
        summary="s",
    )
    assert for_tag("en-US").day_and_time(event) == (
        "March 26, 2024, ",
        "midnight\u2009\u2013\u20091\u00a0a.m.",
    )


def test_an_american_between_from_noon_names_it() -> None:
    event = Event(
        id="e",
        title="T",
        date=parse_date("2024-03-26T12:00"),
        end=parse_date("2024-03-26T13:00"),
        date_phrase="between",
        summary="s",
    )
    assert for_tag("en-US").when(event) == "March 26, 2024, between noon and 1\u00a0p.m."


def test_each_date_is_formatted_once_and_remembered() -> None:
    dates = dates_in("fr")
    first = show(dates, "2010-04-19")
    assert first == "19 avril 2010"
    assert show(dates, "2010-04-19") is first


@pytest.mark.parametrize(
    ("tag", "kind", "start", "end", "expected"),
    [
        # A day takes an article in French, Spanish and German; a month or a year does not.
        ("fr", "from", "2010-04-07", None, "À partir du 7 avril 2010"),
        ("fr", "from", "2005", None, "À partir de 2005"),
        ("fr", "from", "2010-03", None, "À partir de mars 2010"),
        ("fr", "from", "2010-04", None, "À partir d’avril 2010"),  # 'de' elides before a vowel
        ("fr", "from", "2010-08", None, "À partir d’août 2010"),
        ("fr", "from", "2011-10", None, "À partir d’octobre 2011"),
        ("fr", "until", "2011", None, "Jusqu’en 2011"),
        ("fr", "until", "2011-05-01", None, "Jusqu’au 1er mai 2011"),
        ("fr", "between", "2012", "2014", "Entre 2012 et 2014"),
        ("fr", "between", "2013-03", "2013-05", "Entre mars et mai 2013"),
        ("fr", "between", "2010-04-07", "2010-04-15", "Entre le 7 et le 15 avril 2010"),
        ("fr", "between", "2013-03-05", "2013-05", "Entre 5 mars 2013 et mai 2013"),  # a day and a month
        ("fr", "between", "2013-03", "2013-05-02", "Entre mars 2013 et 2 mai 2013"),
        ("es", "from", "2010-03", None, "Desde marzo de 2010"),
        ("es", "from", "2010-04-07", None, "Desde el 7 de abril de 2010"),
        ("es", "between", "2013-03", "2013-05", "Entre marzo y mayo de 2013"),
        ("de", "until", "2011-05-01", None, "Bis zum 1. Mai 2011"),
        ("de", "until", "2011", None, "Bis 2011"),
        ("en", "from", "2005", None, "From 2005"),
        ("en", "from", "2010-04-07", None, "From 7 April 2010"),
        # Russian and Ukrainian put a month after a word in the genitive; CLDR's month
        # alone is nominative ('апрель 2010\u202fг.').
        ("ru", "from", "2010-04", None, "С апреля 2010\u202fг."),
        ("ru", "until", "2011-10", None, "До октября 2011\u202fг."),
        ("ru", "from", "2010-04-07", None, "С 7 апреля 2010\u202fг."),
        ("ru", "between", "2010-04", "2010-08", "В период с апреля по август 2010\u202fг."),
        ("ru", "between", "2010", "2012", "В период с 2010 по 2012"),
        ("ru", "between", "2013-03-05", "2013-05", "В период с 5 марта 2013\u202fг. по май 2013\u202fг."),
        ("ru", "between", "2010-04-07", "2010-04-15", "Между 7 и 15 апреля 2010\u202fг."),
        ("uk", "from", "2010-04", None, "З квітня 2010\u202fр."),
        ("uk", "until", "2010-08", None, "До серпня 2010\u202fр."),
        ("uk", "between", "2010-04", "2011-10", "У період з квітня 2010 по жовтень 2011\u202fрр."),
        ("de", "between", "2010-04", "2010-08", "Zwischen April und August 2010"),
        # Polish puts a month after 'od', 'do' and 'ok.' in the genitive, at both ends of
        # 'od ... do ...': not 'Od kwiecień do sierpień 2010'.
        ("pl", "from", "2010-04", None, "Od kwietnia 2010"),
        ("pl", "until", "2011-10", None, "Do października 2011"),
        ("pl", "from", "2010-04-07", None, "Od 7 kwietnia 2010"),
        ("pl", "between", "2010-04", "2010-08", "W okresie od kwietnia do sierpnia 2010"),
        ("pl", "between", "2009-11", "2010-02", "W okresie od listopada 2009 do lutego 2010"),
        ("pl", "between", "2013-03-05", "2013-05", "W okresie od 5 marca 2013 do maja 2013"),
        ("pl", "between", "2010", "2012", "W okresie od 2010 do 2012"),
        ("pl", "between", "2010-04-07", "2010-04-15", "Między 7 a\u00a015 kwietnia 2010"),
        # Czech 'od', 'do' and 'kolem' govern the genitive too, at both ends of 'od ... do
        # ...': not 'Od duben 2010', 'V období od duben do srpen 2010'.
        # Croatian 'od', 'do' and 'oko' govern the genitive too, at both ends of 'od ... do
        # ...': not 'Od prosinac 2020.', 'Od siječanj do ožujak 2021.'.
        ("hr", "from", "2020-12", None, "Od prosinca 2020."),
        ("hr", "until", "2021-03", None, "Do ožujka 2021."),
        ("hr", "from", "2020-12-29", None, "Od 29. prosinca 2020."),
        ("hr", "between", "2021-01", "2021-03", "Od siječnja do ožujka 2021."),
        ("hr", "between", "2020-12", "2021-03", "Od prosinca 2020. do ožujka 2021."),
        ("hr", "between", "2020", "2022", "Od 2020. do 2022."),
        ("hr", "between", "2020-12-29", "2020-12-31", "Između 29. i 31. prosinca 2020."),
        # Serbian 'od', 'do' and 'oko' govern the genitive, in both scripts, which CLDR's
        # Serbian months lack: not 'Od novembar 2024.', 'Od 1. do 3. novembar 2024.'.
        ("sr", "from", "2024-11", None, "Од новембра 2024."),
        ("sr", "until", "2025-03", None, "До марта 2025."),
        ("sr", "from", "2024-11-01", None, "Од 1. новембра 2024."),
        ("sr", "between", "2024-11", "2025-03", "Од новембра 2024. до марта 2025."),
        ("sr", "between", "2024-11-01", "2024-11-03", "Од 1. до 3. новембра 2024."),
        ("sr", "weekend", "2024-11-02", "2024-11-03", "Викенд (2.–3. новембар 2024.)"),  # no 'od'
        ("sr-Latn", "from", "2024-11", None, "Od novembra 2024."),
        ("sr-Latn", "until", "2024-11-01", None, "Do 1. novembra 2024."),
        ("sr-Latn", "between", "2024-11-01", "2024-12-03", "Od 1. novembra do 3. decembra 2024."),
        ("cs", "from", "2010-04", None, "Od dubna 2010"),
        ("cs", "until", "2011-10", None, "Do října 2011"),
        ("cs", "from", "2010-04-07", None, "Od 7. dubna 2010"),
        ("cs", "between", "2010-04", "2010-08", "V období od dubna do srpna 2010"),
        ("cs", "between", "2009-11", "2010-02", "V období od listopadu 2009 do února 2010"),
        # Czech says 'roku' ('of the year') between 'od', 'do' and a year alone.
        ("cs", "from", "2010", None, "Od roku 2010"),
        ("cs", "until", "2011", None, "Do roku 2011"),
        ("cs", "between", "2010", "2012", "V období od roku 2010 do roku 2012"),
        ("cs", "between", "2010", "2012-03", "V období od roku 2010 do března 2012"),
        # A span of days names its month, as the long date does: not 'od 7. do 15. 4. 2010'.
        ("cs", "between", "2010-04-07", "2010-04-15", "V období od 7. do 15. dubna 2010"),
        ("cs", "weekend", "2010-04-17", "2010-04-18", "Víkend 17.–18. dubna 2010"),
        # Slovak, as Czech: 'od', 'do' and 'okolo' take a month in the genitive, at both
        # ends of 'od ... do ...', and 'roku' before a year alone: not 'Od máj 2024'.
        ("sk", "from", "2024-05", None, "Od mája 2024"),
        ("sk", "until", "2025-10", None, "Do októbra 2025"),
        ("sk", "from", "2024-05-15", None, "Od 15. mája 2024"),
        ("sk", "between", "2024-05", "2024-08", "V\u00a0období od mája do augusta 2024"),
        ("sk", "from", "2024", None, "Od roku 2024"),
        ("sk", "until", "2025", None, "Do roku 2025"),
        ("sk", "between", "2024", "2025", "V\u00a0období od roku 2024 do roku 2025"),
        ("sk", "between", "2024-05-15", "2024-05-20", "Od 15. do 20. mája 2024"),
        # Italian gives a year and a day their article, elided before 8 and 11, and a
        # month none ('ad' before 'a').
        ("it", "from", "2005", None, "Dal 2005"),
        ("it", "from", "2010-03", None, "Da marzo 2010"),
        ("it", "from", "2010-04-07", None, "Dal 7 aprile 2010"),
        ("it", "from", "2010-04-08", None, "Dall’8 aprile 2010"),
        ("it", "until", "2011", None, "Fino al 2011"),
        ("it", "until", "2010-04", None, "Fino ad aprile 2010"),
        ("it", "until", "2011-05-11", None, "Fino all’11 maggio 2011"),
        ("it", "between", "2012", "2014", "Tra il 2012 e il 2014"),
        ("it", "between", "2013-03", "2013-05", "Tra marzo e maggio 2013"),
        ("it", "between", "2010-04-07", "2010-04-15", "Tra il 7 e il 15 aprile 2010"),
        ("it", "between", "2010-04-08", "2010-04-11", "Tra l’8 e l’11 aprile 2010"),
        ("it", "between", "2013-03-05", "2013-05", "Tra il 5 marzo 2013 e maggio 2013"),
        ("it", "weekend", "2010-05-08", "2010-05-09", "Fine settimana dell’8–9 maggio 2010"),
        # Kyrgyz puts the date before 'тартып' ('from') in the ablative and before
        # 'чейин' ('until') in the dative, its ending agreeing with the last word said:
        # not '16-октябрь тартып', '2005 чейин'.
        ("ky", "from", "2005", None, "2005-жылдан тартып"),
        ("ky", "until", "2005", None, "2005-жылга чейин"),
        ("ky", "from", "2010-03", None, "2010-ж., марттан тартып"),
        ("ky", "until", "2010-04", None, "2010-ж., апрелге чейин"),
        ("ky", "until", "2010-08", None, "2010-ж., августка чейин"),
        ("ky", "from", "2020-10-16", None, "2020-ж., 16-октябрдан тартып"),
        ("ky", "until", "2020-11-14", None, "2020-ж., 14-ноябрга чейин"),
        ("ky", "from", "2010-04-07T18:50", None, "2010-ж., 7-апрель 18:50дөн тартып"),
        ("ky", "until", "2010-04-07T18:00", None, "2010-ж., 7-апрель 18:00ге чейин"),
        ("ky", "until", "2010-04-07T13:40", None, "2010-ж., 7-апрель 13:40ка чейин"),
        ("ky", "from", "2010-04-07T00:00", None, "2010-ж., 7-апрель 00:00дөн тартып"),
        # Greek gives a year, a day and a month their article, a month after 'Από' and 'Έως'
        # the accusative and its year the genitive, and months after 'Μεταξύ' and 'και' the
        # genitive: not 'Από Απρίλιος 2010', 'Από 2005', 'Μεταξύ Απρίλιος και Αύγουστος'.
        ("el", "from", "2005", None, "Από το 2005"),
        ("el", "from", "2010-04", None, "Από τον Απρίλιο του 2010"),
        ("el", "until", "2011-10", None, "Έως τον Οκτώβριο του 2011"),
        ("el", "from", "2010-04-07", None, "Από τις 7 Απριλίου 2010"),
        ("el", "until", "2010-05-01", None, "Έως την 1η Μαΐου 2010"),
        ("el", "between", "2010-04", "2010-08", "Μεταξύ Απριλίου και Αυγούστου 2010"),
        ("el", "between", "2009-11", "2010-02", "Μεταξύ Νοεμβρίου 2009 και Φεβρουαρίου 2010"),
        ("el", "between", "2013-03-05", "2013-05", "Μεταξύ 5 Μαρτίου 2013 και Μαΐου 2013"),
        ("el", "between", "2010-04-07", "2010-04-15", "Μεταξύ 7 και 15 Απριλίου 2010"),
        ("el", "between", "2010", "2012", "Μεταξύ 2010 και 2012"),
        # Catalan gives a day or a year its article, elided before 1 and 11, and elides
        # 'de' before a month said with a vowel first.
        ("ca", "from", "2005", None, "Des del 2005"),
        ("ca", "from", "2010-03", None, "Des de març del 2010"),
        ("ca", "from", "2010-04", None, "Des d’abril del 2010"),
        ("ca", "from", "2020-01-21", None, "Des del 21 de gener del 2020"),
        ("ca", "from", "2020-04-01", None, "Des de l’1 d’abril del 2020"),
        ("ca", "until", "2011", None, "Fins al 2011"),
        ("ca", "until", "2011-10-11", None, "Fins a l’11 d’octubre del 2011"),
        ("ca", "between", "2010", "2012", "Entre el 2010 i el 2012"),
        ("ca", "between", "2010-04", "2010-08", "Entre abril i agost del 2010"),
        ("ca", "between", "2010-04-07", "2010-04-15", "Entre el 7 i el 15 d’abril del 2010"),
        ("ca", "between", "2010-04-01", "2010-04-11", "Entre l’1 i l’11 d’abril del 2010"),
        ("ca", "weekend", "2010-05-08", "2010-05-09", "Cap de setmana del 8–9 de maig del 2010"),
        ("ca", "from", "2020-01-21T10:00+01:00", None, "Des del 21 de gener del 2020, 10:00 (UTC+1)"),
        # Hungarian: '-ig' ('until') joins a number by a hyphen without its dot and a
        # month with none, after a time and before its offset; a year alone has no dot
        # before 'óta' ('since') or 'és' ('and'), a day before 'és' has one: not '2011.-ig',
        # 'április-ig', '(UTC+2)-ig', '2010. óta', 'október 4 és 7. között'.
        ("hu", "from", "2010", None, "2010 óta"),
        ("hu", "from", "2010-04", None, "2010. április óta"),
        ("hu", "from", "2010-10-04", None, "2010. október 4. óta"),
        ("hu", "until", "2011", None, "2011-ig"),
        ("hu", "until", "2010-04", None, "2010. áprilisig"),
        ("hu", "until", "2010-10-04", None, "2010. október 4-ig"),
        ("hu", "until", "2010-10-04T12:25+02:00", None, "2010. október 4. 12:25-ig (UTC+2)"),
        ("hu", "between", "2010", "2012", "2010 és 2012 között"),
        ("hu", "between", "2010", "2012-03", "2010 és 2012. március között"),
        ("hu", "between", "2010-04", "2010-08", "2010. április és augusztus között"),
        ("hu", "between", "2010-10-04", "2010-10-07", "2010. október 4. és 7. között"),
        ("hu", "between", "2010-10-30", "2010-11-02", "2010. október 30. és november 2. között"),
        ("hu", "weekend", "2010-10-09", "2010-10-10", "Hétvége: 2010. október 9–10."),
    ],
)
def test_date_phrases_are_worded_for_a_day_or_for_a_month_or_year(
    tag: str, kind: str, start: str, end: str | None, expected: str
) -> None:
    dates = for_tag(tag)
    assert dates.phrase(kind, parse_date(start), parse_date(end) if end else None) == expected


@pytest.mark.parametrize(
    ("tag", "date", "expected"),
    [
        ("fr", "2024-01-15", "vers le 15 janvier 2024"),
        ("fr", "2005", "vers 2005"),
        ("es", "2005", "hacia 2005"),
        ("ru", "2010-04", "ок. апреля 2010\u202fг."),
        ("uk", "2010-04", "бл. квітня 2010\u202fр."),
        ("pl", "2010-04", "ok. kwietnia 2010"),
        ("cs", "2010-04", "kolem dubna 2010"),
        ("cs", "2010", "kolem roku 2010"),
        ("hr", "2020-12", "oko prosinca 2020."),
        ("sr", "2024-11", "око новембра 2024."),
        ("sr-Latn", "2024-11-01", "oko 1. novembra 2024."),
        ("sk", "2024-05", "okolo mája 2024"),
        ("sk", "2024", "okolo roku 2024"),
        ("it", "2010-04-08", "intorno all’8 aprile 2010"),
        ("it", "2005", "circa 2005"),
        ("hu", "2010", "2010 körül"),  # not '2010. körül': the year alone has no dot
        ("hu", "2010-10-04", "2010. október 4. körül"),
    ],
)
def test_an_approximate_day_takes_its_article_and_a_year_does_not(tag: str, date: str, expected: str) -> None:
    assert show(for_tag(tag), date, circa=True) == expected


@pytest.mark.parametrize(
    ("tag", "start", "end", "expected"),
    [
        ("ru", "2010-04", "2010-08", "ок. апреля\u00a0— августа 2010\u202fг."),  # 'около' governs both
        ("uk", "2010-04", "2010-08", "бл. квітня\u00a0— серпня 2010\u202fр."),
        ("ru", "2005", "2010", "ок. 2005\u20142010"),
        ("pl", "2010-04", "2010-08", "ok. kwietnia–sierpnia 2010"),
        ("cs", "2010-04", "2010-08", "kolem dubna–srpna 2010"),
        ("cs", "2005", "2010", "kolem 2005–2010"),  # a span of years takes no 'roku'
        ("hr", "2020-11", "2021-02", "oko studenoga 2020.\u2009–\u2009veljače 2021."),
        ("sr-Latn", "2024-11", "2025-02", "oko novembra 2024.\u2009–\u2009februara 2025."),
        ("sk", "2005", "2010", "okolo 2005\u2009–\u20092010"),  # CLDR sk spaces a span of years
        ("en", "2010-04", "2010-08", "c. April\u2009–\u2009August 2010"),
    ],
)
def test_an_approximate_span_of_months_is_governed_at_both_ends(
    tag: str, start: str, end: str, expected: str
) -> None:
    assert show(for_tag(tag), start, end, circa=True) == expected


@pytest.mark.parametrize(
    ("tag", "start", "end", "expected"),
    [
        ("fr", "2010-04-07", "2010-04-15", "vers le 7 avril – vers le 15 avril 2010"),
        ("fr", "2009-12-30", "2010-01-03", "vers le 30 décembre 2009 – vers le 3 janvier 2010"),
        ("es", "2010-04-07", "2010-05-02", "hacia el 7 de abril – hacia el 2 de mayo de 2010"),
        ("it", "2010-04-07", "2010-04-15", "intorno al 7 aprile – intorno al 15 aprile 2010"),
        ("sv", "2010-04-07", "2010-04-15", "omkring den 7 april–omkring den 15 april 2010"),
        # Times on two days: each its day, and its time approximate, as one time is.
        (
            "fr",
            "2010-04-07T22:00",
            "2010-04-08T02:00",
            "7 avril 2010, vers\u00a022:00 – 8 avril 2010, vers\u00a002:00",
        ),
        # One day, with its times: 'vers le' names it.
        ("fr", "2010-04-07T10:00", "2010-04-07T12:00", "vers le 7 avril 2010, 10:00 – 12:00"),
        # Words for about that name no day keep the span whole.
        ("en", "2010-04-07", "2010-04-15", "c. 7–15 April 2010"),
        ("fr", "2005", "2010", "vers 2005–2010"),
    ],
)
def test_an_approximate_span_of_days_is_not_said_with_the_words_for_one_day(
    tag: str, start: str, end: str, expected: str
) -> None:
    # 'vers le 7–15 avril 2010' ('around the 7–15 April'), 'hacia el 7–15 de abril':
    # the word for an approximate day names one day, with its article.
    written = for_tag(tag).span(parse_date(start), parse_date(end), circa=True)
    assert written.replace("\u2009", " ").replace("\u2060", "") == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr", "vers le 30 décembre 2009 – vers le 3 janvier 2010"),
        ("es", "hacia el 30 de diciembre de 2009 – hacia el 3 de enero de 2010"),
    ],
)
def test_an_approximate_span_of_days_across_years_keeps_its_years_where_one_year_is_left_out(
    tag: str, expected: str
) -> None:
    # Without ``year`` (the overview strip's labels), a span across two years is written
    # whole, as it is exactly ('30 décembre 2009 – 3 janvier 2010'); approximate, each
    # end lost its year: 'vers le 30 décembre – vers le 3 janvier', of no year said.
    written = for_tag(tag).span(parse_date("2009-12-30"), parse_date("2010-01-03"), circa=True, year=False)
    assert written.replace("\u2009", " ").replace("\u2060", "") == expected


@pytest.mark.parametrize(
    ("tag", "start", "end", "expected"),
    [
        ("en", "2015-03-01", "2020", "1 March 2015\u2009–\u2009c. 2020"),
        ("fr", "2015-03-01", "2020-06-15", "1er mars 2015\u2009–\u2009vers le 15 juin 2020"),
        ("ru", "2015", "2020-04", "2015 — ок. апреля 2020\u202fг."),
        ("en", "2020", "2020", "c. 2020"),  # one date: approximate as a whole
    ],
)
def test_a_span_whose_end_alone_is_approximate_says_so_at_its_end(
    tag: str, start: str, end: str, expected: str
) -> None:
    dates = for_tag(tag)
    assert dates.span(parse_date(start), parse_date(end), circa_end=True) == expected


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        (
            "en",
            [
                "13 April",
                "April",
                "23 March – 3 April",
                "2021",
                "13 April 2021, 09:00",
                "June 2020 – April 2021",
            ],
        ),
        (
            "fr",
            [
                "13 avril",
                "avril",
                "23 mars – 3 avril",
                "2021",
                "13 avril 2021, 09:00",
                "juin 2020 – avril 2021",
            ],
        ),
        # Chinese joins days of one year as its spans with the year do ('2021年3月23日 – 4月3日').
        (
            "zh-Hans",
            ["4月13日", "4月", "3月23日 – 4月3日", "2021年", "2021年4月13日 09:00", "2020年6月 – 2021年4月"],
        ),
        # Korean joins the ends with '~', as its spans with the year do: CLDR's span of
        # days without it had the root's dash, '3월 23일 – 4월 3일'.
        (
            "ko",
            [
                "4월 13일",
                "4월",
                "3월 23일~4월 3일",
                "2021년",
                "2021년 4월 13일 09:00",
                "2020년 6월~2021년 4월",
            ],
        ),
    ],
)
def test_days_and_months_of_one_year_can_be_written_without_it(tag: str, expected: list[str]) -> None:
    # For the overview strip's labels, after one that says the year. A year, a time and
    # a span across years are written whole.
    dates = for_tag(tag)
    spans = [
        ("2021-04-13", None),
        ("2021-04", None),
        ("2021-03-23", "2021-04-03"),
        ("2021", None),
        ("2021-04-13T09:00", None),
        ("2020-06", "2021-04"),
    ]
    written = [dates.span(parse_date(a), parse_date(b) if b else None, year=False) for a, b in spans]
    assert [w.replace("\u2009", " ") for w in written] == expected


@pytest.mark.parametrize(
    ("tag", "days", "months"),
    [
        ("en", "17–21 August", "March\u2009–\u2009May"),
        ("fr", "17–21 août", "mars\u2009–\u2009mai"),
        ("pt", "17\u2009–\u200921 de agosto", "março\u2009–\u2009maio"),
        ("ca", "17–21 d’agost", "març–maig"),
        ("ar", "17–21 أغسطس", "مارس – مايو"),
        ("es", "17–21 de agosto", "marzo–mayo"),
    ],
)
def test_spans_without_their_year_are_joined_as_spans_with_it(tag: str, days: str, months: str) -> None:
    # One overview strip read '8–10 August 2023' beside '17 – 21 August': CLDR joins the
    # halves of some languages' spans otherwise with the year than without it.
    dates = for_tag(tag)
    with_year = dates.span(parse_date("2023-08-17"), parse_date("2023-08-21"))
    without = dates.span(parse_date("2023-08-17"), parse_date("2023-08-21"), year=False)
    assert without == days
    assert with_year.startswith(days)
    months_with_year = dates.span(parse_date("2023-03"), parse_date("2023-05"))
    assert dates.span(parse_date("2023-03"), parse_date("2023-05"), year=False) == months
    assert months_with_year.startswith(months)


@pytest.mark.parametrize(
    ("tag", "start", "end", "expected"),
    [
        ("nb", "2020-12-30T03:55", None, "30. desember 2020 kl.\u00a003:55"),
        ("no", "2020-12-30T03:55+01:00", None, "30. desember 2020 kl.\u00a003:55 (UTC+1)"),
        ("nb", "2020-12-30T03:55", "2020-12-30T05:10", "30. desember 2020 kl.\u00a003:55\u201305:10"),
        ("nb", "2020-12-30", None, "30. desember 2020"),
        ("sv", "2017-04-07T14:53", None, "7 april 2017 14:53"),
        # Latvian news writes 'plkst.' (pulksten, 'at the clock') before a time: '2013. gada 21.
        # novembris 17:41' read its day's date and its hour as numbers in a row.
        ("lv", "2013-11-21T17:41+02:00", None, "2013. gada 21. novembris plkst. 17:41 (UTC+2)"),
        ("lv", "2013-11-21T17:41", "2013-11-21T19:00", "2013. gada 21. novembris plkst. 17:41–19:00"),
        # Croatian news, and CLDR's hr, write 'u' ('at'): '29. prosinca 2020. 12:19' read
        # its year and hour as two numbers in a row.
        ("hr", "2020-12-29T12:19+01:00", None, "29. prosinca 2020. u\u00a012:19 (UTC+1)"),
        # Serbian too, 'у' in Cyrillic and 'u' in Latin: '1. новембар 2024. 11:52'.
        ("sr", "2024-11-01T11:52+01:00", None, "1. новембар 2024. у\u00a011:52 (UTC+1)"),
        ("sr-Latn", "2024-11-01T11:52", None, "1. novembar 2024. u\u00a011:52"),
        ("sr-Latn-RS", "2024-11-01T11:52", "2024-11-01T12:30", "1. novembar 2024. u\u00a011:52–12:30"),
        (
            "hr",
            "2020-12-29T12:19",
            "2020-12-29T18:00",
            "29. prosinca 2020. u\u00a012:19\u2009\u2013\u200918:00",
        ),
        # Urdu news, and CLDR's ur, write 'کو' ('on'): '22 مئی، 2020 14:40' read its year
        # and hour as two numbers in a row.
        ("ur", "2020-05-22T14:40+05:00", None, "22 مئی، 2020 کو\u00a014:40 (UTC+5)"),
        # Macedonian news, and CLDR's mk, write 'во' ('at'): '6 август 2016 г., 21:00'.
        ("mk", "2016-08-06T21:00+02:00", None, "6 август 2016\u202fг. во\u00a021:00 (UTC+2)"),
        (
            "mk",
            "2016-08-06T21:00",
            "2016-08-06T23:30",
            "6 август 2016\u202fг. во\u00a021:00 – 23:30",
        ),
    ],
)
def test_norwegian_writes_kl_between_a_date_and_its_time(
    tag: str, start: str, end: str | None, expected: str
) -> None:
    # '30. desember 2020, 03:55' (CLDR's medium pattern, which Babel gives) reads as a
    # machine's: Norwegian news, and CLDR's pattern for a date at a time, write 'kl.'.
    dates = for_tag(tag)
    assert dates.span(parse_date(start), parse_date(end) if end else None) == expected


@pytest.mark.parametrize(
    ("tag", "date", "expected"),
    [
        ("de", "2021-07-14T22:30", "14. Juli 2021, 22:30\u00a0Uhr"),
        ("de-AT", "2021-07-14T22:30:05", "14. Juli 2021, 22:30:05\u00a0Uhr"),
        ("de", "2021-07-14T22:30+02:00", "14. Juli 2021, 22:30\u00a0Uhr (UTC+2)"),
        ("en", "2021-07-14T22:30", "14 July 2021, 22:30"),
    ],
)
def test_german_writes_uhr_after_a_time(tag: str, date: str, expected: str) -> None:
    # "14. Juli 2021, 22:30" is how a phone's clock writes it; German newsrooms write
    # "22:30 Uhr", and a German TimelineJS sheet's display dates said so, so each was
    # kept as an event's own words rather than the pages' date.
    assert show(for_tag(tag), date) == expected


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        ("from", "2010", None, "Vuodesta 2010 alkaen"),
        ("from", "2010-04", None, "Huhtikuusta 2010 alkaen"),
        ("from", "2010-04-07", None, "7. huhtikuuta 2010 alkaen"),
        ("until", "2011", None, "Vuoteen 2011 asti"),
        ("until", "2011-10", None, "Lokakuuhun 2011 asti"),
        ("until", "2011-10-11", None, "11. lokakuuta 2011 asti"),
        ("between", "2010", "2012", "Vuosien 2010 ja 2012 välillä"),
        ("between", "2010-04", "2010-08", "Huhtikuun ja elokuun 2010 välillä"),
        ("between", "2010-11", "2011-02", "Marraskuun 2010 ja helmikuun 2011 välillä"),
        ("between", "2010", "2011-04", "Vuoden 2010 ja huhtikuun 2011 välillä"),
        ("between", "2010-04-07", "2010-04-15", "7. ja 15. huhtikuuta 2010 välillä"),
    ],
)
def test_finnish_date_phrases_put_a_year_or_a_month_in_the_case_its_postposition_governs(
    kind: str, start: str, end: str | None, expected: str
) -> None:
    # CLDR's month alone is the nominative, and the catalog's '%(date)s alkaen' read
    # 'huhtikuu 2010 alkaen', '2011 asti', 'huhtikuu ja elokuu 2010 välillä'. A day's
    # number is read as an ordinal in whatever case, and its month is in the partitive.
    assert for_tag("fi").phrase(kind, parse_date(start), parse_date(end) if end else None) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2017-08-18T16:02", None, "18. elokuuta 2017 klo\u00a016.02"),
        ("2017-08-18T16:02:30+03:00", None, "18. elokuuta 2017 klo\u00a016.02.30 (UTC+3)"),
        (
            "2017-08-18T16:02+03:00",
            "2017-08-18T16:05+03:00",
            "18. elokuuta 2017 klo\u00a016.02–16.05 (UTC+3)",
        ),
    ],
)
def test_finnish_writes_klo_before_a_time(start: str, end: str | None, expected: str) -> None:
    # '18. elokuuta 2017 16.02' ran the year into the time, and '2017 16.02' reads as a
    # year and a date (16 February); Finnish news writes 'klo 16.02'.
    dates = for_tag("fi")
    assert show(dates, start, end) == expected
    event = Event(id="e", title="T", date=parse_date(start), summary="s")
    assert dates.day_and_time(event) == (
        "18. elokuuta 2017 ",
        dates.when(event).removeprefix("18. elokuuta 2017 "),
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2022-07-03T17:37", None, "3. juli 2022 kl.\u00a017.37"),
        ("2022-07-03T17:37:30+02:00", None, "3. juli 2022 kl.\u00a017.37.30 (UTC+2)"),
        ("2022-07-03T17:37", "2022-07-03T17:48", "3. juli 2022 kl.\u00a017.37–17.48"),
    ],
)
def test_danish_writes_kl_before_a_time(start: str, end: str | None, expected: str) -> None:
    # '3. juli 2022 17.37' ran the year into the time, as Finnish's did; Danish news
    # writes 'kl. 17.37', and a time alone after its day (the timeline's column) 'kl. 17.48'.
    dates = for_tag("da")
    assert show(dates, start, end) == expected
    event = Event(id="e", title="T", date=parse_date(start), summary="s")
    assert dates.day_and_time(event) == ("3. juli 2022 ", dates.when(event).removeprefix("3. juli 2022 "))
    assert dates.when(event).removeprefix("3. juli 2022 ").startswith("kl.\u00a017.37")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2010-04-14", "2010-04-20", "Á bilinu 14. til 20. apríl 2010"),
        ("2010-04-14", "2010-05-23", "Á bilinu 14. apríl til 23. maí 2010"),
        ("2010-03", "2010-05", "Á bilinu mars til maí 2010"),
    ],
)
def test_an_icelandic_date_between_two_joins_them_with_til(start: str, end: str, expected: str) -> None:
    # 'Á bilinu 14. apríl–23. maí 2010' ran two dates of words into one with an unspaced
    # dash; Icelandic says 'á bilinu ... til ...' ('in the range ... to ...'), and 'til'
    # leaves a date's month as it stands, as 'milli' (genitive) would not.
    event = Event(
        id="e", title="T", date=parse_date(start), end=parse_date(end), date_phrase="between", summary="s"
    )
    assert for_tag("is").when(event).replace("\u00a0", " ") == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2010-04-14T09:00", None, "14. apríl 2010 kl.\u00a009:00"),
        ("2010-04-14T09:00:30+00:00", None, "14. apríl 2010 kl.\u00a009:00:30 (UTC)"),
        ("2010-04-14T09:00", "2010-04-14T11:30", "14. apríl 2010 kl.\u00a009:00–11:30"),
    ],
)
def test_icelandic_writes_kl_before_a_time(start: str, end: str | None, expected: str) -> None:
    # Babel's medium pattern wrote '14. apríl 2010, 09:00'; Icelandic news, and CLDR's
    # long pattern, write 'kl.' (klukkan) before the time, and a time alone 'kl. 11:30'.
    dates = for_tag("is")
    assert show(dates, start, end) == expected
    event = Event(id="e", title="T", date=parse_date(start), summary="s")
    assert dates.day_and_time(event) == ("14. apríl 2010 ", dates.when(event).removeprefix("14. apríl 2010 "))
    assert dates.when(event).removeprefix("14. apríl 2010 ").startswith("kl.\u00a009:00")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2022-07-03T17:37", "2023-07-03", "3. juli 2022 kl.\u00a017.37–3. juli 2023"),
        ("2022-07-03T17:37", "2022-07-04T09:00", "3. juli 2022 kl.\u00a017.37–4. juli 2022 kl.\u00a009.00"),
        ("2022", "2023-06-30", "2022–30. juni 2023"),
        ("2022-07-03", "2023-07-03", "3. juli 2022–3. juli 2023"),  # CLDR's own span, as before
    ],
)
def test_danish_spans_of_whole_dates_are_joined_by_an_en_dash(start: str, end: str, expected: str) -> None:
    # CLDR's Danish fallback span is '{0}-{1}', a hyphen, where its other spans have an en
    # dash: the overview strip read '3. juli 2022 kl. 17.37-3. juli 2023', and '2022-30. juni
    # 2023' reads as a date in numbers.
    assert show(for_tag("da"), start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2021-07-09", "2021-07-20", "Ajavahemik: 9.–20. juuli 2021"),
        ("1994-10", "1994-11", "Ajavahemik: oktoober–november 1994"),
        ("1994", "1997", "Ajavahemik: 1994–1997"),
    ],
)
def test_estonian_between_joins_its_ends_with_an_unspaced_dash(start: str, end: str, expected: str) -> None:
    # 'Ajavahemik: 9. – 20. juuli 2021': Estonian joins ends of one word each with a dash
    # and no spaces, as the span without the phrase does ('9.–20. juuli 2021').
    assert for_tag("et").phrase("between", parse_date(start), parse_date(end)) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("1994-09-28T01:22", None, "28. september 1994 kell\u00a01.22"),
        ("1994-09-28T01:22:30+02:00", None, "28. september 1994 kell\u00a01.22.30 (UTC+2)"),
        ("1994-09-28T01:22", "1994-09-28T01:50", "28. september 1994 kell\u00a01.22–1.50"),
    ],
)
def test_estonian_writes_kell_before_a_time_with_a_dot(start: str, end: str | None, expected: str) -> None:
    # '28. september 1994 01:22' ran the year into the time; Estonian news writes 'kell'
    # ('o'clock') before it and the hour unpadded with a dot, 'kell 1.22', and a time alone
    # after its day (the timeline's column) 'kell 1.50'.
    dates = for_tag("et")
    assert show(dates, start, end) == expected
    event = Event(id="e", title="T", date=parse_date(start), summary="s")
    assert dates.day_and_time(event) == (
        "28. september 1994 ",
        dates.when(event).removeprefix("28. september 1994 "),
    )
    assert dates.when(event).removeprefix("28. september 1994 ").startswith("kell\u00a01.22")


@pytest.mark.parametrize(
    ("tag", "date", "expected"),
    [
        ("pt-BR", "2019-01-25T12:28", "25 de janeiro de 2019 12h28"),
        ("pt-BR", "2019-01-27T05:30", "27 de janeiro de 2019 5h30"),
        ("pt-BR", "2019-01-27T05:30:07", "27 de janeiro de 2019 5h30min07s"),
        ("pt", "2019-01-25T12:28-03:00", "25 de janeiro de 2019 12h28 (UTC−3)"),  # CLDR's pt is Brazil's
        ("pt-PT", "2019-01-25T12:28", "25 de janeiro de 2019, 12:28"),
    ],
)
def test_brazilian_portuguese_writes_a_time_as_its_news_does(tag: str, date: str, expected: str) -> None:
    # CLDR writes "12:28", as a phone's clock does; Brazilian newsrooms write "às 12h28",
    # and an editor's summary beside the date said "12h28" while the date said "12:28".
    assert show(for_tag(tag), date) == expected


@pytest.mark.parametrize(
    ("tag", "start", "end", "expected"),
    [
        ("pt-BR", "2026-12-01", None, "1º de dezembro de 2026"),
        ("pt", "2026-12-01T09:00", None, "1º de dezembro de 2026 9h00"),
        ("pt-BR", "2026-11-30", "2026-12-01", "30 de novembro\u2009–\u20091º de dezembro de 2026"),
        ("pt-BR", "2026-12-02", None, "2 de dezembro de 2026"),
        ("pt-PT", "2026-12-01", None, "1 de dezembro de 2026"),
    ],
)
def test_brazilian_portuguese_writes_the_first_of_a_month_as_an_ordinal(
    tag: str, start: str, end: str | None, expected: str
) -> None:
    # A Brazilian story "Publicado em 1 de dezembro de 2026": Brazil writes "1º de
    # dezembro", as French writes "1er décembre"; Portugal writes "1 de dezembro".
    assert show(for_tag(tag), start, end) == expected


def test_a_brazilian_span_of_one_days_times_is_cut_as_its_whole_date() -> None:
    dates = for_tag("pt-BR")
    assert dates.span(parse_date("2019-01-25T12:28"), parse_date("2019-01-25T13:05")) == (
        "25 de janeiro de 2019 12h28\u2009–\u200913h05"
    )
    event = Event(id="e", title="T", date=parse_date("2019-01-25T12:28"), summary="s")
    assert dates.day_and_time(event) == ("25 de janeiro de 2019 ", "12h28")


@pytest.mark.parametrize(
    ("tag", "date", "parts"),
    [
        ("en", "2024-03-14T00:41", ("14 March 2024, ", "00:41")),
        ("en", "2024-03-14T00:41+02:00", ("14 March 2024, ", "00:41 (UTC+2)")),
        ("fr", "2024-03-01T00:41", ("1er mars 2024, ", "00:41")),
        ("de", "2024-03-14T00:41+01:00", ("14. März 2024, ", "00:41\u00a0Uhr (UTC+1)")),
        ("ar", "2024-03-14T00:41", ("14 مارس 2024، ", "00:41")),
        ("zh-Hans", "2024-03-14T00:41:05", ("2024年3月14日 ", "00:41:05")),
        ("en", "2024-03-14", None),  # no time to show alone
    ],
)
def test_a_time_is_cut_from_its_day_as_the_whole_date_writes_them(
    tag: str, date: str, parts: tuple[str, str] | None
) -> None:
    event = Event(id="e", title="T", date=parse_date(date), summary="s")
    assert for_tag(tag).day_and_time(event) == parts
    if parts is not None:  # a screen reader, reading both, says the whole date
        assert "".join(parts) == for_tag(tag).when(event)


@pytest.mark.parametrize(
    ("tag", "start", "end", "written"),
    [
        ("en", "2021-07-14T22:30", "2021-07-14T23:45", "14 July 2021, 22:30–23:45"),
        ("en", "2021-07-14T22:30+02:00", "2021-07-14T22:45+02:00", "14 July 2021, 22:30–22:45 (UTC+2)"),
        ("de", "2021-07-14T22:30", "2021-07-14T23:45", "14. Juli 2021, 22:30–23:45\u00a0Uhr"),
        # CLDR's Bulgarian clock ends in 'ч.' ('hours'), Babel's spans write it twice: once.
        ("bg", "2021-07-14T22:30", "2021-07-14T23:45", "14 юли 2021\u202fг., 22:30 – 23:45 ч."),
        ("fr", "2021-07-14T22:30", "2021-07-14T23:45", "14 juillet 2021, 22:30\u2009–\u200923:45"),
        ("ja", "2021-07-14T22:30", "2021-07-14T23:45", "2021年7月14日 22:30～23:45"),  # not the span's '22時30分'
        ("fa", "2021-07-14T09:30", "2021-07-14T11:00", "14 ژوئیه 2021،\u200f 9:30 تا 11:00"),
        # Not one day's times: each end whole, as before.
        ("en", "2021-07-14T22:30", "2021-07-15T01:00", "14 July 2021, 22:30\u2009–\u200915 July 2021, 01:00"),
        ("en", "2021-07-14T22:30+02:00", "2021-07-14T23:30+03:00",
         "14 July 2021, 22:30 (UTC+2)\u2009–\u200914 July 2021, 23:30 (UTC+3)"),
        ("en", "2021-07-14T22:30:05", "2021-07-14T22:30:09",
         "14 July 2021, 22:30:05\u2009–\u200914 July 2021, 22:30:09"),
    ],
)  # fmt: skip
def test_times_of_one_day_are_written_with_their_day_once(
    tag: str, start: str, end: str, written: str
) -> None:
    # A press conference from 22:30 to 23:45 read '14 July 2021, 22:30 – 14 July 2021,
    # 23:45', and the timeline's date column, showing the time alone after an entry of
    # the same day, cut it as '22:30 – 14 July 2021, 23:45'.
    dates = for_tag(tag)
    assert dates.span(parse_date(start), parse_date(end)) == written
    event = Event(id="e", title="T", date=parse_date(start), end=parse_date(end), summary="s")
    if written.count("July") == 1:
        assert dates.day_and_time(event) == ("14 July 2021, ", written.removeprefix("14 July 2021, "))


@pytest.mark.parametrize(
    ("tag", "start", "end", "day", "times"),
    [
        ("en", "2021-07-14T22:30", "2021-07-14T23:45", "14 July 2021, ", "between 22:30 and 23:45"),
        ("en", "2021-07-14T22:30+02:00", "2021-07-14T23:45+02:00", "14 July 2021, ",
         "between 22:30 and 23:45 (UTC+2)"),
        ("de", "2021-07-14T22:30", "2021-07-14T23:45", "14. Juli 2021, ", "zwischen 22:30 und 23:45\u00a0Uhr"),
        # To the second too, German's 'Uhr' and Bulgarian's 'ч.' once, after the last.
        ("de", "2021-07-14T22:30:05", "2021-07-14T22:30:09", "14. Juli 2021, ",
         "zwischen 22:30:05 und 22:30:09\u00a0Uhr"),
        ("bg", "2021-07-14T22:30:05", "2021-07-14T22:30:09", "14 юли 2021\u202fг., ",
         "между 22:30:05 и 22:30:09 ч."),
        ("bg", "2021-07-14T22:30", "2021-07-14T23:45", "14 юли 2021\u202fг., ", "между 22:30 и 23:45 ч."),
        ("fi", "2017-08-18T16:02", "2017-08-18T16:05", "18. elokuuta 2017 ", "klo\u00a016.02 ja 16.05 välillä"),
        ("nb", "2020-12-30T03:55", "2020-12-30T04:10", "30. desember 2020 ", "mellom kl. 03:55 og 04:10"),
        ("es", "2021-07-14T01:10", "2021-07-14T13:30", "14 de julio de 2021, ", "entre la 1:10 y las 13:30"),
        ("it", "2021-07-14T01:10", "2021-07-14T13:30", "14 luglio 2021, ", "tra l’1:10 e le 13:30"),
        ("ca", "2021-07-14T01:10", "2021-07-14T13:30", "14 de juliol del 2021, ", "entre la 1:10 i les 13:30"),
        ("hi", "2021-07-14T10:00", "2021-07-14T11:30", "14 जुलाई 2021, ", "सुबह\u00a010 से 11:30\u00a0बजे के बीच"),
        ("ja", "2021-07-14T22:30", "2021-07-14T23:45", "2021年7月14日 ", "22:30から23:45の間"),
        ("zh-Hans", "2021-07-14T22:30", "2021-07-14T23:45", "2021年7月14日 ", "22:30至23:45之间"),
    ],
)  # fmt: skip
def test_between_two_times_of_one_day_names_the_day_once(
    tag: str, start: str, end: str, day: str, times: str
) -> None:
    # 'Between 14 July 2021, 22:30 and 14 July 2021, 23:45' named its day twice, where an
    # exact span of the same times names it once ('14 July 2021, 22:30–23:45').
    dates = for_tag(tag)
    event = Event(
        id="e", title="T", date=parse_date(start), end=parse_date(end), date_phrase="between", summary="s"
    )
    assert dates.when(event) == day + times
    # After an entry of its day, the column shows its times alone, with their 'between'.
    assert dates.day_and_time(event) == (day, times)


@pytest.mark.parametrize(
    ("tag", "start", "end", "written"),
    [
        # Two days, or two times on two days: each end whole, as before.
        ("en", "2021-07-14", "2021-07-15", "Between 14 and 15 July 2021"),
        ("en", "2021-07-14T22:30", "2021-07-15T01:00", "Between 14 July 2021, 22:30 and 15 July 2021, 01:00"),
        ("en", "2021-07-14T22:30+02:00", "2021-07-14T23:30+03:00",
         "Between 14 July 2021, 22:30 (UTC+2) and 14 July 2021, 23:30 (UTC+3)"),
        # Vietnamese writes a time before its day: the times first, with a capital.
        ("vi", "2021-07-14T22:30", "2021-07-14T23:45", "Trong khoảng từ 22:30 đến 23:45 14 tháng 7, 2021"),
    ],
)  # fmt: skip
def test_between_times_not_of_one_day_or_one_offset_names_each_whole(
    tag: str, start: str, end: str, written: str
) -> None:
    dates = for_tag(tag)
    event = Event(
        id="e", title="T", date=parse_date(start), end=parse_date(end), date_phrase="between", summary="s"
    )
    assert dates.when(event) == written
    assert dates.day_and_time(event) is None  # the column shows it whole


def test_a_phrased_time_is_not_cut_from_its_day_without_its_words() -> None:
    # After an entry of its day, 'From 14 July 2021, 22:30' showed '22:30' alone, without
    # its 'from'.
    event = Event(id="e", title="T", date=parse_date("2021-07-14T22:30"), date_phrase="from", summary="s")
    assert for_tag("en").day_and_time(event) is None


def test_between_times_read_back_from_a_file_exported_before_is_worded_as_then() -> None:
    # The importer reads TimelineJS files exported before 6 December 2026 by the writer
    # without news forms: its 'between' two times of a day is as it was.
    dates = for_tag("en", news_forms=False)
    start, end = parse_date("2021-07-14T22:30"), parse_date("2021-07-14T23:45")
    assert dates.phrase("between", start, end) == "Between 14 July 2021, 22:30 and 14 July 2021, 23:45"


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2020-10-04", "2021-01-10", "4-октябрь 2020-ж. – 10-январь 2021-ж."),
        ("2020-10", "2021-01", "октябрь, 2020-ж. – январь, 2021-ж."),
        ("2020-10-04", "2021-01-10T20:00", "2020-ж., 4-октябрь – 2021-ж., 10-январь 20:00"),
        ("2020-10-05T21:00", "2020-10-06T01:00", "2020-ж., 5-октябрь 21:00 – 2020-ж., 6-октябрь 01:00"),
        ("2020-10-04", "2020-10-21", "4–21-октябрь 2020-ж."),
    ],
)
def test_a_kyrgyz_span_is_joined_by_a_dash_not_a_hyphen(start: str, end: str, shown: str) -> None:
    # CLDR joins Kyrgyz dates with ' - ', which read as one more of the hyphens the dates
    # hold: '4-октябрь 2020-ж. - 10-январь 2021-ж.'.
    assert show(for_tag("ky"), start, end) == shown


def test_a_greek_span_of_times_across_days_is_joined_by_a_dash_as_its_other_spans_are() -> None:
    # CLDR's Greek fallback joins the two ends with ' - ': '28 Φεβρουαρίου 2023, 23:09
    # (UTC+2) - 1 Μαρτίου 2023, 03:00 (UTC+2)' beside '28 Φεβρουαρίου – 3 Μαρτίου 2023'.
    dates = for_tag("el")
    assert show(dates, "2023-02-28T23:09+02:00", "2023-03-01T03:00+02:00") == (
        "28 Φεβρουαρίου 2023, 23:09 (UTC+2) – 1 Μαρτίου 2023, 03:00 (UTC+2)"
    )
    assert show(dates, "2023-02-28", "2024-02-03") == "28 Φεβρουαρίου 2023 – 3 Φεβρουαρίου 2024"


NB = "\u00a0"
ZW = "\u200b"  # a zero-width space: where a line may break
WJ = "\u2060"  # a word joiner: where none may


@pytest.mark.parametrize(
    ("tag", "start", "end", "shown"),
    [
        ("fr", "2019-04-16", None, f"16{NB}avril 2019"),
        ("fr", "2019-04-01", None, f"1er{NB}avril 2019"),
        ("en-US", "2019-04-16", None, f"April{NB}16, 2019"),
        # Spanish and Portuguese tie the day to its 'de' alone: '28 de septiembre' tied was
        # wider than the date column at 1280 px, which broke 'septiembr' over 'e'.
        ("es", "2019-05-03", None, f"3{NB}de mayo de 2019"),
        ("es", "2021-09-28T23:00", None, f"28{NB}de septiembre de 2021, 23:00"),
        ("pt", "2019-04-16", None, f"16{NB}de abril de 2019"),
        # Hungarian's day and its dot are not tied to the time after them: 'szeptember 28. 15:10'
        # tied whole was wider than the date column, which broke the month inside itself.
        ("hu", "2021-09-28T15:10+02:00", None, f"2021. szeptember{NB}28. 15:10{NB}(UTC+2)"),
        ("ru", "2019-03-30", "2019-04-02", f"30{NB}марта{NB}— 2{NB}апреля 2019\u202fг."),
        ("ar", "2019-04-16", None, f"16{NB}أبريل 2019"),
        ("en", "2019-04-15T18:50+02:00", None, f"15{NB}April 2019, 18:50{NB}(UTC+2)"),
        # Arabic and Persian write a word inside the zone's brackets: a date column broke
        # '(بتوقيت' over 'UTC+2)', the brackets apart; the brackets may go below the time
        # (tied to it, they were too wide for the column, which broke them inside 'UTC').
        ("ar", "2019-04-15T18:50+02:00", None, f"15{NB}أبريل 2019، 18:50 (بتوقيت{NB}UTC+2)"),
        ("fa", "2019-04-15T18:50+02:00", None, f"15{NB}آوریل 2019،\u200f 18:50 (به{NB}وقت{NB}UTC+2)"),
        # But not before an offset with minutes: '(بتوقيت UTC+5:30)' tied was too wide itself,
        # and the column broke it 'UTC+5:3' over '0)'.
        ("ar", "2019-04-15T18:50+05:30", None, f"15{NB}أبريل 2019، 18:50 (بتوقيت UTC+5:30)"),
        ("fa", "2019-04-15T18:50+03:30", None, f"15{NB}آوریل 2019،\u200f 18:50 (به{NB}وقت UTC+3:30)"),
        # Kyrgyz writes the month before the day's time: the time is not a day. A number
        # keeps its ending ('15-апрель'): a non-breaking hyphen.
        ("ky", "2019-04-15T18:50", None, "2019\u2011ж., 15\u2011апрель 18:50"),
        # Nothing to tie; a line may break after its year (``IDEOGRAPHIC_DATES``).
        ("zh-Hans", "2019-04-16", None, f"2019年{ZW}4月16日"),
        # Vietnamese names a month by a word and its number: 'tháng 9' is one name.
        ("vi", "2024-09-07", None, f"7{NB}tháng{NB}9, 2024"),
        ("vi", "2024-09", None, f"tháng{NB}9 năm 2024"),
        ("vi", "2024-09-07T13:00", None, f"13:00 7{NB}tháng{NB}9, 2024"),
        # Thai writes 'น.' (o'clock) after a time: the key moments broke '10:00' over 'น.'.
        # (Its year is the Buddhist Era's, without its era after a day: ``ERA_YEARS``.)
        ("th", "2018-07-02T22:00+07:00", None, f"2{NB}กรกฎาคม 2561 22:00{NB}น. (UTC+7)"),
        # Two times of a day have it once, after the last, as Thai notices write them.
        ("th", "2018-07-08T10:00", "2018-07-08T17:40", f"8{NB}กรกฎาคม 2561 10:00{NB}– 17:40{NB}น."),
        ("th", "2018", None, f"พ.ศ.{NB}2561"),
        # Bulgarian writes 'ч.' (hours) after a time: it is kept with the time as Thai's 'น.'.
        ("bg", "2016-12-10T05:37+02:00", None, f"10{NB}декември 2016\u202fг., 05:37{NB}ч. (UTC+2)"),
        # Lithuanian writes 'm.' and 'd.' after a year and a day: a date column broke 'lapkričio 25'
        # over 'd. 05:28', the day's word tied to the time.
        ("lt", "2024-11-25T05:28+02:00", None, f"2024{NB}m. lapkričio{NB}25{NB}d. 05:28{NB}(UTC+2)"),
        ("lt", "2024-11-25", "2024-11-27", f"2024{NB}m. lapkričio{NB}25–27{NB}d."),
    ],
)
def test_a_pages_date_keeps_its_day_with_its_month(tag: str, start: str, end: str | None, shown: str) -> None:
    # A narrow date column broke '16 avril 2019' as '16' over 'avril 2019'.
    dates = for_tag(tag)
    written = show(dates, start, end)
    assert dates.in_column(written) == shown  # the timeline's date column
    assert dates.unbroken(written) == shown.replace(ZW, "")  # any other place on a page
    # The data files keep the date as CLDR writes it.
    assert written == shown.replace(NB, " ").replace("\u2011", "-").replace(ZW, "")


@pytest.mark.parametrize(
    ("tag", "written", "shown"),
    [
        ("en", "c. 1990", f"c.{NB}1990"),
        ("en", "Between 7 and 15 April 2019", f"Between 7 and 15{NB}April 2019"),  # 'and' is no month
        ("fr", "Entre le 7 et le 15 avril 2019", f"Entre le 7 et le 15{NB}avril 2019"),
        ("en", "Spring 2019", "Spring 2019"),  # an editor's display_date with no day
        ("en", "Mayday 12", "Mayday 12"),  # a month's name only as a whole word
        # An editor's display_date with a word before its time: the key moments at 1280
        # px broke '14 agosto 2018, ore' over '11.36'.
        ("it", "14 agosto 2018, ore 11.36", f"14{NB}agosto 2018, ore{NB}11.36"),
        ("it", "28 giugno 2019, alle 9.37", f"28{NB}giugno 2019, alle{NB}9.37"),
        ("de", "3. Mai 2019 um 11.36 Uhr", f"3.{NB}Mai 2019 um{NB}11.36 Uhr"),
        ("en", "at 10:00 on 3 May", f"at{NB}10:00 on 3{NB}May"),
        ("it", "circa 3.400 residenti", "circa 3.400 residenti"),  # a number, not a time
        # A date's month, not a word before it; a number and its ending kept together by
        # a non-breaking hyphen (a date column broke '15-' over 'май').
        ("ky", "2019-ж., 15-май 18:50", "2019\u2011ж., 15\u2011май 18:50"),
        ("hu", "2011-ig", "2011\u2011ig"),
        ("en", "COVID-19, mid-2019", "COVID-19, mid-2019"),  # no number's ending
        ("ja", "2019年4月16日 18:50", f"2019年{ZW}4月16日 18:50"),
        # Latvian ties its offset apart: 'plkst. 17:41 (UTC+2)' tied was too wide for the
        # timeline's date column at 1280 px, which broke it inside '(UTC+2)'; and a day to its
        # month in the case a date phrase puts it in ('ap ... 21. novembri').
        (
            "lv",
            "2013. gada 21. novembris plkst. 17:41 (UTC+2)",
            f"2013. gada 21.{NB}novembris plkst.{NB}17:41 (UTC+2)",
        ),
        ("lv", "ap 2013. gada 21. novembri", f"ap 2013. gada 21.{NB}novembri"),
        ("lv", "No 2013. gada 21. novembra", f"No 2013. gada 21.{NB}novembra"),
    ],
)
def test_only_a_day_and_its_month_an_abbreviation_and_a_time_are_tied(
    tag: str, written: str, shown: str
) -> None:
    assert for_tag(tag).in_column(written) == shown
    assert for_tag(tag).unbroken(written) == shown.replace(ZW, "")


@pytest.mark.parametrize(
    ("tag", "start", "end", "shown"),
    [
        ("da", "2021-09-28", None, f"ca. 28.{NB}september 2021"),
        ("de", "2021-09-28", None, f"ca. 28.{NB}September 2021"),
        ("el", "2021-09-28", None, f"περ. 28{NB}Σεπτεμβρίου 2021"),
        ("ka", "2021-09-28", None, f"დაახლ. 28{NB}სექტემბერი, 2021"),
        ("nb", "2021-09-28", "2021-10-03", f"ca. 28.{NB}september–3.{NB}oktober 2021"),
        ("en", "2021-09-28", None, f"c. 28{NB}September 2021"),
        # A year, or a month alone, keeps it: 'c. 1990', 'ca. september 2021'.
        ("da", "1990", None, f"ca.{NB}1990"),
        ("en", "2021-09", None, "c. September 2021"),
    ],
)
def test_a_word_for_about_may_end_a_line_before_a_day_and_its_month(
    tag: str, start: str, end: str | None, shown: str
) -> None:
    # At 1280 px the date column wrote 'ca. 29. septemb' over 'er' in Danish, German, Greek,
    # Georgian and Norwegian: 'about', the day and its month, tied, were wider than the column.
    dates = for_tag(tag)
    assert dates.unbroken(show(dates, start, end, circa=True)) == shown


@pytest.mark.parametrize(
    ("tag", "start", "end", "circa", "shown"),
    [
        # After a year's 年: '2021年12月28日ごろ' was wider than the date column.
        ("ja", "2021-12-28", None, True, f"2021年{ZW}12月28日ごろ"),
        # After a span's tilde, never before it, where no line may start with it.
        ("ja", "2019-12", "2020-01", False, f"2019年{ZW}12月{WJ}～{ZW}2020年{ZW}1月"),
        ("ko", "2019-12", "2020-01", False, f"2019년 12월{WJ}~{ZW}2020년 1월"),
        ("ko", "2009", "2012", False, f"2009년{NB}~ 2012년"),  # the space after its tilde is its break
        # Before Chinese's '至', with the end it leads to: the column cut '2020' inside.
        ("zh-Hant", "2019-12", "2020-01", False, f"2019年{ZW}12月{ZW}至2020年{ZW}1月"),
        # A span from a number alone stays tied at its joint (``tied``).
        ("zh-Hant", "2009", "2012", False, f"2009{WJ}至{WJ}2012"),
        ("ja", "2009", "2012", False, f"2009年{WJ}～{ZW}2012年"),
    ],
)
def test_a_chinese_japanese_or_korean_date_breaks_only_after_its_year_and_at_a_spans_joint(
    tag: str, start: str, end: str | None, circa: bool, shown: str
) -> None:
    # The date column keeps these dates whole (keep-all); too wide for it at 1280 px, they
    # were cut inside a number ('2019年12月至2020' over '年1月'), or a line began with '～'.
    dates = for_tag(tag, tied_ranges=True)
    assert dates.in_column(show(dates, start, end, circa=circa)) == shown
    # The breaks are the column's alone: a link's label or the search index's date has
    # none (a search for '2019年12月' missed it with a zero-width space after 年).
    assert ZW not in dates.unbroken(show(dates, start, end, circa=circa))


def test_native_digits_write_a_date_as_cldr_does_and_data_files_keep_0_to_9() -> None:
    # CLDR's Persian writes '۱۹ آوریل ۲۰۱۰'; Babel's patterns give '19 آوریل 2010'.
    # Pages and feeds ask for the language's digits; story.json and TimelineJS keep 0-9,
    # which the importer reads back.
    start = parse_date("2010-04-19")
    pages = for_tag("fa", native_digits=True)
    assert pages.date(start) == "۱۹ آوریل ۲۰۱۰"
    assert for_tag("fa").date(start) == "19 آوریل 2010"
    assert for_tag("ar-EG", native_digits=True).date(start) == "١٩ أبريل ٢٠١٠"
    assert for_tag("ar", native_digits=True).date(start) == "19 أبريل 2010"  # CLDR's 'ar': 0-9


def test_a_persian_between_says_to_once() -> None:
    # CLDR's Persian span is '19 تا 21 آوریل 2010' ('to' between the days), and the
    # phrase's first half kept it: 'از 19 تا تا 21 آوریل 2010' (Chinese's '至' was the
    # only word taken off).
    words = for_tag("fa")
    start, end = parse_date("2010-04-19"), parse_date("2010-04-21")
    assert words.phrase("between", start, end) == "از 19 تا 21 آوریل 2010"
    assert words.phrase("between", parse_date("2010-03"), parse_date("2010-05")) == "از مارس تا مه 2010"
    assert words.span(start, end) == "19 تا 21 آوریل 2010"


WJ = "\u2060"
NNB = "\u202f"


@pytest.mark.parametrize(
    ("tag", "start", "end", "shown"),
    [
        ("en", "2010-04-17", "2010-04-18", f"17{WJ}–{WJ}18 April 2010"),
        ("de", "2010-04-17", "2010-04-18", f"17.{WJ}–{WJ}18. April 2010"),
        ("fa", "2010-04-19", "2010-04-21", f"19{NB}تا{NB}21 آوریل 2010"),  # a word: its spaces
        ("en", "2009", "2012", f"2009{NNB}–{WJ}{NNB}2012"),
        ("uk", "2010", "2010-04-02", f"2010{NB}–{WJ}{NB}2 квітня 2010\u202fр."),  # the fallback's joint
        # Whole dates or times at both ends: a line may end after the dash.
        ("en", "2010-03-30", "2010-04-02", "30 March\u2009–\u20092 April 2010"),
        ("ar", "2010-03-30", "2010-04-02", "30 مارس – 2 أبريل 2010"),
        ("ru", "2010-03-30", "2010-04-02", "30 марта — 2 апреля 2010\u202fг."),
        ("ja", "2010-04-17", "2010-04-18", "2010年4月17日～18日"),
        (
            "en",
            "2010-04-17T10:00",
            "2010-04-18T12:30",
            "17 April 2010, 10:00\u2009–\u200918 April 2010, 12:30",
        ),
    ],
)
def test_a_pages_span_from_a_lone_number_has_no_line_break_next_to_its_dash(
    tag: str, start: str, end: str, shown: str
) -> None:
    # A date column wrote '17 –' over '18 April': browsers break after a dash, next to
    # a no-break space too. Between whole dates, a line may end at the dash, as style
    # guides allow. The data files, which the importer reads back, keep the span as
    # CLDR writes it.
    assert show(for_tag(tag, tied_ranges=True), start, end) == shown
    data = shown.replace(WJ, "").replace(f"{NNB}–{NNB}", "\u2009–\u2009").replace(NB, " ")
    assert show(for_tag(tag), start, end) == data


def test_a_span_keeps_each_dates_own_ties() -> None:
    # A span's day and month, and a time and its offset, stay together as in one date.
    dates = for_tag("en", tied_ranges=True)
    assert (
        dates.unbroken(show(dates, "2010-09-30", "2010-10-02"))
        == f"30{NB}September{NNB}–\u20092{NB}October 2010"
    )
    assert dates.unbroken(show(dates, "2010-04-17", "2010-04-18")) == f"17{WJ}–{WJ}18{NB}April 2010"
    assert (
        dates.unbroken(show(dates, "2009", "2010", circa=True)) == f"c.{NB}2009{NNB}–{WJ}{NNB}2010"
    )  # its first end a year alone
    assert dates.unbroken(show(dates, "2010-09-30")) == f"30{NB}September 2010"
    assert dates.unbroken(show(dates, "2010-09-30T18:50+02:00")) == f"30{NB}September 2010, 18:50{NB}(UTC+2)"


def test_a_time_tied_to_its_about_and_its_offset_lets_the_offset_go_to_a_line_of_its_own() -> None:
    # 'c. 15:00 (UTC−10)' (the Maui fire's flare-up, Hawaii time) tied whole was wider than
    # the timeline's date column at 1280 px (144 px), which broke it inside the offset,
    # '(UTC−1' over '0)'; so were a time with seconds and an offset with minutes.
    dates = for_tag("en", tied_ranges=True)
    assert dates.unbroken(show(dates, "2023-08-08T15:00-10:00", circa=True)) == (
        f"8{NB}August 2023, c.{NB}15:00 (UTC−10)"
    )
    assert dates.unbroken(show(dates, "2023-08-08T15:00-10:00")) == f"8{NB}August 2023, 15:00{NB}(UTC−10)"
    assert dates.unbroken(show(dates, "2023-08-08T15:00:30+02:00")) == f"8{NB}August 2023, 15:00:30 (UTC+2)"
    assert dates.unbroken(show(dates, "2023-08-08T15:00+05:30")) == f"8{NB}August 2023, 15:00 (UTC+5:30)"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2014-03-31", "2014-04-28", "31 Mac\u2009–\u200928 April 2014"),
        ("2014-03-08", "2014-03-10", "8–10 Mac 2014"),
        ("2014-03-08", "2017-01-17", "8 Mac 2014\u2009–\u200917 Januari 2017"),
    ],
)
def test_a_malay_span_of_two_months_puts_no_comma_before_its_year(
    start: str, end: str, expected: str
) -> None:
    # CLDR's Malay span of days in two months of one year is 'd MMM, y': '31 Mac – 28 April,
    # 2014' beside '8–10 Mac 2014' and '28 April 2014'; Malaysian print writes no comma.
    assert show(for_tag("ms"), start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-11-25", "2024-11-27", "2024 m. lapkričio 25–27 d."),
        ("2024-11-25", "2024-12-03", "2024 m. lapkričio 25 d.\u2009–\u2009gruodžio 3 d."),
        ("2024-11-25", "2025-01-10", "2024 m. lapkričio 25 d.\u2009–\u20092025 m. sausio 10 d."),
        ("2024-09", "2024-11", "2024 m. rugsėjis–lapkritis"),
        ("2024-11", "2025-02", "2024 m. lapkritis\u2009–\u20092025 m. vasaris"),
        ("2023", "2025", "2023–2025"),
    ],
)
def test_a_lithuanian_span_writes_m_after_its_year_and_d_after_its_day(
    start: str, end: str, expected: str
) -> None:
    # CLDR's Lithuanian spans leave out the 'm.' (year) and 'd.' (day) its long date writes
    # ('2024 m. lapkričio 25 d.'): they read '2024 lapkričio 25–27' and '2024 lapkričio 25 –
    # gruodžio 3', numbers among words with nothing to say what they are.
    assert show(for_tag("lt"), start, end) == expected


def test_a_lithuanian_span_without_its_year_writes_d_after_its_day() -> None:
    dates = for_tag("lt")
    shown = dates.span(parse_date("2024-11-25"), parse_date("2024-12-03"), year=False)
    assert shown == "lapkričio 25 d.\u2009–\u2009gruodžio 3 d."


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        # 'nuo', 'iki' and 'tarp' govern the genitive: not 'Nuo 2024 m. lapkritis'. A month
        # named without its day takes 'mėn.' (mėnuo, month) after it, and a year alone 'm.',
        # as Lithuanian print writes them: not 'Nuo 2024', 'apie 2024 m. lapkričio'.
        ("from", "2024-11", None, "Nuo 2024 m. lapkričio mėn."),
        ("until", "2025-01", None, "Iki 2025 m. sausio mėn."),
        ("from", "2024", None, "Nuo 2024 m."),
        ("until", "2025", None, "Iki 2025 m."),
        ("from", "2024-11-25", None, "Nuo 2024 m. lapkričio 25 d."),
        ("between", "2024-09", "2024-11", "Nuo 2024 m. rugsėjo mėn. iki lapkričio mėn."),
        ("between", "2024-11", "2025-01", "Nuo 2024 m. lapkričio mėn. iki 2025 m. sausio mėn."),
        ("between", "2023", "2025", "Nuo 2023 m. iki 2025 m."),
        ("between", "2024-11-23", "2024-11-24", "Tarp 2024 m. lapkričio 23 ir 24 d."),
        ("between", "2024-11-30", "2024-12-01", "Tarp 2024 m. lapkričio 30 d. ir gruodžio 1 d."),
        ("weekend", "2024-11-23", "2024-11-24", "Savaitgalis: 2024 m. lapkričio 23–24 d."),
    ],
)
def test_lithuanian_date_phrases_govern_their_month_and_name_a_year_as_a_year(
    kind: str, start: str, end: str | None, expected: str
) -> None:
    dates = for_tag("lt")
    shown = dates.phrase(kind, parse_date(start), parse_date(end) if end else None)
    assert shown.replace("\u2060", "") == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-11", None, "apie 2024 m. lapkričio mėn."),
        ("2024", None, "apie 2024 m."),
        ("2024-11-25", None, "apie 2024 m. lapkričio 25 d."),
        ("2024-09", "2024-11", "apie 2024 m. rugsėjo–lapkričio mėn."),
        ("2023", "2025", "apie 2023–2025 m."),
    ],
)
def test_an_approximate_lithuanian_date_names_its_month_and_year(
    start: str, end: str | None, expected: str
) -> None:
    # 'apie' ('about') wants the accusative: 'apie 2024 m. lapkritis' (nominative) and
    # 'apie 2024 m. lapkričio' (genitive) are wrong; 'lapkričio mėn.' ('the month of
    # November', its 'mėn.' read 'mėnesį') and '2024 m.' ('metus') are what print writes.
    assert show(for_tag("lt"), start, end, circa=True).replace("\u2060", "") == expected


def test_a_lithuanian_month_without_its_year_is_named() -> None:
    # CLDR's lt month without its year is its number ('MM'): the overview strip labelled
    # the months after '2025' '05' and '11'.
    dates = for_tag("lt")
    assert dates.span(parse_date("2025-05"), None, year=False) == "gegužė"
    assert dates.span(parse_date("2025-11"), None, year=False) == "lapkritis"


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        ("from", "2013-11", None, "No 2013. gada novembra"),
        ("from", "2013-11-21", None, "No 2013. gada 21. novembra"),
        ("from", "2013", None, "No 2013. g."),  # the abbreviation stands for any case
        ("until", "2014-02", None, "Līdz 2014. gada februārim"),
        ("until", "2014-03-05", None, "Līdz 2014. gada 5. martam"),
        ("between", "2013-11", "2014-02", "No 2013. gada novembra līdz 2014. gada februārim"),
        ("between", "2013-05", "2013-08", "No 2013. gada maija līdz augustam"),
        ("between", "2013-11-21", "2013-11-23", "No 2013. gada 21. līdz 23. novembrim"),
        ("between", "2013-11-21", "2013-12-02", "No 2013. gada 21. novembra līdz 2. decembrim"),
        ("between", "2013", "2015", "No 2013. gada līdz 2015. gadam"),
        ("weekend", "2013-11-23", "2013-11-24", "Nedēļas nogale: 2013. gada 23.–24. novembris"),
    ],
)
def test_latvian_date_phrases_put_a_month_in_the_case_its_preposition_governs(
    kind: str, start: str, end: str | None, expected: str
) -> None:
    # CLDR's lv months are nominative in every pattern ('2013. gada 21. novembris'): the
    # pages read 'No 2013. gada novembris' and 'Līdz 2014. gada februāris', where 'no'
    # wants the genitive and 'līdz' the dative.
    phrase = for_tag("lv").phrase(kind, parse_date(start), parse_date(end) if end else None)
    assert phrase.replace("\u2009", " ") == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2013-11", "ap 2013. gada novembri"),
        ("2013-03-21", "ap 2013. gada 21. martu"),
        ("2013", "ap 2013. g."),
    ],
)
def test_an_approximate_latvian_date_takes_the_accusative_after_ap(date: str, expected: str) -> None:
    assert show(for_tag("lv"), date, circa=True) == expected


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        (None, "2023-08", None, "avgust 2023"),  # a month alone stands as it is
        (None, "2023-08-04", None, "4. avgusta 2023"),
        (None, "2023-08-04", "2023-08-06", "4.–6. avgusta 2023"),
        (None, "2023-07-31", "2023-08-06", "31. julija – 6. avgusta 2023"),
        (None, "2023-12-30", "2024-01-03", "30. decembra 2023 – 3. januarja 2024"),
        (None, "2023-08-04T14:30+02:00", None, "4. avgusta 2023 ob\u00a014.30 (UTC+2)"),
        # Slovenian writes a time with a dot and the hour without its zero.
        (None, "2023-08-04T06:05:30", None, "4. avgusta 2023 ob\u00a06.05.30"),
        ("from", "2023", None, "Od leta 2023"),
        ("from", "2023-08", None, "Od avgusta 2023"),
        ("from", "2023-08-04", None, "Od 4. avgusta 2023"),
        ("until", "2024-03", None, "Do marca 2024"),
        ("until", "2024-03-15", None, "Do 15. marca 2024"),
        ("between", "2023-08", "2023-10", "V obdobju od avgusta do oktobra 2023"),
        ("between", "2023", "2024", "V obdobju od leta 2023 do leta 2024"),
        ("between", "2023-07-30", "2023-08-06", "V obdobju od 30. julija do 6. avgusta 2023"),
        ("circa", "2023", None, "okoli leta 2023"),
        ("circa", "2023-09", None, "okoli septembra 2023"),
        ("circa", "2023-08", "2023-10", "okoli avgusta–oktobra 2023"),
    ],
)
def test_slovenian_puts_a_month_after_its_day_or_a_preposition_in_the_genitive(
    kind: str | None, start: str, end: str | None, expected: str
) -> None:
    # CLDR's sl has only the nominative of a month, and the pages read '4. avgust 2023',
    # 'Od avgust 2023', 'Do 15. marec 2024', 'okoli 2023': Slovenian writes a month after
    # its day, and after 'od', 'do' and 'okoli', in the genitive, and 'leta' before a year
    # alone; a date and its time are joined with 'ob' ('at'), not CLDR's comma, and the
    # time is written with a dot, as Slovenian writes it ('ob 14.30', CLDR's '14:30').
    dates = for_tag("sl")
    ending = parse_date(end) if end else None
    if kind is None:
        assert dates.span(parse_date(start), ending) == expected
    elif kind == "circa":
        assert dates.span(parse_date(start), ending, circa=True) == expected
    else:
        assert dates.phrase(kind, parse_date(start), ending) == expected


def test_a_slovenian_day_is_kept_to_its_month_in_the_genitive() -> None:
    # A narrow date column could break '4.' over 'avgusta 2023': the month in the
    # genitive was not among CLDR's names, which the ties are made of.
    dates = for_tag("sl")
    assert dates.unbroken("4. avgusta 2023 ob 14.30") == "4.\u00a0avgusta 2023 ob\u00a014.30"
    assert dates.unbroken("4. avgust 2023") == "4.\u00a0avgust 2023"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-07-31", "2023-08-06", "31. julija – 6. avgusta 2023"),
        ("2023-12-30", "2024-01-03", "30. decembra 2023 – 3. januarja 2024"),
        ("2023-08", "2024-01", "avgust 2023 – januar 2024"),
        ("2023-08-04T06:00", "2024-08-04", "4. avgusta 2023 ob\u00a06.00 – 4. avgusta 2024"),
        # One word each side: the dash unspaced, as CLDR writes it.
        ("2023-08-04", "2023-08-06", "4.–6. avgusta 2023"),
        ("2023-08", "2023-10", "avgust–oktober 2023"),
        ("2023", "2024", "2023–2024"),
        ("2023-08-04T14:30", "2023-08-04T18:00", "4. avgusta 2023 ob\u00a014.30–18.00"),
    ],
)
def test_slovenian_spaces_the_dash_between_ends_of_more_than_one_word(
    start: str, end: str, expected: str
) -> None:
    # CLDR's sl wrote '31. julija–6. avgusta 2023' and, in the overview strip's summary, '4.
    # avgusta 2023 ob 06:00 (UTC+2)–4. avgusta 2024': Slovenian spaces the dash where an
    # end is of more than one word.
    assert for_tag("sl").span(parse_date(start), parse_date(end)) == expected


def test_a_georgian_span_of_two_years_writes_each_date_as_its_long_date_does() -> None:
    # CLDR's 'dd MMM. y – d MMM. y', its month written in full, read '30 დეკემბერი. 2010 –
    # 3 იანვარი. 2011' (a story's overview) beside '13 ივნისი, 2015' on the same page.
    assert show(dates_in("ka"), "2010-12-30", "2011-01-03") == "30 დეკემბერი, 2010 – 3 იანვარი, 2011"


@pytest.mark.parametrize(
    ("start", "end", "written"),
    [
        ("2025", None, "พ.ศ. 2568"),
        ("2025-12", None, "ธันวาคม 2568"),
        ("2025-12-06", None, "6 ธันวาคม 2568"),
        ("2024-02-29", None, "29 กุมภาพันธ์ 2567"),  # a leap day of the Gregorian year, written all the same
        ("2025-12-06T19:30+07:00", None, "6 ธันวาคม 2568 19:30 น. (UTC+7)"),
        ("2025-12-06", "2025-12-08", "6–8 ธันวาคม 2568"),
        ("2024-11-06", "2025-01-08", "6 พฤศจิกายน 2567\u2009–\u20098 มกราคม 2568"),
        ("2024-03", "2025-05", "มีนาคม 2567 – พฤษภาคม 2568"),
        ("2020", "2025", "พ.ศ. 2563–2568"),
        ("2020", "2025-05", "พ.ศ. 2563 – พฤษภาคม 2568"),
    ],
)
def test_thai_writes_its_years_in_the_buddhist_era(start: str, end: str | None, written: str) -> None:
    # Thai news writes '6 ธ.ค. 2568' and 'พ.ศ. 2568'; the pages wrote '6 ธันวาคม ค.ศ. 2025'
    # (CLDR's Gregorian long date, its era named) and '2025' (Babel formats no other calendar).
    assert show(for_tag("th"), start, end) == written


def test_thai_years_are_the_buddhist_eras_in_every_form_a_page_shows() -> None:
    dates = for_tag("th")
    # The overview strip's labels, without the year ...
    assert dates.span(parse_date("2025-03"), parse_date("2025-05"), year=False) == "มีนาคม – พฤษภาคม"
    # ... and with it, as the strip writes a span across years.
    assert dates.span(parse_date("2024-12"), parse_date("2025-01"), year=False) == "ธันวาคม 2567 – มกราคม 2568"
    assert dates.phrase("from", parse_date("2025"), None).endswith("พ.ศ. 2568")
    assert dates.span(parse_date("2025"), None, circa=True).endswith("พ.ศ. 2568")
    # A year page's title and its list of years.
    assert dates.year_number(2025) == "พ.ศ. 2568"
    event = Event(id="e", title="T", date=parse_date("2025-12-06T19:30"), summary="s")
    assert dates.day_and_time(event) == ("6 ธันวาคม 2568 ", "19:30 น.")
    # Every other language writes a year alone as its number, as before.
    assert for_tag("en").year_number(2025) == "2025"
    assert for_tag("fa", native_digits=True).year_number(2025) == "۲۰۲۵"
    assert for_tag("fa", native_digits=True).year_number(2025, digits=False) == "2025"


NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("tag", "start", "end", "written"),
    [
        ("hi", "2025-12-06T19:30", None, f"6 दिसंबर 2025, शाम{NBSP}7:30{NBSP}बजे"),
        ("hi", "2025-12-06T10:00", None, f"6 दिसंबर 2025, सुबह{NBSP}10{NBSP}बजे"),  # on the hour: no ':00'
        ("hi", "2025-12-06T14:05+05:30", None, f"6 दिसंबर 2025, दोपहर{NBSP}2:05{NBSP}बजे (UTC+5:30)"),
        # Past midnight, the early morning's word, of its own day: 'रात 12:30 बजे' beside 6
        # December read as the night of the 6th, a day late (a night is named by its eve).
        ("hi", "2025-12-06T00:30", None, f"6 दिसंबर 2025, तड़के{NBSP}12:30{NBSP}बजे"),
        ("hi", "2025-12-06T03:00", None, f"6 दिसंबर 2025, तड़के{NBSP}3{NBSP}बजे"),
        ("ta", "2025-12-06T00:30", None, f"6 டிசம்பர், 2025, அதிகாலை 12.30{NBSP}மணி"),
        ("te", "2025-12-06T01:00", None, f"6 డిసెంబర్, 2025 తెల్లవారుజామున 1{NBSP}గంటకు"),
        ("fil", "2025-12-06T00:30", None, f"Disyembre 6, 2025, 12:30 ng{NBSP}madaling-araw"),
        ("hi", "2025-12-06T10:00:05", None, f"6 दिसंबर 2025, सुबह{NBSP}10:00:05{NBSP}बजे"),
        ("ta", "2025-12-06T10:30", None, f"6 டிசம்பர், 2025, காலை 10.30{NBSP}மணி"),
        ("ta", "2025-12-06T18:00", None, f"6 டிசம்பர், 2025, மாலை 6{NBSP}மணி"),
        ("te", "2025-12-06T10:30", None, f"6 డిసెంబర్, 2025 ఉదయం 10.30{NBSP}గంటలకు"),
        ("te", "2025-12-06T16:00", None, f"6 డిసెంబర్, 2025 సాయంత్రం 4{NBSP}గంటలకు"),
        ("fil", "2025-12-06T16:00", None, f"Disyembre 6, 2025, 4:00 ng{NBSP}hapon"),
        ("fil", "2025-12-06T04:00", None, f"Disyembre 6, 2025, 4:00 ng{NBSP}madaling-araw"),
        ("fil", "2025-12-06T10:15", None, f"Disyembre 6, 2025, 10:15 ng{NBSP}umaga"),
        ("fil", "2025-12-06T21:00", None, f"Disyembre 6, 2025, 9:00 ng{NBSP}gabi"),
        # A span of times of one day: the part of the day once where both are in it, the
        # word after the last time alone.
        ("hi", "2025-12-06T10:00", "2025-12-06T11:30", f"6 दिसंबर 2025, सुबह{NBSP}10–11:30{NBSP}बजे"),
        ("hi", "2025-12-06T11:00", "2025-12-06T13:00", f"6 दिसंबर 2025, सुबह{NBSP}11 – दोपहर{NBSP}1{NBSP}बजे"),
        ("ta", "2025-12-06T10:00", "2025-12-06T10:30", f"6 டிசம்பர், 2025, காலை 10–10.30{NBSP}மணி"),
        ("te", "2025-12-06T10:00", "2025-12-06T11:30", f"6 డిసెంబర్, 2025 ఉదయం 10 – 11.30{NBSP}గంటలకు"),
        ("fil", "2025-12-06T10:00", "2025-12-06T11:30",
         f"Disyembre 6, 2025, 10:00\u2009–\u200911:30 ng{NBSP}umaga"),
        ("fil", "2025-12-06T11:00", "2025-12-06T13:30",
         f"Disyembre 6, 2025, 11:00 ng{NBSP}umaga\u2009–\u20091:30 ng{NBSP}hapon"),
        # Every other language keeps its clock of 24 hours.
        ("en", "2025-12-06T19:30", None, "6 December 2025, 19:30"),
        ("ur", "2025-12-06T19:30", None, f"6 دسمبر، 2025 کو{NBSP}19:30"),
    ],
)  # fmt: skip
def test_hindi_tamil_telugu_and_filipino_write_the_part_of_the_day_on_a_clock_of_twelve_hours(
    tag: str, start: str, end: str | None, written: str
) -> None:
    # Their news writes 'शाम 7:30 बजे', 'காலை 10.30 மணி', 'ఉదయం 10.30 గంటలకు', '4:00 ng hapon';
    # the pages wrote '19:30', as a phone's clock does.
    assert show(for_tag(tag), start, end) == written


@pytest.mark.parametrize(
    ("tag", "date", "parts"),
    [
        ("hi", "2025-12-06T19:30+05:30", ("6 दिसंबर 2025, ", f"शाम{NBSP}7:30{NBSP}बजे (UTC+5:30)")),
        ("hi", "2025-12-06T10:00", ("6 दिसंबर 2025, ", f"सुबह{NBSP}10{NBSP}बजे")),
        ("fil", "2025-12-06T16:00", ("Disyembre 6, 2025, ", f"4:00 ng{NBSP}hapon")),
    ],
)
def test_a_time_of_a_twelve_hour_clock_is_cut_from_its_day(
    tag: str, date: str, parts: tuple[str, str]
) -> None:
    # The timeline shows the time alone under an entry of the same day.
    event = Event(id="e", title="T", date=parse_date(date), summary="s")
    assert for_tag(tag).day_and_time(event) == parts


@pytest.mark.parametrize(
    ("kind", "start", "end", "written"),
    [
        ("from", "2025-12-06T10:30", None, f"6 డిసెంబర్, 2025 ఉదయం 10.30{NBSP}గంటల నుంచి"),
        ("until", "2025-12-06T18:00", None, f"6 డిసెంబర్, 2025 సాయంత్రం 6{NBSP}గంటల వరకు"),
        ("from", "2025-12-06", None, "6 డిసెంబర్, 2025 నుంచి"),  # no time: as before
    ],
)
def test_a_telugu_phrases_time_is_in_the_case_its_postposition_governs(
    kind: str, start: str, end: str | None, written: str
) -> None:
    # A Telugu time is written 'ఉదయం 10.30 గంటలకు' ('at 10.30'), and the catalog's
    # '%(date)s నుంచి' ('from') read 'గంటలకు నుంచి', 'from at 10.30'; Telugu says 'గంటల నుంచి'.
    dates = for_tag("te")
    assert dates.phrase(kind, parse_date(start), parse_date(end) if end else None) == written


@pytest.mark.parametrize(
    ("start", "kind", "written"),
    [
        ("2025-12-06T13:00", None, f"6 డిసెంబర్, 2025 మధ్యాహ్నం 1{NBSP}గంటకు"),
        ("2025-12-06T01:00", None, f"6 డిసెంబర్, 2025 తెల్లవారుజామున 1{NBSP}గంటకు"),
        ("2025-12-06T13:30", None, f"6 డిసెంబర్, 2025 మధ్యాహ్నం 1.30{NBSP}గంటలకు"),
        ("2025-12-06T12:00", None, f"6 డిసెంబర్, 2025 మధ్యాహ్నం 12{NBSP}గంటలకు"),
        ("2025-12-06T13:00", "from", f"6 డిసెంబర్, 2025 మధ్యాహ్నం 1{NBSP}గంట నుంచి"),
        ("2025-12-06T13:00", "until", f"6 డిసెంబర్, 2025 మధ్యాహ్నం 1{NBSP}గంట వరకు"),
    ],
)
def test_a_telugu_time_at_one_oclock_counts_one_hour(start: str, kind: str | None, written: str) -> None:
    # Telugu says one o'clock in the singular, 'ఒంటి గంటకు', and its news writes 'మధ్యాహ్నం 1
    # గంటకు'; the pages wrote '1 గంటలకు' ('at 1 hours'), and 'from' it '1 గంటల నుంచి'. With
    # minutes it is hours again: 'మధ్యాహ్నం 1.30 గంటలకు'.
    dates = for_tag("te")
    shown = dates.phrase(kind, parse_date(start), None) if kind else show(dates, start, None)
    assert shown == written


APPROXIMATE_TIMES = [
    pytest.param("ar", "4 أغسطس 2020، نحو\u00a0الساعة\u00a018:08", id="ar"),
    pytest.param("bg", "4 август 2020\u202fг., около\u00a018:08 ч.", id="bg"),
    pytest.param("bn", "4 আগস্ট, 2020 আনুমানিক\u00a018:08", id="bn"),
    pytest.param("mr", "4 ऑगस्ट, 2020, सुमारे\u00a018:08", id="mr"),
    pytest.param("ne", "2020 अगस्ट 4, करिब\u00a018:08", id="ne"),
    pytest.param("ca", "4 d’agost del 2020, cap\u00a0a\u00a0les\u00a018:08", id="ca"),
    pytest.param("cs", "4. srpna 2020 kolem\u00a018:08", id="cs"),
    pytest.param("da", "4. august 2020 ca.\u00a0kl.\u00a018.08", id="da"),
    pytest.param("de", "4. August 2020, gegen\u00a018:08\u00a0Uhr", id="de"),
    pytest.param("el", "4 Αυγούστου 2020, γύρω\u00a0στις\u00a018:08", id="el"),
    pytest.param("en", "4 August 2020, c.\u00a018:08", id="en"),
    pytest.param("es", "4 de agosto de 2020, hacia\u00a0las\u00a018:08", id="es"),
    pytest.param("et", "4. august 2020 umbes kell\u00a018.08", id="et"),
    pytest.param("fa", "4 اوت 2020،\u200f حدود\u00a0ساعت\u00a018:08", id="fa"),
    pytest.param("fi", "4. elokuuta 2020 noin\u00a0klo\u00a018.08", id="fi"),
    pytest.param("fil", "Agosto 4, 2020, bandang\u00a06:08 ng\u00a0gabi", id="fil"),
    pytest.param("fr", "4 août 2020, vers\u00a018:08", id="fr"),
    pytest.param("he", "4 באוגוסט 2020, בסביבות\u00a018:08", id="he"),
    pytest.param("hi", "4 अगस्त 2020, लगभग शाम\u00a06:08\u00a0बजे", id="hi"),
    pytest.param("hr", "4. kolovoza 2020. oko\u00a018:08", id="hr"),
    pytest.param("hu", "2020. augusztus 4. 18:08\u00a0körül", id="hu"),
    pytest.param("hy", "2020 թ. օգոստոսի 4, մոտավորապես ժամը\u00a018:08", id="hy"),
    pytest.param("id", "4 Agustus 2020 sekitar pukul\u00a018.08", id="id"),
    pytest.param("is", "4. ágúst 2020 um\u00a0kl.\u00a018:08", id="is"),
    pytest.param("it", "4 agosto 2020, verso\u00a0le\u00a018:08", id="it"),
    pytest.param("ja", "2020年8月4日 18:08ごろ", id="ja"),
    pytest.param("ka", "4 აგვისტო, 2020, დაახლოებით 18:08", id="ka"),
    pytest.param("ko", "2020년 8월 4일 18:08경", id="ko"),
    pytest.param("ky", "2020-ж., 4-август болжол менен саат\u00a018:08", id="ky"),
    pytest.param("lt", "2020 m. rugpjūčio 4 d. apie\u00a018:08", id="lt"),
    pytest.param("lv", "2020. gada 4. augusts ap\u00a0plkst.\u00a018:08", id="lv"),
    pytest.param("mk", "4 август 2020\u202fг. околу\u00a018:08", id="mk"),
    pytest.param("ms", "4 Ogos 2020, kira-kira pukul\u00a018:08", id="ms"),
    pytest.param("nb", "4. august 2020 ca.\u00a0kl.\u00a018:08", id="nb"),
    pytest.param("nl", "4 augustus 2020, omstreeks\u00a018:08", id="nl"),
    pytest.param("pl", "4 sierpnia 2020, około godz.\u00a018:08", id="pl"),
    pytest.param("ps", "4 اګست 2020 شاوخوا\u00a018:08", id="ps"),
    pytest.param("pt", "4 de agosto de 2020 por volta das\u00a018h08", id="pt"),
    pytest.param("ro", "4 august 2020, în jurul orei\u00a018:08", id="ro"),
    pytest.param("ru", "4 августа 2020\u202fг., около\u00a018:08", id="ru"),
    pytest.param("sk", "4. augusta 2020, okolo\u00a018:08", id="sk"),
    pytest.param("sl", "4. avgusta 2020 okoli\u00a018.08", id="sl"),
    pytest.param("sr", "4. август 2020. око\u00a018:08", id="sr"),
    pytest.param("sr-Latn", "4. avgust 2020. oko\u00a018:08", id="sr-Latn"),
    pytest.param("sv", "4 augusti 2020 omkring kl.\u00a018:08", id="sv"),
    pytest.param("sw", "4 Agosti 2020 takriban\u00a018:08", id="sw"),
    pytest.param("ta", "4 ஆகஸ்ட், 2020, சுமார் மாலை 6.08\u00a0மணி", id="ta"),
    pytest.param("te", "4 ఆగస్టు, 2020 సాయంత్రం 6.08\u00a0గంటల ప్రాంతంలో", id="te"),
    pytest.param("th", "4 สิงหาคม 2563 ประมาณ\u00a018:08 น.", id="th"),
    pytest.param("tr", "4 Ağustos 2020 18:08\u00a0civarında", id="tr"),
    pytest.param("uk", "4 серпня 2020\u202fр., близько\u00a018:08", id="uk"),
    pytest.param("ur", "4 اگست، 2020 کو\u00a0تقریباً\u00a018:08", id="ur"),
    pytest.param("vi", "khoảng\u00a018:08 4 tháng 8, 2020", id="vi"),
    pytest.param("zh-Hans", "2020年8月4日 18:08左右", id="zh-Hans"),
    pytest.param("zh-Hant", "2020年8月4日 18:08左右", id="zh-Hant"),
]
"""An approximate time (an event with a time and 'circa') in every shipped language, as
its news writes it: the day as it is, the time marked approximate."""


def test_every_shipped_language_has_its_approximate_time_in_the_table() -> None:
    from generator.i18n.languages import available

    assert {param.values[0] for param in APPROXIMATE_TIMES} == {
        name.replace("_", "-") for name in available()
    }


@pytest.mark.parametrize(("tag", "expected"), APPROXIMATE_TIMES)
def test_an_approximate_time_is_the_times_and_not_its_days(tag: str, expected: str) -> None:
    # 'c. 4 August 2020, 18:08', Spanish 'hacia el 28 de septiembre de 2021, 23:00' (read as
    # "around the 28th"): the 'c.' was the whole date's, where its day is known.
    assert show(for_tag(tag), "2020-08-04T18:08", circa=True) == expected


@pytest.mark.parametrize(
    ("tag", "date", "expected"),
    [
        ("es", "2021-09-28T01:30", "28 de septiembre de 2021, hacia\u00a0la\u00a01:30"),
        ("es", "2021-09-28T13:00", "28 de septiembre de 2021, hacia\u00a0las\u00a013:00"),
        ("ca", "2021-09-28T01:30", "28 de setembre del 2021, cap\u00a0a\u00a0la\u00a01:30"),
        ("ca", "2021-09-28T11:00", "28 de setembre del 2021, cap\u00a0a\u00a0les\u00a011:00"),
        ("it", "2021-09-28T01:30", "28 settembre 2021, verso\u00a0l’1:30"),
        ("it", "2021-09-28T11:00", "28 settembre 2021, verso\u00a0le\u00a011:00"),
        ("el", "2021-09-28T01:30", "28 Σεπτεμβρίου 2021, γύρω\u00a0στη\u00a001:30"),
        ("el", "2021-09-28T13:30", "28 Σεπτεμβρίου 2021, γύρω\u00a0στις\u00a013:30"),
        ("pt", "2021-09-28T01:30", "28 de setembro de 2021 por volta da\u00a01h30"),
        ("pt", "2021-09-28T00:15", "28 de setembro de 2021 por volta da\u00a00h15"),
        ("pt", "2021-09-28T10:00", "28 de setembro de 2021 por volta das\u00a010h00"),
        ("te", "2021-09-28T13:00", "28 సెప్టెంబర్, 2021 మధ్యాహ్నం 1\u00a0గంట ప్రాంతంలో"),
        ("te", "2021-09-28T13:30", "28 సెప్టెంబర్, 2021 మధ్యాహ్నం 1.30\u00a0గంటల ప్రాంతంలో"),
    ],
)
def test_an_approximate_time_at_one_oclock_takes_the_article_of_one_hour(
    tag: str, date: str, expected: str
) -> None:
    assert show(for_tag(tag), date, circa=True) == expected


def test_an_italian_time_has_its_hour_unpadded_as_italian_news_writes_it() -> None:
    # "l’01:30" and "01:30" read as a machine's; Italian news writes "l’1:30", "alle 9:37".
    dates = for_tag("it")
    assert show(dates, "2021-09-28T01:30") == "28 settembre 2021, 1:30"
    assert show(dates, "2021-09-28T09:05:30") == "28 settembre 2021, 9:05:30"
    assert show(dates, "2021-09-28T01:30", "2021-09-28T03:00") == "28 settembre 2021, 1:30–3:00"
    assert show(dates, "2021-09-28T21:00") == "28 settembre 2021, 21:00"


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "4 August 2020, c.\u00a018:08"),
        ("fr", "4 août 2020, vers\u00a018:08"),
        ("hu", "2020. augusztus 4. 18:08\u00a0körül"),
        ("vi", "khoảng\u00a018:08 4 tháng 8, 2020"),
        ("nb", "4. august 2020 ca.\u00a0kl.\u00a018:08"),
        ("da", "4. august 2020 ca.\u00a0kl.\u00a018.08"),
        # Too wide for the date column at 1280 px, tied (``ABOUT_APART``).
        ("et", "4. august 2020 umbes kell\u00a018.08"),
        ("ka", "4 აგვისტო, 2020, დაახლოებით 18:08"),
    ],
)
def test_the_word_for_about_is_tied_to_its_time(tag: str, expected: str) -> None:
    # A narrow date column broke 'khoảng' over '18:08', 'ca. kl.' over '18:08': the word
    # says how the time is to be read, and is kept with it (and an abbreviation with the
    # word after it, as Norwegian ties 'kl.' to its time).
    assert show(for_tag(tag), "2020-08-04T18:08", circa=True) == expected


def test_an_approximate_time_keeps_its_offset_after_and_a_span_or_a_day_its_form() -> None:
    dates = for_tag("en")
    assert show(dates, "2020-08-04T18:08+03:00", circa=True) == "4 August 2020, c.\u00a018:08 (UTC+3)"
    # To the second, the time may go to a line apart from its word (the test below).
    assert show(dates, "2020-08-04T18:08:30", circa=True) == "4 August 2020, c. 18:08:30"
    assert show(dates, "2020-08-04", circa=True) == "c. 4 August 2020"
    assert show(dates, "2020-08-04T18:00", "2020-08-04T19:00", circa=True).startswith("c. ")


def test_the_time_alone_of_an_approximate_time_keeps_its_word() -> None:
    # The timeline shows the time alone for an entry on the day of the one before it.
    event = Event(id="e", title="T", date=parse_date("2020-08-04T18:08+03:00"), circa=True, summary="S.")
    assert for_tag("en").day_and_time(event) == ("4 August 2020, ", "c.\u00a018:08 (UTC+3)")
    assert for_tag("ja").day_and_time(event) == ("2020年8月4日 ", "18:08ごろ (UTC+3)")


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fi", "28. marraskuuta 2025 noin klo\u00a018.08.30"),
        ("nl", "28 november 2025, omstreeks 18:08:30"),
        ("tr", "28 Kasım 2025 18:08:30 civarında"),
        ("vi", "khoảng 18:08:30 28 tháng 11, 2025"),
    ],
)
def test_an_approximate_time_to_the_second_may_go_to_a_line_apart_from_its_word(
    tag: str, expected: str
) -> None:
    # Tied, 'noin klo 18.08.30' and 'omstreeks 18:08:30' were wider than the timeline's
    # date column at 1280 px (144 px), which broke them inside the time, '18.08.3' over
    # '0', '18:08' over ':30'. ('klo', an abbreviation before a time, stays tied to it.)
    assert show(for_tag(tag), "2025-11-28T18:08:30", circa=True) == expected
    event = Event(id="e", title="T", date=parse_date("2025-11-28T18:08:30"), circa=True, summary="S.")
    # The time alone, on the day of the entry before it, keeps its word ('vi' writes it first).
    found = for_tag(tag).day_and_time(event)
    assert (found is None) if tag == "vi" else (found is not None and "".join(found) == expected)


@pytest.mark.parametrize(
    ("tag", "start", "end", "shown"),
    [
        # The column began a line with the dash: '27 август' over '– 28 септември 2021 г.'.
        ("bg", "2021-08-27", "2021-09-28", f"27{NB}август{NB}– 28{NB}септември 2021\u202fг."),
        ("ru", "2021-10-28", "2021-11-03", f"28{NB}октября{NB}— 3{NB}ноября 2021\u202fг."),
        ("pl", "2021-10-28", "2021-11-03", f"28{NB}października{NNB}–\u20093{NB}listopada 2021"),
        ("el", "2021-09-28", "2021-10-03", f"28{NB}Σεπτεμβρίου{NB}– 3{NB}Οκτωβρίου 2021"),
    ],
)
def test_no_line_of_a_date_begins_with_its_spans_dash(tag: str, start: str, end: str, shown: str) -> None:
    # The dash ends the first end's line, as newsroom typography and JIS X 4051 (for a
    # tilde) have it; the line may break after it, at the space.
    dates = for_tag(tag, tied_ranges=True)
    assert dates.unbroken(show(dates, start, end)) == shown


def test_a_dash_or_tilde_with_no_space_before_it_is_joined_to_what_it_follows() -> None:
    # An em dash or a tilde may begin a line by Unicode's rules; a word joiner keeps it
    # with what is before it.
    dates = for_tag("en", tied_ranges=True)
    assert dates.unbroken("March—April 2010") == f"March{WJ}—April 2010"
    assert dates.unbroken("March ~ April 2010") == f"March{NB}~ April 2010"


# Each form of a date_phrase, in the languages whose phrases had no test of their own:
# a day, a month, a year, a day with its time, and spans of days (in a month and across
# two), of months and of years; a weekend in a month and across two.
PHRASE_FORMS: dict[str, list[tuple[str, str, str | None, str]]] = {
    "en": [
        ("from", "2010-04-07", None, "From 7 April 2010"),
        ("from", "2010-04", None, "From April 2010"),
        ("until", "2011", None, "Until 2011"),
        ("from", "2010-04-07T18:50+02:00", None, "From 7 April 2010, 18:50 (UTC+2)"),
        ("between", "2010-04-07", "2010-04-15", "Between 7 and 15 April 2010"),
        ("between", "2009-12-30", "2010-01-02", "Between 30 December 2009 and 2 January 2010"),
        ("between", "2010-04", "2010-08", "Between April and August 2010"),
        ("between", "2010", "2012", "Between 2010 and 2012"),
        ("weekend", "2010-04-17", "2010-04-18", "Weekend of 17–18 April 2010"),
        ("weekend", "2010-04-30", "2010-05-01", "Weekend of 30 April\u2009–\u20091 May 2010"),
    ],
    "fr": [
        ("from", "2010-04-07", None, "À partir du 7 avril 2010"),
        ("from", "2010-04", None, "À partir d’avril 2010"),
        ("until", "2011", None, "Jusqu’en 2011"),
        ("until", "2010-05-01T09:30+02:00", None, "Jusqu’au 1er mai 2010, 09:30 (UTC+2)"),
        ("between", "2010-03-30", "2010-04-02", "Entre le 30 mars et le 2 avril 2010"),
        ("between", "2009-11", "2010-02", "Entre novembre 2009 et février 2010"),
        ("between", "2010", "2012", "Entre 2010 et 2012"),
        ("weekend", "2010-04-30", "2010-05-01", "Week-end du 30 avril\u2009–\u20091er mai 2010"),
    ],
    "de": [
        ("from", "2010-04-07", None, "Ab dem 7. April 2010"),
        ("until", "2010-05", None, "Bis Mai 2010"),
        ("from", "2010", None, "Ab 2010"),
        ("from", "2010-04-07T18:50+02:00", None, "Ab dem 7. April 2010, 18:50\u00a0Uhr (UTC+2)"),
        ("between", "2010-04-07", "2010-04-15", "Zwischen dem 7. und dem 15. April 2010"),
        ("between", "2010-04", "2010-08", "Zwischen April und August 2010"),
        ("between", "2010", "2012", "Zwischen 2010 und 2012"),
        ("weekend", "2010-04-17", "2010-04-18", "Wochenende 17.–18. April 2010"),
    ],
    "es": [
        ("from", "2010-04-07", None, "Desde el 7 de abril de 2010"),
        ("until", "2010-05", None, "Hasta mayo de 2010"),
        ("from", "2010", None, "Desde 2010"),
        ("until", "2010-05-01T09:30+02:00", None, "Hasta el 1 de mayo de 2010, 9:30 (UTC+2)"),
        ("between", "2009-12-30", "2010-01-02", "Entre el 30 de diciembre de 2009 y el 2 de enero de 2010"),
        ("between", "2010-04", "2010-08", "Entre abril y agosto de 2010"),
        ("between", "2010", "2012", "Entre 2010 y 2012"),
        ("weekend", "2010-04-17", "2010-04-18", "Fin de semana del 17–18 de abril de 2010"),
    ],
    "ja": [
        ("from", "2010-04-07", None, "2010年4月7日から"),
        ("until", "2010-05", None, "2010年5月まで"),
        ("from", "2010", None, "2010年から"),
        ("until", "2010-05-01T09:30+02:00", None, "2010年5月1日 9:30 (UTC+2)まで"),
        ("between", "2010-03-30", "2010-04-02", "2010年3月30日から4月2日までの間"),
        ("between", "2009-11", "2010-02", "2009年11月から2010年2月までの間"),
        ("between", "2010", "2012", "2010年から2012年までの間"),
        ("weekend", "2010-04-17", "2010-04-18", "2010年4月17日～18日の週末"),
    ],
    "ar": [
        ("from", "2010-04-07", None, "ابتداءً من 7 أبريل 2010"),
        ("until", "2010-05", None, "حتى مايو 2010"),
        ("until", "2011", None, "حتى 2011"),
        ("from", "2010-04-07T18:50+02:00", None, "ابتداءً من 7 أبريل 2010، 18:50 (بتوقيت UTC+2)"),
        ("between", "2010-04-07", "2010-04-15", "بين 7 و15 أبريل 2010"),
        ("between", "2010-04", "2010-08", "بين أبريل وأغسطس 2010"),
        ("between", "2010", "2012", "بين 2010 و2012"),
        ("weekend", "2010-04-17", "2010-04-18", "عطلة نهاية الأسبوع 17–18 أبريل 2010"),
    ],
}


@pytest.mark.parametrize(
    ("tag", "kind", "start", "end", "expected"),
    [(tag, *form) for tag, forms in PHRASE_FORMS.items() for form in forms],
)
def test_each_form_of_a_date_phrase(tag: str, kind: str, start: str, end: str | None, expected: str) -> None:
    dates = for_tag(tag)
    assert dates.phrase(kind, parse_date(start), parse_date(end) if end else None) == expected


@pytest.mark.parametrize("tag", list(PHRASE_FORMS))
def test_an_approximate_date_with_a_phrase_is_worded_by_the_phrase_alone(tag: str) -> None:
    # 'circa' beside a date_phrase is not shown (the phrase says how the date is known;
    # 'explainer check' warns): the event's date reads as the phrase, without 'c.'.
    dates = for_tag(tag)
    event = Event(
        id="e", title="T", date=parse_date("2010-04-07"), circa=True, date_phrase="from", summary="S."
    )
    assert dates.when(event) == dates.phrase("from", parse_date("2010-04-07"), None)
    assert dates.when(event) != dates.span(parse_date("2010-04-07"), None, circa=True)


@pytest.mark.parametrize(
    ("tag", "start", "end", "kind", "shown"),
    [
        # A span of days of one month may end a line before its month: tied, '18–19
        # September' was wider than the date column at 1280 px, which cut the month.
        ("en", "2021-09-18", "2021-09-19", "weekend", f"Weekend of 18{WJ}–{WJ}19 September 2021"),
        ("de", "2021-09-18", "2021-09-19", "weekend", f"Wochenende 18.{WJ}–{WJ}19. September 2021"),
        ("en", "2021-09-18", "2021-09-19", None, f"18{WJ}–{WJ}19 September 2021"),
        # A first day with its month keeps each day with its month.
        ("en", "2021-09-28", "2021-10-03", None, f"28{NB}September\u202f–\u20093{NB}October 2021"),
        # A span of hours keeps its clock's word ('बजे') with it.
        ("hi", "2021-09-18T10:00", "2021-09-18T11:00", None, f"18{NB}सितंबर 2021, सुबह{NB}10–11{NB}बजे"),
        # Japanese may break after 'から', Chinese and Korean never before the word after an offset.
        ("ja", "2021-11-27", "2021-12-21", "between", f"2021年{ZW}11月27日から{ZW}12月21日までの間"),
        (
            "ja",
            "2021-07-14T22:30",
            "2021-07-14T23:45",
            "between",
            f"2021年{ZW}7月14日 22:30から{ZW}23:45の間",
        ),
        ("zh-Hans", "2021-12-23T23:45-09:30", None, "from", f"自2021年{ZW}12月23日 23:45 (UTC−9:30){WJ}起"),
        ("ko", "2021-12-22T23:45-09:30", None, "until", f"2021년 12월{NB}22일 23:45 (UTC−9:30){WJ}까지"),
    ],
)
def test_a_date_phrase_breaks_in_the_column_between_words(
    tag: str, start: str, end: str | None, kind: str | None, shown: str
) -> None:
    dates = for_tag(tag, tied_ranges=True)
    first, last = parse_date(start), parse_date(end) if end else None
    written = dates.phrase(kind, first, last) if kind else dates.span(first, last)
    assert dates.in_column(written) == shown


def test_a_span_of_days_keeps_its_last_day_with_its_month_but_in_the_date_column() -> None:
    # In running text, a page keeps '16. April' on one line as '16 avril'; the narrow date
    # column may break before the month (``_SPAN_LAST_DAY``).
    dates = for_tag("de")
    written = show(dates, "2019-04-15", "2019-04-16")
    assert dates.unbroken(written) == f"15.–16.{NB}April 2019"
    assert dates.in_column(written) == "15.–16. April 2019"


def test_the_armenian_between_begins_with_no_word_wider_than_the_date_column() -> None:
    # 'Ժամանակահատվածը՝' ('the period:'), one word, was wider than the date column at
    # 1280 px, which cut it.
    dates = for_tag("hy")
    written = dates.phrase("between", parse_date("2021-11-27"), parse_date("2021-12-21"))
    assert "Ժամանակահատվածը" not in written
    assert written == "27 նոյեմբերի – 21 դեկտեմբերի, 2021 թ. միջակայքում"


def _at(*dates: str) -> list[Event]:
    return [Event(id=f"e{n}", title="T", date=parse_date(date), summary="s") for n, date in enumerate(dates)]


@pytest.mark.parametrize(
    ("tag", "zone", "dates", "note"),
    [
        ("en", None, ("2010-10-13T00:11", "2010-10-14"), "Times are local to each place."),
        ("en", "America/Santiago", ("2010-10-13T00:11",), "Times are Chile Time (UTC−3)."),
        # A zone of one offset all year is named by its standard name.
        ("en", "Asia/Kolkata", ("2010-10-13T00:11",), "Times are India Standard Time (UTC+5:30)."),
        ("ru", "Asia/Bishkek", ("2010-04-07T14:00",), "Время: Киргизия (UTC+6)."),
        # Times on both sides of a change of the clock: the zone's name alone.
        ("en", "Europe/Paris", ("2010-01-13T10:00", "2010-07-13T10:00"), "Times are Central European Time."),
        ("de", "Europe/Paris", ("2010-07-13T10:00",), "Uhrzeiten: Mitteleuropäische Zeit (UTC+2)."),
        ("uk", None, ("2010-07-13T10:00",), "Час указано місцевий для кожного місця."),
        ("fa", "Asia/Tehran", ("2010-01-13T10:00",), "زمان‌ها به وقت ایران (به وقت UTC+۳:۳۰) است."),
        # No time, or each with its offset: nothing to say.
        ("en", None, ("2010-10-13", "2010-10"), None),
        ("en", "America/Santiago", ("2010-10-13T00:11+03:00",), None),
        # Each with its own offset, the site's zone's: said once (``said_once``).
        ("en", "America/Santiago", ("2010-10-13T00:11-03:00",), "Times are Chile Time (UTC−3)."),
        (
            "en",
            "America/Santiago",
            ("2010-10-13T00:11-03:00", "2010-10-14T09:00"),
            "Times are Chile Time (UTC−3).",
        ),
        ("es", "America/New_York", ("2024-03-26T01:25-04:00",), "Horas: hora oriental (UTC−4)."),
        # Two offsets (winter and summer), or another clock's: each time says its own.
        ("en", "America/New_York", ("2024-01-26T01:25-05:00", "2024-03-26T01:25-04:00"), None),
        ("en", "America/New_York", ("2024-03-26T01:25-05:00",), None),
    ],
)
def test_a_timelines_clock_is_said_where_a_time_has_no_offset(
    tag: str, zone: str | None, dates: tuple[str, ...], note: str | None
) -> None:
    assert for_tag(tag, native_digits=True).clock_note(_at(*dates), zone) == note


@pytest.mark.parametrize(
    ("zone", "dates", "said"),
    [
        ("America/New_York", ("2024-03-26T01:25-04:00", "2024-03-26T19:30-04:00", "2024-05-14"), -240),
        # A time without its offset is on the zone's clock: the same offset.
        ("America/New_York", ("2024-03-26T01:25-04:00", "2024-06-10T12:00"), -240),
        ("America/New_York", ("2024-03-26T01:25-04:00", "2024-01-10T12:00"), None),  # winter's -5
        ("America/New_York", ("2024-03-26T01:25", "2024-03-27T12:00"), None),  # none to leave off
        (None, ("2024-03-26T01:25-04:00",), None),  # no zone to name
        ("Europe/Paris", ("2024-03-26T01:25-04:00",), None),
    ],
)
def test_an_offset_every_time_shares_on_the_sites_clock_is_said_once(
    zone: str | None, dates: tuple[str, ...], said: int | None
) -> None:
    assert said_once(_at(*dates), zone) == said


def test_a_time_leaves_off_the_offset_its_page_says_once() -> None:
    # 'March 26, 2024, 1:25 a.m. (UTC−4)' on every entry of a story told on one clock.
    on_page = date_text(written_in("en-US"), native_digits=True, said_offset=-240)
    assert on_page.when(_at("2024-03-26T01:25-04:00")[0]) == "March 26, 2024, 1:25\u00a0a.m."
    assert on_page.when(_at("2024-01-26T01:25-05:00")[0]) == "January 26, 2024, 1:25\u00a0a.m. (UTC−5)"
    alone = for_tag("en-US", native_digits=True)
    assert alone.when(_at("2024-03-26T01:25-04:00")[0]) == "March 26, 2024, 1:25\u00a0a.m. (UTC−4)"


@pytest.mark.parametrize(
    ("tag", "zone", "name"),
    [
        # CLDR names India's zone (which has no summer time) by its winter time in
        # Hungarian and Latvian, and China's in Hungarian, Latvian, Lithuanian, Greek,
        # Hebrew and Kyrgyz, whose standard names are their winter time's.
        ("hu", "Asia/Kolkata", "indiai idő"),
        ("hu", "Asia/Calcutta", "indiai idő"),  # the zone's older name
        ("lv", "Asia/Kolkata", "Indijas laiks"),
        ("hu", "Asia/Shanghai", "kínai idő"),
        ("lv", "Asia/Shanghai", "Ķīnas laiks"),
        ("lt", "Asia/Shanghai", "Kinijos laikas"),
        ("el", "Asia/Shanghai", "Ώρα Κίνας"),
        ("he", "Asia/Shanghai", "שעון סין"),
        ("ky", "Asia/Shanghai", "Кытай убактысы"),
        ("hu", "Africa/Accra", "greenwichi középidő"),
        ("el", "Africa/Johannesburg", "Ώρα Νότιας Αφρικής"),
        ("he", "Pacific/Honolulu", "שעון הוואי"),
        # Elsewhere the standard name, which says no season.
        ("en", "Asia/Shanghai", "China Standard Time"),
        ("de", "Asia/Kolkata", "Indische Normalzeit"),
    ],
)
def test_a_zone_without_summer_time_is_not_named_by_its_winter(tag: str, zone: str, name: str) -> None:
    note = for_tag(tag).clock_note(_at("2010-10-13T00:11"), zone)
    assert note is not None and f"{name} (UTC" in note


@pytest.mark.parametrize("tag", sorted(WINTER_NAMED))
def test_a_zone_name_without_its_winter_is_cldrs_generic_name(tag: str) -> None:
    # The words taken out of a standard name leave the name CLDR gives the zone all year
    # ('kínai téli idő' is 'kínai idő'), for most of the regions that have both names
    # (Kyrgyz's name 'убакыты' or 'убактысы', 'its time', in either of its forms).
    regions = Locale.parse(tag).meta_zones
    both = [
        names["long"] for names in regions.values() if {"standard", "generic"} <= set(names.get("long", {}))
    ]
    standard = [n["standard"] for n in both]
    for words, instead in WINTER_NAMED[tag]:
        standard = [name.replace(words, instead) for name in standard]
    assert not any(words in name for name in standard for words, _ in WINTER_NAMED[tag])

    def said(name: str) -> str:
        return name.casefold().replace("убактысы", "убакыты")

    alike = sum(said(name) == said(n["generic"]) for name, n in zip(standard, both, strict=True))
    assert alike >= 0.6 * len(both)


def test_a_clock_note_is_written_in_every_language() -> None:
    # In the language of each catalog: none left in English.
    english = for_tag("en").clock_note(_at("2010-10-13T00:11"), None)
    for catalog in available():
        if catalog != "en":
            assert for_tag(catalog.replace("_", "-")).clock_note(_at("2010-10-13T00:11"), None) != english


def test_an_approximate_dates_word_is_set_apart_from_its_date_where_the_date_fits_the_column_whole() -> None:
    # The date column wrote 'लगभग 28 सितंबर' over '2021'; a reader takes the date as one.
    def about(tag: str, start: str, *, circa: bool = True, display_date: str | None = None) -> object:
        event = Event(
            id="e", title="T", date=parse_date(start), summary="s", circa=circa, display_date=display_date
        )
        return for_tag(tag, native_digits=True, tied_ranges=True).about_and_date(event)

    assert about("hi", "2021-09-28") == ("लगभग ", f"28{NB}सितंबर 2021")
    assert about("hi", "2021-09") == ("लगभग ", "सितंबर 2021")
    assert about("fa", "2021-09-28") == ("حدود ", f"۲۸{NB}سپتامبر ۲۰۲۱")
    # Measured in every shipped language: French, Swedish, Thai... take no line more for it
    # ('vers janvier' over '2020' was 'vers' over 'janvier 2020').
    assert about("fr", "2020-01") == ("vers ", "janvier 2020")
    assert about("sv", "2020-01") == ("omkring ", "januari 2020")
    # Not where some such date is wider than the column alone ('c. 28 September 2023'),
    # nor a date not approximate, a time (tied to its word), an editor's display_date.
    assert about("en", "2021-09-28") is None
    assert about("hi", "2021-09-28", circa=False) is None
    assert about("hi", "2021-09-28T18:08+05:30") is None
    assert about("hi", "2021-09-28", display_date="सितंबर के अंत में") is None


def test_pashto_spans_write_the_day_before_its_month_and_the_year_last_as_its_dates() -> None:
    # CLDR's ps has no spans of its own for a day or a month of a year: the root locale's
    # wrote them year first ('۲۰۱۰ اپریل ۷–۹', '۲۰۱۰ مارچ–مۍ') and across years with an
    # English comma ('اپریل ۷, ۲۰۰۹ – مۍ ۹, ۲۰۱۰'), beside '۷ اپریل ۲۰۱۰' and 'مارچ ۲۰۱۰'.
    pashto = for_tag("ps", native_digits=True)

    def span(first: str, last: str) -> str:
        return pashto.span(parse_date(first), parse_date(last))

    assert span("2010-04-07", "2010-04-09") == "۷–۹ اپریل ۲۰۱۰"
    assert span("2010-04-07", "2010-05-09") == "۷ اپریل – ۹ مۍ ۲۰۱۰"
    assert span("2009-04-07", "2010-05-09") == "۷ اپریل ۲۰۰۹ – ۹ مۍ ۲۰۱۰"
    assert span("2010-03", "2010-05") == "مارچ–مۍ ۲۰۱۰"
    assert span("2009-03", "2010-05") == "مارچ ۲۰۰۹ – مۍ ۲۰۱۰"
    assert span("2009", "2010") == "۲۰۰۹–۲۰۱۰"
    # Without the year (the overview strip's labels), the day still first.
    assert pashto.span(parse_date("2010-04-07"), parse_date("2010-05-09"), year=False) == "۷ اپریل – ۹ مۍ"
    assert pashto.span(parse_date("2010-03"), parse_date("2010-05"), year=False) == "مارچ–مۍ"


def test_pashto_writes_its_dates_in_its_digits_its_months_as_its_days_and_a_time_after_pa() -> None:
    # Pashto had no catalog, so its pages were English. CLDR's ps writes Extended
    # Arabic-Indic digits and 'd MMMM y' for a day, but the root locale's 'y MMMM' for a
    # month ('۲۰۲۰ مارچ') and '{1} {0}' for a day and its time ('۲۰۱۰ ۱۸:۵۰', the year
    # run into the time).
    pashto = for_tag("ps", native_digits=True)
    assert pashto.date(parse_date("2010-04-07")) == "۷ اپریل ۲۰۱۰"
    assert pashto.date(parse_date("1889-03")) == "مارچ ۱۸۸۹"
    assert pashto.date(parse_date("2010-04-07T18:50")) == "۷ اپریل ۲۰۱۰ په\u00a0۱۸:۵۰"
    assert pashto.span(parse_date("1889"), None, circa=True) == "شاوخوا ۱۸۸۹"
    event = Event(id="e", title="T", date=parse_date("2021-09-28"), summary="s", circa=True)
    assert for_tag("ps", native_digits=True, tied_ranges=True).about_and_date(event) == (
        "شاوخوا ",
        "۲۸\u00a0سېپتمبر ۲۰۲۱",
    )


def test_bengali_writes_its_dates_in_bengali_digits_and_a_comma_before_a_time() -> None:
    # CLDR's bn writes Bengali digits ('beng', its default numbering) and joins a date and
    # its time with a space, '৫ নভেম্বর, ২০১৫ ০৯:৩০': the year ran into the time.
    bengali = for_tag("bn", native_digits=True)
    assert bengali.date(parse_date("2015-11-05")) == "৫ নভেম্বর, ২০১৫"
    assert bengali.date(parse_date("2015-11")) == "নভেম্বর ২০১৫"
    assert bengali.date(parse_date("2015-11-05T09:30")) == "৫ নভেম্বর, ২০১৫, ০৯:৩০"
    assert bengali.span(parse_date("1971"), None, circa=True) == "আনুমানিক ১৯৭১"
    # India's Bengali (CLDR's bn-IN) writes 0-9.
    assert for_tag("bn-IN", native_digits=True).date(parse_date("2015-11-05")) == "5 নভেম্বর, 2015"


def test_swahili_writes_a_time_on_the_24_hour_clock_after_a_comma() -> None:
    # 'saa 09:30' would be read on the Swahili clock (3:30 pm); CLDR's '{1} {0}' ran the
    # year into the time, '5 Novemba 2015 09:30'.
    for tag in ("sw", "sw-KE", "sw-TZ"):
        swahili = for_tag(tag, native_digits=True)
        assert swahili.date(parse_date("2015-11-05")) == "5 Novemba 2015"
        assert swahili.date(parse_date("2015-11-05T09:30")) == "5 Novemba 2015, 09:30"
        assert swahili.date(parse_date("2015-11-05T21:30+03:00")) == "5 Novemba 2015, 21:30 (UTC+3)"


def test_nepali_and_marathi_write_devanagari_digits_and_a_24_hour_time() -> None:
    # CLDR's default numbering for both is Devanagari's ('deva'). Nepali writes a date of
    # the Common Era year first, as CLDR has it; its time on the 24-hour clock, zero-padded
    # (CLDR's 'HH:mm'). Marathi's CLDR clock is twelve hours with 'AM'/'PM' in Latin
    # letters; its pages write the 24-hour clock, as Loksatta's datelines do.
    nepali = for_tag("ne", native_digits=True)
    assert nepali.date(parse_date("2015-11-05")) == "२०१५ नोभेम्बर ५"
    assert nepali.date(parse_date("2015-12")) == "२०१५ डिसेम्बर"
    assert nepali.date(parse_date("2015-11-05T21:30")) == "२०१५ नोभेम्बर ५, २१:३०"
    assert nepali.span(parse_date("1990"), None, circa=True) == "करिब १९९०"
    marathi = for_tag("mr", native_digits=True)
    assert marathi.date(parse_date("2015-11-05")) == "५ नोव्हेंबर, २०१५"
    assert marathi.date(parse_date("2015-11-05T21:30")) == "५ नोव्हेंबर, २०१५, २१:३०"
    assert marathi.span(parse_date("1960"), None, circa=True) == "सुमारे १९६०"
