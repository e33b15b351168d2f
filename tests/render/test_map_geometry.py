"""The maps' geometry: the bundled outlines, frames and their projection, rings cut at
the 180th meridian and clipped to a box."""

from __future__ import annotations

import math

import pytest

from generator.render import map_geometry


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
