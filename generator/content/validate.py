"""Check the whole content: each file on its own (``check.py``), then each story's
cross-file rules (ids that events refer to exist, media exist and may be published) and
its timeline's order. Every problem is collected; the checked values (``Checked``) only
when there are none, which ``assemble.py`` then makes into the model.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, TypeVar, cast
from urllib.parse import unquote

from generator.content import formhints, hints, markdown_links, media, order, schema, story_links
from generator.content.check import INVALID, Checker, Values, ok, sources_or_empty
from generator.content.crossrefs import Ref
from generator.content.dates import PartialDate
from generator.content.filenames import meant_name
from generator.content.files import UnsafeFile, media_limit, new_command
from generator.content.ids import DAY_OF_EVENT_ID, ID_PATTERN, suggest_id, to_id
from generator.content.kinds import Kind
from generator.content.load import RawContent, RawStory
from generator.content.remember import FORGETFUL, Memory
from generator.content.schema import is_raster
from generator.errors import Position, Problem, Severity, closest, did_you_mean, unseen_character
from generator.i18n.languages import ENGLISH, caseless

if TYPE_CHECKING:
    from generator.render.pictures import Pictures


@dataclass(frozen=True)
class CheckedStory:
    """A story whose files passed every check, in the order its timeline takes."""

    raw: RawStory
    values: Values
    """story.yaml's."""
    files: dict[Kind, dict[str, Values | None]]
    """Each event's, figure's and place's values, by kind and id."""
    timeline: list[str]
    """Its events' ids in timeline order (``order.timeline``)."""


@dataclass(frozen=True)
class Checked:
    """Content that passed every check: what ``assemble.site`` makes the model of."""

    site: Values
    """site.yaml's."""
    media_limit: int
    """The largest media file published, in bytes (``media_max_mb``)."""
    language: str
    """The site's language (``site_language``)."""
    stories: tuple[CheckedStory, ...]


@dataclass
class Found:
    """What checking found besides the checked values, returned with them whether or not
    the content has errors: what the warnings (``lint``) say, and where
    ``lint.known_warnings`` looks when the content has errors."""

    site_values: Values | None = None
    """site.yaml's values as checked (None if it is no mapping)."""
    notices: list[Problem] = field(default_factory=list)
    """site.yaml's warnings."""
    story_notices: dict[str, list[Problem]] = field(default_factory=dict)
    """Each story's warnings, by its id: its files' checks', its links', its pictures'."""
    checked: dict[str, dict[Kind, dict[str, Values | None]]] = field(default_factory=dict)
    """Each story's files' values as checked, by the story's id, then kind and id
    (story.yaml's under the story's id; None for a file that is no mapping)."""


def _check_story(
    raw: RawStory,
    checker: Checker,
    media_limit: int,
    stories: set[str],
    pictures: Pictures,
    found: Found,
) -> CheckedStory | None:
    """Check one story folder's files and cross-references; its values if all is well.
    Its warnings and its files' checked values go into ``found``."""
    first_problem = len(checker.problems)
    _forget_the_last_story(checker)
    story_values = checker.file(raw.story.root, Kind.STORY) if raw.story and raw.story.root else None
    checked = _check_files(raw, checker)
    known = _known_ids(raw, stories, story_values)
    taken_out = _taken_out(raw, checked[Kind.EVENT])
    _check_refs(raw, checker, known, taken_out, story_values)
    _spare_taken_out(taken_out, checker)
    story_values, checked = _as_spelled_on_disk(raw, checker, story_values, checked)
    _check_media_files(raw, checker, media_limit, pictures)
    notices = found.story_notices.setdefault(raw.id, [])
    _keep_warnings(raw, checker, known, notices)
    _check_pictures(raw, checker, media_limit, pictures, notices)

    timeline = _timeline(raw, checked[Kind.EVENT], checker)
    found.checked[raw.id] = {Kind.STORY: {raw.id: story_values}, **checked}  # for lint.known_warnings

    if len(checker.problems) > first_problem or not ok(story_values):
        return None
    assert story_values is not None and raw.story is not None
    return CheckedStory(raw, story_values, checked, timeline)


def _forget_the_last_story(checker: Checker) -> None:
    """Empty what the checker found in the story before: each story's are its own."""
    checker.refs.clear()
    checker.images.clear()
    checker.pictures.clear()
    checker.unprefixed.clear()
    checker.notices.clear()
    checker.odd_links.clear()


