"""The imported story's YAML: laid out as ``explainer new`` writes files, and every value
read back exactly, by our own loader and by PyYAML, whatever characters it holds."""

from __future__ import annotations

import pytest
import yaml

from generator.content import yamlnodes
from generator.content.dates import parse_date
from generator.errors import Problem
from generator.importers.convert import Story
from generator.importers.event import Event
from generator.importers.pictures import Picture
from generator.importers.sources import Source
from generator.importers.yamlwrite import (
    EVENT_KEYS,
    KEPT,
    CannotKeep,
    event_yaml,
    kept_lines,
    kept_sources,
    quoted,
    story_yaml,
)

EVENT_PATH = "content/port/events/1889-08-14-walkout.yaml"
STORY_PATH = "content/port/story.yaml"

AWKWARD = [
    "*not an alias",
    "&not an anchor",
    "- not a list",
    "? not a key",
    "key: value",
    "# not a comment",
    "text #not a comment",
    " leading space",
    "trailing space ",
    "\ttab first",
    "no",
    "yes",
    "off",
    "null",
    "~",
    "true",
    "1e3",
    "0x1F",
    "1_000",
    "2010-04-19",
    "12:30",
    "",
    "'single' quotes",
    '"double" quotes',
    "back\\slash \\n not a line break",
    "{a: 1}",
    "[a, b]",
    "%percent",
    "@at",
    "`backtick",
    "!not a tag",
    "|",
    ">",
    "---",
    "...",
    "Zoë «quoted» 中文 😀 مرحبا",
    "no-break\u00a0space and thin\u2009space",
    "\ufeffbyte order mark",
    "line\u2028separator and paragraph\u2029separator",
    "next line\x85(NEL)",
    "delete\x7f",
    "C1 control\x9b",
    "not characters \ufffe \uffff",
    "bell\x07 and escape\x1b",
    "carriage\rreturn",
    "two\nlines",
]
"""Values that would change meaning (or not load) written plainly in YAML."""

MULTILINE = [
    "Line one\nline two",
    "- a list\n- in Markdown",
    "# a heading\nand text",
    "key: value\nother: value",
    "*emphasis*\n&amp;",
    "A paragraph.\n\nAnother one.",
    "two spaces for a line break  \nnext",
    "a line\n  indented in Markdown",
    "a line\n\tand a tab",
    "\nafter an empty first line",
    "\n  indented after an empty first line",
    "  indented first line\nsecond",
    "\tfirst line with a tab\nsecond",
    "a line of spaces\n   \nbetween",
    "ends with a line break\n",
    "ends with two\n\n",
    "Zoë\n中文 😀",
    "next line\x85\nx",
    "line\u2028separator\nx",
    "delete\x7f\nx",
    "carriage\rreturn\nx",
]
"""Text of more than one line: a ``|`` block where it reads back, else quoted."""


DATES = ("date", "end", "published")
"""Written unquoted on purpose: our loader keeps their text for ``dates.py``, while PyYAML
makes them numbers and date objects, so they are compared as our loader reads them."""


def values(text: str) -> tuple[dict[str, object], dict[str, object]]:
    """``text`` read by our loader (as plain values, dates as written) and by PyYAML (dates
    left out); both must load it."""
    problems: list[Problem] = []
    node = yamlnodes.parse_yaml(text, "written.yaml", problems)
    assert problems == []

    def plain(node: yamlnodes.Node | None) -> object:
        if isinstance(node, yamlnodes.Mapping):
            return {k: v.text if k in DATES and isinstance(v, yamlnodes.Scalar) else plain(v)
                    for k, (_, v) in node.items.items()}  # fmt: skip
        if isinstance(node, yamlnodes.Sequence):
            return [plain(v) for v in node.items]
        return None if node is None else node.value

    ours = plain(node)
    theirs = yaml.safe_load(text)
    assert isinstance(ours, dict) and isinstance(theirs, dict)
    for key in DATES:
        theirs.pop(key, None)
    return ours, theirs


