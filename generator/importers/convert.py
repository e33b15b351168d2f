"""TimelineJS slides as a story and its events, in the content format.

- The title slide gives the story's title and summary.
- Each event slide gives an event: its headline the title, its HTML text the summary (as
  Markdown), its dates at the precision written (``end_date`` a span), and its display
  date when it says more than the dates (what pages would write for them, in any
  language, is not kept: the UTC offset it shows goes into the dates, a phrase such as
  'Between 7 and 15 April 2010' becomes the ``date_phrase``).
- Media that is a picture at an ``https://`` address (or a file beside the timeline that
  its relative address names) becomes the event's ``image``; other media (a video, a
  tweet, an article, a picture at an ``http://`` address) a source the event cites; HTML
  given as media (a quotation) is kept as text, its credit and caption after it. Given a
  ``fetch.Fetcher``, a picture at an address is downloaded into the story's ``media/``
  when the build would publish what arrives; one that cannot be keeps its address, and a
  report on its slide says why.
- A group becomes a tag; so does an era, on every event inside its dates, so readers can
  filter the timeline by it.
- Ids: a slide's ``unique_id`` when it is already a valid id (so our own export comes back
  as it was), else the date and the headline, transliterated (``to_id``).
- Links to other slides (``#<unique_id>``) and to the story's own pages as our export
  writes them (``https://.../story/events/<id>/``, ``events/<id>/index.html``) become
  content links (``events/<id>.yaml``), which lead to those pages in this site.
- Importing again (``--force``): a slide whose id the date and headline make, and which
  no file of the story has, keeps the id of the one file that would be deleted with the
  same dates, when it is the only such slide on those dates: a corrected headline does
  not move the event's page (``Earlier``).
- Order: an event listed after one that its date alone would put it before (a day after
  a time on that day) is placed ``after`` it, where the dates allow.

What cannot be carried over is reported, with the slide's row or JSON pointer; what a
slide that is written had that pages do not carry (a background, a media thumbnail,
links the sanitiser removes) in one report for the slide, which names the file it became;
so is a slide of the date and headline of one before it, which check would ask about.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from urllib.parse import quote, unquote, urlsplit

import idna

from generator.content import files, media
from generator.content.dates import PartialDate, holds, not_before
from generator.content.ids import ID_PATTERN, new_event_id, to_id
from generator.content.lint.references import twin_key
from generator.content.order import Placement, timeline
from generator.content.schema import PICTURE_TYPES, is_raster, names_picture
from generator.importers.dates import (
    as_shown,
    display_date,
    given,
    report_millisecond,
    to_date,
    with_offset,
)
from generator.importers.fetch import Downloaded, Fetcher, NotFetched, host_named
from generator.importers.html import dropped_links, to_markdown, to_text
from generator.importers.slides import Report, Skip, Slide, Timeline, text_at
from generator.render.markup import markdown_problem
from generator.render.pictures import PictureError, inspect

MAX_PICTURE_BYTES = files.MAX_MEDIA_BYTES
URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
"""What stays as it is in an address (the rest is percent-encoded)."""
STORY_SUMMARY_TODO = "TODO: two or three sentences on what this explainer is about."
"""The story's summary when the timeline has no title slide (``check`` points it out)."""
MAX_ID = 100
"""The longest ``unique_id`` taken as an event's id, which names its file (a longer one
gives way to the date and headline, as an id that is not valid does)."""
_LINK_IN_HTML = re.compile(r"<a\b[^>]*\bhref\s*=", re.IGNORECASE)
"""A link in a slide's HTML."""
_MEDIA_IN_TEXT = re.compile(r"<(img|iframe|video|audio|object|embed|script)\b", re.IGNORECASE)
"""A picture, a player or a script (how Flourish, Datawrapper and social posts embed)
inside a slide's text, which the import leaves out."""


def _media_in_text(text_html: str | None, slide: Slide, reports: list[Report], field: str = "text") -> None:
    """Say so when a slide's text (or its headline, ``field``) holds pictures, players or
    scripts: only the text is kept. Each kind is named once."""
    tags = list(dict.fromkeys(t.lower() for t in _MEDIA_IN_TEXT.findall(text_html or "")))
    if not tags:
        return
    named = " and ".join(", ".join(f"<{t}>" for t in tags).rsplit(", ", 1))
    verb, fix = ("is", "give it") if len(tags) == 1 else ("are", "give a picture or player")
    said = f"the {named} inside the {field} {verb} left out; {fix} as the slide's media"
    if "script" in tags:
        said += " (a chart or a post embedded with a script: link to it instead)"
    reports.append(Report(slide.at("text", field), said))


@dataclass(frozen=True)
class Picture:
    src: str
    """An https:// address, or ``media/<name>`` for a file copied from beside the timeline
    or downloaded."""
    alt: str
    credit: str = ""
    caption: str = ""
    copy_from: str | None = None
    """The file beside the timeline, or the one downloaded from ``address``, that becomes
    ``src``."""
    address: str = ""
    """The https:// address the picture was downloaded from (``copy_from`` is then in the
    fetcher's folder)."""
    not_downloaded: str = ""
    """Why the picture at ``src``, an https:// address, could not be downloaded."""


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    url: str
    title: str = ""


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: PartialDate
    summary: str
    end: PartialDate | None = None
    circa: bool = False
    display_date: str = ""
    body: str = ""
    sources: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: Picture | None = None
    after: str = ""
    """The event listed just before it, where its date alone would put it earlier."""
    date_phrase: str | None = None
    """How its display date words the dates ('between'), where pages word them so."""


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    summary: str
    events: tuple[Event, ...]
    sources: tuple[Source, ...]
    image: Picture | None = None
    """The lead picture: the title slide's, when it is one."""
    readdressed: tuple[tuple[str, str], ...] = ()
    """The events that kept the id of an earlier file (``Earlier``), each as (that id, the
    id its date and headline would have given it)."""
    had: tuple[Source, ...] = ()
    """The sources the story replaced had that the timeline gives too (by address): not
    in ``sources``, they stay as written (``_Sources.new``), or are written from the
    timeline where the story's cannot be taken apart."""


