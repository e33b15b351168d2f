"""The story's files written in a hidden folder and moved in: pictures copied once, none
overwritten, and nothing left behind by an import refused."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.commands.imports import import_timeline
from generator.errors import ContentError, UsageError
from tests.conftest import Project
from tests.https_server import Answer, Server
from tests.images import photo, tiny_png
from tests.importing import FIXTURES, MINE, errors_of_check, timeline_of

pytestmark = pytest.mark.usefixtures("local_only")  # pictures at other sites are not reached


def test_pictures_of_the_same_name_beside_the_timeline_are_both_copied(empty: Project) -> None:
    blue = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    red = blue.replace(b'fill="blue"', b'fill="red"')
    for name, data in (("in/a/dot.svg", blue), ("in/b/dot.svg", red)):
        Path(name).parent.mkdir(parents=True)
        Path(name).write_bytes(data)
    Path("in/t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "a/dot.svg", "alt": "Blue"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B", "text": "b"},'
        ' "media": {"url": "b/dot.svg", "alt": "Red"}}]}'
    )
    import_timeline(source="in/t.json", story="x", content="content")
    assert Path("content/x/media/dot.svg").read_bytes() == blue
    assert Path("content/x/media/dot-2.svg").read_bytes() == red
    assert '  src: "media/dot.svg"\n' in Path("content/x/events/2001-a.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in Path("content/x/events/2002-b.yaml").read_text()
    errors_of_check()


def test_force_never_overwrites_a_different_picture_the_story_has(empty: Project) -> None:
    blue = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    red, green = (blue.replace(b'fill="blue"', f'fill="{c}"'.encode()) for c in ("red", "green"))
    for name, data in (("in/a/dot.svg", blue), ("in/b/dot.svg", red), ("in/c/red.svg", red)):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_bytes(data)

    def slide(year: int, headline: str, url: str) -> str:
        return (
            f'{{"start_date": {{"year": "{year}"}}, "text": {{"headline": "{headline}", "text": "t"}},'
            f' "media": {{"url": "{url}", "alt": "{headline}"}}}}'
        )

    Path("in/t.json").write_text(f'{{"events": [{slide(2001, "A", "a/dot.svg")}]}}')
    import_timeline(source="in/t.json", story="x", content="content")
    Path("content/x/media/Red.svg").write_bytes(green)  # added by an editor since
    slides = [slide(2001, "A", "a/dot.svg"), slide(2002, "B", "b/dot.svg"), slide(2003, "C", "c/red.svg")]
    Path("in/t.json").write_text(f'{{"events": [{", ".join(slides)}]}}')
    import_timeline(source="in/t.json", story="x", content="content", force=True)
    media = Path("content/x/media")
    assert {p.name: p.read_bytes() for p in media.iterdir()} == {
        "dot.svg": blue,  # the same bytes again: named again, not copied
        "Red.svg": green,  # kept, whatever the case of the name that would clash
        "dot-2.svg": red,  # and for c/red.svg, the same picture: one file
    }
    events = Path("content/x/events")
    assert '  src: "media/dot.svg"\n' in (events / "2001-a.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in (events / "2002-b.yaml").read_text()
    assert '  src: "media/dot-2.svg"\n' in (events / "2003-c.yaml").read_text()
    errors_of_check()


def test_without_a_title_slide_the_summary_written_by_hand_stays_and_the_draft_line_goes_once_it_has_one(
    empty: Project,
) -> None:
    # The source gives no summary: an editor's stays through --force (it went back to the
    # TODO, published). Once the source has a title slide, the import's draft line goes.
    untitled = '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}'
    Path("t.json").write_text(untitled)
    import_timeline(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    story.write_text(
        story.read_text().replace(
            '"TODO: two or three sentences on what this explainer is about."', "Written by hand."
        )
    )
    import_timeline(source="t.json", story="s", content="content", force=True)
    text = story.read_text()
    assert "summary: Written by hand.\n" in text and "TODO" not in text
    assert text.count("draft: true") == 1  # still a draft: the editor has not deleted the line
    titled = untitled[:-1] + ', "title": {"text": {"headline": "The port", "text": "<p>A summary.</p>"}}}'
    Path("t.json").write_text(titled)
    import_timeline(source="t.json", story="s", content="content", force=True)
    text = story.read_text()
    assert 'summary: "A summary."' in text and "Written by hand" not in text and "draft" not in text


def test_without_a_title_slide_importing_again_untouched_writes_the_same_story(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its title, placeholder summary and draft line are the import's own: imported again,
    # they went below "Kept from this file before the import (not in the source)", and
    # the import said it "kept the fields added by hand" in story.yaml.
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="s", content="content")
    story = Path("content/s/story.yaml")
    first = story.read_text()
    capsys.readouterr()
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert story.read_text() == first
    assert "added by hand" not in capsys.readouterr().err
    # A field an editor adds is what is kept, and said to be.
    story.write_text(first + "byline: Ann Lee\n")
    assert main(["import", "timelinejs", "t.json", "--story", "s", "--force"]) == 0
    assert (
        story.read_text()
        == first + "# Kept from this file before the import (not in the source):\nbyline: Ann Lee\n"
    )
    assert (
        "kept the fields added by hand (figures, places...) in 1 file: story.yaml" in capsys.readouterr().err
    )


def test_importing_again_does_not_copy_a_picture_the_story_has(empty: Project, https_server: Server) -> None:
    gate = photo(64, 48)
    https_server.answers["/gate.jpg"] = Answer(gate)
    https_server.answers["/same/gate.jpg"] = Answer(gate)  # moved on its site since
    Path("t.json").write_text(timeline_of(f"{https_server.url}/gate.jpg"))
    import_timeline(source="t.json", story="port", content="content")
    media = Path("content/port/media")
    (media / "gate.jpg").rename(media / "main-gate.jpg")  # an editor's better name (and src)
    event = Path("content/port/events/2001-event-1.yaml")
    event.write_text(event.read_text().replace("media/gate.jpg", "media/main-gate.jpg"))
    Path("t.json").write_text(timeline_of(f"{https_server.url}/same/gate.jpg"))
    imported = import_timeline(source="t.json", story="port", content="content", force=True)
    assert [p.name for p in media.iterdir()] == ["main-gate.jpg"]
    assert imported.downloaded == 1
    assert '  src: "media/main-gate.jpg"\n' in event.read_text()
    errors_of_check()


@pytest.mark.parametrize(
    ("path", "before", "now"),
    [
        ("/Maui%27s%20fire.jpg", "maui-s-fire.jpg", "mauis-fire.jpg"),  # before ids joined 'Maui's'
        ("/1,000%20dead.jpg", "1-000-dead.jpg", "1000-dead.jpg"),  # and '1,000'
        ("/rate%202.125%25.jpg", "rate-2125.jpg", "rate-2-125.jpg"),  # before they told a decimal
    ],
)
def test_importing_again_names_a_picture_an_earlier_import_named_by_the_old_id_rules(
    empty: Project, https_server: Server, path: str, before: str, now: str
) -> None:
    # The picture's site sends it encoded anew, so its bytes are not the file's: it was
    # written under its name by today's rules beside the earlier import's, which was left
    # in media/ unused.
    https_server.answers[path] = Answer(photo(64, 48))
    Path("t.json").write_text(timeline_of(f"{https_server.url}{path}"))
    import_timeline(source="t.json", story="port", content="content")
    media = Path("content/port/media")
    event = Path("content/port/events/2001-event-1.yaml")
    assert [p.name for p in media.iterdir()] == [now]
    (media / now).rename(media / before)  # as an earlier version's import named it
    event.write_text(event.read_text().replace(f"media/{now}", f"media/{before}"))
    first = (media / before).read_bytes()
    https_server.answers[path] = Answer(photo(64, 47))
    imported = import_timeline(source="t.json", story="port", content="content", force=True)
    assert imported.downloaded == 1
    assert [p.name for p in media.iterdir()] == [before]
    assert (media / before).read_bytes() == first  # never overwritten
    assert f'  src: "media/{before}"\n' in event.read_text()
    errors_of_check()


def test_a_picture_whose_new_name_a_file_has_is_not_named_by_the_old_rules(
    empty: Project, https_server: Server
) -> None:
    # Both names in media/: the one by today's rules is the picture's, as before.
    https_server.answers["/Maui%27s%20fire.jpg"] = Answer(photo(64, 48))
    Path("t.json").write_text(timeline_of(f"{https_server.url}/Maui%27s%20fire.jpg"))
    import_timeline(source="t.json", story="port", content="content")
    media = Path("content/port/media")
    (media / "maui-s-fire.jpg").write_bytes(photo(32, 32))
    https_server.answers["/Maui%27s%20fire.jpg"] = Answer(photo(64, 47))
    import_timeline(source="t.json", story="port", content="content", force=True)
    event = Path("content/port/events/2001-event-1.yaml")
    assert '  src: "media/mauis-fire-2.jpg"\n' in event.read_text()


def test_an_import_refused_after_downloading_leaves_nothing_behind(
    empty: Project, https_server: Server
) -> None:
    https_server.answers["/lead.png"] = Answer(tiny_png())
    # The title slide's picture is downloaded; then no event can be imported.
    Path("t.json").write_text(
        json.dumps(
            {
                "title": {"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/lead.png"}},
                "events": [{"start_date": {"year": "-500"}, "text": {"headline": "Too early"}}],
            }
        )
    )
    with pytest.raises(ContentError):
        import_timeline(source="t.json", story="port", content="content")
    assert https_server.asked == ["/lead.png"]
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml"]


def test_a_picture_beside_the_timeline_over_50_mb_is_copied_when_the_site_allows_it(empty: Project) -> None:
    # A site whose media_max_mb is over the default 50 took the picture when converting,
    # then the copy into media/ read it with the default limit: a traceback, nothing written.
    empty.write("content/site.yaml", "title: Imports\nmedia_max_mb: 60\n")
    Path("pics").mkdir()
    big = tiny_png() + b"\0" * 51_000_000
    Path("pics/big.png").write_bytes(big)
    Path("t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}, "media": {"url": "pics/big.png"}}]}'
    )
    imported = import_timeline(source="t.json", story="s", content="content")
    assert [e.image.src if e.image else None for e in imported.story.events] == ["media/big.png"]
    assert Path("content/s/media/big.png").read_bytes() == big


@pytest.mark.parametrize("linked", ["media", "events", "media/maps"])
def test_force_never_writes_through_a_folder_of_the_story_that_is_a_link(
    empty: Project, tmp_path: Path, linked: str
) -> None:
    # --force wrote the pictures through a linked media/ (or one of its folders), outside
    # the project; a linked events/ failed halfway, with a traceback. Check refuses both.
    dot = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    Path("in/media/maps").mkdir(parents=True)
    Path("in/media/maps/dot.svg").write_bytes(dot)
    Path("in/t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A", "text": "a"},'
        ' "media": {"url": "media/maps/dot.svg", "alt": "Blue"}}]}'
    )
    import_timeline(source="in/t.json", story="x", content="content")
    story = Path("content/x")
    before = {p: p.read_bytes() for p in story.rglob("*") if p.is_file()}
    outside = tmp_path / "outside"
    outside.mkdir()
    shutil.rmtree(story / linked)
    (story / linked).symlink_to(outside)
    with pytest.raises(
        UsageError, match=rf"^content/x/{linked} is not a folder \(a link or a file\); nothing"
    ):
        import_timeline(source="in/t.json", story="x", content="content", force=True)
    assert list(outside.iterdir()) == []
    assert {p: p.read_bytes() for p in story.rglob("*") if p.is_file()} == {
        p: data for p, data in before.items() if not p.is_relative_to(story / linked)
    }


def test_force_refuses_a_media_folder_that_is_a_file(empty: Project) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="x", content="content")
    Path("content/x/media").write_text("not a folder")
    with pytest.raises(UsageError, match=r"^content/x/media is not a folder"):
        import_timeline(source="t.json", story="x", content="content", force=True)


def test_force_replaces_only_the_event_files_and_keeps_the_rest_of_events(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # events/ was deleted whole: an editor's notes, a backup, an event check only warns
    # about ('kept.YAML') and a scratch file all went, and nothing said so.
    two = (
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B"}}]}'
    )
    Path("t.json").write_text(two)
    import_timeline(source="t.json", story="x", content="content")
    events = Path("content/x/events")
    others = {"NOTES.md": "notes", "x.yaml.orig": "backup", "kept.YAML": "title: K\n", ".editor-scratch": "s"}
    # And YAML files loading passes over: hidden, private, a lock file (review54b).
    others |= {".scratch.yaml": "s", "_notes.yaml": "n", "~lock.yaml": "l"}
    for name, text in others.items():
        (events / name).write_text(text)
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A2"}}]}')
    assert main(["import", "timelinejs", "t.json", "--story", "x", "--force"]) == 0
    assert "deleted 1 event file that t.json does not have: 2002-b.yaml" in capsys.readouterr().err
    assert {p.name: p.read_text() for p in events.iterdir() if p.name in others} == others
    assert sorted(p.name for p in events.iterdir()) == sorted([*others, "2001-a.yaml"])
    assert 'title: "A2"' in (events / "2001-a.yaml").read_text()


def test_force_never_replaces_what_is_no_event_file_in_events(empty: Project, tmp_path: Path) -> None:
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    import_timeline(source="t.json", story="x", content="content")
    event = Path("content/x/events/2001-a.yaml")
    event.unlink()
    event.symlink_to(tmp_path / "elsewhere.yaml")
    with pytest.raises(
        UsageError, match=r"^content/x/events/2001-a.yaml is not an event file the import can"
    ):
        import_timeline(source="t.json", story="x", content="content", force=True)
    assert event.is_symlink()


@pytest.mark.parametrize("failing", ["content/x/events/2001-a.yaml", "content/x/story.yaml"])
def test_a_force_that_fails_halfway_leaves_the_story_as_it_was(
    empty: Project, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    # story.yaml was replaced first, then events/ deleted; a rename that failed after left
    # the new story.yaml with no events, and the error named the hidden staging folder.
    Path("in").mkdir()
    Path("in/dot.svg").write_bytes((FIXTURES / "pictures" / "dot.svg").read_bytes())
    Path("in/t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B"}}]}'
    )
    import_timeline(source="in/t.json", story="x", content="content")
    story = Path("content/x")
    (story / "events" / "NOTES.md").write_text("notes")
    before = {str(p): p.read_bytes() for p in story.rglob("*") if p.is_file()}
    folders = sorted(str(p) for p in story.rglob("*") if p.is_dir())
    Path("in/t.json").write_text(
        '{"title": {"text": {"headline": "New", "text": "New."}},'
        ' "events": [{"start_date": {"year": "2001"}, "text": {"headline": "A2"},'
        ' "media": {"url": "dot.svg", "alt": "Dot"}}]}'
    )
    rename, replace = os.rename, os.replace
    fails = [failing]

    def failing_once(src: str, dst: str) -> None:
        if fails and os.fspath(dst) == fails[0]:
            fails.clear()
            raise OSError(errno.EIO, "Input/output error", src, None, dst)
        rename(src, dst)

    monkeypatch.setattr(os, "rename", failing_once)
    monkeypatch.setattr(os, "replace", failing_once)
    with pytest.raises(UsageError) as raised:
        import_timeline(source="in/t.json", story="x", content="content", force=True)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "replace", replace)
    assert str(raised.value) == (
        f"content/x could not be replaced ({failing}: Input/output error); the story is left as it was"
    )
    assert {str(p): p.read_bytes() for p in story.rglob("*") if p.is_file()} == before
    assert sorted(str(p) for p in story.rglob("*") if p.is_dir()) == folders  # no media/ left made
    assert sorted(p.name for p in Path("content").iterdir()) == ["site.yaml", "x"]


def test_pictures_beside_the_timeline_get_names_check_takes(empty: Project) -> None:
    # 'media/...' names were kept as they were: a hidden or private name was passed over
    # by loading (the event's picture missing), a reversing character refused by check.
    dot = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    wanted = {
        "media/.hidden.svg": "media/hidden.svg",
        "media/_notes.svg": "media/notes.svg",
        "media/.priv/x.svg": "media/priv/x.svg",
        "media/maps/a\u202egvs.SVG": "media/maps/agvs.svg",
        "media/maps/kept name.svg": "media/maps/kept name.svg",  # check takes it: as it is
        "pics/_private.svg": "media/private.svg",
    }
    slides = []
    for n, (url, _) in enumerate(wanted.items()):
        Path("in", url).parent.mkdir(parents=True, exist_ok=True)
        Path("in", url).write_bytes(dot.replace(b'fill="blue"', f'fill="#00000{n}"'.encode()))
        slides.append(
            {"start_date": {"year": str(2001 + n)}, "text": {"headline": f"E{n}"}, "media": {"url": url}}
        )
    Path("in/t.json").write_text(json.dumps({"events": slides}))
    imported = import_timeline(source="in/t.json", story="x", content="content")
    assert [e.image.src if e.image else None for e in imported.story.events] == list(wanted.values())
    for n, src in enumerate(wanted.values()):
        assert f'fill="#00000{n}"'.encode() in Path("content/x", src).read_bytes()
    errors_of_check()


def test_a_force_stopped_halfway_by_ctrl_c_leaves_the_story_as_it_was(
    empty: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The old event files, put aside in the staging folder, were deleted with it.
    Path("in").mkdir()
    Path("in/t.json").write_text(
        '{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}},'
        ' {"start_date": {"year": "2002"}, "text": {"headline": "B"}}]}'
    )
    import_timeline(source="in/t.json", story="x", content="content")
    story = Path("content/x")
    before = {str(p): p.read_bytes() for p in story.rglob("*") if p.is_file()}
    Path("in/t.json").write_text('{"events": [{"start_date": {"year": "2003"}, "text": {"headline": "C"}}]}')
    rename = os.rename
    once = [True]

    def stopped(src: str, dst: str) -> None:  # at the first new event file moved in
        if once and os.path.dirname(os.fspath(dst)) == os.path.join("content", "x", "events"):
            once.clear()
            raise KeyboardInterrupt
        rename(src, dst)

    monkeypatch.setattr(os, "rename", stopped)
    with pytest.raises(KeyboardInterrupt):
        import_timeline(source="in/t.json", story="x", content="content", force=True)
    monkeypatch.setattr(os, "rename", rename)
    assert {str(p): p.read_bytes() for p in story.rglob("*") if p.is_file()} == before
    assert [p.name for p in Path("content").iterdir() if p.name.startswith(".")] == []


def test_a_new_story_that_cannot_be_moved_in_is_named_as_the_editor_knows_it(
    empty: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The error named the hidden staging folder (review54b).
    Path("t.json").write_text('{"events": [{"start_date": {"year": "2001"}, "text": {"headline": "A"}}]}')
    rename = os.rename

    def refused(src: str, dst: str) -> None:
        if os.fspath(dst) == os.path.join("content", "x"):
            raise OSError(errno.EACCES, "Permission denied", src, None, dst)
        rename(src, dst)

    monkeypatch.setattr(os, "rename", refused)
    with pytest.raises(UsageError) as raised:
        import_timeline(source="t.json", story="x", content="content")
    assert str(raised.value) == "content/x could not be made (Permission denied); nothing was written"
    assert [p.name for p in Path("content").iterdir() if p.name.startswith(".")] == []


def test_a_headline_corrected_in_the_sheet_is_not_said_as_the_files_title_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The file keeps its address (its name was made from the old headline): the note says
    # the headline changed; the file's title was the import's own, no editor's words lost.
    Path("sheet.csv").write_text(MINE)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    Path("sheet.csv").write_text(MINE.replace("Note found", "Note is found"))
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    err = capsys.readouterr().err
    assert (
        "note: kept the address of events/2010-08-22-note-found.yaml: its headline changed to 'Note is found'"
        in err
    )
    assert "replaced" not in err


@pytest.mark.parametrize(
    ("headline", "edited"),
    [
        ("Maui's fires", "Maui’s fires"),  # a straight apostrophe made curly
        ("Maui\u00a0 fires", "Maui fires"),  # a no-break space and a space made one space
        ("Maui fires", "Maui  fires"),  # two spaces, which no import writes
    ],
)
def test_an_editors_fix_of_apostrophes_or_spaces_alone_in_a_file_that_keeps_its_address_is_said(
    empty: Project, capsys: pytest.CaptureFixture[str], headline: str, edited: str
) -> None:
    # The file's title made the same id as the import's headline had, so it was taken for
    # the import's own title, and the editor's fix went unsaid when the corrected headline
    # replaced it.
    Path("sheet.csv").write_text(MINE.replace("Note found", headline))
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    [note] = Path("content/mine/events").glob("2010-08-22-*.yaml")
    text = note.read_text()
    assert f'title: "{headline}"' in text
    note.write_text(text.replace(f'title: "{headline}"', f'title: "{edited}"'))
    Path("sheet.csv").write_text(MINE.replace("Note found", f"{headline} spread"))
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    err = capsys.readouterr().err
    assert f"note: kept the address of events/{note.name}" in err
    assert "replaced the file's title with the row's: an import takes what its source gives" in err
    assert f"the file had: title '{edited}'" in err


def test_an_imports_own_title_with_an_apostrophe_is_not_said_as_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The import's own headline, in the source's hand, corrected in the sheet: no one's words.
    Path("sheet.csv").write_text(MINE.replace("Note found", "Maui's fires"))
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    Path("sheet.csv").write_text(MINE.replace("Note found", "Maui's fires spread"))
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    err = capsys.readouterr().err
    assert "note: kept the address of events/2010-08-22-mauis-fires.yaml" in err
    assert "replaced" not in err


def test_a_title_written_in_a_file_that_keeps_its_address_is_said_as_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The editor's own title in the file (not the one its name was made from) is quoted.
    Path("sheet.csv").write_text(MINE)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    note = Path("content/mine/events/2010-08-22-note-found.yaml")
    note.write_text(note.read_text().replace('title: "Note found"', 'title: "A note, found"'))
    Path("sheet.csv").write_text(MINE.replace("Note found", "Note is found"))
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    err = capsys.readouterr().err
    assert "replaced the file's title with the row's" in err
    assert "the file had: title 'A note, found'" in err


SAME_DAY = MINE.split("2010,8,5")[0] + (
    "2010,8,22,,,,,,,Miner's note found,A note is found.,,,,,,,\n"
    '2010,8,22,,,,,,,"Drill hits 1,000 metres",The drill goes on.,,,,,,,\n'
)
"""Two events on one day, whose headlines have an apostrophe and a number in groups."""


def _as_named_before(events: Path, renamed: dict[str, str]) -> None:
    """The event files ``renamed`` (now -> before) as an import wrote them before ids
    joined '1,000' and 'Miner's' ('1-000', 'miner-s')."""
    for now, before in renamed.items():
        (events / f"{now}.yaml").rename(events / f"{before}.yaml")
    for file in events.iterdir():  # and named so by the others ('after:')
        text = file.read_text()
        for now, before in renamed.items():
            text = text.replace(now, before)
        file.write_text(text)


