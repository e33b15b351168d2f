"""A file's bytes read as text (``filetext.py``): UTF-8 with or without a byte-order
mark, other encodings told by line and letter, and merge conflicts left by git refused, as
``explainer check`` reports them for content files."""

from __future__ import annotations

import pytest

from generator.content.filetext import SAVE_AS_UTF_8, decode, merge_conflicts, text_or_none
from generator.errors import Problem
from tests.conftest import Project


def test_decode_takes_utf8_and_drops_a_byte_order_mark() -> None:
    problems: list[Problem] = []
    assert decode("\ufefftitle: Café\n".encode(), "f.yaml", problems) == "title: Café\n"
    assert problems == []


def test_text_or_none_reads_a_file_as_loading_does_and_says_nothing() -> None:
    assert text_or_none("\ufefftitle: Café\n".encode()) == "title: Café\n"
    assert text_or_none("title: Café\n".encode("latin-1")) is None
    assert text_or_none("title: Café\n".encode("utf-16")) is None  # loading refuses it too


def test_decode_says_how_to_save_a_file_of_another_encoding() -> None:
    problems: list[Problem] = []
    assert decode("title: Caf\u00e9\n".encode("cp1252"), "f.yaml", problems, how="do this") is None
    assert [str(p) for p in problems] == [
        "f.yaml:1:11: file is not UTF-8 text (byte 0xe9 after 'title: Caf'); do this"
    ]
    assert SAVE_AS_UTF_8.startswith("save it as UTF-8")


def test_merge_conflicts_are_found_only_whole_and_at_a_lines_start() -> None:
    whole = "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> other\nd\n"
    assert merge_conflicts(whole) == [(2, 6)]
    assert merge_conflicts("x <<<<<<< HEAD\n=======\n>>>>>>> other\n") == []  # not at a line's start
    assert merge_conflicts("<<<<<<< HEAD\nb\n>>>>>>> other\n") == []  # no middle


def test_non_utf8_files_are_errors_with_the_position(project: Project) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "name: Caf\xe9\nrole: x\n".encode("latin-1"))
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:10: file is not UTF-8 text (byte 0xe9 after 'name: Caf'); "
        "save it as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)"
    ]


def test_a_bad_byte_is_placed_in_letters_and_lines_as_the_editor_counts_them(project: Project) -> None:
    # Lines ended in CR (an old Mac), a UTF-8 letter before the bad byte and a byte-order
    # mark in front: the column was counted in bytes from the file's start, the line in LFs.
    text = "\ufeffname: Fig A\rrole: \u00e9t\u00e9 \xe9\r"
    project.write(
        "content/story-a/figures/fig-a.yaml", text.encode("utf-8").replace(b"\xc3\xa9\r", b"\xe9\r")
    )
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:2:11: file is not UTF-8 text (byte 0xe9 after 'role: été'); "
        "save it as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)"
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_a_file_saved_as_utf16_is_told_so(project: Project, encoding: str) -> None:
    # Windows Notepad's 'Unicode' (with a byte-order mark); the first bad byte said nothing.
    project.write("content/story-a/figures/fig-a.yaml", "name: Café\r\nrole: x\r\n".encode(encoding))
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:1: file is saved as UTF-16 (what Windows calls 'Unicode'); "
        "save it as UTF-8 (in Notepad: Save As, then Encoding: UTF-8)"
    ]


def test_a_merge_conflict_left_in_a_file_names_its_lines(project: Project) -> None:
    # git leaves both versions between its marker lines; one was a YAML syntax error
    # ('no ':' after its key'), one in a quoted text was valid YAML and shown to readers.
    project.write(
        "content/story-a/figures/fig-a.yaml",
        """\
        <<<<<<< HEAD
        name: Fig A
        =======
        name: Figure A
        >>>>>>> 1a2b3c4 (Rename the figure)
        role: "The one
        <<<<<<< HEAD
        who went
        ||||||| merged common ancestors
        who left
        =======
        who came
        >>>>>>> other"
        """,
    )
    fix = (
        "keep the version you want (between '<<<<<<<' and '=======', or between '=======' and "
        "'>>>>>>>'), and delete the other and the three marker lines"
    )
    assert project.problems() == [
        f"content/story-a/figures/fig-a.yaml:1:1: this file still has a merge conflict from git: lines 1-5; {fix}",
        f"content/story-a/figures/fig-a.yaml:7:1: this file still has a merge conflict from git: lines 7-13; {fix}",
    ]


def test_lines_like_a_merge_conflicts_inside_a_text_are_text(project: Project) -> None:
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Fig A\nrole: x\nsummary: |\n  <<<<<<< a\n  =======\n  >>>>>>> b\n",
    )
    assert project.problems() == []


def test_a_utf8_byte_order_mark_is_accepted(project: Project) -> None:
    project.write("content/site.yaml", "\ufefftitle: Test site\n".encode())
    assert project.problems() == []


def test_a_bad_byte_is_placed_on_the_line_yaml_would_place_a_mistake_there(project: Project) -> None:
    # One count of lines for the file: YAML ends a line at a Unicode line separator too
    # (yamlsyntax/lines.LINE_BREAK), so a bad byte after one is on the line a YAML mistake at
    # the same place is said to be on (line 2 each, where a count of LFs said line 1).
    figure = "content/story-a/figures/fig-a.yaml"
    project.write(figure, "name: Fig A\u2028role: [x\n".encode())
    [yaml_mistake] = project.problems()
    project.write(
        figure, "name: Fig A\u2028role: \u00e9t\u00e9\n".encode().replace(b"\xc3\xa9t\xc3\xa9", b"\xe9")
    )
    [bad_byte] = project.problems()
    assert yaml_mistake.startswith(f"{figure}:2:") and bad_byte.startswith(f"{figure}:2:7: file is not UTF-8")
