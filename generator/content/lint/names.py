"""One person or place in two files: across the stories of a site (a series' stories share
people and places), or under two names in one story.

A figure or place of one story that has the id of one in another story is the same one:
its pages link to each other ("Also in", ``render/pages.also_in``). Check asks for that
where two stories' files have one name (or one's name is among the other's ``aliases``)
and different ids. And where one's name may be the other's under another name, in one
story or across two: its initials ('AMLO', 'Andrés Manuel López Obrador'; 'CFE',
'Comisión Federal de Electricidad', its small words left out) or a part of it, word for
word ('Protección Civil', 'Coordinación Nacional de Protección Civil'), but not a
person's name that begins the other's ('Carlos Slim', 'Carlos Slim Domit': father and
son). Two names that only share a word ('Juan López', 'María López') are told of by
neither rule. Places of
different kinds, or whose positions are far apart (Córdoba in Spain and in Argentina),
are never taken for one. The versions of one story (``translation_of``) share their
ids already, and are not compared.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from generator.content.contentfile import ContentFile
from generator.content.kinds import Kind
from generator.content.lint.where import at, warning
from generator.content.load import RawContent
from generator.content.model import Figure, Location, Site
from generator.errors import Problem
from generator.i18n.languages import caseless

FAR_APART_KM = 50.0
"""Two places with positions farther apart than this are two places, whatever their
names: a city and the city of its name elsewhere, a country and its capital."""

_WORD = re.compile(r"\w+")
_PLAIN_ALIAS = re.compile(r"[\w .'-]+")


@dataclass(frozen=True, slots=True)
class _Named:
    """A figure's or a place's file, with what its names are compared by."""

    story: str
    kind: Kind
    id: str
    thing: Figure | Location
    file: ContentFile
    group: str
    """Its story's group of versions (the story's own id when it has none)."""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.thing.name, *self.thing.aliases)

    @property
    def what(self) -> str:
        return "figure" if self.kind is Kind.FIGURE else "location"

    @property
    def folder(self) -> str:
        return "figures" if self.kind is Kind.FIGURE else "locations"


def names_of_one(raw: RawContent, site: Site) -> Iterator[Problem]:
    """A warning for each pair of figures (or places) that may be one, as the module says."""
    stories = {s.id: s for s in site.stories}
    groups = {s.id: together[0].id for together in site.translation_groups() for s in together}
    everyone: list[_Named] = []
    for raw_story in raw.stories:
        story = stories.get(raw_story.id)
        if story is None:
            continue
        group = groups.get(story.id, story.id)
        for kind, things in ((Kind.FIGURE, story.figures), (Kind.LOCATION, story.locations)):
            files = raw_story.files[kind]
            everyone.extend(
                _Named(story.id, kind, i, t, files[i], group) for i, t in things.items() if i in files
            )
    said: set[tuple[int, int]] = set()
    for a, b, how in _pairs(everyone):
        key = (min(a, b), max(a, b))
        if key not in said and _may_be_one(everyone[a], everyone[b]):
            said.add(key)
            yield _warning(everyone[a], everyone[b], how)


def _pairs(everyone: list[_Named]) -> Iterator[tuple[int, int, str]]:
    """Each pair of ``everyone`` whose names match, by index, with how: 'name' (the first's
    name is one of the other's names), 'initials' (the first's name is the other's
    initials), 'part' (the first's name is some of the other's words, ``_parts``). The
    first of a pair is the file told: the one whose name is short; of two names alike,
    the later."""
    by_name: dict[str, ById] = defaultdict(lambda: defaultdict(list))
    by_initials: dict[str, ById] = defaultdict(lambda: defaultdict(list))
    for i, one in enumerate(everyone):
        for name in one.names:
            by_name[caseless(name)][one.id].append(i)
            for initials in _initials(name):
                by_initials[initials][one.id].append(i)
    parts = _parts(everyone)
    for i, one in enumerate(everyone):
        name = one.thing.name
        for j in _of_other_ids(by_name.get(caseless(name), {}), one.id):
            alike = caseless(everyone[j].thing.name) == caseless(name)
            # Two of one name in one story: references.same_names says so.
            if not (alike and (j > i or everyone[j].story == one.story)):
                yield i, j, "name"
        short = _abbreviation(name)
        if short is not None:
            yield from ((i, j, "initials") for j in _of_other_ids(by_initials.get(short, {}), one.id))
        yield from ((i, j, "part") for j in parts.get(i, ()))


ById = dict[str, list[int]]
"""Indexes of ``_pairs``'s list by the id of the figure or place each is."""


def _of_other_ids(found: ById, own: str) -> list[int]:
    """The indexes of ``found`` but those of the id ``own``, in order: the same figure or
    place in other stories is one page already (``_may_be_one``). Passed over by id, not
    one by one: a series of 400 stories sharing 12 figures, ids and names alike, as
    editing.md asks, made 960,000 pairs to refuse, 14 s of check."""
    return sorted(i for other, indexes in found.items() if other != own for i in indexes)


