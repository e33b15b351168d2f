"""The build from top to bottom: load -> check -> model -> publish -> pictures -> pages ->
render -> write -> index, and nothing written unless every stage before writing succeeded."""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PIL import Image, ImageOps

from generator import interrupt, pipeline
from generator.errors import ContentError, UsageError
from generator.output import copying
from generator.output.staging import FileWriter
from generator.pictures import picture_encoding, picture_info
from generator.render import searchindex
from generator.render.pages import Page
from generator.render.renderer import SiteRenderer
from generator.render.versions import version_of
from generator.speed import Plain, for_content, parallel
from tests.conftest import NEEDS_PAGEFIND, REPO, TEMPLATES, Project, live_children, site_files
from tests.images import photo, truncated

T = TypeVar("T")

FIXTURE = str(REPO / "tests" / "fixtures" / "small" / "content")
VERSION = re.compile(rb"(assets/[^\"?#]+)\?v=[0-9a-f]{10}")
"""A theme asset's version in a page's link to it."""
DRAFT_STORY = {
    "content/draft-story/story.yaml": "title: Draft\nsummary: Not yet.\npublished: 2021-01-01\ndraft: true\n",
    "content/draft-story/events/d1.yaml": "title: D1\ndate: 2021-01-01\nsummary: Soon.\n",
}


def test_a_site_built_in_memory_is_the_pages_of_a_built_folder(tmp_path: Path) -> None:
    project = pipeline.Project(FIXTURE, TEMPLATES)
    rendered = pipeline.render(project)
    built = pipeline.build(project, str(tmp_path / "site"))
    on_disk = site_files(tmp_path / "site")
    assert built.files == len(on_disk) - 1  # everything but the folder's marker
    assert built.site == rendered.site
    assert rendered.rendered == len(rendered.files)
    # The same pages, but for the theme assets' versions: the preview renders its pages
    # without them and adds them as it serves one (``http.with_versioned_assets``).
    assert {path: VERSION.sub(rb"\1", on_disk[path]) for path in rendered.files} == rendered.files
    assert b'href="../assets/style.css?v=' in on_disk["alpha/index.html"]
    # The rest is the theme's assets, the story's media and the marker.
    others = {p.split("/")[0] if "/media/" not in p else "media" for p in set(on_disk) - set(rendered.files)}
    others -= {p.split("/")[0] for p in rendered.pictures}  # the social card, drawn when asked for
    assert others == {"assets", "media", ".explainer-site"}
    assert rendered.files == SiteRenderer(TEMPLATES).render(rendered.site)


def test_a_build_of_valid_content_does_not_import_the_warnings(tmp_path: Path) -> None:
    # The warnings (content/lint/, 18 modules) are said by check and the preview, and with
    # errors: a build of valid content never needs them, and starts sooner without them.
    code = (
        "import sys; from generator import cli; "
        f"cli.main(['build', '--content', {FIXTURE!r}, '--templates', {TEMPLATES!r}, '--out', {str(tmp_path / 'site')!r}]); "
        "print('generator.content.lint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "False"
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_build_without_search_starts_no_process_module(tmp_path: Path) -> None:
    # subprocess (with fcntl and selectors) is for starting Pagefind: a build where it is
    # not installed never starts one, and its command starts sooner without the module.
    code = (
        "import sys; from generator import cli; "
        f"cli.main(['build', '--content', {FIXTURE!r}, '--templates', {TEMPLATES!r}, '--out', {str(tmp_path / 'site')!r}]); "
        "print('subprocess' in sys.modules)"
    )
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(tmp_path / "no-pagefind")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert out.stdout.split()[-1] == "False"
    assert (tmp_path / "site" / "index.html").is_file()


def test_drafts_and_base_url_are_as_the_project_asks(project: Project) -> None:
    for rel, text in DRAFT_STORY.items():
        project.write(rel, text)
    public = pipeline.render(pipeline.Project("content", TEMPLATES))
    assert [s.id for s in public.site.stories] == ["story-a"]
    assert not any(p.startswith("draft-story/") for p in public.files)
    assert "sitemap.xml" not in public.files
    preview = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True, base_url="https://e.org/"))
    assert [s.id for s in preview.site.stories] == ["draft-story", "story-a"]
    assert "draft-story/events/d1/index.html" in preview.files
    assert preview.site.base_url == "https://e.org/"
    assert b"<loc>https://e.org/story-a/</loc>" in preview.files["sitemap.xml"]


