"""``explainer deploy``: publish the built site to a branch for GitHub Pages.

In the manner of ghp-import and ``mkdocs gh-deploy``, but without touching the working
tree, the index or the current branch: the site is built into a temporary folder,
turned into a tree with a temporary index file, committed with ``git commit-tree`` on
top of the branch's tip (or the remote's, as last fetched, when that is ahead:
``_start``), keeping the files someone put on the branch that no build makes
(``_foreign``), and pushed. The local branch moves only once the push has
succeeded, so every refusal (not a repository, no such remote, content errors, a
rejected push) leaves the repository as it was; and the push and that move are one
step that Ctrl-C, SIGTERM or SIGHUP does not cut in two (``signals_held``).

Everything that can be checked is checked before anything is built, because the
mistakes are costly: a ``--branch`` naming a branch of the project (``main``) would put
the site on top of its history and push it, and a site built from uncommitted files
would be published under a message naming a commit that does not contain them. One
check needs the build: the pages the branch publishes that the new site would lack
(``gone.gone_pages``), since readers hold links to them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from generator.commands.build import NO_BASE_URL, build
from generator.commands.check import check_and_lint
from generator.content import files, ids
from generator.content.model import Site
from generator.content.schema import HOSTNAME_REGEX
from generator.errors import DeployError, Problem, UsageError
from generator.interrupt import signals_held
from generator.output.gone import gone_pages
from generator.output.staging import MARKER
from generator.render.pictures import Starting
from generator.report import Format, plural, show

GITHUB_REMOTE = re.compile(r"github\.com[:/](?P<owner>[^/]+)/(?P<repo>[^/]+?)(?:\.git)?/?$")

SHOWN_DIRTY = 5
"""How many uncommitted paths a refusal names before it says how many more there are."""


@dataclass(frozen=True)
class DeployResult:
    """What was published, where, and whether it was the source commit's own content."""

    commit: str
    branch: str
    remote: str
    url: str | None
    """Where the site will appear, when it can be known."""
    uncommitted: tuple[str, ...] = ()
    """Paths built into the site that HEAD does not hold as they are (--allow-dirty)."""
    notes: tuple[str, ...] = ()
    """What the editor should know about the published site (the build's notes)."""
    warnings: tuple[Problem, ...] = ()
    """What ``check`` warns of, published as asked (``--allow-warnings``)."""
    unchanged: bool = False
    """Whether the site was the one the branch already held, so no commit was made."""
    dry_run: bool = False
    """Whether this was a rehearsal (``--dry-run``): nothing committed, pushed or moved,
    and ``commit`` is the tip the site would have gone on top of ('' for none)."""
    changes: tuple[Change, ...] = ()
    """What publishing would change on the branch, path by path (a rehearsal's only)."""


@dataclass(frozen=True)
class Change:
    """A file of the site that publishing adds to the branch, changes, or takes off it."""

    how: str
    """``added``, ``changed`` or ``removed``."""
    path: str


class WarningsRefused(Exception):
    """The content has warnings, which ``deploy`` does not publish unless asked to: the
    ready workflow runs ``check --strict`` before it publishes, and so does deploy."""

    def __init__(self, warnings: list[Problem]) -> None:
        super().__init__(warnings)
        self.warnings = warnings


class PagesWouldGo(Exception):
    """Pages the branch publishes that the new site would not have, which ``deploy``
    does not publish unless asked to (``allow_broken_links``): readers' links, bookmarks
    and search results lead to them (``gone.gone_pages`` says why each would go)."""

    def __init__(self, gone: list[Problem]) -> None:
        super().__init__(gone)
        self.gone = gone


