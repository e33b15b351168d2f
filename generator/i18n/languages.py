"""The languages a site can be in: a BCP 47 tag from the content, matched to a shipped
catalog of interface text and to the CLDR locale its dates are written with.

Catalogs live in ``generator/locales/<name>/LC_MESSAGES/messages.po``; a language is
available when its catalog is there. Dates and plural rules need no catalog of ours:
Babel has them for every language in CLDR.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.lists import format_list

from generator.patterns import later

ENGLISH = "en"
"""The language of a site or story that names none, and of the theme's own text."""

LOCALES = os.path.join(os.path.dirname(os.path.dirname(__file__)), "locales")
"""The folder of the shipped catalogs (and of ``messages.pot``, their template)."""

DOMAIN = "messages"

SUBTAGS_REGEX = r"(-[A-Za-z0-9]{2,8})*"
"""A language tag's subtags after its language (script, region, variants: '-Hans-CN')."""
LANGUAGE_REGEX = rf"^[A-Za-z]{{2,3}}{SUBTAGS_REGEX}$"
"""The one pattern of a language tag (BCP 47's shape), anchored for JSON Schema: what
check accepts in a file (``content/fieldtypes.py``), the story data's schema and
``--language`` on the command line (``refused``)."""

RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ks", "syr"})
"""Languages written right to left (CLDR's character order, without reading its data
for every page's direction)."""


ZEROS = {
    "arab": "\u0660",  # Arabic-Indic: ٠١٢٣ (ar-EG, ar-SA)
    "arabext": "\u06f0",  # Extended Arabic-Indic: ۰۱۲۳ (fa, ur-IN, ps)
    "beng": "\u09e6",
    "deva": "\u0966",
    "mymr": "\u1040",
    "tibt": "\u0f20",
    "olck": "\u1c50",
    "mtei": "\uabf0",
    "nkoo": "\u07c0",
}
"""The zero of each numbering system CLDR makes a language's default whose ten digits
follow one another in Unicode (by CLDR's names); a language whose default is not here
writes 0-9."""


LIST_STYLES = {
    "arab": "arabic-indic",
    "arabext": "persian",
    "beng": "bengali",
    "deva": "devanagari",
    "mymr": "myanmar",
    "tibt": "tibetan",
}
"""CSS's own counter style (``list-style-type``) for each numbering system of ``ZEROS``
that has one: a numbered list in the digits of the page's dates and counts (a Persian
page's sources were numbered '1.', '2.' beside '۱۹ آوریل ۲۰۱۰'). The others are numbered
0-9, as CSS has no style of theirs."""


@functools.cache
def _digit_table(system: str) -> dict[int, str]:
    zero = ZEROS.get(system)
    return {} if zero is None else {ord("0") + i: chr(ord(zero) + i) for i in range(10)}


