"""The title slide as the story's title, summary and lead picture.

Its headline gives the title, its text the summary, its media the lead picture when it
is one (else a source of the story, or more summary). Without a title slide, the story
is named from its id and its summary is a placeholder (``STORY_SUMMARY_TODO``) that
``check`` points out.
"""

from __future__ import annotations

from generator.importers.html import to_markdown, to_text
from generator.importers.leftout import media_in_text
from generator.importers.media import links_cleaned, slide_media
from generator.importers.pictures import Picture, Pictures
from generator.importers.slides import Report, Skip, Slide, Timeline, text_at
from generator.importers.sources import Sources
from generator.markdown.markup import markdown_problem

STORY_SUMMARY_TODO = "TODO: two or three sentences on what this explainer is about."
"""The story's summary when the timeline has no title slide (``check`` points it out)."""


def story_title(
    timeline: Timeline, story_id: str, sources: Sources, pictures: Pictures, reports: list[Report]
) -> tuple[str, str, Picture | None, str | None]:
    """The story's title, summary and lead picture, from the title slide, and the source
    its media became when it is no picture (a video, a post)."""
    slide = timeline.title
    if slide is not None:
        try:
            return _from_title_slide(slide, story_id, sources, pictures, reports)
        except Skip as skip:
            # A sheet's reports say 'row', as its other rows' do (``convert._event_slides``).
            said = f"{skip.message}; the title {'slide' if slide.pointer else 'row'} left out"
            reports.append(Report(skip.where, said, skipped=True))
    return named_from_id(story_id), STORY_SUMMARY_TODO, None, None


def named_from_id(story_id: str) -> str:
    """The title of a story whose timeline gives none: its id's words ('mine-rescue' ->
    'Mine Rescue')."""
    return " ".join(w.capitalize() for w in story_id.split("-"))


def _from_title_slide(
    slide: Slide, story_id: str, sources: Sources, pictures: Pictures, reports: list[Report]
) -> tuple[str, str, Picture | None, str | None]:
    """``story_title`` of a timeline with a title slide; Skip when it cannot be read."""
    headline = text_at(slide, reports, "text", "headline")
    media_in_text(headline, slide, reports, "headline")
    title = to_text(headline)
    text = text_at(slide, reports, "text", "text")
    media_in_text(text, slide, reports)
    text = links_cleaned(text, slide.at("text", "text"), reports)
    summary = to_markdown(text)
    if not title:
        title = named_from_id(story_id)
        row = "slide" if slide.pointer else "row"  # a sheet's word, as its other rows' reports say
        said = f"the title {row} has no headline; the story is called '{title}'"
        reports.append(Report(slide.at("text", "headline"), said))
    # A picture becomes the lead picture; other media a source of the story; HTML its text.
    picture, source, quoted = slide_media(slide, sources, pictures, title, reports)
    summary = "\n\n".join(part for part in (summary, quoted) if part)
    if markdown_problem(summary):
        summary = to_text(text)
    return title, summary or STORY_SUMMARY_TODO, picture, source
