"""Pictures kept on disk between builds, and encoded on both cores.

Encoding a camera's photo into its renditions takes a second or two
(``pictures/picture_encoding.py``);
from one build to the next almost every picture is unchanged. So:

- Each file's digest (SHA-256 of its bytes) and inspection are remembered by the file's
  place and ``stat`` (size, modification and change times, inode): an unchanged file is
  not read again (hashing a hundred 5 MB photos alone would take longer than the rest of
  a build). This index is one JSON file per content folder.
- Renditions are kept under the digest, in a folder per fingerprint of everything else
  that decides them (``fingerprint``): the source of the picture modules of ``pictures/``
  (``pictures.py``, ``picture_info.py``, ``picture_plan.py``, ``picture_encoding.py``),
  ``stripped.py`` and of this module, Pillow's build (its release and codecs) and
  whether AVIF is written. A social card is kept under its texts and what draws it
  (``card_code``: ``pictures/cards.py``, its fonts, the Unicode tables), so a change to the
  cards draws them again and leaves the photos' renditions be. A stale entry is never used.
- A build links the kept files into the site (a hard link: no bytes copied; a copy where
  the cache is on another disk) and leaves a file of the reused previous site alone when
  it is that very file.
- Pictures not kept yet are encoded by a forked helper (``parallel.py``) while this
  process goes on with the build, which then takes its share of what is left from the
  other end of the same list, and waits.

The cache folder is the Markdown cache's (``diskcache.py``): per user, never trusted when
someone else owns it or may write to it; a cache that cannot be read or written costs
time, never correctness. ``EXPLAINER_SPEED=off`` encodes every picture here, in turn, and
gives the same bytes (encoding is deterministic; a test compares).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import stat
import time
import unicodedata
from collections.abc import Callable, Iterable
from functools import partial
from types import ModuleType
from typing import Any

from generator.content import files, pictures
from generator.content.pictures import Card, Clean, Cut, Job, Pictures, Starting, Work, about, photos
from generator.output.staging import FileWriter
from generator.pictures import cards, picture_encoding, picture_info, picture_plan, stripped
from generator.pictures.picture_info import Info, PictureError
from generator.speed import diskcache, parallel
from generator.speed.distributions import installed

MAX_AGE = diskcache.MAX_AGE
"""Kept renditions not used for this long are deleted (seconds): as long as the
Markdown cache keeps a content folder's conversions."""

Stat = tuple[int, int, int, int]


def _stat_key(st: os.stat_result) -> Stat:
    return (st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns)


ENCODING_MODULES: tuple[ModuleType, ...] = (
    pictures,
    picture_info,
    picture_plan,
    picture_encoding,
    stripped,
)
"""The modules whose code, with this one's, decides what is kept: inspections,
renditions and the files a text links to (``stripped.py`` takes out their metadata).
Not every module of the generator (``diskcache.code_digest``): a change anywhere would
encode every photo again, a second or two each; nor ``cards.py``, whose cards are kept
under a key of their own (``card_code``). A test holds each module these import to be in
this list or named as deciding none of the bytes (``tests/speed/test_pictures.py``), so
code moved out of them is not left out of the key."""


def fingerprint(avif: Callable[[], bool]) -> str:
    """Everything besides a file's bytes that decides its inspection and renditions (and
    the Pillow a card is drawn with): our code and the Pillow that encodes
    (``pillow_build``; asked, with ``avif()``, only where its install does not tell)."""
    digest = hashlib.sha256()
    for source in (*(module.__file__ for module in ENCODING_MODULES), __file__):
        assert source is not None  # modules read from files, as every module of ours is
        with open(source, "rb") as f:
            digest.update(f.read())
    digest.update((pillow_build() or _pillow_asked(avif())).encode())
    return digest.hexdigest()


@functools.cache
def card_code() -> str:
    """What draws a social card besides its texts and Pillow: ``cards.py``'s code, its
    fonts (by the digests ``cards.DIGESTS`` lists, which a test holds to their bytes:
    reading 8 MB of fonts took milliseconds of every build) and the Unicode tables that
    tell it which letters are marks and which are drawn. Read once a process."""
    digest = hashlib.sha256()
    for source in (cards.__file__, cards.DIGESTS):
        assert source is not None
        with open(source, "rb") as f:
            digest.update(f.read())
    digest.update(unicodedata.unidata_version.encode())
    return digest.hexdigest()


