"""What to suggest for a value of the wrong kind: how ``check`` names what it got
('the text "42.8" (in quotes)', 'a list of 3 values'), and the fix that would make it
right ('remove the quotes', 'write true', 'write -70.66'); and which key an unknown key
was meant to be. Used by ``file_check.py``, one value at a time."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from itertools import pairwise
from typing import TypeGuard

from generator.content import datehints
from generator.content.yamlnodes import Mapping, Node, Scalar, ScalarValue, Sequence, resolve_plain
from generator.errors import closest
from generator.i18n import languages
from generator.i18n.languages import ascii_digits
from generator.patterns import later

_SYNONYMS = {
    "author": ("by", "byline"),
    "speaker": ("by",),
    "said_by": ("by",),
    "said": ("by",),
    "who": ("by", "figures"),
    "where": ("locations",),
    "type": ("kind",),
    "name": ("title",),
    "headline": ("title",),
    "heading": ("title",),
    "description": ("summary",),
    "text": ("summary",),
    "place": ("locations",),
    "places": ("locations",),
    "people": ("figures",),
    "tag": ("tags",),
    "lang": ("language",),
}
"""Words editors bring from other tools for a key, with the keys they mean, most likely
first: 'author' is a quote's 'by' and a story's 'byline', 'who' a quote's 'by' and an
event's 'figures'; 'name' is the site's 'title' (the near spelling, 'cname', is a web
address: a harmful guess)."""


_TRANSLATED = {
    # Spanish
    "titulo": ("title",), "titular": ("title",), "fecha": ("date", "published"),
    "resumen": ("summary",), "entradilla": ("summary",), "cuerpo": ("body",),
    "texto": ("text", "body"), "fin": ("end",), "personajes": ("figures",),
    "protagonistas": ("figures",), "figuras": ("figures",), "personas": ("figures",),
    "lugares": ("locations",), "lugar": ("locations",), "ubicaciones": ("locations",),
    "fuentes": ("sources",), "fuente": ("source", "sources"), "citas": ("quotes",),
    "etiquetas": ("tags",), "imagen": ("image",), "pie": ("caption",), "credito": ("credit",),
    "borrador": ("draft",), "clave": ("key",), "nombre": ("name", "title"), "cargo": ("role",),
    "rol": ("role",), "papel": ("role",), "pais": ("country",), "coordenadas": ("coordinates",),
    "tipo": ("kind",), "autor": ("by", "byline"), "por": ("by",), "firma": ("byline",),
    "publicado": ("published",), "actualizado": ("updated",), "actualizaciones": ("updates",),
    "idioma": ("language",), "editor": ("publisher",), "medio": ("publisher",),
    "enlace": ("url",), "valor": ("value",), "etiqueta": ("label", "tags"), "nota": ("note",),
    "cifras": ("key_numbers",), "incognitas": ("unknowns",), "desconocido": ("unknowns",),
    "anadido": ("added",), "retirado": ("removed",), "motivo": ("reason",),
    # French, German, Portuguese and Italian: the keys most written
    "titre": ("title",), "resume": ("summary",), "corps": ("body",), "lieux": ("locations",),
    "lieu": ("locations",), "personnes": ("figures",), "nom": ("name", "title"),
    "pays": ("country",), "citations": ("quotes",), "legende": ("caption",),
    "titel": ("title",), "datum": ("date",), "zusammenfassung": ("summary",),
    "orte": ("locations",), "ort": ("locations",), "personen": ("figures",),
    "quellen": ("sources",), "bild": ("image",), "zitate": ("quotes",), "land": ("country",),
    "data": ("date",), "resumo": ("summary",), "riassunto": ("summary",), "luoghi": ("locations",),
    "fontes": ("sources",), "fonti": ("sources",), "imagem": ("image",), "immagine": ("image",),
}  # fmt: skip
"""Keys written in the language of the story (Spanish first, as a Spanish desk writes
them: 'fecha', 'título', 'resumen'), folded (``languages.folded``: no accents, lower
case), with the keys they mean, most likely first: keys are English in every language."""


def translated_key(name: str, known: Collection[str]) -> str | None:
    """The key of ``known`` that ``name``, a key written in another language than
    English ('fecha', 'título'), means; else None."""
    for key in _TRANSLATED.get(languages.folded(name), ()):
        if key in known:
            return key
    return None


_TRANSLATED_WORDS = {
    # date_phrase
    "entre": "between", "tra": "between", "fra": "between", "zwischen": "between",
    "desde": "from", "a partir de": "from", "depuis": "from", "des": "from", "ab": "from",
    "seit": "from", "von": "from", "da": "from", "dal": "from",
    "hasta": "until", "jusqu'a": "until", "jusqu'au": "until", "bis": "until", "ate": "until",
    "fino a": "until", "fin de semana": "weekend", "week-end": "weekend", "wochenende": "weekend",
    "fim de semana": "weekend", "fine settimana": "weekend",
    "між": "between", "з": "from", "від": "from", "до": "until", "вихідні": "weekend",
    "между": "between", "с": "from", "выходные": "weekend",
    # an update's kind
    "actualizacion": "update", "mise a jour": "update", "aktualisierung": "update",
    "atualizacao": "update", "aggiornamento": "update", "fe de erratas": "correction",
    "berichtigung": "correction", "korrektur": "correction",
    "оновлення": "update", "виправлення": "correction", "обновление": "update",
    "исправление": "correction",
    # a picture's focus, word by word ('arriba izquierda')
    "arriba": "top", "abajo": "bottom", "izquierda": "left", "derecha": "right", "centro": "center",
    "haut": "top", "bas": "bottom", "gauche": "left", "droite": "right", "oben": "top",
    "unten": "bottom", "links": "left", "rechts": "right", "mitte": "center",
    "вгорі": "top", "вгору": "top", "верх": "top", "внизу": "bottom", "низ": "bottom",
    "ліворуч": "left", "зліва": "left", "праворуч": "right", "справа": "right",
    "центр": "center", "вверху": "top", "слева": "left",
}  # fmt: skip
"""Values of the keys that take one of a few words ('date_phrase', an update's 'kind', an
image's 'focus') written in the story's language, folded, with the English word they mean."""


def translated_choice(text: str, options: Collection[str]) -> str | None:
    """The option of ``options`` that ``text``, a value written in another language than
    English ('entre', 'fin de semana', 'arriba izquierda'), means; else None."""
    folded = " ".join(languages.folded(text).replace("\u2019", "'").split())
    meant = _TRANSLATED_WORDS.get(folded)
    if meant is None:  # a focus of two words: each on its own ('arriba izquierda')
        words = [_TRANSLATED_WORDS.get(word) for word in folded.split()]
        if len(words) != 2 or not all(words):
            return None
        first, second = (str(word) for word in words)
        # In either order: 'izquierda arriba' is 'top left' too.
        meant = next((m for m in (f"{first} {second}", f"{second} {first}") if m in options), None)
    return meant if meant in options else None


def meant_key(name: str, known: Collection[str]) -> str | None:
    """The key an unknown key ``name`` was meant to be, out of ``known``: the key a word
    from other tools stands for, else the key it says in another language
    (``translated_key``), else the nearest spelling; None when nothing is close."""
    for key in _SYNONYMS.get(name.lower(), ()):
        if key in known:
            return key
    return translated_key(name, known) or closest(name, known)


_TIME_KEYS = ("time", "hour", "time_of_day", "timezone", "time_zone", "tz", "zone")
"""Keys editors give a time of day, or its zone, under, apart from the date it belongs to."""


def time_apart_hint(name: str, node: Mapping) -> str:
    """What to write for ``name``, an unknown key of ``node`` (an event, or an update),
    when it gives the time of day or its zone apart from 'date' ('time: 23:00'): both go
    in 'date' itself, written out where the two make a date ('date: 2010-04-19T23:00').
    Empty for another key, or where there is no 'date' for it to join."""
    if name.lower() not in _TIME_KEYS or "date" not in node.items:
        return ""
    day, time = node.items["date"][1], node.items[name][1]
    zone = name.lower() not in _TIME_KEYS[:3]
    written = None
    if isinstance(day, Scalar) and isinstance(time, Scalar) and not zone:
        written = datehints.suggest(f"{day.text} {time.text}")
    if written is not None and "T" in written:
        return f"; the time of day goes in 'date' itself: 'date: {written}'"
    if zone:
        return (
            "; the time zone goes in 'date' itself, as its UTC offset after the time "
            "('date: 2010-04-19T23:00+06:00')"
        )
    return "; the time of day goes in 'date' itself, after the day and a 'T' ('date: 2010-04-19T23:00')"


def split_text(node: Node) -> str | None:
    """The text a plain value like ``What caused it: nobody knows`` was, when YAML read it
    as a one-entry mapping because of its ': '; None for anything else. A block mapping
    starts at its key (a flow mapping, ``{a: b}``, starts at its brace: that one was meant)."""
    if not isinstance(node, Mapping) or len(node.items) != 1:
        return None
    key, value = next(iter(node.items.values()))
    if key.pos != node.pos or not isinstance(key.value, str) or not isinstance(value, Scalar):
        return None
    if value.value is None or isinstance(value.value, bool) or value.pos.line != key.pos.line:
        return None
    # The colon as typed: French spaces it ('Ce que l'on ignore : la cause'), and a fix
    # written without that space would show the page's text without it.
    joint = node.joint if node.joint is not None and node.joint.strip() == ":" else ": "
    return f"{key.text}{joint}{value.text}"


def what(node: Node) -> str:
    """How a message names the value it got: 'a list', "'key: value' lines" (not 'a
    mapping', YAML's word), 'nothing', "'north'", 'the text "42.8" (in quotes)'."""
    if isinstance(node, Mapping):
        return "'key: value' lines"
    if isinstance(node, Sequence):
        return "a list"
    if node.value is None:
        return "nothing"
    if isinstance(node.value, bool):
        return "true" if node.value else "false"
    text = node.text if len(node.text) <= 40 else node.text[:37] + "..."
    if quoted_literal(node):
        return f'the text "{text}" (in quotes)'
    return f"'{text}'"


def quoted_literal(node: Scalar) -> bool:
    """Whether ``node`` is quoted text that would be a boolean or a number without its
    quotes ("true", '100'): its message says so, as "must be true or false, got 'true'"
    would contradict itself."""
    return isinstance(node.value, str) and isinstance(resolve_plain(node.text), (bool, int, float))


def number_within(bound: float, value: ScalarValue) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and -bound <= value <= bound


def unquote_hint(node: Node, fits: Callable[[ScalarValue], bool]) -> str:
    """'; remove the quotes' when ``node`` is quoted text whose value without them ``fits``."""
    if isinstance(node, Scalar) and quoted_literal(node) and fits(resolve_plain(node.text)):
        return "; remove the quotes"
    return ""


def swapped_hint(node: Sequence) -> str:
    """What to add to 'latitude 103.82 is out of range' when the pair ``node`` reads as a
    point written longitude first, as maps' addresses and GeoJSON write it (Singapore's
    [103.82, 1.35]): its longitude is a latitude. A latitude past 90 cannot be in any
    country, so the check of a place's country never saw it."""
    latitude, longitude = node.items
    if not (isinstance(longitude, Scalar) and number_within(90, longitude.value)):
        return ""
    if not isinstance(latitude, Scalar) or not number_within(180, latitude.value):
        return ""
    return f"; coordinates are latitude first: [{longitude.text}, {latitude.text}]?"


