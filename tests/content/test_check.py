"""The rules across files (``check.py``): what an event refers to exists in its story
(what it was likely meant to be is ``test_refhints.py``'s, the media files named
``test_media_checks.py``'s), a file's problems come before what refers to it, and every
problem of every file comes in one run."""

from __future__ import annotations

from generator.commands.check import check_and_lint
from generator.content.check import check
from generator.content.kinds import Kind
from generator.content.load import load_content
from generator.errors import ContentError, Problem
from tests.conftest import Project
from tests.images import tiny_png

EVENT = "content/story-a/events/e1.yaml"


def check_and_lint_problems(content: str) -> list[Problem]:
    try:
        check_and_lint(content=content)
    except ContentError as errors:
        return errors.problems
    return []


STORY = "content/story-a/story.yaml"
FIGURE = "content/story-a/figures/fig-a.yaml"


def event(body: str) -> str:
    return "title: An event\ndate: 2020-01-01\nsummary: Text.\n" + body


def test_sources_under_a_key_of_another_name_are_not_each_said_to_be_unknown(project: Project) -> None:
    # 'fuentes:' (a Spanish desk's 'sources:'): every mention of its sources got "unknown
    # source ...; add it under 'sources:'", one error for each, besides the key's own.
    text = project.root.joinpath(STORY).read_text()
    project.write(STORY, text.replace("sources:", "fuentes:"))
    project.write(EVENT, event("sources: [src-a]\nquotes:\n  - text: Yes.\n    by: Ann\n    source: src-a\n"))
    assert project.problems() == [
        f"{STORY}:4:1: unknown key 'fuentes' in story; did you mean 'sources'? (keys are written in "
        "English, whatever the language of the story)"
    ]
    # With 'sources:' given too, the sources are those it gives, as before.
    project.write(STORY, text + "fuentes:\n  src-b:\n    publisher: Other\n")
    project.write(EVENT, event("sources: [src-b]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown source 'src-b' in 'sources[1]'; did you mean 'src-a'?",
        f"{STORY}:7:1: unknown key 'fuentes' in story; like 'sources', given already on line 4: is one "
        "of the two left over?",
    ]


def test_references_to_a_broken_figure_file_come_after_its_own_errors(project: Project) -> None:
    text = project.root.joinpath(FIGURE).read_text()
    project.root.joinpath(FIGURE).unlink()
    project.write("content/story-a/figures/Fig A.yaml", text)
    project.write("content/story-a/locations/loc-b.yml", "name: B\n")
    project.write(EVENT, event("figures: [fig-a]\nlocations: [loc-b]\nsumary: x\n"))
    assert project.problems() == [
        f"{EVENT}:6:1: unknown key 'sumary' in event; like 'summary', given already on line 3: is one of the two left over?",
        "content/story-a/figures/Fig A.yaml:1:1: 'Fig A' is not a valid figure id: use lowercase "
        "letters, digits and single hyphens; rename the file to 'fig-a.yaml'",
        f"{EVENT}:4:11: unknown figure 'fig-a' in 'figures[1]' (the figure file has errors, above)",
        "content/story-a/locations/loc-b.yml:1:1: rename to 'loc-b.yaml': content files end in .yaml",
        f"{EVENT}:5:13: unknown location 'loc-b' in 'locations[1]' (the location file has errors, above)",
    ]


def test_a_figure_file_renamed_with_a_space_is_what_its_name_with_a_space_refers_to(project: Project) -> None:
    # 'maria lopez.yaml', referred to as written: told "did you mean 'maria-lozano'?",
    # another person, as the file's own id was not read.
    text = project.root.joinpath(FIGURE).read_text()
    project.root.joinpath(FIGURE).unlink()
    project.write("content/story-a/figures/maria lopez.yaml", text)
    project.write("content/story-a/figures/maria-lozano.yaml", "name: María Lozano\nrole: Mayor\n")
    project.write(EVENT, event("figures: [maria lopez, maria-lozano]\n"))
    assert project.problems() == [
        "content/story-a/figures/maria lopez.yaml:1:1: 'maria lopez' is not a valid figure id: use "
        "lowercase letters, digits and single hyphens; rename the file to 'maria-lopez.yaml'",
        f"{EVENT}:4:11: unknown figure 'maria lopez' in 'figures[1]' (the figure file has errors, above)",
    ]


def test_a_figure_file_named_in_capitals_is_what_its_name_in_small_letters_means(project: Project) -> None:
    # 'Maria Lopez.yaml', referred to as 'maria lopez': told to add the figure with
    # 'explainer new figure', which would make a second file for the same person.
    text = project.root.joinpath(FIGURE).read_text()
    project.root.joinpath(FIGURE).unlink()
    project.write("content/story-a/figures/Maria Lopez.yaml", text)
    project.write(EVENT, event("figures: [maria lopez]\n"))
    assert project.problems() == [
        "content/story-a/figures/Maria Lopez.yaml:1:1: 'Maria Lopez' is not a valid figure id: use "
        "lowercase letters, digits and single hyphens; rename the file to 'maria-lopez.yaml'",
        f"{EVENT}:4:11: unknown figure 'maria lopez' in 'figures[1]' (the figure file has errors, above)",
    ]


def test_a_figure_file_in_capitals_is_reported_with_what_refers_to_it(project: Project) -> None:
    figure = project.root / "content/story-a/figures/fig-a.yaml"
    figure.rename(figure.with_name("fig-a.YML"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'fig-a' in 'figures[1]' (its file is named 'fig-a.YML', which is "
        "not read: rename it to 'fig-a.yaml')",
    ]


def test_source_ids_in_quotes_and_key_numbers_are_checked(project: Project) -> None:
    project.write(EVENT, event("quotes:\n  - text: Hi\n    by: Someone\n    source: src-b\n"))
    project.write(
        STORY,
        project.root.joinpath(STORY).read_text()
        + "key_numbers:\n  - value: '1'\n    label: x\n    source: scr-a\n",
    )
    assert project.problems() == [
        f"{EVENT}:7:13: unknown source 'src-b' in 'quotes[1].source'; did you mean 'src-a'?",
        f"{STORY}:10:13: unknown source 'scr-a' in 'key_numbers[1].source'; did you mean 'src-a'?",
    ]


def test_yaml_problems_and_schema_problems_come_together(project: Project) -> None:
    project.write(EVENT, "title: a\ntitle: b\ndate: !!str 2020\nsummary: x\n")
    project.write(FIGURE, "name: A\n")
    assert project.problems() == [
        f"{EVENT}:2:1: duplicate key 'title' (first given on line 1); keep one of the two",
        f"{EVENT}:3:7: YAML tags ('!!str') are not allowed; remove the tag",
        f"{FIGURE}:1:1: missing required key 'role' in figure (who they are, in one line)",
    ]


def test_after_and_before_name_events_of_the_story(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", event("after: e-1\n"))
    project.write("content/story-a/events/e3.yaml", event("after: e1\nbefore: e2\n"))
    assert project.problems() == [
        "content/story-a/events/e2.yaml:4:8: unknown event 'e-1' in 'after'; did you mean 'e1'?",
        "content/story-a/events/e3.yaml:5:1: give 'after' or 'before', not both: one event is enough "
        "to place this one",
    ]


def test_a_placement_against_the_dates_or_in_a_loop_is_an_error_at_its_key(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", event("before: e3\n"))
    project.write("content/story-a/events/e3.yaml", event("after: e2\n"))
    project.write(EVENT, event("after: e4\n"))
    project.write("content/story-a/events/e4.yaml", "title: Later\ndate: 2020-02\nsummary: Text.\n")
    assert project.problems() == [
        f"{EVENT}:4:8: 'after: e4' puts this event (1 January 2020) after 'e4' (February 2020), which "
        "is later; name the event it directly follows",
        "content/story-a/events/e2.yaml:4:9: 'before' makes a loop ('e2' -> 'e3' -> 'e2'), so none of "
        "them has a place; remove one of these keys",
        "content/story-a/events/e3.yaml:4:8: 'after' makes a loop ('e3' -> 'e2' -> 'e3'), so none of "
        "them has a place; remove one of these keys",
    ]


def test_an_id_with_a_character_that_cannot_be_seen_says_which_and_where(project: Project) -> None:
    # Pasted from a web page: the id and the one suggested looked the same on screen.
    project.write(EVENT, event("figures: [fig\u200b-a]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'fig\u200b-a' in 'figures[1]'; write its id, 'fig-a' (it holds an "
        "invisible zero width space, U+200B, after 'fig': delete it)"
    ]


def test_an_event_taken_out_may_lose_its_media_but_not_those_of_its_reason(project: Project) -> None:
    # Taken out because its picture was unsafe to publish: the file is deleted from media/,
    # and the event file, kept for its address, still names it. Nothing of it but its
    # title and reason is published, so only the reason's links must lead somewhere.
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "body: See [the leak](media/leak.pdf).\n"
            "image: {src: media/gone.png, alt: Unsafe}\n"
            "removed:\n  date: 2020-01-06\n  reason: See [our statement](media/statement.pdf).\n"
        ),
    )
    assert project.problems() == [
        "content/story-a/events/e2.yaml:8:31: 'removed.reason': no file 'media/statement.pdf' in this story"
    ]
    project.write("content/story-a/media/statement.pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_the_warnings_of_site_yaml_are_reported_as_a_storys_are(project: Project) -> None:
    # A quotation mark left open swallowed 'description:': a warning in any file, which
    # check --strict refuses. site.yaml's were dropped once the stories were checked.
    project.write("content/site.yaml", 'title: "Test site\ndescription: x"\n')
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if w.where.path == "content/site.yaml"] == [
        "content/site.yaml:1:8: warning: this quotation mark is not closed on its line, so the line after "
        "it, up to the next double quotation mark (\"), became part of the text, 'description:' with it; "
        'close it with " on its line: title: "Test site"'
    ]


def test_checking_leaves_the_loaded_content_as_loaded_and_returns_what_it_found(project: Project) -> None:
    # check wrote its warnings and each file's checked values into the RawContent and
    # RawStory that loading made: a later stage changing an earlier stage's object. It
    # returns them now (``Found``), and the lint is given them.
    project.write("content/story-a/media/wreck.jpg", tiny_png())
    project.write(EVENT, "title: First event\ndate: 2020-01-01\nsummary: 'See ![Wreck](wreck.jpg).'\n")
    problems: list[Problem] = []
    raw = load_content("content", problems)
    loaded = (list(raw.notices), [list(story.notices) for story in raw.stories])
    checked, found = check(raw, problems)
    assert problems == [] and checked is not None
    assert (list(raw.notices), [list(story.notices) for story in raw.stories]) == loaded
    assert [str(notice) for notice in found.story_notices["story-a"]] == [
        f"{EVENT}:3:24: warning: 'summary': no file 'wreck.jpg'; did you mean 'media/wreck.jpg'? "
        "(a link to a story's file starts with 'media/')"
    ]
    assert found.values["story-a"][Kind.EVENT]["e1"] == checked.stories[0].files[Kind.EVENT]["e1"]
    assert found.site_values == checked.site


def test_names_not_there_are_given_a_did_you_mean_within_a_budget(project: Project) -> None:
    # Each 'did you mean' compares the name with every file or id of its kind (difflib,
    # tens of microseconds each): 2,900 links to names not there, in a story of 500
    # files, took 77 s to check. Past 50,000 comparisons a name is said missing, no more.
    for n in range(400):
        project.write(f"content/story-a/media/photo-of-the-day-number-{n:04d}.png", b"png")
    links = "".join(f"  [x](media/photo-of-the-day-numbr-{n:04d}-{n}.png)\n\n" for n in range(300))
    project.write(EVENT, event(f"body: |\n{links}"))
    problems = project.problems()
    assert len(problems) == 300
    assert problems[0].endswith("in this story; did you mean 'media/photo-of-the-day-number-0000.png'?")
    assert "; did you mean 'media/photo-of-the-day-number-" in problems[124]  # 125 x 400 compared
    assert problems[125].endswith("'body': no file 'media/photo-of-the-day-numbr-0125-125.png' in this story")
    assert problems[-1].endswith("'body': no file 'media/photo-of-the-day-numbr-0299-299.png' in this story")


def test_a_picture_whose_name_is_misspelt_is_told_the_file_meant_and_nothing_else(project: Project) -> None:
    # 'media/bridge.jgp' also got a warning that it is not a picture, to be linked from the
    # text instead ('[bridge.jgp](media/bridge.jgp)'): a link to a file that is not there.
    project.write("content/story-a/media/bridge.jpg", tiny_png())
    project.write(EVENT, event("image:\n  src: media/bridge.jgp\n  alt: The bridge\n"))
    try:
        check_and_lint(content="content")
    except ContentError as errors:
        assert [str(p) for p in errors.problems] == [
            f"{EVENT}:5:8: 'image.src': no file 'media/bridge.jgp' in this story; did you mean "
            "'media/bridge.jpg'?"
        ]
        assert [str(w) for w in errors.warnings if w.where.path == EVENT] == []
    else:
        raise AssertionError("a picture that is not there was not an error")
    # A file that is there and is not a picture is warned about as before (test_file_check.py).


def test_a_name_for_an_id_whose_file_has_errors_is_told_the_id_too(project: Project) -> None:
    # 'River Town' for 'river-town.yaml' whose coordinates are wrong was told only that
    # "the location file has errors", as if a file named 'River Town' had them; once they were
    # fixed, a second check told it to write the id.
    project.write(
        "content/story-a/locations/river-town.yaml",
        "name: River Town\ncountry: Italy\ncoordinates: 45.1, 7.2\n",
    )
    project.write(EVENT, event("locations: [River Town]\n"))
    problems = project.problems()
    assert problems[-1] == (
        f"{EVENT}:4:13: unknown location 'River Town' in 'locations[1]'; write its id, 'river-town' "
        "(the location file has errors, above)"
    )


def test_related_stories_name_other_stories_of_the_site(project: Project) -> None:
    """'related:' lists other stories by id: one the site has not is an error with the id
    meant, and so is the story's own."""
    project.write("content/floods/story.yaml", "title: Floods\nsummary: s\npublished: 2020-01-01\n")
    project.write("content/floods/events/f1.yaml", event(""))
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "related: [floods, flods, story-a]\n")
    assert [str(p) for p in check_and_lint_problems("content")] == [
        f"{STORY}:7:19: unknown story 'flods' in 'related[2]'; did you mean 'floods'?",
        f"{STORY}:7:26: 'related[3]' names this very story; list other stories of the site, or delete the line",
    ]
    project.write(STORY, story + "related: [floods]\n")
    assert check_and_lint_problems("content") == []
