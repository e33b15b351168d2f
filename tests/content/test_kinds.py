"""Which names in a story's events/, figures/ and locations/ are content files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content import schema
from generator.content.filerules import RECORDS
from generator.content.kinds import MEDIA_FOLDER, Kind, collection_file_id, collection_files, published_media
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


def test_each_kind_is_named_in_the_singular_as_the_schema_names_its_files() -> None:
    # Loading and the cross-file check cut the 's' off the folder's name ('events'[:-1]),
    # which says nothing of site.yaml or story.yaml; the singular is the one the schema
    # publishes each kind's record under, and the one a reference's kind names.
    assert {kind: kind.singular for kind in Kind} == {
        Kind.SITE: "site",
        Kind.STORY: "story",
        Kind.EVENT: "event",
        Kind.FIGURE: "figure",
        Kind.LOCATION: "location",
    }
    assert all(RECORDS[kind] is schema.FILES[kind.singular] for kind in Kind)


def test_a_file_named_with_no_id_is_said_to_be_of_its_folders_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    figures = tmp_path / "content" / "story-a" / "figures"
    figures.mkdir(parents=True)
    (tmp_path / "content" / "site.yaml").write_text("title: T\n", encoding="utf-8")
    (figures.parent / "story.yaml").write_text("title: S\n", encoding="utf-8")
    (figures / "Bad id.yaml").write_text("name: N\nrole: R\n", encoding="utf-8")
    problems: list[Problem] = []
    load_content("content", problems)
    assert [str(p).partition(": use")[0] for p in problems] == [
        "content/story-a/figures/Bad id.yaml:1:1: 'Bad id' is not a valid figure id"
    ]


def test_a_story_s_media_file_is_published_under_the_media_folder_s_name() -> None:
    # One definition of where a media file lands in the site: the copying and the
    # pictures' renditions both ask it, and it follows the folder's name.
    assert published_media("harbour-strike", "maps/port 1.png") == "harbour-strike/media/maps/port 1.png"
    assert published_media("s", "x.pdf").split("/")[1] == MEDIA_FOLDER
