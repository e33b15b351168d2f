"""Content files saved where none is read: an event, a figure or a place beside story.yaml, or a story's file beside site.yaml."""

from __future__ import annotations

from generator.commands.check import check_and_lint
from tests.conftest import Project


def test_an_event_figure_or_place_saved_beside_story_yaml_is_a_warning_saying_where_it_goes(
    project: Project,
) -> None:
    # It was passed over without a word: the event was simply missing from the story.
    project.write("content/story-a/2021-03-28-plans.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    project.write("content/story-a/ann-lee.yaml", "name: Ann Lee\nrole: A witness\n")
    project.write("content/story-a/port.yaml", "name: The port\ncoordinates: [10, 20]\n")
    project.write("content/story-a/e1.yaml", "title: Event 1\ndate: 2010-04-07\nsummary: S.\n")
    project.write("content/story-a/notes.yaml", "title: Call the port\nwho: Ann\n")  # notes stay ignored
    project.write("content/story-a/broken.yaml", "title: [x\n")
    # A model kept on purpose, named as the warning says: passed over.
    project.write("content/story-a/_template.yaml", "title: Title\ndate: 2021-01-01\nsummary: S.\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    keep = " (or, to keep it here unread, as a model to copy, start its name with '_')"
    assert sorted(str(w) for w in warnings) == [
        "content/story-a/2021-03-28-plans.yaml:1:1: warning: not read: this is an event, and a story "
        f"reads them from events/ only; move it there{keep}",
        "content/story-a/ann-lee.yaml:1:1: warning: not read: this is a figure, and a story reads them "
        f"from figures/ only; move it there{keep}",
        "content/story-a/e1.yaml:1:1: warning: not read: this is an event, and a story reads them from "
        "events/ only; events/e1.yaml is there already: merge what this copy changed into it and "
        f"delete this one{keep}",
        "content/story-a/port.yaml:1:1: warning: not read: this is a place, and a story reads them from "
        f"locations/ only; move it there{keep}",
    ]


def test_a_story_yaml_event_figure_or_place_saved_beside_site_yaml_is_a_warning_saying_where_it_goes(
    project: Project,
) -> None:
    # Only site.yaml is read there: the event (or the whole story) was missing without a word.
    project.write("content/2021-03-28-plans.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    project.write("content/ann-lee.yaml", "name: Ann Lee\nrole: A witness\n")
    project.write("content/port.yaml", "name: The port\ncoordinates: [10, 20]\n")
    project.write("content/story.yaml", "title: A story\nsummary: S.\npublished: 2021-03-01\n")
    project.write("content/notes.yaml", "title: Call the port\nwho: Ann\n")  # notes stay ignored
    project.write("content/broken.yaml", "title: [x\n")
    project.write("content/_template.yaml", "title: Title\ndate: 2021-01-01\nsummary: S.\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    keep = " (or, to keep it here unread, as a model to copy, start its name with '_')"
    assert sorted(str(w) for w in warnings) == [
        "content/2021-03-28-plans.yaml:1:1: warning: not read: this is an event, and only a story reads "
        f"them, from its events/ folder; move it into story-a/events/{keep}",
        "content/ann-lee.yaml:1:1: warning: not read: this is a figure, and only a story reads them, from "
        f"its figures/ folder; move it into story-a/figures/{keep}",
        "content/port.yaml:1:1: warning: not read: this is a place, and only a story reads them, from its "
        f"locations/ folder; move it into story-a/locations/{keep}",
        "content/story.yaml:1:1: warning: not read: a story's story.yaml is read from the story's own "
        "folder only (<story-id>/story.yaml, beside its events/); move it into the folder of its story"
        f"{keep}",
    ]


def test_a_file_beside_site_yaml_of_a_content_folder_of_several_stories_is_told_the_kind_of_folder(
    project: Project,
) -> None:
    project.write("content/story-b/story.yaml", "title: B\nsummary: S.\npublished: 2021-03-01\n")
    project.write("content/e9.yaml", "title: Plans\ndate: 2021-03-28\nsummary: S.\n")
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "e9" in str(w)] == [
        "content/e9.yaml:1:1: warning: not read: this is an event, and only a story reads them, from its "
        "events/ folder; move it into the events/ folder of its story (or, to keep it here unread, as a "
        "model to copy, start its name with '_')"
    ]
