"""What to write for a value given in another form than its key's: a picture or an event's
removal written as one word ('image: photo.jpg'), a key of a record left unindented
under it, a path on the editor's computer where a picture under media/ goes, a source or
a figure written out where its id goes, a list written as text with commas, sources
written as a list, and an update written as its date and text ('- 2020-01-03: Added ...').
Each gives the end of ``file_check.py``'s message ('; write ...'), or ''."""

from __future__ import annotations

import re

from generator.content import fieldtypes, schema
from generator.content.addresses import URL
from generator.content.datehints import suggest
from generator.content.dates import DateFormError, parse_date
from generator.content.ids import to_id
from generator.content.kinds import MEDIA_FOLDER
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence
from generator.content.yamlvalues import double_quoted
from generator.patterns import later


def _picture_as_record(node: Node) -> str:
    """For a picture given as text (``image: photo.jpg``): the lines to write, with its
    file in them when the text is a picture's name (else the form of one)."""
    if not isinstance(node, Scalar) or not isinstance(node.value, str) or not node.value.strip():
        return ""
    given = node.value.strip()
    name = given.removeprefix("media/")
    if given.startswith("https://") and URL.fullmatch(given):
        src = given
    else:
        src = f"media/{name}" if _PICTURE_NAME().fullmatch(name) else "media/<file>"
    return (
        f"; write 'image:' alone on its line, and below it, each indented by 2 spaces, "
        f"'src: {src}' and 'alt: ...' (what the picture shows)"
    )


_REMOVAL_AS_RECORD = (
    "; write 'removed:' alone on its line, and below it, each indented by 2 spaces, 'date: ...' "
    "(when the event was taken out) and 'reason: ...' (why, for readers)"
)
"""For an event taken out said so in one word or date (``removed: true``): what to write."""


def not_a_mapping_hint(node: Node, record: fieldtypes.Record) -> str:
    """What to add when a picture or a removal is written as other than a mapping."""
    return (
        _picture_as_record(node)
        if record is schema.IMAGE
        else _REMOVAL_AS_RECORD
        if record is schema.REMOVAL
        else ""
    )


def left_out_of(name: str, node: Mapping, record: fieldtypes.Record) -> str:
    """For ``name``, a key unknown in ``record``, that is a key of a record (or of the items
    of a list of them) given by the key above it: how to indent it, under that key when it
    is left empty ('image:', then 'src: ...' not indented), or as its other keys (or the
    keys of its last item) are; else ''."""
    keys = list(node.items)
    for above in reversed(keys[: keys.index(name)]):
        spec = record.field(above)
        if spec is None:
            continue  # another of its keys, not indented either
        key, value = node.items[above]
        listed = isinstance(spec.type, fieldtypes.ListOf)
        held = spec.type.item if isinstance(spec.type, fieldtypes.ListOf) else spec.type
        if not isinstance(held, fieldtypes.Record) or held.field(name) is None:
            return ""
        where = f"'{above}:' on line {key.pos.line}"
        if isinstance(value, Scalar) and value.value is None:
            return _under_empty(where, above, (key.pos.col or 1) - 1 + 2, keys, listed=listed)
        return _beside(name, where, value, listed=listed)
    return ""


def _beside(name: str, where: str, value: Node, *, listed: bool) -> str:
    """How to indent ``name``, a key of the record ``value`` (or of the last item of the
    list ``value``), given after it at the indent of the key that holds it; '' when the
    record has it already."""
    last = value.items[-1] if listed and isinstance(value, Sequence) and value.items else value
    if not isinstance(last, Mapping) or name in last.items:
        return ""
    spaces = (last.pos.col or 1) - 1
    if listed:
        return (
            f"; it is a key of the items of {where}: indent it by {spaces} spaces, as the other "
            "keys of its last item are"
        )
    return f"; it is a key of {where}: indent it by {spaces} spaces, as its other keys are"


def _under_empty(where: str, above: str, spaces: int, keys: list[str], *, listed: bool) -> str:
    """How to write the keys of the record, or of the list of them, that the key ``above``,
    empty, holds (its keys are ``keys``, as written)."""
    if not listed:
        return f"; it is a key of {where}, which is empty: indent it by {spaces} spaces, under '{above}:'"
    item = f"{' ' * spaces}- {keys[keys.index(above) + 1]}: ..."
    return (
        f"; it is a key of the items of {where}, which is empty: write each item under it as "
        f"'{item}', with the item's other keys below, indented by {spaces + 2} spaces"
    )


_PICTURE_NAME = later(
    rf"[^/\\:]+(?:{'|'.join(re.escape(t) for t in fieldtypes.PICTURE_TYPES)})", re.IGNORECASE
)
"""A picture's file name, as an editor names it alone (no folder, no drive)."""


def path_fix(text: str) -> str:
    """What to write instead of ``text``, an image's ``src`` that starts at a root: an
    address copied from HTML without its 'https:' ('//cdn.example/x.jpg'), the story's
    media/ written from the root ('/media/x.jpg'), or a path on the editor's computer
    ('C:\\Users\\...\\x.jpg', '/home/...'); nothing when the file's name is not plain."""
    if text.startswith("//"):
        return f"; an address starts with https: ('https:{text}')"
    parts = [p for p in re.split(r"[\\/]", text) if p]
    name = parts[-1] if parts else ""
    if not name or any(c in name for c in "?#:"):
        return ""
    if parts[:-1] == [MEDIA_FOLDER]:
        return f"; write it without the first '/': 'media/{name}'"
    return f"; copy the file into the story's media/ folder and write 'media/{name}'"


