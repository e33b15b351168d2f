"""Markdown links, as an editor types them, that will not work once published: brackets
shown instead of a link (a space before its '('), a space in an address, a title in
parentheses read as part of the address, an address the pages leave out (``javascript:``,
``tel:``, a ``data:`` picture), a file on the editor's computer, a link from the root of
the host (outside the site under a sub-path), a site's name written without
``https://``. Each is told where the link starts in its text. A link to a content file
(``events/<id>.yaml``) is check's (``validate.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.content import media, schema
from generator.content.addresses import without_scheme

_LINK = re.compile(r"\[([^\]\n]*)\](\s*)\(([^)\n]*)\)")
"""A Markdown link as an editor types it, a space before its '(' or in its address included."""
_TITLE_IN_PARENTHESES = re.compile(r"\s+\([^()]*$")
"""A link's title in parentheses, as ``_LINK`` leaves it: without its closing ')'."""
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
"""The scheme an address starts with ('javascript:', 'tel:', 'C:' of a Windows path)."""


def broken_links(text: str) -> Iterator[tuple[int, str]]:
    """What is wrong with the Markdown links in ``text`` that would still be published:
    readers would get brackets instead of a link, or a link to nowhere. Each with where
    the link starts in ``text``, to say where it is."""
    shown = media.without_code(text)  # a link written in code is shown as text: nothing to say
    for found in _LINK.finditer(shown):
        for message in _link_problems(shown, found):
            yield found.start(), message


_HALF_WRITTEN = re.compile(
    r"(?P<scheme>https?:)?(?P<slashes>[/\\]*)(?P<rest>[^/\\?#\s]+\.[^/\\?#\s]+.*)", re.IGNORECASE
)
"""An address of another site (a name with a dot) with its scheme or its slashes amiss."""


def _half_written(target: str) -> str | None:
    """The address to write for ``target`` (a link's, as written, a title after it maybe)
    when a browser reads it as another site's though it is not written in full:
    'https:x.org/a' and 'http:/x.org/a' (typos that still lead there), '/\\x.org/a' (not
    from the root of this host, as it looks: a browser reads the backslash as a slash);
    else None."""
    address = media.LINK_TITLE.sub("", target).strip().removeprefix("<").removesuffix(">")
    found = _HALF_WRITTEN.fullmatch(address)
    if found is None:
        return None
    scheme, slashes = found["scheme"], found["slashes"]
    if (scheme and slashes != "//") or (not scheme and slashes in ("/\\", "\\/")):
        return f"{(scheme or 'https:').lower()}//{found['rest']}"
    return None


def _on_the_editors_computer(scheme: str) -> bool:
    """Whether an address with ``scheme`` names a file where the editor works: a drive
    ('C:\\Users\\...') or 'file:'."""
    return len(scheme) == 1 or scheme.lower() == "file"


def _what(text: str, found: re.Match[str]) -> str:
    """'picture' for a ``_LINK`` that shows one (``![words](address)``), else 'link'."""
    return "picture" if text[found.start() - 1 : found.start()] == "!" else "link"


def _link_problems(text: str, found: re.Match[str]) -> Iterator[str]:
    """What is wrong with the link ``found`` in ``text``."""
    words, space = media.with_brackets(found.group(1)), found.group(2)
    target = media.with_brackets(found.group(3).strip())
    if space:
        yield f"'[{words}] (' shows its brackets instead of a link; remove the space before '('"
    elif " " in target and target.lower().startswith(("http://", "https://")):
        # A title may follow the address after a space: only a space in the address is wrong.
        address = media.LINK_TITLE.sub("", target)
        if text.startswith(")", found.end()) and _TITLE_IN_PARENTHESES.search(address):
            # _LINK stopped at the title's ')': Python-Markdown takes '(title)' into the
            # address, which the pages then drop as no address at all.
            yield (
                f"the title in parentheses of link '{words}' is read as part of its address, "
                'so the link leads nowhere; put the title in double quotes: (address "title")'
            )
        elif " " in address:
            yield f"the address of link '{words}' has a space; write it as %20"
    elif media.names_yaml(target) and ":" not in target:
        pass  # a link to a content file: check says what to write (``validate.py``)
    elif (scheme := _SCHEME.match(target.lstrip("<"))) and _on_the_editors_computer(scheme[1]):
        yield (
            f"the {_what(text, found)} '{words}' leads to '{target}' on the editor's computer, which "
            "readers cannot open; copy the file into the story's media/ folder and link it as "
            "media/<its name>"
        )
    elif scheme and scheme[1].lower() not in schema.LINK_SCHEMES:
        shown = target if len(target) <= 60 else target[:59] + "…"  # a data: address is long
        if _what(text, found) == "picture":
            yield (
                f"the picture '{words}' at '{shown}' is left out of the pages, which show pictures "
                "from https:// addresses and the story's media/ folder only; copy it into media/ "
                "and write media/<its name>"
            )
        else:
            yield (
                f"the link '{words}' to '{shown}' is left out of the pages, which keep only http, "
                "https and mailto addresses and the site's own files; readers get its words "
                "without a link"
            )
    elif target.startswith("\\\\"):
        yield (
            f"the {_what(text, found)} '{words}' leads to '{target}', a shared folder of the editor's "
            "network, which readers cannot open; copy the file into the story's media/ folder and link "
            "it as media/<its name>"
        )
    elif (full := _half_written(target)) is not None:
        yield f"the address of link '{words}', '{target}', is not written in full; write '{full}'"
    elif target.startswith("/") and not target.startswith("//"):
        # From the root of whatever serves the page: a project's site on GitHub Pages is
        # under /<repo>/, and the newsroom's own pages are on another host.
        yield (
            f"the link '{words}' leads to '{target}' from the root of the host that serves the page, "
            "outside this site when it is published under a sub-path (/<repo>/); write the full "
            "address (https://...)"
        )
    elif without_scheme(target) and not media.names_a_file(target):
        # 'wreck.jpg' reads as a site's name too: a file's name has its own warning (its media/).
        yield f"the link '{words}' leads to '{target}' on this site; write 'https://{target}'"
