"""Links of Markdown to the story's own files: its events, figures and places, a story's
``story.yaml`` (its page), and the anchors of its story page.

An editor links an event as ``events/<id>.yaml`` (another story's as
``../<story>/events/<id>.yaml``), which the pages turn into the link to its page
(``render/links.py``); the other ways of writing one that a browser reads alike or an
editor may mean (``Events/x.yaml``, ``x.yaml``, the id alone) are told apart here so
check can say how to write them. The links are read as the page's converter reads them,
with the very reading of ``markdown_links.py`` (its helpers imported: one reading of a
text's links, not two that could disagree).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.content.ids import ID_PATTERN
from generator.content.kinds import COLLECTIONS
from generator.content.markdown_blocks import shown_in_place
from generator.content.markdown_links import _link_addresses, html_links
from generator.patterns import later

STORY_FILE_KINDS = {kind.value: kind.singular for kind in COLLECTIONS}
"""The story's folders a Markdown link may name a content file of, and what it is:
``{"events": "event", "figures": "figure", "locations": "location"}``."""

_STORY_FOLDER_ADDRESS = later(
    r"(?P<up>(?:\.{1,2}/)*)(?:(?P<story>(?!media/)[^/?#:\s]+)/)?"
    f"(?P<folder>{'|'.join(STORY_FILE_KINDS)})/"
    r"(?P<rest>[^?#]*)(?P<query>\?[^#]*)?(?P<fragment>#.*)?",
    re.IGNORECASE,
)
"""A relative address into a story's events, figures or places folder, in any form
('./Events/x.yaml?y#z', '../other/events/x.yaml', 'events/x/index.html')."""
_STORY_FILE_ADDRESS = later(
    r"(?P<up>(?:\.{1,2}/)*)(?:(?P<story>(?!media/)[^/?#:\s]+)/)?(?P<file>story\.ya?ml)"
    r"(?P<query>\?[^#]*)?(?P<fragment>#.*)?",
    re.IGNORECASE,
)
"""A relative address of a story's ``story.yaml``, which names the story page, in any
form ('story.yaml', '../other/story.yaml#timeline', './Story.yml')."""
STORY_FILE = "story.yaml"
_YAML_NAME = later(r"(?:\.{1,2}/)*(?P<name>[^/?#:\s]+)\.ya?ml(?:\?[^#]*)?(?:#.*)?", re.IGNORECASE)
"""A content file's name with no folder: 'vote.yaml', 'vote.yml'."""
_PAGE_ENDS = later(r"(?:/index\.html|\.ya?ml)?/?$", re.IGNORECASE)
_YAML_PATH = later(r"\.ya?ml/?$", re.IGNORECASE)


def names_yaml(address: str) -> bool:
    """Whether ``address`` (a link's, as written) is of a YAML file, whatever its '?' or
    '#' part: the site never has one, so a link to one leads nowhere."""
    return _YAML_PATH().search(address.split("#", 1)[0].split("?", 1)[0]) is not None


@dataclass(frozen=True)
class StoryLink:
    """A link of Markdown into the story's events, figures or places."""

    address: str
    """As written."""
    kind: str | None
    """'event', 'figure' or 'location' by its folder; None for a name without one ('vote.yaml')."""
    name: str
    """The file's name less its '.yaml' (or the page's folder), as written."""
    supported: bool
    """Written ``<folder>/<id>.yaml``, or ``../<story>/<folder>/<id>.yaml`` for another
    story's (maybe with '#part'): the forms that lead to the page."""
    other_story: bool = False
    """It climbs out of the story ('../other/events/x.yaml', '../../events/x.yaml')."""
    story: str | None = None
    """The other story's folder it names, as written ('other' of '../other/events/x.yaml')."""
    story_page: bool = False
    """It names a story's ``story.yaml`` (``story.yaml``, ``../other/story.yaml``): the
    story page, not an event's, a figure's or a place's (``kind`` is None)."""

    @property
    def page(self) -> str:
        """The page it names as ``story_pages`` holds them: ``events/vote``; '' for a
        story page."""
        if self.story_page:
            return ""
        return f"{self.kind}s/{self.name}" if self.kind is not None else self.name

    @property
    def target(self) -> str:
        """The page it names as the ``story_pages`` of the story it is in hold them:
        ``events/vote`` of its own, ``../other/events/vote`` of another story's,
        ``../other/`` for another story's page ('' for its own)."""
        return self.page if self.story is None else f"../{self.story}/{self.page}"


def story_link(address: str) -> StoryLink | None:
    """What ``address`` (a relative link's, as written) names of the story's content, if
    anything (``_as_written``). One with a dot written '%2E' that names nothing so, or not
    in the form that leads to the page, is read with its dots ('%2E%2E/other/events/x.yaml',
    which a browser reads as '../other/...'; 'figures/ana-ruiz%2Eyaml'): the file it
    means, in a form that does not lead there (check says how to write it)."""
    link = _as_written(address)
    if (link is None or not link.supported) and "%2" in address:
        decoded = _ENCODED_DOT().sub(".", address)
        meant = _as_written(decoded) if decoded != address else None
        if meant is not None:
            return replace(meant, address=address, supported=False)
    return link


