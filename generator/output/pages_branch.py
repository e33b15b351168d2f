"""The branch GitHub Pages publishes, in git: the plumbing of ``explainer deploy``
(``commands/deploy.py``), which reads as its steps while the git commands are here.

Which branch may be the site's (``check_branch``: never one holding the project's
history, nor one checked out), the tip a new site goes on top of (``start``), whether
HEAD lacks the commit the published site was built from (``check_source``, named in the
message of every commit a deploy makes: ``SOURCE``), the built folder as a tree and a
commit made with an index of its own (the work tree, the index and the current branch
are never touched), what it changes on the branch (``same_site``, ``changes``), the push,
and the move of the local branch once the push has succeeded (``move_local_branch``).
Refusals are UsageError (before anything is done) or DeployError, in deploy's words.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass

from generator.content import files
from generator.errors import DeployError, UsageError


def repository_root() -> str:
    """The top folder of the git repository the current folder is in; UsageError outside one."""
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=os.getcwd(), capture_output=True, check=False
    )
    if top.returncode != 0:
        raise UsageError("not inside a git repository; deploy publishes to a branch of one")
    return os.fsdecode(top.stdout).strip()


def remote_url(root: str, remote: str) -> str:
    """The address of a configured remote; only names ``git remote`` lists are accepted,
    so a path, a URL or an option can never be given in place of a remote."""
    known = git("remote", cwd=root, check=False).split()
    if remote not in known:
        hint = f" (remotes here: {', '.join(known)})" if known else " (add one with 'git remote add')"
        raise UsageError(f"no git remote named '{remote}'{hint}")
    return git("remote", "get-url", "--", remote, cwd=root)


def check_branch(root: str, branch: str, remote: str) -> None:
    """Refuse a branch that is not a plain new or site branch, before anything is built."""
    valid = subprocess.run(
        ["git", "check-ref-format", "--branch", branch], cwd=root, capture_output=True, check=False
    )
    # check-ref-format expands '@{-1}' to the branch it names: accept only names that
    # stand for themselves, so the branch published is the one typed.
    plain = valid.returncode == 0 and os.fsdecode(valid.stdout).strip() == branch
    if not plain or branch in ("HEAD", "@") or branch.startswith("refs/"):
        raise UsageError(f"cannot deploy to branch {branch!r}: it is not a valid branch name")
    # 'origin/main' or 'heads/main' would be a branch of its own that git then reads in
    # place of the remote's branch or the tag of that name ('git log origin/main' showing
    # the site): refused, as git itself warns of ambiguous names.
    first = branch.split("/", 1)[0]
    remotes = git("remote", cwd=root, check=False).split()
    if "/" in branch and (first in ("heads", "remotes", "tags") or first in remotes):
        meant = (
            f"the branch {branch[len(first) + 1 :]!r} of the remote {first!r}"
            if first in remotes
            else "a ref"
        )
        raise UsageError(
            f"cannot deploy to branch '{branch}': git would read that name as {meant}, not as a branch "
            f"of its own; choose a name such as gh-pages"
        )
    # Compared without case: on the case-insensitive file systems of macOS and Windows,
    # 'Main' and 'main' are the same ref file.
    for checked_out in _checked_out_branches(root):
        if checked_out.casefold() == branch.casefold():
            raise UsageError(
                f"cannot deploy to branch '{branch}': '{checked_out}' is checked out here or in "
                f"another worktree, and deploy would overwrite it; choose another --branch such as gh-pages"
            )
    for ref, shown in (
        (f"refs/heads/{branch}", branch),
        (f"refs/remotes/{remote}/{branch}", f"{remote}/{branch}"),
    ):
        if _holds_project_history(root, ref):
            raise UsageError(
                f"cannot deploy to branch '{branch}': {shown} holds this project's history, not a "
                f"published site, and deploy would add the site on top of it; choose another --branch "
                f"such as gh-pages"
            )


def _checked_out_branches(root: str) -> list[str]:
    """The branches checked out in this repository's worktrees, the current one first."""
    names = []
    current = git("symbolic-ref", "--quiet", "HEAD", cwd=root, check=False)
    if current.startswith("refs/heads/"):
        names.append(current.removeprefix("refs/heads/"))
    # Without -z (git 2.36+): a branch name cannot hold a line break, and a worktree
    # path that does could only add a refusal, never remove one.
    for line in git("worktree", "list", "--porcelain", cwd=root).splitlines():
        if line.startswith("branch refs/heads/"):
            names.append(line.removeprefix("branch refs/heads/"))
    return names


