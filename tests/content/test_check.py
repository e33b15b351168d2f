"""Each content file checked on its own against its schema (``check.py``): one test per
rule, each asserting the exact message editors see, and what a file's check hands on to
the checks across files."""

from __future__ import annotations

import pytest

from generator.commands.check import check_and_lint
from generator.content import markdown_shown, schema
from generator.content.check import INVALID, Checker, Ref, check_file, ok, sources_or_empty
from generator.content.dates import parse_date
from generator.content.kinds import Kind
from generator.content.yamlnodes import Mapping, Node, parse_yaml
from generator.errors import Position, Problem
from tests.conftest import Project
from tests.images import tiny_png

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


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("content/story-a/figures/e2.yaml", "title: T\ndate: 2021-03-28\nsummary: S.\nfigures: [fig-a]\n",
         "1:1: this is an event, not a figure, by its keys ('title', 'date', 'summary'): move it into events/"),
        ("content/story-a/locations/ann.yaml", "name: Ann\nrole: A witness\n",
         "1:1: this is a figure, not a location, by its keys ('name', 'role'): move it into figures/"),
        ("content/story-a/events/port.yaml", "name: Port\ncoordinates: [10, 20]\n",
         "1:1: this is a location, not an event, by its keys ('name'): move it into locations/"),
    ],
)  # fmt: skip
def test_a_file_saved_in_another_kinds_folder_is_one_error_saying_where_it_goes(
    project: Project, path: str, text: str, message: str
) -> None:
    # An event in figures/ got seven errors (two keys missing, five unknown), none saying so.
    project.write(path, text)
    assert project.problems() == [f"{path}:{message}"]


def test_a_file_short_of_its_own_keys_is_not_taken_for_another_kind(project: Project) -> None:
    # A place needs only 'name': a figure being written, with its name alone, is no place.
    project.write(FIGURE, "name: Figure A\n")
    assert project.problems() == [f"{FIGURE}:1:1: missing required key 'role' in figure"]


def test_a_misspelt_required_key_is_one_error_at_the_misspelling(project: Project) -> None:
    project.write(EVENT, "tittle: An event\ndate: 2020-01-01\nsummary: Text.\n")
    assert project.problems() == [f"{EVENT}:1:1: unknown key 'tittle' in event; did you mean 'title'?"]


def test_keys_of_an_empty_image_left_unindented_are_told_to_go_under_it(project: Project) -> None:
    # 'src' was said to be like 'sources', "is one of the two left over?"
    project.write(EVENT, event("sources: [src-a]\nimage:\nsrc: media/photo.jpg\nalt: The rally\n"))
    under = "it is a key of 'image:' on line 5, which is empty: indent it by 2 spaces, under 'image:'"
    assert project.problems() == [
        f"{EVENT}:6:1: unknown key 'src' in event; {under}",
        f"{EVENT}:7:1: unknown key 'alt' in event; {under}",
    ]


def test_keys_of_an_empty_list_of_quotes_left_unindented_are_told_how_to_write_an_item(
    project: Project,
) -> None:
    project.write(EVENT, event("sources: [src-a]\nquotes:\ntext: Hi\nby: ann\n"))
    under = (
        "it is a key of the items of 'quotes:' on line 5, which is empty: write each item under it "
        "as '  - text: ...', with the item's other keys below, indented by 4 spaces"
    )
    assert project.problems() == [
        f"{EVENT}:6:1: unknown key 'text' in event; {under}",
        f"{EVENT}:7:1: unknown key 'by' in event; {under}",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # YAML reads it: the list ends there and 'source' is the event's
            "sources: [src-a]\nquotes:\n  - text: Hi\n    by: ann\nsource: src-a\n",
            "8:1: unknown key 'source' in event; it is a key of the items of 'quotes:' on line 5: "
            "indent it by 4 spaces, as the other keys of its last item are",
        ),
        (  # no 'sources:' in the event: 'source' may be it, misspelt
            "quotes:\n  - text: Hi\n    by: ann\nsource: src-a\n",
            "7:1: unknown key 'source' in event; it is a key of the items of 'quotes:' on line 4: "
            "indent it by 4 spaces, as the other keys of its last item are; or did you mean 'sources'?",
        ),
        (
            "image:\n  src: https://example.org/a.jpg\n  alt: A\ncredit: AP\n",
            "7:1: unknown key 'credit' in event; it is a key of 'image:' on line 4: indent it by 2 "
            "spaces, as its other keys are",
        ),
    ],
)
def test_the_last_key_of_a_record_left_at_the_start_of_the_line_is_told_to_line_up(
    project: Project, body: str, expected: str
) -> None:
    # 'source' was said to be like 'sources': "is one of the two left over?"
    project.write(EVENT, event(body))
    assert project.problems() == [f"{EVENT}:{expected}"]


