"""An import from start to end, once the command's arguments are known good: the source
read, what the story holds now, the story converted, written beside its place and moved
in, and what the editor is told (``import_story``; ``commands/imports.py`` checks the
arguments and prints the report).

The steps, each in a module of its own: the source read (``read.py``); what is there now,
the site's settings and the story replaced (``existing.py``, ``Before``); the story
converted (``convert.py``); which old event files stay as they are (``drafts.py``,
``Left``); the files written and moved in (``write.py``), with what an editor added kept
(``carried_over.py``); and what the editor is told (``imported.py``).
"""

from __future__ import annotations

import datetime
import functools
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace

from generator.content import files
from generator.content.kinds import MEDIA_FOLDER
from generator.content.yamlnodes import Mapping, Node, scalar_at
from generator.errors import ContentError, Position, Problem
from generator.i18n import languages
from generator.importers import fetch, remote, storymapjs
from generator.importers.carried_over import Kept, tags_of, with_their_alt
from generator.importers.convert import Story, convert
from generator.importers.dates import date_examples
from generator.importers.drafts import beside_drafts, is_draft, is_removed, orphaned
from generator.importers.earlier import Earlier
from generator.importers.existing import (
    earlier_files,
    event_texts,
    figures_and_places,
    first_published,
    media_limit,
    named_pages,
    parsed,
    read_text,
    site_language,
    site_languages,
    source_addresses,
    story_language,
)
from generator.importers.imported import Imported, replaced_report, report_order, retitled
from generator.importers.own_fields import page_files, with_own_fields
from generator.importers.own_sheet import SHEET, OwnSheet, in_own_words
from generator.importers.read import read_timeline
from generator.importers.slides import Report, Slide, Timeline
from generator.importers.title import STORY_SUMMARY_TODO
from generator.importers.write import DOWNLOADS, write_story
from generator.report import plural


@dataclass(frozen=True)
class Before:
    """The event files of the story an import replaces (``--force``); none for a new one."""

    texts: dict[str, str | None]
    """Each file's text by name, read once: matched to the slides, then its fields kept."""
    roots: dict[str, Node | None]
    """Each file parsed, once."""
    drafts: frozenset[str]
    """Files of drafts, kept as they are: no export has drafts, so a draft is never taken
    for a slide's old file."""
    removed: frozenset[str]
    """Files of events taken out ('removed:'), kept too: the file keeps its page's
    address, and a new slide of its day (the event that put it right, say) would be
    hidden in it."""
    earlier: dict[str, tuple[Earlier, str]]
    """The other files with a date, by id: a slide whose headline was corrected since
    keeps its file, and so its address."""

    @classmethod
    def read(cls, folder: str) -> Before:
        texts = event_texts(folder)
        roots = {name: parsed(text) for name, text in texts.items()}
        drafts = frozenset(name for name, text in texts.items() if is_draft(text, roots[name]))
        removed = frozenset(name for name, root in roots.items() if name not in drafts and is_removed(root))
        earlier = earlier_files({name: root for name, root in roots.items() if name not in drafts | removed})
        return cls(texts, roots, drafts, removed, earlier)


def _title_of(root: Node | None) -> str:
    """The ``title`` of an event file's parsed ``root``, or '' where it has none that reads."""
    node = scalar_at(root, "title") if isinstance(root, Mapping) else None
    return node.text.strip() if node is not None and isinstance(node.value, str) else ""


@dataclass(frozen=True)
class Left:
    """What becomes of the old event files that no slide is written into."""

    drafts: tuple[str, ...]
    taken_out: tuple[str, ...]
    """Of events taken out: no export has them. A slide of one (the newsroom's sheet
    still has the row) is written in its file as any other, which keeps its 'removed:'."""
    unread: tuple[str, ...]
    """Kept as they are because slides were left out: a slide left out (a typo in its
    date, say) may be the event of a file the source seems not to have, and deleting it
    would lose what was added to it by hand. Kept until an import leaves no slide out."""
    gone: tuple[str, ...]
    """The rest: deleted with the old ``events/``."""

    @classmethod
    def of(cls, before: Before, written: set[str], reports: list[Report]) -> Left:
        drafts = tuple(sorted(before.drafts - written))
        taken_out = tuple(sorted(before.removed - written))
        gone = tuple(
            sorted(n for n in before.texts if n not in written and n not in drafts and n not in taken_out)
        )
        unread = gone if any(r.skipped for r in reports) else ()
        return cls(drafts, taken_out, unread, tuple(n for n in gone if n not in unread))


