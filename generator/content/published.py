"""What a build publishes: the checked site less its drafts, its events taken out, and
everything only they use.

A draft is work in progress that may name people or carry pictures not cleared for
publication, so leaving out the draft itself is not enough: a figure, place or source
that only drafts refer to would still get its page or its entry in a list, and a
picture only a draft shows would still be copied. Media are published only when a
published page uses them; a file that merely sits in media/ stays private.

An event taken out of a published story (``removed:``) was wrong or unsafe to publish,
so it goes the same way, in every build (the preview too, which shows what readers
get): what only it uses goes with it. Only its page stays, at the address readers were
given, as a notice saying when and why it was taken out (``Story.removed``).

Two more decisions about what readers get are made where what they need is known:
``pipeline.publish`` leaves out the notices when the theme has no page for them, and
turns search on; ``content/pictures.plan_site`` takes a picture's file out of the media
copied when its renditions stand for it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from generator.content import markdown_links
from generator.content.model import Event, Site, Story
from generator.content.yamlnodes import Mapping, Node, Scalar

T = TypeVar("T")

Convert = Callable[[str], str]
"""A Markdown text's HTML as the pages have it (the renderer's converter,
``markdown/markup.MarkdownConverter``): which media files a text links to is read there."""


def published(site: Site, *, drafts: bool, convert: Convert) -> Site:
    """``site`` as a build publishes it; with ``drafts`` (the preview, ``--drafts``),
    drafts stay, and events taken out still go. ``convert``: the pages' Markdown
    converter, whose HTML says which media files the texts link to (``linked_media``)."""
    stories = (s for s in site.stories if drafts or not s.draft)
    return dataclasses.replace(site, stories=tuple(_story(s, drafts, convert) for s in stories))


def _story(story: Story, drafts: bool, convert: Convert) -> Story:
    left_out = _left_out(story, drafts)
    if left_out:
        story = dataclasses.replace(
            _without_events(story, left_out),
            # A draft taken out was never published: it has no address to keep.
            removed=tuple(_notice(e) for e in left_out if e.removed is not None and (drafts or not e.draft)),
        )
    return dataclasses.replace(story, media=story.media & used_media(story, convert))


def _left_out(story: Story, drafts: bool) -> list[Event]:
    """The events of ``story`` a build leaves out: those taken out, and its drafts unless
    it keeps ``drafts``."""
    return [e for e in story.events if e.removed is not None or (e.draft and not drafts)]


def with_published_events_only(story: Story) -> Story:
    """``story`` with the events a build without drafts publishes whole, and the figures,
    places and sources they refer to: what has a page of its own in the published site."""
    return _without_events(story, _left_out(story, drafts=False))


def without_draft_events(story: Story) -> Story:
    """``story`` less its draft events and the figures, places and sources only they
    refer to: what a build without drafts publishes of it, and what its data files
    (``story.json``, ``timeline.csv``) carry in every build, a staging site's too."""
    shown = _without_events(story, [e for e in story.events if e.draft])
    # A draft taken out was never published either: a staging build keeps its notice,
    # but its address is not one a data file may link to.
    if any(e.draft for e in story.removed):
        shown = dataclasses.replace(shown, removed=tuple(e for e in story.removed if not e.draft))
    return shown


def _without_events(story: Story, left_out: list[Event]) -> Story:
    """``story`` less the events ``left_out`` and the figures, places and sources that
    only they refer to."""
    if not left_out:
        return story
    out = {e.id for e in left_out}
    kept = tuple(e for e in story.events if e.id not in out)
    return dataclasses.replace(
        story,
        events=kept,
        figures=_without(story.figures, figures_of(left_out), figures_of(kept)),
        locations=_without(story.locations, locations_of(left_out), locations_of(kept)),
        sources=_without(story.sources, _sources_of(left_out), _sources_of(kept, story)),
    )


