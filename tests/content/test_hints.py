"""What check suggests for a value of the wrong kind (``hints.py``), value by value; the
messages that carry these are tested whole in test_file_check.py."""

from __future__ import annotations

from functools import partial

import pytest

from generator.content import hints
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence, parse_yaml
from generator.errors import Problem


def value_of(text: str) -> Node:
    """The node of ``x`` in the one-line document 'x: <text>'."""
    problems: list[Problem] = []
    root = parse_yaml(f"x: {text}\n", "f.yaml", problems)
    assert problems == [] and isinstance(root, Mapping)
    return root.items["x"][1]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[a, b]", "a list"),
        ("{a: b}", "'key: value' lines"),  # not 'a mapping', a word of YAML's editors do not use
        ("", "nothing"),
        ("true", "true"),
        ("north", "'north'"),
        ('"42.8"', 'the text "42.8" (in quotes)'),
        ("a" * 50, "'" + "a" * 37 + "...'"),
    ],
)
def test_what_a_value_is_called(text: str, named: str) -> None:
    assert hints.what(value_of(text)) == named


def test_a_plain_value_yaml_split_at_its_colon_is_given_back_whole() -> None:
    problems: list[Problem] = []
    root = parse_yaml("- What caused it: nobody knows\n- {a: b}\n", "f.yaml", problems)
    assert isinstance(root, Sequence)
    split, flow = root.items
    assert hints.split_text(split) == "What caused it: nobody knows"
    assert hints.split_text(flow) is None  # braces: a mapping was meant


def test_a_french_text_split_at_its_colon_is_given_back_with_its_space() -> None:
    # French spaces its colon: the fix check wrote out for a held-out story's unknown,
    # "La cause exacte de l'incendie : l'enquête...", dropped the space, and the page
    # would have shown the text without it.
    problems: list[Problem] = []
    root = parse_yaml("- La cause : l'enquête\n- Ce que l'on sait:  peu\n", "f.yaml", problems)
    assert isinstance(root, Sequence)
    spaced, doubled = root.items
    assert hints.split_text(spaced) == "La cause : l'enquête"
    assert hints.split_text(doubled) == "Ce que l'on sait:  peu"  # as typed


def test_quotes_around_a_value_that_would_fit_without_them() -> None:
    within_90 = partial(hints.number_within, 90)
    assert hints.unquote_hint(value_of('"42.8"'), within_90) == "; remove the quotes"
    assert hints.unquote_hint(value_of('"95"'), within_90) == ""  # out of range either way
    assert hints.unquote_hint(value_of('"north"'), within_90) == ""
    assert hints.unquote_hint(value_of("42.8"), within_90) == ""  # not quoted


@pytest.mark.parametrize(
    ("word", "hint"),
    [
        ("yes", "; write true"),
        ("Off", "; write false"),
        ("maybe", ""),
        # As an editor writing a story in another language types yes and no.
        ("Ja", "; write true"),
        ("sí", "; write true"),
        ("nein", "; write false"),
        ("Нет", "; write false"),
        ("falsch", "; write false"),
        # In a word processor's curly quotation marks, which YAML takes as part of the text.
        ("\u201ctrue\u201d", "; write true, without the quotation marks"),
        ("\u2018yes\u2019", "; write true"),
    ],
)
def test_yes_and_no_where_a_boolean_belongs(word: str, hint: str) -> None:
    node = value_of(word)
    assert isinstance(node, Scalar) and hints.yes_no_hint(node) == hint


