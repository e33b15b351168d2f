"""The story as TimelineJS3 JSON, so newsrooms that embed TimelineJS can reuse it.

Format: ``{"title": slide, "events": [slide, ...]}`` where a slide has ``start_date``
and ``end_date`` (objects of year/month/day/hour/minute/second strings),
``display_date``, ``text`` (``headline`` and HTML ``text``), ``media``, ``unique_id``
and ``group`` (the event's first tag as the story's pages show it, ``shown_tag``, where
the story's tags make few groups: ``grouped``).
TimelineJS has no time zones, so times are given as written.
TimelineJS3 inserts ``headline``, ``text``, ``display_date``, ``group`` and the media
``caption`` and ``credit`` with ``innerHTML`` (``media/types/Text.js``,
``media/Media.js``, ``slider/SlideNav.js``, ``timenav/TimeMarker.js``,
``timenav/TimeGroup.js``), so every one of them is either escaped plain text (titles,
the date as shown, the group, the credit) or Markdown through the pages' own sanitiser
(summaries, captions). The date as shown and the group it first takes the markup out
of (``core/TimelineConfig.js``: the text of the field read as HTML), which undoes one
escaping: they are escaped twice (``twice_escaped``). In the text and the media's
caption and credit it makes links of addresses after its sanitiser, in single quotes,
which an apostrophe must not end (``unlinkable``). ``alt`` and ``url`` are set as DOM
properties and stay as written. Local media get absolute URLs when the site's base_url is known (the
JSON is read from the embedding page), pictures and links to media in Markdown alike.
"""

from __future__ import annotations

import bisect
import html
import json
import re
from collections.abc import Callable
from typing import Any

from generator.content.dates import PartialDate
from generator.content.model import Event, Image, Story
from generator.i18n.dates import for_tag
from generator.i18n.languages import ENGLISH
from generator.i18n.typography import typeset
from generator.patterns import later
from generator.render.links import in_story_folder, story_folder_url, story_media_at, story_pages

DATE_PARTS = ("year", "month", "day", "hour", "minute", "second")
"""The fields of a TimelineJS date object that explainer writes and the import reads."""


def date_parts(date: PartialDate) -> dict[str, str]:
    return {name: str(v) for name in DATE_PARTS if (v := getattr(date, name)) is not None}


Markdown = Callable[[str | None], str]


_TAG = later(r'<(?:[^<>"]|"[^"]*")*>')
"""A tag of the sanitised HTML (whose attributes are in double quotes)."""
_SPACE = later(r"[ \t\n\r\f\v]")
"""What ends an address TimelineJS3's ``linkify`` makes of a run of text: its ``\\S+``
runs to the next space, over tags, ``&nbsp;`` and every other space but ASCII's (which
the sanitiser it runs first writes as characters or references: never as a space)."""
_APOSTROPHE = later(r"'|&#x0*27;|&#0*39;|&apos;", re.IGNORECASE)
"""An apostrophe, as the character or a reference: the sanitiser TimelineJS3 runs first
writes a reference out as the character."""
_WWW = re.compile(r"www\.", re.IGNORECASE)


