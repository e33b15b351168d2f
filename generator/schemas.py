"""The JSON Schemas written into a folder: each kind of content file's, for editors' tools
(from ``content/schema.py``, the one definition of the fields), and that of the story data
the build publishes, ``story.json``, for a newsroom's tools (from
``render/export_schema.py``). Here, above both, because two commands write them:
``explainer schema``, and ``explainer new site``, for the project it starts."""

from __future__ import annotations

import json
import os

from generator.content.schema import FILES, SCHEMAS, json_schema
from generator.render import export_schema


def write_schemas(folder: str = SCHEMAS) -> list[str]:
    """Write the JSON Schema of every kind of content file, then that of ``story.json``,
    into ``folder``; the path of each, in that order."""
    os.makedirs(folder, exist_ok=True)
    written = []
    schemas = [
        *((kind, json_schema(kind)) for kind in FILES),
        (export_schema.NAME, export_schema.json_schema()),
    ]
    for name, schema in schemas:
        path = os.path.join(folder, f"{name}.schema.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
        written.append(path)
    return written
