"""The warnings about a file's text together (``writing.py``): placeholder text, and
what of an event taken out is looked at.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import cast

import pytest

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.lint.writing import text_warnings
from generator.content.yamlnodes import Mapping, parse_yaml
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, warnings


def test_placeholder_text(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write("content/story-a/figures/fig-a.yaml", 'name: Figure A\nrole: "TODO: who"\n')
    assert warnings(project, capsys) == [
        "content/story-a/figures/fig-a.yaml:2:7: warning: 'role' still has placeholder text ('TODO: ...'): write your own in its place"
    ]


def test_a_text_reversed_by_an_invisible_override_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # U+202E shows what follows it reversed: the file (and a review of it) has 'engised'
    # where the page shows 'designe'. Isolates and the marks that set a mixed text's
    # direction are not warned of.
    project.write(
        "content/story-a/figures/fig-a.yaml",
        'name: "Figure \\u202Engised\\u202C"\nrole: "Minister of \\u2067\u0627\u0644\u0645\u0627\u0644\u2069 \\u200F"\n',
    )
    assert warnings(project, capsys) == [
        "content/story-a/figures/fig-a.yaml:1:7: warning: 'name' holds an invisible right-to-left override "
        "(U+202E), which shows the text after it in the other order, its letters reversed; delete it"
    ]


def test_the_text_of_an_event_taken_out_is_not_looked_at_but_its_title_and_reason(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its page shows its title and the reason alone: placeholder text, a link that will
    # not work or bold left open elsewhere in the file reaches no reader.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: 'TODO: the title'\ndate: 2020-01-01\n"
        "summary: 'TODO: say what happened, [see](www.example.com), **bold'\n"
        "body: 'TODO: more'\nremoved:\n  date: 2020-01-02\n  reason: '**Wrong, [see](www.example.com)'\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:1:8: warning: 'title' still has placeholder text ('TODO: ...'): write your own in its place",
        "content/story-a/events/e2.yaml:7:12: warning: 'removed.reason': '**' opened here is never closed: "
        "readers get the asterisks as written; end the words to show in bold with '**' too, in the same "
        "paragraph (or write '\\*\\*' to show the asterisks)",
        "content/story-a/events/e2.yaml:7:21: warning: 'removed.reason': the link 'see' leads to "
        "'www.example.com' on this site; write 'https://www.example.com'",
    ]


def test_example_text_of_explainer_new_left_in_a_block_opened(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The commented blocks 'new' writes (quotes, image, removed, unknowns...) opened and
    # their ids and files put right passed check with their examples left in, readers'
    # words: "The words, exactly as said.", a credit "Photographer / Agency".
    project.write(
        "content/story-a/events/e2.yaml",
        "title: T\ndate: 2020-01-01\nsummary: S.\nsources: [src-a]\n"
        "quotes:\n  - text: The words, exactly as said.\n    by: a-figure-id or the speaker's name\n"
        "image:\n  src: https://example.org/a.jpg\n"
        "  alt: What the picture shows, for people who cannot see it.\n"
        "  credit: Photographer / Agency\n  caption: Shown under the picture.\n",
    )
    example = "warning: '{}' still has the example text from 'explainer new'"
    said = [w for w in warnings(project, capsys) if "example text" in w]
    assert said == [
        f"content/story-a/events/e2.yaml:6:11: {example.format('quotes[1].text')}",
        f"content/story-a/events/e2.yaml:7:9: {example.format('quotes[1].by')}",
        f"content/story-a/events/e2.yaml:10:8: {example.format('image.alt')}",
        f"content/story-a/events/e2.yaml:11:11: {example.format('image.credit')}",
        f"content/story-a/events/e2.yaml:12:12: {example.format('image.caption')}",
    ]


def test_every_example_text_is_one_explainer_new_writes() -> None:
    # The list is kept beside the check: each of its texts must be one 'new' still writes.
    from generator.commands import new
    from generator.content.lint.writing import EXAMPLES

    written = Path(new.__file__).read_text(encoding="utf-8")
    assert EXAMPLES and all(re.search(rf"#[^\n#]*{re.escape(text)}", written) for text in EXAMPLES)


def test_the_example_aliases_of_explainer_new_left_in_are_warned_of(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A figure's and a place's commented 'aliases' line opened as it is: the page would say
    # "Also called Other name, Other spelling", and search find it by them.
    project.write(
        "content/story-a/locations/loc-a.yaml", "name: Place A\nunmapped: true\naliases: [Other name, Kiev]\n"
    )
    example = "warning: '{}' still has the example text from 'explainer new'"
    said = [w for w in warnings(project, capsys) if "example text" in w]
    assert said == [f"content/story-a/locations/loc-a.yaml:3:11: {example.format('aliases[1]')}"]


def test_a_korean_text_marked_kr_is_told_to_be_ko(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'kr' is Korea's country code, and Kanuri's language code: a quote in Hangul marked
    # 'kr' was published as Kanuri (for screen readers and search) without a word. A quote
    # in Kanuri, written in Latin letters, may well be 'kr', and is not said.
    event = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        event + "quotes:\n"
        "  - text: 투표는 끝났다\n    by: Kim\n    source: src-a\n    language: kr\n"
        "  - text: Words in Kanuri\n    by: Ali\n    source: src-a\n    language: kr\n",
    )
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("publisher: Example News", "publisher: 연합뉴스\n    language: KR"))
    assert warnings(project, capsys) == [
        f"{EVENT}:11:15: warning: 'quotes[1].language' is 'kr', Kanuri's code, but the text it describes "
        "is Korean; did you mean 'ko'? ('kr' is a country's code too)",
        f"{STORY}:7:15: warning: 'sources.src-a.language' is 'KR', Kanuri's code, but the text it "
        "describes is Korean; did you mean 'ko'? ('KR' is a country's code too)",
    ]


@pytest.mark.parametrize(
    ("quotes", "said"),
    [
        # 'tw' is Taiwan's country code, and Twi's language code: a quote in Chinese marked
        # 'tw' was published as Twi without a word.
        (
            [("我會負起政治責任", "Lin", "tw")],
            [
                "'quotes[1].language' is 'tw', Twi's code, but the text it describes is Traditional Chinese; "
                "did you mean 'zh-Hant'? ('tw' is a country's code too)"
            ],
        ),
        # 'my' is Malaysia's country code, and Burmese's language code: a quote in Malay
        # marked 'my' was published as Burmese. Burmese is written in its own letters.
        (
            [("Kami tidak akan berputus asa", "Najib", "my"), ("မင်္ဂလာပါ", "Aung", "my")],
            [
                "'quotes[1].language' is 'my', Burmese's code, but the text it describes is Malay; "
                "did you mean 'ms'? ('my' is a country's code too)"
            ],
        ),
    ],
)
def test_a_text_marked_by_its_countrys_code_is_told_its_languages(
    project: Project, capsys: pytest.CaptureFixture[str], quotes: list[tuple[str, str, str]], said: list[str]
) -> None:
    event = project.root.joinpath(EVENT).read_text()
    written = "".join(
        f"  - text: {text}\n    by: {by}\n    source: src-a\n    language: {tag}\n"
        for text, by, tag in quotes
    )
    project.write(EVENT, event + "quotes:\n" + written)
    assert warnings(project, capsys) == [f"{EVENT}:11:15: warning: {message}" for message in said]


def test_the_languages_of_many_sources_are_looked_at_in_proportion_to_them() -> None:
    # Each 'language' was told the texts beside it by looking at every text of the file:
    # a story of 2,000 sources took check 1.9 s, in the square of their number.
    sources = "".join(
        f"  s{i}:\n    publisher: Publisher {i}\n    title: Report {i}\n    url: https://x.org/{i}\n    language: en\n"
        for i in range(6_000)
    )
    text = f"title: T\nsources:\n{sources}  last:\n    publisher: 연합뉴스\n    language: kr\n"
    file = ContentFile("story", "story.yaml", cast("Mapping", parse_yaml(text, "story.yaml", [])))
    started = time.perf_counter()
    said = [p.message for p in text_warnings(file, schema.STORY) if "did you mean" in p.message]
    assert time.perf_counter() - started < 2
    assert said == [
        "'sources.last.language' is 'kr', Kanuri's code, but the text it describes is Korean; "
        "did you mean 'ko'? ('kr' is a country's code too)"
    ]
