"""The clock a language suggests for a new site (``generator/i18n/zones.py``)."""

from __future__ import annotations

import pytest

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
