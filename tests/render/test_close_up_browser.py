"""A map's close-up of places in one city (``maps._close_up``) on built pages, in a real
browser: valid HTML, no axe violations in light and dark, its words in the page's
language, its text readable against its panel, and the same on paper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.commands.build import build
from tests.conftest import TEMPLATES
from tests.crawl import serve
from tests.render.test_reader import axe_path
from tests.w3c import w3c_errors

PLACES = {
    "port": ("Port of Beirut", 33.9014, 35.5186),
    "karantina": ("Karantina", 33.8985, 35.5330),
    "gemmayzeh": ("Gemmayzeh", 33.8950, 35.5130),
    "mar-mikhael": ("Mar Mikhael", 33.8975, 35.5240),
    "achrafieh": ("Achrafieh", 33.8880, 35.5230),
}
FARAWAY = {
    "tripoli": ("Tripoli", 34.4367, 35.8497),
    "sidon": ("Sidon", 33.5571, 35.3729),
    "damascus": ("Damascus", 33.5138, 36.2765),
}
"""Places of the region far from Beirut: a story with them draws the close-up of
Beirut's places only."""
PAGES = ["blast/index.html", "blast/locations/port/index.html"]


def write_beirut(content: Path, language: str, faraway: bool = False) -> None:
    """A story of five places within 3 km of one another in Beirut, its pages in
    ``language``: each in an event at the port, whose page maps them all; with
    ``faraway``, three events in towns far from Beirut too."""
    story = content / "blast"
    for folder in ("events", "locations", "figures"):
        (story / folder).mkdir(parents=True)
    (content / "site.yaml").write_text(f"title: Test site\nlanguage: {language}\n")
    (story / "story.yaml").write_text(
        "title: The blast\nsummary: What happened at the port.\npublished: 2020-08-05\n"
        "sources:\n  wire:\n    publisher: Wire\n"
    )
    (story / "figures/official.yaml").write_text("name: An official\nrole: Spokesperson\n")
    places = {**PLACES, **FARAWAY} if faraway else PLACES
    for k, (place, (name, lat, lon)) in enumerate(places.items()):
        (story / f"locations/{place}.yaml").write_text(
            f"name: {name}\ncountry: Lebanon\ncoordinates: [{lat}, {lon}]\n"
        )
        (story / f"events/e{k}.yaml").write_text(
            f"title: Damage in {name}\ndate: 2020-08-{k + 4:02d}\nsummary: Windows broke.\n"
            f"figures: [official]\nlocations: [{', '.join(dict.fromkeys([place, 'port']))}]\nsources: [wire]\n"
        )


@pytest.fixture(
    scope="module", params=[("en", False), ("ar", False), ("en", True)], ids=["en", "ar", "en-region"]
)
def beirut_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    language, faraway = request.param
    root = tmp_path_factory.mktemp(f"beirut-{language}")
    write_beirut(root / "content", language, faraway)
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "site"))
    yield root / "site"


def test_pages_with_a_close_up_are_valid_html(beirut_site: Path) -> None:
    for page in PAGES:
        html = (beirut_site / page).read_text()
        start = html.index('class="map-closeup"')
        panel = html[start : html.index("</svg>", start)]
        # Beirut's places in it; in a story with towns far away too, those on the map only.
        assert "Karantina" in panel and "Tripoli" not in panel
    assert w3c_errors(*(beirut_site / page for page in PAGES)) == ""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page_path", PAGES)
def test_a_close_up_has_no_axe_violations_and_its_text_stands_out(
    browser: Any, beirut_site: Path, page_path: str, scheme: str
) -> None:
    with serve(beirut_site) as url:
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        page.goto(url + page_path)
        page.add_script_tag(path=str(axe_path()))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
        # Its text's colour against its panel's, as drawn (axe does not measure SVG text).
        colours = page.evaluate(
            """() => {
                const panel = getComputedStyle(document.querySelector('.map-closeup-frame')).fill;
                const texts = [...document.querySelectorAll('.map-closeup text')].map(t => getComputedStyle(t).fill);
                return [panel, texts];
            }"""
        )
        context.close()
    assert violations == []
    panel, texts = colours
    assert texts and all(_contrast(text, panel) >= 4.5 for text in texts), (panel, texts)


def test_a_close_up_prints_dark_on_white(browser: Any, beirut_site: Path) -> None:
    with serve(beirut_site) as url:
        context = browser.new_context(color_scheme="dark")
        page = context.new_page()
        page.goto(url + PAGES[0])
        page.emulate_media(media="print")
        panel, text, shown = page.evaluate(
            """() => {
                const frame = document.querySelector('.map-closeup-frame');
                const text = document.querySelector('.map-closeup text');
                return [getComputedStyle(frame).fill, getComputedStyle(text).fill,
                        frame.getBoundingClientRect().height > 0];
            }"""
        )
        context.close()
    assert (panel, text, shown) == ("rgb(255, 255, 255)", "rgb(0, 0, 0)", True)


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(c) / 255 for c in colour.removeprefix("rgb(").rstrip(")").split(",")[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
