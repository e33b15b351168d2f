"""The reader's pages in a real browser: accessibility, layout, filters, budgets, privacy."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.commands.build import build
from tests import long_story
from tests.browser import need_japanese_font
from tests.conftest import MINIMAL, REPO, TEMPLATES, Project, write_breaking
from tests.crawl import serve
from tests.w3c import w3c_errors

AXE = REPO / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
FIXTURE = REPO / "tests" / "fixtures" / "small" / "content"
STORY = "kyrgyzstan-2010/index.html"
PAGES = {
    "home": "index.html",
    "story": STORY,
    "event": "kyrgyzstan-2010/events/2010-04-19-jalalabad-rally/index.html",
    "figure": "kyrgyzstan-2010/figures/kurmanbek-bakiyev/index.html",
    "location": "kyrgyzstan-2010/locations/mayevka/index.html",
    "404": "no/such/page",
    "search": "search/index.html",
}
ALL_EVENTS = 13


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("reader") / "site"
    build(content=str(REPO / "content"), templates=TEMPLATES, out=str(out))
    with serve(out, not_found=out / "404.html") as url:
        yield url


def axe_path() -> Path:
    if not AXE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("axe-core is not installed; `make test` installs it with npm")
        pytest.skip("axe-core is not installed (needs npm; see the Makefile)")
    return AXE


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_axe_finds_no_violations(browser: Any, site_url: str, name: str, scheme: str) -> None:
    axe = axe_path()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + PAGES[name])
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert violations == []


def sideways(page: Any) -> int:
    """How far the page scrolls sideways, in CSS pixels (0 or less: not at all)."""
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def _widths_breaking_two(browser: Any, tmp_path: Path, selector: str) -> list[tuple[int, list[int]]]:
    """The project in ``tmp_path`` built, its story-a page read at every width from 320 to
    720 px: each width where either of the two ``selector`` elements takes more than one
    line, or the page scrolls sideways, with the lines each takes."""
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    broken: list[tuple[int, list[int]]] = []
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/index.html")
        assert page.locator(selector).count() == 2
        for width in range(320, 721, 8):
            page.set_viewport_size({"width": width, "height": 640})
            lines = page.eval_on_selector_all(selector, "ts => ts.map(t => t.getClientRects().length)")
            if lines != [1, 1] or sideways(page) > 0:
                broken.append((width, lines))
        page.close()
    return broken


@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_horizontal_scrolling_on_a_phone(browser: Any, site_url: str, name: str) -> None:
    for width in (320, 390):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(site_url + PAGES[name])
        overflow = sideways(page)
        context.close()
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"


def test_the_pager_keeps_earlier_at_the_start_and_later_at_the_end(browser: Any, site_url: str) -> None:
    """Whatever the headlines' lengths (a long one wrapped "Later" under "Earlier" on the
    same side), on a desktop and a phone; the full timeline below both."""
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.goto(site_url + PAGES["event"])
        box = {
            kind: page.eval_on_selector(f".pager .{kind}", "e => e.getBoundingClientRect().toJSON()")
            for kind in ("previous", "next", "up")
        }
        page.close()
        assert box["previous"]["top"] == box["next"]["top"], width  # one row
        assert box["previous"]["right"] <= box["next"]["left"], width  # earlier first, in reading order
        assert box["up"]["top"] >= max(box["previous"]["bottom"], box["next"]["bottom"]), width


def test_the_pager_keeps_a_long_word_in_a_headline_within_the_screen(browser: Any, tmp_path: Path) -> None:
    # A grid column of '1fr' is at least as wide as its longest word: an event's headline
    # naming a German law of 63 letters pushed "Later" past the screen's edge, and the
    # page scrolled sideways on a phone; with another law before it, on a desktop too (by
    # 889 and 303 px).
    law = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    earlier = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung"
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write(
        "content/story-a/events/e0.yaml",
        f"title: The {earlier}\ndate: 2019-12-30\nsummary: Less.\nsources: [src-a]\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        f"title: The {law} is repealed\ndate: 2020-01-05\nsummary: More.\nsources: [src-a]\n",
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        for width in (1280, 390):
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(url + "story-a/events/e1/index.html")
            overflow = sideways(page)
            right = page.eval_on_selector(".pager .next", "e => e.getBoundingClientRect().right")
            page.close()
            assert overflow <= 0 and right <= width, (width, overflow)


def test_a_site_title_of_one_long_word_stays_within_a_phones_screen(browser: Any, tmp_path: Path) -> None:
    # The header is a flex row, whose item is at least as wide as its longest word: a site
    # named by its address, with no space to break at, ran 66 px past a 320 px screen,
    # and every page of the site scrolled sideways.
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write("content/site.yaml", "title: explainers.thebureauinvestigates.com\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/index.html")
        overflow = sideways(page)
        right = page.eval_on_selector(".site-title", "a => a.getBoundingClientRect().right")
        page.close()
    assert overflow <= 0 and right <= 320, overflow


def test_the_keyboard_goes_through_the_pager_in_the_order_it_is_seen(browser: Any, site_url: str) -> None:
    # Earlier, Later, then the full timeline on the row below (it came between the two).
    page = browser.new_page()
    page.goto(site_url + PAGES["event"])
    page.focus(".pager .previous a")
    order = []
    for _ in range(3):
        order.append(page.evaluate("document.activeElement.closest('li').className"))
        page.keyboard.press("Tab")
    page.close()
    assert order == ["previous", "next", "up"]


def focus_ring(page: Any, selector: str) -> str:
    page.focus(selector)
    return str(
        page.eval_on_selector(
            selector,
            "e => { const s = getComputedStyle(e); return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`; }",
        )
    )


@pytest.mark.parametrize(("scheme", "colour"), [("light", "rgb(179, 89, 0)"), ("dark", "rgb(255, 191, 71)")])
def test_every_control_has_the_themes_focus_ring_which_stands_out_from_the_page(
    browser: Any, site_url: str, scheme: str, colour: str
) -> None:
    # The amber ring was 1.6:1 on white (WCAG 1.4.11 asks 3:1); a <summary> had the browser's own.
    rings = {}
    # The filters' fold is a phone's (on a wider screen they are shown, without it).
    for width, selectors in ((1280, (".skip-link", "#filter-figure")), (390, ("#filters summary",))):
        context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
        page = context.new_page()
        page.goto(site_url + STORY)
        page.keyboard.press("Tab")  # as from the keyboard: the ring shows for :focus-visible
        rings.update({selector: focus_ring(page, selector) for selector in selectors})
        context.close()
    assert rings["#filters summary"] == f"solid 3px {colour}"
    assert rings[".skip-link"] == f"solid 3px {colour}"
    assert rings["#filter-figure"] == f"solid 3px {colour}"


def visible_events(page: Any) -> int:
    return int(page.evaluate("document.querySelectorAll('.timeline > .event:not([hidden])').length"))


def test_filter_by_mouse_keyboard_and_address(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + STORY)
    assert visible_events(page) == ALL_EVENTS
    page.select_option("#filter-figure", "roza-otunbayeva")  # as a pointer user picks an option
    assert visible_events(page) == 3
    assert page.evaluate("location.hash") == "#figure=roza-otunbayeva"
    assert page.inner_text("#filter-status") == "Showing 3 of 13 events."

    page.click("#filter-reset")
    assert visible_events(page) == ALL_EVENTS
    # Said too, for a screen reader (it was emptied: "Show all" said nothing).
    assert page.inner_text("#filter-status") == f"Showing {ALL_EVENTS} of {ALL_EVENTS} events."
    page.focus("#filter-location")  # keyboard: focus the control, move with the arrow keys
    page.keyboard.press("ArrowDown")
    chosen = page.eval_on_selector("#filter-location", "s => s.value")
    assert chosen and page.evaluate("location.hash") == f"#location={chosen}"
    assert 0 < visible_events(page) < ALL_EVENTS

    shared = browser.new_page()  # a shared, filtered address opens filtered
    shared.goto(site_url + STORY + "#tag=violence")
    assert visible_events(shared) == 3
    assert shared.eval_on_selector("#filter-tag", "s => s.value") == "violence"
    page.close()
    shared.close()


def test_an_address_with_a_broken_escape_leaves_the_filters_working(browser: Any, site_url: str) -> None:
    # '#%' or '#figure=%E0' (an address cut or mangled on its way) threw in decodeURIComponent,
    # and the filters never started; then a filter on the text as it was hid every event
    # ('decoded' in explainer.js: the whole timeline is shown).
    errors: list[str] = []
    for address in ("#%", "#figure=%E0"):
        page = browser.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(site_url + STORY + address)
        assert errors == [], address
        assert page.is_visible("#filters"), address
        assert visible_events(page) == ALL_EVENTS, address
        page.select_option("#filter-tag", "violence")
        assert visible_events(page) == 3, address
        page.close()


def test_without_javascript_the_page_is_whole(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + STORY + "#figure=roza-otunbayeva")
    assert visible_events(page) == ALL_EVENTS
    assert page.is_hidden("#filters")
    assert page.locator(".map a").count() >= 6
    context.close()


def test_budget_privacy_and_console(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    sizes: list[int] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("response", lambda r: sizes.append(len(r.body())))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(site_url + STORY)
    page.wait_for_load_state("networkidle")
    assert all(url.startswith(site_url) for url in requests), requests
    assert sum(sizes) <= 100_000, f"{sum(sizes)} bytes"
    scripts = page.evaluate("[...document.scripts].filter(s => s.type !== 'application/ld+json').length")
    assert scripts <= 2  # the filters' and Share's
    assert errors == []
    page.close()


def test_print_shows_the_whole_timeline_without_controls(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + STORY + "#figure=roza-otunbayeva")
    page.emulate_media(media="print")
    assert page.is_hidden("#filters") and page.is_hidden(".contents")
    shown = page.evaluate(
        "[...document.querySelectorAll('.timeline > .event')].filter(e => getComputedStyle(e).display !== 'none').length"
    )
    assert shown == ALL_EVENTS  # the filter applies on screen; a printout has every event
    page.close()


def test_the_embed_code_is_copied_by_its_button(browser: Any, site_url: str) -> None:
    # A keyboard could not select the code: the button copies it, and says so.
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + STORY)
    page.click(".embed-code summary")
    page.focus(".embed-code .copy button")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('.embed-code .copy [role=status]').textContent === 'Copied.'"
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    code = page.evaluate("document.querySelector('.embed-code code').textContent")
    # A second copy is said again: the status line changes (to empty, then back), where
    # "Copied." staying as it was is not read out.
    page.evaluate(
        "window.said = []; new MutationObserver(() => said.push(document.querySelector("
        "'.embed-code .copy [role=status]').textContent)).observe(document.querySelector("
        "'.embed-code .copy [role=status]'), {childList: true, characterData: true, subtree: true})"
    )
    page.keyboard.press("Enter")
    page.wait_for_function("said.length && said[said.length - 1] === 'Copied.'")
    said = page.evaluate("said")
    context.close()
    assert copied == code and copied.startswith("<iframe")
    assert "" in said


def test_without_javascript_there_is_no_copy_button(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + STORY)
    page.click(".embed-code summary")
    assert page.is_visible(".embed-code code") and page.is_hidden(".embed-code .copy")
    context.close()


def test_a_page_printed_from_a_dark_screen_is_dark_on_white(browser: Any, site_url: str) -> None:
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(site_url + STORY)
    on_screen = page.evaluate("getComputedStyle(document.body).color")
    page.emulate_media(media="print")
    colours = page.evaluate(
        """() => ({
            text: getComputedStyle(document.querySelector('h1')).color,
            page: getComputedStyle(document.body).backgroundColor,
            sea: getComputedStyle(document.querySelector('.map-sea')).fill,
        })"""
    )
    context.close()
    assert on_screen == "rgb(236, 236, 236)"  # dark on the screen...
    assert colours == {"text": "rgb(0, 0, 0)", "page": "rgb(255, 255, 255)", "sea": "rgb(220, 232, 240)"}


def test_a_printed_link_to_elsewhere_shows_its_address_wherever_it_is(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + PAGES["event"])
    page.evaluate(
        "document.querySelector('.lede p').insertAdjacentHTML('beforeend', ' <a href=\"https://example.org/x\">x</a>')"
    )
    after = "a => getComputedStyle(a, '::after').content"
    page.emulate_media(media="print")
    printed = page.eval_on_selector(".lede a[href^='https']", after)
    own = page.eval_on_selector(".meta a", after)  # a link to the site's own page: no address
    page.close()
    assert printed == '" <https://example.org/x>"'
    assert own == "none"


@pytest.fixture(scope="module", autouse=True)
def _no_leftover(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    shutil.rmtree(tmp_path_factory.getbasetemp() / "reader0", ignore_errors=True)


SHORT_STORY = {
    "site.yaml": "title: Desk\n",
    "flood/story.yaml": "title: The flood\nsummary: Rivers rose.\npublished: 2024-05-01\n",
    "flood/figures/mayor.yaml": "name: The mayor\nrole: Mayor\n",
    "flood/locations/town.yaml": "name: Town\nkind: city\ncountry: Nowhere\n",
}
for n in range(1, 5):
    SHORT_STORY[f"flood/events/e{n}.yaml"] = (
        f"title: Event {n}\ndate: 2024-04-2{n}\nsummary: What happened.\nfigures: [mayor]\nlocations: [town]\n"
    )

# Layout shifts as the page reports them (buffered: those before this runs count too).
WATCH_SHIFTS = """
window.shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize(("width", "opened"), [(1280, True), (390, False)])
def test_the_filters_take_their_place_before_the_script_runs(
    browser: Any, tmp_path: Path, width: int, opened: bool
) -> None:
    # Shown by the script after the first paint, they pushed a timeline on the first
    # screen down (a story without a lead picture).
    for name, text in SHORT_STORY.items():
        (tmp_path / "content" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / name).write_text(text)
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.add_init_script(WATCH_SHIFTS)
    page = context.new_page()
    with serve(tmp_path / "site") as url:
        # The script held back a while, as a slow connection would deliver it.
        page.route("**/explainer.js?v=*", lambda route: (page.wait_for_timeout(300), route.continue_()))
        page.goto(url + "flood/index.html")
        page.wait_for_load_state("networkidle")
        page.wait_for_function("() => !document.getElementById('filters').hidden")  # the script ran
        page.wait_for_timeout(200)
        assert page.evaluate("document.querySelector('.timeline').getBoundingClientRect().top") < 900
        assert page.evaluate("window.shifts") == 0
        assert page.evaluate("document.getElementById('filters').open") is opened
        assert page.is_visible("#filter-figure") is opened
        if opened:
            # Shown, they need no control to show them: a 'Filter the timeline' button above
            # filters already there read as one that does nothing (or hides them).
            assert page.is_hidden("#filters summary")
            # A phone turned on its side, its filters folded, shows them.
            page.set_viewport_size({"width": 390, "height": 900})
            page.click("#filters summary")  # folded there
            assert page.is_hidden("#filter-figure")
            page.set_viewport_size({"width": width, "height": 900})
            page.wait_for_function("() => document.getElementById('filters').open")
            assert page.is_visible("#filter-figure") and page.is_hidden("#filters summary")
        else:
            page.click("#filters summary")  # the reader opens or folds it
            assert page.is_visible("#filter-figure")
    context.close()


