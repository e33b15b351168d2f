"""check's warnings in the preview (``panel.py``): added to served pages only, escaped,
updated on every rebuild, counted on the terminal; and in Chromium, in the page's flow,
accessible in light and dark, dismissable until the warnings change."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.commands.build import build
from generator.errors import Position, Problem, Severity
from generator.preview.panel import NO_PANEL, PANEL_ID, PANEL_UPDATES, add_to_page, panel
from tests.browser import close_preview_page
from tests.commands.test_serve import open_page, wait_for_text
from tests.conftest import MINIMAL, TEMPLATES, Project
from tests.preview.server import EVENT, SEEN, Server, event_text, start_server
from tests.render.test_reader import axe_path

PAGE = b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<title>T</title>\n</head>\n<body class="x">\n<main>M</main>\n</body>\n</html>\n'
DUPLICATE = "content/story-a/events/e2.yaml"
DUPLICATE_WARNING = f"{DUPLICATE}:1:8: warning: same date and title as event 'e1'; is it a duplicate?"


def warning(message: str, line: int = 1) -> Problem:
    return Problem(Position("content/s/events/e.yaml", line, 8), message, Severity.WARNING)


NOTE = Problem(Position("content/s/events/e.yaml", 8, 5), "'quotes[1].source' is empty", Severity.NOTE)


def test_notes_are_hints_the_panel_does_not_count_among_its_warnings() -> None:
    assert panel([NOTE]) is NO_PANEL  # a note among the warnings is none of them
    assert b"1 warning from" in panel([NOTE, warning("event 'e' cites no source")]).body


def test_notes_are_shown_below_the_warnings_and_alone_in_a_quieter_panel() -> None:
    # The preview dropped them: an editor who works in it never saw a hint check prints.
    said = b"content/s/events/e.yaml:8:5: note: &#x27;quotes[1].source&#x27; is empty"
    both = panel([warning("event 'e' cites no source")], [NOTE]).body
    assert b"1 warning from" in both and b"probably not what you meant" in both
    warned, noted = both.split(b'<div class="notes">')
    assert said not in warned and said in noted and b"1 note, hints of what to write, not problems" in noted
    alone = panel([], [NOTE]).body
    assert b'class="only-notes" aria-label="Notes from explainer check"' in alone
    assert b"1 note from <code>explainer check</code>" in alone and said in alone
    assert b"1 warning" not in alone and b"Warnings from" not in alone and b"nothing is wrong" in alone
    assert (
        alone.split(b'data-fingerprint="')[1][:16]
        != panel([], [NOTE, NOTE]).body.split(b'data-fingerprint="')[1][:16]
    )  # a new note brings a hidden panel back


def test_the_panel_goes_first_in_the_body_and_its_style_in_the_head() -> None:
    shown = panel([warning("event 'e' cites no source; add 'sources:'")])
    page = add_to_page(PAGE, shown)
    head, body = page.split(b"</head>")
    assert head.endswith(shown.style) and b"#" + PANEL_ID.encode() in shown.style
    assert body.startswith(b'\n<body class="x">\n' + shown.body + b"\n<main>")
    assert b"1 warning from <code>explainer check</code>" in shown.body
    assert (
        b"<li><code>content/s/events/e.yaml:1:8: warning: event &#x27;e&#x27; cites no source; "
        b"add &#x27;sources:&#x27;</code></li>" in shown.body
    )


def test_no_warnings_no_panel_and_a_page_without_a_body_is_left_alone() -> None:
    assert panel([]) == NO_PANEL
    assert add_to_page(PAGE, NO_PANEL) == PAGE
    assert add_to_page(b"<p>fragment</p>", panel([warning("w")])) == b"<p>fragment</p>"


def test_warning_text_is_escaped_and_the_fingerprint_follows_the_warnings() -> None:
    hostile = panel([warning("title '<script>alert(1)</script>'")])
    assert b"<script>alert" not in hostile.body and b"&lt;script&gt;alert(1)&lt;/script&gt;" in hostile.body
    one, same, other = (
        panel([warning("a")]).body,
        panel([warning("a")]).body,
        panel([warning("a"), warning("b", 2)]).body,
    )
    fingerprint = b'data-fingerprint="'
    assert one == same
    assert one.split(fingerprint)[1][:16] != other.split(fingerprint)[1][:16]
    assert b"2 warnings from" in other


def test_the_built_site_never_has_the_panel(project: Project) -> None:
    project.write(DUPLICATE, "title: First event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n")
    build(content="content", templates=TEMPLATES, out="site")
    pages = list(Path("site").rglob("*.html"))
    assert pages and not any(PANEL_ID.encode() in p.read_bytes() for p in pages)


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


def test_served_pages_carry_the_warnings_and_the_terminal_counts_them(
    project: Project, served: Server
) -> None:
    served.wait_for_line("serving")
    assert not any("warning" in line for line in served.lines)
    _, body = served.get("/story-a/index.html")
    assert (
        f'<aside id="{PANEL_ID}"' not in body and PANEL_UPDATES.decode() in body
    )  # none yet, but it may come

    project.write(DUPLICATE, "title: First event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n")
    # The file is created, then written: a rebuild in between reads it empty (seen once
    # under load), so the test waits for the rebuild that read it whole.
    served.wait_for_line("1 warning (shown in the page)")
    assert any(
        "changed:" in line and line.endswith("ms, 1 warning (shown in the page)") for line in served.lines
    )
    for path in ("/story-a/index.html", "/story-a/events/e1/", "/no-such-page/"):
        body = served.get(path)[1]
        assert f'<aside id="{PANEL_ID}"' in body and DUPLICATE_WARNING.replace("'", "&#x27;") in body, path
    assert PANEL_ID not in served.get("/assets/style.css")[1]


def test_in_chromium_the_panel_is_in_the_flow_accessible_and_dismissable(
    project: Project, served: Server, browser: Any
) -> None:
    axe = axe_path()
    page = open_page(browser, served.base + "/story-a/index.html")
    assert page.locator(f"#{PANEL_ID}").count() == 0

    project.write(DUPLICATE, "title: First event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n")
    wait_for_text(page, DUPLICATE_WARNING, 15_000)  # the open page reloaded with the panel
    region = page.get_by_role("complementary", name="Warnings from explainer check")
    assert region.is_visible()
    # In the page's flow, above the content: it covers nothing.
    assert page.evaluate(f"getComputedStyle(document.getElementById('{PANEL_ID}')).position") == "static"
    panel_box, header_box = region.bounding_box(), page.locator("header").first.bounding_box()
    assert panel_box["y"] + panel_box["height"] <= header_box["y"]

    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert violations == [], scheme

    # Folded and unfolded with the keyboard (a native disclosure).
    page.locator(f"#{PANEL_ID} summary").focus()
    page.keyboard.press("Enter")
    assert not page.locator(f"#{PANEL_ID} ol").is_visible()
    page.keyboard.press("Enter")
    assert page.locator(f"#{PANEL_ID} ol").is_visible()

    # Hidden with its button; focus goes on to the content.
    page.get_by_role("button", name="Hide until they change").focus()
    page.keyboard.press("Enter")
    assert not region.is_visible()
    assert page.evaluate("document.activeElement.id") == "main"

    # A rebuild with the same warnings keeps it hidden; a new warning brings it back.
    page.evaluate("window.marker = 1")
    # (An edit that changes a page: a save that changes nothing shown reloads nothing.)
    project.write(EVENT, MINIMAL[EVENT].replace("Something happened.", "Something else happened."))
    page.wait_for_function("window.marker === undefined", timeout=15_000)
    page.wait_for_load_state()
    assert page.locator(f"#{PANEL_ID}").count() == 1 and not region.is_visible()
    project.write("content/story-a/events/e3.yaml", "title: Third\ndate: 2019-12-01\nsummary: S\n")
    wait_for_text(page, "warning: event 'e3' cites no source", 15_000)
    assert region.is_visible() and "2 warnings" in region.inner_text()

    # Fixed: the panel goes on the next rebuild.
    project.remove("content/story-a/events/e3.yaml")
    project.remove(DUPLICATE)
    page.wait_for_function(f"!document.getElementById('{PANEL_ID}')", timeout=15_000)
    close_preview_page(page)


def test_in_chromium_notes_are_shown_quieter_than_warnings_and_not_counted(
    project: Project, served: Server, browser: Any
) -> None:
    axe = axe_path()
    page = open_page(browser, served.base + "/story-a/index.html")
    empty_source = "quotes:\n  - text: Stay.\n    by: fig-a\n    source:\n"
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + empty_source)
    note = f"{EVENT}:10:5: note: 'quotes[1].source' is empty"
    wait_for_text(page, note, 15_000)
    region = page.get_by_role("complementary", name="Notes from explainer check")
    assert region.is_visible() and "1 note from explainer check" in region.inner_text()
    assert "warning" not in region.inner_text()
    assert not any("warning" in line for line in served.lines)  # the terminal counts none

    project.write(DUPLICATE, "title: First event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n")
    wait_for_text(page, DUPLICATE_WARNING, 15_000)
    region = page.get_by_role("complementary", name="Warnings from explainer check")
    assert region.is_visible() and "1 warning from" in region.inner_text()
    served.wait_for_line("1 warning (shown in the page)")

    def look(selector: str) -> dict[str, float]:
        """The font size and the lightness (the sum of red, green and blue) of ``selector``'s text."""
        found: dict[str, float] = page.evaluate(
            """(selector) => { const e = document.querySelector(selector); const s = getComputedStyle(e);
            return {size: parseFloat(s.fontSize), light: s.color.match(/[0-9]+/g).slice(0, 3)
            .reduce((a, c) => a + Number(c), 0)}; }""",
            selector,
        )
        return found

    warned, noted = look(f"#{PANEL_ID} > details > ol li code"), look(f"#{PANEL_ID} .notes li code")
    assert noted["size"] < warned["size"] and noted["light"] > warned["light"]  # smaller, greyer
    assert note in page.locator(f"#{PANEL_ID} .notes").inner_text()
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        assert violations == [], scheme
    close_preview_page(page)


