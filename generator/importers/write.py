"""The story's files written into a hidden folder beside its place (which loading passes
over) and moved in whole, so a failure leaves no half-written story. Pictures are
downloaded into it too (``DOWNLOADS``) and copied from beside the timeline; an existing
story (``--force``) has its story.yaml and events replaced, and keeps its figures, places
and media.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil

from generator.content import files
from generator.content.ids import new_event_id, spelt_alike
from generator.content.kinds import MEDIA_FOLDER, Kind
from generator.content.yamlnodes import Mapping, Node, Scalar, parse_yaml
from generator.errors import UsageError
from generator.importers import yamlwrite
from generator.importers.carried_over import (
    Kept,
    own_summary,
    replaced,
    still_the_imports,
    top_keys,
    with_its_placement,
    with_its_tags,
)
from generator.importers.convert import Story
from generator.importers.dates import Shown, as_shown
from generator.importers.event import EVENT_SUMMARY_TODO, Event
from generator.importers.existing import read_text, same_language
from generator.importers.slides import Timeline
from generator.importers.title import STORY_SUMMARY_TODO, named_from_id

EVENTS = Kind.EVENT.value
"""The story's folder of event files, which an import replaces."""

DOWNLOADS = ".downloads"
"""The folder of the staging folder that pictures are downloaded into, before they are
named and moved into its ``media/``."""


def write_story(
    story: Story,
    folder: str,
    staging: str,
    source: str,
    published: str,
    timeline: Timeline,
    old_events: dict[str, str | None],
    old_roots: dict[str, Node | None],
    *,
    draft: bool,
    drafts: tuple[str, ...] = (),
    language: str | None = None,
    site_language: str | None = None,
    ids_language: str | None = None,
    hidden: frozenset[str] = frozenset(),
    limit: int,
    pages: dict[str, str] | None = None,
) -> Kept:
    """The story's files, made in ``staging``, a hidden folder (which loading passes over)
    that the caller removes, and moved in; which of them keep an editor's fields from the
    files they replace (``old_events``, the event files there now by name, ``old_roots``
    the same parsed). The event files ``drafts`` (and those of events taken out) are kept
    as they are; ``limit`` is the site's largest media file (``media_max_mb``);
    ``language``, the story's (given, or its own imported again), written in story.yaml
    unless it is ``site_language``;
    ``ids_language``, the language the events' ids were spelt in (``new_event_id``);
    ``pages``, the texts of the figure and place files the source names, by path in the
    story ('locations/lima.yaml'), written where the story has none (``write_pages``)."""
    kept = Kept()
    os.makedirs(os.path.join(staging, EVENTS))
    _write_story_file(
        story,
        folder,
        staging,
        source,
        published,
        timeline,
        kept,
        draft=draft,
        language=language,
        site_language=site_language,
    )
    _write_event_files(
        story, folder, staging, old_events, old_roots, kept, drafts=drafts, hidden=hidden, ids=ids_language
    )
    _copy_pictures(story, staging, timeline, limit)
    kept.made = write_pages(pages or {}, staging, folder)
    kept.pages_kept = [rel for rel in pages or {} if rel not in kept.made]
    shutil.rmtree(os.path.join(staging, DOWNLOADS), ignore_errors=True)  # what was not kept
    _refuse_links(staging, folder, old_events)
    _move_in(staging, folder, old_events)
    return kept


def write_pages(pages: dict[str, str], staging: str, folder: str) -> list[str]:
    """The figure and place files ``pages`` (texts by path in the story: 'figures/ann.yaml')
    that the story in ``folder`` does not have yet, made in ``staging`` (moved in with the
    rest, ``_move_in``); those the story has are its editor's, and stay. The files made."""
    made = []
    for rel, text in pages.items():
        if os.path.lexists(os.path.join(folder, rel)):
            continue
        os.makedirs(os.path.dirname(os.path.join(staging, rel)), exist_ok=True)
        with open(os.path.join(staging, rel), "x", encoding="utf-8") as f:
            f.write(text)
        made.append(rel)
    return made


