"""The speed-ups change no byte: every site built plain and fast, compared in full."""

from __future__ import annotations

import gc
import os
import re
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import jinja2
import pytest

from benchmarks.synthetic import write_site
from generator import cli, pipeline, speed
from generator.commands.build import build
from generator.content.model import Site
from generator.errors import ContentError, UsageError
from generator.preview.rebuild import Builder
from generator.render import environment
from generator.render import pages as pages_module
from generator.render import renderer as renderer_module
from generator.render.pages import Page, Same, ViewMaker, anew
from generator.render.renderer import SiteRenderer
from generator.speed import ahead, diskcache, parallel
from generator.speed import rendering as fast
from generator.switch import SPEED_SWITCH
from tests.conftest import REPO, TEMPLATES, Project, site_files, write_breaking

SITES = {
    "seed": lambda tmp: str(REPO / "content"),
    "fixture": lambda tmp: str(REPO / "tests" / "fixtures" / "small" / "content"),
    "synthetic-300": lambda tmp: write_site(str(tmp), 300),
    "breaking": lambda tmp: str(write_breaking(tmp)),  # entries showing their time alone
    # Persian: dates and counts in its own digits, through gettext functions of its own
    # (environment._native_number_gettexts), which the fast renderer must use as well.
    "fixture-fa": lambda tmp: _in_persian(REPO / "tests" / "fixtures" / "small" / "content", tmp),
    "synthetic-300-fa": lambda tmp: write_site(str(tmp), 300, language="fa"),
}


def _in_persian(content: Path, tmp: Path) -> str:
    """A copy of the site ``content`` in Persian."""
    copy = tmp / "content-fa"
    shutil.copytree(content, copy)
    site = copy / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "language: fa\n", encoding="utf-8")
    return str(copy)


@pytest.mark.parametrize("drafts", [True, False], ids=["drafts", "published"])
@pytest.mark.parametrize("name", sorted(SITES))
def test_a_plain_build_and_a_fast_build_write_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, drafts: bool
) -> None:
    content = SITES[name](tmp_path)
    # Which renderer the build used, seen where every build starts rendering, in this
    # process: on two cores the helper may have taken every page (on a busy machine it
    # did, and this process rendered none).
    used: set[type[SiteRenderer]] = set()
    real_start = SiteRenderer.start

    def start(self: SiteRenderer, site: Site, versions: Mapping[str, str] | None = None) -> None:
        used.add(type(self))
        real_start(self, site, versions)

    monkeypatch.setattr(SiteRenderer, "start", start)
    temporary = tmp_path / "tmp"  # where every cache of a fast build would be
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv(SPEED_SWITCH, "off")
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "plain"), drafts=drafts)
    assert used == {SiteRenderer}
    assert list(temporary.iterdir()) == []  # the plain build keeps nothing: no cache at all
    used.clear()
    monkeypatch.setenv(SPEED_SWITCH, "on")
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 1)  # both cores, even for the small sites
    # The Markdown too: shared from 3,000 texts, which none of these sites has, its
    # conversions made in the helper and adopted here were never compared.
    monkeypatch.setattr(fast, "SPLIT_MARKDOWN_FROM", 1)
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "fast"), drafts=drafts)
    assert used == {fast.FastRenderer}
    plain, quick = site_files(tmp_path / "plain"), site_files(tmp_path / "fast")
    assert sorted(plain) == sorted(quick)
    assert [p for p in plain if plain[p] != quick[p]] == []
    if name.endswith("-fa"):  # written in Persian's digits, as the fast build must too
        assert any("۲۰".encode() in data for data in plain.values())


def test_the_preview_renders_the_same_bytes_plain_and_fast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_site(str(tmp_path), 300)
    monkeypatch.setenv(SPEED_SWITCH, "off")
    plain = Builder(content, TEMPLATES, drafts=True)
    assert isinstance(plain.speed, speed.Plain) and not isinstance(plain.speed, speed.Fast)
    monkeypatch.setenv(SPEED_SWITCH, "on")
    quick = Builder(content, TEMPLATES, drafts=True)
    assert isinstance(quick.speed, speed.Fast)
    first = quick.build()
    assert first == plain.build()
    assert quick.build() == first and quick.last_rendered == 0  # nothing changed: all reused


