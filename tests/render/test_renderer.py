"""The plain renderer: pages made from their contexts with the theme, template mistakes
reported at their file and line, Markdown's media links right on every page."""

from __future__ import annotations

import itertools
import re
import shutil
from html import unescape
from pathlib import Path

import pytest

from benchmarks.synthetic import write_site
from generator import pipeline, site_paths, speed
from generator.commands.build import build
from generator.content.model import Site
from generator.errors import ContentError
from generator.i18n import catalogs, languages
from generator.markdown.markup import pages_converter
from generator.output import copying
from generator.render import renderer as renderer_module
from generator.render.links import THEME_MEDIA_OF_SRC
from generator.render.pages import Page, pages
from generator.render.renderer import SiteRenderer
from generator.render.timegaps import Gap, Unit
from generator.render.versions import versions_of
from generator.speed.rendering import FastRenderer
from tests import long_story
from tests.conftest import REPO, TEMPLATES, Project, site_files, write_breaking, write_updates
from tests.images import animated, photo, tiny_png

TINY_THEME = {
    "home.html": "{% for s in stories %}{{ s.title }} ({{ s.event_count }});{% endfor %}\n",
    "404.html": "not found: {{ site.title }}\n",
    "story.html": (
        "{{ story.title }}|{{ links.home() }}\n"
        "{% for e in story.events %}{{ event_item(e, story, links) }}{% endfor %}\n"
        "{{ locator_map(story.locations.values(), links, 'map') }}\n"
    ),
    "_event.html": '<a href="{{ links.event(event.id) }}">{{ event.title }}</a>',
    "event.html": "{{ event.when }}: {{ event.title }}|{{ event.summary | markdown }}|{{ links.story() }}\n",
    "figure.html": "{{ figure.name }}|{% for e in events %}{{ event_item(e, story, links) }}{% endfor %}\n",
    "location.html": "{{ location.name }}|{{ page_path }}\n",
    "year.html": "{{ year }}\n",
    "base.html": "<main>{% block main %}{% endblock %}</main>\n",
}


def tiny_theme(project: Project, **changes: str) -> str:
    for name, source in {**TINY_THEME, **changes}.items():
        project.write(f"templates/{name}", source)
    return "templates"


def site_of(content: str, templates: str, **options: object) -> Site:
    project = pipeline.Project(content, templates, **options)  # type: ignore[arg-type]
    site = pipeline.publish(pipeline.checked_site(project), project, pages_converter())
    return pipeline.plan_pictures(site, project, speed.Plain(content), pages_converter())[
        0
    ]  # pictures and cards planned


def test_every_page_of_a_tiny_site_exactly(project: Project) -> None:
    project.write(
        "content/story-a/events/e2.yaml", "title: Second <event>\ndate: 2020-02-03\nsummary: It *went* on.\n"
    )
    templates = tiny_theme(project)
    site = site_of("content", templates)
    out = SiteRenderer(templates).render(site)
    assert list(out) == [page.path for page in pages(site, embeds=False)]  # the tiny theme has no embed.html
    entries = (
        '<a href="{up}story-a/events/e1/index.html">First event</a>'
        '<a href="{up}story-a/events/e2/index.html">Second &lt;event&gt;</a>'
    )
    assert out["index.html"] == b"Story A (2);"  # trim_blocks: no line break after a block tag
    assert out["404.html"] == b"not found: Test site\n"
    story = out["story-a/index.html"].decode()
    assert story.startswith("Story A|../index.html\n" + entries.format(up="../") + '<svg class="map"')
    assert '<a href="../story-a/locations/loc-a/index.html" class="pin" aria-label="Place A">' in story
    assert out["story-a/events/e2/index.html"] == (
        b"3 February 2020: Second &lt;event&gt;|<p>It <em>went</em> on.</p>|../../../story-a/index.html\n"
    )
    # The entry is the same on a page of another depth, but for the way up.
    assert out["story-a/figures/fig-a/index.html"] == (
        b'Figure A|<a href="../../../story-a/events/e1/index.html">First event</a>'
    )
    assert out["story-a/locations/loc-a/index.html"] == b"Place A|story-a/locations/loc-a/index.html\n"
    assert out["robots.txt"] == b"User-agent: *\nAllow: /\n"
    assert out["story-a/timeline.json"].startswith(b"{")


def test_render_and_write_make_the_same_files(project: Project) -> None:
    templates = tiny_theme(project)
    site = site_of("content", templates)
    renderer = SiteRenderer(templates)
    written: dict[str, bytes] = {}
    assert (
        renderer.write(site, renderer.page_list(site), written.__setitem__)
        == len(written)
        == renderer.last_count
    )
    assert renderer.render(site) == written
    assert renderer.last_count == len(written)


def test_the_fixture_site_renders_as_the_golden_site() -> None:
    site = site_of(str(REPO / "tests/fixtures/small/content"), TEMPLATES, search=True)
    renderer, out = SiteRenderer(TEMPLATES), dict[str, bytes]()
    renderer.write(
        site, renderer.page_list(site), out.__setitem__, versions_of(copying.read_assets(TEMPLATES))
    )
    golden = site_files(REPO / "tests/golden/small")
    assert {path for path in golden if path.endswith(".html")} <= out.keys()  # every page, not none
    assert {path: golden[path] for path in out} == out


FIGURE_PAGE = " (making story-a/figures/fig-a/index.html)"


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        (
            "one\n{{ nope }}\n",
            "templates/figure.html:2: 'nope' is undefined (making story-a/figures/fig-a/index.html)",
        ),
        ("\n\n{% if %}\n", "templates/figure.html:3: Expected an expression, got 'end of statement block'"),
        (
            "\n\n{{ figure.name | sum }}\n",
            "templates/figure.html:3: TypeError: unsupported operand type(s) for +: 'int' and 'str' (making story-a/figures/fig-a/index.html)",
        ),
        ("\n{% include 'missing.html' %}", "templates/figure.html:2: template 'missing.html' not found"),
        (
            "{% extends 'base.html' %}\n\n{% block main %}{% if %}\n",
            "templates/figure.html:3: Expected an expression, got 'end of statement block'",
        ),
        (
            "{% extends 'base.html' %}\n{% block main %}\n{{ figure.name | sum }}\n{% endblock %}\n",
            "templates/figure.html:3: TypeError: unsupported operand type(s) for +: 'int' and 'str' (making story-a/figures/fig-a/index.html)",
        ),
        (  # a misspelt field of one of our objects: named as a theme author knows it
            "\n{{ figure.nmae.upper() }}\n",
            "templates/figure.html:2: Figure has no field 'nmae'; did you mean 'name'? (making story-a/figures/fig-a/index.html)",
        ),
        (
            "{{ {}.nope.upper() }}",
            "templates/figure.html:1: 'dict object' has no attribute 'nope' (making story-a/figures/fig-a/index.html)",
        ),
        (  # a misspelt macro of an imported template: the nearest the theme defines
            "{% import '_parts.html' as m %}{{ m.draft_bagde() }}",
            "templates/figure.html:1: no macro 'draft_bagde' in the templates imported; did you mean "
            "'draft_badge'?" + FIGURE_PAGE,
        ),
        (  # nothing near it: more likely asked for by an older copied theme (d39bfa8's home page)
            "{{ figure.stories.upper() }}",
            "templates/figure.html:1: Figure has no field 'stories'; a theme copied from an older "
            "explainer may ask for what was renamed since (README, 'Upgrading') (making story-a/figures/fig-a/index.html)",
        ),
        (  # one of our functions called as an older version took it (6a8588a's timeline macro)
            "\n{% for e in events %}{{ event_item(e) }}{% endfor %}\n",
            "templates/figure.html:2: event_item() missing 2 required positional arguments: 'story' and "
            "'link'; a theme copied from an older explainer may ask for what was renamed since (README, "
            "'Upgrading')" + FIGURE_PAGE,
        ),
        (  # a Python type's method given wrong arguments is a mistake of the template's own
            "{{ figure.name.upper(1) }}",
            "templates/figure.html:1: TypeError: str.upper() takes no arguments (1 given)" + FIGURE_PAGE,
        ),
        (  # so is a filter of Jinja's given wrong arguments: no older theme to blame
            "{{ figure.name | upper(1) }}",
            "templates/figure.html:1: TypeError: do_upper() takes 1 positional argument but 2 were given"
            + FIGURE_PAGE,
        ),
    ],
    ids=[
        "undefined",
        "syntax",
        "python-error",
        "not-found",
        "syntax-in-a-block",
        "python-error-in-a-block",
        "misspelt-field",
        "missing-key",
        "misspelt-macro",
        "field-of-an-older-version",
        "call-of-an-older-version",
        "call-of-a-python-method",
        "call-of-a-jinja-filter",
    ],
)
def test_a_template_mistake_is_reported_at_its_file_and_line(
    project: Project, source: str, problem: str
) -> None:
    parts = "{% macro draft_badge() %}DRAFT{% endmacro %}{% macro when(e) %}{% endmacro %}"
    templates = tiny_theme(project, **{"figure.html": source, "_parts.html": parts})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    assert [str(p) for p in caught.value.problems] == [problem]


def test_a_mistake_inside_our_function_is_not_blamed_on_an_older_theme(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The template calls event_item as it should; within it, one of our functions is
    # called with arguments it does not take (a bug of ours, made here): Python's words
    # are those of an older call, but the call that failed is not the template's.
    source = "{% for e in events %}{{ event_item(e, story, links) }}{% endfor %}"
    templates = tiny_theme(project, **{"figure.html": source})
    monkeypatch.setattr(renderer_module, "entry_view", site_paths.story_page)
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    # Met first where the story page's timeline calls it: Python's words, as they are.
    assert [str(p) for p in caught.value.problems] == [
        "templates/story.html:2: TypeError: story_page() takes 1 positional argument but 2 were given "
        "(making story-a/index.html)"
    ]


def test_a_theme_holding_a_merge_conflict_is_refused_before_any_page_is_made(project: Project) -> None:
    base = "<main>\n<<<<<<< HEAD\n{% block main %}{% endblock %}\n=======\n<p>x</p>\n>>>>>>> b\n</main>\n"
    templates = tiny_theme(project, **{"base.html": base, "home.html": "{% extends 'base.html' %}"})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    # At the template's lines, as for every page alike: no page named.
    assert [str(p) for p in caught.value.problems] == [
        "templates/base.html:2:1: this file still has a merge conflict from git: lines 2-6; keep the "
        "version you want (between '<<<<<<<' and '=======', or between '=======' and '>>>>>>>'), and "
        "delete the other and the three marker lines"
    ]


@pytest.mark.parametrize(
    ("source", "said"),
    [
        # Python's compiler takes 20 blocks one inside another; Jinja writes a loop as one.
        (
            "".join(f"{{% for a{i} in [1] %}}" for i in range(25)) + "x" + "{% endfor %}" * 25,
            "cannot compile: SyntaxError: too many statically nested blocks",
        ),
        # Jinja's parser goes some 80 brackets deep before Python's recursion limit.
        ("{{ " + "(" * 300 + "1" + ")" * 300 + " }}", "cannot compile: it nests too deeply"),
    ],
    ids=["blocks", "brackets"],
)
def test_a_template_python_cannot_compile_is_reported_at_its_file(
    project: Project, source: str, said: str
) -> None:
    # Both were tracebacks (a theme may come in a pull request, as content does).
    templates = tiny_theme(project, **{"figure.html": source})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(f"templates/figure.html:1:1: {said}")


def test_a_constant_python_refuses_is_reported_at_its_line_as_the_page_renders(project: Project) -> None:
    # Jinja works such a constant out when the page renders (its optimizer, which did it
    # while compiling, is off: render/environment.py).
    templates = tiny_theme(project, **{"figure.html": "\n{{ '%s' % (10 ** 10000) }}"})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith("templates/figure.html:2: ValueError: Exceeds the limit")
    assert problem.endswith("(making story-a/figures/fig-a/index.html)")


def test_a_macro_that_calls_itself_without_end_is_reported_at_its_line(project: Project) -> None:
    # Was Python's RecursionError, a traceback a thousand frames long.
    macro = "{% macro echo(n) %}{{ echo(n + 1) }}{% endmacro %}\n{{ echo(1) }}"
    templates = tiny_theme(project, **{"figure.html": macro})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(
        "templates/figure.html:1: it nests too deeply, or a macro or an include calls itself without end "
        "(RecursionError: maximum recursion depth exceeded"
    )


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("{{ lipsum.__globals__['os'].stat('/no/such/file') }}", "FileNotFoundError: [Errno 2] No such file"),
        ("{{ lipsum.__globals__['__builtins__']['__import__']('no_such_module') }}", "ModuleNotFoundError: "),
    ],
    ids=["os", "import"],
)
def test_a_theme_reaching_into_python_gets_an_error_at_its_line(
    project: Project, source: str, said: str
) -> None:
    # Both were tracebacks: a theme is code (Jinja's environment is no sandbox), but one
    # that comes in a pull request is told its mistake at the line, as any other.
    templates = tiny_theme(project, **{"figure.html": "\n" + source})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(f"templates/figure.html:2: {said}"), problem
    assert problem.endswith("(making story-a/figures/fig-a/index.html)")


