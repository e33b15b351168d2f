"""What the build never replaces or deletes: the root, a home folder, a repository, a
link, the sources and the current folder, and a folder of someone else's without
``--force``; each refused in one line, before anything on the disk is changed."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.cli import main
from generator.commands.build import build
from generator.errors import UsageError
from generator.output import protect
from generator.output import staging as output
from tests.conftest import TEMPLATES, Project, site_files

# --- through the build and the command line ---------------------------------------------

NEVER = "choose another (explainer never replaces it, even with --force)"


def _refused(capsys: pytest.CaptureFixture[str], args: list[str]) -> str:
    """Run the command line; it must exit 2 with one line and no traceback. The line."""
    assert main(["build", "--templates", TEMPLATES, *args]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    return err.strip()


def _untouchable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every step that changes the disk fail the test instead (for outputs that
    must be refused before anything is done, such as '/')."""
    touched: list[str] = []

    def touch(*args: object, **kwargs: object) -> None:
        touched.append(repr(args))
        raise AssertionError(f"the disk was about to be changed: {args!r}")

    monkeypatch.setattr(output, "recover", touch)
    monkeypatch.setattr(output, "Staging", touch)
    monkeypatch.setattr(shutil, "rmtree", touch)
    return touched


ROOT = "is the root of the file system"


@pytest.mark.parametrize(
    ("out", "what"),
    [
        *((root, ROOT) for root in ("/", "//", "/.", "//tmp/..", "/usr/..")),
        ("/usr", "is a folder of the operating system's (/usr)"),
        ("/tmp", "is the temporary folder every program shares (/tmp)"),
    ],
)
@pytest.mark.parametrize("force", [False, True])
def test_the_root_and_the_systems_own_folders_are_refused_before_anything_is_done(
    project: Project, monkeypatch: pytest.MonkeyPatch, out: str, what: str, force: bool
) -> None:
    touched = _untouchable(monkeypatch)
    with pytest.raises(UsageError) as refusal:
        build(content="content", templates=TEMPLATES, out=out, force=force)
    assert str(refusal.value) == f"output folder '{out}' {what}; {NEVER}"
    assert touched == []


