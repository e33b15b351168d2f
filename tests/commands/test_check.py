"""``explainer check``: every problem or warning in text, json or github form, the verdict
line, ``--strict``; and nothing written."""

from __future__ import annotations

import json
import subprocess

import pytest

from generator.cli import main
from generator.commands.check import check, check_and_lint
from generator.errors import ContentError, UsageError
from tests.conftest import TEMPLATES, Project, git_identity, site_files

EVENT = "content/story-a/events/e1.yaml"


def test_check_exits_0_on_valid_content(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert capsys.readouterr().err == "ok: 1 story, 1 event, no problems\n"
    assert not (project.root / "site").exists()


def test_paths_are_reported_as_the_user_typed_them(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "name: x\n")
    assert main(["check", "--content", "./content/"]) == 1
    assert capsys.readouterr().err.splitlines()[0] == (
        "./content/story-a/figures/fig-a.yaml:1:1: missing required key 'role' in figure"
    )


def test_strict_turns_warnings_into_failure(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    assert main(["check", "--strict"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "failed: 1 story, 1 event, 1 warning"


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
    project.write("content/story-a/figures/fig,a.yaml", "name: x\n")
    assert main(["check", "--format", "github"]) == 1
    assert capsys.readouterr().out == (
        "::error file=content/story-a/figures/fig%2Ca.yaml,line=1,col=1::'fig,a' is not a valid figure id: "
        "use lowercase letters, digits and single hyphens, e.g. 'fig-a'\n"
    )


# --- check and check_and_lint -------------------------------------------------------------


def test_check_gives_the_whole_site_drafts_included_and_writes_nothing(project: Project) -> None:
    project.write(
        "content/story-a/events/e2.yaml", "title: Not yet\ndate: 2020-02\nsummary: s\ndraft: true\n"
    )
    project.write("content/story-b/story.yaml", "title: B\nsummary: s\npublished: 2020-03-01\ndraft: true\n")
    before = site_files(project.root)
    site = check(content="content")
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
        check(content="content")
    assert [str(p) for p in caught.value.problems] == [
        f"{EVENT}:1:1: missing required key 'date' in event",
        f"{EVENT}:1:1: missing required key 'summary' in event",
        "content/story-a/figures/fig-a.yaml:1:1: missing required key 'role' in figure",
    ]
    with pytest.raises(UsageError) as refusal:
        check(content="nowhere")
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
        "letters, digits and single hyphens, e.g. 'fig-a'",
        "content/story-a/events/e1.yaml:4:11: unknown figure 'fig-a' in 'figures[1]' "
        "(the figure file has errors, above)",
    ]


def committed(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The project's content committed in a new git repository, by a made-up editor."""
    git_identity(monkeypatch)
    for args in (["init", "-q", "-b", "main"], ["add", "content"], ["commit", "-q", "-m", "content"]):
        subprocess.run(["git", *args], cwd=project.root, check=True, capture_output=True)


def test_since_refuses_what_git_would_read_as_an_option(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--since=--output=x"]) == 2
    assert "--since wants a commit, not '--output=x'" in capsys.readouterr().err


def test_since_names_no_event_of_a_story_that_was_a_draft_already(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "draft: true\n")
    committed(project, monkeypatch)
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text() + "draft: true\n")
    capsys.readouterr()
    assert main(["check", "--strict", "--since", "HEAD"]) == 0  # the work tree, against HEAD
    assert "would disappear" not in capsys.readouterr().err
    story.write_text(story.read_text().replace("draft: true\n", ""))
    subprocess.run(["git", "commit", "-q", "-am", "out"], cwd=project.root, check=True, capture_output=True)
    story.write_text(story.read_text() + "draft: true\n")
    assert main(["check", "--strict", "--since", "HEAD"]) == 1
    err = capsys.readouterr().err
    assert "the story 'story-a' is now a draft ('draft: true') but was published" in err, err
    assert "the event 'e1'" not in err


@pytest.mark.parametrize(
    "draft",
    ["draft: True\n", "draft: TRUE  # not yet\n", "crlf"],
    ids=["True", "TRUE", "CR LF"],
)
def test_since_knows_a_draft_written_as_the_build_reads_it(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, draft: str
) -> None:
    # An event that was a draft already and still is takes nothing away; read by a
    # pattern of its own, 'draft: True' or a Windows editor's line ends made it 'now a
    # draft but was published' on every push, which the Pages workflow refuses.
    event = project.root / "content/story-a/events/e1.yaml"
    text = event.read_text()
    if draft == "crlf":
        event.write_bytes((text + "draft: true\n").replace("\n", "\r\n").encode())
    else:
        event.write_text(text + draft)
    committed(project, monkeypatch)
    capsys.readouterr()
    assert main(["check", "--since", "HEAD"]) == 0
    assert "would disappear" not in capsys.readouterr().err


def test_since_lets_a_draft_never_published_be_deleted(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A draft event, or a draft story, abandoned and deleted had no page to take away:
    # told 'its page would disappear', the Pages workflow refused the push.
    event = project.root / "content/story-a/events/e1.yaml"
    project.write("content/story-a/events/e9.yaml", event.read_text() + "draft: true\n")
    project.write(
        "content/story-b/story.yaml", "title: B\nsummary: A draft.\npublished: 2010-01-01\ndraft: true\n"
    )
    committed(project, monkeypatch)
    (project.root / "content/story-a/events/e9.yaml").unlink()
    (project.root / "content/story-b/story.yaml").unlink()
    capsys.readouterr()
    assert main(["check", "--since", "HEAD"]) == 0
    err = capsys.readouterr().err
    assert "would disappear" not in err, err
    # The published event deleted beside them is still told.
    event.unlink()
    main(["check", "--since", "HEAD"])
    assert "the event file e1.yaml was deleted" in capsys.readouterr().err


def test_since_lets_what_only_a_draft_named_be_deleted_with_it(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A draft given a new figure and place of its own, abandoned: the figure's and the
    # place's pages were never published (only drafts named them), so deleting their files
    # with the draft takes nothing away. A figure a published event names is still told.
    project.write("content/story-a/figures/new-face.yaml", "name: New Face\nrole: r\n")
    project.write("content/story-a/locations/new-place.yaml", "name: New Place\nunmapped: true\n")
    project.write(
        "content/story-a/events/e9.yaml",
        "title: Draft\ndate: 2020-01-05\nsummary: s\nfigures: [new-face]\nlocations: [new-place]\n"
        "quotes:\n  - {text: Words, by: new-face}\ndraft: true\n",
    )
    committed(project, monkeypatch)
    for rel in ("events/e9.yaml", "figures/new-face.yaml", "locations/new-place.yaml"):
        (project.root / "content/story-a" / rel).unlink()
    capsys.readouterr()
    assert main(["check", "--since", "HEAD"]) == 0
    err = capsys.readouterr().err
    assert "would disappear" not in err, err
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text().replace("figures: [fig-a]\n", ""))
    (project.root / "content/story-a/figures/fig-a.yaml").unlink()
    main(["check", "--since", "HEAD"])
    assert "the figure file fig-a.yaml was deleted" in capsys.readouterr().err


def git_commit(project: Project, message: str, *args: str) -> None:
    """Stage everything under content/ (deletions too) and commit it with ``message``."""
    for command in (["add", "-A", "content"], ["commit", "-q", "-m", message, *args]):
        subprocess.run(["git", *command], cwd=project.root, check=True, capture_output=True)


def test_since_an_allowance_lets_go_only_what_its_own_commit_took_away(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written in one commit's message, '[allow broken links]' let every page of the push
    # go, those other commits took away with it, without a word.
    e1 = project.root / "content/story-a/events/e1.yaml"
    project.write("content/story-a/events/e2.yaml", e1.read_text().replace("2020-01-01", "2020-01-02"))
    project.write("content/story-a/events/e3.yaml", e1.read_text().replace("2020-01-01", "2020-01-03"))
    project.write("content/story-a/events/e4.yaml", e1.read_text().replace("2020-01-01", "2020-01-04"))
    committed(project, monkeypatch)
    e1.unlink()
    e3 = project.root / "content/story-a/events/e3.yaml"
    e3.write_text(e3.read_text() + "draft: true\n")
    git_commit(project, "Take out the duplicates\n\nThey were told twice. [Allow Broken Links]")
    (project.root / "content/story-a/events/e2.yaml").unlink()
    e4 = project.root / "content/story-a/events/e4.yaml"
    e4.write_text(e4.read_text() + "draft: true\n")
    git_commit(project, "A typo")
    capsys.readouterr()
    assert main(["check", "--strict", "--since", "HEAD~2"]) == 1
    err = capsys.readouterr().err
    assert "the event file e2.yaml was deleted" in err, err
    assert "the event 'e4' is now a draft" in err, err
    assert "e1.yaml" not in err and "'e3'" not in err, err
    assert "a commit message since" in err and "says [allow broken links]" in err
    assert "write [allow broken links] in the message of the commit that does it" in err


def test_since_an_allowance_in_a_merge_lets_go_what_the_merge_brought(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pull request merged with the allowance in the merge's message: its deletions came
    # in with the merge, though a commit of the branch made them.
    committed(project, monkeypatch)
    subprocess.run(["git", "checkout", "-q", "-b", "tidy"], cwd=project.root, check=True)
    (project.root / "content/story-a/events/e1.yaml").unlink()
    git_commit(project, "Delete the first event")
    subprocess.run(["git", "checkout", "-q", "main"], cwd=project.root, check=True)
    subprocess.run(
        ["git", "merge", "-q", "--no-ff", "-m", "Merge tidy [allow broken links]", "tidy"],
        cwd=project.root,
        check=True,
        capture_output=True,
    )
    capsys.readouterr()
    assert main(["check", "--since", "HEAD^1"]) == 0
    assert "would disappear" not in capsys.readouterr().err


def test_since_a_deletion_committed_without_the_allowance_can_be_let_go_again(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # README's way out for a push already refused: the file put back in one commit, then
    # deleted again in one that says the allowance.
    committed(project, monkeypatch)
    e1 = project.root / "content/story-a/events/e1.yaml"
    text = e1.read_text()
    e1.unlink()
    git_commit(project, "Delete the first event")
    e1.write_text(text)
    git_commit(project, "Put it back")
    capsys.readouterr()
    e1.unlink()
    git_commit(project, "Delete it, on purpose [allow broken links]")
    assert main(["check", "--since", "HEAD~3"]) == 0
    assert "would disappear" not in capsys.readouterr().err
