"""Render pages into bytes with the theme's templates, one page at a time.

This is the plain renderer: every page is rendered from its context, every event entry
and map drawn where it is shown, nothing remembered. ``speed/rendering.py`` makes the
same bytes sooner (remembering what repeats, rendering on both cores, reusing the pages
of the last build, translating the interface text as templates compile) by overriding
``environment``, ``views``, ``cached``, ``entry``, ``same``, ``pages_of_data``,
``page_list``, ``render``, ``write`` and ``reads_assets``, and by giving its own
``environment_kind``, ``bytecode_cache`` and Markdown converter; with the speed-ups
switched off (``EXPLAINER_SPEED=off``) this class is used as it is.

What this class does so that the subclass's pages are the same: an event's entry is
given only the part of the story it names (``entry_view``; a theme's entry reading more
of the page's view of the story would differ from page to page, and a remembered one
would not); the marks ``GAP`` and ``THUMB``, so that one entry, rendered once, serves
every page that shows the event (each page fills in its gap and keeps or cuts out its
thumbnail: this class renders entries the same way, so both give the same bytes).

Template errors are reported like content errors, as ``templates/<file>:line: message``
(``template_errors.py``).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import jinja2
from markupsafe import Markup, escape

from generator import site_paths
from generator.content import files
from generator.content.markdown_links import MARKDOWN_MEDIA
from generator.content.model import Event, Location, Site, Story
from generator.errors import ContentError, Position, Problem
from generator.i18n.dates import date_text, said_once
from generator.i18n.languages import ENGLISH, isolated_direction, written_in
from generator.markdown.markup import MarkdownConverter, Typeset
from generator.render import embed, feeds, links, maps, storyjson, timegaps, timelinecsv, timelinejs
from generator.render.environment import ThemeLoader, make_environment
from generator.render.links import Links, story_media_at
from generator.render.map_words import close_up_text, map_country_name
from generator.render.names_line import NAMES, line_words, names_line
from generator.render.pages import EMBED_TEMPLATE, Export, Page, SiteInfo, StoryView, in_theme, pages
from generator.render.template_errors import older_call, on_page, template_error, template_frame

S = TypeVar("S")
Write = Callable[[str, bytes], None]
"""Where a rendered file goes: ``write(path, data)`` (a dict's ``__setitem__``, or an
output folder's writer)."""

GAP = "\x1d"
"""Stands for the gap at the top of an event's entry in the entry rendered once for every
page (a control character YAML does not allow in content, like ``links.UP``)."""

THUMB = "\x1c"
"""Goes before and after the thumbnail in an event's entry rendered once for every page,
so a page that does not show it (a place's, whose gallery has the pictures) can cut it
out (a control character, as ``GAP``)."""


def entry_view(event: Event, story: Story | StoryView) -> StoryView:
    """The part of ``story`` an event's timeline entry is given: the figures, places and
    sources the event names, and nothing else of the page's view, so that the entry is
    the same on every page that shows it (the fast renderer tells entries apart by them:
    ``speed/rendering.py``'s ``entry_inputs``)."""
    return StoryView(
        story.id,
        story.title,
        {f: story.figures[f] for f in event.figures},
        {loc: story.locations[loc] for loc in event.locations},
        {s: story.sources[s] for s in event.sources},
    )


COMPILE_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, RecursionError, SyntaxError)
"""What Python may raise while Jinja compiles a template (beyond Jinja's own errors):
RecursionError for expressions or tags nested deeper than Jinja's parser goes (some
80 brackets), SyntaxError for more blocks nested than Python compiles (20 loops)."""
RENDER_ERRORS = (*COMPILE_ERRORS, AttributeError, OSError, ImportError)
"""What Python may raise while a template renders: a mistake in an edited template (a
RecursionError: a macro or an include that calls itself without end), or what a theme
that reaches into Python meets (``os`` or ``__import__`` reached through a global's
``__globals__``: Jinja's environment is no sandbox, and a theme is code)."""


