"""The theme compiled ahead: which languages, which templates, each catalog once."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.render.renderer import SiteRenderer
from generator.speed import ahead
from tests.conftest import TEMPLATES, Project


def test_the_languages_to_compile_ahead_are_the_sites_and_its_stories(project: Project) -> None:
    assert ahead.languages("content") == ["en"]
    project.write("content/site.yaml", "title: Test site\nlanguage: fr\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-b/story.yaml", story + "language: de\n")
    project.write("content/story-c/story.yaml", "title: [broken\n")  # names none: the site's
    project.write("content/_notes/story.yaml", "language: es\n")  # not a story
    assert ahead.languages("content") == ["de", "fr"]
    # Parsed as the build parses YAML (1.2), where 'no' is text, not YAML 1.1's false.
    project.write("content/story-c/story.yaml", story + "language: no\n")
    assert ahead.languages("content") == ["de", "fr", "no"]


def test_the_theme_is_compiled_ahead_once_per_language_shipped(
    project: Project, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # However many stories name a language (or one that is not shipped, which check
    # reports), each catalog's environment is compiled once.
    story = (project.root / "content/story-a/story.yaml").read_text()
    for i, tag in enumerate(["fr", "fr-FR", "fr-CA", "xx", "en-GB"]):
        project.write(f"content/story-{i}/story.yaml", story + f"language: {tag}\n")
    made: list[str] = []
    real = SiteRenderer.environment

    def environment(self: SiteRenderer, tag: str) -> jinja2.Environment:
        if tag not in self._environments:
            made.append(tag)
        return real(self, tag)

    monkeypatch.setattr(SiteRenderer, "environment", environment)
    ahead.compile_theme(TEMPLATES, ahead.languages("content"))
    assert made == ["en", "fr"]  # the renderer's own English one, then French once
