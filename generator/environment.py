"""The Jinja environment pages are rendered with: its settings, filters, loader and the
cache of compiled templates.

Jinja and MarkupSafe are used as shipped, through their public API only. (Calls and
escaping used to take shortcuts through their internals, which rendered the 1,110 pages
of a 1,000-event site in a third less time: not worth depending on code either library
may change in any release.)

Compiled templates are kept between builds in Jinja's bytecode cache.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable
from typing import Any

import jinja2

from generator import files
from generator.markup import Renderer

MAX_TEMPLATE_BYTES = 1_000_000


class ThemeLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, reading only regular files inside the theme folder.

    A theme may come in a pull request like content: a template that is a link to a file
    elsewhere (``{% include "secrets.html" %}`` -> ``~/.netrc``), a FIFO or a device is a
    template error naming it, never read.
    """

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        parts = template.split("/")
        if any(p in ("", ".", "..") or files.is_hidden(p) or os.sep in p for p in parts):
            raise jinja2.TemplateNotFound(template)
        for folder in self.searchpath:
            path = os.path.join(folder, *parts)
            if not os.path.lexists(path):
                continue
            try:
                data = files.read_regular(path, root=folder, limit=MAX_TEMPLATE_BYTES)
            except (files.UnsafeFile, OSError) as exc:
                raise jinja2.TemplateError(f"template '{template}' {exc}") from None
            mtime = os.path.getmtime(path)
            return data.decode("utf-8"), os.path.normpath(path), functools.partial(_unchanged, path, mtime)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: str, mtime: float) -> bool:
    try:
        return os.path.getmtime(path) == mtime
    except OSError:
        return False


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (compiling the theme costs about 65 ms).

    Jinja keys each entry by the template's name and a checksum of its source, so an
    edited template is never served stale. In the system's temporary folder, per user;
    without a usable one, templates are simply compiled each time.
    """
    try:
        return jinja2.FileSystemBytecodeCache()
    except OSError:
        return None


def load_templates(env: jinja2.Environment) -> None:
    """Compile every page template of ``env`` now (or take it from the bytecode cache):
    a one-off build does it while its helper process loads content files. Template
    errors are left to the renderer, which loads the template again and reports them."""
    with contextlib.suppress(jinja2.TemplateError):
        for name in env.list_templates(extensions=["html"]):
            env.get_template(name)


def make_environment(
    templates: str, functions: dict[str, Callable[..., Any]] | None = None
) -> jinja2.Environment:
    """The environment for the theme in ``templates``; ``functions`` are callable from
    every template."""
    env = jinja2.Environment(
        loader=ThemeLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the preview server makes a new environment when templates change
        bytecode_cache=_bytecode_cache(),
        cache_size=-1,  # a plain dict: a theme has a handful of templates, looked up on every page
    )
    md = Renderer()
    env.filters["markdown"] = md
    env.filters["markdown_inline"] = md.inline
    env.filters["description"] = _describer(env, md)
    env.globals.update(functions or {})
    return env


def _describer(env: jinja2.Environment, md: Renderer) -> Callable[[str | None], str]:
    """The ``description`` filter: Markdown as plain text of at most 200 characters, for
    meta tags. The same as ``markdown | striptags | truncate(200)``, kept per text because
    the event's summary is described again on every page that renders it."""
    seen: dict[str | None, str] = {}

    def description(text: str | None) -> str:
        if text not in seen:
            seen[text] = jinja2.filters.do_truncate(env, md(text).striptags(), 200)
        return seen[text]

    return description
