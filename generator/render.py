"""Render the model into output files: path -> bytes in memory, or written into a folder.

Each page is described by a ``Page``: its template and a context holding exactly the
data the template reads, as frozen, comparable values. That makes pages cheap to
re-render incrementally: a ``SiteRenderer`` remembers each page's context and bytes,
and on the next build renders again only the pages whose context changed. The result
is the same as rendering everything (a test checks it), because a template's output
depends only on its context.

An event's timeline entry appears on the story page and on the page of every figure and
place it names. Links depend only on a page's depth (see ``links.py``), so each entry is
rendered once per depth from ``_event.html`` and reused, here and across rebuilds.

Template errors are reported like content errors, as ``templates/<file>:line: message``.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

import jinja2
from markupsafe import Markup

from generator import diskcache, feeds, links, maps, parallel, timelinejs
from generator.dates import PartialDate
from generator.environment import load_templates, make_environment
from generator.errors import ContentError, Position, Problem
from generator.links import Links
from generator.markup import Renderer
from generator.model import Event, Figure, Location, Site, Source, Story
from generator.output import FileWriter

S = TypeVar("S")


@dataclass(frozen=True, slots=True)
class SiteInfo:
    """What every page shows of the site itself."""

    title: str
    description: str | None
    base_url: str | None
    language: str

    @classmethod
    def of(cls, site: Site) -> SiteInfo:
        return cls(site.title, site.description, site.base_url, site.language)


@dataclass(frozen=True, slots=True)
class StoryCard:
    """A story as the home page lists it."""

    id: str
    title: str
    summary: str
    event_count: int
    last_changed: PartialDate
    updated: bool
    draft: bool


@dataclass(frozen=True, slots=True)
class StoryView:
    """The part of a story a single event, figure or location page needs: its title and
    the figures, locations and sources that the page's events mention."""

    id: str
    title: str
    figures: dict[str, Figure]
    locations: dict[str, Location]
    sources: dict[str, Source]

    @classmethod
    def of(cls, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        if len(events) == 1 and not figures and not events[0].quotes:  # an event's own page
            event = events[0]  # its lists name each id once (validate.py sees to it)
            return cls(
                story.id,
                story.title,
                {k: story.figures[k] for k in sorted(event.figures)},
                {k: story.locations[k] for k in sorted(event.locations)},
                {k: story.sources[k] for k in sorted(event.sources)},
            )
        fids: set[str] = set(figures)
        lids: set[str] = set()
        sids: set[str] = set()
        for e in events:  # every page's context is built on every build: kept lean
            fids.update(e.figures)
            lids.update(e.locations)
            sids.update(e.sources)
            for q in e.quotes:
                if q.by_figure:
                    fids.add(q.by)
                if q.source:
                    sids.add(q.source)
        return cls(
            story.id,
            story.title,
            {k: story.figures[k] for k in sorted(fids)},
            {k: story.locations[k] for k in sorted(lids)},
            {k: story.sources[k] for k in sorted(sids)},
        )


ViewMaker = Callable[[Story, Sequence[Event], Sequence[str]], StoryView]


class StoryViews:
    """``StoryView.of``, remembered from one build to the next.

    The preview builds every page's context on every rebuild. A view of the very same
    event objects (unchanged content keeps its model objects, see ``validate.Memo``)
    whose figures, places and sources are still the story's own is handed back as it
    was, which also makes comparing the page with the last build's quick.
    """

    def __init__(self) -> None:
        self._last: dict[tuple[Any, ...], tuple[Sequence[Event], StoryView]] = {}
        self._now: dict[tuple[Any, ...], tuple[Sequence[Event], StoryView]] = {}

    def of(self, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        # The events by identity: the views remembered keep their events alive, so no
        # other object can have the id of one of them.
        key = (story.id, story.title, *figures, *map(id, events))
        hit = self._last.get(key)
        view = hit[1] if hit is not None and _still(hit[1], story) else StoryView.of(story, events, figures)
        self._now[key] = (events, view)
        return view

    def finish(self) -> None:
        """The build is over: what it did not use is forgotten."""
        self._last, self._now = self._now, {}


def _still(view: StoryView, story: Story) -> bool:
    """Whether a remembered view still shows the story's own figures, places and sources."""
    return (
        all(story.figures.get(k) is v for k, v in view.figures.items())
        and all(story.locations.get(k) is v for k, v in view.locations.items())
        and all(story.sources.get(k) is v for k, v in view.sources.items())
    )


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """Reverse references, built once per story so no page scans every event."""

    by_figure: dict[str, tuple[Event, ...]]
    by_location: dict[str, tuple[Event, ...]]

    @classmethod
    def of(cls, story: Story) -> StoryIndex:
        by_figure: dict[str, list[Event]] = defaultdict(list)
        by_location: dict[str, list[Event]] = defaultdict(list)
        for event in story.events:
            for fid in event.figures:
                by_figure[fid].append(event)
            for lid in event.locations:
                by_location[lid].append(event)
        return cls(
            {k: tuple(v) for k, v in by_figure.items()},
            {k: tuple(v) for k, v in by_location.items()},
        )


@dataclass(frozen=True)
class Page:
    """One output file: a template and everything it reads (or a data export)."""

    path: str
    template: str
    context: dict[str, Any]
    story_id: str | None = None


FEED, SITEMAP, ROBOTS = "<feed.xml>", "<sitemap.xml>", "<robots.txt>"
"""Pseudo-template names of the machine-readable files (rendered by Python, not Jinja)."""


def pages(site: Site, view: ViewMaker = StoryView.of) -> Iterator[Page]:
    """Every page of the site, with its exact inputs; ``view`` makes their story views."""
    info = SiteInfo.of(site)
    cards = tuple(
        StoryCard(s.id, s.title, s.summary, len(s.events), s.last_changed, s.updated is not None, s.draft)
        for s in site.stories
    )
    newest = max((s.last_changed for s in site.stories), key=lambda d: d.sort_key, default=None)
    listed: list[tuple[str, PartialDate | None]] = [("index.html", newest)]
    yield Page("index.html", "home.html", {"site": info, "stories": cards})
    yield Page("404.html", "404.html", {"site": info})
    for story in site.stories:
        for page in _story_pages(story, info, view):
            if page.path.endswith(".html"):
                listed.append((page.path, story.last_changed))
            yield page
    yield Page("robots.txt", ROBOTS, {"base_url": site.base_url})
    if site.base_url:
        yield Page("sitemap.xml", SITEMAP, {"base_url": site.base_url, "entries": tuple(listed)})
        yield Page("feed.xml", FEED, {"site": info, "stories": site.stories})


YEAR_PAGES_FROM = 200
"""Above this many events, the story page lists years and each year gets its own page."""


def _years(story: Story) -> dict[int, tuple[Event, ...]]:
    by_year: dict[int, list[Event]] = defaultdict(list)
    for event in story.events:
        by_year[event.date.year].append(event)
    return {year: tuple(events) for year, events in by_year.items()}


def _story_pages(story: Story, info: SiteInfo, view: ViewMaker) -> Iterator[Page]:
    sid = story.id
    index = StoryIndex.of(story)
    years = _years(story) if len(story.events) > YEAR_PAGES_FROM else {}
    counts = tuple((year, len(evs)) for year, evs in years.items())
    context = {"site": info, "story": story, "index": index, "years": counts}
    yield Page(links.story_page(sid), "story.html", context, sid)
    listed_on = {e.id: links.story_page(sid) for e in story.events}
    for i, (year, evs) in enumerate(years.items()):
        path = links.year_page(sid, year)
        listed_on.update((e.id, path) for e in evs)
        context = {
            "site": info,
            "story": view(story, evs, ()),
            "year": year,
            "events": evs,
            "previous": counts[i - 1][0] if i > 0 else None,
            "next": counts[i + 1][0] if i + 1 < len(counts) else None,
        }
        yield Page(path, "year.html", context, sid)
    events = story.events
    for i, event in enumerate(events):
        previous = events[i - 1] if i > 0 else None
        following = events[i + 1] if i + 1 < len(events) else None
        context = {
            "site": info,
            "story": view(story, (event,), ()),
            "event": event,
            "previous": previous and (previous.id, previous.title),
            "next": following and (following.id, following.title),
            "timeline_page": listed_on[event.id],
        }
        yield Page(links.event_page(sid, event.id), "event.html", context, sid)
    for figure in story.figures.values():
        evs = index.by_figure.get(figure.id, ())
        context = {
            "site": info,
            "story": view(story, evs, (figure.id,)),
            "figure": figure,
            "events": evs,
        }
        yield Page(links.figure_page(sid, figure.id), "figure.html", context, sid)
    for location in story.locations.values():
        evs = index.by_location.get(location.id, ())
        context = {"site": info, "story": view(story, evs, ()), "location": location, "events": evs}
        yield Page(links.location_page(sid, location.id), "location.html", context, sid)
    yield Page(f"{sid}/timeline.json", timelinejs.TEMPLATE, {"story": story, "base_url": info.base_url}, sid)


PARALLEL_FROM = 300
"""Pages to render before it pays to share the work with a second process."""

SPLIT_MARKDOWN_FROM = 3000
"""Markdown texts to convert before it pays to share that too: plain prose takes tens
of microseconds a text (``prose.py``), a fork and sending the results back about 10 ms."""


def _entry_inputs(event: Event, story: Story | StoryView) -> tuple[Any, ...]:
    """What an event's timeline entry shows: the event and what it names."""
    return (
        event,
        *(story.figures[f] for f in event.figures),
        *(story.locations[loc] for loc in event.locations),
        *(story.sources[s] for s in event.sources),
    )


MARKDOWN_MEDIA = '="media/'
"""How a link or picture of Markdown to a story's media file starts in the HTML."""


def _markdown_texts(site: Site) -> list[str]:
    """Every Markdown text of the site, in a fixed order."""
    texts: list[str] = []
    for story in site.stories:
        texts.append(story.summary)
        texts.extend(story.unknowns)
        texts.extend(k.note for k in story.key_numbers if k.note)
        for e in story.events:
            texts.append(e.summary)
            texts.extend(t for t in (e.body, e.image and e.image.caption) if t)
            texts.extend(q.text for q in e.quotes)
        for f in story.figures.values():
            texts.extend(t for t in (f.summary, f.image and f.image.caption) if t)
        texts.extend(loc.summary for loc in story.locations.values() if loc.summary)
    return list(dict.fromkeys(texts))


@dataclass
class SiteRenderer:
    """Renders pages with one Jinja environment, reusing unchanged pages' bytes."""

    templates: str
    env: jinja2.Environment = field(init=False)
    rendered: dict[str, tuple[Page, bytes]] = field(default_factory=dict)
    """The previous build's pages, by path: what they were made from and what they are."""
    last_count: int = 0
    """How many pages the latest ``render`` call actually rendered."""
    _fragments: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = field(default_factory=dict)
    _previous_fragments: dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = field(default_factory=dict)
    _views: StoryViews = field(default_factory=StoryViews)

    markdown_store: diskcache.MarkdownStore | None = None
    """Where Markdown conversions are kept between separate build processes, if anywhere."""
    _converted: Site | None = None
    _converted_texts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        functions: dict[str, Callable[..., Any]] = {
            "locator_map": self.locator_map,
            "event_item": self.event_item,
        }
        self.env = make_environment(self.templates, functions)
        if self.markdown_store is not None:
            self.markdown.stored = self.markdown_store.lookup

    def load_templates(self) -> None:
        """Compile the templates now rather than when rendering starts (errors are
        reported then)."""
        load_templates(self.env)

    @property
    def markdown(self) -> Renderer:
        """The Markdown converter of the templates' ``markdown`` filters, with its memory."""
        md: Renderer = self.env.filters["markdown"]
        return md

    def render_export(self, page: Page) -> bytes:
        """A machine-readable file: TimelineJS JSON, the feed, the sitemap or robots.txt."""
        ctx, md = page.context, self.env.filters["markdown"]
        if page.template == timelinejs.TEMPLATE:
            base_url = ctx["base_url"]

            def slide(event: Event, make: Callable[[], str]) -> str:
                return self.cached(("json", base_url), (event,), make)

            return timelinejs.export(ctx["story"], md, base_url, slide)
        if page.template == FEED:
            site: SiteInfo = ctx["site"]
            assert site.base_url is not None
            return feeds.atom(base_url=site.base_url, title=site.title, language=site.language,
                              stories=ctx["stories"], markdown=md)  # fmt: skip
        if page.template == SITEMAP:
            return feeds.sitemap(ctx["base_url"], ctx["entries"])
        return feeds.robots(ctx["base_url"])

    def event_item(self, event: Event, story: Story | StoryView, link: Links) -> Markup:
        """An event's timeline entry, rendered once and placed on pages of any depth.

        ``_event.html`` sees only the event, the figures, locations and sources it names,
        and links that climb to the root with ``links.UP``, replaced here for the page.
        """
        # Keyed by identity: unchanged content keeps its model objects between builds
        # (validate.Memo), and hashing whole events on every use would cost more than a
        # miss. The inputs are stored with the fragment so a key is never reused wrongly.
        inputs = _entry_inputs(event, story)

        def make() -> str:
            view = StoryView(story.id, story.title, story.figures, story.locations, story.sources)
            anywhere = Links("", story.id, link.base_url, up=links.UP)  # no page: no "#x" shortcut
            return self.env.get_template("_event.html").render(event=event, story=view, links=anywhere)

        return Markup(self.cached((story.id,), inputs, make).replace(links.UP, link.up))

    def locator_map(
        self, locations: Iterable[Location], links: Links, caption_id: str, current: str | None = None
    ) -> Markup:
        """The map of ``locations`` that have coordinates, markers linking to their pages.

        Drawing a map takes tens of milliseconds, and the story page is rendered again
        after every edit; the map is kept while its places are the same objects.
        """
        unique = tuple({loc.id: loc for loc in locations}.values())  # current may repeat

        def make() -> str:
            markers = [
                maps.Marker(loc, links.location(loc.id), current=loc.id == current)
                for loc in unique
                if loc.coordinates is not None
            ]
            return maps.locator_map(markers, caption_id=caption_id)

        return Markup(self.cached(("map", links.depth, links.story_id, caption_id, current), unique, make))

    def cached(self, kind: tuple[Any, ...], inputs: tuple[Any, ...], make: Callable[[], S]) -> S:
        """``make()``, or what it returned for the very same ``inputs`` in this or the last build."""
        key = (*kind, *map(id, inputs))
        hit = self._fragments.get(key) or self._previous_fragments.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], inputs, strict=True)):
            value: S = hit[1]
        else:
            value = make()
        self._fragments[key] = (inputs, value)
        return value

    def render_page(self, page: Page) -> bytes:
        if page.template.startswith("<"):
            return self.render_export(page)
        link = Links(page.path, page.story_id, page.context["site"].base_url)
        template = self.env.get_template(page.template)
        html = template.render(links=link, page_path=page.path, **page.context)
        if page.story_id and MARKDOWN_MEDIA in html:
            # Markdown is converted once per text, so its links to the story's media are
            # written as from the story page (``media/x.pdf``); made right for this page.
            html = html.replace(MARKDOWN_MEDIA, f'="{link.to(page.story_id + "/media/")}')
        return html.encode("utf-8")

    def render(self, site: Site) -> dict[str, bytes]:
        """Every file of ``site`` by output path; pages whose inputs are unchanged are reused."""
        every = list(pages(site, self._views.of))
        texts = self.convert_markdown(site)
        todo = []
        for page in every:
            old = self.rendered.get(page.path)
            if old is None or old[0] != page:
                todo.append(page)
        done = self._render_pages(site, todo, None)
        out: dict[str, bytes] = {}
        fresh: dict[str, tuple[Page, bytes]] = {}
        for page in every:
            data = done[page.path] if page.path in done else self.rendered[page.path][1]
            out[page.path] = data
            fresh[page.path] = (page, data)
        self._save_markdown(texts)
        self.rendered = fresh
        self.last_count = len(todo)
        self._previous_fragments, self._fragments = self._fragments, {}
        self._views.finish()
        return out

    def write(self, site: Site, writer: FileWriter) -> int:
        """Render every file of ``site`` straight into ``writer``'s folder; how many.

        For a one-off build: nothing is kept for a next build, and each page is written
        by the process that rendered it, so on two cores writing is shared too.
        """
        texts = self.convert_markdown(site)
        todo = list(pages(site))
        self._render_pages(site, todo, writer)
        self._save_markdown(texts)
        self.last_count = len(todo)
        return len(todo)

    def convert_markdown(self, site: Site) -> list[str]:
        """Convert every Markdown text of ``site`` not converted yet (taking what the disk
        cache has), on both cores if there are many; the texts. Rendering starts with it."""
        if self._converted is site:
            return self._converted_texts
        md = self.markdown
        texts = _markdown_texts(site)
        _convert(md, [t for t in texts if not md.has(t)])
        self._converted, self._converted_texts = site, texts
        return texts

    def _save_markdown(self, texts: list[str]) -> None:
        if self.markdown_store is not None:
            md = self.markdown
            kept = {diskcache.digest(t): str(md(t)) for t in texts if md.worth_keeping(t)}
            self.markdown_store.save(kept)

    def _render_pages(self, site: Site, todo: list[Page], write: FileWriter | None) -> dict[str, bytes]:
        if len(todo) >= PARALLEL_FROM and parallel.available():
            return self._render_on_two_cores(site, todo, write)
        return self._render_all(todo, write)

    def _render_all(self, todo: list[Page], write: FileWriter | None = None) -> dict[str, bytes]:
        """The pages of ``todo`` by path; with ``write``, each goes to disk as soon as it is
        rendered instead, and the result is empty."""
        done: dict[str, bytes] = {}
        try:
            for page in todo:
                data = self.render_page(page)
                if write is None:
                    done[page.path] = data
                else:
                    write(page.path, data)
            return done
        except jinja2.TemplateError as exc:
            raise _template_error(exc, self.templates) from exc
        except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError) as exc:
            # A mistake in an edited template (a filter given the wrong kind of value)
            # surfaces as a Python error; report it where it happened, like any other.
            where = _template_frame(self.templates)
            if where is None:
                raise  # not from a template: a bug of ours, which should be seen as one
            raise ContentError([Problem(where, f"{type(exc).__name__}: {exc}")]) from exc

    def _render_on_two_cores(
        self, site: Site, todo: list[Page], write: FileWriter | None
    ) -> dict[str, bytes]:
        """Render ``todo`` with a forked helper; the same bytes as ``_render_all``.

        Every Markdown text is converted before (``convert_markdown``): many are shown on
        both sides, and ``description`` needs them again. Both render (and, with
        ``write``, write) pages until none are left. Entries the helper made are kept for
        the next incremental build.
        """
        try:
            for name in self.env.list_templates(extensions=["html"]):
                self.env.get_template(name)  # compile once, before forking, for both sides
        except jinja2.TemplateError as exc:
            raise _template_error(exc, self.templates) from exc
        # The helper starts with the pages that show event entries (story, year, figure
        # and location pages), so each entry is rendered once, there; this process starts
        # with the event pages from the other end. Both take small batches until they
        # meet, so the work (writing included) evens out by itself.
        with_entries = {"story.html", "year.html", "figure.html", "location.html"}
        work = [p for p in todo if p.template in with_entries]
        work += [p for p in todo if p.template not in with_entries]
        claims = parallel.Claims(len(work))

        def take(front: bool) -> dict[str, bytes]:
            done: dict[str, bytes] = {}
            while got := claims.take(front=front, batch=8):
                done.update(self._render_all([work[i] for i in got], write))
            return done

        def helper() -> tuple[dict[str, bytes], dict[tuple[Any, ...], str], set[str]]:
            done = take(front=True)
            if write is not None:  # a one-off build: no next build to keep entries for
                return done, {}, write.written
            return done, {key: value for key, (_, value) in self._fragments.items()}, set()

        try:
            own, (theirs_done, entries, written) = parallel.split(partial(take, False), helper)
        finally:
            claims.close()
        if write is not None:
            write.adopt(written)
        for story in site.stories if entries else ():  # none from a one-off build
            for event in story.events:
                inputs = _entry_inputs(event, story)
                key = (story.id, *map(id, inputs))
                if key in entries:
                    self._fragments[key] = (inputs, entries[key])
        return {**own, **theirs_done}


