"""The one definition of every content file's fields.

Each key's kind of value is one of ``fieldtypes.py``'s. Checking (``file_check.py``) walks
these definitions, file by file; the JSON Schema for editors' tools is produced from
them too (``json_schema``), so the two cannot drift apart, and every file ``new`` or
``import`` writes starts with the line that points editors' tools at it
(``modeline``). Rules a JSON Schema cannot express live beside them: within a file
(``end`` not before ``date``, each id listed once) in ``filerules.py`` and ``file_check.py``,
across files (the ids named exist, the timeline's placements) in ``check.py``.
"""

from __future__ import annotations

import functools
import os

from generator.content.fieldtypes import (
    JSON,
    Boolean,
    Choice,
    Coordinates,
    Date,
    Field,
    FigureOrText,
    IdMap,
    ImageSrc,
    LanguageTag,
    ListOf,
    Pattern,
    Record,
    Ref,
    Text,
    TimeZone,
    Url,
    WholeNumber,
    picture_types,
)

HOSTNAME_REGEX = r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
DATE_PHRASES = ("from", "until", "between", "weekend")
"""The wordings of a date that every language has (``date_phrase``)."""
SPAN_PHRASES = ("between", "weekend")


MARKDOWN = Text(markdown=True)
LINE = Text(one_line=True)

SITE = Record(
    "site",
    (
        Field("title", LINE, True, "The site's name, shown on every page."),
        Field("description", LINE, doc="One line for the home page and meta tags."),
        Field(
            "base_url",
            Url(directory=True),
            doc=(
                "Where the site is published (its folder: a '/' left off its end is added); "
                "used only for absolute URLs."
            ),
        ),
        Field(
            "language",
            LanguageTag(interface=True),
            doc="The pages' language (BCP 47), default 'en': their interface text, dates and "
            "direction. One of the languages shipped (see docs/editing.md).",
        ),
        Field(
            "time_zone",
            TimeZone(),
            doc="Where the story's clock is, for times written without a UTC offset: the Atom "
            "feed, the sitemap and check then know their exact moment (without it the feed "
            "takes them as UTC). An IANA name such as 'Europe/Paris'.",
        ),
        Field(
            "cname",
            Pattern(HOSTNAME_REGEX, "a host name", "explainers.example.org"),
            doc="Custom domain for GitHub Pages.",
        ),
        Field(
            "media_max_mb",
            WholeNumber(1, 2000),
            doc="The largest media file a story may use, in megabytes (default 50).",
        ),
        Field(
            "search",
            Boolean(),
            doc="false: the site has no search box, page or index (default true, where "
            "Pagefind is installed).",
        ),
    ),
)

SOURCE = Record(
    "source",
    (
        Field("publisher", LINE, True, "Who published it."),
        Field("title", LINE, doc="The piece's headline."),
        Field("language", LanguageTag(), doc="The language of its headline, when not the story's."),
        Field("url", Url(), doc="Link to the piece (http or https)."),
        Field("date", Date(), doc="When it was published."),
        Field("archive_url", Url(), doc="An archived copy."),
    ),
)

KEY_NUMBER = Record(
    "key number",
    (
        Field("value", LINE, True, "The number as it should be shown: 'at least 85'."),
        Field("label", LINE, True, "What it counts."),
        Field("source", Ref("source"), doc="The id of a source in this story."),
        Field("note", MARKDOWN, doc="A caveat or explanation."),
    ),
)

UPDATE_KINDS = ("update", "correction")
"""What an entry of a story's ``updates`` is: news added, or a mistake put right."""

UPDATE = Record(
    "update",
    (
        Field("date", Date(), True, "When the story changed: a date, optionally with a time."),
        Field("text", MARKDOWN, True, "What changed, for readers: what was added or corrected."),
        Field(
            "kind",
            Choice(UPDATE_KINDS),
            doc="'update' (the default) for news added, 'correction' for a mistake put right.",
        ),
    ),
)

FOCUS = (
    "top", "bottom", "left", "right", "center", "top left", "top right", "bottom left", "bottom right",
)  # fmt: skip
"""Where an image's subject may be: CSS's ``object-position`` keywords, as the pages use them."""

IMAGE = Record(
    "image",
    (
        Field(
            "src",
            ImageSrc(),
            True,
            f"A picture ({picture_types()}): media/<file> in the story folder, or an https:// URL.",
        ),
        Field("alt", LINE, True, "What the image shows, for people who cannot see it."),
        Field("credit", LINE, doc="Photographer or agency."),
        Field("caption", MARKDOWN, doc="Shown under the image."),
        Field(
            "focus",
            Choice(FOCUS),
            doc="Where its subject is, kept in view where a page crops the picture (the lead "
            "picture on a phone, a card, a gallery, a thumbnail) and in a shared link's picture: "
            "the middle when not given.",
        ),
    ),
)