def _check_files(raw: RawStory, checker: Checker) -> dict[Kind, dict[str, Values | None]]:
    """Each event's, figure's and place's checked values, by kind and id (none for an empty file)."""
    checked: dict[Kind, dict[str, Values | None]] = {}
    for kind in (Kind.EVENT, Kind.FIGURE, Kind.LOCATION):
        checked[kind] = {
            fid: checker.file(f.root, kind) if f.root else None for fid, f in raw.files[kind].items()
        }
    return checked


def _known_ids(raw: RawStory, stories: set[str], story_values: Values | None) -> dict[str, set[str] | None]:
    """The ids a reference of each kind may name; ``None`` where they are unknown."""
    return {
        "figure": set(raw.files[Kind.FIGURE]),
        "location": set(raw.files[Kind.LOCATION]),
        "story": stories - {raw.id},  # another story, which this one translates
        "event": set(raw.files[Kind.EVENT]),
        # Unknown when story.yaml or its sources are broken, or written under a key of
        # another name ('fuentes:', 'source:'): that is reported already.
        "source": None
        if story_values is None or story_values.get("sources") is INVALID or _sources_misnamed(raw)
        else set(sources_or_empty(story_values)),
    }


def _sources_misnamed(raw: RawStory) -> bool:
    """Whether story.yaml gives no 'sources:' but a key meant for it ('fuentes:', in the
    story's language, or 'source:'), which ``check`` reports: each event's sources were
    said to be unknown too, one error for every mention, with the advice to add what is
    there already."""
    root = raw.story.root if raw.story is not None else None
    if root is None or "sources" in root.items:
        return False
    keys = [f.name for f in schema.FILES["story"].fields]
    return any(name not in keys and hints.meant_key(name, keys) == "sources" for name in root.items)


def _check_refs(
    raw: RawStory,
    checker: Checker,
    known: dict[str, set[str] | None],
    taken_out: set[str],
    story_values: Values | None,
) -> None:
    """Report each reference to this very story, or to an id its kind does not have."""
    broken = _broken_files(raw, [*checker.problems, *raw.notices])
    unread = {notice.where.path for notice in raw.notices}
    for ref in checker.refs:
        ids = known[ref.kind]
        if ref.kind == "story" and ref.id == raw.id:
            checker.error(
                ref.pos, f"'{ref.label}' names this very story; give the id of the story it translates"
            )
            continue
        if ids is not None and ref.id not in ids:
            message = f"unknown {ref.kind} '{ref.id}' in '{ref.label}'"
            # A link written in HTML to a file not there was passed over: it built, its
            # words shown without a link, and every file that builds keeps building.
            severity = Severity.WARNING if ref.html else Severity.ERROR
            if ref.html:
                message += ": its link, written in HTML, is shown as its words only"
            cause = broken.get((ref.kind, ref.id))
            if cause is None and broken:  # 'maria lopez' for 'Maria Lopez.yaml': the id both mean
                cause = broken.get((ref.kind, suggest_id(ref.id)))
            if cause is None:
                hint = (
                    _unknown_ref_hint(ref, ids, known, raw, taken_out, story_values)
                    if checker.spelling.affords(ids)
                    else ""
                )
                said = Problem(ref.pos, message + hint + unseen_character(ref.id), severity)
            else:
                note = _broken_note(ref.kind, cause, unread)
                said = Problem(ref.pos, message + note, severity, cause=cause)
            (checker.notices if ref.html else checker.problems).append(said)


def _broken_note(kind: str, cause: str, unread: set[str]) -> str:
    """Why an id whose file ``cause`` is broken is unknown: the file is not read, or has errors."""
    name = os.path.basename(cause)
    if (meant := meant_name(name)) is not None and cause in unread:  # a warning, not an error
        return f" (its file is named '{name}', which is not read: rename it to '{meant}')"
    return f" (the {kind} file has errors, above)"


def _as_spelled_on_disk(
    raw: RawStory,
    checker: Checker,
    story_values: Values | None,
    checked: dict[Kind, dict[str, Values | None]],
) -> tuple[Values | None, dict[Kind, dict[str, Values | None]]]:
    """The story's values, and the media files the checker found, with each file named as
    it is spelled on disk (``markdown_links.spelled_on_disk``); as they were when all are."""
    if spelled := markdown_links.spelled_on_disk({rel for rel, _, _ in checker.images}, raw.media):
        story_values = _respelled(story_values, spelled)
        checked = {
            kind: {fid: _respelled(v, spelled) for fid, v in values.items()}
            for kind, values in checked.items()
        }
        for found in (checker.images, checker.pictures):
            found[:] = [(spelled.get(rel, rel), label, pos) for rel, label, pos in found]
    return story_values, checked


