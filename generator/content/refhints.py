"""What a reference that names nothing was likely meant to be, and what to write.

An id an event, a quote or a link names that the story does not have (``unknown_ref_hint``):
the id of another kind it is, a list run together, a name written where its id goes, a
source by its address or publisher, a near spelling (the same day's events first), or
how to add it. A link into the story's files not written ``<folder>/<id>.yaml``
(``odd_link``): what readers get, and the file meant. ``check.py`` finds them; each
suggestion spends the checker's spelling budget, so a story of thousands of misspelt
names stays fast.
"""

from __future__ import annotations

import dataclasses
import os
import re
from urllib.parse import unquote

from generator.content import formhints, order, story_links
from generator.content.crossrefs import Ref
from generator.content.file_check import Checker, Values, empty_source_advice, sources_or_empty
from generator.content.files import new_command
from generator.content.ids import DAY_OF_EVENT_ID, ID_PATTERN, spelt_alike, to_id
from generator.content.kinds import Kind
from generator.content.load import RawStory
from generator.content.yamlnodes import Mapping, Scalar, Sequence
from generator.errors import closest_id, did_you_mean_id
from generator.i18n.languages import caseless
from generator.patterns import later


def unknown_ref_hint(
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
            _keep_a_pictures_words(ref)
            if ref.picture
            else "delete the link, keeping its words"
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
            (None if ref.link else _items_read_as_one(ref.id, ids))
            or (None if ref.link else _run_together(ref.id, ids, names=ref.kind == "figure"))
            or (None if ref.link else _written_as_name(ref.id, ids))
            or (None if ref.link else _named_in_file(ref.id, ref.kind, raw))
            or (_part_of_a_name(ref.id, ids) if ref.kind == "figure" else None)
            or (_source_by_address(ref.id, story_values) if ref.kind == "source" else None)
            or (_source_by_publisher(ref.id, story_values) if ref.kind == "source" else None)
            or _another_number(ref, ids, raw)
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
                "instead of deleting it (its page then says it was taken out, and why), " + _unlink_hint(ref)
            )
    return hint


def _unlink_hint(ref: Ref) -> str:
    """How to keep the words of ``ref``, a link or picture in a text to an event taken out,
    without what links them."""
    if ref.picture:
        return f"or {_keep_a_pictures_words(ref)}"
    if ref.html:
        return "or keep the words and delete the <a> and </a> around them"
    return "or keep the words in [ ] and delete the brackets and the address in ( )"


def _keep_a_pictures_words(ref: Ref) -> str:
    """How to keep the description of ``ref``, a picture, without the picture: it has no
    words of a link to keep, nor a link's brackets or tags to delete."""
    if ref.html:
        return "write its description (alt) in place of the <img> tag"
    return "keep its description and delete the '![', the ']' and the address in ( )"


def _other_kind(item_id: str, kind: str, known: dict[str, set[str] | None]) -> str | None:
    """The kind ('event', 'figure', 'location') of the story's file with the id
    ``item_id`` when it is not ``kind``, the one a link's folder says: what it meant."""
    for other in story_links.STORY_FILE_KINDS.values():
        ids = known[other]
        if other != kind and ids is not None and item_id in ids:
            return other
    return None


