"""Problems printed for people (text), tools (json) or GitHub pull requests (github),
and the words every command that stops on them ends with (``tally``, ``read_no_further``).

``github`` prints workflow commands (``::error file=...,line=...,col=...::message``) so
that, in a workflow, each problem is shown on the changed line of a pull request.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from enum import Enum

from generator.content.yamlnodes import stopped_reading
from generator.errors import Position, Problem, Severity, printable, problem_order


def plural(n: int, word: str, plural: str | None = None) -> str:
    """'1 error', '2 errors': a count in words, as the command line's lines say it."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


class Format(Enum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


def _github_escape(text: str, *, property_value: bool = False) -> str:
    # Control characters are shown as escapes first (a raw one could fake a command).
    text = printable(text).replace("%", "%25").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.NOTE)

MOST_PER_FILE = 50
"""How many of one file's problems text and GitHub's annotations list: a file of
thousands (an alias bomb in a pull request, a generated file) would bury every other
file's, and a workflow's log with them. json lists all, for tools."""


def at_most_per_file(problems: Sequence[Problem], most: int = MOST_PER_FILE) -> list[Problem]:
    """``problems`` in their order, each file's after its first ``most`` told in one
    line, at the file, of how many more there are (an error if one of them is)."""
    shown: list[Problem | None] = []
    seen: dict[str, int] = {}
    more: dict[str, tuple[int, list[Problem]]] = {}  # path -> (its line's index, problems)
    for p in problems:
        path = p.where.path
        seen[path] = seen.get(path, 0) + 1
        if seen[path] <= most:
            shown.append(p)
        elif path in more:
            more[path][1].append(p)
        else:
            more[path] = (len(shown), [p])
            shown.append(None)  # where the count goes: after the file's last listed
    for path, (index, rest) in more.items():
        severity = min((p.severity for p in rest), key=_SEVERITIES.index)  # the gravest unlisted
        said = (
            f"{len(rest):,} more problems in this file are not listed; fix these first, "
            "or see them all with 'explainer check --format json'"
        )
        shown[index] = Problem(Position(path, 1, None), said, severity)
    return [p for p in shown if p is not None]


def render(problems: Sequence[Problem], fmt: Format) -> str:
    """The problems in ``fmt``, one per line (json: one document), ending in a newline."""
    if fmt is Format.JSON:
        items = [
            {
                "path": p.where.path,
                "line": p.where.line,
                "column": p.where.col,
                "severity": p.severity.value,
                "message": p.message,
            }
            for p in problems
        ]
        # JSON escapes C0 controls itself; the others (DEL, C1) too, so the output is safe
        # to print while every value decodes to the text as written. So are the lone
        # surrogates that stand for the bytes of a file name that are not UTF-8: raw, no
        # UTF-8 output can hold them (printing failed, or wrote a document not UTF-8).
        text = json.dumps(items, ensure_ascii=False, indent=2)
        return re.sub(r"[\x7f-\x9f\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
    if fmt is Format.GITHUB:
        lines = []
        for p in problems:
            props = [f"file={_github_escape(p.where.path, property_value=True)}", f"line={p.where.line}"]
            if p.where.col is not None:
                props.append(f"col={p.where.col}")
            lines.append(f"::{p.severity.value} {','.join(props)}::{_github_escape(p.message)}")
        return "".join(line + "\n" for line in lines)
    return "".join(f"{p}\n" for p in problems)


def show(problems: Sequence[Problem], fmt: Format) -> None:
    """Print ``problems`` in ``fmt``: text to stderr, with the command's other messages;
    json and github to stdout, for the tool that reads them."""
    problems = sorted(problems, key=problem_order)  # a file's own problems before those it causes
    if fmt is not Format.JSON:
        problems = at_most_per_file(problems)
    print(render(problems, fmt), end="", file=sys.stderr if fmt is Format.TEXT else sys.stdout)


def counted(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` without the notes (``Severity.NOTE``), which are hints: what a run
    counts, and what ``--strict`` and deploy refuse."""
    return [p for p in problems if p.severity is not Severity.NOTE]


def notes_of(problems: Sequence[Problem]) -> list[Problem]:
    """The notes among ``problems``: what ``counted`` leaves out."""
    return [p for p in problems if p.severity is Severity.NOTE]


def tally(problems: Sequence[Problem]) -> str:
    """'2 errors, 1 warning' ('2 errors' without warnings): how a run that failed on
    ``problems`` ends (notes are not counted)."""
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = len(counted(problems)) - errors
    return plural(errors, "error") + (f", {plural(warnings, 'warning')}" if warnings else "")


def read_no_further(problems: Sequence[Problem]) -> str:
    """A note after the tally when a syntax error stopped the reading of a file: the
    errors listed are all that could be found, not all there may be in that file."""
    if not stopped_reading(problems):
        return ""
    return (
        "\nnote: YAML reads a file no further than its first syntax error; once that is fixed, "
        "check again for any mistake after it"
    )
