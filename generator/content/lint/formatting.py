"""Formatting that readers do not get as the editor meant it: HTML that the pages leave out
of a Markdown text (a video's <iframe>, a <script>), bold opened and never closed (the
asterisks shown as typed), and Markdown or HTML in a plain text such as a title, which
is shown as written. For bold, what the pages' converter does decides
(``markdown/markup.py``), not a pattern of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape as html_unescape

from generator.content import fieldtypes, markdown_shown
from generator.content.lint.texts import texts
from generator.content.lint.where import warning
from generator.content.yamlnodes import Node, place
from generator.errors import Problem
from generator.markdown import markup
from generator.markdown.rules import HTML_TAGS

_HTML_TAG = re.compile(r"<(?P<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>")
"""An HTML tag, whole ('<iframe src="...">', '<b>'); not an address in angle brackets
('<https://...>') nor a '<' in prose ('a < b', '<minus 5 degrees')."""
_FORMATTING_TAG = re.compile(
    rf"</?(?:{'|'.join(sorted(HTML_TAGS, key=len, reverse=True))})(?:\s[^<>]*)?/?>", re.IGNORECASE
)
"""A tag that formats text ('<b>', '</em>', '<a href="...">'), as an editor may write one."""
_MARKDOWN_IN_PLAIN = re.compile(
    r"(?<![\w*])\*\*(?:\w[^*]*\w|\w)\*\*(?![\w*])|\[[^\]\n]+\]\((?:https?://|media/)[^)\s]*\)"
)
"""Bold (a word at either end inside: not a bleeped 'f***'), or a link, written where the
text is shown as it is (a title, a name)."""


def markup_warnings(root: Node, record: fieldtypes.Record) -> Iterator[Problem]:
    """HTML that the pages leave out of a Markdown text (a video's <iframe>, a <script>),
    bold left open in one ('**Bakiyev flees'), and Markdown or HTML in a plain text,
    which readers get as written ('**Bakiyev**')."""
    for node, label, spec in texts(root, record):
        written = node.value
        if not isinstance(written, str):
            continue
        if spec.markdown and "<" in written:  # (most texts hold none: not read again for it)
            text = markdown_shown.without_code(written)
            dropped: dict[str, int] = {}  # each tag once, where it first is
            for m in _HTML_TAG.finditer(text):
                if m["name"].lower() not in HTML_TAGS:
                    dropped.setdefault(m["name"].lower(), m.start())
            for tag, offset in dropped.items():
                yield warning(
                    place(node, offset),
                    f"'{label}': '<{tag}>' is left out of the pages, which keep text and its formatting "
                    "only (no players, scripts or forms); to point readers to what it shows, link to it: "
                    "[its name](https://...)",
                )
        elif not spec.markdown and (
            found := _MARKDOWN_IN_PLAIN.search(written) or _FORMATTING_TAG.search(written)
        ):
            yield warning(
                node.pos,
                f"'{label}' is shown as written, '{found.group()}' included: it is plain text, where "
                "Markdown and HTML are not read; write the words alone",
            )
        if spec.markdown and ("**" in written or "__" in written):
            for offset, mark in _unclosed_bold(written):
                signs = "asterisks" if mark == "**" else "underscores"
                escaped = "".join(f"\\{c}" for c in mark)
                yield warning(
                    place(node, offset),
                    f"'{label}': '{mark}' opened here is never closed: readers get the {signs} as "
                    f"written; end the words to show in bold with '{mark}' too, in the same "
                    f"paragraph (or write '{escaped}' to show the {signs})",
                )


_BOLD_OPENING = {
    mark: re.compile(rf"(?<![\\\w{re.escape(mark[0])}]){re.escape(mark)}(?=[^\s{re.escape(mark[0])}])")
    for mark in ("**", "__")
}
"""Two asterisks or underscores that start bold: before a word, after none (not a
bleeped 'F***', '2**10', 'snake__case' or an escaped '\\**')."""
_WORD = re.compile(r"\w{0,20}")
_BOLD_TRIES = 10
_CODE = re.compile(r"<code>.*?</code>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def _word_at(text: str, pos: int) -> str:
    """The letters and digits of ``text`` from ``pos`` on (at most 20), perhaps none."""
    found = _WORD.match(text, pos)
    return found[0] if found else ""


def _shown(html: str) -> str:
    """The words readers see of ``html`` outside code (what is in code is meant as it is)."""
    return html_unescape(_TAG.sub("", _CODE.sub("", html)))


def _unclosed_bold(written: str) -> Iterator[tuple[int, str]]:
    """The first '**' and the first '__' of the Markdown text ``written`` that start bold,
    as the editor wrote them, but that the pages show as written, each with its offset in
    ``written``. What the converter does decides, not a pattern of ours: a mark is shown
    as written when the page is the same with that mark escaped ('\\*\\*'). Code, where
    marks are meant as they are, is not looked at. Only marks followed by the words that
    follow one shown on the page are tried, at most ``_BOLD_TRIES`` (each try converts
    the text again, and content may be made to cost)."""
    if markup.markdown_problem(written.strip()) is not None:
        return  # refused by check, and never converted
    blanked = markdown_shown.without_code(written)
    page: str | None = None
    for mark, opening in _BOLD_OPENING.items():
        starts = [found.start() for found in opening.finditer(blanked)]
        if not starts:
            continue
        page = page if page is not None else markup.pages_converter().convert(written.strip())[0]
        shown = {found[1] for found in re.finditer(rf"{re.escape(mark)}(\w{{0,20}})", _shown(page))}
        tries = [s for s in starts if _word_at(written, s + len(mark)) in shown]
        escaped = "".join(f"\\{c}" for c in mark)
        for start in tries[:_BOLD_TRIES]:
            same = written[:start] + escaped + written[start + len(mark) :]
            if markup.pages_converter().convert(same.strip())[0] == page:
                yield start, mark
                break
