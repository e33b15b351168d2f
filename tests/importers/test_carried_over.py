"""What an editor added to the files an import replaces is carried over, or named when it
cannot be: fields, sources and tags."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.commands.build import build
from generator.commands.imports import import_timeline
from generator.content.yamlnodes import parse_yaml
from generator.importers.carried_over import replaced
from generator.importers.event import EVENT_SUMMARY_TODO
from generator.importers.yamlwrite import EVENT_KEYS
from tests.conftest import TEMPLATES, Project
from tests.importing import FIXTURES, SMALL, TWO_CREDITED_SLIDES, errors_of_check

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


def test_importing_our_own_export_again_keeps_the_sources_it_does_not_carry(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # timeline.json carries no sources: --force deleted the story's and the events', and
    # kept the quotes and key numbers citing them, so check failed ("unknown source").
    shutil.copytree(SMALL, "content", dirs_exist_ok=True)
    build(content="content", templates=TEMPLATES, out="site")
    before = Path("content/alpha/story.yaml").read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    story = Path("content/alpha/story.yaml").read_text()
    assert before[before.index("sources:") : before.index("unknowns:")] in story  # as written
    assert "sources: [wire]\n" in Path("content/alpha/events/2021-03-01-start.yaml").read_text()
    assert "sources: [paper]\n" in Path("content/alpha/events/2021-03-02-span.yaml").read_text()
    assert (
        "note: kept 2 sources of story.yaml that site/alpha/timeline.json does not have, as quotes, key "
        "numbers and events may cite them: paper, wire"
    ) in capsys.readouterr().err


def test_importing_our_own_export_gives_the_events_their_tags_back_once(empty: Project) -> None:
    # The export gives each slide its event's first tag as its TimelineJS group, which the
    # import reads as a tag: imported again, the event keeps its tags as they were (not
    # the group alone, nor twice); imported afresh, it gets the group.
    shutil.copytree(SMALL, "content", dirs_exist_ok=True)
    build(content="content", templates=TEMPLATES, out="site")
    start = Path("content/alpha/events/2021-03-01-start.yaml")
    assert "tags: [first, politics]\n" in start.read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    text = start.read_text()
    assert 'tags: ["first", "politics"]\n' in text and text.count("tags:") == 1
    assert "tags:" not in Path("content/alpha/events/2021-03-02-span.yaml").read_text()
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "beta"]) == 0
    assert 'tags: ["first"]\n' in Path("content/beta/events/2021-03-01-start.yaml").read_text()
    # A group changed in the sheet to another of the file's tags comes first from then on
    # (the first tag is the one the pages show and the export makes the group); the
    # file's other tags stay.
    exported = Path("site/alpha/timeline.json").read_text()
    Path("site/alpha/timeline.json").write_text(exported.replace('"group":"first"', '"group":"politics"'))
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert 'tags: ["politics", "first"]\n' in start.read_text()
    # A group the file's tags do not have is the timeline's, as a sheet's group is.
    data = exported.replace('"group":"first"', '"group":"second"')
    Path("site/alpha/timeline.json").write_text(data)
    assert main(["import", "timelinejs", "site/alpha/timeline.json", "--story", "alpha", "--force"]) == 0
    assert 'tags: ["second"]\n' in start.read_text()


@pytest.mark.parametrize("export", ["timeline.json", "timeline.csv"])
def test_a_group_exported_as_the_pages_show_its_tag_is_imported_again_as_the_tag(
    empty: Project, export: str
) -> None:
    # The exports give a group as the pages show the tag ("L’incendie", its apostrophe
    # set), which the import read as a tag of its own: the filter then offered two topics
    # of one label, and the edited event lost its tag.
    shutil.copytree(SMALL, "content", dirs_exist_ok=True)
    start = Path("content/alpha/events/2021-03-01-start.yaml")
    start.write_text(start.read_text().replace("tags: [first, politics]", 'tags: ["L\'incendie", politics]'))
    span = Path("content/alpha/events/2021-03-02-span.yaml")
    span.write_text(span.read_text() + 'tags: ["L\'incendie -- suite"]\n')
    build(content="content", templates=TEMPLATES, out="site")
    text = Path(f"site/alpha/{export}").read_text(encoding="utf-8-sig")
    if export == "timeline.json":
        groups = {e["text"]["headline"]: e.get("group") for e in json.loads(text)["events"]}
    else:
        groups = {row["Headline"]: row["Group"] for row in csv.DictReader(io.StringIO(text))}
    assert (groups["It starts"], groups["A span of days"]) == ("L’incendie", "L’incendie – suite")
    assert main(["import", "timelinejs", f"site/alpha/{export}", "--story", "alpha", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    assert 'tags: ["L\'incendie", "politics"]\n' in start.read_text()
    assert 'tags: ["L\'incendie -- suite"]\n' in span.read_text()
    # Into a story of its own, the group is the label readers saw.
    assert main(["import", "timelinejs", f"site/alpha/{export}", "--story", "beta"]) == 0
    written = [p.read_text() for p in Path("content/beta/events").glob("*.yaml")]
    assert sum('tags: ["L’incendie"]\n' in text for text in written) == 1


def test_sources_a_timeline_gives_are_written_with_those_of_the_story_it_does_not_give(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A video becomes a source the import writes; the one an editor added since, which a
    # quote cites, is kept beside it (it was deleted, and check failed).
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "https://video.example/1", "credit": "Video"}}]}'
    )
    import_timeline(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text()
        + '    # as broadcast\n    title: "The first"\n'
        + "  # by hand\n  wire:\n      publisher: Wire\n"
        + 'key_numbers:\n  - value: "2"\n    label: counted\n    source: wire\n'
    )
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(event.read_text() + "quotes:\n  - text: Yes.\n    by: A man\n    source: wire\n")
    capsys.readouterr()
    for _ in range(2):  # and again: one line above the sources kept, not one more each time
        assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert errors_of_check() is not None  # raises on an error
    text = story.read_text()
    # The video's entry stays as its editor wrote it, title and all; the wire's beside it,
    # under the line that says it is not the timeline's.
    assert (
        "sources:\n"
        "  video:\n"
        '    publisher: "Video"\n'
        '    url: "https://video.example/1"\n'
        "    # as broadcast\n"
        '    title: "The first"\n'
        "  # Kept from this file before the import (not in the source):\n"
        "  # by hand\n"
        "  wire:\n"
        "      publisher: Wire\n"
    ) in text
    assert (
        "note: kept 1 source of story.yaml that t.json does not have, as quotes, key numbers and events "
        "may cite them: wire"
    ) in capsys.readouterr().err


def imported_with_a_title(name: str) -> tuple[Path, str]:
    """TWO_CREDITED_SLIDES with a title slide, written as ``name`` and imported as the
    story 's': its story.yaml, and what the import wrote there."""
    titled = json.loads(TWO_CREDITED_SLIDES) | {"title": {"text": {"headline": "T", "text": "Summary."}}}
    Path(name).write_text(json.dumps(titled))
    import_timeline(source=name, story="s", content="content")
    story = Path("content/s/story.yaml")
    return story, story.read_text()


def test_importing_a_sheet_again_unchanged_keeps_nothing_said_to_be_added_by_hand(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every source the sheet gives the story had already (by address): they were written
    # under "Kept from this file before the import (not in the source)", and the import
    # said "kept the fields added by hand (figures, places...) in 1 file: story.yaml",
    # though no one had touched it.
    story, first = imported_with_a_title("t.json")
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert story.read_text() == first
    assert "added by hand" not in capsys.readouterr().err
    # A source added by hand is the one said to be kept, after the sheet's.
    story.write_text(first + "  wire-2:\n    publisher: Wire\n")
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert story.read_text() == first + "  # Kept from this file before the import (not in the source):\n" + (
        "  wire-2:\n    publisher: Wire\n"
    )
    err = capsys.readouterr().err
    assert "added by hand" not in err and "kept 1 source of story.yaml that t.json does not have" in err


def test_sources_written_in_braces_that_the_sheet_gives_again_are_not_said_lost(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'sources: {...}' cannot be kept source by source: when the sheet gives them all
    # again, the import said it "could not keep the sources ... that t.json does not
    # have", though it has them all, and wrote the field again.
    story, first = imported_with_a_title("t.json")
    head, _, block = first.partition("sources:\n")
    assert block and "\n" not in block.rstrip("\n").replace("\n  ", "")  # the last field, indented
    braced = head + "sources: " + json.dumps(yaml.safe_load("sources:\n" + block)["sources"]) + "\n"
    story.write_text(braced)
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    err = capsys.readouterr().err
    assert "could not keep" not in err and "added by hand" not in err
    # Written again as the sheet gives them, none said to be kept from before.
    assert story.read_text() == first
    assert errors_of_check() is not None


def test_the_note_of_sources_lost_is_one_line_whatever_the_sources_name(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The note quotes the file imported, whose name may hold a line break: printed as it
    # was, its second line could read as a command to GitHub's runner.
    name = "t\n::error file=README.md::x.json"
    story, first = imported_with_a_title(name)
    head = first.partition("sources:\n")[0]
    story.write_text(head + 'sources: {"wire-2": {"publisher": "Wire"}}\n')
    capsys.readouterr()
    assert main(["import", "timelinejs", name, "--story", "s", "--force"]) == 0
    err = capsys.readouterr().err
    assert "could not keep the sources of story.yaml that t\\n::error file=README.md::x.json" in err
    assert not any(line.startswith("::") for line in err.splitlines()), err


def test_importing_again_with_force_keeps_what_an_editor_added_since(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sheet cannot hold figures, places or key moments: added by hand after the first
    # import, they were lost at the next, with nothing said. The sheet's own fields still
    # come from the sheet.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "First."}},'
        '{"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "Second."}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    empty.write("content/s/figures/ann.yaml", "name: Ann\nrole: Witness\n")
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(
        event.read_text().replace("First.", "First, edited by hand.")
        + "# who was there\nfigures:\n  - ann\nkey: true\n"
    )
    story = Path("content/s/story.yaml")
    story.write_text(story.read_text() + "byline: The data desk\n")
    capsys.readouterr()
    Path("t.json").write_text(Path("t.json").read_text().replace("Second.", "Second, fixed in the sheet."))
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    text = event.read_text()
    assert "First, edited by hand." not in text and "First." in text  # the sheet's field, from the sheet
    assert text.endswith(
        "# Kept from this file before the import (not in the source):\n"
        "# who was there\nfigures:\n  - ann\nkey: true\n"
    )
    assert story.read_text().endswith("byline: The data desk\n")
    assert "Second, fixed in the sheet." in Path("content/s/events/2002-b.yaml").read_text()
    assert "Kept" not in Path("content/s/events/2002-b.yaml").read_text()
    assert not any("ann" in w for w in errors_of_check())  # no error, and Ann is in an event
    err = capsys.readouterr().err
    assert (
        "note: kept the fields added by hand (figures, places...) in 2 files: story.yaml, events/2001-a.yaml"
        in err
    )


def test_an_event_written_by_hand_that_a_new_slide_names_is_said_with_its_words_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # An editor wrote events/2002-b.yaml by hand; the sheet then got a slide of that date
    # and headline. Importing again wrote the slide's title, date and summary over the
    # editor's with only "kept the fields added by hand" said: their words were gone.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    empty.write("content/s/figures/ann.yaml", "name: Ann\nrole: Witness\n")
    event = Path("content/s/events/2002-b.yaml")
    event.write_text(
        "title: b\ndate: 2002\ndisplay_date: Early 2002\nsummary: |\n  My own words.\n\n  And more.\n"
        "figures: [ann]\n"
    )
    Path("t.json").write_text(
        Path("t.json")
        .read_text()
        .replace(
            "]}", ', {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "The sheet\'s."}}]}'
        )
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    text = event.read_text()
    assert 'title: "B"' in text and "The sheet's." in text and text.endswith("figures: [ann]\n")
    err = capsys.readouterr().err
    assert (
        "t.json:/events/1 (events/2002-b.yaml): replaced the file's title and summary with the slide's and "
        "removed its display_date, which the slide does not have: an import takes what its source gives (to keep the file's words, put them in the source and "
        "import again); the file had: title 'b'; display_date 'Early 2002'; summary 'My own words.\\n\\nAnd more.'\n"
    ) in err
    assert "note: kept the fields added by hand (figures, places...) in 1 file: events/2002-b.yaml" in err
    # Imported again as it is, nothing of the file's is replaced, and nothing is said.
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert "replaced the file's" not in capsys.readouterr().err and event.read_text() == text


def test_force_keeps_a_body_and_tags_written_by_hand_when_the_source_has_none(empty: Project) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="s", content="content")
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(event.read_text() + "body: |\n  A long account.\ntags: [economy]\nkey: true\n")
    for _ in range(3):  # and again: one header, not one more each time
        imported = import_timeline(source="t.json", story="s", content="content", force=True)
    assert event.read_text().endswith(
        "# Kept from this file before the import (not in the source):\n"
        "body: |\n  A long account.\ntags: [economy]\nkey: true\n"
    )
    assert event.read_text().count("# Kept") == 1 and "events/2001-a.yaml" in imported.kept


def test_fields_the_import_cannot_take_apart_are_named_not_lost_silently(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    Path("content/s/events/2001-a.yaml").write_text(
        '{title: "A",\n date: 2001,\n summary: "S.",\n key: true}\n'
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    err = capsys.readouterr().err
    assert (
        "note: could not keep the fields added by hand in 1 file, written in a way the import cannot take "
        "apart: events/2001-a.yaml (git restores them)"
    ) in err
    assert errors_of_check() is not None  # and the file written reads: check raises on an error


def test_a_source_the_timeline_gives_is_written_though_the_storys_cannot_be_kept(empty: Project) -> None:
    # Sources written in braces cannot be kept as written: the one of the same address,
    # which the events cite, was written nowhere ("unknown source 'reuters-1'").
    Path("t.json").write_text(TWO_CREDITED_SLIDES)
    import_timeline(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    text = story.read_text().split("sources:")[0]
    story.write_text(text + 'sources: {reuters-1: {publisher: Reuters, url: "https://news.example/a"}}\n')
    import_timeline(source="t.json", story="s", content="content", force=True)
    assert "  reuters-1:\n" in story.read_text()
    assert "sources: [reuters-1]" in Path("content/s/events/2001-a.yaml").read_text()
    errors_of_check()  # raises on an error


SAME_DAY = {
    "title": {"text": {"headline": "Flood", "text": "A flood."}},
    "events": [
        {
            "start_date": {"year": 2024, "month": 5, "day": 1},
            "text": {"headline": "Rain starts", "text": "R."},
        },
        {
            "start_date": {"year": 2024, "month": 5, "day": 1},
            "text": {"headline": "Dam warning", "text": "W."},
        },
    ],
}


def test_an_event_an_editor_placed_with_before_keeps_its_place_and_builds_after_importing_again(
    empty: Project,
) -> None:
    # The import lists a day's events in the source's order with `after:`; an editor moved
    # the warning before the rain with `before:`. Imported again, the file had both, and
    # check refused it ("give 'after' or 'before', not both").
    Path("flood.json").write_text(json.dumps(SAME_DAY))
    assert main(["import", "timelinejs", "flood.json", "--story", "flood"]) == 0
    warning = Path("content/flood/events/2024-05-01-dam-warning.yaml")
    assert "after: 2024-05-01-rain-starts\n" in warning.read_text()
    warning.write_text(warning.read_text().replace("after: ", "before: "))
    assert main(["import", "timelinejs", "flood.json", "--story", "flood", "--force"]) == 0
    text = warning.read_text()
    assert "before: 2024-05-01-rain-starts\n" in text and "after:" not in text
    assert errors_of_check() is not None  # raises on an error
    Path("content/site.yaml").write_text("title: Desk\nsearch: false\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/flood/index.html").read_text()
    assert page.index("Dam warning") < page.index("Rain starts")


def test_a_field_written_otherwise_with_the_same_value_is_not_said_replaced() -> None:
    # Quoted or not, as a '|' block or on one line: the same words are not the file's lost.
    before = parse_yaml(
        "title: B\ndate: 2002\nsummary: |\n  Same.\ntags: [x]\nimage:\n  src: a.jpg\n  alt: A\nkey: true\n",
        "",
        [],
    )
    same = 'title: "B"\ndate: 2002\nsummary: "Same."\ntags: ["x"]\nimage:\n  src: "a.jpg"\n  alt: "A"\n'
    imported = EVENT_KEYS | {"tags"}
    assert replaced(before, same, imported) == ()
    other = 'title: "B"\ndate: 2003\nsummary: "Other."\nimage:\n  src: "b.jpg"\n  alt: "A"\n'
    assert replaced(before, other, imported) == (
        ("date", "2002"),
        ("summary", "'Same.'"),
        ("tags", '["x"]'),
        ("image", '{"src": "a.jpg", "alt": "A"}'),
    )


def test_a_story_title_and_summary_rewritten_by_hand_are_said_with_their_words_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The title slide gives the story's title and summary: an editor's rewrite of them in
    # story.yaml was written over on --force without a word.
    Path("t.json").write_text(
        '{"title": {"text": {"headline": "The mine", "text": "<p>The story.</p><p>More.</p>"}},'
        ' "events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    story = Path("content/s/story.yaml")
    imported = story.read_text()
    story.write_text(
        imported.replace('title: "The mine"', "title: The Mine Disaster").replace("  More.\n", "  Mine.\n")
        + "byline: Ann\n"
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert 'title: "The mine"' in story.read_text() and "  More.\n" in story.read_text()
    err = capsys.readouterr().err
    assert err.splitlines()[0] == (
        "t.json:/title (story.yaml): replaced the file's title and summary with the title slide's: an import "
        "takes what its source gives (to keep the file's words, put them in the source and import again); the "
        "file had: title 'The Mine Disaster'; summary 'The story.\\n\\nMine.'"
    )
    # The same words written otherwise (quoted, on one line) are not the file's lost; nor
    # is anything said when the story is imported again as it is.
    for text in (
        story.read_text().replace('title: "The mine"', "title: 'The mine'"),
        story.read_text().replace(
            "summary: |\n  The story.\n\n  More.\n", 'summary: "The story.\\n\\nMore."\n'
        ),
        None,
    ):
        if text is not None:
            assert text != story.read_text()
            story.write_text(text)
        assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
        assert "replaced the file's" not in capsys.readouterr().err
    # A sheet's title row is named by its row.
    Path("t.csv").write_text("Year,Month,Day,Headline,Text,Type\n,,,The mine,The story.,title\n2001,,,A,a,\n")
    story.write_text(story.read_text().replace('title: "The mine"', "title: Mine"))
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert (
        capsys.readouterr()
        .err.splitlines()[0]
        .startswith(
            "t.csv:2 (story.yaml): replaced the file's title and summary with the title row's: an import "
        )
    )


def test_a_summary_written_where_the_import_asked_for_one_is_kept(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A slide without text got the placeholder, and the import said to write a summary in
    # the file; importing again with --force put the placeholder back over the editor's.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2002"}, "text": {"headline": "B"}}]}')
    assert main(["import", "timelinejs", "t.json", "--story", "s"]) == 0
    [event] = Path("content/s/events").glob("*.yaml")
    assert EVENT_SUMMARY_TODO in event.read_text()
    event.write_text(event.read_text().replace(EVENT_SUMMARY_TODO, "What the editor wrote."))
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert "What the editor wrote." in event.read_text() and EVENT_SUMMARY_TODO not in event.read_text()
    err = capsys.readouterr().err
    assert "replaced the file's" not in err and "placeholder" not in err


def test_an_earlier_imports_placeholders_and_numbers_written_as_text_are_not_said_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A first import without a title slide wrote the story's title from its id and a
    # placeholder summary: nobody's words, said to be "replaced" once a title slide came.
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"}}]}'
    )
    assert main(["import", "timelinejs", "t.json", "--story", "mine-rescue"]) == 0
    Path("t.json").write_text(
        '{"title": {"text": {"headline": "The mine", "text": "The story."}},'
        ' "events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"}}]}'
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "mine-rescue", "--force"]) == 0
    assert "replaced the file's" not in capsys.readouterr().err
    # A year an editor quoted is the year the import writes unquoted.
    before = parse_yaml('title: "1989"\ndate: "2004"\nsummary: S\n', "", [])
    assert replaced(before, "title: 1989\ndate: 2004\nsummary: S\n", EVENT_KEYS) == ()


def test_alt_text_written_by_hand_where_the_sheet_has_none_stays_on_importing_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newsroom's sheet without an Alt Text column: the import stands each caption in for
    # the alt text, and its note (and check) ask for one in the story's files. Written
    # there, it was replaced by the caption again at the next import with --force: the
    # event's said as "replaced the file's image with the slide's", the lead picture's
    # silently.
    Path("dot.svg").write_bytes((FIXTURES / "pictures" / "dot.svg").read_bytes())
    header = "Year,Month,Day,Headline,Text,Media,Media Credit,Media Caption,Type\n"
    Path("t.csv").write_text(
        header + ",,,The storm,What happened.,dot.svg,Desk,The bay after the storm,title\n"
        "2023,10,25,Landfall,The eye came ashore.,dot.svg,Desk,A hotel without windows,\n"
    )
    assert main(["import", "timelinejs", "t.csv", "--story", "s"]) == 0
    assert "note: 2 pictures had no alt text" in capsys.readouterr().err
    story, event = Path("content/s/story.yaml"), Path("content/s/events/2023-10-25-landfall.yaml")
    for path, caption, alt in (
        (story, "The bay after the storm", "Fallen palms on the seafront road"),
        (event, "A hotel without windows", "A tower block, its windows blown out"),
    ):
        path.write_text(path.read_text().replace(f'alt: "{caption}"', f'alt: "{alt}"'))
    assert not any("'alt' says what 'caption' says" in w for w in errors_of_check())
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    err = capsys.readouterr().err
    assert 'alt: "Fallen palms on the seafront road"' in story.read_text()
    assert 'alt: "A tower block, its windows blown out"' in event.read_text()
    assert "replaced the file's" not in err and "had no alt text" not in err
    # The sheet's own Alt Text is the sheet's, and replaces the file's, said as ever.
    Path("t.csv").write_text(
        Path("t.csv")
        .read_text()
        .replace("Type\n", "Type,Alt Text\n")
        .replace("title\n", "title,\n")
        .replace("windows,\n", "windows,,Hotel tower\n")
    )
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert 'alt: "Hotel tower"' in event.read_text()
    assert "t.csv:3 (events/2023-10-25-landfall.yaml): replaced the file's image" in capsys.readouterr().err
    # An earlier import's stand-in (the caption) is nobody's words: a caption corrected in
    # the sheet becomes the alt text it stands in for.
    assert 'alt: "The bay after the storm"' not in story.read_text()
    story.write_text(
        story.read_text().replace("Fallen palms on the seafront road", "The bay after the storm")
    )
    Path("t.csv").write_text(Path("t.csv").read_text().replace("The bay after", "The bay the morning after"))
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert 'alt: "The bay the morning after the storm"' in story.read_text()


def test_a_field_the_slide_does_not_have_is_said_removed_not_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A picture added by hand to an event whose row has no Media is taken out by the next
    # import (a picture is the sheet's to give), and the import said it "replaced the
    # file's image with the slide's": the slide has none, and the editor looked for one.
    Path("t.csv").write_text("Year,Headline,Text\n2001,A,a\n2002,B,b\n")
    assert main(["import", "timelinejs", "t.csv", "--story", "s"]) == 0
    event = Path("content/s/events/2001-a.yaml")
    event.write_text(
        event.read_text().replace('summary: "a"', 'summary: "mine"')
        + "image:\n  src: media/gate.jpg\n  alt: A gate\n"
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    said = [
        line for line in capsys.readouterr().err.splitlines() if "2001-a.yaml" in line and "file had" in line
    ]
    assert said == [
        "t.csv:2 (events/2001-a.yaml): replaced the file's summary with the row's and removed its image, "
        "which the row does not have: an import takes what its source gives (to keep the file's words, put "
        "them in the source and import again); the file had: summary 'mine'; image "
        '{"src": "media/gate.jpg", "alt": "A gate"}'
    ]
    event.write_text(event.read_text() + "image:\n  src: media/gate.jpg\n  alt: A gate\n")
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert "t.csv:2 (events/2001-a.yaml): removed the file's image, which the row does not have: an " in (
        capsys.readouterr().err
    )


def test_a_lead_picture_written_by_hand_is_kept_or_said_as_the_sheet_has_one_or_not(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A lead picture set in story.yaml by hand was dropped by the next import --force
    # without a word: with a title slide that has no Media, and even from a sheet with no
    # title slide at all, which gives the story no picture (nor title or summary, which
    # stay the editor's).
    lead = "image:\n  src: media/bay.jpg\n  alt: The bay\n"
    story = Path("content/s/story.yaml")
    Path("t.csv").write_text("Year,Headline,Text,Type\n,The storm,What happened.,title\n2001,A,a,\n")
    assert main(["import", "timelinejs", "t.csv", "--story", "s"]) == 0
    story.write_text(story.read_text() + lead)
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert "media/bay.jpg" not in story.read_text()  # the title slide's to give, as an event's is
    assert (
        "t.csv:2 (story.yaml): removed the file's image, which the title row does not have: an import takes "
        "what its source gives (to keep the file's words, put them in the source and import again); the file "
        'had: image {"src": "media/bay.jpg", "alt": "The bay"}'
    ) in capsys.readouterr().err.splitlines()
    # No title slide: the sheet gives the story nothing of its own, and its picture stays.
    Path("t.csv").write_text("Year,Headline,Text\n2001,A,a\n")
    story.write_text(story.read_text() + lead)
    assert main(["import", "timelinejs", "t.csv", "--story", "s", "--force"]) == 0
    assert story.read_text().endswith(lead) and "replaced" not in capsys.readouterr().err
