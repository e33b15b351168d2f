"""Text that YAML cut short at a ' #': ``title: Biden visits #KeyBridge wreck`` is read as
'Biden visits', because a '#' after a space starts a comment, and a comment is dropped.

Hashtags and 'No. #1' are common in news copy, so the editor hears about it: a warning at
the '#' with the whole value written out in quotes. It is a warning, not an error: a
comment after a value is valid YAML, and a file that builds today (with a comment meant
as one) must keep building; the warning is the word that stops text going missing
unnoticed, and ``check --strict`` refuses it. Only free text is looked at: after a number,
a date, an id, a choice or a list item of ids a comment can only be a comment.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.content import fieldtypes
from generator.content.lint.texts import texts
from generator.content.yamlnodes import Mapping, Scalar
from generator.content.yamlvalues import double_quoted
from generator.errors import Problem, Severity


def cut_by_comments(root: Mapping, record: fieldtypes.Record) -> Iterator[Problem]:
    """A warning for each free-text value of a file (of kind ``record``) that a comment
    follows on the line where it ends."""
    for node, label, _ in texts(root, record):
        if node.comment is not None:
            yield _warning(node, label)


def _warning(node: Scalar, label: str) -> Problem:
    assert node.comment is not None
    if node.comment.pos.line == node.pos.line:  # one line: the fix can be written out whole
        whole = node.text + node.comment.after.rstrip()
        fix = f"put the whole value in double quotes: {double_quoted(whole)}"
    else:
        fix = "put the whole value in double quotes, or write it as a block ('|' and the text below)"
    message = (
        f"'{label}': everything after ' #' is a YAML comment, left out of the text (it reads "
        f"'{_short(node.text)}'); to keep it, {fix}"
    )
    return Problem(node.comment.pos, message, Severity.WARNING)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "..."
