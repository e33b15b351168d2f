"""Rebuilding the preview: an incremental rebuild equals a full one and renders only what
changed; an endless template is stopped within the time limit and the next save starts
afresh."""

from __future__ import annotations

import html
import os
import shutil
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import write_site
from generator.commands.build import build
from generator.content import svg
from generator.errors import ContentError
from generator.output import stylesheets
from generator.output.stylesheets import published
from generator.preview.panel import NO_PANEL
from generator.preview.rebuild import Builder, BuildTimeout, Preview, time_limit
from generator.speed import rendering as fast
from generator.speed.rendering import PagesOnRequest
from tests.conftest import TEMPLATES, Project
from tests.images import photo
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


@pytest.mark.parametrize("when_asked", [False, True], ids=["at-once", "when-asked"])
@pytest.mark.parametrize("parallel_from", [1, 10**9], ids=["two-cores", "one-core"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_rebuild_equals_a_full_build(
    project: Project, edit: str, parallel_from: int, when_asked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fast, "PARALLEL_FROM", parallel_from)
    shutil.copytree(TEMPLATES, project.root / "templates")
    project.write(
        "content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\nfigures: [fig-a]\n"
    )
    for drafts in (False, True):
        incremental = Builder("content", "templates", drafts=drafts)
        incremental.build()
        EDITS[edit](project)
        again = incremental.build(when_asked)  # pages left to render are rendered as they are compared
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
    # the event, its neighbour (which shows its title), the story page, the three data
    # files (timeline.json, story.json, timeline.csv) and the two embed pages
    assert builder.last_rendered == 8
    # home, 404, story, 5 events, figure, location, the 3 data files, 2 embeds, robots.txt
    assert first == 16


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
        server.wait_for_line("calls itself without end", timeout=5)  # printed after the summary
        assert any(
            "templates/story.html:" in line and "calls itself without end" in line for line in server.lines
        )
        assert not any("Traceback" in line for line in server.lines), server.lines


@pytest.mark.parametrize("kind", sorted(ENDLESS))
def test_an_endless_template_is_stopped_and_the_next_save_starts_afresh(project: Project, kind: str) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    for server in start_server(project.root, "--templates", "templates", "--time-limit", "3"):
        story.write_text(good.replace("{% block head %}", "{% block head %}" + ENDLESS[kind], 1))
        server.wait_for_line("changed:", timeout=10)
        at = next(i for i, line in enumerate(server.lines) if "changed:" in line)
        assert "1 error" in server.lines[at], server.lines
        # What this save's build said (on a machine loaded enough, the first build of the
        # good theme may have taken more than the time it was given, and said so too: 3 s,
        # not 1, so that a good build is not stopped on a machine running other tests).
        before = sum("stopped after 3 s" in line for line in server.lines[:at])
        server.wait_for_line("stopped after 3 s", count=before + 1, timeout=10)  # printed after the summary
        stopped = [line for line in server.lines[at:] if "stopped after 3 s" in line]
        assert len(stopped) == 1 and stopped[0].strip().startswith("templates/story.html:"), server.lines
        status, body = server.get("/story-a/")
        assert status == 500 and "templates/story.html:" in body and "stopped after 3 s" in body
        assert server.get("/assets/style.css")[0] == 200  # the server answers meanwhile

        story.write_text(good)
        server.wait_for_line("changed:", count=2, timeout=10)
        status, body = server.get("/story-a/")
        assert status == 200 and "<h1>Story A</h1>" in body, server.lines
        assert not any("Traceback" in line for line in server.lines), server.lines


# --- the time limit and where a template was stopped ---------------------------------------


def test_the_time_limit_interrupts_code_that_never_returns_and_is_then_lifted() -> None:
    before = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(BuildTimeout), time_limit(0.2):
        while True:
            pass
    assert 0.2 <= time.monotonic() - started < 2
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_off_the_main_thread_there_is_no_limit() -> None:
    # Only the main thread receives signals: elsewhere the limit cannot work, so it is none.
    finished: list[bool] = []

    def slow() -> None:
        with time_limit(0.01):
            time.sleep(0.2)
        finished.append(True)

    worker = threading.Thread(target=slow)
    worker.start()
    worker.join(5)
    assert finished == [True]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# --- what the preview keeps and shows -------------------------------------------------------


JPEG = photo(64, 48)
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="1"/></svg>'


def test_a_failed_rebuild_keeps_the_last_good_pages_and_lists_the_problems(project: Project) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True and preview.errors == []
    good = preview.pages
    assert b"<h1>Story A</h1>" in good["story-a/index.html"]
    project.write(EVENT, "title: [broken\n")
    assert preview.rebuild()[0] is False
    assert preview.errors == [f"{EVENT}:1:8: YAML syntax error: this '[' list is never closed with ']'"]
    assert preview.pages is good
    project.write(EVENT, event_text("Fixed"))
    assert preview.rebuild()[0] is True and preview.errors == []
    assert b"Fixed" in preview.pages["story-a/events/e1/index.html"]


def test_the_preview_counts_warnings_and_shows_notes_apart(project: Project) -> None:
    # A note is a hint ('source:' left empty in a quote): the terminal's count and the
    # panel's are of warnings, which it is not; the panel shows it below them, apart.
    project.write(EVENT, event_text("Quoted") + "quotes:\n  - text: Stay.\n    by: Ann\n    source:\n")
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    assert preview.warnings and not any("quotes[1].source" in str(w) for w in preview.warnings)
    assert [n.message.split(",")[0] for n in preview.notes] == ["'quotes[1].source' is empty"]
    warned, noted = preview.panel.body.split(b'<div class="notes">')
    assert b"quotes[1].source" not in warned and b"quotes[1].source" in noted


EVENT_PAGE = ["story-a", "events", "e1", "index.html"]


def test_pages_left_to_render_are_rendered_when_asked_for_then_in_turn(project: Project) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting == 0  # the first: every page
    project.write(EVENT, event_text("Renamed"))
    assert preview.rebuild(when_asked=True)[0] is True
    left = preview.waiting
    assert left == preview.builder.last_rendered > 1
    assert b"Renamed" in (preview.file(EVENT_PAGE) or b"")
    assert preview.waiting == left - 1
    while preview.render_next():
        pass
    assert preview.waiting == 0 and preview.errors == []
    assert dict(preview.pages) == Builder("content", TEMPLATES).build()


def test_a_rebuild_of_a_few_hundred_pages_still_renders_them_when_asked_for(tmp_path: Path) -> None:
    # The pages a rebuild changes are rendered when asked for below 300 (ON_REQUEST_BELOW),
    # a number of its own since builds writing a site share the rendering from 50 pages.
    content = write_site(str(tmp_path), 100)
    preview = Preview(Builder(content, TEMPLATES))
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting == 0
    site_yaml = Path(content) / "site.yaml"
    site_yaml.write_text(site_yaml.read_text().replace("title: ", "title: Renamed "))  # every page
    assert preview.rebuild(when_asked=True)[0] is True
    assert 100 < preview.builder.last_rendered < fast.ON_REQUEST_BELOW
    assert preview.waiting == preview.builder.last_rendered


def test_a_rebuild_while_pages_wait_counts_only_the_pages_it_changed(project: Project) -> None:
    # A save built twice (a burst held up, an editor's save then a formatter's, a tool's
    # log beside it) before the server rendered the pages the first left: the second
    # changed no page, and the server says so and reloads nothing (``serve``); the pages
    # still left are rendered as before.
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild(when_asked=True)[0] is True
    project.write(EVENT, event_text("Renamed"))
    assert preview.rebuild(when_asked=True)[0] is True
    left = preview.waiting
    assert left == preview.builder.last_rendered > 1
    assert b"Renamed" in (preview.file(EVENT_PAGE) or b"")  # the open page, asked for
    project.write(EVENT, event_text("Renamed"))  # saved again as it was
    assert preview.rebuild(when_asked=True)[0] is True
    assert preview.builder.last_rendered == 0 and preview.waiting == left - 1
    project.write(EVENT, event_text("Renamed again"))
    assert preview.rebuild(when_asked=True)[0] is True
    assert preview.builder.last_rendered == left and preview.waiting == left
    while preview.render_next():
        pass
    assert dict(preview.pages) == Builder("content", TEMPLATES).build()


def test_the_pages_left_to_render_are_handed_to_the_search_index_once_all_are(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The browser may ask for every page left before the server's turn to render them
    # comes: that turn finds none, and hands nothing to the index again (which would
    # index the same pages twice, and keep a search waiting for the second).
    preview = Preview(Builder("content", TEMPLATES, search=True))
    assert preview.rebuild(when_asked=True)[0] is True
    handed: list[dict[str, bytes]] = []
    monkeypatch.setattr(preview.search, "update", handed.append)
    project.write(EVENT, event_text("Renamed"))
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting > 0 and handed == []
    for path in list(preview.pages):
        assert preview.make_ready(path) is True
    assert preview.waiting == 0 and len(handed) == 1
    assert preview.render_next() is False  # the server's turn
    assert len(handed) == 1 and handed[0] == dict(preview.pages)


def test_the_pages_rendered_later_count_towards_the_builds_time_limit(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A theme taking most of a second for each page: rendered at once, the build would
    # have been stopped at its limit; rendered one by one later, each page within a
    # limit of its own, it never was, and held the server that long for every page.
    # The build's own part is given all the time it takes (on a busy machine it alone may
    # pass 1 s), and the pages rendered later 1 s more: a third of it each, they are
    # stopped at the fourth.
    preview = Preview(Builder("content", TEMPLATES), time_limit=60.0)
    assert preview.rebuild(when_asked=True)[0] is True
    project.write(EVENT, event_text("Slow"))
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting >= 4
    assert preview.find_warnings() is True  # its part too, before any page
    preview.time_limit = preview.spent + 1.0
    render_next = PagesOnRequest.render_next
    rendered = 0

    def slowly(self: PagesOnRequest) -> bool:
        nonlocal rendered
        time.sleep(0.3)
        rendered += 1
        return render_next(self)

    monkeypatch.setattr(PagesOnRequest, "render_next", slowly)
    while preview.render_next():
        pass
    assert preview.errors == [
        f"{TEMPLATES}: stopped after {preview.time_limit:g} s: the template never finished (an endless "
        "loop or recursion?); fix it and save"
    ]
    assert 1 <= rendered < 4 and preview.waiting > 0  # each page well within the limit, not all


def test_a_mistake_met_by_a_page_rendered_later_is_shown_as_the_builds(project: Project) -> None:
    # A theme that fails for one event's content only: the save is valid content, so the
    # rebuild succeeds; the page it left to render fails once rendered.
    shutil.copytree(TEMPLATES, "templates")
    event_html = Path("templates/event.html")
    boom = "{% if event.title == 'Boom' %}{{ 1 // 0 }}{% endif %}"
    event_html.write_text(event_html.read_text().replace("{% block title %}", "{% block title %}" + boom))
    mistake = (
        "templates/event.html:3: ZeroDivisionError: integer division or modulo by zero "
        "(making story-a/events/e1/index.html)"
    )
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild(when_asked=True)[0] is True
    project.write(EVENT, event_text("Boom"))
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting > 1
    while preview.render_next():  # in turn, as the server renders them
        pass
    assert preview.errors == [mistake] and preview.waiting > 0  # the rest wait for the next build
    project.write(EVENT, event_text("Calm"))
    assert preview.rebuild(when_asked=True)[0] is True and preview.errors == []
    assert b"Calm" in (preview.file(EVENT_PAGE) or b"")
    project.write(EVENT, event_text("Boom"))
    assert preview.rebuild(when_asked=True)[0] is True
    assert preview.file(EVENT_PAGE) is None  # asked for, as the browser asks
    assert preview.errors == [mistake] and preview.render_next() is False
    assert preview.make_ready("story-a/index.html") is False  # left to render, and left to the next build


NO_COORDINATES = (
    "content/story-a/locations/loc-a.yaml:1:7: warning: location 'loc-a' has no coordinates, so it cannot "
    "be mapped; add them, or 'unmapped: true' if it has no position to give"
)


def test_a_mistake_met_by_a_page_rendered_later_lists_the_contents_warnings_below_it(
    project: Project,
) -> None:
    # As a template's mistake met by the whole build does: what check found of the
    # content still holds, and the error page (and the terminal) list it below the error.
    shutil.copytree(TEMPLATES, "templates")
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    event_html = Path("templates/event.html")
    boom = "{% if event.title == 'Boom' %}{{ 1 // 0 }}{% endif %}"
    event_html.write_text(event_html.read_text().replace("{% block title %}", "{% block title %}" + boom))
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild(when_asked=True)[0] is True
    project.write(EVENT, event_text("Boom") + "sources: [src-a]\n")
    assert preview.rebuild(when_asked=True)[0] is True and preview.waiting > 0
    assert preview.file(EVENT_PAGE) is None  # asked for, as the browser asks
    at_once = Preview(Builder("content", "templates"))
    assert at_once.rebuild()[0] is False
    assert preview.errors == at_once.errors and len(preview.errors) == 1
    assert [str(w) for w in preview.warnings] == [str(w) for w in at_once.warnings] == [NO_COORDINATES]
    assert preview.panel == NO_PANEL


def test_a_failed_rebuild_lists_the_warnings_known_and_keeps_those_of_unchanged_files(
    project: Project,
) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    project.write(EVENT, "title: [broken\n")
    assert preview.rebuild()[0] is False
    assert len(preview.errors) == 1 and [str(w) for w in preview.warnings] == [NO_COORDINATES]
    assert preview.panel == NO_PANEL  # its words say the site builds: the error page lists them
    kept = preview.warnings[0]
    project.write(EVENT, "title: [still broken\n")
    assert preview.rebuild()[0] is False
    assert preview.warnings[0] is kept  # the memo's: loc-a.yaml is unchanged
    project.write(EVENT, event_text("Fixed") + "sources: [src-a]\n")
    assert preview.rebuild()[0] is True
    assert preview.warnings == [kept] and preview.panel != NO_PANEL


def test_a_failed_rebuild_says_whether_a_syntax_error_stopped_the_reading_of_a_file(
    project: Project,
) -> None:
    preview = Preview(Builder("content", TEMPLATES))
    project.write(EVENT, "title: [broken\n")
    assert preview.rebuild()[0] is False and preview.stopped_reading
    project.write(EVENT, "title: Fixed\ndate: 2020-02-31\n")  # read whole: all its errors are listed
    assert preview.rebuild()[0] is False and not preview.stopped_reading
    project.write(EVENT, "title: [broken again\n")
    assert preview.rebuild()[0] is False and preview.stopped_reading
    project.write(EVENT, event_text("Fixed") + "sources: [src-a]\n")
    assert preview.rebuild()[0] is True and not preview.stopped_reading


def test_a_template_error_lists_the_contents_warnings_below_it(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    project.write(
        "templates/event.html", "{% extends 'base.html' %}{% block main %}{{ nope( }}{% endblock %}"
    )
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is False
    assert preview.errors[0].startswith("templates/event.html:1:")
    assert [str(w) for w in preview.warnings] == [NO_COORDINATES]
    assert preview.panel == NO_PANEL


def test_a_content_folder_gone_leaves_no_warnings_of_its_files(project: Project) -> None:
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True and [str(w) for w in preview.warnings] == [NO_COORDINATES]
    os.rename("content", "content.away")
    assert preview.rebuild()[0] is False
    assert preview.errors[0].startswith("content folder 'content' not found")
    assert preview.warnings == [] and preview.panel == NO_PANEL  # as check says: the error alone


@pytest.mark.parametrize("folder", ["content", "templates"])
def test_a_folder_gone_while_the_preview_runs_is_said_to_be_put_back_not_made_anew(
    project: Project, folder: str
) -> None:
    # Renamed away (a rename in a file manager, a sync tool) and back: told to start a new
    # site or copy the theme, the editor would make a folder where theirs is to return.
    shutil.copytree(TEMPLATES, "templates")
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    os.rename(folder, f"{folder}.away")
    assert preview.rebuild()[0] is False
    assert preview.errors == [
        f"{folder} folder '{folder}' not found: it was there while the preview ran "
        "(renamed, moved or deleted since?); put it back and the preview rebuilds"
    ]
    os.rename(f"{folder}.away", folder)
    assert preview.rebuild()[0] is True and preview.errors == []


def test_both_folders_gone_while_the_preview_runs_are_each_said(project: Project) -> None:
    # Only the content folder was named: put back, the preview then said the theme's.
    shutil.copytree(TEMPLATES, "templates")
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    for folder in ("content", "templates"):
        os.rename(folder, f"{folder}.away")
    assert preview.rebuild()[0] is False
    assert [error.split(" not found")[0] for error in preview.errors] == [
        "content folder 'content'",
        "templates folder 'templates'",
    ]


def test_the_warnings_of_a_whole_story_wait_for_it_to_be_valid_again(project: Project) -> None:
    """A story's card warning is the whole story's, not story.yaml's, which the memo keeps
    by file: it goes while an event is broken, and comes back once it is fixed."""
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story.replace("title: Story A", "title: කොළඹ ගංවතුර"))
    preview = Preview(Builder("content", TEMPLATES))
    card = "content/story-a/story.yaml:1:8: warning: the card a shared link shows"
    for event, ok in ((event_text("One") + "sources: [src-a]\n", True), ("title: [broken\n", False)) * 2:
        project.write(EVENT, event)
        assert preview.rebuild()[0] is ok
        assert any(str(w).startswith(card) for w in preview.warnings) is ok


def test_a_problem_in_a_text_is_shown_where_it_is_as_check_says(project: Project) -> None:
    # The error page and the panel of warnings show check's own lines: the place of the
    # link, not the start of the value it is in (here quoted, with a doubled quote).
    preview = Preview(Builder("content", TEMPLATES))
    project.write(EVENT, event_text("First") + "body: 'It''s [x](events/nope.yaml)'\n")
    assert preview.rebuild()[0] is False
    assert preview.errors == [f"{EVENT}:6:18: unknown event 'nope' in 'body'"]
    project.write(EVENT, event_text("First") + "body: 'It''s [r] (https://x.org)'\n")
    assert preview.rebuild()[0] is True
    said = f"{EVENT}:6:14: warning: 'body': '[r] (' shows its brackets instead of a link; remove the space before '('"
    assert said in [str(w) for w in preview.warnings]
    assert html.escape(said).encode() in preview.panel.body


def test_a_missing_folder_is_one_line_and_a_bug_of_ours_does_not_stop_the_preview(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = Preview(Builder("content", "no-such-theme"))
    assert preview.rebuild()[0] is False
    assert preview.errors == [
        "templates folder 'no-such-theme' not found; the theme is the templates/ folder of explainer's "
        "repository: copy it into the project, or give its place with --templates"
    ]

    def broken(self: Builder, when_asked: bool = False) -> dict[str, bytes]:
        raise KeyError("oops")

    monkeypatch.setattr(Builder, "build", broken)
    assert preview.rebuild()[0] is False
    assert preview.errors == ["internal error: KeyError: 'oops'"]

    def too_deep(
        self: Builder, when_asked: bool = False
    ) -> dict[str, bytes]:  # not in a template: once out of the server's loop
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(Builder, "build", too_deep)
    assert preview.rebuild()[0] is False
    assert preview.errors == ["internal error: RecursionError: maximum recursion depth exceeded"]


def test_an_endless_template_is_reported_where_it_was_stopped_with_a_fresh_builder_after(
    project: Project,
) -> None:
    shutil.copytree(TEMPLATES, "templates")
    story = Path("templates/story.html")
    good = story.read_text()
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    # After the first build, which may take longer on a busy machine; and long enough for
    # the pages before story.html (the theme compiled again, home.html rendered) to be
    # made within it on one, as they were not in 0.3 s under a load of three test runs.
    preview.time_limit = 2
    pages, first = preview.pages, preview.builder
    lines = good.split("\n")
    line = next(i for i, text in enumerate(lines, start=1) if "{% block head %}" in text)
    story.write_text(
        good.replace("{% block head %}", "{% block head %}{% for i in range(10**12) %}{% endfor %}", 1)
    )
    assert preview.rebuild()[0] is False
    assert preview.errors == [
        f"templates/story.html:{line}: stopped after 2 s: the template never finished "
        "(an endless loop or recursion?); fix it and save"
    ]
    assert preview.pages is pages  # the last good build is still shown
    assert preview.builder is not first and preview.builder.site is None  # nothing of it trusted


def test_an_endless_template_of_a_site_of_a_hundred_pages_is_reported_where_it_was_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The preview renders in this process up to 300 pages (PARALLEL_FROM): a template the
    # forked helper is stuck in is stopped while this process waits for it, where no
    # frame of it is, and the editor was told "templates: stopped after 2 s" (a site of
    # 100 events, 122 pages, when the preview shared them from 100).
    content = write_site(str(tmp_path), 100)
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    monkeypatch.chdir(tmp_path)
    story = Path("templates/story.html")
    good = story.read_text()
    preview = Preview(Builder(content, "templates"))
    assert preview.rebuild()[0] is True and len(preview.pages) > 100
    preview.time_limit = 2
    story.write_text(good.replace("{% block head %}", "{% block head %}" + ENDLESS["loop"], 1))
    assert preview.rebuild()[0] is False
    assert len(preview.errors) == 1 and preview.errors[0].startswith("templates/story.html:"), preview.errors


def test_the_prefix_and_the_media_come_from_the_last_good_build(project: Project) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://org.github.io/explainers/\n")
    project.write(EVENT, event_text("With a photo") + "image:\n  src: media/photo.jpg\n  alt: A photo\n")
    project.write("content/story-a/media/photo.jpg", JPEG)
    project.write("content/story-a/media/unused.jpg", JPEG)
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    assert preview.prefix == "/explainers/"
    # The photo is published as its renditions, not as the camera's file.
    assert preview.media == {"story-a": frozenset()}
    webp = ["story-a", "pictures", "photo.jpg.64.webp"]
    assert (preview.file(webp) or b"")[8:12] == b"WEBP"
    project.write("content/site.yaml", "title: [broken\n")
    assert preview.rebuild()[0] is False
    assert preview.prefix == "/explainers/"  # still the last good build's
    assert (preview.file(webp) or b"")[8:12] == b"WEBP"
    project.write("content/site.yaml", "title: T\n")
    assert preview.rebuild()[0] is True and preview.prefix == "/"


def test_files_are_the_pages_the_themes_assets_and_the_published_media_only(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    project.write(EVENT, event_text("With a drawing").replace("Something.", "See ![a dot](media/dot.svg)."))
    project.write("content/story-a/media/dot.svg", SVG)
    project.write("content/story-a/media/unused.jpg", JPEG)
    os.symlink(os.path.abspath("templates/assets"), "templates/assets/again")  # a link to a folder
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    assert preview.file(["story-a", "index.html"]) == preview.pages["story-a/index.html"]
    assert preview.file(["assets", "style.css"]) == published(Path("templates/assets/style.css").read_bytes())
    assert preview.file(["story-a", "media", "dot.svg"]) == svg.safe_svg(SVG)
    assert b"alert" not in svg.safe_svg(SVG)
    for parts in (
        ["story-a", "media", "unused.jpg"],  # in the folder, but no page uses it
        ["assets", "again", "style.css"],  # the build does not follow links to folders
        ["assets", "missing.css"],
        ["content", "site.yaml"],
        ["story-a", "story.yaml"],
    ):
        assert preview.file(parts) is None, parts


def test_the_themes_assets_are_served_as_the_build_copies_them(project: Project) -> None:
    # Whatever their names (a rendition's, a card's) and sizes (media_max_mb limits the
    # story's media, not the theme's files).
    shutil.copytree(TEMPLATES, "templates")
    project.write("content/site.yaml", "title: Test site\nmedia_max_mb: 1\n")
    font = os.urandom(1_500_000)
    print_css = b"/* why */\n@media print { a::after { content: '/* kept */'; } }\n"
    theme = (
        ("card.png", JPEG),
        ("pictures/icon.jpg", JPEG),
        ("fonts/big.woff2", font),
        ("css/Print.CSS", print_css),
    )
    for rel, data in theme:
        path = Path("templates/assets", rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    build(content="content", templates="templates", out="site")
    for rel, _ in (*theme, ("style.css", b"")):
        served = preview.file(["assets", *rel.split("/")])
        assert served is not None and served == Path("site/assets", rel).read_bytes(), rel
    assert (
        preview.file(["assets", "css", "Print.CSS"])
        == b"@media print { a::after { content: '/* kept */'; } }\n"
    )


def test_a_stylesheet_is_stripped_once_while_its_file_is_unchanged_and_served_as_built(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Taking out a stylesheet's comments took 0.3 ms of every page load: the preview keeps
    # the stripped bytes while the file's size and modification time are the same.
    shutil.copytree(TEMPLATES, "templates")
    sheet = Path("templates/assets/style.css")
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    build(content="content", templates="templates", out="site")
    stripped: list[bytes] = []

    def counted(data: bytes) -> bytes:
        stripped.append(data)
        return published(data)

    monkeypatch.setattr(stylesheets, "published", counted)
    first = preview.file(["assets", "style.css"])
    assert preview.file(["assets", "style.css"]) == first and len(stripped) == 1  # not again
    assert first == Path("site/assets/style.css").read_bytes()  # as the build writes it
    # Saved: new bytes, however soon after (the same size and time would be the same file).
    sheet.write_bytes(b"/* note */\nbody { color: red; }\n")
    os.utime(sheet, ns=(1, 1))
    assert preview.file(["assets", "style.css"]) == b"body { color: red; }\n"
    sheet.write_bytes(b"/* note */\nbody { color: red; }\n/* more */\np { margin: 0; }\n")
    os.utime(sheet, ns=(2, 2))
    assert preview.file(["assets", "style.css"]) == b"body { color: red; }\np { margin: 0; }\n"
    assert preview.file(["assets", "style.css"]) == b"body { color: red; }\np { margin: 0; }\n"
    assert len(stripped) == 3


def test_a_theme_asset_that_is_a_link_to_a_hidden_file_of_the_theme_is_not_served(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    project.write("templates/.env", "TOKEN=SECRET")
    os.symlink(os.path.abspath("templates/.env"), "templates/assets/env.txt")
    preview = Preview(Builder("content", "templates"))
    preview.rebuild()
    assert preview.file(["assets", "env.txt"]) is None
    assert preview.file(["assets", "style.css"]) == published(Path("templates/assets/style.css").read_bytes())


def test_a_themes_assets_folder_that_is_a_link_inside_the_theme_is_served_as_the_build_copies_it(
    project: Project,
) -> None:
    # The build copied templates/assets -> static; the preview served none of it (review54b).
    shutil.copytree(TEMPLATES, "templates")
    os.rename("templates/assets", "templates/static")
    os.symlink("static", "templates/assets")
    preview = Preview(Builder("content", "templates"))
    assert preview.rebuild()[0] is True
    build(content="content", templates="templates", out="site")
    assert preview.file(["assets", "style.css"]) == Path("site/assets/style.css").read_bytes()


def test_a_builder_builds_the_project_in_memory_with_drafts_as_asked(project: Project) -> None:
    project.write(EVENT, event_text("Not yet") + "draft: true\n")
    plain, drafts = Builder("content", TEMPLATES), Builder("content", TEMPLATES, drafts=True)
    assert "story-a/events/e1/index.html" not in plain.build()
    assert b'class="draft-badge">Draft<' in drafts.build()["story-a/events/e1/index.html"]
    assert drafts.site is not None and [e.id for e in drafts.site.stories[0].events] == ["e1"]
    assert not os.path.exists("site")  # nothing written
    project.write(EVENT, "title: [broken\n")
    with pytest.raises(ContentError):
        plain.build()


def test_a_rebuild_for_the_server_leaves_its_warnings_to_find_until_a_page_is_asked_for(
    project: Project,
) -> None:
    # The server finds them once it has told the open pages to reload (``serve``): the
    # browser's asking again and their finding overlap. A page asked for waits for them.
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True and preview.warnings == [] and preview.unfound is None
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\n")
    assert preview.rebuild(when_asked=True)[0] is True
    assert preview.unfound is not None and preview.warnings == [] and preview.panel == NO_PANEL
    spent = preview.spent
    assert preview.file(EVENT_PAGE) is not None
    assert preview.unfound is None and [str(w) for w in preview.warnings] == [NO_COORDINATES]
    assert preview.panel != NO_PANEL and preview.spent > spent  # their time counts in the build's
    assert preview.find_warnings() is True  # found once only


def test_a_mistake_of_ours_in_finding_the_warnings_is_shown_as_a_build_s(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.content import lint

    def broken(*args: Any) -> list[Any]:
        raise KeyError("bug")

    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is True
    monkeypatch.setattr(lint, "lint", broken)
    project.write(EVENT, event_text("Edited") + "sources: [src-a]\n")
    assert preview.rebuild(when_asked=True)[0] is True
    assert preview.find_warnings() is False
    assert preview.errors == ["internal error: KeyError: 'bug'"]
    assert preview.file(EVENT_PAGE) is None  # the error page is shown instead


def test_a_file_of_many_errors_lists_fifty_and_counts_the_rest(project: Project) -> None:
    # A generated or hostile file must not make an error page of thousands of lines.
    project.write(EVENT, event_text("Many") + "".join(f"unknown{n}: x\n" for n in range(80)))
    preview = Preview(Builder("content", TEMPLATES))
    assert preview.rebuild()[0] is False
    assert len(preview.errors) == 51
    assert preview.errors[-1].endswith(
        "30 more problems in this file are not listed; fix these first, "
        "or see them all with 'explainer check --format json'"
    )
