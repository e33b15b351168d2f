"""The JSON Schema of ``<story>/story.json`` (``storyjson.py``): the one description of
the file's shape, shipped as ``docs/schemas/story-data.schema.json`` by
``explainer schema``.

Every object lists all its fields as required and allows no others, so the schema and
the export cannot drift apart unseen: a test validates the files built from the test
fixtures and the seed against it. A field with nothing to say is ``null`` (or an empty
list), never missing, so a tool reading the file finds every field in every story.
"""

from __future__ import annotations

from typing import Any

from generator.content.dates import DATE_REGEX, FROM_DAY_REGEX, Precision
from generator.content.ids import ID_REGEX
from generator.content.schema import DATE_PHRASES, SCHEMA_DIALECT, UPDATE_KINDS
from generator.i18n.languages import LANGUAGE_REGEX
from generator.render.storyjson import FORMAT

JSON = dict[str, Any]

NAME = "story-data"
"""The schema's name: ``docs/schemas/story-data.schema.json``."""

PRECISIONS = tuple(p.name.lower() for p in Precision)


def _nullable(schema: JSON) -> JSON:
    return {"anyOf": [schema, {"type": "null"}]}


def _string(description: str, *, pattern: str | None = None, null: bool = False) -> JSON:
    schema: JSON = {"type": "string"}
    if pattern is not None:
        schema["pattern"] = pattern
    schema = _nullable(schema) if null else schema
    return {"description": description, **schema}


def _html(description: str, *, null: bool = False) -> JSON:
    return _string(f"{description} HTML, as the pages publish it.", null=null)


def _ids(description: str) -> JSON:
    return {"description": description, "type": "array", "items": {"type": "string", "pattern": ID_REGEX}}


def _object(description: str, fields: dict[str, JSON]) -> JSON:
    return {
        "description": description,
        "type": "object",
        "properties": fields,
        "required": list(fields),
        "additionalProperties": False,
    }


def _list(description: str, item: JSON) -> JSON:
    return {"description": description, "type": "array", "items": item}


URL = "Full when the site's base_url is known, else relative to this file."
PLAIN = "Plain text, as the pages show it (quotation marks and dashes set for its language)."
SORT_AS = (
    "What the name sorts as in a list, as its file gives it (a Japanese name's reading in "
    "kana); null: the name itself."
)
WRITTEN = "As written in the content file (YYYY, YYYY-MM, YYYY-MM-DD or with a time, ISO 8601)."

IMAGE = _nullable(
    _object(
        "A picture, as the site publishes it.",
        {
            "url": _string(
                "The picture: for one the build resized, its largest JPEG or PNG; else its "
                f"own address. {URL}"
            ),
            "alt": _string("Its text alternative."),
            "credit": _string("Who made it.", null=True),
            "caption": _html("Its caption:", null=True),
            "focus": _string("Where its subject is ('top', 'bottom left'...).", null=True),
            "width": {
                "description": "In pixels, of its largest size (null: not known).",
                "anyOf": [{"type": "integer"}, {"type": "null"}],
            },
            "height": {
                "description": "In pixels, of its largest size.",
                "anyOf": [{"type": "integer"}, {"type": "null"}],
            },
            "renditions": _list(
                "Every size the build published, best format first, narrowest first in each "
                "(none for a picture at another site's address, or an SVG drawing).",
                _object(
                    "One size in one format.",
                    {
                        "type": _string("Its media type (image/avif, image/webp, image/jpeg...)."),
                        "url": _string(URL),
                        "width": {"type": "integer"},
                        "height": {"type": "integer"},
                    },
                ),
            ),
        },
    )
)

QUOTE = _object(
    "Words someone said.",
    {
        "text": _html("The words:"),
        "by": _string("A figure's id when by_figure is true, else the speaker as written."),
        "by_figure": {"type": "boolean"},
        "source": _string("The id of the source that reports them.", pattern=ID_REGEX, null=True),
        "language": _string(
            "The language the words are in, when not the story's.", pattern=LANGUAGE_REGEX, null=True
        ),
    },
)

EVENT = _object(
    "One thing that happened, in timeline order.",
    {
        "id": _string("Its id: its file's name.", pattern=ID_REGEX),
        "url": _string(f"Its page. {URL}"),
        "title": _string(f"Its headline. {PLAIN}"),
        "date": _string(f"When it happened, or began. {WRITTEN}", pattern=DATE_REGEX),
        "end": _string(f"When it ended. {WRITTEN}", pattern=DATE_REGEX, null=True),
        "circa": {"description": "Whether the date is approximate.", "type": "boolean"},
        "date_phrase": {
            "description": "How the date is worded, when not as a plain date or span.",
            "enum": [*DATE_PHRASES, None],
        },
        "display_date": _string("The date in the editor's own words, when given.", null=True),
        "when": _string("The date as the pages show it, in the story's language."),
        "start_iso": _string(
            "The first day it covers (2010-04 gives 2010-04-01), or its time as written.",
            pattern=FROM_DAY_REGEX,
        ),
        "end_iso": _string(
            "The last day it covers, of end, else of date (2010-04 gives 2010-04-30), or the time "
            "as written.",
            pattern=FROM_DAY_REGEX,
        ),
        "precision": {"description": "How precise date is.", "enum": list(PRECISIONS)},
        "summary": _html("Its summary:"),
        "body": _html("Its longer text, on its own page:", null=True),
        "key": {"description": "Marked by the editor as a key moment.", "type": "boolean"},
        "added": _string(
            f"When it was added after the story was published. {WRITTEN}", pattern=DATE_REGEX, null=True
        ),
        "figures": _ids("The figures it involves, by id (figures)."),
        "places": _ids("Where it happened, by id (places)."),
        "sources": _ids("The sources it cites, by id (sources)."),
        "tags": {"description": "Its topics, as written.", "type": "array", "items": {"type": "string"}},
        "quotes": _list("What was said.", QUOTE),
        "image": IMAGE,
    },
)

