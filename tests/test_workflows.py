"""The GitHub workflows parse, use the official Pages flow, and give each job only what it needs.

The security properties are checked twice: here by reading the YAML (so a failure names the
job and step), and by zizmor, the Actions linter, which knows more patterns than these tests.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sysconfig
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import MINIMAL, REPO, git_identity

WORKFLOWS = REPO / ".github" / "workflows"
FILES = sorted(p.name for p in WORKFLOWS.glob("*.yml"))
# The only job that may publish to Pages or ask for an OIDC token: it runs none of our code.
DEPLOY_JOB = ("pages.yml", "deploy")
WRITE_SCOPES_FOR_DEPLOY = ("pages", "id-token")


def load(name: str) -> dict[Any, Any]:
    with open(WORKFLOWS / name) as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict)
    return data


def uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]


def all_steps() -> list[tuple[str, str, int, dict[str, Any]]]:
    """Every step of every job of every workflow, with where it is (file, job, index)."""
    found = []
    for name in FILES:
        for job_id, job in load(name)["jobs"].items():
            for index, step in enumerate(job.get("steps", [])):
                found.append((name, job_id, index, step))
    return found


def test_the_workflows_are_found() -> None:
    # Guards every test below against passing on an empty list.
    assert FILES == ["ci.yml", "pages.yml"]


def test_pages_workflow_uses_the_official_flow() -> None:
    flow = load("pages.yml")
    assert flow["concurrency"]["group"] == "pages"
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert uses(build) == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    pages_step = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/configure-pages"))
    # The address configure-pages found reaches the build through the environment, with the
    # trailing slash that --base-url wants.
    [build_step] = [s for s in build["steps"] if "explainer build" in s.get("run", "")]
    [(variable, value)] = build_step["env"].items()
    assert value == f"${{{{ steps.{pages_step['id']}.outputs.base_url }}}}"
    assert build_step["run"] == f'explainer build --base-url "${{{variable}}}/"'
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    # The build's marker (.explainer-site) must not go live: the action leaves out files
    # whose names start with a dot from v4 on, unless asked to include them.
    assert str(upload["with"].get("include-hidden-files", "false")).lower() != "true"
    [pin] = re.findall(r"upload-pages-artifact@\w+ # v(\d+)\.", (WORKFLOWS / "pages.yml").read_text())
    assert int(pin) >= 4
    assert deploy["needs"] == "build"
    assert uses(deploy) == ["actions/deploy-pages"]
    assert deploy["environment"]["name"] == "github-pages"
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    triggers = flow.get("on", flow.get(True))
    assert isinstance(triggers, dict)
    assert "push" in triggers and "workflow_dispatch" in triggers


def test_ci_workflow_runs_the_tests() -> None:
    flow = load("ci.yml")
    [job] = flow["jobs"].values()
    assert "actions/checkout" in uses(job)
    assert any(step.get("run") == "bash .ci/run" for step in job["steps"])
    assert any(
        'explainer check --strict --format github --since "${BEFORE}"' in step.get("run", "")
        for step in job["steps"]
    )


def test_pages_workflow_annotates_content_problems() -> None:
    steps = load("pages.yml")["jobs"]["build"]["steps"]
    assert any(
        step.get("run")
        == 'explainer check --strict --format github --since "${SINCE}" --base-url "${PAGES_BASE_URL}/"'
        and step["env"]
        == {
            "SINCE": "${{ steps.published.outputs.commit }}",
            "PAGES_BASE_URL": "${{ steps.pages.outputs.base_url }}",
        }
        for step in steps
    )


def test_pages_workflow_checks_for_the_address_it_builds_for() -> None:
    # The warnings that need the site's address (a link by full address to a draft's
    # page) are given only when check knows it: the one the build gets, from the same output.
    steps = load("pages.yml")["jobs"]["build"]["steps"]
    given = []
    for verb in ("check", "build"):
        [step] = [s for s in steps if f"explainer {verb}" in s.get("run", "")]
        [variable] = re.findall(r'--base-url "\$\{(\w+)\}/"', step["run"])
        given.append(step["env"][variable])
    assert given == ["${{ steps.pages.outputs.base_url }}"] * 2


def test_only_the_step_that_asks_github_holds_the_token() -> None:
    # The build job may read the deployments (to find what readers have) and nothing more
    # than before; the token goes to the one step that asks, not to those running our code.
    build = load("pages.yml")["jobs"]["build"]
    assert build["permissions"] == {"contents": "read", "pages": "read", "deployments": "read"}
    holders = [s.get("name") for s in build["steps"] if "github.token" in json.dumps(s.get("env", {}))]
    assert holders == [published_step()["name"]]
    assert "explainer" not in published_step()["run"]


def test_every_checkout_leaves_no_credentials_behind() -> None:
    # Otherwise the token sits in .git/config, readable by every later step and by anything
    # uploaded from the workspace.
    checkouts = [
        (name, job, index, step)
        for name, job, index, step in all_steps()
        if step.get("uses", "").startswith("actions/checkout@")
    ]
    assert len(checkouts) == 2
    for name, job, index, step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False, f"{name} {job} step {index}"


@pytest.mark.parametrize("name", FILES)
def test_top_level_permissions_grant_at_most_reading_the_code(name: str) -> None:
    # A missing block means the repository's default token, which may be read-write.
    permissions = load(name).get("permissions")
    assert permissions in ({}, {"contents": "read"})


def test_only_the_deploy_job_can_publish_or_mint_an_oidc_token() -> None:
    holders = []
    for name in FILES:
        flow = load(name)
        for job_id, job in flow["jobs"].items():
            # A job's own block replaces the workflow's, it is not merged with it.
            permissions = job.get("permissions", flow.get("permissions"))
            if permissions in ("write-all", None) or any(
                permissions.get(scope) == "write" for scope in WRITE_SCOPES_FOR_DEPLOY
            ):
                holders.append((name, job_id))
    assert holders == [DEPLOY_JOB]
    deploy = load(DEPLOY_JOB[0])["jobs"][DEPLOY_JOB[1]]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    # The deploy job runs published actions only: no checkout, no script of ours.
    assert all("run" not in step for step in deploy["steps"])


def test_no_expression_is_pasted_into_a_script() -> None:
    # `${{ }}` is replaced before the shell sees the script, so a value with quotes or `$(...)`
    # would run as code; values go in through `env:` instead.
    runs = [(name, job, index, step["run"]) for name, job, index, step in all_steps() if "run" in step]
    assert len(runs) == 8
    for name, job, index, script in runs:
        assert "${{" not in script, f"{name} {job} step {index}: {script!r}"


def test_every_action_is_pinned_to_a_commit_with_its_version_noted() -> None:
    # A tag can be moved to other code; a full commit hash cannot. The comment is the release
    # the hash was taken from, for people and for update tools.
    pinned = re.compile(r"^\s*(?:- )?uses: ([\w.-]+/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$")
    for name in FILES:
        lines = [line for line in (WORKFLOWS / name).read_text().splitlines() if "uses:" in line]
        in_yaml = [step["uses"] for file, _, _, step in all_steps() if file == name and "uses" in step]
        assert len(lines) == len(in_yaml), name
        for line in lines:
            assert pinned.match(line), f"{name}: {line.strip()}"


def test_zizmor_finds_nothing_at_medium_severity_or_above() -> None:
    # zizmor comes with the test extra, beside pytest; without it this test fails rather than
    # skips, so CI cannot pass without the audit.
    zizmor = Path(sysconfig.get_path("scripts")) / "zizmor"
    assert zizmor.exists(), f"{zizmor} is missing: run `pip install -e '.[test]'`"
    result = subprocess.run(
        [
            str(zizmor),
            "--offline",
            "--min-severity",
            "medium",
            "--format",
            "json",
            "--no-progress",
            str(WORKFLOWS),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    findings = json.loads(result.stdout) if result.stdout.lstrip().startswith("[") else None
    assert findings == [], (
        result.stderr
        if findings is None
        else [
            (f["ident"], f["determinations"]["severity"], loc["symbolic"]["key"]["Local"]["verbatim_path"])
            for f in findings
            for loc in f["locations"][:1]
        ]
    )
    # Exit 0 also means it audited something: with no workflow found it fails.
    assert result.returncode == 0, result.stderr


# The check's --since, run as the workflows run it, in a real repository made in tmp_path.

EVENT = """\
title: {title}
date: 2020-01-01
summary: Something happened.
figures: [fig-a]
locations: [loc-a]
sources: [src-a]
"""


def check_step(name: str, job: str) -> tuple[str, dict[str, str]]:
    """The line of the workflow's check step that runs ``explainer check`` (ci.yml's step
    installs the project first, which the tests' environment has done), and the variables
    of its environment with the expressions they are given."""
    [step] = [s for s in load(name)["jobs"][job]["steps"] if "explainer check" in s.get("run", "")]
    [line] = [line for line in str(step["run"]).splitlines() if line.startswith("explainer check")]
    return line, dict(step["env"])


PAGES_ADDRESS = "https://owner.github.io/repo"
"""The address configure-pages gives (no trailing slash)."""


def published_step() -> dict[str, Any]:
    """The Pages workflow's step that finds the commit of the last publication."""
    steps: list[dict[str, Any]] = load("pages.yml")["jobs"]["build"]["steps"]
    [step] = [s for s in steps if s.get("id") == "published"]
    return step