def import_story(
    *,
    source: str,
    story: str,
    content: str,
    today: datetime.date | None,
    language: str | None,
    keep_remote_pictures: bool,
    kind: str = "timelinejs",
    sheet: OwnSheet | None = None,
) -> Imported:
    """Convert ``source`` (a file's path, or an address: ``remote.py``) into the story
    ``story`` in ``content``, replacing what is there; ContentError or UsageError (nothing
    written) when it cannot. ``kind``: the source's format, 'timelinejs', 'storymapjs' or
    'sheet'; ``sheet``: how a newsroom's own sheet is read (its ``--column``s), its figure
    and place files made too."""
    folder = os.path.join(content, story)
    where = remote.address(storymapjs.published_json(source) if kind == storymapjs.STORYMAP else source)
    # Imported again without --language, the story keeps its own: written in its place by
    # the import, as the first import wrote it, not kept below as a field added by hand.
    # Else the language a TimelineJS embed link gives, when it is one pages are made in.
    reports: list[Report] = []
    own_language = story_language(folder)
    language = language or own_language or _embed_language(where, reports)
    holder = _holder(folder, story)
    # The story is made in a folder inside it, made as any folder is: mkdtemp's own is
    # open to its owner alone, which the story's folder must not be once moved in.
    staging = os.path.join(holder, story)
    try:
        timeline, source, language, read_in = _source_read(
            source, where, holder, reports, language, content, kind=kind, sheet=sheet
        )
        before = Before.read(folder)
        pages_before = figures_and_places(folder)
        limit = media_limit(content)
        fetcher = None if keep_remote_pictures else fetch.Fetcher(os.path.join(staging, DOWNLOADS))
        converted, pages = _story_converted(
            timeline, story, reports, source, sheet, before, folder, limit, read_in, fetcher
        )
        first = first_published(folder)
        published = first or (today or datetime.date.today()).isoformat()
        left = Left.of(before, {f"{event.id}.yaml" for event in converted.events}, reports)
        hidden = beside_drafts(converted, before.roots, left.drafts)
        draft = _made_draft(converted, folder, source, reports, timeline=timeline, sheet=sheet)
        # Looked at before the story's media are replaced: which the story had already.
        same = _pictures_already_there(converted, folder, limit)
        # The site's language is not written again (a story's own line stays as it is).
        site_own = None if language == own_language else site_language(content)
        kept = _story_written(
            converted, timeline, before, left, hidden, pages, folder=folder, staging=staging,
            source=source if where is None else where.given, published=published, draft=draft,
            languages=(language, site_own, next(iter(read_in), None)), limit=limit,
        )  # fmt: skip
        imported = _imported(folder, converted, reports, kept, timeline, before, left, hidden)
        imported = _told_besides(imported, folder, pages_before, read_in, same, where)
        return imported if first else replace(imported, dated=published)
    finally:
        shutil.rmtree(holder, ignore_errors=True)


def _story_written(
    story: Story,
    timeline: Timeline,
    before: Before,
    left: Left,
    hidden: tuple[tuple[str, str], ...],
    pages: dict[str, str],
    *,
    folder: str,
    staging: str,
    source: str,
    published: str,
    draft: bool,
    languages: tuple[str | None, str | None, str | None],
    limit: int,
) -> Kept:
    """``story`` written in ``staging`` and moved into ``folder`` (``write_story``),
    replacing ``before``'s files but those ``left`` as they are, with the new event files
    ``hidden`` beside drafts; ``languages``: the story's, the site's (None where it is not
    written again) and the one its events' ids are spelt in."""
    language, site_own, ids_language = languages
    return write_story(
        story,
        folder,
        staging,
        source,
        published,
        timeline,
        before.texts,
        before.roots,
        draft=draft,
        drafts=(*left.drafts, *left.taken_out, *left.unread),
        language=language,
        site_language=site_own,
        ids_language=ids_language,
        hidden=frozenset(new for new, _ in hidden),
        limit=limit,
        pages=pages,
    )


