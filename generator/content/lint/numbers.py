"""A key number written as a bare number (``value: 1000000``, ``value: 18.2``) that the
story's language writes otherwise: the page shows the number as it was typed, so a
Ukrainian page read '1000000' and '18.2' where its readers write '1 000 000' and '18,2'.
Told as a warning with the number as the language writes it, to put in quotes; the page
is left as written, as a text value always is ('the number as it should be shown')."""

from __future__ import annotations

import re

from babel.numbers import format_decimal, get_decimal_symbol

from generator.content.contentfile import ContentFile
from generator.content.lint.where import warning
from generator.content.yamlnodes import Mapping, Scalar, Sequence
from generator.errors import Problem
from generator.i18n import languages

PLAIN_NUMBER = re.compile(r"(?P<sign>[+-]?)(?P<whole>\d+)(?:\.(?P<fraction>\d+))?")
"""A number as YAML reads one from digits, with a decimal point perhaps ('-12500', '18.20');
not '1e6', '0x1F' or '1_000', which no editor writes for readers."""

GROUPED_FROM = 10_000
"""The smallest whole part written with a thousands separator: one of four digits is
written without one in many languages (CLDR's minimum grouping), and a year ('2010')
never has one."""


def as_written_in(text: str, language: str) -> str | None:
    """``text``, a number YAML read (``PLAIN_NUMBER``), as ``language`` writes it for
    readers: its decimal sign and, from ``GROUPED_FROM``, its thousands separator, in
    the digits 0-9 the editor typed (spaces plain: the pages keep such a number whole
    on its line); None for a language without a catalog or a text that is no such number."""
    found = PLAIN_NUMBER.fullmatch(text)
    spoken = languages.resolve(language)
    if found is None or spoken is None:
        return None
    whole = int(found["whole"])
    digits = format_decimal(
        whole, locale=spoken.locale, group_separator=whole >= GROUPED_FROM, numbering_system="latn"
    )
    if found["fraction"]:
        digits += get_decimal_symbol(spoken.locale, numbering_system="latn") + found["fraction"]
    return found["sign"] + re.sub(r"[\u00a0\u202f]", " ", digits)


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
