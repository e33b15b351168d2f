"""Each content file checked on its own against its schema (``check.py``): one test per
rule, each asserting the exact message editors see, and what a file's check hands on to
the checks across files."""

from __future__ import annotations

import time

import pytest

from generator.commands.check import check_and_lint
from generator.content import schema
from generator.content.crossrefs import Ref
from generator.content.dates import parse_date
from generator.content.file_check import INVALID, Checker, check_file, ok, sources_or_empty
from generator.content.kinds import Kind
from generator.content.yamlnodes import Mapping, Node, parse_yaml
from generator.errors import ContentError, Position, Problem, Severity
from tests.conftest import Project

EVENT = "content/story-a/events/e1.yaml"
STORY = "content/story-a/story.yaml"
FIGURE = "content/story-a/figures/fig-a.yaml"
LOCATION = "content/story-a/locations/loc-a.yaml"


def event(body: str) -> str:
    return "title: An event\ndate: 2020-01-01\nsummary: Text.\n" + body


def test_unknown_keys_get_a_did_you_mean(project: Project) -> None:
    project.write(EVENT, event("sumary: x\nfigurse: [fig-a]\n"))
    assert project.problems() == [
        f"{EVENT}:4:1: unknown key 'sumary' in event; like 'summary', given already on line 3: is one of the two left over?",
        f"{EVENT}:5:1: unknown key 'figurse' in event; did you mean 'figures'?",
    ]


def test_an_unknown_key_with_a_character_the_editor_cannot_see_names_it(project: Project) -> None:
    # Pasted from a web page: without the character named, the message read
    # "unknown key 'key'; did you mean 'key'?", the same word twice.
    project.write(EVENT, event("\u200bkey: true\nso\u2060urces: []\n"))
    assert project.problems() == [
        f"{EVENT}:4:1: unknown key '\u200bkey' (it holds an invisible zero width space, U+200B, at its "
        "start: delete it) in event; did you mean 'key'?",
        f"{EVENT}:5:1: unknown key 'so\u2060urces' (it holds an invisible word joiner, U+2060, after "
        "'so': delete it) in event; did you mean 'sources'?",
    ]


@pytest.mark.parametrize(
    ("lines", "hint"),
    [
        ("time: 07:40\n", "the time of day goes in 'date' itself: 'date: 2020-01-01T07:40'"),
        ("time: 3pm\n", "the time of day goes in 'date' itself: 'date: 2020-01-01T15:00'"),
        ("time: morning\n", "the time of day goes in 'date' itself, after the day and a 'T' ('date: 2010-04-19T23:00')"),
        ("timezone: EET\n", "the time zone goes in 'date' itself, as its UTC offset after the time ('date: 2010-04-19T23:00+06:00')"),
    ],
)  # fmt: skip
def test_a_time_of_day_given_apart_from_the_date_is_told_to_go_in_it(
    project: Project, lines: str, hint: str
) -> None:
    # 'time:' was taken for a misspelt 'title:': "like 'title', given already on line 1: is
    # one of the two left over?"
    project.write(EVENT, event(lines))
    assert project.problems() == [f"{EVENT}:4:1: unknown key '{lines.split(':')[0]}' in event; {hint}"]


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        (EVENT, event("image:\n  src: https://example.org/a.jpg\n  alt: A\n  key: true\n"),
         "7:3: unknown key 'key' in image; 'key' is a key of the event itself, indented under 'image:' "
         "by mistake: start it at the beginning of its line"),
        (EVENT, event("quotes:\n  - text: No.\n    by: fig-a\n    tags: [x]\n"),
         "7:5: unknown key 'tags' in quotes[1]; 'tags' is a key of the event itself, indented under "
         "'quotes:' by mistake: start it at the beginning of its line"),
        (STORY, "title: S\nsummary: S.\npublished: 2020-01-01\nsources:\n  src-a:\n    publisher: P\n"
         "  unknowns:\n  - Why.\n",
         "8:3: 'sources.unknowns' must be a source ('key: value' lines), got a list; 'unknowns' is a key "
         "of the story itself, indented under 'sources:' by mistake: start it at the beginning of its line"),
    ],
)  # fmt: skip
def test_a_key_of_the_file_indented_under_another_key_is_told_to_start_its_line(
    project: Project, path: str, text: str, message: str
) -> None:
    # They were told only 'unknown key ... (known keys: ...)' and "'sources.unknowns' must
    # be a source", which said neither what happened nor what to do.
    project.write(path, text)
    assert project.problems() == [f"{path}:{message}"]


def test_a_misspelt_required_key_is_one_error_at_the_misspelling(project: Project) -> None:
    project.write(EVENT, "tittle: An event\ndate: 2020-01-01\nsummary: Text.\n")
    assert project.problems() == [f"{EVENT}:1:1: unknown key 'tittle' in event; did you mean 'title'?"]


def test_keys_written_in_spanish_are_told_the_english_key(project: Project) -> None:
    # A Spanish desk writes 'fecha:', 'título:', 'resumen:': each got the list of known keys,
    # and 'title', 'date' and 'summary' were each said to be missing too (six errors).
    project.write(EVENT, "título: Un suceso\nfecha: 2020-01-01\nresumen: Texto.\nfiguras: []\n")
    english = " (keys are written in English, whatever the language of the story)"
    assert project.problems() == [
        f"{EVENT}:1:1: unknown key 'título' in event; did you mean 'title'?{english}",
        f"{EVENT}:2:1: unknown key 'fecha' in event; did you mean 'date'?{english}",
        f"{EVENT}:3:1: unknown key 'resumen' in event; did you mean 'summary'?{english}",
        f"{EVENT}:4:1: unknown key 'figuras' in event; did you mean 'figures'?{english}",
    ]


def test_a_date_phrase_written_in_spanish_is_told_the_english_word(project: Project) -> None:
    # 'date_phrase: entre' got the list of the four words only.
    project.write(EVENT, "title: A\ndate: 2020-01-01\nend: 2020-01-03\ndate_phrase: entre\nsummary: T.\n")
    assert project.problems() == [
        f"{EVENT}:4:14: 'date_phrase' must be 'from', 'until', 'between' or 'weekend', got 'entre'; "
        "did you mean 'between'? (these words are written in English, whatever the language of the story)"
    ]


EVENT_KEYS = [f.name for f in schema.FILES["event"].fields]


def test_did_you_mean_never_names_a_key_the_file_has_or_another_mistake_meant(project: Project) -> None:
    # Renaming 'description' to 'summary' beside a 'summary' would make a duplicate key.
    project.write(
        EVENT, "tittle: An event\nheadline: Big\ndate: 2020-01-01\nsummary: Text.\ndescription: More\n"
    )
    assert project.problems() == [
        f"{EVENT}:1:1: unknown key 'tittle' in event; did you mean 'title'?",
        f"{EVENT}:2:1: unknown key 'headline' in event (known keys: " + ", ".join(EVENT_KEYS) + ")",
        f"{EVENT}:5:1: unknown key 'description' in event; like 'summary', given already on line 4: "
        "is one of the two left over?",
    ]


def test_an_end_without_its_year_is_told_the_year_of_the_date(project: Project) -> None:
    # 'end: 7 July' after 'date: 2021-04-13' was told "write it as YYYY-07-07".
    project.write(EVENT, "title: An event\ndate: 2021-04-13\nend: 7 July\nsummary: Text.\nsources: [src-a]\n")
    assert project.problems() == [
        f"{EVENT}:3:6: 'end' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean '2021-07-07'? (the year of 'date')"
    ]
    project.write(EVENT, "title: An event\ndate: 2021-12-30\nend: 2 January\nsummary: Text.\n")
    # Over New Year, the year after 'date' (it was "write it as YYYY-01-02", where a night in
    # August was told its day).
    assert project.problems()[0].endswith("; did you mean '2022-01-02'? (the year after 'date')")
    project.write(EVENT, "title: An event\ndate: 2021-02-01\nend: 29 February\nsummary: Text.\n")
    assert project.problems()[0].endswith("; a date needs its year: write it as YYYY-02-29")  # not in 2021