def _keep_warnings(
    raw: RawStory, checker: Checker, known: dict[str, set[str] | None], notices: list[Problem]
) -> None:
    """Add the story's warnings to ``notices``: the checker's, then its links' to media
    named without their folder, then its odd links'."""
    # Warnings (a link to nowhere, a file that is not a picture): such files built before,
    # and every file that builds keeps building; check --strict refuses them.
    notices.extend(checker.notices)
    for rel, label, pos in checker.unprefixed:
        notices.append(Problem(pos, _unprefixed(rel, label, raw.media), Severity.WARNING))
    for link, label, pos in checker.odd_links:
        notices.append(Problem(pos, _odd_link(link, label, known, raw.id, checker), Severity.WARNING))


def _unknown_ref_hint(
    ref: Ref,
    ids: set[str],
    known: dict[str, set[str] | None],
    raw: RawStory,
    taken_out: set[str],
    story_values: Values | None,
) -> str:
    """What to do about ``ref``, which names an id its kind does not have (``ids``) and
    whose file is not merely broken: write it as the other kind it is, delete it from an
    event taken out, the id meant (run together, written as a name, a source by its
    address, a near spelling), or how to add it."""
    # An event's 'after:' or 'before:' cannot name the event itself.
    own = os.path.splitext(os.path.basename(ref.pos.path))[0] if ref.kind == "event" else None
    other = _other_kind(ref.id, ref.kind, known)
    if other is not None and ref.link:  # figures/<an event's id>.yaml
        article = "an" if other == "event" else "a"
        hint = f"; there is {article} {other} '{ref.id}': write {other}s/{ref.id}.yaml"
    elif other in ("figure", "location") and ref.kind in ("figure", "location"):
        # 'locations: [a-person]': ``new location`` would make a second file for them.
        hint = f"; '{ref.id}' is a {other}: list it under '{other}s:'"
    elif ref.pos.path in taken_out and not ref.label.startswith("removed."):
        # Most often deleted for the reason the event was taken out (the figure
        # of a person it named wrongly): to be told to write it again misled.
        listed = ref.label.rsplit("[", 1)[0] if ref.label.endswith("]") else ""
        fix = (
            "delete the link, keeping its words"
            if ref.link
            else f"delete it from '{listed}'"
            if listed
            else "delete it here"
        )
        hint = (
            "; this event was taken out ('removed:'), and nothing of it but its title and "
            f"reason is published: {fix}"
        )
    else:
        hint = (
            (None if ref.link else _run_together(ref.id, ids, names=ref.kind == "figure"))
            or (None if ref.link else _written_as_name(ref.id, ids))
            or (_part_of_a_name(ref.id, ids) if ref.kind == "figure" else None)
            or (_source_by_address(ref.id, story_values) if ref.kind == "source" else None)
            or (_source_by_publisher(ref.id, story_values) if ref.kind == "source" else None)
            or _close_id(ref.id, _same_day(ref.id, ids - {own}))
            or _close_id(ref.id, ids - {own})  # the date mistyped
            or _how_to_add(ref.kind, ref.id, raw.id, os.path.dirname(raw.path), ref.label)
        )
        if ref.link and ref.kind == "event" and ref.label.startswith("updates["):
            # Most often an event taken out (a report that proved false), and the
            # update that announced it still links to it: a close id alone
            # misled (the day's other event). Its file kept with 'removed:' keeps
            # its address, where readers of a shared link learn what happened.
            hint += (
                f"{' If' if hint else '; if'} that event was taken out of the story, "
                f"put back events/{ref.id}.yaml with 'removed:' (its date and reason) "
                "instead of deleting it (its page then says it was taken out, and why), "
                + (
                    "or keep the words and delete the <a> and </a> around them"
                    if ref.html
                    else "or keep the words in [ ] and delete the brackets and the address in ( )"
                )
            )
    return hint


def _check_media_files(raw: RawStory, checker: Checker, media_limit: int, pictures: Pictures) -> None:
    """Every media file the story's texts and images name: there, one file on every
    system, and fit to publish (a picture that reads, a file of an allowed kind)."""
    pictured = {rel for rel, _, _ in checker.pictures}
    for rel, label, pos in checker.images:
        if rel in raw.one_file:  # it is there, but one file with another on some systems
            other = raw.one_file[rel]
            left_out = f"'media/{rel}' is left out, as it and 'media/{other}' are one file on some systems"
            checker.error(
                pos, f"'{label}': {left_out} (said at the file); rename one, and write its new name here"
            )
        elif rel not in raw.media:
            hint = _media_hint(rel, raw.media) if checker.spelling.affords(raw.media) else ""
            shown = rel if _in_capital_media(rel) is not None else f"media/{rel}"
            checker.error(pos, f"'{label}': no file '{shown}' in this story{hint}")
        elif (why := _media_problem(raw, rel, media_limit, pictures, rel in pictured)) is not None:
            checker.error(pos, f"'{label}': 'media/{rel}' {why}")