def test_the_404_page_at_a_deep_missing_address_under_a_sub_path_has_working_links(
    browser: Any, tmp_path: Path
) -> None:
    # As GitHub Pages serves a project site: at /repo/, with 404.html at any missing path.
    host = tmp_path / "host"
    build(
        content=str(FIXTURE),
        templates=TEMPLATES,
        out=str(host / "repo"),
        base_url="https://example.org/repo/",
    )
    with serve(host, not_found=host / "repo" / "404.html") as url:
        page = browser.new_page()
        answers: dict[str, int] = {}
        page.on("response", lambda r: answers.__setitem__(r.url.partition("?v=")[0], r.status))  # by file
        assert page.goto(url + "repo/a/b/c").status == 404
        links = page.evaluate(
            "[...document.querySelectorAll('a[href], link[href], form[action]')]"
            ".map(e => e.href || e.action).filter(h => h.startsWith(location.origin) && !h.includes('#'))"
        )
        styled = page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle")
        statuses = {link: page.request.get(link).status for link in links}
        page.close()
    assert answers[url + "repo/assets/style.css"] == 200 and styled == "solid"
    assert url + "repo/" in statuses and url + "repo/search/" in statuses
    assert url + "repo/assets/favicon.svg" in {link.partition("?v=")[0] for link in statuses}
    assert set(statuses.values()) == {200}, statuses


