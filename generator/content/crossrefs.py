"""What a content file refers to in other files, taken in while ``file_check.py`` checks it on
its own and looked for once the story's files are known (``check.py``): an id named by
a field or by a Markdown link (``Ref``), and the links of a Markdown text, each at its own
place: the media files it names, written with or without 'media/', the story's events,
figures and places it links to, in Markdown or in HTML (and links to them written
otherwise than ``events/<id>.yaml``), and the addresses written so that they cannot work."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote

from generator.content import markdown_links, media_paths, story_links
from generator.content.yamlnodes import Scalar, place
from generator.errors import Position
from generator.markdown import markup

if TYPE_CHECKING:
    from generator.content.file_check import Checker


class Ref(NamedTuple):
    """An id a file refers to, checked once all of the story's files are known."""

    kind: str
    id: str
    label: str
    pos: Position
    link: bool = False
    """Named by a Markdown link (``events/<id>.yaml``), not a field."""
    html: bool = False
    """Named by a link written in HTML (``<a href="events/<id>.yaml">``): one to an id
    not there built before, showing its words only, and is a warning."""
    picture: bool = False
    """Named by a picture (``![...](events/<id>.yaml)``, ``<img src="events/<id>.yaml">``),
    which the page makes a link named by its description, not by a link."""


def take_in_links(checker: Checker, node: Scalar, text: str, lead: int, label: str) -> None:
    """Take in the links of a Markdown ``text`` (the value of ``node`` from its character
    ``lead`` on): the media files and the story's files it names, to be looked for once
    the story's files are known, and the addresses written so that they cannot work.
    Each is reported at its own place, though two are written alike: each is looked
    for from where the one before it ends; one not found as a link's address (as
    Markdown reads it) is reported at the value's start."""
    links = _Links(
        checker,
        node,
        text,
        lead,
        label,
        markdown_links.Addresses(node.value if isinstance(node.value, str) else ""),
    )
    unencoded = _unencoded_addresses(links)
    _media_files(links, unencoded)
    _media_without_prefix(links)
    _story_files(links)


class _Links(NamedTuple):
    """A Markdown text whose links are being taken in, and where to say them."""

    checker: Checker
    node: Scalar
    text: str
    lead: int
    """Where ``text`` starts in the value of ``node``."""
    label: str
    addresses: markdown_links.Addresses
    """The links' addresses in the value, found from where the one before ends."""


def _media_spellings(rel: str) -> tuple[str, str]:
    """How a link to ``media/<rel>`` may be written."""
    return f"media/{rel}", f"media/{quote(rel)}"


def _unencoded_addresses(links: _Links) -> list[tuple[str, str]]:
    """The links to media files written with a space, '#' or '?', which the page's link
    would break at, each said with how to write it; each as written and as it should be."""
    searched = links.lead
    unencoded = markdown_links.unencoded(links.text)
    for written, encoded in unencoded:
        offset, searched = links.addresses.find((written,), searched)
        links.checker.error(
            place(links.node, offset),
            f"'{links.label}': write the address '{written}' as '{encoded}' "
            "(a space is %20 and '#' is %23 in a link, or the page's link is broken)",
        )
    return unencoded


def _media_files(links: _Links, unencoded: list[tuple[str, str]]) -> None:
    """The media files the text links to, to be looked for (``unencoded``: those said to
    be written with a space already)."""
    text, node, checker = links.text, links.node, links.checker
    searched = links.lead
    read = markdown_links.references(text)
    for rel in read:
        offset, searched = links.addresses.find(_media_spellings(rel), searched)
        checker.images.append((rel, links.label, place(node, offset)))
    if markdown_links.may_link_media(text):
        # A file the page links to that the reading above does not see (a link in a
        # link's words after code or emphasis in them, an address written with an
        # entity): read in the text's HTML, as publishing reads it, so that a missing
        # one is an error, not a broken link. (One written with a space is said above.)
        seen = {
            *read,
            *(media_paths.file_of(address.removeprefix("media/")) for address, _ in unencoded),
        }
        for rel in markdown_links.media_in_html(markup.pages_converter().convert(text)[0]):
            if rel not in seen:
                seen.add(rel)
                offset, _ = links.addresses.find(_media_spellings(rel), links.lead)
                checker.images.append((rel, links.label, place(node, offset)))


def _media_without_prefix(links: _Links) -> None:
    """The media files the text links to without 'media/' before their names."""
    text = links.text
    if "](" in text or "]:" in text or "src" in text or "href" in text:  # Markdown's links, or HTML's
        searched = links.lead
        for rel in markdown_links.unprefixed(text):
            offset, searched = links.addresses.find((rel, quote(rel)), searched)
            links.checker.unprefixed.append((rel, links.label, place(links.node, offset)))


def _story_files(links: _Links) -> None:
    """The story's events, figures and places the text links to by their files, and links
    to them written otherwise."""
    text, node, checker, label, lead = links.text, links.node, links.checker, links.label, links.lead
    markdown = "](" in text or "]:" in text
    html = "<a" in text or "<A" in text or "<i" in text or "<I" in text  # a link, or a picture
    if markdown or html:
        # A link to another event, figure or place of the story names its file: the
        # file must be there, as an id in 'figures:' must. Other ways of writing one
        # are warned of once the story's files are known (``check.py``). One written
        # in HTML, which the page keeps and the build links as it does Markdown's, is said
        # at its tag's '<', a missing file as a warning.
        found = [(o, link, False) for o, link in story_links.story_links(text)] if markdown else []
        found += [(o, link, True) for o, link in story_links.html_story_links(text)] if html else []
        pictures = _pictures_at(text) if "![" in text or "<i" in text or "<I" in text else set()
        for offset, link, in_html in found:
            at = place(node, lead + offset)
            if link.supported and link.story is not None:
                continue  # another story's file: looked for across stories (lint/stories.py)
            if link.supported and link.story_page:
                continue  # its own story.yaml: the story page, there whenever the text is
            if link.supported and link.kind is not None:
                picture = offset in pictures
                checker.refs.append(
                    Ref(link.kind, link.name, label, at, link=True, html=in_html, picture=picture)
                )
            else:  # Markdown's 'figures/Ana Ruiz.yaml' is read whole: HTML's address is already
                whole = None if in_html else story_links.spaced(text, offset, link.address, link)
                checker.odd_links.append((whole or link, label, at))
    if markdown:
        for offset, link in story_links.spaced_links(text):
            checker.odd_links.append((link, label, place(node, lead + offset)))


def _pictures_at(text: str) -> set[int]:
    """Where the address of each Markdown picture of ``text`` starts, and the '<' of each
    picture written in HTML: the places ``story_links.story_links`` gives its links, to
    tell a picture from a link."""
    shown, made = markdown_links.links_made(text)
    found = {link.start for start, link in made if shown[start - 1 : start] == "!"}
    return found | {start for start, what, _, _ in markdown_links.html_links(shown) if what == "picture"}
