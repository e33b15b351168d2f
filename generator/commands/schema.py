"""``explainer schema``: the JSON Schema of each kind of content file, for editors' tools
(written from ``content/schema.py``, the one definition of the fields)."""

from __future__ import annotations

import json
import os

from generator.content.schema import FILES, json_schema

SCHEMAS = os.path.join("docs", "schemas")
"""Where the JSON Schemas live, relative to the project folder (the current folder)."""


def write_schemas(folder: str = SCHEMAS) -> list[str]:
    """Write the JSON Schema of every kind of content file into ``folder``."""
    os.makedirs(folder, exist_ok=True)
    written = []
    for kind in FILES:
        path = os.path.join(folder, f"{kind}.schema.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(json_schema(kind), indent=2, ensure_ascii=False) + "\n")
        written.append(path)
    return written
