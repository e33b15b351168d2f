"""What a change since a commit takes away from the published site, read from git's
history of the content folder: the content files deleted or renamed since, and the drafts
made since, each a page readers may hold links to (``gone.files_gone`` says why, and
what keeps it). ``explainer check --since COMMIT`` asks it, as the ready workflows do
before a change is merged or published; a commit whose message says ``gone.ALLOW`` lets
go what it took away itself.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

from generator.content import contentfile, filetext, kinds
from generator.content.model import Site
from generator.content.published import says_draft
from generator.content.yamlnodes import Mapping, Scalar, Sequence, parse_yaml
from generator.errors import Problem, UsageError
from generator.output import gone

NOTHING_TO_COMPARE = (
    "no commit {commit!r} to compare with (the first push, a run by hand, or a commit "
    "no longer in the history, after a force-push): "
    "nothing checked for pages taken away"
)


def gone_since(*, content: str, site: Site, commit: str) -> tuple[list[Problem], str | None]:
    """``check --since``: a warning for each page the content files deleted or renamed
    since ``commit``, or the drafts made since, take away (``gone.files_gone``), and a
    note for the editor. A commit whose message says ``ALLOW`` lets go what it took away
    itself, not what other commits did (``Allowance``).

    Read from git alone, as the ready workflows need: they publish from the repository,
    with no published site at hand to compare (``deploy`` compares the sites). A commit
    that is empty, all zeros (GitHub's 'before' of a new branch) or unknown here has
    nothing to compare with: a note says so, and nothing is refused.
    """
    sha = _resolved(content, commit)
    if sha is None:
        return [], NOTHING_TO_COMPARE.format(commit=commit)
    allowance = _allowed(content, sha)
    changes = _deleted_or_renamed_since(content, sha)

    def was_draft(rel: str) -> bool | None:
        data = _git_out(content, "show", f"{sha}:./{rel}")
        return None if data is None else drafted(data, os.path.join(content, rel))

    named: dict[str, tuple[set[str], set[str]]] = {}

    def left_out_only(address: gone.Address) -> bool:
        if address.story not in named:
            named[address.story] = _named_by(content, sha, address.story)
        by_left_out, by_published = named[address.story]
        key = f"{address.kind}/{address.id}"
        return key in by_left_out and key not in by_published

    return (
        gone.files_gone(
            changes,
            site=site,
            content=content,
            was_draft=was_draft,
            left_out_only=left_out_only,
            let_go=allowance.lets_go,
        ),
        _allowed_note(allowance.commits, sha),
    )


def _resolved(content: str, commit: str) -> str | None:
    """The full name of ``commit`` in the repository of ``content``; None for an empty
    one, all zeros (GitHub's 'before' of a new branch) or one unknown here."""
    if commit.startswith("-"):
        raise UsageError(f"--since wants a commit, not {commit!r}")
    if not commit.strip("0"):
        return None
    resolved = _git_out(content, "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}")
    return resolved.decode().strip() if resolved else None


def _deleted_or_renamed_since(content: str, sha: str) -> list[gone.Change]:
    """The files under ``content`` deleted or renamed since commit ``sha``."""
    listed = _git_out(
        content, "diff", "-z", "--name-status", "-M", "--diff-filter=DR", "--relative", sha, "--", "."
    )
    if listed is None:
        raise UsageError(f"--since needs the content folder '{content}' in a git repository")
    return [gone.Change(old, new) for _, _, old, new in _name_status(_fields(listed))]


def _allowed_note(commits: int, sha: str) -> str | None:
    """What to tell the editor of the ``commits`` since ``sha`` whose message says ALLOW."""
    if not commits:
        return None
    if commits > 1:
        return (
            f"{commits} commit messages since {sha[:12]} say {gone.ALLOW}: the pages "
            f"of the files those commits deleted, renamed or made drafts may go"
        )
    return (
        f"a commit message since {sha[:12]} says {gone.ALLOW}: the pages of the files "
        f"that commit deleted, renamed or made drafts may go"
    )


class Allowance:
    """What the commits since the one compared with whose messages say ``gone.ALLOW``
    let go: the files each of them deleted or renamed, and those it made drafts, not what
    the other commits of the push did (``lets_go``).

    A merge commit counts for what it brought into the branch it was merged into (its
    first parent), so a pull request merged with the allowance in the merge's message is
    let through as one whose own commit says it."""

    def __init__(self, content: str, commits: int, removed: set[str], changed: dict[str, list[str]]) -> None:
        self.content = content
        self.commits = commits
        self.removed = removed
        self.changed = changed

    def lets_go(self, rel: str) -> bool:
        """Whether the page of the content file ``rel`` (under the content folder) may go:
        a commit saying the allowance deleted or renamed the file, or made it a draft (it
        says ``draft: true`` after that commit and did not before)."""
        if rel in self.removed:
            return True
        for commit in self.changed.get(rel, []):
            path = os.path.join(self.content, rel)
            after = _git_out(self.content, "show", f"{commit}:./{rel}")
            before = _git_out(self.content, "show", f"{commit}^1:./{rel}")
            made = after is not None and drafted(after, path)
            if made and not (before is not None and drafted(before, path)):
                return True
        return False


def _allowed(content: str, sha: str) -> Allowance:
    """The commits in ``sha..HEAD`` whose messages say ``gone.ALLOW`` (any case), and the
    files under ``content`` each changed, read in one ``git log``. Git picks the messages
    (``--grep``) and prints only the commits' ids and files, so no message text is parsed
    here: a message cannot pass itself off as a file list."""
    listed = _git_out(
        content,
        "log",
        "-z",
        "--format=%x01%H",  # _COMMIT, then the commit's id
        "-M",
        "--name-status",
        "--relative",
        "--diff-merges=first-parent",
        "--regexp-ignore-case",
        "--fixed-strings",
        f"--grep={gone.ALLOW}",
        # No path given: git would then leave out a merge whose tree matches one of its
        # parents there; --relative keeps to the content folder all the same.
        f"{sha}..HEAD",
    )
    fields = _fields(listed)
    removed: set[str] = set()
    changed: dict[str, list[str]] = {}
    for commit, status, path, new in _name_status(fields):
        if status in "RD":
            removed.add(path)
        if new is not None:  # renamed or copied: the file it is now
            changed.setdefault(new, []).append(commit)
        elif status != "D":
            changed.setdefault(path, []).append(commit)
    commits = sum(1 for field in fields if field.lstrip("\n").startswith(_COMMIT))
    return Allowance(content, commits, removed, changed)


_COMMIT = "\x01"
"""What starts a commit's line in ``_allowed``'s ``git log`` (its ``--format``)."""


def _fields(listed: bytes | None) -> list[str]:
    """What a git command run with ``-z`` printed, field by field."""
    return os.fsdecode(listed or b"").split("\0")


def _name_status(fields: list[str]) -> Iterator[tuple[str, str, str, str | None]]:
    """The files ``git diff`` or ``git log`` listed with ``-z --name-status`` (``fields``):
    each as the commit whose line came last before it ('' for a diff), its status letter
    (``D``, ``R``...), its path, and for a rename or copy the path it has now."""
    commit = ""
    i = 0
    while i < len(fields):
        field = fields[i].lstrip("\n")
        i += 1
        if field.startswith(_COMMIT):  # a commit; the files it changed follow
            commit = field[len(_COMMIT) :]
            continue
        if not field or i >= len(fields):
            continue
        status, path = field[0], fields[i]
        i += 1
        new = None
        if status in "RC":  # a rename or copy names the old path, then the new
            new = fields[i] if i < len(fields) else ""
            i += 1
        yield commit, status, path, new


def _named_by(content: str, sha: str, story: str) -> tuple[set[str], set[str]]:
    """The figures and places ('figures/ann', 'locations/city') the events of ``story``
    named in commit ``sha``: those events left out of the site name (drafts, events taken
    out), and those the published ones name, as ``published.without_draft_events`` and
    the notices of events taken out decide what has a page. A quote's ``by`` counts as a
    figure it may be."""
    listed = _git_out(content, "ls-tree", "-z", "--name-only", sha, "--", f"{story}/events/") or b""
    by_left_out: set[str] = set()
    by_published: set[str] = set()
    for rel in os.fsdecode(listed).split("\0"):  # paths from the content folder, as given
        if kinds.collection_file_id(rel.rsplit("/", 1)[-1]) is None:
            continue
        data = _git_out(content, "show", f"{sha}:./{rel}")
        node = None if data is None else _parsed(data, os.path.join(content, rel))
        if node is None:
            continue
        found = by_left_out if "removed" in node.items or says_draft(node) else by_published
        for kind in ("figures", "locations"):
            _, ids = node.items.get(kind, (None, None))
            if isinstance(ids, Sequence):
                found |= {f"{kind}/{i.value}" for i in ids.items if isinstance(i, Scalar)}
        _, quotes = node.items.get("quotes", (None, None))
        if isinstance(quotes, Sequence):
            for quote in quotes.items:
                if isinstance(quote, Mapping) and isinstance(
                    by := quote.items.get("by", (None, None))[1], Scalar
                ):
                    found.add(f"figures/{by.value}")
    return by_left_out, by_published


def drafted(data: bytes, path: str) -> bool | None:
    """Whether the content file ``data`` (at ``path`` in an earlier commit) says
    ``draft: true``, read as the build reads it (``TRUE`` and ``True`` are true too, and
    a Windows editor's CR LF is a line break); None when the build could not have read
    it, so that nothing was published from it."""
    node = _parsed(data, path)
    return None if node is None else says_draft(node)


def _parsed(data: bytes, path: str) -> Mapping | None:
    """The ``key: value`` lines of the content file ``data`` (at ``path`` in an earlier
    commit) as the build reads them; None when it could not have read them."""
    if len(data) > contentfile.MAX_FILE_BYTES:
        return None
    text = filetext.decode(data, path, [])
    node = None if text is None else parse_yaml(text, path, [])
    return node if isinstance(node, Mapping) else None


def _git_out(cwd: str, *args: str) -> bytes | None:
    """What ``git args`` prints, run in ``cwd``; None when it fails."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError:  # no git at all
        return None
    return done.stdout if done.returncode == 0 else None
