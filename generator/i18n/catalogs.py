"""Catalogs of interface text: the shipped ``.po`` files, compiled when first needed.

The ``.po`` files are the source. ``make catalogs`` (and ``make setup``) compile them into
``.mo`` files beside them with ``pybabel compile``; the build reads a ``.mo`` that is at
least as new as its ``.po``, and otherwise compiles the ``.po`` in memory with Babel, so
a fresh checkout or an edited catalog never shows stale text. Compiled files are not
committed.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import io
import os

from generator.i18n.languages import DOMAIN, LOCALES


def catalog_path(name: str, suffix: str = ".po") -> str:
    return os.path.join(LOCALES, name, "LC_MESSAGES", DOMAIN + suffix)


@functools.cache
def translations(name: str) -> gettext.GNUTranslations:
    """The compiled catalog ``name`` ('ru', 'zh_Hans'), once per process; it also answers
    the messages a theme copied before they were retired asks for (``RETIRED``)."""
    catalog = gettext.GNUTranslations(io.BytesIO(compiled(name)))
    catalog.add_fallback(Retired(catalog))
    return catalog


RETIRED = {"DRAFT": "Draft"}
"""Messages the shipped theme no longer asks for, each with the one that replaced it,
written in capitals as the old one was: a theme copied before 3 December asks for
``_("DRAFT")``, which the catalogs had as "ENTWURF", "ЧЕРНОВИК"... and now have as
"Draft", put in capitals by the stylesheet (a screen reader may spell out a word written
in capitals). Without this, such a theme's badge read "DRAFT" on a German page."""


class Retired(gettext.NullTranslations):
    """The answer for a message the catalog lacks (a catalog's fallback): a retired
    message's replacement in capitals, any other message as it is."""

    def __init__(self, catalog: gettext.NullTranslations) -> None:
        super().__init__()
        self._catalog = catalog

    def gettext(self, message: str) -> str:
        replacement = RETIRED.get(message)
        return message if replacement is None else self._catalog.gettext(replacement).upper()


def digest(name: str) -> str:
    """A digest of the catalog ``name`` as the build reads it: what templates compiled
    with its text baked in (``speed/interface_text.py``) are kept under."""
    return hashlib.sha256(compiled(name)).hexdigest()


@functools.cache
def compiled(name: str) -> bytes:
    """The ``.mo`` form of the catalog ``name``: its ``.mo`` file if at least as new as
    its ``.po``, else the ``.po`` compiled in memory."""
    po, mo = catalog_path(name), catalog_path(name, ".mo")
    try:
        fresh = os.path.getmtime(mo) >= os.path.getmtime(po)
    except OSError:
        fresh = False
    if fresh:
        with open(mo, "rb") as f:
            return f.read()
    return compile_po(po, name)


def compile_po(path: str, locale: str | None = None) -> bytes:
    """The ``.mo`` form of the ``.po`` file at ``path``, as ``pybabel compile`` writes it:
    fuzzy entries left out, and ``locale`` (the catalog's folder name, which ``pybabel
    compile -d`` passes) giving the language and plural rule a header leaves out."""
    # Imported here: a build reads the compiled ``.mo`` files, and Babel's catalog
    # modules took 3-4 ms of every command's start.
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(path, "rb") as f:
        catalog = read_po(f, locale)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()