def test_an_entry_written_as_its_date_and_text_is_told_to_give_each_its_key(project: Project) -> None:
    # '- 2020-01-03: Added the vote.', as a changelog is written, was three errors (the
    # date and the text missing, and an unknown key '2020-01-03'), none saying what to write.
    project.write(
        STORY,
        "title: T\nsummary: S\npublished: 2020-01-02\nupdates:\n  - 2020-01-03: Added the vote.\n"
        "  - 4 January 2020: Put the count right.\n",
    )
    project.write(EVENT, event("removed:\n  2020-01-05: We could not confirm it.\n"))
    lined_up = "and, on the line below, lined up with 'date:',"
    assert project.problems() == [
        f"{EVENT}:5:3: unknown key '2020-01-05' in removed; the date and the reason are keys of their "
        f"own: write 'date: 2020-01-05' {lined_up} 'reason:' and the text",
        f"{STORY}:5:5: unknown key '2020-01-03' in updates[1]; the date and the text are keys of their "
        f"own: write 'date: 2020-01-03' {lined_up} 'text:' and the text",
        f"{STORY}:6:5: unknown key '4 January 2020' in updates[2]; the date and the text are keys of "
        f"their own: write 'date: 2020-01-04' {lined_up} 'text:' and the text",
    ]


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        (
            EVENT,
            event("quotes:\n  - text: Hi\n    author: fig-a\n"),
            "6:5: unknown key 'author' in quotes[1]; did you mean 'by'?",
        ),
        (  # as an article attributes a quote; 'who' and 'where' as a newsroom's form asks
            EVENT,
            event("quotes:\n  - text: Hi\n    said: fig-a\n"),
            "6:5: unknown key 'said' in quotes[1]; did you mean 'by'?",
        ),
        (
            EVENT,
            event("quotes:\n  - text: Hi\n    who: fig-a\nwhere: [loc-a]\n"),
            "6:5: unknown key 'who' in quotes[1]; did you mean 'by'?\n"
            "7:1: unknown key 'where' in event; did you mean 'locations'?",
        ),
        (
            EVENT,
            event("who: [fig-a]\n"),
            "4:1: unknown key 'who' in event; did you mean 'figures'?",
        ),
        (
            STORY,
            "title: T\nsummary: S\npublished: 2020-01-02\nauthor: A. Writer\n",
            "4:1: unknown key 'author' in story; did you mean 'byline'?",
        ),
        (
            STORY,
            "title: T\nsummary: S\npublished: 2020-01-02\nupdates:\n  - date: 2020-01-03\n"
            "    text: x\n    type: correction\n",
            "7:5: unknown key 'type' in updates[1]; did you mean 'kind'?",
        ),
        (
            "content/site.yaml",
            "name: Harbour Desk\n",  # not 'cname', a web address
            "1:1: unknown key 'name' in site; did you mean 'title'?",
        ),
        (
            EVENT,
            "headline: An event\ndate: 2020-01-01\ndescription: Text.\n",
            "1:1: unknown key 'headline' in event; did you mean 'title'?\n"
            "3:1: unknown key 'description' in event; did you mean 'summary'?",
        ),
    ],
)
def test_words_from_other_tools_get_the_key_they_mean(
    project: Project, path: str, text: str, expected: str
) -> None:
    project.write(path, text)
    problems = [p for p in project.problems() if p.startswith(path)]
    assert problems == [f"{path}:{line}" for line in expected.split("\n")]


def test_unknown_keys_without_a_close_match_list_the_known_keys(project: Project) -> None:
    project.write(FIGURE, "name: A\nrole: B\nheight: 2\n")
    assert project.problems() == [
        f"{FIGURE}:3:1: unknown key 'height' in figure (known keys: name, role, summary, aliases, image, sort_as)"
    ]


def test_unknown_keys_in_nested_records_name_the_record(project: Project) -> None:
    project.write(EVENT, event("quotes:\n  - text: Hi\n    by: fig-a\n    sorce: src-a\n"))
    assert project.problems() == [f"{EVENT}:7:5: unknown key 'sorce' in quotes[1]; did you mean 'source'?"]


def test_missing_required_keys(project: Project) -> None:
    project.write(EVENT, "title: An event\n")
    assert project.problems() == [
        f"{EVENT}:1:1: missing required key 'date' in event (when it happened)",
        f"{EVENT}:1:1: missing required key 'summary' in event (one or two short paragraphs)",
    ]


def test_required_keys_with_no_value(project: Project) -> None:
    project.write(EVENT, "title:\ndate: 2020\nsummary: x\n")
    assert project.problems() == [f"{EVENT}:1:1: 'title' is required but has no value"]


def everything_said() -> list[str]:
    """The errors ``check`` reports, then the warnings it gives with them."""
    with pytest.raises(ContentError) as raised:
        check_and_lint(content="content")
    return [str(p) for p in (*raised.value.problems, *raised.value.warnings)]


STORY_START = "title: S\nsummary: S.\npublished: 2020-01-01\nsources:\n  src-a:\n    publisher: P\n"


@pytest.mark.parametrize(
    ("lines", "where"),
    [
        ("unknowns: [*x]\n", "7:12"),  # a list item: not "'unknowns[1]' is empty" too
        ("key_numbers: [*y]\n", "7:15"),  # not "must be a key number ..., got nothing" too
        ("byline: *x\n", "7:9"),  # a whole value
        ("updates:\n  - date: 2020-01-02\n    text: *x\n", "9:11"),  # a required key's, in an item
        ("key_numbers:\n  - value: *x\n    label: things\n", "8:12"),  # a mapping value in an item
    ],
)
def test_an_alias_is_one_error_without_a_second_about_the_empty_value_in_its_place(
    project: Project, lines: str, where: str
) -> None:
    # The alias's value is composed as an empty one: check took it for an empty item
    # (a warning) or a missing one, at the same place as the alias's own error.
    project.write(STORY, STORY_START + lines)
    alias = lines.split("*")[1][0]
    assert everything_said() == [
        f"{STORY}:{where}: YAML aliases ('*{alias}') are not supported; write the value out"
    ]


def test_a_required_key_given_an_alias_is_one_error(project: Project) -> None:
    project.write(EVENT, "title: *x\ndate: 2020\nsummary: x\n")
    assert everything_said() == [f"{EVENT}:1:8: YAML aliases ('*x') are not supported; write the value out"]


def test_an_empty_item_next_to_an_alias_is_still_warned_of(project: Project) -> None:
    project.write(EVENT, event("tags:\n  - *x\n  -\n"))
    assert everything_said() == [
        f"{EVENT}:5:5: YAML aliases ('*x') are not supported; write the value out",
        f"{EVENT}:6:4: warning: 'tags[2]' is empty (a '-' with nothing after it), so it is left out; "
        "delete that line, or write the item after the '-'",
    ]


def test_empty_optional_keys_are_the_same_as_absent(project: Project) -> None:
    project.write(EVENT, event("body:\nfigures:\n"))
    assert project.problems() == []


def test_wrong_types(project: Project) -> None:
    project.write(
        EVENT, event("circa: yes\ntags: politics\ntitle2: x\n").replace("title: An event", "title: [a, b]")
    )
    assert project.problems() == [
        f"{EVENT}:1:8: 'title' must be text, got a list",
        f"{EVENT}:4:8: 'circa' must be true or false, got 'yes'; write true",
        f"{EVENT}:5:7: 'tags' must be a list (write [a, b] or one '- item' per line), got 'politics'; write [politics]",
        f"{EVENT}:6:1: unknown key 'title2' in event; like 'title', given already on line 1: is one of the two left over?",
    ]


def test_a_quoted_boolean_or_number_is_called_text_and_the_quotes_named(project: Project) -> None:
    project.write("content/site.yaml", 'title: Test site\nmedia_max_mb: "100"\nsearch: "1"\n')
    project.write(STORY, project.root.joinpath(STORY).read_text() + "draft: 'true'\n")
    project.write(LOCATION, 'name: A\ncoordinates: ["42.8", 74.5]\n')
    assert project.problems() == [
        "content/site.yaml:2:15: 'media_max_mb' must be a whole number from 1 to 2000, "
        'got the text "100" (in quotes); remove the quotes',
        "content/site.yaml:3:9: 'search' must be true or false, got the text \"1\" (in quotes)",
        f"{LOCATION}:2:15: 'coordinates latitude' must be a number, got the text \"42.8\" (in quotes); "
        "remove the quotes",
        f"{STORY}:7:8: 'draft' must be true or false, got the text \"true\" (in quotes); remove the quotes",
    ]


@pytest.mark.parametrize(
    ("word", "meant"),
    [("yes", "true"), ("On", "true"), ("Y", "true"), ("NO", "false"), ("off", "false"), ("n", "false")],
)
def test_yes_and_no_where_a_boolean_belongs_say_which_to_write(
    project: Project, word: str, meant: str
) -> None:
    project.write(EVENT, event(f"key: {word}\n"))
    assert project.problems() == [f"{EVENT}:4:6: 'key' must be true or false, got '{word}'; write {meant}"]


def test_a_misspelt_date_phrase_gets_a_did_you_mean(project: Project) -> None:
    project.write(EVENT, event("end: 2020-01-02\ndate_phrase: weekends\n"))
    assert project.problems() == [
        f"{EVENT}:5:14: 'date_phrase' must be 'from', 'until', 'between' or 'weekend', got 'weekends'; "
        "did you mean 'weekend'?"
    ]