@pytest.mark.parametrize(
    ("text", "axis", "number"),
    [
        ("29.9668° N", "latitude", "29.9668"),
        ("70.66 W", "longitude", "-70.66"),
        ("33.5°S", "latitude", "-33.5"),
        ("30°21′N", "latitude", "30.35"),  # degrees and minutes, as Wikipedia shows them
        ("32°22’E", "longitude", "32.3667"),  # the minutes' mark as a word processor's apostrophe
        ("29°58′30″ S", "latitude", "-29.975"),
        # Czech: north and south latitude (s. š., j. š.), east and west longitude (v. d., z. d.).
        ("48°50′ s. š.", "latitude", "48.8333"),
        ("34.6 j. š.", "latitude", "-34.6"),
        ("17°4′ v. d.", "longitude", "17.0667"),
        ("58°22′ z.d.", "longitude", "-58.3667"),
        # Hungarian: north and south latitude (é. sz., d. sz.), east and west longitude (k. h.,
        # ny. h.), after the number or before it, as Hungarian Wikipedia writes them.
        ("47° 05′ 03″ é. sz.", "latitude", "47.0842"),
        ("é. sz. 47° 05′ 03″", "latitude", "47.0842"),
        ("d. sz. 34,6°", "latitude", "-34.6"),
        ("17,4767° k. h.", "longitude", "17.4767"),
        ("ny. h. 58° 22′", "longitude", "-58.3667"),
        ("47.0842° é.\u00a0sz.", "latitude", "47.0842"),  # as the Hungarian pages write it
        ("48.84°\u00a0s.\u00a0š.", "latitude", "48.84"),  # as the Czech pages write it
        # Norwegian and Danish east Ø (øst), Swedish Ö (öster), west V (vest, väst).
        ("10°45′Ø", "longitude", "10.75"),
        ("18°4′ Ö", "longitude", "18.0667"),
        ("8.5 V", "longitude", "-8.5"),
        # Arabic's points in words, as its Wikipedia writes them, and as adverbs.
        ("33°53′13″ شمال", "latitude", "33.8869"),
        ("33.88° شمالاً", "latitude", "33.88"),
        ("70°40′ غربًا", "longitude", "-70.6667"),
    ],
)
def test_a_coordinate_written_with_its_compass_point(text: str, axis: str, number: str) -> None:
    assert hints.degrees_hint(value_of(f"'{text}'"), axis) == (
        f"; write {number} (in decimal degrees: north and east positive, south and west negative)"
    )


@pytest.mark.parametrize(
    ("text", "axis", "number"),
    [("٣٣٫٨٦٤٠", "latitude", "33.8640"), ("-٣٥٫٥١٨", "longitude", "-35.518"), ("۳۵٫۵", "longitude", "35.5")],
)
def test_a_coordinate_in_arabic_or_persian_digits_is_told_in_0_to_9(
    text: str, axis: str, number: str
) -> None:
    # 'coordinates: [٣٣٫٨٦٤٠, ٣٥٫٥١٨٠]' was told it 'must be a number', and no more.
    assert hints.degrees_hint(value_of(f"'{text}'"), axis) == (
        f"; write {number} (in the digits 0-9, decimals with a point)"
    )


VIETNAMESE_POINTS = " (B, Bắc, is north; N, Nam, south; Đ, Đông, east; T, Tây, west)"
FINNISH_POINTS = " (P, pohjoinen, is north; E, etelä, south; I, itä, east; L, länsi, west)"
CROATIAN_POINTS = " (S, sjever, is north; J, jug, south; I, istok, east; Z, zapad, west)"
SLOVENIAN_POINTS = " (S, sever, is north; J, jug, south; V, vzhod, east; Z, zahod, west)"
CYRILLIC_POINTS = " (С, север, is north; Ј, југ, south; И, исток, east; З, запад, west)"


