"""Deploys in tests: a project committed in a git repository, with a bare 'origin' beside
it (the ``repo`` fixture), and the git and deploy commands the tests of deploy and of the
modules it uses run (``commands/deploy.py``; ``output/pages_branch.py``, ``foreign_files.py``,
``uncommitted.py``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import TEMPLATES, Project, git_identity


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project, its content and templates committed, and a bare 'origin' beside it."""
    git_identity(monkeypatch)
    bare = tmp_path.parent / f"{tmp_path.name}-origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    git("init", "-q", "-b", "main", cwd=project.root)
    shutil.copytree(TEMPLATES, project.root / "templates")
    # Uncommitted work outside the content and templates folders does not stop a deploy.
    project.write("notes.txt", "uncommitted work\n")
    git("add", "content", "templates", cwd=project.root)
    git("commit", "-q", "-m", "content", cwd=project.root)
    git("remote", "add", "origin", str(bare), cwd=project.root)
    return bare


def state(root: Path) -> tuple[str, str, str, str]:
    """What a deploy must leave alone: HEAD, branch, status (work tree and index), stash."""
    return (
        git("rev-parse", "HEAD", cwd=root),
        git("symbolic-ref", "HEAD", cwd=root),
        git("status", "--porcelain", "--untracked-files=all", cwd=root),
        git("diff", "--cached", cwd=root),
    )


def deploy(*args: str) -> int:
    return main(["deploy", *args])


def commit(project: Project, message: str = "edit") -> None:
    git("add", "--all", "content", "templates", cwd=project.root)
    git("commit", "-q", "-m", message, cwd=project.root)


def edit_and_commit(project: Project) -> None:
    """A change to the site (an event's summary), committed: the next deploy has a commit to make."""
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text().replace("happened.", "happened, again."))
    commit(project)


def someone_else_publishes_first(repo: Path, tmp_path: Path) -> str:
    """The remote gh-pages gets a commit we do not have; its tip."""
    other = tmp_path.parent / f"{tmp_path.name}-other"
    subprocess.run(["git", "clone", "-q", str(repo), str(other)], check=True)
    git("checkout", "-q", "--orphan", "gh-pages", cwd=other)
    (other / "index.html").write_text("theirs")
    git("add", "index.html", cwd=other)
    git("commit", "-q", "-m", "theirs", cwd=other)
    git("push", "-q", "origin", "gh-pages", cwd=other)
    return git("rev-parse", "gh-pages", cwd=repo)


def subject(ref: str, cwd: Path) -> str:
    return git("log", "-1", "--format=%B", ref, cwd=cwd)