def _convert(md: Renderer, texts: list[str]) -> None:
    """Convert ``texts`` into ``md``'s memory: here, or on both cores if there are many."""
    if len(texts) < SPLIT_MARKDOWN_FROM or not parallel.available():
        for text in texts:
            md(text)
        return
    claims = parallel.Claims(len(texts))

    def convert(front: bool) -> dict[str, tuple[str, bool]]:
        converted: dict[str, tuple[str, bool]] = {}
        while got := claims.take(front=front, batch=64):
            converted.update(md.convert_all([texts[i] for i in got]))
        return converted

    try:
        _, theirs = parallel.split(partial(convert, False), partial(convert, True))
    finally:
        claims.close()
    md.adopt(theirs)


def _template_error(exc: jinja2.TemplateError, templates: str) -> ContentError:
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.name if isinstance(exc.name, str) else os.path.basename(str(exc.filename))
        where = Position(os.path.join(templates, name), exc.lineno, None)
        return ContentError([Problem(where, exc.message or "")])
    if isinstance(exc, jinja2.TemplateNotFound):
        return ContentError([Problem(Position(os.path.join(templates, str(exc.name))), "template not found")])
    where = _template_frame(templates) or Position(templates, 1, None)
    return ContentError([Problem(where, exc.message or str(exc))])


def _template_frame(templates: str) -> Position | None:
    """The template file and line the exception being handled was raised in.

    Jinja rewrites tracebacks so that frames of compiled templates carry the template's
    file name and line number; the innermost such frame is where the error is.
    """
    root = os.path.abspath(templates)
    found: Position | None = None
    tb = sys.exc_info()[2]
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.abspath(filename).startswith(root + os.sep):
            rel = os.path.relpath(filename, root)
            found = Position(os.path.join(templates, rel), tb.tb_lineno, None)
        tb = tb.tb_next
    return found
