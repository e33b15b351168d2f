"""Warnings about a key number written as a bare number that the story's language writes
otherwise (``numbers.py``), each message exactly."""

from __future__ import annotations

import pytest

from generator.content.lint.numbers import in_one_way, in_own_digits
from generator.i18n import languages
from tests.conftest import Project
from tests.content.lint.said import STORY, warnings


def numbers(project: Project, language: str, *values: str) -> int:
    """The story given ``language`` and key numbers of ``values``, each with its label;
    the line of the first value."""
    story = project.root.joinpath(STORY).read_text()
    listed = "".join(f"  - value: {v}\n    label: what it counts\n" for v in values)
    project.write(STORY, f"{story}language: {language}\nkey_numbers:\n{listed}")
    return len(story.splitlines()) + 3


def test_a_bare_number_is_shown_as_written_and_told_how_its_language_writes_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A held-out Ukrainian story's 'value: 18.2' read '18.2' on its page, and
    # 'value: 1000000' '1000000', where Ukrainian writes '18,2' and '1 000 000'.
    line = numbers(project, "uk", "18.2", "1000000", "18.20", "3000", "85", '"1 000 000"', "-12500")
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number 18.2 is shown as written, "
        "'18.2'; Ukrainian writes it '18,2': write that, in quotes (value: \"18,2\")",
        f"content/story-a/story.yaml:{line + 2}:12: warning: key number 1000000 is shown as written, "
        "'1000000'; Ukrainian writes it '1 000 000': write that, in quotes (value: \"1 000 000\")",
        f"content/story-a/story.yaml:{line + 4}:12: warning: key number 18.20 is shown as written, "
        "'18.20'; Ukrainian writes it '18,20': write that, in quotes (value: \"18,20\")",
        f"content/story-a/story.yaml:{line + 12}:12: warning: key number -12500 is shown as written, "
        "'-12500'; Ukrainian writes it '-12 500': write that, in quotes (value: \"-12 500\")",
    ]


