"""The JSON Schemas written into a folder (``generator/schemas.py``), as ``explainer schema``
and ``explainer new site`` write them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.content.schema import SCHEMAS, json_schema
from generator.schemas import write_schemas
from tests.commands.test_schema import NAMES


def test_by_default_into_docs_schemas_of_the_current_folder_made_if_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert SCHEMAS == "docs/schemas"
    assert write_schemas() == [f"docs/schemas/{name}.schema.json" for name in NAMES]
    assert json.loads(Path("docs/schemas/event.schema.json").read_text())["title"] == "explainer event file"


def test_an_old_schema_is_replaced_and_other_files_left_alone(tmp_path: Path) -> None:
    (tmp_path / "event.schema.json").write_text('{"old": true}\n')
    (tmp_path / "README").write_text("mine")
    write_schemas(str(tmp_path))
    assert json.loads((tmp_path / "event.schema.json").read_text()) == json_schema("event")
    assert (tmp_path / "README").read_text() == "mine"