class InterruptedAfterPublishing(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP that came once the site was pushed, raised from that
    interrupt (its ``__cause__``, which tells the exit code).

    The interrupt is not dropped: whoever sent it (Ctrl-C, a cancelled CI job) asked the
    command to stop, and ending normally would tell them that nothing had; but the site
    is out, so "the previous site is unchanged" would be false. The command ends as
    interrupted and says what it published (``interrupted_outcome``)."""

    def __init__(self, commit: str, remote: str, branch: str) -> None:
        super().__init__(commit, remote, branch)
        self.published = f"{commit[:12]} to {remote} {branch}"


def interrupted_outcome(stop: KeyboardInterrupt) -> str:
    """What an interrupted deploy says it left, after 'explainer: interrupted'."""
    if isinstance(stop, InterruptedAfterPublishing):
        return f" after publishing {stop.published}"
    return "; the previous site is unchanged"


@contextmanager
def after_publishing(commit: str, remote: str, branch: str) -> Iterator[None]:
    """An interrupt in the block, which runs once ``commit`` is on ``branch`` of
    ``remote``, raised as InterruptedAfterPublishing (``report`` says what was published in one)."""
    try:
        yield
    except InterruptedAfterPublishing:
        raise
    except KeyboardInterrupt as stop:
        raise InterruptedAfterPublishing(commit, remote, branch) from stop


def _git(*args: str, cwd: str, env: dict[str, str] | None = None, check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env, check=False)
    out = result.stdout.decode(errors="replace").strip()
    if check and result.returncode != 0:
        raise DeployError(f"git {args[0]} failed: {result.stderr.decode(errors='replace').strip() or out}")
    return out


def _succeeds(*args: str, cwd: str) -> bool:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False).returncode == 0


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


def deploy(
    *,
    content: str,
    templates: str,
    remote: str = "origin",
    branch: str = "gh-pages",
    message: str | None = None,
    force: bool = False,
    base_url: str | None = None,
    allow_dirty: bool = False,
    allow_warnings: bool = False,
    allow_broken_links: bool = False,
    dry_run: bool = False,
    starting: Starting = None,
) -> DeployResult:
    """Build and publish; raise UsageError, ContentError, WarningsRefused, PagesWouldGo or
    DeployError, changing nothing.

    First everything that can be refused is (the repository, the remote, the branch,
    the message, uncommitted changes, content with errors, or with warnings unless
    ``allow_warnings``: as ``check --strict`` in the ready workflow, so that the text
    ``new`` leaves to fill in, say, is not published by mistake); then the site is built
    in a temporary folder and, unless ``allow_broken_links``, refused when pages the
    branch's tip publishes would be gone from it (the branch, not a local build, is what
    readers have; ``_start`` says which tip); then it is committed on top of that tip,
    the work tree and index untouched; then it is pushed, and only then does the local branch move, in
    one step that signals do not cut in two (``_publish``). An interrupt that comes once
    the push has succeeded is raised as InterruptedAfterPublishing. ``starting``: told how
    many pictures the build is about to encode, when any are.

    ``dry_run``: everything above up to the commit (every refusal included, so a
    rehearsal that passes is a deploy that would), then say what the branch would get,
    file by file (``Change``), and stop: no commit, no push, no branch moved.
    """
    root = _repository_root()
    remote_url = _remote_url(root, remote)
    _check_branch(root, branch, remote)
    _check_message(message)
    uncommitted = _uncommitted_paths(root, {"content": content, "templates": templates})
    if uncommitted and not allow_dirty:
        raise UsageError(_dirty_refusal(uncommitted))

    # The public address for canonical links, the feed and the sitemap: --base-url, then
    # site.yaml, then the address GitHub Pages will use for this remote. The content is
    # checked for it before the build, which then makes the site from what was loaded.
    site, warnings = check_and_lint(content=content)
    if warnings and not allow_warnings:
        raise WarningsRefused(warnings)
    parent, local = _start(root, remote, branch)
    if parent and not force:
        _check_source(root, parent, remote, branch)
    foreign = _foreign(root, parent, keep_cname=not site.cname)
    cname = site.cname or _kept_cname(root, parent, foreign)
    url = base_url or site.base_url or pages_url(remote_url, cname)
    with tempfile.TemporaryDirectory(prefix="explainer-deploy-") as tmp:
        out = os.path.join(tmp, "site")
        built = build(
            content=content, templates=templates, out=out, base_url=url, checked=site, starting=starting
        )
        _ready_for_pages(out, site.cname)
        _keep(root, out, foreign)
        if parent and not allow_broken_links:
            gone = _gone(root, parent, out, site, content)
            if gone:
                raise PagesWouldGo(gone)
        text = _commit_message(root, message, dirty=bool(uncommitted))
        tree = _write_tree(root, out, tmp)
        unchanged = bool(parent) and _same_site(root, parent, tree)
        if dry_run:
            changes = () if unchanged else _changes(root, parent, tree)
            # The push rehearsed with the commit deploy would make (an object no branch
            # holds, which git prunes in time): the remote is asked whether it would take it.
            _push(root, remote, branch, parent if unchanged else _commit(root, tree, parent, text), force,
                  rehearse=True)  # fmt: skip
            commit = parent
        else:
            commit, changes = parent if unchanged else _commit(root, tree, parent, text), ()
    notes = tuple(_unknown_address(remote) if n == NO_BASE_URL else n for n in built.notes)
    if foreign:
        notes += (_kept_note(branch, foreign),)
    done = DeployResult(
        commit, branch, remote, url, tuple(uncommitted), notes, tuple(warnings), unchanged, dry_run, changes
    )
    if dry_run:
        return done
    # Last, so that once the site is out nothing is left to do here but return it (the
    # CLI's report of it says the same of an interrupt: ``after_publishing``).
    _publish(root, remote, branch, commit, local, force)
    return done


def _repository_root() -> str:
    """The top folder of the git repository the current folder is in; UsageError outside one."""
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=os.getcwd(), capture_output=True, check=False
    )
    if top.returncode != 0:
        raise UsageError("not inside a git repository; deploy publishes to a branch of one")
    return os.fsdecode(top.stdout).strip()


def _check_message(message: str | None) -> None:
    """Refuse a ``--message`` given empty (a commit needs one; leaving it out gives ours)."""
    if message is not None and not message.strip():
        raise UsageError("the deploy --message is empty; give a message, or leave --message out")


def _ready_for_pages(site: str, cname: str | None) -> None:
    """The built folder ``site`` as GitHub Pages wants it: without the local builds'
    marker, with ``.nojekyll``, and with ``CNAME`` for a custom domain."""
    os.remove(os.path.join(site, MARKER))  # it only matters to local builds
    with open(os.path.join(site, ".nojekyll"), "w"):
        pass  # GitHub Pages would otherwise run Jekyll, which skips some files
    if cname:
        with open(os.path.join(site, "CNAME"), "w") as f:
            f.write(cname + "\n")


def _tip(root: str, ref: str) -> str:
    """The commit ``ref`` points at; '' when there is no such ref."""
    return _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root, check=False)


def _start(root: str, remote: str, branch: str) -> tuple[str, str]:
    """The commit the new site goes on top of (and is compared with), and the local
    ``branch``'s tip ('' for either when there is none).

    The local branch, unless the remote's, as last fetched, is ahead of it or the only
    one: a fresh clone has ``origin/gh-pages`` and no ``gh-pages``, and a plain ``git
    fetch`` moves only the first. Starting from nothing there, deploy compared the site
    with nothing (so took pages away unasked) and was then refused as behind, with
    --force as the way out, which replaced the branch's history and whatever else it
    held."""
    local = _tip(root, f"refs/heads/{branch}")
    fetched = _tip(root, f"refs/remotes/{remote}/{branch}")
    if (
        fetched
        and fetched != local
        and (not local or _succeeds("merge-base", "--is-ancestor", local, fetched, cwd=root))
    ):
        return fetched, local
    return local, local


SOURCE = re.compile(r"^(?:Deploy explainer from|Built from) (?P<commit>[0-9a-f]{7,40})\b", re.MULTILINE)
"""Where a deploy's commit message names the commit its site was built from
(``_commit_message``)."""


def _check_source(root: str, parent: str, remote: str, branch: str) -> None:
    """Refuse to publish from a HEAD that lacks a shared commit the published site was
    built from: a colleague deployed a correction from it, and this site, built without
    it, would take the correction back off the site unseen (no page goes, so the check
    of pages taken away says nothing). Only a commit the remote's main branch or this
    branch's upstream holds counts: one amended or rebased here and never pushed is
    one's own to replace, a commit whose change HEAD holds as another commit (a feature
    branch rebased onto main) loses nothing, and a commit this clone does not have (a
    shallow clone) cannot be told."""
    said = _git("log", "-1", "--format=%B", parent, cwd=root, check=False)
    named = SOURCE.search(said)
    if named is None:
        return
    source = _tip(root, named["commit"])
    if not source or _succeeds("merge-base", "--is-ancestor", source, "HEAD", cwd=root):
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
    # feature branch merged by squashing keeps commits main never gets.
    shared = {
        _git("symbolic-ref", "--quiet", f"refs/remotes/{remote}/HEAD", cwd=root, check=False),
        _git("rev-parse", "--symbolic-full-name", "@{upstream}", cwd=root, check=False),
    }
    for ref in sorted(r for r in shared if r.startswith("refs/remotes/")):
        if _succeeds("merge-base", "--is-ancestor", source, ref, cwd=root):
            raise DeployError(
                f"{remote} {branch} was built from {source[:7]}, which "
                f"{ref.removeprefix('refs/remotes/')} has and this checkout does not: publishing "
                f"would take what it added off the site; bring it in first ('git pull') and deploy "
                f"again, or pass --force to publish this anyway"
            )


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


def _foreign(root: str, parent: str, *, keep_cname: bool) -> list[Kept]:
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
    said = _git("log", "-1", "--format=%B", parent, "--", path, cwd=root, check=False)
    return SOURCE.search(said) is not None


def _kept_cname(root: str, parent: str, kept: list[Kept]) -> str | None:
    """The domain of a ``CNAME`` kept from the branch, the site's address then."""
    if not any(k.path == "CNAME" for k in kept):
        return None
    lines = _git("cat-file", "blob", f"{parent}:CNAME", cwd=root).split()
    # As site.yaml's cname must be: anything else is no address to print or link to.
    return lines[0] if lines and re.fullmatch(HOSTNAME_REGEX, lines[0]) else None