NESTED_LOOPS = "".join(f"{{% for a{i} in [1] %}}" for i in range(25)) + "x" + "{% endfor %}" * 25
"""More loops one inside another than Python compiles (20)."""


def test_a_template_too_deep_to_compile_is_not_said_to_call_itself(project: Project) -> None:
    # Compiling, nothing has been called yet: the nesting alone is the mistake. And the line
    # Python's SyntaxError names is one of the code Jinja made, not of the template.
    deep = "{{ 1" + " | string" * 3000 + " }}"
    for source, said in ((deep, "it nests too deeply (RecursionError: "), (NESTED_LOOPS, "SyntaxError: ")):
        templates = tiny_theme(project, **{"figure.html": source})
        with pytest.raises(ContentError) as caught:
            SiteRenderer(templates).render(site_of("content", templates))
        [problem] = [str(p) for p in caught.value.problems]
        assert problem.startswith(f"templates/figure.html:1:1: cannot compile: {said}"), problem
        assert "macro" not in problem and "line" not in problem, problem
    assert (
        problem == "templates/figure.html:1:1: cannot compile: SyntaxError: too many statically nested blocks"
    )


def test_an_included_template_python_cannot_compile_is_named_where_it_is_included(project: Project) -> None:
    # Jinja compiles an included template as the page renders, so the line is the include's.
    templates = tiny_theme(
        project, **{"figure.html": "a\n{% include 'deep.html' %}", "deep.html": NESTED_LOOPS}
    )
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem == (
        "templates/figure.html:2: cannot compile templates/deep.html: SyntaxError: too many statically nested blocks "
        "(making story-a/figures/fig-a/index.html)"
    )


def test_a_lone_surrogate_a_template_writes_is_reported_at_the_template(project: Project) -> None:
    # '\\udc80' in a template's string is half of a character, which UTF-8 cannot write:
    # it was a traceback from encoding the page, where no template is on the stack.
    templates = tiny_theme(project, **{"figure.html": "{{ figure.name }} {{ '\\udc80' }}\n"})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem.startswith(
        "templates/figure.html:1:1: this template (or one it extends or includes) writes U+DC80,"
    )
    assert problem.endswith("(making story-a/figures/fig-a/index.html)")


def test_a_link_to_an_asset_the_theme_lacks_is_reported_where_the_template_asks(project: Project) -> None:
    # Else every page would link a stylesheet that is not there, without a word.
    base = "<link href='{{ links.asset(\"print.css\") }}'>\n<a href='{{ links.asset(\"style.css\") }}'>\n"
    templates = tiny_theme(project, **{"base.html": base, "home.html": "{% extends 'base.html' %}"})
    project.write("templates/assets/print.css", "main { color: black }")
    project.write("templates/assets/.style.css", "hidden files are not copied, so not linked")
    project.write("templates/assets/styles.css", "body { margin: 0 }")
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    assert [str(p) for p in caught.value.problems] == [
        "templates/base.html:2: the theme's assets/ folder has no file 'style.css' for"
        " links.asset('style.css'); did you mean 'styles.css'? (making index.html)"
    ]
    project.write("templates/assets/style.css", "body { margin: 1em }")
    home = SiteRenderer(templates).render(site_of("content", templates))["index.html"]
    assert home == b"<link href='assets/print.css'>\n<a href='assets/style.css'>\n"


def test_a_theme_made_before_renditions_links_a_picture_that_is_published(
    project: Project, tmp_path: Path
) -> None:
    # Such a theme shows an image with links.media(img): that linked the photo's own
    # file, which the build does not publish (only its renditions), so every picture
    # was broken, without a word.
    project.write("content/story-a/media/e1.jpg", photo(1200, 800))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image: {src: media/e1.jpg, alt: E, credit: C}\n")
    old_event = '{% if event.image %}<img src="{{ links.media(event.image) }}">{% endif %}'
    templates = tiny_theme(project, **{"event.html": old_event})
    build(content="content", templates=templates, out=str(tmp_path / "site"))
    page = tmp_path / "site/story-a/events/e1/index.html"
    [src] = re.findall(r'<img src="([^"]+)">', page.read_text())
    assert src == "../../../story-a/pictures/e1.jpg.960.jpg" and (page.parent / src).is_file()
    # Older still: links.media(img.src), an address. Said where, and what to do.
    project.write("templates/event.html", old_event.replace("event.image)", "event.image.src)"))
    with pytest.raises(ContentError) as caught:
        build(content="content", templates=templates, out=str(tmp_path / "site"))
    [problem] = [str(p) for p in caught.value.problems]
    assert problem == f"templates/event.html:1: {THEME_MEDIA_OF_SRC} (making story-a/events/e1/index.html)"


def test_a_places_timeline_leaves_out_the_pictures_its_gallery_shows(
    project: Project, tmp_path: Path
) -> None:
    # The place's page showed each of its events' pictures twice, the timeline's copies
    # hidden by the stylesheet but still written, and fetched by a browser that did not
    # apply it. The entry is rendered once for every page: the other pages keep theirs.
    project.write("content/story-a/media/e1.jpg", photo(1200, 800))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image: {src: media/e1.jpg, alt: Rubble, credit: C}\n"
    )
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "site"))
    site = tmp_path / "site/story-a"

    def pictures(page: str) -> list[str]:
        html = (site / page).read_text()
        assert "\x1c" not in html
        return re.findall(r'<img(?: class="([^"]*)")?[^>]* alt="Rubble"', html)

    assert pictures("locations/loc-a/index.html") == [""]  # the gallery's alone
    assert pictures("index.html") == pictures("figures/fig-a/index.html") == ["thumb"]
    # A theme whose entry does not mark its picture keeps it on every page.
    old = (REPO / "templates/_event.html").read_text().replace("{{ thumb }}", "")
    templates = tmp_path / "theme"
    shutil.copytree(REPO / "templates", templates)
    (templates / "_event.html").write_text(old)
    build(content="content", templates=str(templates), out=str(tmp_path / "site"))
    assert pictures("locations/loc-a/index.html") == ["", "thumb"]
    # One that marks it once (or three times) has its entries whole, the picture in them:
    # from a lone mark on, the rest of the entry (its summary, its end) was cut out.
    (templates / "_event.html").write_text(
        old.replace("{% if event.image %}", "{% if event.image %}{{ thumb }}")
    )
    build(content="content", templates=str(templates), out=str(tmp_path / "site"))
    assert pictures("locations/loc-a/index.html") == ["", "thumb"]
    assert "Something happened." in (site / "locations/loc-a/index.html").read_text()


def test_a_mistake_in_an_included_template_is_reported_there(project: Project) -> None:
    templates = tiny_theme(
        project, **{"figure.html": "{% include '_part.html' %}", "_part.html": "\n{{ 1 / 0 }}"}
    )
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    assert [str(p) for p in caught.value.problems] == [
        "templates/_part.html:2: ZeroDivisionError: division by zero (making story-a/figures/fig-a/index.html)"
    ]


def test_a_template_failing_on_one_page_names_that_page(project: Project) -> None:
    # A theme that fails for one event only: the file and line alone did not tell the
    # author which content to look at.
    project.write(
        "content/story-a/events/e2.yaml", "title: Second\ndate: 2020-01-05\nsummary: S\nsources: [src-a]\n"
    )
    templates = tiny_theme(project, **{"event.html": "{% if event.id == 'e2' %}\n{{ 1 // 0 }}{% endif %}"})
    with pytest.raises(ContentError) as caught:
        SiteRenderer(templates).render(site_of("content", templates))
    assert [str(p) for p in caught.value.problems] == [
        "templates/event.html:2: ZeroDivisionError: integer division or modulo by zero (making story-a/events/e2/index.html)"
    ]


def test_a_python_error_of_ours_is_not_passed_off_as_a_template_error(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tiny_theme(project)

    def broken(self: SiteRenderer, page: Page) -> bytes:
        raise KeyError("ours")

    monkeypatch.setattr(renderer_module.SiteRenderer, "render_page", broken)
    with pytest.raises(KeyError, match="ours"):
        SiteRenderer(templates).render(site_of("content", templates))


def test_markdown_links_to_media_work_on_every_page(project: Project) -> None:
    # Markdown is converted once per text, as from the story page; each page gets links
    # that work from where it is. Links into the story's media only: others stay as written.
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Read [the report](media/report.pdf) "
        "and [that](../other/media/x.pdf).\nfigures: [fig-a]\n",
    )
    out = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    for path, up in [
        ("story-a/index.html", "../"),
        ("story-a/events/e1/index.html", "../../../"),
        ("story-a/figures/fig-a/index.html", "../../../"),
    ]:
        html = out[path].decode()
        assert f'<a href="{up}story-a/media/report.pdf" rel="noopener noreferrer">the report</a>' in html, (
            path
        )
        assert '<a href="../other/media/x.pdf" rel="noopener noreferrer">that</a>' in html, path
        assert 'href="media/report.pdf"' not in html, path


def test_a_story_summarys_links_to_its_media_work_on_the_home_page(project: Project) -> None:
    # The home page is no story's page: each card's summary gets its own story's media.
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        "\n".join(
            "summary: See [the report](media/report.pdf)." if line.startswith("summary:") else line
            for line in story.splitlines()
        )
        + "\n",
    )
    out = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    for path, up in [("index.html", ""), ("story-a/index.html", "../")]:
        html = out[path].decode()
        assert f'<a href="{up}story-a/media/report.pdf" rel="noopener noreferrer">the report</a>' in html, (
            path
        )
        assert 'href="media/report.pdf"' not in html, path


def test_the_seed_theme_copied_elsewhere_renders_the_same(project: Project) -> None:
    # Nothing depends on where the theme is: the same bytes from a copy.
    shutil.copytree(TEMPLATES, project.root / "theme")
    here = SiteRenderer("theme").render(site_of("content", "theme"))
    there = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    assert here == there


