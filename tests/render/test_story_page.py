"""The story page for a reader in a hurry, in a real browser: the date column on wide
screens and in print, a phone's and a laptop's first screen, the folded filters, "New"
marks kept in local storage, and axe-core on a story with updates, corrections and
pictures."""

from __future__ import annotations

import itertools
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import generate, write_site
from generator.commands.build import build
from generator.i18n.languages import available, written_in
from tests.browser import need_japanese_font
from tests.conftest import MINIMAL, REPO, TEMPLATES, Project, story_folder, write_updates
from tests.crawl import serve
from tests.images import animated, photo
from tests.render.test_reader import WATCH_SHIFTS, axe_path
from tests.w3c import w3c_errors

SEED = "kyrgyzstan-2010/index.html"
FIXTURE = "alpha/index.html"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed explainer and the fixture story (updates, a correction, a picture, an
    event added after publication), side by side on one local server."""
    root = tmp_path_factory.mktemp("storypage")
    build(content=str(REPO / "content"), templates=TEMPLATES, out=str(root / "site"))
    fixture = REPO / "tests" / "fixtures" / "small" / "content"
    build(content=str(fixture), templates=TEMPLATES, out=str(root / "fixture"))
    shutil.copytree(root / "fixture" / "alpha", root / "site" / "alpha")
    with serve(root / "site", not_found=root / "site" / "404.html") as url:
        yield url
    shutil.rmtree(root, ignore_errors=True)


def boxes(page: Any, selector: str) -> list[dict[str, float]]:
    return list(
        page.eval_on_selector_all(selector, "els => els.map(e => e.getBoundingClientRect().toJSON())")
    )


@pytest.mark.parametrize("javascript", [True, False])
def test_from_900_px_the_dates_stand_in_a_column_beside_the_entries(
    browser: Any, site_url: str, javascript: bool
) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(site_url + SEED)
    dates = boxes(page, ".timeline > .event > time")
    entries = boxes(page, ".timeline > .event > .entry")
    assert len(dates) == len(entries) == 13
    for date, entry in zip(dates, entries, strict=True):
        assert date["right"] < entry["left"]  # beside, not above
        assert abs(date["top"] - entry["top"]) < 8  # on the entry's first line
    assert len({round(d["right"]) for d in dates}) == 1  # one column, right-aligned
    assert entries[0]["width"] > 500  # and the entries have room
    context.close()


def test_below_900_px_the_date_is_above_the_entry(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 899, "height": 900})
    page = context.new_page()
    page.goto(site_url + SEED)
    date, entry = boxes(page, ".timeline > .event > time")[0], boxes(page, ".timeline > .event > .entry")[0]
    assert date["bottom"] <= entry["top"] + 1
    context.close()


def test_a_gap_between_entries_far_apart_is_shown(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + SEED)
    assert page.locator(".timeline .gap").all_inner_texts() == ["5 years later"]
    assert page.is_visible("#event-2010-04-07-uprising-ousts-bakiyev .gap")
    page.close()


def test_a_phone_shows_headline_standfirst_and_key_moments_on_its_first_screen(
    browser: Any, site_url: str
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + SEED)
    height = PHONE["height"]
    headline = boxes(page, "h1")[0]
    standfirst = boxes(page, ".lede p")[0]
    moments = boxes(page, "#key-moments li")
    assert headline["bottom"] < height and standfirst["top"] < height
    assert moments and moments[0]["bottom"] <= height, moments[0]
    assert page.inner_text("#key-moments h2").strip().lower() == "key moments"
    # Everything the reader sees of the timeline's tools before the first event is one
    # folded control.
    first_event = boxes(page, ".timeline > .event")[0]
    assert all(
        page.is_hidden(s) for s in ("#filter-figure", "#filter-location", "#filter-tag", "#filter-reset")
    )
    fold = boxes(page, "#filters > summary")[0]
    assert fold["height"] < 60 and fold["bottom"] < first_event["top"]
    context.close()


def seed_with_a_lead(
    tmp_path: Path,
    width: int,
    height: int,
    site: str | None = None,
    title: str | None = None,
    caption: str = "The square on 7 April.",
    draft: bool = False,
) -> Path:
    """The seed built with a camera photo of ``width`` x ``height`` as its story's lead
    picture with ``caption`` (and ``site`` as its site.yaml, ``title`` as its story's, if
    given; as a draft in a build with drafts if ``draft``); the built site's folder."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    if site is not None:
        (content / "site.yaml").write_text(site)
    story = content / "kyrgyzstan-2010"
    (story / "media").mkdir(exist_ok=True)
    (story / "media" / "lead.jpg").write_bytes(photo(width, height))
    lead = f"image:\n  src: media/lead.jpg\n  alt: Protesters\n  caption: {caption}\n  credit: Desk\n"
    text = (story / "story.yaml").read_text()
    if title is not None:
        first, rest = text.split("\n", 1)
        assert first.startswith("title: ")
        text = f'title: "{title}"\n{rest}'
    (story / "story.yaml").write_text(text + lead + ("draft: true\n" if draft else ""))
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"), drafts=draft)
    return tmp_path / "site"


def shown_boxes(page: Any, selector: str) -> list[dict[str, float]]:
    """The boxes of the elements ``selector`` finds that are shown (the lead picture is
    written twice, one copy shown at a width)."""
    return list(
        page.eval_on_selector_all(
            selector,
            "els => els.filter(e => e.getClientRects().length).map(e => e.getBoundingClientRect().toJSON())",
        )
    )


@pytest.mark.parametrize(("width", "height"), [(1600, 1200), (1200, 1600)])
def test_with_a_lead_picture_a_phones_first_screen_still_reaches_the_key_moments(
    browser: Any, tmp_path: Path, width: int, height: int
) -> None:
    # The seed story with a lead picture, landscape or portrait (a portrait at its own
    # shape would fill the screen): the picture is cut to 16:9 on a phone.
    with serve(seed_with_a_lead(tmp_path, width, height)) as url:
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(url + SEED)
        (picture,) = shown_boxes(page, ".image.lead img")
        moments = boxes(page, "#key-moments li")
        assert boxes(page, "h1")[0]["bottom"] < PHONE["height"]
        assert picture["width"] / picture["height"] == pytest.approx(16 / 9, rel=0.01)
        assert moments and moments[0]["bottom"] <= PHONE["height"], moments[0]
        context.close()


# Headlines editors write (check warns only past 150 characters), of 150 and 100.
LONG_HEADLINE = (
    "Kyrgyzstan after the April 2010 uprising: the interim government struggles for control"
    " as Bakiyev's supporters hold the south and he leaves Kazakhstan"
)
HEADLINE_OF_100 = (
    "Kyrgyzstan after the April 2010 uprising: the interim government struggles to take charge of Bishkek"
)


@pytest.mark.parametrize(
    ("viewport", "title"),
    [({"width": 390, "height": 844}, LONG_HEADLINE), ({"width": 360, "height": 740}, HEADLINE_OF_100)],
)
def test_under_a_long_headline_a_phones_first_screen_reaches_the_key_moments_before_the_picture(
    browser: Any, tmp_path: Path, viewport: dict[str, int], title: str
) -> None:
    # Eight lines of headline and a 16:9 picture with its caption above them: the first
    # key moment was 180 px below a 390 x 844 screen, and 250 px below a 360 x 740 one
    # under six lines. On a phone the picture now follows the key moments, and a
    # headline of 90 characters or more is a size smaller (with the picture moved, six
    # lines still pushed it 22 px below the smaller screen); on a desktop the picture
    # stays before the key moments, beside the standfirst, and the headline at its size.
    assert len(title) in (150, 100)
    with serve(seed_with_a_lead(tmp_path, 1600, 1200, title=title)) as url:
        context = browser.new_context(viewport=viewport, is_mobile=True, has_touch=True)
        context.add_init_script(WATCH_SHIFTS)
        page = context.new_page()
        page.goto(url + SEED)
        page.wait_for_load_state("networkidle")
        first = boxes(page, "#key-moments li .moment-title")[0]
        assert first["bottom"] <= viewport["height"], first
        assert boxes(page, ".lede p")[0]["top"] < boxes(page, "#key-moments")[0]["top"]
        (picture,) = shown_boxes(page, ".image.lead img")
        assert picture["top"] > boxes(page, "#key-moments")[0]["bottom"]
        assert picture["width"] / picture["height"] == pytest.approx(16 / 9, rel=0.01)
        assert page.evaluate("window.shifts") == 0
        context.close()
        context = browser.new_context(viewport=DESKTOP)
        page = context.new_page()
        page.goto(url + SEED)
        (picture,), lede = shown_boxes(page, ".image.lead img"), boxes(page, ".lede")[0]
        assert lede["right"] < picture["left"] and picture["bottom"] < boxes(page, "#key-moments")[0]["top"]
        assert page.eval_on_selector("h1", "h => getComputedStyle(h).fontSize") == "40px"
        context.close()


LAPTOPS = [
    {"width": 1366, "height": 768},
    {"width": 1280, "height": 800},
    {"width": 1440, "height": 900},
    {"width": 1536, "height": 864},
]


@pytest.mark.parametrize(("width", "height"), [(1800, 1200), (1200, 1600)])
def test_with_a_lead_picture_a_laptops_first_screen_shows_it_whole_and_reaches_the_key_moments(
    browser: Any, tmp_path: Path, width: int, height: int
) -> None:
    # Under the standfirst, as wide as the text and up to 60% of the screen high (cut to
    # that height), a lead picture pushed the key moments' heading to 926-969 px, below
    # the first screen of every common laptop (768-900 px high). From 900 px it stands
    # beside the standfirst, whole (a portrait as narrow as half the screen's height
    # makes it), and is asked for as wide as it is shown (`sizes`): the rendition the
    # browser takes is at least as wide, but not one for the text's width. A phone keeps
    # its first screen: headline, standfirst and key moments, the picture after them.
    with serve(seed_with_a_lead(tmp_path, width, height)) as url:
        for viewport in [*LAPTOPS, PHONE]:
            context = browser.new_context(viewport=viewport)
            context.add_init_script(WATCH_SHIFTS)
            page = context.new_page()
            page.goto(url + SEED)
            page.wait_for_load_state("networkidle")
            screen = viewport["height"]
            assert boxes(page, "h1")[0]["bottom"] < screen and boxes(page, ".lede p")[0]["top"] < screen
            heading, first = boxes(page, "#key-moments h2")[0], boxes(page, "#key-moments li")[0]
            assert heading["bottom"] <= screen and first["top"] < screen, (viewport, heading, first)
            (picture,) = shown_boxes(page, ".image.lead img")
            if viewport is PHONE:
                assert picture["top"] > boxes(page, "#key-moments")[0]["bottom"]
            else:
                assert picture["top"] > 0 and picture["bottom"] <= screen, (viewport, picture)
                assert picture["width"] / picture["height"] == pytest.approx(width / height, rel=0.01)
                taken = page.eval_on_selector_all(
                    ".image.lead img", "els => els.find(e => e.getClientRects().length).currentSrc"
                )
                match = re.search(r"\.(\d+)\.\w+$", taken)  # lead.jpg.480.avif
                assert match, taken
                assert picture["width"] <= int(match[1]) < 2 * picture["width"], (viewport, taken, picture)
            assert page.evaluate("window.shifts") == 0
            context.close()


TALL_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 300">'
    '<rect width="100" height="300" fill="#2a6"/><circle cx="50" cy="20" r="15" fill="#fff"/></svg>'
)


