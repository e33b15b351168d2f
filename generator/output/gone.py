"""The pages of a published site that a new one would no longer have, and why.

Readers share, bookmark and link the addresses of a published explainer, and search
engines index them; a page that disappears breaks all of those without a word. Before
``deploy`` replaces the published site it compares the two (``gone_pages``) and says,
for each address that would go, what made it go (a file deleted or renamed, a draft
that was published before, a figure no published event names any more) and what keeps
it. The comparison is of built sites, not of content files, so every page counts, the
year pages and the feed included; the content model only explains.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from generator import site_paths
from generator.content import files, ids
from generator.content.kinds import collection_file_id
from generator.content.model import Site, Story
from generator.errors import Position, Problem, Severity
from generator.i18n.languages import caseless

KINDS = dict(zip(site_paths.PAGE_FOLDERS, ("event", "figure", "place"), strict=True))
"""The folders of a story's pages of one thing each, and what the thing is called."""

NEEDS_ADDRESS = frozenset({"feed.xml", "sitemap.xml", "oembed.json"})
"""Files a build makes only when it knows the site's public address (``NO_BASE_URL``)."""

TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def linked(path: str) -> bool:
    """Whether readers may hold links to the published file ``path``: a page
    (``.../index.html``) or a file they subscribe to or embed (``feed.xml``,
    ``<story>/timeline.json``, ``oembed.json``, ``assets/embed.js``). The search index,
    the other assets and the pictures are reached through pages, under names that change
    with their contents."""
    if path == files.EMBED_SCRIPT:
        return True
    top = path.split("/", 1)[0]
    if top in ("pagefind", files.ASSETS):
        return False
    return path == "index.html" or path.endswith(("/index.html", ".xml", ".json"))


def page_title(page: bytes | None) -> str | None:
    """The text of a page's ``<title>``, to know a page that moved by what it is called."""
    if page is None:
        return None
    found = TITLE.search(page.decode("utf-8", errors="replace"))
    return html.unescape(found[1]).strip() if found else None


def title_key(title: str | None) -> str | None:
    """What two page titles must share to name the same thing: their letters and digits,
    in one case. A title's quotes, dashes and spaces are the typography's, which may have
    changed since the site was published (the site's title was set straight until 4
    December: "The desk's site" is now "The desk’s site" on every page), and so may how
    its characters are encoded: 'Fête' written again on a Mac, with 'ê' as 'e' and its
    accent, lost the accent (no letter) where the published one kept it, and was another
    title (``languages.caseless``)."""
    if title is None:
        return None
    return "".join(ch for ch in caseless(title) if ch.isalnum())


@dataclass(frozen=True)
class Address:
    """A published file seen as the page of one thing: ``story``'s own page (``kind``
    None), or the page of the event, figure or place ``id`` in it."""

    story: str
    kind: str | None = None
    id: str | None = None

    @staticmethod
    def of(path: str) -> Address | None:
        page = site_paths.page_of(path)
        if page is None or page.story is None:  # the site's own pages (search/), no story's
            return None
        if page.kind == "story":
            return Address(page.story)
        if page.kind in KINDS:
            return Address(page.story, page.kind, page.name)
        return None


def year_listing(path: str, after: Collection[str]) -> bool:
    """Whether ``path`` is a year page (``site_paths.year_page``) of a story the new site
    still has. A year page lists the story's events of that year, and goes when none is
    left in it (a date corrected, an event taken out) or the story no longer has enough
    events for year pages: what the editor meant, with no file to put back; the story's
    page lists the years it has."""
    page = site_paths.page_of(path)
    return (
        page is not None and page.kind == site_paths.YEARS and site_paths.story_page(str(page.story)) in after
    )


def shown(path: str) -> str:
    """A published file as readers' addresses end: ``story-a/events/e1/``."""
    return site_paths.address_of(path) or "/"