def _holds_project_history(root: str, ref: str) -> bool:
    """Whether ``ref`` exists, shares history with HEAD, and is not a site deploy made.

    A site branch made by deploy, ghp-import or ``git checkout --orphan`` has no commit
    in common with the project's branches; a branch that does, and lacks the .nojekyll
    every deploy writes, is the project's own (``main``, ``develop``, a release branch).
    """
    tip = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root, check=False)
    if not tip or not succeeds("merge-base", "HEAD", tip, cwd=root):
        return False
    return not succeeds("cat-file", "-e", f"{tip}:.nojekyll", cwd=root)


def start(root: str, remote: str, branch: str) -> tuple[str, str]:
    """The commit the new site goes on top of (and is compared with), and the local
    ``branch``'s tip ('' for either when there is none).

    The local branch, unless the remote's, as last fetched, is ahead of it or the only
    one: a fresh clone has ``origin/gh-pages`` and no ``gh-pages``, and a plain ``git
    fetch`` moves only the first. Starting from nothing there, deploy compared the site
    with nothing (so took pages away unasked) and was then refused as behind, with
    --force as the way out, which replaced the branch's history and whatever else it
    held."""
    local = tip(root, f"refs/heads/{branch}")
    fetched = tip(root, f"refs/remotes/{remote}/{branch}")
    if (
        fetched
        and fetched != local
        and (not local or succeeds("merge-base", "--is-ancestor", local, fetched, cwd=root))
    ):
        return fetched, local
    return local, local


def tip(root: str, ref: str) -> str:
    """The commit ``ref`` points at; '' when there is no such ref."""
    return git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root, check=False)


SOURCE = re.compile(r"^(?:Deploy explainer from|Built from) (?P<commit>[0-9a-f]{7,40})\b", re.MULTILINE)
"""Where a deploy's commit message names the commit its site was built from
(``commit_message``)."""


def check_source(root: str, parent: str, remote: str, branch: str) -> None:
    """Refuse to publish from a HEAD that lacks a shared commit the published site was
    built from: a colleague deployed a correction from it, and this site, built without
    it, would take the correction back off the site unseen (no page goes, so the check
    of pages taken away says nothing). Only a commit the remote's main branch or this
    branch's upstream holds counts: one amended or rebased here and never pushed is
    one's own to replace, a commit whose change HEAD holds as another commit (a feature
    branch rebased onto main) loses nothing, and a commit this clone does not have (a
    shallow clone) cannot be told."""
    said = git("log", "-1", "--format=%B", parent, cwd=root, check=False)
    named = SOURCE.search(said)
    if named is None:
        return
    source = tip(root, named["commit"])
    if not source or succeeds("merge-base", "--is-ancestor", source, "HEAD", cwd=root):
        return
    # A branch rebased (onto main, say) holds the same changes as new commits: nothing
    # of the published site's is lost when each commit HEAD lacks has its copy in HEAD.
    compared = subprocess.run(
        ["git", "rev-list", "--cherry-pick", "--right-only", "--no-merges", f"HEAD...{source}"],
        cwd=root, capture_output=True, check=False,
    )  # fmt: skip
    if compared.returncode == 0 and not compared.stdout.strip():
        return
    # The remote's main branch and the one this branch follows, as last fetched: a
    # feature branch merged by squashing keeps commits main never gets. A clone made by
    # pushing to a new remote ('git push -u origin main') has no <remote>/HEAD: its
    # <remote>/main (or master) is the main branch there.
    shared = {
        git("symbolic-ref", "--quiet", f"refs/remotes/{remote}/HEAD", cwd=root, check=False),
        git("rev-parse", "--symbolic-full-name", "@{upstream}", cwd=root, check=False),
        *(f"refs/remotes/{remote}/{name}" for name in ("main", "master")),
    }
    for ref in sorted(r for r in shared if r.startswith("refs/remotes/")):
        if succeeds("merge-base", "--is-ancestor", source, ref, cwd=root):
            raise DeployError(
                f"{remote} {branch} was built from {source[:7]}, which "
                f"{ref.removeprefix('refs/remotes/')} has and this checkout does not: publishing "
                f"would take what it added off the site; bring it in first ('git pull') and deploy "
                f"again, or pass --force to publish this anyway"
            )


