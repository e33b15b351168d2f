"""``explainer check``: load and check everything, then the warnings of ``lint``;
nothing is written. With ``--since COMMIT``, also what the change since that commit takes
away from the published site (``output/history.py``)."""

from __future__ import annotations

from generator import pipeline
from generator.content.lint import lint
from generator.content.model import Site
from generator.errors import Problem


def check(*, content: str) -> Site:
    """Load and validate everything under ``content``; raise ContentError listing every
    problem (and, apart, the warnings known in spite of them)."""
    return pipeline.load_and_check(content)[1]


def check_and_lint(*, content: str) -> tuple[Site, list[Problem]]:
    """``check``, then the warnings of ``lint`` (drafts included) for a valid site."""
    raw, site = pipeline.load_and_check(content)
    return site, lint(raw, site)


def gone_since(*, content: str, site: Site, commit: str) -> tuple[list[Problem], str | None]:
    """``check --since``: what the change since ``commit`` takes away from the published
    site (``output/history.py``, imported here only for it: git's history is read by no
    other command's run)."""
    from generator.output import history

    return history.gone_since(content=content, site=site, commit=commit)
