"""What a shared link of each page shows (``share_meta`` in ``_macros.html``): the page's
own picture, else the story's lead picture, else the story's drawn card; with the type
and size of whatever the build made."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops, ImageDraw

from generator.commands.build import build
from generator.pictures import cards
from tests.conftest import TEMPLATES, Project
from tests.crawl import serve
from tests.images import photo

BASE = "https://news.example/x/"
PAGES = {
    "story": "site/story-a/index.html",
    "event": "site/story-a/events/e1/index.html",
    "figure": "site/story-a/figures/fig-a/index.html",
    "place": "site/story-a/locations/loc-a/index.html",
}


def shared(path: str) -> dict[str, str]:
    """The page's og:image* and twitter:* properties."""
    page = Path(path).read_text()
    found = re.findall(r'<meta (?:property|name)="((?:og:image|twitter:)[^"]*)" content="([^"]*)">', page)
    return dict(found)


def add_lead(project: Project, src: str = "media/lead.jpg", alt: str = "The lead") -> None:
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + f"image:\n  src: {src}\n  alt: {alt}\n")


def card_of(story_title: str) -> dict[str, str]:
    card = f"{BASE}story-a/card.png"
    return {
        "og:image": card,
        "og:image:type": "image/png",
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": story_title,
        "twitter:card": "summary_large_image",
        "twitter:image": card,
    }


