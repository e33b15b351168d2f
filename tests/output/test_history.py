"""``explainer check --since COMMIT`` (``output/history.py``): the content files a change
since that commit deletes or renames, and the drafts it makes, read from a real git
repository; what a commit's allowance lets go."""

from __future__ import annotations

import subprocess

import pytest

from generator.cli import main
from tests.conftest import Project, git_identity

EVENT = "content/story-a/events/e1.yaml"


def git_commit(project: Project, message: str, *args: str) -> None:
    """Stage everything under content/ (deletions too) and commit it with ``message``."""
    for command in (["add", "-A", "content"], ["commit", "-q", "-m", message, *args]):
        subprocess.run(["git", *command], cwd=project.root, check=True, capture_output=True)


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


def test_since_says_how_many_commits_gave_the_allowance(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # _allowed_note's other wording, for more than one commit: each deletion let go by its own.
    e1 = project.root / "content/story-a/events/e1.yaml"
    project.write("content/story-a/events/e2.yaml", e1.read_text().replace("2020-01-01", "2020-01-02"))
    committed(project, monkeypatch)
    e1.unlink()
    git_commit(project, "Take out the first [allow broken links]")
    (project.root / "content/story-a/events/e2.yaml").unlink()
    git_commit(project, "And the second [allow broken links]")
    capsys.readouterr()
    assert main(["check", "--since", "HEAD~2"]) == 0
    err = capsys.readouterr().err
    assert (
        "2 commit messages since" in err and "say [allow broken links]: the pages of the files those" in err
    )
    assert "would disappear" not in err