# gh as the Pages workflow calls it (`gh api ENDPOINT --jq FILTER`), answering from JSON
# files: the endpoint's path after repos/owner/repo/, '/' made '-', in $FAKE_GH_ANSWERS,
# the filter applied by jq as gh applies it. An endpoint with no file fails as gh does on
# an HTTP error (a token without the permission gets 403).
FAKE_GH = r"""#!/bin/bash
echo "$*" >> "${FAKE_GH_ANSWERS}/calls"
[ "$1" = api ] || exit 2
endpoint=$2 filter=.
shift 2
while [ $# -gt 0 ]; do
  case $1 in --jq) filter=$2; shift 2 ;; *) shift ;; esac
done
path=${endpoint%%\?*}
name=${path#repos/owner/repo/}
file="${FAKE_GH_ANSWERS}/${name//\//-}.json"
if [ ! -f "${file}" ]; then
  echo "gh: Resource not accessible by integration (HTTP 403)" >&2
  exit 1
fi
jq -r "${filter}" "${file}"
"""


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def pushed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding a valid site of two events, committed: the commit before a push."""
    git_identity(monkeypatch)
    files = {
        **MINIMAL,
        "content/story-a/events/e2.yaml": EVENT.format(title="Second event").replace("01-01", "01-01T12:00"),
    }
    root = tmp_path / "repo"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "content")
    git(root, "commit", "-q", "-m", "published")
    return root


NO_DEPLOYMENT: dict[str, Any] = {"deployments": []}


def run_step(
    root: Path,
    before: str,
    name: str = "pages.yml",
    job: str = "build",
    answers: dict[str, Any] | None = NO_DEPLOYMENT,
) -> subprocess.CompletedProcess[str]:
    """The workflow's check line, run by bash as the runner does, with ``explainer`` on
    PATH; for the Pages workflow, after the step that finds the commit it compares with,
    run with a fake ``gh`` giving ``answers`` (endpoint name: JSON; None: every call
    fails). What both steps printed comes back together."""
    scripts = sysconfig.get_path("scripts")
    env = {**os.environ, "PATH": f"{scripts}{os.pathsep}{os.environ['PATH']}"}
    line, variables = check_step(name, job)
    out = err = ""
    since = before
    if name == "pages.yml":
        fake = root.parent / "gh"
        fake.mkdir(exist_ok=True)
        (fake / "gh").write_text(FAKE_GH)
        (fake / "gh").chmod(0o755)
        for endpoint, answer in (answers or {}).items():
            (fake / f"{endpoint}.json").write_text(json.dumps(answer))
        outputs = root.parent / "github_output"
        outputs.write_text("")
        found = subprocess.run(
            ["bash", "-e", "-c", published_step()["run"]],
            cwd=root,
            env={
                **env,
                "PATH": f"{fake}{os.pathsep}{env['PATH']}",
                "FAKE_GH_ANSWERS": str(fake),
                "GH_TOKEN": "not-a-token",
                "REPOSITORY": "owner/repo",
                "BEFORE": before,
                "GITHUB_OUTPUT": str(outputs),
            },
            capture_output=True,
            text=True,
            check=False,
        )
        assert found.returncode == 0, found.stdout + found.stderr
        out, err = found.stdout, found.stderr
        [since] = [o.removeprefix("commit=") for o in outputs.read_text().splitlines()]
    ran = subprocess.run(
        ["bash", "-e", "-c", line],
        cwd=root,
        # The commit compared with, and the Pages address where the step is given it.
        env={**env, **{v: PAGES_ADDRESS if "base_url" in e else since for v, e in variables.items()}},
        capture_output=True,
        text=True,
        check=False,
    )
    return subprocess.CompletedProcess(ran.args, ran.returncode, out + ran.stdout, err + ran.stderr)


@pytest.mark.parametrize(("name", "job"), [("pages.yml", "build"), ("ci.yml", "test")])
def test_a_deleted_event_file_stops_the_workflow(pushed: Path, name: str, job: str) -> None:
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    ran = run_step(pushed, before, name, job)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert (
        "::warning file=content/story-a/events/e1.yaml,line=1::the event file e1.yaml was deleted: its page "
        "story-a/events/e1/ would disappear" in ran.stdout
    ), ran.stdout
    assert "put events/e1.yaml back with 'removed:'" in ran.stdout
    assert "[allow broken links]" in ran.stdout


def test_a_commit_message_can_allow_it(pushed: Path) -> None:
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event\n\nIt was a duplicate. [Allow broken links]")
    ran = run_step(pushed, before)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "says [allow broken links]" in ran.stderr


def test_a_renamed_event_file_and_a_new_draft_are_named(pushed: Path) -> None:
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "mv", "content/story-a/events/e1.yaml", "content/story-a/events/first.yaml")
    e2 = pushed / "content/story-a/events/e2.yaml"
    e2.write_text(e2.read_text() + "draft: true\n")
    git(pushed, "commit", "-q", "-am", "Rename and hold back")
    ran = run_step(pushed, before)
    assert ran.returncode == 1
    assert "the event file e1.yaml was renamed to content/story-a/events/first.yaml" in ran.stdout, ran.stdout
    assert "the event 'e2' is now a draft ('draft: true') but was published" in ran.stdout


def test_a_deleted_or_renamed_story_is_one_annotation(pushed: Path) -> None:
    for rel, text in MINIMAL.items():
        if rel.startswith("content/story-a/"):
            path = pushed / rel.replace("story-a", "story-b")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).replace("Story A", "Story B"))
    git(pushed, "add", "content")
    git(pushed, "commit", "-q", "-m", "A second story")
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-rq", "content/story-a")
    git(pushed, "mv", "content/story-b", "content/story-c")
    git(pushed, "commit", "-q", "-m", "One story deleted, the other renamed")
    ran = run_step(pushed, before)
    assert ran.returncode == 1
    lines = [line for line in ran.stdout.splitlines() if line.startswith("::warning")]
    assert len(lines) == 2, ran.stdout
    assert lines[0].startswith(
        "::warning file=content/story-a/story.yaml,line=1::the story 'story-a' was deleted"
    )
    assert lines[1].startswith(
        "::warning file=content/story-b/story.yaml,line=1::the story folder 'story-b' was renamed to 'story-c'"
    )


@pytest.mark.parametrize("before", ["", "0000000000000000000000000000000000000000", "1234567"])
def test_nothing_to_compare_with_stops_nothing(pushed: Path, before: str) -> None:
    # A run by hand has no 'before'; a new branch's is all zeros; a force-push's may be gone.
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    ran = run_step(pushed, before)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "nothing checked for pages taken away" in ran.stderr


def deployment(number: int, sha: str) -> dict[str, Any]:
    """A deployment as GitHub's REST API lists it (the fields the step reads, and others)."""
    return {
        "id": number,
        "sha": sha,
        "ref": "main",
        "task": "deploy",
        "environment": "github-pages",
        "created_at": f"2026-12-0{number % 10}T10:00:00Z",
    }


