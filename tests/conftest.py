"""Shared fixtures: small projects written into tmp_path, built and checked in place.

Tests run inside the project folder (``monkeypatch.chdir``) so that error paths read
exactly as an editor would see them: ``content/story-a/events/e1.yaml:3:7: ...``.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.content.model import Site
from generator.errors import ContentError
from generator.render import searchindex
from tests.search_bundle import comparable

pytest_plugins = [
    "tests.browser",  # the `browser` fixture (headless Chromium)
    "tests.pictured",  # `pictured_site`: a story of camera photos, built once
    "tests.long_story",  # `long_site`: a story too long for one page, built once
    "tests.news_story",  # `news_site`: a story of centuries an article about its news embeds
    "tests.https_server",  # `https_server` (a real HTTPS server here) and `local_only`
    "tests.deploying",  # `repo`: a project in a git repository, with a bare 'origin'
    "tests.importing",  # `empty`: a project to import a timeline into
]

REPO = Path(__file__).resolve().parent.parent
TEMPLATES = str(REPO / "templates")

NEEDS_PAGEFIND = pytest.mark.skipif(
    not searchindex.available() and os.environ.get("CI") != "true",
    reason="Pagefind is not installed (pip install -e '.[search]')",
)
"""For a test that needs the Pagefind binary: skipped on a computer without it, never in
CI (``.ci/run`` installs it, and a test skipped there would pass for nothing)."""
SEED_STORY = "kyrgyzstan-2010"


def checked(content: str) -> Site:
    """The site the content folder ``content`` makes, drafts included
    (``pipeline.load_and_check``); ContentError with every problem."""
    return pipeline.load_and_check(content)[2]


def seed_content(folder: Path) -> Path:
    """The seed explainer alone (``content/site.yaml`` and its story), copied into
    ``folder``: tests that count what the whole site holds keep passing once an editor
    adds stories of their own to ``content/``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content" / "site.yaml", folder / "site.yaml")
    shutil.copytree(REPO / "content" / SEED_STORY, folder / SEED_STORY)
    return folder


MINIMAL = {
    "content/site.yaml": "title: Test site\n",
    "content/story-a/story.yaml": """\
        title: Story A
        summary: What story A is about.
        published: 2020-01-02
        sources:
          src-a:
            publisher: Example News
        """,
    "content/story-a/events/e1.yaml": """\
        title: First event
        date: 2020-01-01
        summary: Something happened.
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        """,
    "content/story-a/figures/fig-a.yaml": "name: Figure A\nrole: Someone involved\n",
    "content/story-a/locations/loc-a.yaml": "name: Place A\ncoordinates: [10, 20]\n",
}


BREAKING = {
    "2024-03-14T00:19": ("first-blast", True),
    "2024-03-14T00:41": ("second-blast", False),
    "2024-03-14T02:10": ("police-statement", True),
    "2024-03-15T08:00+02:00": ("next-morning", True),
    "2024-03-15T09:30+02:00": ("vigil", False),
}
"""A breaking story's events by date: several on one day, then the next; the id, and
whether the story's one figure is in it (its page lists those, the filter shows them)."""


def story_folder(content: Path, story_id: str, story: str, site: str, folders: tuple[str, ...]) -> Path:
    """A test's own small story: ``content/site.yaml`` (``site``), and the story
    ``story_id``'s folder with its ``story.yaml`` (``story``) and the empty ``folders``
    its test fills (``events``, ``media``...); the story's folder."""
    folder = content / story_id
    for name in folders:
        (folder / name).mkdir(parents=True)
    (content / "site.yaml").write_text(site)
    (folder / "story.yaml").write_text(story)
    return folder


def write_breaking(root: Path) -> Path:
    """A breaking story told hour by hour (``BREAKING``), with a figure and a place, in
    ``root``; its content folder."""
    project = Project(root)
    project.write("content/site.yaml", "title: Test site\n")
    project.write(
        "content/breaking/story.yaml",
        "title: Blasts in the city\nsummary: What happened overnight.\npublished: 2024-03-16\n"
        "sources:\n  src-a:\n    publisher: Example News\n",
    )
    project.write(
        "content/breaking/figures/chief.yaml", "name: The police chief\nrole: Spoke for the police\n"
    )
    project.write("content/breaking/locations/square.yaml", "name: The square\ncoordinates: [10, 20]\n")
    for date, (eid, chief) in BREAKING.items():
        figures = "figures: [chief]\n" if chief else ""
        project.write(
            f"content/breaking/events/{eid}.yaml",
            f"title: {eid.replace('-', ' ').capitalize()}\ndate: {date}\nsummary: It happened.\n"
            f"sources: [src-a]\nlocations: [square]\n{figures}",
        )
    return root / "content"


