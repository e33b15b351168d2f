"""What an editor added to the files an import replaces (``--force``), carried over: the
fields the source cannot hold (an event's figures, places, key...), the story's sources
the source does not give, and an event's tags beyond the one group a slide has. Where
those cannot be told apart line by line, the file is named as not kept, not lost
silently. What the source gives is the source's, and replaces the file's (an event
written by hand that a new slide's id names among them, and the story's title and
summary an editor rewrote, when a title slide gives them): each file whose values it
replaced is said, with what it had (``replaced``).
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

from generator.content.lint.pictures import as_heard
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence, parse_yaml, scalar_at
from generator.errors import Problem
from generator.importers import yamlwrite
from generator.importers.convert import Story
from generator.importers.event import EVENT_SUMMARY_TODO, Event
from generator.importers.existing import source_ids
from generator.importers.pictures import Picture


@dataclass
class Kept:
    """The fields an editor added to the files an import replaces (``--force``), carried
    over, and which files kept them or could not."""

    kept: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    """The ids of the story's sources kept though the source imported does not give them."""
    sources_lost: bool = False
    """Whether the story's sources the source imported does not give could not be kept
    (written in a way that cannot be told apart line by line)."""
    own_summaries: list[str] = field(default_factory=list)
    """The event files whose slide has no text that keep the summary written in them
    (not the placeholder the import writes for one)."""
    replaced: list[tuple[str, tuple[tuple[str, str], ...]]] = field(default_factory=list)
    """The event files (and story.yaml) written again whose fields the source gives had
    other values there (an editor's, or an earlier import's), each with those fields as
    they were (``replaced``): said, so the file's words are never lost silently."""
    removed: dict[str, frozenset[str]] = field(default_factory=dict)
    """Of those fields, the ones each file is written without, as its slide has none (a
    picture added by hand to an event whose row has no Media): said as removed, not as
    replaced by the slide's."""
    made: list[str] = field(default_factory=list)
    """The figure and place files written (``write.write_pages``): those the story had stay."""
    pages_kept: list[str] = field(default_factory=list)
    """The figure and place files the source names that the story had, kept as they are."""
    sources_rewritten: bool = False
    """Whether the story's sources, all of them given by the source imported too, are
    written again as the import writes them (those written so they cannot be told apart
    line by line, 'sources: {...}'): nothing is lost, so nothing is said."""

    def other_sources(self, story: Story, before: str | None) -> tuple[str, str]:
        """The sources of the story.yaml ``before`` that ``story`` does not write itself,
        as written there (``yamlwrite.kept_sources``): those it gives too (by address,
        ``story.had``), then those it does not give, when it gives some; when it gives
        none, the story's sources are kept whole, as an editor's field."""
        if before is None:
            return "", ""
        ids = frozenset(s.id for s in story.sources)
        had = frozenset(s.id for s in story.had)
        given = ids | had  # those the file has too (by address) stay as written
        if not given:
            self.sources += sorted(source_ids(before))
            return "", ""
        try:
            # A source the timeline gives is the timeline's, though written as the file
            # has it: not among those kept "not in the source" (a sheet imported twice
            # said all its sources were kept by hand).
            same = yamlwrite.kept_sources(before, frozenset(source_ids(before) - had))
            others = yamlwrite.kept_sources(before, given)
        except yamlwrite.CannotKeep:
            # Written so they cannot be told apart line by line ('sources: {...}'): lost
            # only where the file has some the source does not give (said so); else all
            # are written as the source gives them (it was said lost, though none was).
            if source_ids(before) - given:
                self.sources_lost = True
            else:
                self.sources_rewritten = True
            return "", ""
        self.sources += sorted(source_ids(before) - given)
        return same, others

    def add(
        self,
        text: str,
        before: str | None,
        rel: str,
        imported: frozenset[str] | set[str],
        *,
        drop_draft: bool = False,
        has_events: bool = True,
    ) -> str:
        """``text``, the file the import writes at ``rel``, with what the editor added to
        ``before`` (the file there now; None if none): the keys not in ``imported``. None is
        kept where they cannot be told apart, or the file would not read (``lost``)."""
        if before is None:
            return text
        try:
            extra = yamlwrite.kept_lines(before, frozenset(imported))
        except yamlwrite.CannotKeep:
            self.lost.append(rel)
            return text
        if drop_draft:
            extra = extra.replace(yamlwrite.DRAFT_LINE, "")  # the import's, now the source gives a summary
        if has_events:
            extra = extra.replace(yamlwrite.NO_EVENTS, "")  # the import's, now the source gives events
        if not extra.strip():
            return text
        whole = text + yamlwrite.KEPT + extra
        problems: list[Problem] = []
        root = parse_yaml(whole, rel, problems)
        if problems or not isinstance(root, Mapping) or not top_keys(extra) <= set(root.items):
            self.lost.append(rel)
            return text
        self.kept.append(rel)
        return whole