_YES_NO = (
    {"yes": "true", "y": "true", "on": "true", "no": "false", "n": "false", "off": "false"}
    | {
        word: "true"
        for word in ("ja", "si", "sí", "oui", "sim", "да", "так", "是", "نعم", "wahr", "vrai", "verdadero")
    }
    | {
        word: "false"
        for word in ("nein", "non", "não", "nao", "нет", "ні", "否", "لا", "falsch", "faux", "falso")
    }
)
"""Words that YAML 1.1 tools read as booleans and we, reading YAML 1.2, read as text
(docs/editing.md), and yes and no, true and false in the languages a story may be
written in, as its editor types them ('key: ja', 'draft: sí'): where a boolean belongs,
they were surely meant as one."""


_NUMERAL = r"\d+(?:[.,]\d+)?"
# The text of ``_DEGREES``, which ``_PAIR`` holds twice: taking it from the compiled
# expression (``.pattern``) would compile that as the module loads, for a hint alone.
_DEGREES_WRITTEN = (
    rf"({_NUMERAL})\s*°?\s*(?:({_NUMERAL})\s*[′'’]\s*(?:({_NUMERAL})\s*(?:″|''|[\"”])\s*)?)?"
    r"([nNsS]\.\s*br\.?|[aAvV]\.\s*l\.?|[pPlL]\.\s*l\.?|[iIlL]\.\s*p\.?|[šŠpP]\.\s*pl\.?|[rRvV]\.\s*ilg\.?|[sjSJ]\.\s*g\.\s*š\.?|[izIZ]\.\s*g\.\s*d\.?|[sjSJ]\.\s*š\.?|[vzVZ]\.\s*d\.?|[éÉdD]\.\s*sz\.?|[kK]\.\s*h\.?|[nN]y\.\s*h\.?|[NSEWOnsewoBĐTbđtPILpilØøÖöVvJZjzAa])"
)
_DEGREES = later(_DEGREES_WRITTEN)
"""A coordinate as maps and articles write it: '29.9668° N', '32.55 E', with a decimal
comma too ('3,7038° O'), or in degrees, minutes and seconds, as Wikipedia shows it
('30°21′N', '29°58′0″ N', typed with apostrophes: 30°21'N). 'O' is west in French, Spanish,
Portuguese and Italian but east in German and Dutch (as the pages in those languages
write it): both readings are offered. Czech writes the points as 's. š.' and 'j. š.'
(north and south latitude) and 'v. d.' and 'z. d.' (east and west longitude), as its
Wikipedia and the Czech pages do ('48°50′ s. š.'). Vietnamese writes B (Bắc), N (Nam), Đ
(Đông) and T (Tây): 'N' is south there (``compass_pair`` reads a pair with B, Đ or T so).
Finnish writes P (pohjoinen), E (etelä), I (itä) and L (länsi), as the Finnish pages do
('60,4515° P, 22,2672° I'): 'E' is south there (a pair with P, I or L is read so).
Norwegian and Danish write east Ø (øst), Swedish Ö (öster), and all three west V (vest,
väst), as their Wikipedias do ('59°54′N 10°45′Ø'). Hungarian writes 'é. sz.' and 'd. sz.'
(north and south latitude), 'k. h.' and 'ny. h.' (east and west longitude), after the number
or, as its Wikipedia does, before it ('é. sz. 47° 05′ 03″', ``_points_after``). Croatian
writes 's. g. š.' and 'j. g. š.' (north and south latitude), 'i. g. d.' and 'z. g. d.' (east
and west longitude), or the letters S (sjever), J (jug), I (istok) and Z (zapad): 'S' is north
there (``compass_pair`` reads a pair with J, I or Z and no N or E so). Lithuanian writes 'š.
pl.' and 'p. pl.' (north and south latitude, platuma), 'r. ilg.' and 'v. ilg.' (east and west
longitude, ilguma), as its Wikipedia and the Lithuanian pages do ('54,6595° š. pl.'). Estonian writes 'p. l.'
and 'l. l.' (põhjalaius and lõunalaius, north and south latitude), 'i. p.' and 'l. p.'
(idapikkus and läänepikkus, east and west longitude), as its maps do ('59°23′ p. l.'). Slovenian writes the
letters S (sever), J (jug), V (vzhod) and Z (zahod), as the Slovenian pages do ('46,23° S,
15,26° V'): read as Croatian's where a J or a Z says so; a pair of S and V alone is north and
east in Slovenian but south and west in Norwegian, Danish and Swedish, and gets both readings
(``slovenian_or_nordic``). Icelandic writes N, S, A (austur, east) and V (vestur, west), as
the Icelandic pages do ('63,63° N, 19,62° V', '51,47° N, 13,45° A'), or 'n.br.' and 's.br.'
(norðlæg and suðlæg breidd, north and south latitude), 'a.l.' and 'v.l.' (austlæg and
vestlæg lengd, east and west longitude)."""
_CROATIAN_POINTS = {"S": "N", "J": "S", "I": "E", "Z": "W", "V": "E"}
"""Croatian compass points, as Croatian pages write coordinates ('45°28′S 16°22′I'), to
English's: 'S' is sjever, north; and Slovenian's V (vzhod), east, which Croatian writes I."""