@pytest.mark.parametrize(
    ("text", "pair", "said"),
    [
        # As Vietnamese Wikipedia writes a place's coordinates: 'B' (Bắc) north, 'Đ' (Đông)
        # east; each got no suggestion. 'N' is Nam, south, there.
        ("21°01′42″B 105°51′15″Đ", (21.0283, 105.8542), VIETNAMESE_POINTS),
        ("21°16′B, 105°16′Đ", (21.2667, 105.2667), VIETNAMESE_POINTS),
        ("33°52′N 151°12′Đ", (-33.8667, 151.2), VIETNAMESE_POINTS),
        ("12°3′N 77°2′T", (-12.05, -77.0333), VIETNAMESE_POINTS),
        # As the Finnish pages write a place's coordinates: 'P' (pohjoinen) north, 'I' (itä)
        # east, with a decimal comma; each got no suggestion. 'E' is etelä, south, there.
        ("60,4515° P, 22,2672° I", (60.4515, 22.2672), FINNISH_POINTS),
        ("60°27′16″P 22°15′40″I", (60.4544, 22.2611), FINNISH_POINTS),
        ("33°52′ E, 151°12′ I", (-33.8667, 151.2), FINNISH_POINTS),
        ("12°3′ E 77°2′ L", (-12.05, -77.0333), FINNISH_POINTS),
        # As Croatian pages write a place's coordinates: 'S' (sjever) north, 'I' (istok) east.
        # '45°28′S 16°22′I' was read as Finnish, its 'S' as south: [-45.4667, 16.3667].
        ("45°28′S 16°22′I", (45.4667, 16.3667), CROATIAN_POINTS),
        ("45,4375° S, 16,29° I", (45.4375, 16.29), CROATIAN_POINTS),
        ("33°52′ J, 151°12′ I", (-33.8667, 151.2), CROATIAN_POINTS),
        ("12°3′ J 77°2′ Z", (-12.05, -77.0333), CROATIAN_POINTS),
        # The points in words, abbreviated: got no suggestion.
        ("45°28′ s. g. š. 16°22′ i. g. d.", (45.4667, 16.3667), ""),
        ("45,4375° s. g. š., 16,29° i. g. d.", (45.4375, 16.29), ""),
        ("33°52′ j. g. š., 70°40′ z. g. d.", (-33.8667, -70.6667), ""),
        # Slovenian's J (jug, south) and V (vzhod, east); with S (sever, north) and Z (zahod,
        # west) as Croatian's.
        ("33°52′ J, 151°12′ V", (-33.8667, 151.2), SLOVENIAN_POINTS),
        ("46°14′S 14°30′Z", (46.2333, -14.5), CROATIAN_POINTS),
        # As the Macedonian and Serbian pages write them, in Cyrillic: 'С' (север) north, 'Ј'
        # (југ) south, 'И' (исток) east, 'З' (запад) west; each got no suggestion.
        ("41,9981° С, 21,4254° И", (41.9981, 21.4254), CYRILLIC_POINTS),
        ("41°59′С 21°25′И", (41.9833, 21.4167), CYRILLIC_POINTS),
        ("33°52′ Ј, 70°40′ З", (-33.8667, -70.6667), CYRILLIC_POINTS),
        # As Estonian maps and the Estonian pages write them: 'p. l.' (põhjalaius) and 'l. l.'
        # (lõunalaius) north and south latitude, 'i. p.' (idapikkus) and 'l. p.'
        # (läänepikkus) east and west longitude; each got no suggestion.
        ("59°23′ p. l. 21°41′ i. p.", (59.3833, 21.6833), ""),
        ("59,3833°\u00a0p.\u00a0l., 21,6833°\u00a0i.\u00a0p.", (59.3833, 21.6833), ""),
        ("33°52′ l.l., 70°40′ l.p.", (-33.8667, -70.6667), ""),
        # As the Lithuanian pages and Wikipedia write them: 'š. pl.' (šiaurės platuma) north,
        # 'p. pl.' south latitude, 'r. ilg.' (rytų ilguma) east, 'v. ilg.' west longitude,
        # with a no-break space inside, as the pages write it: got no suggestion.
        ("54,6595° š.\u00a0pl., 25,287° r.\u00a0ilg.", (54.6595, 25.287), ""),
        ("54°39′ š. pl. 25°17′ r. ilg.", (54.65, 25.2833), ""),
        ("33°52′ p. pl., 70°40′ v. ilg.", (-33.8667, -70.6667), ""),
        # As the Icelandic pages write them: N, A (austur) east, V (vestur) west, kept to the
        # degrees by a no-break space; or 'n.br.' (norðlæg breidd) north latitude, 'v.l.'
        # (vestlæg lengd) west and 'a.l.' east longitude: the A and the words got no suggestion.
        ("51,47°\u00a0N, 13,45°\u00a0A", (51.47, 13.45), ""),
        ("63°38′N 19°36′V", (63.6333, -19.6), ""),
        ("63°38′ n.br. 19°36′ v.l.", (63.6333, -19.6), ""),
        ("52°31′ n.br., 13°24′ a.l.", (52.5167, 13.4), ""),
        ("33°52′ s.br., 70°40′ v.l.", (-33.8667, -70.6667), ""),
        # As Arabic and Persian Wikipedia write them, the points in words ('شمال' north,
        # 'شرق' east; Persian 'شمالی', 'شرقی'), and in Arabic's and Persian's digits with
        # their decimal separator: each got no suggestion.
        ("33°53′13″ شمال 35°30′47″ شرق", (33.8869, 35.5131), ""),
        ("33°52′48″ شمالاً 35°30′47″ شرقاً", (33.88, 35.5131), ""),
        ("٣٣٫٨٨ شمالًا، ٣٥٫٥١٣ شرقًا", (33.88, 35.513), ""),
        ("۳۳°۵۳′ شمالی ۳۵°۳۰′ شرقی", (33.8833, 35.5), ""),
        ("33°52′ جنوب 70°40′ غرب", (-33.8667, -70.6667), ""),
        ("33°52′S 70°40′W", (-33.8667, -70.6667), ""),  # English's S, south, as before
        ("30°21′N 32°22′E", (30.35, 32.3667), ""),  # English's N and E, north and east, as before
    ],
)
def test_coordinates_written_with_the_compass_points_of_their_language(
    text: str, pair: tuple[float, float], said: str
) -> None:
    assert hints.compass_pair(text) == pair
    assert hints.compass_pair_hint(value_of(f"'{text}'")) == (
        f"; write [{pair[0]:g}, {pair[1]:g}] (in brackets, latitude first, in "
        f"decimal degrees: north and east positive, south and west negative){said}"
    )


