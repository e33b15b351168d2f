"""Text garbled through Windows-1252, read as it was meant.

A CSV saved in UTF-8 without a byte-order mark and opened in Excel is read as
Windows-1252: 'é' shows as 'Ã©', '’' as 'â€™', and saving it again keeps the garbled
text. The import mends a cell whose garbled runs are exactly that reading of real
characters, and leaves alone text that only looks so ('SÃO PAULO', '“SÍ”'); the
reading is held to ftfy's by the tests.
"""

from __future__ import annotations

import re
import unicodedata

_FOLLOWING = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)
"""What Windows-1252 shows of a byte that follows the first of a character's UTF-8."""

_GARBLED = re.compile(f"[\u00c2-\u00f4]{_FOLLOWING}{{1,3}}")
"""A character of more than one byte in UTF-8 as shown when its bytes are read as
Windows-1252: the first byte's letter ('Ã', 'â', 'Â') and the others' ('©', '€', '™'):
'é' shows as 'Ã©', '’' as 'â€™'. Excel opening a CSV saved in UTF-8 without a byte-order
mark reads it so, and saves the garbled text back as 'CSV UTF-8'."""


_UNASSIGNED = frozenset("\x81\x8d\x8f\x90\x9d")
"""The bytes Windows-1252 leaves without a letter, shown as the control characters of their number."""


def as_meant(cell: str) -> str | None:
    """``cell`` with each garbled character (``_GARBLED``) read as the one it was, when
    its letters are exactly the Windows-1252 reading of that character's UTF-8; None
    when there is none ('SÃO PAULO', 'Ã la carte' are not garbled: no run decodes), or
    when one would be a letter out of place (``_out_of_place``): the cell is then text
    as written whose capital letter stands before a quotation mark or a dash ('JOSÉ’S'
    is not 'JOSɒS', nor '„Spaß“' '„Spaߓ')."""
    if not _GARBLED.search(cell):
        return None
    parts: list[tuple[str, bool]] = []  # the cell's pieces, and whether each was mended
    at = 0
    for run in _GARBLED.finditer(cell):
        read = _read_as_utf8(run[0])
        parts += [(cell[at : run.start()], False), (run[0], False) if read is None else (read, True)]
        at = run.end()
    parts.append((cell[at:], False))
    fixed = "".join(part for part, _ in parts)
    if fixed == cell or any(_STRAY.search(part) for part, mended in parts if not mended):
        # Nothing garbled; or a quotation mark, a dash... on its own, which garbled text
        # has only after a first byte's letter: text as written ('“SÍ”', '«ÉTÉ»').
        return None
    start = 0
    for part, mended in parts:
        end = start + len(part)
        if mended and _out_of_place(part, fixed[start - 1 : start] if start else "", fixed[end : end + 1]):
            return None
        start = end
    return fixed


_STRAY = re.compile(_FOLLOWING)


def _read_as_utf8(run: str) -> str | None:
    """The character whose UTF-8 ``run`` shows read as Windows-1252; None if none."""
    try:
        # The five bytes Windows-1252 leaves without a letter (0x81, 0x8D, 0x8F, 0x90,
        # 0x9D: the end of '”' among them) are shown as the control characters of their number.
        data = b"".join(bytes([ord(c)]) if c in _UNASSIGNED else c.encode("cp1252") for c in run)
        return data.decode("utf-8")
    except UnicodeError:
        return None


def _out_of_place(read: str, before: str, after: str) -> bool:
    """Whether ``read``, a run read back, is a letter of no Latin alphabet (IPA's, Arabic's,
    N'Ko's, a Chinese character: from U+0250 on, but for Vietnamese's letters and the
    modifier letters such as Hawaiian's 'ʻ'), or a mark other than the accents a letter
    written apart takes (U+0300 to U+033F: 'é' as 'e' and its accent), beside a letter of
    English's alphabet: a garbled word of another script is garbled whole, and reads back
    whole ('“SÍ”' is not '“S' and a mark U+0354)."""
    if any(unicodedata.category(c) == "Cc" for c in read):
        return True  # a control character ('Â’' as U+0092), which no text holds
    foreign = any(
        (c >= "\u0250" and not "\u1e00" <= c <= "\u1eff" and kind.startswith("L") and kind != "Lm")
        or (kind.startswith("M") and not "\u0300" <= c <= "\u033f")
        for c in read
        for kind in (unicodedata.category(c),)
    )
    return foreign and any(c.isascii() and c.isalpha() for c in before + after)


def garbled_word(cell: str) -> tuple[str, str]:
    """The first word of ``cell`` that ``as_meant`` mends, as written and as meant: what
    a report quotes, where the cell's first words may have nothing garbled."""
    run = _GARBLED.search(cell)
    start = 0 if run is None else cell.rfind(" ", 0, run.start()) + 1
    end = len(cell) if run is None or (space := cell.find(" ", run.end())) < 0 else space
    word = cell[start:end]
    return word, as_meant(word) or word
