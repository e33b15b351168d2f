"""The site branch in git (``output/pages_branch.py``), through ``explainer deploy``
against real git repositories made in tmp_path: the repository and its remote, the
branch published to, the tip a site goes on top of, the commit it was built from, the
push and the move of the local branch."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.output.pages_branch import pages_url
from tests.conftest import MINIMAL, Project
from tests.deploying import commit, deploy, edit_and_commit, git, someone_else_publishes_first, state, subject


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


def test_a_remote_named_like_an_option_is_only_a_name(
    project: Project, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # If the name reached git as an option, git would run 'evil' as the receiving end.
    bin_dir = tmp_path.parent / f"{tmp_path.name}-bin"
    bin_dir.mkdir()
    ran = bin_dir / "ran"
    evil = bin_dir / "evil"
    evil.write_text(f"#!/bin/sh\ntouch {ran}\nexit 1\n")
    evil.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    git("remote", "add", "--", "--receive-pack=evil", str(repo), cwd=project.root)
    assert deploy("--remote=--receive-pack=evil", "--message", "via odd name") == 0
    assert not ran.exists()
    assert subject("gh-pages", repo).partition("\n")[0] == "via odd name"


def test_a_remote_given_as_a_path_is_refused(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--remote", str(repo)) == 2
    assert capsys.readouterr().err.startswith(f"explainer: error: no git remote named '{repo}'")
    assert git("branch", "--list", cwd=repo) == ""


# The branch published to: never one the project works on.


def test_refuses_the_checked_out_branch(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(project.root)
    assert deploy("--branch", "main") == 2
    assert capsys.readouterr().err == (
        "explainer: error: cannot deploy to branch 'main': 'main' is checked out here or in another "
        "worktree, and deploy would overwrite it; choose another --branch such as gh-pages\n"
    )
    assert state(project.root) == before
    assert git("branch", "--list", "main", cwd=repo) == ""


def test_refuses_the_checked_out_branch_in_another_case(project: Project, repo: Path) -> None:
    # On macOS and Windows 'MAIN' is the same ref file as 'main'.
    before = state(project.root)
    assert deploy("--branch", "MAIN") == 2
    assert state(project.root) == before
    assert git("branch", "--list", "MAIN", cwd=repo) == ""


def test_refuses_a_branch_checked_out_in_another_worktree(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    worktree = tmp_path.parent / f"{tmp_path.name}-worktree"
    git("worktree", "add", "-q", "-b", "pages", str(worktree), cwd=project.root)
    tip = git("rev-parse", "pages", cwd=project.root)
    before = state(project.root)
    assert deploy("--branch", "pages") == 2
    assert "cannot deploy to branch 'pages': 'pages' is checked out" in capsys.readouterr().err
    assert git("rev-parse", "pages", cwd=project.root) == tip
    assert git("status", "--porcelain", cwd=worktree) == ""
    assert state(project.root) == before


@pytest.mark.parametrize(
    "branch", ["..lock", "a..b", "-x", "--force", "a b", "tab\there", "bell\x07", "x.lock", "HEAD", "@",
               "@{-1}", "refs/heads/gh-pages", "a~1", "a:b", "gh-pages/"],
)  # fmt: skip
def test_refuses_a_name_that_is_not_a_plain_branch(
    project: Project, repo: Path, branch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    git("checkout", "-q", "-b", "other", cwd=project.root)
    git("checkout", "-q", "main", cwd=project.root)  # so '@{-1}' would name 'other'
    before = state(project.root)
    assert deploy(f"--branch={branch}") == 2
    assert capsys.readouterr().err == (
        f"explainer: error: cannot deploy to branch {branch!r}: it is not a valid branch name\n"
    )
    assert state(project.root) == before
    assert git("branch", "--list", cwd=repo) == ""
    assert git("rev-parse", "other", cwd=project.root) == git("rev-parse", "main", cwd=project.root)


@pytest.mark.parametrize(
    "branch", ["origin/main", "origin/gh-pages", "heads/main", "remotes/origin/x", "tags/v1"]
)
def test_refuses_a_name_git_would_read_as_another_ref(
    project: Project, repo: Path, branch: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A local branch 'origin/main' would shadow the remote's: 'git log origin/main' showed the site.
    before = state(project.root)
    assert deploy(f"--branch={branch}") == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"explainer: error: cannot deploy to branch '{branch}': git would read that name as "
    )
    assert err.endswith("not as a branch of its own; choose a name such as gh-pages\n")
    assert state(project.root) == before
    assert git("branch", "--list", cwd=project.root).split() == ["*", "main"]
    assert git("branch", "--list", cwd=repo) == ""


def test_refuses_a_project_branch_that_is_not_checked_out(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git("push", "-q", "origin", "main", cwd=project.root)
    git("checkout", "-q", "-b", "feature", cwd=project.root)
    main_tip = git("rev-parse", "main", cwd=project.root)
    before = state(project.root)
    assert deploy("--branch", "main") == 2
    assert capsys.readouterr().err == (
        "explainer: error: cannot deploy to branch 'main': main holds this project's history, not a "
        "published site, and deploy would add the site on top of it; choose another --branch such as "
        "gh-pages\n"
    )
    assert git("rev-parse", "main", cwd=project.root) == main_tip
    assert git("rev-parse", "main", cwd=repo) == main_tip
    assert state(project.root) == before


def test_refuses_to_force_over_a_project_branch_known_only_on_the_remote(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git("push", "-q", "origin", "main:release", cwd=project.root)
    git("fetch", "-q", "origin", cwd=project.root)
    release = git("rev-parse", "release", cwd=repo)
    assert deploy("--branch", "release", "--force") == 2
    assert "origin/release holds this project's history" in capsys.readouterr().err
    assert git("rev-parse", "release", cwd=repo) == release
    assert git("branch", "--list", "release", cwd=project.root) == ""


def test_a_site_branch_sharing_history_is_still_a_site(project: Project, repo: Path) -> None:
    # A site branch that once merged main (it shares history), but whose tip is a deploy.
    assert deploy("--message", "first") == 0
    tree = git("rev-parse", "gh-pages^{tree}", cwd=project.root)
    merged = git("commit-tree", tree, "-p", "gh-pages", "-p", "main", "-m", "merge", cwd=project.root)
    git("update-ref", "refs/heads/gh-pages", merged, cwd=project.root)
    git("push", "-q", "origin", "gh-pages", cwd=project.root)
    edit_and_commit(project)
    assert deploy("--message", "second") == 0
    assert git("log", "--format=%s", "-3", "gh-pages", cwd=repo).splitlines() == ["second", "merge", "first"]


def test_a_branch_known_only_as_fetched_is_the_one_built_on_and_compared_with(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A colleague's fresh clone has origin/gh-pages and no gh-pages of its own; a plain
    # 'git fetch' moves origin/gh-pages and leaves gh-pages behind.
    assert deploy("--message", "first") == 0
    first = git("rev-parse", "gh-pages", cwd=repo)
    git("branch", "-D", "-q", "gh-pages", cwd=project.root)
    edit_and_commit(project)
    assert deploy("--message", "second") == 0, capsys.readouterr().err
    assert git("rev-parse", "gh-pages~1", cwd=repo) == first
    second = git("rev-parse", "gh-pages", cwd=repo)
    assert git("rev-parse", "gh-pages", cwd=project.root) == second

    git("branch", "-f", "gh-pages", first, cwd=project.root)
    project.remove("content/story-a/figures/fig-a.yaml")
    project.write(
        "content/story-a/events/e1.yaml",
        MINIMAL["content/story-a/events/e1.yaml"].replace("figures: [fig-a]", ""),
    )
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert "story-a/figures/fig-a/ would disappear" in err, err
    assert deploy("--allow-broken-links", "--message", "third") == 0
    assert git("log", "--format=%s", "gh-pages", cwd=repo).splitlines() == ["third", "second", "first"]


def a_colleague_publishes_a_correction(
    project: Project, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *deploy_args: str
) -> str:
    """This project deploys from main; a colleague's clone then commits a correction to
    main, pushes it and deploys (with ``deploy_args``). The published commit; the current
    folder is this project's again, which has fetched nothing since."""
    git("push", "-q", "-u", "origin", "main", cwd=project.root)
    git("symbolic-ref", "HEAD", "refs/heads/main", cwd=repo)
    assert deploy() == 0
    other = tmp_path.parent / f"{tmp_path.name}-other"
    subprocess.run(["git", "clone", "-q", str(repo), str(other)], check=True)
    event = other / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text().replace("Something happened.", "Something else happened."))
    git("commit", "-q", "-am", "correction", cwd=other)
    git("push", "-q", "origin", "main", cwd=other)
    monkeypatch.chdir(other)
    assert deploy(*deploy_args) == 0
    monkeypatch.chdir(project.root)
    return git("rev-parse", "gh-pages", cwd=repo)