def test_a_site_checked_already_is_built_without_loading_it_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = pipeline.Project(FIXTURE, TEMPLATES, base_url="https://e.org/")
    pipeline.build(project, str(tmp_path / "loaded"))
    _, _, checked = pipeline.load_and_check(FIXTURE)

    def load_again(*args: object) -> None:
        raise AssertionError("the content was loaded again")

    monkeypatch.setattr("generator.pipeline.load_content", load_again)
    built = pipeline.build(project, str(tmp_path / "given"), checked=checked)
    assert built.checked is checked
    assert site_files(tmp_path / "given") == site_files(tmp_path / "loaded")


def test_every_content_problem_is_reported_and_nothing_written(project: Project) -> None:
    project.write("content/story-a/events/e1.yaml", "title: x\ndate: 2020-13-01\nsummary: y\n")
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\n")
    with pytest.raises(ContentError) as caught:
        pipeline.build(pipeline.Project("content", TEMPLATES), "site")
    assert [str(p) for p in caught.value.problems] == [
        "content/story-a/events/e1.yaml:2:7: 'date' is not a valid date: there is no month 13",
        "content/story-a/figures/fig-a.yaml:1:1: missing required key 'role' in figure (who they are, in one line)",
    ]
    assert os.listdir(project.root) == ["content"]


def test_a_failed_build_leaves_the_last_site_as_it_was(project: Project) -> None:
    pipeline.build(pipeline.Project("content", TEMPLATES), "site")
    before = site_files(project.root / "site")
    project.write("content/story-a/story.yaml", "title: [\n")
    with pytest.raises(ContentError):
        pipeline.build(pipeline.Project("content", TEMPLATES), "site")
    assert site_files(project.root / "site") == before
    assert sorted(os.listdir(project.root)) == ["content", "site"]  # no temporary folder left


@pytest.mark.parametrize(
    ("content", "templates", "message"),
    [
        ("nowhere", TEMPLATES, "content folder 'nowhere' not found; start one with: explainer new site"),
        (
            "content",
            "no-theme",
            "templates folder 'no-theme' not found; the theme is the templates/ folder of",
        ),
    ],
)
def test_a_missing_folder_is_a_usage_error(
    project: Project, content: str, templates: str, message: str
) -> None:
    with pytest.raises(UsageError, match=f"^{message} "):
        pipeline.build(pipeline.Project(content, templates), "site")
    with pytest.raises(UsageError, match=f"^{message} "):
        pipeline.render(pipeline.Project(content, templates))
    assert not (project.root / "site").exists()


def test_a_template_error_writes_nothing(project: Project) -> None:
    project.write("templates/home.html", "{{ nope }}")
    with pytest.raises(ContentError) as caught:
        pipeline.build(pipeline.Project("content", "templates"), "site")
    assert [str(p) for p in caught.value.problems] == [
        "templates/home.html:1: 'nope' is undefined (making index.html)"
    ]
    assert sorted(os.listdir(project.root)) == ["content", "templates"]