@dataclass(frozen=True)
class Earlier:
    """An event file of the story an import replaces (``--force``), by its dates: a slide
    whose headline was corrected since is matched to it by them, to keep its address."""

    id: str
    date: str
    """Its ``date``, as ``PartialDate.iso`` writes it."""
    end: str | None = None


@dataclass
class _Sources:
    """The story's sources, made from media links: one per address."""

    by_url: dict[str, Source] = field(default_factory=dict)
    kept: Mapping[str, str] = field(default_factory=dict)
    """The ids of the sources of the story replaced (``--force``), by address: a source of
    the same address keeps its id (quotes cite it), and no other takes one of them."""

    def cite(self, url: str, publisher: str, title: str) -> str:
        if url not in self.by_url:
            taken = {s.id for s in self.by_url.values()} | set(self.kept.values())
            sid = self.kept.get(url) or _unique(to_id(publisher, limit=40, fallback="source"), taken)
            self.by_url[url] = Source(sid, publisher, url, title)
        return self.by_url[url].id

    def had(self) -> tuple[Source, ...]:
        """The sources the story replaced had that the timeline cites too."""
        return tuple(s for url, s in self.by_url.items() if self.kept.get(url) == s.id)

    def new(self) -> tuple[Source, ...]:
        """The sources to write: those the story replaced did not have. One it had (by its
        address) stays as its editor wrote it, title, date and all, with the rest of its
        sources the import keeps (``yamlwrite.kept_sources``)."""
        had = {s.id for s in self.had()}
        return tuple(source for source in self.by_url.values() if source.id not in had)


@dataclass
class _Pictures:
    """The pictures copied from beside the timeline or downloaded: one name in ``media/``
    per picture, so two pictures of the same name in different folders (or at different
    addresses) do not overwrite each other, nor a picture overwrite a different one that
    the story already has (``--force`` keeps its media)."""

    folder: str
    """The folder of the timeline file, where relative addresses are looked for."""
    media: str | None = None
    """The ``media/`` folder of the story being replaced, whose files stay."""
    limit: int = MAX_PICTURE_BYTES
    """The largest picture the site allows (``media_max_mb``)."""
    fetch: Fetcher | None = None
    """What downloads the pictures at https:// addresses; None: they keep their addresses."""
    by_file: dict[str, str] = field(default_factory=dict)
    """Each file (or address) named: its name in ``media/``."""
    by_bytes: dict[bytes, str] = field(default_factory=dict)
    """The digest of each file named: its name (the same picture twice is one file)."""
    kept: dict[str, str] = field(default_factory=dict)
    """The files already in ``media``: each name, case folded, to the name as written."""
    fetched: dict[str, Picture] = field(default_factory=dict)
    """What each address downloaded (or not) became: a slide showing it again shares it."""

    def __post_init__(self) -> None:
        if self.media is not None:
            # Every file counts, hidden ones too: none may be overwritten.
            for rel, _ in files.walk_files(self.media, skip=lambda _: False):
                self.kept[rel.casefold()] = rel

    def name(self, wanted: str, key: str, data: bytes) -> str:
        """The name in ``media/`` of the file ``key`` (a path beside the timeline, or an
        address) holding ``data``: that of a file named before with the same bytes, or
        that the story already has with them (``--force``: not copied in twice), else
        ``wanted``, or ``wanted`` with -2, -3... before its extension when another file
        has it (whatever the case, as some file systems do not tell 'a.jpg' from
        'A.jpg')."""
        if key not in self.by_file:
            digest = hashlib.sha256(data).digest()
            name = self.by_bytes.get(digest) or self._kept_holding(data, wanted)
            if name is None:
                taken = {n.casefold() for n in self.by_file.values()}
                stem, extension = os.path.splitext(wanted)
                name, n = wanted, 2
                while name.casefold() in taken or not self._free(name, data):
                    name, n = f"{stem}-{n}{extension}", n + 1
                name = self.kept.get(name.casefold(), name)
            self.by_file[key] = self.by_bytes.setdefault(digest, name)
        return self.by_file[key]

    def _kept_holding(self, data: bytes, wanted: str) -> str | None:
        """The name of a file the story has already that holds ``data`` and is of the kind
        ``wanted`` names (its extension), or None. Files the build passes over (hidden,
        private) are not pictures a story may show."""
        if self.media is None:
            return None
        kind = os.path.splitext(wanted)[1].lower()
        for rel in self.kept.values():
            if (
                os.path.splitext(rel)[1].lower() != kind
                or any(files.is_ignored(part) for part in rel.split("/"))
                or _size(os.path.join(self.media, rel)) != len(data)
            ):
                continue
            if self._free(rel, data):
                return rel
        return None

    def downloaded(self, picture: Picture, path: str) -> Picture:
        """``picture``, at an https:// address whose path is ``path``, downloaded into
        ``media/`` when there is a fetcher and what arrives is a picture the build
        publishes; else at its address, saying why when it was tried."""
        if self.fetch is None:
            return picture
        url = picture.src
        if url not in self.fetched:
            self.fetched[url] = self._download(url, path)
        got = self.fetched[url]
        return replace(
            picture,
            src=got.src,
            copy_from=got.copy_from,
            address=got.address,
            not_downloaded=got.not_downloaded,
        )

    def _download(self, url: str, path: str) -> Picture:
        """What downloading ``url`` gave (alt text and all left empty): a file and its name,
        or why there is none."""
        assert self.fetch is not None
        last = _original_name(path.rsplit("/", 1)[-1])
        extension = next(kind for kind in PICTURE_TYPES if last.lower().endswith(kind))
        stem = last[: -len(extension)]  # '.jpg' alone is a name without a stem, not a hidden file
        try:
            got = self.fetch.download(url, extension, self.limit)
        except NotFetched as exc:
            return Picture(url, "", not_downloaded=str(exc))
        host = host_named(url)
        if extension != media.SVG and (sent := _sent_kind(got.data)) not in media.KINDS[extension]:
            actual = next((kind for kind in PICTURE_TYPES if sent in media.KINDS.get(kind, ())), None)
            if actual is None:
                # Check's words ('rename it to ...', 'save it again as ...') would name the
                # download's own file, which the editor never sees.
                return Picture(url, "", not_downloaded=_not_a_picture(host, extension, sent))
            # A picture of another kind than its address says (a picture site may send WebP
            # for a '.jpg' address): named for what it is, as check wants it.
            path = os.path.splitext(got.path)[0] + actual
            os.replace(got.path, path)
            got, extension = Downloaded(path, got.data), actual
        if (why := _picture_problem(got.path, got.data, self.limit)) is not None:
            return Picture(url, "", not_downloaded=f"what {host} sent {why}")
        # A name the story's rules take in any file system: its id rules, and the kind's
        # extension in small letters ('Zoë at the gate.JPG' -> 'zoe-at-the-gate.jpg').
        wanted = to_id(stem, limit=60, fallback="picture") + extension
        return Picture(f"media/{self.name(wanted, url, got.data)}", "", copy_from=got.path, address=url)

    def _free(self, name: str, data: bytes) -> bool:
        """Whether ``name`` may hold ``data`` in the story's media: no file has it yet, or
        the one that has it holds the same bytes."""
        existing = self.kept.get(name.casefold())
        if existing is None or self.media is None:
            return True
        try:
            there = files.read_regular(os.path.join(self.media, existing), root=self.media, limit=len(data))
        except (files.UnsafeFile, OSError):
            return False  # a link, a larger file or one that cannot be read: not the same
        return there == data


