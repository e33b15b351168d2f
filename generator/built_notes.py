"""What the editor should know of a site a build made that is no error: drafts left out,
no public address to make absolute links with, and a search or an embed page wanted but
not made. ``explainer build`` and ``explainer deploy`` say them alike after the pipeline
has run (``pipeline.build``)."""

from __future__ import annotations

from generator import pipeline
from generator.content.model import Site
from generator.pipeline import Project
from generator.render.pages import EMBED_TEMPLATE, SEARCH_TEMPLATE, in_theme

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


def notes(built: pipeline.Built, project: Project) -> tuple[str, ...]:
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
