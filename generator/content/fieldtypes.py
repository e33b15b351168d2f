"""The kinds of value a content file's keys hold, each with what an editor is told it
should be (``describe``) and its part of the JSON Schema (``json_schema``): text, a date,
an address, an id, a picture, a list, a record of keys (``Record``). ``schema.py`` puts
them together into the one definition of every content file; ``file_check.py`` walks them.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from typing import Any

from generator.content.dates import DATE_REGEX, FIRST_YEAR, FORMS, FROM_DAY_REGEX, LAST_YEAR
from generator.content.ids import ID_REGEX
from generator.i18n import languages
from generator.i18n.languages import LANGUAGE_REGEX, SUBTAGS_REGEX

JSON = dict[str, Any]
TIME_ZONE_REGEX = r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"
ONE_LINE_REGEX = r"^\s*[^\n]*\S[^\n]*\s*$"
"""Text on one line (surrounding space and a final line break are trimmed, as in checks)."""
URL_CHAR_REGEX = r'[^\s<>"{}|\\^`\x00-\x1f\x7f]'
"""A character a web address may hold as it is: no space, no control character, none of
``< > " { } | \\ ^ ` `` (RFC 3986 has them percent-encoded; a browser's address bar
copies them so). Quotes and angle brackets in an address written into a page, or into
``timeline.json``, whose TimelineJS reads some addresses as HTML, could open markup."""


def article(noun: str) -> str:
    """'a' or 'an' before ``noun``: every name a record or an id has in the schema (and a kind of file) starts
    with a vowel sound exactly when it starts with a vowel letter ('an image', 'a source')."""
    return "an" if noun.startswith(tuple("aeiou")) else "a"


@dataclass(frozen=True)
class Text:
    """A string; Markdown when ``markdown``; a single line when ``one_line``."""

    markdown: bool = False
    one_line: bool = False

    def describe(self) -> str:
        return "text"

    def json_schema(self) -> JSON:
        # Numbers are accepted as text ("value: 85") so the schema allows them too.
        return {"type": ["string", "number"], "pattern": ONE_LINE_REGEX if self.one_line else r"\S"}


@dataclass(frozen=True)
class Boolean:
    """true or false."""

    def describe(self) -> str:
        return "true or false"

    def json_schema(self) -> JSON:
        return {"type": "boolean"}


@dataclass(frozen=True)
class Date:
    """One of the contract's date forms; ``from_day`` for one that gives at least its
    day (a publication: a day, or its time that day), never a month or a year alone."""

    from_day: bool = False

    def describe(self) -> str:
        if self.from_day:
            return "a day (YYYY-MM-DD) or a day and time (YYYY-MM-DDTHH:MM, optionally :SS and +HH:MM or Z)"
        return f"a date ({FORMS})"

    def json_schema(self) -> JSON:
        if self.from_day:
            return {"type": "string", "pattern": FROM_DAY_REGEX}
        # A bare year such as 2005 is a number in YAML.
        return {
            "type": ["string", "integer"],
            "pattern": DATE_REGEX,
            "minimum": FIRST_YEAR,
            "maximum": LAST_YEAR,
        }


@dataclass(frozen=True)
class Url:
    """An absolute http(s) URL; ``directory``: a folder's, with no '?' or '#' part and
    no user name (a '/' left off its end is added: ``addresses.as_folder``)."""

    directory: bool = False

    def describe(self) -> str:
        return "an http:// or https:// address"

    def json_schema(self) -> JSON:
        # The scheme in any case, as check reads it (``urlsplit`` lowers it).
        scheme = r"^[Hh][Tt][Tt][Pp][Ss]?://" + rf"(?!/){URL_CHAR_REGEX}+"
        path = rf"(/{URL_CHAR_REGEX}*)?"
        if (
            self.directory
        ):  # a folder's address alone: no 'name@', '?' or '#' (addresses.folder_address_extra)
            host = URL_CHAR_REGEX.replace("[^", "[^/@?#", 1)
            path = URL_CHAR_REGEX.replace("[^", "[^?#", 1)  # '/@team/' is a path, and allowed
            return {"type": "string", "pattern": rf"^[Hh][Tt][Tt][Pp][Ss]?://{host}+(/{path}*)?$"}
        return {"type": "string", "pattern": scheme + path + "$"}


@dataclass(frozen=True)
class Pattern:
    """Text matching a regular expression; ``example`` goes into the error message."""

    regex: str
    what: str
    example: str

    def describe(self) -> str:
        return f"{self.what}, e.g. '{self.example}'"

    def json_schema(self) -> JSON:
        return {"type": "string", "pattern": self.regex}


@dataclass(frozen=True)
class LanguageTag:
    """A BCP 47 language tag; with ``interface``, one whose interface text is shipped
    (the language pages are written in), else any (the language of one quote)."""

    interface: bool = False

    def describe(self) -> str:
        return "a language code such as 'en' or 'pt-BR' (BCP 47)"

    def json_schema(self) -> JSON:
        if self.interface:  # check refuses a language without a catalog: editors' tools underline it
            return {"type": "string", "pattern": _interface_tags()}
        return {"type": "string", "pattern": LANGUAGE_REGEX}


def _interface_tags() -> str:
    """The tags ``languages.resolve`` finds a shipped catalog for, as a pattern: a
    language with a catalog (or written with one, ``WRITTEN_AS``), in any case, with any
    subtags after it; Chinese in its script of each catalog it has (zh, zh-Hans..., or a
    region that writes it, zh-CN...; zh-Hant..., zh-TW...)."""
    subtags = SUBTAGS_REGEX
    names = languages.available()
    # and a macrolanguage written with one of them ('no', Norwegian, with Bokmål's)
    written_as = [code for code, catalog in languages.WRITTEN_AS.items() if catalog in names]
    plain = "|".join(_any_case(n) for n in (*(n for n in names if "_" not in n), *written_as))
    tags = [f"({plain}){subtags}"]
    if "zh_Hans" in names:
        scripts = "|".join(_any_case(s) for s in ("hans", *sorted(languages.CHINESE_SIMPLIFIED_REGIONS)))
        tags.append(f"{_any_case('zh')}(-({scripts}){subtags})?")
    if "zh_Hant" in names:
        scripts = "|".join(_any_case(s) for s in ("hant", *sorted(languages.CHINESE_TRADITIONAL_REGIONS)))
        tags.append(f"{_any_case('zh')}-({scripts}){subtags}")
    return "^(" + "|".join(f"({t})" for t in tags) + ")$"


@dataclass(frozen=True)
class TimeZone:
    """A time zone's name in the IANA database, such as 'Europe/Paris'."""

    def describe(self) -> str:
        return "a time zone's name such as 'Europe/Paris' or 'America/Santiago' (IANA)"

    def json_schema(self) -> JSON:
        return {"type": "string", "pattern": TIME_ZONE_REGEX}


