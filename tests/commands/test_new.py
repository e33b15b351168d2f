"""``explainer new`` and ``explainer schema``."""

from __future__ import annotations

import datetime
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.commands.check import check_and_lint
from generator.content.fieldtypes import FieldType, IdMap, ListOf, Record
from generator.content.ids import new_event_id
from generator.content.schema import FILES
from tests.conftest import TEMPLATES, Project, checked, site_files
from tests.images import photo


def project_schemas() -> str:
    """explainer's own docs/schemas, which explainer schema writes."""
    return os.path.join(os.path.dirname(TEMPLATES), "docs", "schemas")


def new(*args: str) -> int:
    return main(["new", *args])


def test_a_missing_story_is_told_the_whole_command_that_makes_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    os.rename("content", "my stories")
    assert new("event", "nope", "--date", "2024", "--title", "T", "--content", "my stories") == 2
    command = "explainer new story nope --title \"...\" --content 'my stories'"
    assert capsys.readouterr().err.strip().endswith(f"(create it with: {command})")


def test_each_new_file_passes_check(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert new("story", "fresh-story", "--title", "A fresh story: part 1") == 0
    assert new("event", "fresh-story", "--date", "2024-05-06", "--title", "Café owners protest!") == 0
    assert new("event", "fresh-story", "--date", "2024-05-06T10:30+02:00", "--title", "Later that day") == 0
    assert new("figure", "fresh-story", "ann-lee", "--name", 'Ann "AL" Lee') == 0
    assert new("location", "fresh-story", "old-town", "--name", "Old Town") == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        "content/fresh-story/story.yaml",
        "content/fresh-story/events/2024-05-06-cafe-owners-protest.yaml",
        "content/fresh-story/events/2024-05-06-later-that-day.yaml",
        "content/fresh-story/figures/ann-lee.yaml",
        "content/fresh-story/locations/old-town.yaml",
    ]
    assert main(["check"]) == 0
    err = capsys.readouterr().err
    assert "still has placeholder text ('TODO: ...'): write your own in its place" in err
    assert err.splitlines()[-1].startswith("ok: 2 stories, 3 events, ")
    for path in printed:
        first = Path(path).read_text().splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        schema = Path(path).parent / first.split("=", 1)[1]
        assert schema.resolve() == (project.root / "docs/schemas" / schema.name).resolve()


def _keys(kind: FieldType) -> set[str]:
    """Every key a file of this kind may have, at any depth."""
    if isinstance(kind, Record):
        return {f.name for f in kind.fields}.union(*(_keys(f.type) for f in kind.fields))
    if isinstance(kind, ListOf):
        return _keys(kind.item)
    if isinstance(kind, IdMap):
        return _keys(kind.value)
    return set()


