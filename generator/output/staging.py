"""The output folder: assembled beside the target, then swapped in whole.

A build writes into a temporary folder next to the output and, once every file is in
place, exchanges the two in one atomic step (Linux ``renameat2``; two renames and a
recovery on the next run elsewhere). So a reader, a server or a killed build only ever
sees the previous site or the new one, and pages that no longer exist disappear.

The site that was just replaced is not deleted: it is kept beside the output as
``.<name>.previous`` and becomes the next build's temporary folder. The next build
compares each file it makes with the file already there and writes only those whose
bytes differ, then deletes the ones that are gone. Creating folders and files is the
slowest part of writing a site on many disks; a rebuild after a small edit creates
almost none. The result is the same folder a fresh build makes (a test checks it).

Nothing is deleted or reused that is not recognisably the build's own (``is_own``): a
folder of someone else's that happens to sit where the kept site or a temporary folder
would go is left exactly as it is, and the build then keeps no previous site. Some
folders are never replaced at all, even with ``--force`` (``protect.py``).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator

_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

MARKER = ".explainer-site"
"""Written into every folder the build makes (the output, the kept previous site, the
temporary folders), so that a later build knows the folder is its own."""

MARKER_TEXT = b"Built by explainer. The whole folder is replaced by the next build.\n"
"""The marker's exact content (the same since the first release, so folders made by
earlier versions are still recognised)."""


KEPT = ".explainer-kept"
"""After the path of a file written as a stand-in (``FileWriter.stand_ins``): where its
own bytes wait until they are put back."""


def is_own(folder: str) -> bool:
    """Whether ``folder`` is recognisably one the build made: a folder itself (not a
    link to one) holding ``MARKER`` as a regular file with exactly ``MARKER_TEXT``.

    Only such a folder is ever reused or deleted without being asked to by name.
    """
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        # O_NOFOLLOW: a link named like the marker proves nothing; O_NONBLOCK: a FIFO
        # named like it must not hang the build.
        fd = os.open(os.path.join(folder, MARKER), os.O_RDONLY | _O_NOFOLLOW | _O_NONBLOCK | _O_CLOEXEC)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return os.read(fd, len(MARKER_TEXT) + 1) == MARKER_TEXT
    except OSError:
        return False
    finally:
        os.close(fd)


def _write_marker(folder: str) -> None:
    _write_file(os.path.join(folder, MARKER), MARKER_TEXT)


def previous_site_path(out: str) -> str:
    """Where the site a build replaced is kept beside ``out`` for the next build to
    start from: ``.<name>.previous`` (``.site.previous`` for ``site``)."""
    parent, name = os.path.split(os.path.abspath(out))
    return os.path.join(parent, f".{name}.previous")


def _write_file(path: str, data: bytes) -> None:
    """Create (or truncate) ``path`` holding ``data``. With os.open and os.write: for a
    thousand pages, a thousand file objects and the system calls they make to set up
    buffering are worth avoiding."""
    # O_NOFOLLOW: a link put where a file goes must not send the bytes elsewhere.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_CLOEXEC | _O_NOFOLLOW, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


class FileWriter:
    """Writes the files of a site into a folder, leaving alone files already there with
    the same bytes. The render helper process has its own writer; ``adopt`` merges the
    paths it wrote into this one's."""

    def __init__(self, folder: str, existing: set[str] | None = None) -> None:
        self.folder = folder
        self.existing = existing or set()
        """Paths of the files the folder held before (a reused previous site)."""
        self.written: set[str] = set()
        self._prefix = os.path.join(folder, "")  # the folder, ending in a separator
        self._made: set[str] = set()
        """Folders known to exist (made here or by another process writing here)."""
        self._listed: dict[str, tuple[dict[str, int], int]] = {}
        """Folders of the reused site that ``link`` looked in: each file's inode, as the
        folder's listing gives it, and the folder's device."""
        self._stand_in: tuple[Callable[[str], bool], Callable[[bytes], bytes]] | None = None
        """Which files are written as stand-ins, and how each is made (``stand_ins``)."""

    def _target(self, path: str) -> str:
        """Where the site's ``path`` (with '/') is in the folder."""
        parts = path.split("/")
        if ".." in parts:  # a path made from a name nothing checked must not climb out
            raise ValueError(f"'{path}' would be written outside the site")
        return self._prefix + path if os.sep == "/" else os.path.join(self.folder, *parts)

    def __call__(self, path: str, data: bytes) -> None:
        if self._stand_in is not None and self._stand_in[0](path):
            stand_in = self._stand_in[1](data)
            if stand_in is not data:  # the file itself kept beside it, for ``put_back``
                self._keep(path, data)
                data = stand_in
        self._write(path, data)

    def _keep(self, path: str, data: bytes) -> None:
        """``data`` at ``path`` with ``KEPT`` after it, for ``put_back``. Where the reused
        folder's file at ``path`` holds exactly ``data``, that file is moved there: put
        back, it is the same file, not written again (its inode and time kept, as for any
        file unchanged), where writing the bytes gave every figure and place page a new
        one on every build."""
        target = self._target(path)
        if path in self.existing and path not in self.written:
            try:
                unchanged = _holds(target, data)
            except OSError:  # gone since the folder was listed: written below
                unchanged = False
            if unchanged:
                self._unlisted(target)
                os.replace(target, target + KEPT)
                self.written.add(path + KEPT)
                return
        self._write(path + KEPT, data)

    def _write(self, path: str, data: bytes) -> None:
        target = self._target(path)
        if path in self.existing or path in self.written:
            # A file there may be a link to a cache's file (``link``; this build's, when a
            # picture's renditions linked from the cache are made again because one of
            # them was gone): replaced, never truncated and written through the link.
            self.written.add(path)
            self._unlisted(target)
            self._replace(target, data)
            return
        self.written.add(path)
        self._folder_of(target)
        _write_file(target, data)

    def _folder_of(self, target: str) -> None:
        """Make the folder ``target`` goes in, unless made already (by this writer, or by
        another process writing here). A folder in one this writer made is made with one
        system call (each page has a folder of its own)."""
        parent = os.path.dirname(target)
        if parent in self._made:
            return
        if os.path.dirname(parent) in self._made:
            with contextlib.suppress(FileExistsError):
                os.mkdir(parent)
        else:
            os.makedirs(parent, exist_ok=True)
            # Its folders exist now too: the next page in one of them (events/<id>/ after
            # events/<first>/) is made with os.mkdir, not makedirs' stat of every level.
            above = os.path.dirname(parent)
            while above.startswith(self._prefix) and above not in self._made:
                self._made.add(above)
                above = os.path.dirname(above)
        self._made.add(parent)

    @staticmethod
    def _replace(target: str, data: bytes) -> None:
        """Put ``data`` where a file of the reused folder is, unless it holds exactly that.

        A new file replaces the old one rather than rewriting it in place: the old one
        may be linked from elsewhere (a backup made with ``cp -al``), which must not change.
        """
        try:
            if _holds(target, data):
                return
        except OSError:  # gone since the folder was listed: make its place again
            os.makedirs(os.path.dirname(target), exist_ok=True)
        fresh = target + ".explainer-new"
        _write_file(fresh, data)
        os.replace(fresh, target)

    def remove_unwritten(self, which: Callable[[str], bool]) -> None:
        """Delete now the files of the reused folder that this build has not written and
        ``which`` names, so that what is made from the others (the search index) sees
        only this site's."""
        gone = {path for path in self.existing - self.written if which(path)}
        _remove_gone(self.folder, gone)
        self.existing -= gone

    def link(self, path: str, source: str, known: tuple[int, int] | None = None) -> None:
        """Put the file ``source`` (of a cache) at ``path``: as a hard link where the disk
        allows it, so no bytes are copied, else as a copy. A file of the reused folder
        that already is ``source`` is left alone. Files are never rewritten in place
        (see ``_replace``), so a link cannot change the cache's file. ``known``: the
        inode and device of ``source``, where the caller has just looked at it (a
        cache checking its files), so that it is not looked at again."""
        target = self._target(path)
        if path in self.existing:
            if known is None:
                try:
                    there = os.stat(source)
                except OSError:
                    pass
                else:
                    known = (there.st_ino, there.st_dev)
            if known is not None and self._listed_file(target) == known:
                self.written.add(path)
                return
        else:
            self._folder_of(target)
            try:
                os.link(source, target)  # nothing there yet: one system call, not two
            except OSError:
                pass  # there after all, or another disk: as below
            else:
                self.written.add(path)
                return
        self._unlisted(target)
        fresh = f"{target}.{os.getpid()}.link"
        try:
            os.link(source, fresh)
        except OSError:  # another disk, or links not allowed: copy the bytes
            with open(source, "rb") as f:
                self(path, f.read())
            return
        os.replace(fresh, target)
        self.written.add(path)

    def _listed_file(self, target: str) -> tuple[int, int] | None:
        """The inode and device of the reused site's file at ``target``, from one listing
        of its folder (a story's renditions are all in one folder): a rebuild with no
        change looked at each of a hundred photos' 1,800 renditions with a system call
        of its own. The listing gives the inode ``lstat`` gives (not following a link:
        ``_prune`` took those out). None where nothing is there."""
        folder, name = os.path.split(target)
        listed = self._listed.get(folder)
        if listed is None:
            try:
                device = os.stat(folder).st_dev
                with os.scandir(folder) as entries:
                    inodes = {e.name: e.inode() for e in entries if e.is_file(follow_symlinks=False)}
            except OSError:
                inodes, device = {}, -1
            listed = self._listed[folder] = (inodes, device)
        inode = listed[0].get(name)
        return None if inode is None else (inode, listed[1])

    def _unlisted(self, target: str) -> None:
        """``target`` is about to be another file: what its folder's listing said of it
        (``_listed_file``) no longer holds."""
        listed = self._listed.get(os.path.dirname(target))
        if listed is not None:
            listed[0].pop(os.path.basename(target), None)

    def make_folders(self, paths: Iterable[str]) -> None:
        """Make now, in the order of ``paths``, the folders the files at those paths go in
        (those of files the reused folder held exist already), as writing the files in that
        order would. Where a folder lists its entries in the order they were made (tmpfs,
        newest first), that order is what Pagefind finds the pages in, and the order of
        its index: files written by two processes at once would make it vary."""
        for path in paths:
            if path not in self.existing:
                self._folder_of(self._target(path))

    def stand_ins(self, which: Callable[[str], bool], make: Callable[[bytes], bytes]) -> None:
        """From now on, a file at a path ``which`` names is written as ``make`` makes it of
        its bytes (a stand-in, for a reader of the folder before it is swapped in: Pagefind
        reads the figure and place pages without what it skips), and its own bytes beside
        it, at its path with ``KEPT`` after it, until ``put_back``. Where ``make`` gives the
        bytes back as they are (the same object), the file is written as usual. Set before
        the render helper is forked, which writes so too."""
        self._stand_in = (which, make)

    def put_back(self) -> None:
        """Every file written as a stand-in (``stand_ins``), by this writer or by one whose
        paths it adopted, replaced by its own bytes; files are written as usual again."""
        self._stand_in = None
        kept = [path for path in self.written if path.endswith(KEPT)]
        for path in kept:
            os.replace(self._target(path), self._target(path[: -len(KEPT)]))
        self.written.difference_update(kept)

    def adopt(self, written: set[str]) -> None:
        """Take the paths written into the same folder by something other than this
        writer (the rendering helper's writer, Pagefind): they are the site's too."""
        self.written |= written


