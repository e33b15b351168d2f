"""The warnings about the text of one file, together (``text_warnings``): placeholder text
left by ``explainer new``, Markdown links that will not work (``links.py``), formatting
the pages do not show as meant (``formatting.py``), text cut short by a ' #'
(``comments.py``) and a key indented into a text by mistake (``indented.py``). Of an
event taken out, only the text its notice still shows is looked at, as the rest reaches
no reader; a key lost is looked for in all of it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.content import schema
from generator.content.lint.comments import cut_by_comments
from generator.content.lint.formatting import markup_warnings
from generator.content.lint.indented import keys_in_text
from generator.content.lint.links import broken_links
from generator.content.lint.texts import all_texts, shown_of_taken_out
from generator.content.lint.where import warning
from generator.content.load import ContentFile
from generator.content.yamlnodes import Node, place
from generator.errors import Problem

PLACEHOLDER = "TODO:"
"""How ``explainer new`` marks text the editor still has to write."""


def text_warnings(file: ContentFile, record: schema.Record, *, taken_out: bool = False) -> list[Problem]:
    """The warnings about the text of the file's values (a ``record``): placeholder text
    left by ``explainer new``, Markdown links that will not work, text cut short by a
    ' #' (``comments.py``) and keys indented into a text (``indented.py``). Of an event
    ``taken_out``, those of the text its notice shows alone (but keys in any text)."""
    if file.root is None:
        return []
    root = shown_of_taken_out(file.root) if taken_out else file.root
    return [
        *_text_warnings_in(root),
        *markup_warnings(root, record),
        *cut_by_comments(root, record),
        *keys_in_text(file.root, record),  # a key lost matters in any text, shown or not
    ]


def _text_warnings_in(root: Node) -> Iterator[Problem]:
    for node, label, text in all_texts(root):
        if text.lstrip().startswith(PLACEHOLDER):
            yield warning(node.pos, f"'{label}' still has the placeholder text from 'explainer new'")
        if "](" in text or "] (" in text:
            for offset, message in broken_links(text):
                yield warning(place(node, offset), f"'{label}': {message}")