def commit_message(root: str, message: str | None, *, dirty: bool) -> str:
    """The published commit's message: it names the source commit, and says when the
    site holds changes that commit does not. A custom message gets that as a last line:
    the next deploy reads the source commit from there (``SOURCE``), to see that it does
    not take a colleague's correction back off the site (``check_source``)."""
    head = git("rev-parse", "--short", "--verify", "--quiet", "HEAD", cwd=root, check=False)
    source = f"from {head}" if head else "from a repository without commits"
    dirt = " with uncommitted changes" if dirty else ""
    if message is None:
        return f"Deploy explainer {source}{dirt}"
    return f"{message}\n\nBuilt {source}{dirt}."


PAGEFIND_RUN_TO_RUN = (
    ":(exclude)pagefind/filter",
    ":(exclude,glob)pagefind/pagefind.*.pf_meta",
    ":(exclude)pagefind/pagefind-entry.json",
)
"""The files of a search index that differ between two runs of Pagefind over the same
pages (their names are hashes of data it writes in no fixed order: Pagefind #638),
left out when a deploy asks whether the site changed."""


def write_tree(root: str, site: str, tmp: str) -> str:
    """The folder ``site`` as a git tree in the repository, its work tree and index
    untouched: every file stored byte for byte as built (``git hash-object
    --no-filters``). ``git add`` would apply the line-end conversions and filters of the
    editor's settings (Git for Windows turns ``timeline.csv``'s CRLF into LF), of the
    repository's ``info/attributes`` and of a ``.gitattributes`` the branch holds, which
    is kept in the site (``foreign_files``): with Git LFS, pictures would be published as
    pointer files."""
    git_dir = git("rev-parse", "--absolute-git-dir", cwd=root)
    env = {**os.environ, "GIT_DIR": git_dir, "GIT_INDEX_FILE": os.path.join(tmp, "index")}
    found = list(files.walk_files(site, skip=lambda _: False))  # hidden files too (.nojekyll)
    for rel, _ in found:
        if "\n" in rel:  # --stdin-paths reads one a line
            raise DeployError(f"a file name of the site holds a line break: {rel!r}")
    paths = "".join(f"{rel}\n" for rel, _ in found).encode()
    blobs = git("hash-object", "-w", "--no-filters", "--stdin-paths", cwd=site, env=env, input=paths).split()
    entries = "".join(
        f"{'100755' if os.access(entry.path, os.X_OK) else '100644'} {blob}\t{rel}\0"
        for (rel, entry), blob in zip(found, blobs, strict=True)
    )
    git("update-index", "--add", "-z", "--index-info", cwd=site, env=env, input=entries.encode())
    return git("write-tree", cwd=site, env=env)


def same_site(root: str, parent: str, tree: str) -> bool:
    """Whether ``tree`` is the site ``parent`` holds: the same files, but for what
    Pagefind writes differently each run. Then deploying again commits nothing (the
    published index, built over the same pages, finds the same)."""
    return succeeds("diff-tree", "--quiet", "-r", parent, tree, "--", *PAGEFIND_RUN_TO_RUN, cwd=root)


