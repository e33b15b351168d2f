"""Social cards: drawn for stories without a lead picture, with the bundled font."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import random
import unicodedata
from pathlib import Path

import pytest
from babel import Locale
from bidi import get_display
from PIL import Image, ImageChops, ImageDraw, ImageFont, features

from generator.commands.build import build
from generator.i18n import languages
from generator.pictures import cards
from tests.conftest import TEMPLATES, Project
from tests.images import photo


def _ink(png: bytes) -> int:
    """How many pixels are not the background."""
    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
        colours = rgb.getcolors(rgb.width * rgb.height) or []
        return sum(n for n, colour in colours if colour != cards.BACKGROUND)


def test_a_card_is_1200_by_630_with_the_title_and_the_site_and_the_same_every_time() -> None:
    card = cards.card("Kyrgyzstan after the April 2010 uprising", "Explainers")
    with Image.open(io.BytesIO(card)) as im:
        assert (im.format, im.size) == ("PNG", (1200, 630))
    assert card == cards.card("Kyrgyzstan after the April 2010 uprising", "Explainers")
    site_only = _ink(cards.card("", "Explainers"))
    assert _ink(card) > 3 * site_only > 0


def test_a_long_title_is_made_smaller_and_at_most_four_lines() -> None:
    font, lines = cards.fit("The very long title of an explainer " * 6)
    assert len(lines) == cards.MAX_LINES and lines[-1].endswith("…")
    assert font.size == cards.TITLE_SIZES[-1]
    font, lines = cards.fit("Short title")
    assert font.size == cards.TITLE_SIZES[0] and lines == ["Short title"]


def _letter_by_letter(word: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """A word wider than a line in lines, each as long as fits, found the plain way."""
    lines = []
    while font.getlength(word) > width:
        cut = len(word)
        while cut > 1 and font.getlength(word[:cut]) > width:
            cut -= 1
        lines.append(word[:cut])
        word = word[cut:]
    return [*lines, word]


def test_a_title_is_never_broken_at_a_no_break_space() -> None:
    # French keeps "«" and ":" on their words' lines with no-break spaces; a held-out
    # story's card ended its first line with "«", its quote on the next.
    title = "Notre-Dame de Paris\u00a0: «\u202fNous la rebâtirons\u202f» — l’œuvre d’une génération, cinq ans après"
    shown = cards.shown_title(title)
    assert shown == title
    font, lines = cards.fit(shown)
    assert lines[0] == "Notre-Dame de Paris\u00a0:" and lines[1].startswith("«\u202fNous")
    for line in lines:
        assert not line.endswith(("«", "\u202f", "\u00a0")) and not line.startswith(("»", ":"))
    assert cards.wrap("a\u202fb c", font, 10_000, 2) == ["a\u202fb c"]


@pytest.mark.parametrize(
    "word",
    [
        "W" * 300,
        "Donaudampfschifffahrtsgesellschaft" * 8,
        "Straßenbahnhaltestellenüberdachung" * 8,
        "ill" * 120,
        "Ж" * 97,
        "x." + "y" * 200,
    ],
    ids=["wide", "compound", "compound-with-umlauts", "narrow", "cyrillic", "address"],
)
def test_a_word_wider_than_a_line_is_broken_where_the_plain_way_breaks_it(word: str) -> None:
    font, width = cards._font(cards.TITLE_SIZES[-1]), cards.WIDTH - 2 * cards.MARGIN
    assert cards.wrap(f"A {word}", font, width, 100) == ["A", *_letter_by_letter(word, font, width)]


def test_a_word_of_letters_that_change_shape_is_broken_into_lines_that_fit() -> None:
    # Arabic letters take their neighbours' shapes, so a few more letters may make a line
    # narrower, and a cut may fall short of the plain way's: each line fits all the same,
    # and would not with its next letter.
    font, width = cards._font(cards.TITLE_SIZES[0]), cards.WIDTH - 2 * cards.MARGIN
    word = "".join(chr(0x0627 + (i * 7) % 36) for i in range(400))
    lines = cards.wrap(word, font, width, 100)
    assert "".join(lines) == word and len(lines) > 3
    assert all(font.getlength(line) <= width for line in lines)
    assert all(
        font.getlength(line + word[len("".join(lines[: i + 1]))]) > width for i, line in enumerate(lines[:-1])
    )


@pytest.mark.parametrize(
    "title", ["W" * 5000, "Word " * 5000, "A " + "W" * 20000], ids=["one-word", "many-words", "then-one-word"]
)
def test_a_title_of_thousands_of_letters_is_measured_only_as_far_as_the_card_shows(
    title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A title pasted by mistake (or a hostile one) once kept a build busy for minutes.
    measured: list[int] = []
    getlength = ImageFont.FreeTypeFont.getlength

    def counted(font: ImageFont.FreeTypeFont, text: str, *args: object, **kwargs: object) -> float:
        measured.append(len(text))
        return getlength(font, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ImageFont.FreeTypeFont, "getlength", counted)
    _, lines = cards.fit(title)
    assert len(lines) == cards.MAX_LINES and lines[-1].endswith("…")
    # Measuring letter by letter took thousands of times the title's length for each line.
    assert len(measured) < 1000 and sum(measured) < 100 * len(title), (len(measured), sum(measured))


@pytest.mark.parametrize("title", ["Word " * 40_000, "W" * 200_000], ids=["many-words", "one-word"])
def test_the_fonts_a_title_needs_are_found_in_what_the_card_shows(
    title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An ASCII title is not cut before its card is laid out (``shown_title``), and the
    # fonts it needs were found by going through all of it: a million letters took more
    # than a minute. Only what a card can show is gone through.
    looked_at: list[int] = []
    clusters = cards.clusters

    def counted(text: str) -> list[str]:
        looked_at.append(len(text))
        return clusters(text)

    monkeypatch.setattr(cards, "clusters", counted)
    cards.card(title, "Explainers")
    assert looked_at and max(looked_at) <= cards.SHOWN_CHARACTERS, max(looked_at)


@pytest.mark.parametrize(
    "title",
    ["W" * 100_000, "a\u03b1" * 50_000, "\u2067a\u2069" * 30_000, "A " + "a\u0301" * 50_000],
    ids=["one-word", "two-scripts", "isolates", "marks"],
)
def test_how_much_of_a_title_is_measured_does_not_grow_with_its_length(
    title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Laying out costs far more for some texts than others: a word alternating Latin and
    # Greek letters ('a\u03b1a\u03b1...', each change a run of its own to shape) took
    # 19 s to draw at 10,000 letters, and a title of 100,000 (a file of 200 KB) minutes,
    # though only its first 100 lines' worth was measured. Whatever a title's length,
    # only what the card's lines could show is laid out, or looked up in the font.
    measured: list[int] = []
    getlength, getmask = ImageFont.FreeTypeFont.getlength, ImageFont.FreeTypeFont.getmask

    def counted(font: ImageFont.FreeTypeFont, text: str, *args: object, **kwargs: object) -> float:
        measured.append(len(text))
        return getlength(font, text, *args, **kwargs)  # type: ignore[arg-type]

    def masked(font: ImageFont.FreeTypeFont, text: str, *args: object, **kwargs: object) -> object:
        measured.append(len(text))
        return getmask(font, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ImageFont.FreeTypeFont, "getlength", counted)
    monkeypatch.setattr(ImageFont.FreeTypeFont, "getmask", masked)

    def measuring(text: str) -> int:
        """How many characters laying out ``text``'s card measures or looks up (with what
        the fonts are known to have forgotten, so each text looks its characters up)."""
        cards._has.cache_clear()
        cards._missing.cache_clear()
        measured.clear()
        _, lines = cards.fit(cards.shown_title(text) or text)
        cards.missing_letter(text)
        assert lines[-1].endswith("…")
        return sum(measured)

    # Before, 100 times the title's length: 6.6 million characters for 100,000 W's.
    assert measuring(title) == measuring(title[: 2 * cards.SHOWN_CHARACTERS]) < 100 * cards.SHOWN_CHARACTERS


def test_a_title_cut_where_no_card_could_show_more_is_drawn_the_same() -> None:
    # The narrowest character the font has is 7 pixels wide at the smallest size: five
    # lines of it are 740, fewer than the characters a card lays out.
    narrowest = "\u2044" * 2 + " "
    for title in ("Word " * 400, narrowest * 400, "i" * 2000):
        assert len(title) > cards.SHOWN_CHARACTERS
        assert cards.fit(title)[1] == cards.fit(title[: cards.SHOWN_CHARACTERS])[1]
        assert cards.card(title, "Site") == cards.card(title + "more", "Site")


def test_the_letters_looked_up_in_the_font_are_the_letters_drawn() -> None:
    # The font's letters were looked up in a long title's first 1,000 characters, and the
    # card drew the first 1,000 of what was left once the emoji were dropped: Chinese
    # letters from beyond came in unchecked, as empty boxes.
    title = "🌋" * cards.SHOWN_CHARACTERS + " Hello කොළඹ world"
    assert "ක" not in cards.shown_title(title)
    assert cards.missing_letter(title) is None  # none of them is in what the card shows


def test_cyrillic_is_drawn_and_a_script_the_font_lacks_is_left_off() -> None:
    site_only = cards.card("", "Explainers")
    assert cards.card("Кыргызстан после апреля", "Explainers") != site_only
    assert cards.card("කොළඹ ගංවතුර", "Explainers") == site_only  # Sinhala: no empty boxes
    # A character beyond the common ones the CJK faces were cut to is not drawn either.
    assert cards.card("北京\U0002a6a5", "Explainers") == site_only


def test_emoji_and_symbols_the_font_lacks_are_left_out_not_the_whole_title() -> None:
    # One volcano took the title off the card, which showed the site's name alone.
    title = "Ηφαίστειο στη Σαντορίνη"
    assert cards.shown_title(f"🌋 {title} 🇬🇷") == title
    assert cards.card(f"🌋 {title} 🇬🇷", "Explainers 📰") == cards.card(title, "Explainers")
    assert cards.shown_title("කොළඹ ගංවතුර 🌋") == ""  # a letter it lacks: left off whole
    # Emoji joined into one (a family, a rainbow flag) go with what joins them.
    assert cards.shown_title("Family 👩\u200d👩\u200d👧 story") == "Family story"
    assert cards.shown_title("Flag 🏳\ufe0f\u200d🌈 march") == "Flag march"
    assert cards.missing_letter("කොළඹ 🌋") == "ක" and cards.missing_letter("Athens 🌋") is None
    # A keycap emoji ('1️⃣': a digit, a selector and the enclosing keycap) keeps its digit.
    assert cards.shown_title("1\ufe0f\u20e3 Volcano erupts") == "1 Volcano erupts"
    assert cards.missing_letter("1\ufe0f\u20e3 Volcano erupts") is None


def test_a_joiner_inside_a_word_stays_when_an_emoji_is_left_out() -> None:
    # The joiner after a virama asks for the half form of the consonant ('क्\u200dष'),
    # where without it the two make another letter ('क्ष'); it went with the volcano.
    title = "नई दिल्ली में क्\u200dषेत्र"
    assert cards.shown_title(f"{title} 🌋") == title
    assert cards.card(f"{title} 🌋", "Explainers") == cards.card(title, "Explainers")
    assert cards.card(title, "Explainers") != cards.card(title.replace("\u200d", ""), "Explainers")
    assert cards.shown_title("Heart ❤\ufe0f\u200d🔥 fire") == "Heart ❤ fire"  # emoji's joiners go


def test_a_story_without_a_lead_picture_shares_its_card(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    page = Path("site/story-a/index.html").read_text()
    assert '<meta property="og:image" content="https://news.example/story-a/card.png">' in page
    assert '<meta name="twitter:image" content="https://news.example/story-a/card.png">' in page
    assert '<meta property="og:image:alt" content="Story A">' in page
    with Image.open("site/story-a/card.png") as im:
        assert im.size == (1200, 630)


def test_no_card_without_an_address_or_with_a_lead_picture(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    assert not Path("site/story-a/card.png").exists()
    project.write("content/story-a/media/lead.jpg", photo(1300, 900))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: The lead\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    assert not Path("site/story-a/card.png").exists()
    page = Path("site/story-a/index.html").read_text()
    assert (
        '<meta property="og:image" content="https://news.example/story-a/pictures/lead.jpg.1300.jpg">' in page
    )
    assert '<meta property="og:image:alt" content="The lead">' in page


def _ink_columns(png: bytes) -> tuple[int, int]:
    """The leftmost and rightmost columns with anything drawn on them."""
    with Image.open(io.BytesIO(png)) as im:
        rgb = im.convert("RGB")
        background = Image.new("RGB", rgb.size, cards.BACKGROUND)
        box = ImageChops.difference(rgb, background).getbbox()
        assert box is not None
        return box[0], box[2]


def test_a_right_to_left_title_starts_at_the_right_margin() -> None:
    left, right = _ink_columns(cards.card("إضراب عمال الميناء", "شرح"))
    assert right > cards.WIDTH - cards.MARGIN - 4 and left > cards.MARGIN + 100  # not from the left margin
    left, right = _ink_columns(cards.card("Port strike", "Explainers"))
    assert left < cards.MARGIN + 4 and right < cards.WIDTH // 2


def test_right_to_left_letters_are_left_off_where_they_cannot_be_put_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Without Pillow's complex text layout (a machine without FriBiDi), an Arabic title
    # was drawn letter by letter from the left, its letters apart: gibberish to a reader.
    real = features.check_feature
    monkeypatch.setattr(features, "check_feature", lambda name: name != "raqm" and real(name))
    with Image.open(io.BytesIO(cards.card("فيضانات درنة", "شرح"))) as im:
        assert im.convert("RGB").getcolors() == [(cards.WIDTH * cards.HEIGHT, cards.BACKGROUND)]
    assert cards.shown_title("فيضانات درنة") == "" and not cards.title_drawn("فيضانات درنة")
    assert not cards.can_lay_out("فيضانات درنة") and not cards.can_lay_out("שביתה בנמל")
    # Left to right it needs no layout: Latin, Cyrillic and Greek are drawn as before.
    assert cards.shown_title("Кыргызстан 2010") == "Кыргызстан 2010"
    assert cards.card("Port strike", "Explainers") != cards.card("", "Explainers")


def test_a_right_to_left_title_keeps_its_direction_on_a_line_that_starts_in_latin_letters() -> None:
    # Each line was laid out in the direction of its own first letter: the line of an
    # Arabic title that starts with a Latin name read "Jean-Marc Duval يستقيل", the verb
    # (on the right) read before its subject.
    title = "انهيار جسر الميناء في مدينة سمرا الساحلية Jean-Marc Duval يستقيل من منصبه"
    fitted, lines = cards.fit(title)
    assert lines[2] == "Jean-Marc Duval يستقيل"
    font = cards._font(int(fitted.size))
    assert fitted is font  # right to left: laid out whole by one font
    size = int(font.size)
    top = cards.MARGIN - round(size * 0.1) + 2 * round(size * 1.2)
    band = (0, top + size // 10, cards.WIDTH, top + size * 9 // 10)  # clear of the lines around it

    def alone(direction: str) -> Image.Image:
        im = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), cards.BACKGROUND)
        x = cards.WIDTH - cards.MARGIN - font.getlength(lines[2], direction=direction)
        ImageDraw.Draw(im).text((x, top), lines[2], font=font, fill=cards.TITLE_COLOUR, direction=direction)
        return im.crop(band)

    with Image.open(io.BytesIO(cards.card(title, "شرح"))) as im:
        shown = im.convert("RGB").crop(band)
    assert ImageChops.difference(shown, alone("rtl")).getbbox() is None
    assert ImageChops.difference(shown, alone("ltr")).getbbox() is not None


def _built_card(project: Project, title: str) -> bytes:
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story.replace("title: Story A", f"title: {json.dumps(title)}")
    )
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    return Path("site/story-a/card.png").read_bytes()


def test_a_title_of_300_characters_fills_four_lines_above_the_sites_name(project: Project) -> None:
    title = ("Parliament votes on the emergency budget after a night of talks " * 5)[:300].strip()
    card = _built_card(project, title)
    assert card == cards.card(title, "Test site")
    font, lines = cards.fit(title)
    assert font.size == cards.TITLE_SIZES[-1] and len(lines) == cards.MAX_LINES and lines[-1].endswith(" …")
    with Image.open(io.BytesIO(card)) as drawn, Image.open(io.BytesIO(cards.card("", "Test site"))) as site:
        assert drawn.size == (cards.WIDTH, cards.HEIGHT)
        below = (0, 400, cards.WIDTH, cards.HEIGHT)  # the site's name and its rule, untouched
        assert (
            ImageChops.difference(drawn.convert("RGB").crop(below), site.convert("RGB").crop(below)).getbbox()
            is None
        )
        assert ImageChops.difference(drawn.convert("RGB"), site.convert("RGB")).getbbox() is not None


@pytest.mark.parametrize("title", ["\u200b\u200b\u2060", "\u00ad\u200e\u200f\ufeff"])
def test_a_title_that_shows_nothing_leaves_the_card_to_the_sites_name(project: Project, title: str) -> None:
    # check warns of it (lint/titles.py); the card draws nothing where the title would be.
    assert _built_card(project, title) == cards.card("", "Test site")


def test_an_arabic_storys_title_that_opens_with_a_latin_name_starts_at_the_right_margin(
    project: Project,
) -> None:
    # The card took its direction from the title's first letter: 'UN Security Council
    # يناقش الأزمة' was drawn from the left margin, left to right, its verb read before
    # its subject, with the site's name and its rule on the left of an Arabic site's card.
    project.write("content/site.yaml", "title: شروح\nlanguage: ar\n")
    left, right = _ink_columns(_built_card(project, "UN Security Council يناقش الأزمة"))
    assert right > cards.WIDTH - cards.MARGIN - 4 and left > cards.MARGIN + 100


def test_the_fonts_digests_are_those_of_their_bytes() -> None:
    # The picture cache's key reads the list, not the 8 MB of fonts: a font changed
    # without its line would draw new cards while the cache served the old.
    listed = dict(line.split("  ")[::-1] for line in Path(cards.DIGESTS).read_text().splitlines())
    assert sorted(listed) == sorted(os.path.basename(path) for path in cards.FONTS)
    for path in cards.FONTS:
        assert listed[os.path.basename(path)] == hashlib.sha256(Path(path).read_bytes()).hexdigest(), path


def _own_name(catalog: str) -> str:
    locale = Locale.parse(catalog)
    name = locale.get_display_name(locale)
    assert name
    return name


@pytest.mark.parametrize("catalog", languages.available())
def test_a_title_in_every_language_pages_are_made_in_is_drawn(catalog: str) -> None:
    # Hindi, Tamil, Telugu, Thai, Chinese, Japanese and Korean titles were left off the
    # card (its one font lacked their letters), and on a site named in them no card was
    # made: a shared link had no picture.
    title = f"{_own_name(catalog)} 2024"
    language = catalog.replace("_", "-")
    assert cards.title_drawn(title) and cards.site_name_drawn(title)
    site_only = cards.card("", "Explainers", None, language)
    drawn = cards.card(title, "Explainers", None, language)
    assert _ink(drawn) > 2 * _ink(site_only)
    assert _ink(cards.card("", title, None, language)) > 0  # a site named in the language


def _fonts_of(text: str, language: str = "") -> list[tuple[str, str]]:
    lettering = cards.Lettering(cards.fonts_for(text, language), 60)
    return [(run, os.path.basename(str(font.path))) for run, font in lettering.runs(text)]


def test_each_character_is_drawn_by_the_font_of_its_script_with_its_marks() -> None:
    # Noto's Indic fonts have no Latin letters; DejaVu has a few of Thai's vowels and
    # (laid out) seemed to have Devanagari's vowel signs, drawn on a dotted circle.
    assert _fonts_of("चंद्रयान-3: ISRO का मिशन") == [
        ("चंद्रयान-3: ", "NotoSansDevanagari-Bold.ttf"),
        ("ISRO ", "DejaVuSans-Bold.ttf"),  # a space goes with the letters before it
        ("का मिशन", "NotoSansDevanagari-Bold.ttf"),
    ]
    assert _fonts_of("น้ำท่วม 2568") == [("น้ำท่วม ", "NotoSansThai-Bold.ttf"), ("2568", "DejaVuSans-Bold.ttf")]
    assert _fonts_of("హుద్\u200cహుద్") == [("హుద్\u200cహుద్", "NotoSansTelugu-Bold.ttf")]
    assert _fonts_of("Port strike, day 3") == [("Port strike, day 3", "DejaVuSans-Bold.ttf")]
    # A card whose every letter DejaVu has is drawn by it alone, as every card was.
    assert cards.lettering("Кыргызстан 2010", 60) is cards._font(60)


def test_chinese_japanese_and_korean_take_the_forms_of_the_storys_language() -> None:
    assert _fonts_of("直角", "ja") == [("直角", "NotoSansCJKjp-Bold.subset.otf")]
    assert _fonts_of("直角", "zh-Hans") == [("直角", "NotoSansCJKsc-Bold.subset.otf")]
    assert _fonts_of("直角", "zh-TW") == [("直角", "NotoSansCJKtc-Bold.subset.otf")]
    assert _fonts_of("참사", "ko") == [
        ("참사", "NotoSansCJKkr-Bold.subset.otf")
    ]  # Hangul: Korean's face alone
    assert cards.card("直角の骨", "Site", None, "ja") != cards.card("直角の骨", "Site", None, "zh-Hans")
    # Hangul only the Korean face has: a Chinese story's Korean name still gets it.
    assert _fonts_of("郑州 이태원", "zh-Hans") == [
        ("郑州 ", "NotoSansCJKsc-Bold.subset.otf"),
        ("이태원", "NotoSansCJKkr-Bold.subset.otf"),
    ]
    assert cards.lacking("这是한국어の", cards.fonts_for("这是")) == []


def test_a_chinese_or_japanese_title_is_broken_between_characters_as_they_break_lines() -> None:
    font = cards.lettering("能登", 60, "ja")
    title = "能登半島地震：石川県で震度7、何が起きたのか（2024年1月の発生から一年、復興はどこまで進んだか）"
    for width in range(300, 1040, 37):
        lines = cards.wrap(title, font, width, 20)
        assert "".join(lines) == title, width
        assert all(font.getlength(line) <= width for line in lines)
        for before, after in itertools.pairwise(lines):
            assert after[0] not in "、。）：", (width, lines)  # no line starts with a closing mark
            assert before[-1] != "（", (width, lines)  # nor ends with an opening one
            assert not (before[-1].isdigit() and after[0].isdigit()), (width, lines)  # '2024' whole


def test_a_long_hindi_word_is_never_broken_inside_a_letter() -> None:
    font = cards.lettering("प्रतिदिन", 60)
    word = "प्रतिदिनक्षेत्रीय" * 12
    lines = cards.wrap(word, font, 500, 50)
    assert "".join(lines) == word and len(lines) > 3
    for line in lines[1:]:
        assert unicodedata.category(line[0])[0] != "M", lines  # no vowel sign or mark opens a line
    for line in lines[:-1]:
        assert line[-1] != "\u094d", lines  # nor does a line end on the virama joining two consonants


def test_a_thai_number_or_latin_word_inside_a_thai_phrase_stays_whole() -> None:
    font = cards.lettering("ไทย", 60, "th")
    title = "น้ำท่วมกรุงเทพมหานครปีพ.ศ.๒๕๖๘ทำให้ประชาชนกว่า12000คนต้องอพยพจากCOVIDและน้ำท่วม"
    for width in range(300, 1040, 23):
        lines = cards.wrap(title, font, width, 30)
        assert "".join(lines) == title, width
        for before, after in itertools.pairwise(lines):
            assert not (before[-1].isdigit() and after[0].isdigit()), (width, lines)
            assert not (
                before[-1].isascii() and before[-1].isalpha() and after[0].isascii() and after[0].isalpha()
            )


def test_a_thai_phrase_is_never_broken_before_its_sara_am() -> None:
    # 'ำ' (sara am) is a letter to Unicode's categories but belongs to the consonant before
    # it, as a vowel sign does: a line opening with it shows it on a dotted circle.
    font = cards.lettering("ไทย", 60, "th")
    for before in range(40):
        title = "ก" * before + "น้ำทำ" * 30
        lines = cards.wrap(title, font, 700, 30)
        assert "".join(lines) == title
        assert not any(line.startswith("\u0e33") for line in lines), (before, lines)


def test_a_title_dejavu_draws_whole_is_drawn_by_dejavu_alone_even_opening_with_a_thai_sign() -> None:
    # '฿' is in the Thai block but no letter: a title opening with it was drawn in two
    # fonts, where every card before the other fonts came drew it in DejaVu alone.
    size = cards.TITLE_SIZES[0]
    for title in ("฿100 million fraud case", "Price ฿100", "Harbour strike: day 3"):
        assert cards.lettering(title, size) is cards._font(size), title
    assert isinstance(cards.lettering("฿100 ล้าน", size), cards.Lettering)


def test_a_chinese_title_keeps_its_curly_quotes_dashes_and_ellipses_with_their_words() -> None:
    # Simplified Chinese quotes with “ ” and ‘ ’, and writes a dash and an ellipsis as two
    # marks ('——', '……'): a line opened with '”' or was cut inside '——'.
    font = cards.lettering("台风", 60, "zh-Hans")
    title = "台风“摩羯”登陆海南：文昌市停课停工，气象台发布“红色预警”，‘三停’措施——全面落实……"
    for width in range(200, 1040, 7):
        lines = cards.wrap(title, font, width, 40)
        assert "".join(lines) == title, width
        for before, after in itertools.pairwise(lines):
            assert after[0] not in "”’" and before[-1] not in "“‘", (width, lines)
            assert not (before[-1] == after[0] and after[0] in "—…"), (width, lines)


def test_a_thai_line_never_ends_on_a_vowel_written_before_its_consonant() -> None:
    # 'เ', 'แ', 'โ', 'ใ', 'ไ' are written before the consonant they are said after, and
    # 'ๆ' repeats the word before it: a line ended on 'เ', or opened with 'ๆ'.
    font = cards.lettering("ไทย", 60, "th")
    for before in range(30):
        title = "ก" * before + "เทแพโตใจไปๆ" * 20
        lines = cards.wrap(title, font, 700, 30)
        assert "".join(lines) == title
        assert not any(line[-1] in "เแโใไ" for line in lines[:-1]), (before, lines)
        assert not any(line[0] == "ๆ" for line in lines[1:]), (before, lines)
    # A line never opens with a full stop either: 'พ.ศ' / '.๒๕๖๘' (the year of the Buddhist Era).
    title = "น้ำท่วมกรุงเทพมหานครปีพ.ศ.๒๕๖๘ทำให้ประชาชนจำนวนมากต้องอพยพออกจากบ้านเรือน"
    for width in range(300, 1040, 23):
        lines = cards.wrap(title, font, width, 30)
        assert "".join(lines) == title
        assert not any(line[0] in ".," for line in lines[1:]), (width, lines)
        assert not any(line.endswith("พ.") for line in lines), (width, lines)  # nor parts 'พ.ศ.'


def _measurements(title: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """How many times drawing ``title``'s card measures a text with a font, and how many
    characters those texts hold in all."""
    calls, characters = 0, 0
    getlength = ImageFont.FreeTypeFont.getlength

    def counted(font: ImageFont.FreeTypeFont, text: str, *args: object, **kwargs: object) -> float:
        nonlocal calls, characters
        calls, characters = calls + 1, characters + len(text)
        return getlength(font, text, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(ImageFont.FreeTypeFont, "getlength", counted)
        cards.card(title, "Explainers", None, "hi")
    return calls, characters


@pytest.mark.parametrize("pair", ["a\u0915", "ab\u0915\u0916", "\u0e01x"], ids=["hindi", "pairs", "thai"])
def test_a_title_alternating_two_fonts_is_measured_only_as_far_as_its_lines_go(
    pair: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'aक' * 5000 took 1.9 s to draw: each change of font is a run measured on its own,
    # and a word longer than a line was measured whole, and in halves from its 1,000th
    # character down, at every size (66,000 measurements). Only what the lines can hold
    # is measured now, the same for 10,000 characters as for 500.
    long, short = pair * (10_000 // len(pair)), pair * (500 // len(pair))
    assert _measurements(long, monkeypatch) == _measurements(short, monkeypatch)
    calls, characters = _measurements(long, monkeypatch)
    assert calls < 2000 and characters < 20 * cards.SHOWN_CHARACTERS, (calls, characters)


THAI_HEADLINES = (
    "เลือกตั้งผู้ว่าฯ กทม. รอบใหม่",
    "แผ่นดินไหวขนาด 7.7 ที่เมียนมา อาคารสูงในกรุงเทพฯ ถล่มทั้งหลัง",
    "ครม.อนุมัติงบประมาณสามหมื่นล้านบาท ช่วยเหลือผู้ประสบภัยน้ำท่วมภาคเหนือและภาคตะวันออกเฉียงเหนือ",
    "นายกรัฐมนตรีเดินทางเยือนญี่ปุ่นเพื่อหารือความร่วมมือด้านเศรษฐกิจการค้าและการลงทุนกับผู้นำเอกชน",
    "ราคาน้ำมันดิบปรับตัวสูงขึ้นต่อเนื่องเป็นสัปดาห์ที่สามหลังกลุ่มโอเปกพลัสประกาศลดกำลังการผลิต"
    "ส่งผลให้ค่าครองชีพของประชาชนเพิ่มขึ้นทั่วประเทศ รัฐบาลเตรียมมาตรการตรึงราคาพลังงานเป็นเวลาสามเดือน",
)
LEADING_VOWELS = "เแโใไ"
"""Written before the consonant they are said after: a cluster never ends on one."""
FOLLOWING = "ะาำๅๆฯ"
"""What belongs with the letter before it: the vowels written after a consonant, the
mark of repetition and that of abbreviation."""


def _thai_break_is_between_clusters(before: str, after: str) -> bool:
    """Whether a line ending with ``before`` and a next one opening with ``after`` part
    two Thai clusters: not after a leading vowel, not before a vowel, tone or other sign
    written on or after the consonant before it, nor inside a vowel written in several
    parts ('เ-ือ' of 'เหลือ', 'เ-ีย' of 'เปลี่ยน', '-ัว' of 'ตัว'), nor after the 'ั' or
    'ื' that a consonant closes ('ภัย', 'คืน')."""
    if before[-1] in LEADING_VOWELS or after[0] in FOLLOWING:
        return False
    if unicodedata.category(after[0]) == "Mn":
        return False
    last = before.rstrip("\u0e48\u0e49\u0e4a\u0e4b")  # the tone marks
    if last.endswith(("\u0e31", "\u0e37")):  # 'ั' and 'ื' always have a letter after them
        return False
    # 'ี' closes a syllable ('ที่'), but not one of 'เ-ีย' ('เปลี่ยน')
    return not (after[0] == "ย" and last.endswith("\u0e35") and "เ" in last[-4:])


@pytest.mark.parametrize("title", THAI_HEADLINES, ids=["short", "spaced", "phrases", "unspaced", "long"])
def test_a_thai_title_is_broken_at_a_space_or_between_clusters(title: str) -> None:
    # Thai has no spaces between words, only between phrases: a phrase longer than a
    # line was cut between any two letters where the line was full ('เหลื' / 'อ', 'ภั' /
    # 'ย', 'ช่วยเหลื' / 'อ', a consonant parted from its 'า').
    font = cards.lettering(title, 60, "th")
    spaced = {i for i, ch in enumerate(title) if ch == " "}
    for width in range(260, 1041, 13):
        lines = cards.wrap(title, font, width, 40)
        assert all(font.getlength(line) <= width or len(line) == 1 for line in lines), (width, lines)
        at = 0
        for before, after in itertools.pairwise(lines):
            at += len(before)
            if at in spaced:  # a space: the line breaks there, and it is not drawn
                at += 1
                continue
            assert title[at - len(before) : at] == before, (width, lines)
            assert _thai_break_is_between_clusters(before, after), (width, before[-3:], after[:3])
        assert title[at:] == lines[-1]


def _letter_tops(line: str, size: int) -> list[int]:
    """The top row of each letter of ``line`` drawn as a card's title line at ``size``,
    left to right (the letters apart, each a run of inked columns)."""
    font = cards.Lettering(cards.fonts_for(line), size)
    im = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), (0, 0, 0))
    cards._draw(ImageDraw.Draw(im), cards.MARGIN, line, font, False, (255, 255, 255))
    pixels = im.convert("L").load()
    assert pixels is not None
    tops: list[int] = []
    top = None
    for x in range(cards.WIDTH):
        inked = [y for y in range(cards.HEIGHT) if pixels[x, y] > 128]  # type: ignore[operator]
        if inked:
            top = min(inked) if top is None else min(top, *inked)
        elif top is not None:
            tops.append(top)
            top = None
    return tops


@pytest.mark.parametrize("size", cards.TITLE_SIZES)
@pytest.mark.parametrize(
    "latin,other",
    [("H", "\u0915"), ("x", "\u0b95"), ("o", "\u0c05"), ("o", "\u0e01"), ("H", "\u0995")],
    ids=["devanagari", "tamil", "telugu", "thai", "bengali"],
)
def test_letters_of_another_script_are_drawn_as_tall_as_the_latin_beside_them(
    latin: str, other: str, size: int
) -> None:
    # At the same size, Noto's Devanagari letters hang from a headline 15 % lower than
    # DejaVu's capitals, and Telugu's bodies are 9 % shorter than its x-height: on a line
    # of both ('G20 शिखर सम्मेलन'), they looked a size smaller than the Latin letters.
    # Devanagari's headline now stands as high as the capitals, the bodies of Tamil,
    # Telugu and Thai letters as Latin's lowercase: Telugu's, round-topped, as high as
    # 'o' (matched with flat 'x', they were a pixel short of it at most sizes).
    latin_top, other_top = _letter_tops(f"{latin} {other}", size)
    assert abs(latin_top - other_top) <= 1, (latin_top, other_top)


@pytest.mark.parametrize(
    "font,pairs",
    [
        (cards.SCRIPT_FONTS[1], ["\u0b95x", "\u0baax", "\u0ba4x", "\u0bb5o", "\u0bb4o", "\u0bb1o"]),
        (cards.SCRIPT_FONTS[3], ["\u0e01o", "\u0e04o", "\u0e14o", "\u0e19x", "\u0e1ax", "\u0e21x"]),
    ],
    ids=["tamil", "thai"],
)
def test_flat_and_round_topped_letters_are_as_tall_as_latins_flat_and_round_ones(
    font: str, pairs: list[str]
) -> None:
    # Thai's 'ก' was matched with 'x': its top is round and overshoots as 'o' does, and
    # every Thai letter, round ('ก', 'ค', 'ด') or flat ('น', 'บ', 'ม'), was drawn a pixel
    # shorter than DejaVu's round or flat lowercase (3 % smaller). Tamil's 'க' tops flat,
    # as 'x' does: its letters are as tall as the Latin ones, round and flat alike.
    differences = [
        cards._height(font, own, cards.matched_size(font, size)) - cards._height(cards.FONT, latin, size)
        for size in cards.TITLE_SIZES
        for own, latin in (tuple(pair) for pair in pairs)
    ]
    assert all(abs(difference) <= 2 for difference in differences), differences
    assert abs(sum(differences)) <= len(differences) / 4, differences


def test_a_chinese_or_japanese_run_is_drawn_at_the_size_its_latin_capitals_match() -> None:
    # Noto Sans CJK has Latin capitals of its own, drawn beside its characters: the size
    # at which they are as tall as DejaVu's is the size its characters are drawn at.
    for size in cards.TITLE_SIZES:
        runs = cards.Lettering(cards.fonts_for("H 東京", "ja"), size).runs("H 東京")
        assert [os.path.basename(str(font.path)) for _, font in runs][-1].startswith("NotoSansCJKjp")
        cjk = runs[-1][1]
        dejavu_h, cjk_h = cards._font(size).getbbox("H", anchor="ls")[1], cjk.getbbox("H", anchor="ls")[1]
        assert abs(dejavu_h - cjk_h) <= 1, (size, dejavu_h, cjk_h)


MIXED_TITLES = {
    "hi": "G20 शिखर सम्मेलन नई दिल्ली में: भारत की अध्यक्षता में अफ्रीकी संघ स्थायी सदस्य बना, "
    "Joe Biden और Rishi Sunak ने घोषणापत्र पर सहमति जताई",
    "ta": "G20 உச்சி மாநாடு Chennai நகரில் தொடங்கியது: உலகத் தலைவர்கள் காலநிலை மாற்றம் "
    "குறித்து விவாதம், Narendra Modi வரவேற்பு",
    "te": "G20 శిఖరాగ్ర సదస్సు Hyderabad లో ప్రారంభం: ప్రపంచ నాయకులు వాతావరణ మార్పుపై చర్చించారు, ప్రధాని స్వాగతం పలికారు",
    "th": "ประชุมสุดยอด G20 ที่ Bangkok ผู้นำโลกหารือเรื่องการเปลี่ยนแปลงสภาพภูมิอากาศ "
    "และความร่วมมือทางเศรษฐกิจในภูมิภาคเอเชียตะวันออกเฉียงใต้",
    "ja": "G20サミットがTokyoで開幕、各国首脳が気候変動と世界経済の先行きについて議論し、"
    "共同声明の採択を目指す",
    "ar": "قمة G20 في الرياض: قادة العالم يناقشون تغير المناخ والاقتصاد العالمي، وJoe Biden يدعو إلى التعاون",
    "ur": "پاکستان میں G20 اجلاس: عالمی رہنما موسمیاتی تبدیلی پر بات چیت کر رہے ہیں، Joe Biden نے تعاون کی اپیل کی",
}


@pytest.mark.parametrize("language", MIXED_TITLES)
def test_a_mixed_title_stays_inside_the_cards_margins_at_every_length(language: str) -> None:
    # Drawn larger, a line of Devanagari or Telugu is taller: a title fills fewer lines
    # at a size, and no line runs past the margins or into the site's name below.
    title = MIXED_TITLES[language]
    rtl = languages.reads_right_to_left(title)
    site_only = Image.open(io.BytesIO(cards.card("", "Explainers", rtl, language))).convert("RGB")
    rule_top = cards.HEIGHT - cards.MARGIN - cards.SITE_SIZE - 28
    title = f"{title} {title} {title}"  # long enough for the smallest size, and its '…'
    for end in [*range(20, len(title) // 3 + 1, 9), len(title)]:
        png = cards.card(title[:end], "Explainers", rtl, language)
        with Image.open(io.BytesIO(png)) as im:
            box = ImageChops.difference(im.convert("RGB"), site_only).getbbox()
        assert box is not None
        left, top, right, bottom = box
        assert left >= cards.MARGIN - 2 and right <= cards.WIDTH - cards.MARGIN + 2, (end, box)
        assert top >= cards.MARGIN // 2 and bottom <= rule_top - 24, (end, box)


def test_lines_of_a_script_drawn_larger_are_as_far_apart_as_its_size_asks() -> None:
    # Drawn 17 % larger, Devanagari lines 1.2 times DejaVu's size apart were barely more
    # than its own size apart: the vowel signs below one line ran into those above the
    # next ('कृषि' over 'किंतु').
    title = "प्रधानमंत्री ने कृषि सुधारों पर बैठक में किसानों की चिंताओं को सुना"
    font, lines = cards.fit(title, "hi")
    assert len(lines) > 1
    drawn = max(run_font.size for line in lines for _, run_font in font.runs(line))  # type: ignore[attr-defined]
    assert drawn > font.size
    with Image.open(io.BytesIO(cards.card(title, "Explainers", None, "hi"))) as im:
        grey = im.convert("L").crop((0, 0, cards.WIDTH, cards.HEIGHT // 2 + 100))
    inked = grey.point(lambda v: 255 if v > 128 else 0)
    rows = [inked.crop((0, y, grey.width, y + 1)).histogram()[255] for y in range(grey.height)]
    headlines = [y for y in range(1, grey.height - 1) if rows[y] > 0.6 * max(rows) and rows[y] >= rows[y - 1]]
    first, second = headlines[0], next(y for y in headlines if y > headlines[0] + drawn // 2)
    assert second - first >= round(1.2 * drawn), (second - first, drawn)


def _thai_syllable_surely_ends(before: str, after: str) -> bool:
    """Whether Thai spelling alone says a syllable ends between ``before`` and ``after``:
    the next opens with a vowel written before its consonant, or this one closes with
    'ะ', 'ำ', the silencing '์' or a mark of repetition or abbreviation."""
    thai = "\u0e01" <= before <= "\u0e5b" and "\u0e01" <= after <= "\u0e5b"
    return thai and (after in LEADING_VOWELS or before in "ะำ์ๆฯ")


@pytest.mark.parametrize("title", THAI_HEADLINES, ids=["short", "spaced", "phrases", "unspaced", "long"])
def test_a_thai_phrase_is_broken_where_a_syllable_surely_ends_near_the_lines_end(title: str) -> None:
    # Clusters are not syllables: a line broke 'ตะวันออ' / 'กเฉียงใต้', 'กลุ่' / 'ม', 'ขอ' /
    # 'งประชาชน', leaving a syllable's last letter to open the next line. Where the last
    # quarter of a line has a place a syllable surely ends, the line ends there.
    font = cards.lettering(title, 60, "th")
    for width in range(260, 1041, 13):
        lines = cards.wrap(title, font, width, 40)
        for before, after in itertools.pairwise(lines):
            if title.find(before + " " + after[:1]) >= 0 or not cards._unspaced(after[0]):
                continue  # broken at a space, or not inside Thai
            tail = before[len(before) * 3 // 4 :] + after[0]
            if any(_thai_syllable_surely_ends(a, b) for a, b in itertools.pairwise(tail)):
                assert _thai_syllable_surely_ends(before[-1], after[0]), (width, before[-8:], after[:8])


@pytest.mark.parametrize(
    "title,language",
    [
        (MIXED_TITLES["hi"], "hi"),
        (MIXED_TITLES["te"], "te"),
        (MIXED_TITLES["th"], "th"),
        (THAI_HEADLINES[3], "th"),
    ],
    ids=["hindi", "telugu", "thai", "thai-unspaced"],
)
def test_the_ellipsis_of_a_long_title_never_parts_a_letter_from_its_signs(title: str, language: str) -> None:
    # The last line was shortened a character at a time until ' …' fitted: a Hindi line
    # could end on a consonant whose vowel sign went ('स्थायी' drawn 'स्थाय …'), or on a
    # virama, and a Thai one on 'เ' or inside a cluster.
    for repeat in range(3, 6):
        long = " ".join([title] * repeat)
        for cut in range(0, 60, 3):
            _, lines = cards.fit(long[cut:], language)
            assert lines[-1].endswith(" …")
            kept = lines[-1][:-2]
            shown = "".join([*lines[:-1], kept]).replace(" ", "")
            after = long[cut:].replace(" ", "")[len(shown) :]  # what follows, spaces aside
            assert after, (repeat, cut)
            assert not cards._attaches(after[0]) and after[0] not in "ะาๅๆฯ", (kept[-5:], after[:5])
            assert unicodedata.combining(kept[-1]) != cards.VIRAMA and kept[-1] not in LEADING_VOWELS, kept[
                -5:
            ]
            if cards._unspaced(kept[-1]) and cards._unspaced(after[0]):
                assert _thai_break_is_between_clusters(kept, after), (kept[-5:], after[:5])


SYLLABLES = (
    "นา·ยก·รัฐ·มน·ตรี·เดิน·ทาง·เยือน·ญี่·ปุ่น·เพื่อ·หา·รือ·ความ·ร่วม·มือ·ด้าน·เศรษ·ฐ·กิจ·การ·ค้า·และ·การ·ลง·ทุน·กับ·ผู้·นำ·เอก·ชน",
    "รา·คา·น้ำ·มัน·ดิบ·ปรับ·ตัว·สูง·ขึ้น·ต่อ·เนื่อง·เป็น·สัป·ดาห์·ที่·สาม·หลัง·กลุ่ม·โอ·เปก·พลัส·ประ·กาศ·ลด·กำ·ลัง·การ·ผลิต",
    "กรม·อุ·ตุ·นิ·ยม·วิท·ยา·ประ·กาศ·เตือน·พา·ยุ·ฝน·ฟ้า·คะ·นอง·และ·ลม·กระ·โชก·แรง·ทั่ว·ประ·เทศ·ไทย·ต·ลอด·สัป·ดาห์·นี้",
    "ตำ·รวจ·จับ·กุม·ผู้·ต้อง·หา·ค·ดี·ฉ้อ·โกง·ออน·ไลน์·มูล·ค่า·กว่า·ร้อย·ล้าน·บาท·ที่·จัง·หวัด·ชล·บุ·รี",
    "ธ·นา·คาร·แห่ง·ประ·เทศ·ไทย·คง·อัต·รา·ดอก·เบี้ย·น·โย·บาย·ไว้·ที่·ร้อย·ละ·สอง·จุด·ห้า·ต่อ·ปี",
    "ชาว·บ้าน·ริม·แม่·น้ำ·โขง·ร้อง·เรียน·ปัญ·หา·น้ำ·ขึ้น·ลง·ผิด·ปก·ติ·หลัง·เขื่อน·จีน·ปล่อย·น้ำ",
    "ส·ภา·ผู้·แทน·ราษ·ฎร·ผ่าน·ร่าง·กฎ·หมาย·สม·รส·เท่า·เทียม·วา·ระ·สาม·ด้วย·คะ·แนน·เสียง·ท่วม·ท้น",
    "โรง·พ·ยา·บาล·ศิ·ริ·ราช·เปิด·ศูนย์·รัก·ษา·โรค·มะ·เร็ง·แห่ง·ใหม่·รอง·รับ·ผู้·ป่วย·ได้·มาก·ขึ้น·สอง·เท่า",
)
"""Thai headlines without a space, their syllables parted by '·' (as a reader says them)."""


@pytest.mark.parametrize("syllables", SYLLABLES, ids=[f"headline-{n}" for n in range(len(SYLLABLES))])
def test_a_thai_headline_without_spaces_is_broken_between_its_syllables(syllables: str) -> None:
    # Where no syllable surely ends near a line's end, the line ended at its last cluster,
    # often inside a syllable: 'การค้า' drawn 'กา' / 'รค้า', 'ความร่วม' 'ควา' / 'มร่วม',
    # 'ปล่อย' 'ป' / 'ล่อย', 'ป่วย' 'ป่ว' / 'ย', 'ดอกเบี้ย' 'ด' / 'อกเบี้ย'.
    title = syllables.replace("·", "")
    ends = set(itertools.accumulate(len(syllable) for syllable in syllables.split("·")))
    for size in cards.TITLE_SIZES:
        font = cards.lettering(title, size, "th")
        for width in range(cards.WIDTH - 2 * cards.MARGIN, 599, -41):
            lines = cards.wrap(title, font, width, 40)
            assert "".join(lines) == title
            breaks = list(itertools.accumulate(len(line) for line in lines))[:-1]
            inside = [(title[at - 4 : at], title[at : at + 4]) for at in breaks if at not in ends]
            assert not inside, (size, width, inside)


MARKED_TITLES = {
    "hi": "कानपुर में मिठाई विक्रेता गुड्डू ने ट्रूडो के स्वागत में लड्डू बाँटे, कुँवर साहब ने मुँह मीठा "
    "कराया और बुद्धिजीवियों ने कीर्ति गाई",
    "te": "హైదరాబాద్‌లో భారీ వర్షాలు: లోతట్టు ప్రాంతాలు జలమయం, ట్రాఫిక్ స్తంభించింది, ప్రజలు ఇబ్బందులు పడుతున్నారు",
    "ta": "சென்னையில் கனமழை: தாழ்வான பகுதிகளில் வெள்ளம், போக்குவரத்து முடங்கியது, பள்ளிகளுக்கு விடுமுறை அறிவிப்பு",
    "th": "น้ำท่วมหนักในภาคเหนือ ผู้ว่าฯ สั่งอพยพชาวบ้านริมแม่น้ำปิง ฝนตกต่อเนื่องสามวัน ชุมชนหลายแห่งถูกตัดขาด",
    "ar": "احتجاجات واسعة في بيروت بعد انفجار المرفأ والحكومة تستقيل وسط غضب شعبي",
    "vi": "Quốc hội thông qua ngân sách: Người dân Hà Nội ủng hộ kế hoạch giao thông mới ở Ấn Độ",
}
"""Titles whose letters wear marks above and below: Hindi's 'ू' under 'ड्ड' and 'ँ', Telugu's
subscript consonants, Thai's 'ู' and stacked tone marks, Arabic's dots, Vietnamese's dot
below and its capitals' two marks above ('ạ' over 'Ấ')."""


