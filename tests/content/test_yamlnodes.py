from __future__ import annotations

import random
import re

import pytest
import yaml

from generator.content import yamlnodes
from generator.content.yamlnodes import (
    LOADER,
    Loader,
    Mapping,
    Node,
    Scalar,
    Sequence,
    parse_yaml,
    place,
    resolve_plain,
)
from generator.errors import Position, Problem
from tests.conftest import REPO


def where(node: Scalar, part: str, after: int = 0) -> Position:
    """Where the first ``part`` of the text of ``node`` from its character ``after`` on is
    in the file (``place``; the value's start when ``part`` is not in it)."""
    value = node.value
    return place(node, value.find(part, after) if isinstance(value, str) else -1)


def parse(text: str) -> tuple[object, list[str]]:
    problems: list[Problem] = []
    node = parse_yaml(text, "f.yaml", problems)
    return node, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("true", True),
        ("False", False),
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("null", None),
        ("~", None),
        ("", None),
        ("12", 12),
        ("-3", -3),
        ("4.5", 4.5),
        ("1e3", 1000.0),
        ("2010-04-19", "2010-04-19"),
        ("0x1F", "0x1F"),
        (".inf", ".inf"),
        ("NO", "NO"),
        ("1" * 5000, "1" * 5000),  # past Python's digit limit for int(): text, not a crash
        # Every character a number can start with, and words that start like one or not.
        (".5", 0.5),
        ("+7", 7),
        ("-.5e2", -50.0),
        ("e3", "e3"),
        ("E", "E"),
        ("-", "-"),
        (".", "."),
        ("x1", "x1"),
    ],
)
def test_plain_scalars_resolve_the_yaml_1_2_way(text: str, value: object) -> None:
    assert resolve_plain(text) == value


def test_nodes_remember_lines_and_columns() -> None:
    node, problems = parse("title: x\nlist:\n  - a\n  - b\nsub:\n  k: 1\n")
    assert problems == []
    assert isinstance(node, Mapping)
    key, value = node.items["list"]
    assert (key.pos.line, key.pos.col) == (2, 1)
    assert isinstance(value, Sequence)
    assert [(i.pos.line, i.pos.col) for i in value.items] == [(3, 5), (4, 5)]
    sub = node.items["sub"][1]
    assert isinstance(sub, Mapping)
    assert sub.items["k"][1].pos.line == 6


def test_quoted_scalars_stay_text() -> None:
    node, _ = parse("a: \"12\"\nb: 'true'\n")
    assert isinstance(node, Mapping)
    values = [v.value for _, v in node.items.values() if isinstance(v, Scalar)]
    assert values == ["12", "true"]


def test_duplicate_keys_are_errors_at_the_second_key() -> None:
    _, problems = parse("title: a\ndate: 2010\ntitle: b\n")
    assert problems == ["f.yaml:3:1: duplicate key 'title' (first given on line 1); keep one of the two"]


def test_an_id_given_twice_may_be_two_entries_and_is_told_how_to_keep_both() -> None:
    # A second source added under an id taken already: "keep one of the two" alone would
    # have the editor delete a source the reporting rests on.
    _, problems = parse(
        "sources:\n  mdta:\n    publisher: Maryland Transportation Authority\n"
        "  mdta:\n    publisher: MDTA press conference\n"
    )
    assert problems == [
        "f.yaml:4:3: duplicate key 'mdta' (first given on line 2); keep one of the two, or, if they "
        "are two different entries, give this one an id of its own"
    ]
    # A field of the file given twice is one thing given twice.
    _, problems = parse("image:\n  src: a.jpg\nimage:\n  src: b.jpg\n")
    assert problems == ["f.yaml:3:1: duplicate key 'image' (first given on line 1); keep one of the two"]


def test_tags_are_errors() -> None:
    _, problems = parse("a: !!python/object:os.system x\nb: !custom\n")
    assert problems == [
        "f.yaml:1:4: YAML tags ('!!python/object:os.system') are not allowed; remove the tag",
        "f.yaml:2:4: YAML tags ('!custom') are not allowed; remove the tag",
    ]