# The notice an event's page becomes once the event is taken out ('removed:'): a page of
# its own template, which the seed site has none of.
NOTICES = ("story-a/events/e2/index.html", "story-ar/events/e2/index.html")


def _write_removed(project: Project, story: str, title: str, reason: str, extra: str = "") -> None:
    project.write(
        f"content/{story}/events/e2.yaml",
        f"title: {title}\ndate: 2020-01-01\nsummary: Unconfirmed.\nsources: [src-a]\nkey: true\n"
        f"removed:\n  date: 2020-01-04\n  reason: {reason}\n",
    )
    project.write(
        f"content/{story}/story.yaml",
        "title: Story\nsummary: What it is about.\npublished: 2020-01-02\n"
        f"{extra}sources:\n  src-a:\n    publisher: Example News\n"
        "updates:\n  - date: 2020-01-04\n    kind: correction\n"
        "    text: We took out [the second blast](events/e2.yaml).\n",
    )


@pytest.fixture(scope="module")
def notice_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site whose events taken out have notices: one in English, and one in an Arabic
    translation (right to left, the interface in Arabic)."""
    root = tmp_path_factory.mktemp("notices")
    project = Project(root)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    _write_removed(project, "story-a", "Second blast", "We could not *confirm* the report.")
    project.write(
        "content/story-ar/events/e1.yaml", "title: حدث\ndate: 2020-01-02\nsummary: نص.\nsources: [src-a]\n"
    )
    _write_removed(
        project,
        "story-ar",
        "انفجار ثان",
        "لم نتمكن من *تأكيد* التقرير.",
        "language: ar\ntranslation_of: story-a\n",
    )
    out = root / "site"
    build(content=str(root / "content"), templates=TEMPLATES, out=str(out))
    return out


def test_the_notice_of_an_event_taken_out_passes_the_w3c_checker(notice_site: Path) -> None:
    # Each has all it can show: the label, the title struck, the reason, the link to the correction.
    for path in NOTICES:
        notice = (notice_site / path).read_text()
        assert "<h1><del>" in notice and "<em>" in notice and "index.html#update-1" in notice, path
    assert 'lang="ar" dir="rtl"' in (notice_site / NOTICES[1]).read_text()
    assert w3c_errors(notice_site) == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", NOTICES)
def test_the_notice_of_an_event_taken_out_has_no_axe_violations(
    browser: Any, notice_site: Path, path: str, scheme: str
) -> None:
    axe = axe_path()
    with serve(notice_site, not_found=notice_site / "404.html") as url:
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(url + path)
        assert page.locator("h1 del").count() == 1  # the notice, not the 404 page
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        context.close()
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []


@pytest.fixture(scope="module")
def breaking_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A breaking story told hour by hour: entries on the day of the one before them."""
    root = tmp_path_factory.mktemp("breaking")
    out = root / "site"
    build(content=str(write_breaking(root)), templates=TEMPLATES, out=str(out))
    return out


def test_an_entry_of_the_day_before_it_is_seen_as_its_time_and_heard_as_its_whole_date(
    browser: Any, breaking_site: Path
) -> None:
    with serve(breaking_site) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(url + "breaking/index.html")
        first, later = page.locator("#event-first-blast > time"), page.locator("#event-second-blast > time")
        assert first.inner_text() == "14\u00a0March 2024, 00:19"
        # The day is there for a screen reader, out of sight (one pixel, clipped).
        day = later.locator(".day").bounding_box()
        assert day is not None and day["width"] <= 1
        assert later.aria_snapshot() == "- time: 14 March 2024, 00:41"
        # Filtered, the entry before it may be hidden: every entry shows its day.
        page.select_option("#filter-figure", "chief")
        shown = page.locator("#event-police-statement > time .day").bounding_box()
        assert shown is not None and shown["width"] > 50
        page.select_option("#filter-figure", "")
        hidden = page.locator("#event-police-statement > time .day").bounding_box()
        assert hidden is not None and hidden["width"] <= 1
        page.close()


def test_entries_showing_their_time_alone_pass_the_w3c_checker(breaking_site: Path) -> None:
    assert 'class="same-day"' in (breaking_site / "breaking/index.html").read_text()
    assert w3c_errors(breaking_site) == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["breaking/index.html", "breaking/figures/chief/index.html"])
def test_entries_showing_their_time_alone_have_no_axe_violations(
    browser: Any, breaking_site: Path, path: str, scheme: str
) -> None:
    axe = axe_path()
    with serve(breaking_site) as url:
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(url + path)
        assert page.locator("time.same-day").count() > 0
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        context.close()
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []


