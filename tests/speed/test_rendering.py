"""The renderer's speed-ups: the same bytes as the plain renderer; what is remembered is
used again only for the very same inputs."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import weakref
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
import pytest
from markupsafe import Markup

from benchmarks.synthetic import write_site
from generator import pipeline, speed
from generator.commands.build import build
from generator.content.model import Site
from generator.errors import ContentError
from generator.markdown.markup import MarkdownConverter, Typeset, pages_converter
from generator.pipeline import checked_site
from generator.render import feeds, overview, searchindex
from generator.render import renderer as renderer_module
from generator.render.pages import Export, StoryView
from generator.render.renderer import SiteRenderer
from generator.render.versions import version_of
from generator.speed import parallel
from generator.speed import rendering as fast
from generator.speed.rendering import FastRenderer, RememberingMarkdown, StoryViews
from generator.switch import SPEED_SWITCH
from tests.conftest import NEEDS_PAGEFIND, REPO, TEMPLATES, Project, site_files
from tests.render.test_renderer import write_linked_stories

FIXTURE = str(REPO / "tests" / "fixtures" / "small" / "content")
PLAIN_PROSE = "Plain words, nothing more."
NEEDS_MARKDOWN = "# A heading\n\n- one\n- two\n"


def site_of(content: str, drafts: bool = True) -> Site:
    project = pipeline.Project(content, TEMPLATES, drafts=drafts)
    site = pipeline.publish(pipeline.checked_site(project), project, pages_converter())
    return pipeline.plan_pictures(site, project, speed.Plain(content), pages_converter())[
        0
    ]  # and its social cards


def test_the_same_bytes_as_the_plain_renderer() -> None:
    site = site_of(FIXTURE)
    plain = SiteRenderer(TEMPLATES).render(site)
    quick = FastRenderer(TEMPLATES)
    assert quick.render(site) == plain
    written: dict[str, bytes] = {}
    assert quick.write(site, quick.page_list(site), written.__setitem__) == len(plain)
    assert written == plain


def test_the_plain_renderers_docstring_names_every_method_the_fast_one_overrides() -> None:
    # A reader of renderer.py learns there which of its methods a fast build replaces
    # (the plain ones are what the same bytes are checked against); 'page_list' was left out.
    overridden = {
        name
        for name, value in vars(FastRenderer).items()
        if callable(value) and not name.startswith("_") and name in vars(SiteRenderer)
    }
    assert "page_list" in overridden
    named = set(re.findall(r"``(\w+)``", (renderer_module.__doc__ or "").split("What is here")[0]))
    assert overridden - named == set()


def test_a_fragment_is_made_once_for_the_very_same_inputs() -> None:
    renderer = FastRenderer(TEMPLATES)
    made: list[str] = []

    def make(value: str) -> str:
        made.append(value)
        return value

    a, b = ["x"], ["x"]  # equal, but not the same object
    assert renderer.cached(("k",), (a,), lambda: make("first")) == "first"
    assert renderer.cached(("k",), (a,), lambda: make("again")) == "first"
    assert renderer.cached(("k",), (b,), lambda: make("equal")) == "equal"
    assert renderer.cached(("other",), (a,), lambda: make("kind")) == "kind"
    assert made == ["first", "equal", "kind"]


def test_fragments_live_one_build_longer_and_no_more() -> None:
    # A fragment made in one build is reused by the next; one not used by a build is gone after it.
    site = site_of(FIXTURE)
    renderer = FastRenderer(TEMPLATES)
    kept, dropped = object(), object()
    renderer.cached(("kept",), (kept,), lambda: "one")
    renderer.cached(("dropped",), (dropped,), lambda: "two")
    renderer.render(site)
    assert renderer.cached(("kept",), (kept,), lambda: "made again") == "one"
    renderer.render(site)
    assert renderer.cached(("kept",), (kept,), lambda: "made again") == "one"
    assert renderer.cached(("dropped",), (dropped,), lambda: "made again") == "made again"


def test_pages_whose_inputs_are_unchanged_are_not_rendered_again(project: Project) -> None:
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    first = pipeline.render(project_, fast_speed)
    assert first.rendered == len(first.files) == 12
    again = pipeline.render(project_, fast_speed)
    assert again.rendered == 0 and again.files == first.files
    project.write(
        "content/story-a/events/e1.yaml",
        "title: Renamed event\ndate: 2020-01-01\nsummary: Something happened.\n"
        "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n",
    )
    changed = pipeline.render(project_, fast_speed)
    # The event's page and every page that shows it; the home page and 404 are as they were.
    assert changed.rendered == 9
    assert [p for p in changed.files if changed.files[p] != first.files[p]] == [
        "story-a/index.html",
        "story-a/events/e1/index.html",
        "story-a/figures/fig-a/index.html",
        "story-a/locations/loc-a/index.html",
        "story-a/timeline.json",
        "story-a/story.json",
        "story-a/timeline.csv",
        "story-a/embed/index.html",
        "story-a/embed/light/index.html",
    ]
    assert changed.files == SiteRenderer(TEMPLATES).render(changed.site)


def test_the_overview_is_kept_while_what_it_is_drawn_from_is_unchanged(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The story page's overview strip of 1,000 events took 5 ms of every one-event
    # rebuild: it is drawn again only when an event's date, end, 'circa' or id changes,
    # and its bars then name each event as it is now.
    drawn: list[int] = []
    strip = overview.strip

    def counted(*args: Any) -> Any:
        drawn.append(1)
        return strip(*args)

    monkeypatch.setattr(overview, "strip", counted)
    project.write(
        "content/story-a/events/e2.yaml", "title: Second event\ndate: 2021-06-01\nsummary: Later.\n"
    )
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    pipeline.render(project_, fast_speed)
    for e2, drawn_again in (
        ("title: Renamed second event\ndate: 2021-06-01\nsummary: Later.\n", False),
        ("title: Renamed second event\ndate: 2021-06-01\nsummary: Later, and more.\n", False),
        ("title: Renamed second event\ndate: 2021-06-01\ncirca: true\nsummary: Later.\n", True),
        ("title: Renamed second event\ndate: 2021-06\nsummary: Later.\n", True),
        ("title: Renamed second event\ndate: 2021-06\nend: 2022-01\nsummary: Later.\n", True),
        ("title: Renamed second event\ndate: 2024-02-03\nend: 2024-03\nsummary: Later.\n", True),
    ):
        project.write("content/story-a/events/e2.yaml", e2)
        drawn.clear()
        built = pipeline.render(project_, fast_speed)
        assert bool(drawn) is drawn_again
        page = built.files["story-a/index.html"]
        assert page == SiteRenderer(TEMPLATES).render(built.site)["story-a/index.html"]
        assert b"Renamed second event" in page.split(b'class="overview"')[1].split(b"</figure>")[0]


def test_when_each_event_changed_is_kept_while_what_it_is_found_from_is_unchanged(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Found for every event at every save (2 ms of a one-event rebuild at 1,000 events):
    # found again only when an event's date or 'added', or the story's dates or updates,
    # change; the sitemap and the feeds then date each event's page as a plain build does.
    found: list[int] = []
    events_changed = feeds.events_changed

    def counted(*args: Any) -> Any:
        found.append(1)
        return events_changed(*args)

    monkeypatch.setattr(feeds, "events_changed", counted)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/\n")
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    pipeline.render(project_, fast_speed)
    e1 = "title: {}\ndate: {}\nsummary: Something happened.\n{}"
    story = Path("content/story-a/story.yaml").read_text()
    update = "updates:\n  - date: 2020-05-01\n    text: '[It](events/e1.yaml) was put right.'\n"
    for files, found_again in (
        ({"events/e1.yaml": e1.format("Renamed", "2020-01-01", "")}, False),
        ({"events/e1.yaml": e1.format("Renamed", "2020-03-01", "")}, True),
        ({"events/e1.yaml": e1.format("Renamed", "2020-03-01", "added: 2020-04-01\n")}, True),
        ({"story.yaml": story + update}, True),
        # The same date, the story's last change with it: the update no longer tells of e1.
        ({"story.yaml": story + update.replace("[It](events/e1.yaml)", "It")}, True),
        ({"events/e1.yaml": e1.format("Renamed again", "2020-03-01", "added: 2020-04-01\n")}, False),
    ):
        for rel, text in files.items():
            project.write(f"content/story-a/{rel}", text)
        found.clear()
        built = pipeline.render(project_, fast_speed)
        assert bool(found) is found_again
        assert dict(built.files) == SiteRenderer(TEMPLATES).render(built.site)


RENAMED_E1 = (
    "title: Renamed event\ndate: 2020-01-01\nsummary: Something happened.\n"
    "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n"
)


def test_pages_rendered_when_asked_for_are_the_bytes_of_pages_rendered_at_once(project: Project) -> None:
    # The preview's server tells the open page to reload before it renders the pages a
    # save changed: each is rendered once asked for, or in turn by render_next.
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    first = pipeline.render(project_, fast_speed, when_asked=True)
    assert not isinstance(first.files, fast.PagesOnRequest)  # nothing to reuse: every page at once
    project.write("content/story-a/events/e1.yaml", RENAMED_E1)
    changed = pipeline.render(project_, fast_speed, when_asked=True)
    files = changed.files
    assert isinstance(files, fast.PagesOnRequest)
    assert files.waiting == changed.rendered == 9
    assert list(files) == list(first.files) and len(files) == len(first.files)  # every page is there
    assert files.is_waiting("story-a/events/e1/index.html") and not files.is_waiting("index.html")
    assert b"Renamed event" in files["story-a/events/e1/index.html"]
    assert files.waiting == 8 and not files.is_waiting("story-a/events/e1/index.html")
    while files.render_next():
        pass
    assert files.waiting == 0
    assert dict(files) == SiteRenderer(TEMPLATES).render(changed.site)
    again = pipeline.render(project_, fast_speed, when_asked=True)  # what was rendered is kept
    assert again.rendered == 0 and dict(again.files) == dict(files)


def test_pages_rendered_when_asked_for_reuse_what_the_build_before_remembered(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each event's entry, each map: made once and shown on many pages. Pages rendered once
    # asked for make no more of them again than pages rendered at once: at 1,000 events,
    # the story page of the first save after a full build took 30-90 ms, making all 1,000
    # entries again, where 3-6 ms reusing them.
    made: list[tuple[Any, ...]] = []
    cached = FastRenderer.cached

    def counted(self: FastRenderer, kind: tuple[Any, ...], inputs: tuple[Any, ...], make: Any) -> Any:
        def making() -> Any:
            made.append(kind)
            return make()

        return cached(self, kind, inputs, making)

    monkeypatch.setattr(FastRenderer, "cached", counted)
    original = Path("content/story-a/events/e1.yaml").read_text()
    counts = []
    for when_asked in (False, True):
        project.write("content/story-a/events/e1.yaml", original)
        fast_speed = speed.Fast("content")
        project_ = pipeline.Project("content", TEMPLATES)
        pipeline.render(project_, fast_speed)  # every page, the fragments remembered
        project.write("content/story-a/events/e1.yaml", RENAMED_E1)
        made.clear()
        files = pipeline.render(project_, fast_speed, when_asked=when_asked).files
        assert isinstance(files, fast.PagesOnRequest) is when_asked
        dict(files)  # every page, rendered now if it was left to render
        counts.append(len(made))
    assert counts[1] == counts[0] > 0


def left_after_an_edit(project: Project) -> tuple[speed.Fast, pipeline.Project, fast.PagesOnRequest]:
    """A fast build of the project, then of one event's edit, its pages left to render."""
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES)
    pipeline.render(project_, fast_speed)
    project.write("content/story-a/events/e1.yaml", RENAMED_E1)
    left = pipeline.render(project_, fast_speed, when_asked=True).files
    assert isinstance(left, fast.PagesOnRequest)
    return fast_speed, project_, left