def convert(
    timeline: Timeline,
    story_id: str,
    reports: list[Report],
    story_media: str | None = None,
    *,
    media_limit: int = MAX_PICTURE_BYTES,
    earlier: Sequence[Earlier] = (),
    languages: Sequence[str] = (),
    pages: Iterable[str] = (),
    kept_sources: Mapping[str, str] = MappingProxyType({}),
    fetch: Fetcher | None = None,
) -> Story:
    """The story ``timeline`` makes; what is lost is appended to ``reports``.
    ``story_media`` is the media folder of the story it replaces, if any: pictures copied
    in take names that do not overwrite its files; ``earlier`` its event files, whose ids
    slides with a corrected headline keep (``_matched``); ``languages`` those of the site
    it goes into, whose dates (besides those of every catalog) a display date is read in
    (``as_shown``); ``pages`` the figures and places of the story it replaces
    (``figures/ann``), which links to their pages in the timeline lead to again;
    ``kept_sources`` the ids of its sources by address, which a source of the same address
    keeps (``_Sources``); ``fetch`` what downloads the pictures at https:// addresses
    into the story's media (None: they keep their addresses)."""
    sources = _Sources(kept=dict(kept_sources))
    pictures = _Pictures(timeline.folder, story_media, media_limit, fetch)
    title, summary, image, lead_source = _title(timeline, story_id, sources, pictures, reports)
    if timeline.title is not None:
        lead = _not_downloaded(image, timeline.title.at("media", "url"), "story.yaml")
        reports += [r for r in (lead, _left_out(timeline.title, "story.yaml")) if r is not None]
    events: list[Event] = []
    made: set[int] = set()
    """The events whose id their date and headline made (not the slide's unique_id)."""
    naming: list[tuple[int, int]] = []
    """Each report that names an event's id or file, by index: (report, event)."""
    taken: set[str] = set()
    twins: dict[tuple[PartialDate, str], str] = {}
    """Where the first slide of each date and headline is."""
    renamed: dict[str, str] = {}
    """Each slide's own unique_id -> its event's id: links to the slide lead there."""
    for slide in timeline.events:
        try:
            event = _event(slide, sources, pictures, reports, languages)
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; slide left out", skipped=True))
            continue
        if event.id != slide.get("unique_id"):
            made.add(len(events))
        unique = _unique(event.id, taken)
        if unique != event.id and event.id == slide.get("unique_id"):
            # Links to the slide (#<unique_id>) need the new id; a made-up id goes unsaid.
            reports.append(
                Report(
                    slide.at("unique_id"),
                    f"unique_id '{event.id}' is another slide's too; imported as '{unique}'",
                )
            )
        given_id = slide.get("unique_id")
        if isinstance(given_id, str) and given_id.strip() and given_id != event.id:
            # Links to the slide (#<unique_id>) need to know: say what it became.
            naming.append((len(reports), len(events)))
            reports.append(
                Report(
                    slide.at("unique_id"),
                    f"unique_id '{given_id}' cannot be an id (lower-case letters, digits and hyphens, "
                    f"at most {MAX_ID} characters); imported as '{unique}'",
                )
            )
        event = replace(event, id=unique)
        taken.add(event.id)
        written = f"events/{event.id}.yaml"
        for lost in (
            _not_downloaded(event.image, slide.at("media", "url"), written),
            _left_out(slide, written),
        ):
            if lost is not None:
                naming.append((len(reports), len(events)))
                reports.append(lost)
        if (twin := twins.setdefault(twin_key(event.date, event.title), slide.where)) != slide.where:
            # Both are imported, as TimelineJS shows both; but check would ask, and --strict refuse.
            naming.append((len(reports), len(events)))
            reports.append(
                Report(
                    slide.at("text", "headline"),
                    f"same date and headline as {twin}; check asks whether it is a duplicate: "
                    "delete one, or give each a headline of its own",
                    written=written,
                )
            )
        if isinstance(given_id, str) and given_id.strip():
            renamed.setdefault(given_id.strip(), event.id)  # a shared one: the first slide's, as TimelineJS
        events.append(event)
    kept = _matched(events, made, earlier)
    for at, i in naming:  # written before the match, they name the id the event no longer has
        if i in kept:
            reports[at] = _named(reports[at], events[i].id, kept[i])
    readdressed = tuple((kept[i], events[i].id) for i in sorted(kept))
    to_kept = {new: old for old, new in readdressed}
    renamed = {uid: to_kept.get(to, to) for uid, to in renamed.items()}
    events = [replace(e, id=kept[i]) if i in kept else e for i, e in enumerate(events)]
    texts = [summary, image.caption if image else "", *(t for e in events for t in _texts(e))]
    # The story's id now, its folder's name in the site exported from, and the id our
    # export gives its title slide.
    names = {story_id, os.path.basename(os.path.normpath(timeline.folder))}
    if timeline.title is not None and isinstance(exported := timeline.title.get("unique_id"), str):
        names.add(exported)
    own = _OwnPages(renamed, _story_addresses(texts, renamed, names), frozenset(pages))
    events = [
        replace(
            e,
            summary=_slide_links(e.summary, own),
            body=_slide_links(e.body, own),
            image=_linked_caption(e.image, own),
        )
        for e in events
    ]
    events = _eras(timeline.eras, _listed_order(events), reports)
    if timeline.title is not None and lead_source and all(lead_source not in e.sources for e in events):
        # The story has no place of its own to cite a source: check warns about one no event cites.
        reports.append(
            Report(
                timeline.title.at("media", "url"),
                f"the title slide's media is the source '{lead_source}' of story.yaml, which no event "
                "cites: check warns until one does (add it to an event's 'sources:')",
            )
        )
    summary = _slide_links(summary, own)
    image = _linked_caption(image, own)
    return Story(story_id, title, summary, tuple(events), sources.new(), image, readdressed, sources.had())


