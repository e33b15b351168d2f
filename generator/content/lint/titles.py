"""Warnings about a title as readers get it in a headline: one long as a paragraph (pages,
feeds and shared links show it whole), one that shows nothing (only zero-width or other
invisible characters, which check does not take for an empty title), and a story's that
the card of a shared link cannot draw (a story without a picture of its own gets a card
drawn with its title, in a font without Chinese, Japanese or Korean letters, and on a
machine that may not lay out right-to-left ones), which the card then leaves off.
"""

from __future__ import annotations

import unicodedata

from generator.content.lint.where import at, warning
from generator.content.load import ContentFile
from generator.content.model import Story
from generator.errors import Problem, shows_nothing

MAX_TITLE_CHARACTERS = 150
"""A headline over this is more likely a paragraph pasted as a title than a headline:
pages, feeds and shared links show it whole, the social card cut short."""


def title_warnings(file: ContentFile, title: str) -> list[Problem]:
    """A title long as a paragraph, or one that shows nothing."""
    if title.strip() and shows_nothing(title):  # one of spaces alone is an error of check's
        # A warning, not an error: such a file built before this was told, and every file
        # that builds keeps building (check --strict refuses it).
        first = next(char for char in title if not char.isspace())
        name = unicodedata.name(first, "unnamed character").lower()
        message = (
            f"the title shows nothing: it holds only invisible characters (the first a {name}, "
            f"U+{ord(first):04X}), so readers see an empty headline, and a shared link's card no "
            "title; write the title"
        )
        return [warning(at(file, "title"), message)]
    if len(title) <= MAX_TITLE_CHARACTERS:
        return []
    message = (
        f"the title has {len(title):,} characters; a headline reads best in under 100 (a shared "
        f"link shows about 60), so keep it under {MAX_TITLE_CHARACTERS} and put the rest in 'summary'"
    )
    return [warning(at(file, "title"), message)]


def card_warnings(file: ContentFile, story: Story) -> list[Problem]:
    """A story without a lead picture is shared with a card drawn with its title, in a
    bundled font that has no Chinese, Japanese or Korean letters: such a title is left
    off the card (``render/cards.py``), as is a right-to-left one on a machine that
    cannot put its letters in order."""
    from generator.render import cards  # Pillow, only for a story without a picture

    if story.image is not None or cards.title_drawn(story.title):
        return []
    if not cards.can_lay_out(story.title):
        why = (
            "this computer cannot draw right-to-left letters in their order and joined up: "
            "the picture library needs FriBiDi, which is not installed "
            "('apt install libfribidi0' on Debian or Ubuntu, 'brew install fribidi' on a Mac)"
        )
    else:
        letter = cards.missing_letter(story.title)
        which = f"'{letter}' (U+{ord(letter):04X})" if letter else "some of its letters"
        why = f"its font lacks {which}, as it lacks Chinese, Japanese and Korean letters"
    message = (
        f"the card a shared link shows for a story without 'image:' cannot show this title ({why}), "
        "so it shows the site's name alone; give the story an 'image:' of its own"
    )
    return [warning(at(file, "title"), message)]
