"""What pictures cost a build: the synthetic site without photos, and with camera-size ones.

    python -m benchmarks.pictures [--events 100] [--photos 100] [--repeats 3] [--workdir .]
                                  [--keep DIR]

Writes the synthetic site of ``bench.py`` (``--events`` events) twice, once as it is and
once with a 12-megapixel JPEG on each of its first ``--photos`` events
(``photos.py``), and times whole build processes of each, rounds interleaved:

- **cold** (once): no output folder and no caches at all (Markdown, templates,
  pictures): every picture is encoded (on both cores);
- **cached**: no output folder, but the caches of the build before, as after ``rm -rf site``;
- **no change**: a rebuild onto the previous output.

The caches are kept in a temporary folder of this run (``TMPDIR``), so no other project's
cache is touched or used. The last lines say how much the pictures add to a build with
the cache (the target: at most 5%), in wall-clock time and in processor time (steadier
on a shared machine), as shares of the build without photos and in milliseconds.

Encoding 100 photos takes minutes. ``--keep DIR`` writes the two sites and their caches
into ``DIR`` and leaves them there: a later run with the same ``DIR`` (and the same
``--events`` and ``--photos``) reuses them, so only a change to the picture code or to
Pillow encodes again. The cold build is then not measured; an untimed build first
fills whatever the cache lacks.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from benchmarks import photos
from benchmarks.bench import Ours, Run

Times = dict[str, dict[str, list[Run]]]


def _clear_pictures() -> None:
    from generator.speed import diskcache

    shutil.rmtree(os.path.join(diskcache.folder(), "pictures"), ignore_errors=True)


@contextmanager
def _caches_in(folder: str) -> Iterator[None]:
    """The build processes' caches, and this one's view of them, in ``folder``."""
    os.makedirs(folder, exist_ok=True)
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = folder
    tempfile.tempdir = None
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved
        tempfile.tempdir = None


def _sites(top: str, events: int, count: int) -> tuple[Ours, Ours]:
    """The site without and with photos under ``top``, written unless already there."""
    written = os.path.join(top, f"written-{events}-{count}")
    if os.path.exists(written):
        return Ours(os.path.join(top, "text"), None), Ours(os.path.join(top, "photos"), None)
    for name in ("text", "photos"):
        shutil.rmtree(os.path.join(top, name), ignore_errors=True)
    plain = Ours(os.path.join(top, "text"), events)
    pictured = Ours(os.path.join(top, "photos"), events)
    photos.add_photos(pictured.content, "bench", count)
    with open(written, "w"):
        pass
    return plain, pictured


def run(events: int, count: int, repeats: int, workdir: str, keep: str | None = None) -> Times:
    if keep is None:
        top = tempfile.mkdtemp(prefix="explainer-bench-pictures-", dir=os.path.abspath(workdir))
    else:
        top = os.path.abspath(keep)
        os.makedirs(top, exist_ok=True)
    try:
        with _caches_in(os.path.join(top, "tmp")):
            plain, pictured = _sites(top, events, count)
            times: Times = {"text": {}, "photos": {}}
            for i in range(repeats):
                for name, site in (("text", plain), ("photos", pictured)):
                    site.clear(caches=True)
                    if i == 0 and keep is None:  # encoding every photo takes minutes: one cold build each
                        _clear_pictures()
                        times[name].setdefault("cold", []).append(site.build())
                    else:
                        site.build()
                    site.clear(caches=False)
                    times[name].setdefault("cached", []).append(site.build())
                    times[name].setdefault("no change", []).append(site.build())
            return times
    finally:
        if keep is None:
            shutil.rmtree(top, ignore_errors=True)


def _median(runs: list[Run] | None, field: str) -> float | None:
    return statistics.median(getattr(r, field) for r in runs) if runs else None


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pictures")
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--workdir", default=".", help="where the sites are written (default: here)")
    parser.add_argument("--keep", metavar="DIR", help="keep the sites and caches in DIR for the next run")
    args = parser.parse_args()
    times = run(args.events, args.photos, args.repeats, args.workdir, args.keep)
    print(f"{'site':>24} {'cold':>9} {'cached':>9} {'no change':>10}  (processor time: cached, no change)")
    for name, label in (("text", f"{args.events} events"), ("photos", f"+ {args.photos} photos of 12 MP")):
        row = times[name]
        cold, cached, again = (_median(row.get(k), "wall") for k in ("cold", "cached", "no change"))
        cpus = "  ".join(_seconds(_median(row[k], "cpu")) for k in ("cached", "no change"))
        walls = f"{_seconds(cold):>9} {_seconds(cached):>9} {_seconds(again):>10}"
        print(f"{label:>24} {walls}  ({cpus})", flush=True)
    for kind in ("cached", "no change"):
        wall, cpu = (
            [_median(times[n][kind], field) or 0.0 for n in ("text", "photos")] for field in ("wall", "cpu")
        )
        print(
            f"pictures add {100 * (wall[1] - wall[0]) / wall[0]:.1f}% to a build ({kind}; "
            f"{1000 * (wall[1] - wall[0]):+.0f} ms), {100 * (cpu[1] - cpu[0]) / cpu[0]:.1f}% of its "
            f"processor time ({1000 * (cpu[1] - cpu[0]):+.0f} ms)"
        )


if __name__ == "__main__":
    main()