def _holds(target: str, data: bytes) -> bool:
    """Whether the file ``target`` holds exactly ``data`` (read no further than one byte
    past its length); OSError where it cannot be read."""
    with open(target, "rb") as f:
        return f.read(len(data) + 1) == data


def _prune(folder: str) -> set[str]:
    """Before reuse: remove from ``folder`` anything that is not a plain file or folder (so
    no write can follow a link out of it); return the paths of the files left. What each
    entry is comes with the listing (``scandir``): no system call per file."""
    files: set[str] = set()
    stack = [(folder, "")]
    while stack:
        top, rel = stack.pop()
        with os.scandir(top) as entries:
            for entry in entries:
                path = f"{rel}/{entry.name}" if rel else entry.name
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, path))
                elif not entry.is_file(follow_symlinks=False):
                    os.remove(entry.path)  # a link, or a special file
                elif path != MARKER:
                    files.add(path)
    return files


def _remove_gone(folder: str, gone: set[str]) -> None:
    """After reuse: delete the files this build did not write, and folders left empty."""
    for path in sorted(gone, reverse=True):
        target = os.path.join(folder, *path.split("/"))
        with contextlib.suppress(FileNotFoundError):
            os.remove(target)
        parent = os.path.dirname(target)
        while parent != folder:
            try:
                os.rmdir(parent)  # only succeeds when empty
            except OSError:
                break
            parent = os.path.dirname(parent)