def test_an_edited_partial_template_is_not_served_stale(project: Project) -> None:
    shutil.copytree(TEMPLATES, project.root / "templates")
    preview = Builder("content", "templates")
    assert isinstance(preview.speed, speed.Fast)
    before = preview.build()["story-a/index.html"]
    macros = project.root / "templates" / "_macros.html"
    opening = re.search(r"\{% macro timeline\([^)]*\) %\}", macros.read_text())
    assert opening is not None, "the theme's timeline macro"
    macros.write_text(macros.read_text().replace(opening[0], opening[0] + "TIMELINE:"))
    after = preview.build()["story-a/index.html"]
    assert b"TIMELINE:" in after and b"TIMELINE:" not in before


@pytest.mark.skipif(not parallel.available(), reason="needs fork and two cores")
def test_an_asset_included_by_a_page_the_helper_rendered_is_not_served_stale(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper process takes the story pages first. When it alone rendered the story
    # page, whose template includes a stylesheet of assets/, this process never knew a
    # template read from there, kept its renderer when the stylesheet was saved, and the
    # preview went on serving the story page with the old one.
    shutil.copytree(TEMPLATES, project.root / "templates")
    story = project.root / "templates/story.html"
    inline = '{% block head %}<style>{% include "assets/story.css" %}</style>'
    story.write_text(story.read_text().replace("{% block head %}", inline, 1))
    css = project.write("templates/assets/story.css", ".before {}")
    real_take = parallel.Claims.take

    def helper_takes_every_page(self: parallel.Claims, *, front: bool, batch: int) -> range:
        return real_take(self, front=front, batch=batch) if front else range(0)

    monkeypatch.setattr(parallel.Claims, "take", helper_takes_every_page)
    monkeypatch.setattr(fast, "PARALLEL_FROM", 1)
    preview = Builder("content", "templates")
    assert b"<style>.before {}</style>" in preview.build()["story-a/index.html"]
    css.write_text(".after {}")
    assert b"<style>.after {}</style>" in preview.build()["story-a/index.html"]


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_a_stylesheet_saved_renders_no_page_again_beside_an_html_file_of_assets(project: Project) -> None:
    # The theme is compiled ahead, on both sides. A file of assets/ ending in .html was
    # compiled with it, as if a template had read it from there: each save of the
    # stylesheet then made a new renderer, and every page was rendered again.
    shutil.copytree(TEMPLATES, project.root / "templates")
    project.write("templates/assets/snippet.html", "<p>Copied as it is.</p>")
    preview = Builder("content", "templates")
    preview.build()
    css = project.root / "templates/assets/style.css"
    css.write_text(css.read_text() + "\nbody { color: red; }\n")  # a rule: published, unlike a comment
    preview.build()
    assert preview.last_rendered == 0


def test_an_editors_lock_file_in_the_theme_does_not_stop_a_build_on_two_cores(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Both sides compile every template before forking; a lock file is not one.
    shutil.copytree(TEMPLATES, project.root / "templates")
    (project.root / "templates/~$base.html").write_text("{% broken")
    (project.root / "templates/#story.html#").write_text("{% broken")
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 1)
    build(content="content", templates="templates", out="site")
    assert (project.root / "site/story-a/index.html").is_file()


def test_the_cycle_collector_is_paused_for_a_fast_build_and_resumed_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real_pages = pages_module.pages

    def pages(site: Site, view: ViewMaker, *, embeds: bool = True, same: Same = anew) -> Iterator[Page]:
        seen.append(gc.isenabled())
        return real_pages(site, view, embeds=embeds, same=same)

    monkeypatch.setattr(renderer_module, "pages", pages)  # where a build's page list is made
    assert gc.isenabled()
    fixture = SITES["fixture"](tmp_path)
    pipeline.build(pipeline.Project(fixture, TEMPLATES), str(tmp_path / "site"), speed.Fast(fixture))
    assert seen == [False] and gc.isenabled()
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "site.yaml").write_text("title: [\n")
    bad = str(tmp_path / "bad")
    with pytest.raises(ContentError):  # resumed after a failed build too
        pipeline.build(pipeline.Project(bad, TEMPLATES), str(tmp_path / "x"), speed.Fast(bad))
    assert gc.isenabled()