def test_a_key_of_an_image_after_another_key_is_not_said_to_belong_to_it(project: Project) -> None:
    # A key given between them: 'src' is not left out of 'image:' alone.
    project.write(EVENT, event("image:\ntags: [a]\nsrc: media/photo.jpg\n"))
    assert project.problems() == [f"{EVENT}:6:1: unknown key 'src' in event; did you mean 'sources'?"]


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


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        (
            EVENT,
            event("quotes:\n  - text: Hi\n    author: fig-a\n"),
            "6:5: unknown key 'author' in quotes[1]; did you mean 'by'?",
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
        f"{FIGURE}:3:1: unknown key 'height' in figure (known keys: name, role, summary, aliases, image)"
    ]


def test_unknown_keys_in_nested_records_name_the_record(project: Project) -> None:
    project.write(EVENT, event("quotes:\n  - text: Hi\n    by: fig-a\n    sorce: src-a\n"))
    assert project.problems() == [f"{EVENT}:7:5: unknown key 'sorce' in quotes[1]; did you mean 'source'?"]


def test_missing_required_keys(project: Project) -> None:
    project.write(EVENT, "title: An event\n")
    assert project.problems() == [
        f"{EVENT}:1:1: missing required key 'date' in event",
        f"{EVENT}:1:1: missing required key 'summary' in event",
    ]


def test_required_keys_with_no_value(project: Project) -> None:
    project.write(EVENT, "title:\ndate: 2020\nsummary: x\n")
    assert project.problems() == [f"{EVENT}:1:1: 'title' is required but has no value"]


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


def test_a_source_or_figure_written_out_where_its_id_goes_says_where_it_belongs(project: Project) -> None:
    project.write(
        EVENT,
        event(
            "sources:\n  - title: Harbour report\n    url: https://example.org/r\n"
            "figures:\n  - name: Anna Lind\n    role: Mayor\n"
        ),
    )
    assert project.problems() == [
        f"{EVENT}:5:5: 'sources[1]' must be a source id, got a mapping ('key: value' lines); a source is "
        "written once, under 'sources:' in story.yaml, with an id of its own, and named by that id "
        "wherever it is cited",
        f"{EVENT}:8:5: 'figures[1]' must be a figure id, got a mapping ('key: value' lines); a figure is "
        "written in a file of its own in figures/ (explainer new figure), and named by its id, the "
        "file's name without .yaml",
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
        f"{STORY}:{lines + 3}:5: 'unknowns[2]' must be text, got a mapping ('key: value' lines)",
    ]


def test_a_record_given_as_text(project: Project) -> None:
    project.write(EVENT, event("image: photo.jpg\nquotes: [Hi]\n"))
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "updates: [Added a map]\n")
    assert project.problems() == [
        f"{EVENT}:4:8: 'image' must be an image ('key: value' lines), got 'photo.jpg'; write 'image:' "
        "alone on its line, and below it, each indented by 2 spaces, 'src: media/photo.jpg' and 'alt: ...' "
        "(what the picture shows)",
        f"{EVENT}:5:10: 'quotes[1]' must be a quote ('key: value' lines), got 'Hi'",
        f"{STORY}:7:11: 'updates[1]' must be an update ('key: value' lines), got 'Added a map'",
    ]


