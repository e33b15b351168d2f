"""``explainer check``: load and check everything, then the warnings of ``lint``;
nothing is written. With ``--since COMMIT``, also what the change since that commit takes
away from the published site (``output/history.py``). Then what the command says: the
problems, and a last line with the verdict (``report``, ``report_errors``)."""

from __future__ import annotations

import dataclasses
import sys

from generator import pipeline
from generator.content.model import Site
from generator.errors import ContentError, Problem
from generator.report import Format, counted, plural, read_no_further, show, tally


def check_and_lint(*, content: str, base_url: str | None = None) -> tuple[Site, list[Problem]]:
    """Load and check everything under ``content`` (``pipeline.load_and_check``: a
    ContentError lists every problem, and apart the warnings known in spite of them),
    then the warnings of ``lint`` (drafts included) for a valid site.
    ``base_url`` (``--base-url``) overrides site.yaml's, as it does for the build: a
    workflow that gives the address only on the command line gets the warnings that need
    it (a link by full address to a page the site does not publish)."""
    from generator.content.lint import lint  # not imported by cli for a build, which says no warnings

    raw, found, site = pipeline.load_and_check(content)
    warnings = lint(raw, found, site, base_url=base_url)
    if base_url is not None:  # the site as check reports it and --since compares it
        site = dataclasses.replace(site, base_url=base_url)
    return site, warnings


def gone_since(*, content: str, site: Site, commit: str) -> tuple[list[Problem], str | None]:
    """``check --since``: what the change since ``commit`` takes away from the published
    site (``output/history.py``, imported here only for it: git's history is read by no
    other command's run)."""
    from generator.output import history

    return history.gone_since(content=content, site=site, commit=commit)


def report_errors(errors: ContentError, fmt: Format) -> None:
    """What a check that found errors says: every problem, the warnings known in spite of
    the errors too, and (as text) the tally."""
    reported = [*errors.problems, *errors.warnings]
    show(reported, fmt)
    if fmt is Format.TEXT:
        print(f"failed: {tally(reported)}{read_no_further(reported)}", file=sys.stderr)


def report(site: Site, warnings: list[Problem], fmt: Format, *, strict: bool, note: str | None) -> None:
    """What a check of ``site`` without errors says: ``note`` (``gone_since``'s), the
    warnings, and (as text) the verdict, failed when ``strict`` and there are warnings
    (the notes among them are no warnings)."""
    if note:
        print(f"note: {note}", file=sys.stderr)
    show(warnings, fmt)
    if fmt is Format.TEXT:
        warned = counted(warnings)  # the notes among them are hints
        found = plural(len(warned), "warning") if warned else "no problems"
        verdict = "failed" if warned and strict else "ok"
        stories = plural(len(site.stories), "story", "stories")
        print(f"{verdict}: {stories}, {_events(site)}, {found}", file=sys.stderr)


def _events(site: Site) -> str:
    """'2 events (1 taken out)': every event file checked, drafts among them as they are
    among the stories, with those taken out (``removed:``) said apart, as they are on no
    timeline any more."""
    events = [e for s in site.stories for e in s.events]
    taken_out = sum(1 for e in events if e.removed is not None)
    return plural(len(events), "event") + (f" ({taken_out} taken out)" if taken_out else "")
