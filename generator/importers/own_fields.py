"""What a newsroom's own sheet gives that TimelineJS's template has no column for
(``own_sheet.OWN``), added to the events ``convert`` made of its rows: who (``figures``)
and where (``locations``) by name, a figure's and a place's file made once per distinct
name (a place's with the coordinates its rows give); the sources its address cells cite;
``key: true`` from a yes, x or ✓; a longer body. Nothing here is taken on trust: names
and bodies are read as the template's text is (``html.py``), addresses only http(s)
ones the content format takes, and files are named by ids, inside the story's folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from generator.content.addresses import fault as address_fault
from generator.content.filenames import not_a_device
from generator.content.ids import to_id
from generator.content.kinds import Kind
from generator.content.schema import modeline
from generator.importers.convert import Story
from generator.importers.event import Event
from generator.importers.existing import (
    SAME_PLACE_METRES,
    metres_apart,
    other_place,
    place_coordinates,
    read_text,
    shown_position,
    source_addresses,
)
from generator.importers.html import links_in, to_markdown, to_text
from generator.importers.ids import MAX_ID, free_id
from generator.importers.media import links_cleaned, safe_address
from generator.importers.sheet import column_letter
from generator.importers.slides import Report, in_a_list, shortened
from generator.importers.sources import Sources
from generator.importers.yamlwrite import place_yaml, quoted
from generator.markdown.markup import markdown_problem

ROLE_TODO = "TODO: who they are in this story, in one line"
"""A figure's role, which the sheet does not give: ``check`` points it out to write."""

YES = frozenset(
    {"yes", "y", "true", "x", "✓", "✔", "☑", "1", "key", "si", "sí", "oui", "ja", "sim", "sì", "wahr",
     "vrai", "verdadero", "verdadeiro", "vero", "waar"}
)  # fmt: skip
"""What a key column holds for a key moment (compared in lower case)."""
NO = frozenset(
    {"no", "n", "false", "0", "-", "non", "nein", "não", "nao", "falso", "faux", "falsch", "nee", "onwaar"}
)
"""What it holds for any other moment."""

_NAMES = re.compile(r"\s*(?:[;|\n]|,(?!\s*(?:jr|sr)\b))\s*", re.IGNORECASE)
"""What separates names in a who or where cell: 'Ana Pérez; Luis Gómez', 'Lima, Cusco'."""
_ADDRESSES = re.compile(r"[\s;|]+")
_DEGREES = re.compile(r"[+-]?\d{1,3}(?:[.,]\d+)?")


@dataclass
class Place:
    name: str
    coordinates: tuple[float, float] | None = None
    given_at: str = field(default="", compare=False)
    """Where the coordinates are ('t.csv:3:7', the row's latitude cell): the first row
    that gives them, whose coordinates a later row's do not replace."""


@dataclass(frozen=True)
class Shared:
    """Coordinates a row gives for several places at once, which cannot say whose they are."""

    where: str
    """The row's latitude cell ('t.csv:5:6')."""
    places: tuple[str, ...]
    """The ids of the row's places."""


@dataclass
class Pages:
    """The figures and places the sheet names, by id, each once."""

    figures: dict[str, str] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    shared: list[Shared] = field(default_factory=list)
    """The rows whose coordinates were left out as several places' (said once every row
    is read: whether those places are mapped by another row)."""


FIGURES = Kind.FIGURE.value
PLACES = Kind.LOCATION.value


def with_own_fields(
    story: Story,
    rows: Mapping[str, Mapping[str, tuple[str, str]]],
    folder: str,
    reports: list[Report],
    language: str | None = None,
) -> tuple[Story, Pages]:
    """``story`` with each event given what its row's own cells say (``rows``, by where
    the row is: ``own_sheet.OwnSheet.rows``), and the figures and places they name;
    ``folder`` is the story's (its sources keep their ids imported again), ``language``
    the one ids are spelt in."""
    pages = Pages()
    sources = Sources(
        by_url={s.url: s for s in (*story.sources, *story.had)},
        kept=source_addresses(read_text(folder, "story.yaml")),
    )
    by_id = {event.id: event for event in story.events}
    for event_id, where in story.slides:
        if (cells := rows.get(where)) is not None:
            by_id[event_id] = _with_cells(by_id[event_id], cells, pages, sources, reports, language)
    events = tuple(by_id[event.id] for event in story.events)
    return replace(story, events=events, sources=sources.new(), had=sources.had()), pages


