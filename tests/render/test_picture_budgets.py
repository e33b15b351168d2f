"""The budgets of a story with pictures, measured in Chromium as a phone reads it, and
the W3C checker on its pages (Lighthouse reads it in ``test_lighthouse.py``).

A story with a lead picture and 15 event pictures, each a camera's 12-megapixel JPEG
(``tests/pictured.py``), built as published and read on a phone the size Lighthouse's
mobile run emulates (412 x 823 CSS pixels at 1.75 device pixels each) and on one of three
device pixels to the CSS pixel (390 x 844, as many phones are): at most 250 KB
transferred before the reader scrolls, at most 1.5 MB once scrolled to the end, and no
layout shift at all while the pictures arrive.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from benchmarks.photos import photo
from generator.commands.build import build
from tests.conftest import TEMPLATES, story_folder
from tests.crawl import serve
from tests.images import photo as small_photo
from tests.pictured import EVENTS, STORY_PAGE
from tests.w3c import w3c_errors

FIRST_SCREEN = 250_000
WHOLE_PAGE = 1_500_000
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
PHONE_AT_3X = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 3,
    "is_mobile": True,
    "has_touch": True,
}
"""A phone of three device pixels to the CSS pixel: the densest screen, which takes the
largest renditions. Measured at Lighthouse's density alone, such a phone took 305 KB
before scrolling (a 1,600-pixel lead picture and thumbnails 480 pixels wide)."""

# Layout shifts as the page reports them (buffered, so those before this runs count too).
WATCH_SHIFTS = """
window.shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""

# Bytes over the wire: the page's own and every resource's, headers included.
TRANSFERRED = """
performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
  .reduce((sum, entry) => sum + entry.transferSize, 0)
"""


@pytest.fixture(scope="module")
def story_url(pictured_site: Path) -> Iterator[str]:
    with serve(pictured_site) as url:
        yield url + STORY_PAGE


@pytest.mark.parametrize("phone", [PHONE, PHONE_AT_3X], ids=["lighthouse-phone", "phone-at-3x"])
def test_a_story_of_camera_photos_stays_within_its_budgets(
    browser: Any, story_url: str, phone: dict[str, Any]
) -> None:
    context = browser.new_context(**phone)
    context.add_init_script(WATCH_SHIFTS)
    page = context.new_page()
    page.goto(story_url)
    page.wait_for_load_state("networkidle")
    first_screen = page.evaluate(TRANSFERRED)
    assert first_screen <= FIRST_SCREEN, f"{first_screen:,} bytes before scrolling"
    assert page.evaluate("document.querySelector('.image.lead img').currentSrc").endswith((".avif", ".webp"))
    # Scroll to the end a screen at a time, as a reader would, letting lazy pictures come.
    for _ in range(200):
        at_end = page.evaluate(
            "window.scrollBy(0, window.innerHeight * 0.8);"
            "window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2"
        )
        page.wait_for_timeout(60)
        if at_end:
            break
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    loaded = page.evaluate(
        "[...document.querySelectorAll('.timeline img')].filter(i => i.complete && i.naturalWidth).length"
    )
    assert loaded == EVENTS, "every event's picture came while scrolling"
    whole = page.evaluate(TRANSFERRED)
    assert whole <= WHOLE_PAGE, f"{whole:,} bytes scrolled to the end"
    shifts = page.evaluate("window.shifts")
    print(
        f"transferred: {first_screen:,} bytes before scrolling, {whole:,} at the end; layout shift {shifts}"
    )
    assert shifts == 0
    context.close()


def test_the_w3c_checker_finds_no_errors_in_a_story_of_camera_photos(pictured_site: Path) -> None:
    """Every page of the story: the story page with its <picture>s, srcsets and sizes,
    the event pages with theirs, and the shared links' tags."""
    assert '<meta property="og:image:width"' in (pictured_site / STORY_PAGE).read_text()
    assert w3c_errors(pictured_site) == ""


