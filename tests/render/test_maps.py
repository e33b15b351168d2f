"""Locator maps: framed on the places to show, outlines from the bundled data, markers as
labelled links, everything from content escaped."""

from __future__ import annotations

import functools
import io
import itertools
import math
import random
import re
from typing import Any, cast

import pytest
from PIL import Image

from generator.content.model import Location
from generator.geometry import map_geometry
from generator.i18n.languages import written_in
from generator.render import maps
from generator.render.map_words import close_up_text, map_country_name
from tests.conftest import REPO, time_limit

BISHKEK = Location("bishkek", "Bishkek", coordinates=(42.87, 74.59))


OSH = Location("osh", "Osh", coordinates=(40.51, 72.80))


PARIS = Location("paris", "Paris", coordinates=(48.85, 2.35))


def pins(svg: str) -> list[tuple[str, str, str]]:
    """Each marker as (href, class, label)."""
    return re.findall(r'<a href="([^"]*)" class="([^"]*)" aria-label="([^"]*)">', svg)


def test_no_markers_no_map() -> None:
    assert maps.locator_map([]) == ""


def test_the_map_is_framed_on_the_current_place_and_leaves_out_far_ones() -> None:
    svg = maps.locator_map(
        [maps.Marker(BISHKEK, "b"), maps.Marker(OSH, "o", current=True), maps.Marker(PARIS, "p")],
    )
    assert svg.startswith(
        '<svg class="map" viewBox="0 0 640 400" role="group" xmlns="http://www.w3.org/2000/svg">'
    )
    # The current place first, at the centre and larger; Paris is off this map.
    assert svg.index('class="pin current"') < svg.index('aria-label="Bishkek"')
    assert pins(svg) == [("b", "pin", "Bishkek")]
    assert '<circle cx="320.0" cy="200.0" r="6"/>' in svg
    assert '<text x="329" y="204" text-anchor="start">Osh</text>' in svg
    names = re.findall(r"<text x=\"\d+\" y=\"\d+\">(\w+)</text>", svg)
    assert "Kyrgyzstan" in names and "France" not in names
    assert svg.count('<g class="map-land" aria-hidden="true"><path d="M') == 1


def test_the_current_places_pin_is_a_named_picture_not_a_link_to_the_page_the_reader_is_on() -> None:
    # A link to the page the reader is on was one more Tab stop and one more "link,
    # Osh" for a screen reader, leading nowhere.
    svg = maps.locator_map([maps.Marker(BISHKEK, "b"), maps.Marker(OSH, "o", current=True)])
    current = re.search(r'<g class="pin current" role="img" aria-label="Osh">(.*?)</g>', svg)
    assert current is not None and '<circle cx="320.0" cy="200.0" r="6"/>' in current.group(1)
    assert 'href="o"' not in svg and svg.count("<a ") == 1
    assert pins(svg) == [("b", "pin", "Bishkek")]


def test_without_a_current_place_every_place_is_framed() -> None:
    svg = maps.locator_map([maps.Marker(BISHKEK, "b"), maps.Marker(PARIS, "p")])
    assert [label for _, _, label in pins(svg)] == ["Bishkek", "Paris"]  # by name


def test_names_and_links_from_content_are_escaped() -> None:
    place = Location("x", 'A <b>"place"</b> & co', coordinates=(42.87, 74.59))
    svg = maps.locator_map([maps.Marker(place, '../x/?a=1&b="2"')])
    assert pins(svg) == [
        ("../x/?a=1&amp;b=&quot;2&quot;", "pin", "A &lt;b&gt;&quot;place&quot;&lt;/b&gt; &amp; co")
    ]
    assert "<b>" not in svg


def _at_one_spot(*names: str) -> list[maps.Marker]:
    return [maps.Marker(Location(n, n, coordinates=(42.87, 74.59)), n) for n in names]


def _main(svg: str) -> str:
    """The map without its close-up, if any (``maps._close_up``), whose pins and names
    are drawn again in a corner at the places' true distances."""
    return svg.split('<g class="map-closeup"')[0]


def _centres(svg: str) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', _main(svg))]


def test_places_at_one_spot_are_spread_round_it_each_joined_to_it_and_named() -> None:
    # A city and the air bases beside it were one blot: a click on the city's pin reached
    # the base drawn last, and two of them had no name on the map.
    svg = maps.locator_map(_at_one_spot("Aaa", "Bbb", "Ccc", "Ddd"))
    centres = _centres(svg)
    assert len(centres) == 4
    assert min(math.dist(a, b) for a, b in itertools.combinations(centres, 2)) >= maps.CROWDED  # apart
    leaders = re.findall(r'<path class="leader" d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"/>', svg)
    assert len({(x0, y0) for x0, y0, _, _ in leaders}) == 1  # all from the one spot...
    assert sorted((float(x1), float(y1)) for _, _, x1, y1 in leaders) == sorted(centres)  # ...to each pin
    assert sorted(re.findall(r'text-anchor="\w+">(\w+)</text>', svg)) == ["Aaa", "Bbb", "Ccc", "Ddd"]
    # A place alone is drawn where it is, with no line.
    alone = maps.locator_map([maps.Marker(BISHKEK, "b"), maps.Marker(PARIS, "p")])
    assert 'class="leader"' not in alone


def test_a_crowd_spread_near_another_place_takes_it_in_and_stays_on_the_map() -> None:
    # Spread round its middle, a crowd's pin landed on a place 10-12 units away, which
    # was not crowded (a click then reached the one drawn last); at a corner, two pins
    # were pushed onto the same spot.
    for points in (
        [(100.0, 100.0), (100.0, 105.0), (100.0, 115.0)],
        [(1.0, 1.0), (3.0, 1.0), (1.0, 3.0), (3.0, 3.0)],
    ):
        drawn = maps._spread(points)
        assert min(math.dist(a, b) for a, b in itertools.combinations(drawn, 2)) >= maps.CROWDED
        assert all(
            4.5 <= x <= map_geometry.WIDTH - 4.5 and 4.5 <= y <= map_geometry.HEIGHT - 4.5 for x, y in drawn
        )
    assert maps._spread([(100.0, 100.0), (200.0, 100.0)]) == [
        (100.0, 100.0),
        (200.0, 100.0),
    ]  # apart: as they are


