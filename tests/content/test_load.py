"""File-level rules: layout, ids, encodings, empty files."""

from __future__ import annotations

import errno
import os
import shlex
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.check import check, check_and_lint
from generator.content import files
from generator.content.load import Kind, collection_file_id, collection_files, load_content
from generator.errors import ContentError, Problem
from tests.conftest import Project
from tests.images import tiny_png


def test_the_minimal_project_is_valid(project: Project) -> None:
    assert project.problems() == []


def test_bad_ids_name_the_file_and_suggest_one(project: Project) -> None:
    project.write("content/story-a/events/Bad_Event.yaml", "title: x\n")
    project.write("content/Story B/story.yaml", "title: x\n")
    assert project.problems() == [
        "content/Story B:1:1: 'Story B' is not a valid story id: use lowercase letters, "
        "digits and single hyphens, e.g. 'story-b'",
        "content/story-a/events/Bad_Event.yaml:1:1: 'Bad_Event' is not a valid event id: use "
        "lowercase letters, digits and single hyphens, e.g. 'bad-event'",
    ]


def test_a_name_to_change_in_case_only_is_told_to_use_git_mv(project: Project) -> None:
    # Renamed on a Mac or on Windows, '2010-04-07-strike.yaml' builds there; git sees no
    # change, and the build of the repository (a pull request's check) fails as before.
    project.write("content/story-a/events/2010-04-07-Strike.yaml", "title: x\n")
    project.write("content/Story-B/story.yaml", "title: x\n")
    assert project.problems() == [
        "content/Story-B:1:1: 'Story-B' is not a valid story id: use lowercase letters, digits and single "
        "hyphens, e.g. 'story-b'; rename it with 'git mv' (on a Mac or on Windows, git does not see a "
        "change of upper and lower case alone, and the old name would stay in the repository)",
        "content/story-a/events/2010-04-07-Strike.yaml:1:1: '2010-04-07-Strike' is not a valid event id: "
        "use lowercase letters, digits and single hyphens, e.g. '2010-04-07-strike'; rename it with 'git mv' "
        "(on a Mac or on Windows, git does not see a change of upper and lower case alone, and the old name "
        "would stay in the repository)",
    ]


def test_a_name_whose_id_is_taken_beside_it_is_told_to_merge_not_rename(project: Project) -> None:
    # 'E1.yaml' beside 'e1.yaml' was told to rename it to 'e1' with 'git mv': over the other file.
    project.write("content/story-a/events/E1.yaml", "title: x\n")
    project.write("content/story-a/events/e 1.yaml", "title: x\n")
    project.write("content/story-a/events/e-1.yaml", "title: x\ndate: 2020-01-01\nsummary: S.\n")
    project.write("content/Story-A/story.yaml", "title: x\n")
    assert project.problems() == [
        "content/Story-A:1:1: 'Story-A' is not a valid story id: use lowercase letters, digits and single "
        "hyphens, e.g. 'story-a'; 'story-a' exists beside it: merge the two folders and delete this one",
        "content/story-a/events/E1.yaml:1:1: 'E1' is not a valid event id: use lowercase letters, digits and "
        "single hyphens, e.g. 'e1'; 'e1.yaml' exists beside it: merge the two files and delete this one",
        "content/story-a/events/e 1.yaml:1:1: 'e 1' is not a valid event id: use lowercase letters, digits "
        "and single hyphens, e.g. 'e-1'; 'e-1.yaml' exists beside it: merge the two files and delete this one",
    ]


