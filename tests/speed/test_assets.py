"""The theme's assets as the preview's server publishes them (``speed/assets.py``): a
stylesheet's bytes kept while its file is unchanged, and, with the speed-ups off, made
again at each request, as a build makes them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import speed
from generator.output import stylesheets
from generator.preview.rebuild import Builder, Preview
from generator.speed.assets import KeptAssets, PlainAssets
from generator.switch import SPEED_SWITCH
from tests.conftest import TEMPLATES, Project

SHEET = b"/* the theme's note */\nbody { color: red; }\n"


def _read(path: str) -> bytes:
    return Path(path).read_bytes()


def test_a_stylesheet_is_stripped_once_while_its_file_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheet = tmp_path / "style.css"
    sheet.write_bytes(SHEET)
    stripped: list[bytes] = []
    strip = stylesheets.published

    def counted(data: bytes) -> bytes:
        stripped.append(data)
        return strip(data)

    monkeypatch.setattr(stylesheets, "published", counted)
    assets = KeptAssets()
    assert assets.published("style.css", str(sheet), _read) == b"body { color: red; }\n"
    assert assets.published("style.css", str(sheet), _read) == b"body { color: red; }\n"
    assert stripped == [SHEET]
    assert PlainAssets().published("style.css", str(sheet), _read) == b"body { color: red; }\n"
    assert PlainAssets().published("style.css", str(sheet), _read) == b"body { color: red; }\n"
    assert stripped == [SHEET] * 3  # the plain one keeps nothing


def test_other_assets_are_served_as_they_are_and_never_kept(tmp_path: Path) -> None:
    font = tmp_path / "font.woff2"
    font.write_bytes(b"/* not a comment */")
    for assets in (KeptAssets(), PlainAssets()):
        assert assets.published("font.woff2", str(font), _read) == b"/* not a comment */"
    kept = KeptAssets()
    kept.published("font.woff2", str(font), _read)
    assert kept.kept == {}


def test_a_file_that_cannot_be_read_is_said_as_the_reader_says_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.css")
    for assets in (KeptAssets(), PlainAssets()):
        with pytest.raises(OSError):
            assets.published("gone.css", missing, _read)


@pytest.mark.parametrize("switch", ["on", "off"])
def test_the_speed_switch_turns_the_kept_stylesheets_off_with_the_other_speed_ups(
    project: Project, monkeypatch: pytest.MonkeyPatch, switch: str
) -> None:
    # The server kept a stylesheet by its file's size and modification time whatever the
    # switch said: the one cache the speed-ups' switch left on. A save that keeps both
    # (a tool that restores the time) shows that it is off: the new bytes are served.
    monkeypatch.setenv(SPEED_SWITCH, switch)
    shutil.copytree(TEMPLATES, "templates")
    sheet = Path("templates/assets/style.css")
    sheet.write_bytes(SHEET)
    os.utime(sheet, ns=(1, 1))
    preview = Preview(Builder("content", "templates"))
    assert isinstance(preview.assets, KeptAssets if switch == "on" else PlainAssets)
    assert isinstance(speed.theme_assets(), KeptAssets if switch == "on" else PlainAssets)
    assert preview.rebuild()[0] is True
    assert preview.file(["assets", "style.css"]) == b"body { color: red; }\n"
    sheet.write_bytes(SHEET.replace(b"red", b"tan"))  # the same size
    os.utime(sheet, ns=(1, 1))
    served = preview.file(["assets", "style.css"])
    assert served == (b"body { color: red; }\n" if switch == "on" else b"body { color: tan; }\n")
