"""``explainer build`` and ``check``: the pipeline (``pipeline.py``) run for a project,
with the checks that keep a wrong ``--out`` from destroying anything.

``Builder`` is the preview's: it builds in memory again and again, keeping what has not
changed (``speed.Fast``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from generator import pipeline, speed
from generator.content.lint import lint
from generator.content.model import Site
from generator.errors import Problem, UsageError
from generator.output import staging as output
from generator.pipeline import Project


@dataclass(frozen=True)
class BuildResult:
    """What a one-off build made."""

    site: Site
    files: int
    """How many files were written, assets and media included."""
    notes: tuple[str, ...] = ()
    """Things the editor should know that are not errors."""


NO_BASE_URL = (
    "no base_url in site.yaml and no --base-url given, so canonical links, social-card "
    "tags, sitemap.xml and feed.xml are left out"
)


def check(*, content: str) -> Site:
    """Load and validate everything under ``content``; raise ContentError listing every problem."""
    return pipeline.load_and_check(content)[1]


def check_and_lint(*, content: str) -> tuple[Site, list[Problem]]:
    """``check``, then the warnings of ``lint`` (drafts included) for a valid site."""
    raw, site = pipeline.load_and_check(content)
    return site, lint(raw, site)


def build(
    *,
    content: str,
    templates: str,
    out: str,
    base_url: str | None = None,
    drafts: bool = False,
    force: bool = False,
) -> BuildResult:
    """Build the site from ``content`` with ``templates`` into ``out``.

    ``out`` is replaced whole; a folder that has files but no ``MARKER`` (so not made by
    a previous build) is refused unless ``force``.
    """
    pipeline.require_folder(content, "content")
    pipeline.require_folder(templates, "templates")
    _check_out_folder(out, content, templates)
    output.recover(out)
    _check_replaceable(out, force)
    project = Project(content, templates, drafts=drafts, base_url=base_url)
    built = pipeline.build(project, out, speed.for_content(content, disk_cache=True))
    notes = () if built.site.base_url else (NO_BASE_URL,)
    return BuildResult(built.site, built.files, notes)


def _check_out_folder(out: str, content: str, templates: str) -> None:
    """Refuse an output folder whose replacement would destroy sources, the project or
    anything else that is never replaced (``/``, a home folder, a repository, a link),
    whatever ``--force`` says. Runs before anything is touched."""
    refusal = output.never_replaced(out)
    if refusal:
        raise UsageError(refusal)
    protected = {"the content folder": content, "the templates folder": templates, "the current folder": "."}
    for what, path in protected.items():
        if output.contains(out, path):  # by identity, so '/' and '//' are caught too
            raise UsageError(f"output folder '{out}' is or contains {what}; choose another")
        if what != "the current folder" and output.contains(path, out):
            raise UsageError(f"output folder '{out}' is inside {what}; choose another")


def _check_replaceable(out: str, force: bool) -> None:
    """Refuse to replace a folder with files that the build did not make, unless
    ``force``; and even then one with a git repository anywhere inside."""
    if os.path.lexists(out) and not os.path.isdir(out):
        raise UsageError(f"output '{out}' exists and is not a folder")
    if not os.path.isdir(out) or output.is_own(out) or not os.listdir(out):
        return
    if not force:
        raise UsageError(
            f"output folder '{out}' has files that explainer did not build; choose another "
            "folder, or pass --force to delete everything in it and build there"
        )
    repository = output.repository_inside(out)
    if repository:
        raise UsageError(
            f"output folder '{out}' has a git repository inside ('{repository}'); "
            "choose another (explainer never replaces it, even with --force)"
        )
