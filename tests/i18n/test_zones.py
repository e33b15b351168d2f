"""The clock a language suggests for a new site (``generator/i18n/zones.py``)."""

from __future__ import annotations

import pytest

from generator.i18n import zones


@pytest.mark.parametrize(
    ("tag", "zone"),
    [
        ("fr", "Europe/Paris"),
        ("bg", "Europe/Sofia"),
        ("hy", "Asia/Yerevan"),
        ("zh-Hant", "Asia/Taipei"),  # its script's territory, not Chinese's
        ("en-GB", "Europe/London"),  # the tag's own region
        ("no", "Europe/Oslo"),
        ("de", "Europe/Berlin"),  # Büsingen's zone is Germany's too, on the same clock
    ],
)
def test_a_language_whose_territory_keeps_one_clock_gives_its_zone(tag: str, zone: str) -> None:
    assert zones.zone_for(tag) == zone


@pytest.mark.parametrize("tag", ["en", "es", "ru", "pt", "fr-CA", "uk", "id", "xx", "en-ZZ"])
def test_a_language_of_several_clocks_or_of_none_known_gives_none(tag: str) -> None:
    assert zones.zone_for(tag) is None


def test_the_zones_to_choose_from_are_the_territorys_as_the_database_names_them() -> None:
    assert zones.clocks_of("es") == zones.Clocks(
        "Spain", ("Africa/Ceuta", "Atlantic/Canary", "Europe/Madrid")
    )
    us = zones.clocks_of("en")
    assert us is not None and us.territory == "United States" and "America/New_York" in us.zones
    assert zones.clocks_of("xx") is None