@dataclass(frozen=True)
class WholeNumber:
    """A whole number from ``minimum`` to ``maximum``."""

    minimum: int
    maximum: int

    def describe(self) -> str:
        return f"a whole number from {self.minimum} to {self.maximum}"

    def json_schema(self) -> JSON:
        return {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}


@dataclass(frozen=True)
class Choice:
    """One word out of a closed set (an update's ``kind``, an event's ``date_phrase``)."""

    options: tuple[str, ...]

    def describe(self) -> str:
        words = [f"'{o}'" for o in self.options]
        return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]

    def json_schema(self) -> JSON:
        return {"type": "string", "enum": list(self.options)}


@dataclass(frozen=True)
class Ref:
    """The id of an event, figure, location or source of the same story, or of another story."""

    kind: str

    def describe(self) -> str:
        return f"{article(self.kind)} {self.kind} id"

    def json_schema(self) -> JSON:
        # Whether the id exists is a rule across files, checked by `explainer check`.
        return {"type": ["string", "number"], "pattern": ONE_LINE_REGEX}


@dataclass(frozen=True)
class FigureOrText:
    """A figure id when one matches, otherwise free text (who said a quote)."""

    def describe(self) -> str:
        return "a figure id or a name"

    def json_schema(self) -> JSON:
        return {"type": ["string", "number"], "pattern": ONE_LINE_REGEX}