def _croatian_points(text: str) -> bool:
    """Whether coordinates ``text`` are written with Croatian compass letters: each point
    S, J, I or Z, and one of them J, I or Z, which English does not write (Finnish writes
    I, but never S, J or Z)."""
    letters = [found[4].upper() for found in _DEGREES().finditer(text)]
    return bool(letters) and all(a in "SJIZV" for a in letters) and any(a in "JIZ" for a in letters)


def slovenian_or_nordic(text: str) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The two readings of coordinates ``text`` written with the letters S and V alone
    ('46°14′S 15°16′V'): Slovenian's, S sever (north) and V vzhod (east), and Norwegian's,
    Danish's and Swedish's, S south and V west; None for any other text. Read as the Nordic
    languages' alone, a place the Slovenian pages wrote '46,23° S, 15,26° V' was put in the
    Southern Ocean."""
    found = _PAIR().fullmatch(_points_after(text))
    if found is None:
        return None
    both = [_DEGREES().fullmatch(found[part].strip()) for part in ("a", "b")]
    if any(one is None for one in both) or sorted(one[4].upper() for one in both if one) != ["S", "V"]:
        return None
    latitude, longitude = (
        _in_degrees(one) for letter in "SV" for one in both if one is not None and one[4].upper() == letter
    )
    return (latitude, longitude), (-latitude, -longitude)


_VIETNAMESE_POINTS = {"B": "N", "N": "S", "Đ": "E", "T": "W"}
"""Vietnamese compass points, as Vietnamese Wikipedia writes coordinates ('21°01′42″B
105°51′15″Đ'), to English's: 'N' is Nam, south."""


_FINNISH_POINTS = {"P": "N", "E": "S", "I": "E", "L": "W"}
"""Finnish compass points, as the Finnish pages write coordinates ('60,4515° P, 22,2672°
I'), to English's: 'E' is etelä, south."""


def _finnish_points(text: str) -> bool:
    """Whether coordinates ``text`` are written with Finnish compass points: a P, I or L
    after a number, which no other language a site can be in writes."""
    return any(found[4].upper() in "PIL" for found in _DEGREES().finditer(text))


def _vietnamese_points(text: str) -> bool:
    """Whether coordinates ``text`` are written with Vietnamese compass points: a B, Đ or
    T after a number, which no other language a site can be in writes."""
    return any(found[4].upper() in "BĐT" for found in _DEGREES().finditer(text))


_CZECH_POINTS = {"sš": "N", "jš": "S", "vd": "E", "zd": "W"}
"""Czech's points, their dots and spaces left out: 's. š.' north and 'j. š.' south
latitude, 'v. d.' east and 'z. d.' west longitude."""
_ONE_LETTER_POINTS = {"p": "N", "i": "E", "l": "W"}
"""Finnish points no other language writes: P north, I east, L west (its E, south, is read
as English's east where no other Finnish point says otherwise)."""
_NORDIC_POINTS = {"ø": "E", "ö": "E", "v": "W", "a": "E"}
"""Norwegian and Danish Ø (øst) and Swedish Ö (öster), east; V (vest, väst, and Icelandic
vestur), west; Icelandic A (austur), east."""
_ICELANDIC_POINTS = {"nbr": "N", "sbr": "S", "al": "E", "vl": "W"}
"""Icelandic's points, their dots and spaces left out: 'n.br.' north and 's.br.' south
latitude, 'a.l.' east and 'v.l.' west longitude."""
_HUNGARIAN_POINTS = {"ész": "N", "dsz": "S", "kh": "E", "nyh": "W"}
"""Hungarian's points, their dots and spaces left out: 'é. sz.' north and 'd. sz.' south
latitude, 'k. h.' east and 'ny. h.' west longitude."""
_LITHUANIAN_POINTS = {"špl": "N", "ppl": "S", "rilg": "E", "vilg": "W"}
"""Lithuanian's points, their dots and spaces left out: 'š. pl.' north and 'p. pl.' south
latitude, 'r. ilg.' east and 'v. ilg.' west longitude."""
_CROATIAN_WORDED_POINTS = {"sgš": "N", "jgš": "S", "igd": "E", "zgd": "W"}
"""Croatian's points in words, their dots and spaces left out: 's. g. š.' north and 'j. g.
š.' south latitude, 'i. g. d.' east and 'z. g. d.' west longitude."""
_ESTONIAN_POINTS = {"pl": "N", "ll": "S", "ip": "E", "lp": "W"}
"""Estonian's points, their dots and spaces left out: 'p. l.' north and 'l. l.' south
latitude, 'i. p.' east and 'l. p.' west longitude."""

_POINT_FIRST = later(
    rf"(?P<point>[éÉdD]\.\s*sz\.|[kK]\.\s*h\.|[nN]y\.\s*h\.)\s*"
    rf"(?P<number>{_NUMERAL}\s*°?\s*(?:{_NUMERAL}\s*[′'’]\s*(?:{_NUMERAL}\s*(?:″|''|[\"”]))?)?)"
)
"""A Hungarian compass point before its coordinate, as Hungarian Wikipedia writes them ('é.
sz. 47° 05′ 03″, k. h. 17° 28′ 36″')."""


def _points_after(text: str) -> str:
    """``text``, a coordinate or two, with a Hungarian compass point written before its
    number put after it, where ``_DEGREES`` reads it: 'é. sz. 47° 05′' is '47° 05′ é. sz.'.
    Only when the text opens with one: in '47° é. sz. 17° k. h.' the points come after
    their numbers already, and the first, followed by the second number, is not its point."""
    if _POINT_FIRST().match(text.strip()) is None:
        return text
    return _POINT_FIRST().sub(r"\g<number> \g<point>", text)


def _point(found: re.Match[str]) -> str:
    """The compass point of a ``_DEGREES`` match as a letter, N, S, E, W or O, however
    it was written ('n', 's. š.'), with any space inside it: the Czech and Hungarian pages
    write 's. š.' and 'é. sz.' with a no-break space, which a copy of them keeps."""
    written = "".join(found[4].lower().replace(".", "").split())
    return (
        _CZECH_POINTS
        | _ONE_LETTER_POINTS
        | _NORDIC_POINTS
        | _HUNGARIAN_POINTS
        | _CROATIAN_WORDED_POINTS
        | _ESTONIAN_POINTS
        | _LITHUANIAN_POINTS
        | _ICELANDIC_POINTS
    ).get(written, written.upper())


def _in_degrees(found: re.Match[str]) -> float:
    """The number of degrees a ``_DEGREES`` match gives, its minutes and seconds counted
    in (to four decimals, about 10 m, where there are any)."""
    degrees, minutes, seconds = (float((part or "0").replace(",", ".")) for part in found.group(1, 2, 3))
    if found[2] is None:
        return degrees
    return round(degrees + minutes / 60 + seconds / 3600, 4)


def degrees_hint(node: Node, name: str) -> str:
    """'; write 29.9668' for '29.9668° N' (south and west negative), or 30.35 for
    '30°21′N', when it is one; '; write 33.864' for '٣٣٫٨٦٤', a number in Arabic's digits."""
    if not isinstance(node, Scalar):
        return ""
    text = _arabic_points(node.text.strip())
    if text != node.text.strip() and _ONE_NUMBER().fullmatch(text):
        return f"; write {text.replace(',', '.')} (in the digits 0-9, decimals with a point)"  # '٣٣٫٨٦٤'
    found = _DEGREES().fullmatch(_points_after(text))
    if found is None or _point(found) not in ("NS" if name == "latitude" else "EWO"):
        return ""
    number = _in_degrees(found)
    if _point(found) == "O":  # west in Spanish, French, Portuguese, Italian; east (Ost) in German, Dutch
        return (
            f"; write -{number:g} if 'O' is west (oeste, ouest) or {number:g} if it is east (Ost, oost): "
            "in decimal degrees, east is positive and west negative"
        )
    signed = -number if _point(found) in "SW" else number
    return f"; write {signed:g} (in decimal degrees: north and east positive, south and west negative)"


_PAIR = later(rf"\s*(?P<a>{_DEGREES_WRITTEN})\s*[,;]?\s*(?P<b>{_DEGREES_WRITTEN})\s*")
"""Both coordinates of a place written with their compass points, in either order, as
one text: '30°21′N 32°22′E', '30.35°N, 32.37°E'."""


_CHINESE_POINT = later("([北南][緯纬]|[東东西][經经])\\s*([^北南東东西]*)")
"""A coordinate as Chinese writes it, its compass point first: '北緯24.99度', '東經121°25′'
(北/南 緯, north and south latitude; 東/西 經, east and west longitude), in Traditional or
Simplified characters."""
_CHINESE_COMPASS = {"北": "N", "南": "S", "東": "E", "东": "E", "西": "W"}
_CHINESE_UNITS = str.maketrans({"度": "°", "分": "′", "秒": "″"})


def _chinese_points(text: str) -> str:
    """Coordinates ``text`` written as Chinese writes them ('北緯24.99度，東經121.42度',
    '北纬24°59′ 东经121°25′') as English does ('24.99° N 121.42° E'); any other text as it
    is."""
    found = list(_CHINESE_POINT().finditer(text))
    if not found or text[: found[0].start()].strip():
        return text
    written = [(one[2].translate(_CHINESE_UNITS).strip(" ,;，、；"), one[1][0]) for one in found]
    return " ".join(f"{number} {_CHINESE_COMPASS[point]}" for number, point in written)


_THAI_POINTS = (("ตะวันออก", "E"), ("ตะวันตก", "W"), ("เหนือ", "N"), ("ใต้", "S"))
"""Thai's compass points, as the Thai pages write a place's coordinates ('20.43° เหนือ,
99.88° ตะวันออก'), to English's letters."""
_THAI_AXIS = later(
    rf"(?P<axis>ละติจูด|ลองจิจูด)\s*(?P<number>{_NUMERAL}\s*°?\s*(?:{_NUMERAL}\s*[′'’]\s*"
    rf"(?:{_NUMERAL}\s*(?:″|''|[\"”])\s*)?)?)(?P<point>[NSEW])?"
)
"""A coordinate after the Thai word for latitude or longitude ('ละติจูด 20.4333', as Thai
articles give one), with its compass point after it or none: north and east then."""


def _thai_points(text: str) -> str:
    """Coordinates ``text`` written with Thai words ('20.43° เหนือ, 99.88° ตะวันออก',
    'ละติจูด 20.4333 ลองจิจูด 99.8833') as English writes them ('20.43° N, 99.88° E'); any
    other text as it is."""
    if not any("\u0e01" <= c <= "\u0e4e" for c in text):
        return text
    for word, point in _THAI_POINTS:
        text = text.replace(word, f" {point}")

    def axis(found: re.Match[str]) -> str:
        point = found["point"] or ("N" if found["axis"] == "ละติจูด" else "E")
        return f"{found['number'].strip()} {point} "

    return _THAI_AXIS().sub(axis, " ".join(text.split())).strip()


_INDIC_LETTERS = {
    "வடக்கு": "N", "தெற்கு": "S", "கிழக்கு": "E", "மேற்கு": "W",
    "ఉత్తరం": "N", "ఉత్తర": "N", "దక్షిణం": "S", "దక్షిణ": "S", "తూర్పు": "E", "పడమర": "W",
    "పశ్చిమం": "W", "పశ్చిమ": "W",
}  # fmt: skip
"""Tamil's and Telugu's compass points, as their pages write a place's coordinates ('13.0827°
வடக்கு, 80.2707° கிழக்கு', '17.6868° ఉత్తరం, 83.2185° తూర్పు', after a no-break space),
with Telugu's 'పశ్చిమం' (west) beside the pages' 'పడమర' and the forms without 'ం'."""
_INDIC_POINTS = later(r"\s*(" + "|".join(sorted(_INDIC_LETTERS, key=len, reverse=True)) + ")")


def _indic_points(text: str) -> str:
    """Coordinates ``text`` written with Tamil or Telugu words ('13.08° வடக்கு, 80.27°
    கிழக்கு', '17.68° ఉత్తరం, 83.21° తూర్పు') as English writes them ('13.08° N, 80.27° E');
    any other text as it is."""
    return _INDIC_POINTS().sub(lambda found: f" {_INDIC_LETTERS[found[1]]}", text)


_FILIPINO_POINTS = later(r"\s*\b(hilaga|timog|silangan|kanluran)\b", re.IGNORECASE)
"""Filipino's compass points, as the Filipino pages write a place's coordinates ('11.2444°
hilaga, 125.0039° silangan', after a no-break space): north, south, east, west."""
_FILIPINO_LETTERS = {"hilaga": "N", "timog": "S", "silangan": "E", "kanluran": "W"}


def _filipino_points(text: str) -> str:
    """Coordinates ``text`` written with Filipino words ('11.24° hilaga, 125.0° silangan')
    as English writes them ('11.24° N, 125.0° E'); any other text as it is."""
    return _FILIPINO_POINTS().sub(lambda found: f" {_FILIPINO_LETTERS[found[1].lower()]}", text)


_ARABIC_NUMERALS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫،", "01234567890123456789.,")
"""Arabic's and Persian's digits, their decimal separator ('٫') and comma ('،'), as 0-9,
a point and a comma: '٣٣٫٨٦٤' is 33.864."""
_ARABIC_POINTS = later("\\s*(شمال|جنوب|شرق|غرب)(?:[\u064bا]+|[یي])?(?!\\w)")
"""Arabic's and Persian's compass points in words, as their Wikipedias write a place's
coordinates ('33°53′13″ شمال 35°30′47″ شرق', '۳۳°۵۳′ شمالی ۳۵°۳۰′ شرقی'), also as adverbs
('شمالًا', 'شرقاً'): north, south, east, west."""
_ARABIC_LETTERS = {"شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W"}


def _arabic_points(text: str) -> str:
    """Coordinates ``text`` written in Arabic's or Persian's digits and words ('٣٣٫٨٦٤',
    '33°53′ شمال 35°30′ شرق') as English writes them ('33.864', '33°53′ N 35°30′ E'); any
    other text as it is."""
    text = text.translate(_ARABIC_NUMERALS)
    return _ARABIC_POINTS().sub(lambda found: f" {_ARABIC_LETTERS[found[1]]}", text)


_CYRILLIC_POINTS = str.maketrans("СЈИЗсјиз", "SJIZsjiz")
"""Macedonian's and Serbian's compass letters, С (север), Ј (југ), И (исток) and З (запад),
as the Macedonian and Serbian pages write coordinates ('41,9981° С, 21,4254° И'), in the
Latin letters Croatian writes for the same words."""
_OTHER_LETTER = later(r"[^\W\d_СЈИЗсјиз]")


def _cyrillic_points(text: str) -> str:
    """Coordinates ``text`` written with Cyrillic compass letters ('41,9981° С, 21,4254° И')
    in Croatian's Latin ones ('41,9981° S, 21,4254° I'); any other text, one with any other
    letter, as it is."""
    return text if _OTHER_LETTER().search(text) else text.translate(_CYRILLIC_POINTS)


def compass_pair(text: str) -> tuple[float, float] | None:
    """The latitude and longitude, in decimal degrees, of coordinates given as one text
    with their compass points ('30°21′N 32°22′E': (30.35, 32.3667); Chinese's before the
    numbers, '北緯30°21′ 東經32°22′'; Thai's words, '20.43° เหนือ, 99.88° ตะวันออก'; Tamil's,
    '13.08° வடக்கு, 80.27° கிழக்கு'; Telugu's, '17.68° ఉత్తరం, 83.21° తూర్పు'; Filipino's, '11.24°
    hilaga, 125.0° silangan'; Macedonian's and Serbian's Cyrillic letters, '41,99° С, 21,43° И';
    Arabic's and Persian's words and digits, '33°53′ شمال 35°30′ شرق', '۳۳°۵۳′ شمالی ۳۵°۳۰′ شرقی'),
    whichever came first; None for any other text, and where 'O' makes it unclear."""
    text = _points_after(
        _chinese_points(_thai_points(_indic_points(_filipino_points(_cyrillic_points(_arabic_points(text))))))
    )
    found = _PAIR().fullmatch(text)
    if found is None or slovenian_or_nordic(text) is not None:  # S and V: two readings
        return None
    both = [_DEGREES().fullmatch(found[part].strip()) for part in ("a", "b")]
    points = (
        _VIETNAMESE_POINTS
        if _vietnamese_points(text)
        else _CROATIAN_POINTS
        if _croatian_points(text)
        else _FINNISH_POINTS
        if _finnish_points(text)
        else None
    )
    signed: dict[str, float] = {}
    for one in both:
        assert one is not None  # each part is a _DEGREES by the making of _PAIR
        point = points.get(one[4].upper(), "") if points else _point(one)
        # Not '' (a letter of another language's points: Finnish has no 'S'), which 'in' finds
        # in any text: '45°28′S 16°22′I' was read as Finnish, its 'S' as south.
        axis = None if not point else "latitude" if point in "NS" else "longitude" if point in "EW" else None
        if axis is None or axis in signed:  # 'O', or two latitudes: no one reading
            return None
        signed[axis] = -_in_degrees(one) if point in "SW" else _in_degrees(one)
    return signed["latitude"], signed["longitude"]


def compass_pair_hint(node: Node) -> str:
    """What to write for coordinates given as one text with their compass points, without
    brackets ('30°21′N 32°22′E'): '; write [30.35, 32.3667] (...)'; empty for any other value."""
    if not isinstance(node, Scalar) or not isinstance(node.value, str):
        return ""
    readings = slovenian_or_nordic(node.text)
    if readings is not None:
        (north, east), (south, west) = readings
        return (
            f"; write [{north:g}, {east:g}] if S and V are Slovenian's (sever, north; vzhod, east) "
            f"or [{south:g}, {west:g}] if they are south and west (Norwegian, Danish, Swedish): "
            "in brackets, latitude first, in decimal degrees, north and east positive"
        )
    pair = compass_pair(node.text)
    if pair is None:
        return ""
    # Said, since 'N' (Vietnamese) or 'E' (Finnish) there is south: a reader of English
    # maps would take it as north or east.
    points = (
        " (B, Bắc, is north; N, Nam, south; Đ, Đông, east; T, Tây, west)"
        if _vietnamese_points(node.text)
        else " (S, sever, is north; J, jug, south; V, vzhod, east; Z, zahod, west)"
        if _croatian_points(node.text) and "V" in node.text.upper()
        else " (С, север, is north; Ј, југ, south; И, исток, east; З, запад, west)"
        if _cyrillic_points(node.text) != node.text
        else " (S, sjever, is north; J, jug, south; I, istok, east; Z, zapad, west)"
        if _croatian_points(node.text)
        else " (P, pohjoinen, is north; E, etelä, south; I, itä, east; L, länsi, west)"
        if _finnish_points(node.text)
        else ""
    )
    return (
        f"; write [{pair[0]:g}, {pair[1]:g}] (in brackets, latitude first, in "
        f"decimal degrees: north and east positive, south and west negative){points}"
    )


_LATITUDE_KEYS, _LONGITUDE_KEYS = (
    ("lat", "latitude", "latitud"),
    ("lon", "lng", "long", "longitude", "longitud"),
)
"""Keys other tools (and Spanish) give a place's position under, one number each."""
_ONE_NUMBER = later(r"[+-]?\d+(?:[.,]\d+)?")


def position_key_hint(name: str, node: Mapping) -> str:
    """What to write for ``name``, an unknown key of ``node``, when it is a latitude or a
    longitude given a key of its own ('lat: -27,3', 'lon: -70,4'): both in 'coordinates',
    with decimal points ('; write 'coordinates: [-27.3, -70.4]' instead ...'), or the one
    given and the name of the other ('[-27.3, longitude]'). Empty for another key."""
    if name.lower() not in _LATITUDE_KEYS + _LONGITUDE_KEYS:
        return ""
    latitude, longitude = _number_under(node, _LATITUDE_KEYS), _number_under(node, _LONGITUDE_KEYS)
    if latitude is not None and longitude is not None:
        return (
            f"; write 'coordinates: [{latitude}, {longitude}]' instead "
            "(latitude first, decimals with a point)"
        )
    position = f"[{latitude or 'latitude'}, {longitude or 'longitude'}]"
    return f"; give the position as 'coordinates: {position}' (decimals with a point)"


def _number_under(node: Mapping, keys: tuple[str, ...]) -> str | None:
    """The number ``node`` gives under one of ``keys``, with a decimal point ('-27.3' for
    '-27,3': one number, so its comma can only be a decimal one); None if there is none."""
    for name, (_, value) in node.items.items():
        if name.lower() in keys and isinstance(value, Scalar) and _ONE_NUMBER().fullmatch(value.text):
            return value.text.replace(",", ".")
    return None


def counted(node: Sequence) -> str:
    """How a message names a list by its length: 'an empty list', 'a list of 1 value',
    'a list of 3 values'."""
    count = len(node.items)
    if count == 0:
        return "an empty list"
    return f"a list of {count} value{'' if count == 1 else 's'}"


_WHOLE, _FRACTION = later(r"[+-]?\d+"), later(r"\d+")

Part = tuple[str, bool]
"""A number as written, and whether a decimal comma may join it to the number before it:
digits alone, written right after the comma ('724' in '-36,724')."""


def decimal_comma_hint(node: Sequence) -> str:
    """What to write for ``[-36,724, -73,117]``, which YAML reads as four whole numbers (in
    brackets, a comma ends a value): '... write decimals with a point: [-36.724, -73.117]'.
    A whole number and the digits a comma joins to it, with no space, are one decimal.
    When that can make two numbers more than one way ('[27,3,70]'), both are offered.
    Empty unless it makes the list two numbers."""
    items = [item for item in node.items if _plain_number(item)]
    if len(items) != len(node.items) or len(items) == 2:
        return ""
    parts = [(item.text, i > 0 and _fraction_of(items[i - 1], item)) for i, item in enumerate(items)]
    found = _pairs(parts)
    if not found:
        return ""
    if len(found) == 1:
        return f" (in YAML a comma ends a number); write decimals with a point: {found[0]}"
    return f" (in YAML a comma ends a number); it could be {found[0]} or {found[1]}: write the one it is"


_UNBRACKETED = later(r"\s*[+-]?\d+(?:\.\d+)?(?:(?:\s*[,;]\s*|\s+)[+-]?\d+(?:\.\d+)?)+\s*", re.ASCII)
_NUMBER = later(r"[+-]?\d+(?:\.\d+)?", re.ASCII)
_FULL_WIDTH_COMMAS = str.maketrans({"，": ", ", "；": "; ", "、": ", "})


def unbracketed_hint(node: Node) -> str:
    """What to write for coordinates given as text without brackets ('-27,3, -70,4', with
    decimal commas, or '42.8, 74.5'), which YAML reads as one text: '; write [-27.3, -70.4]
    (in brackets, decimals with a point)', or the two readings when the commas can make two
    numbers two ways ('27,3,70'). Empty for any other value."""
    if not isinstance(node, Scalar) or not isinstance(node.value, str):
        return ""
    text = ascii_digits(node.text)
    found = unbracketed_pairs(text)
    how = " (in brackets, decimals with a point)" if len(_NUMBER().findall(text)) > 2 else " (in brackets)"
    if len(found) == 1:
        return f"; write {found[0]}{how}"
    if len(found) == 2:
        return f"; it could be {found[0]} or {found[1]}: write the one it is{how}"
    return ""


def unbracketed_pairs(text: str) -> list[str]:
    """Every way coordinates written as text without brackets ('-27,3, -70,4', '42.8 74.5')
    make two numbers, as '[-27.3, -70.4]'; none for any other text, and for one number
    written with a decimal comma ('-27,3'). Digits of another script are written 0-9 ('٣٠ ٣٢'
    makes '[30, 32]': YAML reads them as text)."""
    # A Chinese or Japanese keyboard types the comma full width ('24.99，121.42').
    text = ascii_digits(text).translate(_FULL_WIDTH_COMMAS)
    if not _UNBRACKETED().fullmatch(text):
        return []
    parts = _written_parts(text)
    if len(parts) == 2 and parts[1][1]:  # '-27,3': a pair, or the one number -27.3
        return []
    return _pairs(parts)


def _written_parts(text: str) -> list[Part]:
    """The numbers of ``text`` ('-27,3, -70,4'), each with whether a decimal comma may join
    it to the one before: a comma alone between them, and digits alone after it."""
    numbers = list(_NUMBER().finditer(text))
    return [(numbers[0][0], False)] + [
        (after[0], text[before.end() : after.start()] == "," and _FRACTION().fullmatch(after[0]) is not None)
        for before, after in pairwise(numbers)
    ]


def _pairs(parts: list[Part]) -> list[str]:
    """Every way ``parts`` make two numbers, latitude first, as '[-27.3, -70.4]': a part
    that may is joined to a whole number before it by a decimal point, or starts a number.
    Readings out of range (latitude -90 to 90, longitude -180 to 180) are dropped when
    another is in range."""
    readings: list[list[str]] = [[]]
    for text, joinable in parts:
        grown = [[*numbers, text] for numbers in readings]
        if joinable:
            grown += [
                [*numbers[:-1], f"{numbers[-1]}.{text}"]
                for numbers in readings
                if numbers and _WHOLE().fullmatch(numbers[-1])
            ]
        readings = [numbers for numbers in grown if len(numbers) <= 2]
    pairs = [numbers for numbers in readings if len(numbers) == 2]
    in_range = [p for p in pairs if abs(float(p[0])) <= 90 and abs(float(p[1])) <= 180]
    return [f"[{p[0]}, {p[1]}]" for p in (in_range or pairs)]


def _plain_number(node: Node) -> TypeGuard[Scalar]:
    """Whether ``node`` is a number written without quotes."""
    return (
        isinstance(node, Scalar)
        and node.source is None
        and isinstance(node.value, (int, float))
        and not isinstance(node.value, bool)
    )


def _fraction_of(whole: Scalar, node: Scalar) -> bool:
    """Whether ``node`` is digits written right after ``whole`` and a comma ('724' in '-36,724')."""
    if not _FRACTION().fullmatch(node.text) or whole.pos.col is None or node.pos.col is None:
        return False
    return node.pos.line == whole.pos.line and node.pos.col == whole.pos.col + len(whole.text) + 1


def yes_no_hint(node: Node) -> str:
    """'; write true' for 'yes', 'on' or 'y'; '; write false' for 'no', 'off' or 'n' (any
    case), and for their words in other languages ('ja', 'sí', 'nein', 'нет'); and what to
    write for true or false in a word processor's quotation marks ('“true”')."""
    word = node.value.lower() if isinstance(node, Scalar) and isinstance(node.value, str) else ""
    bare = word.strip("\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb")
    if bare != word and bare in ("true", "false"):  # '“true”': a word processor's quotes are text to YAML
        return f"; write {bare}, without the quotation marks"
    meant = _YES_NO.get(bare)
    return f"; write {meant}" if meant else ""