def _write_story_file(
    story: Story,
    folder: str,
    staging: str,
    source: str,
    published: str,
    timeline: Timeline,
    kept: Kept,
    *,
    draft: bool,
    language: str | None,
    site_language: str | None = None,
) -> None:
    """story.yaml, made in ``staging``, keeping what an editor added to the one in ``folder``;
    its ``language`` line left out when it is the site's (``site_language``): pages are made
    in the site's language anyway, and a line that says so again is one more to change
    should the site's language change."""
    before = read_text(folder, "story.yaml")
    # Without a title slide, the source gives no title or summary: those the story has
    # (an editor's) stay, and the draft line goes only once the source gives a summary.
    untitled = story.summary == STORY_SUMMARY_TODO
    own, draft = _editors_title(story, before, untitled, draft)
    written_language = (
        None if language and site_language and same_language(language, site_language) else language
    )
    text = _story_text(
        story, os.path.join(folder, "story.yaml"), published, source, timeline, kept, before,
        draft=draft, own=own, language=written_language,
    )  # fmt: skip
    if not own and timeline.title is not None:
        _title_slide_replaces(kept, story, before, text)
    imported = _imported_keys(text, timeline, own, language)
    with open(os.path.join(staging, "story.yaml"), "x", encoding="utf-8") as f:
        f.write(
            kept.add(
                text, before, "story.yaml", imported, drop_draft=not untitled, has_events=bool(story.events)
            )
        )
    if "story.yaml" in kept.lost:
        kept.sources.clear()  # nothing of the file was kept, its sources neither: said once


def _editors_title(story: Story, before: str | None, untitled: bool, draft: bool) -> tuple[bool, bool]:
    """Whether story.yaml keeps the title and summary its editor wrote (``before``, the
    file there now, has them, and the source gives none: ``untitled``), and whether the
    story is written a draft: ``draft``, or still the first import's title and placeholder
    with its draft line, which are written again, not kept as an editor's below the
    import's fields."""
    placeholder = untitled and before is not None and still_the_imports(before, story, STORY_SUMMARY_TODO)
    own = untitled and before is not None and not placeholder and {"title", "summary"} <= top_keys(before)
    if placeholder and before is not None and "draft" in top_keys(before):
        draft = True
    return own, draft


def _story_text(
    story: Story,
    final_story: str,
    published: str,
    source: str,
    timeline: Timeline,
    kept: Kept,
    before: str | None,
    *,
    draft: bool,
    own: bool,
    language: str | None,
) -> str:
    """story.yaml's text as the import writes it (``yamlwrite.story_yaml``), with the
    sources of the story there now (``before``) it still needs, and its title and
    summary left to the file's where they are the editor's (``own``)."""
    # A story with no events yet is a draft, first imported so or still marked so by the
    # import; one an editor published since stays published (check warns of it).
    no_events = not story.events and (before is None or yamlwrite.NO_EVENTS in before)
    had_sources, other_sources = kept.other_sources(story, before)
    if kept.sources_lost or kept.sources_rewritten:
        # Not kept as written: those the file has too come from it (events cite them).
        story = dataclasses.replace(story, sources=(*story.sources, *story.had))
    return yamlwrite.story_yaml(
        story,
        final_story,
        published,
        source,
        draft=draft,
        titled=not own,
        had_sources=had_sources,
        other_sources=other_sources,
        language=language,
        kind=timeline.kind,
        no_events=no_events,
    )


def _imported_keys(text: str, timeline: Timeline, own: bool, language: str | None) -> frozenset[str]:
    """The keys of story.yaml (``text``) the import gives, which replace the story's.
    Sources the import gives are written with those of the story it does not give
    (quotes and key numbers cite them); none given, the story's stay as they are. A
    language given replaces the story's (the site's: its line goes); else the story
    keeps its own, in its place. Without a title slide the source gives no lead picture
    either: one the story has stays, as its title and summary do (``own``)."""
    return (
        (yamlwrite.STORY_KEYS if timeline.title is not None else yamlwrite.STORY_KEYS - {"image"})
        | (set() if own else {"title", "summary"})
        | (top_keys(text) & {"sources", "draft"})
        | ({"language"} if language else set())
    )


