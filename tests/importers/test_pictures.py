"""Pictures downloaded from https:// addresses or copied from beside the timeline into the
story's media/, each under one name, and what is said when one cannot be."""

from __future__ import annotations

import socket
import ssl
from pathlib import Path
from typing import Any

import pytest

from generator.importers.fetch import Fetcher
from generator.importers.pictures import Picture, original_name
from tests.https_server import Answer, Server
from tests.images import photo, tiny_png, truncated
from tests.importers.test_convert import one, run, slide

# Pictures at https:// addresses, downloaded


@pytest.fixture
def fetch(https_server: Server, tmp_path: Path, local_only: None) -> Fetcher:
    """A fetcher that trusts the test server (through its context, not the environment)."""
    return Fetcher(str(tmp_path / "downloads"), context=https_server.context)


def test_a_picture_at_an_https_address_is_downloaded_into_media(https_server: Server, fetch: Fetcher) -> None:
    data = photo(64, 48)
    https_server.answers["/photos/Zo%C3%AB%20at%20the%20gate.JPG"] = Answer(data)
    url = f"{https_server.url}/photos/Zoë at the gate.JPG"
    story, reports = run(
        slide(
            media={
                "url": url,
                "credit": "Photo Agency",
                "caption": "<p>The <em>east</em> gate.</p>",
                "alt": "A gate",
            }
        ),
        fetch=fetch,
    )
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.copy_from is not None
    # The name by the story's rules for ids, the extension in small letters; the rest as before.
    assert image == Picture(
        "media/zoe-at-the-gate.jpg",
        "A gate",
        "Photo Agency",
        "The *east* gate.",
        image.copy_from,
        address=f"{https_server.url}/photos/Zo%C3%AB%20at%20the%20gate.JPG",
    )
    assert Path(image.copy_from).read_bytes() == data