@pytest.fixture(scope="module")
def texts_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A story whose event's text holds a wide table and a long line of code, names a
    figure of one long word and one of a long name, and was added after the story was
    published (marked New for a reader who came before)."""
    root = tmp_path_factory.mktemp("texts")
    project = Project(root)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    cells = "".join(f"<th>Tuesday evening {n}</th>" for n in range(6))
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Levels\ndate: 2020-01-02\nsummary: The river rose.\nsources: [src-a]\nadded: 2020-01-03\n"
        "figures: [court, unhcr]\n"
        "body: |\n  Levels:\n\n"
        f"  <table><tr>{cells}</tr><tr><td>1.2 m</td></tr></table>\n\n"
        "  The gauge's log:\n\n      2020-01-02T04:00:00Z gauge=bridge level_cm=200 source=council-telemetry-feed\n",
    )
    project.write("content/story-a/figures/court.yaml", "name: Bundesverfassungsgericht\nrole: A court\n")
    project.write(
        "content/story-a/figures/unhcr.yaml",
        "name: Office of the United Nations High Commissioner for Refugees\nrole: A UN agency\n",
    )
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "key_numbers:\n  - value: 2 m\n    label: the river's rise\n")
    out = root / "site"
    build(content=str(root / "content"), templates=TEMPLATES, out=str(out))
    return out


# WCAG 1.4.12: a reader's own style sheet may space text out this far, losing nothing.
TEXT_SPACING = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
    " p { margin-bottom: 2em !important; }"
)


def test_a_long_name_beside_its_label_stays_on_a_phone_with_text_spaced_out(
    browser: Any, texts_site: Path
) -> None:
    # A figure's name of one long word (a German court's) beside "Who" on an event's
    # page ran 22 px off a 320 px screen once the reader spaced the letters out.
    with serve(texts_site) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/events/e2/index.html")
        page.add_style_tag(content=TEXT_SPACING)
        overflow = sideways(page)
        right = page.eval_on_selector(".meta a[href*=court]", "a => a.getBoundingClientRect().right")
        page.close()
    assert overflow <= 0 and right <= 320


def test_the_filters_opened_on_a_phone_fit_its_screen_whatever_the_names(
    browser: Any, texts_site: Path
) -> None:
    # The "Who" list was as wide as its longest choice (the UN refugee agency's name):
    # opened on a phone, it ran off the screen and the page scrolled sideways. The test of
    # every page at 320 px did not see it: there, the filters are folded.
    with serve(texts_site) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/index.html")
        page.click("#filters summary")
        overflow = sideways(page)
        right = page.eval_on_selector("#filter-figure", "s => s.getBoundingClientRect().right")
        page.close()
    assert overflow <= 0 and right <= 320


def test_an_events_labels_stay_whole_and_its_values_line_up_on_a_phone(browser: Any, tmp_path: Path) -> None:
    # On a German page at 320 px, "Schlagwörter" (Tags) was squeezed into the labels'
    # 4.5rem beside a long list of tags and broke as "Schlagwörte" / "r".
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write("content/site.yaml", "title: Erklärstücke\nlanguage: de\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: Die Flutnacht\ndate: 2021-07-14\nsummary: Die Ahr tritt über die Ufer.\n"
        "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n"
        "tags: [Hochwasserkatastrophe, Katastrophenschutz, Die Flutnacht]\n",
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/events/e1/index.html")
        # The lines each label's words take: a range's rectangles, one per line.
        lines = page.eval_on_selector_all(
            ".meta dt",
            """ds => Object.fromEntries(ds.map(d => {
                const range = document.createRange();
                range.selectNodeContents(d);
                return [d.textContent, new Set([...range.getClientRects()].map(r => Math.round(r.top))).size];
            }))""",
        )
        starts = page.eval_on_selector_all(
            ".meta dd", "ds => ds.map(d => Math.round(d.getBoundingClientRect().left))"
        )
        overflow = sideways(page)
        page.close()
    assert lines == {"Wer": 1, "Wo": 1, "Schlagwörter": 1}  # its source is in its list of sources
    # The values start in one column, whatever their label's length.
    assert len(set(starts)) == 1, starts
    assert overflow <= 0


def test_a_wide_table_or_code_in_a_text_scrolls_within_itself_not_the_page(
    browser: Any, texts_site: Path
) -> None:
    # Both were as wide as their content: on a phone, or at 400% zoom of a desktop, the
    # whole page scrolled sideways, and neither axe nor the W3C checker said so.
    axe = axe_path()
    with serve(texts_site) as url:
        page = browser.new_page(viewport={"width": 320, "height": 640})
        page.goto(url + "story-a/events/e2/index.html")
        overflow = sideways(page)
        table = page.eval_on_selector(
            "table", "t => [t.scrollWidth, t.clientWidth, t.getBoundingClientRect().right]"
        )
        code = page.eval_on_selector("pre", "p => [p.scrollWidth, p.clientWidth]")
        page.focus("table")  # the keyboard reaches the table, and scrolls it
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.querySelector('table').scrollLeft > 0")
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        page.close()
    assert overflow <= 0
    assert table[0] > table[1] and table[2] <= 320  # it scrolls, within the screen
    assert code[0] <= code[1]  # the code wraps
    assert [v["id"] for v in result["violations"]] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_new_mark_keeps_its_box_in_a_contrast_theme(browser: Any, texts_site: Path, scheme: str) -> None:
    # A contrast theme (forced colours) drops backgrounds: the mark was a word in the
    # headline's colour, run on after it. Its unseen border is drawn there instead.
    with serve(texts_site) as url:
        context = browser.new_context(color_scheme=scheme)
        context.add_init_script("localStorage.setItem('explainer:seen:story-a', '[]')")  # came before
        page = context.new_page()
        page.emulate_media(forced_colors="active")
        page.goto(url + "story-a/index.html")
        mark = page.eval_on_selector(
            "#event-e2 .new-badge",
            "b => { const s = getComputedStyle(b); return [s.borderTopStyle, s.borderTopColor, s.color]; }",
        )
        context.close()
    style, border, text = mark
    assert style == "solid" and border == text


def test_a_key_number_keeps_its_panel_in_a_contrast_theme(browser: Any, texts_site: Path) -> None:
    # Its panel is a background, which a contrast theme drops: the numbers ran together
    # with nothing but the grid's gap between them. Its unseen border is drawn there.
    with serve(texts_site) as url:
        page = browser.new_page()
        page.emulate_media(forced_colors="active")
        page.goto(url + "story-a/index.html")
        style = page.eval_on_selector(".numbers div", "d => getComputedStyle(d).borderTopStyle")
        page.close()
    assert style == "solid"


def test_a_busy_figures_page_leads_with_its_role_latest_quotes_and_timeline(
    browser: Any, long_site: Path
) -> None:
    # A figure in 80 of 250 events had all 19 quotes before its timeline: about four
    # screens on a phone. The latest few are shown, the earlier ones one click away.
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto((long_site / long_story.FIGURE).as_uri())
        assert page.inner_text(".lede") == "Speaks for the families"
        shown = page.locator(".quote:visible blockquote").all_inner_texts()
        assert [text.strip() for text in shown] == [
            "Words number 16.",
            "Words number 17.",
            "Words number 18.",
        ]
        summary = page.locator("details.earlier > summary")
        assert summary.inner_text() == "16 earlier quotes"
        timeline = page.evaluate("document.getElementById('events-heading').getBoundingClientRect().top")
        assert timeline < 844 * 1.25  # the timeline starts a little past the first screen, not four on
        summary.click()  # no script needed: the browser opens it
        opened = page.locator(".quote:visible blockquote").all_inner_texts()
        assert [text.strip() for text in opened] == [f"Words number {i}." for i in range(long_story.QUOTES)]
    finally:
        context.close()


def test_a_busy_figures_earlier_quotes_and_a_places_earlier_pictures_print_unfolded(
    browser: Any, long_site: Path
) -> None:
    # Paper has nothing to click: a printout of the figure's page carried its three latest
    # quotes and "16 earlier quotes", and of the place's page three of its eight pictures.
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.emulate_media(media="print")
        page.goto((long_site / long_story.FIGURE).as_uri())
        printed = page.locator(".quote:visible blockquote").all_inner_texts()
        assert [text.strip() for text in printed] == [f"Words number {i}." for i in range(long_story.QUOTES)]
        assert not page.locator("details.earlier > summary").is_visible()
        page.goto((long_site / long_story.PLACE).as_uri())
        assert page.locator(".gallery img:visible").count() == long_story.PICTURES
        page.emulate_media(media="screen")  # on screen, the fold is as it was
        assert page.locator(".gallery img:visible").count() == 3
    finally:
        context.close()


def test_a_browser_that_cannot_unfold_in_print_prints_the_folds_label(browser: Any, long_site: Path) -> None:
    # A browser without the ::details-content box (Firefox before 143, Safari before 18.4)
    # cannot draw a closed fold's content: it printed neither the earlier quotes nor the
    # label saying they are there. Stood in for by a stylesheet naming a box no browser has.
    def older(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace("::details-content", "::no-such-box"))

    with serve(long_site) as url:
        context = browser.new_context(java_script_enabled=False)
        context.route("**/*.css?v=*", older)  # linked by version (versions.py)
        try:
            page = context.new_page()
            page.emulate_media(media="print")
            page.goto(url + long_story.FIGURE)
            assert page.locator(".quote:visible").count() == 3
            label = page.locator("details.earlier > summary")
            assert label.is_visible()
            assert label.inner_text() == f"{long_story.QUOTES - 3} earlier quotes"
        finally:
            context.close()


def test_a_busy_places_page_shows_its_latest_pictures_and_loads_the_others_when_asked(
    browser: Any, long_site: Path
) -> None:
    with serve(long_site) as url:
        # With scripts on: a browser without them loads lazy pictures at once.
        context = browser.new_context(viewport={"width": 390, "height": 844})
        try:
            page = context.new_page()
            page.goto(url + long_story.PLACE)
            page.wait_for_load_state("networkidle")
            assert page.locator(".gallery img:visible").evaluate_all("els => els.map(e => e.alt)") == [
                "Picture 5",
                "Picture 6",
                "Picture 7",
            ]
            assert page.inner_text("details.earlier > summary") == "5 earlier pictures"
            loaded = "[...document.querySelectorAll('.gallery img')].filter(i => i.complete && i.naturalWidth).length"
            assert page.evaluate(loaded) <= 3  # the folded ones are not fetched
            page.click("details.earlier > summary")
            page.wait_for_function(f"() => {loaded} === {long_story.PICTURES}")
        finally:
            context.close()


def test_a_places_page_shows_each_picture_once(browser: Any, long_site: Path) -> None:
    # Its gallery shows its events' pictures, the latest three unfolded; the timeline of
    # what happened there below showed each again as a thumbnail, and scrolling to it
    # fetched the five the gallery keeps folded. (Hidden by the stylesheet, they were
    # still in the page, and a hidden thumbnail's rendition could be fetched.)
    with serve(long_site) as url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.goto(url + long_story.PLACE)
            assert page.locator(".gallery img").count() == long_story.PICTURES
            assert page.locator(".timeline .thumb").count() == 0
            page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            fetched = "[...document.images].filter(i => i.complete && i.naturalWidth).map(i => i.alt)"
            assert sorted(page.evaluate(fetched)) == ["Picture 5", "Picture 6", "Picture 7"]
            page.goto(url + "dam/years/2020/")  # a year's timeline keeps its thumbnails
            assert page.locator(".timeline .thumb").first.is_visible()
        finally:
            context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [long_story.FIGURE, long_story.PLACE, long_story.EMBED])
def test_a_long_storys_pages_have_no_axe_violations(
    browser: Any, long_site: Path, path: str, scheme: str
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto((long_site / path).as_uri())
        if path != long_story.EMBED:
            page.click("details.earlier > summary")  # what is folded is checked too
        page.add_script_tag(path=str(axe_path()))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []


def test_a_busy_figures_and_places_pages_are_valid_html(long_site: Path) -> None:
    assert w3c_errors(long_site / long_story.FIGURE, long_site / long_story.PLACE) == ""


def test_a_tag_with_a_bar_filters_as_one_tag(browser: Any, tmp_path: Path) -> None:
    # The entries' tags were joined with "|" for the filter, so "Police|Army" was read as
    # two tags: choosing it showed no event, and choosing "Police" showed its event too.
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write(
        "content/story-a/events/e1.yaml", MINIMAL["content/story-a/events/e1.yaml"] + "tags: [Police|Army]\n"
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second event\ndate: 2020-01-05\nsummary: More.\nsources: [src-a]\ntags: [Police]\n",
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        shown = "[...document.querySelectorAll('.timeline > .event')].filter(e => !e.hidden).map(e => e.id)"
        page.goto(url + "story-a/index.html#tag=Police%7CArmy")
        assert page.evaluate(shown) == ["event-e1"]
        page.select_option("#filter-tag", "Police")
        assert page.evaluate(shown) == ["event-e2"]
        page.close()


def test_a_storys_dates_and_times_stay_whole_on_a_phone(browser: Any, tmp_path: Path) -> None:
    # "Published 16 March 2024, 06:30 (UTC+1)" broke wherever the line ended: "16 March"
    # on one line and "2024, 06:30" on the next, at almost every phone width.
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write(
        "content/story-a/story.yaml",
        "title: Blasts in the city\nsummary: What happened overnight.\n"
        "byline: The Metropolitan Desk of the Evening Chronicle\n"
        "published: 2024-03-16T06:30+01:00\nupdated: 2024-03-17T21:45+01:00\n"
        "sources:\n  src-a:\n    publisher: Example News\n",
    )
    assert _widths_breaking_two(browser, tmp_path, ".dateline time") == []


def test_the_dates_of_updates_and_corrections_stay_whole_on_a_phone(browser: Any, tmp_path: Path) -> None:
    # A German story's updates at 320 px read "AKTUALISIERUNG 5. Dezember" on one line and
    # "2026, 18:00" on the next: the label, long in German and set in spaced capitals,
    # left the date to break wherever the line ended.
    project = Project(tmp_path)
    for rel, text in MINIMAL.items():
        project.write(rel, text)
    project.write("content/site.yaml", "title: Erklärstücke\nlanguage: de\n")
    project.write(
        "content/story-a/story.yaml",
        "title: Die Flut im Ahrtal\nsummary: Eine Chronik.\npublished: 2026-12-05T09:00\n"
        "sources:\n  src-a:\n    publisher: SWR\n"
        "updates:\n  - date: 2026-12-05T18:00\n    text: Ergänzt um die Ermittlungen.\n"
        "  - date: 2026-12-05T19:30+01:00\n    text: Richtig sind 5,75 Meter.\n    kind: correction\n",
    )
    assert _widths_breaking_two(browser, tmp_path, ".updates time") == []


@pytest.mark.parametrize(
    ("site_language", "quote_language", "words"),
    [("ar", "en", "We will rebuild within a year."), ("en", "ar", "لن نترك أحداً في الشارع.")],
)
def test_a_quote_in_the_other_direction_stays_beside_its_bar(
    browser: Any, project: Project, tmp_path: Path, site_language: str, quote_language: str, words: str
) -> None:
    # An English quote on an Arabic page (dir="auto" on its words) was set flush left,
    # half a column away from its bar on the right: its words belong to their own
    # direction, their place in the column to the page's.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {site_language}\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Something happened.\nsources: [src-a]\n"
        f'quotes:\n  - text: "{words}"\n    by: fig-a\n    language: {quote_language}\n',
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    gaps = {}
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        for name in ("events/e1", "figures/fig-a"):
            page.goto(url + f"story-a/{name}/index.html")
            # How far the words' first line starts from the bar's side of the quote.
            gaps[name] = page.evaluate(
                """() => {
                    const quote = document.querySelector('.quote'), words = quote.querySelector('blockquote p');
                    const range = document.createRange(); range.selectNodeContents(words);
                    const line = range.getClientRects()[0], box = quote.getBoundingClientRect();
                    const rtl = getComputedStyle(quote).direction === 'rtl';
                    return Math.round(rtl ? box.right - line.right : line.left - box.left);
                }"""
            )
        page.close()
    # The bar (4 px) and the padding beside it (1rem) come between them, nothing more.
    assert gaps == {"events/e1": 20, "figures/fig-a": 20}


@pytest.mark.parametrize(
    ("language", "style"),
    [
        ("en", "italic"),
        ("ar", "normal"),
        ("zh-Hans", "normal"),
        ("hi", "normal"),
        ("ta", "normal"),
        ("te", "normal"),
        ("th", "normal"),
        ("ka", "normal"),
        ("hy", "normal"),
    ],
)
def test_the_time_between_entries_is_slanted_only_in_a_script_that_has_italics(
    browser: Any, project: Project, tmp_path: Path, language: str, style: str
) -> None:
    # "3 weeks later" is set in italics; Arabic and Chinese have none, so the browser
    # slanted their letters itself ('بعد 3 أسابيع' leaning right, against its reading), as
    # it did Hindi's, Tamil's, Telugu's and Thai's.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second event\ndate: 2022-01-05\nsummary: More.\nsources: [src-a]\n",
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        assert page.locator(".gap").count() == 1
        assert page.eval_on_selector(".gap", "g => getComputedStyle(g).fontStyle") == style
        page.close()


def test_an_armenian_page_is_set_in_an_upright_armenian_font_where_the_system_has_it(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # Armenian pages fell back on DejaVu Sans (system-ui on a Debian machine with Noto Sans
    # Armenian installed), whose Armenian letters lean: the whole page read as italics.
    # No font is fetched: the page names the systems' own.
    project.write("content/site.yaml", "title: Լուրեր\nlanguage: hy\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        family = page.eval_on_selector("body", "b => getComputedStyle(b).fontFamily")
        assert family.startswith('"Noto Sans Armenian"')
        code = page.eval_on_selector("pre code", "c => getComputedStyle(c).fontFamily")
        assert code == "monospace"  # the embed code, as on every page
        page.close()


def test_an_urdu_page_is_set_in_nastaliq_where_the_system_has_it(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # Urdu pages fell back on the system's Arabic font (Noto Kufi Arabic on a Debian
    # machine with Noto Nastaliq Urdu installed): Urdu readers read Nastaliq. No font is
    # fetched: the page names the systems' own.
    project.write("content/site.yaml", "title: خبریں\nlanguage: ur\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        family = page.eval_on_selector("body", "b => getComputedStyle(b).fontFamily")
        assert family.startswith('"Noto Nastaliq Urdu"')
        line = page.eval_on_selector(
            "main p",
            "p => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize)",
        )
        assert line > 2  # room for its tall, sloping words
        page.close()


@pytest.mark.parametrize(
    ("language", "title_language", "style"),
    [
        ("en", None, "italic"),
        ("zh-Hans", None, "normal"),
        ("ar", None, "normal"),
        ("zh-Hans", "en", "italic"),
    ],
)
def test_a_sources_title_is_slanted_only_in_a_script_that_has_italics(
    browser: Any, project: Project, tmp_path: Path, language: str, title_language: str | None, style: str
) -> None:
    # A source's title without an address is a <cite>, which browsers set in italics: on
    # a held-out Chinese story (the 2008 Wenchuan earthquake), "汶川地震遇难和失踪人数通报"
    # leaned to the right, slanted by the browser, as Chinese has no italics. An English
    # title on that page keeps them.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    marked = f"\n    language: {title_language}" if title_language else ""
    project.write(
        "content/story-a/story.yaml",
        "title: Story A\nsummary: About.\npublished: 2020-01-02\nsources:\n  src-a:\n"
        f"    publisher: Example News\n    title: 遇难人数通报{marked}\n",
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        assert page.eval_on_selector(".sources cite", "c => getComputedStyle(c).fontStyle") == style
        page.close()


@pytest.mark.parametrize(("language", "dash"), [("en", '"— "'), ("zh-Hans", '"——"'), ("ar", '"— "')])
def test_who_said_a_quote_follows_the_dash_of_the_pages_language(
    browser: Any, project: Project, tmp_path: Path, language: str, dash: str
) -> None:
    # On a held-out Chinese story (the 2008 Wenchuan earthquake) a quote's speaker came
    # after "— ", a dash Chinese does not have: its dash (破折号) is two em wide, "——温家宝".
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "quotes:\n  - text: 决不放弃。\n    by: fig-a\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/events/e1/index.html")
        shown = page.eval_on_selector(".quote figcaption", "f => getComputedStyle(f, '::before').content")
        assert shown == dash
        page.close()


@pytest.mark.parametrize(
    ("language", "style", "emphasis"),
    [("en", "italic", "none"), ("zh-Hans", "normal", "dot under"), ("ja", "normal", "sesame over")],
)
def test_emphasis_in_chinese_and_japanese_is_dots_by_its_characters_not_a_slant(
    browser: Any, project: Project, tmp_path: Path, language: str, style: str, emphasis: str
) -> None:
    # "*决不放弃*" in a held-out Chinese story's summary was slanted by the browser, as
    # Chinese has no italics: it marks emphasis with a dot under each character (着重号).
    # Japanese was slanted too: it marks emphasis with sesame dots over them (傍点).
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event.replace("Something happened.", "他说*决不放弃*。"))
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/events/e1/index.html")
        shown = page.eval_on_selector(
            ".event-page em",
            "e => [getComputedStyle(e).fontStyle, getComputedStyle(e).textEmphasisStyle"
            " + ' ' + getComputedStyle(e).textEmphasisPosition]",
        )
        assert shown[0] == style and all(word in shown[1] for word in emphasis.split())
        page.close()


LINES = """(el) => {
  // The text of each line the element's text is set on.
  const range = document.createRange(), lines = [];
  let top = null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box) continue;
      if (top === null || box.top > top + 3) lines.push("");
      top = box.top;
      lines[lines.length - 1] += node.textContent[i];
    }
  }
  return lines;
}"""


@pytest.mark.parametrize(
    ("page_path", "selector"),
    [("story-a/index.html", "h1"), ("story-a/events/e1/index.html", ".breadcrumb a:last-of-type")],
)
def test_a_japanese_headline_breaks_between_its_phrases_not_inside_a_word(
    browser: Any, project: Project, tmp_path: Path, page_path: str, selector: str
) -> None:
    # A held-out Japanese story's title ended "...津波の記" on one line and "録" on the
    # next, on its page and in its events' breadcrumbs: a word cut in two, as the
    # browser breaks Japanese between any two characters.
    # Japanese headlines break between phrases (文節), as Chromium's 'auto-phrase' does.
    need_japanese_font()
    title = "東日本大震災：巨大地震と津波の記録"
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story.replace("title: Story A", f"title: {title}\nlanguage: ja")
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + page_path)
        # One character too narrow for the title: "録" alone would go to the next line.
        lines = page.eval_on_selector(
            selector,
            f"h => {{ h.style.display = 'block'; h.style.width = '{len(title) - 1}em'; return ({LINES})(h); }}",
        )
        page.close()
    assert "".join(lines) == title and len(lines) == 2
    # Between two of its phrases, 東日本大震災：|巨大地震と|津波の|記録: where, is the
    # balancing's (text-wrap: balance) choice, which evens the two lines out.
    assert lines[0] in ("東日本大震災：", "東日本大震災：巨大地震と", "東日本大震災：巨大地震と津波の"), lines


def test_a_japanese_dateline_keeps_the_word_of_its_link_to_the_updates_whole(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # A held-out Japanese story's dateline ended "2020年12月24日更" on one line and "新" on the
    # next, at 1280 px as on a phone: its link to the updates, the word 更新, cut in two.
    need_japanese_font()
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/site.yaml", "title: Test site\nlanguage: ja\n")
    project.write("content/story-a/story.yaml", story + "updates:\n  - date: 2020-01-03\n    text: 追加。\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        # The dateline at every width from 10em (its last phrase, 2020年1月3日更新, fits) to
        # 30em, a quarter of an em apart: at some, the line ended between 更 and 新.
        cut = page.eval_on_selector(
            ".dateline",
            """p => { const a = p.querySelector('a[href="#updates"]'), cut = [];
              for (let w = 10; w <= 30; w += 0.25) {
                p.style.width = w + 'em';
                if (a.getClientRects().length > 1) cut.push(w);
              }
              return cut; }""",
        )
        page.close()
    assert cut == []


def test_a_japanese_line_never_starts_with_a_prolonged_sound_mark_or_a_small_kana(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # A held-out Japanese story's picture credits read "解説チ" on one line and "ーム" on the
    # next: Japanese sets no line starting with 'ー' or a small kana ('っ', 'ゃ'), as it
    # sets none starting with '、' or '。' (JIS X 4051's strict line breaking).
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    text = "解説解説解説解説解チーム。解説解説解説言った。"
    project.write("content/site.yaml", "title: Test site\nlanguage: ja\n")
    project.write("content/story-a/events/e1.yaml", event.replace("Something happened.", text))
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/events/e1/index.html")
        # Ten characters a line: 'ー' and 'っ' would each start the second line of theirs.
        lines = page.eval_on_selector(
            f"p:has-text('{text[:6]}')", f"p => {{ p.style.width = '10em'; return ({LINES})(p); }}"
        )
        page.close()
    assert "".join(lines) == text
    assert not [line for line in lines if line[0] in "ーっゃゅょぁぃぅぇぉッャュョァィゥェォ"], lines


@pytest.mark.parametrize(
    ("page_path", "selector"),
    [("story-a/index.html", "h1"), ("story-a/events/e1/index.html", "p:has-text('세월호 침몰')")],
)
def test_a_korean_line_breaks_between_its_words_not_inside_one(
    browser: Any, project: Project, tmp_path: Path, page_path: str, selector: str
) -> None:
    # A held-out Korean story (the 2014 Sewol ferry sinking) at 390 px broke its title and
    # summaries between any two syllables, "세월" on one line and "호가" on the next, as
    # the browser breaks Hangul as it does Chinese. Korean breaks at its spaces (어절).
    text = "세월호 침몰 사고와 구조 작업의 기록"
    project.write("content/site.yaml", "title: Test site\nlanguage: ko\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("title: Story A", f"title: {text}"))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event.replace("Something happened.", text))
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + page_path)
        # The box fits "세월호 침몰 사고와 구": a break inside "구조" would leave "구" there.
        lines = page.eval_on_selector(
            selector,
            "p => { p.style.display = 'block'; const s = document.createElement('span');"
            " s.textContent = '세월호 침몰 사고와 구'; p.append(s); const w = s.getBoundingClientRect().width;"
            f" s.remove(); p.style.width = (w + 1) + 'px'; return ({LINES})(p); }}",
        )
        page.close()
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(word in [w for line in lines for w in line.split()] for word in text.split()), lines


@pytest.mark.parametrize("language", ["en", "ko"])
def test_a_code_block_wraps_alike_on_a_korean_page(
    browser: Any, project: Project, tmp_path: Path, language: str
) -> None:
    # The Korean rule (:lang(ko), keep-all) also set overflow-wrap: break-word, which
    # outweighed 'pre { overflow-wrap: anywhere }' on every Korean page: a code block's long
    # line (an address, a command) kept its whole width as the block's least.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    long_line = "https://example.org/" + "a" * 120
    project.write("content/story-a/events/e1.yaml", event + f"body: |\n  The address:\n\n      {long_line}\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/events/e1/index.html")
        wrap = page.eval_on_selector("main pre", "e => getComputedStyle(e).overflowWrap")
        page.close()
    assert wrap == "anywhere"


def test_emphasis_in_korean_is_bold_not_a_slant(browser: Any, project: Project, tmp_path: Path) -> None:
    # "*골든타임*" in a held-out Korean story's summary was slanted by the browser: Hangul
    # has no italics, and Korean news sites set emphasis in bold.
    project.write("content/site.yaml", "title: Test site\nlanguage: ko\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event.replace("Something happened.", '"*골든타임*을 놓쳤다."')
    )
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/events/e1/index.html")
        shown = page.eval_on_selector(
            ".event-page em", "e => [getComputedStyle(e).fontStyle, getComputedStyle(e).fontWeight]"
        )
        page.close()
    assert shown == ["normal", "700"]


KEPT_WHOLE = """(date) => {
  // A line of text then a date, in a box too narrow for both: does the date go whole to the
  // next line (one box) or is it broken where the line fills (two)?
  const box = document.createElement("p");
  box.style.cssText = "width: max-content; font-size: 16px; padding: 0; margin: 0";
  const words = document.createElement("span");
  words.textContent = "一二三四五六";
  const time = document.createElement("time");
  time.textContent = date;
  box.append(words, time);
  document.querySelector("main").append(box);
  box.style.width = words.getBoundingClientRect().width + time.getBoundingClientRect().width * 0.6 + "px";
  return time.getClientRects().length;
}"""


@pytest.mark.parametrize(
    ("language", "date", "boxes"), [("zh-Hans", "2008年5月12日", 1), ("en", "12 May 2008", 2)]
)
def test_a_chinese_date_is_not_broken_between_its_number_and_its_unit(
    browser: Any, project: Project, tmp_path: Path, language: str, date: str, boxes: int
) -> None:
    # On a held-out Chinese story (the 2008 Wenchuan earthquake) at 390 px, a source's
    # date ended a line with "2008" and began the next with "年5月12日". An English date
    # still breaks at its spaces.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    with serve(out) as url:
        page = browser.new_page()
        page.goto(url + "story-a/index.html")
        assert page.evaluate(KEPT_WHOLE, date) == boxes
        page.close()


def accessibility_tree(page: Any) -> list[dict[str, Any]]:
    """Chromium's accessibility tree of ``page``, as a screen reader is given it: the
    nodes it does not ignore, each with its role and name."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    return [
        {
            "role": n["role"]["value"],
            "name": n.get("name", {}).get("value", ""),
            "id": n["nodeId"],
            "children": n.get("childIds", []),
        }
        for n in nodes
        if not n.get("ignored")
    ]


