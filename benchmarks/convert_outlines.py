"""Packs Natural Earth's 1:50m outlines for the maps (``map_geometry._Packed``), once, at
development time, from the TopoJSON of the npm package world-atlas 2.0.2
(``countries-50m.json``; its SHA-256 is in generator/geometry/data/README.md):

    .venv/bin/python -m benchmarks.convert_outlines countries-50m.json \
        generator/geometry/data/countries-50m.bin

A build reads the packed file in a millisecond and decodes only the countries its maps
come near; it read and decoded the TopoJSON whole, in 0.1 s. The same numbers in, the
same points out: tests/geometry/test_map_geometry.py decodes every country both ways.
"""

from __future__ import annotations

import json
import math
import sys
from array import array
from itertools import accumulate
from typing import Any

from generator.geometry import map_geometry

Steps = tuple[int, int]


def packed(source: str) -> bytes:
    """The packed form of the TopoJSON file ``source`` (``map_geometry.PACKED_HEAD``)."""
    with open(source, encoding="utf-8") as f:
        topology = json.load(f)
    # Each arc's points in whole numbers, summed as the decoder sums them.
    arcs = [
        list(zip(accumulate(p[0] for p in arc), accumulate(p[1] for p in arc), strict=True))
        for arc in topology["arcs"]
    ]
    decoded = map_geometry.decode_topojson(source, runs=False)  # for each country's box
    geometries = [g for g in topology["objects"]["countries"]["geometries"] if g["type"] in _POLYGONS]
    steps = array("i")
    index: list[list[Any]] = []
    for geometry, country in zip(geometries, decoded, strict=True):
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        points = [[map_geometry.stitched(arcs, r) for r in polygon] for polygon in polygons]
        rings = [[_packed_ring(ring, steps) for ring in polygon] for polygon in points]
        # Each polygon's box round all its rings: the same as its outer ring's, but for
        # Antarctica at 1:50m, a ring round the pole whose "hole" is the coast
        # (``map_geometry.split_polygon``).
        parts = [
            _box_in_hundredths([p for ring in polygon for p in ring], topology["transform"])
            for polygon in points
        ]
        index.append([country.name, country.code, list(country.box), rings, parts])
    transform = topology["transform"]
    head = json.dumps(
        {"scale": transform["scale"], "translate": transform["translate"], "countries": index},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    head += b" " * (-len(head) % 4)  # the steps that follow start on a 4-byte boundary
    if sys.byteorder != "little":  # pragma: no cover - no big-endian machine runs this
        steps.byteswap()
    return len(head).to_bytes(map_geometry.PACKED_HEAD, "little") + head + steps.tobytes()


_POLYGONS = ("Polygon", "MultiPolygon")


def _box_in_hundredths(ring: list[Steps], transform: dict[str, list[float]]) -> list[int]:
    """The box round ``ring`` (its points in whole numbers) in hundredths of a degree,
    rounded outwards and a hundredth more: what is near it is never left out."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    xs, ys = [x * sx + tx for x, _ in ring], [y * sy + ty for _, y in ring]
    return [
        math.floor(min(xs) * 100) - 1,
        math.floor(min(ys) * 100) - 1,
        math.ceil(max(xs) * 100) + 1,
        math.ceil(max(ys) * 100) + 1,
    ]


def _packed_ring(points: list[Steps], steps: array[int]) -> list[int]:
    """``points`` appended to ``steps``: the first as it is, each next one as its steps
    from the one before, then its runs' boxes; where they start and how many points."""
    start = len(steps)
    previous = (0, 0)
    for x, y in points:
        steps.extend((x - previous[0], y - previous[1]))
        previous = (x, y)
    # Then the boxes of its runs (``map_geometry._run_boxes``), which a build would
    # otherwise work out from every point.
    for k in range(0, len(points) - 1, map_geometry.RUN):
        xs, ys = (
            [x for x, _ in points[k : k + map_geometry.RUN + 1]],
            [y for _, y in points[k : k + map_geometry.RUN + 1]],
        )
        steps.extend((min(xs), min(ys), max(xs), max(ys)))
    return [start, len(points)]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m benchmarks.convert_outlines SOURCE.json OUT.bin", file=sys.stderr)
        return 2
    source, out = argv
    data = packed(source)
    with open(out, "wb") as f:
        f.write(data)
    print(f"{out}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