def test_a_coordinate_written_with_a_finnish_compass_point() -> None:
    assert hints.degrees_hint(value_of("'60°27′ P'"), "latitude") == (
        "; write 60.45 (in decimal degrees: north and east positive, south and west negative)"
    )
    assert hints.degrees_hint(value_of("'22°16′ L'"), "longitude") == (
        "; write -22.2667 (in decimal degrees: north and east positive, south and west negative)"
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [("[]", "an empty list"), ("[1]", "a list of 1 value"), ("[1, 2, 3]", "a list of 3 values")],
)
def test_a_list_is_named_by_its_length(text: str, named: str) -> None:
    node = value_of(text)
    assert isinstance(node, Sequence) and hints.counted(node) == named


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("[-36,724, -73,117]", "[-36.724, -73.117]"),  # four whole numbers to YAML
        ("[-36,724,-73,117]", "[-36.724, -73.117]"),
        ("[42,8, 74.5]", "[42.8, 74.5]"),
        ("[-0,05, 10,007]", "[-0.05, 10.007]"),  # as written: YAML's 05 is 5
        ("[-36, 724, -73, 117]", None),  # spaces: four numbers meant as four
        ("[-36,724, -73,117, 5]", None),  # three numbers, even with points
        ("[-36,724, north]", None),
        ('[-36,"724", -73,117]', None),  # quoted: text, not a number's digits
        ("[-36,-724, -73,117]", None),  # a sign: a number of its own, not decimals
        ("[1, 2]", None),  # two values: nothing to join
    ],
)
def test_decimal_commas_in_coordinates(text: str, meant: str | None) -> None:
    node = value_of(text)
    assert isinstance(node, Sequence)
    expected = f" (in YAML a comma ends a number); write decimals with a point: {meant}" if meant else ""
    assert hints.decimal_comma_hint(node) == expected