@pytest.mark.parametrize(
    ("name", "how"),
    [
        (
            "e1 (Ann's conflicted copy 2026-12-01)",
            "as Dropbox names the copy it keeps when two computers change a file at once",
        ),
        ("e1 (1)", "as a browser or Google Drive names a file downloaded again"),
        ("e1 - Copy", "as Windows names a copy"),
        ("e1 copy 2", "as macOS names a duplicate"),
        ("Copy of e1", "as Google Drive names a copy made with 'Make a copy'"),
    ],
)
def test_another_programs_copy_of_a_content_file_is_told_so(project: Project, name: str, how: str) -> None:
    # It was told its name is no id, with one made of the copy's name: 'e1-1', 'e1-copy-2'.
    project.write(f"content/story-a/events/{name}.yaml", "title: x\n")
    project.write(f"content/story-a/figures/{name.replace('e1', 'fig-b')}.yaml", "name: B\nrole: x\n")
    project.write(f"content/story-a/{name.replace('e1', 'story')}.yaml", "title: x\n")
    # In the content folder, site.yaml's copy alone: another file is not read there by any name.
    project.write(f"content/{name.replace('e1', 'site')}.yaml", "title: x\n")
    project.write(f"content/{name}.yaml", "title: x\n")
    # A copy of a file that is not read either is passed over as before (it was told to
    # be renamed 'notes.yaml', and would still not be read).
    project.write(f"content/story-a/{name.replace('e1', 'notes')}.yaml", "x: 1\n")
    assert project.problems() == [
        f"content/story-a/events/{name}.yaml:1:1: this is a copy of 'e1.yaml', named {how}: merge what it "
        "changed into 'e1.yaml' and delete this copy",
        f"content/story-a/figures/{name.replace('e1', 'fig-b')}.yaml:1:1: this is named {how}: rename it to "
        "'fig-b.yaml'",
    ]
    project.remove(f"content/story-a/events/{name}.yaml")
    project.remove(f"content/story-a/figures/{name.replace('e1', 'fig-b')}.yaml")
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings) == [
        f"content/{name.replace('e1', 'site')}.yaml:1:1: warning: not read: this is a copy of "
        f"'site.yaml', named {how}: merge what it changed into 'site.yaml' and delete this copy",
        f"content/story-a/{name.replace('e1', 'story')}.yaml:1:1: warning: not read: this is a copy of "
        f"'story.yaml', named {how}: merge what it changed into 'story.yaml' and delete this copy",
    ]


def test_double_hyphens_are_not_valid_ids(project: Project) -> None:
    project.write("content/story-a/figures/a--b.yaml", "name: x\nrole: y\n")
    assert project.problems() == [
        "content/story-a/figures/a--b.yaml:1:1: 'a--b' is not a valid figure id: use "
        "lowercase letters, digits and single hyphens, e.g. 'a-b'",
    ]


def test_yml_files_are_errors_that_say_so(project: Project) -> None:
    project.write("content/story-a/events/e2.yml", "title: x\n")
    assert project.problems() == [
        "content/story-a/events/e2.yml:1:1: rename to 'e2.yaml': content files end in .yaml"
    ]


def test_a_yml_file_beside_its_yaml_file_is_not_told_to_overwrite_it(project: Project) -> None:
    project.write("content/story-a/events/e1.yml", "title: x\n")
    project.write("content/story-a/story.yml", "title: x\n")
    assert project.problems() == [
        "content/story-a/events/e1.yml:1:1: 'e1.yaml' exists beside it: merge the two files "
        "and delete this one",
        "content/story-a/story.yml:1:1: 'story.yaml' exists beside it: merge the two files "
        "and delete this one",
    ]


@pytest.mark.parametrize(
    "name",
    [
        *("e2.YAML", "e2.Yaml", "e2.YML", "e2.Yml", "e2.yaml.txt", "e2.yml.TXT", "e2.yaml ", "e2.yaml\u00a0"),
        "E2.YAML",  # the name it is told is an id too: 'E2.yaml' would be refused next
    ],
)
def test_a_content_file_not_ending_exactly_in_yaml_is_reported_not_dropped(
    project: Project, name: str
) -> None:
    # A warning: such a file was passed over without a word before, and a project with one
    # built, and keeps building ('.yml' was an error already: above).
    project.write(f"content/story-a/events/{name}", "title: x\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert str(warnings[0]) == (
        f"content/story-a/events/{name}:1:1: warning: not read: rename to 'e2.yaml': content files end in .yaml"
    )