def ascii_digits(text: str) -> str:
    """``text`` with the decimal digits of any script written 0-9 ('۱۱ مارس ۲۰۱۱' ->
    '11 مارس 2011'), as a sheet typed in Persian or Arabic may hold its dates."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() and not c.isascii() else c for c in text)


ARABIC_LETTERS = "\u064a\u0649\u0643"
"""Arabic's Yeh (ي), Alef Maksura (ى) and Kaf (ك), which Persian writes ی and ک: text
pasted from an Arabic keyboard or source into a Persian story has them."""

PERSIAN_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})
"""``ARABIC_LETTERS`` as Persian writes them (``str.translate``'s table): the same
letters, said alike."""


WITHOUT_SPACES = frozenset({"zh", "ja"})
"""Languages written without spaces between their words and sentences."""

OWN_FULL_STOPS = {"hi": "\u0964", "bn": "\u0964", "ne": "\u0964", "ur": "\u06d4", "hy": "\u0589"}
"""Languages whose sentences end with a full stop of their script, as their news sites and
catalogs write them: Hindi's, Bengali's and Nepali's danda, '।', Urdu's full stop, '۔'
(not Arabic's and Persian's '.'), Armenian's '։' (where '.' is its colon). Marathi, in
Devanagari too, ends its sentences with '.', as Loksatta and Lokmat print them."""


@dataclass(frozen=True, slots=True)
class Language:
    """A language as pages are written in it."""

    tag: str
    """As the content gives it (``lang`` and ``hreflang`` take it as written)."""
    catalog: str
    """The catalog's folder name under ``locales/``: 'en', 'zh_Hans'."""
    locale: Locale
    """CLDR's data for its dates and plural rules."""

    @property
    def sentence_end(self) -> tuple[str, str]:
        """What ends a sentence of the pages' own text and what comes before the next:
        Chinese and Japanese write '。' and no space ('…です。次の文'), the others '.' and
        a space; Hindi '।', Urdu '۔' and Armenian '։' and a space."""
        if (own := OWN_FULL_STOPS.get(self.locale.language)) is not None:
            return (own, " ")
        return ("\u3002", "") if self.locale.language in WITHOUT_SPACES else (".", " ")

    @property
    def direction(self) -> str:
        """'rtl' or 'ltr', for ``dir``."""
        return "rtl" if self.locale.language in RIGHT_TO_LEFT else "ltr"

    @property
    def digits(self) -> str:
        """The ten digits of the language's numbers as CLDR writes them by default:
        '0123456789', or Persian's '۰۱۲۳۴۵۶۷۸۹'. Babel gives CLDR's month names and
        patterns but writes every date's digits as 0-9; the pages write dates and numbers
        alike in these (``numerals``)."""
        return self.numerals("0123456789")

    @property
    def list_style(self) -> str | None:
        """The ``list-style-type`` that numbers a list in the language's digits
        (``LIST_STYLES``: 'persian' for Persian); None for 0-9, CSS's default."""
        return LIST_STYLES.get(self.locale.default_numbering_system)

    def numerals(self, text: str) -> str:
        """``text`` with its digits 0-9 written in the language's own (``digits``):
        '19 آوریل 2010' -> '۱۹ آوریل ۲۰۱۰' in Persian; unchanged where they are 0-9."""
        table = _digit_table(self.locale.default_numbering_system)
        return text.translate(table) if table else text

    @property
    def open_graph_locale(self) -> str | None:
        """The language as a shared link's ``og:locale`` names it, language and country
        ('fr_FR', 'zh_CN', 'en_GB'): the country the tag gives, else the one CLDR finds
        likeliest for it ('en' is 'en_US', 'ar' 'ar_EG'); None when it knows none."""
        locale = self.locale
        territory = locale.territory
        if territory is None or not territory.isalpha():  # 'en' is CLDR's 'en_001', the world's
            # A country, not a region of digits: og:locale names one (where a version's
            # language, ``version_language``, keeps the region the tag gives).
            territory = likely(locale.language, locale.script)[1]
        return f"{locale.language}_{territory}" if territory else None


@functools.cache
def available() -> tuple[str, ...]:
    """The catalogs shipped, by folder name, sorted."""
    try:
        names = os.listdir(LOCALES)
    except OSError:
        return ()
    return tuple(
        sorted(n for n in names if os.path.isfile(os.path.join(LOCALES, n, "LC_MESSAGES", f"{DOMAIN}.po")))
    )


def available_tags() -> str:
    """The shipped languages as editors write them: 'ar, de, en, ... zh-Hans'."""
    return ", ".join(n.replace("_", "-") for n in available())


CHINESE_SIMPLIFIED_REGIONS = frozenset({"CN", "SG", "MY"})
CHINESE_TRADITIONAL_REGIONS = frozenset({"TW", "HK", "MO"})
"""The regions whose Chinese is written in each script, as a tag that names a region and no
script ('zh-CN', 'zh-TW') is read: CLDR's likeliest script for each."""


@functools.cache
def resolve(tag: str) -> Language | None:
    """The language of ``tag`` ('en', 'en-US', 'pt-BR', 'zh-Hans', 'zh-CN'), or None when no
    catalog of interface text is shipped for it."""
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        try:  # a region or script CLDR does not know: the language alone
            locale = Locale.parse(tag.split("-")[0])
        except (UnknownLocaleError, ValueError):
            return None
    named = _named_script(tag)
    if named is not None and locale.script not in (None, named):
        # CLDR has no data for some scripts in some regions, and Babel then gives the
        # region's own: 'zh-Hant-CN' parses as 'zh_Hans_CN'. The script named is the one
        # the reader reads; the dates are the language's in that script.
        try:
            locale = Locale.parse(f"{locale.language}_{named}")
        except (UnknownLocaleError, ValueError):
            return None
    catalog = _catalog_name(locale)
    if catalog is None or _named_script(tag) not in (None, _script_of(catalog)):
        # 'zh-Hant-CN', 'ky-Arab': a script the catalog is not written in, which a tag CLDR
        # cannot parse would lose in falling back to its language (Traditional readers
        # given Simplified text).
        return None
    if str(locale) == "en":
        # Plain 'en' has CLDR's American forms ('April 19, 2010'); English explainers
        # have been written day first, as in international English ('19 April 2010').
        locale = Locale.parse("en_001")
    elif catalog == "zh_Hans" and locale.script is None:
        locale = Locale.parse("zh_Hans")
    elif locale.language in WRITTEN_AS:
        # 'no' is read as its catalog's language ('nb'), whose dates CLDR writes alike:
        # Babel knows no country of 'no' ('no_NO'), which a shared link's og:locale asks.
        locale = Locale(catalog, territory=locale.territory)
    return Language(tag, catalog, locale)


def _named_script(tag: str) -> str | None:
    """The script a tag names ('Hant' of 'zh-Hant-CN'), if it names one: a subtag of four
    letters after the language (BCP 47)."""
    found = [part for part in tag.split("-")[1:] if len(part) == 4 and part.isalpha() and part.isascii()]
    return found[0].title() if found else None


def written_in(tag: str) -> Language:
    """The language pages tagged ``tag`` are written in: its own, or English where no
    catalog is shipped for it (which ``check`` reports)."""
    found = resolve(tag) or resolve(ENGLISH)
    assert found is not None, "the English catalog is shipped"
    return found


def isolated_direction(tag: str, page: str) -> str:
    """The ``dir`` of a text in the language ``tag`` set apart in its own element (an
    isolate) on a page written in the direction ``page`` ('ltr' or 'rtl').

    The language's own direction where it or the page is right to left: 'auto' would
    take the direction of the text's first letter, so an Arabic headline opening with a
    name in Latin letters ('UN Security Council يناقش ...') was laid out left to right,
    its first words read last, and a span of years, which has no letter ('2011–2012'),
    was drawn left to right, 2011 on the left, where the rest of a right-to-left page
    draws it on the right. Between left-to-right ones it is 'auto', as the pages have
    always been written (left to right there for every text that does not open with a
    right-to-left letter)."""
    own = "rtl" if writes_right_to_left(tag) else "ltr"
    return own if "rtl" in (own, page) else "auto"


@functools.cache
def primary(tag: str) -> str:
    """The language of ``tag``, its first subtag, in lower case: 'pt' for 'pt-BR', 'sv' for
    'sv_FI' (as a locale's name writes it). Cached: the sort keys and the typography ask it
    of every text."""
    return tag.replace("_", "-").split("-")[0].lower()


@functools.cache
def writes_traditional_chinese(tag: str) -> bool:
    """Whether ``tag`` is Chinese written in Traditional characters: 'zh-Hant', or a
    region that writes them with no script named ('zh-TW', 'zh-HK', CLDR's 'zh_Hant_TW'),
    whether or not a catalog is shipped for it."""
    if primary(tag) != "zh":
        return False
    if (named := _named_script(tag)) is not None:  # Babel reads 'zh-Hant-CN' as 'zh_Hans_CN'
        return named == "Hant"
    try:
        return Locale.parse(tag.replace("-", "_")).script == "Hant"
    except (UnknownLocaleError, ValueError):
        return False


def writes_right_to_left(tag: str) -> bool:
    """Whether the language ``tag`` ('ar', 'fa-IR', 'he') is written right to left."""
    return primary(tag) in RIGHT_TO_LEFT


def reads_right_to_left(text: str) -> bool:
    """Whether ``text`` is written from right to left (Arabic, Hebrew): its first letter
    of a definite direction says so, as a browser's ``dir="auto"`` does."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


WRITTEN_AS = {"no": "nb"}
"""A macrolanguage's code and the catalog its pages are written with: 'no', Norwegian, as
TimelineJS, many newsrooms and older software write it, is Norwegian Bokmål, the written
standard of most Norwegian news (Nynorsk, 'nn', is one of its own, and is not given Bokmål:
see ``KINDRED``)."""

KINDRED = {"nn": ("nb", "Norwegian Bokmål")}
"""A language without a catalog and the shipped one nearest to it, for the hint of a
language refused: Nynorsk's readers read Bokmål, but pages marked 'nn' must be in Nynorsk,
so the editor chooses."""


def kindred_hint(tag: str) -> str:
    """What to add after 'there is no translation into ``tag``' when a shipped catalog is
    of a written standard of the same language (``KINDRED``): "; Norwegian Bokmål ('nb')
    is shipped, Nynorsk is not"."""
    found = KINDRED.get(primary(tag))
    if found is None or found[0] not in available():
        return ""
    return f"; {found[1]} ('{found[0]}') is shipped, {name_in_english(tag)} is not"


def _catalog_name(locale: Locale) -> str | None:
    names = available()
    if locale.language in WRITTEN_AS:
        return WRITTEN_AS[locale.language] if WRITTEN_AS[locale.language] in names else None
    if locale.language == "zh":
        # Chinese has two written forms, each its own catalog: Taiwan, Hong Kong and Macau
        # write Traditional ('zh-TW' is CLDR's 'zh_Hant_TW'), so they are never given
        # Simplified text; 'zh' alone is Simplified, as it has always been read.
        traditional = locale.script == "Hant" or (
            locale.script is None and locale.territory in CHINESE_TRADITIONAL_REGIONS
        )
        if traditional:
            return "zh_Hant" if "zh_Hant" in names else None
        simplified = locale.script == "Hans" or (
            locale.script is None
            and (locale.territory is None or locale.territory in CHINESE_SIMPLIFIED_REGIONS)
        )
        return "zh_Hans" if simplified and "zh_Hans" in names else None
    if locale.script is not None and f"{locale.language}_{locale.script}" in names:
        # A language shipped in a second script has a catalog of its own, named after it
        # ('sr_Latn'): 'sr-Latn', 'sr-Latn-RS' and 'sr-ME' (CLDR's Montenegrin Serbian is
        # Latin) are read in Latin letters; 'sr', 'sr-RS' and 'sr-Cyrl' in the language's
        # own catalog ('sr', Cyrillic, CLDR's likeliest script for it).
        return f"{locale.language}_{locale.script}"
    return locale.language if locale.language in names else None


@functools.cache
def autonym(tag: str) -> str:
    """The language's name in itself, as a language switcher shows it: 'Русский',
    'العربية', 'English'; the tag itself when CLDR has no name for it."""
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return tag
    name = locale.get_language_name(locale) or tag
    if locale.language == "zh" and locale.script == "Hant":
        # CLDR names both of Chinese's scripts '中文'; a story in both listed it twice.
        name = locale.languages.get("zh_Hant") or name
    return name[:1].upper() + name[1:]


def version_name(tag: str, beside: Iterable[str] = ()) -> str:
    """The name a language switcher gives the version in ``tag`` among the versions in
    ``beside``: its ``autonym``, with its country as CLDR names it in the language where
    another version of another country has the same name ('pt-PT' beside 'pt-BR', both
    'Português': 'Português (Portugal)', 'Português (Brasil)'); a reader was offered the
    same name twice."""
    name = autonym(tag)
    region = version_language(tag)[2]
    if region is None or not any(
        autonym(other) == name and not same_version_language(other, tag) for other in beside
    ):
        return name
    try:
        country = Locale.parse(tag.replace("-", "_")).territories.get(region, region)
    except (UnknownLocaleError, ValueError):
        return name
    return f"{name} ({country})"


@functools.cache
def likely(
    language: str, script: str | None = None, region: str | None = None
) -> tuple[str | None, str | None]:
    """The script and country (or region) CLDR's likely subtags give ``language``, written
    in ``script`` in ``region`` where those are known (Babel's data): the first entry found
    of language_script_region, language_region, language_script and the language alone,
    the order CLDR looks them up in; (None, None) when it has none. The one place they are
    read (a shared link's ``og:locale``, the script a text is sorted and a catalog written
    in, a version's language)."""
    table = get_global("likely_subtags")
    # BCP 47 tags are read in any case, CLDR's table is keyed as they are written
    # ('sr_Latn_ME'): 'sr-me' read its region as 'me' and found no entry for it.
    language = language.lower()
    script = script.title() if script else None
    region = region.upper() if region else None
    for parts in ((script, region), (None, region), (script, None), (None, None)):
        found = table.get("_".join(part for part in (language, *parts) if part))
        if found is not None:
            _, likely_script, likely_region = found.split("_")  # always all three (CLDR)
            return (likely_script, likely_region)
    return (None, None)


@functools.cache
def version_language(tag: str) -> tuple[str, str | None, str | None]:
    """The language, script and country of ``tag`` as CLDR's likely subtags complete them
    (Babel's data): 'en' is English in Latin letters of the United States, as 'en-US' is;
    'pt' Portuguese of Brazil, as 'pt-BR' is; 'zh-TW' Chinese in Traditional characters,
    as 'zh-Hant' is; 'sr' Serbian in Cyrillic. Two stories' tags alike so are versions in
    one language for their readers, who read the same words under the same name; of
    another country ('en-GB', 'pt-PT', 'es-419') or script ('sr-Latn'), another version.
    A tag CLDR cannot read is the tag itself, in lower case."""
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return (tag.lower(), None, None)
    language, script, region = locale.language, locale.script, locale.territory
    likely_script, likely_region = likely(language, script, region)
    return (language, script or likely_script, region or likely_region)


def same_tag(first: str, second: str) -> bool:
    """Whether ``first`` and ``second`` are one language tag: BCP 47 tags are read in any
    case ('en-GB', 'en-gb', 'EN-GB'), and a catalog's name ('sr_Latn') is a tag too."""
    return first.replace("_", "-").casefold() == second.replace("_", "-").casefold()


def cased(tag: str) -> str:
    """``tag`` in the case BCP 47 writes it (RFC 5646, 2.1.1): its language in lower case,
    a script of four letters in title case, a region of two letters in capitals ('pt-br',
    'ZH-HANT-TW': 'pt-BR', 'zh-Hant-TW'), every other subtag, and all after a singleton
    (an extension, 'x-' private use), in lower case. Tags are read in any case; pages
    and files carry them so, as the site's 'pt-BR' beside a story's 'pt-br' did not."""
    subtags = tag.split("-")
    written = [subtags[0].lower()]
    extended = False
    for subtag in subtags[1:]:
        extended = extended or len(subtag) == 1
        if not extended and len(subtag) == 4 and subtag.isalpha():
            written.append(subtag.title())
        elif not extended and len(subtag) == 2 and subtag.isalpha():
            written.append(subtag.upper())
        else:
            written.append(subtag.lower())
    return "-".join(written)


def same_version_language(first: str, second: str) -> bool:
    """Whether two versions of a story in ``first`` and ``second`` are in one language for
    their readers (``version_language``): 'en' and 'en-US', 'pt' and 'pt-BR', 'zh-TW' and
    'zh-Hant' are; 'en' and 'en-GB', 'pt' and 'pt-PT', 'sr' and 'sr-Latn' are not."""
    return same_tag(first, second) or version_language(first) == version_language(second)


def read_as(tag: str) -> str:
    """What CLDR reads ``tag`` as (``version_language``), in an editor's words: "Portuguese
    of Brazil ('pt-BR')" for 'pt'; '' when it cannot tell a country."""
    language, script, region = version_language(tag)
    if region is None:
        return ""
    usual = version_language(language)[1]  # a script said only where it is not the language's usual one
    full = "-".join(part for part in (language, None if script == usual else script, region) if part)
    try:
        english = Locale.parse(language).get_language_name("en") or language
    except (UnknownLocaleError, ValueError):
        return ""
    return f"{english} of {Locale('en').territories.get(region, region)} ('{full}')"


def territory_name(language: Language, numeric: str) -> str | None:
    """A country's name in ``language`` from its ISO 3166 numeric code ('417' ->
    'Киргизия'), or CLDR's own code of two capitals where ISO has no number ('XK' ->
    'Косово'), through CLDR; for an area of several territories, their codes with spaces
    between ('CX CC', Natural Earth's 'Indian Ocean Ter.'), their names as the language
    lists them ('Île Christmas et Îles Cocos'); None when CLDR has no such code."""
    if " " in numeric.strip():
        parts = [territory_name(language, code) for code in numeric.split()]
        return format_list([p for p in parts if p], locale=language.locale) if all(parts) else None
    codes: list[str] | None = None
    if len(numeric) == 2 and numeric.isalpha() and numeric.isupper():
        codes = [numeric]
    elif numeric.lstrip("-").isdigit():
        codes = get_global("territory_aliases").get(numeric.zfill(3))
    if not codes:
        return None
    name: str | None = language.locale.territories.get(codes[0])
    return name


def folded(text: str) -> str:
    """``text`` as a name typed by an editor is compared with CLDR's: case, accents and
    invisible direction marks set aside ('Perú', 'PERU' and 'peru' are all 'peru'; Arabic
    pasted with its right-to-left marks is the same name without them). Turkish's dotless
    'ı' is 'i' too: its capital is 'I', which case folding makes 'i' ('KASIM' is 'Kasım'),
    and a keyboard without it types 'i'. Hangul stays in syllables ('2010년', not the
    letters 'ᄂ', 'ᅧ', 'ᆫ' decomposing takes them apart into), as text is read in them."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold().replace("\u0131", "i"))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFC", kept) if _JAMO().search(kept) else kept


def caseless(text: str) -> str:
    """``text`` as two texts an editor wrote are told the same or not (two events' titles,
    a quote's ``by`` and a figure's name): case and spacing aside, and however its
    characters are encoded ('é' as one character or as 'e' and its accent, as macOS
    and text pasted from a PDF or a word processor write it; the ligature 'ﬁ' as 'fi';
    'Ｔｏｋｙｏ' as 'Tokyo'), Unicode's compatibility caseless match; and Turkish's four
    I's as one, as case folding without the text's language cannot pair them ('IŞIL' is
    'Işıl' in Turkish, where Unicode makes it 'işil'; a keyboard without them types
    'Isil', 'Istanbul'). Accents and other letters of their own stay ('Muller' is not
    'Müller')."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return " ".join(folded.replace("\u0131", "i").replace("i\u0307", "i").split())


_JAMO = later("[\u1100-\u11ff]")
"""A letter of Hangul's alphabet (jamo), as decomposing writes a syllable ('년' is '년')."""


_TURKISH_ORDER = str.maketrans(
    {
        "ç": "c\U0010ffff",
        "ğ": "g\U0010ffff",
        "ı": "h\U0010ffff",
        "ö": "o\U0010ffff",
        "ş": "s\U0010ffff",
        "ü": "u\U0010ffff",
    }
)
"""Turkish's letters of their own, each after the letter it is written on ('ç' after every
'c...', the dotless 'ı' after every 'h...' and before 'i'), as its alphabet has them."""


_SWEDISH_ORDER = str.maketrans(
    {
        "å": "z\U0010ffff",
        "ä": "z\U0010ffff\U0010ffff",
        "æ": "z\U0010ffff\U0010ffff",
        "ö": "z\U0010ffff\U0010ffff\U0010ffff",
        "ø": "z\U0010ffff\U0010ffff\U0010ffff",
        "ü": "y",
    }
)
"""Swedish's letters of their own, 'å', 'ä' and 'ö', after 'z' in that order (Danish and
Norwegian 'æ' and 'ø' as 'ä' and 'ö'), and 'ü' as 'y', as its alphabet and CLDR's
Swedish order (the browser's) have them: 'Åre' after 'Zürich', not beside 'Are'."""


_SWEDISH_OWN_ORDER = _SWEDISH_ORDER | str.maketrans(
    {"ę": "z\U0010ffff\U0010ffff", "ő": "z\U0010ffff\U0010ffff\U0010ffff"}
    | {"œ": "z\U0010ffff\U0010ffff\U0010ffff", "ô": "z\U0010ffff\U0010ffff\U0010ffff", "ű": "y"}
)
"""Swedish's order (CLDR's, the browser's localeCompare in sv), where Finnish's is
``_SWEDISH_ORDER``: 'ę' as 'ä', 'ő', 'œ' and 'ô' as 'ö' ('Côte' after 'Cyprus'), 'ű' as 'y'."""


_NORWEGIAN_ORDER = str.maketrans(
    {
        "æ": "z\U0010ffff",
        "ä": "z\U0010ffff",
        "ø": "z\U0010ffff\U0010ffff",
        "ö": "z\U0010ffff\U0010ffff",
        "å": "z\U0010ffff\U0010ffff\U0010ffff",
        "ü": "y",
    }
)
"""Norwegian's letters of their own, 'æ', 'ø' and 'å', after 'z' in that order (Swedish 'ä'
and 'ö' as 'æ' and 'ø'), and 'ü' as 'y', as its alphabet and CLDR's Norwegian order (the
browser's) have them: 'Ålesund' after 'Øyer', not beside 'Alesund'. 'aa', the spelling of
'å' before 1917 that names keep ('Aasen'), is 'å' (``_norwegian_order``)."""


_BOKMAL_ORDER = _NORWEGIAN_ORDER | str.maketrans(
    {"ę": "z\U0010ffff", "ő": "z\U0010ffff\U0010ffff", "œ": "z\U0010ffff\U0010ffff", "ű": "y"}
)
"""Bokmål's order (CLDR's, the browser's localeCompare in nb): Norwegian's letters, and 'ę'
as 'æ', 'ő' and 'œ' as 'ø' ('Œuvre' after 'Øresund'), 'ű' as 'y'; Danish's has not them."""


def _bokmal_order(text: str) -> str:
    """``text`` (lower case) with Bokmål's letters of their own as ``sort_key`` sorts them."""
    return unicodedata.normalize("NFC", text).replace("aa", "å").translate(_BOKMAL_ORDER)


def _norwegian_order(text: str) -> str:
    """``text`` (lower case) with Norwegian's letters of their own as ``sort_key`` sorts them."""
    return unicodedata.normalize("NFC", text).replace("aa", "å").translate(_NORWEGIAN_ORDER)


_LETTERS_OF_OTHERS = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i\U0010ffff"}
    | {"ґ": "г\U0010ffff", "ђ": "д\U0010ffff", "є": "е\U0010ffff", "ѕ": "з\U0010ffff"}
    | {"і": "и\U0010ffff", "ј": "и\U0010ffff\U0010ffff", "љ": "л\U0010ffff", "њ": "н\U0010ffff"}
    | {"ћ": "т\U0010ffff", "џ": "ч\U0010ffff"}
)
"""Letters Unicode does not write as another with a mark, as the browser's collation
(CLDR's root order) sorts them: 'œ' as 'oe' ('Œuvre' beside 'oeil', not after 'zone'),
'ł' beside 'l', and outside Turkish the dotless 'ı' after every 'i...'; Cyrillic's 'ґ',
'ђ', 'є', 'ѕ', 'і', 'ј', 'љ', 'њ', 'ћ' and 'џ' each after the letter before it in the
alphabets that have it ('Ђорђе' after 'Дунав', where Unicode numbers them after 'я')."""

