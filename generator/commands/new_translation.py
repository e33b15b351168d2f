"""``explainer new translation``: start a story's version in another language as a copy of
the story, which the editor then translates file by file.

The copy keeps every id (the pages pair each event, figure and place with the same one
in the other versions by its id), its story.yaml gets ``language:`` and
``translation_of:`` (written into the text, so its comments stay) and is a draft until
translated, and ``explainer check`` then lists, file by file, the texts still the same as
the original's (``lint/translations.py``). Refused before anything is written: an
original that is not there, a language with no pages' text, the original's own language
or one another version of it is in already (the rule check warns by), a target there
already.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass

from generator.content import contentfile
from generator.content.files import is_ignored, require_folder, walk_files
from generator.content.ids import invalid_id, reserved_story_id
from generator.content.kinds import COLLECTIONS
from generator.content.model import version_groups
from generator.content.yamlnodes import Mapping, scalar_at
from generator.content.yamlset import set_keys
from generator.content.yamlvalues import language_value
from generator.errors import Problem, UsageError, closest, did_you_mean
from generator.i18n import languages


@dataclass(frozen=True)
class Translation:
    """What ``new translation`` made: the copy's story.yaml, and what it was copied from."""

    story_yaml: str
    original: str
    """The original story's id."""
    language: str
    copied: int
    """How many files were copied (story.yaml, the events', figures' and places' files, media)."""


def new_translation(*, content: str, original: str, language: str, story: str | None = None) -> Translation:
    """Copy the story ``original`` of the folder ``content`` into ``story`` (by default
    ``<original>-<language>``) as its version in ``language``."""
    require_folder(content, "content")
    source = _original_folder(content, original)
    language = _shipped(language)
    story = story if story is not None else f"{original}-{language.lower()}"
    _check_new_id(story)
    target = os.path.join(content, story)
    if os.path.lexists(target):
        raise UsageError(f"{target} already exists; not overwriting it (give the translation another id)")
    _check_language(content, original, language, _versions(content))
    root = _root(os.path.join(source, "story.yaml"))
    with open(os.path.join(source, "story.yaml"), encoding="utf-8-sig", newline="") as f:
        text = f.read()
    values = {
        "language": language_value(language),
        "translation_of": language_value(original),
        "draft": "true",
    }
    translated = set_keys(text, root, values)
    copied = _copy(source, target)
    story_yaml = os.path.join(target, "story.yaml")
    with open(story_yaml, "w", encoding="utf-8", newline="") as f:
        f.write(translated)
    return Translation(story_yaml, original, language, copied)


def _stories(content: str) -> list[str]:
    """The ids of the stories in ``content``: its folders holding a story.yaml."""
    try:
        names = sorted(os.listdir(content))
    except OSError:
        return []
    return [n for n in names if not is_ignored(n) and os.path.isfile(os.path.join(content, n, "story.yaml"))]


def _original_folder(content: str, original: str) -> str:
    """The folder of the story ``original`` in ``content``: a story's id names one, never a
    path ('../other/story') nor a link out of the folder, which loading refuses too."""
    folder = os.path.join(content, original)
    story_yaml = os.path.join(folder, "story.yaml")
    if invalid_id(original, "story") is None and (os.path.islink(folder) or os.path.islink(story_yaml)):
        raise UsageError(f"{folder} is a link; a story to translate is a folder of the content folder itself")
    if invalid_id(original, "story") is not None or not os.path.isfile(story_yaml):
        stories = _stories(content)
        listed = f" (its stories: {', '.join(stories)})" if stories and len(stories) <= 10 else ""
        raise UsageError(
            f"no story '{original}' in {content} to translate{did_you_mean(original, stories) or listed}"
        )
    return folder


def _shipped(language: str) -> str:
    """``--language`` checked as ``new site`` checks it (a language the pages' text is
    translated into), with the nearest shipped one suggested ('esp': 'es'); written by its
    current code ('in': 'id')."""
    if (why := languages.refused(language)) is not None:
        tags = [n.replace("_", "-") for n in languages.available()]
        near = closest(language, tags) or closest(languages.primary(language), tags)
        if near is not None and "did you mean" not in why:
            why = f"--language '{language}': did you mean '{near}'? ({why.split(': ', 1)[1]})"
        raise UsageError(why)
    return languages.current_code(language) or language


