"""The site's search index: Pagefind run over the rendered event, figure and place pages.

Pagefind (the ``pagefind`` package with its ``extended`` extra, which ships the binary) reads
the pages as a browser would: the text inside ``data-pagefind-body``, the filters the
templates mark with ``data-pagefind-filter`` (story, figure, place, tag, year), and the
language of ``<html lang>``, whose stemming it applies. It writes a static "bundle" of
small files that the search page's script fetches only as it needs them.

Only the pages ``INDEXED`` names are read, and of each, when the theme's pages allow it,
only the element marked ``data-pagefind-body`` (``BODY``). The build has Pagefind write
the bundle into its staging folder; the preview, whose pages live in memory, gets it as
bytes. Without the binary there is no search, and the site is built without its search
box and page (``available``).

Pagefind's Python API was measured and not used: it waits 0.1 s before reading each
answer of the binary, so adding 1,000 pages or records one by one took 100 s, where the
command line indexes the same pages in under a second. The service that API drives (the
binary's ``--service``, whose messages are not documented) takes one message at a time, and
looks through every page added before for one at the same address as each new one, so
giving it each page as it is rendered would not index them on both cores as the command
line does.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from markupsafe import Markup

from generator import site_paths
from generator.i18n.languages import (
    ARABIC_LETTERS,
    PERSIAN_LETTERS,
    WITHOUT_SPACES,
    ascii_digits,
    primary,
    written_in_latin,
)
from generator.i18n.typography import ELIDED as ELIDED  # search.js holds the same list
from generator.patterns import later

if TYPE_CHECKING:
    import subprocess

BUNDLE = "pagefind"
"""The bundle's folder in the site (a name no story may take)."""

INDEXED = re.compile(r"^[^/]+/(events|figures|locations)/[^/]+/index\.html$")
"""The pages searched: every event, figure and place page (not the story pages, whose
timelines repeat every event)."""

GLOB = "*/{events,figures,locations}/*/index.html"
"""``INDEXED`` as Pagefind's file pattern."""

APOSTROPHES = ("'", "\u2019", "\u02bc")
"""The marks an elision is written with: typed, typeset (’) and the modifier letter (ʼ)."""

ELISION = re.compile(rf"\b(?:{'|'.join(ELIDED)})[{''.join(APOSTROPHES)}](\w{{3,}})", re.IGNORECASE)
"""A word written after an elision (``ELIDED``): "l'ordre", "d’Otunbayeva",
"dell’esercito", "presqu’île". Pagefind splits words at ASCII punctuation only, and the
pages' typography writes the apostrophe as ’: "l’ordre" was indexed as the one word
"lordre", which a search for "ordre" did not find. Three letters or more: "s’il" and
"l’UE" add nothing a search would miss."""

HEBREW_PREFIX = (
    "(?:\u05d5)?(?:\u05e9|\u05db\u05e9|\u05de\u05e9|\u05dc\u05db\u05e9)?"
    "(?:\u05de\u05d4|[\u05d4\u05d1\u05db\u05dc\u05de])?"
)
"""The one-letter words Hebrew writes joined to the next, in the order they come: 'and'
(ו), 'that' or 'when' (ש, כש, מש, לכש), then 'the', 'in', 'as', 'to', 'from' (ה, ב, כ, ל,
מ, 'from the' מה): 'ובירושלים' is 'and in Jerusalem'. search.js holds the same pattern (a
test compares them)."""

HEBREW_JOINED = later(f"^{HEBREW_PREFIX}$")

HEBREW_POINTS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
"""Hebrew's points (niqqud: its vowels, dagesh, the dots of shin and sin) and the
cantillation marks of a verse quoted ('בְּרֵאשִׁ֖ית'), as the inside of a character class.
News writes points on a word now and then, to tell it from another, and a quoted verse
has both; readers almost never type them. Pagefind reads a word without them, the
page's and the query's ('ירושלים' found the page writing 'יְרוּשָׁלַיִם'); they are no
letters to ``\\w``, and cut the pointed word into pieces for ``HEBREW_WORD``.
search.js takes them off a query too (a test holds the two lists alike)."""

_HEBREW_POINT = later(f"[{HEBREW_POINTS}]")

GERSHAYIM = "\u05f3\u05f4'\""
"""The geresh and gershayim (׳ ״) an abbreviation or a foreign sound is written with
('צה״ל', 'ג׳ורג׳'), and the apostrophe and quotation mark typed for them ('צה"ל'). Pagefind
reads 'צה"ל' and 'צה״ל' alike; between two letters they are part of the word."""

_HEBREW_LETTER = later("[\u05d0-\u05ea]")

HEBREW_WORD = later(
    f"(?<![\\w{HEBREW_POINTS}])[\u05d0-\u05ea{HEBREW_POINTS}]+"
    f"(?:[{GERSHAYIM}][\u05d0-\u05ea{HEBREW_POINTS}]+)*(?!\\w)"
)
"""A Hebrew word, its points and the geresh or gershayim between its letters with it,
that may begin with ``HEBREW_PREFIX``: 'וּבִירוּשָׁלַיִם', 'בצה״ל'."""


def unpointed(word: str) -> str:
    """``word`` without ``HEBREW_POINTS``: 'וּבִירוּשָׁלַיִם' -> 'ובירושלים'."""
    return _HEBREW_POINT().sub("", word)


def _hebrew_unprefixed(word: str) -> list[str]:
    """``unprefixed`` of a word ``HEBREW_WORD`` found, read without its points, of four
    letters or more."""
    if len(word) < 4:
        return []
    if word.isalpha():  # letters alone, as most words: no need to look closer
        return unprefixed(word)
    bare = unpointed(word)
    return unprefixed(bare) if len(_HEBREW_LETTER().findall(bare)) >= 4 else []


def unprefixed(word: str) -> list[str]:
    """``word`` (Hebrew) without each run of the letters ``HEBREW_PREFIX`` allows at its
    start, three letters or more left, the shortest run first: 'ובירושלים' -> 'בירושלים',
    'ירושלים'. Pagefind has no Hebrew stemming and finds a word by its start, so a page
    that wrote 'ובירושלים' was not found by 'ירושלים': the page gives the index these too
    (``elided_words``), and search.js asks them of a word that finds nothing."""
    return [word[i:] for i in range(1, min(5, len(word) - 2)) if HEBREW_JOINED().match(word[:i])]


_ARABIC_MARKS_ONLY = "\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"

ARABIC_MARKS = "\u0640" + _ARABIC_MARKS_ONLY
"""Arabic's tatweel (ـ, a letter drawn long), its vowel and doubling marks (fatha, damma,
kasra, their tanwin, shadda, sukun: 'مُحَمَّد'), its superscript alef ('الرحمٰن'), the
marks Urdu and other languages add (U+0656-U+065F: Urdu's inverted damma, 'حکوٗمت'), the
small marks of a Quranic verse quoted (U+06D6-U+06ED: its sukun in 'ٱلۡحَمۡدُ'), and a
hamza or madda written as a mark of its own (U+0653-U+0655) on a letter that has no
letter with it (Persian's ezafe on 'ه', 'خانهٔ'; on a letter that has, ``unmarked``
writes that letter), as the inside of a character class. News writes them on a name or
a word now and then, to tell it from another ('والكَرنتينا'), as Persian and Urdu pages do
('کِتاب'); readers almost never type them. Pagefind reads an Arabic word without them
(its Arabic stemming takes them off), and a Persian or Urdu word without the marks but
not without the tatweel: 'مدرسه' did not find the Persian page writing 'مدرســه', nor
'حکـومت' one writing 'حکومت'. search.js takes them off a query too (a test holds the two
lists alike)."""

