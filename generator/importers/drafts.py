"""Event files an import keeps as they are: drafts (no export has them) and events taken
out (``removed:``), which keep their page's address. A new event file on the day of a
kept draft may be that draft's event with its headline changed, so it is hidden as the
draft is (``beside_drafts``); a kept draft that names an event file the import deleted is
said (``orphaned``), as check then fails until it is mended.
"""

from __future__ import annotations

import re

from generator.content.published import says_draft
from generator.content.yamlnodes import Mapping, Node
from generator.importers.convert import Story
from generator.importers.existing import earlier_files


def beside_drafts(
    story: Story, old_roots: dict[str, Node | None], drafts: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """The new event files (not in ``old_roots``, the files there now, parsed) of ``story``
    on the day of one of the kept ``drafts``, each with that draft's file: a slide of the
    draft's event whose headline changed cannot be told from a new one, so it stays hidden
    as the draft is."""
    days = {e.date: f"{e.id}.yaml" for e, _ in earlier_files({n: old_roots[n] for n in drafts}).values()}
    return tuple(
        (f"{event.id}.yaml", days[event.date.iso()])
        for event in story.events
        if f"{event.id}.yaml" not in old_roots and event.date.iso() in days
    )


def orphaned(
    drafts: tuple[str, ...], gone: tuple[str, ...], old_events: dict[str, str | None]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The ``drafts`` kept whose text names one of the event files ``gone`` (by its id, as
    'after:' and a link do), each with those files."""
    found = []
    for draft in drafts:
        text = old_events[draft] or ""
        named = tuple(g for g in gone if _names_event(text, g.removesuffix(".yaml")))
        if named:
            found.append((draft, named))
    return tuple(found)


def _names_event(text: str, event_id: str) -> bool:
    """Whether the event file ``text`` names the event ``event_id`` where check looks for
    one: in 'after:' or 'before:', or a link (``events/<id>.yaml``); not a word of its text
    that an id happens to be ('talks')."""
    event = re.escape(event_id)
    return (
        re.search(
            rf"^(?:after|before):[ \t]*[\"']?{event}[\"']?[ \t]*(?:#.*)?$|events/{event}\.ya?ml", text, re.M
        )
        is not None
    )


_DRAFT_LINE = re.compile(r"^draft:[ \t]*true\b", re.MULTILINE)


def is_draft(text: str | None, root: Node | None) -> bool:
    """Whether the event file ``text`` (``root``, parsed) says ``draft: true`` (a draft
    still being written may not be valid YAML yet: then its line says so)."""
    if text is None:
        return False
    if not isinstance(root, Mapping):
        return _DRAFT_LINE.search(text) is not None
    return says_draft(root)


def is_removed(root: Node | None) -> bool:
    """Whether the parsed event file ``root`` says ``removed:`` with something under it
    (its event was taken out: ``schema.REMOVAL``)."""
    if not isinstance(root, Mapping):
        return False
    found = root.items.get("removed")
    return found is not None and isinstance(found[1], Mapping)