def test_a_number_its_language_writes_as_typed_is_not_warned_of(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # English writes 18.2 so, and a number of four digits or fewer needs no grouping (a
    # year, '2010', is not told to read '2,010').
    numbers(project, "en", "18.2", "85", "2010", '"1,000,000"')
    assert warnings(project, capsys) == []


def test_english_is_told_its_thousands_separator(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    line = numbers(project, "en", "1000000")
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number 1000000 is shown as written, "
        "'1000000'; English writes it '1,000,000': write that, in quotes (value: \"1,000,000\")",
    ]


def test_a_number_grouped_in_threes_is_told_as_hindi_groups_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Hindi story's key numbers showed '150,000' as an English source writes it, where
    # Hindi readers write the lakh, '1,50,000'. Below a lakh, the two are the same; a
    # number grouped as Hindi groups it, or a decimal one, is not told.
    line = numbers(project, "hi", '"150,000 लोग"', '"12,500,000 रुपये"', '"4,531 मीटर"', '"1,50,000"', '"2.5"')
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number '150,000 लोग' is shown as written; "
        'Hindi groups its digits otherwise: write value: "1,50,000 लोग"',
        f"content/story-a/story.yaml:{line + 2}:12: warning: key number '12,500,000 रुपये' is shown as "
        'written; Hindi groups its digits otherwise: write value: "1,25,00,000 रुपये"',
    ]


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_number_grouped_in_threes_is_not_told_where_its_language_groups_so_or_by_another_sign(
    project: Project, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    # English groups in threes; German's comma is its decimal sign, so '150,000' may be a
    # number with decimals there.
    numbers(project, language, '"150,000"')
    assert warnings(project, capsys) == []


def test_a_number_that_mixes_two_ways_of_writing_numbers_is_told_in_one(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '220٬000' (0-9 with Arabic's thousands separator) was published with no word; so
    # were Arabic's digits with a comma or a point, and digits of two scripts in one number.
    line = numbers(
        project,
        "ar",
        '"220٬000"',
        "أكثر من ٢٢٠,٠٠٠",
        '"١٨.٥"',
        '"1٬500"',
        '"2٢0"',
        '"220,000"',
        '"٢٢٠٬٠٠٠"',
        '"١.٢٠٠"',
    )
    why = (
        "mixes two ways of writing numbers (digits 0-9 with Arabic's separators '٬' '٫', Arabic's or "
        "Persian's digits with a comma or a point, or digits of both), which no reader writes; write it one way"
    )
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number '220٬000' {why}: value: \"220,000\"",
        f"content/story-a/story.yaml:{line + 2}:12: warning: key number 'أكثر من ٢٢٠,٠٠٠' {why}: "
        'value: "أكثر من ٢٢٠٬٠٠٠"',
        f"content/story-a/story.yaml:{line + 4}:12: warning: key number '١٨.٥' {why}: value: \"١٨٫٥\"",
        f"content/story-a/story.yaml:{line + 6}:12: warning: key number '1٬500' {why}: value: \"1,500\"",
        f"content/story-a/story.yaml:{line + 8}:12: warning: key number '2٢0' {why}: value: \"220\"",
    ]  # each written one way, and '١.٢٠٠' (a thousand, or one and a fifth) left as it reads both


def test_a_mixed_number_too_long_to_be_a_count_is_no_traceback(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Python reads no whole number of more than 4,300 digits: check stopped with a ValueError.
    numbers(project, "ar", '"2٢' + "0" * 5000 + '"')
    assert warnings(project, capsys) == []


@pytest.mark.parametrize(
    ("language", "number", "one_way"),
    [("en", "220٬000٫5", "220,000.5"), ("de", "220٬000٫5", "220.000,5"), ("fa", "۲۲۰,۰۰۰", "۲۲۰٬۰۰۰"),
     ("fa", "2۲0", "۲۲۰"), ("ar", "١٨,٥", "١٨٫٥"), ("ar", "1٬2٬3", None), ("ar", "1.000.000", None),
     ("ar", "١٬٠٠٠٫٥٫٢", None), ("en", "2,500.75", None),
     # 0-9 with Arabic's separators: as the language's own format writes it, which is
     # Persian's digits and '٬' (told '220,000' before), and Egyptian Arabic's, where
     # Arabic ('ar', CLDR's 0-9) and Urdu (0-9, but in India) write 0-9.
     ("fa", "220٬000", "۲۲۰٬۰۰۰"), ("fa", "220٬000٫5", "۲۲۰٬۰۰۰٫۵"), ("fa-AF", "18٫2", "۱۸٫۲"),
     ("ar-EG", "220٬000", "٢٢٠٬٠٠٠"), ("ar-SA", "1٬500", "١٬٥٠٠"), ("ar-MA", "220٬000٫5", "220.000,5"),
     ("ur", "220٬000", "220,000"), ("ur-IN", "220٬000", "۲۲۰٬۰۰۰"),
     # Arabic's digits in a language whose own are Persian's (CLDR's native digits, also
     # Urdu's where it writes 0-9 by default), and the other way round: in its own.
     ("fa", "٢٢٠,٠٠٠", "۲۲۰٬۰۰۰"), ("fa", "١٨.٥", "۱۸٫۵"), ("ur", "٢٢٠,٠٠٠", "۲۲۰٬۰۰۰"),
     ("ar", "۲۲۰,۰۰۰", "٢٢٠٬٠٠٠"), ("ar-EG", "۱۸.۵", "١٨٫٥"),
     ("en", "٢٢٠,٠٠٠", "٢٢٠٬٠٠٠")],
)  # fmt: skip
def test_a_mixed_number_is_written_in_one_way_as_its_language_writes_it(
    language: str, number: str, one_way: str | None
) -> None:
    spoken = languages.resolve(language)
    assert spoken is not None and in_one_way(number, spoken) == one_way


def test_a_number_in_another_arabic_script_languages_digits_is_told_in_the_languages_own(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '٢٢٠٬٠٠٠', Arabic's digits and separators throughout, was published in a Persian
    # story with no word: only a number mixing two ways was told. 0-9 are told of nowhere.
    line = numbers(project, "fa", '"٢٢٠٬٠٠٠"', "بیش از ١٨٫٥", '"۲۲۰٬۰۰۰"', '"220000"', '"٢٢٠٬٠٠٠ و 2٢0"')
    why = "is written in another Arabic-script language's digits; Persian writes its own (۰۱۲۳۴۵۶۷۸۹), or 0-9"
    mixed = (
        "mixes two ways of writing numbers (digits 0-9 with Arabic's separators '٬' '٫', Arabic's or "
        "Persian's digits with a comma or a point, or digits of both), which no reader writes; write it one way"
    )
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{line}:12: warning: key number '٢٢٠٬٠٠٠' {why}: value: \"۲۲۰٬۰۰۰\"",
        f"content/story-a/story.yaml:{line + 2}:12: warning: key number 'بیش از ١٨٫٥' {why}: "
        'value: "بیش از ۱۸٫۵"',
        f"content/story-a/story.yaml:{line + 8}:12: warning: key number '٢٢٠٬٠٠٠ و 2٢0' {mixed}: "
        'value: "۲۲۰٬۰۰۰ و ۲۲۰"',
    ]


@pytest.mark.parametrize(
    ("language", "number", "own"),
    [("fa", "٢٢٠٬٠٠٠", "۲۲۰٬۰۰۰"), ("ur", "١٨٫٥", "۱۸٫۵"), ("ar", "۲۲۰٬۰۰۰", "٢٢٠٬٠٠٠"), ("ar-EG", "۴۵", "٤٥"),
     # Its own digits, 0-9 (any language's), a language with no Arabic-script digits,
     # and a number with a comma or a point (``in_one_way``'s, or one that reads two ways).
     ("fa", "۲۲۰٬۰۰۰", None), ("ar", "٢٢٠٬٠٠٠", None), ("fa", "220٬000", None), ("en", "٢٢٠٬٠٠٠", None),
     ("fa", "١.٢٠٠", None), ("ur", "٢٢٠,٠٠٠", None)],
)  # fmt: skip
def test_a_number_in_other_arabic_script_digits_is_written_in_the_languages_own(
    language: str, number: str, own: str | None
) -> None:
    spoken = languages.resolve(language)
    assert spoken is not None and in_own_digits(number, spoken) == own
