"""The check stage: ``check``, which the pipeline calls (``pipeline.load_and_check``, the
one place that runs it, for ``build``, ``check``, ``deploy`` and the preview), checks the
whole content: each file on its own (``file_check.py``), then each story's cross-file
rules (``_check_story``: ids that events refer to exist, media exist and may be
published) and its timeline's order. Every problem is collected; the checked values
(``Checked``) only when there are none, which ``assemble.py`` then makes into the model.
What an id or a link that names nothing was meant to be is ``refhints.py``'s to say; the
media files a story names are checked in ``media_checks.py``. The functions below
``check`` are its steps, in the order it takes them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, TypeVar, cast

from generator.content import hints, markdown_links, media_checks, order, refhints, schema
from generator.content.dates import PartialDate
from generator.content.file_check import INVALID, Checker, Values, ok, sources_or_empty
from generator.content.filenames import meant_name
from generator.content.files import media_limit
from generator.content.ids import suggest_id
from generator.content.kinds import Kind
from generator.content.load import RawContent, RawStory
from generator.content.remember import FORGETFUL, Memory
from generator.errors import Position, Problem, Severity, unseen_character
from generator.i18n.languages import ENGLISH

if TYPE_CHECKING:
    from generator.content.pictures import Pictures


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
    values: dict[str, dict[Kind, dict[str, Values | None]]] = field(default_factory=dict)
    """Each story's files' values as checked, by the story's id, then kind and id
    (story.yaml's under the story's id; None for a file that is no mapping)."""


def check(
    raw: RawContent, problems: list[Problem], memo: Memory = FORGETFUL, pictures: Pictures | None = None
) -> tuple[Checked | None, Found]:
    """Check everything; append every problem found; the checked values only when there
    are none, and what else was found (``Found``: the warnings, and the values of each
    file as checked) in any case. ``pictures`` reads the picture files
    (``content/pictures.py``; a faster one remembers)."""
    if pictures is None:
        from generator.content.pictures import Pictures

        pictures = Pictures()
    checker = Checker(problems, memo=memo)
    site_values = checker.file(raw.site.root, Kind.SITE) if raw.site and raw.site.root else None
    # site.yaml's own warnings, kept before each story's check starts its list anew.
    found = Found(site_values, list(checker.notices))
    checker.notices.clear()
    limit = media_limit(site_values.get("media_max_mb") if site_values is not None else None)
    story_ids = {r.id for r in raw.stories}
    checked = (_check_story(r, checker, limit, story_ids, pictures, found) for r in raw.stories)
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


def _check_story(
    raw: RawStory,
    checker: Checker,
    media_limit: int,
    story_ids: set[str],
    pictures: Pictures,
    found: Found,
) -> CheckedStory | None:
    """Check one story folder's files and cross-references; its values if all is well.
    Its warnings and its files' checked values go into ``found``."""
    first_problem = len(checker.problems)
    _forget_the_last_story(checker)
    story_values = checker.file(raw.story.root, Kind.STORY) if raw.story and raw.story.root else None
    checked = _check_files(raw, checker)
    known = _known_ids(raw, story_ids, story_values)
    refhints.spell_ids_as_the_story_does(checker, known)
    refhints.name_the_sources(checker, known["source"], story_values)
    taken_out = _taken_out(raw, checked[Kind.EVENT])
    _check_refs(raw, checker, known, taken_out, story_values)
    _forget_media_of_taken_out(taken_out, checker)
    story_values, checked = _as_spelled_on_disk(raw, checker, story_values, checked)
    media_checks.check_media_files(raw, checker, media_limit, pictures)
    notices = found.story_notices.setdefault(raw.id, [])
    _keep_warnings(raw, checker, known, notices)
    media_checks.check_pictures(raw, checker, media_limit, pictures, notices)

    timeline = _timeline(raw, checked[Kind.EVENT], checker)
    found.values[raw.id] = {Kind.STORY: {raw.id: story_values}, **checked}  # for lint.known_warnings

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
    checker.names_as_ids.clear()
    checker.empty_sources.clear()