@pytest.mark.parametrize("name", ["story", "location"])
def test_the_overview_and_the_maps_are_said_once_by_their_caption_with_their_links(
    browser: Any, site_url: str, name: str
) -> None:
    # The drawing was named by its caption (aria-labelledby), read again just after as
    # the caption itself: a screen reader said the overview's sentence of some 30 words,
    # and "Map of Mayevka.", twice over. The figure's caption names it; the drawing holds
    # the links to the events and places, as a group, never as a picture whose content a
    # screen reader may leave out.
    page = browser.new_page()
    page.goto(site_url + PAGES[name])
    captions = page.locator("figure:has(> svg) > figcaption").all_text_contents()
    tree = accessibility_tree(page)
    page.close()
    assert captions
    for caption in captions:
        named = [n["role"] for n in tree if n["name"].strip() == caption.strip()]
        assert named.count("StaticText") == 1, caption
        assert [role for role in named if role not in ("StaticText", "InlineTextBox", "figure")] == [], (
            caption
        )
    roles = {n["id"]: n["role"] for n in tree}
    drawings = [
        n
        for n in tree
        if n["role"] == "group" and any(roles.get(c) in ("link", "image") for c in n["children"])
    ]
    assert len(drawings) == len(captions), "each drawing is a group of the links (or a place's mark) it holds"


