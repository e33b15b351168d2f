"""Social cards: the picture a shared link shows for a story without a lead picture.

Drawn at build time with Pillow, 1200 x 630 pixels (the size social sites show large):
the story's title, as large as fits in four lines, and the site's name, in DejaVu Sans
Bold, which is bundled (``data/fonts/``, with its licence), so every machine draws the
same card. DejaVu covers Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic;
a title with letters it lacks (Chinese, Japanese, Korean...) is left off rather than
drawn as empty boxes, and the card shows the site's name alone (a site's name it cannot
draw either leaves the story without a card: ``drawn``). Emoji and other symbols
it lacks are left out of the line they are in. Right-to-left letters (Arabic, Hebrew) are
put in order and joined by Pillow's text layout (libraqm), which needs the FriBiDi library
of the machine that builds: where it is missing, such a text is left off too, as Pillow
would draw it left to right and, in Arabic, with its letters apart (``can_lay_out``).
"""

from __future__ import annotations

import io
import os
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FONT = os.path.join(os.path.dirname(__file__), "data", "fonts", "DejaVuSans-Bold.ttf")
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
    from PIL import ImageFont

    return ImageFont.truetype(FONT, size)


def _missing(font: ImageFont.FreeTypeFont) -> bytes:
    """How the font draws a character it does not have (its empty box)."""
    return bytes(font.getmask("\U000f0000"))


def lacking(text: str, font: ImageFont.FreeTypeFont) -> list[str]:
    """The visible characters of ``text`` the font does not have, in text order, once each."""
    box = _missing(font)
    # Each character is drawn to be compared (a title of 100,000 different ones took
    # seconds): what lies past what a card shows is never drawn, so never asked about.
    shown = text[:SHOWN_CHARACTERS]
    return [ch for ch in dict.fromkeys(shown) if not ch.isspace() and bytes(font.getmask(ch)) == box]


def essential(ch: str) -> bool:
    """Whether a title without ``ch`` would say less: a letter, a digit, a mark on a
    letter. An emoji, a flag or another symbol (and what joins them) is decoration."""
    return unicodedata.category(ch)[0] in "LNM"


def shown_title(title: str) -> str:
    """``title`` as its card draws it: without the emoji and symbols the font lacks
    (a volcano's 🌋 took the whole title off the card); '' when it lacks a letter (a
    Chinese title is left off rather than drawn as empty boxes) or when this machine
    cannot lay it out (``can_lay_out``)."""
    return title if title.isascii() else _shown(title, _font(TITLE_SIZES[0]))


JOINERS = frozenset("\u200d\ufe0e\ufe0f")
"""What joins emoji into one (a family, a flag) or chooses how one is drawn: left out
with the emoji, or a gap stays where they were."""


def can_lay_out(text: str) -> bool:
    """Whether this machine draws ``text`` as it is read: a text with right-to-left
    letters needs Pillow's complex text layout. Without it, Pillow draws a title in Arabic
    letter by letter from the left, unjoined: a reader of Arabic sees gibberish."""
    return _complex_layout() or not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _complex_layout() -> bool:
    """Whether Pillow has its complex text layout (libraqm, with the system's FriBiDi):
    asked each time, as cheaply as a look-up, so that a test can say it has not."""
    from PIL import features

    return bool(features.check_feature("raqm"))


def _shown(text: str, font: ImageFont.FreeTypeFont) -> str:
    # Cut first: the letters looked up in the font (``lacking``) are those drawn.
    text = text[:SHOWN_CHARACTERS]
    if not can_lay_out(text):
        return ""
    missing = lacking(text, font)
    if any(essential(ch) for ch in missing):
        return ""
    dropped = set(missing) | (JOINERS if missing else set())
    return " ".join(words("".join(ch for ch in text if ch not in dropped)))


def title_drawn(title: str) -> bool:
    """Whether a card would show ``title`` (its font has every letter of it)."""
    return bool(shown_title(title))


def site_name_drawn(site_title: str) -> bool:
    """Whether a card would show the site's name ``site_title`` (its font has every
    letter of it)."""
    return bool(_shown(site_title, _font(SITE_SIZE)))


def drawn(title: str, site_title: str) -> bool:
    """Whether a card would show anything: its title or its site's name. One that shows
    neither (a Chinese title on a site with a Chinese name) is an empty blue box, which a
    shared link had better go without (``render/pictures.py`` draws none)."""
    return title_drawn(title) or site_name_drawn(site_title)