def test_the_collector_hold_pauses_only_a_running_collector_and_resumes_only_what_it_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hold = speed.CollectorHold()
    hold.hold()
    hold.hold()  # twice: resumed once all the same
    assert not gc.isenabled()
    hold.release()
    assert gc.isenabled()
    hold.release()  # nothing held: nothing changed
    assert gc.isenabled()
    gc.disable()  # paused by another (a build): left to it
    try:
        hold.hold()
        hold.release()
        assert not gc.isenabled()
    finally:
        gc.enable()
    monkeypatch.setenv(SPEED_SWITCH, "off")  # the speed-ups off: the collector as Python runs it
    hold.hold()
    assert gc.isenabled() and not hold.held


def test_what_a_one_off_build_made_waits_in_the_collectors_oldest_generation(tmp_path: Path) -> None:
    # Made while the collector was paused, it was all in the youngest generation: the
    # first object made after the build had the collector pass over it whole (10-15 ms
    # after a 1,000-event build), and over it again in the middle generation's turn.
    fixture = SITES["synthetic-300"](tmp_path)
    gc.collect()
    one_off = speed.Fast(fixture, one_off=True)
    kept = pipeline.build(pipeline.Project(fixture, TEMPLATES), str(tmp_path / "site"), one_off)
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert young < 2_000 and gc.is_tracked(kept.site.stories[0].events[0])


class _Cycle:
    """Garbage that only the cycle collector frees: it refers to itself."""

    def __init__(self) -> None:
        self.me = self


def test_the_garbage_with_cycles_a_preview_build_leaves_is_collected_as_the_preview_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Moving what a build made to the oldest generation (as a one-off build does) set the
    # collector's counts back to zero after every rebuild: its passes over the older
    # generations never came while an editor kept saving, and each rebuild's garbage with
    # cycles (some 70 objects) piled up for the whole session.
    left: list[weakref.ref[_Cycle]] = []
    real_pages = pages_module.pages

    def pages(site: Site, view: ViewMaker, *, embeds: bool = True, same: Same = anew) -> Iterator[Page]:
        left.append(weakref.ref(_Cycle()))  # unreachable at once, but for its cycle
        return real_pages(site, view, embeds=embeds, same=same)

    monkeypatch.setattr(renderer_module, "pages", pages)  # where a build's page list is made
    fixture = SITES["fixture"](tmp_path)
    preview = speed.Fast(fixture)
    gc.collect()
    for _ in range(12):
        pipeline.render(pipeline.Project(fixture, TEMPLATES, drafts=True), preview)
        _made: list[list[int]] = [[] for _ in range(1_000)]  # the server goes on between saves
    assert left and left[0]() is None, "the first build's garbage is still there"
    assert sum(ref() is not None for ref in left) <= 2


@pytest.mark.parametrize(("switch", "frozen"), [("on", True), ("off", False)])
def test_a_command_ending_leaves_its_objects_out_of_the_collectors_last_passes(
    monkeypatch: pytest.MonkeyPatch, switch: str, frozen: bool
) -> None:
    monkeypatch.setenv(SPEED_SWITCH, switch)
    kept: list[list[int]] = [[] for _ in range(1000)]  # alive as the process would end
    assert gc.get_freeze_count() == 0
    try:
        speed.ending_process()
        assert (gc.get_freeze_count() >= len(kept)) is frozen
    finally:
        gc.unfreeze()