def test_a_link_to_an_entry_the_filter_hides_says_that_all_are_shown_again(
    browser: Any, site_url: str
) -> None:
    # The key moment (or the overview's bar) showed every event again, and the status line
    # was emptied: a screen reader heard nothing of the filter being dropped.
    page = browser.new_page()
    page.goto(site_url + STORY)
    page.select_option("#filter-figure", "police")
    assert visible_events(page) == 1
    assert page.inner_text("#filter-status") == "Showing 1 of 13 events."
    page.focus("#key-moments a[href='#event-2010-04-15-bakiyev-takes-refuge-in-kazakhstan']")
    page.keyboard.press("Enter")
    page.wait_for_function(
        "!document.getElementById('event-2010-04-15-bakiyev-takes-refuge-in-kazakhstan').hidden"
    )
    assert visible_events(page) == ALL_EVENTS
    assert page.inner_text("#filter-status") == f"Showing {ALL_EVENTS} of {ALL_EVENTS} events."
    assert page.eval_on_selector("#filter-figure", "s => s.value") == ""
    # The keyboard goes on from the entry linked to, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.event')?.id") == (
        "event-2010-04-15-bakiyev-takes-refuge-in-kazakhstan"
    )
    page.close()


def test_the_breadcrumbs_separator_is_not_read_out(browser: Any, site_url: str) -> None:
    # A screen reader said the '›' between the two links ("right-pointing angle quotation
    # mark", as some name it): the links alone say the way back.
    page = browser.new_page()
    page.goto(site_url + PAGES["event"])
    tree = accessibility_tree(page)
    page.close()
    [crumb] = [n for n in tree if n["role"] == "navigation" and n["name"] == "Breadcrumb"]
    roles = {n["id"]: n for n in tree}
    said = [(roles[c]["role"], roles[c]["name"].strip()) for c in crumb["children"] if c in roles]
    said = [(role, name) for role, name in said if name]  # the spaces between, said as nothing
    assert said == [("link", "All explainers"), ("link", "Kyrgyzstan after the April 2010 uprising")]


