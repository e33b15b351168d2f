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
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Callable

_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

MARKER = ".explainer-site"
"""Written into every output folder, so a later build knows it may replace the folder."""


def spare_path(out: str) -> str:
    parent, name = os.path.split(os.path.abspath(out))
    return os.path.join(parent, f".{name}.previous")


def _write_file(path: str, data: bytes) -> None:
    """Create (or truncate) ``path`` holding ``data``. With os.open and os.write: for a
    thousand pages, a thousand file objects and the system calls they make to set up
    buffering are worth avoiding."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _O_CLOEXEC, 0o666)
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

    def __init__(self, folder: str, existing: set[str] | None = None, made: set[str] | None = None) -> None:
        self.folder = folder
        self.existing = existing or set()
        """Paths of the files the folder held before (a reused previous site)."""
        self.written: set[str] = set()
        self._made: set[str] = set(made or ())
        """Folders known to exist (made here, or ahead by ``Staging.make_folders``)."""

    def __call__(self, path: str, data: bytes) -> None:
        target = os.path.join(self.folder, *path.split("/"))
        self.written.add(path)
        if path in self.existing:
            self._replace(target, data)
            return
        parent = os.path.dirname(target)
        if parent not in self._made:
            os.makedirs(parent, exist_ok=True)  # the other process may have made it already
            self._made.add(parent)
        _write_file(target, data)

    @staticmethod
    def _replace(target: str, data: bytes) -> None:
        """Put ``data`` where a file of the reused folder is, unless it holds exactly that.

        A new file replaces the old one rather than rewriting it in place: the old one
        may be linked from elsewhere (a backup made with ``cp -al``), which must not change.
        """
        try:
            with open(target, "rb") as f:
                if f.read(len(data) + 1) == data:
                    return
        except OSError:  # gone since the folder was listed: make its place again
            os.makedirs(os.path.dirname(target), exist_ok=True)
        fresh = target + ".explainer-new"
        _write_file(fresh, data)
        os.replace(fresh, target)

    def copy(self, path: str, source: str) -> None:
        with open(source, "rb") as f:
            self(path, f.read())

    def adopt(self, written: set[str]) -> None:
        """Take the paths that another process's writer wrote into the same folder."""
        self.written |= written

    def parents(self) -> set[str]:
        """The folders that hold written files, and the folders above them."""
        relative: set[str] = set()
        for path in self.written:
            folder = path.rpartition("/")[0]
            while folder and folder not in relative:  # above a folder seen, all are seen
                relative.add(folder)
                folder = folder.rpartition("/")[0]
        return {os.path.join(self.folder, folder.replace("/", os.sep)) for folder in relative}


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


def _claim_spare(out: str, parent: str, name: str) -> tuple[str, set[str]] | None:
    """Take the kept previous site as this build's temporary folder, with its files."""
    spare = spare_path(out)
    if not os.path.isdir(spare) or os.path.islink(spare):
        return None
    staging = os.path.join(parent, f".{name}.tmp-{os.getpid()}-reused")
    try:
        os.rename(spare, staging)  # atomic: of two builds at once, one gets it
    except OSError:
        return None
    try:
        if not os.path.isfile(os.path.join(staging, MARKER)):
            raise OSError("not a site of ours")
        return staging, _prune(staging)
    except OSError:  # start afresh
        shutil.rmtree(staging, ignore_errors=True)
        return None