def _check_files(raw: RawStory, checker: Checker) -> dict[Kind, dict[str, Values | None]]:
    """Each event's, figure's and place's checked values, by kind and id (none for an empty file)."""
    checked: dict[Kind, dict[str, Values | None]] = {}
    for kind in (Kind.EVENT, Kind.FIGURE, Kind.LOCATION):
        checked[kind] = {
            fid: checker.file(f.root, kind) if f.root else None for fid, f in raw.files[kind].items()
        }
    return checked


def _known_ids(raw: RawStory, story_ids: set[str], story_values: Values | None) -> dict[str, set[str] | None]:
    """The ids a reference of each kind may name; ``None`` where they are unknown."""
    return {
        "figure": set(raw.files[Kind.FIGURE]),
        "location": set(raw.files[Kind.LOCATION]),
        "story": story_ids - {raw.id},  # another story: which this one translates, or related
        "event": set(raw.files[Kind.EVENT]),
        # Unknown when story.yaml or its sources are broken, or written under a key of
        # another name ('fuentes:', 'source:'): that is reported already.
        "source": None
        if story_values is None or story_values.get("sources") is INVALID or _sources_misnamed(raw)
        else set(sources_or_empty(story_values)),
    }


def _names_itself(label: str) -> str:
    """What to say of ``label`` ('translation_of', 'related[2]') giving the story's own id."""
    if label.startswith("related"):
        return f"'{label}' names this very story; list other stories of the site, or delete the line"
    return f"'{label}' names this very story; give the id of the story it translates"


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
            checker.error(ref.pos, _names_itself(ref.label))
            continue
        if ids is not None and ref.id not in ids:
            message = f"unknown {ref.kind} '{ref.id}' in '{ref.label}'"
            # A link written in HTML to a file not there was passed over: it built, its
            # words shown without a link, and every file that builds keeps building.
            severity = Severity.WARNING if ref.html else Severity.ERROR
            if ref.html:
                message += (
                    ": its picture, written in HTML, is shown as its description (alt) only"
                    if ref.picture
                    else ": its link, written in HTML, is shown as its words only"
                )
            cause = broken.get((ref.kind, ref.id))
            if cause is None and broken:  # 'maria lopez' for 'Maria Lopez.yaml': the id both mean
                cause = broken.get((ref.kind, meant := suggest_id(ref.id)))
                if cause is not None and os.path.basename(cause) == f"{meant}.yaml":
                    # 'River Town' for 'river-town.yaml', which has errors: its id is to be
                    # written too, said now rather than once the file's errors are fixed.
                    message += f"; write its id, '{meant}'"
            if cause is None:
                hint = (
                    refhints.unknown_ref_hint(ref, ids, known, raw, taken_out, story_values)
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
    # and every file that builds keeps building; check --strict refuses them. None where a
    # media file is missing: the error there says which file was meant ('media/bridge.jgp':
    # did you mean 'media/bridge.jpg'?), and a warning that 'bridge.jgp' is not a picture,
    # to be linked from the text instead, told the editor to link a file that is not there.
    missing = {pos for rel, _, pos in checker.images if rel not in raw.media}
    notices.extend(notice for notice in checker.notices if notice.where not in missing)
    for rel, label, pos in checker.unprefixed:
        said = media_checks.unprefixed(rel, label, raw.media, raw.refused)
        notices.append(Problem(pos, said, Severity.WARNING))
    for link, label, pos in checker.odd_links:
        notices.append(Problem(pos, refhints.odd_link(link, label, known, raw.id, checker), Severity.WARNING))


def _taken_out(raw: RawStory, events: dict[str, Values | None]) -> set[str]:
    """The paths of the files of the events taken out of the story (``removed:``)."""
    return {
        raw.files[Kind.EVENT][eid].path
        for eid, values in events.items()
        if values is not None and isinstance(values.get("removed"), dict)
    }


def _forget_media_of_taken_out(taken_out: set[str], checker: Checker) -> None:
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


def _broken_files(raw: RawStory, problems: list[Problem]) -> dict[tuple[str, str], str]:
    """(kind, id) -> path, for the figure and place files of this story that have
    problems but no id others can use: a name that is not an id ('Land seekers.yaml') or
    does not end exactly in '.yaml' ('a.yml', 'a.YAML', 'a.yaml.txt'). What refers to the
    id they were meant to have is reported with them."""
    folders = {os.path.join(raw.path, kind.value): kind.singular for kind in (Kind.FIGURE, Kind.LOCATION)}
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