def _picture(width: int, height: int) -> bytes:
    """A JPEG of ``width`` x ``height`` with something in it (a gradient)."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


@pytest.fixture(scope="module")
def portrait_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A figure with a portrait (3:4), an event with a small picture (300 x 200), one
    with the portrait, one with a landscape (4:3) and one with a square."""
    root = tmp_path_factory.mktemp("portrait")
    story = story_folder(
        root / "content",
        "s",
        "title: A story\nsummary: Its summary.\npublished: 2024-01-02\n",
        "title: Pictures\n",
        ("events", "figures", "media"),
    )
    (story / "media" / "face.jpg").write_bytes(_picture(1500, 2000))
    (story / "media" / "small.jpg").write_bytes(_picture(300, 200))
    (story / "figures" / "ana.yaml").write_text(
        "name: Ana Ruiz\nrole: The engineer\nimage:\n  src: media/face.jpg\n  alt: Ana Ruiz at the site\n"
    )
    (story / "events" / "2024-01-01-a.yaml").write_text(
        "title: The first day\ndate: 2024-01-01\nsummary: It began.\nfigures: [ana]\n"
        "image:\n  src: media/small.jpg\n  alt: The site from the road\n"
    )
    (story / "events" / "2024-01-02-b.yaml").write_text(
        "title: The second day\ndate: 2024-01-02\nsummary: It went on.\n"
        "image:\n  src: media/face.jpg\n  alt: Ana Ruiz at the gate\n  caption: Ana Ruiz at the gate.\n"
    )
    (story / "media" / "road.jpg").write_bytes(_picture(2000, 1500))
    (story / "events" / "2024-01-03-c.yaml").write_text(
        "title: The third day\ndate: 2024-01-03\nsummary: It ended.\n"
        "image:\n  src: media/road.jpg\n  alt: The road out\n  caption: The road out.\n"
    )
    (story / "media" / "square.jpg").write_bytes(_picture(1600, 1600))
    (story / "events" / "2024-01-04-d.yaml").write_text(
        "title: The fourth day\ndate: 2024-01-04\nsummary: All went home.\n"
        "image:\n  src: media/square.jpg\n  alt: The empty camp\n"
    )
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "site"))
    with serve(root / "site") as url:
        yield url + "s/"


BOX = "(() => { const r = document.querySelector('.image img').getBoundingClientRect(); return [r.width, r.height]; })()"


@pytest.mark.parametrize("viewport", [{"width": 412, "height": 823}, {"width": 1280, "height": 800}])
def test_a_page_picture_holds_its_place_before_it_arrives(
    browser: Any, portrait_site: str, viewport: dict[str, int]
) -> None:
    # The pictures are held back while the page lays out: the portrait's box must already
    # be the one it has once it arrives (no shift), within the screen's height.
    context = browser.new_context(viewport=viewport)
    context.add_init_script(WATCH_SHIFTS)
    page = context.new_page()
    held: list[Any] = []
    page.route("**/pictures/**", lambda route: held.append(route))
    page.goto(portrait_site + "figures/ana/index.html", wait_until="domcontentloaded")
    for _ in range(600):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the page asked for no picture"
    page.wait_for_function("[...document.styleSheets].some(sheet => sheet.cssRules.length)")  # laid out
    before = page.evaluate(BOX)
    assert page.evaluate("document.querySelector('.image img').complete") is False
    for route in held:
        route.continue_()
    page.unroute("**/pictures/**")
    page.wait_for_function("document.querySelector('.image img').naturalWidth > 0")
    after = page.evaluate(BOX)
    assert before == after, (before, after)
    width, height = after
    assert height <= 0.8 * viewport["height"] + 1
    assert abs(width / height - 0.75) < 0.01  # narrower, not cropped
    assert page.evaluate("window.shifts") == 0
    context.close()


