"""``<story>/timeline.csv``: the events in TimelineJS's spreadsheet columns, which
``explainer import timelinejs`` reads back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.commands.build import build
from generator.render.timelinecsv import COLUMNS, FORMULA_STARTS, inert, line
from tests.conftest import REPO, TEMPLATES, Project
from tests.images import photo


def rows(path: str | Path) -> list[dict[str, str]]:
    data = Path(path).read_bytes()
    assert data.startswith("\ufeff".encode())  # for Excel, which reads UTF-8 only then
    text = data.decode("utf-8").removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""))
    header, *body = list(reader)
    assert tuple(header) == COLUMNS
    return [dict(zip(header, row, strict=True)) for row in body]


def test_the_fixture_as_the_template_holds_it(tmp_path: Path) -> None:
    build(content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    raw = (tmp_path / "site/alpha/timeline.csv").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # RFC 4180's line ends
    title, background, start, reaction, span = rows(tmp_path / "site/alpha/timeline.csv")
    assert title["Type"] == "title" and title["Headline"] == "Alpha &amp; the &lt;test&gt; story"
    assert background["Year"] == "1999" and background["Display Date"] == "c. 1999"
    assert [start[c] for c in ("Year", "Month", "Day", "Time")] == ["2021", "3", "1", "09:15"]
    assert start["Display Date"] == "1 March 2021, 09:15 (UTC+6)"
    assert start["Media"] == "https://example.org/explainers/alpha/media/dot.svg"
    assert start["Media Credit"] == "Fixture Agency" and start["Group"] == "first"
    assert reaction["Headline"] == "A “reaction” the same day"  # quotes as written, not as entities
    assert [span[c] for c in ("End Year", "End Month", "End Day")] == ["2021", "3", "4"]
    assert "Not yet" not in (tmp_path / "site/alpha/timeline.csv").read_text(encoding="utf-8")


def events_of(site: str, story: str) -> list[dict[str, Any]]:
    return list(json.loads((Path(site) / story / "story.json").read_text(encoding="utf-8"))["events"])


def test_importing_the_csv_gives_the_events_back(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: Rally in "the square" & beyond
        date: 2010-04-07T14:30+06:00
        summary: "Protesters *gather*; see [the report](https://x.example/r)."
        tags: [protests, politics]
        image: {src: "https://images.example/rally.jpg", alt: A rally, credit: Agency, caption: The *rally*.}
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        """,
    )
    project.write("content/story-a/events/e2.yaml", "title: Talks\ndate: 2010-04-08\nend: 2010-04-10\n"
                  "summary: Long talks.\ntags: [politics]\n")  # fmt: skip
    project.write(
        "content/story-a/events/e3.yaml", "title: Before\ndate: 1999\ncirca: true\nsummary: Long ago.\n"
    )
    project.write("content/story-a/events/e4.yaml", "title: Spring\ndate: 2010-04\nend: 2010-05\n"
                  "date_phrase: between\nsummary: A season.\n")  # fmt: skip
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    assert main(["import", "timelinejs", "site/story-a/timeline.csv", "--story", "again"]) == 0
    capsys.readouterr()
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    before, after = events_of("site", "story-a"), events_of("site", "again")
    fields = ("title", "date", "end", "circa", "date_phrase", "when", "summary")
    assert [[e[f] for f in fields] for e in after] == [[e[f] for f in fields] for e in before]
    # The group is the first tag (TimelineJS has one a slide).
    assert [e["tags"] for e in after] == [e["tags"][:1] for e in before]
    rally = 2  # after 1999 and April 2010
    assert after[rally]["image"]["url"] == before[rally]["image"]["url"] == "https://images.example/rally.jpg"
    assert after[rally]["image"]["credit"] == "Agency"
    assert after[rally]["image"]["caption"] == before[rally]["image"]["caption"]


def test_a_picture_without_a_base_url_is_the_published_file_beside_the_csv(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/media/scene.jpg", photo(640, 480))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image: {src: media/scene.jpg, alt: A scene}\n")
    build(content="content", templates=TEMPLATES, out="site")
    (row,) = rows("site/story-a/timeline.csv")[1:]
    assert (Path("site/story-a") / row["Media"]).is_file()
    assert main(["import", "timelinejs", "site/story-a/timeline.csv", "--story", "again"]) == 0
    capsys.readouterr()
    imported = next(Path("content/again/events").glob("*.yaml")).read_text(encoding="utf-8")
    assert 'src: "media/' in imported and list(Path("content/again/media").iterdir())


HOSTILE = ["=HYPERLINK(A1)", "+1+2", "-30 °C in Naryn", "@SUM(1,1)"]


