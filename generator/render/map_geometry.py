"""The geometry of the locator maps: the bundled country outlines, the frame a map shows
and its projection, and outlines cut at the 180th meridian and clipped to the frame.

Country outlines come from Natural Earth (public domain; see data/README.md), stored as
TopoJSON and each scale decoded once per process when first needed: 1:110m for most
maps, 1:50m for a frame small enough that 1:110m is too coarse (``outlines_for``). The
projection is equirectangular, its scale true at the frame's middle latitude: for the
regional extent of a news story that is faithful enough and needs no scale bar. Drawing them is ``maps.py``'s.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate

Point = tuple[float, float]
"""(x, y): longitude and latitude in degrees, or projected SVG units."""
Ring = list[Point]
Box = tuple[float, float, float, float]
"""min lon, min lat, max lon, max lat."""

WIDTH, HEIGHT = 640, 400
MIN_SPAN = 6.0
"""Smallest frame, in degrees of latitude, so a single place still shows its region."""
CLOSE_SPAN = 1.5
"""Smallest frame of a map of several places close together (``frame_around``): a
city's districts, one island's villages. At 1.5 degrees the 1:50m outlines still show
the region (Lebanon's coast round Beirut, the whole Gaza Strip, Malta and Gozo), and
places 10 km apart are 25 units apart; at 6 degrees they were one crowd of pins."""
APART = 0.04
"""The least extent, in degrees, of places a frame of ``CLOSE_SPAN`` draws apart: some
4 km, 11 units, a pin's width and a little more. Closer places are one crowd however
small the frame."""
CROWD_SPAN = 3.0
"""The frame of places closer than ``APART`` (a city's districts): they are drawn round
their middle (``maps._spread``) whatever the frame, and at 3 degrees the map still
shows their region (all of Lebanon round Beirut's port; at 1.5, its coast and no
more, and the 40 pins round a square of Bishkek covered the middle of the map and
left Kyrgyzstan unnamed)."""


@dataclass(frozen=True)
class Country:
    """A country's outline, from the bundled Natural Earth data."""

    name: str
    """In English, as Natural Earth has it."""
    polygons: tuple[tuple[Ring, ...], ...]
    """Each polygon: its outer ring, then its holes; (longitude, latitude) points."""
    box: tuple[float, float, float, float]
    """min lon, min lat, max lon, max lat."""
    code: str = ""
    """The ISO 3166 numeric code ('417'), which names it in other languages; for a country
    ISO 3166 has no number for, CLDR's letter code (``WITHOUT_ISO_NUMBER``)."""
    boxes: tuple[Box, ...] = ()
    """Each polygon's box, as ``box``; none given, each is taken to be ``box``. A map
    leaves out the polygons outside it unprojected: at 1:50m, Canada's islands made a
    map of a place in Nunavut take 30 ms."""
    runs: tuple[tuple[tuple[Box, ...], ...], ...] = ()
    """For each ring of each polygon, the box of each run of ``RUN`` points (``trimmed``);
    none given, every point is drawn. Only the 1:50m outlines have them: their large
    countries' long coasts (China's, Kazakhstan's) made a map of Bishkek take 5 ms."""


WITHOUT_ISO_NUMBER = {"Kosovo": "XK"}
"""The countries of the map ISO 3166 gives no number, by Natural Earth's name, and the
code CLDR names them by: Kosovo ('XK', as the EU and CLDR write it) was labelled 'Kosovo'
in English on every map of the Balkans, beside 'Србија', 'Crna Gora', 'Сербия'."""


COARSE = "countries-110m.json"
"""Natural Earth's outlines at 1:110m: every wide map, and the countries' names and codes."""
FINE = "countries-50m.json"
"""Natural Earth's outlines at 1:50m: a small frame's (``FINE_BELOW``). Seven times the
bytes of 1:110m and ten times the points; it has the islands and small countries
1:110m leaves out (La Palma, Maui, Malta, Bahrain, Singapore, Cabo Verde)."""
FINE_BELOW = 12.0
"""The frame's height, in degrees of latitude, below which a map is drawn from the
1:50m outlines. There an island a quarter of a degree across is 8 units or more, wider
than its pin: La Palma, Malta, Bahrain, Grenada are land under their pins, named, where
1:110m left them out, and a coast is not straight lines 5 to 10 units long. Above it the
islands 1:50m adds are dots, most of its detail is lost to the map's whole-unit outlines,
and its outlines cost 3 to 5 times the bytes (at 20 degrees, 12 to 36 KB a map against
3 to 7 KB; at 12, 6 to 20 KB against 1.5 to 4 KB)."""


@cache
def countries() -> tuple[Country, ...]:
    """The countries at 1:110m, decoded once per process: the wide maps' outlines, and
    the countries a place's ``country`` may name (their names and codes)."""
    return _decoded(COARSE, runs=False)


@cache
def fine_countries() -> tuple[Country, ...]:
    """The countries at 1:50m, decoded once per process and only when a map needs them
    (about 0.15 s; a build whose maps are all wide never reads the file)."""
    return _decoded(FINE, runs=True)


def outlines_for(frame: Frame) -> tuple[Country, ...]:
    """The countries to draw in ``frame``: at 1:50m where it is smaller than
    ``FINE_BELOW`` degrees high, else at 1:110m."""
    return fine_countries() if frame.north - frame.south < FINE_BELOW else countries()


def _decoded(file_name: str, *, runs: bool) -> tuple[Country, ...]:
    """The countries of the bundled TopoJSON ``file_name`` (quantised, delta-encoded
    arcs), with the boxes of their rings' runs of points if ``runs``."""
    # Beside this module in the installed package (importlib.resources would cost every
    # build the import of pathlib and its own modules).
    with open(os.path.join(os.path.dirname(__file__), "data", file_name), encoding="utf-8") as f:
        topology = json.load(f)
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    # Each arc's points are the running sums of its steps (summed in C: the 80,000
    # points of 1:50m took 40 ms one by one).
    arcs: list[Ring] = [
        [
            (x * sx + tx, y * sy + ty)
            for x, y in zip(accumulate(p[0] for p in arc), accumulate(p[1] for p in arc), strict=True)
        ]
        for arc in topology["arcs"]
    ]

    def ring(indices: list[int]) -> Ring:
        points: Ring = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        shapes = tuple(piece for polygon in polygons for piece in split_polygon([ring(r) for r in polygon]))
        boxes = tuple(_box(shape[0]) for shape in shapes)
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        name = geometry.get("properties", {}).get("name", "")
        code = str(geometry.get("id", "")) or WITHOUT_ISO_NUMBER.get(name, "")
        run_boxes = tuple(tuple(_run_boxes(r) for r in shape) for shape in shapes) if runs else ()
        out.append(Country(name, shapes, box, code, boxes, run_boxes))
    return tuple(out)


RUN = 32
"""How many points' steps of a ring make a run (``trimmed``)."""


def _run_boxes(ring: Ring) -> tuple[Box, ...]:
    """The box of each run of ``ring``: its points from ``RUN * k`` to ``RUN * (k + 1)``,
    both included, so that one run ends where the next starts."""
    return tuple(_box(ring[start : start + RUN + 1]) for start in range(0, len(ring) - 1, RUN))


def trimmed(ring: Ring, runs: Sequence[Box], west: float, south: float, east: float, north: float) -> Ring:
    """``ring`` with each of its runs (``runs``: their boxes) that lies wholly beyond one
    side of the box from (``west``, ``south``) to (``east``, ``north``) cut to its ends:
    the land between the run and the straight line joining its ends lies beyond that
    side too, so what the ring holds inside the box is unchanged, in a few of its
    points. Without ``runs``, ``ring`` as it is."""
    if not runs:
        return ring
    out: Ring = []
    for k, (w, s, e, n) in enumerate(runs):
        start = k * RUN
        if e < west or w > east or n < south or s > north:
            out.append(ring[start])
        else:
            out.extend(ring[start : start + RUN])
    out.append(ring[-1])
    return out


def _box(ring: Ring) -> Box:
    """The box round ``ring``: min lon, min lat, max lon, max lat."""
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _crossing(a: Point, b: Point) -> float:
    """The latitude where the segment from ``a`` to ``b`` crosses the 180th meridian
    (going the short way round, through ±180)."""
    east_a = a[0] if a[0] >= 0 else a[0] + 360
    east_b = b[0] if b[0] >= 0 else b[0] + 360
    if east_a == east_b:
        return a[1]
    return a[1] + (b[1] - a[1]) * (180 - east_a) / (east_b - east_a)


def _side(point: Point) -> float:
    return 180.0 if point[0] > 0 else -180.0


def split_ring(ring: Ring) -> list[Ring]:
    """``ring`` cut where it crosses the 180th meridian into rings that each stay on one
    side, closed along the meridian; a ring round a pole (crossing once) is closed over
    the pole. Drawn as it is, a ring with points at both +179 and -179 would join them
    across the whole map: Fiji became a band over South America.
    """
    lons = [p[0] for p in ring]
    if max(lons) - min(lons) <= 180:  # most rings: no step can cross it
        return [ring]
    jumps = [i for i in range(len(ring)) if abs(lons[i] - lons[i - 1]) > 180]
    if not jumps:
        return [ring]
    # Start just after a crossing, so the pieces are runs between crossings.
    start = jumps[0]
    ring = ring[start:] + ring[:start]
    jumps = [(i - start) % len(ring) for i in jumps]
    pieces: list[Ring] = []
    for n, begin in enumerate(jumps):
        end = jumps[n + 1] if n + 1 < len(jumps) else len(ring)
        run = ring[begin:end]
        before, after = ring[begin - 1], ring[end % len(ring)]
        pieces.append(
            [(_side(run[0]), _crossing(before, run[0])), *run, (_side(run[-1]), _crossing(run[-1], after))]
        )
    if len(jumps) == 1:  # once round a pole: close the ring over it
        piece = pieces[0]
        pole = -90.0 if sum(p[1] for p in piece) < 0 else 90.0
        first, last = piece[0], piece[-1]
        piece.extend([(last[0], pole), (first[0], pole)])
    return pieces


def split_polygon(polygon: list[Ring]) -> list[tuple[Ring, ...]]:
    """A polygon (outer ring, then holes) as polygons that each stay on one side of the
    180th meridian; a hole goes with the piece on its side."""
    outer, holes = polygon[0], polygon[1:]
    pieces = split_ring(outer)
    if pieces == [outer]:
        return [(outer, *holes)]
    out: list[tuple[Ring, ...]] = []
    for piece in pieces:
        east = piece[0][0] > 0
        mine = [h for h in holes if (sum(p[0] for p in h) > 0) == east]
        out.append((piece, *mine))
    return out


@dataclass(frozen=True)
class Frame:
    """The part of the globe a map shows, and how it maps onto the SVG."""

    west: float
    south: float
    east: float
    north: float
    _sx: float = field(init=False, repr=False, compare=False)
    _sy: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Worked out once: projecting is done for every point of every outline.
        kx = math.cos(math.radians((self.north + self.south) / 2))
        scale = WIDTH / ((self.east - self.west) * kx)
        object.__setattr__(self, "_sx", kx * scale)
        object.__setattr__(self, "_sy", scale)

    def project(self, lon: float, lat: float) -> Point:
        return ((lon - self.west) * self._sx, (self.north - lat) * self._sy)

    def place_at(self, x: float, y: float) -> Point:
        """The (lon, lat) that ``project`` takes to (x, y)."""
        return self.west + x / self._sx, self.north - y / self._sy

    def project_all(self, ring: Ring) -> Ring:
        """``project`` for every point of ``ring``; the same numbers, without a call per point."""
        west, north, sx, sy = self.west, self.north, self._sx, self._sy
        return [((lon - west) * sx, (north - lat) * sy) for lon, lat in ring]


def frame_around(points: Sequence[Point], min_span: float = MIN_SPAN) -> Frame:
    """The frame of a map of the (lon, lat) ``points``: one place (or several at one
    spot) with ``min_span`` degrees of its region round it. Several places spread less
    than ``min_span / 3`` degrees, a smaller frame the closer together they are, a
    third of it theirs, down to ``CLOSE_SPAN``: places a few kilometres apart (the
    villages of an island) are drawn apart. Places closer than ``APART`` (a city's
    districts), which no frame the outlines allow draws apart, are drawn round their
    middle in a frame of ``CROWD_SPAN``, which shows the region round them."""
    if len(set(points)) < 2:
        return frame_for(points, min_span)
    lons, lats = _unwrapped([p[0] for p in points]), [p[1] for p in points]
    extent = max(max(lons) - min(lons), max(lats) - min(lats))
    if extent >= min_span / 3:
        return frame_for(points, min_span)
    if extent < APART:
        return frame_for(points, min(CROWD_SPAN, min_span), margin=0.5)
    return frame_for(points, max(CLOSE_SPAN, 3 * extent), margin=min(1.0, max(0.5, extent)))


def _unwrapped(lons: list[float]) -> list[float]:
    """Longitudes on both sides of the 180th meridian counted east past it (179, 181),
    so that their extent is the short way round."""
    if max(lons) - min(lons) > 180:
        return [lon + 360 if lon < 0 else lon for lon in lons]
    return lons


def frame_for(points: Sequence[Point], min_span: float = MIN_SPAN, margin: float = 1.0) -> Frame:
    """A frame around (lon, lat) points with padding (a fifth of their extent and
    ``margin`` degrees each side), shaped like the SVG."""
    # On both sides of the 180th meridian: framed across it.
    lons, lats = _unwrapped([p[0] for p in points]), [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad = max(east - west, north - south) * 0.2 + margin
    west, east, south, north = west - pad, east + pad, south - pad, north + pad
    mid_lat = (north + south) / 2
    kx = math.cos(math.radians(mid_lat))
    # Grow the shorter side so the frame has the SVG's proportions (and a minimum size).
    height = max(north - south, (east - west) * kx * HEIGHT / WIDTH, min_span)
    width = height * WIDTH / HEIGHT / kx
    cx, cy = (west + east) / 2, mid_lat
    south, north = max(cy - height / 2, -85.0), min(cy + height / 2, 85.0)
    return Frame(cx - width / 2, south, cx + width / 2, north)


def _clip(ring: Ring, edge: Callable[[Point], bool], cut: Callable[[Point, Point], Point]) -> Ring:
    """One step of Sutherland-Hodgman polygon clipping."""
    out: Ring = []
    for i, current in enumerate(ring):
        previous = ring[i - 1]
        if edge(current):
            if not edge(previous):
                out.append(cut(previous, current))
            out.append(current)
        elif edge(previous):
            out.append(cut(previous, current))
    return out


def clip_to_box(ring: Ring, x0: float, y0: float, x1: float, y1: float) -> Ring:
    def at_x(x: float) -> Callable[[Point, Point], Point]:
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y: float) -> Callable[[Point, Point], Point]:
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    for edge, cut in (
        (lambda p: p[0] >= x0, at_x(x0)),
        (lambda p: p[0] <= x1, at_x(x1)),
        (lambda p: p[1] >= y0, at_y(y0)),
        (lambda p: p[1] <= y1, at_y(y1)),
    ):
        if not ring:
            break
        ring = _clip(ring, edge, cut)
    return ring


def area_and_centre(ring: Ring) -> tuple[float, Point]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        return 0.0, ring[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def inside_rings(rings: Iterable[Sequence[Point]], x: float, y: float) -> bool:
    """Whether (x, y) is inside an odd number of ``rings``: inside a polygon's outer ring
    and outside its holes; in lon/lat, or on the map for rings as drawn."""
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], *ring[:1]], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
                inside = not inside
    return inside


def holds(country: Country, lon: float, lat: float) -> bool:
    """Whether the place at (lon, lat) is in ``country`` (its outlines, as drawn)."""
    w, s, e, n = country.box
    if not (w <= lon <= e and s <= lat <= n):
        return False
    return any(inside_rings(polygon, lon, lat) for polygon in country.polygons)


def offsets(frame: Frame) -> list[float]:
    """The shifts in longitude at which the world is drawn: once, and again beside
    itself where the frame reaches past the 180th meridian (a map of Fiji)."""
    return [0.0, *([360.0] if frame.east > 180 else []), *([-360.0] if frame.west < -180 else [])]


def on_map(frame: Frame, lon: float, lat: float) -> Point:
    """A place projected, on whichever copy of the world the frame shows it."""
    for offset in offsets(frame):
        x, y = frame.project(lon + offset, lat)
        if 0 <= x <= WIDTH:
            return x, y
    return frame.project(lon, lat)
