"""``explainer build``: the pipeline (``pipeline.py``) run for a project into a folder,
after the checks that keep a wrong ``--out`` from destroying anything (``protect.py``),
and what the command says of it: what the editor should know that is no error
(``_notes``), the wait for pictures being encoded (``encoding``), and the last line
(``report``)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from generator import pipeline, speed
from generator.content import files
from generator.content.model import Site
from generator.output import protect, staging
from generator.pipeline import Project
from generator.render import searchindex
from generator.render.pages import EMBED_TEMPLATE, SEARCH_TEMPLATE, in_theme
from generator.render.pictures import Starting
from generator.report import plural


@dataclass(frozen=True)
class BuildResult:
    """What a one-off build made."""

    site: Site
    files: int
    """How many files were written, assets and media included."""
    notes: tuple[str, ...] = ()
    """Things the editor should know that are not errors."""
    pictures: int = 0
    """How many pictures were published in sizes and formats."""
    encoded: int = 0
    """How many of them this build encoded (the others came from the cache)."""


NO_SEARCH = (
    "Pagefind is not installed, so the site has no search box, search page or index "
    "(pip install 'explainer[search]')"
)

NO_SEARCH_PAGE = (
    "the theme has no search.html (it was made before search existed), so the site has no "
    "search page or index; to add them, start from explainer's templates/ with your changes "
    "made again (README, 'Upgrading': search.html and assets/search.js alone give no search box, "
    "which is in base.html), or set 'search: false' in site.yaml to say so"
)

NO_EMBED_PAGE = (
    "the theme has no embed.html (it was made before embedding existed), so the stories "
    "have no page for a newsroom's article to embed; to add them, start from explainer's "
    "templates/ with your changes made again (README, 'Upgrading': embed.html and its scripts "
    "alone give no embed code on the story page, and a 'light' embed that turns dark)"
)

NO_BASE_URL = (
    "no base_url in site.yaml and no --base-url given, so canonical links, social-card "
    "tags, sitemap.xml, feed.xml and oembed.json are left out"
)


def build(
    *,
    content: str,
    templates: str,
    out: str,
    base_url: str | None = None,
    drafts: bool = False,
    force: bool = False,
    checked: Site | None = None,
    starting: Starting = None,
) -> BuildResult:
    """Build the site from ``content`` with ``templates`` into ``out``.

    ``out`` is replaced whole; a folder that has files but no ``MARKER`` (so not made by
    a previous build) is refused unless ``force``. ``checked``: what ``check`` made of
    ``content``, when the caller has it already (``deploy``): it is not loaded again.
    ``starting``: told how many pictures are about to be encoded, when any are.
    """
    files.require_folder(content, "content")
    files.require_folder(templates, "templates")
    protect.check_out_folder(out, content, templates)
    staging.recover(out)
    protect.check_replaceable(out, force)
    search = searchindex.available()
    project = Project(content, templates, drafts=drafts, base_url=base_url, search=search)
    built = pipeline.build(project, out, speed.for_content(content, one_off=True), checked, starting)
    return BuildResult(built.site, built.files, _notes(built, project), built.pictures, built.encoded)


def _notes(built: pipeline.Built, project: Project) -> tuple[str, ...]:
    """What the editor should know of the site ``project`` made (``built``) that is no
    error: drafts left out, no address to make absolute links with, and a search or an
    embed page wanted but not made."""
    left_out = () if project.drafts else drafts_left_out(built.checked)  # counted before they were left out
    no_search: tuple[str, ...] = ()  # wanted, but cannot be made
    if built.site.searchable and not project.search:
        no_search = (NO_SEARCH,)
    elif built.site.searchable and not in_theme(project.templates, SEARCH_TEMPLATE):
        no_search = (NO_SEARCH_PAGE,)
    no_embed = () if in_theme(project.templates, EMBED_TEMPLATE) else (NO_EMBED_PAGE,)
    return left_out + (() if built.site.base_url else (NO_BASE_URL,)) + no_search + no_embed


def drafts_left_out(site: Site) -> tuple[str, ...]:
    """The note that a build without ``--drafts`` left drafts out, if it did.

    A draft story counts once: its events go with it, drafts or not.
    """
    stories = sum(1 for story in site.stories if story.draft)
    events = sum(1 for story in site.stories if not story.draft for event in story.events if event.draft)
    if not stories + events:
        return ()
    kinds = ", ".join(
        f"{n} {word if n == 1 else plural}"
        for n, word, plural in ((stories, "story", "stories"), (events, "event", "events"))
        if n
    )
    drafts = "1 draft" if stories + events == 1 else f"{stories + events} drafts"
    return (f"{drafts} left out ({kinds}); build with --drafts to see them",)


def encoding(count: int) -> None:
    """Said before a build encodes pictures, which takes seconds each: the wait is expected."""
    its, them = ("its", "it") if count == 1 else ("their", "them")
    print(
        f"encoding {plural(count, 'picture')} into {its} sizes and formats: seconds each, the "
        f"first time only (later builds take {them} from the cache)",
        file=sys.stderr,
        flush=True,
    )


def report(result: BuildResult, out: str, took: float) -> None:
    """What a build into ``out`` that took ``took`` seconds made, and its notes."""
    stories = plural(len(result.site.stories), "story", "stories")
    print(f"built {stories}, {result.files} files into {out}/ in {took:.2f} s{_pictures(result)}")
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)


def _pictures(result: BuildResult) -> str:
    """How many of a site's pictures its build encoded, after the build line's time."""
    if not result.pictures:
        return ""
    kept = result.pictures - result.encoded
    return f" ({plural(result.pictures, 'picture')}: {result.encoded} encoded, {kept} from the cache)"