def test_hidden_and_backup_files_stay_ignored_whatever_their_ending(project: Project) -> None:
    for name in (".e2.YAML", "_e2.yaml.txt", "e2.YAML~", "~e2.yml", "#e2.Yaml#"):
        project.write(f"content/story-a/events/{name}", "title: x\n")
    assert project.problems() == []


@pytest.mark.parametrize(
    ("name", "file_id"),
    [
        ("e2.yaml", "e2"),
        ("Bad id.yaml", "Bad id"),  # a content file still: loading refuses its id
        (".e2.yaml", None),
        ("_e2.yaml", None),
        ("~e2.yaml", None),
        ("e2.yaml~", None),
        ("#e2.yaml#", None),
        ("e2.yml", None),
        ("e2.YAML", None),
        ("e2.yaml.orig", None),
        ("e2.yaml.txt", None),
        ("yaml", None),
    ],
)
def test_which_names_in_a_collection_are_content_files(name: str, file_id: str | None) -> None:
    assert collection_file_id(name) == file_id


def test_the_files_a_collection_is_said_to_hold_are_those_loading_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    events = tmp_path / "content" / "s" / "events"
    events.mkdir(parents=True)
    (tmp_path / "content" / "s" / "story.yaml").write_text("title: S\n")
    names = (
        "a.yaml",
        ".b.yaml",
        "_c.yaml",
        "~d.yaml",
        "e.yaml~",
        "#f.yaml#",
        "g.yml",
        "H.YAML",
        "i.yaml.rej",
    )
    for name in names:
        (events / name).write_text("title: x\n")
    (events / "folder.yaml").mkdir()
    (events / "to-a-folder.yaml").symlink_to("folder.yaml")
    (events / "linked.yaml").symlink_to("a.yaml")
    assert collection_files("content/s", Kind.EVENT) == ["a.yaml", "linked.yaml"]
    assert collection_files("content/s", Kind.EVENT, regular_only=True) == ["a.yaml"]
    assert collection_files("content/s", Kind.FIGURE) == []  # no figures/ at all
    problems: list[Problem] = []
    (story,) = load_content("content", problems).stories
    assert sorted(story.files[Kind.EVENT]) == ["a", "linked"]


def test_other_files_are_ignored(project: Project) -> None:
    project.write("content/README.md", "notes")
    project.write("content/story-a/events/notes.txt", "notes")
    project.write("content/story-a/.DS_Store", b"\x00\x01")
    assert project.problems() == []


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


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_of_windows_and_old_macs_are_read_and_placed(project: Project, newline: str) -> None:
    text = "name: Fig A\nrole: x\nborn: soon\n".replace("\n", newline)
    project.write("content/story-a/figures/fig-a.yaml", text.encode())
    assert [p.split(": ", 1)[0] for p in project.problems()] == ["content/story-a/figures/fig-a.yaml:3:1"]


def test_empty_files_are_errors(project: Project) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "")
    project.write("content/story-a/locations/loc-a.yaml", "# only a comment\n")
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:1: file is empty; expected 'key: value' lines",
        "content/story-a/locations/loc-a.yaml:1:1: file has only comments (lines starting with '#'), "
        "which YAML skips; expected 'key: value' lines: remove the '#' in front of the lines to keep",
    ]


def test_a_file_that_is_not_a_mapping_is_an_error(project: Project) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "- name: x\n")
    project.write("content/story-a/locations/loc-a.yaml", "just text\n")
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:1: expected 'key: value' lines, got a list",
        "content/story-a/locations/loc-a.yaml:1:1: expected 'key: value' lines, got a single value",
    ]


def test_a_projects_folder_given_for_its_content_says_where_the_content_is(project: Project) -> None:
    with pytest.raises(ContentError) as caught:
        check(content=".")
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
        check(content=str(folder))
    message = raised.value.problems[0].message
    command = message.split("write one with: ")[1]
    assert command == f"explainer new site --title \"Site title\" --content '{folder}'"
    assert main(shlex.split(command)[1:]) == 0
    assert '\ntitle: "Site title"\n' in (folder / "site.yaml").read_text()
    check(content=str(folder))  # and the content checks now


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


