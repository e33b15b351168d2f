"""Social cards: the picture a shared link shows for a story without a lead picture.

Drawn at build time with Pillow, 1200 x 630 pixels (the size social sites show large):
the story's title, as large as fits in four lines, and the site's name, in fonts that are
bundled (``data/fonts/``, with their licences), so every machine draws the same card.
DejaVu Sans Bold draws Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic;
Noto Sans Bold the letters of Hindi, Bengali, Tamil, Telugu and Thai, and those of Urdu and its
Arabic letters where DejaVu lacks one ('ے', 'ہ'), and Noto Sans CJK Bold, cut
to each language's common characters, those of Chinese (simplified and traditional),
Japanese and Korean (``FONTS``). Each character is drawn with the first font that has it
(``Lettering``), the Chinese, Japanese or Korean face of the story's language first, so
that a Japanese title gets Japanese forms of the characters the languages share, and at
the size whose letters look as large as DejaVu's beside them (``matched_size``). A title
with a letter none of them has (Khmer, Sinhala, a rare character) is left off rather than
drawn as empty boxes, and the card shows the site's name alone (a site's name they cannot
draw either leaves the story without a card: ``drawn``). Emoji and other symbols they
lack are left out of the line they are in. Letters that change shape and order with their
neighbours (Arabic, Hebrew, the Indic scripts, Thai) are laid out by Pillow's text layout
(libraqm), which needs the FriBiDi library of the machine that builds: where it is
missing, such a text is left off too, as Pillow would draw it letter by letter
(``can_lay_out``).
"""

from __future__ import annotations

import functools
import io
import itertools
import os
import re
import unicodedata
from typing import TYPE_CHECKING, Protocol, cast

from generator.i18n.languages import reads_right_to_left
from generator.patterns import later

if TYPE_CHECKING:
    from PIL import ImageDraw, ImageFont

Colour = tuple[int, int, int]

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FONTS_FOLDER = os.path.join(os.path.dirname(__file__), "data", "fonts")
FONT = os.path.join(FONTS_FOLDER, "DejaVuSans-Bold.ttf")
"""The card's first font: the one whose lines every card has been laid out by."""
SCRIPT_FONTS = tuple(
    os.path.join(FONTS_FOLDER, f"NotoSans{script}-Bold.ttf")
    for script in ("Devanagari", "Tamil", "Telugu", "Thai", "Bengali")
)
ARABIC_FONT = os.path.join(FONTS_FOLDER, "NotoSansArabic-Bold.ttf")
"""The Arabic letters of Urdu (and of other languages written in them) DejaVu lacks:
'ہ', 'ے', the full stop '۔'. Only a right-to-left text DejaVu cannot draw whole looks
in it (``fonts_for``): every other Arabic, Persian or Hebrew title is DejaVu's alone."""
HAN_FONTS = {
    region: os.path.join(FONTS_FOLDER, f"NotoSansCJK{region}-Bold.subset.otf")
    for region in ("sc", "tc", "jp", "kr")
}
"""Noto Sans CJK's faces by the region whose forms of the characters they draw."""
HAN_REGIONS = {"zh_Hans": "sc", "zh_Hant": "tc", "ja": "jp", "ko": "kr"}
"""The face a story's language (its catalog's name) puts first."""
FONTS = (FONT, *SCRIPT_FONTS, ARABIC_FONT, *HAN_FONTS.values())
"""Every font a card may be drawn with; their digests are in ``DIGESTS`` (the picture
cache's key reads that, not 8 MB of fonts a build)."""
DIGESTS = os.path.join(FONTS_FOLDER, "SHA256SUMS")
BACKGROUND = (11, 37, 69)
"""A deep newsroom blue; the text is white and a pale blue, above AA contrast."""
TITLE_COLOUR = (255, 255, 255)
SITE_COLOUR = (190, 212, 240)
ACCENT = (255, 191, 71)
"""The theme's focus yellow, as a rule above the site's name."""
TITLE_SIZES = (76, 68, 60, 54, 48, 42)
SITE_SIZE = 34
MAX_LINES = 4
SHOWN_CHARACTERS = 1000
"""The most characters of a text a card looks at: more than its lines can show (the
narrowest character the font draws with a width is 7 pixels wide at the smallest size, so
the five lines ``wrap`` works out hold at most 740 of them; a title padded with joiners or
combining marks, which take no room, may lose some of its end). Laying a text out takes
time in proportion to its length, and far more for some texts than others (each change
of script or direction is a run of its own to shape: a word of 10,000 letters alternating
Latin and Greek took 19 s to draw), so a title of 100,000 letters would keep a build busy
for minutes."""


def _font(size: int) -> ImageFont.FreeTypeFont:
    return _loaded(FONT, size)