def _line_inks(title: str, language: str) -> list[tuple[int, int]]:
    """The top and bottom rows (the bottom one past the ink) of each line of ``title``'s
    card, each line drawn alone where the card draws it."""
    font, lines = cards.fit(title, language)
    rtl = languages.reads_right_to_left(title)
    y = cards._top(font)
    inks = []
    for line, step in zip(lines, cards.steps(font, lines), strict=True):
        im = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), (0, 0, 0))
        cards._draw(ImageDraw.Draw(im), y, line, font, rtl, (255, 255, 255))
        box = im.getbbox()
        assert box is not None
        inks.append((box[1], box[3]))
        y += step
    return inks


@pytest.mark.parametrize("language", MARKED_TITLES)
def test_the_ink_of_two_lines_never_touches(language: str) -> None:
    # 1.2 times the size apart, the subscripts below a Telugu line ran into the signs above
    # the next ('ట్టు' over 'ట్రా', ten rows deep), as did a Thai line's 'ู' and an Arabic
    # one's dots below into the marks and dots above the next.
    title = MARKED_TITLES[language]
    for end in range(len(title) // 2, len(title) + 1, 7):
        inks = _line_inks(title[:end].strip(), language)
        for (_, bottom), (top, _) in itertools.pairwise(inks):
            assert top > bottom, (end, inks)


@pytest.mark.parametrize("language", [*MARKED_TITLES, "th-mixed"])
def test_two_lines_are_no_further_apart_than_their_own_ink_asks(language: str) -> None:
    # One deep pair of lines ('ట్టు' over 'ట్రా') spaced every line of the title, and a
    # title four lines of which fitted at a size was drawn a size or two smaller.
    title = MIXED_TITLES["th"] if language == "th-mixed" else MARKED_TITLES[language]
    language = language.split("-")[0]
    for end in range(len(title) // 2, len(title) + 1, 7):
        font, lines = cards.fit(title[:end].strip(), language)
        runs = [run for line in lines for run in font.runs(line)] if isinstance(font, cards.Lettering) else []
        least = round(max([font.size, *(run_font.size for _, run_font in runs)]) * 1.2)
        inks = _line_inks(title[:end].strip(), language)
        tops = list(itertools.accumulate(cards.steps(font, lines), initial=cards._top(font)))
        for i, ((_, bottom), (top, _)) in enumerate(itertools.pairwise(inks)):
            assert tops[i + 1] - tops[i] == least or top - bottom <= round(font.size * cards.INK_GAP) + 3, (
                end,
                i,
                inks,
            )


def test_a_title_whose_lines_fit_spaced_by_their_own_ink_is_drawn_at_that_size() -> None:
    # Every line spaced by its deepest pair ('ภู' over 'และ'), four lines of this title
    # did not fit at 68 pixels, and it was drawn at 60.
    font, lines = cards.fit(MIXED_TITLES["th"][:94].strip(), "th")
    assert (font.size, len(lines)) == (68, 4)
    assert cards._top(font) + sum(cards.steps(font, lines)) <= cards.TITLE_BOTTOM


URDU = "پاکستان میں G20 اجلاس: Joe Biden نے وزیراعظم سے ملاقات کی"


def _alone(pieces: list[tuple[str, str, str]], y: int) -> Image.Image:
    """A card's background with ``pieces`` (text, font, direction) drawn on the baseline
    of the line whose top is at ``y``, one after another leftwards from the right margin."""
    im = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), cards.BACKGROUND)
    baseline = y + cards._font(cards.TITLE_SIZES[0]).getmetrics()[0]
    x = float(cards.WIDTH - cards.MARGIN)
    for text, path, direction in pieces:
        font = cards._loaded(path, cards.matched_size(path, cards.TITLE_SIZES[0]))
        x -= font.getlength(text, direction=direction)
        ImageDraw.Draw(im).text(
            (x, baseline), text, font=font, fill=cards.TITLE_COLOUR, anchor="ls", direction=direction
        )
    return im