def test_no_cell_becomes_a_formula_and_the_text_comes_back(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Headlines, a display date, a tag (the group) and a credit that a spreadsheet would
    # run as formulas; each must come back from the importer as written.
    for n, text in enumerate(HOSTILE, start=1):
        project.write(
            f"content/story-a/events/e{n}.yaml",
            f"title: '{text}'\ndate: 2020-01-0{n}\nsummary: s\ntags: ['{text}']\n"
            f"image: {{src: 'https://images.example/{n}.jpg', alt: x, credit: '{text}'}}\n",
        )
    project.write("content/story-a/events/e9.yaml", "title: T\ndate: 2020-01-09\nsummary: s\n"
                  "display_date: '-1 day'\ntags: ['+1+2']\n")  # fmt: skip
    build(content="content", templates=TEMPLATES, out="site")
    table = rows("site/story-a/timeline.csv")
    for row in table:
        for column, cell in row.items():
            assert not cell.startswith(FORMULA_STARTS), (column, cell)
    assert table[1]["Headline"] == "&#61;HYPERLINK(A1)"
    assert table[3]["Group"] == "&#45;30 °C in Naryn" and table[4]["Media Credit"] == "&#64;SUM(1,1)"
    assert main(["import", "timelinejs", "site/story-a/timeline.csv", "--story", "again"]) == 0
    capsys.readouterr()
    build(content="content", templates=TEMPLATES, out="site")
    after = events_of("site", "again")
    assert [e["title"] for e in after] == [*HOSTILE, "T"]
    assert [e["tags"] for e in after[:4]] == [[text] for text in HOSTILE]
    assert [e["image"]["credit"] for e in after[:4]] == HOSTILE
    assert after[4]["display_date"] == "-1 day"


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "&#61;1+1"),
        ("+1", "&#43;1"),
        ("-1", "&#45;1"),
        ("@x", "&#64;x"),
        ("\tx", "&#9;x"),
        ("\rx", "&#13;x"),
        ("a=1", "a=1"),
        ("", ""),
    ],
)
def test_inert(cell: str, safe: str) -> None:
    assert inert(cell) == safe


def test_a_line_is_what_the_csv_module_writes() -> None:
    cells = ["", "plain", 'a "quote"', "a, comma", "two\nlines", "a\rreturn", "x;y", " space ", "é"]
    expected = io.StringIO(newline="")
    csv.writer(expected, lineterminator="\r\n").writerow([*cells, *[""] * (len(COLUMNS) - len(cells))])
    assert line(dict(zip(COLUMNS, cells, strict=False))) == expected.getvalue()


@pytest.mark.parametrize("export", ["timeline.csv", "timeline.json"])
def test_a_tag_a_date_as_shown_and_code_with_markup_characters_come_back_as_written(
    project: Project, capsys: pytest.CaptureFixture[str], export: str
) -> None:
    # TimelineJS reduces the Display Date and the Group to their text before it inserts
    # them as HTML, so both exports escape them twice; the importer reads them as
    # TimelineJS shows them. An address with an apostrophe in code has its 'www'
    # broken by <wbr> (timelinejs.unlinkable), which the importer reads as nothing.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: T\ndate: 2020-01-01\ndisplay_date: 'Dusk & dawn <1 day>'\n"
        "summary: \"Type `see www.example.org'x='1'` here.\"\ntags: ['Q&A <live>', politics]\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    group = "Q&amp;amp;A &amp;lt;live&amp;gt;"
    if export == "timeline.csv":
        row = rows("site/story-a/timeline.csv")[1]
        group_cell, text = row["Group"], row["Text"]
    else:
        slide = json.loads(Path("site/story-a/timeline.json").read_text())["events"][0]
        group_cell, text = slide["group"], slide["text"]["text"]
    assert group_cell == group
    assert "<code>see www<wbr>.example.org'x='1'</code>" in text
    assert main(["import", "timelinejs", f"site/story-a/{export}", "--story", "again"]) == 0
    capsys.readouterr()
    build(content="content", templates=TEMPLATES, out="site")
    (event,) = events_of("site", "again")
    assert event["summary"] == events_of("site", "story-a")[0]["summary"]
    assert "<code>see www.example.org'x='1'</code>" in event["summary"]
    assert event["tags"] == ["Q&A <live>"]
    assert event["display_date"] == "Dusk & dawn <1 day>"


def test_a_pictures_thumbnail_is_in_the_csv_and_its_import_says_nothing_is_lost(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/media/scene.jpg", photo(1000, 750))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image: {src: media/scene.jpg, alt: A scene}\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    (row,) = rows("site/story-a/timeline.csv")[1:]
    assert row["Media Thumbnail"] == "https://news.example/story-a/pictures/scene.jpg.240.jpg"
    assert row["Media"] == "https://news.example/story-a/pictures/scene.jpg.1000.jpg"
    for exported in ("timeline.csv", "timeline.json"):
        capsys.readouterr()
        again = "again-" + exported.split(".")[1]
        command = ["import", "timelinejs", f"site/story-a/{exported}", "--story", again]
        assert main([*command, "--keep-remote-pictures"]) == 0
        said = capsys.readouterr()
        # Its own smaller size is not something the import leaves out.
        assert "humbnail" not in said.out + said.err
