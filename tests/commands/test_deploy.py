"""``explainer deploy`` against real git repositories made in tmp_path."""

from __future__ import annotations

import os
import re
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.commands import deploy as deploy_module
from generator.content.contentfile import Reader
from generator.content.load import RawContent, load_content
from generator.errors import Problem
from generator.interrupt import end_on_termination
from generator.output import pages_branch
from generator.render import searchindex
from tests.conftest import MINIMAL, Project
from tests.deploying import commit, deploy, edit_and_commit, git, someone_else_publishes_first, state, subject


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


def test_an_address_it_cannot_tell_is_said(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The remote is a path, not a github.com address (as an SSH host alias is not): the
    published 404 page links from the domain's root, which breaks under /<repo>/, so the
    editor is told, with what to do, as ``build`` tells of a missing base_url."""
    assert deploy() == 0
    err = capsys.readouterr().err
    assert "note: the site's address is not known" in err
    assert "the remote 'origin' is not a github.com address" in err
    assert "--base-url https://<owner>.github.io/<repo>/" in err
    assert 'href="/assets/style.css?v=' in git("show", "gh-pages:404.html", cwd=repo)  # by its version

    assert deploy("--base-url", "https://newsroom.github.io/explainers/") == 0
    assert "address is not known" not in capsys.readouterr().err
    page = git("show", "gh-pages:404.html", cwd=repo)
    assert 'href="/explainers/assets/style.css?v=' in page


def test_cname_from_site_yaml(project: Project, repo: Path) -> None:
    project.write("content/site.yaml", "title: T\ncname: explainers.example.org\n")
    commit(project)
    assert deploy() == 0
    assert git("show", "gh-pages:CNAME", cwd=repo) == "explainers.example.org"
    canonical = git("show", "gh-pages:story-a/index.html", cwd=repo)
    assert '<link rel="canonical" href="https://explainers.example.org/story-a/">' in canonical


@pytest.mark.parametrize(
    ("site_yaml", "args", "said"),
    [
        (  # base_url from the days of the project address, cname added since
            "title: T\nbase_url: https://newsroom.github.io/explainers/\ncname: explainers.example.org\n",
            (),
            "content/site.yaml:2:11: warning: the site is built for https://newsroom.github.io/explainers/ "
            "(base_url), but the CNAME deploy publishes with it (cname: explainers.example.org) has "
            "GitHub Pages serve it at https://explainers.example.org/",
        ),
        (
            "title: T\ncname: explainers.example.org\n",
            ("--base-url", "https://newsroom.github.io/explainers/"),
            "content/site.yaml:2:8: warning: the site is built for https://newsroom.github.io/explainers/ "
            "(--base-url), but the CNAME",
        ),
        (  # the domain's own address, but not its root
            "title: T\nbase_url: https://explainers.example.org/explainers/\ncname: Explainers.example.org\n",
            (),
            "https://explainers.example.org/ (the root of the domain)",
        ),
    ],
    ids=["base_url", "--base-url", "a folder of the domain"],
)
def test_an_address_other_than_the_custom_domain_is_a_warning(
    project: Project,
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    site_yaml: str,
    args: tuple[str, ...],
    said: str,
) -> None:
    # GitHub Pages serves a site with a CNAME at the root of that domain: a 404 page built
    # for another address asks there for /explainers/assets/style.css, which is not found.
    project.write("content/site.yaml", site_yaml)
    commit(project)
    assert deploy(*args) == 1
    err = capsys.readouterr().err
    assert said in err, err
    assert "nothing was published" in err
    assert git("branch", "--list", "gh-pages", cwd=repo) == ""
    assert deploy(*args, "--allow-warnings") == 0
    assert said in capsys.readouterr().err


@pytest.mark.parametrize(
    ("base_url", "warned"),
    [
        ("https://newsroom.github.io/old-name/", True),  # the repository renamed since
        ("https://Newsroom.github.io/Explainers/", False),  # the same address
        ("https://news.example.org/explainers/", False),  # maybe a proxy in front of Pages
    ],
)
def test_a_github_io_address_of_another_repository_is_a_warning(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str], base_url: str, warned: bool
) -> None:
    # Fetched from at a github.com address, pushed to at the bare repository beside it.
    git("remote", "set-url", "origin", "https://github.com/newsroom/explainers.git", cwd=project.root)
    git("remote", "set-url", "--push", "origin", str(repo), cwd=project.root)
    project.write("content/site.yaml", f"title: T\nbase_url: {base_url}\n")
    commit(project)
    said = (
        f"content/site.yaml:2:11: warning: the site is built for {base_url} (base_url), but GitHub "
        "Pages serves the repository of the remote 'origin' at "
        "https://newsroom.github.io/explainers/: there its 404 page would ask for its stylesheet and "
        "links at /old-name/"
    )
    assert deploy() == (1 if warned else 0)
    err = capsys.readouterr().err
    assert (said in err) is warned, err
    assert (git("branch", "--list", "gh-pages", cwd=repo) == "") is warned


def test_the_custom_domains_own_address_is_no_warning(project: Project, repo: Path) -> None:
    project.write(
        "content/site.yaml",
        "title: T\nbase_url: http://Explainers.example.org/\ncname: explainers.example.org\n",
    )
    commit(project)
    assert deploy() == 0


def test_another_host_of_the_domain_at_its_root_is_told_what_is_wrong_there_only(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'www.' added to the domain: the 404 page's stylesheet and links are at the root, as
    # served, but the warning said they were asked for where 'the domain does not have'.
    project.write(
        "content/site.yaml",
        "title: T\nbase_url: https://www.explainers.example.org/\ncname: explainers.example.org\n",
    )
    commit(project)
    assert deploy() == 1
    err = " ".join(capsys.readouterr().err.split())
    assert (
        "content/site.yaml:2:11: warning: the site is built for https://www.explainers.example.org/ "
        "(base_url), but the CNAME deploy publishes with it (cname: explainers.example.org) has GitHub "
        "Pages serve it at https://explainers.example.org/ (the root of the domain): its canonical "
        "links, sitemap, feeds and embed code would name an address that only redirects; set base_url "
        "to https://explainers.example.org/"
    ) in err, err
    assert "404" not in err


def test_a_second_deploy_adds_one_commit(project: Project, repo: Path) -> None:
    assert deploy("--message", "first") == 0
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2019\nsummary: s\nsources: [src-a]\n")
    commit(project)
    assert deploy("--message", "second") == 0
    log = git("log", "--format=%s", "gh-pages", cwd=repo).splitlines()
    assert log == ["second", "first"]
    assert "story-a/events/e2/index.html" in git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo)


def test_deploying_the_same_site_again_makes_no_commit(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--message", "first") == 0
    first = git("rev-parse", "gh-pages", cwd=repo)
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo).splitlines()
    # Pagefind's index differs from run to run over the same pages; that is no change.
    assert any(name.startswith("pagefind/filter/") for name in published), published
    capsys.readouterr()
    assert deploy("--message", "again") == 0
    assert git("rev-parse", "gh-pages", cwd=repo) == first
    assert git("rev-parse", "gh-pages", cwd=project.root) == first
    assert capsys.readouterr().out.startswith(
        f"the site is the one gh-pages already holds ({first[:12]}): no new commit; origin gh-pages is at it\n"
    )
    edit_and_commit(project)
    assert deploy("--message", "changed") == 0
    assert git("log", "--format=%s", "gh-pages", cwd=repo).splitlines() == ["changed", "first"]


NO_COORDINATES = "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates"


@pytest.mark.parametrize(
    ("path", "text", "said"),
    [
        ("content/story-a/events/e1.yaml", "title: x\n", ["missing required key 'date'"]),
        (  # as the ready workflow does (check --strict)
            "content/story-a/locations/loc-a.yaml",
            "name: Place A\n",
            [NO_COORDINATES, "1 warning; nothing was published", "--allow-warnings"],
        ),
    ],
    ids=["errors", "warnings"],
)
def test_refuses_content_with_errors_or_warnings(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str], path: str, text: str, said: list[str]
) -> None:
    project.write(path, text)
    commit(project)
    before = state(project.root)
    assert deploy() == 1
    err = capsys.readouterr().err
    assert all(words in err for words in said), err
    assert state(project.root) == before
    assert git("branch", "--list", "gh-pages", cwd=repo) == ""
    assert git("branch", "--list", "gh-pages", cwd=project.root) == ""


def test_allow_warnings_publishes_and_still_says_them(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    commit(project)
    assert deploy("--allow-warnings") == 0
    assert NO_COORDINATES in capsys.readouterr().err
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo).splitlines()
    assert "story-a/locations/loc-a/index.html" in published


def test_the_content_is_loaded_once(project: Project, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deploy checks the content before it builds (to learn the site's address from it);
    the build makes the site from what that check loaded instead of loading it again."""
    loaded: list[str] = []

    def counted(content: str, problems: list[Problem], read: Reader) -> RawContent:
        loaded.append(content)
        return load_content(content, problems, read)

    monkeypatch.setattr("generator.pipeline.load_content", counted)  # the build's one loader
    assert deploy() == 0
    assert loaded == ["content"]
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo).splitlines()
    assert "story-a/events/e1/index.html" in published


