"""A key number written as a bare number (``value: 1000000``, ``value: 18.2``) that the
story's language writes otherwise: the page shows the number as it was typed, so a
Ukrainian page read '1000000' and '18.2' where its readers write '1 000 000' and '18,2'.
Told as a warning with the number as the language writes it, to put in quotes; the page
is left as written, as a text value always is ('the number as it should be shown').

A key number written as text is told when a number in it mixes two ways of writing
numbers, which no reader writes: digits 0-9 with Arabic's thousands or decimal
separator ('220٬000', '18٫2'), Arabic's or Persian's digits with a comma or a point
('٢٢٠,٠٠٠'), or digits of two scripts in one number ('2٢0'); with the number written in
one way (``in_one_way``). So is one written wholly in another Arabic-script language's
digits (Arabic's '٢٢٠٬٠٠٠' in a Persian story), with it in the language's own
(``in_own_digits``); digits 0-9 are any language's."""

from __future__ import annotations

import re
import unicodedata

from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from generator.content.contentfile import ContentFile
from generator.content.lint.where import warning
from generator.content.yamlnodes import Mapping, Scalar, Sequence
from generator.errors import Problem
from generator.i18n import languages
from generator.i18n.languages import ZEROS, Language

PLAIN_NUMBER = re.compile(r"(?P<sign>[+-]?)(?P<whole>\d+)(?:\.(?P<fraction>\d+))?")
"""A number as YAML reads one from digits, with a decimal point perhaps ('-12500', '18.20');
not '1e6', '0x1F' or '1_000', which no editor writes for readers."""

GROUPED_FROM = 10_000
"""The smallest whole part written with a thousands separator: one of four digits is
written without one in many languages (CLDR's minimum grouping), and a year ('2010')
never has one."""


def as_written_in(text: str, language: str, *, grouped: bool = False) -> str | None:
    """``text``, a number YAML read (``PLAIN_NUMBER``), as ``language`` writes it for
    readers: its decimal sign and, from ``GROUPED_FROM``, its thousands separator, in
    the digits 0-9 the editor typed (spaces plain: the pages keep such a number whole
    on its line), and below it too when ``grouped`` (as the editor grouped it); None for a
    language without a catalog or a text that is no such number."""
    found = PLAIN_NUMBER.fullmatch(text)
    spoken = languages.resolve(language)
    if found is None or spoken is None:
        return None
    whole = int(found["whole"])
    digits = format_decimal(
        whole, locale=spoken.locale, group_separator=grouped or whole >= GROUPED_FROM, numbering_system="latn"
    )
    if found["fraction"]:
        digits += get_decimal_symbol(spoken.locale, numbering_system="latn") + found["fraction"]
    return found["sign"] + re.sub(r"[\u00a0\u202f]", " ", digits)


ARABIC_GROUP, ARABIC_DECIMAL = "\u066c", "\u066b"
"""Arabic's thousands separator ('٬') and decimal separator ('٫'), which Arabic and
Persian write between their own digits."""

_ARABIC_ZEROS = ("\u0660", "\u06f0")
"""The zeros of Arabic's digits ('٠١٢...') and Persian's ('۰۱۲...')."""

