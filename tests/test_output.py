"""The output folder: the replaced site is kept and reused, with the same result as a
fresh build, and nothing in the kept folder can lead a write astray."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import output, parallel, render
from generator.build import build
from generator.errors import ContentError
from tests.conftest import TEMPLATES, Project, site_files

SPARE = ".site.previous"


def _fresh(project: Project) -> dict[str, bytes]:
    """The site a build makes with no previous output at all."""
    shutil.rmtree(project.root / "fresh", ignore_errors=True)
    shutil.rmtree(project.root / ".fresh.previous", ignore_errors=True)
    build(content="content", templates=TEMPLATES, out="fresh")
    return site_files(project.root / "fresh")


def _edits(project: Project) -> None:
    """A series of edits that change, add and remove pages and media."""
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: x\n")
    project.write("content/story-a/media/a.png", b"\x89PNG one")
    edited = "title: First, edited\ndate: 2020-01-01\nsummary: y\n"
    steps: list[Callable[[], object]] = [
        lambda: project.write("content/story-a/events/e1.yaml", edited),
        lambda: project.remove("content/story-a/events/e2.yaml"),
        lambda: project.write("content/story-a/media/a.png", b"\x89PNG two"),
        lambda: project.write("content/story-a/events/e3.yaml", "title: Three\ndate: 2021\nsummary: z\n"),
        lambda: None,  # nothing changed
    ]
    build(content="content", templates=TEMPLATES, out="site")
    for edit in steps:
        edit()
        build(content="content", templates=TEMPLATES, out="site")
        assert site_files(project.root / "site") == _fresh(project)
        assert (project.root / SPARE).is_dir()


def test_every_rebuild_on_a_kept_site_equals_a_fresh_build(project: Project) -> None:
    _edits(project)
    assert not (project.root / "site/story-a/events/e2").exists()  # removed page, folder too


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_the_same_on_two_cores(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(render, "PARALLEL_FROM", 2)
    _edits(project)


def test_unchanged_files_are_not_written_again(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    page = project.root / "site/story-a/index.html"
    first = os.stat(page)
    build(content="content", templates=TEMPLATES, out="site")  # the first site is now kept
    build(content="content", templates=TEMPLATES, out="site")  # and reused: nothing to write
    again = os.stat(page)
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)


def test_a_tampered_kept_site_is_repaired_and_links_are_not_followed(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    build(content="content", templates=TEMPLATES, out="site")
    spare = project.root / SPARE
    outside = project.write("outside.txt", "must stay")
    (spare / "story-a/index.html").write_text("tampered")
    (spare / "story-a/extra.html").write_text("left over")
    (spare / "404.html").unlink()
    (spare / "404.html").symlink_to(outside)
    shutil.rmtree(spare / "assets")
    (spare / "assets").symlink_to(project.root / "content")
    build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / "site") == _fresh(project)
    assert outside.read_text() == "must stay"
    assert not (project.root / "content/style.css").exists()


def test_a_kept_folder_that_is_not_a_site_is_not_reused(project: Project) -> None:
    project.write(f"{SPARE}/precious.txt", "someone else's")
    build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / "site") == _fresh(project)
    assert not (project.root / "site/precious.txt").exists()


def test_a_foreign_folder_replaced_with_force_is_not_kept(project: Project) -> None:
    project.write("site/precious.txt", "not ours")
    build(content="content", templates=TEMPLATES, out="site", force=True)
    assert not (project.root / SPARE).exists()


def test_a_failed_write_keeps_the_site_and_leaves_no_temporary_folder(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    build(content="content", templates=TEMPLATES, out="site")
    before = site_files(project.root / "site")
    project.write("content/story-a/events/e1.yaml", "title: Changed\ndate: 2020-01-01\nsummary: y\n")

    def fail(self: output.FileWriter, path: str, data: bytes) -> None:
        raise OSError(28, "No space left on device", path)

    monkeypatch.setattr(output.FileWriter, "__call__", fail)
    with pytest.raises(OSError):
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / "site") == before
    leftovers = [p.name for p in Path(project.root).iterdir() if p.name.startswith(".site.tmp-")]
    assert leftovers == []


def test_a_changed_file_is_replaced_not_rewritten_in_place(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    os.link(project.root / "site/story-a/index.html", project.root / "backup.html")  # as cp -al would
    backup = (project.root / "backup.html").read_bytes()
    build(content="content", templates=TEMPLATES, out="site")
    project.write(
        "content/story-a/story.yaml",
        (project.root / "content/story-a/story.yaml").read_text().replace("Story A", "Story B"),
    )
    build(content="content", templates=TEMPLATES, out="site")  # reuses the first site's folder
    assert b"Story B" in (project.root / "site/story-a/index.html").read_bytes()
    assert (project.root / "backup.html").read_bytes() == backup


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_folders_made_ahead_for_pages_not_built_are_gone(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper makes a folder for every event file while the content loads (here
    # for all of them, however fast the loading); a draft promises a page not built.
    from generator import headstart

    monkeypatch.setattr(headstart, "SHARE_FROM", 1)  # a helper even for so few files
    monkeypatch.setattr(parallel.Flag, "is_set", lambda self: False)
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: x\ndraft: true\n")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site"
    empty = [str(p.relative_to(site)) for p in site.rglob("*") if p.is_dir() and not any(p.iterdir())]
    assert empty == []
    assert not (site / "story-a/events/e2").exists()
    assert (site / "story-a/events/e1/index.html").is_file()


def test_the_folders_a_site_promises_are_the_folders_it_has(project: Project) -> None:
    from generator.load import likely_ids

    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site"
    have = {str(p.relative_to(site)) for p in site.rglob("*") if p.is_dir()}
    promised = set(render.likely_folders(likely_ids("content")))
    assert promised <= have
    assert {f for f in have if "/events/" in f or "/figures/" in f or "/locations/" in f} <= promised


def test_a_content_error_keeps_the_kept_site_for_the_next_build(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    build(content="content", templates=TEMPLATES, out="site")
    kept = site_files(project.root / SPARE)
    project.write("content/story-a/events/e1.yaml", "title: [broken\n")
    with pytest.raises(ContentError):
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / SPARE) == kept
    assert sorted(p.name for p in project.root.iterdir()) == [SPARE, "content", "site"]