def test_decimal_commas_that_make_two_numbers_two_ways_get_both() -> None:
    node = value_of("[27,3,70]")
    assert isinstance(node, Sequence)
    assert hints.decimal_comma_hint(node) == (
        " (in YAML a comma ends a number); it could be [27.3, 70] or [27, 3.70]: write the one it is"
    )


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("-27,3, -70,4", "; write [-27.3, -70.4] (in brackets, decimals with a point)"),
        ("-27,3,-70,4", "; write [-27.3, -70.4] (in brackets, decimals with a point)"),  # a sign starts one
        ("-27,3; -70,4", "; write [-27.3, -70.4] (in brackets, decimals with a point)"),
        ("-27,3 -70,4", "; write [-27.3, -70.4] (in brackets, decimals with a point)"),
        ("27,3,70,4", "; write [27.3, 70.4] (in brackets, decimals with a point)"),
        ("'-27,3, -70,4'", "; write [-27.3, -70.4] (in brackets, decimals with a point)"),
        ("42.8, 74.5", "; write [42.8, 74.5] (in brackets)"),
        ("٣٠ ٣٢", "; write [30, 32] (in brackets)"),  # Arabic-Indic digits: text to YAML
        ("۳۰,۳۵ ۳۲,۳۷", "; write [30.35, 32.37] (in brackets, decimals with a point)"),
        (
            "27,3,70",
            "; it could be [27.3, 70] or [27, 3.70]: write the one it is (in brackets, decimals with a point)",
        ),
        ("24.9913，121.4246", "; write [24.9913, 121.4246] (in brackets)"),  # a Chinese keyboard's comma
        ("-27,3", ""),  # a pair, or the one number -27.3
        ("north, 20", ""),
        ("29.9 N, 31.2 E", ""),
        ("[1, 2]", ""),
    ],
)
def test_coordinates_written_without_brackets(text: str, hint: str) -> None:
    assert hints.unbracketed_hint(value_of(text)) == hint


@pytest.mark.parametrize(
    ("text", "name", "hint"),
    [
        ("lat: -27,3\nlon: -70,4", "lat", "; write 'coordinates: [-27.3, -70.4]' instead "
         "(latitude first, decimals with a point)"),
        ("Latitude: -27.3\nLng: -70.4", "Lng", "; write 'coordinates: [-27.3, -70.4]' instead "
         "(latitude first, decimals with a point)"),
        ("lon: -70,4", "lon", "; give the position as 'coordinates: [latitude, -70.4]' (decimals with a point)"),
        ("lat: south", "lat", "; give the position as 'coordinates: [latitude, longitude]' (decimals with a point)"),
        ("height: 3", "height", ""),
    ],
)  # fmt: skip
def test_a_latitude_or_longitude_under_a_key_of_its_own(text: str, name: str, hint: str) -> None:
    problems: list[Problem] = []
    root = parse_yaml(f"{text}\n", "f.yaml", problems)
    assert problems == [] and isinstance(root, Mapping)
    assert hints.position_key_hint(name, root) == hint


def test_a_compass_point_of_the_other_axis_gets_no_number() -> None:
    assert hints.degrees_hint(value_of("'29.9 E'"), "latitude") == ""
    assert hints.degrees_hint(value_of("north"), "latitude") == ""


@pytest.mark.parametrize(
    ("name", "known", "meant"),
    [
        ("tittle", ("title", "date", "summary"), "title"),
        ("name", ("title", "description", "cname"), "title"),  # not the near spelling 'cname'
        ("author", ("text", "by", "source"), "by"),
        ("author", ("title", "byline"), "byline"),
        ("Type", ("date", "text", "kind"), "kind"),
        ("height", ("name", "role"), None),
        # A key in the story's language, accents or not: keys are English.
        ("Título", ("title", "date", "summary"), "title"),
        ("fecha", ("title", "date", "summary"), "date"),
        ("fecha", ("title", "published", "summary"), "published"),  # a story's
        ("nombre", ("name", "role"), "name"),
        ("texto", ("text", "by", "source"), "text"),  # a quote's
        ("texto", ("title", "summary", "body"), "body"),  # an event's
    ],
)
def test_the_key_an_unknown_key_was_meant_to_be(name: str, known: tuple[str, ...], meant: str | None) -> None:
    assert hints.meant_key(name, known) == meant


