"""The Jinja environment pages are rendered with: its settings, filters, loader and the
cache of compiled templates.

Jinja and MarkupSafe are used as shipped, through their public API only. (Calls and
escaping used to take shortcuts through their internals, which rendered the 1,110 pages
of a 1,000-event site in a third less time: not worth depending on code either library
may change in any release.)

Compiled templates are kept between builds in Jinja's file cache, under a key that also
holds everything that decides the compiled code (``compile_key``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
import jinja2.bccache

from generator.content import files
from generator.content.dates import PartialDate
from generator.i18n import catalogs
from generator.i18n.catalogs import translations
from generator.i18n.dates import date_text
from generator.i18n.languages import Language, autonym, resolve
from generator.render.interface_text import InterfaceText
from generator.render.markup import Renderer, Typeset

MAX_TEMPLATE_BYTES = 1_000_000


class ThemeLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, reading only regular files inside the theme folder.

    A theme may come in a pull request like content: a template that is a link to a file
    elsewhere (``{% include "secrets.html" %}`` -> ``~/.netrc``), a FIFO or a device is a
    template error naming it, never read.
    """

    def __init__(self, searchpath: str) -> None:
        super().__init__(searchpath)
        self.read_assets = False
        """Whether a template has been read from the theme's ``assets/`` (a stylesheet
        included inline, say): then a change there changes pages too."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        parts = template.split("/")
        if any(p in ("", ".", "..") or files.is_hidden(p) or os.sep in p for p in parts):
            raise jinja2.TemplateNotFound(template)
        self.read_assets = self.read_assets or parts[0] == "assets"
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


JINJA_VERSION = jinja2.__version__
"""Part of every cache key: Jinja may compile the same template differently in another
release without changing the format of its cache files."""


def _named(cls: type) -> str:
    """A class as the same text in every process (its ``repr`` may hold an address)."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _callables(functions: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Each filter's or test's name and the mark ``jinja2.pass_context`` and its
    siblings leave on it: Jinja reads the mark when it compiles a template, and writes
    the call to pass the context (or environment) first."""
    return sorted((name, str(getattr(f, "jinja_pass_arg", ""))) for name, f in functions.items())


def compile_key(environment: jinja2.Environment, name: str) -> str:
    """Everything besides its source that decides how template ``name`` compiles in
    ``environment``, as one digest.

    These are the settings Jinja's lexer, parser and code generator read: the syntax,
    whitespace handling, autoescaping as it applies to ``name``, the undefined type, the
    extensions, what filters and tests exist and what they are passed, asynchronous
    mode; and the loader's folders, Jinja's release and Python's. Extensions are told
    apart by name only: one whose own options change what it generates would have to
    add them here (the theme uses none).
    """
    env = environment
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    loader = env.loader
    folders: Iterable[str] = getattr(loader, "searchpath", ())
    parts: list[object] = [
        JINJA_VERSION,
        sys.implementation.cache_tag,
        _named(type(env)),
        _named(env.code_generator_class),
        _named(type(loader)),
        [os.path.abspath(folder) for folder in folders],
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        autoescape,
        _named(env.undefined),
        env.finalize is not None,
        str(getattr(env.finalize, "jinja_pass_arg", "")),
        env.optimized,
        env.is_async,
        env.sandboxed,
        sorted(env.extensions),
        getattr(env, "newstyle_gettext", None),  # the i18n extension compiles calls differently
        getattr(env, "interface_catalog_digest", None),  # translations compiled in (interface_text.py)
        env.policies.get("compiler.ascii_str"),
        _callables(env.filters),
        _callables(env.tests),
    ]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's file cache of compiled templates, with ``compile_key`` in each key.

    Jinja keys an entry by the template's name and file and checks a checksum of its
    source, but nothing of the environment: a template compiled with ``trim_blocks``
    would be loaded as it was after the setting changed (pallets/jinja#1738). Here each
    combination of settings has entries of its own, so switching back and forth costs
    no recompiling either.

    The folder is Jinja's default: ``_jinja2-cache-<uid>`` in the system's temporary
    folder, which Jinja makes readable and writable by this user only, and refuses to
    use if anyone else owns it or may write to it.
    """

    def get_bucket(
        self, environment: jinja2.Environment, name: str, filename: str | None, source: str
    ) -> jinja2.bccache.Bucket:
        key = self.get_cache_key(f"{compile_key(environment, name)}|{name}", filename)
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:  # a cache that cannot be read is an empty one: the template is compiled
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        # A cache is only a saving: a build must not fail because the system's temporary
        # folder was cleaned (or filled) while it ran.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """The cache of compiled templates: compiling the theme takes about 65 ms, loading
    it from the cache 4 ms. Without a temporary folder this user alone can write to,
    templates are simply compiled each time."""
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):  # RuntimeError: Jinja found the folder unsafe
        return None


ENGLISH = "en"
"""The language of pages whose language is not known (the theme is written in it)."""


def make_environment(
    templates: str,
    functions: dict[str, Callable[..., Any]] | None = None,
    markdown: Renderer | None = None,
    language: Language | None = None,
    kind: type[jinja2.Environment] = jinja2.Environment,
) -> jinja2.Environment:
    """The environment for the theme in ``templates`` writing in ``language`` (English if
    not given); ``functions`` are callable from every template; ``markdown`` converts for
    the Markdown filters (a new ``Renderer`` if not given); ``kind`` is the class made
    (Jinja's, or a subclass of it). Its globals are all set here, before any template
    is loaded.

    One environment writes one language: its interface text, dates and direction are
    the environment's, so macros imported without context (which see only the
    environment's globals) write in it too.
    """
    env = kind(
        loader=ThemeLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the preview server makes a new environment when templates change
        bytecode_cache=_bytecode_cache(),
        cache_size=-1,  # a plain dict: a theme has a handful of templates, looked up on every page
        extensions=["jinja2.ext.i18n", InterfaceText],
    )
    lang = language or resolve(ENGLISH)
    assert lang is not None, "the English catalog is shipped"
    # Reader-facing text in templates goes through ``_()``/``ngettext()``/``{% trans %}``.
    # New-style gettext escapes and formats like the rest of the template.
    catalog = translations(lang.catalog)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    # ... and the plain calls, ``_("text")``, are translated as templates are compiled.
    env.interface_catalog = catalog  # type: ignore[attr-defined]
    env.interface_catalog_digest = catalogs.digest(lang.catalog)  # type: ignore[attr-defined]
    dates = date_text(lang)

    def date(value: PartialDate) -> str:
        return dates.date(value)

    env.globals["lang"] = lang.tag
    env.globals["dir"] = lang.direction
    env.globals["language_name"] = autonym
    md = Typeset(markdown or Renderer(), lang.tag)  # the quotation marks of the page's language
    env.filters["markdown"] = md
    env.filters["markdown_inline"] = md.inline
    env.filters["description"] = _describer(env, md)
    env.filters["date"] = date
    env.filters["when"] = dates.when
    env.globals.update(functions or {})
    return env


def _describer(env: jinja2.Environment, md: Typeset) -> Callable[[str | None], str]:
    """The ``description`` filter: Markdown as plain text of at most 200 characters, for
    meta tags; the same as ``markdown | striptags | truncate(200)``."""

    def description(text: str | None) -> str:
        return jinja2.filters.do_truncate(env, md(text).striptags(), 200)

    return description
