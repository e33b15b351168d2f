"""The search benchmark (``benchmarks/search.py``): its report on a small site, and how
it sorts what the search page fetches."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks import search
from tests.conftest import NEEDS_PAGEFIND

pytestmark = NEEDS_PAGEFIND


def test_what_the_search_page_fetches_is_sorted_by_kind() -> None:
    assert search._kind("http://h/repo/search/index.html") == "page"
    assert search._kind("http://h/repo/assets/search.js") == "page"
    assert search._kind("http://h/repo/pagefind/pagefind.js?en") == "code"
    assert search._kind("http://h/repo/pagefind/wasm.en.pagefind") == "code"
    assert search._kind("http://h/repo/pagefind/pagefind-entry.json?ts=1") == "chunks"
    assert search._kind("http://h/repo/pagefind/index/en_1a2b3c4.pf_index") == "chunks"
    assert search._kind("http://h/repo/pagefind/fragment/en_1a2b3c4.pf_fragment") == "results"


def test_the_report_on_a_small_site(browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    search.measure(30, 1, str(tmp_path), browser)
    out = capsys.readouterr().out
    assert out.startswith("30 events, 33 pages indexed, median of 1:\n")  # 30 events, 2 figures, 1 place
    assert re.search(r"with search \d+\.\d\d s \(CPU \d+\.\d\d s\)", out)
    assert re.search(r"bundle: \d+ files, \d+\.\d MB", out)
    assert re.search(r"first query \('Figure 12', \d+ results shown\): \d+ KB", out)
    assert list(tmp_path.iterdir()) == []


def test_the_report_on_a_small_site_in_another_script(
    browser: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 260 events: 13 figures, the thirteenth of them the first query.
    search.measure(260, 1, str(tmp_path), browser, language="he")
    out = capsys.readouterr().out
    assert re.search(r"first query \('" + search.queries("he")[0] + r"', ([1-9]\d*) results shown\)", out), (
        out
    )
    assert "second query ('המועצה התקציב')" in out
    assert list(tmp_path.iterdir()) == []
