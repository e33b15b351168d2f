"""Media files: which kinds may be published, and why a file cannot be.

A story's media are published on the site's own origin, so a file there can do whatever
a page of the site can: an HTML file or an SVG with a script would run around the
sanitiser that every page goes through. Only images, audio, video and PDF are published,
recognised by their content as well as their name, and SVG is rewritten to drawing
elements only (``svg.py``). Which files a text links to is read in ``markdown_links.py``.
"""

from __future__ import annotations

import os

from generator.content import files
from generator.content.svg import safe_svg

# filetype (and defusedxml and xml.etree, in svg.py) are imported where a media file is
# looked at: most builds look at none, and importing them would cost every build 8 ms.

KINDS: dict[str, frozenset[str]] = {
    # Each extension with the types its content may have (``filetype``'s names).
    ".jpg": frozenset({"image/jpeg"}),
    ".jpeg": frozenset({"image/jpeg"}),
    ".png": frozenset({"image/png"}),
    ".gif": frozenset({"image/gif"}),
    ".webp": frozenset({"image/webp"}),
    ".avif": frozenset({"image/avif"}),
    ".mp3": frozenset({"audio/mpeg"}),
    ".m4a": frozenset({"audio/mp4", "video/mp4"}),
    ".ogg": frozenset({"audio/ogg", "video/ogg", "audio/opus"}),
    ".oga": frozenset({"audio/ogg", "audio/opus"}),
    ".opus": frozenset({"audio/opus", "audio/ogg"}),
    ".wav": frozenset({"audio/x-wav"}),
    ".flac": frozenset({"audio/x-flac"}),
    ".mp4": frozenset({"video/mp4", "video/x-m4v", "video/quicktime", "audio/mp4"}),
    ".m4v": frozenset({"video/x-m4v", "video/mp4"}),
    ".webm": frozenset({"video/webm"}),
    ".mov": frozenset({"video/quicktime", "video/mp4"}),
    ".pdf": frozenset({"application/pdf"}),
}
SVG = ".svg"
ALLOWED = (*KINDS, SVG)
UNSHOWN_PHOTOS = (
    ".heic",
    ".heif",
    ".tif",
    ".tiff",
    ".dng",
    ".cr2",
    ".cr3",
    ".nef",
    ".arw",
    ".raf",
    ".orf",
    ".psd",
)
"""Photos as phones, cameras and editing programs save them, which browsers do not show
(an iPhone's HEIC, a scan's TIFF, a camera's raw file): not published; told to export."""
SMALLER = "make the file smaller, or raise 'media_max_mb' in site.yaml"
"""What to do about a media file over the size limit (``media_max_mb``, 50 MB unless set)."""
_HEAD_BYTES = 8192
"""How much of a file is read to recognise its type (``filetype`` needs 261 bytes)."""


LFS_POINTER = b"version https://git-lfs.github.com/spec/"
"""How a Git LFS pointer begins: the few lines a clone holds in place of a file kept in
Git LFS until Git LFS downloads it (without Git LFS installed, or in a checkout that
does not ask for it, the pointer is all there is)."""

NOT_DOWNLOADED = (
    "is a placeholder for a file kept in Git LFS, not the file itself: it was never "
    "downloaded; install Git LFS and run 'git lfs pull' (a GitHub workflow needs "
    "'lfs: true' in its checkout step)"
)
"""Why a media file that is a Git LFS pointer cannot be published: not what the file
should be saved as, which it already is where it is kept."""


def problem(path: str, limit: int, found: str | None = None) -> str | None:
    """Why the media file at ``path`` cannot be published, or None. The file was found
    by loading, which made sure it is a regular file inside the project. ``found`` is
    the type of its content when that is known already (a picture Pillow has read):
    then its first bytes are not read again."""
    ext = os.path.splitext(path)[1].lower()
    if ext in UNSHOWN_PHOTOS:
        return f"is a photo of type '{ext}', which browsers do not show; export it as JPEG and name that file"
    if ext not in ALLOWED:
        kinds = ", ".join(sorted(ALLOWED))
        return f"media of type '{ext or 'none'}' are not published; use one of {kinds}"
    try:
        if ext == SVG:
            data = files.read_bounded(path, limit)
            if data.startswith(LFS_POINTER):
                return NOT_DOWNLOADED
            safe_svg(data)
            return None
        size = os.stat(path).st_size
        if size > limit:
            return f"{files.over_limit(size, limit)}; {SMALLER}"
        if size == 0:  # a copy or a download that went wrong: nothing to recognise
            return "is empty (0 bytes); copy the file in again"
        head = _head(path) if found is None else b""
        if head.startswith(LFS_POINTER):
            return NOT_DOWNLOADED
    except files.TooLarge as exc:
        return f"{exc}; {SMALLER}"
    except (files.UnsafeFile, ValueError) as exc:
        return str(exc)
    except OSError as exc:
        return files.cannot_read(exc)
    if found is None:
        import filetype

        found = filetype.guess_mime(head)
    return None if found in KINDS[ext] else _misnamed(path, ext, found)


def _misnamed(path: str, ext: str, found: str | None) -> str:
    """Why a file whose content is not what its name says cannot be published, and the
    name it should have when its content is a kind that is published."""
    named = f"is not a {ext[1:].upper()} file"
    if found is None:
        return f"{named}: its content is not a kind of file we recognise; export or save it again as {ext}"
    actual = next((e for e, kinds in KINDS.items() if found in kinds), None)
    if actual is None:
        return f"{named}: its content is '{found}'; export or save it again as {ext}"
    stem = os.path.splitext(os.path.basename(path))[0]
    return f"{named}: it is a {actual[1:].upper()} file ('{found}'); rename it to '{stem}{actual}'"


def _head(path: str) -> bytes:
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        return os.read(fd, _HEAD_BYTES)
    finally:
        os.close(fd)


def publishable(path: str, *, root: str, limit: int) -> bytes:
    """The bytes to publish for the media file at ``path`` in the story folder ``root``:
    SVG made safe, a GIF or PNG without its metadata (``stripped.py``: an animation a
    story shows is published from here, frames and timing as they are, and a GIF's
    comment or a PNG's text went out with it); raises ``files.UnsafeFile``,
    ``ValueError`` (a broken SVG) or ``OSError``."""
    data = files.read_regular(path, root=root, limit=limit, skip=files.is_ignored)
    ext = os.path.splitext(path)[1].lower()
    if ext == SVG:
        return safe_svg(data)
    if ext in (".gif", ".png"):
        from generator.pictures import stripped

        return (stripped.gif if ext == ".gif" else stripped.png)(data) or data
    return data