def same(ours: dict[str, object], theirs: dict[str, object]) -> None:
    """Both loaders read the same values (but the dates, which PyYAML converts)."""
    assert {k: v for k, v in ours.items() if k not in DATES} == theirs


@pytest.mark.parametrize("text", AWKWARD)
def test_quoted_values_read_back_exactly(text: str) -> None:
    written = f"title: {quoted(text)}\n"
    assert "\n" not in written[:-1]  # one line
    ours, theirs = values(written)
    assert ours == theirs == {"title": text}


@pytest.mark.parametrize("text", ["Zoë «quoted» 中文 😀", "no-break\u00a0space"])
def test_quoted_keeps_letters_as_they_are(text: str) -> None:
    assert quoted(text) == f'"{text}"'  # readable in the file, not \\u escapes


def event(**fields: object) -> Event:
    base: dict[str, object] = {"id": "e", "title": "T", "date": parse_date("2010"), "summary": "S"}
    return Event(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", MULTILINE + [t for t in AWKWARD if t])  # empty: left out
def test_summary_body_and_caption_read_back(text: str) -> None:
    picture = Picture("https://example.org/a.jpg", "Alt", caption=text)
    written = event_yaml(event(summary=text, body=text, image=picture), EVENT_PATH)
    ours, theirs = values(written)
    same(ours, theirs)
    literal = written.count(": |\n")
    for value in (ours["summary"], ours["body"], ours["image"]["caption"]):  # type: ignore[index]
        # A | block adds one line break at the end (the loader strips it); nothing else changes.
        assert value == text or (literal and value == text + "\n"), written


def test_multiline_text_is_a_literal_block_when_it_reads_back() -> None:
    written = event_yaml(event(summary="- A time,\n- with a display date.", body="One\n\nTwo"), EVENT_PATH)
    assert written.split("\n", 1)[1] == (
        'title: "T"\ndate: 2010\nsummary: |\n  - A time,\n  - with a display date.\nbody: |\n  One\n\n  Two\n'
    )


@pytest.mark.parametrize(
    "text",
    [
        "  indented first line\nsecond",
        "\n  indented after an empty first line",
        "a\n   \nb",
        "a\n",
        "a\rb\nc",
    ],
)
def test_multiline_text_a_block_would_change_is_quoted(text: str) -> None:
    assert event_yaml(event(summary=text), EVENT_PATH).endswith(f"summary: {quoted(text)}\n")


def test_a_date_phrase_is_written_after_the_dates() -> None:
    written = event_yaml(event(end=parse_date("2011"), date_phrase="between"), EVENT_PATH)
    assert (
        written.split("\n", 1)[1] == 'title: "T"\ndate: 2010\nend: 2011\ndate_phrase: between\nsummary: "S"\n'
    )


def test_an_event_with_every_field() -> None:
    full = Event(
        id="1889-08-14-walkout",
        title="Dockers walk out: the *first* day",
        date=parse_date("1889-08-14T06:00"),
        summary="The docks stop.",
        end=parse_date("1889-09-14"),
        circa=True,
        display_date="Dawn, 14 August",
        body="> We will not go back.\n> A docker",
        sources=("photos-example-org", "archive"),
        tags=("The strike", "Port/Docks"),
        image=Picture("media/dot.svg", "A dot", "Archive: 1889", "The *east* gate.\nAt dawn.", "in/dot.svg"),
        after="1889-08-14-meeting",
    )
    written = event_yaml(full, EVENT_PATH)
    assert written == (
        "# yaml-language-server: $schema=../../../docs/schemas/event.schema.json\n"
        'title: "Dockers walk out: the *first* day"\n'
        "date: 1889-08-14T06:00\n"
        "end: 1889-09-14\n"
        "circa: true\n"
        'display_date: "Dawn, 14 August"\n'
        "after: 1889-08-14-meeting\n"
        'summary: "The docks stop."\n'
        "body: |\n"
        "  > We will not go back.\n"
        "  > A docker\n"
        "sources: [photos-example-org, archive]\n"
        'tags: ["The strike", "Port/Docks"]\n'
        "image:\n"
        '  src: "media/dot.svg"\n'
        '  alt: "A dot"\n'
        '  credit: "Archive: 1889"\n'
        "  caption: |\n"
        "    The *east* gate.\n"
        "    At dawn.\n"
    )
    ours, theirs = values(written)
    same(ours, theirs)
    assert ours == {
        "title": full.title,
        "date": "1889-08-14T06:00",
        "end": "1889-09-14",
        "circa": True,
        "display_date": full.display_date,
        "after": full.after,
        "summary": full.summary,
        "body": full.body + "\n",
        "sources": list(full.sources),
        "tags": list(full.tags),
        "image": {
            "src": "media/dot.svg",
            "alt": "A dot",
            "credit": "Archive: 1889",
            "caption": "The *east* gate.\nAt dawn.\n",
        },
    }


@pytest.mark.parametrize(
    ("date", "written"),
    [
        ("1889", "date: 1889\n"),
        ("1889-08", "date: 1889-08\n"),
        ("1889-08-14", "date: 1889-08-14\n"),
        ("1889-08-14T06:05", "date: 1889-08-14T06:05\n"),
        ("1889-08-14T06:05:09", "date: 1889-08-14T06:05:09\n"),
        ("1889-08-14T06:05+06:00", "date: 1889-08-14T06:05+06:00\n"),
        ("1889-08-14T06:05Z", "date: 1889-08-14T06:05Z\n"),
    ],
)
def test_dates_are_written_unquoted_at_their_precision(date: str, written: str) -> None:
    text = event_yaml(event(date=parse_date(date)), EVENT_PATH)
    assert written in text
    assert values(text)[0]["date"] == date  # our loader keeps dates as text


def test_optional_fields_are_left_out_when_empty() -> None:
    assert event_yaml(event(), "content/port/events/e.yaml") == (
        "# yaml-language-server: $schema=../../../docs/schemas/event.schema.json\n"
        'title: "T"\ndate: 2010\nsummary: "S"\n'
    )


def test_a_story() -> None:
    story = Story(
        id="port",
        title="The Harbour Strike & After",
        summary="How a **dock strike**\nchanged the port.",
        events=(),
        sources=(
            Source("photos-example-org", "photos.example.org", "https://photos.example.org/a?b=1&c=2"),
            Source("archive", "Archive: #1", "https://archive.example/x", title="- The record"),
        ),
        image=Picture("https://example.org/cover.jpg", "The cover", "Archive"),
    )
    written = story_yaml(story, STORY_PATH, "2030-01-01", "in/My Timeline.json")
    assert written == (
        "# yaml-language-server: $schema=../../docs/schemas/story.schema.json\n"
        "# Imported from My Timeline.json by explainer import timelinejs.\n"
        'title: "The Harbour Strike & After"\n'
        "summary: |\n"
        "  How a **dock strike**\n"
        "  changed the port.\n"
        "published: 2030-01-01\n"
        "image:\n"
        '  src: "https://example.org/cover.jpg"\n'
        '  alt: "The cover"\n'
        '  credit: "Archive"\n'
        "sources:\n"
        "  photos-example-org:\n"
        '    publisher: "photos.example.org"\n'
        '    url: "https://photos.example.org/a?b=1&c=2"\n'
        "  archive:\n"
        '    publisher: "Archive: #1"\n'
        '    title: "- The record"\n'
        '    url: "https://archive.example/x"\n'
    )
    ours, theirs = values(written)
    assert (
        ours["sources"]
        == theirs["sources"]
        == {
            "photos-example-org": {
                "publisher": "photos.example.org",
                "url": "https://photos.example.org/a?b=1&c=2",
            },
            "archive": {
                "publisher": "Archive: #1",
                "title": "- The record",
                "url": "https://archive.example/x",
            },
        }
    )
    assert ours["published"] == "2030-01-01"


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_story_values_read_back(text: str) -> None:
    story = Story("s", text, text, (), (Source("src", text, "https://example.org/", text),))
    written = story_yaml(story, STORY_PATH, "2030-01-01", "t.json")
    ours, theirs = values(written)
    same(ours, theirs)
    assert ours["title"] == text
    assert ours["summary"] == text or ("summary: |" in written and ours["summary"] == text + "\n")
    assert ours["sources"] == {"src": {"publisher": text, "title": text, "url": "https://example.org/"}} or (
        text == "" and ours["sources"] == {"src": {"publisher": "", "url": "https://example.org/"}}
    )


@pytest.mark.parametrize(
    ("before", "kept"),
    [
        # An editor's keys, each with the comments right above it; the import's own left out.
        ("# header\ntitle: A\nsummary: S.\n# who\nfigures:\n  - ann\nkey: true\n", "# who\nfigures:\n  - ann\nkey: true\n"),
        ("title: A\r\nquotes:\r\n  - {text: x, by: ann}\r\n", "quotes:\r\n  - {text: x, by: ann}\r\n"),  # CRLF kept
        ("title: A\nsummary: |\n  Two\n  lines.\n", ""),  # nothing of the editor's
        ("- not a mapping\n", ""),
    ],
)  # fmt: skip
def test_kept_lines_are_an_editors_keys_as_written(before: str, kept: str) -> None:
    assert kept_lines(before, EVENT_KEYS) == kept


@pytest.mark.parametrize(
    "before",
    [
        "{title: A, figures: [ann]}\n",  # keys side by side
        '{title: "A",\n date: 2001,\n key: true}\n',  # one a line, but inside braces
        "  title: A\n  key: true\n",  # the whole file indented
    ],
)
def test_kept_lines_cannot_take_apart_keys_not_each_at_a_line_start(before: str) -> None:
    with pytest.raises(CannotKeep):
        kept_lines(before, EVENT_KEYS)


def test_an_earlier_imports_kept_line_is_not_kept_again() -> None:
    before = f"title: A\n{KEPT}figures: [ann]\n"
    assert kept_lines(before, EVENT_KEYS) == "figures: [ann]\n"


@pytest.mark.parametrize(
    ("before", "kept", "ids"),
    [
        # Each source the import does not give, with the comments right above it, as written
        # (a source's nested lines keep their own indentation), two spaces in as the import writes.
        (
            "title: A\nsources:\n    # the wire\n    wire:\n        publisher: Wire\n\n        date: 2010-04-19\n"
            "    video:\n        publisher: V\n# numbers\nkey_numbers: []\n",
            "  # the wire\n  wire:\n      publisher: Wire\n\n      date: 2010-04-19\n",
            ["video", "wire"],
        ),
        ("sources:\n  video:\n    publisher: V\n  paper:\n    publisher: P", "  paper:\n    publisher: P\n", ["video", "paper"]),
        (f"sources:\n  video:\n    publisher: V\n  {KEPT}  paper:\n    publisher: P\n", "  paper:\n    publisher: P\n", ["video", "paper"]),
        ("sources:\n  video:\n    publisher: V\n", "", ["video"]),  # only the import's
        ("title: A\n", "", ["video"]),
        ("sources: []\n", "", ["video"]),
        ("- not a mapping\n", "", ["video"]),
    ],
)  # fmt: skip
def test_kept_sources_are_those_the_import_does_not_give_as_written(
    before: str, kept: str, ids: list[str]
) -> None:
    assert kept_sources(before, frozenset({"video"})) == kept
    story = Story("s", "T", "S.", (), (Source("video", "V", "https://video.example/1"),))
    written = story_yaml(story, STORY_PATH, "2030-01-01", "t.json", other_sources=kept)
    ours, theirs = values(written)
    assert list(ours["sources"]) == list(theirs["sources"]) == ids  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "before",
    ["sources: {wire: {publisher: W}, video: {publisher: V}}\n", "sources:\n  {wire: {publisher: W}}\n"],
)
def test_kept_sources_cannot_take_apart_sources_side_by_side(before: str) -> None:
    with pytest.raises(CannotKeep):
        kept_sources(before, frozenset({"video"}))
