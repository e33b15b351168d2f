"""Links to the story's own places that will not lead there once published: a published
text's link to a draft event (the published site shows its words only), and a link to an
entry of the story's updates or to a source that the story does not have
('#update-9', '#source-wire'), with how to write it where that is plain. They need the
whole story, so they are looked for across its files; each file's links to the story
page are kept while the file is unchanged (the preview looks again after every save).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import partial

from generator.content import fieldtypes, schema, story_links
from generator.content.contentfile import ContentFile
from generator.content.kinds import Kind
from generator.content.lint.texts import SHOWN_WHEN_TAKEN_OUT, all_texts, shown_of_taken_out, texts
from generator.content.lint.where import warning
from generator.content.load import RawStory
from generator.content.model import Story
from generator.content.published import figures_of, locations_of, with_published_events_only
from generator.content.remember import FORGETFUL, Memory
from generator.content.yamlnodes import Node, place
from generator.errors import Position, Problem, Spelling, did_you_mean_id
from generator.i18n import languages


def links_to_drafts(raw: RawStory, story: Story) -> Iterator[Problem]:
    """A published text's link to a draft event, or to a figure or place that only drafts
    name: the published site leaves them out, and shows the link's words only
    (``render/links.py``). Looked for only in a story that has drafts and is not one."""
    in_drafts = [event for event in story.events if event.draft]
    if not in_drafts or story.draft:
        return
    # Those a draft names, and no event published (an event taken out names none either).
    published = with_published_events_only(story)
    left_out = {
        "event": {event.id for event in in_drafts},
        "figure": (set(story.figures) - set(published.figures)) & figures_of(in_drafts),
        "location": (set(story.locations) - set(published.locations)) & locations_of(in_drafts),
    }
    # The texts published: the story's, and those of the figures and places kept.
    files = [
        raw.story,
        *(f for fid, f in raw.files[Kind.FIGURE].items() if fid not in left_out["figure"]),
        *(f for pid, f in raw.files[Kind.LOCATION].items() if pid not in left_out["location"]),
    ]
    roots = [file.root for file in files if file is not None and file.root is not None]
    for event in (e for e in story.events if not e.draft):
        root = raw.files[Kind.EVENT][event.id].root
        if root is not None:
            roots.append(root if event.removed is None else shown_of_taken_out(root))
    texts = [
        (node, label, text)
        for root in roots
        for node, label, text in all_texts(root)
        # Markdown's links, or HTML's: a link, or a picture, which the page makes a link
        if "](" in text or "]:" in text or "<a" in text or "<A" in text or "<i" in text or "<I" in text
    ]
    for node, label, text in texts:
        for offset, link in story_links.story_links(text, html=True):
            if not link.supported or link.kind not in left_out or link.name not in left_out[link.kind]:
                continue
            if link.kind == "event":
                said = (
                    f"the link to the draft '{link.name}' is shown as its words only in the "
                    "published site, until that event is published"
                )
            else:
                said = (
                    f"the link to the {link.kind.replace('location', 'place')} '{link.name}' is shown as "
                    "its words only in the published site, where only drafts name it (or events "
                    "taken out): its page is published with the first published event that names it"
                )
            yield warning(place(node, offset), f"'{label}': {said}")


def _unshown_of_taken_out(raw: RawStory, story: Story) -> set[tuple[str, str]]:
    """The texts of the events taken out that their notices do not show, each as its
    file's path and its label ('summary', 'quotes[1].text')."""
    unshown: set[tuple[str, str]] = set()
    for event in (e for e in story.events if e.removed is not None):
        file = raw.files[Kind.EVENT][event.id]
        if file.root is not None:
            hidden = {k: v for k, v in file.root.items.items() if k not in SHOWN_WHEN_TAKEN_OUT}
            unshown |= {
                (file.path, label) for _, label, _ in texts(replace(file.root, items=hidden), schema.EVENT)
            }
    return unshown


def links_to_no_place(
    raw: RawStory, story: Story, links: list[tuple[Position, str, str]]
) -> Iterator[Problem]:
    """``_links_to_no_place`` of the story's ``links`` (``place_links``) but those in a
    text of an event taken out that its notice does not show."""
    # A link in a text of an event taken out cites its source still (as its 'sources' do:
    # putting it back is deleting 'removed:'), but leads readers nowhere unless its
    # notice shows that text.
    unshown = _unshown_of_taken_out(raw, story)
    yield from _links_to_no_place(story, [link for link in links if (link[0].path, link[1]) not in unshown])


def _links_to_no_place(story: Story, links: list[tuple[Position, str, str]]) -> Iterator[Problem]:
    """A Markdown link to an entry of the story's updates or to a source ('#update-2',
    '#source-reuters') that the story does not have (``links``: ``place_links``).

    Such a link leads to that place on the story page from every page that shows its
    text (``render/links.py``, ``story_media_at``), and the story page holds every
    update and source: a link to one the story has works wherever it is shown."""
    places = {update.anchor for update in story.updates} | {f"source-{sid}" for sid in story.sources}
    spelling = Spelling()
    for where, label, fragment in links:
        if fragment not in places:
            why = _no_such_place(fragment, story, places, suggest=spelling.affords(story.sources))
            yield warning(where, f"'{label}': the link to '#{fragment}' leads nowhere: {why}")


