"""``explainer schema``: the JSON Schema of each kind of content file written where asked,
one path printed per file (the writing itself: ``tests/test_schemas.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from generator.content.fieldtypes import JSON
from generator.content.schema import json_schema
from generator.render import export_schema
from tests.conftest import REPO

KINDS = ["site", "story", "event", "figure", "location"]
NAMES = [*KINDS, "story-data"]
"""The content files' schemas, then story.json's."""


def schema_of(name: str) -> JSON:
    return export_schema.json_schema() if name == export_schema.NAME else json_schema(name)


def test_each_kind_is_written_as_indented_json_and_its_path_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "schemas"
    assert main(["schema", "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [str(out / f"{name}.schema.json") for name in NAMES]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.schema.json" for name in NAMES)
    for name in NAMES:
        text = (out / f"{name}.schema.json").read_text(encoding="utf-8")
        assert json.loads(text) == schema_of(name)
        assert text == json.dumps(schema_of(name), indent=2, ensure_ascii=False) + "\n"  # stable for diffs


def test_a_file_in_the_way_is_one_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "schemas").write_text("a file, not a folder")
    assert main(["schema", "--out", str(tmp_path / "schemas")]) == 1
    assert capsys.readouterr().err == f"explainer: error: File exists: {tmp_path / 'schemas'}\n"


def test_the_shipped_schemas_are_the_generated_ones(tmp_path: Path) -> None:
    assert main(["schema", "--out", str(tmp_path)]) == 0
    for generated in tmp_path.iterdir():
        shipped = REPO / "docs" / "schemas" / generated.name
        assert shipped.read_text() == generated.read_text(), f"run: explainer schema ({generated.name})"
        assert json.loads(shipped.read_text())["$schema"].endswith("2020-12/schema")
    assert len(list(tmp_path.iterdir())) == 6