def test_pages_link_each_theme_asset_by_the_version_of_the_bytes_published(project: Project) -> None:
    # GitHub Pages lets a browser keep each file for ten minutes: an address that changes
    # with the file keeps a new page from being shown with an old stylesheet or script.
    shutil.copytree(TEMPLATES, "templates")
    build = functools.partial(pipeline.build, pipeline.Project("content", "templates"), "site")
    build()
    first = site_files(project.root / "site")
    event, not_found = first["story-a/events/e1/index.html"].decode(), first["404.html"].decode()
    for name in ("style.css", "favicon.svg", "share.js"):
        assert f'"../../../assets/{name}?v={version_of(first["assets/" + name])}"' in event, name
    assert f'"/assets/style.css?v={version_of(first["assets/style.css"])}"' in not_found
    build()
    assert site_files(project.root / "site") == first  # the same bytes, build after build
    project.write("templates/assets/style.css", "body { color: red; }\n")
    build()
    second = site_files(project.root / "site")
    assert second["assets/style.css"] == b"body { color: red; }\n"
    changed = {p for p in first if first[p] != second[p]}
    pages = {p for p in first if p.endswith(".html")}
    assert changed == pages | {"assets/style.css"}  # every page names its new version...
    for page in pages:  # ...and nothing else changed in it
        assert (
            first[page].replace(
                version_of(first["assets/style.css"]).encode(),
                version_of(second["assets/style.css"]).encode(),
            )
            == second[page]
        )


def test_only_the_media_the_published_pages_use_are_copied(project: Project) -> None:
    project.write("content/story-a/media/used.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/unused.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [it](media/used.pdf).\n",
    )
    built = pipeline.build(pipeline.Project("content", TEMPLATES), "site")
    files = site_files(project.root / "site")
    assert [p for p in files if "/media/" in p] == ["story-a/media/used.pdf"]
    assert built.site.stories[0].media == frozenset({"used.pdf"})


@pytest.mark.parametrize("fast", [False, True])
def test_a_photo_a_text_shows_or_links_to_is_published_without_its_metadata(
    project: Project, own_cache: Path, fast: bool
) -> None:
    # It went out as the camera saved it, with where it was taken.
    project.write("content/story-a/media/shown.jpg", photo(900, 600, orientation=6))
    project.write("content/story-a/media/linked.png", _png_with_gps())
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  ![The trucks](media/shown.jpg)\n\n"
        "  See [the chart](media/linked.png).\n",
    )
    speed = for_content("content", one_off=True) if fast else Plain("content")
    built = pipeline.build(pipeline.Project("content", TEMPLATES), "site", speed)
    assert built.site.stories[0].media == frozenset()  # the pictures stage writes them
    files = site_files(project.root / "site")
    assert [p for p in files if "/media/" in p] == ["story-a/media/linked.png", "story-a/media/shown.jpg"]
    shown = (project.root / "site/story-a/media/shown.jpg").read_bytes()
    assert b"TestCam" not in shown
    with Image.open(io.BytesIO(shown)) as im:
        assert im.format == "JPEG" and dict(im.getexif()) == {0x0112: 6}  # how it was taken, only
        assert ImageOps.exif_transpose(im).size == (600, 900)  # shown upright
    linked = (project.root / "site/story-a/media/linked.png").read_bytes()
    with Image.open(io.BytesIO(linked)) as im:
        assert im.format == "PNG" and im.size == (60, 40) and not im.getexif().get_ifd(0x8825)
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    # The page shows the photo by its renditions, upright; the file is there for links.
    assert 'src="../../../story-a/pictures/shown.jpg.600.jpg"' in page and 'width="600" height="900"' in page
    assert 'href="../../../story-a/media/linked.png"' in page


def _png_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif.get_ifd(0x8825).update({1: "N", 2: (55.0, 45.0, 0.0)})
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (0, 120, 200)).save(out, "PNG", exif=exif)
    assert b"TestCam" in out.getvalue()
    return out.getvalue()


def test_a_picture_a_text_links_to_that_pillow_would_refuse_is_still_published_clean(
    project: Project,
) -> None:
    # A scan of 90 million pixels linked for download, or a cut-off JPEG, built before:
    # such a file is published as it was, less its metadata, read by its blocks alone.
    big = io.BytesIO()
    Image.new("1", (9500, 9500), 1).save(big, "PNG")  # a few KB, over Pillow's limit
    project.write("content/story-a/media/scan.png", big.getvalue())
    project.write("content/story-a/media/cut.jpg", truncated(photo(900, 600)))
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [the scan](media/scan.png) and ![it](media/cut.jpg).\n",
    )
    pipeline.build(pipeline.Project("content", TEMPLATES), "site")
    assert (project.root / "site/story-a/media/scan.png").read_bytes() == big.getvalue()
    cut = (project.root / "site/story-a/media/cut.jpg").read_bytes()
    assert b"TestCam" not in cut and cut.startswith(b"\xff\xd8")