def test_text_that_starts_with_a_tag_or_an_anchor_is_told_to_be_quoted() -> None:
    # Meant as words: YAML took the first one for a tag or an anchor.
    _, problems = parse("a: !Breaking news  # today\nb: &more than ten\nc: !custom\n")
    assert problems == [
        "f.yaml:1:4: a value cannot start with '!' (YAML reads the word after it as a tag); put the whole "
        'value in double quotes: "!Breaking news"',
        "f.yaml:2:4: a value cannot start with '&' (YAML reads the word after it as an anchor); put the "
        'whole value in double quotes: "&more than ten"',
        "f.yaml:3:4: YAML tags ('!custom') are not allowed; remove the tag",
    ]


def test_anchors_and_aliases_are_errors() -> None:
    _, problems = parse("a: &x\n  c: 1\nb: *x\n")
    assert problems == [
        "f.yaml:1:4: YAML anchors ('&x') are not supported; write the value out",
        "f.yaml:3:4: YAML aliases ('*x') are not supported; write the value out",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: T\ndate 2005\nsummary: x\n",
            "2:1: YAML syntax error: this line has no ':' after its key; write 'key: value'",
        ),
        (
            "title: T\nsummary: He said: no\n",
            "2:17: YAML syntax error: the value contains ': '; put the whole value in double quotes: summary: \"He said: no\"",
        ),
        (
            "title: T\nsummary: x: y\t# a note\n",
            "2:11: YAML syntax error: the value contains ': '; put the whole value in double quotes: summary: \"x: y\"",
        ),
        (
            "quotes:\n  - text: We said: no  # from the minutes\n    by: x\n",
            "2:18: YAML syntax error: the value contains ': '; put the whole value in double quotes: - text: \"We said: no\"",
        ),
        (
            "title: T\nfigures:\n\t- a\n",
            "3:1: YAML syntax error: a tab character; YAML lines are indented with spaces only; indent it with two spaces, one step further in than 'figures:' on line 2",
        ),
        (  # a key indented with a tab
            "title: T\n\tdate: 2005\n",
            "2:1: YAML syntax error: a tab character; YAML lines are indented with spaces only; take the tab out and start the line at its beginning, in line with 'title:' on line 1",
        ),
        (  # a tab at the start of a line of a block of text
            "title: T\nbody: |\n  one\n\ttwo\n",
            "4:1: YAML syntax error: a tab character; YAML lines are indented with spaces only; indent it with two spaces, as line 3 above it is",
        ),
        (
            'title: "T\ndate: 2005\n',
            "1:8: YAML syntax error: this quotation mark is never closed; end the text with the same mark",
        ),
        (
            "title: T\n  date: 2005\n",
            "2:7: YAML syntax error: this line is indented, but a new key starts at the beginning of the line",
        ),
        (
            "title: *bold*\n",
            "1:8: YAML syntax error: a value cannot start with '*' or '&'; put the value in double quotes, e.g. \"*bold*\"",
        ),
        (  # a Markdown picture first
            "summary: ![The trucks](media/x.jpg) on the road.\n",
            "1:10: YAML syntax error: a value cannot start with '!' (YAML reads a tag); put the value in "
            'double quotes: "![The trucks](media/x.jpg) on the road."',
        ),
        (  # italics with a colon in them, first
            "summary: *Update:* the road is open.  # a note\n",
            "1:10: YAML syntax error: a value cannot start with '*'; put the whole value in double quotes: "
            '"*Update:* the road is open."',
        ),
        (
            "figures:\n  - a\n - b\n",
            "3:2: YAML syntax error: this list item is less indented than the item on line 2 above it; "
            "indent it by 2 spaces, as that one is",
        ),
        ("figures: [a, b\ndate: 2005\n", "1:10: YAML syntax error: this '[' list is never closed with ']'"),
        ("title: [\n", "1:8: YAML syntax error: this '[' list is never closed with ']'"),
        ("title: {a: 1\n", "1:8: YAML syntax error: this '{' group is never closed with '}'"),
        (
            "title: T\nsummary: x  # [not a list\nfigures: [\n",
            "3:10: YAML syntax error: this '[' list is never closed with ']'",
        ),
        (
            "summary: @x\n",
            "1:10: YAML syntax error: a value cannot start with '@'; put the value in double quotes",
        ),
        (  # libyaml blames the item's next line, as a key without ':'
            'unknowns:\n  - Who: nobody\n  - What caused it: nobody\n    knows "yet"\n    at all\ntitle: T\n',
            "3:5: YAML syntax error: YAML read this text as 'key: value' because of the ': ' in it; "
            'put the whole text in quotes: - "What caused it: nobody knows \\"yet\\" at all"',
        ),
        (  # libyaml says the indentation is wrong: YAML took "Super Mario" for the whole value
            'date: 2010\ntitle: "Super Mario" is brought to the surface\n',
            "2:8: YAML syntax error: text follows the closing quotation mark; put the whole value "
            "in quotes: '\"Super Mario\" is brought to the surface'",
        ),
        (
            "title: 'Super Mario' is brought up  # a comment\n",
            "1:8: YAML syntax error: text follows the closing quotation mark; put the whole value "
            "in quotes: \"'Super Mario' is brought up\"",
        ),
        (  # meant as one quoted value, closed early by its own apostrophe
            "title: 'Canal chief says it wasn't only the wind'\n",
            "1:8: YAML syntax error: text follows the closing quotation mark; put the whole value "
            'in quotes: "Canal chief says it wasn\'t only the wind"',
        ),
        (  # libyaml: "did not find expected '-' indicator"
            'figures:\n  - "a" b\n  - c\n',
            "2:5: YAML syntax error: text follows the closing quotation mark; put the whole value "
            "in quotes: - '\"a\" b'",
        ),
    ],
)
def test_syntax_errors_point_at_the_cause_and_say_what_to_do(text: str, expected: str) -> None:
    _, problems = parse(text)
    assert problems == [f"f.yaml:{expected}"]


