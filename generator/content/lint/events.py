"""An event file's own warnings: no source cited, an ``end`` that is the period its ``date``
falls in rather than when it ended, ``circa`` that a ``date_phrase`` keeps off the pages,
a summary too long for a timeline entry; and its picture's (``pictures.py``), its
title's (``titles.py``) and its text's (``writing.py``). An event taken out gets only
those about what its notice still shows: its title and the reason.
"""

from __future__ import annotations

import re

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.datehints import buddhist_era_hint
from generator.content.dates import Precision, holds
from generator.content.lint.pictures import picture_warnings
from generator.content.lint.titles import title_warnings
from generator.content.lint.weekdays import wrong_weekdays
from generator.content.lint.where import at, warning
from generator.content.lint.writing import text_warnings
from generator.content.model import Event
from generator.content.yamlnodes import Mapping
from generator.errors import Problem

MAX_SUMMARY_WORDS = 120


CIRCA_PHRASED = {
    "from": "From about June 2025",
    "until": "Until about June 2025",
    "between": "Between about 3 and 10 June 2025",
    "weekend": "About the weekend of 7-8 June 2025",
}
"""How a date with each ``date_phrase`` and ``circa`` might be written in ``display_date``."""


_ADDRESS = re.compile(r"\]\([^)]*\)")
"""A link's address (and title) after its words, which are counted without it."""


def _words(markdown: str) -> int:
    # Only up to the last ')': past it no '](' has an end, and the pattern looked for one
    # from each of them to the end of the text (75,000 '](' took 7 s, a hostile text).
    end = markdown.rfind(")") + 1
    return len(re.findall(r"\w+", _ADDRESS.sub("]", markdown[:end]) + markdown[end:]))


_END_FORMS = {
    Precision.MONTH: "the month it ended (YYYY-MM)",
    Precision.DAY: "the last day it lasted (YYYY-MM-DD)",
    Precision.MINUTE: "when it ended (YYYY-MM-DDTHH:MM)",
    Precision.SECOND: "when it ended (YYYY-MM-DDTHH:MM:SS)",
}
"""What to give as ``end``, by the precision of ``date``."""


def event_warnings(file: ContentFile, event: Event, language: str) -> list[Problem]:
    """The event file's own warnings; ``language`` is its story's pages' (a tag): a day of
    the week is looked for in it and English."""
    if event.removed is not None:
        # Taken out: its page shows its title and the reason alone (published._notice), so
        # its sources, dates, picture and other texts are no more readers' concern.
        return title_warnings(file, event.title) + text_warnings(file, schema.EVENT, taken_out=True)
    found = []
    if not event.sources:
        if isinstance(file.root, Mapping) and "sources" in file.root.items:
            # What 'explainer new event' writes, 'sources: []': telling the editor to add
            # what the file already has sent them looking for what was wrong with it.
            found.append(
                warning(
                    at(file, "sources"),
                    f"event '{event.id}' cites no source: its 'sources' list is empty; put in it the "
                    "ids of sources given under 'sources:' in story.yaml, as in 'sources: [an-id]'",
                )
            )
        else:
            found.append(warning(at(file, "title"), f"event '{event.id}' cites no source; add 'sources:'"))
    for key, date in (("date", event.date), ("end", event.end)):
        # '2561-07-10', a day of 2018 as a Thai editor counts the year, builds as a date 543
        # years ahead, sorted after every other event, without a word.
        if date is not None and (said := buddhist_era_hint(date)) is not None:
            found.append(warning(at(file, key), f"'{key}' ({date.iso()}): {said}"))
    if event.end is not None and holds(event.end, event.date):
        # '5 April 2024 – 2024' on the pages. A warning: such a file built before this was
        # told, and every file that builds keeps building (check --strict refuses it).
        found.append(
            warning(
                at(file, "end"),
                f"'end' ({event.end.iso()}) is the period 'date' ({event.date.iso()}) falls in, not when it "
                f"ended: give {_END_FORMS[event.date.precision]}, or delete 'end' if it did not last longer",
            )
        )
    if event.circa and event.date_phrase and not event.display_date:
        # 'From 1 June 2025': the phrase has no room for "about" in every language.
        found.append(
            warning(
                at(file, "circa"),
                f"'circa' is not shown with 'date_phrase: {event.date_phrase}' (pages say the phrase "
                "and the date alone); to say both, write the date as readers should read it in "
                f"'display_date' (e.g. '{CIRCA_PHRASED[event.date_phrase]}'), or delete 'circa'",
            )
        )
    found += picture_warnings(file, event.image)
    found += title_warnings(file, event.title)
    found += wrong_weekdays(file, event, language)
    words = _words(event.summary)
    if words > MAX_SUMMARY_WORDS:
        found.append(
            warning(
                at(file, "summary"),
                f"summary has {words} words; keep it under {MAX_SUMMARY_WORDS} and move the rest to 'body'",
            )
        )
    return found + text_warnings(file, schema.EVENT)