@dataclass(frozen=True)
class Change:
    """A file of the site that publishing adds to the branch, changes, or takes off it."""

    how: str
    """``added``, ``changed`` or ``removed``."""
    path: str


CHANGE_WORDS = {"A": "added", "D": "removed"}
"""git's status letters of ``diff-tree --name-status`` that are not a change in place."""


def changes(root: str, parent: str, tree: str) -> tuple[Change, ...]:
    """What the branch would get, going from ``parent`` ('' for no branch yet) to ``tree``,
    by path; the search index's files that differ from run to run over the same pages
    (``PAGEFIND_RUN_TO_RUN``) are left out, as when deciding whether anything changed."""
    if not parent:
        listed = git("ls-tree", "-r", "-z", "--name-only", tree, cwd=root)
        return tuple(Change("added", path) for path in listed.split("\0") if path)
    args = ["diff-tree", "-r", "-z", "--no-renames", "--name-status", parent, tree, "--"]
    fields = git(*args, *PAGEFIND_RUN_TO_RUN, cwd=root).split("\0")
    # -z: each change is its status letter then its path, as fields of their own.
    return tuple(
        Change(CHANGE_WORDS.get(status, "changed"), path)
        for status, path in zip(fields[0::2], fields[1::2], strict=False)
        if path
    )


def commit(root: str, tree: str, parent: str, message: str) -> str:
    """A commit of ``tree`` on top of ``parent`` ('' for none)."""
    args = ["commit-tree", tree, "-m", message] + (["-p", parent] if parent else [])
    return git(*args, cwd=root, env=_identity_env())


def _identity_env() -> dict[str, str]:
    """Commit as the user when git knows who they are; otherwise as 'explainer'."""
    env = dict(os.environ)
    for key in ("name", "email"):
        known = subprocess.run(["git", "config", f"user.{key}"], capture_output=True, check=False)
        if known.returncode != 0:
            value = "explainer" if key == "name" else "explainer@localhost"
            env.setdefault(f"GIT_AUTHOR_{key.upper()}", value)
            env.setdefault(f"GIT_COMMITTER_{key.upper()}", value)
    return env


def push(root: str, remote: str, branch: str, commit: str, force: bool, *, rehearse: bool = False) -> None:
    """Push ``commit`` to ``branch`` of ``remote`` (replacing what is there with
    ``force``); DeployError saying why when the push fails. ``rehearse``: git's
    ``push --dry-run``, which asks the remote all but takes nothing there."""
    # '--' ends the options: the remote is a configured name, but one such as
    # '--receive-pack=...' must never reach git as an option.
    ref = f"refs/heads/{branch}"
    push = subprocess.run(
        ["git", "push", "--porcelain", *(["--dry-run"] if rehearse else []), "--", remote,
         f"{'+' if force else ''}{commit}:{ref}"],
        cwd=root, capture_output=True, text=True, errors="replace", check=False,
    )  # fmt: skip
    if push.returncode == 0:
        return
    said = push.stdout + push.stderr
    was, failed = ("would be", "would fail") if rehearse else ("was", "failed")
    if "(fetch first)" in said or "(non-fast-forward)" in said:
        raise DeployError(
            f"push to {remote} {branch} {was} refused: the remote branch has commits that this one "
            f"does not; to keep them, run 'git fetch {remote}' and deploy again, "
            f"or pass --force to replace them"
        )
    # Anything else (no such repository, no access, a hook said no): git's own reason,
    # not advice about diverged branches that may have nothing to do with it.
    lines = [line.strip() for line in said.splitlines() if line.strip()]
    # What the remote's own checks said comes first, every line of it: GitHub refuses a
    # file over 100 MB so ('remote: error: File ... exceeds GitHub's file size limit'),
    # and a ruleset with 'remote: error: GH013: Repository rule violations found' and
    # then which rules, on lines of their own; a server's own hook (GitLab's, a
    # company's) writes plain text. git's own line then only says that a hook declined.
    remote_lines = [line.removeprefix("remote:").strip() for line in lines if line.startswith("remote:")]
    # A line of dashes alone, drawn to set off a part, says nothing.
    remote_said = [text for text in remote_lines if any(c.isalnum() for c in text)]
    if remote_said:
        more = len(remote_said) - SHOWN_REMOTE_LINES
        shown = "; ".join(remote_said[:SHOWN_REMOTE_LINES]) + (f"; and {more} more lines" if more > 0 else "")
        raise DeployError(f"push to {remote} {branch} {failed}: the remote said: {shown}")
    reason = next(
        (line for line in lines if line.startswith(("fatal:", "error:", "!"))), lines[-1] if lines else ""
    )
    if reason.startswith("!"):
        # git's porcelain line, '!<TAB><commit>:<ref><TAB>[remote rejected] (why)': the why.
        reason = reason.rpartition("\t")[2].strip()
    raise DeployError(f"push to {remote} {branch} {failed}: {reason}")