ALSO_IN = _list(
    "The same one's page in other published stories (a file of the same id there), one version of each.",
    _object(
        "Another story's page of it.",
        {"story": _string("That story's id.", pattern=ID_REGEX), "url": _string(f"The page. {URL}")},
    ),
)

FIGURE = _object(
    "A person or group that matters to the story, by id.",
    {
        "id": _string("Its id: its file's name.", pattern=ID_REGEX),
        "url": _string(f"Its page. {URL}"),
        "name": _string(PLAIN),
        "role": _string(f"Who they are. {PLAIN}"),
        "aliases": {"type": "array", "items": {"type": "string"}},
        "sort_as": _string(SORT_AS, null=True),
        "summary": _html("About them:", null=True),
        "image": IMAGE,
        "also_in": ALSO_IN,
    },
)

PLACE = _object(
    "A place where events happened, by id.",
    {
        "id": _string("Its id: its file's name.", pattern=ID_REGEX),
        "url": _string(f"Its page. {URL}"),
        "name": _string(PLAIN),
        "kind": _string("What it is (city, region...).", null=True),
        "country": _string("The country it is in.", null=True),
        "coordinates": _nullable(
            _object(
                "Where it is, in decimal degrees (WGS 84), north and east positive.",
                {
                    "latitude": {"type": "number", "minimum": -90, "maximum": 90},
                    "longitude": {"type": "number", "minimum": -180, "maximum": 180},
                },
            )
        ),
        "unmapped": {"description": "Said to have no position to give.", "type": "boolean"},
        "aliases": {"description": "Other names.", "type": "array", "items": {"type": "string"}},
        "sort_as": _string(SORT_AS, null=True),
        "summary": _html("About it:", null=True),
        "also_in": ALSO_IN,
    },
)

SOURCE = _object(
    "A publication the story cites, by id.",
    {
        "id": _string("Its id in story.yaml.", pattern=ID_REGEX),
        "cited_at": _string(f"Where the story page lists it. {URL}"),
        "publisher": _string(PLAIN),
        "title": _string("The headline of what is cited.", null=True),
        "url": _string("Its address.", null=True),
        "date": _string(f"When it was published. {WRITTEN}", pattern=DATE_REGEX, null=True),
        "archive_url": _string("An archived copy.", null=True),
        "language": _string("The language of its headline, when not the story's.", null=True),
    },
)

STORY = _object(
    "One explainer as published: no draft, nor anything only drafts refer to.",
    {
        "format": {"description": "The version of this file's shape.", "const": FORMAT},
        "id": _string("The story's id: its folder's name.", pattern=ID_REGEX),
        "url": _string(f"The story's page. {URL}"),
        "language": _string("The language its pages are in (BCP 47).", pattern=LANGUAGE_REGEX),
        "translation_of": _string(
            "The id of the story it translates, when that is published.", pattern=ID_REGEX, null=True
        ),
        "translations": _list(
            "Its other versions in the site, by language.",
            _object(
                "Another language's version.",
                {
                    "id": _string("Its id.", pattern=ID_REGEX),
                    "language": _string("Its language.", pattern=LANGUAGE_REGEX),
                    "title": _string("Its title."),
                    "url": _string(f"Its page. {URL}"),
                },
            ),
        ),
        "title": _string(PLAIN),
        "summary": _html("The standfirst:"),
        "byline": _string("Who wrote it.", null=True),
        "published": _string(f"When it was first published. {WRITTEN}", pattern=DATE_REGEX),
        "updated": _string(
            f"When it last changed after that: 'updated', else its latest update's date. {WRITTEN}",
            pattern=DATE_REGEX,
            null=True,
        ),
        "image": IMAGE,
        "key_numbers": _list(
            "The figures that sum it up, in the story's order.",
            _object(
                "A key number.",
                {
                    "value": _string("As written ('87', '1.2 million')."),
                    "label": _string("What it counts."),
                    "source": _string("The id of its source.", pattern=ID_REGEX, null=True),
                    "note": _html("A note on it:", null=True),
                },
            ),
        ),
        "unknowns": _list("What is still unknown, in the story's order.", _html("One unknown:")),
        "updates": _list(
            "Updates and corrections, oldest first.",
            _object(
                "An update or a correction.",
                {
                    "id": _string(
                        "Its place on the story page (update-1, update-2...).",
                        pattern=r"^update-[1-9][0-9]*$",
                    ),
                    "url": _string(f"Where the story page shows it. {URL}"),
                    "kind": {"enum": list(UPDATE_KINDS)},
                    "date": _string(WRITTEN, pattern=DATE_REGEX),
                    "text": _html("What it says:"),
                },
            ),
        ),
        "events": _list("Its events, in timeline order.", EVENT),
        "figures": _list("Its figures, by id.", FIGURE),
        "places": _list("Its places, by id.", PLACE),
        "sources": _list("Its sources, by id.", SOURCE),
        "related": _list(
            "The published stories it lists as related ('related:' in story.yaml), in its order.",
            _object(
                "A related story.",
                {"id": _string("Its id.", pattern=ID_REGEX), "url": _string(f"Its page. {URL}")},
            ),
        ),
    },
)


def json_schema() -> JSON:
    """The JSON Schema of ``story.json``."""
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://explainer.invalid/schemas/{NAME}.schema.json",
        "title": "explainer story data (story.json)",
        **STORY,
        "description": (
            "One explainer as published, for a newsroom's tools; see 'Reusing a story's data' "
            "in README.md. 'format' changes only when a field changes meaning or goes; new "
            "fields may be added to a format."
        ),
    }
