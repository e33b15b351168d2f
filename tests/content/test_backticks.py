from __future__ import annotations

import random
import re
import time

import pytest
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor

from generator.content import backticks

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")


def _converters_code(paragraph: str) -> list[tuple[int, int]]:
    """Where the page's converter finds code in backticks in ``paragraph``: its own
    backtick reading, applied as its inline pass applies it (from where the last match
    ended; backslashes it shows as they are stand for themselves no more)."""
    reader = BacktickInlineProcessor(BACKTICK_RE)
    pattern = reader.getCompiledRegExp()
    spans, at = [], 0
    while (found := pattern.search(paragraph, at)) is not None:
        node, start, end = reader.handleMatch(found, paragraph)
        assert start is not None and end is not None
        if isinstance(node, str):  # backslashes shown: no longer escaping what follows
            paragraph = paragraph[:start] + "\x02" * (end - start) + paragraph[end:]
        elif node is not None:
            spans.append((start, end))
        at = end
    return spans


def converters_code(text: str) -> list[tuple[int, int]]:
    """``_converters_code`` of each paragraph of ``text``, where it is in ``text``."""
    spans, start = [], 0
    for blank in [*_PARAGRAPH_END.finditer(text), None]:
        end = len(text) if blank is None else blank.start()
        spans += [(start + a, start + b) for a, b in _converters_code(text[start:end])]
        start = end if blank is None else blank.end()
    return spans


_PIECES = [
    *("`", "``", "```", "````"),
    *("a", "b", " ", "\n", "\n\n", " \n \n"),
    *("\\", "\\\\"),
    "[x](media/a.pdf)",
]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 16)))


def test_the_code_found_is_the_code_the_converter_finds() -> None:
    rng = random.Random(57)
    for _ in range(20000):
        text = _random_text(rng)
        assert backticks.code_spans(text) == converters_code(text), repr(text)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("```a``", [(0, 6)]),  # opened by two of the three: the code '`a'
        ("```a`", [(0, 5)]),
        ("`a``b`", [(0, 6)]),  # a run of another length is part of the code
        ("``a```b`` `c`", [(0, 9), (10, 13)]),  # the run of its length, past a longer one
        ("``a```b`", [(4, 8)]),  # a longer run after it: shown, and as many characters past it
        ("`a\n\nb`", []),  # no code past a blank line
        ("`a\n \t\nb` `c\n`", [(7, 10)]),
        ("\\`a`", []),  # an escaped backtick opens nothing
        ("\\``a`", [(2, 5)]),  # but the rest of its run may
        ("\\\\`a`", [(2, 5)]),  # a backslash shown, then code
        ("\\\\\\`a`", []),
        ("`a\\`", [(0, 4)]),  # a backslash in code is one: it escapes no closing
        ("a `` b", []),
        ("``", []),
    ],
)
def test_code_opens_and_closes_as_the_converter_reads_it(text: str, spans: list[tuple[int, int]]) -> None:
    assert converters_code(text) == spans
    assert backticks.code_spans(text) == spans


def test_code_is_replaced_as_it_is_given_its_text() -> None:
    assert backticks.replaced("a `b` c ``d`` e", lambda code: f"<{len(code)}>") == "a <3> c <5> e"
    assert backticks.replaced("no code", str.upper) == "no code"


def _growing_runs(size: int) -> str:
    """Runs of backticks of growing length, each followed by a link: every opening
    closes nowhere, and a pattern that backtracks tries each of its lengths against
    every run after it."""
    text, length = "", 1
    while len(text) < size:
        text += "`" * length + " [a](media/a.pdf) "
        length += 1
    return text


@pytest.mark.parametrize(
    "text",
    [
        _growing_runs(100_000),  # 10 KB of it took 37 s
        "".join("`" * length + " a " for length in range(400, 0, -1)),  # each to its fallback
        "`a" * 50_000,
        "``a" * 30_000 + "`",
        "\\`a" * 50_000,
        ("`" * 300 + " a ") * 300,
    ],
)
def test_a_long_text_of_backticks_is_read_at_once(text: str) -> None:
    started = time.monotonic()
    backticks.code_spans(text)
    assert time.monotonic() - started < 5
