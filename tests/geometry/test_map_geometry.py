"""The maps' geometry: the bundled outlines, frames and their projection, rings cut at
the 180th meridian and clipped to a box."""

from __future__ import annotations

import hashlib
import math
import random
import subprocess
import sys
import textwrap

import pytest

from generator.geometry import map_geometry
from tests.conftest import REPO


def test_a_frame_around_one_place_has_the_minimum_span_and_the_maps_shape() -> None:
    frame = map_geometry.frame_for([(74.59, 42.87)])
    assert frame.north - frame.south == pytest.approx(map_geometry.MIN_SPAN)
    assert (frame.north + frame.south) / 2 == pytest.approx(42.87)
    assert (frame.east + frame.west) / 2 == pytest.approx(74.59)
    kx = math.cos(math.radians(42.87))
    assert (frame.east - frame.west) * kx / (frame.north - frame.south) == pytest.approx(640 / 400)
    assert frame.project(frame.west, frame.north) == pytest.approx((0, 0))
    assert frame.project(frame.east, frame.south) == pytest.approx((640, 400))
    ring = [(frame.west, frame.north), (frame.east, frame.south)]
    assert frame.project_all(ring) == [frame.project(*p) for p in ring]


def test_a_wide_frame_is_padded_and_made_taller_to_keep_the_shape() -> None:
    frame = map_geometry.frame_for([(0.0, 0.0), (40.0, 0.0)])
    assert (frame.west, frame.east) == pytest.approx((-9.0, 49.0))  # 20% and one degree each side
    assert (frame.south, frame.north) == pytest.approx((-18.125, 18.125))


def test_a_frame_never_reaches_the_poles() -> None:
    frame = map_geometry.frame_for([(0.0, 84.0)])
    assert frame.north == 85.0


def test_clipping_a_square_to_a_box() -> None:
    square = [(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)]
    assert map_geometry.clip_to_box(square, 0, 0, 20, 20) == [
        (0.0, 0.0),
        (10.0, 0.0),
        (10.0, 10.0),
        (0.0, 10.0),
    ]
    assert map_geometry.clip_to_box(square, -20, -20, 20, 20) == square
    assert map_geometry.clip_to_box(square, 30, 30, 40, 40) == []


def test_the_bundled_outlines() -> None:
    countries = {c.name: c for c in map_geometry.countries()}
    assert map_geometry.countries() is map_geometry.countries()  # decoded once
    west, south, east, north = countries["Kyrgyzstan"].box
    assert west < 74.59 < east and south < 42.87 < north
    assert len(countries) > 150


def test_a_ring_across_the_180th_meridian_is_cut_into_one_ring_on_each_side() -> None:
    # An island like Fiji's Vanua Levu: from 179 east across to 179.5 west and back.
    ring = [(179.0, -16.0), (-179.5, -16.0), (-179.5, -17.0), (179.0, -17.0)]
    west, east = sorted(map_geometry.split_ring(ring))
    assert west == [(-180.0, -16.0), (-179.5, -16.0), (-179.5, -17.0), (-180.0, -17.0)]
    assert sorted(east) == [(179.0, -17.0), (179.0, -16.0), (180.0, -17.0), (180.0, -16.0)]
    assert map_geometry.split_ring([(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)]) == [
        [(1.0, 1.0), (2.0, 1.0), (2.0, 2.0)]
    ]


def test_a_ring_round_a_pole_is_closed_over_the_pole() -> None:
    ring = [(-180.0, -70.0), (-90.0, -72.0), (0.0, -70.0), (90.0, -72.0), (180.0, -70.0)]
    [piece] = map_geometry.split_ring(ring[1:] + ring[:1])
    assert piece[-2:] == [(180.0, -90.0), (-180.0, -90.0)] or piece[-2:] == [(-180.0, -90.0), (180.0, -90.0)]