def test_a_site_built_from_a_commit_the_main_branch_has_and_head_lacks_is_refused(
    project: Project,
    repo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A colleague publishes a correction from their clone; this one has not pulled it.
    published = a_colleague_publishes_a_correction(project, repo, tmp_path, monkeypatch)
    git("fetch", "-q", "origin", cwd=project.root)
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\nrole: Someone else involved\n")
    commit(project)
    capsys.readouterr()

    assert deploy() == 1
    err = capsys.readouterr().err
    correction = git("rev-parse", "--short=7", "origin/main", cwd=project.root)
    assert (
        f"explainer: error: origin gh-pages was built from {correction}, which origin/main has and "
        f"this checkout does not: publishing would take what it added off the site; bring it in "
        f"first ('git pull') and deploy again, or pass --force to publish this anyway\n"
    ) in err, err
    assert git("rev-parse", "gh-pages", cwd=repo) == published

    git("pull", "-q", "--no-rebase", "--no-edit", "origin", "main", cwd=project.root)
    assert deploy() == 0, capsys.readouterr().err
    assert "Something else happened." in git("show", "gh-pages:story-a/events/e1/index.html", cwd=repo)
    # A commit of one's own, never pushed, amended: nothing shared is lost.
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\nrole: Someone involved again\n")
    git("add", "content", cwd=project.root)
    git("commit", "-q", "--amend", "--no-edit", cwd=project.root)
    assert deploy() == 0, capsys.readouterr().err


def test_a_branch_of_ones_own_in_the_clone_that_made_the_remote_still_keeps_a_correction(
    project: Project,
    repo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The repository was made here and pushed ('git push -u origin main', as GitHub says
    # to), so git knows no origin/HEAD: from a branch of the evening's work, with no
    # upstream, a site built without a colleague's published correction was published.
    published = a_colleague_publishes_a_correction(project, repo, tmp_path, monkeypatch)
    git("fetch", "-q", "origin", cwd=project.root)
    known = subprocess.run(
        ["git", "symbolic-ref", "-q", "refs/remotes/origin/HEAD"], cwd=project.root, check=False
    )
    assert known.returncode != 0  # no origin/HEAD
    git("switch", "-q", "-c", "evening", cwd=project.root)
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\nrole: Someone else involved\n")
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    assert "which origin/main has and this checkout does not" in capsys.readouterr().err
    assert git("rev-parse", "gh-pages", cwd=repo) == published


def test_the_fetch_a_refused_push_asks_for_brings_the_commit_the_published_site_was_built_from(
    project: Project,
    repo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A colleague publishes a correction; this clone has fetched nothing since.
    published = a_colleague_publishes_a_correction(project, repo, tmp_path, monkeypatch)
    edit_and_commit(project)
    capsys.readouterr()

    assert deploy() == 1  # behind the remote's branch: the push is refused
    err = capsys.readouterr().err
    fetch = re.search(r"run '(git fetch [^']*)'", err)
    assert fetch is not None, err
    git(*fetch[1].split()[1:], cwd=project.root)
    # Fetched as asked, the site built without the correction is refused, not published.
    assert deploy() == 1
    assert "which origin/main has and this checkout does not" in capsys.readouterr().err
    assert git("rev-parse", "gh-pages", cwd=repo) == published


def test_a_feature_branch_rebased_onto_main_after_a_deploy_from_it_deploys_again(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git("push", "-q", "-u", "origin", "main", cwd=project.root)
    git("checkout", "-q", "-b", "feature", cwd=project.root)
    edit_and_commit(project)
    git("push", "-q", "-u", "origin", "feature", cwd=project.root)
    assert deploy() == 0
    # main moves on; the feature branch is rebased onto it: its commit is a new one, with
    # the same change, and origin/feature (as last fetched) still has the old one.
    git("checkout", "-q", "main", cwd=project.root)
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\nrole: Someone else involved\n")
    commit(project)
    git("push", "-q", "origin", "main", cwd=project.root)
    git("checkout", "-q", "feature", cwd=project.root)
    git("rebase", "-q", "main", cwd=project.root)
    capsys.readouterr()

    assert deploy() == 0, capsys.readouterr().err
    assert "Someone else involved" in git("show", "gh-pages:story-a/figures/fig-a/index.html", cwd=repo)


def test_a_site_published_with_a_message_of_ones_own_keeps_a_colleague_from_taking_it_back(
    project: Project, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    a_colleague_publishes_a_correction(
        project, repo, tmp_path, monkeypatch, "--message", "Correction: what happened"
    )
    git("fetch", "-q", "origin", cwd=project.root)
    edit_and_commit(project)
    capsys.readouterr()
    assert deploy() == 1
    assert "which origin/main has and this checkout does not" in capsys.readouterr().err


def test_a_message_of_ones_own_still_names_the_source_commit(project: Project, repo: Path) -> None:
    head = git("rev-parse", "--short", "HEAD", cwd=project.root)
    assert deploy("--message", "Evening update") == 0
    assert subject("gh-pages", repo) == f"Evening update\n\nBuilt from {head}."


def test_a_clean_deploy_names_its_commit(project: Project, repo: Path) -> None:
    head = git("rev-parse", "--short", "HEAD", cwd=project.root)
    assert deploy("--allow-dirty") == 0  # allowed, but nothing is dirty: the message says nothing
    assert subject("gh-pages", repo) == f"Deploy explainer from {head}"


def test_refuses_a_rejected_push_unless_forced(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remote_tip = someone_else_publishes_first(repo, tmp_path)
    before = state(project.root)

    assert deploy() == 1
    err = capsys.readouterr().err
    assert "push to origin gh-pages was refused" in err and "--force" in err
    assert err.count("\n") == 1
    assert git("rev-parse", "gh-pages", cwd=repo) == remote_tip
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""
    assert state(project.root) == before

    assert deploy("--force") == 0
    assert git("rev-parse", "gh-pages", cwd=repo) != remote_tip
    assert git("show", "gh-pages:index.html", cwd=repo) != "theirs"


def test_a_failed_push_says_why_without_blaming_diverged_branches(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path.parent / f"{tmp_path.name}-missing.git"
    git("remote", "set-url", "origin", str(missing), cwd=project.root)
    before = state(project.root)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert err.startswith("explainer: error: push to origin gh-pages failed: fatal: ")
    assert str(missing) in err and "has commits" not in err and err.count("\n") == 1
    assert state(project.root) == before
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_a_push_the_remote_declines_says_the_remotes_reason(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As GitHub declines a file over its 100 MB limit: its reason, then git's own line.
    hook = repo / "hooks/pre-receive"
    hook.write_text(
        "#!/bin/sh\n"
        "echo \"error: File story-a/media/film.mp4 is 114.44 MB; this exceeds GitHub's file size "
        'limit of 100.00 MB" >&2\n'
        'echo "error: GH001: Large files detected." >&2\n'
        "exit 1\n"
    )
    hook.chmod(0o755)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert (
        "explainer: error: push to origin gh-pages failed: the remote said: error: File "
        "story-a/media/film.mp4 is 114.44 MB; this exceeds GitHub's file size limit of 100.00 MB; "
        "error: GH001: Large files detected.\n"
    ) in err, err
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        # A server's own hook (GitLab's, a company's), which writes its reason as plain text.
        (
            ["You are not allowed to push code to protected branches on this project."],
            "the remote said: You are not allowed to push code to protected branches on this project.",
        ),
        # GitHub's rulesets: the 'error:' line says only that rules were broken; the
        # lines after it say which.
        (
            [
                "error: GH013: Repository rule violations found for refs/heads/gh-pages.",
                "Review all repository rules at https://github.com/org/x/rules?ref=refs%2Fheads%2Fgh-pages",
                "",
                "- Cannot update this protected ref.",
                "",
            ],
            "the remote said: error: GH013: Repository rule violations found for refs/heads/gh-pages.; "
            "Review all repository rules at https://github.com/org/x/rules?ref=refs%2Fheads%2Fgh-pages; "
            "- Cannot update this protected ref.",
        ),
        # A long refusal (GitHub's of a pushed secret takes dozens of lines): the first 12.
        (
            ["error: GH009: Secrets detected!", "\u2014\u2014\u2014"] + [f"line {n}" for n in range(1, 15)],
            "the remote said: error: GH009: Secrets detected!; "
            + "; ".join(f"line {n}" for n in range(1, 12))
            + "; and 3 more lines",
        ),
    ],
)
def test_a_push_the_remote_declines_in_its_own_words_says_them(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str], said: list[str], shown: str
) -> None:
    hook = repo / "hooks/pre-receive"
    hook.write_text("#!/bin/sh\n" + "".join(f"echo '{line}' >&2\n" for line in said) + "exit 1\n")
    hook.chmod(0o755)
    before = state(project.root)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert f"explainer: error: push to origin gh-pages failed: {shown}\n" in err, err
    assert "\t" not in err
    assert state(project.root) == before
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_a_push_declined_without_a_word_says_gits_reason(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = repo / "hooks/pre-receive"
    hook.write_text("#!/bin/sh\nexit 1\n")
    hook.chmod(0o755)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert (
        "explainer: error: push to origin gh-pages failed: [remote rejected] (pre-receive hook declined)\n"
        in err
    )


def test_a_branch_moved_during_the_push_is_left_alone(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--message", "first") == 0
    # Something else moves the local branch while the push runs (here: a pre-push hook).
    main_tip = git("rev-parse", "main", cwd=project.root)
    hook = project.root / ".git" / "hooks" / "pre-push"
    hook.write_text(f"#!/bin/sh\ngit update-ref refs/heads/gh-pages {main_tip}\n")
    hook.chmod(0o755)
    edit_and_commit(project)
    assert deploy("--message", "second") == 1
    assert "the local branch gh-pages was moved by something else meanwhile" in capsys.readouterr().err
    assert git("rev-parse", "gh-pages", cwd=project.root) == main_tip
    assert subject("gh-pages", repo).partition("\n")[0] == "second"


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


def test_the_site_is_committed_as_built_whatever_the_editors_git_settings(
    project: Project, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Git for Windows' default (core.autocrlf) turned timeline.csv's CRLF line ends into
    # LF as deploy added it, and an attributes file of one's own may filter any file.
    attributes = tmp_path / "attributes"
    attributes.write_text("* text eol=lf\n")
    settings = tmp_path / "gitconfig"
    settings.write_text(f"[core]\n\tautocrlf = true\n\tsafecrlf = true\n\tattributesFile = {attributes}\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(settings))
    # And the repository's own (a .gitattributes the published branch holds is kept in
    # the site, and is read as this is).
    (project.root / ".git" / "info").mkdir(exist_ok=True)
    (project.root / ".git" / "info" / "attributes").write_text("*.csv text eol=lf\n")
    assert deploy() == 0
    build(content="content", templates="templates", out=str(tmp_path / "built"))
    published = subprocess.run(
        ["git", "show", "gh-pages:story-a/timeline.csv"], cwd=repo, capture_output=True, check=True
    ).stdout
    assert b"\r\n" in published
    assert published == (tmp_path / "built" / "story-a" / "timeline.csv").read_bytes()
