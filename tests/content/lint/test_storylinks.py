"""Links to the story's own places that lead nowhere once published (``storylinks.py``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, every_warning, warnings


def test_a_published_texts_link_to_a_draft_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The link works in the preview; the published site shows its words only."""
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\ndraft: true\n",
    )
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "body: See [what comes](events/e2.yaml).\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:7:24: warning: 'body': the link to the draft 'e2' is shown as its words only in the "
        "published site, until that event is published"
    ]
    project.write(
        "content/story-a/events/e2.yaml", "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\n"
    )
    assert warnings(project, capsys) == []


def test_a_published_texts_link_in_html_to_a_draft_is_said_at_its_tag(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The build links '<a href="events/e2.yaml">' as it does Markdown's: words only.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\ndraft: true\n",
    )
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + 'body: See <a href="events/e2.yaml">what comes</a>.\n')
    assert warnings(project, capsys) == [
        f"{EVENT}:7:11: warning: 'body': the link to the draft 'e2' is shown as its words only in the "
        "published site, until that event is published"
    ]


def test_a_published_texts_link_to_a_figure_or_place_only_drafts_name_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """Their pages are published with the first published event that names them: until
    then the link shows its words only, as a link to a draft event does (it was silent)."""
    project.write("content/story-a/figures/fig-d.yaml", "name: Dee\nrole: Minister\n")
    project.write(
        "content/story-a/locations/town.yaml",
        "name: Town\nkind: city\ncountry: Exampleland\ncoordinates: [-33.9, 18.4]\n",
    )
    draft = "title: Two\ndate: 2020-01-01\nsummary: Soon.\nsources: [src-a]\nfigures: [fig-d]\nlocations: [town]\n"
    project.write("content/story-a/events/e2.yaml", draft + "draft: true\n")
    # An event taken out names the figure too: its notice names nobody, its page is gone.
    project.write(
        "content/story-a/events/e3.yaml",
        "title: Three\ndate: 2020-01-02\nsummary: Said.\nsources: [src-a]\nfigures: [fig-d]\n"
        "removed:\n  date: 2020-01-03\n  reason: Wrong.\n",
    )
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "body: See [Dee](figures/fig-d.yaml) in [Town](locations/town.yaml).\n")
    shown_as_words = [w for w in warnings(project, capsys) if "as its words only" in w]
    assert shown_as_words == [
        f"{EVENT}:7:17: warning: 'body': the link to the figure 'fig-d' is shown as its words only in the "
        "published site, where only drafts name it (or events taken out): its page is published with the "
        "first published event that names it",
        f"{EVENT}:7:47: warning: 'body': the link to the place 'town' is shown as its words only in the "
        "published site, where only drafts name it (or events taken out): its page is published with the "
        "first published event that names it",
    ]
    project.write("content/story-a/events/e2.yaml", draft)
    assert [w for w in warnings(project, capsys) if "as its words only" in w] == []