def test_the_renderers_markdown_is_the_templates_filter() -> None:
    renderer = SiteRenderer(TEMPLATES)
    # The filter sets the quotation marks of the page's language on the shared converter's HTML.
    assert renderer.markdown is renderer.env.filters["markdown"].markdown
    assert str(renderer.markdown("*x*")) == "<p><em>x</em></p>"
    assert str(renderer.env.filters["markdown"]('"x"')) == "<p>“x”</p>"


@pytest.mark.parametrize(
    ("unit", "count", "about", "words"),
    [
        ("hours", 1, False, "1 hour later"),
        ("hours", 6, False, "6 hours later"),
        ("days", 1, False, "1 day later"),
        ("days", 3, False, "3 days later"),
        ("weeks", 1, False, "1 week later"),
        ("weeks", 3, False, "3 weeks later"),
        ("months", 1, False, "1 month later"),
        ("months", 11, True, "About 11 months later"),
        ("years", 1, True, "About 1 year later"),
        ("years", 121, False, "121 years later"),
    ],
)
def test_the_theme_says_gaps_in_the_singular_and_the_plural(
    unit: str, count: int, about: bool, words: str
) -> None:
    env = SiteRenderer(TEMPLATES).env
    macro = env.get_template("_macros.html").module.gap_words  # type: ignore[attr-defined]
    assert str(macro(Gap(Unit(unit), count, about))).strip() == words


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("ru", ["1 час спустя", "2 часа спустя", "6 часов спустя", "21 час спустя", "22 часа спустя"]),
        ("ar", ["بعد ساعة واحدة", "بعد ساعتين", "بعد 6 ساعات", "بعد 21 ساعة", "بعد 22 ساعة"]),
        ("ja", ["1時間後", "2時間後", "6時間後", "21時間後", "22時間後"]),
        ("fa", ["۱ ساعت بعد", "۲ ساعت بعد", "۶ ساعت بعد", "۲۱ ساعت بعد", "۲۲ ساعت بعد"]),
    ],
)
def test_a_gap_in_hours_takes_the_plural_form_of_its_number_in_each_language(
    tag: str, words: list[str]
) -> None:
    macro = SiteRenderer(TEMPLATES).environment(tag).get_template("_macros.html").module.gap_words  # type: ignore[attr-defined]
    assert [str(macro(Gap(Unit.HOURS, n))).strip() for n in (1, 2, 6, 21, 22)] == words


def test_a_story_told_hour_by_hour_says_its_night_in_hours_on_the_sites_clock(project: Project) -> None:
    # The night the clocks went forward in London: 00:50 to 06:50 on them is five hours.
    project.write("content/site.yaml", "title: Test site\ntime_zone: Europe/London\n")
    project.write("content/live/story.yaml", "title: The bridge\nsummary: Live.\npublished: 2024-03-31\n")
    for time in ("00:20", "00:30", "00:35", "00:50", "06:50", "07:05", "07:20"):
        project.write(
            f"content/live/events/at-{time.replace(':', '')}.yaml",
            f"title: At {time}\ndate: 2024-03-31T{time}\nsummary: It happened.\n",
        )
    out = project.root / "site"
    build(content=str(project.root / "content"), templates=TEMPLATES, out=str(out))
    story = (out / "live/index.html").read_text()
    assert re.findall(r'<p class="gap">(.*?)</p>', story) == ["5 hours later"]
    assert re.search(r'<p class="gap">5 hours later</p>\s*<time datetime="2024-03-31T06:50"', story)


def test_a_year_pages_headings_go_down_one_level_at_a_time(tmp_path: Path) -> None:
    # A story of more than 200 events has a page per year; its entries are h3, as on the
    # story page, under an h2 (the W3C checker and axe report a skipped level).
    content = write_site(str(tmp_path), 210)
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "site"))
    years = sorted((tmp_path / "site/bench/years").glob("*/index.html"))
    assert years
    levels = [int(n) for n in re.findall(r"<h([1-6])\b", years[0].read_text())]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels


def test_a_year_is_told_apart_from_its_count_of_events(tmp_path: Path) -> None:
    # Read as text (a screen reader's), "2001 50 events" ran the year into the count:
    # an unseen separator stands between them, in the heading and in the list of years.
    content = write_site(str(tmp_path), 210)
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "site"))
    year_page = next((tmp_path / "site/bench/years").glob("*/index.html"))
    heading = re.search(r"<h1>(.*?)</h1>", year_page.read_text(), re.DOTALL)
    assert heading is not None
    assert re.fullmatch(r"\d{4}, \d+ events?", re.sub(r"<[^>]+>", "", heading[1])), heading[1]
    story = (tmp_path / "site/bench/index.html").read_text()
    listed = re.search(r'<ol class="years">\s*<li>(.*?)</li>', story, re.DOTALL)
    assert listed is not None
    assert re.fullmatch(r"\d{4}, \d+ events?", re.sub(r"<[^>]+>", "", listed[1])), listed[1]


