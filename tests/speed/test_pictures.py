"""Pictures kept between builds and encoded on both cores: the same bytes, sooner."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import pipeline
from generator.commands.build import build
from generator.content import media, pictures
from generator.content.model import Site
from generator.errors import ContentError
from generator.markdown.markup import pages_converter
from generator.output.staging import FileWriter
from generator.pictures import cards, picture_encoding, picture_info, picture_plan, stripped
from generator.pipeline import checked_site
from generator.preview.rebuild import Builder
from generator.speed import distributions, parallel
from generator.speed import pictures as speed_pictures
from generator.speed.pictures import CachedPictures
from generator.switch import SPEED_SWITCH
from tests.conftest import REPO, TEMPLATES, Project, live_children, site_files
from tests.images import photo, transparent_png


@pytest.fixture
def cached(project: Project, own_cache: Path) -> Project:
    """The minimal project, with a cache folder of its own."""
    return project


@pytest.fixture
def pictured(cached: Project) -> Project:
    """The minimal project with three pictures, and a cache folder of its own."""
    project = cached
    project.write("content/story-a/media/one.jpg", photo(1000, 700, orientation=6))
    project.write("content/story-a/media/two.jpg", photo(800, 600, seed=2))
    project.write("content/story-a/media/logo.png", transparent_png(200, 100))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/one.jpg\n  alt: One\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Something.\nsources: [src-a]\n"
        "image:\n  src: media/two.jpg\n  alt: Two\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nimage:\n  src: media/logo.png\n  alt: Logo\n",
    )
    return project


def _build(out: str) -> dict[str, bytes]:
    build(content="content", templates=TEMPLATES, out=out, base_url="https://news.example/")
    return site_files(Path(out))


def test_the_same_bytes_with_and_without_the_speed_ups(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _build("fast")
    monkeypatch.setenv(SPEED_SWITCH, "off")
    plain = _build("plain")
    assert fast == plain
    assert "story-a/pictures/one.jpg.700.webp" in fast  # turned upright: 700 wide
    assert "story-a/pictures/logo.png.200.png" in fast


def test_an_unchanged_picture_is_never_encoded_or_read_twice(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build("site")
    calls: list[str] = []

    def called(name: str) -> Callable[..., Any]:
        def record(*args: object) -> Any:
            calls.append(name)
            raise AssertionError(f"{name} was called")

        return record

    monkeypatch.setattr(picture_encoding, "encode", called("encode"))
    monkeypatch.setattr(picture_info, "inspect", called("inspect"))
    monkeypatch.setattr(CachedPictures, "read", called("read"))
    monkeypatch.setattr(media, "_head", called("media._head"))  # check sniffs no picture's first bytes
    monkeypatch.setattr(picture_plan, "avif_available", called("avif_available"))  # Pillow is not asked again
    Path("site").rename("gone")  # a build from nothing but the cache
    assert _build("site") == first
    assert _build("site") == first  # and onto the previous site
    assert calls == []


@pytest.fixture
def focused(cached: Project) -> Project:
    """The minimal project with a portrait lead whose subject is at its top, shared cut
    around it (``plan_share``), and a cache folder of its own."""
    cached.write("content/story-a/media/lead.jpg", photo(1000, 1500))
    story = (cached.root / "content/story-a/story.yaml").read_text()
    cached.write(
        "content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: Lead\n  focus: top\n"
    )
    return cached


CUT = "story-a/pictures/lead.jpg.1000x525.top.jpg"


def test_a_shared_links_cut_is_the_same_bytes_with_and_without_the_speed_ups(
    focused: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _build("fast")
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert _build("plain") == fast
    assert fast[CUT].startswith(b"\xff\xd8")  # a JPEG, as the lead's fallback


def test_a_shared_links_cut_is_kept_and_made_again_only_for_another_focus(
    focused: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _build("site")
    made = Path("made")  # a file: the cut may be made in the build's helper process
    made.touch()
    cut = picture_encoding.cut

    def cut_counted(data: bytes, info: picture_info.Info, focus: str, *rest: Any) -> bytes:
        with made.open("a") as f:
            f.write(focus + "\n")
        return cut(data, info, focus, *rest)

    def not_encoded(*args: object) -> dict[str, bytes]:
        raise AssertionError("an unchanged picture was encoded again")

    monkeypatch.setattr(picture_encoding, "cut", cut_counted)
    monkeypatch.setattr(picture_encoding, "encode", not_encoded)
    Path("site").rename("gone")  # a build from nothing but the cache
    assert _build("site") == first
    assert made.read_text() == ""
    # Another focus is another cut, kept under its own key; the other renditions stay kept.
    story = Path("content/story-a/story.yaml")
    story.write_text(story.read_text().replace("focus: top", "focus: bottom"))
    second = _build("site")
    assert made.read_text() == "bottom\n" and CUT not in second
    assert second["story-a/pictures/lead.jpg.1000x525.bottom.jpg"] != first[CUT]
    story.write_text(story.read_text().replace("focus: bottom", "focus: top"))
    assert _build("site") == first and made.read_text() == "bottom\n"  # the top's cut: still kept


def test_the_preview_serves_a_shared_links_cut(focused: Project) -> None:
    focused.write("content/site.yaml", "title: Test site\nbase_url: https://news.example/\n")
    builder = Builder("content", TEMPLATES)
    builder.build()
    served = builder.rendition(CUT, 10**8)
    assert served is not None and served == _build("site")[CUT]


def test_a_social_card_is_drawn_once_and_kept(cached: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _build("site")
    assert first["story-a/card.png"].startswith(b"\x89PNG")  # no lead picture: a card is drawn

    def drawn(*args: object) -> bytes:
        raise AssertionError("the card was drawn again")

    monkeypatch.setattr(cards, "card", drawn)
    Path("site").rename("gone")
    assert _build("site") == first


def test_a_card_drawn_right_to_left_for_its_language_is_not_the_one_kept_for_its_texts(
    cached: Project,
) -> None:
    # The card of an Arabic story whose title opens with a Latin name is drawn right to
    # left; kept under its texts alone, the card an English site drew for the same title
    # and site name (left to right, from its first letter) would be shared instead.
    story = cached.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("title: Story A", "title: UN Security Council يناقش الأزمة"))
    english = _build("site")["story-a/card.png"]
    cached.write("content/site.yaml", "title: Test site\nlanguage: ar\nbase_url: https://news.example/\n")
    Path("site").rename("english")
    arabic = _build("site")["story-a/card.png"]
    assert arabic != english
    assert arabic == cards.card("UN Security Council يناقش الأزمة", "Test site", rtl=True)


def test_a_card_drawn_in_japanese_forms_is_not_the_one_kept_for_a_chinese_story(cached: Project) -> None:
    # The same characters, drawn for a Chinese site and then a Japanese one: each takes
    # its own forms of them (直 and 骨 differ), so the Chinese card kept under the texts
    # alone would be shared for the Japanese story.
    story = cached.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("title: Story A", "title: 直前の骨折"))
    cached.write(
        "content/site.yaml", "title: Test site\nlanguage: zh-Hans\nbase_url: https://news.example/\n"
    )
    chinese = _build("site")["story-a/card.png"]
    cached.write("content/site.yaml", "title: Test site\nlanguage: ja\nbase_url: https://news.example/\n")
    Path("site").rename("chinese")
    japanese = _build("site")["story-a/card.png"]
    assert japanese != chinese
    assert japanese == cards.card("直前の骨折", "Test site", None, "ja")
    assert chinese == cards.card("直前の骨折", "Test site", None, "zh-Hans")


@pytest.mark.parametrize("speed", ["on", "off"])
def test_each_picture_is_inspected_once_a_build(
    pictured: Project, monkeypatch: pytest.MonkeyPatch, speed: str
) -> None:
    """Check, planning and writing all need a picture's size and kind: the first answer
    serves the three (with or without the cache)."""
    monkeypatch.setenv(SPEED_SWITCH, speed)
    inspected: list[int] = []
    inspect = picture_info.inspect

    def counted(data: bytes) -> picture_info.Info:
        inspected.append(len(data))
        return inspect(data)

    monkeypatch.setattr(picture_info, "inspect", counted)
    _build("site")
    assert len(inspected) == 3  # one.jpg, two.jpg, logo.png
    if speed == "off":
        _build("site")
        assert len(inspected) == 6  # again in the next build: nothing is kept between builds


def test_a_picture_changed_after_the_preview_encoded_it_is_inspected_again(pictured: Project) -> None:
    """The preview encodes a rendition when the browser asks, between builds; the next
    build must not take that inspection for its own."""
    builder = Builder("content", TEMPLATES)
    builder.build()
    path = "story-a/pictures/two.jpg.800.webp"
    assert builder.rendition(path, 10**8) is not None  # asked by the browser
    pictured.write("content/story-a/media/two.jpg", photo(640, 480, seed=3))
    builder.build()
    assert builder.rendition(path, 10**8) is None  # gone: the picture is narrower now
    assert builder.rendition("story-a/pictures/two.jpg.640.webp", 10**8) is not None


def test_the_index_forgets_pictures_removed_and_keeps_those_there(pictured: Project) -> None:
    """A preview's day: a picture added, shown, then removed, again and again. The index
    holds the pictures there now, not every picture it ever inspected."""
    builder = Builder("content", TEMPLATES)
    builder.build()
    kept = builder.speed.pictures
    assert isinstance(kept, CachedPictures) and len(kept.index()) == 3
    e1 = (pictured.root / "content/story-a/events/e1.yaml").read_text()
    for i in range(5):
        pictured.write(f"content/story-a/media/new-{i}.jpg", photo(300, 200, seed=i))
        pictured.write("content/story-a/events/e1.yaml", e1.replace("media/two.jpg", f"media/new-{i}.jpg"))
        builder.build()
        os.remove(pictured.root / f"content/story-a/media/new-{i}.jpg")
        pictured.write("content/story-a/events/e1.yaml", e1)
        builder.build()
    assert sorted(os.path.basename(p) for p in kept.index()) == ["logo.png", "one.jpg", "two.jpg"]


def test_renditions_are_linked_from_the_cache_not_copied(pictured: Project) -> None:
    _build("site")
    webp = Path("site/story-a/pictures/two.jpg.800.webp")
    assert webp.stat().st_nlink >= 2  # the cache's file, and this one (and the kept site's)
    before = webp.stat().st_ino
    _build("site")
    assert Path("site/story-a/pictures/two.jpg.800.webp").stat().st_ino == before


def test_a_rendition_written_over_in_the_site_is_made_again_not_published_again(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The site's file is the cache's (a hard link): a tool writing it in place (an
    # optimiser, exiftool) wrote the cache's, and every later build published that.
    first = _build("site")
    with open("site/story-a/pictures/two.jpg.800.webp", "r+b") as f:
        f.write(b"WRITTEN OVER BY A TOOL")
    again = _build("fresh")
    assert again["story-a/pictures/two.jpg.800.webp"] == first["story-a/pictures/two.jpg.800.webp"]
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert again == _build("plain")
    # What the tool wrote stays the old site's own: the cache keeps a new file.
    assert Path("site/story-a/pictures/two.jpg.800.webp").read_bytes().startswith(b"WRITTEN OVER")
    assert not os.path.samefile(
        "site/story-a/pictures/two.jpg.800.webp", "fresh/story-a/pictures/two.jpg.800.webp"
    )


def test_a_picture_a_text_shows_is_made_clean_once_and_kept(
    cached: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached.write("content/story-a/media/shown.jpg", photo(900, 600, orientation=6))
    cached.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: '![Shown](media/shown.jpg)'\nsources: [src-a]\n",
    )
    fast = _build("fast")
    assert b"TestCam" not in fast["story-a/media/shown.jpg"]
    clean = picture_encoding.clean
    monkeypatch.setattr(picture_encoding, "clean", lambda *args: pytest.fail("cleaned again"))
    assert _build("again") == fast
    monkeypatch.setattr(picture_encoding, "clean", clean)
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert _build("plain") == fast


def test_a_changed_picture_is_encoded_again(pictured: Project) -> None:
    first = _build("site")
    pictured.write("content/story-a/media/two.jpg", photo(640, 480, seed=3))
    second = _build("site")
    assert "story-a/pictures/two.jpg.800.webp" not in second
    assert second["story-a/pictures/two.jpg.640.webp"] != first["story-a/pictures/two.jpg.800.webp"]


def test_a_picture_rewritten_in_place_at_its_size_and_time_is_encoded_again(pictured: Project) -> None:
    """The index keys a file's digest by its stat, so an unchanged photo is not read
    again; a pull request's tool may write other bytes of the same length into the same
    inode and set its modification time back. The change time (which no one can set)
    is in the key: the new bytes are read and published, not the old renditions."""
    path = pictured.root / "content/story-a/media/two.jpg"
    old, new = photo(800, 600, seed=2), photo(800, 600, seed=7)
    length = max(len(old), len(new))  # a JPEG's reader stops at its end: padding is ignored
    path.write_bytes(old.ljust(length, b"\0"))
    first = _build("site")
    before = path.stat()
    time.sleep(0.02)  # a tick of the kernel's clock later, as any later edit is
    with open(path, "r+b") as f:
        f.write(new.ljust(length, b"\0"))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    )
    second = _build("site")
    rendition = "story-a/pictures/two.jpg.800.webp"
    assert second[rendition] != first[rendition]
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SPEED_SWITCH, "off")
        assert _build("plain") == second


def test_a_damaged_picture_found_by_a_cached_check_is_still_an_error(pictured: Project) -> None:
    _build("site")
    data = Path("content/story-a/media/two.jpg").read_bytes()
    pictured.write("content/story-a/media/two.jpg", data[: len(data) // 2])
    for _ in range(2):  # the second time, the problem comes from the cache
        problems = pictured.problems()
        assert len(problems) == 1 and "cannot be read as a picture (image file is truncated" in problems[0]


def test_the_fingerprint_is_read_from_pillows_install_without_importing_it() -> None:
    code = (
        "import sys; from generator.speed.pictures import fingerprint, pillow_build; "
        "fingerprint(lambda: 1 / 0); "
        "print(pillow_build() is not None, 'PIL' in sys.modules, 'importlib.metadata' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    # A wheel's record: neither Pillow nor importlib.metadata imported, AVIF not asked.
    assert out.stdout.split() == ["True", "False", "False"]


def _as_built_on_the_systems_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    """This Pillow's install as a distribution's package would list it: without the
    libraries its wheel bundles (``pillow.libs/``), so their versions must be asked."""
    real = distributions.installed("pillow")
    assert real is not None
    system_build = (
        real[0],
        [(path, digest) for path, digest in real[1] if not path.startswith("pillow.libs/")],
    )
    monkeypatch.setattr(speed_pictures, "installed", lambda name: system_build)


def test_a_pillow_built_on_the_systems_libraries_is_asked_for_their_versions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _as_built_on_the_systems_libraries(monkeypatch)
    speed_pictures.pillow_build.cache_clear()  # read once a process: read again here
    assert speed_pictures.pillow_build() is None
    asked: list[bool] = []

    def avif() -> bool:
        asked.append(True)
        return True

    with_avif = speed_pictures.fingerprint(avif)
    without_avif = speed_pictures.fingerprint(lambda: False)
    assert asked == [True] and with_avif != without_avif
    monkeypatch.undo()
    speed_pictures.pillow_build.cache_clear()
    assert speed_pictures.fingerprint(lambda: True) not in (with_avif, without_avif)


def test_a_pillow_built_on_the_systems_libraries_is_asked_for_its_colour_library_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # littleCMS converts a CMYK photo's inks into screen colours by its press profile: a
    # system's update of it changes the renditions, which the cache kept as they were.
    from PIL import features

    _as_built_on_the_systems_libraries(monkeypatch)
    speed_pictures.pillow_build.cache_clear()
    before = speed_pictures.fingerprint(lambda: True)
    version = features.version
    monkeypatch.setattr(features, "version", lambda name: "2.99" if name == "littlecms2" else version(name))
    after = speed_pictures.fingerprint(lambda: True)
    monkeypatch.undo()
    speed_pictures.pillow_build.cache_clear()
    assert before != after


def test_the_fingerprint_changes_with_the_code_of_every_file_the_cache_keeps(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Renditions and the files texts link to (their metadata taken out by stripped.py)
    # are kept under the fingerprint: a change to any of that code must make what was
    # kept stale, or a fast build publishes what the code no longer makes.
    before = speed_pictures.fingerprint(lambda: True)
    for module in (pictures, stripped, speed_pictures):
        assert module.__file__ is not None
        edited = tmp_path / f"{module.__name__}.py"
        edited.write_bytes(Path(module.__file__).read_bytes() + b"\n# edited\n")
        monkeypatch.setattr(module, "__file__", str(edited))
        assert speed_pictures.fingerprint(lambda: True) != before, module.__name__
        monkeypatch.undo()
    assert speed_pictures.fingerprint(lambda: True) == before


def test_a_change_to_the_cards_draws_them_again_and_keeps_the_photos_renditions(
    cached: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The cards were kept under the photos' fingerprint: a change to cards.py (or a font)
    # encoded every photo of every site again, a second or two each.
    cached.write("content/story-a/media/one.jpg", photo(900, 600))
    cached.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Something.\nsources: [src-a]\n"
        "image:\n  src: media/one.jpg\n  alt: One\n",
    )
    first = _build("site")
    assert "story-a/card.png" in first and any(path.endswith(".webp") for path in first)
    fingerprint, card_code = speed_pictures.fingerprint(lambda: True), speed_pictures.card_code()
    assert cards.__file__ is not None
    edited = tmp_path / "cards.py"
    edited.write_bytes(Path(cards.__file__).read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(cards, "__file__", str(edited))
    speed_pictures.card_code.cache_clear()
    assert speed_pictures.card_code() != card_code
    assert speed_pictures.fingerprint(lambda: True) == fingerprint
    kept = Path(CachedPictures("content").entries)
    assert len(list(kept.glob("card-*"))) == 1

    def encoded(*args: object) -> dict[str, bytes]:
        raise AssertionError("a photo was encoded again")

    monkeypatch.setattr(picture_encoding, "encode", encoded)
    Path("site").rename("before")
    assert _build("site") == first
    assert len(list(kept.glob("card-*"))) == 2  # drawn again, under its new key
    speed_pictures.card_code.cache_clear()


KEYED_ELSEWHERE = {
    # The modules of ours the encoding modules import that decide none of a kept file's
    # bytes, and why (what they hand the encoding code is in each entry's own key: the
    # file's digest, its cut, its size, a card's texts).
    "generator.content.files": "reads a file's bytes, which the entry is keyed by",
    "generator.content.model": "the frozen values a plan is made of, passed in the job",
    "generator.content.published": "which files are published: the plan, not the bytes",
    "generator.content.fieldtypes": "which names are pictures: the plan, not the bytes",
    "generator.content.kinds": "the name of a story's media folder: where a file is read, not its bytes",
    "generator.i18n.languages": "a story's language: a card's rtl and its CJK forms, both in its key",
    "generator.pictures.cards": "draws the cards, kept under a key of their own (card_code)",
    "generator.output.staging": "writes the kept bytes into the site as they are",
    "generator.speed.diskcache": "the cache's folder",
    "generator.speed.distributions": "reads Pillow's install record, whose digests are in the key",
    "generator.speed.parallel": "runs the encoding on the other core, same code",
    "generator.patterns": "compiles the expressions written in the importing module's own source",
    "generator.content.svg": "reads the size an SVG gives itself, for the pages: no kept file's bytes",
}


def _ours_imported(module: ModuleType) -> set[str]:
    """The modules of the generator that ``module``'s source imports, each by its name
    (``from generator.pictures import cards`` names generator.pictures.cards;
    ``from generator.content.pictures import Job`` names generator.content.pictures)."""
    assert module.__file__ is not None
    found: set[str] = set()
    for node in ast.walk(ast.parse(Path(module.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
            assert node.module is not None
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(
                    submodule
                    if _is_package(node.module) and importlib.util.find_spec(submodule)
                    else node.module
                )
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("generator")}
    return found


def _is_package(name: str) -> bool:
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.submodule_search_locations is not None


def test_every_module_the_encoding_code_imports_is_keyed_or_said_to_decide_no_bytes() -> None:
    # The fingerprint reads a list of modules, not all of ours (a change anywhere would
    # encode every photo again): code moved out of them into a new module would be left
    # out of the key, and kept renditions made by the old code published as new.
    encoding = {module.__name__ for module in speed_pictures.ENCODING_MODULES} | {speed_pictures.__name__}
    assert "generator.content.pictures" in encoding
    for module in (*speed_pictures.ENCODING_MODULES, speed_pictures):
        unkeyed = _ours_imported(module) - encoding - set(KEYED_ELSEWHERE)
        assert not unkeyed, (
            f"{module.__name__} imports {sorted(unkeyed)}: add it to ENCODING_MODULES or KEYED_ELSEWHERE"
        )
    imported = set().union(*(_ours_imported(m) for m in (*speed_pictures.ENCODING_MODULES, speed_pictures)))
    assert set(KEYED_ELSEWHERE) <= imported, "a module no longer imported: take it off KEYED_ELSEWHERE"


def test_the_cards_key_changes_with_the_unicode_tables_they_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Which letters a card can draw is read from Python's Unicode tables (cards.py), which
    # a new Python's tables change: a card kept from before would stay as it was drawn.
    before = speed_pictures.card_code()
    monkeypatch.setattr(unicodedata, "unidata_version", "99.0.0")
    speed_pictures.card_code.cache_clear()
    assert speed_pictures.card_code() != before
    monkeypatch.undo()
    speed_pictures.card_code.cache_clear()


def test_renditions_not_prepared_are_encoded_as_they_are_written(pictured: Project) -> None:
    # ``prepare`` starts encoding ahead; a writer not asked to prepare, or a cache
    # the disk could not keep, still gets every rendition, encoded one by one.
    cache = CachedPictures("content")
    plain = pictures.Pictures()
    site = checked_site(pipeline.Project("content", TEMPLATES))
    for maker in (cache, plain):
        _, jobs = pictures.plan_site(site, "content", maker, pages_converter())
        writer = FileWriter(str(Path(f"site-{id(maker)}").absolute()))
        os.makedirs(writer.folder)
        maker.write(jobs, "content", site.media_max_bytes, writer)
    assert site_files(Path(f"site-{id(cache)}")) == site_files(Path(f"site-{id(plain)}"))
    assert "story-a/pictures/two.jpg.800.webp" in site_files(Path(f"site-{id(cache)}"))


def _jobs() -> tuple[Site, list[pictures.Work]]:
    """The checked site of the project in the current folder, and its pictures' jobs."""
    site = checked_site(pipeline.Project("content", TEMPLATES))
    site, jobs = pictures.plan_site(site, "content", pictures.Pictures(), pages_converter())
    return site, jobs


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: encoded here")
def test_prepare_encodes_in_a_helper_while_the_build_goes_on(
    pictured: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    site, jobs = _jobs()
    started = tmp_path / "started"
    release = tmp_path / "release"
    encode = picture_encoding.encode

    def held(*args: Any) -> dict[str, bytes]:
        started.write_text(str(os.getpid()))
        # A minute: only a build that waits for the encoding stays here that long, while a
        # machine busy with other work may take seconds to come back to this test.
        deadline = time.monotonic() + 60
        while not release.exists():  # held until this test has seen prepare return
            if time.monotonic() > deadline:
                raise AssertionError("prepare waited for the encoding")
            time.sleep(0.01)
        return encode(*args)

    monkeypatch.setattr(picture_encoding, "encode", held)
    cache = CachedPictures("content")
    cache.prepare(jobs, "content", site.media_max_bytes)  # returns with the encoding held
    _wait_for(started)
    assert int(started.read_text()) != os.getpid()  # encoded by a helper process
    release.touch()
    writer = FileWriter(str(Path("site").absolute()))
    os.makedirs(writer.folder)
    cache.write(jobs, "content", site.media_max_bytes, writer)  # helps, waits, then links
    files = site_files(Path("site"))
    assert files["story-a/pictures/two.jpg.800.webp"].startswith(b"RIFF")
    assert sorted(files) == sorted(path for job in jobs for path in job.outputs())


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: encoded here")
def test_a_build_that_fails_after_prepare_stops_the_encoding_helper(
    pictured: Project, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started = tmp_path / "started"

    def endless(*args: Any) -> dict[str, bytes]:
        started.write_text(str(os.getpid()))
        time.sleep(60)
        raise AssertionError("not stopped")

    prepare = CachedPictures.prepare

    def prepared(self: CachedPictures, *args: Any) -> None:
        prepare(self, *args)
        _wait_for(started)  # the build goes on only once the helper is encoding

    monkeypatch.setattr(picture_encoding, "encode", endless)
    monkeypatch.setattr(CachedPictures, "prepare", prepared)
    pictured.write(
        "templates/event.html", "{% extends 'base.html' %}{% block main %}{{ nothing.here }}{% endblock %}"
    )
    templates = str(pictured.root / "templates")
    shutil.copytree(TEMPLATES, templates, dirs_exist_ok=True, ignore=shutil.ignore_patterns("event.html"))
    began = time.monotonic()
    with pytest.raises(ContentError, match=r"templates/event\.html"):
        build(content="content", templates=templates, out="site")
    assert time.monotonic() - began < 30  # not waiting for the helper's minute
    helper = int(started.read_text())
    assert helper not in live_children()  # stopped
    with pytest.raises(ChildProcessError):
        os.waitpid(helper, os.WNOHANG)  # and waited for: no zombie left
    assert not os.path.exists("site")


def _wait_for(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.01)


def test_on_one_core_prepare_encodes_everything_before_it_returns(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, jobs = _jobs()
    monkeypatch.setattr(parallel, "available", lambda: False)
    encoded: list[int] = []
    encode = picture_encoding.encode

    def here(*args: Any) -> dict[str, bytes]:
        encoded.append(os.getpid())
        return encode(*args)

    monkeypatch.setattr(picture_encoding, "encode", here)
    cache = CachedPictures("content")
    cache.prepare(jobs, "content", site.media_max_bytes)
    assert encoded == [os.getpid()] * 3  # one.jpg, two.jpg and logo.png, all here
    writer = FileWriter(str(Path("site").absolute()))
    os.makedirs(writer.folder)
    cache.write(jobs, "content", site.media_max_bytes, writer)
    assert len(encoded) == 3  # written from the cache: nothing encoded again
    assert sorted(site_files(Path("site"))) == sorted(path for job in jobs for path in job.outputs())


def test_the_caches_own_place_check_agrees_with_the_files_rule(tmp_path: Path) -> None:
    # CachedPictures resolves each folder once a build instead of every path in full:
    # for files that are not links themselves, the answer must be files.link_problem's.
    from generator.content import files
    from generator.speed.pictures import CachedPictures

    story = tmp_path / "content" / "story"
    for rel in ("media/a.jpg", "_private/b.jpg", "media/.hidden/c.jpg", "media/old~/d.jpg"):
        (story / rel).parent.mkdir(parents=True, exist_ok=True)
        (story / rel).write_bytes(b"x")
    (tmp_path / "content" / "other" / "media").mkdir(parents=True)
    (tmp_path / "content" / "other" / "media" / "e.jpg").write_bytes(b"x")
    (story / "media" / "linked").symlink_to("../_private")  # a folder link to a private folder
    (story / "media" / "elsewhere").symlink_to("../../other/media")
    cached = CachedPictures(str(tmp_path / "content"))
    paths = [
        "media/a.jpg",
        "_private/b.jpg",
        "media/.hidden/c.jpg",
        "media/old~/d.jpg",
        "media/linked/b.jpg",
        "media/elsewhere/e.jpg",
    ]
    answers = {p: cached._inside(str(story / p), str(story)) for p in paths}
    assert answers == {
        p: files.link_problem(str(story / p), str(story), files.is_ignored) is None for p in paths
    }
    assert answers["media/a.jpg"] and not any(v for p, v in answers.items() if p != "media/a.jpg")


def test_prepare_says_how_many_pictures_it_encodes_before_it_starts(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A first build with photos takes seconds a picture: the command says so before the
    # wait (``starting``), and how many it encoded afterwards; a build that takes them all
    # from the cache says nothing before.
    site, jobs = _jobs()
    monkeypatch.setattr(parallel, "available", lambda: False)  # encoded here, in order
    said: list[object] = []
    encode = picture_encoding.encode

    def here(*args: Any) -> dict[str, bytes]:
        said.append("encoded")
        return encode(*args)

    monkeypatch.setattr(picture_encoding, "encode", here)
    assert CachedPictures("content").prepare(jobs, "content", site.media_max_bytes, said.append) == 3
    assert said == [3, "encoded", "encoded", "encoded"]  # one.jpg, two.jpg and logo.png
    said.clear()
    assert CachedPictures("content").prepare(jobs, "content", site.media_max_bytes, said.append) == 0
    assert said == []
    plain = pictures.Pictures()  # encodes as it writes, so every picture, every time
    assert plain.prepare(jobs, "content", site.media_max_bytes, said.append) == 3
    assert said == [3]


def test_a_card_or_an_animation_is_not_counted_as_a_picture_to_encode() -> None:
    info = picture_info.Info(width=400, height=300, kind="GIF", alpha=False, animated=True)
    moving = pictures.Job(
        "s", "a.gif", "a.gif", info, picture_plan.plan_animation("s", "a.gif", info, "s/media/a.gif")
    )
    card = pictures.Card("s", "Title", "Site")
    assert pictures.photos([moving, card]) == 0


def test_a_photo_a_translation_copied_with_its_story_is_encoded_once(
    pictured: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The guide's way to translate a story copies its folder, media and all: the same
    # bytes in two stories are one cache entry, encoded once, not once a story.
    shutil.copytree("content/story-a", "content/story-a-es")
    story = Path("content/story-a-es/story.yaml")
    story.write_text(
        story.read_text().replace("title: ", "title: ES ", 1) + "language: es\ntranslation_of: story-a\n"
    )
    site, jobs = _jobs()
    monkeypatch.setattr(parallel, "available", lambda: False)  # encoded here, in order
    encoded: list[str] = []
    encode = picture_encoding.encode

    def here(*args: Any) -> dict[str, bytes]:
        encoded.append("encoded")
        return encode(*args)

    monkeypatch.setattr(picture_encoding, "encode", here)
    said: list[object] = []
    assert CachedPictures("content").prepare(jobs, "content", site.media_max_bytes, said.append) == 3
    assert said == [3] and len(encoded) == 3  # one.jpg, two.jpg and logo.png, once each
    assert (
        _build("site")["story-a-es/pictures/one.jpg.700.webp"]
        == site_files(Path("site"))["story-a/pictures/one.jpg.700.webp"]
    )
    assert len(encoded) == 3  # the build took both stories' renditions from the cache