@pytest.mark.parametrize(
    "value",
    ['"Super Mario" is brought up', "'Super Mario' is brought up", """'It''s' what "they" said"""],
)
def test_the_quoted_value_suggested_after_a_closing_quote_reads_back_as_typed(value: str) -> None:
    _, problems = parse(f"title: {value}\n")
    fix = problems[0].split("put the whole value in quotes: ", 1)[1]
    node, again = parse(f"title: {fix}\n")
    assert again == [] and isinstance(node, Mapping)
    title = node.items["title"][1]
    assert isinstance(title, Scalar) and (title.value, title.text) == (value, value)


def test_a_value_quoted_whole_but_closed_by_its_apostrophe_reads_back_without_the_marks() -> None:
    _, problems = parse("title: 'It wasn't the wind'\n")
    fix = problems[0].split("put the whole value in quotes: ", 1)[1]
    node, again = parse(f"title: {fix}\n")
    assert again == [] and isinstance(node, Mapping)
    title = node.items["title"][1]
    assert isinstance(title, Scalar) and title.value == "It wasn't the wind"


def test_the_yaml_examples_in_the_editors_guide_parse() -> None:
    guide = (REPO / "docs/editing.md").read_text(encoding="utf-8")
    examples = re.findall(r"```yaml\n(.*?)```", guide, flags=re.DOTALL)
    assert examples
    for example in examples:
        assert parse(example)[1] == [], example


def test_a_second_document_is_an_error() -> None:
    _, problems = parse("a: 1\n---\nb: 2\n")
    assert problems == ["f.yaml:2:1: a second YAML document ('---') in one file; keep one per file"]


