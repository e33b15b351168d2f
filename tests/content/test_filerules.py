"""The rules of one content file as a whole (``filerules.py``): a file saved in another
kind's folder said to be one, and dates in the right order; each test asserts the exact
message editors see."""

from __future__ import annotations

import pytest

from generator.content.file_check import check_file
from generator.content.kinds import Kind
from generator.content.yamlnodes import Mapping, Node, parse_yaml
from generator.errors import Problem
from tests.conftest import Project

EVENT = "content/story-a/events/e1.yaml"
STORY = "content/story-a/story.yaml"
FIGURE = "content/story-a/figures/fig-a.yaml"


def event(body: str) -> str:
    return "title: An event\ndate: 2020-01-01\nsummary: Text.\n" + body


def parsed(text: str, path: str = "e.yaml") -> Node:
    problems: list[Problem] = []
    root = parse_yaml(text, path, problems)
    assert root is not None and problems == []
    return root


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("content/story-a/figures/e2.yaml", "title: T\ndate: 2021-03-28\nsummary: S.\nfigures: [fig-a]\n",
         "1:1: this is an event, not a figure, by its keys ('title', 'date', 'summary'): move it into events/"),
        ("content/story-a/locations/ann.yaml", "name: Ann\nrole: A witness\n",
         "1:1: this is a figure, not a location, by its keys ('name', 'role'): move it into figures/"),
        ("content/story-a/events/port.yaml", "name: Port\ncoordinates: [10, 20]\n",
         "1:1: this is a location, not an event, by its keys ('name'): move it into locations/"),
    ],
)  # fmt: skip
def test_a_file_saved_in_another_kinds_folder_is_one_error_saying_where_it_goes(
    project: Project, path: str, text: str, message: str
) -> None:
    # An event in figures/ got seven errors (two keys missing, five unknown), none saying so.
    project.write(path, text)
    assert project.problems() == [f"{path}:{message}"]


def test_a_file_short_of_its_own_keys_is_not_taken_for_another_kind(project: Project) -> None:
    # A place needs only 'name': a figure being written, with its name alone, is no place.
    project.write(FIGURE, "name: Figure A\n")
    assert project.problems() == [
        f"{FIGURE}:1:1: missing required key 'role' in figure (who they are, in one line)"
    ]


def test_end_before_date(project: Project) -> None:
    project.write(EVENT, event("end: 2019-12-31\n"))
    # An event cannot end before it starts: most often the two were swapped.
    assert project.problems() == [
        f"{EVENT}:4:6: 'end' (2019-12-31) is before 'date' (2020-01-01); if the two were written the wrong "
        "way round, write 'date: 2019-12-31' and 'end: 2020-01-01'; if not, correct the one mistyped"
    ]


def test_a_coarser_end_after_the_date_is_fine(project: Project) -> None:
    project.write(EVENT, event("end: 2020-02\n"))
    assert project.problems() == []


def test_times_with_utc_offsets_are_compared_as_instants(project: Project) -> None:
    # 10:00 at UTC-4 is 14:00 UTC: an end at 13:00 UTC is an hour before it
    text = event("end: 2024-05-13T13:00Z\n").replace("date: 2020-01-01", "date: 2024-05-13T10:00-04:00")
    project.write(EVENT, text)
    assert project.problems() == [
        f"{EVENT}:4:6: 'end' (2024-05-13T13:00Z) is before 'date' (2024-05-13T10:00-04:00); if the two were "
        "written the wrong way round, write 'date: 2024-05-13T13:00Z' and 'end: 2024-05-13T10:00-04:00'; if "
        "not, correct the one mistyped"
    ]
    # 01:00 at UTC+5 is 20:00 UTC the day before: 21:00 UTC that day is an hour after it
    text = event("end: 2024-04-04T21:00Z\n").replace("date: 2020-01-01", "date: 2024-04-05T01:00+05:00")
    project.write(EVENT, text)
    assert project.problems() == []


def test_updated_before_published(project: Project) -> None:
    project.write(STORY, project.root.joinpath(STORY).read_text() + "updated: 2019-05-01\n")
    assert project.problems() == [
        f"{STORY}:7:10: 'updated' (2019-05-01) is before 'published' (2020-01-02); 'updated' is when the "
        "story last changed, after it was published: correct the one mistyped"
    ]


def test_dates_in_the_wrong_order_are_not_compared_when_one_is_invalid() -> None:
    root = parsed("title: T\ndate: 2020-02-30\nsummary: s\nend: 2019\n")
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        "e.yaml:2:7: 'date' is not a valid date: February 2020 has no day 30"
    ]


def test_a_phrase_about_a_span_needs_its_end(project: Project) -> None:
    project.write(EVENT, event("date_phrase: between\n"))
    assert project.problems() == [
        f"{EVENT}:4:14: 'date_phrase: between' is about a span: give its last day as 'end'"
    ]
    project.write(EVENT, event("date_phrase: between\nend: 2020-01-03\n"))
    assert project.problems() == []


def test_an_event_is_placed_by_after_or_before_not_both() -> None:
    # The file alone says it, at 'before', whether or not the events it names exist.
    root = parsed(event("after: e2\nbefore: e3\n"))
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        "e.yaml:5:1: give 'after' or 'before', not both: one event is enough to place this one"
    ]
    for one in ("after: e2\n", "before: e3\n", "after: e2\nbefore:\n"):
        placed = parsed(event(one))
        assert isinstance(placed, Mapping)
        assert check_file(placed, Kind.EVENT).problems == []
