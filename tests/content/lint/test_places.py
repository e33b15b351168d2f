"""A location file's own warnings (``places.py``), each message exactly."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import warnings


def test_a_location_without_coordinates(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, "
        "so it cannot be mapped; add them, or 'unmapped: true' if it has no position to give"
    ]


def test_a_place_with_no_position_to_give_passes_strict(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: The refuge\nkind: shelter\nunmapped: true\n")
    assert warnings(project, capsys, "--strict") == []
    project.write(
        "content/story-a/locations/loc-a.yaml", "name: The refuge\ncoordinates: [1, 2]\nunmapped: true\n"
    )
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:3:11: warning: location 'loc-a' has coordinates and 'unmapped: true'"
    ]


def test_coordinates_written_longitude_first(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Suez, as a map's address gives it: the point would be drawn in the Mediterranean.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Suez\ncountry: Egypt\ncoordinates: [32.5498, 29.9668]\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:3:1: warning: [32.5498, 29.9668] is not in Egypt, but "
        "[29.9668, 32.5498] is: coordinates are latitude first; swap them"
    ]
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Suez\ncountry: Egypt\ncoordinates: [29.9668, 32.5498]\n",
    )
    assert warnings(project, capsys) == []


@pytest.mark.parametrize(
    ("country", "coordinates", "named"),
    [
        ("Perú", "[-71.97, -13.53]", "Perú"),  # Spanish: Cusco
        ("PERU", "[-71.97, -13.53]", "Peru"),  # English in capitals: Natural Earth's name, as before
        ("ليبيا", "[14.43, 27.03]", "ليبيا"),  # Arabic: Sabha
        ("利比亚", "[14.43, 27.03]", "利比亚"),  # Chinese
        ("Egipto", "[32.5498, 29.9668]", "Egipto"),  # Spanish: Suez
        ("egypte", "[32.5498, 29.9668]", "egypte"),  # French, without its accent
        ("Кыргызстан", "[74.59, 42.87]", "Кыргызстан"),  # Russian: Bishkek
        ("The Netherlands", "[4.48, 51.92]", "The Netherlands"),  # with its article: Rotterdam
        ("the United States", "[-74.01, 40.71]", "the United States"),  # New York
    ],
)
def test_coordinates_longitude_first_in_a_country_named_in_another_language(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str, named: str
) -> None:
    # A story in Spanish names its places' countries in Spanish, as its maps name them.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n",
    )
    lat, lon = coordinates.strip("[]").split(", ")
    assert warnings(project, capsys) == [
        f"content/story-a/locations/loc-a.yaml:3:1: warning: [{lat}, {lon}] is not in {named}, but "
        f"[{lon}, {lat}] is: coordinates are latitude first; swap them"
    ]
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: [{lon}, {lat}]\n",
    )
    assert warnings(project, capsys) == []
