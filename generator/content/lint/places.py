"""A location file's own warnings: a place that cannot be mapped (no coordinates, and not
said to be ``unmapped``), one with coordinates that says it is unmapped, coordinates
that look written longitude first (the point outside the place's ``country`` and the
swapped one inside it, the country named in English or in a language the project
ships), coordinates in another country than the one it names, and its text's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.lint.titles import name_shows_nothing
from generator.content.lint.where import at, warning
from generator.content.lint.writing import text_warnings
from generator.content.model import Location
from generator.errors import Problem
from generator.i18n import languages


def location_warnings(file: ContentFile, location: Location, language: str | None = None) -> list[Problem]:
    """The place's own warnings; ``language``, its story's pages' (a tag), is the one its
    ``country`` is first read in."""
    found = name_shows_nothing(file, "place's")
    if location.coordinates is None and not location.unmapped:
        found.append(
            warning(
                at(file, "name"),
                f"location '{location.id}' has no coordinates, so it cannot be mapped; add them, or "
                "'unmapped: true' if it has no position to give",
            )
        )
    elif location.coordinates is not None and location.unmapped:
        found.append(
            warning(at(file, "unmapped"), f"location '{location.id}' has coordinates and 'unmapped: true'")
        )
    misplaced = _swapped(location, language) or _elsewhere(location, language)
    if misplaced is not None:
        found.append(warning(at(file, "coordinates"), misplaced))
    misspelt = _misspelt_country(location.country, language)
    if misspelt is not None:
        found.append(warning(at(file, "country"), misspelt))
    return found + text_warnings(file, schema.LOCATION)


def _misspelt_country(written: str | None, language: str | None) -> str | None:
    """What to say of a ``country`` no map names but one it names closely ('Itly' for
    'Italy', 'Phillipines'): readers read it on the place's page and in its filter as
    typed, and the map cannot tell swapped coordinates by it. A name not close to any
    (a region, 'Gaza Strip', 'Kurdistan') is left as the editor wrote it."""
    if not written or not written.strip() or _countries_named(written, language):
        return None
    from difflib import get_close_matches

    english = _english_by_key()
    close = get_close_matches(_name_key(written.strip()), list(english), n=1, cutoff=_CLOSE_COUNTRY)
    if not close:
        return None
    return f"country '{written.strip()}' is no country the maps name; did you mean '{english[close[0]]}'?"


_CLOSE_COUNTRY = 0.85
"""How alike a name must be to a country's (difflib's ratio) to be taken for it misspelt:
'Itly' and 'Italy' are 0.89, 'Phillipines' and 'Philippines' 0.91; 'Niger' and 'Nigeria'
(two countries) 0.83, 'Iran' and 'Iraq' 0.75."""


def _point(lat: float, lon: float) -> str:
    """'[lat, lon]' with every digit as written: the editor copies the fix suggested
    ('{:g}' kept six digits: Wellington's 174.7762221 became 174.776)."""
    return "[" + ", ".join(repr(float(x)).removesuffix(".0") for x in (lat, lon)) + "]"


def _swapped(location: Location, language: str | None = None) -> str | None:
    """Why the coordinates look written longitude first (a common slip: maps' addresses
    and GeoJSON put it first), when the place's ``country`` says so: the point is not in
    that country nor near it (``map_geometry.in_or_near``), and the swapped one is.
    Countries are named as the bundled maps name them in English, or as CLDR does in any
    language the project ships; the small ones 1:110m leaves out (Malta, Bahrain) too.
    A place 1:110m's outline holds is never looked at more closely, so that a site
    whose places are all in it decodes nothing of 1:50m; one just outside it (a harbour,
    an island 1:110m has not) is measured against 1:50m's outline, which takes a coast
    or an island a place is on as holding it."""
    if location.coordinates is None or not location.country:
        return None
    from generator.geometry import map_geometry  # the map's outlines: loaded once, shared with the maps drawn

    lat, lon = location.coordinates
    for country, name in _countries_named(location.country, language):
        if map_geometry.in_coarse_outline(country, lon, lat):
            continue
        # The swapped point first: it is seldom near the country, and then the place's
        # own coast need not be decoded.
        if map_geometry.in_or_near(country, lat, lon) and not map_geometry.in_or_near(country, lon, lat):
            return (
                f"{_point(lat, lon)} is not in {name}, but {_point(lon, lat)} is: coordinates "
                "are latitude first; swap them"
            )
    return None


def _elsewhere(location: Location, language: str | None = None) -> str | None:
    """Why the coordinates look mistaken, when they are not in the place's ``country``
    nor near it (``map_geometry.in_or_near``: a coast, a border) but in another country
    (``map_geometry.country_at``, at 1:50m), named in the story's ``language``: a city's
    coordinates copied for another's, or a sign dropped. A sign turned that puts the
    place in its country is suggested. A place at sea, or on land the maps leave out, is
    warned about only when a sign turned puts it in its country (Buenos Aires' [34.6,
    -58.4] is in the Atlantic): a ship's position, or an islet's, gives its country's
    name."""
    if location.coordinates is None or not location.country or location.unmapped:
        return None
    from generator.geometry import map_geometry

    lat, lon = location.coordinates
    named = _countries_named(location.country, language)
    if not named or any(map_geometry.in_or_near(country, lon, lat) for country, _ in named):
        return None
    holder = map_geometry.country_at(lon, lat)
    if holder is not None and _disputed(lat, lon, holder[0], named):
        return None
    where = "at sea" if holder is None else f"in {_in_language(*holder, language)}"
    said = f"{_point(lat, lon)} is {where}, not in {named[0][1]}"
    turned = _sign_turned_into(lat, lon, named, on_land=holder is None)
    if turned is not None:
        return f"{said}, but {turned} is: check the coordinates' signs (south and west are negative)"
    # At sea with no sign that puts it in its country: a ship's position, or an islet
    # the maps leave out, named by its country.
    return None if holder is None else f"{said}: check the coordinates, or the place's country"


def _sign_turned_into(lat: float, lon: float, named: list[tuple[str, str]], *, on_land: bool) -> str | None:
    """The coordinates, as '[lat, lon]', with a sign turned (the latitude's, the
    longitude's or both) that are in or near a country of ``named`` (``on_land``: in
    it, on its land); None if none are. A dropped minus sign moves a place to the other
    side of the equator or of Greenwich: into another country, or (Buenos Aires' [34.6,
    -58.4]) into the sea. A point at sea is asked for land: one off a coast by the
    equator ([0.5, 8.5], off Gabon) is near that coast with its sign turned too."""
    from generator.geometry import map_geometry

    def holds(other_lat: float, other_lon: float) -> bool:
        near = [country for country, _ in named if map_geometry.in_or_near(country, other_lon, other_lat)]
        if not on_land or not near:  # the land asked for once near: seldom, and it decodes
            return bool(near)
        held = map_geometry.country_at(other_lon, other_lat)
        return any(
            map_geometry.in_coarse_outline(country, other_lon, other_lat) or (held and held[0] == country)
            for country in near
        )

    for other_lat, other_lon in ((lat, -lon), (-lat, lon), (-lat, -lon)):
        if (other_lat, other_lon) != (lat, lon) and holds(other_lat, other_lon):
            return _point(other_lat, other_lon)
    return None


# Areas whose country is disputed, or held by another than the one most of the world
# names: the maps draw Natural Earth's lines of control (Simferopol in Russia, Laayoune in
# Morocco, Taipei in Taiwan), and a newsroom names such a place as its style book says
# (Crimea, Ukraine; Laayoune, Western Sahara; Taipei, China). ``check --strict``, the
# publishing workflows' check, must not refuse either. Each is a box (south, west,
# north, east) with the countries of the maps a place in it may be said to be in.
_DISPUTED: tuple[tuple[tuple[float, float, float, float], frozenset[str]], ...] = (
    ((44.3, 32.4, 46.3, 36.7), frozenset({"Ukraine", "Russia"})),  # Crimea
    ((47.0, 37.5, 50.1, 40.3), frozenset({"Ukraine", "Russia"})),  # Donetsk and Luhansk
    ((20.7, -17.2, 27.8, -8.6), frozenset({"W. Sahara", "Morocco"})),
    ((41.8, 20.0, 43.3, 21.8), frozenset({"Kosovo", "Serbia"})),
    ((34.9, 32.2, 35.8, 34.7), frozenset({"Cyprus", "N. Cyprus", "Turkey"})),
    ((7.9, 42.6, 11.5, 49.0), frozenset({"Somalia", "Somaliland"})),
    ((21.8, 119.3, 26.4, 122.1), frozenset({"Taiwan", "China"})),
    ((29.4, 34.2, 33.4, 35.9), frozenset({"Israel", "Palestine"})),
    ((32.6, 35.6, 33.4, 35.9), frozenset({"Israel", "Syria"})),  # the Golan Heights
    ((32.2, 72.5, 37.1, 80.5), frozenset({"India", "Pakistan", "China", "Siachen Glacier"})),  # Kashmir
    ((42.0, 40.0, 43.6, 44.6), frozenset({"Georgia", "Russia"})),  # Abkhazia, South Ossetia
    ((39.3, 46.0, 40.4, 47.2), frozenset({"Azerbaijan", "Armenia"})),  # Karabakh
    ((-52.5, -61.5, -50.9, -57.5), frozenset({"Falkland Is.", "Argentina", "United Kingdom"})),
)


def _disputed(lat: float, lon: float, holder: str, named: list[tuple[str, str]]) -> bool:
    """Whether the point is in a disputed area (``_DISPUTED``) that the maps give to
    ``holder`` and the place's ``country`` (``named``) may name too."""
    return any(
        south <= lat <= north
        and west <= lon <= east
        and holder in claimed
        and any(n in claimed for n, _ in named)
        for (south, west, north, east), claimed in _DISPUTED
    )


def _in_language(english: str, code: str, language: str | None) -> str:
    """A country of the maps (its English name, Natural Earth's, and its code) as the
    story's maps name it: as CLDR does in ``language`` (a tag), or in English, or without
    a name of CLDR's, as Natural Earth does."""
    lang = languages.resolve(language) if language else None
    if lang is None or lang.catalog == languages.ENGLISH or not code:
        return english
    return languages.territory_name(lang, code) or english


def _countries_named(written: str, language: str | None = None) -> list[tuple[str, str]]:
    """The bundled maps' countries that ``written`` names, by Natural Earth's English
    name, each with the name a message gives it: Natural Earth's when ``written`` is
    that but for case (as this check has always named it), else ``written`` itself
    ('Perú', 'ليبيا', '秘鲁'). A name is read in ``language`` (the story's, a tag) first:
    CLDR's names in one language take a few milliseconds to read, in every shipped one
    a few hundred."""
    english = _english_names().get(written.strip().casefold())
    if english:
        return [(n, n) for n in english]
    # 'The Netherlands', 'the United States': English names a country with its article too.
    keys = (_name_key(written), _name_key(re.sub(r"(?i)^the\s+", "", written.strip())))
    first = _countries_by_name((language,)) if language else {}
    named = next((first[key] for key in keys if key in first), None)
    if named is None:
        every = _countries_by_name(tuple(languages.available()))
        named = every.get(keys[0], every.get(keys[1], ()))
    return [(n, written.strip()) for n in named]


@cache
def _english_names() -> dict[str, tuple[str, ...]]:
    """The bundled maps' countries by their English name (Natural Earth's) in lower case,
    made once: each place's ``country`` was compared with all 241 names."""
    from generator.geometry import map_geometry

    found: dict[str, tuple[str, ...]] = {}
    for name, _ in map_geometry.names_and_codes():
        found[name.casefold()] = (*found.get(name.casefold(), ()), name)
    return found


@cache
def _english_by_key() -> dict[str, str]:
    """The bundled maps' countries' English names (Natural Earth's) by ``_name_key``,
    which a misspelt ``country`` is matched against (``_misspelt_country``), made once."""
    from generator.geometry import map_geometry

    return {_name_key(n): n for n, _ in map_geometry.names_and_codes()}


@cache
def _countries_by_name(tags: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The English name (Natural Earth's) of the countries each name names, as
    ``_name_key`` gives it: Natural Earth's English one and CLDR's in each language of
    ``tags`` (of those shipped), the names its maps show (``territory_name``). Built on
    the first place with a country not named in English."""
    from generator.geometry import map_geometry

    shipped = [lang for name in tags if (lang := languages.resolve(name)) is not None]
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for country, code in map_geometry.names_and_codes():
        names = [country, *(languages.territory_name(lang, code) for lang in shipped)]
        for name in names:
            if name:
                found[_name_key(name)][country] = None
    return {key: tuple(countries) for key, countries in found.items()}


def _name_key(name: str) -> str:
    """A country's name as names are compared: case and accents set aside, and either
    apostrophe ("Côte d'Ivoire" as typed, CLDR's 'Côte d’Ivoire')."""
    return languages.folded(name).replace("\u2019", "'")
