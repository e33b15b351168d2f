"""``explainer import timelinejs SOURCE --story ID``: a TimelineJS timeline as a new story.

SOURCE is a TimelineJS3 JSON file or the CSV of its Google Sheets template. The story is
converted in memory first (``importers/``), then written into a hidden folder beside its
place and moved in, so a failure leaves no half-written story. An existing story is left
alone unless ``force``: then its ``story.yaml`` and ``events/`` are replaced, and its
figures, places and media kept, as are the fields an editor added to a story.yaml or an
event file since (what the source cannot hold: an event's figures, places, key...). An
event whose headline was corrected keeps the file, and so the address, it had
(``earlier.Earlier``).

Pictures at https:// addresses are downloaded (``importers/fetch.py``) into the staging
folder while the story is converted, and moved into its ``media/`` with the rest; with
``keep_remote_pictures`` they keep their addresses, as the timeline has them.

What the command then says (``report``): each slide it could not carry over, what it
wrote and downloaded, and the notes.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field

from generator.content import files
from generator.content.dates import Precision, parse_date
from generator.content.filetext import decode
from generator.content.ids import invalid_id, reserved_story_id
from generator.content.load import Kind
from generator.content.published import says_draft
from generator.content.yamlnodes import Mapping, Node, Scalar, ScalarValue, Sequence, parse_yaml
from generator.errors import ContentError, Position, Problem, UsageError, printable
from generator.i18n import languages
from generator.importers import fetch, yamlwrite
from generator.importers.convert import Story, convert
from generator.importers.earlier import Earlier
from generator.importers.event import Event
from generator.importers.pictures import Picture
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report, Timeline
from generator.importers.timelinejs import read_json
from generator.importers.title import STORY_SUMMARY_TODO
from generator.pipeline import require_folder
from generator.report import plural

MAX_SOURCE_BYTES = 50_000_000
DOWNLOADS = ".downloads"
"""The folder of the staging folder that pictures are downloaded into, before they are
named and moved into its ``media/``."""


@dataclass(frozen=True)
class Imported:
    """What an import wrote, and what it could not carry over."""

    folder: str
    story: Story
    reports: tuple[Report, ...]
    replaced: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) that the import did not write again:
    deleted with the old ``events/`` (an event added by hand, say)."""
    kept: tuple[str, ...] = ()
    """Files written again (``--force``) that keep fields an editor added since the last
    import (``yamlwrite.kept_lines``: figures, places, key...), by name."""
    lost: tuple[str, ...] = ()
    """Files written again whose fields added by hand could not be kept (written in a way
    that cannot be told apart line by line): to be restored from git."""
    retitled: tuple[tuple[str, str], ...] = ()
    """Event files written again (``--force``) under their old name though their headline
    changed, which would name them otherwise, each with its new title: (file, title)."""
    sources: tuple[str, ...] = ()
    """The ids of the sources of the story replaced (``--force``) that the source imported
    does not give, kept in its story.yaml: quotes, key numbers and events may cite them."""
    sources_lost: bool = False
    """Whether those sources could not be kept (written in a way that cannot be told apart
    line by line): to be restored from git."""
    drafts: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) marked ``draft: true`` that the
    source does not have, kept as they are: no export carries a draft (explainer's own
    timeline.json leaves them out), so importing it again deleted them."""
    orphaned: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Those of ``drafts`` that name an event file the import deleted (in 'after', or a
    link), with those files: check then fails until the draft is mended."""
    hidden: tuple[tuple[str, str], ...] = ()
    """New event files on the day of a kept draft, written as drafts too (the slide may be
    the draft's event, its headline changed), each with that draft's file."""
    taken_out: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) of events taken out (``removed:``)
    that the source does not have, kept as they are: no export carries them, and their
    file keeps their page's address, where links to them lead."""
    unread: tuple[str, ...] = ()
    """Event files of the story replaced (``--force``) that the source does not name, kept
    as they are because slides of it were left out: each may be one of theirs (a typo in a
    date), and deleting it would lose what was added to it by hand."""

    @property
    def pictures(self) -> tuple[Picture, ...]:
        """The story's pictures, the lead picture first, each shown once."""
        shown = (self.story.image, *(e.image for e in self.story.events))
        return tuple(dict.fromkeys(p for p in shown if p is not None))

    @property
    def downloaded(self) -> int:
        """How many picture files the import downloaded into the story's media."""
        return len({p.src for p in self.pictures if p.address})

    @property
    def not_downloaded(self) -> int:
        """How many addresses of pictures could not be downloaded (each said above)."""
        return len({p.src for p in self.pictures if p.not_downloaded})

    @property
    def unsourced(self) -> tuple[str, ...]:
        """The event files written with no source to cite (TimelineJS has no place for
        sources; a video or an article as media is one), which check warns about. One that
        kept fields added by hand may have its sources among them, and is not counted."""
        files = (f"events/{e.id}.yaml" for e in self.story.events if not e.sources)
        return tuple(f for f in files if f not in self.kept)

    @property
    def skipped(self) -> int:
        return sum(r.skipped for r in self.reports)

    @property
    def left_out(self) -> tuple[Report, ...]:
        """The reports on what of written slides pages do not carry (a background, a
        thumbnail, unsafe links): one a slide, naming the file it became."""
        return tuple(r for r in self.reports if r.left_out)

    def notes(self, source: str) -> list[str]:
        """What the editor should know besides the slides' own reports, a line each
        (``source``: the timeline imported, as the editor named it)."""
        notes: list[str] = []
        if len(self.left_out) > SOME:  # a few lines read at a glance; more are summed up
            notes.append(_left_out_note(self.left_out))
        if self.not_downloaded:
            pictures = plural(self.not_downloaded, "picture address", "picture addresses")
            notes.append(f"kept {pictures} that could not be downloaded (above): readers' browsers fetch "
                         "those pictures from their sites; import again with --force to try again, or save "
                         "them into media/ and give that as their src")  # fmt: skip
        if self.drafts:
            drafts = plural(len(self.drafts), "draft event file")
            notes.append(f"kept {drafts} that {source} does not have, as no export has drafts: "
                         f"{_some(self.drafts)}")  # fmt: skip
        if self.taken_out:
            files = plural(len(self.taken_out), "event file")
            notes.append(f"kept {files} of events taken out ('removed:') that {source} does not have, "
                         f"as no export has them: {_some(self.taken_out)}")  # fmt: skip
        for new, old in self.hidden:
            notes.append(f"events/{new} is new on the day of the draft events/{old}: written as a draft "
                         "too, as it may be that event with its headline changed; delete one of the two, "
                         "and 'draft: true' to publish it")  # fmt: skip
        for draft, names in self.orphaned:
            notes.append(f"the draft {draft} names {_some(names)}, deleted by this import: "
                         "'explainer check' says where")  # fmt: skip
        if self.unread:
            files = plural(len(self.unread), "event file")
            notes.append(f"kept {files} that {source} does not name, as each may be the event of a slide "
                         f"left out (above): {_some(self.unread)}; once those slides are mended, import "
                         "again with --force, which deletes any the source still does not have")  # fmt: skip
        if self.replaced:
            deleted = plural(len(self.replaced), "event file")
            notes.append(f"--force deleted {deleted} that {source} does not have: {_some(self.replaced)} "
                         "(git restores them, if the project is in git)")  # fmt: skip
        for file, title in self.retitled[:SOME]:
            notes.append(f"kept the address of {file}: its headline changed to '{title}'")
        if len(self.retitled) > SOME:  # a few lines read at a glance; more are named
            more = plural(len(self.retitled) - SOME, "more event file")
            notes.append(f"{more} kept their address though their headline changed: "
                         f"{_some(tuple(file for file, _ in self.retitled[SOME:]))}")  # fmt: skip
        if self.unsourced:
            events = plural(len(self.unsourced), "event")
            notes.append(f"no source cited by {events} (TimelineJS has no place for sources): check warns "
                         "about each, and check --strict refuses them, until its 'sources:' names one of "
                         f"story.yaml's: {_some(self.unsourced)}")  # fmt: skip
        if self.kept:
            files = plural(len(self.kept), "file")
            notes.append(f"kept the fields added by hand (figures, places...) in {files}: {_some(self.kept)}")
        if self.sources:
            kept = plural(len(self.sources), "source")
            notes.append(f"kept {kept} of story.yaml that {source} does not have, as quotes, key numbers "
                         f"and events may cite them: {_some(self.sources)}")  # fmt: skip
        if self.sources_lost:
            notes.append(f"could not keep the sources of story.yaml that {source} does not have, written "
                         "in a way the import cannot take apart (git restores them)")  # fmt: skip
        if self.lost:
            files = plural(len(self.lost), "file")
            notes.append(f"could not keep the fields added by hand in {files}, written in a way the import "
                         f"cannot take apart: {_some(self.lost)} (git restores them)")  # fmt: skip
        return notes


