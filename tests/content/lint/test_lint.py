"""``explainer check`` warnings, all of them (``lint/__init__.py``): what a valid project
says, what content with errors says already, and what the preview finds again.

The output formats and ``--strict`` are the command's: tests/commands/test_check.py;
the warnings themselves, one test per warning with each message exactly, are tested
beside this file, by the module that finds them.
"""

from __future__ import annotations

import pytest

from generator import pipeline
from generator.content.lint import lint
from generator.errors import ContentError
from tests.conftest import TEMPLATES, Project
from tests.content.lint.said import EVENT, STORY, warnings


def test_the_minimal_project_has_no_warnings(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert warnings(project, capsys) == []


def test_the_warnings_are_those_of_the_site_at_the_address_given_whatever_site_yaml_says(
    project: Project,
) -> None:
    """``base_url``: the address ``check --base-url`` and ``deploy`` publish at. A link by
    full address to a draft story is warned of at that address only, and the site as read
    keeps its own."""
    base = "https://example.org/news/"
    project.write("content/site.yaml", "title: Test site\nbase_url: https://elsewhere.example/\n")
    project.write("content/story-b/story.yaml", "title: B\nsummary: B.\npublished: 2020-01-02\ndraft: true\n")
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("What story A is about.", f"See [B]({base}story-b/)."))
    raw, found, site = pipeline.load_and_check("content")
    assert not [w for w in lint(raw, found, site) if "leads to no page" in w.message]
    said = [w.message for w in lint(raw, found, site, base_url=base) if "leads to no page" in w.message]
    assert said == [
        f"'summary': the link to '{base}story-b/' leads to no page of the published site: story "
        "'story-b' is a draft, left out until it is published"
    ]
    assert site.base_url == "https://elsewhere.example/"


# --- the warnings of content with errors (``known_warnings``) --------------------------


def errors_and_warnings(project: Project) -> tuple[list[str], list[str]]:
    """What ``pipeline.load_and_check`` raises for content with errors: its errors, and the warnings known
    in spite of them, as printed."""
    with pytest.raises(ContentError) as caught:
        pipeline.load_and_check("content")
    return [str(p) for p in caught.value.problems], [str(w) for w in caught.value.warnings]


NO_SOURCES = "title: Second event\ndate: 2020-01-02\nsummary: S.\n"


def test_the_warnings_of_files_without_errors_come_with_the_errors(project: Project) -> None:
    project.write(EVENT, "title: First event\ndate: 2020-02-30\nsummary: S.\n")  # an error, no sources
    project.write("content/story-a/events/e2.yaml", NO_SOURCES)
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("What story A is about.", '"TODO: what story A is about."'))
    project.write("content/site.yaml", "title: Site #1\n")
    errors, warnings = errors_and_warnings(project)
    assert errors == [f"{EVENT}:2:7: 'date' is not a valid date: February 2020 has no day 30"]
    assert warnings == [  # e1's own "cites no source" waits until its date is fixed
        "content/site.yaml:1:13: warning: 'title': everything after ' #' is a YAML comment, left out of "
        "the text (it reads 'Site'); to keep it, put the whole value in double quotes: \"Site #1\"",
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'",
        "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, so it "
        "cannot be mapped; add them, or 'unmapped: true' if it has no position to give",
        f"{STORY}:2:10: warning: 'summary' still has placeholder text ('TODO: ...'): write your own in its place",
    ]


@pytest.mark.parametrize(
    "broken",
    [
        "title: First event\ndate: 2020-02-30\nsummary: S.\n",  # a value that does not pass
        "title: First event\ndate: 2020-01-01\n",  # a missing key: no value left invalid
        "title: First event\ndate: 2020-01-01\nsummary: S.\nsumary: T.\n",  # an unknown one
        "title: First event\ndate: 2020-01-01\nsummary: S.\nfigures: [nobody]\n",  # an id naming nothing
    ],
)
def test_a_file_with_errors_gets_no_warnings_until_they_are_fixed(project: Project, broken: str) -> None:
    project.write(EVENT, broken + 'body: "TODO: the rest"\n')
    project.write("content/story-a/events/e2.yaml", NO_SOURCES)
    errors, warnings = errors_and_warnings(project)
    assert errors and all(e.startswith(f"{EVENT}:") for e in errors)
    assert warnings == [
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'"
    ]