def _parts(everyone: list[_Named]) -> dict[int, list[int]]:
    """For each of ``everyone`` (by index) whose name is some of another's words, one after
    the other (not all of them), the others, in order. Not a person's name that begins
    the other's: a name with more words after it is often a relative's ('Carlos Slim',
    'Carlos Slim Domit', father and son), where one that ends it is the name a person is
    called by ('López Obrador') or an agency's short name ('Protección Civil'). Each name's
    runs of words of the lengths names have are looked up, rather than each name compared
    with every other one sharing a word: 2,000 names of one first word took 16 s."""
    by_words: dict[tuple[str, ...], ById] = defaultdict(lambda: defaultdict(list))
    for i, one in enumerate(everyone):
        words = _words(one.thing.name)
        if words:
            by_words[words][one.id].append(i)
    sizes = sorted({len(words) for words in by_words})
    found: dict[int, list[int]] = defaultdict(list)
    for j, other in enumerate(everyone):
        told: set[int] = set()
        for name in other.names:
            whole = _words(name)
            for size in sizes:
                if size >= len(whole):
                    break
                first = 1 if other.kind is Kind.FIGURE else 0
                for k in range(first, len(whole) - size + 1):
                    told.update(_of_other_ids(by_words.get(whole[k : k + size], {}), other.id))
        for i in told:
            found[i].append(j)
    return found


def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(caseless(name)))


def _abbreviation(name: str) -> str | None:
    """``name`` as initials are matched, when it is written as initials are: one word of
    two to eight capitals, its points left out ('AMLO', 'A.M.L.O.')."""
    compact = name.replace(".", "").strip()
    if 2 <= len(compact) <= 8 and compact.isalpha() and compact.isupper():
        return caseless(compact)
    return None


def _initials(name: str) -> set[str]:
    """The initials ``name`` may be shortened to, when it has two words or more: of every
    word, and of its words written with a capital ('de', 'del', 'of' left out)."""
    words = _WORD.findall(name)
    if len(words) < 2:
        return set()
    capitals = [w for w in words if w[0].isupper()]
    found = {caseless("".join(w[0] for w in words))}
    if len(capitals) >= 2:
        found.add(caseless("".join(w[0] for w in capitals)))
    return found


def _may_be_one(a: _Named, b: _Named) -> bool:
    """Whether ``a`` and ``b`` may be one figure or place: of one kind, not the one page
    already (the same id in two stories), not two versions of one story's, and for places
    neither of two kinds nor far apart."""
    if a.kind is not b.kind or (a.story == b.story and a.id == b.id):
        return False
    if a.story != b.story and (a.id == b.id or a.group == b.group):
        return False
    if isinstance(a.thing, Location) and isinstance(b.thing, Location):
        return not _two_places(a.thing, b.thing)
    return True


def _two_places(a: Location, b: Location) -> bool:
    if a.kind and b.kind and caseless(a.kind) != caseless(b.kind):
        return True
    if a.coordinates is None or b.coordinates is None:
        return False
    return _km_apart(a.coordinates, b.coordinates) > FAR_APART_KM


def _km_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The distance over the Earth's surface (a sphere of 6,371 km) of two positions."""
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(half)))


def _warning(told: _Named, other: _Named, how: str) -> Problem:
    """What to say at ``told``'s name of ``other``, which may be the same one (``how``:
    as ``_pairs`` found them)."""
    one = "person" if told.kind is Kind.FIGURE else "place"
    mine = f"{told.what} '{told.id}' ('{told.thing.name}')"
    theirs = f"{other.what} '{other.id}' ('{other.thing.name}')"
    same_story = other.story == told.story
    if not same_story:
        theirs += f" of story '{other.story}'"
    theirs += f", {other.file.path}"
    if same_story:  # one file for one person: the events name the other
        merge = f"name '{other.id}' where the events name '{told.id}', and keep that file"
    else:  # one id for one person: the pages link to each other
        merge = (
            f"give both files one id (rename this one {other.folder}/{other.id}.yaml, and '{told.id}' "
            f"to '{other.id}' where its events name it), so that each page links to the other"
        )
    if how == "name":
        lead = f"{mine} is among the names of {theirs}" if same_story else f"{mine} has a name of {theirs}"
        todo, otherwise = merge, "give each its own name"
    else:
        alias = told.thing.name
        shown = alias if _PLAIN_ALIAS.fullmatch(alias) else json.dumps(alias, ensure_ascii=False)
        add = (
            f"add '{alias}' to that file's aliases"
            if other.thing.aliases
            else f"give that file 'aliases: [{shown}]'"
        )
        under = "its initials" if how == "initials" else "a part of its name"
        lead = f"{mine} may be {theirs}, under another name ({under})"
        todo, otherwise = f"{merge}, and {add}", "give each its full name"
    return warning(at(told.file, "name"), f"{lead}: if they are one {one}, {todo}; else {otherwise}")
