"""A location file's own warnings: a place that cannot be mapped (no coordinates, and not
said to be ``unmapped``), one with coordinates that says it is unmapped, coordinates
that look written longitude first (the point outside the place's ``country`` and the
swapped one inside it, the country named in English or in a language the project
ships), and its text's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.lint.titles import name_shows_nothing
from generator.content.lint.where import at, warning
from generator.content.lint.writing import text_warnings
from generator.content.model import Location
from generator.errors import Problem
from generator.i18n import languages

if TYPE_CHECKING:
    from generator.render import map_geometry


def location_warnings(file: ContentFile, location: Location) -> list[Problem]:
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
    swapped = _swapped(location)
    if swapped is not None:
        found.append(warning(at(file, "coordinates"), swapped))
    return found + text_warnings(file, schema.LOCATION)


def _swapped(location: Location) -> str | None:
    """Why the coordinates look written longitude first (a common slip: maps' addresses
    and GeoJSON put it first), when the place's ``country`` says so: the point is outside
    that country and the swapped one inside it. Countries are named as the bundled map
    names them in English, or as CLDR does in any language the project ships."""
    if location.coordinates is None or not location.country:
        return None
    from generator.render import map_geometry  # the map's outlines: loaded once, shared with the maps drawn

    lat, lon = location.coordinates
    for country, name in _countries_named(location.country):
        if not map_geometry.holds(country, lon, lat) and map_geometry.holds(country, lat, lon):
            return (
                f"[{lat:g}, {lon:g}] is not in {name}, but [{lon:g}, {lat:g}] is: coordinates "
                "are latitude first; swap them"
            )
    return None


def _countries_named(written: str) -> list[tuple[map_geometry.Country, str]]:
    """The bundled map's countries that ``written`` names, each with the name a message
    gives it: Natural Earth's English name when ``written`` is that but for case (as this
    check has always named it), else ``written`` itself ('Perú', 'ليبيا', '秘鲁')."""
    from generator.render import map_geometry

    english = [c for c in map_geometry.countries() if c.name.casefold() == written.strip().casefold()]
    if english:
        return [(c, c.name) for c in english]
    by_name = _countries_by_name()
    # 'The Netherlands', 'the United States': English names a country with its article too.
    bare = re.sub(r"(?i)^the\s+", "", written.strip())
    return [(c, written.strip()) for c in by_name.get(_name_key(written), by_name.get(_name_key(bare), ()))]


@cache
def _countries_by_name() -> dict[str, tuple[map_geometry.Country, ...]]:
    """Every name of each country of the bundled map, as ``_name_key`` gives it: Natural
    Earth's English one and CLDR's in each shipped language, the names its maps show
    (``territory_name``). Built on the first place with a country not named in English."""
    from generator.render import map_geometry

    shipped = [lang for name in languages.available() if (lang := languages.resolve(name)) is not None]
    found: dict[str, dict[str, map_geometry.Country]] = defaultdict(dict)
    for country in map_geometry.countries():
        names = [country.name, *(languages.territory_name(lang, country.code) for lang in shipped)]
        for name in names:
            if name:
                found[_name_key(name)][country.name] = country
    return {key: tuple(countries.values()) for key, countries in found.items()}


def _name_key(name: str) -> str:
    """A country's name as names are compared: case and accents set aside, and either
    apostrophe ("Côte d'Ivoire" as typed, CLDR's 'Côte d’Ivoire')."""
    return languages.folded(name).replace("\u2019", "'")
