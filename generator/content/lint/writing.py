"""The warnings about the text of one file, together (``text_warnings``): placeholder and
example text left by ``explainer new``, an invisible character that reverses the text after it,
Markdown links that will not work (``links.py``), formatting the pages do not show as
meant (``formatting.py``), text cut short by a ' #' (``comments.py``), a key indented
into a text by mistake (``indented.py``) and a file that ends mid-text (``cutshort.py``).
Of an event taken out, only the text its notice still shows is looked at, as the rest
reaches no reader; a key lost, or a file cut, is looked for in all of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from babel import Locale

from generator.content import fieldtypes
from generator.content.contentfile import ContentFile
from generator.content.lint.comments import cut_by_comments
from generator.content.lint.cutshort import cut_short
from generator.content.lint.formatting import markup_warnings
from generator.content.lint.indented import keys_in_text
from generator.content.lint.links import broken_links
from generator.content.lint.texts import all_texts, shown_of_taken_out
from generator.content.lint.where import warning
from generator.content.yamlnodes import Node, place
from generator.errors import Problem
from generator.i18n import languages

PLACEHOLDER = "TODO:"
"""How ``explainer new`` marks text the editor still has to write."""
EXAMPLES = frozenset(
    {
        "The words, exactly as said.",
        "a-figure-id or the speaker's name",
        "What the picture shows, for people who cannot see it.",
        "Photographer / Agency",
        "Shown under the picture.",
        "Why it was taken out, in a sentence.",
        "Longer text for the event's own page.",
        "What is still not known.",
        "what the number counts",
        "A caveat or explanation.",
        "What was added, in a sentence.",
        "What was wrong, and what is right.",
        "The article's headline",
        "One line for the home page and shared links.",
        "Other name",
        "Other spelling",
    }
)
"""The example texts of the commented lines ``explainer new`` writes (a quote, a picture,
a removal...): an editor who opens such a block and leaves one in publishes it. Not the
summaries of a figure or a place ('More about them.'), which read as texts of their own."""


def text_warnings(file: ContentFile, record: fieldtypes.Record, *, taken_out: bool = False) -> list[Problem]:
    """The warnings about the text of the file's values (a ``record``): placeholder text
    left by ``explainer new``, Markdown links that will not work, text cut short by a
    ' #' (``comments.py``) and keys indented into a text (``indented.py``). Of an event
    ``taken_out``, those of the text its notice shows alone (but keys in any text)."""
    if file.root is None:
        return []
    root = shown_of_taken_out(file.root) if taken_out else file.root
    return [
        *_text_warnings_in(root),
        *markup_warnings(root, record),
        *cut_by_comments(root, record),
        *keys_in_text(file.root, record),  # a key lost matters in any text, shown or not
        *cut_short(file, record),  # the text of any key: a cut loses what follows it too
        *_country_codes(root),
    ]


def _country_codes(root: Node) -> Iterator[Problem]:
    """A quote's or a source's 'language' that is a language's code editors write meaning
    a country's ('kr', Kanuri's, and Korea's), given to a text written as that country's
    language is (Hangul: Korean, 'ko'): its words were marked as Kanuri for screen readers
    and search. The site's and a story's language are check's (no pages are in Kanuri)."""
    found = list(all_texts(root))
    asked = [
        (node, label, tag)
        for node, label, tag in found
        if label.endswith(".language") and tag.strip().lower() in languages.COUNTRY_FIRST
    ]
    if not asked:  # most files: looked at once
        return
    # The texts under each item ('sources.x.'), gathered in one pass: looked for under
    # every 'language' apart, a story of 2,000 sources took 1.9 s.
    texts = {label: text for _, label, text in found}
    under: dict[str, list[str]] = {}
    for label in texts:
        for at in (i for i, char in enumerate(label) if char == "."):
            under.setdefault(label[: at + 1], []).append(label)
    for node, label, tag in asked:
        parent = label.rpartition(".")[0]
        beside = " ".join(texts[other] for other in under[f"{parent}."] if other != label)
        meant = languages.written_in_country_language(tag, beside)
        if meant is not None:
            names = Locale.parse("en").languages
            language = names.get(meant.replace("-", "_"), meant)  # 'Traditional Chinese' for 'zh-Hant'
            yield warning(
                node.pos,
                f"'{label}' is '{tag}', {names.get(tag.strip().lower(), tag)}'s code, but the text it "
                f"describes is {language}; did you mean '{meant}'? ('{tag}' is a "
                "country's code too)",
            )


OVERRIDES = re.compile("[\u202d\u202e]")
"""The bidirectional overrides (LEFT-TO-RIGHT and RIGHT-TO-LEFT OVERRIDE): invisible, they
show the text after them in the other order, letters reversed ('\u202egpj.exe' reads
'exe.jpg'), so a headline shows readers other words than the file and a review of it
show. Text in two directions needs none: the pages give each text its own direction, and
the isolates (U+2066-U+2069) and the marks LRM and RLM set what is left."""


def _text_warnings_in(root: Node) -> Iterator[Problem]:
    for node, label, text in all_texts(root):
        if text.lstrip().startswith(PLACEHOLDER):
            yield warning(
                node.pos,
                f"'{label}' still has placeholder text ('{PLACEHOLDER} ...'): write your own in its place",
            )
        elif text.strip() in EXAMPLES:
            yield warning(node.pos, f"'{label}' still has the example text from 'explainer new'")
        override = OVERRIDES.search(text)
        if override is not None:
            name = unicodedata.name(override.group()).lower()
            yield warning(
                node.pos,
                f"'{label}' holds an invisible {name} (U+{ord(override.group()):04X}), which shows "
                "the text after it in the other order, its letters reversed; delete it",
            )
        if "](" in text or "] (" in text or "<" in text:  # Markdown's links, or HTML's
            for offset, message in broken_links(text):
                yield warning(place(node, offset), f"'{label}': {message}")