@pytest.mark.parametrize(
    ("text", "options", "meant"),
    [
        ("entre", ("from", "until", "between", "weekend"), "between"),
        ("Fin de semana", ("from", "until", "between", "weekend"), "weekend"),
        ("jusqu’à", ("from", "until", "between", "weekend"), "until"),
        ("actualización", ("update", "correction"), "update"),
        ("arriba izquierda", ("top", "left", "top left", "bottom right"), "top left"),
        ("izquierda arriba", ("top", "left", "top left", "bottom right"), "top left"),
        ("arriba arriba", ("top", "left", "top left"), None),
        ("entre", ("update", "correction"), None),  # not an option of that key
        ("sometimes", ("from", "until"), None),
        # Ukrainian and Russian ('kind: виправлення' was told only the two English words).
        ("виправлення", ("update", "correction"), "correction"),
        ("Оновлення", ("update", "correction"), "update"),
        ("исправление", ("update", "correction"), "correction"),
        ("між", ("from", "until", "between", "weekend"), "between"),
        ("вихідні", ("from", "until", "between", "weekend"), "weekend"),
        ("до", ("from", "until", "between", "weekend"), "until"),
        ("с", ("from", "until", "between", "weekend"), "from"),
        ("вгорі ліворуч", ("top", "left", "top left", "bottom right"), "top left"),
        ("справа внизу", ("top", "left", "top left", "bottom right"), "bottom right"),
    ],
)
def test_a_value_written_in_the_storys_language_is_told_the_english_word(
    text: str, options: tuple[str, ...], meant: str | None
) -> None:
    assert hints.translated_choice(text, options) == meant


@pytest.mark.parametrize(("text", "number"), [("3,7038° O", "3.7038"), ("13.405 O", "13.405")])
def test_o_is_west_in_some_languages_and_east_in_others_so_both_are_offered(text: str, number: str) -> None:
    # Madrid is '3,7038° O' on a Spanish page, Berlin '13,4050° O' on a German one.
    assert hints.degrees_hint(value_of(f"'{text}'"), "longitude") == (
        f"; write -{number} if 'O' is west (oeste, ouest) or {number} if it is east (Ost, oost): "
        "in decimal degrees, east is positive and west negative"
    )


