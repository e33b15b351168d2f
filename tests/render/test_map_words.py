"""Tests of map_words.py: a map's words in its page's language."""

from __future__ import annotations

import pytest

from generator.geometry import map_geometry
from generator.i18n.languages import written_in
from generator.render.map_words import close_up_text, map_country_name


@pytest.mark.parametrize(
    ("name", "english", "french"),
    [
        ("Somaliland", "Somaliland", ""),
        ("Siachen Glacier", "Siachen Glacier", ""),
        ("N. Cyprus", "N. Cyprus", ""),
        ("Indian Ocean Ter.", "Indian Ocean Ter.", "Île Christmas et Îles Cocos"),  # CLDR names its two parts
        ("Kosovo", "Kosovo", "Kosovo"),
        ("Somalia", "Somalia", "Somalie"),
    ],
)
def test_a_maps_country_is_named_in_the_pages_language_or_not_at_all(
    name: str, english: str, french: str
) -> None:
    [country] = [c for c in map_geometry.fine_countries() if c.name == name]
    assert map_country_name(written_in("en"), country) == english
    assert map_country_name(written_in("fr"), country) == french


@pytest.mark.parametrize(
    ("tag", "caption", "two_km", "names"),
    [
        ("en", "Close-up", "2 km", "Achrafieh, Hamra and Gemmayzeh"),  # the pages' English: en_001
        ("fr", "Gros plan", "2\u202fkm", "Achrafieh, Hamra et Gemmayzeh"),
    ],
)
def test_a_close_ups_caption_scale_and_names_are_in_the_pages_language(
    tag: str, caption: str, two_km: str, names: str
) -> None:
    text = close_up_text(tag)
    assert text.caption == caption and text.length(2000) == two_km
    assert text.names(["Achrafieh", "Hamra", "Gemmayzeh"]) == names