def test_a_persian_filter_counts_in_the_digits_of_the_pages_dates(browser: Any, tmp_path: Path) -> None:
    # The filter's message came from the page in Persian digits ("از ۳ رویداد") and the
    # script put its own count in 0-9: "نمایش 2 از ۳ رویداد." beside '۲۶ دسامبر ۲۰۰۳'.
    content = tmp_path / "content"
    (content / "bam/events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: گزارش\nlanguage: fa\n", encoding="utf-8")
    (content / "bam/story.yaml").write_text(
        "title: زلزله بم\nsummary: شهر ویران شد.\npublished: 2004-01-10\n", encoding="utf-8"
    )
    (content / "bam/figures").mkdir()
    (content / "bam/figures/khatami.yaml").write_text("name: خاتمی\nrole: رئیس‌جمهور\n", encoding="utf-8")
    for day, figures in (("26", "[khatami]"), ("27", "[khatami]"), ("28", "[]")):
        (content / f"bam/events/2003-12-{day}.yaml").write_text(
            f"title: رویداد {day}\ndate: 2003-12-{day}\nsummary: آنچه رخ داد.\nfigures: {figures}\n",
            encoding="utf-8",
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    with serve(tmp_path / "site") as url:
        page = browser.new_page()
        page.goto(url + "bam/index.html")
        page.select_option("#filter-figure", "khatami")
        assert page.inner_text("#filter-status") == "نمایش ۲ از ۳ رویداد."
        page.close()


def test_the_home_page_shows_the_sites_name_once_and_keeps_it_as_its_heading(
    browser: Any, site_url: str
) -> None:
    # The header's name and the page's heading said it twice, one under the other.
    page = browser.new_page()
    page.goto(site_url + PAGES["home"])
    title = page.inner_text(".site-title").strip()
    shown = page.evaluate(
        """title => [...document.querySelectorAll("body *")].filter(e => {
            const box = e.getBoundingClientRect();
            return e.textContent.trim() === title && box.width > 1 && box.height > 1
                && ![...e.children].some(c => c.textContent.trim() === title);
        }).length""",
        title,
    )
    assert shown == 1
    headings = page.locator("h1")
    assert headings.count() == 1 and headings.inner_text().strip() == title
    page.close()


PAPER_WIDTH = 718
"""The width of an A4 page's text in CSS pixels, between Chromium's default print margins
(210 mm less 1 cm each side, at 96 pixels an inch)."""
PAPER_HEIGHT = 1047
"""The height of the same page's text (297 mm less its margins)."""

TALL_DRAWING = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="400" viewBox="0 0 300 400">'
    '<rect width="300" height="400" fill="#ccc"/><circle cx="150" cy="140" r="70" fill="#888"/></svg>'
)