_ARABIC_MARK = later(f"[{ARABIC_MARKS}]")

_ARABIC_HAMZA_MARK = later("[\u0653-\u0655]")

MARKED_WORD = later(
    f"(?<![\\w{_ARABIC_MARKS_ONLY}])[\\w{_ARABIC_MARKS_ONLY}]*[{ARABIC_MARKS}][\\w{_ARABIC_MARKS_ONLY}]*"
)
"""A word with one of ``ARABIC_MARKS``, whole: the marks are no letters to ``\\w``, which
would cut 'مُحَمَّد' into 'م', 'ح', 'م' and 'د'."""


ALEF_WASLA = "\u0671"
"""The alef a Quranic verse writes where the article's (or a word's) alef is not said
('ٱلۡحَمۡدُ'): a letter of its own, not an alef and a mark, that no keyboard's readers
type. Pagefind holds it apart: 'الحمد' did not find the page quoting 'وَٱلۡحَمۡدُ'."""


def unmarked(text: str) -> str:
    """``text`` without ``ARABIC_MARKS``: 'مُحَمَّد' -> 'محمد', 'مدرســه' -> 'مدرسه'; a
    hamza or madda written as a mark on a letter that has a letter with it, as that letter
    first (composed, NFC): 'المسو' and a hamza above -> 'المسؤول', where taking the mark
    off would give a word no one writes ('المسوول'); and the alef wasla of a verse quoted
    as the alef readers type (``ALEF_WASLA``): 'وَٱلۡحَمۡدُ' -> 'والحمد'."""
    if _ARABIC_HAMZA_MARK().search(text):
        text = unicodedata.normalize("NFC", text)
    return _ARABIC_MARK().sub("", text).replace(ALEF_WASLA, "\u0627")


SUPERSCRIPT_ALEF = "\u0670"
"""The small alef written above a letter ('ٱلۡعَٰلَمِينَ'), which ``unmarked`` takes off as
'الرحمٰن' is written 'الرحمن', but which stands for the alef most words are written with
without marks: 'العالمين' did not find the verse quoted."""


def with_alef(word: str) -> str:
    """``word`` with ``SUPERSCRIPT_ALEF`` written as the alef, without ``ARABIC_MARKS``:
    'ٱلۡعَٰلَمِينَ' -> 'العالمين' (a word written without it, 'الرحمٰن' -> 'الرحمان', gives one
    no page writes)."""
    return unmarked(word.replace(SUPERSCRIPT_ALEF, "\u0627"))


ARABIC_WORD = later("(?<!\\w)[\u0621-\u064a]{4,}(?!\\w)")
"""An Arabic word (of letters alone, four or more) that may begin with 'and' or 'so' (و,
ف) or 'the' (ال); it is looked for in a text without ``ARABIC_MARKS``, which would cut
'والكَرنتينا' at its fatha into 'والك' and 'رنتينا', neither with the name's forms."""


def unjoined_arabic(word: str) -> list[str]:
    """``word`` (Arabic) without the 'and' or 'so' (و, ف) written joined to it, then
    without its 'the' (ال), three letters or more left each time: 'والبيطار' ->
    'البيطار', 'بيطار'. Pagefind's Arabic stemming leaves the 'and' on ('والكرنتينا',
    'and Karantina', was found by neither 'الكرنتينا' nor 'كرنتينا'), takes 'the' off a
    word of six letters or more only ('البيت' was not found by 'بيت'), and takes 'in' (ب)
    off a word without 'the' but not after it ('البيطار' is 'بيطار' to it, and 'بيطار'
    'يطار': the judge's name without its article found nothing). The page gives the
    index these too (``elided_words``), as search.js asks a query's word without its
    'and' (``JOINED``); a word whose first letter is no 'and' ('وزير', minister) gives
    one more that no reader searches ('زير')."""
    found = []
    if word[0] in "\u0648\u0641" and len(word) > 3:
        word = word[1:]
        found.append(word)
    if word.startswith("\u0627\u0644") and len(word) > 4:
        found.append(word[2:])
    return found


TAMIL_OBLIQUE = (
    "\u0ba4\u0bcd\u0ba4(?:\u0bbf\u0bb2\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1|\u0bbf\u0bb2\u0bcd"
    "|\u0bbf\u0ba9\u0bcd|\u0bc8|\u0bc1\u0b95\u0bcd\u0b95\u0bc1\u0bb3\u0bcd|\u0bc1\u0b95\u0bcd\u0b95\u0bc1"
    "|\u0bbf\u0bb1\u0bcd\u0b95\u0bc1|\u0bbe\u0bb2\u0bcd|\u0bcb\u0b9f\u0bc1|\u0bc1\u0b9f\u0ba9\u0bcd"
    "|\u0bbf\u0b9f\u0bae\u0bcd)(?:[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd)?"
)
"""The end of a Tamil noun in '-ம்' in one of its cases, where its '-ம்' is '-த்த-': 'த்திலிருந்து'
(from), 'த்தில்' (in), 'த்தின்' (of), 'த்தை' (the object), 'த்துக்குள்' (into), 'த்துக்கு' and
'த்திற்கு' (to), 'த்தால்' (by), 'த்தோடு' and 'த்துடன்' (with), 'த்திடம்' (at), with the
consonant a next word may double after it ('த்தைப்', 'த்துக்குச்'). search.js holds the same
pattern (a test compares them)."""

TAMIL_CASED = later(f"^([\u0b80-\u0bff]{{2,}}?){TAMIL_OBLIQUE}$")

TAMIL_WORD = later("(?<![\u0b80-\u0bff])[\u0b80-\u0bff]{4,}(?![\u0b80-\u0bff])")
"""A Tamil word, its vowel signs and pulli with it (which ``\\w`` leaves out)."""


def tamil_nominative(word: str) -> str | None:
    """``word`` (Tamil), a noun in '-ம்' in one of its cases (``TAMIL_OBLIQUE``), as it is
    written alone: 'நாகப்பட்டினத்தில்' -> 'நாகப்பட்டினம்', 'வெள்ளத்தை' -> 'வெள்ளம்'; None for
    any other word. Pagefind's Tamil stemming keeps the '-த்த-' such a noun takes in its
    cases: 'நினைவகம்' did not find the page writing 'நினைவகத்தில்', nor 'நாகப்பட்டினத்தில்'
    the pages writing 'நாகப்பட்டினம்'. A Tamil page gives the index these too
    (``elided_words``), and search.js asks a query's word so when that finds more pages than
    the word as typed (a name in '-த்' in a case, 'குஜராத்தில்', finds none as 'குஜராம்'
    where a page writes 'குஜராத்' alone). A noun whose own stem ends in
    '-த்த-' ('சொத்தை', of 'சொத்து') gives a word no page writes ('சொம்'), the same from
    each of its cases, which finds them alike."""
    found = TAMIL_CASED().match(word)
    return found[1] + "\u0bae\u0bcd" if found else None


