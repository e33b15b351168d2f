"""A theme's mistakes as content errors (render/template_errors.py). How each mistake
reads once a page is rendered is in test_renderer.py."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2
import pytest

from generator.errors import ContentError, Position, Problem
from generator.render import template_errors
from generator.render.links import Links


def test_the_innermost_template_line_of_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "theme").mkdir()
    (tmp_path / "theme/page.html").write_text("<h1>{{ title }}</h1>\n{% include 'part.html' %}\n")
    (tmp_path / "theme/part.html").write_text("<p>one</p>\n<p>two</p>\n{{ fail() }}\n")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("theme"))

    def fail() -> str:
        raise LookupError("from Python, below the template")

    with pytest.raises(LookupError) as caught:
        env.get_template("page.html").render(title="T", fail=fail)
    where = template_errors.template_frame(caught.value.__traceback__, "theme")
    assert where == Position(os.path.join("theme", "part.html"), 3, None)
    assert template_errors.template_frame(caught.value.__traceback__, "elsewhere") is None


def test_a_syntax_error_is_at_its_template_and_line(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("one\n{% if %}\n")
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    with pytest.raises(jinja2.TemplateSyntaxError) as caught:
        env.get_template("page.html")
    error = template_errors.template_error(caught.value, "templates")
    assert [str(p) for p in error.problems] == [
        "templates/page.html:2: Expected an expression, got 'end of statement block'"
    ]


def test_a_template_missing_from_the_theme_is_named(tmp_path: Path) -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
    with pytest.raises(jinja2.TemplateNotFound) as caught:
        env.get_template("story.html")
    error = template_errors.template_error(caught.value, "templates")
    assert [str(p) for p in error.problems] == ["templates/story.html:1:1: template not found"]


def test_an_error_says_the_page_it_was_met_on() -> None:
    error = ContentError([Problem(Position("templates/event.html", 3, None), "'x' is undefined")])
    assert [str(p) for p in template_errors.on_page(error, "s/events/e1/index.html").problems] == [
        "templates/event.html:3: 'x' is undefined (making s/events/e1/index.html)"
    ]


def test_only_a_call_of_ours_with_an_older_versions_arguments_blames_an_older_theme() -> None:
    links = Links("", "story", None)
    with pytest.raises(TypeError) as ours:
        links.figure()  # type: ignore[call-arg]  # as a template of an older version might
    said = template_errors.older_call(ours.value)
    assert said is not None
    assert said.startswith("figure() missing 1 required positional argument")
    assert said.endswith(template_errors.OLDER_THEME)
    with pytest.raises(TypeError) as python_s:
        "x".upper(1)  # type: ignore[call-arg]  # a Python type's method: the template's own mistake
    assert template_errors.older_call(python_s.value) is None
    assert template_errors.older_call(ValueError("figure() missing 1 required positional argument")) is None
