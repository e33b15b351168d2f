"""Which page folders a build makes ahead, from file names alone."""

from __future__ import annotations

from pathlib import Path

from generator.speed import ahead
from tests.conftest import Project


def test_the_folders_follow_the_file_names_of_each_story(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", "")
    project.write("content/story-a/events/.e3.yaml", "")  # hidden: never loaded
    project.write("content/story-a/events/e4.yaml~", "")  # an editor's backup
    project.write("content/story-a/events/notes.txt", "")
    project.write("content/_private/story.yaml", "")
    project.write("content/_private/events/x.yaml", "")
    project.write("content/no-story/events/y.yaml", "")  # no story.yaml: not a story
    assert ahead.likely_folders(str(project.root / "content")) == [
        "story-a",
        "story-a/events",
        "story-a/events/e1",
        "story-a/events/e2",
        "story-a/figures",
        "story-a/figures/fig-a",
        "story-a/locations",
        "story-a/locations/loc-a",
    ]


def test_a_missing_content_folder_suggests_nothing(tmp_path: Path) -> None:
    assert ahead.likely_folders(str(tmp_path / "nowhere")) == []


def test_folders_are_made_parents_first_and_only_those_made_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    made = ahead.make_folders(str(tmp_path), ["a", "a/b", "a/b/c", "x/y"])
    assert made == {"a/b", "a/b/c"}  # 'a' was there already; 'x/y' has no parent
    assert (tmp_path / "a" / "b" / "c").is_dir() and not (tmp_path / "x").exists()
