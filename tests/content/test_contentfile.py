"""Reading one content file: encodings, line endings, empty files, files that are no mapping, files too large."""

from __future__ import annotations

import time

import pytest

from tests.conftest import Project


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_of_windows_and_old_macs_are_read_and_placed(project: Project, newline: str) -> None:
    text = "name: Fig A\nrole: x\nborn: soon\n".replace("\n", newline)
    project.write("content/story-a/figures/fig-a.yaml", text.encode())
    assert [p.split(": ", 1)[0] for p in project.problems()] == ["content/story-a/figures/fig-a.yaml:3:1"]


def test_empty_files_are_errors(project: Project) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "")
    project.write("content/story-a/locations/loc-a.yaml", "# only a comment\n")
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:1: file is empty; expected 'key: value' lines",
        "content/story-a/locations/loc-a.yaml:1:1: file has only comments (lines starting with '#'), "
        "which YAML skips; expected 'key: value' lines: remove the '#' in front of the lines to keep",
    ]


def test_a_file_that_is_not_a_mapping_is_an_error(project: Project) -> None:
    project.write("content/story-a/figures/fig-a.yaml", "- name: x\n")
    project.write("content/story-a/locations/loc-a.yaml", "just text\n")
    assert project.problems() == [
        "content/story-a/figures/fig-a.yaml:1:1: expected 'key: value' lines, got a list",
        "content/story-a/locations/loc-a.yaml:1:1: expected 'key: value' lines, got a single value",
    ]


def test_files_over_one_megabyte_are_refused(project: Project) -> None:
    project.write("content/story-a/figures/big.yaml", "name: x\nrole: y\nsummary: " + "a" * 1_000_001)
    assert project.problems() == [
        "content/story-a/figures/big.yaml:1:1: file is larger than 1 MB; split it or move media to media/"
    ]


def test_a_file_of_one_key_without_a_space_after_its_colon_says_so(project: Project) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name:Place A\n")
    assert project.problems() == [
        "content/story-a/locations/loc-a.yaml:1:6: expected 'key: value' lines: put a space after ':' "
        "(name: Place A)",
    ]


def test_a_text_with_thousands_of_marks_on_one_letter_is_refused_at_once(project: Project) -> None:
    # Putting the marks in Unicode's order (matching a name, sorting, reading a date)
    # takes the square of the run: a date of 40,000 marks took 56 s to check.
    marks = "\u0301" * 20_000 + "\u0316" * 20_000  # an acute above, then a grave below
    project.write("content/story-a/figures/fig-a.yaml", f'name: Fig A\nrole: x\nborn: "1950{marks}"\n')
    project.write("content/story-a/locations/loc-a.yaml", f"name: A{chr(0x0F73) * 40}\nkind: city\n")
    started = time.perf_counter()
    problems = project.problems()
    assert time.perf_counter() - started < 5
    said = "accents or other combining marks in a row on one letter, more than any writing uses (at most 30)"
    assert problems == [
        f"content/story-a/figures/fig-a.yaml:3:12: this text holds 40,000 {said}; remove them",
        f"content/story-a/locations/loc-a.yaml:1:8: this text holds 40 {said}; remove them",
    ]


def test_marks_written_as_escapes_or_across_a_values_lines(project: Project) -> None:
    # The file is looked at first, and its values only where it may hold such a run: a
    # quoted text's escapes ('\\u0301') are marks only once parsed, and a value's lines
    # are joined with a space, which ends a run.
    escaped = "\\u0301" * 31
    project.write("content/story-a/figures/fig-a.yaml", f'name: Fig A\nrole: "x{escaped}"\n')
    folded = "\u0301" * 20
    project.write("content/story-a/locations/loc-a.yaml", f"name: A{folded}\n  {folded}\nkind: city\n")
    said = "accents or other combining marks in a row on one letter, more than any writing uses (at most 30)"
    assert project.problems() == [
        f"content/story-a/figures/fig-a.yaml:2:9: this text holds 31 {said}; remove them",
    ]


def test_letters_with_the_marks_writing_uses_are_read(project: Project) -> None:
    # Vietnamese, Hebrew with its points and cantillation, and thirty marks, the most
    # Unicode's stream-safe text has.
    name = "Nguyễn Thị Hồng, בְּרֵאשִׁ֖ית, a" + "\u0301" * 30
    project.write("content/story-a/figures/fig-a.yaml", f"name: {name}\nrole: x\n")
    assert not [p for p in project.problems() if "fig-a" in p]