def test_a_link_to_an_update_or_a_source_that_is_not_there(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'#update-N' and '#source-<id>' lead to that place on the story page from every page
    that shows the text; one the story does not have leads nowhere, in any text."""
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("What story A is about.", "See [the wire](#source-src-b) and [the fix](#update-9).")
        + "updates:\n  - date: 2020-01-03\n    text: Fixed; see [Example](#source-src-a) and [this](#update-1).\n"
        "  - date: 2020-01-04\n    text: Again, after [the first](#update-3).\n",
    )
    event = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        event.replace("Something happened.", "As [first said](#update-1), by [Example](#source-src-a).")
        + "body: |\n  See [the correction](#update-2) and [the source](#source-wire).\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nsummary: Told by [Example](#source-src-a), [x](#update-4).\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:8:52: warning: 'body': the link to '#source-wire' leads nowhere: the story has "
        "no source 'wire'; link to one of its 'sources' (in story.yaml) as #source-<its id>",
        "content/story-a/figures/fig-a.yaml:3:48: warning: 'summary': the link to '#update-4' leads "
        "nowhere: the story's 'updates' has 2 entries, #update-1 to #update-2, counted from the first "
        "written; link to one of them, or delete the link",
        f"{STORY}:2:25: warning: 'summary': the link to '#source-src-b' leads nowhere: the story has "
        "no source 'src-b'; did you mean 'src-a'?",
        f"{STORY}:2:54: warning: 'summary': the link to '#update-9' leads nowhere: the story's "
        "'updates' has 2 entries, #update-1 to #update-2, counted from the first written; link to "
        "one of them, or delete the link",
        f"{STORY}:11:36: warning: 'updates[2].text': the link to '#update-3' leads nowhere: the story's "
        "'updates' has 2 entries, #update-1 to #update-2, counted from the first written; link to "
        "one of them, or delete the link",
    ]


def test_a_link_to_an_update_or_a_source_written_another_way_is_told_how_to_write_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text()
    summary = "See [A](#Source-SRC-A), [one](#update-01), [x](#source-) and [y](#Update-1)."
    project.write(
        STORY,
        story.replace("What story A is about.", summary)
        + "updates:\n  - date: 2020-01-03\n    text: More.\n",
    )
    told = [w.split(": warning: ")[1] for w in warnings(project, capsys)]
    assert told == [
        "'summary': the link to '#Source-SRC-A' leads nowhere: write '#source-src-a'",
        "'summary': the link to '#update-01' leads nowhere: write '#update-1'",
        "'summary': the link to '#source-' leads nowhere: it names no source; write #source- and the "
        "id of one of the story's 'sources'",
        "'summary': the link to '#Update-1' leads nowhere: write '#update-1'",
    ]
    # A story without sources says so.
    bare = re.sub(r"sources:\n(  .*\n)+", "", story).replace("What story A is about.", "By [A](#source-a).")
    project.write(STORY, bare)
    project.write(EVENT, re.sub(r"sources: .*\n", "", project.root.joinpath(EVENT).read_text()))
    told = [w.split(": warning: ")[1] for w in warnings(project, capsys) if "#source" in w]
    assert told == [
        "'summary': the link to '#source-a' leads nowhere: the story has no 'sources' (in story.yaml); "
        "add the source there, or delete the link"
    ]


def test_a_link_to_an_update_or_a_source_written_in_the_storys_language_is_told_the_english_name(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Spanish desk writes '#fuente-afp' and '#actualización-2': they led nowhere, unsaid.
    story = project.root.joinpath(STORY).read_text()
    summary = "See [A](#fuente-src-a), [one](#actualización-1), [x](#Fuente-src-b) and [y](#correccion-4)."
    project.write(
        STORY,
        story.replace("What story A is about.", summary)
        + "updates:\n  - date: 2020-01-03\n    text: More.\n",
    )
    told = [w.split(": warning: ")[1] for w in warnings(project, capsys)]
    english = "the story page names its places in English, whatever the language of the story"
    assert told == [
        f"'summary': the link to '#fuente-src-a' leads nowhere: {english}: write '#source-src-a'",
        f"'summary': the link to '#actualización-1' leads nowhere: {english}: write '#update-1'",
        f"'summary': the link to '#Fuente-src-b' leads nowhere: {english}; the story has no source "
        "'src-b'; did you mean 'src-a'?",
        f"'summary': the link to '#correccion-4' leads nowhere: {english}; the story's 'updates' has 1 "
        "entry, #update-1, counted from the first written; link to one of them, or delete the link",
    ]


def test_links_to_places_that_are_there_and_the_themes_own_are_no_warning(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link to an update or a source the story has leads to the story page, which lists
    them all, from any page: an event's text, whether it cites the source or not; a
    figure's; an event's summary in a long story, whose page lists years."""
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("What story A is about.", "See [Example](#source-src-a) and [it](#update-1).")
        + "  src-b:\n    publisher: Wire\n"
        "updates:\n  - date: 2020-01-03\n    text: See [the timeline](#timeline), [it](#update-1).\n"
        "unknowns:\n  - Why, says [Example](#source-src-a); see [more](#sources) and [x](#whatever).\n",
    )
    event = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        event.replace("Something happened.", "As [first said](#update-1).")
        + "body: |\n  [Example](#source-src-a) says so, [the wire](#source-src-b) too; [it](#update-1);"
        " `[code](#update-7)`; [top](#top).\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nsummary: See [the timeline](#timeline), "
        "[Example](#source-src-a), [it](#update-1).\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Two\ndate: 2020-01-02\nsummary: S\nsources: [src-a]\n"
        "quotes:\n  - text: Quoted.\n    by: Someone\n    source: src-b\n",
    )
    assert warnings(project, capsys) == []
    monkeypatch.setattr("generator.render.pages.YEAR_PAGES_FROM", 0)
    assert warnings(project, capsys) == []


