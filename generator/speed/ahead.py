"""Page folders made ahead, on the other core, while this one loads and checks.

Every event, figure and place gets a page in a folder of its own, and on many disks
making a thousand folders costs more than rendering the pages that go in them (about
0.13 ms each on the machines the benchmarks run on: 140 ms for 1,000 events). The
content's file names say which folders a build will most likely need, before any file
is read: ``events/<id>.yaml`` becomes ``<story>/events/<id>/index.html``. A helper makes
those folders in the build's new temporary folder (``output/staging.py``) while the
pipeline is still loading and checking, when the second core has nothing else to do.

A guess is only a guess: a file may be a draft, fail its checks or name another id.
The staging folder removes every folder made ahead that the build did not write into
(``Staging.finish``), so the site is the same folder a plain build makes, bytes and
folders alike (a test compares them). Nothing here reads a content file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

from generator.content import files
from generator.render import links

PAGES: dict[str, Callable[[str, str], str]] = {
    "events": links.event_page,
    "figures": links.figure_page,
    "locations": links.location_page,
}
"""Each collection folder of a story, and where the page of one of its files goes."""


def likely_folders(content: str) -> list[str]:
    """The page folders (relative, with '/') that the files of ``content`` suggest,
    parents before children."""
    folders: list[str] = []
    for story in _names(content, folders_only=True):
        story_folder = os.path.join(content, story)
        if not os.path.isfile(os.path.join(story_folder, "story.yaml")):
            continue
        folders.append(story)
        for kind, page in PAGES.items():
            names = _names(os.path.join(story_folder, kind))
            stems = [n.removesuffix(".yaml") for n in names if n.endswith(".yaml")]
            if stems:
                folders.append(f"{story}/{kind}")
                folders.extend(os.path.dirname(page(story, stem)) for stem in stems)
    return folders


def _names(folder: str, *, folders_only: bool = False) -> Iterator[str]:
    """The names in ``folder`` that loading would look at (hidden and ignored ones left
    out); none if it cannot be listed. Links are never followed."""
    try:
        with os.scandir(folder) as entries:
            found = [e for e in entries if not files.is_ignored(e.name)]
    except OSError:
        return
    for entry in sorted(found, key=lambda e: e.name):
        if not folders_only or entry.is_dir(follow_symlinks=False):
            yield entry.name


def make_folders(root: str, folders: list[str]) -> set[str]:
    """Make ``folders`` (relative, parents first) inside ``root``; those made. One that
    cannot be made is simply left to the writer, which reports any real problem."""
    made: set[str] = set()
    for rel in folders:
        try:
            os.mkdir(os.path.join(root, *rel.split("/")))
        except OSError:
            continue
        made.add(rel)
    return made
