"""benchmarks/compare.py: one cold build of a checkout, timed as a whole process; with
``--caches``, each checkout's builds keep their caches."""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

import pytest

from benchmarks import compare
from benchmarks.compare import timed_build
from benchmarks.synthetic import write_site
from tests.conftest import REPO


def test_a_cold_build_of_a_checkout_builds_the_site_without_the_caches_of_others(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 12)
    (tmp_path / "tmp").mkdir()
    wall, cpu = timed_build(str(REPO), content, str(tmp_path / "site"), str(tmp_path / "tmp"))
    assert wall > 0 and cpu > 0
    assert (tmp_path / "site" / "bench" / "index.html").is_file()
    assert any((tmp_path / "tmp").iterdir())  # its caches went into its own temporary folder


def test_the_synthetic_site_may_be_written_in_another_language(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 12, language="fr")
    (tmp_path / "tmp").mkdir()
    timed_build(str(REPO), content, str(tmp_path / "site"), str(tmp_path / "tmp"))
    assert '<html lang="fr"' in (tmp_path / "site" / "bench" / "index.html").read_text()


@pytest.mark.parametrize("caches", [False, True], ids=["cold", "kept"])
def test_with_caches_each_checkout_keeps_its_temporary_folder_and_its_first_build_is_not_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], caches: bool
) -> None:
    builds: list[tuple[str, str]] = []

    def timed(checkout: str, content: str, out: str, tmp: str) -> tuple[float, float]:
        builds.append((checkout, tmp))
        return 1.0 + len(builds), 0.5  # every build counted shows in the median

    monkeypatch.setattr(compare, "timed_build", timed)
    monkeypatch.chdir(tmp_path)
    argv = ["compare", "--events", "3", "--rounds", "2", *(["--caches"] if caches else []), "a", "b"]
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setattr(compileall, "compile_dir", lambda *args, **kwargs: True)
    compare.main()
    folders = {checkout: {tmp for c, tmp in builds if c == checkout} for checkout in ("a", "b")}
    printed = capsys.readouterr().out.splitlines()
    if caches:
        assert [c for c, _ in builds] == ["a", "b"] * 3  # a first round filling the caches
        assert [len(f) for f in folders.values()] == [1, 1] and folders["a"] != folders["b"]
        assert printed == [
            "a: median 5.000 s, best 4.000 s, cpu 0.500 s",
            "b: median 6.000 s, best 5.000 s, cpu 0.500 s",
        ]
    else:
        assert [c for c, _ in builds] == ["a", "b"] * 2
        assert [len(f) for f in folders.values()] == [2, 2]  # a new, empty one each time
        assert printed == [
            "a: median 3.000 s, best 2.000 s, cpu 0.500 s",
            "b: median 4.000 s, best 3.000 s, cpu 0.500 s",
        ]
