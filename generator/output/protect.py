"""What the build never replaces or deletes, whatever the command line says.

A mistyped ``--out`` must not be able to wipe the file system, a home folder, a git
repository, the project's own sources or a folder of someone else's: these checks run
before anything is touched, and refuse with one line saying why.
"""

from __future__ import annotations

import os
import tempfile

from generator.errors import UsageError
from generator.output.staging import is_own


def contains(outer: str, inner: str) -> bool:
    """Whether ``inner`` is the folder ``outer`` or lies anywhere under it, links resolved.

    Folders are compared by identity (device and inode), not by spelling: ``/`` and
    ``//``, two names of one folder, or a different case on a case-insensitive disk are
    all the same folder. ``inner`` need not exist yet (an output folder to be made).
    """
    try:
        want = os.stat(outer)
    except OSError:
        return False  # a folder that does not exist contains nothing
    path = os.path.realpath(inner)
    while True:
        try:
            if os.path.samestat(os.stat(path), want):
                return True
        except OSError:
            pass  # not made yet: look further up
        up = os.path.dirname(path)
        if up == path:
            return False
        path = up


def _home_folders() -> set[str]:
    """The user's home folder, as $HOME names it and as the password database does."""
    homes = {os.path.expanduser("~")}
    try:
        import pwd

        homes.add(pwd.getpwuid(os.getuid()).pw_dir)
    except (ImportError, KeyError):  # not Unix, or a user without an entry
        pass
    return {home for home in homes if home and home != "~"}


SYSTEM_FOLDERS = (
    *("/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib64", "/media", "/mnt", "/opt"),
    *("/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/usr", "/var", "/Applications"),
    *("/Library", "/System", "/Users", "/Volumes", "/private"),
)
"""The operating system's own folders at the root (Linux's and macOS's): never a site's."""


def _shared_folders() -> list[tuple[str, str]]:
    """The folders every program shares, each with what it is called: the temporary
    folders and the system's own."""
    temporary = {tempfile.gettempdir(), "/tmp", "/var/tmp"}
    return [(t, "the temporary folder every program shares") for t in sorted(temporary)] + [
        (f, "a folder of the operating system's") for f in SYSTEM_FOLDERS
    ]


def never_replaced(out: str) -> str | None:
    """Why the output folder ``out`` must never be replaced, even with ``--force``, as
    one line; None when nothing forbids it. Nothing is changed.

    A mistyped ``--out`` must not be able to wipe the file system, a home folder, a
    folder every program shares (``/tmp``, ``/usr``) or a git repository, whatever else
    the command line says.
    """
    path = os.path.abspath(out)  # what the swap renames (without resolving links)
    if os.path.islink(path):
        return (
            f"output folder '{out}' is a symbolic link (to '{os.path.realpath(path)}'); "
            "explainer replaces a folder, not a link: give the folder itself as --out"
        )
    never = "; choose another (explainer never replaces it, even with --force)"
    if os.path.isdir(path) and os.path.samestat(os.stat(path), os.stat(os.sep)):
        return f"output folder '{out}' is the root of the file system{never}"
    for home in sorted(_home_folders()):
        if contains(path, home):
            what = "is" if contains(home, path) else "contains"
            return f"output folder '{out}' {what} your home folder{never}"
    shared = [(contains(f, path), f, called) for f, called in _shared_folders() if contains(path, f)]
    if shared:  # what it is said before what it holds
        same, folder, called = max(shared, key=lambda found: found[0])
        return f"output folder '{out}' {'is' if same else 'contains'} {called} ({folder}){never}"
    if os.path.lexists(os.path.join(path, ".git")):
        return f"output folder '{out}' holds a git repository (.git){never}"
    if ".git" in os.path.realpath(path).split(os.sep):
        return f"output folder '{out}' is inside a git repository's .git folder{never}"
    return None


def repository_inside(folder: str) -> str | None:
    """The path of a ``.git`` anywhere under ``folder`` (links not followed), or None.
    Looked for only before deleting a folder the build did not make (``--force``)."""
    for top, dirs, names in os.walk(folder):
        if ".git" in dirs or ".git" in names:
            return os.path.join(top, ".git")
    return None


def check_out_folder(out: str, content: str, templates: str) -> None:
    """Refuse an output folder whose replacement would destroy sources, the project or
    anything else that is never replaced (``/``, a home folder, a repository, a link),
    whatever ``--force`` says. Runs before anything is touched."""
    refusal = never_replaced(out) or _blocked_above(out)
    if refusal:
        raise UsageError(refusal)
    protected = {"the content folder": content, "the templates folder": templates, "the current folder": "."}
    for what, path in protected.items():
        if contains(out, path):  # by identity, so '/' and '//' are caught too
            raise UsageError(f"output folder '{out}' is or contains {what}; choose another")
        if what != "the current folder" and contains(path, out):
            raise UsageError(f"output folder '{out}' is inside {what}; choose another")


def _blocked_above(out: str) -> str | None:
    """Why the folders above ``out`` cannot be made, or None: the nearest one that exists
    is not a folder (a file, or a link leading nowhere, which creating the folder under it
    failed on with a bare 'File exists')."""
    above = os.path.dirname(os.path.abspath(out))
    while not os.path.isdir(above):
        if os.path.lexists(above):
            what = "a file"
            if os.path.islink(above):
                where = "a file" if os.path.exists(above) else "nowhere"
                what = f"a link to '{os.readlink(above)}', which leads to {where}"
            return f"output folder '{out}' cannot be made: '{above}' is {what}, not a folder; choose another"
        above = os.path.dirname(above)
    return None


def check_replaceable(out: str, force: bool) -> None:
    """Refuse to replace a folder with files that the build did not make, unless
    ``force``; and even then one with a git repository anywhere inside."""
    if os.path.lexists(out) and not os.path.isdir(out):
        raise UsageError(f"output '{out}' exists and is not a folder")
    if not os.path.isdir(out) or is_own(out) or not os.listdir(out):
        return
    if not force:
        raise UsageError(
            f"output folder '{out}' has files that explainer did not build (or an explainer "
            "from before 28 November 2026, which left no mark); choose another folder, or pass "
            "--force to delete everything in it and build there"
        )
    repository = repository_inside(out)
    if repository:
        raise UsageError(
            f"output folder '{out}' has a git repository inside ('{repository}'); "
            "choose another (explainer never replaces it, even with --force)"
        )