def _notice(event: Event) -> Event:
    """What is published of an event taken out: its id (its page's address), its title and
    when and why it was taken out; its text, quotes, picture, figures, places, sources and
    tags are dropped here, so that no page can show them."""
    return Event(
        id=event.id,
        title=event.title,
        date=event.date,
        summary="",
        draft=event.draft,
        removed=event.removed,
    )


def _without(items: dict[str, T], by_left_out: set[str], by_published: set[str]) -> dict[str, T]:
    """``items`` less those that what is left out refers to and nothing published does (an
    item that nothing refers to at all stays, as it does in every build: ``check`` warns
    of it)."""
    return {key: value for key, value in items.items() if key not in by_left_out - by_published}


def figures_of(events: Iterable[Event]) -> set[str]:
    """The figures ``events`` name, in their ``figures`` or as the speaker of a quote."""
    return {f for e in events for f in (*e.figures, *(q.by for q in e.quotes if q.by_figure))}


def locations_of(events: Iterable[Event]) -> set[str]:
    """The places ``events`` name."""
    return {loc for e in events for loc in e.locations}


def _sources_of(events: Iterable[Event], story: Story | None = None) -> set[str]:
    found = {s for e in events for s in (*e.sources, *(q.source for q in e.quotes if q.source))}
    if story is not None:
        found |= {k.source for k in story.key_numbers if k.source}
    return found


def used_media(story: Story, convert: Convert) -> set[str]:
    """Paths under media/ that the story's pages show or link to: the pictures of the
    story, its events and figures, and files that its Markdown texts link to."""
    used = {image.src.removeprefix("media/") for image in story.images() if image.is_local}
    return used | linked_media(story, convert)


def linked_media(story: Story, convert: Convert) -> set[str]:
    """Paths under media/ that the story's Markdown texts link to or show, read in their
    HTML as the pages have it (``convert``; ``markdown_links.media_in_html``): what a page links
    to is published, and only that. A definition no link uses (``[r]: media/r.pdf``,
    written ahead of an embargo) makes no link, so its file stays private; a link the
    converter makes where a reading of the Markdown of our own would miss it (a link in
    another's words after code in them) is published, not a broken link."""
    return {
        rel
        for text in markdown_texts(story)
        if markdown_links.may_link_media(text)
        for rel in markdown_links.media_in_html(convert(text))
    }


def shown_media(story: Story, convert: Convert) -> set[str]:
    """Of ``linked_media``, the paths that the story's Markdown texts show as pictures
    (an ``<img>``'s address: ``markdown_links.media_in_html``), not those they only
    link to."""
    return {
        rel
        for text in markdown_texts(story)
        if markdown_links.may_link_media(text)
        for rel in markdown_links.media_in_html(convert(text), shown_only=True)
    }


def markdown_texts(story: Story) -> Iterator[str]:
    """Every Markdown text of the story, of the items it publishes."""
    yield story.summary
    yield from story.unknowns
    yield from (k.note for k in story.key_numbers if k.note)
    yield from (u.text for u in story.updates)
    for image in story.images():
        if image.caption:
            yield image.caption
    for event in story.events:
        yield event.summary
        if event.body:
            yield event.body
        yield from (q.text for q in event.quotes)
    yield from (event.removed.reason for event in story.removed if event.removed is not None)
    summaries = (*(f.summary for f in story.figures.values()), *(p.summary for p in story.locations.values()))
    yield from (summary for summary in summaries if summary)


def says_draft(root: Node | None) -> bool:
    """Whether a content file, parsed (``yamlnodes``), says ``draft: true`` as the build
    reads it (``True`` and ``TRUE`` too), looking at nothing else: for what reads content
    files without checking them (an import keeping an editor's drafts, git's history of
    the content, ``new event`` asking whether its story is out)."""
    if not isinstance(root, Mapping):
        return False
    _, value = root.items.get("draft", (None, None))
    return isinstance(value, Scalar) and value.value is True
