"""What a site would be built from that HEAD does not hold (``output/uncommitted.py``),
through ``explainer deploy``, which refuses it, against real git repositories made in
tmp_path."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import TEMPLATES, Project
from tests.deploying import commit, deploy, git, state, subject


@pytest.mark.parametrize(
    ("change", "listed"),
    [
        (lambda p: p.write("content/story-a/events/e1.yaml", "title: Changed\ndate: 2020\n"),
         "content/story-a/events/e1.yaml"),
        (lambda p: p.write("content/story-a/events/e9.yaml", "title: New\ndate: 2021\n"),
         "content/story-a/events/e9.yaml"),
        (lambda p: p.write("templates/extra.html", "x"), "templates/extra.html"),
        (lambda p: (p.root / "templates/base.html").write_text("{% block x %}{% endblock %}"),
         "templates/base.html"),
        (lambda p: p.remove("content/story-a/figures/fig-a.yaml"), "content/story-a/figures/fig-a.yaml"),
        (lambda p: (p.write("content/story-a/events/e2.yaml", "title: T\ndate: 2021\n"),
                    git("add", "content", cwd=p.root)), "content/story-a/events/e2.yaml"),
        # Kept out of the repository by .gitignore, yet the build would read and publish it.
        (lambda p: (p.write(".gitignore", "secret*.yaml\n"),
                    p.write("content/story-a/events/secret.yaml", "title: S\ndate: 2021\n")),
         "content/story-a/events/secret.yaml"),
        (lambda p: (p.write(".gitignore", "private/\n"),
                    p.write("content/story-a/events/private/x.yaml", "x")), "content/story-a/events/private/"),
        # A name private in content is the theme's own: its '_' partials and assets are read.
        (lambda p: p.write("templates/assets/_print.css", "x"), "templates/assets/_print.css"),
    ],
    ids=["modified", "untracked", "new-template", "modified-template", "deleted", "staged", "ignored",
         "ignored-folder", "theme-underscore"],
)  # fmt: skip
def test_refuses_uncommitted_changes(
    project: Project,
    repo: Path,
    change: Callable[[Project], object],
    listed: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    change(project)
    before = state(project.root)
    assert deploy() == 2
    assert capsys.readouterr().err == (
        f"explainer: error: not deploying uncommitted changes: {listed}; commit them first, "
        f"or pass --allow-dirty to publish them anyway\n"
    )
    assert state(project.root) == before
    assert git("branch", "--list", cwd=repo) == ""
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_hidden_and_backup_files_the_build_skips_do_not_count(project: Project, repo: Path) -> None:
    project.write(".gitignore", ".DS_Store\n*~\n_*\n")
    project.write("content/.DS_Store", "x")
    project.write("content/story-a/events/e1.yaml~", "backup")
    project.write("content/story-a/_notes.md", "ignored notes")
    project.write("templates/assets/style.css~", "a backup of the theme's")
    # Not ignored by git, yet no stage reads them either.
    project.write("content/story-a/_todo.md", "untracked notes")
    project.write("content/story-a/events/#e1.yaml#", "an editor's lock")
    project.write("templates/.base.html.swp", "x")
    # What Windows and macOS write beside one's files (no stage reads them either).
    project.write("content/story-a/media/Thumbs.db", "x")
    project.write("content/story-a/Icon\r", "x")
    project.write("templates/assets/desktop.ini", "x")
    assert deploy() == 0
    assert (
        subject("gh-pages", repo)
        == f"Deploy explainer from {git('rev-parse', '--short', 'HEAD', cwd=project.root)}"
    )


def test_a_file_renamed_to_a_name_no_stage_reads_is_gone_from_the_site_so_counts(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git("mv", "content/story-a/events/e1.yaml", "content/story-a/events/_e1.yaml", cwd=project.root)
    assert deploy() == 2
    assert "content/story-a/events/_e1.yaml" in capsys.readouterr().err


def test_a_file_the_build_reads_through_a_link_counts_whatever_its_name(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An event kept in a private folder and linked in: the build reads it through the link.
    shared = project.root / "content/story-a/_shared"
    shared.mkdir()
    (project.root / "content/story-a/events/e1.yaml").rename(shared / "e1.yaml")
    (project.root / "content/story-a/events/e1.yaml").symlink_to("../_shared/e1.yaml")
    commit(project, "the event kept in _shared")
    project.write("content/story-a/_shared/e1.yaml", "title: Edited, not committed\ndate: 2020\nsummary: s\n")
    assert deploy() == 2
    assert "content/story-a/_shared/e1.yaml" in capsys.readouterr().err


def test_templates_outside_the_repository_are_not_a_commit(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theme = tmp_path.parent / f"{tmp_path.name}-theme"
    shutil.copytree(TEMPLATES, theme)
    assert deploy("--templates", str(theme)) == 2
    assert capsys.readouterr().err == (
        f"explainer: error: not deploying uncommitted changes: {theme} (the templates folder is outside "
        f"this repository: copy it in and commit it); commit them first, or pass --allow-dirty to "
        f"publish them anyway\n"
    )
    assert deploy("--templates", str(theme), "--allow-dirty") == 0
    assert subject("gh-pages", repo).endswith("with uncommitted changes")


def test_the_index_is_not_even_refreshed(project: Project, repo: Path) -> None:
    # A tracked file whose timestamp changed: a plain 'git status' would rewrite the index.
    index = project.root / ".git" / "index"
    project.write("content/story-a/events/e9.yaml", "title: New\ndate: 2019\nsummary: s\nsources: [src-a]\n")
    before = state(project.root)  # the test's own 'git status' refreshes the index here
    os.utime(project.root / "content/site.yaml", (1_000_000_000, 1_000_000_000))
    index_before = index.read_bytes(), index.stat().st_mtime_ns
    assert deploy() == 2  # refused
    assert (index.read_bytes(), index.stat().st_mtime_ns) == index_before
    assert deploy("--allow-dirty") == 0
    assert (index.read_bytes(), index.stat().st_mtime_ns) == index_before
    assert state(project.root) == before