def test_a_picture_at_a_host_named_in_other_letters_is_downloaded_from_its_idna_name(
    https_server: Server, tmp_path: Path, local_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The test server is 127.0.0.1 with a certificate for that address alone: the name is
    # looked up as this machine, and the certificate's name is not checked.
    looked_up: list[str] = []
    here = socket.getaddrinfo

    def as_this_machine(host: str, *args: Any, **kwargs: Any) -> Any:
        looked_up.append(host)
        return here("127.0.0.1" if host == "xn--e1afmkfd.xn--p1ai" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", as_this_machine)
    context = ssl.create_default_context(cafile=https_server.cafile)
    context.check_hostname = False
    https_server.answers["/%D1%84%D0%BE%D1%82%D0%BE.jpg"] = Answer(photo(16, 16))
    port = https_server.url.rsplit(":", 1)[1]
    story, reports = run(
        slide(media={"url": f"https://пример.рф:{port}/фото.jpg"}),
        fetch=Fetcher(str(tmp_path / "downloads"), context=context),
    )
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.src == "media/foto.jpg"
    assert image.address == f"https://xn--e1afmkfd.xn--p1ai:{port}/%D1%84%D0%BE%D1%82%D0%BE.jpg"
    assert looked_up == ["xn--e1afmkfd.xn--p1ai"]


@pytest.mark.parametrize(
    "page",
    ["/wiki/File:Veldran%20dam.JPG", "/wiki/Veldran_Dam#/media/File:Veldran%20dam.JPG"],
)
def test_a_wikimedia_file_page_given_as_media_brings_its_picture(
    https_server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, page: str
) -> None:
    # TimelineJS shows the picture of a Commons file page, or of an article opened on one
    # (a newsroom pastes the address its browser shows). The import asked for the page,
    # HTML: the picture was not downloaded, and its <img> pointed at the page, a broken
    # picture for every reader.
    here = socket.getaddrinfo

    def as_this_machine(host: str, *args: Any, **kwargs: Any) -> Any:
        return here("127.0.0.1" if host == "commons.wikimedia.org" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", as_this_machine)
    context = ssl.create_default_context(cafile=https_server.cafile)
    context.check_hostname = False
    data = photo(32, 24)
    https_server.answers[page.split("#")[0]] = Answer(b"<!doctype html><title>File page</title>")
    https_server.answers["/wiki/Special:FilePath/Veldran%20dam.JPG"] = Answer(
        status=302, headers=(("Location", "/upload/4/4a/Veldran_dam.JPG"),)
    )
    https_server.answers["/upload/4/4a/Veldran_dam.JPG"] = Answer(data)
    port = https_server.url.rsplit(":", 1)[1]
    story, reports = run(
        slide(media={"url": f"https://commons.wikimedia.org:{port}{page}", "credit": "A. Lind"}),
        fetch=Fetcher(str(tmp_path / "downloads"), context=context),
    )
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.src == "media/veldran-dam.jpg" and image.credit == "A. Lind"
    assert image.copy_from is not None and Path(image.copy_from).read_bytes() == data
    assert https_server.asked[0] == "/wiki/Special:FilePath/Veldran%20dam.JPG"


def test_a_picture_not_downloaded_names_its_host_in_its_own_letters(fetch: Fetcher) -> None:
    story, reports = run(slide(media={"url": "https://bücher.de/a.jpg"}), fetch=fetch)
    assert story.events[0].image is not None
    assert story.events[0].image.src == "https://xn--bcher-kva.de/a.jpg"
    assert len(reports) == 1
    assert "picture not downloaded: could not reach bücher.de (" in reports[0]


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/photos/Bakiev%20%26%20Otunbayeva_2010.JPEG", "bakiev-otunbayeva-2010.jpeg"),
        ("/%D0%91%D0%B0%D0%BA%D0%B8%D0%B5%D0%B2.png", "bakiev.png"),  # Бакиев
        ("/.png", "picture.png"),  # not a hidden file
        ("/%E2%98%85.png", "picture.png"),  # ★
        ("/a/..%2F..%2F..%2Fetc%2Fcron.png?size=large", "cron.png"),  # never a folder of its own
        ("/Map.SVG", "map.svg"),  # a drawing, checked as the build checks SVG
    ],
)
def test_a_downloaded_pictures_name_is_made_by_the_id_rules(
    https_server: Server, fetch: Fetcher, path: str, name: str
) -> None:
    kinds = {".jpeg": photo(16, 16), ".png": tiny_png(), ".svg": SVG % b"map"}
    https_server.answers[path] = Answer(kinds[Path(name).suffix])
    story, reports = run(slide(media={"url": f"{https_server.url}{path}"}), fetch=fetch)
    assert reports == []
    assert story.events[0].image is not None and story.events[0].image.src == f"media/{name}"


def test_a_picture_sent_as_another_kind_than_its_address_says_is_named_for_what_it_is(
    https_server: Server, fetch: Fetcher
) -> None:
    # A picture site may send WebP for a '.jpg' address: check's words for it named the
    # download's own file ("rename it to '1.webp'"), which the editor never sees.
    import io

    from PIL import Image

    sent = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(sent, "WEBP")
    https_server.answers["/photos/gate.jpg"] = Answer(sent.getvalue())
    story, reports = run(slide(media={"url": f"{https_server.url}/photos/gate.jpg"}), fetch=fetch)
    assert reports == []
    image = story.events[0].image
    assert image is not None and image.src == "media/gate.webp"
    assert image.copy_from is not None and Path(image.copy_from).read_bytes() == sent.getvalue()


def test_a_file_of_another_kind_sent_for_a_picture_is_said_to_be_no_picture(
    https_server: Server, fetch: Fetcher
) -> None:
    # check's words for it ('is not a JPG file: it is a PDF...; export or save it again as
    # .jpg') were no help with a download.
    https_server.answers["/files/report.jpg"] = Answer(b"%PDF-1.4\n%%EOF\n")
    story, reports = run(slide(media={"url": f"{https_server.url}/files/report.jpg"}), fetch=fetch)
    assert story.events[0].image is not None
    assert story.events[0].image.src == f"{https_server.url}/files/report.jpg"
    assert reports == [
        "t.json:/events/0/media/url (events/2010-headline.yaml): picture not downloaded: what 127.0.0.1 "
        "sent for this JPG picture is 'application/pdf'; give the address of the picture itself, or save "
        "the picture into media/ and give that as its src; kept its address"
    ]


def test_one_picture_is_one_file_and_two_of_one_name_keep_apart(https_server: Server, fetch: Fetcher) -> None:
    first, second = photo(64, 48), photo(48, 64)
    https_server.answers["/a/photo.jpg"] = Answer(first)
    https_server.answers["/b/photo.jpg"] = Answer(second)
    https_server.answers["/c/copy.jpg"] = Answer(first)
    story, reports = run(
        slide("2001", "A", media={"url": f"{https_server.url}/a/photo.jpg"}),
        slide(
            "2002", "B", media={"url": f"{https_server.url}/b/photo.jpg"}
        ),  # another picture, the same name
        slide("2003", "C", media={"url": f"{https_server.url}/a/photo.jpg"}),  # the same address
        slide("2004", "D", media={"url": f"{https_server.url}/c/copy.jpg"}),  # the same picture elsewhere
        title={"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/a/photo.jpg"}},
        fetch=fetch,
    )
    assert reports == []
    assert story.image is not None and story.image.src == "media/photo.jpg"
    assert [e.image.src for e in story.events if e.image] == [
        "media/photo.jpg",
        "media/photo-2.jpg",
        "media/photo.jpg",
        "media/photo.jpg",
    ]
    assert https_server.asked == ["/a/photo.jpg", "/b/photo.jpg", "/c/copy.jpg"]  # each address once


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (Answer(b"gone", 404), "127.0.0.1 answered 404 Not Found"),
        (
            Answer(b"<!doctype html><title>Sign in</title>", headers=(("Content-Type", "text/html"),)),
            # It was told to 'export or save it again as .jpg', no help with a download.
            "what 127.0.0.1 sent for this JPG picture is no kind of picture (a web page, perhaps); give "
            "the address of the picture itself",
        ),
        (Answer(b"\xff\xd8\xff\xe0" + b"\0" * 100), "what 127.0.0.1 sent cannot be read as a picture ("),
        (
            Answer(status=302, headers=(("Location", "http://127.0.0.1:9/photo.jpg"),)),
            "its address leads on to 'http://127.0.0.1:9/photo.jpg', which is not https://",
        ),
        (Answer(b"x" * 60_000_000, length=True), "it is 60 MB, over the 50 MB a media file may be"),
    ],
    ids=["404", "html", "damaged", "http-redirect", "too-big"],
)
def test_a_picture_not_downloaded_keeps_its_address_and_says_why(
    https_server: Server, fetch: Fetcher, answer: Answer, why: str
) -> None:
    https_server.answers["/photo.jpg"] = answer
    url = f"{https_server.url}/photo.jpg"
    story, reports = run(slide(media={"url": url, "alt": "A gate"}), slide("2011", "Next"), fetch=fetch)
    image = story.events[0].image
    assert image is not None and (image.src, image.alt, image.copy_from, image.address) == (
        url,
        "A gate",
        None,
        "",
    )
    assert len(reports) == 1, reports
    said = f"t.json:/events/0/media/url (events/2010-headline.yaml): picture not downloaded: {why}"
    assert reports[0].startswith(said) and reports[0].endswith("; kept its address")
    assert not any(Path(fetch.folder).glob("*.part"))


