"""Which files belong to a project, and how they are read: the one rule for all stages.

Content may arrive in a pull request, so nothing it names is trusted. Loading, copying,
watching, serving and deploying all ask ``is_ignored`` (content) or
``is_ignored_in_theme`` (the theme) which names to pass over. Files are read through
``read_regular``, which opens only regular files whose real location is inside the
folder they belong to: for a story's files, the story's own folder, reached through no
private name (``link_problem``), so a committed link cannot publish a draft's or a private
file (loading, which has made sure of the place while listing, reads with its
``read_bounded``). A committed symlink to ``.git/config`` or
``/proc/self/environ``, a FIFO that would block the build forever, or ``/dev/zero`` that
would fill the memory are refused with a message instead.
"""

from __future__ import annotations

import os
import shlex
import stat
from collections.abc import Callable, Iterator

from generator.errors import UsageError
from generator.patterns import later

MAX_MEDIA_BYTES = 50_000_000
"""The default size limit of one media file: room for a camera's full-size photo."""


def media_limit(megabytes: object) -> int:
    """The size limit of one media file in bytes, for ``media_max_mb`` of site.yaml as
    given (a whole number of megabytes; anything else, or nothing, means the default)."""
    if isinstance(megabytes, int) and not isinstance(megabytes, bool) and megabytes > 0:
        return megabytes * 1_000_000
    return MAX_MEDIA_BYTES


class UnsafeFile(Exception):
    """A file that must not be read; the message says why, to be shown after its path."""


class TooLarge(UnsafeFile):
    """A file over its size limit."""


LEADS_OUT = "is a link to a file outside its folder; put a copy of the file here instead of a link"

LEADS_PRIVATE = (
    "is a link to a file kept private (a name starting with '_' or '.', or a backup); "
    "put a copy of the file here instead of a link"
)


def is_hidden(name: str) -> bool:
    """A dot-file or dot-folder (``.env``, ``.git``): never read, copied or served."""
    return name.startswith(".")


LEFTOVERS = (".orig", ".rej")
"""What ``patch`` and ``git mergetool`` leave beside a file they changed: the file as it
was (``style.css.orig``), the changes that would not apply (``style.css.rej``)."""


def is_backup(name: str) -> bool:
    """An editor's backup or lock file, or a merge's leftover: ``event.yaml~``,
    ``~lock.yaml``, ``#x.yaml#``, ``style.css.orig``, ``style.css.rej`` (Vim's ``.x.swp``
    and Emacs's ``.#x.yaml`` are hidden already)."""
    return name.startswith(("~", "#")) or name.endswith("~") or name.lower().endswith(LEFTOVERS)


SYSTEM_FILES = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", "icon\r"})
"""Files a computer writes beside the user's own, in small letters (Windows writes
``Thumbs.db`` and ``THUMBS.DB`` alike): Windows' picture thumbnails and folder settings,
and the folder icon of macOS (``Icon`` and a carriage return, whose control character an
error about media names would otherwise stop the build for). A theme copied on such a
computer published them with its assets. macOS's ``.DS_Store`` and ``._photo.jpg`` are
hidden already."""

VIM_PROBE = "4913"
"""The file Vim writes and deletes at once to test a folder before it saves: no change
to rebuild the preview for, so its watcher passes it over. Only there: it is gone before
anything reads it, and a story or a folder of media may be named so ('4913', an issue's
number), which loading must not pass over."""


SAVING_SUFFIXES = ("___jb_tmp___", "___jb_old___", ".vsctmp", ".crswap")
"""The ends of the names an editor saves through, beside the file it saves: JetBrains'
IDEs write ``event.yaml___jb_tmp___`` and keep the old file as ``event.yaml___jb_old___``,
VS Code, where it saves atomically, ``event.yaml.vsctmp``, and a browser saving through a
web editor ``event.yaml.crswap``; each is renamed or deleted within the save."""


QT_SAVING = later(r".+\.[A-Za-z][A-Za-z0-9]*\.[A-Za-z0-9]{6}")
"""The name Qt's QSaveFile (Kate, KWrite and other KDE editors) saves a file through: the
file's own name, a dot and six random characters (``event.yaml.bKqZwe``: Qt's
QTemporaryFile appends '.XXXXXX' to a name without that mark; Qt 5.10 and later fill it
with letters, earlier ones with letters and digits), renamed onto the file within the
save. Only after a name with its extension ('event.yaml', 'style.css'), as an editor's
files have. Loading needs no rule of its own for it: only names ending in '.yaml' are
content files (``kinds.collection_file_id``), and no media kind is six characters long."""


def is_being_saved(name: str) -> bool:
    """A file an editor writes only while it saves another (``VIM_PROBE``,
    ``SAVING_SUFFIXES``, ``QT_SAVING``): no change to rebuild the preview for, or to name
    in its log. The watcher passes these over; loading need not, as they are gone before
    anything reads them (editors' lasting files, hidden or backups, ``is_ignored`` passes
    over already)."""
    return name == VIM_PROBE or name.endswith(SAVING_SUFFIXES) or QT_SAVING().fullmatch(name) is not None


