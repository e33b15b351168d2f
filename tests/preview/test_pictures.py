"""The preview's pictures (``generator/preview/pictures.py``): the rendition the browser
asks for is answered once made, the picture's others made after it and kept, each the
bytes a build writes; the server answers pages meanwhile."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.request import urlopen

import pytest

from benchmarks.photos import photo as camera_photo
from generator.commands.build import build
from generator.pictures import picture_encoding
from generator.preview import pictures as preview_pictures
from generator.preview.rebuild import Builder, Preview
from generator.switch import SPEED_SWITCH
from tests.browser import close_preview_page
from tests.conftest import TEMPLATES, Project
from tests.images import photo
from tests.preview.server import Server, start_server

LEAD = "content/story-a/media/lead.jpg"
PICTURES = "story-a/pictures/lead.jpg"


def with_lead(project: Project, data: bytes) -> None:
    """The story's lead picture made of ``data``."""
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(LEAD, data)
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: Lead\n")


def built_renditions(out: str) -> dict[str, bytes]:
    """The lead's renditions as ``explainer build`` writes them."""
    build(content="content", templates=TEMPLATES, out=out)
    return {
        f"story-a/pictures/{p.name}": p.read_bytes() for p in Path(out, "story-a/pictures").glob("lead.jpg.*")
    }


