"""A file that may have been cut short in the middle of a text: saved half-way, or by a
merge gone wrong. YAML reads what is left, and a text that stops mid-word reads as a
text: nothing else says so. The sign looked for is narrow, so that a whole file is never
warned of: the file ends with no line break (an editor's save writes one, and most
editors keep it), its last value is a Markdown text (a summary, a body, an update's
text), and that text does not end as a sentence or a block of Markdown does. A file
saved whole without a final line break ends its text with its full stop (or a list
item, a web address, an emoji, a quoted value's closing quote, or Thai, which writes no
stop), and goes unsaid. Whatever the text (a title or a name too, which end with no
stop), one that ends on a mark that leads on to more (a comma, a colon, an opening
bracket or quote) or leaves a bracket open is cut short: no whole text ends so. (A plain
value ending with a colon is YAML's error already; a block's may end so.)
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

_ENDINGS = tuple(".!?…)]}>\"'”’»›“«‹*_`|。！？」』）】｡．؟۔।॥։።፧။၊។៕།༎")
"""How a whole text ends: its full stop (or any script's: Armenian's '։', Devanagari's
'।' and '॥', Ethiopic's '።', Myanmar's '။', Khmer's '។', Tibetan's '།'), a closing
bracket or quote (German's '“', Danish's '«' too), the close of Markdown's emphasis or
code, or of an HTML tag."""

_LEADING_ON = tuple(",:;([{„&،、，：；（「『【")
"""Marks after which a text goes on: a comma, a colon or semicolon (a list or a quote to
come), an opening bracket, a low opening quote, an ampersand, in Latin, Arabic and CJK
writing. A whole text, a sentence or a title, never ends with one; a cut may land right
after it. Not '“' nor '«', with which German and Danish close a quote."""

_EMOTICON = re.compile(r"[:;=]-?[()\[\]]")
"""A face typed with a bracket (':(' ';)'), which opens or closes nothing."""

_SHORTCODE = re.compile(r":[\w+-]+:$")
"""An emoji's name as chat tools write it (':fire:'), which ends with a colon."""

_PAIRS = (("(", ")"), ("[", "]"), ("（", "）"))
"""Brackets a cut may leave open: quotes are not counted, as languages pair them
differently ('„…“' in German, '»…«' in Danish) and an apostrophe is a closing one."""

_LIST_ITEM = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
"""A Markdown list item's marker, at the start of a text's last line: an item, which
ends with no stop ('- 97 people died')."""

_WITHOUT_STOPS = re.compile("[\u0e00-\u0eff]")
"""A letter of Thai or Lao, which end a sentence with no mark (a space parts them): a
whole text ends as one cut short does."""


def _ends_whole(node: Scalar, words: str) -> bool:
    """Whether ``words``, the text of ``node``, ends as a whole text may: with a stop,
    with a list item, a web address, an emoji or a face typed (which no cut leaves as
    often as a writer ends with them), in Thai or Lao, or in the closing quote of a quoted value
    (YAML would not read one cut before it)."""
    last_line = words.rsplit("\n", 1)[-1].lstrip()
    last_word = last_line.rsplit(None, 1)[-1] if last_line.strip() else ""
    last = words.rstrip("\ufe0e\ufe0f")[-1:] or words[-1]  # an emoji's, not a text of selectors alone
    return (
        words.endswith(_ENDINGS)
        or _LIST_ITEM.match(last_line) is not None
        or last_word.startswith(("http://", "https://", "www."))
        or unicodedata.category(last) in ("So", "Sk")
        or _EMOTICON.search(words[-3:]) is not None
        or _SHORTCODE.search(words) is not None
        or _WITHOUT_STOPS.match(last) is not None
        or _quoted(node)
    )


def _left_unfinished(words: str) -> bool:
    """Whether ``words`` end as no whole text does, whatever it is: on a mark that leads on
    (``_LEADING_ON``), or with a bracket opened and not closed ('... (the county says.')."""
    if words.endswith(_LEADING_ON) and not _EMOTICON.search(words[-3:]) and not _SHORTCODE.search(words):
        return True
    without_faces = _EMOTICON.sub("", words)
    return any(without_faces.count(opening) > without_faces.count(closing) for opening, closing in _PAIRS)


def cut_short(file: ContentFile, record: fieldtypes.Record) -> Iterator[Problem]:
    """A warning at the end of a file (of kind ``record``) whose last value, a text, stops
    mid-sentence with no line break after it: a Markdown text that does not end as one
    does, or any text left unfinished (``_left_unfinished``)."""
    if file.root is None or file.unended is None:
        return
    last = _last_value(file.root)
    for node, label, spec in texts(file.root, record):
        if node is not last or not isinstance(node.value, str):
            continue
        words = node.value.rstrip()
        if not words or node.comment is not None or _quoted(node):
            return
        unfinished = _left_unfinished(words)
        if not unfinished and (not spec.markdown or _ends_whole(node, words)):
            return
        advice = (
            "end the text with its full stop"
            if spec.markdown and not unfinished
            else "finish the text, or put a line break after it"
        )
        yield warning(
            file.unended,
            f"the file ends in the middle of '{label}' ('...{_tail(words)}'), with no line break after it, "
            "as a file saved half-way or cut by a merge does; check that the file was saved whole (its "
            f"last saved copy, or 'git diff', shows what is missing), and if it was, {advice}",
        )


def _quoted(node: Scalar) -> bool:
    """Whether ``node`` was written in quotes: YAML would not read one cut before its
    closing quote, so it was written whole, whatever it ends with."""
    return (node.source or "").lstrip().startswith(("'", '"'))


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
