"""Lists and labels as the page's language writes them: names, places and sources joined
with its list separator, a date or title and what follows it with its colon."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.commands.build import build
from tests.conftest import REPO, TEMPLATES, Project

EVENT = """\
title: Talks
date: 2020-01-01
summary: They met.
figures: [fig-a, fig-b]
locations: [loc-a, loc-b]
sources: [src-a, src-b]
"""


@pytest.mark.parametrize(
    ("language", "separator"), [("ar", "، "), ("zh-Hans", "、"), ("zh-Hant", "、"), ("en", ", ")]
)
def test_lists_are_joined_with_the_languages_separator(
    project: Project, language: str, separator: str
) -> None:
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "  src-b:\n    publisher: Other News\n" + f"language: {language}\n")
    project.write("content/story-a/events/e1.yaml", EVENT)
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B\nrole: Another\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Place B\nkind: town\ncountry: KG\n")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    event = (site / "events/e1/index.html").read_text()
    story_page = (site / "index.html").read_text()
    for name in ("Figure A", "Place A", "Example News"):
        if name != "Example News":  # the event's page lists its sources in its own list
            # the event's list of facts: each name's link of dir="auto" sets it apart
            # in its own direction, with no <bdi> inside saying so again
            assert (
                f'dir="auto" data-pagefind-filter="{"figure" if "Figure" in name else "place"}">{name}</a>{separator}<a'
                in event
            )
        # Its line in the timeline: each name a box with the mark after it, the space
        # (where the language has one) between the boxes, so no line starts with the mark.
        mark = separator.rstrip()
        assert f'{name}</a>{mark}</span>{separator[len(mark) :]}<span class="name"><a' in story_page


@pytest.mark.parametrize(
    ("language", "separator"), [("ar", "، "), ("zh-Hans", "，"), ("zh-Hant", "，"), ("en", ", ")]
)
def test_the_parts_of_one_thing_are_joined_as_the_language_joins_them(
    project: Project, language: str, separator: str
) -> None:
    # A held-out Chinese story (the 2008 Wenchuan earthquake) listed its sources as
    # "新华社、四川汶川发生7.8级地震、2008年5月12日" and its places as "镇、中国": "、"
    # joins the items of a list (names), "，" the parts of one thing, as in a quote's caption.
    story = project.root / "content/story-a/story.yaml"
    story.write_text(
        story.read_text().replace(
            "publisher: Example News", "publisher: Example News\n    title: The report\n    date: 2020-01-01"
        )
        + f"language: {language}\n"
    )
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Place A\nkind: town\ncountry: KG\ncoordinates: [10, 20]\n",
    )
    project.write("content/story-a/media/p.png", (REPO / "docs/screenshot-map.png").read_bytes())
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image:\n  src: media/p.png\n  alt: A map\n")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    story_page = (site / "index.html").read_text()
    assert f"<bdi>Example News</bdi>{separator}<cite" in story_page
    assert f'The report</cite>{separator}<time datetime="2020-01-01"' in story_page
    assert f'<span class="role">town{separator}KG</span>' in story_page
    place = (site / "locations/loc-a/index.html").read_text()
    assert f'<p class="lede">Town{separator}KG</p>' in place
    title = '<bdi dir="ltr">First event</bdi>' if language == "ar" else "First event"
    assert f'{title}</a>{separator}<time datetime="2020-01-01"' in place  # a picture's caption


def test_a_figures_page_marks_a_quotes_language_and_joins_its_caption_in_the_storys(project: Project) -> None:
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: ar\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: Talks\ndate: 2020-01-01\nsummary: s\nsources: [src-a]\nfigures: [fig-a]\n"
        "quotes:\n  - text: Мен келдим\n    by: fig-a\n    source: src-a\n    language: ky\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    words = '<blockquote lang="ky" dir="auto"><p>Мен келдим</p></blockquote>'
    assert words in (site / "events/e1/index.html").read_text()
    figure = (site / "figures/fig-a/index.html").read_text()
    assert words in figure  # as on the event's page
    assert '><bdi dir="ltr">Talks</bdi></a>، <time datetime="2020-01-01" dir="rtl">' in figure
    assert "</time>، بحسب <a" in figure


@pytest.mark.parametrize(
    ("language", "caption", "number"),
    [
        ("zh-Hans", "大桥主体工程开工，2020年1月1日（据新华社报道）", "大桥全长（新华社）"),
        ("ar", "大桥主体工程开工، 1\u00a0يناير 2020، بحسب 新华社", "大桥全长 (新华社)"),
        ("es", "大桥主体工程开工, 1\u00a0de enero de 2020 (fuente: 新华社)", "大桥全长 (新华社)"),
        ("ky", "大桥主体工程开工, 2020\u2011ж., 1\u2011январь, 新华社 маалыматы боюнча", "大桥全长 (新华社)"),
    ],
)
def test_a_quotes_caption_and_a_key_numbers_source_are_punctuated_the_languages_way(
    project: Project, language: str, caption: str, number: str
) -> None:
    # Chinese sets a comma between the event and its date, not the list separator "、",
    # and full-width brackets without a space: "（据新华社报道）", "大桥全长（新华社）".
    story = project.root / "content/story-a/story.yaml"
    text = story.read_text().replace("Example News", "新华社")
    story.write_text(
        text + f"key_numbers:\n  - value: 55\n    label: 大桥全长\n    source: src-a\nlanguage: {language}\n"
    )
    project.write(
        "content/story-a/events/e1.yaml",
        "title: 大桥主体工程开工\ndate: 2020-01-01\nsummary: s\nsources: [src-a]\nfigures: [fig-a]\n"
        "quotes:\n  - text: 这是一个伟大的工程。\n    by: fig-a\n    source: src-a\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    figure = (site / "figures/fig-a/index.html").read_text()
    shown = re.search(r"<figcaption>(.*?)</figcaption>", figure)
    assert shown is not None and re.sub(r"<[^>]+>", "", shown[1]) == caption
    numbers = re.search(r"<dd>(.*?)</dd>", (site / "index.html").read_text())
    assert numbers is not None and re.sub(r"<[^>]+>", "", numbers[1]) == number


def test_colons_are_the_languages(project: Project) -> None:
    """French sets a no-break space before a colon, Chinese a full-width colon."""
    project.write(
        "content/site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: fr\n"
    )
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: zh-Hans\n")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site"
    assert "<p>T\u00a0: D</p>" in (site / "index.html").read_text()  # the footer
    assert "<title>2020年1月1日：First event</title>" in (site / "feed.xml").read_text()
    embed = (site / "story-a/embed/index.html").read_text()
    assert "</a>：" in embed and "</a>: " not in embed


def test_the_overview_bars_of_a_french_story_set_their_colons_the_french_way(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO / "tests/fixtures/small/content", content)
    site = content / "site.yaml"
    site.write_text(re.sub(r"(?m)^language: .*\n", "", site.read_text()) + "language: fr\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = (tmp_path / "site/alpha/index.html").read_text()
    assert 'aria-label="vers 1999\u00a0: Background"' in page  # one event's bar: its date and title
    # A bar of two (the reaction is placed after the start, and drawn with it): its day, its count.
    assert 'aria-label="1er mars 2021\u00a0: 2 événements"' in page