SHOWN_REMOTE_LINES = 12
"""How many lines of what the remote said a failed push shows (GitHub's refusal of a
pushed secret takes dozens) before it says how many more there are."""


def move_local_branch(root: str, remote: str, branch: str, commit: str, parent: str) -> None:
    """Move the local ``branch`` to the pushed ``commit``, and only from ``parent`` (its
    tip before the deploy, '' for none): if something else moved the branch
    meanwhile, git refuses instead of overwriting it, and DeployError says so."""
    ref, expected = f"refs/heads/{branch}", parent or "0" * len(commit)
    if not succeeds("update-ref", "-m", "explainer deploy", ref, commit, expected, cwd=root):
        raise DeployError(
            f"pushed {commit[:12]} to {remote} {branch}, but the local branch {branch} was moved by "
            f"something else meanwhile and has been left as it is"
        )


def site_files(root: str, parent: str) -> list[str]:
    """The paths of the files ``parent`` (the site branch's tip) holds: the published site."""
    listed = subprocess.run(
        ["git", "ls-tree", "-r", "-z", "--name-only", parent], cwd=root, capture_output=True, check=False
    )
    if listed.returncode != 0:
        raise DeployError(f"git ls-tree failed: {listed.stderr.decode(errors='replace').strip()}")
    return [path for path in os.fsdecode(listed.stdout).split("\0") if path]


def site_file(root: str, parent: str, path: str) -> bytes | None:
    """The bytes of the file ``path`` of the site ``parent`` holds; None when it has none."""
    shown = subprocess.run(
        ["git", "cat-file", "blob", f"{parent}:{path}"], cwd=root, capture_output=True, check=False
    )
    return shown.stdout if shown.returncode == 0 else None


GITHUB_REMOTE = re.compile(r"github\.com[:/](?P<owner>[^/]+)/(?P<repo>[^/]+?)(?:\.git)?/?$")


def pages_url(remote_url: str, cname: str | None) -> str | None:
    """The address GitHub Pages will serve a remote's site at, when it is a GitHub remote."""
    if cname:
        return f"https://{cname}/"
    match = GITHUB_REMOTE.search(remote_url)
    if not match:
        return None
    owner, repo = match["owner"], match["repo"]
    if repo.lower() == f"{owner.lower()}.github.io":
        return f"https://{repo.lower()}/"
    return f"https://{owner.lower()}.github.io/{repo}/"


def git(
    *args: str, cwd: str, env: dict[str, str] | None = None, check: bool = True, input: bytes | None = None
) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env, input=input, check=False)
    out = result.stdout.decode(errors="replace").strip()
    if check and result.returncode != 0:
        raise DeployError(f"git {args[0]} failed: {result.stderr.decode(errors='replace').strip() or out}")
    return out


def succeeds(*args: str, cwd: str) -> bool:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False).returncode == 0
