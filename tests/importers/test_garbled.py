"""Text garbled through Windows-1252, read back as ftfy reads it."""

from __future__ import annotations

import ftfy  # a test dependency (pyproject.toml's 'test'): what the import's own reading is held to
import pytest

from generator.importers.garbled import as_meant

GARBLED_WORDS = [
    "À bientôt",
    "BP’s",
    "Café",
    "naïve",
    "Piñera",
    "São Paulo",
    "Zürich",
    "Łódź",
    "Ærø",
    "“talks”",
    "20°C",
    "£5m",
    "€40",
    "Dvořák",
    "Ελλάδα",
    "Київ",
    "Türkiye",
    "İstanbul",
    "東京",
    "…",
    "—",
    "½",
    "Ñandú",
    "Hà Nội",
    "مرحبا",
    "Iași",
    "ʻokina",
    "Cafe\u0301",  # its accent written apart (as macOS writes it)
    "Đà Nẵng",
    "שלום",
]
"""Words with letters of more than one byte in UTF-8, garbled as a sheet opened as
Windows-1252 and saved again shows them (``_garbled``)."""

LEFT_AS_WRITTEN = [
    "SÃO PAULO",
    "Café™",
    "Piñera",
    "ÂGE",
    "TÂCHE",
    "PÂTÉ",
    "naïve",
    "São Paulo",
    "20 °C",
    # A capital, or ß, before a quotation mark, an apostrophe or a dash shows as garbled
    # text would, and was mended into a letter of another alphabet: 'JOSɒS', '„Spaߓ',
    # '“PERڔ', '«ÉTɻ', 'CAFɗthe'.
    "JOSÉ’S CAFÉ",
    "Er sagte „Spaß“ dazu",
    "“PERÚ” wins",
    "«ÉTÉ»",
    "CAFÉ—the end",
    "café”…",
    "Dijo “SÍ” o “NO”",  # a combining mark U+0354, 'S͔'
    "„ADIÖ“",  # a Hebrew accent
    "Le CHÂ’S",  # a control character, U+0092
]
"""Cells that are not garbled text, though some have its letters."""


def _garbled(word: str) -> str:
    """``word`` as a sheet opened as Windows-1252 shows it: a byte Windows-1252 leaves
    without a letter (0x81, 0x8D, 0x8F, 0x90, 0x9D) as the control character of its
    number, as Excel shows it (the end of '”', of 'é' written apart, of Greek's 'Ε')."""
    return "".join(
        chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
        for byte in word.encode("utf-8")
    )


@pytest.mark.parametrize("word", GARBLED_WORDS)
def test_the_reading_of_garbled_text_agrees_with_ftfy(word: str) -> None:
    """The import mends text garbled through Windows-1252 itself (``garbled.as_meant``,
    narrower than ftfy's guesses, which also take a cell such as 'Ã la carte' for
    garbled): where ftfy, the library made for this, reads a garbled word back, the
    import reads it back the same."""
    garbled = _garbled(word)
    assert garbled != word
    assert ftfy.fix_encoding(garbled) == word
    assert as_meant(garbled) == word


@pytest.mark.parametrize("cell", LEFT_AS_WRITTEN)
def test_text_ftfy_leaves_alone_is_left_alone(cell: str) -> None:
    assert ftfy.fix_encoding(cell) == cell
    assert as_meant(cell) is None


def test_a_quotation_mark_on_its_own_says_the_text_is_as_written() -> None:
    # In garbled text a quotation mark is garbled too ('“' shows as 'â€œ'): one on its
    # own says the cell was written as it is. 'IRMÃ' (Portuguese capitals) before its
    # closing mark was read as 'IRMÔ', ftfy's reading too.
    assert as_meant("Ela disse “IRMÃ”") is None
    assert as_meant("Ela disse â€œIRMÃƒâ€\x9d") == "Ela disse “IRMÃ”"  # garbled whole: read back