def test_the_next_build_renders_what_the_last_left_unrendered(project: Project) -> None:
    fast_speed, project_, left = left_after_an_edit(project)
    left["story-a/events/e1/index.html"]
    following = pipeline.render(project_, fast_speed)
    assert following.rendered == 8  # the pages never asked for; the event's page is reused
    # The build left behind renders nothing more: the renderer is the next build's now.
    assert left.waiting == 0 and "story-a/index.html" not in left
    assert dict(following.files) == SiteRenderer(TEMPLATES).render(following.site)


def test_the_renderer_keeps_no_build_left_behind(project: Project) -> None:
    # The preview keeps the pages it shows; the renderer, once the next build begins, none
    # of the last one's (their bytes, and the pages left to render with their contexts).
    fast_speed, project_, left = left_after_an_edit(project)
    gone = weakref.ref(left)
    del left
    pipeline.render(project_, fast_speed)
    assert gone() is None


def test_a_template_saved_renders_every_page_at_once_and_says_its_mistake(project: Project) -> None:
    shutil.copytree(TEMPLATES, "templates")
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", "templates")
    pipeline.render(project_, fast_speed)
    event_html = Path("templates/event.html")
    event_html.write_text(
        event_html.read_text().replace("{% block title %}", "{% block title %}{{ 1 // 0 }}")
    )
    with pytest.raises(ContentError, match=r"templates/event\.html"):
        pipeline.render(project_, fast_speed, when_asked=True)
    event_html.write_text((Path(TEMPLATES) / "event.html").read_text() + "\n")
    rebuilt = pipeline.render(project_, fast_speed, when_asked=True)
    assert not isinstance(rebuilt.files, fast.PagesOnRequest) and rebuilt.rendered == len(rebuilt.files)


