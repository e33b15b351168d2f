"""Names, places and sources listed with the separator of the page's language."""

from __future__ import annotations

import pytest

from generator.commands.build import build
from tests.conftest import TEMPLATES, Project

EVENT = """\
title: Talks
date: 2020-01-01
summary: They met.
figures: [fig-a, fig-b]
locations: [loc-a, loc-b]
sources: [src-a, src-b]
"""


@pytest.mark.parametrize(("language", "separator"), [("ar", "، "), ("zh-Hans", "、"), ("en", ", ")])
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
    for page in (event, story_page):  # the event's list of facts, and its line in the timeline
        assert f"Figure A</a>{separator}<a" in page
        assert f"Place A</a>{separator}<a" in page
        assert f"Example News</a>{separator}<a" in page
    place = (site / "locations/loc-b/index.html").read_text()
    assert f'<p class="lede">Town{separator}' in place


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
    assert '>Talks</a>، <time datetime="2020-01-01">' in figure
    assert "</time>، " in figure
