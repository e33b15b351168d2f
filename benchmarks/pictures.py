"""What pictures cost a build: the synthetic site without photos, and with camera-size ones.

    python -m benchmarks.pictures [--events 100] [--photos 100] [--repeats 3] [--workdir .]

Writes the synthetic site of ``bench.py`` (``--events`` events) twice, once as it is and
once with a 12-megapixel JPEG on each of its first ``--photos`` events
(``photos.py``), and times whole build processes of each, rounds interleaved:

- **cold** (once): no output folder and no caches at all (Markdown, templates,
  pictures): every picture is encoded (on both cores);
- **cached**: no output folder, but the caches of the build before, as after ``rm -rf site``;
- **no change**: a rebuild onto the previous output.

The caches are kept in a temporary folder of this run (``TMPDIR``), so no other project's
cache is touched or used. The last line says how much the pictures add to a build with
the cache (the target: at most 5%).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile

from benchmarks import photos
from benchmarks.bench import Ours


def _clear_pictures() -> None:
    from generator.speed import diskcache

    shutil.rmtree(os.path.join(diskcache.folder(), "pictures"), ignore_errors=True)


def run(events: int, count: int, repeats: int, workdir: str) -> dict[str, dict[str, list[float]]]:
    top = tempfile.mkdtemp(prefix="explainer-bench-pictures-", dir=os.path.abspath(workdir))
    caches = os.path.join(top, "tmp")
    os.makedirs(caches)
    saved = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = caches  # the build processes' caches, and this one's view of them
    tempfile.tempdir = None
    try:
        plain = Ours(os.path.join(top, "text"), events)
        pictured = Ours(os.path.join(top, "photos"), events)
        photos.add_photos(pictured.content, "bench", count)
        times: dict[str, dict[str, list[float]]] = {"text": {}, "photos": {}}
        for i in range(repeats):
            for name, site in (("text", plain), ("photos", pictured)):
                site.clear(caches=True)
                if i == 0:  # encoding every photo takes minutes: one cold build each
                    _clear_pictures()
                    times[name].setdefault("cold", []).append(site.build().wall)
                else:
                    site.build()
                site.clear(caches=False)
                times[name].setdefault("cached", []).append(site.build().wall)
                times[name].setdefault("no change", []).append(site.build().wall)
        return times
    finally:
        if saved is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved
        tempfile.tempdir = None
        shutil.rmtree(top, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.pictures")
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--workdir", default=".", help="where the sites are written (default: here)")
    args = parser.parse_args()
    times = run(args.events, args.photos, args.repeats, args.workdir)
    print(f"{'site':>24} {'cold':>9} {'cached':>9} {'no change':>10}")
    for name, label in (("text", f"{args.events} events"), ("photos", f"+ {args.photos} photos of 12 MP")):
        row = times[name]
        cold, cached, again = (statistics.median(row[k]) for k in ("cold", "cached", "no change"))
        print(f"{label:>24} {cold:>7.2f} s {cached:>7.2f} s {again:>8.2f} s", flush=True)
    for kind in ("cached", "no change"):
        text, pics = (statistics.median(times[n][kind]) for n in ("text", "photos"))
        print(f"pictures add {100 * (pics - text) / text:.1f}% to a build ({kind})")


if __name__ == "__main__":
    main()