def test_importing_again_keeps_the_files_named_before_ids_joined_numbers_and_apostrophes(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Their dates cannot tell which file is which slide's (two on one day): without the
    # spelling, both files were deleted and written again under new names, moving their pages.
    Path("sheet.csv").write_text(SAME_DAY)
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    events = Path("content/mine/events")
    before = {"2010-08-22-miners-note-found": "2010-08-22-miner-s-note-found"}
    before["2010-08-22-drill-hits-1000-metres"] = "2010-08-22-drill-hits-1-000-metres"
    _as_named_before(events, before)
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    assert sorted(p.stem for p in events.iterdir()) == sorted(before.values())
    assert "replaced" not in capsys.readouterr().err


def test_a_corrected_headline_in_a_file_named_before_ids_joined_apostrophes_is_not_said_as_replaced(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The file's title is the one its name was made from, by the rule of then: the import's.
    Path("sheet.csv").write_text(MINE.replace("Note found", "Miner's note found"))
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine"]) == 0
    events = Path("content/mine/events")
    _as_named_before(events, {"2010-08-22-miners-note-found": "2010-08-22-miner-s-note-found"})
    Path("sheet.csv").write_text(MINE.replace("Note found", "Miner's note is found"))
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "mine", "--force"]) == 0
    err = capsys.readouterr().err
    assert "kept the address of events/2010-08-22-miner-s-note-found.yaml" in err
    assert "replaced" not in err


