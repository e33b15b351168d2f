"""``explainer import sheet``: a newsroom's own timeline sheet, CSV or .xlsx, as a story
with its figures and places (``importers/own_sheet.py``, ``importers/own_fields.py``)."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
import yaml

from generator.cli import main
from generator.commands.build import build
from generator.commands.imports import import_timeline
from generator.errors import ContentError, UsageError
from tests.conftest import TEMPLATES, Project
from tests.https_server import Server
from tests.images import tiny_png
from tests.importing import errors_of_check, lines_of, served_sheet

pytestmark = pytest.mark.usefixtures("local_only")

ENGLISH = """\
Type,Date,Time,Event,Description,Location,Lat,Lon,Source URL,Key,Desk notes
title,,,The harbour strike,How a week of walkouts shut the port.,,,,,,
,2024-03-12,14:30,Dockers walk out,"Crowds gather at <b>gate 4</b>.",Gate 4,51.95,4.14,https://news.example/a,yes,call Ana
,2024-03-13,,Police clear the gate,Riot police clear gate 4.,Gate 4,,,https://news.example/b,,
,2024-03-15,,Talks open,Union and port authority meet.,City Hall,51.92,4.48,https://news.example/c,✓,
"""
"""An English sheet of the desk's own: a title row, three events, two places."""