def _source_read(
    source: str,
    where: remote.Address | None,
    holder: str,
    reports: list[Report],
    language: str | None,
    content: str,
    *,
    kind: str,
    sheet: OwnSheet | None,
) -> tuple[Timeline, str, str | None, tuple[str, ...]]:
    """The timeline ``source`` holds, its name as reports give it, the story's language
    (``language``, or a StoryMapJS story's own where none was given) and the languages its
    slides are read in: the story's, then the site's (read from their files once). The
    events' ids are spelt in the first, and a workbook's names of months and days too."""
    read_in = _languages(language, content)
    read_as = (
        functools.partial(storymapjs.read_storymap, language=next(iter(read_in), None))
        if kind == storymapjs.STORYMAP
        else None
    )
    timeline, source = _timeline_read(
        source, where, holder, reports, next(iter(read_in), "en"), read_as, sheet
    )
    if isinstance(timeline, storymapjs.StoryMap) and language is None and timeline.language:
        # The story's own language, as StoryMapJS's buttons were asked for it.
        story_own = remote.Address("", source, "", language=timeline.language)
        language = _embed_language(story_own, reports, asked_by="the StoryMapJS story's language")
        read_in = _languages(language, content)
    return timeline, source, language, read_in


def _story_converted(
    timeline: Timeline,
    story: str,
    reports: list[Report],
    source: str,
    sheet: OwnSheet | None,
    before: Before,
    folder: str,
    limit: int,
    languages: tuple[str, ...],
    fetcher: fetch.Fetcher | None,
) -> tuple[Story, dict[str, str]]:
    """The story ``timeline`` converts to (``_convert``), refused when it has no event,
    with the alt text written by hand where the source has none (the import asked for
    it); and the figure and place files the source names, by path in the story: written
    where the story has none (``write_pages``). A newsroom's own ``sheet`` says its
    reports in its columns' words."""
    converted = _convert(
        timeline,
        story,
        reports,
        folder=folder,
        before=before,
        limit=limit,
        languages=languages,
        fetcher=fetcher,
    )
    if sheet is not None:
        reports[:] = [in_own_words(sheet, report) for report in reports]
    _refuse_no_events(converted, reports, source, timeline, sheet, before)
    pages: dict[str, str] = {}
    if isinstance(timeline, storymapjs.StoryMap):
        converted, pages = storymapjs.with_places(converted, timeline, folder, reports)
    if sheet is not None:
        converted, own = with_own_fields(converted, sheet.rows, folder, reports, next(iter(languages), None))
        pages = page_files(own, folder, reports)
    story_before = read_text(folder, "story.yaml")
    return with_their_alt(converted, parsed(story_before), before.roots), pages


def _told_besides(
    imported: Imported,
    folder: str,
    pages_before: list[str],
    read_in: tuple[str, ...],
    same: tuple[str, ...],
    where: remote.Address | None,
) -> Imported:
    """``imported`` with the rest the editor is told: the figure and place files no event
    names now (``pages_before`` that ``folder`` no longer names: kept, not deleted, as the
    editor may have written them, and said, as check warns of each), examples of dates in
    the first of ``read_in``, the pictures the story had already (``same``), and the host
    the source was downloaded from (``where``)."""
    named = named_pages(folder)
    unnamed = tuple(f"{page}.yaml" for page in sorted(pages_before) if page not in named)
    imported = replace(
        imported,
        unnamed=unnamed,
        date_examples=date_examples(next(iter(read_in), None)),
        pictures_kept=same,
    )
    if where is not None:
        imported = replace(imported, downloaded_from=fetch.host_named(where.url))
    return imported