@pytest.fixture
def slow_saves(project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    """A lead photo whose every rendition takes a quarter of a second more to save (in the
    helper too: it is forked), so that making all 18 takes seconds more than making one."""
    with_lead(project, photo(1800, 1200))
    save = picture_encoding._save

    def slow(*args: Any, **kwargs: Any) -> bytes:
        time.sleep(0.25)
        return save(*args, **kwargs)

    monkeypatch.setattr(picture_encoding, "_save", slow)
    return project


def test_the_rendition_asked_for_is_answered_before_the_others_are_made(
    slow_saves: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder = Builder("content", TEMPLATES)
    builder.build()
    renditions = sorted(p for p in builder.pictures if p.startswith(PICTURES))
    assert len(renditions) == 15  # six widths in AVIF and WebP, three in JPEG
    started = time.monotonic()
    first = builder.rendition(f"{PICTURES}.960.avif", 10**8)
    took = time.monotonic() - started
    assert first is not None
    assert builder.making.busy == 1  # the others are being made
    while builder.making.busy:
        time.sleep(0.05)
    all_made = time.monotonic() - started
    assert took < all_made / 2, (took, all_made)
    # Each is the bytes a build writes, and all are kept: the build encodes none of them.
    made = {path: builder.rendition(path, 10**8) for path in renditions}
    assert made[f"{PICTURES}.960.avif"] == first
    monkeypatch.setattr(picture_encoding, "_save", _refuse)
    assert made == built_renditions("site")


def test_two_renditions_of_one_picture_asked_at_once_are_made_by_one_helper(
    slow_saves: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    decoded = Path("decoded")  # a file: counted in the helper process
    decoded.touch()
    decode = picture_encoding._decode

    def counted(*args: Any) -> Any:
        with decoded.open("a") as f:
            f.write("decoded\n")
        return decode(*args)

    monkeypatch.setattr(picture_encoding, "_decode", counted)
    builder = Builder("content", TEMPLATES)
    builder.build()
    small, large = (
        builder.rendition_later(f"{PICTURES}.240.webp", 10**8),
        builder.rendition_later(f"{PICTURES}.1600.jpg", 10**8),
    )
    assert builder.making.busy == 1
    answered = small.result(timeout=60), large.result(timeout=60)
    while builder.making.busy:
        time.sleep(0.05)
    assert decoded.read_text() == "decoded\n"  # the picture was decoded (and encoded) once
    monkeypatch.setattr(picture_encoding, "_save", _refuse)
    site = built_renditions("site")
    assert answered == (site[f"{PICTURES}.240.webp"], site[f"{PICTURES}.1600.jpg"])


def _refuse(*args: object, **kwargs: object) -> bytes:
    raise AssertionError("a rendition the preview kept was made again")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads a process's state from Linux's /proc")
def test_a_rebuild_holds_the_pictures_being_made_and_lets_them_go_on(slow_saves: Project) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    answer = preview.picture(f"{PICTURES}.320.webp")
    assert answer.result(timeout=60) is not None
    helpers = preview.builder.making.helpers
    assert len(helpers) == 1
    pid = helpers[0]
    states: list[str] = []
    build = preview.builder.build

    def watched(when_asked: bool = False) -> Any:
        deadline = time.monotonic() + 2  # (a signal takes effect soon after it is sent)
        while _state(pid) not in ("T", "") and time.monotonic() < deadline:
            time.sleep(0.01)
        states.append(_state(pid))  # while the rebuild runs
        return build(when_asked)

    preview.builder.build = watched  # type: ignore[method-assign]
    assert preview.rebuild()[0] is True
    assert states == ["T"]  # stopped
    assert _state(pid) in ("R", "S", "D", "Z", "")  # going on (or over)
    while preview.builder.making.busy:
        time.sleep(0.05)


def _state(pid: int) -> str:
    """The state Linux gives process ``pid`` ('T': stopped), '' once it is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


@pytest.fixture
def camera(project: Project, own_cache: Path) -> Iterator[Server]:
    """``explainer serve`` of a story whose lead picture is a camera's 12-megapixel photo."""
    with_lead(project, camera_photo(0))
    yield from start_server(project.root)


def test_pages_are_answered_while_a_camera_photo_is_made(camera: Server) -> None:
    answered: list[float] = []
    started = time.monotonic()

    def ask_picture() -> None:
        with urlopen(camera.base + f"/{PICTURES}.1600.avif", timeout=120) as r:
            r.read()
        answered.append(time.monotonic() - started)

    asking = threading.Thread(target=ask_picture)
    asking.start()
    time.sleep(0.3)  # the picture is being made
    status, _ = camera.get("/story-a/")
    page = time.monotonic() - started
    asking.join()
    assert status == 200
    assert answered and page < answered[0] / 2, (page, answered)


def test_a_camera_photo_saved_over_the_lead_is_drawn_long_before_all_its_renditions_are_made(
    project: Project, camera: Server, own_cache: Path, browser: Any
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(camera.base + "/story-a/")
    drawn = "(() => { const i = document.querySelector('img[src*=\"lead.jpg\"]');"
    drawn += " return !!i && i.complete && i.naturalWidth > 0 && i.currentSrc; })()"
    page.wait_for_function(drawn, timeout=120_000)
    page.wait_for_function("window.LiveReload && window.LiveReload.connector.protocol", timeout=10_000)
    time.sleep(0.2)  # the server registers the page once it has sent its 'info'
    marked = page.evaluate("window.before = 1")
    assert marked == 1
    kept_before = set(own_cache.glob("explainer-cache-*/pictures/*/*/done"))

    saved = time.monotonic()
    project.write(LEAD, camera_photo(1))  # another photo, under the same name
    page.wait_for_function("window.before === undefined", timeout=30_000)  # reloaded
    page.wait_for_function(drawn, timeout=120_000)
    shown = time.monotonic() - saved
    # All its renditions are made and kept by the helper meanwhile: the time that took is
    # the time the picture took to show before.
    deadline = time.monotonic() + 300
    while not set(own_cache.glob("explainer-cache-*/pictures/*/*/done")) - kept_before:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    all_made = time.monotonic() - saved
    print(f"saved -> drawn {shown:.2f} s; saved -> all renditions kept {all_made:.2f} s")
    assert shown < all_made / 2, (shown, all_made)
    close_preview_page(page)


def test_a_photo_saved_over_one_being_made_stops_its_helper(slow_saves: Project, own_cache: Path) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    assert preview.picture(f"{PICTURES}.320.webp").result(timeout=60) is not None
    assert preview.builder.making.busy == 1  # the others take seconds more
    slow_saves.write(LEAD, photo(1800, 1200, seed=5))
    assert preview.rebuild()[0] is True
    deadline = time.monotonic() + 1
    while preview.builder.making.busy and time.monotonic() < deadline:
        time.sleep(0.01)
    assert preview.builder.making.busy == 0  # stopped: it would share the cores with the new one's
    assert not list(own_cache.glob("explainer-cache-*/pictures/*/*/done"))  # and nothing of it kept


def test_no_more_than_four_helpers_are_at_work_however_many_pictures_a_page_asks_for(
    slow_saves: Project,
) -> None:
    # A helper was started for each picture asked: a page of 40 photos of 6 million pixels
    # had 40 at once, 4.7 GB between them; hundreds exhausted the computer's memory.
    shown = [f"p{n}.jpg" for n in range(7)]
    for n, name in enumerate(shown):
        slow_saves.write(f"content/story-a/media/{name}", photo(600, 400, seed=n))
    images = "\n\n".join(f"  ![Picture {n}](media/{name})" for n, name in enumerate(shown))
    slow_saves.write(
        "content/story-a/events/e2.yaml",
        f"title: Pictures\ndate: 2020-01-03\nsources: [src-a]\nsummary: |\n{images}\n",
    )
    builder = Builder("content", TEMPLATES)
    builder.build()
    started = time.monotonic()
    # As the server asks for each picture of the page, on its event loop, which must not wait.
    answers = [builder.rendition_later(f"story-a/pictures/{name}.320.webp", 10**8) for name in shown]
    assert time.monotonic() - started < 1
    most = 0
    while not all(answer.done() for answer in answers):
        most = max(most, len([pid for pid in builder.making.helpers if pid]))
        time.sleep(0.01)
    assert most <= 4
    assert all(answer.result() for answer in answers), "every picture asked for is answered"
    builder.making.close()


def _slow_picture(asked: Any, send: Any) -> None:
    """A helper's work: a picture that takes seconds to make."""
    for path in asked():
        time.sleep(2)
        send(path, b"made")


def test_a_picture_waiting_for_a_helper_is_answered_as_gone_when_its_file_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preview_pictures, "AT_ONCE", 1)
    making = preview_pictures.BackgroundPictures()
    first = making.rendition("v1", "a.jpg.320.webp", lambda: _slow_picture)
    waiting = making.rendition("v2", "b.jpg.320.webp", lambda: _slow_picture)
    assert making.busy == 1 and not waiting.done()
    making.keep_only({"v1"})  # a rebuild found b.jpg saved over
    assert waiting.result(timeout=1) is None
    assert first.result(timeout=30) == b"made"
    making.close()


def test_a_picture_whose_helper_cannot_be_started_while_it_waits_is_answered_and_the_others_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The thread that starts the waiting pictures' helpers died of the fork's error (no
    # memory, a process limit): that request, and every picture asked after it, waited forever.
    monkeypatch.setattr(preview_pictures, "AT_ONCE", 1)
    started = preview_pictures.Making

    def no_process_for_b(work: Any, first: str, over: Any) -> preview_pictures.Making:
        if first.startswith("b."):
            raise OSError(11, "Resource temporarily unavailable")
        return started(work, first, over)

    monkeypatch.setattr(preview_pictures, "Making", no_process_for_b)
    making = preview_pictures.BackgroundPictures()
    first = making.rendition("v1", "a.jpg.320.webp", lambda: _slow_picture)
    refused = making.rendition("v2", "b.jpg.320.webp", lambda: _slow_picture)
    later = making.rendition("v3", "c.jpg.320.webp", lambda: _slow_picture)
    assert first.result(timeout=30) == b"made"
    with pytest.raises(OSError):
        refused.result(timeout=30)
    assert later.result(timeout=30) == b"made"
    making.close()


def test_with_the_speed_ups_off_a_rendition_is_made_without_a_helper(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A helper process is one of the speed-ups EXPLAINER_SPEED=off switches off: the
    # preview then makes the picture's renditions itself, the bytes a build writes.
    with_lead(project, photo(900, 600))
    monkeypatch.setenv(SPEED_SWITCH, "off")
    builder = Builder("content", TEMPLATES)
    builder.build()

    def no_helper(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a helper was asked for")

    monkeypatch.setattr(builder.making, "rendition", no_helper)
    made = builder.rendition(f"{PICTURES}.480.webp", 10**8)
    assert made is not None
    assert builder.making.busy == 0
    assert made == built_renditions("site")[f"{PICTURES}.480.webp"]