def test_a_persian_storys_years_are_in_the_digits_of_its_dates(tmp_path: Path) -> None:
    # Past 200 events a story has a page a year: a Persian one listed its years, headed
    # its year pages and named the years before and after in 0-9 ("2001"), beside
    # "۲۰۰۱" in its dates and "۵۰ رویداد" in its counts.
    content = write_site(str(tmp_path), 210, language="fa")
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "site"))
    pages = sorted((tmp_path / "site/bench/years").glob("*/index.html"))
    middle = pages[len(pages) // 2].read_text()
    heading = re.search(r"<h1>(.*?)</h1>", middle, re.DOTALL)
    pager = re.search(r'<li class="previous">(.*?)</li>', middle, re.DOTALL)
    title = re.search(r"<title>(.*?)</title>", middle)
    story = (tmp_path / "site/bench/index.html").read_text()
    listed = re.search(r'<ol class="years">(.*?)</ol>', story, re.DOTALL)
    assert heading and pager and title and listed
    for text in (heading[1], pager[1], title[1], listed[1]):
        shown = re.sub(r"<[^>]+>", "", text)
        assert re.search("[۰-۹]{4}", shown) and not re.search("[0-9]", shown), shown


def test_an_entrys_sources_are_told_apart(project: Project) -> None:
    # In small capitals, "ASSOCIATED PRESS BBC NEWS" read as one publisher.
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "  src-b:\n    publisher: Other Wire\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event.replace("sources: [src-a]", "sources: [src-a, src-b]")
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    via = re.search(r'<span class="via">(.*?)</span></p>', page, re.DOTALL)
    assert via is not None
    assert re.sub(r"<[^>]+>", "", via[1]) == "Sources: Example News, Other Wire"
    # The event's own page says so too, once: in its list of sources (a "Source" row
    # above it named them twice); one source is "Source" (a Spanish reader read "Fuente"
    # over two).
    own = (project.root / "site/story-a/events/e1/index.html").read_text()
    assert "<dt>Source" not in own
    assert _cited_sources(own) == ("Sources", ["Example News", "Other Wire"])
    project.write("content/story-a/events/e1.yaml", event)
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    via = re.search(r'<span class="via">(.*?)</span></p>', page, re.DOTALL)
    assert via is not None and re.sub(r"<[^>]+>", "", via[1]) == "Source: Example News"
    own = (project.root / "site/story-a/events/e1/index.html").read_text()
    assert "<dt>Source" not in own
    assert _cited_sources(own) == ("Source", ["Example News"])


def _cited_sources(page: str) -> tuple[str, list[str]]:
    """The heading of an event page's list of sources, and its items' text."""
    cited = re.search(r'<section class="event-sources".*?<h2[^>]*>(.*?)</h2>(.*?)</section>', page, re.DOTALL)
    assert cited is not None
    return cited[1], [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li [^>]*>(.*?)</li>", cited[2])]


def test_an_entrys_source_in_another_language_is_marked_with_it(project: Project) -> None:
    # The publisher is shown in capitals (text-transform), which a browser makes as the
    # element's language has them: on a Turkish page 'Financial Times' became
    # 'FİNANCİAL TİMES'. A source given a language is shown in it.
    project.write("content/site.yaml", "title: Haberler\nlanguage: tr\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "  src-b:\n    publisher: Financial Times\n    title: A headline\n    language: en\n",
    )
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event.replace("sources: [src-a]", "sources: [src-a, src-b]")
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    marks = re.findall(r'<a class="source-mark"[^>]*>[^<]*</a>', page)
    assert marks == [
        '<a class="source-mark" href="../story-a/index.html#source-src-a" dir="auto">Example News</a>',
        '<a class="source-mark" href="../story-a/index.html#source-src-b" lang="en" dir="auto">Financial Times</a>',
    ]


def test_an_event_page_cites_its_sources_in_full(project: Project) -> None:
    # Read on its own (shared, or printed), it named its sources with no headline,
    # address or date: those were on the story's page only.
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "    title: The report\n    url: https://news.example/report\n"
        "  src-b:\n    publisher: Other Wire\n  src-c:\n    publisher: Not cited here\n",
    )
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "quotes:\n  - text: No.\n    by: fig-a\n    source: src-b\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    cited = re.search(r'<section class="event-sources".*?</section>', page, re.DOTALL)
    assert cited is not None
    items = [re.sub(r"<[^>]+>", "", li) for li in re.findall(r"<li [^>]*>(.*?)</li>", cited[0])]
    assert items == ["Example News, The report", "Other Wire"]  # as the story lists them
    assert '<a href="https://news.example/report" dir="auto">The report</a>' in cited[0]
    # The quote's "reported by" leads to its source's entry on this page, not away to the
    # story's list, as it did when the page did not list them.
    caption = re.search(r'<figure class="quote">.*?<figcaption>(.*?)</figcaption>', page, re.DOTALL)
    assert caption is not None
    assert '<a href="#source-src-b" dir="auto" data-pagefind-ignore>Other Wire</a>' in caption[1]
    assert '<li id="source-src-b">' in cited[0]


def test_an_event_page_lists_the_updates_and_corrections_that_tell_of_it(project: Project) -> None:
    # A correction of an event moved its feed entry, but the page the feed reader opened
    # said nothing of it: the correction was on the story's page only.
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "updates:\n  - date: 2020-01-03\n    text: More on [the event](events/e1.yaml).\n"
        "  - date: 2020-01-04\n    text: Nothing of it.\n"
        "  - date: 2020-01-05\n    text: The [event](events/e1.yaml) was on 1 January, not 2.\n"
        "    kind: correction\n",
    )
    project.write(
        "content/story-a/events/e2.yaml", "title: Other\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    told = re.search(r'<section class="brief updates".*?</section>', page, re.DOTALL)
    assert told is not None
    assert re.sub(r"<[^>]+>", "", told[0].split("</h2>")[0]).strip() == "Updates and corrections"
    items = [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", li)).strip()
        for li in re.findall(r"<li .*?</li>", told[0], re.DOTALL)
    ]
    assert items == [  # latest first, each linking to its place in the story's list
        "Correction 5 January 2020 The event was on 1 January, not 2.",
        "Update 3 January 2020 More on the event.",
    ]
    assert 'href="../../../story-a/index.html#update-3"' in told[0]
    assert "updates" not in (project.root / "site/story-a/events/e2/index.html").read_text()


def test_an_update_shown_on_an_event_page_leads_its_links_to_a_place_on_the_story_page_there(
    project: Project,
) -> None:
    # '#update-1' is an entry on the story page: on the event's page it led nowhere.
    story = (project.root / "content/story-a/story.yaml").read_text()
    text = "On 1 January [the event](events/e1.yaml), as [the first update](#update-1) said."
    project.write(
        "content/story-a/story.yaml",
        story + f"updates:\n  - date: 2020-01-03\n    text: More.\n  - date: 2020-01-04\n    text: {text}\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    on_story = (project.root / "site/story-a/index.html").read_text()
    on_event = (project.root / "site/story-a/events/e1/index.html").read_text()
    assert 'href="#update-1"' in on_story and 'id="update-1"' in on_story
    assert 'href="../../../story-a/index.html#update-1"' in on_event
    assert 'href="#update-1"' not in on_event
    # Its link to the event stays one where it leads elsewhere.
    assert 'href="../story-a/events/e1/index.html"' in on_story


def listed_updates(html: str) -> tuple[list[str], str | None, list[str]]:
    """Of a page's list of updates: the entries shown (each by its kind and text), the
    label of the fold, and the entries folded behind it."""
    section = re.search(r'<section [^>]*class="brief updates".*?</section>', html, re.DOTALL)
    assert section is not None
    shown, _, folded = section[0].partition('<details class="earlier">')

    def entries(part: str) -> list[str]:
        return [
            re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", li)).strip()
            for li in re.findall(r"<li .*?</li>", part, re.DOTALL)
        ]

    label = re.search(r"<summary>(.*?)</summary>", folded)
    return entries(shown), label[1] if label else None, entries(folded)


def test_a_story_page_shows_its_latest_updates_and_every_correction_and_folds_the_rest(
    project: Project,
) -> None:
    # 200 updates came before the timeline, 16,000 px down a phone; an event they told of
    # had them all before its text. The latest three are shown, and every correction.
    write_updates(project, "uuuuuuucuuuu")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    story, event = (site / "index.html").read_text(), (site / "events/e1/index.html").read_text()
    for page in (story, event):
        shown, label, folded = listed_updates(page)
        assert [entry.split(" ")[0] + entry.split("Entry")[1] for entry in shown] == [
            "Update 12 on the event.",
            "Update 11 on the event.",
            "Update 10 on the event.",
            "Correction 8 on the event.",
        ]
        assert label == "8 earlier updates"
        assert [entry.split("Entry ")[1] for entry in folded] == [
            f"{n} on the event." for n in (9, 7, 6, 5, 4, 3, 2, 1)
        ]
    # Each keeps its address on the story page, folded or not ('#update-1' opens the fold).
    assert all(f'<li id="update-{n}" ' in story for n in range(1, 13))
    assert 'href="../../../story-a/index.html#update-1"' in event


def test_a_story_with_a_few_updates_folds_none(project: Project) -> None:
    write_updates(project, "ucuu")  # one to fold: a control would save nothing
    build(content="content", templates=TEMPLATES, out="site")
    shown, label, folded = listed_updates((project.root / "site/story-a/index.html").read_text())
    assert len(shown) == 4 and label is None and folded == []


def test_a_texts_link_to_the_page_it_is_shown_on_keeps_its_words_alone(project: Project) -> None:
    # An update about an event links to it, which is how it is told to be about it; on
    # that event's page the link led to the page the reader was on: noise in a screen
    # reader's list of links and a stop for the keyboard. Its words stay; links to other
    # pages, and to a place on this one, stay links.
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second\ndate: 2020-01-02\nsummary: After [the first](events/e1.yaml).\n"
        "body: See [above](events/e2.yaml#when).\nsources: [src-a]\n",
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    text = "On [the first](events/e1.yaml) and [the second](events/e2.yaml), with [Figure A](figures/fig-a.yaml)."
    project.write("content/story-a/story.yaml", story + f"updates:\n  - date: 2020-01-03\n    text: {text}\n")
    build(content="content", templates=TEMPLATES, out="site")
    site = project.root / "site/story-a"
    first, second = (site / "events/e1/index.html").read_text(), (site / "events/e2/index.html").read_text()
    link = '<a href="../../../story-a/{}/index.html{}" rel="noopener noreferrer">{}</a>'
    assert "On the first and " + link.format("events/e2", "", "the second") in first
    assert "On " + link.format("events/e1", "", "the first") + " and the second," in second
    assert link.format("figures/fig-a", "", "Figure A") in first
    assert "After " + link.format("events/e1", "", "the first") in second
    assert '<a href="#when" rel="noopener noreferrer">above</a>' in second  # a place on the page: alone
    assert 'events/e1/index.html"' not in first.split("<h1>")[1].split('class="pager"')[0]
    on_story = (site / "index.html").read_text()
    # On every other page, a link.
    assert '<a href="../story-a/events/e1/index.html" rel="noopener noreferrer">the first</a>' in on_story


def test_a_texts_links_to_a_place_on_the_story_page_lead_there_from_every_page_that_shows_it(
    project: Project, tmp_path: Path
) -> None:
    """'#update-1' and '#source-a' are on the story page only: from an event's summary
    they led nowhere on the event's page, its figure's, the embed; the story summary's
    led nowhere on the home page's card. The story page keeps them within the page, the
    feed and timeline.json get full addresses, and the pages keep the theme's own
    anchors as written; the feed and timeline.json, read away from the pages, lead
    those to the story page too."""
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace("What story A is about.", "Told by [the agency](#source-a).")
        + "  a:\n    publisher: Agency\nupdates:\n  - date: 2020-01-03\n    text: More.\n",
    )
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace(
            "Something happened.",
            "As [the update](#update-1) and [the agency](#source-a) say; [top](#main).",
        ),
    )
    project.write("content/site.yaml", "title: Site\nbase_url: https://example.org/x/\n")
    out = tmp_path / "out"
    build(content="content", templates=TEMPLATES, out=str(out))
    link = '<a href="{}#{}" rel="noopener noreferrer">'
    for path, story_page in [
        ("story-a/index.html", ""),
        ("story-a/events/e1/index.html", "../../../story-a/index.html"),
        ("story-a/figures/fig-a/index.html", "../../../story-a/index.html"),
        ("story-a/locations/loc-a/index.html", "../../../story-a/index.html"),
        ("story-a/embed/index.html", "../../story-a/index.html"),
    ]:
        html = (out / path).read_text()
        assert link.format(story_page, "update-1") + "the update</a>" in html, path
        assert link.format(story_page, "source-a") + "the agency</a>" in html, path
        assert link.format("", "main") + "top</a>" in html, path  # the theme's anchor, as written
    home = (out / "index.html").read_text()
    assert link.format("story-a/index.html", "source-a") + "the agency</a>" in home
    assert 'id="source-a"' in (out / "story-a/index.html").read_text()
    site = site_files(out)
    for place in ("update-1", "source-a"):
        assert f'href="https://example.org/x/story-a/#{place}"'.encode() in site["feed.xml"]
        assert f'href=\\"https://example.org/x/story-a/#{place}\\"'.encode() in site["story-a/timeline.json"]
    assert b'href=\\"https://example.org/x/story-a/#main\\"' in site["story-a/timeline.json"]
    assert b'href="https://example.org/x/story-a/#main"' in site["feed.xml"]


def test_the_sites_name_on_a_page_in_another_language_says_its_language(project: Project) -> None:
    project.write("content/site.yaml", "title: Erklärstücke\ndescription: Alles erklärt\nlanguage: de\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: fr\n")
    out = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    french = out["story-a/index.html"].decode()
    assert '<a class="site-title" href="../index.html" lang="de" dir="auto">Erklärstücke</a>' in french
    # The footer's: on an inline element, so the line keeps the page's alignment.
    assert '<p><span lang="de" dir="auto">Erklärstücke\u00a0: Alles erklärt</span></p>' in french
    assert '<span lang="de" dir="auto">Erklärstücke</span>' in out["story-a/embed/index.html"].decode()
    german = out["index.html"].decode()  # the home page is in the site's language
    assert '<a class="site-title" href="index.html">Erklärstücke</a>' in german


def test_a_storys_pages_in_another_language_search_on_a_search_page_in_theirs(project: Project) -> None:
    for sid, language, draft in (
        ("story-f", "fr", ""),
        ("story-r", "ar", ""),
        ("story-d", "de", "draft: true\n"),
    ):
        project.write(
            f"content/{sid}/story.yaml",
            f"title: T\nsummary: S.\npublished: 2020-01-02\nlanguage: {language}\n{draft}",
        )
        project.write(f"content/{sid}/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    out = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES, search=True))
    french = out["story-f/events/e1/index.html"].decode()
    assert '<form class="site-search" role="search" action="../../../search/fr/index.html">' in french
    assert '<input id="site-search-q" type="search" name="q" autocomplete="off" dir="auto">' in french
    assert 'action="../search/ar/index.html"' in out["story-r/index.html"].decode()
    assert 'action="../search/index.html"' in out["story-a/index.html"].decode()  # the site's English
    search = out["search/fr/index.html"].decode()
    assert search.startswith('<!DOCTYPE html>\n<html lang="fr">\n')
    assert "<title>Rechercher · Test site</title>" in search
    assert '<label for="search-q">Cherchez une personne, un lieu ou n’importe quels mots</label>' in search
    assert (
        "<legend>Affiner les résultats</legend>" in search
        and 'data-found="Résultats\u00a0: {count}"' in search
    )
    assert "La recherche nécessite JavaScript" in search
    # Its own links from its deeper folder: home, itself, the index, the assets
    for link in (
        'href="../../index.html"',
        'action="../../search/fr/index.html"',
        'data-bundle="../../pagefind/"',
        'data-root="../../index.html"',
        'src="../../assets/search.js"',
        'autocomplete="off" dir="auto"',
    ):
        assert link in search, link
    assert '<a class="site-title" href="../../index.html" lang="en" dir="auto">' in search  # the site's name
    assert out["search/ar/index.html"].decode().startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n')
    assert out["search/index.html"].decode().startswith('<!DOCTYPE html>\n<html lang="en">\n')
    # Described, as every page is for search engines and shared links, in its language.
    assert (
        '<meta name="description" content="Search the explainers · Test site">'
        in out["search/index.html"].decode()
    )
    assert [path for path in out if path.startswith("search/")] == [
        "search/index.html",
        "search/ar/index.html",
        "search/fr/index.html",
    ]  # none for the German draft, which is not published


def test_a_story_published_at_a_time_shows_it_as_an_update_is_shown(project: Project) -> None:
    # A breaking story published at 06:30 said "Published 2 January 2020": midnight, to
    # readers, hours before what it reports. In the page's language, as 'updated' is.
    project.write("content/site.yaml", "title: Test site\nlanguage: fr\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text().replace("2020-01-02", "2020-01-02T06:30+06:00"))
    out = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    moment = '<time datetime="2020-01-02T06:30+06:00">2\u00a0janvier 2020, 06:30\u00a0(UTC+6)</time>'
    assert f"Publié le {moment}" in out["story-a/index.html"].decode()
    assert f"publié le {moment}" in out["index.html"].decode()  # the story's card


def test_markdown_links_to_events_figures_and_places_lead_to_their_pages(
    project: Project, tmp_path: Path
) -> None:
    """``[the vote](events/vote.yaml)`` leads to the vote's page from every page, and to
    its full address in the feed and the TimelineJS export. A link to a draft, which the
    site leaves out, keeps its words and nothing of the draft; with the drafts, it links."""
    project.write("content/story-a/events/vote.yaml", "title: The vote\ndate: 2020-02-01\nsummary: Votes.\n")
    project.write(
        "content/story-a/events/secret.yaml", "title: Secret\ndate: 2020-03-01\nsummary: Hush.\ndraft: true\n"
    )
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nfigures: [fig-a]\nsummary: Before [the vote](events/vote.yaml), "
        "[A](figures/fig-a.yaml) was at [the place](locations/loc-a.yaml); [later](events/secret.yaml).\n",
    )
    project.write("content/site.yaml", "title: Site\nbase_url: https://example.org/x/\n")
    out = tmp_path / "out"
    build(content="content", templates=TEMPLATES, out=str(out))
    for path, up in [
        ("story-a/index.html", "../"),
        ("story-a/events/e1/index.html", "../../../"),
        ("story-a/figures/fig-a/index.html", "../../../"),
    ]:
        html = (out / path).read_text()
        assert (
            f'<a href="{up}story-a/events/vote/index.html" rel="noopener noreferrer">the vote</a>' in html
        ), path
        own = f'<a href="{up}story-a/figures/fig-a/index.html" rel="noopener noreferrer">A</a>'
        # On A's own page, A's name alone: a link would lead where the reader is.
        assert (", A was at <a " in html) if path.startswith("story-a/figures/") else (own in html), path
        assert (
            f'<a href="{up}story-a/locations/loc-a/index.html" rel="noopener noreferrer">the place</a>'
            in html
        )
        assert "; later." in html, path
    site = site_files(out)
    # Nothing of the draft, not even its id ('secret' is a word of the theme's scripts).
    assert not any(b"events/secret" in data or b"Hush" in data for data in site.values())
    assert b'href="https://example.org/x/story-a/events/vote/"' in site["feed.xml"]
    assert b'href=\\"https://example.org/x/story-a/events/vote/\\"' in site["story-a/timeline.json"]

    drafts = tmp_path / "drafts"
    build(content="content", templates=TEMPLATES, out=str(drafts), drafts=True)
    page = (drafts / "story-a/events/e1/index.html").read_text()
    assert '<a href="../../../story-a/events/secret/index.html" rel="noopener noreferrer">later</a>' in page


def test_a_build_with_drafts_keeps_them_from_search_engines_and_feed_readers(project: Project) -> None:
    # A newsroom's staging site (build --drafts, at a public address): draft pages were in
    # the sitemap with no 'noindex', and in the feed, where readers take entries in for good.
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Hush\ndate: 2020-01-05\nsummary: S.\nfigures: [fig-b]\ndraft: true\n",
    )
    project.write("content/story-a/figures/fig-b.yaml", "name: B\nrole: Only in a draft\n")
    story_b = (project.root / "content/story-a/story.yaml").read_text().replace("Story A", "Story B")
    project.write("content/story-b/story.yaml", story_b + "draft: true\n")
    project.write(
        "content/story-b/events/b1.yaml", "title: Bee\ndate: 2020-01-03\nsummary: S.\nsources: [src-a]\n"
    )
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    noindex = '<meta name="robots" content="noindex">'
    for path in ("story-a/events/e2", "story-a/figures/fig-b", "story-b", "story-b/events/b1"):
        assert noindex in (project.root / f"site/{path}/index.html").read_text(), path
    for path in ("story-a", "story-a/events/e1", "story-a/figures/fig-a", "story-a/locations/loc-a", ""):
        assert noindex not in (project.root / f"site/{path}/index.html").read_text(), path
    sitemap = (project.root / "site/sitemap.xml").read_text()
    assert "story-a/events/e1/" in sitemap
    assert "events/e2/" not in sitemap and "figures/fig-b/" not in sitemap and "story-b" not in sitemap
    assert "figures/fig-a/" in sitemap
    feed = (project.root / "site/feed.xml").read_text()
    assert "First event" in feed and "Hush" not in feed and "Story B" not in feed and "Bee" not in feed