def test_text_after_front_matter_is_told_to_go_in_body() -> None:
    # Front matter and its text, as Jekyll or Hugo write a page, was "a second YAML
    # document ('---') in one file; keep one per file", and the text went unsaid.
    _, problems = parse("---\ntitle: T\nsummary: S\n---\nThe ship is refloated.\n\nMore words.\n")
    assert problems == [
        "f.yaml:4:1: the text after this '---' is not read: a content file is YAML alone, not a page "
        "whose '---' lines close YAML front matter (as in Jekyll or Hugo); delete this line and put the "
        "text in 'body: |', on the lines below it, each indented by 2 spaces"
    ]
    _, problems = parse("---\ntitle: T\n---\nThe captain said: no.\n")  # YAML reads a key in it
    assert problems[0].startswith("f.yaml:3:1: the text after this '---' is not read")
    _, problems = parse("a: 1\n---\nb: 2\n")  # no front matter: the file does not open with '---'
    assert problems == ["f.yaml:2:1: a second YAML document ('---') in one file; keep one per file"]


@pytest.mark.parametrize("text", ["title: T\n---\n", "---\ntitle: T\n---\n", "title: T\n---\n# done\n"])
def test_a_closing_line_with_nothing_after_it_is_told_to_go(text: str) -> None:
    # Front matter copied without its page, or a '---' left at the end, was told "the text
    # after this '---' is not read ... put the text in 'body: |'": there is no text.
    _, problems = parse(text)
    assert len(problems) == 1
    assert problems[0].endswith(
        ": nothing but comments follows this '---', which starts a second YAML document; delete the line"
    )


def test_deep_nesting_stops_with_an_error() -> None:
    _, problems = parse("a: " + "[" * 30 + "]" * 30 + "\n")
    assert problems[0].startswith("f.yaml:1:")
    assert "nesting deeper than 20 levels" in problems[0]


def test_a_value_refused_and_reported_is_marked_so_and_an_empty_one_is_not() -> None:
    # check says nothing more about the empty value put in place of an alias or of what
    # is nested too deep (its error is said), but warns of a '-' with nothing after it.
    root, _ = parse("a: *x\nb: [*y, ]\nc:\nd: " + "[" * 30 + "]" * 30 + "\n")
    assert isinstance(root, Mapping)
    a, b, c, d = (value for _, value in root.items.values())
    assert isinstance(a, Scalar) and a.reported and a.value is None
    assert isinstance(b, Sequence) and isinstance(b.items[0], Scalar) and b.items[0].reported
    assert isinstance(c, Scalar) and not c.reported and c.value is None
    while isinstance(d, Sequence):
        d = d.items[0]
    assert isinstance(d, Scalar) and d.reported


def test_non_string_keys_are_errors() -> None:
    _, problems = parse("? [a, b]\n: 1\n")
    assert problems == ["f.yaml:1:3: a key must be plain text"]


def test_a_key_refused_and_reported_is_not_told_to_be_plain_text_too() -> None:
    # An alias or a key nested too deep had its error said, then 'a key must be plain
    # text' at the same place: a second fix asked for what is one mistake.
    _, problems = parse("a: &x b\n*x : 1\n")
    assert [p for p in problems if "plain text" in p] == []
    assert any("YAML aliases ('*x') are not supported" in p for p in problems)
    deep = "a:\n" + "".join("  " * i + f"b{i}:\n" for i in range(1, 22)) + "  " * 22 + "c: 1\n"
    _, problems = parse(deep)
    assert problems and all("nesting deeper than 20 levels" in p for p in problems), problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: ok\nsummary: a\x00b\n", "2:11: character U+0000"),
        # libyaml counts bytes of UTF-8: 'Ünï' and the emoji would push it 7 columns right
        ("title: Ünïcode 😀\nsummary: Ünï a\x1bb\n", "2:15: character U+001B"),
        ("title: Ünïcode 😀\r\nsummary: Ü\x1b\n", "2:11: character U+001B"),
        # a line break only YAML knows (NEL) counts as one, as in the parser's other messages
        ("title: a\x85b\x07\n", "2:2: character U+0007"),
    ],
)
@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader])
def test_characters_yaml_forbids_are_reported_where_they_are(
    text: str, expected: str, loader: Loader
) -> None:
    problems: list[Problem] = []
    assert parse_yaml(text, "f.yaml", problems, loader=loader) is None
    assert [str(p) for p in problems] == [f"f.yaml:{expected} is not allowed in YAML; remove it"]


