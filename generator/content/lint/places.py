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
    swapped = _swapped(location, language)
    if swapped is not None:
        found.append(warning(at(file, "coordinates"), swapped))
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

    from generator.render import map_geometry

    english = {_name_key(n): n for n, _ in map_geometry.names_and_codes()}
    close = get_close_matches(_name_key(written.strip()), list(english), n=1, cutoff=_CLOSE_COUNTRY)
    if not close:
        return None
    return f"country '{written.strip()}' is no country the maps name; did you mean '{english[close[0]]}'?"


_CLOSE_COUNTRY = 0.85
"""How alike a name must be to a country's (difflib's ratio) to be taken for it misspelt:
'Itly' and 'Italy' are 0.89, 'Phillipines' and 'Philippines' 0.91; 'Niger' and 'Nigeria'
(two countries) 0.83, 'Iran' and 'Iraq' 0.75."""


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
    from generator.render import map_geometry  # the map's outlines: loaded once, shared with the maps drawn

    lat, lon = location.coordinates
    for country, name in _countries_named(location.country, language):
        if map_geometry.in_coarse_outline(country, lon, lat):
            continue
        # The swapped point first: it is seldom near the country, and then the place's
        # own coast need not be decoded.
        if map_geometry.in_or_near(country, lat, lon) and not map_geometry.in_or_near(country, lon, lat):
            return (
                f"[{lat:g}, {lon:g}] is not in {name}, but [{lon:g}, {lat:g}] is: coordinates "
                "are latitude first; swap them"
            )
    return None


def _countries_named(written: str, language: str | None = None) -> list[tuple[str, str]]:
    """The bundled maps' countries that ``written`` names, by Natural Earth's English
    name, each with the name a message gives it: Natural Earth's when ``written`` is
    that but for case (as this check has always named it), else ``written`` itself
    ('Perú', 'ليبيا', '秘鲁'). A name is read in ``language`` (the story's, a tag) first:
    CLDR's names in one language take a few milliseconds to read, in every shipped one
    a few hundred."""
    from generator.render import map_geometry

    english = [n for n, _ in map_geometry.names_and_codes() if n.casefold() == written.strip().casefold()]
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
def _countries_by_name(tags: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The English name (Natural Earth's) of the countries each name names, as
    ``_name_key`` gives it: Natural Earth's English one and CLDR's in each language of
    ``tags`` (of those shipped), the names its maps show (``territory_name``). Built on
    the first place with a country not named in English."""
    from generator.render import map_geometry

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