@functools.cache
def pillow_build() -> str | None:
    """The installed Pillow's release and the digests its install record gives of its
    compiled modules and of the libraries its wheel bundles (the codecs): what decides
    the bytes it writes, read without importing it (importing it and asking its codecs'
    versions took 10-30 ms of every build, cached or not). None where the record lists no
    bundled library (a Linux wheel bundles them in ``pillow.libs/``, a macOS wheel in
    ``PIL/.dylibs/``): a Pillow built against the system's libraries, whose versions only
    Pillow itself can tell (and a Windows wheel, whose codecs are inside its modules:
    asked too, to be safe). Read once a process."""
    found = installed("pillow")
    if found is None:
        return None
    version, record = found
    compiled = sorted(
        f"{path} {digest or '?'}"
        for path, digest in record
        if _is_compiled(path.rpartition("/")[2])  # strings: a PurePosixPath each took 0.5 ms
    )
    if not any(line.startswith(BUNDLED) for line in compiled):
        return None
    return "\n".join([version, *compiled])


def _is_compiled(name: str) -> bool:
    """Whether a file of that name is compiled code: an extension module or a shared
    library (``libwebp-1b2f.so.7.1.10``)."""
    return name.endswith((".so", ".pyd", ".dylib")) or ".so." in name


BUNDLED = ("pillow.libs/", "PIL/.dylibs/")
"""Where Pillow's wheels keep the libraries they bundle (Linux, macOS)."""


def _pillow_asked(avif: bool) -> str:
    """Pillow's release, whether it writes AVIF, and its libraries' versions, as Pillow
    gives them: the codecs, the cards' text layout, and littleCMS, which converts a CMYK
    or a grey photo's colours into sRGB by its profile."""
    import PIL
    from PIL import features

    libraries = ("jpg", "webp", "avif", "zlib", "freetype2", "raqm", "fribidi", "harfbuzz", "littlecms2")
    versions = [str(PIL.__version__), str(avif), *(str(features.version(name)) for name in libraries)]
    return "\n".join(versions)