class Staging:
    """The folder a build assembles its site in, beside the output: the kept previous
    site if there is one (``reused``), else a new empty folder.

    Made before the content is loaded, so that a helper process can create the page
    folders the content's file names promise (``make_folders``) while this one loads.
    """

    def __init__(self, out: str) -> None:
        self.out = os.path.abspath(out)
        parent, name = os.path.split(self.out)
        os.makedirs(parent, exist_ok=True)
        claimed = _claim_spare(out, parent, name)
        if claimed is None:
            self.folder = tempfile.mkdtemp(prefix=f".{name}.tmp-{os.getpid()}-", dir=parent)
            self.existing: set[str] = set()
        else:
            self.folder, self.existing = claimed
        self.reused = claimed is not None

    def make_folders(self, folders: list[str], enough: Callable[[], bool]) -> set[str]:
        """Create ``folders`` (relative, with "/", parents first) in a new staging folder
        until ``enough()``; return the paths made, as ``FileWriter`` forms them. Stops
        quietly at the first failure: the writer makes whatever is missing, and reports
        what it cannot."""
        made: set[str] = set()
        if self.reused:
            return made  # its folders mostly exist already
        try:
            for folder in folders:
                if enough():
                    break
                path = os.path.join(self.folder, *folder.split("/"))
                os.makedirs(path, exist_ok=True)
                made.add(path)
        except OSError:
            pass
        return made

    def finish(self, fill: Callable[[FileWriter], object], made: set[str] | None = None) -> int:
        """``fill`` writes every file through the writer it is given; then the folder is
        completed and swapped in. Returns how many files the site has. ``made``: what
        ``make_folders`` returned."""
        made = made or set()
        try:
            writer = FileWriter(self.folder, self.existing, made)
            fill(writer)
            _remove_gone(self.folder, self.existing - writer.written)
            if made:
                _remove_unused(made - writer.parents())
            with open(os.path.join(self.folder, MARKER), "w") as f:
                f.write("Built by explainer. The whole folder is replaced by the next build.\n")
            os.chmod(self.folder, 0o755)  # mkdtemp makes it private; a served site must be readable
            _swap(self.folder, self.out)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        return len(writer.written)

    def abandon(self) -> None:
        """Nothing is built after all: keep a reused previous site for the next build,
        delete a new folder."""
        if self.reused:
            with contextlib.suppress(OSError):
                os.rename(self.folder, spare_path(self.out))
                return
        shutil.rmtree(self.folder, ignore_errors=True)


def _remove_unused(folders: set[str]) -> None:
    """Remove folders made ahead for pages that were not made after all (a draft, a file
    with errors), deepest first; folders that got files are not empty and stay."""
    for folder in sorted(folders, reverse=True):
        with contextlib.suppress(OSError):
            os.rmdir(folder)


def copy_tree(writer: FileWriter, src: str, dest: str) -> None:
    """Copy the files under ``src`` (hidden ones skipped) to ``dest`` in the output."""
    for top, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = os.path.relpath(top, src).replace(os.sep, "/")
        for name in sorted(names):
            if not name.startswith("."):
                path = f"{dest}/{name}" if rel == "." else f"{dest}/{rel}/{name}"
                writer.copy(path, os.path.join(top, name))


def _exchange(a: str, b: str) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2`` with RENAME_EXCHANGE).

    Returns False where the system cannot, and the caller falls back to two renames.
    """
    if sys.platform != "linux":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):  # not on this kernel or file system
        return False
    raise OSError(err, os.strerror(err), b)


def _keep_as_spare(old: str, out: str) -> None:
    """Keep the replaced site for the next build to reuse; delete it instead when it was
    not a site of ours (replaced with --force) or another build kept one first."""
    if os.path.exists(os.path.join(old, MARKER)):
        try:
            os.rename(old, spare_path(out))
            return
        except OSError:
            pass
    shutil.rmtree(old, ignore_errors=True)


def _swap(staging: str, out: str) -> None:
    """Put the new site at ``out`` so that at every instant ``out`` holds a whole site.

    An atomic exchange leaves the old site at ``staging``. Without one, two renames leave
    a moment with no ``out``; ``recover`` repairs that on the next run.
    """
    if not os.path.exists(out):
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        _keep_as_spare(staging, out)
        return
    old = staging + ".old"
    os.rename(out, old)
    os.rename(staging, out)
    _keep_as_spare(old, out)


def recover(out: str) -> None:
    """Tidy up after a build that was killed: restore a site caught between two renames,
    and remove temporary folders of this output that no process is using any more."""
    parent, name = os.path.split(os.path.abspath(out))
    prefix = f".{name}.tmp-"
    try:
        leftovers = sorted(e for e in os.listdir(parent) if e.startswith(prefix))
    except OSError:
        return
    for entry in leftovers:
        path = os.path.join(parent, entry)
        if entry.endswith(".old") and not os.path.exists(out):
            os.rename(path, out)  # the previous site, moved away just before a kill
            continue
        pid = entry[len(prefix) :].split("-", 1)[0].split(".", 1)[0]
        if pid.isdigit() and _running(int(pid)):
            continue  # another build of the same output is under way
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
