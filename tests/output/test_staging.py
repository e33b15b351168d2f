"""The output folder: the replaced site is kept and reused, with the same result as a
fresh build, and nothing in the kept folder can lead a write astray."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.errors import ContentError
from generator.output import staging as output
from generator.speed import parallel
from generator.speed import rendering as fast
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
    monkeypatch.setattr(fast, "PARALLEL_FROM", 2)
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 2)
    _edits(project)


def test_unchanged_files_are_not_written_again(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    # A figure's and a place's pages too, which Pagefind reads as stand-ins
    # (``FileWriter.stand_ins``): they were written again on every build.
    pages = [project.root / "site/story-a" / page for page in ("", "figures/fig-a", "locations/loc-a")]
    assert all((page / "index.html").is_file() for page in pages)
    first = [os.stat(page / "index.html") for page in pages]
    build(content="content", templates=TEMPLATES, out="site")  # the first site is now kept
    build(content="content", templates=TEMPLATES, out="site")  # and reused: nothing to write
    again = [os.stat(page / "index.html") for page in pages]
    assert [(st.st_ino, st.st_mtime_ns) for st in again] == [(st.st_ino, st.st_mtime_ns) for st in first]
    assert not list((project.root / "site").rglob("*" + output.KEPT))


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

    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr(output.FileWriter, "__call__", fail)
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / "site") == before
    leftovers = [p.name for p in Path(project.root).iterdir() if p.name.startswith(".site.tmp-")]
    assert leftovers == []
    assert (project.root / SPARE).is_dir()  # the kept site, for the next build to reuse
    build(content="content", templates=TEMPLATES, out="site")
    build(content="content", templates=TEMPLATES, out="fresh")
    assert site_files(project.root / "site") == site_files(project.root / "fresh")


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


def test_a_content_error_keeps_the_kept_site_for_the_next_build(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    build(content="content", templates=TEMPLATES, out="site")
    kept = site_files(project.root / SPARE)
    project.write("content/story-a/events/e1.yaml", "title: [broken\n")
    with pytest.raises(ContentError):
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / SPARE) == kept
    assert sorted(p.name for p in project.root.iterdir()) == [SPARE, "content", "site"]


def _genuine_marker_elsewhere(project: Project) -> Path:
    return project.write("elsewhere/marker", output.MARKER_TEXT)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda p: p.write(f"{SPARE}/precious.txt", "mine"), id="no marker"),
        pytest.param(lambda p: (p.root / SPARE).mkdir(), id="empty"),
        pytest.param(lambda p: p.write(f"{SPARE}/{output.MARKER}", "my own notes"), id="other marker text"),
        pytest.param(
            lambda p: (
                (p.root / SPARE).mkdir()
                or (p.root / SPARE / output.MARKER).symlink_to(_genuine_marker_elsewhere(p))
            ),
            id="marker is a link",
        ),
    ],
)
def test_a_folder_of_someone_elses_at_the_kept_sites_name_is_left_alone(
    project: Project, make: Callable[[Project], object]
) -> None:
    make(project)
    before = site_files(project.root / SPARE)
    kinds = sorted((p.name, p.is_symlink()) for p in (project.root / SPARE).iterdir())
    for _ in range(3):  # claiming, keeping and reusing all pass it by
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / SPARE) == before
    assert sorted((p.name, p.is_symlink()) for p in (project.root / SPARE).iterdir()) == kinds
    assert site_files(project.root / "site") == _fresh(project)
    assert not [p.name for p in project.root.iterdir() if p.name.startswith(".site.tmp-")]


def test_a_link_at_the_kept_sites_name_is_left_alone(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="other")  # a site of ours, elsewhere
    other = site_files(project.root / "other")
    (project.root / SPARE).symlink_to(project.root / "other")
    for _ in range(3):
        build(content="content", templates=TEMPLATES, out="site")
    assert (project.root / SPARE).is_symlink() and site_files(project.root / "other") == other


def test_recover_removes_only_temporary_folders_of_its_own(project: Project) -> None:
    project.write(".site.tmp-999999999-mine/notes.txt", "someone's folder with a likely name")
    project.write(".site.tmp-999999999-x.old/notes.txt", "likewise")
    project.write(".site.tmp-999999999-dead/half.html", "half a page")
    project.write(f".site.tmp-999999999-dead/{output.MARKER}", output.MARKER_TEXT)
    project.write(f"elsewhere/{output.MARKER}", output.MARKER_TEXT)
    (project.root / ".site.tmp-999999999-link").symlink_to(project.root / "elsewhere")
    project.write(f"site/{output.MARKER}", output.MARKER_TEXT)
    output.recover("site")
    left = sorted(p.name for p in project.root.iterdir() if p.name.startswith(".site.tmp-"))
    assert left == [".site.tmp-999999999-link", ".site.tmp-999999999-mine", ".site.tmp-999999999-x.old"]
    assert (project.root / ".site.tmp-999999999-mine/notes.txt").read_text().startswith("someone's")
    assert (project.root / ".site.tmp-999999999-x.old/notes.txt").is_file()
    assert (project.root / f"elsewhere/{output.MARKER}").is_file()


def test_a_killed_builds_temporary_folder_is_recognisably_its_own(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As killed while rendering, before any file of the site was written:
    def killed(self: output.FileWriter, path: str, data: bytes) -> None:
        raise KeyboardInterrupt

    seen: list[bytes] = []
    real_rmtree = shutil.rmtree

    def look_then_remove(path: str, *args: object, **kwargs: object) -> None:
        marker = Path(path, output.MARKER)
        seen.append(marker.read_bytes() if marker.is_file() else b"")
        real_rmtree(path, ignore_errors=True)

    monkeypatch.setattr(output.FileWriter, "__call__", killed)
    monkeypatch.setattr(shutil, "rmtree", look_then_remove)
    with pytest.raises(KeyboardInterrupt):
        build(content="content", templates=TEMPLATES, out="site")
    assert seen == [output.MARKER_TEXT]


def test_a_link_planted_in_the_folder_being_written_is_not_written_through(project: Project) -> None:
    outside = project.write("outside.txt", "must stay")
    folder = project.root / "staging"
    folder.mkdir()
    (folder / "index.html").symlink_to(outside)
    writer = output.FileWriter(str(folder))
    with pytest.raises(OSError):
        writer("index.html", b"<p>page</p>")
    assert outside.read_text() == "must stay"


def test_a_file_linked_from_a_cache_and_written_again_leaves_the_cache_alone(project: Project) -> None:
    # A picture's renditions are linked from the cache one by one; when one of them is
    # gone from the cache, all are encoded and written again, and those linked already were
    # truncated and written through their link: into the cache's own files (and the
    # previous site's, which links the same files).
    cached = project.write("cache/photo.480.webp", "cached bytes")
    writer = output.FileWriter(str(project.root / "staging"))
    writer.link("media/photo.480.webp", str(cached))
    writer("media/photo.480.webp", b"cached bytes")  # the same: left as the link it is
    assert (project.root / "staging/media/photo.480.webp").stat().st_ino == cached.stat().st_ino
    before = cached.stat().st_mtime_ns
    writer("media/photo.480.webp", b"other bytes")
    assert (project.root / "staging/media/photo.480.webp").read_bytes() == b"other bytes"
    assert cached.read_text() == "cached bytes" and cached.stat().st_mtime_ns == before
    assert writer.written == {"media/photo.480.webp"}


def test_a_reused_file_that_is_the_caches_is_kept_by_one_listing_of_its_folder(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rebuild with no change looked at each rendition twice (the site's file and the
    # cache's); the cache's inode is known from its own check, the site's from a listing.
    cached = [project.write(f"cache/photo.{w}.webp", f"bytes {w}") for w in (240, 480)]
    reused = project.root / "staging"
    (reused / "media").mkdir(parents=True)
    for source in cached:
        os.link(source, reused / "media" / source.name)
    known = {str(c): (c.stat().st_ino, c.stat().st_dev) for c in cached}
    writer = output.FileWriter(str(reused), {f"media/{c.name}" for c in cached})
    looked: list[str] = []
    real_stat, real_lstat = os.stat, os.lstat

    def stat(path: str, *args: object, **kwargs: object) -> os.stat_result:
        looked.append(str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def lstat(path: str, *args: object, **kwargs: object) -> os.stat_result:
        looked.append(str(path))
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "lstat", lstat)
    for c in cached:
        writer.link(f"media/{c.name}", str(c), known[str(c)])
    assert looked == [str(reused / "media")]  # the folder's device, once
    assert writer.written == {f"media/{c.name}" for c in cached}
    assert all((reused / "media" / c.name).stat().st_ino == c.stat().st_ino for c in cached)


def test_a_reused_file_that_is_not_the_caches_is_linked_anew_and_the_listing_follows(
    project: Project,
) -> None:
    cached = project.write("cache/photo.240.webp", "cached bytes")
    other = project.write("staging/media/photo.480.webp", "old bytes")
    os.link(cached, project.root / "staging/media/photo.240.webp")
    writer = output.FileWriter(
        str(project.root / "staging"), {"media/photo.240.webp", "media/photo.480.webp"}
    )
    known = (cached.stat().st_ino, cached.stat().st_dev)
    writer.link("media/photo.480.webp", str(cached), known)  # another file: linked in its place
    assert other.stat().st_ino == cached.stat().st_ino
    writer.link("media/photo.240.webp", str(cached), known)  # the cache's already, as listed
    # Written over since (a picture made again): no longer taken for the cache's file.
    writer("media/photo.240.webp", b"made again")
    writer.link("media/photo.240.webp", str(cached), known)
    site_file = project.root / "staging/media/photo.240.webp"
    assert site_file.stat().st_ino == cached.stat().st_ino and site_file.read_text() == "cached bytes"


def test_links_in_a_replaced_folder_are_removed_not_followed(project: Project) -> None:
    outside = project.write("outside/data.txt", "must stay")
    project.write("public/old.html", "someone's page")
    (project.root / "public/data").symlink_to(project.root / "outside")
    (project.root / "public/file.txt").symlink_to(outside)
    build(content="content", templates=TEMPLATES, out="public", force=True)
    build(content="content", templates=TEMPLATES, out="public")
    assert outside.read_text() == "must stay"
    assert not (project.root / "public/old.html").exists()


def test_a_page_path_that_climbs_out_of_the_site_is_refused(project: Project) -> None:
    (project.root / "staging").mkdir()
    writer = output.FileWriter(str(project.root / "staging"))
    with pytest.raises(ValueError, match="would be written outside the site"):
        writer("story-a/../../content/site.yaml", b"title: overwritten\n")
    assert (project.root / "content/site.yaml").read_text() == "title: Test site\n"


def test_recover_does_not_put_a_link_in_place_of_the_site(project: Project) -> None:
    project.write(f"elsewhere/{output.MARKER}", output.MARKER_TEXT)
    (project.root / ".site.tmp-999999999-x.old").symlink_to(project.root / "elsewhere")
    output.recover("site")
    assert not os.path.lexists(project.root / "site")
    assert (project.root / ".site.tmp-999999999-x.old").is_symlink()


def test_pages_in_folders_of_any_depth_and_order_are_all_written(project: Project) -> None:
    """The writer remembers the folders it made (and those above them) to make each
    page's folder with one call: every page still lands, whatever the order."""
    folder = project.root / "staging"
    folder.mkdir()
    writer = output.FileWriter(str(folder))
    paths = [
        "s/events/a/index.html",
        "s/events/b/index.html",  # beside one made with all its parents
        "s/index.html",  # in a folder made on the way to another
        "s/years/2020/index.html",  # a new branch of a folder made on the way
        "t/figures/x/y/index.html",
        "t/figures/x/z/index.html",
        "index.html",
    ]
    for n, path in enumerate(paths):
        writer(path, f"page {n}".encode())
    assert {p: (folder / p).read_bytes() for p in paths} == {
        p: f"page {n}".encode() for n, p in enumerate(paths)
    }
    assert writer.written == set(paths)


