"""The clock a language suggests for a new site (``generator/i18n/zones.py``)."""

from __future__ import annotations

import pytest
from babel.core import get_global

from generator.content.dates import zone_known
from generator.i18n import zones


@pytest.mark.parametrize(
    ("tag", "zone"),
    [
        ("fr-FR", "Europe/Paris"),  # the tag's own region
        ("bg", "Europe/Sofia"),
        ("hy", "Asia/Yerevan"),
        ("ja", "Asia/Tokyo"),
        ("it", "Europe/Rome"),  # official in Switzerland, San Marino and the Vatican too: one clock
        ("zh-TW", "Asia/Taipei"),
        ("en-GB", "Europe/London"),
        ("no", "Europe/Oslo"),
        ("de", "Europe/Berlin"),  # Büsingen's zone is Germany's too, on the same clock
    ],
)
def test_a_language_whose_territory_keeps_one_clock_gives_its_zone(tag: str, zone: str) -> None:
    assert zones.zone_for(tag) == zone


# French, Arabic, Dutch, Chinese in either script: official in countries on other clocks
# than their likeliest country's (Canada, the Gulf, Suriname, Hong Kong).
@pytest.mark.parametrize(
    "tag", ["en", "es", "ru", "pt", "fr", "ar", "nl", "zh", "zh-Hant", "fr-CA", "uk", "id", "xx", "en-ZZ"]
)
def test_a_language_of_several_clocks_or_of_none_known_gives_none(tag: str) -> None:
    assert zones.zone_for(tag) is None


def test_the_zones_to_choose_from_are_the_territorys_as_the_database_names_them() -> None:
    assert zones.clocks_of("es") == zones.Clocks(
        "Spain", ("Africa/Ceuta", "Atlantic/Canary", "Europe/Madrid")
    )
    us = zones.clocks_of("en")
    assert us is not None and us.territory == "United States" and "America/New_York" in us.zones
    assert zones.clocks_of("xx") is None


@pytest.mark.parametrize(
    ("tag", "zone"),
    [
        ("pt-BR", "America/Sao_Paulo"),  # was Paris's, as every example
        ("pt", "America/Sao_Paulo"),  # CLDR's likely subtags: pt-Latn-BR
        ("pt-PT", "Europe/Lisbon"),
        ("en-US", "America/New_York"),
        ("en", "America/New_York"),
        ("es-MX", "America/Mexico_City"),
        ("es", "Europe/Madrid"),
        ("fr-CA", "America/Toronto"),
        ("fr", "Europe/Paris"),
        ("en-GB", "Europe/London"),
        ("de-AT", "Europe/Vienna"),
        ("de", "Europe/Berlin"),
        ("ru", "Europe/Moscow"),
        ("ar", "Africa/Cairo"),
        ("zh-Hant", "Asia/Taipei"),
        ("ja", "Asia/Tokyo"),
    ],
)
def test_the_example_zone_is_the_one_most_keep_in_the_likeliest_country(tag: str, zone: str) -> None:
    assert zones.main_zone(tag) == zone


def test_no_example_zone_for_a_language_of_no_country_known() -> None:
    assert zones.main_zone("xx") is None


def test_every_country_of_several_clocks_has_its_most_populous_listed() -> None:
    # Where Babel's CLDR data splits a country's clocks anew, the table says which most keep.
    several = {
        territory
        for territory, listed in get_global("territory_zones").items()
        if zones.clock_count(tuple(z for z in listed if zone_known(z))) > 1
    } - {"001", "ZZ", "AQ", "UM"}  # no country; Antarctica's bases, the United States' empty islands
    assert several == set(zones.MOST_POPULOUS_CLOCK)
    for territory, zone in zones.MOST_POPULOUS_CLOCK.items():
        assert zone in get_global("territory_zones")[territory] and zone_known(zone)


def test_a_tag_names_its_country_or_not() -> None:
    assert zones.names_territory("pt-BR") and not zones.names_territory("pt")
    assert not zones.names_territory("zh-Hant") and not zones.names_territory("xx")
