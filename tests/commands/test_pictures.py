"""Pictures through the whole build: the lead picture, renditions instead of the
original, and unreadable pictures reported by check at the image field."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image

from generator.commands.build import build
from tests.conftest import TEMPLATES, Project
from tests.images import bomb_png, photo, transparent_png, truncated

LEAD = "image:\n  src: media/lead.jpg\n  alt: Rescuers at the mine\n  credit: Test Agency\n"


def with_pictures(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(2000, 1500, orientation=1))
    # 250 wide: too close to 240 for that width to be worth a file, so one size.
    project.write("content/story-a/media/logo.png", transparent_png(250, 160))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + LEAD)
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nimage:\n  src: media/logo.png\n  alt: The logo\n",
    )


def test_the_lead_picture_opens_the_story_page_and_its_home_card(project: Project) -> None:
    with_pictures(project)
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/x/")
    story = Path("site/story-a/index.html").read_text()
    lead = re.search(r"<figure class=\"image lead\">\n<picture>.*?</figure>", story, re.S)
    assert lead is not None, "the lead picture is in the story page"
    html = lead.group()
    assert '<source type="image/webp" srcset="../story-a/pictures/lead.jpg.240.webp 240w, ' in html
    assert (
        '<img src="../story-a/pictures/lead.jpg.960.jpg" srcset="../story-a/pictures/lead.jpg.240.jpg 240w, '
        '../story-a/pictures/lead.jpg.960.jpg 960w, ../story-a/pictures/lead.jpg.1600.jpg 1600w"'
    ) in html
    # Its proportions, from which a laptop's page sizes it beside the standfirst (style.css).
    assert (
        'width="1600" height="1200" style="--ratio: 1.3333" alt="Rescuers at the mine" fetchpriority="high"'
        ' decoding="async">' in html
    )
    # Said to screen readers after the caption as a credit (they read the two as one run).
    assert (
        '<span class="credit" data-pagefind-ignore><span class="visually-hidden">Credit: </span>Test Agency</span>'
        in html
    )
    assert story.index('class="image lead"') < story.index('id="timeline"')
    # Shared links show the largest JPEG, at its full address.
    assert (
        '<meta property="og:image" content="https://news.example/x/story-a/pictures/lead.jpg.1600.jpg">'
        in story
    )
    home = Path("site/index.html").read_text()
    assert '<img class="card-picture" src="story-a/pictures/lead.jpg.960.jpg"' in home
    figure = Path("site/story-a/figures/fig-a/index.html").read_text()
    assert '<source type="image/webp" srcset="../../../story-a/pictures/logo.png.250.webp 250w"' in figure
    # One size: the fallback needs no srcset.
    assert '<img src="../../../story-a/pictures/logo.png.250.png" width="250" height="160"' in figure
    # The figure's picture opens its page: loaded at once, sized before it arrives.
    assert (
        'width="250" height="160" style="--ratio: 1.5625" alt="The logo" fetchpriority="high" decoding="async">'
        in figure
    )


def test_renditions_are_published_and_the_originals_are_not(project: Project) -> None:
    with_pictures(project)
    build(content="content", templates=TEMPLATES, out="site")
    made = sorted(
        p.relative_to("site/story-a").as_posix()
        for p in Path("site/story-a").rglob("*.*")
        if "pictures" in p.parts
    )
    widths = ("240", "320", "480", "960", "1200", "1600")
    expected = {f"pictures/lead.jpg.{w}.webp" for w in widths} | {
        f"pictures/lead.jpg.{w}.jpg" for w in ("240", "960", "1600")
    }
    assert expected <= set(made)
    # The JPEG fallback has three widths only (picture_plan.FALLBACK_WIDTHS).
    assert not {f"pictures/lead.jpg.{w}.jpg" for w in ("320", "480", "1200")} & set(made)
    assert {"pictures/logo.png.250.webp", "pictures/logo.png.250.png"} <= set(made)
    # The camera's file (with its GPS position) stays private.
    assert not Path("site/story-a/media/lead.jpg").exists()
    assert not Path("site/story-a/media/logo.png").exists()


def test_an_original_that_a_text_links_to_is_published_whole_without_its_camera_data(
    project: Project,
) -> None:
    with_pictures(project)
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [the full photo](media/lead.jpg).\nsources: [src-a]\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    original = Path("content/story-a/media/lead.jpg").read_bytes()
    published = Path("site/story-a/media/lead.jpg").read_bytes()
    assert b"Exif\0\0" in original and b"Exif\0\0" not in published
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(published)) as after:
        assert after.format == "JPEG" and after.size == before.size  # the whole photo, as it was taken
        assert not after.getexif()


def test_remote_and_svg_images_pass_through(project: Project) -> None:
    project.write(
        "content/story-a/media/map.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>'
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "image:\n  src: https://cdn.example/p.jpg\n  alt: A remote one\n",
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nimage:\n  src: media/map.svg\n  alt: A map\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    assert (
        '<img src="https://cdn.example/p.jpg" alt="A remote one" decoding="async">'
        in Path("site/story-a/index.html").read_text()
    )
    assert Path("site/story-a/media/map.svg").exists()
    assert not Path("site/story-a/pictures").exists()


def test_unreadable_pictures_are_errors_at_the_image_field(project: Project) -> None:
    project.write("content/story-a/media/bomb.png", bomb_png())
    project.write("content/story-a/media/cut.jpg", truncated(photo(800, 600)))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/bomb.png\n  alt: A bomb\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Something.\nsources: [src-a]\n"
        "image:\n  src: media/cut.jpg\n  alt: Cut short\n",
    )
    problems = project.problems()
    assert len(problems) == 2
    assert (
        "content/story-a/story.yaml:8:8: 'image.src': 'media/bomb.png' has more than 89,478,485 pixels, "
        "more than a picture may have (it could be a decompression bomb); make it smaller"
    ) in problems
    assert any(
        p.startswith(
            "content/story-a/events/e1.yaml:6:8: 'image.src': 'media/cut.jpg' cannot be read as a picture (image file is truncated"
        )
        and p.endswith("; is the file damaged?")
        for p in problems
    )


def test_timeline_thumbnails_and_place_galleries_are_responsive_pictures(project: Project) -> None:
    project.write("content/story-a/media/scene.jpg", photo(1200, 900))
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Something.\nlocations: [loc-a]\nsources: [src-a]\n"
        "image:\n  src: media/scene.jpg\n  alt: The scene\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    story = Path("site/story-a/index.html").read_text()
    assert (
        '<source type="image/webp" srcset="../story-a/pictures/scene.jpg.240.webp 240w, '
        "../story-a/pictures/scene.jpg.320.webp 320w, ../story-a/pictures/scene.jpg.480.webp 480w, "
        '../story-a/pictures/scene.jpg.960.webp 960w, ../story-a/pictures/scene.jpg.1200.webp 1200w" '
        'sizes="(min-width: 900px) 10rem, 6.5rem">'
    ) in story
    assert '<img class="thumb" src="../story-a/pictures/scene.jpg.960.jpg"' in story
    assert 'width="1200" height="900" alt="The scene" loading="lazy" decoding="async">' in story
    place = Path("site/story-a/locations/loc-a/index.html").read_text()
    assert 'src="../../../story-a/pictures/scene.jpg.960.jpg"' in place
    assert 'sizes="(min-width: 40rem) 14rem, (min-width: 21rem) 50vw, 100vw"' in place


def test_a_wide_pictures_thumbnail_is_asked_for_as_wide_as_it_is_shown_before_the_cut(
    project: Project,
) -> None:
    # Cut to 4:3, a 6:1 panorama fills the box's height: at 'sizes' of the box's width the
    # browser took its 480-pixel rendition, 80 pixels high, and stretched it.
    project.write("content/story-a/media/wide.jpg", photo(2400, 400))
    project.write("content/story-a/media/photo.jpg", photo(1200, 900, seed=2))
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Wide.\nsources: [src-a]\n"
        "image:\n  src: media/wide.jpg\n  alt: The coast\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second event\ndate: 2020-01-02\nsummary: Usual.\nimage:\n  src: media/photo.jpg\n  alt: A street\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    story = Path("site/story-a/index.html").read_text()
    thumbs = re.findall(r'<img class="thumb" [^>]*>', story)
    wide = next(t for t in thumbs if "wide.jpg" in t)
    usual = next(t for t in thumbs if "photo.jpg" in t)
    assert 'sizes="(min-width: 900px) 44.9rem, 29.2rem"' in wide  # 6:1 (1600 x 267) over 4:3: 4.5 times
    assert 'sizes="(min-width: 900px) 10rem, 6.5rem"' in usual


def test_a_pictures_sizes_and_ratio_are_rounded_down_never_past_the_width_it_is_drawn(
    project: Project,
) -> None:
    # Chromium takes the narrowest rendition at least as dense as the screen, so a 'sizes'
    # a hair wider than the picture is drawn can tip it to the next rendition, up to twice
    # as wide. Rounded to the nearest, a 16:9 thumbnail drawn 8.667rem wide said 8.7rem,
    # and a 1.9:1 lead picture, drawn on a phone 1.0689 times the column, said 1.07.
    project.write("content/story-a/media/wide.jpg", photo(1600, 900))
    project.write("content/story-a/media/lead.jpg", photo(1900, 1000, seed=2))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: The bay\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Wide.\nsources: [src-a]\n"
        "image:\n  src: media/wide.jpg\n  alt: The coast\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/index.html").read_text()
    thumb = next(t for t in re.findall(r'<img class="thumb" [^>]*>', page) if "wide.jpg" in t)
    assert 'sizes="(min-width: 900px) 13.3rem, 8.6rem"' in thumb  # drawn 13.333rem, 8.667rem
    # 1600 x 842: drawn 1.0689 times the column, cut to 16:9.
    assert 'calc((100vw - 2rem) * 1.06)"' in page
    [event] = [
        p.read_text() for p in Path("site/story-a/events").glob("*/index.html") if "wide.jpg" in p.read_text()
    ]
    # 16:9 is 1.77777...: the box from --ratio and the width 'sizes' says, both 1.7777.
    assert 'style="--ratio: 1.7777"' in event
    assert "calc(80vh * 1.7777)" in event
