"""The theme compiled ahead: on a first build, a helper process compiles the theme into
Jinja's bytecode cache while this one loads the content (``Fast.building``, which forks
it, and ``Fast._compiled``, which takes the same list from its other end before the first
template is needed), in each language the site's pages are written in.

A template compiled for English, whose interface text is compiled in
(``interface_text.py``), is of no use to a French page: ``languages`` reads which
languages the site and its stories name, before they are checked.
"""

from __future__ import annotations

import contextlib
import os

import jinja2

from generator.content import contentfile, files
from generator.content.filetext import text_or_none
from generator.content.yamlnodes import Mapping, Scalar, parse_yaml
from generator.errors import ContentError
from generator.i18n.languages import ENGLISH, cased, written_in
from generator.render.environment import theme_templates
from generator.render.renderer import SiteRenderer
from generator.speed.parallel import Claims
from generator.speed.rendering import FastRenderer


def compile_theme(
    templates: str,
    tags: list[str],
    renderer: FastRenderer | None = None,
    claims: tuple[Claims, list[tuple[str, str]]] | None = None,
) -> None:
    """Compile the theme into Jinja's bytecode cache, as the renderer's environments
    would (``to_compile``): the helper's work, from the front of the list. ``renderer``:
    the build's own, made before the helper was forked (else one is made here);
    ``claims``: the positions of the list the build's process made before the fork, and
    that list, which that process takes from the back once it needs the theme
    (``compile_claimed``). The list is not made again here: a template removed from the
    theme's folder in between left positions past its end (an IndexError the build
    raised), one added positions at other templates."""
    renderer = renderer or FastRenderer(templates)
    if claims is not None:
        compile_claimed(renderer, claims[1], claims[0], front=True)
        return
    todo = to_compile(renderer, tags)
    for tag, name in todo:
        with compile_errors_passed_over():
            renderer.template(tag, name)


def compile_claimed(
    renderer: SiteRenderer, todo: list[tuple[str, str]], claims: Claims, *, front: bool
) -> None:
    """Compile the templates of ``todo`` (``to_compile``) whose positions this process
    claims, one at a time from its end, until none is left: each is compiled once, by one
    of the two processes, and stored in Jinja's cache, from which the other loads it.
    (Taking turns without claims, both compiled the template where they met, and on a
    first build of 1,000 events the build's process met the helper one or two templates
    from the end: 50-60 ms of processor time spent twice, ``docs/performance.md``.)"""
    while taken := claims.take(front=front, batch=1):
        for i in taken:
            with compile_errors_passed_over():
                renderer.template(*todo[i])


def to_compile(renderer: SiteRenderer, tags: list[str]) -> list[tuple[str, str]]:
    """The templates to compile ahead, each with the language of its environment: the
    theme's, in each of ``tags``, the languages the site's pages are written in
    (``languages``; each compiles its interface text in, so an English compile is of no
    use to a French site), at most once per catalog shipped, however many stories name it."""
    todo: list[tuple[str, str]] = []
    catalogs: set[str] = set()
    for tag in tags:
        language = written_in(tag)  # as the renderer resolves it
        if language.catalog not in catalogs:
            catalogs.add(language.catalog)
            todo += [(tag, name) for name in theme_templates(renderer.environment(tag))]
    return todo


def compile_errors_passed_over() -> contextlib.AbstractContextManager[None]:
    """A template that does not compile is reported when a page needs it, with that
    page; only what compiling can raise is passed over here (not the preview's time
    limit, nor a stop)."""
    return contextlib.suppress(jinja2.TemplateError, ContentError, RuntimeError, OSError)


def languages(content: str) -> list[str]:
    """The languages of the site's pages, as ``site.yaml`` and each story's ``story.yaml``
    name them (``en`` where none is given), to choose what to compile ahead: parsed as the
    build parses them (``yamlnodes``), but not checked, as the build checks them (a file
    that cannot be read names none)."""

    def language(path: str) -> str | None:
        try:
            data = files.read_regular(path, root=content, limit=contentfile.MAX_FILE_BYTES)
        except (OSError, files.UnsafeFile):
            return None
        text = text_or_none(data)
        root = parse_yaml(text, path, []) if text is not None else None
        found = root.items.get("language") if isinstance(root, Mapping) else None
        tag = found[1] if found is not None else None
        # as the check writes it ('pt-br': 'pt-BR'), the language the build asks for
        return cased(tag.value) if isinstance(tag, Scalar) and isinstance(tag.value, str) else None

    site = language(os.path.join(content, "site.yaml")) or ENGLISH
    found = {site}
    with contextlib.suppress(OSError), os.scandir(content) as entries:
        for entry in entries:
            if not files.is_ignored(entry.name) and entry.is_dir(follow_symlinks=False):
                found.add(language(os.path.join(entry.path, "story.yaml")) or site)
    return sorted(found)
