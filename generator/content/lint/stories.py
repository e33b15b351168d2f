"""Warnings across the stories of a site: two versions of one story (``translation_of``) in
the same language, an event a translation still shows that the original took out, two
stories of one language with the same title, and a link by its full address to another
story's page that the site does not publish, a draft or the story's own version in
another language listed as ``related``; and of one story, published with no event to
show (``no_events``), or with more key moments than a reader in a hurry reads
(``many_key_moments``).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote

from generator.content import markdown_links, story_links
from generator.content.files import new_command
from generator.content.ids import RESERVED_STORY_IDS
from generator.content.kinds import Kind
from generator.content.lint.texts import all_texts, shown_of_taken_out
from generator.content.lint.where import at, warning
from generator.content.load import RawContent, RawStory
from generator.content.model import Site, Story
from generator.content.published import published
from generator.content.remember import FORGETFUL, Memory
from generator.content.yamlnodes import Node, Scalar, Sequence, place
from generator.errors import Problem, Spelling
from generator.i18n.languages import (
    SCRIPTS,
    caseless,
    foreign_script,
    read_as,
    tags_written_in,
    version_language,
)
from generator.markdown import markup


def same_language_versions(raw: RawContent, site: Site) -> Iterator[Problem]:
    """Two stories linked by ``translation_of`` in one language: readers would get two
    links named after that language, and search engines two pages for it."""
    files = {r.id: r.story for r in raw.stories}
    for together in site.translation_groups():
        first: dict[tuple[str, str | None, str | None], Story] = {}
        for story in sorted(together, key=lambda s: (s.translation_of is not None, s.id)):
            language = story.pages_language(site.language)
            if (read := version_language(language)) not in first:
                first[read] = story
                continue
            earlier = first[read]
            theirs = earlier.pages_language(site.language)
            how = f"'{language}'"
            if theirs.lower() != language.lower():
                how = f"'{language}' and '{theirs}': CLDR reads both as {read_as(language)}"
            field = "translation_of" if story.translation_of else "language"
            yield warning(
                at(files[story.id], field),
                f"story '{story.id}' is in the same language ({how}) as '{earlier.id}', "
                "another version of the same story; give it its own language, or take out "
                "'translation_of' if it is a story of its own",
            )


def in_another_script(raw: RawContent, site: Site) -> Iterator[Problem]:
    """A story whose headline and standfirst are in another script than its pages'
    language writes (an Arabic story imported into a site in English without
    ``--language``): its pages would tell browsers, screen readers and search that its
    text is in that language (read out in its voice, laid out in its direction). Only
    of a story that gives no ``language``: one that does was given it on purpose (a copy
    to translate, not translated yet)."""
    files = {r.id: r.story for r in raw.stories}
    for story in site.stories:
        script = None if story.language else foreign_script(f"{story.title} {story.summary}", site.language)
        # Not Latin letters: a site in Russian may well keep a story in English among its
        # own (the guide's own example), while Arabic text is never meant as English.
        if script is None or script == "Latn":
            continue
        tags = " or ".join(f"'language: {tag}'" for tag in tags_written_in(script))
        yield warning(
            at(files[story.id], "title"),
            f"story '{story.id}' is written in {SCRIPTS[script]} letters, but its pages are in "
            f"'{site.language}' (the site's language, as story.yaml gives none): browsers, screen "
            "readers and search would take its text for that language; write its language in "
            f"story.yaml ({tags or 'language: <its code>'}), or the site's in site.yaml",
        )


def taken_out_in_original(raw: RawContent, site: Site) -> Iterator[Problem]:
    """An event a translation still publishes that the story it translates took out
    (``removed:``): a translation keeps the ids (docs/editing.md), and the pages pair its
    events with the original's by id, so the same event is the one of the same id. What
    was wrong, or unsafe, in one language is so in the other."""
    stories = {s.id: s for s in site.stories}
    files = {r.id: r for r in raw.stories}
    for story in site.stories:
        original = stories.get(story.translation_of) if story.translation_of else None
        if original is None:
            continue
        taken_out = {e.id: e.removed for e in original.events if e.removed is not None}
        for event in story.events:
            removal = taken_out.get(event.id)
            if removal is None or event.removed is not None or event.draft:
                continue
            yield warning(
                at(files[story.id].files[Kind.EVENT][event.id], "title"),
                f"the original story took this event out on {removal.date.iso()} "
                f"(events/{event.id}.yaml of '{original.id}'); take it out here too with 'removed:' "
                "(its date and the reason, in this story's language), or give this event an id of "
                "its own if it is not the same event",
            )


def same_titles(raw: RawContent, site: Site) -> Iterator[Problem]:
    """Two stories of one language with the same title, but for case and spacing (a story
    folder copied to start the next one): the home page would show two cards alike, and
    the search page's choice of story, made from the title, one choice for both. Versions
    of one story (``translation_of``) may share one; two in one language are told by
    ``same_language_versions``. Said at the title of each after the first, published
    stories first, then drafts, each in the order they are read: a draft copy is the
    newcomer, whatever its folder's name."""
    stories = {s.id: s for s in site.stories}
    version_of = {s.id: i for i, together in enumerate(site.translation_groups()) for s in together}
    first: dict[tuple[str, str], str] = {}
    for raw_story in sorted(raw.stories, key=lambda r: stories[r.id].draft):
        story = stories[raw_story.id]
        key = (story.pages_language(site.language), caseless(story.title))
        if key not in first:
            first[key] = story.id
            continue
        earlier = first[key]
        if earlier in version_of and version_of[earlier] == version_of.get(story.id):
            continue
        when = "once it is published, " if story.draft else ""
        yield warning(
            at(raw_story.story, "title"),
            f"story '{story.id}' has the same title as story '{earlier}', in the same language: "
            f"{when}the home page would show two cards alike, and search would offer one choice "
            "for both stories; give each a title of its own",
        )