_HINDI_SIGNS = str.maketrans({"\u0901": "\u0902"})
_DEVANAGARI_SIGNS_SET_ASIDE = str.maketrans(dict.fromkeys("\u0901\u0902\u0903"))
"""Devanagari's candrabindu, anusvara and visarga ('ँ', 'ं', 'ः'), which the browser's
collation sets aside as it does accents (CLDR's root: 'पहुचना' before 'पहुंचे'), but in
Hindi, whose collation sorts them as letters, after the consonant or vowel they are
written on and before any letter after it ('पहुंचे' before 'पहुचना'), the candrabindu as
the anusvara ('पहुँचे' beside 'पहुंचे'); ``_DEVANAGARI_MARKS`` tells such words apart."""

_HINDI_SIGNS_AS_LETTERS = frozenset({"hi", "mr"})
"""Languages whose collation sorts Devanagari's anusvara and visarga as letters, and the
candrabindu as the anusvara (``_HINDI_SIGNS``): Hindi and Marathi, as Chromium's
``Intl.Collator`` in them does ('कं', 'कँ', 'कः', then 'कक'). Nepali's sets them aside, as
CLDR's root does."""

_MARATHI_LETTERS = (
    ("\u0915\u094d\u0937", "\u0939\U0010ffff\U0010ffff"),  # क्ष after ळ
    ("\u091c\u094d\u091e", "\u0939\U0010ffff\U0010ffff\U0010ffff"),  # ज्ञ after क्ष
)
_MARATHI_LLA = str.maketrans({"\u0933": "\u0939\U0010ffff"})  # ळ after every ह...


def _marathi_order(key: str) -> str:
    """A sort key's Devanagari in Marathi's alphabetical order, as CLDR's Marathi collation
    (Chromium's ``Intl.Collator('mr')``) has it: 'ळ' after every word in 'ह', then 'क्ष' and
    'ज्ञ', each a letter of its own (the last letters of the Marathi alphabet), where Unicode
    numbers 'ळ' after 'ल' and a conjunct sorts with its first consonant ('क्षितिज' among
    the 'क...'). Written with the zero-width joiner ('क्‍ष'), 'क्ष' is two letters, as there."""
    if "\u094d" in key:
        for conjunct, letter in _MARATHI_LETTERS:
            key = key.replace(conjunct, letter)
    return key.translate(_MARATHI_LLA)


_KEPT_MARKS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d")
"""Combining marks that ``sort_key`` keeps, where it sets every other aside: the virama
of Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam, which makes a
conjunct ('क्ष'). The browser's collation sorts it after every vowel sign, so a conjunct
comes after its consonant with every vowel, as in a Hindi dictionary ('कौशल' before
'क्षितिज'); set aside, 'क्षितिज' sorted as 'कषितिज', before 'काजल'. Unicode numbers
each after its script's vowel signs already. (Tamil's and Telugu's orders,
``_TAMIL_ORDER`` and ``_TELUGU_ORDER``, place theirs.)"""


_VIETNAMESE_TONES = later("[\u0300\u0301\u0303\u0309\u0323]")
"""Vietnamese's tone marks, decomposed (grave, acute, tilde, hook above, dot below): they
tell words apart but not letters, so the alphabet's order sets them aside."""
_VIETNAMESE_LETTERS = {
    "a\u0306": "a\U0010ffff",  # ă after a
    "a\u0302": "a\U0010ffff\U0010ffff",  # â after ă
    "e\u0302": "e\U0010ffff",  # ê after e
    "o\u0302": "o\U0010ffff",  # ô after o
    "o\u031b": "o\U0010ffff\U0010ffff",  # ơ after ô
    "u\u031b": "u\U0010ffff",  # ư after u
    "đ": "d\U0010ffff",  # đ after d
}
"""Vietnamese's letters of their own, each after the letter it is written on, as its
alphabet has them (a ă â b c d đ e ê ... o ô ơ ... u ư ...)."""
_VIETNAMESE_LETTER = later("|".join(_VIETNAMESE_LETTERS))
_VIETNAMESE_TONE_ORDER = str.maketrans(
    {"\u0300": "\U000f0201", "\u0309": "\U000f0202", "\u0303": "\U000f0203", "\u0301": "\U000f0204"}
    | {"\u0323": "\U000f0205"}
)
"""Vietnamese's tones in its order (huyền, hỏi, ngã, sắc, nặng: 'mà mả mã má mạ', after
'ma'), as ICU, the browser's, sorts words that differ only in them; the code points'
order put 'má' before 'mả'. After every other accent (``_ACCENT_ORDER``), as a tone is
written on a letter with its mark ('ặ' is 'ă' and the dot below, which Unicode writes
before the breve)."""


def _vietnamese_order(text: str) -> str:
    """``text`` (lower case) with Vietnamese's letters of their own as ``sort_key`` sorts
    them, its tone marks set aside: 'Đà Nẵng' after every 'd...' ('Dương Đông'), where
    the browser's root order has it beside them."""
    bare = _VIETNAMESE_TONES().sub("", unicodedata.normalize("NFD", text))
    return _VIETNAMESE_LETTER().sub(lambda letter: _VIETNAMESE_LETTERS[letter[0]], bare)


_PERSIAN_LETTERS_ORDER = dict(
    {
        "\u067e": "\u0628\U0010ffff",  # پ after ب
        "\u0686": "\u062c\U0010ffff",  # چ after ج
        "\u0698": "\u0632\U0010ffff",  # ژ after ز
        "\u06a9": "\u0642\U0010ffff",  # ک after ق
        "\u0643": "\u0642\U0010ffff",  # Arabic's ك, the same letter
        "\u06af": "\u0642\U0010ffff\U0010ffff",  # گ after ک
        "\u0648": "\u0646\U0010ffff",  # و after ن, before ه
        "\u06cc": "\u064a",  # ی, the last letter (Arabic's ي is after ه already)
        "\u0649": "\u064a",  # Arabic's ى, the same letter
    }
)
_PERSIAN_ORDER = str.maketrans(_PERSIAN_LETTERS_ORDER)
"""Persian's order where Unicode's differs (CLDR's, as the browser sorts Persian): the
letters Arabic lacks (پ چ ژ ک گ), which Unicode numbers after all of Arabic's, each
after the letter it is written like, 'و' before 'ه', and Arabic's Kaf and Yeh, pasted
from an Arabic keyboard, as Persian's."""

_URDU_ORDER = str.maketrans(
    _PERSIAN_LETTERS_ORDER
    | {
        "\u0679": "\u062a\U0010ffff",  # ٹ after ت
        "\u0688": "\u062f\U0010ffff",  # ڈ after د
        "\u0691": "\u0631\U0010ffff",  # ڑ after ر
        "\u06ba": "\u0646\U0010fffe",  # ں after ن, before و
        "\u06c1": "\u0647",  # ہ, Urdu's h, where Arabic's ه is: after و
        "\u06be": "\u0647\U0010ffff",  # ھ after ہ
        "\u06d2": "\u064a\U0010ffff",  # ے, the last letter, after ی
    }
)
"""Urdu's order where Unicode's differs (CLDR's, as the browser sorts Urdu): Persian's
letters as Persian sorts them, and Urdu's own (ٹ ڈ ڑ ں ہ ھ ے), which Unicode numbers after
all of Arabic's and Persian's, each after the letter it is written like, 'ے' last."""

