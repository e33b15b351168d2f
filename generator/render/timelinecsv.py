"""``<story>/timeline.csv``: the story's events as rows of TimelineJS's Google Sheets
template, for a newsroom that works in spreadsheets.

Its columns are the template's, in its order (``COLUMNS``, which
``explainer import timelinejs`` reads: ``importers/sheet.py``): a title row (``Type`` ``title``: the
story's title, summary and lead picture), then one row per event in timeline order,
with its dates in the Year, Month, Day and Time cells (End ... for a span), the date as
the pages show it, its headline, its summary as HTML, its picture's address, credit and
caption, and its first tag as its Group (as the pages show it: ``timelinejs.shown_tag``)
where ``timeline.json`` gives groups (``timelinejs.grouped``). The same events as
``story.json``: none of a draft.

TimelineJS inserts Headline, Text, Display Date, Group, Media Credit and Media Caption
as HTML, so each is HTML here too: plain text as the pages show it with ``&``, ``<`` and
``>`` escaped, Markdown as the pages' HTML. Display Date and Group it first reduces to
their text, which undoes one escaping, so theirs is escaped twice, as in
``timeline.json``; in Text, Media Caption and Media Credit it makes links of addresses,
which ``timelinejs.unlinkable`` keeps from taking in an apostrophe. Quotation marks are
left as they are, so the sheet reads as the pages do (``Bakiyev's``, not ``Bakiyev&#x27;s``).

A spreadsheet takes a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or
a carriage return) as a formula, which an editor's text must never become (OWASP's
"CSV injection"). OWASP's remedy, a ``'`` before it, would show in the sheet, in the
TimelineJS made from it and in what the importer reads back, unless every reader knew
to strip it. Here every such cell is one TimelineJS reads as HTML, and its first
character is written as its character reference instead (``&#45;30 °C``): no longer a
formula to Excel, LibreOffice or Google Sheets, and the very same text to TimelineJS
and to the importer, which read HTML. The cells that are not HTML (numbers, addresses,
the type) never start with one of these characters.

The file is UTF-8 with a byte-order mark, which Excel needs to read it as UTF-8 (a
story in Kyrgyz or Arabic would otherwise open garbled), and its lines end in CRLF, as
RFC 4180 says; Google Sheets, LibreOffice and the importer read both.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from generator.content.dates import PartialDate
from generator.content.model import Event, Image, Story
from generator.render import links
from generator.render.timelinejs import (
    Markdown,
    grouped,
    image_url,
    shown_html,
    shown_tag,
    thumbnail_url,
    twice_escaped,
    unlinkable,
    when_in,
)

DATE_COLUMNS = ("Year", "Month", "Day", "Time")
"""The template's columns of a date; its end's are named 'End Year' and so on."""

COLUMNS = (
    *DATE_COLUMNS, *(f"End {column}" for column in DATE_COLUMNS),
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip
"""The columns of TimelineJS's Google Sheets template, in its order: what this file
writes and the importer reads (``importers/sheet.py``), defined here, where the pages'
build finds it without loading the importer's HTML converters."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list)."""


def inert(cell: str) -> str:
    """An HTML cell that no spreadsheet reads as a formula: its first character, when it
    is one of ``FORMULA_STARTS``, written as its character reference."""
    if cell.startswith(FORMULA_STARTS):
        return f"&#{ord(cell[0])};{cell[1:]}"
    return cell


def _text(text: str | None) -> str:
    """Plain text (a headline, a credit) as an HTML cell."""
    return inert(html.escape(text or "", quote=False))


def _stripped_text(text: str) -> str:
    """Plain text (the date as shown, a tag) as a cell TimelineJS takes the markup out of
    before it inserts it as HTML (``timelinejs.twice_escaped``)."""
    return inert(twice_escaped(text))


def _time(date: PartialDate) -> str:
    if date.hour is None:
        return ""
    time = f"{date.hour:02d}:{date.minute or 0:02d}"
    return time if date.second is None else f"{time}:{date.second:02d}"


def _date_cells(date: PartialDate | None, prefix: str = "") -> dict[str, str]:
    """Year, Month, Day and Time (or End ... with ``prefix``) as the template holds them."""
    if date is None:
        return {}
    parts = (date.year, date.month, date.day, _time(date) or None)
    return {f"{prefix}{name}": str(part) for name, part in zip(DATE_COLUMNS, parts, strict=True) if part}


Cells = dict[str, str]

_QUOTED = re.compile('[",\r\n]')
"""What makes a cell be written in quotes."""


def line(cells: Cells) -> str:
    """One row of the CSV, its cells in ``COLUMNS`` order, as the ``csv`` module writes
    them (minimal quoting, '"' doubled, CRLF at the end); written here in one expression,
    since a row is remembered as its text between the preview's builds."""
    values = [cells.get(column, "") for column in COLUMNS]
    quoted = ['"' + v.replace('"', '""') + '"' if v and _QUOTED.search(v) else v for v in values]
    return ",".join(quoted) + "\r\n"


def export(
    story: Story,
    md: Markdown,
    base_url: str | None,
    language: str,
    linkable: frozenset[str] | None = None,
    event_row: Callable[[Event, Callable[[], str]], str] | None = None,
) -> bytes:
    """``timeline.csv`` of ``story`` (as published: ``published.without_draft_events``),
    its dates as shown written in ``language``. ``linkable``: ``links.story_pages`` of
    it, where known already; ``event_row(event, make)`` may return an event's row (its
    line of text) remembered from an earlier build."""
    folder = links.story_folder_url(story.id, base_url) or None
    linkable = links.story_pages(story) if linkable is None else linkable
    when: Callable[[Event], str] = when_in(language)

    def html_of(text: str | None) -> str:
        return inert(shown_html(md, text, folder, linkable)) if text else ""

    def media(image: Image | None) -> Cells:
        if image is None:
            return {}
        credit = unlinkable(_text(image.credit))
        cells = {"Media": image_url(image, folder), "Media Credit": credit}
        cells["Media Thumbnail"] = thumbnail_url(image, folder) or ""
        return cells | {"Media Caption": html_of(image.caption)}

    title = {"Headline": _text(story.title), "Text": html_of(story.summary), **media(story.image)}
    lines = [line(dict(zip(COLUMNS, COLUMNS, strict=True))), line({**title, "Type": "title"})]
    group = grouped(story)
    for event in story.events:

        def make(event: Event = event) -> str:
            return line(
                {
                    **_date_cells(event.date),
                    **_date_cells(event.end, "End "),
                    "Display Date": _stripped_text(when(event)),
                    "Headline": _text(event.title),
                    "Text": html_of(event.summary),
                    **media(event.image),
                    "Group": _stripped_text(shown_tag(event.tags[0], language))
                    if group and event.tags
                    else "",
                }
            )

        lines.append(event_row(event, make) if event_row else make())
    return ("\ufeff" + "".join(lines)).encode("utf-8")
