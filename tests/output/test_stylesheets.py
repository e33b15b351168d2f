"""The theme's stylesheets published without their comments: the rules read as a browser
reads them, token for token (held to tinycss2's reading), and quickly."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import tinycss2
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.output.stylesheets import published, without_comments
from tests.conftest import TEMPLATES

STYLE = (Path(TEMPLATES) / "assets/style.css").read_text(encoding="utf-8")

TRICKY = [
    'a::before { content: "/* not a comment */"; }',
    "a::after { content: '*/ /*'; } /* one */",
    'q { quotes: "\\"/*" "*/\\""; } /* a quote escaped in a string */',
    "q { content: 'it\\'s /* still the string'; }",
    'b { content: "a string ended by its line\n/* a comment */ }',
    "i { background: url(/*not-a-comment*/x.png); } /* one */",
    'i { background: url( "/*in a string*/" ) /* one */; }',
    "i { background: URL(a\\)/*b*/c.png); }",
    "i { background: -url(/* a function's comment */x); }",
    # 'url' with its letters escaped is read 'url': the comment is part of its address
    "i { background: \\url(/*x*/a.png); } /* one */",
    "i { background: u\\rl(/*x*/a.png) U\\52\\6c (/*y*/b.png) \\75 rl(/*z*/c.png); }",
    "i { background: \\000075rl(/*x*/a.png) \\0000075rl(/* a function's */x) x\\url(/**/y); }",
    "a/**/b {}",
    "a\\/* a slash escaped, and a star */ {}",
    ".a/**/.b {}",
    "p { margin: 1/**/em; width: 50/**/%; top: -/**/x; x: 1/**/.5; }",
    "#/**/id {} @/**/media {} f/**/(x) {}",
    "/* at the start */\nbody { margin: 0; }",
    "body { margin: 0; }\n/* at the end */",
    "body { margin: 0; } /* at the end, no newline */",
    "body {\n  /* alone on its line */\n  color: red; /* after a rule */\n}\n",
    "/* a\n   comment on\n   lines */\nb {}\r\n/* Windows */\r\nc {}\r\n",
    "a { color: red; } /* unclosed",
    "a/**//**/b /* two */ /* on a line */\n",
    ".\\31/* a number's escape */0 {} .x\\31/**//**/b {} .u\\~/**/\\e {}",
    'q { content: "a\\a\n/* still the string: the newline is the escape\'s blank */"; }',
    "a<!/**/-- b {} c --/**/> d {}",  # not '<!--' and '-->', tokens of their own
    # After '<!--', a token of its own, 'url(' is a url's, not the end of a name '--url('
    "<!--url(/*x*/a.png) b {} <!--\\75rl(/*y*/b.png) --> -->url(/*z*/c.png) /* one */",
    # A name goes on after an escape ('\\31 ', its blank its own; '\\ ') and a NUL (read
    # as U+FFFD): '1url(' is a function, and a '/*' in a string in it is the string's
    'a { b: \\31 url( x" ) /* in a string */ "); c: x\\ url( y" ) /* too */ "); }',
    'a { b: \x00url( x" ) /* in a string */ "); }',
    "a/**/\x00b {} \x00/**/b {} 1/**/\x00 {}",
    '/*c*/ x "L ',  # a string unclosed at the end: its blanks are its own
    "q { content: /* c */ 'it \t",
]


def tokens(css: str) -> list[Any]:
    """What a browser reads in ``css``: its tokens and blocks, comments left out and any
    run of whitespace counted as none (taking out a comment may leave or need a space)."""
    return _values(tinycss2.parse_component_value_list(css, skip_comments=True))


def _values(nodes: list[Any]) -> list[Any]:
    read: list[Any] = []
    for node in nodes:
        if node.type in ("whitespace", "comment"):
            continue
        if node.type == "function":
            read.append(("function", node.lower_name, _values(node.arguments)))
        elif node.type in ("() block", "[] block", "{} block"):
            read.append((node.type, _values(node.content)))
        else:
            read.append((node.type, node.serialize()))
    return read


@pytest.mark.parametrize("css", [STYLE, *TRICKY])
def test_the_rules_read_as_they_did_with_the_comments(css: str) -> None:
    stripped = without_comments(css)
    assert tokens(stripped) == tokens(css)
    assert not any(node.type == "comment" for node in tinycss2.parse_component_value_list(stripped))


def test_the_themes_comments_are_gone_and_its_rules_kept_as_written() -> None:
    stripped = without_comments(STYLE)
    assert "/*" not in stripped and len(stripped) < 0.8 * len(STYLE)
    # each line kept is a line of the sheet, or the part of one before its comment
    source_lines = {line.rstrip() for line in STYLE.splitlines()}
    source_lines |= {line.partition("/*")[0].rstrip() for line in STYLE.splitlines()}
    assert all(line in source_lines for line in stripped.splitlines())


@pytest.mark.parametrize(
    ("css", "expected"),
    [
        ("a/**/b {}", "a b {}"),  # two names, kept apart
        (".a/**/.b {}", ".a.b {}"),  # one selector as it was: no space, no descendant
        ("x { width: 1/**/%; }", "x { width: 1 %; }"),
        ('a::before { content: "/*"; } /* why */\n', 'a::before { content: "/*"; }\n'),
        ("i { background: url(/*x*/a.png); }", "i { background: url(/*x*/a.png); }"),
        ("i { background: \\url(/*x*/a.png); }", "i { background: \\url(/*x*/a.png); }"),
        ("i { background: \\75rl(/*x*/a.png); }", "i { background: \\75rl(/*x*/a.png); }"),
        ("/* a\n note */\nbody {\n  /* why */\n  margin: 0;\n}\n", "body {\n  margin: 0;\n}\n"),
        ("b {}\r\n/* why */\r\nc {}\r\n", "b {}\r\nc {}\r\n"),
        ("a { color: red; } /* unclosed", "a { color: red; }"),
        ("a\\ /* y */\nb {}", "a\\ \nb {}"),  # a blank escaped: part of the name
        ("body { margin: 0; }\n", "body { margin: 0; }\n"),
        # an escape before a comment: a name's character; a number's takes one blank as its own
        (".\\31/* one */0 {}", ".\\31  0 {}"),
        (".a\\31/**/ b {}", ".a\\31  b {}"),
        (".u\\~/**/\\e {}", ".u\\~ \\e {}"),
        (".i\\31/* why */\n.b {}", ".i\\31 \n.b {}"),  # still a descendant, not '.i1.b'
        (".i\\31 /* why */\n.b {}", ".i\\31 \n.b {}"),
        ('q { content: "\\a\n/* x */"; } /* y */', 'q { content: "\\a\n/* x */"; }'),
        # a string the sheet ends in, unclosed, runs to its end: its trailing blanks kept
        ('/*c*/ x "L ', ' x "L '),
        ("/*c*/ x 'a\\' \t", " x 'a\\' \t"),
        ('/*c*/ x "a" ', ' x "a"'),  # closed: the blanks after it are the line's
    ],
)
def test_a_comment_goes_with_the_line_it_leaves_empty(css: str, expected: str) -> None:
    assert without_comments(css) == expected


def test_bytes_that_are_not_utf8_are_kept() -> None:
    assert published(b"/* \xe9t\xe9 */\nq { content: '\xe9'; }\n") == b"q { content: '\xe9'; }\n"


def test_the_themes_sheet_is_stripped_well_within_a_millisecond() -> None:
    # The quickest of several rounds: a machine busy with other work slows some of them.
    rounds = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(20):
            without_comments(STYLE)
        rounds.append((time.perf_counter() - start) / 20)
    assert min(rounds) < 0.001


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list("ab1.-+#@%/*\"'\\()u rlURL:;{}=|<!>\n\r\t\x00"), max_size=40))
def test_any_text_reads_as_it_did_with_its_comments(css: str) -> None:
    stripped = without_comments(css)
    assert tokens(stripped) == tokens(css)
    assert not any(node.type == "comment" for node in tinycss2.parse_component_value_list(stripped))