_PASHTO_ORDER = str.maketrans(
    {
        "\u067e": "\u0628\U0010ffff",  # پ after ب
        "\u067c": "\u062a\U0010ffff",  # ټ after ت
        "\u0681": "\u062c\U0010ffff",  # ځ after ج
        "\u0686": "\u062c\U0010ffff\U0010ffff",  # چ after ځ
        "\u0685": "\u062c\U0010ffff\U0010ffff\U0010ffff",  # څ after چ
        "\u0689": "\u062f\U0010ffff",  # ډ after د
        "\u0693": "\u0631\U0010ffff",  # ړ after ر
        "\u0698": "\u0632\U0010ffff",  # ژ after ز
        "\u0696": "\u0632\U0010ffff\U0010ffff",  # ږ after ژ
        "\u069a": "\u0634\U0010ffff",  # ښ after ش
        "\u06a9": "\u0642\U0010ffff",  # ک after ق
        "\u0643": "\u0642\U0010ffff",  # Arabic's ك, the same letter
        "\u06ab": "\u0642\U0010ffff\U0010ffff",  # ګ after ک
        "\u06af": "\u0642\U0010ffff\U0010ffff",  # Persian's گ, the same letter
        "\u06bc": "\u0646\U0010ffff",  # ڼ after ن
        # ی, the last letter (Arabic's ي is after ه and و already), and its forms ې, ۍ, ئ
        # and Arabic's ى, which ICU sorts as one letter, told apart only between words
        # otherwise the same ('یو' before 'ېا' before 'ۍو').
        **dict.fromkeys("\u06cc\u0649\u06d0\u06cd\u0626", "\u064a"),
    }
)
"""Pashto's order where Unicode's differs (CLDR's, as ICU sorts Pashto: Node's
``Intl.Collator('ps')``; Chromium's share of ICU's data has none): the letters Arabic
lacks, Persian's (پ چ ژ ک گ) and Pashto's own (ټ ځ څ ډ ړ ږ ښ ګ ڼ), which Unicode
numbers after Arabic's, each after the letter it is written like; 'ه' before 'و', as
Arabic, not Persian, sorts them."""

_PASHTO_YEH_FORMS = str.maketrans({"\u06d0": "\u06cc\U0010fff0", "\u06cd": "\u06cc\U0010fff1"})
"""Pashto's ې and ۍ, forms of ی (``_PASHTO_ORDER``), after it and in this order where two
words differ only in them, as ICU sorts them ('یا', 'ېا', 'ۍا'; Unicode numbers ۍ first)."""

_BENGALI_LETTERS = {
    "\u09ce": "\u09a4\u09cd",  # ৎ, the khanda ta, as ত with its virama, after 'তক'
    "\u09e0": "\u098b\U0010ffff",  # ৠ after ঋ
    "\u09e1": "\u098c\U0010ffff",  # ৡ after ঌ
}
_BENGALI_ROOT_ORDER = str.maketrans(_BENGALI_LETTERS | {"\u0981": None})
_BENGALI_ORDER = str.maketrans(_BENGALI_LETTERS | {"\u0981": "\u0983\U0010ffff"})
"""Bengali letters where Unicode's order differs from the browser's collation (CLDR's,
Chromium's ``Intl.Collator``): the khanda ta ('ৎ') as 'ত' with a virama (between 'ত' and
'থ'), the long vocalic letters after the short ones (Unicode numbers them after 'হ'); and
the candrabindu ('ঁ'), which the root order sets aside as an accent (as Devanagari's), but
which Bengali sorts as a letter after the anusvara and visarga ('কং', 'কঃ', 'কঁাটা',
'কক'). The nukta of 'ড়', 'ঢ়' and 'য়' is set aside as an accent, as in Hindi (their
decomposition): 'পডা' before 'পড়া'."""

_TATWEEL = "\u0640"
"""Arabic's tatweel (ـ), which stretches a word ('القـــاهرة') and is no letter: collation
sets it aside."""

_KATAKANA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})
"""Each katakana as its hiragana ('ソ' as 'そ'): the same sound, which collation sorts
together in every language ('ソウル' between 'そうる' and 'とうきょう', not after every
word in hiragana)."""


_HUNGARIAN_LETTERS = {
    "dzs": "d\U0010ffff\U0010ffff", "dz": "d\U0010ffff", "cs": "c\U0010ffff", "gy": "g\U0010ffff",
    "ly": "l\U0010ffff", "ny": "n\U0010ffff", "sz": "s\U0010ffff", "ty": "t\U0010ffff", "zs": "z\U0010ffff",
    "ö": "o\U0010ffff", "ő": "o\U0010ffff", "ü": "u\U0010ffff", "ű": "u\U0010ffff",
}  # fmt: skip
"""Hungarian's letters of their own, each after the one it is written with: the digraphs
'cs', 'dz', 'dzs', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs' ('Csehország' after 'Cukor') and 'ö',
'ő', 'ü', 'ű' ('Ökör' after 'Ózd'), as the Hungarian alphabet and the browser's
localeCompare in hu have them; 'á', 'é', 'í', 'ó', 'ú' are 'a', 'e', 'i', 'o', 'u' with an
accent, set aside as any accent is."""
_HUNGARIAN_LETTER = later("dzs|dz|cs|gy|ly|ny|sz|ty|zs|[öőüű]")

_ROMANIAN_ORDER = str.maketrans(
    {
        "ă": "a\U0010ffff",
        "â": "a\U0010ffff\U0010ffff",  # â after ă
        "î": "i\U0010ffff",
        "ș": "s\U0010ffff",
        "ş": "s\U0010ffff",  # with a cedilla, as older keyboards and fonts write ș: the same letter
        "ț": "t\U0010ffff",
        "ţ": "t\U0010ffff",
    }
)
"""Romanian's letters of their own, each after the one it is written on ('Șag' after 'Suceava',
'Țăndărei' after 'Turda', 'îngheț' after 'Izvor'), as the Romanian alphabet and the
browser's localeCompare in ro have them; 'ș' and 'ț' written with a cedilla ('ş', 'ţ'),
which editors paste as often, are the same letters."""


_ESTONIAN_ORDER = str.maketrans(
    {
        "š": "s\U0010ffff",
        "z": "s\U0010ffff\U0010ffff",
        "ź": "s\U0010ffff\U0010ffff",  # z with an accent, of Polish names: z
        "ż": "s\U0010ffff\U0010ffff",
        "ž": "s\U0010ffff\U0010ffff\U0010ffff",
        "õ": "w\U0010ffff",
        "ä": "w\U0010ffff\U0010ffff",
        "ö": "w\U0010ffff\U0010ffff\U0010ffff",
        "ü": "w\U0010ffff\U0010ffff\U0010ffff\U0010ffff",
    }
)
"""Estonian's order where the Latin alphabet's differs: 'š', 'z' and 'ž' after 's' (before
't'), and its letters of their own 'õ', 'ä', 'ö' and 'ü' after 'w' (before 'x'), in those
orders, as its alphabet and CLDR's Estonian order (the browser's) have them: 'Zürich' after
'Šveits' and before 'Tallinn', 'Õismäe' after 'Wiedemann', not beside 'Orissaare'."""


_LITHUANIAN_ORDER = str.maketrans({"č": "c\U0010ffff", "š": "s\U0010ffff", "ž": "z\U0010ffff", "y": "i"})
"""Lithuanian's 'č', 'š' and 'ž', letters of their own, each after the one it is written on
('Čekija' after 'Cukrus', 'Žemaitija' after 'Zuokas'), and 'y', which its alphabet puts
beside 'i' ('Yla' between 'Iki' and 'Ilgis'), as the browser's localeCompare in lt has
them; 'ą', 'ę', 'ė', 'į', 'ų' and 'ū' sort with their letters, as elsewhere."""


_SERBIAN_LETTER = later("dž|lj|nj|[čćđšžђјљњћџ]")
_SERBIAN_LETTERS = {
    "č": "c\U0010ffff", "ć": "c\U0010ffff\U0010ffff", "dž": "d\U0010ffff",
    "đ": "d\U0010ffff\U0010ffff", "lj": "l\U0010ffff", "nj": "n\U0010ffff", "š": "s\U0010ffff",
    "ž": "z\U0010ffff",
    "ђ": "д\U0010ffff", "ј": "и\U0010ffff", "љ": "л\U0010ffff", "њ": "н\U0010ffff",
    "ћ": "т\U0010ffff", "џ": "ч\U0010ffff",
}  # fmt: skip
"""Serbian's letters in its alphabets' places, as the browser's localeCompare in sr and
sr-Latn (CLDR) has them: in Cyrillic, 'ђ', 'ј', 'љ', 'њ', 'ћ' and 'џ', which Unicode
numbers after 'я', each after the letter before it in the azbuka ('Јован' after 'Илија',
not after 'Шабац'); in Latin, 'č' and 'ć' after 'c', 'dž' and 'đ' after 'd', 'lj' after
'l', 'nj' after 'n' (each one letter), 'š' after 's', 'ž' after 'z'. Croatian's alphabet
is the same Latin one: localeCompare in hr sorts it so ('Ljubuški' after 'Lučko'), and
Cyrillic as in sr."""


_SERBIAN_CYRILLIC_LETTER = later("[ђјљњћџ]")
"""Serbian's Cyrillic letters of its own: Serbian in Cyrillic sorts Latin as every language
does ('Đà Nẵng' before 'Dương', as the browser's localeCompare in sr has it), where its
Latin alphabet has 'đ' after 'd'."""


_POLISH_ORDER = str.maketrans(
    {
        "ą": "a\U0010ffff", "ć": "c\U0010ffff", "ę": "e\U0010ffff", "ł": "l\U0010ffff",
        "ń": "n\U0010ffff", "ó": "o\U0010ffff", "ś": "s\U0010ffff", "ź": "z\U0010ffff",
        "ż": "z\U0010ffff\U0010ffff",
    }
)  # fmt: skip
"""Polish's letters of their own, each after the one it is written on, 'ż' after 'ź', as its
alphabet and the browser's localeCompare in pl have them: 'Łódź' after 'Lublin', 'Świdnik'
after 'Szczecin', 'Żory' after 'Źródło', where they sorted beside their letters."""


_CZECH_LETTERS = {"č": "c\U0010ffff", "ch": "h\U0010ffff", "ř": "r\U0010ffff", "š": "s\U0010ffff"}
_CZECH_LETTERS |= {"ž": "z\U0010ffff"}
_SLOVAK_LETTERS = _CZECH_LETTERS | {"ä": "a\U0010ffff", "ô": "o\U0010ffff"}
"""Czech's letters of their own, each after the one it is written on, and 'ch' after 'h'
('Čechy' after 'Cyprus', 'Chrudim' after 'Hradec', 'Řím' after 'Rusko'), as its alphabet and
the browser's localeCompare in cs have them; Slovak's too, with 'ä' and 'ô' after 'a' and
'o'."""
_CZECH_LETTER = later("ch|[čřšž]")
_SLOVAK_LETTER = later("ch|[čřšžäô]")


_SPANISH_ORDER = str.maketrans({"ñ": "n\U0010ffff"})
"""Spanish's 'ñ', a letter of its own after 'n' ('Peña' after 'Penagos', 'Ñandú' after
'Nuria'), as the Spanish alphabet and the browser's localeCompare in es (CLDR) have it, where
it sorted as 'n' ('Muñoz' before 'Munoz', 'Peña' before 'Penagos')."""


