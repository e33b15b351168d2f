"""The whole build in one place: load -> validate -> model -> render -> write.

Everything is gathered and rendered in memory before the first byte is written, and
the output is assembled in a temporary folder beside the target, then swapped in. So a
content error, a template error or an interrupted build leaves the last good site as
it was, and pages from a previous build that no longer exist disappear with it.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from dataclasses import dataclass

from generator.errors import ContentError, Problem, UsageError
from generator.load import load_content
from generator.model import Site, Story
from generator.render import render_site
from generator.validate import validate


@dataclass(frozen=True)
class BuildResult:
    site: Site
    files: int
    """How many files were written, assets and media included."""


def check(*, content: str) -> Site:
    """Load and validate everything under ``content``; raise ContentError listing every problem."""
    if not os.path.isdir(content):
        raise UsageError(f"content folder '{content}' not found")
    problems: list[Problem] = []
    site = validate(load_content(content, problems), problems)
    if site is None or problems:
        raise ContentError(problems)
    return site


def _without_drafts(site: Site) -> Site:
    stories: list[Story] = []
    for story in site.stories:
        if not story.draft:
            events = tuple(e for e in story.events if not e.draft)
            stories.append(dataclasses.replace(story, events=events))
    return dataclasses.replace(site, stories=tuple(stories))


def _check_out_folder(out: str, content: str, templates: str) -> None:
    """Refuse an output folder whose replacement would destroy sources or the project."""
    target = os.path.realpath(out)
    protected = {
        "the content folder": os.path.realpath(content),
        "the templates folder": os.path.realpath(templates),
        "the current folder": os.path.realpath(os.getcwd()),
    }
    for what, path in protected.items():
        if target == path or path.startswith(target + os.sep):
            raise UsageError(f"output folder '{out}' is or contains {what}; choose another")
        if what != "the current folder" and target.startswith(path + os.sep):
            raise UsageError(f"output folder '{out}' is inside {what}; choose another")


def build(
    *,
    content: str,
    templates: str,
    out: str,
    base_url: str | None = None,
    drafts: bool = False,
) -> BuildResult:
    """Build the site from ``content`` with ``templates`` into ``out``."""
    for folder, what in ((content, "content"), (templates, "templates")):
        if not os.path.isdir(folder):
            raise UsageError(f"{what} folder '{folder}' not found")
    _check_out_folder(out, content, templates)
    site = check(content=content)
    if not drafts:
        site = _without_drafts(site)
    if base_url is not None:
        site = dataclasses.replace(site, base_url=base_url)
    pages = render_site(site, templates=templates)
    files = _write(out, pages, site, content=content, templates=templates)
    return BuildResult(site, files)


def _copy_tree(src: str, dst: str) -> int:
    count = 0
    for top, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel = os.path.relpath(top, src)
        for name in sorted(names):
            if name.startswith("."):
                continue
            target = os.path.join(dst, rel, name)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(os.path.join(top, name), target)
            count += 1
    return count


def _write(out: str, pages: dict[str, bytes], site: Site, *, content: str, templates: str) -> int:
    """Write ``pages``, theme assets and story media into a fresh folder, then swap it in."""
    parent = os.path.dirname(os.path.abspath(out))
    os.makedirs(parent, exist_ok=True)
    name = os.path.basename(os.path.abspath(out))
    staging = tempfile.mkdtemp(prefix=f".{name}.tmp-", dir=parent)
    try:
        for path, data in pages.items():
            target = os.path.join(staging, *path.split("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(data)
        count = len(pages)
        assets = os.path.join(templates, "assets")
        if os.path.isdir(assets):
            count += _copy_tree(assets, os.path.join(staging, "assets"))
        for story in site.stories:
            media = os.path.join(content, story.id, "media")
            if story.media and os.path.isdir(media):
                count += _copy_tree(media, os.path.join(staging, story.id, "media"))
        os.chmod(staging, 0o755)  # mkdtemp makes it private; a served site must be readable
        _swap(staging, os.path.abspath(out))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return count


def _swap(staging: str, out: str) -> None:
    """Replace ``out`` by ``staging`` with two renames, then delete the old site."""
    if not os.path.exists(out):
        os.rename(staging, out)
        return
    old = tempfile.mkdtemp(prefix=f".{os.path.basename(out)}.old-", dir=os.path.dirname(out))
    os.rmdir(old)
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)
