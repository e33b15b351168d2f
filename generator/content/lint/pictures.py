"""Warnings about a file's picture (``image:``): one shown without saying whose it is (no
``credit``), one that readers' browsers fetch from another site, which learns who reads
the page and sends the picture at full size, or from their own network (``localhost``,
``192.168.1.1``: a router's page), and one whose ``alt`` says what its
``caption`` says, which a screen reader reads out twice (the picture, then its caption).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.content.addresses import local_host
from generator.content.contentfile import ContentFile
from generator.content.lint.where import at, warning
from generator.content.model import Image
from generator.errors import Problem
from generator.i18n.languages import PERSIAN_LETTERS, caseless


def picture_warnings(file: ContentFile, image: Image | None) -> list[Problem]:
    """The warnings for a picture shown without saying whose it is, for one that
    readers' browsers fetch from another site, and for one whose alt text repeats its
    caption."""
    found = [warning(at(file, "image"), "image has no 'credit'")] if image and not image.credit else []
    if image and not image.is_local and (own := local_host(image.src)) is not None:
        found.append(warning(at(file, "image", "src"), on_readers_network(own)))
    elif image and not image.is_local:
        host = urlsplit(image.src).hostname or image.src
        found.append(
            warning(
                at(file, "image", "src"),
                f"this picture is on another site ({host}): every reader's browser asks that site "
                "for it, which tells it who reads the page, and gets it at full size; put the file "
                "in media/ instead",
            )
        )
    if image and image.caption and as_heard(image.alt) == as_heard(image.caption):
        found.append(
            warning(
                at(file, "image", "alt"),
                "'alt' says what 'caption' says, so a screen reader reads the same words twice "
                "(the picture's, then its caption's); in 'alt', say what the picture shows, for "
                "readers who cannot see it",
            )
        )
    return found


def on_readers_network(host: str) -> str:
    """What to say of a picture whose address's ``host`` is on the reader's own computer
    or network (``addresses.local_host``): every reader's browser would ask their router,
    printer or computer for it, which content from a pull request could use to reach
    them. A warning, as such a file built before and every file that builds keeps
    building; check --strict, which the workflows run on each pull request, refuses it."""
    return (
        f"this picture's address is on the reader's own computer or network ({host}), not a "
        "public site: every reader's browser would ask their own network for it; use the "
        "picture's public address, or put the file in media/"
    )


def as_heard(text: str) -> str:
    """``text``'s words, as a screen reader says them: without Markdown's marks of emphasis,
    capitals, the spaces between them or the full stop at the end (Chinese and Japanese
    '。', Arabic '؟', Devanagari '।' too), and Arabic's Yeh and Kaf as Persian's, which
    are said alike (text pasted from an Arabic keyboard into a Persian story has them),
    however its characters are encoded ('é' as one or as 'e' and its accent:
    ``languages.caseless``)."""
    plain = re.sub(r"[*_`]", "", text).translate(PERSIAN_LETTERS)
    return caseless(plain).rstrip(".!?…。．！？؟۔।")
