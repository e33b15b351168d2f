"""The one boundary between the build and its speed-ups.

The pipeline (``pipeline.py``) asks a ``Speed`` seven things: how to read a content file
(``reader``), where to keep check results between builds (``checks``), which renderer to
use (``renderer``), who reads, inspects and encodes pictures (``pictures``), how to do
work that waits on another process (``meanwhile``: Pagefind) and work that can wait
(``aside``: the pages Pagefind does not read), and what to do around a whole build
(``building``). ``Plain`` answers with the plain stages: every file read and parsed,
every check made, every picture encoded and every page rendered serially from nothing,
the index made at once. ``Fast`` answers with the speed-ups: parsed files and check
results kept while their files are unchanged (``incremental.py``), fragments remembered
and pages of an unchanged context reused, and in the preview's server the few pages a
save changes each rendered once asked for (``rendering.py``), the theme's interface text
translated as templates compile (``interface_text.py``), rendering on both cores
(``parallel.py``), Markdown conversions kept on disk (``diskcache.py``), compiled
templates kept on disk (``templatecache.py``), the theme compiled by a helper while the
content loads (``Fast.building``), pictures kept on disk and encoded meanwhile
(``pictures.py``), Pillow's build and MarkupSafe's release read for those two caches'
keys without importing them (``distributions.py``), the index made in a thread and the
pages it does not read written meanwhile by an idle helper (``later.py``), the theme
compiled ahead (``ahead.py``). Both give the
same bytes: a test builds sites each way and compares them. Beside the pipeline, the
preview's server keeps each theme stylesheet as published while its file is unchanged
(``assets.py``, through ``theme_assets``), and switches that off with the rest.

``EXPLAINER_SPEED=off`` in the environment makes every build plain (tests use it):
``switch.py`` reads it, for this package and for the command as it starts.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterator
from functools import partial
from typing import Protocol, TypeVar

from generator.content import contentfile, files
from generator.content.contentfile import Reader
from generator.content.pictures import Pictures
from generator.content.remember import FORGETFUL, Memory
from generator.render.renderer import SiteRenderer
from generator.speed import ahead, diskcache, parallel
from generator.speed.assets import KeptAssets, PlainAssets
from generator.speed.assets import ThemeAssets as ThemeAssets  # the preview's server holds one
from generator.speed.incremental import FileCache, Memo, Snapshot, snapshot
from generator.speed.later import Later as Later  # the pipeline waits on it: one door into speed
from generator.speed.pictures import CachedPictures
from generator.speed.rendering import FastRenderer
from generator.switch import speed_enabled

T = TypeVar("T")
X = TypeVar("X")


class Plain:
    """No speed-up: what the pipeline does when nothing is remembered or shared."""

    checks: Memory = FORGETFUL

    def __init__(self, content: str) -> None:
        del content  # nothing is kept per content folder
        self.pictures = Pictures()
        """Reads, inspects and encodes picture files (``content/pictures.py``)."""

    def reader(self) -> Reader:
        return contentfile.read_file

    def renderer(self, templates: str) -> SiteRenderer:
        return SiteRenderer(templates)

    def meanwhile(self, work: Callable[[], T]) -> Later[T]:
        """``work`` (which waits on another process: Pagefind), for its result later: done
        now."""
        return Later.now(work)

    def aside(self, work: Callable[[X], object], items: list[X]) -> Later[None]:
        """``work`` on each of ``items`` (which nothing waits for until its result is
        asked): done now, and its error raised now, before anything else starts (the
        index, which would be made for nothing)."""
        for item in items:
            work(item)
        return Later.now(lambda: None)

    @contextlib.contextmanager
    def building(self, templates: str) -> Iterator[None]:
        """Around one build of the site with ``templates``."""
        self.pictures.start()
        try:
            yield
        finally:
            self.pictures.finish()


class Fast(Plain):
    """Every speed-up. One ``Fast`` lives as long as the preview (or one ``build``); what
    it keeps is checked against the files before each use, never trusted blindly."""

    def __init__(self, content: str, *, one_off: bool = False) -> None:
        self.content = content
        self.one_off = one_off
        """A single build in this process (``explainer build``): no parsed files or check
        results to keep for a next one, but Markdown conversions kept on disk for the
        next build process."""
        self.files = None if one_off else FileCache()
        """Parsed files kept for the next build (the preview's)."""
        self.checks = FORGETFUL if one_off else Memo()
        self.pictures: Pictures = CachedPictures(content)
        self._renderer: FastRenderer | None = None
        self._templates_state: Snapshot = {}
        self._assets_state: Snapshot = {}
        """The theme's ``assets/`` when the renderer was made (it matters only once a
        template has read from there)."""
        self._warming: parallel.Helper[None] | None = None
        self._compiling: list[str] = []
        """The languages the helper compiles the theme in (``languages``), read once
        for both processes."""
        self._claims: parallel.Claims | None = None
        """Which templates of the theme the helper and this process have each taken to
        compile (``_compiled``): the positions of ``_claimed``, the list the helper
        compiles (``ahead.to_compile``, made once before it is forked)."""
        self._claimed: list[tuple[str, str]] = []

    def reader(self) -> Reader:
        return contentfile.read_file if self.files is None else self.files.read

    def renderer(self, templates: str) -> SiteRenderer:
        """The renderer of the last build while the templates are as they were, else a
        new one (nothing rendered with old templates is reused). The theme's ``assets/``
        are copied, not rendered: a change there (a stylesheet saved) keeps the renderer,
        unless a template has read something from that folder."""
        assets = os.path.join(templates, files.ASSETS)
        state = snapshot([templates], leave_out=assets)
        renderer = self._renderer
        if (
            renderer is None
            or state != self._templates_state
            or (renderer.reads_assets() and snapshot([assets]) != self._assets_state)
        ):
            store = diskcache.MarkdownStore(self.content) if self.one_off else None
            renderer = self._renderer = FastRenderer(templates, markdown_store=store, compiled=self._compiled)
            self._templates_state, self._assets_state = state, snapshot([assets])
        return renderer

    def _compiled(self) -> None:
        """The theme compiled, before the renderer first looks a template up (the
        Markdown and the page list are made before). While the helper compiling it is at
        work, this process takes the same list from its other end: a template one of them
        has stored in Jinja's cache the other loads from there, so each compiles about
        half; this one then waits for the helper, which loads the rest from the cache.
        (A first build of a small site waited for the whole theme: the time compiling
        it takes, ``docs/performance.md``.)"""
        if self._warming is not None:
            renderer = self._renderer
            claims = self._claims
            if renderer is not None and claims is not None:
                ahead.compile_claimed(renderer, self._claimed, claims, front=False)
            elif renderer is not None:
                for tag, name in reversed(ahead.to_compile(renderer, self._compiling)):
                    with ahead.compile_errors_passed_over():
                        renderer.template(tag, name)
            with ahead.compile_errors_passed_over():
                self._warming.result()
            self._stop_warming()

    def _stop_warming(self) -> None:
        """The helper compiling the theme stopped, if it is still at work, and the
        positions it claimed its templates by let go."""
        if self._warming is not None:
            self._warming.stop()
            self._warming = None
        if self._claims is not None:
            self._claims.close()
            self._claims = None

    def _renderer_ahead(self, templates: str) -> FastRenderer | None:
        """The renderer of this build, made before the helper compiling the theme is
        forked, for the helper to take; None where it cannot be made yet (no such folder,
        a mistake of the theme), and then the helper makes its own, as the build does."""
        if not os.path.isdir(templates):
            return None
        with ahead.compile_errors_passed_over():
            self.renderer(templates)
        return self._renderer  # still None if that failed

    def meanwhile(self, work: Callable[[], T]) -> Later[T]:
        """``work`` in a thread while the build goes on (the search index is made while the
        theme's assets and the media are copied)."""
        return Later.meanwhile(work)

    def aside(self, work: Callable[[X], object], items: list[X]) -> Later[None]:
        """``work`` on each of ``items`` in a helper process at the lowest priority, which
        takes only the time the cores would otherwise leave idle, and here what it has
        not done when the result is asked (``Later.aside``): the pages Pagefind does not
        read are written there while it indexes the others (it keeps the cores busy
        while it reads the pages, then uses one and a little more while it writes its
        files). Forks: called before ``meanwhile``, whose thread must not be running then."""
        return Later.aside(work, items)

    @contextlib.contextmanager
    def building(self, templates: str) -> Iterator[None]:
        """Python's cycle collector paused while a build runs, and the templates compiled
        by a helper process while this one loads the content (first build only).

        Compiling the theme takes about as long as loading and checking 1,000 events
        (``docs/performance.md`` has the figures); the helper stores the compiled
        templates in Jinja's bytecode cache, from which the renderer then takes them in a
        few milliseconds (``templatecache.CompiledTemplates``).
        Before its first template the renderer takes what is left of the list from the
        other end, and waits for the helper (``_compiled``).
        A build makes hundreds of thousands of objects that live until it ends (parsed
        files, the model, pages) and almost no reference cycles, while the collector's
        passes over the growing heap took 80 ms of a 1,000-event build. Memory is freed
        by reference counting as usual; the collector runs again afterwards (after a
        one-off build, what it made moved out of its young generations: ``_settled``).
        """
        if self._renderer is None and parallel.available():
            self._compiling = ahead.languages(self.content)
            # The digest of our code keys both the compiled templates and the Markdown
            # store: read before forking, the helper inherits it instead of reading every
            # module of the package again (some 4 ms) while it compiles.
            diskcache.code_digest()
            # So is the renderer, with its English environment: making it (Babel's locale
            # data, the catalog) took the helper some 10 ms of processor time, which this
            # process spends anyway. A theme it cannot be made of is reported where the
            # build reports it now, after the content's problems: the renderer is made
            # again there.
            renderer = self._renderer_ahead(templates)
            # The list's positions, shared by the two processes, so that each template is
            # compiled by one of them only (``ahead.compile_claimed``); without the
            # build's renderer the helper makes its own, and compiles the whole list.
            if renderer is not None:
                self._claimed = ahead.to_compile(renderer, self._compiling)
                self._claims = parallel.Claims(len(self._claimed))
            claimed = (self._claims, self._claimed) if self._claims is not None else None
            try:
                self._warming = parallel.Helper(
                    partial(ahead.compile_theme, templates, self._compiling, renderer, claimed)
                )
            except BaseException:
                self._stop_warming()
                raise
        was_enabled = gc.isenabled()
        gc.disable()
        self.pictures.start()
        try:
            yield
        finally:
            self.pictures.finish()
            if self.files is not None:
                self.files.forget_gone()  # what was deleted or renamed is not kept all day
            self._stop_warming()  # the build failed before it needed the templates, if still there
            if was_enabled:
                if self.one_off:  # the process ends soon; the preview's collector works on
                    _settled()
                gc.enable()


class Speed(Protocol):
    """What the pipeline asks of the speed-ups: ``Plain`` answers without any, ``Fast``
    (a ``Plain`` that remembers) with all of them."""

    checks: Memory
    """Where check results are kept between builds (``FORGETFUL``: nowhere)."""
    pictures: Pictures
    """Who reads, inspects and encodes picture files."""

    def reader(self) -> Reader:
        """How a content file is read."""
        ...

    def renderer(self, templates: str) -> SiteRenderer:
        """The renderer for ``templates``."""
        ...

    def meanwhile(self, work: Callable[[], T]) -> Later[T]:
        """``work``, which waits on another process, for its result later."""
        ...

    def aside(self, work: Callable[[X], object], items: list[X]) -> Later[None]:
        """``work`` on each of ``items``, which nothing waits for until the result is
        asked, done by then."""
        ...

    def building(self, templates: str) -> contextlib.AbstractContextManager[None]:
        """Around one build with ``templates``."""
        ...


def _settled() -> None:
    """What a one-off build made, and kept, is moved to the cycle collector's oldest
    generation before the collector resumes (``gc.freeze`` then ``gc.unfreeze``, as
    Python's documentation describes them: two moves of its lists, however long).

    Made while the collector was paused, it was all in the youngest generation, which the
    first object made afterwards had the collector pass over whole: 10-15 ms after a
    1,000-event build (by ``gc.callbacks``' clock), and the command ends soon after. Not
    in the preview, which lives on: ``gc.freeze`` sets the collector's counts back to
    zero, so its passes over the older generations would not come while an editor keeps
    saving, and the garbage with reference cycles each rebuild leaves (some 70 objects)
    would pile up (a review measured it over 250 saves); there the collector resumes as
    it was, its pass of 3-5 ms after each rebuild included."""
    gc.freeze()
    gc.unfreeze()


def loaded() -> None:
    """The command's modules are loaded (``start.py``), with the cycle collector paused.

    Loading them makes some 100,000 objects (classes, functions, the frozen dataclasses'
    methods) that live as long as the process, and almost no garbage, while the
    collector passed over the growing heap 60 times (10-17 ms by ``gc.callbacks``'
    clock; they load about 5 ms sooner without, ``docs/performance.md``).
    ``gc.freeze`` leaves them out of its passes, as Python's documentation advises before
    a process forks, which a build does (its helpers' passes then do not touch, and so
    copy, the parent's pages); once a one-off build ends, ``_settled`` moves them, with
    what it made, to the oldest generation (in the preview they stay frozen, as the
    modules stay loaded). The collector then resumes; without the speed-ups it was never
    paused (``switch.speed_enabled``), and nothing is frozen."""
    if speed_enabled():
        gc.freeze()
    gc.enable()


def ending_process() -> None:
    """The process ends next: what it made is left for the system to reclaim.

    As the interpreter shuts down, Python's cycle collector passes over every object that
    is still alive; after a 1,000-event build that took 30 ms of a 0.8 s command.
    ``gc.freeze`` (meant for objects that live as long as the process) takes them out of
    its sight. Shutting down is otherwise as usual: ``atexit`` runs, files are flushed
    and closed, objects are finalised as their last reference goes. Nothing when the
    speed-ups are off."""
    if speed_enabled():
        gc.freeze()


class CollectorHold:
    """Python's cycle collector held off from the start of a preview's rebuild until its
    work is done: check's warnings found and the pages it left to render rendered (the
    server's loop holds and releases it: ``serve._rebuild_after``).

    ``Fast.building`` pauses the collector while the build runs; the warnings are found,
    and the open page rendered and served, after it. The first pass of the collector
    there went over everything the build made, 3-4 ms at 1,000 events, and about one
    rebuild in seven a pass over the whole heap, 60-70 ms, in the very time an editor
    waits for the page. Held off until the warnings are found (after the open page is
    answered) and the rest of the pages rendered, those passes come after the open page
    is shown. Released after each rebuild all the same, so the garbage with reference
    cycles a rebuild leaves does not pile up (``_settled``). Nothing when the speed-ups are
    off (``switch.speed_enabled``)."""

    def __init__(self) -> None:
        self.held = False
        """Whether this paused the collector (and so resumes it)."""

    def hold(self) -> None:
        """Pause the collector, if it runs and the speed-ups are on."""
        if not self.held and speed_enabled() and gc.isenabled():
            gc.disable()
            self.held = True

    def release(self) -> None:
        """Resume the collector, if ``hold`` paused it."""
        if self.held:
            self.held = False
            gc.enable()


def for_content(content: str, *, one_off: bool = False) -> Speed:
    """``Fast`` unless the speed-ups are switched off, then ``Plain``."""
    return Fast(content, one_off=one_off) if speed_enabled() else Plain(content)


def theme_assets() -> ThemeAssets:
    """How the preview's server publishes the theme's assets: each stylesheet's bytes kept
    while its file is unchanged (``assets.KeptAssets``) unless the speed-ups are switched
    off, then made again at each request (``assets.PlainAssets``)."""
    return KeptAssets() if speed_enabled() else PlainAssets()
