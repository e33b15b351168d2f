"""The geometry of the locator maps: the bundled country outlines, the frame a map shows
and its projection, and outlines cut at the 180th meridian and clipped to the frame.

Country outlines come from Natural Earth (public domain; see data/README.md), each
decoded once per process when first needed: 1:110m (TopoJSON) for most maps, 1:50m
(packed, ``_Packed``) country by country for a frame small enough that 1:110m is too
coarse (``outlines_for``), for a place 1:110m's coast leaves out (``in_or_near``), and on a
wide map for the country of a place 1:110m has on no land (``coarse_under``). The
projection is equirectangular, its scale true at the frame's middle latitude: for the
regional extent of a news story that is faithful enough and needs no scale bar; round a
pole, where it cannot go, azimuthal equidistant (``PolarFrame``). Drawing them is ``maps.py``'s.
"""

from __future__ import annotations

import json
import math
import os
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, groupby, pairwise
from typing import TypeVar

Point = tuple[float, float]
"""(x, y): longitude and latitude in degrees, or projected SVG units."""
Ring = list[Point]
Box = tuple[float, float, float, float]
"""min lon, min lat, max lon, max lat."""
P = TypeVar("P")

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
    ISO 3166 has no number for, CLDR's letter code, or codes (``WITHOUT_ISO_NUMBER``)."""
    boxes: tuple[Box, ...] = ()
    """Each polygon's box, as ``box``; none given, each is taken to be ``box``. A map
    leaves out the polygons outside it unprojected: at 1:50m, Canada's islands made a
    map of a place in Nunavut take 30 ms."""
    runs: tuple[tuple[tuple[Box, ...], ...], ...] = ()
    """For each ring of each polygon, the box of each run of ``RUN`` points (``trimmed``);
    none given, every point is drawn. Only the 1:50m outlines have them: their large
    countries' long coasts (China's, Kazakhstan's) made a map of Bishkek take 5 ms."""


WITHOUT_ISO_NUMBER = {"Kosovo": "XK", "Indian Ocean Ter.": "CX CC"}
"""The countries of the map ISO 3166 gives no number, by Natural Earth's name, and the
code CLDR names them by: Kosovo ('XK', as the EU and CLDR write it) was labelled 'Kosovo'
in English on every map of the Balkans, beside 'Србија', 'Crna Gora', 'Сербия'.
Australia's 'Indian Ocean Ter.' is two territories in one, which CLDR names each
(Christmas Island, 'CX'; the Cocos (Keeling) Islands, 'CC'): both codes, a space
between (``languages.territory_name`` lists their names). Somaliland, Siachen Glacier
and Northern Cyprus CLDR does not name."""


PARTS: dict[str, tuple[tuple[str, str, Box], ...]] = {
    "Indian Ocean Ter.": (
        ("Christmas I.", "CX", (105.4, -10.8, 105.9, -10.2)),
        ("Cocos Is.", "CC", (96.6, -12.5, 97.1, -11.6)),
    ),
}
"""The territories of an area Natural Earth draws as one country, each with its name
in English (Natural Earth's way of writing it), its code (``Country.code``) and a box
round its islands with some 20 km to spare: Christmas Island and the Cocos Islands are
900 km apart, and a map of one named it with both (``part_of``)."""


def part_of(country: Country, points: Iterable[Point]) -> Country:
    """``country`` named and coded as the one of its territories (``PARTS``) whose box
    holds all of ``points`` (lon, lat); as it is when it has none, or they are not all
    in one (a map showing Christmas Island and the Cocos Islands names both)."""
    parts = PARTS.get(country.name, ())
    points = list(points)
    for name, code, (w, s, e, n) in parts:
        if points and all(w <= lon <= e and s <= lat <= n for lon, lat in points):
            return replace(country, name=name, code=code)
    return country


COARSE = "countries-110m.json"
"""Natural Earth's outlines at 1:110m, as TopoJSON: every wide map, and the first test of
a place's country (``in_coarse_outline``)."""
FINE = "countries-50m.bin"
"""Natural Earth's outlines at 1:50m, packed (``_packed``): a small frame's
(``FINE_BELOW``). Ten times the points of 1:110m; it has the islands and small countries
1:110m leaves out (La Palma, Maui, Malta, Bahrain, Singapore, Cabo Verde)."""
FINE_BELOW = 12.0
"""The frame's height, in degrees of latitude, below which a map is drawn from the
1:50m outlines. There an island a quarter of a degree across is 8 units or more, wider
than its pin: La Palma, Malta, Bahrain, Grenada are land under their pins, named, where
1:110m left them out, and a coast is not straight lines 5 to 10 units long. Above it the
islands 1:50m adds are dots, most of its detail is lost to the map's whole-unit outlines,
and its outlines cost 3 to 5 times the bytes (at 20 degrees, 12 to 36 KB a map against
3 to 7 KB; at 12, 6 to 20 KB against 1.5 to 4 KB)."""


