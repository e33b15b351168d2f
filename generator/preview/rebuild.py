"""Rebuilding the preview in memory, within a time limit, keeping the last good build."""

from __future__ import annotations

import contextlib
import logging
import os
import posixpath
import secrets
import signal
import stat
import threading
import time
import types
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from urllib.parse import urlsplit

from generator import pipeline, report, speed
from generator.content import files, yamlnodes
from generator.content.kinds import MEDIA_FOLDER
from generator.content.media import publishable
from generator.content.model import Site
from generator.content.pictures import Work
from generator.errors import ContentError, Problem, UsageError
from generator.output import copying
from generator.pictures.picture_info import PictureError
from generator.pipeline import Project
from generator.preview.panel import NO_PANEL, Panel, panel
from generator.preview.pictures import BackgroundPictures, making
from generator.preview.search import BackgroundIndex
from generator.render import searchindex
from generator.render.template_errors import template_frame
from generator.report import counted, notes_of
from generator.speed import parallel
from generator.speed.rendering import PagesOnRequest
from generator.switch import speed_enabled

TIME_LIMIT_SECONDS = 10.0
"""How long one rebuild may take before it is abandoned as endless."""
NO_TIME_LEFT = 0.001
"""The limit of a page rendered later once the build's time is spent: the timer's
smallest useful wait (none at all would switch it off)."""


@dataclass
class Builder:
    """The preview's builds: the project in memory, again and again, reusing what has not
    changed since the last one."""

    content: str
    templates: str
    drafts: bool = False
    base_url: str | None = None
    search: bool = False
    """Make the search page and box (the index is made by ``Preview.search``)."""
    site: Site | None = None
    """The site of the last successful build."""
    last_rendered: int = 0
    """How many pages the last build rendered (the others were reused)."""
    pictures: dict[str, Work] = field(default_factory=dict)
    """The last successful build's picture renditions by output path, encoded when asked for."""
    warnings: Callable[[], list[Problem]] = list
    """What ``explainer check`` warns of in the last successful build, found when called
    (``pipeline.Rendered.warnings``)."""
    making: BackgroundPictures = field(default_factory=BackgroundPictures)
    """The pictures being made for the browser (kept when the builder is replaced)."""
    speed: speed.Speed = field(init=False)

    def __post_init__(self) -> None:
        self.speed = speed.for_content(self.content)

    def build(self, when_asked: bool = False) -> Mapping[str, bytes]:
        """Every generated file by output path; raises ContentError or UsageError. With
        ``when_asked``, the pages rendered again may be rendered when first looked up
        (``PagesOnRequest``: the server's, once it has told the open pages to reload)."""
        project = Project(
            self.content, self.templates, drafts=self.drafts, base_url=self.base_url, search=self.search
        )
        rendered = pipeline.render(project, self.speed, when_asked=when_asked)
        self.site, self.last_rendered, self.pictures = rendered.site, rendered.rendered, rendered.pictures
        self.warnings = rendered.warnings
        self._stop_making_pictures_gone(rendered.site.media_max_bytes)
        return rendered.files

    def _stop_making_pictures_gone(self, limit: int) -> None:
        """Stop the helpers making pictures this build no longer has (a photo saved over
        one whose renditions were being made): the new one's would share the cores with them."""
        making = self.making.versions()
        if not making:
            return
        wanted: set[str] = set()
        for job in {id(job): job for job in self.pictures.values()}.values():
            with contextlib.suppress(PictureError):  # unreadable now: not made
                wanted.add(self.speed.pictures.version(job, self.content, limit))
        self.making.keep_only(wanted)

    def rendition(self, path: str, limit: int) -> bytes | None:
        """A picture's rendition, made now (or taken from the cache of a faster build);
        None if it is not one, or its file can no longer be read."""
        return self.rendition_later(path, limit).result()

    def rendition_later(self, path: str, limit: int) -> Future[bytes | None]:
        """A picture's rendition, answered at once when kept in the cache, else as soon
        as a helper has made it (``preview/pictures.py``: the picture's other renditions
        are made after it); None if it is not one, or its file can no longer be read."""
        answer: Future[bytes | None] = Future()
        job = self.pictures.get(path)
        if job is None:
            answer.set_result(None)
            return answer
        pictures, content = self.speed.pictures, self.content
        try:
            kept = pictures.kept_rendition(job, path, content, limit)
            # A helper process is a speed-up: with them switched off (EXPLAINER_SPEED=off),
            # the preview makes a picture's renditions here, as a plain build does.
            if kept is None and speed_enabled() and parallel.available():
                version = pictures.version(job, content, limit)
                return self.making.rendition(version, path, lambda: making(pictures, job, content, limit))
            if kept is None:  # no helper: made here, all of them, as a build does
                kept = pictures.encode(job, content, limit).get(path)
        except PictureError:
            kept = None
        answer.set_result(kept)
        return answer


