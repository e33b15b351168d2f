"""The clock a language suggests for a new site's ``time_zone``, from CLDR (through
Babel): the territory the language is most likely written in (its tag's own region,
else CLDR's likely subtags) and that territory's zones in the time zone database.

Only a language on one clock gives a zone: German suggests ``Europe/Berlin`` (its six
countries keep Central European time) and ``fr-FR`` ``Europe/Paris``, but English (the
United States' many clocks), Spanish (Spain's Canary Islands an hour behind), Russian,
French and Arabic (official from Canada to the Gulf) give none, and the editor is told
to choose. Their example is the zone most people keep in that territory (``main_zone``:
Brazil's São Paulo, the United States' New York), which a tag that names its country
('pt-BR') is given, to change where the newsroom keeps another."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.languages import get_official_languages

from generator.content.dates import zone_known
from generator.i18n import languages

MOST_POPULOUS_CLOCK = {
    "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "CA": "America/Toronto",
    "CD": "Africa/Kinshasa", "CL": "America/Santiago", "CN": "Asia/Shanghai",
    "EC": "America/Guayaquil", "ES": "Europe/Madrid", "FM": "Pacific/Chuuk",
    "GL": "America/Nuuk", "ID": "Asia/Jakarta", "KI": "Pacific/Tarawa",
    "MN": "Asia/Ulaanbaatar", "MX": "America/Mexico_City", "NZ": "Pacific/Auckland",
    "PF": "Pacific/Tahiti", "PG": "Pacific/Port_Moresby", "PT": "Europe/Lisbon",
    "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "US": "America/New_York",
}  # fmt: skip
"""The zone most people of a country on more than one clock live on, for each such country
CLDR lists (Babel's ``territory_zones`` and ``meta_zones``; Antarctica and the United
States' empty islands aside): Brasília time (America/Sao_Paulo) from São Paulo to Bahia,
the United States' Eastern time, Mexico's Central time, Canada's Eastern (Ontario and
Quebec), Russia's Moscow time; for the Democratic Republic of the Congo, whose western and
eastern halves are close in numbers, its capital's (Kinshasa). Babel gives no such
choice (CLDR's ``primaryZones`` name one zone of a clock, for a few countries only), and
counting a country's zones names the clock of most database entries, not of most people
(Canada's Mountain time, Russia's Krasnoyarsk).
A test keeps it whole against Babel's data."""


class Clocks(NamedTuple):
    """The zones of the territory a language is most likely written in."""

    territory: str
    """The territory's name in English ('Spain')."""
    zones: tuple[str, ...]
    """Its zones as the time zone database names them, sorted."""


def _territory(tag: str) -> str | None:
    """The region of ``tag`` ('fr-CA': 'CA'), else the one CLDR's likely subtags give its
    language and script ('fr': 'FR', 'zh-Hant': 'TW'); None for a tag Babel cannot read."""
    locale = _locale(tag)
    if locale is None:
        return None
    if locale.territory:
        return locale.territory
    region = languages.likely(locale.language, locale.script)[1]
    return region if region and (region.isupper() or region.isdigit()) else None


def _locale(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag, sep="-" if "-" in tag else "_")
    except (UnknownLocaleError, ValueError):
        return None


def _one_clock_where_official(language: str) -> bool:
    """Whether every territory where ``language`` is official (in law or in fact, as
    CLDR has it) keeps one clock (one metazone): German's six do, French's 44 (Canada,
    Senegal ...) and Arabic's 26 (Morocco, Egypt, the Gulf) do not, and a French or
    Arabic newsroom is not given Paris's or Cairo's clock unasked."""
    territories: Mapping[str, object] = get_global("territory_languages")
    metazones: Mapping[str, str] = get_global("meta_zones")
    zones_of: Mapping[str, list[str]] = get_global("territory_zones")
    clocks = {
        metazones.get(zone, zone)
        for territory in territories
        if any(code.split("_")[0] == language for code in get_official_languages(territory, de_facto=True))
        for zone in zones_of.get(territory, [])
    }
    return len(clocks) <= 1


def clocks_of(tag: str) -> Clocks | None:
    """The zones of the territory ``tag`` is most likely written in; None when CLDR knows
    no such territory or none of its zones."""
    territory = _territory(tag)
    if territory is None:
        return None
    listed: list[str] = get_global("territory_zones").get(territory, [])
    zones = tuple(sorted(zone for zone in listed if zone_known(zone)))
    if not zones:
        return None
    return Clocks(Locale("en").territories.get(territory, territory), zones)


@functools.cache
def _windows_zones() -> frozenset[str]:
    """The zones CLDR maps Windows' clocks to: one for each clock, the one its main
    place keeps ('Europe/Berlin', not 'Europe/Busingen', a German town on Swiss time)."""
    return frozenset(get_global("windows_zone_mapping").values())


@functools.cache  # asked by check's note at every lint, the preview's after every save
def zone_for(tag: str) -> str | None:
    """The one zone of the territory ``tag`` is most likely written in ('fr':
    'Europe/Paris'); None when that territory has more than one clock ('en', 'es', 'ru')
    or is unknown. Zones of one CLDR metazone (one clock, as Germany's two) count as one
    where CLDR names which of them is the clock's main zone."""
    clocks = clocks_of(tag)
    locale = _locale(tag)
    if clocks is None or locale is None:
        return None
    if not locale.territory and not _one_clock_where_official(locale.language):
        return None  # the language alone does not say which country's clock
    if len(clocks.zones) == 1:
        return clocks.zones[0]
    return _main_of_one_clock(clocks.zones)


def _main_of_one_clock(zones: tuple[str, ...]) -> str | None:
    """The main zone of ``zones`` where they keep one clock (one CLDR metazone) and CLDR
    names which of them is its main zone (Germany's Berlin, not Büsingen); else None."""
    metazones: Mapping[str, str] = get_global("meta_zones")
    if len({metazones.get(zone) for zone in zones}) != 1:
        return None
    main = [zone for zone in zones if zone in _windows_zones()]
    return main[0] if len(main) == 1 else None


def main_zone(tag: str) -> str | None:
    """The zone most people keep in the territory ``tag`` is most likely written in (its
    own region, else CLDR's likely one: 'pt' is Brazil's, 'es' Spain's): its one clock
    (``zone_for``, or its only zone), else its most populous (``MOST_POPULOUS_CLOCK``:
    'pt-BR' America/Sao_Paulo, 'en-US' America/New_York); None for a territory unknown or
    not listed. An example to write, not the editor's clock: many in that country keep
    another, and an editor in Manaus must change it."""
    clocks = clocks_of(tag)
    if clocks is None:
        return None
    if len(clocks.zones) == 1:
        return clocks.zones[0]
    if (zone := MOST_POPULOUS_CLOCK.get(_territory(tag) or "")) is not None and zone in clocks.zones:
        return zone
    return _main_of_one_clock(clocks.zones)


def names_territory(tag: str) -> bool:
    """Whether ``tag`` names its country ('pt-BR', 'fr-CA'), as 'pt' and 'zh-Hant' do not."""
    locale = _locale(tag)
    return locale is not None and locale.territory is not None


def clock_count(zones: tuple[str, ...]) -> int:
    """How many clocks ``zones`` keep: their CLDR metazones (Brazil's 16 zones keep 4)."""
    metazones: Mapping[str, str] = get_global("meta_zones")
    return len({metazones.get(zone, zone) for zone in zones})