@functools.cache
def _loaded(path: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


@functools.cache
def _looked_up(path: str) -> ImageFont.FreeTypeFont:
    """The font at ``path`` laid out plainly, a character to a glyph: what it has. (Complex
    layout draws a lone vowel sign on a dotted circle, which DejaVu has, so a font
    without a single Thai or Devanagari letter seemed to have their vowel signs.)"""
    from PIL import ImageFont

    return ImageFont.truetype(path, TITLE_SIZES[0], layout_engine=ImageFont.Layout.BASIC)


@functools.cache
def _missing(path: str) -> tuple[tuple[int, int], bytes]:
    """How the font at ``path`` draws a character it does not have (its empty box), and
    the size of that drawing (Noto Sans CJK's box is blank: a space drew the same bytes)."""
    return _drawing(path, "\U000f0000")


def _drawing(path: str, ch: str) -> tuple[tuple[int, int], bytes]:
    mask = _looked_up(path).getmask(ch)
    return mask.size, bytes(mask)


@functools.cache
def _has(path: str, ch: str) -> bool:
    """Whether the font at ``path`` has ``ch`` (draws it otherwise than its empty box).
    What joins or selects (``IGNORED``) is never drawn, so every font has it."""
    return ch in IGNORED or _drawing(path, ch) != _missing(path)


IGNORED = frozenset("\u200c\u200d" + "".join(map(chr, range(0xFE00, 0xFE10))))
"""The joiners and the variation selectors: they change how the characters around them
are drawn and have no shape of their own."""


def fonts_for(text: str, language: str = "") -> tuple[str, ...]:
    """The fonts ``text`` may be drawn with, in the order each character looks for one:
    DejaVu first, then the Indic and Thai fonts, then the CJK faces, that of ``language``
    (a story's language tag) first. A text with right-to-left letters is laid out whole by
    one font, DejaVu's, as every card's was; one with a letter DejaVu lacks (an Urdu
    title's 'ے' or 'ہ') by DejaVu and Noto Sans Arabic, whose runs a line puts in the
    order they are read (``_pieces``)."""
    if any(map(_right_to_left_letter, text)):
        if any(essential(ch) for ch in lacking(text)):
            return (FONT, ARABIC_FONT)
        return (FONT,)
    first = han_region(language)
    han = sorted(HAN_FONTS, key=lambda region: region != first)  # stable: the others in order
    return (FONT, *SCRIPT_FONTS, *(HAN_FONTS[region] for region in han))


def han_region(language: str) -> str:
    """The CJK face a story in ``language`` is drawn with first: 'jp' for Japanese; ''
    for a language that is none of Chinese, Japanese and Korean."""
    if not language:
        return ""
    from generator.i18n.languages import written_in

    return HAN_REGIONS.get(written_in(language).catalog, "")


def lacking(text: str, fonts: tuple[str, ...] = (FONT,)) -> list[str]:
    """The visible characters of ``text`` none of ``fonts`` has, in text order, once each."""
    # Each character is drawn to be compared (a title of 100,000 different ones took
    # seconds): what lies past what a card shows is never drawn, so never asked about.
    shown = text[:SHOWN_CHARACTERS]
    return [
        ch for ch in dict.fromkeys(shown) if not ch.isspace() and not any(_has(path, ch) for path in fonts)
    ]


def clusters(text: str) -> list[str]:
    """``text``'s characters, each with the marks and joiners that follow it."""
    found: list[str] = []
    for ch in text:
        if found and _attaches(ch):
            found[-1] += ch
        else:
            found.append(ch)
    return found


def _attaches(ch: str) -> bool:
    """Whether ``ch`` belongs with the character before it, drawn by its font: a mark on a
    letter, a joiner, a variation selector (a Devanagari syllable split between two fonts
    would lose its shape). Thai's sara am ('ำ') is a letter to Unicode's categories, but
    a vowel sign of the consonant before it to its rules of clusters."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in IGNORED or ch == SARA_AM


SARA_AM = "\u0e33"


MATCHED_HEIGHTS = {
    SCRIPT_FONTS[0]: ("\u0915", "H"),  # क
    SCRIPT_FONTS[1]: ("\u0b95", "x"),  # க
    SCRIPT_FONTS[2]: ("\u0c05", "o"),  # అ
    SCRIPT_FONTS[3]: ("\u0e01", "o"),  # ก
    SCRIPT_FONTS[4]: ("\u0995", "H"),  # ক
    ARABIC_FONT: ("\u0627", "\u0627"),  # ا
    **{path: ("H", "H") for path in HAN_FONTS.values()},
}
"""For each font besides DejaVu, a letter of its own and the letter of DejaVu's that
are drawn as tall as each other (``matched_size``). Devanagari's and Bengali's letters
hang from a headline that tops them as a capital's top does: 'क' and 'ক' stand as high
as 'H'. The
bodies of Tamil, Telugu and Thai letters, with their ascenders and marks beyond them,
are as Latin's lowercase: 'க' (its top flat, as the 'ப' beside it) as high as 'x';
Thai's 'ก', whose top is round and overshoots as an 'o' does (its flat-topped 'น' is
2.4 % lower), as high as 'o'; and 'అ' (without the tick most Telugu letters wear) as
high as 'o' too: Telugu's bodies are round above and below, every one of them ('అ',
'బ', 'ల', 'ఒ' reach 500 units at a size of 1000, and dip 12 below the baseline as
DejaVu's 'o' dips 14), so their tops are where a flat top overshoots to. Matched with
'x', Thai and Telugu were drawn 2.4 to 3 % smaller than the Latin beside them, every
letter a pixel short; Noto's Tamil, at DejaVu's size, is 3 % taller than its lowercase, flat and
round tops alike, and stays drawn 3 % smaller. Noto's Arabic 'ا' stands as high as
DejaVu's. Noto Sans CJK has Latin capitals of its own, designed to go beside its
characters: its 'H' as high as DejaVu's."""


@functools.cache
def matched_size(path: str, size: int) -> int:
    """The size the font at ``path`` is drawn at beside DejaVu at ``size``, so that their
    letters look the same size (``MATCHED_HEIGHTS``): at the same size, Noto's Devanagari
    headline is 15 % lower than DejaVu's capitals and Telugu's bodies 9 % shorter than
    its x-height, and a word in them looked a size smaller than the Latin beside it.
    Measured at each size, as drawn."""
    if path not in MATCHED_HEIGHTS:
        return size
    own, dejavu = MATCHED_HEIGHTS[path]
    return round(size * _height(FONT, dejavu, size) / _height(path, own, size))


def _height(path: str, letter: str, size: int) -> float:
    """How far ``letter`` stands above the baseline in the font at ``path``, in pixels."""
    return -_loaded(path, size).getbbox(letter, anchor="ls")[1]


class Measure(Protocol):
    """What lines are measured with: a font, or a card's fonts at one size."""

    @property
    def size(self) -> float: ...

    def getlength(self, text: str) -> float: ...