def _taken_out(raw: RawStory, events: dict[str, Values | None]) -> set[str]:
    """The paths of the files of the events taken out of the story (``removed:``)."""
    return {
        raw.files[Kind.EVENT][eid].path
        for eid, values in events.items()
        if values is not None and isinstance(values.get("removed"), dict)
    }


def _spare_taken_out(taken_out: set[str], checker: Checker) -> None:
    """Forget the media files that events taken out (files ``taken_out``) show or link
    to, but for those of their reasons: nothing else of such an event is published, and
    its picture may have been deleted for the very reason it was taken out."""
    if not taken_out:
        return

    def kept(label: str, pos: Position) -> bool:
        return pos.path not in taken_out or label.startswith("removed.")

    checker.images[:] = [(rel, label, pos) for rel, label, pos in checker.images if kept(label, pos)]
    checker.pictures[:] = [(rel, label, pos) for rel, label, pos in checker.pictures if kept(label, pos)]


def _timeline(raw: RawStory, events: dict[str, Values | None], checker: Checker) -> list[str]:
    """The story's events in timeline order (``order.py``); what stops an event's
    'after' or 'before' being followed is reported at that key."""
    placements = {}
    for eid, values in events.items():
        if values is not None and isinstance(values.get("date"), PartialDate):
            after, before = (v if isinstance(v := values.get(k), str) else None for k in order.FIELDS)
            placements[eid] = order.Placement(values["date"], after, before)
    ordered = partial(order.timeline, placements)
    ids, problems = checker.memo.same(("timeline", raw.id), placements, ordered)
    for problem in problems:
        root = raw.files[Kind.EVENT][problem.event].root
        assert root is not None  # it has values, so it was parsed
        checker.error(root.items[problem.key][1].pos, problem.message)
    return ids


def _other_kind(item_id: str, kind: str, known: dict[str, set[str] | None]) -> str | None:
    """The kind ('event', 'figure', 'location') of the story's file with the id
    ``item_id`` when it is not ``kind``, the one a link's folder says: what it meant."""
    for other in story_links.STORY_FILE_KINDS.values():
        ids = known[other]
        if other != kind and ids is not None and item_id in ids:
            return other
    return None


def _odd_link(
    link: story_links.StoryLink,
    label: str,
    known: dict[str, set[str] | None],
    story_id: str,
    checker: Checker,
) -> str:
    """What to say of a link into the story's events, figures or places not written
    ``<folder>/<id>.yaml``: what readers get, and what to write. ``story_id``: the
    story the text is in, which ``known["story"]`` leaves out; ``checker``: whose
    ``spelling`` a story spelt like one not there spends."""
    if story_links.names_yaml(link.address):
        fate = "is shown as its words only"
    else:  # an id alone is beside every page, where there is nothing
        fate = "leads nowhere" if link.address == link.name else "leads nowhere from most pages"
    said = f"'{label}': the link to '{link.address}' {fate}"
    # '../story-a/events/e1.yml' in story-a itself (maybe 'Story-A'): its own file, which
    # it names as every other of its own, whether the file is there or not.
    own = link.story is not None and story_id in _meant(link.story)
    if own:
        said = f"{said}; it is this story's own file"
    elif link.other_story:
        # Another story's file is named as from this story's folder, as every link of a
        # text is (``media/x.pdf``), from whichever file the text is in.
        stories = known["story"]
        if link.story is None or link.kind is None or stories is None:
            return (
                f"{said}; a link to another story's event, figure or place names its file as from "
                "the story's folder: ../<story>/events/<id>.yaml"
            )
        if link.story not in stories:
            meant = _story_meant(link.story, stories) if checker.spelling.affords(stories) else ""
            return f"{said}; this site has no story '{link.story}'{meant}"
        # Its name as the id it means ('fig%20b', 'Fig B': 'fig-b'): as written, the
        # address said to write was the one that shows its words only.
        name = next((meant for meant in _meant(link.name) if ID_PATTERN.fullmatch(meant)), link.name)
        return f"{said}; write it as ../{link.story}/{link.kind}s/{name}.yaml"
    for name in _meant(link.name):
        folders = [
            f"{kind}s"
            for kind in story_links.STORY_FILE_KINDS.values()
            if (ids := known[kind]) is not None and name in ids
        ]
        if link.kind is not None and f"{link.kind}s" in folders:
            folders = [f"{link.kind}s"]  # the folder written, where it has that file
        if folders:
            return (
                f"{said}{':' if own else ';'} write it as {' or '.join(f'{f}/{name}.yaml' for f in folders)}"
            )
    missing = f"{said}; no event, figure or place '{link.name}' in this story"
    if (near := _near_file(link, known, checker)) is not None:
        return f"{missing}; did you mean {near}?"
    return f"{missing} (a link names one's file: events/<id>.yaml)"