def _title_slide_replaces(kept: Kept, story: Story, before: str | None, text: str) -> None:
    """The title slide gives the story's title, summary and lead picture: an editor's
    rewrite of them in story.yaml (``before``) is replaced by ``text``'s as an event
    file's fields are, and said in ``kept``, quoting the file's. (The first import's title
    and placeholder, of a timeline without a title slide then, were nobody's words.)"""
    old_story = parse_yaml(before, "", []) if before is not None else None
    first = {"title": named_from_id(story.id), "summary": STORY_SUMMARY_TODO}
    was = replaced(old_story, text, {"title", "summary", "image"}, first)
    if was:
        kept.replaced.append(("story.yaml", was))
        kept.removed["story.yaml"] = frozenset(key for key, _ in was) - top_keys(text)


def _write_event_files(
    story: Story,
    folder: str,
    staging: str,
    old_events: dict[str, str | None],
    old_roots: dict[str, Node | None],
    kept: Kept,
    *,
    drafts: tuple[str, ...],
    hidden: frozenset[str],
    ids: str | None,
) -> None:
    """One file an event in ``staging``/events, keeping what an editor added to the one
    it replaces; the ``drafts`` as they are (``ids``: the language of the ids' spelling)."""
    readdressed = {kept for kept, _ in story.readdressed}
    for event in story.events:
        name = f"{event.id}.yaml"
        if event.summary == EVENT_SUMMARY_TODO and (written := own_summary(old_roots.get(name))):
            # Its slide has no text, and the import asked for a summary to be written in
            # the file: the editor's stays (it was replaced by the placeholder again).
            event = dataclasses.replace(event, summary=written)
            kept.own_summaries.append(f"{EVENTS}/{name}")
        tagged = with_its_placement(with_its_tags(event, old_roots.get(name)), old_roots.get(name))
        text = yamlwrite.event_yaml(tagged, os.path.join(folder, EVENTS, name))
        if name in hidden:  # maybe a kept draft's event: hidden as it is (``beside_drafts``)
            text += "draft: true\n"
        # body, after, tags and sources are the source's when it gives them, else the file's
        # (tags the file's when they hold the source's: ``with_its_tags``; no ``after`` of
        # the source where an editor placed the event with ``before``: ``with_its_placement``).
        imported = yamlwrite.EVENT_KEYS | top_keys(text)
        placeholders = {"summary": EVENT_SUMMARY_TODO}
        if event.id in readdressed and (named := _named_from(old_roots.get(name), event, ids)):
            # The title its name was made from: an earlier import's headline, corrected
            # in the source since (said in the note on the address it keeps), not an
            # editor's words.
            placeholders["title"] = named
        if (shown := _shown_by_pages(old_roots.get(name), event)) is not None:
            placeholders["display_date"] = shown
        if was := replaced(old_roots.get(name), text, imported, placeholders):
            kept.replaced.append((f"{EVENTS}/{name}", was))
            kept.removed[f"{EVENTS}/{name}"] = frozenset(key for key, _ in was) - top_keys(text)
        with open(os.path.join(staging, EVENTS, name), "x", encoding="utf-8") as f:
            f.write(kept.add(text, old_events.get(name), f"{EVENTS}/{name}", imported))
    for name in drafts:
        with open(os.path.join(staging, EVENTS, name), "x", encoding="utf-8") as f:
            f.write(old_events[name] or "")


def _shown_by_pages(before: Node | None, event: Event) -> str | None:
    """The display date of the event file ``before`` (parsed, if any) when ``event``, which
    has none, is shown in those words by the pages: an earlier version's import kept it
    ('14. Juli 2021, 22:30 Uhr', before German pages wrote 'Uhr'), and no one's words
    are lost with it."""
    if event.display_date or not isinstance(before, Mapping) or "display_date" not in before.items:
        return None
    node = before.items["display_date"][1]
    if not isinstance(node, Scalar) or not isinstance(node.value, str):
        return None
    words = node.value.strip()
    same = as_shown(words, event.date, event.end) == Shown(circa=event.circa, phrase=event.date_phrase)
    return words if same else None


