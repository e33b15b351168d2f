"""What a site would be built from that the source commit (HEAD) does not hold as it is,
which ``deploy`` refuses unless ``--allow-dirty``, since the commit it publishes names
HEAD as its source: modified, staged, deleted and untracked files of the content and
templates folders, those git ignores too, and a folder outside the repository. Only what
the build reads counts (``BuildReads``): not hidden files, backups or the other names no
stage reads (``content/files.py``), but a file a link leads to, whatever its name.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator, Sequence

from generator.content import files
from generator.errors import DeployError


def uncommitted_paths(root: str, folders: dict[str, str]) -> list[str]:
    """What the site would be built from that HEAD does not hold as it is.

    ``folders`` maps a role ('content') to its folder. A folder outside the repository is
    listed whole. Inside it: modified, staged, deleted and untracked files, and files the
    repository's .gitignore hides (the build reads them all the same), except the files
    no stage reads (``BuildReads``).
    """
    real_root = os.path.realpath(root)
    specs: list[str] = []
    found: list[str] = []
    rules: list[tuple[str, Callable[[str], bool]]] = []
    for role, folder in folders.items():
        real = os.path.realpath(folder)
        if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
            # No commit can hold it where it is, so "commit them" alone would be no help.
            found.append(f"{folder} (the {role} folder is outside this repository: copy it in and commit it)")
        else:
            specs.append(os.path.relpath(real, real_root))
            rules.append((specs[-1].replace(os.sep, "/"), RULES.get(role, files.is_hidden)))
    if not specs:
        return found
    reads = BuildReads(real_root, rules)
    # --no-optional-locks: a plain status refreshes and rewrites the user's index, which
    # deploy promises to leave alone (and which could collide with their own git command).
    status = subprocess.run(
        ["git", "--no-optional-locks", "--literal-pathspecs", "status", "--porcelain=v1", "-z",
         "--untracked-files=all", "--ignored=matching", "--ignore-submodules=none", "--", *specs],
        cwd=root, capture_output=True, check=False,
    )  # fmt: skip
    if status.returncode != 0:
        raise DeployError(f"git status failed: {status.stderr.decode(errors='replace').strip()}")
    fields = os.fsdecode(status.stdout).split("\0")
    paths: list[str] = []
    i = 0
    while i < len(fields):
        entry = fields[i]
        i += 1
        if len(entry) < 4:
            continue
        code, path = entry[:2], entry[3:]
        was = path
        if "R" in code or "C" in code:
            was = fields[i] if i < len(fields) else path  # the path it was renamed or copied from
            i += 1
        if reads(path) or reads(was):  # renamed to a name no stage reads: the file is gone
            paths.append(path)
    cwd = os.getcwd()
    # Shown as paths from the current folder, like every other path deploy prints; a
    # folder git reports whole keeps its trailing '/'.
    shown = [
        os.path.relpath(os.path.join(real_root, p), cwd) + ("/" if p.endswith("/") else "") for p in paths
    ]
    return found + shown


RULES: dict[str, Callable[[str], bool]] = {
    "content": files.is_ignored,
    "templates": files.is_ignored_in_theme,
}
"""The names each folder's stage passes over (``content/files.py``)."""


class BuildReads:
    """Which of the paths git lists (relative to the repository ``root``, with '/') the
    build reads: a file whose name no stage passes over (``RULES``, the rule of the most
    specific of ``rules``' folders it is in), or one a link the build follows leads to
    (``events/e1.yaml -> ../_shared/e1.yaml`` is read, its target's name
    notwithstanding)."""

    def __init__(self, root: str, rules: Sequence[tuple[str, Callable[[str], bool]]]) -> None:
        self.root = root
        self.rules = sorted(rules, key=lambda rule: -len(rule[0]))  # a theme inside content: its own
        self.linked = {target for folder, _ in self.rules for target in self._links_under(folder)}
        """Where the links in the folders lead (files or folders), as paths like git's."""

    def __call__(self, rel: str) -> bool:
        """Whether the file ``rel``, or any file in the folder ``rel``, is read."""
        path = rel.rstrip("/")
        if any(t == path or t.startswith(path + "/") or path.startswith(t + "/") for t in self.linked):
            return True
        full = os.path.join(self.root, path)
        if not os.path.isdir(full) or os.path.islink(full):
            return not self.passed_over(path)
        for top, dirs, names in os.walk(full):
            dirs[:] = [d for d in dirs if not self.passed_over(self._rel(os.path.join(top, d)))]
            if any(not self.passed_over(self._rel(os.path.join(top, name))) for name in names):
                return True
        return False

    def passed_over(self, path: str) -> bool:
        """Whether a name in ``path``, below the folder whose rule applies, is one its
        stage passes over (outside every folder: hidden names only)."""
        folder, skip = next(
            ((f, rule) for f, rule in self.rules if f == "." or path == f or path.startswith(f + "/")),
            ("", files.is_hidden),
        )
        below = path if folder in ("", ".") else path[len(folder) + 1 :]
        return any(skip(part) for part in below.split("/") if part)

    def _rel(self, full: str) -> str:
        return os.path.relpath(full, self.root).replace(os.sep, "/")

    def _links_under(self, folder: str) -> Iterator[str]:
        """Where each link in ``folder`` that the build may follow leads, when that is
        inside the repository (folders no stage reads are not looked in)."""
        for top, dirs, names in os.walk(os.path.join(self.root, folder)):
            dirs[:] = [d for d in dirs if not self.passed_over(self._rel(os.path.join(top, d)))]
            for name in (*dirs, *names):
                link = os.path.join(top, name)
                if os.path.islink(link) and not self.passed_over(self._rel(link)):
                    target = self._rel(os.path.realpath(link))
                    if target != ".." and not target.startswith("../"):
                        yield target
