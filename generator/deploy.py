"""``explainer deploy``: publish the built site to a branch for GitHub Pages.

In the manner of ghp-import and ``mkdocs gh-deploy``, but without touching the working
tree, the index or the current branch: the site is built into a temporary folder,
turned into a tree with a temporary index file, committed with ``git commit-tree`` on
top of the branch's tip, and pushed. The local branch moves only once the push has
succeeded, so every refusal (not a repository, no such remote, content errors, a
rejected push) leaves the repository as it was.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass

from generator.build import build, check
from generator.errors import DeployError, UsageError
from generator.output import MARKER

GITHUB_REMOTE = re.compile(r"github\.com[:/](?P<owner>[^/]+)/(?P<repo>[^/]+?)(?:\.git)?/?$")


@dataclass(frozen=True)
class DeployResult:
    commit: str
    branch: str
    remote: str
    url: str | None
    """Where the site will appear, when it can be known."""


def _git(*args: str, cwd: str, env: dict[str, str] | None = None, check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, check=False)
    if check and result.returncode != 0:
        raise DeployError(f"git {args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout.strip()


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
) -> DeployResult:
    """Build and publish; raise UsageError, ContentError or DeployError, changing nothing."""
    cwd = os.getcwd()
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=cwd, capture_output=True, text=True, check=False
    )
    if top.returncode != 0:
        raise UsageError("not inside a git repository; deploy publishes to a branch of one")
    root = top.stdout.strip()
    remote_url = _git("remote", "get-url", remote, cwd=root, check=False)
    if not remote_url:
        known = _git("remote", cwd=root, check=False).split()
        hint = f" (remotes here: {', '.join(known)})" if known else " (add one with 'git remote add')"
        raise UsageError(f"no git remote named '{remote}'{hint}")
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch) or branch.startswith(("-", "/")):
        raise UsageError(f"'{branch}' is not a usable branch name")

    # The public address for canonical links, the feed and the sitemap: --base-url, then
    # site.yaml, then the address GitHub Pages will use for this remote.
    site = check(content=content)
    url = base_url or site.base_url or pages_url(remote_url, site.cname)
    with tempfile.TemporaryDirectory(prefix="explainer-deploy-") as tmp:
        out = os.path.join(tmp, "site")
        build(content=content, templates=templates, out=out, base_url=url)
        os.remove(os.path.join(out, MARKER))  # it only matters to local builds
        with open(os.path.join(out, ".nojekyll"), "w"):
            pass  # GitHub Pages would otherwise run Jekyll, which skips some files
        if site.cname:
            with open(os.path.join(out, "CNAME"), "w") as f:
                f.write(site.cname + "\n")
        commit = _commit_tree(root, out, tmp, branch, message)

    ref = f"refs/heads/{branch}"
    push = subprocess.run(
        ["git", "push", "--porcelain", remote, f"{'+' if force else ''}{commit}:{ref}"],
        cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if push.returncode != 0:
        detail = (push.stderr.strip() or push.stdout.strip()).splitlines()
        reason = next((line for line in detail if "rejected" in line or "error" in line), detail[-1:])
        raise DeployError(
            f"push to {remote} {branch} was refused: {''.join(reason).strip()}\n"
            f"The remote branch has commits that this one does not. To keep them, first run "
            f"'git fetch {remote} {branch}:{branch}' and deploy again; to replace them, use --force."
        )
    _git("update-ref", ref, commit, cwd=root)
    return DeployResult(commit, branch, remote, url)


def _commit_tree(root: str, site: str, tmp: str, branch: str, message: str | None) -> str:
    """Commit the folder ``site`` on top of ``branch`` without touching the work tree or index."""
    env = _identity_env()
    env["GIT_INDEX_FILE"] = os.path.join(tmp, "index")
    git_dir = _git("rev-parse", "--absolute-git-dir", cwd=root)
    base = ["--git-dir", git_dir, "--work-tree", site]
    _git(*base, "add", "--all", "--force", ".", cwd=site, env=env)
    tree = _git(*base, "write-tree", cwd=site, env=env)
    parent = _git("rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", cwd=root, check=False)
    if message is None:
        head = _git("rev-parse", "--short", "HEAD", cwd=root, check=False)
        message = f"Deploy explainer from {head}" if head else "Deploy explainer"
    args = ["commit-tree", tree, "-m", message] + (["-p", parent] if parent else [])
    return _git(*args, cwd=root, env=env)