def _keep(root: str, out: str, kept: list[Kept]) -> None:
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


def _kept_note(branch: str, kept: list[Kept]) -> str:
    shown = sorted({k.path.split("/", 1)[0] + ("/" if "/" in k.path else "") for k in kept})
    return (
        f"kept from {branch}, as someone put them there and no build makes them: {', '.join(shown)} "
        f"(delete them from {branch} to stop publishing them)"
    )


def _gone(root: str, parent: str, out: str, site: Site, content: str) -> list[Problem]:
    """What ``gone_pages`` says of the site in ``out`` against the one ``parent`` holds."""
    listed = subprocess.run(
        ["git", "ls-tree", "-r", "-z", "--name-only", parent], cwd=root, capture_output=True, check=False
    )
    if listed.returncode != 0:
        raise DeployError(f"git ls-tree failed: {listed.stderr.decode(errors='replace').strip()}")
    before = [path for path in os.fsdecode(listed.stdout).split("\0") if path]
    after = {
        os.path.relpath(os.path.join(top, name), out).replace(os.sep, "/")
        for top, _, names in os.walk(out)
        for name in names
    }

    def old_page(path: str) -> bytes | None:
        shown = subprocess.run(
            ["git", "cat-file", "blob", f"{parent}:{path}"], cwd=root, capture_output=True, check=False
        )
        return shown.stdout if shown.returncode == 0 else None

    def new_page(path: str) -> bytes | None:
        with open(os.path.join(out, path), "rb") as f:
            return f.read()

    return gone_pages(before, after, site=site, content=content, old_page=old_page, new_page=new_page)


