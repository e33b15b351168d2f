"""The two ways of rendering on two cores that benchmarks/render_pool.py compares."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks.render_pool import TEMPLATES, with_pool, with_split
from benchmarks.synthetic import write_site
from generator import pipeline, speed
from generator.markdown.markup import pages_converter
from generator.pipeline import Project
from generator.speed.rendering import FastRenderer
from tests.conftest import REPO, site_files


def test_both_ways_write_the_same_pages(tmp_path: Path) -> None:
    project = Project(write_site(str(tmp_path), 40), TEMPLATES)
    site = pipeline.publish(
        pipeline.checked_site(project, speed.Plain(project.content)), project, pages_converter()
    )
    (tmp_path / "split").mkdir()
    (tmp_path / "pool").mkdir()
    assert with_split(FastRenderer(TEMPLATES), site, str(tmp_path / "split")) > 40
    assert with_pool(FastRenderer(TEMPLATES), site, str(tmp_path / "pool")) > 40
    split, pool = site_files(tmp_path / "split"), site_files(tmp_path / "pool")
    assert split == pool and "bench/index.html" in split


def test_its_help_is_a_usage_message_not_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.render_pool", "--help"],
        cwd=REPO, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("usage:") and "[events] [rounds]" in done.stdout