class CachedPictures(Pictures):
    """``Pictures`` with inspections and renditions kept on disk, and encoding on both cores."""

    def __init__(self, content: str) -> None:
        super().__init__()
        self.content = content
        self.root = os.path.join(diskcache.folder(), "pictures")
        key = hashlib.sha256(os.path.realpath(content).encode()).hexdigest()[:16]
        self.index_path = os.path.join(self.root, f"index-{key}.json")
        self._fingerprint: str | None = None
        self._index: dict[str, list[Any]] | None = None
        self._changed = False
        self._reused: dict[tuple[int, ...], tuple[object, object]] = {}
        self._reused_now: dict[tuple[int, ...], tuple[object, object]] = {}
        self._real: dict[str, str] = {}
        """This build's real paths of the folders pictures are in (and of their roots)."""
        self._looked: set[str] = set()
        """The files this build looked up in the index (``_known``)."""
        self._encoding: Encoding | None = None
        self._files: dict[str, tuple[int, int]] = {}
        """The inode and device of each kept rendition this build found as it was stored
        (``_kept``), which ``write`` links into the site without looking at it again."""

    # What is known of each file: its digest and inspection, by place and stat.

    @functools.cached_property
    def avif(self) -> bool:
        """Whether pictures are published in AVIF too: what Pillow answered, kept under its
        build (``pillow_build``), so a build that encodes nothing does not import Pillow
        to ask again (20-40 ms)."""
        build = pillow_build()
        if build is None:
            return picture_plan.avif_available()
        answer = os.path.join(self.root, f"avif-{hashlib.sha256(build.encode()).hexdigest()[:24]}")
        if _trusted(self.root):
            with contextlib.suppress(OSError), open(answer, "rb") as f:
                kept = f.read()
                if kept in (b"yes", b"no"):
                    return kept == b"yes"
        available = picture_plan.avif_available()
        with contextlib.suppress(OSError):
            os.makedirs(self.root, mode=0o700, exist_ok=True)
            diskcache.write_whole(answer, b"yes" if available else b"no")
        return available

    @property
    def fingerprint(self) -> str:
        if self._fingerprint is None:
            self._fingerprint = fingerprint(lambda: self.avif)
        return self._fingerprint

    @property
    def entries(self) -> str:
        """The folder of the renditions made with the current fingerprint."""
        return os.path.join(self.root, self.fingerprint[:24])

    def index(self) -> dict[str, list[Any]]:
        if self._index is None:
            self._index = {}
            try:
                if _trusted(self.root):
                    with open(self.index_path, encoding="utf-8") as f:
                        data = json.load(f)
                    if isinstance(data, dict) and data.get("fingerprint") == self.fingerprint:
                        found = data.get("files")
                        self._index = found if isinstance(found, dict) else {}
            except (OSError, ValueError):
                pass
        return self._index

    def _known(self, path: str, root: str) -> tuple[Stat, list[Any] | None]:
        """The file's stat, and what the index has for it while the file is unchanged."""
        absolute = os.path.abspath(path)
        self._looked.add(absolute)
        st = os.lstat(path)
        key = _stat_key(st)
        if not stat.S_ISREG(st.st_mode) or not self._inside(path, root):
            return key, None  # reading it will say why it cannot be
        hit = self.index().get(absolute)
        if isinstance(hit, list) and len(hit) == 3 and tuple(hit[0]) == key:
            return key, hit
        return key, None

    def _inside(self, path: str, root: str) -> bool:
        """``files.link_problem`` is None (with content's ``is_ignored``) for a file that is
        not a link itself (``lstat`` said so), with each folder's real path found once a
        build: resolving every component of a path took most of the time an unchanged
        picture costs."""
        folder, name = os.path.split(os.path.abspath(path))
        real, base = (
            self._real.get(f) or self._real.setdefault(f, os.path.realpath(f)) for f in (folder, root)
        )
        full = os.path.join(real, name)
        prefix = base.rstrip(os.sep) + os.sep
        if full == base:
            return True
        return full.startswith(prefix) and not any(
            files.is_ignored(p) for p in full[len(prefix) :].split(os.sep)
        )

    def inspect_file(self, path: str, root: str, limit: int) -> Info:
        with about(path):
            key, hit = self._known(path, root)
            if hit is None:
                data = self.read(path, root, limit)
                try:
                    found: Info | str = picture_info.inspect(data)
                except PictureError as exc:
                    found = str(exc)
                hit = [list(key), hashlib.sha256(data).hexdigest(), _dump(found)]
                self.index()[os.path.abspath(path)] = hit
                self._changed = True
            info = _load(hit[2])
            if isinstance(info, str):
                raise PictureError(info)
            return info

    def _digested(self, path: str, root: str) -> bool:
        """Whether the index has the digest of the file as it is now (read, and found to
        be no picture Pillow reads whole)."""
        try:
            return self._known(path, root)[1] is not None
        except OSError:
            return False

    def digest(self, path: str) -> str:
        """The digest of a file that ``inspect`` has seen."""
        hit = self.index()[os.path.abspath(path)]
        return str(hit[1])

    # Renditions: kept under the file's digest (a card: under its texts'; a shared link's
    # cut: under the digest and the cut, so a new focus is a new entry, and the file's
    # other renditions are not made again for it).

    def _entry(self, job: Work) -> str:
        if isinstance(job, Card):
            # A card forced right to left is another card ("\0rtl"), as is one whose Chinese,
            # Japanese or Korean characters take a language's forms ("\0jp"); the others
            # keep their entries.
            forced = "\0rtl" if job.rtl else ""
            region = cards.han_region(job.language)
            forms = f"\0{region}" if region else ""
            texts = f"{job.title}\0{job.site_title}{forced}{forms}\0{card_code()}"
            key = hashlib.sha256(texts.encode("utf-8", "surrogatepass")).hexdigest()
            return os.path.join(self.entries, "card-" + key)
        if isinstance(job, Cut):
            size, focus = f"{job.share.width}x{job.share.height}", job.focus.replace(" ", "-")
            cut = f"{size}-{focus}-{picture_plan.EXTENSIONS[job.mime]}"
            return os.path.join(self.entries, f"{self.digest(job.path)}-{cut}")
        if isinstance(job, Clean):
            return os.path.join(self.entries, f"{self.digest(job.path)}-clean")
        return os.path.join(self.entries, self.digest(job.path))

    @staticmethod
    def _name(path: str) -> str:
        """A rendition's name in its cache entry: '<story>/pictures/<rel>.960.webp' ->
        '960.webp', '<story>/card.png' -> 'card.png' (never a path: nothing else is kept)."""
        return ".".join(path.rsplit("/", 1)[-1].rsplit(".", 2)[-2:])

    def _kept(self, job: Work) -> bool:
        """Whether the renditions of ``job`` are kept, each as it was stored.

        A site's renditions are hard links to the cache's files: a tool run over the site
        that writes a file in place (an optimiser, ``exiftool -overwrite_original_in_place``)
        writes the cache's too, and every later build published what it left. So "done"
        records each file's size and modification time when stored, and a file that no
        longer has them is made again (into a new file: the site's keeps what it was given).
        """
        entry = self._entry(job)
        try:
            with open(os.path.join(entry, "done"), "rb") as f:
                stored = json.loads(f.read())
            if not isinstance(stored, dict):
                return False
            found = {}
            for name in map(self._name, job.outputs()):
                source = os.path.join(entry, name)
                st = os.stat(source)
                if stored.get(name) != [st.st_size, st.st_mtime_ns]:  # as ``_file_key`` keeps it
                    return False
                found[source] = (st.st_ino, st.st_dev)
        except (OSError, ValueError):
            return False
        self._files.update(found)
        return True

    def _store(self, job: Work, made: dict[str, bytes]) -> None:
        """Keep ``made``, the renditions of ``job``; marked done, with what each file is
        (``_kept``), once all are in place."""
        entry = self._entry(job)
        try:
            os.makedirs(entry, mode=0o700, exist_ok=True)
            stored = {}
            for name, data in ((self._name(p), d) for p, d in made.items()):
                path = os.path.join(entry, name)
                diskcache.write_whole(path, data, mode=0o644)
                stored[name] = _file_key(path)
            diskcache.write_whole(os.path.join(entry, "done"), json.dumps(stored).encode(), mode=0o644)
        except OSError:
            pass  # not kept: made again next time

    def _ready(self, jobs: list[Work], root: str, limit: int) -> bool:
        """Inspect the files of ``jobs`` (for their digests); whether the cache can be used."""
        for job in jobs:
            if isinstance(job, Job | Cut):
                self.inspect(job.path, os.path.join(root, job.story_id), limit)
            elif isinstance(job, Clean):  # for its digest: a linked file need not be a picture Pillow reads
                folder = os.path.join(root, job.story_id)
                try:
                    self.inspect(job.path, folder, limit)
                except PictureError:
                    if not self._digested(job.path, folder):
                        raise  # it could not be read at all
        self.checked()
        with contextlib.suppress(OSError):
            os.makedirs(self.entries, mode=0o700, exist_ok=True)
        return _trusted(self.root) and os.path.isdir(self.entries)

    def encode(self, job: Work, root: str, limit: int) -> dict[str, bytes]:
        """Every rendition of ``job``, from the cache when kept there (the preview)."""
        if not self._ready([job], root, limit):
            return super().encode(job, root, limit)
        entry = self._entry(job)
        if self._kept(job):
            with contextlib.suppress(OSError):
                found = {}
                for path in job.outputs():
                    with open(os.path.join(entry, self._name(path)), "rb") as f:
                        found[path] = f.read()
                return found
        made = super().encode(job, root, limit)
        self._store(job, made)
        return made

    def kept_rendition(self, job: Work, path: str, root: str, limit: int) -> bytes | None:
        if not self._ready([job], root, limit) or not self._kept(job):
            return None
        try:
            with open(os.path.join(self._entry(job), self._name(path)), "rb") as f:
                return f.read()
        except OSError:
            return None

    def version(self, job: Work, root: str, limit: int) -> str:
        """The cache entry of ``job`` (its file's digest as last inspected), where the
        cache can be used."""
        if not self._ready([job], root, limit):
            return super().version(job, root, limit)
        return self._entry(job)

    def keep(self, job: Work, data: bytes, made: dict[str, bytes]) -> None:
        """Keep ``made`` under the digest the build found, when ``data`` is that very file:
        one saved over it since is another picture, whose renditions must not be kept
        under the other's digest. Called in the preview's forked helper: the index is
        only read (the server's process writes it)."""
        try:
            digest = self.digest(job.path)
        except KeyError:
            return
        if _trusted(self.root) and hashlib.sha256(data).hexdigest() == digest:
            self._store(job, made)

    def prepare(self, jobs: Iterable[Work], root: str, limit: int, starting: Starting = None) -> int:
        """Start encoding what the cache does not have yet: a forked helper encodes and
        keeps it while this process goes on with the build (which is otherwise idle on
        the second core until it renders); ``write`` helps with what is left, and waits.

        Most first builds encode only a social card (40 ms with Pillow's import): it is
        drawn while the Markdown is converted and the page list made. On one core (or
        without ``fork``) everything is encoded here, now.
        """
        jobs = list(jobs)
        if not jobs or not self._ready(jobs, root, limit):
            return super().prepare(jobs, root, limit, starting)  # encoded as they are written
        todo = self._distinct([job for job in jobs if not self._kept(job)])
        if photos(todo) and starting is not None:
            starting(photos(todo))
        if todo:
            self._encoding = Encoding(todo, partial(self._make, root=root, limit=limit))
            if not parallel.available():
                self._encoded()  # no helper: all of it here, now
        return photos(todo)

    def _distinct(self, jobs: list[Work]) -> list[Work]:
        """``jobs`` less those whose renditions another of them makes: a translation
        copies its story's media, so the same photo in two stories is one cache entry,
        encoded once and linked into both (``write``)."""
        seen: set[tuple[str, frozenset[str]]] = set()
        distinct = []
        for job in jobs:
            key = (self._entry(job), frozenset(map(self._name, job.outputs())))
            if key not in seen:
                seen.add(key)
                distinct.append(job)
        return distinct

    def _make(self, job: Work, *, root: str, limit: int) -> None:
        self._store(job, super().encode(job, root, limit))

    def _encoded(self) -> None:
        """Wait for the encoding ``prepare`` started, helping with what is left; its
        PictureError raised here."""
        encoding, self._encoding = self._encoding, None
        if encoding is not None:
            encoding.finish()
            _prune(self.root, keep=self.entries)

    def write(self, jobs: Iterable[Work], root: str, limit: int, write: Callable[[str, bytes], None]) -> None:
        """Link every rendition from the cache into the site; what ``prepare`` did not
        keep (it was not asked, or the disk is full) is encoded here, one by one."""
        self._encoded()
        jobs = list(jobs)
        if not jobs:
            return
        if not self._ready(jobs, root, limit) or not isinstance(write, FileWriter):
            super().write(jobs, root, limit, write)
            return
        for job in jobs:
            entry = self._entry(job)
            with contextlib.suppress(OSError):
                os.utime(entry)  # in use: not for pruning
            try:
                for path in job.outputs():
                    source = os.path.join(entry, self._name(path))
                    write.link(path, source, self._files.get(source))
            except FileNotFoundError:  # not kept: made here
                for path, data in super().encode(job, root, limit).items():
                    write(path, data)

    def checked(self) -> None:
        """The inspections of a check are done: the index is written if it changed."""
        self.save_index()

    def save_index(self) -> None:
        """Write the index if this build added to it (or a build before dropped the
        files gone from it: ``_forget_gone``)."""
        if not self._changed or self._index is None:
            return
        try:
            os.makedirs(self.root, mode=0o700, exist_ok=True)
            index = {"fingerprint": self.fingerprint, "files": self._index}
            diskcache.write_whole(self.index_path, json.dumps(index).encode("utf-8"))
            self._changed = False
        except OSError:
            pass

    # The model objects rebuilt with pictures, handed back while unchanged (the preview
    # compares pages and reuses fragments by identity).

    def reuse(self, original: object, made: Any) -> Any:
        key = (id(original),)
        hit = self._reused.get(key)
        if hit is not None and hit[0] is original and hit[1] == made:
            made = hit[1]
        self._reused_now[key] = (original, made)
        return made

    def start(self) -> None:
        """A build begins: files and folders are looked at anew."""
        super().start()
        self._real.clear()
        self._files.clear()

    def finish(self) -> None:
        """A build is over: what it did not use is forgotten, and an encoding it started
        but never waited for (it failed before) is stopped."""
        if self._encoding is not None:
            self._encoding.stop()
            self._encoding = None
        super().finish()
        self._real.clear()
        self._files.clear()
        self._reused, self._reused_now = self._reused_now, {}
        self._forget_gone()

    def _forget_gone(self) -> None:
        """Drop from the index the files this build did not look up that are gone
        (deleted, renamed): a preview's day of pictures added and removed, and the
        builds of months, would otherwise keep every picture ever inspected. Those not
        looked up but still there (a build stopped early by an error) are kept."""
        if self._index is not None:
            gone = [p for p in self._index if p not in self._looked and not os.path.lexists(p)]
            for path in gone:
                del self._index[path]
            self._changed = self._changed or bool(gone)
        self._looked.clear()