def test_the_preview_keeps_a_files_links_but_judges_them_again_as_the_story_changes(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each file's links to the story page are kept while it is unchanged; whether they
    lead anywhere is told from the story as it is now."""
    from generator.content.lint import lint
    from generator.content.lint import storylinks as module
    from generator.pipeline import load_and_check
    from generator.speed import Fast

    looked_in: list[str] = []
    look = module._story_page_links

    def counted(root: Any, record: Any) -> Any:
        looked_in.append(root.pos.path)
        return look(root, record)

    monkeypatch.setattr(module, "_story_page_links", counted)

    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "updates:\n  - date: 2020-01-03\n    text: Fixed.\n")
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, event.replace("Something happened.", "As [corrected](#update-2)."))
    speed = Fast("content")

    def said() -> list[str]:
        raw, found, site = load_and_check("content", speed)
        return [p.message for p in lint(raw, found, site, speed.checks)]

    assert said() == [
        "'summary': the link to '#update-2' leads nowhere: the story's 'updates' has 1 entry, "
        "#update-1, counted from the first written; link to one of them, or delete the link"
    ]
    project.write(
        STORY,
        story + "updates:\n  - date: 2020-01-03\n    text: Fixed.\n  - date: 2020-01-04\n    text: Again.\n",
    )
    assert said() == []
    assert looked_in.count(EVENT) == 1  # the event's file is unchanged: its links were kept
    assert looked_in.count(STORY) == 2


def test_links_in_the_text_of_an_event_taken_out_are_looked_at_only_in_its_title_and_reason(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A link to a draft or to an update the story lacks, in its summary, reaches no reader.
    project.write(
        "content/story-a/events/e3.yaml",
        "title: Soon\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\ndraft: true\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Rumour\ndate: 2020-01-01\nsummary: See [soon](events/e3.yaml) and [this](#update-9).\n"
        "removed:\n  date: 2020-01-02\n  reason: See [soon](events/e3.yaml) and [this](#update-9).\n",
    )
    assert warnings(project, capsys) == [
        "content/story-a/events/e2.yaml:6:22: warning: 'removed.reason': the link to the draft 'e3' is shown "
        "as its words only in the published site, until that event is published",
        "content/story-a/events/e2.yaml:6:49: warning: 'removed.reason': the link to '#update-9' leads "
        "nowhere: the story has no 'updates' yet; add the entry, or delete the link",
    ]


def test_links_to_sources_not_there_are_given_a_did_you_mean_within_a_budget(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each 'did you mean' compares the id with every source (difflib, tens of microseconds
    # each): 2,900 such links, in a story of 500 sources, took 45 s to check. Past 50,000
    # comparisons a source is said missing, no more.
    sources = "".join(f"  src-of-the-day-number-{n:04d}:\n    publisher: P\n" for n in range(400))
    story = project.root.joinpath(STORY).read_text().replace("sources:\n", "sources:\n" + sources)
    project.write(STORY, story)
    links = "".join(f"  [x](#source-src-of-the-day-numbr-{n:04d}-{n})\n\n" for n in range(300))
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + f"body: |\n{links}")
    said = [w for w in every_warning(project, capsys) if "leads nowhere" in w]
    assert len(said) == 300
    assert "; did you mean 'src-of-the-day-number-" in said[123]  # 124 x 401 compared
    assert said[124].endswith(
        "the story has no source 'src-of-the-day-numbr-0124-124'; link to one of its 'sources' "
        "(in story.yaml) as #source-<its id>"
    )
