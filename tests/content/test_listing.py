"""Listing the content's folders: hidden names passed over, links out of a folder, loops of links, FIFOs and devices."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from tests.conftest import Project


def test_hidden_and_backup_files_stay_ignored_whatever_their_ending(project: Project) -> None:
    for name in (".e2.YAML", "_e2.yaml.txt", "e2.YAML~", "~e2.yml", "#e2.Yaml#"):
        project.write(f"content/story-a/events/{name}", "title: x\n")
    assert project.problems() == []


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
        "content/story-a/figures/fig-b.yaml:1:1: missing required key 'role' in figure (who they are, in one line)",
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
