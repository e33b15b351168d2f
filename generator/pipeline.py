"""The build, top to bottom: load -> check -> model -> publish -> pictures -> pages -> render
-> write -> index.

Everything is loaded and checked before anything is rendered, and everything is rendered
into a folder beside the output, which is swapped in whole at the end
(``output/staging.py``). So a content error, a template error or an interrupted build
leaves the last good site as it was. ``build`` below is the whole of it; each stage is a
module of its own, and every speed-up hides behind ``speed`` (a ``speed.Plain`` does
nothing clever, and gives the same bytes).

Where each stage is: load ``content/load.py``; check ``content/check.py`` (each file
on its own: ``content/file_check.py``); model ``content/assemble.py``; publish
``content/published.py``; pictures ``content/pictures.py``; pages ``render/pages.py``;
render ``render/renderer.py``; write ``output/staging.py`` (with the theme's assets and the
media, copied by ``output/copying.py``); index ``render/searchindex.py``.
(``checked_site`` below, and ``Built.checked``, name the model of the content as checked.)
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial

from generator.content import assemble, files, pictures
from generator.content.check import Found, check
from generator.content.load import RawContent, load_content
from generator.content.model import Site, Story
from generator.content.published import Convert, published, used_media
from generator.errors import ContentError, Position, Problem, problem_order
from generator.output import copying
from generator.output.staging import FileWriter, Staging
from generator.pictures import picture_info
from generator.render import searchindex, versions
from generator.render.pages import REMOVED_TEMPLATE, SEARCH_TEMPLATE, Page, in_theme
from generator.render.renderer import SiteRenderer
from generator.speed import Later, Plain, Speed


@dataclass(frozen=True)
class Project:
    """What a build is asked to make: from which folders, and how."""

    content: str
    templates: str
    drafts: bool = False
    """Drafts included (and labelled DRAFT), as the preview shows them."""
    base_url: str | None = None
    """Overrides ``base_url`` of site.yaml (``--base-url``)."""
    search: bool = False
    """Make the search index, page and box (``searchindex.available()`` says whether it
    can be made here)."""


@dataclass(frozen=True)
class Built:
    """A site built into a folder."""

    site: Site
    """What was published."""
    files: int
    """How many files the site holds from this build: pages, exports, assets, media,
    renditions and search files, those left in place because their bytes were the same
    included."""
    checked: Site
    """The site as checked, before drafts and what only they use were left out."""
    pictures: int = 0
    """How many pictures were published in sizes and formats (``pictures.photos``)."""
    encoded: int = 0
    """How many of them were encoded by this build (the others came from the cache)."""


def build(
    project: Project,
    out: str,
    speed: Speed | None = None,
    checked: Site | None = None,
    starting: pictures.Starting = None,
) -> Built:
    """Build ``project`` into the folder ``out``; raises ContentError or UsageError.
    ``checked``: its content as ``checked_site`` made it, when that is known already (deploy
    checks first, to learn the site's address): it is not loaded again. ``starting``:
    told how many pictures are about to be encoded, when any are (that takes a while)."""
    speed = speed or Plain(project.content)
    with speed.building(project.templates):
        if checked is None:
            checked = checked_site(project, speed)  # load -> check -> model
        # render/renderer.SiteRenderer; with the speed-ups on (the commands' default,
        # speed.for_content) speed/rendering.FastRenderer, the same bytes on both cores.
        renderer = speed.renderer(project.templates)
        md = renderer.markdown  # the pages' HTML of a text says which media files it links to
        site = publish(checked, project, md)  # what readers get: drafts and what only they use left out
        site, jobs = plan_pictures(site, project, speed, md)  # each picture's sizes and formats
        # Encoding starts before anything is written, and so before the index starts: it
        # may fork a helper, and a process must not fork while a thread of it (the
        # index's) is running. A fast build encodes meanwhile, in that helper.
        encoded = prepare_pictures(jobs, project.content, site, speed, starting)  # the slow part, cached
        todo = renderer.page_list(site)  # pages: each one's path, template and data
        written = write_site(site, todo, renderer, jobs, project, speed, out)  # render -> write -> index
        return Built(site, written, checked, pictures.photos(jobs), encoded)


def write_site(
    site: Site,
    todo: list[Page],
    renderer: SiteRenderer,
    jobs: list[pictures.Work],
    project: Project,
    speed: Speed,
    out: str,
) -> int:
    """What readers get of ``site`` into the folder ``out``: its pages ``todo`` rendered,
    the search index made from them, the pictures' renditions (``jobs``), the theme's
    assets and the media, all into a staging folder swapped in whole at the end (a
    failure leaves ``out`` as it was); how many files the site holds."""
    # Read once: the pages link each by the version of the very bytes copied.
    theme_files = copying.read_assets(project.templates)
    staging = Staging(out)  # nothing is written before everything is checked
    with staging.writing() as writer:  # swapped in whole at the end of the block
        # Pagefind reads only the event, figure and place pages: a fast build writes
        # the rest of the site while it works.
        searched, others = for_index(todo) if site.search else (todo, [])
        if site.search:  # the figure and place pages written as Pagefind is to read them, until it is done
            writer.stand_ins(searchindex.is_skimmed, searchindex.without_ignored)
        renderer.write(site, searched, writer, versions.versions_of(theme_files))  # render -> write
        rest = speed.aside(partial(write_page, renderer, writer), others) if others else None
        index: Later[list[str]] | None = None
        try:  # from the fork on: a stop while the index starts stops the helper too
            index = start_index(writer, speed) if site.search else None  # -> index the pages
            write_pictures(jobs, project.content, site, speed, writer)
            copying.copy_assets(theme_files, writer)
            copying.copy_media(project.content, site, writer)
            if index is not None:
                writer.adopt(set(index.result()))
                writer.put_back()
            if rest is not None:  # once Pagefind is done, this process writes what is left
                rest.result()
                writer.adopt({page.path for page in others})
        except BaseException:
            for later in (rest, index):  # none may write into a folder about to be removed
                if later is not None:
                    later.stop()
            raise
    return len(writer.written)


@dataclass(frozen=True)
class Rendered:
    """A site built in memory."""

    site: Site
    files: Mapping[str, bytes]
    """Every page and export by output path (not the theme's assets or the media); with
    ``when_asked``, some may be rendered when first looked up (``PagesOnRequest``)."""
    rendered: int
    """How many of them were rendered (a fast renderer reuses unchanged pages)."""
    warnings: Callable[[], list[Problem]] = list
    """What ``explainer check`` would warn of, in its order (the preview shows them),
    found when called: the preview's server calls it once the open page has been answered
    again after a save (that page shows the warnings found before, and reloads again if
    they changed)."""
    pictures: dict[str, pictures.Work] = dataclasses.field(default_factory=dict)
    """The pictures' renditions by output path, encoded when the browser asks for one
    (the preview's ``rebuild.Builder.rendition``)."""


def render(project: Project, speed: Speed | None = None, when_asked: bool = False) -> Rendered:
    """``project`` built in memory, as the preview shows it, with check's warnings
    (pictures are encoded only when the browser asks for them; with ``when_asked``, the
    pages a fast renderer renders again may be too: ``FastRenderer.render``)."""
    speed = speed or Plain(project.content)
    with speed.building(project.templates):
        files.require_folder(project.templates, "templates")
        raw, found, checked = load_and_check(project.content, speed)
        from generator.content.lint import lint  # the preview's warnings: no build says them

        def warnings() -> list[Problem]:
            return sorted(lint(raw, found, checked, speed.checks), key=problem_order)

        renderer = speed.renderer(project.templates)
        md = renderer.markdown
        site, jobs = plan_pictures(publish(checked, project, md), project, speed, md)
        renditions = {path: job for job in jobs for path in job.outputs()}
        try:
            pages = renderer.render(site, when_asked)
        except ContentError as exc:  # the theme's mistake: what check says of the content still holds
            raise ContentError(exc.problems, warnings()) from exc
        return Rendered(site, pages, renderer.last_count, warnings, renditions)


def load_and_check(content: str, speed: Speed | None = None) -> tuple[RawContent, Found, Site]:
    """The content as loaded, what checking found besides the checked values (its
    warnings), and the site it makes; ContentError with every problem, and the warnings
    known in spite of them (the editor gets both in one run)."""
    files.require_folder(content, "content")
    speed = speed or Plain(content)
    problems: list[Problem] = []
    raw = load_content(content, problems, speed.reader())  # load
    checked, found = check(raw, problems, speed.checks, speed.pictures)  # check
    if checked is None or problems:
        # Imported here: the warnings are said with errors (and by check and the
        # preview), never by a build of valid content, which spares importing their 18 modules.
        from generator.content.lint import known_warnings

        raise ContentError(problems, known_warnings(raw, found, problems, speed.checks))
    return raw, found, assemble.site(checked, speed.checks)  # model


def checked_site(project: Project, speed: Speed | None = None) -> Site:
    """The site ``project``'s content makes, drafts included: load -> check -> model
    (``load_and_check``), once its templates folder is known to be there, so that a
    missing theme is said before any content problem."""
    files.require_folder(project.templates, "templates")
    return load_and_check(project.content, speed)[2]


def publish(site: Site, project: Project, convert: Convert) -> Site:
    """What readers get of ``site``: drafts, events taken out and what only they use left
    out (but the notices of those taken out, where the theme has a page for them), the
    ``--base-url`` given, and search when it can be made (Pagefind, and a theme with a
    search page) and there is something to find. ``convert``: the pages' Markdown
    converter (which media files the texts link to is read in their HTML)."""
    site = published(site, drafts=project.drafts, convert=convert)
    if not in_theme(project.templates, REMOVED_TEMPLATE):
        # A theme made before events could be taken out has no page for their notices:
        # their addresses go as before, and links to them keep their words only.
        site = dataclasses.replace(site, stories=tuple(_without_notices(s, convert) for s in site.stories))
    if project.base_url is not None:
        site = dataclasses.replace(site, base_url=project.base_url)
    if (
        project.search
        and site.searchable
        and in_theme(project.templates, SEARCH_TEMPLATE)
        and any(s.events or s.figures or s.locations for s in site.stories)
    ):
        site = dataclasses.replace(site, search=True)  # with something to search
    return site


def _without_notices(story: Story, convert: Convert) -> Story:
    """``story`` without the notices of its events taken out, nor the media only they use."""
    if not story.removed:
        return story
    story = dataclasses.replace(story, removed=())
    return dataclasses.replace(story, media=story.media & used_media(story, convert))


def for_index(todo: list[Page]) -> tuple[list[Page], list[Page]]:
    """``todo`` parted into the pages Pagefind reads (``searchindex.is_indexed``), which
    must be written before it starts, and the others, which may be written while it works."""
    searched = [page for page in todo if searchindex.is_indexed(page.path)]
    return searched, [page for page in todo if not searchindex.is_indexed(page.path)]


def write_page(renderer: SiteRenderer, writer: FileWriter, page: Page) -> None:
    """Render ``page``, one more of the site ``renderer`` is writing, into ``writer``."""
    renderer.render_pages([page], writer)


def start_index(writer: FileWriter, speed: Speed) -> Later[list[str]]:
    """The search bundle (``searchindex.py``), made from the pages in the staging folder
    once no searched page, and no bundle, of the build before is left in it; the paths of
    its files, later."""
    writer.remove_unwritten(searchindex.is_indexed_or_bundle)
    folder = writer.folder

    def index() -> list[str]:
        try:
            return searchindex.index_into(folder, skim=False)  # written skimmed already
        except searchindex.SearchIndexError as exc:
            where = Position(searchindex.BUNDLE, 1, None)
            raise ContentError([Problem(where, f"the search index: {exc}")]) from None

    return speed.meanwhile(index)


def plan_pictures(
    site: Site, project: Project, speed: Speed, convert: Convert
) -> tuple[Site, list[pictures.Work]]:
    """``site`` with the sizes and formats of each picture (``content/pictures.py``), and
    what to encode (``convert``: the pages' Markdown converter, as ``publish`` takes it).
    A file changed into something unreadable since it was checked is a content error."""
    with picture_errors_as_content_errors():
        return pictures.plan_site(site, project.content, speed.pictures, convert)


def prepare_pictures(
    jobs: list[pictures.Work], content: str, site: Site, speed: Speed, starting: pictures.Starting = None
) -> int:
    """Start encoding what writing the pictures will need (a fast build: what its cache
    lacks, in a helper process while the pages are made; the plain build encodes each
    picture as it writes it); how many pictures are encoded (``starting`` is told first)."""
    with picture_errors_as_content_errors():
        return speed.pictures.prepare(jobs, content, site.media_max_bytes, starting)


def write_pictures(
    jobs: list[pictures.Work], content: str, site: Site, speed: Speed, write: FileWriter
) -> None:
    """Every rendition of every picture."""
    with picture_errors_as_content_errors():
        speed.pictures.write(jobs, content, site.media_max_bytes, write)


@contextlib.contextmanager
def picture_errors_as_content_errors() -> Iterator[None]:
    """A picture file changed into something unreadable since it was checked (or one the
    encoder fails on) said as a content error at the file, as check says one: the three
    picture stages above share this one wording."""
    try:
        yield
    except picture_info.PictureError as exc:
        raise ContentError([Problem(Position(exc.path), f"this picture {exc}")]) from None