def _near_file(
    link: story_links.StoryLink, known: dict[str, set[str] | None], checker: Checker
) -> str | None:
    """The file of the story's own (in the folder ``link`` names, or in any) whose id is
    spelt like the name it gives, as the id it was meant to be ('maria lozano jt' and
    'maria%2Elozano%2Ejt' as 'maria-lozano-jt', for 'maria-lozano-jr'), to write:
    ``figures/maria-lozano-jr.yaml``; None if none is, or the spelling budget is spent.
    A name with spaces (a person's) only when it is nearly that id (``_close_id``)."""
    decoded = _without_yaml(unquote(link.name))
    meant = to_id(decoded, fallback="")
    if not meant:
        return None
    cutoff = NEARLY_SURE if any(c.isspace() for c in decoded) else 0.6
    kinds = [link.kind] if link.kind is not None else list(story_links.STORY_FILE_KINDS.values())
    for kind in kinds:
        ids = known[kind]
        close = closest(meant, ids, cutoff=cutoff) if ids and checker.spelling.affords(ids) else None
        if close is not None:
            return f"{kind}s/{close}.yaml"
    return None


_YAML_END = re.compile(r"\.ya?ml$", re.IGNORECASE)


def _without_yaml(name: str) -> str:
    """``name``, a link's file name percent-decoded, without the '.yaml' it may end in
    still: 'maria-lozano%2Eyaml' (its dot encoded) is 'maria-lozano.yaml' once decoded."""
    return _YAML_END.sub("", name)


def _meant(written: str) -> tuple[str, ...]:
    """The ids a name written in a link may mean: in lower case ('Story-A'), or made an
    id ('elección-2023': 'eleccion-2023'), each once; percent-decoded first, as a link's
    address is read ('maria%20lopez', as a link to a file named with a space is written,
    is 'maria lopez': 'maria-lopez'; made an id as written, it was 'maria-20lopez')."""
    decoded = _without_yaml(unquote(written))  # 'x%2Eyaml': its '.yaml' written with its dot encoded
    return tuple(
        dict.fromkeys(
            (written.lower(), decoded.lower(), to_id(decoded, fallback=""), to_id(written, fallback=""))
        )
    )


def _story_meant(written: str, stories: set[str]) -> str:
    """A ``; did you mean`` for a story's folder that ``stories`` lack: the story it names
    in other capitals ('Story-B', 'STORY-B'), which spelling alone does not find, or one
    spelt like it."""
    for name in _meant(written):
        if name in stories:
            return f"; did you mean '{name}'?"
    return did_you_mean(written, stories)


def _same_day(ref_id: str, ids: set[str]) -> set[str]:
    """The ids to suggest for ``ref_id``: those that start with its date, if any do (an
    event file renamed keeps its date: '2026-03-02-strike-vote' for
    '2026-03-02-dockers-vote-to-strike', which is spelt more like another day's event)."""
    day = DAY_OF_EVENT_ID.match(ref_id)
    same = {i for i in ids if day is not None and i.startswith(day[0])}
    return same or ids


def _run_together(ref_id: str, ids: set[str], *, names: bool = False) -> str | None:
    """'locations: [port canal]' for '[port, canal]': ids of the list written without the
    comma between them, which YAML reads as one item (a close id alone, the last of them,
    was suggested, and the first would then have gone missing). Joined by 'and' as a
    sentence joins them ('[macron y hidalgo]', '[Ann Lee and Bo Park]'), each may be a
    name too, and with ``names`` (figures) a part of one ('hidalgo' of 'anne-hidalgo')."""
    parts = formhints.AND.split(ref_id.strip())
    if len(parts) > 1 and to_id(ref_id, fallback="") in ids:  # 'Trinidad y Tobago', one place
        return None
    if len(parts) < 2:
        words = ref_id.split()
        if len(words) < 2 or not all(word in ids for word in words):
            return None
        return f"; separate the ids with commas: {', '.join(words)}"
    meant = []
    for part in parts:
        as_id = to_id(part, fallback="")
        if part in ids or as_id in ids:
            meant.append(part if part in ids else as_id)
        elif names and (found := _named_by_part(part, ids)) is not None:
            meant.append(found)
        else:
            return None
    return f"; separate the ids with commas, not words: {', '.join(meant)}"


