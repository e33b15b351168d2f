"""A timeline given by its address (``importers/remote.py``): which addresses name one,
what is downloaded for each, and the import of one from a real HTTPS server here."""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import UsageError
from generator.importers import remote
from generator.importers.remote import GOOGLE_SHEETS, address
from tests.conftest import Project
from tests.https_server import Answer, Server
from tests.images import tiny_png
from tests.importing import KEY, served_sheet

pytestmark = pytest.mark.usefixtures("local_only")

EXPORT = f"{GOOGLE_SHEETS}/d/{KEY}/export?format=csv"
EMBED = "https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html"


@pytest.mark.parametrize(
    ("given", "url", "extension", "language"),
    [
        # The address in the browser's bar, in its forms: the tab it shows is the one asked for.
        (f"https://docs.google.com/spreadsheets/d/{KEY}/edit#gid=0", f"{EXPORT}&gid=0", ".csv", None),
        (f"https://docs.google.com/spreadsheets/d/{KEY}/edit?usp=sharing", EXPORT, ".csv", None),
        (
            f"https://docs.google.com/spreadsheets/u/1/d/{KEY}/edit#gid=1422",
            f"{EXPORT}&gid=1422",
            ".csv",
            None,
        ),
        # 'Publish to web' gives a key of its own, exported as published.
        (
            "https://docs.google.com/spreadsheets/d/e/2PACX-1vQabc_DEF-123/pubhtml",
            f"{GOOGLE_SHEETS}/d/e/2PACX-1vQabc_DEF-123/pub?output=csv",
            ".csv",
            None,
        ),
        # Google's older addresses, with the key as a parameter.
        (f"https://docs.google.com/spreadsheet/ccc?key={KEY}#gid=0", f"{EXPORT}&gid=0", ".csv", None),
        # The embed link names the sheet by its key, and the language of its buttons; English
        # is TimelineJS's default, which says nothing of the timeline's own.
        (f"{EMBED}?source={KEY}&font=Default&lang=fr&initial_zoom=2&height=650", EXPORT, ".csv", "fr"),
        (f"{EMBED}?source={KEY}&lang=en", EXPORT, ".csv", None),
        (f"{EMBED}?source={KEY}&lang=zh-cn", EXPORT, ".csv", "zh-Hans"),
        (
            f"{EMBED}?source={urllib.parse.quote('https://news.example/t.json', safe='')}&lang=de",
            "https://news.example/t.json",
            ".json",
            "de",
        ),
        # The embed code TimelineJS gives to paste into an article, as a newsroom's CMS holds it.
        (
            f"<iframe src='{EMBED}?source={KEY}&amp;font=Default&amp;lang=es&amp;initial_zoom=2&amp;height=650' "
            "width='100%' height='650' webkitallowfullscreen mozallowfullscreen allowfullscreen "
            "frameborder='0'></iframe>",
            EXPORT,
            ".csv",
            "es",
        ),
        # An embed link of TimelineJS's first years, on plain http: the page itself is
        # never downloaded, only the sheet it names (it was refused: "write https://").
        (f"{EMBED.replace('https:', 'http:')}?source={KEY}&lang=it", EXPORT, ".csv", "it"),
        ("https://news.example/data/timeline.json", "https://news.example/data/timeline.json", ".json", None),
        ("https://news.example/timeline", "https://news.example/timeline", "", None),  # told by what it holds
    ],
)
def test_an_address_names_what_is_downloaded(
    given: str, url: str, extension: str, language: str | None
) -> None:
    found = address(given)
    assert found is not None
    assert (found.url, found.extension, found.language) == (url, extension, language)
    # Reports and story.yaml name the address given (an embed code's own).
    assert found.given == (
        given
        if "<iframe" not in given
        else f"{EMBED}?source={KEY}&font=Default&lang=es&initial_zoom=2&height=650"
    )