TAMIL_S_CASED = later(
    "^([\u0b80-\u0bff]{2,}?)(?<!\u0b9a\u0bcd)\u0b9a(?:\u0bbf\u0bb2\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1"
    "|\u0bbf\u0bb2\u0bcd|\u0bbf\u0ba9\u0bcd|\u0bc8|\u0bc1\u0b95\u0bcd\u0b95\u0bc1|\u0bbe\u0bb2\u0bcd"
    "|\u0bc1\u0b9f\u0ba9\u0bcd)(?:[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd)?$"
)
"""A Tamil word ending in 'ச' (not doubled, as 'ச்ச' is Tamil's own) and a case ending: 'சிலிருந்து'
(from), 'சில்' (in), 'சின்' (of), 'சை' (the object), 'சுக்கு' (to), 'சால்' (by),
'சுடன்' (with), with the consonant a next word may double after it."""


def tamil_with_s(word: str) -> str | None:
    """``word`` (Tamil), a name in '-ஸ்' in one of its cases as Tamil news often writes
    them, its 'ஸ்' as 'ச' (``TAMIL_S_CASED``), as the name is written alone: 'பிரான்சில்'
    (in France) -> 'பிரான்ஸ்', 'காங்கிரசுக்கு' -> 'காங்கிரஸ்'; None for any other word.
    Pagefind's Tamil stemming keeps the 'ச': 'பிரான்ஸ்' found no page writing
    'பிரான்சில்', 'பிரான்சுக்கு' or 'பிரான்சை'. A Tamil page gives the index these too
    (``elided_words``); a word of Tamil's own in '-சு' ('அரசில்', in the government)
    gives one no reader searches ('அரஸ்')."""
    found = TAMIL_S_CASED().match(word)
    return found[1] + "\u0bb8\u0bcd" if found else None


UNUSED = re.compile(r"^(pagefind-(component-|modular-)?ui\.(js|css)|pagefind-highlight\.js|playground/.*)$")
"""Files of the bundle for Pagefind's own interfaces, which the site does not use (its
search page has a small script of its own): not published."""

TIME_LIMIT_SECONDS = 300.0
"""How long indexing may take before it is given up as stuck."""


class SearchIndexError(Exception):
    """Pagefind failed; the message says how, in one line."""


class IndexStopped(Exception):
    """Indexing was stopped before it was done, as asked (its pages are out of date)."""


def executable() -> str | None:
    """The Pagefind binary, if installed, found as the ``pagefind`` package finds it: the
    ``PAGEFIND_BINARY_PATH`` variable, else the binary of its ``extended`` or ``bin``
    extra (their packages' ``get_executable``), else ``pagefind_extended`` or
    ``pagefind`` on the ``PATH``.

    The same order as ``pagefind.service.get_executable`` (a test compares them), without
    importing that module: it brings asyncio, a fifth of the time a build takes to start.
    """
    given = os.environ.get("PAGEFIND_BINARY_PATH")
    if given is not None:
        return given if os.path.isfile(given) else None
    for package in ("pagefind_bin_extended", "pagefind_bin"):
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        try:
            found = str(module.get_executable())
        except FileNotFoundError:  # a broken install of the binary's package
            return None
        return found if os.path.isfile(found) else None
    on_path = shutil.which("pagefind_extended") or shutil.which("pagefind")
    return on_path if on_path is not None and os.path.isfile(on_path) else None


def available() -> bool:
    """Whether the site can have search: the Pagefind binary is installed."""
    return executable() is not None


def is_indexed(path: str) -> bool:
    """Whether the page at output ``path`` is searched."""
    return INDEXED.match(path) is not None


def is_skimmed(path: str) -> bool:
    """Whether the page at output ``path`` is one Pagefind reads skimmed (``SKIMMED``,
    ``without_ignored``): a figure's or a place's page."""
    return INDEXED.match(path) is not None and path.split("/", 2)[1] in SKIMMED


def is_indexed_or_bundle(path: str) -> bool:
    """Whether output ``path`` is a searched page or a file of the bundle."""
    return path.startswith(BUNDLE + "/") or is_indexed(path)


DOTLESS_I = "\u0131"
"""Turkish's dotless ı, whose capital is I: Pagefind lowers 'I' to 'i' (not Turkish's
'ı'), so a word written 'Ilıcak' is in the index as 'ilıcak', one written 'ILICAK' as
'ilicak', and the reader types 'ılıcak'."""

KYRGYZ_LETTERS = "ңөүҢӨҮ"
"""The letters Kyrgyz adds to Russian's: many Kyrgyz readers type on a Russian keyboard,
which has none of them, and write 'Кенеш', 'озгочо', 'уй' for 'Кеңеш', 'өзгөчө', 'үй'.
Pagefind folds none of them (they are letters of their own, not letters with an accent).
search.js asks the Kyrgyz index as the reader typed: a word typed with them finds the
page's own, one typed without them its respelled copy."""

AS_RUSSIAN_TYPES = str.maketrans(KYRGYZ_LETTERS, "ноуНОУ")

TAI_FORMAL, TAI_COMMON = "\u81fa", "\u53f0"
"""'臺' and '台', one character of Traditional Chinese in two forms: Taiwan's official
names write '臺' (臺灣, 臺北, 臺鐵), its readers mostly type '台', and Pagefind holds them
apart ('台鐵' found no page that says '臺鐵'). Simplified Chinese writes '台' alone."""

ARABIC_HEH, URDU_HEH = "\u0647", "\u06c1"
"""Arabic's heh (ه) and Urdu's heh goal (ہ), one sound: an Urdu reader on an Arabic or
Persian keyboard types ه, and an Urdu page pasted from one writes it ('فیصله'), where
Urdu writes ہ ('فیصلہ'). Pagefind holds them apart: 'جلسه' found no page writing 'جلسہ'."""

URDU_LETTERS = str.maketrans({**{chr(k): v for k, v in PERSIAN_LETTERS.items()}, ARABIC_HEH: URDU_HEH})
"""``ARABIC_LETTERS`` and Arabic's heh as Urdu writes them: ی, ک and ہ (``URDU_HEH``)."""

KEYBOARD_LETTERS = "\u06cc\u06a9\u06c1\u06be\u06c3"
"""The letters a Persian or Urdu keyboard types for Arabic's Yeh, Kaf, heh and ta
marbuta: Persian's Yeh (ی) and Keheh (ک), Urdu's heh goal (ہ), heh doachashmee (ھ) and
ta marbuta goal (ۃ). None is a letter of Arabic; Pagefind holds each apart from Arabic's
('کتاب' found no Arabic page writing 'كتاب')."""

