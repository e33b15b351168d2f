"""Loading the content folder: its layout, story folders and site.yaml or story.yaml missing or
misspelt, media names that are one file, folders and files that cannot be opened."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.check import check_and_lint
from generator.content import files
from generator.errors import ContentError
from generator.switch import SPEED_SWITCH
from tests.conftest import Project, checked
from tests.images import tiny_png


def test_the_minimal_project_is_valid(project: Project) -> None:
    assert project.problems() == []


def test_other_files_are_ignored(project: Project) -> None:
    project.write("content/README.md", "notes")
    project.write("content/story-a/events/notes.txt", "notes")
    project.write("content/story-a/.DS_Store", b"\x00\x01")
    assert project.problems() == []


def test_a_qt_editors_save_in_progress_is_read_by_nothing_and_said_nothing_of(project: Project) -> None:
    # Kate and other KDE editors (Qt's QSaveFile) write 'e1.yaml.bKqZwe' beside the file and
    # rename it onto it: a build that lists the folder mid-save reads no second event from
    # it (its name does not end in .yaml) and says nothing of it (``files.QT_SAVING``).
    for name in ("events/e1.yaml.bKqZwe", "events/e2.yaml.ab12Cd", "story.yaml.QxWzRt"):
        project.write(f"content/story-a/{name}", "title: Half written\ndate: 2020-01-01\n")
    project.write("content/site.yaml.AbCdEf", "title: Half written\n")
    site, warnings = check_and_lint(content="content")
    assert [w for w in warnings if "Half written" in str(w) or ".yaml." in str(w)] == []
    assert [e.id for e in site.stories[0].events] == ["e1"]


def test_unknown_story_folders_are_errors_with_a_suggestion(project: Project) -> None:
    project.write("content/story-a/event/e2.yaml", "title: x\n")
    assert project.problems() == [
        "content/story-a/event:1:1: unknown folder 'event' in a story; did you mean 'events'? "
        "(a story holds events/, figures/, locations/ and media/)"
    ]


def test_folders_inside_collections_are_errors(project: Project) -> None:
    project.write("content/story-a/events/april/e2.yaml", "title: x\n")
    assert project.problems() == [
        "content/story-a/events/april:1:1: folders are not allowed inside events/; "
        "move the files up one level"
    ]


def test_a_projects_folder_given_for_its_content_says_where_the_content_is(project: Project) -> None:
    with pytest.raises(ContentError) as caught:
        checked(".")
    assert [str(p) for p in caught.value.problems] == [
        ".:1:1: this is a project's folder; its content folder is 'content' (--content content)"
    ]


def test_missing_site_yaml(project: Project) -> None:
    project.remove("content/site.yaml")
    assert project.problems() == [
        "content/site.yaml:1:1: missing site.yaml: every content folder needs one, with at least 'title:'; "
        'write one with: explainer new site --title "Site title"'
    ]


def test_the_command_that_writes_a_missing_site_yaml_names_the_content_folder(tmp_path: Path) -> None:
    # The command given works as written, from where check was run: for another content
    # folder, it names it (quoted for the shell).
    folder = tmp_path / "my content"
    (folder / "story-a").mkdir(parents=True)
    (folder / "story-a/story.yaml").write_text("title: A\nsummary: S\npublished: 2010-08-05\n")
    with pytest.raises(ContentError) as raised:
        checked(str(folder))
    message = raised.value.problems[0].message
    command = message.split("write one with: ")[1]
    assert command == f"explainer new site --title \"Site title\" --content '{folder}'"
    assert main(shlex.split(command)[1:]) == 0
    assert '\ntitle: "Site title"\n' in (folder / "site.yaml").read_text()
    checked(str(folder))  # and the content checks now


@pytest.mark.parametrize("name", ["Story.yaml", "STORY.YAML", "story.yml", "story.yaml.txt"])
def test_a_misspelt_story_yaml_is_named_in_the_missing_message(project: Project, name: str) -> None:
    # Told at the misspelt file, which an editor or a pull request's annotation can open.
    project.write(f"content/story-b/{name}", "title: x\n")
    assert project.problems() == [
        f"content/story-b/{name}:1:1: missing story.yaml in story folder; found '{name}': "
        "rename it to 'story.yaml'"
    ]


def test_a_misspelt_story_yaml_beside_the_real_one_is_told_to_merge(project: Project) -> None:
    project.write("content/story-a/Story.yaml", "title: x\n")
    assert project.problems() == [
        "content/story-a/Story.yaml:1:1: 'story.yaml' exists beside it: merge the two files and delete this one"
    ]


def test_a_misspelt_site_yaml_is_named_in_the_missing_message(project: Project) -> None:
    (project.root / "content/site.yaml").rename(project.root / "content/Site.YAML")
    assert project.problems() == [
        "content/Site.YAML:1:1: missing site.yaml: every content folder needs one, with at least "
        "'title:'; found 'Site.YAML': rename it to 'site.yaml'"
    ]


def test_a_site_yaml_moved_into_a_story_folder_is_named(project: Project) -> None:
    (project.root / "content/site.yaml").rename(project.root / "content/story-a/site.yaml")
    assert project.problems() == [
        "content/site.yaml:1:1: missing site.yaml: every content folder needs one, with at least "
        "'title:'; found 'story-a/site.yaml': move it up into the content folder"
    ]


def test_a_copy_of_site_yaml_in_a_story_folder_is_a_warning_that_it_is_not_read(project: Project) -> None:
    # Editing the copy would change nothing; a project with one built, and keeps building.
    project.write("content/story-a/site.yaml", "title: Another title\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings] == [
        "content/story-a/site.yaml:1:1: warning: not read: the site's settings are read from the "
        "content folder's site.yaml only; move what you changed into that one and delete this copy"
    ]


@pytest.mark.parametrize("name", ["story.yaml", "Story.yaml"])
def test_a_story_folder_given_for_the_content_folder_says_so_in_one_line(project: Project, name: str) -> None:
    (project.root / "content/story-a/story.yaml").rename(project.root / "content/story-a" / name)
    with pytest.raises(ContentError) as caught:
        checked("content/story-a")
    assert [str(p) for p in caught.value.problems] == [
        "content/story-a:1:1: this is a story folder (it has story.yaml); give the content folder "
        "that holds it: --content content"
    ]


def test_a_story_folder_with_nothing_in_it_yet_is_left_out_with_a_warning(project: Project) -> None:
    # 'mkdir content/story-b' (and its events/) while the preview runs, before any file:
    # the other stories build; hidden and private files are nothing to lose either.
    (project.root / "content/story-b/events").mkdir(parents=True)
    project.write("content/story-b/.DS_Store", "")
    project.write("content/story-b/_notes/plan.md", "to do")
    site, warnings = check_and_lint(content="content")
    assert [s.id for s in site.stories] == ["story-a"]
    assert [str(w) for w in warnings] == [
        "content/story-b:1:1: warning: this story folder has nothing to read yet (no story.yaml): it is "
        'left out until it has one; write it with: explainer new story story-b --title "..."'
    ]
    # Told as well while other content has errors.
    project.write("content/story-a/events/e1.yaml", "title: T\n")
    with pytest.raises(ContentError) as caught:
        checked("content")
    assert "content/story-b:1:1: warning: this story folder has nothing to read yet" in " ".join(
        str(w) for w in caught.value.warnings
    )


def test_a_story_folder_of_empty_folders_too_deep_to_look_through_is_a_folder_without_story_yaml(
    project: Project,
) -> None:
    # Content is untrusted: looking through a tree of empty folders must end, deep or wide.
    deepest = os.path.join("content/story-b", *["a"] * 600)  # deep enough for recursion to fail
    os.makedirs(deepest)
    try:
        assert project.problems() == [
            "content/story-b/a:1:1: unknown folder 'a' in a story (a story holds events/, figures/, "
            "locations/ and media/)",
            "content/story-b/story.yaml:1:1: missing story.yaml in story folder; write one with: "
            'explainer new story story-b --title "..."',
        ]
    finally:  # removed one by one, so that no recursive removal trips over it later
        while deepest != "content":
            os.rmdir(deepest)
            deepest = os.path.dirname(deepest)


def test_missing_story_yaml(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-b/events/e.yaml", "title: x\ndate: 2010\nsummary: s\n")
    assert project.problems() == [
        "content/story-b/story.yaml:1:1: missing story.yaml in story folder; write one with: "
        'explainer new story story-b --title "..."'
    ]
    # The command given does that, in the folder as it is.
    assert main(["new", "story", "story-b", "--title", "Story B"]) == 0
    assert (project.root / "content/story-b/events/e.yaml").exists()
    assert "missing story.yaml" not in " ".join(project.problems())
    # From inside the content folder, the command names it as '.' (it was --content '').
    project.write("content/story-c/events/e.yaml", "title: x\ndate: 2010\nsummary: s\n")
    os.chdir("content")
    assert main(["check", "--content", "."]) == 1
    assert 'write one with: explainer new story story-c --title "..." --content .' in capsys.readouterr().err


def test_problems_from_many_files_come_in_one_run(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", "title: x\n")
    project.write("content/story-a/figures/f2.yaml", "name: x\n")
    project.write("content/story-a/locations/l2.yaml", "kind: city\n")
    assert len(project.problems()) == 4  # e2 lacks date and summary; f2 role; l2 name


def test_media_names_differing_only_in_case_collide(project: Project) -> None:
    project.write("content/story-a/media/Photo.gif", b"GIF89a")
    project.write("content/story-a/media/photo.gif", b"GIF89a")
    assert project.problems() == [
        "content/story-a/media/photo.gif:1:1: 'media/photo.gif' and 'media/Photo.gif' differ only in "
        "upper and lower case, so they are one file on Windows and macOS; rename one",
    ]


def test_media_names_composed_differently_collide(project: Project) -> None:
    # 'café' with its 'é' as one character (NFC) and as an 'e' and an accent (NFD, as
    # macOS wrote names): two files here, one on macOS, and both were published.
    project.write("content/story-a/media/cafe\u0301.gif", b"GIF89a")
    project.write("content/story-a/media/caf\u00e9.gif", b"GIF89a")
    assert project.problems() == [
        "content/story-a/media/caf\u00e9.gif:1:1: 'media/caf\u00e9.gif' and 'media/cafe\u0301.gif' are the same "
        "letters, composed differently (an 'é' as one character or as an 'e' and its accent), so they are "
        "one file on macOS; rename one",
    ]
    project.remove("content/story-a/media/caf\u00e9.gif")
    project.write("content/story-a/media/CAF\u00c9.gif", b"GIF89a")  # composed, and in capitals
    [said] = project.problems()
    assert said.endswith(
        "differ in upper and lower case and in how their letters are composed (an 'é' as one character or "
        "as an 'e' and its accent), so they are one file on macOS; rename one"
    )


def event_with_a_picture(project: Project) -> None:
    """The minimal project's event showing media/p.png, a picture of the story."""
    project.write("content/story-a/media/p.png", tiny_png())
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: x\nsources: [src-a]\nimage:\n  src: media/p.png\n"
        "  alt: A\n  credit: B\n",
    )


