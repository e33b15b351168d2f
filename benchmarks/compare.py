"""Cold builds of two versions of explainer, alternating in one run.

    git worktree add ../before d39bfa8
    python -m benchmarks.compare --events 1000 --rounds 15 [--language fr] [--caches] ../before .

Each CHECKOUT is a folder holding a version's ``generator/`` and ``templates/``. A
synthetic site of EVENTS events (``synthetic.py``) is written once into a temporary
folder; then, round after round, each version builds it from cold: a new output folder,
no kept previous site, and an empty temporary folder of its own (so no Markdown or
template cache), as a whole ``python -m generator build`` process with that version first
on the path and its modules compiled beforehand. Alternating puts a slow spell of a
shared machine on both. Prints the median and best wall time and the median processor
time (all processes) of each.

With ``--caches``, each version keeps its temporary folder from one round to the next,
as an editor's machine keeps it: every build after its first finds the Markdown and
the compiled templates of the one before (its first, cold, build is not counted). The
output folder is still new each time.
"""

from __future__ import annotations

import argparse
import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.synthetic import TEXTS, write_site


def timed_build(checkout: str, content: str, out: str, tmp: str) -> tuple[float, float]:
    """(wall, processor) seconds of one build of ``content`` by ``checkout``, with the caches in ``tmp``."""
    env = {**os.environ, "PYTHONPATH": os.path.abspath(checkout), "TMPDIR": tmp}
    templates = os.path.join(os.path.abspath(checkout), "templates")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    command = ["build", "--content", content, "--templates", templates, "--out", out]
    subprocess.run(
        [sys.executable, "-m", "generator", *command],
        env=env, cwd=os.path.dirname(out), check=True, capture_output=True,
    )  # fmt: skip
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", help="folders holding generator/ and templates/")
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument(
        "--language",
        help="the site's language (default English), e.g. fr; its text in its script for "
        + ", ".join(sorted(TEXTS)),
    )
    parser.add_argument("--caches", action="store_true", help="keep each version's caches between its builds")
    args = parser.parse_args()
    for checkout in args.checkouts:
        compileall.compile_dir(os.path.join(checkout, "generator"), quiet=1)
    top = os.path.abspath(tempfile.mkdtemp(prefix="explainer-compare-", dir="."))
    try:
        content = write_site(top, args.events, language=args.language)
        times: dict[str, list[tuple[float, float]]] = {c: [] for c in args.checkouts}
        kept = {c: os.path.join(top, f"caches-{n}") for n, c in enumerate(args.checkouts)}
        for i in range(-1 if args.caches else 0, args.rounds):
            for n, checkout in enumerate(args.checkouts):
                work = tempfile.mkdtemp(prefix=f"round-{i}-{n}-", dir=top)  # set aside, not deleted
                tmp = kept[checkout] if args.caches else os.path.join(work, "tmp")
                os.makedirs(tmp, exist_ok=True)
                timed = timed_build(checkout, content, os.path.join(work, "site"), tmp)
                if i >= 0:  # round -1 fills the caches
                    times[checkout].append(timed)
        for checkout, runs in times.items():
            walls = [w for w, _ in runs]
            cpu = statistics.median(c for _, c in runs)
            median, best = statistics.median(walls), min(walls)
            print(f"{checkout}: median {median:.3f} s, best {best:.3f} s, cpu {cpu:.3f} s")
    finally:
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    main()
