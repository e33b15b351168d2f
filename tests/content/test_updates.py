"""A story's updates and corrections, and the events added since it was published:
checked like every other field, and what the model makes of them."""

from __future__ import annotations

from generator.commands.check import check_and_lint
from generator.content.dates import PartialDate
from generator.content.model import Story, Update, UpdateKind
from generator.content.schema import json_schema
from tests.conftest import Project

STORY = "content/story-a/story.yaml"
EVENT = "content/story-a/events/e1.yaml"


def with_updates(project: Project, updates: str) -> None:
    project.write(STORY, project.root.joinpath(STORY).read_text() + "updates:\n" + updates)


def test_updates_and_added_events_are_valid_content(project: Project) -> None:
    with_updates(
        project,
        "  - date: 2020-01-03\n    text: More.\n  - date: 2020-01-04T10:00\n    text: Fixed.\n    kind: correction\n",
    )
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + "key: true\nadded: 2020-01-03\n")
    assert project.problems() == []


def test_an_update_needs_a_date_and_a_text_and_a_known_kind(project: Project) -> None:
    with_updates(project, "  - date: 2020-01-03\n    kind: corection\n  - text: Something.\n")
    assert project.problems() == [
        f"{STORY}:8:5: missing required key 'text' in updates[1] (what changed, for readers: what was added or corrected)",
        f"{STORY}:9:11: 'updates[1].kind' must be 'update' or 'correction', got 'corection'; did you mean 'correction'?",
        f"{STORY}:10:5: missing required key 'date' in updates[2] (when the story changed: a date, optionally with a time)",
    ]


def test_an_update_cannot_come_before_publication(project: Project) -> None:
    with_updates(
        project, "  - date: 2020-01-03\n    text: Fine.\n  - date: 2019-12-31\n    text: Too early.\n"
    )
    assert project.problems() == [
        f"{STORY}:10:11: 'updates[2].date' (2019-12-31) is before 'published' (2020-01-02); an update "
        "tells readers what changed since the story was published: check this date (a day, a month or "
        "a year mistyped?)"
    ]


def published_at(project: Project, when: str) -> None:
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("2020-01-02", when))


def test_an_update_hours_after_a_story_published_at_a_time_that_day_is_accepted(project: Project) -> None:
    published_at(project, "2020-01-02T06:30")
    with_updates(project, "  - date: 2020-01-02T08:30\n    text: Two hours on.\n")
    assert project.problems() == []


def test_an_update_hours_before_a_story_published_at_a_time_that_day_is_an_error(project: Project) -> None:
    published_at(project, "2020-01-02T06:30")
    with_updates(project, "  - date: 2020-01-02T04:30\n    text: Too early.\n")
    assert project.problems() == [
        f"{STORY}:8:11: 'updates[1].date' (2020-01-02T04:30) is before 'published' (2020-01-02T06:30); "
        "an update tells readers what changed since the story was published: check this date (a time, "
        "a day, a month or a year mistyped?)"
    ]


def test_times_with_their_offsets_are_compared_as_moments(project: Project) -> None:
    # 06:30 at UTC+6 is 00:30 UTC: an update at 01:00 UTC came after it, one at 00:00 UTC before.
    published_at(project, "2020-01-02T06:30+06:00")
    with_updates(project, "  - date: 2020-01-02T01:00Z\n    text: After.\n")
    assert project.problems() == []
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("01:00Z", "00:00Z"))
    assert [p.split(": ", 1)[1].split(";")[0] for p in project.problems()] == [
        "'updates[1].date' (2020-01-02T00:00Z) is before 'published' (2020-01-02T06:30+06:00)"
    ]


def test_an_update_of_the_day_alone_may_follow_a_story_published_at_a_time_that_day(
    project: Project,
) -> None:
    # A day against a time: the day may be any time of it, as for 'updated' against an update.
    published_at(project, "2020-01-02T06:30")
    with_updates(project, "  - date: 2020-01-02\n    text: Later that day.\n")
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + "added: 2020-01-02\n")
    project.write(STORY, project.root.joinpath(STORY).read_text() + "updated: 2020-01-02\n")
    assert project.problems() == []