def _publish(root: str, remote: str, branch: str, commit: str, parent: str, force: bool) -> None:
    """Push ``commit`` and move the local ``branch`` to it from ``parent``, as one step
    (``signals_held``). A signal held meanwhile is raised as the step ends: as it was when
    the push failed or never began (the previous site is unchanged), and as
    InterruptedAfterPublishing once the push has succeeded."""
    pushed = False
    try:
        with signals_held():
            _push(root, remote, branch, commit, force)
            pushed = True
            _move_local_branch(root, remote, branch, commit, parent)
    except KeyboardInterrupt as stop:
        if pushed:
            raise InterruptedAfterPublishing(commit, remote, branch) from stop
        raise


def _push(root: str, remote: str, branch: str, commit: str, force: bool, *, rehearse: bool = False) -> None:
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
    # What the remote's own checks said comes first: GitHub refuses a file over 100 MB
    # so ('remote: error: File ... exceeds GitHub's file size limit'), and git's own
    # line then only says that a hook declined.
    remote_said = [
        line.removeprefix("remote:").strip()
        for line in lines
        if line.startswith(("remote: error:", "remote: fatal:"))
    ]
    if remote_said:
        raise DeployError(f"push to {remote} {branch} {failed}: the remote said: {'; '.join(remote_said)}")
    reason = next((line for line in lines if line.startswith(("fatal:", "error:", "!"))), lines[-1:])
    raise DeployError(f"push to {remote} {branch} {failed}: {''.join(reason)}")


