"""Warnings about a file's picture (``image:``): one shown without saying whose it is (no
``credit``), and one that readers' browsers fetch from another site, which learns who
reads the page and sends the picture at full size.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from generator.content.lint.where import at, warning
from generator.content.load import ContentFile
from generator.content.model import Image
from generator.errors import Problem


def picture_warnings(file: ContentFile, image: Image | None) -> list[Problem]:
    """The warnings for a picture shown without saying whose it is, and for one that
    readers' browsers fetch from another site."""
    found = [warning(at(file, "image"), "image has no 'credit'")] if image and not image.credit else []
    if image and not image.is_local:
        host = urlsplit(image.src).hostname or image.src
        found.append(
            warning(
                at(file, "image", "src"),
                f"this picture is on another site ({host}): every reader's browser asks that site "
                "for it, which tells it who reads the page, and gets it at full size; put the file "
                "in media/ instead",
            )
        )
    return found
