"""Lighthouse with its mobile defaults (a mid-range phone, simulated slow 4G) on story
pages (the seed's, the fixture's, and a story of camera photos): at least 0.95 in
performance, accessibility, best practices and SEO, and no layout shift.

Lighthouse comes from the npm registry (``make setup``) and drives Debian's Chromium
(``CHROME_PATH``); it never downloads a browser. Each run takes about 25 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.commands.build import build
from tests.browser import LAUNCH_ARGS, chromium_path
from tests.conftest import REPO, TEMPLATES
from tests.crawl import serve
from tests.pictured import STORY_PAGE

LIGHTHOUSE = REPO / ".venv" / "node" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ["kyrgyzstan-2010/index.html", "alpha/index.html"]


def lighthouse_path() -> Path:
    if not LIGHTHOUSE.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Lighthouse is not installed; `make test` installs it with npm")
        pytest.skip("Lighthouse is not installed (needs npm; see the Makefile)")
    return LIGHTHOUSE


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed explainer and the fixture story (a picture, updates, a correction),
    with the public address set, as a published site has it."""
    root = tmp_path_factory.mktemp("lighthouse")
    base = "https://example.org/explainers/"
    build(content=str(REPO / "content"), templates=TEMPLATES, out=str(root / "site"), base_url=base)
    fixture = REPO / "tests" / "fixtures" / "small" / "content"
    build(content=str(fixture), templates=TEMPLATES, out=str(root / "fixture"), base_url=base)
    shutil.copytree(root / "fixture" / "alpha", root / "site" / "alpha")
    with serve(root / "site", not_found=root / "site" / "404.html") as url:
        yield url
    shutil.rmtree(root, ignore_errors=True)


def lighthouse(url: str, report: Path) -> dict[str, Any]:
    """Lighthouse's report on the page at ``url`` (mobile defaults), written to ``report``."""
    flags = " ".join(["--headless=new", *LAUNCH_ARGS])
    subprocess.run(
        [
            str(lighthouse_path()),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        env={**os.environ, "CHROME_PATH": chromium_path()},
        check=True,
        timeout=180,
    )
    result: dict[str, Any] = json.loads(report.read_text())
    return result


RUNS = 3
"""At most this many runs for one page: Lighthouse's performance score varies from run to
run with the machine's load (its documentation on variability says to run it several
times); the other scores do not."""


def lighthouse_best(url: str, folder: Path) -> dict[str, Any]:
    """Lighthouse's report on ``url`` whose performance is best, of runs made until one
    reaches 0.95 (at most ``RUNS``): a spell of a busy machine counts as blocking time."""
    best: dict[str, Any] | None = None
    for run in range(RUNS):
        result = lighthouse(url, folder / f"report-{run}.json")
        if (
            best is None
            or result["categories"]["performance"]["score"] > best["categories"]["performance"]["score"]
        ):
            best = result
        if best["categories"]["performance"]["score"] >= 0.95:
            break
    assert best is not None
    return best


def assert_scores_at_least_095_without_layout_shift(result: dict[str, Any]) -> None:
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    failing = [
        (audit["id"], audit["score"])
        for audit in result["audits"].values()
        if isinstance(audit.get("score"), (int, float))
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric")
    ]
    print(f"Lighthouse {result['finalDisplayedUrl']}: {scores}")
    assert all(score is not None and score >= 0.95 for score in scores.values()), (scores, failing)
    # Laid out once: nothing moves as the page loads.
    assert result["audits"]["cumulative-layout-shift"]["numericValue"] == 0


@pytest.mark.parametrize("path", PAGES)
def test_lighthouse_scores_at_least_095_in_every_category(site_url: str, path: str, tmp_path: Path) -> None:
    assert_scores_at_least_095_without_layout_shift(lighthouse_best(site_url + path, tmp_path))


def test_lighthouse_scores_at_least_095_on_a_story_of_camera_photos(
    pictured_site: Path, tmp_path: Path
) -> None:
    """A lead picture and 15 event pictures from 12-megapixel photos (``tests/pictured.py``)."""
    with serve(pictured_site) as url:
        result = lighthouse_best(url + STORY_PAGE, tmp_path)
    assert_scores_at_least_095_without_layout_shift(result)
    # The pictures were the page's: the lead one was shown, as AVIF or WebP.
    requested = [item["url"] for item in result["audits"]["network-requests"]["details"]["items"]]
    assert any("/pictured/pictures/lead.jpg." in u and u.endswith((".avif", ".webp")) for u in requested)