def test_on_a_laptop_a_lead_picture_the_build_did_not_size_stands_whole_too(
    browser: Any, tmp_path: Path
) -> None:
    # An SVG (or an https:// picture) has no width and height written: beside the
    # standfirst it was 22rem wide and cut to half the screen's height (object-fit:
    # cover), a portrait map's top and bottom lost. It now keeps its proportions within
    # that box, as a picture the build sized does.
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    story = content / "kyrgyzstan-2010"
    (story / "media").mkdir(exist_ok=True)
    (story / "media" / "lead.svg").write_text(TALL_SVG)
    with (story / "story.yaml").open("a") as text:
        text.write("image:\n  src: media/lead.svg\n  alt: A map of the city\n  credit: Desk\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        context = browser.new_context(viewport=LAPTOPS[1])
        page = context.new_page()
        page.goto(url + SEED)
        page.wait_for_load_state("networkidle")
        (picture,), lede = shown_boxes(page, ".image.lead img"), boxes(page, ".lede")[0]
        assert page.eval_on_selector(".story-header .image.lead img", "i => i.hasAttribute('width')") is False
        assert lede["right"] < picture["left"] and picture["bottom"] <= LAPTOPS[1]["height"]
        assert picture["width"] / picture["height"] == pytest.approx(100 / 300, rel=0.02), picture
        assert boxes(page, "#key-moments li")[0]["top"] < LAPTOPS[1]["height"]
        context.close()


def test_on_a_right_to_left_laptop_page_the_lead_picture_stands_left_of_the_standfirst(
    browser: Any, tmp_path: Path
) -> None:
    # The picture is on the side the standfirst's lines end on, as on a left-to-right
    # page, and the key moments still start on the first screen.
    with serve(seed_with_a_lead(tmp_path, 1800, 1200, site="title: مواقع\nlanguage: ar\n")) as url:
        context = browser.new_context(viewport=LAPTOPS[0])
        page = context.new_page()
        page.goto(url + SEED)
        assert page.get_attribute("html", "dir") == "rtl"
        (picture,), lede = shown_boxes(page, ".image.lead img"), boxes(page, ".lede")[0]
        assert picture["right"] < lede["left"] and picture["top"] == pytest.approx(lede["top"], abs=1)
        assert boxes(page, "#key-moments li")[0]["top"] < LAPTOPS[0]["height"]
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_a_laptops_story_page_with_a_lead_picture(
    browser: Any, tmp_path: Path, scheme: str
) -> None:
    axe = axe_path()
    with serve(seed_with_a_lead(tmp_path, 1800, 1200)) as url:
        context = browser.new_context(color_scheme=scheme, viewport=LAPTOPS[0])
        page = context.new_page()
        page.goto(url + SEED)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        context.close()
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []


# Each link the keyboard reaches in the story's header and key moments, by pressing Tab
# from the top of the page: its text and its top on the screen.
TAB_THROUGH_THE_TOP = """() => {
  const top = document.querySelector(".story-top");
  const el = document.activeElement;
  if (!top.contains(el)) return null;
  return [el.textContent.trim(), el.getBoundingClientRect().top + window.scrollY];
}"""


@pytest.mark.parametrize("viewport", [PHONE, {"width": 700, "height": 900}, DESKTOP])
def test_the_keyboard_reaches_the_lead_pictures_caption_where_it_is_seen(
    browser: Any, tmp_path: Path, viewport: dict[str, int]
) -> None:
    # On a phone the lead picture is seen after the key moments, but the stylesheet alone
    # moved it there: Tab went to its caption's link, below the key moments, before
    # them, then back up (WCAG 2.4.3). The order the keyboard takes is the order seen.
    caption = "The square on 7 April ([photographed](https://example.org/square) from a roof)."
    with serve(seed_with_a_lead(tmp_path, 1600, 1200, caption=caption)) as url:
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        asked: list[str] = []
        page.on("request", lambda request: asked.append(request.url) if "/lead.jpg." in request.url else None)
        page.goto(url + SEED)
        page.wait_for_load_state("networkidle")
        assert len(asked) == 1, asked  # the picture is written twice, fetched once
        reached: list[tuple[str, float]] = []
        for _ in range(80):
            page.keyboard.press("Tab")
            link = page.evaluate(TAB_THROUGH_THE_TOP)
            if link is None and reached:
                break  # past the top of the story
            if link is not None:
                reached.append((link[0], link[1]))
        names = [name for name, _ in reached]
        assert "photographed" in names and "Key moments" not in names, names
        assert names.count("photographed") == 1  # one copy of the picture is seen
        assert len(names) == 1 + len(page.query_selector_all("#key-moments li")), names
        tops = [top for _, top in reached]
        assert tops == sorted(tops), reached
        (picture,) = shown_boxes(page, ".image.lead img")
        moments = boxes(page, "#key-moments")[0]
        if viewport is PHONE:
            assert picture["top"] > moments["bottom"]  # still after the key moments
        else:
            assert picture["bottom"] < moments["top"]  # still before them
        context.close()


# The story's page as a reader view or a page read without its stylesheet gets it: every
# stylesheet taken out, then the lead pictures shown counted, with where they are.
WITHOUT_STYLESHEETS = """() => {
  document.querySelectorAll('link[rel=stylesheet], style').forEach(s => s.remove());
  const shown = [...document.querySelectorAll('.image.lead')].filter(f => f.getClientRects().length);
  const moments = document.querySelector('#key-moments').getBoundingClientRect();
  return shown.map(f => f.getBoundingClientRect().bottom < moments.top);
}"""


def test_without_its_stylesheet_the_story_page_shows_its_lead_picture_once(
    browser: Any, tmp_path: Path
) -> None:
    # The lead picture is written twice, one copy shown at a width by the stylesheet:
    # without it (a reader view, a text browser, a stylesheet that failed to load), the
    # reader saw the same picture and caption twice, above and below the key moments.
    with serve(seed_with_a_lead(tmp_path, 1600, 1200)) as url:
        for viewport in (PHONE, DESKTOP):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(url + SEED)
            assert len(shown_boxes(page, ".image.lead img")) == 1  # with the stylesheet, as before
            # A theme's older story.html, with no 'hidden' on the copy, and this stylesheet.
            page.eval_on_selector(".lead.below-moments", "f => f.removeAttribute('hidden')")
            assert len(shown_boxes(page, ".image.lead img")) == 1
            page.eval_on_selector(".lead.below-moments", "f => f.setAttribute('hidden', '')")
            assert page.evaluate(WITHOUT_STYLESHEETS) == [True]  # the first copy, after the standfirst
            context.close()


def test_a_drafts_badge_is_as_far_from_its_headline_on_a_phone_as_on_a_desktop(
    browser: Any, tmp_path: Path
) -> None:
    # The preview of a draft story with a lead picture: on a phone the header was a flex
    # column, where the badge's margin and the headline's add up instead of sharing one
    # gap, and the badge stood 8 px further from its headline than on a desktop.
    with serve(seed_with_a_lead(tmp_path, 1600, 1200, draft=True)) as url:
        gaps = []
        for viewport in (PHONE, DESKTOP):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(url + SEED)
            (badge,) = boxes(page, ".story-header .draft-badge")
            gaps.append(boxes(page, "h1")[0]["top"] - badge["bottom"])
            context.close()
        assert gaps[0] > 0 and gaps[0] == pytest.approx(gaps[1], abs=0.5), gaps


def test_a_phones_search_box_shares_the_row_of_a_site_name_of_a_few_words(
    browser: Any, tmp_path: Path
) -> None:
    # A site named as newsrooms name theirs ("The Explainer Desk", not "Explainers") and a
    # story with a lead picture, on a phone: the search box went to a row of its own under
    # the site's name, 43 px more above the headline, and the first key moment fell
    # below the first screen.
    with serve(
        seed_with_a_lead(tmp_path, 1600, 1200, site="title: The Explainer Desk\nlanguage: en-GB\n")
    ) as url:
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(url + SEED)
        title, search = boxes(page, ".site-title")[0], boxes(page, ".site-search")[0]
        assert search["top"] < title["bottom"], "the search box is on a row of its own"
        moments = boxes(page, "#key-moments li")
        assert moments and moments[0]["bottom"] <= PHONE["height"], moments[0]
        context.close()


def test_a_phones_search_box_too_narrow_to_type_in_takes_a_row_of_its_own(
    browser: Any, tmp_path: Path
) -> None:
    # A site's name of two words and a story in French, whose button says "Rechercher":
    # sharing the name's row, the box was 49 px wide, room for four letters.
    with serve(
        seed_with_a_lead(tmp_path, 1600, 1200, site="title: Held-out Explainers\nlanguage: fr\n")
    ) as url:
        context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = context.new_page()
        page.goto(url + SEED)
        assert page.inner_text(".site-search button") == "Rechercher"
        title, (box,) = boxes(page, ".site-title")[0], boxes(page, "#site-search-q")
        assert box["top"] >= title["bottom"], "the box still shares the name's row"
        assert box["right"] - box["left"] >= 200, box  # the row's width, less the button
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        context.close()


def test_the_filters_fold_behind_one_control_on_a_phone_and_open_on_a_desktop(
    browser: Any, site_url: str
) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + SEED)
    assert page.is_visible("#filters > summary") and page.is_hidden("#filter-figure")
    page.click("#filters > summary")
    assert page.is_visible("#filter-figure")
    page.select_option("#filter-figure", "roza-otunbayeva")
    assert page.evaluate("document.querySelectorAll('.timeline > .event:not([hidden])').length") == 3
    context.close()
    # A shared filtered address opens the fold, so the reader sees what is filtered.
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + SEED + "#tag=violence")
    assert page.is_visible("#filter-tag")
    # A key moment the filter hides brings every event back.
    page.click("#key-moments a[href='#event-2010-04-15-bakiyev-takes-refuge-in-kazakhstan']")
    page.wait_for_function(
        "!document.getElementById('event-2010-04-15-bakiyev-takes-refuge-in-kazakhstan').hidden"
    )
    assert page.evaluate("document.querySelectorAll('.timeline > .event[hidden]').length") == 0
    context.close()
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site_url + SEED)
    assert page.is_visible("#filter-figure")  # open from 900 px
    context.close()


def new_marks(page: Any) -> list[str]:
    """The timeline's events marked new."""
    return list(
        page.eval_on_selector_all(".timeline .new-badge", "els => els.map(e => e.closest('.event').id)")
    )


def new_moments(page: Any) -> list[str]:
    """The key moments marked new."""
    return list(
        page.eval_on_selector_all(
            "#key-moments .new-badge", "els => els.map(e => e.closest('li').dataset.event)"
        )
    )


def test_events_added_since_the_last_visit_are_marked_new(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + FIXTURE)
    assert new_marks(page) == []  # a first visit: nothing is "new" to a new reader
    key = "explainer:seen:/alpha/"  # by the page's folder: the site's path is in it
    assert page.evaluate(f"JSON.parse(localStorage.getItem('{key}'))") == ["2021-03-02-span"]
    # The reader was here before the event was added.
    page.evaluate(f"localStorage.setItem('{key}', '[]')")
    page.reload()
    assert new_marks(page) == ["event-2021-03-02-span"]
    assert new_moments(page) == ["2021-03-02-span"]  # a key moment: marked at the top too
    assert page.inner_text("#event-2021-03-02-span .new-badge") == "NEW"  # shown in capitals
    # Part of the entry's link (its name for a reader going from link to link), not after it.
    assert page.eval_on_selector("#event-2021-03-02-span .new-badge", "e => e.parentElement.tagName") == "A"
    page.reload()
    assert new_marks(page) == ["event-2021-03-02-span"]  # a reload is the same visit: still new
    later = context.new_page()  # another visit (a tab's session storage is its own)
    later.goto(site_url + FIXTURE)
    assert new_marks(later) == [] and new_moments(later) == []  # seen now
    assert context.cookies() == []
    assert all(url.startswith(site_url) for url in requests)
    context.close()


def test_a_record_kept_before_it_was_by_folder_still_counts(browser: Any, site_url: str) -> None:
    # Before, the record was kept by the story's name alone: a returning reader keeps the
    # marks of what was added since, across the change.
    context = browser.new_context()
    context.add_init_script("localStorage.setItem('explainer:seen:alpha', '[]')")  # came before
    page = context.new_page()
    page.goto(site_url + FIXTURE)
    assert new_marks(page) == ["event-2021-03-02-span"]
    context.close()


def test_two_sites_on_one_host_keep_their_own_records(browser: Any, tmp_path: Path) -> None:
    # Every project site of an organisation is on one origin (org.github.io/<repo>/), whose
    # local storage they share; two of them may have a story of one name. The first visit
    # to one, after a visit to the other, is a first visit: nothing is "new".
    fixture = REPO / "tests" / "fixtures" / "small" / "content"
    build(content=str(fixture), templates=TEMPLATES, out=str(tmp_path / "www" / "a"))
    other = tmp_path / "other"
    shutil.copytree(fixture, other)
    (other / "alpha" / "events" / "2021-03-04-later.yaml").write_text(
        "title: Later\ndate: 2021-03-04\nsummary: Later still.\nsources: [paper]\nadded: 2021-03-05\n"
    )
    build(content=str(other), templates=TEMPLATES, out=str(tmp_path / "www" / "b"))
    with serve(tmp_path / "www") as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url + "a/" + FIXTURE)
            assert new_marks(page) == []
            page.goto(url + "b/" + FIXTURE)
            marked = new_marks(page)
            page.goto(url + "a/" + FIXTURE)
            marked_again = new_marks(page)
        finally:
            context.close()
    assert marked == [] and marked_again == []


def test_new_marks_come_from_a_long_record_of_any_ids(browser: Any, tmp_path: Path) -> None:
    # The script looks each event up in the record by its id, as an object's key: an id an
    # object already has ("constructor", a file constructor.yaml) is marked as any other,
    # a long record counts whole, and what is not an id in it (a number, null) matches none.
    content = tmp_path / "content"
    shutil.copytree(REPO / "tests" / "fixtures" / "small" / "content", content)
    (content / "alpha" / "events" / "constructor.yaml").write_text(
        "title: The builder\ndate: 2021-03-04\nsummary: A builder came.\nsources: [paper]\nadded: 2021-03-05\n"
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    record = [f"gone-{i}" for i in range(3000)] + ["2021-03-02-span", 7, None, {"constructor": True}]
    with serve(tmp_path / "site") as url:
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(url + FIXTURE)
            assert new_marks(page) == []  # a first visit
            key = "explainer:seen:/alpha/"
            assert sorted(page.evaluate(f"JSON.parse(localStorage.getItem('{key}'))")) == [
                "2021-03-02-span",
                "constructor",
            ]
            keep = "([key, record]) => localStorage.setItem(key, JSON.stringify(record))"
            page.evaluate(keep, [key, record])
            page.reload()
            first = new_marks(page)
            page.reload()  # the same visit: marked still
            again = new_marks(page)
            page.evaluate(keep, [key, ["2021-03-02-span", "constructor"]])
            page.reload()  # the same visit: marked still, though the record lists it now
            kept = new_marks(page)
            later = context.new_page()  # a later visit
            later.goto(url + FIXTURE)
            seen = new_marks(later)
        finally:
            context.close()
    assert first == again == kept == ["event-constructor"]
    assert seen == []


def test_a_printout_has_no_new_marks(browser: Any, site_url: str) -> None:
    # "New" is about this reader's last visit, not news on paper handed to someone else.
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + FIXTURE)
    page.evaluate("localStorage.setItem('explainer:seen:/alpha/', '[]')")
    page.reload()
    shown = "els => els.filter(e => e.checkVisibility()).length"
    assert page.eval_on_selector_all(".new-badge", shown) == 2  # in the timeline and the key moments
    page.emulate_media(media="print")
    assert page.eval_on_selector_all(".new-badge", shown) == 0
    context.close()


def test_without_local_storage_the_page_works_and_marks_nothing(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new Error('denied'); }})"
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + FIXTURE)
    assert new_marks(page) == [] and errors == []
    assert page.is_visible("#filters")
    context.close()


