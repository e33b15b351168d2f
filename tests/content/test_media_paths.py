"""The paths under media/ a text links to: a name with parentheses whole, a place in a file the file."""

from __future__ import annotations

from generator.content import markdown_links
from tests.conftest import Project


def test_a_missing_file_with_parentheses_in_its_name_is_named_whole(project: Project) -> None:
    # Not 'media/a(1': the page links to 'media/a(1).pdf', which must be there.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: 'See [the report](media/a(1).pdf).'\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:28: 'summary': no file 'media/a(1).pdf' in this story"
    ]
    project.write("content/story-a/media/a(1).pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_a_link_to_a_place_in_a_file_names_the_file(project: Project) -> None:
    # 'report.pdf#page=12' opens the report at its page 12 and 'report.pdf?dl=1' asks for
    # the report: both are links to report.pdf, which was "no file 'media/report.pdf#page=12'"
    # and stopped the build. A file that is not there is said by its name alone.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n"
        "  See [page 12](media/report.pdf#page=12), [it][r], <a href='media/report.pdf?dl=1'>this</a>\n"
        "  and [the map](media/map.pdf#x).\n\n  [r]: media/report.pdf#page=3\n",
    )
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    assert project.problems() == [
        "content/story-a/events/e1.yaml:5:17: 'summary': no file 'media/map.pdf' in this story"
    ]
    project.write("content/story-a/media/map.pdf", b"%PDF-1.4\n")
    assert project.problems() == []
    assert markdown_links.references("[a](media/a%20b.pdf#c) [d](media/e%231.pdf)") == ["a b.pdf", "e#1.pdf"]
