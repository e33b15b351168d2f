"""A day of the week named right before a date it is not (``weekdays.py``)."""

from __future__ import annotations

import pytest

from generator.content.lint.weekdays import _day_names, _names_in
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY
from tests.content.lint.said import warnings as all_warnings


def _event(summary: str, date: str = "2024-03-26", title: str = "First event") -> str:
    return (
        f"title: {title}\ndate: {date}\nsummary: {summary}\n"
        "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n"
    )


def warnings(project: Project, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The warnings of the event file."""
    return [line for line in all_warnings(project, capsys) if line.startswith(EVENT)]


def test_a_wrong_day_of_the_week_before_a_date_is_warned_of_with_the_right_one(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 26 March 2024 was a Tuesday: readers are told two different days.
    project.write(EVENT, _event("On Monday 26 March 2024 the dam broke."))
    assert warnings(project, capsys) == [
        f"{EVENT}:3:13: warning: 'summary' names Monday right before 26 March 2024, which was a "
        "Tuesday: write 'Tuesday', or correct the date"
    ]


@pytest.mark.parametrize(
    "summary",
    [
        "On Tuesday 26 March 2024 the dam broke.",
        "On Tuesday, March 26, 2024, the dam broke.",
        "On Monday, 3 people were rescued.",  # a day of the week with no date beside it
        "From Monday 25 – Wednesday 27 March the roads were shut.",  # a range
        "From Friday 29 December to 2 January the roads were shut.",  # a range: whose year?
        "Monday 2024 was the year the dam broke.",
    ],
)
def test_a_right_day_or_none_beside_a_date_is_not_warned_of(
    project: Project, capsys: pytest.CaptureFixture[str], summary: str
) -> None:
    project.write(EVENT, _event(summary))
    assert warnings(project, capsys) == []


def test_a_date_without_its_year_takes_the_events(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(EVENT, _event("The dam broke.", title="Dam breaks on Monday 26 March"))
    assert warnings(project, capsys) == [
        f"{EVENT}:1:22: warning: 'title' names Monday right before 26 March, which was a Tuesday in "
        "2024 (the event's 'date'): write 'Tuesday', or correct the date"
    ]


def _in_language(project: Project, language: str) -> None:
    """Story A written in ``language``."""
    story = (project.root / STORY).read_text()
    project.write(STORY, f"{story}language: {language}\n")


def test_the_right_day_is_named_in_the_language_it_was_written_in(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _in_language(project, "es")
    project.write(EVENT, _event("El lunes 26 de marzo de 2024 se rompió la presa."))
    assert warnings(project, capsys) == [
        f"{EVENT}:3:13: warning: 'summary' names lunes right before 26 de marzo de 2024, which was a "
        "Tuesday: write 'martes', or correct the date"
    ]


def test_english_is_read_in_a_story_of_another_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Wire copy quoted as it came, in English.
    _in_language(project, "es")
    project.write(EVENT, _event('Según la agencia, "Monday 26 March 2024, the dam broke".'))
    assert warnings(project, capsys) == [
        f"{EVENT}:3:29: warning: 'summary' names Monday right before 26 March 2024, which was a "
        "Tuesday: write 'Tuesday', or correct the date"
    ]


@pytest.mark.parametrize(("language", "said"), [("en", []), ("fr", ["mardi"])])
def test_only_the_storys_language_and_english_are_read(
    project: Project, capsys: pytest.CaptureFixture[str], language: str, said: list[str]
) -> None:
    # A French day in an English story is not looked up: the names of every shipped
    # language, read for each check, took it a second or more.
    _names_in.cache_clear()
    _day_names.cache_clear()
    _in_language(project, language)
    project.write(EVENT, _event("Le lundi 26 mars 2024, le barrage a cédé."))
    assert [w.split("write '")[1].split("'")[0] for w in warnings(project, capsys)] == said
    assert _names_in.cache_info().currsize == len({language, "en"})


@pytest.mark.parametrize(
    ("language", "summary", "right"),
    [
        ("hi", "सोमवार 26 मार्च 2024 को बांध टूटा।", "मंगलवार"),
        ("bn", "সোমবার 26 মার্চ 2024 বাঁধ ভেঙে যায়।", "মঙ্গলবার"),
        ("ta", "திங்கள் 26 மார்ச் 2024 அன்று அணை உடைந்தது.", "செவ்வாய்"),
    ],
)
def test_a_day_written_with_vowel_signs_is_read(
    project: Project, capsys: pytest.CaptureFixture[str], language: str, summary: str, right: str
) -> None:
    # A word of these scripts holds vowel signs and viramas, which are not letters to a
    # regular expression's \w: 'सोमवार' was read as 'स' and 'मव', and no day was ever found.
    _in_language(project, language)
    project.write(EVENT, _event(summary))
    assert [w.split("write '")[1].split("'")[0] for w in warnings(project, capsys)] == [right]


@pytest.mark.parametrize(
    ("language", "summary", "column", "said"),
    [
        # Names of two words: the warning is at the name's start (after Hebrew's 'ב',
        # 'on'), and gives the right one whole.
        (
            "he",
            "ביום שני, 26 במרץ 2024 נפרץ הסכר.",
            11,
            "יום שני right before 26 במרץ 2024, which was a Tuesday: write 'יום שלישי'",
        ),
        (
            "vi",
            "Vào thứ Hai, ngày 26 tháng 3 năm 2024, con đập bị vỡ.",
            14,
            "thứ Hai right before ngày 26 tháng 3 năm 2024, which was a Tuesday: write 'Thứ Ba'",
        ),
        # Pashto's Tuesday, 'سه شنبه', ends with its Saturday, 'شنبه': the two words are read first.
        (
            "ps",
            "سه شنبه 27 مارچ 2024 بند مات شو.",
            10,
            "سه شنبه right before 27 مارچ 2024, which was a Wednesday: write 'چهارشنبه'",
        ),
        (
            "fa",
            "دوشنبه 26 مارس 2024 سد شکست.",
            10,
            "دوشنبه right before 26 مارس 2024, which was a Tuesday: write 'سه\u200cشنبه'",
        ),
        # A date check's hints read and the lint's reader did not: Croatian's, with its stop.
        (
            "hr",
            "U ponedjeljak, 26. ožujka 2024. probila se brana.",
            12,
            "ponedjeljak right before 26. ožujka 2024, which was a Tuesday: write 'utorak'",
        ),
    ],
)
def test_a_day_named_in_two_words_or_before_a_date_hints_read_is_read(
    project: Project, capsys: pytest.CaptureFixture[str], language: str, summary: str, column: int, said: str
) -> None:
    # 26 March 2024 was a Tuesday, 27 March a Wednesday. Hebrew, Vietnamese and Pashto
    # name the days in two words, and the lint looked up one word alone: none of their days
    # was found. The dates of Hebrew, Vietnamese and Croatian as CLDR writes them were read
    # by check's hints ('did you mean ...?') and not by the lint.
    _in_language(project, language)
    project.write(EVENT, _event(summary))
    assert warnings(project, capsys) == [
        f"{EVENT}:3:{column}: warning: 'summary' names {said}, or correct the date"
    ]


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        ("he", "ביום שלישי, 26 במרץ 2024 נפרץ הסכר."),
        ("vi", "Thứ Ba, 26 tháng 3, 2024, con đập bị vỡ."),
        ("ps", "چهارشنبه 27 مارچ 2024 بند مات شو."),
        ("hr", "U utorak, 26. ožujka 2024. probila se brana."),
        # Persian's Tuesday holds a zero-width joiner, read as a word's: not 'شنبه', Saturday.
        ("fa", "سه\u200cشنبه 26 مارس 2024 سد شکست."),
        ("ps", "سه\u200cشنبه 26 مارچ 2024 بند مات شو."),
        # Croatian's 'srp' with its year's stop is July (12 July 2023, a Wednesday); Czech's is August.
        ("hr", "U srijedu, odnosno srijeda 12. srp 2023. brana je pukla."),
        # Vietnamese's ordinals: 'thứ hai' is 'second' where 'thứ Hai' is Monday.
        ("vi", "Phiên tòa thứ hai ngày 26/3/2024 bị hoãn."),
        ("vi", "Vòng bầu cử thứ hai ngày 7 tháng 4 năm 2024."),
        # English's abbreviations are words and names in other languages: 'thư' (a letter)
        # and the name 'Thu' folded are 'thu', Thursday's.
        ("vi", "Bức thư ngày 26/3/2024 gửi Bộ Ngoại giao."),
        ("vi", "Chị Minh Thu ngày 26/3/2024 nói."),
    ],
)
def test_a_right_day_or_a_word_that_is_no_day_is_not_warned_of(
    project: Project, capsys: pytest.CaptureFixture[str], language: str, summary: str
) -> None:
    _in_language(project, language)
    project.write(EVENT, _event(summary))
    assert warnings(project, capsys) == []