def _matched(events: list[Event], made: set[int], earlier: Sequence[Earlier]) -> dict[int, str]:
    """The events (by index) that take the id of an ``earlier`` file, which keeps their
    address when only a headline was corrected: among the files no event is written to
    and the events ``made`` an id no file has, the one of each on the same dates (start
    and end). Where dates have more than one of either (two headlines corrected on one
    day), which is which cannot be told: none is matched, and the files are deleted."""
    ids = {e.id for e in events}
    had = {e.id for e in earlier}
    unwritten: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for file in earlier:
        if file.id not in ids:
            unwritten[(file.date, file.end)].append(file.id)
    slides: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for i in sorted(made):
        event = events[i]
        if event.id not in had:
            slides[(event.date.iso(), event.end.iso() if event.end else None)].append(i)
    return {
        found[0]: unwritten[dates][0]
        for dates, found in slides.items()
        if len(found) == 1 and len(unwritten.get(dates, [])) == 1
    }


def _named(report: Report, made: str, kept: str) -> Report:
    """``report``, written when the event was to be ``made``, naming the id it ``kept``."""
    if report.written:
        return replace(report, written=f"events/{kept}.yaml")
    return replace(report, message=report.message.replace(f"imported as '{made}'", f"imported as '{kept}'"))


_LINK = re.compile(r'\]\((?P<href>[^\s()]+)(?P<title>\s+"(?:\\.|[^"\\])*")?\)')
"""A Markdown link's address (with a title, maybe holding escaped quotes)."""
_PAGE = re.compile(
    rf"(?P<folder>{'|'.join(media.STORY_FILE_KINDS)})/(?P<id>{ID_PATTERN.pattern})/(?:index\.html)?"
)
"""The page of one of a story's events, figures or places, from the story's address: as
explainer's pages and its timeline.json write it ('events/vote/', or 'events/vote/index.html'
without a base_url)."""


@dataclass(frozen=True)
class _OwnPages:
    """The story's own pages, which links in the timeline may lead to."""

    renamed: dict[str, str]
    """Each slide's own unique_id -> its event's id."""
    addresses: frozenset[str]
    """Where the story was in the site the timeline was exported from (``_story_addresses``)."""
    figures_and_places: frozenset[str]
    """The figures and places the story has (``figures/ann``)."""


def _texts(event: Event) -> tuple[str, ...]:
    return (event.summary, event.body, event.image.caption if event.image else "")