def _data(file_name: str) -> str:
    # Beside this module in the installed package (importlib.resources would cost every
    # build the import of pathlib and its own modules).
    return os.path.join(os.path.dirname(__file__), "data", file_name)


@cache
def countries() -> tuple[Country, ...]:
    """The countries at 1:110m, decoded once per process: the wide maps' outlines. The
    countries a place's ``country`` may name are 1:50m's (``names_and_codes``)."""
    return decode_topojson(_data(COARSE), runs=False)


def names_and_codes() -> tuple[tuple[str, str], ...]:
    """Every country's name (Natural Earth's, in English) and code (``Country.code``) at
    1:50m, which has all of 1:110m's and the islands and small countries it leaves out
    (Malta, Bahrain, Singapore): the countries a place's ``country`` may name. From the
    packed file's index, a millisecond's reading; no country is decoded."""
    return tuple((name, code) for name, code, *_ in _packed().countries)


@cache
def _coarse_by_name() -> dict[str, Country]:
    return {country.name: country for country in countries()}


@cache
def _fine_by_name() -> dict[str, int]:
    return {name: k for k, (name, *_) in enumerate(_packed().countries)}


def in_coarse_outline(name: str, lon: float, lat: float) -> bool:
    """Whether the country Natural Earth names ``name`` holds (lon, lat) at 1:110m (no
    country 1:110m leaves out does). Nothing at 1:50m is decoded."""
    coarse = _coarse_by_name().get(name)
    return coarse is not None and holds(coarse, lon, lat)


NEAR_PIN = 0.18
"""Degrees (of latitude; some 20 km): a place no country holds is at home in the country
whose outline passes this near it (``home_countries``). Natural Earth leaves some small
islands' towns just off their coasts (Flying Fish Cove, on Christmas Island; the Cocos
Islands' West Island), and their maps named no country."""

ON_COAST = 0.05
"""Degrees (of latitude; some 5 km): a place no country holds that is this near one
country's outline, and at least twice as far from any other's, is on that country's
coast (Tarawa, 4 km off 1:50m's atoll; a harbour across a strait from another
country), not at sea between the two."""


def home_countries(countries: Iterable[Country], lon: float, lat: float) -> list[Country]:
    """Of ``countries``, the one that holds (lon, lat); or else the one whose outline is
    alone within ``NEAR_PIN`` of it, or on whose coast it is (``ON_COAST``); or else,
    for a place at sea within ``NEAR_PIN`` of two or more (a strait: Gibraltar, the
    Bab-el-Mandeb, Singapore's), all of those, the nearest first, for it is in none of
    them; none when none is that near (a place at sea)."""
    candidates = list(countries)
    held = next((c for c in candidates if holds(c, lon, lat)), None)
    if held is not None:
        return [held]
    # Most countries' boxes are far: a place at sea on a wide map is not measured from them.
    reach = NEAR_PIN / max(math.cos(math.radians(lat)), 0.01)
    close = [
        (k, c)
        for k, c in enumerate(candidates)
        if c.box[0] - reach <= lon <= c.box[2] + reach and c.box[1] - NEAR_PIN <= lat <= c.box[3] + NEAR_PIN
    ]
    gaps = ((outline_distance(c, lon, lat, NEAR_PIN), k) for k, c in close)
    near = sorted((gap, k) for gap, k in gaps if gap is not None)
    if len(near) > 1 and near[0][0] <= ON_COAST and near[1][0] >= 2 * near[0][0]:
        near = near[:1]
    return [candidates[k] for _, k in near]


NEAR_COAST = 0.25
"""Degrees (of latitude; of longitude, as many kilometres): a place this close to a
country's 1:50m outline may be in it. Natural Earth's 1:50m coasts are drawn to a
kilometre or two, but leave out islets and straighten inlets: a harbour, a lighthouse,
a village on an islet 1:50m has not are just outside them. A place whose coordinates
were written longitude first is hundreds of kilometres from its country."""