def test_an_urdu_title_is_drawn_joined_up_and_in_the_order_it_is_read() -> None:
    # DejaVu has Arabic's letters but not Urdu's 'ے' and 'ہ', which nearly every Urdu
    # title has ('سے', 'ہے'): the title was left off the card. Noto Sans Arabic draws
    # such a title's Arabic letters, DejaVu its Latin ones, each run in its direction.
    assert cards.missing_letter(URDU) is None and cards.title_drawn(URDU)
    font, lines = cards.fit(URDU, "ur")
    assert font.size == cards.TITLE_SIZES[0]
    assert lines == ["پاکستان میں G20 اجلاس:", "Joe Biden نے وزیراعظم سے", "ملاقات کی"]
    with Image.open(io.BytesIO(cards.card(URDU, "Explainers", True, "ur"))) as im:
        card = im.convert("RGB")
    tops = list(itertools.accumulate(cards.steps(font, lines), initial=cards._top(font)))
    expected = [
        # the last line's Urdu words, laid out whole by Noto and joined up
        (2, [("ملاقات کی", cards.ARABIC_FONT, "rtl")]),
        # a Latin name that opens a line of a right-to-left title is read first: at its right
        (
            1,
            [
                ("Joe Biden", cards.FONT, "ltr"),
                (" ", cards.FONT, "rtl"),
                ("نے وزیراعظم سے", cards.ARABIC_FONT, "rtl"),
            ],
        ),
    ]
    for index, pieces in expected:
        alone = _alone(pieces, tops[index])
        ink = ImageChops.difference(alone, Image.new("RGB", alone.size, cards.BACKGROUND)).getbbox()
        assert ink is not None
        band = (0, ink[1], cards.WIDTH, ink[3])
        assert ImageChops.difference(card.crop(band), alone.crop(band)).getbbox() is None, index


