"""What a newsroom's own sheet gives that the template has no column for, added to its
events (``importers/own_fields.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.dates import parse_date
from generator.importers.convert import Story
from generator.importers.event import Event
from generator.importers.existing import SAME_PLACE_METRES, metres_apart
from generator.importers.own_fields import Pages, Place, page_files, with_own_fields
from generator.importers.slides import Report
from generator.importers.write import write_pages


def _story(*rows: str) -> Story:
    events = tuple(Event(f"e{n}", f"E{n}", parse_date("2024-03-12"), "S.") for n in range(len(rows)))
    return Story(
        "s", "S", "S.", events, (), slides=tuple((e.id, at) for e, at in zip(events, rows, strict=True))
    )


def _cells(**given: str) -> dict[str, tuple[str, str]]:
    return {name: (text, f"t.csv:2:{n}") for n, (name, text) in enumerate(given.items(), start=1)}


def _imported(tmp_path: Path, **given: str) -> tuple[Event, Pages, list[str]]:
    reports: list[Report] = []
    story, pages = with_own_fields(
        _story("t.csv:2"), {"t.csv:2": _cells(**given)}, str(tmp_path / "s"), reports
    )
    return story.events[0], pages, [str(r) for r in reports]


def test_names_become_one_figure_or_place_each(tmp_path: Path) -> None:
    reports: list[Report] = []
    rows = {
        "t.csv:2": _cells(figures="Ana Pérez; Luis Gómez, Jr", place="Lima", lat="-12.05", lon="-77.04"),
        "t.csv:3": _cells(figures="Ana Perez|<b>Bea</b>", place="Lima"),
    }
    story, pages = with_own_fields(_story("t.csv:2", "t.csv:3"), rows, str(tmp_path / "s"), reports)
    assert [e.figures for e in story.events] == [("ana-perez", "luis-gomez-jr"), ("ana-perez", "bea")]
    assert pages.figures == {"ana-perez": "Ana Pérez", "luis-gomez-jr": "Luis Gómez, Jr", "bea": "Bea"}
    assert [e.locations for e in story.events] == [("lima",), ("lima",)]
    assert pages.places == {"lima": Place("Lima", (-12.05, -77.04))}
    assert reports == []


def test_names_without_an_id_of_their_own_are_kept_apart(tmp_path: Path) -> None:
    # Nothing to spell an id with ('🔥', '???'), or one word longer than an id: each
    # distinct name is a figure or place of its own (all were one, named by the first),
    # the same name in another row the same one.
    reports: list[Report] = []
    rows = {
        "t.csv:2": _cells(figures="🔥; ???", place="🌊"),
        "t.csv:3": _cells(figures="🔥; " + "Ü" * 120, place="🌲"),
        "t.csv:4": _cells(figures="Figure", place="🌊"),
        "t.csv:5": _cells(figures="Figure; ???"),
    }
    at = ("t.csv:2", "t.csv:3", "t.csv:4", "t.csv:5")
    story, pages = with_own_fields(_story(*at), rows, str(tmp_path / "s"), reports)
    assert [e.figures for e in story.events] == [
        ("figure", "figure-2"),
        ("figure", "figure-3"),
        ("figure-4",),
        ("figure-4", "figure-2"),
    ]
    assert pages.figures == {"figure": "🔥", "figure-2": "???", "figure-3": "Ü" * 120, "figure-4": "Figure"}
    assert [e.locations for e in story.events] == [("place",), ("place-2",), ("place",), ()]
    assert pages.places == {"place": Place("🌊"), "place-2": Place("🌲")}


def test_names_windows_keeps_for_devices_name_no_file(tmp_path: Path) -> None:
    # 'figures/con.yaml' could not be checked out on a Windows computer.
    event, pages, _ = _imported(tmp_path, figures="Con; Aux", place="NUL; com1")
    assert event.figures == ("con-figure", "aux-figure")
    assert event.locations == ("nul-place", "com1-place")
    assert set(page_files(pages, str(tmp_path / "s"), [])) == {
        "figures/con-figure.yaml",
        "figures/aux-figure.yaml",
        "locations/nul-place.yaml",
        "locations/com1-place.yaml",
    }


@pytest.mark.parametrize(
    ("lat", "lon", "said"),
    [
        ("91", "10", "t.csv:2:2: '91' is not a latitude in decimal degrees (-90 to 90, e.g. 40.4168); "
                     "the place is not mapped"),
        ("12°N", "10", "t.csv:2:2: '12°N' is not a latitude"),
        ("10", "east", "t.csv:2:3: 'east' is not a longitude in decimal degrees (-180 to 180"),
    ],
)  # fmt: skip
def test_coordinates_that_are_not_decimal_degrees_are_said(
    tmp_path: Path, lat: str, lon: str, said: str
) -> None:
    _, pages, reports = _imported(tmp_path, place="Lima", lat=lat, lon=lon)
    assert pages.places["lima"].coordinates is None
    assert len(reports) == 1 and reports[0].startswith(said)


def test_coordinates_with_a_decimal_comma_are_read(tmp_path: Path) -> None:
    _, pages, _ = _imported(tmp_path, place="Lima", lat="-12,05", lon="\u221277,04")
    assert pages.places["lima"].coordinates == (-12.05, -77.04)


def test_coordinates_for_several_places_are_said_with_those_left_unmapped(tmp_path: Path) -> None:
    # Said once every row is read: Cusco has its own row's coordinates, Lima none, and the
    # editor is told which place the map will not show.
    reports: list[Report] = []
    rows = {
        "t.csv:2": _cells(place="Lima; Cusco", lat="1", lon="2"),
        "t.csv:3": _cells(place="Cusco", lat="-13.53", lon="-71.97"),
    }
    _, pages = with_own_fields(_story("t.csv:2", "t.csv:3"), rows, str(tmp_path / "s"), reports)
    assert reports == []
    page_files(pages, str(tmp_path / "s"), reports)
    assert [str(r) for r in reports] == [
        "t.csv:2:2: one latitude and longitude for 2 places in this row ('Lima' and 'Cusco'), which cannot "
        "say whose they are; left out: 'Lima' is not mapped (give each place a row of its own, with its "
        "coordinates)"
    ]
    assert pages.places["lima"].coordinates is None


def test_coordinates_for_several_places_all_mapped_elsewhere_say_so(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    (folder / "locations").mkdir(parents=True)
    (folder / "locations" / "lima.yaml").write_text("name: Lima\ncoordinates: [-12.05, -77.04]\n")
    reports: list[Report] = []
    rows = {
        "t.csv:2": _cells(place="Lima; Cusco", lat="1", lon="2"),
        "t.csv:3": _cells(place="Cusco", lat="-13.53", lon="-71.97"),
    }
    _, pages = with_own_fields(_story("t.csv:2", "t.csv:3"), rows, str(folder), reports)
    page_files(pages, str(folder), reports)
    assert [str(r) for r in reports] == [
        "t.csv:2:2: one latitude and longitude for 2 places in this row ('Lima' and 'Cusco'), which cannot "
        "say whose they are; left out (each is mapped by another row, or by the story's file of it)"
    ]


def test_coordinates_for_no_place_are_said(tmp_path: Path) -> None:
    _, _, reports = _imported(tmp_path, lat="1", lon="2")
    assert reports == ["t.csv:2:1: coordinates for no place in this row; left out (give the place a name)"]


def test_a_later_rows_coordinates_are_said_beyond_the_one_distance_a_place_moves(tmp_path: Path) -> None:
    # One threshold, SAME_PLACE_METRES, for a later row and for a file the story has: a pin
    # nudged by a metre is the same place, as existing.other_place holds it.
    reports: list[Report] = []
    rows = {
        "t.csv:2": _cells(place="Gate 4", lat="51.95", lon="4.14"),
        "t.csv:3": _cells(place="Gate 4", lat="51.95001", lon="4.14001"),  # about 1 m away
        "t.csv:4": _cells(place="Gate 4", lat="51.96", lon="4.14"),  # about 1.1 km away
    }
    _, pages = with_own_fields(_story("t.csv:2", "t.csv:3", "t.csv:4"), rows, str(tmp_path / "s"), reports)
    assert [str(r) for r in reports] == [
        "t.csv:2:2: coordinates for 'Gate 4' 1.1 km from the 51.95, 4.14 given at t.csv:2:2; left out, the "
        "first kept (if these are two places, give each a name of its own)"
    ]
    assert pages.places["gate-4"].coordinates == (51.95, 4.14)
    assert metres_apart((51.95, 4.14), (51.95001, 4.14001)) <= SAME_PLACE_METRES


@pytest.mark.parametrize(
    ("field", "cell", "said"),
    [
        ("figures", '<a href="https://union.example/ana">Ana Pérez</a>; Luis',
         "t.csv:2:1: cell A2 links 'Ana Pérez' to https://union.example/ana: the link is dropped, as a "
         "figure's file has no field for one (its words are the name); write it as a link in "
         "figures/ana-perez.yaml's summary, or, if it is the event's source, put the address in the row's "
         "source column"),
        ("place", '<a href="https://maps.example/x">Union hall</a>',
         "t.csv:2:1: cell A2 links 'Union hall' to https://maps.example/x: the link is dropped, as a "
         "place's file has no field for one (its words are the name); write it as a link in "
         "locations/union-hall.yaml's summary, or, if it is the event's source, put the address in the "
         "row's source column"),
    ],
)  # fmt: skip
def test_a_link_in_a_who_or_where_cell_is_said_at_its_cell(
    tmp_path: Path, field: str, cell: str, said: str
) -> None:
    # The name was kept and the address dropped without a word.
    event, _, reports = _imported(tmp_path, **{field: cell})
    assert reports == [said]
    assert (event.figures or event.locations)[0] in ("ana-perez", "union-hall")


@pytest.mark.parametrize(
    ("field", "cell", "file"),
    [
        # A name Windows keeps for a device: the file written is 'con-figure.yaml'.
        ("figures", '<a href="https://union.example/con">Con</a>', "figures/con-figure.yaml"),
        # Names with nothing to spell an id with: the second one's file is 'figure-2.yaml'.
        ("figures", '🔥; <a href="https://union.example/q">???</a>', "figures/figure-2.yaml"),
        ("place", '🌊; <a href="https://maps.example/t">🌲</a>', "locations/place-2.yaml"),
    ],
)
def test_a_link_in_a_who_or_where_cell_names_the_file_written(
    tmp_path: Path, field: str, cell: str, file: str
) -> None:
    # The message named the id the link's words would make alone ('figures/con.yaml',
    # 'figures/figure.yaml'), not the file the import wrote for the name.
    event, _, reports = _imported(tmp_path, **{field: cell})
    written = (event.figures or event.locations)[-1]
    assert file == f"{file.split('/')[0]}/{written}.yaml"
    assert len(reports) == 1 and f"write it as a link in {file}'s summary," in reports[0]


@pytest.mark.parametrize(
    ("cell", "key"), [("yes", True), ("X", True), ("✓", True), ("Sí", True), ("no", False)]
)
def test_a_key_column_marks_key_moments(tmp_path: Path, cell: str, key: bool) -> None:
    event, _, reports = _imported(tmp_path, key=cell)
    assert event.key is key and reports == []


def test_a_key_cell_that_is_not_yes_or_no_is_said(tmp_path: Path) -> None:
    event, _, reports = _imported(tmp_path, key="maybe")
    assert not event.key
    assert reports == ["t.csv:2:1: 'maybe' in the key column is not yes or no (x, ✓); not a key moment"]


def test_sources_are_http_addresses_only(tmp_path: Path) -> None:
    reports: list[Report] = []
    cells = _cells(sources="https://news.example/a javascript:alert(1) www.paper.example/b data:x Reuters")
    story, _ = with_own_fields(_story("t.csv:2"), {"t.csv:2": cells}, str(tmp_path / "s"), reports)
    assert [(s.id, s.url, s.publisher) for s in story.sources] == [
        ("news-example", "https://news.example/a", "news.example"),
        ("paper-example", "https://www.paper.example/b", "paper.example"),
    ]
    assert story.events[0].cited == ("news-example", "paper-example")
    assert [str(r) for r in reports] == [
        f"t.csv:2:1: '{bad}' is not an http(s) address; left out of the sources"
        for bad in ("javascript:alert(1)", "data:x", "Reuters")
    ]


def test_a_body_is_safe_markdown(tmp_path: Path) -> None:
    event, _, _ = _imported(
        tmp_path, body='<p>More <a href="javascript:x()">here</a>.</p><script>bad()</script>'
    )
    assert event.body == "More here."


def test_pages_the_story_has_stay_and_the_others_are_made(tmp_path: Path) -> None:
    folder, staging = tmp_path / "s", tmp_path / "staging"
    (folder / "figures").mkdir(parents=True)
    (folder / "figures" / "ana.yaml").write_text("name: Ana\nrole: Mine\n")
    pages = Pages(
        {"ana": "Ana", "bea": 'Bea "B"'}, {"lima": Place("Lima", (-12.05, -77.04)), "x": Place("X")}
    )
    assert write_pages(page_files(pages, str(folder), []), str(staging), str(folder)) == ["figures/bea.yaml", "locations/lima.yaml", "locations/x.yaml"]  # fmt: skip
    assert not (staging / "figures" / "ana.yaml").exists()
    assert (staging / "figures" / "bea.yaml").read_text().split("\n", 1)[1] == (
        'name: "Bea \\"B\\""\nrole: "TODO: who they are in this story, in one line"\n'
    )
    assert (staging / "locations" / "lima.yaml").read_text().split("\n", 1)[1] == (
        'name: "Lima"\ncoordinates: [-12.05, -77.04]\n'
    )
    assert (staging / "locations" / "x.yaml").read_text().split("\n", 1)[1] == 'name: "X"\n'


def test_a_password_in_a_source_cell_is_taken_out_and_said_at_its_cell(tmp_path: Path) -> None:
    reports: list[Report] = []
    rows = {"t.csv:2": _cells(sources="https://ann:s3cret@wire.example/x")}
    story, _ = with_own_fields(_story("t.csv:2"), rows, str(tmp_path / "s"), reports)
    assert [s.url for s in story.sources] == ["https://wire.example/x"]
    assert [str(r) for r in reports] == [
        "t.csv:2:1: the address gave a user name and password ('ann:…@' before its host), taken out: pages "
        "would publish them to every reader; imported as 'https://wire.example/x'"
    ]


def test_a_password_in_a_link_of_the_body_cell_is_taken_out_and_said_at_its_cell(tmp_path: Path) -> None:
    event, _, reports = _imported(tmp_path, body='<a href="https://ann:s3cret@wire.example/x">the wire</a>')
    assert event.body == "[the wire](https://wire.example/x)"
    assert reports == [
        "t.csv:2:1: the link to 'https://wire.example/x' in the text gave a user name and password "
        "('ann:…@' before its host), taken out: pages would publish them to every reader; imported as "
        "'https://wire.example/x'"
    ]