def test_in_chromium_new_warnings_come_in_place_where_the_reader_is(
    project: Project, served: Server, browser: Any
) -> None:
    """A save that changes the warnings alone (a story folder made, then removed) gives the
    open page its new panel without reloading it; one that changes the page too reloads
    it once, and its panel comes in place after (the page is answered before the
    warnings are found). What the reader looks at stays where it is, each time."""
    url = served.base + "/story-a/index.html"
    page = open_page(browser, url, viewport={"width": 400, "height": 300})
    page.evaluate("window.marker = 1; scrollTo(0, 200)")  # gone after any reload
    seen = page.evaluate(SEEN)
    region = page.locator(f"#{PANEL_ID}")

    (project.root / "content/story-b").mkdir()
    page.wait_for_function(f"document.getElementById('{PANEL_ID}')", timeout=15_000)
    assert "this story folder has nothing to read yet" in region.inner_text()
    assert page.evaluate("window.marker") == 1 and abs(page.evaluate(SEEN) - seen) < 1
    page.locator(f"#{PANEL_ID} summary").click()  # folded: stays folded as its warnings change
    page.evaluate("scrollTo(0, 200)")  # (the click scrolled the panel into view)
    seen = page.evaluate(SEEN)
    # A second story folder not started: a second warning, and no page changes. (Folded,
    # the panel's text is its summary, which counts them.)
    (project.root / "content/story-c").mkdir()
    page.wait_for_function(
        f"(document.getElementById('{PANEL_ID}') || {{innerText: ''}}).innerText.includes('2 warnings')",
        timeout=15_000,
    )
    assert page.evaluate(f"document.querySelector('#{PANEL_ID} details').open") is False
    assert page.evaluate("window.marker") == 1 and abs(page.evaluate(SEEN) - seen) < 1
    shutil.rmtree(project.root / "content/story-b")
    shutil.rmtree(project.root / "content/story-c")
    page.wait_for_function(f"!document.getElementById('{PANEL_ID}')", timeout=15_000)
    assert page.evaluate("window.marker") == 1 and abs(page.evaluate(SEEN) - seen) < 1

    loads: list[str] = []
    page.on("load", lambda _: loads.append("load"))
    project.write(EVENT, event_text("No source"))
    page.wait_for_function(
        f"document.readyState === 'complete' && document.getElementById('{PANEL_ID}') "
        "&& document.body.innerText.includes('No source')",
        timeout=15_000,
    )
    assert "event 'e1' cites no source" in region.inner_text()
    assert loads == ["load"] and page.evaluate("window.marker") is None  # reloaded once
    assert abs(page.evaluate(SEEN) - seen) < 1
    close_preview_page(page)