@pytest.mark.parametrize(
    ("folder", "also"),
    [
        ("content/story-a/events", []),
        ("content/story-a", []),  # not also 'missing story.yaml'
        ("content", []),  # nor 'missing site.yaml'
        # The media folder read as empty: each picture in it was 'no such file', alone.
        (
            "content/story-a/media",
            ["content/story-a/events/e1.yaml:6:8: 'image.src': no file 'media/p.png' in this story"],
        ),
    ],
)
def test_a_folder_that_cannot_be_opened_is_said_to_be_so(
    project: Project, monkeypatch: pytest.MonkeyPatch, folder: str, also: list[str]
) -> None:
    # As a folder copied from another user's account, with its permissions, is; the
    # tests run as root in places, who may open anything, so the system's answer is made.
    event_with_a_picture(project)
    scandir = os.scandir

    def refused(path: str) -> object:
        if os.path.normpath(path) == folder:
            raise PermissionError(13, "Permission denied", path)
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refused)
    said = f"{folder}:1:1: this folder cannot be read (Permission denied); {files.LET_READ}"
    assert project.problems() == sorted([said, *also])


def test_a_file_that_cannot_be_opened_says_what_to_do(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run as root, the tests may open any file: the system's answer to another user is made.
    event_with_a_picture(project)
    opener = os.open

    def refused(path: str, *args: object, **kwargs: object) -> int:
        if str(path).endswith(("p.png", "fig-a.yaml")):
            raise PermissionError(13, "Permission denied", path)
        return opener(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refused)
    monkeypatch.setenv(SPEED_SWITCH, "off")  # no picture remembered from another test
    assert project.problems() == [
        "content/story-a/events/e1.yaml:6:8: 'image.src': 'media/p.png' cannot be read (Permission denied); "
        f"{files.LET_READ}",
        f"content/story-a/figures/fig-a.yaml:1:1: cannot read file: Permission denied; {files.LET_READ}",
    ]


def test_a_garbled_media_file_name_is_a_warning_and_the_file_still_published(project: Project) -> None:
    # An en dash decoded wrongly (as unzipping may): 'â\x80\x93', whose C1 control built before.
    name = "report \u00e2\u0080\u0093 final.png"
    project.write(f"content/story-a/media/{name}", tiny_png())
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    shown = f"content/story-a/media/{name}".encode("unicode_escape").decode("ascii")
    assert [str(w) for w in warnings] == [
        f"{shown}:1:1: warning: this media file name looks garbled (a name decoded wrongly, as in "
        "unzipping); rename it"
    ]