def test_text_that_yaml_split_at_a_colon_says_so_and_how_to_quote_it(project: Project) -> None:
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "unknowns:\n  - What caused it: nobody knows\n  - {a: b}\n")
    project.write(FIGURE, "name: A\nrole:\n  Envoy: to Moscow\n")
    lines = len(story.splitlines())
    assert project.problems() == [
        f"{FIGURE}:3:3: 'role': YAML read this text as 'key: value' because of the ': ' in it; "
        'put the whole text in quotes: "Envoy: to Moscow"',
        f"{STORY}:{lines + 2}:5: 'unknowns[1]': YAML read this text as 'key: value' because of "
        "the ': ' in it; put the whole text in quotes: - \"What caused it: nobody knows\"",
        f"{STORY}:{lines + 3}:5: 'unknowns[2]' must be text, got 'key: value' lines",
    ]


def test_one_line_fields_refuse_line_breaks(project: Project) -> None:
    project.write(FIGURE, "name: A\nrole: |\n  one\n  two\n")
    assert project.problems() == [f"{FIGURE}:2:7: 'role' must be one line"]


def test_numbers_are_accepted_as_text(project: Project) -> None:
    project.write(
        STORY, project.root.joinpath(STORY).read_text() + "key_numbers:\n  - value: 85\n    label: dead\n"
    )
    assert project.problems() == []


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2020-02-30", "'date' is not a valid date: February 2020 has no day 30"),
        ("2020-13-01", "'date' is not a valid date: there is no month 13"),
        ("2020-01-01T25:00", "'date' is not a valid date: there is no time 25:00"),
        (
            "19 April 2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-04-19'?",
        ),
        (
            "13/10/2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-10-13'?",
        ),
        (
            "October 13, 2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-10-13'?",
        ),
        (  # as a Spanish editor writes it
            "3 de mayo de 2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-05-03'?",
        ),
        (  # as a Peruvian or Uruguayan editor spells September
            "15 de setiembre de 2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-09-15'?",
        ),
        (
            "del 13 al 15 de setiembre de 2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "for a span, write 'date: 2010-09-13' and the end as 'end: 2010-09-15'",
        ),
        (
            "2010年5月3日",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "did you mean '2010-05-03'?",
        ),
        (  # 10 November or 11 October: no guess, but both said
            "10/11/2010",
            "'date' is not a valid date: expected a date in the form YYYY, "
            "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); "
            "it could be '2010-11-10' (day first) or '2010-10-11' (month first): write the one it is",
        ),
        (
            "2010.5",
            "'date' must be a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM "
            "(optionally :SS and +HH:MM or Z)), got '2010.5'",
        ),
        ("0000", "'date' is not a valid date: the year must be between 1 and 9999"),
    ],
)
def test_impossible_dates(project: Project, value: str, message: str) -> None:
    project.write(EVENT, f"title: An event\ndate: {value}\nsummary: Text.\n")
    assert project.problems() == [f"{EVENT}:2:7: {message}"]


PUBLISHED_FORMS = "a day (YYYY-MM-DD) or a day and time (YYYY-MM-DDTHH:MM, optionally :SS and +HH:MM or Z)"


def test_an_end_in_words_for_how_well_it_is_known_is_told_how_to_write_it(project: Project) -> None:
    project.write(EVENT, "title: T\ndate: 2010-04-07\nend: Spring 2010\nsummary: S\n")
    [problem] = project.problems()
    assert problem.startswith(f"{EVENT}:3:6: 'end' is not a valid date: ")
    assert problem.endswith(
        "; write the end as far as it is known, the month it ended: 'end: 2010-MM' (or 'end: 2010' if "
        "'date' is in an earlier year), and the words readers should read in 'display_date' (e.g. '... "
        "to Spring 2010'), which is shown in place of the whole span"
    )


@pytest.mark.parametrize("value", ["2020-01", "2020"])
def test_published_must_give_its_day(project: Project, value: str) -> None:
    text = project.root.joinpath(STORY).read_text().replace("2020-01-02", value)
    project.write(STORY, text)
    assert project.problems() == [f"{STORY}:3:12: 'published' must be {PUBLISHED_FORMS}, got '{value}'"]


@pytest.mark.parametrize("value", ["2020-01-02T06:30", "2020-01-02T06:30+06:00", "2020-01-02T06:30:15Z"])
def test_published_may_give_its_time(project: Project, value: str) -> None:
    # A breaking story published at 06:30 was dated midnight, before what it reports.
    text = project.root.joinpath(STORY).read_text().replace("2020-01-02", value)
    project.write(STORY, text)
    assert project.problems() == []


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2020-01-02T24:00", "'published' is not a valid date: there is no time 24:00"),
        ("2020-01-02T06:30+15:00", "'published' is not a valid date: there is no UTC offset +15:00"),
    ],
)
def test_a_published_time_that_does_not_exist_is_an_error(project: Project, value: str, reason: str) -> None:
    text = project.root.joinpath(STORY).read_text().replace("2020-01-02", value)
    project.write(STORY, text)
    assert project.problems() == [f"{STORY}:3:12: {reason}"]


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("13 October 2010", "; did you mean '2010-10-13'?"),
        ("2010-1-2", "; did you mean '2010-01-02'?"),
        ("October 2010", ""),
        ("2010-10-13 06:30", "; did you mean '2010-10-13T06:30'?"),
        ("2010-10-13T06:30 UTC+6", "; write the offset after the time: '2010-10-13T06:30+06:00'"),
        ("06:30", "; a time needs its day: write it as YYYY-MM-DDT06:30"),
    ],
)
def test_a_day_written_another_way_gets_a_suggestion(project: Project, value: str, hint: str) -> None:
    text = project.root.joinpath(STORY).read_text().replace("2020-01-02", f"'{value}'")
    project.write(STORY, text)
    assert project.problems() == [f"{STORY}:3:12: 'published' must be {PUBLISHED_FORMS}, got '{value}'{hint}"]


@pytest.mark.parametrize(
    ("value", "iso"), [("2010-04-19 12:00", "2010-04-19T12:00"), ("2010-4-9", "2010-04-09")]
)
def test_a_date_written_almost_right_gets_a_suggestion(project: Project, value: str, iso: str) -> None:
    project.write(EVENT, f"title: An event\ndate: {value}\nsummary: Text.\n")
    assert project.problems() == [
        f"{EVENT}:2:7: 'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        f"YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean '{iso}'?"
    ]


@pytest.mark.parametrize(
    ("value", "day"),
    [("Aug 5", "08-05"), ("5 August", "08-05"), ("5 de agosto", "08-05"), ("29 Feb", "02-29")],
)
def test_a_day_written_without_its_year_is_told_to_give_it(project: Project, value: str, day: str) -> None:
    # It was told only the forms a date takes, none of which it could be written in.
    project.write(EVENT, f"title: An event\ndate: {value}\nsummary: Text.\n")
    assert project.problems() == [
        f"{EVENT}:2:7: 'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        f"YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); a date needs its year: "
        f"write it as YYYY-{day}"
    ]


@pytest.mark.parametrize(
    "span", ["2024-03-26 to 2024-04-05", "2024-03-26/2024-04-05", "2024-03-26 – 2024-04-05"]
)
def test_a_span_written_as_one_date_says_how_to_write_its_end(project: Project, span: str) -> None:
    project.write(EVENT, f"title: An event\ndate: {span}\nsummary: Text.\n")
    assert project.problems() == [
        f"{EVENT}:2:7: 'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        "YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); for a span, write "
        "'date: 2024-03-26' and the end as 'end: 2024-04-05'"
    ]


@pytest.mark.parametrize(
    ("span", "phrase"),
    [
        ("del 3 al 5 de mayo de 2010", ""),
        ("entre el 3 y el 5 de mayo de 2010", ", with 'date_phrase: between'"),
        ("3-5 de mayo de 2010", ""),
        ("3-5 May 2010", ""),
        ("May 3-5, 2010", ""),
    ],
)
def test_a_span_written_in_words_says_how_to_write_it(project: Project, span: str, phrase: str) -> None:
    project.write(EVENT, f"title: An event\ndate: {span}\nsummary: Text.\n")
    assert project.problems() == [
        f"{EVENT}:2:7: 'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        "YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); for a span, write "
        f"'date: 2010-05-03' and the end as 'end: 2010-05-05'{phrase}"
    ]


