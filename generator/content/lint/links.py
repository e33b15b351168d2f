"""Markdown links, as an editor types them, that will not work once published: brackets
shown instead of a link (a space before its '('), a space in an address, a title in
parentheses read as part of the address, an address the pages leave out (``javascript:``,
``tel:``, a ``data:`` picture), a file on the editor's computer, a link from the root of
the host (outside the site under a sub-path), a site's name written without
``https://``, an address relative to the page that shows it (``../docs/x.pdf``,
``other.html``), which leads somewhere else from each page a text is shown on, a link to
the reader's own computer or network (``http://localhost:8000/``, ``http://192.168.1.1/``:
a copy from a preview). Each is told where the link starts in its text. A link or picture
written in HTML (``<a href>``, ``<img src>``), which the page keeps as it is, is told as
its Markdown twin, at its tag's '<', and so is a space in its address under media/ (which
check refuses in Markdown). A link to a content file (``events/<id>.yaml``) is check's
(``check.py``), as is one to a story's page by its ``story.yaml``, but for one to a file
no link leads to (``../elections/notes.yaml``).
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterator
from urllib.parse import quote

from generator.content import fieldtypes, markdown_links, markdown_shown, story_links
from generator.content.addresses import SCHEME, local_host, spaces_written, without_scheme
from generator.content.inline_links import InlineLink
from generator.content.media import ALLOWED, UNSHOWN_PHOTOS
from generator.content.media_paths import file_of
from generator.markdown.rules import LINK_SCHEMES

_SPACED = re.compile(r"\[([^\[\]\n]*)\]\s+\([^)\n]*\)")
"""Words in brackets, a space, and an address in parentheses: a link as an editor types
it that the page makes none of, and shows as it is written."""
_TITLE_IN_PARENTHESES = re.compile(r"\s+\([^()]*\)$")
"""A link's title in parentheses at its address's end, where the page's converter reads
it: part of the address."""
_SCHEME = re.compile(f"({SCHEME}):")
"""The scheme an address starts with ('javascript:', 'tel:', 'C:' of a Windows path)."""


def broken_links(text: str) -> Iterator[tuple[int, str]]:
    """What is wrong with the Markdown links in ``text`` that would still be published:
    readers would get brackets instead of a link, or a link to nowhere. Each with where
    the link starts in ``text``, to say where it is, in text order. The links are those
    the page makes (``markdown_links.links_made``), each read as the page reads it: not one in
    code, in a link's words or in a picture's description, and an address up to its
    title, which may hold spaces and parentheses; and the links and pictures written in
    HTML (``<a href>``, ``<img src>``), which the page keeps as they are, each told as
    its Markdown twin would be (``markdown_links.html_links``), at its tag's '<'."""
    shown, made = markdown_links.links_made(text)
    found = [(start, message) for start, link in made for message in _link_problems(shown, start, link)]
    # In a link's address or title ('(https://x.org "[a] (b)")') it is neither.
    openings = [link.opening for _, link in made]  # in text order, none within another
    stops = [link.stop for _, link in made]

    def in_a_link(at: int, starts: list[int]) -> bool:
        before = bisect.bisect_right(starts, at) - 1
        return before >= 0 and stops[before] > at

    for spaced in _SPACED.finditer(shown):
        if not in_a_link(spaced.start(), openings):
            found.append((spaced.start(), _spaced_message(spaced)))
    if "<" in shown:
        # Not in a link's words either, as a Markdown picture there is not: the page shows
        # a picture from elsewhere in a link as its alt text (``markup``).
        starts = [start for start, _ in made]
        for start, what, words, address in markdown_links.html_links(shown):
            if not in_a_link(start, starts):
                said = [*_address_problems(what, _one_line(words), address, _one_line(address))]
                if (space := _spaced_media(what, _one_line(words), address)) is not None:
                    said.append(space)
                found += [(start, m) for m in said]
    yield from sorted(found)


def _spaced_media(what: str, words: str, address: str) -> str | None:
    """What to say of a link or picture in HTML (``what``, named ``words``) whose address
    under media/ has a space ('media/my photo.jpg'): the same as of a Markdown one, which
    check refuses (``crossrefs.py``). A browser mends it, so it built and works there (a
    warning); the address is still no valid one, for the page's HTML, the feed and
    whatever reads them."""
    if " " not in address or not address.startswith("media/"):
        return None
    said = f"the address of {what} '{words}' has a space; write it as %20"
    return said if re.search(r"[\t\n\r]", address) else f"{said}: {address.replace(' ', '%20')}"


