"""The Markdown cache kept between build processes never changes the output."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.speed import diskcache
from tests.conftest import REPO, TEMPLATES, GeneratorCopy, site_files

FIXTURE = str(REPO / "tests" / "fixtures" / "small" / "content")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> diskcache.MarkdownStore:
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    return diskcache.MarkdownStore(FIXTURE)


def test_a_second_build_uses_the_cache_and_gives_the_same_bytes(
    tmp_path: Path, store: diskcache.MarkdownStore
) -> None:
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    entries = store.load()
    assert entries and all(len(k) == 64 for k in entries)
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "two"))
    assert site_files(tmp_path / "one") == site_files(tmp_path / "two")


def test_a_second_build_takes_its_conversions_from_the_cache(
    tmp_path: Path, store: diskcache.MarkdownStore
) -> None:
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    data = json.loads(Path(store.path).read_text())
    # Only the one text that needs Python-Markdown is kept: plain prose (``prose.py``) is
    # converted again sooner than a stored conversion is looked up.
    [(key, html)] = data["entries"].items()
    assert key == diskcache.digest("More detail on its own page.\n\n## A subheading")
    data["entries"] = {key: html + "<!-- from the cache -->"}
    Path(store.path).write_text(json.dumps(data))
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "two"))
    page = site_files(tmp_path / "two")["alpha/events/2021-03-01-start/index.html"]
    assert b"<h2>A subheading</h2><!-- from the cache -->" in page


def test_a_tampered_or_stale_cache_is_not_trusted(tmp_path: Path, store: diskcache.MarkdownStore) -> None:
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "clean"))
    data = json.loads(Path(store.path).read_text())
    data["entries"] = {k: "<script>alert(1)</script>" for k in data["entries"]}
    data["fingerprint"] = "an older version"
    Path(store.path).write_text(json.dumps(data))
    assert store.load() == {}
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "after"))
    assert site_files(tmp_path / "clean") == site_files(tmp_path / "after")
    Path(store.path).write_text("{not json")
    assert store.load() == {}


def test_a_cache_folder_others_can_write_is_ignored(tmp_path: Path, store: diskcache.MarkdownStore) -> None:
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "site"))
    assert store.load()
    Path(store.folder).chmod(0o777)
    assert store.load() == {}


def test_an_unchanged_build_does_not_rewrite_the_cache(
    tmp_path: Path, store: diskcache.MarkdownStore
) -> None:
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    first = Path(store.path).stat()
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    again = Path(store.path).stat()
    assert again.st_ino == first.st_ino and again.st_size == first.st_size  # the same file, not replaced


def test_cache_files_of_folders_not_built_for_a_month_are_deleted(
    tmp_path: Path, store: diskcache.MarkdownStore
) -> None:
    folder = Path(store.folder)
    folder.mkdir(parents=True, mode=0o700)
    stale, recent, leftover = (
        folder / "markdown-old.json",
        folder / "markdown-new.json",
        folder / ".markdown-x",
    )
    for path in (stale, recent, leftover):
        path.write_text("{}")
    month_ago = time.time() - diskcache.MAX_AGE - 60
    os.utime(stale, (month_ago, month_ago))
    os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    markdown = sorted(p.name for p in folder.iterdir() if "markdown" in p.name)
    assert markdown == sorted([recent.name, Path(store.path).name])


def test_another_release_of_python_converts_again(
    tmp_path: Path, store: diskcache.MarkdownStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python-Markdown reads a text's HTML with a copy of the standard library's
    # html.parser, which Python's patch releases have changed: a conversion stored
    # under one release is not one the next would make.
    build(content=FIXTURE, templates=TEMPLATES, out=str(tmp_path / "one"))
    assert store.load()
    monkeypatch.setattr(sys, "version", sys.version + " (the next patch release)")
    assert diskcache.MarkdownStore(FIXTURE).load() == {}


def test_a_change_to_the_converter_is_seen_by_the_next_build(tmp_path: Path) -> None:
    # Its stored conversions must not outlive a new version of the generator.
    copy = GeneratorCopy(tmp_path)
    page = "alpha/events/2021-03-01-start/index.html"
    assert b"<h2>A subheading</h2>" in (copy.build(FIXTURE, "one") / page).read_bytes()
    assert any((tmp_path / "tmp").rglob("markdown-*.json")), "the first build stored its conversions"
    copy.edit("markdown/markup.py", "TOP_HEADING = 2\n", "TOP_HEADING = 3\n")
    assert b"<h3>A subheading</h3>" in (copy.build(FIXTURE, "two") / page).read_bytes()


class _Vanished:
    """A directory entry whose file another process deleted after the folder was listed."""

    def __init__(self, folder: Path) -> None:
        self.name = "markdown-vanished.json"
        self.path = str(folder / self.name)

    def stat(self) -> os.stat_result:
        raise FileNotFoundError(2, "No such file or directory", self.path)


def test_pruning_passes_over_a_file_gone_since_the_folder_was_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = time.time() - diskcache.MAX_AGE - 60
    for name in ("markdown-a.json", "markdown-b.json", "markdown-kept.json"):
        (tmp_path / name).write_text("{}")
        os.utime(tmp_path / name, (old, old))
    scandir = os.scandir

    def listing(folder: str) -> list[object]:
        with scandir(folder) as entries:
            return [_Vanished(tmp_path), *entries]

    monkeypatch.setattr(os, "scandir", listing)
    diskcache._prune(str(tmp_path), keep=str(tmp_path / "markdown-kept.json"))
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["markdown-kept.json"]