def gone_pages(
    before: Iterable[str],
    after: Collection[str],
    *,
    site: Site,
    content: str,
    old_page: Callable[[str], bytes | None],
    new_page: Callable[[str], bytes | None],
) -> list[Problem]:
    """A warning for each page of ``before`` (the published site's files) that ``after``
    (the new site's) lacks; a whole story gone is one warning.

    ``site``: the checked content, drafts included, which explains why a page went
    (its paths are shown under ``content``). ``old_page`` and ``new_page`` read a file
    of either site, for the titles by which a renamed page is known again.
    """
    gone = sorted(p for p in set(before) if linked(p) and p not in after and not year_listing(p, after))
    if not gone:
        return []
    stories = {s.id: s for s in site.stories}
    appeared = [p for p in after if linked(p) and p not in before]
    found = Explainer(stories, content, old_page, new_page, appeared, searchable=site.searchable)
    lost_stories = {a.story for p in gone if (a := Address.of(p)) and a.kind is None}
    problems = []
    for story in sorted(lost_stories):
        count = sum(1 for p in gone if p.startswith(story + "/"))
        problems.append(found.story(story, count))
    for path in gone:
        if path.split("/", 1)[0] in lost_stories and "/" in path:
            continue
        problems.append(found.page(path))
    return problems


class Explainer:
    """Says why one page or story of the published site would go (``gone_pages``)."""

    def __init__(
        self,
        stories: dict[str, Story],
        content: str,
        old_page: Callable[[str], bytes | None],
        new_page: Callable[[str], bytes | None],
        appeared: list[str],
        *,
        searchable: bool = True,
    ) -> None:
        self.stories = stories
        self.searchable = searchable
        """``search`` in site.yaml: false takes the search page away."""
        self.content = content
        self.old_page = old_page
        self.new_page = new_page
        self.appeared = sorted(appeared)
        self._titles: dict[str, str | None] | None = None

    def _warning(self, path: str, message: str) -> Problem:
        return Problem(Position(path, 1, None), message, Severity.WARNING)

    def _file(self, *parts: str) -> str:
        return os.path.join(self.content, *parts)

    def _renamed_to(self, path: str) -> str | None:
        """The page that appeared with the title of the published ``path``, of the same
        kind of thing: the same page under a new name."""
        title = title_key(page_title(self.old_page(path)))
        address = Address.of(path)
        if not title or address is None:
            return None
        if self._titles is None:  # read once, however many pages went
            self._titles = {
                new: title_key(page_title(self.new_page(new))) for new in self.appeared if Address.of(new)
            }
        for new, new_title in self._titles.items():
            moved = Address.of(new)
            if moved and moved.kind == address.kind and new_title == title:
                return new
        return None

    def story(self, story: str, count: int) -> Problem:
        pages = f"its {count} published pages" if count > 1 else "its published page"
        known = self.stories.get(story)
        if known is not None and known.draft:
            return self.story_drafted(story, pages)
        renamed = self._renamed_to(site_paths.story_page(story))
        return self.story_gone(story, renamed.split("/")[0] if renamed else None, pages)

    def story_drafted(self, story: str, pages: str) -> Problem:
        return self._warning(
            self._file(story, "story.yaml"),
            f"the story '{story}' is now a draft ('draft: true') but was published: {pages} "
            f"would disappear and the links readers have to them would break; remove "
            f"'draft: true' to keep them",
        )

    def story_gone(self, story: str, renamed: str | None, pages: str = "its published pages") -> Problem:
        where = self._file(story, "story.yaml")
        if renamed is not None:
            return self._warning(
                where,
                f"the story folder '{story}' was renamed to '{renamed}': {pages} "
                f"(under {story}/) would disappear and the links readers have to them would "
                f"break; give the folder its old name back to keep them",
            )
        return self._warning(
            where,
            f"the story '{story}' was deleted: {pages} (under {story}/) would disappear and "
            f"the links readers have to them would break; put the story folder back to keep them",
        )

    def _where(self, address: Address) -> str:
        return self._file(address.story, address.kind or "", f"{address.id}.yaml")

    def _breaks(self, address: Address) -> str:
        page = f"{address.story}/{address.kind}/{address.id}/"
        return f"its page {page} would disappear and the links readers have to it would break"

    def event_drafted(self, address: Address) -> Problem:
        return self._warning(
            self._where(address),
            f"the event '{address.id}' is now a draft ('draft: true') but was published: "
            f"{self._breaks(address)}; remove 'draft: true', or take it out with 'removed:' "
            f"(date, reason) to keep its address as a notice",
        )

    def renamed(self, address: Address, to: Address | str) -> Problem:
        """``address``'s file renamed to that of ``to`` (or to the path ``to``, under the
        content folder, when it gives no event, figure or place its page)."""
        thing = KINDS[address.kind or ""]
        to = self._where(to) if isinstance(to, Address) else to
        return self._warning(
            self._where(address),
            f"the {thing} file {address.id}.yaml was renamed to {to}: {self._breaks(address)}; "
            f"give it its old name back to keep the address",
        )

    def deleted(self, address: Address) -> Problem:
        breaks = self._breaks(address)
        if address.kind == site_paths.EVENTS:
            return self._warning(
                self._where(address),
                f"the event file {address.id}.yaml was deleted: {breaks}; put "
                f"events/{address.id}.yaml back with 'removed:' (date, reason) to keep its "
                f"address as a notice",
            )
        thing = KINDS[address.kind or ""]
        return self._warning(
            self._where(address),
            f"the {thing} file {address.id}.yaml was deleted: {breaks}; put it back to keep the page",
        )

    def page(self, path: str) -> Problem:
        address = Address.of(path)
        if address is None or address.kind is None or address.id is None:
            what = "page" if path.endswith("index.html") else "file"
            why = ""
            top = path.split("/")[0]
            if path.rsplit("/", 1)[-1] in NEEDS_ADDRESS:
                why = (
                    " (it is made only when the site's address is known: give --base-url, "
                    "or base_url in site.yaml)"
                )
            elif path == files.EMBED_SCRIPT:
                why = (
                    " (articles that embed a timeline load it by this address, to fit the frame "
                    "to it: put the theme's assets/embed.js back)"
                )
            elif top == "search" and not self.searchable:
                why = " (site.yaml says 'search: false'; remove that line to keep it)"
            elif top == "search":
                why = (
                    " (this site has no search: Pagefind is not installed here, or no published "
                    "story has anything to search)"
                )
            own = "/" not in path or top in ids.RESERVED_STORY_IDS  # the site's, no story's
            return self._warning(
                self._file("site.yaml") if own else self._file(top, "story.yaml"),
                f"the published {what} {shown(path)} would disappear and the links readers have to it "
                f"would break{why}",
            )
        kind = address.kind
        story = self.stories.get(address.story)
        if story is not None and kind == site_paths.EVENTS:
            event = next((e for e in story.events if e.id == address.id), None)
            if event is not None and event.draft:
                return self.event_drafted(address)
        held = story is not None and address.id in (
            story.figures if kind == site_paths.FIGURES else story.locations
        )
        if kind != site_paths.EVENTS and held:
            return self._warning(
                self._where(address),
                f"no published event names the {KINDS[kind]} '{address.id}' any more: "
                f"{self._breaks(address)}; name it in an event to keep the page",
            )
        renamed = self._renamed_to(path)
        if renamed is not None:
            new = Address.of(renamed)
            return self.renamed(address, new or renamed)
        return self.deleted(address)


