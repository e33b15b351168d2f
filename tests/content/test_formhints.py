"""A value given in another form than its key's is told the fix, written out
(``formhints.py``): a picture or a removal as one word, a key left unindented under its
record, a path on the editor's computer, a list as text with commas, sources as a list;
each test asserts the exact message editors see."""

from __future__ import annotations

import pytest

from tests.conftest import Project

EVENT = "content/story-a/events/e1.yaml"
STORY = "content/story-a/story.yaml"
FIGURE = "content/story-a/figures/fig-a.yaml"


def event(body: str) -> str:
    return "title: An event\ndate: 2020-01-01\nsummary: Text.\n" + body


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


def test_a_source_or_figure_written_out_where_its_id_goes_says_where_it_belongs(project: Project) -> None:
    project.write(
        EVENT,
        event(
            "sources:\n  - title: Harbour report\n    url: https://example.org/r\n"
            "figures:\n  - name: Anna Lind\n    role: Mayor\n"
        ),
    )
    assert project.problems() == [
        f"{EVENT}:5:5: 'sources[1]' must be a source id, got 'key: value' lines; a source is "
        "written once, under 'sources:' in story.yaml, with an id of its own, and named by that id "
        "wherever it is cited",
        f"{EVENT}:8:5: 'figures[1]' must be a figure id, got 'key: value' lines; a figure is "
        "written in a file of its own in figures/ (explainer new figure), and named by its id, the "
        "file's name without .yaml",
    ]


def test_an_id_written_under_a_key_of_its_own_is_told_to_stand_alone(project: Project) -> None:
    # '- id: src-a', as other tools write a list of records, was told to put the whole text
    # in quotes, '- "id: src-a"': an unknown source 'id: src-a'. So was '- name: Anna Lind'.
    project.write(
        EVENT,
        event("sources:\n  - id: src-a\nfigures:\n  - name: Anna Lind\nlocations:\n  - location: loc-a\n"),
    )
    assert project.problems() == [
        f"{EVENT}:5:5: 'sources[1]' must be a source id, got 'id: src-a'; write the id alone: - src-a",
        f"{EVENT}:7:5: 'figures[1]' must be a figure id, got 'key: value' lines; a figure is "
        "written in a file of its own in figures/ (explainer new figure), and named by its id, the "
        "file's name without .yaml",
        f"{EVENT}:9:5: 'locations[1]' must be a location id, got 'location: loc-a'; write the id alone: - loc-a",
    ]


def test_a_name_written_under_id_is_told_where_it_belongs(project: Project) -> None:
    # '- id: Anna Lind', a name where the id goes, was told to put the whole text in quotes,
    # '- "id: Anna Lind"': an unknown figure 'id: Anna Lind'.
    project.write(EVENT, event("figures:\n  - id: Anna Lind\n"))
    assert project.problems() == [
        f"{EVENT}:5:5: 'figures[1]' must be a figure id, got 'key: value' lines; a figure is "
        "written in a file of its own in figures/ (explainer new figure), and named by its id, the "
        "file's name without .yaml",
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
        "content/story-a/events/e2.yaml:5:3: missing required key 'reason' in removed (why, for readers, in a sentence or two: its page shows this in place of the event)",
        "content/story-a/events/e3.yaml:6:9: 'removed.date' is not a valid date: February 2020 has no day 30",
    ]
    project.write(
        EVENT, event("removed:\n  date: 2020-01-05T10:00+06:00\n  reason: We *could not* confirm it.\n")
    )
    project.write("content/story-a/events/e2.yaml", event(""))
    project.write("content/story-a/events/e3.yaml", event(""))
    assert project.problems() == []


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


def test_a_list_written_with_and_is_told_the_list_to_write(project: Project) -> None:
    # 'figures: emmanuel-macron y anne-hidalgo' was told to write one id made of the two,
    # '[emmanuel-macron-y-anne-hidalgo]'. A name that may have 'y' in it stays whole.
    project.write(
        EVENT,
        event(
            "figures: emmanuel-macron y anne-hidalgo\nlocations: Trinidad y Tobago\n"
            "sources: src-a and src-b\n"
        ),
    )
    project.write("content/story-a/events/e2.yaml", event("figures: Ann Lee and Bo Park, Cy Dee\n"))
    assert project.problems() == [
        f"{EVENT}:4:10: 'figures' must be a list (write [a, b] or one '- item' per line), got "
        "'emmanuel-macron y anne-hidalgo'; write [emmanuel-macron, anne-hidalgo]",
        f"{EVENT}:5:12: 'locations' must be a list (write [a, b] or one '- item' per line), got "
        "'Trinidad y Tobago'; write their ids: [trinidad-y-tobago]",
        f"{EVENT}:6:10: 'sources' must be a list (write [a, b] or one '- item' per line), got "
        "'src-a and src-b'; write [src-a, src-b]",
        "content/story-a/events/e2.yaml:4:10: 'figures' must be a list (write [a, b] or one '- item' per "
        "line), got 'Ann Lee and Bo Park, Cy Dee'; write their ids: [ann-lee, bo-park, cy-dee]",
    ]


def test_a_list_written_with_semicolons_is_told_the_list_to_write(project: Project) -> None:
    # As a newsroom's system writes tags: 'ever-given; smit-salvage' was told to write
    # '[ever-given-smit-salvage]', one id made of the two.
    project.write(
        EVENT, event("sources: src-a; src-b, src-c\nfigures: Ann Lee; Bo Park\ntags: shipping; trade;\n")
    )
    assert project.problems() == [
        f"{EVENT}:4:10: 'sources' must be a list (write [a, b] or one '- item' per line), got "
        "'src-a; src-b, src-c'; write [src-a, src-b, src-c]",
        f"{EVENT}:5:10: 'figures' must be a list (write [a, b] or one '- item' per line), got "
        "'Ann Lee; Bo Park'; write their ids: [ann-lee, bo-park]",
        f"{EVENT}:6:7: 'tags' must be a list (write [a, b] or one '- item' per line), got "
        "'shipping; trade;'; write [shipping, trade]",
    ]


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