def _named_from(before: Node | None, event: Event, language: str | None) -> str | None:
    """The title of the event file ``before`` (parsed, if any) that ``event`` is written
    into under its name, when that name was made from it and the event's date (spelt as
    ``language`` spells it), in the source's hand (``_as_the_source_writes``): the title an
    import wrote there, not one an editor wrote since."""
    if not isinstance(before, Mapping) or "title" not in before.items:
        return None
    node = before.items["title"][1]
    if not isinstance(node, Scalar) or not isinstance(node.value, str):
        return None
    title = node.value.strip("\n")  # a block's line break is no one's
    if not spelt_alike(new_event_id(event.date.iso(), title, language), event.id):
        return None
    return title.strip() if _as_the_source_writes(title, event.title) else None


_UNSEEN_IN_IDS = re.compile("['\u2018\u2019\u02bc\u00a0\u202f\u2009\u2007]")
"""The apostrophes and the spaces other than ASCII's that an id does not tell apart: 'Maui's
fires' and 'Maui’s fires' make one id, as do 'Maui\u00a0fires' and 'Maui fires'."""
_ASCII_RUN = re.compile(r"[ \t\n\r\f\v]{2}")


def _as_the_source_writes(title: str, headline: str) -> bool:
    """Whether ``title``, a file's, writes apostrophes and spaces as the source's
    ``headline`` (the slide's now) does, as an import's title would: an editor's fix of
    them alone ('Maui's fires' -> 'Maui’s fires', a no-break space to a space) left the id
    made of the title as it was, and was taken for the import's own title and lost
    unsaid. Runs of ASCII white space an import never writes (it collapses them); the
    other marks are the headline's own, as the source has not been changed to the
    editor's since (else the file's title would be the slide's). A headline corrected to
    use them otherwise ('Maui's fires' to 'Fires on Maui') has the file's title said
    as replaced: quoted once more, rather than an editor's words lost."""
    if title != title.strip() or _ASCII_RUN.search(title):
        return False
    return set(_UNSEEN_IN_IDS.findall(title)) == set(_UNSEEN_IN_IDS.findall(headline))


def _copy_pictures(story: Story, staging: str, timeline: Timeline, limit: int) -> None:
    """The pictures the story, its events and its places show, copied (or, downloaded,
    moved) into ``staging``: the timeline's folder's within the site's ``limit``. One only
    a place kept as its editor wrote it names is copied too, for the editor to show: a
    media file no page uses is not published (``content/published.py``)."""
    places = (picture for _, picture in story.place_pictures)
    for image in (story.image, *(e.image for e in story.events), *places):
        if image is None or image.copy_from is None:
            continue
        target = os.path.join(staging, *image.src.split("/"))
        if os.path.lexists(target):
            continue  # one picture shown twice: one file
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if image.address:  # downloaded, into the staging folder: moved
            os.replace(image.copy_from, target)
            continue
        # The site's limit, as the picture was read with when converted: a site that allows
        # more than the default took it, and copying it must not refuse it then.
        data = files.read_regular(image.copy_from, root=timeline.folder or ".", limit=limit)
        with open(target, "wb") as f:
            f.write(data)


def not_a_folder(path: str) -> str | None:
    """What to say when ``path``, a folder the import writes into, is there as a link or a
    file (which check refuses too): written through, the story's files would land
    wherever a pull request pointed it. None when it is a folder, or not there."""
    if os.path.islink(path) or (os.path.lexists(path) and not os.path.isdir(path)):
        return f"{path} is not a folder (a link or a file); nothing was written"
    return None


def _refuse_links(staging: str, folder: str, old_events: dict[str, str | None]) -> None:
    """UsageError, before any change, when a folder of the story that a picture copied in
    goes into ('media/maps/' for 'media/maps/port.png') is a link or a file, or an event
    file written has the name of something in events/ that is no event file (a link)."""
    for name in sorted(os.listdir(os.path.join(staging, EVENTS))):
        there = os.path.join(folder, EVENTS, name)
        if name not in old_events and os.path.lexists(there):
            raise UsageError(f"{there} is not an event file the import can replace; nothing was written")
    media = os.path.join(staging, MEDIA_FOLDER)
    copied = files.walk_files(media, skip=lambda _: False)
    folders = {rel.rsplit("/", 1)[0] for rel, _ in copied if "/" in rel}
    for rel in sorted(folders):
        parts = rel.split("/")
        for n in range(1, len(parts) + 1):
            if (why := not_a_folder(os.path.join(folder, MEDIA_FOLDER, *parts[:n]))) is not None:
                raise UsageError(why)