def test_an_entry_rendered_once_leads_its_links_to_the_story_page_as_the_plain_renderer_does(
    project: Project,
) -> None:
    # The event's entry, with its summary's '#update-1', is made once for the story page
    # (where the link stays in the page) and the figure's and place's (where it leads to
    # the story page): each page's own, the same bytes as the plain renderer's.
    story = Path("content/story-a/story.yaml")
    story.write_text(story.read_text() + "updates:\n  - date: 2020-01-03\n    text: More.\n")
    event = Path("content/story-a/events/e1.yaml")
    event.write_text(
        event.read_text().replace("Something happened.", "See [it](#update-1), [src](#source-src-a).")
    )
    site = site_of("content")
    quick = FastRenderer(TEMPLATES).render(site)
    assert quick == SiteRenderer(TEMPLATES).render(site)
    assert b'<a href="#update-1" rel="noopener noreferrer">it</a>' in quick["story-a/index.html"]
    for path in ("story-a/figures/fig-a/index.html", "story-a/locations/loc-a/index.html"):
        assert (
            b'<a href="../../../story-a/index.html#update-1" rel="noopener noreferrer">it</a>' in quick[path]
        )
        assert (
            b'href="../../../story-a/index.html#source-src-a" rel="noopener noreferrer">src</a>'
            in quick[path]
        )


def test_an_entry_follows_the_sites_address(project: Project) -> None:
    # A theme's entry may link absolutely: made again when base_url changes, even though
    # the event and what it names are the very same objects.
    shutil.copytree(TEMPLATES, "templates")
    event_template = Path("templates/_event.html")
    event_template.write_text(
        event_template.read_text() + '<a class="here" href="{{ links.absolute("x") }}"></a>\n'
    )
    renderer = FastRenderer("templates")
    site = checked_site(pipeline.Project("content", "templates"))
    first = renderer.render(dataclasses.replace(site, base_url="https://one.example/"))
    second = renderer.render(dataclasses.replace(site, base_url="https://two.example/"))
    assert b'href="https://one.example/x"' in first["story-a/index.html"]
    assert b'href="https://two.example/x"' in second["story-a/index.html"]


def test_an_entry_follows_its_storys_title(project: Project) -> None:
    # The entry's view holds the story's title, which a theme's entry may show: made
    # again when the title changes, even though its event is the very same object.
    shutil.copytree(TEMPLATES, "templates")
    event_template = Path("templates/_event.html")
    event_template.write_text(event_template.read_text() + '<p class="of">{{ story.title }}</p>\n')
    renderer = FastRenderer("templates")
    site = checked_site(pipeline.Project("content", "templates"))
    renamed = dataclasses.replace(site.stories[0], title="Renamed")
    first = renderer.render(site)
    second = renderer.render(dataclasses.replace(site, stories=(renamed, *site.stories[1:])))
    assert f'<p class="of">{site.stories[0].title}</p>'.encode() in first["story-a/index.html"]
    assert b'<p class="of">Renamed</p>' in second["story-a/index.html"]


def test_a_slide_follows_its_storys_groups(project: Project) -> None:
    # A slide carries its event's first tag as its TimelineJS group only while the story's
    # tags make few enough groups: a fifth tag elsewhere takes the group off every slide,
    # though their events are the very same objects.
    project.write("content/story-a/events/e1.yaml", "title: One\ndate: 2020-01-01\nsummary: S.\ntags: [a]\n")
    renderer = FastRenderer(TEMPLATES)
    site = checked_site(pipeline.Project("content", TEMPLATES))
    story = site.stories[0]
    more = tuple(dataclasses.replace(story.events[0], id=f"e{n}", tags=(f"t{n}",)) for n in range(2, 6))
    crowded = dataclasses.replace(site, stories=(dataclasses.replace(story, events=(*story.events, *more)),))
    first = renderer.render(site)
    second = renderer.render(crowded)
    assert b'"group":"a"' in first["story-a/timeline.json"]
    assert b'"group"' not in second["story-a/timeline.json"]
    assert second == SiteRenderer(TEMPLATES).render(crowded)