class Lettering:
    """The fonts a text is drawn with at one size (``fonts_for``): each character by the
    first that has it, a character that is no letter (a space, a digit, a comma) by the
    font of the letters before it when that font has it too, and a mark by its letter's,
    so that a line is a few runs of one font each (``runs``)."""

    def __init__(self, paths: tuple[str, ...], size: int) -> None:
        self.paths = paths
        self.scripts_first = (
            *(p for p in paths if p in SCRIPT_FONTS or p == ARABIC_FONT),
            *(p for p in paths if p not in SCRIPT_FONTS and p != ARABIC_FONT),
        )
        self.size = size
        self.first = _loaded(paths[0], size)
        self.lengths: dict[tuple[str, ImageFont.FreeTypeFont], float] = {}

    def runs(self, text: str) -> list[tuple[str, ImageFont.FreeTypeFont]]:
        """``text`` in runs of one font each, in text order: each character with the
        marks and joiners after it (``clusters``) drawn by the first font that has them
        all (else the first that has the character), and one that is no letter by the
        font of the run before when that font has it."""
        runs: list[tuple[str, str]] = []
        for cluster in clusters(text):
            letter = unicodedata.category(cluster[0]).startswith("L")
            if runs and not letter and all(_has(runs[-1][1], ch) for ch in cluster):
                runs[-1] = (runs[-1][0] + cluster, runs[-1][1])
                continue
            # A Thai or Indic letter looks in its script's fonts first, that a word be drawn
            # in one style wherever DejaVu has one of its characters. Thai's currency sign
            # '฿', which DejaVu has, is no letter: a title that opens with it ('฿100 price')
            # is drawn by DejaVu alone, as every card before the other fonts drew it. An
            # Arabic letter of a title that needs Noto's Arabic is Noto's, that a word be
            # joined up in one font.
            shaped = _SHAPED.match(cluster[0]) or _ARABIC_LETTER.match(cluster[0])
            order = self.scripts_first if letter and shaped else self.paths
            path = next(
                (p for p in order if all(_has(p, ch) for ch in cluster)),
                next((p for p in order if _has(p, cluster[0])), self.paths[0]),
            )
            if runs and runs[-1][1] == path:
                runs[-1] = (runs[-1][0] + cluster, path)
            else:
                runs.append((cluster, path))
        return [(run, _loaded(path, matched_size(path, self.size))) for run, path in runs]

    def getlength(self, text: str) -> float:
        return sum(self._length(run, font) for run, font in self.runs(text))

    def _length(self, run: str, font: ImageFont.FreeTypeFont) -> float:
        """``run``'s width in ``font``, measured once: a line is measured again and again
        as it is filled, and a title that changes font at every letter ('aक' * 5000) is
        runs of a letter or two, the same few over and over."""
        key = (run, font)
        if key not in self.lengths:
            self.lengths[key] = font.getlength(run)
        return self.lengths[key]


def essential(ch: str) -> bool:
    """Whether a title without ``ch`` would say less: a letter, a digit, a mark on a
    letter. An emoji, a flag or another symbol (and what joins them) is decoration, and so
    is a mark that encloses what it follows (the keycap of '1️⃣', a circle), which the
    fonts lack: it took the whole title off the card."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category in ("Mn", "Mc")


def shown_title(title: str) -> str:
    """``title`` as its card draws it: without the emoji and symbols its fonts lack
    (a volcano's 🌋 took the whole title off the card); '' when they lack a letter (a
    Sinhala title is left off rather than drawn as empty boxes) or when this machine
    cannot lay it out (``can_lay_out``)."""
    return title if title.isascii() else _shown(title)


JOINERS = frozenset("\u200d\ufe0e\ufe0f")
"""What joins emoji into one (a family, a flag) or chooses how one is drawn: left out
with the emoji, or a gap stays where they were."""


def can_lay_out(text: str) -> bool:
    """Whether this machine draws ``text`` as it is read: a text with right-to-left
    letters, or in a script whose letters change shape and order with their neighbours,
    needs Pillow's complex text layout. Without it, Pillow draws a title in Arabic letter
    by letter from the left, unjoined, and a Hindi one with its vowel signs after the
    consonants they go before: a reader sees gibberish."""
    return _complex_layout() or not any(_right_to_left_letter(ch) or _SHAPED.match(ch) for ch in text)


_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SHAPED = re.compile("[\u0900-\u09ff\ua8e0-\ua8ff\u0b80-\u0bff\u0c00-\u0c7f\u0e00-\u0e7f]")
"""The letters of the Indic scripts and Thai the card's fonts draw (Devanagari and its
extension, Bengali, Tamil, Telugu, Thai), which only complex layout puts together."""


def _complex_layout() -> bool:
    """Whether Pillow has its complex text layout (libraqm, with the system's FriBiDi):
    asked each time, as cheaply as a look-up, so that a test can say it has not."""
    from PIL import features

    return bool(features.check_feature("raqm"))


def _shown(text: str) -> str:
    # Cut first: the letters looked up in the fonts (``lacking``) are those drawn.
    text = text[:SHOWN_CHARACTERS]
    if not can_lay_out(text):
        return ""
    missing = lacking(text, fonts_for(text))
    if any(essential(ch) for ch in missing):
        return ""
    return " ".join(words("".join(ch for i, ch in enumerate(text) if not _dropped(text, i, missing))))


def _dropped(text: str, i: int, missing: list[str]) -> bool:
    """Whether ``text[i]`` is left out of a card whose fonts lack ``missing``: a character
    they lack, and, when they lack any, a joiner that joins emoji or symbols. A joiner
    after a letter or its mark is part of a word ('क्\u200dष', the half form of क, where
    'क्ष' is another letter) and stays."""
    ch = text[i]
    if ch in missing:
        return True
    if not missing or ch not in JOINERS:
        return False
    before = text[i - 1] if i else ""
    return not (before and unicodedata.category(before)[0] in "LM" and before not in IGNORED)


def title_drawn(title: str) -> bool:
    """Whether a card would show ``title`` (its fonts have every letter of it)."""
    return bool(shown_title(title))


def site_name_drawn(site_title: str) -> bool:
    """Whether a card would show the site's name ``site_title`` (its fonts have every
    letter of it)."""
    return bool(_shown(site_title))


def drawn(title: str, site_title: str) -> bool:
    """Whether a card would show anything: its title or its site's name. One that shows
    neither (a Sinhala title on a site with a Sinhala name) is an empty blue box, which a
    shared link had better go without (``content/pictures.py`` draws none)."""
    return title_drawn(title) or site_name_drawn(site_title)


def missing_letter(title: str) -> str | None:
    """The first letter of ``title`` its card's fonts lack, if any."""
    return next((ch for ch in lacking(title, fonts_for(title)) if essential(ch)), None)


def _right_to_left_letter(ch: str) -> bool:
    """Whether ``ch`` is a letter written from right to left (Hebrew's, Arabic's)."""
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _x(line: str, font: ImageFont.FreeTypeFont, rtl: bool) -> float:
    """Where a line starts: at the left margin, or (right to left) so that it ends at the right one."""
    return WIDTH - MARGIN - font.getlength(line, direction=_direction(rtl)) if rtl else MARGIN