def _story_addresses(texts: Iterable[str], renamed: dict[str, str], names: set[str]) -> frozenset[str]:
    """Where the story was in the site the timeline was exported from: the address before
    'events/<id>/' in the links ``texts`` have to its own slides' events (explainer's
    timeline.json links a story's pages by their full address when the site has a base_url),
    ending in one of the story's ``names`` (its id, the timeline file's folder, or the id
    our export gives its title slide). A translation keeps the events' ids: a link to
    another story's event of the same id is not to this one's, and when two addresses
    could be the story's, neither is taken."""
    found = set()
    for text in texts:
        for link in _LINK.finditer(text):
            address, _, page = link["href"].partition("#")[0].rpartition("/events/")
            if (
                address.startswith(("https://", "http://"))
                and page.rstrip("/").removesuffix("/index.html") in renamed
            ):
                found.add(address + "/")
    named = {a for a in found if a.rstrip("/").rsplit("/", 1)[-1] in names}
    return frozenset(named) if len(named) == 1 else frozenset()


def _content_link(href: str, own: _OwnPages) -> str | None:
    """The content link (``events/<id>.yaml``, '#part' and all) to the event, figure or place
    of the story that ``href`` leads to: a slide's bookmark (``#<unique_id>``,
    ``#event-<unique_id>``), or its page as explainer's timeline.json writes it. None when
    it leads elsewhere, or to what the story will not have (a figure it has no file for)."""
    if href.startswith("#"):
        event_id = own.renamed.get(href[1:]) or own.renamed.get(href[1:].removeprefix("event-"))
        return f"events/{event_id}.yaml" if event_id else None
    path, hash_, fragment = href.partition("#")
    address = next((a for a in own.addresses if path.startswith(a)), "")
    page = _PAGE.fullmatch(path.removeprefix(address))
    if page is None or (not address and not path.endswith("/index.html")):
        return None  # not a page of the story ('events/x/' alone is no address our pages write)
    folder, item = page["folder"], page["id"]
    if folder == "events":
        target = own.renamed.get(item)  # under its new id, if it has one
    else:
        target = item if f"{folder}/{item}" in own.figures_and_places else None
    return f"{folder}/{target}.yaml{hash_}{fragment}" if target else None


def _slide_links(markdown: str, own: _OwnPages) -> str:
    """``markdown`` with its links to other slides (``[the deal](#deal)``) and to the
    story's pages in the site it was exported from leading to those pages in this one
    (``[the deal](events/deal.yaml)``, which works on every page of the site); a link to
    anything else, and code, are left as they are."""
    if "](" not in markdown:
        return markdown

    def to_content(found: re.Match[str]) -> str:
        link = _content_link(found["href"], own)
        return found.group() if link is None else f"]({link}{found['title'] or ''})"

    parts, last = [], 0
    for code in media.CODE.finditer(markdown):  # shown as it is, links and all
        parts += [_LINK.sub(to_content, markdown[last : code.start()]), code.group()]
        last = code.end()
    return "".join([*parts, _LINK.sub(to_content, markdown[last:])])


def _linked_caption(picture: Picture | None, own: _OwnPages) -> Picture | None:
    """``picture`` with its caption's links to the story's own events and pages as
    content links (``_slide_links``)."""
    if picture is None or "](" not in picture.caption:
        return picture
    return replace(picture, caption=_slide_links(picture.caption, own))


def _title(
    timeline: Timeline, story_id: str, sources: _Sources, pictures: _Pictures, reports: list[Report]
) -> tuple[str, str, Picture | None, str | None]:
    """The story's title, summary and lead picture, from the title slide, and the source
    its media became when it is no picture (a video, a post)."""
    slide = timeline.title
    if slide is not None:
        try:
            return _from_title_slide(slide, story_id, sources, pictures, reports)
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; the title slide left out", skipped=True))
    title = " ".join(w.capitalize() for w in story_id.split("-"))
    return title, STORY_SUMMARY_TODO, None, None


def _from_title_slide(
    slide: Slide, story_id: str, sources: _Sources, pictures: _Pictures, reports: list[Report]
) -> tuple[str, str, Picture | None, str | None]:
    """``_title`` of a timeline with a title slide; Skip when it cannot be read."""
    headline = text_at(slide, reports, "text", "headline")
    _media_in_text(headline, slide, reports, "headline")
    title = to_text(headline)
    text = text_at(slide, reports, "text", "text")
    _media_in_text(text, slide, reports)
    summary = to_markdown(text)
    if not title:
        title = " ".join(w.capitalize() for w in story_id.split("-"))
        reports.append(
            Report(
                slide.at("text", "headline"),
                f"the title slide has no headline; the story is called '{title}'",
            )
        )
    # A picture becomes the lead picture; other media a source of the story; HTML its text.
    picture, source, quoted = _media(slide, sources, pictures, title, reports)
    summary = "\n\n".join(part for part in (summary, quoted) if part)
    if markdown_problem(summary):
        summary = to_text(text)
    return title, summary or STORY_SUMMARY_TODO, picture, source