def _filipino_order(text: str) -> str:
    """``text`` (lower case) with Filipino's 'ñ' after 'n' and its 'ng', a letter of its own,
    after 'ñ' ('Ñora' after 'nuno', 'Ngalan' after 'Ñora', 'pinggan' after 'pinto'), as the
    Filipino alphabet and the browser's localeCompare in fil (CLDR) have them, where they
    sorted as 'n' and 'n', 'g' ('Ngalan' before 'Niño')."""
    return unicodedata.normalize("NFC", text).replace("ng", "n\U0010ffff\U0010ffff").translate(_SPANISH_ORDER)


_SLOVENIAN_ORDER = str.maketrans(
    {
        "č": "c\U0010ffff",
        "ć": "c\U0010ffff\U0010ffff",
        "đ": "d\U0010ffff",
        "š": "s\U0010ffff",
        "ž": "z\U0010ffff",
    }
)
"""Slovenian's 'č', 'š' and 'ž', letters of its own, each after the one it is written on
('Čakovec' after 'Cerknica', 'Žalec' after 'Zreče'), and 'ć' (after 'č') and 'đ' of names
from its neighbours, as the browser's localeCompare in sl (CLDR) has them."""


_LATVIAN_ORDER = str.maketrans(
    {
        "ā": "a\U0010ffff",
        "č": "c\U0010ffff",
        "ē": "e\U0010ffff",
        "ģ": "g\U0010ffff",
        "y": "i\U0010ffff",
        "ī": "i\U0010ffff\U0010ffff",  # ī after y
        "ķ": "k\U0010ffff",
        "ļ": "l\U0010ffff",
        "ņ": "n\U0010ffff",
        "š": "s\U0010ffff",
        "ū": "u\U0010ffff",
        "ž": "z\U0010ffff",
    }
)
"""Latvian's letters of their own, each after the one it is written on ('Čakste' after
'Cibulis', 'Ādaži' after 'azote', 'Žagars' after 'Zolitūde'), and 'y' between 'i' and 'ī', as
the browser's localeCompare in lv (CLDR) has them."""


_ICELANDIC_ORDER = str.maketrans(
    {
        "á": "a\U0010ffff",
        "ð": "d\U0010ffff",
        "é": "e\U0010ffff",
        "í": "i\U0010ffff",
        "ó": "o\U0010ffff",
        "ú": "u\U0010ffff",
        "ý": "y\U0010ffff",
        "þ": "z\U0010ffff",
        "æ": "z\U0010ffff\U0010ffff",
        "ä": "z\U0010ffff\U0010ffff",
        "ö": "z\U0010ffff\U0010ffff\U0010ffff",
        "ø": "z\U0010ffff\U0010ffff\U0010ffff",
        "å": "z\U0010ffff\U0010ffff\U0010ffff\U0010ffff",
    }
)
"""Icelandic's letters of their own: 'á', 'é', 'í', 'ó', 'ú' and 'ý' after the letter they
are written on, 'ð' after 'd', and 'þ', 'æ', 'ö' after 'z', in that order, as its alphabet
and the browser's localeCompare in is have them: 'askja' before 'Ár' (not after it),
'Ísland' after 'ið', 'Þingvellir', 'æður' and 'Öskjuhlíð' at the end, where 'æ' sorted as
'ae' first and 'ö' beside 'o'. Its neighbours' letters as CLDR has them: 'ä' as 'æ', 'ø' as
'ö', 'å' last ('Åre' after 'Örebro'; they sorted beside 'a' and 'o')."""


_MACEDONIAN_ORDER = str.maketrans(
    {
        "ѓ": "д\U0010ffff", "ѕ": "з\U0010ffff", "ј": "и\U0010ffff", "љ": "л\U0010ffff",
        "њ": "н\U0010ffff", "ќ": "т\U0010ffff", "џ": "ч\U0010ffff",
    }
)  # fmt: skip
"""Macedonian's letters of its own, each in its alphabet's place, as the browser's
localeCompare in mk has them: 'ѓ' after 'д' and 'ќ' after 'т' (Unicode writes them 'г' and
'к' with an accent, which set aside sorted 'Ѓорче' before 'Дебар'), 'ѕ' after 'з', 'ј' after
'и', 'љ' after 'л', 'њ' after 'н', 'џ' after 'ч' (they sorted after 'я', 'Љубанци' after
'Шуто')."""


_TAMIL_VOWELS = "அஆஇஈஉஊஎஏஐஒஓஔ"
_TAMIL_CONSONANTS = [*"கஙசஞடணதநபமயரலவழளறன", *"ஜஶஷஸஹ", "க்ஷ"]
_TAMIL_VOWEL_SIGNS = "\u0bbe\u0bbf\u0bc0\u0bc1\u0bc2\u0bc6\u0bc7\u0bc8\u0bca\u0bcb\u0bcc"
_TAMIL_PULLI = "\u0bcd"
_TAMIL_UNITS = [
    *_TAMIL_VOWELS,
    "\u0b82",  # anusvara, and aytham ('ஃ'), after the vowels
    "\u0b83",
    *(form for consonant in _TAMIL_CONSONANTS for form in (consonant + _TAMIL_PULLI, consonant)),
    *_TAMIL_VOWEL_SIGNS,
]
_TAMIL_ORDER = {unit: "\u0b85" + chr(0xF0000 + rank) for rank, unit in enumerate(_TAMIL_UNITS)}
"""Tamil's letters in the order of its alphabet, as CLDR's Tamil collation (the browser's
localeCompare in ta) has them, each as Tamil's first letter, 'அ', and a character of its
rank (of Unicode's private use, which normalizing and case folding leave as it is), so
that a Tamil word keeps the place Unicode gives it among other scripts' words (as every
language's are sorted here; the browser puts Tamil's first): the vowels, then 'ஂ' and 'ஃ', then each
consonant with its pulli (a dead consonant, 'க்') before the consonant ('க', with its
vowel 'a'), in the order 'க ங ச ஞ ட ண த ந ப ம ய ர ல வ ழ ள ற ன', then the Grantha
letters 'ஜ ஶ ஷ ஸ ஹ' and 'க்ஷ', one letter, and the vowel signs in the vowels' order.
Unicode numbers 'ற' after 'ர', 'ன' after 'ந' and the Grantha letters among the others,
and decomposing takes 'ொ' apart and the pulli off."""
_TAMIL_UNIT = later("|".join(sorted(_TAMIL_ORDER, key=len, reverse=True)))


_TELUGU_UNITS = [
    *"\u0c05\u0c06\u0c07\u0c08\u0c09\u0c0a\u0c0b\u0c60\u0c0c\u0c61\u0c0e\u0c0f\u0c10\u0c12\u0c13\u0c14",
    *"\u0c01\u0c02\u0c03",  # candrabindu, anusvara and visarga, after the vowels
    *"\u0c15\u0c16\u0c17\u0c18\u0c19\u0c1a\u0c58\u0c1b\u0c1c\u0c59\u0c1d\u0c1e\u0c1f\u0c20\u0c21",
    *"\u0c22\u0c23\u0c24\u0c25\u0c26\u0c27\u0c28\u0c5d\u0c2a\u0c2b\u0c2c\u0c2d\u0c2e\u0c2f\u0c30",
    *"\u0c31\u0c32\u0c35\u0c36\u0c5c\u0c37\u0c38\u0c39\u0c33\u0c34\u0c5a",  # 'ళ' after 'హ'
    "\u0c3d",  # avagraha
    *"\u0c3e\u0c3f\u0c40\u0c41\u0c42\u0c43\u0c44\u0c62\u0c63\u0c46\u0c47\u0c48\u0c4a\u0c4b\u0c4c",
    "\u0c4d",  # virama, after every vowel sign
    *"\u0c55\u0c56",
]
_TELUGU_ORDER = str.maketrans(
    {unit: "\u0c05" + chr(0xF0000 + rank) for rank, unit in enumerate(_TELUGU_UNITS)}
)
"""Telugu's letters in the order CLDR's collation (the browser's localeCompare in te) has
them, each as Telugu's first letter, 'అ', and a character of its rank, as ``_TAMIL_ORDER``
writes Tamil's: the vowels ('ౠ' after 'ఋ'), then 'ఁ', 'ం' and 'ః', the consonants with
'ళ' after 'హ', then the vowel signs and the virama after them all, so a dead consonant
sorts after the consonant with every vowel ('కౌ' before 'క్క', 'వేణు' before 'వ్యాసం').
Unicode numbers 'ళ' before 'వ', and setting combining marks aside dropped the virama
('క్షేమం' sorted as 'కషేమం', before 'కాల') and read 'ై' as 'ె' with its length mark
('కైలాసగిరి' beside 'కెరటం')."""

_SINHALA_SIGNS = (
    "\u0dcf\u0dd0\u0dd1\u0dd2\u0dd3\u0dd4\u0dd6\u0dd8\u0df2\u0ddf\u0df3"  # 'ා' to 'ෳ', 'ෲ' before 'ෟ'
    "\u0dd9\u0dda\u0ddb\u0ddc\u0ddd\u0dde"  # 'ෙ' and the signs written with it
    "\u0dca"  # al-lakuna, after every vowel sign
)
_SINHALA_ORDER = str.maketrans(
    {sign: "\u0dcf" + chr(0xF0000 + rank) for rank, sign in enumerate(_SINHALA_SIGNS)}
    | dict.fromkeys("\u200c\u200d")
)
"""Sinhala's vowel signs and its al-lakuna (the virama, '්') in the order the browser's
collation (CLDR's root; Chromium has no Sinhala of its own) has them, each as the first
sign, 'ා', and a character of its rank, as ``_TELUGU_ORDER`` writes Telugu's letters: 'ෲ'
before 'ෟ', and the al-lakuna after every vowel sign, so a dead consonant sorts after the
consonant with every vowel ('කෞශල්‍ය' before 'ක්‍රිකට්'). Unicode numbers the al-lakuna
before the vowel signs, and setting combining marks aside dropped it ('ක්‍රිකට්' sorted
as 'ක‍රිකට්', first of the 'ක' words); 'ේ', 'ො', 'ෝ' and 'ෞ' are written as 'ෙ' with
another sign when decomposed, and sorted beside 'ෙ'. The zero-width joiner and non-joiner,
which Sinhala writes inside its conjuncts ('ශ්‍රී') and the browser's collation ignores,
are set aside, as in every script."""


def _substituted(unit: Callable[[], re.Pattern[str]], letters: dict[str, str]) -> Callable[[str], str]:
    """What ``sort_key`` does to a text (lower case) in a language whose letters of its own,
    some of more than one character ('ch', 'dž'), ``unit`` finds and ``letters`` puts in
    their alphabet's places, after NFC."""

    def order(text: str) -> str:
        return unit().sub(lambda letter: letters[letter[0]], unicodedata.normalize("NFC", text))

    return order


def _translated(table: dict[int, str]) -> Callable[[str], str]:
    """What ``sort_key`` does to a text (lower case) in a language whose letters of its own
    ``table`` (``str.maketrans``) puts in their alphabet's places, after NFC."""

    def order(text: str) -> str:
        return unicodedata.normalize("NFC", text).translate(table)

    return order