def test_an_event_figure_or_place_saved_beside_story_yaml_is_a_warning_saying_where_it_goes(
    project: Project,
) -> None:
    # It was passed over without a word: the event was simply missing from the story.
    project.write("content/story-a/2021-03-28-plans.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    project.write("content/story-a/ann-lee.yaml", "name: Ann Lee\nrole: A witness\n")
    project.write("content/story-a/port.yaml", "name: The port\ncoordinates: [10, 20]\n")
    project.write("content/story-a/e1.yaml", "title: Event 1\ndate: 2010-04-07\nsummary: S.\n")
    project.write("content/story-a/notes.yaml", "title: Call the port\nwho: Ann\n")  # notes stay ignored
    project.write("content/story-a/broken.yaml", "title: [x\n")
    # A model kept on purpose, named as the warning says: passed over.
    project.write("content/story-a/_template.yaml", "title: Title\ndate: 2021-01-01\nsummary: S.\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    keep = " (or, to keep it here unread, as a model to copy, start its name with '_')"
    assert sorted(str(w) for w in warnings) == [
        "content/story-a/2021-03-28-plans.yaml:1:1: warning: not read: this is an event, and a story "
        f"reads them from events/ only; move it there{keep}",
        "content/story-a/ann-lee.yaml:1:1: warning: not read: this is a figure, and a story reads them "
        f"from figures/ only; move it there{keep}",
        "content/story-a/e1.yaml:1:1: warning: not read: this is an event, and a story reads them from "
        "events/ only; events/e1.yaml is there already: merge what this copy changed into it and "
        f"delete this one{keep}",
        "content/story-a/port.yaml:1:1: warning: not read: this is a place, and a story reads them from "
        f"locations/ only; move it there{keep}",
    ]


def test_a_story_yaml_event_figure_or_place_saved_beside_site_yaml_is_a_warning_saying_where_it_goes(
    project: Project,
) -> None:
    # Only site.yaml is read there: the event (or the whole story) was missing without a word.
    project.write("content/2021-03-28-plans.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    project.write("content/ann-lee.yaml", "name: Ann Lee\nrole: A witness\n")
    project.write("content/port.yaml", "name: The port\ncoordinates: [10, 20]\n")
    project.write("content/story.yaml", "title: A story\nsummary: S.\npublished: 2021-03-01\n")
    project.write("content/notes.yaml", "title: Call the port\nwho: Ann\n")  # notes stay ignored
    project.write("content/broken.yaml", "title: [x\n")
    project.write("content/_template.yaml", "title: Title\ndate: 2021-01-01\nsummary: S.\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    keep = " (or, to keep it here unread, as a model to copy, start its name with '_')"
    assert sorted(str(w) for w in warnings) == [
        "content/2021-03-28-plans.yaml:1:1: warning: not read: this is an event, and only a story reads "
        f"them, from its events/ folder; move it into story-a/events/{keep}",
        "content/ann-lee.yaml:1:1: warning: not read: this is a figure, and only a story reads them, from "
        f"its figures/ folder; move it into story-a/figures/{keep}",
        "content/port.yaml:1:1: warning: not read: this is a place, and only a story reads them, from its "
        f"locations/ folder; move it into story-a/locations/{keep}",
        "content/story.yaml:1:1: warning: not read: a story's story.yaml is read from the story's own "
        "folder only (<story-id>/story.yaml, beside its events/); move it into the folder of its story"
        f"{keep}",
    ]


def test_a_file_beside_site_yaml_of_a_content_folder_of_several_stories_is_told_the_kind_of_folder(
    project: Project,
) -> None:
    project.write("content/story-b/story.yaml", "title: B\nsummary: S.\npublished: 2021-03-01\n")
    project.write("content/e9.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "e9" in str(w)] == [
        "content/e9.yaml:1:1: warning: not read: this is an event, and only a story reads them, from its "
        "events/ folder; move it into the events/ folder of its story (or, to keep it here unread, as a "
        "model to copy, start its name with '_')"
    ]


@pytest.mark.parametrize("name", ["story.yaml", "Story.yaml"])
def test_a_story_folder_given_for_the_content_folder_says_so_in_one_line(project: Project, name: str) -> None:
    (project.root / "content/story-a/story.yaml").rename(project.root / "content/story-a" / name)
    with pytest.raises(ContentError) as caught:
        check(content="content/story-a")
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
        check(content="content")
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


def test_files_over_one_megabyte_are_refused(project: Project) -> None:
    project.write("content/story-a/figures/big.yaml", "name: x\nrole: y\nsummary: " + "a" * 1_000_001)
    assert project.problems() == [
        "content/story-a/figures/big.yaml:1:1: file is larger than 1 MB; split it or move media to media/"
    ]


def test_problems_from_many_files_come_in_one_run(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", "title: x\n")
    project.write("content/story-a/figures/f2.yaml", "name: x\n")
    project.write("content/story-a/locations/l2.yaml", "kind: city\n")
    assert len(project.problems()) == 4  # e2 lacks date and summary; f2 role; l2 name


def test_a_content_file_linked_out_of_the_project_is_an_error(project: Project, tmp_path: Path) -> None:
    secret = tmp_path.parent / (tmp_path.name + "-secret.yaml")
    secret.write_text("name: Leaked\nrole: x\n")
    (project.root / "content/story-a/figures/fig-b.yaml").symlink_to(secret)
    assert project.problems() == [
        "content/story-a/figures/fig-b.yaml:1:1: this file is a link to a file outside its folder; "
        "put a copy of the file here instead of a link",
    ]


def test_a_loop_of_links_is_a_file_that_cannot_be_read(project: Project) -> None:
    # os.DirEntry.is_dir raised on it (ELOOP): one line, 'explainer: error: Too many levels
    # of symbolic links: ...', and nothing else found.
    (project.root / "content/story-a/events/a.yaml").symlink_to("b.yaml")
    (project.root / "content/story-a/events/b.yaml").symlink_to("a.yaml")
    (project.root / "content/story-a/story.yaml.link").symlink_to("story.yaml.link")
    project.write("content/story-a/figures/fig-b.yaml", "name: B\n")
    loop = os.strerror(errno.ELOOP)
    assert project.problems() == [
        f"content/story-a/events/a.yaml:1:1: this file cannot be read: {loop}",
        f"content/story-a/events/b.yaml:1:1: this file cannot be read: {loop}",
        "content/story-a/figures/fig-b.yaml:1:1: missing required key 'role' in figure",
    ]


def test_a_link_inside_the_content_folder_is_fine(project: Project) -> None:
    project.write("content/story-a/shared.yaml.txt", "name: Figure B\nrole: x\n")
    (project.root / "content/story-a/figures/fig-b.yaml").symlink_to("../shared.yaml.txt")
    assert project.problems() == []


def test_media_linked_out_of_the_project_are_errors(project: Project) -> None:
    git = project.write(".git/config", "[remote]\n  token = secret\n")
    media = project.root / "content/story-a/media"
    media.mkdir()
    (media / "logo.png").symlink_to(os.path.relpath(git, media))
    (media / "env.txt").symlink_to("/proc/self/environ")
    assert project.problems() == [
        "content/story-a/media/env.txt:1:1: this file is a link to a file outside its folder; "
        "put a copy of the file here instead of a link",
        "content/story-a/media/logo.png:1:1: this file is a link to a file outside its folder; "
        "put a copy of the file here instead of a link",
    ]


def test_a_media_folder_linked_out_of_the_project_is_an_error(project: Project, tmp_path: Path) -> None:
    outside = tmp_path.parent / (tmp_path.name + "-home")
    outside.mkdir()
    (outside / "id_rsa").write_text("private key")
    (project.root / "content/story-a/media").symlink_to(outside)
    assert project.problems() == [
        "content/story-a/media:1:1: this folder is a link to a folder outside its story folder; move it in",
    ]


def test_a_link_to_a_private_file_or_to_another_storys_is_an_error(project: Project) -> None:
    # Each would publish what must not be: a private note, a hidden file, a draft
    # story's event and picture (the link is inside the content folder all the same).
    project.write("content/_private/secret.gif", b"GIF89a secret")
    project.write("content/story-a/.hidden/secret2.gif", b"GIF89a secret")
    project.write("content/drafty/story.yaml", "title: D\nsummary: S\npublished: 2020-01-01\ndraft: true\n")
    project.write("content/drafty/events/embargo.yaml", "title: Embargoed\ndate: 2020-01-02\nsummary: S\n")
    project.write("content/drafty/media/draftonly.gif", b"GIF89a draft")
    media = project.root / "content/story-a/media"
    media.mkdir()
    (media / "a.gif").symlink_to("../../_private/secret.gif")
    (media / "b.gif").symlink_to("../.hidden/secret2.gif")
    (media / "c.gif").symlink_to("../../drafty/media/draftonly.gif")
    (media / "d.gif").symlink_to("a.gif")  # a link to a link: where it ends decides
    (project.root / "content/story-a/events/leak.yaml").symlink_to("../../drafty/events/embargo.yaml")
    outside = "is a link to a file outside its folder; put a copy of the file here instead of a link"
    private = (
        "is a link to a file kept private (a name starting with '_' or '.', or a backup); "
        "put a copy of the file here instead of a link"
    )
    assert project.problems() == [
        f"content/story-a/events/leak.yaml:1:1: this file {outside}",
        f"content/story-a/media/a.gif:1:1: this file {outside}",
        f"content/story-a/media/b.gif:1:1: this file {private}",
        f"content/story-a/media/c.gif:1:1: this file {outside}",
        f"content/story-a/media/d.gif:1:1: this file {outside}",
    ]


def test_a_link_within_its_story_folder_is_read(project: Project) -> None:
    project.write("content/story-a/media/photos/dot.gif", b"GIF89a")
    (project.root / "content/story-a/media/dot.gif").symlink_to("photos/dot.gif")
    assert project.problems() == []


def test_a_link_to_a_file_that_is_not_there_names_where_it_leads(project: Project) -> None:
    # A picture moved or deleted after a link to it was made: 'No such file or directory'
    # did not say that the file is a link, nor to what.
    (project.root / "content/story-a/media").mkdir()
    (project.root / "content/story-a/media/dot.gif").symlink_to("photos/dot.gif")
    assert project.problems() == [
        "content/story-a/media/dot.gif:1:1: this file is a link to 'photos/dot.gif', which is not there; "
        "put the file itself here"
    ]


def test_fifos_and_devices_are_errors_not_hangs(project: Project, deadline: None) -> None:
    os.mkfifo(project.root / "content/story-a/events/e2.yaml")
    (project.root / "content/story-a/media").mkdir()
    os.mkfifo(project.root / "content/story-a/media/pic.jpg")
    (project.root / "content/story-a/media/zero.jpg").symlink_to("/dev/zero")
    assert project.problems() == [
        "content/story-a/events/e2.yaml:1:1: this file is a named pipe (FIFO); only regular files can be used",
        "content/story-a/media/pic.jpg:1:1: this file is a named pipe (FIFO); only regular files can be used",
        "content/story-a/media/zero.jpg:1:1: this file is a link to a file outside its folder; "
        "put a copy of the file here instead of a link",
    ]


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


def test_hidden_and_backup_files_are_skipped_everywhere(project: Project) -> None:
    project.write("content/story-a/events/e1.yaml~", "title: [broken\n")
    project.write("content/story-a/events/_draft.yaml", "title: [broken\n")
    project.write("content/story-a/events/#e1.yaml#", "title: [broken\n")
    project.write("content/story-a/media/.env", "SECRET=1")
    # A story kept in a repository of its own, copied in with it; macOS's and Office's files.
    project.write("content/story-a/.git/config", "[remote]\n")
    project.write("content/story-a/events/.git/e2.yaml", "title: [broken\n")
    project.write("content/.git/HEAD", "ref: refs/heads/main\n")
    for name in ("._e1.yaml", ".DS_Store", "~$e1.yaml", ".~lock.e1.yaml#", "Thumbs.db", "Icon\r"):
        project.write(f"content/story-a/events/{name}", "title: [broken\n")
    assert project.problems() == []


def test_what_a_merge_or_patch_leaves_of_a_content_file_is_not_read_and_warned_of(project: Project) -> None:
    # git mergetool keeps the file as it was in 'e1.yaml.orig', and patch what it could not
    # apply in '.rej': passed over without a word, a change in either was silently lost.
    project.write("content/story-a/events/e1.yaml.orig", "title: [broken\n")
    project.write("content/story-a/story.yaml.rej", "@@ -1 +1 @@\n")
    project.write("content/story-a/media/photo.jpg.orig", b"x")  # no content file's
    project.write("content/site.yaml.orig", "title: [broken\n")  # in the content folder too
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings) == [
        "content/site.yaml.orig:1:1: warning: not read: a copy of 'site.yaml' as it was before a merge or "
        "a patch changed it; make sure 'site.yaml' is as it should be, then delete this copy",
        "content/story-a/events/e1.yaml.orig:1:1: warning: not read: a copy of 'e1.yaml' as it was before "
        "a merge or a patch changed it; make sure 'e1.yaml' is as it should be, then delete this copy",
        "content/story-a/story.yaml.rej:1:1: warning: not read: the changes to 'story.yaml' that a patch "
        "could not make; make those still wanted in 'story.yaml' by hand, then delete this file",
    ]


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


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "before:after.png",
            "has ':', which Windows cannot hold in a file name (a '/' typed in a name on a Mac is saved as ':')",
        ),
        (
            "what?.png",
            "has '?', which Windows cannot hold in a file name (a '/' typed in a name on a Mac is saved as ':')",
        ),
        ("maps/aux.png", None),
        ("maps. /a.png", None),
    ],
)
def test_a_media_name_windows_cannot_hold_is_a_warning(project: Project, name: str, said: str | None) -> None:
    # Made on a Mac, it built; a colleague's Windows computer cannot check the project out.
    project.write(f"content/story-a/media/{name}", tiny_png())
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    if said is None:
        windows_name = name.split("/")[-1] if name.startswith("maps/") else "maps. "
        said = (
            f"Windows cannot hold a file named '{windows_name}' (one ending in a space or a dot, or a name it "
            "keeps for its devices, such as 'aux')"
        )
    else:
        said = f"this media file name {said}"
    assert [str(w) for w in warnings] == [
        f"content/story-a/media/{name}:1:1: warning: {said}: the project cannot be checked out on a "
        "Windows computer; rename it"
    ]


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
    monkeypatch.setenv("EXPLAINER_SPEED", "off")  # no picture remembered from another test
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


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad\x1bname.png", "this media file name has control characters or a backslash; rename it"),
        ("tab\tname.png", "this media file name has control characters or a backslash; rename it"),
        (
            "x\u202egnp.png",  # shown as 'xpng.png'
            "this media file name has characters that reverse the direction of the text, so it reads "
            "as another name; rename it",
        ),
        (
            "é" * 101 + ".png",  # 206 bytes: its renditions' names would be over 255
            "this media file name is too long; keep it under 200 bytes (the pictures made from it add to it)",
        ),
    ],
)
def test_media_names_that_cannot_be_published(project: Project, name: str, message: str) -> None:
    project.write(f"content/story-a/media/{name}", tiny_png())
    shown = f"content/story-a/media/{name}".encode("unicode_escape").decode("ascii")
    assert project.problems() == [f"{shown}:1:1: {message}"]


def test_a_file_of_one_key_without_a_space_after_its_colon_says_so(project: Project) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name:Place A\n")
    assert project.problems() == [
        "content/story-a/locations/loc-a.yaml:1:6: expected 'key: value' lines: put a space after ':' "
        "(name: Place A)",
    ]