def statuses(*states: str) -> list[dict[str, Any]]:
    """A deployment's statuses, newest first as GitHub sends them."""
    return [{"id": 100 + i, "state": state} for i, state in reversed(list(enumerate(states)))]


def test_the_pages_workflow_compares_with_what_readers_have(pushed: Path) -> None:
    # A push the check refused is on main all the same: compared with it, the next push
    # (a typo fixed) saw no deletion and published the one that was refused.
    older = git(pushed, "rev-parse", "HEAD")
    e2 = pushed / "content/story-a/events/e2.yaml"
    e2.write_text(e2.read_text().replace("Second event", "Second events"))
    git(pushed, "commit", "-q", "-am", "A title")
    published = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    refused = git(pushed, "rev-parse", "HEAD")
    e2.write_text(e2.read_text().replace("Second events", "Second event"))
    git(pushed, "commit", "-q", "-am", "A typo")
    answers = {
        # Oldest first, as GitHub does not promise an order: the step sorts them.
        "deployments": [deployment(1, older), deployment(2, published), deployment(3, refused)],
        "deployments-1-statuses": statuses("in_progress", "success", "inactive"),
        "deployments-2-statuses": statuses("in_progress", "success"),
        "deployments-3-statuses": statuses("in_progress", "failure"),
    }
    ran = run_step(pushed, refused, answers=answers)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert f"Compared with {published}, the commit of the last successful publication." in ran.stdout
    assert "::warning file=content/story-a/events/e1.yaml,line=1::the event file e1.yaml was deleted" in (
        ran.stdout
    ), ran.stdout
    assert "::notice::" not in ran.stdout
    calls = (pushed.parent / "gh" / "calls").read_text().splitlines()
    assert calls[0].startswith("api repos/owner/repo/deployments?environment=github-pages&")
    # The failed deployment is asked about, then the published one; the older is not.
    assert [c.split()[1].split("?")[0] for c in calls[1:]] == [
        "repos/owner/repo/deployments/3/statuses",
        "repos/owner/repo/deployments/2/statuses",
    ]