def _pieces_of(title: str, lines: list[str], rtl: bool) -> list[list[tuple[str, bool]]]:
    """The pieces (text, whether right to left) each of ``lines`` of ``title`` is drawn
    in, from the left."""
    font = cards.lettering(title, cards.TITLE_SIZES[0], "ur")
    assert isinstance(font, cards.Lettering)
    return [
        [(text, right_to_left) for text, _, right_to_left, _ in cards._pieces(font.runs(line), levels, rtl)]
        for line, levels in zip(lines, cards.line_levels(title, lines, rtl), strict=True)
    ]


FLOOD = "سیلاب سے ہزاروں بے گھر"
AID = "حکومت نے امداد کا اعلان کیا"


def test_a_number_after_urdu_words_is_read_with_them_on_a_line_read_from_the_left() -> None:
    # An Urdu title on the card of a story in a left-to-right language: a year in brackets
    # that ends a line after Urdu words was put to their right, as if a sentence read from
    # the left began with it; read with the words before it, it stands at their left, and
    # so does the comma after it, which the next line's Urdu words follow.
    title = f"{FLOOD} (2024)، {AID}"
    first, _ = _pieces_of(title, [f"{FLOOD} (2024)،", AID], False)
    assert first == [(")،", True), ("2024", False), ("(", True), (f"{FLOOD} ", True)]


