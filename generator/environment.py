"""The Jinja environment pages are rendered with: its settings, filters and caches.

Templates live in the theme folder; compiled, they are kept in Jinja's bytecode cache
for the next build.

Three shortcuts make rendering a fifth faster, with the same output (tests render every
kind of call and every kind of value both ways):

- Calls from templates go through ``FastContext``: Jinja checks every call for
  functions that want the template context passed in, and fills in a macro's
  arguments one by one, which costs more than the call itself for the short link
  helpers and macros a page calls a dozen times.
- Every render starts from the globals as one plain dict (``FastEnvironment``), not a
  chain of two that is copied key by key.
- What a template prints is escaped by ``escape_output``, which leaves escaped text a
  plain string where MarkupSafe's ``escape`` wraps it in ``Markup``: compiled templates
  only ever join it into the output, so the wrapping is work for nothing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import types
from collections.abc import Callable, MutableMapping
from typing import Any

import jinja2
import jinja2.runtime
from markupsafe import Markup, escape

from generator import files
from generator.markup import Renderer

_escape_inner: Callable[[str], str] | None
try:  # MarkupSafe's own escaping, without the Markup around it
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - MarkupSafe without its C speedups
    try:
        from markupsafe._native import _escape_inner
    except ImportError:
        _escape_inner = None

_Macro = jinja2.runtime.Macro


def escape_output(value: Any) -> str:
    """``markupsafe.escape(value)``, as plain text when ``value`` is plain text."""
    kind = type(value)
    if kind is str and _escape_inner is not None:
        return _escape_inner(value)
    if kind is Markup:
        return value  # type: ignore[no-any-return]  # safe already: escape would copy it
    return escape(value)


_unmarked: dict[Callable[..., Any], bool] = {}
"""Functions found to carry no ``jinja_pass_arg`` mark: the functions and methods
templates call are few and live as long as the program, and looking for a missing
attribute is slow (it raises and catches an error)."""


def _is_unmarked(function: Callable[..., Any]) -> bool:
    known = _unmarked.get(function)
    if known is None:
        if len(_unmarked) > 10_000:  # not expected; but never grow without end
            _unmarked.clear()
        known = _unmarked[function] = not hasattr(function, "jinja_pass_arg")
    return known


class FastContext(jinja2.runtime.Context):
    """Jinja's context, with shortcuts for calls that want nothing passed in.

    ``Context.call`` looks for a ``jinja_pass_arg`` mark on the callable and on its
    ``__call__``; functions and methods carry it only on themselves (a method on its
    function), so for those one look is enough, and it is remembered; macros never
    carry it. A macro given exactly its arguments, by position, with no ``caller`` and
    no extra arguments to collect, is run straight away, as ``Macro.__call__`` would
    once it had matched them. Anything else goes the usual way.
    """

    def call(__self, __obj: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        kind: type = type(__obj)
        if kind is types.MethodType:
            plain = _is_unmarked(__obj.__func__)  # type: ignore[attr-defined]
        elif kind is types.FunctionType:
            plain = _is_unmarked(__obj)
        else:
            plain = kind is _Macro
        if not plain:
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            if kind is _Macro and not kwargs and _plain_macro_call(__obj, args):  # type: ignore[arg-type]
                macro: jinja2.runtime.Macro = __obj  # type: ignore[assignment]
                html = macro._func(*args)
                return Markup(html) if macro._default_autoescape else html
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja does
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )


def _plain_macro_call(macro: jinja2.runtime.Macro, args: tuple[Any, ...]) -> bool:
    return (
        len(args) == macro._argument_count
        and not macro.caller
        and not macro.catch_kwargs
        and not macro.catch_varargs
        and not (args and isinstance(args[0], jinja2.nodes.EvalContext))
    )


class FastTemplate(jinja2.Template):
    """A template whose printed values are escaped by ``escape_output``."""

    @classmethod
    def from_code(
        cls,
        environment: jinja2.Environment,
        code: types.CodeType,
        globals: MutableMapping[str, Any],
        uptodate: Callable[[], bool] | None = None,
    ) -> jinja2.Template:
        template = super().from_code(environment, code, globals, uptodate)
        # The compiled module's functions look ``escape`` up in its namespace on every use.
        template.root_render_func.__globals__["escape"] = escape_output
        return template


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
    """Compiled templates kept between runs (compiling the theme costs about 0.2 s).

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


class FastEnvironment(jinja2.Environment):
    """An environment whose templates see its globals as one plain dict.

    Jinja chains each template's globals to the environment's (``ChainMap``), so that
    globals added later still show; every render then copies the chain into a new dict
    key by key. Ours are all set before any template is loaded (``make_environment``).
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}


def make_environment(
    templates: str, functions: dict[str, Callable[..., Any]] | None = None
) -> jinja2.Environment:
    """The environment for the theme in ``templates``; ``functions`` are callable from
    every template."""
    env = FastEnvironment(
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
    env.context_class = FastContext
    env.template_class = FastTemplate
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
