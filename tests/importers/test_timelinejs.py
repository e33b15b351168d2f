"""Reading TimelineJS3 JSON: the slides as they are, each with its JSON pointer, and a
file that is not such a timeline refused with where and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.importers.slides import Report, Timeline
from generator.importers.timelinejs import read_json

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs"


def read(data: object, path: str = "in/t.json") -> tuple[Timeline, list[str]]:
    reports: list[Report] = []
    timeline = read_json(json.dumps(data), path, reports)
    return timeline, [f"{r}{' (skipped)' if r.skipped else ''}" for r in reports]


def test_title_events_and_eras_with_their_pointers() -> None:
    event = {"start_date": {"year": "2010"}, "text": {"headline": "E"}, "unknown": [1, 2]}
    era = {"start_date": {"year": "2009"}, "end_date": {"year": "2011"}, "text": {"headline": "Era"}}
    timeline, reports = read(
        {"title": {"text": {"headline": "T"}}, "events": [event, event], "eras": [era], "scale": "human"}
    )
    assert reports == []
    assert timeline.title is not None and timeline.title.where == "in/t.json:/title"
    assert timeline.title.at("text", "headline") == "in/t.json:/title/text/headline"
    assert [s.where for s in timeline.events] == ["in/t.json:/events/0", "in/t.json:/events/1"]
    assert timeline.events[1].at("start_date", "year") == "in/t.json:/events/1/start_date/year"
    assert timeline.events[0].data == event  # passed on as it is, unknown fields too
    assert [s.where for s in timeline.eras] == ["in/t.json:/eras/0"]
    assert timeline.eras[0].get("text", "headline") == "Era"
    assert timeline.folder == "in"  # where pictures named by relative address are looked for


def test_only_events_is_required() -> None:
    timeline, reports = read({"events": []})
    assert (timeline.title, timeline.events, timeline.eras, reports) == (None, (), (), [])
    assert read({"events": []}, "t.json")[0].folder == ""


def test_what_is_not_a_slide_is_reported_and_left_out() -> None:
    timeline, reports = read(
        {"title": "A title as text", "events": [{"text": {}}, "a string", None, {}], "eras": {"a": 1}}
    )
    assert timeline.title is None
    assert [s.where for s in timeline.events] == ["in/t.json:/events/0", "in/t.json:/events/3"]
    assert timeline.eras == ()
    assert reports == [
        "in/t.json:/events/1: not a slide object; left out (skipped)",
        "in/t.json:/events/2: not a slide object; left out (skipped)",
        "in/t.json:/eras: 'eras' is not a list; left out (skipped)",
    ]


@pytest.mark.parametrize("scale", ["cosmological", 1])
def test_a_scale_other_than_human_years_is_reported(scale: object) -> None:
    _, reports = read({"events": [], "scale": scale})
    assert reports == [f"in/t.json:/scale: scale '{scale}': only years 1 to 9999 can be imported"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"events": [}', "t.json:1:13: not valid JSON: Expecting value"),
        ('{"events": []}\n{"events": []}', "t.json:2:1: not valid JSON: Extra data"),
        ("", "t.json:1:1: not valid JSON: Expecting value"),
        (
            '[{"events": []}]',
            "t.json:1:1: not a TimelineJS3 timeline: expected an object with an 'events' list",
        ),
        (
            '{"events": {"0": {}}}',
            "t.json:1:1: not a TimelineJS3 timeline: expected an object with an 'events' list",
        ),
        (
            '{"format": 1, "events": [], "figures": [], "places": [], "sources": [], "id": "a"}',
            "t.json:1:1: this is a story's story.json (explainer's own data), not a TimelineJS timeline; "
            "import the timeline.json or timeline.csv beside it",
        ),
        (
            '{"timeline": {"headline": "Old", "date": []}}',
            "t.json:1:1: this is TimelineJS 2's format ('timeline'); open it in TimelineJS 3 or its spreadsheet template and save that instead",
        ),
        (
            '{"events": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "t.json:1:1: not valid JSON: nested too deeply",
        ),
    ],
)
def test_a_file_that_is_not_a_timeline_is_refused_with_where(text: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        read_json(text, "t.json", [])
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Python's words ('Expecting property name enclosed in double quotes', at the '}'
        # or ']' after the comma, or at the quote) said what the parser wanted, not what
        # the hand editing the file wrote.
        (
            '{"events": [\n  {"start_date": {"year": "2010"}},\n]}',
            "t.json:2:35: not valid JSON: a comma after the last item, before ']', which JSON does not allow; delete it",
        ),
        ('{"events": [],\n}', "t.json:1:14: not valid JSON: a comma after the last item, before '}', which JSON does not allow; delete it"),
        ("{'events': []}", "t.json:1:2: not valid JSON: a text in single quotes ('...'); JSON writes texts, and names, in double quotes"),
        (
            '\ufeffvar timeline_json = {"events": []};\n',
            "t.json:1:1: this is JavaScript ('var timeline_json = {...}'), not JSON: keep only what is between "
            "the first '{' and the last '}', save it as a .json file and import that",
        ),
        ('{"events": [,]}', "t.json:1:13: not valid JSON: Expecting value"),  # no item: Python's words
    ],
)  # fmt: skip
def test_the_usual_mistakes_of_hand_written_json_are_said_in_their_words(text: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        read_json(text, "t.json", [])
    assert str(caught.value) == message


def test_the_fixture_reads_whole() -> None:
    path = str(FIXTURES / "timeline.json")
    reports: list[Report] = []
    timeline = read_json((FIXTURES / "timeline.json").read_text("utf-8"), path, reports)
    data = json.loads((FIXTURES / "timeline.json").read_text("utf-8"))
    assert reports == []
    assert [s.data for s in timeline.events] == data["events"]
    assert [s.data for s in timeline.eras] == data["eras"]
    assert timeline.title is not None and timeline.title.data == data["title"]
    assert timeline.folder == str(FIXTURES)


def test_a_number_too_long_to_read_is_refused_where_it_is() -> None:
    # Python's own message told the editor to call sys.set_int_max_str_digits().
    with pytest.raises(ContentError) as caught:
        read_json('{"events": [],\n "n": 1' + "0" * 5000 + "}", "t.json", [])
    said = (
        "not valid JSON: a number of more than 4,300 digits, more than a timeline holds; delete it, "
        "or put it in quotes if it is text"
    )
    assert str(caught.value) == f"t.json:2:7: {said}"
    # A text in quotes may hold as many digits: the number is found after it.
    with pytest.raises(ContentError) as caught:
        read_json('{"isbn": "1\\"' + "1" * 4400 + '",\n "n": 1' + "0" * 5000 + "}", "t.json", [])
    assert str(caught.value) == f"t.json:2:7: {said}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"events": [{"text": {"headline": "A \\ud800"}}]}', "t.json:1:38: '\\ud800'"),
        ('{"events": [],\n "x": "\\uDC00 after \\ud83d\\ude00"}', "t.json:2:8: '\\uDC00'"),
        ('{"events": [], "x": "\\\\ud800 is text", "y": "\\\\\\udbff"}', "t.json:1:48: '\\udbff'"),
    ],
)
def test_half_of_a_surrogate_pair_is_refused_with_where(text: str, where: str) -> None:
    with pytest.raises(ContentError) as caught:
        read_json(text, "t.json", [])
    assert (
        str(caught.value) == f"{where} is half of a UTF-16 pair, not a character; write the character itself"
    )


def test_escapes_that_are_characters_or_text_are_kept() -> None:
    text = '{"events": [{"text": {"headline": "\\ud83d\\ude00 \\\\ud800 \\u00e9"}}]}'
    timeline = read_json(text, "t.json", [])
    assert timeline.events[0].get("text", "headline") == "😀 \\ud800 é"


def test_text_or_media_given_as_text_is_said_not_dropped_silently() -> None:
    # TimelineJS shows nothing of '"media": "https://..."'; the import read the slide as
    # having no media at all, and said nothing.
    url = "https://www.youtube.com/watch?v=abc"
    _, reports = read(
        {
            "title": {"text": "The title"},
            "events": [{"start_date": {"year": "2010"}, "text": {"headline": "H"}, "media": url}],
        }
    )
    assert reports == [
        "in/t.json:/title/text: 'text' is 'The title', not an object: write it as "
        '{"headline": "...", "text": "..."}; left out',
        f"in/t.json:/events/0/media: 'media' is '{url}', not an object: write it as "
        '{"url": "...", "caption": "...", "credit": "..."}; left out',
    ]