class BuildTimeout(Exception):
    """Raised in the middle of a rebuild that ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``BuildTimeout`` wherever the main thread is once ``seconds`` have passed.

    A signal is the one thing that interrupts Python code that never returns (a template's
    endless loop); the handler raises in the interrupted frame. Where there is no
    SIGALRM (Windows), or off the main thread, there is no limit.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: types.FrameType | None) -> None:
        raise BuildTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _internal_error(exc: Exception) -> list[str]:
    """What the page shows of a bug of ours (its traceback goes to the terminal): the
    editor sees the build failed, not the last good pages as if it had not."""
    logging.getLogger("explainer").exception("internal error during rebuild")
    return [f"internal error: {type(exc).__name__}: {exc}"]


def _template_line(exc: BaseException, templates: str) -> str | None:
    """'templates/x.html:12', the innermost template line ``exc`` passed through, if any."""
    where = template_frame(exc.__traceback__, templates)
    return None if where is None else f"{where.path}:{where.line}"


@dataclass
class Preview:
    """What the server shows: the last good build, or the errors of the latest one."""

    builder: Builder
    time_limit: float = TIME_LIMIT_SECONDS
    pages: Mapping[str, bytes] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    stopped_reading: bool = False
    """Whether a syntax error among ``errors`` stopped the reading of its file: the error
    page then says a mistake after it is listed only once it is fixed, as check does."""
    prefix: str = "/"
    """The path of the site's base_url ('/explainers/'), so the preview matches publishing."""
    former_prefixes: set[str] = field(default_factory=set)
    """The prefixes this preview had before (base_url edited meanwhile): the pages open
    at their addresses are sent to the same pages under the prefix of now."""
    renamed: dict[str, str] = field(default_factory=dict)
    """Page files gone in a rebuild that made, in the same folder, one page in their place
    (an event file renamed while its page was open), with that page's file: the open page
    is sent to it, where a 404 page listed its neighbours, whose addresses are more like
    the old one than a new name is."""
    media: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per story id, the media files the last good build publishes."""
    media_max_bytes: int = files.MAX_MEDIA_BYTES
    search: BackgroundIndex = field(default_factory=BackgroundIndex)
    """The search index of the last good build, made in the background."""
    warnings: list[Problem] = field(default_factory=list)
    """check's warnings about the content of the pages shown, without its notes; while the
    content has errors, those known in spite of them (``lint.known_warnings``)."""
    notes: list[Problem] = field(default_factory=list)
    """check's notes (hints, not problems: not counted) about the same content, shown
    below the warnings, more quietly."""
    panel: Panel = NO_PANEL
    """The warnings and notes, as the panel added to every page shown."""
    unfound: Callable[[], list[Problem]] | None = None
    """How to find the warnings of the last build, which ``rebuild(when_asked=True)``
    leaves to ``find_warnings``."""
    shown: int = 0
    """How many times the open pages have been told to reload (``serve``). Each page served
    says which of these it shows, so that one still loading when the latest was sent (it
    had no connection yet to receive it) reloads once it connects (``http.CATCH_UP``)."""
    restyled: int = 0
    """How many times a saved stylesheet has been swapped into the open pages, for the
    same catch-up (a page that missed one fetches its stylesheets again)."""
    run: str = field(default_factory=lambda: secrets.token_hex(4))
    """This preview's own name among the previews started in turn: a page served by the
    one before (stopped, then started again after a 'git pull') says a count of that one,
    which the new one's may equal, most often both 0."""

    builds: int = 0
    """How many builds were begun (``rebuild``): which one the pages left to render are of."""
    spent: float = 0.0
    """How long the last build has taken, in seconds, its pages rendered later included."""
    built_from: set[str] = field(default_factory=set)
    """The content and theme folders a build of this preview found: one gone since was
    renamed, moved or deleted while the preview ran (``_folders_gone``)."""
    assets: speed.ThemeAssets = field(default_factory=speed.theme_assets)
    """The theme's assets as published (a stylesheet's kept while its file is unchanged,
    unless the speed-ups are off: ``speed/assets.py``)."""
    after_shown: Callable[[], None] | None = None
    """What the server does once an open page has been shown again after a rebuild (its
    reload socket connected back: ``page_served``): find check's warnings, which the pages
    answered meanwhile show as they were found before (and are given in place if they
    changed: ``serve._after_reload``)."""
    collector: speed.CollectorHold = field(default_factory=speed.CollectorHold)
    """Python's cycle collector, which the server holds off from a rebuild's start until
    the open page is shown and the rest of the pages rendered (``serve._rebuild_after``)."""

    @property
    def panel_known(self) -> bool:
        """Whether ``panel`` is that of the pages shown now: the warnings of the last build
        found, and it built."""
        return self.unfound is None and not self.errors

    @property
    def shown_mark(self) -> str:
        """Which build the pages served now show: this preview's ``run`` and ``shown``."""
        return f"{self.run}-{self.shown}"

    def rebuild(self, when_asked: bool = False) -> tuple[bool, float]:
        """Build; keep the previous pages if it fails. Returns (ok, seconds).

        With ``when_asked`` (the server's), the few pages a save changes may be left to
        render until the browser asks for one (``make_ready``) or the server has time (``render_next``):
        the open page is shown sooner. So are check's warnings (``find_warnings``), which
        the server finds once the first open page has been shown again, with the panel of the
        warnings found before (``after_shown``; given the new one in place if they changed). Nothing
        else is left: the content is checked and the page list made before this returns.

        (Python's cycle collector is paused while the build runs, by the speed-ups:
        ``speed.Fast.building``. Forcing a full collection after each build made the next
        build slower: the memory it returned to the system had to be faulted in again.)
        """
        started = time.perf_counter()
        self.builds += 1
        self.unfound = None
        self.stopped_reading = False  # said of content errors alone (set below)
        shown_before = bool(self.pages)  # pages at the prefix of now may be open
        # Their names now: the build may update the pages in place.
        shown_pages = frozenset(rel for rel in self.pages if rel.endswith("index.html"))
        self.search.hold()  # the index under way would be out of date, and slow this build
        making = self.builder.making
        making.hold()  # the pictures being made wait: this build has the cores
        self.built_from |= {f for f in (self.builder.content, self.builder.templates) if os.path.isdir(f)}
        try:
            with time_limit(self.time_limit):
                pages = self.builder.build(when_asked)
            if shown_before:
                self._note_renames(shown_pages, pages)
            self.pages, self.errors = pages, []
            self.unfound = self.builder.warnings
            site = self.builder.site
            if site is not None:
                prefix = (urlsplit(site.base_url).path if site.base_url else "") or "/"
                if prefix != self.prefix and shown_before:
                    self.former_prefixes.add(self.prefix)
                self.prefix = prefix
                self.media = {story.id: story.media for story in site.stories}
                self.media_max_bytes = site.media_max_bytes
                if not self.waiting:
                    self._all_rendered()
        except Exception as exc:
            self._failed(exc)
        finally:
            making.go_on()
        self.spent = time.perf_counter() - started
        if not when_asked:
            self.find_warnings()
        return not self.errors, self.spent

    def page_served(self) -> None:
        """A page has been shown (or the server waited long enough): what waited for
        it (``after_shown``) is done now, once."""
        after, self.after_shown = self.after_shown, None
        if after is not None:
            after()

    def find_warnings(self) -> bool:
        """Find the warnings of the last build if ``rebuild`` left them, and their panel,
        within what is left of the build's time limit (their time counts in ``spent``);
        whether that went without a mistake (one of ours is shown as a build's)."""
        find, self.unfound = self.unfound, None
        if find is None:
            return True
        started = time.perf_counter()
        try:
            with time_limit(max(self.time_limit - self.spent, NO_TIME_LEFT)):
                found = find()
            # Notes are hints: shown, more quietly, but not counted among the warnings.
            self.warnings, self.notes = counted(found), notes_of(found)
            self.panel = panel(self.warnings, self.notes)
        except Exception as exc:
            self._failed(exc)
        finally:
            self.spent += time.perf_counter() - started
        return not self.errors

    def _note_renames(self, before: frozenset[str], after: Mapping[str, bytes]) -> None:
        """Note in ``renamed`` each page of ``before`` that ``after`` has not, when it is
        the only one gone from its folder and one page came there instead."""
        gone: dict[str, list[str]] = {}
        came: dict[str, list[str]] = {}
        for rel in before:
            if rel not in after:
                gone.setdefault(posixpath.dirname(posixpath.dirname(rel)), []).append(rel)
        for rel in after:
            if rel.endswith("index.html") and rel not in before:
                came.setdefault(posixpath.dirname(posixpath.dirname(rel)), []).append(rel)
        for folder, old in gone.items():
            new = came.get(folder, [])
            if len(old) == 1 and len(new) == 1:
                # Renamed again: what was sent to the old name goes to the newest.
                for earlier, now in list(self.renamed.items()):
                    if now == old[0]:
                        self.renamed[earlier] = new[0]
                self.renamed[old[0]] = new[0]
        for rel in [rel for rel in self.renamed if rel in after]:  # back under its old name
            del self.renamed[rel]

    @property
    def waiting(self) -> int:
        """How many pages of the last build are left to render (``rebuild(when_asked=True)``)."""
        return self.pages.waiting if isinstance(self.pages, PagesOnRequest) else 0

    def make_ready(self, rel: str) -> bool:
        """Render the page ``rel`` now if the last build left it to render (for a file of
        the search index, every page it left); False if that met a mistake (the preview
        then shows it, as a build's). On the server's thread: the time limit works there."""
        # Found already, or left by the server until the open pages are answered (``after_shown``).
        if self.after_shown is None and not self.find_warnings():
            return False
        pages = self.pages
        if not isinstance(pages, PagesOnRequest):
            return True
        if self.waiting and self.is_search_file(rel.split("/")):
            # The index is made of every page once all are rendered (``_all_rendered``):
            # until then the index on hand is the build before's, which the search page,
            # reloaded at once after a save, would be answered from.
            while self.render_next():
                pass
            return not self.errors
        if not pages.is_waiting(rel):
            return True
        if self.errors:  # one of them failed: the others wait for the next build
            return False
        return self._rendering(lambda: pages[rel])

    def render_next(self) -> bool:
        """Render the next page the last build left to render; whether any are left
        (none once one met a mistake, which the preview then shows)."""
        pages = self.pages
        if (
            not self.find_warnings()
            or not isinstance(pages, PagesOnRequest)
            or self.errors
            or not pages.waiting
        ):
            return False  # (none left: the browser asked for them, and the index has them)
        return self._rendering(pages.render_next) and pages.waiting > 0

    def _rendering(self, render: Callable[[], object]) -> bool:
        """Run ``render``, rendering a page of the last build, within what is left of the
        build's time limit (the pages rendered later are part of the build: a theme
        taking seconds for each page is stopped as it would have been rendering them
        all at once); whether it rendered."""
        started = time.perf_counter()
        try:
            with time_limit(max(self.time_limit - self.spent, NO_TIME_LEFT)):
                render()
        except ContentError as exc:
            # The theme's mistake, said as the whole build says it (``pipeline.render``):
            # what check found of the content still holds, and is listed below it.
            self._failed(ContentError(exc.problems, [*self.warnings, *self.notes]))
            return False
        except Exception as exc:
            self._failed(exc)
            return False
        finally:
            self.spent += time.perf_counter() - started
        if not self.waiting:
            self._all_rendered()
        return True

    def _all_rendered(self) -> None:
        """Every page of the last build is rendered: the search index may be made of them."""
        site = self.builder.site
        if site is not None and site.search:
            self.search.update(dict(self.pages))  # indexed later, in the background

    def _failed(self, exc: Exception) -> None:
        """Show why the build (or one of its pages rendered later) failed."""
        if isinstance(exc, BuildTimeout):
            where = _template_line(exc, self.builder.templates)
            self.errors = [
                f"{where or self.builder.templates}: stopped after {self.time_limit:g} s: the "
                "template never finished (an endless loop or recursion?); fix it and save"
            ]
            # Interrupted anywhere: nothing it held may be trusted by the next build.
            b = self.builder
            self.builder = Builder(
                b.content, b.templates, drafts=b.drafts, base_url=b.base_url, search=b.search
            )
            self.builder.pictures = b.pictures  # of the build still on show
            self.builder.making = b.making  # helpers of their own: not interrupted
        elif isinstance(exc, RecursionError):  # a macro calling itself: no freeze, but no page
            where = _template_line(exc, self.builder.templates)
            if where is None:
                self.errors = _internal_error(exc)
            else:
                self.errors = [f"{where}: the template calls itself without end; fix it and save"]
        elif isinstance(exc, ContentError):
            self.errors = [str(p) for p in report.at_most_per_file(exc.problems)]  # as check lists them
            self.stopped_reading = yamlnodes.stopped_reading(exc.problems)
            # The warnings known in spite of the errors: the error page lists them below
            # the errors. No panel meanwhile: it says the site builds.
            self.warnings, self.notes, self.panel = counted(exc.warnings), notes_of(exc.warnings), NO_PANEL
        elif isinstance(exc, UsageError):  # a folder gone: nothing of the content is known
            self.errors, self.warnings, self.notes = self._folders_gone() or [str(exc)], [], []
            self.panel = NO_PANEL
        else:  # a bug of ours must not stop the editor's server
            self.errors = _internal_error(exc)

    def _folders_gone(self) -> list[str]:
        """What to say of the content and theme folders gone since a build of this preview
        found them, one error each (both, when both went: the one said alone, put back,
        left the other's error to come as a surprise). Not what ``explainer build`` says of
        a folder it cannot find (start a new site, copy the theme): made while the folder is
        being renamed or restored, a new one would stand in the way of the editor's own."""
        return [
            f"{what} folder '{folder}' not found: it was there while the preview ran "
            "(renamed, moved or deleted since?); put it back and the preview rebuilds"
            for what, folder in (("content", self.builder.content), ("templates", self.builder.templates))
            if folder in self.built_from and not os.path.isdir(folder)
        ]

    def file(self, parts: list[str]) -> bytes | None:
        """A generated page, a theme asset or a published media file, by output path.

        A file of the search index may wait for the index to be made: the server asks
        for those off its own thread (``is_search_file``).
        """
        rel = "/".join(parts)
        if rel in self.pages:
            return self.pages[rel] if self.make_ready(rel) else None
        if parts[0] == files.ASSETS and len(parts) > 1:  # the theme's, copied as the build copies them
            root = self.builder.templates
            # The build does not follow links to folders inside assets/ (but assets/ may be one).
            if not _plain_folders(os.path.join(root, files.ASSETS), parts[1:-1]):
                return None
            path = os.path.join(root, *parts)
            try:  # read as the build reads it: no link to a hidden file
                return self.assets.published(
                    "/".join(parts[1:]), path, partial(copying.read_asset, templates=root)
                )
            except (files.UnsafeFile, OSError):
                return None
        if self.is_search_file(parts):
            return self.search.file("/".join(parts[1:]))
        if self.is_picture(rel):
            return self.picture(rel).result()
        if (
            len(parts) > 2
            and parts[1] == MEDIA_FOLDER
            and "/".join(parts[2:]) in self.media.get(parts[0], ())
        ):
            story_folder = os.path.join(self.builder.content, parts[0])
            try:  # as the build publishes it: SVG made safe
                path = os.path.join(story_folder, *parts[1:])
                return publishable(path, root=story_folder, limit=self.media_max_bytes)
            except (files.UnsafeFile, ValueError, OSError):
                return None
        return None

    def is_picture(self, rel: str) -> bool:
        """Whether ``rel`` is a rendition, the card or a linked picture made clean: made
        off the server's thread (``picture``)."""
        return rel in self.builder.pictures and rel not in self.pages

    def picture(self, rel: str) -> Future[bytes | None]:
        """The picture file ``rel`` (``is_picture``), answered once made."""
        return self.builder.rendition_later(rel, self.media_max_bytes)

    def is_search_file(self, parts: list[str]) -> bool:
        site = self.builder.site
        return len(parts) > 1 and parts[0] == searchindex.BUNDLE and site is not None and site.search


def _plain_folders(root: str, parts: list[str]) -> bool:
    """Whether each of ``parts`` under ``root`` is a folder, and none a link to one."""
    for i in range(1, len(parts) + 1):
        try:
            if not stat.S_ISDIR(os.lstat(os.path.join(root, *parts[:i])).st_mode):
                return False
        except OSError:
            return False
    return True