_ALPHABET_ORDERS: dict[str, Callable[[str], str]] = {
    "vi": _vietnamese_order,
    "sv": _translated(_SWEDISH_OWN_ORDER),
    "fi": _translated(_SWEDISH_ORDER),  # Finnish has Swedish's 'å', 'ä', 'ö' and order
    "nb": _bokmal_order,
    "no": _bokmal_order,
    "da": _norwegian_order,  # Danish's alphabet ends as Norwegian's
    "hu": _substituted(_HUNGARIAN_LETTER, _HUNGARIAN_LETTERS),
    "pl": _translated(_POLISH_ORDER),
    "cs": _substituted(_CZECH_LETTER, _CZECH_LETTERS),
    "sk": _substituted(_SLOVAK_LETTER, _SLOVAK_LETTERS),
    "ro": _translated(_ROMANIAN_ORDER),
    "es": _translated(_SPANISH_ORDER),
    "fil": _filipino_order,
    "et": _translated(_ESTONIAN_ORDER),
    "lt": _translated(_LITHUANIAN_ORDER),
    "lv": _translated(_LATVIAN_ORDER),
    "sr": _substituted(_SERBIAN_CYRILLIC_LETTER, _SERBIAN_LETTERS),
    "sr-Latn": _substituted(_SERBIAN_LETTER, _SERBIAN_LETTERS),
    # Croatian's alphabet is Serbian's Latin one, and sorts as it.
    "hr": _substituted(_SERBIAN_LETTER, _SERBIAN_LETTERS),
    "sl": _translated(_SLOVENIAN_ORDER),
    "is": _translated(_ICELANDIC_ORDER),
    "mk": _translated(_MACEDONIAN_ORDER),
    "ta": _substituted(_TAMIL_UNIT, _TAMIL_ORDER),
    "te": _translated(_TELUGU_ORDER),
}
"""The languages whose alphabet ``sort_key`` follows, by primary language, each with what
it does to a text in lower case before accents are set aside."""


_PUNCTUATION_ORDER = (
    " _-\u2010\u2011\u2012\u2013\u2014,\u060c\u3001;:\u0589!\u00a1?\u00bf\u061f."
    "\u2026\u06d4\u3002\u00b7\u0964'"
    '\u2018\u2019\u201a\u2039\u203a"\u201c\u201d\u201e\u00ab\u00bb()[]{}\u300c\u300d\u300e\u300f\u00a7@*/\\&#%'
    "\u066a\u2030\u2020\u2022\u05be`\u00b4^\u00a8\u00b0\u00a9\u00ae+\u00b1\u00f7\u00d7<=>|~$\u00a3\u00a5\u20ac"
)
"""Spaces, punctuation and symbols in the order the browser's collation (CLDR's root, as
ICU has it) gives them, all before the digits: by Unicode's numbers, a name opening with a
curly quote mark ('“Yes” campaign') sorted after every Latin letter, and one opening with a
bracket ('[Redacted]') between the digits and 'a'. Those not here come after them, in
Unicode's order."""

_SCRIPTS_IN_ORDER = (
    "LATIN", "GREEK", "COPTIC", "CYRILLIC", "GLAGOLITIC", "GEORGIAN", "ARMENIAN", "HEBREW", "ARABIC",
    "SYRIAC", "THAANA", "NKO", "ETHIOPIC", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA",
    "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "TIBETAN", "THAI", "LAO", "MYANMAR",
    "KHMER", "MONGOLIAN", "", "HANGUL", "HIRAGANA", "BOPOMOFO", "CJK",
)  # fmt: skip
"""The scripts in the order the browser's collation sorts them (CLDR's root: Unicode's
order of their blocks, but Georgian before Armenian, where Unicode numbers it after
Thai), by the first word of their letters' Unicode names; '' for letters of any other."""
_SCRIPT_ALIASES = {"KATAKANA": "HIRAGANA", "KATAKANA-HIRAGANA": "HIRAGANA", "IDEOGRAPHIC": "CJK"}
"""Scripts sorted as one (katakana with hiragana) and Unicode names whose first word is
not their script's ('IDEOGRAPHIC ITERATION MARK', '々')."""

_INDIC: tuple[str, ...] = ("DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL")
_INDIC += ("TELUGU", "KANNADA", "MALAYALAM", "SINHALA")
"""India's scripts (and Sri Lanka's), in CLDR's root order."""


def _jis_place(char: str) -> str:
    """A Chinese character's place as Japanese sorts them (CLDR's Japanese order, the
    browser's localeCompare in ja): those of Japan's standard character set, JIS X 0208,
    in its order (by reading, then the rarer by radical: '上' before '東' before '北'),
    then the others in Unicode's. Python's EUC-JP codec numbers them by that standard."""
    try:
        first, second = char.encode("euc_jp")
    except (UnicodeEncodeError, ValueError):
        return "\x02" + char
    return "\x01" + chr(0x100 + (first - 0xA1) * 94 + (second - 0xA1))


def _own_first(own: str, scripts: tuple[str, ...]) -> tuple[str, ...]:
    """``scripts`` with ``own`` first, the others in their order."""
    return (own, *(s for s in scripts if s != own))


_OWN_SCRIPTS_FIRST = {
    **dict.fromkeys(("ru", "uk", "bg", "ky", "mk", "sr"), ("CYRILLIC",)),
    **dict.fromkeys(("ar", "fa", "ur", "ps"), ("ARABIC",)),
    "hi": _own_first("DEVANAGARI", _INDIC), "bn": _own_first("BENGALI", _INDIC),
    "mr": _own_first("DEVANAGARI", _INDIC), "ne": ("DEVANAGARI",),
    "ta": _own_first("TAMIL", _INDIC), "te": _own_first("TELUGU", _INDIC),
    "el": ("GREEK",), "he": ("HEBREW",), "th": ("THAI",), "ka": ("GEORGIAN",), "hy": ("ARMENIAN",),
    "ko": ("HANGUL", "CJK"), "ja": ("LATIN", "HIRAGANA", "CJK"), "zh": ("CJK", "BOPOMOFO"),
    **dict.fromkeys(("hr-Latn", "sr-Latn"), ("LATIN", "CYRILLIC")),
}  # fmt: skip
"""The languages whose own scripts CLDR sorts before every other ('[reorder ...]'), as the
browser's localeCompare in them does: a Russian page lists 'Яблоко' before 'Apple', a
Korean one Hangul, then Chinese characters, then Latin; Hindi, Marathi, Bengali, Tamil and
Telugu their own, then India's other scripts; Nepali Devanagari, then the others in their
order (Latin before Bengali); Japanese Latin, then kana, then Chinese characters; Croatian
and Serbian in Latin, Latin, then Cyrillic (before Greek)."""


@functools.cache
def _own_scripts(language: str) -> tuple[str, ...]:
    """The scripts ``language`` sorts first (``_OWN_SCRIPTS_FIRST``), in Latin's for a tag
    naming the Latin script ('sr-Latn')."""
    if _script_of(language) == "Latn":
        return _OWN_SCRIPTS_FIRST.get(f"{primary(language)}-Latn", ())
    return _OWN_SCRIPTS_FIRST.get(primary(language), ())


_LAST = "\x7f"
"""The group of the characters of Unicode's private use (and U+10FFFF) that ``sort_key``'s
tables write after a letter to put a letter of a language's own after it ('z\\U0010ffff' for
Swedish's 'å'): after every script."""


COLLATION_UNITS_KEPT = 65_536
"""How many characters' collation units (``_collation_unit``) are kept for the next sort:
more than a site's texts use, and a bound on what a preview left running keeps of hostile
content (every code point, kept, would take some 250 MB a language)."""


@functools.lru_cache(maxsize=COLLATION_UNITS_KEPT)
def _collation_unit(char: str, own: tuple[str, ...], jis: bool = False) -> str:
    """``char`` (of a key, in lower case, without accents) as two characters: its group
    (spaces and punctuation, then digits, then the language's own scripts, then the
    others in ``_SCRIPTS_IN_ORDER``), then its place in that group; a Chinese character
    in Japanese (``jis``) as three (``_jis_place``)."""
    category = unicodedata.category(char)
    if category in ("Co", "Cn"):
        return _LAST + char
    if category == "Nd":
        return "\x02" + str(unicodedata.decimal(char))
    if category[0] not in "LMN":
        at = _PUNCTUATION_ORDER.find(char)
        return "\x01" + (chr(0x100 + at) if at >= 0 else chr(min(0x400 + ord(char), 0x10FFFF)))
    first = unicodedata.name(char, "").split(" ", 1)[0]
    script = _SCRIPT_ALIASES.get(first, first)
    place = _jis_place(char) if script == "CJK" and jis else char
    if script in own:
        return chr(0x08 + own.index(script)) + place
    rank = _SCRIPTS_IN_ORDER.index(script) if script in _SCRIPTS_IN_ORDER else _SCRIPTS_IN_ORDER.index("")
    return chr(0x20 + rank) + place


@functools.cache
def _alphabet_order(language: str) -> Callable[[str], str] | None:
    """What ``sort_key`` does to a text in ``language`` (``_ALPHABET_ORDERS``), by its
    language and, where that is written in Latin ('sr-Latn', 'sr-ME'), 'Latn'."""
    if _script_of(language) == "Latn" and (order := _ALPHABET_ORDERS.get(f"{primary(language)}-Latn")):
        return order
    return _ALPHABET_ORDERS.get(primary(language))


@functools.cache
def _script_of(language: str) -> str:
    """The script a tag or a catalog's name ('sr_Latn', 'zh_Hans') names, else the one CLDR
    finds likeliest for it ('Latn' for 'sr-ME', 'Cyrl' for 'sr' and 'ky'): the script of
    its text, to sort it and to know the script a catalog is written in."""
    if (named := _named_script(language.replace("_", "-"))) is not None:
        return named
    # Read without Babel, which cannot parse every tag an editor may write: a sort needs
    # a script for any. The subtag after the language is tried as a region ('ME').
    parts = language.replace("-", "_").split("_")
    return likely(parts[0], None, parts[1] if len(parts) > 1 else None)[0] or ""


_PREVOWEL_BEFORE = later("([\u0e40-\u0e44\u0ec0-\u0ec4])(.)", re.DOTALL)
"""A Thai or Lao vowel written before the consonant it is said after ('เ' of 'เชียงใหม่'),
and that consonant: collation reads them in the order they are said, the consonant first
('เชียงใหม่' after 'โคราช', by 'ช' and 'ค'), as the browser's does in every language."""

_PUNCTUATION_SET_ASIDE = frozenset({"th"})
"""Languages whose collation in CLDR sets spaces and punctuation aside ('shifted'), as the
browser's localeCompare in them does: in Thai, "'Ndrangheta" sorts as 'Ndrangheta', among
the n's, and 'Hải Phòng' before 'Hà Nội' (its space set aside, 'haiphong' before 'hanoi')."""