def test_a_saved_stylesheet_keeps_the_renderer_unless_a_template_reads_it(project: Project) -> None:
    # The theme's assets are copied, not rendered: saving one renders no page again,
    # unless a template includes it (then every page may show it).
    shutil.copytree(TEMPLATES, "templates")
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", "templates")
    first = pipeline.render(project_, fast_speed)
    project.write("templates/assets/style.css", "body { color: red; }\n")
    assert pipeline.render(project_, fast_speed).rendered == 0
    project.write("templates/404.html", "{% include 'assets/style.css' %}")
    assert pipeline.render(project_, fast_speed).rendered == len(first.files)  # a template changed
    project.write("templates/assets/style.css", "body { color: blue; }\n")
    again = pipeline.render(project_, fast_speed)
    assert again.rendered == len(first.files) and again.files["404.html"] == b"body { color: blue; }\n"


def test_an_event_entry_kept_from_the_last_build_names_the_assets_new_version(project: Project) -> None:
    # An entry is rendered once and kept for the next build while its event is the same;
    # one whose template links an asset named the version of the build that made it.
    shutil.copytree(TEMPLATES, "templates")
    entry = Path("templates/_event.html")
    entry.write_text("<link href=\"{{ links.asset('style.css') }}\">\n" + entry.read_text())
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", "templates")
    pipeline.build(project_, "site", fast_speed)
    project.write("templates/assets/style.css", "body { color: red; }")
    pipeline.build(project_, "site", fast_speed)
    story = Path("site/story-a/index.html").read_text()
    assert f'<link href="../assets/style.css?v={version_of(b"body { color: red; }")}">' in story


def test_an_asset_renamed_in_the_preview_is_found_missing_as_a_build_finds_it(project: Project) -> None:
    # Its pages unchanged, none was rendered again, so none asked for the asset again:
    # the preview went on showing pages whose stylesheet link led nowhere.
    shutil.copytree(TEMPLATES, "templates")
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", "templates")
    first = pipeline.render(project_, fast_speed)
    project.write("templates/assets/extra.css", "p { margin: 0 }\n")  # one more: every page again
    assert pipeline.render(project_, fast_speed).rendered == len(first.files)
    assert pipeline.render(project_, fast_speed).rendered == 0
    Path("templates/assets/style.css").rename("templates/assets/styles.css")
    with pytest.raises(ContentError) as caught:
        pipeline.render(project_, fast_speed)
    [problem] = [str(p) for p in caught.value.problems]
    assert re.fullmatch(
        r"templates/base\.html:\d+: the theme's assets/ folder has no file 'style\.css' for "
        r"links\.asset\('style\.css'\); did you mean 'styles\.css'\? \(making [\w/.-]+\)",
        problem,
    ), problem


def test_new_templates_mean_a_new_renderer(project: Project) -> None:
    # Nothing rendered with the old templates may be reused.
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", "templates")
    project.write("templates/404.html", "old")
    for name in ("home", "story", "event", "figure", "location", "_event"):
        project.write(f"templates/{name}.html", "{{ page_path }}")
    assert pipeline.render(project_, fast_speed).files["404.html"] == b"old"
    project.write("templates/404.html", "new!")
    rebuilt = pipeline.render(project_, fast_speed)
    assert rebuilt.files["404.html"] == b"new!" and rebuilt.rendered == len(rebuilt.files)


def test_story_views_are_handed_back_while_the_story_keeps_its_objects() -> None:
    site = site_of(FIXTURE)
    story = next(s for s in site.stories if len(s.events) >= 2)
    views = StoryViews()
    events = story.events[:2]
    first = views.of(story, events)
    assert first == StoryView.of(story, events)
    views.finish()
    assert views.of(story, events) is first  # the next build
    assert views.of(story, events[:1]) is not first
    # The same events in a story whose figures are new objects: a new view.
    figures = {k: dataclasses.replace(v) for k, v in story.figures.items()}
    changed = dataclasses.replace(story, figures=figures)
    view = views.of(changed, events)
    assert view is not first and view == first
    views.finish()
    views.finish()  # a build that did not use it: forgotten
    assert views.of(story, events) is not first


def test_story_views_follow_a_figure_changed_between_builds() -> None:
    # Views are handed back at once while all the story's figures, places and sources
    # are the objects of the build before; once one is new, each view is looked at.
    site = site_of(FIXTURE)
    story = next(s for s in site.stories if any(e.figures for e in s.events) and len(s.events) >= 2)
    named = next(e for e in story.events if e.figures)
    other = next(e for e in story.events if not set(e.figures) & set(named.figures))
    views = StoryViews()
    with_figure, without = views.of(story, [named]), views.of(story, [other])
    views.finish()
    assert views.of(story, [named]) is with_figure and views.of(story, [other]) is without
    views.finish()
    figure_id = named.figures[0]
    figures = {**story.figures, figure_id: dataclasses.replace(story.figures[figure_id], name="Renamed")}
    changed = dataclasses.replace(story, figures=figures)
    fresh = views.of(changed, [named])
    assert fresh is not with_figure and fresh.figures[figure_id].name == "Renamed"
    assert views.of(changed, [other]) is without  # shows nothing that changed


