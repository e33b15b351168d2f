"""The faster template calls and escaping behave exactly as Jinja's own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jinja2
import pytest
from markupsafe import Markup, escape

from generator.environment import FastContext, FastTemplate, escape_output, make_environment

TEMPLATE = """\
{% macro pair(a, b="two") %}{{ a }}+{{ b }}{% endmacro %}
{% macro both(a, b) %}<{{ a }}|{{ b }}>{% endmacro %}
{% macro rest() %}{{ varargs | join(",") }};{{ kwargs | dictsort | join(",") }}{% endmacro %}
{% macro wrap(x) %}[{{ caller(x) }}]{% endmacro %}
{% macro maybe(a) %}{{ a }}{{ caller is defined }}{% endmacro %}
{% macro kw(a) %}{{ a }}{{ kwargs }}{% endmacro %}
{% macro va(a) %}{{ a }}{{ varargs }}{% endmacro %}
{{ maybe(1) }} {{ kw(1) }} {{ va(1) }}
{{ plain(1) }} {{ obj.method("x") }} {{ pair("one") }} {{ pair("one", b="three") }}
{{ both("<b>", "&") }} {{ both(a="x", b="y") }} {{ rest(1, 2, k="v") }}
{% call(y) wrap("<i>") %}called {{ y }}{% endcall %}
{{ text }} {{ safe }} {{ number }} {{ nothing }} {{ html_object }} {{ text ~ safe }}
{% set captured %}{{ text }}{{ both(1, 2) }}{% endset %}{{ captured }} {{ captured | length }}
{{ with_context() }} {{ with_environment() }} {{ with_eval_context() }} {{ callable_object() }}
{{ stops() is undefined }}
{% for i in [1, 2] %}{% set here = i %}{{ with_context() }}:{{ plain(i) }} {% endfor %}
{% block b %}{% set inner = "in block" %}{{ with_context() }}{% endblock %}
"""


class HasHtml:
    def __html__(self) -> str:
        return "<em>as HTML</em>"

    def __str__(self) -> str:
        return "<as text>"


class Thing:
    def method(self, x: str) -> str:
        return f"method {x}"


class ContextTaker:
    @jinja2.pass_context
    def __call__(self, context: jinja2.runtime.Context) -> str:
        return f"object sees {context.get('name')}"


@jinja2.pass_context
def with_context(context: jinja2.runtime.Context) -> str:
    return f"context {context.get('name')} {context.get('here')} {context.get('inner')}"


@jinja2.pass_environment
def with_environment(env: jinja2.Environment) -> str:
    return f"environment autoescape={env.autoescape}"


@jinja2.pass_eval_context
def with_eval_context(ctx: jinja2.nodes.EvalContext) -> str:
    return f"eval context autoescape={ctx.autoescape}"


def stops() -> Iterator[int]:
    raise StopIteration


def _render(fast: bool) -> str:
    env = jinja2.Environment(autoescape=True)
    if fast:
        env.context_class = FastContext
        env.template_class = FastTemplate
    values: dict[str, Any] = {
        "plain": lambda n: f"plain {n}",
        "obj": Thing(),
        "with_context": with_context,
        "with_environment": with_environment,
        "with_eval_context": with_eval_context,
        "callable_object": ContextTaker(),
        "stops": stops,
        "name": "N",
        "text": 'Tom & Jerry\'s <"show">',
        "safe": Markup("<b>bold</b>"),
        "number": 3.5,
        "nothing": None,
        "html_object": HasHtml(),
    }
    return env.from_string(TEMPLATE).render(values)


def test_calls_give_what_jinja_gives() -> None:
    fast = _render(fast=True)
    assert fast == _render(fast=False)
    # and the shortcut did not skip what the marked functions want passed in
    assert "context N 1 " in fast and "context N None in block" in fast
    assert "object sees N" in fast and "environment autoescape=True" in fast
    assert "eval context autoescape=True" in fast and "one+two one+three" in fast
    assert "\nTrue\n" in fast  # a StopIteration becomes undefined, as in Jinja


def test_errors_raised_in_a_call_are_not_hidden() -> None:
    env = jinja2.Environment()
    env.context_class = FastContext

    def broken() -> str:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        env.from_string("{{ broken() }}").render(broken=broken)


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        "",
        "a & b < c > d \" e ' f",
        "<<&&>>",
        "ünïcödé ‹›",
        Markup("<b>&amp;</b>"),
        3,
        2.5,
        None,
        True,
        HasHtml(),
    ],
)
def test_printed_values_are_escaped_as_markupsafe_escapes_them(value: object) -> None:
    assert escape_output(value) == escape(value)


def test_macro_calls_are_shortened_only_where_nothing_is_lost() -> None:
    env = jinja2.Environment(autoescape=True)
    env.context_class = FastContext
    env.template_class = FastTemplate
    # too many or too few positional arguments still fail as Jinja makes them fail
    with pytest.raises(TypeError, match="takes not more than 1 argument"):
        env.from_string("{% macro one(a) %}{{ a }}{% endmacro %}{{ one(1, 2) }}").render()
    assert (
        env.from_string("{% macro one(a) %}{{ a is undefined }}{% endmacro %}{{ one() }}").render() == "True"
    )


def test_templates_see_the_environments_functions_and_their_own_globals() -> None:
    env = make_environment(".", {"shout": lambda s: s.upper()})
    template = env.from_string("{{ shout(word) }} {{ own }} {{ range(2) | list }}", globals={"own": "mine"})
    assert template.render(word="hi") == "HI mine [0, 1]"
    assert "own" not in env.globals  # a template's globals stay its own


def test_a_template_linked_out_of_the_theme_is_an_error_not_read(tmp_path: Path, deadline: None) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (tmp_path / "netrc").write_text("machine github.com password SECRET")
    (theme / "page.html").symlink_to(tmp_path / "netrc")
    os.mkfifo(theme / "pipe.html")
    env = make_environment(str(theme))
    with pytest.raises(jinja2.TemplateError, match="link to a file outside its folder"):
        env.get_template("page.html")
    with pytest.raises(jinja2.TemplateError, match="named pipe"):
        env.get_template("pipe.html")
    for name in ("../netrc", ".hidden.html", "a//b.html"):
        with pytest.raises(jinja2.TemplateNotFound):
            env.get_template(name)
