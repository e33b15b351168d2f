"""Which languages pages can be written in, and what check says about the others."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from babel import Locale

from generator.commands.new import new_site
from generator.i18n import languages
from generator.i18n.catalogs import translations
from tests.conftest import Project
from tests.content.lint.said import warnings


def test_tags_find_their_catalog_and_direction() -> None:
    english = languages.resolve("en-GB")
    assert english is not None and english.catalog == "en" and english.direction == "ltr"
    assert str(english.locale) == "en_GB"
    assert languages.resolve("xx") is None
    assert languages.resolve("tlh") is None


def test_a_text_reads_in_the_direction_of_its_first_letter_of_one() -> None:
    assert languages.reads_right_to_left("«الاحتجاجات» في بيروت")
    assert languages.reads_right_to_left("2010 עד")
    assert not languages.reads_right_to_left("Kyrgyzstan 2010")
    assert not languages.reads_right_to_left("2 steps وقال")
    assert not languages.reads_right_to_left("2010")  # none: as dir="auto", left to right


@pytest.mark.parametrize(
    ("tag", "catalog"),
    [
        ("zh-Hant-CN", "zh_Hant"),  # Traditional, wherever it is read: not Simplified for China
        ("zh-Hans-TW", "zh_Hans"),  # Simplified, though Taiwan writes Traditional
        ("ky-Arab", None),  # Kyrgyz as written in China; the catalog is in Cyrillic
        ("zh-cmn-Hans", "zh_Hans"),
        ("zh-hans-cn", "zh_Hans"),
        ("ky-Cyrl", "ky"),
        ("ar-Arab-EG", "ar"),
        ("en-Latn-GB", "en"),
    ],
)
def test_a_tag_naming_a_script_gets_a_catalog_written_in_it_or_none(tag: str, catalog: str | None) -> None:
    found = languages.resolve(tag)
    assert (found and found.catalog) == catalog


def test_a_language_without_a_catalog_is_an_error_naming_those_there_are(project: Project) -> None:
    site = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site + "language: tlh\n")
    line = site.count("\n") + 1
    assert project.problems() == [
        f"content/site.yaml:{line}:11: 'language': there is no translation of the pages' text into "
        f"'tlh'; the languages available are {languages.available_tags()} "
        "(to add one, see 'Adding a language' in docs/editing.md)"
    ]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("jp", "ja"),  # Japan's code, not Japanese's
        ("cn", "zh-Hans"),
        ("ua", "uk"),
        ("at", "de"),
        ("gr", "el"),  # Greece's code, not Greek's
        ("kg", None),  # Kongo's code as well as Kyrgyzstan's
        ("tlh", None),
    ],
)
def test_a_countrys_code_for_a_language_gets_its_language(
    project: Project, typed: str, meant: str | None
) -> None:
    # 'language: jp' (Japan) was told only that there is no translation into 'jp'.
    site = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site + f"language: {typed}\n")
    [problem] = project.problems()
    hint = f"; did you mean '{meant}'? ('{typed}' is a country's code)" if meant else ""
    assert problem.endswith(f"(to add one, see 'Adding a language' in docs/editing.md){hint}")
    assert (languages.refused(typed) or "").endswith(f"{languages.available_tags()}{hint}")


def test_kr_for_a_story_is_told_korean_is_ko(project: Project) -> None:
    # 'kr' is a language's code (Kanuri, which has no pages), so it got no hint, though
    # editors write Korea's country code for Korean.
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: kr\n")
    [problem] = project.problems()
    hint = "; did you mean 'ko'? ('kr' is a country's code, and as a language's, Kanuri's)"
    assert problem.endswith(f"(to add one, see 'Adding a language' in docs/editing.md){hint}")
    assert (languages.refused("kr") or "").endswith(hint)


def test_a_story_may_be_in_another_language_than_the_site(project: Project) -> None:
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: nn\n")
    line = story.count("\n") + 1
    [problem] = project.problems()
    assert problem.startswith(f"content/story-a/story.yaml:{line}:11: 'language': there is no translation")
    assert problem.endswith("; Norwegian Bokmål ('nb') is shipped, Norwegian Nynorsk is not")


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("english", "en"),
        ("English", "en"),
        ("Deutsch", "de"),
        ("français", "fr"),
        ("Russian", "ru"),
        ("catalán", "ca"),  # a Spanish desk naming a quote's language in Spanish
        ("allemand", "de"),
        ("Farsi", "fa"),  # English's other name for Persian, which CLDR does not give
        ("farsi", "fa"),
        ("Castellano", "es"),  # Spanish as Spain and much of Latin America name it
        ("Elvish", None),
    ],
)
def test_a_language_written_by_its_name_has_its_code(name: str, tag: str | None) -> None:
    assert languages.tag_for_name(name) == tag


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Perú", "peru"),
        ("  PERU ", "peru"),
        ("Côte d’Ivoire", "cote d’ivoire"),
        ("\u200fليبيا\u200f", "ليبيا"),  # pasted with its right-to-left marks
        ("Кыргызстан", "кыргызстан"),
        ("秘鲁", "秘鲁"),
        ("대한민국", "대한민국"),  # Hangul was taken apart into its letters (jamo)
    ],
)
def test_names_are_compared_without_case_accents_or_direction_marks(typed: str, name: str) -> None:
    assert languages.folded(typed) == name


def test_a_tag_given_on_the_command_line_is_refused_as_check_refuses_it_in_a_file() -> None:
    # 'fr_CA' got through the importer's --language (a catalog was found for 'fr'), and then
    # check refused the story.yaml it had written.
    assert languages.refused("fr-CA") is None and languages.refused("pt-BR") is None
    assert "is not a language code" in (languages.refused("fr_CA") or "")
    assert "is not a language code" in (languages.refused("fr- #x") or "")
    assert "no translation of the pages' text" in (languages.refused("zz") or "")


@pytest.mark.parametrize(
    ("tag", "shared_as"),
    [
        ("en", "en_US"),  # CLDR's 'en' is the world's (en_001): the likeliest country instead
        ("en-GB", "en_GB"),
        ("fr", "fr_FR"),
        ("pt", "pt_BR"),
        ("pt-PT", "pt_PT"),
        ("ru", "ru_RU"),
        ("ky", "ky_KG"),
        ("ar", "ar_EG"),
        ("ar-SA", "ar_SA"),
        ("fa", "fa_IR"),
        ("zh-Hans", "zh_CN"),
    ],
)
def test_a_languages_open_graph_locale_is_its_language_and_likeliest_country(
    tag: str, shared_as: str
) -> None:
    language = languages.resolve(tag)
    assert language is not None and language.open_graph_locale == shared_as


SHIPPED = [
    pytest.param("fa", "rtl", ("fa-IR", "fa-AF"), ("فارسی", "Persian"), "گاه\u200cشمار", id="Persian"),
    pytest.param("tr", "ltr", ("tr-TR",), ("Türkçe", "Turkish"), "Kronoloji", id="Turkish"),
    pytest.param("ko", "ltr", ("ko-KR",), ("한국어", "Korean"), "일지", id="Korean"),
    pytest.param("pl", "ltr", ("pl-PL",), ("polski", "Polish"), "Oś czasu", id="Polish"),
    pytest.param("he", "rtl", ("he-IL",), ("עברית", "Hebrew"), "ציר זמן", id="Hebrew"),
    pytest.param("id", "ltr", ("id-ID",), ("Indonesia", "Indonesian"), "Linimasa", id="Indonesian"),
    pytest.param("vi", "ltr", ("vi-VN",), ("Tiếng Việt", "Vietnamese"), "Dòng thời gian", id="Vietnamese"),
    pytest.param("nl", "ltr", ("nl-BE",), ("Nederlands", "Dutch"), "Tijdlijn", id="Dutch"),
    pytest.param("el", "ltr", ("el-GR", "el-CY"), ("Ελληνικά", "Greek"), "Χρονολόγιο", id="Greek"),
    pytest.param("cs", "ltr", ("cs-CZ",), ("čeština", "Czech"), "Časová osa", id="Czech"),
    pytest.param("ca", "ltr", ("ca-ES",), ("català", "Catalan"), "Cronologia", id="Catalan"),
    pytest.param("sv", "ltr", ("sv-FI",), ("svenska", "Swedish"), "Tidslinje", id="Swedish"),
    pytest.param("fi", "ltr", ("fi-FI",), ("suomi", "Finnish"), "Aikajana", id="Finnish"),
    pytest.param(
        "nb", "ltr", ("nb-NO",), ("norsk bokmål", "Norwegian Bokmål"), "Tidslinje", id="Norwegian Bokmal"
    ),
    pytest.param("hu", "ltr", ("hu-HU",), ("magyar", "Hungarian"), "Idővonal", id="Hungarian"),
    # Its regions' tags ('zh-TW'): test_chinese_tags_find_the_catalog_of_the_script_their_region_writes.
    pytest.param(
        "zh-Hant", "ltr", (), ("繁體中文", "Traditional Chinese"), "時間軸", id="Traditional Chinese"
    ),
    pytest.param("da", "ltr", ("da-DK",), ("dansk", "Danish"), "Tidslinje", id="Danish"),
    pytest.param("ro", "ltr", ("ro-RO", "ro-MD"), ("română", "Romanian"), "Cronologie", id="Romanian"),
    pytest.param("th", "ltr", ("th-TH",), ("ไทย", "Thai"), "ลำดับเหตุการณ์", id="Thai"),
    pytest.param("hi", "ltr", ("hi-IN",), ("हिन्दी", "Hindi"), "घटनाक्रम", id="Hindi"),
    pytest.param("sk", "ltr", ("sk-SK",), ("slovenčina", "Slovak"), "Časová os", id="Slovak"),
    pytest.param("bg", "ltr", ("bg-BG",), ("български", "Bulgarian"), "Хронология", id="Bulgarian"),
    pytest.param("ms", "ltr", ("ms-MY", "ms-SG"), ("Melayu", "Malay"), "Garis masa", id="Malay"),
    pytest.param("hr", "ltr", ("hr-HR", "hr-BA"), ("hrvatski", "Croatian"), "Kronologija", id="Croatian"),
    pytest.param("et", "ltr", ("et-EE",), ("eesti", "Estonian"), "Ajajoon", id="Estonian"),
    pytest.param("ta", "ltr", ("ta-IN", "ta-LK"), ("தமிழ்", "Tamil"), "காலவரிசை", id="Tamil"),
    # Serbian is written in both scripts: 'sr' in Cyrillic, CLDR's likeliest script for it
    # (as Serbia's public broadcaster writes), 'sr-Latn' in Latin (as many news sites
    # write); 'sr-cy' is TimelineJS's Cyrillic Serbian, a region CLDR has no Serbian of,
    # and Montenegro's Serbian ('sr-ME') is Latin in CLDR, as a tag naming the script is.
    pytest.param(
        "sr", "ltr", ("sr-RS", "sr-Cyrl", "sr-cy"), ("српски", "Serbian"), "Хронологија", id="Serbian"
    ),
    pytest.param("sr-Latn", "ltr", ("sr-Latn-RS", "sr-ME"), ("srpski",), "Hronologija", id="Serbian Latin"),
    pytest.param("lt", "ltr", ("lt-LT",), ("lietuvių", "Lithuanian"), "Chronologija", id="Lithuanian"),
    pytest.param("ur", "rtl", ("ur-PK", "ur-IN"), ("اردو", "Urdu"), "ٹائم لائن", id="Urdu"),
    pytest.param("ps", "rtl", ("ps-AF", "ps-PK"), ("پښتو", "Pashto"), "مهالوېش", id="Pashto"),
    # CLDR's English name is 'Bangla'; editors and newsrooms writing in English say 'Bengali'.
    pytest.param("bn", "ltr", ("bn-BD", "bn-IN"), ("বাংলা", "Bangla", "Bengali"), "ঘটনাপ্রবাহ", id="Bengali"),
    pytest.param("ne", "ltr", ("ne-NP",), ("नेपाली", "Nepali"), "घटनाक्रम", id="Nepali"),
    pytest.param("mr", "ltr", ("mr-IN",), ("मराठी", "Marathi"), "घटनाक्रम", id="Marathi"),
    pytest.param(
        "sw", "ltr", ("sw-KE", "sw-TZ"), ("Kiswahili", "Swahili"), "Mfuatano wa matukio", id="Swahili"
    ),
    pytest.param("lv", "ltr", ("lv-LV",), ("latviešu", "Latvian"), "Hronoloģija", id="Latvian"),
    pytest.param("sl", "ltr", ("sl-SI",), ("slovenščina", "Slovenian"), "Časovnica", id="Slovenian"),
    # TimelineJS and many sites write Tagalog's 'tl' (test_tagalogs_tags_are_filipino_as_written).
    pytest.param(
        "fil", "ltr", ("tl", "tl-PH", "fil-PH"), ("Filipino", "filipino"), "Kronolohiya", id="Filipino"
    ),
    pytest.param("is", "ltr", ("is-IS",), ("íslenska", "Icelandic"), "Tímalína", id="Icelandic"),
    pytest.param("te", "ltr", ("te-IN",), ("తెలుగు", "Telugu"), "కాలక్రమం", id="Telugu"),
    pytest.param("ka", "ltr", ("ka-GE",), ("ქართული", "Georgian"), "ქრონოლოგია", id="Georgian"),
    pytest.param("mk", "ltr", ("mk-MK",), ("македонски", "Macedonian"), "Хронологија", id="Macedonian"),
    pytest.param("hy", "ltr", ("hy-AM",), ("հայերեն", "Armenian"), "Ժամանակագրություն", id="Armenian"),
    # The first round's languages, which had no row.
    pytest.param("en", "ltr", ("en-US", "en-GB"), ("English",), "Timeline", id="English"),
    pytest.param("fr", "ltr", ("fr-FR", "fr-CA"), ("français", "French"), "Chronologie", id="French"),
    pytest.param("de", "ltr", ("de-DE", "de-AT", "de-CH"), ("Deutsch", "German"), "Chronik", id="German"),
    pytest.param("es", "ltr", ("es-ES", "es-MX"), ("español", "Spanish"), "Cronología", id="Spanish"),
    pytest.param("it", "ltr", ("it-IT",), ("italiano", "Italian"), "Cronologia", id="Italian"),
    pytest.param("pt", "ltr", ("pt-BR", "pt-PT"), ("português", "Portuguese"), "Cronologia", id="Portuguese"),
    pytest.param("ru", "ltr", ("ru-RU",), ("русский", "Russian"), "Хроника", id="Russian"),
    pytest.param("uk", "ltr", ("uk-UA",), ("українська", "Ukrainian"), "Хроніка", id="Ukrainian"),
    pytest.param("ky", "ltr", ("ky-KG",), ("кыргызча", "Kyrgyz"), "Хроника", id="Kyrgyz"),
    pytest.param("ar", "rtl", ("ar-EG", "ar-SA"), ("العربية", "Arabic"), "التسلسل الزمني", id="Arabic"),
    pytest.param("ja", "ltr", ("ja-JP",), ("日本語", "Japanese"), "時系列", id="Japanese"),
    # Its regions' tags ('zh-CN'): test_chinese_tags_find_the_catalog_of_the_script_their_region_writes.
    pytest.param("zh-Hans", "ltr", (), ("中文", "Simplified Chinese"), "时间线", id="Simplified Chinese"),
]
"""Every shipped catalog: its tag, direction, the tags of its regions and scripts, its
names, and its word for 'Timeline'."""


@pytest.mark.parametrize(("tag", "direction", "also", "names", "timeline"), SHIPPED)
def test_a_shipped_language_is_found_by_its_tags_and_names_and_written_in_its_own_catalog(
    tag: str, direction: str, also: tuple[str, ...], names: tuple[str, ...], timeline: str
) -> None:
    # Each of these had no catalog: a site with its `language:` was refused by check ("no
    # translation"), though many of their newsrooms came from TimelineJS, which has them.
    catalog = tag.replace("-", "_")  # the catalog's folder: 'sr_Latn' for 'sr-Latn'
    for written in (tag, *also):  # its own tag, and those of its regions and scripts
        language = languages.resolve(written)
        assert language is not None and language.catalog == catalog, written
        assert language.direction == direction, written
    assert tag in languages.available_tags().split(", ")
    assert {name: languages.tag_for_name(name) for name in names} == dict.fromkeys(names, tag)
    assert translations(catalog).gettext("Timeline") == timeline


def test_every_shipped_catalog_has_its_row_in_the_table_above() -> None:
    # A catalog added without its row would be shipped untested by its tags and names.
    rows = {str(row.values[0]).replace("-", "_") for row in SHIPPED}
    assert rows == set(languages.available())


COUNTED = {
    "event": ("%(num)d event", "%(num)d events"),
    "day later": ("%(count)s day later", "%(count)s days later"),
    "week later": ("%(count)s week later", "%(count)s weeks later"),
}
"""The messages with a count that ``test_counts_take_the_form_cldr_gives_their_number``
reads, each as its singular and plural."""


@pytest.mark.parametrize(
    ("catalog", "message", "counts"),
    [
        # CLDR's 'one' for hr takes 21 as it takes 1, 'few' 22 as 2; 'other' 5, 12 and 25.
        pytest.param(
            "hr",
            "event",
            {
                1: "1 događaj",
                21: "21 događaj",
                2: "2 događaja",
                22: "22 događaja",
                5: "5 događaja",
                12: "12 događaja",
                25: "25 događaja",
            },
            id="Croatian events",
        ),
        # CLDR's 'one' for et is 1 alone: 21 takes 'other', the partitive singular, as 2 does.
        pytest.param(
            "et",
            "event",
            {
                1: "1 sündmus",
                21: "21 sündmust",
                2: "2 sündmust",
                22: "22 sündmust",
                5: "5 sündmust",
                12: "12 sündmust",
                25: "25 sündmust",
            },
            id="Estonian events",
        ),
        # CLDR's 'one' for sr takes 21 as it takes 1, 'few' 22 as 2; 'other' 5, 12 and 25.
        pytest.param(
            "sr_Latn",
            "week later",
            {
                1: "1 nedelju kasnije",
                21: "21 nedelju kasnije",
                2: "2 nedelje kasnije",
                22: "22 nedelje kasnije",
                5: "5 nedelja kasnije",
                12: "12 nedelja kasnije",
                25: "25 nedelja kasnije",
            },
            id="Serbian Latin weeks later",
        ),
        pytest.param("sr", "event", {22: "22 догађаја"}, id="Serbian events"),
        # CLDR's 'one' for lt takes 21 as it takes 1 (not 11), 'few' 2-9 and 22 (not 12-19),
        # 'other' 10-20 and 30: '1 įvykis', '2 įvykiai', '10 įvykių'.
        pytest.param(
            "lt",
            "event",
            {
                1: "1 įvykis",
                21: "21 įvykis",
                2: "2 įvykiai",
                9: "9 įvykiai",
                22: "22 įvykiai",
                10: "10 įvykių",
                11: "11 įvykių",
                12: "12 įvykių",
                25: "25 įvykiai",
                30: "30 įvykių",
            },
            id="Lithuanian events",
        ),
        # CLDR's 'one' for ur is 1 alone (no 21, as hr has): its one is written out.
        pytest.param(
            "ur", "day later", {1: "ایک دن بعد", 2: "2 دن بعد", 21: "21 دن بعد"}, id="Urdu days later"
        ),
        # CLDR's lv has a 'zero' form (0, 10, 11-19, 20, 30...) beside 'one' (1, 21, but not 11)
        # and 'other': a gap label after 'pēc' is genitive singular for 'one', dative plural else.
        pytest.param(
            "lv",
            "event",
            {
                0: "0 notikumi",
                1: "1 notikums",
                2: "2 notikumi",
                10: "10 notikumi",
                11: "11 notikumi",
                21: "21 notikums",
                22: "22 notikumi",
            },
            id="Latvian events",
        ),
        pytest.param(
            "lv",
            "day later",
            {1: "Pēc 1 dienas", 11: "Pēc 11 dienām", 21: "Pēc 21 dienas", 22: "Pēc 22 dienām"},
            id="Latvian days later",
        ),
        # CLDR's four forms for sl: 'one' 1 and 101, 'two' 2 and 102, 'few' 3, 4 and 103,
        # 'other' 5, 12, 21, 22, 25 and 105 (21 is not 'one', as it is in Croatian).
        pytest.param(
            "sl",
            "event",
            {
                1: "1 dogodek",
                101: "101 dogodek",
                2: "2 dogodka",
                102: "102 dogodka",
                3: "3 dogodki",
                4: "4 dogodki",
                103: "103 dogodki",
                5: "5 dogodkov",
                12: "12 dogodkov",
                21: "21 dogodkov",
                22: "22 dogodkov",
                25: "25 dogodkov",
                105: "105 dogodkov",
            },
            id="Slovenian events",
        ),
        # CLDR's 'one' for fil is every integer but those ending in 4, 6 or 9, as the linker
        # goes: 'one' is read with -ng ('limang araw', unwritten after '5'), 'other' takes
        # 'na' ('4 na araw', 'apat na araw'). No form drops the number.
        pytest.param(
            "fil",
            "day later",
            {
                n: f"Makalipas ang {n} {'na ' if n in (4, 6, 9, 14, 16, 19, 24) else ''}araw"
                for n in (1, 2, 4, 6, 9, 10, 11, 14, 16, 19, 21, 24)
            },
            id="Filipino days later",
        ),
        # CLDR's 'one' for is takes every number ending in 1 but 11 (21, 101, not 111), and
        # Icelandic writes the noun after it in the singular: '21 atburður', '21 degi síðar'.
        pytest.param(
            "is",
            "event",
            {
                1: "1 atburður",
                11: "11 atburðir",
                21: "21 atburður",
                101: "101 atburður",
                111: "111 atburðir",
                2: "2 atburðir",
                22: "22 atburðir",
                5: "5 atburðir",
                12: "12 atburðir",
                25: "25 atburðir",
            },
            id="Icelandic events",
        ),
        pytest.param("is", "day later", {21: "21 degi síðar"}, id="Icelandic days later"),
        # CLDR's two forms for te: 'one' 1 only, 'other' 0, 2, 5, 12, 21...; the noun takes
        # its oblique plural before 'తర్వాత' ('after').
        pytest.param(
            "te",
            "day later",
            {1: "ఒక రోజు తర్వాత", 2: "2 రోజుల తర్వాత", 21: "21 రోజుల తర్వాత"},
            id="Telugu days later",
        ),
        # CLDR's 'one' for ka is 1 alone, but Georgian keeps a noun in the singular after any
        # number, so every count reads the same way.
        pytest.param(
            "ka", "event", {n: f"{n} მოვლენა" for n in (1, 2, 5, 12, 21, 22, 25)}, id="Georgian events"
        ),
        pytest.param(
            "ka",
            "day later",
            {1: "ერთი დღის შემდეგ", 2: "2 დღის შემდეგ", 21: "21 დღის შემდეგ"},
            id="Georgian days later",
        ),
        # CLDR's two forms for mk: 'one' 1, 21 and 101 (not 11), 'other' 2, 5, 11, 12, 22, 25.
        pytest.param(
            "mk",
            "day later",
            {
                1: "1 ден подоцна",
                21: "21 ден подоцна",
                101: "101 ден подоцна",
                2: "2 дена подоцна",
                5: "5 дена подоцна",
                11: "11 дена подоцна",
                12: "12 дена подоцна",
                22: "22 дена подоцна",
                25: "25 дена подоцна",
            },
            id="Macedonian days later",
        ),
        # CLDR's 'one' for hy is 0 and 1; after any number the noun stays in the singular.
        pytest.param(
            "hy",
            "event",
            {n: f"{n} իրադարձություն" for n in (0, 1, 2, 5, 12, 21, 22, 25)},
            id="Armenian events",
        ),
    ],
)
def test_counts_take_the_form_cldr_gives_their_number(
    catalog: str, message: str, counts: dict[int, str]
) -> None:
    singular, plural = COUNTED[message]
    said = {n: translations(catalog).ngettext(singular, plural, n) % {"num": n, "count": n} for n in counts}
    assert said == counts


def test_words_sort_in_their_languages_alphabetical_order() -> None:
    # Turkish's ç, ğ, ı, ö, ş, ü are letters of their own after c, g, h, o, s, u; its I is
    # the capital of ı and its İ that of i. Elsewhere accents and case are set aside.
    turkish = ["Zonguldak", "Çanakkale", "Cizre", "İzmir", "Iğdır", "Hakkari", "ılgaz", "Ordu", "Ödemiş"]
    assert sorted(turkish, key=lambda w: languages.sort_key(w, "tr")) == [
        "Cizre", "Çanakkale", "Hakkari", "Iğdır", "ılgaz", "İzmir", "Ordu", "Ödemiş", "Zonguldak",
    ]  # fmt: skip
    assert sorted(["zone", "Élysée", "emploi"], key=languages.sort_key) == ["Élysée", "emploi", "zone"]


@pytest.mark.parametrize(
    ("language", "in_order"),
    [
        (
            "fr",
            "aether æther azur Çanakkale Cizre cote coté côte Côte économie emploi Emploi İlber Ilgaz Işıl "
            "Izmir İzmir ılgaz Łódź Lozère Lyon obus oeil Œuvre Ömer Orhan ovale zone",
        ),
        (
            "tr",
            "aether æther azur Cizre cote coté côte Côte Çanakkale économie emploi Emploi ılgaz Ilgaz Işıl "
            "Izmir İlber İzmir Łódź Lozère Lyon obus oeil Œuvre Orhan ovale Ömer zone",
        ),
        # Persian's own letters (پ چ ژ ک گ) came after all of Arabic's, 'و' after 'ه'.
        (
            "fa",
            "احمد بهرام پژمان جواد چمران زنجان زهرا ژاله سارا قاسم کرمان گلناز لیلا محمد نوید وحید هادی یزد",
        ),
        # Katakana came after every word in hiragana; a tatweel sorted as a letter.
        ("ja", "あさひ アメリカ かな カナダ そうる トウキョウ ナゴヤ"),
        ("ar", "بـاسم بكر بـيروت"),
        # Vietnamese's ă, â, đ, ô, ơ, ư are letters of their own after a, ă, d, o, ô, u:
        # 'Điện' sorted before 'Dương', 'Ô' before 'Oanh'. Words that differ only in tone
        # sort in its tones' order, 'mà mả mã má mạ': 'má' came before 'mả'.
        (
            "vi",
            "An Ặc ăm ằm ẳm ẵm ắm ặm âm ầm ậm Ân Ba Bắc Dương đa đà Đá Điện Eo ma Ma mà mả mã má mạ mác "
            "mạc mắc mặc mấc mậc O Oanh Ô ơ Ơ ờ ở ỡ ớ ợ Uông Ủy Ư Ưng Yên",
        ),
        # Swedish's å, ä, ö sorted as a, a, o ('Åhléns' beside 'Ahlen'), where its alphabet and
        # the browser have them after z; æ and ø are ä and ö to it, ü is y.
        (
            "sv",
            "Adam aether Ahlen azur Łódź Lozère Lyon Malmö Mora Mustonen Mygel Müller Myrdal Märsta Oslo "
            "ovan Ystad yxa zon Zürich Ådalen Åhléns Åre ås Æbleskiver älv Ängelholm Ärla æther Ödeshög "
            "Ödåkra Öland Örebro Ørsted Överkalix",
        ),
        # Finnish ends its alphabet as Swedish does, with å, ä and ö after z: 'Äänekoski'
        # sorted beside 'Aalto' and 'Öljy' beside 'Oulu'.
        (
            "fi",
            "Aalto ahven Malmö Müller Myllykoski Mäntsälä Oulu Savonlinna Seinäjoki Tampere Turku "
            "Uusikaupunki Vaasa Virtanen Wasa Wirtanen Ylöjärvi Ystävä Zürich Åbo Ähtäri Äänekoski Öljy "
            "Ørsted Österbotten",
        ),
        # Norwegian's æ, ø, å sorted as ae, o, a ('Ålesund' beside 'Alesund'), where its
        # alphabet and the browser have them after z, in that order; 'aa' is 'å' to it
        # ('Aasen' after 'Ås'), ä and ö are æ and ø, ü is y. 'no' is Norwegian too.
        *(
            (
                tag,
                "Adam aether Ahlen azur Bodø Boe Bærum Bø Łódź Lozère Lyon Malmø Mygel Müller Myrdal "
                "Orkdal Oslo ovale Ystad yxa zon Zürich Æbleskiver Ängelholm ære Ærø Ödegaard Ørland ørn "
                "Ørsted Østfold Øyer Aaberg åker Ålesund Ås Aasen",
            )
            for tag in ("nb", "no")
        ),
        # Danish ends its alphabet as Norwegian does, 'aa' as 'å' ('Aarhus', 'Aalborg'): 'Ærø'
        # and 'Aarhus' sorted first, 'Ørestad' beside 'Odense', where the browser has them last.
        (
            "da",
            "Amager Ballerup Bornholm Brøndby Esbjerg Fanø Helsingør Herning København Køge Müller "
            "Odense Roskilde Rødovre Tårnby Vejle Ystad Zealand Æbelø Ærø Ølstykke Ørestad Aabenraa "
            "Åbyhøj Aalborg Aarhus",
        ),
        # Hungarian's cs, dz, dzs, gy, ly, ny, sz, ty, zs, ö, ő, ü and ű are letters of their
        # own, each after the one it is written with ('Csehország' after 'Cukor', 'Ökör' after
        # 'Ózd'), where they sorted as c+s and o ('Ökör' before 'Olt', 'Zsámbék' before 'Zugló').
        (
            "hu",
            "Abony ábra Ács Ajka Cipő Cukor csak Csehország Dráva Dunántúl Dzsungel Eger Érd Gárdony "
            "Gödöllő Győr Lábatlan Lyuk Nagykanizsa Nyíregyháza Olt Orbán Oszlop Ózd ők Ökör Őrség öt "
            "Ötvös Salgótarján Sopron Szeged Tata Tüskevár Tyúkod Ugar Újpest Ukrajna Uzsok Üllő Ürge "
            "Űrhajó Üveg Zala Zugló Zsámbék",
        ),
        # Romanian's ă, â, î, ș and ț are letters of their own, each after the one it is
        # written on ('Șag' after 'Suceava', 'Ăsta' after 'Azuga'), where they sorted as a, i,
        # s, t ('Șag' before 'Sibiu'); ş and ţ, with a cedilla, are ș and ț.
        (
            "ro",
            "Alba apă Arad Azuga ăla Ăsta Âmbru ânger Bacău Brăila Iași Ilfov Izvor îngheț Însurăței "
            "Mamaia Mare masă mass mașină Mălini mâine muntean Sibiu Suceava sz Șag Șimleu Ştefăneşti "
            "ştiri Timiș Tulcea Turda ţară Țăndărei Ţebea Ungheni Vaslui Zalău",
        ),
        # Spanish's ñ is a letter of its own, after n ('Peña' after 'Penagos', 'Ñandú' after
        # 'Nuria'), where it sorted as n ('Muñoz' before 'Munoz', 'Peña' before 'Penagos'):
        # the story page's figures, places and tags in another order than the search page's.
        (
            "es",
            "anzuelo año Añover cana cano canto caña cañón España Esparza Mundo Munoz Muñiz Muñoz "
            "nube nuez Nuno Núñez Nuria Ñandú ñu Oasis pena Penagos Penúltimo Peña Peñalver",
        ),
        # Filipino's ñ is a letter of its own after n, and ng one after ñ ('Ngalan' after
        # 'Ñora', 'pinggan' after 'pinto'), where they sorted as n and n, g ('Ngalan' before
        # 'Niño'): the order of the browser's localeCompare in fil, as the search page's.
        (
            "fil",
            "Aklan anak Bagyo baha Binondo Cebu Dagupan Kalinga kanin Laguna Manila Mindanao "
            "Nazareno Niño niyog Nueva nuno Ñora Ngalan Nganga ngayon ngipin Olongapo Pangasinan "
            "pinagmulan Pinas pinsan pinto pinggan Quezon Sampaloc Tagaytay Zambales",
        ),
        # Estonian sorts š, z and ž after s, and õ, ä, ö and ü after w, as its alphabet and the
        # browser's localeCompare in et have them: 'õnnetus' sorted beside 'Orissaare',
        # 'päästetööd' before 'poliitika', 'Zürich' after 'Tallinn'.
        (
            "et",
            "Aegviidu ahven Haapsalu laevandus Orissaare Otepää Paide poliitika Põltsamaa Põlva Pärnu "
            "päästetööd Püha Saaremaa Suurupi Sõrve šokk Šveits zooloog Zürich Žguti žürii Tallinn Tartu "
            "Tõrva Türi uurimine Valga Viljandi Võru Vändra Wiedemann Õismäe õnnetus õun Ämari ärimees "
            "Ösel Öö ööbik Ülemiste ülikool Xavier Yale",
        ),
        # Lithuanian's č, š and ž are letters of their own, each after the one it is written on
        # ('Čekija' after 'Cukrus', 'Žemaitija' after 'Zuokas'), and y is beside i ('Yla'
        # between 'Iki' and 'Ilgis'), where they sorted as c, s, z and y ('Yla' after 'Utena').
        (
            "lt",
            "Alytus Anykščiai Ąžuolynas Biržai Cukrus Čekija čia Druskininkai Elektrėnai Ėriškiai "
            "Ešerys Yčas Ignalina Įgula Iki Yla Ilgis Ypatingas yra Izabelė Jonava Kaunas Kėdainiai "
            "Lazdijai Nausėda Paulauskas Sala Semeška šaltinis Šiauliai Švenčionys Tauragė Ūdrija "
            "Ukmergė Utena Varėna Zarasai Zuokas Žemaitija Žirmūnai žuvo",
        ),
        # Latvian's ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū and ž are letters of their own, each after the
        # one it is written on, and y comes between i and ī, where they sorted as a, c, e...
        # ('Čakste' before 'Cibulis', 'Žagars' before 'Zīle').
        (
            "lv",
            "ac Aizkraukle azote ābols Ādaži Bauska Cēsis Cibulis Čakste čiekurs Daugava Dombrovskis "
            "ezers ēka Ērgļi Gulbis ģimene Ģirts Ivars izeja Yakov Īle īss Jānis Kalnietis ķirsis "
            "Ķīpsala Liepāja Lūsis Ļaviņš ļoti Nora ņemt Ņina Riga Rīga Saeima Sergets Šlesers šodien "
            "Talsi uzvara ūdens Ūdens Ventspils Zīle Zolitūde Žagars žogs",
        ),
        # Serbian's Cyrillic letters of its own (ђ, ј, љ, њ, ћ, џ), which Unicode numbers after
        # 'я', each after the letter before it in the azbuka, where they sorted after 'ш'
        # ('Јован' after 'Шабац'); in Latin, č and ć after c, dž and đ after d, lj after l
        # and nj after n, each one letter, š after s, ž after z.
        (
            "sr",
            "Ана Дамир Дејан ђак Ђорђе Ерић Ивана Илија Јован јун Катарина Кића Лазар Лука љубав "
            "Љубљана Милош Нада Небојша њива Њујорк Тамара Тома ћирилица Ћуприја Ужице Ухо Цетиње "
            "Чачак Чедо џеп Џеферсон Шабац Шид",
        ),
        (
            "sr-Latn",
            "Cetinje Čačak čas ćirilica Ćuprija Dragan Dušan Duško Dzeko džep Dževad đak Đorđe Lazar "
            "Lukić ljubav Ljubljana Nebojša Nikola Njegoš njiva Sava Šabac šta Zoran Žarko žena",
        ),
        # Croatian's alphabet is Serbian's Latin one: č and ć after c, dž and đ after d, lj
        # after l, nj after n, š after s, ž after z, where they sorted as the letters they
        # are written with ('Čakovec' before 'Cres', 'Ljubuški' before 'Lozovac').
        (
            "hr",
            "Bjelovar Cres cvijet Čakovec čaša ćevapi Ćiro Dubrovnik Dugopolje Dvor Dzeko Džaja "
            "džamija đak Đakovo Đurđevac Labin Lika Lozovac Lučko ljeto Ljubuški Nin Nova Novska "
            "Nuštar Njivice njuška Samobor Split Sveti Šibenik šuma Zadar Zagreb Žminj žuto",
        ),
        # Tamil's letters sorted by Unicode's numbers: 'ஜ' between 'ச' and 'ஞ', 'க்ஷ' (one
        # letter, after 'ஹ') among the 'க...', 'ற' before 'ல' and 'ள'; 'ஔ' before 'ஓ' and
        # 'ொ' before 'ே', which decomposing took apart; a consonant's pulli ('த்') set aside,
        # where CLDR has the dead consonant before the consonant ('சத்யா' before 'சதம்').
        (
            "ta",
            "அண்ணாமலை அரியலூர் ஆசிரியர் இலங்கை ஈரோடு உதகை எழும்பூர் ஒடிசா ஓசூர் ஔவையார் கடலூர் கலை "
            "களம் கறி காஞ்சிபுரம் கேரளா கொடி கோயம்புத்தூர் சத்யா சதம் சென்னை சேலம் ஞாயிறு தஞ்சாவூர் "
            "திருச்சி நாகப்பட்டினம் பல் பல பழனி புதுச்சேரி மதுரை மன்னார் யாழ்ப்பாணம் ராமேஸ்வரம் வேலூர் "
            "ஜெயலலிதா ஷங்கர் ஸ்டாலின் ஹரிஹரன் க்ஷேத்திரம்",
        ),
        # Telugu as Chromium's localeCompare in te sorts it: a dead consonant ('క్', with its
        # virama) after the consonant with every vowel sign, 'ై' after 'ే', 'ళ' after 'హ', where
        # the virama was set aside as a combining mark ('క్షేమం' before 'కాల', 'వ్యాసం' before
        # 'వర్మ'), 'ై' read as 'ె' and 'ళ' kept before 'వ', as Unicode numbers it.
        (
            "te",
            "అమ్మ ఆట కఁ కంచి కః కల కస కాల కిల కృష్ణ కెరటం కేరళ కైలాసగిరి కొండ క్క క్షేమం గంగ "
            "వంశీ వర్మ విజయనగరం విశాఖపట్నం వేణు వ్యాసం శ్రీకాకుళం హైదరాబాదు ళ",
        ),
        # Slovenian's č, š and ž, and ć and đ of its neighbours' names, each after the one it
        # is written on, where they sorted as c, s, z and d ('Čakovec' before 'Cerknica').
        (
            "sl",
            "Cerknica cvet Čakovec čas ćevapi Ćiril Dolenjska Dušan Dzeko Džamija Đakovo Ljubljana "
            "Lukić Njiva Nova Sava Svit Šmarje šola Zagorje Zreče Žalec žena",
        ),
        # Icelandic's á, é, í, ó, ú and ý are letters of their own after the ones they are
        # written on, ð after d, and þ, æ, ö after z, where æ sorted as 'ae', first, and the
        # others beside their bases ('Ár' before 'askja', 'öskufall' before 'ota'); Swedish,
        # Danish and Norwegian 'ä' is 'æ' to it, 'ø' is 'ö', and 'å' comes last. Chromium has
        # no Icelandic collation (it sorts as en-US): this order is Firefox's and Node's.
        (
            "is",
            "askja ár Ár dalur deyja ðeta eyja éta ið Ísland íþrótt ota óli Óli uxi úr vík Vík yfir "
            "ýsa zeta Zoëga þoka Þórsmörk þúfa æður ænd Ärzte Äänekoski öl Øresund öskufall Åre",
        ),
        # Macedonian's ѓ, ѕ, ј, љ, њ, ќ and џ are letters of their own, after д, з, и, л, н, т
        # and ч, where ѓ and ќ sorted as г and к ('Ѓорче' before 'Дебар') and the others
        # after я ('Љубанци' after 'Шуто').
        (
            "mk",
            "Арачиново Битола Гази Дебар Ѓорче ѓубре Егри Живко Зелен Ѕвезда ѕид Иван Јане јуни "
            "Кавадарци Лозово Љубанци љубов Мак Нов њива Њиви Охрид Пехчево Радовиш Струга Тетово "
            "ќерамида Ќерка Урош Федерација Хаос Центар Чаир џамија Џепчиште Шуто",
        ),
    ],
)
def test_words_sort_as_the_browsers_locale_compare_sorts_them(language: str, in_order: str) -> None:
    # The search page sorts its choices with localeCompare in the page's language, the
    # story page its tags by collation_key: both orders are the same (these are
    # Chromium's, ICU's). 'Œuvre' sorted after 'zone', 'Łódź' after 'Lyon'; words that
    # differ only in case came capitals first, where the browser has the lowercase first.
    words = in_order.split()
    assert sorted(reversed(words), key=lambda w: languages.collation_key(w, language)) == words
    assert sorted(words, key=lambda w: languages.collation_key(w, language)) == words


def test_a_persian_word_pasted_with_arabic_letters_sorts_as_written_with_persians() -> None:
    # 'كرمان' (Arabic's Kaf) sorted after every Persian word but those with ی, 'يزد' before
    # the words with پ, چ, ژ, ک, گ: they are the same letters to a Persian reader.
    assert languages.sort_key("كرمان", "fa") == languages.sort_key("کرمان", "fa")
    assert languages.sort_key("يزد", "fa") == languages.sort_key("یزد", "fa")
    assert sorted(["يزد", "گلناز", "كرمان", "هادی"], key=lambda w: languages.sort_key(w, "fa")) == [
        "كرمان", "گلناز", "هادی", "يزد",
    ]  # fmt: skip


def test_a_turkish_letter_written_with_a_combining_mark_sorts_as_the_letter() -> None:
    # 'Çanakkale' typed as 'C' and a combining cedilla sorted as 'Canakkale', before 'Cizre'.
    decomposed = unicodedata.normalize("NFD", "Çanakkale")
    assert languages.sort_key(decomposed, "tr") == languages.sort_key("Çanakkale", "tr")
    assert sorted([decomposed, "Cizre"], key=lambda w: languages.sort_key(w, "tr")) == ["Cizre", decomposed]


@pytest.mark.parametrize(
    ("count", "events", "latest"),
    [
        (1, "1 wydarzenie", "Najnowsze wydarzenie"),
        (2, "2 wydarzenia", "2 najnowsze wydarzenia"),
        (5, "5 wydarzeń", "5 najnowszych wydarzeń"),
        (12, "12 wydarzeń", "12 najnowszych wydarzeń"),
        (21, "21 wydarzeń", "21 najnowszych wydarzeń"),
        (22, "22 wydarzenia", "22 najnowsze wydarzenia"),
        (25, "25 wydarzeń", "25 najnowszych wydarzeń"),
    ],
)
def test_polish_counts_take_the_form_cldr_gives_their_number(count: int, events: str, latest: str) -> None:
    # One, few (2-4, 22-24, not 12-14) and many; from five on, the adjective is in the
    # genitive plural too ('5 najnowszych wydarzeń', not 'Najnowsze 5 wydarzeń').
    polish = translations("pl")
    assert polish.ngettext("%(num)d event", "%(num)d events", count) % {"num": count} == events
    assert polish.ngettext("The latest event", "The latest %(num)d events", count) % {"num": count} == latest


@pytest.mark.parametrize("count", [1, 2, 5, 12, 21, 22, 25])
def test_vietnamese_counts_keep_one_form_with_no_plural_noun(count: int) -> None:
    # CLDR gives Vietnamese one plural form: a noun after a number stays as it is.
    vietnamese = translations("vi")
    events = vietnamese.ngettext("%(num)d event", "%(num)d events", count)
    assert events % {"num": count} == f"{count} sự kiện"
    later = vietnamese.ngettext("%(count)s week later", "%(count)s weeks later", count)
    assert later % {"count": count} == f"{count} tuần sau"


def test_caseless_tells_texts_apart_only_by_what_readers_see() -> None:
    # One character or a letter and its accent, a ligature, full-width letters, case and
    # spacing are the same to readers; an accent or a letter of its own is not.
    same = ("Fête à Zürich", "FE\u0302TE A\u0300  zu\u0308rich", "Fête à Zürich")
    assert len({languages.caseless(t) for t in same}) == 1
    assert languages.caseless("\ufb01nal Ｔｏｋｙｏ") == languages.caseless("Final tokyo") == "final tokyo"
    assert languages.caseless("STRASSE") == languages.caseless("Straße")
    assert languages.caseless("ΣΊΣΥΦΟΣ") == languages.caseless("Σίσυφος")
    assert languages.caseless("Müller") != languages.caseless("Muller")
    # Turkish's capitals, which Unicode's case folding pairs wrongly without the language.
    assert languages.caseless("IŞIL BAYRAM, DİYARBAKIR") == languages.caseless("Işıl Bayram, Diyarbakır")
    assert languages.caseless("İstanbul") == languages.caseless("ISTANBUL") == "istanbul"


def test_a_text_set_apart_takes_its_languages_direction_where_a_right_to_left_one_is_involved() -> None:
    # dir="auto" took an Arabic headline opening with 'UN Security Council' for left to
    # right; between left-to-right languages it stays "auto", as pages were written.
    assert languages.isolated_direction("ar", page="ltr") == "rtl"
    assert languages.isolated_direction("fa-IR", page="rtl") == "rtl"
    assert languages.isolated_direction("en", page="rtl") == "ltr"
    assert languages.isolated_direction("ru", page="ltr") == "auto"
    assert languages.isolated_direction("zh-Hans", page="ltr") == "auto"


@pytest.mark.parametrize(
    ("tag", "current"),
    [
        ("in", "id"),  # Indonesian, as Java and Android write it
        ("in-ID", "id-ID"),
        ("iw", "he"),
        ("rus", "ru"),
        ("id", None),
        ("he-IL", None),
        ("tl", None),  # Tagalog's code, in use, though CLDR reads it as Filipino
        ("tlh", None),
    ],
)
def test_a_retired_or_longer_code_gets_the_current_one(tag: str, current: str | None) -> None:
    assert languages.current_code(tag) == current


def test_a_retired_code_is_a_warning_naming_the_current_one_and_new_writes_that(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'language: in' built Indonesian pages named 'in', which Pagefind searched without
    # Indonesian stems ('mengungsi' no longer found 'pengungsi'), and check said nothing.
    site = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site + "language: in\n")
    line = site.count("\n") + 1
    assert warnings(project, capsys) == [
        f"content/site.yaml:{line}:11: warning: 'language: in' is an old code of Indonesian: write 'id', "
        "the code search and screen readers know it by"
    ]
    written = new_site(content="elsewhere", title="Berita", language="in")
    assert "\nlanguage: id\n" in Path(written).read_text(encoding="utf-8")


def test_a_dutch_word_starting_with_ij_gets_both_letters_capital() -> None:
    # Dutch capitalises the digraph whole: a place's kind 'ijzermijn' read 'Ijzermijn'.
    assert languages.capital_first("ijzermijn", "nl") == "IJzermijn"
    assert languages.capital_first("ijsbaan bij Haarlem", "nl") == "IJsbaan bij Haarlem"
    assert languages.capital_first("ijzermijn", "en") == "Ijzermijn"  # not a digraph elsewhere
    assert languages.capital_first("dorp", "nl") == "Dorp"
    assert languages.capital_first("i", "nl") == "I"


@pytest.mark.parametrize("tag", ["no", "no-NO"])
def test_norwegian_written_no_is_given_the_bokmal_catalog(tag: str) -> None:
    # TimelineJS and many newsrooms write Norwegian 'no', which was refused ("no
    # translation"). Its pages keep the tag as written and are Bokmål's, dates and all; a
    # shared link names Bokmål (Babel knows no country of 'no': 'no_NO' failed).
    norwegian = languages.resolve(tag)
    assert norwegian is not None and norwegian.tag == tag and norwegian.catalog == "nb"
    assert str(norwegian.locale) == "nb" and norwegian.open_graph_locale == "nb_NO"
    assert languages.refused(tag) is None


@pytest.mark.parametrize("tag", ["nn", "nn-NO"])
def test_nynorsk_is_refused_with_bokmal_named(tag: str) -> None:
    # Nynorsk is a written standard of its own: its pages are not given Bokmål's words
    # under its tag, but the editor is told which Norwegian is shipped.
    assert languages.resolve(tag) is None
    refusal = languages.refused(tag)
    assert refusal is not None and "Norwegian Bokmål ('nb') is shipped, Norwegian Nynorsk is not" in refusal


@pytest.mark.parametrize(
    ("tag", "catalog"),
    [
        ("zh-TW", "zh_Hant"),  # Taiwan's and Hong Kong's newsrooms write the region, not the script
        ("zh-HK", "zh_Hant"),
        ("zh-MO", "zh_Hant"),
        ("zh-hant-tw", "zh_Hant"),
        ("zh", "zh_Hans"),
        ("zh-CN", "zh_Hans"),
        ("zh-SG", "zh_Hans"),
    ],
)
def test_chinese_tags_find_the_catalog_of_the_script_their_region_writes(tag: str, catalog: str) -> None:
    # Traditional Chinese had no catalog: a site with 'zh-TW' or 'zh-HK' (or `language: zh-Hant`,
    # test_a_shipped_language_...) was refused by check ("no translation").
    language = languages.resolve(tag)
    assert language is not None and language.catalog == catalog and language.direction == "ltr"


def test_traditional_chinese_is_named_apart_from_simplified() -> None:
    # Both are '中文' to CLDR's language name alone: a story in both scripts listed '中文'
    # twice among its translations, and neither name found its tag.
    assert languages.autonym("zh-Hant") == languages.autonym("zh-TW") == "繁體中文"
    assert languages.autonym("zh-Hans") == "中文"  # as Simplified pages have always named it
    assert languages.tag_for_name("繁體中文") == "zh-Hant"
    assert languages.tag_for_name("Traditional Chinese") == "zh-Hant"
    assert languages.tag_for_name("Chinese") == "zh"


@pytest.mark.parametrize(
    ("typed", "meant", "language"),
    [
        # Taiwan's editors write their country's code for their language.
        ("tw", "zh-Hant", "Twi"),
        # Malaysia's write theirs for Malay.
        ("my", "ms", "Burmese"),
    ],
)
def test_a_countrys_code_for_a_site_that_is_a_languages_too_is_told_the_language_meant(
    project: Project, typed: str, meant: str, language: str
) -> None:
    # Each is a language's code too (one with no pages), so it got no hint.
    site = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site + f"language: {typed}\n")
    [problem] = project.problems()
    hint = f"; did you mean '{meant}'? ('{typed}' is a country's code, and as a language's, {language}'s)"
    assert problem.endswith(f"(to add one, see 'Adding a language' in docs/editing.md){hint}")
    assert str(languages.refused(typed)).endswith(hint)


def test_hindi_written_by_its_standard_spelling_is_hi() -> None:
    # CLDR names Hindi 'हिन्दी'; Hindi's standard spelling and its newsrooms write 'हिंदी',
    # and 'language: हिंदी' got no 'did you mean'.
    assert languages.tag_for_name("हिंदी") == "hi"
    assert languages.meant_tag("हिंदी") == "hi"


@pytest.mark.parametrize("name", ["Bahasa Malaysia", "Bahasa Melayu", "bahasa malaysia"])
def test_malay_written_by_its_names_in_malaysia_is_ms(name: str) -> None:
    # CLDR names Malay 'Melayu'; Malaysia's newsrooms and government write 'Bahasa
    # Malaysia' (or 'Bahasa Melayu'), and 'language: Bahasa Malaysia' got no 'did you mean'.
    assert languages.tag_for_name(name) == "ms"
    assert languages.meant_tag(name) == "ms"


def test_urdu_names_sort_in_urdus_alphabetical_order() -> None:
    # Urdu's own letters (ٹ ڈ ڑ ں ہ ھ ے) and Persian's (پ چ ک گ ی), which Unicode numbers
    # after all of Arabic's, put 'کیپٹن' after 'یورپی' and 'ٹیپو' after 'نواز' in a story
    # page's figures and places. The order is Node's ICU (Intl.Collator('ur')), as the
    # search page's choices sort them.
    in_order = [
        "بلوچستان", "بے نظیر", "پشاور", "تنویر", "ٹیپو سلطان", "جہلم", "چترال", "دبئی", "ڈان",
        "ذکر", "رضا", "ڑا", "زبیر", "ظفر مسعود", "غلام سرور خان", "قاسم", "کیپٹن سجاد گل",
        "گوادر", "لاہور", "محمد زبیر", "نواز شریف", "وزیر", "ہارون", "ھا", "یورپی یونین", "ےا",
    ]  # fmt: skip
    for tag in ("ur", "ur-PK"):
        assert sorted(reversed(in_order), key=lambda w: languages.collation_key(w, tag)) == in_order


def test_pashto_names_sort_in_pashtos_alphabetical_order() -> None:
    # Pashto's own letters (ټ ځ څ ډ ړ ږ ښ ګ ڼ), which Unicode numbers after all of
    # Arabic's, put 'ټول' after 'یو' and 'څنګه' after 'خان'; ې and ۍ are forms of ی. The order is Node's ICU
    # (Intl.Collator('ps')); Chromium has no Pashto collation (test_collation_in_chromium).
    in_order = [
        "القاهرة", "بغداد", "پشاور", "تور", "ټول", "جلال", "ځای", "چمن", "څنګه", "خان", "دوړ",
        "ډاکټر", "ړنګ", "زوی", "ژوند", "ږغ", "سین", "شین", "ښار", "غر", "فکر", "کابل", "ګل",
        "لوی", "نوی", "ڼا", "هرات", "وزیر", "ېا", "ۍا", "یو", "Aachen",
    ]  # fmt: skip
    assert sorted(["ۍا", "یا", "ېا"], key=lambda w: languages.collation_key(w, "ps")) == ["یا", "ېا", "ۍا"]
    for tag in ("ps", "ps-AF"):
        assert sorted(reversed(in_order), key=lambda w: languages.collation_key(w, tag)) == in_order


def test_marathi_names_sort_in_marathis_alphabetical_order() -> None:
    # Marathi's alphabet ends 'ह', 'ळ', 'क्ष', 'ज्ञ' (Chromium's Intl.Collator('mr')): 'ळ'
    # was sorted after 'ल' and 'क्षितिज' among the 'क...', as Unicode numbers them; written
    # with the zero-width joiner, 'क्‍ष' stays two letters. The anusvara is a letter, as in
    # Hindi ('कं' before 'कक').
    in_order = [
        "अ", "अं", "अः", "क", "कं", "कक", "काजल", "क्र", "क्‍ष", "पक्का", "पळ", "पक्ष", "बाल",
        "बाह", "बाहेर", "बाळ", "ह", "हत्ती", "ळ", "क्ष", "क्षमा", "क्षितिज", "ज्ञ", "ज्ञान",
        "ज्ञानेश्वर", "কৌশিক", "Aachen",
    ]  # fmt: skip
    for tag in ("mr", "mr-IN"):
        assert sorted(reversed(in_order), key=lambda w: languages.collation_key(w, tag)) == in_order
    # Hindi keeps Unicode's places for them.
    assert sorted(["ळ", "ह", "क्षमा", "कौशल"], key=lambda w: languages.collation_key(w, "hi")) == [
        "कौशल", "क्षमा", "ळ", "ह",
    ]  # fmt: skip


def test_nepali_names_sort_devanagari_first_and_its_signs_as_accents() -> None:
    # Chromium has no Nepali collation (it sorts as en-US); CLDR's (Node's and Firefox's
    # Intl.Collator('ne')) is the root order with Devanagari first, then the other
    # scripts in theirs: Latin before Bengali. The candrabindu, anusvara and visarga are
    # accents ('पहुचना' before 'पहुँचे'), not Hindi's letters.
    in_order = [
        "अ", "अँ", "अं", "अः", "कक", "क्षितिज", "ज्ञान", "पहुचना", "पहुँचे", "पहुंचे", "बाल", "बाळ",
        "बाह", "ह", "Aachen", "Яблоко", "কৌশিক",
    ]  # fmt: skip
    for tag in ("ne", "ne-NP"):
        assert sorted(reversed(in_order), key=lambda w: languages.collation_key(w, tag)) == in_order


def test_bengali_names_sort_in_bengalis_alphabetical_order() -> None:
    # Unicode numbers the khanda ta ('ৎ') and the long vocalic letters after 'হ', and
    # the candrabindu first of the signs; Bengali (Chromium's Intl.Collator('bn')) sorts
    # 'ৎ' as 'ত' with a virama, 'ৠ' after 'ঋ', the candrabindu after the anusvara and
    # visarga, and the nukta of 'ড়' as an accent. Bengali's own letters first, then
    # Devanagari, then Latin.
    in_order = [
        "১৯৭১", "অ", "ঋতু", "ৠ", "কং", "কঃ", "কঁাটা", "কক", "কতক", "কৎ", "কথা", "কাঁটা", "কাক",
        "ক্ষমা", "ঢাকা", "ত", "ৎ", "থ", "পড়", "পডা", "পড়া", "মায", "মাযা", "মায়া", "হাসিনা",
        "दिल्ली", "Aachen",
    ]  # fmt: skip
    for tag in ("bn", "bn-BD", "bn-IN"):
        assert sorted(reversed(in_order), key=lambda w: languages.collation_key(w, tag)) == in_order
    # Elsewhere the candrabindu is set aside, as an accent: 'চাকমা' before 'চাঁদপুর'.
    assert sorted(["চাঁদপুর", "চাকমা"], key=lambda w: languages.collation_key(w, "en")) == ["চাকমা", "চাঁদপুর"]
    assert sorted(["চাকমা", "চাঁদপুর"], key=lambda w: languages.collation_key(w, "bn")) == ["চাঁদপুর", "চাকমা"]


def test_latvians_any_stands_under_masculine_and_feminine_labels() -> None:
    # A search filter's first choice stands under masculine and feminine labels alike
    # ('Iesaistītā puse', 'Vieta', 'Gads'): 'Jebkurš' ('any', masculine) did not.
    assert translations("lv").gettext("Any") == "Visi"


@pytest.mark.parametrize("catalog", languages.available())
def test_an_overview_of_many_events_explains_its_bars_in_every_plural_form(catalog: str) -> None:
    # CLDR's 'one' takes 21 and 201 as it takes 1 in Latvian, Croatian, Russian... (and
    # every number in Chinese): the overview strip of a story of 201 events read 'Stāsta 201
    # notikums īsumā (...).', 'Priča u 21 događaju, ukratko (...).', the English singular's
    # sentence, which leaves out what each bar stands for.
    singular = "The story's %(count)s event at a glance (%(span)s)."
    plural = (
        "The story's %(count)s events at a glance (%(span)s): each bar stands for "
        "the events close together in time, and links to them."
    )
    said = {n: translations(catalog).ngettext(singular, plural, n) for n in range(2, 400)}
    longest = max(len(text) for text in said.values())
    assert [n for n, text in said.items() if len(text) < 0.8 * longest] == []


def test_slovene_is_sl() -> None:
    # 'Slovene', the EU's, ISO 639's and British English's name for Slovenian (CLDR's
    # English name), got no 'did you mean'.
    assert languages.tag_for_name("Slovene") == "sl"
    assert languages.meant_tag("Slovene") == "sl"


@pytest.mark.parametrize("tag", ["tl", "tl-PH", "fil-PH"])
def test_tagalogs_tags_are_filipino_as_written(tag: str) -> None:
    # TimelineJS and many sites write Tagalog's 'tl', which CLDR reads as Filipino ('fil'),
    # whose catalog they are given: the pages keep the tag as the editor wrote it.
    assert languages.current_code(tag) is None


def test_icelandics_earlier_and_later_are_adverbs() -> None:
    # 'Earlier' and 'Later' lead to the previous and next event as well as year: adverbs,
    # which agree with neither noun ('Fyrra ár', 'the previous year', stood over an event).
    assert (translations("is").gettext("Earlier"), translations("is").gettext("Later")) == ("Fyrr", "Síðar")


def test_armenian_ends_a_sentence_with_its_full_stop_and_writes_no_ev_in_capitals() -> None:
    # A sentence ends with Armenian's own full stop, '։', not a colon or '.'.
    assert translations("hy").gettext("No events yet.") == "Իրադարձություններ դեռ չկան\u0589"
    # The headings and labels the stylesheet sets in capitals have no 'և': the browser
    # capitalises it 'ԵՒ', the spelling before the reform ('ՍԵՒԱԳԻՐ' for 'Սևագիր', draft).
    for shown_in_capitals in ("Draft", "Updates and corrections", "Key moments", "Correction", "Update"):
        assert "և" not in translations("hy").gettext(shown_in_capitals)


@pytest.mark.parametrize("tag", ["ja-Latn", "ja_Latn"])
def test_japanese_named_in_another_script_sorts_chinese_characters_in_jis_order(tag: str) -> None:
    # A tag naming a script Japanese sorts no script first by gave no place to put its
    # Chinese characters in JIS X 0208's order, and sort_key raised ValueError on them.
    in_jis_order = ["上海", "東京", "北京"]
    assert sorted(reversed(in_jis_order), key=lambda name: languages.sort_key(name, tag)) == in_jis_order


def test_what_sorting_keeps_of_the_characters_it_met_is_bounded() -> None:
    # Content is untrusted and a preview runs for hours: a title of every code point kept
    # every character's collation unit, some 250 MB a language.
    text = "".join(chr(c) for c in range(0x4E00, 0x4E00 + languages.COLLATION_UNITS_KEPT + 5000))
    languages.sort_key(text, "ru")
    assert languages._collation_unit.cache_info().currsize <= languages.COLLATION_UNITS_KEPT


def test_an_area_of_several_territories_is_named_as_the_language_lists_them() -> None:
    # Natural Earth's 'Indian Ocean Ter.' is Christmas Island and the Cocos Islands, which
    # CLDR names each; an area CLDR has no code for has no name.
    french, arabic = languages.written_in("fr"), languages.written_in("ar")
    assert languages.territory_name(french, "CX CC") == "Île Christmas et Îles Cocos"
    assert languages.territory_name(arabic, "CX CC") == "جزيرة كريسماس وجزر كوكوس (كيلينغ)"
    assert languages.territory_name(french, "CX") == "Île Christmas"
    assert languages.territory_name(french, "") is None
    assert languages.territory_name(french, "CX ZZZ") is None


# What CLDR's likely subtags complete a tag to, as each of the four readers of them said
# before they shared one lookup (``languages.likely``): pinned here, tag by tag. Where they
# differ, on purpose: og:locale wants a country, so a region of digits ('001', '419') is
# replaced by the language's likeliest country, where a version's language keeps it.
LIKELY = [
    # tag, og:locale, script (sorting, a catalog's), a version's language
    ("en", "en_US", "Latn", ("en", "Latn", "US")),
    ("en-001", "en_US", "Latn", ("en", "Latn", "001")),
    ("en-GB", "en_GB", "Latn", ("en", "Latn", "GB")),
    ("sr", "sr_RS", "Cyrl", ("sr", "Cyrl", "RS")),
    ("sr-ME", "sr_ME", "Latn", ("sr", "Latn", "ME")),
    ("sr-Latn", "sr_RS", "Latn", ("sr", "Latn", "RS")),
    ("zh-Hant", "zh_TW", "Hant", ("zh", "Hant", "TW")),
    ("zh-TW", "zh_TW", "Hant", ("zh", "Hant", "TW")),
    ("zh", "zh_CN", "Hans", ("zh", "Hans", "CN")),
    ("pt", "pt_BR", "Latn", ("pt", "Latn", "BR")),
    ("pt-PT", "pt_PT", "Latn", ("pt", "Latn", "PT")),
    ("ar", "ar_EG", "Arab", ("ar", "Arab", "EG")),
    ("ar-EG", "ar_EG", "Arab", ("ar", "Arab", "EG")),
    ("fa-AF", "fa_AF", "Arab", ("fa", "Arab", "AF")),
    ("es-419", "es_ES", "Latn", ("es", "Latn", "419")),
    ("uz", "uz_UZ", "Latn", ("uz", "Latn", "UZ")),
    ("uz-Arab", "uz_AF", "Arab", ("uz", "Arab", "AF")),
]


def _language(tag: str) -> languages.Language:
    """The language of ``tag`` with CLDR's data, whether or not a catalog is shipped for it
    (og:locale is the tag's, written in English where none is)."""
    found = languages.resolve(tag)
    if found is not None:
        return found
    return languages.Language(tag, "en", Locale.parse(tag.replace("-", "_")))


@pytest.mark.parametrize(("tag", "og", "script", "version"), LIKELY, ids=[row[0] for row in LIKELY])
def test_likely_subtags_complete_a_tag_alike_for_each_reader(
    tag: str, og: str, script: str, version: tuple[str, str, str]
) -> None:
    assert _language(tag).open_graph_locale == og
    assert languages._script_of(tag) == script
    assert languages.version_language(tag) == version


def test_a_tag_cldr_cannot_read_is_completed_by_nothing() -> None:
    assert languages.version_language("qaa") == ("qaa", None, None)
    assert languages._script_of("qaa") == ""
    assert languages._script_of("xx-YY") == ""


def test_the_language_of_a_tag_is_looked_up_in_any_case() -> None:
    # As Babel reads it for a version's language ('SR-ME' was Cyrillic for sorting alone,
    # where 'sr-ME' is Latin).
    assert languages._script_of("SR-ME") == languages._script_of("sr-ME") == "Latn"
    assert languages.version_language("SR-ME") == languages.version_language("sr-ME")


@pytest.mark.parametrize(
    ("tag", "script"), [("sr-me", "Latn"), ("SR-me", "Latn"), ("zh-tw", "Hant"), ("zh-hk", "Hant")]
)
def test_a_tags_region_and_script_are_read_in_any_case(tag: str, script: str) -> None:
    # BCP 47 tags are case-insensitive: 'sr-me' is Serbian of Montenegro, in Latin letters,
    # as 'sr-ME' is, where CLDR's table looked up as written gave Serbian's Cyrillic.
    assert languages._script_of(tag) == script
    assert languages.likely("sr", "latn", "me") == languages.likely("sr", "Latn", "ME") == ("Latn", "ME")


@pytest.mark.parametrize("tag", ["TR", "tr-TR", "tr-tr"])
def test_turkish_sorts_and_capitalises_as_turkish_under_any_tag_of_it(tag: str) -> None:
    # Asked with the tag a page is written in: 'tr-TR' sorted 'ı' as 'i' and wrote 'Il'.
    assert (
        languages.sort_key("ılık", tag)
        == languages.sort_key("ılık", "tr")
        != languages.sort_key("ılık", "en")
    )
    assert languages.capital_first("il", tag) == "İl"
    assert languages.collation_key("Irmak", tag)[1] == languages.collation_key("Irmak", "tr")[1]


def test_tags_that_differ_in_case_alone_are_one_tag() -> None:
    assert languages.same_tag("en-GB", "EN-gb") and languages.same_tag("sr_Latn", "sr-latn")
    assert not languages.same_tag("en", "en-GB")
    assert languages.capital_first("ijzer", "NL-be") == "IJzer"


def test_a_catalogs_script_is_its_names_else_its_languages_likeliest() -> None:
    written = {catalog: languages._script_of(catalog) for catalog in languages.available()}
    assert written["zh_Hant"] == "Hant" and written["zh_Hans"] == "Hans"
    assert written["sr"] == "Cyrl" and written["sr_Latn"] == "Latn"
    assert written["ky"] == "Cyrl" and written["ja"] == "Jpan" and written["fa"] == "Arab"
    assert written["en"] == "Latn" and written["hy"] == "Armn"


@pytest.mark.parametrize(
    ("tag", "written"),
    [
        ("pt-br", "pt-BR"),  # as StoryMapJS and TimelineJS write it
        ("PT-BR", "pt-BR"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("SR-LATN", "sr-Latn"),
        ("es-419", "es-419"),  # a region in digits
        ("de-ch-1996", "de-CH-1996"),  # a variant
        ("en-us-x-twain", "en-US-x-twain"),  # private use, after its singleton, in lower case
        ("de-u-co-phonebk", "de-u-co-phonebk"),  # an extension's 'co' is no region
        ("fil", "fil"),
    ],
)
def test_a_tag_is_written_in_the_case_bcp_47_writes_it(tag: str, written: str) -> None:
    assert languages.cased(tag) == written
    assert languages.same_tag(tag, written)