def test_list_items_without_a_space_after_the_dash_say_so(project: Project) -> None:
    project.write(EVENT, event("figures:\n  -fig-a\n  -fig-b\n"))
    assert project.problems() == [
        f"{EVENT}:5:3: 'figures' must be a list (write [a, b] or one '- item' per line), got "
        "'-fig-a -fig-b'; put a space after each '-' ('- fig-a')"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024.04", "'date' must be a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and "
         "+HH:MM or Z)), got '2024.04'; did you mean '2024-04'?"),
        ("20240405", "'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
         "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean '2024-04-05'?"),
        ("'14:30'", "'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
         "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); a time needs its day: write it as "
         "YYYY-MM-DDT14:30"),
        ("20.00 h", "'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
         "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); a time needs its day: write it as "
         "YYYY-MM-DDT20:00"),
        ("20:00 h", "'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
         "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); a time needs its day: write it as "
         "YYYY-MM-DDT20:00"),
        ("20 h", "'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, YYYY-MM-DD or "
         "YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); a time needs its day: write it as "
         "YYYY-MM-DDT20:00"),
        ("20.00", "'date' must be a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and "
         "+HH:MM or Z)), got '20.00'; a time needs its day: write it as YYYY-MM-DDT20:00"),
        ("3 de mayo de 2010, 20.00 h", "'date' is not a valid date: expected a date in the form YYYY, "
         "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean "
         "'2010-05-03T20:00'?"),
        ("2010-05-03 20 h", "'date' is not a valid date: expected a date in the form YYYY, "
         "YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z); did you mean "
         "'2010-05-03T20:00'?"),
    ],
)  # fmt: skip
def test_dates_written_as_numbers_or_times_get_a_suggestion(
    project: Project, value: str, message: str
) -> None:
    project.write(EVENT, f"title: An event\ndate: {value}\nsummary: Text.\n")
    assert project.problems() == [f"{EVENT}:2:7: {message}"]


