"""Problems as editors read them: ``path:line:col: message``, in file order, never with a
raw control character, and with a suggestion when a name is nearly right."""

from __future__ import annotations

import pickle
import re

import pytest

from generator import errors
from generator.errors import (
    ContentError,
    Position,
    Problem,
    Severity,
    closest_id,
    did_you_mean,
    printable,
    stacked_marks,
    unseen_character,
)


@pytest.mark.parametrize(
    ("problem", "printed"),
    [
        (Problem(Position("content/a.yaml", 3, 7), "bad"), "content/a.yaml:3:7: bad"),
        (Problem(Position("content/a.yaml"), "empty"), "content/a.yaml:1:1: empty"),
        (Problem(Position("templates/x.html", 12, None), "oops"), "templates/x.html:12: oops"),
        (
            Problem(Position("content/a.yaml", 2, 1), "no sources", Severity.WARNING),
            "content/a.yaml:2:1: warning: no sources",
        ),
    ],
)
def test_a_problem_is_printed_as_path_line_column_message(problem: Problem, printed: str) -> None:
    assert str(problem) == printed


def test_control_characters_are_printed_as_escapes_in_the_path_and_the_message() -> None:
    problem = Problem(Position("content/\x1b[2J.yaml", 1, 1), "unknown key '\x07\x9b'")
    assert str(problem) == "content/\\x1b[2J.yaml:1:1: unknown key '\\x07\\x9b'"


def test_a_line_break_quoted_from_the_content_is_printed_as_an_escape() -> None:
    # A link to 'media/a%0Aok: 1 story.pdf' is reported with its address decoded: printed
    # raw, its line break began a line of its own, which read as the tally of a clean run.
    problem = Problem(Position("content/a.yaml", 4, 2), "no file 'media/a\nok: 1 story.pdf' in this story")
    assert str(problem) == "content/a.yaml:4:2: no file 'media/a\\nok: 1 story.pdf' in this story"
    assert "\n" not in str(Problem(Position("content/a\nb.yaml"), "x"))


def test_a_line_separator_quoted_from_the_content_is_printed_as_an_escape() -> None:
    # 'search: "a\u2028b"' was reported with the value quoted as it is: U+2028 (a line
    # break to YAML, to Python's splitlines and to editors' tools) cut the problem in two.
    problem = Problem(
        Position("content/site.yaml", 8, 9), "'search' must be true or false, got 'a\u2028b\u2029c'"
    )
    assert str(problem) == "content/site.yaml:8:9: 'search' must be true or false, got 'a\\u2028b\\u2029c'"
    assert len(str(problem).splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain text, é and ✓", "plain text, é and ✓"),
        ("tab\tand\nline break", "tab\tand\nline break"),
        ("\x00\x08\x0b\x0c\r\x1f", "\\x00\\x08\\x0b\\x0c\\r\\x1f"),
        ("\x7f\x85\x9f\xa0", "\\x7f\\x85\\x9f\xa0"),
        ("bad\udcff.yaml", "bad\\udcff.yaml"),  # a file name's byte that is not UTF-8
        # What reorders the text after it: a name that would show as 'xexe.jpg', an isolate
        ("media/x\u202egpj.exe", "media/x\\u202egpj.exe"),
        ("\u2067a\u2069 \u200f", "\\u2067a\\u2069 \u200f"),
    ],
)
def test_printable_escapes_control_characters_but_tab_and_line_break(text: str, shown: str) -> None:
    assert printable(text) == shown


def test_content_errors_are_in_file_then_line_then_column_order() -> None:
    problems = [
        Problem(Position("content/b.yaml", 1, 1), "b"),
        Problem(Position("content/a.yaml", 10, 1), "a10"),
        Problem(Position("content/a.yaml", 2, 5), "z"),
        Problem(Position("content/a.yaml", 2, 5), "y"),
        Problem(Position("content/a.yaml", 2, 1), "a2-1"),
        Problem(Position("content/a.yaml", 2, None), "no column"),
    ]
    error = ContentError(problems)
    assert [p.message for p in error.problems] == ["no column", "a2-1", "y", "z", "a10", "b"]
    assert str(error) == "\n".join(
        [
            "content/a.yaml:2: no column",
            "content/a.yaml:2:1: a2-1",
            "content/a.yaml:2:5: y",
            "content/a.yaml:2:5: z",
            "content/a.yaml:10:1: a10",
            "content/b.yaml:1:1: b",
        ]
    )


def test_problems_a_broken_file_causes_come_right_after_its_own() -> None:
    problems = [
        Problem(Position("content/figures/x.yaml", 3, 1), "own, later"),
        Problem(Position("content/events/b.yaml", 2, 1), "b refers to x", cause="content/figures/x.yaml"),
        Problem(Position("content/events/a.yaml", 9, 1), "a refers to x", cause="content/figures/x.yaml"),
        Problem(Position("content/events/a.yaml", 1, 1), "a's own"),
        Problem(Position("content/figures/x.yaml", 1, 1), "own"),
        Problem(Position("content/figures/y.yaml", 1, 1), "y's own"),
    ]
    assert [p.message for p in ContentError(problems).problems] == [
        "a's own",
        "own",
        "own, later",
        "a refers to x",
        "b refers to x",
        "y's own",
    ]


