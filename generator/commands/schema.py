"""``explainer schema``: what the command prints (``report``) once ``schemas.py`` has
written the JSON Schemas (each kind of content file's, and ``story.json``'s) into the
folder asked for. The writing is not the command's own: ``new site`` writes them too,
for the project it starts."""

from __future__ import annotations


def report(paths: list[str]) -> None:
    """The path of each schema written, one a line."""
    for path in paths:
        print(path)
