"""The search page's timing (``benchmarks/searchpage.py``) on a small synthetic site."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import searchpage
from benchmarks.synthetic import write_site
from generator.commands.build import build
from tests.conftest import NEEDS_PAGEFIND, TEMPLATES

pytestmark = NEEDS_PAGEFIND


def test_the_results_and_the_counts_are_timed_with_each_script(browser: Any, tmp_path: Path) -> None:
    site = tmp_path / "www"
    build(content=write_site(str(tmp_path), 30), templates=TEMPLATES, out=str(site))
    # Another script served in place of the site's own: the same, after half a second's work
    own = (site / "assets" / "search.js").read_bytes()
    slow = b"(function () { var t = Date.now(); while (Date.now() - t < 500); })();\n" + own
    times = searchpage.compare(
        str(site), "?q=event&story=A+long-running+story&year=2001", {"own": None, "slow": slow}, 2, browser
    )
    assert sorted(times) == ["own", "slow"]
    for runs in times.values():
        assert len(runs) == 2
        assert all(0 < shown <= counted < 60 for shown, counted in runs), runs
    assert all(shown >= 0.5 for shown, _ in times["slow"]), times  # it was the one served
