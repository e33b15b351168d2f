"""What the files of a story say of each other (``references.py``), each message exactly."""

from __future__ import annotations

import pytest

from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, every_warning, warnings


def test_unreferenced_figure_location_and_source(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/figures/fig-b.yaml", "name: B\nrole: R\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: B\ncoordinates: [1, 2]\n")
    project.write(STORY, project.root.joinpath(STORY).read_text() + "  src-b:\n    publisher: Other\n")
    assert warnings(project, capsys) == [
        "content/story-a/figures/fig-b.yaml:1:1: warning: figure 'fig-b' is not in any event",
        "content/story-a/locations/loc-b.yaml:1:1: warning: location 'loc-b' is not in any event",
        f"{STORY}:7:3: warning: source 'src-b' is not cited anywhere",
    ]
    # A text's link to it on the story page cites it too.
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("What story A is about.", "As [Other](#source-src-b) says."))
    assert not [w for w in warnings(project, capsys) if "src-b" in w]


def test_two_events_with_the_same_date_and_title(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "content/story-a/events/e2.yaml",
        "title: First Event\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:1:8: warning: same date and title as event 'e1'; is it a duplicate?"
    ]


def test_two_events_whose_titles_differ_only_in_how_their_characters_are_encoded(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The same title written on macOS (é as e and its accent), with a ligature pasted
    # from a PDF, or in full-width letters: readers see the same words, and check said
    # nothing of either.
    for i, title in enumerate(
        ("Fe\u0302te in Zu\u0308rich", "\ufb01rst event", "ＦＩＲＳＴ　ＥＶＥＮＴ"), start=2
    ):
        project.write(
            f"content/story-a/events/e{i}.yaml",
            f"title: {title}\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n",
        )
    project.write(
        "content/story-a/events/e5.yaml",
        "title: Fête in Zürich\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n",
    )
    assert warnings(project, capsys) == [
        f"content/story-a/events/e{i}.yaml:1:8: warning: same date and title as event '{first}'; is it a duplicate?"
        for i, first in ((3, "e1"), (4, "e1"), (5, "e2"))
    ]


def test_two_figures_or_places_of_one_name(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # A second file for one person (its name in capitals, or typed on a Mac with its
    # accent apart): the story's lists and filter offered the name twice, the search
    # page's filter once for both; check said nothing.
    project.write("content/story-a/figures/fig-a.yaml", "name: Zoë Ünal\nrole: Someone involved\n")
    project.write("content/story-a/figures/fig-b.yaml", "name: ZOE\u0308  U\u0308NAL\nrole: The same\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: place  a\ncoordinates: [1, 2]\n")
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("figures: [fig-a]", "figures: [fig-a, fig-b]").replace(
        "locations: [loc-a]", "locations: [loc-a, loc-b]"
    ))  # fmt: skip
    assert warnings(project, capsys) == [
        "content/story-a/figures/fig-b.yaml:1:7: warning: figure 'fig-b' has the same name as figure "
        "'fig-a', so readers cannot tell them apart; if they are one, keep one file and name its id "
        "in the events, else give each a name of its own",
        "content/story-a/locations/loc-b.yaml:1:7: warning: location 'loc-b' has the same name as "
        "location 'loc-a', so readers cannot tell them apart; if they are one, keep one file and name "
        "its id in the events, else give each a name of its own",
    ]
    # Names that differ in a letter or an accent are two names.
    project.write("content/story-a/figures/fig-b.yaml", "name: Zoe Unal\nrole: Another\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Location B\ncoordinates: [1, 2]\n")
    assert warnings(project, capsys) == []


def test_two_events_whose_titles_differ_only_in_turkish_capitals(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # An agency's headline in capitals: Unicode folds 'IŞIL' to 'işil', not Turkish's 'ışıl'.
    for i, title in ((2, "Işıl Bayram Diyarbakır'da"), (3, "IŞIL BAYRAM DİYARBAKIR'DA")):
        project.write(
            f"content/story-a/events/e{i}.yaml",
            f'title: "{title}"\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n',
        )
    assert warnings(project, capsys) == [
        "content/story-a/events/e3.yaml:1:8: warning: same date and title as event 'e2'; is it a duplicate?"
    ]


def test_a_quote_meant_for_a_figure(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Credited to "fig-aa" or to "Figure A", the words would not link to the figure's page.
    event = project.root.joinpath(EVENT).read_text()
    quotes = "quotes:\n  - text: One.\n    by: fig-aa\n  - text: Two.\n    by: figure a\n  - text: Three.\n    by: A passer-by\n"
    project.write(EVENT, event + quotes)
    assert warnings(project, capsys) == [
        f"{EVENT}:9:9: warning: 'fig-aa' is not a figure of this story; did you mean 'fig-a'?",
        f"{EVENT}:11:9: warning: 'figure a' is the name of figure 'fig-a'; write 'by: fig-a' to link the "
        "quote to the figure's page",
    ]
    # Named as the figure's file writes it, but with its accent written apart (macOS).
    project.write("content/story-a/figures/fig-a.yaml", "name: Zoë Ünal\nrole: Someone involved\n")
    project.write(EVENT, event + "quotes:\n  - text: One.\n    by: Zoe\u0308 U\u0308nal\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:9:9: warning: 'Zoe\u0308 U\u0308nal' is the name of figure 'fig-a'; write 'by: fig-a' to "
        "link the quote to the figure's page",
    ]


def test_a_quote_credited_to_a_figures_id_written_with_the_names_letters(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'thor-guðmundsson' for the figure 'thor-gudmundsson' (whose name is 'Þór
    # Guðmundsson'): no id has such letters, so it was taken for a name in words, and
    # readers saw the words credited to 'thor-guðmundsson', with no link; check said nothing.
    project.write("content/story-a/figures/thor-gudmundsson.yaml", "name: Þór Guðmundsson\nrole: R\n")
    event = (
        project.root.joinpath(EVENT)
        .read_text()
        .replace("figures: [fig-a]", "figures: [fig-a, thor-gudmundsson]")
    )
    quotes = "quotes:\n  - text: One.\n    by: thor-guðmundsson\n  - text: Two.\n    by: Þór's neighbour\n"
    project.write(EVENT, event + quotes)
    assert warnings(project, capsys) == [
        f"{EVENT}:9:9: warning: 'thor-guðmundsson' is not a figure of this story; did you mean "
        "'thor-gudmundsson'?",
    ]


def test_a_quote_credited_to_a_figures_name_typed_without_its_accents(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Typed on a keyboard without them, 'Olafur Ragnar Grimsson' was shown as words with no
    # link to the figure 'Ólafur Ragnar Grímsson's page, and check said nothing.
    project.write("content/story-a/figures/fig-a.yaml", "name: Ólafur Ragnar Grímsson\nrole: President\n")
    event = project.root.joinpath(EVENT).read_text()
    quotes = (
        "quotes:\n  - text: One.\n    by: Olafur Ragnar Grimsson\n"
        "  - text: Two.\n    by: Olafur Grimsson\n"  # another name: not said
        "  - text: Three.\n    by: Ólafur Ragnar Grímsson\n"
    )
    project.write(EVENT, event + quotes)
    assert warnings(project, capsys) == [
        f"{EVENT}:9:9: warning: 'Olafur Ragnar Grimsson' is the name of figure 'fig-a' ('Ólafur Ragnar "
        "Grímsson') without its accents; write 'by: fig-a' to link the quote to the figure's page",
        f"{EVENT}:13:9: warning: 'Ólafur Ragnar Grímsson' is the name of figure 'fig-a'; write 'by: fig-a' "
        "to link the quote to the figure's page",
    ]


def test_a_figure_or_location_named_only_by_events_taken_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Nothing only an event taken out uses is published, its figure's and place's pages
    # included: deploy then refused the site, as readers' links to them would break, and
    # check --strict had said nothing.
    correction = (
        "updates:\n  - date: 2020-01-05\n    kind: correction\n    text: Took out [it](events/e2.yaml).\n"
    )
    project.write(STORY, project.root.joinpath(STORY).read_text() + correction)
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B\nrole: Named wrongly\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Place B\ncoordinates: [11, 21]\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: S\nfigures: [fig-a, fig-b]\nlocations: [loc-b]\n"
        "removed:\n  date: 2020-01-05\n  reason: Wrong.\n",
    )
    advice = (
        "so its page is no longer published and readers' links to it break; name it in an event still "
        "shown to keep the page, or delete its file (deploy and 'check --since' then ask for "
        "--allow-broken-links or a commit saying [allow broken links])"
    )
    assert warnings(project, capsys) == [
        f"content/story-a/figures/fig-b.yaml:1:1: warning: figure 'fig-b' is named only by events taken out "
        f"('e2'), {advice}",
        f"content/story-a/locations/loc-b.yaml:1:1: warning: location 'loc-b' is named only by events taken "
        f"out ('e2'), {advice}",
    ]


def test_quotes_by_no_figure_are_given_a_did_you_mean_within_a_budget(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each 'did you mean' compares the id with every figure (difflib, tens of microseconds
    # each): past 50,000 comparisons in a story such an id is said to be no figure, no more.
    for n in range(400):
        project.write(f"content/story-a/figures/fig-of-the-day-{n:04d}.yaml", f"name: Fig {n}\nrole: R\n")
    quotes = "".join(f"  - text: Said.\n    by: fig-of-the-dai-{n:04d}-{n}\n" for n in range(300))
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + f"quotes:\n{quotes}")
    said = [w for w in every_warning(project, capsys) if "is not a figure" in w]
    assert len(said) == 300
    assert "; did you mean 'fig-of-the-day-" in said[123]  # 124 x 401 compared
    assert said[124].endswith(
        "'fig-of-the-dai-0124-124' is not a figure of this story; write a figure's id to link the quote "
        "to its page"
    )
