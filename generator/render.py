"""Render the model into output files (path -> bytes), without touching the disk.

Every page is rendered before anything is written (see ``build.py``), so a template
error never leaves a half-written site. Template errors are reported like content
errors, as ``templates/<file>:line: message``.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jinja2

from generator import links, timelinejs
from generator.errors import ContentError, Position, Problem
from generator.links import Links
from generator.markup import Renderer
from generator.model import Event, Site, Story


@dataclass(frozen=True)
class StoryIndex:
    """Reverse references, built once per story so no page scans every event."""

    by_figure: dict[str, list[Event]]
    by_location: dict[str, list[Event]]
    position: dict[str, int]

    @classmethod
    def of(cls, story: Story) -> StoryIndex:
        by_figure: dict[str, list[Event]] = defaultdict(list)
        by_location: dict[str, list[Event]] = defaultdict(list)
        for event in story.events:
            for fid in event.figures:
                by_figure[fid].append(event)
            for lid in event.locations:
                by_location[lid].append(event)
        position = {e.id: i for i, e in enumerate(story.events)}
        return cls(dict(by_figure), dict(by_location), position)


def make_environment(templates: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    md = Renderer()
    env.filters["markdown"] = md
    env.filters["markdown_inline"] = md.inline
    return env


class SiteRenderer:
    """Renders the pages of one site with one Jinja environment."""

    def __init__(self, site: Site, templates: str) -> None:
        self.site = site
        self.templates = templates
        self.env = make_environment(templates)

    def page(self, template: str, path: str, story: Story | None = None, **context: Any) -> bytes:
        link = Links(path, story.id if story else None, self.site.base_url)
        html = self.env.get_template(template).render(
            site=self.site, story=story, links=link, page_path=path, **context
        )
        return html.encode("utf-8")

    def story_files(self, story: Story) -> Iterator[tuple[str, bytes]]:
        index = StoryIndex.of(story)
        sid = story.id
        yield links.story_page(sid), self.page("story.html", links.story_page(sid), story, index=index)
        events = story.events
        for i, event in enumerate(events):
            path = links.event_page(sid, event.id)
            yield (
                path,
                self.page(
                    "event.html",
                    path,
                    story,
                    event=event,
                    previous=events[i - 1] if i > 0 else None,
                    next=events[i + 1] if i + 1 < len(events) else None,
                ),
            )
        for figure in story.figures.values():
            path = links.figure_page(sid, figure.id)
            yield (
                path,
                self.page(
                    "figure.html", path, story, figure=figure, events=index.by_figure.get(figure.id, [])
                ),
            )
        for location in story.locations.values():
            path = links.location_page(sid, location.id)
            yield (
                path,
                self.page(
                    "location.html",
                    path,
                    story,
                    location=location,
                    events=index.by_location.get(location.id, []),
                ),
            )
        yield (
            f"{sid}/timeline.json",
            timelinejs.export(story, self.env.filters["markdown"], self.site.base_url),
        )

    def files(self) -> Iterator[tuple[str, bytes]]:
        yield "index.html", self.page("home.html", "index.html")
        yield "404.html", self.page("404.html", "404.html")
        for story in self.site.stories:
            yield from self.story_files(story)


def render_site(site: Site, *, templates: str) -> dict[str, bytes]:
    """Every generated file of the site, by output path; raises ContentError on template errors."""
    try:
        return dict(SiteRenderer(site, templates).files())
    except jinja2.TemplateSyntaxError as exc:
        name = exc.name if isinstance(exc.name, str) else os.path.basename(str(exc.filename))
        path = os.path.join(templates, name)
        raise ContentError([Problem(Position(path, exc.lineno, None), exc.message or "")]) from exc
    except jinja2.TemplateNotFound as exc:
        raise ContentError(
            [Problem(Position(os.path.join(templates, str(exc.name))), "template not found")]
        ) from exc
    except jinja2.TemplateError as exc:
        where = _template_frame(templates) or Position(templates, 1, None)
        raise ContentError([Problem(where, exc.message or str(exc))]) from exc


def _template_frame(templates: str) -> Position | None:
    """The template file and line the exception being handled was raised in.

    Jinja rewrites tracebacks so that frames of compiled templates carry the template's
    file name and line number; the innermost such frame is where the error is.
    """
    root = os.path.abspath(templates)
    found: Position | None = None
    tb = sys.exc_info()[2]
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if os.path.abspath(filename).startswith(root + os.sep):
            rel = os.path.relpath(filename, root)
            found = Position(os.path.join(templates, rel), tb.tb_lineno, None)
        tb = tb.tb_next
    return found