def test_updated_hours_before_a_story_published_at_a_time_that_day_is_an_error(project: Project) -> None:
    published_at(project, "2020-01-02T06:30+06:00")
    project.write(STORY, project.root.joinpath(STORY).read_text() + "updated: 2020-01-02T05:30+06:00\n")
    assert project.problems() == [
        f"{STORY}:7:10: 'updated' (2020-01-02T05:30+06:00) is before 'published' (2020-01-02T06:30+06:00); "
        "'updated' is when the story last changed, after it was published: correct the one mistyped"
    ]


def test_added_and_key_are_checked_as_a_date_and_a_yes_or_no(project: Project) -> None:
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + "key: yes\nadded: 3 March 2020\n")
    assert project.problems() == [
        f"{EVENT}:7:6: 'key' must be true or false, got 'yes'; write true",
        f"{EVENT}:8:8: 'added' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        "YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean '2020-03-03'?",
    ]


def story(**fields: object) -> Story:
    return Story("s", "S", "x", PartialDate(2020, 1, 2), (), {}, {}, {}, **fields)  # type: ignore[arg-type]


def test_the_latest_update_stands_for_updated_when_that_is_not_given() -> None:
    updates = (
        Update(2, PartialDate(2020, 3, 1), "b", UpdateKind.CORRECTION),
        Update(1, PartialDate(2020, 2, 1), "a"),
    )
    assert story().latest_update is None and story().last_changed == PartialDate(2020, 1, 2)
    assert story(updates=updates).latest_update == PartialDate(2020, 3, 1)
    assert story(updates=updates).last_changed == PartialDate(2020, 3, 1)
    assert story(updates=updates, updated=PartialDate(2020, 4)).last_changed == PartialDate(2020, 4)
    assert updates[0].anchor == "update-2" and updates[0].is_correction and not updates[1].is_correction


def test_the_json_schema_knows_the_new_fields() -> None:
    story_schema = json_schema("story")["properties"]["updates"]
    item = story_schema["items"]
    assert item["required"] == ["date", "text"]
    assert item["properties"]["kind"]["enum"] == ["update", "correction", None]  # None: an empty 'kind:'
    event = json_schema("event")["properties"]
    assert event["key"]["type"] == ["boolean", "null"] and "added" in event


def test_updated_older_than_the_latest_update_is_a_warning(project: Project) -> None:
    text = (
        project.root.joinpath(STORY)
        .read_text()
        .replace("published: 2020-01-02\n", "published: 2020-01-02\nupdated: 2020-01-03\n")
    )
    project.write(STORY, text + "updates:\n  - date: 2020-01-05\n    text: More.\n")
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings] == [
        f"{STORY}:4:10: warning: 'updated' (2020-01-03) is earlier than the latest entry of 'updates' "
        "(2020-01-05); update it, or delete it to use that entry's date"
    ]


def test_an_event_added_after_the_story_last_changed_is_a_warning(project: Project) -> None:
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + "added: 2020-02-01\n")
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings] == [
        f"{EVENT}:7:8: warning: event 'e1' was added (2020-02-01) after the story last changed, "
        "'published' (2020-01-02); add an entry to 'updates' for it"
    ]
    # 'published' stays the date the story first came out: the advice is never to move it.
    with_updates(project, "  - date: 2020-01-20\n    text: A correction.\n")
    assert [str(w) for w in check_and_lint(content="content")[1]][-1] == (
        f"{EVENT}:7:8: warning: event 'e1' was added (2020-02-01) after the story last changed, "
        "the latest entry of 'updates' (2020-01-20); add an entry to 'updates' for it"
    )
    story = project.root.joinpath(STORY).read_text()  # 'updates' is its last key: one more entry
    project.write(STORY, story + "  - date: 2020-02-01\n    text: Added the first event.\n")
    assert check_and_lint(content="content")[1] == []