_WRITTEN_NUMBER = re.compile(
    r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[,.\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*"
)
"""A number written in digits 0-9, Arabic's or Persian's, its digits perhaps grouped or
with decimals by a comma, a point or Arabic's separators."""


def _zero_of(digit: str) -> str:
    """The zero of ``digit``'s script: '0', '٠' or '۰'."""
    return chr(ord(digit) - unicodedata.decimal(digit))


LONGEST_NUMBER = 100
"""The most characters of a number ``in_one_way`` writes again: a longer run of digits
is no count a reader reads, and Python reads no whole number of more than 4,300 digits
(such a key number stopped ``check`` with a ValueError's traceback)."""


def in_one_way(number: str, spoken: Language) -> str | None:
    """``number`` (``_WRITTEN_NUMBER``) written in one way when it mixes two (see the
    module's words), else None: in its Arabic or Persian digits with Arabic's separators,
    or in 0-9 as ``spoken`` writes it (``_as_its_own``: in its own digits, where it
    writes Arabic's separators); digits of two scripts, in the language's own digits (0-9
    for one whose own are none of these); None for one longer than ``LONGEST_NUMBER``."""
    if len(number) > LONGEST_NUMBER:
        return None
    zeros = {_zero_of(c) for c in number if c.isdecimal()}
    separators = set(re.sub(r"\d", "", number))
    arabic = zeros <= set(_ARABIC_ZEROS)
    if len(zeros) == 1 and separators <= ({ARABIC_GROUP, ARABIC_DECIMAL} if arabic else {",", "."}):
        return None
    plain = _plain(languages.ascii_digits(number))
    if plain is None:
        return None
    fraction = plain.partition(".")[2]
    zero = zeros.pop() if len(zeros) == 1 else spoken.digits[0]
    if zero in _ARABIC_ZEROS:
        zero = _arabic_zero(spoken) or zero
    whole = int(plain.partition(".")[0])
    grouping = whole >= GROUPED_FROM or bool(separators & {",", ARABIC_GROUP})
    if zero not in _ARABIC_ZEROS:
        return _as_its_own(plain, spoken, grouping)
    grouped = f"{whole:,}".replace(",", ARABIC_GROUP) if grouping else str(whole)
    written = grouped + (ARABIC_DECIMAL + fraction if fraction else "")
    return written.translate({ord("0") + i: chr(ord(zero) + i) for i in range(10)})


def _arabic_zero(spoken: Language) -> str | None:
    """The zero of the Arabic-script digits ``spoken`` writes (CLDR's native numbering
    system: Persian's, Urdu's and Pashto's '۰', Arabic's '٠'), None for a language with
    none. A number typed in the other script's digits is told in these: a Persian
    editor's '٢٢٠,٠٠٠' (Arabic's digits, as an Arabic keyboard or source gives them) was
    told '٢٢٠٬٠٠٠' where Persian readers write '۲۲۰٬۰۰۰'."""
    native = spoken.locale.other_numbering_systems.get("native")
    return ZEROS[native] if native in ("arab", "arabext") else None


def _as_its_own(plain: str, spoken: Language, grouped: bool) -> str | None:
    """``plain``, a number in 0-9 that was written with Arabic's separators, as ``spoken``
    writes it: in its own number format (CLDR's, its digits and separators) where that
    has Arabic's separators, as Persian's '۲۲۰٬۰۰۰' and Egyptian Arabic's '٢٢٠٬٠٠٠' do
    (their '220,000' was told, which is neither what the editor meant nor what readers
    write); else in 0-9 (``as_written_in``), as Arabic ('ar'), Urdu and English write."""
    locale = spoken.locale
    if get_group_symbol(locale, numbering_system="default") != ARABIC_GROUP:
        return as_written_in(plain, spoken.tag, grouped=grouped)
    whole, _, fraction = plain.partition(".")
    written = format_decimal(int(whole), locale=locale, group_separator=grouped, numbering_system="default")
    if fraction:
        written += get_decimal_symbol(locale, numbering_system="default") + fraction
    return spoken.numerals(written)


def _plain(number: str) -> str | None:
    """``number`` (in digits 0-9) as a plain number ('220000.5'): Arabic's separators and
    a comma between groups of three are a thousands separator, a point and a comma before
    other than three digits a decimal one; None when that does not read as one number, or
    reads two ways ('1.000', German's thousand or English's one)."""
    parts = re.split(r"([,.\u066b\u066c])", number)
    digits, separators = parts[::2], parts[1::2]
    decimal = [i for i, sep in enumerate(separators) if sep in (".", ARABIC_DECIMAL)]
    if not decimal and separators == [","] and len(digits[1]) != 3:
        decimal = [0]  # '18,5': a comma before other than three digits is a decimal one
    if len(decimal) > 1 or (decimal and decimal[0] != len(separators) - 1):
        return None
    if separators == ["."] and len(digits[1]) == 3:
        return None
    groups = digits[1 : len(digits) - len(decimal)]
    if any(len(group) != 3 for group in groups):
        return None
    whole = "".join(digits[: len(digits) - len(decimal)])
    return whole + (f".{digits[-1]}" if decimal else "")


def in_own_digits(number: str, spoken: Language) -> str | None:
    """``number`` (``_WRITTEN_NUMBER``), written wholly in Arabic's or Persian's digits
    with Arabic's separators or none, in ``spoken``'s own Arabic-script digits
    (``_arabic_zero``) when those are the other script's, else None: Arabic's
    '٢٢٠٬٠٠٠' (as an Arabic source or keyboard gives it) in a Persian or Urdu story is
    '۲۲۰٬۰۰۰', Persian's '۲۲۰٬۰۰۰' in an Arabic one '٢٢٠٬٠٠٠'. The two differ in a
    few digits' shapes ('٤' '۴'), and a reader's search for the one finds not the other."""
    own = _arabic_zero(spoken)
    zeros = {_zero_of(c) for c in number if c.isdecimal()}
    if own is None or len(zeros) != 1 or not set(re.sub(r"\d", "", number)) <= {ARABIC_GROUP, ARABIC_DECIMAL}:
        return None
    zero = zeros.pop()
    if zero == own or zero not in _ARABIC_ZEROS:
        return None
    return number.translate({ord(zero) + i: chr(ord(own) + i) for i in range(10)})


def _numbers_in_one_way(text: str, language: str) -> tuple[str, bool] | None:
    """``text``, a key number's value, with each number in it that mixes two ways of
    writing numbers written in one (``in_one_way``) and each in another Arabic-script
    language's digits in the language's own (``in_own_digits``), and whether any number
    was mixed; None when no number is either."""
    spoken = languages.resolve(language)
    if spoken is None:
        return None
    mixed = False

    def mended(number: re.Match[str]) -> str:
        nonlocal mixed
        one_way = in_one_way(number.group(), spoken)
        mixed = mixed or one_way is not None
        return one_way or in_own_digits(number.group(), spoken) or number.group()

    written = _WRITTEN_NUMBER.sub(mended, text)
    return (written, mixed) if written != text else None


def _mixed_warning(node: Scalar, language: str) -> list[Problem]:
    """A warning at the key number ``node``, a text, when a number in it mixes two ways
    of writing numbers or is in another language's digits (``_numbers_in_one_way``),
    with its value written as the language writes it."""
    text = str(node.value)
    found = _numbers_in_one_way(text, language)
    if found is None:
        return []
    mended, mixed = found
    if not mixed:
        spoken = languages.resolve(language)
        own = _arabic_zero(spoken) if spoken is not None else None
        assert spoken is not None and own is not None  # in_own_digits gave an answer
        digits = "".join(chr(ord(own) + i) for i in range(10))
        return [
            warning(
                node.pos,
                f"key number '{text}' is written in another Arabic-script language's digits; "
                f"{spoken.locale.get_language_name('en')} writes its own ({digits}), "
                f'or 0-9: value: "{mended}"',
            )
        ]
    return [
        warning(
            node.pos,
            f"key number '{text}' mixes two ways of writing numbers (digits 0-9 with Arabic's "
            "separators '\u066c' '\u066b', Arabic's or Persian's digits with a comma or a point, "
            f'or digits of both), which no reader writes; write it one way: value: "{mended}"',
        )
    ]


_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)")
"""A number in digits 0-9 grouped by commas in threes ('150,000'), as English writes it."""