_ENCODED_DOT = later("%2e", re.IGNORECASE)


def _as_written(address: str) -> StoryLink | None:
    """What ``address`` (a relative link's, as written) names of the story's content, if
    anything: ``events/vote.yaml`` (supported) or one of the forms a browser reads alike or
    an editor may write meaning it (``./events/vote.yaml``, ``Events/vote.yaml``,
    ``events/vote.yml``, ``events/vote/index.html``, ``vote.yaml``, the id alone:
    ``vote``, a link beside the page, to nothing)."""
    found = _STORY_FOLDER_ADDRESS().fullmatch(address)
    if found is not None:
        folder, rest = found["folder"], found["rest"]
        name = _PAGE_ENDS().sub("", rest)
        # '../events/x.yaml' from a figure's file is this story's event, written from
        # where that file is (as an editor's link completion writes it); two climbs leave it.
        other = bool(found["story"]) or found["up"].count("../") > 1
        story = found["story"] if other and found["up"] else None
        # Another story's file is written as from this story's folder, as every link of
        # a text is (``media/x.pdf``): '../<story>/events/<id>.yaml'.
        climb = "../" if story is not None else ""
        supported = (
            found["up"] == climb
            and (story is None or ID_PATTERN.fullmatch(story) is not None)
            and (story is not None or not found["story"])
            and folder.islower()
            and rest == name + ".yaml"
            and ID_PATTERN.fullmatch(name) is not None
            and found["query"] is None
        )
        return StoryLink(address, STORY_FILE_KINDS[folder.lower()], name, supported, other, story)
    whole = _STORY_FILE_ADDRESS().fullmatch(address)
    if whole is not None:
        return _story_page_link(address, whole)
    bare = _YAML_NAME().fullmatch(address)
    if bare is not None:
        return StoryLink(address, None, bare["name"], False, ".." in address)
    if ID_PATTERN.fullmatch(address):  # an id alone ('2010-04-07-vote'): beside the page, nothing
        return StoryLink(address, None, address, False)
    return None


def _story_page_link(address: str, found: re.Match[str]) -> StoryLink:
    """The link ``address`` is to a story page by its ``story.yaml`` (``found``): this
    story's, written ``story.yaml``, or another's, ``../<story>/story.yaml`` as from the
    story's folder, as its files are named (the forms that lead to the page); any other
    way of writing it ('./story.yaml', '../story.yaml' from an event's file, 'Story.yml')
    is one check says how to write."""
    up, story_written = found["up"], found["story"]
    # '../story.yaml' from an event's file is this story's, written from where that file is.
    other = bool(story_written) or up.count("../") > 1
    story = story_written if other and up else None
    supported = (
        up == ("../" if story is not None else "")
        and (story is not None or not story_written)
        and (story is None or ID_PATTERN.fullmatch(story) is not None)
        and found["file"] == STORY_FILE
        and found["query"] is None
    )
    name = found["file"].rsplit(".", 1)[0]
    return StoryLink(address, None, name, supported, other, story, story_page=True)


_AFTER_AN_ADDRESS = r"""(?![^\s)>"'<])"""
"""Where an address as the reading finds one ends (``markdown_links._INLINE_ADDRESS``,
``markdown_links._DEFINITION_ANYWHERE``): at a space, ')', '>', a quote, '<' or the text's end. A title
may follow ('[a](e1 "T")'), which ')' alone missed."""
_ID_INLINE = re.compile(rf"\]\([\s>]*<?{ID_PATTERN.pattern}{_AFTER_AN_ADDRESS}")
_ID_DEFINITION = later(rf"\]:[\s>]*<?{ID_PATTERN.pattern}{_AFTER_AN_ADDRESS}")
"""A link whose address is an id alone, inline or as a reference definition, as the
reading finds one (with a title too, '[a](e1 "T")'), wherever it is: a quote's marks may
come between its '](' or ']:' and its address (the reading sees them as spaces), and a
definition may be read anywhere on a line (``markdown_links._definitions_read``)."""
_ID_MAY_BE_HIDDEN = later(rf"\]\([\s>]*(?:`|<!--|<?{ID_PATTERN.pattern}`)")
"""Code in backticks or an HTML comment, which the reading sees as spaces, between a
'](' and what may be an id alone, or right after one (``[a](`x` e1)``, ``[a](e1`x`)``).
Not in a definition: the reading keeps its code, and Markdown reads no definition with a
comment at its address."""


def _links_to_an_id(markdown: str) -> bool:
    """Whether ``markdown`` may have a link whose address is an id alone: the words of a
    text with none need not be read further. Never False where the reading
    (``markdown_links._link_addresses``) finds one. Every text is asked this, so each pattern is searched
    only where its ']' is (one pattern of both ways searched every text from each
    position: about 8 microseconds a text), and a text is read as the reading sees it
    only where code or a comment may hide an id from the patterns (few texts)."""
    if "]:" in markdown and _ID_DEFINITION().search(markdown) is not None:
        return True
    if "](" not in markdown:
        return False
    if _ID_INLINE.search(markdown) is not None:
        return True
    hidden = ("`" in markdown or "<!--" in markdown) and _ID_MAY_BE_HIDDEN().search(markdown) is not None
    return hidden and _ID_INLINE.search(shown_in_place(markdown)) is not None