def _written_as_name(ref_id: str, ids: set[str]) -> str | None:
    """'figures: [Ann Lee]' for 'ann-lee': a name written where its id goes (``new``
    makes ids from names, so the id is the name made one)."""
    as_id = to_id(ref_id, fallback="")
    return f"; write its id, '{as_id}'" if as_id != ref_id and as_id in ids else None


NEARLY_SURE = 0.85
"""How alike (``errors.closest``) a name written with spaces where an id goes must be to
an id, as that id, for the id to be suggested."""


def _close_id(ref_id: str, ids: set[str]) -> str:
    """``did_you_mean`` among ``ids``; for a name with spaces ('maria lopez', the name of
    a file renamed so, or of a figure not written yet), only an id it nearly is, once
    made one ('maria-lopes' for 'maria lopez'): another figure's id that merely starts
    alike ('maria-lozano') was suggested, which names someone else."""
    if not any(c.isspace() for c in ref_id):
        return did_you_mean(ref_id, ids)
    close = closest(to_id(ref_id, fallback=""), ids, cutoff=NEARLY_SURE)
    return f"; did you mean '{close}'?" if close else ""


def _part_of_a_name(ref_id: str, ids: set[str]) -> str | None:
    """'figures: [Ruiz]' for 'ana-ruiz': a figure named by a part of its name, as a story's
    text names a person after the first time (a surname, a first name), when that part is
    the start or the end of one figure's id alone. The command to add it was suggested,
    which makes a second file for the same person."""
    found = _named_by_part(ref_id, ids)
    return f"; did you mean '{found}'?" if found is not None else None


def _named_by_part(ref_id: str, ids: set[str]) -> str | None:
    """The one id of ``ids`` that ``ref_id`` is the start or the end of ('ruiz' of
    'ana-ruiz'), else None."""
    words = to_id(ref_id, fallback="").split("-")
    if not words[0]:
        return None
    n = len(words)
    found = [i for i in ids if (parts := i.split("-")) != words and words in (parts[:n], parts[-n:])]
    return found[0] if len(found) == 1 else None


def _source_by_address(written: str, story_values: Values | None) -> str | None:
    """'sources: [https://...]' for a source of the story with that address: its id, not a
    second source (which ``_how_to_add`` would suggest)."""
    if story_values is None or not written.startswith(("https://", "http://")):
        return None
    for sid, source in sources_or_empty(story_values).items():
        url = source.get("url") if isinstance(source, dict) else None
        if isinstance(url, str) and url.rstrip("/") == written.rstrip("/"):
            return f"; the source with that address is '{sid}': write its id"
    return None


def _source_by_publisher(written: str, story_values: Values | None) -> str | None:
    """'sources: [Example News]' for the story's one source published by Example News: its
    id, not a second source (which ``_how_to_add`` would suggest). Nothing when the
    publisher has several sources: which one is meant cannot be told."""
    if story_values is None:
        return None
    wanted = caseless(written)
    found = [
        sid
        for sid, source in sources_or_empty(story_values).items()
        if isinstance(source, dict)
        and isinstance(publisher := source.get("publisher"), str)
        and caseless(publisher) == wanted
    ]
    if len(found) != 1:
        return None
    return f"; the source published by '{written}' is '{found[0]}': write its id"


def _how_to_add(kind: str, ref_id: str, story_id: str, content: str, label: str = "") -> str:
    """What to do about an id nothing is close to: it is probably still to be written
    (what was written is its name, when it is not an id: 'Ann Lee'); for an event that
    'after' or 'before' names, deleted or renamed (import --force deletes the files its
    source lacks and keeps what was added by hand), to name another or none."""
    if kind == "event" and label in order.FIELDS:
        return (
            f"; this story has no event file {ref_id}.yaml: give the id of the event this one comes "
            f"directly {label} (its file's name without .yaml), or delete '{label}:'"
        )
    if kind == "source":
        return f"; add it under 'sources:' in {story_id}/story.yaml"
    if kind in ("figure", "location"):
        new_id = ref_id if ID_PATTERN.fullmatch(ref_id) else to_id(ref_id)
        # The name in double quotes, as a shell reads it: none it would change ('$', '`').
        name = "..." if new_id == ref_id or any(c in ref_id for c in '"$`\\!') else ref_id
        named = f'--name "{name}"'
        return f"; to add it: {new_command(content, kind, story_id, new_id, named)}"
    return ""