def test_a_small_picture_is_shown_at_its_own_size_not_enlarged(browser: Any, portrait_site: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(portrait_site + "events/2024-01-01-a/index.html")
    page.wait_for_function("document.querySelector('.image img').naturalWidth > 0")
    assert page.evaluate(BOX) == [300, 200]
    page.close()


def test_a_printed_portrait_leaves_room_for_the_text_above_it(browser: Any, portrait_site: str) -> None:
    # Held to 80% of a page's height, as on a screen, a portrait did not fit under an
    # event's headline and summary: it went to the next sheet, leaving most of the first
    # one blank. On paper it is held to half a page (vh is the page's height in print).
    # An event page holds a portrait to 45% on a screen too; a square picture is as
    # wide as the text there.
    page = browser.new_page(viewport={"width": 800, "height": 1000})
    for event, ratio in (("2024-01-02-b", 0.75), ("2024-01-04-d", 1.0)):
        page.emulate_media(media="screen")
        page.goto(portrait_site + f"events/{event}/index.html")
        page.wait_for_function("document.querySelector('.image img').naturalWidth > 0")
        assert page.evaluate(BOX)[1] > (600 if ratio == 1 else 440)  # on the screen
        page.emulate_media(media="print")
        width, height = page.evaluate(BOX)
        assert height <= 500
        assert abs(width / height - ratio) < 0.01  # narrower, not cropped
    page.close()


CAPTIONED = """() => {
    const picture = document.querySelector('.image img').getBoundingClientRect();
    const caption = document.querySelector('.image figcaption').getBoundingClientRect();
    const column = document.querySelector('.lede').getBoundingClientRect();
    return [picture.width, picture.height, caption.bottom, column.width];
}"""


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_an_event_pages_portrait_is_whole_on_the_first_screen_and_a_landscape_as_wide_as_the_text(
    browser: Any, portrait_site: str, viewport: dict[str, int]
) -> None:
    # A phone's 3:4 photo, held to 80% of the screen's height, was as wide as the text on
    # a phone (358 x 477): it ran past the first screen, its caption below. At 45% it is
    # narrower, not cropped, and whole with its caption under the headline and summary.
    page = browser.new_page(viewport=viewport)
    page.goto(portrait_site + "events/2024-01-02-b/index.html")
    page.wait_for_function("document.querySelector('.image img').naturalWidth > 0")
    width, height, caption_bottom, _ = page.evaluate(CAPTIONED)
    assert height <= 0.45 * viewport["height"] + 1
    assert abs(width / height - 0.75) < 0.01
    assert caption_bottom <= viewport["height"]
    # A landscape picture is as it was: as wide as the text.
    page.goto(portrait_site + "events/2024-01-03-c/index.html")
    page.wait_for_function("document.querySelector('.image img').naturalWidth > 0")
    width, height, _, column = page.evaluate(CAPTIONED)
    page.close()
    assert abs(width - column) < 1
    assert abs(width / height - 4 / 3) < 0.01


SVG = '<svg xmlns="http://www.w3.org/2000/svg"{}><rect width="100%" height="100%" fill="teal"/></svg>'
DRAWINGS = {
    "tall.svg": SVG.format(' viewBox="0 0 300 400"'),  # proportions alone: as wide as it is let be
    "sized.svg": SVG.format(' width="600" height="800" viewBox="0 0 3 4"'),
    "inches.svg": SVG.format(' width="6in" height="8in"'),
    "wide.svg": SVG.format(' viewBox="0 0 400 300"'),
}


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 844}, {"width": 1280, "height": 800}])
def test_an_svg_portrait_is_held_as_a_raster_portrait_is(
    browser: Any, tmp_path: Path, viewport: dict[str, int]
) -> None:
    # The build sized no SVG: an event page held a 3:4 drawing to 80% of the screen's
    # height (at 1280 x 800, 480 x 640; on a phone, past the first screen with its
    # caption) where it holds a 3:4 photo to 45%. The drawing's width and height, or its
    # viewBox, say its shape: a portrait is held to 45%, a landscape is as it was.
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: A story\nsummary: Its summary.\npublished: 2024-01-02\n",
        "title: Drawings\n",
        ("events", "media"),
    )
    for day, (name, drawing) in enumerate(DRAWINGS.items(), start=1):
        (story / "media" / name).write_text(drawing)
        (story / "events" / f"2024-01-0{day}-{name[:-4]}.yaml").write_text(
            f"title: Day {day}\ndate: 2024-01-0{day}\nsummary: It went on.\n"
            f"image:\n  src: media/{name}\n  alt: A drawing\n  caption: A drawing.\n"
        )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    shown = {}
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport=viewport)
        for day, name in enumerate(DRAWINGS, start=1):
            page.goto(url + f"s/events/2024-01-0{day}-{name[:-4]}/index.html")
            page.wait_for_function("document.querySelector('.image img').complete")
            shown[name] = page.evaluate(CAPTIONED)
        page.close()
    for name in ("tall.svg", "sized.svg", "inches.svg"):
        width, height, caption_bottom, _ = shown[name]
        assert height <= 0.45 * viewport["height"] + 1, (name, shown[name])
        assert abs(width / height - 0.75) < 0.01, (name, shown[name])
        assert caption_bottom <= viewport["height"], (name, shown[name])
    width, height, _, column = shown["wide.svg"]  # a landscape: as wide as the text
    assert abs(width - column) < 1 and abs(width / height - 4 / 3) < 0.01, shown["wide.svg"]


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story whose only picture is small (300 x 200): its lead picture, the home page's
    card of it, and the pictures of its place's page."""
    root = tmp_path_factory.mktemp("small")
    image = "image:\n  src: media/small.jpg\n  alt: The site from the road\n"
    story = story_folder(
        root / "content",
        "s",
        f"title: A story\nsummary: Its summary.\npublished: 2024-01-02\n{image}",
        "title: Pictures\n",
        ("events", "locations", "media"),
    )
    (story / "media" / "small.jpg").write_bytes(_picture(300, 200))
    (story / "locations" / "site.yaml").write_text("name: The site\ncoordinates: [42.87, 74.59]\n")
    (story / "events" / "2024-01-01-a.yaml").write_text(
        f"title: The first day\ndate: 2024-01-01\nsummary: It began.\nlocations: [site]\n{image}"
    )
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "site"))
    with serve(root / "site") as url:
        yield url


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize(
    ("page_path", "selector"),
    [
        ("s/index.html", ".image.lead img"),
        ("index.html", ".card-picture"),
        ("s/locations/site/index.html", ".gallery img"),
    ],
)
def test_a_small_picture_is_not_enlarged_where_pictures_fill_their_column(
    browser: Any, small_site: str, width: int, page_path: str, selector: str
) -> None:
    # The lead picture, the home page's card and a place's pictures fill their column;
    # one narrower than the column stays at its own width (a phone may still cut it to
    # its shape), rather than blown up and blurred.
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(small_site + page_path)
    # The one shown: the story page writes its lead picture twice, one copy for a phone.
    seen = f"[...document.querySelectorAll('{selector}')].find(e => e.getClientRects().length)"
    page.wait_for_function(f"{seen}.naturalWidth > 0")
    shown = page.evaluate(f"{seen}.getBoundingClientRect().width")
    assert shown <= 300, f"{selector} shown {shown} px wide, from a picture 300 px wide"
    page.close()