def _timeline_read(
    source: str,
    where: remote.Address | None,
    holder: str,
    reports: list[Report],
    language: str,
    read_as: Callable[[str, str, list[Report]], Timeline] | None = None,
    sheet: OwnSheet | None = None,
) -> tuple[Timeline, str]:
    """The timeline ``source`` holds, and its name as reports give it: a file's path, or
    (``where``) an address, downloaded into a folder of its own in ``holder``, beside the
    staging one (a workbook's names of months and days in ``language``)."""
    if where is None:
        return read_timeline(source, reports, language=language, read_as=read_as, sheet=sheet), source
    path, named = remote.download(where, os.path.join(holder, DOWNLOADED))
    return read_timeline(path, reports, named=named, language=language, read_as=read_as, sheet=sheet), named


DOWNLOADED = ".timeline"
"""The folder, beside the story being made, that a timeline given by its address is
downloaded into."""


def _embed_language(
    where: remote.Address | None, reports: list[Report], asked_by: str = "the embed link asks for"
) -> str | None:
    """The language of a timeline's TimelineJS embed link (its ``lang``), or the one a
    StoryMapJS story gives (said ``asked_by``), when pages can be made in it (else the
    editor is told, and the site's language is the story's)."""
    if where is None or where.language is None:
        return None
    if (why := languages.refused(where.language)) is not None:
        said = why.replace("--language", asked_by, 1)
        said += "; the story is in the site's language (--language to choose)"
        reports.append(Report(where.given, said))
        return None
    return languages.current_code(where.language) or where.language


def _languages(language: str | None, content: str) -> tuple[str, ...]:
    """The languages the slides are read in: the story's, then those of the site."""
    return (language, *site_languages(content)) if language else site_languages(content)


def _holder(folder: str, story: str) -> str:
    """Make the hidden folder, beside the story's, that the import is written into."""
    # Written into a hidden folder beside the story (loading passes over it) and moved in
    # whole; pictures are downloaded into it too, so a failure leaves none of them behind.
    # A new folder of an unforeseeable name each time: a fixed name ('.port.import') could
    # be committed as a link, and the story written through it outside the project. A
    # folder of the old fixed name, left by an older import interrupted, is left alone:
    # loading passes over it, and what a pull request put there is not ours to delete.
    return tempfile.mkdtemp(prefix=f".{story}.import-", dir=os.path.dirname(folder) or ".")


def _convert(
    timeline: Timeline,
    story: str,
    reports: list[Report],
    *,
    folder: str,
    before: Before,
    limit: int,
    languages: tuple[str, ...],
    fetcher: fetch.Fetcher | None,
) -> Story:
    """The story converted, with what the story and the site hold now that bears on it."""
    media = os.path.join(folder, MEDIA_FOLDER)
    return convert(
        timeline,
        story,
        reports,
        media if os.path.isdir(media) else None,
        media_limit=limit,
        earlier=[file for file, _ in before.earlier.values()],
        languages=languages,
        pages=figures_and_places(folder),
        kept_sources=source_addresses(read_text(folder, "story.yaml")),
        fetch=fetcher,
        kept_tags=[tag for root in before.roots.values() for tag in tags_of(root)],
        place_slides=_place_slides(timeline),
    )


def _place_slides(timeline: Timeline) -> tuple[Slide, ...]:
    """The slides of ``timeline`` that are places only (a StoryMapJS story's undated
    slides at a position), whose pictures are copied in as the events' are."""
    if not isinstance(timeline, storymapjs.StoryMap):
        return ()
    return tuple(only.slide for only in timeline.places_only if only.slide is not None)


