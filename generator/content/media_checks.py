"""The media files a story's texts and ``image:`` fields name, checked: each is there
(a name near one that is, or in the wrong case, is suggested), one file on every
system, fit to publish (``media.problem``), and, for a picture, readable whole and
safely, since the build resizes it. ``check.py`` calls these for each story.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from generator.content import media
from generator.content.fieldtypes import is_raster
from generator.content.file_check import Checker
from generator.content.files import UnsafeFile
from generator.content.kinds import MEDIA_FOLDER
from generator.content.load import RawStory
from generator.errors import Problem, Severity, did_you_mean

if TYPE_CHECKING:
    from generator.content.pictures import Pictures


def check_media_files(raw: RawStory, checker: Checker, media_limit: int, pictures: Pictures) -> None:
    """Every media file the story's texts and images name: there, one file on every
    system, and fit to publish (a picture that reads, a file of an allowed kind)."""
    pictured = {rel for rel, _, _ in checker.pictures}
    for rel, label, pos in checker.images:
        if rel in raw.one_file:  # it is there, but one file with another on some systems
            other = raw.one_file[rel]
            left_out = f"'media/{rel}' is left out, as it and 'media/{other}' are one file on some systems"
            checker.error(
                pos, f"'{label}': {left_out} (said at the file); rename one, and write its new name here"
            )
        elif rel in raw.refused:  # it is there, but refused, the reason said at the file
            checker.error(pos, f"'{label}': 'media/{rel}' is there but refused (said at the file)")
        elif rel not in raw.media:
            hint = _media_hint(rel, raw.media) if checker.spelling.affords(raw.media) else ""
            shown = rel if _in_capital_media(rel) is not None else f"media/{rel}"
            checker.error(pos, f"'{label}': no file '{shown}' in this story{hint}")
        elif (why := _media_problem(raw, rel, media_limit, pictures, rel in pictured)) is not None:
            checker.error(pos, f"'{label}': 'media/{rel}' {why}")


def _media_problem(
    raw: RawStory, rel: str, media_limit: int, pictures: Pictures, pictured: bool
) -> str | None:
    """``media.problem`` of the story's ``media/<rel>``. For the file of an ``image:``
    field that Pillow can read, the format Pillow found says what the file holds: its
    first bytes are not read as well (an unchanged picture's inspection is kept by the
    cache, so a build reads nothing of it)."""
    from generator.pictures.picture_info import SOURCE_MIME, PictureError

    path = os.path.join(raw.path, MEDIA_FOLDER, rel)
    if pictured and is_raster(rel):
        try:
            info = pictures.inspect(path, raw.path, media_limit)
        except PictureError:
            pass  # what media.problem finds is said first; the picture's own problem after
        else:
            return media.problem(path, media_limit, found=SOURCE_MIME[info.kind])
    return media.problem(path, media_limit)


def check_pictures(
    raw: RawStory, checker: Checker, media_limit: int, pictures: Pictures, notices: list[Problem]
) -> None:
    """The raster files of ``image:`` fields must be pictures that can be read whole and
    safely (no decompression bomb): the build resizes them. One a text shows or links to
    is told of in the same words at the link (``_linked_picture`` says how bad it is),
    unless an ``image:`` shows it too, where it is told already."""
    from generator.pictures.picture_info import PictureError

    found: dict[str, str | None] = {}
    tiny: dict[str, str | None] = {}
    reported = {p.where for p in checker.problems}
    pictured = {rel for rel, _, _ in checker.pictures}
    linked = [(rel, label, pos) for rel, label, pos in checker.images if rel not in pictured]
    for rel, label, pos in [*checker.pictures, *linked]:
        if rel not in raw.media or not is_raster(rel) or pos in reported:
            continue  # missing or not publishable: reported above
        if rel not in found:
            try:
                info = pictures.inspect(os.path.join(raw.path, MEDIA_FOLDER, rel), raw.path, media_limit)
                found[rel], tiny[rel] = None, _too_small(info.width, info.height)
            except PictureError as exc:
                found[rel] = str(exc)
        why = found[rel]
        if why is None:
            if (small := tiny.get(rel)) is not None:
                notices.append(Problem(pos, f"'{label}': 'media/{rel}' {small}", Severity.WARNING))
            continue
        problem = Problem(pos, f"'{label}': 'media/{rel}' {why}")
        if rel in pictured or _linked_picture(raw, rel, media_limit, pictures) is Severity.ERROR:
            checker.problems.append(problem)
        else:
            notices.append(dataclasses.replace(problem, severity=Severity.WARNING))


SMALLEST_PICTURE = 16
"""Pixels on a side below which a picture file shows readers nothing: a web page's
tracking pixel or spacer, or a placeholder, saved in place of the photo (a 1 x 1 GIF
was published stretched to the thumbnail's width without a word)."""


def _too_small(width: int, height: int) -> str | None:
    """What to say of a picture ``width`` x ``height`` pixels too small to show anything."""
    if width >= SMALLEST_PICTURE and height >= SMALLEST_PICTURE:
        return None
    return (
        f"is {width} x {height} pixels, too small to show readers anything (a web page's tracking "
        "pixel or a placeholder saved instead of the picture?); put the picture itself in media/"
    )


def _linked_picture(raw: RawStory, rel: str, media_limit: int, pictures: Pictures) -> Severity:
    """How bad a picture file that cannot be read whole is when a text shows or links to
    it. The build publishes such a file without its metadata (``pictures.picture_encoding.clean``),
    taking the blocks that hold it out of the file without decoding its picture: a
    damaged JPEG, PNG or still GIF went out as it is, with no word to the editor, and
    every file that builds keeps building, so it is a warning (``check --strict`` refuses
    it). A file cleaning must decode (an AVIF, a WebP whose blocks cannot be followed)
    stopped the build when damaged: an error, said here at the link, before the build."""
    from generator.pictures.picture_encoding import clean
    from generator.pictures.picture_info import PictureError

    try:
        clean(pictures.read(os.path.join(raw.path, MEDIA_FOLDER, rel), raw.path, media_limit))
    except (PictureError, UnsafeFile, OSError):
        return Severity.ERROR
    return Severity.WARNING


def unprefixed(rel: str, label: str, names: set[str], refused: Collection[str] = ()) -> str:
    """What to write for a link to a story's file named without its folder ('wreck.jpg'),
    or with it in capitals ('Media/wreck.jpg'): the page would link to an address beside
    the page, where there is no file (a web server tells capitals apart). A file of
    ``refused`` (left out of ``names``, its reason said at the file) is said to be there."""
    rest = _in_capital_media(rel)
    if (meant := rest or rel) in refused:
        return (
            f"'{label}': no file '{rel}'; 'media/{meant}' is there but refused (said at the file), "
            "and a link to a story's file starts with 'media/'"
        )
    if rest is not None:
        hint = _media_hint(rest, names) or f"; did you mean 'media/{rest}'?"
        return (
            f"'{label}': no file '{rel}' in this story{hint} (the folder is 'media', in small "
            "letters: the site's server tells capitals apart)"
        )
    if rel in names:
        return (
            f"'{label}': no file '{rel}'; did you mean 'media/{rel}'? "
            "(a link to a story's file starts with 'media/')"
        )
    hint = _media_hint(rel, names)
    return (
        f"'{label}': no file '{rel}', nor 'media/{rel}', in this story{hint} "
        "(a link to a story's file starts with 'media/')"
    )


def _in_capital_media(rel: str) -> str | None:
    """What follows the folder in ``rel`` when it names the media folder in capitals
    ('Media/x.jpg', 'MEDIA/x.jpg'): the editor's computer may find the file, the site's
    server does not."""
    folder, slash, rest = rel.partition("/")
    return rest if slash and rest and folder != MEDIA_FOLDER and folder.casefold() == MEDIA_FOLDER else None


def _media_hint(rel: str, names: set[str]) -> str:
    """A did-you-mean for a missing media file. A name that differs only in case
    ('Note.PNG' for 'note.png') comes first: the site's server may tell the two apart
    even where the editor's computer does not, and difflib scores such a name too low
    once the name is short and most of its letters differ in case."""
    rel = _in_capital_media(rel) or rel  # 'Media/Photo.JPG' for 'media/photo.jpg'
    folded = rel.casefold()
    same = sorted(name for name in names if name.casefold() == folded)
    if same:
        return f"; did you mean 'media/{same[0]}'?"
    hint = did_you_mean(rel, names)
    return hint.replace("; did you mean '", "; did you mean 'media/", 1)