def sort_key(text: str, language: str = "") -> str:
    """``text`` as it sorts among others in ``language`` (a language's code, 'tr'): case
        and accents set aside ('économie' beside 'emploi', not after 'zone'; 'Œuvre' beside
        'oeil'), but in Turkish (and Azerbaijani) 'ç', 'ğ', 'ı', 'ö', 'ş' and 'ü' are letters
        of their own, each after the one it is written on, and 'I' is the capital of 'ı', 'İ'
        of 'i', written composed or not ('c' and a combining cedilla is 'ç'); in Persian, its
        own letters are in its alphabet's order (``_PERSIAN_ORDER``: 'پژمان' after 'بهرام', not
        after 'یزد'), and in Urdu, Persian's and its own (``_URDU_ORDER``: 'کیپٹن' after 'قاسم',
        'ٹیپو' after 'تنویر'); in Vietnamese, ă, â, đ, ê, ô, ơ and ư are letters of their own, each after
        the one it is written on, and its tone marks are set aside; in Swedish, 'å', 'ä' and 'ö'
        after 'z' (``_SWEDISH_ORDER``: 'Åre' after 'Zürich', where a Swedish reader looks it up),
        and in Finnish, whose alphabet ends as Swedish's ('Äänekoski' after 'Zürich');
        in Norwegian and Danish, 'æ', 'ø' and 'å' (and 'aa') after 'z' (``_NORWEGIAN_ORDER``:
        'Ærø' and 'Aarhus' after 'Zealand');
        in Hungarian, its digraphs and 'ö', 'ü' after the letters they are written with
        (``_HUNGARIAN_LETTERS``: 'Csehország' after 'Cukor', 'Ökör' after 'Ózd'); in Romanian,
        'ă', 'â', 'î', 'ș' and 'ț' after the letters they are written on, 'ş' and 'ţ' as 'ș' and
        'ț' (``_ROMANIAN_ORDER``: 'Șag' after 'Suceava'); in Spanish, 'ñ' after 'n'
        (``_SPANISH_ORDER``: 'Peña' after 'Penagos'), and in Filipino 'ng' after it too
    (``_filipino_order``: 'Ngalan' after 'Ñora'); in Lithuanian, 'č', 'š' and 'ž' after
        the letters they are written on and 'y' beside 'i' (``_LITHUANIAN_ORDER``); in Estonian,
        'š', 'z' and 'ž' after 's' and 'õ', 'ä', 'ö', 'ü' after 'w' (``_ESTONIAN_ORDER``: 'Õismäe'
        after 'Wiedemann'); in Latvian, 'ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū'
        and 'ž' after the letters they are written on (``_LATVIAN_ORDER``: 'Čakste' after 'Cibulis');
        in Serbian, its letters in its alphabets' places, in either script (``_SERBIAN_LETTERS``:
        'Јован' after 'Илија', 'Ljubljana' after 'Lukić'); in Slovenian, 'č', 'ć', 'đ', 'š' and 'ž'
        after the letters they are written on (``_SLOVENIAN_ORDER``);
        in Icelandic, 'á', 'ð', 'é', 'í', 'ó', 'ú', 'ý' after their letters and 'þ', 'æ', 'ö'
        after 'z' (``_ICELANDIC_ORDER``: 'Þórsmörk' after 'Zoëga'); in Macedonian, 'ѓ', 'ѕ', 'ј',
        'љ', 'њ', 'ќ' and 'џ' after 'д', 'з', 'и', 'л', 'н', 'т' and 'ч' (``_MACEDONIAN_ORDER``:
        'Ѓорче' after 'Дебар', 'Љубанци' after 'Лозово'); in Croatian, as in Serbian's Latin
        ('Čakovec' after 'cvijet', 'Ljubuški' after 'Lučko'); in Tamil, its alphabet's order
        (``_TAMIL_ORDER``: 'ற' after 'ள', the Grantha letters after 'ன', a dead consonant
        before the consonant, 'சத்யா' before 'சதம்'); in Telugu, CLDR's order (``_TELUGU_ORDER``:
        'క్షేమం' after 'కొండ', 'ళ' after 'హ'); in Polish, its letters of their own
        after the ones they are written on (``_POLISH_ORDER``: 'Łódź' after 'Lublin'); in Czech
        and Slovak, theirs and 'ch' after 'h' (``_CZECH_LETTERS``: 'Chrudim' after 'Hradec');
        in every language, katakana beside hiragana, the tatweel set aside, and Sinhala's
        vowel signs and al-lakuna in CLDR's order (``_SINHALA_ORDER``: 'ක්‍රිකට්' after 'කෞශල්‍ය').

    Then, as the browser's collation (CLDR's, ICU's) orders what the letters' order leaves:
    spaces, punctuation and symbols first (``_PUNCTUATION_ORDER``), but in Thai, which sets
    them aside (``_PUNCTUATION_SET_ASIDE``); then digits; then the page's own scripts
    (``_OWN_SCRIPTS_FIRST``: Cyrillic on a Russian page, 'Яблоко' before 'Apple'); then the
    others in CLDR's order of scripts (``_SCRIPTS_IN_ORDER``: Georgian before Armenian); a
    Thai or Lao vowel written before its consonant read after it (``_PREVOWEL_BEFORE``);
    Chinese characters in Japanese in JIS X 0208's order (``_jis_place``)."""
    key = _in_scripts_order(_in_alphabets_order(text, language), language)
    own = _own_scripts(language)
    jis = primary(language) == "ja"
    units = [_collation_unit(c, own, jis) for c in key]
    if primary(language) in _PUNCTUATION_SET_ASIDE:
        units = [u for u in units if u[0] != "\x01"]
    return "".join(units)


def _in_alphabets_order(text: str, language: str) -> str:
    """``text`` (``sort_key``'s) with its letters in the order of ``language``'s alphabet
    (Turkish's, Marathi's, Sinhala's vowel signs in any), case and accents set aside."""
    text = unicodedata.normalize("NFC", text)
    if primary(language) == "mr":  # before the zero-width joiner is set aside ('क्‍ष')
        text = _marathi_order(text)
    if not text.isascii():  # composed: 'ේ' is one sign, not 'ෙ' and the al-lakuna
        text = text.translate(_SINHALA_ORDER)
    if primary(language) in ("tr", "az"):
        text = _turkish_lower(text).translate(_TURKISH_ORDER)
    elif (order := _alphabet_order(language)) is not None:
        text = order(text.casefold())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    key = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KEPT_MARKS)
    return key.translate(_LETTERS_OF_OTHERS)


def _in_scripts_order(key: str, language: str) -> str:
    """``key`` (``_in_alphabets_order``'s) with the letters and signs of the scripts that
    need it in their order: the tatweel set aside, katakana as hiragana, Devanagari's
    signs, Persian's, Urdu's, Pashto's and Bengali's letters, a Thai or Lao vowel written
    before its consonant put after it."""
    if not key.isascii():
        key = key.replace(_TATWEEL, "").translate(_KATAKANA)
        key = key.translate(
            _HINDI_SIGNS if primary(language) in _HINDI_SIGNS_AS_LETTERS else _DEVANAGARI_SIGNS_SET_ASIDE
        )
        if primary(language) == "fa":
            key = key.translate(_PERSIAN_ORDER)
        elif primary(language) == "ur":
            key = key.translate(_URDU_ORDER)
        elif primary(language) == "ps":
            key = key.translate(_PASHTO_ORDER)
        key = key.translate(_BENGALI_ORDER if primary(language) == "bn" else _BENGALI_ROOT_ORDER)
    if _PREVOWEL_BEFORE().search(key):
        key = _PREVOWEL_BEFORE().sub(r"\2\1", key)
    return key


def capital_first(text: str, language: str = "") -> str:
    """``text`` with its first letter a capital as ``language`` (a language's code)
    writes it, and the rest as written: a place's ``kind`` the editor wrote in lower case
    ('il', 'capital of the UAE'). Jinja's ``capitalize`` lowered the rest ('Capital of
    the uae', 'Nato base') and wrote Turkish's 'i' 'I' ('Il', 'Ilçe', which read 'ıl',
    'ılçe'); in Turkish and Azerbaijani the capital of 'i' is 'İ'. Dutch capitalises its
    digraph 'ij' whole ('IJzermijn', not 'Ijzermijn')."""
    first = text[:1]
    if first == "i" and primary(language) in ("tr", "az"):
        return "İ" + text[1:]
    if text[:2] == "ij" and primary(language) == "nl":
        return "IJ" + text[2:]
    return first.title() + text[1:]


def _turkish_lower(text: str) -> str:
    return text.replace("I", "ı").replace("İ", "i").lower()


_ACCENTS_IN_ORDER = (
    "\u034f\u0332\u0313\u0343\u0314\u0301\u0341\u0300\u0340\u0306\u0302\u030c\u030a\u0342\u0308"
    "\u0344\u030b\u0303\u0307\u0338\u0327\u0328\u0304\u030d\u030e\u0312\u0315\u031a\u033d\u033e"
    "\u033f\u0346\u034a\u034b\u034c\u0350\u0351\u0352\u0357\u035b\u035d\u035e\u1dc4\u1dc5\u0316"
    "\u0317\u0318\u0319\u031c\u031d\u031e\u031f\u0320\u0329\u032a\u032b\u032c\u032f\u0333\u033a"
    "\u033b\u033c\u0347\u0348\u0349\u034d\u034e\u0353\u0354\u0355\u0356\u0359\u035a\u035c\u035f"
    "\u0362\u0336\u0337\u0335\u0305\u0309\u030f\u0310\u0311\u031b\u0321\u0322\u0323\u0324\u0325"
    "\u0326\u032d\u032e\u0330\u0331\u0334\u0339\u0345\u0358\u0360\u0361\u0363\u0368\u0369\u0364"
    "\u036a\u0365\u036b\u0366\u036c\u036d\u0367\u036e\u036f"
)
"""The combining accents in the order the browser's collation (CLDR's root) tells apart words
that differ only in them: the acute before the grave ('má' before 'mà'), where Unicode
numbers the grave first. Each becomes a character of Unicode's private use of its rank
(``_ACCENT_ORDER``), after every letter."""
_DEVANAGARI_MARKS = {
    mark: chr(0xF0100 + len(_ACCENTS_IN_ORDER) + rank) for rank, mark in enumerate("\u093c\u0901\u0902\u0903")
}
_DEVANAGARI_MARKS |= {"\u09bc": _DEVANAGARI_MARKS["\u093c"], "\u0981": _DEVANAGARI_MARKS["\u0901"]}
"""Devanagari's nukta, candrabindu, anusvara and visarga as accents after every other, in
that order, as the browser's collation (CLDR's root) tells apart words that differ only in
them, the word without them first ('डेरा', then 'ड़ेरा'; by Unicode's numbers the nukta
came before the vowel sign after it); Bengali's nukta and candrabindu as Devanagari's
('পডা', then 'পড়া')."""
_ACCENT_ORDER = str.maketrans(
    {accent: chr(0xF0100 + rank) for rank, accent in enumerate(_ACCENTS_IN_ORDER)} | _DEVANAGARI_MARKS
)
_HINDI_ACCENT_ORDER = {
    **_ACCENT_ORDER,
    ord("\u0901"): "\u0902" + _DEVANAGARI_MARKS["\u0901"],
    ord("\u0902"): "\u0902",
    ord("\u0903"): "\u0903",
}
"""``_ACCENT_ORDER`` in Hindi, whose collation sorts the anusvara and visarga as letters
(``_HINDI_SIGNS``) and the candrabindu after the anusvara it sorts as: 'पहुंचे', then
'पहुँचे'."""


_PINYIN_VOWEL = later("([aeiou])([\u0304\u0301\u030c\u0300]?)")
_PINYIN_TONES = {"\u0304": "\x01", "\u0301": "\x02", "\u030c": "\x03", "\u0300": "\x04"}
"""A vowel with or without a tone of pinyin, and the tones in their order (ā á ǎ à), which
Chinese (CLDR's, the browser's localeCompare in zh) sorts before the bare vowel: 'má', 'mà',
then 'ma'; 'coté' before 'cote'. A bare vowel is written with a character after every tone
and before every other accent's (``_ACCENT_ORDER``): 'côte' after 'cote'."""


def collation_key(text: str, language: str = "") -> tuple[str, str, str, str]:
    """``text`` as it sorts among others in ``language``, as the browser's
    ``localeCompare`` in that language sorts them: by ``sort_key``, then words that differ
    only in accents with the unaccented first ('cote', 'coté', 'côte'), then those that
    differ only in case with the lowercase first ('emploi', 'Emploi'; in Danish the capital
    first, ``_CAPITALS_FIRST``), then by the text
    itself, so that the order is always the same."""
    composed = unicodedata.normalize("NFC", text)
    lowered = _turkish_lower(composed) if primary(language) in ("tr", "az") else composed.lower()
    accents = unicodedata.normalize("NFD", lowered)
    if primary(language) == "vi":
        accents = accents.translate(_VIETNAMESE_TONE_ORDER)
    elif primary(language) == "zh":
        accents = _PINYIN_VOWEL().sub(
            lambda vowel: vowel[1] + _PINYIN_TONES.get(vowel[2], "\U000f01ff"), accents
        )
    elif primary(language) == "ps":
        accents = accents.translate(_PASHTO_YEH_FORMS)
    accents = accents.translate(
        _HINDI_ACCENT_ORDER if primary(language) in _HINDI_SIGNS_AS_LETTERS else _ACCENT_ORDER
    )
    return (
        sort_key(text, language),
        accents,
        _case_order(unicodedata.normalize("NFD", composed), language),
        text,
    )