def unlinkable(text_html: str) -> str:
    """HTML for a field TimelineJS3 makes links in after its sanitiser: ``text``, and the
    media's ``caption`` and ``credit`` (``linkify`` in ``core/Util.js``, under its
    default ``autolink``). It writes an address it finds as ``<a href='...'>``, one
    that starts 'www.' running to the next space (``_SPACE``), so an apostrophe later in
    that run (a code span keeps its straight ones: `` `www.x'onmouseover='...'` ``)
    would close the ``href`` and open an attribute of its own. No reference to the
    apostrophe helps: its sanitiser writes the text out again first, apostrophes as they
    are. So such a 'www' in a text is followed by ``<wbr>``, a place a line may break,
    which shows nothing and is no link to TimelineJS; every other text, and a 'www.' after
    a slash (where its pattern makes no link) or in an attribute's value, is left as it
    is; but not in the value of a tag a 'www.' before it in its run takes in (there the
    value is text to TimelineJS, and its address gets a ``<wbr>`` too).
    Only the runs that hold a 'www.' are read, each once, however many it holds."""
    out: list[str] = []
    kept = 0
    run_end = last = -1  # the end of the run of the 'www.' before, and its last apostrophe
    tags: list[tuple[int, int]] | None = None
    starts: list[int] = []
    spaces: list[int] = []
    wwws = [found.start() for found in _WWW.finditer(text_html)]
    for at in wwws:
        if at >= run_end:
            space = _SPACE().search(text_html, at)
            run_end = space.start() if space else len(text_html)
            last = max((m.start() for m in _APOSTROPHE().finditer(text_html, at, run_end)), default=-1)
        if last < at + 4:
            continue  # no apostrophe after it in its run: its link ends before any
        if at and text_html[at - 1] == "/":
            # No link starts at a 'www.' after a slash ('https://www.x.org/it's' in a code
            # span or an address's words): TimelineJS's link of the address there ends at
            # the apostrophe, and a <wbr> would end it after 'https://www'.
            continue
        if tags is None:
            tags = [(m.start(), m.end()) for m in _TAG().finditer(text_html)]
            starts = [start for start, _ in tags]
            spaces = [m.start() for m in _SPACE().finditer(text_html)]
        tag = bisect.bisect_left(starts, at) - 1
        if tag >= 0 and at < tags[tag][1]:
            # In an attribute's value, inside double quotes, where a link stays inside
            # them; unless a 'www.' before the tag in its run ('www.x<a href=...') makes a
            # link that takes in the tag's '<a', and leaves its attributes as text.
            opener = tags[tag][0]
            gap = bisect.bisect_left(spaces, opener) - 1  # the space before the tag's run
            before = bisect.bisect_left(wwws, spaces[gap] + 1 if gap >= 0 else 0)
            if wwws[before] >= opener:
                continue
        out += (text_html[kept : at + 3], "<wbr>")
        kept = at + 3
    return "".join(out) + text_html[kept:]


def twice_escaped(text: str) -> str:
    """Plain text for a field TimelineJS3 reads as HTML twice: ``display_date`` and
    ``group``, which ``core/TimelineConfig.js`` reduces to their text (``stripMarkup``:
    the field parsed as HTML, its ``textContent``) before ``innerHTML`` parses that
    again. Escaped once, '&lt;img onerror=...&gt;' would come out of the first as
    markup and run in the second; escaped twice, the first gives the text escaped once
    and the second shows it as written. Quotation marks stay as they are: they mean
    nothing in text."""
    return html.escape(html.escape(text, quote=False), quote=False)


def shown_tag(tag: str, language: str) -> str:
    """A tag as the story's pages in ``language`` show it (its quotes and dashes set, as
    the filter and the event's page set them, "L’incendie"): a slide's ``group`` is a
    label readers see. The import takes it back to the tag it shows (``convert``)."""
    return typeset(tag, language)


def when_in(language: str) -> Callable[[Event], str]:
    """An event's date as shown, in ``language``, with a negative UTC offset's ASCII
    hyphen-minus ('(UTC-3)'): the JSON is data, which the importer reads back
    (importers/dates.py), where pages write the minus sign."""
    return for_tag(language, minus="-").when


def story_html(md: Markdown, text: str | None, story_url: str | None, linkable: frozenset[str]) -> str:
    """Markdown as HTML, its links to the story's media absolute when the address is known
    (else relative to the file, in the story's folder), and its links to the story's
    events, figures and places leading to their pages, and to a place on a page to the
    story page's (``story_media_at``): as a story's data files (this one, ``storyjson``,
    ``sheet``) give a text."""
    return story_media_at(str(md(text)), story_url or "", linkable, away=True)


def shown_html(md: Markdown, text: str | None, story_url: str | None, linkable: frozenset[str]) -> str:
    """``story_html`` for a field TimelineJS3 makes links in (``unlinkable``): a slide's
    text and a picture's caption, here and in the spreadsheet's cells."""
    return unlinkable(story_html(md, text, story_url, linkable))


def image_url(image: Image, story_url: str | None) -> str:
    """A picture's address in a story's data files: at its address, or relative to the
    file (in the story's folder) without one. A picture the build resized is its largest
    JPEG or PNG (the original is not published)."""
    if image.picture is not None:
        return in_story_folder(image.picture.largest.path, story_url or "")
    return story_url + image.href if image.is_local and story_url else image.href


def thumbnail_url(image: Image, story_url: str | None) -> str | None:
    """The address of a resized picture's smallest JPEG or PNG, for TimelineJS's markers
    (``timenav/TimeMarker.js`` shows a media's ``thumbnail`` there, else only an icon of
    its kind); None for a picture published as it is, which has no smaller size."""
    if image.picture is None or len(image.picture.fallback.renditions) < 2:
        return None
    return in_story_folder(image.picture.fallback.renditions[0].path, story_url or "")


