"""Plain prose converted from Markdown without Python-Markdown, to the very same HTML.

Python-Markdown costs about half a millisecond for a 100-word summary, most of it trying
each of its inline patterns at every position, and explainer content is mostly prose:
paragraphs of words with links and emphasis. For text made only of that, ``to_html``
returns exactly what Python-Markdown returns with the extensions ``markup.py`` uses
(``sane_lists``, and ``smarty`` with ``typography.SUBSTITUTIONS``),
in a twentieth of the time; for anything else (a character or a line start that could
mean more) it returns None and the caller uses Python-Markdown. It is deliberately
narrow: every case it accepts is one whose output is beyond doubt, and
``tests/markdown/test_prose.py`` checks that against Python-Markdown on thousands of random
texts made to hit the edges.
"""

from __future__ import annotations

import re

from generator.i18n.typography import educate

# Any of these anywhere sends the text to Python-Markdown: escapes, code, raw HTML and
# entities, underscores (emphasis, intraword rules), tabs and control characters (its
# own placeholders are made of them). So does "![" (an image).
_NOT_PROSE = re.compile(r"[\\`<>&_\t\r\x00-\x08\x0b-\x1f\x7f]")

# A line must start like a sentence: a letter or digit (not "12." or "3)", which start
# lists), a quote, an opening bracket or emphasis ("*" or "**" before a word). Anything
# else (#, >, -, "* ", +, =, |, :) may start a heading, quote, list, rule or underline.
_NOT_A_SENTENCE = re.compile(r"(?![\w\"'(\[\u201c\u2018]|\*{1,2}[^\s*])|\d+[.)]")

_SPAN = re.compile(
    # [text](url): no brackets, asterisks or line breaks in the text; a plain URL
    # with no title, spaces, quotes or parentheses.
    r"\[(?P<text>[^\[\]*\n]+)\]\((?P<href>[A-Za-z0-9:/?#@%.+~=;,$-]+)\)"
    # **strong** and *em*: on one line, nothing inside that could nest or end them
    # early, and no letter or asterisk just after (nor before: see _inline).
    r"|\*\*(?P<strong>[^*\s\[\]](?:[^*\[\]\n]*[^*\s\[\]])?)\*\*(?![\w*])"
    r"|\*(?P<em>[^*\s\[\]](?:[^*\[\]\n]*[^*\s\[\]])?)\*(?![\w*])"
)

_LEFT_OVER = re.compile(r"[*\[\]]")
"""Marks that are not part of a recognised span mean something more: not plain prose."""


def to_html(text: str) -> str | None:
    """The HTML Python-Markdown makes of ``text``, or None if ``text`` is not plain prose."""
    if _NOT_PROSE.search(text) or "![" in text:
        return None
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in (*text.split("\n"), ""):
        if line:
            # Whitespace at either end of a line: a hard line break, indented code, a
            # lazy list line. A line that does not start like a sentence may be a block.
            if line[0].isspace() or line[-1].isspace() or _NOT_A_SENTENCE.match(line):
                return None
            lines.append(line)
        elif lines:  # a blank line (or the end) closes a paragraph
            html = _inline("\n".join(lines))
            if html is None:
                return None
            paragraphs.append(f"<p>{html}</p>")
            lines = []
    return "\n".join(paragraphs) if paragraphs else None


def _inline(block: str) -> str | None:
    parts = []
    done = 0
    for match in _SPAN.finditer(block):
        start = match.start()
        gap = block[done:start]
        if _LEFT_OVER.search(gap):
            return None
        if block[start] == "*" and start and (block[start - 1] == "*" or block[start - 1].isalnum()):
            return None  # intraword emphasis: left to Python-Markdown
        # Typography is set on each run of text on its own, as smarty sets each text node.
        parts.append(educate(gap))
        kind = match.lastgroup
        if kind == "strong":
            parts.append(f"<strong>{educate(match['strong'])}</strong>")
        elif kind == "em":
            parts.append(f"<em>{educate(match['em'])}</em>")
        else:
            parts.append(f'<a href="{match["href"]}">{educate(match["text"])}</a>')
        done = match.end()
    rest = block[done:]
    if _LEFT_OVER.search(rest):
        return None
    parts.append(educate(rest))
    return "".join(parts)
