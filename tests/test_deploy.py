"""``explainer deploy`` against real git repositories made in tmp_path."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.deploy import pages_url
from tests.conftest import TEMPLATES, Project


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repo(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The project as a git repository with a commit, and a bare 'origin' beside it."""
    for var, value in {
        "GIT_AUTHOR_NAME": "Ed Itor", "GIT_AUTHOR_EMAIL": "ed@example.org",
        "GIT_COMMITTER_NAME": "Ed Itor", "GIT_COMMITTER_EMAIL": "ed@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null",
    }.items():  # fmt: skip
        monkeypatch.setenv(var, value)
    bare = tmp_path.parent / f"{tmp_path.name}-origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(bare)], check=True)
    git("init", "-q", "-b", "main", cwd=project.root)
    project.write("notes.txt", "uncommitted work\n")
    git("add", "content", cwd=project.root)
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
    return main(["deploy", "--templates", TEMPLATES, *args])


def test_deploy_publishes_exactly_the_site(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(project.root)
    assert deploy() == 0
    out = capsys.readouterr().out
    assert out.startswith("pushed ")
    files = set(git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo).splitlines())
    assert ".nojekyll" in files and "CNAME" not in files
    assert "index.html" in files and "story-a/events/e1/index.html" in files
    assert "assets/style.css" in files
    assert not any(f.startswith(("content/", "notes.txt", "site/")) for f in files)
    assert state(project.root) == before
    assert not (project.root / "site").exists()
    assert git("rev-parse", "gh-pages", cwd=project.root) == git("rev-parse", "gh-pages", cwd=repo)


def test_cname_from_site_yaml(project: Project, repo: Path) -> None:
    project.write("content/site.yaml", "title: T\ncname: explainers.example.org\n")
    assert deploy() == 0
    assert git("show", "gh-pages:CNAME", cwd=repo) == "explainers.example.org"
    canonical = git("show", "gh-pages:story-a/index.html", cwd=repo)
    assert '<link rel="canonical" href="https://explainers.example.org/story-a/">' in canonical


def test_a_second_deploy_adds_one_commit(project: Project, repo: Path) -> None:
    assert deploy("--message", "first") == 0
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2021\nsummary: s\n")
    assert deploy("--message", "second") == 0
    log = git("log", "--format=%s", "gh-pages", cwd=repo).splitlines()
    assert log == ["second", "first"]
    assert "story-a/events/e2/index.html" in git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo)


def test_refuses_outside_a_git_repository(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert deploy() == 2
    assert "not inside a git repository" in capsys.readouterr().err
    assert not (project.root / ".git").exists()


def test_refuses_a_missing_remote(project: Project, repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = state(project.root)
    assert deploy("--remote", "upstream") == 2
    assert capsys.readouterr().err.strip() == (
        "explainer: error: no git remote named 'upstream' (remotes here: origin)"
    )
    assert state(project.root) == before
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_refuses_content_with_errors(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/events/e1.yaml", "title: x\n")
    before = state(project.root)
    assert deploy() == 1
    assert "missing required key 'date'" in capsys.readouterr().err
    assert state(project.root) == before
    assert git("branch", "--list", "gh-pages", cwd=repo) == ""
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_refuses_a_rejected_push_unless_forced(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Someone else published first: the remote gh-pages has a commit we do not have.
    other = tmp_path.parent / f"{tmp_path.name}-other"
    subprocess.run(["git", "clone", "-q", str(repo), str(other)], check=True)
    git("checkout", "-q", "--orphan", "gh-pages", cwd=other)
    (other / "index.html").write_text("theirs")
    git("add", "index.html", cwd=other)
    git("commit", "-q", "-m", "theirs", cwd=other)
    git("push", "-q", "origin", "gh-pages", cwd=other)
    remote_tip = git("rev-parse", "gh-pages", cwd=repo)
    before = state(project.root)

    assert deploy() == 1
    err = capsys.readouterr().err
    assert "push to origin gh-pages was refused" in err and "--force" in err
    assert git("rev-parse", "gh-pages", cwd=repo) == remote_tip
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""
    assert state(project.root) == before

    assert deploy("--force") == 0
    assert git("rev-parse", "gh-pages", cwd=repo) != remote_tip
    assert git("show", "gh-pages:index.html", cwd=repo) != "theirs"


@pytest.mark.parametrize(
    ("remote", "cname", "url"),
    [
        ("git@github.com:Org/explainers.git", None, "https://org.github.io/explainers/"),
        ("https://github.com/org/explainers", None, "https://org.github.io/explainers/"),
        ("https://github.com/org/Org.github.io.git", None, "https://org.github.io/"),
        ("https://github.com/org/x.git", "news.example.org", "https://news.example.org/"),
        ("/srv/git/explainers.git", None, None),
    ],
)
def test_the_pages_address_of_a_remote(remote: str, cname: str | None, url: str | None) -> None:
    assert pages_url(remote, cname) == url