# Random files made to hit the edges of YAML: keys and values that are almost plain text,
# quotes, lists, blocks of text, comments, tabs, documents markers, a byte-order mark.
KEYS = ["title", "date", "summary", "figures", "tags", "a_b", "x1"]
ODD_KEYS = ["title", "null", "true", "Title", "two words", "-x", "ünï", "k:"]
VALUES = ["Bakiyev comes to power", "2005", "2010-04-07", "-3", "1.5", "~", "true", "yes", "x y z",
          "Kurmanbek's party", "C#", "https://a.b/c?d=e", "50–60%", "a,b", "a [b] c", "(a) b.",
          "“quoted”", "e\u0301", "\U0001f600", "a  b", "", "a: b", "a:", "a #b", "#c", "- x", "-x",
          "? x", ": x", "'q'", '"q"', "'it''s'", '"a\\"b"', '"a\\nb"', '"a # b"', "'a: b'", '""',
          '"x" y', '"unclosed', "[a, b]", "[a,b]", "[]", "[-1.5, 27.95]", "[a b, c]", "[a, [b]]",
          "[a, b,]", "[a,,b]", "['a']", "[a: b]", "[a #b]", "[a] x", "[a]  # note", "[a", "{a: b}",
          "{a: [b, {c: d}]}", "&x a", "*x", "!tag a", "!!str 1", "%x", "@x", "`x`", "|", "|-", "|+",
          "|2", ">", ">-", "a\tb", "x # note", "[a\u2028b]", "[a\x85]", "0x1F", "1e3", "a\u00a0b",
          "a\x00b", "a\x1bb", "x:y", "a - b", "=", "<<", "a\\b"]  # fmt: skip
CLEAN = [*VALUES[:20], "[a, b]", "[]", "[-1.5, 27.95]", "'q'", '"q"', '"a\\"b"', "{a: [b, {c: d}]}",
         "|", "|-", ">", "x # note", "[a]  # note"]  # fmt: skip
BLOCK_LINES = ["  Some text here.", "  more text", "    indented more", "", "   ", "  # not a comment",
               " one space", "\tTab", "  - not a list", "  key: not a key"]  # fmt: skip
EXTRA_LINES = ["", "# a comment", "  # indented comment", "---", "...", "- item", "  continuation",
               "%YAML 1.2", "? key", "title", "\ufeffx: y"]  # fmt: skip


def random_file(rng: random.Random, *, odd: bool) -> str:
    """A content-like file; with ``odd``, one likely to hold mistakes and rare YAML."""
    lines: list[str] = []
    for key in rng.sample(KEYS, rng.randint(1, len(KEYS))):
        if rng.random() < 0.15:
            lines.append(rng.choice(EXTRA_LINES) if odd else rng.choice(["", "# a comment"]))
        if odd and rng.random() < 0.3:
            key = rng.choice(ODD_KEYS)
        sep = rng.choice([": ", ":", ":  ", " : ", ":\t"]) if odd and rng.random() < 0.3 else ": "
        value = rng.choice(VALUES if odd else CLEAN)
        lines.append(f"{key}{sep}{value}")
        if value.startswith(("|", ">")):
            pool = BLOCK_LINES if odd else ["  Some text here.", "  more text", ""]
            lines.extend(rng.choice(pool) for _ in range(rng.randint(1 if not odd else 0, 5)))
    newline = "\r\n" if odd and rng.random() < 0.1 else "\n"
    return newline.join(lines) + rng.choice([newline, "", newline * 2])