@pytest.mark.parametrize("end", ["2020-01", "2020"])
def test_an_end_that_is_only_the_period_the_date_falls_in_is_a_warning(project: Project, end: str) -> None:
    # A warning, not an error: such a file built before, and every file that builds keeps building.
    project.write(EVENT, event(f"end: {end}\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert (
        f"{EVENT}:4:6: warning: 'end' ({end}) is the period 'date' (2020-01-01) falls in, not when it ended: "
        "give the last day it lasted (YYYY-MM-DD), or delete 'end' if it did not last longer"
        in map(str, warnings)
    )


@pytest.mark.parametrize(
    ("coordinates", "message"),
    [
        (
            "[95, 20]",
            "4:15: latitude 95 is out of range (-90 to 90); coordinates are latitude first: [20, 95]?",
        ),
        (  # Singapore, longitude first: no latitude is past 90, and no country held it
            "[103.8198, 1.3521]",
            "4:15: latitude 103.8198 is out of range (-90 to 90); coordinates are latitude first: [1.3521, 103.8198]?",
        ),
        ("[95, 120]", "4:15: latitude 95 is out of range (-90 to 90)"),  # no latitude either way
        ("[-195, 20]", "4:15: latitude -195 is out of range (-90 to 90)"),  # no longitude either way
        ("[10, -181.5]", "4:19: longitude -181.5 is out of range (-180 to 180)"),
        (
            "[10]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 1 value",
        ),
        (
            "[10, 20, 30]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 3 values",
        ),
        ("[]", "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got an empty list"),
        (  # decimal commas: YAML reads four numbers
            "[-36,724, -73,117]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 4 values "
            "(in YAML a comma ends a number); write decimals with a point: [-36.724, -73.117]",
        ),
        (  # the fraction's leading zero kept, as written
            "[-36,024, -73,5]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 4 values "
            "(in YAML a comma ends a number); write decimals with a point: [-36.024, -73.5]",
        ),
        (  # one decimal comma of two
            "[-36,724, -73.117]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 3 values "
            "(in YAML a comma ends a number); write decimals with a point: [-36.724, -73.117]",
        ),
        (  # four numbers written as four: no decimal commas to guess
            "[-36, 724, -73, 117]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 4 values",
        ),
        (  # YAML reads one text: the brackets are what make it a list
            "42.8, 74.5",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got '42.8, 74.5'; "
            "write [42.8, 74.5] (in brackets)",
        ),
        (  # decimal commas without brackets: the comma and space part the two numbers
            "-27,3, -70,4",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got '-27,3, -70,4'; "
            "write [-27.3, -70.4] (in brackets, decimals with a point)",
        ),
        (  # which comma is the decimal one cannot be told: both readings
            "27,3,70",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got '27,3,70'; "
            "it could be [27.3, 70] or [27, 3.70]: write the one it is (in brackets, decimals with a point)",
        ),
        (
            "[27,3,70]",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got a list of 3 values "
            "(in YAML a comma ends a number); it could be [27.3, 70] or [27, 3.70]: write the one it is",
        ),
        ("[north, 20]", "4:15: 'coordinates latitude' must be a number, got 'north'"),
        (  # as a map or an article writes it
            "[29.9668° N, 32.5498° E]",
            "4:15: 'coordinates latitude' must be a number, got '29.9668° N'; write 29.9668 "
            "(in decimal degrees: north and east positive, south and west negative)",
        ),
        (  # both with their compass points, as one text: degrees and minutes, longitude first
            "32°22′E 30°21′N",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got '32°22′E 30°21′N'; "
            "write [30.35, 32.3667] (in brackets, latitude first, in decimal degrees: north and east "
            "positive, south and west negative)",
        ),
        (
            "30.35° N, 32.37° W",
            "4:14: 'coordinates' must be [latitude, longitude], e.g. [42.87, 74.59], got '30.35° N, 32.37° W'; "
            "write [30.35, -32.37] (in brackets, latitude first, in decimal degrees: north and east "
            "positive, south and west negative)",
        ),
        (  # the minutes' mark typed as an apostrophe
            "[30°21'N, 32°22'E]",
            "4:15: 'coordinates latitude' must be a number, got '30°21'N'; write 30.35 "
            "(in decimal degrees: north and east positive, south and west negative)",
        ),
        (
            "[-33.45, 70.66° W]",
            "4:23: 'coordinates longitude' must be a number, got '70.66° W'; write -70.66 "
            "(in decimal degrees: north and east positive, south and west negative)",
        ),
    ],
)
def test_coordinates(project: Project, coordinates: str, message: str) -> None:
    project.write(LOCATION, f"name: A\nkind: city\ncountry: X\ncoordinates: {coordinates}\n")
    assert project.problems() == [f"{LOCATION}:{message}"]


@pytest.mark.parametrize(
    ("keys", "messages"),
    [
        (
            "lat: -27,3\nlon: -70,4\n",
            [
                "4:1: unknown key 'lat' in location; write 'coordinates: [-27.3, -70.4]' instead "
                "(latitude first, decimals with a point)",
                "5:1: unknown key 'lon' in location; write 'coordinates: [-27.3, -70.4]' instead "
                "(latitude first, decimals with a point)",
            ],
        ),
        (
            "latitud: -27,3\n",
            [
                "4:1: unknown key 'latitud' in location; give the position as "
                "'coordinates: [-27.3, longitude]' (decimals with a point)"
            ],
        ),
        (  # given both ways: adding 'coordinates' again would be a duplicate key
            "coordinates: [10, 20]\nlat: -27,3\nlong: 5\n",
            [
                "5:1: unknown key 'lat' in location; 'coordinates' is given already on line 4: is 'lat' "
                "left over?",
                "6:1: unknown key 'long' in location; 'coordinates' is given already on line 4: is 'long' "
                "left over?",
            ],
        ),
    ],
)
def test_a_latitude_and_longitude_under_keys_of_their_own_are_put_in_coordinates(
    project: Project, keys: str, messages: list[str]
) -> None:
    project.write(LOCATION, f"name: A\nkind: city\ncountry: X\n{keys}")
    assert project.problems() == [f"{LOCATION}:{message}" for message in messages]


def test_an_empty_draft_is_a_warning_that_it_is_published(project: Project) -> None:
    # A story.yaml saved cut short after 'draft: ' (its 'true' lost) went live without a
    # word; it still builds (published, as an empty optional key is left out), but check
    # says so, at the key, for a story and for an event.
    story = project.root.joinpath(STORY).read_text(encoding="utf-8")
    project.write(STORY, story + "draft:\n")
    project.write(EVENT, event("draft: \n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    lines = len(story.splitlines()) + 1
    said = "'draft' is empty, which is the same as leaving it out: this is published; write 'draft: true' "
    assert sorted(str(w) for w in warnings if "'draft'" in str(w)) == [
        f"{EVENT}:4:1: warning: {said}to keep it out, or delete the line to publish it",
        f"{STORY}:{lines}:1: warning: {said}to keep it out, or delete the line to publish it",
    ]


def test_an_empty_source_of_a_quote_is_a_note_saying_what_to_write(project: Project) -> None:
    # 'source:' left empty built, and passed --strict, as a quote without a source, without
    # a word: now a hint at the key, not a warning (content that passed --strict still does).
    project.write(EVENT, event("quotes:\n  - text: Stay.\n    by: Ann\n    source:\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "quotes[1]" in str(w)] == [
        f"{EVENT}:7:5: note: 'quotes[1].source' is empty, so the quote is shown without its source; write "
        "the id of a source listed under 'sources:' in story.yaml (src-a), or delete the line"
    ]
    assert all(w.severity is Severity.NOTE for w in warnings if "quotes[1]" in w.message)


def test_an_empty_source_of_a_quote_is_told_a_few_of_the_storys_sources(project: Project) -> None:
    # The note named no source ('source: an-id'), and 'source: ""' failed with no advice at
    # all: both are told the story's sources' ids, as story.yaml lists them, the first few.
    story = project.root.joinpath(STORY).read_text()
    more = "".join(f"  src-{n}:\n    publisher: P{n}\n" for n in "edcb")
    project.write(STORY, story.replace("sources:\n", f"sources:\n{more}"))
    project.write(
        EVENT,
        event(
            'quotes:\n  - text: Stay.\n    by: Ann\n    source:\n  - text: Go.\n    by: Ann\n    source: ""\n'
        ),
    )
    advice = (
        "write the id of a source listed under 'sources:' in story.yaml (src-e, src-d, src-c and 2 more), "
        "or delete the line"
    )
    assert project.problems() == [f"{EVENT}:10:13: 'quotes[2].source' is empty; {advice}"]
    project.write(EVENT, event("quotes:\n  - text: Stay.\n    by: Ann\n    source:\n"))
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "quotes[1]" in str(w)] == [
        f"{EVENT}:7:5: note: 'quotes[1].source' is empty, so the quote is shown without its source; {advice}"
    ]


def test_a_quotes_empty_source_in_its_file_alone_is_told_an_id_to_write() -> None:
    # Its file checked on its own (the story's sources unknown): an example of an id.
    root = parse_yaml(event('quotes:\n  - text: Go.\n    by: Ann\n    source: " "\n'), EVENT, [])
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        f"{EVENT}:7:13: 'quotes[1].source' is empty; write the id of a source listed under 'sources:' in "
        "story.yaml ('source: an-id'), or delete the line"
    ]


def test_an_empty_list_item_is_a_warning_and_left_out(project: Project) -> None:
    # Such a list built before, its empty item published as the word 'None': a warning
    # (check --strict refuses it), and every file that builds keeps building.
    project.write(EVENT, event("tags:\n  - land\n  -\nfigures: [fig-a, ~]\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    said = [str(w) for w in warnings if "is empty" in str(w)]
    assert said == [
        f"{EVENT}:6:4: warning: 'tags[2]' is empty (a '-' with nothing after it), so it is left out; "
        "delete that line, or write the item after the '-'",
        f"{EVENT}:7:18: warning: 'figures[2]' is empty ('~' is nothing in YAML), so it is left out; "
        "delete it, or write the item in its place",
    ]
    root = parse_yaml(project.root.joinpath(EVENT).read_text(encoding="utf-8"), EVENT, [])
    assert isinstance(root, Mapping)
    values = check_file(root, Kind.EVENT).values
    assert values is not None and values["tags"] == ("land",) and values["figures"] == ("fig-a",)


def test_an_id_listed_twice(project: Project) -> None:
    project.write(EVENT, event("figures: [fig-a, fig-a]\n"))
    assert project.problems() == [f"{EVENT}:4:18: 'fig-a' is listed twice in 'figures'"]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "url",
            "www.example.com",
            "'sources.src-a.url' must be an http:// or https:// address, got 'www.example.com'; "
            "did you mean 'https://www.example.com'?",
        ),
        (
            "url",
            "Reuters",
            "'sources.src-a.url' must be an http:// or https:// address, got 'Reuters'",  # no site: no guess
        ),
        (
            "url",
            "apnews.com/article/suez",
            "'sources.src-a.url' must be an http:// or https:// address, got 'apnews.com/article/suez'; "
            "did you mean 'https://apnews.com/article/suez'?",
        ),
        (
            "url",
            "javascript:alert(1)",
            "'sources.src-a.url' must be an http:// or https:// address, got 'javascript:alert(1)'",
        ),
        (
            "archive_url",
            "ftp://x.org/a",
            "'sources.src-a.archive_url' must be an http:// or https:// address, got 'ftp://x.org/a'",
        ),
        (
            "url",
            "https://example.com/a b",
            "'sources.src-a.url' has a space, which an address cannot hold as it is; write it as %20: "
            "https://example.com/a%20b",
        ),
        (
            "url",
            "https://example.com/a b<c",
            "'sources.src-a.url' has a space, a quotation mark, '<', '>' or another character an "
            "address must not hold as it is; copy the address from the browser's address bar, which "
            "encodes them (a space is %20)",
        ),
        (
            "url",
            "https://exam ple.com/a",  # %20 does not mend a site's name
            "'sources.src-a.url' has a space, a quotation mark, '<', '>' or another character an "
            "address must not hold as it is; copy the address from the browser's address bar, which "
            "encodes them (a space is %20)",
        ),
        ("date", "2020-02-31", "'sources.src-a.date' is not a valid date: February 2020 has no day 31"),
    ],
)
def test_source_fields(project: Project, key: str, value: str, message: str) -> None:
    text = project.root.joinpath(STORY).read_text() + f"    {key}: {value}\n"
    project.write(STORY, text)
    col = 7 + len(key)
    assert project.problems() == [f"{STORY}:7:{col}: {message}"]


def test_source_ids_must_be_valid_ids(project: Project) -> None:
    project.write(STORY, project.root.joinpath(STORY).read_text() + "  Bad Id:\n    publisher: X\n")
    assert project.problems() == [
        f"{STORY}:7:3: 'Bad Id' is not a valid id: use lowercase letters, digits and single hyphens"
    ]


def test_a_remote_images_address_must_not_open_markup(project: Project) -> None:
    # TimelineJS reads an address with "iframe" in it as HTML: timeline.json must carry
    # no markup in one.
    src = "'https://x.example/iframe<iframe src=\"https://evil.example/\"></iframe>'"
    project.write(EVENT, event(f"image:\n  src: {src}\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' has a space, a quotation mark, '<', '>' or another character an "
        "address must not hold as it is; copy the address from the browser's address bar, which "
        "encodes them (a space is %20)"
    ]


@pytest.mark.parametrize(
    "address", ["https://[x.example/a.jpg", "https://x.example]/a.jpg", "https://x.example:99999/a.jpg"]
)
def test_an_address_whose_host_or_port_cannot_be_read_is_an_error_not_a_traceback(
    project: Project, address: str
) -> None:
    # urlsplit raises ValueError on these ('Invalid IPv6 URL', 'Port out of range'):
    # check stopped with a traceback on a source's address or a picture's.
    said = (
        "has a host or port that no browser can read: '[' and ']' go around an IPv6 address only, "
        "a port is a number up to 65535; copy the address from the browser's address bar"
    )
    text = project.root.joinpath(STORY).read_text()
    project.write(STORY, text + f"    url: '{address}'\n    archive_url: '{address}'\n")
    project.write(EVENT, event(f"image:\n  src: '{address}'\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' {said}",
        f"{STORY}:7:10: 'sources.src-a.url' {said}",
        f"{STORY}:8:18: 'sources.src-a.archive_url' {said}",
    ]


def test_images_may_not_leave_the_story_folder(project: Project) -> None:
    project.write(EVENT, event("image:\n  src: ../../secret.jpg\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' must be a path under the story's media/ folder or an "
        "https:// address, got '../../secret.jpg'"
    ]


@pytest.mark.parametrize("src", ["media/biden.pdf", "biden.pdf", "media/Biden.PDF"])
def test_an_image_that_is_not_a_picture_by_its_name_is_warned_about(project: Project, src: str) -> None:
    # A warning: such a file built before (a broken picture on the page), and every file
    # that builds keeps building; check --strict refuses it.
    rel = src.removeprefix("media/")
    project.write(f"content/story-a/media/{rel}", b"%PDF-1.4\n")
    project.write(EVENT, event(f"image:\n  src: {src}\n  alt: x\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert (
        f"{EVENT}:5:8: warning: 'image.src' is not a picture (.jpg, .jpeg, .png, .webp, .avif, .gif or .svg): "
        f"'{src}' shows as a broken picture; to offer another kind of file, link it from the text instead: "
        f"[{rel}](media/{rel})"
    ) in map(str, warnings)


@pytest.mark.parametrize("name", ["IMG_2000.HEIC", "scan.tif", "DSC_0001.NEF"])
def test_a_photo_no_browser_shows_is_told_to_be_exported_not_linked(project: Project, name: str) -> None:
    # Linking it from the text, as the warning for other files says, was the same error.
    project.write(f"content/story-a/media/{name}", b"\0\0\0\x18ftypheic")
    project.write(EVENT, event(f"image:\n  src: media/{name}\n  alt: x\n"))
    ext = name[name.index(".") :].lower()
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src': 'media/{name}' is a photo of type '{ext}', which browsers do not "
        "show; export it as JPEG and name that file"
    ]
    project.write(EVENT, event(f"body: '[the photo](media/{name})'\n"))
    assert [p.split(": ", 1)[1] for p in project.problems()] == [
        f"'body': 'media/{name}' is a photo of type '{ext}', which browsers do not show; export it as JPEG "
        "and name that file"
    ]


def test_a_key_behind_a_no_break_space_is_said_to_be(project: Project) -> None:
    # YAML reads '\u00a0date' as a key of its own: the editor saw "unknown key ' date'" (the
    # space invisible) and "missing required key 'date' (when it happened)".
    project.write(EVENT, "title: T\n\u00a0date: 2020\nsummary: S.\nsources: [src-a]\n")
    assert project.problems() == [
        f"{EVENT}:2:1: 'date' has a no-break space beside it (pasted from a web page or a word "
        "processor), which YAML takes as part of the key; delete it, and indent with ordinary spaces"
    ]
    # A key meant for a quote, read as one of the event's.
    project.write(EVENT, event("quotes:\n  - text: Hi\n\u00a0   by: ann\n"))
    assert project.problems() == [
        f"{EVENT}:5:5: missing required key 'by' in quotes[1] (a figure id, or the speaker's name)",
        f"{EVENT}:6:1: this line is indented with a no-break space (pasted from a web page or a word "
        "processor), which YAML does not count as indentation, so it read 'by' as a key in event; "
        "indent it with ordinary spaces",
    ]


def test_images_need_alt_text(project: Project) -> None:
    project.write(EVENT, event("image:\n  src: https://example.org/a.jpg\n"))
    assert project.problems() == [
        f"{EVENT}:5:3: missing required key 'alt' in image (what the image shows, for people who cannot see it)"
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "base_url: example.org/",
            "2:11: 'base_url' must be an http:// or https:// address, got 'example.org/'; did you mean 'https://example.org/'?",
        ),
        (  # a folder's path alone, as Jekyll's baseurl is written
            "base_url: /explicador/",
            "2:11: 'base_url' must be an http:// or https:// address, got '/explicador/'; give the site's "
            "whole address, such as 'https://your-org.github.io/explicador/' (the pages work in any folder as "
            "they are: the address is for what needs it whole, such as feeds and the embed code)",
        ),
        (
            "language: english!",
            "2:11: 'language' must be a language code such as 'en' or 'pt-BR' (BCP 47), got 'english!'",
        ),
        (  # the language's name, not its code
            "language: english",
            "2:11: 'language' must be a language code such as 'en' or 'pt-BR' (BCP 47), got 'english'; "
            "did you mean 'en'?",
        ),
        (  # a computer's name for a locale, with '_'
            "language: pt_BR",
            "2:11: 'language' must be a language code such as 'en' or 'pt-BR' (BCP 47), got 'pt_BR'; "
            "did you mean 'pt-BR'?",
        ),
        (
            "language: Deutsch",
            "2:11: 'language' must be a language code such as 'en' or 'pt-BR' (BCP 47), got 'Deutsch'; "
            "did you mean 'de'?",
        ),
        (
            "cname: https://news.example.org",
            "2:8: 'cname' must be a host name, e.g. 'explainers.example.org', got 'https://news.example.org'",
        ),
        (
            "base_url: https://editor:secret@example.org/",
            "2:11: 'base_url' must not hold a user name or password ('name@'); give the address alone",
        ),
        (
            "base_url: https://example.org/?x=/",
            "2:11: 'base_url' must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'",
        ),
        (
            "base_url: https://example.org/#top/",
            "2:11: 'base_url' must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'",
        ),
        (  # not ending in '/' either: said of its '?', not given '/' after it as an example
            "base_url: https://example.org/repo/?lang=en",
            "2:11: 'base_url' must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'",
        ),
        (
            "base_url: 'https://example.org/repo/#top'",
            "2:11: 'base_url' must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'",
        ),
        (
            "base_url: https://editor@example.org/repo",
            "2:11: 'base_url' must not hold a user name or password ('name@'); give the address alone",
        ),
    ],
)
def test_site_fields(project: Project, line: str, message: str) -> None:
    project.write("content/site.yaml", f"title: Test site\n{line}\n")
    assert project.problems() == [f"content/site.yaml:{message}"]


@pytest.mark.parametrize("char", ["\\v", "\\r", "\\e", "\\0", "\\x85"])
def test_control_characters_in_text_are_errors(project: Project, char: str) -> None:
    project.write(
        "content/story-a/events/e1.yaml",
        f'title: "First{char}event"\ndate: 2020-01-01\nsummary: "Some{char}thing."\n',
    )
    code = {"\\v": "000B", "\\r": "000D", "\\e": "001B", "\\0": "0000", "\\x85": "0085"}[char]
    assert project.problems() == [
        # at the escape that writes it
        f"content/story-a/events/e1.yaml:1:14: 'title' contains an invisible control character (U+{code}); remove it",
        f"content/story-a/events/e1.yaml:3:15: 'summary' contains an invisible control character (U+{code}); remove it",
    ]


@pytest.mark.parametrize("char", ["\\uFFFE", "\\uFFFF"])
def test_code_points_that_are_no_characters_are_errors(project: Project, char: str) -> None:
    # A YAML escape can write them; feed.xml cannot hold them (its readers reject it whole).
    project.write(
        "content/story-a/events/e1.yaml",
        f'title: "First{char}event"\ndate: 2020-01-01\nsummary: Something.\n',
    )
    code = char.removeprefix("\\u").upper()
    assert project.problems() == [
        f"content/story-a/events/e1.yaml:1:14: 'title' contains U+{code}, which is no character "
        "(the feed cannot hold it); remove it",
    ]


@pytest.mark.parametrize("text", ["[" * 20_000, "<div " * 20_000, "[*" * 10_000, "- " * 500 + "a"])
def test_markdown_too_costly_to_convert_is_refused_at_its_position(
    project: Project, text: str, deadline: None
) -> None:
    project.write(
        "content/story-a/events/e1.yaml",
        f"title: First event\ndate: 2020-01-01\nsummary: |\n  {text}\n",
    )
    problems = project.problems()
    assert len(problems) == 1
    assert problems[0].startswith("content/story-a/events/e1.yaml:3:10: 'summary': "), problems[0]


# --- one file on its own, without the rest of the story ------------------------------------


def parsed(text: str, path: str = "e.yaml") -> Node:
    problems: list[Problem] = []
    root = parse_yaml(text, path, problems)
    assert root is not None and problems == []
    return root


AN_EVENT = """\
title: T
date: 2020-01-01
summary: See ![a dot](media/dot.svg).
figures: [fig-a, fig-b]
locations: [loc-a]
sources: [src-a]
quotes:
  - text: Hi
    by: fig-a
    source: src-b
image:
  src: photo.jpg
  alt: A photo
"""


def test_a_file_hands_on_its_values_and_what_to_check_across_files() -> None:
    root = parsed(AN_EVENT)
    assert isinstance(root, Mapping)
    result = check_file(root, Kind.EVENT)
    assert result.problems == []  # whether fig-b or src-b exist is not this file's to know
    assert result.values == {
        "title": "T",
        "date": parse_date("2020-01-01"),
        "summary": "See ![a dot](media/dot.svg).",
        "figures": ("fig-a", "fig-b"),
        "locations": ("loc-a",),
        "sources": ("src-a",),
        "quotes": ({"text": "Hi", "by": "fig-a", "source": "src-b"},),
        "image": {"src": "media/photo.jpg", "alt": "A photo"},  # a name alone is in media/
    }
    at = Position
    assert result.refs == [
        Ref("figure", "fig-a", "figures[1]", at("e.yaml", 4, 11)),
        Ref("figure", "fig-b", "figures[2]", at("e.yaml", 4, 18)),
        Ref("location", "loc-a", "locations[1]", at("e.yaml", 5, 13)),
        Ref("source", "src-a", "sources[1]", at("e.yaml", 6, 11)),
        Ref("source", "src-b", "quotes[1].source", at("e.yaml", 10, 13)),
    ]
    assert result.images == [
        ("dot.svg", "summary", at("e.yaml", 3, 23)),  # a Markdown image in the text, where it is
        ("photo.jpg", "image.src", at("e.yaml", 12, 8)),
    ]


def test_values_come_out_as_the_model_wants_them() -> None:
    root = parsed("name: N\nkind: city\ncoordinates: [42, -74.5]\nsummary: 2.50\n", "l.yaml")
    assert isinstance(root, Mapping)
    result = check_file(root, Kind.LOCATION)
    assert result.problems == [] and result.refs == [] and result.images == []
    # Coordinates as numbers; a number given for text as it was written, not as Python prints it.
    assert result.values == {"name": "N", "kind": "city", "coordinates": (42.0, -74.5), "summary": "2.50"}


def test_a_file_that_is_not_a_mapping_has_no_values() -> None:
    checker = Checker()
    assert checker.record(parsed("- a\n- b\n", "f.yaml"), schema.FIGURE) is None
    assert [str(p) for p in checker.problems] == [
        "f.yaml:1:1: 'figure' must be a figure ('key: value' lines), got a list"
    ]


def test_a_file_is_ok_only_when_no_value_anywhere_in_it_failed() -> None:
    assert ok({"title": "T", "tags": ("a", "b"), "sources": {"s": {"publisher": "P"}}})
    assert ok({})
    assert not ok(None)
    assert not ok({"title": INVALID})
    assert not ok({"tags": ("a", INVALID)})
    assert not ok({"sources": {"s": {"publisher": "P", "url": INVALID}}})
    assert not ok({"quotes": ({"text": "Hi", "by": INVALID},)})


def test_every_problem_of_a_file_is_reported_not_only_the_first() -> None:
    root = parsed("title: [a]\ndate: someday\nsummary: ''\nfigures: x\nsumary: y\n")
    assert isinstance(root, Mapping)
    result = check_file(root, Kind.EVENT)
    assert [str(p) for p in result.problems] == [
        "e.yaml:1:8: 'title' must be text, got a list",
        "e.yaml:2:7: 'date' is not a valid date: expected a date in the form YYYY, YYYY-MM, "
        "YYYY-MM-DD or YYYY-MM-DDTHH:MM (optionally :SS and +HH:MM or Z)",
        "e.yaml:3:10: 'summary' is empty",
        "e.yaml:4:10: 'figures' must be a list (write [a, b] or one '- item' per line), got 'x'; write [x]",
        "e.yaml:5:1: unknown key 'sumary' in event; like 'summary', given already on line 3: is one of the two left over?",
    ]
    assert not ok(result.values)


def test_an_empty_block_of_text_at_the_end_of_a_file_says_where_its_lines_go() -> None:
    root = parsed("title: T\ndate: 2020\nsummary: |")  # no line break after it
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        "e.yaml:3:10: 'summary' is empty: the text of 'summary: |' goes on the lines below it, each "
        "indented by 2 spaces more than 'summary:'",
    ]


def test_an_empty_block_of_text_says_where_its_lines_go() -> None:
    # Its text pasted without indentation, with a ': ' in it: YAML read a new key there.
    root = parsed("title: T\ndate: 2020\nsummary: |\nquotes:\n  - by: ann\n    text: >-\n\n")
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        "e.yaml:3:10: 'summary' is empty: the text of 'summary: |' goes on the lines below it, each "
        "indented by 2 spaces more than 'summary:'",
        "e.yaml:6:11: 'quotes[1].text' is empty: the text of 'text: >-' goes on the lines below it, each "
        "indented by 2 spaces more than 'text:'",
    ]