def _claim_previous_site(out: str, parent: str, name: str) -> tuple[str, set[str]] | None:
    """Take the kept previous site as this build's temporary folder, with its files.

    Anything else at the kept site's name (a folder of someone else's, a link) is left
    exactly where and as it is.
    """
    previous = previous_site_path(out)
    if not is_own(previous):
        return None
    staging = os.path.join(parent, f".{name}.tmp-{os.getpid()}-reused")
    if not _rename_noreplace(previous, staging):  # atomic: of two builds at once, one gets it
        return None
    if not is_own(staging):  # swapped for something else between the look and the move
        _rename_noreplace(staging, previous)  # put back; if that fails, recover() leaves it too
        return None
    try:
        return staging, _prune(staging)
    except OSError:  # start afresh; the folder is ours
        shutil.rmtree(staging, ignore_errors=True)
        return None


class Staging:
    """The folder a build assembles its site in, beside the output: the kept previous
    site if there is one (``reused``), else a new empty folder."""

    def __init__(self, out: str) -> None:
        self.out = os.path.abspath(out)
        parent, name = os.path.split(self.out)
        os.makedirs(parent, exist_ok=True)
        claimed = _claim_previous_site(out, parent, name)
        if claimed is None:
            self.folder = tempfile.mkdtemp(prefix=f".{name}.tmp-{os.getpid()}-", dir=parent)
            try:
                _write_marker(self.folder)  # ours from the start, so recover() can tell
            except BaseException:
                os.rmdir(self.folder)
                raise
            self.existing: set[str] = set()
        else:
            self.folder, self.existing = claimed
        self.reused = claimed is not None

    @contextlib.contextmanager
    def writing(self) -> Iterator[FileWriter]:
        """The writer every file of the site goes through, for a ``with`` block: when the
        block ends, the folder is completed and swapped in; when it raises, the folder is
        abandoned and the last good site stays as it was."""
        try:
            writer = FileWriter(self.folder, self.existing)
            yield writer
            _remove_gone(self.folder, self.existing - writer.written)
            _write_marker(self.folder)
            os.chmod(self.folder, 0o755)  # mkdtemp makes it private; a served site must be readable
            _swap(self.folder, self.out)
        except BaseException:
            self.abandon()
            raise

    def abandon(self) -> None:
        """Nothing is built after all: keep a reused previous site for the next build
        (whatever this build wrote into it or deleted, the next one compares every file),
        delete a new folder."""
        if self.reused and _rename_noreplace(self.folder, previous_site_path(self.out)):
            return
        shutil.rmtree(self.folder, ignore_errors=True)  # ours: made, or claimed as ours