def _regrouped(text: str, language: str) -> str | None:
    """``text``, a key number's value, with each number grouped by commas in threes written
    as ``language`` groups it where that is otherwise with the same comma: Hindi, as India
    writes numbers, '1,50,000' for '150,000' (CLDR's pattern, the lakh and the crore);
    None when no number in it is so (and in a language whose separator is not a comma,
    where '150,000' may be a decimal number)."""
    spoken = languages.resolve(language)
    if spoken is None or get_group_symbol(spoken.locale, numbering_system="latn") != ",":
        return None

    def grouped(number: re.Match[str]) -> str:
        return format_decimal(int(number[0].replace(",", "")), locale=spoken.locale, numbering_system="latn")

    mended = _COMMA_GROUPED.sub(grouped, text)
    return mended if mended != text else None


def _regrouped_warning(node: Scalar, language: str) -> list[Problem]:
    """A warning at the key number ``node``, a text, whose numbers ``language`` groups
    otherwise (``_regrouped``): a Hindi page showed '150,000' where its readers write
    '1,50,000'."""
    text = str(node.value)
    mended = _regrouped(text, language)
    if mended is None:
        return []
    name = languages.resolve(language)
    assert name is not None  # _regrouped gave an answer
    return [
        warning(
            node.pos,
            f"key number '{text}' is shown as written; {name.locale.get_language_name('en')} "
            f'groups its digits otherwise: write value: "{mended}"',
        )
    ]


def key_numbers_as_read(file: ContentFile, language: str) -> list[Problem]:
    """A warning at each key number of story.yaml whose value is a bare number that
    ``language`` writes otherwise (``as_written_in``)."""
    root = file.root
    listed = root.items.get("key_numbers") if isinstance(root, Mapping) else None
    if listed is None or not isinstance(listed[1], Sequence):
        return []
    found = []
    for item in listed[1].items:
        value = item.items.get("value") if isinstance(item, Mapping) else None
        node = value[1] if value else None
        if isinstance(node, Scalar) and isinstance(node.value, str):
            found.extend(_mixed_warning(node, language) or _regrouped_warning(node, language))
        if (
            not isinstance(node, Scalar)
            or isinstance(node.value, bool)
            or not isinstance(node.value, (int, float))
        ):
            continue
        written = node.text.strip()
        readers = as_written_in(written, language)
        if readers is None or readers == written:
            continue
        name = languages.resolve(language)
        assert name is not None  # as_written_in gave an answer
        found.append(
            warning(
                node.pos,
                f"key number {written} is shown as written, '{written}'; "
                f"{name.locale.get_language_name('en')} writes it '{readers}': "
                f'write that, in quotes (value: "{readers}")',
            )
        )
    return found