# The same question asked of the content files where no published site is at hand to
# compare with (the ready workflows, which publish from the repository itself): which
# pages the files deleted or renamed since a commit, and the drafts made since, take away.

ALLOW = "[allow broken links]"
"""Written in a commit message, it lets the pages that commit takes away go (the files
it deletes, renames or makes drafts, not those of other commits: ``check --since``), as
``--allow-broken-links`` does for ``deploy``."""


@dataclass(frozen=True)
class Change:
    """A content file deleted (``new`` None) or renamed since the commit compared with;
    paths are under the content folder, with '/'."""

    old: str
    new: str | None = None


def content_file(rel: str) -> Address | None:
    """What the content file ``rel`` (under the content folder, with '/') gives a page
    to: a story (its ``story.yaml``) or an event, figure or place; None for anything
    else, and for a name the build passes over (``_notes/e1.yaml``, ``e1.yaml~``)."""
    parts = rel.split("/")
    if any(files.is_ignored(part) for part in parts):
        return None
    if len(parts) == 2 and parts[1] == "story.yaml":
        return Address(parts[0])
    if len(parts) == 3 and parts[1] in KINDS and (file_id := collection_file_id(parts[2])) is not None:
        return Address(parts[0], parts[1], file_id)
    return None


def never_published(
    address: Address,
    rel: str,
    was_draft: Callable[[str], bool | None],
    left_out_only: Callable[[Address], bool],
) -> bool:
    """Whether the file ``rel`` that gave ``address`` its page was a draft, or in a story
    that was, or (a figure or place) named only by events left out of the site (drafts,
    events taken out), in the commit compared with: it had no published page to take
    away, and deleting a draft no one will finish, with what only it named, is an
    ordinary change."""
    if was_draft(rel):
        return True
    if address.kind is None:
        return False
    return bool(was_draft(f"{address.story}/story.yaml")) or (
        address.kind != site_paths.EVENTS and left_out_only(address)
    )