def test_each_new_file_names_every_key_its_kind_may_have(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new("story", "fresh-story", "--title", "T") == 0
    assert new("event", "fresh-story", "--date", "2024-05-06", "--title", "E") == 0
    assert new("figure", "fresh-story", "ann-lee", "--name", "Ann") == 0
    assert new("location", "fresh-story", "old-town", "--name", "Old Town") == 0
    written = dict(
        zip(("story", "event", "figure", "location"), capsys.readouterr().out.splitlines(), strict=True)
    )
    for kind, path in written.items():
        named = set(re.findall(r"([a-z_]+):", Path(path).read_text()))
        assert _keys(FILES[kind]) - named == set(), kind


def test_the_schema_line_does_not_depend_on_where_new_is_run(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root / "content")
    assert new("figure", "story-a", "ann-lee", "--name", "Ann", "--content", ".") == 0
    first = (project.root / "content/story-a/figures/ann-lee.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../../docs/schemas/figure.schema.json"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["story", "Bad Id", "--title", "T"], "'Bad Id' is not a valid story id"),
        (["story", "search", "--title", "T"], "'search' is a name the build needs for its own files"),
        (["event", "story-a", "--date", "2024-02-30", "--title", "T"],
         "--date '2024-02-30' is not a valid date: February 2024 has no day 30"),
        (["event", "story-a", "--date", "May 2024", "--title", "T"], "--date 'May 2024' is not a valid date"),
        (["event", "story-a", "--date", "March 12, 2024", "--title", "T"],
         "; did you mean '2024-03-12'?"),  # what check says for the same text
        (["event", "story-a", "--date", "12 de marzo de 2024", "--title", "T"],
         "; did you mean '2024-03-12'?"),
        (["event", "story-a", "--date", "12/03/2024", "--title", "T"],
         "; it could be '2024-03-12' (day first) or '2024-12-03' (month first): write the one it is"),
        # Told as for a file's keys, which new has not written yet: which --date to give.
        (["event", "story-a", "--date", "2024-03-26 to 2024-04-05", "--title", "T"],
         "; for a span, write 'date: 2024-03-26' and the end as 'end: 2024-04-05' (here, give --date "
         "2024-03-26; then, in the file it writes, delete the '#' before 'end:' and write it as said)"),
        (["event", "story-a", "--date", "between 3 and 5 May 2010", "--title", "T"],
         "with 'date_phrase: between' (here, give --date 2010-05-03; then, in the file it writes, delete the "
         "'#' before 'end:' and 'date_phrase:' and write them as said)"),
        (["event", "story-a", "--date", "c. 1990", "--title", "T"],
         "and 'circa: true' (here, give --date 1990; then, in the file it writes, delete the '#' before "
         "'circa:' and write it as said)"),
        (["event", "nope", "--date", "2024", "--title", "T"],
         "no story 'nope' in content (create it with: explainer new story nope --title \"...\")"),
        (["event", "story-b", "--date", "2024", "--title", "T"],  # mistyped: the story meant
         "no story 'story-b' in content; did you mean 'story-a'? (create it with: explainer new story "
         "story-b --title \"...\")"),
        (["figure", "story-a", "Ann_Lee", "--name", "Ann"], "'Ann_Lee' is not a valid figure id"),
        (["figure", "story-a", "fig-a", "--name", "Ann"], "content/story-a/figures/fig-a.yaml already exists"),
        (["location", "story-a", "loc-a", "--name", "X"], "already exists; not overwriting it"),
        (["story", "story-a", "--title", "T"], "content/story-a/story.yaml already exists"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "95,10"],
         "--coordinates '95,10': latitude 95 is not between -90 and 90"),
        (["location", "story-a", "x", "--name", "X", "--coordinates=10,-180.5"],
         "--coordinates '10,-180.5': longitude -180.5 is not between -180 and 180"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "42.87"],
         "--coordinates '42.87' is not LAT,LON: two decimal numbers"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "1,2,3"], "is not LAT,LON"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "north,east"], "is not LAT,LON"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "nan,inf"], "is not LAT,LON"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "31°15′N 32°18′E"],  # as Wikipedia shows it
         "--coordinates '31°15′N 32°18′E' is not LAT,LON: two decimal numbers, north and east positive; "
         "did you mean --coordinates=31.25,32.3?"),
        # As a place's position is often copied: with a space, or decimal commas (told as check tells them).
        (["location", "story-a", "x", "--name", "X", "--coordinates", "30.35 32.37"],
         "--coordinates '30.35 32.37' is not LAT,LON: two decimal numbers, north and east positive; "
         "did you mean --coordinates=30.35,32.37?"),
        # A '+' is no sign --coordinates takes: the hint leaves it out, or following it is told it again.
        (["location", "story-a", "x", "--name", "X", "--coordinates", "+30.35 +32.37"],
         "did you mean --coordinates=30.35,32.37?"),
        # Typed in another script's digits: YAML and --coordinates read 0-9 alone.
        (["location", "story-a", "x", "--name", "X", "--coordinates", "٣٠ ٣٢"],
         "did you mean --coordinates=30,32?"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "30,35, 32,37"],
         "did you mean --coordinates=30.35,32.37? (decimals with a point)"),
        (["location", "story-a", "x", "--name", "X", "--coordinates", "27,3,70"],
         "it could be --coordinates=27.3,70 or --coordinates=27,3.70: give the one it is (decimals with a point)"),
        # As the Slovenian pages write a place (S, sever, north; V, vzhod, east), which is south
        # and west in Norwegian, Danish and Swedish: the Southern Ocean was suggested alone.
        (["location", "story-a", "x", "--name", "X", "--coordinates", "46,2309° S, 15,2604° V"],
         "it could be --coordinates=46.2309,15.2604 (Slovenian S, sever, north; V, vzhod, east) or "
         "--coordinates=-46.2309,-15.2604 (Norwegian, Danish, Swedish S, south; V, west): give the one it is"),
        # As the Macedonian and Serbian pages write a place, in Cyrillic (С, север, north; И,
        # исток, east): got no suggestion.
        (["location", "story-a", "x", "--name", "X", "--coordinates", "41,9981° С, 21,4254° И"],
         "did you mean --coordinates=41.9981,21.4254?"),
        (["location", "story-a", "x", "--name", "X", "--country", " "], "--country must not be empty"),
    ],
)  # fmt: skip
def test_refusals_write_nothing(
    project: Project, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = site_files(project.root)
    assert new(*args) == 2
    assert message in capsys.readouterr().err
    assert site_files(project.root) == before


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Bakiyev flees to Kazakhstan!", "bakiyev-flees-to-kazakhstan"), ("Ünrest in Öskemen", "unrest-in-oskemen"),
     ("???", "event"), ("word " * 30, "-".join(["word"] * 12))],
)  # fmt: skip
def test_slugs(title: str, expected: str) -> None:
    assert new_event_id("2010-04-15", title) == f"2010-04-15-{expected}"