def test_an_event_taken_out_says_when_and_why(project: Project) -> None:
    # 'removed: true' is how a newsroom would first write it: told what to write instead.
    project.write(EVENT, event("removed: true\n"))
    project.write("content/story-a/events/e2.yaml", event("removed:\n  date: 2020-01-05\n"))
    project.write("content/story-a/events/e3.yaml", event("removed:\n  reason: Wrong.\n  date: 2020-02-30\n"))
    assert project.problems() == [
        f"{EVENT}:4:10: 'removed' must be a removal ('key: value' lines), got true; write 'removed:' alone "
        "on its line, and below it, each indented by 2 spaces, 'date: ...' (when the event was taken out) "
        "and 'reason: ...' (why, for readers)",
        "content/story-a/events/e2.yaml:5:3: missing required key 'reason' in removed",
        "content/story-a/events/e3.yaml:6:9: 'removed.date' is not a valid date: February 2020 has no day 30",
    ]
    project.write(
        EVENT, event("removed:\n  date: 2020-01-05T10:00+06:00\n  reason: We *could not* confirm it.\n")
    )
    project.write("content/story-a/events/e2.yaml", event(""))
    project.write("content/story-a/events/e3.yaml", event(""))
    assert project.problems() == []


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


def test_ids_written_without_brackets_are_told_the_list_to_write(project: Project) -> None:
    # It was told to write '[a, b]', not which list.
    project.write(EVENT, event("sources: src-a, src-b\n"))
    assert project.problems() == [
        f"{EVENT}:4:10: 'sources' must be a list (write [a, b] or one '- item' per line), got "
        "'src-a, src-b'; write [src-a, src-b]"
    ]
    project.write(STORY, "title: S\nsummary: S.\npublished: 2020-01-01\nunknowns: Why, and who pays\n")
    assert project.problems()[-1] == (  # a text's commas are its own: no list made of its words
        f"{STORY}:4:11: 'unknowns' must be a list (write [a, b] or one '- item' per line), got "
        "'Why, and who pays'"
    )


