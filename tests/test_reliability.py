"""No input, crash or interruption loses the published site or runs code."""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from benchmarks.synthetic import write_site
from generator.cli import main
from generator.commands.build import build
from generator.errors import UsageError
from generator.output import staging as output
from generator.output.staging import MARKER, _exchange
from generator.speed import parallel
from generator.speed import rendering as fast
from tests.conftest import REPO, TEMPLATES, Project, site_files
from tests.images import photo


def test_the_swap_is_one_atomic_exchange_on_linux(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x").write_text("b")
    if sys.platform != "linux":
        pytest.skip("renameat2 is Linux only; other systems use two renames")
    assert _exchange(str(tmp_path / "a"), str(tmp_path / "b"))
    assert (tmp_path / "a" / "x").read_text() == "b" and (tmp_path / "b" / "x").read_text() == "a"


def test_the_output_is_marked_and_a_foreign_folder_is_refused(project: Project) -> None:
    project.write("site/precious.txt", "not ours")
    with pytest.raises(UsageError, match="has files that explainer did not build"):
        build(content="content", templates=TEMPLATES, out="site")
    assert (project.root / "site/precious.txt").read_text() == "not ours"
    build(content="content", templates=TEMPLATES, out="site", force=True)
    assert (project.root / "site" / MARKER).exists()
    assert not (project.root / "site/precious.txt").exists()
    build(content="content", templates=TEMPLATES, out="site")  # ours now: no --force needed


def test_force_on_the_command_line_replaces_a_foreign_folder(project: Project) -> None:
    project.write("site/precious.txt", "not ours")
    assert main(["build", "--templates", TEMPLATES]) == 2
    assert main(["build", "--templates", TEMPLATES, "--force"]) == 0
    assert (project.root / "site" / MARKER).exists()


def test_an_output_that_is_a_file_is_refused(project: Project) -> None:
    project.write("site", "a file")
    assert main(["build", "--templates", TEMPLATES]) == 2
    assert (project.root / "site").read_text() == "a file"


def test_a_site_caught_between_two_renames_is_recovered(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    before = site_files(project.root / "site")
    # As a killed build on a system without atomic exchange would leave it:
    os.rename(project.root / "site", project.root / ".site.tmp-999999999-x.old")
    project.write(".site.tmp-999999999-y/half.html", "half a page")
    project.write(f".site.tmp-999999999-y/{output.MARKER}", output.MARKER_TEXT)  # made by a build
    project.write(".site.tmp-999999999-z/mine.txt", "not the build's: no marker")
    output.recover("site")
    assert site_files(project.root / "site") == before
    assert sorted(p.name for p in project.root.iterdir()) == [".site.tmp-999999999-z", "content", "site"]


def test_disk_full_is_an_error_message_and_changes_nothing(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--templates", TEMPLATES]) == 0
    capsys.readouterr()
    before = site_files(project.root / "site")
    real_write = output._write_file
    calls = {"n": 0}

    def full_disk(path: str, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
        real_write(path, data)

    monkeypatch.setattr(output, "_write_file", full_disk)  # where every file is written
    assert main(["build", "--templates", TEMPLATES]) == 1
    err = capsys.readouterr().err
    assert err.startswith("explainer: error: No space left on device: ")
    assert "Traceback" not in err
    assert site_files(project.root / "site") == before
    assert sorted(p.name for p in project.root.iterdir()) == ["content", "site"]


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_disk_full_in_the_helper_process_changes_nothing(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both processes write the pages they render; a failure in the forked helper must
    # reach the build as the same one-line error, with the old site kept.
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 2)
    assert main(["build", "--templates", TEMPLATES]) == 0
    capsys.readouterr()
    before = site_files(project.root / "site")
    parent = os.getpid()
    real_write = output._write_file

    def full_in_helper(path: str, data: bytes) -> None:
        if os.getpid() != parent:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), path)
        real_write(path, data)

    real_take = parallel.Claims.take

    def helper_takes_all(self: parallel.Claims, *, front: bool, batch: int) -> range:
        # The render's helper takes pages from the back (this process from the front), and
        # a page beside the index left undone by its idle helper (the front) is done here.
        return real_take(self, front=front, batch=batch) if not front else range(0)

    monkeypatch.setattr(output, "_write_file", full_in_helper)
    monkeypatch.setattr(parallel.Claims, "take", helper_takes_all)  # so the helper writes pages
    assert main(["build", "--templates", TEMPLATES]) == 1
    err = capsys.readouterr().err
    assert err.startswith("explainer: error: No space left on device: ")
    assert site_files(project.root / "site") == before
    assert sorted(p.name for p in project.root.iterdir()) == ["content", "site"]


def test_permission_denied_is_an_error_message(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def denied(*args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(project.root))

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    assert main(["build", "--templates", TEMPLATES]) == 1
    assert capsys.readouterr().err == f"explainer: error: Permission denied: {project.root}\n"


def test_an_empty_content_folder_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "content").mkdir()
    assert main(["build", "--templates", TEMPLATES]) == 1
    assert capsys.readouterr().err.startswith("content/site.yaml:1:1: missing site.yaml")


def test_killed_builds_leave_the_previous_site_or_the_new_one(tmp_path: Path) -> None:
    """SIGKILL a real build at random moments; the output is always one whole site."""
    content = write_site(str(tmp_path), 150)
    out = tmp_path / "site"
    command = [sys.executable, "-m", "generator", "build", "--content", content, "--templates", TEMPLATES,
               "--out", str(out)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(command, check=True, env=env, capture_output=True)
    old = site_files(out)
    event = Path(content, "bench", "events", "event-00007.yaml")
    event.write_text(event.read_text().replace("Event number 7", "Event number seven"))
    new_dir = tmp_path / "reference"
    subprocess.run([*command[:-1], str(new_dir)], check=True, env=env, capture_output=True)
    new = site_files(new_dir)
    assert old != new
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, capture_output=True)
    full = time.monotonic() - started
    rng = random.Random(2024)
    outcomes = {"old": 0, "new": 0}
    for _ in range(12):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, full * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = site_files(out)
        assert now in (old, new)
        outcomes["old" if now == old else "new"] += 1
        if now == new:  # start the next round from the old site again
            event.write_text(event.read_text().replace("Event number seven", "Event number 7"))
            subprocess.run(command, check=True, env=env, capture_output=True)
            event.write_text(event.read_text().replace("Event number 7", "Event number seven"))
    print("kill outcomes:", outcomes)
    assert sum(outcomes.values()) == 12


def _children(pid: int) -> set[int]:
    """The processes ``pid`` has started and not yet waited for (Linux's /proc)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found.update(int(child) for child in task.read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not parallel.available(),
                    reason="needs Linux's /proc and two cores, as CI has")  # fmt: skip
@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP"])
def test_a_build_ended_by_a_signal_stops_its_helpers_and_leaves_the_previous_site(
    project: Project, how: str
) -> None:
    # While a helper encodes pictures, a `kill` (or a closed terminal) ends the build as
    # Ctrl-C does. By Python's default it died at once and the helper went on alone.
    command = [sys.executable, "-m", "generator", "build", "--content", "content", "--templates", TEMPLATES,
               "--out", "site"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(project.root / "tmp")}
    (project.root / "tmp").mkdir()
    subprocess.run(command, check=True, env=env, capture_output=True, cwd=project.root)
    before = site_files(project.root / "site")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    for i in range(12):
        project.write(f"content/story-a/media/p{i}.jpg", photo(3000, 2000, seed=i))
    project.write("content/story-a/events/e1.yaml", event + "image:\n  src: media/p0.jpg\n  alt: A\n")
    for i in range(1, 12):
        project.write(f"content/story-a/events/p{i}.yaml",
                      f"title: P{i}\ndate: 2020-01-01\nsummary: S.\nimage:\n  src: media/p{i}.jpg\n  alt: A\n")  # fmt: skip
    process = subprocess.Popen(command, env=env, cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)  # fmt: skip
    helpers: set[int] = set()
    deadline = time.monotonic() + 60
    while not helpers and process.poll() is None and time.monotonic() < deadline:
        helpers = _children(process.pid)
        time.sleep(0.01)
    assert helpers, "the build started no helper"
    time.sleep(0.3)  # well into the encoding, which takes seconds
    assert process.poll() is None, "the build ended before the signal could stop it"
    process.send_signal(getattr(signal, how))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 128 + getattr(signal, how), err  # what it said, if it went on
    assert err.endswith("explainer: interrupted; the previous site is unchanged\n"), err
    assert not [pid for pid in helpers if _alive(pid)], "a helper went on after the build ended"
    assert site_files(project.root / "site") == before
    assert not list(project.root.glob(".site.tmp-*"))  # the unfinished folder put away