def test_story_views_of_a_build_that_failed_are_not_handed_back() -> None:
    # A build that fails never finishes its views; the next build starts without them,
    # so a view made from objects since replaced is not taken as the last build's.
    site = site_of(FIXTURE)
    story = next(s for s in site.stories if any(e.figures for e in s.events))
    named = next(e for e in story.events if e.figures)
    figure_id = named.figures[0]
    views = StoryViews()
    views.start()
    views.of(story, [named])
    views.finish()
    views.start()
    failed = views.of(dataclasses.replace(story, title="Retitled"), [named])  # and then the build failed
    views.start()
    figures = {**story.figures, figure_id: dataclasses.replace(story.figures[figure_id], name="Renamed")}
    edited = dataclasses.replace(story, figures=figures)
    views.of(edited, [named])
    views.finish()
    views.start()
    shown = views.of(dataclasses.replace(edited, title="Retitled"), [named])
    assert shown is not failed and shown.figures[figure_id].name == "Renamed"


def test_remembering_markdown_typesets_each_text_once_per_language_and_level() -> None:
    md = RememberingMarkdown()
    text = 'She said "no" to it.'
    made: list[tuple[str, int]] = []

    def make(language: str, under: int) -> Markup:
        made.append((language, under))
        return Markup(f"<p>{language} {under}</p>")

    for language, under in (("en", 1), ("fr", 1), ("en", 3), ("en", 1), ("fr", 1)):
        html = md.typeset(text, language, under, partial(make, language, under))
        assert html == Markup(f"<p>{language} {under}</p>")
    assert made == [("en", 1), ("fr", 1), ("en", 3)]
    # An empty text is not kept: nothing to spare.
    md.typeset(None, "en", 1, partial(make, "none", 1))
    md.typeset(None, "en", 1, partial(make, "none", 1))
    assert made[3:] == [("none", 1), ("none", 1)]
    # Through ``Typeset``, the same HTML as a converter that remembers nothing makes.
    md, plain = RememberingMarkdown(), MarkdownConverter()
    for language, under in (("en", 1), ("fr", 1), ("en", 3), ("fr", 1)):
        kept = Typeset(md, language)(text, under=under)
        assert kept == Typeset(plain, language)(text, under=under)
        assert Typeset(md, language)(text, under=under) is kept
    assert str(Typeset(md, "fr")(text)) == "<p>She said «\u202fno\u202f» to it.</p>"


def test_remembering_markdown_forgets_what_the_site_no_longer_holds_once_it_keeps_too_much() -> None:
    # The preview's renderer lives through every save: each save of a text left its
    # earlier version converted and typeset, for as long as the server ran.
    md = RememberingMarkdown()
    site = [f"Text {n} in a list:\n\n- one\n- two" for n in range(10)]
    for text in site:
        Typeset(md, "en")(text)
    # As many as it may keep with a site of 11 texts: twice the site's, and FORGET_BEYOND.
    saved = [
        f"Text 0, saved {n} times, in a list:\n\n- one\n- two"
        for n in range(fast.FORGET_BEYOND + 2 * 11 - 10)
    ]
    for text in saved:
        Typeset(md, "en")(text, under=2)
    md.forget_unless_in([*site, saved[-1]])  # nothing forgotten
    assert all(md.has(text) for text in saved)
    extra = "Text 0, saved once more, in a list:\n\n- one\n- two"
    Typeset(md, "en")(extra)
    md.forget_unless_in([*site, extra])
    assert [text for text in [*site, *saved, extra] if md.has(text)] == [*site, extra]
    made: list[str] = []
    for text, under in ((site[0], 1), (extra, 1), (saved[1], 2)):
        md.typeset(text, "en", under, partial(made.append, text))  # type: ignore[arg-type]
    assert made == [saved[1]]  # its typeset HTML forgotten too
    assert md.worth_keeping(extra) and not md.worth_keeping(saved[0])
    # What it forgot is converted again when shown again, the same.
    assert Typeset(md, "en")(saved[0], under=2) == Typeset(MarkdownConverter(), "en")(saved[0], under=2)


def test_remembering_markdown_converts_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    md = RememberingMarkdown()
    converted: list[str] = []
    real = md.convert

    def convert(text: str) -> tuple[str, bool]:
        converted.append(text)
        return real(text)

    monkeypatch.setattr(md, "convert", convert)
    html = md(NEEDS_MARKDOWN)
    assert md(NEEDS_MARKDOWN) is html
    assert str(md(PLAIN_PROSE)) == "<p>Plain words, nothing more.</p>"
    md(PLAIN_PROSE)
    assert md(None) == Markup("") and md("") == Markup("")
    assert converted == [NEEDS_MARKDOWN, PLAIN_PROSE]
    assert md.has(PLAIN_PROSE) and not md.has("other")
    # Only what took Python-Markdown is worth keeping on disk.
    assert md.worth_keeping(NEEDS_MARKDOWN) and not md.worth_keeping(PLAIN_PROSE)


def test_conversions_made_elsewhere_are_adopted_not_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    there = RememberingMarkdown()
    made = there.convert_all([NEEDS_MARKDOWN, PLAIN_PROSE])
    assert made == {
        NEEDS_MARKDOWN: (str(there(NEEDS_MARKDOWN)), True),
        PLAIN_PROSE: ("<p>Plain words, nothing more.</p>", False),
    }
    here = RememberingMarkdown()

    def refuse(text: str) -> tuple[str, bool]:
        raise AssertionError(f"converted again: {text!r}")

    monkeypatch.setattr(here, "convert", refuse)
    here.adopt(made)
    assert here(NEEDS_MARKDOWN) == there(NEEDS_MARKDOWN)
    assert here.worth_keeping(NEEDS_MARKDOWN) and not here.worth_keeping(PLAIN_PROSE)


