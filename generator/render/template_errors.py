"""A theme's mistakes in a theme author's words, at the template file and line they are
in: Jinja's errors as content errors (``templates/figure.html:2: message``), a misspelt
field or macro with the nearest one there is, and a call of one of our functions with the
arguments an older version took, said to come from a theme copied from that version.
Used by the renderers (both) and by the preview's page for an error it did not expect."""

from __future__ import annotations

import dataclasses
import os
import re
import sys
import types

import jinja2

from generator.content import files
from generator.errors import ContentError, Position, Problem, did_you_mean
from generator.patterns import later


def on_page(error: ContentError, path: str) -> ContentError:
    """``error`` saying the page it was met on: '... (making story/events/e1/index.html)'."""
    return ContentError(
        [dataclasses.replace(p, message=f"{p.message} (making {path})") for p in error.problems]
    )


def template_error(exc: jinja2.TemplateError, templates: str) -> ContentError:
    """``exc`` as a content error at the template file and line it comes from."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.name if isinstance(exc.name, str) else os.path.basename(str(exc.filename))
        where = Position(os.path.join(templates, name), exc.lineno, None)
        return ContentError([Problem(where, exc.message or "")])
    if isinstance(exc, jinja2.TemplateNotFound):
        # Where it is included from, when a template asks for it; else the missing file.
        asked = template_frame(exc.__traceback__, templates)
        if asked is not None:
            return ContentError([Problem(asked, f"template '{exc.name}' not found")])
        return ContentError([Problem(Position(os.path.join(templates, str(exc.name))), "template not found")])
    where = template_frame(exc.__traceback__, templates) or Position(templates, 1, None)
    message = exc.message or str(exc)
    if isinstance(exc, jinja2.UndefinedError):
        message = _no_such_macro(message, templates) or _no_such_field(message)
    return ContentError([Problem(where, message)])


_NO_ATTRIBUTE = later(
    r"'(?P<module>generator(?:\.\w+)+)\.(?P<name>\w+) object' has no attribute '(?P<field>\w+)'"
)
"""Jinja's words for a field a template asks of one of our objects and that it lacks."""


_NO_MACRO = later(r"'jinja2\.environment\.TemplateModule object' has no attribute '(?P<name>\w+)'")
"""Jinja's words for a macro asked of an imported template (``m.draft_bagde()``) that it lacks."""
_MACRO = later(r"\{%-?\s*macro\s+(\w+)")


def _no_such_macro(message: str, templates: str) -> str | None:
    """Jinja's message for a misspelt macro of an imported template, in a theme author's
    words, with the nearest macro the theme defines: "no macro 'draft_bagde' in the
    templates imported; did you mean 'draft_badge'?"; None for any other message."""
    found = _NO_MACRO().fullmatch(message)
    if found is None:
        return None
    defined: set[str] = set()
    for rel, entry in files.walk_files(templates, skip=files.is_ignored_in_theme):
        if rel.endswith(".html") and entry.is_file(follow_symlinks=False):
            with open(entry.path, encoding="utf-8", errors="replace") as f:
                defined.update(_MACRO().findall(f.read()))
    return f"no macro '{found['name']}' in the templates imported{did_you_mean(found['name'], defined)}"


def _no_such_field(message: str) -> str:
    """Jinja's message for a misspelt field of one of our objects (``event.titel``), in a
    theme author's words: the object by its name, not its module, and the field it has
    that is closest: "Event has no field 'titel'; did you mean 'title'?"."""
    found = _NO_ATTRIBUTE().fullmatch(message)
    if found is None:
        return message
    kind = getattr(sys.modules.get(found["module"]), found["name"], None)
    fields = [name for name in dir(kind) if not name.startswith("_")] if isinstance(kind, type) else []
    # No near spelling: more likely a field an older version had (a theme copied then).
    hint = did_you_mean(found["field"], fields) or f"; {OLDER_THEME}"
    return f"{found['name']} has no field '{found['field']}'{hint}"


OLDER_THEME = (
    "a theme copied from an older explainer may ask for what was renamed since (README, 'Upgrading')"
)


_OLDER_CALL = later(
    r"(?P<qualname>(?:\w+\.)*(?P<name>\w+))\(\) "
    r"(?P<why>(?:missing \d+ required|takes \d+ positional|got an unexpected keyword).*)",
    re.DOTALL,
)
"""Python's words for a function called with other arguments than it takes."""

PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
"""The folder of the generator's own code."""


def older_call(exc: Exception) -> str | None:
    """A call a template makes of one of our functions (``event_item``, a method of
    ``links`` or of a model object) with the arguments an earlier version took (a theme
    copied then: ``event_item(event)``), in a theme author's words: the function as the
    template names it, and that the theme may be older; None for any other error: a
    filter of Jinja's given wrong arguments (``|upper(1)``), a Python type's method, or
    a mistake inside our own function (there the error was raised in our code, where
    here the call never began)."""
    found = _OLDER_CALL().fullmatch(str(exc)) if isinstance(exc, TypeError) else None
    if found is None or found["qualname"] not in _our_functions():
        return None
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename).startswith(PACKAGE + os.sep):
        return None  # raised within our code: a call of ours that went wrong, not the template's
    return f"{found['name']}() {found['why']}; {OLDER_THEME}"


def _our_functions() -> set[str]:
    """The qualified names of the functions and methods of the generator's modules
    loaded now (``SiteRenderer.event_item``, ``Links.figure``, ``PartialDate.iso``): those
    a template can reach are among them. Worked out when a template fails only."""
    names: set[str] = set()
    for module_name, module in list(sys.modules.items()):
        if module_name != "generator" and not module_name.startswith("generator."):
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) != module_name:
                continue
            members = vars(value).values() if isinstance(value, type) else [value]
            for member in members:
                function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                if isinstance(function, types.FunctionType):
                    names.add(function.__qualname__)
    return names


def template_frame(tb: types.TracebackType | None, templates: str) -> Position | None:
    """The template file and line of ``templates`` an exception with the traceback ``tb``
    was raised in, if any.

    Jinja rewrites tracebacks so that frames of compiled templates carry the template's
    file name and line number; the innermost such frame is where the error is.
    """
    root = os.path.abspath(templates)
    found: Position | None = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.abspath(filename).startswith(root + os.sep):
            rel = os.path.relpath(filename, root)
            found = Position(os.path.join(templates, rel), tb.tb_lineno, None)
        tb = tb.tb_next
    return found