def _with_cells(
    event: Event,
    cells: Mapping[str, tuple[str, str]],
    pages: Pages,
    sources: Sources,
    reports: list[Report],
    language: str | None,
) -> Event:
    """``event`` with what its row's own ``cells`` give."""
    figures = tuple(_page_ids(cells.get("figures"), pages.figures, language, "figure", reports))
    names = {place_id: place.name for place_id, place in pages.places.items()}
    locations = tuple(_page_ids(cells.get("place"), names, language, "place", reports))
    for place_id in locations:
        pages.places.setdefault(place_id, Place(names[place_id]))
    coordinates = _coordinates(cells, reports)
    where = cells.get("lat", cells.get("lon", ("", "")))[1]
    if coordinates is not None and len(locations) == 1:
        _place_at(pages.places[locations[0]], coordinates, where, reports)
    elif coordinates is not None and locations:
        pages.shared.append(Shared(where, locations))
    elif coordinates is not None:
        said = "coordinates for no place in this row; left out (give the place a name)"
        reports.append(Report(where, said))
    cited = tuple(_cited(cells.get("sources"), sources, reports))
    return replace(
        event,
        figures=figures,
        locations=locations,
        key=_key(cells.get("key"), reports),
        cited=cited,
        body=_body(cells.get("body"), event.body, reports),
    )


def _place_at(place: Place, coordinates: tuple[float, float], where: str, reports: list[Report]) -> None:
    """``place`` given the ``coordinates`` of the row whose latitude cell is ``where``,
    unless an earlier row gave it others: those stay, and the editor is told when the two
    are further apart than ``SAME_PLACE_METRES`` (the distance at which a place file the
    story has is said to be elsewhere: ``existing.other_place``)."""
    if place.coordinates is None:
        place.coordinates, place.given_at = coordinates, where
    elif (apart := metres_apart(place.coordinates, coordinates)) > SAME_PLACE_METRES:
        first = shown_position(place.coordinates)
        far = f"{apart / 1000:,.1f} km" if apart >= 1000 else f"{apart:,.0f} m"
        said = (
            f"coordinates for '{shortened(place.name)}' {far} from the {first} given at {place.given_at}; "
            "left out, the first kept (if these are two places, give each a name of its own)"
        )
        reports.append(Report(where, said))


def _page_ids(
    cell: tuple[str, str] | None,
    names: dict[str, str],
    language: str | None,
    kind: str,
    reports: list[Report],
) -> list[str]:
    """The ids of the figures or places a cell names, each added to ``names`` (by id) the
    first time; one name spelt two ways that make one id ('Pérez', 'Perez') is one. A
    name with no letter or digit to spell an id with ('🔥', '???'), or one word longer
    than an id, is named ``kind``, -2, -3... each its own: such names are not one. A link
    in the cell is said (``_dropped_links``): a name is words alone."""
    ids: list[str] = []
    id_of: dict[str, str] = {}  # each name of the cell: the id its file is written under
    for written in _NAMES.split(cell[0]) if cell else ():
        name = to_text(written).strip()
        if not name:
            continue
        page_id = _page_id(name, names, language, kind)
        names.setdefault(page_id, name)
        id_of.setdefault(name, page_id)
        if page_id not in ids:
            ids.append(page_id)
    if cell is not None:
        reports.extend(_dropped_links(cell, kind, id_of))
    return ids


def _dropped_links(cell: tuple[str, str], kind: str, id_of: Mapping[str, str]) -> list[Report]:
    """What is said of each link in a who or where ``cell`` (a link of the sheet's own, or
    HTML's ``<a href>``): its words are the name, and its address is dropped, as a figure's
    or a place's file has no field for a link; where to put it instead: the file its name
    was written to (``id_of``, the ids ``_page_ids`` gave the cell's names, so the file
    named is the one written, 'figure-2.yaml' or 'con-figure.yaml')."""
    text, where = cell
    folder = FIGURES if kind == "figure" else PLACES
    said = []
    for href, words in links_in(text):
        name = to_text(words).strip()
        page_id = id_of.get(name, "")
        file = f"{folder}/{page_id}.yaml's summary" if page_id else f"the {kind}'s summary"
        said.append(
            Report(
                where,
                f"cell {_a1(where)} links '{shortened(name or text)}' to {shortened(href)}: the link is "
                f"dropped, as a {kind}'s file has no field for one (its words are the name); write it as a "
                f"link in {file}, or, if it is the event's source, put the address in the row's source "
                "column",
            )
        )
    return said


def _a1(where: str) -> str:
    """A cell's A1 reference, as the sheet shows it ('H3'), from where it is ('t.csv:3:8')."""
    row, column = where.rsplit(":", 2)[1:]
    return f"{column_letter(int(column) - 1)}{row}"


def _page_id(name: str, names: Mapping[str, str], language: str | None, kind: str) -> str:
    """The id of the figure or place ``name``, given the ids of those named so far."""
    page_id = not_a_device(_spelt(name, language), kind)
    if page_id and (page_id not in names or _spelt(names[page_id], language)):
        return page_id
    # No id of its own, or its id is one a name without one was given ('figure'): the
    # id this name has had, else a free one.
    same = (taken for taken, named in names.items() if named == name)
    return next(same, None) or free_id(page_id or kind, set(names))


def _spelt(name: str, language: str | None) -> str:
    """``name`` as an id, or "" when it has no letter or digit to spell one with."""
    return to_id(name, limit=MAX_ID, fallback="", language=language)