def test_the_folders_of_files_are_made_in_their_order_once_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where a folder lists what was made in it by age (tmpfs), the order they are made in
    # is the order Pagefind finds the pages in.
    (tmp_path / "site" / "s" / "events" / "kept").mkdir(parents=True)
    (tmp_path / "site" / "s" / "events" / "kept" / "index.html").write_bytes(b"kept")
    writer = output.FileWriter(str(tmp_path / "site"), existing={"s/events/kept/index.html"})
    made: list[str] = []
    real_mkdir = os.mkdir

    def mkdir(path: str, *args: object, **kwargs: object) -> None:
        made.append(Path(path).relative_to(tmp_path / "site").as_posix())
        real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "mkdir", mkdir)
    paths = [
        "s/events/b/index.html",
        "s/events/kept/index.html",
        "s/figures/f/index.html",
        "s/events/a/index.html",
    ]
    writer.make_folders(paths)
    assert made == ["s/events/b", "s/figures", "s/figures/f", "s/events/a"]
    for path in paths:  # written after: no folder made again
        writer(path, b"page")
    assert made == ["s/events/b", "s/figures", "s/figures/f", "s/events/a"]
    assert sorted(
        p.relative_to(tmp_path / "site").as_posix() for p in tmp_path.rglob("index.html")
    ) == sorted(paths)