def replaced(
    before: Node | None,
    text: str,
    imported: frozenset[str] | set[str],
    placeholders: dict[str, str] | None = None,
) -> tuple[tuple[str, str], ...]:
    """The fields of the event file (or story.yaml) ``before`` (the one there now, parsed,
    if any) that the import writes (``imported``) and whose value its file, ``text``,
    changes or leaves out: each key, in the file's order, and its value there as the
    report quotes it (whole: the report is where the editor finds it again). An event
    file written by hand that a new slide's id names has its title, date and summary
    replaced by the slide's, as fields the source gives always are, and story.yaml its
    title and summary by the title slide's; said rather than lost silently. A value that
    is an earlier import's placeholder (``placeholders``, by key: a summary to write, the
    title made from the story's id) is nobody's words, and not said."""
    if not isinstance(before, Mapping):
        return ()
    after = parse_yaml(text, "", [])
    now = after.items if isinstance(after, Mapping) else {}
    found = []
    for key, (_, node) in before.items.items():
        if key not in imported:
            continue
        old = _plain(node)
        if old is None or old == "" or (placeholders or {}).get(key) == old:
            continue  # nothing of the file's is lost
        if key not in now or _compared(_plain(now[key][1])) != _compared(old):
            found.append((key, _quoted(old)))
    return tuple(found)


def own_summary(before: Node | None) -> str | None:
    """The summary of the event file ``before`` (parsed, if any), unless it is none or the
    placeholder an import writes for a slide without text."""
    if not isinstance(before, Mapping) or "summary" not in before.items:
        return None
    node = before.items["summary"][1]
    if not isinstance(node, Scalar) or not isinstance(node.value, str):
        return None
    words = node.value.strip()
    return words if words and words != EVENT_SUMMARY_TODO else None


def _plain(node: Node | None) -> object:
    """The value of ``node`` as Python's, text stripped (a ``|`` block ends in a line break
    that says nothing), to compare the file's with the import's."""
    if isinstance(node, Scalar):
        return node.value.strip() if isinstance(node.value, str) else node.value
    if isinstance(node, Mapping):
        return {key: _plain(value) for key, (_, value) in node.items.items()}
    if isinstance(node, Sequence):
        return [_plain(item) for item in node.items]
    return None


def _compared(value: object) -> object:
    """A ``_plain`` value with its numbers as text: 'date: "2004"' as an editor wrote it is
    the import's 'date: 2004', a title '1989' its '"1989"'."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dict):
        return {key: _compared(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_compared(item) for item in value]
    return value


def _quoted(value: object) -> str:
    """A value of a field as a report quotes it: text in single quotes, the rest as JSON."""
    return f"'{value}'" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def still_the_imports(before: str, story: Story, placeholder: str) -> bool:
    """Whether the story.yaml ``before`` still has the title and the ``placeholder``
    summary a first import of a timeline without a title slide wrote (``story``'s, the
    timeline still without one): the import's own, not an editor's, so written again, as
    its draft line is, rather than kept as "added by hand" below the import's fields."""
    root = parse_yaml(before, "", [])
    if not isinstance(root, Mapping):
        return False

    def value(key: str) -> object:
        found = root.items.get(key)
        return found[1].value if found is not None and isinstance(found[1], Scalar) else None

    return value("summary") == placeholder and value("title") == story.title


