"""The filter's benchmark (``benchmarks/filter.py``): it builds the story, and times each
step of the filter in the page, to a paint that comes after the script."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks import filter as bench


def test_each_step_is_timed_from_the_input_to_the_next_paint(tmp_path: Path, browser: Any) -> None:
    site = bench.build_story(str(tmp_path), 40)
    with bench.serve(site) as address:
        case = bench.measure(browser, address + "bench/index.html", 1, 2)
    assert len(case.choose) == len(case.show_all) == len(case.choose_inp) == len(case.show_all_inp) == 2
    for timing in case.choose + case.show_all:
        assert 0 <= timing.handler <= timing.painted


def test_the_report_gives_medians_for_each_step(capsys: Any) -> None:
    step = [bench.Timing(1.0, 10.0), bench.Timing(3.0, 30.0), bench.Timing(2.0, 20.0)]
    bench.report(4, bench.Case(step, step, [16.0, 24.0, 0.0], [0.0, 0.0, 0.0]))
    out = capsys.readouterr().out
    assert "CPU slowed 4x" in out
    assert "Who menu  to paint   median   20.0  max   30.0 ms" in out
    assert "Who menu  INP event  median   16.0  max   24.0 ms" in out