_RENAME_NOREPLACE, _RENAME_EXCHANGE = 1, 2


def _renameat2(a: str, b: str, flags: int) -> bool:
    """Linux ``renameat2``: True when done, False where the system cannot (no such call,
    or not on this file system); raises OSError for any other failure."""
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), flags) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # not on this kernel or file system
        return False
    raise OSError(err, os.strerror(err), b)


def _exchange(a: str, b: str) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2`` with RENAME_EXCHANGE).

    Returns False where the system cannot, and the caller falls back to two renames.
    """
    return _renameat2(a, b, _RENAME_EXCHANGE)


def _rename_noreplace(src: str, dst: str) -> bool:
    """Move ``src`` to ``dst`` only if nothing is at ``dst``; True when moved.

    A plain rename silently replaces an empty folder at ``dst``, which may be someone
    else's; on Linux the check and the move are one atomic step (RENAME_NOREPLACE).
    """
    try:
        if _renameat2(src, dst, _RENAME_NOREPLACE):
            return True
        if os.path.lexists(dst):
            return False
        os.rename(src, dst)
    except OSError:
        return False
    return True


def _keep_as_previous_site(old: str, out: str) -> None:
    """Keep the replaced site for the next build to reuse; delete it instead when it was
    not a site of ours (replaced with --force, after checks) or something already has the
    kept site's name (another build's kept site, or a folder of someone else's, which
    stays as it is: this build then keeps no previous site)."""
    if is_own(old) and _rename_noreplace(old, previous_site_path(out)):
        return
    # Never follows a link: a link inside is removed, not what it points to (rmtree
    # refuses a link at the top; ``old`` is a folder the swap moved, never a link).
    shutil.rmtree(old, ignore_errors=True)


def _swap(staging: str, out: str) -> None:
    """Put the new site at ``out`` so that at every instant ``out`` holds a whole site.

    An atomic exchange leaves the old site at ``staging``. Without one, two renames leave
    a moment with no ``out``; ``recover`` repairs that on the next run.
    """
    if not os.path.lexists(out):
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        _keep_as_previous_site(staging, out)
        return
    old = staging + ".old"
    os.rename(out, old)
    os.rename(staging, out)
    _keep_as_previous_site(old, out)


def recover(out: str) -> None:
    """Tidy up after a build that was killed: restore a site caught between two renames,
    and remove temporary folders of this output that no process is using any more.

    Only folders that are recognisably the build's own (``is_own``) are removed; anything
    else with a temporary folder's name is left alone.
    """
    parent, name = os.path.split(os.path.abspath(out))
    prefix = f".{name}.tmp-"
    try:
        leftovers = sorted(e for e in os.listdir(parent) if e.startswith(prefix))
    except OSError:
        return
    for entry in leftovers:
        path = os.path.join(parent, entry)
        if entry.endswith(".old") and not os.path.lexists(out):
            if stat.S_ISDIR(os.lstat(path).st_mode):  # a folder itself, never a link to one
                _rename_noreplace(path, out)  # the previous site, moved away just before a kill
            continue
        pid = entry[len(prefix) :].split("-", 1)[0].split(".", 1)[0]
        if pid.isdigit() and _running(int(pid)):
            continue  # another build of the same output is under way
        if is_own(path):
            shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
