"""What a slide had that pages do not carry, said rather than dropped silently.

- Pictures, players and scripts inside a slide's text or headline (how Flourish,
  Datawrapper and social posts embed): only the words are kept (``media_in_text``).
- A slide that is written with a background, a media thumbnail or link, or links the sanitiser
  removes (or any link in a field that becomes plain text), and the title slide with a
  display date, a start date or an end date (a story has no date of its own to show):
  one report for the slide, naming the file it became and counting each thing by kind
  (``left_out``), in the sheet's column names or JSON's keys, as the timeline was given.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.importers.dates import given
from generator.importers.html import dropped_links, to_text
from generator.importers.slides import Report, Slide, in_a_list

_MEDIA_IN_TEXT = re.compile(r"<(img|svg|canvas|iframe|video|audio|object|embed|script)\b", re.IGNORECASE)
"""A picture (a file's, or one drawn in the text: an SVG chart pasted whole), a player or
a script (how Flourish, Datawrapper and social posts embed) inside a slide's text, which
the import leaves out."""


def media_in_text(text_html: str | None, slide: Slide, reports: list[Report], field: str = "text") -> None:
    """Say so when a slide's text (or its headline, ``field``) holds pictures, players or
    scripts: only the text is kept. Each kind is named once."""
    tags = list(dict.fromkeys(t.lower() for t in _MEDIA_IN_TEXT.findall(text_html or "")))
    if not tags:
        return
    named = in_a_list([f"<{t}>" for t in tags])
    verb, fix = ("is", "give it") if len(tags) == 1 else ("are", "give a picture or player")
    said = f"the {named} inside the {field} {verb} left out; {fix} as the slide's media"
    if str(slide.get("media", "url") or "").strip():
        # The slide has its media: 'give it as the slide's media' would lose that one.
        them = "it" if len(tags) == 1 else "them"
        said = (
            f"the {named} inside the {field} {verb} left out, and the slide has its media already; "
            f"link to {them} in the text instead"
        )
    elif "script" in tags:
        said += " (a chart or a post embedded with a script: link to it instead)"
    reports.append(Report(slide.at("text", field), said))


_LINK_FIELDS = {
    ("text", "headline"): ("headline", "Headline"),
    ("text", "text"): ("text", "Text"),
    ("media", "caption"): ("media's caption", "Media Caption"),
    ("media", "credit"): ("media's credit", "Media Credit"),
    ("media", "url"): ("media", "Media"),
    ("display_date",): ("display date", "Display Date"),
    ("group",): ("group", "Group"),
}
"""The fields of a slide whose links may be left out, as JSON and the sheet name them."""
_PLAIN_FIELDS = {
    ("text", "headline"): "a title is plain text",
    ("media", "credit"): "a credit is plain text",
    ("display_date",): "a display date is plain text",
    ("group",): "a tag is a name",
}
"""The fields of a slide that become plain text, so lose every link, and why."""
MAX_SHOWN = 3
"""The most addresses a report names; more are counted."""


_SIZE = re.compile(r"\.[0-9]+\.(?:jpg|png)$")
"""The end of a picture's address in a site this builds: ``photo.jpg.240.jpg``, its width
and format after the file's own name."""


def _a_size_of(thumbnail: str, url: object) -> bool:
    """Whether ``thumbnail`` is another size of the picture at ``url``, as a story's own
    ``timeline.json`` and ``timeline.csv`` give it: nothing is lost in leaving it out."""
    if not isinstance(url, str) or not _SIZE.search(url):
        return False
    return _SIZE.sub("", thumbnail.strip()) == _SIZE.sub("", url.strip())


def left_out(slide: Slide, written: str, *, title: bool = False) -> Report | None:
    """One report of what the slide that became ``written`` had that pages do not carry:
    its background, its media's thumbnail and link, and links whose addresses are not safe
    (or in the headline, the media's credit, the display date or the group, which are
    plain text); of the ``title``
    slide, its display, start and end dates too (a story has no date of its own to show).
    None when it had none of these."""
    sheet = not slide.pointer  # named as the sheet's columns, or as JSON's keys
    kinds: list[str] = []
    said: list[str] = []
    if title and (dated := _title_dates(slide, sheet, kinds)):
        # The story's title, summary and picture come from the title slide; its dates
        # ('2010-2012', or a start and an end) have no field to go into: the events'
        # dates say when.
        why = "a story has no date of its own to show; write it into the summary if it matters"
        said.append(f"{in_a_list(dated)} ({why})")
    background = slide.get("background")
    given = [
        f"{kind} {_shown(value)}"
        for key, kind in (("color", "colour"), ("url", "picture"))
        if isinstance(background, Mapping) and isinstance(value := background.get(key), str) and value.strip()
    ]
    if given:
        kinds.append("Background")
        name = "Background" if sheet else "background"
        said.append(f"the {name} {' and '.join(given)} (pages have no slide backgrounds)")
    thumbnail = slide.get("media", "thumbnail")
    if (
        isinstance(thumbnail, str)
        and thumbnail.strip()
        and not _a_size_of(thumbnail, slide.get("media", "url"))
    ):
        kinds.append("Media Thumbnail")
        name = "Media Thumbnail" if sheet else "media's thumbnail"
        said.append(f"the {name} {_shown(thumbnail)} (pages make the small picture from the picture itself)")
    link = slide.get("media", "link")
    if isinstance(link, str) and link.strip() and str(slide.get("media", "url") or "").strip():
        # TimelineJS makes the media a link to another address; pages show no such link.
        kinds.append("link")
        said.append(f"the media's link {_shown(link)} (pages show no link on a picture; cite it as a source)")
    for keys, (json_name, column) in _LINK_FIELDS.items():
        value = slide.get(*keys)
        if title and keys == ("display_date",):
            continue  # left out whole, above
        if not isinstance(value, str) or (keys == ("media", "url") and not value.lstrip().startswith("<")):
            continue  # media given as an address, not as HTML, has no links inside
        plain = _PLAIN_FIELDS.get(keys)
        if hrefs := dropped_links(value, plain=plain is not None):
            kinds += ["link"] * len(hrefs)
            why = plain or "not a safe http(s) or mailto address"
            said.append(f"{_links(hrefs, column if sheet else json_name)} ({why}; the words stay)")
    if not said:
        return None
    return Report(slide.where, "left out: " + "; ".join(said), written=written, left_out=tuple(kinds))


_DATE_COLUMNS = {
    "year": "Year",
    "month": "Month",
    "day": "Day",
    "hour": "Time",
    "minute": "Time",
    "second": "Time",
}
"""The sheet's column each part of a TimelineJS date is read from (``End Year``... for an
end date)."""


def _title_dates(slide: Slide, sheet: bool, kinds: list[str]) -> list[str]:
    """The title slide's display date, start date and end date, each as the report names
    and quotes it (in the sheet's column names or JSON's keys), its kind added to
    ``kinds``: none has a field of the story to go into."""
    dated: list[str] = []
    shown = slide.get("display_date")
    worded = isinstance(shown, (str, int, float)) and not isinstance(shown, bool)
    if worded and (words := to_text(str(shown))):
        kinds.append("Display Date")
        dated.append(f"the {'Display Date' if sheet else 'display_date'} {_shown(words)}")
    for key, prefix, kind in (("start_date", "", "Start Date"), ("end_date", "End ", "End Date")):
        value = slide.get(key)
        if isinstance(value, Mapping):
            parts = {part: str(value[part]).strip() for part in _DATE_COLUMNS if given(value.get(part))}
            words = _date_words(parts)
            inner = value.get("display_date")
            if isinstance(inner, (str, int, float)) and not isinstance(inner, bool) and to_text(str(inner)):
                # A date object's own display date ('Spring 2010'), as TimelineJS shows it.
                words = f"{words}, shown as {to_text(str(inner))}" if words else to_text(str(inner))
        else:  # not a date object (a JSON "2010"): quoted as it is
            parts = {}
            words = str(value).strip() if given(value) and not isinstance(value, (bool, list)) else ""
        if not words:
            continue
        kinds.append(kind)
        if sheet:
            columns = list(dict.fromkeys(prefix + _DATE_COLUMNS[part] for part in parts)) or [f"{prefix}Year"]
            named = in_a_list(columns)
        else:
            named = key
        dated.append(f"the {named} {_shown(words)}")
    return dated


def _date_words(parts: dict[str, str]) -> str:
    """A date's parts as they were given, written as a date is (``2010-04-07 14:30``):
    numbers with two digits, anything else as it is."""

    def two(part: str) -> str:
        value = parts[part]
        return f"{int(value):02d}" if value.isdecimal() else value  # not isdigit: '²' is no int

    words = parts.get("year", "")
    for part in ("month", "day"):
        if part in parts:
            words += f"-{two(part)}"
    clock = ":".join(two(part) for part in ("hour", "minute", "second") if part in parts)
    return f"{words} {clock}".strip()


def _links(hrefs: list[str], field: str) -> str:
    """The links to ``hrefs`` in ``field``: each address named, up to ``MAX_SHOWN``."""
    if len(hrefs) == 1:
        return f"the link to {_shown(hrefs[0])} in the {field}"
    named = [_shown(h) for h in hrefs[:MAX_SHOWN]]
    if len(hrefs) > MAX_SHOWN:
        listed = ", ".join(named) + f" and {len(hrefs) - MAX_SHOWN} more"
    else:
        listed = in_a_list(named)
    return f"{len(hrefs)} links in the {field}, to {listed}"


def _shown(value: str, limit: int = 40) -> str:
    """``value`` quoted on one line, shortened to ``limit`` characters."""
    text = " ".join(value.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"
