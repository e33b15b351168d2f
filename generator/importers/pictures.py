"""A slide's picture, copied into the story's ``media/`` where it can be.

- A picture at an ``https://`` address stays there, or, given a ``fetch.Fetcher``, is
  downloaded into the story's ``media/`` when the build would publish what arrives; one
  that cannot be keeps its address, and a report on its slide says why
  (``not_downloaded``).
- A picture the timeline names by a relative address (as our own export does without a
  base_url) is copied from beside the timeline file (``beside``), when check would take it.
- Each picture gets one name in ``media/`` (``Pictures``): two of the same name from
  different folders or addresses keep apart, the same bytes twice are one file, and a
  file the story already has (``--force`` keeps its media) is never overwritten. A size
  the build made of a picture ('dock.png.1600.jpg') is named as the picture it was made
  from (``original_name``), so a story's own export comes back with its names.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field, replace

from generator.content import files, media
from generator.content.fieldtypes import PICTURE_TYPES, is_raster
from generator.content.ids import spelt_alike, to_id
from generator.content.kinds import MEDIA_FOLDER
from generator.content.medianames import media_name_problem
from generator.importers.fetch import Downloaded, Fetcher, NotFetched, host_named
from generator.importers.slides import Report
from generator.pictures.picture_info import PictureError, inspect

MAX_PICTURE_BYTES = files.MAX_MEDIA_BYTES


@dataclass(frozen=True)
class Picture:
    src: str
    """An https:// address, or ``media/<name>`` for a file copied from beside the timeline
    or downloaded."""
    alt: str
    credit: str = ""
    caption: str = ""
    copy_from: str | None = None
    """The file beside the timeline, or the one downloaded from ``address``, that becomes
    ``src``."""
    address: str = ""
    """The https:// address the picture was downloaded from (``copy_from`` is then in the
    fetcher's folder)."""
    not_downloaded: str = ""
    """Why the picture at ``src``, an https:// address, could not be downloaded."""
    alt_given: bool = field(default=True, compare=False)
    """Whether ``alt`` is given (the source's Alt Text, or the media's ``alt`` or ``title``;
    or the one an editor wrote in the file an import replaces, kept:
    ``carried_over.with_their_alt``), rather than the caption or headline standing in for
    one, which the import's notes name.
    Where the words came from, not what the picture is: two pictures alike in all else
    are the same."""