def _spaced_message(found: re.Match[str]) -> str:
    """What to say of a link written with a space before its '(' (``_SPACED``)."""
    return (
        f"'[{markdown_shown.with_brackets(found.group(1))}] (' shows its brackets instead of a link; "
        "remove the space before '('"
    )


_HALF_WRITTEN = re.compile(
    r"(?P<scheme>https?:)?(?P<slashes>[/\\]*)(?P<rest>[^/\\?#\s]+\.[^/\\?#\s]+.*)", re.IGNORECASE
)
"""An address of another site (a name with a dot) with its scheme or its slashes amiss."""


def _half_written(address: str) -> str | None:
    """The address to write for ``address`` (a link's, as written) when a browser reads
    it as another site's though it is not written in full: 'https:x.org/a' and
    'http:/x.org/a' (typos that still lead there), '/\\x.org/a' (not from the root of this
    host, as it looks: a browser reads the backslash as a slash); else None."""
    found = _HALF_WRITTEN.fullmatch(address)
    if found is None:
        return None
    scheme, slashes = found["scheme"], found["slashes"]
    if (scheme and slashes != "//") or (not scheme and slashes in ("/\\", "\\/")):
        return f"{(scheme or 'https:').lower()}//{found['rest']}"
    return None


def _without_its_scheme(address: str) -> bool:
    """Whether ``address`` names another site without its scheme ('//x.org/a', as HTML
    copied from a page writes it): a browser reads it with the scheme of the page it is
    on, which for a site opened from disk is file:, where no such file is."""
    return address.startswith("//") and address[2:3] not in ("", "/", "\\")


def _on_the_editors_computer(scheme: str) -> bool:
    """Whether an address with ``scheme`` names a file where the editor works: a drive
    ('C:\\Users\\...') or 'file:'."""
    return len(scheme) == 1 or scheme.lower() == "file"


def _one_line(written: str) -> str:
    """A link's words or address as a message says them: on one line, as the page shows them."""
    return " ".join(markdown_shown.with_brackets(written).split())


def _link_problems(shown: str, start: int, link: InlineLink) -> Iterator[str]:
    """What is wrong with ``link``, which the page makes of ``shown`` (its words' '['
    at ``start``)."""
    words = _one_line(shown[start + 1 : link.opening])
    what = "picture" if shown[start - 1 : start] == "!" else "link"
    address = markdown_shown.with_brackets(shown[link.start : link.end])
    # Said as written between its parentheses (its angle brackets and title too).
    written_end = _written_end(shown, link)
    target = _one_line(shown[link.opening + 2 : written_end])
    problems = list(_address_problems(what, words, address, target, markdown=not link.angled))
    yield from problems
    if not problems and written_end > link.stop - 1:
        yield _cut_problem(what, words, address, target)


def _cut_problem(what: str, words: str, address: str, target: str) -> str:
    """The message for a link whose address the page ends before its editor did: a quote
    after a '(' in it ('https://x.org/alert('md')') is read as the link's title, and
    the rest as words after the link, so the page links a cut address that leads nowhere."""
    written = target.split(" ", 1)[0]
    encoded = written.translate(_ENCODED_MARKS)
    return (
        f"the {what} '{words}' to '{target}' leads on the page to '{address}' alone: a quote "
        f"after a '(' in an address ends it there; write its quotes and brackets encoded: '{encoded}'"
    )


_ENCODED_MARKS = str.maketrans({"'": "%27", '"': "%22", "(": "%28", ")": "%29"})


def _written_end(shown: str, link: InlineLink) -> int:
    """Where the address of ``link`` ends as its editor wrote it: at the ')' that closes its
    '(', past one the page stops at ('javascript:alert('md')', which the page reads as the
    address 'javascript:alert(', the title 'md' and a ')' after the link). An address
    whose parentheses are in pairs, or in angle brackets, ends where the page ends the
    link: a '(' in its title ('"a (b"') is the title's, as Python-Markdown reads it, not
    one the editor left open (counted, it ran on to a later ')' in the text)."""
    depth = 0
    at = link.opening + 2
    while at < len(shown) and not shown.startswith("\n\n", at):
        if at == link.end and (depth == 0 or link.angled):
            return link.stop - 1
        mark = shown[at]
        if mark == "\\":
            at += 1
        elif mark == "(":
            depth += 1
        elif mark == ")" and depth == 0:
            return max(at, link.stop - 1)
        elif mark == ")":
            depth -= 1
        at += 1
    return link.stop - 1  # never closed as written: where the page closes it