def test_a_long_quoted_number_is_shortened_like_any_value(project: Project) -> None:
    project.write(LOCATION, f'name: A\nkind: city\ncoordinates: ["{"4" * 60}", 74.5]\n')
    assert project.problems() == [
        f"{LOCATION}:3:15: 'coordinates latitude' must be a number, got the text \"{'4' * 37}...\" (in quotes)"
    ]


def test_a_quoted_number_out_of_range_is_not_told_that_removing_the_quotes_will_do(project: Project) -> None:
    project.write(LOCATION, 'name: A\ncoordinates: ["95", 74.5]\n')
    assert project.problems() == [
        f"{LOCATION}:2:15: 'coordinates latitude' must be a number, got the text \"95\" (in quotes)"
    ]


def test_an_image_src_cut_at_a_comment_says_so_with_the_name_in_quotes(project: Project) -> None:
    project.write("content/story-a/media/map #2.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    project.write(EVENT, event("image:\n  src: media/map #2.svg\n  alt: A map\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' reads 'media/map': YAML takes what follows ' #' as a comment; "
        'write the file\'s name in double quotes: "media/map #2.svg"'
    ]


ZONE_EXPECTED = "must be a time zone's name such as 'Europe/Paris' or 'America/Santiago' (IANA)"


@pytest.mark.parametrize(
    ("zone", "message"),
    [
        ("Europe/Paris", None),
        ("UTC", None),
        ("America/Argentina/Buenos_Aires", None),
        ("Paris", "got 'Paris'; did you mean 'Europe/Paris'?"),
        ("europe/paris", "got 'europe/paris'; did you mean 'Europe/Paris'?"),
        ("Europe/Pari", "got 'Europe/Pari'; did you mean 'Europe/Paris'?"),
        ("New York", "got 'New York'; did you mean 'America/New_York'?"),
        ("Europe", "got 'Europe'"),  # a folder of the database, no zone
        ("localtime", "got 'localtime'"),  # the computer's own zone: another computer's would differ
        ("../../etc/passwd", "got '../../etc/passwd'"),
        # An offset: it was "did you mean 'Etc/GMT+2'?", the database's name for UTC-2.
        *(
            (
                offset,
                f"got '{offset}'; a UTC offset is no place's clock (it keeps no summer time): write the "
                "zone of the place, such as 'Europe/Paris', or, for a clock that never changes, "
                f"'{etc}' (the database writes UTC{offset[-2:]} as GMT{etc[-2:]})",
            )
            for offset, etc in (("GMT+2", "Etc/GMT-2"), ("UTC+2", "Etc/GMT-2"), ("UTC-5", "Etc/GMT+5"))
        ),
        ("+02:00", "got '+02:00'; a UTC offset is no place's clock (it keeps no summer time): write the zone "
         "of the place, such as 'Europe/Paris', or, for a clock that never changes, 'Etc/GMT-2' (the "
         "database writes UTC+2 as GMT-2)"),
        ("GMT+14", "got 'GMT+14'; a UTC offset is no place's clock (it keeps no summer time): write the zone "
         "of the place, such as 'Europe/Paris', or, for a clock that never changes, 'Etc/GMT-14' (the "
         "database writes UTC+14 as GMT-14)"),  # Kiribati's Line Islands: the database goes to +14
        ("GMT-13", "got 'GMT-13'; a UTC offset is no place's clock (it keeps no summer time): write the zone "
         "of the place, such as 'Europe/Paris'"),  # and to -12 only
        ("UTC+0", "got 'UTC+0'; a UTC offset is no place's clock (it keeps no summer time): write the zone "
         "of the place, such as 'Europe/Paris', or 'UTC'"),
        ("UTC+5:30", "got 'UTC+5:30'; a UTC offset is no place's clock (it keeps no summer time): write the "
         "zone of the place, such as 'Europe/Paris'"),  # no Etc zone has half hours
        # As an Indian newsroom names its clock: 'IST' is India's, Ireland's or Israel's.
        ("IST", "got 'IST'; IST may be more than one clock: write 'Asia/Kolkata' (India), "
         "'Europe/Dublin' (Ireland) or 'Asia/Jerusalem' (Israel)"),
        ("India Standard Time", "got 'India Standard Time'; did you mean 'Asia/Kolkata'?"),
        ("Asia/Chennai", "got 'Asia/Chennai'; did you mean 'Asia/Kolkata'?"),  # was 'Asia/Chita'
    ],
)  # fmt: skip
def test_the_sites_time_zone_is_a_zone_of_the_iana_database(
    project: Project, zone: str, message: str | None
) -> None:
    project.write("content/site.yaml", f"title: Test site\ntime_zone: {zone}\n")
    expected = [] if message is None else [f"content/site.yaml:2:12: 'time_zone' {ZONE_EXPECTED}, {message}"]
    assert project.problems() == expected