def test_pages_without_a_picture_share_the_story_card(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    for path in PAGES.values():
        assert shared(path) == card_of("Story A"), path
    assert shared("site/index.html") == card_of("Story A")  # the site's one story: its card


def test_the_home_page_shares_its_newest_storys_lead_and_no_one_storys_card(project: Project) -> None:
    project.write("content/story-b/story.yaml", "title: Story B\nsummary: B.\npublished: 2020-01-09\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared("site/index.html") == {"twitter:card": "summary"}  # two stories: a card would name one
    project.write("content/story-b/media/lead.jpg", photo(2000, 1500))
    project.write(
        "content/story-b/story.yaml",
        "title: Story B\nsummary: B.\npublished: 2020-01-09\nimage:\n  src: media/lead.jpg\n  alt: B's lead\n",
    )
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    meta = shared("site/index.html")
    assert meta["og:image"] == f"{BASE}story-b/pictures/lead.jpg.1600.jpg"
    assert meta["og:image:alt"] == "B’s lead"  # typography's apostrophe, as the page has it
    # A newer story without a lead picture: the newest one that has one (the home page
    # shared nothing).
    project.write("content/story-c/story.yaml", "title: Story C\nsummary: C.\npublished: 2020-01-10\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared("site/index.html")["og:image"] == f"{BASE}story-b/pictures/lead.jpg.1600.jpg"


def test_the_home_page_says_no_alt_of_a_picture_in_another_language_than_its_own(project: Project) -> None:
    # An English home page shared its newest story's picture with that story's Arabic alt
    # text, which has no language of its own in a preview and is read as the page's
    # (og:locale en_US). The picture is still shared; its alt only on the story's pages.
    project.write("content/story-b/media/lead.jpg", photo(2000, 1500))
    project.write(
        "content/story-b/story.yaml",
        "title: قصة\nsummary: ب.\npublished: 2020-01-09\nlanguage: ar\n"
        "image:\n  src: media/lead.jpg\n  alt: صورة المظاهرة\n",
    )
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    home = shared("site/index.html")
    assert home["og:image"] == f"{BASE}story-b/pictures/lead.jpg.1600.jpg" and "og:image:alt" not in home
    assert shared("site/story-b/index.html")["og:image:alt"] == "صورة المظاهرة"
    # A site of one story, in another language, without a picture: its drawn card is
    # shared without its alt (the story's title) too.
    shutil.rmtree("content/story-a")
    project.write(
        "content/story-b/story.yaml", "title: قصة\nsummary: ب.\npublished: 2020-01-09\nlanguage: ar\n"
    )
    build(content="content", templates=TEMPLATES, out="site2", base_url=BASE)
    home = shared("site2/index.html")
    assert home["og:image"] == f"{BASE}story-b/card.png" and "og:image:alt" not in home
    assert shared("site2/story-b/index.html")["og:image:alt"] == "قصة"


def test_a_story_whose_card_could_show_neither_its_title_nor_the_sites_name_has_no_card(
    project: Project,
) -> None:
    # A held-out Chinese story (Chang'e 4, 2019) without a lead picture, on a site named
    # in Chinese: the card's font had neither, and the card shared for every page of the
    # story was an empty blue box. A shared link now shows the story's text alone, for a
    # Sinhala story on a site named in Sinhala (letters the card's fonts lack).
    project.write("content/site.yaml", "title: පුවත්\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("title: Story A", "title: කොළඹ ගංවතුර"))
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    for path in [*PAGES.values(), "site/index.html"]:
        assert shared(path) == {"twitter:card": "summary"}, path
    assert not Path("site/story-a/card.png").exists()
    assert "thumbnail_url" not in json.loads(Path("site/story-a/oembed.json").read_text())
    # A site's name the card can draw still gives the story a card, with that name alone.
    project.write("content/site.yaml", "title: Khobor\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared(PAGES["story"])["og:image"] == f"{BASE}story-a/card.png"
    assert Path("site/story-a/card.png").exists()


def test_a_chinese_story_on_a_site_named_in_chinese_shares_a_card_with_its_title(project: Project) -> None:
    # The same held-out story now has its card: Noto Sans CJK, cut to the common
    # characters, draws its title and the site's name in Chinese forms.
    project.write("content/site.yaml", "title: 新闻解读\nlanguage: zh-Hans\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("title: Story A", "title: 嫦娥四号"))
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared(PAGES["story"])["og:image"] == f"{BASE}story-a/card.png"
    assert Path("site/story-a/card.png").read_bytes() == cards.card("嫦娥四号", "新闻解读", None, "zh-Hans")
    assert cards.card("嫦娥四号", "新闻解读", None, "zh-Hans") != cards.card("", "新闻解读", None, "zh-Hans")


def test_pages_without_a_picture_share_the_lead_picture_with_its_type_and_size(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(2000, 1500))
    add_lead(project)
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    lead = f"{BASE}story-a/pictures/lead.jpg.1600.jpg"
    expected = {
        "og:image": lead,
        "og:image:type": "image/jpeg",
        "og:image:width": "1600",
        "og:image:height": "1200",
        "og:image:alt": "The lead",
        "twitter:card": "summary_large_image",
        "twitter:image": lead,
    }
    for path in PAGES.values():
        assert shared(path) == expected, path
    assert not Path("site/story-a/card.png").exists()


def test_a_picture_named_with_a_space_or_a_hash_is_shared_by_a_working_address(project: Project) -> None:
    # A '#' left as it is would end the address there: social sites would fetch the page.
    project.write("content/story-a/media/lead #1 é.jpg", photo(2000, 1500))
    add_lead(project, src='"media/lead #1 é.jpg"')
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    meta = shared(PAGES["story"])
    lead = f"{BASE}story-a/pictures/lead%20%231%20%C3%A9.jpg.1600.jpg"
    assert meta["og:image"] == meta["twitter:image"] == lead
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', Path(PAGES["story"]).read_text())
    assert json.loads(ld)["image"] == [lead]  # search engines' picture of the article
    assert Path("site/story-a/pictures/lead #1 é.jpg.1600.jpg").is_file()


def test_an_event_or_figure_shares_its_own_picture_first(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(2000, 1500))
    project.write("content/story-a/media/scene.jpg", photo(1200, 900, seed=2))
    add_lead(project)
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image:\n  src: media/scene.jpg\n  alt: The scene\n"
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nimage:\n  src: media/scene.jpg\n  alt: Her portrait\n",
    )
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    scene = f"{BASE}story-a/pictures/scene.jpg.1200.jpg"
    for page, alt in (("event", "The scene"), ("figure", "Her portrait")):
        meta = shared(PAGES[page])
        assert meta["og:image"] == meta["twitter:image"] == scene
        assert (meta["og:image:width"], meta["og:image:height"], meta["og:image:alt"]) == ("1200", "900", alt)
    assert shared(PAGES["place"])["og:image"] == f"{BASE}story-a/pictures/lead.jpg.1600.jpg"


def see_through_png(width: int, height: int) -> bytes:
    image = Image.new("RGBA", (width, height), (200, 30, 30, 0))
    ImageDraw.Draw(image).ellipse((0, 0, width // 2, height // 2), fill=(200, 30, 30, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_a_picture_a_shared_link_would_show_badly_gives_way_to_the_lead(project: Project) -> None:
    # Too small (shown blurred), a portrait (cut to a slice) or see-through (shown on black):
    # the page's own picture is passed over for the story's lead.
    project.write("content/story-a/media/lead.jpg", photo(2000, 1500))
    add_lead(project)
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    for name, data in (
        ("small.jpg", photo(300, 200)),
        ("tall.jpg", photo(900, 1200)),
        ("logo.png", see_through_png(1200, 800)),
    ):
        project.write(f"content/story-a/media/{name}", data)
        project.write("content/story-a/events/e1.yaml", event + f"image:\n  src: media/{name}\n  alt: It\n")
        build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
        assert shared(PAGES["event"])["og:image"] == f"{BASE}story-a/pictures/lead.jpg.1600.jpg", name
    chart = io.BytesIO()
    drawn = Image.new("RGB", (1200, 800), "white")
    ImageDraw.Draw(drawn).rectangle((100, 300, 300, 700), fill=(0, 90, 160))  # a bar of a chart
    drawn.save(chart, "PNG")
    project.write("content/story-a/media/chart.png", chart.getvalue())  # an opaque PNG shows well
    project.write("content/story-a/events/e1.yaml", event + "image:\n  src: media/chart.png\n  alt: It\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared(PAGES["event"])["og:image"] == f"{BASE}story-a/pictures/chart.png.1200.png"


def test_a_drawing_is_passed_over_for_the_card_and_a_remote_image_goes_as_it_is(project: Project) -> None:
    project.write(
        "content/story-a/media/map.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    )
    add_lead(project, "media/map.svg", "A map")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    for path in PAGES.values():
        assert shared(path) == card_of("Story A"), path

    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    remote = "https://images.example/scene.jpg"
    project.write("content/story-a/events/e1.yaml", event + f"image:\n  src: {remote}\n  alt: The scene\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared(PAGES["event"]) == {
        "og:image": remote,  # its size and type are not known: none are claimed
        "og:image:alt": "The scene",
        "twitter:card": "summary_large_image",
        "twitter:image": remote,
    }


def test_without_the_sites_address_nothing_is_shared(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(800, 600))
    add_lead(project)
    build(content="content", templates=TEMPLATES, out="site")
    for path in PAGES.values():
        assert shared(path) == {}, path


def test_a_lead_a_shared_link_would_show_badly_is_shared_as_the_drawn_card(project: Project) -> None:
    # A portrait lead: the pages share the story's drawn card, not nothing at all.
    project.write("content/story-a/media/lead.jpg", photo(900, 1200))
    add_lead(project)
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    for path in PAGES.values():
        assert shared(path) == card_of("Story A"), path
    assert Path("site/story-a/index.html").read_text().count('class="image lead"') == 1  # still its lead


def test_a_png_with_an_alpha_channel_but_no_see_through_pixel_is_opaque(project: Project) -> None:
    opaque = io.BytesIO()
    Image.open(io.BytesIO(photo(1200, 800))).convert("RGBA").save(opaque, "PNG")  # alpha 255 everywhere
    project.write("content/story-a/media/lead.png", opaque.getvalue())
    add_lead(project, "media/lead.png")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    # A photo in a PNG: shared as its JPEG, as a photo is.
    assert shared(PAGES["story"])["og:image"] == f"{BASE}story-a/pictures/lead.png.1200.jpg"
    assert not Path("site/story-a/card.png").exists()


def add_focused_lead(project: Project, data: bytes, focus: str = "top") -> None:
    project.write("content/story-a/media/lead.jpg", data)
    add_lead(project)
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + f"  focus: {focus}\n")


def difference(a: Image.Image, b: Image.Image) -> float:
    """The mean difference of two pictures' pixels, from 0 (the same) to 255."""
    histogram = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L").histogram()
    return sum(value * count for value, count in enumerate(histogram)) / (a.width * a.height)


def test_a_portrait_with_a_focus_is_shared_cut_around_it(project: Project) -> None:
    # Social sites cut a shared picture to 1.91:1 around its middle: a portrait's face at
    # its top would be lost. The build cuts it itself, keeping the top edge.
    source = photo(1500, 2000)  # a red mark in its top-left corner, as every test photo
    add_focused_lead(project, source)
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    cut = f"{BASE}story-a/pictures/lead.jpg.1200x630.top.jpg"
    expected = {
        "og:image": cut,
        "og:image:type": "image/jpeg",
        "og:image:width": "1200",
        "og:image:height": "630",
        "og:image:alt": "The lead",
        "twitter:card": "summary_large_image",
        "twitter:image": cut,
    }
    for path in PAGES.values():
        assert shared(path) == expected, path
    assert not Path("site/story-a/card.png").exists()  # shown well now: no card drawn
    with Image.open("site/story-a/pictures/lead.jpg.1200x630.top.jpg") as shown:
        assert (shown.format, shown.size) == ("JPEG", (1200, 630))
        assert not shown.getexif() and "exif" not in shown.info  # stripped as the others are
        with Image.open(io.BytesIO(source)) as original:
            top = original.crop((0, 0, 1500, 788)).resize((1200, 630))
            middle = original.crop((0, 606, 1500, 1394)).resize((1200, 630))
        assert difference(shown, top) < 3
        assert difference(shown, middle) > 20  # not what a social site would have cut
    # The page's own pictures are those of today: the same renditions, with the focus.
    page = Path(PAGES["story"]).read_text()
    assert 'src="lead.jpg.1200x630' not in page and "object-position: top" in page


def test_a_small_picture_is_cut_to_the_largest_box_that_fits_never_enlarged(project: Project) -> None:
    source = photo(800, 1200)
    add_focused_lead(project, source, "bottom right")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    meta = shared(PAGES["story"])
    assert meta["og:image"] == f"{BASE}story-a/pictures/lead.jpg.800x420.bottom-right.jpg"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("800", "420")
    with Image.open("site/story-a/pictures/lead.jpg.800x420.bottom-right.jpg") as shown:
        assert shown.size == (800, 420)
        with Image.open(io.BytesIO(source)) as original:
            assert difference(shown, original.crop((0, 780, 800, 1200))) < 3  # its own pixels


def test_a_wide_picture_is_cut_at_the_side_its_focus_names(project: Project) -> None:
    source = photo(2000, 600)  # a panorama: the whole height, 1,143 pixels of its width
    add_focused_lead(project, source, "left")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    with (
        Image.open("site/story-a/pictures/lead.jpg.1143x600.left.jpg") as shown,
        Image.open(io.BytesIO(source)) as original,
    ):
        assert difference(shown, original.crop((0, 0, 1143, 600))) < 3
    assert shared(PAGES["event"])["og:image:width"] == "1143"


def test_a_picture_without_a_focus_or_already_of_the_shape_is_shared_whole(project: Project) -> None:
    for data, focus, largest in (
        (photo(1500, 2000), "center", None),  # the middle: social sites cut it so themselves
        (photo(1910, 1000), "top", "lead.jpg.1600.jpg"),  # 1.91:1 already
        (photo(2000, 1500), None, "lead.jpg.1600.jpg"),
    ):
        project.write("content/story-a/media/lead.jpg", data)
        story = project.root / "content/story-a/story.yaml"
        story.write_text(story.read_text().split("image:")[0])
        add_lead(project)
        if focus:
            project.write("content/story-a/story.yaml", story.read_text() + f"  focus: {focus}\n")
        build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
        expected = f"{BASE}story-a/pictures/{largest}" if largest else f"{BASE}story-a/card.png"
        assert shared(PAGES["story"])["og:image"] == expected, focus
        made = sorted(p.name for p in Path("site/story-a/pictures").iterdir())
        assert not [name for name in made if "x" in name.split(".")[2]], made  # no cut made


def test_a_see_through_or_too_small_picture_gets_no_cut(project: Project) -> None:
    project.write("content/story-a/media/lead.png", see_through_png(1200, 1600))
    add_lead(project, "media/lead.png")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "  focus: top\n")
    project.write("content/story-a/media/small.jpg", photo(500, 900))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image:\n  src: media/small.jpg\n  alt: It\n  focus: top\n"
    )
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    assert shared(PAGES["story"]) == card_of("Story A")  # shown on black: still the card
    assert shared(PAGES["event"]) == card_of("Story A")  # 500 wide: blurred
    assert not [p.name for p in Path("site/story-a/pictures").iterdir() if ".top." in p.name]


def test_without_the_sites_address_no_cut_is_made(project: Project) -> None:
    add_focused_lead(project, photo(1500, 2000))
    build(content="content", templates=TEMPLATES, out="site")
    assert not [p.name for p in Path("site/story-a/pictures").iterdir() if ".top." in p.name]


# The Share button (assets/share.js): the device's share sheet, else Copy link. Stood in
# for by a script that records what it is given: Chromium on Linux has no share sheet.
RECORD_SHARE = "navigator.share = (data) => { window.shared = data; return Promise.resolve(); };"
NO_SHARE_SHEET = "delete Navigator.prototype.share;"


def served_at(context: Any, address: str, url: str) -> None:
    """Pages asked for at ``address`` (a public or staging site's) answered by the local
    server at ``url``: the button offers no address of this computer's own."""
    context.route(
        address + "**",
        lambda route: route.fulfill(response=route.fetch(url=route.request.url.replace(address, url))),
    )


def test_the_share_button_hands_the_share_sheet_each_pages_public_address(
    browser: Any, project: Project
) -> None:
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    with serve(project.root / "site") as url:
        context = browser.new_context()
        context.add_init_script(RECORD_SHARE)
        try:
            page = context.new_page()
            for path in (PAGES["story"], PAGES["event"]):
                page.goto(url + path.removeprefix("site/") + "#figure=fig-a")
                button = page.locator(".share button")
                assert button.inner_text() == "Share"
                button.click()
                public = BASE + path.removeprefix("site/").removesuffix("index.html")
                # With its filter: the story page keeps it in the address, to be shared.
                assert page.evaluate("window.shared") == {
                    "title": page.title(),
                    "url": public + "#figure=fig-a",
                }
        finally:
            context.close()


@pytest.mark.parametrize(("refusal", "said"), [("NotAllowedError", "Link copied."), ("AbortError", "")])
def test_a_share_sheet_that_fails_leaves_the_link_copied_one_closed_says_nothing(
    browser: Any, project: Project, refusal: str, said: str
) -> None:
    # A sheet refused (a page framed without leave to share) made the button do nothing;
    # a sheet the reader closed is their choice.
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    with serve(project.root / "site") as url:
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
        context.add_init_script(
            "window.refusals = 0; navigator.share = () => {"
            f"  window.refusals++; return Promise.reject(new DOMException('refused', '{refusal}')); }};"
            "window.copies = 0; const write = Clipboard.prototype.writeText;"
            "Clipboard.prototype.writeText = function (text) { window.copies++; return write.call(this, text); };"
        )
        try:
            page = context.new_page()
            page.goto(url + PAGES["event"].removeprefix("site/"))
            page.evaluate("navigator.clipboard.writeText('before')")
            page.locator(".share button", has_text="Share").click()
            page.wait_for_function("window.refusals === 1")  # the sheet was asked for, and failed
            # The refusal is handled before the next task, and copies there if it does.
            page.evaluate("new Promise(done => setTimeout(done))")
            assert page.evaluate("window.copies") == (2 if said else 1)
            if said:
                page.wait_for_function("document.querySelector('.share [role=status]').textContent !== ''")
            else:
                page.wait_for_timeout(200)  # nor a moment later
                assert page.evaluate("window.copies") == 1
            assert page.inner_text(".share [role=status]") == said
            copied = BASE + "story-a/events/e1/" if said else "before"
            assert page.evaluate("navigator.clipboard.readText()") == copied
        finally:
            context.close()


def test_without_a_share_sheet_the_button_copies_the_address_it_was_opened_at(
    browser: Any, project: Project
) -> None:
    build(content="content", templates=TEMPLATES, out="site")  # the site's address not known
    with serve(project.root / "site") as url:
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
        context.add_init_script(NO_SHARE_SHEET)
        # A public address, served by the local server: an address of this computer is
        # shared by no button (the next test).
        public = "https://news.test/"
        served_at(context, public, url)
        try:
            page = context.new_page()
            page.goto(public + "story-a/events/e1/index.html#top")
            button = page.locator(".share button")
            assert button.inner_text() == "Copy link"
            button.click()
            page.wait_for_function("document.querySelector('.share [role=status]').textContent !== ''")
            assert page.inner_text(".share [role=status]") == "Link copied."
            assert (
                page.evaluate("navigator.clipboard.readText()") == public + "story-a/events/e1/index.html#top"
            )
        finally:
            context.close()


def test_the_share_button_moves_nothing_when_it_is_shown(browser: Any, project: Project) -> None:
    # Shown by the script after the first paint, it made the date line wrap on a phone and
    # pushed the page down (Lighthouse's performance fell from 1 to 0.93 on the seed).
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "byline: Ana Pérez and Bakyt Osmonov, Bishkek\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    with serve(project.root / "site") as url:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        context.add_init_script(RECORD_SHARE)
        try:
            page = context.new_page()
            for path in (PAGES["story"], PAGES["event"]):
                page.goto(url + path.removeprefix("site/"))
                page.wait_for_load_state("load")
                assert page.locator(".share button").is_visible()
                shifts = page.evaluate(
                    """() => new Promise(done => {
                        const seen = [];
                        new PerformanceObserver(list => seen.push(...list.getEntries().map(e => e.value)))
                            .observe({type: "layout-shift", buffered: true});
                        setTimeout(() => done(seen), 200);
                    })"""
                )
                assert shifts == [], path
        finally:
            context.close()


def test_no_line_of_an_events_date_starts_with_the_dot_before_share(browser: Any, project: Project) -> None:
    # '12–14 September 2020 · Added 1 October 2020 · Share' on a phone put '· Share' at the
    # start of a line: the dot stays with what it follows.
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace("date: 2020-01-01", "date: 2020-09-12\nend: 2020-09-14") + "added: 2020-10-01\n",
    )
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    first: list[int] = []
    with serve(project.root / "site") as url:
        context = browser.new_context(viewport={"width": 320, "height": 700})
        context.add_init_script(RECORD_SHARE)
        try:
            page = context.new_page()
            page.goto(url + PAGES["event"].removeprefix("site/"))
            assert page.locator(".share button").is_visible()
            for width in range(320, 700, 2):
                page.set_viewport_size({"width": width, "height": 700})
                if page.evaluate(SHARE_DOT_STARTS_A_LINE):
                    first.append(width)
        finally:
            context.close()
    assert first == []


SHARE_DOT_STARTS_A_LINE = """() => {
    const share = document.querySelector('.when .share');
    const dot = [...share.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.data.includes('·'));
    const range = document.createRange();
    range.setStart(dot, dot.data.indexOf('·'));
    range.setEnd(dot, dot.data.indexOf('·') + 1);
    const line = document.querySelector('.when').getBoundingClientRect();
    return range.getBoundingClientRect().left - line.left < 2;
}"""


def test_a_drafts_share_button_gives_the_address_it_was_opened_at_not_the_public_one(
    browser: Any, project: Project
) -> None:
    # A draft is not published at the site's address: a build with --drafts is for a
    # staging site, or the preview, whose address is this computer's (no button there).
    for path in ("content/story-a/story.yaml", "content/story-a/events/e1.yaml"):
        project.write(path, (project.root / path).read_text() + "draft: true\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE, drafts=True)
    with serve(project.root / "site") as url:
        context = browser.new_context()
        context.add_init_script(RECORD_SHARE)
        staging = "https://staging.test/"
        served_at(context, staging, url)
        try:
            page = context.new_page()
            for path in (PAGES["story"], PAGES["event"]):
                page.goto(url + path.removeprefix("site/"))
                page.wait_for_load_state("load")
                assert not page.locator(".share").is_visible(), path
                page.goto(staging + path.removeprefix("site/"))
                page.locator(".share button").click()
                assert page.evaluate("window.shared.url") == staging + path.removeprefix("site/"), path
        finally:
            context.close()


@pytest.mark.parametrize("share_sheet", [True, False])
def test_the_share_button_takes_the_room_kept_for_it_whichever_label_it_shows(
    browser: Any, project: Project, share_sheet: bool
) -> None:
    # The room is kept before the script runs, with the label "Share"; where there is no
    # share sheet the script makes it "Copy link", which was wider than the room and
    # wrapped the date line of an event on a phone (in Kyrgyz, at 360 px).
    build(content="content", templates=TEMPLATES, out="site", base_url=BASE)
    with serve(project.root / "site") as url:
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, permissions=["clipboard-read", "clipboard-write"]
        )
        context.add_init_script(RECORD_SHARE if share_sheet else NO_SHARE_SHEET)
        try:
            page = context.new_page()
            for path in (PAGES["story"], PAGES["event"]):
                address = url + path.removeprefix("site/")
                page.route("**/share.js?v=*", lambda route: route.abort())
                page.goto(address)
                kept = page.locator(".share").bounding_box()
                assert not page.locator(".share").is_visible()  # the room kept, nothing shown
                page.unroute("**/share.js?v=*")
                page.goto(address)
                page.wait_for_load_state("load")
                label = "Share" if share_sheet else "Copy link"
                assert page.locator(".share button").inner_text() == label
                assert page.get_by_role("button", name=label, exact=True).count() == 1
                assert page.locator(".share").bounding_box() == kept, path
        finally:
            context.close()


@pytest.mark.parametrize("scripts", [True, False])
def test_no_share_button_where_it_could_not_work(browser: Any, project: Project, scripts: bool) -> None:
    # Without scripts it could do nothing; from a file, it would share an address no one
    # else can open (the site's address not known).
    build(content="content", templates=TEMPLATES, out="site")
    context = browser.new_context(java_script_enabled=scripts)
    context.add_init_script(RECORD_SHARE)
    try:
        page = context.new_page()
        page.goto((project.root / PAGES["story"]).as_uri())
        assert page.locator(".share").count() == 1
        assert not page.locator(".share").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_no_share_button_on_this_computers_own_server(browser: Any, project: Project, host: str) -> None:
    # The preview (explainer serve) of a site whose address is not known: the address the
    # page was opened at is this computer's, which no one the link is sent to can open.
    build(content="content", templates=TEMPLATES, out="site")
    with serve(project.root / "site") as url:
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
        try:
            page = context.new_page()
            for share_sheet in (RECORD_SHARE, NO_SHARE_SHEET):
                page.add_init_script(share_sheet)
                for path in (PAGES["story"], PAGES["event"]):
                    page.goto(url.replace("127.0.0.1", host) + path.removeprefix("site/"))
                    page.wait_for_load_state("load")
                    assert page.locator(".share").count() == 1
                    assert not page.locator(".share").is_visible(), path
        finally:
            context.close()
