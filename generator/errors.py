"""Problems found in content, reported as ``path:line:col: message``.

Loading and checking append to a list of problems instead of raising, so one run
shows the editor everything that is wrong in the content; only when the list is
complete does the build stop. Later stages (a template, a picture that changed while
the build ran) stop at their first problem, reported the same way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from generator.patterns import later

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters but tab and line break: a text field holding one is refused, and
none is ever printed raw (terminal escape sequences could clear the screen and fake an
"ok", or add lines to robots.txt and break feed.xml)."""


def has_control(name: str) -> bool:
    """Whether ``name`` (a file name, an address) holds a C0 control character or DEL, tab
    and line break included: allowed in a text, never in a name. (A C1 control, U+0080 to
    U+009F, is in a name garbled by the wrong decoding, 'â\\x80\\x93' for '–': such a
    media file built, and keeps building; ``CONTROL`` escapes them where names are printed.)"""
    return any(ord(c) < 32 or ord(c) == 127 for c in name)


_LOOK_ALIKES = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
}  # fmt: skip
"""Characters a word processor puts where a hyphen or a space was typed, alike on screen."""


def invisible(char: str) -> bool:
    """Whether ``char`` takes no room and shows nothing: a format character (a zero-width
    space or joiner, a soft hyphen, a mark of direction)."""
    return unicodedata.category(char) == "Cf"


def shows_nothing(text: str) -> bool:
    """Whether ``text`` is made only of spaces and ``invisible`` characters."""
    return all(char.isspace() or invisible(char) for char in text)


def unseen_character(text: str) -> str:
    """What a message adds when ``text`` holds a character the editor cannot tell from
    another or cannot see at all (pasted from a word processor or a web page): which one,
    and where; empty when it holds none. Without it, 'unknown figure 'ann​-lee'; write its
    id, 'ann-lee'' shows the same text twice."""
    for i, char in enumerate(text):
        meant = _LOOK_ALIKES.get(char)
        if meant is None and not invisible(char):
            continue
        name = unicodedata.name(char, "unnamed").lower()
        where = f"after '{text[:i]}'" if i else "at its start"
        if meant is not None:
            typed = "a hyphen" if meant == "-" else "a space"
            article = "an" if name[0] in "aeiou" else "a"
            return (
                f" (it holds {article} {name}, U+{ord(char):04X}, {where}, where {typed} goes: type it again)"
            )
        return f" (it holds an invisible {name}, U+{ord(char):04X}, {where}: delete it)"
    return ""


C1_CONTROL = later(r"[\x80-\x9f]")
"""C1 control characters, which a name garbled by the wrong decoding holds."""


NOT_TEXT = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
"""Code points that are no characters at all (lone surrogates, U+FFFE, U+FFFF), which a
YAML escape can write ("\\uFFFE"): XML cannot hold them, so one would break feed.xml."""


MAX_STACKED_MARKS = 30
"""The most accents and other combining marks one letter may carry in a row: Unicode's
stream-safe text format allows 30, and no writing uses more than a few."""


MARK_BLOCKS = (
    "\u0300-\u309a\ua66f-\uabed\ufb1e-\U00011d97\U00016af0-\U00016ff1\U0001bc9e\U0001d165-\U0001e94a"
)
"""Spans of code points that hold every character that decomposes into combining marks
alone (``_marks``), with no gap of 4,096 between two of them: they leave out the Chinese
characters and Hangul, whose long runs (a page of Chinese has no spaces) hold no mark. A
test holds every such mark to be in them. Written out: listing the marks takes 40 ms,
which every build of a text with one letter beyond ASCII paid."""

_MAY_STACK = re.compile(f"[{MARK_BLOCKS}]{{{MAX_STACKED_MARKS + 1},}}")
"""A run of more than ``MAX_STACKED_MARKS`` characters of ``MARK_BLOCKS``: where a run of
marks may be, quick to look for."""


@functools.cache
def _marks() -> tuple[int, ...]:
    """The characters (U+0300-U+1EFFF) that each decompose into combining marks alone."""
    return tuple(
        code
        for code, char in ((code, chr(code)) for code in range(0x300, 0x1F000))
        if (
            all(unicodedata.combining(d) for d in unicodedata.normalize("NFKD", char))
            if unicodedata.decomposition(char)
            else unicodedata.combining(char)
        )
    )