def _made_draft(
    converted: Story,
    folder: str,
    source: str,
    reports: list[Report],
    *,
    timeline: Timeline,
    sheet: OwnSheet | None = None,
) -> bool:
    """Whether the story is written as a draft, and the editor told how to publish it, in
    the words of the source's format (``timeline``'s; ``sheet``, a newsroom's own sheet's
    headers)."""
    # A first import with no summary to give (no title slide) is a draft, as a story 'new'
    # makes is: not published with the placeholder. Imported again, it is as it was made.
    draft = converted.summary == STORY_SUMMARY_TODO and not os.path.lexists(
        os.path.join(folder, "story.yaml")
    )
    if draft:
        title, add, give = _title_words(timeline, sheet)
        publish = "so the story is a draft: write its summary in story.yaml and delete 'draft: true'"
        if timeline.title is not None:  # a title slide of a picture alone, or a headline alone
            said = f"the {title} has no text, {publish} (or {give} and import again with --force)"
        else:
            said = f"no {title}, {publish} (or {add} and import again with --force)"
        reports.append(Report(source, said))
    return draft


def _title_words(timeline: Timeline, sheet: OwnSheet | None) -> tuple[str, str, str]:
    """What the story's title slide is called in the source's format, how to add one, and
    how to give it a text."""
    if timeline.kind == storymapjs.STORYMAP:
        return ("overview slide", "add an overview slide to the story in StoryMapJS",
                "give the overview slide a text in StoryMapJS")  # fmt: skip
    if sheet is not None:
        kind_of = sheet.headers.get("type")
        row = (
            f"a row whose {kind_of} is 'title'"
            if kind_of
            else "a column Type, and a row whose Type is 'title',"
        )
        text = sheet.headers.get("summary")
        give = (
            f"give the title row a {text}"
            if text
            else "give the sheet a column Description, with a text in the title row,"
        )
        return "title row", f"add {row} to the sheet", give
    if timeline.rows:
        return "title row", "add a row of Type title to the sheet", "give the title row a Text"
    return "title slide", "add a 'title' slide to the JSON", "give the title slide a text"


def _pictures_already_there(story: Story, folder: str, limit: int) -> tuple[str, ...]:
    """The ``src`` of each picture of ``story`` copied from beside the timeline whose file
    the story's media (in ``folder``) hold already with the same bytes: imported again,
    nothing new is copied, and the editor is told so (``Imported.kept_pictures``)."""
    media = os.path.join(folder, MEDIA_FOLDER)
    found = []
    for image in (story.image, *(e.image for e in story.events)):
        if image is None or image.copy_from is None or image.address or image.src in found:
            continue
        there = os.path.join(media, *image.src.split("/")[1:])
        try:
            same = os.path.isfile(there) and files.read_regular(
                there, root=media, limit=limit
            ) == files.read_regular(image.copy_from, root=os.path.dirname(image.copy_from), limit=limit)
        except (files.UnsafeFile, OSError):
            same = False  # a link, or a file too large or unreadable: not the same picture
        if same:
            found.append(image.src)
    return tuple(found)


def _imported(
    folder: str,
    converted: Story,
    reports: list[Report],
    kept: Kept,
    timeline: Timeline,
    before: Before,
    left: Left,
    hidden: tuple[tuple[str, str], ...],
) -> Imported:
    """What the import did, for the command to tell the editor."""
    return Imported(
        folder,
        converted,
        _told(reports, kept, converted, timeline),
        left.gone,
        tuple(kept.kept),
        tuple(kept.lost),
        retitled(converted, before.earlier),
        tuple(kept.sources),
        kept.sources_lost,
        left.drafts,
        orphaned(left.drafts, left.gone, before.texts),
        hidden,
        left.taken_out,
        unread=left.unread,
        unread_titles=tuple(_title_of(before.roots.get(name)) for name in left.unread),
        unit=timeline.unit,
        places_only=_places_only(timeline),
        made_with=_MADE_WITH.get(timeline.kind, "TimelineJS"),
        # A newsroom's own sheet has a column for sources, which these events' rows leave empty.
        no_sources="no source in their rows" if timeline.kind == SHEET else "",
        alt_from=_alt_from(timeline),
        made=tuple(kept.made),
        pages_kept=tuple(kept.pages_kept),
    )


