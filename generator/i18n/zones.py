"""The clock a language suggests for a new site's ``time_zone``, from CLDR (through
Babel): the territory the language is most likely written in (its tag's own region,
else CLDR's likely subtags) and that territory's zones in the time zone database.

Only a territory on one clock gives a zone: French suggests ``Europe/Paris``, but English
(the United States' many clocks), Spanish (Spain's Canary Islands an hour behind) or
Russian give none, and the editor is told to choose."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from generator.content.dates import zone_known


class Clocks(NamedTuple):
    """The zones of the territory a language is most likely written in."""

    territory: str
    """The territory's name in English ('Spain')."""
    zones: tuple[str, ...]
    """Its zones as the time zone database names them, sorted."""


def _territory(tag: str) -> str | None:
    """The region of ``tag`` ('fr-CA': 'CA'), else the one CLDR's likely subtags give its
    language and script ('fr': 'FR', 'zh-Hant': 'TW'); None for a tag Babel cannot read."""
    try:
        locale = Locale.parse(tag, sep="-" if "-" in tag else "_")
    except (UnknownLocaleError, ValueError):
        return None
    if locale.territory:
        return locale.territory
    likely: Mapping[str, str] = get_global("likely_subtags")
    key = f"{locale.language}_{locale.script}" if locale.script else locale.language
    full = likely.get(key) or likely.get(locale.language)
    # 'fr_Latn_FR': the region is the last part, written as CLDR writes regions.
    region = full.rsplit("_", 1)[-1] if full else ""
    return region if region.isupper() or region.isdigit() else None


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


def zone_for(tag: str) -> str | None:
    """The one zone of the territory ``tag`` is most likely written in ('fr':
    'Europe/Paris'); None when that territory has more than one clock ('en', 'es', 'ru')
    or is unknown. Zones of one CLDR metazone (one clock, as Germany's two) count as one
    where CLDR names which of them is the clock's main zone."""
    clocks = clocks_of(tag)
    if clocks is None:
        return None
    if len(clocks.zones) == 1:
        return clocks.zones[0]
    metazones: Mapping[str, str] = get_global("meta_zones")
    if len({metazones.get(zone) for zone in clocks.zones}) != 1:
        return None
    main = [zone for zone in clocks.zones if zone in _windows_zones()]
    return main[0] if len(main) == 1 else None