def odd_link(
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
    if link.story_page:
        return _odd_story_page_link(link, said, known, story_id, checker)
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


def _odd_story_page_link(
    link: story_links.StoryLink,
    said: str,
    known: dict[str, set[str] | None],
    story_id: str,
    checker: Checker,
) -> str:
    """``odd_link`` of a link to a story's ``story.yaml`` written otherwise than
    ``story.yaml`` (this story's page) or ``../<story>/story.yaml`` (another's):
    ``said``, what readers get, and what to write."""
    own = story_links.STORY_FILE
    if link.story is not None and story_id in _meant(link.story):
        return f"{said}; it is this story's own page: write it as {own}"
    if not link.other_story:
        return f"{said}; write it as {own} (this story's page)"
    stories = known["story"]
    if link.story is None or stories is None:
        return (
            f"{said}; a link to another story's page names its story.yaml as from the story's "
            "folder: ../<story>/story.yaml"
        )
    if link.story not in stories:
        meant = _story_meant(link.story, stories) if checker.spelling.affords(stories) else ""
        return f"{said}; this site has no story '{link.story}'{meant}"
    return f"{said}; write it as ../{link.story}/{own}"


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
        close = closest_id(meant, ids, cutoff=cutoff) if ids and checker.spelling.affords(ids) else None
        if close is not None:
            return f"{kind}s/{close}.yaml"
    return None


_YAML_END = later(r"\.ya?ml$", re.IGNORECASE)


def _without_yaml(name: str) -> str:
    """``name``, a link's file name percent-decoded, without the '.yaml' it may end in
    still: 'maria-lozano%2Eyaml' (its dot encoded) is 'maria-lozano.yaml' once decoded."""
    return _YAML_END().sub("", name)


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
    return did_you_mean_id(written, stories)


def _same_day(ref_id: str, ids: set[str]) -> set[str]:
    """The ids to suggest for ``ref_id``: those that start with its date, if any do (an
    event file renamed keeps its date: '2026-03-02-strike-vote' for
    '2026-03-02-dockers-vote-to-strike', which is spelt more like another day's event)."""
    day = DAY_OF_EVENT_ID().match(ref_id)
    same = {i for i in ids if day is not None and i.startswith(day[0])}
    return same or ids


def _items_read_as_one(ref_id: str, ids: set[str]) -> str | None:
    """'figures:' then '  - ann-lee' and '   - bo-park': an item whose '-' is further in
    than the one above it (or the first less far in than the next) is more of that item's
    text to YAML, 'ann-lee - bo-park', which was told to be added as one figure."""
    parts = ref_id.split(" - ")
    if len(parts) < 2 or not all(part.strip() in ids for part in parts):
        return None
    return (
        f"; YAML read the items {', '.join(part.strip() for part in parts)} as one, as their '- ' lines "
        "do not start in line: start each '-' at the same column as the first"
    )


def _run_together(ref_id: str, ids: set[str], *, names: bool = False) -> str | None:
    """'locations: [port canal]' for '[port, canal]': ids of the list written without the
    comma between them, which YAML reads as one item (a close id alone, the last of them,
    was suggested, and the first would then have gone missing). Joined by 'and' as a
    sentence joins them ('[macron y hidalgo]', '[Ann Lee and Bo Park]'), each may be a
    name too, and with ``names`` (figures) a part of one ('hidalgo' of 'anne-hidalgo')."""
    parts = formhints.AND().split(ref_id.strip())
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


NAMED_KINDS = {"figure": Kind.FIGURE, "location": Kind.LOCATION}
"""The kinds of file with a ``name`` and ``aliases``, by the kind a reference names."""


def _named_in_file(written: str, kind: str, raw: RawStory) -> str | None:
    """'figures: [Володимир Зеленський]' for the figure of that name, or of that other
    name (its ``aliases``), whatever its id ('volodymyr-zelenskyy'): the name made an id
    ('volodimir-zelenskiy') is not always the id its editor chose, and the command to add
    it made a second file for the same person. Case and spacing aside (``caseless``);
    only a name one file has."""
    folder = NAMED_KINDS.get(kind)
    if folder is None:
        return None
    meant = caseless(written)
    found: dict[str, str] = {}
    for file_id, file in raw.files[folder].items():
        root = file.root
        if not isinstance(root, Mapping):
            continue
        name = root.items.get("name")
        if name is not None and isinstance(name[1], Scalar) and caseless(str(name[1].value)) == meant:
            found[file_id] = "the name"
            continue
        aliases = root.items.get("aliases")
        if (
            aliases is not None
            and isinstance(aliases[1], Sequence)
            and any(isinstance(a, Scalar) and caseless(str(a.value)) == meant for a in aliases[1].items)
        ):
            found[file_id] = "a name"
    if len(found) != 1:
        return None
    [(file_id, which)] = found.items()
    return f"; it is {which} of '{file_id}': write its id"


def _written_as_name(ref_id: str, ids: set[str]) -> str | None:
    """'figures: [Ann Lee]' for 'ann-lee': a name written where its id goes (``new``
    makes ids from names, so the id is the name made one)."""
    as_id = to_id(ref_id, fallback="")
    if not ID_PATTERN.fullmatch(ref_id):
        as_id = _as_spelt_in(as_id, ids)
    return f"; write its id, '{as_id}'" if as_id != ref_id and as_id in ids else None


def _as_spelt_in(made: str, ids: set[str]) -> str:
    """``made``, an id made of a name, as the one of ``ids`` spelt like it but for hyphens
    when it is not one of them: a name's id made before ids joined 'O'Neil' and '1,000'
    ('o-neil', '1-000'); else ``made``."""
    if made in ids:
        return made
    alike = [other for other in ids if spelt_alike(made, other)]
    return alike[0] if len(alike) == 1 else made


def spell_ids_as_the_story_does(checker: Checker, known: dict[str, set[str] | None]) -> None:
    """Names written where a list of ids goes ('figures: Conan O'Brien, Jay Leno') were told
    the ids ``new`` makes of them now ('conan-obrien'), by ``check`` of the file alone: the
    story's figure made before ids joined an apostrophe is 'conan-o-brien', and the id told
    named no file. Each id told is the story's own spelling of it, where it has one."""
    for told in checker.names_as_ids:
        ids = known.get(told.kind)
        spelt = [_as_spelt_in(made, ids) for made in told.ids] if ids is not None else told.ids
        if spelt == told.ids:
            continue
        problem = told.problem
        at = next((n for n, p in enumerate(checker.problems) if p is problem), None)
        if at is None:
            continue
        said = problem.message.removesuffix(formhints.write_ids(told.ids)) + formhints.write_ids(spelt)
        checker.problems[at] = dataclasses.replace(problem, message=said)


def name_the_sources(checker: Checker, ids: set[str] | None, story_values: Values | None) -> None:
    """Each quote's empty 'source:' was told what to write by ``check`` of its file alone,
    an id as an example: it is told the story's sources' ids, as story.yaml lists them,
    where they are known (``ids``)."""
    if ids is None or not checker.empty_sources:
        return
    listed = [sid for sid in sources_or_empty(story_values or {}) if sid in ids]
    advice = empty_source_advice()
    for told in checker.empty_sources:
        said = dataclasses.replace(
            told, message=told.message.removesuffix(advice) + empty_source_advice(listed)
        )
        for problems in (checker.problems, checker.notices):
            at = next((n for n, p in enumerate(problems) if p is told), None)
            if at is not None:
                problems[at] = said


NEARLY_SURE = 0.85
"""How alike (``errors.closest_id``) a name written with spaces where an id goes must be to
an id, as that id, for the id to be suggested."""


_NUMBERED = re.compile(r"(?P<stem>.*[^0-9])(?P<number>[0-9]+)")
"""An id ending in a number ('source-2', 'witness-3'), as ids of one kind are numbered."""


def _another_number(ref: Ref, ids: set[str], raw: RawStory) -> str | None:
    """How to add an id numbered as others are but with a number none has ('source-2'
    beside 'source-1'), and the other only after: 'did you mean 'source-1'?' alone sent a
    hurried editor to cite the one source there is for what another reported."""
    found = _NUMBERED.fullmatch(ref.id)
    if found is None or ref.link:
        return None
    siblings = sorted(
        i for i in ids if (other := _NUMBERED.fullmatch(i)) is not None and other["stem"] == found["stem"]
    )
    if not siblings:
        return None
    add = _how_to_add(ref.kind, ref.id, raw.id, os.path.dirname(raw.path), ref.label)
    if not add:
        return None
    listed = ", ".join(f"'{i}'" for i in siblings[:3]) + (", ..." if len(siblings) > 3 else "")
    return f"{add}, unless you meant one there is ({listed})"


def _close_id(ref_id: str, ids: set[str]) -> str:
    """``did_you_mean_id`` among ``ids``; for a name with spaces ('maria lopez', the name of
    a file renamed so, or of a figure not written yet), only an id it nearly is, once
    made one ('maria-lopes' for 'maria lopez'): another figure's id that merely starts
    alike ('maria-lozano') was suggested, which names someone else."""
    if not any(c.isspace() for c in ref_id):
        return did_you_mean_id(ref_id, ids)
    close = closest_id(to_id(ref_id, fallback=""), ids, cutoff=NEARLY_SURE)
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
