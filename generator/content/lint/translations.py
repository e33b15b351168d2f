"""What is left to translate in a translation (a story with ``translation_of``): of each of
its files, the texts still the same as in the same file of the story it translates (the
same kind and id: a translation keeps the ids), in one warning per file at the first of
them. A translation started with ``explainer new translation`` is a copy, so the editor
sees which files are done and which are not.

Only texts the schema calls text are compared (not ids, dates, coordinates, addresses),
and not those that stay as they are in any language (``KEPT``: quotes keep their original
words, a source's headline and publisher are the piece's own, a figure's name is a
person's; a place's country written as the maps name it in English, which the pages
name in their language), nor a text that is a name by its looks (``reads_the_same``: one or two words,
each with a capital, 'Bishkek', 'Roza Otunbayeva', and the small words between them, 'Île de la
Cité'), nor a measure ('96 m'), nor one without letters ('85').
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.fieldtypes import Record
from generator.content.file_check import Values
from generator.content.kinds import Kind
from generator.content.lint.texts import texts
from generator.content.lint.where import warning
from generator.content.load import RawContent, RawStory
from generator.content.model import Site
from generator.content.remember import FORGETFUL, Memory
from generator.content.yamlnodes import Mapping, Scalar
from generator.errors import Problem
from generator.i18n.languages import same_version_language

KEPT = frozenset(
    {
        "quotes[].text",  # the words as said, in their own language (marked with 'language:')
        "sources.*.title",  # the piece's own headline (its 'language:' says which)
        "sources.*.publisher",
        "image.credit",  # a photographer's or an agency's name
        "byline",  # who wrote it
        "aliases[]",  # other names and spellings
    }
)
"""The texts, by label (list items as '[]', a source's id as '*'), that a translation keeps
as they are, in every kind of file."""

KEPT_OF_KIND = {Kind.FIGURE: frozenset({"name"})}
"""Those kept in files of one kind: a figure's name is a person's or a group's."""

MOST_NAMED = 8
"""The most texts a warning names; the others are counted."""

_INDEX = re.compile(r"\[\d+\]")


def _general(label: str) -> str:
    """``label`` as ``KEPT`` writes labels: 'quotes[2].text' as 'quotes[].text',
    'sources.reuters.title' as 'sources.*.title'."""
    parts = _INDEX.sub("[]", label).split(".")
    if parts[0] == "sources" and len(parts) == 3:
        parts[1] = "*"
    return ".".join(parts)


_PARTICLES = frozenset(
    [
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "da",
        "das",
        "den",
        "la",
        "le",
        "van",
        "von",
        "zu",
        "y",
    ]
)
"""The small words between the parts of a name ('Île de la Cité', 'Quai de Montebello',
'Rio de Janeiro', 'Ludwig van Beethoven'), which stays the same in a translation: a
place's name among them, which check --strict, the workflows' check, could not pass."""

_UNITS = "mm|cm|m|km|m²|km²|m³|ha|g|kg|t|Mt|l|W|kW|MW|GW|kWh|MWh|GWh|Hz|dB|°C|°F|°|%"
_MEASURE = re.compile(rf"\d[\d\s.,\u00a0\u202f]*[\s\u00a0\u202f]?(?:{_UNITS})")
"""A number and its unit's symbol ('96 m', '40 km', '3 MW', '20 °C'), as a key number's
value is written in many languages alike."""


def reads_the_same(text: str) -> bool:
    """Whether ``text`` may well be the same in any language: without letters ('85',
    '2010–2011'), a measure ('96 m'), or a name by its looks, one or two words each
    starting with a capital ('Bishkek', 'Roza Otunbayeva', 'NATO'), with the small words
    that join a name's parts between them ('Île de la Cité'). A Chinese or Arabic text,
    whose script has no capitals, is never taken for a name: a sentence of it may be a
    single 'word'."""
    if not any(c.isalpha() for c in text) or _MEASURE.fullmatch(text.strip()):
        return True
    words = text.split()
    names = [w for n, w in enumerate(words) if not (0 < n < len(words) - 1 and w in _PARTICLES)]
    return len(names) <= 2 and all(w[0].isupper() for w in names)


Versions = dict[str, tuple[str, str | None]]
"""Each story's language (its pages') and the story it translates (``translation_of``), by
its id."""


def untranslated(raw: RawContent, site: Site, memo: Memory = FORGETFUL) -> Iterator[Problem]:
    """Of each story that translates another of the site (in another language), one
    warning per file holding texts the same as the original's (``same_texts``)."""
    versions = {s.id: (s.pages_language(site.language), s.translation_of) for s in site.stories}
    return untranslated_of(raw, versions, memo)


def untranslated_checked(
    raw: RawContent,
    checked: dict[str, dict[Kind, dict[str, Values | None]]],
    site_language: str,
    memo: Memory,
) -> Iterator[Problem]:
    """``untranslated`` of content with errors: of each story whose story.yaml gave its
    ``language`` and ``translation_of`` as valid values (``checked``, as ``check``
    checked them), whatever else is wrong. What is left to translate is the same texts
    in two files, which an error elsewhere does not change: an editor fixing one error
    saw the list only once every error was fixed."""
    versions: Versions = {}
    for story in raw.stories:
        values = checked.get(story.id, {}).get(Kind.STORY, {}).get(story.id)
        if values is None:
            continue
        language, original = values.get("language"), values.get("translation_of")
        if (language is None or isinstance(language, str)) and (
            original is None or isinstance(original, str)
        ):
            versions[story.id] = (language or site_language, original)
    return untranslated_of(raw, versions, memo)


def untranslated_of(raw: RawContent, versions: Versions, memo: Memory = FORGETFUL) -> Iterator[Problem]:
    """``untranslated`` of the stories ``versions`` names, each with its language and what
    it translates."""
    files = {r.id: r for r in raw.stories}
    for sid, (language, original) in versions.items():
        if original is None or original not in versions or original not in files or sid not in files:
            continue
        if same_version_language(language, versions[original][0]):
            continue  # two versions in one language: same_language_versions says so
        for file, original_file, record, kind in _pairs(files[sid], files[original]):
            if file.root is None or original_file.root is None:
                continue
            find = functools.partial(same_texts, file, original_file, record, kind)
            same = memo.derived(file.root, find, (original_file.root,), what="untranslated")
            if same:
                yield _warning(same, original)


def _pairs(
    translation: RawStory, original: RawStory
) -> Iterator[tuple[ContentFile, ContentFile, Record, Kind]]:
    """Each file of ``translation`` with the same file of ``original`` (the same kind and
    id), its record in the schema and its kind."""
    if translation.story is not None and original.story is not None:
        yield translation.story, original.story, schema.STORY, Kind.STORY
    for kind, record in (
        (Kind.EVENT, schema.EVENT),
        (Kind.FIGURE, schema.FIGURE),
        (Kind.LOCATION, schema.LOCATION),
    ):
        theirs = original.files[kind]
        for fid, file in translation.files[kind].items():
            if fid in theirs:
                yield file, theirs[fid], record, kind


def same_texts(
    file: ContentFile, original: ContentFile, record: Record, kind: Kind
) -> list[tuple[Scalar, str]]:
    """The texts of ``file`` (each node and label, in the file's order) that are the same
    as those of the same label in ``original``, those kept in any language left out."""
    if not isinstance(file.root, Mapping) or not isinstance(original.root, Mapping):
        return []
    kept = KEPT | KEPT_OF_KIND.get(kind, frozenset())
    theirs = {label: node.value for node, label, _ in texts(original.root, record)}
    same = []
    for node, label, _ in texts(file.root, record):
        text = node.value
        if not isinstance(text, str) or not text.strip() or theirs.get(label) != text:
            continue
        if _general(label) in kept or reads_the_same(text.strip()):
            continue
        if kind is Kind.LOCATION and label == "country" and text.strip().casefold() in _english_countries():
            continue
        same.append((node, label))
    return same


@functools.cache
def _english_countries() -> frozenset[str]:
    """The countries, in lower case, as the maps name them in English: a place's page names
    one written so in its own language (the ``country`` filter), translated or not."""
    from generator.geometry import map_geometry  # the outlines' index only: nothing is decoded

    return frozenset(name.casefold() for name, code in map_geometry.names_and_codes() if code)


def _warning(same: list[tuple[Scalar, str]], original: str) -> Problem:
    labels = [label for _, label in same]
    named = ", ".join(labels[:MOST_NAMED])
    more = f" and {len(labels) - MOST_NAMED} more" if len(labels) > MOST_NAMED else ""
    return warning(same[0][0].pos, f"not translated yet: {named}{more} (the same as in {original})")