def _event(
    slide: Slide, sources: _Sources, pictures: _Pictures, reports: list[Report], languages: Sequence[str]
) -> Event:
    if not isinstance(slide.get("start_date"), Mapping):
        raise Skip(slide.at("start_date"), "no start date (Year)")
    date = to_date(slide.get("start_date"), slide, "start_date")
    report_millisecond(slide, "start_date", reports)
    end = None
    if isinstance(slide.get("end_date"), Mapping) and any(given(v) for v in slide.get("end_date").values()):
        try:
            end = to_date(slide.get("end_date"), slide, "end_date")
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; imported without its end date"))
        if end is not None:
            report_millisecond(slide, "end_date", reports)
        if end == date:
            end = None  # TimelineJS drops an end date equal to the start too
        elif end is not None and not not_before(end, date):
            reports.append(
                Report(
                    slide.at("end_date"),
                    f"the end date ({end.iso()}) is before the start ({date.iso()}); imported without it",
                )
            )
            end = None
        elif end is not None and holds(end, date):
            # 2011-10-23 to 2011 would read '23 October 2011 – 2011': an end that ends nothing.
            reports.append(
                Report(
                    slide.at("end_date"),
                    f"the end date ({end.iso()}) is the period the start ({date.iso()}) falls in, "
                    "not a later date; imported without it",
                )
            )
            end = None
    text_html = text_at(slide, reports, "text", "text")
    _media_in_text(text_html, slide, reports)
    text = to_markdown(text_html)
    headline_html = text_at(slide, reports, "text", "headline")
    _media_in_text(headline_html, slide, reports, "headline")
    title = to_text(headline_html)
    if not title:
        title = _first_words(to_text(text_html))
        origin = "text"
        if not title:  # a slide of a picture and its caption: TimelineJS shows it too
            title, origin = _first_words(to_text(text_at(slide, [], "media", "caption"))), "media's caption"
        if not title:
            raise Skip(slide.at("text"), "no headline, no text and no caption")
        reports.append(
            Report(slide.at("text", "headline"), f"no headline; titled '{title}' from its {origin}")
        )
    picture, source, quoted = _media(slide, sources, pictures, title, reports)
    summary, body = (text, quoted) if text else (quoted, "")
    if not summary:
        # A caption that is not text was reported by _media (a caption without media is not read).
        summary = to_markdown(text_at(slide, [], "media", "caption")) or title
        if picture is not None and picture.caption == summary:
            picture = replace(picture, caption="")  # said once: as the summary, not again under the picture
    for what, value in (("text", summary), ("media", body)):
        if problem := markdown_problem(value):
            raise Skip(slide.at(what), problem)
    display = display_date(slide, reports)
    date, end = with_offset(date, end, display, languages)
    shown = as_shown(display, date, end, languages)
    circa, phrase = (shown.circa, shown.phrase) if shown is not None else (False, None)
    if shown is not None:  # what the pages would say of the dates anyway
        display = ""
    group = to_text(text_at(slide, reports, "group")).replace("|", "/")
    tags = (group,) if group else ()
    unique_id = slide.get("unique_id")
    if isinstance(unique_id, str) and ID_PATTERN.fullmatch(unique_id) and len(unique_id) <= MAX_ID:
        event_id = unique_id
    else:
        event_id = new_event_id(date.iso(), title)
    return Event(
        event_id,
        title,
        date,
        summary,
        end,
        circa,
        display,
        body,
        (source,) if source else (),
        tuple(t for t in tags if t),
        picture,
        date_phrase=phrase,
    )


_LINK_FIELDS = {
    ("text", "headline"): ("headline", "Headline"),
    ("text", "text"): ("text", "Text"),
    ("media", "caption"): ("media's caption", "Media Caption"),
    ("media", "url"): ("media", "Media"),
    ("display_date",): ("display date", "Display Date"),
    ("group",): ("group", "Group"),
}
"""The fields of a slide whose links may be left out, as JSON and the sheet name them."""
_PLAIN_FIELDS = {
    ("text", "headline"): "a title is plain text",
    ("display_date",): "a display date is plain text",
    ("group",): "a tag is a name",
}
"""The fields of a slide that become plain text, so lose every link, and why."""
MAX_SHOWN = 3
"""The most addresses a report names; more are counted."""


def _left_out(slide: Slide, written: str) -> Report | None:
    """One report of what the slide that became ``written`` had that pages do not carry:
    its background, its media's thumbnail, and links whose addresses are not safe (or in
    the headline, the display date or the group, which are plain text). None when it had
    none of these."""
    sheet = not slide.pointer  # named as the sheet's columns, or as JSON's keys
    kinds: list[str] = []
    said: list[str] = []
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
    if isinstance(thumbnail, str) and thumbnail.strip():
        kinds.append("Media Thumbnail")
        name = "Media Thumbnail" if sheet else "media's thumbnail"
        said.append(f"the {name} {_shown(thumbnail)} (pages make the small picture from the picture itself)")
    for keys, (json_name, column) in _LINK_FIELDS.items():
        value = slide.get(*keys)
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


def _links(hrefs: list[str], field: str) -> str:
    """The links to ``hrefs`` in ``field``: each address named, up to ``MAX_SHOWN``."""
    if len(hrefs) == 1:
        return f"the link to {_shown(hrefs[0])} in the {field}"
    named = [_shown(h) for h in hrefs[:MAX_SHOWN]]
    if len(hrefs) > MAX_SHOWN:
        listed = ", ".join(named) + f" and {len(hrefs) - MAX_SHOWN} more"
    else:
        listed = ", ".join(named[:-1]) + f" and {named[-1]}"
    return f"{len(hrefs)} links in the {field}, to {listed}"


def _shown(value: str, limit: int = 40) -> str:
    """``value`` quoted on one line, shortened to ``limit`` characters."""
    text = " ".join(value.split())
    return f"'{text if len(text) <= limit else text[: limit - 1] + '…'}'"