def same(a: Node | None, b: Node | None) -> bool:
    """Equal, and of the same types all the way down (1 == 1.0 == True in Python)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, Scalar) and isinstance(b, Scalar):
        return type(a.value) is type(b.value) and a == b
    if isinstance(a, Sequence) and isinstance(b, Sequence):
        return a.pos == b.pos and len(a.items) == len(b.items) and all(map(same, a.items, b.items))
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return (
            a.pos == b.pos
            and list(a.items) == list(b.items)
            and all(
                same(a.items[k][0], b.items[k][0]) and same(a.items[k][1], b.items[k][1]) for k in a.items
            )
        )
    return a is None and b is None


YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def test_any_file_gives_problems_that_point_into_it_never_an_exception() -> None:
    rng = random.Random(20261129)
    refused = 0
    for _ in range(4000):
        text = random_file(rng, odd=True)
        problems: list[Problem] = []
        parse_yaml(text, "f.yaml", problems)  # raises nothing, whatever the text
        refused += bool(problems)
        lines = YAML_LINE_BREAK.split(text)
        for problem in problems:
            line, col = problem.where.line, problem.where.col
            assert 1 <= line <= len(lines), (text, str(problem))
            assert col is not None and 1 <= col <= len(lines[line - 1]) + 1, (text, str(problem))
            assert "\n" not in problem.message, (text, str(problem))
    assert 500 < refused < 3500, refused  # both good and bad files were tried


def test_libyaml_parses_content_when_pyyaml_has_it() -> None:
    # The messages the tests expect are libyaml's; PyYAML's own parser words them otherwise.
    assert yaml.__with_libyaml__
    assert LOADER is yaml.CSafeLoader


def test_pyyamls_own_parser_gives_the_same_nodes_where_both_accept_a_file() -> None:
    rng = random.Random(20261130)
    texts = [path.read_text() for path in sorted((REPO / "content").rglob("*.yaml"))]
    texts += [random_file(rng, odd=False) for _ in range(1500)]
    both = 0
    for text in texts:
        with_c: list[Problem] = []
        with_python: list[Problem] = []
        node = parse_yaml(text, "f.yaml", with_c)
        fallback = parse_yaml(text, "f.yaml", with_python, loader=yaml.SafeLoader)
        assert with_c == with_python == [], (text, with_c, with_python)  # ordinary files
        assert same(node, fallback), text
    for _ in range(3000):
        text = random_file(rng, odd=True)
        if "\ufeff" in text:
            continue  # inside a file, libyaml reads a byte-order mark as indentation, PyYAML as text
        with_c, with_python = [], []
        node = parse_yaml(text, "f.yaml", with_c)
        fallback = parse_yaml(text, "f.yaml", with_python, loader=yaml.SafeLoader)
        if not with_c and not with_python:
            both += 1
            assert same(node, fallback), text
    assert both > 300, both


def test_a_comment_after_a_plain_value_is_kept_with_its_position() -> None:
    node, problems = parse('title: Biden visits #KeyBridge\nq: "a #b" # c\nn: 12 # d\n# whole line\n')
    assert problems == [] and isinstance(node, Mapping)
    title, quoted, number = (value for _, value in node.items.values())
    assert isinstance(title, Scalar) and title.comment is not None
    assert (title.value, title.comment.pos.line, title.comment.pos.col) == ("Biden visits", 1, 21)
    assert title.comment.after == " #KeyBridge"
    assert isinstance(quoted, Scalar) and quoted.comment is None  # quoted: nothing was cut
    assert isinstance(number, Scalar) and number.comment is not None  # lint/comments.py decides by field


def test_where_finds_a_place_inside_text_written_on_several_lines() -> None:
    text = (
        "one: see [x](y)\nlit: |\n  a\n\n  see [x](y)\nfold: >-\n  a\n  b see [x](y)\n"
        'quoted: "a\\"\n  see [x](y)"\nplain: a\n  b see [x](y)\n'
    )
    node, problems = parse(text)
    assert problems == [] and isinstance(node, Mapping)
    found = {}
    for key, (_, value) in node.items.items():
        assert isinstance(value, Scalar)
        found[key] = where(value, "[x]")
    assert {key: (pos.line, pos.col) for key, pos in found.items()} == {
        "one": (1, 10),  # on the value's own line too
        "lit": (5, 7),
        "fold": (8, 9),
        "quoted": (10, 7),
        "plain": (12, 9),
    }


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("k: see [x](y)\n", 1, 8),  # unquoted: the text is the file's
        ("k: a\n  b see [x](y)\n", 2, 9),  # unquoted over two lines, read as one
        ("k: a\n\n  b\n  see [x](y)\n", 4, 7),  # an empty line is a line break
        ("k: 'it''s [x](y)'\n", 1, 11),  # '' is one quotation mark: one column more
        ("k: 'it''s\n   and ''so'' [x](y)'\n", 2, 15),
        ('k: "caf\\u00e9 \\"q\\" [x](y)"\n', 1, 21),  # an escape is longer than what it writes
        ('k: "a\\tb\\\\ [x](y)"\n', 1, 12),
        ('k: "a \\\n   b [x](y)"\n', 2, 6),  # a line break escaped with '\\'
        ('k: "a\\\n\n  b [x](y)"\n', 3, 5),  # ... and the empty line after it
        ("k: |\n  a\n\n  see [x](y)\n", 4, 7),
        ("k: |-\n  see\n    [x](y)\n", 3, 5),  # indented as the first line says, and more
        ("k: >\n  a\n  b\n\n    c [x](y)\n", 5, 7),  # folded, a more indented line in it
        ("a:\n  k: |2\n      code [x](y)\n", 3, 12),  # indentation given: from the key's, 2
        ("k: >+1 # comment\n  a\n   [x](y)\n", 3, 4),
        ("título: 'é [x](y)'\n", 1, 12),  # columns count characters, not bytes
        ('k: [a, "b [x](y)"]\n', 1, 11),  # in a list
        ("- k: 'a\r\n\r\n    b [x](y)'\r\n", 3, 7),  # Windows line breaks
        ("k: 'a\u2028  b [x](y)'\n", 2, 5),  # a break only YAML knows
    ],
)
@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader])
def test_where_is_the_place_of_the_words_in_every_style_of_value(
    text: str, line: int, col: int, loader: Loader
) -> None:
    problems: list[Problem] = []
    root = parse_yaml(text, "f.yaml", problems, loader=loader)
    assert problems == []
    while not isinstance(root, Scalar):
        assert isinstance(root, (Mapping, Sequence))
        root = list(root.items.values())[-1][1] if isinstance(root, Mapping) else root.items[-1]
    assert where(root, "[x]") == Position("f.yaml", line, col)
    assert YAML_LINE_BREAK.split(text)[line - 1][col - 1 :].startswith("[x]")


def test_a_deeply_indented_block_with_its_indentation_given_is_traced_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each indentation that could be was tried, each reading the whole block: 35 s for
    # 170 KB indented 800 spaces, from a pull request. It is now read off the value.
    traced: list[int | None] = []
    lines = yamlnodes._block_lines

    def counted(source: str, i: int, indent: int | None, chomp: str) -> yamlnodes.Traced:
        traced.append(indent)
        return lines(source, i, indent, chomp)

    monkeypatch.setattr(yamlnodes, "_block_lines", counted)
    pad = " " * 800
    text = f"{pad}k: |1\n" + "".join(f"{pad} line {i} [x](y)\n" for i in range(200))
    root = parse_yaml(text, "f.yaml", [])
    assert isinstance(root, Mapping)
    value = root.items["k"][1]
    assert isinstance(value, Scalar) and isinstance(value.value, str)
    assert where(value, "[x]", value.value.index("line 150")) == Position("f.yaml", 152, 811)
    assert traced == [801]


def test_each_alike_part_of_a_value_is_found_from_where_it_is_looked_for() -> None:
    node, _ = parse('k: "[x] \\"[x]"\n')
    assert isinstance(node, Mapping)
    value = node.items["k"][1]
    assert isinstance(value, Scalar)
    assert [where(value, "[x]", after) for after in (0, 1, 9)] == [
        Position("f.yaml", 1, 5),
        Position("f.yaml", 1, 11),
        Position("f.yaml", 1, 4),  # none from there: the value's own place
    ]


def test_a_value_that_does_not_read_as_its_text_is_placed_at_its_start() -> None:
    # Never a wrong place: when reading the value as written does not give its text (a
    # form the reading does not know), what is in it is said to be at the value's start.
    start = Position("f.yaml", 3, 10)
    odd = Scalar("a [x]", "a [x]", start, source='"a \\q [x]"')  # no escape \q
    assert where(odd, "[x]") == start
    other = Scalar("b [x]", "b [x]", start, source="'a [x]'")
    assert where(other, "[x]") == start
    assert place(other, 99) == start


STYLED_PIECES = ["a", "b c", "  ", "\n", "\n\n", "'", '"', "\\", "é", "😀", "[x](y)", "\t", "#",
                 ":", "-", "\u2028"]  # fmt: skip
ESCAPES = ["\\u00e9", "\\n", "\\t", "\\\\", '\\"', "\\x41", "\\U0001F600", "\\\n", "\\ ", "\\_"]


def styled_value(rng: random.Random) -> str:
    """A value in any style of YAML, over one line or several, with what changes columns:
    escapes, doubled quotes, indentation, line breaks."""
    words = "".join(rng.choice(STYLED_PIECES) for _ in range(rng.randint(1, 10)))
    indent = "  " + rng.choice(["", " ", "   "])
    style = rng.choice(["plain", "single", "double", "|", ">", "|-", ">+", "|2", ">1-"])
    if style == "plain":
        return words.replace("\n", "\n" + indent)
    if style == "single":
        return "'" + words.replace("'", "''").replace("\n", "\n" + indent) + "'"
    if style == "double":
        escaped = "".join(rng.choice(ESCAPES) if rng.random() < 0.2 else c for c in words.replace('"', ""))
        return '"' + escaped.replace("\n", "\n" + indent) + '"'
    return style + "\n" + "\n".join(indent + line if line else "" for line in words.split("\n"))


def characters_in_place(text: str, node: Node) -> int:
    """How many characters of the text values under ``node`` are placed where the file has
    them (or, for a character an escape writes or YAML made of a line break, where that
    is); fails at the first that is not."""
    if isinstance(node, (Mapping, Sequence)):
        items = (v for _, v in node.items.values()) if isinstance(node, Mapping) else node.items
        return sum(characters_in_place(text, item) for item in items)
    if not isinstance(node.value, str):
        return 0
    lines = YAML_LINE_BREAK.split(text)
    for offset, char in enumerate(node.value):
        pos = place(node, offset)
        assert pos.col is not None
        found = lines[pos.line - 1][pos.col - 1 : pos.col] or "\n"  # past a line's end: its break
        escaped = (node.source or "").startswith('"') and found == "\\"
        assert found == char or (found == "\n" and char in " \n\u2028") or escaped, (text, offset)
    return len(node.value)


@pytest.mark.parametrize("loader", [yaml.CSafeLoader, yaml.SafeLoader])
def test_each_character_of_a_value_is_placed_where_the_file_has_it(loader: Loader) -> None:
    rng = random.Random(20261130)
    placed = 0
    for _ in range(1500):
        key = rng.choice(["k: ", "a:\n  k: ", "- ", "título: é\nk: "])
        text = key + styled_value(rng) + rng.choice(["\n", "\nz: 1\n", ""])
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
        problems: list[Problem] = []
        root = parse_yaml(text, "f.yaml", problems, loader=loader)
        if root is not None and not problems:
            placed += characters_in_place(text, root)
    assert placed > 5000, placed


def test_an_anchors_aliases_are_one_problem_with_their_count() -> None:
    # A pull request's alias bomb: one line said per anchor, not one per alias.
    bomb = "".join(f"k{i}: [*x, *x]\n" for i in range(1500))
    _, problems = parse("a: &x\n  c: 1\nb: &y\n  c: 2\n" + bomb + "z: *y\n")
    assert problems == [
        "f.yaml:1:4: YAML anchors ('&x') are not supported; write the value out",
        "f.yaml:3:4: YAML anchors ('&y') are not supported; write the value out",
        "f.yaml:5:6: YAML aliases ('*x') are not supported; write the value out (this file uses '*x' 3,000 times)",
        "f.yaml:1505:4: YAML aliases ('*y') are not supported; write the value out",
    ]
