"""The seed story built in every shipped language: it builds, no English interface text
remains, every date is written in the language, and the W3C checker finds no error; the
Arabic and Hebrew pages are right to left, accessible and fit a phone."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from babel.messages.pofile import read_po

from generator.commands.build import build
from generator.i18n import languages
from generator.i18n.catalogs import catalog_path, translations
from tests.conftest import REPO, TEMPLATES
from tests.crawl import serve
from tests.render.test_reader import axe_path
from tests.w3c import w3c_errors

SHIPPED = languages.available()
ENGLISH_MONTHS = [Locale.parse("en").months["format"]["wide"][m] for m in range(1, 13)]
STORY = "kyrgyzstan-2010/index.html"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed, built once in each shipped language (its site.yaml's language changed)."""
    root = tmp_path_factory.mktemp("languages")
    out: dict[str, Path] = {}
    for name in SHIPPED:
        content = root / f"content-{name}"
        shutil.copytree(REPO / "content", content)
        site = content / "site.yaml"
        text = re.sub(r"(?m)^language: .*$", f"language: {name.replace('_', '-')}", site.read_text())
        site.write_text(text)
        out[name] = root / "sites" / name
        build(content=str(content), templates=TEMPLATES, out=str(out[name]))
    return out


class Text(HTMLParser):
    """A page's text nodes and the text of its attributes that readers meet, and the
    text of every <time> element with its datetime."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.times: list[tuple[str, str]] = []
        self._time: str | None = None
        self.html_attrs: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.html_attrs = found
        for name in ("aria-label", "alt", "title", "data-message"):
            if found.get(name):
                self.texts.append(str(found[name]))
        if tag == "time":
            self._time = found.get("datetime") or ""

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append(data.strip())
            if self._time is not None:
                self.times.append((self._time, data.strip()))

    def handle_endtag(self, tag: str) -> None:
        if tag == "time":
            self._time = None


def pages(site: Path) -> dict[str, Text]:
    out = {}
    for path in sorted(site.rglob("*.html")):
        parser = Text()
        parser.feed(path.read_text(encoding="utf-8"))
        out[str(path.relative_to(site))] = parser
    return out


def english_messages() -> list[str]:
    """Every message of the English catalog, singular and plural."""
    with open(catalog_path("en"), "rb") as f:
        catalog = read_po(f)
    out: list[str] = []
    for message in catalog:
        if isinstance(message.id, tuple):
            out.extend(str(i) for i in message.id)
        elif message.id:
            out.append(str(message.id))
    return out


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def left_in_english(name: str, page: Text, content_text: str) -> list[str]:
    """The English interface messages on ``page``: one without placeholders as a whole
    text; one with them by its longest fixed part ('reported by'), as a word. Messages
    the language writes as English does ('Sources' in French) and words that the
    (English) content itself holds are not counted."""
    same = translations(name)
    found = []
    texts = set(page.texts)
    joined = "\n".join(page.texts)
    for message in english_messages():
        if same.gettext(message) == message or same.ngettext(message, message, 5) == message:
            continue
        parts = [p.strip(" .:,;()") for p in PLACEHOLDER.split(message)]
        if len(parts) == 1:
            if message in texts:
                found.append(message)
            continue
        fixed = max(parts, key=len)
        # As a word: Italian's 'evento' holds English's 'event'.
        as_word = re.compile(rf"(?<!\w){re.escape(fixed)}(?!\w)")
        if len(fixed) >= 4 and as_word.search(joined) and fixed not in content_text:
            found.append(message)
    return found


def content_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "content").rglob("*.yaml"))


@pytest.mark.parametrize("name", [n for n in SHIPPED if n != "en"])
def test_no_english_interface_text_remains(sites: dict[str, Path], name: str) -> None:
    text = content_text()
    leftovers = {
        path: found
        for path, page in pages(sites[name]).items()
        if (found := left_in_english(name, page, text))
    }
    assert leftovers == {}


def month_names(locale: Locale, month: int) -> set[str]:
    names = {str(month) + "月"} if locale.language == "zh" else set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.add(locale.months[context][width][month])
    # A name of two words is kept on one line: Vietnamese 'tháng\u00a04' (month 4).
    names |= {name.replace(" ", "\u00a0") for name in names}
    # A declined month keeps its stem, without its soft sign: Kyrgyz '7-апрелден тартып'.
    names |= {name.removesuffix("ь") for name in names}
    if locale.language == "lv":  # without its nominative's ending: 'No 2010. gada aprīla'
        names |= {re.sub(r"(is|s)$", "", name) for name in names}
    return names


OWN_WORDS = {"pl": {"Weekend"}}
"""The English words of a date phrase that a language writes too: Polish dictionaries
have 'weekend' ('Weekend 17–18 kwietnia 2010')."""


@pytest.mark.parametrize("name", SHIPPED)
def test_every_date_is_written_in_the_language(sites: dict[str, Path], name: str) -> None:
    language = languages.resolve(name.replace("_", "-"))
    assert language is not None
    own = set().union(*(month_names(language.locale, m) for m in range(1, 13)))
    english = [m for m in ENGLISH_MONTHS if m not in own]  # German writes 'April' too
    wrong = []
    checked = 0
    for path, page in pages(sites[name]).items():
        assert page.html_attrs.get("lang") == name.replace("_", "-"), path
        for when, text in page.times:
            checked += 1
            # Whole words: Swahili's April is 'Aprili'.
            if name != "en" and any(re.search(rf"\b{month}\b", text) for month in english):
                wrong.append((path, text))
            if len(when) >= 7 and not any(m in text for m in month_names(language.locale, int(when[5:7]))):
                wrong.append((path, text))
            english_words = set(re.findall(r"\b(From|Until|Between|Weekend)\b", text))
            if name != "en" and english_words - OWN_WORDS.get(name, set()):
                wrong.append((path, text))
    assert checked > 50
    assert wrong == []


def test_the_italian_story_page_reads_in_italian(sites: dict[str, Path]) -> None:
    page = Text()
    page.feed((sites["it"] / STORY).read_text(encoding="utf-8"))
    texts = set(page.texts)
    assert {"Momenti chiave", "Cosa non si sa ancora", "Fonti", "I protagonisti", "Cronologia"} <= texts
    assert {"1 evento", "5 eventi"} <= texts  # Italian's singular and plural
    assert "Tra il 7 e il 15\u00a0aprile 2010" in texts  # a date phrase, its day not padded
    # A span from a day alone, tied at its dash (``dates.tied``).
    assert "Fine settimana del 17\u2060–\u206018\u00a0aprile 2010" in texts
    assert ("2010-04-19", "19\u00a0aprile 2010") in page.times


def test_the_w3c_checker_finds_no_errors_in_any_language(sites: dict[str, Path]) -> None:
    assert w3c_errors(next(iter(sites.values())).parent) == ""


RIGHT_TO_LEFT_PAGES = {
    "home": "index.html",
    "story": STORY,
    "event": "kyrgyzstan-2010/events/2010-04-19-jalalabad-rally/index.html",
    "location": "kyrgyzstan-2010/locations/mayevka/index.html",
    "404": "404.html",
}


FILTERED = {"ar": ("عرض ", "من أصل"), "he": ("מוצג", "מתוך")}
"""How the timeline's filter status starts, and a word in it, in each language written
right to left: Arabic's and Hebrew's pages are checked alike."""


@pytest.fixture(scope="module", params=sorted(FILTERED))
def rtl_url(request: pytest.FixtureRequest, sites: dict[str, Path]) -> Any:
    with serve(sites[request.param]) as url:
        yield request.param, url


@pytest.mark.parametrize("name", sorted(RIGHT_TO_LEFT_PAGES))
def test_right_to_left_pages_are_right_to_left_accessible_and_fit_a_phone(
    browser: Any, rtl_url: tuple[str, str], name: str
) -> None:
    _, url = rtl_url
    axe = axe_path()
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(url + RIGHT_TO_LEFT_PAGES[name])
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
    assert violations == []


def test_the_right_to_left_timeline_rail_is_on_the_right_and_the_map_is_not_mirrored(
    browser: Any, rtl_url: tuple[str, str]
) -> None:
    language, url = rtl_url
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(url + STORY)
    rail = page.evaluate("getComputedStyle(document.querySelector('.timeline')).borderRightWidth")
    assert rail == "3px"
    assert page.evaluate("getComputedStyle(document.querySelector('.timeline')).borderLeftWidth") == "0px"
    assert page.evaluate("getComputedStyle(document.querySelector('svg.map')).direction") == "ltr"
    page.set_viewport_size({"width": 1280, "height": 900})
    # From 900 px the dates stand in a column of their own: right of the entries.
    date_x = page.evaluate("document.querySelector('.event > time').getBoundingClientRect().left")
    entry_x = page.evaluate("document.querySelector('.event > .entry').getBoundingClientRect().left")
    assert date_x > entry_x
    page.evaluate("document.getElementById('filters').open = true")
    page.select_option("#filter-figure", index=1)
    status = page.text_content("#filter-status") or ""
    page.close()
    start, word = FILTERED[language]
    assert status.startswith(start) and word in status


def test_the_right_to_left_overview_strip_runs_right_to_left_its_labels_inside_it(
    browser: Any, rtl_url: tuple[str, str]
) -> None:
    _, url = rtl_url
    # 2005, the first period, is on the right; each label stays within the strip.
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(url + STORY)
    strip = page.evaluate(
        "(() => { const r = document.querySelector('.overview-strip').getBoundingClientRect();"
        " return [r.left, r.right]; })()"
    )
    labels = page.evaluate(
        "[...document.querySelectorAll('.overview-label')].map(t => {"
        " const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.right]; })"
    )
    bars = page.evaluate(
        "[...document.querySelectorAll('.overview-bar')].map(b => b.getBoundingClientRect().left)"
    )
    page.close()
    assert bars[0] > bars[-1]  # the earliest bar is the rightmost
    assert len(labels) >= 2 and labels[0][1] > labels[-1][1], labels  # the first period's, rightmost
    for text, left, right in labels:
        assert strip[0] - 0.5 <= left and right <= strip[1] + 0.5, (text, left, right, strip)


def test_the_maps_name_countries_in_the_language(sites: dict[str, Path]) -> None:
    russian = (sites["ru"] / STORY).read_text(encoding="utf-8")
    english = (sites["en"] / STORY).read_text(encoding="utf-8")
    assert ">Россия</text>" in russian and ">Russia</text>" not in russian
    assert ">Russia</text>" in english


def test_german_pages_hyphenate_and_english_ones_do_not(browser: Any, sites: dict[str, Path]) -> None:
    # German compounds broke anywhere in a phone's column, without a hyphen.
    page = browser.new_page(viewport={"width": 390, "height": 800})
    hyphens = "getComputedStyle(document.querySelector('main p')).hyphens"
    for name, expected in (("de", "auto"), ("hu", "auto"), ("nb", "auto"), ("en", "manual")):
        with serve(sites[name]) as url:
            page.goto(url + STORY)
            assert page.evaluate(hyphens) == expected
            if name == "nb":
                # Norwegian pages tagged 'no', as TimelineJS writes it, did not hyphenate.
                page.evaluate("document.documentElement.lang = 'no'")
                assert page.evaluate(hyphens) == "auto"
    page.close()
