"""A location file's own warnings (``places.py``), each message exactly."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from generator.content.lint import places
from generator.i18n import languages
from tests.conftest import REPO, Project
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


@pytest.mark.parametrize(
    ("country", "coordinates", "named"),
    [
        ("Malta", "[14.5146, 35.8989]", "Malta"),  # Valletta
        ("Malte", "[14.5146, 35.8989]", "Malte"),  # in French
        ("Bahrain", "[50.586, 26.2285]", "Bahrain"),  # Manama
        ("البحرين", "[50.586, 26.2285]", "البحرين"),  # in Arabic
        ("Cabo Verde", "[-23.5087, 14.9331]", "Cabo Verde"),  # Praia
        ("Grenada", "[-61.7486, 12.0561]", "Grenada"),  # St. George's
    ],
)
def test_coordinates_longitude_first_in_a_small_country_the_wide_maps_leave_out(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str, named: str
) -> None:
    # Natural Earth's 1:110m outlines have no Malta, Bahrain or Cabo Verde: a place there
    # written longitude first was not warned about. Their 1:50m outlines have them.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n",
    )
    lat, lon = coordinates.strip("[]").split(", ")
    assert warnings(project, capsys) == [
        f"content/story-a/locations/loc-a.yaml:3:1: warning: [{lat}, {lon}] is not in {named}, but "
        f"[{lon}, {lat}] is: coordinates are latitude first; swap them"
    ]


@pytest.mark.parametrize(
    ("country", "coordinates"),
    [
        ("Malta", "[35.8989, 14.5146]"),  # Valletta, on its harbour
        ("Malta", "[36.0443, 14.2512]"),  # Gozo's Dwejra, on its western cliffs
        ("Bahrain", "[26.2285, 50.586]"),  # Manama, on the coast
        ("Singapore", "[1.2644, 103.8222]"),  # Sentosa, an island off the island
        ("Spain", "[28.6518, -17.9441]"),  # Tazacorte, on La Palma's coast: no La Palma at 1:110m
        ("Cabo Verde", "[16.7333, -22.9333]"),  # Santa Maria, Sal
        ("United States", "[20.8893, -156.4729]"),  # Kahului, Maui
        # Baltim, on the Nile delta's coast: 1:110m's coast leaves it in the sea, and its
        # swapped point, by Cairo, is in Egypt: it was warned about, a correct coordinate.
        ("Egypt", "[31.5547, 31.0926]"),
        ("Turkey", "[41.1, 39.3]"),  # off Trabzon's coast, as a ship's position
        # The Gaza Strip: Palestine's at 1:50m; 1:110m has only the West Bank.
        ("Palestine", "[31.2969, 34.2455]"),  # Rafah
        ("Territoires palestiniens", "[31.3402, 34.3063]"),  # Khan Younis, as CLDR names it in French
        ("PS", "[31.3402, 34.3063]"),  # a code: no country's name, so no check
        ("Gaza Strip", "[31.5017, 34.4668]"),  # no country of the map: no check
    ],
)
def test_a_place_on_a_coast_or_an_island_is_not_said_to_be_swapped(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str
) -> None:
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n",
    )
    assert warnings(project, capsys) == []


def test_the_check_of_places_in_the_wide_maps_countries_decodes_nothing_finer() -> None:
    # In a fresh process, as `explainer check` starts: the seed's places, and the synthetic
    # benchmark's each with the country 1:110m puts it in, are checked and their countries
    # named in other languages from 1:110m's outlines and the packed 1:50m file's index,
    # none of whose countries is decoded (a millisecond's reading; decoding is not).
    script = textwrap.dedent(
        """
        from benchmarks.synthetic import generate
        from generator.cli import main
        from generator.content.lint.places import _swapped
        from generator.content.model import Location
        from generator.i18n.languages import written_in
        from generator.geometry import map_geometry
        from generator.render.environment import _country

        assert main(["check"]) == 0  # the seed, in content/
        named = 0
        for i, name, lat, lon in generate(3000).locations:
            for country in map_geometry.countries():
                if map_geometry.holds(country, lon, lat):
                    assert _swapped(Location(i, name, coordinates=(lat, lon), country=country.name)) is None
                    named += len({_country(written_in(tag), country.name) for tag in ("fr", "de", "ar")})
        print(named > 30, map_geometry._fine_country.cache_info().currsize)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["True", "0"]