@pytest.fixture
def pictured(project: Project, own_cache: Path) -> Project:
    """The minimal project with a lead picture, and a picture cache of its own."""
    project.write("content/story-a/media/one.jpg", photo(900, 600))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/one.jpg\n  alt: One\n")
    return project


@NEEDS_PAGEFIND
def test_pictures_are_encoded_before_the_index_starts_and_placed_while_it_works(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Encoding may fork a helper, which a process must not do while the index's thread
    # runs; placing renditions does not fork, so it waits for nothing.
    stages: list[str] = []
    for name in ("prepare_pictures", "start_index", "write_pictures"):
        monkeypatch.setattr(pipeline, name, _recorded(stages, name, getattr(pipeline, name)))
    monkeypatch.setattr(copying, "copy_assets", _recorded(stages, "copy_assets", copying.copy_assets))
    speed = for_content("content", one_off=True)
    pipeline.build(pipeline.Project("content", TEMPLATES, search=True), "site", speed)
    assert stages == ["prepare_pictures", "start_index", "write_pictures", "copy_assets"]
    files = site_files(pictured.root / "site")
    assert files["story-a/pictures/one.jpg.900.webp"].startswith(b"RIFF")
    assert any(p.startswith("pagefind/fragment/") for p in files)  # the pages were indexed


@NEEDS_PAGEFIND
def test_pagefind_starts_once_its_pages_are_written_and_the_others_are_written_meanwhile(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pagefind reads only the event, figure and place pages; a fast build writes the rest
    # (story pages, the home page, the data files) in a helper process at the lowest
    # priority, which takes the time Pagefind leaves a core idle. (Pagefind is held back a
    # second here: a helper on a busy machine may get no time, and this process then
    # writes what is left once Pagefind is done.)
    there_at_start: list[set[str]] = []
    index_into = searchindex.index_into

    def indexing(folder: str, **kwargs: bool) -> list[str]:
        there_at_start.append(set(site_files(Path(folder))))
        time.sleep(1)
        return index_into(folder, **kwargs)

    monkeypatch.setattr(searchindex, "index_into", indexing)
    record = project.root / "writers.txt"  # each process that writes some of the others
    write_page = pipeline.write_page

    def writing(renderer: SiteRenderer, writer: FileWriter, page: Page) -> None:
        with record.open("a") as f:
            f.write(f"{os.getpid()} {os.nice(0)}\n")
        write_page(renderer, writer, page)

    monkeypatch.setattr(pipeline, "write_page", writing)
    speed = for_content("content", one_off=True)
    built = pipeline.build(pipeline.Project("content", TEMPLATES, search=True), "site", speed)
    files = site_files(project.root / "site")
    searched = {path for path in files if searchindex.is_indexed(path)}
    assert len(searched) == 3  # the event, the figure, the place
    assert searched <= there_at_start[0]
    assert {"index.html", "404.html", "story-a/index.html", "story-a/story.json"} <= set(files)
    assert any(p.startswith("pagefind/fragment/") for p in files)  # the pages were indexed
    writers = set(record.read_text().splitlines())
    if parallel.available():
        (writer,) = writers
        pid, niceness = map(int, writer.split())
        assert pid != os.getpid()
        assert niceness == parallel.LOWEST_PRIORITY
    plain = pipeline.build(pipeline.Project("content", TEMPLATES, search=True), "plain", Plain("content"))
    assert site_files(project.root / "plain") == files
    assert built.files == plain.files  # the files the helper wrote are counted too


@NEEDS_PAGEFIND
@pytest.mark.parametrize("fast", [True, False], ids=["fast", "plain"])
def test_a_template_error_in_a_page_pagefind_does_not_read_leaves_the_last_site(
    project: Project, monkeypatch: pytest.MonkeyPatch, fast: bool
) -> None:
    shutil.copytree(TEMPLATES, project.root / "templates")
    build = functools.partial(pipeline.build, pipeline.Project("content", "templates", search=True), "site")
    speed = (
        functools.partial(for_content, "content", one_off=True)
        if fast
        else functools.partial(Plain, "content")
    )
    build(speed())
    before = site_files(project.root / "site")
    story = project.root / "templates" / "story.html"
    story.write_text("{{ nope }}\n" + story.read_text(encoding="utf-8"), encoding="utf-8")
    children = set(live_children())
    indexed: list[str] = []
    index_into = searchindex.index_into

    def indexing(folder: str, **kwargs: bool) -> list[str]:
        indexed.append(folder)
        return index_into(folder, **kwargs)

    monkeypatch.setattr(searchindex, "index_into", indexing)
    with pytest.raises(ContentError) as caught:
        build(speed())
    assert [str(p) for p in caught.value.problems] == [
        "templates/story.html:1: 'nope' is undefined (making story-a/index.html)"
    ]
    assert site_files(project.root / "site") == before
    assert sorted(os.listdir(project.root)) == ["content", "site", "templates"]
    assert set(live_children()) <= children  # no helper left behind
    if not fast:  # the page is written before the index starts, which is then not made for nothing
        assert indexed == []


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_a_stop_while_the_index_starts_stops_the_helper_writing_the_other_pages(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SIGTERM (or Ctrl-C) while the files of the last build that Pagefind must not read
    # are deleted, once the helper writing the other pages is forked: it went on writing
    # into the folder the build abandoned, and made it again once it was removed.
    write_page = pipeline.write_page

    def slowly(renderer: SiteRenderer, writer: FileWriter, page: Page) -> None:
        time.sleep(0.5)  # still at work when the build fails
        write_page(renderer, writer, page)

    def stopped(self: FileWriter, which: Callable[[str], bool]) -> None:
        raise interrupt.Terminated(signal.SIGTERM)

    monkeypatch.setattr(pipeline, "write_page", slowly)
    monkeypatch.setattr(FileWriter, "remove_unwritten", stopped)
    children = set(live_children())
    with pytest.raises(interrupt.Terminated):
        pipeline.build(
            pipeline.Project("content", TEMPLATES, search=True), "site", for_content("content", one_off=True)
        )
    assert set(live_children()) <= children  # no helper left behind
    time.sleep(1)
    assert sorted(os.listdir(project.root)) == ["content"]  # nothing written after the build ended


def _recorded(stages: list[str], name: str, stage: Callable[..., T]) -> Callable[..., T]:
    def run(*args: object) -> T:
        stages.append(name)
        return stage(*args)

    return run


def test_a_picture_pillow_cannot_encode_fails_the_build_and_leaves_nothing_written(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fast build encodes in a helper while it renders into its staging folder; the
    # error comes when it waits for the pictures, and the folder goes with it.

    def fails(*args: object) -> dict[str, bytes]:
        raise picture_info.PictureError("could not be encoded: the encoder failed")

    monkeypatch.setattr(picture_encoding, "encode", fails)
    for speed in (for_content("content", one_off=True), Plain("content")):
        with pytest.raises(ContentError) as caught:
            pipeline.build(pipeline.Project("content", TEMPLATES), "site", speed)
        assert str(caught.value).endswith("this picture could not be encoded: the encoder failed")
        assert not os.path.exists("site")
        assert not [p for p in os.listdir(".") if ".tmp-" in p]  # no staging folder left


def test_a_picture_error_of_any_picture_stage_is_a_content_error_at_the_file() -> None:
    with pytest.raises(ContentError) as caught, pipeline.picture_errors_as_content_errors():
        raise picture_info.PictureError("is not a picture any more", "content/a/media/x.jpg")
    assert str(caught.value) == "content/a/media/x.jpg:1:1: this picture is not a picture any more"
    assert caught.value.__suppress_context__  # the PictureError says nothing more to an editor