def test_a_stored_conversion_is_taken_as_it_is() -> None:
    md = RememberingMarkdown()
    md.stored = {NEEDS_MARKDOWN: "<p>kept</p>"}.get
    assert md(NEEDS_MARKDOWN) == Markup("<p>kept</p>")
    assert md.worth_keeping(NEEDS_MARKDOWN)  # only such texts are stored
    assert str(md(PLAIN_PROSE)) == "<p>Plain words, nothing more.</p>"  # not stored: converted


def test_rendering_on_two_cores_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert parallel.available(), "this test needs fork and two cores"
    content = write_site(str(tmp_path), 60)
    project = pipeline.Project(content, TEMPLATES)
    monkeypatch.setattr(fast, "PARALLEL_FROM", 10**9)
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 10**9)
    pipeline.build(project, str(tmp_path / "serial"), speed.Fast(content))
    serial = pipeline.render(project, speed.Fast(content)).files
    monkeypatch.setattr(fast, "PARALLEL_FROM", 1)
    monkeypatch.setattr(fast, "PARALLEL_WRITING_FROM", 1)
    pipeline.build(project, str(tmp_path / "parallel"), speed.Fast(content))  # written by both processes
    assert site_files(tmp_path / "serial") == site_files(tmp_path / "parallel")
    both = FastRenderer(TEMPLATES)
    assert both.render(site_of(content)) == serial  # rendered by both, gathered here
    # The pages the helper rendered are kept for the next build like this process's own.
    assert both.render(site_of(content)) == serial and both.last_count == 0


def test_entries_the_helper_made_are_kept_for_the_next_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The helper takes the pages that show event entries first (the story page first of
    # all), so it makes the entries; the next build must not make them again.
    assert parallel.available(), "this test needs fork and two cores"
    content = write_site(str(tmp_path), 60)
    fast_speed = speed.Fast(content)
    project = pipeline.Project(content, TEMPLATES)
    monkeypatch.setattr(fast, "PARALLEL_FROM", 1)
    pipeline.render(project, fast_speed)
    made: list[str] = []
    real = jinja2.Template.render

    def render(self: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        if self.name == "_event.html":
            made.append(kwargs["event"].id)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", render)
    monkeypatch.setattr(fast, "PARALLEL_FROM", 10**9)
    # Every page shows the site's title, no entry does: the pages are rendered again.
    site_yaml = Path(content) / "site.yaml"
    site_yaml.write_text(site_yaml.read_text().replace("title: ", "title: Renamed "))
    again = pipeline.render(project, fast_speed)
    assert b"Renamed" in again.files["bench/index.html"] and again.rendered > 60
    assert made == []


def test_template_errors_in_the_helper_process_are_reported(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("home", "404", "story", "event", "location", "_event"):
        project.write(f"templates/{name}.html", "{{ page_path }}")
    project.write("templates/figure.html", "\n{{ nope }}")
    monkeypatch.setattr(fast, "PARALLEL_FROM", 1)
    with pytest.raises(ContentError) as caught:
        FastRenderer("templates").render(site_of("content"))
    assert [str(p) for p in caught.value.problems] == [
        "templates/figure.html:2: 'nope' is undefined (making story-a/figures/fig-a/index.html)"
    ]


def test_settled_globals_render_as_jinja_does(tmp_path: Path) -> None:
    """Imports with and without context, ``from`` imports, includes, macros that read a
    global, and a template's own globals over the environment's: the same text."""
    theme = {
        "_macros.html": "{% macro hello(name) %}{{ greeting }}, {{ name }}{{ suffix() }}{% endmacro %}",
        "_part.html": "[{{ greeting }} {{ page }}]",
        "page.html": (
            '{% import "_macros.html" as m %}{% from "_macros.html" import hello %}'
            '{% import "_macros.html" as c with context %}'
            '{{ m.hello("a") }}|{{ hello("b") }}|{{ c.hello(page) }}|{% include "_part.html" %}|{{ own }}'
        ),
    }
    for name, text in theme.items():
        (tmp_path / name).write_text(text)

    def rendered(kind: type[jinja2.Environment]) -> list[str]:
        env = kind(loader=jinja2.FileSystemLoader(str(tmp_path)), autoescape=True)
        env.globals.update(greeting="Hi", suffix=lambda: "!", own="env")
        plain = env.get_template("page.html").render(page="p1")
        overlaid = env.get_template("_part.html", globals={"greeting": "Yo"}).render(page="p2")
        own = env.from_string("{{ own }}", globals={"own": "template"}).render()
        return [plain, overlaid, own]

    expected = rendered(jinja2.Environment)
    assert expected == ["Hi, a!|Hi, b!|Hi, p1!|[Hi p1]|env", "[Yo p2]", "template"]
    assert rendered(fast.SettledGlobals) == expected


def test_the_fast_renderers_templates_have_plain_dict_globals() -> None:
    env = FastRenderer(TEMPLATES).environment("en")
    assert type(env) is fast.SettledGlobals
    template = env.get_template("event.html")
    assert type(template.globals) is dict
    assert template.globals["event_item"] is env.globals["event_item"]
    assert type(SiteRenderer(TEMPLATES).environment("en")) is jinja2.Environment  # the plain one: Jinja's


def test_the_data_files_follow_an_event_made_public_in_the_preview(project: Project) -> None:
    # The preview shows drafts; the data files leave them out, and a summary's link to one
    # loses its link there. An event left as it was must not keep its remembered part
    # once the draft it links to is made public.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [the next](events/e2.yaml).\n"
        "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n",
    )
    draft = "title: Next\ndate: 2020-01-02\nsummary: s\n"
    project.write("content/story-a/events/e2.yaml", draft + "draft: true\n")
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES, drafts=True)  # as the preview builds
    first = pipeline.render(project_, fast_speed)
    linked = b'href=\\"events/e2/index.html\\"'
    assert linked not in first.files["story-a/story.json"]
    project.write("content/story-a/events/e2.yaml", draft)
    public = pipeline.render(project_, fast_speed)
    assert linked in public.files["story-a/story.json"]
    assert b'href=""events/e2/index.html""' in public.files["story-a/timeline.csv"]
    assert public.files == SiteRenderer(TEMPLATES).render(public.site)


def test_the_data_files_follow_the_groups_another_events_tag_takes_away(project: Project) -> None:
    # Slides carry their first tag as a group only while the story's first tags make at
    # most four rows (timelinejs.grouped): a fifth, given to one event in the preview,
    # takes the group from every other event's remembered row and slide as well.
    for n, tag in enumerate(["unrest", "army", "talks", "exile", "unrest"], start=1):
        project.write(
            f"content/story-a/events/e{n}.yaml",
            f"title: Event {n}\ndate: 2020-01-0{n}\nsummary: s\ntags: [{tag}]\n",
        )
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES, drafts=True)  # as the preview builds
    first = pipeline.render(project_, fast_speed)
    assert b'"group":"unrest"' in first.files["story-a/timeline.json"]
    assert b",unrest," in first.files["story-a/timeline.csv"]
    project.write(
        "content/story-a/events/e5.yaml", "title: Event 5\ndate: 2020-01-05\nsummary: s\ntags: [aid]\n"
    )
    fifth = pipeline.render(project_, fast_speed)
    assert b'"group"' not in fifth.files["story-a/timeline.json"]
    assert b",unrest," not in fifth.files["story-a/timeline.csv"]
    assert fifth.files == SiteRenderer(TEMPLATES).render(fifth.site)


