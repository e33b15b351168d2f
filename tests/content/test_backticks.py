from __future__ import annotations

import random
import re
import time

import pytest

from generator.content import backticks

CODE_RULE = re.compile(r"(`+)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.DOTALL)
"""The rule as one pattern: an opening of one or more backticks (as many of its run as
find a closing), at least a character not starting a blank line, and a closing that is
a whole run of exactly as many. Right, but it backtracks: cubic time on a hostile text."""

_PIECES = [
    *("`", "``", "```", "````"),
    *("a", "b", " ", "\n", "\n\n", " \n \n"),
    "[x](media/a.pdf)",
]


def _random_text(rng: random.Random, pieces: list[str]) -> str:
    return "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))


def test_the_code_found_is_the_code_the_rule_finds() -> None:
    rng = random.Random(57)
    for _ in range(20000):
        text = _random_text(rng, _PIECES)
        expected = [found.span() for found in CODE_RULE.finditer(text)]
        assert backticks.code_spans(text) == expected, repr(text)


@pytest.mark.parametrize(
    "text",
    [
        "```a``",  # opened by two of the three: the code '`a'
        "```a`",
        "`a``b`",  # a run of another length is part of the code
        "``a```b`` `c`",
        "`a\n\nb`",  # no code past a blank line
        "`a\n \t\nb` `c\n`",
        "a `` b",
        "``",
    ],
)
def test_code_opens_at_as_many_backticks_as_find_a_whole_run_to_close_it(text: str) -> None:
    assert backticks.code_spans(text) == [found.span() for found in CODE_RULE.finditer(text)]


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
        "`a" * 50_000,
        "``a" * 30_000 + "`",
        ("`" * 300 + " a ") * 300,
    ],
)
def test_a_long_text_of_backticks_is_read_at_once(text: str) -> None:
    started = time.monotonic()
    backticks.code_spans(text)
    assert time.monotonic() - started < 5