def test_no_bundled_outline_jumps_across_the_map() -> None:
    for country in map_geometry.countries():
        for polygon in country.polygons:
            for ring in polygon:
                for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
                    # Only the edge along a pole of a ring round it goes from +180 to -180.
                    assert abs(x1 - x0) <= 180 or y0 == y1 == -90.0, country.name


def test_places_close_together_have_a_smaller_frame_the_closer_they_are() -> None:
    def height(*points: tuple[float, float]) -> float:
        frame = map_geometry.frame_around(points)
        return frame.north - frame.south

    one = (-17.84, 28.57)
    assert height(one) == pytest.approx(map_geometry.MIN_SPAN)
    assert height(one, one) == pytest.approx(map_geometry.MIN_SPAN)  # several at one spot
    # Spread 2 degrees and more: as before.
    wide = [one, (-15.0, 28.57)]
    assert map_geometry.frame_around(wide) == map_geometry.frame_for(wide)
    # The villages of one island (0.16 degrees apart), the towns of a small country.
    island = height(one, (-17.92, 28.66), (-17.76, 28.68))
    assert island == pytest.approx(map_geometry.CLOSE_SPAN)
    country = height((35.50, 33.89), (35.83, 34.44), (35.20, 33.27))  # Beirut, Tripoli, Tyre
    assert map_geometry.CLOSE_SPAN < country < map_geometry.MIN_SPAN
    # A city's districts, 3 km apart, which no frame draws apart: the region round them.
    assert height((35.5175, 33.9025), (35.5275, 33.9005), (35.515, 33.8955)) == pytest.approx(
        map_geometry.CROWD_SPAN
    )
    # Across the 180th meridian, the extent is the short way round (Fiji's islands).
    assert height((179.9, -16.5), (-179.9, -16.6)) == pytest.approx(map_geometry.CLOSE_SPAN)


def test_a_small_frame_is_drawn_from_the_finer_outlines_a_wide_one_from_the_coarser() -> None:
    small = map_geometry.frame_around([(-17.84, 28.57)])
    wide = map_geometry.frame_around([(-17.84, 28.57), (31.24, 30.04)])  # La Palma and Cairo
    assert small.north - small.south < map_geometry.FINE_BELOW <= wide.north - wide.south
    near = map_geometry.outlines_for(small)
    assert {c.name for c in near} >= {"Spain", "Morocco"}
    assert all(any(c is f for f in map_geometry.fine_countries()) for c in near)
    assert len(near) < len(map_geometry.fine_countries()) / 10
    assert map_geometry.outlines_for(wide) is map_geometry.countries()
    # La Palma is in Spain at 1:50m; 1:110m leaves it out.
    [fine] = [c for c in map_geometry.fine_countries() if c.name == "Spain"]
    [coarse] = [c for c in map_geometry.countries() if c.name == "Spain"]
    assert map_geometry.holds(fine, -17.84, 28.57) and not map_geometry.holds(coarse, -17.84, 28.57)
    names = {c.name for c in map_geometry.fine_countries()}
    assert {"Malta", "Bahrain", "Singapore", "Cabo Verde", "Grenada"} <= names
    assert names >= {c.name for c in map_geometry.countries()}


