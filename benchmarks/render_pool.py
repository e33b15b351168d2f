"""Rendering on two cores: our forked split against the standard library's process pool.

    python -m benchmarks.render_pool [EVENTS] [ROUNDS]

Writes a synthetic site of EVENTS events (default 1,000) into a temporary folder in the
current one, then, in alternating rounds, renders and writes every page of it with
``speed.rendering.FastRenderer.write`` (a forked helper, the two processes taking pages
from both ends of one list, see ``speed/parallel.py``) and with a
``concurrent.futures.ProcessPoolExecutor`` of two forked workers taking chunks of 32
pages, each writing what it rendered. Prints the median and best time of each. Content
is loaded and checked once, before the rounds; only rendering and writing are timed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import generator
from benchmarks.synthetic import write_site
from generator import pipeline, speed
from generator.markdown.markup import pages_converter
from generator.output.staging import FileWriter
from generator.pipeline import Project
from generator.render.pages import Page, pages
from generator.speed.rendering import FastRenderer

TEMPLATES = str(Path(generator.__file__).resolve().parent.parent / "templates")
_work_state: dict[str, Any] = {}


def _render_chunk(indices: list[int]) -> set[str]:
    renderer: FastRenderer = _work_state["renderer"]
    every: list[Page] = _work_state["pages"]
    writer = FileWriter(_work_state["folder"])
    renderer.render_pages([every[i] for i in indices], writer)
    return writer.written


def with_pool(renderer: FastRenderer, site: Any, folder: str) -> int:
    renderer.start(site)  # as render and write begin: what the stories' links lead to
    renderer.convert_markdown(site)
    every = list(pages(site, renderer.views))
    for name in renderer.env.list_templates(extensions=["html"]):
        renderer.env.get_template(name)  # compiled once, before the workers fork
    _work_state.update(renderer=renderer, pages=every, folder=folder)
    chunks = [list(range(i, min(i + 32, len(every)))) for i in range(0, len(every), 32)]
    written: set[str] = set()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        for part in pool.map(_render_chunk, chunks):
            written |= part
    return len(written)


def with_split(renderer: FastRenderer, site: Any, folder: str) -> int:
    return renderer.write(site, renderer.page_list(site), FileWriter(folder))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", nargs="?", type=int, default=1000)
    parser.add_argument("rounds", nargs="?", type=int, default=7)
    args = parser.parse_args()
    events, rounds = args.events, args.rounds
    top = tempfile.mkdtemp(prefix="explainer-pool-", dir=".")
    try:
        project = Project(write_site(top, events), TEMPLATES)
        checked = pipeline.checked_site(project, speed.Plain(project.content))
        site = pipeline.publish(checked, project, pages_converter())
        times: dict[str, list[float]] = {"forked split": [], "process pool": []}
        for i in range(rounds):
            for name, run in (("forked split", with_split), ("process pool", with_pool)):
                folder = tempfile.mkdtemp(prefix=f"out-{i}-", dir=top)
                started = time.perf_counter()
                run(FastRenderer(project.templates), site, folder)
                times[name].append(time.perf_counter() - started)
        for name, values in times.items():
            print(f"{name:>13}: median {statistics.median(values):.3f} s, best {min(values):.3f} s")
    finally:
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    main()