def write_updates(project: Project, kinds: str, latest_cites: int | None = None) -> None:
    """Story A of ``MINIMAL`` with an entry of ``updates`` for each letter of ``kinds``,
    oldest first ('u' an update, 'c' a correction), a day apart, each telling of its event
    e1; the latest linking to the entry numbered ``latest_cites`` too, if given."""
    story = (project.root / "content/story-a/story.yaml").read_text()
    lines = ["updates:"]
    for n, kind in enumerate(kinds, start=1):
        day = datetime.date(2020, 1, 2) + datetime.timedelta(days=n)
        cites = (
            f" As [entry {latest_cites}](#update-{latest_cites}) said."
            if latest_cites and n == len(kinds)
            else ""
        )
        lines += [
            f"  - date: {day.isoformat()}",
            f"    text: Entry {n} on [the event](events/e1.yaml).{cites}",
        ]
        lines += ["    kind: correction"] if kind == "c" else []
    project.write("content/story-a/story.yaml", story + "\n".join(lines) + "\n")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output instead of comparing with it",
    )


class Project:
    """A project folder in tmp_path; paths are relative to it (the current folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, rel: str, text: str | bytes) -> Path:
        """``text`` (dedented) or the bytes as the file ``rel``, made whole at once: written
        beside it under a hidden name, then moved in its place, as many editors save. A
        preview watching the project never sees the file empty or half written, which a
        write in place shows it when the machine is loaded, and which then decides the
        rebuilds' order. Through a link, the file it leads to is written in place."""
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text if isinstance(text, bytes) else textwrap.dedent(text).encode("utf-8")
        if path.is_symlink():
            path.write_bytes(data)
            return path
        part = path.with_name(f".{path.name}.part")
        part.write_bytes(data)
        os.replace(part, path)
        return path

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def problems(self) -> list[str]:
        """Every problem checking the content finds (``pipeline.load_and_check``), as printed; [] when it is valid."""
        try:
            pipeline.load_and_check("content")
        except ContentError as errors:
            return [str(p) for p in errors.problems]
        return []


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Project]:
    """A valid minimal project (one story, one event, figure and location), as cwd."""
    monkeypatch.chdir(tmp_path)
    p = Project(tmp_path)
    for rel, text in MINIMAL.items():
        p.write(rel, text)
    yield p


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError in the block once ``seconds`` have passed, so a test of something
    that blocks or runs away fails instead of hanging the suite."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail a test that blocks (on a FIFO, say) after 5 s instead of hanging the suite."""
    with time_limit(5):
        yield


def site_files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, for comparing whole sites; the few
    files of the search bundle whose bytes vary from run to run in a form that does not
    (``search_bundle.py``)."""
    files = {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    return comparable(files)


def live_children() -> list[int]:
    """This process's live child processes (zombies are not alive)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                found.append(int(entry))
    return found


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own (``TMPDIR``), where builds keep their caches."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """An author and committer for the git commands a test runs, and no user's own git
    settings (a real repository's commits need a name; the machine's may have none)."""
    for var, value in {
        "GIT_AUTHOR_NAME": "Ed Itor", "GIT_AUTHOR_EMAIL": "ed@example.org",
        "GIT_COMMITTER_NAME": "Ed Itor", "GIT_COMMITTER_EMAIL": "ed@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null",
    }.items():  # fmt: skip
        monkeypatch.setenv(var, value)


class GeneratorCopy:
    """A copy of the generator under ``tmp_path/code``, run as a build process of its own
    each time, as an editor would run a new version after pulling it: what a cache kept
    from an older version must not outlive it."""

    def __init__(self, tmp_path: Path) -> None:
        self.root = tmp_path
        self.code = tmp_path / "code" / "generator"
        shutil.copytree(REPO / "generator", self.code, ignore=shutil.ignore_patterns("__pycache__"))
        (tmp_path / "tmp").mkdir()
        self.env = {
            **os.environ,
            "PYTHONPATH": str(tmp_path / "code"),
            "TMPDIR": str(tmp_path / "tmp"),  # the caches, the test's own
            # No compiled modules: an edit may keep a file's size and its mtime's second,
            # which Python's own check of compiled files would not notice.
            "PYTHONDONTWRITEBYTECODE": "1",
        }

    def build(self, content: str, out: str) -> Path:
        """Build ``content`` with the theme into ``tmp_path/out``; that folder."""
        subprocess.run(
            [sys.executable, "-m", "generator", "build", "--content", content, "--templates", TEMPLATES,
             "--out", str(self.root / out)],
            env=self.env, check=True, capture_output=True, cwd=self.root,  # not the repository: its generator/ comes first
        )  # fmt: skip
        return self.root / out

    def edit(self, module: str, old: str, new: str) -> None:
        """Replace ``old`` by ``new`` in the copy's ``module`` (a path under generator/)."""
        path = self.code / module
        source = path.read_text(encoding="utf-8")
        assert old in source, f"{old!r} not in {module}"
        path.write_text(source.replace(old, new), encoding="utf-8")
