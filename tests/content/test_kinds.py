"""Which names in a story's events/, figures/ and locations/ are content files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.kinds import Kind, collection_file_id, collection_files
from generator.content.load import load_content
from generator.errors import Problem


@pytest.mark.parametrize(
    ("name", "file_id"),
    [
        ("e2.yaml", "e2"),
        ("Bad id.yaml", "Bad id"),  # a content file still: loading refuses its id
        (".e2.yaml", None),
        ("_e2.yaml", None),
        ("~e2.yaml", None),
        ("e2.yaml~", None),
        ("#e2.yaml#", None),
        ("e2.yml", None),
        ("e2.YAML", None),
        ("e2.yaml.orig", None),
        ("e2.yaml.txt", None),
        ("yaml", None),
    ],
)
def test_which_names_in_a_collection_are_content_files(name: str, file_id: str | None) -> None:
    assert collection_file_id(name) == file_id


def test_the_files_a_collection_is_said_to_hold_are_those_loading_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    events = tmp_path / "content" / "s" / "events"
    events.mkdir(parents=True)
    (tmp_path / "content" / "s" / "story.yaml").write_text("title: S\n")
    names = (
        "a.yaml",
        ".b.yaml",
        "_c.yaml",
        "~d.yaml",
        "e.yaml~",
        "#f.yaml#",
        "g.yml",
        "H.YAML",
        "i.yaml.rej",
    )
    for name in names:
        (events / name).write_text("title: x\n")
    (events / "folder.yaml").mkdir()
    (events / "to-a-folder.yaml").symlink_to("folder.yaml")
    (events / "linked.yaml").symlink_to("a.yaml")
    assert collection_files("content/s", Kind.EVENT) == ["a.yaml", "linked.yaml"]
    assert collection_files("content/s", Kind.EVENT, regular_only=True) == ["a.yaml"]
    assert collection_files("content/s", Kind.FIGURE) == []  # no figures/ at all
    problems: list[Problem] = []
    (story,) = load_content("content", problems).stories
    assert sorted(story.files[Kind.EVENT]) == ["a", "linked"]