def python_error(exc: Exception, *, compiling: bool = False) -> str:
    """A Python error a template met, as its author is told it; ``compiling``: met as
    Jinja compiled the template, before any of it ran."""
    said = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, SyntaxError):
        # Python's own words name a line of the code Jinja made, not of the template; one
        # met while a page renders is of a template it includes, compiled then.
        said = f"SyntaxError: {exc.msg}"
        return said if compiling or not exc.filename else f"cannot compile {exc.filename}: {said}"
    if isinstance(exc, RecursionError):
        if compiling:  # no macro or include has been called yet
            return f"it nests too deeply ({said})"
        return f"it nests too deeply, or a macro or an include calls itself without end ({said})"
    if isinstance(exc, UnicodeEncodeError):
        char = ord(exc.object[exc.start])
        return (
            f"this template (or one it extends or includes) writes U+{char:04X}, half of a character "
            f"(a lone surrogate, as the escape '\\u{char:04x}' writes one), which no page can hold"
        )
    return said


EventPart = Callable[[Event, Callable[[], str]], str]
"""How a data file has an event's part made: remembered (``SiteRenderer.cached``)."""


@dataclass(frozen=True)
class DataInputs:
    """What a story's data file (``story.json``, ``timeline.csv``) is made from."""

    story: Story
    base_url: str | None
    md: Typeset
    linkable: frozenset[str]
    """The pages its links may lead to (``SiteRenderer.pages_of_data``)."""
    part: EventPart