def test_the_lead_pictures_report_names_story_yaml(https_server: Server, fetch: Fetcher) -> None:
    _, reports = run(
        slide(),
        title={"text": {"headline": "T"}, "media": {"url": f"{https_server.url}/lead.png"}},
        fetch=fetch,
    )
    assert reports == [
        "t.json:/title/media/url (story.yaml): picture not downloaded: 127.0.0.1 answered 404 Not Found; "
        "kept its address"
    ]


SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><title>%s</title></svg>'


@pytest.fixture
def beside(tmp_path: Path) -> Path:
    """A timeline's folder with pictures beside it, two of them of the same name."""
    for name, data in [
        ("pictures/dot.svg", SVG % b"a"),
        ("other/dot.svg", SVG % b"b"),
        ("other/Dot.SVG", SVG % b"c"),
        ("media/maps/plan.png", tiny_png()),
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_a_picture_beside_the_timeline_is_copied_into_media(beside: Path) -> None:
    folder = str(beside)
    event, reports = one(slide(media={"url": "pictures/dot.svg", "credit": "Me", "caption": "A dot"}), folder)
    assert reports == []
    assert event.image == Picture(
        "media/dot.svg", "A dot", "Me", "A dot", str(beside / "pictures" / "dot.svg")
    )
    ours, _ = one(slide(media={"url": "media/maps/plan.png"}), folder)  # our own export's addresses
    assert ours.image is not None and ours.image.src == "media/maps/plan.png"


def test_a_picture_whose_name_holds_a_hash_is_found_by_its_whole_name(beside: Path) -> None:
    (beside / "pictures/map #1.svg").write_bytes(SVG % b"m")
    event, reports = one(slide(media={"url": "pictures/map #1.svg"}), str(beside))
    assert reports == []
    assert event.image is not None and event.image.src == "media/map #1.svg"


def test_pictures_of_the_same_name_in_different_folders_keep_apart(beside: Path) -> None:
    story, reports = run(
        slide("2001", "A", media={"url": "pictures/dot.svg"}),
        slide("2002", "B", media={"url": "other/dot.svg"}),
        slide("2003", "C", media={"url": "pictures/dot.svg"}),  # the same file: the same name
        slide("2004", "D", media={"url": "other/Dot.SVG"}),  # a name that differs only in case
        folder=str(beside),
    )
    assert reports == []
    pictures = [(e.image.src, e.image.copy_from) for e in story.events if e.image is not None]
    assert pictures == [
        ("media/dot.svg", str(beside / "pictures" / "dot.svg")),
        ("media/dot-2.svg", str(beside / "other" / "dot.svg")),
        ("media/dot.svg", str(beside / "pictures" / "dot.svg")),
        ("media/Dot-3.SVG", str(beside / "other" / "Dot.SVG")),
    ]


def test_a_picture_named_with_backslashes_is_found_as_a_browser_finds_it(beside: Path) -> None:
    # A sheet typed on Windows: TimelineJS's page loads 'pictures\\dot.svg' as
    # 'pictures/dot.svg', and the import said it was no picture beside the timeline.
    event, reports = one(slide(media={"url": "pictures\\dot.svg", "credit": "Me"}), str(beside))
    assert reports == []
    assert event.image == Picture("media/dot.svg", "Headline", "Me", "", str(beside / "pictures" / "dot.svg"))
    for outside in ("..\\outside.png", "\\\\server\\share\\dot.svg"):
        event, reports = one(slide(media={"url": outside}), str(beside))
        assert event.image is None and "is not a picture beside the timeline" in reports[0]


@pytest.mark.parametrize(
    ("url", "report"),
    [
        (
            "pictures/missing.png",
            "media 'pictures/missing.png' cannot be read beside the timeline (No such file or directory); left out",
        ),
        (
            "../outside.png",
            "media '../outside.png' is not a picture beside the timeline: give its https:// address, "
            "or its path from the timeline's folder ('pictures/outside.png'); left out",
        ),
        (
            "/etc/passwd.png",
            "media '/etc/passwd.png' is not a picture beside the timeline: give its https:// address, "
            "or its path from the timeline's folder ('pictures/passwd.png'); left out",
        ),
        (
            "pictures//dot.svg",
            "media 'pictures//dot.svg' is not a picture beside the timeline: give its https:// address, "
            "or its path from the timeline's folder ('pictures/dot.svg'); left out",
        ),
        ("pictures/dot.txt", "media 'pictures/dot.txt' is not an http(s) address or a picture; left out"),
    ],
)
def test_a_picture_not_beside_the_timeline_is_reported(beside: Path, url: str, report: str) -> None:
    event, reports = one(slide(media={"url": url}), str(beside))
    assert event.image is None
    assert reports == [f"t.json:/events/0/media/url: {report}"]


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("png.jpg", tiny_png(), "is not a JPG file: it is a PNG file ('image/png'); rename it to 'png.png'"),
        ("notes.gif", b"just notes", "is not a GIF file: its content is not a kind of file we recognise; export or save it again as .gif"),
        ("cut.jpg", truncated(photo(64, 48)), "cannot be read as a picture ("),
    ],
    ids=["png-named-jpg", "not-a-picture", "damaged"],
)  # fmt: skip
def test_a_picture_that_check_would_refuse_is_left_out(
    tmp_path: Path, name: str, data: bytes, why: str
) -> None:
    (tmp_path / name).write_bytes(data)
    event, reports = one(slide(media={"url": name}), str(tmp_path))
    assert event.image is None
    assert len(reports) == 1 and reports[0].startswith(
        f"t.json:/events/0/media/url: media '{name}' left out: {why}"
    )