def test_with_no_publication_yet_the_commit_before_the_push_is_compared(pushed: Path) -> None:
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    answers = {"deployments": [deployment(1, before)], "deployments-1-statuses": statuses("failure")}
    for given in (NO_DEPLOYMENT, answers):
        ran = run_step(pushed, before, answers=given)
        assert ran.returncode == 1, ran.stdout + ran.stderr
        assert "::notice::No successful GitHub Pages deployment yet" in ran.stdout, ran.stdout
        assert "the event file e1.yaml was deleted" in ran.stdout


@pytest.mark.parametrize("fails", ["the list", "the statuses"])
def test_when_github_does_not_answer_the_commit_before_the_push_is_compared(pushed: Path, fails: str) -> None:
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    answers = None if fails == "the list" else {"deployments": [deployment(1, before)]}
    ran = run_step(pushed, before, answers=answers)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "HTTP 403" in ran.stderr
    assert "::notice::GitHub did not say which commit is published" in ran.stdout, ran.stdout
    assert "the event file e1.yaml was deleted" in ran.stdout


def test_a_published_commit_the_clone_lacks_compares_with_nothing(pushed: Path) -> None:
    # History rewritten by a force-push: the published commit is gone from the branch.
    before = git(pushed, "rev-parse", "HEAD")
    git(pushed, "rm", "-q", "content/story-a/events/e1.yaml")
    git(pushed, "commit", "-q", "-m", "Delete the first event")
    gone = "ab" * 20
    answers = {"deployments": [deployment(1, gone)], "deployments-1-statuses": statuses("success")}
    ran = run_step(pushed, before, answers=answers)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert f"no commit '{gone}' to compare with" in ran.stderr
    assert "nothing checked for pages taken away" in ran.stderr


@pytest.mark.parametrize("name", ["ci.yml", "pages.yml"])
def test_both_workflows_have_fribidi_before_the_content_is_checked(name: str) -> None:
    # Without FriBiDi an Arabic or Hebrew title is left off its drawn card and check
    # warns, which --strict refuses: the runner's machine must have it, as it builds.
    steps = [step.get("run", "") for step in next(iter(load(name)["jobs"].values()))["steps"]]
    check = next(i for i, run in enumerate(steps) if "explainer check --strict" in run)
    fribidi = [i for i, run in enumerate(steps) if "apt-get install" in run and "libfribidi0" in run]
    assert fribidi and fribidi[0] < check
