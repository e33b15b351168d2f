"""``explainer build``: the pipeline (``pipeline.py``) run for a project into a folder,
after the checks that keep a wrong ``--out`` from destroying anything (``protect.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from generator import pipeline, speed
from generator.content.model import Site
from generator.output import protect, staging
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
    protect.check_out_folder(out, content, templates)
    staging.recover(out)
    protect.check_replaceable(out, force)
    project = Project(content, templates, drafts=drafts, base_url=base_url)
    built = pipeline.build(project, out, speed.for_content(content, one_off=True))
    notes = () if built.site.base_url else (NO_BASE_URL,)
    return BuildResult(built.site, built.files, notes)