def test_a_link_leading_out_of_the_timelines_folder_is_not_followed(beside: Path, tmp_path: Path) -> None:
    (beside / "pictures" / "out.png").symlink_to(tmp_path.parent / "elsewhere.png")
    event, reports = one(slide(media={"url": "pictures/out.png"}), str(beside))
    assert event.image is None
    assert len(reports) == 1 and reports[0].startswith(
        "t.json:/events/0/media/url: media 'pictures/out.png' cannot be read beside the timeline ("
    )


def test_a_size_the_build_made_of_a_picture_is_named_as_the_picture_it_was_made_from(
    tmp_path: Path, https_server: Server, fetch: Fetcher
) -> None:
    # A story's own export names the largest JPEG or PNG the build made of each picture
    # ('dock.png.1600.jpg' of 'dock.png'): imported again, it was 'dock-png-1600.jpg'.
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures/dock.png.1600.jpg").write_bytes(photo(32, 24))
    beside, reports = one(slide(media={"url": "pictures/dock.png.1600.jpg"}), str(tmp_path))
    assert reports == [] and beside.image is not None and beside.image.src == "media/dock.jpg"
    https_server.answers["/news/s/pictures/Crowd.JPG.1200.JPG"] = Answer(photo(30, 20))
    story, reports = run(
        slide(media={"url": f"{https_server.url}/news/s/pictures/Crowd.JPG.1200.JPG"}), fetch=fetch
    )
    image = story.events[0].image
    assert reports == [] and image is not None and image.src == "media/crowd.jpg"
    # A name that only looks alike is kept as it is.
    assert [original_name(n) for n in ("v1.2.jpg", "dock.1600.jpg", "a.jpg.b.jpg")] == [
        "v1.2.jpg",
        "dock.1600.jpg",
        "a.jpg.b.jpg",
    ]


def test_a_signed_picture_downloaded_is_said_to_be_published_from_media_not_its_address(
    https_server: Server, fetch: Fetcher
) -> None:
    # It was said that 'every reader gets it': the event shows the copy in media/, and the
    # address is written nowhere in the story.
    https_server.answers["/dock.jpg?X-Amz-Signature=ab"] = Answer(photo(16, 16))
    story, reports = run(slide(media={"url": f"{https_server.url}/dock.jpg?X-Amz-Signature=ab"}), fetch=fetch)
    image = story.events[0].image
    assert image is not None and image.src == "media/dock.jpg"
    assert reports == [
        "t.json:/events/0/media/url: the address carries 'X-Amz-Signature' in its query, a secret or "
        "signature that grants access for a while (a signed or private link): it was used only to "
        "download the picture into media/dock.jpg, which the pages show; the address is written nowhere "
        "in the story, so no reader gets it (once it expires, importing again cannot download the picture)"
    ]