def test_a_country_named_in_the_storys_language_is_read_in_it_alone(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # CLDR's names of the countries take a few milliseconds to read in one language and a
    # few hundred in all fifty: a French story's 'Malte' is read in French, where every
    # language's names were read for it (about half a second of each check).
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: fr\n")
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: La Valette\ncountry: Malte\ncoordinates: [14.5146, 35.8989]\n",
    )
    read_in: set[str] = set()

    def territory_name(language: languages.Language, code: str) -> str | None:
        read_in.add(language.tag)
        return real(language, code)

    real = languages.territory_name
    monkeypatch.setattr(languages, "territory_name", territory_name)
    places._countries_by_name.cache_clear()  # as a fresh check starts
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:3:1: warning: [14.5146, 35.8989] is not in Malte, but "
        "[35.8989, 14.5146] is: coordinates are latitude first; swap them"
    ]
    assert read_in == {"fr"}
    # A name the story's language does not give is still read in every language.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Valletta\ncountry: Malteža\ncoordinates: [14.5146, 35.8989]\n",
    )
    assert warnings(project, capsys) == []
    assert len(read_in) == len(languages.available())


@pytest.mark.parametrize(
    ("country", "coordinates", "message"),
    [
        # Madrid's coordinates, copied for a place in France.
        (
            "France",
            "[40.4168, -3.7038]",
            "is in Spain, not in France: check the coordinates, or the place's country",
        ),
        # Bogotá with its latitude's sign turned: in Peru.
        (
            "Colombia",
            "[-4.711, -74.0721]",
            "is in Peru, not in Colombia, but [4.711, -74.0721] is: check the coordinates' signs "
            "(south and west are negative)",
        ),
        # Kinshasa, written north of the equator.
        (
            "Dem. Rep. Congo",
            "[4.3217, 15.3126]",
            "is in Central African Rep., not in Dem. Rep. Congo, but [-4.3217, 15.3126] is: check the "
            "coordinates' signs (south and west are negative)",
        ),
        # Buenos Aires north of the equator: in the Atlantic, in no country.
        (
            "Argentina",
            "[34.6037, -58.3816]",
            "is at sea, not in Argentina, but [-34.6037, -58.3816] is: check the coordinates' signs "
            "(south and west are negative)",
        ),
        # Wellington with both signs turned: in the Pacific.
        (
            "New Zealand",
            "[41.2865, -174.7762]",
            "is at sea, not in New Zealand, but [-41.2865, 174.7762] is: check the coordinates' signs "
            "(south and west are negative)",
        ),
        # Mogadishu south of the equator, off its own coast.
        (
            "Somalia",
            "[-2.0469, 45.3182]",
            "is at sea, not in Somalia, but [2.0469, 45.3182] is: check the coordinates' signs "
            "(south and west are negative)",
        ),
        # A small country 1:110m leaves out: Tunis's coordinates for Valletta.
        (
            "Malta",
            "[36.8065, 10.1815]",
            "is in Tunisia, not in Malta: check the coordinates, or the place's country",
        ),
    ],
)
def test_coordinates_in_another_country(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str, message: str
) -> None:
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n",
    )
    assert warnings(project, capsys) == [
        f"content/story-a/locations/loc-a.yaml:3:1: warning: {coordinates} {message}"
    ]


def test_coordinates_in_another_country_name_it_in_the_storys_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: fr\n")
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Paris\ncountry: France\ncoordinates: [40.4168, -3.7038]\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:3:1: warning: [40.4168, -3.7038] is in Espagne, not in France: "
        "check the coordinates, or the place's country"
    ]


