"""``explainer import timelinejs SOURCE --story ID``: a TimelineJS timeline as a new story.

SOURCE is a TimelineJS3 JSON file or the CSV of its Google Sheets template. The story is
converted in memory first (``importers/``), then written into a hidden folder beside its
place and moved in, so a failure leaves no half-written story. An existing story is left
alone unless ``force``: then its ``story.yaml`` and event files are replaced, and its
figures, places, media and other files in ``events/`` kept, as are the fields an editor
added to a story.yaml or an event file since (what the source cannot hold: an event's
figures, places, key...). An event whose headline was corrected keeps the file, and so
the address, it had (``earlier.Earlier``).

Pictures at https:// addresses are downloaded (``importers/fetch.py``) into the staging
folder while the story is converted, and moved into its ``media/`` with the rest; with
``keep_remote_pictures`` they keep their addresses, as the timeline has them.

The steps, each done in ``importers/``: the source read (``read.py``); what is there now,
the site's settings and the story replaced (``existing.py``); the story converted
(``convert.py``); which old event files stay as they are (``drafts.py``); the files
written and moved in (``write.py``), with what an editor added kept (``carried_over.py``); and
what the editor is told (``imported.py``). What the command then says (``report``): each
slide it could not carry over, what it wrote and downloaded, and the notes.
"""

from __future__ import annotations

import datetime
import os
import shutil
import sys
import tempfile

from generator.content.ids import invalid_id, reserved_story_id
from generator.errors import ContentError, Position, Problem, UsageError, one_line
from generator.i18n import languages
from generator.importers import fetch
from generator.importers.convert import convert
from generator.importers.drafts import beside_drafts, is_draft, is_removed, orphaned
from generator.importers.existing import (
    earlier_files,
    event_texts,
    figures_and_places,
    first_published,
    media_limit,
    parsed,
    read_text,
    site_languages,
    source_addresses,
)
from generator.importers.imported import Imported, replaced_report, report_order, retitled
from generator.importers.read import read_timeline
from generator.importers.slides import Report
from generator.importers.title import STORY_SUMMARY_TODO
from generator.importers.write import DOWNLOADS, not_a_folder, write_story
from generator.pipeline import require_folder
from generator.report import plural


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
    # Its media/ and events/ as links (or files) would be followed by what --force reads
    # and writes: refused first, as check refuses them (the folders inside media/ that
    # pictures go into are, once they are known: ``write_story``).
    for sub in ("media", "events"):
        if (why := not_a_folder(os.path.join(folder, sub))) is not None:
            raise UsageError(why)
    reports: list[Report] = []
    timeline = read_timeline(source, reports)
    # Written into a hidden folder beside the story (loading passes over it) and moved in
    # whole; pictures are downloaded into it too, so a failure leaves none of them behind.
    # A new folder of an unforeseeable name each time: a fixed name ('.port.import') could
    # be committed as a link, and the story written through it outside the project. A
    # folder of the old fixed name, left by an older import interrupted, is left alone:
    # loading passes over it, and what a pull request put there is not ours to delete.
    holder = tempfile.mkdtemp(prefix=f".{story}.import-", dir=os.path.dirname(folder) or ".")
    # The story is made in a folder inside it, made as any folder is: mkdtemp's own is
    # open to its owner alone, which the story's folder must not be once moved in.
    staging = os.path.join(holder, story)
    try:
        media = os.path.join(folder, "media")
        old_events = event_texts(folder)  # read once: matched to the slides, then their fields kept
        old_roots = {name: parsed(text) for name, text in old_events.items()}  # and parsed once
        # A draft is kept as it is (no export has drafts): never taken for a slide's old file.
        draft_files = {name for name, text in old_events.items() if is_draft(text, old_roots[name])}
        # So is an event taken out ('removed:'): its file keeps its page's address, and a new
        # slide of its day (the event that put it right, say) would be hidden in it.
        removed_files = {
            name for name, root in old_roots.items() if name not in draft_files and is_removed(root)
        }
        earlier = earlier_files(
            {name: root for name, root in old_roots.items() if name not in draft_files | removed_files}
        )
        limit = media_limit(content)
        converted = convert(
            timeline,
            story,
            reports,
            media if os.path.isdir(media) else None,
            media_limit=limit,
            earlier=[file for file, _ in earlier.values()],
            languages=(language, *site_languages(content)) if language else site_languages(content),
            pages=figures_and_places(folder),
            kept_sources=source_addresses(read_text(folder, "story.yaml")),
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
        published = first_published(folder) or (today or datetime.date.today()).isoformat()
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
        hidden = beside_drafts(converted, old_roots, drafts)
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
        kept = write_story(
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
            limit=limit,
        )
        # A summary to write that the file has now: nothing to say.
        reports = [r for r in reports if not (r.placeholder and r.written in kept.own_summaries)]
        slides = {f"events/{event}.yaml": where for event, where in converted.slides}
        if timeline.title is not None:
            slides["story.yaml"] = timeline.title.where
        for rel, was in kept.replaced:
            said = replaced_report(slides[rel], rel, was)
            if rel != "story.yaml":
                reports.append(said)
                continue
            # Beside what else is said of the title slide: a JSON file's reports keep the
            # order they were made in (``report_order``).
            on_it = [
                i
                for i, r in enumerate(reports)
                if r.where == said.where or r.where.startswith(said.where + "/")
            ]
            reports.insert(on_it[-1] + 1 if on_it else 0, said)
        ordered = tuple(sorted(reports, key=report_order))
        return Imported(
            folder,
            converted,
            ordered,
            gone,
            tuple(kept.kept),
            tuple(kept.lost),
            retitled(converted, earlier),
            tuple(kept.sources),
            kept.sources_lost,
            drafts,
            orphaned(drafts, gone, old_events),
            hidden,
            taken_out,
            unread=unread,
        )
    finally:
        shutil.rmtree(holder, ignore_errors=True)


def report(done: Imported, source: str) -> None:
    """What an import from ``source`` says: each slide it could not carry over (above
    the rest), what it wrote and downloaded, its notes, and last, when slides were left
    out, what to do about them."""
    for said in done.reports:
        print(one_line(str(said)), file=sys.stderr)  # a cell's line break quoted: one line still
    events = plural(len(done.story.events), "event")
    print(f"imported {events} into {done.folder}{os.sep}")
    if done.downloaded:
        pictures = plural(done.downloaded, "picture")
        print(f"downloaded {pictures} into {os.path.join(done.folder, 'media')}{os.sep}")
    for note in done.notes(source):
        print(one_line(f"note: {note}"), file=sys.stderr)
    if done.skipped:
        eras = sum(r.skipped and r.era for r in done.reports)
        slides = done.skipped - eras
        left = " and ".join(
            plural(n, word) for n, word in ((slides, "slide"), (eras, "era")) if n
        )  # eras are not slides: "2 slides and 1 era"
        them = "it" if done.skipped == 1 else "them"
        print(f"{left} left out (above); fix {them} in the source and import again with --force",
              file=sys.stderr)  # fmt: skip