AS_ARABIC_WRITES = str.maketrans(
    {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06be": "\u0647", "\u06c3": "\u0629"}
)
"""``KEYBOARD_LETTERS`` as Arabic writes them: search.js asks the Arabic index so
(``arabicLetters``), and an Arabic page pasted from such a keyboard gives its words so."""

RESPELT: dict[str, tuple[str, Callable[[str], str]]] = {
    "ar": (KEYBOARD_LETTERS, lambda word: word.translate(AS_ARABIC_WRITES)),
    "fa": (ARABIC_LETTERS, lambda word: word.translate(PERSIAN_LETTERS)),
    "ur": (ARABIC_LETTERS + ARABIC_HEH, lambda word: word.translate(URDU_LETTERS)),
    "tr": (DOTLESS_I, lambda word: word.replace(DOTLESS_I, "i")),
    "ky": (KYRGYZ_LETTERS, lambda word: word.translate(AS_RUSSIAN_TYPES)),
    "zh": (TAI_FORMAL, lambda word: word.replace(TAI_FORMAL, TAI_COMMON)),
}
"""By language (its code), the letters a word of its pages may be written with that its
readers' queries reach only when the word is also given respelled, and how it is
respelled (Urdu writes Arabic's Yeh and Kaf as Persian does, ی and ک, and its heh as ہ;
Arabic writes a Persian or Urdu keyboard's letters as its own, ``AS_ARABIC_WRITES``):
search.js asks the Arabic, Persian, Urdu and Turkish indexes with the same respelling
(Pagefind lowers a typed 'I' to 'i', not Turkish's 'ı'), the Kyrgyz and Chinese ones as
typed."""


SPELT_APART = str.maketrans(
    {
        DOTLESS_I: "i",
        "\u00df": "ss",
        "\u1e9e": "SS",
        "\u00f0": "d",
        "\u00d0": "D",
        "\u00fe": "th",
        "\u00de": "Th",
        "\u00f8": "o",
        "\u00d8": "O",
        "\u00e6": "ae",
        "\u00c6": "Ae",
        "\u0142": "l",
        "\u0141": "L",
        "\u0153": "oe",
        "\u0152": "Oe",
        "\u02bc": "\u2019",
    }
)
"""Letters of one language that a reader of another types otherwise, and Pagefind does
not fold (they are letters of their own, not letters with an accent): Turkish's dotless
ı as i ('Diyarbakır' on an English page was found by no reader typing 'Diyarbakir'),
German's ß and capital ẞ as ss ('Straße' was not found by 'strasse', nor 'STRASSE' by
'Straße'), Icelandic's ð as d and þ as th ('Guðmundsson' and 'Þórsmörk' were not found by
'Gudmundsson' and 'Thorsmork'), Danish and Norwegian's ø as o and æ as ae ('Tromsø' by
'Tromso'), Polish's ł as l ('Łódź' by 'Lodz') and French's œ as oe ('sœur' by 'soeur'),
as English writes them; and the apostrophe Ukraine's standard writes, the modifier
letter ʼ (U+02BC), as the typographic ’ (U+2019): ʼ is a letter to Pagefind, where ' and
’ are not, so 'мʼясо' was found by no reader typing "м'ясо" or 'м’ясо', nor a page's
'м’ясо' by one typing 'мʼясо'. search.js asks every index with the same respelling."""

_SPELT_APART = "".join(map(chr, SPELT_APART))

_CAPITAL_SIGMA = "\u03a3"
"""Greek's capital Σ, whose small letter at a word's end is ς: Pagefind lowers a page's
and a query's capitals one by one, so 'ΣΊΣΥΦΟΣ' is in the index, and asked, as
'σίσυφοσ', and neither found the other's 'Σίσυφος'. A page gives such a word in lower
case as Greek writes it ('σίσυφος'), and search.js asks in lower case so (which
finds the pages that write it in small letters as they are, marked in the excerpt)."""


def spelt_apart(word: str) -> str:
    """``word`` as every page gives it to the index besides as written, and search.js
    asks for it: with the letters of ``SPELT_APART`` respelled, its compatibility
    characters as the characters they stand for (NFKC: the ligature 'ﬁ' of a text pasted
    from a PDF as 'fi', full-width 'Ｔｏｋｙｏ' as 'Tokyo'), which Pagefind indexes as
    written: 'final' did not find 'ﬁnal', nor 'tokyo' 'Ｔｏｋｙｏ'; and one ending in a
    capital Σ in lower case (``_CAPITAL_SIGMA``)."""
    spelt = unicodedata.normalize("NFKC", word).translate(SPELT_APART)
    if "\u0e4d" in spelt:
        spelt = _THAI_SARA_AM().sub(lambda found: (found[1] or found[2] or "") + "\u0e33", spelt)
    return spelt.lower() if spelt.endswith(_CAPITAL_SIGMA) else spelt


_THAI_SARA_AM = later("\u0e4d([\u0e48-\u0e4b]?)\u0e32|([\u0e48-\u0e4b])\u0e4d\u0e32")
"""Thai's vowel sara am (ำ) as NFKC writes it, apart: nikhahit and sara aa (ํา), a tone
mark before or between them. Pagefind drops the nikhahit (a mark) from a word, so a query
for 'ถ้ำ' (cave), so spelt, was asked as 'ถ้า' ('if') and found no page writing 'ถ้ำ', nor
'น้ำ', 'ทำ': every Thai word with the vowel. It is written whole again, the tone mark before
it, as Thai writes it and the pages give it."""


def _may_hold_spelt(text: str) -> bool:
    """Whether ``text`` may hold a word ``_spelt_otherwise``: one of its letters, or a
    compatibility character."""
    return any(c in text for c in _SPELT_APART + _CAPITAL_SIGMA) or _compatible(text)


def _compatible(text: str) -> bool:
    """Whether ``text`` has a letter or digit written as a compatibility character: one
    that NFKC writes otherwise (a ligature, a full-width letter, a superscript digit).
    Only those can be in a word (``\\w``): the ellipsis and the no-break spaces that
    typography puts in almost every text are compatibility characters too, and taking
    them for a reason to look at every word of a page made a cold build of 1,000 events
    8% slower."""
    return any(_compatibility_letter(c) for c in set(text) if c > "\x7f")


@functools.cache
def _compatibility_letter(char: str) -> bool:
    """Whether ``char`` is a letter or digit that NFKC writes otherwise than NFC does
    (NFC only composes what is written apart)."""
    return char.isalnum() and unicodedata.normalize("NFKC", char) != unicodedata.normalize("NFC", char)


def _spelt_otherwise(word: str) -> bool:
    """Whether ``word`` is given to the index ``spelt_apart`` too: it has a letter of
    ``SPELT_APART``, ends in a capital Σ after another letter, or has a compatibility
    character (not only a letter written decomposed, 'é' as 'e' and its accent, which
    Pagefind finds as it is)."""
    return (
        any(c in word for c in _SPELT_APART)
        or (word.endswith(_CAPITAL_SIGMA) and len(word) > 1)
        or _compatible(word)
    )


UNSPACED_NAME = later(
    "[\u3005\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0003134f]{2,}"
)
"""A run of two characters or more of a name written without spaces (Han characters,
kana; not the middle dot ・, at which both sides split)."""


NAME_ENDING = 32
"""The most characters of an ending ``name_suffixes`` gives: more than a word the browser
cuts from a query (Pagefind finds an index's word by its start), and every ending of a
name whole up to this; a name as long as a page gives its endings in proportion to it,
not in the square of its length (5,000 characters took 12.5 million)."""


def name_suffixes(name: str) -> list[str]:
    """Every ending of each run of ``name`` written without spaces (``UNSPACED_NAME``),
    the whole run first: '田中健一' -> '田中健一', '中健一', '健一', '一'; each up to
    ``NAME_ENDING`` characters.

    Pagefind cuts a Japanese or Chinese page's text into words with a dictionary of its
    own, and cuts a name standing alone (a figure's heading, the names under an event)
    otherwise than in a sentence: '田中|健|一' alone, '田中|健一' in '田中健一町長は'. The
    browser cuts the query with its own dictionary (Intl.Segmenter: '田中|健一'), and
    Pagefind finds a page that has, for each word of the query, a word beginning with it:
    the figure's own page lacked '健一', another page had it, and '田中健一' did not find
    the figure. A page gives the index these endings in a field of its own (whose words
    Pagefind splits at spaces only), so that however either side cuts the name, each
    piece of the query begins one of them."""
    return [run[i : i + NAME_ENDING] for run in UNSPACED_NAME().findall(name) for i in range(len(run))]


def id_words(ids: Iterable[str], language: str) -> list[str]:
    """The words of ``ids``, the ids of a page's event and of the figures and places it
    names (its own, on a figure's or place's page), on a page in ``language`` (its whole
    tag: 'sr-Latn' is Latin, 'sr' is not) when it is not written in Latin letters:
    'pushkar', 'singh', 'dhami' of 'pushkar-singh-dhami' on a Hindi page naming 'पुष्कर
    सिंह धामी'; 'rescue', 'drill' of the event '2023-11-28-rescue-drill'. Readers of Hindi
    news, of Arabic, Russian, type a name in Latin letters as often as in their own, and
    found nothing; the id is the name or the headline in Latin letters as the editor or
    the import chose it (the file's name: an import's is the title transliterated), and
    costs nothing to give. Words of one letter and numbers ('2', an id made unique, an
    event's date) are left out. A page in Latin letters gets none: its readers find the
    words it shows."""
    if not ids or written_in_latin(language):
        return []
    return [word for each in ids for word in each.split("-") if len(word) > 1 and not word.isdigit()]


HIRAGANA_RUN = later("[\u3041-\u3096\u309d\u309e]{2,}")
"""A run of two hiragana or more (not the prolonged sound mark ー, which katakana shares)."""

_IN_KATAKANA = str.maketrans({c: c + 0x60 for c in (*range(0x3041, 0x3097), 0x309D, 0x309E)})


def hiragana_endings(text: str) -> list[str]:
    """Every ending of two characters or more of each run of hiragana in ``text``
    (``HIRAGANA_RUN``), spelt in katakana, each up to ``NAME_ENDING`` characters:
    '近づいたはやぶさ' -> 'ヅイタハヤブサ', 'イタハヤブサ', ..., 'ハヤブサ', 'ヤブサ', 'ブサ'.

    The browser cuts a word of hiragana its dictionary does not know into its characters
    ('はやぶさ', a probe's name: 'は|や|ぶ|さ'), where Pagefind's dictionary kept it whole,
    and Pagefind finds a page only where each piece of the query begins a word of it: the
    probe's name found a third of the pages that wrote it. search.js asks for a run of
    hiragana that the browser cuts so in katakana, which it keeps whole ('ハヤブサ'), and
    the page's own hiragana, in katakana in a field whose words Pagefind splits at spaces
    only, holds it at the start of one of these endings wherever the run stands in a
    sentence."""
    return [
        run[i : i + NAME_ENDING].translate(_IN_KATAKANA)
        for run in HIRAGANA_RUN().findall(text)
        for i in range(len(run) - 1)
    ]


OTHER_DIGITS = later(r"(?<!\w)\w*(?:(?![0-9])\d)\w*")
"""A word with a decimal digit of another script than 0-9, whole: the Persian pages write
their dates and numbers in Persian's ('۶ آوریل ۲۰۱۰', ``Language.digits``), and give the
index each such word in 0-9 too ('2010'), which the other stories' pages and most
readers' keyboards write; search.js asks every other language's index in 0-9. (Only
from a word's start, as ``_words_with``.)"""

_OTHER_DIGIT = re.compile(r"(?![0-9])\d")

_WORD = later(r"\w+")

ASCII_DIGITS = later(r"(?<!\w)\w*[0-9]\w*")
"""A word with a digit 0-9, whole: on a page whose language writes other digits
(Persian's), one its editor typed so ('740 مغازه': only the dates and numbers the theme
writes are in the language's digits), which the page gives the index in its own digits
too ('۷۴۰'): search.js asks the index of the page's own language in its digits."""


@functools.cache
def _words_with(letters: str) -> re.Pattern[str]:
    """A word with one of ``letters``, whole: only from a word's start, so a long run of
    letters without any (a Chinese passage, 50,000 characters) is read once, not once
    from each of its characters."""
    return re.compile(rf"(?<!\w)\w*[{re.escape(letters)}]\w*")


def elided_words(
    *texts: object,
    markdown: Iterable[str | None] = (),
    convert: Callable[[str], Markup] | None = None,
    language: str = "",
    digits: str = "0123456789",
    names: Iterable[str] = (),
) -> str:
    """The words of ``texts`` (strings, None, or iterables of them: the fields a page
    gives the index) and of the Markdown texts ``markdown`` as ``convert`` shows them
    (its HTML comments and what it drops are not on the page, and their words must not
    be in the index either), written after an elision (``ELISION``), once each, in
    order and separated by spaces: the page gives them to Pagefind as a metadata field,
    whose words it finds (``data-pagefind-meta``), as the word itself is not in its index.

    On a page in ``language`` (its tag, in any case: 'ar', 'ar-EG', 'AR' are Arabic) that
    ``RESPELT`` names, each word written with its letters is given respelled too: on a
    Persian page, a word with Arabic's Yeh or Kaf (``ARABIC_LETTERS``) as Persian writes
    it, so a reader typing 'کرمان' finds the page that says 'كرمان'; on an Arabic page, a
    word with a Persian or Urdu keyboard's letters (``KEYBOARD_LETTERS``) as Arabic
    writes it; on a Turkish page, a word with the dotless ı (``DOTLESS_I``) with i in its
    place, so 'ılıcak', 'Ilıcak', 'ILICAK' and 'ilicak' all find 'Ilıcak';
    on a Kyrgyz page, a word with ң, ө or ү with н, о and у in their places, so 'Кенеш'
    finds 'Кеңеш' (search.js asks the Persian and Turkish indexes respelled alike, whatever
    the reader types). On every
    page, a word with a letter Pagefind does not fold (``SPELT_APART``: ı, ß, ð, þ, ø...), a Greek
    word ending in a capital Σ, or a compatibility character (a ligature, a full-width
    letter) is given ``spelt_apart``
    too, as search.js asks every index. A word
    written with digits of another script than 0-9 (``OTHER_DIGITS``) is given in 0-9;
    a Hebrew word, without the letters Hebrew joins before it (``unprefixed``); a word
    written with Arabic's tatweel or vowel marks (``ARABIC_MARKS``), without them (and
    with its superscript alef as the alef, ``with_alef``), as
    its Persian respelling and its Arabic forms are given too; on an Arabic page, an
    Arabic word without the 'and' and 'the' joined to it (``unjoined_arabic``);
    on a Tamil page, a noun in '-ம்' in one of its cases as it is written alone
    (``tamil_nominative``), and a name in '-ஸ்' written with 'ச' in its cases so
    (``tamil_with_s``);
    on a page whose language writes ``digits`` other than 0-9, a word written with 0-9
    (``ASCII_DIGITS``) is given in those. On a page in a language written without spaces
    (Japanese, Chinese), the ``names`` it shows (its figures' and places') are given as
    ``name_suffixes``; on a Japanese page, its hiragana in katakana (``hiragana_endings``)."""
    sources = [t for t in markdown if t]
    # Its language's own forms go by the language alone: an 'ar-EG' or 'AR' page is Arabic's.
    code = primary(language)
    given = list(_as_written(texts))  # once: a field may be a generator (a template's map)
    if _ascii_asks_nothing(code, digits):
        # Most pages' texts are all ASCII, or for their spaces and punctuation
        # (``_NOT_PLAIN``), with no apostrophe and no character reference: then neither
        # their text as shown nor the Markdown's HTML holds an elision, and no other form
        # is asked, with no tag stripped, Markdown read or pattern searched (one look at
        # the texts as written, where all of it took an event page some 14 µs).
        written = "\n".join([*given, *sources])
        if "&" not in written and "'" not in written and not _NOT_PLAIN.search(written):
            return ""
    plain = list(_strings(given))
    asked = _forms_asked((*plain, *sources), code, digits, names)
    # Most texts have no apostrophe at all, and looking for one is a tenth of what the
    # pattern takes to find none: every event, figure and place page asks. (The Markdown
    # is converted only past this: what it shows has no apostrophe its source lacks,
    # but for one written as a character reference, "l&rsquo;ordre".)
    if (
        asked is None
        and not any(c in t for t in (*plain, *sources) for c in APOSTROPHES)
        and not any("&" in t for t in sources)
    ):
        return ""
    if sources:
        assert convert is not None, "Markdown texts come with their converter"
        plain += _strings([convert(t) for t in sources])
    text = "\n".join(plain)  # one search of all the fields, as a page has them
    words = ELISION.findall(text)
    if asked is not None:
        words += _other_forms(text, asked, code)
    return " ".join(dict.fromkeys(words))


@dataclass(slots=True)  # not frozen: a frozen one is slower to make, and every searched page asks
class _FormsAsked:
    """Which forms of its words a page's texts call for (``elided_words`` says each), found
    by a look at the texts as written, before any is converted or searched word by word."""

    letters: str  # the letters its language's ``RESPELT`` respells, when the texts hold one
    respell: Callable[[str], str]
    other_digits: bool
    spelt_apart: bool
    hebrew: bool
    marked: bool
    arabic: bool
    tamil: bool
    own_digits: dict[int, int] | None  # 0-9 to the language's digits, when the texts hold 0-9
    endings: list[str]
    hiragana: bool  # a Japanese page's texts hold hiragana, given in katakana too


def _forms_asked(
    given: Sequence[str], language: str, digits: str, names: Iterable[str]
) -> _FormsAsked | None:
    """The forms ``given`` (a page's texts) call for on a page in ``language`` (its
    primary subtag: 'ar', not 'ar-EG') that writes ``digits`` and shows ``names``, each
    looked for only in a text that is not all ASCII; None when they call for none, as
    most pages' do."""

    def holding(chars: str) -> bool:  # whether a text given holds one of ``chars``
        return any(c in t for t in given for c in chars)

    letters, respell = RESPELT.get(language, ("", str))
    respelt = bool(letters) and holding(letters)
    marked = any(not t.isascii() and _ARABIC_MARK().search(t) for t in given)
    arabic = language == "ar" and (
        marked or respelt or any(not t.isascii() and ARABIC_WORD().search(t) for t in given)
    )
    own = str.maketrans("0123456789", digits) if digits != "0123456789" else None
    own_digits = own if own is not None and holding("0123456789") else None
    other_digits = any(not t.isascii() and _OTHER_DIGIT.search(t) for t in given)
    apart = any(not t.isascii() and _may_hold_spelt(t) for t in given)
    hebrew = any(not t.isascii() and _HEBREW_LETTER().search(t) for t in given)
    tamil = language == "ta" and any(not t.isascii() and TAMIL_WORD().search(t) for t in given)
    endings = [w for name in names for w in name_suffixes(name)] if language in WITHOUT_SPACES else []
    hiragana = language == "ja" and any(not t.isascii() and HIRAGANA_RUN().search(t) for t in given)
    if not any((respelt, other_digits, own_digits, apart, hebrew, marked, arabic, tamil, endings, hiragana)):
        return None
    letters = letters if respelt else ""
    return _FormsAsked(
        letters, respell, other_digits, apart, hebrew, marked, arabic, tamil, own_digits, endings, hiragana
    )


_NOT_PLAIN = re.compile(
    "[^\x00-\x7f\u00a0\u00ab\u00bb\u2009\u200b\u2010-\u2014\u2018\u201c\u201d\u2026\u202f\u2060]"
)
"""A character of a text that may ask a form of its words (``_forms_asked``) or be an
apostrophe (’, ʼ): any but ASCII and the spaces, dashes, quotation marks and ellipsis
typography writes in English text, none of which is a letter, a digit or a mark, nor
is in a word (``\\w``)."""


@functools.cache
def _ascii_asks_nothing(language: str, digits: str) -> bool:
    """Whether a page in ``language`` (its primary subtag) writing ``digits`` asks no form
    of a text of ASCII and those characters ``_NOT_PLAIN`` lets by (``_forms_asked``):
    its letters respelt are none of those, it writes 0-9, and it is written with spaces
    (no names' endings)."""
    letters, _ = RESPELT.get(language, ("", str))
    plain_letters = any(_NOT_PLAIN.fullmatch(c) is None for c in letters)
    return digits == "0123456789" and not plain_letters and language not in WITHOUT_SPACES


def _as_written(values: object) -> Iterator[str]:
    """The strings of ``values`` (as ``_strings`` takes them: strings, None, or iterables
    of them) as written, HTML (``Markup``) with its tags and character references."""
    if isinstance(values, str):  # Markup too
        yield values
    elif isinstance(values, Iterable):
        for value in values:
            yield from _as_written(value)


def _other_forms(text: str, asked: _FormsAsked, language: str) -> list[str]:
    """The forms of the words of ``text`` that ``asked`` calls for, in the order
    ``elided_words`` gives them."""
    words: list[str] = []
    bare = text  # the text as the Arabic and respelt forms are looked for in
    if asked.marked:
        found = MARKED_WORD().findall(text)
        words += [unmarked(word) for word in found]
        bare = unmarked(text)
        if SUPERSCRIPT_ALEF in text:
            alef = [with_alef(word) for word in found if SUPERSCRIPT_ALEF in word]
            words += alef
            bare += "\n" + " ".join(alef)  # their forms without 'and' and 'the' too
    if asked.letters:
        words += [asked.respell(word) for word in _words_with(asked.letters).findall(bare)]
        if language == "ar":  # its words in Arabic's letters, without their 'and' and 'the' too
            bare = asked.respell(bare)
    if asked.spelt_apart:
        words += [spelt_apart(w) for w in _WORD().findall(text) if not w.isascii() and _spelt_otherwise(w)]
    if asked.other_digits:
        words += [ascii_digits(word) for word in OTHER_DIGITS().findall(text)]
    if asked.hebrew:
        words += [w for word in HEBREW_WORD().findall(text) for w in _hebrew_unprefixed(word)]
    if asked.arabic:
        words += [w for word in ARABIC_WORD().findall(bare) for w in unjoined_arabic(word)]
    if asked.tamil:
        cased = TAMIL_WORD().findall(text)
        words += [n for word in cased for n in (tamil_nominative(word), tamil_with_s(word)) if n is not None]
    if asked.own_digits is not None:
        words += [word.translate(asked.own_digits) for word in ASCII_DIGITS().findall(text)]
    if asked.hiragana:
        words += hiragana_endings(text)
    return words + asked.endings


_LINE_ENDS = re.compile(r"<br\s*/?>|</(?:p|li|h[1-6]|blockquote|div|td|th|dt|dd|figcaption)>", re.IGNORECASE)
"""Where a line of HTML ends as it reads: a line break, or the end of a block."""


def _strings(values: object) -> Iterator[str]:
    if isinstance(values, Markup):  # text a template put together, or HTML: as it reads
        # A line ends where a block or a <br> does: striptags alone ran 'a<br>l’ordre'
        # into 'al’ordre', whose 'ordre' no longer follows an elision.
        yield Markup(_LINE_ENDS.sub("\n", str(values))).striptags()
    elif isinstance(values, str):
        yield values
    elif isinstance(values, Iterable):
        for value in values:
            yield from _strings(value)


IGNORED_WHOLE = re.compile(rb"<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore=\"all\"[^>]*>")
"""The start tag of an element Pagefind skips whole, its children, filters and metadata
too (``data-pagefind-ignore="all"``): a figure's or a place's timeline, pictures and map."""

SKIMMED = (site_paths.FIGURES, site_paths.LOCATIONS)
"""The kinds of searched page Pagefind is given without what it skips (``without_ignored``):
the figures' and places' pages, which hold the timeline of their events. Event pages
have nothing it skips whole, and reading them all to look would cost more than it saves."""


def without_ignored(html: bytes) -> bytes:
    """``html`` without the elements Pagefind skips whole (``IGNORED_WHOLE``): what it
    indexes of the page is the same. Pagefind's time goes with the bytes of HTML it parses,
    what it skips included: at 10,000 events, the 833 figure and place pages, whose
    timelines it skips, were 2.5 of its 11 seconds of processor time, and 0.4 without them.
    An element whose end is not found (the page is not as the theme writes it) is kept."""
    parts: list[bytes] = []
    at = 0
    while (start := IGNORED_WHOLE.search(html, at)) is not None:
        end = _element_end(html, start.group(1), start.end())
        if end is None:
            break
        parts.append(html[at : start.start()])
        at = end
    if not parts:
        return html
    parts.append(html[at:])
    return b"".join(parts)


def _element_end(html: bytes, tag: bytes, inside: int) -> int | None:
    """Where the element ``tag`` whose start tag ends at ``inside`` ends (past its end tag),
    elements of the same name inside it counted; None if it does not."""
    tags = re.compile(rb"<(/?)" + re.escape(tag) + rb"[\s>]")
    depth = 1
    for found in tags.finditer(html, inside):
        depth += -1 if found.group(1) else 1
        if depth == 0:
            close = html.find(b">", found.start())
            return None if close < 0 else close + 1
    return None


BODY = "[data-pagefind-body]"
"""The element of a searched page that holds what the index gets of it, as the theme marks
it: given to Pagefind as each page's root (``--root-selector``) when the pages show nothing
it reads outside that element (``reads_body_alone``). Pagefind then looks at that element
alone, not at every element of the page to find it: at 10,000 events, its processor time
went from 8.0 s to 6.4 s (a median of 4 runs each over the same pages), and what it makes
of the pages is byte for byte the same."""

_BODY_START = re.compile(rb"<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s/>=])[^>]*>")

_READ_BEFORE = re.compile(rb"data-pagefind-(?!ignore\b)|<h1[\s>]")
"""What Pagefind reads before the element it indexes, which it misses with that element as
the page's root: a filter, metadata or sort key (``data-pagefind-filter``, ``-meta``,
``-default-meta``, ``-sort``), and a first heading (the result's title, where the page
gives none)."""

_READ_AFTER = re.compile(rb"data-pagefind-(?!ignore\b)|<img[\s>/]")
"""What Pagefind reads after the element it indexes: a filter, metadata or sort key, another
element it indexes, and a picture (the result's image, where the element has none)."""

_HEADING = re.compile(rb"<h1[\s>]")


def reads_body_alone(html: bytes) -> bool:
    """Whether Pagefind gets all it takes of the page ``html`` from its ``BODY`` element:
    the page has one, with a first-level heading in it (whose text is the result's title;
    without one, Pagefind takes the page's ``<title>``), and nothing Pagefind reads
    outside it (``_READ_BEFORE``, ``_READ_AFTER``). ``<html lang>`` is read either way."""
    start = _BODY_START.search(html)
    if start is None:
        return False
    end = _element_end(html, start.group(1), start.end())
    if end is None:
        return False
    return (
        _HEADING.search(html, start.end(), end) is not None
        and _READ_BEFORE.search(html, 0, start.start()) is None
        and _READ_AFTER.search(html, end) is None
    )


def body_alone(site: str) -> bool:
    """Whether Pagefind may read the searched pages of the folder ``site`` from their
    ``BODY`` element alone: the first page of each kind of each story does
    (``reads_body_alone``). A theme writes each kind of page from one template, so one
    page of each tells for all; a theme that marks no element (Pagefind then indexes each
    page's whole ``<body>``), or shows a filter outside it, keeps the whole page read."""
    found = False
    for page in _first_pages(site):
        with open(page, "rb") as f:
            if not reads_body_alone(f.read()):
                return False
        found = True
    return found


def _first_pages(site: str) -> Iterator[str]:
    """The path of the first searched page of each kind (``INDEXED``) of each story in
    ``site``, by name: a folder lists its entries in its file system's order (ext4's by a
    hash of their names), and a page chosen so gave, for a theme whose pages of one kind
    differ, another index on another machine."""
    with os.scandir(site) as stories:
        folders = [entry.path for entry in stories if entry.is_dir() and entry.name != BUNDLE]
    for story in folders:
        for kind in (site_paths.EVENTS, *SKIMMED):
            try:
                with os.scandir(os.path.join(story, kind)) as pages:
                    named = sorted(entry.name for entry in pages if entry.is_dir())
            except (FileNotFoundError, NotADirectoryError):
                continue
            for name in named:
                page = os.path.join(story, kind, name, "index.html")
                if os.path.isfile(page):
                    yield page
                    break


def index_into(site: str, *, skim: bool = True) -> list[str]:
    """Index the pages in the folder ``site`` and write the bundle into its ``BUNDLE``
    folder, which must not exist; returns the paths of the bundle's files in the site.

    Pagefind writes straight into the site: on this project's machine, opening files is
    most of what indexing costs, and a bundle made elsewhere and copied would be opened
    three times more. It reads the figure and place pages without what it skips
    (``skimmed``); ``skim=False`` where they were written so (``is_skimmed``: a build
    writes them so until Pagefind is done, on both cores, rather than reading them back
    here, one by one, before it starts). Raises SearchIndexError when Pagefind is
    missing, fails or hangs.
    """
    bundle = os.path.join(site, BUNDLE)
    with skimmed(site) if skim else contextlib.nullcontext():
        _run_pagefind(site, ["--output-subdir", BUNDLE], body=body_alone(site))
    _require_bundle(bundle)
    return [f"{BUNDLE}/{rel}" for rel in _keep_used(bundle)]


BUNDLE_NEEDS = ("pagefind-entry.json", "pagefind.js")
"""The bundle's files the search page loads first (``search.js``): without them, no search."""


def _require_bundle(folder: str) -> None:
    """SearchIndexError unless Pagefind wrote the files the search page needs into
    ``folder``: a Pagefind that ended well and wrote none (a wrong binary named by
    PAGEFIND_BINARY_PATH) left the build to end on 'No such file or directory', or would
    have published a search page that finds nothing."""
    missing = [name for name in BUNDLE_NEEDS if not os.path.isfile(os.path.join(folder, name))]
    if missing:
        raise SearchIndexError(f"Pagefind ended without writing {', '.join(missing)}: is it Pagefind?")


@contextlib.contextmanager
def skimmed(site: str) -> Iterator[None]:
    """The figure and place pages (``SKIMMED``) of the folder ``site`` as Pagefind is to
    read them (``without_ignored``) until the block ends, and as they were after it.

    Each page is moved aside (within the site, so it is the same file again after: a
    rename, not a copy) and its skimmed bytes written in its place. Pagefind finds a
    page's address by its path, so the skimmed page must be where the page is."""
    aside = tempfile.mkdtemp(prefix=".explainer-skimmed-", dir=site)
    moved: list[tuple[str, str]] = []
    try:
        for page in _skimmed_pages(site):
            with open(page, "rb") as f:
                html = f.read()
            skim = without_ignored(html)
            if skim is html:
                continue
            kept = os.path.join(aside, str(len(moved)))
            os.replace(page, kept)
            moved.append((kept, page))
            with open(page, "wb") as f:
                f.write(skim)
        yield
    finally:
        for kept, page in moved:
            os.replace(kept, page)
        shutil.rmtree(aside, ignore_errors=True)


def _skimmed_pages(site: str) -> Iterator[str]:
    """The paths of the pages of ``site`` that ``skimmed`` reads: its figure and place pages."""
    with os.scandir(site) as stories:
        folders = [entry.path for entry in stories if entry.is_dir() and entry.name != BUNDLE]
    for story in folders:
        for kind in SKIMMED:
            try:
                with os.scandir(os.path.join(story, kind)) as pages:
                    found = [entry.path for entry in pages if entry.is_dir()]
            except (FileNotFoundError, NotADirectoryError):
                continue
            for folder in found:
                page = os.path.join(folder, "index.html")
                if os.path.isfile(page):
                    yield page


def index_folder(site: str, *, stop: threading.Event | None = None) -> dict[str, bytes]:
    """The bundle for the pages in the folder ``site``, by path within the bundle, made
    in a temporary folder (for the preview, which keeps it in memory). With ``stop``,
    Pagefind runs at a lower priority than this process, which may have more urgent
    work, and is stopped as soon as ``stop`` is set (raising IndexStopped)."""
    with tempfile.TemporaryDirectory(prefix="explainer-search-") as out:
        _run_pagefind(site, ["--output-path", out], stop=stop, body=body_alone(site))
        _require_bundle(out)
        bundle: dict[str, bytes] = {}
        for rel in _keep_used(out):
            if stop is not None and stop.is_set():
                raise IndexStopped
            with open(os.path.join(out, *rel.split("/")), "rb") as f:
                bundle[rel] = f.read()
        return bundle


def _run_pagefind(
    site: str, output: list[str], *, stop: threading.Event | None = None, body: bool = False
) -> None:
    """Pagefind over the searched pages of ``site``, writing the bundle where ``output``
    says; with ``body``, reading each page's ``BODY`` element alone."""
    # Imported here, where Pagefind is started: a build without search never starts a
    # process, and the module (with fcntl, selectors) took 1.5-3 ms of every start.
    import subprocess

    binary = executable()
    if binary is None:
        raise SearchIndexError("Pagefind is not installed (pip install 'explainer[search]')")
    command = [binary, "--site", site, "--glob", GLOB, *output, "--keep-index-url", "--silent"]
    if body:
        command += ["--root-selector", BODY]
    nice = shutil.which("nice") if stop is not None else None
    if nice is not None:  # where there is one (not on Windows)
        command = [nice, "-n", "10", *command]
    try:
        with (
            tempfile.TemporaryFile() as said,
            subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=said, stderr=said) as process,
        ):
            _wait(process, stop)  # a file, not a pipe, for its output: nothing to drain
            said.seek(0)
            lines = said.read().decode("utf-8", "replace").strip().splitlines()
    except OSError as exc:
        raise SearchIndexError(f"Pagefind could not be started: {exc.strerror or exc}") from None
    if process.returncode != 0:
        raise SearchIndexError(
            f"Pagefind failed: {lines[-1] if lines else f'exit code {process.returncode}'}"
        )


