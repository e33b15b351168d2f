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