def test_a_content_error_survives_pickling_for_the_helper_process() -> None:
    # The forked renderer sends errors back pickled; they must arrive whole and in order.
    warning = Problem(Position("c", 3, 1), "three", Severity.WARNING)
    error = ContentError(
        [Problem(Position("b", 2, 1), "two"), Problem(Position("a", 1, None), "one")], [warning]
    )
    again = pickle.loads(pickle.dumps(error))
    assert again.problems == error.problems
    assert again.warnings == [warning]
    assert str(again) == "a:1: one\nb:2:1: two"


@pytest.mark.parametrize(
    ("word", "choices", "suffix"),
    [
        ("titel", ["title", "summary", "date"], "; did you mean 'title'?"),
        ("sumary", {"summary", "sources"}, "; did you mean 'summary'?"),
        # A tie is settled by the names, not by the order they come in.
        ("fig-b", ["fig-a", "fig-c"], "; did you mean 'fig-c'?"),
        ("fig-b", ["fig-c", "fig-a"], "; did you mean 'fig-c'?"),
        ("location", ["title", "date"], ""),
        ("x", [], ""),
    ],
)
def test_did_you_mean_suggests_one_close_choice(word: str, choices: list[str], suffix: str) -> None:
    assert did_you_mean(word, choices) == suffix


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ann\u200b-lee", " (it holds an invisible zero width space, U+200B, after 'ann': delete it)"),
        (
            "\ufeffann-lee",
            " (it holds an invisible zero width no-break space, U+FEFF, at its start: delete it)",
        ),
        (
            "ann\u00a0lee",
            " (it holds a no-break space, U+00A0, after 'ann', where a space goes: type it again)",
        ),
        ("ann-lee", ""),
        ("Ann Lee", ""),
    ],
)
def test_a_character_the_editor_cannot_see_or_tell_apart_is_named(text: str, said: str) -> None:
    assert unseen_character(text) == said


def test_stacked_marks_finds_a_run_of_more_than_thirty_marks_wherever_it_is() -> None:
    chinese = "東京大学" * 1000  # a run the quick look takes in, with no mark in it
    assert stacked_marks(chinese) is None
    assert stacked_marks("Nguyễn " + "a" + "\u0301" * 30) is None
    found = stacked_marks(chinese + "\u0301\u0316" * 16)
    assert found is not None and found.span() == (4000, 4032)
    found = stacked_marks("x " + "\u0f73" * 31)  # two marks each, once decomposed
    assert found is not None and found.start() == 2


def test_every_character_made_of_combining_marks_alone_is_in_the_blocks_looked_at_first() -> None:
    """``stacked_marks`` looks for a long run of ``MARK_BLOCKS`` first, written out (listing
    the marks took 40 ms of every build with a letter beyond ASCII): a mark outside them
    (a later Unicode's) would be missed, and its runs not refused."""
    blocks = re.compile(f"[{errors.MARK_BLOCKS}]")
    assert [hex(c) for c in errors._marks() if not blocks.fullmatch(chr(c))] == []


def test_the_list_of_marks_is_not_made_for_text_without_a_long_run_of_their_blocks() -> None:
    errors._stacked_marks.cache_clear()
    assert errors.stacked_marks("Café, Straße, Київ, 東京, 서울, القاهرة " * 100) is None
    assert errors._stacked_marks.cache_info().currsize == 0
    assert errors.stacked_marks("e" + "\u0301" * 31) is not None


IDS = ["seventh", "event-12", "event-3", "2010-04-08-bakiyev-flees-south", "roza-otunbayeva", "src-a"]


@pytest.mark.parametrize(
    ("written", "ids", "meant"),
    [
        ("event-2", ["seventh"], None),  # its letters alone: far-fetched, for an id with a number
        ("event-2", ["seventh", "event-12"], "event-12"),
        ("evnt-3", IDS, "event-3"),  # the id with its number first
        ("sevnth", IDS, "seventh"),
        ("2010-04-08-bakiyev-flees-sout", IDS, "2010-04-08-bakiyev-flees-south"),
        ("roza-otunbaeva", IDS, "roza-otunbayeva"),
        ("src", IDS, "src-a"),
        ("guardian", IDS, None),
    ],
)
def test_an_id_is_suggested_the_one_with_its_numbers_and_never_a_far_fetched_word(
    written: str, ids: list[str], meant: str | None
) -> None:
    assert closest_id(written, ids) == meant


def test_an_id_with_the_same_numbers_goes_before_one_spelt_a_little_more_alike() -> None:
    # 'rally-2010' is spelt more like 'rally-2012' than like 'rallies-2010'.
    assert closest_id("rally-2010", ["rally-2012", "rallies-2010"]) == "rallies-2010"
