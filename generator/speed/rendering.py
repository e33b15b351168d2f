"""The renderer's speed-ups: the same bytes as ``renderer.SiteRenderer``, sooner.

- Fragments shown on many pages (an event's timeline entry appears on the story page
  and on the page of every figure and place it names; a locator map) are rendered once
  and remembered while their inputs are the very same objects.
- What is worked out from a whole story for its pages (the story page's overview
  strip, when each event last changed) is kept while what it is worked out from is
  equal (``same``): an edit of one event's title or text leaves it.
- ``render`` (the preview) reuses the bytes of every page whose context is unchanged
  since the last build; unchanged content keeps its model objects (``speed.incremental.Memo``),
  so comparing contexts is quick.
- Each template's globals are a plain dict (``SettledGlobals``): Jinja compares them on
  every import, which over its ``ChainMap`` took a seventh of the rendering.
- The theme's plain ``_("text")`` is translated as a template compiles, not on every
  page (``interface_text.py``): a fifth of an event page's rendering.
- Large sites are rendered on two cores (``parallel.py``), Markdown converted ahead on
  both when there is much of it, and conversions kept on disk between builds
  (``diskcache.py``).

A test builds sites with and without these (``EXPLAINER_SPEED=off``) and compares every
byte.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Collection, Hashable, Iterator, Mapping, MutableMapping, Sequence
from functools import partial
from typing import Any, TypeVar

import jinja2
from markupsafe import Markup

from generator.content.model import Event, Site, Story
from generator.content.published import markdown_texts
from generator.i18n.dates import timed_dates
from generator.i18n.languages import written_in
from generator.markdown.markup import MarkdownConverter
from generator.output.staging import FileWriter
from generator.render.environment import theme_templates
from generator.render.pages import Export, Page, StoryView
from generator.render.renderer import SiteRenderer, Write
from generator.render.template_errors import template_error
from generator.speed import diskcache, interface_text, parallel, templatecache

S = TypeVar("S")

PARALLEL_FROM = 300
"""Pages to render in memory (the preview's builds) before the work is shared with a
second process. Sharing would pay from about 100 (at 100 events, 122 pages, 80 ms on two
cores against 93 ms on one: docs/performance.md, 2 December, 10:56), but the preview's
time limit stops a template that never ends where this process is: in the helper's
share, it would name no template."""

PARALLEL_WRITING_FROM = 50
"""The same for a build writing its pages into a folder: each process writes what it
renders and only the paths come back, so sharing pays sooner (a build of 50 events, 66
pages, is 8 ms sooner on two cores, one of 100 events 21 ms)."""

ON_REQUEST_BELOW = 300
"""A preview rebuild changing fewer pages than this renders them when they are first
asked for (``FastRenderer.render``, ``when_asked``); more are rendered at once, on both
cores."""

SPLIT_MARKDOWN_FROM = 3000
"""Markdown texts to convert before it pays to share that too: plain prose takes tens
of microseconds a text (``prose.py``), a fork and sending the results back about 10 ms."""

Fragments = dict[tuple[Any, ...], tuple[tuple[Any, ...], Any]]


class SettledGlobals(jinja2.Environment):
    """Jinja's environment, each template's globals a plain dict of the environment's.

    Jinja (3.1) gives every template a ``ChainMap`` of its own globals over the
    environment's, so that changes to the environment's globals made after a template
    is loaded still show; ``make_environment`` sets them all before. On every
    ``{% import %}`` and ``{% from ... import %}`` (a page's macros, and each timeline
    entry's), Jinja compares the importing template's globals with the imported one's,
    and over a ``ChainMap`` that took about 12 microseconds: with a dict, rendering the
    pages of 1,000 events takes 315 ms of processor time instead of 367.
    ``make_globals`` is the documented place to decide a template's globals.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


class FastRenderer(SiteRenderer):
    """``SiteRenderer`` remembering what repeats within a build and from one to the next."""

    environment_kind = SettledGlobals

    def __init__(
        self,
        templates: str,
        markdown_store: diskcache.MarkdownStore | None = None,
        compiled: Callable[[], None] | None = None,
    ) -> None:
        self.markdown_converter = RememberingMarkdown()
        self.bytecode_cache = templatecache.compiled_templates()
        super().__init__(templates, self.markdown_converter)
        self.compiled = compiled
        """Waits until the theme is compiled into Jinja's bytecode cache by a helper
        (``speed.Fast``); called before the first template is looked up."""
        self.rendered: dict[str, tuple[Page, bytes]] = {}
        """The previous build's pages, by path: what they were made from and what they are."""
        self._fragments: Fragments = {}
        self._previous_fragments: Fragments = {}
        self._same: dict[Hashable, tuple[object, Any]] = {}
        """What ``same`` made in the last page list, by key, with its inputs."""
        self._next_same: dict[Hashable, tuple[object, Any]] = {}
        self._views = StoryViews()
        self.data_pages: dict[tuple[str, bool], frozenset[str]] = {}
        """What the Markdown links of each story's data files may lead to, by story id and
        whether the file is ``timeline.json``, kept from one build to the next while it is
        the same (``pages_of_data``)."""
        self._on_request: PagesOnRequest | None = None
        """The pages of the latest ``render`` that renders some when asked for."""
        self._helper_read_assets = False
        """Whether a template the helper process rendered read from the theme's
        ``assets/`` (``_render_on_two_cores``): its loaders are its own."""
        self.markdown_store = markdown_store
        if markdown_store is not None:
            self.markdown_converter.stored = markdown_store.lookup

    def environment(self, tag: str) -> jinja2.Environment:
        """The plain renderer's environment for the language ``tag``, translating the
        theme's plain ``_("text")`` as its templates compile (``interface_text.py``)."""
        env = self._environments.get(tag)
        if env is None:
            env = super().environment(tag)
            interface_text.compile_in(env, written_in(tag).catalog)
        return env

    def reads_assets(self) -> bool:
        return self._helper_read_assets or super().reads_assets()

    def pages_of_data(self, story: Story, export: Export, linkable: frozenset[str]) -> frozenset[str]:
        """``linkable``, as the last build had it when it is the same: the very set, which
        the entries remembered for the data file are kept under (``cached``), found
        without comparing it again."""
        # timeline.json has the preview's drafts, story.json and timeline.csv not: each
        # keeps its own set, so that neither replaces the other's in every build.
        key = (story.id, export is Export.TIMELINEJS)
        known = self.data_pages.get(key)
        if known == linkable:
            return known
        self.data_pages[key] = linkable
        return linkable

    def views(self, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        return self._views.of(story, events, figures)

    def cached(self, kind: tuple[Any, ...], inputs: tuple[Any, ...], make: Any) -> Any:
        """``make()``, or what it returned for the very same ``inputs`` in this or the last build."""
        key = (*kind, *map(id, inputs))
        hit = self._fragments.get(key)
        if hit is not None and all(map(operator.is_, hit[0], inputs)):
            return hit[1]  # made in this build (the key's ids say the inputs are as many)
        hit = self._previous_fragments.get(key)
        value = hit[1] if hit is not None and all(map(operator.is_, hit[0], inputs)) else make()
        self._fragments[key] = (inputs, value)
        return value

    def entry(
        self, event: Event, story: Story | StoryView, language: str, base_url: str | None,
        dated: tuple[bool, int | None], make: Callable[[], str],
    ) -> str:  # fmt: skip
        """An event's entry, rendered once for every page that shows it (``cached``)."""
        kind = entry_kind(story.id, story.title, language, base_url, *dated)
        entry: str = self.cached(kind, entry_inputs(event, story), make)
        return entry

    def same(self, key: Hashable, inputs: object, make: Callable[[], S]) -> S:
        """``make()``, or what it made for ``key`` in the last page list while ``inputs``
        are equal to that list's: drawing the overview strip of 1,000 events took 5 ms of
        every one-event rebuild in the preview, finding when each event last changed 2 ms;
        working out and comparing what they are found from (and rebinding the strip's
        bars) takes about a sixth of that."""
        hit = self._same.get(key)
        value: S = hit[1] if hit is not None and hit[0] == inputs else make()
        self._next_same[key] = (inputs, value)
        return value

    def page_list(self, site: Site) -> list[Page]:
        every = super().page_list(site)
        # What the list did not use (a story gone) is forgotten; a list stopped by a
        # mistake keeps what the one before made.
        self._same, self._next_same = self._next_same, {}
        return every

    def render(self, site: Site, when_asked: bool = False) -> Mapping[str, bytes]:
        """Every file of ``site`` by output path; pages whose inputs are unchanged are reused.

        ``when_asked`` (the preview's server): when only a few pages are rendered again,
        each is rendered once it is first asked for (``PagesOnRequest``), so that the open
        page is shown before the others are ready. Only while the theme is as it was for the
        last build's pages: a template saved is rendered everywhere at once, and its
        mistakes are said at once. ``last_count`` then counts the pages that what was
        saved since the last build changed, rendered yet or not (not those the last build
        left to render that this one makes from the same inputs).
        """
        left = self._close_on_request()
        linkable = self.story_pages
        shown = {sid: (s.text_pictures, s.text_renditions) for sid, s in self.stories.items()}
        self._start_reusing(site)
        moved_pages = _moved_stories(linkable, self.story_pages)
        # A picture a text shows is written into the page after its template
        # (``links.sized_text_pictures``), from the story's ``text_renditions``, which no
        # page's inputs hold: a story whose pictures changed (a file replaced, the text
        # as it was) has none of its pages reused.
        moved_pages |= {
            sid
            for sid, s in self.stories.items()
            if shown.get(sid, ((), ())) != (s.text_pictures, s.text_renditions)
        }
        self._views.start()
        every = self.page_list(site)
        texts = self.convert_markdown(site)
        todo = [
            p
            for p in every
            if (old := self.rendered.get(p.path)) is None or old[0] != p or p.story_id in moved_pages
        ]
        later = when_asked and bool(self.rendered) and len(todo) < ON_REQUEST_BELOW
        # Pages the last build left to render that this one makes from the same inputs
        # are left again, but are not counted: nothing saved since changed them (the
        # preview reloads the open pages for what a save changed).
        carried = (
            [p for p in todo if left.get(p.path) == p and p.story_id not in moved_pages] if later else []
        )
        done = {} if later else self._render(site, todo, None)
        waiting = {page.path for page in todo} if later else set()
        out, fresh = self._rendered_or_reused(every, done, waiting)
        self._save_markdown(texts)
        self.rendered = fresh
        self.last_count = len(todo) - len(carried)
        self._views.finish()
        if not later:
            self._previous_fragments, self._fragments = self._fragments, {}
            return out
        # The fragments are turned over when the next build begins: until then, the pages
        # left to render reuse those of the build before, as they would have here.
        self._on_request = PagesOnRequest(self, [p.path for p in every], out, todo)
        return self._on_request

    def _close_on_request(self) -> dict[str, Page]:
        """The pages the last build left to render when asked for (``PagesOnRequest``), by
        path, which this build renders; none when it rendered every page at once."""
        if self._on_request is None:
            return {}
        left = self._on_request.close()
        # The last build is over only now: its pages rendered since it returned used
        # (and made) fragments, which this one may reuse, as after a build that
        # rendered every page at once. Nothing here keeps its pages alive any longer.
        self._previous_fragments, self._fragments = self._fragments, {}
        self._on_request = None
        return left

    def _start_reusing(self, site: Site) -> None:
        """Start rendering ``site`` (``SiteRenderer.start``), forgetting every page and
        fragment rendered when the theme's assets changed."""
        assets = (self.assets, self.asset_versions)
        self.start(site)
        if (self.assets, self.asset_versions) != assets:
            # A file of the theme's assets/ came or went: a page's link to it is checked
            # again (``Links.asset``), so nothing rendered is reused. (Or the last pages
            # were written with the assets' versions, which the preview's have not.)
            self.rendered, self._previous_fragments = {}, {}

    def _rendered_or_reused(
        self, every: list[Page], done: Mapping[str, bytes], waiting: set[str]
    ) -> tuple[dict[str, bytes], dict[str, tuple[Page, bytes]]]:
        """Each page of ``every`` not ``waiting`` to be asked for, by path: as ``done``
        rendered it, else as the last build did; and the same with the page it is of."""
        out: dict[str, bytes] = {}
        fresh: dict[str, tuple[Page, bytes]] = {}
        for page in every:
            if page.path in waiting:
                continue  # rendered when first asked for
            data = done[page.path] if page.path in done else self.rendered[page.path][1]
            out[page.path] = data
            fresh[page.path] = (page, data)
        return out, fresh

    def write(
        self, site: Site, todo: list[Page], write: Write, versions: Mapping[str, str] | None = None
    ) -> int:
        """Render ``todo``, the pages of ``site``, straight into ``write``; how many. Each
        page is written by the process that rendered it, so on two cores writing is
        shared too. (``versions``: as ``SiteRenderer.write`` takes them.)"""
        before = self.asset_versions
        self.start(site, versions)
        if self.asset_versions != before:  # an event's entry may link an asset by its version
            self._fragments, self._previous_fragments = {}, {}
        texts = self.convert_markdown(site)
        self._render(site, todo, write)
        self._save_markdown(texts)
        self.last_count = len(todo)
        return len(todo)

    def convert_markdown(self, site: Site) -> list[str]:
        """Convert every Markdown text of ``site`` not converted yet (taking what the disk
        cache has), on both cores if there are many; the texts."""
        md = self.markdown_converter
        texts = list(dict.fromkeys(t for story in site.stories for t in markdown_texts(story)))
        md.forget_unless_in(texts)
        _convert(md, [t for t in texts if not md.has(t)])
        return texts

    def _save_markdown(self, texts: list[str]) -> None:
        if self.markdown_store is not None:
            md = self.markdown_converter
            kept = {diskcache.digest(t): str(md(t)) for t in texts if md.worth_keeping(t)}
            self.markdown_store.save(kept)

    def _render(self, site: Site, todo: list[Page], write: Write | None) -> dict[str, bytes]:
        """The pages of ``todo`` by path; or, with ``write``, each written there as soon as
        it is rendered (and nothing returned)."""
        if self.compiled is not None:
            self.compiled()
            self.compiled = None
        folder = write if isinstance(write, FileWriter) else None
        share_from = PARALLEL_FROM if folder is None else PARALLEL_WRITING_FROM
        if len(todo) >= share_from and parallel.available() and (write is None or folder is not None):
            return self._render_on_two_cores(site, todo, folder)
        done: dict[str, bytes] = {}
        self.render_pages(todo, write or done.__setitem__)
        return done

    def _render_on_two_cores(
        self, site: Site, todo: list[Page], folder: FileWriter | None
    ) -> dict[str, bytes]:
        """Render ``todo`` with a forked helper; the same bytes as rendering it here.

        Every Markdown text is converted before (``convert_markdown``): many are shown on
        both sides. Both render (and, with ``folder``, write) pages until none are left.
        In the preview (no ``folder``), the timeline entries the helper made (where the
        two sides met) are handed back and kept for the next build; a one-off build
        hands back none.
        """
        self._compile_theme(site, todo)
        if folder is not None and site.search:
            # The pages' folders made here in the order the plain build writes them in:
            # Pagefind numbers the pages in the order it finds them in their folders, and
            # where a folder lists what was made in it by age (tmpfs), the index changed
            # with the way the two processes happened to take turns (two builds of 10,000
            # events: 94 of its files differed).
            folder.make_folders(page.path for page in todo)
        # This process starts with the pages that show event entries (story, year, figure
        # and location pages), so each entry is rendered once, here, where the build goes
        # on: the pages written beside the index (the story and year pages,
        # ``Speed.aside``) and the preview's next build take them from here. The helper
        # starts with the event pages from the other end. Both take small batches until
        # they meet, so the work (writing included) evens out by itself.
        work = _entry_pages_first(todo)
        claims = parallel.Claims(len(work))

        def take(front: bool) -> dict[str, bytes]:
            done: dict[str, bytes] = {}
            while got := claims.take(front=front, batch=8):
                self.render_pages([work[i] for i in got], folder or done.__setitem__)
            return done

        kinds = {
            entry_kind(s.id, s.title, s.pages_language(site.language), site.base_url, same, said)
            for s in site.stories
            for same in (False, True)
            for said in offsets_said(s)
        }

        def helper() -> tuple[dict[str, bytes], dict[tuple[Any, ...], str], set[str], bool]:
            done = take(front=False)
            if folder is not None:  # a one-off build: no next build to keep entries for
                return done, {}, folder.written, False
            # The entries only: the maps and the rest are made again here if need be.
            entries = {key: value for key, (_, value) in self._fragments.items() if key[:6] in kinds}
            # A page it alone rendered may include a file of assets/ (an inline
            # stylesheet): the preview must render it again when that file is saved.
            return done, entries, set(), self.reads_assets()

        try:
            own, (theirs_done, entries, written, read_assets) = parallel.split(partial(take, True), helper)
        finally:
            claims.close()
        self._helper_read_assets = self._helper_read_assets or read_assets
        if folder is not None:
            folder.adopt(written)
        self._keep_entries(site, entries)
        return {**own, **theirs_done}

    def _compile_theme(self, site: Site, todo: list[Page]) -> None:
        """Compile each template of the theme in every language of ``site`` and ``todo``,
        once, before forking: both processes then find them compiled. A template's
        mistake is said here, as rendering here would say it (``template_error``)."""
        try:
            # Every language a page is written in: a search page's may be none of the
            # stories' own ('fr' for a story in 'fr-CA').
            tags = {site.language, *(page.language for page in todo)}
            for tag in sorted(tags):
                for name in theme_templates(self.environment(tag)):
                    self.template(tag, name)  # compile once, before forking, for both sides
        except jinja2.TemplateError as exc:
            raise template_error(exc, self.templates) from exc

    def _keep_entries(self, site: Site, entries: Mapping[tuple[Any, ...], str]) -> None:
        """Keep the timeline entries the helper process rendered (``entries``, by
        fragment key) as if rendered here, with the very inputs of this build's events,
        so that the next build reuses them (``cached``)."""
        for story in site.stories if entries else ():  # none from a one-off build
            for same, said in itertools.product((False, True), offsets_said(story)):
                # an entry after one of its day or not, on a page that says an offset once or not
                kind = entry_kind(
                    story.id, story.title, story.pages_language(site.language), site.base_url, same, said
                )
                for event in story.events:
                    inputs = entry_inputs(event, story)
                    key = (*kind, *map(id, inputs))
                    if key in entries:
                        self._fragments[key] = (inputs, entries[key])


def entry_kind(
    story_id: str, story_title: str, language: str, base_url: str | None, same_day: bool = False,
    said: int | None = None,
) -> tuple[str, str, str, str | None, bool, int | None]:  # fmt: skip
    """What, besides its inputs, tells an event's entry apart: its story (and the story's
    title, which the entry's view holds), its language, the site's address (a theme's
    entry may link absolutely), whether it follows an entry of its day, so that its
    date column shows the time alone (``timegaps.same_day``), and the UTC offset its page
    says once, which its time leaves off (``dates.said_once``)."""
    return (story_id, story_title, language, base_url, same_day, said)


def offsets_said(story: Story) -> list[int | None]:
    """The UTC offsets a page of ``story`` may say once for its entries (``dates.said_once``):
    none, or one its times are written with."""
    own = {date.offset for date in timed_dates(story.events) if date.offset is not None}
    return [None, *sorted(own)]


def entry_inputs(event: Event, story: Story | StoryView) -> tuple[Any, ...]:
    """What an event's timeline entry shows: the event and what it names (``renderer.entry_view``)."""
    figures, locations, sources = story.figures, story.locations, story.sources
    return (
        event,
        *[figures[f] for f in event.figures],
        *[locations[loc] for loc in event.locations],
        *[sources[s] for s in event.sources],
    )


PAGES_WITH_ENTRIES = frozenset({"story.html", "year.html", "figure.html", "location.html"})
"""The templates of the pages that show event entries (each entry is a fragment)."""


def _entry_pages_first(todo: list[Page]) -> list[Page]:
    """``todo``, the pages that show event entries first, each part in its order."""
    work = [p for p in todo if p.template in PAGES_WITH_ENTRIES]
    work += [p for p in todo if p.template not in PAGES_WITH_ENTRIES]
    return work


class PagesOnRequest(Mapping[str, bytes]):
    """A build's files by output path, the pages it renders again each rendered when it
    is first asked for (``FastRenderer.render``).

    An editor saves one event: 17 pages of 1,000 events' site change, rendered in about
    20 ms, of which the page open in the browser takes one. The preview tells the open
    page to reload before rendering any, renders the page the browser then asks for, and
    the rest a moment later (``render_next``). A page is rendered as it would have been
    with the others: from the same page list, with the same renderer; the next ``render``
    closes this one, and renders what it had not.
    """

    def __init__(
        self, renderer: FastRenderer, paths: list[str], done: dict[str, bytes], waiting: list[Page]
    ) -> None:
        self._renderer = renderer
        self._paths = paths
        self._done = done
        self._waiting = {page.path: page for page in waiting}

    def __getitem__(self, path: str) -> bytes:
        data = self._done.get(path)
        if data is None:
            self._render(self._waiting[path])  # KeyError for a path that is no page
            data = self._done[path]
        return data

    def __contains__(self, path: object) -> bool:
        return path in self._done or path in self._waiting

    def __iter__(self) -> Iterator[str]:
        return (path for path in self._paths if path in self)

    def __len__(self) -> int:
        return len(self._done) + len(self._waiting)

    @property
    def waiting(self) -> int:
        """How many pages are not rendered yet."""
        return len(self._waiting)

    def is_waiting(self, path: str) -> bool:
        return path in self._waiting

    def render_next(self) -> bool:
        """Render the next page not rendered yet; whether any are left after it. A
        template's mistake is raised as the whole build's render raises it."""
        if self._waiting:
            self._render(next(iter(self._waiting.values())))
        return bool(self._waiting)

    def _render(self, page: Page) -> None:
        self._renderer.render_pages([page], self._done.__setitem__)
        del self._waiting[page.path]
        self._renderer.rendered[page.path] = (page, self._done[page.path])  # for the next build

    def close(self) -> dict[str, Page]:
        """A newer build begins: the pages not rendered yet are left to it (this
        renderer's state is that build's from now on); they, by path."""
        left, self._waiting = self._waiting, {}
        return left


def _convert(md: RememberingMarkdown, texts: list[str]) -> None:
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


FORGET_BEYOND = 256
"""How many texts more than twice the site's ``RememberingMarkdown`` keeps before it
forgets those the site no longer holds (``forget_unless_in``)."""


class RememberingMarkdown(MarkdownConverter):
    """The Markdown converter, converting each text once and taking conversions kept on
    disk by an earlier build (``diskcache``) or made by the other process."""

    def __init__(self) -> None:
        super().__init__()
        self._cache: dict[str, Markup] = {}
        self._slow: set[str] = set()
        """Texts that needed Python-Markdown: the ones worth keeping for the next build."""
        self.stored: Callable[[str], str | None] | None = None
        """Where conversions made by an earlier build may be found."""
        self._typeset: dict[tuple[str, str, int], Markup] = {}
        """Each text as typeset in a language below a heading (``typeset``)."""

    def __call__(self, text: str | None) -> Markup:
        if not text:
            return Markup("")
        html = self._cache.get(text)
        if html is None:
            kept = self.stored(text) if self.stored is not None else None
            if kept is None:
                kept, slow = self.convert(text)
            else:
                slow = True  # only such texts are stored
            if slow:
                self._slow.add(text)
            html = self._cache[text] = Markup(kept)
        return html

    def typeset(self, text: str | None, language: str, under: int, make: Callable[[], Markup]) -> Markup:
        """A text typeset once per language and heading level: a 1,000-event build asks
        for its 2,052 typeset texts 6,129 times (a summary on its event page, in its
        description, in the timelines' entries and in the data files); each made again
        took 2.4 microseconds of processor time."""
        if not text:
            return make()
        key = (text, language, under)
        html = self._typeset.get(key)
        if html is None:
            html = self._typeset[key] = make()
        return html

    def forget_unless_in(self, texts: Collection[str]) -> None:
        """Forget the texts not among ``texts`` (the site's, for this build) once more than
        twice as many are kept (and a few hundred more): the preview's renderer lives
        through every save, and each save of a text left its earlier version here,
        converted and typeset in each language and heading level, for as long as the
        server ran. A text forgotten and shown again is converted again."""
        if len(self._cache) <= FORGET_BEYOND + 2 * len(texts):
            return
        current = set(texts)
        self._cache = {text: html for text, html in self._cache.items() if text in current}
        self._typeset = {key: html for key, html in self._typeset.items() if key[0] in current}
        self._slow &= current

    def worth_keeping(self, text: str) -> bool:
        """Whether converting ``text`` again would take Python-Markdown (plain prose is
        converted again sooner than a stored conversion is looked up)."""
        return text in self._slow

    def has(self, text: str) -> bool:
        return text in self._cache

    def convert_all(self, texts: list[str]) -> dict[str, tuple[str, bool]]:
        """Convert ``texts``, for handing to another process's ``adopt``: each one's HTML,
        and whether it is worth keeping."""
        return {text: (str(self(text)), text in self._slow) for text in texts}

    def adopt(self, converted: dict[str, tuple[str, bool]]) -> None:
        """Take conversions made by ``convert_all`` in another process."""
        for text, (html, slow) in converted.items():
            self._cache[text] = Markup(html)
            if slow:
                self._slow.add(text)


class StoryViews:
    """``StoryView.of``, remembered from one build to the next.

    The preview builds every page's context on every rebuild. A view of the very same
    event objects (unchanged content keeps its model objects, see ``speed.incremental.Memo``)
    whose figures, places and sources are still the story's own is handed back as it
    was, which also makes comparing the page with the last build's quick.
    """

    def __init__(self) -> None:
        self._last: dict[tuple[Any, ...], tuple[Sequence[Event], StoryView]] = {}
        self._now: dict[tuple[Any, ...], tuple[Sequence[Event], StoryView]] = {}
        self._parts_last: dict[str, Parts] = {}
        """Each story's figures, places and sources in the last build."""
        self._kept: dict[str, tuple[Parts, bool]] = {}
        """Each story's figures, places and sources in this build, and whether they are
        the very objects of the last (then every view remembered from it still shows the
        story's own)."""

    def of(self, story: Story, events: Sequence[Event], figures: Sequence[str] = ()) -> StoryView:
        # The events by identity: the views remembered keep their events alive, so no
        # other object can have the id of one of them.
        key = (story.id, story.title, *figures, *map(id, events))
        unchanged = self._unchanged(story)
        hit = self._last.get(key)
        if hit is not None and (unchanged or _still(hit[1], story)):
            view = hit[1]
        else:
            view = StoryView.of(story, events, figures)
        self._now[key] = (events, view)
        return view

    def _unchanged(self, story: Story) -> bool:
        """Whether ``story``'s figures, places and sources are all the very objects they
        were in the last build: found once a build for the story's mappings, instead of
        for each of its pages."""
        parts: Parts = (story.figures, story.locations, story.sources)
        known = self._kept.get(story.id)
        if known is not None and all(map(operator.is_, known[0], parts)):
            return known[1]
        last = self._parts_last.get(story.id)
        kept = last is not None and all(map(_same_values, parts, last))
        self._kept[story.id] = (parts, kept)
        return kept

    def start(self) -> None:
        """A build begins: what a build that failed made is dropped (only the views of the
        last build that succeeded are handed back, and only while its story's figures,
        places and sources are the very objects, or the view's own still are)."""
        self._now, self._kept = {}, {}

    def finish(self) -> None:
        """The build is over: what it did not use is forgotten."""
        self._last, self._now = self._now, {}
        self._parts_last = {story_id: parts for story_id, (parts, _) in self._kept.items()}
        self._kept = {}


Parts = tuple[Mapping[str, Any], Mapping[str, Any], Mapping[str, Any]]


def _within(part: Mapping[str, Any], whole: Mapping[str, Any]) -> bool:
    """Whether each value of ``part`` is the very object ``whole`` has under its key."""
    return all(whole.get(k) is v for k, v in part.items())


def _same_values(now: Mapping[str, Any], last: Mapping[str, Any]) -> bool:
    return len(now) == len(last) and _within(now, last)


def _still(view: StoryView, story: Story) -> bool:
    """Whether a remembered view still shows the story's own figures, places and sources."""
    shown: Parts = (view.figures, view.locations, view.sources)
    own: Parts = (story.figures, story.locations, story.sources)
    return all(map(_within, shown, own))


def _moved_stories(
    before: Mapping[str, frozenset[str]], now: Mapping[str, frozenset[str]]
) -> set[str | None]:
    """The stories none of whose pages is reused, given what each story's Markdown links
    may lead to ``before`` and ``now`` (``story_pages``); with None for the site's own
    pages when they go too."""
    # A story whose events, figures or places came or went: its Markdown links may
    # lead elsewhere now, so none of its pages is reused.
    moved = {sid for sid, pages in now.items() if before.get(sid) != pages}
    # A text's link to another story's page (``../other/events/x.yaml``) is in what
    # its story's set holds, so that story moved too when that page came or went; and
    # the site's own pages that show its texts (the site's feed, which may not show
    # the story linked to) are made again with it.
    crossed = any(_across(before.get(sid)) or _across(now[sid]) for sid in moved)
    return {*moved, None} if crossed else set(moved)


def _across(pages: frozenset[str] | None) -> bool:
    """Whether a story's ``story_pages`` hold another story's (its texts link to one)."""
    return pages is not None and any(page.startswith("../") for page in pages)