def test_in_the_preview_a_quote_from_a_draft_event_is_marked_draft_on_its_figures_page(
    project: Project, tmp_path: Path
) -> None:
    # The figure's page lists their quotes from every event: one from a draft is not published.
    quote = "quotes:\n  - text: Not cleared yet.\n    by: fig-a\nfigures: [fig-a]\n"
    project.write(
        "content/story-a/events/e2.yaml",
        f"title: Secret\ndate: 2020-02-03\nsummary: S.\n{quote}draft: true\n",
    )
    project.write("content/story-a/events/e3.yaml", f"title: Open\ndate: 2020-02-04\nsummary: S.\n{quote}")
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "drafts"), drafts=True)
    page = (tmp_path / "drafts/story-a/figures/fig-a/index.html").read_text()
    captions = re.findall(r"<figure class=\"quote\">.*?<figcaption>(.*?)</figcaption>", page, re.DOTALL)
    assert len(captions) == 2
    badge = 'class="draft-badge">Draft<'
    assert sum(badge in c for c in captions) == 1 and "Secret" in next(c for c in captions if badge in c)


def test_a_pictures_focus_keeps_its_subject_in_view_wherever_it_is_cut(
    project: Project, tmp_path: Path
) -> None:
    project.write("content/story-a/media/lead.jpg", photo(480, 320))
    project.write("content/story-a/media/e1.jpg", photo(480, 320, seed=2))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image: {src: media/lead.jpg, alt: L, focus: top}\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image: {src: media/e1.jpg, alt: E, focus: bottom left}\n"
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second\ndate: 2020-01-03\nsummary: S.\nlocations: [loc-a]\n"
        "image: {src: 'https://pictures.example/x.jpg', alt: R, focus: right}\n",
    )
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "site"))
    site = tmp_path / "site/story-a"
    story_page = (site / "index.html").read_text()
    # The lead, cut to the column below 900 px; beside the standfirst, whole, sized by its ratio.
    assert 'style="--ratio: 1.5000; object-position: top" alt="L"' in story_page
    assert 'style="object-position: bottom left" alt="E"' in story_page  # the entry's thumbnail
    event_page = (site / "events/e1/index.html").read_text()
    assert (
        'style="--ratio: 1.5000; object-position: bottom left" alt="E"' in event_page
    )  # never cut there, but said
    home = (tmp_path / "site/index.html").read_text()
    assert re.search(
        r'<img class="card-picture"[^>]* style="object-position: top"', home
    )  # the home page's card
    place_page = (site / "locations/loc-a/index.html").read_text()
    assert (
        'src="https://pictures.example/x.jpg" style="object-position: right" alt="R"' in place_page
    )  # its gallery


def test_a_focus_is_one_of_the_places_css_names(project: Project) -> None:
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/media/e1.png", tiny_png(8, 8))
    project.write(
        "content/story-a/events/e1.yaml", event + "image: {src: media/e1.png, alt: E, focus: middle}\n"
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:7:43: 'image.focus' must be 'top', 'bottom', 'left', 'right', "
        "'center', 'top left', 'top right', 'bottom left' or 'bottom right', got 'middle'"
    ]


def test_in_the_preview_a_figure_or_place_only_drafts_name_is_marked_draft(
    project: Project, tmp_path: Path
) -> None:
    # A build without drafts leaves them out; the preview showed them as if published.
    project.write("content/story-a/figures/fig-secret.yaml", "name: Hidden\nrole: Source\n")
    project.write("content/story-a/locations/loc-secret.yaml", "name: Safe house\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Secret\ndate: 2020-02-03\nsummary: S.\nfigures: [fig-secret, fig-a]\nlocations: [loc-secret]\ndraft: true\n",
    )
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "drafts"), drafts=True)
    site = tmp_path / "drafts/story-a"
    marked = '<p><strong class="draft-badge">Draft</strong></p>\n<h1'  # over the page's headline
    assert marked in (site / "figures/fig-secret/index.html").read_text()
    assert marked in (site / "locations/loc-secret/index.html").read_text()
    assert marked not in (site / "figures/fig-a/index.html").read_text()  # a published event names it
    assert marked not in (site / "locations/loc-a/index.html").read_text()


@pytest.mark.parametrize("language", languages.available())
def test_the_draft_badge_is_written_as_a_word_and_put_in_capitals_by_the_css(
    project: Project, tmp_path: Path, language: str
) -> None:
    # Screen readers say the text, not the capitals CSS gives it; some spell a word written
    # in capitals ('DRAFT', 'ENTWURF') letter by letter or read it as an abbreviation.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language.replace('_', '-')}\n")
    project.write(
        "content/story-a/events/e2.yaml", "title: Secret\ndate: 2020-02-03\nsummary: S.\ndraft: true\n"
    )
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "drafts"), drafts=True)
    page = (tmp_path / "drafts/story-a/events/e2/index.html").read_text()
    [word] = re.findall(r'<strong class="draft-badge">([^<]*)</strong>', page)
    assert word == catalogs.translations(language).gettext("Draft")
    assert not word.isupper(), word  # (Arabic and Chinese, which have no capitals, pass as they are)
    [rule] = re.findall(r"\.draft-badge \{([^}]*)\}", (Path(TEMPLATES) / "assets/style.css").read_text())
    assert "text-transform: uppercase" in rule


def test_a_theme_copied_before_the_draft_badge_was_a_word_still_has_it_translated(
    project: Project, tmp_path: Path
) -> None:
    # A theme copied before 3 December asks for _("DRAFT"), no longer in the catalogs: its
    # German badge read "DRAFT". It gets the new word in capitals, as it had before.
    theme = tmp_path / "old-theme"
    shutil.copytree(TEMPLATES, theme)
    macros = theme / "_macros.html"
    macros.write_text(macros.read_text().replace('_("Draft")', '_("DRAFT")'))
    project.write("content/site.yaml", "title: Test site\nlanguage: de\n")
    project.write(
        "content/story-a/events/e2.yaml", "title: Secret\ndate: 2020-02-03\nsummary: S.\ndraft: true\n"
    )
    build(content="content", templates=str(theme), out=str(tmp_path / "drafts"), drafts=True)
    page = (tmp_path / "drafts/story-a/events/e2/index.html").read_text()
    assert re.findall(r'<strong class="draft-badge">([^<]*)</strong>', page) == ["ENTWURF"]
    assert catalogs.translations("en").gettext("DRAFT") == "DRAFT"
    assert catalogs.translations("de").gettext("Something else") == "Something else"


@pytest.mark.parametrize(
    ("base_url", "logo"),
    [(None, "/assets/logo.svg"), ("https://org.github.io/repo/", "/repo/assets/logo.svg")],
)
def test_the_404_pages_links_start_at_the_hosts_root(
    project: Project, base_url: str | None, logo: str
) -> None:
    # The host serves the 404 page at any address: a theme's logo linked the relative
    # way (links.asset, as the stylesheet is) was broken below the root.
    templates = tiny_theme(
        project, **{"404.html": '<img src="{{ links.asset(\'logo.svg\') }}"><a href="{{ links.home() }}">'}
    )
    project.write("templates/assets/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    site = site_of("content", templates, base_url=base_url)
    out = SiteRenderer(templates).render(site)
    home = logo.removesuffix("assets/logo.svg") + "index.html"
    assert out["404.html"] == f'<img src="{logo}"><a href="{home}">'.encode()


def test_an_event_taken_out_gets_its_notice_only_from_a_theme_that_has_the_page(project: Project) -> None:
    # A theme made before events could be taken out has no removed.html: the event's
    # address goes as it did when its file was deleted, and links to it keep their words.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Before [the rumour](events/e2.yaml).\n",
    )
    project.write(
        "content/story-a/events/e2.yaml",
        "title: The rumour\ndate: 2020-01-02\nsummary: Words.\nremoved: {date: 2020-01-03, reason: Wrong.}\n",
    )
    templates = tiny_theme(project)
    out = SiteRenderer(templates).render(site_of("content", templates))
    assert not [path for path in out if "e2" in path]
    assert b"|<p>Before the rumour.</p>|" in out["story-a/events/e1/index.html"]
    assert out["index.html"] == b"Story A (1);"
    notice = "{{ event.title }}|{{ event.removed.date | date }}|{{ event.removed.reason | markdown }}\n"
    templates = tiny_theme(project, **{"removed.html": notice})
    out = SiteRenderer(templates).render(site_of("content", templates))
    assert out["story-a/events/e2/index.html"] == "The rumour|3\u00a0January 2020|<p>Wrong.</p>\n".encode()
    link = b'<a href="../../../story-a/events/e2/index.html" rel="noopener noreferrer">the rumour</a>'
    assert link in out["story-a/events/e1/index.html"]
    assert out["index.html"] == b"Story A (1);"


