"""The JSON Schema of story.json, checked against the files real builds write."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator.commands.build import build
from generator.render.export_schema import json_schema
from tests.conftest import REPO, TEMPLATES, Project, seed_content
from tests.images import photo

VALIDATOR = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


def problems(data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def objects(schema: Any) -> Iterator[dict[str, Any]]:
    """Every object schema inside ``schema``."""
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            yield schema
        for value in schema.values():
            yield from objects(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from objects(value)


def test_the_schema_is_valid_and_every_object_is_closed() -> None:
    # Every field required and no other allowed: a field the export adds, renames or
    # drops without the schema fails the validations below.
    jsonschema.Draft202012Validator.check_schema(json_schema())
    found = list(objects(json_schema()))
    assert len(found) >= 10
    for schema in found:
        assert schema["additionalProperties"] is False
        assert schema["required"] == list(schema["properties"])


def test_the_fixture_and_the_seed_exports_follow_the_schema(tmp_path: Path) -> None:
    build(
        content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "small")
    )
    seed = seed_content(tmp_path / "seed")
    build(content=str(seed), templates=TEMPLATES, out=str(tmp_path / "seed-site"))
    built = [tmp_path / "small/alpha/story.json", *sorted((tmp_path / "seed-site").glob("*/story.json"))]
    assert len(built) == 2
    for path in built:
        assert problems(json.loads(path.read_text(encoding="utf-8"))) == [], path


def test_a_story_with_every_field_follows_the_schema(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(640, 400))
    project.write(
        "content/story-a/story.yaml",
        """\
        title: Story A
        summary: What story A is about.
        published: 2020-01-02T10:00+06:00
        byline: The desk
        image: {src: media/lead.jpg, alt: The lead, credit: Agency, caption: "*Lead*", focus: top}
        unknowns: [Who did it.]
        key_numbers:
          - {value: "87", label: people dead, source: src-a, note: "Per [the count](https://x.example/)."}
        updates:
          - {date: 2020-01-03, text: Added a thing.}
          - {date: 2020-01-04, text: Fixed a thing., kind: correction}
        sources:
          src-a:
            publisher: Example News
            title: A report
            url: https://x.example/report
            date: 2020-01-01
            archive_url: https://archive.example/report
            language: fr
        related: [story-b]
        """,
    )
    project.write("content/story-b/story.yaml", "title: Story B\nsummary: s\npublished: 2020-01-01\n")
    project.write("content/story-b/events/b1.yaml", "title: B\ndate: 2020-01-01\nsummary: s\n")
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01T09:00:30Z
        end: 2020-01-02
        summary: Something happened.
        body: "## More\\n\\nAnd then."
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        tags: [politics]
        key: true
        quotes:
          - {text: Oui., by: fig-a, source: src-a, language: fr}
          - {text: Later., by: A passer-by}
        image: {src: "https://images.example/a.jpg", alt: A picture}
        """,
    )
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: s\ncirca: true\n")
    project.write("content/story-a/events/e3.yaml", "title: Three\ndate: 2020-03\nend: 2020-04\n"
                  "date_phrase: between\nsummary: s\nadded: 2020-01-04\n")  # fmt: skip
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone\naliases: [A]\nsummary: About A.\nsort_as: えー\n"
        "image: {src: 'https://images.example/f.jpg', alt: A face}\n",
    )
    project.write(
        "content/story-a/locations/loc-a.yaml",
        "name: Place A\nkind: city\ncountry: Kyrgyzstan\ncoordinates: [42.87, 74.59]\nsummary: A city.\n"
        "sort_as: Bishkek\n",
    )
    project.write("content/story-a/locations/loc-b.yaml", "name: Place B\nunmapped: true\n")
    assert project.problems() == []
    for base_url in (None, "https://news.example/"):
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        data = json.loads(Path("site/story-a/story.json").read_text(encoding="utf-8"))
        assert problems(data) == []
        assert data["updates"][1]["kind"] == "correction" and data["image"]["focus"] == "top"
        assert data["events"][2]["date_phrase"] == "between"
        assert data["related"] == [
            {"id": "story-b", "url": f"{base_url}story-b/" if base_url else "../story-b/index.html"}
        ]
        assert data["figures"][0]["sort_as"] == "えー" and data["places"][0]["sort_as"] == "Bishkek"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d["events"][0].update(extra=1), "Additional properties are not allowed"),
        (lambda d: d["places"][0].pop("coordinates"), "'coordinates' is a required property"),
        (lambda d: d.update(format=2), "1 was expected"),
        # The date grammar's ranges, as content's schema has them (content/dates.py).
        (lambda d: d["events"][0].update(start_iso="2010-13-01"), "does not match"),
        (lambda d: d["events"][0].update(end_iso="2010-04-31T25:00"), "does not match"),
    ],
)
def test_a_drift_is_caught(tmp_path: Path, change: Any, problem: str) -> None:
    build(content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    data = json.loads((tmp_path / "site/alpha/story.json").read_text(encoding="utf-8"))
    change(data)
    assert any(problem in p for p in problems(data))