def _places_only(timeline: Timeline) -> tuple[str, ...]:
    """Each slide of a StoryMapJS story that is a place only (it has no date), named with
    its place's file, as the note on them lists them: 'slide 2 (locations/gate.yaml)'."""
    if not isinstance(timeline, storymapjs.StoryMap):
        return ()
    return tuple(
        f"slide {only.number} ({storymapjs.PLACES}/{only.place.id}.yaml)" for only in timeline.places_only
    )


def _alt_from(timeline: Timeline) -> str:
    """Where the source gives a picture's alt text, in its format's own words: StoryMapJS
    has no field for it (its media are a picture, a caption and a credit)."""
    if timeline.kind == storymapjs.STORYMAP:
        return "StoryMapJS has no field for it"
    if timeline.kind == SHEET:
        return "in an Alt text column"
    return "in the sheet's Alt Text column" if timeline.rows else Imported.alt_from


_MADE_WITH = {storymapjs.STORYMAP: "StoryMapJS", SHEET: ""}
"""The tool each format's source was made with, as the notes name it: a newsroom's own
sheet was shown by none."""


def _refuse_no_events(
    converted: Story,
    reports: list[Report],
    source: str,
    timeline: Timeline,
    sheet: OwnSheet | None,
    before: Before,
) -> None:
    """Refused whatever else was said: with --force, an empty import would delete the
    story's events and put nothing in their place. Said in the words of the source's
    format (``timeline``'s; ``sheet``, a newsroom's own sheet's headers). A StoryMapJS
    story whose slides are all undated is its places and a story without events yet
    (a draft: ``write.py``), unless it would delete the events of the story it replaces."""
    if converted.events:
        return
    left_out = [r for r in reports if r.skipped]
    replaced = [name for name in before.texts if name not in before.drafts | before.removed]
    only = timeline.places_only if isinstance(timeline, storymapjs.StoryMap) else ()
    if only and not replaced:
        return
    if only:
        message = (
            f"no slide has a date, so there is no event to import, and --force would delete the story's "
            f"{plural(len(replaced), 'event file')} ({', '.join(sorted(replaced)[:3])}"
            f"{', ...' if len(replaced) > 3 else ''}); nothing was written (give the slides dates in "
            "StoryMapJS, and import again)"
        )
    elif left_out:
        message = f"no {timeline.unit} could be imported: " + "; ".join(str(r) for r in left_out[:5])
    elif sheet is not None:
        date = sheet.headers.get("date", "Date")
        message = f"no event row found; nothing was written (add a row with a {date}, and import again)"
    elif timeline.kind == storymapjs.STORYMAP:
        message = (
            "no event slide found; nothing was written "
            "(add a slide with a date in StoryMapJS, and import again)"
        )
    elif timeline.rows:
        message = "no event row found; nothing was written (add a row with a Year, and import again)"
    else:
        message = "no event slide found; nothing was written (add a slide to 'events', and import again)"
    raise ContentError([Problem(Position(source, 1, None), message)])


def _told(reports: list[Report], kept: Kept, converted: Story, timeline: Timeline) -> tuple[Report, ...]:
    """What the editor is told, in order: the reports, less a summary to write that the
    file has now, with each editor's words the import replaced beside its slide."""
    told = [r for r in reports if not (r.placeholder and r.written in kept.own_summaries)]
    slides = {f"events/{event}.yaml": where for event, where in converted.slides}
    if timeline.title is not None:
        slides["story.yaml"] = timeline.title.where
    for rel, was in kept.replaced:
        said = replaced_report(slides[rel], rel, was, kept.removed.get(rel, frozenset()), timeline.unit)
        if rel != "story.yaml":
            told.append(said)
            continue
        # Beside what else is said of the title slide: a JSON file's reports keep the
        # order they were made in (``report_order``).
        on_it = [
            i for i, r in enumerate(told) if r.where == said.where or r.where.startswith(said.where + "/")
        ]
        told.insert(on_it[-1] + 1 if on_it else 0, said)
    return tuple(sorted(told, key=report_order))