def test_a_printed_places_picture_keeps_its_caption_on_its_page(browser: Any, small_site: str) -> None:
    # At the foot of a printed page a row of a place's pictures went on it and their
    # captions (the events they show) to the top of the next.
    page = browser.new_page()
    page.goto(small_site + "s/locations/site/index.html")
    page.emulate_media(media="print")
    kept = page.eval_on_selector_all(
        ".gallery figure", "els => els.map(e => getComputedStyle(e).breakInside)"
    )
    page.close()
    assert kept == ["avoid"]


def test_a_places_pictures_stay_within_a_phones_first_screen_budget(browser: Any, tmp_path: Path) -> None:
    """A place in four events with camera photos, as a lake where a ship was held: its
    page shows all four under the map. One to a row, a screen wide each, a phone took
    290 KB of them before the reader scrolled (its lazy pictures come a screen or more
    ahead); two to a row they are half as wide, and the budget holds."""
    content = tmp_path / "content"
    story = story_folder(
        content,
        "canal",
        "title: A ship held\nsummary: Six days, and months more.\npublished: 2021-07-08\n"
        "sources:\n  wire:\n    publisher: Wire\n",
        "title: Budget site\nbase_url: https://news.example/\n",
        ("events", "locations", "media"),
    )
    (story / "locations" / "lake.yaml").write_text(
        "name: Great Bitter Lake\ncoordinates: [30.35, 32.37]\nsummary: Where ships wait.\n"
    )
    for i in range(1, 5):  # the photos of the story of camera photos (tests/pictured.py), so cached
        (story / "media" / f"e{i:02d}.jpg").write_bytes(photo(i))
        (story / "events" / f"e{i:02d}.yaml").write_text(
            f"title: Day {i} at the lake\ndate: 2021-04-{i:02d}\nsummary: What happened on day {i}.\n"
            f"locations: [lake]\nsources: [wire]\n"
            f"image:\n  src: media/e{i:02d}.jpg\n  alt: The lake on day {i}\n  credit: Wire\n"
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.goto(url + "canal/locations/lake/index.html")
        page.wait_for_load_state("networkidle")
        assert page.locator(".gallery img").count() == 4
        first_screen = page.evaluate(TRANSFERRED)
        context.close()
    print(f"a place's page of four pictures: {first_screen:,} bytes before scrolling")
    assert first_screen <= FIRST_SCREEN, f"{first_screen:,} bytes before scrolling"


def lake_of_four_pictures(tmp_path: Path) -> Path:
    """A place in four events, each with a small photo: the site built; its folder."""
    content = tmp_path / "content"
    story = story_folder(
        content,
        "canal",
        "title: A ship held\nsummary: Six days.\npublished: 2021-07-08\nsources:\n  wire:\n    publisher: Wire\n",
        "title: Desk\n",
        ("events", "locations", "media"),
    )
    (story / "locations" / "lake.yaml").write_text("name: Great Bitter Lake\ncoordinates: [30.35, 32.37]\n")
    for i in range(1, 5):
        (story / "media" / f"e{i}.jpg").write_bytes(small_photo(600, 400, seed=i))
        (story / "events" / f"e{i}.yaml").write_text(
            f"title: Day {i}\ndate: 2021-04-0{i}\nsummary: Day {i}.\nlocations: [lake]\nsources: [wire]\n"
            f"image:\n  src: media/e{i}.jpg\n  alt: The lake on day {i}\n  credit: Wire\n"
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    return tmp_path / "site"


def test_a_places_pictures_stand_two_to_a_row_on_any_phone(browser: Any, tmp_path: Path) -> None:
    # 'sizes' asks for them half a phone's width from 336 px: from 496 px three fitted,
    # each 145 to 178 px wide where the browser took them for 250 to 300, and a 600 px
    # screen showed two larger than a 599 px one's three.
    rows: dict[int, list[int]] = {}
    with serve(lake_of_four_pictures(tmp_path)) as url:
        page = browser.new_page(viewport={"width": 336, "height": 800})
        page.goto(url + "canal/locations/lake/index.html")
        for width in range(336, 600, 8):
            page.set_viewport_size({"width": width, "height": 800})
            tops = page.evaluate(
                "[...document.querySelectorAll('.gallery img')].map(i => i.getBoundingClientRect().top)"
            )
            rows[width] = [tops.count(top) for top in sorted(set(tops))]
        page.close()
    assert {width: found for width, found in rows.items() if found != [2, 2]} == {}


SIZES_SAY = """img => {
    // The width the picture's 'sizes' gives at this viewport, in CSS pixels: the first
    // media condition that matches, its length measured on a probe.
    let length = null;
    for (const part of img.sizes.split(",")) {
        const found = part.trim().match(/^(\\(.*\\))\\s+(\\S+)$/);
        if (!found) { length = part.trim(); break; }
        if (matchMedia(found[1]).matches) { length = found[2]; break; }
    }
    const probe = document.createElement("div");
    probe.style.width = length;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    // As wide as it is drawn: cut to its box (object-fit: cover), a picture wider than
    // the box fills the box's height and is drawn wider than the box, cut at the sides.
    const box = img.getBoundingClientRect();
    const drawn = Math.max(box.width, box.height * img.getAttribute("width") / img.getAttribute("height"));
    return [width, drawn];
}"""


def test_a_places_pictures_are_shown_about_as_wide_as_their_sizes_say_at_every_width(
    browser: Any, tmp_path: Path
) -> None:
    # From 640 to 703 px three stood to a row, about 200 px wide, where 'sizes' said half
    # the screen (320 to 350 px): a screen of twice the density fetched the 960 px
    # renditions where the 480 px ones were enough. Never shown wider than said (a blurred
    # picture), nor much narrower (a larger file than needed).
    off: dict[int, tuple[float, float]] = {}
    with serve(lake_of_four_pictures(tmp_path)) as url:
        page = browser.new_page(viewport={"width": 320, "height": 800})
        page.goto(url + "canal/locations/lake/index.html")
        for width in range(320, 1400, 8):
            page.set_viewport_size({"width": width, "height": 800})
            said, shown = page.locator(".gallery img").first.evaluate(SIZES_SAY)
            if not 0.8 * said <= shown <= said + 0.5:
                off[width] = (said, shown)
        page.close()
    assert off == {}


# The pixels of the rendition an <img> shows, not scaled by its srcset's density.
RENDITION_PIXELS = """async img => {
    const file = new Image();
    file.src = img.currentSrc;
    await file.decode();
    const box = img.getBoundingClientRect();
    return [file.naturalWidth, file.naturalHeight, box.width, box.height];
}"""


def test_a_panorama_among_a_places_pictures_is_fetched_tall_enough_for_its_box(
    browser: Any, tmp_path: Path
) -> None:
    # A place's pictures are cut to 4:3, so a panorama fills its box's height and is cut at
    # the sides; asked for as wide as its box (sizes), the browser took the 480 pixel wide
    # rendition of a 4:1 panorama, 120 pixels high, for a box 137 pixels high: enlarged, blurred.
    content = tmp_path / "content"
    story = story_folder(
        content,
        "canal",
        "title: A ship held\nsummary: Six days.\npublished: 2021-07-08\n",
        "title: Desk\n",
        ("events", "locations", "media"),
    )
    (story / "locations" / "lake.yaml").write_text("name: Great Bitter Lake\ncoordinates: [30.35, 32.37]\n")
    (story / "media" / "wide.jpg").write_bytes(small_photo(2400, 600))
    (story / "events" / "e1.yaml").write_text(
        "title: The lake from the bank\ndate: 2021-04-01\nsummary: Day one.\nlocations: [lake]\n"
        "image:\n  src: media/wide.jpg\n  alt: The whole lake from the east bank\n"
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport={"width": 412, "height": 823})
        page.goto(url + "canal/locations/lake/index.html")
        page.wait_for_function("document.querySelector('.gallery img').naturalWidth > 0")
        width, height, box_width, box_height = page.locator(".gallery img").evaluate(RENDITION_PIXELS)
        page.close()
    assert abs(box_width / box_height - 4 / 3) < 0.02  # cut to 4:3
    assert height >= box_height, f"a {width} x {height} rendition in a box {box_width:.0f} x {box_height:.0f}"


@pytest.mark.parametrize(
    ("page_path", "selector"), [("s/index.html", ".image.lead img"), ("index.html", ".card-picture")]
)
def test_a_panorama_lead_picture_is_fetched_tall_enough_for_a_phones_cut(
    browser: Any, tmp_path: Path, page_path: str, selector: str
) -> None:
    # On a phone the lead picture and the home page's card are cut to 16:9: a panorama
    # fills the box's height, and asked for as wide as the box the browser took a rendition
    # too short for it (480 x 120 for a box 380 x 214), enlarged and blurred.
    content = tmp_path / "content"
    story = story_folder(
        content,
        "s",
        "title: A story\nsummary: Its summary.\npublished: 2024-01-02\n"
        "image:\n  src: media/wide.jpg\n  alt: The whole bay from the hill\n",
        "title: Pictures\n",
        ("events", "media"),
    )
    (story / "media" / "wide.jpg").write_bytes(small_photo(2400, 600))
    (story / "events" / "a.yaml").write_text("title: The first day\ndate: 2024-01-01\nsummary: It began.\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport={"width": 412, "height": 823})
        page.goto(url + page_path)
        shown = f"[...document.querySelectorAll('{selector}')].find(e => e.getClientRects().length)"
        page.wait_for_function(f"{shown}.naturalWidth > 0")
        width, height, box_width, box_height = page.evaluate_handle(shown).evaluate(RENDITION_PIXELS)
        page.close()
    assert abs(box_width / box_height - 16 / 9) < 0.02  # cut to 16:9
    assert height >= box_height, f"a {width} x {height} rendition in a box {box_width:.0f} x {box_height:.0f}"