def link_to_a_draft_story(project: Project, base: str) -> str:
    """story-a's summary links by full address under ``base`` to story-b, a draft: a
    'page not found' for readers, which only a lint that knows the address can tell. The
    warning said of it."""
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-b/story.yaml", "title: Story B\nsummary: B.\npublished: 2020-01-02\ndraft: true\n"
    )
    project.write(
        "content/story-a/story.yaml", story.replace("What story A is about.", f"See [B]({base}story-b/).")
    )
    commit(project)
    return (
        f"content/story-a/story.yaml:2:18: warning: 'summary': the link to '{base}story-b/' leads to no "
        "page of the published site: story 'story-b' is a draft, left out until it is published"
    )


def test_the_lints_see_the_address_given_on_the_command_line(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """site.yaml has no base_url: the address is --base-url's, which the build gets, and
    so do the lints that need it."""
    base = "https://newsroom.example/explainers/"
    said = link_to_a_draft_story(project, base)
    assert deploy("--base-url", base) == 1
    assert said in capsys.readouterr().err.splitlines()
    assert git("branch", "--list", "gh-pages", cwd=repo) == ""


def test_the_lints_see_the_address_deploy_works_out(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Neither --base-url nor site.yaml: the address is the one GitHub Pages serves the
    remote's site at, which the lints see as the build does. The remote is fetched from
    at a github.com address and pushed to at the bare repository beside the project."""
    git("remote", "set-url", "origin", "https://github.com/newsroom/explainers.git", cwd=project.root)
    git("remote", "set-url", "--push", "origin", str(repo), cwd=project.root)
    base = "https://newsroom.github.io/explainers/"
    said = link_to_a_draft_story(project, base)
    assert deploy() == 1
    assert said in capsys.readouterr().err.splitlines()
    assert git("branch", "--list", "gh-pages", cwd=repo) == ""
    # Published as asked, the site is the one built for that address, as before.
    assert deploy("--allow-warnings") == 0
    assert said in capsys.readouterr().err.splitlines()
    page = git("show", "gh-pages:story-a/index.html", cwd=repo)
    assert f'<link rel="canonical" href="{base}story-a/">' in page


# Uncommitted changes: refused unless --allow-dirty, and then said so.


def test_a_long_list_of_changes_is_cut_short(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(8):
        project.write(f"content/story-a/events/n{n}.yaml", f"title: N{n}\ndate: 2021\n")
    assert deploy() == 2
    err = capsys.readouterr().err
    assert "n0.yaml, content/story-a/events/n1.yaml" in err and "n4.yaml and 3 more; commit" in err
    assert "n5.yaml" not in err


def test_allow_dirty_publishes_and_says_so(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "content/story-a/events/e9.yaml",
        "title: Not yet committed\ndate: 2019\nsummary: s\nsources: [src-a]\n",
    )
    head = git("rev-parse", "--short", "HEAD", cwd=project.root)
    before = state(project.root)
    assert deploy("--allow-dirty") == 0
    assert "note: the published site includes 1 uncommitted path" in capsys.readouterr().err
    assert subject("gh-pages", repo) == f"Deploy explainer from {head} with uncommitted changes"
    assert "story-a/events/e9/index.html" in git("ls-tree", "-r", "--name-only", "gh-pages", cwd=repo)
    assert state(project.root) == before


def test_allow_dirty_with_a_message_of_ones_own(project: Project, repo: Path) -> None:
    project.write(
        "content/story-a/events/e9.yaml",
        "title: Not yet committed\ndate: 2019\nsummary: s\nsources: [src-a]\n",
    )
    head = git("rev-parse", "--short", "HEAD", cwd=project.root)
    assert deploy("--allow-dirty", "--message", "Evening update") == 0
    assert subject("gh-pages", repo) == f"Evening update\n\nBuilt from {head} with uncommitted changes."


# Nothing but the site branch changes, whatever happens.


def test_an_empty_message_is_refused(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--message", " ") == 2
    assert "the deploy --message is empty" in capsys.readouterr().err
    assert git("branch", "--list", cwd=repo) == ""


def test_a_file_name_with_a_line_break_keeps_the_refusal_one_line(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/two\nlines.yaml", "x")
    assert deploy() == 2
    assert capsys.readouterr().err == (
        "explainer: error: not deploying uncommitted changes: content/story-a/two\\nlines.yaml; "
        "commit them first, or pass --allow-dirty to publish them anyway\n"
    )


@pytest.fixture
def handlers_of_the_command() -> Iterator[None]:
    """SIGTERM and SIGHUP handled in this process as the ``explainer`` command handles
    them (raising Terminated where the program is), for one test."""
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    end_on_termination()
    yield
    for number, handler in before.items():
        signal.signal(number, handler)


def published(project: Project, repo: Path) -> str:
    """The commit the remote's gh-pages is at, once the local gh-pages is checked to be
    at it too (or the next deploy is refused as behind the remote)."""
    remote, local = (tip(root) for root in (repo, project.root))
    assert remote, "nothing was pushed"
    assert local == remote, "the local gh-pages is not where the push left the remote's"
    return remote


def tip(root: Path) -> str:
    """The commit gh-pages is at in the repository ``root``; '' when there is none."""
    return git("for-each-ref", "--format=%(objectname)", "refs/heads/gh-pages", cwd=root)


def deployed_again(project: Project, repo: Path, before: str) -> None:
    """A change deployed after the interrupted deploy, on top of what it published."""
    edit_and_commit(project)
    assert deploy("--message", "next") == 0
    assert git("rev-parse", "gh-pages~1", cwd=repo) == before
    assert git("rev-parse", "gh-pages", cwd=project.root) == git("rev-parse", "gh-pages", cwd=repo)


@pytest.mark.usefixtures("handlers_of_the_command")
@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name)
def test_a_signal_once_the_push_has_landed_still_moves_the_local_branch(
    project: Project,
    repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sent: signal.Signals,
) -> None:
    # Sent to this process just after git push succeeded. It used to stop deploy before
    # the local branch moved, saying 'the previous site is unchanged'; from then on every
    # deploy was refused, the remote branch having a commit the local one did not.
    real_push = pages_branch.push

    def push_then_signal(root: str, remote: str, branch: str, commit: str, force: bool) -> None:
        real_push(root, remote, branch, commit, force)
        os.kill(os.getpid(), sent)

    monkeypatch.setattr(pages_branch, "push", push_then_signal)
    assert deploy() == 128 + sent  # still ends as interrupted: 130, 143, 129
    pushed = published(project, repo)
    assert capsys.readouterr().err.endswith(
        f"explainer: interrupted after publishing {pushed[:12]} to origin gh-pages\n"
    )
    monkeypatch.setattr(pages_branch, "push", real_push)
    deployed_again(project, repo, pushed)


@pytest.mark.usefixtures("handlers_of_the_command")
@pytest.mark.parametrize("sent", ["INT", "TERM"])
def test_a_signal_to_the_command_and_its_git_push_lets_the_push_finish(
    request: pytest.FixtureRequest,
    project: Project,
    repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sent: str,
) -> None:
    # As Ctrl-C in a terminal or a cancelled CI job does, the signal reaches explainer
    # (this process) and the git push it runs, while the push is on: sent here by git's
    # pre-push hook, to git push (its parent) and to explainer. The push finishes and the
    # local branch follows; the command then ends as interrupted, saying what it
    # published. Before, git push died and explainer stopped where it was.
    # With a second thread alive, as a library's helper thread may be (Playwright's is,
    # in this test suite): a signal sent to the process may reach that thread, which
    # blocks nothing, and Python still runs the handler in the main thread.
    idle = threading.Event()
    helper = threading.Thread(target=idle.wait, daemon=True)
    helper.start()
    request.addfinalizer(idle.set)
    hook = project.root / ".git" / "hooks" / "pre-push"
    hook.write_text(f'#!/bin/sh\nkill -s {sent} "$PPID" "$EXPLAINER_UNDER_TEST"\nexit "$HOOK_EXIT"\n')
    hook.chmod(0o755)
    monkeypatch.setenv("EXPLAINER_UNDER_TEST", str(os.getpid()))
    code = 128 + signal.Signals[f"SIG{sent}"]
    # A push that fails all the same (the hook refuses it): nothing was published, as said.
    monkeypatch.setenv("HOOK_EXIT", "1")
    assert deploy() == code
    assert capsys.readouterr().err == "explainer: interrupted; the previous site is unchanged\n"
    assert tip(repo) == tip(project.root) == ""
    monkeypatch.setenv("HOOK_EXIT", "0")
    assert deploy() == code
    pushed = published(project, repo)
    assert capsys.readouterr().err.endswith(
        f"explainer: interrupted after publishing {pushed[:12]} to origin gh-pages\n"
    )
    hook.unlink()
    deployed_again(project, repo, pushed)


def test_an_interrupt_while_the_deploy_is_reported_says_it_published(
    project: Project, repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Ctrl-C while deploy prints what it did (a slow terminal, a full pipe): the site is
    # out, and the command must not say that the previous one is unchanged.
    monkeypatch.setattr("generator.commands.deploy.show", lambda *_: os.kill(os.getpid(), signal.SIGINT))
    assert deploy() == 130
    assert capsys.readouterr().err == (
        f"explainer: interrupted after publishing {published(project, repo)[:12]} to origin gh-pages\n"
    )


# Pages the published branch has that a deploy would take away: refused unless asked.

SECOND_EVENT = """\
    title: Second event
    date: 2019-12-30
    summary: Something else happened.
    figures: [fig-a]
    locations: [loc-a]
    sources: [src-a]
    """


@pytest.fixture
def deployed_once(project: Project, repo: Path) -> Path:
    """A second event (so that the story keeps its figure and place without e1),
    committed and deployed once: the branch readers have."""
    project.write("content/story-a/events/e2.yaml", SECOND_EVENT)
    commit(project)
    assert deploy() == 0
    return repo


def test_a_deleted_event_is_refused_with_the_advice_to_take_it_out(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = tip(deployed_once)
    project.remove("content/story-a/events/e1.yaml")
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert (
        "content/story-a/events/e1.yaml:1: warning: the event file e1.yaml was deleted: its page "
        "story-a/events/e1/ would disappear" in err
    ), err
    assert "put events/e1.yaml back with 'removed:' (date, reason)" in err
    assert "nothing was published" in err and "--allow-broken-links" in err
    assert tip(deployed_once) == before


def take_out_e1(project: Project) -> None:
    """e1 taken out with 'removed:', and the correction saying so."""
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text() + "removed:\n  date: 2020-02-01\n  reason: It was not confirmed.\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(
        story.read_text()
        + "updates:\n  - date: 2020-02-01\n    kind: correction\n"
        + "    text: '[The first event](events/e1.yaml) was taken out.'\n"
    )


def test_an_event_taken_out_with_removed_keeps_its_address(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    take_out_e1(project)
    commit(project)
    assert deploy() == 0, capsys.readouterr().err
    notice = git("show", "gh-pages:story-a/events/e1/index.html", cwd=deployed_once)
    assert "It was not confirmed." in notice


def test_a_renamed_event_is_said_to_be_renamed(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git("mv", "content/story-a/events/e1.yaml", "content/story-a/events/first.yaml", cwd=project.root)
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert "the event file e1.yaml was renamed to content/story-a/events/first.yaml" in err, err
    assert "story-a/events/e1/ would disappear" in err


def test_allow_broken_links_publishes_anyway(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.remove("content/story-a/events/e1.yaml")
    commit(project)
    assert deploy("--allow-broken-links") == 0, capsys.readouterr().err
    pages = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=deployed_once).splitlines()
    assert "story-a/events/e1/index.html" not in pages
    assert "story-a/events/e2/index.html" in pages


def test_allow_warnings_does_not_allow_broken_links(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.remove("content/story-a/events/e1.yaml")
    commit(project)
    assert deploy("--allow-warnings") == 1
    assert "story-a/events/e1/ would disappear" in capsys.readouterr().err


def test_a_published_event_made_a_draft_is_refused(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text() + "draft: true\n")
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert "the event 'e1' is now a draft ('draft: true') but was published" in err, err


def test_a_deleted_story_is_one_line_for_all_its_pages(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Another story, so that the site still has one.
    for rel, text in MINIMAL.items():
        if rel.startswith("content/story-a/"):
            project.write(rel.replace("story-a", "story-b"), text.replace("Story A", "Story B"))
    commit(project)
    assert deploy() == 0
    shutil.rmtree(project.root / "content/story-a")
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "warning:" in line]
    [line] = [line for line in lines if "story-a" in line]
    assert line.startswith("content/story-a/story.yaml:1: warning: the story 'story-a' was deleted: its ")
    assert "put the story folder back" in line


def test_the_search_page_taken_away_is_the_sites_not_a_storys(
    project: Project, deployed_once: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "search/index.html" in git("ls-tree", "-r", "--name-only", "gh-pages", cwd=deployed_once)
    project.write("content/site.yaml", "title: Test site\nsearch: false\n")
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert "story 'search'" not in err and "content/search/" not in err, err
    assert (
        "content/site.yaml:1: warning: the published page search/ would disappear and the links "
        "readers have to it would break (site.yaml says 'search: false'; remove that line to keep it)"
    ) in err

    # Searchable, but Pagefind is not installed on this computer.
    project.write("content/site.yaml", "title: Test site\n")
    commit(project)
    monkeypatch.setattr(searchindex, "available", lambda: False)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    assert "content/site.yaml:1: warning: the published page search/ would disappear" in err, err
    assert "Pagefind is not installed here" in err


def test_a_figure_only_an_event_taken_out_named_loses_its_page(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = project.root / "content/story-a/events/e2.yaml"
    event.write_text(event.read_text().replace("figures: [fig-a]\n", ""))
    take_out_e1(project)
    commit(project)
    capsys.readouterr()
    assert deploy() == 1
    err = capsys.readouterr().err
    # check says so first, as the ready workflow's check --strict does.
    assert (
        "content/story-a/figures/fig-a.yaml:1:1: warning: figure 'fig-a' is named only by events taken out"
        in err
    )
    # Past the content's warnings, the page that would go is refused all the same.
    assert deploy("--allow-warnings") == 1
    err = capsys.readouterr().err
    assert (
        "content/story-a/figures/fig-a.yaml:1: warning: no published event names the figure 'fig-a' "
        "any more: its page story-a/figures/fig-a/ would disappear" in err
    ), err
    assert "story-a/events/e1/" not in err  # its notice keeps the address


def test_a_theme_that_drops_embed_js_is_refused(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The embed code pasted into articles elsewhere loads assets/embed.js by that address,
    # which no page of the site names: a theme tidied of it was published without a word,
    # and every article's frame stopped fitting its timeline.
    assert deploy("--base-url", "https://news.example.org/") == 0
    published = git("rev-parse", "origin/gh-pages", cwd=project.root)
    (project.root / "templates/assets/embed.js").unlink()
    commit(project, "theme: drop a script no page uses")
    capsys.readouterr()
    assert deploy("--base-url", "https://news.example.org/") == 1
    err = capsys.readouterr().err
    assert "the published file assets/embed.js would disappear" in err, err
    assert "articles that embed a timeline load it by this address" in err, err
    assert git("rev-parse", "origin/gh-pages", cwd=project.root) == published  # nothing pushed
    assert deploy("--base-url", "https://news.example.org/", "--allow-broken-links") == 0


def test_the_first_deploy_has_nothing_to_compare(project: Project, repo: Path) -> None:
    assert deploy() == 0


def test_a_feed_left_out_for_want_of_the_address_is_refused(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--base-url", "https://news.example.org/") == 0
    edit_and_commit(project)
    capsys.readouterr()
    assert deploy() == 1  # origin is no github.com remote: no address known now
    err = capsys.readouterr().err
    assert (
        "content/site.yaml:1: warning: the published file feed.xml would disappear and the links "
        "readers have to it would break (it is made only when the site's address is known: "
        "give --base-url, or base_url in site.yaml)" in err
    ), err


def branches(root: Path) -> str:
    return git("for-each-ref", "--format=%(refname) %(objectname)", cwd=root)


def test_a_dry_run_lists_what_the_branch_would_get_and_publishes_nothing(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--message", "first") == 0
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2019\nsummary: s\nsources: [src-a]\n")
    event = project.root / "content/story-a/events/e1.yaml"
    event.write_text(event.read_text().replace("happened.", "happened, again."))
    commit(project)
    before, refs, remote_refs = state(project.root), branches(project.root), branches(repo)
    capsys.readouterr()
    assert deploy("--dry-run") == 0
    out = capsys.readouterr().out
    first, *listed = out.splitlines()
    assert first.startswith("dry run: nothing was committed or pushed; deploy would push to origin gh-pages")
    assert "  changed  story-a/events/e1/index.html" in listed
    assert "  added    story-a/events/e2/index.html" in listed
    assert not any("pagefind/filter/" in line for line in listed)  # differs from run to run: no change
    assert (state(project.root), branches(project.root), branches(repo)) == (before, refs, remote_refs)
    # What it listed is what deploying then publishes.
    shown = {line.split()[-1] for line in listed if line.startswith("  ") and "more" not in line}
    assert deploy("--message", "second") == 0
    published = git("diff", "--name-only", "gh-pages~1", "gh-pages", cwd=repo).splitlines()
    assert shown <= set(published)


def test_a_dry_run_before_the_first_deploy_makes_no_branch(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy("--dry-run") == 0
    out = capsys.readouterr().out
    assert re.match(
        r"dry run: nothing was committed or pushed; gh-pages does not exist yet, and deploy would make "
        r"it with \d+ files and push it to origin gh-pages\n",
        out,
    ), out
    assert "gh-pages" not in branches(project.root) and "gh-pages" not in branches(repo)


def test_a_dry_run_of_the_site_the_branch_holds_says_so(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy() == 0
    first = git("rev-parse", "gh-pages", cwd=repo)
    capsys.readouterr()
    assert deploy("--dry-run") == 0
    assert capsys.readouterr().out.startswith(
        f"dry run: the site is the one gh-pages already holds ({first[:12]}): deploy would make no commit\n"
    )


def test_a_dry_run_is_refused_where_the_deploy_would_be(
    project: Project, deployed_once: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project.remove("content/story-a/events/e1.yaml")
    commit(project)
    refs = branches(deployed_once)
    capsys.readouterr()
    assert deploy("--dry-run") == 1
    assert "story-a/events/e1/ would disappear" in capsys.readouterr().err
    assert branches(deployed_once) == refs


def test_a_long_dry_run_list_is_cut_short(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert deploy() == 0
    base = project.root / "templates/base.html"
    base.write_text(base.read_text().replace("<body", "<body data-look=new", 1))  # every page changes
    commit(project)
    monkeypatch.setattr(deploy_module, "SHOWN_CHANGES", 3)
    capsys.readouterr()
    assert deploy("--dry-run") == 0
    lines = capsys.readouterr().out.splitlines()
    listed = [line for line in lines if line.startswith("  ")]
    total = int(re.search(r"changing (\d+) files \((\d+) changed\):", lines[0]).group(1))  # type: ignore[union-attr]
    assert total > 4 and len(listed) == 4 and listed[-1] == f"  and {total - 3} more"


def test_a_dry_run_asks_the_remote_whether_it_would_take_the_push(
    project: Project, repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remote_tip = someone_else_publishes_first(repo, tmp_path)
    refs = branches(project.root)
    assert deploy("--dry-run") == 1
    err = capsys.readouterr().err
    assert "push to origin gh-pages would be refused: the remote branch has commits" in err, err
    assert deploy("--dry-run", "--force") == 0
    # No local branch and nothing fetched: what the remote holds is not known here.
    assert "replacing whatever that branch holds" in capsys.readouterr().out
    assert git("rev-parse", "gh-pages", cwd=repo) == remote_tip
    assert branches(project.root) == refs


def test_a_forced_dry_run_says_the_remote_may_hold_more_than_it_compared_with(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert deploy() == 0
    edit_and_commit(project)
    capsys.readouterr()
    assert deploy("--dry-run", "--force") == 0
    said = capsys.readouterr()
    assert "changed  story-a/events/e1/index.html" in said.out
    tip = git("rev-parse", "--short=12", "gh-pages", cwd=project.root)
    assert (
        f"note: with --force, whatever origin gh-pages holds beyond {tip} would be replaced; "
        "'git fetch origin' first to compare with it"
    ) in said.err


def test_the_last_line_names_github_pages_only_for_a_github_remote(
    project: Project, repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The remote here is a bare repository at a path: nothing says GitHub serves it.
    assert deploy("--base-url", "https://explainers.example.org/") == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == (
        "the site will appear at https://explainers.example.org/ "
        "once whatever serves origin's gh-pages branch has published it"
    )
    edit_and_commit(project)
    # Fetched from at a github.com address, pushed to at the bare repository beside it.
    git("remote", "set-url", "origin", "https://github.com/newsroom/explainers.git", cwd=project.root)
    git("remote", "set-url", "--push", "origin", str(repo), cwd=project.root)
    assert deploy() == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert (
        last
        == "the site will appear at https://newsroom.github.io/explainers/ once GitHub Pages has published it"
    )
