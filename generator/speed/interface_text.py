"""Interface text translated once, when a template is compiled, not on every page: a
speed-up of the fast renderer (``rendering.FastRenderer``); the plain one leaves every
call to Jinja's i18n extension, as shipped, for the same bytes.

The theme writes its interface text as ``{{ _("Skip to content") }}``. With Jinja's i18n
extension (new-style gettext) each such call is made at render time: the catalog looked
up, the result made ``Markup`` and formatted with ``%``, about 10 calls an event page,
a fifth of its rendering. Each environment writes one language (``render/environment.py``), so
a call of ``_`` with a single string literal always gives the same text there. This
extension replaces it, in the template's tokens, by that text marked safe, which Jinja
writes into the compiled template as it is where it is output: the same bytes, with no
call left. (Given to a macro or a filter, it is marked safe as the page renders, a call
far cheaper than gettext's: Jinja's optimizer, which would fold it there too, is off,
``render/environment.py``.)

Only the plain form is replaced: ``_("text")``. A call with variables
(``_("%(n)s events", n=...)``), ``ngettext`` and ``{% trans %}`` blocks are left to the
i18n extension (or, for a language that writes its own digits, to the environment's
gettext functions that give numbers in them: ``render/environment.py``), as are texts whose
formatting would fail (a lone ``%``), which then fail at render time as before.

The catalog decides the compiled code, so its digest is part of the compiled-template
cache's key (``templatecache.compile_key``).
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import jinja2
from jinja2.ext import Extension
from jinja2.lexer import (
    TOKEN_DOT,
    TOKEN_LPAREN,
    TOKEN_NAME,
    TOKEN_PIPE,
    TOKEN_RPAREN,
    TOKEN_STRING,
    Token,
    TokenStream,
)
from markupsafe import Markup

from generator.i18n import catalogs


def compile_in(env: jinja2.Environment, catalog: str) -> None:
    """Have ``env``, an environment writing the language of the shipped ``catalog``
    (``render/environment.make_environment``), translate the theme's ``_("text")`` as
    it compiles a template: before it loads any."""
    env.add_extension(InterfaceText)
    env.interface_catalog = catalogs.translations(catalog)  # type: ignore[attr-defined]
    env.interface_catalog_digest = catalogs.digest(catalog)  # type: ignore[attr-defined]


CALL = (TOKEN_NAME, TOKEN_LPAREN, TOKEN_STRING, TOKEN_RPAREN)
"""The tokens of ``_("text")``."""


class InterfaceText(Extension):
    """Replaces ``_("text")`` by its translation in the environment's catalog, set as
    ``environment.interface_catalog`` (nothing is replaced while it is None)."""

    def __init__(self, environment: object) -> None:
        super().__init__(environment)  # type: ignore[arg-type]
        self.environment.extend(interface_catalog=None, interface_catalog_digest=None)

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        catalog: gettext.NullTranslations | None = getattr(self.environment, "interface_catalog", None)
        if catalog is None:
            yield from stream
            return
        window: list[Token] = []  # the tokens that may be the start of a call of `_`
        before: Token | None = None  # the token before the window
        for token in stream:
            window.append(token)
            if not _could_be_call(window, before):
                # Nothing replaced: let the oldest token through and look again.
                while window and not _could_be_call(window, before):
                    before = window.pop(0)
                    yield before
                continue
            if len(window) == len(CALL):
                text = translated(catalog, window[2].value)
                if text is None:
                    yield from window
                else:
                    yield from _safe_string(window[0].lineno, text)
                before, window = window[-1], []
        yield from window


def _could_be_call(window: list[Token], before: Token | None) -> bool:
    """Whether ``window`` is the start of ``_("text")`` (not of ``x._("text")``)."""
    if not window:
        return True
    if before is not None and before.type == TOKEN_DOT:
        return False
    first = window[0]
    if first.type != TOKEN_NAME or first.value != "_":
        return False
    return all(token.type == kind for token, kind in zip(window[1:], CALL[1:], strict=False))


def translated(catalog: gettext.NullTranslations, message: str) -> str | None:
    """What new-style gettext renders for ``_(message)``: the translation, formatted
    with no variables (``%%`` becomes ``%``); None if that formatting fails."""
    try:
        return str(Markup(catalog.gettext(message)) % {})
    except (TypeError, ValueError, KeyError):
        return None


def _safe_string(lineno: int, text: str) -> Iterator[Token]:
    """The tokens of ``("text" | safe)``: a constant Jinja writes as it is."""
    yield Token(lineno, TOKEN_LPAREN, "(")
    yield Token(lineno, TOKEN_STRING, text)
    yield Token(lineno, TOKEN_PIPE, "|")
    yield Token(lineno, TOKEN_NAME, "safe")
    yield Token(lineno, TOKEN_RPAREN, ")")