def in_or_near(name: str, lon: float, lat: float) -> bool:
    """Whether (lon, lat) is in the country Natural Earth names ``name`` at 1:110m, or in
    it or ``NEAR_COAST`` from it at 1:50m. The country is decoded at 1:50m only when a
    polygon of it, as the packed file's index boxes it, comes that near the place."""
    if in_coarse_outline(name, lon, lat):
        return True
    k = _fine_by_name().get(name)
    if k is None:
        return False
    reach = NEAR_COAST / max(math.cos(math.radians(lat)), 0.01)  # degrees of longitude
    around = ((lon - reach) * 100, (lat - NEAR_COAST) * 100, (lon + reach) * 100, (lat + NEAR_COAST) * 100)
    if not any(_meets(part, around, (0.0,)) for part in _packed().countries[k][4]):
        return False
    fine = _fine_country(k)
    return holds(fine, lon, lat) or _near_outline(fine, lon, lat, NEAR_COAST)


def country_at(lon: float, lat: float) -> tuple[str, str] | None:
    """The name (Natural Earth's, in English) and code (``Country.code``) of the country
    whose 1:50m outline holds (lon, lat); None at sea, or on land the maps leave out
    (Gibraltar, which 1:110m draws in Spain and 1:50m in no country). Only the countries
    with a polygon the packed file's index boxes round the place are decoded: a few."""
    k = _fine_index_at(lon, lat)
    if k is None:
        return None
    name, code, *_ = _packed().countries[k]
    return name, code


def _fine_index_at(lon: float, lat: float) -> int | None:
    """Which country of the packed 1:50m file (its place in it) holds (lon, lat)."""
    return next((k for k in _packed_near((lon, lat, lon, lat)) if holds(_fine_country(k), lon, lat)), None)


def _near_outline(country: Country, lon: float, lat: float, within: float) -> bool:
    """Whether a ring of ``country`` passes ``within`` degrees of (lon, lat)
    (``outline_distance``)."""
    return outline_distance(country, lon, lat, within) is not None


def outline_distance(country: Country, lon: float, lat: float, within: float) -> float | None:
    """How far (lon, lat) is from the nearest ring of ``country``, in degrees of
    latitude (a degree of longitude taken as long as it is there), where that is
    ``within`` or less; else None. Only the runs of points (``runs``) whose box comes
    that near are gone round."""
    kx = max(math.cos(math.radians(lat)), 0.01)
    reach = within / kx
    boxes = country.boxes or (country.box,) * len(country.polygons)
    runs = country.runs or ((),) * len(country.polygons)

    def close(box: Box) -> bool:
        w, s, e, n = box
        return w - reach <= lon <= e + reach and s - within <= lat <= n + within

    nearest: float | None = None
    for polygon, box, polygon_runs in zip(country.polygons, boxes, runs, strict=True):
        if not close(box):
            continue
        for ring, ring_runs in zip(polygon, polygon_runs or ((),) * len(polygon), strict=True):
            last = len(ring) - 1
            spans = [(k * RUN, min(k * RUN + RUN, last)) for k, b in enumerate(ring_runs) if close(b)]
            pieces = [ring[start : end + 1] for start, end in spans] if ring_runs else [ring]
            # The edge closing the ring too (TopoJSON's rings end where they start).
            for piece in [*pieces, [ring[-1], ring[0]]]:
                points = [((x - lon) * kx, y - lat) for x, y in piece]
                for a, b in pairwise(points):
                    if (gap := _from_origin(a, b)) <= within and (nearest is None or gap < nearest):
                        nearest = gap
    return nearest


