"""The words of a locator map in a page's language: the countries' names, and the
close-up's caption, scale and list of places. ``maps.py`` draws a map in any language
it is given these for; the renderer gives them (``SiteRenderer.locator_map``)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from babel.lists import format_list

from generator.geometry.map_geometry import Country
from generator.i18n.catalogs import translations
from generator.i18n.languages import ENGLISH, Language, territory_name, written_in
from generator.render import maps


def map_country_name(lang: Language, country: Country) -> str:
    """A country's name on a map of a page in ``lang``: on an English page Natural
    Earth's, as the maps have always shown them; on another, CLDR's in its language, or
    '' (unnamed) for an area CLDR has no name for ('Somaliland', 'Siachen Glacier', 'N.
    Cyprus'), whose English name was the one word of English on maps of pages in every
    other language."""
    if lang.catalog == ENGLISH:
        return country.name
    return territory_name(lang, country.code) or ""


@functools.cache
def close_up_text(tag: str) -> maps.CloseUpText:
    """The words of a map's close-up (``maps.CloseUpText``) on a page in the language
    ``tag``: its caption from the catalog, its scale bar's length in CLDR's short unit
    ('500 m', '2 km'; Arabic's 'كم', Persian's 'کیلومتر') in the digits of the page's
    dates, and its places' names listed as the language lists them."""
    lang = written_in(tag)
    catalog = translations(lang.catalog)
    # Translators: a map's corner panel of places a few km apart (a city's districts), true to scale.
    caption = catalog.gettext("Close-up")

    def length(metres: float) -> str:
        from babel.units import format_unit  # only a build that draws a close-up needs it

        value, unit = (metres / 1000, "length-kilometer") if metres >= 1000 else (metres, "length-meter")
        return lang.numerals(format_unit(round(value, 3), unit, length="short", locale=lang.locale))

    def names(shown: Sequence[str]) -> str:
        return format_list(list(shown), locale=lang.locale)

    return maps.CloseUpText(caption, length, names)