def is_system_file(name: str) -> bool:
    """A file the operating system or an editor made on its own (``SYSTEM_FILES``)."""
    return name.lower() in SYSTEM_FILES


def is_ignored(name: str) -> bool:
    """A content file to pass over: hidden, an editor's backup or lock file, a file the
    system made, or a name kept private by convention: ``.env``, ``.#draft.yaml``,
    ``_notes.md``, ``event.yaml~``, ``#x.yaml#``, ``Thumbs.db``."""
    return is_hidden(name) or is_backup(name) or is_system_file(name) or name.startswith("_")


def is_ignored_in_theme(name: str) -> bool:
    """A file of the theme (``templates/``, its ``assets/`` included) to pass over:
    hidden, an editor's backup or lock file, or a file the system made. Not a name
    starting with '_': the theme's partials (``_macros.html``) and assets may have one."""
    return is_hidden(name) or is_backup(name) or is_system_file(name)


def link_problem(path: str, root: str, skip: Callable[[str], bool] | None = None) -> str | None:
    """Why ``path``, with every link resolved, is not ``root`` or under it (``LEADS_OUT``),
    or, with ``skip``, reaches it through a name ``skip`` passes over (``LEADS_PRIVATE``:
    a committed link into ``_notes/`` or ``.git/`` must not publish what it leads to);
    None when it is where it belongs."""
    return _place_problem(os.path.realpath(path), os.path.realpath(root), skip)


def _place_problem(real: str, base: str, skip: Callable[[str], bool] | None) -> str | None:
    """``link_problem`` of the real path ``real`` in the real folder ``base``."""
    if real == base:
        return None
    if not _within(real, base):
        return LEADS_OUT
    prefix = base.rstrip(os.sep) + os.sep
    if skip is not None and any(skip(part) for part in real[len(prefix) :].split(os.sep)):
        return LEADS_PRIVATE
    return None


def _within(real: str, base: str) -> bool:
    """Whether the real path ``real`` is the real path ``base`` or under it."""
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


LET_READ = "let your user account open it (it may keep another computer's permissions), or copy it in anew"
"""What to do about a file or folder the system will not open for the user: one copied
from another account or computer (a USB stick, an archive) may have kept permissions
that keep others out."""


def cannot_read(exc: OSError) -> str:
    """Why a file cannot be read, after its name: what the system said, and, where it is
    the file's permissions, what to do."""
    why = exc.strerror or str(exc)
    return (
        f"cannot be read ({why}); {LET_READ}"
        if isinstance(exc, PermissionError)
        else f"cannot be read: {why}"
    )


def describe_size(n: int) -> str:
    """Bytes as an editor reads them, to a tenth: '1 MB', '2.7 MB', '512 KB', '10 bytes'."""
    if n >= 1_000_000:
        return f"{round(n / 1_000_000, 1):g} MB"
    return f"{round(n / 1000, 1):g} KB" if n >= 1000 else f"{n} bytes"


def over_limit(size: int, limit: int) -> str:
    """How a file of ``size`` bytes is over ``limit``: 'is 2.7 MB, over the 1 MB limit'
    (in bytes where the sizes, rounded, would read the same)."""
    shown = describe_size(size)
    if shown == describe_size(limit):
        shown = f"{size:,} bytes"
    return f"is {shown}, over the {describe_size(limit)} limit"


def place_problem(path: str, root: str, skip: Callable[[str], bool] | None = None) -> str | None:
    """Why the file at ``path`` must not be used, or None: a link that leads out of
    ``root`` (or, with ``skip``, to a name it passes over: ``link_problem``), or anything
    but a regular file. Nothing is opened."""
    if (why := link_problem(path, root, skip)) is not None:
        return why
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as exc:
        if os.path.islink(path):  # a link to a file since moved or deleted, or never copied along
            return f"is a link to '{os.readlink(path)}', which is not there; put the file itself here"
        return cannot_read(exc)
    except OSError as exc:
        return cannot_read(exc)
    if not stat.S_ISREG(mode):
        return f"is {_kind(mode)}; only regular files can be used"
    return None


def entry_problem(
    entry: os.DirEntry[str], root: str, skip: Callable[[str], bool] | None = None
) -> str | None:
    """``place_problem`` for a file found by listing a folder that is itself inside
    ``root``: a plain regular file needs no system call (the listing says what it is),
    so only links and special files are looked at closely."""
    if not entry.is_symlink() and entry.is_file(follow_symlinks=False):
        return None
    return place_problem(entry.path, root, skip)