def test_a_filtered_view_leaves_out_the_gaps_but_a_printout_has_them(browser: Any, site_url: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(site_url + SEED + "#figure=roza-otunbayeva")
    gap = "#event-2010-04-07-uprising-ousts-bakiyev .gap"
    assert page.is_hidden(gap)  # the entry before it, in 2005, is filtered out
    page.emulate_media(media="print")
    assert page.is_visible(gap)
    dates = boxes(page, ".timeline > .event > time")
    entries = boxes(page, ".timeline > .event > .entry")
    assert len(dates) == 13 and all(d["right"] < e["left"] for d, e in zip(dates, entries, strict=True))
    page.emulate_media(media="screen")
    page.click("#filter-reset")
    assert page.is_visible(gap)
    page.close()


LONG = 200
"""The most events one story page lists (past that, it lists years)."""
FRAMES = (
    "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))))"
)
SKIPPED = "els => els.filter(e => !e.checkVisibility({contentVisibilityAuto: true})).length"
"""How many of the elements are not drawn, being in an entry out of sight."""


@pytest.fixture(scope="module")
def long_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of the benchmarks' synthetic story of ``LONG`` events, built."""
    root = tmp_path_factory.mktemp("longpage")
    build(content=write_site(str(root), LONG), templates=TEMPLATES, out=str(root / "site"))
    with serve(root / "site") as url:
        yield url + "bench/index.html"
    shutil.rmtree(root, ignore_errors=True)


def shown_entries(page: Any) -> list[str]:
    return list(
        page.eval_on_selector_all(".timeline > .event", "els => els.filter(e => !e.hidden).map(e => e.id)")
    )


def shown_gaps(page: Any) -> int:
    return int(
        page.eval_on_selector_all(".timeline .gap", "els => els.filter(e => e.checkVisibility()).length")
    )


UNDRAWN_IN_SIGHT_AFTER = """
async ([selector, value]) => {
  const control = document.querySelector(selector);
  if (value) {
    control.value = value;
    control.dispatchEvent(new Event("change"));
  } else {
    control.click();
  }
  // A task posted from a requestAnimationFrame callback runs once that frame is drawn.
  await new Promise(done => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  }));
  return [...document.querySelectorAll(".timeline > .event:not([hidden]) > .entry")]
    .filter(entry => {
      const place = entry.getBoundingClientRect();
      return place.bottom > 0 && place.top < innerHeight;
    })
    .filter(entry => !entry.querySelector(".summary").checkVisibility({contentVisibilityAuto: true})).length;
}
"""
"""How many entries in sight were shown without their text in the frame drawn after the
filter's control at ``selector`` was given ``value`` (or clicked)."""


def lands_on(page: Any, entry: str) -> float:
    """Where the entry's top is in the window once a link to it has been followed."""
    page.evaluate("id => { location.hash = id; }", entry)
    page.evaluate(FRAMES)
    return float(page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", entry))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE])
def test_a_long_pages_filter_redraws_only_the_entries_in_sight_and_shows_what_it_did(
    browser: Any, long_page: str, viewport: dict[str, int]
) -> None:
    # Drawing all 200 entries again made "Show all" take up to a second with the processor
    # slowed 4 times: those far out of sight are now skipped, once drawn, with nothing
    # else changed.
    story = generate(LONG)
    figure, place = "figure-3", "place-2"
    with_figure = {f"event-{e.id}" for e in story.events if figure in e.figures}
    at_place = {f"event-{e.id}" for e in story.events if e.location == place}
    page = browser.new_page(viewport=viewport)
    page.goto(long_page)
    page.evaluate(FRAMES)
    summaries = ".timeline > .event > .entry > .summary"
    assert 150 < page.eval_on_selector_all(summaries, SKIPPED) < LONG
    gaps = shown_gaps(page)
    assert gaps > 10 and len(shown_entries(page)) == LONG and page.text_content("#filter-status") == ""

    page.evaluate(
        "v => { const s = document.getElementById('filter-figure'); s.value = v; s.dispatchEvent(new Event('change')); }",
        figure,
    )
    assert set(shown_entries(page)) == with_figure and shown_gaps(page) == 0
    assert page.text_content("#filter-status") == f"Showing {len(with_figure)} of {LONG} events."
    assert page.evaluate("location.hash") == "#figure=" + figure
    page.evaluate(
        "v => { const s = document.getElementById('filter-location'); s.value = v; s.dispatchEvent(new Event('change')); }",
        place,
    )
    assert set(shown_entries(page)) == at_place and shown_gaps(page) == 0
    assert page.text_content("#filter-status") == f"Showing {len(at_place)} of {LONG} events."
    assert page.input_value("#filter-figure") == "" and page.input_value("#filter-location") == place
    page.evaluate("document.getElementById('filter-reset').click()")
    assert len(shown_entries(page)) == LONG and shown_gaps(page) == gaps
    assert page.text_content("#filter-status") == f"Showing {LONG} of {LONG} events."
    assert page.evaluate("location.hash") == ""
    page.evaluate(FRAMES)
    assert page.eval_on_selector_all(summaries, SKIPPED) > 150

    # The page is as long as with every entry drawn, and a link lands on its entry.
    length = page.evaluate("document.documentElement.scrollHeight")
    far = page.eval_on_selector_all(".far", "els => els.map(e => (e.classList.remove('far'), e.id))")
    assert page.evaluate("document.documentElement.scrollHeight") == length
    page.evaluate("ids => ids.forEach(id => document.getElementById(id).classList.add('far'))", far)
    for number in (150, 37, 199):
        assert abs(lands_on(page, f"event-event-{number:05d}")) < 2
    # Deep in the page a filter brings other entries into sight: drawn in its first frame.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 3)")
    page.evaluate(FRAMES)
    assert page.evaluate(UNDRAWN_IN_SIGHT_AFTER, ["#filter-figure", "figure-5"]) == 0  # not chosen before
    assert page.evaluate(UNDRAWN_IN_SIGHT_AFTER, ["#filter-reset", ""]) == 0
    # At another width (a phone turned) the heights are found again.
    page.set_viewport_size({"width": viewport["height"], "height": viewport["width"]})
    page.evaluate(FRAMES)
    page.evaluate(FRAMES)
    assert abs(lands_on(page, "event-event-00080")) < 2
    # Find in page finds an entry out of sight, and a printout has every entry drawn.
    page.evaluate("window.scrollTo(0, 0)")
    page.evaluate(FRAMES)
    assert page.evaluate("window.find('Event number 120')")
    page.emulate_media(media="print")
    page.evaluate(FRAMES)
    assert page.eval_on_selector_all(summaries, SKIPPED) == 0
    page.close()


def test_a_shorter_timeline_draws_every_entry_and_its_text_is_all_in_inner_text(
    browser: Any, tmp_path: Path
) -> None:
    # A skipped entry's text is left out of innerText, which tools and tests read (a
    # preview test waiting for an event's new title timed out on a short story scrolled
    # to its end): a timeline of 40 entries or fewer skips none.
    build(content=write_site(str(tmp_path), 40), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport={"width": 400, "height": 300})
        page.goto(url + "bench/index.html")
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        page.evaluate(FRAMES)
        page.evaluate(FRAMES)
        assert page.eval_on_selector_all(".far", "els => els.length") == 0
        assert page.evaluate(
            "['Event number 0', 'Event number 39'].every(t => document.body.innerText.includes(t))"
        )
        page.evaluate("document.getElementById('filter-reset').click()")
        page.evaluate(FRAMES)
        assert page.eval_on_selector_all(".far", "els => els.length") == 0
        page.close()


def test_in_print_key_moments_updates_and_the_date_column_remain(browser: Any, site_url: str) -> None:
    page = browser.new_page(viewport={"width": 700, "height": 1000})
    page.goto(site_url + FIXTURE)
    page.emulate_media(media="print")
    assert page.is_visible("#key-moments") and page.is_visible("#updates")
    for date, entry in zip(
        boxes(page, ".timeline > .event > time"), boxes(page, ".timeline > .event > .entry"), strict=True
    ):
        assert date["right"] < entry["left"]
    assert page.is_hidden("#filters") and page.is_hidden(".overview")
    # A key moment or an update is never split between two printed pages.
    kept = page.eval_on_selector_all(
        "#key-moments li, #updates li", "els => els.map(e => getComputedStyle(e).breakInside)"
    )
    assert kept and set(kept) == {"avoid"}
    page.close()


def test_in_print_a_key_figure_or_place_is_never_split_between_two_pages(browser: Any, site_url: str) -> None:
    # Printed, a key figure's last line ("1 event") went to the top of the next page,
    # away from the name it counts for.
    page = browser.new_page()
    page.goto(site_url + SEED)
    page.emulate_media(media="print")
    kept = page.eval_on_selector_all(".cards li", "els => els.map(e => getComputedStyle(e).breakInside)")
    page.close()
    assert len(kept) == 18 and set(kept) == {"avoid"}  # 10 figures and 8 places


def test_an_events_picture_stays_within_the_screen(browser: Any, site_url: str) -> None:
    # A portrait would otherwise be taller than a laptop's screen, its caption below it.
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(site_url + "alpha/events/2021-03-01-start/index.html")
    # The rule for a picture whose size the build does not know (an https:// one, an SVG
    # that gives none): the fixture's SVG gives its size, so it is taken off here.
    limit = "img => { img.removeAttribute('width'); return getComputedStyle(img).maxHeight; }"
    assert page.eval_on_selector("main figure.image img", limit) == "640px"  # 80% of the screen's height
    page.emulate_media(media="print")
    assert page.eval_on_selector("main figure.image img", limit) == "400px"  # half of a page's, on paper
    page.close()


def test_corrections_are_labelled_and_listed_latest_first(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + FIXTURE)
    items = page.locator("#updates li")
    assert items.count() == 2
    assert page.inner_text("#updates li:first-child .update-kind").strip().upper() == "CORRECTION"
    assert page.get_attribute("#updates li:first-child", "id") == "update-2"
    assert (
        page.is_visible("#update-1")
        and page.inner_text("#updates h2").strip().lower() == "updates and corrections"
    )
    page.close()


UPDATES = 200


@pytest.fixture(scope="module")
def updated_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story of 200 updates, the first of them a correction, each telling of its one
    event; the latest links to the fifth, which is folded."""
    root = tmp_path_factory.mktemp("updated")
    project = Project(root)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    write_updates(project, "c" + "u" * (UPDATES - 1), latest_cites=5)
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "site"))
    with serve(root / "site") as url:
        yield url
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.parametrize("javascript", [True, False])
def test_a_story_of_200_updates_starts_its_timeline_near_the_top_of_a_phone(
    browser: Any, updated_site: str, javascript: bool
) -> None:
    # All 200 were shown before the timeline: it started 15,856 px down a phone (now 700). The
    # latest three are shown, and the correction, however old; the rest one click away.
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(updated_site + "story-a/index.html")
        shown = page.locator("#updates li:visible").evaluate_all("els => els.map(e => e.id)")
        assert shown == ["update-200", "update-199", "update-198", "update-1"]
        assert page.inner_text("#updates details.earlier > summary") == f"{UPDATES - 4} earlier updates"
        top = page.evaluate("document.getElementById('timeline').getBoundingClientRect().top")
        assert top < PHONE["height"] * 1.25, top
        page.click("#updates details.earlier > summary")  # no script needed: the browser opens it
        assert page.locator("#updates li:visible").count() == UPDATES
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False])
def test_a_link_to_a_folded_update_opens_its_fold_and_shows_it(
    browser: Any, updated_site: str, javascript: bool
) -> None:
    # An event's page, the latest update's text ('#update-5') and a shared link lead to
    # an entry's address on the story page: folded, it would be there but unseen.
    # Chromium opens a closed <details> that a link's fragment is in (the page needs no
    # script for it): from another page, and from a link on the same page.
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(updated_site + "story-a/events/e1/index.html")
        page.click("#main details.earlier > summary")  # the event page folds them too
        page.click("a[href$='index.html#update-7']")
        page.wait_for_url("**/story-a/index.html#update-7")
        entry = page.locator("#update-7")
        assert entry.is_visible() and entry.evaluate("e => e.closest('details').open")
        assert -1 < entry.evaluate("e => e.getBoundingClientRect().top") < PHONE["height"]  # scrolled to
        page.goto(updated_site + "story-a/index.html")
        assert not page.locator("#update-5").is_visible()
        page.click("#update-200 a[href='#update-5']")
        assert page.locator("#update-5").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["story-a/index.html", "story-a/events/e1/index.html"])
def test_folded_updates_have_no_axe_violations(
    browser: Any, updated_site: str, path: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(updated_site + path)
        page.click("#main details.earlier > summary")  # what is folded is checked too
        page.add_script_tag(path=str(axe_path()))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


def test_folded_updates_are_valid_html(tmp_path: Path) -> None:
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    write_updates(project, "cuuuuu")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    story, event = tmp_path / "site/story-a/index.html", tmp_path / "site/story-a/events/e1/index.html"
    assert 'class="earlier"' in story.read_text() and 'class="earlier"' in event.read_text()
    assert w3c_errors(story, event) == ""


def test_a_story_of_200_updates_prints_them_all(browser: Any, updated_site: str) -> None:
    # Paper has nothing to click: the fold's entries print, and its label does not.
    page = browser.new_page(viewport=PHONE)
    page.goto(updated_site + "story-a/index.html")
    page.emulate_media(media="print")
    assert page.locator("#updates li:visible").count() == UPDATES
    assert not page.locator("#updates details.earlier > summary").is_visible()
    page.emulate_media(media="screen")
    assert page.locator("#updates li:visible").count() == 4
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [390, 1280])
def test_axe_finds_no_violations_on_a_story_with_updates_pictures_and_new_marks(
    browser: Any, site_url: str, scheme: str, width: int
) -> None:
    axe = axe_path()
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + FIXTURE)
    page.evaluate("localStorage.setItem('explainer:seen:/alpha/', '[]')")
    page.reload()
    assert new_marks(page) == ["event-2021-03-02-span"]
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert violations == []


def test_figure_pages_show_quotes_and_place_pages_pictures(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "alpha/figures/ann/index.html")
    assert page.inner_text("#quotes-heading") == "In their own words"
    assert page.inner_text(".quote blockquote").strip() == "We did it."
    page.goto(site_url + "alpha/locations/city/index.html")
    pictures = page.locator(".gallery img")
    assert pictures.count() == 1 and pictures.get_attribute("alt") == "A blue dot"
    page.close()


def test_the_seed_story_page_has_no_request_outside_and_stays_small(browser: Any, site_url: str) -> None:
    # The budget of the whole page as transferred: HTML, CSS, script and favicon.
    page = browser.new_page()
    sizes: list[int] = []
    page.on("response", lambda r: sizes.append(len(r.body())))
    page.goto(site_url + SEED)
    page.wait_for_load_state("networkidle")
    assert sum(sizes) <= 100_000, f"{sum(sizes)} bytes"
    page.close()


def test_the_overview_links_to_the_entries(browser: Any, site_url: str) -> None:
    page = browser.new_page(viewport=DESKTOP)
    page.goto(site_url + SEED)
    links = page.eval_on_selector_all(".overview-strip a", "els => els.map(e => e.getAttribute('href'))")
    # Five bars: the events of 7 April and the one "between 7 and 15 April" (dated 7 April) share one.
    assert links[0] == "#event-2005-bakiyev-comes-to-power" and len(links) == 5
    assert all(page.locator(href).count() == 1 for href in links)
    page.click(".overview-strip a[href='#event-2010-04-19-bakiyev-leaves-kazakhstan']")
    assert page.evaluate("location.hash") == "#event-2010-04-19-bakiyev-leaves-kazakhstan"
    page.close()


def test_no_horizontal_scrolling_at_320_px(browser: Any, site_url: str) -> None:
    for path in (SEED, FIXTURE):
        page = browser.new_page(viewport={"width": 320, "height": 700})
        page.goto(site_url + path)
        assert (
            page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
        )
        page.close()


@pytest.fixture(scope="module", autouse=True)
def _no_leftover(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    shutil.rmtree(Path(tmp_path_factory.getbasetemp()) / "storypage0", ignore_errors=True)


@pytest.mark.parametrize(("marked", "rows"), [(4, [4]), (5, [3, 2]), (6, [3, 3]), (7, [4, 3]), (2, [2])])
def test_key_moments_across_a_desktop_page_make_rows_of_even_length(
    browser: Any, tmp_path: Path, marked: int, rows: list[int]
) -> None:
    content = tmp_path / "content"
    (content / "s" / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: T\n")
    (content / "s" / "story.yaml").write_text("title: S\nsummary: S.\npublished: 2020-02-01\n")
    for i in range(8):
        key = "key: true\n" if i < marked else ""
        (content / "s" / "events" / f"e{i}.yaml").write_text(
            f"title: Event number {i}\ndate: 2020-01-{i + 1:02d}\nsummary: S.\n{key}"
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = browser.new_page(viewport=DESKTOP)
    page.goto((tmp_path / "site" / "s" / "index.html").as_uri())
    tops = [round(box["top"]) for box in boxes(page, "#key-moments li")]
    assert [tops.count(top) for top in sorted(set(tops))] == rows  # 5 were 4 + 1
    page.close()


ARABIC_STORY = """\
title: فيضانات ليبيا
summary: العاصفة دانيال.
published: 2023-10-02
language: ar
sources:
  un:
    publisher: United Nations
    title: Libya floods situation report
    url: https://un.example/report
    language: en
    date: 2023-10-02
  wire:
    publisher: Reuters
    url: https://reuters.example/libya
    date: 2023-09-12
  bbc:
    publisher: BBC
    title: Storm Daniel
    date: 2023-09-13
key_numbers:
  - value: "4000"
    label: قتيل
    source: un
"""


@pytest.fixture(scope="module")
def arabic_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Arabic story whose sources are in Latin letters, on a site in English."""
    root = tmp_path_factory.mktemp("arabic")
    content = root / "content"
    (content / "libya" / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Explainers\ndescription: Stories explained.\n")
    (content / "libya" / "story.yaml").write_text(ARABIC_STORY, encoding="utf-8")
    (content / "libya" / "events" / "2023-09-10-storm.yaml").write_text(
        "title: العاصفة تضرب\ndate: 2023-09-10\nsummary: وصلت العاصفة.\nsources: [un, wire]\n",
        encoding="utf-8",
    )
    build(content=str(content), templates=TEMPLATES, out=str(root / "site"))
    return root / "site" / "libya" / "index.html"


def spans(page: Any, selector: str, parts: list[str]) -> list[tuple[float, float]]:
    """Where each of ``parts`` is on screen (left, right), found in that order in the
    text of the element ``selector``: the words as a reader sees them, whatever the markup."""
    return [
        (box[0], box[1])
        for box in page.eval_on_selector(
            selector,
            """(el, parts) => {
                const nodes = [];
                let text = "";
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    nodes.push([n, text.length]);
                    text += n.data;
                }
                let from = 0;
                return parts.map(part => {
                    const start = text.indexOf(part, from);
                    if (start < 0) throw new Error(`${part} is not in ${text}`);
                    from = start + part.length;
                    // A part may run over several text nodes ('افتتاح قمة COP28', its
                    // English set apart in a <bdi>): it ends in the node holding its end.
                    const end = start + part.length;
                    const [node, at] = nodes.filter(([, offset]) => offset <= start).pop();
                    const [endNode, endAt] = nodes.filter(([, offset]) => offset < end).pop();
                    const range = document.createRange();
                    range.setStart(node, start - at);
                    range.setEnd(endNode, end - endAt);
                    const box = range.getBoundingClientRect();
                    return [box.left, box.right];
                });
            }""",
            parts,
        )
    ]


@pytest.mark.parametrize(
    ("selector", "parts"),
    [
        ("#source-un", ["United Nations", "Libya floods situation report", "2", "أكتوبر", "2023"]),
        ("#source-wire", ["Reuters", "https://reuters.example/libya", "12", "سبتمبر", "2023"]),
        ("#source-bbc", ["BBC", "Storm Daniel", "13", "سبتمبر", "2023"]),  # a title of no stated language
        (".event .via", ["United Nations", "Reuters"]),  # the timeline entry's sources
    ],
)
def test_an_arabic_list_of_sources_in_latin_letters_reads_right_to_left_part_by_part(
    browser: Any, arabic_page: Path, selector: str, parts: list[str]
) -> None:
    # Each part right of the next: "2023 أكتوبر United Nations، ...، 2" took the day
    # away from its month when the Latin parts ran into the date.
    page = browser.new_page(viewport=DESKTOP)
    page.goto(arabic_page.as_uri())
    shown = spans(page, selector, parts)
    page.close()
    for (part, (left, _)), (after, (_, right)) in itertools.pairwise(zip(parts, shown, strict=True)):
        assert right <= left + 1, f"{after!r} is not left of {part!r} in {selector}"


def test_on_a_right_to_left_page_the_footer_is_on_the_right_as_the_header_is(
    browser: Any, arabic_page: Path
) -> None:
    # The site's name is in English there, marked dir="auto": on a block, that aligned
    # the footer's line to the left.
    page = browser.new_page(viewport=DESKTOP)
    page.goto(arabic_page.as_uri())
    header = spans(page, ".site-header .site-title", ["Explainers"])[0]
    footer = spans(page, ".site-footer p", ["Explainers: Stories explained."])[0]
    page.close()
    assert abs(footer[1] - header[1]) < 2 and footer[0] > DESKTOP["width"] / 2


def test_in_forced_colours_the_timeline_keeps_its_line_gaps_and_key_marks(
    browser: Any, site_url: str
) -> None:
    # Windows' contrast themes drop backgrounds: the line beside the dates (a gradient),
    # a gap's dashes and a key entry's filled dot were gone, key and other entries alike.
    context = browser.new_context(viewport=DESKTOP, forced_colors="active")
    try:
        page = context.new_page()
        page.goto(site_url + SEED)
        line, gap, cover, key, other = page.evaluate(
            "[['.timeline', 'borderInlineStartStyle'], ['.gap', 'borderInlineStartStyle'],"
            " ['.gap', 'backgroundColor'],"
            " ['.event.key > time', 'backgroundColor'], ['.event:not(.key) > time', 'backgroundColor']]"
            ".map(([s, p]) => getComputedStyle(document.querySelector(s), '::before')[p])"
        )
    finally:
        context.close()
    assert (line, gap) == ("solid", "dashed")
    assert cover not in ("transparent", "rgba(0, 0, 0, 0)")  # the line does not show between the dashes
    assert key != other


@pytest.mark.parametrize("width", [320, 390])
def test_text_twice_as_large_on_a_phone_needs_no_sideways_scrolling(
    browser: Any, site_url: str, width: int
) -> None:
    # A reader's larger text pushed the "By the numbers" cards (12rem at least) past the
    # screen's edge: the page scrolled sideways.
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        page.goto(site_url + SEED)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        wide, shown = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    finally:
        context.close()
    assert wide <= shown


def test_a_long_storys_pages_keep_the_copy_button_and_the_new_marks(browser: Any, tmp_path: Path) -> None:
    # Split into year pages (over YEAR_PAGES_FROM events), the story page loaded no script:
    # no Copy button; and the year pages none either: no "New" marks for returning readers.
    content = tmp_path / "content"
    shutil.copytree(REPO / "tests/fixtures/small/content", content)
    events = content / "alpha" / "events"
    for i in range(205):
        day = f"2022-{1 + i // 28:02d}-{1 + i % 28:02d}"
        added = "added: 2022-09-01\n" if i == 204 else ""
        (events / f"long-{i:03d}.yaml").write_text(f"title: Event {i}\ndate: {day}\nsummary: S.\n{added}")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    assert (tmp_path / "site/alpha/years/2022/index.html").is_file()  # split by year
    with serve(tmp_path / "site") as url:
        context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
        try:
            page = context.new_page()
            page.goto(url + "alpha/index.html")
            page.click(".embed-code summary")
            assert page.is_visible(".embed-code .copy button")
            page.goto(url + "alpha/years/2022/index.html")
            assert page.eval_on_selector_all(".new-badge", "els => els.length") == 0  # a first visit
            page.evaluate(
                "localStorage.setItem('explainer:seen:/alpha/years/2022/', '[]')"
            )  # came before it was added
            page.reload()
            marked = page.eval_on_selector_all(".new-badge", "els => els.map(e => e.closest('.event').id)")
        finally:
            context.close()
    assert marked == ["event-long-204"]


def test_a_tag_in_two_spellings_offers_both_and_every_event_can_be_shown(
    browser: Any, tmp_path: Path
) -> None:
    # A sheet typed by hand groups one row as 'Campaign' and another as 'campaign': the
    # Topic filter offered one of them, and choosing it hid the events of the other.
    content = tmp_path / "content"
    shutil.copytree(REPO / "tests/fixtures/small/content", content)
    events = content / "alpha" / "events"
    for i, tag in enumerate(("Campaign", "campaign")):
        (events / f"tagged-{i}.yaml").write_text(
            f"title: Tagged {i}\ndate: 2022-0{i + 1}-01\nsummary: S.\ntags: [{tag}]\n"
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page()
        page.goto(url + "alpha/index.html")
        options = page.eval_on_selector_all("#filter-tag option", "els => els.map(e => e.value)")
        assert "Campaign" in options and "campaign" in options
        shown = set()
        for tag in ("Campaign", "campaign"):
            page.select_option("#filter-tag", tag)
            shown |= set(page.eval_on_selector_all(".event:not([hidden])", "els => els.map(e => e.id)"))
        page.close()
    assert {"event-tagged-0", "event-tagged-1"} <= shown


def test_a_tag_is_shown_typeset_and_filtered_by_as_written(browser: Any, tmp_path: Path) -> None:
    # A French event read "Mots-clés : L'incendie" under a title with its apostrophe curled:
    # the tag is shown typeset on its event's page and as the Topic filter's choice, whose
    # value stays the tag as written, as the events' data-tags (and the address) hold it.
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: Notre-Dame\nsummary: S.\npublished: 2024-01-02\nlanguage: fr\n",
        "title: E\n",
        ("events",),
    )
    (story / "events" / "fire.yaml").write_text(
        'title: Le feu\ndate: 2019-04-15\nsummary: S.\ntags: ["L\'incendie"]\n', encoding="utf-8"
    )
    (story / "events" / "works.yaml").write_text(
        "title: Le chantier\ndate: 2019-04-16\nsummary: S.\ntags: [travaux]\n", encoding="utf-8"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    event_page = (tmp_path / "site" / "s" / "events" / "fire" / "index.html").read_text(encoding="utf-8")
    assert '<ul class="tags"><li data-pagefind-filter="tag">L\u2019incendie</li></ul>' in event_page
    with serve(tmp_path / "site") as url:
        page = browser.new_page()
        page.goto(url + "s/index.html")
        options = page.eval_on_selector_all(
            "#filter-tag option", "os => os.map(o => [o.value, o.textContent])"
        )
        assert ["L'incendie", "L\u2019incendie"] in options
        assert page.get_attribute("#event-fire", "data-tags") == "L'incendie"
        page.select_option("#filter-tag", label="L\u2019incendie")
        shown = page.eval_on_selector_all(".event:not([hidden])", "els => els.map(e => e.id)")
        address = page.evaluate("location.hash")
        page.close()
    assert shown == ["event-fire"]
    assert address == "#tag=L'incendie"


def test_the_quiet_lines_links_are_far_enough_apart_to_tap_when_the_line_wraps(
    browser: Any, tmp_path: Path
) -> None:
    # Entries naming several people and places: on a phone their quiet line wraps, and a
    # name broken across two lines made one link of two pieces, whose box reached over
    # the link beside it on the next line (WCAG 2.2's 2.5.8, target size, as axe-core's
    # target-size rule and Lighthouse check: axe's default run leaves that rule out).
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: A dam\nsummary: Its story.\npublished: 2024-01-02\n"
        "sources:\n  rferl:\n    publisher: Radio Free Europe/Radio Liberty\n  aki:\n    publisher: AKIpress\n",
        "title: Explainers\n",
        ("events", "figures", "locations"),
    )
    people = [
        "Academy of sciences",
        "Gulnara Sadykova",
        "World Bank",
        "Amina Serikova",
        "Villagers’ committee",
    ]
    places = ["Namangan", "Kara-Suu", "Jalal-Abad", "Dushanbe", "The Hague"]
    ids = [name.lower().replace(" ", "-").replace("’", "") for name in people + places]
    for i, name in enumerate(people):
        (story / "figures" / f"{ids[i]}.yaml").write_text(f"name: {name}\nrole: Someone\n")
    for i, name in enumerate(places):
        (story / "locations" / f"{ids[5 + i]}.yaml").write_text(
            f"name: {name}\ncoordinates: [{40 + i}, {70 + i}]\n"
        )
    for day in range(1, 21):
        who = [ids[(day + k) % 5] for k in range(1 + day % 3)]
        where = [ids[5 + (day + k) % 5] for k in range(1 + day % 2)]
        (story / "events" / f"2024-01-{day:02d}-e.yaml").write_text(
            f"title: Day {day}\ndate: 2024-01-{day:02d}\nsummary: It went on.\n"
            f"figures: [{', '.join(who)}]\nlocations: [{', '.join(where)}]\nsources: [{'rferl' if day % 2 else 'aki'}]\n"
        )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    axe = axe_path()
    with serve(tmp_path / "site") as url:
        for width in (320, 390, 412):
            context = browser.new_context(viewport={"width": width, "height": 844})
            page = context.new_page()
            page.goto(url + "s/index.html")
            assert page.evaluate(
                "[...document.querySelectorAll('.timeline .line')].some(l => l.getBoundingClientRect().height > 40)"
            ), "no quiet line wraps: the test shows nothing"
            page.add_script_tag(path=str(axe))
            result = page.evaluate(
                "async () => await axe.run(document, {runOnly: ['target-size'], resultTypes: ['violations']})"
            )
            context.close()
            assert [[n["target"] for n in v["nodes"]] for v in result["violations"]] == [], width


def names_site(root: Path) -> Path:
    """A site with an Arabic story and its English version whose figures and places are
    named in both scripts: every list of names on their pages mixes the two directions."""
    content = root / "content"
    for story, language, extra in (("summit", "ar", ""), ("summit-en", "en", "translation_of: summit\n")):
        folder = content / story
        for kind in ("events", "figures", "locations", "media"):
            (folder / kind).mkdir(parents=True)
        (folder / "story.yaml").write_text(
            f"title: قمة {story}\nsummary: قمة.\npublished: 2023-10-02\nlanguage: {language}\n{extra}"
            "sources:\n  un:\n    publisher: الأمم المتحدة\n",
            encoding="utf-8",
        )
        (folder / "media" / "hall.jpg").write_bytes(photo(800, 600))
        (folder / "events" / "2023-09-10-summit.yaml").write_text(
            # A title ending in Latin letters, as the place's pictures caption it with the date.
            "title: افتتاح قمة COP28\ndate: 2023-09-10\nsummary: راجع <https://example.org/summit/> للمزيد.\n"
            "sources: [un]\n"
            "figures: [ann, bob, layla, sami]\nlocations: [paris, london, cairo, rabat]\n"
            "image: {src: media/hall.jpg, alt: القاعة}\n",
            encoding="utf-8",
        )
        figures = {
            "ann": "name: Ann Lee\nrole: دبلوماسية\naliases: [A. Lee, Annie Lee, آن لي]\n",
            "bob": "name: Bob Stone\nrole: دبلوماسي\n",
            "layla": "name: ليلى حداد\nrole: وزيرة\n",
            "sami": "name: سامي نصار\nrole: وزير\n",
        }
        for fid, text in figures.items():
            (folder / "figures" / f"{fid}.yaml").write_text(text, encoding="utf-8")
        places = {"paris": "Paris", "london": "London", "cairo": "القاهرة", "rabat": "الرباط"}
        for pid, name in places.items():
            (folder / "locations" / f"{pid}.yaml").write_text(
                f"name: {name}\nunmapped: true\n", encoding="utf-8"
            )
    (content / "site.yaml").write_text("title: Explainers\nlanguage: ar\n")
    build(content=str(content), templates=TEMPLATES, out=str(root / "site"))
    return root / "site"


@pytest.fixture(scope="module")
def names_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return names_site(tmp_path_factory.mktemp("names"))


WHO = ["Ann Lee", "Bob Stone", "ليلى حداد", "سامي نصار"]
WHERE = ["Paris", "London", "القاهرة", "الرباط"]


@pytest.mark.parametrize("story", ["summit", "summit-en"])
@pytest.mark.parametrize(
    ("page_path", "selector", "parts"),
    [
        ("index.html", ".event .who", WHO),  # the timeline entry's one quiet line
        ("index.html", ".event .where", WHERE),
        ("events/2023-09-10-summit/index.html", "dl.meta > div:nth-child(1) dd", WHO),
        ("events/2023-09-10-summit/index.html", "dl.meta > div:nth-child(2) dd", WHERE),
        ("figures/ann/index.html", ".aliases", ["A. Lee", "Annie Lee", "آن لي"]),
        # The caption of the place's picture: the event's title, then its date whole.
        ("locations/paris/index.html", "figcaption", ["افتتاح قمة COP28", "10", "2023"]),
    ],
)
def test_a_list_of_names_in_both_scripts_reads_in_the_order_written_either_way(
    browser: Any, names_pages: Path, story: str, page_path: str, selector: str, parts: list[str]
) -> None:
    # Two names in the script against the page's direction ran together: on the Arabic
    # page "Ann Lee، ليلى حداد، Bob Stone" put Bob Stone between Ann Lee and Layla read
    # right to left, and on the English one two Arabic names read last one first.
    page = browser.new_page(viewport=DESKTOP)
    page.goto((names_pages / story / page_path).as_uri())
    # On one line: a narrow caption wraps, and a later part would start a line below.
    page.add_style_tag(content=f"{selector} {{ white-space: nowrap }}")
    shown = spans(page, selector, parts)
    page.close()
    rtl = story == "summit"
    for (part, (left, right)), (after, (after_left, after_right)) in itertools.pairwise(
        zip(parts, shown, strict=True)
    ):
        if rtl:
            assert after_right <= left + 1, f"{after!r} is not left of {part!r} in {selector} of {story}"
        else:
            assert after_left >= right - 1, f"{after!r} is not right of {part!r} in {selector} of {story}"


@pytest.mark.parametrize(("story", "mark"), [("summit", "،"), ("summit-en", ",")])
@pytest.mark.parametrize("selector", [".event .who", ".event .where", "dl.meta > div:nth-child(1) dd"])
def test_names_in_both_scripts_keep_their_list_marks_between_them_in_the_pages_order(
    browser: Any, names_pages: Path, story: str, mark: str, selector: str
) -> None:
    # Each name's link sets it apart in its own direction (dir="auto"): the mark after
    # a name is the page's text, drawn after it in the page's direction (left of it on
    # the Arabic page, right of it on the English one) and before the next name, whichever
    # script either is written in.
    page_path = "index.html" if selector.startswith(".event") else "events/2023-09-10-summit/index.html"
    names = WHERE if "where" in selector else WHO
    parts = [part for name in names for part in (name, mark)][:-1]
    page = browser.new_page(viewport=DESKTOP)
    page.goto((names_pages / story / page_path).as_uri())
    page.add_style_tag(content=f"{selector} {{ white-space: nowrap }}")
    shown = spans(page, selector, parts)
    page.close()
    rtl = story == "summit"
    for (part, (left, right)), (after, (after_left, after_right)) in itertools.pairwise(
        zip(parts, shown, strict=True)
    ):
        if rtl:
            assert after_right <= left + 1, f"{after!r} is not left of {part!r} in {selector} of {story}"
        else:
            assert after_left >= right - 1, f"{after!r} is not right of {part!r} in {selector} of {story}"


def ink_groups(png: bytes) -> list[tuple[int, int]]:
    """The columns of ink in a screenshot, as groups apart by a word's space or more
    (several pixels of no ink): the words of one line, left to right."""
    from io import BytesIO

    from PIL import Image

    image = Image.open(BytesIO(png)).convert("L")
    width, height = image.size
    grey = image.tobytes()  # a byte a pixel, row by row
    inked = [any(grey[y * width + x] < 128 for y in range(height)) for x in range(width)]
    groups: list[tuple[int, int]] = []
    for x, ink in enumerate(inked):
        if ink and groups and x - groups[-1][1] <= 10:  # a gap between letters, not a space
            groups[-1] = (groups[-1][0], x + 1)
        elif ink:
            groups.append((x, x + 1))
    return groups


@pytest.mark.parametrize(
    ("language", "name"), [("ar", "1 Main Street"), ("ar", "مبنى 2 Terminal"), ("en", "مبنى 2 Terminal")]
)
def test_a_filter_menus_name_keeps_a_number_before_its_latin_words_on_their_left(
    browser: Any, tmp_path: Path, language: str, name: str
) -> None:
    # An <option> holds text alone, no <bdi>: in an Arabic menu "1 Main Street" showed
    # "Main Street 1", and "مبنى 2 Terminal" showed "Terminal 2"; in an English menu the
    # Arabic name read left to right, its first word on the left. Its runs are set apart
    # by invisible isolates, which Chromium honours in the closed menu.
    content = tmp_path / "content"
    (content / "s" / "events").mkdir(parents=True)
    (content / "s" / "locations").mkdir()
    (content / "site.yaml").write_text(f"title: Explainers\nlanguage: {language}\n")
    (content / "s" / "story.yaml").write_text(
        f"title: قمة\nsummary: قمة.\npublished: 2023-10-02\nlanguage: {language}\n", encoding="utf-8"
    )
    (content / "s" / "locations" / "place.yaml").write_text(
        f"name: {name}\nunmapped: true\n", encoding="utf-8"
    )
    (content / "s" / "events" / "2023-09-10-a.yaml").write_text(
        "title: قمة\ndate: 2023-09-10\nsummary: قمة.\nlocations: [place]\n", encoding="utf-8"
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = browser.new_page(viewport=DESKTOP)
    page.goto((tmp_path / "site" / "s" / "index.html").as_uri())
    page.select_option("#filter-location", "place")
    # Large, without its arrow or frame: only the chosen name's ink is in the picture.
    page.add_style_tag(
        content="#filter-location { font-size: 40px; appearance: none; border: 0; padding: 0 8px;"
        " background: #fff; color: #000; width: 600px; }"
    )
    groups = ink_groups(page.locator("#filter-location").screenshot())
    page.close()
    # Left to right: the number (one narrow digit), then the Latin words, then an Arabic
    # name's first word, which it opens with (read from the right, as its link on the page).
    number, words = groups[0], groups[1]
    assert number[1] - number[0] < 30 and words[1] - words[0] > 60, groups
    if not name[0].isdigit():  # 'Terminal' is wider than 'مبنى', on the right
        assert len(groups) == 3 and groups[1][1] - groups[1][0] > groups[2][1] - groups[2][0], groups


def test_an_address_in_arabic_text_reads_left_to_right_whole(browser: Any, names_pages: Path) -> None:
    # The address's last "/" took the direction of the Arabic words after it, and was
    # drawn at its other end: "/https://example.org/summit".
    page = browser.new_page(viewport=DESKTOP)
    page.goto((names_pages / "summit" / "events" / "2023-09-10-summit" / "index.html").as_uri())
    (_, start_right), (end_left, _) = spans(page, ".lede", ["https://", "summit/"])
    page.close()
    assert end_left >= start_right - 1


# The links of each line box of the quiet lines that begin it, as far from the line's
# start as something before them pushed them (0 where nothing did).
PUSHED_LINKS = """
[...document.querySelectorAll('.timeline .line')].flatMap(line => {
  const start = line.getBoundingClientRect().left;
  const boxes = [...line.querySelectorAll('a')].map(a => a.getBoundingClientRect());
  const middle = box => (box.top + box.bottom) / 2;
  // Names and sources differ in size, so links of one line box are told by their middles.
  return boxes
    .filter(box => !boxes.some(other => Math.abs(middle(other) - middle(box)) < 8 && other.left < box.left))
    .map(box => Math.round(box.left - start));
})
"""


def test_a_quiet_line_that_wraps_never_starts_a_line_with_a_comma_or_a_dot(
    browser: Any, tmp_path: Path
) -> None:
    # An entry naming three people, three places and a source, as a story of a ship
    # held in a canal does: wherever its quiet line wrapped, the comma after a name or
    # the dot between people and places could go to the start of the next line
    # (", Port Said"), which a reader takes for a stray mark, as no newspaper sets it.
    story = story_folder(
        tmp_path / "content",
        "canal",
        "title: A ship in the canal\nsummary: Its story.\npublished: 2021-07-08\n"
        "sources:\n  wire:\n    publisher: News wire\n",
        "title: Explainers\n",
        ("events", "figures", "locations"),
    )
    people = {"sca": "Suez Canal Authority", "rabie": "Osama Rabie", "owner": "Shoei Kisen Kaisha"}
    places = {"ismailia": "Ismailia", "lake": "Great Bitter Lake", "port": "Port Said"}
    for key, name in people.items():
        (story / "figures" / f"{key}.yaml").write_text(f"name: {name}\nrole: Someone\n")
    for i, (key, name) in enumerate(places.items()):
        (story / "locations" / f"{key}.yaml").write_text(f"name: {name}\ncoordinates: [30.{i}, 32.{i}]\n")
    (story / "events" / "2021-07-07-released.yaml").write_text(
        "title: The ship leaves the canal\ndate: 2021-07-07\nsummary: She sails north.\n"
        f"figures: [{', '.join(people)}]\nlocations: [{', '.join(places)}]\nsources: [wire]\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    pushed: dict[int, list[int]] = {}
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport={"width": 320, "height": 800})
        page.goto(url + "canal/index.html")
        wrapped = 0
        for width in range(320, 900, 4):
            page.set_viewport_size({"width": width, "height": 800})
            starts = page.evaluate(PUSHED_LINKS)
            wrapped += len(starts) > 1
            if any(starts):
                pushed[width] = starts
        page.close()
    assert wrapped > 20, "the quiet line hardly wraps: the test shows nothing"
    assert pushed == {}


# How far the page scrolls sideways, and each name box on its quiet lines: its text, its
# height and its link's (taller by a line: its comma or dot went below the name).
NAME_BOXES = """
[document.documentElement.scrollWidth - document.documentElement.clientWidth,
 [...document.querySelectorAll('.timeline .line .name')].map(name => [
   name.textContent,
   Math.round(name.getBoundingClientRect().height),
   Math.round(name.querySelector('a').getBoundingClientRect().height),
 ])]
"""


@pytest.mark.parametrize("language", ["en", "ar", "zh-Hans"])
def test_a_name_longer_than_a_phones_line_wraps_with_its_comma(
    browser: Any, tmp_path: Path, language: str
) -> None:
    # A source named by its web address, a compound name, a Welsh village: each longer
    # than a 320 px phone's line. Each name's box was as wide as its longest word, so
    # the page scrolled sideways, and, held to the line, the comma after the name went
    # below it, to the start of a line of its own.
    story = story_folder(
        tmp_path / "content",
        "canal",
        "title: A ship in the canal\nsummary: Its story.\npublished: 2021-07-08\n"
        "sources:\n  wire:\n    publisher: www.internationalmaritimeorganization.org\n"
        "  paper:\n    publisher: The Paper\n",
        f"title: Explainers\nlanguage: {language}\n",
        ("events", "figures", "locations"),
    )
    (story / "figures" / "widow.yaml").write_text(
        "name: Donaudampfschifffahrtsgesellschaftskapitänswitwe\nrole: Someone\n"
    )
    (story / "figures" / "rabie.yaml").write_text("name: Osama Rabie\nrole: Someone\n")
    (story / "locations" / "village.yaml").write_text(
        "name: Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch\ncoordinates: [53.2, -4.2]\n"
    )
    (story / "locations" / "port.yaml").write_text("name: Port Said\ncoordinates: [31.3, 32.3]\n")
    (story / "events" / "2021-07-07-released.yaml").write_text(
        "title: The ship leaves the canal\ndate: 2021-07-07\nsummary: She sails north.\n"
        "figures: [widow, rabie]\nlocations: [village, port]\nsources: [wire, paper]\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport={"width": 320, "height": 800})
        page.goto(url + "canal/index.html")
        sideways, boxes = page.evaluate(NAME_BOXES)
        page.close()
    assert sideways == 0
    assert len(boxes) == 6
    wrapped = [name for name, box, link in boxes if link > 30]  # a line is 24.5 px
    assert len(wrapped) == 3, boxes  # the long ones wrap within the line
    # A mark gone below adds a line (a few pixels: a comma beside a smaller source's name).
    assert [name for name, box, link in boxes if box > link + 10] == [], boxes


def test_every_period_of_a_decades_overview_is_named_from_40rem_and_no_names_overlap(
    browser: Any, tmp_path: Path
) -> None:
    # A flood told over a decade: the period of 2015 and 2017, too narrow to be named on a
    # phone, had no name on any screen, between '2012' and '2019', though a tablet's strip
    # had room for '2015 – 2017' twice over.
    content = tmp_path / "content"
    story = story_folder(
        content, "s", "title: S\nsummary: S.\npublished: 2026-03-02\n", "title: T\n", ("events",)
    )
    dates = ["2012-02", "2015-06-12", "2017-03-14", "2019-01-20", "2021-09-08", "2023-05-02"]
    dates += [f"2025-11-{d:02d}" for d in (3, 4, 5, 6, 7, 10, 18)] + ["2026-02-27", "2026-03-01"]
    for i, date in enumerate(dates):
        (story / "events" / f"e{i:02d}.yaml").write_text(f"title: Event {i}\ndate: {date}\nsummary: S.\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = browser.new_page(viewport={"width": 320, "height": 700})
    page.goto((tmp_path / "site" / "s" / "index.html").as_uri())
    named: dict[int, list[str]] = {}
    for width in range(320, 1400, 16):
        page.set_viewport_size({"width": width, "height": 700})
        labels = page.eval_on_selector_all(
            ".overview-label",
            "ls => ls.map(l => [l.textContent, l.getBoundingClientRect().toJSON()]).filter(([, r]) => r.width)",
        )
        named[width] = [text for text, _ in labels]
        strip = page.eval_on_selector(".overview-strip", "s => s.getBoundingClientRect().toJSON()")
        for (a, ra), (b, rb) in itertools.combinations(labels, 2):
            apart = ra["right"] <= rb["left"] or rb["right"] <= ra["left"] or ra["bottom"] <= rb["top"]
            assert apart or rb["bottom"] <= ra["top"], (width, a, b)
        assert all(strip["left"] - 0.5 <= r["left"] and r["right"] <= strip["right"] + 0.5 for _, r in labels)
    page.close()
    assert {w: n for w, n in named.items() if len(n) != (6 if w >= 640 else 5)} == {}
    assert "2015\u202f–\u2060\u202f2017" in named[640]  # tied at its dash, as the page's spans


DATE_LINES = """(selector) => [...document.querySelectorAll(selector)].map(element => {
    // The lines the element's text is set on.
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter(r => r.width).map(r => Math.round(r.top))).size;
})"""


def test_the_day_an_event_was_added_is_never_broken_across_lines(browser: Any, tmp_path: Path) -> None:
    # On a phone an entry's quiet line read 'Ost Flood Inquiry · Added 1' and, on the next
    # line, 'March 2026'. In the timeline 'Added 1 March 2026' is kept whole, as a name is;
    # on the event's page, after the event's own date, its day.
    content = tmp_path / "content"
    story = story_folder(
        content,
        "s",
        "title: S\nsummary: S.\npublished: 2025-11-20\nsources:\n  inquiry:\n    publisher: Ost Flood Inquiry\n",
        "title: T\n",
        ("events", "figures", "locations"),
    )
    (story / "figures" / "brae.yaml").write_text("name: Alan Brae\nrole: Chair\n")
    (story / "figures" / "board.yaml").write_text("name: Ost Valley Water Board\nrole: Pumps\n")
    (story / "locations" / "mill.yaml").write_text("name: Harrow Mill\ncoordinates: [52.4, -1.9]\n")
    (story / "events" / "e1.yaml").write_text(
        "title: Interim report\ndate: 2026-02-27\nsummary: The pumps failed.\nfigures: [brae, board]\n"
        "locations: [mill]\nsources: [inquiry]\nadded: 2026-03-01\n"
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    broken: dict[tuple[str, int], list[int]] = {}
    page = browser.new_page(viewport={"width": 320, "height": 700})
    dot_first: list[int] = []
    for path, selector in (("s/index.html", ".line .added"), ("s/events/e1/index.html", ".when .added")):
        page.goto((tmp_path / "site" / path).as_uri())
        for width in range(320, 700, 2):
            page.set_viewport_size({"width": width, "height": 700})
            lines = page.evaluate(DATE_LINES, selector)
            assert lines, f"no {selector} on the page"
            if lines != [1] * len(lines):
                broken[(path, width)] = lines
            if path.startswith("s/events/") and not page.evaluate(DOT_AFTER_THE_DATE):
                dot_first.append(width)
    page.close()
    assert broken == {}
    assert dot_first == []


DOT_AFTER_THE_DATE = """() => {
    // Whether the dot between an event's date and 'Added <day>' is on the date's last line.
    const when = document.querySelector('.when');
    const walker = document.createTreeWalker(when, NodeFilter.SHOW_TEXT);
    let dot = walker.nextNode();
    while (!dot.data.includes('·')) dot = walker.nextNode();
    const range = document.createRange();
    range.setStart(dot, dot.data.indexOf('·'));
    range.setEnd(dot, dot.data.indexOf('·') + 1);
    const mark = range.getBoundingClientRect();
    const dates = [...when.querySelector('time').getClientRects()];
    const last = dates[dates.length - 1];  // of another size: the same line if they overlap
    return Math.abs((mark.top + mark.bottom) / 2 - (last.top + last.bottom) / 2) < mark.height / 2;
}"""


def test_in_spanish_added_and_its_day_are_one_line_on_the_events_page(browser: Any, tmp_path: Path) -> None:
    # 'Añadido el' ended the dateline on a phone and '1 de diciembre de 2026' began the next.
    content = tmp_path / "content"
    (content / "s" / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Sitio\nlanguage: es\n")
    (content / "s" / "story.yaml").write_text("title: S\nsummary: S.\npublished: 2025-11-20\n")
    (content / "s" / "events" / "e1.yaml").write_text(
        "title: Informe\ndate: 2026-09-27\nsummary: Las bombas fallaron.\nadded: 2026-12-01\n"
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = browser.new_page(viewport={"width": 320, "height": 700})
    page.goto((tmp_path / "site" / "s" / "events" / "e1" / "index.html").as_uri())
    assert "Añadido el" in page.inner_text(".when .added")
    broken = []
    for width in range(340, 700, 2):  # narrower, the words alone are wider than the line
        page.set_viewport_size({"width": width, "height": 700})
        if page.evaluate(DATE_LINES, ".when .added") != [1] or not page.evaluate(DOT_AFTER_THE_DATE):
            broken.append(width)
    page.close()
    assert broken == []


def test_a_returning_reader_gets_the_new_stylesheet_and_script_after_a_deploy(
    browser: Any, tmp_path: Path
) -> None:
    # GitHub Pages lets a browser keep every file for ten minutes. A reader who opened
    # one page before a deploy and the next page after it was given the new page with the
    # old stylesheet and script from the cache; their addresses now change with them.
    theme = tmp_path / "theme"
    shutil.copytree(TEMPLATES, theme)
    fixture = str(REPO / "tests" / "fixtures" / "small" / "content")
    build(content=fixture, templates=str(theme), out=str(tmp_path / "site"))
    context = browser.new_context()
    with serve(tmp_path / "site", cache_for=600) as url:
        page = context.new_page()
        page.goto(url + "alpha/events/2021-03-01-start/index.html")
        page.wait_for_load_state("load")
        assert page.evaluate("getComputedStyle(document.body).outlineWidth") != "7px"
        assert page.evaluate("document.documentElement.dataset.deploy") is None
        with (theme / "assets/style.css").open("a") as css:
            css.write("\nbody { outline: 7px solid red; }\n")
        with (theme / "assets/share.js").open("a") as js:
            js.write('\ndocument.documentElement.dataset.deploy = "2";\n')
        build(content=fixture, templates=str(theme), out=str(tmp_path / "site"))  # the deploy
        page.goto(url + "alpha/events/2021-03-01-reaction/index.html")  # a page not seen yet
        page.wait_for_load_state("load")
        assert page.evaluate("getComputedStyle(document.body).outlineWidth") == "7px"
        assert page.evaluate("document.documentElement.dataset.deploy") == "2"
    context.close()


@pytest.mark.parametrize(
    ("language", "tags", "in_order"),
    [
        (
            "tr",
            "[zafer, çevre, İzmir, deprem, ılgaz, Cizre]",
            ["Cizre", "çevre", "deprem", "ılgaz", "İzmir", "zafer"],
        ),
        ("fr", "[zone, économie, emploi, Élysée]", ["économie", "Élysée", "emploi", "zone"]),
        # Serbian in Latin letters: its alphabet (c, č, ..., d, đ) and Latin before
        # Cyrillic; read as 'sr', Cyrillic's order put 'Београд' first and 'Đakovica'
        # before 'Dubrovnik'.
        (
            "sr-Latn",
            "[Zagreb, Đakovica, Dubrovnik, Београд, Čačak, Cetinje]",
            ["Cetinje", "Čačak", "Dubrovnik", "Đakovica", "Zagreb", "Београд"],
        ),
    ],
)
def test_the_topic_filters_choices_are_in_the_storys_alphabetical_order(
    tmp_path: Path, language: str, tags: str, in_order: list[str]
) -> None:
    # Jinja's sort put every tag beginning with an accented letter after 'z': a Turkish
    # story offered 'zafer' before 'çevre' and 'ılgaz', a French one 'zone' before
    # 'économie'. Turkish has c, ç, ..., h, ı, i: 'Cizre' before 'çevre', 'ılgaz' before
    # 'İzmir'.
    story = story_folder(
        tmp_path / "content",
        "s",
        f"title: T\nsummary: S.\npublished: 2024-01-02\nlanguage: {language}\n",
        "title: E\n",
        ("events",),
    )
    (story / "events" / "e.yaml").write_text(f"title: E\ndate: 2024-01-01\nsummary: S.\ntags: {tags}\n")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    html = (tmp_path / "site" / "s" / "index.html").read_text()
    select = html.split('<select id="filter-tag"', 1)[1].split("</select>", 1)[0]
    assert re.findall(r'<option value="([^"]+)">', select) == in_order


LINES_OF = """(element) => {
    // Each line ``element`` draws, as the text drawn on it (a word joiner, drawn at no
    // width, left out), and, for each of its dashes, the lines of the dash and of the
    // letters drawn before and after it.
    const drawn = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let at = 0; at < node.data.length; at++) {
            if (node.data[at] === "\\u2060") continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            const rects = range.getClientRects();
            if (rects.length) drawn.push([node.data[at], Math.round(rects[0].top)]);
        }
    }
    const lines = [];
    let top = null;
    for (const [character, at] of drawn) {
        if (at !== top) lines.push("");
        top = at;
        lines[lines.length - 1] += character;
    }
    const seen = (at, step) => {
        for (let i = at + step; i >= 0 && i < drawn.length; i += step) {
            if (!/\\s/.test(drawn[i][0])) return drawn[i][1];
        }
        return drawn[at][1];
    };
    const dashes = drawn.flatMap(([character, at], i) =>
        "–—~～".includes(character) ? [[seen(i, -1), at, seen(i, 1)]] : []);
    return {lines, dashes, text: element.textContent};
}"""


def drawn_lines(page: Any, selector: str) -> list[dict[str, Any]]:
    """Every element ``selector`` finds, as the lines it draws and, for each dash in it,
    the tops of the letter before it, of the dash, and of the letter after it."""
    return [page.evaluate(LINES_OF, element) for element in page.query_selector_all(selector)]


def test_a_key_numbers_value_keeps_its_number_with_the_short_word_beside_it(
    browser: Any, tmp_path: Path
) -> None:
    # At 1280 px, four boxes to a row, "By the numbers" wrote 'about' over '100,000'.
    values = ["about 100,000", "nearly 100,000", "at least 85", "€1.2 billion", "more than 2 million"]
    numbers = "".join(f'  - value: "{value}"\n    label: people\n' for value in values)
    story = story_folder(
        tmp_path / "content",
        "s",
        f"title: T\nsummary: S.\npublished: 2024-01-02\nkey_numbers:\n{numbers}",
        "title: Site\n",
        ("events",),
    )
    (story / "events" / "e.yaml").write_text("title: E\ndate: 2024-01-01\nsummary: S.\n")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    shown = {}
    with serve(tmp_path / "site") as url:
        for width in (1280, 320):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(url + "s/index.html")
            shown[width] = [
                [line.replace("\u00a0", " ").strip() for line in drawn["lines"]]
                for drawn in drawn_lines(page, ".numbers dt")
            ]
            page.close()
    assert shown[1280] == [[value] for value in values]  # room for each on one line
    # On a 320 px phone, the longest breaks where it must, not between 'than' and '2'.
    assert shown[320] == [[value] for value in values[:4]] + [["more", "than 2 million"]]


RANGES = {
    "e1": ("2010-03-30", "2010-04-02"),
    "e2": ("2010-04-17", "2010-04-18"),
    "e3": ("2009-12-30", "2010-01-02"),
    "e4": ("2010-04-17T10:00+06:00", "2010-04-18T12:30+06:00"),
}


@pytest.mark.parametrize("language", ["en", "de", "ar"])
def test_a_span_of_dates_from_a_lone_day_never_breaks_next_to_its_dash(
    browser: Any, tmp_path: Path, language: str
) -> None:
    # The date column at 1280 px wrote '17 –' over '18 April 2010', in every language.
    # Between whole dates a line may end after the dash ('30 March –' over '2 April
    # 2010'), where style guides allow it, but no line starts with one.
    story = story_folder(
        tmp_path / "content",
        "s",
        f"title: T\nsummary: S.\npublished: 2024-01-02\nlanguage: {language}\n",
        f"title: Site\nlanguage: {language}\n",
        ("events",),
    )
    for name, (start, end) in RANGES.items():
        (story / "events" / f"{name}.yaml").write_text(
            f"title: Event {name}\ndate: {start}\nend: {end}\nsummary: S.\n"
        )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    dashes = []  # (the span's first end is a day alone, the tops around its dash)
    drawn = []
    lines = 0
    with serve(tmp_path / "site") as url:
        for width, path, selector in (
            (1280, "s/index.html", ".event > time"),
            (390, "s/index.html", ".event > time"),
            (390, "s/events/e4/index.html", ".when time"),
        ):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(url + path)
            for shown in drawn_lines(page, selector):
                drawn.append(shown["lines"])
                lone = re.match(r"\s*\d+\.?\u2060", shown["text"]) is not None
                dashes += [(lone, *tops) for tops in shown["dashes"]]
                lines += len(shown["lines"])
            page.close()
    assert len(dashes) == 9  # four spans on the story page twice, one on the event's
    assert lines > 9  # some broke (elsewhere)
    assert sum(lone for lone, *_ in dashes) == 2  # '17–18 April' on the story page, twice
    assert all(before == dash for _, before, dash, _ in dashes), (dashes, drawn)
    assert all(dash == after for lone, _, dash, after in dashes if lone), (dashes, drawn)


def test_the_filters_offer_only_what_the_events_name_and_are_left_out_when_they_name_nothing(
    tmp_path: Path,
) -> None:
    # A breaking story's first events name no one, no place and no topic: its page offered
    # "Filter the timeline" with "Who: Anyone" and "Where: Anywhere", which filtered nothing.
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: T\nsummary: S.\npublished: 2024-03-26\n",
        "title: Site\n",
        ("events", "figures"),
    )
    (story / "events" / "e.yaml").write_text("title: E\ndate: 2024-03-26T01:28\nsummary: S.\n")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    html = (tmp_path / "site" / "s" / "index.html").read_text()
    assert 'id="filters"' not in html and 'id="filter-status"' not in html
    assert 'class="event' in html  # the timeline is there all the same
    # Once an event names someone, the filter by figure is offered, and that one alone.
    (story / "figures" / "moore.yaml").write_text("name: Wes Moore\nrole: Governor\n")
    (story / "events" / "e.yaml").write_text(
        "title: E\ndate: 2024-03-26T01:28\nsummary: S.\nfigures: [moore]\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    html = (tmp_path / "site" / "s" / "index.html").read_text()
    assert 'id="filters"' in html and 'id="filter-status"' in html
    assert re.findall(r'<select id="([^"]+)"', html) == ["filter-figure"]
    assert '<option value="moore">Wes Moore</option>' in html


TEXT_INSIDE = """els => els.map(e => {
    // The left and right of the text drawn, and of the element's box: text wider than
    // its box overflows it (its scrollWidth counts the timeline's dot, drawn outside).
    // The day hidden from sight before a time alone ('.day', for screen readers) is not drawn.
    const text = [];
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest(".day")) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        text.push(...range.getClientRects());
    }
    const box = e.getBoundingClientRect();
    return [Math.min(...text.map(r => r.left)), Math.max(...text.map(r => r.right)), box.left, box.right];
})"""


TWELVE_HOUR_TIMES = {
    "e1": "2025-12-06T04:30+05:30",  # the longest part of the day ('తెల్లవారుజామున', 'அதிகாலை')
    "e2": "2025-12-06T19:30+05:30",  # the same day's: its time alone
    "e3": "2025-12-08T00:30+05:30",  # past midnight ('तड़के', 'ng madaling-araw')
}


FONTS = REPO / "generator" / "pictures" / "data" / "fonts"
SCRIPT_FONTS = {
    "hi": "NotoSansDevanagari-Bold.ttf",
    "mr": "NotoSansDevanagari-Bold.ttf",
    "ne": "NotoSansDevanagari-Bold.ttf",
    "bn": "NotoSansBengali-Bold.ttf",
    "ta": "NotoSansTamil-Bold.ttf",
    "te": "NotoSansTelugu-Bold.ttf",
    "th": "NotoSansThai-Bold.ttf",
    "ko": "NotoSansCJKkr-Bold.subset.otf",
    "zh-Hans": "NotoSansCJKsc-Bold.subset.otf",
    "zh-Hant": "NotoSansCJKtc-Bold.subset.otf",
}
"""The social card's fonts of scripts no font installed here has, bold as the date
column is, to lay out a date in them as a reader's phone does (the Chinese and Korean
ones cut to their common characters, which a date's are)."""


def _script_font(page: Any, language: str) -> None:
    """The page of a story in ``language``, one folder below the site's root, drawn in the
    build's own font of its script (``SCRIPT_FONTS``, copied to the root) where it has one."""
    font = SCRIPT_FONTS.get(language)
    if font is None:
        return
    # No font of the script is installed here, and Chromium drew each letter as a box
    # narrower than the letter: the build's own font of it gives real widths.
    page.add_style_tag(
        content=f"@font-face {{ font-family: 'Script'; src: url('../{font}'); }}"
        "* { font-family: 'Script', system-ui, sans-serif; }"
    )
    loaded = page.evaluate("() => document.fonts.load('600 16px Script', document.body.innerText)")
    assert loaded, f"the font {font} was not loaded"


def _date_column(
    browser: Any, tmp_path: Path, language: str, events: dict[str, str], viewport: dict[str, int] = DESKTOP
) -> tuple[list[Any], list[Any]]:
    """A story in ``language`` of ``events`` (their date keys, by file name), built and
    read at ``viewport`` (1280 px): each timeline date's text and box edges (``TEXT_INSIDE``)
    and its lines as drawn (``drawn_lines``)."""
    story = story_folder(
        tmp_path / "content",
        "s",
        f"title: T\nsummary: S.\npublished: 2026-01-02\nlanguage: {language}\n",
        f"title: Site\nlanguage: {language}\n",
        ("events",),
    )
    for name, dates in events.items():
        (story / "events" / f"{name}.yaml").write_text(f"title: Event {name}\n{dates}\nsummary: S.\n")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    font = SCRIPT_FONTS.get(language)
    if font:
        shutil.copy(FONTS / font, tmp_path / "site" / font)
    with serve(tmp_path / "site") as url:
        page = browser.new_page(viewport=viewport)
        page.goto(url + "s/index.html")
        _script_font(page, language)
        widths = page.eval_on_selector_all(".timeline > .event > time", TEXT_INSIDE)
        drawn = drawn_lines(page, ".timeline > .event > time")
        page.close()
    return widths, drawn


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_an_offset_with_minutes_fits_the_date_column_with_its_word(
    browser: Any, tmp_path: Path, language: str
) -> None:
    # Arabic and Persian write a word inside the offset's brackets ('(به وقت UTC+3:30)',
    # Iran's clock); tied whole, it was wider than the date column at 1280 px, which
    # broke it inside the offset, 'UTC+3:3' over '0)'.
    events = {"e1": "date: 2022-09-16T15:00+03:30", "e2": "date: 2022-09-20T09:15+05:30"}
    widths, drawn = _date_column(browser, tmp_path, language, events)
    assert len(widths) == 2
    assert all(box_right - box_left <= 144 for _, _, box_left, box_right in widths)
    for shown in drawn:
        for line, following in itertools.pairwise(shown["lines"]):
            assert line[-1] in " \u00a0\u2009\u200f–-" or following[0] in " \u00a0\u2009", drawn


@pytest.mark.parametrize("language", ["hi", "ta", "te", "fil"])
def test_a_time_with_its_part_of_the_day_fits_the_date_column(
    browser: Any, tmp_path: Path, language: str
) -> None:
    # Hindi, Tamil, Telugu and Filipino pages write a time as their news does, with its
    # part of the day and a word after it ('తెల్లవారుజామున 4.30 గంటలకు (UTC+5:30)'), wider
    # than '04:30'; the date column (144 px at 1280) lays each out inside itself, breaking
    # only at a space, after a span's dash or a compound's hyphen, never inside a word or a number: with a
    # Tamil font, 'அதிகாலை 12.30 மணி' tied broke as 'அதிகாலை 12.3' over '0 மணி'. Hindi
    # and Filipino keep the time with its part; Tamil and Telugu may end a line after
    # the part ('அதிகாலை' over '12.30 மணி'), their parts being too wide to keep it.
    events = {name: f"date: {date}" for name, date in TWELVE_HOUR_TIMES.items()}
    events["e4"] = "date: 2025-12-09T10:00+05:30\nend: 2025-12-09T11:30+05:30"
    widths, drawn = _date_column(browser, tmp_path, language, events)
    assert len(widths) == 4
    assert all(
        left >= box_left - 0.5 and right <= box_right + 0.5 for left, right, box_left, box_right in widths
    ), (
        widths,
        drawn,
    )
    assert all(box_right - box_left <= 144 for _, _, box_left, box_right in widths)
    for shown in drawn:
        for line in shown["lines"]:
            # No line starts or ends inside a time's tied words: each line holds whole
            # pieces ('(UTC+5:30)' may go to a line of its own); Tamil's and Telugu's part of
            # the day may end one ('தெல்லவாருஜாமுன' over '4.30 గంటలకు').
            assert not line.strip().endswith(("सुबह", "शाम", "रात", "ng")), drawn
        for line, following in itertools.pairwise(shown["lines"]):
            # Nor inside a word or a number: Tamil's and Telugu's part of the day, time and
            # word tied were wider than the column, which broke them '12.3' over '0 மணி'.
            assert line[-1] in " \u00a0\u2009–-" or following[0] in " \u00a0\u2009", drawn


LONG_MONTHS = {
    "e1": "2021-09-19T15:10",  # 'septiembre', Spanish's longest month; 'szeptember 19. 15:10'
    "e2": "2021-09-28",  # a day of two digits without a time
    "e3": "2021-11-28T23:00",  # 'noviembre', 'november 28. 23:00'
    "e4": "2021-12-22",  # 'diciembre'
}


@pytest.mark.parametrize("language", ["es", "hu"])
def test_a_long_months_date_breaks_in_the_date_column_between_words_never_inside_one(
    browser: Any, tmp_path: Path, language: str
) -> None:
    # At 1280 px the date column (144 px) wrote '19 de septiembr' over 'e de 2021, 15:10':
    # the day, its 'de' and the month, tied together, were wider than the column, which
    # broke the month inside itself. The day keeps its 'de'; the month may go below them.
    # Hungarian tied 'szeptember 19. 15:10' whole, the day's dot to the time.
    _, drawn = _date_column(browser, tmp_path, language, {n: f"date: {d}" for n, d in LONG_MONTHS.items()})
    assert len(drawn) == len(LONG_MONTHS)
    words = {word for shown in drawn for word in shown["text"].split()}
    for shown in drawn:
        lines = [line.strip() for line in shown["lines"]]
        # Each line holds whole words of the date, and no line is a day's number alone.
        assert all(word in words for line in lines for word in line.split()), drawn
        assert not any(re.fullmatch(r"\d{1,2}\.?", line) for line in lines), drawn


APPROXIMATE_TIMES = {
    "e1": "date: 2025-12-06T04:30+05:30\ncirca: true",  # Telugu's longest part of the day
    "e2": "date: 2025-12-06T19:30+05:30\ncirca: true",  # the same day's: its time alone
    "e3": "date: 2025-09-28T23:00\ncirca: true",  # a long month ('septiembre')
}


@pytest.mark.parametrize("language", ["te", "hy", "ky", "es"])
def test_an_approximate_time_fits_the_date_column(browser: Any, tmp_path: Path, language: str) -> None:
    # An approximate time carries its word for 'about' ('తెల్లవారుజామున 4.30 గంటల
    # ప్రాంతంలో', 'մոտավորապես ժամը 04:30', 'болжол менен саат 04:30', 'hacia las 23:00'),
    # the longest forms of the shipped languages: each stays inside the date column (144 px
    # at 1280), the time alone of an entry on the day before it too, with its word.
    widths, drawn = _date_column(browser, tmp_path, language, APPROXIMATE_TIMES)
    assert len(widths) == len(APPROXIMATE_TIMES)
    assert all(
        left >= box_left - 0.5 and right <= box_right + 0.5 for left, right, box_left, box_right in widths
    ), (widths, drawn)
    assert all(box_right - box_left <= 144 for _, _, box_left, box_right in widths)
    about = {"te": "ప్రాంతంలో", "hy": "մոտավորապես", "ky": "болжол", "es": "hacia"}[language]
    assert all(about in shown["text"] for shown in drawn), drawn


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("hi", [["लगभग ", "28\u00a0सितंबर 2021"], ["लगभग ", "28\u00a0अक्टूबर 2023"]]),
        ("ar", [["حوالي ", "28\u00a0سبتمبر 2021"], ["حوالي ", "28\u00a0أكتوبر 2023"]]),
        # Where a date may be wider than the column alone, it breaks before its year, as
        # before: kept whole, 'c.' over '28 September' over '2023' took three lines.
        ("en", [["c. 28\u00a0September ", "2021"], ["c. 28\u00a0October ", "2023"]]),
        ("fr", [["vers le ", "28\u00a0septembre ", "2021"], ["vers le ", "28\u00a0octobre 2023"]]),
    ],
)
def test_an_approximate_date_goes_whole_to_the_line_after_its_word_where_it_fits(
    browser: Any, tmp_path: Path, language: str, lines: list[list[str]]
) -> None:
    # The date column at 1280 px (144 px) wrote 'लगभग 28 सितंबर' over '2021': the year cut
    # from its day, where a reader expects 'लगभग' over '28 सितंबर 2021'.
    events = {"e1": "date: 2021-09-28\ncirca: true", "e2": "date: 2023-10-28\ncirca: true"}
    widths, drawn = _date_column(browser, tmp_path, language, events)
    assert [shown["lines"] for shown in drawn] == lines
    assert all(box_right - box_left <= 144 for _, _, box_left, box_right in widths)


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("fr", [["vers ", "janvier 2020"], ["vers ", "septembre 2020"]]),
        ("sv", [["omkring ", "januari 2020"], ["omkring ", "september 2020"]]),
        # Where some date alone is wider than the column, it breaks before its year.
        ("en", [["c. January 2020"], ["c. September ", "2020"]]),
    ],
)
def test_an_approximate_month_goes_whole_to_the_line_after_its_word_where_it_fits(
    browser: Any, tmp_path: Path, language: str, lines: list[list[str]]
) -> None:
    # At 1280 px the date column wrote 'vers janvier' over '2020', 'omkring januari' over
    # '2020': in these languages, measured in every month, the date alone fits the column.
    events = {"e1": "date: 2020-01\ncirca: true", "e2": "date: 2020-09\ncirca: true"}
    widths, drawn = _date_column(browser, tmp_path, language, events)
    assert [shown["lines"] for shown in drawn] == lines
    assert all(box_right - box_left <= 144 for _, _, box_left, box_right in widths)


WIDER_DATE_COLUMN = {"el": 152, "pl": 152}
"""The date column's width at 1280 px where it is wider than 144 px (9rem): 9.5rem, in
the languages whose longest month with a span's dash after it needs it (style.css)."""


ABOUT_PHRASES = {
    "ar": "نحو الساعة",
    "ca": "cap a les",
    "el": "γύρω στις",
    "es": "hacia las",
    "fa": "حدود ساعت",
    "it": "verso le",
    "ur": "کو تقریباً",
}
"""The word for 'about' of an approximate time, of several words, in the languages that
tie it whole (``ABOUT_WHOLE``), as ``APPROXIMATE_TIMES`` writes it."""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("language", sorted(ABOUT_PHRASES))
def test_an_approximate_times_words_for_about_stay_on_one_line(
    browser: Any, tmp_path: Path, language: str, viewport: dict[str, int]
) -> None:
    # A phone's date column broke 'hacia' over 'las 18:08': the words for 'about' are one
    # phrase, kept whole with their time; and whole, they still fit the date column at
    # 1280 px (144 px), inside it.
    widths, drawn = _date_column(browser, tmp_path, language, APPROXIMATE_TIMES, viewport)
    assert len(drawn) == len(APPROXIMATE_TIMES)
    assert all(
        left >= box_left - 0.5 and right <= box_right + 0.5 for left, right, box_left, box_right in widths
    ), (widths, drawn)
    if viewport is DESKTOP:
        column = WIDER_DATE_COLUMN.get(language, 144)
        assert all(box_right - box_left <= column for _, _, box_left, box_right in widths)
    phrase = ABOUT_PHRASES[language]
    for shown in drawn:
        lines = [line.replace("\u00a0", " ").strip() for line in shown["lines"]] + [""]
        at = next((i for i, line in enumerate(lines) if phrase in line), None)
        assert at is not None, drawn
        # Its time whole on its line too: the column broke a phrase too wide for it inside
        # the time ('por volta das 23' over 'h00'); its offset may go to the next line, or
        # an offset with minutes after the word in its brackets ('(بتوقيت' over 'UTC+5:30)',
        # too wide whole for the column at 1280 px).
        time_ends = re.sub(r" \([^()]*\)?$", "", lines[at])[-1]
        following = lines[at + 1]
        assert time_ends.isdigit() and (following[:1] in ("", "(") or following.startswith("UTC")), drawn


WORDS_OF_THE_COLUMN = """(time) => {
    // Each word of a timeline date that its lines cut inside, as [word, its lines' tops].
    // A word runs from space to space (no-break ones too); a line may end after a
    // compound's hyphen or a dash ('madaling-araw', '30 March–'), not next to a word joiner,
    // which ties a span's dash ('17\u2060–\u206018'), and at a zero-width space, where a
    // date in Chinese, Japanese or Korean may break ('2021年\u200b12月28日ごろ'). The day an
    // entry on the day of the one before it hides from sight ('.same-day > .day', for
    // screen readers) is not drawn.
    const cut = [];
    const walker = document.createTreeWalker(time, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest(".same-day > .day")) continue;
        for (const run of node.data.matchAll(/\\S+/g)) {
            let start = run.index;
            for (const piece of run[0].split(/(?<=[-–—](?!\\u2060)|\\u200b)/)) {
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, start + piece.length);
                start += piece.length;
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                const middles = rects.map(r => (r.top + r.bottom) / 2);
                const height = Math.min(...rects.map(r => r.height));
                if (middles.some(m => Math.abs(m - middles[0]) > height / 2)) {
                    cut.push([piece, rects.map(r => Math.round(r.top))]);
                }
            }
        }
    }
    return {text: time.textContent, cut, scroll: time.scrollWidth, client: time.clientWidth};
}"""

LINES_OF_THE_COLUMN = """(time) => {
    // The text of each line a timeline date is drawn on, in order: a character starts a
    // line where it is drawn lower than the one before it by more than half its height.
    // Characters drawn without width (spaces at a line's end, word joiners, zero-width
    // spaces) go with the line before them; the day hidden from sight is not drawn.
    const lines = [];
    let last = null;
    const walker = document.createTreeWalker(time, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest(".same-day > .day")) continue;
        let start = 0;
        for (const char of node.data) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + char.length);
            start += char.length;
            const rect = [...range.getClientRects()].find(r => r.width > 0);
            if (rect && (last === null || (rect.top + rect.bottom) / 2 - last > rect.height / 2)) {
                lines.push("");
                last = (rect.top + rect.bottom) / 2;
            }
            if (lines.length) lines[lines.length - 1] += char;
        }
    }
    return lines;
}"""


def _longest_month(language: str) -> int:
    """The month (1-12) whose name, as a day's date writes it, is the longest in ``language``."""
    names: dict[int, str] = dict(written_in(language).locale.months["format"]["wide"])
    return max(names, key=lambda month: (len(names[month]), month))


def _worst_dates(month: int) -> dict[str, str]:
    """The date column's widest dates, by event file name, in ``month`` (its name the
    language's longest): a day, approximate; a month, approximate; a span of days across
    two months, and approximate ('c.' before its first day); an approximate span ending
    in the month (an event's ``circa`` is its whole span's: no end is approximate alone);
    a time with an offset of minutes; a time in the small hours (a clock of twelve hours'
    longest part of the day) and one the same day, shown alone; an approximate time; a
    span of times in one day; a span of months (its first end without its year); a date
    before the year 1000; and each ``date_phrase``'s words about such dates: from and until
    a time with an offset of minutes, between two days across months, between two times
    of one day, between two months, the weekend of two days."""
    after = (2021, month + 1) if month < 12 else (2022, 1)
    before = (2021, month - 1) if month > 1 else (2020, 12)
    day = f"2021-{month:02}"
    return {
        "d01": f"date: {day}-28\ncirca: true",
        "d02": f"date: 2020-{month:02}\ncirca: true",
        "d03": f"date: {day}-28\nend: {after[0]}-{after[1]:02}-03",
        "d04": f"date: {day}-28\nend: {after[0]}-{after[1]:02}-03\ncirca: true",
        "d05": f"date: {before[0]}-{before[1]:02}-27\nend: {day}-28\ncirca: true",
        "d06": f"date: {day}-27T23:45-09:30",
        "d07": f"date: {day}-26T04:30+05:30",
        "d08": f"date: {day}-26T19:30+05:30",
        "d09": f"date: {day}-25T04:30+05:30\ncirca: true",
        "d10": f"date: {day}-24T10:00+05:30\nend: {day}-24T11:30+05:30",
        "d11": f"date: 2019-{month:02}\nend: {after[0] - 2}-{after[1]:02}",
        "d12": f"date: 0987-{month:02}-28",
        "d13": f"date: {day}-23T23:45-09:30\ndate_phrase: from",
        "d14": f"date: {day}-22T23:45-09:30\ndate_phrase: until",
        "d15": f"date: {before[0]}-{before[1]:02}-27\nend: {day}-21\ndate_phrase: between",
        "d16": f"date: {day}-20T10:00+05:30\nend: {day}-20T11:30+05:30\ndate_phrase: between",
        "d17": f"date: 2019-{month:02}\nend: {after[0] - 2}-{after[1]:02}\ndate_phrase: between",
        "d18": f"date: {day}-18\nend: {day}-19\ndate_phrase: weekend",
    }


SPAN_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015~\u301c\uff5e"
"""What joins a span's ends in some language: hyphens, dashes, tildes ('~', '〜', '～')."""


def _starts_with_a_dash(lines: list[str]) -> bool:
    """Whether any of ``lines``, a date's lines after its first, begins with a span's dash or
    tilde, which newsroom typography and JIS X 4051 leave at the end of a line."""
    return any(line.lstrip(" \u00a0\u2060\u200b")[:1] in tuple(SPAN_DASHES) for line in lines)


@pytest.fixture(scope="module")
def every_languages_worst_dates(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, dict[str, str]]]:
    """One site of a story in each shipped language, each of ``_worst_dates`` in its
    longest month, served; its address and the story of each language (by tag)."""
    root = tmp_path_factory.mktemp("worstdates")
    stories = {}
    for catalog in available():
        tag = catalog.replace("_", "-")
        story = story_folder(
            root / "content",
            tag.lower(),
            f"title: T\nsummary: S.\npublished: 2026-01-02\nlanguage: {tag}\n",
            "title: Site\n",
            ("events",),
        )
        for name, dates in _worst_dates(_longest_month(tag)).items():
            (story / "events" / f"{name}.yaml").write_text(f"title: Event {name}\n{dates}\nsummary: S.\n")
        stories[tag] = tag.lower()
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "site"))
    for font in set(SCRIPT_FONTS.values()):
        shutil.copy(FONTS / font, root / "site" / font)
    with serve(root / "site") as url:
        yield url, stories
    shutil.rmtree(root, ignore_errors=True)


def test_in_every_language_the_date_column_cuts_no_word_and_holds_its_dates(
    browser: Any, every_languages_worst_dates: tuple[str, dict[str, str]]
) -> None:
    # At 1280 px Danish, German, Greek, Georgian and Norwegian wrote an approximate span's
    # first day 'ca. 29. septemb' over 'er': its 'about', day and month tied were wider than
    # the date column, which cut the month (so did Finnish, Polish and Ukrainian in their
    # longest months); Chinese cut a year ('2019年12月至2020' over '年1月'), Japanese and
    # Korean began a line with a span's tilde. Each language's widest dates, in its longest
    # month, break only between words and stay inside the column, at 1280 and 900 px; no
    # line but the first begins with a span's dash or tilde, which ends a line instead
    # (newsroom typography, JIS X 4051); and English's column is no wider for it.
    url, stories = every_languages_worst_dates
    page = browser.new_page(viewport=DESKTOP)
    failed: dict[tuple[str, int], list[Any]] = {}
    widths: dict[str, set[int]] = {}
    for tag, story in stories.items():
        page.set_viewport_size(DESKTOP)
        page.goto(url + f"{story}/index.html")
        _script_font(page, tag)
        # The dot on the timeline's line is drawn outside the date, in its box's overflow.
        page.add_style_tag(content=".event > time::before { display: none; }")
        for width in (1280, 900):
            page.set_viewport_size({"width": width, "height": 900})
            shown = page.eval_on_selector_all(
                ".timeline > .event > time",
                f"times => times.map(t => ({{...({WORDS_OF_THE_COLUMN})(t), lines: ({LINES_OF_THE_COLUMN})(t)}}))",
            )
            assert len(shown) == 18, (tag, shown)
            widths.setdefault(tag, set()).update(date["client"] for date in shown)
            wrong = [
                date
                for date in shown
                if date["cut"] or date["scroll"] > date["client"] or _starts_with_a_dash(date["lines"][1:])
            ]
            if wrong:
                failed[(tag, width)] = wrong
    page.close()
    assert failed == {}
    assert widths["en"] == {144}  # 9rem, as before


@pytest.mark.parametrize(
    ("language", "said", "not_said"),
    [
        ("en", "Places not on the map are listed below.", "without coordinates"),
        ("ja", "地図にない場所", "位置のわからない"),
    ],
)
def test_the_maps_note_says_the_places_below_are_not_on_it_not_that_their_position_is_unknown(
    project: Project, language: str, said: str, not_said: str
) -> None:
    # Hayabusa2's asteroid Ryugu is `unmapped: true`: it has a position, just not on a map
    # of the Earth; the note read "位置のわからない場所は下に掲載しています" (places whose
    # position is unknown are listed below) and, in English, "places without coordinates".
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Ryugu\nunmapped: true\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event.replace("[loc-a]", "[loc-a, loc-b]"))
    build(content="content", templates=TEMPLATES, out="site")
    caption = re.search(
        r'<figure class="map-figure">.*?<figcaption>(.*?)</figcaption>',
        Path("site/story-a/index.html").read_text(),
        re.S,
    )
    assert caption is not None
    assert said in caption.group(1) and not_said not in caption.group(1), caption.group(1)


HAYABUSA2_TEAM = {
    # id: (name, reading)
    "yoshikawa": ("吉川真", "よしかわ まこと"),
    "tsuda": ("津田雄一", "つだ ゆういち"),
    "kuninaka": ("國中均", "くになか ひとし"),
}


def _japanese_names_site(project: Project, *, with_readings: bool) -> tuple[str, str]:
    """A Japanese story naming the Hayabusa2 team in one event, and two places; its story
    page and its search page."""
    project.write("content/site.yaml", "title: テスト\nlanguage: ja\n")
    for fid, (name, reading) in HAYABUSA2_TEAM.items():
        sort_as = f"sort_as: {reading}\n" if with_readings else ""
        project.write(f"content/story-a/figures/{fid}.yaml", f"name: {name}\nrole: 研究者\n{sort_as}")
    places = {"tanegashima": ("種子島", "たねがしま"), "uchinoura": ("内之浦", "うちのうら")}
    for lid, (name, reading) in places.items():
        sort_as = f"sort_as: {reading}\n" if with_readings else ""
        project.write(f"content/story-a/locations/{lid}.yaml", f"name: {name}\nunmapped: true\n{sort_as}")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    event = event.replace("[fig-a]", "[yoshikawa, tsuda, kuninaka]").replace(
        "[loc-a]", "[tanegashima, uchinoura]"
    )
    project.write("content/story-a/events/e1.yaml", event)
    project.remove("content/story-a/figures/fig-a.yaml")
    project.remove("content/story-a/locations/loc-a.yaml")
    build(content="content", templates=TEMPLATES, out="site")
    return Path("site/story-a/index.html").read_text(), Path("site/search/index.html").read_text()


def _listed(page: str, section: str) -> list[str]:
    found = re.search(rf'<section id="{section}".*?</section>', page, re.S)
    assert found is not None
    return re.findall(r'<li><a href="[^"]*">([^<]*)</a>', found.group(0))


def _search_order(page: str) -> dict[str, list[str]]:
    found = re.search(r'<script type="application/json" id="search-order">(.*?)</script>', page, re.S)
    assert found is not None
    order: dict[str, list[str]] = json.loads(found.group(1))
    return order


def test_japanese_names_sort_by_the_reading_their_files_give(project: Project) -> None:
    # A Japanese newsroom lists 國中均, 津田雄一, 吉川真 by reading (くになか, つだ, よしかわ);
    # the held-out Hayabusa2 story listed them in code-point order, 吉川真 first.
    story_page, search_page = _japanese_names_site(project, with_readings=True)
    team = ["國中均", "津田雄一", "吉川真"]
    assert _listed(story_page, "figures") == team
    assert _listed(story_page, "locations") == ["内之浦", "種子島"]
    assert _search_order(search_page)["figure"] == team
    assert _search_order(search_page)["place"] == ["内之浦", "種子島"]


def test_names_without_a_reading_sort_as_written(project: Project) -> None:
    story_page, search_page = _japanese_names_site(project, with_readings=False)
    as_written = ["吉川真", "津田雄一", "國中均"]  # as the held-out story's pages had them
    assert _listed(story_page, "figures") == as_written
    assert _search_order(search_page)["figure"] == as_written
    assert _listed(story_page, "locations") == ["種子島", "内之浦"]


HEADLINE_LINES = """h => { const text = h.firstChild, range = document.createRange(), lines = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    range.setStart(text, i); range.setEnd(text, i + 1);
    const y = range.getBoundingClientRect().top;
    if (top === null || y > top + 5) { lines.push(''); top = y; }
    lines[lines.length - 1] += text.data[i];
  }
  return lines.map(line => line.trim()); }"""


def test_a_japanese_headline_at_390_px_leaves_no_word_alone_on_its_last_line(
    browser: Any, project: Project
) -> None:
    # The held-out Hayabusa2 story's headline broke 'はやぶさ2 / 小惑星リュウグウへの往復 /
    # 6年' on a phone: headlines are balanced (text-wrap: balance), '往復6年' kept together.
    need_japanese_font()
    title = "はやぶさ2 小惑星リュウグウへの往復6年"
    project.write("content/site.yaml", "title: テスト\nlanguage: ja\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("title: Story A", f"title: {title}"))
    build(content="content", templates=TEMPLATES, out="site")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto((project.root / "site/story-a/index.html").as_uri())
        lines = page.eval_on_selector("h1", HEADLINE_LINES)
    finally:
        page.close()
    assert "".join(lines) == title.replace(" ", ""), lines
    assert len(lines) > 1 and len(lines[-1]) > 2, lines


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("lead", ["lead.jpg", "lead.gif"])
def test_a_related_storys_picture_stands_beside_its_headline_and_standfirst(
    browser: Any, tmp_path: Path, viewport: dict[str, int], lead: str
) -> None:
    # 'related:' lists another story of the site: its card shows the story's small lead
    # picture at the line's end, beside its headline and standfirst (it stood between
    # them, on a line of its own); a card without a picture keeps the column's width.
    # An animation's is in a <picture> (its still for reduced motion), placed alike.
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    other = content / "second"
    shutil.copytree(content / "kyrgyzstan-2010", other)
    text = (other / "story.yaml").read_text().replace("title:", "title: Second look at", 1)
    (other / "media").mkdir(exist_ok=True)
    (other / "media" / lead).write_bytes(photo(1200, 800) if lead.endswith("jpg") else animated("GIF"))
    (other / "story.yaml").write_text(text + f"image:\n  src: media/{lead}\n  alt: Protesters\n")
    seed = content / "kyrgyzstan-2010" / "story.yaml"
    seed.write_text(seed.read_text() + "related: [second]\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        # At 3x: 288 pixels for its 96, which AVIF or WebP has at 320; the JPEG only at 960.
        context = browser.new_context(viewport=viewport, device_scale_factor=3)
        page = context.new_page()
        page.goto(url + SEED)
        (card,) = boxes(page, "#related .story-card")
        (headline,) = boxes(page, "#related .story-card h3")
        (standfirst,) = boxes(page, "#related .story-card .summary")
        (picture,) = boxes(page, "#related .story-card img")
        assert picture["width"] == 96 and picture["right"] == pytest.approx(card["right"], abs=1)
        assert headline["right"] <= picture["left"] and standfirst["right"] <= picture["left"]
        assert picture["top"] < headline["bottom"]  # beside the headline, not under it
        page.locator("#related img").scroll_into_view_if_needed()
        page.wait_for_function("document.querySelector('#related img').complete")
        loaded = page.eval_on_selector("#related img", "img => img.currentSrc")
        if lead.endswith("jpg"):
            assert re.search(r"\.(240|320)\.(avif|webp)$", loaded), loaded
        context.close()
