"""benchmarks/compare.py: one cold build of a checkout, timed as a whole process."""

from __future__ import annotations

from pathlib import Path

from benchmarks.compare import cold_build
from benchmarks.synthetic import write_site
from tests.conftest import REPO


def test_a_cold_build_of_a_checkout_builds_the_site_without_the_caches_of_others(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 12)
    (tmp_path / "tmp").mkdir()
    wall, cpu = cold_build(str(REPO), content, str(tmp_path / "site"), str(tmp_path / "tmp"))
    assert wall > 0 and cpu > 0
    assert (tmp_path / "site" / "bench" / "index.html").is_file()
    assert any((tmp_path / "tmp").iterdir())  # its caches went into its own temporary folder


def test_the_synthetic_site_may_be_written_in_another_language(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 12, language="fr")
    (tmp_path / "tmp").mkdir()
    cold_build(str(REPO), content, str(tmp_path / "site"), str(tmp_path / "tmp"))
    assert '<html lang="fr"' in (tmp_path / "site" / "bench" / "index.html").read_text()