def read_bounded(path: str, limit: int, inside: str | None = None) -> bytes:
    """The bytes of the regular file at ``path``, of at most ``limit`` bytes.

    Raises ``UnsafeFile`` for anything but a regular file or a file over the limit, and
    ``OSError`` when it cannot be read. The file is opened without blocking (a FIFO would
    otherwise wait for a writer forever) and read no further than the limit (``/dev/zero``
    and growing files end there). With ``inside`` (a real path), the file opened must be
    under that folder, whatever was swapped in since its path was checked (``opened_outside``).
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags)
    try:
        if inside is not None and opened_outside(fd, inside):
            raise UnsafeFile(LEADS_OUT)
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(f"is {_kind(st.st_mode)}; only regular files can be used")
        if st.st_size > limit:
            raise TooLarge(over_limit(st.st_size, limit))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            # Read in the size the file has (plus one, to see a file that grew): asking for
            # the whole limit would set aside that much memory for every small file.
            chunk = os.read(fd, min(left, st.st_size + 1))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise TooLarge(f"is over the {describe_size(limit)} limit")
    return data


def opened_outside(fd: int, root: str) -> bool:
    """Whether the file open as ``fd`` is not under ``root`` (a real path, with no link in
    it): the path checked may have been made a link to elsewhere between the check and
    the opening (a race a local user could win). Told by where the system says the open file is (Linux's
    /proc/self/fd); where it cannot say, False, and the check before stands alone."""
    try:
        opened = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return False
    # A file replaced since it was opened (an editor's save) is named with this mark.
    # The system's name of an open file is its real path already: no link to resolve.
    return not _within(opened.removesuffix(" (deleted)"), root)


def read_regular(path: str, *, root: str, limit: int, skip: Callable[[str], bool] | None = None) -> bytes:
    """The bytes of ``path``, a regular file inside ``root`` of at most ``limit`` bytes.

    Raises ``UnsafeFile`` for a link that leads out of ``root`` (or, with ``skip``, to a
    name it passes over), anything but a regular file, or a file over the limit;
    ``OSError`` when it cannot be read at all.
    """
    real, base = os.path.realpath(path), os.path.realpath(root)
    if (why := _place_problem(real, base, skip)) is not None:
        raise UnsafeFile(why)
    return read_bounded(real, limit, inside=base)


def walk_files(
    root: str,
    skip: Callable[[str], bool] = is_ignored,
    unreadable: Callable[[str, OSError], None] | None = None,
) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(path relative to ``root`` with '/', entry) of every file under ``root``, sorted,
    names for which ``skip`` is true passed over; links to folders are not followed (their
    files are not listed). Entries that are not regular files are listed too, so callers
    can refuse them. A folder that cannot be listed is passed over, told to
    ``unreadable`` (its path and the error) when given: a story's media folder that
    cannot be opened would otherwise read as empty, each picture in it 'no such file'."""
    stack = [("", root)]
    while stack:
        rel, folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not skip(e.name)), key=lambda e: e.name)
        except OSError as exc:
            if unreadable is not None:
                unreadable(folder, exc)
            continue
        subfolders: list[tuple[str, str]] = []
        for entry in entries:
            name = f"{rel}{entry.name}"
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_folder:
                subfolders.append((f"{name}/", entry.path))
            else:
                yield name, entry
        stack.extend(reversed(subfolders))


ASSETS = "assets"
"""The theme's folder of files published as they are (stylesheets, scripts, fonts), and
the site's folder they are published in, by the same name."""

EMBED_SCRIPT = f"{ASSETS}/embed.js"
"""The one asset read by its own address from elsewhere: the embed code pasted into
articles (``render/embed.py``'s ``snippet``) loads it, without a version, through every
deploy; gone (``output/gone.py``), no article's frame fits its timeline any more."""


def theme_assets(templates: str) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """The files of the theme's ``assets/`` folder, as ``walk_files`` lists them
    (``css/print.css``), the theme's names to pass over left out (``is_ignored_in_theme``):
    those a build publishes, and those the pages' links to assets are checked against."""
    return walk_files(os.path.join(templates, ASSETS), skip=is_ignored_in_theme)


def new_command(content: str, *words: str) -> str:
    """The ``explainer new`` command of ``words`` (written for the shell already) for the
    content folder ``content``, named only when it is not the default ``content``
    (quoted for the shell where it must be): what a message says to run to make a file
    that is missing."""
    folder = "" if os.path.normpath(content) == "content" else f" --content {shlex.quote(content)}"
    return f"explainer new {' '.join(words)}{folder}"


def new_site_command(content: str, title: str) -> str:
    """The command that starts a site in the folder ``content``."""
    return new_command(content, "site", f'--title "{title}"')


def require_folder(folder: str, what: str) -> None:
    """UsageError unless the project's ``what`` folder (``content`` or ``templates``) is
    there, saying how to make it."""
    if not os.path.isdir(folder):
        # Where each comes from, for a project of a newsroom's own.
        how = {
            "content": f"start one with: {new_site_command(folder, '...')}",
            "templates": "the theme is the templates/ folder of explainer's repository: copy it into the "
            "project, or give its place with --templates",
        }.get(what)
        raise UsageError(f"{what} folder '{folder}' not found" + (f"; {how}" if how else ""))
