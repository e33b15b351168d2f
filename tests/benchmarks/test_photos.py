"""The benchmark's camera-size photos: 12 megapixels, a camera's EXIF, each one its own."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from benchmarks.photos import add_photos, photo
from benchmarks.synthetic import write_site
from tests.conftest import checked


def test_photos_are_12_megapixel_jpegs_with_a_cameras_metadata_and_all_different() -> None:
    first, second = photo(0), photo(1)
    assert first != second
    with Image.open(io.BytesIO(first)) as im:
        assert (im.format, im.size) == ("JPEG", (4000, 3000))
        exif = im.getexif()
        assert exif[0x010F] == "BenchCam" and exif.get_ifd(0x8825)


def test_photos_are_added_to_the_first_events(tmp_path: Path) -> None:
    content = write_site(str(tmp_path), 5)
    add_photos(content, "bench", 2)
    site = checked(content)
    pictured = [e for e in site.stories[0].events if e.image is not None]
    assert len(pictured) == 2 and pictured[0].image is not None and pictured[0].image.credit == "Bench Agency"