def test_coordinates_with_norwegian_and_swedish_compass_points_are_read() -> None:
    # Gjerdrum pasted from Norwegian Wikipedia, '60°4′N 11°2′Ø', got only "must be
    # [latitude, longitude]", where '60°4′N 11°2′E' was told its numbers.
    assert hints.compass_pair("60°4′N 11°2′Ø") == (60.0667, 11.0333)
    assert hints.compass_pair("59°19′N 18°4′Ö") == (59.3167, 18.0667)
    assert hints.compass_pair("64°8′N 21°56′V") == (64.1333, -21.9333)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("48°50′ s. š., 17°4′ v. d.", (48.8333, 17.0667)),  # as Czech Wikipedia shows them
        ("48.84 s. š. 17.072 v. d.", (48.84, 17.072)),
        ("34°36′ j. š., 58°22′ z. d.", (-34.6, -58.3667)),
        ("17°4′ v. d., 48°50′ s. š.", (48.8333, 17.0667)),
        ("48.84°\u00a0s.\u00a0š., 17.072°\u00a0v.\u00a0d.", (48.84, 17.072)),  # as the Czech pages write them
    ],
)
def test_coordinates_with_czech_compass_points_are_read(text: str, pair: tuple[float, float]) -> None:
    # A Czech editor pasting them from Czech Wikipedia got no suggestion: 's. š.' was not
    # read as north, where '48°50′N' was.
    assert hints.compass_pair(text) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("é. sz. 47° 05′ 03″, k. h. 17° 28′ 36″", (47.0842, 17.4767)),  # as Hungarian Wikipedia shows them
        ("47° 05′ 03″ é. sz., 17° 28′ 36″ k. h.", (47.0842, 17.4767)),
        ("47,0842° é. sz., 17,4767° k. h.", (47.0842, 17.4767)),
        ("d. sz. 34° 36′, ny. h. 58° 22′", (-34.6, -58.3667)),
        ("k. h. 17° 28′ 36″, é. sz. 47° 05′ 03″", (47.0842, 17.4767)),
        # After their numbers without a comma between, as '48.84 s. š. 17.072 v. d.' is read:
        # a point was taken for one written before the next number, and both were lost.
        ("47,0842° é. sz. 17,4767° k. h.", (47.0842, 17.4767)),
        # As the Hungarian and Czech pages write them, a no-break space inside the point.
        ("47.0842° é.\u00a0sz., 17.4767° k.\u00a0h.", (47.0842, 17.4767)),
        ("é.\u00a0sz. 47° 05′ 03″, k.\u00a0h. 17° 28′ 36″", (47.0842, 17.4767)),
    ],
)
def test_coordinates_with_hungarian_compass_points_are_read(text: str, pair: tuple[float, float]) -> None:
    # A Hungarian editor pasting them from Hungarian Wikipedia got no suggestion: 'é. sz.'
    # was not read as north, where '47°05′N' was.
    assert hints.compass_pair(text) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("北緯24.9913度，東經121.4246度", (24.9913, 121.4246)),  # as Taiwan's news writes them
        ("北緯24°59′ 東經121°25′", (24.9833, 121.4167)),  # as Chinese Wikipedia shows them
        ("北纬24°59′，东经121°25′", (24.9833, 121.4167)),  # in Simplified characters
        ("東經151.2度、南緯33.86度", (-33.86, 151.2)),
        ("北緯24.99度", None),  # one coordinate
    ],
)
def test_coordinates_with_chinese_compass_points_are_read(
    text: str, pair: tuple[float, float] | None
) -> None:
    # Chinese writes the point before the number (北緯, north latitude; 東經, east
    # longitude): a Taiwanese editor writing them so got only 'must be [latitude, longitude]'.
    assert hints.compass_pair(text) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("20.4333°\u00a0เหนือ, 99.8833°\u00a0ตะวันออก", (20.4333, 99.8833)),  # as the Thai pages write them
        ("20°26′ เหนือ 99°53′ ตะวันออก", (20.4333, 99.8833)),
        ("ละติจูด 20.4333 ลองจิจูด 99.8833", (20.4333, 99.8833)),  # as Thai articles give them
        ("ละติจูด 33.86 ใต้ ลองจิจูด 151.2 ตะวันออก", (-33.86, 151.2)),
        ("ละติจูด 20.4333", None),  # one coordinate
    ],
)
def test_coordinates_with_thai_compass_points_are_read(text: str, pair: tuple[float, float] | None) -> None:
    # A Thai editor copying a place's coordinates from a Thai page, or an article's, got
    # only 'must be [latitude, longitude]'.
    assert hints.compass_pair(text) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("13.0827°\u00a0வடக்கு, 80.2707°\u00a0கிழக்கு", (13.0827, 80.2707)),  # as the Tamil pages write them
        ("13°04′ வடக்கு 80°16′ கிழக்கு", (13.0667, 80.2667)),
        ("33.86° தெற்கு, 70.67° மேற்கு", (-33.86, -70.67)),
        ("13.0827° வடக்கு", None),  # one coordinate
    ],
)
def test_coordinates_with_tamil_compass_points_are_read(text: str, pair: tuple[float, float] | None) -> None:
    # A Tamil editor copying a place's coordinates from a Tamil page ('ஆள்கூறுகள்:
    # 13.0827° வடக்கு, 80.2707° கிழக்கு') got only 'must be [latitude, longitude]'.
    assert hints.compass_pair(text) == pair


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("17.6868°\u00a0ఉత్తరం, 83.2185°\u00a0తూర్పు", (17.6868, 83.2185)),  # as the Telugu pages write them
        ("17°41′ ఉత్తర 83°13′ తూర్పు", (17.6833, 83.2167)),
        ("33.86° దక్షిణం, 70.67° పడమర", (-33.86, -70.67)),
        ("33.86° దక్షిణం, 70.67° పశ్చిమం", (-33.86, -70.67)),
        ("17.6868° ఉత్తరం", None),  # one coordinate
    ],
)
def test_coordinates_with_telugu_compass_points_are_read(text: str, pair: tuple[float, float] | None) -> None:
    # A Telugu editor copying a place's coordinates from a Telugu page ('అక్షాంశ రేఖాంశాలు:
    # 17.6868° ఉత్తరం, 83.2185° తూర్పు') got only 'must be [latitude, longitude]'.
    assert hints.compass_pair(text) == pair