def test_a_reused_file_a_stand_in_replaces_is_put_back_itself_when_unchanged(tmp_path: Path) -> None:
    # The reused folder's page, the same bytes: moved aside for the stand-in and moved
    # back, the same file (inode, time). A changed one is written anew.
    folder = tmp_path / "staging"
    for name, data in (("same", b"ann timeline"), ("changed", b"old timeline")):
        (folder / f"s/figures/{name}").mkdir(parents=True)
        (folder / f"s/figures/{name}/index.html").write_bytes(data)
    before = {name: os.stat(folder / f"s/figures/{name}/index.html") for name in ("same", "changed")}
    existing = {"s/figures/same/index.html", "s/figures/changed/index.html"}
    writer = output.FileWriter(str(folder), set(existing))
    writer.stand_ins(lambda path: "/figures/" in path, lambda data: data.replace(b"timeline", b""))
    writer("s/figures/same/index.html", b"ann timeline")
    writer("s/figures/changed/index.html", b"new timeline")
    assert (folder / "s/figures/same/index.html").read_bytes() == b"ann "  # what Pagefind reads
    assert (folder / "s/figures/changed/index.html").read_bytes() == b"new "
    writer.put_back()
    same, changed = (os.stat(folder / f"s/figures/{name}/index.html") for name in ("same", "changed"))
    assert (same.st_ino, same.st_mtime_ns) == (before["same"].st_ino, before["same"].st_mtime_ns)
    assert changed.st_ino != before["changed"].st_ino
    assert (folder / "s/figures/same/index.html").read_bytes() == b"ann timeline"
    assert (folder / "s/figures/changed/index.html").read_bytes() == b"new timeline"
    assert writer.written == existing
    assert not list(folder.rglob("*" + output.KEPT))