def _yaml(path: str) -> dict[str, object]:
    loaded = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_an_english_sheet_imports_builds_and_passes_check_strict(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("strike.csv", ENGLISH)
    assert main(["import", "sheet", "strike.csv", "--story", "strike"]) == 0
    out, err = capsys.readouterr()
    assert out == "imported 3 events into content/strike/\nwrote 2 places into content/strike/\n"
    assert lines_of(err) == [
        "strike.csv:1:11: column 'Desk notes' is not one the import knows; left out (to read it, give "
        "--column FIELD='Desk notes', FIELD one of date, end, time, title, summary, image, credit, caption, "
        "alt, tags, type, figures, place, lat, lon, sources, key, body)"
    ]
    first = _yaml("content/strike/events/2024-03-12-dockers-walk-out.yaml")
    assert first == {
        "title": "Dockers walk out",
        "date": "2024-03-12T14:30",
        "summary": "Crowds gather at **gate 4**.",
        "locations": ["gate-4"],
        "sources": ["news-example"],
        "key": True,
    }
    assert _yaml("content/strike/events/2024-03-13-police-clear-the-gate.yaml")["locations"] == ["gate-4"]
    assert "key" not in _yaml("content/strike/events/2024-03-13-police-clear-the-gate.yaml")
    assert _yaml("content/strike/events/2024-03-15-talks-open.yaml")["key"] is True
    assert _yaml("content/strike/locations/gate-4.yaml") == {"name": "Gate 4", "coordinates": [51.95, 4.14]}
    story = Path("content/strike/story.yaml").read_text(encoding="utf-8")
    assert "# Imported from strike.csv by explainer import sheet.\n" in story
    assert _yaml("content/strike/story.yaml")["title"] == "The harbour strike"
    assert errors_of_check() == []  # check --strict passes
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/strike/events/2024-03-12-dockers-walk-out/index.html").read_text(encoding="utf-8")
    assert "Gate 4" in page


def test_a_spanish_workbook_with_date_cells(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Fecha", "Hora", "Titular", "Descripción", "Lugar", "Latitud", "Longitud", "Quiénes", "Fuente", "Clave"])  # fmt: skip
    ws.append([datetime.date(2024, 3, 12), datetime.time(14, 30), "Empieza la huelga", "Los estibadores paran.",
               "Valencia", 39.45, -0.32, "Ana Pérez; Luis Gómez", "https://elpais.example/a", "sí"])  # fmt: skip
    ws.append([datetime.date(2024, 3, 5), None, "Convocatoria", "El sindicato convoca.", "Valencia", None, None,
               "Ana Perez", None, "no"])  # fmt: skip
    for row in (2, 3):
        ws.cell(row=row, column=1).number_format = "dd/mm/yyyy"  # as a Spanish desk shows its dates
    ws["I3"] = "El País"
    ws["I3"].hyperlink = "https://elpais.example/b"  # Insert > Link: the address is the source
    book.save("huelga.xlsx")
    done = import_timeline(
        source="huelga.xlsx", story="huelga", content="content", kind="sheet", language="es"
    )
    assert [e.id for e in done.story.events] == ["2024-03-12-empieza-la-huelga", "2024-03-05-convocatoria"]
    assert sorted(done.made) == [
        "figures/ana-perez.yaml",
        "figures/luis-gomez.yaml",
        "locations/valencia.yaml",
    ]
    strike = _yaml("content/huelga/events/2024-03-12-empieza-la-huelga.yaml")
    assert strike["date"] == "2024-03-12T14:30"
    assert strike["figures"] == ["ana-perez", "luis-gomez"]
    assert strike["key"] is True
    call = _yaml("content/huelga/events/2024-03-05-convocatoria.yaml")
    assert call["figures"] == ["ana-perez"]  # 'Ana Perez' and 'Ana Pérez' are one figure
    assert "key" not in call
    sources = _yaml("content/huelga/story.yaml")["sources"]
    assert isinstance(sources, dict)
    assert sorted(s["url"] for s in sources.values()) == [
        "https://elpais.example/a",
        "https://elpais.example/b",
    ]
    assert _yaml("content/huelga/figures/ana-perez.yaml")["name"] == "Ana Pérez"
    assert [n for n in done.notes("huelga.xlsx") if n.startswith("no source")] == []
    assert _yaml("content/huelga/locations/valencia.yaml")["coordinates"] == [39.45, -0.32]
    # What remains for check --strict is what the sheet cannot say: who each figure is, and
    # the story's summary (no title row).
    warnings = errors_of_check()
    assert len(warnings) == 3
    assert all("placeholder text" in w for w in warnings)
    assert sum("figures/" in w and "'role'" in w for w in warnings) == 2


def test_a_sheet_whose_title_column_is_not_known_says_what_would_read_it(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("own.csv", "Cuándo,Qué pasó,Notas\n2024-03-12,Algo pasa,x\n")
    assert main(["import", "sheet", "own.csv", "--story", "own"]) == 1
    _, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "own.csv:1: no title column found: its headers are 'Cuándo', 'Qué pasó' and 'Notas', and the import "
        "needs a title column (Title, Event, Titular, Titre, Titel...); name the column so, or say which it "
        "is: --column title='Qué pasó'"
    )
    assert not Path("content/own").exists()
    assert main(["import", "sheet", "own.csv", "--story", "own", "--column", "title=Qué pasó"]) == 0
    assert _yaml("content/own/events/2024-03-12-algo-pasa.yaml")["title"] == "Algo pasa"


def test_column_options_that_name_no_field_or_no_header_are_refused(empty: Project) -> None:
    empty.write("own.csv", "Date,Event\n2024-03-12,A\n")
    with pytest.raises(UsageError, match="'when' is not a field; the fields are date, end"):
        import_timeline(source="own.csv", story="own", content="content", kind="sheet", columns=["when=Date"])
    with pytest.raises(ContentError, match=r"own.csv:1: --column date: the sheet has no such column; its headers are 'Date' and 'Event'"):  # fmt: skip
        import_timeline(
            source="own.csv", story="own", content="content", kind="sheet", columns=["date=Cuándo"]
        )
    assert not Path("content/own").exists()


@pytest.mark.parametrize("kind", ["timelinejs", "storymapjs"])
def test_columns_are_refused_for_a_format_that_has_none_to_name(empty: Project, kind: str) -> None:
    # Read as that format, the sheet would have its --column left out unsaid.
    empty.write("own.csv", "Date,Event\n2024-03-12,A\n")
    with pytest.raises(UsageError, match=f"--column names a column of a newsroom's own sheet, not of {kind}"):
        import_timeline(source="own.csv", story="own", content="content", kind=kind, columns=["title=Event"])
    assert not Path("content/own").exists()


def test_a_format_the_import_does_not_read_is_refused(empty: Project) -> None:
    empty.write("own.csv", "Date,Event\n2024-03-12,A\n")
    with pytest.raises(
        UsageError, match="'storymap' is not a format the import reads: timelinejs, storymapjs, sheet"
    ):
        import_timeline(source="own.csv", story="own", content="content", kind="storymap")
    assert not Path("content/own").exists()


DRAFT = "so the story is a draft: write its summary in story.yaml and delete 'draft: true'"


@pytest.mark.parametrize(
    ("sheet", "said"),
    [
        ("Date,Event\n2024-03-12,A\n",
         f"no title row, {DRAFT} (or add a column Type, and a row whose Type is 'title', to the sheet and "
         "import again with --force)"),
        ("Fecha,Titular,Tipo\n2024-03-12,A,\n",
         f"no title row, {DRAFT} (or add a row whose Tipo is 'title' to the sheet and import again with --force)"),
        ("Tipo,Fecha,Titular,Descripción\ntitle,,La huelga,\n,2024-03-12,A,a\n",
         f"the title row has no text, {DRAFT} (or give the title row a Descripción and import again with --force)"),
        ("Type,Date,Event\ntitle,,The strike\n,2024-03-12,A\n",
         f"the title row has no text, {DRAFT} (or give the sheet a column Description, with a text in the title "
         "row, and import again with --force)"),
    ],
)  # fmt: skip
def test_a_sheet_without_a_title_rows_text_is_a_draft_said_in_its_own_columns(
    empty: Project, sheet: str, said: str
) -> None:
    # The editor was told of TimelineJS's 'title slide' and 'a row of Type title', which
    # their sheet may have no column for.
    empty.write("own.csv", sheet)
    done = import_timeline(source="own.csv", story="own", content="content", kind="sheet")
    assert [str(r) for r in done.reports if r.where == "own.csv"] == [f"own.csv: {said}"]


def test_a_rows_video_is_its_events_source_said_without_timelinejs(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The note said the link was 'not shown in the page as TimelineJS showed it', of a
    # sheet TimelineJS never showed.
    empty.write(
        "own.csv", "Date,Event,Image\n2024-03-12,Filmed,https://www.youtube.com/watch?v=abcdefghijk\n"
    )
    assert main(["import", "sheet", "own.csv", "--story", "own"]) == 0
    notes = capsys.readouterr().err.splitlines()
    assert [line for line in notes if "media" in line] == [
        "note: 1 row's media (a video, a post, a page) is now its event's source, a link (pages play no "
        "video and embed no post): events/2024-03-12-filmed.yaml"
    ]


def test_a_picture_without_alt_text_is_said_of_the_sheets_alt_column(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The note named TimelineJS's Alt Text and a JSON media's 'alt', which the sheet has not.
    empty.write("photo.png", tiny_png())
    empty.write(
        "own.csv",
        "Date,Event,Description,Image,Caption\n2024-03-12,Walkout,They left.,photo.png,Pickets at the gate\n",
    )
    assert main(["import", "sheet", "own.csv", "--story", "own"]) == 0
    assert [line for line in lines_of(capsys.readouterr().err) if "alt text" in line] == [
        "note: 1 picture had no alt text (in an Alt text column), so its alt is its caption, which a screen "
        "reader reads twice and check warns of: write in 'alt' what it shows, in "
        "events/2024-03-12-walkout.yaml"
    ]


def test_a_places_other_coordinates_in_a_later_row_are_said_and_the_first_kept(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The later row's were left out without a word: the map showed the place where the
    # first row put it, whichever row was mistyped.
    empty.write(
        "own.csv",
        "Date,Event,Place,Lat,Lon\n"
        "2024-03-12,Walkout,Gate 4,51.95,4.14\n"
        "2024-03-13,Cleared,Gate 4,51.95,4.14\n"
        "2024-03-14,Back,Gate 4,52.95,4.14\n",
    )
    assert main(["import", "sheet", "own.csv", "--story", "own"]) == 0
    assert [line for line in lines_of(capsys.readouterr().err) if "coordinates" in line] == [
        "own.csv:4:4: coordinates for 'Gate 4' 111.2 km from the 51.95, 4.14 given at own.csv:2:4; left out, "
        "the first kept (if these are two places, give each a name of its own)"
    ]
    assert _yaml("content/own/locations/gate-4.yaml")["coordinates"] == [51.95, 4.14]


def test_importing_again_says_a_place_of_the_story_elsewhere_that_has_a_places_id(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The sheet's Gate 4 was first put in another port, then corrected: the file the first
    # import wrote stays (the editor's now), and the events were linked to it unsaid.
    sheet = "Date,Event,Place,Lat,Lon\n2024-03-12,Walkout,Gate 4,{}\n"
    empty.write("own.csv", sheet.format("53.54,9.98"))
    main(["import", "sheet", "own.csv", "--story", "own"])
    other = Path("content/own/locations/gate-4.yaml").read_text()
    empty.write("own.csv", sheet.format("51.95,4.14"))
    capsys.readouterr()
    assert main(["import", "sheet", "own.csv", "--story", "own", "--force"]) == 0
    assert [line for line in lines_of(capsys.readouterr().err) if "locations/" in line] == [
        "own.csv:2:4: the story's place locations/gate-4.yaml is at 53.54, 9.98, 431 km from the source's "
        "'Gate 4', which has its id: its file is kept as it is, and the events of this place link it; if "
        "they are two places, give the source's another name and import again with --force"
    ]
    assert Path("content/own/locations/gate-4.yaml").read_text() == other
    assert _yaml("content/own/events/2024-03-12-walkout.yaml")["locations"] == ["gate-4"]


def test_a_sheet_of_no_event_is_refused_in_its_own_words(empty: Project) -> None:
    # It was told to 'add a row with a Year, or a slide to 'events'', TimelineJS's.
    empty.write("vacia.csv", "Fecha,Titular\n")
    with pytest.raises(ContentError) as refused:
        import_timeline(source="vacia.csv", story="own", content="content", kind="sheet")
    assert str(refused.value) == (
        "vacia.csv:1: no event row found; nothing was written (add a row with a Fecha, and import again)"
    )
    empty.write("typo.csv", "Fecha,Titular\n20x,A\n")
    with pytest.raises(
        ContentError, match=r"^typo.csv:1: no row could be imported: typo.csv:2:1: Fecha '20x'"
    ):
        import_timeline(source="typo.csv", story="own", content="content", kind="sheet")


def test_a_row_with_a_bad_date_is_left_out_and_said_at_its_cell(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("dates.csv", "Event,Datum\nGood,2024-03-12\nBad,2024-13-45\nWorse,soon\nNone,\n")
    assert main(["import", "sheet", "dates.csv", "--story", "dates"]) == 1  # rows left out
    _, err = capsys.readouterr()
    said = lines_of(err)
    # At its cell, as the others are (it was said at the row).
    assert "dates.csv:3:2: Datum '2024-13-45' is not a date: there is no month 13; row left out" in said
    assert (
        "dates.csv:4:2: Datum 'soon' is not a year, and not a date that reads one way only; write it as one "
        "date, year first (2024-03-12); row left out"
    ) in said
    assert any(line.startswith("dates.csv:5:2: no Datum") and "row left out" in line for line in said)
    assert said[-1] == "3 rows left out (above); fix them in the source and import again with --force"
    assert sorted(p.name for p in Path("content/dates/events").iterdir()) == ["2024-03-12-good.yaml"]


def test_untrusted_cells_are_made_safe(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    empty.write(
        "hostile.csv",
        "Date,Title,Summary,Photo,Source,Who,Place\n"
        '2024-03-12,<img src=x onerror=alert(1)>Hello,"<script>alert(1)</script>'
        '<a href=""javascript:alert(2)"">click</a> here",../../../etc/passwd.png,javascript:alert(3),'
        '"<b>Ana</b>; ../../etc",../x\n',
    )
    main(["import", "sheet", "hostile.csv", "--story", "hostile"])
    _, err = capsys.readouterr()
    assert "hostile.csv:2:5: 'javascript:alert(3)' is not an http(s) address; left out of the sources" in err
    assert "hostile.csv:2:4: media '../../../etc/passwd.png' is not a picture beside the timeline" in err
    event = Path("content/hostile/events/2024-03-12-hello.yaml").read_text(encoding="utf-8")
    assert "javascript" not in event and "<script" not in event and "onerror" not in event
    assert "image:" not in event
    # Names become ids: nothing is written outside the story's folder.
    written = sorted(str(p.relative_to("content/hostile")) for p in Path("content/hostile").rglob("*.yaml"))
    assert written == [
        "events/2024-03-12-hello.yaml",
        "figures/ana.yaml",
        "figures/etc.yaml",
        "locations/x.yaml",
        "story.yaml",
    ]
    assert _yaml("content/hostile/figures/ana.yaml")["name"] == "Ana"


def test_a_damaged_file_is_said_in_one_line(empty: Project, capsys: pytest.CaptureFixture[str]) -> None:
    empty.write("broken.xlsx", b"PK\x03\x04 not a workbook")
    empty.write("open.csv", 'Date,Title\n2024-03-12,"never closed\n')
    empty.write("t.json", '{"events": []}')
    assert main(["import", "sheet", "broken.xlsx", "--story", "a"]) == 1
    assert main(["import", "sheet", "open.csv", "--story", "b"]) == 1
    assert main(["import", "sheet", "t.json", "--story", "c"]) == 1
    _, err = capsys.readouterr()
    assert "broken.xlsx:1:1: this workbook is damaged" in err
    assert 'open.csv:2: a cell of this row opens a quote (") that is never closed' in err
    assert (
        "t.json:1:1: this is JSON, not a sheet: import a TimelineJS timeline with 'explainer import timelinejs'"
        in err
    )
    assert "Traceback" not in err
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml"]


def test_figures_and_places_an_editor_wrote_stay_when_imported_again(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("own.csv", "Date,Title,Who,Place\n2024-03-12,A,Ana,Lima\n")
    assert main(["import", "sheet", "own.csv", "--story", "own"]) == 0
    empty.write("content/own/figures/ana.yaml", 'name: "Ana"\nrole: "The union\'s leader"\n')
    empty.write("own.csv", "Date,Title,Who,Place\n2024-03-12,A,Ana; Bea,Lima\n")
    capsys.readouterr()
    assert main(["import", "sheet", "own.csv", "--story", "own", "--force"]) == 0
    out, _ = capsys.readouterr()
    assert "wrote 1 figure into content/own/" in out
    assert "kept 1 figure and 1 place already in content/own/ as they are" in out
    assert _yaml("content/own/figures/ana.yaml")["role"] == "The union's leader"
    assert _yaml("content/own/figures/bea.yaml")["name"] == "Bea"
    assert _yaml("content/own/events/2024-03-12-a.yaml")["figures"] == ["ana", "bea"]


def test_a_figures_folder_that_is_a_link_is_refused(empty: Project, tmp_path: Path) -> None:
    empty.write("own.csv", "Date,Title,Who\n2024-03-12,A,Ana\n")
    Path("content/own").mkdir()
    (tmp_path / "elsewhere").mkdir()
    Path("content/own/figures").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UsageError, match="figures is not a folder"):
        import_timeline(source="own.csv", story="own", content="content", kind="sheet", force=True)
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_a_workbook_with_a_title_above_its_header_is_numbered_as_the_sheet_shows_it(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    for row in (["Cronología de la huelga"], [], ["Fecha", "Titular"], [datetime.date(2024, 3, 12), "Uno"],
                ["pronto", "Dos"]):  # fmt: skip
        ws.append(row)
    book.save("titled.xlsx")
    assert main(["import", "sheet", "titled.xlsx", "--story", "titled"]) == 1
    _, err = capsys.readouterr()
    assert (
        "titled.xlsx:5:1: Fecha 'pronto' is not a year, and not a date that reads one way only; write it as one "
        "date, year first (2024-03-12); row left out"
    ) in err.splitlines()
    assert sorted(p.name for p in Path("content/titled/events").iterdir()) == ["2024-03-12-uno.yaml"]
    assert "note: no source cited by 1 event (no source in their rows): check warns" in err


def test_a_google_sheet_is_imported_from_its_address_as_the_timelinejs_import_downloads_it(
    empty: Project, https_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    given = served_sheet(https_server, monkeypatch, "Fecha,Titular,Lugar\n2024-03-12,Paro,Lima\n")
    assert main(["import", "sheet", given, "--story", "paro"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == "downloaded the timeline from 127.0.0.1"
    assert (
        f"# Imported from {given} by explainer import sheet.\n" in Path("content/paro/story.yaml").read_text()
    )
    assert _yaml("content/paro/events/2024-03-12-paro.yaml")["locations"] == ["lima"]
    assert not [p for p in Path("content").iterdir() if p.name.startswith(".")]  # the download is gone


def test_importing_again_says_the_figures_and_places_the_sheet_no_longer_names(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Gate 4 renamed Gate 5 and Ann taken off the row: the files the first import wrote
    # stayed, and nothing said so (check then warned of each, far from the import).
    sheet = "Date,Event,Place,Lat,Lon,Figures\n2024-03-12,Walkout,{},51.95,4.14,{}\n"
    empty.write("own.csv", sheet.format("Gate 4", "Ann Lee; Bo Chan"))
    main(["import", "sheet", "own.csv", "--story", "own"])
    empty.write("content/own/figures/by-hand.yaml", "name: By Hand\nrole: Written by the editor\n")
    empty.write("own.csv", sheet.format("Gate 5", "Bo Chan"))
    capsys.readouterr()
    assert main(["import", "sheet", "own.csv", "--story", "own", "--force"]) == 0
    said = [line for line in lines_of(capsys.readouterr().err) if "no event names" in line]
    assert said == [
        "note: kept 3 figure and place files no event names now (own.csv does not, or no longer, name them; "
        "they may have been written by hand), not deleted: figures/ann-lee.yaml, figures/by-hand.yaml, "
        "locations/gate-4.yaml; delete those no longer wanted (check warns of each until an event names it)"
    ]
    for kept in ("figures/ann-lee.yaml", "figures/by-hand.yaml", "locations/gate-4.yaml"):
        assert Path("content/own", kept).exists()
    # Named again: nothing said.
    assert main(["import", "sheet", "own.csv", "--story", "own", "--force"]) == 0
    capsys.readouterr()
    empty.write("own.csv", sheet.format("Gate 4", "Ann Lee; Bo Chan; By Hand"))
    assert main(["import", "sheet", "own.csv", "--story", "own", "--force"]) == 0
    assert [line for line in lines_of(capsys.readouterr().err) if "no event names" in line] == [
        "note: kept 1 figure and place file no event names now (own.csv does not, or no longer, name it; "
        "it may have been written by hand), not deleted: locations/gate-5.yaml; delete it if no longer "
        "wanted (check warns of it until an event names it)"
    ]