def missing_letter(title: str) -> str | None:
    """The first letter of ``title`` its card's font lacks, if any."""
    return next((ch for ch in lacking(title, _font(TITLE_SIZES[0])) if essential(ch)), None)


def right_to_left(text: str) -> bool:
    """Whether ``text`` is written from right to left (Arabic, Hebrew): its first letter
    of a definite direction says so, as a browser's ``dir="auto"`` does."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _x(line: str, font: ImageFont.FreeTypeFont, rtl: bool) -> float:
    """Where a line starts: at the left margin, or (right to left) so that it ends at the right one."""
    return WIDTH - MARGIN - font.getlength(line, direction=_direction(rtl)) if rtl else MARGIN


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


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int, most: int) -> list[str]:
    """The first ``most`` lines of ``text`` no wider than ``width`` pixels, broken
    between words (a word wider than a line is broken where it must be), and one more
    when the text goes on. Only those are worked out: a title of thousands of letters
    takes as long as a short one."""
    lines: list[str] = []
    line = ""
    # A word longer than a line is measured whole, and in halves, however long it is:
    # the rest of a longer text would not be drawn.
    for word in words(text[:SHOWN_CHARACTERS]):
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while len(lines) <= most and font.getlength(word) > width:  # a word longer than a line
            cut = _longest_fitting(word, font, width)
            lines.append(word[:cut])
            word = word[cut:]
        if len(lines) > most:
            return lines[: most + 1]
        line = word
    if line:
        lines.append(line)
    return lines[: most + 1]


def _longest_fitting(word: str, font: ImageFont.FreeTypeFont, width: int) -> int:
    """How many of ``word``'s first letters fit in ``width`` pixels (one at least: a
    line holds a letter, however wide), found by halving rather than letter by letter.

    In a script whose letters change shape with their neighbours (Arabic), a few letters
    more can make a line narrower, so the cut may fall short of the widest line that
    fits (the next letter never fits); elsewhere it is where letter by letter puts it."""
    fits, too_wide = 1, len(word)
    while too_wide - fits > 1:
        middle = (fits + too_wide) // 2
        if font.getlength(word[:middle]) <= width:
            fits = middle
        else:
            too_wide = middle
    return fits


def fit(title: str) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest title size whose lines fit; at the smallest, the lines that fit, the
    last ending in an ellipsis."""
    width = WIDTH - 2 * MARGIN
    for size in TITLE_SIZES:
        font = _font(size)
        lines = wrap(title, font, width, MAX_LINES)
        if len(lines) <= MAX_LINES:
            return font, lines
    lines = lines[:MAX_LINES]
    last = lines[-1]
    while last and font.getlength(last + " …") > width:
        last = last[:-1]
    lines[-1] = last.rstrip() + " …"
    return font, lines


def card(title: str, site_title: str, rtl: bool | None = None) -> bytes:
    """The social card of a story titled ``title`` on the site ``site_title``, as PNG:
    right to left with ``rtl`` (a story in a right-to-left language), else in the
    direction of the title's first letter (of the site's name's, without a title)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(im)
    site_font = _font(SITE_SIZE)
    site_y = HEIGHT - MARGIN - SITE_SIZE
    # A right-to-left title and its site's name start at the right margin, and the rule
    # above the name is on that side too.
    if rtl is None:
        rtl = right_to_left(title) or (not title and right_to_left(site_title))
    site_name = _shown(site_title, site_font)
    if site_name:
        name = wrap(site_name, site_font, WIDTH - 2 * MARGIN, 1)[0]
        rule = WIDTH - MARGIN - 96 if rtl else MARGIN
        draw.rectangle((rule, site_y - 28, rule + 96, site_y - 22), fill=ACCENT)
        draw.text((_x(name, site_font, rtl), site_y), name, font=site_font, fill=SITE_COLOUR)
    title = shown_title(title)
    if title:
        font, lines = fit(title)
        size = int(font.size)
        leading = round(size * 1.2)
        y = MARGIN - round(size * 0.1)
        for line in lines:
            draw.text((_x(line, font, rtl), y), line, font=font, fill=TITLE_COLOUR, direction=_direction(rtl))
            y += leading
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()
