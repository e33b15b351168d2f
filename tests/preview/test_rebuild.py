"""Rebuilding the preview: an incremental rebuild equals a full one and renders only what
changed; an endless template is stopped within the time limit and the next save starts
afresh."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.preview.rebuild import Builder
from tests.conftest import TEMPLATES, Project
from tests.preview.server import EVENT, event_text, start_server

EDITS: dict[str, Any] = {
    "event title": lambda p: p.write(EVENT, event_text("Renamed event")),
    "figure name": lambda p: p.write("content/story-a/figures/fig-a.yaml", "name: New name\nrole: r\n"),
    "place name": lambda p: p.write("content/story-a/locations/loc-a.yaml", "name: New place\n"),
    "new event": lambda p: p.write("content/story-a/events/e0.yaml", "title: Zero\ndate: 2019\nsummary: s\n"),
    "deleted event": lambda p: p.remove("content/story-a/events/e2.yaml"),
    "site title": lambda p: p.write("content/site.yaml", "title: Another site\n"),
    "story summary": lambda p: p.write(
        "content/story-a/story.yaml",
        "title: Story A\nsummary: Changed.\npublished: 2020-01-02\nsources:\n  src-a:\n    publisher: P\n",
    ),
    "template": lambda p: p.write(
        "templates/event.html", (Path(TEMPLATES) / "event.html").read_text() + "\n"
    ),
    "draft event": lambda p: p.write(EVENT, event_text("Draft now") + "draft: true\n"),
}


@pytest.mark.parametrize("parallel_from", [1, 10**9], ids=["two-cores", "one-core"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_rebuild_equals_a_full_build(
    project: Project, edit: str, parallel_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.speed import rendering as fast

    monkeypatch.setattr(fast, "PARALLEL_FROM", parallel_from)
    shutil.copytree(TEMPLATES, project.root / "templates")
    project.write(
        "content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\nfigures: [fig-a]\n"
    )
    for drafts in (False, True):
        incremental = Builder("content", "templates", drafts=drafts)
        incremental.build()
        EDITS[edit](project)
        again = incremental.build()
        assert again == Builder("content", "templates", drafts=drafts).build()
        if os.path.exists("content/story-a/events/e2.yaml") is False:
            project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\n")


def test_only_pages_whose_inputs_changed_are_rendered(project: Project) -> None:
    for i in range(2, 6):
        project.write(f"content/story-a/events/e{i}.yaml", f"title: E{i}\ndate: 2020-0{i}\nsummary: s\n")
    builder = Builder("content", TEMPLATES)
    builder.build()
    first = builder.last_rendered
    builder.build()
    assert builder.last_rendered == 0
    project.write("content/story-a/events/e5.yaml", "title: Changed\ndate: 2020-05\nsummary: s\n")
    builder.build()
    # the event, its neighbour (which shows its title), the story page and the JSON export
    assert builder.last_rendered == 4
    assert first == 12  # home, 404, story, 5 events, figure, location, timeline.json, robots.txt


ENDLESS = {
    "loop": "{% for i in range(10**12) %}{% endfor %}",
    "recursive macro": (
        "{% macro twice(n) %}{% if n %}{{ twice(n - 1) }}{{ twice(n - 1) }}{% endif %}{% endmacro %}"
        "{{ twice(60) }}"
    ),
}


def test_a_macro_calling_itself_is_reported_with_its_template(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    for server in start_server(project.root, "--templates", "templates"):
        endless = "{% macro again() %}{{ again() }}{% endmacro %}{{ again() }}"
        story.write_text(good.replace("{% block head %}", "{% block head %}" + endless, 1))
        server.wait_for_line("changed:", timeout=5)
        assert any(
            "templates/story.html:" in line and "calls itself without end" in line for line in server.lines
        )
        assert not any("Traceback" in line for line in server.lines), server.lines


@pytest.mark.parametrize("kind", sorted(ENDLESS))
def test_an_endless_template_is_stopped_and_the_next_save_starts_afresh(project: Project, kind: str) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    for server in start_server(project.root, "--templates", "templates", "--time-limit", "1"):
        story.write_text(good.replace("{% block head %}", "{% block head %}" + ENDLESS[kind], 1))
        server.wait_for_line("changed:", timeout=5)
        report = next(line for line in server.lines if "changed:" in line)
        assert "1 error" in report, server.lines
        stopped = [line for line in server.lines if "stopped after 1 s" in line]
        assert len(stopped) == 1 and stopped[0].strip().startswith("templates/story.html:"), server.lines
        status, body = server.get("/story-a/")
        assert status == 500 and "templates/story.html:" in body and "stopped after 1 s" in body
        assert server.get("/assets/style.css")[0] == 200  # the server answers meanwhile

        story.write_text(good)
        server.wait_for_line("changed:", count=2, timeout=5)
        status, body = server.get("/story-a/")
        assert status == 200 and "<h1>Story A</h1>" in body, server.lines
        assert not any("Traceback" in line for line in server.lines), server.lines
