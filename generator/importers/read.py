"""Reading the file imported: TimelineJS3 JSON or the CSV of its spreadsheet, told apart
by the file's name (or, failing that, its first character), in the encodings Excel and
Google Sheets save in. The file is read whole, up to ``MAX_SOURCE_BYTES``; one that cannot
be read is refused before anything is written.
"""

from __future__ import annotations

import os

from generator.content import files
from generator.content.filetext import decode
from generator.errors import ContentError, Problem, UsageError
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report, Timeline
from generator.importers.timelinejs import read_json

MAX_SOURCE_BYTES = 50_000_000


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