def test_sources_that_failed_their_check_are_none_at_all() -> None:
    assert sources_or_empty({"title": "T"}) == {}
    assert sources_or_empty({"sources": INVALID}) == {}
    assert sources_or_empty({"sources": {"s": {"publisher": "P"}}}) == {"s": {"publisher": "P"}}


def test_a_missing_required_key_whose_words_have_brackets_says_them_after_it(project: Project) -> None:
    # In brackets, they read '(first publication: the day (YYYY-MM-DD), ...)'.
    project.write(STORY, "title: Story A\nsummary: About it.\n")
    assert project.problems()[-1:] == [
        f"{STORY}:1:1: missing required key 'published' in story; it holds first publication: the day "
        "(YYYY-MM-DD), or its time too (YYYY-MM-DDTHH:MM, optionally :SS and +HH:MM or Z; without an "
        "offset, on the site's 'time_zone')"
    ]


def test_a_text_of_too_many_blocks_is_told_at_the_block_that_passes_the_limit(project: Project) -> None:
    # Told at its key's line, an editor had 3,000 lines to look through, and "split it
    # up" said neither where nor how.
    items = "".join(f"  - item {k}\n" for k in range(3_005))
    project.write(EVENT, event(f"body: |\n{items}"))
    assert project.problems() == [
        f"{EVENT}:3005:3: 'body': Markdown text of 3,005 blocks (headings, list items, quotes and "
        "paragraphs) is too many to convert in reasonable time (at most 3,000); move part of it into "
        "another text (the body of another event, or of a new one), or join short paragraphs and list "
        "items into fewer"
    ]
    assert project.root.joinpath(EVENT).read_text().splitlines()[3004] == "  - item 3000"  # the 3,001st