class Encoding:
    """Pictures being encoded and kept by a forked helper, taking them one by one from
    the front of the list; ``finish`` takes the rest from the back here, then waits.
    Without a helper (one core, no ``fork``), ``finish`` encodes them all."""

    def __init__(self, todo: list[Work], make: Callable[[Work], None]) -> None:
        self._todo = todo
        self._make = make
        self._claims = parallel.Claims(len(todo))
        try:
            self._helper = parallel.Helper(partial(self._take, True))
        except BaseException:
            self._claims.close()
            raise

    def _take(self, front: bool) -> None:
        while got := self._claims.take(front=front, batch=1):
            for i in got:
                self._make(self._todo[i])

    def finish(self) -> None:
        """Encode what the helper has not taken, then wait for it; an error of either
        is raised here (the helper stopped at once if this side failed)."""
        try:
            self._take(False)
            self._helper.result()
        except BaseException:
            self._helper.stop()
            raise
        finally:
            self._claims.close()

    def stop(self) -> None:
        """Stop the helper at once: what it encodes is no longer wanted (a picture it
        was keeping is left unmarked, and made again next time)."""
        self._helper.stop()
        self._claims.close()


def _file_key(path: str) -> list[int]:
    """A kept file's size and modification time (OSError if it is gone)."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns]


def _dump(found: Info | str) -> Any:
    if isinstance(found, str):
        return found
    return [found.width, found.height, found.kind, found.alpha, found.animated, found.photo]


def _load(kept: Any) -> Info | str:
    if isinstance(kept, str):
        return kept
    width, height, kind, alpha, animated, photo = kept
    return Info(int(width), int(height), str(kind), bool(alpha), bool(animated), bool(photo))


def _trusted(folder: str) -> bool:
    """Whether ``folder`` is ours alone (not someone else's, not writable by others)."""
    try:
        st = os.stat(folder)
    except OSError:
        return False
    return not hasattr(os, "getuid") or (st.st_uid == os.getuid() and not st.st_mode & 0o022)


def _prune(root: str, keep: str) -> None:
    """Delete renditions not used for ``MAX_AGE``, and those of other fingerprints (an
    older version of the generator or of Pillow) as they age too."""
    import shutil

    now = time.time()
    with contextlib.suppress(OSError):
        for fp in os.scandir(root):
            if not fp.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):  # gone since listed: the others are still looked at
                for entry in os.scandir(fp.path):
                    with contextlib.suppress(OSError):
                        if now - entry.stat(follow_symlinks=False).st_mtime > MAX_AGE:
                            shutil.rmtree(entry.path, ignore_errors=True)
            if fp.path != keep:
                with contextlib.suppress(OSError):
                    os.rmdir(fp.path)  # only once empty