class SiteRenderer:
    """Renders the pages of a site: with one Jinja environment per language of its
    pages (each translates the theme's interface text from its language's catalog)."""

    environment_kind: type[jinja2.Environment] = jinja2.Environment
    """The class of the environments (``speed/rendering.py`` gives a faster one)."""
    bytecode_cache: jinja2.BytecodeCache | None = None
    """Where the environments keep compiled templates (a fast build's: ``speed/templatecache.py``)."""

    def __init__(self, templates: str, markdown: MarkdownConverter | None = None) -> None:
        self.templates = templates
        self._markdown = markdown or MarkdownConverter()
        self._environments: dict[str, jinja2.Environment] = {}
        self.env = self.environment(ENGLISH)
        """The environment of English pages."""
        self.embeds = in_theme(templates, EMBED_TEMPLATE)
        """Whether the theme has an embed page (one made before embedding existed has not)."""
        self.last_count = 0
        """How many pages the latest ``render`` or ``write`` rendered."""
        self.story_pages: dict[str, frozenset[str]] = {}
        """What each story's Markdown links may lead to (``links.story_pages``, other
        stories' pages too) in the site being rendered: set by ``render`` and ``write``."""
        self.stories: dict[str, Story] = {}
        """The stories of the site being rendered, by id (for the pictures their texts
        show: ``Story.text_pictures``, ``Story.text_renditions``)."""
        self.own_pages: dict[str, frozenset[str]] = {}
        """Each story's own pages (``links.own_pages``) in the site being rendered."""
        self.assets: frozenset[str] | None = None
        """The files of the theme's ``assets/`` folder, listed by ``render`` and ``write``,
        which the pages' links to assets are checked against."""
        self.time_zone: str | None = None
        """The ``time_zone`` of the site being rendered, set by ``render`` and ``write``:
        the clock of the times written without a UTC offset that the timeline's gaps are
        measured on (``timegaps.timeline_entries``)."""
        self.asset_versions: Mapping[str, str] = {}
        """The version of each of those files that the pages' links to it end with
        (``versions.py``), as given to ``write``: none when rendering for the preview,
        which adds each as it serves a page, so that a saved stylesheet renders no page
        again."""

    def environment(self, tag: str) -> jinja2.Environment:
        """The environment writing pages in the language ``tag`` (one per language, made
        when first needed). A language without a catalog, which ``check`` reports, is
        written in English."""
        env = self._environments.get(tag)
        if env is None:
            language = written_in(tag)
            functions: dict[str, Callable[..., Any]] = {
                "locator_map": functools.partial(self.locator_map, language=tag),
                "event_item": functools.partial(self.event_item, language=tag),
                # The gaps are measured on the clock of the site being rendered (``start``).
                "timeline_entries": lambda events: timegaps.timeline_entries(events, self.time_zone),
                # with_gaps and same_day: what older themes' timelines ask.
                "with_gaps": lambda events: timegaps.with_gaps(events, self.time_zone),
                "same_day": timegaps.same_day,
                # The clock of a timeline's times without an offset: the site's, or each place's.
                "clock_note": lambda events: date_text(language, native_digits=True).clock_note(
                    events, self.time_zone
                ),
                # The UTC offset the clock note says once, which the entries leave off.
                "said_offset": lambda events: said_once(events, self.time_zone),
                "embed_snippet": functools.partial(embed.snippet, language=tag),
                "frame_title": functools.partial(embed.frame_title, language=tag),
            }
            kind, cache = self.environment_kind, self.bytecode_cache
            env = make_environment(
                self.templates, functions, self._markdown, language, kind=kind, bytecode_cache=cache
            )
            self._environments[tag] = env
        return env

    def template(self, language: str, name: str) -> jinja2.Template:
        """The theme's template ``name`` in the environment of ``language``. A template
        Jinja cannot compile for a reason of Python's rather than its own (``COMPILE_ERRORS``:
        twenty loops one inside another) is a content error at that template, not a
        traceback."""
        try:
            return self.environment(language).get_template(name)
        except jinja2.TemplateError:
            raise
        except COMPILE_ERRORS as exc:
            where = Position(os.path.join(self.templates, name))
            said = python_error(exc, compiling=True)
            raise ContentError([Problem(where, f"cannot compile: {said}")]) from None

    def reads_assets(self) -> bool:
        """Whether a template has been read from the theme's ``assets/`` folder."""
        loaders = [env.loader for env in self._environments.values()]
        return any(isinstance(loader, ThemeLoader) and loader.read_assets for loader in loaders)

    @property
    def markdown(self) -> MarkdownConverter:
        """The Markdown converter of the templates' ``markdown`` filters (before each
        language's quotation marks are set)."""
        md: Typeset = self.env.filters["markdown"]
        return md.markdown

    # The hooks that speed/rendering.py overrides: each returns what the plain version
    # does.

    def views(self, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        """The part of ``story`` a page of ``events`` (and ``figures``) shows."""
        return StoryView.of(story, events, figures)

    def cached(self, kind: tuple[Any, ...], inputs: tuple[Any, ...], make: Callable[[], S]) -> S:
        """A fragment shown on several pages (an event's entry, a map): ``make()``."""
        return make()

    def entry(
        self, event: Event, story: Story | StoryView, language: str, base_url: str | None,
        dated: tuple[bool, int | None], make: Callable[[], str],
    ) -> str:  # fmt: skip
        """An event's timeline entry on a page in ``language`` (``event_item``), ``make()``:
        the fast renderer renders each once for every page that shows it. ``dated``: how
        its date is written, after an entry of its day or not (``same_day``), and the UTC
        offset its page says once (``said``)."""
        del event, story, language, base_url, dated
        return make()

    def same(self, key: Hashable, inputs: object, make: Callable[[], S]) -> S:
        """A part of a page worked out from ``inputs`` alone (``pages.Same``): ``make()``."""
        return make()

    def pages_of_data(self, story: Story, export: Export, linkable: frozenset[str]) -> frozenset[str]:
        """``linkable``: what the Markdown links of ``story``'s data file ``export`` may
        lead to (``links.story_pages`` of the story, without its draft events for
        ``story.json`` and ``timeline.csv``)."""
        del story, export
        return linkable

    def render(self, site: Site, when_asked: bool = False) -> Mapping[str, bytes]:
        """Every file of ``site`` by output path. (``when_asked``: pages may be rendered
        once they are asked for; this renderer renders every one now.)"""
        del when_asked
        self.start(site)
        out: dict[str, bytes] = {}
        self.render_pages(self.page_list(site), out.__setitem__)
        self.last_count = len(out)
        return out

    def page_list(self, site: Site) -> list[Page]:
        """Every page of ``site`` (``render/pages.py``): each page's path, template and
        exactly the data it shows, its story views made by ``views``."""
        return list(pages(site, self.views, embeds=self.embeds, same=self.same))

    def write(
        self, site: Site, todo: list[Page], write: Write, versions: Mapping[str, str] | None = None
    ) -> int:
        """Render ``todo``, the pages of ``site`` (``page_list``), into ``write``; how many.
        ``versions``: of the theme's assets as the build publishes them, by name
        (``versions.versions_of``), which the pages' links to them end with."""
        self.start(site, versions)
        self.render_pages(todo, write)
        self.last_count = len(todo)
        return len(todo)

    # What every renderer does the same way.

    def start(self, site: Site, versions: Mapping[str, str] | None = None) -> None:
        """Before rendering the pages of ``site``: what its stories' links may lead to, and
        the theme's assets they may link to (by their ``versions``, when given: those the
        build publishes)."""
        self.own_pages = links.own_pages(site.stories)
        own = self.own_pages
        self.story_pages = {story.id: links.story_pages(story, own) for story in site.stories}
        self.stories = {story.id: story for story in site.stories}
        self.time_zone = site.time_zone
        self.asset_versions = versions or {}
        if versions is not None:
            self.assets = frozenset(versions)  # the very files published
        else:
            self.assets = frozenset(rel for rel, _ in files.theme_assets(self.templates))

    def render_pages(self, todo: Iterable[Page], write: Write) -> None:
        """Render ``todo`` one by one into ``write``; template mistakes as ContentError,
        a mistake met while rendering naming the page it was met on (a template may fail
        for one event only, and the author must find which)."""
        for page in todo:
            try:
                html = self.render_page(page)
            except (jinja2.TemplateSyntaxError, jinja2.TemplateNotFound) as exc:
                raise template_error(exc, self.templates) from exc  # every page alike
            except jinja2.TemplateError as exc:
                raise on_page(template_error(exc, self.templates), page.path) from exc
            except RENDER_ERRORS as exc:
                # A mistake in an edited template (a filter given the wrong kind of value)
                # surfaces as a Python error; report it where it happened, like any other.
                where = template_frame(exc.__traceback__, self.templates)
                if where is None and isinstance(exc, UnicodeEncodeError) and isinstance(page.template, str):
                    # Met encoding the page, after its templates ran; content holds no
                    # lone surrogate (``errors.NOT_TEXT``), so a template wrote it.
                    where = Position(os.path.join(self.templates, page.template))
                if where is None:
                    raise  # not from a template: a bug of ours, which should be seen as one
                message = older_call(exc) or python_error(exc)
                raise on_page(ContentError([Problem(where, message)]), page.path) from exc
            write(page.path, html)

    def render_page(self, page: Page) -> bytes:
        """The bytes of ``page``: the export it is (``render_export``), or its template
        rendered with its context and the links of its place in the site, then its
        Markdown's links to the story's media and pages made right for this page (a text
        is converted once, as from the story page)."""
        if isinstance(page.template, Export):
            return self.render_export(page.template, page.context, page.language)
        site: SiteInfo = page.context["site"]
        base_url = site.base_url
        up = links.way_up(page.path, base_url)
        search = site_paths.search_page(links.search_language(page.language, site.language))
        versions = self.asset_versions
        link = Links(
            page.path, page.story_id, base_url, up, assets=self.assets, versions=versions, search=search
        )
        template = self.template(page.language, page.template)
        html = template.render(links=link, page_path=page.path, **page.context)
        if page.story_id:
            # Markdown is converted once per text, so its links to the story's media and
            # to places on the story page are written as from the story page
            # (``media/x.pdf``, '#update-1'); made right for this page.
            home = page.path == site_paths.story_page(page.story_id)
            shown = self.story_pages[page.story_id]
            story = self.stories.get(page.story_id)
            # Looked for once (both steps below would read the page for it): a page
            # without it has no picture of a text to size, and sizing one leaves its link
            # to the media, or replaces it by renditions, which have none.
            media = MARKDOWN_MEDIA in html
            if story is not None and media:
                html = links.sized_text_pictures(html, story.text_pictures, story.text_renditions, link)
            here = links.own_page(page.path, page.story_id)
            url = link.to(page.story_id + "/")
            html = story_media_at(html, url, shown, on_story_page=home, here=here, holds_media=media)
        return html.encode("utf-8")

    def typeset(self, text: str | None, language: str) -> str:
        """The HTML of Markdown ``text`` with the quotation marks of ``language``."""
        return Typeset(self.markdown, language)(text)

    def render_export(self, export: Export, ctx: dict[str, Any], language: str) -> bytes:
        """A machine-readable file: TimelineJS JSON, the story's data (JSON and CSV), oEmbed,
        the feed, the sitemap or robots.txt, with dates and quotation marks written in
        ``language``; each made by its own method (``EXPORTS``)."""
        return EXPORTS[export](self, ctx, language)

    def _timelinejs(self, ctx: dict[str, Any], language: str) -> bytes:
        story, base_url = ctx["story"], ctx["base_url"]
        # Whether slides carry a group is the story's to say (how many its events make).
        grouped = timelinejs.grouped(story)
        # A slide's links depend on the pages the story has (an event taken out takes
        # away the page of a figure only it named), as the data files' rows do.
        linkable = self.pages_of_data(story, Export.TIMELINEJS, links.story_pages(story, self.own_pages))

        def slide(event: Event, make: Callable[[], str]) -> str:
            return self.cached(("json", base_url, language, grouped, linkable), (event,), make)

        md = Typeset(self.markdown, language)
        return timelinejs.export(story, md, base_url, slide, timelinejs.when_in(language), linkable, language)

    def _data_part(self, export: Export, ctx: dict[str, Any], language: str) -> DataInputs:
        """What the story's data files (``story.json``, ``timeline.csv``) are made with:
        the pages their links may lead to, and each event's part, remembered."""
        story, base_url = ctx["story"], ctx["base_url"]
        # Made with the page (``pages._data_files``): the data files carry what is
        # published only, and their links to another story lead to what it publishes.
        linkable = self.pages_of_data(story, export, ctx["linkable"])
        # An event's part depends on what its links may lead to (a draft made public
        # in the preview gives them a page): the set is part of the key, the very same
        # object while it is the same, so comparing keys stays quick.
        kind = (export.value, story.id, base_url, language, linkable, timelinejs.grouped(story))

        def part(event: Event, make: Callable[[], str]) -> str:
            return self.cached(kind, (event,), make)

        return DataInputs(story, base_url, Typeset(self.markdown, language), linkable, part)

    def _story_json(self, ctx: dict[str, Any], language: str) -> bytes:
        data = self._data_part(Export.STORY_JSON, ctx, language)
        return storyjson.export(data.story, data.md, data.base_url, language=language, linkable=data.linkable,
                                translation_of=ctx["translation_of"], translations=ctx["translations"],
                                event_json=data.part, related=ctx.get("related", ()),
                                also_in=ctx.get("also_in", ()))  # fmt: skip

    def _timeline_csv(self, ctx: dict[str, Any], language: str) -> bytes:
        data = self._data_part(Export.TIMELINE_CSV, ctx, language)
        return timelinecsv.export(data.story, data.md, data.base_url, language, data.linkable, data.part)

    def _oembed(self, ctx: dict[str, Any], language: str) -> bytes:
        info: SiteInfo = ctx["site"]
        assert info.base_url is not None
        return embed.oembed(
            ctx["story"], site_title=info.title, base_url=info.base_url, language=language, light=ctx["light"]
        )

    def _feed(self, ctx: dict[str, Any], language: str) -> bytes:
        site: SiteInfo = ctx["site"]
        assert site.base_url is not None
        return feeds.atom(base_url=site.base_url, title=ctx["title"], language=language,
                          stories=ctx["stories"], markdown=self.typeset,
                          time_zone=ctx["time_zone"], changed=ctx["changed"],
                          subtitle=ctx["subtitle"], path=ctx["path"], home=ctx["home"],
                          publisher=site.title, pages=self.own_pages)  # fmt: skip

    def _sitemap(self, ctx: dict[str, Any], language: str) -> bytes:
        return feeds.sitemap(ctx["base_url"], ctx["entries"], ctx["time_zone"])

    def _robots(self, ctx: dict[str, Any], language: str) -> bytes:
        return feeds.robots(ctx["base_url"])

    def event_item(
        self,
        event: Event,
        story: Story | StoryView,
        link: Links,
        gap: str = "",
        *,
        language: str,
        same_day: bool = False,
        thumbnail: bool = True,
        said: int | None = None,
    ) -> Markup:
        """An event's timeline entry (its list item), the same on pages of any depth but
        for its links and the ``gap`` at its top (HTML, or empty); with ``same_day``,
        after an entry of its day (``timegaps.same_day``), its date column shows the
        time alone; without ``thumbnail``, without its picture; with ``said``, the UTC
        offset the page says once above its timeline (``dates.said_once``), its time is
        written without it.

        ``_event.html`` sees only the event, the figures, locations and sources it names
        (``entry_view``: not the rest of the page's, which would make an entry differ
        from page to page), links that climb to the root with ``links.UP``, ``GAP``
        where the gap goes and ``THUMB`` around the picture, all replaced here for the
        page. So one rendering of an event's entry can serve every page that shows it:
        this renderer renders it for each page (``cached`` makes it anew), the fast one
        once (``speed/rendering.py``). (A theme's ``_event.html`` made before ``thumb``
        has its picture on every page.)
        """

        def make() -> str:
            view = entry_view(event, story)
            anywhere = Links(  # no "#x" shortcut
                "", story.id, link.base_url, up=links.UP, assets=self.assets, versions=self.asset_versions
            )
            template = self.template(language, "_event.html")
            return template.render(
                event=event,
                story=view,
                links=anywhere,
                gap=Markup(GAP),
                same_day=same_day,
                said=said,
                thumb=Markup(THUMB),
                names=Markup(NAMES),
            )

        entry = self.entry(event, story, language, link.base_url, (same_day, said), make)
        if not thumbnail and entry.count(THUMB) == 2:  # a theme's marks that pair (else kept whole)
            before, _, rest = entry.partition(THUMB)
            entry = before + rest.partition(THUMB)[2]
        entry = entry.replace(THUMB, "")
        if NAMES in entry:  # not in a theme's entry made before `names`, which writes its own
            entry = entry.replace(NAMES, names_line(event, story, link.page, line_words(language)))
        return Markup(entry.replace(links.UP, link.up).replace(GAP, escape(gap)))

    def locator_map(
        self,
        locations: Iterable[Location],
        links: Links,
        caption_id: str = "",
        current: str | None = None,
        *,
        language: str,
        in_order: bool = False,
    ) -> Markup:
        """The map of ``locations`` that have coordinates, markers linking to their pages;
        their names placed in the order given with ``in_order`` (the most important first),
        else by name (where two would collide, the first placed is named). The map is
        named by the caption of the figure it is in: ``caption_id``, its id, which a theme
        written before gives, is no longer used."""
        unique = tuple({loc.id: loc for loc in locations}.values())  # current may repeat

        def make() -> str:
            markers = [
                maps.Marker(loc, links.location(loc.id), current=loc.id == current)
                for loc in unique
                if loc.coordinates is not None
            ]
            lang = written_in(language)
            # Its names in the direction a page sets its language's text apart in.
            direction = isolated_direction(language, lang.direction)
            name = functools.partial(map_country_name, lang)
            return maps.locator_map(
                markers,
                country_name=name,
                in_order=in_order,
                direction=direction,
                close_up=close_up_text(language),
            )

        kind = ("map", links.depth, links.story_id, current, language, in_order)
        return Markup(self.cached(kind, unique, make))


EXPORTS: dict[Export, Callable[[SiteRenderer, dict[str, Any], str], bytes]] = {
    Export.TIMELINEJS: SiteRenderer._timelinejs,
    Export.STORY_JSON: SiteRenderer._story_json,
    Export.TIMELINE_CSV: SiteRenderer._timeline_csv,
    Export.OEMBED: SiteRenderer._oembed,
    Export.FEED: SiteRenderer._feed,
    Export.SITEMAP: SiteRenderer._sitemap,
    Export.ROBOTS: SiteRenderer._robots,
}
"""Which method of the renderer makes each export (``render_export``)."""
