"""``explainer check``: every problem or warning in text, json or github form, the verdict
line, ``--strict``; and nothing written."""

from __future__ import annotations

import json

import pytest

from generator.cli import main
from generator.commands.check import check_and_lint
from generator.errors import ContentError, UsageError
from tests.conftest import TEMPLATES, Project, checked, site_files

EVENT = "content/story-a/events/e1.yaml"


def test_check_exits_0_on_valid_content(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().err == "ok: 1 story, 1 event, no problems\n"
    assert not (project.root / "site").exists()


def test_the_last_line_says_how_many_events_are_taken_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # They are on no timeline any more; drafts are counted as the events they will be.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nremoved:\n  date: 2020-01-02\n  reason: Wrong.\n",
    )
    project.write(
        "content/story-a/events/e3.yaml",
        "title: Soon\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\ndraft: true\n",
    )
    assert main(["check"]) == 0
    assert capsys.readouterr().err == "ok: 1 story, 3 events (1 taken out), no problems\n"


def test_paths_are_reported_as_the_user_typed_them(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "name: x\n")
    assert main(["check", "--content", "./content/"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "./content/story-a/figures/fig-a.yaml:1:1: missing required key 'role' in figure (who they are, in one line)"
    )


def test_strict_turns_warnings_into_failure(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    assert main(["check", "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "failed: 1 story, 1 event, 1 warning"


def test_times_without_a_time_zone_get_a_note_that_strict_lets_pass(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The Atom feed reads them as UTC: said, but content that passed --strict still does.
    project.write("content/site.yaml", "title: Test site\nlanguage: fr-FR\n")
    event = project.root / EVENT
    event.write_text(event.read_text().replace("date: 2020-01-01", "date: 2020-01-01T13:00"))
    assert main(["check", "--strict"]) == 0
    line = next(n for n, text in enumerate(event.read_text().splitlines(), 1) if text.startswith("date:"))
    assert capsys.readouterr().err == (
        f"{EVENT}:{line}:7: note: this time has no UTC offset, and site.yaml gives no time_zone, so the "
        "Atom feed and the sitemap read such times as UTC; give the clock they are on in site.yaml: "
        "'time_zone: Europe/Paris'\nok: 1 story, 1 event, no problems\n"
    )
    assert main(["check", "--format", "github"]) == 0  # an annotation on the event's date line
    assert capsys.readouterr().out.startswith(f"::notice file={EVENT},line={line},col=7::this time has no")
    project.write("content/site.yaml", "title: Test site\nlanguage: fr-FR\ntime_zone: Europe/Paris\n")
    assert main(["check", "--strict"]) == 0
    assert capsys.readouterr().err == "ok: 1 story, 1 event, no problems\n"


def test_strict_lets_notes_pass_and_shows_them_in_every_format(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A note is a hint ('source:' left empty in a quote): shown, and counted as nothing.
    event = project.root / EVENT
    event.write_text(event.read_text() + "quotes:\n  - text: Stay.\n    by: Ann\n    source:\n")
    assert main(["check", "--strict"]) == 0
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith(f"{EVENT}:") and ": note: 'quotes[1].source' is empty" in said[0]
    assert said[1:] == ["ok: 1 story, 1 event, no problems"]
    assert main(["check", "--strict", "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith(f"::notice file={EVENT},")
    assert main(["check", "--strict", "--format", "json"]) == 0
    assert [p["severity"] for p in json.loads(capsys.readouterr().out)] == ["notice"]


def test_base_url_lets_the_lints_that_need_the_sites_address_warn(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workflow that gives the address on the command line only, as the Pages workflow
    does to the build: without --base-url, check could not tell a link by full address to
    a draft story (a 'page not found' for readers) from a link to another site."""
    base = "https://example.org/news/"
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-b/story.yaml", "title: Story B\nsummary: B.\npublished: 2020-01-02\ndraft: true\n"
    )
    project.write(
        "content/story-a/story.yaml",
        story.replace("What story A is about.", f"See [B]({base}story-b/)."),
    )
    assert main(["check", "--strict"]) == 0
    assert "leads to no page" not in capsys.readouterr().err
    assert main(["check", "--strict", "--base-url", base]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"content/story-a/story.yaml:2:18: warning: 'summary': the link to '{base}story-b/' leads to no "
        "page of the published site: story 'story-b' is a draft, left out until it is published"
    )
    assert err[-1] == "failed: 2 stories, 1 event, 1 warning"
    # It overrides site.yaml's, as for the build: the address the site is published at.
    project.write("content/site.yaml", "title: Test site\nbase_url: https://elsewhere.example/\n")
    assert main(["check", "--strict", "--base-url", base]) == 1
    assert main(["check", "--strict"]) == 0


@pytest.fixture
def mixed(project: Project) -> Project:
    """A project with one warning: a location with no coordinates."""
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    return project


def test_text_format(mixed: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "text"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, "
        "so it cannot be mapped; add them, or 'unmapped: true' if it has no position to give\n"
        "ok: 1 story, 1 event, 1 warning\n"
    )


def test_errors_end_with_how_many_there_are(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/events/e1.yaml", "title: A\ndate: 2020-02-31\n")
    assert main(["check"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and lines[-1] == "failed: 2 errors"  # the bad date, the missing summary


def test_errors_come_with_the_warnings_of_the_files_without_errors(
    mixed: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """One run tells both: the editor need not fix the errors to learn of the warnings."""
    mixed.write("content/story-a/events/e0.yaml", "title: Zero\ndate: 2019-12-32\nsummary: S.\n")
    assert main(["check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "content/story-a/events/e0.yaml:2:7: 'date' is not a valid date: December 2019 has no day 32",
        "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, so it "
        "cannot be mapped; add them, or 'unmapped: true' if it has no position to give",
        "failed: 1 error, 1 warning",
    ]
    assert main(["check", "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "failed: 1 error, 1 warning"
    assert main(["build", "--templates", TEMPLATES]) == 1  # build says them too, and builds nothing
    assert capsys.readouterr().err.splitlines()[-1] == "1 error, 1 warning; nothing was built or changed"
    assert not (mixed.root / "site").exists()


def test_json_format(mixed: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out) == [
        {
            "path": "content/story-a/locations/loc-a.yaml",
            "line": 1,
            "column": 7,
            "severity": "warning",
            "message": "location 'loc-a' has no coordinates, so it cannot be mapped; add them, or "
            "'unmapped: true' if it has no position to give",
        }
    ]


def test_github_format(mixed: Project, capsys: pytest.CaptureFixture[str]) -> None:
    mixed.write(EVENT, "title: x\ndate: 2020-02-30\nsummary: 100%, really\nsumary: y\n")
    assert main(["check", "--format", "github"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out == (
        f"::error file={EVENT},line=2,col=7::'date' is not a valid date: February 2020 has no day 30\n"
        f"::error file={EVENT},line=4,col=1::unknown key 'sumary' in event; like 'summary', given already on line 3: is one of the two left over?\n"
        "::warning file=content/story-a/locations/loc-a.yaml,line=1,col=7::location 'loc-a' has no coordinates, "
        "so it cannot be mapped; add them, or 'unmapped: true' if it has no position to give\n"
    )


def test_github_format_escapes_what_it_must(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/figures/fig,b.yaml", "name: x\n")
    assert main(["check", "--format", "github"]) == 1
    assert capsys.readouterr().out == (
        "::error file=content/story-a/figures/fig%2Cb.yaml,line=1,col=1::'fig,b' is not a valid figure id: "
        "use lowercase letters, digits and single hyphens; rename the file to 'fig-b.yaml'\n"
    )


# --- check and check_and_lint -------------------------------------------------------------


def test_check_gives_the_whole_site_drafts_included_and_writes_nothing(project: Project) -> None:
    project.write(
        "content/story-a/events/e2.yaml", "title: Not yet\ndate: 2020-02\nsummary: s\ndraft: true\n"
    )
    project.write("content/story-b/story.yaml", "title: B\nsummary: s\npublished: 2020-03-01\ndraft: true\n")
    before = site_files(project.root)
    site = checked("content")
    assert [(s.id, [e.id for e in s.events]) for s in site.stories] == [
        ("story-b", []),
        ("story-a", ["e1", "e2"]),
    ]
    assert site_files(project.root) == before
    assert sorted(p.name for p in project.root.iterdir()) == ["content"]


def test_check_raises_with_every_problem_and_refuses_a_missing_folder(project: Project) -> None:
    project.write(EVENT, "title: x\n")
    project.write("content/story-a/figures/fig-a.yaml", "name: x\n")
    with pytest.raises(ContentError) as caught:
        checked("content")
    assert [str(p) for p in caught.value.problems] == [
        f"{EVENT}:1:1: missing required key 'date' in event (when it happened)",
        f"{EVENT}:1:1: missing required key 'summary' in event (one or two short paragraphs)",
        "content/story-a/figures/fig-a.yaml:1:1: missing required key 'role' in figure (who they are, in one line)",
    ]
    with pytest.raises(UsageError) as refusal:
        checked("nowhere")
    assert (
        str(refusal.value)
        == "content folder 'nowhere' not found; start one with: explainer new site --title \"...\" --content nowhere"
    )


def test_drafts_are_linted_too(project: Project) -> None:
    # A draft is published one day: its warnings are worth seeing now.
    project.write(
        "content/story-a/events/e2.yaml", "title: Not yet\ndate: 2019-12\nsummary: s\ndraft: true\n"
    )
    site, warnings = check_and_lint(content="content")
    assert [e.id for e in site.stories[0].events] == ["e2", "e1"]
    assert [str(w) for w in warnings] == [
        "content/story-a/events/e2.yaml:1:8: warning: event 'e2' cites no source; add 'sources:'"
    ]


def test_check_prints_a_files_own_problem_before_the_references_it_breaks(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    figure = project.root / "content/story-a/figures/fig-a.yaml"
    text = figure.read_text()
    figure.unlink()
    project.write("content/story-a/figures/Fig A.yaml", text)
    assert main(["check"]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        "content/story-a/figures/Fig A.yaml:1:1: 'Fig A' is not a valid figure id: use lowercase "
        "letters, digits and single hyphens; rename the file to 'fig-a.yaml'",
        "content/story-a/events/e1.yaml:4:11: unknown figure 'fig-a' in 'figures[1]' "
        "(the figure file has errors, above)",
    ]
