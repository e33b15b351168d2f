"""The whole build in one place: load -> validate -> model -> render -> write.

All content is loaded and validated before anything is rendered, and the output is
assembled in a temporary folder beside the target, then swapped in (``output.py``). So a
content error, a template error or an interrupted build leaves the last good site as it
was, and pages from a previous build that no longer exist disappear with it.

``Builder`` keeps parsed files and rendered pages between builds; the preview server
holds one and rebuilds incrementally in memory. A one-off ``build()`` uses a fresh one
and has each page written into the temporary folder as soon as it is rendered.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from generator import diskcache, files, media, output
from generator.errors import ContentError, Position, Problem, UsageError
from generator.lint import lint
from generator.load import FileCache, RawContent, Reader, Snapshot, load_content, read_file, snapshot
from generator.model import Site
from generator.published import published
from generator.render import SiteRenderer
from generator.validate import Memo, validate


@dataclass(frozen=True)
class BuildResult:
    """What a one-off build made."""

    site: Site
    files: int
    """How many files were written, assets and media included."""
    notes: tuple[str, ...] = ()
    """Things the editor should know that are not errors."""


NO_BASE_URL = (
    "no base_url in site.yaml and no --base-url given, so canonical links, social-card "
    "tags, sitemap.xml and feed.xml are left out"
)


def _require_folder(folder: str, what: str) -> None:
    if not os.path.isdir(folder):
        raise UsageError(f"{what} folder '{folder}' not found")


def _load_and_validate(content: str, read: Reader, memo: Memo | None = None) -> tuple[RawContent, Site]:
    _require_folder(content, "content")
    problems: list[Problem] = []
    raw = load_content(content, problems, read)
    site = validate(raw, problems, memo)
    if site is None or problems:
        raise ContentError(problems)
    return raw, site


def check(*, content: str) -> Site:
    """Load and validate everything under ``content``; raise ContentError listing every problem."""
    return _load_and_validate(content, read_file)[1]


def check_and_lint(*, content: str) -> tuple[Site, list[Problem]]:
    """``check``, then the warnings of ``lint`` (drafts included) for a valid site."""
    raw, site = _load_and_validate(content, read_file)
    return site, lint(raw, site)


@dataclass
class Builder:
    """Builds a site in memory, reusing what has not changed since its last build."""

    content: str
    templates: str
    drafts: bool = False
    base_url: str | None = None
    disk_cache: bool = False
    """Keep Markdown conversions on disk for the next build process (``build`` does)."""
    files: FileCache = field(default_factory=FileCache)
    checks: Memo = field(default_factory=Memo)
    renderer: SiteRenderer | None = None
    site: Site | None = None
    """The site of the last successful build."""
    _templates_state: Snapshot = field(default_factory=dict)

    def build(self) -> dict[str, bytes]:
        """Every generated file by output path; raises ContentError or UsageError."""
        site, renderer = self.prepare()
        return renderer.render(site)

    def prepare(self, read: Reader | None = None) -> tuple[Site, SiteRenderer]:
        """Load and validate the content, and the renderer for it; raises ContentError or
        UsageError. ``read``: how to read a content file, if not from ``files``."""
        _require_folder(self.content, "content")
        _require_folder(self.templates, "templates")
        site = _load_and_validate(self.content, read or self.files.read, self.checks)[1]
        site = published(site, drafts=self.drafts)
        if self.base_url is not None:
            site = dataclasses.replace(site, base_url=self.base_url)
        self.site = site
        return site, self.theme()

    def theme(self) -> SiteRenderer:
        """The renderer for the templates as they are now (a new one if they changed)."""
        state = snapshot([self.templates])
        if self.renderer is None or state != self._templates_state:
            store = diskcache.MarkdownStore(self.content) if self.disk_cache else None
            self.renderer = SiteRenderer(self.templates, markdown_store=store)  # start afresh
            self._templates_state = state
        return self.renderer

    @property
    def last_rendered(self) -> int:
        """How many pages the last build rendered (the others were reused)."""
        return self.renderer.last_count if self.renderer else 0


def _check_out_folder(out: str, content: str, templates: str) -> None:
    """Refuse an output folder whose replacement would destroy sources, the project or
    anything else that is never replaced (``/``, a home folder, a repository, a link),
    whatever ``--force`` says. Runs before anything is touched."""
    refusal = output.never_replaced(out)
    if refusal:
        raise UsageError(refusal)
    protected = {"the content folder": content, "the templates folder": templates, "the current folder": "."}
    for what, path in protected.items():
        if output.contains(out, path):  # by identity, so '/' and '//' are caught too
            raise UsageError(f"output folder '{out}' is or contains {what}; choose another")
        if what != "the current folder" and output.contains(path, out):
            raise UsageError(f"output folder '{out}' is inside {what}; choose another")


def build(
    *,
    content: str,
    templates: str,
    out: str,
    base_url: str | None = None,
    drafts: bool = False,
    force: bool = False,
) -> BuildResult:
    """Build the site from ``content`` with ``templates`` into ``out``.

    ``out`` is replaced whole; a folder that has files but no ``MARKER`` (so not made by
    a previous build) is refused unless ``force``.
    """
    _require_folder(content, "content")
    _require_folder(templates, "templates")
    _check_out_folder(out, content, templates)
    output.recover(out)
    _check_replaceable(out, force)
    with _without_cycle_collection():
        return _build(content, templates, out, base_url, drafts)


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a one-off build.

    A build makes hundreds of thousands of objects that live until it ends (parsed
    files, the model, pages) and almost no reference cycles: a 1,000-event build leaves
    about 800 objects for the collector to find, while its passes over the growing heap
    take 80 ms of the build. Memory is freed by reference counting as usual (peak memory
    at 10,000 events is the same either way); the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(content: str, templates: str, out: str, base_url: str | None, drafts: bool) -> BuildResult:
    builder = Builder(content, templates, drafts=drafts, base_url=base_url, disk_cache=True)
    # Everything is loaded and checked before anything is written: a content error
    # leaves the output folder, and the kept previous site, as they were.
    site, renderer = builder.prepare()
    staging = output.Staging(out)

    def fill(writer: output.FileWriter) -> None:
        renderer.write(site, writer)
        for rel, entry in files.walk_files(os.path.join(templates, "assets"), skip=files.is_hidden):
            writer(f"assets/{rel}", _read_asset(entry.path, templates))
        for story in site.stories:
            for rel in sorted(story.media):
                source = os.path.join(content, story.id, "media", rel)
                writer(f"{story.id}/media/{rel}", read_media(source, content, site))

    written = staging.finish(fill)
    notes = () if site.base_url else (NO_BASE_URL,)
    return BuildResult(site, written, notes)


def read_media(path: str, content: str, site: Site) -> bytes:
    """A media file as published (SVG made safe); a file changed since it was checked
    into something unsafe is a content error, not a traceback."""
    try:
        return media.publishable(path, root=content, limit=site.media_max_bytes)
    except (files.UnsafeFile, ValueError, OSError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ContentError([Problem(Position(path), f"this media file {why}")]) from None


def _read_asset(path: str, templates: str) -> bytes:
    try:
        return files.read_regular(path, root=templates, limit=files.MAX_MEDIA_BYTES)
    except (files.UnsafeFile, OSError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ContentError([Problem(Position(path), f"this theme file {why}")]) from None


def _check_replaceable(out: str, force: bool) -> None:
    """Refuse to replace a folder with files that the build did not make, unless
    ``force``; and even then one with a git repository anywhere inside."""
    if os.path.lexists(out) and not os.path.isdir(out):
        raise UsageError(f"output '{out}' exists and is not a folder")
    if not os.path.isdir(out) or output.is_own(out) or not os.listdir(out):
        return
    if not force:
        raise UsageError(
            f"output folder '{out}' has files that explainer did not build; choose another "
            "folder, or pass --force to delete everything in it and build there"
        )
    repository = output.repository_inside(out)
    if repository:
        raise UsageError(
            f"output folder '{out}' has a git repository inside ('{repository}'); "
            "choose another (explainer never replaces it, even with --force)"
        )
