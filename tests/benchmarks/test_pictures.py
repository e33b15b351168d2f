"""benchmarks/pictures.py: what the photos add, as shares of the build and in milliseconds."""

from __future__ import annotations

import sys

import pytest

from benchmarks import pictures
from benchmarks.bench import Run


def test_the_summary_gives_what_the_photos_add_in_shares_and_milliseconds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def runs(wall: float, cpu: float) -> list[Run]:
        return [Run(wall, 100.0, cpu)] * 3

    times: pictures.Times = {
        "text": {"cached": runs(0.400, 0.500), "no change": runs(0.300, 0.400)},
        "photos": {"cached": runs(0.420, 0.540), "no change": runs(0.303, 0.410)},
    }
    monkeypatch.setattr(pictures, "run", lambda *args, **kwargs: times)
    monkeypatch.setattr(sys, "argv", ["pictures", "--keep", "unused"])
    pictures.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2:] == [
        "pictures add 5.0% to a build (cached; +20 ms), 8.0% of its processor time (+40 ms)",
        "pictures add 1.0% to a build (no change; +3 ms), 2.5% of its processor time (+10 ms)",
    ]