def _first_words(text: str, limit: int = 80) -> str:
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def _media(
    slide: Slide, sources: _Sources, pictures: _Pictures, title: str, reports: list[Report]
) -> tuple[Picture | None, str | None, str]:
    """The slide's media as (picture, cited source id, Markdown of HTML media)."""
    url = text_at(slide, reports, "media", "url").strip()
    if not url:
        return None, None, ""
    if text_at(slide, reports, "media", "link").strip():
        # TimelineJS makes the media a link to another address; pages show no such link.
        reports.append(Report(slide.at("media", "link"), "the media's link is left out; cite it as a source"))
    caption_html = text_at(slide, reports, "media", "caption")
    credit_html = text_at(slide, reports, "media", "credit")
    credit = to_text(credit_html)
    if _LINK_IN_HTML.search(credit_html):  # a credit is plain text: its words stay, not where they led
        reports.append(
            Report(slide.at("media", "credit"), "the link in the credit is left out; its words are kept")
        )
    where = slide.at("media", "url")
    if url.startswith("<"):  # HTML as media: TimelineJS shows it as it is
        frame = re.search(r"<iframe\b[^>]*\bsrc=[\"']?((?:https?:)?//[^\"'\s>]+)", url, re.IGNORECASE)
        if frame is None:
            quoted = to_markdown(url)
            if not quoted:
                reports.append(Report(where, "the media is HTML with no text to keep; left out"))
                return None, None, ""
            # TimelineJS shows the credit (who said it) and then the caption under HTML
            # media as under a picture: kept after it, in that order, or readers lose them.
            return (
                None,
                None,
                "\n\n".join(p for p in (quoted, to_markdown(credit_html), to_markdown(caption_html)) if p),
            )
        url = frame[1]
    if url.startswith("//"):
        # An address without its scheme, as older embed codes and sheets write them
        # ('//www.youtube.com/embed/...'): TimelineJS's page, served over https, used https.
        url = "https:" + url
    parts = urlsplit(url)
    site = parts.netloc  # as the timeline writes it: 'пример.рф', not its encoded form
    if parts.scheme in ("http", "https"):
        url = parts.scheme + url[len(parts.scheme) :]  # 'HTTPS://' as 'https://', which the format takes
        url = _as_requested(url)
        parts = urlsplit(url)
    path = unquote(parts.path)
    is_picture = names_picture(path)
    named_as_picture = names_picture(unquote(url))
    if not parts.scheme and not parts.netloc and not is_picture and named_as_picture:
        # A file beside the timeline whose name holds '#' or '?' ('pics/map #1.png'): the
        # name as written, not an address with a fragment.
        path, is_picture = unquote(url), True
    alt = (
        to_text(text_at(slide, reports, "media", "alt"))
        or to_text(text_at(slide, reports, "media", "title"))
        or to_text(caption_html)
        or title
    )
    if parts.scheme in ("http", "https") and parts.netloc:
        if is_picture and parts.scheme == "https":
            return pictures.downloaded(Picture(url, alt, credit, to_markdown(caption_html)), path), None, ""
        if is_picture:
            reports.append(
                Report(where, "pages show pictures only from https:// addresses; linked as a source instead")
            )
        publisher = credit or site.removeprefix("www.")
        return None, sources.cite(url, publisher, to_text(caption_html)), ""
    if not parts.scheme and not parts.netloc and is_picture:
        picture = _beside(path, pictures, where, reports)
        if picture is not None:
            return replace(picture, alt=alt, credit=credit, caption=to_markdown(caption_html)), None, ""
        return None, None, ""
    reports.append(Report(where, f"media '{url}' is not an http(s) address or a picture; left out"))
    return None, None, ""


def _as_requested(url: str) -> str:
    """The http(s) address ``url`` as a browser sends it: a host name in letters outside
    ASCII ('bücher.de', 'пример.рф') in its IDNA form ('xn--bcher-kva.de'), the name
    looked up (percent-encoded, it was no name at all); spaces, quotes and letters outside
    ASCII in the rest percent-encoded (the content format takes addresses without
    spaces)."""
    parts = urlsplit(url)
    start = len(parts.scheme) + len("://")
    end = start + len(parts.netloc)
    if parts.netloc.isascii() or url[start:end] != parts.netloc:
        return quote(url, safe=URL_SAFE)
    user, at, host_port = parts.netloc.rpartition("@")
    host, colon, port = host_port.partition(":")  # not '[::1]': such a host is ASCII
    # A host no browser could name stays as written: fetching it says so.
    host = _idna(host) or host
    netloc = f"{quote(user, safe=URL_SAFE)}{at}{host}{colon}{quote(port, safe=URL_SAFE)}"
    return url[:start] + netloc + quote(url[end:], safe=URL_SAFE)


def _idna(host: str) -> str | None:
    """``host`` as browsers look it up (the URL Standard's 'domain to ASCII': UTS 46's
    mapping, without its transitional rules, so 'straße.de' keeps its 'ß' as
    'xn--strae-oqa.de'; each label outside ASCII in Punycode), or None when a browser
    would refuse it. Looser than IDNA 2008 as browsers are: '☃.net' is 'xn--n3h.net'."""
    try:
        mapped = idna.uts46_remap(host, std3_rules=False, transitional=False)
        labels = [
            label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
            for label in mapped.split(".")
        ]
    except UnicodeError:  # a letter UTS 46 disallows (idna.IDNAError is one)
        return None
    if any(len(label) > 63 for label in labels):  # longer than DNS allows: never looked up
        return None
    return ".".join(labels)