def _move_local_branch(root: str, remote: str, branch: str, commit: str, parent: str) -> None:
    """Move the local ``branch`` to the pushed ``commit``, and only from ``parent`` (its
    tip before the deploy, '' for none): if something else moved the branch
    meanwhile, git refuses instead of overwriting it, and DeployError says so."""
    ref, expected = f"refs/heads/{branch}", parent or "0" * len(commit)
    if not _succeeds("update-ref", "-m", "explainer deploy", ref, commit, expected, cwd=root):
        raise DeployError(
            f"pushed {commit[:12]} to {remote} {branch}, but the local branch {branch} was moved by "
            f"something else meanwhile and has been left as it is"
        )


def _unknown_address(remote: str) -> str:
    """The build's note that the site's address is unknown, as it matters on GitHub Pages,
    where a project's site is served under /<repo>/: the 404 page, which links from the
    root of the domain without an address, shows unstyled there with links that leave the
    site."""
    return (
        f"the site's address is not known (no --base-url, no base_url in site.yaml, and "
        f"the remote '{remote}' is not a github.com address), so its 404 page works only at "
        f"the root of a domain, and canonical links, social-card tags, sitemap.xml, feed.xml "
        f"and oembed.json are left out: deploy again with --base-url "
        f"https://<owner>.github.io/<repo>/ (or set base_url in site.yaml)"
    )


def _remote_url(root: str, remote: str) -> str:
    """The address of a configured remote; only names ``git remote`` lists are accepted,
    so a path, a URL or an option can never be given in place of a remote."""
    known = _git("remote", cwd=root, check=False).split()
    if remote not in known:
        hint = f" (remotes here: {', '.join(known)})" if known else " (add one with 'git remote add')"
        raise UsageError(f"no git remote named '{remote}'{hint}")
    return _git("remote", "get-url", "--", remote, cwd=root)


def _check_branch(root: str, branch: str, remote: str) -> None:
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
    remotes = _git("remote", cwd=root, check=False).split()
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
    current = _git("symbolic-ref", "--quiet", "HEAD", cwd=root, check=False)
    if current.startswith("refs/heads/"):
        names.append(current.removeprefix("refs/heads/"))
    # Without -z (git 2.36+): a branch name cannot hold a line break, and a worktree
    # path that does could only add a refusal, never remove one.
    for line in _git("worktree", "list", "--porcelain", cwd=root).splitlines():
        if line.startswith("branch refs/heads/"):
            names.append(line.removeprefix("branch refs/heads/"))
    return names


