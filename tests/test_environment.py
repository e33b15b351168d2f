"""The faster template calls behave exactly as Jinja's own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jinja2
import pytest

from generator.environment import FastContext

TEMPLATE = """\
{% macro pair(a, b="two") %}{{ a }}+{{ b }}{% endmacro %}
{{ plain(1) }} {{ obj.method("x") }} {{ pair("one") }} {{ pair("one", b="three") }}
{{ with_context() }} {{ with_environment() }} {{ with_eval_context() }} {{ callable_object() }}
{{ stops() is undefined }}
{% for i in [1, 2] %}{% set here = i %}{{ with_context() }}:{{ plain(i) }} {% endfor %}
{% block b %}{% set inner = "in block" %}{{ with_context() }}{% endblock %}
"""


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
    values: dict[str, Any] = {
        "plain": lambda n: f"plain {n}",
        "obj": Thing(),
        "with_context": with_context,
        "with_environment": with_environment,
        "with_eval_context": with_eval_context,
        "callable_object": ContextTaker(),
        "stops": stops,
        "name": "N",
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
