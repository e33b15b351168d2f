"""Warnings about content that is valid but probably not what the editor meant.

Validation says whether a site can be built; these lints catch what reviewers miss:
an event with no source, a figure nothing refers to, a duplicated event, a place that
cannot be mapped, a story whose ``updated`` is older than its newest event or its latest
entry of ``updates``, a picture without credit, a summary too long for a timeline, an
event shown before finer-dated events only because its date is coarser, and placeholder
text left by ``explainer new``. Each is a ``Problem`` with severity WARNING, at the line
to look at.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from generator.content.dates import PartialDate, Precision
from generator.content.load import ContentFile, Kind, RawContent, RawStory
from generator.content.model import Site, Story
from generator.content.yamlnodes import Mapping, Node, Sequence
from generator.errors import Position, Problem, Severity

MAX_SUMMARY_WORDS = 120
PLACEHOLDER = "TODO:"
"""How ``explainer new`` marks text the editor still has to write."""


def _warning(where: Position, message: str) -> Problem:
    return Problem(where, message, Severity.WARNING)


def _at(file: ContentFile | None, *keys: str) -> Position:
    """Where the value at ``keys`` (a path into the file's mappings) is; the file if absent."""
    assert file is not None
    node: object = file.root
    where = Position(file.path)
    for key in keys:
        if not isinstance(node, Mapping) or key not in node.items:
            break
        key_node, node = node.items[key]
        # A nested block is best pointed at by its key; a plain value by the value.
        where = key_node.pos if isinstance(node, (Mapping, Sequence)) else node.pos
    return where


def _words(markdown: str) -> int:
    return len(re.findall(r"\w+", re.sub(r"\]\([^)]*\)", "]", markdown)))


def lint(raw: RawContent, site: Site) -> list[Problem]:
    """Every warning for a valid site (``site`` must include drafts)."""
    stories = {s.id: s for s in site.stories}
    warnings: list[Problem] = []
    for raw_story in raw.stories:
        warnings.extend(_lint_story(raw_story, stories[raw_story.id]))
    return warnings


def _lint_story(raw: RawStory, story: Story) -> Iterator[Problem]:
    events = raw.files[Kind.EVENT]
    used_figures = {f for e in story.events for f in e.figures}
    used_figures |= {q.by for e in story.events for q in e.quotes if q.by_figure}
    used_locations = {loc for e in story.events for loc in e.locations}
    used_sources = {s for e in story.events for s in e.sources}
    used_sources |= {q.source for e in story.events for q in e.quotes if q.source}
    used_sources |= {k.source for k in story.key_numbers if k.source}

    seen: dict[tuple[str, str], str] = {}
    for event in story.events:
        file = events[event.id]
        if not event.sources:
            yield _warning(_at(file, "title"), f"event '{event.id}' cites no source; add 'sources:'")
        key = (event.date.iso(), event.title.casefold())
        if key in seen:
            yield _warning(
                _at(file, "title"),
                f"same date and title as event '{seen[key]}'; is it a duplicate?",
            )
        seen.setdefault(key, event.id)
        if event.image and not event.image.credit:
            yield _warning(_at(file, "image"), "image has no 'credit'")
        words = _words(event.summary)
        if words > MAX_SUMMARY_WORDS:
            yield _warning(
                _at(file, "summary"),
                f"summary has {words} words; keep it under {MAX_SUMMARY_WORDS} and move the rest to 'body'",
            )
    for fid, figure in story.figures.items():
        file = raw.files[Kind.FIGURE][fid]
        if fid not in used_figures:
            yield _warning(_at(file), f"figure '{fid}' is not in any event")
        if figure.image and not figure.image.credit:
            yield _warning(_at(file, "image"), "image has no 'credit'")
    for lid, location in story.locations.items():
        file = raw.files[Kind.LOCATION][lid]
        if lid not in used_locations:
            yield _warning(_at(file), f"location '{lid}' is not in any event")
        if location.coordinates is None and not location.unmapped:
            yield _warning(
                _at(file, "name"),
                f"location '{lid}' has no coordinates, so it cannot be mapped; add them, or "
                "'unmapped: true' if it has no position to give",
            )
        elif location.coordinates is not None and location.unmapped:
            yield _warning(_at(file, "unmapped"), f"location '{lid}' has coordinates and 'unmapped: true'")
    if story.image and not story.image.credit:
        yield _warning(_at(raw.story, "image"), "image has no 'credit'")
    for sid in story.sources:
        if sid not in used_sources:
            yield _warning(_at(raw.story, "sources", sid), f"source '{sid}' is not cited anywhere")
    if story.events:
        latest = max(story.events, key=lambda e: (e.end or e.date).bounds()[1])
        latest_date = latest.end or latest.date
        if story.last_changed.bounds()[1] < latest_date.bounds()[0]:
            field = "updated" if story.updated else "published"
            yield _warning(
                _at(raw.story, field),
                f"'{field}' ({story.last_changed.iso()}) is earlier than the latest event "
                f"'{latest.id}' ({latest_date.iso()}); update it",
            )
    if story.updated and story.updates and story.updated.bounds()[1] < story.updates[0].date.bounds()[0]:
        yield _warning(
            _at(raw.story, "updated"),
            f"'updated' ({story.updated.iso()}) is earlier than the latest entry of 'updates' "
            f"({story.updates[0].date.iso()}); update it, or delete it to use that entry's date",
        )
    yield from _coarse_before_finer(raw, story)
    yield from _placeholders(raw)


_COMES_FIRST = {
    Precision.YEAR: "a year alone comes before the dates in it",
    Precision.MONTH: "a month without a day comes before the days in it",
    Precision.DAY: "a day without a time comes before the times on it",
}


def _prefix(date: PartialDate, precision: Precision) -> tuple[int | None, ...]:
    return (date.year, date.month, date.day)[: int(precision)]


def _coarse_before_finer(raw: RawStory, story: Story) -> Iterator[Problem]:
    """An event whose date is a year, a month or a day without a time, shown before
    finer-dated events inside it only because its date is coarser (``order.py``): the
    order the issue's editor found silently wrong. One placed by hand is left alone."""
    finer: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
    for i, event in enumerate(story.events):
        for precision in _COMES_FIRST:
            if precision < event.date.precision:
                finer[_prefix(event.date, precision)].append(i)
    for i, event in enumerate(story.events):
        precision = event.date.precision
        if event.after or event.before or precision not in _COMES_FIRST:
            continue
        later = [story.events[j] for j in finer.get(_prefix(event.date, precision), ()) if j > i]
        if not later:
            continue
        first, last = later[0], later[-1]
        if len(later) == 1:
            which = f"'{first.id}' ({first.date.display()})"
            place = f"'after: {first.id}'"
        else:
            which = f"the {len(later)} events dated within it, '{first.id}' to '{last.id}'"
            place = "'after: <id>' with the one it follows"
        yield _warning(
            _at(raw.files[Kind.EVENT][event.id], "date"),
            f"event '{event.id}' ({event.date.display()}) is shown before {which}, because "
            f"{_COMES_FIRST[precision]}; if it happened later, add {place}, or add "
            f"'before: {first.id}' to keep this order",
        )


def _placeholders(raw: RawStory) -> Iterator[Problem]:
    files = [raw.story, *(f for kind in raw.files.values() for f in kind.values())]
    for file in files:
        if file is not None and file.root is not None:
            yield from _placeholders_in(file.root, "")


def _placeholders_in(node: Node, label: str) -> Iterator[Problem]:
    if isinstance(node, Mapping):
        for key, (_, value) in node.items.items():
            yield from _placeholders_in(value, f"{label}.{key}" if label else key)
    elif isinstance(node, Sequence):
        for i, item in enumerate(node.items, start=1):
            yield from _placeholders_in(item, f"{label}[{i}]")
    elif isinstance(node.value, str) and node.value.lstrip().startswith(PLACEHOLDER):
        yield _warning(node.pos, f"'{label}' still has the placeholder text from 'explainer new'")
