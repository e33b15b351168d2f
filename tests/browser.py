"""Headless Chromium for browser tests: Debian's package, driven by Playwright.

Playwright's own browser downloads do not work on these machines, so we point it at the
system Chromium. A test may skip when no Chromium is installed, except under CI, where
a skip would hide a missing install step: there it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is not installed; .ci/run must install Debian's chromium")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def need_japanese_font() -> None:
    """A test that measures how Japanese text lays out needs a font that has it: without
    one, Chromium draws each character as a narrow box, and a headline one character too
    wide for its box fits on one line. It skips without one, except under CI, where
    ``.ci/run`` installs Debian's fonts-ipafont-gothic."""
    listed = (
        subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True)
        if shutil.which("fc-list")
        else None
    )
    if listed is None or not listed.stdout.strip():
        if os.environ.get("CI") == "true":
            pytest.fail("no Japanese font is installed; .ci/run must install Debian's fonts-ipafont-gothic")
        pytest.skip("no Japanese font is installed (apt-get install fonts-ipafont-gothic)")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright import sync_api
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("playwright is not installed; `make test` installs it")
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=chromium_path(), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


def close_preview_page(page: Any) -> None:
    """Close ``page``, a page of the preview, once it is off the preview. Chromium can
    acknowledge a close that meets a reload's commit and then never close the page
    (crbug.com/536385539), and Playwright's ``page.close()`` has no time limit: the test
    run hung there. A preview page reloads whenever a rebuild says so; ``about:blank``
    runs no script, so once it is shown nothing navigates the page again. A reload that
    interrupts the way there is followed by another try."""
    from playwright.sync_api import Error

    for attempt in range(3):
        try:
            page.goto("about:blank", timeout=10_000)
            break
        except Error:
            if attempt == 2:
                raise
    page.close()