def place_links(raw: RawStory, memo: Memory = FORGETFUL) -> list[tuple[Position, str, str]]:
    """Every link of the story's texts to an update or a source of its story page
    (``_story_page_links``), each file's kept by ``memo`` while it is unchanged (looking
    for them in every text of a story of 1,000 events took 6.6 ms of every preview's
    rebuild)."""
    files: list[tuple[ContentFile | None, fieldtypes.Record]] = [(raw.story, schema.STORY)]
    files += [(item, schema.EVENT) for item in raw.files[Kind.EVENT].values()]
    files += [(item, schema.FIGURE) for item in raw.files[Kind.FIGURE].values()]
    files += [(item, schema.LOCATION) for item in raw.files[Kind.LOCATION].values()]
    found: list[tuple[Position, str, str]] = []
    for file, record in files:
        if file is None or file.root is None:
            continue
        find = partial(_story_page_links, file.root, record)
        # Keyed by the parsed file, the same object while it is unchanged (the file itself
        # keys its own warnings).
        found += memo.derived(file.root, find)
    return found


_IN_OTHER_LANGUAGES = {
    "fuente-": "source-", "fonte-": "source-", "quelle-": "source-",
    "actualizacion-": "update-", "correccion-": "update-", "mise-a-jour-": "update-",
    "correction-": "update-", "atualizacao-": "update-", "aggiornamento-": "update-",
}  # fmt: skip
"""How a link to an update or a source of the story page starts written in the story's
language ('#fuente-afp', '#actualización-2', folded), with how it starts: the story page
names its places in English, in every language."""


def _in_english(fragment: str) -> str | None:
    """``fragment`` ('fuente-afp', 'Actualización-2') as the story page names the place it
    means ('source-afp', 'update-2'), when it starts with a word of ``_IN_OTHER_LANGUAGES``;
    else None."""
    folded = languages.folded(fragment.lower())
    for start, english in _IN_OTHER_LANGUAGES.items():
        if folded.startswith(start):
            return english + folded[len(start) :]
    return None


def _story_page_links(root: Node, record: fieldtypes.Record) -> list[tuple[Position, str, str]]:
    """The links of the Markdown texts of a file (its ``root``, a ``record``) to an update
    or a source of the story page (``story_links.STORY_PAGE_PLACES``): each where it is, with the
    label of its text ('summary') and its fragment ('update-2')."""
    found = []
    for node, label, spec in texts(root, record):
        if spec.markdown and isinstance(node.value, str) and "#" in node.value:
            for offset, fragment in story_links.fragment_links(node.value):
                # In capitals too: '#Source-AP' leads nowhere (a page's addresses are in small letters).
                if fragment.lower().startswith(story_links.STORY_PAGE_PLACES) or _in_english(fragment):
                    found.append((place(node, offset), label, fragment))
    return found


def _no_such_place(fragment: str, story: Story, places: set[str], *, suggest: bool = True) -> str:
    """Why ``fragment`` (an ``update-`` or ``source-`` one, in any case) is on no page of
    the story (``places``: those it has), with what to write where that is plain (a source
    spelt like it, when ``suggest``: ``SPELLING_BUDGET``)."""
    if (english := _in_english(fragment)) is not None:  # '#fuente-afp'
        said = _no_such_place(english, story, places, suggest=suggest)
        written = "the story page names its places in English, whatever the language of the story"
        return f"{written}; {said}" if not said.startswith("write") else f"{written}: {said}"
    lowered = fragment.lower()
    kind, _, rest = lowered.partition("-")
    meant = f"update-{int(rest)}" if kind == "update" and rest.isdigit() else lowered
    if meant in places:  # '#Source-AP', '#update-01'
        return f"write '#{meant}'"
    if kind == "source":
        sid = fragment[len("source-") :]
        if not sid:
            return "it names no source; write #source- and the id of one of the story's 'sources'"
        if not story.sources:
            return "the story has no 'sources' (in story.yaml); add the source there, or delete the link"
        hint = (did_you_mean_id(sid, story.sources) if suggest else "") or (
            "; link to one of its 'sources' (in story.yaml) as #source-<its id>"
        )
        return f"the story has no source '{sid}'{hint}"
    count = len(story.updates)
    if count == 0:
        return "the story has no 'updates' yet; add the entry, or delete the link"
    which = "#update-1" if count == 1 else f"#update-1 to #update-{count}"
    entries = "entry" if count == 1 else "entries"
    return (
        f"the story's 'updates' has {count} {entries}, {which}, counted from the first written; "
        "link to one of them, or delete the link"
    )