STORY = Record(
    "story",
    (
        Field("title", LINE, True, "The headline."),
        Field("summary", MARKDOWN, True, "The standfirst: what this explainer is about."),
        Field(
            "published",
            Date(from_day=True),
            True,
            "First publication: the day (YYYY-MM-DD), or its time too (YYYY-MM-DDTHH:MM, "
            "optionally :SS and +HH:MM or Z; without an offset, on the site's 'time_zone').",
        ),
        Field(
            "updated",
            Date(),
            doc="Last substantive update; not before 'published'. Without it, the latest of 'updates'.",
        ),
        Field("byline", LINE, doc="Who wrote it."),
        Field("sources", IdMap(SOURCE), doc="The reporting the story rests on, by id."),
        Field("unknowns", ListOf(MARKDOWN), doc="What we don't know yet."),
        Field("key_numbers", ListOf(KEY_NUMBER), doc="'By the numbers'."),
        Field(
            "updates",
            ListOf(UPDATE),
            doc="Updates and corrections, shown near the top (latest first) and in the feed.",
        ),
        Field(
            "image",
            IMAGE,
            doc="The lead picture: opens the story page and its card on the home page, "
            "and shows in shared links.",
        ),
        Field("draft", Boolean(), doc="Built only with --drafts, marked DRAFT."),
        Field(
            "language",
            LanguageTag(interface=True),
            doc="The story's language (BCP 47), when not the site's: its pages' interface text, "
            "dates and direction.",
        ),
        Field(
            "translation_of",
            Ref("story"),
            doc="The id of the story this one translates: their pages link to each other.",
        ),
        Field(
            "related",
            ListOf(Ref("story")),
            doc="The ids of other stories of the site (their folders' names), listed on the story "
            "page after the timeline as 'Related explainers'.",
        ),
    ),
)

REMOVAL = Record(
    "removal",
    (
        Field(
            "date",
            Date(),
            True,
            "When it was taken out of the story: a date, optionally with a time.",
        ),
        Field(
            "reason",
            MARKDOWN,
            True,
            "Why, for readers, in a sentence or two: its page shows this in place of the event.",
        ),
    ),
)
"""An event taken out of a published story (``removed:``): its page stays at its
address as a short notice, and nothing else of it is published."""

QUOTE = Record(
    "quote",
    (
        Field("text", MARKDOWN, True, "The words, as said."),
        Field("by", FigureOrText(), True, "A figure id, or the speaker's name."),
        Field("source", Ref("source"), doc="The id of a source in this story."),
        Field("language", LanguageTag(), doc="The language the words are in, when not the story's."),
    ),
)

EVENT = Record(
    "event",
    (
        Field("title", LINE, True, "What happened, in a few words."),
        Field("date", Date(), True, "When it happened."),
        Field("end", Date(), doc="For spans: when it ended; not before 'date'."),
        Field("circa", Boolean(), doc="The date is approximate."),
        Field(
            "date_phrase",
            Choice(DATE_PHRASES),
            doc="How the date is worded, in the story's language: 'from 7 April', 'until ...', "
            "'between 7 and 15 April' or 'weekend of 17-18 April' (the last two with 'end').",
        ),
        Field("display_date", LINE, doc="Shown instead of the formatted date, in your own words."),
        Field(
            "after",
            Ref("event"),
            doc="The id of the event this one comes directly after, for events whose dates "
            "do not say which came first (the same day, or a month among its days).",
        ),
        Field(
            "before",
            Ref("event"),
            doc="The id of the event this one comes directly before (instead of 'after').",
        ),
        Field("summary", MARKDOWN, True, "One or two short paragraphs."),
        Field("body", MARKDOWN, doc="Longer text for the event's own page."),
        Field("figures", ListOf(Ref("figure")), doc="Ids of the figures involved."),
        Field("locations", ListOf(Ref("location")), doc="Ids of the places where it happened."),
        Field("sources", ListOf(Ref("source")), doc="Ids of sources from story.yaml."),
        Field("quotes", ListOf(QUOTE), doc="What was said."),
        Field("tags", ListOf(LINE), doc="Short labels for filtering."),
        Field("image", IMAGE, doc="One picture."),
        Field("key", Boolean(), doc="A key moment: listed under 'Key moments' at the top of the story."),
        Field(
            "added",
            Date(),
            doc="When the event was added to the published story; readers who came before see it marked New.",
        ),
        Field("draft", Boolean(), doc="Built only with --drafts, marked DRAFT."),
        Field(
            "removed",
            REMOVAL,
            doc="Taken out of the published story: when and why. Its page stays as a notice "
            "saying so; nothing else of the event is published (keep the file rather than delete it).",
        ),
    ),
    (
        # 'date_phrase: between' or 'weekend' is about a span: it needs 'end' (an empty
        # 'end:' is none).
        {
            "if": {"required": ["date_phrase"], "properties": {"date_phrase": {"enum": list(SPAN_PHRASES)}}},
            "then": {"required": ["end"], "properties": {"end": {"not": {"type": "null"}}}},
        },
        # 'after' or 'before', not both (an empty one is not given).
        {
            "not": {
                "required": ["after", "before"],
                "properties": {"after": {"not": {"type": "null"}}, "before": {"not": {"type": "null"}}},
            }
        },
    ),
)