GERMAN_SHEET = (
    "Year,Month,Day,Time,Display Date,Headline,Text\r\n"
    '2021,7,14,22:30,"14. Juli 2021, 22:30 Uhr",Pegel fällt aus,Die Messstation fällt aus.\r\n'
)


def test_a_display_date_the_pages_now_write_themselves_is_not_said_as_removed(
    empty: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A German sheet imported before German pages wrote 'Uhr' kept each slide's
    # '14. Juli 2021, 22:30 Uhr' as its event's display_date. Imported again, the import
    # rightly leaves it to the pages, but said, of every timed slide, "removed the file's
    # display_date, which the slide does not have": the slide had those very words.
    empty.write("content/site.yaml", "title: Erklärstücke\nlanguage: de\n")
    Path("sheet.csv").write_text(GERMAN_SHEET, encoding="utf-8")
    assert main(["import", "timelinejs", "sheet.csv", "--story", "flut"]) == 0
    event = next(Path("content/flut/events").glob("*.yaml"))
    assert "display_date" not in event.read_text(encoding="utf-8")
    event.write_text(
        event.read_text(encoding="utf-8").replace(
            "date: 2021-07-14T22:30\n", 'date: 2021-07-14T22:30\ndisplay_date: "14. Juli 2021, 22:30 Uhr"\n'
        ),
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import", "timelinejs", "sheet.csv", "--story", "flut", "--force"]) == 0
    assert "display_date" not in capsys.readouterr().err
    assert "display_date" not in event.read_text(encoding="utf-8")
    # An editor's own words there are still said, and quoted.
    event.write_text(
        event.read_text(encoding="utf-8").replace(
            "date: 2021-07-14T22:30\n", 'date: 2021-07-14T22:30\ndisplay_date: "Spätabends am 14. Juli"\n'
        ),
        encoding="utf-8",
    )
    assert main(["import", "timelinejs", "sheet.csv", "--story", "flut", "--force"]) == 0
    assert "removed the file's display_date, which the row does not have" in capsys.readouterr().err


def test_a_place_only_slides_picture_is_copied_in_beside_the_events(empty: Project) -> None:
    # A StoryMapJS slide without a date is a place: its picture was never copied in.
    blue = (FIXTURES / "pictures" / "dot.svg").read_bytes()
    red = blue.replace(b'fill="blue"', b'fill="red"')
    Path("in").mkdir()
    Path("in/blue.svg").write_bytes(blue)
    Path("in/red.svg").write_bytes(red)
    dated = '{"date": "2001", "text": {"headline": "A", "text": "a"}, "media": {"url": "blue.svg"}}'
    undated = (
        '{"text": {"headline": "Dock", "text": "b"}, "media": {"url": "red.svg"}, '
        '"location": {"lat": 51.9, "lon": 4.45, "name": "Dock"}}'
    )
    Path("in/s.json").write_text(f'{{"storymap": {{"slides": [{dated}, {undated}]}}}}')
    main(["import", "storymapjs", "in/s.json", "--story", "x"])
    assert Path("content/x/media/blue.svg").read_bytes() == blue
    assert Path("content/x/media/red.svg").read_bytes() == red
    assert "![Dock](media/red.svg)" in Path("content/x/locations/dock.yaml").read_text()
