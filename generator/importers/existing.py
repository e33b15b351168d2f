"""What is there before an import, read roughly (the build checks it properly): the
site's settings that bear on it (the largest media file, its languages) and the story it
replaces (``--force``): its event files, their dates and titles (``earlier_files``), its
figures and places (and a place of the source's id that is elsewhere: ``other_place``), its
sources by address, and when it was first published, all of which the story imported
again keeps.
"""

from __future__ import annotations

import math
import os
import re

from generator.content import files
from generator.content.dates import Precision, parse_date
from generator.content.filetext import text_or_none
from generator.content.ids import invalid_id
from generator.content.kinds import Kind, collection_files
from generator.content.yamlnodes import Mapping, Node, Scalar, ScalarValue, Sequence, parse_yaml, scalar_at
from generator.i18n.languages import ENGLISH, LANGUAGE_REGEX
from generator.importers.earlier import Earlier
from generator.importers.read import MAX_SOURCE_BYTES
from generator.importers.slides import Report, shortened


def event_texts(folder: str) -> dict[str, str | None]:
    """The text of each event file of the story (``.yaml`` in its ``events/``) by name;
    None for one that cannot be read."""
    return {name: read_text(folder, f"events/{name}") for name in _event_files(folder)}


def parsed(text: str | None) -> Node | None:
    """The YAML ``text`` of an event file there now, parsed (None if it could not be read)."""
    return None if text is None else parse_yaml(text, "", [])


def earlier_files(old_roots: dict[str, Node | None]) -> dict[str, tuple[Earlier, str]]:
    """The event files of the story being replaced (``--force``) that have a date, by id,
    each with its title: a slide whose headline was corrected since keeps its id."""
    found = {}
    for name, root in old_roots.items():
        event_id = name.removesuffix(".yaml")
        if invalid_id(event_id, "event") is not None or not isinstance(root, Mapping):
            continue
        date, end, title = (scalar_at(root, key) for key in ("date", "end", "title"))
        start = _iso(date.text) if date is not None else None
        finish = _iso(end.text) if end is not None else None
        if start is None or (end is not None and finish is None):
            continue  # dates that do not read cannot be matched (check reports them)
        found[event_id] = (
            Earlier(event_id, start, finish),
            title.value if title and isinstance(title.value, str) else "",
        )
    return found


def _iso(text: str) -> str | None:
    """The date ``text`` as ``PartialDate.iso`` writes it, or None when it is none."""
    try:
        return parse_date(text).iso()
    except ValueError:
        return None


def figures_and_places(folder: str) -> list[str]:
    """The figures and places of the story being replaced (``--force``), which it keeps,
    as its links name their pages: ``figures/ann``. Those loading reads
    (``kinds.collection_files``): not a folder named 'ann.yaml', which has no page."""
    return [
        f"{kind.value}/{name.removesuffix('.yaml')}"
        for kind in (Kind.FIGURE, Kind.LOCATION)
        for name in collection_files(folder, kind)
    ]


def named_pages(folder: str) -> set[str]:
    """The figures and places the story's event files name, as ``figures_and_places``
    gives them ('figures/ann'): in their ``figures`` and ``locations``, and a quote's
    ``by`` (what ``check`` counts as naming one)."""
    named: set[str] = set()
    for text in event_texts(folder).values():
        root = parsed(text)
        if not isinstance(root, Mapping):
            continue
        for key, kind in (("figures", Kind.FIGURE), ("locations", Kind.LOCATION)):
            named.update(f"{kind.value}/{page}" for page in _texts_at(root, key))
        quotes = root.items.get("quotes")
        for quote in quotes[1].items if quotes and isinstance(quotes[1], Sequence) else ():
            if isinstance(quote, Mapping):
                named.update(f"figures/{page}" for page in _texts_at(quote, "by"))
    return named


def _texts_at(root: Mapping, key: str) -> list[str]:
    """The texts ``key`` of ``root`` gives: a list's, or its one."""
    found = root.items.get(key)
    if found is None:
        return []
    node = found[1]
    items = node.items if isinstance(node, Sequence) else (node,)
    return [item.value for item in items if isinstance(item, Scalar) and isinstance(item.value, str)]