def _coordinates(cells: Mapping[str, tuple[str, str]], reports: list[Report]) -> tuple[float, float] | None:
    """The row's latitude and longitude, when both are given and are decimal degrees."""
    lat, lon = cells.get("lat"), cells.get("lon")
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        given = lat or lon
        assert given is not None
        reports.append(Report(given[1], "a latitude or longitude without the other; the place is not mapped"))
        return None
    read = (_degrees(lat, 90, "latitude", reports), _degrees(lon, 180, "longitude", reports))
    return (read[0], read[1]) if read[0] is not None and read[1] is not None else None


def _degrees(cell: tuple[str, str], bound: int, what: str, reports: list[Report]) -> float | None:
    """A cell's decimal degrees, between -``bound`` and ``bound`` (a comma for the point too,
    as a sheet in much of Europe writes it); None, said, for anything else."""
    text, where = cell
    text = text.strip().replace("\u2212", "-")
    if _DEGREES.fullmatch(text) and abs(value := float(text.replace(",", "."))) <= bound:
        return value
    reports.append(
        Report(
            where,
            f"'{shortened(text)}' is not a {what} in decimal degrees (-{bound} to {bound}, e.g. 40.4168); "
            "the place is not mapped",
        )
    )
    return None


def _key(cell: tuple[str, str] | None, reports: list[Report]) -> bool:
    """Whether the row is a key moment: a yes, x or ✓ in its key column."""
    if cell is None:
        return False
    text, where = cell
    answer = to_text(text).strip().lower()
    if answer in YES:
        return True
    if answer not in NO:
        said = f"'{shortened(text)}' in the key column is not yes or no (x, ✓); not a key moment"
        reports.append(Report(where, said))
    return False


def _cited(cell: tuple[str, str] | None, sources: Sources, reports: list[Report]) -> list[str]:
    """The ids of the sources a cell's addresses are, one per address; what is no http(s)
    address the content format takes (a 'javascript:' link, a name) said and left out."""
    if cell is None:
        return []
    text, where = cell
    cited = []
    for written in _ADDRESSES.split(text.strip()):
        url = f"https://{written}" if written.lower().startswith("www.") else written
        parts = urlsplit(url) if address_fault(url) is None else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            said = f"'{shortened(written)}' is not an http(s) address; left out of the sources"
            reports.append(Report(where, said))
            continue
        cited.append(sources.cite(safe_address(url, where, reports), parts.hostname.removeprefix("www."), ""))
    return cited


def _body(cell: tuple[str, str] | None, body: str, reports: list[Report]) -> str:
    """The event's body: the body column's text as safe Markdown, before what the
    template's columns gave (quoted media)."""
    if cell is None:
        return body
    text, where = cell
    own = to_markdown(links_cleaned(text, where, reports))
    if problem := markdown_problem(own):
        reports.append(Report(where, f"{problem}; the body is left out"))
        return body
    return "\n\n".join(part for part in (own, body) if part)


def page_files(pages: Pages, folder: str, reports: list[Report]) -> dict[str, str]:
    """The files of the figures and places of ``pages``, by path in the story in ``folder``
    ('figures/ann.yaml'): written where the story has none (``write.write_pages``); a
    place the story has of one's id, elsewhere, said (``existing.other_place``)."""
    files = {
        f"{FIGURES}/{page_id}.yaml": modeline(os.path.join(folder, FIGURES, f"{page_id}.yaml"), "figure")
        + f"name: {quoted(name)}\nrole: {quoted(ROLE_TODO)}\n"
        for page_id, name in pages.figures.items()
    }
    for page_id, place in pages.places.items():
        path = os.path.join(folder, PLACES, f"{page_id}.yaml")
        if place.coordinates is not None and (
            elsewhere := other_place(folder, page_id, place.name, place.coordinates, place.given_at)
        ):
            reports.append(elsewhere)
        files[f"{PLACES}/{page_id}.yaml"] = place_yaml(place.name, place.coordinates, path)
    reports.extend(_shared_said(shared, pages.places, folder) for shared in pages.shared)
    return files


def _shared_said(shared: Shared, places: Mapping[str, Place], folder: str) -> Report:
    """What is said of a row whose coordinates were left out as several places': which of
    them are left unmapped (no other row gives theirs, nor a file the story has)."""
    names = [f"'{shortened(places[p].name)}'" for p in shared.places]
    unmapped = [
        f"'{shortened(places[p].name)}'"
        for p in shared.places
        if places[p].coordinates is None and place_coordinates(folder, p) is None
    ]
    said = (
        f"one latitude and longitude for {len(names)} places in this row ({in_a_list(names)}), which "
        "cannot say whose they are; left out"
    )
    if unmapped:
        verb = "is" if len(unmapped) == 1 else "are"
        said += f": {in_a_list(unmapped)} {verb} not mapped (give each place a row of its own, with its "
        said += "coordinates)"
    else:
        said += " (each is mapped by another row, or by the story's file of it)"
    return Report(shared.where, said)