def test_a_story_whose_story_yaml_is_broken_still_shows_its_files_own_warnings(project: Project) -> None:
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY, story.replace("title: Story A", 'title: "TODO: a title"').replace("2020-01-02", "2020-13-02")
    )
    project.write(
        "content/story-a/events/e2.yaml", NO_SOURCES + "body: See [the report] (https://example.org).\n"
    )
    project.write("content/story-a/figures/fig-a.yaml", 'name: Figure A\nrole: "TODO: who"\n')
    errors, warnings = errors_and_warnings(project)
    assert errors == [f"{STORY}:3:12: 'published' is not a valid date: there is no month 13"]
    assert warnings == [  # not story.yaml's own; nor "source 'src-a' is not cited", which needs the story
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'",
        "content/story-a/events/e2.yaml:4:11: warning: 'body': '[the report] (' shows its brackets instead "
        "of a link; remove the space before '('",
        "content/story-a/figures/fig-a.yaml:2:7: warning: 'role' still has placeholder text ('TODO: ...'): "
        "write your own in its place",
    ]


def test_a_storys_title_long_as_a_paragraph_comes_with_the_errors(project: Project) -> None:
    """story.yaml's title is its own, as an event's is: its length is known while another
    file has errors, and was said only once they were fixed."""
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: " + "S" * 151))
    project.write(
        "content/story-a/events/e2.yaml", "title: " + "E" * 151 + "\ndate: 2020-01-01\nsummary: S.\n"
    )
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("2020-01-01", "2020-02-30"))
    said = "characters; a headline reads best in under 100 (a shared link shows about 60), so keep it under"
    assert [w for w in errors_and_warnings(project)[1] if "title has" in w] == [
        f"content/story-a/events/e2.yaml:1:8: warning: the title has 151 {said} 150 and put the rest in 'summary'",
        f"{STORY}:1:8: warning: the title has 151 {said} 150 and put the rest in 'summary'",
    ]


def test_warnings_of_the_whole_story_wait_for_content_without_errors(project: Project) -> None:
    """What nothing refers to, and the card of a story without a picture, are known once
    the whole story is; while an event is broken, the figure it names may look unused."""
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: කොළඹ ගංවතුර"))
    project.write(EVENT, "title: First event\ndate: 2020-02-30\nsummary: S.\nfigures: [fig-a]\n")
    assert errors_and_warnings(project)[1] == []


@pytest.mark.parametrize("error_elsewhere", [False, True], ids=["valid", "with-an-error-elsewhere"])
def test_the_preview_finds_a_files_warnings_again_when_its_storys_language_changes(
    project: Project, error_elsewhere: bool
) -> None:
    """A file's own warnings are found in its model, which its story's language sets too:
    French puts a narrow space inside quotation marks, which takes a title of 149
    characters over the limit. The preview kept the warnings of the unchanged event file,
    and said nothing until it was saved again."""
    from generator import pipeline
    from generator.speed import Fast

    title = '"Quoted" ' + "x" * 140
    assert len(title) == 149
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("title: First event", f"title: '{title}'"))
    if error_elsewhere:  # check's warnings known in spite of an error (lint.known_warnings)
        project.write(
            "content/story-a/locations/loc-a.yaml", "name: Place A\ncoordinates: [10, 20]\nodd: 1\n"
        )
    built = pipeline.Project("content", TEMPLATES, drafts=True)
    speed = Fast("content")

    def said() -> list[str]:
        try:
            found = pipeline.render(built, speed).warnings()
        except ContentError as exc:
            assert error_elsewhere, exc
            found = exc.warnings
        return [p.message for p in found if "characters" in p.message]

    assert said() == []
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "language: fr\n")
    assert said() == [
        "the title has 151 characters; a headline reads best in under 100 (a shared link shows "
        "about 60), so keep it under 150 and put the rest in 'summary'"
    ]