def test_an_embed_code_s_address_without_its_scheme_is_https() -> None:
    # TimelineJS's embed codes, in the articles that hold them, write the address without
    # 'https:' ('//cdn.knightlab.com/...'), which the page's own scheme completes.
    code = (
        f"<iframe src='{EMBED.removeprefix('https:')}?source={KEY}&font=Default&lang=es&height=650' "
        "width='100%' height='650' frameborder='0'></iframe>"
    )
    found = address(code)
    assert found is not None
    assert (found.url, found.language) == (EXPORT, "es")
    assert found.given == f"{EMBED}?source={KEY}&font=Default&lang=es&height=650"


@pytest.mark.parametrize(
    "code",
    [
        # A ' src=' inside another attribute's value is no address of the frame's.
        f"<iframe title=\"a src='https://elsewhere.example/t.json'\" src='{EMBED}?source={KEY}&amp;lang=es'>",
        # Of two src attributes, the browser takes the first.
        f"<iframe src='{EMBED}?source={KEY}&amp;lang=es' src='https://elsewhere.example/t.json'>",
        f'<IFRAME SRC="{EMBED}?source={KEY}&amp;lang=es"></IFRAME>',
    ],
)
def test_an_embed_code_s_address_is_the_one_a_browser_reads(code: str) -> None:
    found = address(code)
    assert found is not None
    assert (found.url, found.language) == (EXPORT, "es")


@pytest.mark.parametrize("given", ["timeline.csv", "exports/t.json", "C:\\Users\\ed\\t.csv", "https.csv"])
def test_a_files_path_is_no_address(given: str) -> None:
    assert address(given) is None


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("http://news.example/t.json", "only https:// addresses are downloaded (write https://)"),
        (f"{EMBED}?font=Default&lang=fr", "is a TimelineJS page that names no timeline (no 'source=')"),
        (f"{EMBED}?source=my%20sheet", "names the timeline 'my sheet', which is neither a Google Sheet nor"),
        ("https://docs.google.com/document/d/abc/edit", "is no Google Sheet's address: copy it from"),
    ],
)
def test_an_address_of_no_timeline_is_refused(given: str, said: str) -> None:
    with pytest.raises(UsageError) as caught:
        address(given)
    assert said in str(caught.value)