def test_a_number_that_starts_a_line_is_read_with_the_urdu_words_that_end_the_line_before() -> None:
    # The direction a number is read in came from the letters before it on its own line:
    # a line that starts with '(2024)' after a line of Urdu words, on the card of a story
    # read from the left, put the year at the left end, before the words it follows.
    title = f"{FLOOD} (2024)، {AID}"
    _, second = _pieces_of(title, [FLOOD, f"(2024)، {AID}"], False)
    assert second == [(AID, True), (")، ", True), ("2024", False), ("(", True)]


def test_brackets_inside_a_latin_phrase_of_an_urdu_title_stay_with_it() -> None:
    # A closing bracket between a Latin word and an Urdu one took the title's direction:
    # it was drawn turned round, on the far side of the Latin phrase ('(Joe (Biden').
    title = "وزیراعظم نے Joe (Biden) سے ملاقات کی"
    (line,) = _pieces_of(title, [title], True)
    assert line == [("سے ملاقات کی", True), (" ", True), ("Joe (Biden)", False), ("وزیراعظم نے ", True)]


def test_a_number_that_starts_a_line_of_an_arabic_title_in_one_font_is_read_with_the_words_before() -> None:
    # A title DejaVu draws alone was drawn a line at a time by Pillow's layout, which reads
    # each line as a text of its own: the year that starts a line after Arabic words, on
    # the card of a story read from the left, stood at the left end, before the words.
    title = "فيضانات درنة في ليبيا (2023) الحكومة تعلن الحداد"
    lines = ["فيضانات درنة في ليبيا", "(2023) الحكومة تعلن الحداد"]
    font = cards.lettering(title, cards.TITLE_SIZES[0], "en")
    assert not isinstance(font, cards.Lettering)
    levels = cards.line_levels(title, lines, False)
    line = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), (0, 0, 0))
    cards._draw(ImageDraw.Draw(line), cards.MARGIN, lines[1], font, False, (255, 255, 255), levels[1])
    words = Image.new("RGB", (cards.WIDTH, cards.HEIGHT), (0, 0, 0))
    ImageDraw.Draw(words).text(
        (cards.MARGIN, cards.MARGIN), "الحكومة تعلن الحداد", font=font, fill=(255, 255, 255), direction="rtl"
    )
    box = words.getbbox()
    assert box is not None and line.getbbox() is not None
    assert ImageChops.difference(line.crop(box), words.crop(box)).getbbox() is None


