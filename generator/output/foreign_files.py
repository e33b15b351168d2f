"""The files someone put on the site branch that no build makes (the ``CNAME`` of a
custom domain set on GitHub, a search engine's proof of ownership, ``.well-known/``),
which ``deploy`` publishes again rather than delete: found at the top of the branch's
tip (``found``, which says why each is kept), written into the built site (``keep``),
and said in one note (``note``).
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

from generator.content import ids
from generator.content.schema import HOSTNAME_REGEX
from generator.errors import DeployError
from generator.output.pages_branch import SOURCE, git


@dataclass(frozen=True)
class Kept:
    """A file of the branch's tip: its mode (plain or executable), object and path."""

    mode: str
    blob: str
    path: str


def _builds(top: str, *, folder: bool) -> bool:
    """Whether a build may write ``top`` at a site's root: a name it needs for its own
    files (``ids.RESERVED_STORY_IDS``, whatever follows a '.'), the ``.nojekyll`` deploy
    adds, or a folder named as a story may be."""
    if top == ".nojekyll" or top.split(".", 1)[0].casefold() in ids.RESERVED_STORY_IDS:
        return True
    return folder and ids.ID_PATTERN.fullmatch(top) is not None


def found(root: str, parent: str, *, keep_cname: bool) -> list[Kept]:
    """The files at the top of ``parent`` (the site branch's tip) that no build writes,
    which someone put there on purpose, to be published again: GitHub commits ``CNAME``
    when a custom domain is set under Settings -> Pages (kept when ``keep_cname``,
    site.yaml having none), search engines ask for a file proving who owns the site
    (``googleXXXX.html``, ``BingSiteAuth.xml``), and ``.well-known/`` holds what other
    services look for. Deleting them took the domain away, or the proof. A ``CNAME`` a
    deploy wrote (from site.yaml's cname, taken out since) is no one's to keep."""
    if not parent:
        return []
    listed = subprocess.run(
        ["git", "ls-tree", "-r", "-z", parent], cwd=root, capture_output=True, check=False
    )  # fmt: skip
    if listed.returncode != 0:
        raise DeployError(f"git ls-tree failed: {listed.stderr.decode(errors='replace').strip()}")
    if keep_cname and _deploy_wrote(root, parent, "CNAME"):
        keep_cname = False  # site.yaml's cname, since taken out: the domain goes with it
    kept = []
    for entry in os.fsdecode(listed.stdout).split("\0"):
        if not entry:
            continue
        info, path = entry.split("\t", 1)
        mode, _, blob = info.split()
        top = path.split("/", 1)[0]
        if _builds(top, folder="/" in path) and not (keep_cname and path == "CNAME"):
            continue
        # Files only: a link or a submodule is nothing Pages serves. Whatever the branch
        # holds is written only inside the site (no '..', no '.git').
        parts = path.split("/")
        if mode in ("100644", "100755") and not any(
            p in ("", ".", "..") or p.casefold() == ".git" for p in parts
        ):
            kept.append(Kept(mode, blob, path))
    return kept


def _deploy_wrote(root: str, parent: str, path: str) -> bool:
    """Whether the last commit of ``parent``'s history that changed ``path`` is a deploy's
    (its message names the commit it was built from): a file deploy wrote, not someone."""
    said = git("log", "-1", "--format=%B", parent, "--", path, cwd=root, check=False)
    return SOURCE.search(said) is not None


def cname(root: str, parent: str, kept: list[Kept]) -> str | None:
    """The domain of a ``CNAME`` kept from the branch, the site's address then."""
    if not any(k.path == "CNAME" for k in kept):
        return None
    lines = git("cat-file", "blob", f"{parent}:CNAME", cwd=root).split()
    # As site.yaml's cname must be: anything else is no address to print or link to.
    return lines[0] if lines and re.fullmatch(HOSTNAME_REGEX, lines[0]) else None


def keep(root: str, out: str, kept: list[Kept]) -> None:
    """Write the files ``kept`` into the built site ``out``, as the branch held them."""
    for file in kept:
        data = subprocess.run(
            ["git", "cat-file", "blob", file.blob], cwd=root, capture_output=True, check=True
        ).stdout
        path = os.path.join(out, *file.path.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        if file.mode == "100755":
            os.chmod(path, 0o755)


def note(branch: str, kept: list[Kept]) -> str:
    shown = sorted({k.path.split("/", 1)[0] + ("/" if "/" in k.path else "") for k in kept})
    return (
        f"kept from {branch}, as someone put them there and no build makes them: {', '.join(shown)} "
        f"(delete them from {branch} to stop publishing them)"
    )
