"""A timeline given by its address, downloaded for the import: a Google Sheet (the address
in the browser's bar, its 'Publish to web' link, or the key alone), the link of its
TimelineJS embed or the embed code itself (which name the sheet, or a JSON file, and the
language of the timeline's buttons), or a TimelineJS JSON file at an ``https://`` address.

A newsroom's timeline lives in Google Sheets, and TimelineJS reads it from there: the
sheet's address, or the embed link the newsroom already has, is all it needs to import it
in one command, with no CSV to download and keep. The sheet is asked for as CSV
(``docs.google.com``'s own export), which TimelineJS can read only when the sheet is open
to anyone with its link or published to the web, as TimelineJS itself needs it.

The download is a picture's (``fetch.py``): ``https://`` only, public sites only, time
and size limits; and the file is kept in a folder of its own, so that the pictures the
timeline names by relative address (beside a file on the editor's computer) are looked
for in that empty folder, never among the editor's files.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qs, quote, urlsplit

from generator.errors import UsageError, one_line
from generator.importers.fetch import Fetcher, NotFetched, host_named

GOOGLE_SHEETS = "https://docs.google.com/spreadsheets"
"""Where Google Sheets keeps a sheet, and its export (a test's server stands in for it)."""
_SHEET_KEY = re.compile(r"[-_A-Za-z0-9]{20,}")
"""A Google Sheet's key, as its address and a TimelineJS embed's ``source`` write it
(44 letters, digits, '-' and '_' in practice)."""
_EMBED_HOSTS = ("cdn.knightlab.com", "timeline.knightlab.com")
"""Where TimelineJS's embed pages are: their ``source`` names the timeline."""
TIMELINEJS_LANGUAGES = {"zh-cn": "zh-Hans", "zh-tw": "zh-Hant", "sr-cy": "sr"}
"""TimelineJS's own codes for a language (its ``lang``) that are no language tag of
their own or name another script, by the tag meant."""


class _IframeSource(HTMLParser):
    """The address in an embed code ('<iframe src="..." ...>'), as TimelineJS gives it to
    paste: the first iframe's first ``src``, as a browser reads it, and not a ' src=' inside
    another attribute's value ('<iframe title="a src=\'...\'" src="...">')."""

    def __init__(self) -> None:
        super().__init__()
        self.found = False
        self.src: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe" and not self.found:
            self.found = True
            self.src = next((value for name, value in attrs if name == "src"), None)


def _iframe_source(text: str) -> str | None:
    """The address of the embed code ``text`` (``_IframeSource``), if it is one."""
    if "<iframe" not in text.lower():
        return None
    parser = _IframeSource()
    parser.feed(text)
    parser.close()
    return parser.src


@dataclass(frozen=True)
class Address:
    """Where to download a timeline from, and what is known of it beforehand."""

    url: str
    """What is downloaded."""
    given: str
    """The address as the editor gave it."""
    extension: str
    """'.csv' or '.json' when the address says which (a sheet is CSV), else ''."""
    sheet: bool = False
    """Whether it is a Google Sheet (asked for as CSV)."""
    language: str | None = None
    """The language the embed asks TimelineJS's buttons in (``lang``), but English, its
    default, which says nothing of the timeline's own."""


def address(source: str) -> Address | None:
    """Where to download ``source`` from, when it is an address (None: a file's path);
    UsageError when it is an address of no timeline that can be downloaded."""
    text = source.strip()
    if (embedded := _iframe_source(text)) is not None:  # the embed code, as a CMS holds it
        text = embedded.strip()
        if text.startswith("//"):  # as TimelineJS's embed codes write it: the page's scheme, https
            text = f"https:{text}"
    given = text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if parts.scheme.lower() == "http" and (parts.hostname or "").lower() in _EMBED_HOSTS:
        # An embed link of TimelineJS's first years ('http://cdn.knightlab.com/...'): only
        # the timeline it names is downloaded, never that page, so its scheme is no matter.
        text = "https" + text[len(parts.scheme) :]
        parts = urlsplit(text)
    if parts.scheme.lower() != "https":
        raise UsageError(f"'{source}': only https:// addresses are downloaded (write https://)")
    query = parse_qs(parts.query)
    if (parts.hostname or "").lower() in _EMBED_HOSTS:
        named = query.get("source", [""])[0].strip()
        if not named:
            raise UsageError(f"'{source}' is a TimelineJS page that names no timeline (no 'source=')")
        found = _sheet(named) or (address(named) if named.lower().startswith("https://") else None)
        if found is None:
            raise UsageError(
                f"'{source}' names the timeline '{named}', which is neither a Google Sheet nor an "
                "https:// address"
            )
        lang = query.get("lang", query.get("language", [""]))[0].strip()
        meant = TIMELINEJS_LANGUAGES.get(lang.lower(), lang)
        language = meant if meant.lower() != "en" else None
        return Address(found.url, given, found.extension, found.sheet, language)
    if (sheet := _sheet(text)) is not None:
        return Address(sheet.url, text, sheet.extension, True)
    if (parts.hostname or "").lower() == "docs.google.com":
        raise UsageError(
            f"'{source}' is no Google Sheet's address: copy it from the sheet's tab in the browser "
            "(https://docs.google.com/spreadsheets/d/.../edit)"
        )
    extension = os.path.splitext(parts.path)[1].lower()
    return Address(text, text, extension if extension in (".csv", ".json") else "")


def _sheet(text: str) -> Address | None:
    """The CSV export of the Google Sheet ``text`` names (its address, or its key alone, as
    an embed's ``source`` may write it): the sheet in the address's ``gid``, else the first."""
    if _SHEET_KEY.fullmatch(text):
        return Address(f"{GOOGLE_SHEETS}/d/{text}/export?format=csv", text, ".csv", True)
    parts = urlsplit(text)
    if (parts.hostname or "").lower() != "docs.google.com" and not text.startswith(GOOGLE_SHEETS):
        return None
    gid = parse_qs(parts.query).get("gid", [""])[0] or parse_qs(parts.fragment).get("gid", [""])[0]
    tab = f"&gid={quote(gid)}" if gid.isdecimal() else ""
    # '/spreadsheets/d/KEY/edit', '/spreadsheets/u/0/d/KEY/edit' (signed in to several
    # accounts); '/spreadsheets/d/e/KEY/pubhtml', the link 'Publish to web' gives.
    found = re.search(r"/spreadsheets/(?:u/\d+/)?d/(e/)?([-_A-Za-z0-9]+)", parts.path)
    if found is not None and found[1]:
        return Address(f"{GOOGLE_SHEETS}/d/e/{found[2]}/pub?output=csv{tab}", text, ".csv", True)
    if found is not None:
        return Address(f"{GOOGLE_SHEETS}/d/{found[2]}/export?format=csv{tab}", text, ".csv", True)
    key = parse_qs(parts.query).get("key", [""])[0]  # the old '/spreadsheet/ccc?key=KEY'
    if _SHEET_KEY.fullmatch(key):
        return Address(f"{GOOGLE_SHEETS}/d/{key}/export?format=csv{tab}", text, ".csv", True)
    return None


MAX_BYTES = 50_000_000
"""The largest timeline downloaded, as the largest file read (``read.MAX_SOURCE_BYTES``)."""


def download(where: Address, folder: str, fetcher: Fetcher | None = None) -> tuple[str, str]:
    """The timeline at ``where``, downloaded into ``folder`` (made if need be, and holding
    nothing else); the path of the file, and its name as reports give it: the server's
    name for it, as Google Sheets names a sheet's CSV ('Harbour strike - Sheet1.csv'),
    else the address given. UsageError when it cannot be downloaded, or is a sign-in page
    rather than the sheet."""
    fetcher = fetcher or Fetcher(
        folder,
        kind="timeline",
        not_public="download it yourself, if it is yours to publish, and import that file",
    )
    try:
        got = fetcher.download(where.url, where.extension, MAX_BYTES, "a timeline")
    except NotFetched as exc:
        raise UsageError(f"could not download the timeline at {where.given}: {exc}") from None
    if where.sheet and got.data.lstrip()[:1] == b"<":  # a page: Google's sign-in, not the CSV
        raise UsageError(
            f"{host_named(where.url)} sent a page, not the sheet: it is not open to anyone with its link. "
            "In Google Sheets, Share > General access > 'Anyone with the link' (as TimelineJS needs it "
            "too), or File > Download > 'Comma-separated values' and import that file"
        )
    named = _file_name(got.filename)
    path = got.path
    told = os.path.splitext(named or "")[1].lower()
    if not where.extension and told in (".csv", ".json"):  # read as the server says it is
        path = got.path + told
        os.replace(got.path, path)
    return path, named or where.given


def _file_name(given: str | None) -> str | None:
    """``given``, a server's name for a file, as a name of one file: its last part, on one
    line, of a readable length; None when there is none left."""
    if given is None:
        return None
    name = one_line(given.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if name in ("", ".", "..") or len(name) > 120:
        return None
    return name
