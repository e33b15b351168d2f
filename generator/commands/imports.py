"""``explainer import FORMAT SOURCE --story ID``: a timeline made elsewhere as a new story.

For ``import timelinejs``, SOURCE is a TimelineJS3 JSON file or the CSV of its Google Sheets
template, or the address of either (the sheet's, or the TimelineJS embed link's:
``importers/remote.py``). The story is
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

``explainer import storymapjs SOURCE`` and ``explainer import sheet FILE [--column
FIELD=HEADER]`` are the same import (``import_timeline``, its ``kind``) of a StoryMapJS story
with the places its slides show (``importers/storymapjs.py``), and of a newsroom's own sheet
(columns of its own naming, ``importers/own_sheet.py``) with the figures and places its rows
name (``importers/own_fields.py``).

The import itself, step by step, is ``importers/run.py``; this command checks its
arguments, calls it, and says (``report``) each slide it could not carry over, what it
wrote, copied and downloaded, and the notes.
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Sequence

from generator.content.files import require_folder
from generator.content.ids import invalid_id, reserved_story_id
from generator.content.kinds import COLLECTIONS, MEDIA_FOLDER, Kind
from generator.errors import UsageError, one_line
from generator.i18n import languages
from generator.importers.imported import Imported
from generator.importers.own_sheet import SHEET, OwnSheet, parse_columns
from generator.importers.run import import_story
from generator.importers.storymapjs import STORYMAP
from generator.importers.write import not_a_folder
from generator.report import plural

FORMATS = ("timelinejs", STORYMAP, SHEET)
"""The formats ``explainer import`` reads, as its command line names them."""


def import_timeline(
    *,
    source: str,
    story: str,
    content: str,
    kind: str = "timelinejs",
    columns: Sequence[str] = (),
    force: bool = False,
    today: datetime.date | None = None,
    language: str | None = None,
    keep_remote_pictures: bool = False,
) -> Imported:
    """Convert ``source`` into the story ``story`` in ``content``; UsageError or ContentError
    (nothing written) when it cannot. ``kind``: the source's format, 'timelinejs' (its JSON
    or sheet), 'storymapjs' (``importers/storymapjs.py``) or 'sheet', a newsroom's own sheet
    (``importers/own_sheet.py``), its columns named by ``columns`` (``--column
    FIELD=HEADER``) where its headers are not known: a UsageError for any other format,
    which has no columns to name. ``language``: the story's, when it is not the site's
    (written in story.yaml; the source's display dates are read in it too).
    ``keep_remote_pictures``: pictures at https:// addresses keep them, not downloaded.
    The figure and place files written are the result's ``made``."""
    if kind not in FORMATS:
        # The command line offers only these; a caller naming another would have its
        # source read as TimelineJS without a word.
        raise UsageError(f"{kind!r} is not a format the import reads: {', '.join(FORMATS)}")
    if columns and kind != SHEET:
        raise UsageError(f"--column names a column of a newsroom's own sheet, not of {kind}: "
                         "import it as 'sheet', or leave --column out")  # fmt: skip
    sheet = own_sheet(columns) if kind == SHEET else None
    language = _checked(story, content, force, language)
    return import_story(
        source=source,
        story=story,
        content=content,
        today=today,
        language=language,
        keep_remote_pictures=keep_remote_pictures,
        kind=kind,
        sheet=sheet,
    )


def own_sheet(columns: Sequence[str]) -> OwnSheet:
    """How a newsroom's own sheet is read, its ``--column FIELD=HEADER`` options
    ``columns`` checked (UsageError for one that names no field)."""
    return OwnSheet(parse_columns(list(columns)))


def _checked(story: str, content: str, force: bool, language: str | None) -> str | None:
    """The arguments of an import checked (UsageError when one will not do), and the
    story's language as written."""
    if (refused := invalid_id(story, "story") or reserved_story_id(story)) is not None:
        raise UsageError(refused)
    if language is not None and (why := languages.refused(language)) is not None:
        raise UsageError(why)
    if language is not None:  # 'in', as Android writes Indonesian: written 'id', which check asks for
        language = languages.current_code(language) or language
    require_folder(content, "content")
    folder = os.path.join(content, story)
    if os.path.islink(folder) or (os.path.lexists(folder) and not os.path.isdir(folder)):
        raise UsageError(f"{folder} is not a folder; nothing was written")
    if os.path.lexists(folder) and not force:
        raise UsageError(
            f"{folder} already exists; nothing was written (--force replaces its story.yaml and events)"
        )
    # Its media/, events/ and the figures/ and locations/ an import writes files into, as
    # links (or files), would be followed by what --force reads and writes: refused first,
    # as check refuses them (the folders inside media/ that pictures go into are, once
    # they are known: ``write_story``).
    for sub in (MEDIA_FOLDER, *(kind.value for kind in COLLECTIONS)):
        if (why := not_a_folder(os.path.join(folder, sub))) is not None:
            raise UsageError(why)
    return language


def _pages(names: tuple[str, ...]) -> str:
    """Figure and place files ('figures/ann.yaml') counted by kind: '2 figures and 1 place'."""
    figures = sum(name.startswith(f"{Kind.FIGURE.value}/") for name in names)
    places = len(names) - figures
    return " and ".join(plural(n, w) for n, w in ((figures, "figure"), (places, "place")) if n)


def report(done: Imported, source: str) -> None:
    """What an import from ``source`` says: each slide it could not carry over (above
    the rest), what it wrote, copied and downloaded, its notes, and last, when slides were left
    out, what to do about them."""
    for said in done.reports:
        print(one_line(str(said)), file=sys.stderr)  # a cell's line break quoted: one line still
    events = plural(len(done.story.events), "event")
    if done.downloaded_from:
        print(f"downloaded the timeline from {done.downloaded_from}")
    print(f"imported {events} into {done.folder}{os.sep}")
    if done.made:  # the figure and place files the source names that the story had not
        print(f"wrote {_pages(done.made)} into {done.folder}{os.sep}")
    if done.pages_kept:  # those it had (imported again): the editor's, not written over
        as_is = "as it is" if len(done.pages_kept) == 1 else "as they are"
        print(f"kept {_pages(done.pages_kept)} already in {done.folder}{os.sep} {as_is}")
    media = os.path.join(done.folder, MEDIA_FOLDER) + os.sep
    if done.copied:  # files the editor has twice now: where from, where to
        print(f"copied {plural(done.copied, 'picture')} from {done.copied_from} into {media}")
    if done.kept_pictures:  # imported again: the story's media held those very bytes
        print(f"kept {plural(done.kept_pictures, 'picture')} already in {media} (the same bytes)")
    if done.downloaded:
        print(f"downloaded {plural(done.downloaded, 'picture')} into {media}")
    for note in done.notes(source):
        print(one_line(f"note: {note}"), file=sys.stderr)
    if done.skipped:
        eras = sum(r.skipped and r.era for r in done.reports)
        slides = done.skipped - eras
        left = " and ".join(
            plural(n, word) for n, word in ((slides, done.unit), (eras, "era")) if n
        )  # eras are not slides: "2 slides and 1 era"; a sheet's are rows: "2 rows"
        them = "it" if done.skipped == 1 else "them"
        print(f"{left} left out (above); fix {them} in the source and import again with --force",
              file=sys.stderr)  # fmt: skip