PICTURE_TYPES = (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg")
"""The kinds of media file an ``image:`` may show, by name (any case): what browsers show
in an <img>. The build makes smaller copies of each but SVG (``RASTER_TYPES``)."""

RASTER_TYPES = frozenset(PICTURE_TYPES) - {".svg"}
"""The pictures made of pixels: what the build decodes, resizes and cleans of metadata
(SVG goes as it is, made safe)."""


def names_picture(path: str) -> bool:
    """Whether ``path`` (a file's name or an address's path) ends as the name of a picture
    an ``image:`` may show, in any case (``PICTURE_TYPES``)."""
    return path.lower().endswith(PICTURE_TYPES)


def is_raster(name: str) -> bool:
    """Whether the media file ``name`` (a path, or its name) is a picture made of pixels,
    by its extension in any case (``RASTER_TYPES``)."""
    return os.path.splitext(name)[1].lower() in RASTER_TYPES


def picture_types() -> str:
    """``PICTURE_TYPES`` as an editor reads them: '.jpg, .jpeg, ... or .svg'."""
    return f"{', '.join(PICTURE_TYPES[:-1])} or {PICTURE_TYPES[-1]}"


def _any_case(text: str) -> str:
    """A regular expression matching ``text`` in any case: JSON Schema's patterns
    (ECMA-262) have no flag for it."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in text)


@dataclass(frozen=True)
class ImageSrc:
    """``media/<file>`` inside the story folder, a picture by its name
    (``PICTURE_TYPES``), or an https:// URL (named as its site likes)."""

    def describe(self) -> str:
        return "a path under the story's media/ folder or an https:// address"

    def json_schema(self) -> JSON:
        types = "|".join(_any_case(t[1:]) for t in PICTURE_TYPES)
        local = rf"(?!.*://)(?![/\\])(?![A-Za-z]:[/\\])(?!(.*/)?\.\.(/|$))\S.*\.({types})"
        return {"type": "string", "pattern": rf"^(https://(?!/){URL_CHAR_REGEX}+|{local})$"}


@dataclass(frozen=True)
class Coordinates:
    """``[latitude, longitude]`` in degrees."""

    def describe(self) -> str:
        return "[latitude, longitude], e.g. [42.87, 74.59]"

    def json_schema(self) -> JSON:
        return {
            "type": "array",
            "prefixItems": [
                {"type": "number", "minimum": -90, "maximum": 90},
                {"type": "number", "minimum": -180, "maximum": 180},
            ],
            "minItems": 2,
            "maxItems": 2,
        }


@dataclass(frozen=True)
class ListOf:
    """A list whose items are all of one type."""

    item: FieldType

    def describe(self) -> str:
        return "a list"

    def json_schema(self) -> JSON:
        if isinstance(self.item, Ref):  # an id listed twice is an error of check
            return {"type": "array", "items": self.item.json_schema(), "uniqueItems": True}
        return {"type": "array", "items": self.item.json_schema()}


@dataclass(frozen=True)
class Field:
    """One key of a record: its name, its type, whether it is required, what it is for."""

    name: str
    type: FieldType
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Record:
    """A mapping with a fixed set of keys (a whole file, or a nested object)."""

    name: str
    fields: tuple[Field, ...]
    rules: tuple[JSON, ...] = ()
    """What a file of this kind must hold beyond each key's own value, as JSON Schema (the
    keys one key asks for, keys that exclude each other): ``check.check_file`` checks the
    same, and the samples of tests/content/test_schema.py hold the two together."""

    def describe(self) -> str:
        return f"{article(self.name)} {self.name} ('key: value' lines)"

    def field(self, name: str) -> Field | None:
        return self._by_name.get(name)

    @functools.cached_property
    def _by_name(self) -> dict[str, Field]:  # every key of every file is looked up here
        return {f.name: f for f in self.fields}

    def json_schema(self) -> JSON:
        out: JSON = {
            "type": "object",
            "properties": {f.name: _property(f) for f in self.fields},
            "required": [f.name for f in self.fields if f.required],
            "additionalProperties": False,
        }
        if self.rules:
            out["allOf"] = list(self.rules)
        return out


def _property(spec: Field) -> JSON:
    schema = spec.type.json_schema()
    if not spec.required:  # an empty optional key ("body:") counts as not given
        types = schema["type"]
        schema["type"] = [*(types if isinstance(types, list) else [types]), "null"]
        if "enum" in schema:  # the enum decides alone: without null in it, 'kind:' would fail
            schema["enum"] = [*schema["enum"], None]
    if spec.doc:
        schema["description"] = spec.doc
    return schema


@dataclass(frozen=True)
class IdMap:
    """A mapping from ids (as for file names) to records: the story's sources."""

    value: Record

    def describe(self) -> str:
        return f"'id: {self.value.name}' entries"

    def json_schema(self) -> JSON:
        return {
            "type": "object",
            "propertyNames": {"pattern": ID_REGEX},
            "additionalProperties": self.value.json_schema(),
        }


FieldType = (
    Text
    | Boolean
    | Date
    | Url
    | Pattern
    | LanguageTag
    | TimeZone
    | WholeNumber
    | Choice
    | Ref
    | FigureOrText
    | ImageSrc
    | Coordinates
    | ListOf
    | Record
    | IdMap
)