@dataclass
class Pictures:
    """The pictures copied from beside the timeline or downloaded: one name in ``media/``
    per picture, so two pictures of the same name in different folders (or at different
    addresses) do not overwrite each other, nor a picture overwrite a different one that
    the story already has (``--force`` keeps its media)."""

    folder: str
    """The folder of the timeline file, where relative addresses are looked for."""
    media: str | None = None
    """The ``media/`` folder of the story being replaced, whose files stay."""
    limit: int = MAX_PICTURE_BYTES
    """The largest picture the site allows (``media_max_mb``)."""
    fetch: Fetcher | None = None
    """What downloads the pictures at https:// addresses; None: they keep their addresses."""
    by_file: dict[str, str] = field(default_factory=dict)
    """Each file (or address) named: its name in ``media/``."""
    by_bytes: dict[bytes, str] = field(default_factory=dict)
    """The digest of each file named: its name (the same picture twice is one file)."""
    kept: dict[str, str] = field(default_factory=dict)
    """The files already in ``media``: each name, case folded, to the name as written."""
    fetched: dict[str, Picture] = field(default_factory=dict)
    """What each address downloaded (or not) became: a slide showing it again shares it."""

    def __post_init__(self) -> None:
        if self.media is not None:
            # Every file counts, hidden ones too: none may be overwritten.
            for rel, _ in files.walk_files(self.media, skip=lambda _: False):
                self.kept[rel.casefold()] = rel

    def name(self, wanted: str, key: str, data: bytes) -> str:
        """The name in ``media/`` of the file ``key`` (a path beside the timeline, or an
        address) holding ``data``: that of a file named before with the same bytes, or
        that the story already has with them (``--force``: not copied in twice), or that
        it has under the name earlier id rules gave it when it has none ``wanted``
        (``_kept_by_an_old_rule``), else ``wanted``, or ``wanted`` with -2, -3... before its extension
        when another file has it (whatever the case, as some file systems do not tell
        'a.jpg' from 'A.jpg')."""
        if key not in self.by_file:
            digest = hashlib.sha256(data).digest()
            taken = {n.casefold() for n in self.by_file.values()}
            name = (
                self.by_bytes.get(digest)
                or self._kept_holding(data, wanted)
                or (None if wanted.casefold() in self.kept else self._kept_by_an_old_rule(wanted, taken))
            )
            if name is None:
                stem, extension = os.path.splitext(wanted)
                name, n = wanted, 2
                while name.casefold() in taken or not self._free(name, data):
                    name, n = f"{stem}-{n}{extension}", n + 1
                name = self.kept.get(name.casefold(), name)
            self.by_file[key] = self.by_bytes.setdefault(digest, name)
        return self.by_file[key]

    def _kept_holding(self, data: bytes, wanted: str) -> str | None:
        """The name of a file the story has already that holds ``data`` and is of the kind
        ``wanted`` names (its extension), or None. Files the build passes over (hidden,
        private) are not pictures a story may show."""
        if self.media is None:
            return None
        kind = os.path.splitext(wanted)[1].lower()
        for rel in self.kept.values():
            if (
                os.path.splitext(rel)[1].lower() != kind
                or any(files.is_ignored(part) for part in rel.split("/"))
                or _size(os.path.join(self.media, rel)) != len(data)
            ):
                continue
            if self._free(rel, data):
                return rel
        return None

    def _kept_by_an_old_rule(self, wanted: str, taken: set[str]) -> str | None:
        """The name of a file the story has already that an earlier import gave the picture
        ``wanted`` names, by the id rules before, which parted an apostrophe's word and a
        number's groups ('maui-s-fire.jpg', '1-000-dead.jpg' for what is 'mauis-fire.jpg',
        '1000-dead.jpg' now) and read a decimal as a thousand ('rate-2125.jpg' for
        'rate-2-125.jpg'): the same name but for hyphens (``spelt_alike``, as an event's
        file is matched), of the same kind, that no other picture of this import took.
        Its bytes differ (a picture site's new encoding), else ``_kept_holding`` named it;
        written under its new name beside it, it left that file unused. The file stays as
        it is (never overwritten) and is named again."""
        if self.media is None:
            return None
        stem, kind = os.path.splitext(wanted)
        for rel in sorted(self.kept.values()):
            other, other_kind = os.path.splitext(rel)
            if other_kind.lower() == kind and spelt_alike(stem, other) and rel.casefold() not in taken:
                return rel
        return None

    def downloaded(self, picture: Picture, path: str) -> Picture:
        """``picture``, at an https:// address whose path is ``path``, downloaded into
        ``media/`` when there is a fetcher and what arrives is a picture the build
        publishes; else at its address, saying why when it was tried."""
        if self.fetch is None:
            return picture
        url = picture.src
        if url not in self.fetched:
            self.fetched[url] = self._download(url, path)
        got = self.fetched[url]
        return replace(
            picture,
            src=got.src,
            copy_from=got.copy_from,
            address=got.address,
            not_downloaded=got.not_downloaded,
        )

    def _download(self, url: str, path: str) -> Picture:
        """What downloading ``url`` gave (alt text and all left empty): a file and its name,
        or why there is none."""
        assert self.fetch is not None
        last = original_name(path.rsplit("/", 1)[-1])
        extension = next(kind for kind in PICTURE_TYPES if last.lower().endswith(kind))
        stem = last[: -len(extension)]  # '.jpg' alone is a name without a stem, not a hidden file
        try:
            got = self.fetch.download(url, extension, self.limit)
        except NotFetched as exc:
            return Picture(url, "", not_downloaded=str(exc))
        host = host_named(url)
        if extension != media.SVG and (sent := _sent_kind(got.data)) not in media.KINDS[extension]:
            actual = next((kind for kind in PICTURE_TYPES if sent in media.KINDS.get(kind, ())), None)
            if actual is None:
                # Check's words ('rename it to ...', 'save it again as ...') would name the
                # download's own file, which the editor never sees.
                return Picture(url, "", not_downloaded=_not_a_picture(host, extension, sent))
            # A picture of another kind than its address says (a picture site may send WebP
            # for a '.jpg' address): named for what it is, as check wants it.
            path = os.path.splitext(got.path)[0] + actual
            os.replace(got.path, path)
            got, extension = Downloaded(path, got.data), actual
        if (why := _picture_problem(got.path, got.data, self.limit)) is not None:
            return Picture(url, "", not_downloaded=f"what {host} sent {why}")
        # A name the story's rules take in any file system: its id rules, and the kind's
        # extension in small letters ('Zoë at the gate.JPG' -> 'zoe-at-the-gate.jpg').
        wanted = to_id(stem, limit=60, fallback="picture") + extension
        named = self.name(wanted, url, got.data)
        return Picture(f"media/{named}", "", copy_from=got.path, address=url)

    def _free(self, name: str, data: bytes) -> bool:
        """Whether ``name`` may hold ``data`` in the story's media: no file has it yet, or
        the one that has it holds the same bytes."""
        existing = self.kept.get(name.casefold())
        if existing is None or self.media is None:
            return True
        try:
            there = files.read_regular(os.path.join(self.media, existing), root=self.media, limit=len(data))
        except (files.UnsafeFile, OSError):
            return False  # a link, a larger file or one that cannot be read: not the same
        return there == data