@functools.cache
def _stacked_marks() -> re.Pattern[str]:
    """A run of more than ``MAX_STACKED_MARKS`` of ``_marks``: put together the first time
    a run of ``MARK_BLOCKS`` is found (a text in Thai, say), not for every build."""
    listed = "".join(re.escape(chr(code)) for code in _marks())
    return re.compile(f"[{listed}]{{{MAX_STACKED_MARKS + 1},}}")


def stacked_marks(text: str) -> re.Match[str] | None:
    """The first run of more than ``MAX_STACKED_MARKS`` combining marks on one letter in
    ``text``, if any. Putting such a text in Unicode's order (its NFC, NFKC, which matching
    and sorting a name do) takes time in the square of the run, as Python sorts the marks
    one by one: a title of 60,000 marks in two kinds took 8 s to check, a story of a few
    such 100 KB fields 10 s to build, and one field of a 1 MB file would take minutes."""
    if text.isascii():
        return None
    for run in _MAY_STACK.finditer(text):
        found = _stacked_marks().search(text, run.start(), run.end())
        if found is not None:
            return found
    return None


REORDERING = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""The invisible characters that reorder the text after them: bidirectional embeddings,
overrides and isolates, and their ends (U+202A-U+202E, U+2066-U+2069). In a name they
make it read as another ('x\\u202egpj.exe' shows as 'xexe.jpg'): ``printable`` escapes
them, and a media file named with one is refused (``medianames.media_name_problem``).
The marks LRM and RLM, which reorder nothing past themselves, are not among them."""

_UNPRINTABLE = later(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{REORDERING}]")
"""``CONTROL``, and the lone surrogates that stand for bytes of a file name that are not
UTF-8 (``bad\\xff.yaml``): no terminal or page can show them, and encoding them fails. And
``REORDERING``: quoted as they are, a file named 'x\\u202egpj.exe' showed as 'xexe.jpg'
in a message, and the rest of its line with it."""


def printable(text: str) -> str:
    """``text`` with control characters, and the bytes of a file name that are not UTF-8,
    shown as escapes ('\\x1b', '\\udcff'): safe for a terminal and for a page."""
    return _UNPRINTABLE().sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str) -> str:
    """``printable`` text kept to one line: a line break quoted from the content (a link to
    'media/a%0Ab.pdf' decoded, a sheet's cell) is shown as '\\n', so it cannot start a
    line that reads as another problem, as a run's tally ("ok: ..."), or as a command to
    GitHub's runner ("::error ..."). So are the line and paragraph separators (U+2028,
    U+2029), which YAML, editors' tools and Python's ``splitlines`` count as line breaks
    (an escape in a quoted value writes one: '"a\\u2028b"')."""
    return printable(text).replace("\n", "\\n").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "notice"
    """A hint of what to write, shown as 'note:' (GitHub's 'notice'): no warning, so
    ``check --strict``, deploy and the preview's panel let it pass, and content that
    passed them before a hint was added still does."""


class Position(NamedTuple):
    """Where something is in a content file: 1-based line and column.

    A named tuple rather than a dataclass: every parsed node carries one, and a tuple is
    several times cheaper to make.
    """

    path: str
    """The file's path as the user typed it (content folder joined with the file)."""
    line: int = 1
    col: int | None = 1
    """None where a column means nothing (template errors are reported by line)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, at one place."""

    where: Position
    message: str
    severity: Severity = Severity.ERROR
    cause: str | None = None
    """The path of a broken file this problem follows from (an event naming a figure
    whose file has errors): it is listed right after that file's own problems."""

    def __str__(self) -> str:
        w = self.where
        prefix = {Severity.WARNING: "warning: ", Severity.NOTE: "note: "}.get(self.severity, "")
        col = "" if w.col is None else f"{w.col}:"
        return one_line(f"{w.path}:{w.line}:{col} {prefix}{self.message}")  # one problem, one line


class ContentError(Exception):
    """Raised once a stage has collected problems that stop the build."""

    def __init__(self, problems: Iterable[Problem], warnings: Iterable[Problem] = ()) -> None:
        self.problems = sorted(problems, key=problem_order)
        """The errors: what stops the build."""
        self.warnings = sorted(warnings, key=problem_order)
        """What ``check`` warns of that is known in spite of the errors (the check stage's:
        ``lint.known_warnings``), so that the editor gets both in one run. Kept apart, so
        that a warning never counts as an error."""
        super().__init__(self.problems, self.warnings)  # so that it pickles as it was made

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def problem_order(p: Problem) -> tuple[str, bool, str, int, int, str]:
    """By path, line and column, except that the problems a broken file causes elsewhere
    come right after that file's own: the editor reads the cause before its effects."""
    w = p.where
    return (p.cause or w.path, p.cause is not None, w.path, w.line, w.col or 0, p.message)


class UsageError(Exception):
    """The command was asked for something impossible (missing folder, bad option)."""


class DeployError(Exception):
    """Publishing failed after the checks passed (for example, the push was rejected)."""


def closest(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The one of ``choices`` spelt most like ``word``, if one is close; else None. The
    one rule of closeness for every "did you mean" of the project (``cutoff``: how alike,
    0 to 1, where a suggestion must be nearly sure)."""
    import difflib  # only when there is a mistake to suggest a fix for

    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=cutoff)
    return close[0] if close else None


def closest_id(written: str, ids: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The id of ``ids`` most likely meant by ``written``, an id not there, or None. Of
    those spelt alike (``closest``'s rule), one with the numbers ``written`` has
    ('event-2' for 'evnt-2') goes first, then one with its first word ('event-12' for
    'event-2'); where ``written`` has a number, an id without one is no suggestion: its
    letters alone made 'seventh' the 'did you mean' of 'event-2'."""
    import difflib  # only when there is a mistake to suggest a fix for

    choices = sorted(ids)
    alike = difflib.get_close_matches(written, choices, n=max(len(choices), 1), cutoff=cutoff)
    numbers = _numbers(written)
    if numbers:
        alike = [i for i in alike if _numbers(i)]
    first = written.split("-", 1)[0]
    # Stable: among equals, difflib's order (most alike first) stands.
    ranked = sorted(alike, key=lambda i: (_numbers(i) != numbers, i.split("-", 1)[0] != first))
    return ranked[0] if ranked else None


def _numbers(text: str) -> list[str]:
    """The numbers in ``text``, as written ('2010-04-08-rally-2': '2010', '04', '08', '2')."""
    return re.findall(r"[0-9]+", text)


def did_you_mean_id(written: str, ids: Iterable[str]) -> str:
    """``did_you_mean`` for an id (``closest_id``)."""
    close = closest_id(written, ids)
    return f"; did you mean '{close}'?" if close else ""


SPELLING_BUDGET = 50_000
"""How many names, in all, the 'did you mean's of one story's missing names (a media file,
an id, a source linked as '#source-x') may compare theirs with: each comparison is
difflib's, tens of microseconds, and 2,900 links to names not there, in a story of 500
files or sources, took 45 s to 77 s to check (a hostile pull request); past it such a
name is said missing, no more."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``; did you mean 'x'?`` suffix when one choice is close to ``word``, else ''."""
    close = closest(word, choices)
    return f"; did you mean '{close}'?" if close else ""


@dataclass
class Spelling:
    """What is left of a ``SPELLING_BUDGET``, for the 'did you mean's of one run through
    a story's or a site's links."""

    left: int = SPELLING_BUDGET

    def affords(self, choices: Collection[str]) -> bool:
        """Whether a 'did you mean' among ``choices`` is still within the budget; spends
        one for each of them."""
        self.left -= len(choices)
        return self.left >= 0

    def did_you_mean(self, word: str, choices: Collection[str]) -> str:
        """``did_you_mean``, while the budget lasts (it spends one for each of ``choices``)."""
        return did_you_mean(word, choices) if self.affords(choices) else ""

    def did_you_mean_id(self, written: str, ids: Collection[str]) -> str:
        """``did_you_mean_id``, while the budget lasts (it spends one for each of ``ids``)."""
        return did_you_mean_id(written, ids) if self.affords(ids) else ""