def no_events(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A story that is not a draft with no event its published page shows (none yet, or
    only drafts and events taken out): readers got its headline over 'No events yet.'
    while check said nothing. A story started with ``new story`` is a draft until its
    'draft: true' is deleted; one whose events were deleted, moved, or not yet written
    is published empty."""
    if story.draft or raw.story is None or any(not e.draft and e.removed is None for e in story.events):
        return
    drafts = sum(e.draft for e in story.events)
    if drafts:
        what, fix = f"its only events are drafts ({drafts})", "publish one (delete its 'draft: true')"
    else:
        command = new_command(
            os.path.dirname(raw.path), "event", raw.id, "--date", "YYYY-MM-DD", '--title "..."'
        )
        what, fix = "it has no event", f"add one ({command})"
    yield warning(
        at(raw.story, "title"),
        f"story '{raw.id}' is published, and {what}: its page would say 'No events yet.'; "
        f"{fix}, or mark the story 'draft: true' until it has one",
    )


MAX_KEY_MOMENTS = 10
"""More events marked ``key: true`` than this are warned of (docs/editing.md: three to five
is a good number)."""


def many_key_moments(raw: RawStory, story: Story) -> Iterator[Problem]:
    """More key moments than ``MAX_KEY_MOMENTS`` among the events the story shows: the story
    page lists every one above the timeline, and a long story's embed too, so 300 of them
    were 19,600 px of a phone's page before the first entry while check said nothing. Said
    once, at the ``key`` of the first event past the limit in timeline order."""
    marked = [e for e in story.events if e.key and not e.draft and e.removed is None]
    if len(marked) <= MAX_KEY_MOMENTS:
        return
    past = raw.files[Kind.EVENT].get(marked[MAX_KEY_MOMENTS].id)
    if past is None:
        return
    yield warning(
        at(past, "key"),
        f"story '{raw.id}' has {len(marked)} key moments ('key: true'): its page lists them all "
        f"before the timeline, a long list for a reader in a hurry; keep {MAX_KEY_MOMENTS} at most "
        "(three to five is a good number) and take 'key: true' out of the others",
    )


_PAGE_OF_STORY = re.compile(
    r"(?P<story>[^/?#]+)/(?:(?P<folder>events|figures|locations)/(?P<id>[^/?#]+)/?)?(?:index\.html)?"
    r"(?:[?#].*)?"
)
"""The rest of a full address of the site after its base_url: a story's page, or one of
its events', figures' or places' ('floods/events/levee/', '.../index.html#x')."""


def links_to_unpublished_pages(raw: RawContent, site: Site, memo: Memory = FORGETFUL) -> Iterator[Problem]:
    """A text's link by its full address (under ``base_url``, the form ``check`` names for a
    link to another story's page) to a page the site does not publish: a story or a file
    that is not there (a typo, a folder renamed), and, from a published text, a draft story
    or event. Readers would get 'page not found'. Looked for on a site of several stories,
    whose address is known."""
    base = site.base_url
    if base is None or len(site.stories) < 2:
        return
    stories = {s.id: s for s in site.stories}
    shown = _as_published(site)
    spelling = Spelling()
    for _, in_draft, node, label, text in _texts_holding(base, raw, stories, memo):
        for offset, address in markdown_links.addresses(text):
            if not address.startswith(base):
                continue
            found = _PAGE_OF_STORY.fullmatch(unquote(address[len(base) :]))  # as the server reads it
            if found is None or _another_site(found["story"], found["folder"], stories, spelling):
                continue
            said = _unpublished(
                found["story"], found["folder"], found["id"], stories, shown(in_draft), in_draft, spelling
            )
            if said is not None:
                yield warning(
                    place(node, offset),
                    f"'{label}': the link to '{address}' leads to no page of the published site: {said}",
                )


def _texts_holding(
    part: str, raw: RawContent, stories: dict[str, Story], memo: Memory
) -> Iterator[tuple[Story, bool, Scalar, str, str]]:
    """Each text its pages show that holds ``part``, of every story: its story, whether it
    is a draft's, its node, its label and the text (``_published_roots``). Each file's
    are kept by ``memo`` while the file is unchanged: looking through every text of 1,000
    events took 4.7 ms of every preview's rebuild."""
    for raw_story in raw.stories:
        story = stories[raw_story.id]
        for root, in_draft in _published_roots(raw_story, story):
            find = functools.partial(_holding, root, part)
            holding = memo.derived(root, find, what=f"texts holding {part}")
            for node, label, text in holding:
                yield story, in_draft, node, label, text


def _holding(root: Node, part: str) -> list[tuple[Scalar, str, str]]:
    """The texts under ``root`` that hold ``part`` (``all_texts``)."""
    return [(node, label, text) for node, label, text in all_texts(root) if part in text]


def _published_roots(raw_story: RawStory, story: Story) -> Iterator[tuple[Node, bool]]:
    """The parsed files of a story whose texts its pages show (of an event taken out,
    what its notice shows), each with whether it is a draft's (the story's or the event's)."""
    events = {e.id: e for e in story.events}
    items = raw_story.files
    files = [raw_story.story, *items[Kind.FIGURE].values(), *items[Kind.LOCATION].values()]
    for file in files:
        if file is not None and file.root is not None:
            yield file.root, story.draft
    for eid, event_file in raw_story.files[Kind.EVENT].items():
        event = events.get(eid)
        if event_file.root is None or event is None:
            continue
        root = event_file.root if event.removed is None else shown_of_taken_out(event_file.root)
        yield root, story.draft or event.draft


def links_to_other_stories(raw: RawContent, site: Site, memo: Memory = FORGETFUL) -> Iterator[Problem]:
    """A text's link by file to another story's event, figure or place
    (``../other/events/x.yaml``) or page (``../other/story.yaml``), in Markdown or in
    HTML, that leads nowhere in the
    published site: a story or a file that is not there, and, from a published text, a
    draft story or event. The published site shows the link's words only
    (``render/links.py``)."""
    stories = {s.id: s for s in site.stories}
    shown = _as_published(site)
    spelling = Spelling()
    for story, in_draft, node, label, text in _texts_holding("../", raw, stories, memo):  # few climb out
        for offset, link in story_links.story_links(text, html=True):  # in HTML too, at its '<'
            if link.story is None or not link.supported or (link.kind is None and not link.story_page):
                continue
            # A story's page by its story.yaml names no item of the story.
            folder, item = (None, None) if link.kind is None else (f"{link.kind}s", link.name)
            if link.story == story.id:
                said: str | None = (
                    "it is this story's own page: write it as story.yaml"
                    if folder is None or item is None
                    else _own(story, folder, item, link.page, spelling)
                )
            elif link.story in RESERVED_STORY_IDS:  # a folder of the site's, never a story
                said = f"this site has no story '{link.story}'"
            else:  # never 'did you mean' this story, whose own are written otherwise
                others = {sid: s for sid, s in stories.items() if sid != story.id}
                said = _unpublished(link.story, folder, item, others, shown(in_draft), in_draft, spelling)
            if said is not None:
                yield warning(
                    place(node, offset),
                    f"'{label}': the link to '{link.address}' is shown as its words only: {said}",
                )


def related_drafts(raw: RawContent, site: Site) -> Iterator[Problem]:
    """A published story's ``related:`` listing a draft story: the published page leaves it
    out of its list of related stories (``pages.related_cards``) until it is published."""
    stories = {s.id: s for s in site.stories}
    for raw_story in raw.stories:
        story = stories.get(raw_story.id)
        root = raw_story.story.root if raw_story.story is not None else None
        if story is None or story.draft or root is None or "related" not in root.items:
            continue
        listed = root.items["related"][1]
        for i, node in enumerate(listed.items if isinstance(listed, Sequence) else ()):
            other = stories.get(str(node.value)) if isinstance(node, Scalar) else None
            if other is not None and other.draft:
                yield warning(
                    node.pos,
                    f"'related[{i + 1}]': story '{other.id}' is a draft, left out of the list of "
                    "related stories until it is published",
                )


def related_versions(raw: RawContent, site: Site) -> Iterator[Problem]:
    """A story's ``related:`` listing a version of itself in another language
    (``translation_of``, directly or through another version): its page links there
    already, by the list of languages under its headline, and leaves the card out
    (``pages.related_cards``), as it was the same story twice."""
    stories = {s.id: s for s in site.stories}
    versions = {s.id: together for together in site.translation_groups() for s in together}
    for raw_story in raw.stories:
        root = raw_story.story.root if raw_story.story is not None else None
        own = {s.id for s in versions.get(raw_story.id, ())} - {raw_story.id}
        if not own or root is None or "related" not in root.items:
            continue
        listed = root.items["related"][1]
        for i, node in enumerate(listed.items if isinstance(listed, Sequence) else ()):
            if isinstance(node, Scalar) and str(node.value) in own:
                other = stories[str(node.value)]
                yield warning(
                    node.pos,
                    f"'related[{i + 1}]': story '{other.id}' is this story in another language "
                    f"('{other.pages_language(site.language)}'), linked already by the list of languages "
                    "under its headline: take it out of 'related'",
                )


def _as_published(site: Site) -> Callable[[bool], dict[str, Story]]:
    """The stories by id as the site publishes them for a published text (``False``) and
    for a draft's (``True``, drafts kept): a figure or place that only draft events or
    events taken out name has no page (``published``). Each is made when first asked
    for: most sites have no link to look up in them."""

    @functools.cache
    def stories(drafts: bool) -> dict[str, Story]:
        return {s.id: s for s in published(site, drafts=drafts, convert=markup.pages_converter()).stories}

    return stories


def _another_site(story_id: str, kind: str | None, stories: dict[str, Story], spelling: Spelling) -> bool:
    """Whether an address under base_url that names no story of the site may be another
    site's on the same host: a GitHub user's site at the root holds each of its projects'
    sites at '/<project>/'. Not when it goes on into a story's folders or is near a story's
    name (a typo)."""
    return story_id not in stories and kind is None and not spelling.did_you_mean_id(story_id, stories)


def _unpublished(
    story_id: str,
    kind: str | None,
    item: str | None,
    stories: dict[str, Story],
    shown: dict[str, Story],
    in_draft: bool,
    spelling: Spelling,
) -> str | None:
    """Why the page of story ``story_id`` (or of its item ``item`` of folder ``kind``,
    'events') is not published, if it is not; ``shown``: the stories as the site publishes
    them for the text (``_as_published``)."""
    if story_id in RESERVED_STORY_IDS:  # the site's own pages: search/, assets/...
        return None
    story = stories.get(story_id)
    if story is None:
        return f"this site has no story '{story_id}'{spelling.did_you_mean_id(story_id, stories)}"
    if story.draft and not in_draft:
        return f"story '{story.id}' is a draft, left out until it is published"
    if kind is None or item is None:
        return None
    ids = _items(story, kind)
    if item not in ids:
        return f"story '{story.id}' has no {kind}/{item}.yaml{spelling.did_you_mean_id(item, ids)}"
    if ids[item] and not in_draft:
        return f"the event '{item}' of story '{story.id}' is a draft, left out until it is published"
    public = shown[story.id]
    if kind != Kind.EVENT.value and item not in (
        public.figures if kind == Kind.FIGURE.value else public.locations
    ):
        return (
            f"only draft events or events taken out of story '{story.id}' name {kind}/{item}.yaml, "
            "so the site has no page for it"
        )
    return None


def _items(story: Story, kind: str) -> dict[str, bool]:
    """The ids of ``story``'s files in its folder ``kind`` ('events', 'figures',
    'locations'), each with whether it is a draft event."""
    if kind == Kind.EVENT.value:
        return {e.id: e.draft for e in story.events}
    return dict.fromkeys(story.figures if kind == Kind.FIGURE.value else story.locations, False)


def _own(story: Story, kind: str, item: str, page: str, spelling: Spelling) -> str:
    """What to say of a link to ``story``'s own file written as from another story's
    folder (``../<own-story>/events/x.yaml``): how to write it, when the file is there."""
    ids = _items(story, kind)
    if item in ids:
        return f"it is this story's own file: write it as {page}.yaml"
    meant = spelling.did_you_mean_id(item, ids)
    return f"it is this story's own folder, which has no {kind}/{item}.yaml{meant}"