SOME = 5
"""How many names a note gives before it counts the rest."""


def _some(names: tuple[str, ...]) -> str:
    """The first ``SOME`` of ``names``, and how many more."""
    return ", ".join(names[:SOME]) + (f" and {len(names) - SOME} more" if len(names) > SOME else "")


def _left_out_note(lost: tuple[Report, ...]) -> str:
    """What the import left out of the slides it wrote, counted by kind, and the files
    those slides became: the lines above it, summed up."""
    counts = Counter(kind for report in lost for kind in report.left_out)
    things = ", ".join(plural(n, kind) for kind, n in counts.items())
    slides = plural(len(lost), "slide")
    return (f"left out of {slides}, as pages do not carry them (each above): {things}; "
            f"in {_some(tuple(r.written for r in lost))}")  # fmt: skip


def import_timelinejs(
    *,
    source: str,
    story: str,
    content: str,
    force: bool = False,
    today: datetime.date | None = None,
    language: str | None = None,
    keep_remote_pictures: bool = False,
) -> Imported:
    """Convert ``source`` into the story ``story`` in ``content``; UsageError or ContentError
    (nothing written) when it cannot. ``language``: the story's, when it is not the site's
    (written in story.yaml; the source's display dates are read in it too).
    ``keep_remote_pictures``: pictures at https:// addresses keep them, not downloaded."""
    if (refused := invalid_id(story, "story") or reserved_story_id(story)) is not None:
        raise UsageError(refused)
    if language is not None and (why := languages.refused(language)) is not None:
        raise UsageError(why)
    require_folder(content, "content")
    folder = os.path.join(content, story)
    if os.path.islink(folder) or (os.path.lexists(folder) and not os.path.isdir(folder)):
        raise UsageError(f"{folder} is not a folder; nothing was written")
    if os.path.lexists(folder) and not force:
        raise UsageError(
            f"{folder} already exists; nothing was written (--force replaces its story.yaml and events)"
        )
    reports: list[Report] = []
    timeline = read_timeline(source, reports)
    # Written into a hidden folder beside the story (loading passes over it) and moved in
    # whole; pictures are downloaded into it too, so a failure leaves none of them behind.
    staging = os.path.join(os.path.dirname(folder) or ".", f".{story}.import")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        media = os.path.join(folder, "media")
        old_events = _old_events(folder)  # read once: matched to the slides, then their fields kept
        old_roots = {name: _root(text) for name, text in old_events.items()}  # and parsed once
        # A draft is kept as it is (no export has drafts): never taken for a slide's old file.
        draft_files = {name for name, text in old_events.items() if _is_draft(text, old_roots[name])}
        # So is an event taken out ('removed:'): its file keeps its page's address, and a new
        # slide of its day (the event that put it right, say) would be hidden in it.
        removed_files = {
            name for name, root in old_roots.items() if name not in draft_files and _is_removed(root)
        }
        earlier = _earlier(
            {name: root for name, root in old_roots.items() if name not in draft_files | removed_files}
        )
        converted = convert(
            timeline,
            story,
            reports,
            media if os.path.isdir(media) else None,
            media_limit=_media_limit(content),
            earlier=[file for file, _ in earlier.values()],
            languages=(language, *_languages(content)) if language else _languages(content),
            pages=_figures_and_places(folder),
            kept_sources=_source_addresses(_read(folder, "story.yaml")),
            fetch=None if keep_remote_pictures else fetch.Fetcher(os.path.join(staging, DOWNLOADS)),
        )
        if not converted.events:
            # Refused whatever else was said: with --force, an empty import would delete the
            # story's events and put nothing in their place.
            left_out = [r for r in reports if r.skipped]
            message = (
                "no slide could be imported: " + "; ".join(str(r) for r in left_out[:5])
                if left_out
                else "no event slide found; nothing was written "
                "(add a row with a Year, or a slide to 'events', and import again)"
            )
            raise ContentError([Problem(Position(source, 1, None), message)])
        published = _published(folder) or (today or datetime.date.today()).isoformat()
        written = {f"{event.id}.yaml" for event in converted.events}
        drafts = tuple(sorted(draft_files - written))
        # No export has an event taken out. A slide of it (the newsroom's sheet still has the
        # row) is written in its file as any other, which keeps the 'removed:' added by hand.
        taken_out = tuple(sorted(removed_files - written))
        gone = tuple(
            sorted(n for n in old_events if n not in written and n not in drafts and n not in taken_out)
        )
        # A slide left out (a typo in its date, say) may be the event of a file the source
        # seems not to have: deleting it would lose what was added to it by hand for a typo.
        # Such files are kept as they are until an import leaves no slide out.
        unread = gone if any(r.skipped for r in reports) else ()
        gone = tuple(n for n in gone if n not in unread)
        hidden = _beside_drafts(converted, old_roots, drafts)
        # A first import with no summary to give (no title slide) is a draft, as a story 'new'
        # makes is: not published with the placeholder. Imported again, it is as it was made.
        draft = converted.summary == STORY_SUMMARY_TODO and not os.path.lexists(
            os.path.join(folder, "story.yaml")
        )
        if draft:
            reports.append(
                Report(
                    source,
                    "no title slide, so the story is a draft: write its summary in story.yaml and delete "
                    "'draft: true' (or add a row of Type title to the source and import again with --force)",
                )
            )
        kept = _write(
            converted,
            folder,
            staging,
            source,
            published,
            timeline,
            old_events,
            old_roots,
            draft=draft,
            drafts=(*drafts, *taken_out, *unread),
            language=language,
            hidden=frozenset(new for new, _ in hidden),
        )
        ordered = tuple(sorted(reports, key=_order))
        return Imported(
            folder,
            converted,
            ordered,
            gone,
            tuple(kept.kept),
            tuple(kept.lost),
            _retitled(converted, earlier),
            tuple(kept.sources),
            kept.sources_lost,
            drafts,
            _orphaned(drafts, gone, old_events),
            hidden,
            taken_out,
            unread=unread,
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def report(done: Imported, source: str) -> None:
    """What an import from ``source`` says: each slide it could not carry over (above
    the rest), what it wrote and downloaded, its notes, and last, when slides were left
    out, what to do about them."""
    for said in done.reports:
        print(printable(str(said)), file=sys.stderr)
    events = plural(len(done.story.events), "event")
    print(f"imported {events} into {done.folder}{os.sep}")
    if done.downloaded:
        pictures = plural(done.downloaded, "picture")
        print(f"downloaded {pictures} into {os.path.join(done.folder, 'media')}{os.sep}")
    for note in done.notes(source):
        print(printable(f"note: {note}"), file=sys.stderr)
    if done.skipped:
        left = plural(done.skipped, "slide")
        them = "it" if done.skipped == 1 else "them"
        print(f"{left} left out (above); fix {them} in the source and import again with --force",
              file=sys.stderr)  # fmt: skip


def _retitled(story: Story, earlier: dict[str, tuple[Earlier, str]]) -> tuple[tuple[str, str], ...]:
    """The files of events that kept their address though their headline changed, each
    with its new title. One whose title is the file's (a file renamed by hand, or kept so
    by an earlier import) goes unsaid: nothing changed."""
    titles = {e.id: e.title for e in story.events}
    return tuple(
        (f"events/{kept}.yaml", titles[kept])
        for kept, _ in story.readdressed
        if titles[kept] != earlier[kept][1]
    )


def _old_events(folder: str) -> dict[str, str | None]:
    """The text of each event file of the story (``.yaml`` in its ``events/``) by name;
    None for one that cannot be read."""
    return {name: _read(folder, f"events/{name}") for name in _event_files(folder)}


def _root(text: str | None) -> Node | None:
    """The YAML ``text`` of an event file there now, parsed (None if it could not be read)."""
    return None if text is None else parse_yaml(text, "", [])


def _earlier(old_roots: dict[str, Node | None]) -> dict[str, tuple[Earlier, str]]:
    """The event files of the story being replaced (``--force``) that have a date, by id,
    each with its title: a slide whose headline was corrected since keeps its id."""
    found = {}
    for name, root in old_roots.items():
        event_id = name.removesuffix(".yaml")
        if invalid_id(event_id, "event") is not None or not isinstance(root, Mapping):
            continue
        date, end, title = (_scalar(root, key) for key in ("date", "end", "title"))
        start = _iso(date.text) if date is not None else None
        finish = _iso(end.text) if end is not None else None
        if start is None or (end is not None and finish is None):
            continue  # dates that do not read cannot be matched (check reports them)
        found[event_id] = (
            Earlier(event_id, start, finish),
            title.value if title and isinstance(title.value, str) else "",
        )
    return found


def _scalar(root: Mapping, key: str) -> Scalar | None:
    """The plain value of ``key`` in ``root``, or None when it has none there."""
    node = root.items.get(key, (None, None))[1]
    return node if isinstance(node, Scalar) and node.value is not None else None


def _iso(text: str) -> str | None:
    """The date ``text`` as ``PartialDate.iso`` writes it, or None when it is none."""
    try:
        return parse_date(text).iso()
    except ValueError:
        return None


def _figures_and_places(folder: str) -> list[str]:
    """The figures and places of the story being replaced (``--force``), which it keeps,
    as its links name their pages: ``figures/ann``."""
    found = []
    for kind in (Kind.FIGURE.value, Kind.LOCATION.value):
        try:
            with os.scandir(os.path.join(folder, kind)) as entries:
                found += [
                    f"{kind}/{e.name.removesuffix('.yaml')}"
                    for e in entries
                    if e.name.endswith(".yaml") and not files.is_ignored(e.name)
                ]
        except OSError:
            continue
    return found


def _event_files(folder: str) -> list[str]:
    """The names of the event files (``.yaml``) in the story's ``events/`` (none when it
    has none)."""
    try:
        with os.scandir(os.path.join(folder, "events")) as entries:
            return [e.name for e in entries if e.name.endswith(".yaml") and e.is_file(follow_symlinks=False)]
    except OSError:
        return []


def _value(folder: str, name: str, key: str) -> ScalarValue:
    """The plain value of ``key`` in the YAML file ``name`` of ``folder``, read roughly (the
    build checks it properly): None when the file, the key or a plain value is not there."""
    data = _read(folder, name)
    if data is None:
        return None
    root = parse_yaml(data, os.path.join(folder, name), [])
    node = _scalar(root, key) if isinstance(root, Mapping) else None
    return node.value if node is not None else None


def _media_limit(content: str) -> int:
    """The largest media file the site allows (``media_max_mb`` in site.yaml), as check
    counts it: a picture larger is left out of the import, not refused by check after."""
    return files.media_limit(_value(content, "site.yaml", "media_max_mb"))


def _languages(content: str) -> tuple[str, ...]:
    """The languages of the site and its stories (``language`` in site.yaml and in each
    story.yaml), read roughly: a display date written as their pages write dates says
    nothing more than the dates ('March 4, 2026' in an 'en-US' story)."""
    try:
        stories = sorted(
            e.name
            for e in os.scandir(content)
            if e.is_dir(follow_symlinks=False) and not files.is_ignored(e.name)
        )
    except OSError:
        stories = []
    found = [_value(content, "site.yaml", "language")]
    found += [_value(os.path.join(content, story), "story.yaml", "language") for story in stories]
    return tuple(dict.fromkeys(tag for tag in found if isinstance(tag, str) and tag))


def _published(folder: str) -> str | None:
    """When the story being replaced (``--force``) was first published, as its story.yaml
    says: a story imported again is corrected, not new, and keeps its date. None when
    there is no such story or date."""
    value = _value(folder, "story.yaml", "published")
    if not isinstance(value, str):
        return None
    try:
        date = parse_date(value)
    except ValueError:
        return None
    # Its time too, where it gives one: the story was first published then all the same.
    return date.iso() if date.precision >= Precision.DAY else None


def _order(report: Report) -> tuple[int, int]:
    """A sheet's rows in order ('sheet.csv:9' before 'sheet.csv:10'), and the cells of a
    row ('sheet.csv:9:2' before 'sheet.csv:9:11'); JSON pointers keep the order they were
    found in (title, events, eras)."""
    cell = re.search(r":(\d+)(?::(\d+))?$", report.where)
    return (int(cell[1]), int(cell[2] or 0)) if cell else (0, 0)


def read_timeline(source: str, reports: list[Report]) -> Timeline:
    """The slides of ``source``, JSON or CSV by its name (or, failing that, its first character)."""
    if not os.path.isfile(source):
        raise UsageError(f"'{source}' is not a file")
    try:
        data = files.read_regular(source, root=os.path.dirname(source) or ".", limit=MAX_SOURCE_BYTES)
    except (files.UnsafeFile, OSError) as exc:
        raise UsageError(f"cannot read '{source}': {exc}") from None
    # Excel's plain CSV is Windows-1252 (which cannot be told from other 8-bit encodings,
    # so it is told as content files are); its 'Unicode Text' is UTF-16 with a mark that
    # says so, read as it is.
    problems: list[Problem] = []
    text = decode(data, source, problems, how="save it as 'CSV UTF-8' or JSON in UTF-8", marked_utf_16=True)
    if text is None:
        raise ContentError(problems)
    name = source.lower()
    # A sheet's first cell never starts with '{' or '[': a JSON export saved under another
    # name ('timeline.txt') is still JSON.
    is_json = name.endswith(".json") or (not name.endswith((".csv", ".tsv")) and text.lstrip()[:1] in "{[")
    return read_json(text, source, reports) if is_json else read_sheet(text, source, reports)


def _write(
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
    hidden: frozenset[str] = frozenset(),
) -> Kept:
    """The story's files, made in ``staging``, a hidden folder (which loading passes over)
    that the caller removes, and moved in; which of them keep an editor's fields from the
    files they replace (``old_events``, the event files there now by name, ``old_roots``
    the same parsed). The event files ``drafts`` (and those of events taken out) are kept
    as they are."""
    kept = Kept()
    os.makedirs(os.path.join(staging, "events"))
    final_story = os.path.join(folder, "story.yaml")
    # Without a title slide, the source gives no title or summary: those the story has
    # (an editor's) stay, and the draft line goes only once the source gives a summary.
    untitled = story.summary == STORY_SUMMARY_TODO
    before = _read(folder, "story.yaml")
    own = untitled and before is not None and {"title", "summary"} <= _keys(before)
    other_sources = kept.other_sources(story, before)
    if kept.sources_lost:  # not kept as written: those the file has too come from it (events cite them)
        story = dataclasses.replace(story, sources=(*story.sources, *story.had))
    text = yamlwrite.story_yaml(
        story,
        final_story,
        published,
        source,
        draft=draft,
        titled=not own,
        other_sources=other_sources,
        language=language,
    )
    # Sources the import gives are written with those of the story it does not give
    # (quotes and key numbers cite them); none given, the story's stay as they are. A
    # language given replaces the story's; else the story keeps its own.
    imported = (
        yamlwrite.STORY_KEYS
        | (set() if own else {"title", "summary"})
        | (_keys(text) & {"sources", "language"})
    )
    with open(os.path.join(staging, "story.yaml"), "x", encoding="utf-8") as f:
        f.write(kept.add(text, before, "story.yaml", imported, drop_draft=not untitled))
    if "story.yaml" in kept.lost:
        kept.sources.clear()  # nothing of the file was kept, its sources neither: said once
    for event in story.events:
        name = f"{event.id}.yaml"
        tagged = _with_its_tags(event, old_roots.get(name))
        text = yamlwrite.event_yaml(tagged, os.path.join(folder, "events", name))
        if name in hidden:  # maybe a kept draft's event: hidden as it is (``_beside_drafts``)
            text += "draft: true\n"
        # body, after, tags and sources are the source's when it gives them, else the file's
        # (tags the file's when they hold the source's: ``_with_its_tags``).
        imported = yamlwrite.EVENT_KEYS | _keys(text)
        with open(os.path.join(staging, "events", name), "x", encoding="utf-8") as f:
            f.write(kept.add(text, old_events.get(name), f"events/{name}", imported))
    for name in drafts:
        with open(os.path.join(staging, "events", name), "x", encoding="utf-8") as f:
            f.write(old_events[name] or "")
    for image in (story.image, *(e.image for e in story.events)):
        if image is None or image.copy_from is None:
            continue
        target = os.path.join(staging, *image.src.split("/"))
        if os.path.lexists(target):
            continue  # one picture shown twice: one file
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if image.address:  # downloaded, into the staging folder: moved
            os.replace(image.copy_from, target)
            continue
        data = files.read_regular(image.copy_from, root=timeline.folder or ".", limit=files.MAX_MEDIA_BYTES)
        with open(target, "wb") as f:
            f.write(data)
    shutil.rmtree(os.path.join(staging, DOWNLOADS), ignore_errors=True)  # what was not kept
    _move_in(staging, folder)
    return kept


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

    def other_sources(self, story: Story, before: str | None) -> str:
        """The sources of the story.yaml ``before`` that ``story`` does not give, as
        written there, when it gives some (``yamlwrite.kept_sources``); when it gives
        none, the story's sources are kept whole, as an editor's field."""
        if before is None:
            return ""
        ids = frozenset(s.id for s in story.sources)
        given = ids | {s.id for s in story.had}  # those the file has too (by address) stay as written
        if not ids:
            self.sources += sorted(_source_ids(before) - given)
            return ""
        try:
            text = yamlwrite.kept_sources(before, ids)
        except yamlwrite.CannotKeep:
            self.sources_lost = True
            return ""
        self.sources += sorted(_source_ids(before) - given)
        return text

    def add(
        self,
        text: str,
        before: str | None,
        rel: str,
        imported: frozenset[str] | set[str],
        *,
        drop_draft: bool = False,
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
        if not extra.strip():
            return text
        whole = text + yamlwrite.KEPT + extra
        problems: list[Problem] = []
        root = parse_yaml(whole, rel, problems)
        if problems or not isinstance(root, Mapping) or not _keys(extra) <= set(root.items):
            self.lost.append(rel)
            return text
        self.kept.append(rel)
        return whole


def _read(folder: str, rel: str) -> str | None:
    """The text of the file at ``rel`` in ``folder``, or None (none there, or unreadable)."""
    try:
        return files.read_regular(os.path.join(folder, rel), root=folder, limit=MAX_SOURCE_BYTES).decode(
            "utf-8"
        )
    except (files.UnsafeFile, OSError, UnicodeDecodeError):
        return None


def _sources(text: str | None) -> Mapping | None:
    """What is under ``sources:`` in the story.yaml ``text``, when it is a mapping."""
    root = parse_yaml(text, "", []) if text is not None else None
    sources = root.items.get("sources", (None, None))[1] if isinstance(root, Mapping) else None
    return sources if isinstance(sources, Mapping) else None


def _source_addresses(text: str | None) -> dict[str, str]:
    """The ids of the sources of the story.yaml ``text`` by their addresses (``url``)."""
    sources = _sources(text)
    found: dict[str, str] = {}
    for sid, (_, source) in sources.items.items() if sources is not None else ():
        url = source.items.get("url", (None, None))[1] if isinstance(source, Mapping) else None
        if isinstance(url, Scalar) and isinstance(url.value, str):
            found.setdefault(url.value, sid)
    return found


def _beside_drafts(
    story: Story, old_roots: dict[str, Node | None], drafts: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    """The new event files (not in ``old_roots``, the files there now, parsed) of ``story``
    on the day of one of the kept ``drafts``, each with that draft's file: a slide of the
    draft's event whose headline changed cannot be told from a new one, so it stays hidden
    as the draft is."""
    days = {e.date: f"{e.id}.yaml" for e, _ in _earlier({n: old_roots[n] for n in drafts}).values()}
    return tuple(
        (f"{event.id}.yaml", days[event.date.iso()])
        for event in story.events
        if f"{event.id}.yaml" not in old_roots and event.date.iso() in days
    )


def _orphaned(
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


def _with_its_tags(event: Event, before: Node | None) -> Event:
    """``event`` with the tags of its file ``before`` (the one there now, parsed, if any) when
    they hold all the tags the source gives it: a TimelineJS slide has one ``group``, and
    our export gives the first of the event's tags as it, so importing the export again
    keeps the others, in their order. The source's come first all the same, as the first
    tag is the one the pages show and the export makes the group: a group changed in the
    sheet to another of the file's tags is the event's group from then on. Tags the file
    does not have are the source's."""
    if not event.tags:
        return event
    found = before.items.get("tags") if isinstance(before, Mapping) else None
    if found is None or not isinstance(found[1], Sequence):
        return event
    tags = tuple(
        str(item.value) for item in found[1].items if isinstance(item, Scalar) and item.value is not None
    )
    if not set(event.tags) <= set(tags):
        return event
    return dataclasses.replace(event, tags=(*event.tags, *(tag for tag in tags if tag not in event.tags)))


def _is_draft(text: str | None, root: Node | None) -> bool:
    """Whether the event file ``text`` (``root``, parsed) says ``draft: true`` (a draft
    still being written may not be valid YAML yet: then its line says so)."""
    if text is None:
        return False
    if not isinstance(root, Mapping):
        return _DRAFT_LINE.search(text) is not None
    return says_draft(root)


def _is_removed(root: Node | None) -> bool:
    """Whether the parsed event file ``root`` says ``removed:`` with something under it
    (its event was taken out: ``schema.REMOVAL``)."""
    if not isinstance(root, Mapping):
        return False
    found = root.items.get("removed")
    return found is not None and isinstance(found[1], Mapping)


def _source_ids(text: str) -> set[str]:
    """The ids under ``sources:`` in the story.yaml ``text`` (none when it has none)."""
    sources = _sources(text)
    return set(sources.items) if sources is not None else set()


def _keys(text: str) -> set[str]:
    """The top-level keys of the YAML ``text`` (none when it is not a mapping)."""
    root = parse_yaml(text, "", [])
    return set(root.items) if isinstance(root, Mapping) else set()


def _move_in(staging: str, folder: str) -> None:
    if not os.path.lexists(folder):
        os.rename(staging, folder)
        return
    # --force onto an existing story: its story.yaml and events are replaced; figures,
    # places and media stay. A picture copied in was named not to clash with a media
    # file (``pictures.Pictures``), or to name one that holds the same bytes: that one stays.
    os.replace(os.path.join(staging, "story.yaml"), os.path.join(folder, "story.yaml"))
    shutil.rmtree(os.path.join(folder, "events"), ignore_errors=True)
    os.rename(os.path.join(staging, "events"), os.path.join(folder, "events"))
    media = os.path.join(staging, "media")
    if os.path.isdir(media):
        for rel, entry in files.walk_files(media):
            target = os.path.join(folder, "media", rel)
            if os.path.lexists(target):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.rename(entry.path, target)
