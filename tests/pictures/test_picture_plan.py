"""Which renditions a picture is published in (``pictures/picture_plan.py``): widths never
enlarged nor taller than WebP holds, formats by kind, names, and the cut for shared links."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from generator.pictures import picture_encoding, picture_info, picture_plan
from generator.pictures.picture_info import Info
from tests.images import (
    tiny_png,
)


def test_pictures_are_never_enlarged() -> None:
    assert picture_plan.widths(4000, 3000) == (240, 320, 480, 960, 1200, 1600)
    assert picture_plan.widths(1600, 900) == (240, 320, 480, 960, 1200, 1600)
    # 960 is too close to 1,000 to be worth a file.
    assert picture_plan.widths(1000, 750) == (240, 320, 480, 1000)
    assert picture_plan.widths(700, 700) == (240, 320, 480, 700)
    assert picture_plan.widths(300, 200) == (240, 300)
    assert picture_plan.widths(250, 200) == (250,)


def test_a_long_infographic_is_published_narrower_than_webps_limit_on_height() -> None:
    # 1,000 x 20,000 at its own width is 20,000 pixels tall: WebP refuses more than 16,383
    # on a side, and the build stopped with a traceback from the encoder.
    assert picture_plan.widths(1000, 20_000) == (240, 320, 480, 819)
    assert picture_plan.widths(4000, 60_000) == (240, 320, 480, 960, 1092)
    # At the limit, a picture that fitted before keeps its widths: 1,600 x 16,383 here.
    assert picture_plan.widths(1603, 16_414) == (240, 320, 480, 960, 1200, 1600)
    assert picture_plan.widths(1603, 16_415) == (240, 320, 480, 960, 1200, 1599)
    for width, height in ((1603, 16_414), (1603, 16_415), (7, 100_000), (1000, 20_000), (333, 40_000)):
        widest = picture_plan.widths(width, height)[-1]
        assert round(height * widest / width) <= picture_info.MAX_SIDE < round(height * (widest + 1) / width)
    plan = picture_plan.plan("story", "long.png", Info(1000, 20_000, "PNG", False, False), avif=False)
    assert max(r.height for f in plan.formats for r in f.renditions) <= picture_info.MAX_SIDE
    assert (plan.width, plan.height) == (819, 16_380)
    data = tiny_png(1000, 20_000)
    made = picture_encoding.encode(data, picture_info.inspect(data), plan)
    assert Image.open(io.BytesIO(made["story/pictures/long.png.819.webp"])).size == (819, 16_380)


def test_photos_get_avif_where_pillow_writes_it_and_drawings_stay_lossless() -> None:
    jpeg = Info(4000, 3000, "JPEG", alpha=False, animated=False)
    assert picture_plan.formats(jpeg, avif=True) == ("image/avif", "image/webp", "image/jpeg")
    assert picture_plan.formats(jpeg, avif=False) == ("image/webp", "image/jpeg")
    assert picture_plan.formats(Info(10, 10, "WEBP", alpha=True, animated=False), avif=False) == (
        "image/webp",
        "image/png",
    )
    assert picture_plan.formats(Info(10, 10, "PNG", alpha=False, animated=False), avif=True) == (
        "image/webp",
        "image/png",
    )


def test_a_plan_names_every_rendition_with_its_size() -> None:
    plan = picture_plan.plan("story", "sub/photo one.jpg", Info(1200, 900, "JPEG", False, False), avif=False)
    assert (plan.width, plan.height) == (1200, 900)
    assert [f.mime for f in plan.formats] == ["image/webp", "image/jpeg"]
    assert [(r.path, r.width, r.height) for r in plan.formats[0].renditions] == [
        ("story/pictures/sub/photo one.jpg.240.webp", 240, 180),
        ("story/pictures/sub/photo one.jpg.320.webp", 320, 240),
        ("story/pictures/sub/photo one.jpg.480.webp", 480, 360),
        ("story/pictures/sub/photo one.jpg.960.webp", 960, 720),
        ("story/pictures/sub/photo one.jpg.1200.webp", 1200, 900),
    ]
    # The fallback: the thumbnail, the src of a browser without srcset and the largest.
    assert [(r.path, r.width, r.height) for r in plan.fallback.renditions] == [
        ("story/pictures/sub/photo one.jpg.240.jpg", 240, 180),
        ("story/pictures/sub/photo one.jpg.960.jpg", 960, 720),
        ("story/pictures/sub/photo one.jpg.1200.jpg", 1200, 900),
    ]
    assert plan.default.width == 960 and plan.largest.width == 1200


@pytest.mark.parametrize(
    ("width", "default"), [(1024, 1024), (1066, 1066), (1000, 1000), (1067, 960), (4000, 960)]
)
def test_the_default_rendition_is_never_the_thumbnail_of_a_wide_picture(width: int, default: int) -> None:
    # The src of a browser without srcset, and the one picture a feed entry shows. A
    # 1,024-pixel photo's fallback is its 240 and its 1,024 (no 960 so near its width):
    # "the widest of at most 1,000 pixels" was the 240 thumbnail, which the feed showed
    # 240 pixels wide (it was the 480 while the fallback had six widths).
    plan = picture_plan.plan("s", "p.jpg", Info(width, width * 3 // 4, "JPEG", False, False), avif=False)
    assert plan.default.width == default


def test_the_fallback_has_three_widths_and_the_better_formats_all_six() -> None:
    def widths(info: Info, avif: bool = True) -> list[tuple[str, list[int]]]:
        plan = picture_plan.plan("s", "p.jpg", info, avif=avif)
        return [(f.mime, [r.width for r in f.renditions]) for f in plan.formats]

    all_six = [240, 320, 480, 960, 1200, 1600]
    assert widths(Info(4000, 3000, "JPEG", False, False)) == [
        ("image/avif", all_six),
        ("image/webp", all_six),
        ("image/jpeg", [240, 960, 1600]),
    ]
    # A see-through picture's fallback is PNG, a drawing's too: the same three widths.
    assert widths(Info(4000, 3000, "PNG", True, False, photo=True))[-1] == ("image/png", [240, 960, 1600])
    assert widths(Info(2000, 1500, "PNG", False, False)) == [
        ("image/webp", all_six),
        ("image/png", [240, 960, 1600]),
    ]
    # Never enlarged: a picture narrower than 960 keeps its own width as its widest.
    assert widths(Info(700, 500, "JPEG", False, False))[-1] == ("image/jpeg", [240, 700])
    assert widths(Info(1000, 500, "JPEG", False, False))[-1] == ("image/jpeg", [240, 1000])
    assert widths(Info(200, 150, "JPEG", False, False))[-1] == ("image/jpeg", [200])


def _share(width: int, height: int, focus: str | None, kind: str = "JPEG", alpha: bool = False) -> str | None:
    info = Info(width, height, kind, alpha=alpha, animated=False)
    share = picture_plan.plan_share(
        "s", "p.jpg", info, focus, picture_plan.plan("s", "p.jpg", info, avif=False)
    )
    return None if share is None else f"{share.path} {share.width}x{share.height}"


def test_a_shared_links_cut_is_planned_only_where_a_social_sites_cut_would_lose_the_subject() -> None:
    assert _share(3000, 4000, "top") == "s/pictures/p.jpg.1200x630.top.jpg 1200x630"
    assert _share(800, 1200, "top left") == "s/pictures/p.jpg.800x420.top-left.jpg 800x420"  # never enlarged
    assert _share(3000, 1000, "right") == "s/pictures/p.jpg.1200x630.right.jpg 1200x630"
    assert _share(2000, 600, "left") == "s/pictures/p.jpg.1143x600.left.jpg 1143x600"
    assert _share(1200, 900, "bottom", kind="PNG") == "s/pictures/p.jpg.1200x630.bottom.png 1200x630"
    assert _share(3000, 4000, None) is None
    assert _share(3000, 4000, "center") is None  # the middle: what social sites cut anyway
    # A panorama: a social site's cut of its largest rendition (1600 x 267) would be 508
    # pixels wide and blurred; cut here from the file, around the middle.
    assert _share(12000, 2000, "center") == "s/pictures/p.jpg.1200x630.center.jpg 1200x630"
    # 4:1: the social site's cut of its largest rendition (1600 x 400) would be 762 x 400,
    # shown enlarged at 1200 x 630; the file has the pixels for a sharp one.
    assert _share(6000, 1500, "center") == "s/pictures/p.jpg.1200x630.center.jpg 1200x630"
    assert _share(4800, 1600, "center") == "s/pictures/p.jpg.1200x630.center.jpg 1200x630"  # 3:1
    assert _share(1600, 533, "center") is None  # 3:1, the file no larger: its cut would be the social site's
    assert _share(1600, 400, "center") is None  # the same, 4:1
    assert _share(3200, 1258, "center") is None  # a cut of 1200 where the social site's is 1198: no gain
    assert _share(1910, 1000, "top") is None  # 1.91:1 already
    assert _share(1850, 1000, "top") is None  # 1.85:1: within a few percent of it
    assert _share(1600, 900, "top") is not None  # 16:9: 7% off, a band lost at the top
    assert _share(500, 900, "top") is None  # 500 wide: a shared link would show it blurred
    assert _share(1200, 1600, "top", kind="PNG", alpha=True) is None  # see-through: never shared
    animated = Info(1200, 1600, "GIF", alpha=False, animated=True)
    assert (
        picture_plan.plan_share(
            "s",
            "a.gif",
            animated,
            "top",
            picture_plan.plan_animation("s", "a.gif", animated, "s/media/a.gif"),
        )
        is None
    )


def test_an_animation_is_planned_as_it_is_where_the_content_publishes_it_and_a_still() -> None:
    animated = Info(400, 300, "GIF", alpha=True, animated=True)
    made = picture_plan.plan_animation("s", "spin.gif", animated, "s/media/spin.gif")
    assert [(f.mime, [(r.path, r.width, r.height) for r in f.renditions]) for f in made.formats] == [
        ("image/gif", [("s/media/spin.gif", 400, 300)])
    ]
    assert made.still is not None and made.still.path == "s/pictures/spin.gif.still.png"
    assert (made.width, made.height, made.transparent) == (400, 300, True)
    # Resized, it would stop moving: plan refuses it rather than plan renditions.
    with pytest.raises(ValueError, match=r"spin\.gif moves"):
        picture_plan.plan("s", "spin.gif", animated, avif=False)