SAME_PLACE_METRES = 25.0
"""Two positions this close are one place: an editor drops a pin twice on the same
building a few metres apart, or moves the pin of a place a little by hand. The one
distance every import holds a place to: StoryMapJS slides sharing a place, a place file
the story has said to be elsewhere (``other_place``), and a sheet's later row giving a
place other coordinates (``own_fields``)."""

_EARTH_RADIUS_METRES = 6_371_000.0


def metres_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart the positions ``a`` and ``b`` (latitude, longitude) are, over the
    Earth's surface."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_METRES * math.asin(min(1.0, math.sqrt(h)))


def other_place(
    folder: str, place_id: str, name: str, coordinates: tuple[float, float], where: str
) -> Report | None:
    """What the editor is told when the story in ``folder`` (imported again, ``--force``)
    has a place of the id ``place_id`` whose coordinates are not the source's (its place
    ``name`` at ``coordinates``, given at ``where``): its file is kept and the events link
    it, as they did unsaid, though it may be another place of one name. None when it
    has no such place, or one that is here, or none its coordinates can be read of."""
    rel = f"locations/{place_id}.yaml"
    theirs = _coordinates(read_text(folder, rel))
    if theirs is None or (apart := metres_apart(theirs, coordinates)) <= SAME_PLACE_METRES:
        return None
    far = f"{apart / 1000:,.0f} km" if apart >= 1000 else f"{apart:,.0f} m"
    at = shown_position(theirs)
    said = (
        f"the story's place {rel} is at {at}, {far} from the source's '{shortened(name)}', which has its "
        "id: its file is kept as it is, and the events of this place link it; if they are two places, "
        "give the source's another name and import again with --force"
    )
    return Report(where, said)


def place_coordinates(folder: str, place_id: str) -> tuple[float, float] | None:
    """The coordinates of the story's place file of ``place_id``, read roughly; None when it
    has no such file, or none whose coordinates can be read."""
    return _coordinates(read_text(folder, f"{Kind.LOCATION.value}/{place_id}.yaml"))


def shown_position(coordinates: tuple[float, float]) -> str:
    """A latitude and longitude as the editor is told them: '51.95, 4.14'."""
    return ", ".join(f"{degrees:.6f}".rstrip("0").rstrip(".") for degrees in coordinates)


def _coordinates(text: str | None) -> tuple[float, float] | None:
    """The ``coordinates`` of a place file's ``text``, read roughly: None when it has none
    that are two numbers (the build checks them properly)."""
    root = parse_yaml(text, "", []) if text is not None else None
    node = root.items.get("coordinates", (None, None))[1] if isinstance(root, Mapping) else None
    if not isinstance(node, Sequence) or len(node.items) != 2:
        return None
    values = [item.value for item in node.items if isinstance(item, Scalar)]
    numbers = [n for v in values if (n := _number(v)) is not None]
    return (numbers[0], numbers[1]) if len(numbers) == 2 and all(map(math.isfinite, numbers)) else None