def _address_problems(
    what: str, words: str, address: str, target: str, *, markdown: bool = False
) -> Iterator[str]:
    """What is wrong with the ``what`` ('link' or 'picture') named ``words`` whose
    address the page reads as ``address``, written as ``target``: a Markdown link or
    picture's, or (without ``markdown``) one in angle brackets or in HTML, whose address
    may hold a space (the browser writes it as %20). The first of what it could be told
    alone: a space, what it leads to readers cannot have, a content file, what readers
    cannot reach, how it is written."""
    if " " in address and markdown and address.lower().startswith(("http://", "https://")):
        yield _space_problem(words, address)
    elif (said := _not_for_readers(what, words, address, target, markdown=markdown)) is not None:
        yield said
    elif story_links.names_yaml(address) and ":" not in address:
        if story_links.story_link(address) is None and " " not in address:
            # '../elections/notes.yaml': a file of no page, which no link leads to.
            yield (
                f"the {what} '{words}' to '{target}' is shown as its words only: a link names an "
                "event's, a figure's or a place's file (events/<id>.yaml, or "
                "../<story>/events/<id>.yaml for another story's), or a story's page by its "
                "story.yaml (../<story>/story.yaml)"
            )
        # Else a link to a content file: check says what to write (``refhints.odd_link``).
    elif (
        said := _out_of_reach(what, words, address, target) or _miswritten(what, words, address, target)
    ) is not None:
        yield said


def _not_for_readers(what: str, words: str, address: str, target: str, *, markdown: bool) -> str | None:
    """What is wrong with a link (``_address_problems``) that leads somewhere on the
    reader's own network, or a picture that is not one; else None."""
    if (host := _on_readers_network(address)) is not None:
        # 'http://localhost:8000/...' (the preview's), 'http://192.168.1.1/' (a router's
        # page): it built before, and every reader who follows it asks their own network.
        # A picture from another site is shown as a link to it (``markup``), named by its
        # alt text: the same link.
        shown = f"the link '{words}' leads" if what == "link" else f"the picture '{words}' is a link"
        return (
            f"{shown} to '{target}', on the reader's own computer or network "
            f"({host}): a reader who clicks would reach their own network or computer, not the "
            "newsroom's page (probably an address copied from a preview on the editor's computer); "
            "link the page's public address (https://...), or a page of this story by its file "
            "(events/<id>.yaml)"
        )
    if what == "picture" and _not_a_picture(address):
        written = address if markdown else f"<{address}>"  # 'media/my report.pdf' bare is no link
        return (
            f"the picture '{words}' at '{target}' is not a picture ({fieldtypes.picture_types()}): "
            f"readers get a broken picture; to offer another kind of file, link it: [{words}]({written})"
        )
    return None


def _out_of_reach(what: str, words: str, address: str, target: str) -> str | None:
    """What is wrong with a link (``_address_problems``) to the editor's computer or
    network, or of a scheme the pages leave out; else None."""
    if (scheme := _SCHEME.match(address)) and _on_the_editors_computer(scheme[1]):
        return (
            f"the {what} '{words}' leads to '{target}' on the editor's computer, which "
            "readers cannot open; copy the file into the story's media/ folder and link it as "
            "media/<its name>"
        )
    if scheme and scheme[1].lower() not in LINK_SCHEMES:
        return _scheme_left_out(what, words, target)
    if address.startswith("\\\\"):
        return (
            f"the {what} '{words}' leads to '{target}', a shared folder of the editor's "
            "network, which readers cannot open; copy the file into the story's media/ folder and link "
            "it as media/<its name>"
        )
    return None


def _miswritten(what: str, words: str, address: str, target: str) -> str | None:
    """What is wrong with how a link's address (``_address_problems``) is written: cut
    short, without its scheme, from the host's root, or relative; else None."""
    if (full := _half_written(address)) is not None:
        return f"the address of link '{words}', '{target}', is not written in full; write '{full}'"
    if _without_its_scheme(address):
        return (
            f"the {what} '{words}' {'to' if what == 'link' else 'at'} '{target}' has no 'https:': it "
            "takes the scheme of the page that shows it, so it leads nowhere from a page opened as a "
            f"file (file://); write 'https:{address}'"
        )
    if address.startswith("/") and not address.startswith("//"):
        # From the root of whatever serves the page: a project's site on GitHub Pages is
        # under /<repo>/, and the newsroom's own pages are on another host.
        return (
            f"the link '{words}' leads to '{target}' from the root of the host that serves the page, "
            "outside this site when it is published under a sub-path (/<repo>/); write the full "
            "address (https://...)"
        )
    if _a_page_of_its_own(address):
        return _relative_message(what, words, target, address)
    if without_scheme(address) and not markdown_links.names_a_file(address):
        # 'wreck.jpg' reads as a site's name too: a file's name has its own warning (its media/).
        return f"the link '{words}' leads to '{target}' on this site; write 'https://{address}'"
    if _relative(address):
        return _relative_message(what, words, target, address)
    return None