def tags_of(before: Node | None) -> tuple[str, ...]:
    """The tags the event file ``before`` (parsed, if any) gives, as written."""
    found = before.items.get("tags") if isinstance(before, Mapping) else None
    if found is None or not isinstance(found[1], Sequence):
        return ()
    return tuple(
        str(item.value) for item in found[1].items if isinstance(item, Scalar) and item.value is not None
    )


def with_its_tags(event: Event, before: Node | None) -> Event:
    """``event`` with the tags of its file ``before`` (the one there now, parsed, if any) when
    they hold all the tags the source gives it: a TimelineJS slide has one ``group``, and
    our export gives the first of the event's tags as it, so importing the export again
    keeps the others, in their order. The source's come first all the same, as the first
    tag is the one the pages show and the export makes the group: a group changed in the
    sheet to another of the file's tags is the event's group from then on. Tags the file
    does not have are the source's."""
    if not event.tags:
        return event
    tags = tags_of(before)
    if not set(event.tags) <= set(tags):
        return event
    return dataclasses.replace(event, tags=(*event.tags, *(tag for tag in tags if tag not in event.tags)))


def with_their_alt(story: Story, story_before: Node | None, old_roots: dict[str, Node | None]) -> Story:
    """``story`` with the alt text written in the files it replaces (``--force``: its
    story.yaml, ``story_before``, and its event files, ``old_roots`` by name, parsed) for
    each picture whose source gives none. The import stands a caption (or a headline) in
    for a missing alt text and then asks for one to be written in the file, as check does;
    importing again wrote the caption over it. Kept for the same picture only (the file's
    ``src``), and only where it is not an earlier import's stand-in (the file's caption or
    title), so a caption corrected in the sheet still becomes the alt text it stood for."""
    image = _their_alt(story.image, story_before)
    events = tuple(
        dataclasses.replace(event, image=_their_alt(event.image, old_roots.get(f"{event.id}.yaml")))
        for event in story.events
    )
    return dataclasses.replace(story, image=image, events=events)


def _their_alt(picture: Picture | None, before: Node | None) -> Picture | None:
    """``picture`` with the alt text its file ``before`` gives it, when the source gave none
    and the file's is an editor's (``with_their_alt``)."""
    if picture is None or picture.alt_given or not isinstance(before, Mapping):
        return picture
    image = before.items.get("image", (None, None))[1]
    if not isinstance(image, Mapping):
        return picture

    def text(root: Mapping, key: str) -> str:
        node = scalar_at(root, key)
        return node.value.strip() if node is not None and isinstance(node.value, str) else ""

    alt = text(image, "alt")
    stand_ins = {as_heard(text(image, "caption")), as_heard(text(before, "title"))}
    if text(image, "src") != picture.src or not alt or as_heard(alt) in stand_ins:
        return picture
    return dataclasses.replace(picture, alt=alt, alt_given=True)  # given now, by the file


def with_its_placement(event: Event, before: Node | None) -> Event:
    """``event`` without the source's ``after`` when its file ``before`` (the one there
    now, parsed, if any) was placed by an editor with ``before:``: one event is placed by
    one of them, and the file with both would not build. The editor's placement is the
    later decision, and is kept with what else they added."""
    if event.after and isinstance(before, Mapping) and "before" in before.items:
        return dataclasses.replace(event, after="")
    return event


def top_keys(text: str) -> set[str]:
    """The top-level keys of the YAML ``text`` (none when it is not a mapping)."""
    root = parse_yaml(text, "", [])
    return set(root.items) if isinstance(root, Mapping) else set()
