"""The plain-prose shortcut gives exactly Python-Markdown's HTML, or steps aside."""

from __future__ import annotations

import random
import re

import markdown
import pytest
import yaml

from generator.i18n import typography
from generator.markdown import prose
from generator.markdown.markup import MarkdownConverter
from tests.conftest import REPO

# Words of prose, and the spans the shortcut handles.
PROSE = ["police", "said", "the", "Ünïcode", "2024", "(see)", "'q'", "“quoted”", "end.", "a,", "x?",
         "1.5", "don't", "—", "*em*", "**strong**", "*two words*", "[link](https://a.b/c)",
         "[a b.](/x)", "[a (b)](/x)", '"said"', '"', "--", "---", "...", "'80s", "it's", "\n", "\n\n"]  # fmt: skip
# Everything near its edges: what must send a text to Python-Markdown, and what looks
# like it but is still prose.
EDGES = ["*", "**", "***", "[", "]", "(", ")", "_", "__x__", "\n\n\n", "  ", "  \n", "#", "# ",
         "> ", "- ", "+ ", "=", "===", "---", "|", ":", '"', "'", "!", "![x](y)", "&", "&amp;",
         "<b>", "<", ">", "`", "\\", "\t", "\xa0", "[x]: http://y", "[x]", "*a*b", "a*b*",
         "* a*", "[*a*](u)", "*[a](u)*", '[a](u "t")', "[a](<u>)", "[a](u(b))", "-", "1986. ",
         "3) ", "*(a)*", "**a, b.**", "*two\nlines*", "\n- ", "\n1. ", "\n#", "\n    code",
         "\n> q", "\nabc\n===", "\n***\n", "\n[a]: /b\n", "[a][b]", "[a] (b)", "**a* b*",
         "*a **b** c*", "***a***", "****", "[]()", "[a]()", "(a)[b]", "http://x.y/_z_", "a * b",
         "a ** b", "\x02", "[a](/x)(b)", "[a](/x)[b](/y)", "[a](mailto:x@y.z)", "[a](/x?y=1;z)",
         "[a](javascript:alert)", "[a](http://x.y/%20)", "\u2028", "\x85", "e\u0301", "\U0001f600",
         "\u0661.", "*\u2003a*", "**a**c", '"*a*"', "[a](/x): b", "[a]:", "**[a](/b)**"]  # fmt: skip


def _text(rng: random.Random) -> str:
    rate = rng.choice([0.0, 0.02, 0.05, 0.1, 0.2])
    words = [
        rng.choice(EDGES) if rng.random() < rate else rng.choice(PROSE) for _ in range(rng.randint(1, 40))
    ]
    text = "".join(w + (" " if rng.random() < 0.8 else "") for w in words)
    if rng.random() < 0.9:  # mostly tidy line ends, as editors' YAML has them
        text = re.sub(r" *\n *", "\n", text).strip(" ")
    return text


@pytest.fixture(scope="module")
def reference() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["sane_lists", "smarty"],
        extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}},
        output_format="html",
    )


def test_random_texts_taken_come_out_as_python_markdown_makes_them(reference: markdown.Markdown) -> None:
    rng = random.Random(20261128)
    taken = 0
    for _ in range(6000):
        text = _text(rng)
        html = prose.to_html(text)
        if html is not None:
            taken += 1
            assert html == reference.reset().convert(text), repr(text)
    # Both ways are exercised: many texts taken, many left to Python-Markdown.
    assert 1500 < taken < 4500


def test_a_summary_with_a_link_and_emphasis() -> None:
    text = "Police *closed* the **main** road.\nCrowds [gathered](https://example.org/a?b=1#c).\n\nThen it rained.\n"
    assert prose.to_html(text) == (
        "<p>Police <em>closed</em> the <strong>main</strong> road.\n"
        'Crowds <a href="https://example.org/a?b=1#c">gathered</a>.</p>\n<p>Then it rained.</p>'
    )


NOT_PROSE = ["# Heading", "Para\n\n- item", "1986. The year", "3) third", "> quoted", "a `code` span",
     "a <b>tag</b>", "fish &amp; chips", "snake_case", "an ![image](x.png)", "hard  \nbreak",
     "    indented", "intra*word*", "[ref]", "[ref][id]", "[*em*](/x)", "*[a](/x)*",
     '[a](/x "title")', "a * b", "Title\n===", "Title\n---", "***", "tab\there", "back\\slash",
     "", "\n\n"]  # fmt: skip


@pytest.mark.parametrize("text", NOT_PROSE)
def test_anything_more_than_prose_is_left_to_python_markdown(text: str) -> None:
    assert prose.to_html(text) is None


def _texts(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [t for value in data.values() for t in _texts(value)]
    if isinstance(data, list):
        return [t for value in data for t in _texts(value)]
    return []


def test_the_seed_content_renders_as_with_python_markdown_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        t
        for path in sorted((REPO / "content").rglob("*.yaml"))
        for t in _texts(yaml.safe_load(path.read_text()))
    ]
    fast = MarkdownConverter()
    outputs = [fast(t) for t in texts]
    taken = sum(prose.to_html(t) is not None for t in texts)
    monkeypatch.setattr(prose, "to_html", lambda text: None)
    slow = MarkdownConverter()
    assert outputs == [slow(t) for t in texts]
    assert taken > 50  # the summaries and bodies of the seed story are plain prose
