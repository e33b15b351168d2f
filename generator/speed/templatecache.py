"""Compiled templates kept between builds: Jinja's file cache, keyed by everything that
decides the compiled code.

Compiling the theme takes a hundred milliseconds and more (``docs/performance.md``),
loading it from this cache a few. Only a fast
build uses it (``rendering.FastRenderer``); the plain build compiles every template.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import babel
import jinja2
import jinja2.bccache

from generator.speed import diskcache
from generator.speed.distributions import installed

JINJA_VERSION = jinja2.__version__
"""Part of every cache key: Jinja may compile the same template differently in another
release without changing the format of its cache files."""


def _named(cls: type) -> str:
    """A class as the same text in every process (its ``repr`` may hold an address)."""
    return f"{cls.__module__}.{cls.__qualname__}"


def _mark_of(decorate: Callable[[Callable[[], None]], Any]) -> object:
    """The mark one of Jinja's public decorators leaves on what it decorates."""
    return getattr(decorate(lambda: None), "jinja_pass_arg", None)


PASSED = {
    _mark_of(jinja2.pass_context): "context",
    _mark_of(jinja2.pass_eval_context): "eval_context",
    _mark_of(jinja2.pass_environment): "environment",
}
"""The marks of ``jinja2.pass_context`` and its siblings, by what each has passed first,
learnt from the decorators themselves (the marks' own values are Jinja's to name)."""


def _passed(function: object) -> str:
    """What Jinja passes ``function`` first, as its decorator marked it: Jinja reads the
    mark when it compiles a template, and writes the call to pass the context (or the
    environment) first. "" when nothing; a mark none of the decorators makes (a later
    Jinja's) as it prints itself."""
    mark = getattr(function, "jinja_pass_arg", None)
    return "" if mark is None else PASSED.get(mark) or f"other: {mark}"


def _callables(functions: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Each filter's or test's name and what Jinja passes it first (``_passed``)."""
    return sorted((name, _passed(f)) for name, f in functions.items())


@functools.cache
def _markupsafe_version() -> str:
    """MarkupSafe's release, from its install record (its ``__version__`` is deprecated,
    and importlib.metadata costs tens of milliseconds of imports); once a process."""
    found = installed("markupsafe")
    return "" if found is None else found[0]


def libraries() -> str:
    """The releases of the libraries whose code may run as Jinja compiles a template, and
    so be in the compiled code: Jinja's optimizer, where it is on (``optimized``: not in
    the theme's environments, ``render/environment.py``), calls a filter given constants
    there (``{{ "Read *this*" | markdown }}`` is compiled as its HTML, Python-Markdown's
    and nh3's, ``diskcache.libraries``; ``{{ 42.5 | degrees }}`` as Babel writes the
    number), and escapes constant text with MarkupSafe's ``escape``. Read on every key:
    Babel's version is an attribute, the others are read once a process."""
    return "\n".join([diskcache.libraries(), babel.__version__, _markupsafe_version()])


def compile_key(environment: jinja2.Environment, name: str) -> str:
    """Everything besides its source that decides how template ``name`` compiles in
    ``environment``, as one digest.

    These are the settings Jinja's lexer, parser and code generator read: the syntax,
    whitespace handling, autoescaping as it applies to ``name``, the undefined type, the
    extensions, what filters and tests exist and what they are passed, asynchronous
    mode; and the loader's folders, Jinja's release and Python's; the releases of the
    libraries our filters call (``libraries``: a filter given constants is called as the
    template compiles); and the generator's
    own code (``diskcache.code_digest``): our extension writes the interface text into
    the compiled code (``interface_text.py``), so a change to it must compile
    again. Extensions are told apart by name otherwise: one whose own options change
    what it generates would have to add them here (the theme uses none).
    """
    env = environment
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    loader = env.loader
    folders: Iterable[str] = getattr(loader, "searchpath", ())
    parts: list[object] = [
        JINJA_VERSION,
        sys.implementation.cache_tag,
        diskcache.code_digest(),
        libraries(),
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
        _passed(env.finalize),
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


def compiled_templates() -> jinja2.BytecodeCache | None:
    """The cache of compiled templates, or None without a temporary folder this user
    alone can write to (templates are then simply compiled each time)."""
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):  # RuntimeError: Jinja found the folder unsafe
        return None