@pytest.fixture(scope="module")
def arabic_print_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An Arabic story of five places in Beirut (a close-up on their maps), an event with
    an SVG portrait (a drawing taller than wide) and English runs in its title and text."""
    from tests.render.test_close_up_browser import write_beirut

    root = tmp_path_factory.mktemp("print")
    content = root / "content"
    write_beirut(content, "ar")
    story = content / "blast"
    (story / "media").mkdir()
    (story / "media" / "portrait.svg").write_text(TALL_DRAWING)
    (story / "story.yaml").write_text(
        (story / "story.yaml").read_text().replace("title: The blast", "title: انفجار مرفأ Beirut 2020")
    )
    (story / "events" / "e0.yaml").write_text(
        "title: الوفد يقطع 40 km إلى المرفأ\ndate: 2020-08-04\n"
        "summary: قال المتحدث إن الاتفاق 2 *steps وقال* إنه **40** km.\n"
        "figures: [official]\nlocations: [port]\nsources: [wire]\n"
        "image: {src: media/portrait.svg, alt: صورة المتحدث}\n",
        encoding="utf-8",
    )
    build(content=str(content), templates=TEMPLATES, out=str(root / "site"))
    return root / "site"


@pytest.mark.parametrize(
    "page_path",
    [
        "blast/index.html",
        "blast/events/e0/index.html",
        "blast/figures/official/index.html",
        "blast/locations/port/index.html",
    ],
)
def test_a_right_to_left_page_prints_whole_on_a4(
    browser: Any, arabic_print_site: Path, page_path: str
) -> None:
    # After the <bdi>s set into headlines and names, the SVG portraits and the maps'
    # close-ups: on paper each page keeps its text (nothing of main hidden that the
    # screen shows but its controls), nothing runs past the page's side, where it would
    # be cut, and a picture or a map fits on one page.
    page = browser.new_page(viewport={"width": PAPER_WIDTH, "height": PAPER_HEIGHT})
    page.goto((arabic_print_site / page_path).as_uri())
    page.emulate_media(media="print")
    found = page.evaluate(
        """(CONTROLS) => {
            const main = document.querySelector('main');
            const seen = el => el.getClientRects().length > 0;
            const boxes = [...main.querySelectorAll('img, svg, bdi, h1, p, li, figure')].filter(seen)
                .map(el => [el.tagName, el.getBoundingClientRect().toJSON()]);
            return {
                width: document.documentElement.scrollWidth,
                boxes,
                // Not the controls a printout leaves out (the way to the next event...).
                bdis: [...main.querySelectorAll('bdi')].filter(b => !b.closest(CONTROLS))
                    .map(b => [b.textContent, seen(b)]),
                text: main.innerText,
            };
        }""",
        ".pager, .contents, .filters, .filter-status, .overview, .share, .export",
    )
    pdf = page.pdf(format="A4", print_background=False)
    page.close()
    assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf
    assert found["width"] <= PAPER_WIDTH, found["width"]
    for tag, box in found["boxes"]:
        assert box["left"] >= -1 and box["right"] <= PAPER_WIDTH + 1, (tag, box)
        if tag in ("IMG", "svg"):
            assert 0 < box["height"] <= PAPER_HEIGHT, (tag, box)
    assert found["bdis"] and all(shown for _, shown in found["bdis"]), found["bdis"]
    assert "40 km" in found["text"] or "2020" in found["text"]
