"""Why each page of a published site would be gone from a new one (``gone_pages``),
with sites built from small projects in tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from generator.commands.build import build
from generator.content.model import Site
from generator.output.gone import Address, content_file, gone_pages, linked, title_key
from generator.pipeline import load_and_check
from tests.conftest import MINIMAL, TEMPLATES, Project


def built(project: Project, name: str) -> tuple[Path, Site]:
    """The project's site built into ``name``, and the checked content (drafts included)."""
    out = project.root / name
    build(content="content", templates=str(TEMPLATES), out=str(out), base_url="https://example.org/")
    return out, load_and_check("content")[2]


def files(out: Path) -> set[str]:
    return {
        os.path.relpath(os.path.join(top, name), out).replace(os.sep, "/")
        for top, _, names in os.walk(out)
        for name in names
    }


def said(project: Project, change: str) -> list[str]:
    """What ``gone_pages`` says of the site before and after ``change`` (a story id to
    draft, or 'rename' to rename story-a's folder)."""
    for rel, text in MINIMAL.items():
        if rel.startswith("content/story-a/"):
            project.write(rel.replace("story-a", "story-b"), text.replace("Story A", "Story B"))
    old, _ = built(project, "old")
    if change == "rename":
        os.rename(project.root / "content/story-a", project.root / "content/story-c")
    else:
        story = project.root / f"content/{change}/story.yaml"
        story.write_text(story.read_text() + "draft: true\n")
    new, site = built(project, "new")
    problems = gone_pages(
        files(old),
        files(new),
        site=site,
        content="content",
        old_page=lambda p: (old / p).read_bytes() if (old / p).is_file() else None,
        new_page=lambda p: (new / p).read_bytes() if (new / p).is_file() else None,
    )
    shutil.rmtree(old)
    shutil.rmtree(new)
    return [str(p) for p in problems]


def test_a_story_made_a_draft_is_one_warning(project: Project) -> None:
    [line] = said(project, "story-a")
    assert line.startswith(
        "content/story-a/story.yaml:1: warning: the story 'story-a' is now a draft ('draft: true') "
        "but was published: its "
    )
    assert "remove 'draft: true' to keep them" in line


def test_a_renamed_story_folder_is_said_to_be_renamed(project: Project) -> None:
    [line] = said(project, "rename")
    assert "the story folder 'story-a' was renamed to 'story-c'" in line, line


def test_a_renamed_story_is_known_whatever_the_typography_of_its_published_title(project: Project) -> None:
    # Published when the site's title was set straight ("The desk's site"), renamed and
    # built again with it set as typed text is ("The desk’s site"): the same story.
    project.write("content/site.yaml", "title: The desk's site\n")
    old, _ = built(project, "old")
    os.rename(project.root / "content/story-a", project.root / "content/story-c")
    new, site = built(project, "new")

    def as_published(p: str) -> bytes | None:
        return (old / p).read_bytes().replace("’".encode(), b"'") if (old / p).is_file() else None

    assert b"The desk's site</title>" in (as_published("story-a/index.html") or b"")
    problems = gone_pages(
        files(old),
        files(new),
        site=site,
        content="content",
        old_page=as_published,
        new_page=lambda p: (new / p).read_bytes() if (new / p).is_file() else None,
    )
    assert any("the story folder 'story-a' was renamed to 'story-c'" in str(p) for p in problems), problems


def test_titles_are_compared_by_their_letters_and_digits() -> None:
    assert title_key("The desk's site") == title_key("The desk’s site") == "thedeskssite"
    assert title_key('Les "faits" -- 2010...') == title_key("Les « faits » – 2010…")
    assert title_key("Story A") != title_key("Story B")
    assert title_key(None) is None
    # Written again with its accent apart (a Mac), or with a ligature pasted from a PDF.
    assert title_key("Fête à Zürich") == title_key("Fe\u0302te a\u0300 Zu\u0308rich") == "fêteàzürich"
    assert title_key("The \ufb01nal vote") == title_key("The final vote")
    assert title_key("Fête") != title_key("Fete")


def test_the_files_readers_link_to() -> None:
    assert linked("index.html") and linked("story-a/events/e1/index.html")
    assert linked("feed.xml") and linked("story-a/timeline.json") and linked("story-a/oembed.json")
    assert linked("assets/embed.js")  # the embed code in articles elsewhere loads it by name
    # Reached through pages, under names that change with what they hold.
    assert not linked("pagefind/pagefind-entry.json") and not linked("assets/style.css")
    assert not linked("story-a/media/photo.jpg") and not linked("404.html")


def test_only_files_that_give_a_page_count() -> None:
    assert content_file("story-a/story.yaml") == Address("story-a")
    assert content_file("story-a/events/e1.yaml") == Address("story-a", "events", "e1")
    assert content_file("story-a/locations/loc-a.yaml") == Address("story-a", "locations", "loc-a")
    # Names the build passes over, and files that have no page of their own.
    for rel in (
        "story-a/events/_e1.yaml",
        "story-a/events/e1.yaml~",
        "_old/story.yaml",
        "story-a/notes.yaml",
    ):
        assert content_file(rel) is None, rel
    assert content_file("site.yaml") is None and content_file("story-a/media/a.yaml") is None


def test_a_year_page_of_a_story_still_published_may_go(project: Project) -> None:
    # An event's date corrected from 1990 to 2000 takes away the page of 1990 when it
    # was the year's only event: no file to put back, and refusing it refused the fix.
    out, site = built(project, "site")
    pages = files(out)
    year = "story-a/years/1990/index.html"
    assert "story-a/index.html" in pages

    def gone(before: set[str], after: set[str]) -> list[str]:
        problems = gone_pages(
            before, after, site=site, content="content", old_page=lambda _: None, new_page=lambda _: None
        )
        return [str(p) for p in problems]

    assert gone(pages | {year}, pages) == []
    # A story deleted still counts its year pages among those it takes away.
    [line] = gone(pages | {year}, {p for p in pages if not p.startswith("story-a/")})
    assert "the story 'story-a' was deleted" in line
