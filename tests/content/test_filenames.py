"""Content file and story folder names: ids, endings other than '.yaml', copies, a merge's leftovers."""

from __future__ import annotations

import pytest

from generator.commands.check import check_and_lint
from generator.content.filenames import not_a_device
from tests.conftest import MINIMAL, Project


def test_bad_ids_name_the_file_and_suggest_one(project: Project) -> None:
    project.write("content/story-a/events/Bad_Event.yaml", "title: x\n")
    project.write("content/Story B/story.yaml", "title: x\n")
    assert project.problems() == [
        "content/Story B:1:1: 'Story B' is not a valid story id: use lowercase letters, "
        "digits and single hyphens; rename the folder to 'story-b'",
        "content/story-a/events/Bad_Event.yaml:1:1: 'Bad_Event' is not a valid event id: use "
        "lowercase letters, digits and single hyphens; rename the file to 'bad-event.yaml'",
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
        ("e1 (copy)", "as Linux's file manager names a copy"),  # was told to take the id 'e1-copy'
        ("e1 (another copy)", "as Linux's file manager names a copy"),
        ("e1 (3rd copy)", "as Linux's file manager names a copy"),
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
        "lowercase letters, digits and single hyphens; rename the file to 'a-b.yaml'",
    ]


def test_yml_files_are_errors_that_say_so(project: Project) -> None:
    project.write("content/story-a/events/e2.yml", "title: x\n")
    assert project.problems() == [
        "content/story-a/events/e2.yml:1:1: rename to 'e2.yaml': content files end in .yaml"
    ]


def test_a_yml_file_beside_its_yaml_file_is_not_told_to_overwrite_it(project: Project) -> None:
    project.write("content/story-a/events/e1.yml", "title: x\n")
    project.write("content/story-a/story.yml", "title: x\n")
    # An event's file may be a second copy, or another event saved under a name taken
    # already: "merge the two files" alone would have the editor lose one of two events.
    assert project.problems() == [
        "content/story-a/events/e1.yml:1:1: 'e1.yaml' exists beside it, and both are the event "
        "'e1': if they are one event, merge the two files and delete this one; if not, give this "
        "one a name of its own, ending in .yaml",
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


def test_an_event_figure_or_place_written_in_markdown_is_told_how_to_write_it(project: Project) -> None:
    # An editor who wrote an event as a Markdown file in events/ got nothing, without a word.
    project.write("content/story-a/events/2020-01-05-Second vote.md", "---\ntitle: x\n---\nText.\n")
    project.write("content/story-a/figures/ann-lee.MD", "# Ann Lee\n")
    project.write("content/story-a/locations/port.markdown", "The port.\n")
    project.write("content/story-a/events/_notes.md", "Private.\n")  # a note of one's own: not said
    project.write("content/story-a/events/list.txt", "Other notes.\n")  # nor any other file
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings if "not read" in str(w)) == [
        "content/story-a/events/2020-01-05-Second vote.md:1:1: warning: not read: an event is a YAML file "
        "(events/2020-01-05-second-vote.yaml) with 'title:', 'date:' and its text, in Markdown, under "
        "'summary:' (and 'body:' for its own page), written 'summary: |' with the text indented below; "
        "write it so, or, if this is a note of your own, rename it '_2020-01-05-Second vote.md' (a name "
        "starting with '_' is never read or published)",
        "content/story-a/figures/ann-lee.MD:1:1: warning: not read: a figure is a YAML file "
        "(figures/ann-lee.yaml) with 'name:', 'role:' and its text, in Markdown, under 'summary:', written "
        "'summary: |' with the text indented below; write it so, or, if this is a note of your own, rename "
        "it '_ann-lee.MD' (a name starting with '_' is never read or published)",
        "content/story-a/locations/port.markdown:1:1: warning: not read: a place is a YAML file "
        "(locations/port.yaml) with 'name:' and its text, in Markdown, under 'summary:', written 'summary: "
        "|' with the text indented below; write it so, or, if this is a note of your own, rename it "
        "'_port.markdown' (a name starting with '_' is never read or published)",
    ]


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


def test_a_content_file_or_story_named_as_a_windows_device_is_warned_of(project: Project) -> None:
    # 'figures/con.yaml', written by hand, built without a word; a colleague's Windows
    # computer cannot check the project out (git stops at the file).
    project.write("content/story-a/figures/con.yaml", "name: Con\nrole: y\n")
    project.write("content/story-a/locations/com1.yaml", "name: Com\n")
    project.write("content/story-a/events/nul.yaml", MINIMAL["content/story-a/events/e1.yaml"])
    for rel, text in MINIMAL.items():
        if rel.startswith("content/story-a/"):
            project.write(rel.replace("story-a", "aux"), text)
    _, warnings = check_and_lint(content="content")
    said = sorted(str(w) for w in warnings if "Windows" in str(w))
    assert said == [
        "content/aux:1:1: warning: Windows keeps the name 'aux' for a device: the project cannot be checked "
        "out on a Windows computer; rename the folder to 'aux-story' (its pages' addresses change)",
        "content/story-a/events/nul.yaml:1:1: warning: Windows keeps the name 'nul' for a device: the project "
        "cannot be checked out on a Windows computer; rename the file to 'nul-event.yaml' (and 'nul' where "
        "other files name it to 'nul-event')",
        "content/story-a/figures/con.yaml:1:1: warning: Windows keeps the name 'con' for a device: the project "
        "cannot be checked out on a Windows computer; rename the file to 'con-figure.yaml' (and 'con' where "
        "other files name it to 'con-figure')",
        "content/story-a/locations/com1.yaml:1:1: warning: Windows keeps the name 'com1' for a device: the "
        "project cannot be checked out on a Windows computer; rename the file to 'com1-place.yaml' (and "
        "'com1' where other files name it to 'com1-place')",
    ]


def test_a_name_that_is_no_id_is_not_told_to_take_a_windows_device_name(project: Project) -> None:
    project.write("content/story-a/figures/CON.yaml", "name: Con\nrole: y\n")
    project.write("content/story-a/events/Lpt9.yaml", "title: x\ndate: 2010-01-01\n")
    assert project.problems() == [
        "content/story-a/events/Lpt9.yaml:1:1: 'Lpt9' is not a valid event id: use lowercase letters, digits "
        "and single hyphens; rename the file to 'lpt9-event.yaml'",
        "content/story-a/figures/CON.yaml:1:1: 'CON' is not a valid figure id: use lowercase letters, digits "
        "and single hyphens; rename the file to 'con-figure.yaml'",
    ]


def test_an_imported_id_windows_keeps_for_a_device_gets_its_kind_after_it() -> None:
    assert [not_a_device(i, "place") for i in ("con", "nul", "com1", "lpt9", "aux")] == [
        "con-place",
        "nul-place",
        "com1-place",
        "lpt9-place",
        "aux-place",
    ]
    assert [not_a_device(i, "place") for i in ("cone", "com", "com10", "nul-2")] == [
        "cone",
        "com",
        "com10",
        "nul-2",
    ]