def _from_origin(a: Point, b: Point) -> float:
    """The distance from (0, 0) to the segment from ``a`` to ``b``."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else min(1.0, max(0.0, -(ax * dx + ay * dy) / length))
    return math.hypot(ax + t * dx, ay + t * dy)


def fine_countries() -> tuple[Country, ...]:
    """Every country at 1:50m (each decoded once per process, ``_fine_country``)."""
    return tuple(_fine_country(k) for k in range(len(_packed().countries)))


def outlines_for(frame: Frame, places: Iterable[Point] = ()) -> tuple[Country, ...]:
    """The countries to draw in ``frame``: at 1:110m where it is ``FINE_BELOW`` degrees
    high or more, but for those of ``places`` (lon, lat) that no country holds at 1:110m
    and one does at 1:50m (``coarse_under``); else at 1:50m, only those with a polygon
    whose box comes near the frame (on any copy of the world it shows), each decoded when
    first needed, in the order of the file. Decoding all of 1:50m took 0.1 s; a place's
    map needs a few countries of it."""
    if frame.north - frame.south >= FINE_BELOW:
        return coarse_under(places)
    # ``maps`` draws what lies within 20 units of the map's sides and clips the rest
    # away: twice that round the frame, what it draws is as from all the countries.
    margin = 40 / WIDTH * (frame.east - frame.west)
    around = (frame.west - margin, frame.south, frame.east + margin, frame.north)
    return tuple(_fine_country(k) for k in _packed_near(around, offsets(frame)))


def _packed_near(around: Box, shifts: Sequence[float] = (0.0,)) -> list[int]:
    """The countries of the packed 1:50m file (their places in it) with a polygon whose
    box meets ``around`` (in degrees; shifted in longitude by any of ``shifts``): the
    only ones to decode. Not the country's box alone: the boxes of France, the United
    States, Fiji, New Zealand span the world (their islands), and a map of Korea decoded
    them."""
    # In hundredths of a degree, as the polygons' boxes are.
    around_100 = (around[0] * 100, around[1] * 100, around[2] * 100, around[3] * 100)
    shifts_100 = [o * 100 for o in shifts]
    return [
        k
        for k, (_, _, (w, s, e, n), _, parts) in enumerate(_packed().countries)
        if s <= around[3]
        and n >= around[1]  # most countries are above or below a small box
        and _meets((w, s, e, n), around, shifts)
        and any(_meets(part, around_100, shifts_100) for part in parts)
    ]


def coarse_under(places: Iterable[Point]) -> tuple[Country, ...]:
    """The countries at 1:110m (``countries``), but each that holds at 1:50m a place of
    ``places`` (lon, lat) that no country holds at 1:110m at 1:50m (in its place, or
    after them for one 1:110m leaves out): on a wide map a pin in Gaza, on Malta or La
    Palma, on a harbour 1:110m's coast leaves in the sea, sat on no land; the Gaza Strip
    was missing from Palestine, the West Bank alone. The whole country, so that its
    outline has no seam where the finer part meets the coarser."""
    fine = {k: None for lon, lat in places if (k := _fine_under(lon, lat)) is not None}
    if not fine:
        return countries()
    by_name = {_packed().countries[k][0]: k for k in fine}
    drawn = [_fine_country(by_name.pop(c.name)) if c.name in by_name else c for c in countries()]
    return (*drawn, *(_fine_country(k) for k in by_name.values()))


@cache
def _fine_under(lon: float, lat: float) -> int | None:
    """The 1:50m country (its place in the packed file) that holds (lon, lat), or else
    whose outline passes within ``NEAR_COAST`` of it (a harbour, a town on an island's
    coast: Tazacorte, on La Palma), where no country at 1:110m holds it; once per place
    and process (a story's maps show its places again and again)."""
    for country in countries():
        w, s, e, n = country.box  # most countries' boxes are far: no call for them
        if w <= lon <= e and s <= lat <= n and holds(country, lon, lat):
            return None
    k = _fine_index_at(lon, lat)
    if k is not None:
        return k
    reach = NEAR_COAST / max(math.cos(math.radians(lat)), 0.01)
    around = (lon - reach, lat - NEAR_COAST, lon + reach, lat + NEAR_COAST)
    return next(
        (k for k in _packed_near(around) if _near_outline(_fine_country(k), lon, lat, NEAR_COAST)), None
    )


def _meets(box: Sequence[float], near: Box, shifts: Sequence[float]) -> bool:
    """Whether ``box`` meets ``near``, shifted in longitude by any of ``shifts``."""
    w, s, e, n = box
    west, south, east, north = near
    return s <= north and n >= south and any(w + o <= east and e + o >= west for o in shifts)


PackedRing = tuple[int, int]
"""Where a ring's points are in ``_Packed.steps``: the first of its numbers, and how
many points."""


@dataclass(frozen=True)
class _Packed:
    """The 1:50m outlines as bundled (``benchmarks/convert_outlines.py`` makes them from
    the TopoJSON): read in one go, each country decoded from them only when a map needs
    it. ``json.load`` of the TopoJSON alone took 50 ms, making its 80,000 points' lists."""

    scale: tuple[float, float]
    translate: tuple[float, float]
    """As TopoJSON's transform: a point's degrees are its whole numbers times ``scale``
    plus ``translate``."""
    countries: list[tuple[str, str, Box, list[list[PackedRing]], list[list[int]]]]
    """Each country's name, code, box (``Country``'s), its polygons' rings, and the
    polygons' boxes in hundredths of a degree, rounded outwards."""
    steps: Sequence[int]
    """Every ring's points, one after another, each as its x and y: a ring's first point
    in whole numbers, each next one as its steps from the one before (as TopoJSON's
    arcs), then the boxes of its runs (``_run_boxes``) in whole numbers, each as west,
    south, east, north. A border two countries share is in each."""


PACKED_HEAD = 4
"""The bytes of a packed file's first number: the length of its index (JSON, padded
with spaces to a multiple of 4 bytes), which the little-endian 32-bit steps follow."""


@cache
def _packed() -> _Packed:
    with open(_data(FINE), "rb") as f:
        data = f.read()
    return unpacked(data)


def unpacked(data: bytes) -> _Packed:
    """The packed outlines ``data`` (``PACKED_HEAD``), their steps not copied."""
    length = int.from_bytes(data[:PACKED_HEAD], "little")
    index = json.loads(data[PACKED_HEAD : PACKED_HEAD + length])
    body = memoryview(data)[PACKED_HEAD + length :]
    steps: Sequence[int]
    if sys.byteorder == "little":
        steps = body.cast("i")
    else:  # pragma: no cover - no big-endian machine runs the tests
        swapped = array("i", body)
        swapped.byteswap()
        steps = swapped
    countries = [
        (name, code, tuple(box), polygons, parts) for name, code, box, polygons, parts in index["countries"]
    ]
    return _Packed(tuple(index["scale"]), tuple(index["translate"]), countries, steps)


@cache
def _fine_country(k: int) -> Country:
    """The ``k``th country at 1:50m, decoded once per process: ``country_of`` its
    polygons, with the boxes the file gives (``_Packed.steps``) where a polygon is not
    cut at the 180th meridian, a third of the time of working them out."""
    packed = _packed()
    (sx, sy), (tx, ty), steps = packed.scale, packed.translate, packed.steps
    name, code, _, polygons, _ = packed.countries[k]

    def ring(start: int, count: int) -> Ring:
        end = start + 2 * count
        xs, ys = accumulate(steps[start:end:2]), accumulate(steps[start + 1 : end : 2])
        return [(x * sx + tx, y * sy + ty) for x, y in zip(xs, ys, strict=True)]

    def run_boxes(start: int, count: int) -> tuple[Box, ...]:
        # Whole numbers to degrees keeps their order: the box of a run's degrees.
        at, end = start + 2 * count, start + 2 * count + 4 * len(range(0, count - 1, RUN))
        b = steps[at:end]
        return tuple((b[i] * sx + tx, b[i + 1] * sy + ty, b[i + 2] * sx + tx, b[i + 3] * sy + ty)
                     for i in range(0, end - at, 4))  # fmt: skip

    shapes: list[tuple[Ring, ...]] = []
    boxes: list[Box] = []
    runs: list[tuple[tuple[Box, ...], ...]] = []
    for polygon in polygons:
        rings, ring_runs = [ring(*r) for r in polygon], tuple(run_boxes(*r) for r in polygon)
        box = _union(ring_runs[0]) if ring_runs[0] else None
        if box and box[2] - box[0] <= 180:  # as ``split_ring`` finds: not cut
            shapes.append(tuple(rings))
            boxes.append(box)
            runs.append(ring_runs)
            continue
        for piece in split_polygon(rings):
            shapes.append(piece)
            boxes.append(box_of(piece[0]))
            runs.append(tuple(_run_boxes(r) for r in piece))
    return Country(name, tuple(shapes), _union(boxes), code, tuple(boxes), tuple(runs))


def _union(boxes: Sequence[Box]) -> Box:
    """The box round ``boxes``."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def decode_topojson(path: str, *, runs: bool) -> tuple[Country, ...]:
    """The countries of the TopoJSON file at ``path`` (quantised, delta-encoded arcs),
    with the boxes of their rings' runs of points if ``runs``."""
    with open(path, encoding="utf-8") as f:
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
        return stitched(arcs, indices)

    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        name = geometry.get("properties", {}).get("name", "")
        code = str(geometry.get("id", "")) or WITHOUT_ISO_NUMBER.get(name, "")
        out.append(country_of(name, code, [[ring(r) for r in polygon] for polygon in polygons], runs=runs))
    return tuple(out)


def stitched(arcs: Sequence[list[P]], indices: Sequence[int]) -> list[P]:
    """A TopoJSON ring: its arcs (``indices``; ``~i`` is arc ``i`` reversed) joined, each
    next one's first point, the last one's end, left out."""
    points: list[P] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def country_of(name: str, code: str, polygons: list[list[Ring]], *, runs: bool) -> Country:
    """The country of ``polygons`` (each its outer ring, then its holes), cut at the
    180th meridian, with its boxes (and its rings' runs' if ``runs``)."""
    shapes = tuple(piece for polygon in polygons for piece in split_polygon(polygon))
    boxes = tuple(box_of(shape[0]) for shape in shapes)
    box = _union(boxes)
    run_boxes = tuple(tuple(_run_boxes(r) for r in shape) for shape in shapes) if runs else ()
    return Country(name, shapes, box, code, boxes, run_boxes)


RUN = 32
"""How many points' steps of a ring make a run (``trimmed``)."""


def _run_boxes(ring: Ring) -> tuple[Box, ...]:
    """The box of each run of ``ring``: its points from ``RUN * k`` to ``RUN * (k + 1)``,
    both included, so that one run ends where the next starts."""
    return tuple(box_of(ring[start : start + RUN + 1]) for start in range(0, len(ring) - 1, RUN))


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


def box_of(ring: Ring) -> Box:
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
    if holes and _round_a_pole(outer):
        # Written for the sphere (world-atlas's 1:50m Antarctica): a ring round the pole
        # and, as its "hole", the coast, the land lying between them. On the plane the
        # coast is the land's outline, closed over the pole; drawn as written, the land
        # was a hair's breadth at the pole and the continent was not there.
        return [piece for hole in holes for piece in split_polygon([hole])]
    pieces = split_ring(outer)
    if pieces == [outer]:
        return [(outer, *holes)]
    out: list[tuple[Ring, ...]] = []
    for piece in pieces:
        east = piece[0][0] > 0
        mine = [h for h in holes if (sum(p[0] for p in h) > 0) == east]
        out.append((piece, *mine))
    return out


POLE_CAP = 0.01
"""Degrees: a ring all within this of a pole is a ring round it, not land."""

SEAM = 1e-6
"""Degrees: a point of a ring as drawn this close to the 180th meridian is on it."""


def seam_closing(ring: Ring, frame: Frame) -> Ring | None:
    """``ring`` (as drawn by ``frame``) begun where its one run of edges along the 180th
    meridian ends and ended where that run begins, its points inside the run left out:
    drawn without closing it, the seam is its fill's closing edge, which is not stroked.
    A country cut at the meridian (Chukotka, Wrangel Island, Fiji) is two rings that meet
    along it, each stroked along the cut: a line across the land where a map shows both
    sides (round the North Pole, or across the meridian). A meridian is a straight line in
    either projection, so the fill is the same. None for a ring with no such run, or more
    than one (it is drawn closed, as it was)."""
    n = len(ring)
    on = [abs(frame.place_at(x, y)[0] % 360.0 - 180.0) < SEAM for x, y in ring]
    along = [on[i] and on[(i + 1) % n] for i in range(n)]  # the edge from point i to i + 1
    starts = [i for i in range(n) if along[i] and not along[i - 1]]
    if len(starts) != 1:
        return None  # none, more than one, or a ring all along the meridian
    first = starts[0]
    edges = 1
    while along[(first + edges) % n]:
        edges += 1
    end = (first + edges) % n  # where the run ends
    opened = (ring[end:] + ring[:end])[: n - (edges - 1)]  # from its end round to its start
    return opened if len(opened) > 2 else None


def _round_a_pole(ring: Ring) -> bool:
    return all(abs(lat) >= 90.0 - POLE_CAP for _, lat in ring)


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

    def bounds(self, units: float) -> Box:
        """The box (west, south, east, north, in degrees) holding all the map shows and
        ``units`` more round it."""
        west, north = self.place_at(-units, -units)
        east, south = self.place_at(WIDTH + units, HEIGHT + units)
        return west, south, east, north

    def holds(self, box: Box) -> bool:
        """Whether the (west, south, east, north) ``box`` is drawn wholly on the map."""
        w, s, e, n = box
        x0, y0 = self.project(w, n)
        x1, y1 = self.project(e, s)
        return x0 >= 0 and y0 >= 0 and x1 <= WIDTH and y1 <= HEIGHT


@dataclass(frozen=True)
class PolarFrame(Frame):
    """A frame round a pole (``frame_for``), in the azimuthal equidistant projection
    centred on it: true to scale along the meridians, which run straight from the pole,
    ``meridian`` (the places' middle longitude) up from the South Pole or down from the
    North, so that north is up along it. An equirectangular map cannot show a pole (the
    pole is its whole top or bottom edge, and frames stopped at 85 degrees), nor a
    story round Antarctica, its longitudes wider than the world. Its ``west``, ``east``,
    ``south`` and ``north`` are the box in degrees of all it may show (every longitude;
    the latitudes within 40 units round the map), which outlines are tested against."""

    pole: float = 1.0
    """1 for the North Pole, -1 for the South."""
    meridian: float = 0.0
    left: float = 0.0
    """Where the map's left side is, in degrees east of the pole along the projection's x."""
    top: float = 0.0
    """Where its top is, in degrees below the pole along the projection's y."""
    scale: float = 1.0
    """Map units per degree."""

    def project(self, lon: float, lat: float) -> Point:
        r, t = 90.0 - self.pole * lat, math.radians(lon - self.meridian)
        return (r * math.sin(t) - self.left) * self.scale, (
            self.pole * r * math.cos(t) - self.top
        ) * self.scale

    def place_at(self, x: float, y: float) -> Point:
        ax, ay = self.left + x / self.scale, self.top + y / self.scale
        lon = self.meridian + math.degrees(math.atan2(ax, self.pole * ay))
        return (lon + 540.0) % 360.0 - 180.0, self.pole * (90.0 - math.hypot(ax, ay))

    def project_all(self, ring: Ring) -> Ring:
        """``project`` for every point of ``ring`` but those at the pole: a ring cut at
        the 180th meridian and closed over the pole (``split_ring``) meets itself there
        again, without the two edges along the meridian to the pole, which drew a line
        from the coast to the pole like a pin's."""
        return [self.project(lon, lat) for lon, lat in ring if abs(lat) < 90.0 - POLE_CAP]

    def bounds(self, units: float) -> Box:
        # Every longitude; latitudes from the nearest of the box round the map to the pole
        # (the pole itself, where the box holds it) to its farthest corner.
        pad = units / self.scale
        x0, x1 = self.left - pad, self.left + WIDTH / self.scale + pad
        y0, y1 = self.top - pad, self.top + HEIGHT / self.scale + pad
        near = math.hypot(max(x0, 0.0, -x1), max(y0, 0.0, -y1))
        far = max(math.hypot(x, y) for x in (x0, x1) for y in (y0, y1))
        lats = sorted((self.pole * (90.0 - near), self.pole * (90.0 - far)))
        return -180.0, lats[0], 180.0, lats[1]

    def holds(self, box: Box) -> bool:
        return False  # its corners are not its extremes: clipped, to be sure


POLAR = 85.0
"""Degrees of latitude: a map with a place beyond this is drawn round its pole
(``PolarFrame``)."""

POLAR_MIDDLE = 60.0
"""Degrees of latitude: a map whose middle is beyond this and that spans more than
half the world's longitudes (stations round Antarctica) is drawn round its pole."""


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
    farthest = max(lats, key=lambda lat: (abs(lat), lat))
    if abs(farthest) > POLAR or (abs(cy) > POLAR_MIDDLE and width > 180.0):
        return _polar_frame(
            points, min_span, margin, 1.0 if (farthest if abs(farthest) > POLAR else cy) > 0 else -1.0
        )
    south, north = max(cy - height / 2, -85.0), min(cy + height / 2, 85.0)
    return Frame(cx - width / 2, south, cx + width / 2, north)


def _polar_frame(points: Sequence[Point], min_span: float, margin: float, pole: float) -> PolarFrame:
    """``frame_for``'s frame round the ``pole`` (1 north, -1 south): padded and shaped
    as it pads and shapes an equirectangular one, in degrees from the pole."""
    # The places' middle longitude, a place at the pole having none; in a fixed order,
    # so the same places give the same frame whatever their order.
    lons = sorted(lon for lon, lat in points if abs(lat) < 90.0 - 1e-9)
    ys, xs = (
        sum(math.sin(math.radians(lon)) for lon in lons),
        sum(math.cos(math.radians(lon)) for lon in lons),
    )
    meridian = math.degrees(math.atan2(ys, xs)) if math.hypot(xs, ys) > 1e-9 else 0.0
    at = [PolarFrame(-180.0, -90.0, 180.0, 90.0, pole=pole, meridian=meridian).project(*p) for p in points]
    west, east = min(x for x, _ in at), max(x for x, _ in at)
    top, bottom = min(y for _, y in at), max(y for _, y in at)
    pad = max(east - west, bottom - top) * 0.2 + margin
    west, east, top, bottom = west - pad, east + pad, top - pad, bottom + pad
    height = max(bottom - top, (east - west) * HEIGHT / WIDTH, min_span)
    width = height * WIDTH / HEIGHT
    left, upper = (west + east - width) / 2, (top + bottom - height) / 2
    frame = PolarFrame(
        -180.0, -90.0, 180.0, 90.0, pole=pole, meridian=meridian, left=left, top=upper, scale=HEIGHT / height
    )
    _, south, _, north = frame.bounds(40.0)
    return replace(frame, south=south, north=north)


def _clip(ring: Ring, axis: int, bound: float, keep_above: bool) -> Ring:
    """One step of Sutherland-Hodgman polygon clipping: what of ``ring`` lies on the
    side of ``bound`` it keeps, on ``axis`` (0 for x, 1 for y). Which points are kept
    is worked out once each, in one go, and they are kept a run at a time; a ring all
    on one side is kept or dropped whole: a 1:50m coast is thousands of points, and a
    call for each was most of the time of a map."""
    keep = [p[axis] >= bound for p in ring] if keep_above else [p[axis] <= bound for p in ring]
    if all(keep):
        return ring[:]
    if not any(keep):
        return []
    out: Ring = []
    start = 0
    # Run by run of points on one side: a crossing starts each but perhaps the first.
    for kept, run in groupby(keep):
        if kept != keep[start - 1]:  # crossing the bound: where
            (ax, ay), (bx, by) = ring[start - 1], ring[start]
            if axis == 0:
                out.append((bound, ay + (by - ay) * (bound - ax) / (bx - ax)))
            else:
                out.append((ax + (bx - ax) * (bound - ay) / (by - ay), bound))
        end = start + len(list(run))
        if kept:
            out.extend(ring[start:end])
        start = end
    return out


def clip_to_box(ring: Ring, x0: float, y0: float, x1: float, y1: float) -> Ring:
    for axis, bound, keep_above in ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)):
        if not ring:
            break
        ring = _clip(ring, axis, bound, keep_above)
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
    # A polygon whose outer ring's box does not hold the place does not (its holes are
    # inside that ring): at 1:50m, going round each of a large country's islands for
    # each place of a story tripled the time of its places' maps.
    boxes = country.boxes or (country.box,) * len(country.polygons)
    runs = country.runs or ((),) * len(country.polygons)
    for polygon, (w, s, e, n), polygon_runs in zip(country.polygons, boxes, runs, strict=True):
        if not (w <= lon <= e and s <= lat <= n):
            continue
        if polygon_runs:
            inside = False
            for ring, ring_runs in zip(polygon, polygon_runs, strict=True):
                inside ^= _inside_by_runs(ring, ring_runs, lon, lat)
        else:
            inside = inside_rings(polygon, lon, lat)
        if inside:
            return True
    return False


NEAR = 1e-9
"""Degrees: a run of a ring this far or less to the side of a place is gone round
point by point (``_inside_by_runs``), where rounding could decide a crossing."""


def _inside_by_runs(ring: Ring, runs: Sequence[Box], x: float, y: float) -> bool:
    """``inside_rings([ring], x, y)``, the same answer, counting the crossings of the
    line east from (x, y) run by run (``_run_boxes``): none in a run wholly above,
    below or west of it; in a run wholly east of it, as many as its ends are on either
    side of it, odd or even. Only the runs round the place are gone round point by
    point: a 1:50m country's coast of 10,000 points took a millisecond a place."""
    inside = False
    last = len(ring) - 1
    for k, (w, s, e, n) in enumerate(runs):
        if s > y or n <= y or e < x - NEAR:
            continue
        start, end = k * RUN, min(k * RUN + RUN, last)
        if w > x + NEAR:
            inside ^= (ring[start][1] > y) != (ring[end][1] > y)
            continue
        for i in range(start, end):
            (x0, y0), (x1, y1) = ring[i], ring[i + 1]
            if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
                inside = not inside
    (x0, y0), (x1, y1) = ring[last], ring[0]  # the edge closing the ring
    if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
        inside = not inside
    return inside


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