SORT_AS_DOC = (
    "The name as lists sort it, where not as written: a Japanese name's reading in kana "
    "(くになか ひとし for 國中均); without it, the name as written."
)

FIGURE = Record(
    "figure",
    (
        Field("name", LINE, True, "The person's or group's name."),
        Field("role", LINE, True, "Who they are, in one line."),
        Field("summary", MARKDOWN, doc="More about them."),
        Field("aliases", ListOf(LINE), doc="Other names and spellings."),
        Field("image", IMAGE, doc="A portrait or logo."),
        Field("sort_as", LINE, doc=SORT_AS_DOC),
    ),
)

LOCATION = Record(
    "location",
    (
        Field("name", LINE, True, "The place's name."),
        Field("kind", LINE, doc="city, village, region, country, base..."),
        Field("country", LINE, doc="The country it is in."),
        Field(
            "coordinates",
            Coordinates(),
            doc="[latitude, longitude]; without them the place is listed but not mapped.",
        ),
        Field(
            "unmapped",
            Boolean(),
            doc="true for a place with no position to give (an underground refuge, a ship at "
            "sea): listed, not mapped, and check does not ask for coordinates.",
        ),
        Field("summary", MARKDOWN, doc="More about the place."),
        Field("aliases", ListOf(LINE), doc="Other names and spellings readers know it by (Kiev, Київ)."),
        Field("sort_as", LINE, doc=SORT_AS_DOC),
    ),
)


FILES: dict[str, Record] = {
    "site": SITE,
    "story": STORY,
    "event": EVENT,
    "figure": FIGURE,
    "location": LOCATION,
}
"""Every kind of content file, by the name its JSON Schema is published under."""

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str) -> JSON:
    """The JSON Schema of one kind of content file, for editors with YAML support.

    It checks each file on its own: keys, types, required fields and the shapes of dates,
    addresses and ids, the days each month has, ids listed twice, and what one key asks
    of another (``Record.rules``). Rules across files (referenced ids
    exist, ``end`` is not before ``date``, images exist) and leap years (no 29 February
    2010) stay in ``explainer check``.
    """
    record = FILES[kind]
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": f"https://explainer.invalid/schemas/{kind}.schema.json",
        "title": f"explainer {kind} file",
        "description": f"One {kind} of an explainer; see docs/editing.md.",
        **record.json_schema(),
    }


SCHEMAS = os.path.join("docs", "schemas")
"""Where the JSON Schemas live, relative to the project folder (the current folder)."""

_DEPTH = {"site": 1, "story": 2, "event": 3, "figure": 3, "location": 3}
"""How many folders up from a file of each kind its content folder is."""


def modeline(path: str, kind: str) -> str:
    """The first line of a content file that ``new`` or ``import`` writes at ``path``:
    where editors' tools (yaml-language-server) find its JSON Schema. That is the
    project's docs/schemas, beside the content folder (where ``explainer schema`` writes
    them), wherever the command is run from."""
    content = os.path.abspath(path)
    for _ in range(_DEPTH[kind]):
        content = os.path.dirname(content)
    schema = os.path.join(os.path.dirname(content), SCHEMAS, f"{kind}.schema.json")
    relative = os.path.relpath(schema, os.path.dirname(os.path.abspath(path)))
    return f"# yaml-language-server: $schema={relative.replace(os.sep, '/')}\n"


def written_as(keys: set[str]) -> Record | None:
    """The kind of a story's own files (``EVENT``, ``FIGURE`` or ``LOCATION``) whose
    keys ``keys`` are: all its required keys, and mostly keys of its own (a figure's
    'name' and 'role' make no place, though a place needs only 'name'); None when they
    are none of them. The one rule for telling a file saved in the wrong place by its keys."""
    for record in (EVENT, FIGURE, LOCATION):
        known = {f.name for f in record.fields}
        required = {f.name for f in record.fields if f.required}
        if (
            required <= keys
            and 2 * len(keys & known) > len(keys)
            and not (record is LOCATION and "role" in keys)
        ):
            return record
    return None


def _list_items(record: Record) -> list[Record]:
    lists = [f.type for f in record.fields if isinstance(f.type, ListOf)]
    return [kind.item for kind in lists if isinstance(kind.item, Record)]


@functools.cache
def own_keys_only() -> frozenset[str]:
    """The keys a whole file has (of site.yaml, story.yaml, an event, a figure, a place)
    and no item of any of their lists ('tags', 'summary'; not 'date' or 'text', which
    updates and quotes have too): such a key as far in as a list's items is the file's
    own, indented with the list by mistake."""
    return frozenset(f.name for record in FILES.values() for f in record.fields) - item_keys()


@functools.cache
def item_keys() -> frozenset[str]:
    """The keys of the items of the files' lists ('text', 'by', 'date', 'src'...): a
    list item starting with one ('- text: ...') is such an item, not a text with ': '
    in it."""
    return frozenset(f.name for record in FILES.values() for item in _list_items(record) for f in item.fields)