def _in_visual_order(text: str, levels: list[int]) -> str:
    """``text`` as a line of it is seen from the left, its characters at ``levels``: from
    the highest level down to 1, each run at that level or above turned round (the
    bidirectional algorithm's rule L2; glyphs are mirrored by the layout, not here)."""
    order, at = list(range(len(text))), list(levels)
    for level in range(max(at, default=0), 0, -1):
        i = 0
        while i < len(order):
            if at[i] < level:
                i += 1
                continue
            j = i
            while j < len(order) and at[j] >= level:
                j += 1
            order[i:j], at[i:j] = order[i:j][::-1], at[i:j][::-1]
            i = j
    return "".join(text[k] for k in order)


def test_titles_are_ordered_as_python_bidi_orders_them() -> None:
    # bidi_levels stands in for a library, as a card's lines are drawn in pieces of one
    # font each and a number or bracket that starts a line is read with the line before:
    # python-bidi (Rust's unicode-bidi) orders a text only whole, as one line. On every
    # line it orders, of Arabic, Urdu and Hebrew letters with Latin ones, European and
    # Arabic digits, separators, currency and per cent signs, brackets, spaces and a
    # vowel mark, both give the same order, in a story read either way.
    alphabet = "ابیہשלabZ 12٣.,%$()[]-'\u064e"
    shuffle = random.Random(81)
    for _ in range(3000):
        text = "".join(shuffle.choice(alphabet) for _ in range(shuffle.randint(1, 14)))
        for rtl in (False, True):
            ours = _in_visual_order(text, cards.bidi_levels(text, rtl))
            assert ours == get_display(text, base_dir="R" if rtl else "L"), (text, rtl)


@pytest.mark.parametrize(
    "title",
    [
        "काठमाडौंमा बाढी र पहिरो: के भयो, के थाहा छैन",  # Nepali
        "मुंबईतील पावसाचा घटनाक्रम: ळ, ऱ्या, ॲप, ऑगस्ट, क्षमा, ज्ञान",  # Marathi's own letters
    ],
)
def test_nepali_and_marathi_titles_are_drawn_in_the_bundled_devanagari_font(title: str) -> None:
    # Marathi writes letters Hindi seldom does ('ळ', the eyelash 'ऱ', 'ॲ'): the bundled
    # Noto Sans Devanagari has them all, and the card draws both languages' titles.
    assert cards.missing_letter(title) is None
    assert cards.title_drawn(title)