def test_a_sheet_is_imported_from_its_address(
    empty: Project, https_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A newsroom's timeline is a Google Sheet: it had to be downloaded as CSV, then imported.
    given = served_sheet(https_server, monkeypatch)
    # A picture the sheet names by a relative address is looked for beside a file on this
    # computer; a sheet downloaded from anywhere must not take one of the editor's files.
    Path("photo.png").write_bytes(tiny_png())
    assert main(["import", "timelinejs", given, "--story", "strike"]) == 1  # a row left out
    out, err = capsys.readouterr()
    assert out.splitlines()[:2] == [
        "downloaded the timeline from 127.0.0.1",
        "imported 2 events into content/strike/",
    ]
    # Reports name the sheet as Google Sheets names its CSV, by its row and column.
    assert "Harbour strike - Sheet1.csv:5:1: Year '20l0' is not a year; row left out" in err
    beside = "Harbour strike - Sheet1.csv:3:12: media 'photo.png' cannot be read beside the timeline"
    assert f"{beside} (No such file or directory)" in err
    assert not Path("content/strike/media").exists()
    story = Path("content/strike/story.yaml").read_text()
    assert f"# Imported from {given} by explainer import timelinejs.\n" in story
    assert 'title: "Harbour strike"\n' in story
    assert sorted(p.name for p in Path("content/strike/events").iterdir()) == [
        "2010-04-07-dockers-walk-out.yaml",
        "2010-04-14-talks-resume.yaml",
    ]
    assert not [p for p in Path("content").iterdir() if p.name.startswith(".")]  # the download is gone


def test_an_embed_link_gives_the_timelines_language(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    https_server.answers["/t.json"] = Answer(
        b'{"events": [{"start_date": {"year": "2010", "month": "4", "day": "7"}, '
        b'"text": {"headline": "Les dockers cessent le travail", "text": "Le port est \\u00e0 l\'arr\\u00eat."}}]}'
    )
    link = f"{EMBED}?source={urllib.parse.quote(https_server.url + '/t.json', safe='')}&lang=fr&height=650"
    assert main(["import", "timelinejs", link, "--story", "greve"]) == 0
    assert "\nlanguage: fr\n" in Path("content/greve/story.yaml").read_text()
    # A language pages are not made in is said, and the story is in the site's.
    link = link.replace("lang=fr", "lang=tlh")
    assert main(["import", "timelinejs", link, "--story", "klingon"]) == 0
    _, err = capsys.readouterr()
    assert f"{link}: the embed link asks for 'tlh': there is no translation" in err
    assert "the story is in the site's language (--language to choose)" in err
    assert "language:" not in Path("content/klingon/story.yaml").read_text()


def test_a_sheet_not_open_to_anyone_with_its_link_is_said(
    empty: Project, https_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Google answers a sheet not shared with its sign-in page, which the import read as a
    # web page given by mistake.
    given = served_sheet(https_server, monkeypatch, body="<!DOCTYPE html><html><title>Sign in</title></html>")
    assert main(["import", "timelinejs", given, "--story", "strike"]) == 2
    _, err = capsys.readouterr()
    assert "127.0.0.1 sent a page, not the sheet: it is not open to anyone with its link." in err
    assert "Share > General access > 'Anyone with the link'" in err
    assert not Path("content/strike").exists()
    assert not [p for p in Path("content").iterdir() if p.name.startswith(".")]


def test_a_timeline_that_cannot_be_downloaded_is_said(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    given = f"{https_server.url}/gone.json"
    assert main(["import", "timelinejs", given, "--story", "s"]) == 2
    _, err = capsys.readouterr()
    assert f"could not download the timeline at {given}: 127.0.0.1 answered 404 Not Found" in err
    assert not Path("content/s").exists()


def test_a_servers_name_for_the_file_is_one_files_name() -> None:
    assert remote._file_name("../../etc/Harbour - Sheet1.csv") == "Harbour - Sheet1.csv"
    assert remote._file_name("a\nb.csv") == "a\\nb.csv"  # on one line
    assert remote._file_name("..") is None
    assert remote._file_name(None) is None


@pytest.mark.parametrize(
    "given",
    [
        "https://127.0.0.1:9/t.json",
        f"{EMBED}?source={urllib.parse.quote('https://localhost:9/t.json', safe='')}&lang=de",
    ],
)
def test_a_timeline_on_this_computer_or_a_private_network_is_not_asked(
    empty: Project, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    # Nothing listens there: the refusal comes first, and tells what to do with a timeline,
    # not a picture ('save the picture into media/').
    assert main(["import", "timelinejs", given, "--story", "s"]) == 2
    _, err = capsys.readouterr()
    assert f"could not download the timeline at {given}: " in err
    assert (
        "is on this computer or a private network (127.0.0.1), not a public site; "
        "download it yourself, if it is yours to publish, and import that file"
    ) in err
    assert "picture" not in err
    assert not Path("content/s").exists()
    assert not [p for p in Path("content").iterdir() if p.name.startswith(".")]


def test_a_timeline_cut_short_is_said_to_be(
    empty: Project, https_server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    https_server.answers["/cut.json"] = Answer(
        b'{"events": [', length=False, headers=(("Content-Length", "5000"),)
    )
    given = f"{https_server.url}/cut.json"
    assert main(["import", "timelinejs", given, "--story", "s"]) == 2
    _, err = capsys.readouterr()
    assert (
        f"could not download the timeline at {given}: the connection to 127.0.0.1 ended before the whole timeline arrived"
        in err
    )
    assert not Path("content/s").exists()
    assert not [p for p in Path("content").iterdir() if p.name.startswith(".")]