def lettering(text: str, size: int, language: str = "") -> ImageFont.FreeTypeFont | Lettering:
    """What ``text`` is measured and drawn with at ``size``: DejaVu alone when it has
    every character (every card before the other fonts came, drawn as it was), else the
    fonts it needs, in ``language``'s order (``fonts_for``)."""
    # Only what a card can show is looked at, as ``wrap`` reads no further: sorting an
    # ASCII title of a million letters into runs took more than a minute.
    shown = text[:SHOWN_CHARACTERS]
    fonts = Lettering(fonts_for(shown, language), size)
    return fonts.first if all(font is fonts.first for _, font in fonts.runs(shown)) else fonts


def line_levels(text: str, lines: list[str], rtl: bool) -> list[list[int]]:
    """The bidirectional levels of each of ``lines``' characters (``bidi_levels``), the
    lines ``wrap`` broke ``text`` into (at its spaces, or inside a word), resolved in the
    whole of ``text``; the last line, when ``fit`` shortened it and ended it in an
    ellipsis, in the text as the card shows it."""
    found: list[list[int]] = []
    whole = bidi_levels(text, rtl) if any(map(_right_to_left_letter, text)) else [int(rtl)] * len(text)
    at = 0
    for line in lines:
        while text.startswith(" ", at) and not line.startswith(" "):
            at += 1
        if text.startswith(line, at):
            found.append(whole[at : at + len(line)])
            at += len(line)
        else:  # the last line, shortened: its text read up to the ellipsis
            found.append(bidi_levels(text[:at] + line, rtl)[at:])
    return found


def _draw(
    draw: ImageDraw.ImageDraw,
    y: int,
    line: str,
    font: Measure,
    rtl: bool,
    fill: Colour,
    levels: list[int] | None = None,
) -> None:
    """Draw ``line`` with its top at ``y``: a line of one font as every card's lines
    were drawn; a line of several fonts run by run, on the first font's baseline, ending
    at the right margin for a right-to-left story. A line with right-to-left letters is
    drawn in pieces, in the order ``levels`` (its characters' levels in the whole text,
    ``bidi_levels``; the line's own without them, a line of one font then as it always
    was) put them in."""
    if not isinstance(font, Lettering) and not (levels and any(map(_right_to_left_letter, line))):
        one = cast("ImageFont.FreeTypeFont", font)
        draw.text((_x(line, one, rtl), y), line, font=one, fill=fill, direction=_direction(rtl))
        return
    first = font.first if isinstance(font, Lettering) else cast("ImageFont.FreeTypeFont", font)
    baseline = y + first.getmetrics()[0]
    if any(map(_right_to_left_letter, line)):
        # A right-to-left line of DejaVu alone too: Pillow's layout reads each line as a
        # text of its own, and a year in brackets that starts one was read from the left.
        runs = font.runs(line) if isinstance(font, Lettering) else [(line, first)]
        pieces = _pieces(runs, levels or bidi_levels(line, rtl), rtl)
        x = WIDTH - MARGIN - sum(width for *_, width in pieces) if rtl else MARGIN
        for text, run_font, right_to_left, width in pieces:
            draw.text(
                (x, baseline),
                text,
                font=run_font,
                fill=fill,
                anchor="ls",
                direction=_direction(right_to_left),
            )
            x += width
        return
    assert isinstance(font, Lettering)
    x = WIDTH - MARGIN - font.getlength(line) if rtl else MARGIN
    for run, run_font in font.runs(line):
        draw.text((x, baseline), run, font=run_font, fill=fill, anchor="ls", direction=_direction(False))
        x += run_font.getlength(run)


Piece = tuple[str, "ImageFont.FreeTypeFont", bool, float]
"""A part of a line drawn in one go: its text, font, whether right to left, and width."""