def _holds_project_history(root: str, ref: str) -> bool:
    """Whether ``ref`` exists, shares history with HEAD, and is not a site deploy made.

    A site branch made by deploy, ghp-import or ``git checkout --orphan`` has no commit
    in common with the project's branches; a branch that does, and lacks the .nojekyll
    every deploy writes, is the project's own (``main``, ``develop``, a release branch).
    """
    tip = _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", cwd=root, check=False)
    if not tip or not _succeeds("merge-base", "HEAD", tip, cwd=root):
        return False
    return not _succeeds("cat-file", "-e", f"{tip}:.nojekyll", cwd=root)


def _uncommitted_paths(root: str, folders: dict[str, str]) -> list[str]:
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
            found.append(f"{folder} (the {role} folder is outside this repository)")
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


def _dirty_refusal(paths: Sequence[str]) -> str:
    # A file name may hold a line break; the refusal stays one line.
    shown = ", ".join(p.replace("\n", "\\n").replace("\t", "\\t") for p in paths[:SHOWN_DIRTY])
    more = f" and {len(paths) - SHOWN_DIRTY} more" if len(paths) > SHOWN_DIRTY else ""
    return (
        f"not deploying uncommitted changes: {shown}{more}; commit them first, "
        f"or pass --allow-dirty to publish them anyway"
    )


def _commit_message(root: str, message: str | None, *, dirty: bool) -> str:
    """The published commit's message: it names the source commit, and says when the
    site holds changes that commit does not. A custom message gets that as a last line:
    the next deploy reads the source commit from there (``SOURCE``), to see that it does
    not take a colleague's correction back off the site (``_check_source``)."""
    head = _git("rev-parse", "--short", "--verify", "--quiet", "HEAD", cwd=root, check=False)
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


def _write_tree(root: str, site: str, tmp: str) -> str:
    """The folder ``site`` as a git tree in the repository, its work tree and index untouched."""
    env = {**os.environ, "GIT_INDEX_FILE": os.path.join(tmp, "index")}
    git_dir = _git("rev-parse", "--absolute-git-dir", cwd=root)
    base = ["--git-dir", git_dir, "--work-tree", site]
    _git(*base, "add", "--all", "--force", ".", cwd=site, env=env)
    return _git(*base, "write-tree", cwd=site, env=env)


def _same_site(root: str, parent: str, tree: str) -> bool:
    """Whether ``tree`` is the site ``parent`` holds: the same files, but for what
    Pagefind writes differently each run. Then deploying again commits nothing (the
    published index, built over the same pages, finds the same)."""
    return _succeeds("diff-tree", "--quiet", "-r", parent, tree, "--", *PAGEFIND_RUN_TO_RUN, cwd=root)


CHANGE_WORDS = {"A": "added", "D": "removed"}
"""git's status letters of ``diff-tree --name-status`` that are not a change in place."""


def _changes(root: str, parent: str, tree: str) -> tuple[Change, ...]:
    """What the branch would get, going from ``parent`` ('' for no branch yet) to ``tree``,
    by path; the search index's files that differ from run to run over the same pages
    (``PAGEFIND_RUN_TO_RUN``) are left out, as when deciding whether anything changed."""
    if not parent:
        listed = _git("ls-tree", "-r", "-z", "--name-only", tree, cwd=root)
        return tuple(Change("added", path) for path in listed.split("\0") if path)
    args = ["diff-tree", "-r", "-z", "--no-renames", "--name-status", parent, tree, "--"]
    fields = _git(*args, *PAGEFIND_RUN_TO_RUN, cwd=root).split("\0")
    # -z: each change is its status letter then its path, as fields of their own.
    return tuple(
        Change(CHANGE_WORDS.get(status, "changed"), path)
        for status, path in zip(fields[0::2], fields[1::2], strict=False)
        if path
    )


def _commit(root: str, tree: str, parent: str, message: str) -> str:
    """A commit of ``tree`` on top of ``parent`` ('' for none)."""
    args = ["commit-tree", tree, "-m", message] + (["-p", parent] if parent else [])
    return _git(*args, cwd=root, env=_identity_env())


