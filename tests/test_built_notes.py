"""What the editor is told of a site the pipeline made that is no error, as ``build`` and
``deploy`` both say it (``built_notes.notes``)."""

from __future__ import annotations

import shutil

import pytest

from generator import pipeline, speed
from generator.built_notes import NO_BASE_URL, NO_EMBED_PAGE, notes
from generator.pipeline import Project as PipelineProject
from generator.render import searchindex
from tests.conftest import TEMPLATES, Project


def _notes(templates: str = TEMPLATES, base_url: str | None = None) -> tuple[str, ...]:
    project = PipelineProject("content", templates, base_url=base_url, search=searchindex.available())
    built = pipeline.build(project, "site", speed.Plain("content"))
    return notes(built, project)


@pytest.mark.parametrize(
    ("drafts", "note"),
    [
        ([], None),
        (["e1"], "1 draft left out (1 event); build with --drafts to see them"),
        (["e1", "e2", "e3"], "3 drafts left out (3 events); build with --drafts to see them"),
        (["story"], "1 draft left out (1 story); build with --drafts to see them"),
        # The events of a draft story go with it: they are not counted again.
        (["story", "e1", "e2"], "1 draft left out (1 story); build with --drafts to see them"),
    ],
)
def test_the_drafts_note_counts_stories_and_the_events_of_published_stories(
    project: Project, drafts: list[str], note: str | None
) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/\n")
    for name in ("e1", "e2", "e3"):
        draft = "draft: true\n" if name in drafts else ""
        project.write(
            f"content/story-a/events/{name}.yaml", f"title: {name}\ndate: 2020\nsummary: x\n{draft}"
        )
    if "story" in drafts:
        story = project.root / "content/story-a/story.yaml"
        story.write_text(story.read_text() + "draft: true\n")
    assert _notes() == ((note,) if note else ())


def test_a_site_without_its_address_and_a_theme_without_an_embed_page_are_said(project: Project) -> None:
    project.write("content/site.yaml", "title: T\n")
    assert _notes() == (NO_BASE_URL,)
    assert _notes(base_url="https://example.org/") == ()
    shutil.copytree(TEMPLATES, "old-theme")
    (project.root / "old-theme/embed.html").unlink()
    assert _notes(templates="old-theme", base_url="https://example.org/") == (NO_EMBED_PAGE,)