def _spread_by_every_pair(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``maps._spread`` as first written: every pin compared with every other, each crowd
    drawn again in every round."""
    crowd = list(range(len(points)))

    def first(i: int) -> int:
        while crowd[i] != i:
            i = crowd[i]
        return i

    def join_near(at: list[tuple[float, float]]) -> bool:
        joined = False
        for i, (xi, yi) in enumerate(at):
            for j in range(i):
                if first(i) != first(j) and math.hypot(xi - at[j][0], yi - at[j][1]) < maps.CROWDED:
                    crowd[first(i)] = first(j)
                    joined = True
        return joined

    join_near(points)
    while True:
        drawn = maps._round_crowds(points, first, {})  # nothing kept from the round before
        if not join_near(drawn):
            return drawn


def test_pins_are_spread_as_by_comparing_every_pair() -> None:
    # The spread compares each pin with those near it only (a grid), and keeps a crowd
    # drawn from one round to the next: a story page with 333 places took 0.7 s. Where
    # the pins go is the same, to the last digit, on crowded and sparse maps alike.
    rng = random.Random(7)
    for n, spread in ((60, 20.0), (200, 60.0), (300, 200.0), (120, 600.0), (40, 3.0)):
        points = [(100 + rng.random() * spread, 80 + rng.random() * spread / 2) for _ in range(n)]
        points += points[: n // 10]  # places at one spot
        assert maps._spread(points) == _spread_by_every_pair(points)


def test_pins_on_the_grids_lines_at_the_maps_edges_and_in_a_crowd_wider_than_it_are_spread_alike() -> None:
    # The grid's side is CROWDED: pins exactly on its lines, a pin's width apart or just
    # under, at the map's edges, and crowds too large for one circle on the map (drawn
    # on rings) are spread as by comparing every pair.
    c = maps.CROWDED
    cases = [
        [(k * c, 0.0) for k in range(12)] + [(k * c - 1e-9, 1e-9) for k in range(1, 12)],
        [
            (0.0, 0.0),
            (map_geometry.WIDTH, map_geometry.HEIGHT),
            (0.0, map_geometry.HEIGHT),
            (map_geometry.WIDTH, 0.0),
            (c - 1e-12, 0.0),
        ],
        [(2 * c, 3 * c), (3 * c - 1e-12, 3 * c), (4 * c - 2e-12, 3 * c)] * 3,
        [(300.0, 200.0)] * 250,
        [(300.0 + k * 0.01, 200.0) for k in range(250)] + [(10.0, 10.0), (630.0, 390.0)],
    ]
    for points in cases:
        assert maps._spread(points) == _spread_by_every_pair(points)


def _on_the_map(drawn: list[map_geometry.Point], margin: float) -> bool:
    """Whether every pin drawn at ``drawn`` lies on the map, ``margin`` in from its edges
    (a pin's radius, 4.5, keeps it whole)."""
    w, h = map_geometry.WIDTH, map_geometry.HEIGHT
    return all(margin <= x <= w - margin and margin <= y <= h - margin for x, y in drawn)


def test_a_crowd_too_large_for_one_circle_on_the_map_is_drawn_on_rings_all_on_it() -> None:
    # A circle wide enough for 260 pins was three times the map's height: most of a
    # story page's 333 pins were drawn off the map, out of sight and out of a mouse's
    # reach, while a keyboard still stopped at each.
    rng = random.Random(11)
    w, h = map_geometry.WIDTH, map_geometry.HEIGHT
    for points in (
        [(300.0, 200.0)] * 250,
        [(20.0 + rng.random() * 40, 380.0 - rng.random() * 20) for _ in range(333)],  # in a corner
        [(100.0 + k * 0.5, 200.0) for k in range(120)],  # along a coast
    ):
        drawn = maps._spread(points)
        assert _on_the_map(drawn, margin=4.5)
        assert min(math.dist(a, b) for a, b in itertools.combinations(drawn, 2)) >= maps.CROWDED
    # Up to 67 pins a crowd still goes round one circle.
    circle = maps._spread([(320.0, 200.0)] * 67)
    assert len({round(math.dist(p, (320.0, 200.0)), 6) for p in circle}) == 1
    many = [Location(f"p{k}", f"Place {k}", coordinates=(10.0 + k * 0.001, 20.0)) for k in range(150)]
    svg = maps.locator_map([maps.Marker(p, p.id) for p in many])
    circles = [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([-\d.]+)" cy="([-\d.]+)"', svg)]
    assert len(circles) == 150 and all(0 <= x <= w and 0 <= y <= h for x, y in circles)


def test_a_crowd_whose_rings_are_too_wide_for_the_map_is_drawn_on_it_on_rings_cut_to_it() -> None:
    # Rings for 840 pins or more reach past the map's top and bottom: 1,000 pins in a
    # small area drew 50 off it. The rings are cut to the map, and more drawn further
    # out instead; where the map holds too few (some 1,700), they are drawn closer.
    rng = random.Random(12)
    for points in (
        [(300.0, 200.0)] * 900,
        [(5.0 + rng.random() * 30, 395.0 - rng.random() * 20) for _ in range(900)],  # in a corner
        [(630.0, 10.0)] * 2000,
    ):
        drawn = maps._spread(points)
        assert _on_the_map(drawn, margin=6.0)
        squares: dict[tuple[int, int], list[map_geometry.Point]] = {}
        for x, y in drawn:  # no two within CROWDED, compared with those in the squares around
            sx, sy = math.floor(x / maps.CROWDED), math.floor(y / maps.CROWDED)
            near = [
                p
                for dx, dy in itertools.product((-1, 0, 1), repeat=2)
                for p in squares.get((sx + dx, sy + dy), [])
            ]
            assert all(math.dist(p, (x, y)) >= maps.CROWDED for p in near)
            squares.setdefault((sx, sy), []).append((x, y))


def test_a_crowd_of_a_thousand_places_and_more_is_spread_in_moments_farthest_out_on_the_outer_rings() -> None:
    # Matching every member of a crowd with every spot grows with the crowd's square:
    # 1,000 places scattered over a map took 6 s, 1,500 up to 26 s on a busy machine,
    # and a build or the preview waited on one map. Past LARGE_CROWD a crowd is matched
    # ring by ring, the places farthest from its middle on the outer rings.
    rng = random.Random(2)
    w, h = map_geometry.WIDTH, map_geometry.HEIGHT
    scattered = [(10 + rng.random() * (w - 20), 10 + rng.random() * (h - 20)) for _ in range(1500)]
    with time_limit(4):
        drawn = maps._spread(scattered)
    assert _on_the_map(drawn, margin=4.5)
    assert min(math.dist(a, b) for a, b in itertools.combinations(drawn, 2)) >= maps.CROWDED
    one_spot = [(300.0 + rng.random(), 200.0 + rng.random()) for _ in range(maps.LARGE_CROWD + 40)]
    middle = (sum(x for x, _ in one_spot) / len(one_spot), sum(y for _, y in one_spot) / len(one_spot))
    at = maps._spread(one_spot)
    out = [math.dist(p, middle) for p in one_spot]
    ring = [
        round(math.dist(p, (sum(x for x, _ in at) / len(at), sum(y for _, y in at) / len(at))), 3) for p in at
    ]
    outer = max(ring)
    on_outer = [out[i] for i in range(len(at)) if ring[i] == outer]
    inside = [out[i] for i in range(len(at)) if ring[i] < outer]
    assert on_outer and min(on_outer) >= max(inside)  # the farthest places on the outer ring


def _slots_by_sorting_every_pair(
    group: list[int],
    points: list[map_geometry.Point],
    middle: map_geometry.Point,
    ways: list[map_geometry.Point],
) -> list[int]:
    """``maps._slots`` as first written: every pair of member and place sorted, then taken
    down the list where both are free."""
    if len({points[i] for i in group}) == 1:
        return list(group)
    mx, my = middle
    rank = {i: r for r, i in enumerate(sorted(group, key=lambda i: (points[i][1], points[i][0])))}
    pairs = sorted(
        (-round((points[i][0] - mx) * x + (points[i][1] - my) * y, 6), rank[i], k, i)
        for i in group
        for k, (x, y) in enumerate(ways)
    )
    order: list[int | None] = [None] * len(group)
    placed: set[int] = set()
    for _, _, k, i in pairs:
        if order[k] is None and i not in placed:
            order[k] = i
            placed.add(i)
    return [i for i in order if i is not None]


def test_a_crowds_places_are_matched_to_its_spots_as_by_sorting_every_pair() -> None:
    # _slots takes each place's best offer from a heap instead of sorting every pair,
    # and rounds only values within rounding of each other: the same matching, ties
    # (places at one spot, on a grid, a hair apart) included.
    rng = random.Random(5)
    for _ in range(400):
        n = rng.choice([2, 3, 5, 8, 20, 70, 130])
        points = rng.choice(
            [
                [(rng.choice([100.0, 101.0, 102.0]), rng.choice([50.0, 51.0])) for _ in range(n)],
                [(100 + rng.randint(-3, 3) * 1.5, 80 + rng.randint(-3, 3) * 1.5) for _ in range(n)],
                [(100 + rng.randint(0, 3) * 1e-7, 80 + rng.randint(0, 3) * 3e-7) for _ in range(n)],
                [(100 + rng.random() * 20, 80 + rng.random() * 10) for _ in range(n)],
            ]
        )
        group = rng.sample(range(n), n)
        middle = (sum(x for x, _ in points) / n, sum(y for _, y in points) / n)
        ways = maps._crowd_spots(n, middle)[0]
        assert maps._slots(group, points, middle, ways) == _slots_by_sorting_every_pair(
            group, points, middle, ways
        )


def test_names_and_lines_near_a_box_are_found_as_by_looking_at_every_one() -> None:
    # _Room and _Leaders file boxes and lines by the squares of a grid they touch; what
    # they find is what comparing with every one finds, at the grid's lines too.
    rng = random.Random(9)
    g = maps.GRID

    def box() -> maps.Box:
        x = rng.choice([rng.uniform(-40, 680), rng.randint(-2, 20) * g])
        y = rng.choice([rng.uniform(-40, 440), rng.randint(-2, 13) * g])
        return (x, y, rng.choice([0.0, 12.0, g, rng.uniform(0, 200)]), rng.choice([0.0, 12.0, g, 14.0]))

    for _ in range(200):
        boxes = [box() for _ in range(rng.randint(0, 40))]
        lines = [
            ((rng.uniform(0, 640), rng.uniform(0, 400)), (rng.uniform(0, 640), rng.uniform(0, 400)))
            for _ in range(rng.randint(0, 30))
        ] + [((g * 3, 10.0), (g * 3, 300.0)), ((10.0, g * 2), (500.0, g * 2))]
        room, leaders = maps._Room(boxes), maps._Leaders(lines)
        for b in [box() for _ in range(30)]:
            assert room.free(b) == (not any(maps._overlap(b, other) for other in boxes))
            assert leaders.cross(b) == any(maps._crosses(line, b) for line in lines)


def test_a_line_ending_a_rounding_short_of_the_grids_line_is_found_by_a_box_beyond_it() -> None:
    # A line's far end plus its width rounded short of a square of the grid (255.99...
    # for 256), and where it meets a box _crosses's sum rounded past its end (320 for
    # 319.99...): filed by its bounding box so worked out, either line was not looked at
    # for a box in the square beyond, though it crosses it.
    for line, box in (
        (((283.8680747698762, 256.0), (0.0, -3.629964212114679)), (283.8680747698762, 256.0, 0.1, 0.0)),
        (
            ((518.5930508517148, -56.13824682036422), (518.5930508517148, 224.0)),
            (518.5930508517148, 224.0, 14.0, 0.0),
        ),
        (((-51.97755892522421, 0.0), (1.7, 319.99999999999994)), (-0.0, 320.0, 178.28059025938583, 0.1)),
    ):
        assert maps._crosses(line, box)
        assert maps._Leaders([line]).cross(box)


def _drawn_at(svg: str) -> dict[str, tuple[float, float]]:
    """Where each place's pin is drawn, by its name."""
    found = re.findall(
        r'aria-label="([^"]*)">(?:<title>[^<]*</title>)?(?:<path[^>]*/>)?<circle cx="([\d.]+)" cy="([\d.]+)"',
        _main(svg),
    )
    return {name: (float(x), float(y)) for name, x, y in found}


def test_a_crowd_spread_round_its_middle_keeps_each_place_on_its_own_side() -> None:
    # The Suez Canal's places on a map of a story reaching from Rotterdam to the Cape,
    # listed busiest first: spread in that order from the top, the canal's southern end
    # was drawn at the top and Port Said, on the Mediterranean, at the bottom, as if
    # the canal ran the other way.
    canal = [
        Location("south", "Southern section", coordinates=(30.0176, 32.5799)),
        Location("lake", "Great Bitter Lake", coordinates=(30.35, 32.37)),
        Location("port-said", "Port Said", coordinates=(31.2653, 32.3019)),
        Location("cape", "Cape of Good Hope", coordinates=(-34.3568, 18.474)),
        Location("ismailia", "Ismailia", coordinates=(30.5965, 32.2715)),
        Location("rotterdam", "Rotterdam", coordinates=(51.9496, 4.1453)),
    ]
    svg = maps.locator_map([maps.Marker(p, p.id) for p in canal], in_order=True)
    at = _drawn_at(svg)
    assert len(at) == 6 and 'class="leader"' in svg  # the canal's four are a crowd, spread
    assert at["Port Said"][1] < at["Ismailia"][1] < at["Southern section"][1]  # north to south
    assert at["Port Said"][1] < at["Great Bitter Lake"][1] < at["Southern section"][1]
    assert at["Southern section"][0] > at["Ismailia"][0]  # the southern end lies east of Ismailia


def test_a_marker_without_room_for_its_label_gets_a_tooltip() -> None:
    svg = maps.locator_map(_at_one_spot(*(c * 3 for c in "ABCDEFGHIJKL")))
    untitled = re.findall(r'aria-label="(\w+)"><path', svg)
    titled = re.findall(r'aria-label="(\w+)"><title>\1</title>', svg)
    named = re.findall(r'text-anchor="\w+">(\w+)</text>', svg)
    assert titled and sorted(titled + named) == sorted(c * 3 for c in "ABCDEFGHIJKL")
    assert sorted(untitled) == sorted(named)


def test_in_order_the_first_places_given_are_named_first() -> None:
    # The story page gives its places busiest first: the cave of 12 events is named, not
    # the village of one beside it, whatever the alphabet says.
    given = [c * 3 for c in "LKJIHGFEDCBA"]
    svg = maps.locator_map(_at_one_spot(*given), in_order=True)
    titled = re.findall(r'aria-label="(\w+)"><title>', svg)
    assert titled and given[0] not in titled
    alphabetical = maps.locator_map(_at_one_spot(*given))
    assert re.findall(r'aria-label="(\w+)"><title>', alphabetical) != titled


def names(svg: str) -> list[str]:
    [group] = re.findall(r'<g class="map-names" aria-hidden="true">(.*?)</g>', svg)
    return re.findall(r"<text[^>]*>([^<]*)</text>", group)


COPIAPO = Location("copiapo", "Copiapó", coordinates=(-27.37, -70.33))


MINE = Location("mine", "San José mine", coordinates=(-27.16, -70.5))


ARICA = Location("arica", "Arica", coordinates=(-18.48, -70.31))


def test_a_map_of_chile_has_no_band_from_fiji_and_names_chile() -> None:
    # Fiji spans the 180th meridian: drawn uncut it crossed the whole map as a band.
    svg = maps.locator_map([maps.Marker(MINE, "m"), maps.Marker(ARICA, "a")])
    assert "Fiji" not in names(svg) and "Chile" in names(svg)
    frame = map_geometry.frame_for([(-70.5, -27.16), (-70.31, -18.48)])
    fiji = next(c for c in map_geometry.countries() if c.name == "Fiji")
    assert map_geometry.holds(fiji, 178.44, -18.14) and not map_geometry.holds(fiji, -70.5, -27.16)
    assert frame.east - frame.west < 30


def test_the_country_holding_the_places_is_named_even_when_its_middle_is_taken() -> None:
    # Two places at Chile's middle: its name goes beside them, before any neighbour's.
    svg = maps.locator_map([maps.Marker(COPIAPO, "c"), maps.Marker(MINE, "m")])
    assert names(svg)[0] == "Chile"
    [y] = re.findall(r'<text x="\d+" y="(\d+)">Chile</text>', svg)
    pins_at = _centres(svg)
    assert len(pins_at) == 2 and all(abs(int(y) - py) >= 9 for _, py in pins_at)  # not on a marker


def test_places_on_both_sides_of_the_180th_meridian_share_one_regional_frame() -> None:
    suva = Location("suva", "Suva", coordinates=(-18.14, 178.44))
    lau = Location("lau", "Lau islands", coordinates=(-17.2, -179.9))
    svg = maps.locator_map([maps.Marker(suva, "s"), maps.Marker(lau, "l")])
    frame = map_geometry.frame_for([(178.44, -18.14), (-179.9, -17.2)])
    assert frame.east - frame.west < 20 and frame.west < 178.44 and frame.east > 180.1
    assert len(pins(svg)) == 2 and names(svg) == ["Fiji"]
    xs = [float(x) for x in re.findall(r'<circle cx="(-?[\d.]+)"', svg)]
    assert len(xs) == 2 and all(0 < x < map_geometry.WIDTH for x in xs), xs  # each pin drawn inside the map


def test_a_name_in_arabic_letters_with_a_latin_word_reads_from_the_right_on_the_map(browser: Any) -> None:
    # The map is left to right on every page: "مطار Manas الدولي" was laid out left to
    # right, its first word on the left, and read "الدولي Manas مطار" from the right.
    airport = Location("manas", "مطار Manas الدولي", coordinates=(43.06, 74.48))
    svg = maps.locator_map([maps.Marker(airport, "m"), maps.Marker(BISHKEK, "b")])
    # Its Latin word set apart inside it too, as on the page; Latin names as they were.
    assert "\u2068مطار \u2066Manas\u2069 الدولي\u2069" in svg and ">\u2068Bishkek" not in svg
    page = browser.new_page()
    page.set_content(f'<html lang="ar" dir="rtl"><body><div style="direction: ltr">{svg}</div></body></html>')
    lefts = page.evaluate(
        """() => {
            const text = [...document.querySelectorAll("text")].find(t => t.textContent.includes("Manas"));
            const node = text.firstChild;
            return ["مطار", "Manas", "الدولي"].map(word => {
                const range = document.createRange();
                const at = node.data.indexOf(word);
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                return range.getBoundingClientRect().left;
            });
        }"""
    )
    page.close()
    assert lefts[0] > lefts[1] > lefts[2]


WORDS_LEFT = """(words) => {
    // Where each word of the SVG text holding the first is drawn, by its left edge.
    const text = [...document.querySelectorAll("text")].find(t => t.textContent.includes(words[0]));
    const node = text.firstChild;
    return words.map(word => {
        const range = document.createRange();
        const at = node.data.indexOf(word);
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        return range.getBoundingClientRect().left;
    });
}"""


@pytest.mark.parametrize("direction", ["rtl", "auto"])
def test_a_maps_name_keeps_a_number_before_its_latin_words_on_their_left(
    browser: Any, direction: str
) -> None:
    # An SVG text holds no <bdi>: in a name laid out right to left, "2 Terminal" took its
    # '2' for the Arabic's and drew it after 'Terminal' (right of it), and an English name
    # opening with a number on an Arabic page's map ("1 Main Street") drew it last. The
    # runs are set apart by the invisible isolates U+2066 and U+2069, which Chromium honours.
    terminal = Location("t", "مبنى 2 Terminal", coordinates=(43.06, 74.48))
    street = Location("s", "1 Main Street", coordinates=(42.87, 74.59))
    svg = maps.locator_map([maps.Marker(terminal, "t"), maps.Marker(street, "s")], direction=direction)
    page = browser.new_page()
    lang = ' lang="ar" dir="rtl"' if direction == "rtl" else ""
    page.set_content(f'<html{lang}><body><div style="direction: ltr">{svg}</div></body></html>')
    building, two, words = page.evaluate(WORDS_LEFT, ["مبنى", "2", "Terminal"])
    one, main = page.evaluate(WORDS_LEFT, ["1", "Main"])
    page.close()
    assert building > words > two  # read from the right: the building, then '2 Terminal'
    assert main > one


def test_a_right_to_left_maps_names_are_laid_out_in_its_direction() -> None:
    # On an Arabic page, 'UN مقر البعثة' took the direction of its first letter, left to
    # right; the page's own text sets its language apart right to left
    # (languages.isolated_direction), and so does the map now, the countries' names too.
    # A left-to-right page's map is as it was ('auto').
    office = Location("un", "UN مقر البعثة", coordinates=(43.06, 74.48))
    markers = [maps.Marker(office, "u"), maps.Marker(BISHKEK, "b")]
    rtl = maps.locator_map(markers, direction="rtl", country_name=lambda country: "قيرغيزستان")
    assert "\u2067\u2066UN\u2069 مقر البعثة\u2069" in rtl and "\u2067\u2066Bishkek\u2069\u2069" in rtl
    assert names(rtl) == ["\u2067قيرغيزستان\u2069"] * len(names(rtl)) and names(rtl)
    ltr = maps.locator_map(markers, country_name=lambda country: "قيرغيزستان")
    assert ltr == maps.locator_map(markers, direction="auto", country_name=lambda country: "قيرغيزستان")
    assert "\u2068UN مقر البعثة\u2069" in ltr and ">Bishkek<" in ltr and "\u2067" not in ltr
    assert names(ltr) == ["قيرغيزستان"] * len(names(ltr))


def test_a_crowd_of_places_in_a_row_is_spread_with_its_west_on_the_left() -> None:
    # Four towns along a coast, west to east, on a map of the whole sea. Spread by rows
    # of the circle, northernmost first, the western one took the top, drawn right of the
    # next town east, whose pin went to the left, and the eastern one the bottom.
    coast = [
        Location("a", "Westhaven", coordinates=(40.0, 20.0)),
        Location("b", "Midport", coordinates=(40.0, 20.15)),
        Location("c", "Eastbay", coordinates=(40.0, 20.3)),
        Location("d", "Farpoint", coordinates=(40.0, 20.45)),
        Location("far", "Far away", coordinates=(30.0, 40.0)),
    ]
    at = _drawn_at(maps.locator_map([maps.Marker(p, p.id) for p in coast]))
    assert len(at) == 5
    xs = [at[name][0] for name in ("Westhaven", "Midport", "Eastbay", "Farpoint")]
    assert xs[0] == min(xs) and xs[3] == max(xs), at  # the ends at their own sides


def _points(path: str) -> list[list[tuple[int, int]]]:
    """The absolute points of each ring of an SVG path of ``M x y l dx dy ... z`` parts."""
    rings = []
    for x, y, moves in re.findall(r"M(-?\d+) (-?\d+)l([-\d ]*)z", path):
        at = [(int(x), int(y))]
        deltas = [int(n) for n in re.findall(r"-?\d+", moves)]
        for dx, dy in zip(deltas[::2], deltas[1::2], strict=True):
            at.append((at[-1][0] + dx, at[-1][1] + dy))
        rings.append(at)
    return rings


def test_outlines_are_written_as_short_relative_moves_to_the_same_points() -> None:
    ring = [(542.2, 118.0), (537.0, 123.4), (532.0, 124.0), (531.6, 124.2), (532.0, 132.0), (528.5, 135.0)]
    path = maps._path([ring, [(1.0, 1.0), (2.0, 2.0)]])  # the second, a line, is no outline
    # Each point in whole units, the repeat (532, 124) once; a minus sign parts two numbers.
    assert path == "M542 118l-5 5-5 1 0 8-4 3z"
    assert _points(path) == [[(542, 118), (537, 123), (532, 124), (532, 132), (528, 135)]]


def test_a_maps_outlines_stay_within_its_frame() -> None:
    svg = maps.locator_map([maps.Marker(BISHKEK, "b", current=True), maps.Marker(OSH, "o")])
    rings = [ring for d in re.findall(r' d="(M[^"]*)"', svg) for ring in _points(d)]
    assert len(rings) >= 5  # Kyrgyzstan and its neighbours
    # Clipped 20 units outside the 640 x 400 box: every point, added up from its moves, is within.
    assert all(-20 <= x <= 660 and -20 <= y <= 420 for ring in rings for x, y in ring)


SUEZ_CANAL = Location("canal", "Southern section of the Suez Canal", coordinates=(30.0176, 32.5807))


GREAT_BITTER_LAKE = Location("lake", "Great Bitter Lake", coordinates=(30.3333, 32.3833))


ISMAILIA = Location("ismailia", "Ismailia", coordinates=(30.5965, 32.2715))


SUEZ = Location("suez", "Suez", coordinates=(29.9668, 32.5498))


@pytest.mark.parametrize(
    "markers",
    [
        # The canal's own page: its pin, the current one, was the only one without a name.
        [
            maps.Marker(SUEZ_CANAL, "c", current=True),
            *(maps.Marker(p, p.id) for p in (GREAT_BITTER_LAKE, ISMAILIA, SUEZ)),
        ],
        # The story's, busiest first: its pin was drawn above Suez's, and the names of
        # the lake and Ismailia took the sides facing away from the crowd.
        [maps.Marker(p, p.id) for p in (SUEZ_CANAL, GREAT_BITTER_LAKE, ISMAILIA, SUEZ)],
    ],
)
def test_a_place_in_a_crowd_is_named_on_a_side_facing_in_when_those_facing_out_are_taken(
    markers: list[maps.Marker],
) -> None:
    svg = maps.locator_map(markers, in_order=True)
    assert "<title>" not in svg  # every place named beside its pin
    assert "Southern section of the Suez Canal</text>" in svg


def _within_2_km(seed: int, n: int) -> list[Location]:
    """``n`` places with names of two words and a number, within 2 km of Bishkek's middle:
    one crowd on a map of any frame."""
    rng = random.Random(seed)
    firsts, seconds = (
        ("North", "South", "Old", "New", "Upper"),
        ("Bazaar", "Station", "Gate", "Market", "Mill"),
    )
    return [
        Location(
            f"p{k}",
            f"{rng.choice(firsts)} {rng.choice(seconds)} {k}",
            coordinates=(42.87 + rng.uniform(-0.009, 0.009), 74.59 + rng.uniform(-0.012, 0.012)),
        )
        for k in range(n)
    ]


def _labels(svg: str) -> dict[str, maps.Box]:
    """Each pin's name on one line and the box it takes, by the name (as ``_label_sides``
    measures it: a line 14 units high whose baseline is 12 or 13 below its top; here 13,
    and 14 high, the larger)."""
    boxes: dict[str, maps.Box] = {}
    for x, y, anchor, name in re.findall(
        r'<text x="(\d+)" y="(\d+)" text-anchor="(\w+)">([^<]*)</text>', _main(svg)
    ):
        width = len(name) * 7.2 + 4
        left = {"start": 0.0, "middle": width / 2, "end": width}[anchor]
        boxes[name] = (float(x) - left, float(y) - 13, width, 14.0)
    return boxes


def _apart(box: maps.Box, point: tuple[float, float]) -> float:
    x, y, w, h = box
    return math.hypot(max(x - point[0], 0.0, point[0] - x - w), max(y - point[1], 0.0, point[1] - y - h))


def test_on_a_place_page_the_place_is_named_and_no_other_name_sits_by_its_pin() -> None:
    # 20 places within 2 km, spread round their middle: on 7 of their 60 pages the current
    # place had no name (each side of its pin met a neighbour's pin), and the name of a
    # neighbour sat above its red pin, read as its own.
    for seed in range(3):
        places = _within_2_km(seed, 20)
        for place in places:
            # As the place's page draws it (``Renderer.locator_map``): the place, then the
            # story's places, each once.
            unique = {loc.id: loc for loc in [place, *places]}.values()
            svg = maps.locator_map([maps.Marker(p, p.id, current=p is place) for p in unique])
            current = re.search(r'<g class="pin current"[^>]*>(.*?)</g>', svg)
            assert current is not None and "<title>" not in current.group(1), place.name
            assert f">{place.name}</text>" in current.group(1)
            [(x, y)] = _centres(current.group(1))
            others = {name: box for name, box in _labels(svg).items() if name != place.name}
            assert others and all(_apart(box, (x, y)) >= 14 for box in others.values()), place.name


def test_on_a_place_page_a_place_in_a_crowd_on_rings_is_drawn_on_the_outermost_and_named() -> None:
    # 100 places within 2 km, too many for one circle: on 79 of their 100 pages the
    # current place, on an inner ring, had every side and corner taken by the pins of
    # the rings round it.
    places = _within_2_km(0, 100)
    for place in places[::5]:
        svg = maps.locator_map([maps.Marker(p, p.id, current=p is place) for p in places])
        current = re.search(r'<g class="pin current"[^>]*>(.*?)</g>', svg)
        assert current is not None and f">{place.name}</text>" in current.group(1), place.name
        [(x, y)] = _centres(current.group(1))
        ends = re.findall(r'<path class="leader" d="M([\d.]+) ([\d.]+)L[\d.]+ [\d.]+"/>', svg)
        middle = (sum(float(a) for a, _ in ends) / len(ends), sum(float(b) for _, b in ends) / len(ends))
        reach = max(math.dist(middle, c) for c in _centres(svg))
        assert math.dist(middle, (x, y)) > reach - maps.RING_GAP / 2  # on the outermost ring


def test_on_the_story_map_the_busiest_place_of_a_crowd_is_named() -> None:
    # The story page gives its places busiest first, and the first has the first claim on
    # the room; yet round a crowd's circle each side of a pin between its top and its
    # right (say) met a neighbour's pin, and the busiest place went unnamed while the
    # places after it were named.
    for seed in range(20):
        places = _within_2_km(seed, random.Random(seed).choice([10, 20, 30, 40]))
        svg = maps.locator_map([maps.Marker(p, p.id) for p in places], in_order=True)
        busiest = re.search(rf'aria-label="{places[0].name}">(.*?)</a>', svg)
        assert busiest is not None and f">{places[0].name}</text>" in busiest.group(1), seed


def test_a_name_at_a_pins_corner_keeps_clear_of_the_other_pins() -> None:
    # Round a crowd, a name at a pin's corner sat right above the next pin, and read as
    # its name.
    x, y = 100.0, 100.0
    # Its pin faces up and right, away from its crowd; its four sides and its lower left
    # corner are taken.
    taken: list[maps.Box] = [(x + 10, y - 5, 10, 10), (x - 30, y - 5, 18, 10), (x - 20, y - 20, 10, 10)]
    taken += [(x - 5, y + 8, 10, 4), (x - 20, y + 8, 10, 10)]
    upper_right = maps._pin_label("Ismailia", x, y, maps._Room(taken), outward=(1.0, -1.0))
    assert upper_right == '<text x="106" y="92" text-anchor="start">Ismailia</text>'
    below_it = maps._Pins([(x, y), (x + 30, y - 3)])  # 3 units below the name's box
    named = maps._pin_label("Ismailia", x, y, maps._Room(taken), outward=(1.0, -1.0), pins=below_it)
    assert named == ""
    clear = maps._Pins([(x, y), (x + 30, y + 10)])
    named = maps._pin_label("Ismailia", x, y, maps._Room(taken), outward=(1.0, -1.0), pins=clear)
    assert named == upper_right


def _leaders(svg: str) -> maps._Leaders:
    lines = re.findall(r'<path class="leader" d="M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)"/>', svg)
    return maps._Leaders(((float(a), float(b)), (float(c), float(d))) for a, b, c, d in lines)


def test_a_countrys_name_crosses_no_line_of_a_crowd() -> None:
    # 40 places within 2 km of Bishkek's middle: Kyrgyzstan's name went at the middle of
    # the country's part of the map, inside the crowd's circle, across its lines.
    for seed in range(5):
        svg = maps.locator_map([maps.Marker(p, p.id) for p in _within_2_km(seed, 40)], in_order=True)
        leaders = _leaders(svg)
        [group] = re.findall(r'<g class="map-names" aria-hidden="true">(.*?)</g>', svg)
        drawn = re.findall(r'<text x="(\d+)" y="(\d+)">([^<]*)</text>', group)
        assert drawn and not any(leaders.cross(maps._name_box(float(x), float(y), n)) for x, y, n in drawn)


def test_a_countrys_name_goes_beside_a_pin_drawn_away_from_its_place_only_inside_the_country() -> None:
    # On a map of 1,000 places on rings, Kenya's name went beside a pin of the outer ring,
    # drawn far from its place, in Tanzania.
    ring = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    country = map_geometry.Country("Squareland", ((ring,),), (0.0, 0.0, 10.0, 10.0))
    drawn = maps._Drawn(country, [[(100.0, 100.0), (300.0, 100.0), (300.0, 300.0), (100.0, 300.0)]], 40000.0)
    drawn.centre = (200.0, 200.0)
    place = (5.0, 5.0)  # inside it
    taken = [(150.0, 190.0, 100.0, 20.0)]  # its middle

    def names(pin: map_geometry.Point, away: bool) -> list[str]:
        pins_at = {"5.0,5.0": [(pin, away)]}
        return maps._country_names([drawn], [place], pins_at, maps._Room(taken), maps._Leaders(), None)

    # Beside it lies outside the country: the name goes elsewhere in the country, the
    # nearest its middle that is free (``_anywhere``), not beside the pin.
    [elsewhere] = names((400.0, 150.0), away=True)
    found = re.fullmatch(r'<text x="(\d+)" y="(\d+)">Squareland</text>', elsewhere)
    assert found is not None
    x, y = float(found[1]), float(found[2])
    assert 100 < x < 300 and 100 < y < 300 and (x, y) != (400.0, 134.0)
    assert not maps._overlap(maps._name_box(x, y, "Squareland"), taken[0])
    assert names((250.0, 150.0), away=True) == ['<text x="250" y="134">Squareland</text>']
    assert names((400.0, 150.0), away=False) == ['<text x="400" y="134">Squareland</text>']  # as before


def test_a_name_crossing_a_crowds_line_is_not_put_on_a_side_facing_in() -> None:
    x, y = 100.0, 100.0
    across = [((x - 30.0, y + 1.0), (x - 5.0, y - 1.0))]  # a leader right where the name's left side is
    taken: list[maps.Box] = [
        (x + 9, y - 9, 200.0, 14.0),
        (x - 200, y - 24, 400.0, 12.0),
        (x - 200, y + 6, 400.0, 14.0),
    ]
    # Its pin faces right (away from the crowd), and right, above and below are taken.
    leaders = maps._Leaders(across)
    assert maps._pin_label("Ismailia", x, y, maps._Room(taken), outward=(1.0, 0.0), leaders=leaders) == ""
    named = maps._pin_label("Ismailia", x, y, maps._Room(taken), outward=(1.0, 0.0), leaders=maps._Leaders())
    assert 'text-anchor="end">Ismailia</text>' in named  # on the left, where no line runs


def test_a_long_name_at_the_maps_edge_goes_on_two_lines_where_one_does_not_fit() -> None:
    rotterdam = Location("rotterdam", "Rotterdam", coordinates=(51.9244, 4.4777))
    # A story from Rotterdam to Suez: the canal's crowd lies near the map's right edge,
    # and its long name fits beside its pin only on two lines.
    places = (SUEZ, SUEZ_CANAL, ISMAILIA, GREAT_BITTER_LAKE, rotterdam)
    svg = maps.locator_map([maps.Marker(p, p.id) for p in places], in_order=True)
    assert "<title>" not in svg
    lines = re.findall(r'<tspan x="(\d+)" y="(\d+)">([^<]*)</tspan>', svg)
    assert [text for _, _, text in lines] == ["Southern section", "of the Suez Canal"]
    (x1, y1, _), (x2, y2, _) = lines
    assert x1 == x2 and int(y2) - int(y1) == maps.LINE_HEIGHT
    assert maps.locator_map([maps.Marker(SUEZ_CANAL, "c")]).count("<tspan") == 0  # room: one line


def test_a_name_on_two_lines_reads_as_the_name_with_the_space_it_was_broken_at() -> None:
    # Its text is what find-in-page, copying and the check of a pin's accessible name
    # read: "Brigade desapeurs-pompiers" without the space (axe: label-content-name-mismatch).
    lines = maps._two_lines("Southern section of the Suez Canal")
    assert lines is not None
    for anchor in ("start", "end", "middle"):
        label = maps._label_text(lines, 100, 100, anchor)
        assert re.sub(r"<[^>]*>", "", label) == "Southern section of the Suez Canal"
        # The space takes no room, so neither line moves from its anchor.
        assert re.findall(r'<tspan x="100" y="(\d+)">', label) == ["100", str(100 + maps.LINE_HEIGHT)]
        assert '<tspan font-size="0"> </tspan>' in label


def test_a_name_is_broken_at_the_space_nearest_its_middle() -> None:
    assert maps._two_lines("Southern section of the Suez Canal") == ("Southern section", "of the Suez Canal")
    assert maps._two_lines("Great Bitter Lake") == ("Great", "Bitter Lake")  # the narrower
    assert maps._two_lines("Ismailia") is None


def test_a_line_crosses_a_box_only_where_it_passes_through_it() -> None:
    box = (10.0, 10.0, 20.0, 10.0)  # x 10-30, y 10-20
    assert maps._crosses(((0.0, 0.0), (40.0, 30.0)), box)  # through it, corner to corner
    assert maps._crosses(((20.0, 0.0), (20.0, 40.0)), box)  # straight down through it
    assert not maps._crosses(((0.0, 0.0), (40.0, 5.0)), box)  # above it
    assert not maps._crosses(((0.0, 30.0), (9.0, 0.0)), box)  # to its left
    assert not maps._crosses(((0.0, 0.0), (10.0, 30.0)), box)  # past its corner, below the left edge's top


def test_a_name_on_two_lines_stays_on_the_map_up_and_down() -> None:
    # A pin near the map's foot, a box taking the room to its left: the name's second
    # line, right of it, would be drawn below the map's edge and cut off.
    label = maps._pin_label("Southern section of the Suez Canal", 100, 392, maps._Room([(300, 385, 40, 10)]))
    rows = [int(y) for y in re.findall(r'y="(\d+)"', label)]
    assert rows and max(rows) <= map_geometry.HEIGHT


def _land(svg: str) -> list[list[tuple[float, float]]]:
    """The rings of the map's land, as its paths draw them (``_path``: each ring's first
    point, then relative moves)."""
    [group] = re.findall(r'<g class="map-land" aria-hidden="true">(.*?)</g>', svg)
    rings = []
    for d in re.findall(r'<path d="([^"]*)"/>', group):
        for x0, y0, moves in re.findall(r"M(-?\d+) (-?\d+)l([^z]*)z", d):
            steps = [int(n) for n in re.findall(r"-?\d+", moves)]
            ring = [(float(x0), float(y0))]
            for dx, dy in zip(steps[::2], steps[1::2], strict=True):
                ring.append((ring[-1][0] + dx, ring[-1][1] + dy))
            rings.append(ring)
    return rings


def _places(svg: str) -> list[tuple[float, float]]:
    """Where each pin's place is on the map: the pin's middle, or for a pin drawn aside
    from it in a crowd, where its line starts."""
    found = []
    for pin in re.findall(r'<(?:a|g) [^>]*class="pin[^"]*"[^>]*>(.*?)</(?:a|g)>', _main(svg)):
        leader = re.search(r'<path class="leader" d="M([\d.]+) ([\d.]+)L', pin)
        found.append((float(leader[1]), float(leader[2])) if leader else _centres(pin)[0])
    return found


def _on_land(svg: str, point: tuple[float, float]) -> bool:
    return any(map_geometry.inside_rings([ring], *point) for ring in _land(svg))


LA_PALMA = [
    Location("cumbre-vieja", "Cumbre Vieja", coordinates=(28.57, -17.84)),
    Location("los-llanos", "Los Llanos de Aridane", coordinates=(28.66, -17.92)),
    Location("santa-cruz", "Santa Cruz de La Palma", coordinates=(28.68, -17.76)),
]


def test_la_palmas_outline_is_drawn_under_its_pins() -> None:
    # At 1:110m La Palma is not there: its pin was drawn in the sea, on its own page and
    # on the story's. Malta, Bahrain, Singapore, Maui and Grenada were the same.
    story = maps.locator_map([maps.Marker(p, p.id) for p in LA_PALMA])
    page = maps.locator_map([maps.Marker(p, p.id, current=p is LA_PALMA[0]) for p in LA_PALMA])
    for svg in (story, page):
        places = _places(svg)
        assert len(places) == 3 and all(_on_land(svg, p) for p in places)
        assert ">Spain</text>" in svg  # the country that holds it, named
    # The villages of one island, some 10 km apart, are drawn at their places, apart.
    assert "leader" not in story and len(_centres(story)) == 3
    small = [
        Location("valletta", "Valletta", coordinates=(35.90, 14.51)),
        Location("riffa", "Riffa", coordinates=(26.13, 50.55)),
        Location("singapore", "Singapore", coordinates=(1.29, 103.85)),
        Location("lahaina", "Lahaina", coordinates=(20.88, -156.68)),
        Location("st-georges", "St. George's", coordinates=(12.06, -61.75)),
    ]
    for place in small:
        svg = maps.locator_map([maps.Marker(place, place.id, current=True)])
        [centre] = _centres(svg)
        assert _on_land(svg, centre), place.name


BEIRUT = [
    Location("port", "Port of Beirut", coordinates=(33.9025, 35.5175)),
    Location("karantina", "Karantina", coordinates=(33.9005, 35.5275)),
    Location("gemmayzeh", "Gemmayzeh", coordinates=(33.8955, 35.5150)),
    Location("mar-mikhael", "Mar Mikhael", coordinates=(33.8975, 35.5245)),
    Location("achrafieh", "Achrafieh", coordinates=(33.8880, 35.5200)),
]


def test_a_city_scale_storys_pins_are_apart_named_and_on_the_map() -> None:
    # The places of a story within 3 km of one another (Beirut's port and the districts
    # round it) are one crowd at any frame the outlines allow: each pin is drawn apart,
    # none over another, each named, every name on the map and over no other.
    for current in (None, *BEIRUT):
        svg = maps.locator_map([maps.Marker(p, p.id, current=p is current) for p in BEIRUT])
        centres = _centres(svg)
        assert len(centres) == len(BEIRUT)
        assert all(math.dist(a, b) >= 2 * 6.0 for a, b in itertools.combinations(centres, 2))
        labels = _labels(svg)
        # On a place's page no other name comes near its pin (``CURRENT_CLEAR``): a
        # neighbour may be left to its tooltip.
        assert set(labels) == {p.name for p in BEIRUT} if current is None else current.name in labels
        for (x, y, w, h), other in itertools.combinations(labels.values(), 2):
            assert not maps._overlap((x, y, w, h), other)
        for x, y, w, h in labels.values():
            assert 0 <= x <= map_geometry.WIDTH - w and 0 <= y <= map_geometry.HEIGHT - h
        assert ">Lebanon</text>" in svg


def test_a_spot_is_in_a_drawn_country_by_the_rings_near_it_as_by_all_of_them() -> None:
    # Where a country's name may go anywhere on its map (``_anywhere``), whether a spot
    # is in it is asked of the rings the line east from it may cross only: the same
    # answer as of all its drawn rings, on 1:50m maps of coasts and islands.
    rng = random.Random(11)
    answers = []
    coasts = [(28.66, -17.92), (42.87, 74.59), (35.9, 14.4), (56.0, 10.5), (-17.8, 178.0), (10.0, -61.5)]
    for lat, lon in coasts:
        frame = map_geometry.frame_for([(lon, lat)])
        for d in maps._countries_in(frame):
            for _ in range(150):
                x, y = rng.uniform(0, map_geometry.WIDTH), rng.uniform(0, map_geometry.HEIGHT)
                if rng.random() < 0.5:  # on a ring's point, or beside it
                    x, y = rng.choice(rng.choice(d.rings))
                    dx, dy = rng.choice([0.0, rng.uniform(-2, 2)]), rng.choice([0.0, rng.uniform(-2, 2)])
                    x, y = x + dx, y + dy
                answer = map_geometry.inside_rings(d.rings, x, y)
                assert maps._holds_spot(d, x, y) == answer, (d.country.name, x, y)
                answers.append(answer)
    assert 500 < sum(answers) < len(answers) - 500


def _on_or_by_land(svg: str, x: float, y: float) -> bool:
    """Whether (x, y) is on the land drawn on the map ``svg`` (``_on_land``), or within a
    unit and a half of it (a country a few units across, its outline drawn in whole
    units, or a place on its coast): well under its pin."""
    if _on_land(svg, (x, y)):
        return True
    for ring in _land(svg):
        for (x0, y0), (x1, y1) in itertools.pairwise([*ring, ring[0]]):
            length = max(math.hypot(x1 - x0, y1 - y0), 1e-9)
            t = min(1.0, max(0.0, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length**2))
            if math.hypot(x0 + t * (x1 - x0) - x, y0 + t * (y1 - y0) - y) <= 1.5:
                return True
    return False


@pytest.mark.parametrize(
    ("name", "lat", "lon", "country"),
    [
        ("Gaza", 31.5017, 34.4668, "Palestine"),  # 1:110m's Palestine is the West Bank alone
        ("Valletta", 35.8989, 14.5146, "Malta"),  # 1:110m has no Malta
        ("Tazacorte", 28.6518, -17.9441, "Spain"),  # on La Palma's coast; 1:110m has no La Palma
    ],
)
def test_a_pin_on_a_wide_map_sits_on_land_where_the_coarse_outlines_have_none(
    name: str, lat: float, lon: float, country: str
) -> None:
    # With a place far away, the map is wide and drawn from the 1:110m outlines, which
    # left these places in the sea; the country holding each is drawn at 1:50m.
    place = Location("here", name, coordinates=(lat, lon))
    markers = [maps.Marker(place, "here"), maps.Marker(PARIS, "paris")]
    frame = maps._frame_on(markers, map_geometry.MIN_SPAN)
    assert frame.north - frame.south >= map_geometry.FINE_BELOW
    assert not any(map_geometry.holds(c, lon, lat) for c in map_geometry.countries())
    svg = maps.locator_map(markers)
    for href in ("here", "paris"):  # Paris, in 1:110m's France, as before
        (x, y), *_ = re.findall(rf'<a href="{href}".*?cx="([\d.]+)" cy="([\d.]+)"', svg)
        assert _on_or_by_land(svg, float(x), float(y)), href
    fine = map_geometry.fine_countries()
    drawn_fine = {d.country.name for d in maps._countries_in(frame, [(lon, lat)]) if d.country in fine}
    assert drawn_fine == {country}


def test_a_wide_map_of_places_on_the_coarse_outlines_land_is_drawn_from_them_alone() -> None:
    frame = maps._frame_on([maps.Marker(PARIS, "p"), maps.Marker(BISHKEK, "b")], map_geometry.MIN_SPAN)
    places = [(2.35, 48.85), (74.59, 42.87), (-30.0, 30.0)]  # and one at sea
    assert map_geometry.outlines_for(frame, places) is map_geometry.countries()


def _named(tag: str) -> Any:
    """The names a page in ``tag`` gives the countries of its maps, as the renderer's."""
    return functools.partial(map_country_name, written_in(tag))


def test_an_area_cldr_has_no_name_for_is_unnamed_on_a_page_in_another_language() -> None:
    # Hargeisa, in Somaliland: its English name was the one word of English on the maps
    # of pages in every other language, French and Arabic ones.
    hargeisa = Location("hargeisa", "Hargeisa", coordinates=(9.56, 44.065))
    markers = [maps.Marker(hargeisa, "h", current=True)]
    assert ">Somaliland</text>" in maps.locator_map(markers, country_name=_named("en"))
    for tag in ("fr", "ar"):
        svg = maps.locator_map(markers, country_name=_named(tag))
        assert "Somaliland" not in svg
        assert ("Éthiopie" if tag == "fr" else "إثيوبيا") in svg  # its neighbour, named


def test_christmas_island_is_named_in_the_pages_language() -> None:
    # Natural Earth's 'Indian Ocean Ter.', named by CLDR's name of the territory shown.
    inland = Location("inland", "Inland", coordinates=(-10.49, 105.62))
    svg = maps.locator_map([maps.Marker(inland, "i", current=True)], country_name=_named("fr"))
    assert ">Île Christmas</text>" in svg and "Indian Ocean" not in svg


COCOS = Location("west-island", "West Island", coordinates=(-12.1892, 96.8286))
CHRISTMAS = Location("flying-fish-cove", "Flying Fish Cove", coordinates=(-10.4216, 105.6781))


@pytest.mark.parametrize(
    ("place", "english", "french"),
    [(COCOS, "Cocos Is.", "Îles Cocos"), (CHRISTMAS, "Christmas I.", "Île Christmas")],
)
def test_a_map_of_one_of_the_indian_ocean_territories_names_that_one_alone(
    place: Location, english: str, french: str
) -> None:
    # Natural Earth draws Christmas Island and the Cocos Islands, 900 km apart, as one
    # 'Indian Ocean Ter.': a map of the Cocos Islands named Christmas Island too.
    markers = [maps.Marker(place, "p", current=True)]
    for tag, name in (("en", english), ("fr", french)):
        names = re.findall(r"<text[^>]*>([^<]*)</text>", maps.locator_map(markers, country_name=_named(tag)))
        assert name in names, tag
        assert not any(("Christmas" in n and "Cocos" in n) or "Indian Ocean" in n for n in names), tag


def test_a_map_with_places_on_both_indian_ocean_territories_names_both() -> None:
    markers = [maps.Marker(COCOS, "c"), maps.Marker(CHRISTMAS, "x")]
    assert ">Indian Ocean Ter.</text>" in maps.locator_map(markers, country_name=_named("en"))
    assert ">Île Christmas et Îles Cocos</text>" in maps.locator_map(markers, country_name=_named("fr"))


@pytest.mark.parametrize(
    ("name", "lat", "lon", "country"),
    [
        ("Majuro", 7.09, 171.38, "Marshall Is."),  # some 1 km off 1:50m's atoll
        ("Tarawa", 1.33, 172.98, "Kiribati"),  # some 4 km off it
        ("Ponta Delgada", 37.74, -25.67, "Portugal"),  # on São Miguel's coast, in the Azores
        ("Yaren", -0.547, 166.92, "Nauru"),  # on its coast
    ],
)
def test_a_town_natural_earth_leaves_just_off_its_islands_coast_is_in_its_country(
    name: str, lat: float, lon: float, country: str
) -> None:
    # No country's outline holds them: their maps named the sea round them, and no country.
    assert map_geometry.country_at(lon, lat) is None
    svg = maps.locator_map([maps.Marker(Location("here", name, coordinates=(lat, lon)), "h", current=True)])
    assert f">{country}</text>" in svg


def test_a_place_at_sea_farther_from_an_island_than_a_towns_reach_is_in_no_country() -> None:
    # Some 50 km east of Majuro atoll: a ship, not at home on the Marshall Islands.
    ship = Location("ship", "Ship", coordinates=(7.09, 172.2))
    frame = maps._frame_on([maps.Marker(ship, "s")], map_geometry.MIN_SPAN)
    named = [d for d in maps._countries_in(frame) if d.area]
    assert "Marshall Is." in {d.country.name for d in named}
    assert maps._homes(named, [(172.2, 7.09)]) == {}


@pytest.mark.parametrize(
    ("name", "lat", "lon", "between"),
    [
        ("Strait of Gibraltar", 35.97, -5.49, {"Spain", "Morocco"}),  # some 8 km from each
        ("Bab-el-Mandeb", 12.6, 43.38, {"Yemen", "Djibouti"}),  # some 15 km from each
        ("Singapore Strait", 1.2, 103.85, {"Singapore", "Indonesia"}),  # 8 and 13 km
    ],
)
def test_a_place_at_sea_in_a_strait_is_at_home_in_each_country_it_lies_between(
    name: str, lat: float, lon: float, between: set[str]
) -> None:
    # A place at sea within some 20 km of two countries was put in the nearer one alone,
    # named first and beside it as if it were in it (Djibouti's, of the Bab-el-Mandeb).
    assert map_geometry.country_at(lon, lat) is None
    ship = Location("ship", name, coordinates=(lat, lon))
    frame = maps._frame_on([maps.Marker(ship, "s")], map_geometry.MIN_SPAN)
    named = [d for d in maps._countries_in(frame) if d.area]
    homes = maps._homes(named, [(lon, lat)])
    assert {d.country.name for d in named if id(d.country) in homes} == between
    svg = maps.locator_map([maps.Marker(ship, "s", current=True)])
    assert all(f">{country}</text>" in svg for country in between)


@pytest.mark.parametrize(
    ("name", "lat", "lon", "country"),
    [
        ("Off Tarifa", 36.0, -5.6, "Spain"),  # 3 km off Spain, 15 km from Morocco
        ("Off Sentosa", 1.24, 103.83, "Singapore"),  # 3 km off Singapore, 16 km from Indonesia
    ],
)
def test_a_place_on_one_coast_of_a_strait_is_in_that_country(
    name: str, lat: float, lon: float, country: str
) -> None:
    # 1:50m's coasts are a kilometre or two off: a harbour just outside one is in it,
    # though the country across the strait is within 20 km.
    assert [c.name for c in map_geometry.home_countries(map_geometry.fine_countries(), lon, lat)] == [country]


BEIRUT = [
    Location("port", "Port of Beirut", coordinates=(33.9014, 35.5186)),
    Location("karantina", "Karantina", coordinates=(33.8985, 35.5330)),
    Location("gemmayzeh", "Gemmayzeh", coordinates=(33.8950, 35.5130)),
    Location("mar-mikhael", "Mar Mikhael", coordinates=(33.8975, 35.5240)),
    Location("achrafieh", "Achrafieh", coordinates=(33.8880, 35.5230)),
]
"""Five places of one city, within 3 km: the map fans them round their middle."""


def _close_up_of(svg: str) -> str:
    found = re.search(r'<g class="map-closeup".*?</desc>.*</g>(?=</svg>)', svg)
    assert found is not None, "no close-up"
    return found[0]


@pytest.mark.parametrize("current", ["", "port"])
def test_places_in_one_city_are_drawn_again_at_their_true_distances_in_a_close_up(current: str) -> None:
    # Beirut's port and the districts round it were fanned round their middle on a map
    # of their region, and nothing showed where each is.
    markers = [maps.Marker(loc, f"/{loc.id}/", current=loc.id == current) for loc in BEIRUT]
    svg = maps.locator_map(markers)
    panel = _close_up_of(svg)
    # Below the map, as wide as it.
    width, height = map_geometry.WIDTH, map_geometry.HEIGHT
    assert f'viewBox="0 0 {width} {height + maps.CLOSE_UP_GAP + maps.CLOSE_UP_HEIGHT:.0f}"' in svg
    assert f'transform="translate(0 {height + maps.CLOSE_UP_GAP:.0f})"' in panel
    w, h = width, maps.CLOSE_UP_HEIGHT
    # Its pins where the places are, at one scale: distances in the panel in proportion
    # to the kilometres between the places.
    pins = [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', panel)]
    assert len(pins) == len(BEIRUT)
    at = {loc.name: pin for loc, pin in zip(BEIRUT, pins, strict=True)}
    kx = math.cos(math.radians(33.9)) * 111.2

    def km(a: Location, b: Location) -> float:
        (la, lo), (lb, ob) = a.coordinates or (0, 0), b.coordinates or (0, 0)
        return math.hypot((lo - ob) * kx, (la - lb) * 111.2)

    ratios = [math.dist(at[a.name], at[b.name]) / km(a, b) for a, b in itertools.combinations(BEIRUT, 2)]
    assert max(ratios) / min(ratios) < 1.01
    assert all(0 < x < w and 0 < y < h for x, y in pins)
    # Each named, as the map names it; a scale bar; a caption; named for a screen reader.
    names = [re.sub("<[^>]*>", "", t) for t in re.findall(r"<text[^>]*>(.*?)</text>", panel)]
    assert {loc.name for loc in BEIRUT} <= set(names)
    assert "1 km" in names and "Close-up" in names
    assert 'role="img" aria-label="Close-up"' in panel and "<title>Close-up</title>" in panel
    assert all(loc.name in re.findall(r"<desc>(.*)</desc>", panel)[0] for loc in BEIRUT)
    # A box on the map shows where its places are.
    box = re.search(r'<rect class="map-closeup-box" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"', svg)
    assert box is not None and 300 < float(box[1]) < 340 and 180 < float(box[2]) < 220


@pytest.mark.parametrize(
    "places",
    [
        BEIRUT[:1],  # one place
        [BEIRUT[0], Location("same", "Same", coordinates=(33.9014, 35.5186))],  # two at one spot
        # a hair apart, one written to more decimals: a scale bar of '1 m' 7 million units long
        [BEIRUT[0], Location("hair", "Hair", coordinates=(33.9014000001, 35.5186))],
        # one spot at the 180th meridian written both ways: the build stopped (OverflowError)
        [
            Location("east", "East", coordinates=(0.0, 180.0)),
            Location("west", "West", coordinates=(0.0, -180.0)),
        ],
        [BEIRUT[0], Location("sidon", "Sidon", coordinates=(33.5571, 35.3729))],  # some 40 km apart
        [
            BEIRUT[0],
            Location("byblos", "Byblos", coordinates=(34.1210, 35.6480)),
        ],  # some 27 km north, 12 east
    ],
)
def test_places_not_within_a_city_of_one_another_have_no_close_up(places: list[Location]) -> None:
    svg = maps.locator_map([maps.Marker(loc, "/") for loc in places])
    expected = len(places) == 2 and places[1].id == "byblos"  # within 30 km each way
    assert ("map-closeup" in svg) == expected


def test_a_place_page_shows_the_close_up_of_the_places_on_its_map() -> None:
    # The place's own map, 6 degrees high, shows the other places of its city too.
    markers = [maps.Marker(loc, "/", current=loc.id == "karantina") for loc in BEIRUT]
    panel = _close_up_of(maps.locator_map(markers))
    assert 'class="pin current"><circle' in panel


FARAWAY = [
    Location("tripoli", "Tripoli", coordinates=(34.4367, 35.8497)),  # 65 km north of Beirut
    Location("sidon", "Sidon", coordinates=(33.5571, 35.3729)),  # 40 km south
    Location("damascus", "Damascus", coordinates=(33.5138, 36.2765)),  # 80 km east
]
"""Places of the region far from Beirut and from one another."""


def _close_up_names(svg: str) -> list[str]:
    found = re.search(r"<desc>(.*)</desc>", _close_up_of(svg))
    assert found is not None
    return found[1].split(", ")


@pytest.mark.parametrize("order", [1, -1])
def test_a_citys_places_have_a_close_up_beside_places_far_from_them(order: int) -> None:
    # Five pins of Beirut piled up on a map of the Levant that also shows Tripoli, Sidon
    # and Damascus, and there was no close-up: not all its places were within 30 km.
    places = (BEIRUT + FARAWAY)[::order]
    svg = maps.locator_map([maps.Marker(loc, f"/{loc.id}/") for loc in places])
    assert sorted(_close_up_names(svg)) == sorted(loc.name for loc in BEIRUT)
    panel = _close_up_of(svg)
    assert len(re.findall("<circle", panel)) == len(BEIRUT)
    assert not any(loc.name in panel for loc in FARAWAY)
    # Its box on the map round Beirut only, as small as it is when Beirut is the map.
    box = re.search(r'<rect class="map-closeup-box" [^>]*width="([\d.]+)" height="([\d.]+)"', svg)
    assert box is not None and float(box[1]) < 20 and float(box[2]) < 20
    # The same places give the same map, byte for byte.
    assert maps.locator_map([maps.Marker(loc, f"/{loc.id}/") for loc in places]) == svg


def test_the_close_up_is_of_the_largest_cluster() -> None:
    damascus = [
        Location(f"d{k}", f"Damascus {k}", coordinates=(33.51 + k * 0.01, 36.28 + k * 0.005))
        for k in range(6)
    ]
    svg = maps.locator_map([maps.Marker(loc, "/") for loc in BEIRUT + damascus])
    assert sorted(_close_up_names(svg)) == sorted(loc.name for loc in damascus)


def test_two_places_of_a_city_beside_places_far_away_have_no_close_up() -> None:
    svg = maps.locator_map([maps.Marker(loc, "/") for loc in BEIRUT[:2] + FARAWAY])
    assert "map-closeup" not in svg


@pytest.mark.parametrize(("current", "shown"), [("karantina", BEIRUT), ("sidon", BEIRUT)])
def test_a_place_pages_close_up_beside_places_far_away(current: str, shown: list[Location]) -> None:
    # A place page's map shows every place of its story round the page's own: in a
    # city with districts nearby, its own cluster is drawn again, its pin the current one;
    # a town alone shows the cluster whose pins pile up on its map.
    markers = [maps.Marker(loc, "/", current=loc.id == current) for loc in BEIRUT + FARAWAY]
    svg = maps.locator_map(markers)
    assert sorted(_close_up_names(svg)) == sorted(loc.name for loc in shown)
    assert ('class="pin current"><circle' in _close_up_of(svg)) == (current in {loc.id for loc in shown})


def test_a_place_page_shows_its_own_cluster_rather_than_a_larger_one() -> None:
    damascus = [
        Location(f"d{k}", f"Damascus {k}", coordinates=(33.51 + k * 0.01, 36.28 + k * 0.005))
        for k in range(6)
    ]
    markers = [maps.Marker(loc, "/", current=loc.id == "port") for loc in BEIRUT + damascus]
    assert sorted(_close_up_names(maps.locator_map(markers))) == sorted(loc.name for loc in BEIRUT)


@pytest.mark.parametrize(
    ("tag", "caption", "one_km", "half_km"),
    [
        ("en", "Close-up", "1 km", "500 m"),
        ("fr", "Gros plan", "1\u202fkm", "500\u202fm"),  # CLDR's narrow space
        ("de", "Ausschnitt", "1 km", "500 m"),
        ("ar", "منظر مقرّب", "1 كم", "500 متر"),  # in the digits of its dates (0-9)
        ("fa", "نمای نزدیک", "۱ کیلومتر", "۵۰۰متر"),  # CLDR's Persian writes no space before 'متر'
        ("ja", "拡大図", "1 km", "500 m"),
    ],
)
def test_a_close_ups_words_are_in_the_pages_language(
    tag: str, caption: str, one_km: str, half_km: str
) -> None:
    text = close_up_text(tag)
    assert (text.caption, text.length(1000), text.length(500)) == (caption, one_km, half_km)
    markers = [maps.Marker(loc, "/") for loc in BEIRUT]
    panel = _close_up_of(maps.locator_map(markers, close_up=text, direction=written_in(tag).direction))
    assert f"<title>{caption}</title>" in panel
    assert one_km in panel


def test_every_catalog_translates_the_close_ups_caption() -> None:
    from generator.i18n.catalogs import translations
    from tests.conftest import REPO

    tags = sorted(p.name for p in (REPO / "generator/locales").iterdir() if p.is_dir())
    assert len(tags) >= 51 and {"en", "ar", "ps"} <= set(tags)  # the folders were found
    untranslated = [t for t in tags if t != "en" and translations(t).gettext("Close-up") == "Close-up"]
    assert not untranslated


@pytest.mark.parametrize(
    ("most", "length"), [(0.5, 1.0), (3.0, 2.0), (740.0, 500.0), (1000.0, 1000.0), (19999.0, 10000.0)]
)
def test_a_scale_bar_is_one_two_or_five_times_a_power_of_ten_metres(most: float, length: float) -> None:
    assert maps._scale_length(most) == length


SOUTH_POLE = Location("south-pole", "Amundsen-Scott South Pole Station", coordinates=(-90.0, 0.0))
MCMURDO = Location("mcmurdo", "McMurdo Station", coordinates=(-77.85, 166.67))
VOSTOK = Location("vostok", "Vostok Station", coordinates=(-78.46, 106.84))
ROTHERA = Location("rothera", "Rothera", coordinates=(-67.57, -68.13))
NORTH_POLE = Location("north-pole", "North Pole", coordinates=(90.0, 0.0))
SVALBARD = Location("svalbard", "Longyearbyen", coordinates=(78.2, 15.6))


def circles(svg: str) -> list[tuple[float, float]]:
    """Where the map's pins are drawn (the close-up's not included)."""
    pins_part = svg.split('<g class="map-pins">', 1)[1].split('<g class="map-closeup"', 1)[0]
    return [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([-\d.]+)" cy="([-\d.]+)"', pins_part)]


@pytest.mark.parametrize(
    "places",
    [
        [SOUTH_POLE],
        [NORTH_POLE],
        [SOUTH_POLE, MCMURDO],
        [SOUTH_POLE, MCMURDO, VOSTOK, ROTHERA],
        [MCMURDO, VOSTOK, ROTHERA],  # round Antarctica, none at the pole
        [NORTH_POLE, SVALBARD],
    ],
)
def test_places_at_and_round_the_poles_each_have_a_pin_on_the_map(places: list[Location]) -> None:
    # The frame stopped at 85 degrees (a pole's place was off it, its frame upside
    # down) and a story round Antarctica spanned more longitudes than the world has.
    # The story's map shows them all; each place's own (framed on it) shows it.
    markers = [maps.Marker(p, p.id) for p in places]
    svg = maps.locator_map(markers)
    drawn = circles(svg)
    assert len(drawn) == len(places), svg
    assert all(0 <= x <= map_geometry.WIDTH and 0 <= y <= map_geometry.HEIGHT for x, y in drawn)
    assert maps.locator_map(list(reversed(markers))) == svg  # the same, whatever the order
    for current in places:
        svg = maps.locator_map([maps.Marker(p, p.id, current=p is current) for p in places])
        assert f'<g class="pin current" role="img" aria-label="{current.name}">' in svg


def test_a_map_round_a_pole_has_north_up_along_its_middle_meridian() -> None:
    frame = map_geometry.frame_around([(0.0, -90.0), (166.67, -77.85)])
    assert isinstance(frame, map_geometry.PolarFrame)
    (px, py), (mx, my) = frame.project(0.0, -90.0), frame.project(166.67, -77.85)
    assert px == pytest.approx(mx) and my < py  # McMurdo straight north of the pole, above it
    # East is on the right, looking north: 90 degrees east of McMurdo's meridian.
    assert frame.project(166.67 + 90, -80.0)[0] > px
    north = map_geometry.frame_around([(0.0, 90.0), (15.6, 78.2)])
    (nx, ny), (sx, sy) = north.project(0.0, 90.0), north.project(15.6, 78.2)
    assert nx == pytest.approx(sx) and ny < sy  # Svalbard below the North Pole
    assert north.project(15.6 + 90, 80.0)[0] > nx
    for x, y in [(0.0, 0.0), (123.0, 345.0), (640.0, 400.0)]:
        assert north.project(*north.place_at(x, y)) == pytest.approx((x, y))


def test_antarctica_at_1_50m_is_the_land_inside_its_coast() -> None:
    # world-atlas writes it for the sphere: a ring round the pole, the coast its "hole";
    # read as on the plane, the continent was a sliver at the pole and Vostok at sea.
    assert map_geometry.country_at(106.84, -78.46) == ("Antarctica", "010")
    antarctica = next(c for c in map_geometry.fine_countries() if c.name == "Antarctica")
    assert max(len(polygon[0]) for polygon in antarctica.polygons) > 2000
    # A map of McMurdo draws the continent west of the station, and only once.
    svg = maps.locator_map([maps.Marker(MCMURDO, "m", current=True)])
    assert "Antarctica" in re.findall(r"<text[^>]*>([^<]+)</text>", svg)


def test_a_ring_closed_over_the_pole_is_drawn_without_its_edges_to_the_pole() -> None:
    # Along the 180th meridian to the pole and back: on a map round the pole, a line
    # from the coast to the pole's pin.
    frame = map_geometry.frame_around([(0.0, -90.0)])
    ring = map_geometry.split_ring([(-170.0, -80.0), (-10.0, -80.0), (100.0, -80.0), (170.0, -80.0)])[0]
    assert any(lat == -90.0 for _, lat in ring)
    drawn = frame.project_all(ring)
    pole = frame.project(0.0, -90.0)
    assert all(math.hypot(x - pole[0], y - pole[1]) > 100 for x, y in drawn)


def close_up_names(svg: str) -> str | None:
    """The names a map's close-up lists for a screen reader; None where it has none."""
    found = re.search(r'<g class="map-closeup".*?<desc>([^<]*)</desc>', svg)
    return found.group(1) if found else None


def test_a_cluster_on_a_tall_map_is_measured_at_its_own_latitude() -> None:
    # Three places in Oslo 22 km apart east to west, on a map reaching to Cape Town:
    # measured at the map's middle latitude (30 degrees), they were 38 km apart.
    oslo = [
        Location(f"o{k}", f"Oslo {k}", coordinates=(59.91 + 0.01 * (k % 2), 10.55 + 0.2 * k))
        for k in range(3)
    ]
    far = [
        Location("cape-town", "Cape Town", coordinates=(-33.92, 18.42)),
        Location("lagos", "Lagos", coordinates=(6.45, 3.39)),
    ]
    svg = maps.locator_map([maps.Marker(p, p.id) for p in [*oslo, *far]])
    assert close_up_names(svg) == "Oslo 0, Oslo 1, Oslo 2"
    # And three in Lagos 35 km apart, on a map reaching to Svalbard: at the middle
    # latitude (38 degrees), 28 km, and drawn in a close-up as though within 30.
    lagos = [Location(f"l{k}", f"Lagos {k}", coordinates=(6.45, 3.2 + 0.1575 * k)) for k in range(3)]
    north = [
        Location("oslo", "Oslo", coordinates=(59.91, 10.75)),
        Location("tromso", "Tromsø", coordinates=(69.65, 18.96)),
        Location("longyearbyen", "Longyearbyen", coordinates=(78.2, 15.6)),
    ]
    assert close_up_names(maps.locator_map([maps.Marker(p, p.id) for p in [*lagos, *north]])) is None
    # Two of them, 17.5 km apart, with a third place beside them, are still one group.
    near = Location("l-near", "Lagos near", coordinates=(6.5, 3.25))
    svg = maps.locator_map([maps.Marker(p, p.id) for p in [*lagos[:2], near, *north]])
    assert close_up_names(svg) == "Lagos 0, Lagos 1, Lagos near"


def test_a_close_up_takes_in_every_place_within_its_reach_of_the_groups_middle() -> None:
    # The seed story's places, Manas air base a little west of where it is: 31 km west
    # of Kant air base, so the most places within 30 km of one another are Bishkek,
    # Mayevka and Kant; Manas, 29.5 km from their middle, was left on the map beside
    # Bishkek. (Where it is, 29.97 km from Kant at their latitude, the group takes it.)
    manas = Location("manas", "Manas air base", coordinates=(43.0613, 74.4646))
    near = [
        Location("bishkek", "Bishkek", coordinates=(42.8746, 74.5698)),
        Location("mayevka", "Mayevka", coordinates=(42.876, 74.685)),
        Location("kant", "Kant air base", coordinates=(42.853, 74.846)),
    ]
    far = [OSH, Location("jalalabad", "Jalalabad", coordinates=(40.9333, 73.0))]
    places = [*near, manas, *far]
    svg = maps.locator_map([maps.Marker(p, p.id) for p in places])
    assert close_up_names(svg) == "Bishkek, Mayevka, Kant air base, Manas air base"
    for current in [*near, manas]:  # each one's page the same
        svg = maps.locator_map([maps.Marker(p, p.id, current=p is current) for p in places])
        assert close_up_names(svg) == "Bishkek, Mayevka, Kant air base, Manas air base"
    # Its reach is from the group's middle: a place 31 km from it stays out.
    beyond = Location("beyond", "Beyond", coordinates=(42.864 + 31 / maps.KM_PER_DEGREE, 74.7078))
    svg = maps.locator_map([maps.Marker(p, p.id) for p in [*near, beyond, *far]])
    assert close_up_names(svg) == "Bishkek, Mayevka, Kant air base"
    # It takes in places round a group, but makes none: two places 20 km apart and a
    # third 25 km from their middle (35 km from the farther) have no close-up.
    pair = [Location(f"p{k}", f"P{k}", coordinates=(42.0, 74.0 + k * 20 / 82.6)) for k in range(2)]
    third = Location("third", "Third", coordinates=(42.0, 74.0 + 35 / 82.6))
    assert close_up_names(maps.locator_map([maps.Marker(p, p.id) for p in [*pair, third, *far]])) is None


def test_a_close_up_too_short_to_name_its_places_is_drawn_taller() -> None:
    # The seed story's close-up: 23 km north to south, in 160 units Mayevka's pin was
    # 33 units from Bishkek's and went unnamed.
    seed = [
        Location("bishkek", "Bishkek", coordinates=(42.8746, 74.5698)),
        Location("mayevka", "Mayevka", coordinates=(42.876, 74.685)),
        Location("kant", "Kant air base", coordinates=(42.853, 74.846)),
        Location("manas", "Manas air base", coordinates=(43.0613, 74.4776)),
        Location("jalalabad", "Jalalabad", coordinates=(40.9333, 73.0)),
    ]
    svg = maps.locator_map([maps.Marker(p, p.id) for p in seed])
    panel = _close_up_of(svg)
    assert re.findall(r"<text[^>]*>([^<]+)</text>", panel.split('class="map-pins"')[1]) == [
        "Bishkek",
        "Mayevka",
        "Kant air base",
        "Manas air base",
    ]
    height = maps.CLOSE_UP_TALLER[0]
    assert f'<rect class="map-closeup-frame" width="640" height="{height:.0f}"' in panel
    assert f'viewBox="0 0 640 {map_geometry.HEIGHT + maps.CLOSE_UP_GAP + height:.0f}"' in svg
    # Beirut's districts, all named at the usual height, keep it.
    beirut = maps.locator_map([maps.Marker(loc, loc.id) for loc in BEIRUT])
    assert f'height="{maps.CLOSE_UP_HEIGHT:.0f}" fill="#fff"' in _close_up_of(beirut)


ANADYR = Location("anadyr", "Anadyr", coordinates=(64.73, 177.5))
UTQIAGVIK = Location("utqiagvik", "Utqiagvik", coordinates=(71.29, -156.79))
ARCTIC = [SVALBARD, UTQIAGVIK, ANADYR, NORTH_POLE]


def stroked_along_the_cut(
    svg: str, frame: map_geometry.Frame
) -> list[tuple[map_geometry.Point, map_geometry.Point]]:
    """The stroked edges of the land's outlines (a ring's closing edge when it is closed)
    longer than a pin that lie along the 180th meridian, on the map."""
    along = []
    land = re.search(r'<g class="map-land"[^>]*>(.*?)</g>', svg)
    assert land is not None
    for x0, y0, steps, closed in re.findall(r"M(-?\d+) (-?\d+)l([-\d ]*)(z?)", land.group(1)):
        points = [(float(x0), float(y0))]
        numbers = [float(n) for n in re.findall(r"-?\d+", steps)]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            points.append((points[-1][0] + dx, points[-1][1] + dy))
        edges = list(itertools.pairwise(points + points[:1] if closed else points))
        for a, b in edges:
            on_cut = all(abs(abs(frame.place_at(*p)[0]) - 180.0) < 0.3 for p in (a, b))
            inside = all(0 < p[0] < map_geometry.WIDTH and 0 < p[1] < map_geometry.HEIGHT for p in (a, b))
            if on_cut and inside and math.dist(a, b) > 4:
                along.append((a, b))
    return along


def test_a_country_cut_at_the_180th_meridian_is_drawn_without_the_cut_round_a_pole() -> None:
    # Chukotka is two rings that meet along the meridian, each stroked along it: round
    # the North Pole both sides are on the map, and the cut was a line across the land.
    frame = map_geometry.frame_around([(c[1], c[0]) for p in ARCTIC if (c := p.coordinates)])
    assert isinstance(frame, map_geometry.PolarFrame)
    svg = maps.locator_map([maps.Marker(p, p.id) for p in ARCTIC])
    assert stroked_along_the_cut(svg, frame) == []
    assert "Russia" in names(svg) and len(pins(svg)) == 4


def test_chukotka_is_one_land_without_a_line_along_the_cut_in_chromium(browser: Any) -> None:
    # The map as a page draws it (the site's stylesheet): along the meridian across
    # Chukotka, between its coasts, every pixel is the land's colour; the cut was drawn
    # there in the outlines' colour, darker.
    svg = maps.locator_map([maps.Marker(p, p.id) for p in ARCTIC])
    frame = map_geometry.frame_around([(c[1], c[0]) for p in ARCTIC if (c := p.coordinates)])
    style = (REPO / "templates/assets/style.css").read_text(encoding="utf-8")
    page = browser.new_page(viewport={"width": 640, "height": 400}, device_scale_factor=2)
    page.set_content(f"<style>{style}</style><style>body {{ margin: 0 }} .map {{ border: 0 }}</style>{svg}")
    shot = Image.open(io.BytesIO(page.locator("svg.map").screenshot())).convert("L")
    page.close()
    scale = shot.width / map_geometry.WIDTH

    def shade(x: float, y: float) -> int:
        """The darkest grey round the map's point (x, y), as drawn."""
        around = [(round(x * scale) + dx, round(y * scale) + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        return min(int(cast(int, shot.getpixel(p))) for p in around)

    land = shade(*frame.project(175.0, 67.0))
    # Chukotka's land along the meridian, north of the names and pins.
    darkest = [shade(*frame.project(180.0, lat)) for lat in (66.6, 67.0, 67.4, 67.8, 68.2, 68.6)]
    assert all(abs(shade - land) <= 3 for shade in darkest), (land, darkest)


def _true_km(a: Location, b: Location) -> float:
    """Kilometres between two places as the crow flies (haversine)."""
    (la, oa), (lb, ob) = a.coordinates or (0, 0), b.coordinates or (0, 0)
    pa, pb, dl = math.radians(la), math.radians(lb), math.radians(ob - oa)
    h = math.sin((pb - pa) / 2) ** 2 + math.cos(pa) * math.cos(pb) * math.sin(dl / 2) ** 2
    return 2 * math.asin(math.sqrt(h)) * maps.KM_PER_DEGREE * 180 / math.pi


@pytest.mark.parametrize(
    "places",
    [
        # Four places 11 km from the North Pole, a quarter of the way round from one another:
        # measured east to west at their latitude, they were drawn on one line.
        [
            Location(f"n{lon}", f"North {lon}", coordinates=(90 - 11 / 111.2, lon))
            for lon in (0, 90, 180, -90)
        ],
        [
            Location(f"s{lon}", f"South {lon}", coordinates=(-90 + 8 / 111.2, lon))
            for lon in (-135, -45, 45, 135)
        ],
        # Near the pole but not round it, and across the 180th meridian.
        [
            Location("a", "A", coordinates=(88.9, 179.0)),
            Location("b", "B", coordinates=(89.0, -177.0)),
            Location("c", "C", coordinates=(88.85, -170.0)),
        ],
        BEIRUT,
    ],
)
def test_a_close_ups_pins_are_at_the_places_true_distances_everywhere(places: list[Location]) -> None:
    panel = _close_up_of(maps.locator_map([maps.Marker(p, p.id) for p in places]))
    pins = [(float(x), float(y)) for x, y in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)"', panel)]
    assert len(pins) == len(places)
    ratios = [
        math.dist(pins[i], pins[j]) / _true_km(places[i], places[j])
        for i, j in itertools.combinations(range(len(places)), 2)
    ]
    assert max(ratios) / min(ratios) < 1.01
