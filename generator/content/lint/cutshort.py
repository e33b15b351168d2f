"""A file that may have been cut short in the middle of a text: saved half-way, or by a
merge gone wrong. YAML reads what is left, and a text that stops mid-word reads as a
text: nothing else says so. The sign looked for is narrow, so that a whole file is never
warned of: the file ends with no line break (an editor's save writes one, and most
editors keep it), its last value is a Markdown text (a summary, a body, an update's
text), and that text does not end as a sentence or a block of Markdown does. A file
saved whole without a final line break ends its text with its full stop (or a list
item, a web address, an emoji, a quoted value's closing quote, or Thai, which writes no
stop), and goes unsaid; a title or a name, which ends with no stop, is not looked at.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from generator.content import fieldtypes
from generator.content.contentfile import ContentFile
from generator.content.lint.texts import texts
from generator.content.lint.where import warning
from generator.content.yamlnodes import Mapping, Node, Scalar
from generator.errors import Problem

_ENDINGS = tuple(".!?…:;)]}>\"'”’»›*_`|。！？」』）】｡．؟۔।॥։።፧။၊។៕།༎")
"""How a whole text ends: its full stop (or any script's: Armenian's '։', Devanagari's
'।' and '॥', Ethiopic's '።', Myanmar's '။', Khmer's '។', Tibetan's '།'), a closing
bracket or quote, the close of Markdown's emphasis or code, or of an HTML tag."""

_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
"""A Markdown list item's marker, at the start of a text's last line: an item, which
ends with no stop ('- 97 people died')."""

_WITHOUT_STOPS = re.compile("[\u0e00-\u0eff]")
"""A letter of Thai or Lao, which end a sentence with no mark (a space parts them): a
whole text ends as one cut short does."""


def _ends_whole(node: Scalar, words: str) -> bool:
    """Whether ``words``, the text of ``node``, ends as a whole text may: with a stop,
    with a list item, a web address or an emoji (which no cut leaves as often as a
    writer ends with them), in Thai or Lao, or in the closing quote of a quoted value
    (YAML would not read one cut before it)."""
    last_line = words.rsplit("\n", 1)[-1].lstrip()
    last_word = last_line.rsplit(None, 1)[-1] if last_line.strip() else ""
    last = words.rstrip("\ufe0e\ufe0f")[-1:] or words[-1]  # an emoji's, not a text of selectors alone
    return (
        words.endswith(_ENDINGS)
        or _LIST_ITEM.match(last_line) is not None
        or last_word.startswith(("http://", "https://", "www."))
        or unicodedata.category(last) in ("So", "Sk")
        or _WITHOUT_STOPS.match(last) is not None
        or (node.source or "").lstrip().startswith(("'", '"'))
    )


def cut_short(file: ContentFile, record: fieldtypes.Record) -> Iterator[Problem]:
    """A warning at the end of a file (of kind ``record``) whose last value, a Markdown
    text, stops mid-sentence with no line break after it."""
    if file.root is None or file.unended is None:
        return
    last = _last_value(file.root)
    for node, label, spec in texts(file.root, record):
        if node is not last or not spec.markdown or not isinstance(node.value, str):
            continue
        words = node.value.rstrip()
        if not words or _ends_whole(node, words) or node.comment is not None:
            return
        yield warning(
            file.unended,
            f"the file ends in the middle of '{label}' ('...{_tail(words)}'), with no line break after it, "
            "as a file saved half-way or cut by a merge does; check that the file was saved whole (its "
            "last saved copy, or 'git diff', shows what is missing), and if it was, end the text with its "
            "full stop",
        )


def _last_value(node: Node) -> Scalar | None:
    """The value written last in ``node`` (the file's end, when it is the file's root)."""
    if isinstance(node, Scalar):
        return node
    items = [value for _, value in node.items.values()] if isinstance(node, Mapping) else list(node.items)
    values = [found for item in items if (found := _last_value(item)) is not None]
    return max(values, key=lambda found: (found.pos.line, found.pos.col or 0), default=None)


def _tail(text: str) -> str:
    """The last words of ``text``, where it stops."""
    return " ".join(text.split()[-6:])