def test_a_slide_follows_the_pages_an_event_taken_out_takes_away(project: Project) -> None:
    # An event taken out in the preview takes with it the page of a figure only it named:
    # another event's remembered slide must not keep its link to that page (timeline.json
    # of a full build shows the link's words only), and gets it back when the event does.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [her](figures/fig-b.yaml).\n"
        "figures: [fig-a]\nlocations: [loc-a]\nsources: [src-a]\n",
    )
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B\nrole: Someone else\n")
    shown = "title: Next\ndate: 2020-01-02\nsummary: s\nfigures: [fig-b]\nsources: [src-a]\n"
    project.write("content/story-a/events/e2.yaml", shown)
    fast_speed = speed.Fast("content")
    project_ = pipeline.Project("content", TEMPLATES, drafts=True)  # as the preview builds
    linked = b'href=\\"figures/fig-b/index.html\\"'
    assert linked in pipeline.render(project_, fast_speed).files["story-a/timeline.json"]
    project.write(
        "content/story-a/events/e2.yaml", shown + "removed:\n  date: 2020-02-01\n  reason: Wrong.\n"
    )
    taken_out = pipeline.render(project_, fast_speed)
    assert linked not in taken_out.files["story-a/timeline.json"]
    assert taken_out.files == SiteRenderer(TEMPLATES).render(taken_out.site)
    project.write("content/story-a/events/e2.yaml", shown)
    back = pipeline.render(project_, fast_speed)
    assert linked in back.files["story-a/timeline.json"]
    assert back.files == SiteRenderer(TEMPLATES).render(back.site)


def test_a_site_of_stories_linking_each_other_is_the_plain_renderers_bytes(project: Project) -> None:
    write_linked_stories(project)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    for drafts in (False, True):
        site = site_of("content", drafts=drafts)
        plain = SiteRenderer(TEMPLATES).render(site)
        assert (
            b'href="../../../story-a/figures/fig-a/index.html"' in plain["elections/events/vote/index.html"]
        )
        assert FastRenderer(TEMPLATES).render(site) == plain


def test_a_link_to_another_storys_event_follows_it_in_the_preview(project: Project) -> None:
    # The preview renders again only what changed: a page of one story that links to
    # another's event must lose its link when that event goes, and get it back with it.
    write_linked_stories(project)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    renderer = FastRenderer(TEMPLATES)
    linked = b'href="../story-a/events/e1/index.html"'
    first = renderer.render(site_of("content"))
    assert linked in first["elections/index.html"]
    assert b'story-a/events/e1/"' in first["feed.xml"]
    event = project.root.joinpath("content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e2.yaml", event.replace("First", "Second"))
    project.remove("content/story-a/events/e1.yaml")
    gone = site_of("content")
    without = renderer.render(gone)
    assert linked not in without["elections/index.html"]
    assert b"After the first event." in without["elections/index.html"]
    assert without == SiteRenderer(TEMPLATES).render(gone)
    project.write("content/story-a/events/e1.yaml", event)
    back = site_of("content")
    again = renderer.render(back)
    assert linked in again["elections/index.html"]
    assert again == SiteRenderer(TEMPLATES).render(back)


def test_another_storys_data_files_follow_a_draft_made_public_in_the_preview(project: Project) -> None:
    # The preview shows drafts, so a page of 'elections' links to story-a's draft event e9
    # whether it is a draft or not; its data files, which leave drafts out, link to it only
    # while it is public, and to nothing of story-a while story-a is a draft. Nothing of
    # 'elections' changes: its remembered data files must not be kept all the same.
    write_linked_stories(project)
    renderer = FastRenderer(TEMPLATES)
    secret = b'href=\\"../story-a/events/e9/index.html\\"'
    first = renderer.render(site_of("content"))
    assert secret not in first["elections/story.json"]
    event = project.root.joinpath("content/story-a/events/e9.yaml").read_text()
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    steps = [
        ("content/story-a/events/e9.yaml", event.replace("draft: true\n", ""), True),
        ("content/story-a/story.yaml", story + "draft: true\n", False),
        ("content/story-a/story.yaml", story, True),
        ("content/story-a/events/e9.yaml", event, False),
    ]
    for path, text, linked in steps:
        project.write(path, text)
        site = site_of("content")
        files = renderer.render(site)
        assert (secret in files["elections/story.json"]) is linked, (path, linked)
        assert files == SiteRenderer(TEMPLATES).render(site), (path, linked)