def _check_new_id(story: str) -> None:
    if (invalid := invalid_id(story, "story")) is not None:
        raise UsageError(invalid)
    if (reserved := reserved_story_id(story)) is not None:
        raise UsageError(reserved)


@dataclass(frozen=True)
class _Version:
    language: str | None
    """Its own ``language``, if it gives one as text."""
    translation_of: str | None


def _versions(content: str) -> dict[str, _Version]:
    """Each story's own language and ``translation_of``, read from its story.yaml without
    checking the rest (a story whose file cannot be read gives neither)."""
    found = {}
    for sid in _stories(content):
        root = contentfile.read_file(os.path.join(content, sid, "story.yaml"), "story", []).root
        found[sid] = _Version(_text(root, "language"), _text(root, "translation_of"))
    return found


def _text(root: Mapping | None, key: str) -> str | None:
    """The text ``key`` gives in ``root``, if it gives one."""
    node = scalar_at(root, key) if root is not None else None
    return node.text.strip() or None if node is not None and isinstance(node.value, str) else None


def _site_language(content: str) -> str:
    root = contentfile.read_file(os.path.join(content, "site.yaml"), "site", []).root
    return _text(root, "language") or languages.ENGLISH


def _check_language(content: str, original: str, language: str, versions: dict[str, _Version]) -> None:
    """Refuse ``language`` when the story ``original``, or a version of it (linked by
    ``translation_of``, as check and the pages link them: ``model.version_groups``), is
    in it already: check would warn of two versions in one language."""
    site_language = _site_language(content)

    def language_of(sid: str) -> str:
        return versions[sid].language or site_language

    if languages.same_version_language(its := language_of(original), language):
        raise UsageError(
            f"story '{original}' is in '{its}' itself{_read_as(its, language)}; "
            "give the language to translate it into"
        )
    groups = version_groups({sid: v.translation_of for sid, v in versions.items()})
    together = next((g for g in groups if original in g), (original,))
    for sid in together:
        if sid != original and languages.same_version_language(language_of(sid), language):
            raise UsageError(
                f"story '{original}' has a version in '{language_of(sid)}' already"
                f"{_read_as(language_of(sid), language)}: {os.path.join(content, sid)} (translation_of links "
                "them); go on translating that one, or give another language"
            )


def _read_as(there: str, given: str) -> str:
    """Why ``given`` is the language ``there`` when they are written otherwise ('pt' and
    'pt-BR'), as CLDR reads them; '' when they are written alike."""
    if there.lower() == given.lower():
        return ""
    said = languages.read_as(given)
    return f" (to readers the same language as '{given}': CLDR reads both as {said})" if said else ""


def _copy(source: str, target: str) -> int:
    """Copy the story folder ``source`` to ``target``: its files as loading reads them
    (hidden, backup and private files passed over: ``files.is_ignored``), links and other
    entries that are not regular files left out (the build refuses them); the number of
    files copied."""
    copied = 0
    for kind in COLLECTIONS:
        os.makedirs(os.path.join(target, kind.value), exist_ok=True)
    for rel, entry in walk_files(source, skip=is_ignored):
        if not entry.is_file(follow_symlinks=False):
            continue
        path = os.path.join(target, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(entry.path, path)
        copied += 1
    return copied


def _root(story_yaml: str) -> Mapping:
    """The original's story.yaml as parsed; a UsageError, before anything is copied, when
    it cannot be read as 'key: value' lines."""
    problems: list[Problem] = []
    root = contentfile.read_file(story_yaml, "story", problems).root
    if root is None:
        said = f" ({problems[0]})" if problems else ""
        raise UsageError(f"{story_yaml} cannot be read{said}; fix it first (explainer check says how)")
    return root


def report(done: Translation) -> None:
    """The copy's story.yaml (on its own line, for a script), then what to do next."""
    print(done.story_yaml)
    folder = os.path.dirname(done.story_yaml)
    steps = (
        f"note: copied {done.copied} files of '{done.original}' into {folder}, with "
        f"language: {done.language} and translation_of: {done.original} in its story.yaml; "
        "it is a draft (draft: true) until you delete that line",
        "note: translate the text of every file (titles, summaries, bodies, names and roles, alt text and "
        "captions); keep ids, dates, coordinates, addresses and quotes' words as they are",
        f"note: explainer check lists, file by file, the texts still the same as in '{done.original}'; "
        "explainer serve shows the draft",
    )
    for step in steps:
        print(step, file=sys.stderr)