def report_refusal(refused: WarningsRefused | PagesWouldGo) -> None:
    """What deploy says when it refused the content: each problem, then what to do."""
    if isinstance(refused, WarningsRefused):
        show(refused.warnings, Format.TEXT)
        print(
            f"{plural(len(refused.warnings), 'warning')}; nothing was published (the ready workflow "
            "refuses them too): fix them, or pass --allow-warnings to publish anyway",
            file=sys.stderr,
        )
        return
    show(refused.gone, Format.TEXT)
    print(
        f"{plural(len(refused.gone), 'published address', 'published addresses')} would stop working; "
        "nothing was published: keep each as its line says, or pass --allow-broken-links "
        "to publish anyway",
        file=sys.stderr,
    )


SHOWN_CHANGES = 30
"""How many of the files a rehearsed deploy would change it names, before it says how
many more (a changed template changes every page)."""


def report_rehearsal(done: DeployResult, *, forced: bool) -> None:
    """What ``deploy --dry-run`` found: what the branch would get, and what deploy would say."""
    show(done.warnings, Format.TEXT)
    where = f"{done.remote} {done.branch}"
    if done.unchanged:
        held = f"({done.commit[:12]})"
        print(f"dry run: the site is the one {done.branch} already holds {held}: deploy would make no commit")
    elif not done.commit and forced:
        # Nothing here to start from, and --force: the remote's branch, if it has one
        # nobody fetched, would be replaced, so nothing can be said of what changes.
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; no {done.branch} here, and deploy would push "
            f"a first commit of {files} to {where}, replacing whatever that branch holds"
        )
    elif not done.commit:  # the push, rehearsed without --force, found no branch there either
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; {done.branch} does not exist yet, "
            f"and deploy would make it with {files} and push it to {where}"
        )
    else:
        counts = {how: sum(c.how == how for c in done.changes) for how in ("changed", "added", "removed")}
        said = ", ".join(f"{n} {how}" for how, n in counts.items() if n)
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; deploy would push to {where} "
            f"a commit changing {files} ({said}):"
        )
        for change in done.changes[:SHOWN_CHANGES]:
            print(f"  {change.how:8} {change.path}")
        if len(done.changes) > SHOWN_CHANGES:
            print(f"  and {len(done.changes) - SHOWN_CHANGES} more")
        if forced:
            # Compared with the branch as known here: what the remote holds beyond it,
            # which --force replaces, is not known without a fetch.
            print(
                f"note: with --force, whatever {where} holds beyond {done.commit[:12]} would be "
                f"replaced; 'git fetch {done.remote}' first to compare with it",
                file=sys.stderr,
            )
    if done.uncommitted and not done.unchanged:
        count = plural(len(done.uncommitted), "uncommitted path")
        print(f"note: the site would include {count}, as its commit message would say", file=sys.stderr)
    for note in done.notes:
        print(f"note: {note}", file=sys.stderr)
    if done.url:
        print(f"the site would appear at {done.url}")


def report(done: DeployResult) -> None:
    """What a deploy that published says; an interrupt meanwhile is raised as
    InterruptedAfterPublishing, since the site is out (``after_publishing``)."""
    with after_publishing(done.commit, done.remote, done.branch):
        show(done.warnings, Format.TEXT)  # published as asked; said all the same
        if done.unchanged:
            print(
                f"the site is the one {done.branch} already holds ({done.commit[:12]}): no new commit; "
                f"{done.remote} {done.branch} is at it"
            )
        else:
            print(f"pushed {done.commit[:12]} to {done.remote} {done.branch}")
        if done.uncommitted and not done.unchanged:
            count = plural(len(done.uncommitted), "uncommitted path")
            print(f"note: the published site includes {count}, as its commit message says", file=sys.stderr)
        for note in done.notes:
            print(f"note: {note}", file=sys.stderr)
        if done.url:
            print(f"the site will appear at {done.url} once GitHub Pages has published it")