def _pieces(runs: list[tuple[str, ImageFont.FreeTypeFont]], levels: list[int], rtl: bool) -> list[Piece]:
    """A line's ``runs`` of one font each (in the order they are read) as the pieces they
    are drawn in, from the left: its characters of one font and one level (``levels``,
    one a character) each a piece, laid out in the direction of its level, then the
    pieces reordered as the Unicode bidirectional algorithm reorders a line (its rule
    L2): from the highest level to the lowest odd one, each stretch of pieces at that
    level or above is turned round. Spaces at the line's end are at the line's level
    (rule L1)."""
    text = "".join(run for run, _ in runs)
    levels = list(levels[: len(text)])
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
        levels[end] = int(rtl)
    parts: list[tuple[str, ImageFont.FreeTypeFont, int]] = []
    at = 0
    for run, run_font in runs:
        for ch, level in zip(run, levels[at : at + len(run)], strict=True):
            if parts and parts[-1][1] is run_font and parts[-1][2] == level:
                parts[-1] = (parts[-1][0] + ch, run_font, level)
            else:
                parts.append((ch, run_font, level))
        at += len(run)
    highest = max((level for *_, level in parts), default=0)
    lowest_odd = min((level for *_, level in parts if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(parts):
            if parts[i][2] < level:
                i += 1
                continue
            j = i
            while j < len(parts) and parts[j][2] >= level:
                j += 1
            parts[i:j] = parts[i:j][::-1]
            i = j
    return [
        (part, run_font, bool(level % 2), run_font.getlength(part, direction=_direction(bool(level % 2))))
        for part, run_font, level in parts
    ]


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """The level of each character of ``text``, a paragraph read right to left with
    ``rtl``, as the Unicode bidirectional algorithm resolves it (rules W1 to W7, N0 to
    N2, I1 and I2; a title has no embeddings or isolates, whose marks count as neutral):
    even read from the left, odd from the right. Resolved over the whole title, not a
    line at a time, so that a number or a bracket at the start of a line is read with the
    letters that end the line before: a year in brackets ('(2024)') after Urdu words that
    a line break puts first was read from the left, at the line's left end."""
    base = int(rtl)
    sos = "R" if rtl else "L"
    kinds = [_bidi_class(ch) for ch in text]
    # W1: a mark takes the class of what it is on.
    for i, kind in enumerate(kinds):
        if kind == "NSM":
            kinds[i] = kinds[i - 1] if i else sos
    # W2, W3: a European number after Arabic letters is an Arabic one; Arabic letters are R.
    strong = sos
    for i, kind in enumerate(kinds):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            kinds[i] = "AN"
    kinds = ["R" if kind == "AL" else kind for kind in kinds]
    # W4: one separator between two numbers of a kind joins them ('1,000', '3.5').
    for i in range(1, len(kinds) - 1):
        before, after = kinds[i - 1], kinds[i + 1]
        if kinds[i] == "ES" and before == after == "EN":
            kinds[i] = "EN"
        elif kinds[i] == "CS" and before == after and before in ("EN", "AN"):
            kinds[i] = before
    # W5: currency and percent signs beside a European number are part of it.
    for i, kind in enumerate(kinds):
        if kind == "EN":
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(kinds) and kinds[j] == "ET":
                    kinds[j] = "EN"
                    j += step
    # W6, W7: other separators are neutral; a European number after Latin letters is L.
    kinds = ["ON" if kind in ("ES", "ET", "CS") else kind for kind in kinds]
    strong = sos
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[i] = "L"
    _resolve_brackets(text, kinds, sos)
    # N1, N2: neutrals between two of a direction (numbers read as R) take it, others the
    # paragraph's.
    direction = ["R" if kind in ("R", "EN", "AN") else kind for kind in kinds]
    i = 0
    while i < len(kinds):
        if direction[i] in ("L", "R"):
            i += 1
            continue
        j = i
        while j < len(kinds) and direction[j] not in ("L", "R"):
            j += 1
        before = direction[i - 1] if i else sos
        after = direction[j] if j < len(kinds) else sos
        for k in range(i, j):
            kinds[k] = before if before == after else sos
        i = j
    # I1, I2: levels from the resolved classes.
    if base:
        return [2 if kind in ("L", "EN", "AN") else 1 for kind in kinds]
    return [1 if kind == "R" else 2 if kind in ("EN", "AN") else 0 for kind in kinds]


def _bidi_class(ch: str) -> str:
    """``ch``'s bidirectional class, the explicit formatting marks (a title has none that
    the card honours) and what else is not L, R, AL, a number's, a separator or a mark
    counted as a neutral."""
    kind = unicodedata.bidirectional(ch)
    return kind if kind in ("L", "R", "AL", "EN", "AN", "ES", "ET", "CS", "NSM") else "ON"


BRACKETS = {"(": ")", "[": "]", "{": "}", "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d"}
"""The paired brackets a title's are looked for among (rule N0): ASCII's and their
full-width forms."""


def _resolve_brackets(text: str, kinds: list[str], sos: str) -> None:
    """Give each pair of brackets in ``text`` a direction (rule N0): that of the
    paragraph (``sos``) when it is of a letter inside them, else the other of a letter
    inside them when the letters before the pair are of that direction too; left neutral
    when there is no letter inside. Numbers count as right to left."""
    pairs: list[tuple[int, int]] = []
    openings: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if kinds[i] != "ON":
            continue
        if ch in BRACKETS:
            if len(openings) == 63:
                break
            openings.append((BRACKETS[ch], i))
        else:
            match = next((k for k in range(len(openings) - 1, -1, -1) if openings[k][0] == ch), None)
            if match is not None:
                pairs.append((openings[match][1], i))
                del openings[match:]
    for opening, closing in sorted(pairs):
        inside = {_strong_kind(kind) for kind in kinds[opening + 1 : closing]} - {None}
        if not inside:
            continue
        if sos in inside:
            found = sos
        else:
            before = next((d for d in map(_strong_kind, reversed(kinds[:opening])) if d is not None), sos)
            found = before if before in inside else sos
        kinds[opening] = kinds[closing] = found
        for i in (opening, closing):
            j = i + 1
            while j < len(text) and unicodedata.bidirectional(text[j]) == "NSM":
                kinds[j] = found
                j += 1


def _strong_kind(kind: str) -> str | None:
    """The direction a resolved class counts as beside brackets: numbers as R."""
    return "R" if kind in ("R", "EN", "AN") else "L" if kind == "L" else None


def _direction(rtl: bool) -> str | None:
    """The direction a line of the title is laid out in: the whole title's. Left to
    itself, Pillow's layout takes each line's direction from that line's first letter,
    and the line of an Arabic title that starts with a Latin name was laid out left to
    right ("Jean-Marc Duval يستقيل", its verb read before its subject). Only complex
    layout (``_complex_layout``) takes a direction; without it nothing right to left is
    drawn (``can_lay_out``)."""
    if not _complex_layout():
        return None
    return "rtl" if rtl else "ltr"


NO_BREAK = "\u00a0\u2007\u202f"
"""The spaces a line never breaks at (no-break, figure and narrow no-break: French sets
them before ':' and inside « »), which ``str.split`` would split words at."""
_BREAKS = re.compile(rf"[^\S{NO_BREAK}]+")


def words(text: str) -> list[str]:
    """``text``'s words, split at the spaces a line may break at, and not at ``NO_BREAK``."""
    return [word for word in _BREAKS.split(text) if word]


def wrap(text: str, font: Measure, width: int, most: int) -> list[str]:
    """The first ``most`` lines of ``text`` no wider than ``width`` pixels, broken
    between words (a word wider than a line is broken where it must be), and one more
    when the text goes on. Only those are worked out: a title of thousands of letters
    takes as long as a short one."""
    lines: list[str] = []
    line = ""
    for word in words(text[:SHOWN_CHARACTERS]):
        candidate = f"{line} {word}" if line else word
        if not _wider(candidate, font, width):
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(lines) <= most and _wider(word, font, width):  # a word longer than a line
            cut = _longest_fitting(word, font, width)
            lines.append(word[:cut])
            word = word[cut:]
        if len(lines) > most:
            return lines[: most + 1]
        line = word
    if line:
        lines.append(line)
    return lines[: most + 1]


def _longest_fitting(word: str, font: Measure, width: int) -> int:
    """How many of ``word``'s first letters fit in ``width`` pixels (one at least: a
    line holds a letter, however wide), found by halving rather than letter by letter;
    then, where a cut there would part a letter from its mark, a consonant from the one
    its virama joins it to, a Thai cluster of letters (``thai_cluster_ends``), or put a
    closing mark at the start of the next line ('。', '」'), as far back as it must go (a
    Chinese or Japanese title has no spaces, and is broken between characters; a Thai
    phrase between clusters, where a syllable ends if one does near the line's end).

    In a script whose letters change shape with their neighbours (Arabic), a few letters
    more can make a line narrower, so the cut may fall short of the widest line that
    fits (the next letter never fits); elsewhere it is where letter by letter puts it."""
    fits, too_wide = 1, len(word)
    # The cut is looked for among prefixes doubling in length, then halved between the
    # last that fits and the first too wide: only as much of a long word is measured as
    # a line holds (measured from its end, a word of 1,000 letters alternating two fonts
    # took 1.9 s to draw).
    length = MEASURED_WHOLE
    while length < too_wide:
        if font.getlength(word[:length]) > width:
            too_wide = length
            break
        fits, length = length, 2 * length
    while too_wide - fits > 1:
        middle = (fits + too_wide) // 2
        if font.getlength(word[:middle]) <= width:
            fits = middle
        else:
            too_wide = middle
    # Clusters are a few letters long: those that may end by ``fits`` are found in what
    # follows it by as many.
    ends = thai_cluster_ends(word[: fits + THAI_CLUSTER_LONGEST])
    breakable = [cut for cut in range(fits, 1, -1) if cut in ends and _may_break(word, cut)]
    # A Latin word or a number inside Chinese, Japanese or Thai ('2024年', '๒๕๖๘') stays
    # whole, where the line has another place to break: next to a character of a script
    # written without spaces. A word with none ('W' * 300, a German compound, a web
    # address) is broken where it must be, as it always was. Nor is a line ended after a
    # full stop there, which in Thai closes each letter of an abbreviation ('พ.ศ.').
    whole = next(
        (
            cut
            for cut in breakable
            if (_unspaced(word[cut - 1]) or _unspaced(word[cut])) and word[cut - 1] != "."
        ),
        None,
    )
    cut = whole or (breakable[0] if breakable else fits)
    # Thai's clusters are not its syllables ('ออก' is three: a line broke 'ตะวันออ' / 'ก'):
    # where the spelling says a syllable ends in the line's last quarter, it ends there;
    # else where, in its last third (or last four letters), its letters look like one
    # syllable's end and the next one's start, or at least the next one's start, or at
    # least the one's end ('ร้อยล้า' / 'นบาท' became 'ร้อยล้าน' / 'บาท', 'ผู้ต้' / 'องหา'
    # 'ผู้' / 'ต้องหา'), and again where a syllable surely ends in the last quarter of
    # that shorter line.
    surely = _thai_sure_end(word, breakable, cut)
    if surely is not None:
        return surely
    last_third = [end for end in breakable if cut >= end > cut - max(cut // 3, 4)]
    for seems in (_thai_syllable_seems_to_end, _thai_syllable_seems_to_start, _thai_syllable_may_end):
        found = next((end for end in last_third if seems(word, end)), None)
        if found is not None:
            return _thai_sure_end(word, breakable, found) or found
    return cut


def _thai_sure_end(word: str, breakable: list[int], cut: int) -> int | None:
    """The last place in the last quarter of ``word[:cut]`` a line may break at where a
    Thai syllable surely ends (``_thai_syllable_ends``), if any."""
    return next(
        (end for end in breakable if end <= cut and 4 * end > 3 * cut and _thai_syllable_ends(word, end)),
        None,
    )


def _thai_syllable_ends(word: str, cut: int) -> bool:
    """Whether Thai spelling alone says a syllable ends before ``word[cut]``: the next
    opens with a vowel written before its consonant, or this one closes with 'ะ' or 'ำ'
    (which end a syllable), the '์' that silences its last letters, or 'ๆ' or 'ฯ'."""
    before, after = word[cut - 1], word[cut]
    thai = _THAI_LETTERS().match(before) and _THAI_LETTERS().match(after)
    return bool(thai) and (after in THAI_LEADING_VOWELS or before in "\u0e30\u0e33\u0e4c\u0e46\u0e2f")


_THAI_LETTERS = later("[\u0e01-\u0e4e]")


def _thai_syllable_seems_to_end(word: str, cut: int) -> bool:
    """Whether the Thai letters before ``word[cut]`` look like a syllable's end and those
    after it like the next one's start (``_thai_syllable_seems_to_start``): a vowel
    written after or on a consonant ('ที่', 'ปลา'), or one with a final consonant after it
    ('บ้าน', 'วัน', 'ของ', 'เมือง'), or a syllable opened by a vowel written before its
    consonant ('โขง', 'แห่ง', 'ใหม่'). Thai writes some vowels not at all ('ชน', 'กฎ'):
    those syllables are not seen."""
    seen = _THAI_SEEMING_END().search(word, max(0, cut - THAI_CLUSTER_LONGEST), cut)
    return bool(seen) and _thai_syllable_seems_to_start(word, cut)


def _thai_syllable_may_end(word: str, cut: int) -> bool:
    """Whether the Thai letters before ``word[cut]`` look like a syllable's end and a
    consonant follows that does not open a pair said together with the one before it:
    the next syllable's vowel may be unwritten ('หมาย' / 'สมรส')."""
    seen = _THAI_SEEMING_END().search(word, max(0, cut - THAI_CLUSTER_LONGEST), cut)
    after = word[cut]
    return (
        bool(seen)
        and "\u0e01" <= after <= "\u0e2e"
        and word[cut - 1] not in THAI_SAID_TOGETHER.get(after, "")
    )


def _thai_syllable_seems_to_start(word: str, cut: int) -> bool:
    """Whether the Thai letters from ``word[cut]`` look like a syllable's start: a vowel
    written before its consonant, or a consonant (or two that are said together: 'ปร',
    'กล', 'หน', 'อย') with the vowel or tone written on or after it ('ทุ', 'ต่', 'ขอ'),
    and the letter before is not the first of two said together ('ป' / 'ระ' of 'ประ')."""
    if word[cut - 1] in THAI_SAID_TOGETHER.get(word[cut], ""):
        return False
    return bool(_THAI_SEEMING_START().match(word, cut))


THAI_SAID_TOGETHER = {
    "ร": "กขคตปพบดฟทจซศสห",
    "ล": "กขคปพผบฟห",
    "ว": "กขคห",
    "ย": "หอ",
    **dict.fromkeys("งญนม", "ห"),
}
"""The pairs of consonants a Thai syllable may open with, by the second: the firsts it
follows in them ('ป' of 'ประ', 'ส' of 'สร้าง', 'ห' of 'หนัก', 'อ' of 'อยู่')."""


_THAI_VOWEL_ON = "\u0e34-\u0e39"  # the vowels written above and below a consonant
_THAI_TONES = "\u0e48-\u0e4b"
_THAI_SEEMING_END = later(
    "(?:"
    # a vowel written after or on its consonant, with its tone mark; a silenced letter
    f"[\u0e30\u0e32\u0e33\u0e46\u0e2f]|[{_THAI_VOWEL_ON}][{_THAI_TONES}]?|[\u0e01-\u0e2e]\u0e4c"
    # a vowel (or 'อ', 'ย' of 'เ-ีย' and 'เ-ือ') and its final consonant
    f"|[\u0e31\u0e32{_THAI_VOWEL_ON}\u0e47\u0e2d][{_THAI_TONES}]?[\u0e01-\u0e2e]"
    f"|[\u0e35\u0e37][{_THAI_TONES}]?[\u0e22\u0e2d][\u0e01-\u0e2e]?"
    # a vowel written before one or two consonants, their tone and a final consonant
    f"|[\u0e40-\u0e44][\u0e01-\u0e2e]{{1,2}}[{_THAI_TONES}]?[\u0e01-\u0e2e]?"
    ")$"
)
_THAI_SEEMING_START = later(
    "[\u0e40-\u0e44]"
    # 'อ' is the vowel of the consonant before it ('ขอ', 'ของ') unless a vowel or tone of
    # its own is written on it ('คง' / 'อัตรา')
    f"|(?:{'|'.join(f'[{firsts}]{second}' for second, firsts in THAI_SAID_TOGETHER.items())}|[\u0e01-\u0e2e])"
    f"(?:[\u0e30-\u0e39\u0e47{_THAI_TONES}]|\u0e2d(?![\u0e30-\u0e39\u0e47{_THAI_TONES}]))"
)


MEASURED_WHOLE = 64
"""The longest text measured whole to learn whether it fits a line: a longer one is
measured in prefixes doubling in length from this one, up to the first too wide
(``_wider``). The widest line holds more characters only when they are marks or
joiners."""


def _wider(text: str, font: Measure, width: int) -> bool:
    """Whether ``text`` is wider than ``width`` pixels, measuring no more of it than
    that takes: a prefix too wide says so for the text (a letter more never makes a line
    narrower by a letter's width)."""
    length = MEASURED_WHOLE
    while length < len(text):
        if font.getlength(text[:length]) > width:
            return True
        length *= 2
    return font.getlength(text) > width


def _may_break(word: str, cut: int) -> bool:
    """Whether a line may end before ``word[cut]``: not between a letter and its mark, a
    consonant and the one its virama joins it to, before a closing mark or after an
    opening one, inside a dash or an ellipsis of two ('——', '……')."""
    return not (
        _attaches(word[cut])
        or unicodedata.combining(word[cut - 1]) == VIRAMA
        or word[cut] in NO_LINE_START
        or word[cut - 1] in NO_LINE_END
        or (word[cut] in INSEPARABLE and word[cut - 1] == word[cut])
    )


_THAI_CONSONANT = "[\u0e01-\u0e2e]"
_THAI_SIGNS = "[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
"""The vowels written above or below a consonant, the tone marks and the other signs
drawn on it."""
_THAI_TONE = "[\u0e48-\u0e4b]"
_THAI_CLUSTER = later(
    "|".join(
        (
            # A vowel written in parts around one or two consonants: 'เ-ือ' (เหลือ), 'เ-ีย'
            # (เปลี่ยน), 'เ-า' and 'เ-าะ' (เขา, เกาะ), '-ัว' (ตัว).
            f"\u0e40{_THAI_CONSONANT}{{1,2}}[\u0e35\u0e37]{_THAI_TONE}?[\u0e22\u0e2d]\u0e30?",
            f"\u0e40{_THAI_CONSONANT}{_THAI_TONE}?\u0e32\u0e30?",
            f"{_THAI_CONSONANT}\u0e31{_THAI_TONE}?\u0e27\u0e30?",
            # 'ั' and 'ื' never end a syllable: with the consonant after them (ภัย, คืน) and
            # what is written on or after that one (อนุมัติ).
            f"{_THAI_CONSONANT}[\u0e31\u0e37]{_THAI_TONE}?{_THAI_CONSONANT}{_THAI_SIGNS}*[\u0e30\u0e32\u0e33\u0e45]?",
            # A vowel written before its consonant, with the consonant and its signs; a
            # consonant with its signs and the vowel written after it (ะ า ำ ๅ).
            f"[\u0e40-\u0e44]{_THAI_CONSONANT}{_THAI_SIGNS}*\u0e30?",
            f"{_THAI_CONSONANT}{_THAI_SIGNS}*[\u0e30\u0e32\u0e33\u0e45]?{_THAI_SIGNS}*",
            ".",
        )
    ),
    re.DOTALL,
)
"""Thai's clusters of letters, which a line never parts (the rules of Thai Character
Clusters, without a dictionary): a vowel written before its consonant goes with it, and
a vowel, tone or sign written on or after a consonant with that consonant; any other
character is a cluster of its own. Thai writes no spaces between words, so a phrase
longer than a line is broken between clusters."""
THAI_CLUSTER_LONGEST = 8
"""More letters than a Thai cluster holds ('เปลี่ยะ', seven)."""


def thai_cluster_ends(text: str) -> frozenset[int]:
    """Where ``text``'s Thai clusters end (and each of its other characters): the places
    a line may break inside a Thai phrase."""
    return frozenset(match.end() for match in _THAI_CLUSTER().finditer(text))


def _unspaced(ch: str) -> bool:
    """Whether ``ch`` is of a script written without spaces, whose lines break between
    its characters: Chinese, Japanese and Korean (and their wide punctuation), Thai's
    letters (not its digits, which make numbers)."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ("\u0e00" <= ch <= "\u0e7f" and not ch.isdigit())


VIRAMA = 9
"""The canonical combining class of a virama (Devanagari's '्'), which joins the
consonants on both sides of it into one letter."""
NO_LINE_START = frozenset(
    "、。，．・：；？！）」』】〕〉》〙〗｝］ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ”’ๆฯ.,:;!?)]}"
)
"""Characters Chinese and Japanese never begin a line with (their closing marks, the
curly quotes simplified Chinese closes with among them, the prolonged sound mark, small
kana: the rules of kinsoku shori); Thai's mark of repetition, 'ๆ', which repeats the
word before it, and its mark of abbreviation, 'ฯ' ('กรุงเทพฯ'); and the Latin marks no
line starts with (Unicode's rules of line breaking), which a Thai title cut between its
letters put first ('พ.ศ' / '.๒๕๖๘')."""
THAI_LEADING_VOWELS = "เแโใไ"
NO_LINE_END = frozenset("（「『【〔〈《〘〖｛［“‘" + THAI_LEADING_VOWELS)
"""Characters Chinese and Japanese never end a line with: their opening marks; and Thai's
vowels written before the consonant they follow in speech ('เ' of 'เท'), which would be
left at a line's end without it."""
INSEPARABLE = frozenset("—―…‥")
"""The dashes and ellipses Chinese and Japanese write two of ('——', '……'), as one mark
a line never parts."""


def fit(title: str, language: str = "") -> tuple[Measure, list[str]]:
    """What the title is drawn with at the largest size whose lines fit, and its lines;
    at the smallest, the lines that fit, the last ending in an ellipsis."""
    width = WIDTH - 2 * MARGIN
    for size in TITLE_SIZES:
        font = lettering(title, size, language)
        lines = wrap(title, font, width, MAX_LINES)
        if len(lines) <= MAX_LINES and _top(font) + sum(steps(font, lines)) <= TITLE_BOTTOM:
            return font, lines
    # At the smallest size, four lines of the tallest font (Devanagari's, at 49) end
    # far above TITLE_BOTTOM.
    lines = lines[:MAX_LINES]
    last = lines[-1]
    while last and font.getlength(last + " …") > width:
        last = last[: _shortened(last)]
    lines[-1] = last.rstrip() + " …"
    return font, lines


def _shortened(line: str) -> int:
    """Where ``line`` is cut to make room for an ellipsis: before its last character, or
    as far back as it must go not to part a letter from its signs, a consonant from the
    one its virama joins it to ('स्थायी' was cut to 'स्थाय', another word), or a Thai
    cluster."""
    ends = thai_cluster_ends(line)
    return next(
        (
            cut
            for cut in range(len(line) - 1, 0, -1)
            if cut in ends
            and not _attaches(line[cut])
            and unicodedata.combining(line[cut - 1]) != VIRAMA
            and line[cut - 1] not in THAI_LEADING_VOWELS
        ),
        0,
    )


def _top(font: Measure) -> int:
    """Where the title's first line starts: a little above the margin, so that its
    capitals' tops are on it."""
    return MARGIN - round(font.size * 0.1)


def steps(font: Measure, lines: list[str]) -> list[int]:
    """How far down the title's each of ``lines`` is drawn from the one before, its last
    followed by the room a line takes: 1.2 times its size, or the size of its largest font
    (a Devanagari run is drawn larger than DejaVu's, ``matched_size``), or, between two
    lines, further where their ink would come closer than ``INK_GAP`` of it: at 1.2 times
    the size, the subscripts and vowel signs below a Telugu or Hindi line ran into the
    signs above the next ('ట్టు' over 'ట్రా', 'लड्डू' over 'कुँवर'), a Thai line's 'ู' into the
    next one's stacked tone marks, an Arabic line's dots below into the next one's above,
    a Vietnamese 'ạ' into an 'Ấ'. Each two lines are as far apart as their own ink asks:
    spaced by the deepest two of the title, every line took more room, and a Telugu title
    that fitted at 68 was drawn at 60."""
    size = font.size
    if isinstance(font, Lettering):
        size = max([size, *(run_font.size for line in lines for _, run_font in font.runs(line))])
    least, gap = round(size * 1.2), max(2, round(size * INK_GAP))
    extents = [_ink_extent(font, line) for line in lines]
    apart = [below + above + gap for (_, below), (above, _) in itertools.pairwise(extents)]
    return [max(least, step) for step in apart] + [least] * bool(lines)


INK_GAP = 0.04
"""The least room between the ink of two lines, as a share of their largest font's size."""


def _ink_extent(font: Measure, line: str) -> tuple[int, int]:
    """How far ``line``'s ink reaches above its baseline and below it, in pixels."""
    if not isinstance(font, Lettering):
        one = cast("ImageFont.FreeTypeFont", font)
        return _reach(one.getbbox(line, anchor="ls"))
    reaches = [_reach(run_font.getbbox(run, anchor="ls")) for run, run_font in font.runs(line)]
    return max((0, *(above for above, _ in reaches))), max((0, *(below for _, below in reaches)))


def _reach(box: tuple[float, float, float, float]) -> tuple[int, int]:
    """The rows above and below the baseline a box of ink anchored on it covers."""
    return max(0, -int(box[1])), max(0, int(box[3]))


TITLE_BOTTOM = MARGIN - round(TITLE_SIZES[0] * 0.1) + MAX_LINES * round(TITLE_SIZES[0] * 1.2)
"""The lowest the title's lines reach: as low as four lines of DejaVu at the largest size,
well above the rule over the site's name."""


def card(title: str, site_title: str, rtl: bool | None = None, language: str = "") -> bytes:
    """The social card of a story titled ``title`` on the site ``site_title``, as PNG:
    right to left with ``rtl`` (a story in a right-to-left language), else in the
    direction of the title's first letter (of the site's name's, without a title);
    Chinese, Japanese and Korean characters in the forms of ``language``, the story's
    language tag, when it is one of them."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(im)
    site_y = HEIGHT - MARGIN - SITE_SIZE
    # A right-to-left title and its site's name start at the right margin, and the rule
    # above the name is on that side too.
    if rtl is None:
        rtl = reads_right_to_left(title) or (not title and reads_right_to_left(site_title))
    site_name = _shown(site_title)
    if site_name:
        site_font = lettering(site_name, SITE_SIZE, language)
        name = wrap(site_name, site_font, WIDTH - 2 * MARGIN, 1)[0]
        rule = WIDTH - MARGIN - 96 if rtl else MARGIN
        draw.rectangle((rule, site_y - 28, rule + 96, site_y - 22), fill=ACCENT)
        if isinstance(site_font, Lettering):
            _draw(draw, site_y, name, site_font, rtl, SITE_COLOUR)
        else:  # without a direction, as the site's name always was
            draw.text((_x(name, site_font, rtl), site_y), name, font=site_font, fill=SITE_COLOUR)
    title = shown_title(title)
    if title:
        font, lines = fit(title, language)
        y = _top(font)
        for line, step, levels in zip(lines, steps(font, lines), line_levels(title, lines, rtl), strict=True):
            _draw(draw, y, line, font, rtl, TITLE_COLOUR, levels)
            y += step
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
