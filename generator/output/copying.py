"""The files a build publishes as they are, not rendered: the theme's assets (read once,
before the pages, which link each by the version of the very bytes copied; a stylesheet
without its comments, ``stylesheets.py``) and the
stories' media (read as they are written; an SVG made safe and a GIF's or PNG's metadata
taken out on the way: ``content/media.py``). A file that is, or has become since it was
checked, something unsafe (a link out of its folder, say) is a content error, not a
traceback, and is not published."""

from __future__ import annotations

import os
from collections.abc import Mapping

from generator.content import files, media
from generator.content.kinds import MEDIA_FOLDER, published_media
from generator.content.model import Site
from generator.errors import ContentError, Position, Problem
from generator.output import stylesheets
from generator.output.staging import FileWriter


def read_assets(templates: str) -> dict[str, bytes]:
    """The files of the theme's ``assets/`` folder by name (``css/print.css``), as they
    are published (hidden files and editors' backups left out, and a link to one
    refused: ``env.txt`` leading to the theme's ``.env`` published it)."""
    found: dict[str, bytes] = {}
    for rel, entry in files.theme_assets(templates):
        try:
            found[rel] = publishable_asset(rel, read_asset(entry.path, templates))
        except (files.UnsafeFile, OSError) as exc:
            raise ContentError([Problem(Position(entry.path), f"this theme file {_why(exc)}")]) from None
    return found


def read_asset(path: str, templates: str) -> bytes:
    """The bytes of the theme's asset at ``path``, read as a build publishes it: a regular
    file inside the theme folder ``templates``, within ``files.MAX_MEDIA_BYTES``, not a
    link to a name the theme passes over (``files.is_ignored_in_theme``); UnsafeFile or
    OSError. The preview reads what it serves so too (``preview/rebuild.py``)."""
    return files.read_regular(
        path, root=templates, limit=files.MAX_MEDIA_BYTES, skip=files.is_ignored_in_theme
    )


def publishable_asset(rel: str, data: bytes) -> bytes:
    """The theme's asset ``rel`` (``css/print.css``) as published, from the bytes of its
    file: a stylesheet without its comments (the theme's notes, for its editors), the
    others as they are. The preview serves the same (``preview/rebuild.py``)."""
    return stylesheets.published(data) if is_stylesheet(rel) else data


def is_stylesheet(rel: str) -> bool:
    """Whether the theme's asset ``rel`` is a stylesheet (``.css``, in any case)."""
    return rel.lower().endswith(".css")


def copy_assets(assets: Mapping[str, bytes], write: FileWriter) -> None:
    """The theme's assets (``read_assets``) into ``site/assets/``."""
    for rel, data in assets.items():
        write(f"{files.ASSETS}/{rel}", data)


def copy_media(content: str, site: Site, write: FileWriter) -> None:
    """Each story's media that its published pages use (``published.py``)."""
    for story in site.stories:
        for rel in sorted(story.media):
            story_folder = os.path.join(content, story.id)
            write(
                published_media(story.id, rel),
                read_media(os.path.join(story_folder, MEDIA_FOLDER, rel), story_folder, site),
            )


def read_media(path: str, story_folder: str, site: Site) -> bytes:
    """A media file as published (``media.publishable``: SVG made safe, a GIF's or PNG's
    metadata taken out); a file changed since it was checked into something unsafe (a
    link out of its story's folder, say) is a content error, not a traceback."""
    try:
        return media.publishable(path, root=story_folder, limit=site.media_max_bytes)
    except (files.UnsafeFile, ValueError, OSError) as exc:
        raise ContentError([Problem(Position(path), f"this media file {_why(exc)}")]) from None


def _why(exc: Exception) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
