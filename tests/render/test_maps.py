"""Locator maps: framed on the places to show, outlines from the bundled data, markers as
labelled links, everything from content escaped."""

from __future__ import annotations

import math
import re

import pytest

from generator.content.model import Location
from generator.render import maps

BISHKEK = Location("bishkek", "Bishkek", coordinates=(42.87, 74.59))
OSH = Location("osh", "Osh", coordinates=(40.51, 72.80))
PARIS = Location("paris", "Paris", coordinates=(48.85, 2.35))


def pins(svg: str) -> list[tuple[str, str, str]]:
    """Each marker as (href, class, label)."""
    return re.findall(r'<a href="([^"]*)" class="([^"]*)" aria-label="([^"]*)">', svg)


def test_no_markers_no_map() -> None:
    assert maps.locator_map([], caption_id="c") == ""


def test_the_map_is_framed_on_the_current_place_and_leaves_out_far_ones() -> None:
    svg = maps.locator_map(
        [maps.Marker(BISHKEK, "b"), maps.Marker(OSH, "o", current=True), maps.Marker(PARIS, "p")],
        caption_id="map-caption",
    )
    assert svg.startswith(
        '<svg class="map" viewBox="0 0 640 400" aria-labelledby="map-caption" xmlns="http://www.w3.org/2000/svg">'
    )
    # The current place first, at the centre and larger; Paris is off this map.
    assert pins(svg) == [("o", "pin current", "Osh"), ("b", "pin", "Bishkek")]
    assert '<circle cx="320.0" cy="200.0" r="6"/>' in svg
    assert '<text x="329" y="204" text-anchor="start">Osh</text>' in svg
    names = re.findall(r"<text x=\"\d+\" y=\"\d+\">(\w+)</text>", svg)
    assert "Kyrgyzstan" in names and "France" not in names
    assert svg.count('<g class="map-land" aria-hidden="true"><path d="M') == 1


def test_without_a_current_place_every_place_is_framed() -> None:
    svg = maps.locator_map([maps.Marker(BISHKEK, "b"), maps.Marker(PARIS, "p")], caption_id="c")
    assert [label for _, _, label in pins(svg)] == ["Bishkek", "Paris"]  # by name


def test_names_and_links_from_content_are_escaped() -> None:
    place = Location("x", 'A <b>"place"</b> & co', coordinates=(42.87, 74.59))
    svg = maps.locator_map([maps.Marker(place, '../x/?a=1&b="2"')], caption_id="c")
    assert pins(svg) == [
        ("../x/?a=1&amp;b=&quot;2&quot;", "pin", "A &lt;b&gt;&quot;place&quot;&lt;/b&gt; &amp; co")
    ]
    assert "<b>" not in svg


def test_a_marker_without_room_for_its_label_gets_a_tooltip() -> None:
    # Three places at one spot: labels go right, then left, then there is no room left.
    markers = [maps.Marker(Location(n, n, coordinates=(42.87, 74.59)), n) for n in ("Aaa", "Bbb", "Ccc")]
    svg = maps.locator_map(markers, caption_id="c")
    assert 'text-anchor="start">Aaa</text>' in svg
    assert 'text-anchor="end">Bbb</text>' in svg
    assert 'aria-label="Ccc"><title>Ccc</title><circle' in svg
    assert ">Ccc</text>" not in svg


def test_a_frame_around_one_place_has_the_minimum_span_and_the_maps_shape() -> None:
    frame = maps.frame_for([(74.59, 42.87)])
    assert frame.north - frame.south == pytest.approx(maps.MIN_SPAN)
    assert (frame.north + frame.south) / 2 == pytest.approx(42.87)
    assert (frame.east + frame.west) / 2 == pytest.approx(74.59)
    kx = math.cos(math.radians(42.87))
    assert (frame.east - frame.west) * kx / (frame.north - frame.south) == pytest.approx(640 / 400)
    assert frame.project(frame.west, frame.north) == pytest.approx((0, 0))
    assert frame.project(frame.east, frame.south) == pytest.approx((640, 400))
    ring = [(frame.west, frame.north), (frame.east, frame.south)]
    assert frame.project_all(ring) == [frame.project(*p) for p in ring]


def test_a_wide_frame_is_padded_and_made_taller_to_keep_the_shape() -> None:
    frame = maps.frame_for([(0.0, 0.0), (40.0, 0.0)])
    assert (frame.west, frame.east) == pytest.approx((-9.0, 49.0))  # 20% and one degree each side
    assert (frame.south, frame.north) == pytest.approx((-18.125, 18.125))


def test_a_frame_never_reaches_the_poles() -> None:
    frame = maps.frame_for([(0.0, 84.0)])
    assert frame.north == 85.0


def test_clipping_a_square_to_a_box() -> None:
    square = [(-10.0, -10.0), (10.0, -10.0), (10.0, 10.0), (-10.0, 10.0)]
    assert maps.clip_to_box(square, 0, 0, 20, 20) == [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    assert maps.clip_to_box(square, -20, -20, 20, 20) == square
    assert maps.clip_to_box(square, 30, 30, 40, 40) == []


def test_the_bundled_outlines() -> None:
    countries = {c.name: c for c in maps.countries()}
    assert maps.countries() is maps.countries()  # decoded once
    west, south, east, north = countries["Kyrgyzstan"].box
    assert west < 74.59 < east and south < 42.87 < north
    assert len(countries) > 150
