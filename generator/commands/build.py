"""``explainer build``: the pipeline (``pipeline.py``) run for a project into a folder,
after the checks that keep a wrong ``--out`` from destroying anything (``protect.py``),
and what the command says of it: what the editor should know that is no error
(``built_notes.py``'s ``notes``, which ``deploy`` says too), the wait for pictures being
encoded (``encoding``), and the last line (``report``)."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from generator import pipeline, speed
from generator.built_notes import notes
from generator.content import files
from generator.content.model import Site
from generator.content.pictures import Starting
from generator.output import protect, staging
from generator.pipeline import Project
from generator.render import searchindex
from generator.report import plural
from generator.switch import SPEED_SWITCH, speed_enabled


@dataclass(frozen=True)
class BuildResult:
    """What a one-off build made."""

    site: Site
    files: int
    """How many files the site holds from this build, assets and media included (those
    left in place because their bytes were the same too: ``pipeline.Built.files``)."""
    notes: tuple[str, ...] = ()
    """Things the editor should know that are not errors."""
    pictures: int = 0
    """How many pictures were published in sizes and formats."""
    encoded: int = 0
    """How many of them this build encoded (the others came from the cache)."""


def build(
    *,
    content: str,
    templates: str,
    out: str,
    base_url: str | None = None,
    drafts: bool = False,
    force: bool = False,
    checked: Site | None = None,
    starting: Starting = None,
) -> BuildResult:
    """Build the site from ``content`` with ``templates`` into ``out``.

    ``out`` is replaced whole; a folder that has files but no ``MARKER`` (so not made by
    a previous build) is refused unless ``force``. ``checked``: what ``check`` made of
    ``content``, when the caller has it already (``deploy``): it is not loaded again.
    ``starting``: told how many pictures are about to be encoded, when any are.
    """
    files.require_folder(content, "content")
    files.require_folder(templates, "templates")
    protect.check_out_folder(out, content, templates)
    staging.recover(out)
    protect.check_replaceable(out, force)
    search = searchindex.available()
    project = Project(content, templates, drafts=drafts, base_url=base_url, search=search)
    built = pipeline.build(project, out, speed.for_content(content, one_off=True), checked, starting)
    return BuildResult(built.site, built.files, notes(built, project), built.pictures, built.encoded)


def encoding(count: int) -> None:
    """Said before a build encodes pictures, which takes seconds each: the wait is expected
    (and, with the speed-ups switched off, which keep no cache, comes again next time)."""
    its, them = ("its", "it") if count == 1 else ("their", "them")
    when = (
        f"the first time only (later builds take {them} from the cache)"
        if speed_enabled()
        else f"every time, as {SPEED_SWITCH}=off keeps no cache"
    )
    print(
        f"encoding {plural(count, 'picture')} into {its} sizes and formats: seconds each, {when}",
        file=sys.stderr,
        flush=True,
    )


def report(result: BuildResult, out: str, took: float) -> None:
    """What a build into ``out`` that took ``took`` seconds made, and its notes."""
    stories = plural(len(result.site.stories), "story", "stories")
    print(f"built {stories}, {result.files} files into {out}/ in {took:.2f} s{_pictures(result)}")
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)


def _pictures(result: BuildResult) -> str:
    """How many of a site's pictures its build encoded, after the build line's time."""
    if not result.pictures:
        return ""
    kept = result.pictures - result.encoded
    return f" ({plural(result.pictures, 'picture')}: {result.encoded} encoded, {kept} from the cache)"