def test_a_new_story_is_a_draft_until_its_draft_line_is_deleted(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new("story", "fresh-story", "--title", "Fresh") == 0
    assert new("event", "fresh-story", "--date", "2024-05-06", "--title", "Something happened") == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == "content/fresh-story/story.yaml"
    assert err.splitlines()[0] == (
        "note: the story starts as a draft (draft: true): explainer serve and build --drafts show it; "
        "delete that line to publish it"
    )
    story = project.root / "content/fresh-story/story.yaml"
    assert "\ndraft: true " in story.read_text()
    assert main(["build", "--templates", TEMPLATES]) == 0
    assert not (project.root / "site/fresh-story").exists()
    assert (project.root / "site/story-a/index.html").exists()
    # Deleting the line, as the comment on it says, publishes the story.
    story.write_text(
        "".join(line for line in story.read_text().splitlines(True) if not line.startswith("draft:"))
    )
    assert main(["build", "--templates", TEMPLATES]) == 0
    assert (project.root / "site/fresh-story/events/2024-05-06-something-happened/index.html").exists()


def test_a_new_location_takes_its_country_and_coordinates(project: Project) -> None:
    assert new("location", "story-a", "copiapo", "--name", "Copiapó", "--country", "Chile",
               "--coordinates=-27.366, -70.332") == 0  # fmt: skip
    place = checked("content").stories[0].locations["copiapo"]
    assert (place.country, place.coordinates) == ("Chile", (-27.366, -70.332))


def test_negative_coordinates_may_follow_the_option_after_a_space(project: Project) -> None:
    # argparse alone takes '-33.45,-70.66' for an option of its own.
    assert new("location", "story-a", "santiago", "--name", "Santiago", "--coordinates", "-33.45,-70.66") == 0
    assert checked("content").stories[0].locations["santiago"].coordinates == (-33.45, -70.66)


def test_a_place_with_no_position_is_started_unmapped(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new("location", "story-a", "refuge", "--name", "The refuge", "--unmapped") == 0
    text = (project.root / "content/story-a/locations/refuge.yaml").read_text()
    assert "\nunmapped: true " in text
    assert "coordinates" not in text  # no line to fill in
    place = checked("content").stories[0].locations["refuge"]
    assert (place.coordinates, place.unmapped) == (None, True)
    capsys.readouterr()
    assert new("location", "story-a", "ship", "--name", "The ship", "--unmapped", "--coordinates", "1,2") == 2
    assert "give --coordinates or --unmapped, not both" in capsys.readouterr().err
    assert not (project.root / "content/story-a/locations/ship.yaml").exists()


def test_without_them_a_new_location_says_what_is_missing_and_invents_nothing(
    project: Project,
) -> None:
    assert new("location", "story-a", "old-town", "--name", "Old Town") == 0
    text = (project.root / "content/story-a/locations/old-town.yaml").read_text()
    assert "Kyrgyzstan" not in text
    assert "# TODO: country:" in text
    assert "# TODO: coordinates:" in text
    place = checked("content").stories[0].locations["old-town"]
    assert (place.country, place.coordinates) == (None, None)


def test_a_new_event_has_an_image_block_to_fill_in(project: Project) -> None:
    assert new("event", "story-a", "--date", "2024-05-06", "--title", "Pictured") == 0
    path = project.root / "content/story-a/events/2024-05-06-pictured.yaml"
    lines = path.read_text().splitlines(True)
    start = lines.index("# image:\n")
    block = lines[start : start + 5]
    assert [line.split(":")[0] for line in block] == [
        "# image",
        "#   src",
        "#   alt",
        "#   credit",
        "#   caption",
    ]
    # Uncommented with a real picture, it is a valid image with its credit.
    project.write("content/story-a/media/crowd.jpg", photo(64, 48))
    filled = [line[2:].replace("media/TODO.jpg", "media/crowd.jpg") for line in block]
    path.write_text("".join(lines[:start] + filled + lines[start + 5 :]))
    site, warnings = check_and_lint(content="content")
    event = next(e for e in site.stories[0].events if e.title == "Pictured")
    assert event.image is not None
    assert (event.image.src, event.image.credit) == ("media/crowd.jpg", "Photographer / Agency")
    # Nothing but the examples left in is said of it (each a warning of its own).
    assert [w.message for w in warnings if "image" in w.message or "credit" in w.message] == [
        f"'image.{key}' still has the example text from 'explainer new'"
        for key in ("alt", "credit", "caption")
    ]


def test_new_files_offer_key_added_and_updates_and_they_check_uncommented(project: Project) -> None:
    assert new("event", "story-a", "--date", "2020-01-05", "--title", "Later") == 0
    event_path = project.root / "content/story-a/events/2020-01-05-later.yaml"
    text = event_path.read_text()
    assert "\n# key: true " in text and "\nadded: " in text  # story-a is out: see the test below
    event_path.write_text(text.replace("\n# key: true", "\nkey: true"))
    assert new("story", "fresh", "--title", "Fresh") == 0
    story_path = project.root / "content/fresh/story.yaml"
    lines = story_path.read_text().splitlines(True)
    start = lines.index(next(line for line in lines if line.startswith("# updates:")))
    # Where a new one goes: "shown near the top, latest first" alone had an editor write
    # the latest first, which check then warned about (their addresses follow the list).
    assert "each new one at the end (shown latest first)" in lines[start]
    block = [line[2:] for line in lines[start : start + 6]]
    story_path.write_text("".join(lines[:start] + block + lines[start + 6 :]))
    site = checked("content")
    later = next(e for s in site.stories for e in s.events if e.title == "Later")
    assert later.key and later.added is not None
    fresh = next(s for s in site.stories if s.id == "fresh")
    assert [u.kind.value for u in fresh.updates] == ["correction", "update"]  # latest first: listed later


def test_a_new_story_has_a_lead_picture_block_to_fill_in(project: Project) -> None:
    assert new("story", "pictured", "--title", "Pictured") == 0
    path = project.root / "content/pictured/story.yaml"
    lines = path.read_text().splitlines(True)
    start = lines.index(
        "# image:                      # the lead picture: story page, home page, shared links\n"
    )
    block = lines[start : start + 4]
    assert [line.split(":")[0] for line in block] == ["# image", "#   src", "#   alt", "#   credit"]
    project.write("content/pictured/media/lead.jpg", photo(64, 48))
    filled = [line[2:].replace("media/TODO.jpg", "media/lead.jpg") for line in block]
    path.write_text("".join(lines[:start] + filled + lines[start + 4 :]))
    site, _ = check_and_lint(content="content")
    story = next(s for s in site.stories if s.id == "pictured")
    assert story.image is not None
    assert (story.image.src, story.image.alt) == (
        "media/lead.jpg",
        "What the picture shows, for people who cannot see it.",
    )


def test_a_project_of_ones_own_starts_with_new_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newsroom's own folder: no content yet, no docs/schemas.
    monkeypatch.chdir(tmp_path)
    assert main(["new", "story", "dam", "--title", "The dam"]) == 2
    assert capsys.readouterr().err == (
        "explainer: error: content folder 'content' not found; start one with: "
        'explainer new site --title "..."\n'
    )
    assert main(["new", "story", "dam", "--title", "The dam", "--content", "desk"]) == 2
    assert capsys.readouterr().err.endswith(
        'explainer new site --title "..." --content desk\n'
    )  # that folder
    assert main(["new", "site", "--title", "Desk", "--language", "tlh"]) == 2  # Klingon
    assert "no translation of the pages' text into it; the languages available are" in capsys.readouterr().err
    assert main(["new", "site", "--title", "Desk", "--language", "french"]) == 2  # its name: as check says
    assert "'french' is not a language code such as 'en' or 'pt-BR' (BCP 47); did you mean 'fr'?" in (
        capsys.readouterr().err
    )
    assert main(["new", "site", "--title", "Desk", "--language", "fr_CA"]) == 2  # a locale's name
    assert "'fr_CA' is not a language code such as 'en' or 'pt-BR' (BCP 47); did you mean 'fr-CA'?" in (
        capsys.readouterr().err
    )
    assert main(["new", "site", "--title", "Our desk", "--language", "fr",
                 "--base-url", "https://desk.example/x/"]) == 0  # fmt: skip
    out, err = capsys.readouterr()
    assert out == "content/site.yaml\n"
    # The project's first step writes the schemas its files name, and says so in one line.
    assert err == "note: wrote the JSON Schemas editors' tools read into docs/schemas\n"
    assert sorted(os.listdir("docs/schemas")) == sorted(os.listdir(project_schemas()))
    assert main(["new", "story", "dam", "--title", "The dam"]) == 0
    assert "JSON Schemas" not in capsys.readouterr().err  # there: nothing to say
    site, _ = check_and_lint(content="content")
    assert (site.title, site.language, site.base_url) == ("Our desk", "fr", "https://desk.example/x/")
    assert main(["new", "site", "--title", "Again"]) == 2  # never overwritten
    assert "content/site.yaml already exists; not overwriting it" in capsys.readouterr().err
    shutil.rmtree("docs/schemas")  # deleted: each new file says how to write them again
    assert main(["new", "event", "dam", "--date", "2024-05-01", "--title", "It opens"]) == 0
    assert capsys.readouterr().err == (
        "note: no JSON Schemas in docs/schemas, which the file's first line names for editors' completion "
        "and checks while typing; write them with: explainer schema --out docs/schemas\n"
    )
    assert main(["schema", "--out", "docs/schemas"]) == 0
    capsys.readouterr()
    assert main(["new", "figure", "dam", "engineer", "--name", "The engineer"]) == 0
    assert "JSON Schemas" not in capsys.readouterr().err  # there now: nothing to say


def test_new_site_writes_the_schemas_beside_the_content_folder_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "site", "--title", "Desk", "--content", "desk/content"]) == 0
    assert (
        capsys.readouterr().err == "note: wrote the JSON Schemas editors' tools read into desk/docs/schemas\n"
    )
    first = (tmp_path / "desk/content/site.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/schemas/site.schema.json"
    assert (tmp_path / "desk/docs/schemas/site.schema.json").is_file()
    assert (tmp_path / "desk/docs/schemas/event.schema.json").is_file()


@pytest.mark.parametrize(
    ("title", "language", "note"),
    [
        ("انفجار مرفأ بيروت", None, "note: the site's title is written in Arabic letters, but its pages will "
         "be in English, the default: give its language in content/site.yaml ('language: ar' or 'language: fa' "
         "or 'language: ps' or 'language: ur')"),
        ("新华网", None, "written in Chinese letters, but its pages will be in English"),
        ("中央通訊社", None, "('language: ja' or 'language: zh-Hans' or 'language: zh-Hant')"),
        ("Новости Бишкека", None, "('language: bg' or 'language: ky' or 'language: mk' or 'language: ru' or 'language: sr' or 'language: uk')"),
        ("ख़बरों की पड़ताल", None, "written in Devanagari letters, but its pages will be in English, "
         "the default: give its language in content/site.yaml ('language: hi' or 'language: mr' or 'language: ne')"),
        ("వార్తల వివరణ", None, "written in Telugu letters, but its pages will be in English, "
         "the default: give its language in content/site.yaml ('language: te')"),
        ("Новости", "ru", None),  # given
        ("Le Monde", None, None),  # Latin letters: English or not, the title cannot tell
    ],
)  # fmt: skip
def test_a_new_site_whose_title_is_in_other_letters_is_told_to_give_its_language(
    title: str,
    language: str | None,
    note: str | None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An Arabic newsroom's 'new site --title ...' wrote '# language: en' without a word, and
    # every page said lang="en".
    monkeypatch.chdir(tmp_path)
    assert main(["new", "site", "--title", title, *(["--language", language] if language else [])]) == 0
    err = capsys.readouterr().err
    if note is None:
        assert "its pages will be in" not in err
    else:
        assert note in err


def test_a_new_norwegian_site_quotes_its_language_code(tmp_path: Path) -> None:
    # 'language: no' (Norwegian, as TimelineJS writes it) reads as false to a YAML 1.1
    # tool, PyYAML's own reader among them, and an editor's YAML extension underlined it.
    content = tmp_path / "fresh"
    assert main(["new", "site", "--title", "Desk", "--language", "no", "--content", str(content)]) == 0
    text = (content / "site.yaml").read_text()
    assert '\nlanguage: "no"\n' in text and yaml.safe_load(text)["language"] == "no"
    assert main(["new", "site", "--title", "Desk", "--language", "nb", "--content", str(tmp_path / "b")]) == 0
    assert "\nlanguage: nb\n" in (tmp_path / "b/site.yaml").read_text()


def test_a_new_site_is_given_the_zone_of_its_language_where_it_has_one_clock(tmp_path: Path) -> None:
    # Without a time_zone the Atom feed reads a French site's '13:00' as 13:00 UTC.
    def site_yaml(language: str) -> str:
        content = tmp_path / language
        assert (
            main(["new", "site", "--title", "Desk", "--language", language, "--content", str(content)]) == 0
        )
        return (content / "site.yaml").read_text()

    german = site_yaml("de")
    assert yaml.safe_load(german)["time_zone"] == "Europe/Berlin"
    assert checked(str(tmp_path / "de")).time_zone == "Europe/Berlin"
    assert yaml.safe_load(site_yaml("fr-FR"))["time_zone"] == "Europe/Paris"
    # The United States' clocks, Spain's Canary Islands; French's Canada, Arabic's Gulf.
    english, spanish, french, arabic = (site_yaml(tag) for tag in ("en", "es", "fr", "ar"))
    for text in (english, spanish, french, arabic):
        assert "time_zone" not in yaml.safe_load(text) and "\n# time_zone: " in text
    assert (
        "Spain has more than one: Africa/Ceuta, Atlantic/Canary or Europe/Madrid; most keep Europe/Madrid)"
        in spanish
    )
    assert "'fr' is official in countries on other clocks too; France's is Europe/Paris)" in french
    # Each example is the likeliest country's most populous clock, not Paris's for all.
    assert "\n# time_zone: America/New_York   #" in english and "\n# time_zone: Europe/Madrid   #" in spanish
    assert "\n# time_zone: Africa/Cairo   #" in arabic
    assert "Brazil alone has 16; most keep America/Sao_Paulo)" in site_yaml("pt")
    # Swahili's countries (Kenya, Tanzania, Uganda) keep East Africa's one clock; its tag's
    # region chooses the zone. Bengali's: Bangladesh's clock, India's for bn-IN.
    for tag, zone in (
        ("sw", "Africa/Dar_es_Salaam"),
        ("sw-KE", "Africa/Nairobi"),
        ("sw-TZ", "Africa/Dar_es_Salaam"),
    ):
        assert yaml.safe_load(site_yaml(tag))["time_zone"] == zone
    assert yaml.safe_load(site_yaml("bn"))["time_zone"] == "Asia/Dhaka"
    assert yaml.safe_load(site_yaml("bn-IN"))["time_zone"] == "Asia/Kolkata"
    # Nepali's: Nepal's clock, five hours and 45 minutes ahead; Marathi's: India's.
    assert yaml.safe_load(site_yaml("ne"))["time_zone"] == "Asia/Kathmandu"
    assert yaml.safe_load(site_yaml("mr"))["time_zone"] == "Asia/Kolkata"


def test_a_new_site_whose_language_names_a_country_of_several_clocks_is_given_the_one_most_keep(
    tmp_path: Path,
) -> None:
    # 'pt-BR' was given 'Europe/Paris' as its example, where 'ja' got Asia/Tokyo.
    for tag, zone, country in (
        ("pt-BR", "America/Sao_Paulo", "Brazil"),
        ("en-US", "America/New_York", "United States"),
        ("es-MX", "America/Mexico_City", "Mexico"),
        ("fr-CA", "America/Toronto", "Canada"),
    ):
        content = tmp_path / tag
        assert main(["new", "site", "--title", "Desk", "--language", tag, "--content", str(content)]) == 0
        text = (content / "site.yaml").read_text()
        assert yaml.safe_load(text)["time_zone"] == zone and checked(str(content)).time_zone == zone
        assert f"the one most keep in the country of '{tag}' ({country})" in text
        assert "change it if your times are on another" in text
    assert "it keeps 4 clocks in 16 zones" in (tmp_path / "pt-BR/site.yaml").read_text()


def test_a_new_site_names_every_key_a_site_may_have(project: Project, tmp_path: Path) -> None:
    content = tmp_path / "fresh"
    assert main(["new", "site", "--title", "Desk", "--content", str(content)]) == 0
    text = (content / "site.yaml").read_text()
    assert text.splitlines()[1] == 'title: "Desk"'
    assert _keys(FILES["site"]) - set(re.findall(r"([a-z_]+):", text)) == set()


def test_a_new_event_of_a_story_already_out_is_marked_added_and_of_one_not_yet_out_offers_it(
    project: Project,
) -> None:
    # An event written after its story went out is new to the readers who came before
    # ('added' marks it New for them); the line was left commented, and easily forgotten.
    # A story not yet out (a draft, or published on a day to come) has it to uncomment.
    assert new("event", "story-a", "--date", "2020-01-05", "--title", "Later") == 0
    later = (project.root / "content/story-a/events/2020-01-05-later.yaml").read_text()
    assert f"\nadded: {datetime.date.today().isoformat()}      # added after the story was published" in later
    assert new("story", "fresh", "--title", "Fresh") == 0  # a draft
    assert new("event", "fresh", "--date", "2020-01-05", "--title", "Early") == 0
    early = (project.root / "content/fresh/events/2020-01-05-early.yaml").read_text()
    assert "\n# added: " in early and "\nadded: " not in early
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("published: 2020-01-02", "published: 2999-01-02"))
    assert new("event", "story-a", "--date", "2020-01-06", "--title", "Planned") == 0
    planned = (project.root / "content/story-a/events/2020-01-06-planned.yaml").read_text()
    assert "\n# added: " in planned
    assert checked("content")  # what new wrote checks


def test_a_new_event_of_a_bulgarian_story_is_named_as_bulgaria_spells_its_title(tmp_path: Path) -> None:
    # The event's id spelt its title as Russian is spelt ('khitrino', 'kshchi' for 'къщи'):
    # 'explainer new event' now gives to_id the story's language, the site's if it has none.
    content = tmp_path / "content"
    assert main(["new", "site", "--title", "Досиета", "--language", "bg", "--content", str(content)]) == 0
    assert main(["new", "story", "hitrino", "--title", "Хитрино", "--content", str(content)]) == 0
    title = ["--title", "Щетите в Хитрино: 50 къщи"]
    assert main(["new", "event", "hitrino", "--date", "2016-12-11", *title, "--content", str(content)]) == 0
    assert (content / "hitrino/events/2016-12-11-shtetite-v-hitrino-50-kashti.yaml").is_file()
    # A story's own language comes before its site's.
    story = content / "hitrino/story.yaml"
    story.write_text(story.read_text().replace("# language: ru ", "language: ru "))
    assert main(["new", "event", "hitrino", "--date", "2016-12-12", *title, "--content", str(content)]) == 0
    assert (content / "hitrino/events/2016-12-12-shchetite-v-khitrino-50-kshchi.yaml").is_file()


def test_a_commented_line_of_a_new_file_uncommented_keeps_its_value_whole(project: Project) -> None:
    # An editor fills in a line 'new' wrote by taking off its '# ' and changing the value
    # ('# kind: city   # city, village...' to 'kind: village   # city, village...'): the
    # explanation after it must not then read as words cut off from the value, which
    # check warns of (and --strict, the workflows' check, refuses).
    from generator.content.lint.comments import cut_by_comments
    from generator.content.yamlnodes import Mapping, parse_yaml
    from generator.errors import Problem

    assert new("story", "fresh", "--title", "Fresh") == 0
    assert new("event", "fresh", "--date", "2024-05-06", "--title", "Strike") == 0
    assert new("figure", "fresh", "ann", "--name", "Ann") == 0
    assert new("location", "fresh", "town", "--name", "Town") == 0
    written = {
        "story": "content/fresh/story.yaml",
        "event": "content/fresh/events/2024-05-06-strike.yaml",
        "figure": "content/fresh/figures/ann.yaml",
        "location": "content/fresh/locations/town.yaml",
    }
    cut = []
    for kind, path in written.items():
        lines = Path(path).read_text().splitlines(True)
        for n, line in enumerate(lines):
            if not re.match(r"# [a-z_]+: [^|#\s]", line):
                continue  # not a top-level key with a value of one line
            problems: list[Problem] = []
            root = parse_yaml("".join([*lines[:n], line[2:], *lines[n + 1 :]]), path, problems)
            assert isinstance(root, Mapping), problems
            if list(cut_by_comments(root, FILES[kind])):
                cut.append(line.strip())
    assert cut == []
