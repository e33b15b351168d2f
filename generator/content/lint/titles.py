"""Warnings about a title as readers get it in a headline: one long as a paragraph (pages,
feeds and shared links show it whole), one that shows nothing (only zero-width or other
invisible characters, which check does not take for an empty title), and a story's that
the card of a shared link cannot draw (a story without a picture of its own gets a card
drawn with its title, in a font without Chinese, Japanese or Korean letters, and on a
machine that may not lay out right-to-left ones), which the card then leaves off.

The other names readers get as headings or as the text of links are warned of when they
show nothing too: the site's title, a figure's or a place's name, a source's publisher
and title, and the text of an update.
"""

from __future__ import annotations

import unicodedata

from generator.content.contentfile import ContentFile
from generator.content.lint.where import at, warning
from generator.content.model import Story
from generator.content.yamlnodes import Mapping, Node, Scalar, Sequence
from generator.errors import Position, Problem, shows_nothing

MAX_TITLE_CHARACTERS = 150
"""A headline over this is more likely a paragraph pasted as a title than a headline:
pages, feeds and shared links show it whole, the social card cut short."""


def title_warnings(file: ContentFile, title: str) -> list[Problem]:
    """A title long as a paragraph, or one that shows nothing."""
    blank = nothing_shown(
        at(file, "title"),
        title,
        "the title",
        "readers see an empty headline, and a shared link's card no title",
        "write the title",
    )
    if blank or len(title) <= MAX_TITLE_CHARACTERS:
        return blank
    message = (
        f"the title has {len(title):,} characters; a headline reads best in under 100 (a shared "
        f"link shows about 60), so keep it under {MAX_TITLE_CHARACTERS} and put the rest in 'summary'"
    )
    return [warning(at(file, "title"), message)]


def nothing_shown(where: Position, text: str, what: str, seen: str, fix: str) -> list[Problem]:
    """A warning at ``where`` when ``text`` holds only invisible characters, said as
    ``what`` shows nothing, what readers see (``seen``) and what to do (``fix``); else none.
    Only spaces are an error of check's ('is empty'), not said again here."""
    if not text.strip() or not shows_nothing(text):
        return []
    # A warning, not an error: such a file built before this was told, and every file
    # that builds keeps building (check --strict refuses it).
    first = next(char for char in text if not char.isspace())
    name = unicodedata.name(first, "unnamed character").lower()
    message = (
        f"{what} shows nothing: it holds only invisible characters (the first a {name}, "
        f"U+{ord(first):04X}), so {seen}; {fix}"
    )
    return [warning(where, message)]


def site_title_warnings(file: ContentFile) -> list[Problem]:
    """site.yaml's title as written (the site's name, at the top of every page, the link
    home, and in every shared link) when it shows nothing. Not when long: a site's name
    is the newsroom's, not an editor's slip, and deploy refuses content check warns of."""
    written = _text_at(file.root, "title")
    if written is None:
        return []
    title, where = written
    return nothing_shown(
        where,
        title,
        "the site's title",
        "readers see no name at the top of every page (the link to the home page shows nothing "
        "to click), in browser tabs or in shared links",
        "write the site's name",
    )


def name_shows_nothing(file: ContentFile, page: str) -> list[Problem]:
    """A figure's or a place's ``name`` (``page``: whose page it heads, "figure's" or
    "place's"), as written, when it holds only invisible characters: the heading of its
    page and the text of its links in the events."""
    written = _text_at(file.root, "name")
    if written is None:
        return []
    seen = (
        f"readers see an empty heading on the {page} page, and its links in the events it is in "
        "show nothing to click"
    )
    return nothing_shown(written[1], written[0], "the name", seen, "write the name")


def story_texts_show_nothing(file: ContentFile) -> list[Problem]:
    """story.yaml's sources' publishers (the text of the links to them in the events) and
    titles (the text of the links to the pieces), and its updates' texts, as written, that
    hold only invisible characters, each at its line."""
    found: list[Problem] = []
    sources = _value_at(file.root, "sources")
    for _, source in sources.items.values() if isinstance(sources, Mapping) else ():
        if (publisher := _text_at(source, "publisher")) is not None:
            seen = (
                "readers see a source without a name in the list of sources, and its links in the "
                "events that cite it show nothing to click"
            )
            found += nothing_shown(
                publisher[1], publisher[0], "the publisher", seen, "write who published it"
            )
        if (headline := _text_at(source, "title")) is not None:
            seen = (
                "readers see no headline for the source in the list of sources (with a 'url', a "
                "link with nothing to click)"
            )
            fix = "write the piece's headline, or leave 'title' out"
            found += nothing_shown(headline[1], headline[0], "the source's title", seen, fix)
    updates = _value_at(file.root, "updates")
    for update in updates.items if isinstance(updates, Sequence) else ():
        if (text := _text_at(update, "text")) is not None:
            seen = "readers see the update's date alone"
            found += nothing_shown(text[1], text[0], "the update's text", seen, "write what changed")
    return found


def _value_at(node: object, key: str) -> Node | None:
    """What is written at ``key`` of ``node``, when ``node`` is a mapping that has it."""
    return node.items.get(key, (None, None))[1] if isinstance(node, Mapping) else None


def _text_at(node: object, key: str) -> tuple[str, Position] | None:
    """The text written at ``key`` of ``node``, and where, when ``node`` is a mapping that
    has a text there; else None."""
    value = _value_at(node, key)
    if isinstance(value, Scalar) and isinstance(value.value, str):
        return value.value, value.pos
    return None


def card_warnings(file: ContentFile, story: Story, site_title: str) -> list[Problem]:
    """A story without a lead picture is shared with a card drawn with its title, in
    bundled fonts that have the letters of most of the languages pages are made in but not
    of all (Sinhala, Khmer, a rare Chinese character): such a title is left off the card
    (``pictures/cards.py``), as is one in Arabic, Hebrew, Hindi, Tamil, Telugu or Thai on a
    machine that cannot lay out their letters. The card then shows the site's name alone,
    or, when it cannot show that either (``site_title`` in Sinhala), is not made at all."""
    from generator.pictures import cards  # Pillow, only for a story without a picture

    if story.image is not None or cards.title_drawn(story.title):
        return []
    if not cards.can_lay_out(story.title):
        why = (
            "this computer cannot draw its letters in their order and joined up: "
            "the picture library needs FriBiDi, which is not installed "
            "('apt install libfribidi0' on Debian or Ubuntu, 'brew install fribidi' on a Mac)"
        )
    else:
        letter = cards.missing_letter(story.title)
        which = f"'{letter}' (U+{ord(letter):04X})" if letter else "some of its letters"
        why = f"its fonts lack {which}"
        if letter and not cards.lacking(letter, cards.FONTS):
            # A Hindi word in an Arabic or Urdu title: the card has the letter, but a title
            # with right-to-left letters is drawn only in DejaVu, and Noto Sans Arabic for
            # Urdu's letters DejaVu lacks (``cards.fonts_for``), neither of which has it.
            why = (
                "a title with right-to-left letters is drawn only in the fonts of Arabic and "
                f"Hebrew letters, which lack {which}"
            )
    shown = (
        "so it shows the site's name alone"
        if cards.site_name_drawn(site_title)
        else "nor the site's name, so no card is made and a shared link shows no picture"
    )
    message = (
        f"the card a shared link shows for a story without 'image:' cannot show this title ({why}), "
        f"{shown}; give the story an 'image:' of its own"
    )
    return [warning(at(file, "title"), message)]
