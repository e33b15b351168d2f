"""An event file's own warnings (``events.py``), each message exactly."""

from __future__ import annotations

import pytest

from generator.content.lint.events import CIRCA_PHRASED
from generator.content.schema import DATE_PHRASES
from tests.conftest import Project, time_limit
from tests.content.lint.said import EVENT, STORY, warnings
from tests.images import tiny_png


def test_an_event_without_sources(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    project.write(
        EVENT, "title: First event\ndate: 2020-01-01\nsummary: S\nfigures: [fig-a]\nlocations: [loc-a]\n"
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: event 'e1' cites no source; add 'sources:'",
        f"{STORY}:5:3: warning: source 'src-a' is not cited anywhere",
    ]


def test_an_event_whose_sources_are_empty(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # 'explainer new event' writes 'sources: []': the warning points at it, not at the title.
    project.write(
        EVENT, "title: First event\ndate: 2020-01-01\nsummary: S\nsources: []  # ids in story.yaml\n"
    )
    assert warnings(project, capsys)[0] == (
        f"{EVENT}:4:1: warning: event 'e1' cites no source: its 'sources' list is empty; put in it the "
        "ids of sources given under 'sources:' in story.yaml, as in 'sources: [an-id]'"
    )


def test_a_summary_over_120_words(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    text = project.root.joinpath(EVENT).read_text().replace("Something happened.", "word " * 121)
    project.write(EVENT, text)
    assert warnings(project, capsys) == [
        f"{EVENT}:3:10: warning: summary has 121 words; keep it under 120 and move the rest to 'body'"
    ]


def test_counting_a_summarys_words_takes_no_time_for_link_ends_that_never_close(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A link's address is left out of the count: each '](' was looked for its ')' to the
    # end of the text, so 75,000 of them with none took 7 s of check (a hostile pull request).
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text.replace("Something happened.", '"' + "](" * 75_000 + " word" * 121 + '"'))
    with time_limit(2):
        said = warnings(project, capsys)
    assert (
        f"{EVENT}:3:10: warning: summary has 121 words; keep it under 120 and move the rest to 'body'" in said
    )


def test_a_links_address_is_not_counted_among_a_summarys_words(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    words = "word " * 117
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT, text.replace("Something happened.", f"{words}[the report](https://x.org/a-b-c-d) (here)")
    )
    assert warnings(project, capsys) == []
    project.write(
        EVENT, text.replace("Something happened.", f"{words}[the report](https://x.org/a-b-c-d here")
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:3:10: warning: summary has 127 words; keep it under 120 and move the rest to 'body'"
    ]


def test_circa_with_a_date_phrase_is_said_not_to_show(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'From 1 June 2025' on the pages, though the gap after it said "About 17 months later".
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "date_phrase: from\ncirca: true\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:8:8: warning: 'circa' is not shown with 'date_phrase: from' (pages say the phrase and "
        "the date alone); to say both, write the date as readers should read it in 'display_date' "
        "(e.g. 'From about June 2025'), or delete 'circa'"
    ]
    project.write(EVENT, text + "date_phrase: from\ncirca: true\ndisplay_date: From about June 2020\n")
    assert warnings(project, capsys) == []
    project.write(EVENT, text + "circa: true\n")
    assert warnings(project, capsys) == []
    # The example fits the phrase: "From about..." was offered for 'between' too.
    project.write(EVENT, text + "end: 2020-01-09\ndate_phrase: between\ncirca: true\n")
    said = warnings(project, capsys)
    assert any("(e.g. 'Between about 3 and 10 June 2025')" in line for line in said), said
    assert set(CIRCA_PHRASED) == set(DATE_PHRASES)


def test_an_event_taken_out_is_spared_the_warnings_of_what_is_no_longer_shown(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only its title and reason are published: no source to cite, no summary too long, no
    # credit for a picture no one sees, no duplicate of the event that put it right
    # (same date and title), no date later than the story's, no 'added' to question.
    project.write("content/story-a/media/p.png", tiny_png())
    removed = "removed:\n  date: 2020-01-03\n  reason: It was wrong.\n"
    project.write(
        "content/story-a/events/e0.yaml",
        "title: First event\ndate: 2020-01-01\nadded: 2019-12-01\nimage: {src: media/p.png, alt: A}\n"
        f"summary: {'word ' * 130}\n{removed}",
    )
    project.write("content/story-a/events/e3.yaml", f"title: Later\ndate: 2030-01-01\nsummary: S\n{removed}")
    project.write(
        STORY, project.root.joinpath(STORY).read_text() + "updates:\n  - date: 2020-01-03\n    text: T\n"
    )
    assert warnings(project, capsys) == []


def test_a_date_in_a_year_of_the_buddhist_era_is_told_its_year_in_the_common_era(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Thai editor counts years in the Buddhist Era (พ.ศ. 2561 is 2018): '2561-07-10' is a
    # valid date, and built without a word, 543 years ahead, after every other event.
    project.write(
        EVENT,
        "title: First event\ndate: 2561-07-08\nsummary: S\nsources: [src-a]\nfigures: [fig-a]\nlocations: [loc-a]\n",
    )
    said = (
        "is far ahead: if it is a year of the Buddhist Era (พ.ศ.), as Thai dates count them, write it in "
        "the Common Era's, 2018"
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:2:7: warning: 'date' (2561-07-08): its year, 2561, {said} ('2018-07-08')"
    ]
    project.write(
        EVENT,
        "title: First event\ndate: 2018-07-08\nend: 2561-07-10T17:40\nsummary: S\nsources: [src-a]\n"
        "figures: [fig-a]\nlocations: [loc-a]\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:3:6: warning: 'end' (2561-07-10T17:40): its year, 2561, {said} ('2018-07-10T17:40')"
    ]