def test_stand_ins_are_read_until_put_back_and_a_stale_kept_file_goes(tmp_path: Path) -> None:
    # Pagefind reads the figure and place pages skimmed: the build writes them so, each
    # page beside its stand-in, and puts the pages back once Pagefind is done.
    folder = tmp_path / "staging"
    folder.mkdir()
    stale = "s/figures/old/index.html" + output.KEPT  # left by a build that failed
    (folder / stale).parent.mkdir(parents=True)
    (folder / stale).write_bytes(b"stale")
    writer = output.FileWriter(str(folder), {stale})
    writer.stand_ins(lambda path: "/figures/" in path, lambda data: data.replace(b"timeline", b""))
    writer("s/figures/f/index.html", b"ann timeline")
    writer("s/figures/plain/index.html", b"ann")  # a stand-in would be the same: written as usual
    writer("s/events/e/index.html", b"event timeline")
    assert (folder / "s/figures/f/index.html").read_bytes() == b"ann "
    assert (folder / ("s/figures/f/index.html" + output.KEPT)).read_bytes() == b"ann timeline"
    assert not (folder / ("s/figures/plain/index.html" + output.KEPT)).exists()
    assert (folder / "s/events/e/index.html").read_bytes() == b"event timeline"
    helper = output.FileWriter(str(folder))  # a render helper's writer, forked with the stand-ins set
    helper.stand_ins(lambda path: "/figures/" in path, lambda data: data.replace(b"timeline", b""))
    helper("s/figures/g/index.html", b"bo timeline")
    writer.adopt(helper.written)
    writer.put_back()
    assert (folder / "s/figures/f/index.html").read_bytes() == b"ann timeline"
    assert (folder / "s/figures/g/index.html").read_bytes() == b"bo timeline"
    assert writer.written == {
        "s/figures/f/index.html", "s/figures/g/index.html", "s/figures/plain/index.html", "s/events/e/index.html",
    }  # fmt: skip
    writer("s/figures/h/index.html", b"cy timeline")  # written as usual again
    assert (folder / "s/figures/h/index.html").read_bytes() == b"cy timeline"
    assert not [p for p in folder.rglob("*") if p.name.endswith(output.KEPT) and p != folder / stale]
    # The stale one, not written by this build, is among the files the swap deletes.
    assert stale in writer.existing - writer.written