def test_names_written_without_brackets_are_told_the_list_to_write(project: Project) -> None:
    # A list of names, as an article gives them, was told only to write '[a, b]'.
    project.write(
        EVENT, event('figures: "Ann Lee, Bo Park"\nlocations: Osh Market\nsources: Example News, AP\n')
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Fig A\nrole: Witness\naliases: 'Ann L., A. Lee: mayor, #1 Lee'\n",
    )
    assert project.problems() == [
        f"{EVENT}:4:10: 'figures' must be a list (write [a, b] or one '- item' per line), got "
        "'Ann Lee, Bo Park'; write their ids: [ann-lee, bo-park]",
        f"{EVENT}:5:12: 'locations' must be a list (write [a, b] or one '- item' per line), got "
        "'Osh Market'; write their ids: [osh-market]",
        # A source's id is not made from its publisher's name: no guess.
        f"{EVENT}:6:10: 'sources' must be a list (write [a, b] or one '- item' per line), got 'Example News, AP'",
        f"{FIGURE}:3:10: 'aliases' must be a list (write [a, b] or one '- item' per line), got "
        '\'Ann L., A. Lee: mayor, #1 Lee\'; write [Ann L., "A. Lee: mayor", "#1 Lee"]',
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


def test_end_before_date(project: Project) -> None:
    project.write(EVENT, event("end: 2019-12-31\n"))
    # An event cannot end before it starts: most often the two were swapped.
    assert project.problems() == [
        f"{EVENT}:4:6: 'end' (2019-12-31) is before 'date' (2020-01-01); if the two were written the wrong "
        "way round, write 'date: 2019-12-31' and 'end: 2020-01-01'; if not, correct the one mistyped"
    ]


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


def test_a_coarser_end_after_the_date_is_fine(project: Project) -> None:
    project.write(EVENT, event("end: 2020-02\n"))
    assert project.problems() == []


def test_times_with_utc_offsets_are_compared_as_instants(project: Project) -> None:
    # 10:00 at UTC-4 is 14:00 UTC: an end at 13:00 UTC is an hour before it
    text = event("end: 2024-05-13T13:00Z\n").replace("date: 2020-01-01", "date: 2024-05-13T10:00-04:00")
    project.write(EVENT, text)
    assert project.problems() == [
        f"{EVENT}:4:6: 'end' (2024-05-13T13:00Z) is before 'date' (2024-05-13T10:00-04:00); if the two were "
        "written the wrong way round, write 'date: 2024-05-13T13:00Z' and 'end: 2024-05-13T10:00-04:00'; if "
        "not, correct the one mistyped"
    ]
    # 01:00 at UTC+5 is 20:00 UTC the day before: 21:00 UTC that day is an hour after it
    text = event("end: 2024-04-04T21:00Z\n").replace("date: 2020-01-01", "date: 2024-04-05T01:00+05:00")
    project.write(EVENT, text)
    assert project.problems() == []


def test_updated_before_published(project: Project) -> None:
    project.write(STORY, project.root.joinpath(STORY).read_text() + "updated: 2019-05-01\n")
    assert project.problems() == [
        f"{STORY}:7:10: 'updated' (2019-05-01) is before 'published' (2020-01-02); 'updated' is when the "
        "story last changed, after it was published: correct the one mistyped"
    ]


@pytest.mark.parametrize(
    ("coordinates", "message"),
    [
        ("[95, 20]", "4:15: latitude 95 is out of range (-90 to 90)"),
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


def test_images_may_not_leave_the_story_folder(project: Project) -> None:
    project.write(EVENT, event("image:\n  src: ../../secret.jpg\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' must be a path under the story's media/ folder or an "
        "https:// address, got '../../secret.jpg'"
    ]


@pytest.mark.parametrize(
    ("src", "shown"),
    [
        (
            "C:\\Users\\ann\\Pictures\\pickets.jpg",
            "'C:\\Users\\ann\\Pictures\\pickets.jpg'",
        ),  # Windows' "Copy as path"
        ("/home/ann/pickets.jpg", "'/home/ann/pickets.jpg'"),
    ],
)
def test_a_path_on_the_editors_computer_is_told_to_copy_the_file_into_media(
    project: Project, src: str, shown: str
) -> None:
    project.write(EVENT, event(f"image:\n  src: {src}\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' must be a path under the story's media/ folder or an "
        f"https:// address, got {shown}; copy the file into the story's media/ folder and write "
        "'media/pickets.jpg'"
    ]


@pytest.mark.parametrize(
    ("src", "fix"),
    [
        ("//cdn.example.com/x.jpg", "; an address starts with https: ('https://cdn.example.com/x.jpg')"),
        ("/media/pickets.jpg", "; write it without the first '/': 'media/pickets.jpg'"),
        ("/pickets.jpg?w=1", ""),  # no plain name to offer
    ],
)
def test_a_src_from_the_root_gets_the_fix_its_form_calls_for(project: Project, src: str, fix: str) -> None:
    project.write(EVENT, event(f"image:\n  src: '{src}'\n  alt: x\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src' must be a path under the story's media/ folder or an "
        f"https:// address, got '{src}'{fix}"
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


@pytest.mark.parametrize(
    ("given", "src"),
    [
        ("photo.jpg", "media/photo.jpg"),
        ("media/a b.PNG", "media/a b.PNG"),
        ("https://x.org/a.jpg", "https://x.org/a.jpg"),
        # Not a picture's name alone: the form of one.
        ("/media/photo.jpg", "media/<file>"),
        ("./media/photo.jpg", "media/<file>"),
        ("http://x.org/a.jpg", "media/<file>"),
        ("C:\\Users\\me\\a.jpg", "media/<file>"),
        ("A man holds a flag", "media/<file>"),
    ],
)
def test_a_picture_named_alone_is_told_the_lines_to_write(project: Project, given: str, src: str) -> None:
    project.write(EVENT, event(f"image: {given}\n"))
    assert project.problems() == [
        f"{EVENT}:4:8: 'image' must be an image ('key: value' lines), got '{given}'; write 'image:' alone "
        f"on its line, and below it, each indented by 2 spaces, 'src: {src}' and 'alt: ...' (what the "
        "picture shows)"
    ]


def test_a_key_behind_a_no_break_space_is_said_to_be(project: Project) -> None:
    # YAML reads '\u00a0date' as a key of its own: the editor saw "unknown key ' date'" (the
    # space invisible) and "missing required key 'date'".
    project.write(EVENT, "title: T\n\u00a0date: 2020\nsummary: S.\nsources: [src-a]\n")
    assert project.problems() == [
        f"{EVENT}:2:1: 'date' has a no-break space beside it (pasted from a web page or a word "
        "processor), which YAML takes as part of the key; delete it, and indent with ordinary spaces"
    ]
    # A key meant for a quote, read as one of the event's.
    project.write(EVENT, event("quotes:\n  - text: Hi\n\u00a0   by: ann\n"))
    assert project.problems() == [
        f"{EVENT}:5:5: missing required key 'by' in quotes[1]",
        f"{EVENT}:6:1: this line is indented with a no-break space (pasted from a web page or a word "
        "processor), which YAML does not count as indentation, so it read 'by' as a key in event; "
        "indent it with ordinary spaces",
    ]


def test_images_need_alt_text(project: Project) -> None:
    project.write(EVENT, event("image:\n  src: https://example.org/a.jpg\n"))
    assert project.problems() == [f"{EVENT}:5:3: missing required key 'alt' in image"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "base_url: https://example.org/repo",
            "2:11: 'base_url' must end with '/', e.g. 'https://example.org/repo/'",
        ),
        (
            "base_url: example.org/",
            "2:11: 'base_url' must be an http:// or https:// address, got 'example.org/'; did you mean 'https://example.org/'?",
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


@pytest.mark.parametrize(
    ("summary", "link", "image"),
    [
        ("See [x](events/nope.yaml) and ![m](media/gone.png).", "3:18", "3:45"),
        ("See\n  [x](events/nope.yaml) and\n  ![m](media/gone.png).", "4:7", "5:8"),
        ("'It''s [x](events/nope.yaml), ''and'' ![m](media/gone.png).'", "3:21", "3:53"),
        ('"Caf\\u00e9 \\"q\\" [x](events/nope.yaml)\\tand ![m](media/gone.png)."', "3:31", "3:59"),
        ('"See \\\n  [x](events/nope.yaml) and\\\n  \\ ![m](media/gone.png)."', "4:7", "5:10"),
        ("|\n  See [x](events/nope.yaml)\n  and ![m](media/gone.png).", "4:11", "5:12"),
        (">-\n  See [x](events/nope.yaml)\n\n    and ![m](media/gone.png).", "4:11", "6:14"),
    ],
    ids=[
        "plain",
        "plain-lines",
        "single-quoted",
        "double-quoted",
        "double-quoted-continued",
        "literal",
        "folded",
    ],
)
def test_a_links_problem_is_reported_where_the_link_is_in_any_style_of_value(
    project: Project, summary: str, link: str, image: str
) -> None:
    # Where the editor's eyes go: not the value's start, however the value is written
    # (escapes and doubled quotes take more columns than the text they make).
    project.write(EVENT, f"title: First event\ndate: 2020-01-01\nsummary: {summary}\n")
    assert project.problems() == [
        f"{EVENT}:{link}: unknown event 'nope' in 'summary'",
        f"{EVENT}:{image}: 'summary': no file 'media/gone.png' in this story",
    ]


def test_alike_problems_in_one_text_are_each_reported_at_their_own_place(project: Project) -> None:
    project.write("content/story-a/media/a b.png", tiny_png())
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        "summary: |\n  See ![a](media/gone.png)\n  ![b](media/gone.png) ![c](<media/a b.png>)\n"
        "  and ![d](<media/a b.png>)\n",
    )
    write_as = "as 'media/a%20b.png' (a space is %20 and '#' is %23 in a link, or the page's link is broken)"
    assert project.problems() == [
        f"{EVENT}:4:12: 'summary': no file 'media/gone.png' in this story",
        f"{EVENT}:5:8: 'summary': no file 'media/gone.png' in this story",
        f"{EVENT}:5:30: 'summary': write the address 'media/a b.png' {write_as}",
        f"{EVENT}:6:13: 'summary': write the address 'media/a b.png' {write_as}",
    ]


def test_a_link_written_with_escapes_of_its_own_is_reported_at_its_place(project: Project) -> None:
    # It was reported at the start of its text: none of the spellings looked for matched.
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        "summary: |\n  See the file\n  [a](media/%2E%2E/other/secret.pdf) and [b](media/gone%2Epng)\n",
    )
    assert [p.split(": '")[0] for p in project.problems()] == [f"{EVENT}:5:7", f"{EVENT}:5:46"]


@pytest.mark.parametrize(
    "text",
    [
        "[a][R](<media/x y.pdf>)",
        "[a] [R](media/x y.pdf)",
        "[R][](../events/e9.yaml)",
        "[a][R](x.pdf)",
        "[a][R](media/x.pdf)",
    ],
)
def test_an_address_after_a_reference_links_second_bracket_is_text_to_check(
    project: Project, text: str
) -> None:
    # The converter reads '[a][R]' (R defined) as a reference link and shows '(...)' as
    # text: check said how to write the address, that the event or file was not there, or
    # that 'x.pdf' lacked its folder, for a text whose page is fine.
    project.write("content/story-a/media/b.pdf", b"%PDF-1.4\n")
    project.write(
        EVENT,
        f"title: First event\ndate: 2020-01-01\nsummary: Hi.\nbody: |\n  {text}\n\n  [R]: media/b.pdf\n",
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "'body'" in str(w)] == []


def test_a_missing_file_is_reported_at_its_link_not_at_text_after_a_reference(project: Project) -> None:
    # '(media/b.pdf)' after '[a][R]' is text: the missing file's link is '[c]' and the definition.
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\nsummary: Hi.\nbody: |\n  [a][R](media/b.pdf) and [c](media/b.pdf)\n\n"
        "  [R]: media/b.pdf\n",
    )
    assert project.problems() == [
        f"{EVENT}:5:31: 'body': no file 'media/b.pdf' in this story",
        f"{EVENT}:7:8: 'body': no file 'media/b.pdf' in this story",
    ]


def test_a_media_name_in_words_code_or_a_description_is_not_taken_for_its_link(project: Project) -> None:
    # Each link was looked for as its text: the first mention in prose, in code or in a
    # picture's description was named instead, and every later link one place too early.
    project.write("content/story-a/media/wreck.jpg", tiny_png())
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        'summary: "A photo, wreck.jpg: ![Wreck](wreck.jpg) and ![wreck.jpg](wreck.jpg)."\n'
        "body: |\n  The file `media/gone.png` is shown here: ![m](media/gone.png)\n",
    )
    assert project.problems() == [f"{EVENT}:5:49: 'body': no file 'media/gone.png' in this story"]
    project.write("content/story-a/media/gone.png", tiny_png())
    _, warnings = check_and_lint(content="content")
    said = [str(w).split(": ")[0] for w in warnings if "'wreck.jpg'" in str(w)]
    assert said == [f"{EVENT}:3:40", f"{EVENT}:3:68"]


def test_the_links_of_a_text_are_placed_from_one_reading_of_it(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading the text again for each link made a 168 KB text of 7,000 links (from a pull
    # request) take 48 s to check; counting each one's line breaks again, 17 s.
    read: list[str] = []
    as_shown = markdown_shown.as_shown

    def counted(text: str, *, in_place: bool = False, code: bool = True) -> str:
        read.append(text)
        return as_shown(text, in_place=in_place, code=code)

    monkeypatch.setattr(markdown_shown, "as_shown", counted)
    links = "".join(f"\n\n  [a](media/f{i}.jpg)" for i in range(50))
    project.write(EVENT, f"title: First event\ndate: 2020-01-01\nsummary: |\n  `code`{links}\n")
    problems = project.problems()
    assert problems[0] == f"{EVENT}:6:7: 'summary': no file 'media/f0.jpg' in this story"
    assert problems[-1] == f"{EVENT}:104:7: 'summary': no file 'media/f49.jpg' in this story"
    assert len(problems) == 50 and len(read) <= 4  # once by each kind of link looked for


def test_a_link_in_a_quoted_text_that_starts_with_spaces_is_reported_where_it_is(project: Project) -> None:
    # The text is checked without its first spaces; the places are counted with them.
    spaces = " " * 30
    project.write(
        EVENT,
        f'title: First event\ndate: 2020-01-01\nsummary: "{spaces}[a](events/x.yaml) [b](events/x.yaml)"\n',
    )
    assert project.problems() == [
        f"{EVENT}:3:45: unknown event 'x' in 'summary'",
        f"{EVENT}:3:64: unknown event 'x' in 'summary'",
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


def test_dates_in_the_wrong_order_are_not_compared_when_one_is_invalid() -> None:
    root = parsed("title: T\ndate: 2020-02-30\nsummary: s\nend: 2019\n")
    assert isinstance(root, Mapping)
    assert [str(p) for p in check_file(root, Kind.EVENT).problems] == [
        "e.yaml:2:7: 'date' is not a valid date: February 2020 has no day 30"
    ]


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


def test_a_media_problem_in_a_block_of_text_is_at_its_line(project: Project) -> None:
    text = project.root.joinpath(EVENT).read_text().replace("summary: Something happened.\n", "")
    project.write(
        EVENT,
        text + "summary: |\n  Biden tours the wreck.\n\n  He promises money. ![The wreck](media/wreck.jpg)\n"
        "  And ![a map](<media/the map.png>) too. ![Again](media/the%20wreck.jpg)\n",
    )
    assert project.problems() == [
        f"{EVENT}:9:35: 'summary': no file 'media/wreck.jpg' in this story",
        f"{EVENT}:10:17: 'summary': write the address 'media/the map.png' as 'media/the%20map.png' "
        "(a space is %20 and '#' is %23 in a link, or the page's link is broken)",
        f"{EVENT}:10:51: 'summary': no file 'media/the wreck.jpg' in this story",
    ]


def test_a_link_without_media_in_a_block_of_text_is_at_its_line(project: Project) -> None:
    project.write("content/story-a/media/wreck.png", tiny_png())
    text = project.root.joinpath(EVENT).read_text().replace("summary: Something happened.\n", "")
    project.write(
        EVENT, text + "summary: |\n  Biden tours the wreck.\n\n  He promises money. ![The wreck](wreck.png)\n"
    )
    assert project.problems() == []  # a warning: such a file built before, and keeps building
    _, warnings = check_and_lint(content="content")
    assert (
        f"{EVENT}:9:35: warning: 'summary': no file 'wreck.png'; did you mean 'media/wreck.png'? (a link to a "
        "story's file starts with 'media/')"
    ) in map(str, warnings)


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
    ],
)
def test_the_sites_time_zone_is_a_zone_of_the_iana_database(
    project: Project, zone: str, message: str | None
) -> None:
    project.write("content/site.yaml", f"title: Test site\ntime_zone: {zone}\n")
    expected = [] if message is None else [f"content/site.yaml:2:12: 'time_zone' {ZONE_EXPECTED}, {message}"]
    assert project.problems() == expected


def test_sources_written_as_a_list_of_records_with_ids_are_told_to_go_under_their_ids(
    project: Project,
) -> None:
    # '- id: src-a' then its keys, as other tools write records: it was told only what
    # sources must be.
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace(
            "  src-a:\n    publisher: Example News\n", "  - id: src-a\n    publisher: Example News\n"
        ),
    )
    [problem] = [p for p in project.problems() if "'sources'" in p]
    assert problem.endswith(
        "'sources' must be 'id: source' entries, got a list; write each under its id, 'src-a:' on a line "
        "of its own and its other keys indented below it, in place of '- id: src-a'"
    )


def test_sources_written_as_a_list_are_told_to_lose_their_dashes(project: Project) -> None:
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace(
            "  src-a:\n    publisher: Example News\n", "  - src-a:\n      publisher: Example News\n"
        ),
    )
    said = (
        "'sources' must be 'id: source' entries, got a list; replace the '- ' before each id with two spaces"
    )
    [problem] = [p for p in project.problems() if "'sources'" in p]
    assert problem.endswith(said)
    # With the dash at the start of the line too; done as said, the story builds.
    dashed = story.replace("  src-a:\n    publisher", "- src-a:\n    publisher")
    project.write("content/story-a/story.yaml", dashed)
    [problem] = [p for p in project.problems() if "'sources'" in p]
    assert problem.endswith(said)
    project.write("content/story-a/story.yaml", dashed.replace("- src-a:", "  src-a:"))
    assert project.problems() == []
    # A list of sources without ids gets no such advice (their keys would clash).
    project.write(
        "content/story-a/story.yaml",
        story.replace("  src-a:\n    publisher: Example News\n", "  - publisher: A\n  - publisher: B\n"),
    )
    [problem] = [p for p in project.problems() if "'sources'" in p]
    assert problem.endswith("got a list")


def test_a_missing_file_the_page_would_link_is_an_error_however_the_link_is_written(project: Project) -> None:
    # The page links a link's words after code in them, and an address written with an
    # entity, which check's reading of the Markdown does not see: a missing file there
    # was no error, and readers got a broken link. Said where the address is written,
    # or at the text's start ('|') when it is written otherwise.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n"
        "  See [a `c` [b](media/code.pdf)](media/outer.pdf)\n  and [d](media&#47;entity.pdf).\n",
    )
    project.write("content/story-a/media/outer.pdf", b"%PDF-1.4\n")
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:10: 'summary': no file 'media/entity.pdf' in this story",
        "content/story-a/events/e1.yaml:4:18: 'summary': no file 'media/code.pdf' in this story; "
        "did you mean 'media/outer.pdf'?",
    ]
    project.write("content/story-a/media/code.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/entity.pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_sources_that_failed_their_check_are_none_at_all() -> None:
    assert sources_or_empty({"title": "T"}) == {}
    assert sources_or_empty({"sources": INVALID}) == {}
    assert sources_or_empty({"sources": {"s": {"publisher": "P"}}}) == {"s": {"publisher": "P"}}


def test_a_link_to_a_storys_file_named_with_spaces_is_told_the_id(project: Project) -> None:
    # '[Fig A](figures/Fig A.yaml)' was told of 'figures/Fig', the address up to its first
    # space, and that the story had no figure 'Fig'; the page shows the link's words only.
    project.write(
        EVENT, event("body: Says [Fig A](figures/Fig A.yaml), [x](events/no such.yml), [y](Fig A.yaml).\n")
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:20: warning: 'body': the link to 'figures/Fig A.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
        f"{EVENT}:4:45: warning: 'body': the link to 'events/no such.yml' is shown as its words only; "
        "no event, figure or place 'no such' in this story (a link names one's file: events/<id>.yaml)",
        # Without its folder, it was not told of at all.
        f"{EVENT}:4:70: warning: 'body': the link to 'Fig A.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
    ]


def test_a_link_to_a_file_named_with_spaces_in_small_letters_is_told_the_id(project: Project) -> None:
    # '[Fig A](fig a.yaml)': its first word, 'fig', is an id; check told of a link to
    # 'fig' leading nowhere and of no figure 'fig', not of the file it names.
    project.write(EVENT, event("body: Says [Fig A](fig a.yaml).\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:20: warning: 'body': the link to 'fig a.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
    ]
