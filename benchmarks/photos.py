"""Camera-size photos for the pictures benchmark, made here with Pillow (the seed has none).

Each is a 12-megapixel JPEG (4,000 x 3,000) at a camera's quality, with a camera's EXIF
(make, orientation, GPS position), and content that compresses like a photograph: smooth
fields of colour, fine grain, and a mark of its own, so no two files are the same bytes.
Making the first takes about half a second; the others reuse its pixels.
"""

from __future__ import annotations

import io
import os
from functools import cache

WIDTH, HEIGHT = 4000, 3000


@cache
def _scene(width: int, height: int) -> object:
    from PIL import Image

    fields = Image.merge(
        "RGB",
        [Image.effect_noise((width // 40, height // 40), 60 + 8 * i).convert("L") for i in range(3)],
    ).resize((width, height), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    return Image.blend(fields, grain, 0.2)


def photo(index: int, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Photo number ``index``: the same scene with its own mark, as a camera saves it."""
    from PIL import Image, ImageDraw

    im = _scene(width, height).copy()  # type: ignore[attr-defined]
    draw = ImageDraw.Draw(im)
    x = (index * 97) % (width - 200)
    y = (index * 61) % (height - 200)
    draw.rectangle((x, y, x + 199, y + 199), fill=((index * 40) % 256, 80, 160))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"  # make
    exif[0x0112] = 1  # orientation
    exif[0x8825] = {1: "N", 2: (42.0, 52.0, float(index % 60)), 3: "E", 4: (74.0, 35.0, 10.0)}
    out = io.BytesIO()
    im.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def add_photos(content: str, story: str, count: int) -> None:
    """Give the first ``count`` events of ``story`` a photo each (``media/photo-N.jpg``)."""
    folder = os.path.join(content, story)
    os.makedirs(os.path.join(folder, "media"), exist_ok=True)
    events = sorted(os.listdir(os.path.join(folder, "events")))[:count]
    for i, name in enumerate(events):
        with open(os.path.join(folder, "media", f"photo-{i:03d}.jpg"), "wb") as f:
            f.write(photo(i))
        path = os.path.join(folder, "events", name)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"image:\n  src: media/photo-{i:03d}.jpg\n  alt: Photo {i}\n  credit: Bench Agency\n")