def _media(image: Image, md: Markdown, story_url: str | None, linkable: frozenset[str]) -> dict[str, str]:
    """A picture as slide media (``image_url``, ``thumbnail_url``)."""
    media = {"url": image_url(image, story_url), "alt": image.alt}
    thumbnail = thumbnail_url(image, story_url)
    if thumbnail is not None:
        media["thumbnail"] = thumbnail
    if image.caption:
        media["caption"] = shown_html(md, image.caption, story_url, linkable)
    if image.credit:
        media["credit"] = unlinkable(html.escape(image.credit))
    return media


MAX_GROUPS = 4
"""The most rows of groups a story's export asks of TimelineJS (``grouped``): what its
band under the slides holds at its default height in an article (650 pixels). Measured
with TimelineJS 3.9.11 in Chromium, a fifth row took 20 pixels from the slides, a sixth
50 and an eighth 110; a story of a tag an event would give the slides a third of it."""


def grouped(story: Story) -> bool:
    """Whether the story's slides carry their event's first tag as their ``group``.

    TimelineJS3 draws each group on a row of its own (or more) in the band of markers
    under the slides, labelled at its left, in the order the groups first come; events
    without a group share one row below, unlabelled. The band grows by a row's height
    (30 pixels) for each row beyond the few it has room for, taking the height from the
    slides. Beyond ``MAX_GROUPS`` rows the slides of a timeline in an article would be
    squeezed, and the markers of one tag spread thin: then no slide has a group."""
    firsts = {event.tags[0] if event.tags else "" for event in story.events}
    return bool(firsts - {""}) and len(firsts) <= MAX_GROUPS


def _slide(
    event: Event,
    md: Markdown,
    story_url: str | None,
    when: str,
    linkable: frozenset[str],
    group_in: str | None = None,
) -> dict[str, Any]:
    slide: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": date_parts(event.date),
    }
    if event.end is not None:
        slide["end_date"] = date_parts(event.end)
    slide["display_date"] = twice_escaped(when)
    slide["text"] = {
        "headline": html.escape(event.title),
        "text": shown_html(md, event.summary, story_url, linkable),
    }
    if event.image is not None:
        slide["media"] = _media(event.image, md, story_url, linkable)
    if group_in is not None and event.tags:
        # Its label is inserted with innerHTML (``timenav/TimeGroup.js``) once its markup
        # is taken out: the tag as the story's pages (in ``group_in``) show it.
        slide["group"] = twice_escaped(shown_tag(event.tags[0], group_in))
    return slide


def export(
    story: Story,
    md: Markdown,
    base_url: str | None,
    slide_json: Callable[[Event, Callable[[], str]], str] | None = None,
    when: Callable[[Event], str] | None = None,
    linkable: frozenset[str] | None = None,
    language: str | None = None,
) -> bytes:
    """The story as TimelineJS JSON. ``slide_json(event, make)`` may return a cached slide;
    ``when(event)`` is the date as shown, in the story's language (English if not given);
    ``linkable``: ``story_pages`` of the story, where known already; ``language``: that
    of its pages (the story's, else English), in which its groups are shown."""
    language = language or story.pages_language(ENGLISH)
    shown = when or when_in(language)
    story_url = story_folder_url(story.id, base_url) or None
    linkable = story_pages(story) if linkable is None else linkable
    title: dict[str, Any] = {
        "text": {
            "headline": html.escape(story.title),
            "text": shown_html(md, story.summary, story_url, linkable),
        },
        # The story's id: imported again, the links to its pages are known by it (``convert``).
        "unique_id": story.id,
    }
    if story.image is not None:  # the lead picture, as an imported title slide's picture becomes it
        title["media"] = _media(story.image, md, story_url, linkable)
    slides = []
    group_in = language if grouped(story) else None
    for event in story.events:

        def make(event: Event = event) -> str:
            return _dumps(_slide(event, md, story_url, shown(event), linkable, group_in))

        slides.append(slide_json(event, make) if slide_json else make())
    return ('{"title":' + _dumps(title) + ',"events":[' + ",".join(slides) + "]}\n").encode("utf-8")


def _dumps(data: Any) -> str:
    # Compact on purpose: with ``indent`` the json module falls back to its slow Python encoder.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
