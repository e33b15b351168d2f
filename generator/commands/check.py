"""``explainer check``: load and check everything, then the warnings of ``lint``;
nothing is written."""

from __future__ import annotations

import os
import subprocess

from generator import pipeline
from generator.content import files, filetext, load
from generator.content.lint import lint
from generator.content.model import Site
from generator.content.yamlnodes import Mapping, Scalar, Sequence, parse_yaml
from generator.errors import Problem, UsageError
from generator.output import gone


def check(*, content: str) -> Site:
    """Load and validate everything under ``content``; raise ContentError listing every
    problem (and, apart, the warnings known in spite of them)."""
    return pipeline.load_and_check(content)[1]


def check_and_lint(*, content: str) -> tuple[Site, list[Problem]]:
    """``check``, then the warnings of ``lint`` (drafts included) for a valid site."""
    raw, site = pipeline.load_and_check(content)
    return site, lint(raw, site)


NOTHING_TO_COMPARE = (
    "no commit {commit!r} to compare with (the first push, or a run by hand): "
    "nothing checked for pages taken away"
)


def gone_since(*, content: str, site: Site, commit: str) -> tuple[list[Problem], str | None]:
    """``check --since``: a warning for each page the content files deleted or renamed
    since ``commit``, or the drafts made since, take away (``gone.files_gone``), and a
    note for the editor; nothing when a commit message since says ``ALLOW``.

    Read from git alone, as the ready workflows need: they publish from the repository,
    with no published site at hand to compare (``deploy`` compares the sites). A commit
    that is empty, all zeros (GitHub's 'before' of a new branch) or unknown here has
    nothing to compare with: a note says so, and nothing is refused.
    """
    if commit.startswith("-"):
        raise UsageError(f"--since wants a commit, not {commit!r}")
    resolved = (
        _git_out(content, "rev-parse", "--verify", "--quiet", f"{commit}^{{commit}}")
        if commit.strip("0")
        else None
    )
    if not resolved:
        return [], NOTHING_TO_COMPARE.format(commit=commit)
    sha = resolved.decode().strip()
    messages = _git_out(content, "log", "--format=%B", f"{sha}..HEAD") or b""
    if gone.ALLOW.encode() in messages.lower():
        return (
            [],
            f"a commit message since {sha[:12]} says {gone.ALLOW}: pages taken away were not looked for",
        )
    listed = _git_out(
        content, "diff", "-z", "--name-status", "-M", "--diff-filter=DR", "--relative", sha, "--", "."
    )
    if listed is None:
        raise UsageError(f"--since needs the content folder '{content}' in a git repository")
    fields = os.fsdecode(listed).split("\0")
    changes = []
    i = 0
    while i + 1 < len(fields):
        status, old = fields[i], fields[i + 1]
        i += 2
        new = None
        if status.startswith("R"):
            new = fields[i]
            i += 1
        changes.append(gone.Change(old, new))

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
            changes, site=site, content=content, was_draft=was_draft, left_out_only=left_out_only
        ),
        None,
    )


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
        if not rel.endswith(".yaml") or files.is_ignored(rel.rsplit("/", 1)[-1]):
            continue
        data = _git_out(content, "show", f"{sha}:./{rel}")
        node = None if data is None else _parsed(data, os.path.join(content, rel))
        if node is None:
            continue
        found = by_left_out if "removed" in node.items or _says_draft(node) else by_published
        for key, kind in (("figures", "figures"), ("locations", "locations")):
            _, ids = node.items.get(key, (None, None))
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
    return None if node is None else _says_draft(node)


def _parsed(data: bytes, path: str) -> Mapping | None:
    """The ``key: value`` lines of the content file ``data`` (at ``path`` in an earlier
    commit) as the build reads them; None when it could not have read them."""
    if len(data) > load.MAX_FILE_BYTES:
        return None
    text = filetext.decode(data, path, [])
    node = None if text is None else parse_yaml(text, path, [])
    return node if isinstance(node, Mapping) else None


def _says_draft(node: Mapping) -> bool:
    _, value = node.items.get("draft", (None, None))
    return isinstance(value, Scalar) and value.value is True


def _git_out(cwd: str, *args: str) -> bytes | None:
    """What ``git args`` prints, run in ``cwd``; None when it fails."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError:  # no git at all
        return None
    return done.stdout if done.returncode == 0 else None