def _space_problem(words: str, address: str) -> str:
    """What is wrong with the web address ``address`` of the Markdown link ``words``,
    which holds a space."""
    if _TITLE_IN_PARENTHESES.search(address):
        # Python-Markdown takes '(title)' into the address, which the pages then
        # drop as no address at all.
        return (
            f"the title in parentheses of link '{words}' is read as part of its address, "
            'so the link leads nowhere; put the title in double quotes: (address "title")'
        )
    if (written := spaces_written(address)) is not None:
        return f"the address of link '{words}' has a space; write it as %20: {written}"
    return f"the address of link '{words}' has a space; write it as %20"


def _scheme_left_out(what: str, words: str, target: str) -> str:
    """What is said of the ``what`` ('link' or 'picture') ``words`` to ``target``, whose
    scheme the pages do not keep."""
    said = target if len(target) <= 60 else target[:59] + "…"  # a data: address is long
    if what == "picture":
        return (
            f"the picture '{words}' at '{said}' is left out of the pages, which show pictures "
            "from https:// addresses and the story's media/ folder only; copy it into media/ "
            "and write media/<its name>"
        )
    return (
        f"the link '{words}' to '{said}' is left out of the pages, which keep only http, "
        "https and mailto addresses and the site's own files; readers get its words "
        "without a link"
    )


def _on_readers_network(address: str) -> str | None:
    """The host of ``address``, an http(s) link's (or one without its scheme, '//host/'),
    when it is on the reader's own computer or network (``addresses.local_host``), else None."""
    if not address.lower().startswith(("http://", "https://", "//")):
        return None
    return local_host(address if not address.startswith("//") else f"https:{address}")


def _not_a_picture(address: str) -> bool:
    """Whether ``address``, a picture's (``![...](...)``), names a story's file that is no
    picture ('media/report.pdf'): the page shows it as a broken picture. A photo no browser
    shows ('media/x.heic') is an error of its own (``media.problem``)."""
    path = file_of(address)
    return (
        path.startswith("media/")
        and not fieldtypes.names_picture(path)
        and not path.lower().endswith(UNSHOWN_PHOTOS)
    )


_PAGE_NAME = re.compile(
    r"[^/]+\.(?:html?|shtml|php|aspx?|jsp|txt|docx?|xlsx?|pptx?|odt|ods|rtf|csv)", re.IGNORECASE
)
"""A page's or a document's name ('other.html', 'notes.txt'): not a site's name written
without 'https://', though it reads as one (no site's name ends so)."""


def _a_page_of_its_own(address: str) -> bool:
    """Whether ``address`` is a page's or a document's name alone (``_PAGE_NAME``)."""
    return _PAGE_NAME.fullmatch(file_of(address)) is not None


def _relative(address: str) -> bool:
    """Whether ``address`` (no scheme, not a site's name) is relative to the page that
    shows the link, and not one of the forms a text's links are written in: under media/,
    a story's file (``story_links``, ``refhints.py``), a file named without its media/
    (``names_a_file``, ``media_checks.py``), a place on the page ('#...') or the page with a
    query ('?...'), from the root of the host ('/', or '\\' which browsers read as it)."""
    if not address or address.startswith(("/", "\\", "#", "?", "media/")) or _SCHEME.match(address):
        return False
    return story_links.story_link(address) is None and not markdown_links.names_a_file(address)


def _relative_message(what: str, words: str, target: str, address: str) -> str:
    """What to say of a link relative to the page that shows it (``_relative``): a text is
    shown on several pages (the story's, an event's, a year's, the embed, the feed), from
    each of which it leads somewhere else, so it leads nowhere from most of them."""
    said = (
        f"the {what} '{words}' leads to '{target}' from the page that shows it: somewhere else "
        "from each page the text is on (the story's, an event's, the feed); "
    )
    name = posixpath.basename(file_of(address).rstrip("/"))
    if posixpath.splitext(name)[1].lower() in ALLOWED:
        return f"{said}put the file in the story's media/ folder and write media/{quote(name)}"
    return (
        f"{said}write the full address (https://...), or link an event, a figure or a place by "
        "its file (events/<id>.yaml, ../<story>/events/<id>.yaml for another story's)"
    )