def test_the_command_ends_through_the_speed_boundary(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended: list[str] = []
    monkeypatch.setattr(speed, "ending_process", lambda: ended.append("ended"))
    monkeypatch.setattr("sys.argv", ["explainer", "check", "--content", "content"])
    with pytest.raises(SystemExit) as exited:
        cli.run()
    assert exited.value.code == 0 and ended == ["ended"]


def test_the_theme_is_awaited_from_its_helper_only_when_a_template_is_first_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper compiling the theme works while the content is checked; the Markdown and
    # the page list, which need no template, are made before the renderer waits for it.
    steps: list[str] = []
    real_pages, real_get = pages_module.pages, jinja2.Environment.get_template
    real_compiled = speed.Fast._compiled

    def pages(site: Site, view: ViewMaker, *, embeds: bool = True, same: Same = anew) -> Iterator[Page]:
        steps.append("pages")
        return real_pages(site, view, embeds=embeds, same=same)

    def compiled(self: speed.Fast) -> None:
        steps.append("waited" if self._warming is not None else "nothing to wait for")
        real_compiled(self)

    def get_template(env: jinja2.Environment, name: str, *args: Any, **kwargs: Any) -> jinja2.Template:
        if not steps or steps[-1] != "template":
            steps.append("template")
        return real_get(env, name, *args, **kwargs)

    monkeypatch.setattr(renderer_module, "pages", pages)  # the page list (page_list)
    monkeypatch.setattr(speed.Fast, "_compiled", compiled)
    monkeypatch.setattr(jinja2.Environment, "get_template", get_template)
    fixture = SITES["fixture"](tmp_path)
    fast_speed = speed.Fast(fixture)
    project = pipeline.Project(fixture, TEMPLATES)
    first = pipeline.render(project, fast_speed).files
    assert steps == ["pages", "waited", "template"]
    steps.clear()
    assert pipeline.render(project, fast_speed).files == first  # the next build: nothing to wait for
    assert steps == ["pages"]


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_this_process_compiles_the_theme_from_the_other_end_while_the_helper_is_at_work(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper has stored the first template of the list, and is still at work (it
    # takes no more here): this process, needing the theme, compiles the others from
    # the end, loads that one from Jinja's cache, and builds as ever.
    stored = project.root / "first stored"

    def first_only(
        templates: str, tags: list[str], renderer: fast.FastRenderer | None = None, claims: Any = None
    ) -> None:
        renderer = renderer or fast.FastRenderer(templates)
        assert claims is not None and claims[0].take(front=True, batch=1) == range(1)  # the first, claimed
        renderer.template(*claims[1][0])
        stored.write_text("")

    real_compiled = speed.Fast._compiled

    def once_the_first_is_stored(self: speed.Fast) -> None:
        deadline = time.monotonic() + 30
        while not stored.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        real_compiled(self)

    monkeypatch.setattr(ahead, "compile_theme", first_only)
    monkeypatch.setattr(speed.Fast, "_compiled", once_the_first_is_stored)
    compiled = compiles_counted(monkeypatch)  # (the helper counts into a copy of its own)
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    files = pipeline.render(project_, fast_speed).files
    names = [name for _, name in ahead.to_compile(fast.FastRenderer(TEMPLATES), ahead.languages("content"))]
    assert len(names) > 5 and compiled == names[:0:-1]  # all but the first, from the end
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert files == pipeline.render(project_).files


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_no_template_is_compiled_by_both_processes(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper claims each template before compiling it, and this process takes the
    # rest from the other end: the one the helper is compiling when this process needs
    # the theme is not compiled here as well (both once did), it is loaded from the cache.
    at_work = project.root / "at work"
    go_on = project.root / "go on"
    real_claimed = ahead.compile_claimed

    def slow_second(renderer: Any, todo: list[tuple[str, str]], claims: Any, *, front: bool) -> None:
        if front:  # the helper: the first, then the second claimed and held until told
            renderer.template(*todo[claims.take(front=True, batch=1)[0]])
            second = claims.take(front=True, batch=1)[0]
            at_work.write_text("")
            deadline = time.monotonic() + 30
            while not go_on.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
            renderer.template(*todo[second])
        real_claimed(renderer, todo, claims, front=front)

    real_compiled = speed.Fast._compiled

    def once_the_helper_is_at_work(self: speed.Fast) -> None:
        deadline = time.monotonic() + 30
        while not at_work.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        compiled.clear()  # what this process compiles from here
        real_claimed_here = ahead.compile_claimed

        def then_let_it_go_on(
            renderer: Any, todo: list[tuple[str, str]], claims: Any, *, front: bool
        ) -> None:
            real_claimed_here(renderer, todo, claims, front=front)
            go_on.write_text("")

        monkeypatch.setattr(ahead, "compile_claimed", then_let_it_go_on)
        real_compiled(self)

    monkeypatch.setattr(ahead, "compile_claimed", slow_second)
    monkeypatch.setattr(speed.Fast, "_compiled", once_the_helper_is_at_work)
    compiled = compiles_counted(monkeypatch)  # (the helper counts into a copy of its own)
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    files = pipeline.render(project_, fast_speed).files
    names = [name for _, name in ahead.to_compile(fast.FastRenderer(TEMPLATES), ahead.languages("content"))]
    assert len(names) > 5 and compiled == names[:1:-1]  # all but the helper's two, from the end
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert files == pipeline.render(project_).files


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_a_french_sites_theme_is_compiled_ahead_in_french(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper compiles what the renderer then loads from Jinja's cache, not English.
    project.write("content/site.yaml", "title: Test site\nlanguage: fr\n")
    fast_speed = speed.Fast("content")
    with fast_speed.building(TEMPLATES):
        fast_speed._compiled()  # the helper is done: the theme is in the cache
        compiled = compiles_counted(monkeypatch)
        fast_speed.renderer(TEMPLATES).environment("fr").get_template("event.html")
    assert compiled == []


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_the_helper_compiles_the_list_whose_positions_it_claims(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper listed the theme's templates again once forked: a template removed (or
    # added) between this process's list and its own left the positions claimed
    # pointing at other templates, or past its list's end (an IndexError the build
    # raised). It compiles the list the positions were made for.
    here = os.getpid()
    real = environment.theme_templates
    monkeypatch.setattr(ahead, "theme_templates", lambda env: real(env) if os.getpid() == here else [])
    fast_speed = speed.Fast("content")
    with fast_speed.building(TEMPLATES):
        fast_speed._compiled()  # the helper is done: the theme is in the cache
        compiled = compiles_counted(monkeypatch)
        fast_speed.renderer(TEMPLATES).environment("en").get_template("event.html")
    assert compiled == []


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_the_helper_compiling_the_theme_inherits_the_digest_of_our_code(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It keys the compiled templates: read before forking, the helper does not read the
    # package's files again for it while it compiles.
    diskcache.code_digest.cache_clear()
    read_at_fork: list[int] = []
    real_helper = parallel.Helper

    def helper(work: Any) -> Any:
        read_at_fork.append(diskcache.code_digest.cache_info().currsize)
        return real_helper(work)

    monkeypatch.setattr(parallel, "Helper", helper)
    fast_speed = speed.Fast("content")
    with fast_speed.building(TEMPLATES):
        fast_speed._compiled()
    assert read_at_fork == [1]


@pytest.mark.skipif(not parallel.available(), reason="one core, or no fork: nothing compiled ahead")
def test_the_helper_compiling_the_theme_takes_the_builds_own_renderer(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made before forking (Babel's locale data, the catalog), the renderer the build uses
    # is the one the helper compiles with, not one it makes again.
    given: list[object] = []
    real_compile = ahead.compile_theme

    def compile_theme(
        templates: str, tags: list[str], renderer: fast.FastRenderer | None = None, claims: Any = None
    ) -> None:
        given.append(renderer)
        real_compile(templates, tags, renderer, claims)

    monkeypatch.setattr(ahead, "compile_theme", compile_theme)
    made: list[object] = []
    real_helper = parallel.Helper

    def helper(work: Any) -> Any:
        work()  # here, to see what it was given (the fork would keep it to itself)
        made.append(work)
        return real_helper(lambda: None)

    monkeypatch.setattr(parallel, "Helper", helper)
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    files = pipeline.render(project_, fast_speed).files
    assert len(given) == 1 and given[0] is fast_speed.renderer(TEMPLATES)
    monkeypatch.setenv(SPEED_SWITCH, "off")
    assert files == pipeline.render(project_).files


def test_a_theme_folder_that_is_missing_is_said_as_before_with_the_helper_ahead(
    project: Project, own_cache: Path
) -> None:
    # No renderer can be made ahead of the content's check: the build says the folder is
    # missing, as without the speed-ups.
    missing = str(project.root / "no-theme")
    with pytest.raises(UsageError) as fast_error:
        pipeline.render(pipeline.Project("content", missing), speed.Fast("content"))
    with pytest.raises(UsageError) as plain_error:
        pipeline.render(pipeline.Project("content", missing))
    assert str(fast_error.value) == str(plain_error.value)


def compiles_counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from now on in this process, in turn."""
    compiled: list[str] = []
    real_compile = jinja2.Environment.compile

    def counting(
        env: jinja2.Environment, source: str, name: str | None = None, *args: Any, **kwargs: Any
    ) -> Any:
        compiled.append(str(name))
        return real_compile(env, source, name, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return compiled