def test_the_sites_feed_follows_a_draft_storys_figure_a_published_story_links_to(project: Project) -> None:
    # The preview's feed leaves out a draft story, so it is made of the same inputs when a
    # figure of that story goes; a published story's entry linking to that figure must
    # still lose its link (as a full build's feed does).
    write_linked_stories(project)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "draft: true\n")
    project.write(
        "content/elections/story.yaml",
        "title: Elections\nsummary: As [she](../story-a/figures/fig-a.yaml) said.\npublished: 2020-02-01\n",
    )
    renderer = FastRenderer(TEMPLATES)
    linked = b"https://example.org/news/story-a/figures/fig-a/"
    assert linked in renderer.render(site_of("content"))["feed.xml"]
    event = project.root.joinpath("content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event.replace("figures: [fig-a]\n", ""))
    project.remove("content/story-a/figures/fig-a.yaml")
    gone = site_of("content")
    without = renderer.render(gone)
    assert linked not in without["feed.xml"]
    assert without == SiteRenderer(TEMPLATES).render(gone)


def test_a_picture_a_text_shows_follows_its_file_in_the_preview(project: Project) -> None:
    # A photo shown in an event's text (``![map](media/map.jpg)``) is written as its
    # renditions, named by their widths. Replaced by a larger photo while the text stays
    # as it was, the event's page was reused as the last build rendered it: it asked for
    # the old photo's renditions, which are no longer published.
    from tests.images import photo

    project.write("content/story-a/media/map.jpg", photo(300, 200))
    event = project.root.joinpath("content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace("summary: Something happened.", "summary: See ![the map](media/map.jpg)."),
    )
    renderer = FastRenderer(TEMPLATES)
    first = renderer.render(site_of("content"))
    assert b'map.jpg.300.jpg 300w" sizes=' in first["story-a/events/e1/index.html"]
    project.write("content/story-a/media/map.jpg", photo(600, 400))
    larger = site_of("content")
    again = renderer.render(larger)
    assert b'map.jpg.600.jpg 600w" sizes=' in again["story-a/events/e1/index.html"]
    assert again == SiteRenderer(TEMPLATES).render(larger)


def test_a_picture_the_summary_shows_follows_its_file_on_the_home_page_in_the_preview(
    project: Project,
) -> None:
    # The home page shows a story's summary, and the picture it shows by its renditions
    # (``links.story_media``): replaced by a larger photo, the text as it was, the home
    # page must ask for the new renditions, as a plain build writes it.
    from tests.images import photo

    project.write("content/story-a/media/map.jpg", photo(300, 200))
    story = project.root.joinpath("content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace("summary: What story A is about.", "summary: See ![the map](media/map.jpg)."),
    )
    renderer = FastRenderer(TEMPLATES)
    first = renderer.render(site_of("content"))
    assert b'map.jpg.300.jpg 300w" sizes=' in first["index.html"]
    project.write("content/story-a/media/map.jpg", photo(600, 400))
    larger = site_of("content")
    again = renderer.render(larger)
    assert b'map.jpg.600.jpg 600w" sizes=' in again["index.html"]
    assert again == SiteRenderer(TEMPLATES).render(larger)


def test_a_data_files_linkable_pages_are_kept_by_the_fast_renderer_only() -> None:
    # The set a data file's links may lead to is the last build's very set while it is the
    # same (the remembered entries are kept under it); the plain renderer keeps nothing.
    story = site_of(FIXTURE).stories[0]
    first, again = frozenset({"a/", "b/"}), frozenset({"a/", "b/"})
    quick, plain = FastRenderer(TEMPLATES), SiteRenderer(TEMPLATES)
    assert quick.pages_of_data(story, Export.STORY_JSON, first) is first
    assert quick.pages_of_data(story, Export.STORY_JSON, again) is first
    assert quick.pages_of_data(story, Export.TIMELINEJS, again) is again  # each file its own
    changed = frozenset({"a/"})
    assert quick.pages_of_data(story, Export.STORY_JSON, changed) is changed
    assert plain.pages_of_data(story, Export.STORY_JSON, first) is first
    assert plain.pages_of_data(story, Export.STORY_JSON, again) is again
    assert not hasattr(plain, "data_pages")


@NEEDS_PAGEFIND
def test_a_fast_build_makes_the_searched_pages_folders_in_the_plain_builds_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pagefind numbers the pages in the order it finds them, which on tmpfs is the order
    # their folders were made in: made by two processes taking turns, the index of two
    # builds of the same site differed. The build's process makes them all, before the
    # helper is forked, in the order the plain build writes the pages in.
    content = write_site(str(tmp_path), 120)
    made: list[str] = []
    real_mkdir = os.mkdir

    def mkdir(path: str, *args: Any, **kwargs: Any) -> None:
        story_kind_page = "/".join(Path(path).parts[-3:])  # in the staging folder, wherever it is
        if str(path).startswith(str(tmp_path)) and searchindex.is_indexed(f"{story_kind_page}/index.html"):
            made.append(story_kind_page)
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", mkdir)
    monkeypatch.setenv(SPEED_SWITCH, "off")
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "out"))
    plain, made[:] = list(made), []
    shutil.rmtree(tmp_path / "out")
    monkeypatch.setenv(SPEED_SWITCH, "on")
    monkeypatch.setattr(parallel, "available", lambda: True)
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "out"))
    assert len(plain) == 120 + 6 + 4  # its events, figures and places (synthetic.py)
    assert made == plain
