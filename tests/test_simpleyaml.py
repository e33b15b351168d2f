"""Simple content files parsed without libyaml give exactly libyaml's nodes, or step aside."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator import simpleyaml
from generator.errors import Problem
from generator.yamlnodes import Mapping, Node, Scalar, Sequence, parse_yaml
from tests.conftest import REPO

KEYS = ["title", "date", "summary", "figures", "tags", "a_b", "x1"]
ODD_KEYS = ["title", "null", "true", "Title", "two words", "-x", "ünï", "k:"]
VALUES = ["Bakiyev comes to power", "2005", "2010-04-07", "-3", "1.5", "~", "true", "yes", "x y z",
          "Kurmanbek's party", "C#", "https://a.b/c?d=e", "50–60%", "a,b", "a [b] c", "(a) b.",
          "“quoted”", "e\u0301", "\U0001f600", "a  b", "", "a: b", "a:", "a #b", "#c", "- x", "-x",
          "? x", ": x", "'q'", '"q"', "'it''s'", "'it'", '"a\\"b"', '"a\\nb"', '"a # b"', "'a: b'",
          '""', "''", '"x" y', "'x' y", '"unclosed', "[a, b]", "[a,b]", "[]", "[ ]", "[-1.5, 27.95]",
          "[a b, c]", "[a, [b]]", "[a, b,]", "[a,,b]", "[,]", "['a']", "[a: b]", "[a:b]", "[a #b]",
          "[a] x", "[a]  # note", "[a", "{a: b}", "&x a", "*x", "!tag a", "!!str 1", "%x", "@x",
          "`x`", "|", "|-", "|+", "|2", "| # c", ">", ">-", "a\tb", "x  ", "x # note", "x #",
          "[-a]", "[-]", "[- a]", "[1, -2]", "[a\u2028b]", "[a\x85]", ".5", "0x1F", "1e3",
          "a\u00a0b", "\u00a0a", "x:y", "a:b c", "a - b", "a ? b", "a | b", "a > b", "a & b", "a * b",
          "a ! b", "a % b", "a @ b", "a ` b", "-", "a,", "a]", "a}", "[a]b", "[a ? b]", "[a - b]",
          "[a | b]", "[a > b]", "[a & b]", "[a ! b]", "[a % b]", "[a @ b]", "[1.]", "[a\u00a0]", "[a ]",
          "[ a]", "[a] ", "[a]#x", '"a" ', '"a"#x', "'a'#x", "=", "<<", "a\\b", "'a\\b'"]  # fmt: skip
CLEAN = [*VALUES[:20], "[a, b]", "[]", "[-1.5, 27.95]", "'q'", '"q"', "|", "|-", "x # note", "[a]  # note"]
BLOCK_LINES = ["  Some text here.", "  more text", "    indented more", "", "   ", "  ", "  # not a comment",
               " one space", "\tTab", "  trailing  ", "  - not a list", "  key: not a key"]  # fmt: skip
EXTRA_LINES = ["", "# a comment", "#", "  # indented comment", "   ", "---", "...", "- item",
               "  continuation", "%YAML 1.2", "? key", "title", "\ufeffx: y"]  # fmt: skip


def _file(rng: random.Random) -> str:
    odd = rng.random() < 0.25
    lines: list[str] = []
    keys = rng.sample(KEYS, rng.randint(1, len(KEYS)))  # each once, but in odd files
    for key in keys:
        if rng.random() < 0.15:
            lines.append(rng.choice(EXTRA_LINES) if odd else rng.choice(["", "# a comment", "   "]))
        if odd and rng.random() < 0.3:
            key = rng.choice(ODD_KEYS)
        sep = rng.choice([": ", ":", ":  ", " : ", ":\t"]) if odd and rng.random() < 0.3 else ": "
        value = rng.choice(VALUES if odd or rng.random() < 0.1 else CLEAN)
        lines.append(f"{key}{sep}{value}")
        if value.startswith(("|", ">")):
            pool = BLOCK_LINES if odd else [*BLOCK_LINES[:2], "", "  more text"]
            lines.extend(rng.choice(pool) for _ in range(rng.randint(0, 5)))
    newline = "\r\n" if odd and rng.random() < 0.1 else "\n"
    return newline.join(lines) + rng.choice([newline, newline, "", newline * 2])


def _same(a: Node | None, b: Node | None) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Scalar) and isinstance(b, Scalar):
        return type(a.value) is type(b.value) and a == b
    if isinstance(a, Sequence) and isinstance(b, Sequence):
        return a.pos == b.pos and len(a.items) == len(b.items) and all(map(_same, a.items, b.items))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return (
            a.pos == b.pos
            and list(a.items) == list(b.items)
            and all(
                _same(a.items[k][0], b.items[k][0]) and _same(a.items[k][1], b.items[k][1]) for k in a.items
            )
        )
    return a is None and b is None


def test_random_files_taken_give_libyamls_nodes() -> None:
    rng = random.Random(20261128)
    taken = 0
    for _ in range(6000):
        text = _file(rng)
        simple = simpleyaml.parse(text, "f.yaml")
        if simple is not None:
            taken += 1
            problems: list[Problem] = []
            full = parse_yaml(text, "f.yaml", problems)
            assert problems == [] and _same(simple, full), repr(text)
    # Both ways are exercised: many files taken, many left to libyaml.
    assert 1500 < taken < 4500, taken


@pytest.mark.parametrize(
    "text",
    [
        "title: x\ntitle: y\n",  # a duplicate key: libyaml's path reports it
        "title: a: b\n",  # an error in libyaml
        "title: x\n  more\n",  # a plain value over two lines
        "image:\n  src: a.png\n",  # nesting
        "summary: >\n  folded\n",  # folded text
        'title: "a \\" b"\n',  # an escape
        "title: &a x\n",  # an anchor
        "title:\tx\n",  # a tab
        "title: x\r\n",  # a carriage return
        "summary: |\n\n  text after a blank line\n",
        "summary: |\n  text\n \n",  # a line of spaces in a block
        "- a\n- b\n",  # not a mapping
        "",
    ],
)
def test_anything_unsure_is_left_to_libyaml(text: str) -> None:
    assert simpleyaml.parse(text, "f.yaml") is None


def test_the_seed_and_scaffolded_files_take_the_shortcut_and_give_the_same_nodes() -> None:
    from generator import scaffold

    files = sorted((REPO / "content").rglob("*.yaml"))
    texts = [path.read_text() for path in files]
    texts.append(scaffold.__doc__ or "")  # not YAML: refused
    taken = 0
    for text in texts:
        simple = simpleyaml.parse(text, "f.yaml")
        if simple is not None:
            taken += 1
            assert _same(simple, parse_yaml(text, "f.yaml", []))
    assert taken >= len(files) * 0.6, (taken, len(files))


def test_scaffolded_event_files_take_the_shortcut(tmp_path: Path) -> None:
    from generator import scaffold

    content = tmp_path / "content"
    content.mkdir()
    scaffold.new_story(content=str(content), story="s", title="A story")
    path = scaffold.new_event(content=str(content), story="s", date="2010-04-07", title='He said "no"')
    text = Path(path).read_text()
    simple = simpleyaml.parse(text, "f.yaml")
    assert simple is None  # the title has an escaped quote
    path = scaffold.new_event(content=str(content), story="s", date="2010-04-08", title="Protest")
    text = Path(path).read_text()
    simple = simpleyaml.parse(text, "f.yaml")
    assert simple is not None and _same(simple, parse_yaml(text, "f.yaml", []))
