"""The GitHub workflows parse and use the official Pages flow with what it needs."""

from __future__ import annotations

from typing import Any

import yaml

from tests.conftest import REPO


def load(name: str) -> dict[Any, Any]:
    with open(REPO / ".github" / "workflows" / name) as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict)
    return data


def uses(job: dict[str, Any]) -> list[str]:
    return [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]


def test_pages_workflow_uses_the_official_flow() -> None:
    flow = load("pages.yml")
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert flow["concurrency"]["group"] == "pages"
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert uses(build) == [
        "actions/checkout",
        "actions/setup-python",
        "actions/configure-pages",
        "actions/upload-pages-artifact",
    ]
    pages_step = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/configure-pages"))
    commands = " ".join(s.get("run", "") for s in build["steps"])
    assert f'explainer build --base-url "${{{{ steps.{pages_step["id"]}.outputs.base_url }}}}/"' in commands
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
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
    assert any("explainer check --format github" in step.get("run", "") for step in job["steps"])


def test_pages_workflow_annotates_content_problems() -> None:
    steps = load("pages.yml")["jobs"]["build"]["steps"]
    assert any(step.get("run") == "explainer check --format github" for step in steps)
