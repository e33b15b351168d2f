"""Locator maps drawn at build time as inline SVG: no tiles, no script, no network.

Country outlines come from Natural Earth (public domain; see data/README.md): at 1:110m
(and at 1:50m a country that holds a place 1:110m has on no land), or at 1:50m for a
small frame, only the countries near it (``map_geometry.outlines_for``). The
map is framed on the places to show, with padding, the closer they are the smaller
(``map_geometry.frame_around``), in an equirectangular projection whose scale is true
at the frame's middle latitude: for the regional extent of a news story that is
faithful enough and needs no scale bar; round a pole, azimuthal equidistant
(``map_geometry.PolarFrame``). Outlines are clipped to the frame so a map
carries only what it shows. Country names are drawn where they fit; markers are
labelled links to the places' pages. Places within a city of one another, which the
map fans out, are drawn again below it at their true distances, with a scale bar
(``_close_up``).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import operator
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Generic, TypeVar

from generator.content.model import Location
from generator.geometry.map_geometry import (
    HEIGHT,
    MIN_SPAN,
    WIDTH,
    Country,
    Frame,
    Point,
    Ring,
    area_and_centre,
    box_of,
    clip_to_box,
    frame_around,
    home_countries,
    inside_rings,
    offsets,
    on_map,
    outlines_for,
    part_of,
    seam_closing,
    trimmed,
)
from generator.i18n.languages import reads_right_to_left
from generator.markdown.markup import runs_marked


def _path(rings: list[Ring], unclosed: frozenset[int] | set[int] = frozenset()) -> str:
    """The SVG path of ``rings``: each ring's first point, then each next one by how far it
    moves from the last, in whole units (a 640-unit-wide map needs no finer), repeats
    left out. Relative moves are short ("l-5 5-5 1"): country outlines were most of the
    bytes of a page with a map, the seed's story page 26 KB of its 64. The rings whose
    places are in ``unclosed`` are not closed (no ``z``): their fill closes them, their
    stroke does not (``map_geometry.seam_closing``)."""
    parts = []
    for n, ring in enumerate(rings):
        points: list[tuple[int, int]] = []
        for x, y in ring:
            here = (round(x), round(y))
            if not points or here != points[-1]:
                points.append(here)
        if len(points) > 2:
            (x0, y0), moves = points[0], []
            for (px, py), (x, y) in itertools.pairwise(points):
                moves += [x - px, y - py]
            parts.append(f"M{x0} {y0}l{_numbers(moves)}{'' if n in unclosed else 'z'}")
    return "".join(parts)


def _numbers(values: list[int]) -> str:
    """Numbers of an SVG path, a space between two only where no minus sign parts them."""
    return "".join(f" {v}" if v >= 0 and i else str(v) for i, v in enumerate(values))


@dataclass(frozen=True)
class Marker:
    """A place on a map, linking to its page (unless it is the ``current`` page's place)."""

    location: Location
    href: str
    current: bool = False


@dataclass
class _Drawn:
    """A country as drawn on one map: its clipped outlines and where its name could go."""

    country: Country
    rings: list[Ring]
    area: float = 0.0
    centre: Point = (0.0, 0.0)
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    """Each of ``rings``' boxes (min x, min y, max x, max y), once asked for (``_holds_spot``)."""
    shown: list[Point] = field(default_factory=list)
    """The middle (lon, lat, as stored) of the box of each polygon drawn: which of an
    area's territories the map shows (``part_of``)."""
    unclosed: set[int] = field(default_factory=set)
    """The places in ``rings`` of those drawn without their closing edge, a cut along the
    180th meridian (``map_geometry.seam_closing``)."""


def _draw(country: Country, frame: Frame, offset: float, margin: float) -> _Drawn | None:
    w, s, e, n = country.box
    w, e = w + offset, e + offset
    if e < frame.west - margin or w > frame.east + margin or n < frame.south or s > frame.north:
        return None
    # A country wholly inside the map needs no clipping (clipping would return every
    # ring unchanged); on a map of the world that is most of them.
    whole = frame.holds((w, s, e, n))
    drawn = _Drawn(country, [])
    boxes = country.boxes or (country.box,) * len(country.polygons)
    runs = country.runs or ((),) * len(country.polygons)
    # What is clipped away, in degrees of the outlines as stored: 20 units round the map.
    west, south, east, north = frame.bounds(20)
    west, east = west - offset, east - offset
    for polygon, (pw, ps, pe, pn), polygon_runs in zip(country.polygons, boxes, runs, strict=True):
        if not whole and (pe < west or pw > east or pn < south or ps > north):
            continue  # clipped, it would be nothing
        for i, ring in enumerate(polygon):
            if not whole and polygon_runs:
                ring = trimmed(ring, polygon_runs[i], west, south, east, north)
            projected = frame.project_all([(lon + offset, lat) for lon, lat in ring] if offset else ring)
            clipped = projected if whole else clip_to_box(projected, -20, -20, WIDTH + 20, HEIGHT + 20)
            if len(clipped) > 2:
                # A polygon that reaches the 180th meridian may have been cut there.
                opened = seam_closing(clipped, frame) if pw <= -180.0 or pe >= 180.0 else None
                if opened is not None:
                    clipped = opened
                    drawn.unclosed.add(len(drawn.rings))
                drawn.rings.append(clipped)
                if i == 0:
                    drawn.shown.append(((pw + pe) / 2, (ps + pn) / 2))
                    inside = projected if whole else clip_to_box(projected, 0, 0, WIDTH, HEIGHT)
                    if len(inside) > 2:
                        area, centre = area_and_centre(inside)
                        if area > drawn.area:
                            drawn.area, drawn.centre = area, centre
    return drawn if drawn.rings else None


Box = tuple[float, float, float, float]
Line = tuple[Point, Point]
"""A straight line from one point to another: a leader, from a place to its pin drawn aside."""


def _name_box(x: float, y: float, name: str) -> Box:
    width = len(name) * 6.0
    return (x - width / 2, y - 9, width, 12)


def _fits(box: Box, taken: _Room) -> bool:
    x, y, w, h = box
    inside = x >= 2 and x + w <= WIDTH - 2 and y >= 2 and y + h <= HEIGHT - 2
    return inside and taken.free(box)


T = TypeVar("T")

GRID = 32.0
"""The side of the squares ``_Room`` and ``_Leaders`` file boxes by."""


def _squares(box: Box) -> Iterator[tuple[int, int]]:
    """The squares of a grid of side ``GRID`` that ``box`` (x, y, width, height), edges
    included, touches: two boxes that meet share one."""
    x, y, w, h = box
    return _squares_between(x, y, x + w, y + h)


def _squares_between(left: float, top: float, right: float, bottom: float) -> Iterator[tuple[int, int]]:
    """The squares of a grid of side ``GRID`` that the box from (``left``, ``top``) to
    (``right``, ``bottom``), edges included, touches."""
    for sx in range(math.floor(left / GRID), math.floor(right / GRID) + 1):
        for sy in range(math.floor(top / GRID), math.floor(bottom / GRID) + 1):
            yield sx, sy


class _Grid(Generic[T]):
    """Things on a map filed by the squares of side ``GRID`` they touch, so that those
    near a box are found without going over every one: on a map of 333 places, each name
    compared with every pin, name and crowd's line took 0.1 s."""

    def __init__(self) -> None:
        self._near: dict[tuple[int, int], list[T]] = {}

    def file(self, thing: T, squares: Iterable[tuple[int, int]]) -> None:
        for square in squares:
            self._near.setdefault(square, []).append(thing)

    def near(self, box: Box) -> Iterator[T]:
        """What is filed in the squares ``box`` touches (a thing touching several, once
        for each)."""
        for square in _squares(box):
            yield from self._near.get(square, ())


class _Room:
    """What a name on a map must not cover: the pins, and the names placed so far."""

    def __init__(self, boxes: Iterable[Box] = ()) -> None:
        self._taken: _Grid[Box] = _Grid()
        for box in boxes:
            self.take(box)

    def take(self, box: Box) -> None:
        self._taken.file(box, _squares(box))

    def free(self, box: Box) -> bool:
        """Whether ``box`` overlaps nothing taken."""
        return not any(_overlap(box, other) for other in self._taken.near(box))


class _Leaders:
    """The lines joining spread pins to their places (``_spread``), filed by the squares
    their bounding boxes touch, for ``_label_sides`` to find those near a name."""

    def __init__(self, lines: Iterable[Line] = ()) -> None:
        self._lines: _Grid[Line] = _Grid()
        for line in lines:
            (x0, y0), (x1, y1) = line
            # Its bounding box from its ends themselves (the lower end plus the width can
            # round short of the upper one), and a hair wider: where it meets a box,
            # ``_crosses`` works out its height by a sum that can round a little past its
            # ends (a line ending at 319.99999999999994 met a box whose top is 320).
            hair = 1e-9 * (1.0 + max(abs(x0), abs(y0), abs(x1), abs(y1)))
            bounds = (min(x0, x1) - hair, min(y0, y1) - hair, max(x0, x1) + hair, max(y0, y1) + hair)
            self._lines.file(line, _squares_between(*bounds))

    def cross(self, box: Box) -> bool:
        """Whether one of the lines passes through ``box`` (``_crosses``)."""
        return any(_crosses(line, box) for line in self._lines.near(box))


CORNER_CLEAR = 12.0
"""How far a place's name at a corner of its pin (``_label_sides``) keeps from the middle
of every other pin, its own being 8.5 away: round a crowd, a name at a pin's corner sat
9 units above the next pin and read as that one's name."""


class _Pins:
    """Where the pins are drawn, filed by the squares they lie in, for ``_pin_label`` to
    find those near a name at a pin's corner."""

    def __init__(self, points: Iterable[Point]) -> None:
        self._pins: _Grid[Point] = _Grid()
        for point in points:
            self._pins.file(point, _squares_between(*point, *point))

    def clear(self, box: Box, own: Point, c: float = CORNER_CLEAR) -> bool:
        """Whether every pin but the one at ``own`` lies at least ``c`` from ``box``."""
        x, y, w, h = box
        for px, py in self._pins.near((x - c, y - c, w + 2 * c, h + 2 * c)):
            if (px, py) != own and math.hypot(max(x - px, 0.0, px - x - w), max(y - py, 0.0, py - y - h)) < c:
                return False
        return True


def locator_map(
    markers: Sequence[Marker],
    *,
    min_span: float = MIN_SPAN,
    country_name: Callable[[Country], str] | None = None,
    in_order: bool = False,
    direction: str = "auto",
    close_up: CloseUpText | None = None,
) -> str:
    """An inline SVG map of ``markers`` (all with coordinates); '' when there are none.
    ``country_name`` names the countries in the page's language (else in English), ''
    for one it has no name for, which is left unnamed;
    ``direction`` is the one its names are laid out in (``_in_direction``), the
    ``dir`` of a text of the page's language set apart (``languages.isolated_direction``).
    Places are named where their names fit, the current place first, then in the
    order of ``markers`` with ``in_order`` (the most important first), else by name;
    round a crowd, no other name comes near the current place's pin.

    The countries that hold the places are named first, beside their places if their
    middle is taken; other countries are named where there is room and their visible
    part is large enough for the name.

    Places on the map spread less than ``CLOSE_UP_KM`` (a city's districts, which the
    map draws round their middle) are drawn again at their true distances in a panel
    below it (``_close_up``), in the words of ``close_up`` (English if not given), and
    a box on the map marks where they are.
    """
    if not markers:
        return ""
    frame = _frame_on(markers, min_span)
    drawn = _countries_in(frame, [(c[1], c[0]) for m in markers if (c := m.location.coordinates)])
    taken = _Room()  # what a name must not cover: the pins and the names placed so far
    shown = [m for m in markers if m.location.coordinates]
    near = _close_up_places(shown, frame)
    pins, pins_at, leaders = _pins(shown, frame, taken, in_order, direction)
    # Names after the markers, so a country's name never hides a place's.
    places = [(c[1], c[0]) for m in shown if (c := m.location.coordinates)]
    names = _country_names(drawn, places, pins_at, taken, leaders, country_name, direction)
    land = [f'<path d="{_path(d.rings, d.unclosed)}"/>' for d in drawn]
    if not near:
        return _svg(land, names, pins)
    where = _close_up_box(frame, [m for m, _ in near])
    panel, panel_height = _close_up(
        near, (0.0, HEIGHT + CLOSE_UP_GAP), close_up or CloseUpText(), in_order, direction
    )
    return _svg(land, [*names, where], pins, panel, panel_height)


def _frame_on(markers: Sequence[Marker], min_span: float) -> Frame:
    """The frame around the current place, or around every place when none is current
    (``frame_around``: the closer together they are, the smaller)."""
    focus = [m for m in markers if m.current] or list(markers)
    return frame_around([(c[1], c[0]) for m in focus if (c := m.location.coordinates)], min_span)


def _countries_in(frame: Frame, places: Sequence[Point] = ()) -> list[_Drawn]:
    """Every country the frame shows part of, clipped to it: once for each copy of the
    world it shows (``map_geometry.offsets``); on a wide map, at 1:50m each that holds a
    place of ``places`` (lon, lat) 1:110m has on no land (``outlines_for``)."""
    margin = 0.15 * (frame.east - frame.west)
    drawn: list[_Drawn] = []
    for country in outlines_for(frame, places):
        for offset in offsets(frame):
            if (found := _draw(country, frame, offset, margin)) is not None:
                drawn.append(found)
    return drawn


def _pins(
    shown: Sequence[Marker], frame: Frame, taken: _Room, in_order: bool, direction: str = "auto"
) -> tuple[list[str], dict[str, list[tuple[Point, bool]]], _Leaders]:
    """The pins of the places inside the frame, each a link named where its name fits:
    the current place first (its name has the first claim on the room), then in the
    order of ``shown`` with ``in_order``, else by name. Also where each place's pins
    are, by its 'lon,lat' (its country's name may go beside them), each with whether
    it is drawn away from the place (``_spread``), and the lines joining those to it."""
    pins: list[str] = []
    pins_at: dict[str, list[tuple[Point, bool]]] = {}
    placed: list[tuple[Marker, Point, str]] = []
    for marker in sorted(shown, key=lambda m: (not m.current, "" if in_order else m.location.name)):
        lat, lon = marker.location.coordinates or (0.0, 0.0)
        x, y = on_map(frame, lon, lat)
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:  # else a place outside the frame
            placed.append((marker, (x, y), f"{lon},{lat}"))
    current = next((i for i, (marker, _, _) in enumerate(placed) if marker.current), None)
    drawn_at = _spread([at for _, at, _ in placed], current)
    for x, y in drawn_at:
        taken.take((x - 6, y - 6, 12, 12))  # no name covers a pin, even one named later
    leaders = _Leaders((at, drawn) for (_, at, _), drawn in zip(placed, drawn_at, strict=True) if at != drawn)
    spots = _Pins(drawn_at)
    for (marker, at, key), drawn in zip(placed, drawn_at, strict=True):
        pins.append(_pin(marker, at, drawn, taken, leaders, spots, direction=direction))
        pins_at.setdefault(key, []).append((drawn, drawn != at))
        if marker.current and drawn != at:
            # Named first, its name beside it; then no other name may come near it: round
            # a crowd, a neighbour's name above both pins read as the current place's.
            x, y = drawn
            taken.take((x - CURRENT_CLEAR, y - CURRENT_CLEAR, 2 * CURRENT_CLEAR, 2 * CURRENT_CLEAR))
    return pins, pins_at, leaders


CURRENT_CLEAR = 14.0
"""How far from the middle of the current place's pin, when it is drawn in a crowd, the
names of other places keep: its radius, 6, and 8 more (its own name is 2 to 3 units
from its edge). A neighbour's name 11 units above it, centred on the neighbour's pin 18
units aside, read as its own."""


CROWDED = 9.0
"""Pins whose middles are closer than this (about a pin's width) are spread apart."""
SPREAD = 11.0
"""The smallest radius of the circle a crowd of pins is spread on."""


def _spread(points: Sequence[Point], current: int | None = None) -> list[Point]:
    """Where each pin is drawn: at its place, or, for pins crowding one another (middles
    within ``CROWDED``, one after another), on a circle around their middle (on rings,
    for a crowd too large for one on the map: ``_crowd_spots``), each on
    its own side of it as far as they allow (``_slots``), so that each can be seen,
    clicked and named (a city and the air bases beside it were one blot, and a click on
    the city reached the base drawn last); ``_pin`` joins each to its place. A pin so drawn near
    another place's joins that place to its crowd, and the crowd is drawn again; a
    crowd stays on the map, its circle or rings whole where they fit on it, else cut
    to it (``_rings_on_map``). The ``current`` place's pin (its index), in a crowd on
    rings, is drawn on the outermost (``_outermost``)."""
    crowd = list(range(len(points)))  # each point's crowd, by a member standing for it

    def first(i: int) -> int:
        root = i
        while crowd[root] != root:
            root = crowd[root]
        while crowd[i] != root:  # each on the way now points at it: later walks are short
            crowd[i], i = root, crowd[i]
        return root

    def join_near(at: Sequence[Point]) -> bool:
        # Only pins within CROWDED of each other are joined, so each is compared with
        # those in its square of a grid of that side and the eight around it, not with
        # every other (333 places took a story page 0.7 s). The crowds, and whether any
        # two were joined, do not depend on the order pairs are met in.
        joined = False
        squares: dict[tuple[int, int], list[int]] = {}
        for i, (xi, yi) in enumerate(at):
            sx, sy = math.floor(xi / CROWDED), math.floor(yi / CROWDED)
            for square in _around(sx, sy):
                for j in squares.get(square, ()):
                    if first(i) != first(j) and math.hypot(xi - at[j][0], yi - at[j][1]) < CROWDED:
                        crowd[first(i)] = first(j)
                        joined = True
            squares.setdefault((sx, sy), []).append(i)
        return joined

    join_near(points)
    placed: dict[tuple[int, ...], list[Point]] = {}  # each crowd drawn in a round before
    while True:
        drawn = _round_crowds(points, first, placed, current)
        if not join_near(drawn):
            return drawn


def _around(x: int, y: int) -> list[tuple[int, int]]:
    """The square (``x``, ``y``) of a grid and the eight around it."""
    return [(x + dx, y + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]


def _round_crowds(
    points: Sequence[Point],
    first: Callable[[int], int],
    placed: dict[tuple[int, ...], list[Point]],
    current: int | None = None,
) -> list[Point]:
    """``points`` with each crowd (the points sharing ``first``) drawn round its middle
    (``_slots``). A crowd is drawn from its members' own places alone: ``placed`` keeps
    where each crowd's pins went, by its members, for the rounds after, in which most
    crowds are as they were."""
    members: dict[int, list[int]] = {}
    for i in range(len(points)):
        members.setdefault(first(i), []).append(i)
    drawn = list(points)
    for group in members.values():
        if len(group) < 2:
            continue
        known = placed.get(tuple(group))
        if known is not None:
            for i, at in zip(group, known, strict=True):
                drawn[i] = at
            continue
        n = len(group)
        middle = (sum(points[i][0] for i in group) / n, sum(points[i][1] for i in group) / n)
        ways, spots = _crowd_spots(n, middle)
        order = _slots(group, points, middle, ways)
        if current in group:
            _outermost(order, current, ways)
        for i, at in zip(order, spots, strict=True):
            drawn[i] = at
        placed[tuple(group)] = [drawn[i] for i in group]
    return drawn


def _outermost(order: list[int], current: int, ways: Sequence[Point]) -> None:
    """Move ``current`` in ``order`` (the members of a crowd by their spots, whose ways
    from its middle are ``ways``) to the spot of the outermost ring nearest its own in
    direction, where it is not on that ring already; the member there takes its spot.
    Round an inner ring, every side and corner of a pin met a pin of the rings round
    it, and on its own page the place had no name (79 of 100 pages of 100 places
    within 2 km); a pin of the outermost ring has its corner facing out clear of them."""
    far = [math.hypot(x, y) for x, y in ways]
    outer = [k for k, f in enumerate(far) if f > max(far) - 1e-6]
    k = order.index(current)
    if k in outer:
        return
    way = math.atan2(ways[k][1], ways[k][0])
    nearest = min(outer, key=lambda o: (_angle_apart(way, math.atan2(ways[o][1], ways[o][0])), o))
    order[k], order[nearest] = order[nearest], order[k]


RING_GAP = 12.0
"""How far apart the pins of a crowd too large for one circle are (``_rings``): a pin's
width and a little more, so that each can be told apart and clicked."""


def _crowd_spots(n: int, middle: Point) -> tuple[list[Point], list[Point]]:
    """Where the ``n`` pins of a crowd round ``middle`` go: the ways from its middle
    ``_slots`` matches its places to, and the spots on the map, the crowd whole on it
    (its middle moved in from the edges as far as need be). One circle, its neighbours
    two pins apart, where that circle fits on the map (up to 67 pins); else rings filled
    from the middle out (``_rings``; cut to the map where they are too wide for it
    whole, ``_rings_on_map``), since a circle wide enough for 260 pins was three times
    the map's height and left most of them off it, unseen and beyond reach of a click,
    though still links a keyboard stops at."""

    def fits(reach: float) -> bool:
        return 2 * (reach + 6.0) <= min(WIDTH, HEIGHT)

    reach = max(SPREAD, 2 * CROWDED * n / (2 * math.pi))  # the circle's radius
    if fits(reach):
        ways = _circle(n)
        around = [(reach * x, reach * y) for x, y in ways]
    else:
        around = _rings(n)
        reach = max(math.hypot(x, y) for x, y in around)
        if not fits(reach):
            return _rings_on_map(n, middle)
        ways = [(x / reach, y / reach) for x, y in around]
    mx = min(max(middle[0], 6.0 + reach), WIDTH - 6.0 - reach)
    my = min(max(middle[1], 6.0 + reach), HEIGHT - 6.0 - reach)
    return ways, [(mx + x, my + y) for x, y in around]


def _rings(n: int) -> list[Point]:
    """``n`` spots on rings round a middle, ``RING_GAP`` apart along each ring and
    between rings, the inner rings full and the outermost holding what is left, evenly
    round it; each ring's first spot at its top. Matched by their ways from the middle
    (``_slots``), the places farthest out take the outer rings on their side."""
    spots: list[Point] = []
    radius = SPREAD
    while len(spots) < n:
        room = int(2 * math.pi * radius / RING_GAP)
        spots += [(radius * x, radius * y) for x, y in _circle(min(room, n - len(spots)))]
        radius += RING_GAP
    return spots


def _rings_on_map(n: int, middle: Point) -> tuple[list[Point], list[Point]]:
    """Where the ``n`` pins of a crowd go whose rings are too wide for the map whole
    (840 pins or more): the ways to its spots (as ``_crowd_spots``) and the spots on
    the map. Rings round its ``middle`` (moved onto the map) as ``_rings``, leaving
    out the spots off the map, and further rings out in their stead; the last ring's
    spots evenly among those it has on the map. Drawn whole, the rings of 1,000 pins reached past the
    map's top and bottom and drew 50 of them off it. Where the whole map holds too few
    spots (some 1,700 pins), the rings are drawn closer together, until they hold
    them all: pins drawn over one another rather than off the map."""
    cx, cy = min(max(middle[0], 6.0), WIDTH - 6.0), min(max(middle[1], 6.0), HEIGHT - 6.0)
    gap = RING_GAP
    while True:
        spots: list[Point] = []
        radius = SPREAD
        while len(spots) < n and radius < WIDTH + HEIGHT:  # the last rings reach every corner
            ring = [(cx + radius * x, cy + radius * y) for x, y in _circle(int(2 * math.pi * radius / gap))]
            on = [(x, y) for x, y in ring if 6.0 <= x <= WIDTH - 6.0 and 6.0 <= y <= HEIGHT - 6.0]
            left = n - len(spots)
            spots += on if len(on) <= left else [on[len(on) * k // left] for k in range(left)]
            radius += gap
        if len(spots) == n:
            reach = max(math.hypot(x - cx, y - cy) for x, y in spots)
            return [((x - cx) / reach, (y - cy) / reach) for x, y in spots], spots
        gap *= 0.9


def _circle(n: int) -> list[Point]:
    """``n`` points evenly round a circle of radius 1, the first at the top."""
    return [
        (math.cos(-math.pi / 2 + 2 * math.pi * k / n), math.sin(-math.pi / 2 + 2 * math.pi * k / n))
        for k in range(n)
    ]


def _slots(group: Sequence[int], points: Sequence[Point], middle: Point, ways: Sequence[Point]) -> list[int]:
    """The members of a crowd (its ``middle``, the mean of its points) in the order of
    the places round its circle they are drawn at (``ways``: the way from the middle to
    each, ``_crowd_spots``): each at the place on its own side of the crowd's middle, as far as the places
    allow (north above, west on the left), those farthest from the middle first. Drawn
    in the crowd's order, the first at the top and the others clockwise, the Suez
    Canal's southern end was drawn above Port Said; and taken by rows, northernmost
    first, a row of places along a coast drew its western end at the top, right of the
    next one. Places at one spot have no side of one another: they keep that order, as
    ties do, the northern (then western) one first."""
    if len({points[i] for i in group}) == 1:
        return list(group)
    mx, my = middle
    members = sorted(group, key=lambda i: (points[i][1], points[i][0]))  # by rank: north, then west, first
    offsets = [(points[i][0] - mx, points[i][1] - my) for i in members]
    if len(members) > LARGE_CROWD:
        return _slots_by_rings(members, offsets, ways)
    # Each place of the circle takes the member lying farthest towards it (to 6 decimals;
    # ties by rank) of those not placed yet, the places in the order of their best
    # offers: the pairs of member and place taken as by sorting every pair (-how far,
    # rank, place) and going down the list, without sorting all n * n of them (a crowd
    # of 260 took 0.1 s). A heap holds each free place's best offer, taken up again when
    # the member it offers is placed meanwhile.
    ranked = [_farthest_towards(offsets, way) for way in ways]
    offers = [(-round(far, 6), r, k) for k, ((far, r), *_) in enumerate(ranked)]
    heapq.heapify(offers)
    order = [0] * len(members)
    placed = [False] * len(members)
    looked = [0] * len(members)  # how far down its members each place has looked
    while offers:
        _, r, k = heapq.heappop(offers)
        if placed[r]:
            while placed[ranked[k][looked[k]][1]]:
                looked[k] += 1
            far, r = ranked[k][looked[k]]
            heapq.heappush(offers, (-round(far, 6), r, k))
            continue
        order[k] = members[r]
        placed[r] = True
    return order


LARGE_CROWD = 256
"""The most members a crowd matched to its spots as ``_slots`` first does may have: the
pairs of a crowd grow with its square, and a story of 1,000 places scattered over its map
took 6 s to spread. A larger crowd, drawn on rings, is matched ring by ring
(``_slots_by_rings``)."""


def _slots_by_rings(members: list[int], offsets: list[Point], ways: Sequence[Point]) -> list[int]:
    """``_slots`` for a crowd larger than ``LARGE_CROWD`` (its ``members`` by rank, each
    one's offset from the middle): the members farthest from the middle take the outer
    rings (the ``ways`` as far from the middle make a ring), and each ring's members go
    round it in the order of their directions from the middle, turned to where they lie
    nearest their spots' directions. About n log n, with the turn tried at each of a
    ring's spots (a hundred at most on the map)."""
    rings: dict[float, list[int]] = {}
    for k, (x, y) in enumerate(ways):
        rings.setdefault(round(math.hypot(x, y), 6), []).append(k)
    farthest_first = sorted(range(len(members)), key=lambda r: -math.hypot(*offsets[r]))  # ties by rank
    order = [0] * len(ways)
    start = 0
    for radius in sorted(rings, reverse=True):
        spots = sorted(rings[radius], key=lambda k: (math.atan2(ways[k][1], ways[k][0]), k))
        ring = farthest_first[start : start + len(spots)]
        start += len(spots)
        turns = sorted((math.atan2(offsets[r][1], offsets[r][0]), r) for r in ring)
        shift = _best_turn([turn for turn, _ in turns], [math.atan2(ways[k][1], ways[k][0]) for k in spots])
        for j, (_, r) in enumerate(turns):
            order[spots[(j + shift) % len(spots)]] = members[r]
    return order


def _best_turn(directions: Sequence[float], spots: Sequence[float]) -> int:
    """How many places round a ring (``spots``: their directions, in order) to turn the
    members going round it (``directions``, in order, as many) so that they lie nearest
    their spots' directions in all; the first such turn."""
    n = len(spots)

    def apart(shift: int) -> float:
        return sum(_angle_apart(d, spots[(j + shift) % n]) for j, d in enumerate(directions))

    return min(range(n), key=apart)


def _angle_apart(a: float, b: float) -> float:
    """How far apart two directions are, in radians (0 to pi)."""
    d = abs(a - b) % (2 * math.pi)
    return min(d, 2 * math.pi - d)


def _farthest_towards(offsets: Sequence[Point], way: Point) -> list[tuple[float, int]]:
    """How far each of ``offsets`` (by rank) lies along ``way``, with its rank, farthest
    first, as rounded to 6 decimals (ties by rank). Rounded only where two lie within
    rounding of each other: else the order is the same unrounded (rounding keeps it,
    and values more than 2e-6 apart round apart), and ``round`` was most of the time of
    a large crowd."""
    x, y = way
    far = [dx * x + dy * y for dx, dy in offsets]
    order = sorted(range(len(far)), key=far.__getitem__, reverse=True)
    values = [far[r] for r in order]
    if len(values) > 1 and min(map(operator.sub, values, values[1:])) <= 2e-6:
        order.sort(key=lambda r: (-round(far[r], 6), r))
    return [(far[r], r) for r in order]


def _pin(
    marker: Marker,
    at: Point,
    drawn: Point,
    taken: _Room,
    leaders: _Leaders | None = None,
    pins: _Pins | None = None,
    *,
    direction: str = "auto",
) -> str:
    """A place's pin, at its place ``at`` or ``drawn`` beside it (``_spread``) with a line
    to it: a link to its page, with its name beside it where that fits (``taken`` holds
    every pin already), else as a tooltip (the pin is named either way, for a screen
    reader). The current place's pin is no link: a link to the page the reader is on
    is one more stop for the keyboard and one more "link" for a screen reader that
    leads nowhere. It is a named picture instead, so the map still says where the
    place is among the others, and it takes no focus."""
    (x0, y0), (x, y) = at, drawn
    name = escape(marker.location.name)
    # The current place's pin, larger and red, reads as the one its name starts at: its
    # name may go at a corner with another pin near (``_Pins``).
    near = None if marker.current else pins
    outward = (x - x0, y - y0)
    label = _pin_label(marker.location.name, x, y, taken, outward, leaders, near, direction=direction)
    title = "" if label else f"<title>{name}</title>"
    leader = f'<path class="leader" d="M{x0:.1f} {y0:.1f}L{x:.1f} {y:.1f}"/>' if drawn != at else ""
    if marker.current:
        start, end = f'<g class="pin current" role="img" aria-label="{name}">', "</g>"
    else:
        start, end = f'<a href="{escape(marker.href)}" class="pin" aria-label="{name}">', "</a>"
    circle = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{6 if marker.current else 4.5}"/>'
    return f"{start}{title}{leader}{circle}{label}{end}"


def _pin_label(
    name: str,
    x: float,
    y: float,
    taken: _Room,
    outward: Point = (0.0, 0.0),
    leaders: _Leaders | None = None,
    pins: _Pins | None = None,
    *,
    direction: str = "auto",
) -> str:
    """A place's name beside its pin at (x, y): right of it, else left, else above, else
    below, where it stays on the map and covers nothing in ``taken`` (which it then
    joins); on two lines where it fits nowhere on one (a long name near the map's edge);
    '' where it fits nowhere. A pin spread round a crowd's middle (``outward``: the way
    from its place to it) has its name on the sides facing away from the middle first,
    the nearest to that way first, then at its corners facing away, where no pin but
    its own is near the name (``pins``, ``CORNER_CLEAR``; None: wherever they fit);
    then on the other sides, where the name crosses none of the crowds'
    lines (``leaders``: from each place to its pin). Facing away only, on one line,
    the busiest place of a story along the Suez Canal had no name, on its own page and
    on the story's. The room is asked first: round a crowd most places are taken, and
    checked against the lines and pins first, the names of 1,000 places took some 30%
    longer to place."""
    for lines in (name,), _two_lines(name):
        if not lines:
            continue
        for anchor, tx, ty, box, facing_in, corner in _label_sides(lines, x, y, outward):
            on_map = box[0] >= 0 and box[0] + box[2] <= WIDTH and box[1] >= 0 and box[1] + box[3] <= HEIGHT
            if not on_map or not taken.free(box):
                continue
            if facing_in and leaders is not None and leaders.cross(box):
                continue
            if corner and pins is not None and not pins.clear(box, (x, y)):
                continue
            taken.take(box)
            return _label_text(lines, tx, ty, anchor, direction)
    return ""


LINE_HEIGHT = 14
"""A line of a place's name on the map, in the map's units (its text is 12 units high)."""

Side = tuple[Point, str, float, float, Box]
"""Where a name may go beside its pin: the way it faces from the pin, its alignment, the
first line's anchor point, and the box the name takes."""


def _label_sides(
    lines: Sequence[str], x: float, y: float, outward: Point
) -> Iterator[tuple[str, float, float, Box, bool, bool]]:
    """Where the name ``lines`` may go beside the pin at (x, y), in the order tried (see
    ``_pin_label``): each side's alignment, the first line's anchor point, the box the
    name takes, whether it faces in towards its crowd's middle, and whether it is a
    corner."""
    width = max(len(line) for line in lines) * 7.2 + 4
    height = LINE_HEIGHT * len(lines)
    more = height - LINE_HEIGHT  # what the lines after the first take below it
    sides: list[Side] = [
        ((1.0, 0.0), "start", x + 9, y + 4, (x + 9, y - 9, width, height)),
        ((-1.0, 0.0), "end", x - 9, y + 4, (x - 9 - width, y - 9, width, height)),
        ((0.0, -1.0), "middle", x, y - 10 - more, (x - width / 2, y - 22 - more, width, height)),
        ((0.0, 1.0), "middle", x, y + 18, (x - width / 2, y + 6, width, height)),
    ]
    if outward == (0.0, 0.0):
        return ((anchor, tx, ty, box, False, False) for _, anchor, tx, ty, box in sides)
    # A pin spread round a crowd is named at its corners too, the box touching the pin's
    # square at a corner, after its sides facing away from the crowd: round a circle,
    # each side of a pin lying between its top and its right (say) met a neighbour's
    # pin, and the place had no name whatever its claim on the room (the current place
    # on its own page, the busiest on the story's), while its corner facing out is
    # clear of every pin of the circle (each lies left of it or below it).
    d = math.sqrt(0.5)
    corners: list[Side] = [
        ((d, -d), "start", x + 6, y - 8 - more, (x + 6, y - 6 - height, width, height)),
        ((-d, -d), "end", x - 6, y - 8 - more, (x - 6 - width, y - 6 - height, width, height)),
        ((d, d), "start", x + 6, y + 18, (x + 6, y + 6, width, height)),
        ((-d, d), "end", x - 6, y + 18, (x - 6 - width, y + 6, width, height)),
    ]
    tried = []
    for corner, places in ((False, sides), (True, corners)):
        for (wx, wy), anchor, tx, ty, box in places:
            facing = wx * outward[0] + wy * outward[1]
            facing_in = facing <= -1e-9
            if corner and facing_in:  # across its crowd: seldom free, and read as a neighbour's
                continue
            # Facing away first, sides before corners; then the sides facing in; each
            # group the nearest to ``outward`` first, a side before a corner facing as far.
            tried.append(((2 if facing_in else int(corner), -facing), anchor, tx, ty, box, facing_in, corner))
    tried.sort(key=operator.itemgetter(0))  # stable: ties keep the order above
    return ((anchor, tx, ty, box, facing_in, corner) for _, anchor, tx, ty, box, facing_in, corner in tried)


def _two_lines(name: str) -> tuple[str, str] | None:
    """``name`` broken at the space nearest its middle; None for a name of one word."""
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if not spaces:
        return None
    at = min(spaces, key=lambda i: abs(len(name) - 2 * i - 1))
    return name[:at], name[at + 1 :]


def _label_text(lines: Sequence[str], x: float, y: float, anchor: str, direction: str = "auto") -> str:
    """The SVG text of a place's name on ``lines``, the first anchored at (x, y), laid out
    in ``direction`` (``_in_direction``)."""
    if len(lines) == 1:
        shown = escape(_in_direction(lines[0], direction))
        return f'<text x="{x:.0f}" y="{y:.0f}" text-anchor="{anchor}">{shown}</text>'
    # The lines are joined by the space the name was broken at, so the text reads as the
    # name (find-in-page, copying, a pin's accessible name checked against it); sized 0,
    # it moves neither line from its anchor, as a space at a line's end or start would.
    spans = '<tspan font-size="0"> </tspan>'.join(
        f'<tspan x="{x:.0f}" y="{y + LINE_HEIGHT * i:.0f}">{escape(_in_direction(line, direction))}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text text-anchor="{anchor}">{spans}</text>'


ISOLATES = {"rtl": "\u2067", "ltr": "\u2066"}
"""The invisible marks that open a text set apart in a direction (right-to-left isolate,
left-to-right isolate); U+2069 closes it."""


def _in_direction(name: str, direction: str = "auto") -> str:
    """``name`` laid out in ``direction`` on the map, which is left to right (it is not
    mirrored on a right-to-left page), as a page sets apart a text of its language
    (``languages.isolated_direction``): 'rtl' on a right-to-left page, between the
    invisible right-to-left isolate and its end (U+2067, U+2069), so that an Arabic
    name opening with a Latin word ("BBC ..." or "UN ...") reads from the right, as the
    page's own text does, where its first letter made it left to right, its first word
    read last. With 'auto' (a left-to-right page), a name in Arabic or Hebrew letters
    takes the direction of its first letter (the first-strong isolate, U+2068), so that
    "مطار Manas الدولي" reads from the right, not "الدولي Manas مطار" from the left;
    another stays as it is. The label's anchor, the side of its pin it starts from, is
    the map's left to right either way.

    A name laid out right to left has its runs of Latin words set apart inside it
    (``markup.runs_marked``), as the page's heading of the place has them in ``<bdi>``,
    which an SVG text cannot hold: Chromium drew "1 WWW" on an Arabic page's map as
    "WWW 1", and "مبنى 2 Terminal" with its '2' after 'Terminal'."""
    if direction == "rtl":
        return f"{ISOLATES[direction]}{runs_marked(name)}\u2069"
    if direction in ISOLATES:
        return f"{ISOLATES[direction]}{name}\u2069"
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in name):
        return f"\u2068{runs_marked(name) if reads_right_to_left(name) else name}\u2069"
    return name


def _country_names(
    drawn: Sequence[_Drawn],
    places: Sequence[Point],
    pins_at: dict[str, list[tuple[Point, bool]]],
    taken: _Room,
    leaders: _Leaders,
    country_name: Callable[[Country], str] | None,
    direction: str = "auto",
) -> list[str]:
    """The countries' names where they fit, crossing none of the crowds' lines
    (``leaders``): the countries that hold the places first (a story about Chile names
    Chile), then the others. Names lay across the lines inside a crowd's circle. On a
    right-to-left page they are laid out in its direction (``_in_direction``), as the
    places' are; on a left-to-right one, in the page's language, as they are."""
    named = _largest_copies(drawn)
    homes = _homes([d for d in named.values() if d.area], places)
    labels = []
    for home in (True, False):
        for d in named.values():
            if (id(d.country) in homes) != home or not d.area:
                continue
            # An area of several territories named as the one its places, or else its
            # visible islands, are in (``part_of``).
            country = part_of(d.country, homes.get(id(d.country), d.shown))
            name = country_name(country) if country_name else country.name
            if not name:  # no name in the page's language (``country_name``): unnamed
                continue
            spots: Iterable[tuple[Point, bool]]
            if home:
                spots = _spots_near_places(d, homes[id(d.country)], pins_at)
            else:
                spots = [(spot, False) for spot in _middle_if_large_enough(d, name)]
            shown = _in_direction(name, direction) if direction in ISOLATES else name
            if (label := _country_label(name, spots, taken, leaders, d, shown)) is not None:
                labels.append(label)
    return labels


def _homes(named: Sequence[_Drawn], places: Sequence[Point]) -> dict[int, list[Point]]:
    """The places (lon, lat) each country of ``named`` is home to, by the id of its
    ``Country``: those it holds, and those no country holds that its outline is the one
    near (``home_countries``: a town Natural Earth leaves just off its island's coast,
    whose map named no country). A place at sea in a strait is home to each country it
    lies between, so that each is named beside it and none as the one it is in."""
    homes: dict[int, list[Point]] = {}
    for lon, lat in places:
        for country in home_countries((d.country for d in named), lon, lat):
            homes.setdefault(id(country), []).append((lon, lat))
    return homes


def _largest_copies(drawn: Sequence[_Drawn]) -> dict[int, _Drawn]:
    """Each country once (by its id), on the copy of the world that shows most of it."""
    named: dict[int, _Drawn] = {}
    for d in drawn:
        best = named.get(id(d.country))
        if best is None or d.area > best.area:
            named[id(d.country)] = d
    return named


def _spots_near_places(
    d: _Drawn, places: Sequence[Point], pins_at: dict[str, list[tuple[Point, bool]]]
) -> Iterator[tuple[Point, bool]]:
    """Where the name of a country that is home to ``places`` (``_homes``) may go, best
    first: the middle of its visible part, then above and below its places' pins (a
    narrow country such as Chile has its middle taken by them), then anywhere on the
    map, the nearest its middle first (``_anywhere``); each with whether it may lie
    outside the country (a spot beside a pin drawn away from its place, or anywhere),
    and must be checked."""
    pins_inside = [p for lon, lat in places for p in pins_at.get(f"{lon},{lat}", ())]
    yield d.centre, False
    yield from (((px, py + dy), away) for (px, py), away in pins_inside for dy in (-16, 22, -30, 36))
    yield from ((spot, True) for spot in _anywhere(d.centre))


NAME_GRID = 20
"""How far apart, in the map's units, the spots ``_anywhere`` tries are."""


def _anywhere(middle: Point) -> list[Point]:
    """Spots all over the map, ``NAME_GRID`` apart, the nearest ``middle`` first: where a
    country that holds places is named when its middle and the sides of its pins are
    taken. Round a crowd of 40 places in a city on a map of 3 degrees, the crowd's
    circle covered the middle of Kyrgyzstan and every spot beside its pins met a name
    or a line, and the country was unnamed."""
    cx, cy = middle
    spots = [(float(x), float(y)) for x in range(NAME_GRID // 2, WIDTH, NAME_GRID)
             for y in range(NAME_GRID // 2, HEIGHT, NAME_GRID)]  # fmt: skip
    spots.sort(key=lambda p: (math.hypot(p[0] - cx, p[1] - cy), p))
    return spots


def _middle_if_large_enough(d: _Drawn, name: str) -> list[Point]:
    """Where the name of another country may go: the middle of its visible part, if that
    part is large enough for the name; else nowhere."""
    if d.area <= (len(name) * 7.0) ** 2 * 0.6:
        return []
    return [d.centre]


def _country_label(
    name: str,
    spots: Iterable[tuple[Point, bool]],
    taken: _Room,
    leaders: _Leaders,
    d: _Drawn,
    shown: str,
) -> str | None:
    """A country's name at the first of ``spots`` where it stays on the map, covers
    nothing in ``taken`` (which it then joins) and crosses none of ``leaders``, and,
    for a spot beside a pin drawn away from its place or anywhere (``_anywhere``), lies
    in the country ``d``; None where none does. A pin on a crowd's outer ring lies far
    from its place: on a map of 1,000 places, a country's name went beside one, in
    another country. ``shown`` is the name as written (in its direction's marks, which
    take no room)."""
    for (x, y), away in spots:
        box = _name_box(x, y, name)
        if _fits(box, taken) and not leaders.cross(box) and (not away or _holds_spot(d, x, y)):
            taken.take(box)
            return f'<text x="{x:.0f}" y="{y:.0f}">{escape(shown)}</text>'
    return None


def _holds_spot(d: _Drawn, x: float, y: float) -> bool:
    """``inside_rings(d.rings, x, y)``, going round only the rings the line east from
    (x, y) may cross: those on both sides of ``y`` and not wholly west of ``x`` (by
    more than rounding could move a crossing). A 1:50m country's rings are thousands of
    points, gone round for each of the spots ``_anywhere`` tries."""
    if len(d.boxes) != len(d.rings):
        d.boxes = [box_of(ring) for ring in d.rings]
    boxes = zip(d.rings, d.boxes, strict=True)
    across = [ring for ring, (_, s, e, n) in boxes if s <= y < n and e > x - 1e-6]
    return inside_rings(across, x, y)


def _svg(
    land: Sequence[str],
    names: Sequence[str],
    pins: Sequence[str],
    close_up: str = "",
    close_up_height: float = 0.0,
) -> str:
    """The map's layers, bottom up: the sea, the land, the countries' names, the pins;
    and below the map a close-up (``_close_up``), if any. Only the pins are for a
    screen reader, as a group of links, and the close-up, as a named picture; the map
    is named by the caption of the figure it is in (a name of its own was that caption
    said twice). ``close_up_height`` is the close-up's."""
    height = round(HEIGHT + CLOSE_UP_GAP + close_up_height) if close_up else HEIGHT
    return (
        f'<svg class="map" viewBox="0 0 {WIDTH} {height}" role="group" '
        f'xmlns="http://www.w3.org/2000/svg">'
        f'<rect class="map-sea" width="{WIDTH}" height="{HEIGHT}"/>'
        f'<g class="map-land" aria-hidden="true">{"".join(land)}</g>'
        f'<g class="map-names" aria-hidden="true">{"".join(names)}</g>'
        f'<g class="map-pins">{"".join(pins)}</g>{close_up}</svg>'
    )


def _crosses(line: Line, box: Box) -> bool:
    """Whether the straight line from one end of ``line`` to the other passes through
    ``box`` (x, y, width, height): the part of it within the box's columns, clipped,
    lies within its rows."""
    (x0, y0), (x1, y1) = line
    left, top, right, bottom = box[0], box[1], box[0] + box[2], box[1] + box[3]
    if x0 == x1:
        return left <= x0 <= right and min(y0, y1) <= bottom and max(y0, y1) >= top
    low, high = max(min(x0, x1), left), min(max(x0, x1), right)
    if low > high:
        return False
    ya = y0 + (y1 - y0) * (low - x0) / (x1 - x0)
    yb = y0 + (y1 - y0) * (high - x0) / (x1 - x0)
    return min(ya, yb) <= bottom and max(ya, yb) >= top


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


CLOSE_UP_KM = 30.0
"""Kilometres: places on a map all within this of one another, east to west and north to
south (a city's districts: Beirut's port, Karantina, Gemmayzeh, Mar Mikhael and
Achrafieh, within 3 km), are drawn again at their true distances in a panel in a corner
of the map (``_close_up``). The outlines, a kilometre or two off at 1:50m, cannot be
drawn at that scale, so the panel has no coast: its pins, their names and a scale bar.
The map itself fans such places round their middle, or draws them a few units apart."""

CLOSE_UP_LEAST_KM = 0.01
"""Kilometres: places all within this of one another (10 m) are at one spot, as two
written alike are, and have no close-up. Two coordinates a hair apart (one written to
more decimals than the other) were drawn a panel apart, under a scale bar of '1 m'
thousands of units long; 180 and -180 degrees east, or a pole's longitudes, name one
spot (no kilometres apart), whose scale was infinite and stopped the build."""

CLOSE_UP_MOST = 40
"""The most places a close-up draws: more, in its 640 by 80 units, would be dots too
close to name, and a map of hundreds (the 10,000-event benchmark's story) would
draw each again for nothing."""

CLOSE_UP_HEIGHT = 160.0
"""The close-up panel's height, in the map's units; it is as wide as the map, below it.
In a corner of the map, it took the room of names round a crowd of places there
(the busiest place of a story's crowd went unnamed) or found no corner free."""

CLOSE_UP_TALLER = (240.0, 320.0)
"""Taller heights the close-up panel is tried at, in turn, where at ``CLOSE_UP_HEIGHT``
it leaves a place unnamed: a group as tall as it is wide is drawn at the scale its
height allows, and in 160 units Bishkek, Mayevka, Kant air base and Manas air base, 23 km
north to south, put Mayevka's pin 33 units from Bishkek's, with no room for its name."""

CLOSE_UP_GAP = 8.0
"""Between the map and its close-up, in the map's units."""

CLOSE_UP_CLEAR = 14.0
"""How far a place's name in the close-up keeps from every other pin: 'Gemmayzeh' above
its pin ended 12 units from Mar Mikhael's and read as its name."""

KM_PER_DEGREE = 111.2
"""Kilometres in a degree of latitude (and of longitude at the equator)."""


def _metres(metres: float) -> str:
    """A scale bar's length in English: '500 m', '2 km'."""
    return f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"


@dataclass(frozen=True)
class CloseUpText:
    """The words of a close-up panel (``_close_up``) in the page's language: its caption,
    a scale bar's length from its metres ('500 m', '2 km', in the page's digits), and the
    places' names as a list (its description, for a screen reader)."""

    caption: str = "Close-up"
    length: Callable[[float], str] = _metres
    names: Callable[[Sequence[str]], str] = ", ".join


def _close_up_places(shown: Sequence[Marker], frame: Frame) -> list[tuple[Marker, Point]]:
    """The places of the map's close-up, each with where it is in kilometres east and
    south of their middle: the most places on the map within ``CLOSE_UP_KM`` of one
    another (``_densest``), those of the current place if it has such neighbours, where
    they are every place on the map (two apart or more) or at least
    ``CLOSE_UP_FEWEST``, and with them every place within ``CLOSE_UP_KM`` of their
    middle (``_round_the_middle``), no more than ``CLOSE_UP_MOST``, and they lie
    ``CLOSE_UP_LEAST_KM`` apart or more; else none (no close-up).
    Places far from them stay on the map only."""
    on: list[tuple[Marker, float, float]] = []
    for marker in shown:
        lat, lon = marker.location.coordinates or (0.0, 0.0)
        x, y = on_map(frame, lon, lat)
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:
            on.append((marker, lon, lat))
    if len({(lon, lat) for _, lon, lat in on}) < 2:
        return []
    at = [(lon, lat) for _, lon, lat in on]
    fewest = min(CLOSE_UP_FEWEST, len(on))
    current = next((i for i, (m, _, _) in enumerate(on) if m.current), None)
    picked = _densest(at, current)
    if len(picked) < fewest and current is not None:
        picked = _densest(at, None)
    if len(picked) < fewest:
        return []
    group = [on[i] for i in _round_the_middle(at, picked)]
    if len(group) > CLOSE_UP_MOST or len({(lon, lat) for _, lon, lat in group}) < 2:
        return []
    east, south = zip(*_kilometres([(lon, lat) for _, lon, lat in group]), strict=True)
    if max(max(east) - min(east), max(south) - min(south)) < CLOSE_UP_LEAST_KM:
        return []
    mid_x, mid_y = (max(east) + min(east)) / 2, (max(south) + min(south)) / 2
    return [(m, (x - mid_x, y - mid_y)) for (m, _, _), x, y in zip(group, east, south, strict=True)]


def _round_the_middle(places: Sequence[Point], picked: Sequence[int]) -> list[int]:
    """The indices, in order, of ``picked`` (a group of ``places``, lon and lat, within
    ``CLOSE_UP_KM`` of one another) and of every other place within ``CLOSE_UP_KM`` of
    their middle as the crow flies: a close-up shows what lies round the places it is
    of, its scale the smaller. Manas air base, 30.1 km west of Kant air base and 29 km
    from the middle of Bishkek, Mayevka and Kant, was on the map beside Bishkek and left
    out of the close-up of the three."""
    seen_from = _Tangent(_middle([places[i] for i in picked]))
    around = {i for i, place in enumerate(places) if math.hypot(*seen_from.kilometres(place)) < CLOSE_UP_KM}
    return sorted(around.union(picked))


CLOSE_UP_FEWEST = 3
"""The fewest places a close-up draws when other places on the map are far from them:
two places of a city beside towns far away are told apart on the map itself."""


def _kilometres(places: Sequence[Point]) -> list[Point]:
    """Places (lon, lat) as kilometres east and south of their middle, each at its true
    distance and bearing from it (an azimuthal equidistant projection about the middle):
    true at any latitude and either side of the 180th meridian. East to west measured
    along their middle latitude, four places 11 km from the North Pole a quarter of the
    way round from one another were drawn on one line."""
    seen_from = _Tangent(_middle(places))
    return [(east, -north) for east, north in map(seen_from.kilometres, places)]


EARTH_KM = KM_PER_DEGREE * 180.0 / math.pi
"""The earth's radius in kilometres, as ``KM_PER_DEGREE`` has it."""


def _unit(place: Point) -> tuple[float, float, float]:
    """A place (lon, lat) as a point on the unit sphere (x towards 0 degrees east on the
    equator, z towards the North Pole)."""
    lon, lat = math.radians(place[0]), math.radians(place[1])
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _middle(places: Sequence[Point]) -> Point:
    """The middle (lon, lat) of places near one another: the mean of their points on the
    sphere, which is where it should be round a pole or across the 180th meridian (a mean
    of longitudes is not)."""
    x, y, z = (math.fsum(axis) for axis in zip(*map(_unit, places), strict=True))
    return (math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y))))


class _Tangent:
    """Kilometres east and north of a place (lon, lat), each place at its true distance
    and bearing from it (azimuthal equidistant). At a pole, where every way is south (or
    north), east is towards the longitude 90 degrees east of the pole's given one."""

    def __init__(self, origin: Point) -> None:
        lon, lat = math.radians(origin[0]), math.radians(origin[1])
        self.centre = _unit(origin)
        self.east = (-math.sin(lon), math.cos(lon), 0.0)
        self.north = (-math.sin(lat) * math.cos(lon), -math.sin(lat) * math.sin(lon), math.cos(lat))

    def kilometres(self, place: Point) -> Point:
        """``place`` (lon, lat) as kilometres east and north of the origin."""
        p = _unit(place)
        east, north = _dot(p, self.east), _dot(p, self.north)
        across = math.hypot(east, north)
        if across == 0.0:
            return (0.0, 0.0)
        scale = EARTH_KM * math.atan2(across, _dot(p, self.centre)) / across
        return (east * scale, north * scale)


def _dot(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _densest(places: Sequence[Point], must: int | None) -> list[int]:
    """The indices, in order, of the most ``places`` (lon, lat) that lie less than
    ``CLOSE_UP_KM`` apart east to west and north to south, with ``must`` among them if
    given; of as many, the smallest group across, then the first found (the same places
    always give the same group). Each place is tried as the westernmost of a group, the
    others measured by their true distance and bearing from it (``_Tangent``): at the
    middle latitude of the whole map, a group in Oslo on a map reaching to Cape Town was
    measured near twice as wide as it is, and along its own parallel, four places 11 km
    from the North Pole were 52 km from east to west. Its neighbours are looked for in
    bands of ``CLOSE_UP_KM`` of latitude, each by longitude, so a map of hundreds of
    places compares each only with those near it."""
    size, band = CLOSE_UP_KM, CLOSE_UP_KM / KM_PER_DEGREE
    bands: dict[int, list[tuple[float, int]]] = {}
    for i, (lon, lat) in enumerate(places):
        bands.setdefault(math.floor(lat / band), []).append((lon, i))
    for row in bands.values():
        row.sort()
    best: tuple[int, float, list[int]] = (0, 0.0, [])
    for alon, alat in places:
        seen_from = _Tangent((alon, alat))
        if must is not None and not _in_reach(seen_from.kilometres(places[must]), size):
            continue
        near: list[tuple[float, float, int]] = []  # (km south, km east, index)
        reach = _longitudes_within(alat, size * math.sqrt(2.0))
        for dy in (-2, -1, 0, 1, 2):
            for j in _within_east(bands.get(math.floor(alat / band) + dy, []), alon, reach):
                east, north = seen_from.kilometres(places[j])
                if _in_reach((east, north), size):
                    near.append((-north, east, j))
        near.sort()
        end = 0
        for start, (top, _, _) in enumerate(near):
            end = max(end, start)
            while end < len(near) and near[end][0] - top < size:
                end += 1
            members = sorted(j for _, _, j in near[start:end])
            if must is not None and must not in members:
                continue
            across = max(east for _, east, _ in near[start:end]) + near[end - 1][0] - top
            if len(members) > best[0] or (len(members) == best[0] and across < best[1]):
                best = (len(members), across, members)
    return best[2]


def _in_reach(east_north: Point, size: float) -> bool:
    """Whether a place ``east_north`` kilometres from the westernmost of a group could be
    in it: east of it (or on its meridian, to a hair), less than ``size`` east and
    less than ``size`` north or south."""
    east, north = east_north
    return -1e-6 < east < size and abs(north) < size


def _longitudes_within(lat: float, km: float) -> float:
    """Degrees of longitude east of a place at ``lat`` that hold every place within
    ``km`` of it (360: all of them, near a pole). The way over a pole is shorter than
    along a parallel, by pi/2 at most, hence the factor."""
    nearest_pole = min(90.0, abs(lat) + km / KM_PER_DEGREE)
    along = KM_PER_DEGREE * math.cos(math.radians(nearest_pole))
    if along <= 0.0:
        return 360.0
    degrees = math.pi / 2 * km / along
    return degrees if degrees < 180.0 else 360.0


def _within_east(row: Sequence[tuple[float, int]], west: float, reach: float) -> Iterator[int]:
    """The indices of ``row`` ((lon, index), by longitude) from longitude ``west`` to
    ``reach`` degrees east of it, and a hair more either side, past the 180th meridian
    if need be (where 180 and -180 east are one)."""
    if reach >= 360.0:
        yield from (j for _, j in row)
        return
    found: set[int] = set()
    for shift in (-360.0, 0.0, 360.0):
        low, high = west + shift - 1e-9, west + shift + reach + 1e-9
        if high >= -180.0 and low <= 180.0:
            lo, hi = bisect.bisect_left(row, (low, -1)), bisect.bisect_right(row, (high, math.inf))
            found.update(j for _, j in row[lo:hi])
    yield from sorted(found)


def _close_up_box(frame: Frame, markers: Sequence[Marker]) -> str:
    """The box on the map round the places drawn in the close-up, where they are (not
    where their pins are fanned out to), at least 12 units across."""
    points = [on_map(frame, c[1], c[0]) for m in markers if (c := m.location.coordinates)]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    w, h = max(max(xs) - min(xs) + 6, 12.0), max(max(ys) - min(ys) + 6, 12.0)
    x, y = (max(xs) + min(xs) - w) / 2, (max(ys) + min(ys) - h) / 2
    return (
        f'<rect class="map-closeup-box" x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" '
        'fill="none" stroke="#b3261e" stroke-width="1.5"/>'
    )


SCALE_BAR = 100.0
"""The longest a close-up's scale bar is, in the map's units."""

NICE_LENGTHS = (1, 2, 5)
"""A scale bar's length is one of these times a power of ten metres."""


def _scale_length(most: float) -> float:
    """The longest length in metres of 1, 2 or 5 times a power of ten that is at most
    ``most`` metres (at least 1 m)."""
    best = 1.0
    power = 1.0
    while power <= most:
        for k in NICE_LENGTHS:
            if k * power <= most:
                best = k * power
        power *= 10
    return best


CLOSE_UP_SIDES = (16.0, 44.0, 72.0)
"""How far in from the close-up panel's sides its pins may go, tried in turn until every
place's name fits (beside a pin at the very side, a name fits only on the other)."""


def _close_up(
    near: Sequence[tuple[Marker, Point]], at: Point, text: CloseUpText, in_order: bool, direction: str
) -> tuple[str, float]:
    """The close-up panel, its top left corner ``at``, as wide as the map, and its
    height: the places of ``near`` (each with where it is, in kilometres east and south
    of their middle) at their true distances, each named as the map names it where its
    name fits in the panel, and a scale bar. ``CLOSE_UP_HEIGHT`` high, or taller
    (``CLOSE_UP_TALLER``) where that names places it leaves unnamed. A picture for a
    screen reader, named by its caption and described by the places' names; its pins
    are no links (the map's own are)."""
    x0, y0 = at
    w = float(WIDTH)
    caption = _in_direction(text.caption, direction) if direction in ISOLATES else text.caption
    best: tuple[int, str, float] | None = None
    for h in (CLOSE_UP_HEIGHT, *CLOSE_UP_TALLER):
        for side in CLOSE_UP_SIDES:
            # Then the places left unnamed first (after the current one): in Beirut, the
            # name of Gemmayzeh, placed before Mar Mikhael's, took the one spot it had.
            first: list[int] = []
            for _ in range(2):
                unnamed, drawn = _close_up_drawing(near, (w, h), side, first, text, in_order, direction)
                if best is None or len(unnamed) < best[0]:
                    best = (len(unnamed), drawn, h)
                if not unnamed:
                    break
                first = unnamed
            if best is not None and not best[0]:
                break
        if best is not None and not best[0]:
            break
    assert best is not None, "CLOSE_UP_SIDES is not empty"
    names = escape(text.names([m.location.name for m, _ in near]))
    _, drawing, h = best
    return (
        f'<g class="map-closeup" role="img" aria-label="{escape(text.caption)}" font-size="11" '
        f'transform="translate({x0:.0f} {y0:.0f})"><title>{escape(text.caption)}</title><desc>{names}</desc>'
        f'<rect class="map-closeup-frame" width="{w:.0f}" height="{h:.0f}" fill="#fff" stroke="#595959"/>'
        f'<text x="8" y="17" font-weight="700">{escape(caption)}</text>{drawing}</g>'
    ), h


def _close_up_drawing(
    near: Sequence[tuple[Marker, Point]],
    size: tuple[float, float],
    side: float,
    first: Sequence[int],
    text: CloseUpText,
    in_order: bool,
    direction: str,
) -> tuple[list[int], str]:
    """The close-up's scale bar and pins, named where their names fit (the current place
    first, then those of ``first``, by their places in ``near``, then the others in
    order or by name, as on the map), in a panel of ``size`` with its pins ``side`` in
    from its sides; and the places left unnamed."""
    w, h = size
    top, bottom = 44.0, 34.0  # the caption above; the scale bar below
    xs, ys = [x for _, (x, _) in near], [y for _, (_, y) in near]
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    room_x, room_y = w - 2 * side, h - top - bottom
    per_km = min(room_x / span_x if span_x else math.inf, room_y / span_y if span_y else math.inf)
    mid_x, mid_y = w / 2, top + room_y / 2
    metres = _scale_length(min(w * 0.4, SCALE_BAR) / per_km * 1000)
    bar = metres / 1000 * per_km
    length = text.length(metres)
    room = _Room(
        [(4.0, 4.0, len(text.caption) * 7.0 + 8, 18.0), (6.0, h - 24, bar + len(length) * 6.5 + 16, 22.0)]
    )
    at = [(mid_x + x * per_km, mid_y + y * per_km) for _, (x, y) in near]
    for px, py in at:
        room.take((px - 5, py - 5, 10, 10))
    spots = _Pins(at)
    early = set(first)
    order = sorted(
        range(len(near)),
        key=lambda i: (not near[i][0].current, i not in early, "" if in_order else near[i][0].location.name),
    )
    pins = [""] * len(near)  # in the order of ``near``, whatever order they are named in
    unnamed: list[int] = []
    for i in order:
        marker, (px, py) = near[i][0], at[i]
        away = math.hypot(px - mid_x, py - mid_y)
        outward = ((px - mid_x) / away, (py - mid_y) / away) if away > 1 else (0.0, 0.0)
        label = _close_up_label(marker.location.name, (px, py), room, spots, size, outward, direction)
        if not label:
            unnamed.append(i)
        kind, radius = ("pin current", 5) if marker.current else ("pin", 4)
        pins[i] = f'<g class="{kind}"><circle cx="{px:.1f}" cy="{py:.1f}" r="{radius}"/>{label}</g>'
    shown_length = _in_direction(length, direction) if direction in ISOLATES else length
    sy = h - 10
    scale_bar = (
        f'<rect class="scale" x="10" y="{sy - 2}" width="{bar:.1f}" height="2" fill="#1b1b1b"/>'
        f'<text x="{10 + bar + 5:.1f}" y="{sy + 1}">{escape(shown_length)}</text>'
    )
    return unnamed, f'{scale_bar}<g class="map-pins">{"".join(pins)}</g>'


def _close_up_label(
    name: str,
    at: Point,
    room: _Room,
    pins: _Pins,
    size: tuple[float, float],
    outward: Point,
    direction: str,
) -> str:
    """A place's name beside its pin at (x, y) in the close-up, as ``_pin_label`` names a
    pin of a crowd (on its sides and corners facing ``outward``, away from the panel's
    middle, first; on two lines where one fits nowhere), where it stays in the panel
    (``size``), covers nothing in ``room`` (which it then joins) and keeps clear of the
    other ``pins`` (``CLOSE_UP_CLEAR``: a name beside a neighbour's pin reads as its);
    '' where it fits nowhere. Right of a pin at the panel's right side, a name has no
    room."""
    (x, y), (w, h) = at, size
    for lines in (name,), _two_lines(name):
        if not lines:
            continue
        for anchor, tx, ty, box, _, _ in _label_sides(lines, x, y, outward):
            inside = box[0] >= 2 and box[0] + box[2] <= w - 2 and box[1] >= 2 and box[1] + box[3] <= h - 2
            if inside and room.free(box) and pins.clear(box, at, CLOSE_UP_CLEAR):
                room.take(box)
                return _label_text(lines, tx, ty, anchor, direction)
    return ""