def test_a_story_in_another_language_has_its_pictures_alt_text_read_in_it_on_the_home_page(
    project: Project, tmp_path: Path
) -> None:
    # A screen reader reads an alt text in the language of its element: a French story's
    # lead picture on an English home page was read with English sounds.
    project.write("content/story-a/media/lead.jpg", photo(480, 320))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "language: fr\nimage: {src: media/lead.jpg, alt: Le port}\n"
    )
    project.write("content/story-b/story.yaml", "title: B\nsummary: S.\npublished: 2020-01-01\n")
    project.write("content/story-b/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    project.write("content/story-b/media/lead.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    b = (project.root / "content/story-b/story.yaml").read_text()
    project.write("content/story-b/story.yaml", b + "image: {src: media/lead.svg, alt: The port}\n")
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "site"))
    home = (tmp_path / "site/index.html").read_text()
    assert re.search(r'<img class="card-picture" lang="fr" [^>]*alt="Le port"', home)
    english = re.search(r'<img class="card-picture"[^>]*alt="The port"', home)
    assert english is not None and "lang=" not in english.group()  # the page's own language
    story_page = (tmp_path / "site/story-a/index.html").read_text()
    assert 'lang="fr" src=' not in story_page  # on the story's own pages the page is French


def _dates(html: str) -> list[str]:
    """The date column of each timeline entry of ``html``: what is seen, '[day]' for the
    day said to screen readers only."""
    found = re.findall(
        r'<li class="event[^>]*>\s*(?:<p class="gap">.*?</p>\s*)?(<time .*?</time>)', html, re.S
    )
    return [
        re.sub(r'<span class="day">(.*?)</span>', r"[\1]", re.sub(r"<time[^>]*>|</time>", "", t))
        for t in found
    ]


def test_an_entry_on_the_day_of_the_one_before_it_shows_its_time_alone_on_every_list(tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(content=str(write_breaking(tmp_path)), templates=TEMPLATES, out=str(out))
    story = (out / "breaking/index.html").read_text()
    assert _dates(story) == [
        "14\u00a0March 2024, 00:19",
        "[14\u00a0March 2024, ]00:41",
        "[14\u00a0March 2024, ]02:10",
        "15\u00a0March 2024, 08:00\u00a0(UTC+2)",
        "[15\u00a0March 2024, ]09:30\u00a0(UTC+2)",
    ]
    assert '<time datetime="2024-03-14T00:41" class="same-day">' in story  # the machine's date is whole
    # The figure's page lists its own entries: each after the one before it there.
    figure = (out / "breaking/figures/chief/index.html").read_text()
    assert _dates(figure) == [
        "14\u00a0March 2024, 00:19",
        "[14\u00a0March 2024, ]02:10",
        "15\u00a0March 2024, 08:00\u00a0(UTC+2)",
    ]
    assert _dates((out / "breaking/locations/square/index.html").read_text()) == _dates(story)
    # An event's own page says its whole date.
    assert "same-day" not in (out / "breaking/events/second-blast/index.html").read_text()


def write_linked_stories(project: Project) -> None:
    """A second story, 'elections', whose texts link by file to story-a's event, figure
    and place, one of its own events, and an event of story-a that is a draft."""
    project.write(
        "content/story-a/events/e9.yaml", "title: Secret\ndate: 2020-01-09\nsummary: s\ndraft: true\n"
    )
    project.write(
        "content/elections/story.yaml",
        "title: Elections\nsummary: After [the first event](../story-a/events/e1.yaml).\npublished: 2020-02-01\n",
    )
    project.write(
        "content/elections/events/vote.yaml",
        "title: The vote\ndate: 2020-02-01\nsummary: As [she](../story-a/figures/fig-a.yaml) said at "
        "[the place](../story-a/locations/loc-a.yaml#map), see [the secret](../story-a/events/e9.yaml).\n"
        "figures: [voter]\n",
    )
    project.write(
        "content/elections/figures/voter.yaml",
        "name: A voter\nrole: Voted\nsummary: Read [the first event](../story-a/events/e1.yaml).\n",
    )


def test_a_link_to_another_storys_file_leads_to_its_page_from_every_page(project: Project) -> None:
    write_linked_stories(project)
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    story = files["elections/index.html"].decode()
    assert '<a href="../story-a/events/e1/index.html" rel="noopener noreferrer">the first event</a>' in story
    event = files["elections/events/vote/index.html"].decode()
    assert '<a href="../../../story-a/figures/fig-a/index.html" rel="noopener noreferrer">she</a>' in event
    assert (
        '<a href="../../../story-a/locations/loc-a/index.html#map" rel="noopener noreferrer">the place</a>'
        in event
    )
    figure = files["elections/figures/voter/index.html"].decode()
    assert (
        '<a href="../../../story-a/events/e1/index.html" rel="noopener noreferrer">the first event</a>'
        in figure
    )
    home = files["index.html"].decode()
    assert '<a href="story-a/events/e1/index.html" rel="noopener noreferrer">the first event</a>' in home
    # The draft is left out of the site, and nothing of it is published: not even its id.
    assert "see the secret." in event
    assert not any(b"e9" in data for path, data in files.items() if path.startswith("elections/"))
    with_drafts = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True)).files
    drafted = with_drafts["elections/events/vote/index.html"].decode()
    assert (
        '<a href="../../../story-a/events/e9/index.html" rel="noopener noreferrer">the secret</a>' in drafted
    )


def test_a_link_in_html_to_another_storys_file_leads_to_its_page(project: Project) -> None:
    # '<a href="../story-a/events/e1.yaml">' showed its words only: the pages of the
    # stories a story links to were read from its Markdown links alone, and only a
    # Markdown link to the same story made the HTML one work.
    write_linked_stories(project)
    project.write(
        "content/elections/story.yaml",
        "title: Elections\nsummary: After <a href='../story-a/events/e1.yaml'>the first event</a>.\n"
        "published: 2020-02-01\n",
    )
    project.write("content/elections/events/vote.yaml", "title: The vote\ndate: 2020-02-01\nsummary: s\n")
    project.write("content/elections/figures/voter.yaml", "name: A voter\nrole: Voted\n")
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    story = files["elections/index.html"].decode()
    assert '<a href="../story-a/events/e1/index.html" rel="noopener noreferrer">the first event</a>' in story


def test_a_picture_within_a_link_keeps_no_link_to_a_drafts_file(project: Project) -> None:
    # The picture, an address that is a draft's file, was made a link within the link
    # around it; story_media_at took it for that link's words, and the draft's id and
    # its file's address were published.
    write_linked_stories(project)
    project.write(
        "content/elections/events/vote.yaml",
        "title: The vote\ndate: 2020-02-01\nsummary: See [![the secret](../story-a/events/e9.yaml)]"
        "(../story-a/events/e1.yaml) and [![ours](events/draft.yaml)](https://x.example/).\n",
    )
    project.write(
        "content/elections/events/draft.yaml", "title: D\ndate: 2020-02-02\nsummary: s\ndraft: true\n"
    )
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    event = files["elections/events/vote/index.html"].decode()
    assert (
        'See <a href="../../../story-a/events/e1/index.html" rel="noopener noreferrer">the secret</a> and '
        '<a href="https://x.example/" rel="noopener noreferrer">ours</a>.' in event
    )
    assert not any(
        b"e9" in data or b"draft" in data for path, data in files.items() if path.startswith("elections/")
    )


def test_a_link_to_another_storys_file_is_a_full_address_where_the_output_is(project: Project) -> None:
    write_linked_stories(project)
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    address = "https://example.org/news/story-a/events/e1/"
    entry = f'&lt;a href="{address}" rel="noopener noreferrer"&gt;the first event&lt;/a&gt;'
    assert entry in files["feed.xml"].decode()
    assert entry in files["elections/feed.xml"].decode()
    slide = f'<a href=\\"{address}\\" rel=\\"noopener noreferrer\\">the first event</a>'
    assert slide in files["elections/timeline.json"].decode()  # the story's summary, its title slide
    assert files["elections/story.json"].decode().count(slide) == 2  # the figure's summary too
    assert "e9" not in files["elections/timeline.json"].decode()
    # A staging build (--drafts) links the draft in its pages and timeline.json; the data
    # files carry what is published only.
    staged = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True)).files
    assert "story-a/events/e9/" in staged["elections/timeline.json"].decode()
    assert "e9" not in staged["elections/story.json"].decode()
    assert "e9" not in staged["elections/timeline.csv"].decode()


def test_a_link_to_a_storys_story_yaml_leads_to_its_page(project: Project) -> None:
    # '[el sismo](../sismo/story.yaml)' showed its words only, and check told the editor
    # to write the page's full address, which the preview sends to the live site.
    write_linked_stories(project)
    project.write(
        "content/elections/events/vote.yaml",
        "title: The vote\ndate: 2020-02-01\nsummary: See [story A](../story-a/story.yaml), "
        "[this story](story.yaml#timeline) and [the draft](../quake/story.yaml).\n",
    )
    project.write(
        "content/quake/story.yaml", "title: Quake\nsummary: s\npublished: 2020-01-01\ndraft: true\n"
    )
    project.write("content/quake/events/q1.yaml", "title: Q\ndate: 2020-01-01\nsummary: s\n")
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    event = files["elections/events/vote/index.html"].decode()
    assert (
        'See <a href="../../../story-a/index.html" rel="noopener noreferrer">story A</a>, '
        '<a href="../../../elections/index.html#timeline" rel="noopener noreferrer">this story</a> and the draft.'
    ) in event
    story = files["elections/index.html"].decode()
    assert '<a href="../story-a/index.html" rel="noopener noreferrer">story A</a>' in story
    # Its full address where the output is read away from the pages (the feed, the data).
    entry = '&lt;a href="https://example.org/news/story-a/" rel="noopener noreferrer"&gt;story A&lt;/a&gt;'
    assert entry in files["elections/feed.xml"].decode()
    slide = '<a href=\\"https://example.org/news/story-a/\\" rel=\\"noopener noreferrer\\">story A</a>'
    assert slide in files["elections/timeline.json"].decode()
    assert not any(b"quake" in data for path, data in files.items() if path.startswith("elections/"))
    # A staging build (--drafts) links the draft story.
    staged = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True)).files
    assert 'href="../../../quake/index.html"' in staged["elections/events/vote/index.html"].decode()


@pytest.mark.parametrize(
    ("language", "described"),
    [
        ("en", "Figure A: Someone involved"),
        ("ja", "Figure A：Someone involved"),
        ("zh-Hans", "Figure A：Someone involved"),
    ],
)
def test_a_figures_page_is_described_by_its_name_and_role_as_its_language_joins_them(
    project: Project, language: str, described: str
) -> None:
    # A Japanese figure's page was described "枝野幸男: 当時の官房長官", with a Latin
    # colon and space the template wrote between them, where Japanese writes "：".
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    page = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))["story-a/figures/fig-a/index.html"]
    assert f'<meta name="description" content="{described}">' in page.decode()


