"""``ChangeWatcher``: each burst of saves handed over once, on the loop's thread; what
counts as a change in content and in the theme; bursts that never settle."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from tornado.ioloop import IOLoop

from generator.content import files
from generator.preview.watch import DEBOUNCE_MS, STEP_MS, ChangeWatcher
from tests.conftest import TEMPLATES, Project
from tests.preview.server import EVENT, Server, event_text, start_server


@pytest.fixture
def served(project: Project) -> Iterator[Server]:
    yield from start_server(project.root)


@dataclass
class Watching:
    """A ``ChangeWatcher`` handing its batches to an event loop running in a thread of its
    own, as ``serve`` hands them to the main one."""

    watcher: ChangeWatcher
    loop: IOLoop
    batches: list[list[str]] = field(default_factory=list)
    arrived: list[float] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)

    def record(self, batch: list[str]) -> None:
        self.threads.add(threading.current_thread().name)
        self.arrived.append(time.monotonic())
        self.batches.append(batch)

    def wait_for(self, count: int, timeout: float = 5) -> None:
        deadline = time.monotonic() + timeout
        while len(self.batches) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.batches)} batches, not {count}: {self.batches}")
            time.sleep(0.01)

    def settle(self, seconds: float = 0.3) -> None:
        """Wait until no batch has arrived for ``seconds``."""
        seen = -1
        while seen != len(self.batches):
            seen = len(self.batches)
            time.sleep(seconds)


@contextlib.contextmanager
def watching(
    folders: Mapping[str, Callable[[str], bool]],
    step_ms: int = STEP_MS,
    debounce_ms: int = DEBOUNCE_MS,
    probe: bool = True,
) -> Iterator[Watching]:
    """Watch ``folders`` until the block ends.

    With ``probe``, the block starts once the watcher has reported a change of a probe
    file, so it is known to be watching (a change made while its thread starts could go
    unseen), and the probe's batches are dropped.
    """
    ready = threading.Event()
    loops: list[IOLoop] = []

    def run() -> None:
        loops.append(IOLoop())
        ready.set()
        loops[0].start()
        loops[0].close()

    runner = threading.Thread(target=run, name="loop", daemon=True)
    runner.start()
    assert ready.wait(5)
    loop = loops[0]
    w = Watching(ChangeWatcher(folders, lambda batch: w.record(batch), step_ms, debounce_ms), loop)
    w.watcher.start(loop)
    try:
        if probe:
            probe_file = Path(next(iter(folders)), "probe.txt")
            deadline = time.monotonic() + 10
            while not any(str(probe_file) in batch for batch in w.batches):
                assert time.monotonic() < deadline, "the watcher never started"
                probe_file.write_text(str(time.monotonic()))
                time.sleep(0.1)
            probe_file.unlink()
            w.settle()
            w.batches.clear()
            w.arrived.clear()
        yield w
    finally:
        w.watcher.stop()
        loop.add_callback(loop.stop)
        runner.join(5)


CONTENT = {"content": files.is_ignored}


def test_five_files_changed_at_once_make_one_rebuild(project: Project) -> None:
    with watching(CONTENT) as w:
        for i in range(5):
            project.write(f"content/story-a/events/n{i}.yaml", f"title: N{i}\ndate: 2020\nsummary: s\n")
        w.wait_for(1)
        w.settle()
    assert w.batches == [[f"content/story-a/events/n{i}.yaml" for i in range(5)]]


def test_batches_are_handed_to_the_loops_thread(project: Project) -> None:
    # The rebuild's time limit is a signal, which only the main thread (the loop's) gets.
    with watching(CONTENT) as w:
        project.write(EVENT, "title: Changed\ndate: 2020\nsummary: s\n")
        w.wait_for(1)
    assert w.threads == {"loop"}


def test_deletions_renames_and_atomic_saves_are_changes(project: Project) -> None:
    with watching(CONTENT) as w:
        os.rename("content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml")
        w.wait_for(1)
        w.settle()
        tmp = project.write("content/story-a/events/.e1.yaml.tmp", "title: Atomic\ndate: 2020\nsummary: s\n")
        os.replace(tmp, EVENT)
        w.wait_for(2)
        w.settle()
        project.remove("content/story-a/locations/loc-a.yaml")
        w.wait_for(3)
        w.settle()
        os.rename("content/story-a/locations", "content/story-a/places")
        w.wait_for(4)
        w.settle()
    assert w.batches == [
        ["content/story-a/figures/fig-a.yaml", "content/story-a/figures/fig-b.yaml"],
        [EVENT],
        ["content/story-a/locations/loc-a.yaml"],
        ["content/story-a/locations", "content/story-a/places"],
    ]


def test_a_file_in_a_new_folder_is_a_change(project: Project) -> None:
    # The new folder is watched too (and the folder itself is a change).
    with watching(CONTENT) as w:
        project.write("content/story-b/story.yaml", "title: B\n")
        w.wait_for(1)
        w.settle()
        before = len(w.batches)  # the folder and its file may have come as one batch or two
        project.write("content/story-b/events/e1.yaml", "title: E\ndate: 2020\nsummary: s\n")
        w.wait_for(before + 1)
        w.settle()
    # A file made at once in a new folder may be seen only as the folder: the system
    # reports the folder before the watch on it is in place. Either way it is a change,
    # and a rebuild reads every file again, so the new file is built.
    later = [path for batch in w.batches[before:] for path in batch]
    assert "content/story-b/events/e1.yaml" in later or "content/story-b/events" in later, w.batches


def test_a_new_folder_and_the_files_made_in_it_soon_after_are_one_rebuild(project: Project) -> None:
    # A folder made, then files in it a little later than one settle window (as a slow
    # copy or `explainer new` may make them): one burst, not a first one with the folder
    # still empty.
    with watching(CONTENT) as w:
        os.makedirs("content/story-b/events")
        time.sleep(2 * STEP_MS / 1000)
        for name in ("story.yaml", "events/e1.yaml"):
            project.write(f"content/story-b/{name}", "title: B\n")
        w.wait_for(1)
        w.settle(0.3)
    assert len(w.batches) == 1, w.batches
    assert "content/story-b/story.yaml" in w.batches[0], w.batches


def test_editor_temporary_files_are_not_changes(project: Project) -> None:
    with watching(CONTENT) as w:
        for name in (
            ".e1.yaml.swp",
            ".e1.yaml.swx",
            "e1.yaml~",
            "#e1.yaml#",
            ".#e1.yaml",
            "_notes.md",
            "~lock.yaml",
            "e1.yaml___jb_tmp___",  # JetBrains' IDEs save through these
            "e1.yaml___jb_old___",
            "e1.yaml.vsctmp",  # VS Code's atomic save
            "e1.yaml.crswap",  # a browser's web editor
            "e1.yaml.bKqZwe",  # Qt's QSaveFile (Kate and other KDE editors)
            ".!1234!e1.yaml",
            "._e1.yaml",  # macOS's file of a file's attributes
        ):
            project.write(f"content/story-a/events/{name}", "x")
        # What Vim writes and deletes to test a folder, and Windows' and macOS's own files.
        for name in (
            "4913",
            "Thumbs.db",
            "desktop.ini",
            "Icon\r",
            ".DS_Store",
            "~$story.yaml",
            ".~lock.story.yaml#",
        ):
            project.write(f"content/story-a/{name}", "x")
        project.write("content/.git/index", "x")  # anything in a hidden folder
        project.write("content/_drafts/e9.yaml", "x")
        w.settle(0.5)
    assert w.batches == []


def test_the_theme_follows_its_own_rule_partials_count(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    with watching({"templates": files.is_ignored_in_theme, "content": files.is_ignored}) as w:
        Path("templates/.story.html.swp").write_text("x")
        Path("templates/assets/.style.css.swp").write_text("x")
        Path("templates/base.html~").write_text("x")
        Path("templates/assets/#style.css#").write_text("x")
        w.settle(0.5)
        assert w.batches == []
        macros = Path("templates/_macros.html")
        macros.write_text(macros.read_text() + "\n")  # a partial: '_' counts in the theme
        w.wait_for(1)
        project.write("content/_notes.md", "x")  # ... and not in content
        w.settle(0.5)
    assert w.batches == [["templates/_macros.html"]]


def test_a_folder_that_cannot_be_watched_is_reported_once_and_watched_when_it_can(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    with watching({"content": files.is_ignored, "later": files.is_ignored}, probe=False) as w:
        w.wait_for(1)  # a rebuild, which shows the content's own errors
        assert w.batches == [["content", "later"]]
        time.sleep(1.5)  # tried again meanwhile: still no folder, nothing new to say or build
        Path("later").mkdir()
        deadline = time.monotonic() + 5
        while not any("later/x.yaml" in batch for batch in w.batches):
            assert time.monotonic() < deadline, w.batches
            Path("later/x.yaml").write_text(str(time.monotonic()))
            time.sleep(0.2)
    said = [line for line in capsys.readouterr().out.splitlines() if "watching" in line]
    assert len(said) == 1, said
    assert said[0].endswith("not watching for changes: folder 'later' not found; trying again every second")
    assert w.batches[0] == ["content", "later"] and len(w.batches) >= 2


@pytest.mark.parametrize("restore", ["copy", "rename"])
def test_a_folder_removed_and_made_again_is_watched_anew(project: Project, restore: str) -> None:
    # Restoring content/ from a backup: the system's watch was on the folder now gone.
    shutil.copytree("content", "backup")
    with watching(CONTENT) as w:
        shutil.rmtree("content")
        if restore == "copy":
            shutil.copytree("backup", "content")
        else:
            os.rename("backup", "content")
        w.wait_for(1)
        w.settle(1.5)  # the removal; then, watched anew, a rebuild of everything
        assert any("content" in batch for batch in w.batches), w.batches
        before = len(w.batches)
        deadline = time.monotonic() + 5
        while not any(EVENT in batch for batch in w.batches[before:]):
            assert time.monotonic() < deadline, "a save after the restore was never seen"
            project.write(EVENT, f"title: After {time.monotonic()}\ndate: 2020\nsummary: s\n")
            time.sleep(0.2)


def test_a_folder_removed_is_built_once_and_named_when_it_comes_back(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # git checkout of a commit without the content folder, then back: the rebuilds name
    # the content folder, not the first folder watched, and its removal is built once.
    shutil.copytree("content", "backup")
    Path("a-theme").mkdir()  # watched too, and named first when all are
    with watching({**CONTENT, "a-theme": files.is_ignored_in_theme}) as w:
        shutil.rmtree("content")
        w.wait_for(1)
        w.settle(1.5)  # tried again meanwhile: still no folder, nothing new to build
        gone = list(w.batches)
        # Not built again for the watcher's failure, which handed over every folder.
        assert all(name.startswith("content") for batch in gone for name in batch), gone
        os.rename("backup", "content")
        w.wait_for(len(gone) + 1)
        w.settle()
        assert w.batches[len(gone) :] == [["content"]]
    said = [line for line in capsys.readouterr().out.splitlines() if "not watching" in line]
    assert len(said) == 1, said
    assert said[0].endswith("not watching for changes: folder 'content' not found; trying again every second")


def test_what_changed_while_watching_failed_is_built_when_it_watches_again(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file name that is not UTF-8 stops watchfiles; the editor deletes the file.
    bad = os.path.join(b"content", b"story-a", b"events", b"bad\xff.yaml")
    with watching(CONTENT) as w:
        Path(os.fsdecode(bad)).write_text("title: x\n")
        w.wait_for(1)  # the failure, said once, and a rebuild
        os.unlink(bad)
        deadline = time.monotonic() + 5
        while not any(batch == ["content"] for batch in w.batches[1:]):  # watched again: built
            assert time.monotonic() < deadline, w.batches
            time.sleep(0.1)
    said = [line for line in capsys.readouterr().out.splitlines() if "not watching" in line]
    assert len(said) == 1 and "trying again every second" in said[0], said


def test_stopping_ends_the_watchers_thread(project: Project) -> None:
    with watching(CONTENT) as w:
        pass
    assert not any(t.name == "explainer-watcher" for t in threading.enumerate())
    project.write(EVENT, "title: After\ndate: 2020\nsummary: s\n")
    time.sleep(0.3)
    assert w.batches == []


def test_a_burst_that_does_not_settle_is_built_within_debounce(project: Project) -> None:
    # A new file every fifth of a settle window (a tool writing file after file): each
    # window sees paths it had not seen, so the burst never settles; debounce still lets
    # it through.
    with watching({"content": files.is_ignored}, debounce_ms=200) as w:
        started = time.monotonic()
        i = 0
        while time.monotonic() - started < 1.2:
            project.write(f"content/story-a/events/n{i}.yaml", "title: N\ndate: 2020\nsummary: s\n")
            i += 1
            time.sleep(STEP_MS / 5000)
        ended = time.monotonic()
        w.settle()
    during = [t for t in w.arrived if t < ended]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert len(during) >= 3 and max(gaps) < 0.45, gaps
    assert {p for batch in w.batches for p in batch} == {
        f"content/story-a/events/n{n}.yaml" for n in range(i)
    }


def test_a_file_that_never_stops_changing_does_not_hold_back_the_rebuilds(
    project: Project, served: Server
) -> None:
    stop = threading.Event()

    def touch() -> None:
        deadline = time.monotonic() + 3
        while not stop.is_set() and time.monotonic() < deadline:
            os.utime("content/story-a/figures/fig-a.yaml")
            time.sleep(0.01)

    toucher = threading.Thread(target=touch, daemon=True)
    toucher.start()
    try:
        time.sleep(0.5)
        project.write(EVENT, event_text("Edited while busy"))
        saved = time.monotonic()
        while "Edited while busy" not in served.get("/story-a/events/e1/")[1]:
            assert time.monotonic() - saved < 1.5, served.lines
            time.sleep(0.02)
    finally:
        stop.set()
        toucher.join()


# --- which paths are changes, and how they are named ------------------------------------------


def _ignore_nothing(name: str) -> bool:
    return False


def test_a_path_is_named_as_the_editor_named_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content/story-a/events").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    watcher = ChangeWatcher({"./content/": files.is_ignored}, lambda batch: None)
    root = str(tmp_path)
    assert watcher.shown(f"{root}/content/story-a/events/e1.yaml") == "./content/story-a/events/e1.yaml"
    assert watcher.shown(f"{root}/content") == "./content/"
    assert watcher.shown(f"{root}/contents/e1.yaml") is None  # a neighbour with a longer name
    assert watcher.shown(f"{root}/elsewhere/e1.yaml") is None


def test_names_to_pass_over_count_anywhere_below_the_folder_not_above_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "_work/.projects/content").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "_work/.projects")
    watcher = ChangeWatcher({"content": files.is_ignored}, lambda batch: None)
    root = str(tmp_path / "_work/.projects/content")
    assert watcher.shown(f"{root}/story-a/e1.yaml") == "content/story-a/e1.yaml"
    assert watcher.shown(f"{root}/story-a/.git/index") is None
    assert watcher.shown(f"{root}/_drafts/e1.yaml") is None
    assert watcher.shown(f"{root}/story-a/e1.yaml~") is None


def test_the_most_specific_folder_decides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A theme inside the content folder keeps its own rule: its '_' partials are changes.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site/theme").mkdir(parents=True)
    watcher = ChangeWatcher(
        {"site": files.is_ignored, "site/theme": files.is_ignored_in_theme}, lambda batch: None
    )
    assert watcher.shown(f"{tmp_path}/site/theme/_macros.html") == "site/theme/_macros.html"
    assert watcher.shown(f"{tmp_path}/site/_notes.md") is None


def test_paths_reported_with_links_resolved_are_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # macOS reports /private/var/... for a folder under /var, a link; so it is here.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real/content").mkdir(parents=True)
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    watcher = ChangeWatcher({"linked/content": _ignore_nothing}, lambda batch: None)
    assert watcher.shown(f"{tmp_path}/real/content/e1.yaml") == "linked/content/e1.yaml"
    assert watcher.shown(f"{tmp_path}/linked/content/e1.yaml") == "linked/content/e1.yaml"