def _beside(path: str, pictures: _Pictures, where: str, reports: list[Report]) -> Picture | None:
    """A picture the timeline names by relative address (as our own export does without
    a base_url), copied from beside the timeline file if it is there."""
    names = path.split("/")
    if path.startswith(("/", "\\")) or any(n in ("", ".", "..") or "\\" in n for n in names):
        reports.append(Report(where, f"media '{path}' is not a picture beside the timeline; left out"))
        return None
    name = "/".join(names[1:]) if names[0] == "media" and len(names) > 1 else _original_name(names[-1])
    found = os.path.join(pictures.folder, *names)
    try:
        data = files.read_regular(found, root=pictures.folder or ".", limit=pictures.limit)
    except (files.UnsafeFile, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        reports.append(
            Report(where, f"media '{path}' cannot be read beside the timeline ({reason}); left out")
        )
        return None
    if (why := _picture_problem(found, data, pictures.limit)) is not None:
        reports.append(Report(where, f"media '{path}' left out: {why}"))
        return None
    return Picture(f"media/{pictures.name(name, os.path.normpath(found), data)}", "", copy_from=found)


_RENDITION = re.compile(
    r"(?P<stem>.+)\.(?:jpe?g|png|webp|avif|gif)\.\d+(?P<extension>\.(?:jpe?g|png|webp|avif))", re.IGNORECASE
)
"""The name of a size the build made of a picture (``render/pictures.py``: 'dock.jpg' at
1,600 pixels is 'dock.jpg.1600.jpg'), as a story's own export names its pictures."""


def _original_name(name: str) -> str:
    """The name of the picture a size the build made was made from, with the size's own
    kind ('dock.png.1600.jpg' is 'dock.jpg', a JPEG): a story's own export imported again
    gives its pictures their names back, not 'dock-jpg-1600.jpg'. Any other name as it is."""
    found = _RENDITION.fullmatch(name)
    return name if found is None else found["stem"] + found["extension"]


def _picture_problem(path: str, data: bytes, limit: int) -> str | None:
    """Why the picture file at ``path`` (holding ``data``) would not pass ``check``, by
    check's own rules: the media a story may publish (at most ``limit`` bytes), then a
    picture read whole."""
    if (why := media.problem(path, limit)) is not None:
        return why
    if is_raster(path):
        try:
            inspect(data)
        except PictureError as exc:
            return str(exc)
    return None


def _sent_kind(data: bytes) -> str | None:
    """The type of file ``data`` is by its content (``filetype``'s names, as check reads
    them), or None when it is none that is recognised."""
    import filetype  # as in media.py: most imports download nothing

    found = filetype.guess_mime(data[:8192])
    return str(found) if found is not None else None


def _not_a_picture(host: str, extension: str, sent: str | None) -> str:
    """Why what ``host`` sent for a picture whose address ends in ``extension`` is kept
    out: it is no picture a page shows (a web page about the picture, most often)."""
    what = f"'{sent}'" if sent is not None else "no kind of picture (a web page, perhaps)"
    return (
        f"what {host} sent for this {extension[1:].upper()} picture is {what}; give the address of "
        "the picture itself, or save the picture into media/ and give that as its src"
    )


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def _not_downloaded(picture: Picture | None, where: str, written: str) -> Report | None:
    """The report on a picture that could not be downloaded, on the slide that became
    ``written``: it keeps its address, as the timeline had it."""
    if picture is None or not picture.not_downloaded:
        return None
    return Report(
        where, f"picture not downloaded: {picture.not_downloaded}; kept its address", written=written
    )


def _eras(eras: tuple[Slide, ...], events: list[Event], reports: list[Report]) -> list[Event]:
    """Each era as a tag on the events within its dates."""
    for era in eras:
        name = to_text(text_at(era, reports, "text", "headline")).replace("|", "/")
        if to_text(text_at(era, reports, "text", "text")):
            # An era becomes a tag, a name: its text has nowhere to go.
            reports.append(Report(era.at("text", "text"), "an era's text is left out; eras become tags"))
        try:
            if not name:
                raise Skip(era.at("text", "headline"), "an era without a headline has nothing to show")
            for key in ("start_date", "end_date"):
                if not isinstance(era.get(key), Mapping):
                    raise Skip(era.at(key), "an era needs a start date and an end date")
            first = to_date(era.get("start_date"), era, "start_date")
            last = to_date(era.get("end_date"), era, "end_date")
            start, end = first.bounds()[0], last.bounds()[1]
            if end < start:
                said = f"the era's end ({last.iso()}) is before its start ({first.iso()})"
                raise Skip(era.at("end_date"), said)
        except Skip as skip:
            reports.append(Report(skip.where, f"{skip.message}; era left out", skipped=True))
            continue
        inside = [i for i, e in enumerate(events) if start <= e.date.bounds()[0] <= end]
        if not inside:
            reports.append(
                Report(era.where, f"era '{name}' has no event within its dates; left out", skipped=True)
            )
        for i in inside:
            if name not in events[i].tags:
                events[i] = replace(events[i], tags=(*events[i].tags, name))
    return events


def _listed_order(events: list[Event]) -> list[Event]:
    """The events, each that the story's order would put before the one listed just before
    it placed 'after' that one, where the dates allow it (``content/order.py``): a file
    that lists a day after a time on it, or a month after a day in it, means that order
    (our own export lists events as the story orders them). The order compared with is
    the one the placements so far make, not the dates alone: an event placed after a time
    on its day is no longer where its date puts it, and the next event of that day,
    listed after it, would otherwise go before them both."""
    placements = {e.id: Placement(e.date, e.after or None) for e in events}
    position = {eid: n for n, eid in enumerate(timeline(placements)[0])}
    for i in range(1, len(events)):
        previous, event = events[i - 1], events[i]
        if position[event.id] > position[previous.id] or not not_before(event.date, previous.date):
            continue
        # Placed after the previous one, is it after none that certainly comes later (the
        # placements kept so far contradict no date, so any problem is this one's)?
        tried = placements | {event.id: Placement(event.date, previous.id)}
        order, problems = timeline(tried)
        if problems:
            continue
        events[i] = replace(event, after=previous.id)
        placements, position = tried, {eid: n for n, eid in enumerate(order)}
    return events


def _unique(wanted: str, taken: set[str]) -> str:
    found, n = wanted, 2
    while found in taken:
        found, n = f"{wanted}-{n}", n + 1
    return found