def test_a_places_kind_is_shown_with_a_capital_as_its_language_writes_it_the_rest_as_written(
    project: Project,
) -> None:
    # Jinja's capitalize wrote 'Ilçe merkezi' (which reads 'ılçe') on a Turkish page, and
    # lowered the rest of what the editor wrote ('NATO üssü' was 'Nato üssü').
    project.write("content/site.yaml", "title: Haberler\nlanguage: tr\n")
    location = "content/story-a/locations/loc-a.yaml"
    project.write(
        location, (project.root / location).read_text() + "kind: ilçe merkezi, NATO üssü\ncountry: Türkiye\n"
    )
    page = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))["story-a/locations/loc-a/index.html"]
    lede = re.search(r"<p class=\"lede\">(.*?)</p>", page.decode())
    assert lede is not None and lede[1].startswith("İlçe merkezi, NATO üssü"), lede


@pytest.mark.parametrize(
    ("language", "country", "shown"),
    [
        ("ar", "Lebanon", "لبنان"),  # named in English, as the editors' guide allows
        ("ar", "lebanon ", "لبنان"),
        ("ar", "لبنان", "لبنان"),
        ("ru", "Kyrgyzstan", "Киргизия"),
        ("en", "Lebanon", "Lebanon"),
        ("ar", "Levant", "Levant"),  # no country of the map: as written
        # Natural Earth gives Kosovo no ISO number, which named it in English on every page
        # and map: CLDR names it by its letter code, 'XK'.
        ("sr", "Kosovo", "Косово"),
        ("ru", "Kosovo", "Косово"),
        # Countries only the 1:50m outlines have, which small maps name in the page's
        # language: the page beside one said 'Malta'.
        ("fr", "Malta", "Malte"),
        ("de", "Bahrain", "Bahrain"),
        ("ar", "Bahrain", "البحرين"),
        ("fr", "Singapore", "Singapour"),
        ("pt", "Cabo Verde", "Cabo Verde"),
        ("ru", "Cabo Verde", "Кабо-Верде"),
        ("fr", "Palestine", "Territoires palestiniens"),  # Gaza's too, at 1:50m
        ("fr", "PS", "PS"),  # a code, not a name: as written
        ("fr", "Gaza Strip", "Gaza Strip"),
        # No code: a disputed area. Australia's two territories in one, by CLDR's two names.
        ("fr", "Siachen Glacier", "Siachen Glacier"),
        ("fr", "Indian Ocean Ter.", "Île Christmas et Îles Cocos"),
    ],
)
def test_a_places_country_named_in_english_is_shown_in_the_pages_language(
    project: Project, language: str, country: str, shown: str
) -> None:
    # An Arabic page said 'دوّار، Lebanon' under a place whose map beside it names the
    # country 'لبنان': the country was shown as written, in English.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    location = "content/story-a/locations/loc-a.yaml"
    project.write(location, (project.root / location).read_text() + f"kind: x\ncountry: '{country}'\n")
    pages = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    place = pages["story-a/locations/loc-a/index.html"].decode()
    lede = re.search(r'<p class="lede">(.*?)</p>', place)
    assert lede is not None and lede[1].endswith(shown), lede
    story = pages["story-a/index.html"].decode()
    assert re.search(rf'<span class="role">[^<]*{re.escape(shown)}</span>', story), (
        "the story's list of places"
    )


@pytest.mark.parametrize(
    ("language", "coordinates", "shown"),
    [
        ("fr", "[-12.19, 96.83]", "Îles Cocos"),  # West Island
        ("fr", "[-10.42, 105.68]", "Île Christmas"),  # Flying Fish Cove
        ("de", "[-12.12, 96.9]", "Kokosinseln"),
        ("en", "[-12.19, 96.83]", "Indian Ocean Ter."),  # as written, in English
        ("fr", "[-20.0, 100.0]", "Île Christmas et Îles Cocos"),  # in neither: both
    ],
)
def test_a_place_in_the_indian_ocean_territory_is_named_as_the_island_it_is_on(
    project: Project, language: str, coordinates: str, shown: str
) -> None:
    # Natural Earth's 'Indian Ocean Ter.' is Christmas Island and the Cocos Islands, 900
    # km apart: a place on the Cocos Islands was 'Île Christmas et Îles Cocos' on its
    # page and in the story's list, where its map named it 'Îles Cocos'.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    location = "content/story-a/locations/loc-a.yaml"
    text = "\n".join(
        line for line in (project.root / location).read_text().splitlines() if "coordinates" not in line
    )
    project.write(location, text + f"\ncoordinates: {coordinates}\ncountry: Indian Ocean Ter.\n")
    pages = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))
    place = pages["story-a/locations/loc-a/index.html"].decode()
    lede = re.search(r'<p class="lede">(.*?)</p>', place)
    assert lede is not None and lede[1] == shown, lede
    story = pages["story-a/index.html"].decode()
    assert re.search(rf'<span class="role">{re.escape(shown)}</span>', story), "the story's list of places"


@pytest.mark.parametrize(("language", "shared_as"), [("en", "The dam: 2021"), ("ja", "The dam：2021")])
def test_a_year_page_is_shared_as_the_story_and_year_its_language_joins(
    tmp_path: Path, language: str, shared_as: str
) -> None:
    # A long Japanese story's year pages were shared as "…の記録: 2011", the template's
    # Latin colon and space between the title and the year.
    content = long_story.write_story(tmp_path)
    story = content / "dam/story.yaml"
    story.write_text(story.read_text() + f"language: {language}\n")
    pages = SiteRenderer(TEMPLATES).render(site_of(str(content), TEMPLATES))
    year = next(page for path, page in pages.items() if path.startswith("dam/") and "/2021/" in path)
    assert f'<meta property="og:title" content="{shared_as}">' in year.decode()


def test_a_home_page_without_a_site_description_describes_itself_by_its_stories(project: Project) -> None:
    # site.yaml as `explainer new site` writes it, its description commented out: the
    # home page had no description at all (Lighthouse's SEO score 0.92, below 0.95).
    for day, (sid, title) in enumerate(
        (("story-b", "Floods & <rain>"), ("story-c", "Third"), ("story-d", "Fourth")), 3
    ):
        project.write(
            f"content/{sid}/story.yaml", f"title: {title}\nsummary: S.\npublished: 2020-01-0{day}\n"
        )
        project.write(f"content/{sid}/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S.\n")
    home = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))["index.html"].decode()
    # The newest three, newest first, as the page lists them; escaped once.
    assert '<meta name="description" content="Fourth · Third · Floods &amp; &lt;rain&gt;">' in home
    project.write("content/site.yaml", "title: Test site\ndescription: Our explainers\n")
    home = SiteRenderer(TEMPLATES).render(site_of("content", TEMPLATES))["index.html"].decode()
    assert '<meta name="description" content="Our explainers">' in home


def test_an_entry_sees_only_what_the_event_names_so_both_renderers_agree(
    project: Project, own_cache: Path
) -> None:
    # An event's entry is rendered once for every page that shows it, told apart by the
    # event and what it names (``speed.rendering.entry_inputs``). It was handed the page's whole view of
    # the story: a theme's entry counting the story's figures wrote 2 on the story page
    # and 1 on a figure's page here, and the fast renderer wrote the first page's count
    # on both. It now sees what it is told apart by, on every page, in both renderers.
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B\nrole: Someone else\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second event\ndate: 2020-02-01\nsummary: More.\nfigures: [fig-b]\n",
    )
    templates = tiny_theme(project, **{"_event.html": "[{{ event.id }}: {{ story.figures | length }}]"})
    site = site_of("content", templates)
    plain = SiteRenderer(templates).render(site)
    assert plain["story-a/index.html"].startswith(b"Story A|../index.html\n[e1: 1][e2: 1]")
    assert plain["story-a/figures/fig-a/index.html"] == b"Figure A|[e1: 1]"
    assert FastRenderer(templates).render(site) == plain


def lines_of(page: bytes) -> list[list[str]]:
    """The names on each entry's line under its summary on ``page``, group by group
    ('who', 'where', 'via'), as 'who:Figure A'."""
    lines = re.findall(r'<p class="line">(.*?)</p>', page.decode())
    groups = r'<span class="(who|where|via)">(.*?)</span></span>(?= |$)'
    return [
        [
            f"{kind}:{name}"
            for kind, names in re.findall(groups, line)
            for name in re.findall(r">([^<>]+)</a>", names)
        ]
        for line in lines
    ]


@pytest.mark.parametrize("renderer", [SiteRenderer, FastRenderer])
def test_a_figures_page_and_a_places_page_leave_their_own_name_off_each_entrys_line(
    project: Project, own_cache: Path, renderer: type[SiteRenderer]
) -> None:
    # Every entry on Figure A's page named Figure A again on its line ("Who: Figure A,
    # Figure B"), and every entry on a place's page that place: the page's own figure
    # (place) is left out there, the others kept; on the story page all are named.
    project.write("content/story-a/figures/fig-b.yaml", "name: Figure B & co\nrole: Someone else\n")
    project.write("content/story-a/locations/loc-b.yaml", "name: Place B\n")
    project.write(
        "content/story-a/events/e2.yaml",
        "title: Second event\ndate: 2020-02-01\nsummary: More.\nfigures: [fig-a, fig-b]\n"
        "locations: [loc-a, loc-b]\n",
    )
    project.write(
        "content/story-a/events/e3.yaml",
        "title: Third\ndate: 2020-03-01\nsummary: Alone.\nfigures: [fig-a]\n",
    )
    out = renderer(TEMPLATES).render(site_of("content", TEMPLATES))
    assert lines_of(out["story-a/index.html"]) == [
        ["who:Figure A", "where:Place A", "via:Example News"],
        ["who:Figure A", "who:Figure B &amp; co", "where:Place A", "where:Place B"],
        ["who:Figure A"],
    ]
    assert lines_of(out["story-a/figures/fig-a/index.html"]) == [
        ["where:Place A", "via:Example News"],
        ["who:Figure B &amp; co", "where:Place A", "where:Place B"],
        [],  # nothing left to say: the line is empty, and hidden (style.css)
    ]
    assert lines_of(out["story-a/figures/fig-b/index.html"]) == [
        ["who:Figure A", "where:Place A", "where:Place B"]
    ]
    assert lines_of(out["story-a/locations/loc-a/index.html"]) == [
        ["who:Figure A", "via:Example News"],
        ["who:Figure A", "who:Figure B &amp; co", "where:Place B"],
    ]
    # The names left keep their boxes and the list's comma, linked from the page's depth.
    figure_page = out["story-a/figures/fig-b/index.html"].decode()
    assert (
        '<p class="line"><span class="who"><span class="visually-hidden">Who: </span><span class="name">'
        '<a href="../../../story-a/figures/fig-a/index.html" dir="auto">Figure A</a></span></span> '
        '<span class="where"><span class="visually-hidden">Where: </span><span class="name">'
        '<a href="../../../story-a/locations/loc-a/index.html" dir="auto">Place A</a>,</span> <span class="name">'
        '<a href="../../../story-a/locations/loc-b/index.html" dir="auto">Place B</a></span></span></p>'
    ) in figure_page
    assert "\x1f" not in figure_page
    assert ".line:empty { display: none; }" in (Path(TEMPLATES) / "assets/style.css").read_text()


