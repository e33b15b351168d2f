from __future__ import annotations

import json
from pathlib import Path

from generator.build import build
from tests.conftest import REPO, TEMPLATES


def test_timeline_json_follows_the_timelinejs3_format(tmp_path: Path) -> None:
    build(content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    data = json.loads((tmp_path / "site/alpha/timeline.json").read_text())
    assert data["title"]["text"]["headline"] == "Alpha &amp; the &lt;test&gt; story"
    first, start, span = data["events"]
    assert first["start_date"] == {"year": "1999"}
    assert first["display_date"] == "c. 1999"
    assert start["start_date"] == {"year": "2021", "month": "3", "day": "1", "hour": "9", "minute": "15"}
    assert start["text"]["headline"] == "It starts"
    assert start["text"]["text"].startswith("<p>The first thing")
    assert start["media"] == {
        "url": "https://example.org/explainers/alpha/media/dot.svg",
        "alt": "A blue dot",
        "caption": "<p>The dot, <em>in blue</em>.</p>",
        "credit": "Fixture Agency",
    }
    assert span["end_date"] == {"year": "2021", "month": "3", "day": "4"}
    assert span["display_date"] == "2–4 March 2021"
    assert [e["unique_id"] for e in data["events"]] == [
        "1999-background",
        "2021-03-01-start",
        "2021-03-02-span",
    ]