def test_a_text_too_long_is_told_where_it_passes_the_limit(project: Project) -> None:
    line = "word " * 19 + "word\n"  # 100 characters a line
    project.write(EVENT, event("body: |\n" + "".join("  " + line for _ in range(2_001))))
    assert project.problems() == [
        f"{EVENT}:2005:3: 'body': Markdown text of 200,099 characters is too long to convert (at most "
        "200,000); move part of it into another text (the body of another event, or of a new one), or "
        "join short paragraphs and list items into fewer"
    ]


def test_a_language_written_in_any_case_is_checked_as_bcp_47_writes_it(project: Project) -> None:
    # Read in any case, carried as 'pt-BR': the pages' lang, feeds and exports said 'pt-br'.
    story = "content/story-a/story.yaml"
    project.write(story, project.root.joinpath(story).read_text(encoding="utf-8") + "language: pt-br\n")
    assert project.problems() == []
    root = parse_yaml(project.root.joinpath(story).read_text(encoding="utf-8"), story, [])
    assert isinstance(root, Mapping)
    values = check_file(root, Kind.STORY).values
    assert values is not None and values["language"] == "pt-BR"


@pytest.mark.parametrize(
    ("lines", "where", "named"),
    [
        ("    url: https://ann:s3cret@wire.example/story\n", "7:10", "'sources.src-a.url'"),
        ("    url: https://ann%3As3cret@wire.example/story\n", "7:10", "'sources.src-a.url'"),
        ("body: |\n  Read [the wire](https://ann:s3cret@wire.example/story).\n", "6:19",
         "'body' links to an address that"),
        # No '/' after the scheme: on a page of the other scheme, in a feed reader or an
        # importer, read as 'https://ann:s3cret@wire.example/story' all the same.
        ("    url: https:ann:s3cret@wire.example/story\n", "7:10", "'sources.src-a.url'"),
        ("body: |\n  Read [the wire](https:ann:s3cret@wire.example/story).\n", "6:19",
         "'body' links to an address that"),
        ("image:\n  src: https://ann:s3cret@wire.example/story.jpg\n  alt: A\n", "8:8", "'image.src'"),
        # Written out in a text the pages show as it is: the page, the search index and the
        # social card gave it to every reader.
        ("byline: Ann (https://ann:s3cret@wire.example/story)\n", "7:14", "'byline' gives an address that"),
    ],
)  # fmt: skip
def test_an_address_with_a_password_is_refused_without_showing_it(
    project: Project, lines: str, where: str, named: str
) -> None:
    # It was published on the pages, in the feed and the exports, password and all.
    file = EVENT if lines.startswith("body") else STORY
    project.write(file, event("sources: [src-a]\n" + lines) if file == EVENT else STORY_START + lines)
    if file == EVENT:
        project.write(STORY, STORY_START + "    url: https://wire.example/story\n")
    said = [p for p in everything_said() if p.startswith(file)]
    assert said[0].startswith(f"{file}:{where}: {named} holds a password ('ann:…@' before its host)")
    assert "write it without them, 'https://wire.example/story" in said[0]
    assert all("s3cret" not in p for p in said)


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("  Read [the wire](https://ann:s3cret&#64;wire.example/story).\n", 19),
        ("  Read [the wire](https://ann&#58;s3cret&commat;wire.example/story).\n", 19),
        ('  Read <a href="https://ann:s3cret&#x40;wire.example/story">the wire</a>.\n', 17),
        ("  Read [the wire](https:\\\\ann:s3cret@wire.example/story).\n", 19),
        ("  Read [the wire](https:/ann:s3cret@wire.example/story).\n", 19),
        ("  Read [the wire](http&#115;://ann:s3cret@wire.example/story).\n", 19),
        ("  Read [the wire](https://ann:s3cret\\_b@wire.example/story).\n", 19),  # Markdown's '\\_' is '_'
        # A ':' percent-encoded in the user name: the name a browser sends is 'ann:s3cret'.
        ("  Read [the wire](https://ann%3As3cret@wire.example/story).\n", 19),
        # Without its scheme: read on an https page as 'https://ann:s3cret@wire.example/story'.
        ("  Read [the wire](//ann:s3cret@wire.example/story).\n", 19),
        ('  Read <a href="//ann:s3cret@wire.example/story">the wire</a>.\n', 17),
        ("  [wire]: //ann:s3cret@wire.example/story\n\n  Read [the wire][wire].\n", 11),
    ],
)
def test_a_password_is_found_in_an_address_as_browsers_read_it(
    project: Project, line: str, column: int
) -> None:
    # An '@' or ':' written as a character reference ('&#64;'), '\\' for '/' and one '/'
    # or none after 'https:' are read by browsers as the address with its password, and
    # the pages published it so ('https://ann:s3cret@wire.example/story'): the text was
    # looked through as written.
    project.write(EVENT, event("body: |\n" + line))
    said = [p for p in everything_said() if p.startswith(EVENT)]
    assert said[0].startswith(
        f"{EVENT}:5:{column}: 'body' links to an address that holds a password ('ann:…@' before its host)"
    )
    assert "write it without them, 'https://wire.example/story" in said[0]
    assert all("s3cret" not in p for p in said)


def test_a_long_text_is_looked_through_for_a_password_in_linear_time() -> None:
    # An address's user name and password were two runs that could each hold ':': a text
    # of 'https://' and 64,000 characters of 'a:' and no '@' after it took 9 s to check
    # (and four times as long for twice as many). Its password is still found after them.
    run = "a:" * 100_000
    for text, said in ((f"@ https://{run}", False), (f"https://{run}@wire.example/", True)):
        root = parse_yaml(event(f"body: '{text}'\n"), EVENT, [])
        assert isinstance(root, Mapping)
        started = time.perf_counter()
        problems = check_file(root, Kind.EVENT).problems
        assert time.perf_counter() - started < 2
        assert any("holds a password" in p.message for p in problems) is said


def test_an_address_with_a_user_name_alone_still_builds(project: Project) -> None:
    # Every file that built keeps building: only a password is refused.
    project.write(STORY, STORY_START + "    url: https://ann@wire.example/story\n")
    check_and_lint(content="content")


@pytest.mark.parametrize(
    ("lines", "where", "named", "then"),
    [
        ("    url: https://wire.example/story?access_token=abc\n", "7:10", "'sources.src-a.url'",
         "the pages, the feed and the exports give it to every reader"),
        ("    url: https://wire.example/story\n    archive_url: https://archive.example/s?X-Amz-Signature=ff\n",
         "8:18", "'sources.src-a.archive_url'", "the pages, the feed and the exports"),
        ("image:\n  src: https://cdn.example/dock.jpg?sv=2024&sig=ab%2Fc\n  alt: A\n", "8:8", "'image.src'",
         "every reader's browser asks for the picture with it"),
        ("summary: Read [the wire](https://wire.example/s?a=1&amp;Token=x).\n", "3:26",
         "'summary' links to an address that", "the pages, the feed and the exports"),
    ],
)  # fmt: skip
def test_an_address_with_a_token_in_its_query_is_warned_of_where_it_is(
    project: Project, lines: str, where: str, named: str, then: str
) -> None:
    # Check said nothing: only the import named such parameters, as it took them in.
    file = EVENT if lines.startswith("summary") else STORY
    project.write(STORY, STORY_START + ("    url: https://wire.example/story\n" if file == EVENT else lines))
    if file == EVENT:
        project.write(EVENT, event("sources: [src-a]\n").replace("summary: Text.\n", lines))
    else:
        project.write(EVENT, event("sources: [src-a]\n"))
    _, warnings = check_and_lint(content="content")  # a warning: it builds
    said = [str(w) for w in warnings if w.where.path == file and "secret or signature" in w.message]
    assert len(said) == 1
    parameter = {"7:10": "access_token", "8:18": "X-Amz-Signature", "8:8": "sig", "3:26": "Token"}[where]
    assert said[0].startswith(f"{file}:{where}: warning: {named} carries '{parameter}' in its query")
    assert then in said[0]


def test_a_token_is_warned_of_among_the_errors_a_build_prints(project: Project) -> None:
    # A build that stops on an error prints the warnings of each file with it.
    project.write(STORY, STORY_START + "    url: https://wire.example/story?sig=ab\n")
    project.write(EVENT, event("sources: [src-a]\ndate: 2020-02-30\n").replace("date: 2020-01-01\n", "", 1))
    said = everything_said()
    assert any(p.startswith(f"{STORY}:7:10: warning: 'sources.src-a.url' carries 'sig'") for p in said)