GIVEN_ONCE = {
    "source": "a source is written once, under 'sources:' in story.yaml, with an id of its own, "
    "and named by that id wherever it is cited",
    "figure": "a figure is written in a file of its own in figures/ (explainer new figure), "
    "and named by its id, the file's name without .yaml",
    "location": "a place is written in a file of its own in locations/ (explainer new location), "
    "and named by its id, the file's name without .yaml",
}
"""Where what an id names is written, for one written out in full where its id goes."""


AND = later(r"\s+(?:y|e|and|et|und|i|&)\s+", re.IGNORECASE)
"""'and' between two names of a list written as a sentence ('macron y hidalgo'), in the
languages editors most write: the list's items apart (here, and ``refhints._run_together``)."""


def _and_split(text: str) -> list[str]:
    """``text``, a list's item, as the items a sentence joined with 'and' ('emmanuel-macron
    y anne-hidalgo', 'Ann Lee and Bo Park'), where each is two words or more, as an id or a
    full name is; else as it is: 'Trinidad y Tobago', 'bomberos y policías' may be one."""
    parts = AND().split(text)
    if len(parts) > 1 and all(len(re.split(r"[\s-]+", part.strip())) > 1 for part in parts):
        return [part.strip() for part in parts]
    return [text]


def listed(items: list[str], item: fieldtypes.FieldType) -> list[str]:
    """The items of a text with commas meant as a list, those of a list of ids split where
    a sentence joined them with 'and' too (``_and_split``)."""
    if isinstance(item, fieldtypes.Ref):
        return [each for part in items for each in _and_split(part)]
    return items


def as_list(items: list[str], item: fieldtypes.FieldType) -> str:
    """The list a text with commas was meant to be ('sources: reuters, ap'), written out:
    its words as they are; names, where a list of ids is meant ('figures: Ann Lee, Bo
    Park'), as the ids ``new`` makes of them (a source's id is no name's); lines of their
    own ('aliases: Ann L., A. Lee'), each in quotes where YAML would read more than text in
    it. Nothing for a list of Markdown texts, whose commas are their own ('unknowns: Why,
    and who pays')."""
    if not items:
        return ""
    items = listed(items, item)
    if all(" " not in part and ":" not in part for part in items):
        return f"; write [{', '.join(items)}]"
    if (ids := names_as_ids(items, item)) is not None:
        return write_ids(ids)
    if isinstance(item, fieldtypes.Text) and item.one_line:
        written = (
            double_quoted(part) if re.search(r"^[^\w(]|[\[\]{}]|: | #|:$", part) else part for part in items
        )
        return f"; write [{', '.join(written)}]"
    return ""


def names_as_ids(items: list[str], item: fieldtypes.FieldType) -> list[str] | None:
    """The ids ``new`` makes of ``items``, names written where a list of figures' or places'
    ids goes ('figures: Ann Lee, Bo Park'), once a list read as one text is split
    (``as_list``); None for other lists, or a name that makes no id."""
    if not isinstance(item, fieldtypes.Ref) or item.kind not in ("figure", "location"):
        return None
    ids = [to_id(part, fallback="") for part in items]
    return ids if all(ids) else None


def write_ids(ids: list[str]) -> str:
    """What ``as_list`` says of names written where their ids go."""
    return f"; write their ids: [{', '.join(ids)}]"


def ids_as_keys(node: Node) -> str | None:
    """The first id of a list whose every item gives its id as a key ('- id: reuters'), as
    other tools write a list of records; None for any other value."""
    if not isinstance(node, Sequence) or not node.items:
        return None
    ids = [item.items["id"][1] for item in node.items if isinstance(item, Mapping) and "id" in item.items]
    texts = [i.value for i in ids if isinstance(i, Scalar) and isinstance(i.value, str)]
    return texts[0] if len(texts) == len(node.items) else None


def dated_entry(name: str, value: Node, node: Mapping, record: fieldtypes.Record) -> tuple[str, str] | None:
    """For a record that takes a 'date' and one text (an update, a removal) written as its
    date and that text, one key ('- 2020-01-03: Added the vote.', as a changelog is
    written): what to write, and the text's key; else None."""
    date = record.field("date")
    texts = [f.name for f in record.fields if f.required and f.name != "date"]
    if date is None or not date.required or len(texts) != 1 or len(node.items) != 1:
        return None
    if not isinstance(value, Scalar) or not isinstance(value.value, str):
        return None
    try:
        iso: str | None = parse_date(name).iso()
    except DateFormError:
        iso = suggest(name)
    if iso is None:
        return None
    return (
        f"; the date and the {texts[0]} are keys of their own: write 'date: {iso}' and, on the line "
        f"below, lined up with 'date:', '{texts[0]}:' and the text",
        texts[0],
    )