@pytest.mark.parametrize(
    ("country", "coordinates"),
    [
        ("Yemen", "[14.5, 41.5]"),  # a ship in the Red Sea: at sea, in no country
        ("Argentina", "[-56.0, -65.0]"),  # a ship in the Drake Passage
        ("Gabon", "[0.5, 8.5]"),  # a ship off Gabon, whose coast is near its sign turned too
        ("Australia", "[-10.4216, 105.6781]"),  # Flying Fish Cove, Christmas Island: off 1:50m's coast
        ("Australia", "[-12.1892, 96.8286]"),  # West Island, Cocos Islands: likewise
        ("Ecuador", "[-0.9538, -90.9656]"),  # Puerto Villamil, Galápagos
        ("Portugal", "[38.7223, -9.1393]"),  # Lisbon
        ("Chile", "[-33.0472, -71.6127]"),  # Valparaíso
        ("Norway", "[78.2232, 15.6267]"),  # Longyearbyen
        ("Fiji", "[-18.1416, 178.4419]"),  # Suva
        ("Kiribati", "[1.8721, -157.4278]"),  # London, Kiritimati
        ("France", "[43.3, -1.9]"),  # San Sebastián, some 15 km from France: near its border
        ("Spain", "[42.85, 1.35]"),  # in France, a few km from the Spanish border
        ("United Kingdom", "[36.14, -5.35]"),  # Gibraltar: in no country of 1:50m's
        ("Vatican", "[41.9029, 12.4534]"),  # a small country inside another
        ("Germany", "[40.4168, -3.7038]"),  # ... but said to have no position: not looked at
    ],
)
def test_a_place_near_its_country_at_sea_or_unmapped_is_not_said_to_be_elsewhere(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str
) -> None:
    unmapped = "unmapped: true\n" if country == "Germany" else ""
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n{unmapped}",
    )
    said = warnings(project, capsys)
    assert [w for w in said if "is in" in w] == []


@pytest.mark.parametrize(
    ("country", "coordinates"),
    [
        ("Ukraine", "[44.9521, 34.1024]"),  # Simferopol, which the maps draw in Russia
        ("Western Sahara", "[27.1536, -13.2033]"),  # Laayoune, in Morocco on the maps
        ("Serbia", "[42.6629, 21.1655]"),  # Pristina, in Kosovo on the maps
        ("China", "[25.033, 121.5654]"),  # Taipei
        ("Cyprus", "[35.1856, 33.3823]"),  # north Nicosia, in N. Cyprus on the maps
        ("Syria", "[33.1, 35.75]"),  # the Golan Heights, in Israel on the maps
        ("Argentina", "[-51.6938, -57.8572]"),  # Stanley, in the Falkland Is.
    ],
)
def test_a_place_in_a_disputed_area_may_name_either_country(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, coordinates: str
) -> None:
    project.write(
        "content/story-a/locations/loc-a.yaml",
        f"name: Place\ncountry: {country}\ncoordinates: {coordinates}\n",
    )
    assert [w for w in warnings(project, capsys) if "is in" in w] == []


def test_a_disputed_area_excuses_only_the_countries_that_claim_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Moscow said to be in Ukraine, and Simferopol said to be in France, are still mistakes.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Moscow\ncountry: Ukraine\ncoordinates: [55.7558, 37.6173]\n",
    )
    project.write(
        "content/story-a/locations/loc-b.yaml",
        "name: Simferopol\ncountry: France\ncoordinates: [44.9521, 34.1024]\n",
    )
    said = [w for w in warnings(project, capsys) if "is in" in w]
    assert said == [
        "content/story-a/locations/loc-a.yaml:3:1: warning: [55.7558, 37.6173] is in Russia, not in Ukraine: "
        "check the coordinates, or the place's country",
        "content/story-a/locations/loc-b.yaml:3:1: warning: [44.9521, 34.1024] is in Russia, not in France: "
        "check the coordinates, or the place's country",
    ]


@pytest.mark.parametrize(
    ("country", "said"),
    [
        # Shown to readers as typed, on the place's page and in its filter, without a word.
        ("Itly", "country 'Itly' is no country the maps name; did you mean 'Italy'?"),
        ("Phillipines", "country 'Phillipines' is no country the maps name; did you mean 'Philippines'?"),
        # A country the maps name, in any language shipped, and a region near none, are as written.
        ("Italy", None),
        ("Italia", None),
        ("Austria", None),
        ("Gaza Strip", None),
        ("Kurdistan", None),
    ],
)
def test_a_misspelt_country_is_told_the_one_meant(
    project: Project, capsys: pytest.CaptureFixture[str], country: str, said: str | None
) -> None:
    project.write(
        "content/story-a/locations/loc-a.yaml", f"name: A town\ncountry: {country}\nunmapped: true\n"
    )
    assert warnings(project, capsys) == (
        [f"content/story-a/locations/loc-a.yaml:2:10: warning: {said}"] if said else []
    )


def test_coordinates_suggested_keep_every_digit_written(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Wellington with both signs turned, to seven digits: the fix is copied as it is said.
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Place\ncountry: New Zealand\ncoordinates: [41.2865, -174.7762221]\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/locations/loc-a.yaml:3:1: warning: [41.2865, -174.7762221] is at sea, not in New "
        "Zealand, but [-41.2865, 174.7762221] is: check the coordinates' signs (south and west are negative)"
    ]