def _media_problem(
    raw: RawStory, rel: str, media_limit: int, pictures: Pictures, pictured: bool
) -> str | None:
    """``media.problem`` of the story's ``media/<rel>``. For the file of an ``image:``
    field that Pillow can read, the format Pillow found says what the file holds: its
    first bytes are not read as well (an unchanged picture's inspection is kept by the
    cache, so a build reads nothing of it)."""
    from generator.render.picture_info import SOURCE_MIME, PictureError

    path = os.path.join(raw.path, "media", rel)
    if pictured and is_raster(rel):
        try:
            info = pictures.inspect(path, raw.path, media_limit)
        except PictureError:
            pass  # what media.problem finds is said first; the picture's own problem after
        else:
            return media.problem(path, media_limit, found=SOURCE_MIME[info.kind])
    return media.problem(path, media_limit)


def _check_pictures(
    raw: RawStory, checker: Checker, media_limit: int, pictures: Pictures, notices: list[Problem]
) -> None:
    """The raster files of ``image:`` fields must be pictures that can be read whole and
    safely (no decompression bomb): the build resizes them. One a text shows or links to
    is told of in the same words at the link (``_linked_picture`` says how bad it is),
    unless an ``image:`` shows it too, where it is told already."""
    from generator.render.picture_info import PictureError

    found: dict[str, str | None] = {}
    reported = {p.where for p in checker.problems}
    pictured = {rel for rel, _, _ in checker.pictures}
    linked = [(rel, label, pos) for rel, label, pos in checker.images if rel not in pictured]
    for rel, label, pos in [*checker.pictures, *linked]:
        if rel not in raw.media or not is_raster(rel) or pos in reported:
            continue  # missing or not publishable: reported above
        if rel not in found:
            try:
                pictures.inspect(os.path.join(raw.path, "media", rel), raw.path, media_limit)
                found[rel] = None
            except PictureError as exc:
                found[rel] = str(exc)
        why = found[rel]
        if why is None:
            continue
        problem = Problem(pos, f"'{label}': 'media/{rel}' {why}")
        if rel in pictured or _linked_picture(raw, rel, media_limit, pictures) is Severity.ERROR:
            checker.problems.append(problem)
        else:
            notices.append(dataclasses.replace(problem, severity=Severity.WARNING))


def _linked_picture(raw: RawStory, rel: str, media_limit: int, pictures: Pictures) -> Severity:
    """How bad a picture file that cannot be read whole is when a text shows or links to
    it. The build publishes such a file without its metadata (``render.picture_encoding.clean``),
    taking the blocks that hold it out of the file without decoding its picture: a
    damaged JPEG, PNG or still GIF went out as it is, with no word to the editor, and
    every file that builds keeps building, so it is a warning (``check --strict`` refuses
    it). A file cleaning must decode (an AVIF, a WebP whose blocks cannot be followed)
    stopped the build when damaged: an error, said here at the link, before the build."""
    from generator.render.picture_encoding import clean
    from generator.render.picture_info import PictureError

    try:
        clean(pictures.read(os.path.join(raw.path, "media", rel), raw.path, media_limit))
    except (PictureError, UnsafeFile, OSError):
        return Severity.ERROR
    return Severity.WARNING


def _broken_files(raw: RawStory, problems: list[Problem]) -> dict[tuple[str, str], str]:
    """(kind, id) -> path, for the figure and place files of this story that have
    problems but no id others can use: a name that is not an id ('Land seekers.yaml') or
    does not end exactly in '.yaml' ('a.yml', 'a.YAML', 'a.yaml.txt'). What refers to the
    id they were meant to have is reported with them."""
    folders = {os.path.join(raw.path, kind.value): kind.value[:-1] for kind in (Kind.FIGURE, Kind.LOCATION)}
    broken: dict[tuple[str, str], str] = {}
    for problem in problems:
        folder, name = os.path.split(problem.where.path)
        kind = folders.get(folder)
        stem = (meant_name(name) or name).removesuffix(".yaml")
        if kind is not None and stem != name:
            # The name as written too: 'maria lopez.yaml', which meant_name makes
            # 'maria-lopez.yaml', is what '[maria lopez]' refers to.
            for meant in (stem, suggest_id(stem), os.path.splitext(name)[0]):
                broken.setdefault((kind, meant), problem.where.path)
    return broken