def test_a_coordinate_written_with_a_croatian_compass_point() -> None:
    assert hints.degrees_hint(value_of("'45°28′ s. g. š.'"), "latitude") == (
        "; write 45.4667 (in decimal degrees: north and east positive, south and west negative)"
    )
    assert hints.degrees_hint(value_of("'70°40′ z. g. d.'"), "longitude") == (
        "; write -70.6667 (in decimal degrees: north and east positive, south and west negative)"
    )


def test_a_coordinate_written_with_an_estonian_compass_point() -> None:
    assert hints.degrees_hint(value_of("'59°23′ p. l.'"), "latitude") == (
        "; write 59.3833 (in decimal degrees: north and east positive, south and west negative)"
    )
    assert hints.degrees_hint(value_of("'70°40′ l. p.'"), "longitude") == (
        "; write -70.6667 (in decimal degrees: north and east positive, south and west negative)"
    )


@pytest.mark.parametrize("text", ["46°14′S 15°16′V", "46,2309° S, 15,2604° V", "15°16′ V, 46°14′ S"])
def test_coordinates_with_s_and_v_alone_get_the_slovenian_and_the_nordic_readings(text: str) -> None:
    # The Slovenian pages write '46,23° S, 15,26° V' (sever, north; vzhod, east), which
    # check read as Norwegian, Danish or Swedish alone (S south, V west) and suggested a
    # place in the Southern Ocean. Both readings are offered; neither is guessed.
    readings = hints.slovenian_or_nordic(text)
    assert readings is not None
    (north, east), (south, west) = readings
    assert north > 46 and east > 15 and (south, west) == (-north, -east)
    assert hints.compass_pair(text) is None
    assert hints.compass_pair_hint(value_of(f"'{text}'")) == (
        f"; write [{north:g}, {east:g}] if S and V are Slovenian's (sever, north; vzhod, east) "
        f"or [{south:g}, {west:g}] if they are south and west (Norwegian, Danish, Swedish): "
        "in brackets, latitude first, in decimal degrees, north and east positive"
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "11.2444°\u00a0hilaga, 125.0039°\u00a0silangan",
            (11.2444, 125.0039),
        ),  # as the Filipino pages write them
        ("11°14′ Hilaga 125°00′ Silangan", (11.2333, 125.0)),
        ("33.86° timog, 70.67° kanluran", (-33.86, -70.67)),
        ("11.2444° hilaga", None),  # one coordinate
    ],
)
def test_coordinates_with_filipino_compass_points_are_read(
    text: str, pair: tuple[float, float] | None
) -> None:
    # A Filipino editor copying a place's coordinates from a Filipino page ('Mga koordinado:
    # 11.2444° hilaga, 125.0039° silangan') got only 'must be [latitude, longitude]'.
    assert hints.compass_pair(text) == pair