def _deleted_or_renamed(
    gone: list[tuple[Address, Address | None]], lost: set[str], warn: Explainer
) -> list[Problem]:
    """A warning for each published file deleted or renamed (``gone``: each with what it
    was renamed to, if it was), in the order of their addresses; a story's files go with
    the story (``lost``: the stories gone), in one warning."""
    problems = []
    for old, new in sorted(gone, key=lambda pair: (pair[0].story, pair[0].kind or "", pair[0].id or "")):
        if old.kind is not None and old.story in lost:
            continue
        if old.kind is None:
            renamed = new.story if new and new.kind is None else None
            problems.append(warn.story_gone(old.story, renamed))
        elif new is not None and new.kind == old.kind and new.id is not None:
            problems.append(warn.renamed(old, new))
        else:
            problems.append(warn.deleted(old))
    return problems


def _newly_drafted(
    site: Site,
    lost: set[str],
    was_draft: Callable[[str], bool | None],
    let_go: Callable[[str], bool],
    warn: Explainer,
) -> list[Problem]:
    """A warning for each story and event of ``site`` that is a draft now and was not in
    the commit compared with (``was_draft``), unless the editor let it go; a story drafted
    takes its events with it, and a story gone (``lost``) is told of already."""
    problems = []
    for story in site.stories:
        if story.id in lost:
            continue
        if story.draft:  # its events go with it, drafts or not
            rel = f"{story.id}/story.yaml"
            if was_draft(rel) is False and not let_go(rel):
                problems.append(warn.story_drafted(story.id, "its published pages"))
            continue
        for event in story.events:
            rel = f"{story.id}/events/{event.id}.yaml"
            if event.draft and was_draft(rel) is False and not let_go(rel):
                problems.append(warn.event_drafted(Address(story.id, site_paths.EVENTS, event.id)))
    return problems


def files_gone(
    changes: Iterable[Change],
    *,
    site: Site,
    content: str,
    was_draft: Callable[[str], bool | None],
    left_out_only: Callable[[Address], bool] = lambda _: False,
    let_go: Callable[[str], bool] = lambda _: False,
) -> list[Problem]:
    """A warning for each page that ``changes``, and the drafts of ``site`` (the checked
    content) that were not drafts before, take away; a story gone is one warning.

    ``was_draft``: whether the file (under the content folder) was a draft in the commit
    compared with; None when it was not there. A file deleted or renamed that was a
    draft then, or in a draft story, took nothing away (``never_published``), nor did a
    figure or place that ``left_out_only`` says only events left out named then. Unlike
    ``gone_pages`` this cannot see a figure or place that no published event names any
    more (that needs both sites).

    ``let_go``: whether the editor let the page of a file (under the content folder) go,
    for its deletion, renaming or drafting: a commit that did it says ``ALLOW``."""
    warn = Explainer({s.id: s for s in site.stories}, content, lambda _: None, lambda _: None, [])
    gone: list[tuple[Address, Address | None]] = []
    for change in changes:
        old = content_file(change.old)
        if (
            old is not None
            and not never_published(old, change.old, was_draft, left_out_only)
            and not let_go(change.old)
        ):
            gone.append((old, content_file(change.new) if change.new else None))
    lost = {old.story for old, _ in gone if old.kind is None}
    problems = _deleted_or_renamed(gone, lost, warn) + _newly_drafted(site, lost, was_draft, let_go, warn)
    return [
        Problem(
            p.where,
            f"{p.message}; or, if that is what you want, write {ALLOW} in the message of the "
            f"commit that does it",
            p.severity,
        )
        for p in problems
    ]