def test_an_arabic_sites_headlines_and_names_set_their_latin_runs_apart_on_the_page_only(
    project: Project, tmp_path: Path
) -> None:
    # Headlines and names are plain text; on a right-to-left page their runs of Latin
    # words and numbers ('40 km') are set apart as a Markdown text's are, where they are
    # seen. An attribute, the <title>, the feeds and the exports hold the text alone.
    project.write("content/site.yaml", "title: موقع BBC\nlanguage: ar\nbase_url: https://example.org/\n")
    for rel, old, new in (
        ("story-a/story.yaml", "title: Story A", "title: قصة 2 steps"),
        ("story-a/story.yaml", "summary: What story A is about.", "summary: ما جرى."),
        ("story-a/events/e1.yaml", "title: First event", "title: الوفد يقطع 40 km\nkey: true"),
        ("story-a/events/e1.yaml", "summary: Something happened.", "summary: حدث شيء."),
        ("story-a/figures/fig-a.yaml", "name: Figure A", "name: السيد John Smith"),
        ("story-a/locations/loc-a.yaml", "name: Place A", "name: مقر UN"),
    ):
        path = project.root / "content" / rel
        path.write_text(path.read_text().replace(old, new))
    build(content="content", templates=TEMPLATES, out=str(tmp_path / "site"))
    site = tmp_path / "site"
    isolated = {  # in <main>: the way back to the story, headings, the lists of names
        "story-a/events/e1/index.html": ["2 steps", "40 km", "John Smith", "UN"],
        # key moments, the timeline's headline and its line of names, the key figures and places
        "story-a/index.html": ["2 steps", "40 km", "40 km", "John Smith", "UN", "John Smith", "UN"],
        # the page's own name left out of the lines of names (names_line)
        "story-a/figures/fig-a/index.html": ["2 steps", "John Smith", "40 km", "UN"],
        "story-a/locations/loc-a/index.html": ["2 steps", "UN", "40 km", "John Smith"],
        "index.html": ["BBC", "2 steps"],
    }
    for page, runs in isolated.items():
        html = (site / page).read_text()
        head, body = html.split("<body", 1)
        shown = re.findall(r'<bdi dir="ltr">([^<]*)</bdi>', body.split("<main", 1)[1].split("</main>")[0])
        assert shown == runs, (page, shown)
        assert '>موقع <bdi dir="ltr">BBC</bdi></a>' in body  # the site's name, above
        assert "<bdi" not in head and ("40 km" in head or "2 steps" in head)  # <title>, meta
        assert not re.search(r'="[^"]*<bdi', html), page  # no attribute holds one
    assert (site / "story-a/events/e1/index.html").read_text().count('<bdi dir="ltr">40 km</bdi>') == 1  # h1
    for export in ("feed.xml", "story-a/feed.xml", "story-a/story.json", "story-a/timeline.json"):
        text = (site / export).read_text()
        assert "bdi" not in text and "40 km" in text, export


def test_a_story_lists_its_related_stories_after_its_timeline(project: Project) -> None:
    # 'related:' in story.yaml: the story page lists them, in that order, as cards (title
    # linked, standfirst, lead picture small); a draft is left out of the published site;
    # the embed, inside another site's article, lists none; story.json gives them.
    project.write(
        "content/floods/story.yaml",
        "title: Floods\nsummary: The river *rose*.\npublished: 2020-01-01\n"
        "image:\n  src: media/river.jpg\n  alt: The river\n",
    )
    project.write("content/floods/media/river.jpg", photo(1200, 800))
    project.write(
        "content/quake/story.yaml", "title: Quake\nsummary: s\npublished: 2020-01-01\ndraft: true\n"
    )
    project.write("content/otis/story.yaml", "title: Otis\nsummary: The storm.\npublished: 2020-01-01\n")
    for folder in ("floods", "quake", "otis"):
        project.write(f"content/{folder}/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    story = Path("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "related: [otis, quake, floods]\n")
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    page = files["story-a/index.html"].decode()
    related = page[page.index('<section id="related"') : page.index('<section id="sources"')]
    assert page.index('<section id="timeline"') < page.index('<section id="related"')
    assert '<h2 id="related-heading">Related explainers</h2>' in related
    assert re.findall(r'<h3><a href="([^"]+)">([^<]+)</a></h3>', related) == [
        ("../otis/index.html", "Otis"),
        ("../floods/index.html", "Floods"),
    ]
    assert '<p class="summary">The river rose.</p>' in related
    small = re.search(
        r'<img src="\.\./(floods/[^"]+)"[^>]* width="96" height="64" alt="" loading="lazy"', related
    )
    # Its smallest rendition (the narrowest width the pictures stage makes), drawn 96 px wide.
    assert small is not None and small[1] == "floods/pictures/river.jpg.240.jpg"
    assert "quake" not in related and '<a href="#related">Related explainers</a>' in page
    assert "Related explainers" not in files["story-a/embed/index.html"].decode()
    # With --drafts the draft is listed too.
    staged = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True)).files
    assert '<a href="../quake/index.html">Quake</a>' in staged["story-a/index.html"].decode()
    # Marked a draft there, as on the home page: a reviewer sees it is not published yet.
    cards = staged["story-a/index.html"].decode().split('<article class="story-card"')[1:]
    assert ['class="draft-badge"' in card for card in cards] == [False, True, False]
    data = files["story-a/story.json"].decode()
    assert (
        '"related":[{"id":"otis","url":"../otis/index.html"},{"id":"floods","url":"../floods/index.html"}]'
        in data
    )
    assert '"related":[]' in files["floods/story.json"].decode()


def test_a_related_storys_animated_lead_picture_stands_still_for_reduced_motion(project: Project) -> None:
    # Its card drew the animation's smallest rendition as a bare <img>, which moved for a
    # reader whose system asks for reduced motion, as no other picture of the site does
    # (WCAG 2.2.2): the still first picture is the card's then, as the picture macro gives it.
    project.write(
        "content/gifs/story.yaml",
        "title: Gifs\nsummary: s\npublished: 2020-01-01\nimage:\n  src: media/loop.gif\n  alt: A loop\n",
    )
    project.write("content/gifs/media/loop.gif", animated("GIF"))
    project.write("content/gifs/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    story = Path("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "related: [gifs]\n")
    page = pipeline.render(pipeline.Project("content", TEMPLATES)).files["story-a/index.html"].decode()
    related = page[page.index('<section id="related"') : page.index('<section id="sources"')]
    card = re.search(
        r"<picture>\s*<source media=\"\(prefers-reduced-motion: reduce\)\" srcset=\"([^\"]+)\"", related
    )
    assert card is not None and card[1].startswith("../gifs/") and card[1].endswith(".png")
    assert re.search(r'<img src="\.\./gifs/[^"]+\.gif"[^>]* width="96"', related)


def _related_summaries(project: Project, summaries: dict[str, tuple[str, str]]) -> list[str]:
    """The standfirsts the cards of ``summaries`` (story id: its language and summary) show
    on story-a's page, which lists them as related."""
    for sid, (language, summary) in summaries.items():
        project.write(
            f"content/{sid}/story.yaml",
            f"title: {sid}\nsummary: '{summary}'\npublished: 2020-01-01\nlanguage: {language}\n",
        )
        project.write(f"content/{sid}/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    story = Path("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + f"related: [{', '.join(summaries)}]\n")
    page = pipeline.render(pipeline.Project("content", TEMPLATES)).files["story-a/index.html"].decode()
    related = page[page.index('<section id="related"') : page.index('<section id="sources"')]
    return [unescape(found) for found in re.findall(r'<p class="summary">([^<]*)</p>', related)]


def test_a_related_storys_card_shows_its_first_sentence_or_a_cut_at_a_word(project: Project) -> None:
    # The card cut the standfirst at 200 characters, mid-sentence where a long one went on.
    # Its first sentence, when that is short enough, ends where the story's language ends
    # one (Bengali's danda, Chinese's full stop, Arabic's question mark); else the cut is
    # after a word, with an ellipsis.
    later = " More words follow here to make the standfirst long." * 5
    long_sentence = (
        "The river rose " + "higher and higher " * 14 + "until the town flooded and everyone left."
    )
    shown = _related_summaries(
        project,
        {
            "floods": ("en", "The river rose in the night, U.S. officials said." + later),
            "bonna": ("bn", "রাতে নদীর জল বেড়ে যায়। " + "আরও অনেক কথা। " * 20),
            "hongshui": ("zh-Hans", "河水在夜里上涨。" + "更多的字。" * 50),
            "fayadan": ("ar", "هل كان الفيضان متوقعا؟ " + "كلمات أخرى كثيرة هنا. " * 12),
            "long": ("en", long_sentence + later),
            "short": ("en", "Two sentences. Both short."),
        },
    )
    assert shown[:4] == [
        "The river rose in the night, U.S. officials said.",
        "রাতে নদীর জল বেড়ে যায়।",
        "河水在夜里上涨。",
        "هل كان الفيضان متوقعا؟",
    ]
    assert shown[4].endswith("…") and len(shown[4]) <= 200 and long_sentence.startswith(shown[4][:-1])
    assert shown[4][:-1].endswith(("higher", "and")), shown[4]  # after a word
    assert shown[5] == "Two sentences. Both short."  # short enough whole


def test_a_related_storys_first_sentence_closes_what_it_leaves_open(project: Project) -> None:
    # A right-to-left override or an isolate opened in the first sentence and closed
    # after it (or never: the text is closed at its end) was left open on the card, as
    # a cut after a word (feeds.shortened) closes it: each must end in the element it
    # starts in, and an override drew what follows it in that element backwards.
    later = " More words follow here to make the standfirst long." * 5
    shown = _related_summaries(
        project,
        {
            "floods": ("en", "\u202eRescuers say it rose. The end\u202c came." + later),
            "fire": ("en", "A fire \u2067in the hills. It burned\u2069 for days." + later),
        },
    )
    assert shown == ["\u202eRescuers say it rose.\u202c", "A fire \u2067in the hills.\u2069"]


def test_a_related_storys_drawing_or_remote_lead_picture_is_its_cards_thumbnail(project: Project) -> None:
    # A lead picture that is an SVG drawing or at an https:// address has no renditions:
    # the card showed none, where the story's own page shows it as an <img>, the
    # drawing's with the proportions its file gives, here 96 px wide.
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100"/></svg>'
    project.write(
        "content/maps/story.yaml",
        "title: Maps\nsummary: s\npublished: 2020-01-01\nimage:\n  src: media/map.svg\n  alt: A map\n",
    )
    project.write("content/maps/media/map.svg", svg)
    project.write(
        "content/wire/story.yaml",
        "title: Wire\nsummary: s\npublished: 2020-01-01\n"
        "image:\n  src: https://pictures.example/wire.jpg\n  alt: A photo\n",
    )
    for folder in ("maps", "wire"):
        project.write(f"content/{folder}/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    story = Path("content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "related: [maps, wire]\n")
    files = pipeline.render(pipeline.Project("content", TEMPLATES)).files
    page = files["story-a/index.html"].decode()
    related = page[page.index('<section id="related"') : page.index('<section id="sources"')]
    cards = related.split('<article class="story-card"')[1:]
    assert (
        '<img src="../maps/media/map.svg" width="96" height="48" alt="" loading="lazy" decoding="async">'
        in cards[0]
    )
    build(content="content", templates=TEMPLATES, out="site")
    assert (project.root / "site/maps/media/map.svg").is_file()  # the address is the drawing's
    assert (
        '<img src="https://pictures.example/wire.jpg" width="96" alt="" loading="lazy" decoding="async">'
        in cards[1]
    )