def test_the_finer_outlines_are_read_only_by_a_process_that_draws_a_small_map() -> None:
    # In a fresh process, as a build starts: the maps of the synthetic benchmark's story
    # (places all over the world; those on 1:110m's land) are wide and never open the
    # 1:50m file; the first small map opens it, once, and the next ones use what it read.
    # (A wide map's place on no land at 1:110m is looked for at 1:50m: ``coarse_under``.)
    script = textwrap.dedent(
        """
        import sys
        opened = []
        sys.addaudithook(lambda event, args: event == "open" and "countries-50m" in str(args[0])
                         and opened.append(args[0]))
        from benchmarks.synthetic import generate
        from generator.content.model import Location
        from generator.render import maps
        from generator.geometry.map_geometry import countries, holds
        places = [Location(i, name, coordinates=(lat, lon)) for i, name, lat, lon in generate(1000).locations
                  if any(holds(country, lon, lat) for country in countries())]
        maps.locator_map([maps.Marker(p, p.id) for p in places])
        print(len(opened))
        for place in places[:3]:
            maps.locator_map([maps.Marker(p, p.id, current=p is place) for p in places])
        print(len(opened))
        # Of its countries, those near the small maps' frames are decoded, and no others.
        from generator.geometry import map_geometry
        print(map_geometry._fine_country.cache_info().currsize < 20)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["0", "1", "True"]


FINE_SOURCE = REPO / "tests" / "fixtures" / "countries-50m.json"
"""The 1:50m TopoJSON of world-atlas 2.0.2, as its npm package has it: the packed
outlines' source, which the package does not ship."""


def test_the_packed_outlines_are_the_topojsons_point_for_point() -> None:
    # Every country decoded from the packed form (a country at a time) is the one the
    # TopoJSON decoder makes of the source: the same names, codes, boxes and points,
    # cut at the 180th meridian the same way.
    from_source = map_geometry.decode_topojson(str(FINE_SOURCE), runs=True)
    packed = map_geometry.fine_countries()
    assert len(packed) == len(from_source) > 200
    for mine, theirs in zip(packed, from_source, strict=True):
        assert mine == theirs, mine.name
    assert sum(len(ring) for c in packed for polygon in c.polygons for ring in polygon) > 90_000


def test_the_bundled_packed_outlines_are_made_from_the_source_by_the_converter() -> None:
    # The bundled file is what the converter makes of the npm package's file, whose
    # SHA-256 the data's README gives.
    from benchmarks.convert_outlines import packed

    digest = hashlib.sha256(FINE_SOURCE.read_bytes()).hexdigest()
    readme = (REPO / "generator" / "geometry" / "data" / "README.md").read_text(encoding="utf-8")
    assert f"`{digest}`" in readme
    bundled = REPO / "generator" / "geometry" / "data" / map_geometry.FINE
    assert packed(str(FINE_SOURCE)) == bundled.read_bytes()


def test_a_small_map_drawn_from_the_countries_near_it_is_the_one_drawn_from_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``outlines_for`` gives a small frame only the countries whose box comes near it:
    # the map is the same as from every country, on either side of the 180th meridian.
    from generator.content.model import Location
    from generator.render import maps

    # Tonga (175 west) on the far copy of the world from a map across the meridian.
    spots = [(28.66, -17.92), (42.87, 74.59), (-17.8, 178.0), (-20.0, 179.9), (65.0, -179.0), (35.9, 14.4)]
    rng = random.Random(5)
    spots += [(rng.uniform(-60, 70), rng.uniform(-180, 180)) for _ in range(20)]
    everything = map_geometry.fine_countries()
    # A small country a tenth of a degree beyond the map's side: clipped, a sliver of it
    # lies in the band drawn round the map.
    for country in everything:
        if country.name in ("Malta", "Singapore", "Bahrain", "Grenada"):
            w, s, e, n = country.box
            lat = (s + n) / 2
            half = map_geometry.frame_for([(w, lat)]).east - w
            spots += [(lat, w - 0.1 - half), (lat, e + 0.1 + half)]
    for lat, lon in spots:
        here = Location("here", "Here", coordinates=(lat, lon))
        markers = [maps.Marker(here, "here", current=True)]
        near = maps.locator_map(markers)
        with monkeypatch.context() as m:
            m.setattr(maps, "outlines_for", lambda frame, places=(): everything)
            assert maps.locator_map(markers) == near, (lat, lon)


def test_trimming_a_rings_runs_beyond_the_map_keeps_what_it_holds_on_it() -> None:
    # A ring's runs lying beyond one side of the map are cut to their ends: what it holds
    # inside the map (its area clipped to it) is unchanged, in fewer points.
    rng = random.Random(3)
    countries = [c for c in map_geometry.fine_countries() if c.runs]
    cut = 0
    for _ in range(80):
        lat, lon = rng.uniform(-50, 70), rng.uniform(-170, 170)
        frame = map_geometry.frame_for([(lon, lat)], rng.choice([1.5, 6.0, 11.0]))
        west, south, east, north = frame.west - 1, frame.south - 1, frame.east + 1, frame.north + 1
        for country in countries:
            w, s, e, n = country.box
            if e < west or w > east or n < south or s > north:
                continue  # wholly beyond the map: left out before it is trimmed
            for polygon, runs in zip(country.polygons, country.runs, strict=True):
                for ring, ring_runs in zip(polygon, runs, strict=True):
                    short = map_geometry.trimmed(ring, ring_runs, west, south, east, north)
                    if len(short) == len(ring):
                        continue
                    cut += 1
                    box = (frame.west, frame.south, frame.east, frame.north)
                    whole = map_geometry.clip_to_box(ring, *box)
                    trimmed = map_geometry.clip_to_box(short, *box)
                    area = map_geometry.area_and_centre(whole)[0] if len(whole) > 2 else 0.0
                    assert (map_geometry.area_and_centre(trimmed)[0] if len(trimmed) > 2 else 0.0) == (
                        pytest.approx(area, abs=1e-9)
                    )
    assert cut > 100


def test_a_place_is_in_a_country_by_its_rings_runs_as_by_all_its_points() -> None:
    # ``holds`` counts a 1:50m ring's crossings run by run, going round only the runs
    # near the place: the same answer as going round every point, for places on and
    # beside coasts and borders (each a point of a ring, moved a little) and anywhere.
    rng = random.Random(7)
    countries = map_geometry.fine_countries()
    answers = []
    for _ in range(6000):
        country = rng.choice(countries)
        polygon = rng.choice(country.polygons)
        ring = rng.choice(polygon)
        lon, lat = rng.choice(ring)
        if rng.random() < 0.8:
            lon, lat = lon + rng.uniform(-0.05, 0.05), lat + rng.choice([0.0, rng.uniform(-0.05, 0.05)])
        everywhere = any(map_geometry.inside_rings(p, lon, lat) for p in country.polygons)
        assert map_geometry.holds(country, lon, lat) == everywhere, (country.name, lon, lat)
        answers.append(everywhere)
    assert 1000 < sum(answers) < 5000


def _clipped_point_by_point(
    ring: list[map_geometry.Point], x0: float, y0: float, x1: float, y1: float
) -> list[map_geometry.Point]:
    """Sutherland-Hodgman clipping as first written: each point of each pass in turn."""
    for axis, bound, above in [(0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)]:
        out: list[map_geometry.Point] = []
        for i, b in enumerate(ring):
            a = ring[i - 1]
            a_in = a[axis] >= bound if above else a[axis] <= bound
            b_in = b[axis] >= bound if above else b[axis] <= bound
            if a_in != b_in:
                (ax, ay), (bx, by) = a, b
                if axis == 0:
                    out.append((bound, ay + (by - ay) * (bound - ax) / (bx - ax)))
                else:
                    out.append((ax + (bx - ax) * (bound - ay) / (by - ay), bound))
            if b_in:
                out.append(b)
        ring = out
        if not ring:
            break
    return ring


def test_clipping_a_coast_keeps_the_points_clipping_point_by_point_keeps() -> None:
    # ``clip_to_box`` keeps runs of points whole: the same points, in the same order, as
    # clipping each point in turn, for boxes across 1:50m coasts.
    rng = random.Random(13)
    partial = 0
    for country in map_geometry.fine_countries()[::3]:
        for polygon in country.polygons:
            ring = polygon[0]
            w, s, e, n = country.box
            x0, y0 = rng.uniform(w - 1, e), rng.uniform(s - 1, n)
            box = (x0, y0, rng.uniform(x0, e + 1), rng.uniform(y0, n + 1))
            clipped = map_geometry.clip_to_box(ring, *box)
            assert clipped == _clipped_point_by_point(ring, *box), country.name
            partial += 0 < len(clipped) != len(ring)
    assert partial > 50


def test_a_place_is_in_or_near_a_country_by_its_finer_outline_where_the_coarse_one_misses_it() -> None:
    # Valletta, on Malta's harbour: 1:110m has no Malta.
    assert not map_geometry.in_coarse_outline("Malta", 14.5146, 35.8989)
    assert map_geometry.in_or_near("Malta", 14.5146, 35.8989)
    assert not map_geometry.in_or_near("Malta", 35.8989, 14.5146)  # in Sudan
    # At sea south of Malta's southernmost point: near it up to NEAR_COAST, no further.
    [malta] = [c for c in map_geometry.fine_countries() if c.name == "Malta"]
    lon, lat = min((p for polygon in malta.polygons for p in polygon[0]), key=lambda p: p[1])
    assert map_geometry.in_or_near("Malta", lon, lat - map_geometry.NEAR_COAST + 0.01)
    assert not map_geometry.in_or_near("Malta", lon, lat - map_geometry.NEAR_COAST - 0.01)
    # East of it by as many kilometres: a degree of longitude is shorter there.
    lon, lat = max((p for polygon in malta.polygons for p in polygon[0]), key=lambda p: p[0])
    degree = math.cos(math.radians(lat))
    assert map_geometry.in_or_near("Malta", lon + (map_geometry.NEAR_COAST - 0.01) / degree, lat)
    assert not map_geometry.in_or_near("Malta", lon + (map_geometry.NEAR_COAST + 0.01) / degree, lat)
    assert not map_geometry.in_or_near("Atlantis", 0, 0)


def test_the_countries_a_place_may_name_are_the_finer_outlines_with_their_codes() -> None:
    named = dict(map_geometry.names_and_codes())
    assert {c.name: c.code for c in map_geometry.countries()}.items() <= named.items()
    assert named["Malta"] == "470" and named["Bahrain"] == "048" and named["Kosovo"] == "XK"
    assert named["Indian Ocean Ter."] == "CX CC"  # two territories, which CLDR names each
    assert [n for n, code in named.items() if not code] == ["Somaliland", "N. Cyprus", "Siachen Glacier"]


def test_a_ring_cut_at_the_180th_meridian_has_the_cut_as_its_closing_edge() -> None:
    # Chukotka's end, cut along the meridian from 65 to 69 degrees north: begun where
    # the cut ends and ended where it begins, its point inside the cut left out.
    north = map_geometry.frame_around([(0.0, 90.0), (177.5, 64.73)])
    assert isinstance(north, map_geometry.PolarFrame)
    across = map_geometry.frame_for([(178.44, -18.14), (-179.9, -17.2)])  # round Fiji, flat
    for frame, offset in ((north, 0.0), (across, 360.0 if across.east > 180 else 0.0)):
        ring = frame.project_all(
            [(lon + offset, lat) for lon, lat in [(-170, 65), (-180, 65), (-180, 67), (-180, 69), (-170, 69)]]
        )
        assert map_geometry.seam_closing(ring, frame) == [ring[3], ring[4], ring[0], ring[1]]
        # The cut may be where the ring begins, or run through its end and start.
        turned = ring[2:] + ring[:2]
        assert map_geometry.seam_closing(turned, frame) == [ring[3], ring[4], ring[0], ring[1]]
    coast = north.project_all([(170.0, 65.0), (175.0, 66.0), (170.0, 69.0)])
    assert map_geometry.seam_closing(coast, north) is None  # no cut: drawn closed
    twice = north.project_all([(170, 65), (180, 65), (180, 66), (170, 67), (180, 68), (180, 69), (170, 69)])
    assert map_geometry.seam_closing(twice, north) is None  # two cuts: closed, as it was
