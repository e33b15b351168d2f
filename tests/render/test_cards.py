"""Social cards: drawn for stories without a lead picture, with the bundled font."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageChops

from generator.commands.build import build
from generator.render import cards
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


def test_cyrillic_is_drawn_and_a_script_the_font_lacks_is_left_off() -> None:
    site_only = cards.card("", "Explainers")
    assert cards.card("Кыргызстан после апреля", "Explainers") != site_only
    assert cards.card("北京奥运会", "Explainers") == site_only  # no empty boxes


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
    assert cards.right_to_left("«الاحتجاجات» في بيروت") and not cards.right_to_left("Kyrgyzstan 2010")
    left, right = _ink_columns(cards.card("إضراب عمال الميناء", "شرح"))
    assert right > cards.WIDTH - cards.MARGIN - 4 and left > cards.MARGIN + 100  # not from the left margin
    left, right = _ink_columns(cards.card("Port strike", "Explainers"))
    assert left < cards.MARGIN + 4 and right < cards.WIDTH // 2
