"""The files someone put on the site branch, kept by deploy (``output/foreign_files.py``),
through ``explainer deploy`` against real git repositories made in tmp_path."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import Project
from tests.deploying import commit, deploy, edit_and_commit, git


def test_files_someone_put_on_the_branch_that_no_build_makes_are_kept(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy() == 0
    # Setting a custom domain under Settings -> Pages commits CNAME to the branch, and a
    # search engine's proof of ownership is a file at the root.
    other = tmp_path.parent / f"{tmp_path.name}-other"
    subprocess.run(["git", "clone", "-q", "-b", "gh-pages", str(repo), str(other)], check=True)
    (other / "CNAME").write_text("news.example.org\n")
    (other / "google1234abcd.html").write_text("google-site-verification: google1234abcd.html\n")
    (other / ".well-known").mkdir()
    (other / ".well-known/security.txt").write_text("Contact: mailto:desk@example.org\n")
    (other / "story-a/index.html").write_text("edited on GitHub")
    git("add", "--all", cwd=other)
    git("commit", "-q", "-m", "Create CNAME", cwd=other)
    git("push", "-q", "origin", "gh-pages", cwd=other)
    git("fetch", "-q", "origin", "gh-pages:gh-pages", cwd=project.root)
    edit_and_commit(project)
    capsys.readouterr()

    assert deploy() == 0
    out, err = capsys.readouterr()
    assert git("show", "gh-pages:CNAME", cwd=repo) == "news.example.org"
    assert git("show", "gh-pages:google1234abcd.html", cwd=repo).startswith("google-site-verification")
    assert git("show", "gh-pages:.well-known/security.txt", cwd=repo).startswith("Contact:")
    # What a build makes is the build's: the story's page is the new one.
    page = git("show", "gh-pages:story-a/index.html", cwd=repo)
    assert "edited on GitHub" not in page
    # The domain is the site's address.
    assert '<link rel="canonical" href="https://news.example.org/story-a/">' in page
    assert "the site will appear at https://news.example.org/" in out
    assert "kept from gh-pages" in err and ".well-known/, CNAME, google1234abcd.html" in err

    # A cname in site.yaml is the one published.
    project.write("content/site.yaml", "title: T\ncname: explainers.example.org\n")
    commit(project)
    assert deploy() == 0
    assert git("show", "gh-pages:CNAME", cwd=repo) == "explainers.example.org"
    assert git("show", "gh-pages:google1234abcd.html", cwd=repo).startswith("google-site-verification")


def test_a_cname_a_deploy_wrote_from_site_yaml_goes_when_site_yaml_no_longer_has_one(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/site.yaml", "title: T\ncname: news.example.org\n")
    commit(project)
    assert deploy() == 0
    assert git("show", "gh-pages:CNAME", cwd=repo) == "news.example.org"
    # The newsroom gives up the domain: the CNAME was the build's, not someone's.
    project.write("content/site.yaml", "title: T\n")
    commit(project)
    capsys.readouterr()

    assert deploy("--base-url", "https://org.github.io/news/") == 0, capsys.readouterr().err
    err = capsys.readouterr().err
    assert "CNAME" not in git("ls-tree", "--name-only", "gh-pages", cwd=repo).splitlines()
    assert "news.example.org" not in git("show", "gh-pages:story-a/index.html", cwd=repo)
    assert "kept from" not in err


def test_a_base_url_other_than_the_domain_the_branch_keeps_is_a_warning(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy() == 0
    other = tmp_path.parent / f"{tmp_path.name}-other"
    subprocess.run(["git", "clone", "-q", "-b", "gh-pages", str(repo), str(other)], check=True)
    (other / "CNAME").write_text("news.example.org\n")
    git("add", "CNAME", cwd=other)
    git("commit", "-q", "-m", "Create CNAME", cwd=other)
    git("push", "-q", "origin", "gh-pages", cwd=other)
    git("fetch", "-q", "origin", "gh-pages:gh-pages", cwd=project.root)
    # The project address, written before the newsroom set its domain under Settings -> Pages.
    project.write("content/site.yaml", "title: T\nbase_url: https://newsroom.github.io/explainers/\n")
    commit(project)
    capsys.readouterr()
    tip = git("rev-parse", "gh-pages", cwd=repo)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert (
        "content/site.yaml:2:11: warning: the site is built for https://newsroom.github.io/explainers/ "
        "(base_url), but the CNAME file gh-pages keeps (news.example.org, set under Settings -> Pages -> "
        "Custom domain) has GitHub Pages serve it at https://news.example.org/"
    ) in err, err
    assert git("rev-parse", "gh-pages", cwd=repo) == tip
