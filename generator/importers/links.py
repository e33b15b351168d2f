"""Links in slides to the story itself, as links to its pages in this site.

Links to other slides (``#<unique_id>``) and to the story's own pages as our export
writes them (``https://.../story/events/<id>/``, ``events/<id>/index.html``) become
content links (``events/<id>.yaml``), which lead to those pages in this site; a link to
anything else, and code, are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from generator.content import backticks, story_links
from generator.content.ids import ID_PATTERN, spelt_alike
from generator.importers.event import Event
from generator.importers.pictures import Picture
from generator.importers.slides import Report

_LINK = re.compile(r'\]\((?P<href>[^\s()]+)(?P<title>\s+"(?:\\.|[^"\\])*")?\)')
"""A Markdown link's address (with a title, maybe holding escaped quotes)."""
_PAGE = re.compile(
    rf"(?P<folder>{'|'.join(story_links.STORY_FILE_KINDS)})/(?P<id>{ID_PATTERN.pattern})/(?:index\.html)?"
)
"""The page of one of a story's events, figures or places, from the story's address: as
explainer's pages and its timeline.json write it ('events/vote/', or 'events/vote/index.html'
without a base_url)."""


@dataclass(frozen=True)
class OwnPages:
    """The story's own pages, which links in the timeline may lead to."""

    renamed: dict[str, str]
    """Each slide's own unique_id -> its event's id."""
    addresses: frozenset[str]
    """Where the story was in the site the timeline was exported from (``story_addresses``)."""
    figures_and_places: frozenset[str]
    """The figures and places the story has (``figures/ann``)."""


def texts_of(event: Event) -> tuple[str, ...]:
    """The Markdown of ``event`` that links may be in: its summary, body and caption."""
    return (event.summary, event.body, event.image.caption if event.image else "")


def story_addresses(texts: Iterable[str], renamed: dict[str, str], names: set[str]) -> frozenset[str]:
    """Where the story was in the site the timeline was exported from: the address before
    'events/<id>/' in the links ``texts`` have to its own slides' events (explainer's
    timeline.json links a story's pages by their full address when the site has a base_url),
    ending in one of the story's ``names`` (its id, the timeline file's folder, or the id
    our export gives its title slide). A translation keeps the events' ids: a link to
    another story's event of the same id is not to this one's, and when two addresses
    could be the story's, neither is taken."""
    found = set()
    for text in texts:
        for link in _LINK.finditer(text):
            address, _, page = link["href"].partition("#")[0].rpartition("/events/")
            if (
                address.startswith(("https://", "http://"))
                and page.rstrip("/").removesuffix("/index.html") in renamed
            ):
                found.add(address + "/")
    named = {a for a in found if a.rstrip("/").rsplit("/", 1)[-1] in names}
    return frozenset(named) if len(named) == 1 else frozenset()


def _content_link(href: str, own: OwnPages) -> str | None:
    """The content link (``events/<id>.yaml``, '#part' and all) to the event, figure or place
    of the story that ``href`` leads to: a slide's bookmark (``#<unique_id>``,
    ``#event-<unique_id>``), or its page as explainer's timeline.json writes it. None when
    it leads elsewhere, or to what the story will not have (a figure it has no file for)."""
    if href.startswith("#"):
        event_id = own.renamed.get(href[1:]) or own.renamed.get(href[1:].removeprefix("event-"))
        return f"events/{event_id}.yaml" if event_id else None
    path, hash_, fragment = href.partition("#")
    address = next((a for a in own.addresses if path.startswith(a)), "")
    page = _PAGE.fullmatch(path.removeprefix(address))
    if page is None or (not address and not path.endswith("/index.html")):
        return None  # not a page of the story ('events/x/' alone is no address our pages write)
    folder, item = page["folder"], page["id"]
    # An event under its new id, if it has one.
    target = own.renamed.get(item) if folder == "events" else _kept_page(folder, item, own.figures_and_places)
    return f"{folder}/{target}.yaml{hash_}{fragment}" if target else None


def _kept_page(folder: str, item: str, pages: frozenset[str]) -> str | None:
    """The id of the figure or place of ``pages`` that a link to ``folder/item`` leads to:
    that one, else the one file spelt as it is but for hyphens (``spelt_alike``, as an
    event's file and a downloaded picture's are matched): a page named by the id rules
    of one time and linked by those of another ('figures/maui-s-aunt/' for the file
    'mauis-aunt.yaml'), which kept the old site's address; None when there is none, or
    more than one."""
    if f"{folder}/{item}" in pages:
        return item
    alike = [
        page.split("/", 1)[1]
        for page in sorted(pages)
        if page.startswith(f"{folder}/") and spelt_alike(page.split("/", 1)[1], item)
    ]
    return alike[0] if len(alike) == 1 else None


def slide_links(markdown: str, own: OwnPages) -> str:
    """``markdown`` with its links to other slides (``[the deal](#deal)``) and to the
    story's pages in the site it was exported from leading to those pages in this one
    (``[the deal](events/deal.yaml)``, which works on every page of the site); a link to
    anything else, and code, are left as they are."""
    if "](" not in markdown:
        return markdown

    def to_content(found: re.Match[str]) -> str:
        link = _content_link(found["href"], own)
        return found.group() if link is None else f"]({link}{found['title'] or ''})"

    parts, last = [], 0
    for start, end in backticks.code_spans(markdown):  # shown as it is, links and all
        parts += [_LINK.sub(to_content, markdown[last:start]), markdown[start:end]]
        last = end
    return "".join([*parts, _LINK.sub(to_content, markdown[last:])])


def links_to_no_slide(markdown: str) -> list[str]:
    """The bookmarks ('casualties', without '#') of the links ``slide_links`` left in
    ``markdown`` as they were: to no slide of the timeline, so to no place on the pages
    either; not those in code, nor those to the story page's updates and sources
    ('#update-1'), which check judges."""
    if "](#" not in markdown:
        return []
    outside_code, last = [], 0
    for start, end in backticks.code_spans(markdown):
        outside_code.append(markdown[last:start])
        last = end
    outside_code.append(markdown[last:])
    return [
        link["href"][1:]
        for text in outside_code
        for link in _LINK.finditer(text)
        if link["href"].startswith("#") and not link["href"][1:].startswith(story_links.STORY_PAGE_PLACES)
    ]


def no_slide_reports(where: str, written: str, texts: Iterable[str]) -> list[Report]:
    """What is said of the links of a slide's ``texts`` to no slide (``links_to_no_slide``):
    one line each, for the slide at ``where``, which became the file ``written``."""
    return [
        Report(
            where,
            f"the link to '#{bookmark}' names no slide of the file (no slide has the unique_id "
            f"'{bookmark.removeprefix('event-')}'), so on the pages it leads nowhere: link to an "
            "event as events/<its id>.yaml, or take the link out",
            written=written,
        )
        for text in texts
        for bookmark in links_to_no_slide(text)
    ]


def linked_caption(picture: Picture | None, own: OwnPages) -> Picture | None:
    """``picture`` with its caption's links to the story's own events and pages as
    content links (``slide_links``)."""
    if picture is None or "](" not in picture.caption:
        return picture
    return replace(picture, caption=slide_links(picture.caption, own))