def _wait(process: subprocess.Popen[bytes], stop: threading.Event | None) -> None:
    """Wait for Pagefind to end, and return as soon as it does: this thread waits for
    the process itself (a poll every 20 ms added 10 ms to every build on average) while
    a watcher kills it once ``stop`` is set (IndexStopped) or the time limit is over
    (SearchIndexError)."""
    ended = threading.Event()
    why: list[Exception] = []

    def watch() -> None:
        end = time.monotonic() + TIME_LIMIT_SECONDS
        while not ended.wait(0.02):
            if stop is not None and stop.is_set():
                why.append(IndexStopped())
            elif time.monotonic() > end:
                why.append(SearchIndexError(f"Pagefind did not finish within {TIME_LIMIT_SECONDS:g} s"))
            else:
                continue
            process.kill()
            return

    watcher = threading.Thread(target=watch, name="pagefind-watch", daemon=True)
    watcher.start()
    try:
        process.wait()
    except BaseException:
        process.kill()  # interrupted: Pagefind must not write on into the site
        raise
    finally:
        ended.set()
        watcher.join()
    if why:
        raise why[0]


def _keep_used(folder: str, within: str = "") -> list[str]:
    """The files of the bundle in ``folder`` by relative path (``within`` it: the path so
    far), each folder's files sorted before its folders', once those the site does not
    use (``UNUSED``) are deleted. The paths are joined as they are found: at 10,000 events
    the bundle has 10,900 files, and working each one's out again (``os.walk``,
    ``relpath``) took 55 ms after Pagefind, against 15 ms."""
    with os.scandir(folder) as found:
        entries = sorted(found, key=lambda entry: entry.name)
    kept: list[str] = []
    for entry in entries:
        if not entry.is_dir():
            rel = within + entry.name
            if UNUSED.match(rel):
                os.remove(entry.path)
            else:
                kept.append(rel)
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            kept += _keep_used(entry.path, f"{within}{entry.name}/")
    return kept


def write_pages(folder: str, pages: Mapping[str, bytes], written: dict[str, bytes]) -> None:
    """Bring the searched pages of ``pages`` into ``folder``, as they are to be indexed:
    write those that differ from ``written`` (what the folder holds, updated here: the
    pages as given) and delete those that are gone; the figure and place pages without
    what Pagefind skips (``without_ignored``). For the preview, whose pages live in memory."""
    wanted = {path: data for path, data in pages.items() if is_indexed(path)}
    for path in [p for p in written if p not in wanted]:
        with contextlib.suppress(FileNotFoundError):
            os.remove(os.path.join(folder, *path.split("/")))
        del written[path]
    for path, data in wanted.items():
        if written.get(path) is data or written.get(path) == data:
            continue
        target = os.path.join(folder, *path.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:  # read by Pagefind alone: skimmed as in a build
            f.write(without_ignored(data) if path.split("/")[1] in SKIMMED else data)
        written[path] = data
