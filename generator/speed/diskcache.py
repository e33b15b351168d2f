"""Markdown conversions kept on disk between builds, keyed by a hash of each text.

Texts that need Python-Markdown take half a millisecond each to convert, and from one
build to the next almost every text is unchanged; plain prose (``prose.py``) is
converted again sooner than a stored conversion is looked up, so only the others are
kept. Entries are keyed by the SHA-256 of the text, and the whole file by the versions
of Markdown, nh3 and Python and the source of the generator itself, so a stale entry can
never be used.
The file is JSON (never pickle: it lives in a temporary folder), in a per-user folder,
one file per content folder; a missing, unreadable or corrupt file just means
converting again. Writes are atomic.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
import time

import nh3


@functools.cache
def _markdown_version() -> str:
    """Python-Markdown's version file, read without importing the package (which a site
    of plain prose does not need; see ``markup.MarkdownConverter``); once a process."""
    spec = importlib.util.find_spec("markdown")
    if spec is None or spec.origin is None:
        return ""
    with open(os.path.join(os.path.dirname(spec.origin), "__meta__.py"), encoding="utf-8") as f:
        return f.read()


@functools.cache
def code_digest() -> str:
    """The SHA-256 of the source of every module of the generator: a change to any of
    them (the converter, the sanitiser's settings, how texts are found, how interface
    text is compiled into templates) makes every entry of a cache keyed by it stale.
    Read once a process: the Markdown store and the compiled templates both use it."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts: list[bytes] = []
    for top, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__")))
        for name in sorted(n for n in names if n.endswith(".py")):
            with open(os.path.join(top, name), "rb") as f:
                parts += [os.path.relpath(os.path.join(top, name), package).encode(), f.read()]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def libraries() -> str:
    """The libraries' part of a conversion: the versions of Python-Markdown and nh3, and
    Python's own, to its patch release: Python-Markdown reads the HTML in a text with a
    copy of the standard library's ``html.parser``, which patch releases have changed (how
    a comment or a ``<script>`` ends). The compiled templates are keyed by it too: a
    template's ``{{ "*text*" | markdown }}`` is converted as it compiles
    (``templatecache.libraries``)."""
    # The modules' own version strings: importlib.metadata would cost 40 ms of imports.
    nh3_version = str(getattr(nh3, "__version__", ""))  # present, but not in nh3's type stubs
    return "\n".join([_markdown_version(), nh3_version, sys.version])


def _fingerprint() -> str:
    """Everything that decides a conversion besides the text: our code and ``libraries``."""
    digest = hashlib.sha256(code_digest().encode())
    digest.update(libraries().encode())
    return digest.hexdigest()


def digest(text: str) -> str:
    """The key of ``text``'s entry: its SHA-256 (a lone surrogate kept as written)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def folder() -> str:
    """This user's cache folder (in the system's temporary folder)."""
    return os.path.join(
        tempfile.gettempdir(), f"explainer-cache-{os.getuid() if hasattr(os, 'getuid') else 0}"
    )


class MarkdownStore:
    """The stored conversions of one content folder (its file named by a hash of the
    folder's real path), used only when their ``fingerprint``, our code and ``libraries``,
    is this build's: a one-off build's only (``Fast.renderer`` makes it)."""

    def __init__(self, content: str) -> None:
        folder_ = folder()
        key = hashlib.sha256(os.path.realpath(content).encode()).hexdigest()[:16]
        self.folder = folder_
        self.path = os.path.join(folder_, f"markdown-{key}.json")
        self.fingerprint = _fingerprint()
        self._loaded: set[str] = set()
        self._entries = self.load()

    def lookup(self, text: str) -> str | None:
        """The HTML of ``text`` stored by the last build, if there is any."""
        return self._entries.get(digest(text)) if self._entries else None

    def load(self) -> dict[str, str]:
        """Digest -> HTML from the last build; {} when there is nothing usable."""
        try:
            st = os.stat(self.folder)
            if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return {}  # not ours, or writable by others: do not trust it
            with open(self.path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("fingerprint") != self.fingerprint:
            return {}
        entries = data.get("entries")
        if not isinstance(entries, dict):
            return {}
        self._loaded = set(entries)
        return entries

    def save(self, entries: dict[str, str]) -> None:
        """Replace the file with ``entries`` (only this build's texts, so it never grows);
        nothing to do when they are the very texts ``load`` found."""
        if set(entries) == self._loaded:  # at 10,000 events the file is 9 MB: keep it
            with contextlib.suppress(OSError):
                os.utime(self.path)  # still in use: not for pruning
            return
        try:
            os.makedirs(self.folder, mode=0o700, exist_ok=True)
            _prune(self.folder, keep=self.path)
            kept = {"fingerprint": self.fingerprint, "entries": entries}
            write_whole(self.path, json.dumps(kept).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written costs time, never correctness


def write_whole(path: str, data: bytes, mode: int | None = None) -> None:
    """Put ``data`` at ``path`` whole or not at all (a temporary file beside it, then
    renamed), so a build that stops halfway, or another one reading, never sees half a
    cache file; ``mode`` for files hard-linked into sites. Raises OSError. The temporary
    file is named '.<name>-...' (``_prune`` removes those a killed build left)."""
    folder, name = os.path.split(path)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(tmp)
        raise


MAX_AGE = 30 * 24 * 3600
"""Cache files of content folders not built for this long are deleted (seconds)."""


def _prune(folder: str, keep: str) -> None:
    """Delete the cache files of content folders not built for ``MAX_AGE``, and temporary
    files that a killed build left, so the folder does not grow for ever."""
    now = time.time()
    for entry in os.scandir(folder):
        if entry.path == keep or not entry.name.startswith(("markdown-", ".markdown-")):
            continue
        try:  # a file gone since the folder was listed (another build pruning) is passed over
            if now - entry.stat().st_mtime > (MAX_AGE if entry.name.startswith("markdown-") else 3600):
                os.remove(entry.path)
        except OSError:
            continue