def beside(path: str, pictures: Pictures, where: str, reports: list[Report]) -> Picture | None:
    """A picture the timeline names by relative address (as our own export does without
    a base_url), copied from beside the timeline file if it is there. A backslash is read
    as a slash, as a browser reads it in the address of the page's TimelineJS (a sheet
    typed on Windows writes 'pictures\\map.png')."""
    names = path.replace("\\", "/").split("/")
    if path.startswith(("/", "\\")) or any(n in ("", ".", "..") for n in names):
        said = (
            f"media '{path}' is not a picture beside the timeline: give its https:// address, or "
            f"its path from the timeline's folder ('pictures/{names[-1] or 'map.png'}'); left out"
        )
        reports.append(Report(where, said))
        return None
    name = _loadable(
        "/".join(names[1:]) if names[0] == MEDIA_FOLDER and len(names) > 1 else original_name(names[-1])
    )
    found = os.path.join(pictures.folder, *names)
    try:
        data = files.read_regular(found, root=pictures.folder or ".", limit=pictures.limit)
    except (files.UnsafeFile, OSError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        reports.append(
            Report(where, f"media '{path}' cannot be read beside the timeline ({reason}); left out")
        )
        return None
    if (why := _picture_problem(found, data, pictures.limit)) is not None:
        reports.append(Report(where, f"media '{path}' left out: {why}"))
        return None
    return Picture(f"media/{pictures.name(name, os.path.normpath(found), data)}", "", copy_from=found)


def _loadable(rel: str) -> str:
    """``rel``, a picture's path in ``media/``, with each folder or file name that loading
    passes over ('.priv/', '_notes.png') or check refuses (a character reversing the text)
    named as downloads are: 'priv/', 'notes.png'. Kept as it was, the picture would be
    left out of the story (its event's src naming no file), or the story refused."""
    parts = rel.split("/")
    for n, part in enumerate(parts):
        if not files.is_ignored(part) and media_name_problem(part) is None:
            continue
        if n < len(parts) - 1:
            parts[n] = to_id(part, limit=60, fallback="pictures")
        else:
            stem, extension = os.path.splitext(part)
            parts[n] = to_id(stem, limit=60, fallback="picture") + extension.lower()
    return "/".join(parts)


_RENDITION = re.compile(
    r"(?P<stem>.+)\.(?:jpe?g|png|webp|avif|gif)\.\d+(?P<extension>\.(?:jpe?g|png|webp|avif))", re.IGNORECASE
)
"""The name of a size the build made of a picture (``pictures/picture_plan.py``: 'dock.jpg' at
1,600 pixels is 'dock.jpg.1600.jpg'), as a story's own export names its pictures."""


def original_name(name: str) -> str:
    """The name of the picture a size the build made was made from, with the size's own
    kind ('dock.png.1600.jpg' is 'dock.jpg', a JPEG): a story's own export imported again
    gives its pictures their names back, not 'dock-jpg-1600.jpg'. Any other name as it is."""
    found = _RENDITION.fullmatch(name)
    return name if found is None else found["stem"] + found["extension"]


def _picture_problem(path: str, data: bytes, limit: int) -> str | None:
    """Why the picture file at ``path`` (holding ``data``) would not pass ``check``, by
    check's own rules: the media a story may publish (at most ``limit`` bytes), then a
    picture read whole."""
    if (why := media.problem(path, limit)) is not None:
        return why
    if is_raster(path):
        try:
            inspect(data)
        except PictureError as exc:
            return str(exc)
    return None


def _sent_kind(data: bytes) -> str | None:
    """The type of file ``data`` is by its content (``filetype``'s names, as check reads
    them), or None when it is none that is recognised."""
    import filetype  # as in media.py: most imports download nothing

    found = filetype.guess_mime(data[:8192])
    return str(found) if found is not None else None


def _not_a_picture(host: str, extension: str, sent: str | None) -> str:
    """Why what ``host`` sent for a picture whose address ends in ``extension`` is kept
    out: it is no picture a page shows (a web page about the picture, most often)."""
    what = f"'{sent}'" if sent is not None else "no kind of picture (a web page, perhaps)"
    return (
        f"what {host} sent for this {extension[1:].upper()} picture is {what}; give the address of "
        "the picture itself, or save the picture into media/ and give that as its src"
    )


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def not_downloaded(picture: Picture | None, where: str, written: str) -> Report | None:
    """The report on a picture that could not be downloaded, on the slide that became
    ``written``: it keeps its address, as the timeline had it."""
    if picture is None or not picture.not_downloaded:
        return None
    return Report(
        where, f"picture not downloaded: {picture.not_downloaded}; kept its address", written=written
    )
