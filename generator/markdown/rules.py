"""The rules of a Markdown text that the pages and check both read it by: which HTML it
may hold (``HTML_TAGS``), which addresses its links may lead to (``LINK_SCHEMES``), and
where a paragraph ends (``BLANK_LINE``). The converter (``markup.py``) sanitises and
splits a text by them, and check (``content/``) finds a text's links and warns of what
the pages leave out by the same definitions, read from here: this module imports nothing
of the content, so the content comes first and the Markdown after."""

from __future__ import annotations

import re

HTML_TAGS = frozenset(
    {
        "p",
        "br",
        "hr",
        "a",
        "em",
        "strong",
        "b",
        "i",
        "code",
        "pre",
        "blockquote",
        "q",
        "ul",
        "ol",
        "li",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "sub",
        "sup",
        "abbr",
        "cite",
        "del",
        "ins",
        "img",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "figure",
        "figcaption",
        "s",
        "mark",
    }
)
"""The HTML a Markdown text may hold (written as HTML, or made from its Markdown): the
sanitiser of the pages (``markdown.markup``) keeps these and drops every other tag (a
video's <iframe>, a <script>, a form), which ``check`` warns of."""


LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The kinds of address a link in a Markdown text may lead to, besides the site's own
files: the pages keep no other link (``javascript:``, ``data:``, ``tel:``, ``ftp:``), only
its words. The sanitiser of the pages (``markdown.markup``), the import and ``check``'s
warning use this one set."""


BLANK_LINE = re.compile(r"\n[ \t]*\n")
"""A blank line (spaces and tabs aside), which ends a paragraph in Markdown: the one
rule of where a paragraph ends, for the links and comments check finds in a text
(``content/markdown_shown.py``, ``content/inline_links.py``) and for the converter's
paragraphs (``markup.py``)."""