def story_links(markdown: str, *, html: bool = False) -> list[tuple[int, StoryLink]]:
    """The links of a Markdown text into the story's events, figures and places (not in
    code or an HTML comment), each with where its address starts in the text; with
    ``html``, those written in HTML too (``html_story_links``, each at its tag's '<'),
    in text order."""
    lowered = markdown.lower()
    found = []
    # 'x%2Eyaml' too: ``story_link`` reads it as the file it means, so lint leaves it
    # to check (``lint/links._relative``), which must find it here.
    if any(
        part in lowered
        for part in (*(f"{folder}/" for folder in STORY_FILE_KINDS), ".yaml", ".yml", "%2eyaml", "%2eyml")
    ) or _links_to_an_id(markdown):
        for start, address in _link_addresses(markdown):
            link = story_link(address)
            if link is not None:
                found.append((start, link))
    if html and (written := html_story_links(markdown)):
        found = sorted([*found, *written], key=lambda item: item[0])
    return found


def html_story_links(markdown: str) -> list[tuple[int, StoryLink]]:
    """The links of a Markdown text written in HTML (``<a href="events/vote.yaml">``, not
    in code or an HTML comment) into the story's events, figures and places, each with
    where its tag's '<' is. The page keeps such a link as it is, and the build makes it a
    link to the page (or shows its words only) as it does a Markdown link's
    (``render/links.py``): the same rules hold for both. A picture written in HTML that
    is not the story's own (``<img src="events/vote.yaml" alt="the vote">``) is one too:
    the page makes it a link to its address, named by its alt text
    (``markdown/markup._pictures_from_elsewhere_as_links``)."""
    if "<a" not in markdown and "<A" not in markdown and "<i" not in markdown and "<I" not in markdown:
        return []  # most texts: read at once
    found = []
    for start, _, _, address in html_links(shown_in_place(markdown)):
        link = story_link(address)
        if link is None and " " in address and names_yaml(address):
            # 'Ana Ruiz.yaml', a name with spaces and no folder, as ``spaced`` reads one.
            name = address.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]
            link = StoryLink(address, None, name, False, ".." in address)
        if link is not None:
            found.append((start, link))
    return found


SPACED_NAME = later(r"(?:[^\s()]+ +)+[^\s()]*?\.ya?ml(?=\))", re.IGNORECASE)
"""The address of an inline link to a YAML file named with spaces, up to its ')': the
page's converter takes it whole ('figures/Ana Ruiz.yaml', 'Ana Ruiz.yaml') and shows the
link's words only, where the reading of links stops at the first space ('figures/Ana')."""


def spaced(markdown: str, start: int, address: str, link: StoryLink | None = None) -> StoryLink | None:
    """The link whose address starts at ``start`` of ``markdown``, read as ``address`` up to
    its first space, when it goes on to a YAML file named with spaces ('figures/Ana
    Ruiz.yaml'): ``link`` (what ``address`` reads as) with the whole address and the name
    written, or, where it names no folder, a link to that name alone; else None."""
    found = SPACED_NAME().match(markdown, start)
    if found is None or not found[0].startswith(address):
        return None
    whole = found[0]
    name = whole.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if link is None or link.kind is None:
        return StoryLink(whole, None, name, False, ".." in whole)
    return replace(link, address=whole, name=name)


def spaced_links(markdown: str) -> list[tuple[int, StoryLink]]:
    """The links of a Markdown text to a YAML file named with spaces and without a story
    folder ('[Ana Ruiz](Ana Ruiz.yaml)'), which ``story_links`` does not find (their
    address up to its first space names nothing), each with where its address starts."""
    if ".y" not in markdown.lower():
        return []
    found = []
    for start, address in _link_addresses(markdown):
        if story_link(address) is None and (link := spaced(markdown, start, address)) is not None:
            found.append((start, link))
    return found


STORY_PAGE_PLACES = ("update-", "source-")
"""How the anchors of the story page that its texts may link to start: an entry of its
``updates`` (``update-N``, ``Update.anchor``) and a source (``source-<id>``, as
``Links.source`` and the sources' list of ``templates/_macros.html`` write it). A text's
link to one leads to the story page from every page that shows the text
(``render/links.py``, ``story_media_at``). The theme's own anchors ('#timeline') are
the theme's business, not the content's."""


def fragment_links(markdown: str) -> list[tuple[int, str]]:
    """The links of a Markdown text to a place on the page that shows it ('#update-1'),
    not in code or an HTML comment: each its fragment, without '#', with where its
    address starts in the text."""
    if "#" not in markdown:
        return []
    # Of Markdown, or of HTML written in it (``<a href='#update-1'>``), which the page keeps too.
    found = _link_addresses(markdown, html=True)
    return [(start, address[1:]) for start, address in found if address.startswith("#")]
