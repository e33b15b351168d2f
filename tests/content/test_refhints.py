"""What an id or a link that names nothing was meant to be (``refhints.py``), as check
says it at the reference."""

from __future__ import annotations

import os

from generator.commands.check import check_and_lint
from tests.conftest import MINIMAL, Project
from tests.content.test_check import EVENT, FIGURE, STORY, check_and_lint_problems, event


def test_unknown_figure_location_and_source_ids_get_a_did_you_mean(project: Project) -> None:
    project.write(EVENT, event("figures: [fig-b]\nlocations: [loc-a, nowhere]\nsources: [src]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'fig-b' in 'figures[1]'; did you mean 'fig-a'?",
        f"{EVENT}:5:20: unknown location 'nowhere' in 'locations[2]'; to add it: "
        'explainer new location story-a nowhere --name "..."',
        f"{EVENT}:6:11: unknown source 'src' in 'sources[1]'; did you mean 'src-a'?",
    ]


def test_the_command_to_add_a_missing_figure_names_a_content_folder_of_another_name(project: Project) -> None:
    os.rename("content", "my stories")
    project.write("my stories/story-a/events/e1.yaml", event("figures: [ann-lee]\nsources: [src-a]\n"))
    problems = [str(p) for p in check_and_lint_problems("my stories")]
    assert problems == [
        "my stories/story-a/events/e1.yaml:4:11: unknown figure 'ann-lee' in 'figures[1]'; to add it: "
        "explainer new figure story-a ann-lee --name \"...\" --content 'my stories'"
    ]


def test_ids_listed_without_a_comma_between_them_are_told_to_be_separated(project: Project) -> None:
    # YAML reads '[fig-a fig-b]' as one id: it was told "did you mean 'fig-b'?", and following
    # that lost fig-a.
    project.write("content/story-a/figures/fig-b.yaml", "name: Fig B\nrole: Witness\n")
    project.write(EVENT, event("figures: [fig-a fig-b]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'fig-a fig-b' in 'figures[1]'; separate the ids with commas: fig-a, fig-b"
    ]


def test_ids_joined_by_and_are_told_to_be_separated_with_commas(project: Project) -> None:
    # '[macron y hidalgo]', a list written as a sentence says it: one id to YAML, which was
    # told "did you mean 'anne-hidalgo'?", and following that lost the first figure.
    project.write("content/story-a/figures/emmanuel-macron.yaml", "name: Emmanuel Macron\nrole: President\n")
    project.write("content/story-a/figures/anne-hidalgo.yaml", "name: Anne Hidalgo\nrole: Mayor\n")
    project.write(EVENT, event("figures: [macron y hidalgo]\n"))
    project.write(
        "content/story-a/events/e2.yaml",
        event("figures: [Emmanuel Macron and anne-hidalgo]\nsources: [src-a y nadie]\n"),
    )
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'macron y hidalgo' in 'figures[1]'; separate the ids with "
        "commas, not words: emmanuel-macron, anne-hidalgo",
        "content/story-a/events/e2.yaml:4:11: unknown figure 'Emmanuel Macron and anne-hidalgo' in "
        "'figures[1]'; separate the ids with commas, not words: emmanuel-macron, anne-hidalgo",
        # 'nadie' is no source: nothing is said of commas, as for any id not known.
        "content/story-a/events/e2.yaml:5:11: unknown source 'src-a y nadie' in 'sources[1]'; add it "
        "under 'sources:' in story-a/story.yaml",
    ]


def test_a_name_with_and_in_it_is_told_its_id_not_to_be_separated(project: Project) -> None:
    # 'Trinidad y Tobago' is one place, though 'trinidad' and 'tobago' are places too.
    for place in ("trinidad", "tobago", "trinidad-y-tobago"):
        project.write(f"content/story-a/locations/{place}.yaml", f"name: {place}\nunmapped: true\n")
    project.write(EVENT, event("locations: [Trinidad y Tobago, trinidad, tobago]\n"))
    assert project.problems() == [
        f"{EVENT}:4:13: unknown location 'Trinidad y Tobago' in 'locations[1]'; write its id, 'trinidad-y-tobago'"
    ]


def test_a_name_written_where_an_id_goes_is_told_the_id(project: Project) -> None:
    project.write(FIGURE, "name: Fig A\nrole: Witness\n")
    project.write(EVENT, event("figures: [Fig A]\nlocations: [Osh Market]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'Fig A' in 'figures[1]'; write its id, 'fig-a'",
        # None yet: the command to add it works as given (an id, and the name in quotes).
        f"{EVENT}:5:13: unknown location 'Osh Market' in 'locations[1]'; to add it: "
        'explainer new location story-a osh-market --name "Osh Market"',
    ]


def test_a_name_or_other_name_written_where_an_id_goes_is_told_the_id_its_file_has(project: Project) -> None:
    # A held-out Ukrainian story's 'figures: [Володимир Зеленський]' was told to add
    # 'volodimir-zelens-kiy', a second file for the figure 'volodymyr-zelenskyy' of
    # that name: the name made an id is not the id an editor gave the file.
    project.write(
        "content/story-a/figures/volodymyr-zelenskyy.yaml",
        "name: Володимир Зеленський\nrole: Президент\naliases: [Zelenskyy]\n",
    )
    project.write("content/story-a/locations/kherson.yaml", "name: Херсон\nunmapped: true\n")
    project.write(EVENT, event("figures: [володимир  зеленський, ZELENSKYY]\nlocations: [Херсон, loc-a]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'володимир  зеленський' in 'figures[1]'; "
        "it is the name of 'volodymyr-zelenskyy': write its id",
        f"{EVENT}:4:34: unknown figure 'ZELENSKYY' in 'figures[2]'; it is a name of 'volodymyr-zelenskyy': write its id",
        f"{EVENT}:5:13: unknown location 'Херсон' in 'locations[1]'; write its id, 'kherson'",
    ]


def test_a_figure_named_by_a_part_of_its_name_is_told_the_id(project: Project) -> None:
    # 'figures: [Lee]' was told 'explainer new figure story-a lee', a second file for Ann Lee.
    project.write("content/story-a/figures/ann-lee.yaml", "name: Ann Lee\nrole: Mayor\n")
    project.write("content/story-a/figures/lee-park.yaml", "name: Lee Park\nrole: Engineer\n")
    project.write(EVENT, event("figures: [Ann, Park, Lee, fig-a]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'Ann' in 'figures[1]'; did you mean 'ann-lee'?",
        f"{EVENT}:4:16: unknown figure 'Park' in 'figures[2]'; did you mean 'lee-park'?",
        # Ann Lee's surname, Lee Park's first name: which one is meant cannot be told.
        f"{EVENT}:4:22: unknown figure 'Lee' in 'figures[3]'; to add it: "
        'explainer new figure story-a lee --name "Lee"',
    ]


def test_an_event_whose_date_is_mistyped_in_a_link_is_still_suggested(project: Project) -> None:
    project.write("content/story-a/events/2026-03-02-budget.yaml", event(""))
    project.write("content/story-a/events/2026-03-20-dockers-vote-to-strike.yaml", event(""))
    project.write(EVENT, event("after: 2026-03-02-dockers-vote-to-strike\n"))
    assert project.problems() == [
        f"{EVENT}:4:8: unknown event '2026-03-02-dockers-vote-to-strike' in 'after'; "
        "did you mean '2026-03-20-dockers-vote-to-strike'?"
    ]


def test_a_name_a_shell_would_change_is_not_put_in_the_command(project: Project) -> None:
    project.write(EVENT, event("figures: [A$AP Rocky]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'A$AP Rocky' in 'figures[1]'; to add it: "
        'explainer new figure story-a a-ap-rocky --name "..."'
    ]


def test_a_renamed_event_is_suggested_by_its_date_before_its_spelling(project: Project) -> None:
    # The links still name the old file; another day's event is spelt more like it.
    project.write("content/story-a/events/2026-03-02-strike-vote.yaml", event(""))
    project.write("content/story-a/events/2026-03-20-return-to-work.yaml", event(""))
    project.write(EVENT, event("after: 2026-03-02-dockers-vote-to-strike\n"))
    assert project.problems() == [
        f"{EVENT}:4:8: unknown event '2026-03-02-dockers-vote-to-strike' in 'after'; "
        "did you mean '2026-03-02-strike-vote'?"
    ]


def test_an_event_id_with_a_number_is_not_told_a_word_spelt_with_its_letters(project: Project) -> None:
    # 'after: event-2' was told "did you mean 'seventh'?"; a misspelt id still is told its id.
    project.write("content/story-a/events/seventh.yaml", event(""))
    project.write(EVENT, event("after: event-2\n"))
    said = project.problems()
    assert said[0].startswith(
        f"{EVENT}:4:8: unknown event 'event-2' in 'after'; this story has no event file"
    )
    project.write(EVENT, event("after: sevnth\n"))
    assert project.problems() == [f"{EVENT}:4:8: unknown event 'sevnth' in 'after'; did you mean 'seventh'?"]


def test_an_unknown_source_with_no_close_one_says_where_to_add_it(project: Project) -> None:
    project.write(EVENT, event("sources: [guardian]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown source 'guardian' in 'sources[1]'; add it under 'sources:' in story-a/story.yaml"
    ]


def test_a_source_named_by_its_publisher_is_told_its_id(project: Project) -> None:
    # It was told to add the source under 'sources:', a second entry for the same reporting.
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("publisher: Example News", "publisher: Example News\n  wire-1:\n    publisher: Wire\n"
                      "  wire-2:\n    publisher: Wire"),
    )  # fmt: skip
    project.write(EVENT, event("sources: [example news, Wire]\n"))
    first, second = project.problems()
    assert first == (
        f"{EVENT}:4:11: unknown source 'example news' in 'sources[1]'; the source published by 'example news' "
        "is 'src-a': write its id"
    )
    # Two sources of one publisher: which is meant cannot be told, and neither is named so.
    assert second.startswith(f"{EVENT}:4:25: unknown source 'Wire' in 'sources[2]'; did you mean 'wire-")
    # The publisher's name typed with its accent written apart (as macOS writes it).
    project.write(STORY, story.replace("publisher: Example News", "publisher: Agência Brasil"))
    project.write(EVENT, event("sources: [Age\u0302ncia Brasil]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown source 'Age\u0302ncia Brasil' in 'sources[1]'; the source published by "
        "'Age\u0302ncia Brasil' is 'src-a': write its id"
    ]


def test_an_id_of_the_other_kind_or_a_sources_address_is_not_told_to_be_added_again(project: Project) -> None:
    # 'locations: [fig-a]' was told 'explainer new location ... fig-a' (a second file for
    # a figure), and a source's address where its id goes, to add it under 'sources:' again.
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("publisher: Example News", "publisher: Example News\n    url: https://x.example/a"),
    )
    project.write(EVENT, event("figures: [loc-a]\nlocations: [fig-a]\nsources: ['https://x.example/a/']\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'loc-a' in 'figures[1]'; 'loc-a' is a location: list it under 'locations:'",
        f"{EVENT}:5:13: unknown location 'fig-a' in 'locations[1]'; 'fig-a' is a figure: list it under 'figures:'",
        f"{EVENT}:6:11: unknown source 'https://x.example/a/' in 'sources[1]'; the source with that address is "
        "'src-a': write its id",
    ]


def test_a_name_with_spaces_is_told_only_an_id_it_nearly_is(project: Project) -> None:
    # 'maria lopez' with no such file: another figure's id that only starts alike
    # ('maria-lozano') is someone else, and was suggested; the command that adds the
    # figure is what to do. A slip of a letter is still told its id.
    project.write("content/story-a/figures/maria-lozano.yaml", "name: María Lozano\nrole: Mayor\n")
    project.write(EVENT, event("figures: [maria lopez, maria-lozano, Maria Lozana]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'maria lopez' in 'figures[1]'; to add it: explainer new figure "
        'story-a maria-lopez --name "maria lopez"',
        f"{EVENT}:4:38: unknown figure 'Maria Lozana' in 'figures[3]'; did you mean 'maria-lozano'?",
    ]


def test_a_name_with_spaces_is_told_the_id_it_makes_before_a_shorter_one_it_starts_like(
    project: Project,
) -> None:
    # 'maria lozano jr' makes 'maria-lozano-jr' (ids.to_id, as ``new`` makes ids): that id,
    # not 'maria-lozano', whose id it starts with; a slip of a letter ('jt') is told the
    # nearest by the same rule.
    for fid, name in (("maria-lozano", "María Lozano"), ("maria-lozano-jr", "María Lozano Jr")):
        project.write(f"content/story-a/figures/{fid}.yaml", f"name: {name}\nrole: Mayor\n")
    project.write(EVENT, event("figures: [maria lozano jr, maria lozano jt, maria-lozano]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'maria lozano jr' in 'figures[1]'; write its id, 'maria-lozano-jr'",
        f"{EVENT}:4:28: unknown figure 'maria lozano jt' in 'figures[2]'; did you mean 'maria-lozano-jr'?",
    ]


def test_an_unknown_after_is_never_told_to_name_its_own_event(project: Project) -> None:
    # e-2 is closest to this very file's id, e2, which it cannot be: no suggestion.
    project.write("content/story-a/events/e2.yaml", event("after: e-2\n"))
    assert project.problems() == [
        "content/story-a/events/e2.yaml:4:8: unknown event 'e-2' in 'after'; this story has no event file "
        "e-2.yaml: give the id of the event this one comes directly after (its file's name without .yaml), "
        "or delete 'after:'"
    ]


def test_an_after_or_before_naming_an_event_no_longer_there_says_what_to_do(project: Project) -> None:
    # An event file deleted (by import --force, its source lacking it) that another named.
    project.write("content/story-a/events/e2.yaml", event("before: 2026-12-01-inquiry-announced\n"))
    assert project.problems() == [
        "content/story-a/events/e2.yaml:4:9: unknown event '2026-12-01-inquiry-announced' in 'before'; "
        "this story has no event file 2026-12-01-inquiry-announced.yaml: give the id of the event this "
        "one comes directly before (its file's name without .yaml), or delete 'before:'"
    ]


def test_a_link_to_another_event_figure_or_place_must_name_one_of_the_storys_files(project: Project) -> None:
    """``[the vote](events/vote.yaml)`` names a file of the story, as ``figures:`` names an
    id: one that is not there is an error at the link, with the file meant."""
    project.write("content/story-a/events/the-vote.yaml", event(""))
    project.write(
        EVENT,
        event(
            "body: |\n  After [the vote](events/the-vote.yaml), [A](figures/fig-a.yaml) went to\n"
            "  [the place](locations/loc-a.yaml) and [the next](events/the-veto.yaml) with [B](figures/fig-b.yaml).\n"
            "  Again [the next](events/the-veto.yaml).\n"
        ),
    )
    assert project.problems() == [
        f"{EVENT}:6:52: unknown event 'the-veto' in 'body'; did you mean 'the-vote'?",
        f"{EVENT}:6:83: unknown figure 'fig-b' in 'body'; did you mean 'fig-a'?",
        f"{EVENT}:7:20: unknown event 'the-veto' in 'body'; did you mean 'the-vote'?",  # each at its place
    ]


def test_a_link_in_html_to_a_file_the_story_lacks_is_a_warning_with_the_file_meant(project: Project) -> None:
    """The page keeps '<a href="events/the-veto.yaml">' as it is, and the build shows its
    words only, where '[the vote](events/the-veto.yaml)' is an error: it was said nothing.
    A warning (such a text built, and keeps building) at the tag's '<', with what the
    Markdown form is told; one to a file that is there says nothing."""
    project.write("content/story-a/events/the-vote.yaml", event(""))
    project.write(
        EVENT,
        event(
            "body: |\n"
            '  After <a href="events/the-vote.yaml">the vote</a>, <a href="figures/fig-a.yaml">A</a>\n'
            '  and <a href="events/the-veto.yaml">the <em>next</em> one</a> with\n'
            "  <A class=x HREF='figures/fig-b.yaml'>B</A> at <a href=\"locations/loc-b.yaml\">it</a>,\n"
            '  <a href="events/fig-a.yaml">her</a> and <a href="figures/María Lozano.yaml">María</a>.\n'
        ),
    )
    project.write("content/story-a/figures/maria-lozano.yaml", "name: María Lozano\nrole: Someone\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    only = "its link, written in HTML, is shown as its words only"
    assert [str(w) for w in warnings if "HTML" in str(w) or "the link to" in str(w)] == [
        f"{EVENT}:6:7: warning: unknown event 'the-veto' in 'body': {only}; did you mean 'the-vote'?",
        f"{EVENT}:7:3: warning: unknown figure 'fig-b' in 'body': {only}; did you mean 'fig-a'?",
        f"{EVENT}:7:49: warning: unknown location 'loc-b' in 'body': {only}; did you mean 'loc-a'?",
        f"{EVENT}:8:3: warning: unknown event 'fig-a' in 'body': {only}; there is a figure 'fig-a': "
        "write figures/fig-a.yaml",
        f"{EVENT}:8:43: warning: 'body': the link to 'figures/María Lozano.yaml' is shown as its words "
        "only; write it as figures/maria-lozano.yaml",
    ]


def test_an_update_linking_in_html_to_an_event_taken_out_says_how_to_keep_its_words(
    project: Project,
) -> None:
    story = "content/story-a/story.yaml"
    text = project.root.joinpath(story).read_text()
    update = '  - date: 2020-01-03\n    text: Added <a href="events/gone-for-good.yaml">a collapse</a>.\n'
    project.write(story, text + "updates:\n" + update)
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "gone-for-good" in str(w)] == [
        f"{story}:9:17: warning: unknown event 'gone-for-good' in 'updates[1].text': its link, written in "
        "HTML, is shown as its words only; if that event was taken out of the story, put back "
        "events/gone-for-good.yaml with 'removed:' (its date and reason) instead of deleting it (its page "
        "then says it was taken out, and why), or keep the words and delete the <a> and </a> around them"
    ]


def test_an_update_picturing_an_event_taken_out_says_how_to_keep_a_pictures_words(project: Project) -> None:
    # A picture naming an event is shown as a link named by its description: the advice
    # was a link's ("delete the <a> and </a>", "keep the words in [ ]"), which it has none of.
    story = "content/story-a/story.yaml"
    text = project.root.joinpath(story).read_text()
    update = (
        "  - date: 2020-01-03\n"
        '    text: See ![the dam](events/gone-for-good.yaml) and <img src="events/gone-too.yaml" alt="it">.\n'
    )
    project.write(story, text + "updates:\n" + update)
    put_back = (
        "if that event was taken out of the story, put back events/{}.yaml with 'removed:' (its date and "
        "reason) instead of deleting it (its page then says it was taken out, and why), "
    )
    assert project.problems() == [
        f"{story}:9:26: unknown event 'gone-for-good' in 'updates[1].text'; {put_back.format('gone-for-good')}"
        "or keep its description and delete the '![', the ']' and the address in ( )"
    ]
    project.write(
        story, text + "updates:\n" + update.replace("![the dam](events/gone-for-good.yaml) and ", "")
    )
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "gone-too" in str(w)] == [
        f"{story}:9:15: warning: unknown event 'gone-too' in 'updates[1].text': its picture, written in "
        f"HTML, is shown as its description (alt) only; {put_back.format('gone-too')}"
        "or write its description (alt) in place of the <img> tag"
    ]


def test_an_update_linking_to_an_event_taken_out_says_how_to_keep_its_words(project: Project) -> None:
    # A live desk deletes an event that proved false; the update that announced it still
    # links to it. The message only offered the day's other event ('did you mean
    # 'e1'?'), which would have pointed readers at the wrong report. It now offers first
    # to keep the event's address, with 'removed:', as readers may come by a shared link.
    story = "content/story-a/story.yaml"
    text = project.root.joinpath(story).read_text()
    project.write("content/story-a/events/2020-01-01-death-toll.yaml", event(""))
    update = "updates:\n  - date: 2020-01-03\n    text: Added a [dam collapse](events/2020-01-01-dam-collapse.yaml).\n"
    project.write(story, text + update)

    def said(name: str) -> str:
        return (
            f"if that event was taken out of the story, put back events/{name}.yaml with 'removed:' "
            "(its date and reason) instead of deleting it (its page then says it was taken out, and "
            "why), or keep the words in [ ] and delete the brackets and the address in ( )"
        )

    hint = said("2020-01-01-dam-collapse")
    assert project.problems() == [
        f"{story}:9:34: unknown event '2020-01-01-dam-collapse' in 'updates[1].text'; "
        f"did you mean '2020-01-01-death-toll'? {hint[0].upper()}{hint[1:]}"
    ]
    project.write(story, text + update.replace("2020-01-01-dam-collapse.yaml", "gone-for-good.yaml"))
    assert project.problems() == [
        f"{story}:9:34: unknown event 'gone-for-good' in 'updates[1].text'; {said('gone-for-good')}"
    ]
    # Done so, the link is valid, and says nothing: it leads to the event's notice.
    removed = "removed:\n  date: 2020-01-03\n  reason: We could not confirm it.\n"
    project.write("content/story-a/events/gone-for-good.yaml", event(removed))
    warned = [str(p) for p in check_and_lint(content="content")[1]]
    assert not [w for w in warned if "gone-for-good" in w], warned  # nor a warning


def test_a_link_to_a_storys_file_written_another_way_is_a_warning(project: Project) -> None:
    """Such links built before (leading nowhere) and still build: each is a warning at the
    link, saying what readers get and what to write, with the folder that has the file."""
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "body: |\n"
            "  See [a](./events/e1.yaml), [b](e1.yaml), [c](fig-a.yml), [d](events/e1),\n"
            "  [e](../story-b/events/x.yaml) and [f](events/gone.yml).\n"
        ),
    )
    # As an editor's link completion writes it, from where the figure's file is.
    project.write(FIGURE, "name: Fig A\nrole: Witness\nsummary: See [it](../events/e1.yaml).\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if str(w).startswith(FIGURE)] == [
        f"{FIGURE}:3:19: warning: 'summary': the link to '../events/e1.yaml' is shown as its words only; "
        "write it as events/e1.yaml"
    ]
    said = [
        str(w).removeprefix("content/story-a/events/e2.yaml:")
        for w in warnings
        if "the link to" in str(w) and not str(w).startswith(FIGURE)
    ]
    assert said == [
        "5:11: warning: 'body': the link to './events/e1.yaml' is shown as its words only; write it as events/e1.yaml",
        "5:34: warning: 'body': the link to 'e1.yaml' is shown as its words only; write it as events/e1.yaml",
        "5:48: warning: 'body': the link to 'fig-a.yml' is shown as its words only; write it as figures/fig-a.yaml",
        "5:64: warning: 'body': the link to 'events/e1' leads nowhere from most pages; write it as events/e1.yaml",
        "6:41: warning: 'body': the link to 'events/gone.yml' is shown as its words only; no event, figure or "
        "place 'gone' in this story (a link names one's file: events/<id>.yaml)",
        # Written as another story's file is: looked for across the site's stories.
        "6:7: warning: 'body': the link to '../story-b/events/x.yaml' is shown as its words only: this site "
        "has no story 'story-b'",
    ]
    assert not any("write 'https://" in str(w) for w in warnings)  # not read as a site's name


def test_a_link_to_another_storys_file_written_another_way_says_how_to_write_it(project: Project) -> None:
    """A newsroom's site of several stories: a link to another story's file is written as
    from the story's folder, '../story-b/events/e1.yaml', and leads to its page (nothing
    is said). Written another way ('../../story-b/...' as from an event's file, '.yml') it
    shows its words only, and check says what to write; a story that is not there is named."""
    project.write(
        "content/story-b/story.yaml",
        "title: Story B\nsummary: About B.\npublished: 2020-01-02\nlanguage: ar\n"
        "sources:\n  src-a:\n    publisher: Example News\n",
    )
    project.write("content/story-b/events/e1.yaml", MINIMAL[EVENT].replace("fig-a]", "fig-b]"))
    project.write("content/story-b/figures/fig-b.yaml", "name: Figure B\nrole: Someone\n")
    project.write("content/story-b/locations/loc-a.yaml", "name: Place A\ncoordinates: [10, 20]\n")
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "body: |\n"
            "  See [a](../story-b/events/e1.yaml), [b](../../story-b/figures/fig-b.yaml),\n"
            "  [c](../story-c/events/e1.yml), [d](../story-b/events/e1.yml#x).\n"
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    own = "content/story-a/events/e2.yaml"
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{own}:5:43: warning: 'body': the link to '../../story-b/figures/fig-b.yaml' is shown as its words "
        "only; write it as ../story-b/figures/fig-b.yaml",
        f"{own}:6:7: warning: 'body': the link to '../story-c/events/e1.yml' is shown as its words only; this "
        "site has no story 'story-c'; did you mean 'story-b'?",
        f"{own}:6:38: warning: 'body': the link to '../story-b/events/e1.yml#x' is shown as its words only; "
        "write it as ../story-b/events/e1.yaml",
    ]


def test_a_link_to_a_storys_page_written_another_way_says_how_to_write_it(project: Project) -> None:
    """A story's page is linked by its story.yaml: 'story.yaml' for the story's own,
    '../story-b/story.yaml' for another's (nothing said). Written another way it shows
    its words only, and check says what to write."""
    project.write("content/story-b/story.yaml", "title: Story B\nsummary: About B.\npublished: 2020-01-02\n")
    project.write("content/story-b/events/e1.yaml", "title: B1\ndate: 2020-01-02\nsummary: s\n")
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "body: |\n"
            "  See [a](story.yaml), [b](../story-b/story.yaml), [c](../story.yaml),\n"
            "  [d](Story.yml), [e](../../story-b/story.yaml), [f](story-b/story.yaml),\n"
            "  [g](../story-c/story.yml).\n"
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    own = "content/story-a/events/e2.yaml"
    words = "is shown as its words only"
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{own}:5:56: warning: 'body': the link to '../story.yaml' {words}; write it as story.yaml "
        "(this story's page)",
        f"{own}:6:7: warning: 'body': the link to 'Story.yml' {words}; write it as story.yaml (this story's page)",
        f"{own}:6:23: warning: 'body': the link to '../../story-b/story.yaml' {words}; write it as "
        "../story-b/story.yaml",
        f"{own}:6:54: warning: 'body': the link to 'story-b/story.yaml' {words}; a link to another story's "
        "page names its story.yaml as from the story's folder: ../<story>/story.yaml",
        f"{own}:7:7: warning: 'body': the link to '../story-c/story.yml' {words}; this site has no story "
        "'story-c'; did you mean 'story-b'?",
    ]


def test_a_link_to_another_storys_file_named_otherwise_than_its_id_is_told_the_id(project: Project) -> None:
    # '../story-b/figures/fig%20b.yaml' (or with the space, or in capitals) was told to be
    # written as '../story-b/figures/fig%20b.yaml': the very address that shows its words only.
    project.write("content/story-b/story.yaml", MINIMAL[STORY].replace("Story A", "Story B"))
    project.write("content/story-b/events/e1.yaml", MINIMAL[EVENT].replace("fig-a]", "fig-b]"))
    project.write("content/story-b/figures/fig-b.yaml", "name: Fig B\nrole: Someone\n")
    project.write("content/story-b/locations/loc-a.yaml", "name: Place A\ncoordinates: [10, 20]\n")
    project.write(
        EVENT,
        event(
            "body: |\n"
            "  See [a](../story-b/figures/fig%20b.yaml), [b](../story-b/figures/Fig B.yaml),\n"
            "  [c](../story-b/figures/Fig-B.yaml).\n"
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    said = [str(w).removeprefix(f"{EVENT}:") for w in warnings if "the link to" in str(w)]
    assert said == [
        "5:11: warning: 'body': the link to '../story-b/figures/fig%20b.yaml' is shown as its words only; "
        "write it as ../story-b/figures/fig-b.yaml",
        "5:49: warning: 'body': the link to '../story-b/figures/Fig B.yaml' is shown as its words only; "
        "write it as ../story-b/figures/fig-b.yaml",
        "6:7: warning: 'body': the link to '../story-b/figures/Fig-B.yaml' is shown as its words only; "
        "write it as ../story-b/figures/fig-b.yaml",
    ]


def test_a_link_to_the_storys_own_file_written_as_another_storys_says_how_to_write_it(
    project: Project,
) -> None:
    """'../story-a/events/e1.yml' in story-a names its own file, not a story the site
    lacks ('did you mean story-b?' misled); in other capitals ('../Story-A/') too. From
    another story, a story's folder in other capitals is suggested as the story it names."""
    project.write("content/story-b/story.yaml", "title: Story B\nsummary: About B.\npublished: 2020-01-02\n")
    project.write(
        "content/story-b/events/b1.yaml",
        event("body: See [a](../STORY-A/events/e1.yml).\n"),
    )
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "body: |\n"
            "  See [a](../story-a/events/e1.yml), [b](../Story-A/events/e1.yaml),\n"
            "  [c](../story-a/figures/nope.yml).\n"
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    own, other = "content/story-a/events/e2.yaml", "content/story-b/events/b1.yaml"
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{own}:5:11: warning: 'body': the link to '../story-a/events/e1.yml' is shown as its words only; "
        "it is this story's own file: write it as events/e1.yaml",
        f"{own}:5:42: warning: 'body': the link to '../Story-A/events/e1.yaml' is shown as its words only; "
        "it is this story's own file: write it as events/e1.yaml",
        f"{own}:6:7: warning: 'body': the link to '../story-a/figures/nope.yml' is shown as its words only; "
        "it is this story's own file; no event, figure or place 'nope' in this story (a link names one's "
        "file: events/<id>.yaml)",
        f"{other}:4:15: warning: 'body': the link to '../STORY-A/events/e1.yml' is shown as its words only; "
        "this site has no story 'STORY-A'; did you mean 'story-a'?",
    ]


def test_a_link_to_an_id_alone_is_a_warning_naming_the_file_to_link(project: Project) -> None:
    # '[the vote](e1)' linked beside the page, to nothing, and check said nothing.
    project.write(
        "content/story-a/events/e2.yaml",
        event("body: |\n  See [the vote](e1), [her](fig-a), [us](contact) and [them](events/e1.yaml).\n"),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [
        str(w).removeprefix("content/story-a/events/e2.yaml:") for w in warnings if "the link to" in str(w)
    ] == [
        "5:18: warning: 'body': the link to 'e1' leads nowhere; write it as events/e1.yaml",
        "5:29: warning: 'body': the link to 'fig-a' leads nowhere; write it as figures/fig-a.yaml",
        "5:42: warning: 'body': the link to 'contact' leads nowhere; no event, figure or place 'contact' in "
        "this story (a link names one's file: events/<id>.yaml)",
    ]


def test_a_link_to_an_id_alone_with_a_title_is_a_warning_too(project: Project) -> None:
    # '[the vote](e1 "The vote")' was passed over (a title after the id), and so was a
    # definition with one in a text without another link to an id: check said nothing,
    # and the page linked 'e1', beside it, to nothing.
    project.write("content/story-a/events/e2.yaml", event('body: See [the vote](e1 "The vote").\n'))
    project.write("content/story-a/events/e3.yaml", event("body: |\n  See [her][h].\n\n  [h]: fig-a 'Her'\n"))
    _, warnings = check_and_lint(content="content")
    assert [str(w).removeprefix("content/story-a/events/") for w in warnings if "the link to" in str(w)] == [
        "e2.yaml:4:22: warning: 'body': the link to 'e1' leads nowhere; write it as events/e1.yaml",
        "e3.yaml:7:8: warning: 'body': the link to 'fig-a' leads nowhere; write it as figures/fig-a.yaml",
    ]


def test_a_link_naming_a_file_with_its_accents_is_told_the_id(project: Project) -> None:
    # 'elección-2023.yaml' was refused as a file name and renamed; the link still says it.
    project.write("content/story-a/events/eleccion-2023.yaml", event(""))
    project.write(EVENT, event("body: Ver [la elección](events/elección-2023.yaml).\n"))
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:25: warning: 'body': the link to 'events/elección-2023.yaml' is shown as its words "
        "only; write it as events/eleccion-2023.yaml"
    ]


def test_a_link_to_a_file_named_near_an_id_with_spaces_or_encoded_dots_is_told_the_file(
    project: Project,
) -> None:
    # 'figures/maria lozano jt.yaml' for 'maria-lozano-jr', and names written with their
    # dots as '%2E' (as some editors' link completion writes them), were told there is no
    # such figure, and nothing of the one meant.
    project.write("content/story-a/figures/maria-lozano-jr.yaml", "name: María Lozano Jr.\nrole: Someone\n")
    project.write(
        EVENT,
        event(
            "body: |\n"
            "  [María](figures/maria lozano jt.yaml), [a](figures/maria%2Elozano%2Ejt.yaml),\n"
            "  [b](figures/maria-lozano-jr%2Eyaml), [c](%2E%2E/story-a/events/e1.yaml),\n"
            '  <a href="maria lozano jt.yaml">d</a> and [e](figures/someone else.yaml).\n'
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    words = "is shown as its words only"
    assert [str(w).removeprefix(f"{EVENT}:") for w in warnings if "the link to" in str(w)] == [
        f"5:11: warning: 'body': the link to 'figures/maria lozano jt.yaml' {words}; no event, figure or "
        "place 'maria lozano jt' in this story; did you mean figures/maria-lozano-jr.yaml?",
        f"5:46: warning: 'body': the link to 'figures/maria%2Elozano%2Ejt.yaml' {words}; no event, figure "
        "or place 'maria.lozano.jt' in this story; did you mean figures/maria-lozano-jr.yaml?",
        "6:7: warning: 'body': the link to 'figures/maria-lozano-jr%2Eyaml' leads nowhere from most pages; "
        "write it as figures/maria-lozano-jr.yaml",
        f"6:44: warning: 'body': the link to '%2E%2E/story-a/events/e1.yaml' {words}; it is this story's "
        "own file: write it as events/e1.yaml",
        f"7:48: warning: 'body': the link to 'figures/someone else.yaml' {words}; no event, figure or place "
        "'someone else' in this story (a link names one's file: events/<id>.yaml)",
        f"7:3: warning: 'body': the link to 'maria lozano jt.yaml' {words}; no event, figure or place "
        "'maria lozano jt' in this story; did you mean figures/maria-lozano-jr.yaml?",
    ]


def test_a_link_to_a_name_alone_with_its_dot_encoded_is_told_the_file(project: Project) -> None:
    # '[Ana](fig-a%2Eyaml)', no folder and no '.yaml' as written: lint took it for a file
    # of a story's (no longer a link relative to the page), and check never read it, so
    # it was said nothing, where its HTML twin was told the file.
    project.write(EVENT, event('body: See [Ana](fig-a%2Eyaml) and <a href="fig-a%2Eyml">her</a>.\n'))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w).removeprefix(f"{EVENT}:") for w in warnings if "fig-a%2E" in str(w)] == [
        "4:17: warning: 'body': the link to 'fig-a%2Eyaml' leads nowhere from most pages; "
        "write it as figures/fig-a.yaml",
        "4:35: warning: 'body': the link to 'fig-a%2Eyml' leads nowhere from most pages; "
        "write it as figures/fig-a.yaml",
    ]


def test_a_link_in_the_wrong_folder_names_the_right_one(project: Project) -> None:
    project.write(EVENT, event("body: See [A](events/fig-a.yaml) and [one](figures/e1.yaml).\n"))
    assert project.problems() == [
        f"{EVENT}:4:15: unknown event 'fig-a' in 'body'; there is a figure 'fig-a': write figures/fig-a.yaml",
        f"{EVENT}:4:44: unknown figure 'e1' in 'body'; there is an event 'e1': write events/e1.yaml",
    ]


def test_an_event_taken_out_naming_a_file_deleted_since_is_told_to_drop_it_not_to_write_it(
    project: Project,
) -> None:
    # Taken out for naming the wrong person, whose figure file was deleted too: check told
    # the editor to write that figure again ('to add it: explainer new figure ...').
    project.write(
        "content/story-a/events/e2.yaml",
        event(
            "figures: [wrong-man]\nsources: [gone-src]\nbody: Said by [him](figures/wrong-man.yaml).\n"
            "removed:\n  date: 2020-01-06\n  reason: We named [the wrong man](figures/wrong-man.yaml).\n"
        ),
    )
    said = (
        "; this event was taken out ('removed:'), and nothing of it but its title and reason is published: "
    )
    problems = [p.split(": ", 1)[1] for p in project.problems()]
    assert problems == [
        f"unknown figure 'wrong-man' in 'figures[1]'{said}delete it from 'figures'",
        f"unknown source 'gone-src' in 'sources[1]'{said}delete it from 'sources'",
        f"unknown figure 'wrong-man' in 'body'{said}delete the link, keeping its words",
        # What its reason says is published: its links are told as any other's.
        "unknown figure 'wrong-man' in 'removed.reason'; to add it: explainer new figure story-a wrong-man "
        '--name "..."',
    ]


def test_a_picture_in_an_event_taken_out_naming_a_file_deleted_since_is_told_to_keep_its_description(
    project: Project,
) -> None:
    # A picture has no words in [ ] nor <a> tags: "delete the link, keeping its words"
    # asked for what it has none of, where its description is what to keep.
    body = 'body: See ![the dam](events/gone-dam.yaml) and <img src="events/gone-too.yaml" alt="it">.\n'
    removed = "removed:\n  date: 2020-01-06\n  reason: Wrong.\n"
    project.write("content/story-a/events/e2.yaml", event(body + removed))
    said = (
        "; this event was taken out ('removed:'), and nothing of it but its title and reason is published: "
    )
    assert [p.split(": ", 1)[1] for p in project.problems()] == [
        f"unknown event 'gone-dam' in 'body'{said}keep its description and delete the '![', the ']' and "
        "the address in ( )"
    ]
    html_only = body.replace("![the dam](events/gone-dam.yaml) and ", "")
    project.write("content/story-a/events/e2.yaml", event(html_only + removed))
    _, warnings = check_and_lint(content="content")
    assert [str(w).split(": ", 2)[2] for w in warnings if "gone-too" in str(w)] == [
        "unknown event 'gone-too' in 'body': its picture, written in HTML, is shown as its description "
        f"(alt) only{said}write its description (alt) in place of the <img> tag"
    ]


def test_list_items_not_lined_up_are_told_they_were_read_as_one(project: Project) -> None:
    # '   - fig-b' one space further in than '  - fig-a' is more of fig-a's text to YAML: it
    # was told to add a figure 'fig-a-fig-b'.
    project.write("content/story-a/figures/fig-b.yaml", "name: Fig B\nrole: Witness\n")
    project.write(EVENT, event("figures:\n  - fig-a\n   - fig-b\n"))
    assert project.problems() == [
        f"{EVENT}:5:5: unknown figure 'fig-a - fig-b' in 'figures[1]'; YAML read the items fig-a, fig-b as "
        "one, as their '- ' lines do not start in line: start each '-' at the same column as the first"
    ]


def test_a_name_written_where_an_id_made_before_ids_joined_apostrophes_goes_is_told_that_id(
    project: Project,
) -> None:
    # 'ann-o-neil', as ``new`` spelt "Ann O'Neil" before it joined the apostrophe's word
    # ('ann-oneil'): the name was told the command to add the figure again.
    project.write("content/story-a/figures/ann-o-neil.yaml", "name: Ann O'Neil\nrole: Witness\n")
    project.write(EVENT, event("figures: [Ann O'Neil]\n"))
    assert project.problems() == [
        f"{EVENT}:4:11: unknown figure 'Ann O'Neil' in 'figures[1]'; write its id, 'ann-o-neil'"
    ]


def test_names_written_as_one_text_where_ids_made_before_ids_joined_apostrophes_go_are_told_those_ids(
    project: Project,
) -> None:
    # 'figures: Conan O'Brien, Jay Leno' was told '[conan-obrien, jay-leno]', the ids ``new``
    # makes now, where the story's file, made before ids joined the apostrophe's word, is
    # 'conan-o-brien': the id told named no file. One the story has no file for stays as made.
    project.write("content/story-a/figures/conan-o-brien.yaml", "name: Conan O'Brien\nrole: Host\n")
    project.write(EVENT, event("figures: Conan O'Brien, Jay Leno\n"))
    project.write("content/story-a/events/e2.yaml", event("locations: Ann O'Neil Park\n"))
    assert project.problems() == [
        f"{EVENT}:4:10: 'figures' must be a list (write [a, b] or one '- item' per line), got "
        "'Conan O'Brien, Jay Leno'; write their ids: [conan-o-brien, jay-leno]",
        "content/story-a/events/e2.yaml:4:12: 'locations' must be a list (write [a, b] or one '- item' per "
        "line), got 'Ann O'Neil Park'; write their ids: [ann-oneil-park]",
    ]


def test_an_id_numbered_as_others_but_with_a_new_number_is_told_how_to_add_it_first(project: Project) -> None:
    # 'source-2' beside 'source-1' was told "did you mean 'source-1'?" alone: a hurried
    # editor cited the one source there is for what another reported.
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("  src-a:\n", "  source-1:\n    publisher: Other News\n  src-a:\n"))
    project.write("content/story-a/figures/witness-1.yaml", "name: A witness\nrole: Saw it\n")
    project.write(
        EVENT, event("figures: [fig-a, witness-1, witness-2]\nsources: [src-a, source-1, source-2]\n")
    )
    assert project.problems() == [
        f"{EVENT}:4:29: unknown figure 'witness-2' in 'figures[3]'; to add it: "
        "explainer new figure story-a witness-2 --name \"...\", unless you meant one there is ('witness-1')",
        f"{EVENT}:5:28: unknown source 'source-2' in 'sources[3]'; add it under 'sources:' in "
        "story-a/story.yaml, unless you meant one there is ('source-1')",
    ]


def test_a_picture_in_html_that_names_a_file_is_told_as_a_link_in_html_is(project: Project) -> None:
    """The page makes a picture written in HTML that is not the story's own (``media/``) a
    link to its address, named by its alt text, which the build then links, or shows as its
    words only, as it does ``<a href="...">``. Such a picture naming a file the story lacks
    was said nothing, and one naming an event by its id alone left a link to nowhere."""
    project.write("content/story-a/events/the-vote.yaml", event(""))
    project.write(
        EVENT,
        event(
            "body: |\n"
            '  After <img src="events/the-vote.yaml" alt="the vote">, <img src="events/the-veto.yaml"\n'
            '  alt="the next"> and <IMG ALT="it" SRC="the-vote">.\n'
        ),
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    only = "its picture, written in HTML, is shown as its description (alt) only"
    assert [str(w) for w in warnings if "HTML" in str(w) or "the link to" in str(w)] == [
        f"{EVENT}:5:58: warning: unknown event 'the-veto' in 'body': {only}; did you mean 'the-vote'?",
        f"{EVENT}:6:23: warning: 'body': the link to 'the-vote' leads nowhere; write it as "
        "events/the-vote.yaml",
    ]