def _number(value: object) -> float | None:
    """``value`` of a YAML scalar as a float, if it is a number one can be: an integer of
    400 digits (YAML's are unbounded) is none."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        return float(value)
    except OverflowError:
        return None


def _event_files(folder: str) -> list[str]:
    """The names of the event files in the story's ``events/`` (none when it has none),
    as loading reads them (``kinds.collection_files``): not a hidden, private or backup
    one ('_notes.yaml', '.scratch.yaml', '~lock.yaml'), which ``--force`` would otherwise
    delete as gone. Regular files only, as before: a link there is no event file the
    import replaces; it is left as it is, and an event file of its name is refused."""
    return collection_files(folder, Kind.EVENT, regular_only=True)


def _value(folder: str, name: str, key: str) -> ScalarValue:
    """The plain value of ``key`` in the YAML file ``name`` of ``folder``, read roughly (the
    build checks it properly): None when the file, the key or a plain value is not there."""
    data = read_text(folder, name)
    if data is None:
        return None
    root = parse_yaml(data, os.path.join(folder, name), [])
    node = scalar_at(root, key) if isinstance(root, Mapping) else None
    return node.value if node is not None else None


def media_limit(content: str) -> int:
    """The largest media file the site allows (``media_max_mb`` in site.yaml), as check
    counts it: a picture larger is left out of the import, not refused by check after."""
    return files.media_limit(_value(content, "site.yaml", "media_max_mb"))


def site_languages(content: str) -> tuple[str, ...]:
    """The languages of the site and its stories (``language`` in site.yaml and in each
    story.yaml), read roughly: a display date written as their pages write dates says
    nothing more than the dates ('March 4, 2026' in an 'en-US' story)."""
    try:
        stories = sorted(
            e.name
            for e in os.scandir(content)
            if e.is_dir(follow_symlinks=False) and not files.is_ignored(e.name)
        )
    except OSError:
        stories = []
    found = [_value(content, "site.yaml", "language")]
    found += [_value(os.path.join(content, story), "story.yaml", "language") for story in stories]
    return tuple(dict.fromkeys(tag for tag in found if isinstance(tag, str) and tag))


def site_language(content: str) -> str:
    """The site's language, as its pages are made in: site.yaml's ``language``, else
    English (``check.site_language``'s rule), read roughly as the rest here."""
    value = _value(content, "site.yaml", "language")
    return value.strip() if isinstance(value, str) and value.strip() else ENGLISH


def same_language(one: str, other: str) -> bool:
    """Whether the language tags ``one`` and ``other`` are the same: BCP 47 tags are
    compared whatever their case ('en-GB', 'en-gb')."""
    return one.strip().casefold() == other.strip().casefold()


def story_language(folder: str) -> str | None:
    """The language of the story being replaced (``--force``), as its story.yaml says;
    None when there is no such story or language, or it is no language tag by its shape
    (``LANGUAGE_REGEX``: 'en: US', 'fr # français'), which the import would write back
    unquoted, as it writes a tag, into a story.yaml that YAML no longer reads (such a
    value stays the editor's, kept as written)."""
    value = _value(folder, "story.yaml", "language")
    if not isinstance(value, str) or not re.fullmatch(LANGUAGE_REGEX.strip("^$"), value.strip()):
        return None
    return value.strip()


def first_published(folder: str) -> str | None:
    """When the story being replaced (``--force``) was first published, as its story.yaml
    says: a story imported again is corrected, not new, and keeps its date. None when
    there is no such story or date."""
    value = _value(folder, "story.yaml", "published")
    if not isinstance(value, str):
        return None
    try:
        date = parse_date(value)
    except ValueError:
        return None
    # Its time too, where it gives one: the story was first published then all the same.
    return date.iso() if date.precision >= Precision.DAY else None


def read_text(folder: str, rel: str) -> str | None:
    """The text of the file at ``rel`` in ``folder``, or None (none there, or unreadable)."""
    try:
        data = files.read_regular(os.path.join(folder, rel), root=folder, limit=MAX_SOURCE_BYTES)
    except (files.UnsafeFile, OSError):
        return None
    return text_or_none(data)  # as the build reads it


def _sources(text: str | None) -> Mapping | None:
    """What is under ``sources:`` in the story.yaml ``text``, when it is a mapping."""
    root = parse_yaml(text, "", []) if text is not None else None
    sources = root.items.get("sources", (None, None))[1] if isinstance(root, Mapping) else None
    return sources if isinstance(sources, Mapping) else None


def source_addresses(text: str | None) -> dict[str, str]:
    """The ids of the sources of the story.yaml ``text`` by their addresses (``url``)."""
    sources = _sources(text)
    found: dict[str, str] = {}
    for sid, (_, source) in sources.items.items() if sources is not None else ():
        url = source.items.get("url", (None, None))[1] if isinstance(source, Mapping) else None
        if isinstance(url, Scalar) and isinstance(url.value, str):
            found.setdefault(url.value, sid)
    return found


def source_ids(text: str) -> set[str]:
    """The ids under ``sources:`` in the story.yaml ``text`` (none when it has none)."""
    sources = _sources(text)
    return set(sources.items) if sources is not None else set()