def _unprefixed(rel: str, label: str, names: set[str]) -> str:
    """What to write for a link to a story's file named without its folder ('wreck.jpg'),
    or with it in capitals ('Media/wreck.jpg'): the page would link to an address beside
    the page, where there is no file (a web server tells capitals apart)."""
    if (rest := _in_capital_media(rel)) is not None:
        hint = _media_hint(rest, names) or f"; did you mean 'media/{rest}'?"
        return (
            f"'{label}': no file '{rel}' in this story{hint} (the folder is 'media', in small "
            "letters: the site's server tells capitals apart)"
        )
    if rel in names:
        return (
            f"'{label}': no file '{rel}'; did you mean 'media/{rel}'? "
            "(a link to a story's file starts with 'media/')"
        )
    hint = _media_hint(rel, names)
    return (
        f"'{label}': no file '{rel}', nor 'media/{rel}', in this story{hint} "
        "(a link to a story's file starts with 'media/')"
    )


def _in_capital_media(rel: str) -> str | None:
    """What follows the folder in ``rel`` when it names the media folder in capitals
    ('Media/x.jpg', 'MEDIA/x.jpg'): the editor's computer may find the file, the site's
    server does not."""
    folder, slash, rest = rel.partition("/")
    return rest if slash and rest and folder != "media" and folder.casefold() == "media" else None


def _media_hint(rel: str, names: set[str]) -> str:
    """A did-you-mean for a missing media file. A name that differs only in case
    ('Note.PNG' for 'note.png') comes first: the site's server may tell the two apart
    even where the editor's computer does not, and difflib scores such a name too low
    once the name is short and most of its letters differ in case."""
    rel = _in_capital_media(rel) or rel  # 'Media/Photo.JPG' for 'media/photo.jpg'
    folded = rel.casefold()
    same = sorted(name for name in names if name.casefold() == folded)
    if same:
        return f"; did you mean 'media/{same[0]}'?"
    hint = did_you_mean(rel, names)
    return hint.replace("; did you mean '", "; did you mean 'media/", 1)


V = TypeVar("V")


def _respelled(value: V, spelled: dict[str, str]) -> V:
    """``value`` (checked values, a text in them) with each link to a media file whose name
    is written with its letters composed otherwise than the file's own (``spelled``)
    written as the file's: so the page links the very name the build writes the file
    under. Made anew where something changed; the values checked are kept as they were
    (a build's memo holds them)."""
    if isinstance(value, str):
        text = markdown_links.respelled(value, spelled)
        return cast(V, text) if text != value else value
    if isinstance(value, dict):
        items = {key: _respelled(item, spelled) for key, item in value.items()}
        return cast(V, items) if any(items[key] is not item for key, item in value.items()) else value
    if isinstance(value, list):
        listed = [_respelled(item, spelled) for item in value]
        return (
            cast(V, listed) if any(new is not old for new, old in zip(listed, value, strict=True)) else value
        )
    return value


def validate(
    raw: RawContent, problems: list[Problem], memo: Memory = FORGETFUL, pictures: Pictures | None = None
) -> tuple[Checked | None, Found]:
    """Check everything; append every problem found; the checked values only when there
    are none, and what else was found (``Found``: the warnings, and the values of each
    file as checked) in any case. ``pictures`` reads the picture files
    (``render/pictures.py``; a faster one remembers)."""
    if pictures is None:
        from generator.render.pictures import Pictures

        pictures = Pictures()
    checker = Checker(problems, memo=memo)
    site_values = checker.file(raw.site.root, Kind.SITE) if raw.site and raw.site.root else None
    # site.yaml's own warnings, kept before each story's check starts its list anew.
    found = Found(site_values, list(checker.notices))
    checker.notices.clear()
    limit = media_limit(site_values.get("media_max_mb") if site_values is not None else None)
    ids = {r.id for r in raw.stories}
    checked = (_check_story(r, checker, limit, ids, pictures, found) for r in raw.stories)
    stories = tuple(s for s in checked if s is not None)
    pictures.checked()
    memo.finish()  # the end of the checks (the model's objects are kept by assemble.site)
    if problems or site_values is None or not ok(site_values):
        return None, found
    return Checked(site_values, limit, site_language(site_values), stories), found


def site_language(site_values: Values | None) -> str:
    """The language of the site's text: site.yaml's ``language`` where it is a valid one,
    else English (each story's own comes first: ``assemble.story_language``)."""
    language = site_values.get("language") if site_values is not None else None
    return language if isinstance(language, str) else ENGLISH