def test_the_root_folder_is_refused_on_the_command_line(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    touched = _untouchable(monkeypatch)
    assert _refused(capsys, ["--out", "//", "--force"]) == (
        f"explainer: error: output folder '//' is the root of the file system; {NEVER}"
    )
    assert touched == []


@pytest.mark.parametrize(
    ("home", "out", "what"),
    [("home", "home", "is"), ("users/me", "users", "contains"), ("home/", "home/.", "is")],
)
def test_the_home_folder_and_its_parents_are_never_replaced(
    project: Project,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    home: str,
    out: str,
    what: str,
) -> None:
    precious = project.write(f"{home}/notes.txt", "my notes")
    monkeypatch.setenv("HOME", str(project.root / home))
    assert _refused(capsys, ["--out", out, "--force"]) == (
        f"explainer: error: output folder '{out}' {what} your home folder; {NEVER}"
    )
    assert precious.read_text() == "my notes"


def test_the_temporary_folder_every_program_shares_is_never_replaced(
    project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'build --out /tmp' asked for --force ("delete everything in it"), which would have.
    others = project.write("shared/another-program.lock", "in use")
    monkeypatch.setenv("TMPDIR", str(project.root / "shared"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    called = f"the temporary folder every program shares ({project.root / 'shared'})"
    assert _refused(capsys, ["--out", "shared", "--force"]) == (
        f"explainer: error: output folder 'shared' is {called}; {NEVER}"
    )
    assert others.read_text() == "in use"
    assert protect.never_replaced("shared/site") is None  # a folder of one's own in it is fine


def _git_repository(path: Path) -> Path:
    path.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(path)], check=True, timeout=30)
    readme = path / "README"
    readme.write_text("my project")
    return readme


def test_a_folder_holding_a_repository_is_never_replaced(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = _git_repository(project.root / "work")
    assert _refused(capsys, ["--out", "work", "--force"]) == (
        f"explainer: error: output folder 'work' holds a git repository (.git); {NEVER}"
    )
    assert readme.read_text() == "my project" and (project.root / "work/.git/HEAD").is_file()


def test_a_site_someone_made_a_repository_of_is_never_replaced(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    subprocess.run(["git", "init", "-q", "site"], check=True, timeout=30)  # to publish it by hand
    assert _refused(capsys, ["--out", "site"]).endswith(f"holds a git repository (.git); {NEVER}")
    assert (project.root / "site/.git/HEAD").is_file()


def test_a_repository_deep_inside_a_forced_folder_is_never_deleted(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    readme = _git_repository(project.root / "code/tools/project")
    assert _refused(capsys, ["--out", "code", "--force"]) == (
        "explainer: error: output folder 'code' has a git repository inside "
        f"('code/tools/project/.git'); {NEVER}"
    )
    assert readme.read_text() == "my project"


def test_a_folder_inside_a_repositorys_git_folder_is_never_replaced(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _git_repository(project.root / "work")
    objects = sorted(os.listdir(project.root / "work/.git/objects"))
    assert _refused(capsys, ["--out", "work/.git/objects", "--force"]).endswith(
        f"is inside a git repository's .git folder; {NEVER}"
    )
    assert sorted(os.listdir(project.root / "work/.git/objects")) == objects


def test_the_refusal_of_a_foreign_folder_says_that_force_deletes_everything(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("public/precious.txt", "not ours")
    assert _refused(capsys, ["--out", "public"]) == (
        "explainer: error: output folder 'public' has files that explainer did not build (or an "
        "explainer from before 28 November 2026, which left no mark); choose another folder, or pass "
        "--force to delete everything in it and build there"
    )
    assert (project.root / "public/precious.txt").read_text() == "not ours"


@pytest.mark.parametrize("force", [False, True])
def test_an_output_that_is_a_link_is_refused_and_what_it_points_to_kept(
    project: Project, capsys: pytest.CaptureFixture[str], force: bool
) -> None:
    precious = project.write("important/precious.txt", "keep me")
    (project.root / "site").symlink_to(project.root / "important")
    line = _refused(capsys, ["--out", "site", *(["--force"] if force else [])])
    assert line == (
        f"explainer: error: output folder 'site' is a symbolic link (to '{project.root / 'important'}'); "
        "explainer replaces a folder, not a link: give the folder itself as --out"
    )
    assert (project.root / "site").is_symlink() and precious.read_text() == "keep me"
    assert sorted(p.name for p in project.root.iterdir()) == ["content", "important", "site"]


@pytest.mark.parametrize(
    ("out", "why"),
    [
        ("content", "is or contains the content folder"),
        (".", "is or contains the content folder"),
        ("..", "is or contains the content folder"),
        ("content/story-a/site", "is inside the content folder"),
        ("templates/x", "is inside the templates folder"),
    ],
)
def test_output_folders_that_would_destroy_sources_are_refused(project: Project, out: str, why: str) -> None:
    shutil.copytree(TEMPLATES, project.root / "templates")
    before = site_files(project.root)
    with pytest.raises(UsageError) as refusal:
        build(content="content", templates="templates", out=out)
    assert str(refusal.value) == f"output folder '{out}' {why}; choose another"
    assert site_files(project.root) == before


# --- each check on its own ----------------------------------------------------------------


def test_contains_compares_folders_not_spellings(tmp_path: Path) -> None:
    (tmp_path / "a/b").mkdir(parents=True)
    (tmp_path / "link").symlink_to(tmp_path / "a/b")
    a = str(tmp_path / "a")
    assert protect.contains(a, a)
    assert protect.contains(a + "//", str(tmp_path / "a/./b"))
    assert protect.contains(a, str(tmp_path / "a/b/not/made/yet"))  # an output to be made
    assert protect.contains(a, str(tmp_path / "link/c"))  # the link resolved: it is a/b/c
    assert protect.contains("/", a) and protect.contains("//", a)
    assert not protect.contains(str(tmp_path / "a/b"), a)
    assert not protect.contains(str(tmp_path / "link"), str(tmp_path / "a"))
    assert not protect.contains(str(tmp_path / "missing"), str(tmp_path / "missing/x"))


def test_an_ordinary_folder_may_be_replaced(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site/page.html").write_text("old page")
    assert protect.never_replaced(str(tmp_path / "site")) is None
    assert protect.never_replaced(str(tmp_path / "not-yet")) is None


def test_both_names_of_the_home_folder_are_protected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$HOME, and the home folder of the password database should $HOME say otherwise."""
    import pwd

    (tmp_path / "env-home").mkdir()
    (tmp_path / "db-home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "env-home"))
    # The password database's entry for this user, as far as the check reads it.
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: SimpleNamespace(pw_dir=str(tmp_path / "db-home")))
    for name in ("env-home", "db-home"):
        out = str(tmp_path / name)
        assert protect.never_replaced(out) == f"output folder '{out}' is your home folder; {NEVER}"
    assert (
        protect.never_replaced(str(tmp_path))
        == f"output folder '{tmp_path}' contains your home folder; {NEVER}"
    )


def test_a_repository_inside_is_found_as_a_folder_or_a_file_and_not_through_links(tmp_path: Path) -> None:
    _git_repository(tmp_path / "elsewhere")
    (tmp_path / "public/deep").mkdir(parents=True)
    (tmp_path / "public/deep/linked").symlink_to(tmp_path / "elsewhere")
    assert protect.repository_inside(str(tmp_path / "public")) is None  # deleting a link keeps its target
    (tmp_path / "public/deep/worktree").mkdir()
    (tmp_path / "public/deep/worktree/.git").write_text("gitdir: /elsewhere/.git/worktrees/x\n")
    assert protect.repository_inside(str(tmp_path / "public")) == str(tmp_path / "public/deep/worktree/.git")


def test_what_may_be_replaced_without_force(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    protect.check_replaceable(str(tmp_path / "empty"), force=False)
    protect.check_replaceable(str(tmp_path / "not-yet"), force=False)
    (tmp_path / "ours").mkdir()
    (tmp_path / "ours" / output.MARKER).write_bytes(output.MARKER_TEXT)
    (tmp_path / "ours/index.html").write_text("a page we built")
    protect.check_replaceable(str(tmp_path / "ours"), force=False)
    (tmp_path / "file").write_text("a file, not a folder")
    for force in (False, True):
        with pytest.raises(UsageError) as refusal:
            protect.check_replaceable(str(tmp_path / "file"), force=force)
        assert str(refusal.value) == f"output '{tmp_path / 'file'}' exists and is not a folder"


def test_the_current_folder_is_never_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sources/content").mkdir(parents=True)
    (tmp_path / "work/sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "work/sub")
    content, templates = str(tmp_path / "sources/content"), TEMPLATES
    with pytest.raises(UsageError) as refusal:
        protect.check_out_folder("..", content, templates)
    assert str(refusal.value) == "output folder '..' is or contains the current folder; choose another"
    protect.check_out_folder("site", content, templates)  # a folder inside the current one is fine


def test_an_output_folder_under_a_link_leading_nowhere_or_a_file_is_a_usage_error(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    os.symlink("/nonexistent/x", project.root / "gone")
    (project.root / "afile").write_text("x")
    where = project.root.resolve()
    assert _refused(capsys, ["--out", "gone/site", "--force"]) == (
        f"explainer: error: output folder 'gone/site' cannot be made: '{where}/gone' is a link to "
        "'/nonexistent/x', which leads to nowhere, not a folder; choose another"
    )  # it said only "File exists", as a failure to write (exit 1)
    os.symlink("afile", project.root / "tofile")
    assert _refused(capsys, ["--out", "tofile/site"]) == (
        f"explainer: error: output folder 'tofile/site' cannot be made: '{where}/tofile' is a link to "
        "'afile', which leads to a file, not a folder; choose another"
    )
    assert _refused(capsys, ["--out", "afile/a/site"]) == (
        f"explainer: error: output folder 'afile/a/site' cannot be made: '{where}/afile' is a file, "
        "not a folder; choose another"
    )
    assert sorted(p.name for p in project.root.iterdir()) == ["afile", "content", "gone", "tofile"]
