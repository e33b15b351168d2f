"""What is there before an import bears on it: the site's largest media file, and the date
a story imported again was first published."""

from __future__ import annotations

import datetime
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.imports import import_timeline
from generator.importers.existing import (
    figures_and_places,
    place_coordinates,
    read_text,
    same_language,
    site_language,
)
from tests.conftest import Project
from tests.https_server import Answer, Server
from tests.images import tiny_png
from tests.importing import errors_of_check, timeline_of

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


def test_importing_again_with_force_keeps_the_date_the_story_was_first_published(empty: Project) -> None:
    # Imported again, a story is corrected, not new: readers saw it on its first date.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="s", content="content", today=datetime.date(2019, 5, 1))
    story = Path("content/s/story.yaml")
    assert "published: 2019-05-01\n" in story.read_text()
    import_timeline(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2019-05-01\n" in story.read_text()
    story.write_text(story.read_text().replace("published: 2019-05-01\n", "published: not a date\n"))
    import_timeline(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2026-11-30\n" in story.read_text()  # nothing to keep: today, as a new story


def test_importing_again_with_force_keeps_the_time_the_story_was_first_published(empty: Project) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="s", content="content", today=datetime.date(2019, 5, 1))
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text().replace("published: 2019-05-01\n", "published: 2019-05-01T06:30+06:00\n")
    )
    import_timeline(
        source="t.json", story="s", content="content", force=True, today=datetime.date(2026, 11, 30)
    )
    assert "published: 2019-05-01T06:30+06:00\n" in story.read_text()


def test_a_picture_larger_than_the_site_allows_is_left_out_at_import(empty: Project) -> None:
    # As check would refuse it (media_max_mb), the import leaves it out and says so.
    empty.write("content/site.yaml", "title: Imports\nmedia_max_mb: 1\n")
    Path("pics").mkdir()
    Path("pics/big.png").write_bytes(tiny_png() + b"\0" * 1_200_000)
    Path("pics/small.png").write_bytes(tiny_png())
    Path("t.json").write_text(
        '{"events": ['
        '{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"}, "media": {"url": "pics/big.png"}},'
        '{"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"}, "media": {"url": "pics/small.png"}}]}'
    )
    imported = import_timeline(source="t.json", story="s", content="content")
    assert [e.image.src if e.image else None for e in imported.story.events] == [None, "media/small.png"]
    assert [r.where for r in imported.reports] == ["t.json:/events/0/media/url", "t.json"]  # and no title
    assert "is 1.2 MB, over the 1 MB limit" in str(imported.reports[0])
    errors_of_check()  # and check finds no error in the story as imported (it raises on one)


def test_a_picture_over_the_sites_limit_is_not_read_past_it(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    empty.write("content/site.yaml", "title: Imports\nmedia_max_mb: 1\n")
    https_server.answers["/huge.jpg"] = Answer(b"\xff" * 100_000, repeat=300, length=False)  # 30 MB
    Path("t.json").write_text(timeline_of(f"{https_server.url}/huge.jpg"))
    assert main(["import", "timelinejs", "t.json", "--story", "port"]) == 0
    _, err = capsys.readouterr()
    assert err.splitlines()[0] == (
        "t.json:/events/0/media/url (events/2001-event-1.yaml): picture not downloaded: "
        "it is larger than the 1 MB a media file may be; kept its address"
    )
    time.sleep(0.2)  # the server's last write ends with the connection
    assert https_server.sent["/huge.jpg"] < 10_000_000
    assert not Path("content/port/media").exists()


def test_the_figures_and_places_kept_are_those_loading_reads(tmp_path: Path) -> None:
    # A folder named 'ann.yaml' is no figure (loading refuses it): no page for links to.
    story = tmp_path / "s"
    (story / "figures" / "ann.yaml").mkdir(parents=True)
    (story / "figures" / "bob.yaml").write_text("name: Bob\n")
    (story / "figures" / "_notes.yaml").write_text("name: Notes\n")
    (story / "figures" / "cy.yaml").symlink_to("bob.yaml")  # loading reads it: a page
    (story / "locations").mkdir()
    (story / "locations" / "port.yaml").write_text("name: Port\n")
    (story / "locations" / "port.yml").write_text("name: Port\n")
    assert figures_and_places(str(story)) == ["figures/bob", "figures/cy", "locations/port"]


def test_a_file_saved_with_a_byte_order_mark_is_read_without_it_as_the_build_reads_it(tmp_path: Path) -> None:
    # Notepad's 'UTF-8 with BOM': the build drops the mark, so lines the import carries
    # over from the file must not bring it into the middle of the file it writes.
    (tmp_path / "story.yaml").write_bytes("\ufeffsources:\n  a: {title: A}\n".encode())
    (tmp_path / "latin.yaml").write_bytes("title: Café\n".encode("latin-1"))
    assert read_text(str(tmp_path), "story.yaml") == "sources:\n  a: {title: A}\n"
    assert read_text(str(tmp_path), "latin.yaml") is None  # the build refuses it, and says why


def test_a_place_files_coordinate_too_large_for_a_float_is_read_as_none(empty: Project) -> None:
    # YAML's integers are unbounded: float() of one of 400 digits, in a place file an
    # import reads again, raised OverflowError. Check says what is wrong with the file.
    empty.write("content/s/locations/gate.yaml", f"name: Gate\ncoordinates: [{10**400}, 0]\n")
    assert place_coordinates("content/s", "gate") is None
    empty.write("content/s/locations/gate.yaml", "name: Gate\ncoordinates: [51.5, -0.1]\n")
    assert place_coordinates("content/s", "gate") == (51.5, -0.1)


@pytest.mark.parametrize(
    ("site", "language"), [("title: S\n", "en"), ("title: S\nlanguage: pt-BR\n", "pt-BR"), (None, "en")]
)
def test_the_sites_language_is_its_own_else_english(tmp_path: Path, site: str | None, language: str) -> None:
    if site is not None:
        (tmp_path / "site.yaml").write_text(site)
    assert site_language(str(tmp_path)) == language


def test_language_tags_are_the_same_whatever_their_case() -> None:
    assert same_language("en-GB", "en-gb") and same_language("PT-br", "pt-BR")
    assert not same_language("en-GB", "en") and not same_language("pt", "pt-BR")
