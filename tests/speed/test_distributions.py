"""Installed distributions read as importlib.metadata reads them (speed/distributions.py)."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

from generator.speed import distributions


@pytest.mark.parametrize("name", ["pillow", "Pillow", "jinja2", "MarkupSafe", "PyYAML", "not-installed-here"])
def test_an_install_record_is_read_as_importlib_metadata_reads_it(name: str) -> None:
    try:
        distribution = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        expected = None
    else:
        files = distribution.files or ()
        expected = (distribution.version, [(str(f), f.hash.value if f.hash else None) for f in files])
    assert distributions.installed(name) == expected
    assert expected is not None or name == "not-installed-here"


def test_the_install_record_read_is_the_one_importlib_metadata_finds_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two copies on the path: the first folder's, whatever else a later folder has; an
    # egg-info folder, or a zip archive, is left to importlib.metadata itself.
    first, second, eggs = tmp_path / "first", tmp_path / "second", tmp_path / "eggs"
    for folder, version in ((first, "1.0"), (second, "2.0")):
        info = folder / f"Some_Thing-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: some-thing\nVersion: {version}\n")
        (info / "RECORD").write_text(f"some_thing/core.so,sha256=digest{version},10\n{info.name}/RECORD,,\n")
    (eggs / "some_thing.egg-info").mkdir(parents=True)
    (eggs / "some_thing.egg-info" / "PKG-INFO").write_text(
        "Metadata-Version: 1.1\nName: some-thing\nVersion: 3.0\n"
    )
    (eggs / "some_thing.egg-info" / "SOURCES.txt").write_text("some_thing/core.so\n")
    for path in ([first, second], [second, first], [eggs, first]):
        monkeypatch.setattr(sys, "path", [str(p) for p in path])
        distribution = importlib.metadata.distribution("some.thing")
        expected = (
            distribution.version,
            [(str(f), f.hash.value if f.hash else None) for f in distribution.files or ()],
        )
        assert distributions.installed("some.thing") == expected, path
    assert expected[0] == "3.0"  # the egg's, read by importlib.metadata


def test_an_install_record_not_in_a_dist_info_folder_is_asked_of_importlib_metadata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = distributions.installed("pillow")
    monkeypatch.setattr(distributions, "_dist_info", lambda name: None)  # an egg, say
    asked: list[str] = []
    distribution = importlib.metadata.distribution

    def asking(name: str) -> importlib.metadata.Distribution:
        asked.append(name)
        return distribution(name)

    monkeypatch.setattr(importlib.metadata, "distribution", asking)
    assert distributions.installed("pillow") == found and asked == ["pillow"]