def _move_in(staging: str, folder: str, old_events: dict[str, str | None]) -> None:
    if not os.path.lexists(folder):
        try:
            os.rename(staging, folder)
        except OSError as exc:  # named as the editor knows it, not as the hidden staging folder
            why = exc.strerror or exc
            raise UsageError(f"{folder} could not be made ({why}); nothing was written") from exc
        return
    # --force onto an existing story: its story.yaml and event files are replaced; figures,
    # places and media stay. A picture copied in was named not to clash with a media
    # file (``pictures.Pictures``), or to name one that holds the same bytes: that one stays.
    # Only the event files read (``old_events``) go: each is written again or said to be
    # gone. What else an editor keeps in events/ (notes, a backup, 'x.YAML') stays.
    # Each step is a rename that can be undone: pictures in, the old files put aside in the
    # staging folder (deleted with it once all is in), the new ones in, story.yaml last. A
    # step that fails puts back what was done, so the story is as it was, not half replaced.
    aside = os.path.join(staging, ".replaced")
    os.makedirs(os.path.join(aside, EVENTS))
    moved: list[tuple[str, str]] = []
    made: list[str] = []
    events = os.path.join(folder, EVENTS)
    try:
        # The figures and places found too (``write_pages``): those the story has already
        # (an editor's, or an earlier import's) are its editor's, and stay.
        for sub in (MEDIA_FOLDER, Kind.FIGURE.value, Kind.LOCATION.value):
            new = os.path.join(staging, sub)
            for rel, entry in files.walk_files(new) if os.path.isdir(new) else ():
                target = os.path.join(folder, sub, rel)
                if not os.path.lexists(target):
                    _make_folders(os.path.dirname(target), made)
                    _move(entry.path, target, moved)
        for name in old_events:
            _move(os.path.join(events, name), os.path.join(aside, EVENTS, name), moved)
        _make_folders(events, made)
        for name in sorted(os.listdir(os.path.join(staging, EVENTS))):
            _move(os.path.join(staging, EVENTS, name), os.path.join(events, name), moved)
        story = os.path.join(folder, "story.yaml")
        if os.path.lexists(story):
            _move(story, os.path.join(aside, "story.yaml"), moved)
        _move(os.path.join(staging, "story.yaml"), story, moved)
    except OSError as exc:
        # Named as the editor knows it: the story's file, never the hidden staging one.
        named = (p for p in (exc.filename2, exc.filename) if isinstance(p, str) and _inside(p, folder))
        where = next(named, folder)
        left = _undo(moved, made)
        said = f"{folder} could not be replaced ({where}: {exc.strerror or exc}); "
        if left:
            raise UsageError(said + "these could not be put back as they were: " + ", ".join(left)) from exc
        raise UsageError(said + "the story is left as it was") from exc
    except BaseException:
        # Ctrl-C or a stop midway: what was put aside is in the staging folder, which is
        # deleted on the way out, so it goes back first (the old event files went with it).
        _undo(moved, made)
        raise


def _move(src: str, dst: str, moved: list[tuple[str, str]]) -> None:
    """``src`` renamed ``dst``, and noted in ``moved``."""
    os.rename(src, dst)
    moved.append((src, dst))


def _make_folders(path: str, made: list[str]) -> None:
    """The folder ``path`` made with those it is in, each one made noted in ``made``."""
    missing = []
    while not os.path.isdir(path):
        missing.append(path)
        path = os.path.dirname(path)
    for each in reversed(missing):
        os.mkdir(each)
        made.append(each)


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([os.path.abspath(path), os.path.abspath(folder)]) == os.path.abspath(folder)


def _undo(moved: list[tuple[str, str]], made: list[str]) -> list[str]:
    """The renames ``moved`` undone, last first, and the folders ``made`` removed: the
    paths that could not be put back (none, mostly)."""
    left = []
    for src, dst in reversed(moved):
        try:
            os.rename(dst, src)
        except OSError:
            left.append(dst)
    for path in reversed(made):
        try:
            os.rmdir(path)
        except OSError:
            left.append(path)
    return left
