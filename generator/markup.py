"""Markdown from content to safe HTML.

Editors paste text from elsewhere, so the HTML that Markdown produces goes through an
allow-list sanitiser (nh3, a maintained binding to the Rust ammonia library): formatting,
links and images survive; scripts, event handlers, styles, frames, forms and
``javascript:``/``data:`` URLs do not. Headings are shifted down two levels because the
page owns ``<h1>`` and ``<h2>``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import nh3
from markupsafe import Markup

from generator import prose

if TYPE_CHECKING:
    import markdown

TAGS = {
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
ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "ol": {"start"},
}
_HEADING = re.compile(r"<(/?)h([1-6])\b")


def _shift_heading(match: re.Match[str]) -> str:
    return f"<{match.group(1)}h{min(int(match.group(2)) + 2, 6)}"


class Renderer:
    """Converts Markdown to sanitised HTML, remembering each result.

    One ``markdown.Markdown`` instance is reused (``reset()`` between texts): creating
    one per text costs more than converting a short summary. Plain prose skips it
    (``prose.py``) for the same HTML, 17 times sooner.
    """

    def __init__(self) -> None:
        self._md: markdown.Markdown | None = None  # made when first needed (see _full)
        # One sanitiser too: nh3.clean() sets up its rules again on every call.
        self._clean = nh3.Cleaner(
            tags=TAGS,
            attributes=ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        ).clean
        self._cache: dict[str, Markup] = {}
        self._slow: set[str] = set()
        """Texts that needed Python-Markdown: the ones worth keeping for the next build."""
        self.stored: Callable[[str], str | None] | None = None
        """Where conversions made by an earlier build may be found (``diskcache``)."""

    def __call__(self, text: str | None) -> Markup:
        if not text:
            return Markup("")
        html = self._cache.get(text)
        if html is None:
            kept = self.stored(text) if self.stored is not None else None
            if kept is not None:
                self._slow.add(text)  # only such texts are stored
            else:
                raw = prose.to_html(text)  # most content is plain prose: no need for the full parser
                if raw is None:
                    raw = _HEADING.sub(_shift_heading, self._full().reset().convert(text))
                    self._slow.add(text)
                kept = self._clean(raw)
            html = self._cache[text] = Markup(kept)
        return html

    def worth_keeping(self, text: str) -> bool:
        """Whether converting ``text`` again would take Python-Markdown (plain prose is
        converted again sooner than a stored conversion is looked up)."""
        return text in self._slow

    def _full(self) -> markdown.Markdown:
        """Python-Markdown, imported on first use: a site of plain prose never needs it,
        and importing it takes about as long as converting a thousand summaries."""
        if self._md is None:
            import markdown

            self._md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
        return self._md

    def has(self, text: str) -> bool:
        return text in self._cache

    def convert_all(self, texts: list[str]) -> dict[str, tuple[str, bool]]:
        """Convert ``texts``, for handing to another process's ``adopt``: each one's HTML,
        and whether it is worth keeping."""
        return {text: (str(self(text)), text in self._slow) for text in texts}

    def adopt(self, converted: dict[str, tuple[str, bool]]) -> None:
        """Take conversions made by ``convert_all`` in another process."""
        for text, (html, slow) in converted.items():
            self._cache[text] = Markup(html)
            if slow:
                self._slow.add(text)

    def inline(self, text: str | None) -> Markup:
        """The Markdown without its outer paragraph, for short fields shown inline."""
        html = str(self(text))
        if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
            html = html[3:-4]
        return Markup(html)