_CAPITALS_FIRST = frozenset({"da"})
"""Languages whose words that differ only in case CLDR sorts with the capital first
('Apple' before 'apple', as the browser's localeCompare in da does); others lowercase first."""


def _case_order(text: str, language: str) -> str:
    """``text`` as words that differ only in case sort in ``language``: lowercase first
    (capitals as lowercase and lowercase as capitals, which Unicode numbers first), but in
    ``_CAPITALS_FIRST``."""
    return text if primary(language) in _CAPITALS_FIRST else text.swapcase()


def refused(tag: str) -> str | None:
    """Why ``tag`` given on the command line (``--language``) cannot be a site's or a
    story's language, as ``check`` would say of it in a file; None when it can."""
    if not re.fullmatch(LANGUAGE_REGEX.strip("^$"), tag):
        code = meant_tag(tag)
        meant = f"; did you mean '{code}'?" if code else ""
        return f"--language '{tag}' is not a language code such as 'en' or 'pt-BR' (BCP 47){meant}"
    if resolve(tag) is None:
        return (
            f"--language '{tag}': there is no translation of the pages' text into it; "
            f"the languages available are {available_tags()}{country_hint(tag)}{kindred_hint(tag)}"
        )
    return None


COUNTRY_FIRST = {
    "kr": ("ko", later("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    "tw": ("zh-Hant", later("[\u3400-\u4dbf\u4e00-\u9fff]")),
    # Latin letters, and none of Myanmar's (a Burmese quote's 'by' may be in Latin ones).
    "my": ("ms", later("\\A(?=.*[A-Za-z])[^\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]*\\Z", re.DOTALL)),
}
"""The codes of a language that editors write meaning a country's, by how the other
language is written: 'kr' is Kanuri's, and Korea's country code ('ko' is Korean), so a
text in Hangul given 'kr' is Korean; 'tw' is Twi's, and Taiwan's, so a text in Chinese
characters given 'tw' is Traditional Chinese; 'my' is Burmese's, written in its own
letters, and Malaysia's, so a text in Latin letters only given 'my' is Malay. Not 'kg'
(Kyrgyzstan's, and Kongo's) and the like, whose language is as likely meant."""


def country_meant(tag: str) -> str | None:
    """The shipped language meant by ``tag`` when it is a country's code, not a
    language's ('jp', Japan's, for 'ja'; 'cn' for 'zh-Hans'; 'ua' for 'uk'): the first
    language CLDR says the country writes officially that has a catalog, as editors
    write it; None otherwise (a code that is a language's too gets none: 'kg' is
    Kyrgyzstan's and Kongo's), but for those of ``COUNTRY_FIRST`` ('kr' for 'ko')."""
    from babel.languages import get_official_languages

    code = tag.strip()
    english = Locale.parse("en")
    if code.lower() in COUNTRY_FIRST:
        return COUNTRY_FIRST[code.lower()][0]
    if len(code) != 2 or code.lower() in english.languages or code.upper() not in english.territories:
        return None
    for official in get_official_languages(code.upper(), de_facto=True):
        language = resolve(official)
        if language is not None:
            return language.catalog.replace("_", "-")
    return None


def country_hint(tag: str) -> str:
    """What to add after 'there is no translation into ``tag``' when it is a country's
    code (``country_meant``): "; did you mean 'ja'? ('jp' is a country's code)"; for a
    language's code too, whose language that is ("('kr' is a country's code, and as a
    language's, Kanuri's)")."""
    meant = country_meant(tag)
    if meant is None:
        return ""
    language = Locale.parse("en").languages.get(tag.strip().lower())
    also = f", and as a language's, {language}'s" if language else ""
    return f"; did you mean '{meant}'? ('{tag}' is a country's code{also})"


def written_in_country_language(tag: str, text: str) -> str | None:
    """The language meant by ``tag``, a language's code that is a country's too, when
    ``text`` is written as that country's language is (``COUNTRY_FIRST``: Hangul given
    'kr', Kanuri's code, is Korean, 'ko'); None otherwise."""
    found = COUNTRY_FIRST.get(tag.strip().lower())
    return found[0] if found is not None and found[1]().search(text) is not None else None


def meant_tag(text: str) -> str | None:
    """The language code meant by ``text``, which is none (a 'did you mean'): a language
    written by its name ('english', ``tag_for_name``), or a computer's name for a language
    and its region, with '_' for '-' ('pt_BR', 'fr_FR', as Linux and Babel name a locale);
    None when there is none to suggest."""
    if (code := tag_for_name(text)) is not None:
        return code
    dashed = text.strip().replace("_", "-")
    return dashed if "_" in text and re.fullmatch(LANGUAGE_REGEX.strip("^$"), dashed) else None


NOT_RETIRED = frozenset({"tl", "tw"})
"""Codes CLDR's aliases replace that are in use still, in BCP 47 as in the news: Tagalog's
'tl' (CLDR reads it as Filipino, 'fil') and Twi's 'tw' (as Akan, 'ak')."""


def current_code(tag: str) -> str | None:
    """``tag`` with its language written by its current, shortest code where it is written
    by a retired or longer one CLDR replaces ('in' for Indonesian, as Java and Android
    still write it: 'id'; 'iw-IL': 'he-IL'; 'rus': 'ru'), else None. Pages named 'in' had
    no search by stems (Pagefind knows 'id'), and screen readers may not know the voice."""
    language, *rest = tag.split("-")
    replaced = get_global("language_aliases").get(language.lower())
    if replaced is None or language.lower() in NOT_RETIRED:
        return None
    return "-".join([replaced.replace("_", "-"), *rest])


def name_in_english(tag: str) -> str:
    """The English name of ``tag``'s language ('Indonesian' for 'id-ID'), else the tag."""
    return str(Locale.parse("en").languages.get(primary(tag), tag))


OTHER_NAMES = {
    "farsi": "fa", "castellano": "es", "castilian": "es", "हिंदी": "hi",
    "bahasa melayu": "ms", "bahasa malaysia": "ms", "slovene": "sl", "bengali": "bn",
}  # fmt: skip
"""Names given a language besides CLDR's, as an editor may write them: Persian is often
'Farsi' in English, and Spanish 'castellano' in Spain and much of Latin America; Hindi is
'हिंदी' in its own standard spelling (the Central Hindi Directorate's, with the nasal sign)
and its news sites' names, where CLDR writes 'हिन्दी'; Malay is 'Bahasa Melayu', and in
Malaysia, officially and in its newsrooms, 'Bahasa Malaysia', where CLDR writes 'Melayu';
Slovenian is 'Slovene' in British English and in the EU's and ISO 639's names, where CLDR
writes 'Slovenian'; Bengali is 'Bengali' in ISO 639's name and most English-language news,
where CLDR writes 'Bangla'."""


def tag_for_name(name: str) -> str | None:
    """The language code of a language written by its name, in English, in itself or in
    any shipped language ('english', 'Deutsch', 'français', 'catalán' -> 'en', 'de', 'fr',
    'ca'), for a 'did you mean'; None when ``name`` is no language's name. Shipped
    languages come first: 'english' is 'en'."""
    wanted = name.strip().casefold()
    if wanted in OTHER_NAMES:
        return OTHER_NAMES[wanted]
    english = Locale.parse("en").languages
    by_name = {label.casefold(): code for code, label in english.items() if "_" not in code}
    shipped = [n.replace("_", "-") for n in available()]
    for code in shipped:
        by_name.setdefault(autonym(code).casefold(), code)
        by_name[english.get(code.split("-")[0], code).casefold()] = code.split("-")[0]
        if "-" in code:  # a language in one script: 'Traditional Chinese' is 'zh-Hant'
            by_name[english.get(code.replace("-", "_"), code).casefold()] = code
    if wanted not in by_name:  # an editor writing in another language: 'catalán', 'allemand'
        for tag in shipped:
            names = Locale.parse(tag.replace("-", "_")).languages
            for code, label in names.items():
                if "_" not in code:
                    by_name.setdefault(label.casefold(), code)
    return by_name.get(wanted)


SCRIPTS = {"Latn": "Latin", "Arab": "Arabic", "Cyrl": "Cyrillic", "Hebr": "Hebrew", "Hani": "Chinese"}
SCRIPTS |= {"Jpan": "Japanese", "Kore": "Korean", "Deva": "Devanagari", "Telu": "Telugu", "Beng": "Bengali"}
"""The scripts ``foreign_script`` tells apart, each by its name in a message."""
_SCRIPT_OF_LETTER = {"LATIN": "Latn", "ARABIC": "Arab", "CYRILLIC": "Cyrl", "HEBREW": "Hebr", "CJK": "Hani"}
_SCRIPT_OF_LETTER |= {"HIRAGANA": "Jpan", "KATAKANA": "Jpan", "HANGUL": "Kore", "DEVANAGARI": "Deva"}
_SCRIPT_OF_LETTER |= {"TELUGU": "Telu", "BENGALI": "Beng"}
"""A letter's script by the first word of its Unicode name ('ARABIC LETTER ALEF')."""
_HAN_TOO = {"Hans": {"Hani"}, "Hant": {"Hani"}, "Jpan": {"Jpan", "Hani"}, "Kore": {"Kore", "Hani"}}
"""The scripts of a catalog's text that writes Chinese characters (``_script_of``)."""


def foreign_script(text: str, tag: str, *, fewest: int = 8) -> str | None:
    """The script (``SCRIPTS``) most of ``text``'s letters are in, when it is not the one
    pages in the language ``tag`` are written in, and the letters of that one are fewer
    than a third: an Arabic headline whose story's language is English ('UN' opening it
    or not). None for a short text (under ``fewest`` letters), one in no script of
    ``SCRIPTS`` or in none mostly, and a tag with no catalog."""
    language = resolve(tag)
    letters = [c for c in text if c.isalpha()]
    if language is None or len(letters) < fewest:
        return None
    counts: dict[str, int] = {}
    for letter in letters:
        script = _SCRIPT_OF_LETTER.get(unicodedata.name(letter, "").split(" ", 1)[0], "")
        counts[script] = counts.get(script, 0) + 1
    most = max(counts, key=lambda s: counts[s])
    written = _script_of(language.catalog)
    own = _HAN_TOO.get(written, {written})
    if not most or most in own or written not in SCRIPTS | {"Hans": "", "Hant": ""}:
        return None
    if counts[most] * 2 <= len(letters) or sum(counts.get(s, 0) for s in own) * 3 >= len(letters):
        return None
    return most


def written_in_latin(tag: str) -> bool:
    """Whether pages in the language ``tag`` are written in Latin letters ('fr', 'sr-Latn';
    not 'hi', 'sr')."""
    return _script_of(tag) == "Latn"


def tags_written_in(script: str) -> list[str]:
    """The shipped languages whose pages are written in ``script`` (``SCRIPTS``), as editors
    write their tags: 'ar' and 'fa' for 'Arab'."""
    return [
        name.replace("_", "-")
        for name in available()
        if script == (written := _script_of(name))
        or (script == "Hani" and written in ("Hans", "Hant", "Jpan"))
    ]
