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

from generator.content.model import Site, Story
from generator.errors import Position, Problem, Severity

KINDS = {"events": "event", "figures": "figure", "locations": "place"}
"""The folders of a story's pages of one thing each, and what the thing is called."""

TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def linked(path: str) -> bool:
    """Whether readers may hold links to the published file ``path``: a page
    (``.../index.html``) or a file they subscribe to or embed (``feed.xml``,
    ``<story>/timeline.json``, ``oembed.json``). The search index, the assets and the
    pictures are reached through pages, under names that change with their contents."""
    top = path.split("/", 1)[0]
    if top in ("pagefind", "assets"):
        return False
    return path == "index.html" or path.endswith(("/index.html", ".xml", ".json"))


def page_title(page: bytes | None) -> str | None:
    """The text of a page's ``<title>``, to know a page that moved by what it is called."""
    if page is None:
        return None
    found = TITLE.search(page.decode("utf-8", errors="replace"))
    return html.unescape(found[1]).strip() if found else None


@dataclass(frozen=True)
class Address:
    """A published file seen as the page of one thing: ``story``'s own page (``kind``
    None), or the page of the event, figure or place ``id`` in it."""

    story: str
    kind: str | None = None
    id: str | None = None

    @staticmethod
    def of(path: str) -> Address | None:
        parts = path.split("/")
        if len(parts) == 2 and parts[1] == "index.html":
            return Address(parts[0])
        if len(parts) == 4 and parts[1] in KINDS and parts[3] == "index.html":
            return Address(parts[0], parts[1], parts[2])
        return None


def shown(path: str) -> str:
    """A published file as readers' addresses end: ``story-a/events/e1/``."""
    return path.removesuffix("index.html") or "/"


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
    gone = sorted(p for p in set(before) if linked(p) and p not in after)
    if not gone:
        return []
    stories = {s.id: s for s in site.stories}
    appeared = [p for p in after if linked(p) and p not in before]
    found = Explainer(stories, content, old_page, new_page, appeared)
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
    ) -> None:
        self.stories = stories
        self.content = content
        self.old_page = old_page
        self.new_page = new_page
        self.appeared = appeared

    def _warning(self, path: str, message: str) -> Problem:
        return Problem(Position(path, 1, None), message, Severity.WARNING)

    def _file(self, *parts: str) -> str:
        return os.path.join(self.content, *parts)

    def _renamed_to(self, path: str) -> str | None:
        """The page that appeared with the title of the published ``path``, of the same
        kind of thing: the same page under a new name."""
        title = page_title(self.old_page(path))
        address = Address.of(path)
        if title is None or address is None:
            return None
        for new in sorted(self.appeared):
            moved = Address.of(new)
            if moved and moved.kind == address.kind and page_title(self.new_page(new)) == title:
                return new
        return None

    def story(self, story: str, count: int) -> Problem:
        pages = f"its {count} published pages" if count > 1 else "its published page"
        where = self._file(story, "story.yaml")
        known = self.stories.get(story)
        if known is not None and known.draft:
            return self._warning(
                where,
                f"the story '{story}' is now a draft ('draft: true') but was published: {pages} "
                f"would disappear and the links readers have to them would break; remove "
                f"'draft: true' to keep them",
            )
        renamed = self._renamed_to(f"{story}/index.html")
        if renamed is not None:
            return self._warning(
                where,
                f"the story folder '{story}' was renamed to '{renamed.split('/')[0]}': {pages} "
                f"(under {story}/) would disappear and the links readers have to them would "
                f"break; give the folder its old name back to keep them",
            )
        return self._warning(
            where,
            f"the story '{story}' was deleted: {pages} (under {story}/) would disappear and "
            f"the links readers have to them would break; put the story folder back to keep them",
        )

    def page(self, path: str) -> Problem:
        address = Address.of(path)
        page = shown(path)
        if address is None or address.kind is None or address.id is None:
            return self._warning(
                self._file("site.yaml") if "/" not in path else self._file(path.split("/")[0], "story.yaml"),
                f"the published page {page} would disappear and the links readers have to it would break",
            )
        kind, thing = address.kind, KINDS[address.kind]
        story = self.stories.get(address.story)
        where = self._file(address.story, kind, f"{address.id}.yaml")
        breaks = f"its page {page} would disappear and the links readers have to it would break"
        if story is not None and kind == "events":
            event = next((e for e in story.events if e.id == address.id), None)
            if event is not None and event.draft:
                return self._warning(
                    where,
                    f"the event '{address.id}' is now a draft ('draft: true') but was published: "
                    f"{breaks}; remove 'draft: true', or take it out with 'removed:' (date, reason) "
                    f"to keep its address as a notice",
                )
        held = story is not None and address.id in (story.figures if kind == "figures" else story.locations)
        if kind != "events" and held:
            return self._warning(
                where,
                f"no published event names the {thing} '{address.id}' any more: {breaks}; "
                f"name it in an event to keep the page",
            )
        renamed = self._renamed_to(path)
        if renamed is not None:
            new = Address.of(renamed)
            to = f"{new.story}/{new.kind}/{new.id}.yaml" if new else renamed
            return self._warning(
                where,
                f"the {thing} file {address.id}.yaml was renamed to {to}: {breaks}; "
                f"give it its old name back to keep the address",
            )
        if kind == "events":
            return self._warning(
                where,
                f"the event file {address.id}.yaml was deleted: {breaks}; put "
                f"events/{address.id}.yaml back with 'removed:' (date, reason) to keep its "
                f"address as a notice",
            )
        return self._warning(
            where, f"the {thing} file {address.id}.yaml was deleted: {breaks}; put it back to keep the page"
        )
