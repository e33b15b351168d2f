"""``<story>/story.json``: the story as data, in the project's own terms."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.commands.build import build
from generator.content.dates import parse_date
from generator.render.storyjson import first_iso, last_iso
from tests.conftest import REPO, TEMPLATES, Project
from tests.images import photo

FIXTURE = REPO / "tests/fixtures/small/content"


def story_json(site: Path | str, story: str = "story-a") -> Any:
    return json.loads((Path(site) / story / "story.json").read_text(encoding="utf-8"))


def test_the_fixture_story_in_its_own_terms(tmp_path: Path) -> None:
    build(content=str(FIXTURE), templates=TEMPLATES, out=str(tmp_path / "site"))
    data = story_json(tmp_path / "site", "alpha")
    assert data["format"] == 1
    assert data["id"] == "alpha" and data["url"] == "https://example.org/explainers/alpha/"
    assert data["language"] == "en" and data["translation_of"] is None
    assert data["title"] == "Alpha & the <test> story"  # plain text, not HTML
    assert data["summary"].startswith("<p>A story with <em>every</em> kind")
    background, start, reaction, span = data["events"]  # in timeline order, without the draft
    assert background["date"] == "1999" and background["circa"] is True
    assert (background["start_iso"], background["end_iso"], background["precision"]) == (
        "1999-01-01",
        "1999-12-31",
        "year",
    )
    assert background["when"] == "c. 1999"
    assert start["date"] == start["start_iso"] == start["end_iso"] == "2021-03-01T09:15+06:00"
    assert start["precision"] == "minute" and start["when"] == "1 March 2021, 09:15 (UTC+6)"
    assert start["figures"] == ["ann", "group-b"] and start["places"] == ["city", "nowhere"]
    assert start["sources"] == ["wire"] and start["tags"] == ["first", "politics"]
    assert start["url"] == "https://example.org/explainers/alpha/events/2021-03-01-start/"
    assert start["quotes"][0] == {
        "text": "<p>We did it.</p>",
        "by": "ann",
        "by_figure": True,
        "source": "wire",
        "language": None,
    }
    assert start["image"]["url"] == "https://example.org/explainers/alpha/media/dot.svg"
    assert start["image"]["alt"] == "A blue dot" and start["image"]["credit"] == "Fixture Agency"
    assert start["image"]["renditions"] == []  # an SVG drawing is published as it is
    assert (span["date"], span["end"], span["end_iso"], span["added"]) == (
        "2021-03-02",
        "2021-03-04",
        "2021-03-04",
        "2021-03-02",
    )
    assert reaction["key"] is False and span["key"] is True
    assert [f["id"] for f in data["figures"]] == ["ann", "group-b"]
    # sort_as as the file gives it, null where it gives none (as every optional field)
    assert [f["sort_as"] for f in data["figures"]] == ["Example, Ann", None]
    places = {p["id"]: p for p in data["places"]}
    assert places["city"]["sort_as"] is None
    assert places["nowhere"]["coordinates"] is None
    assert set(places["city"]["coordinates"]) == {"latitude", "longitude"}
    assert "Not yet" not in json.dumps(data)  # the draft event


def test_updates_carry_the_ids_the_story_page_gives_them(tmp_path: Path) -> None:
    build(content=str(FIXTURE), templates=TEMPLATES, out=str(tmp_path / "site"))
    data = story_json(tmp_path / "site", "alpha")
    page = (tmp_path / "site/alpha/index.html").read_text(encoding="utf-8")
    assert [u["id"] for u in data["updates"]] == [f"update-{n}" for n in range(1, len(data["updates"]) + 1)]
    for update in data["updates"]:
        assert f'id="{update["id"]}"' in page
        assert update["url"] == f"https://example.org/explainers/alpha/#{update['id']}"
    for source in data["sources"]:
        assert f'id="source-{source["id"]}"' in page


def test_iso_days_cover_each_precision() -> None:
    assert (first_iso(parse_date("2010-04")), last_iso(parse_date("2010-04"))) == ("2010-04-01", "2010-04-30")
    assert last_iso(parse_date("2012-02")) == "2012-02-29"
    assert first_iso(parse_date("2010-04-07T23:00:15Z")) == "2010-04-07T23:00:15Z"


def test_addresses_are_relative_to_the_file_without_a_base_url_and_lead_to_published_files(
    project: Project,
) -> None:
    project.write("content/story-a/media/scene photo.jpg", photo(640, 480))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event + "image:\n  src: media/scene photo.jpg\n  alt: A scene\n  credit: Agency\n"
        "body: See [the other](events/e1.yaml) and [the first update](#update-1).\n",
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "updates:\n  - date: 2020-01-03\n    text: A thing was added.\n"
    )
    for base_url in (None, "https://news.example/x/"):
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        data = story_json("site")
        event = data["events"][0]
        image = event["image"]
        assert image["alt"] == "A scene" and image["credit"] == "Agency"
        assert image["width"] == 640 and image["height"] == 480
        urls = [image["url"], *(r["url"] for r in image["renditions"])]
        assert {r["type"] for r in image["renditions"]} >= {"image/jpeg", "image/webp"}
        for url in urls:
            path = (
                Path("site") / unquote(url.removeprefix(base_url)) if base_url else Path("site/story-a") / url
            )
            assert Path(unquote(str(path))).is_file(), url
        if base_url is None:
            assert event["url"] == "events/e1/index.html" and data["url"] == "index.html"
            assert 'href="events/e1/index.html"' in event["body"]
            assert 'href="index.html#update-1"' in event["body"]
            assert data["figures"][0]["url"] == "figures/fig-a/index.html"
        else:
            assert event["url"] == "https://news.example/x/story-a/events/e1/"
            assert 'href="https://news.example/x/story-a/events/e1/"' in event["body"]
            assert 'href="https://news.example/x/story-a/#update-1"' in event["body"]


def test_nothing_of_a_draft_even_in_a_staging_build(project: Project) -> None:
    # A draft event names a figure, a place and a source nothing published names; the
    # story's summary links to it. A draft story has no data files.
    project.write("content/story-a/figures/secret.yaml", "name: Secret Person\nrole: Unannounced\n")
    project.write("content/story-a/locations/hideout.yaml", "name: Hideout\ncoordinates: [1, 2]\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    story = story.replace("What story A is about.", "About [a scheme](events/plan.yaml).")
    project.write("content/story-a/story.yaml", story + "  leak:\n    publisher: Leaked Memo\n")
    project.write(
        "content/story-a/events/plan.yaml",
        "title: Secret plan\ndate: 2020-01-05\nsummary: Not yet.\ndraft: true\n"
        "figures: [secret]\nlocations: [hideout]\nsources: [leak]\n",
    )
    project.write("content/story-b/story.yaml", "title: B\nsummary: b\npublished: 2020-01-02\ndraft: true\n")
    for drafts in (False, True):
        build(content="content", templates=TEMPLATES, out="site", drafts=drafts)
        text = Path("site/story-a/story.json").read_text(encoding="utf-8")
        sheet = Path("site/story-a/timeline.csv").read_text(encoding="utf-8")
        for secret in ("Secret", "secret", "plan", "Hideout", "hideout", "leak", "Leaked"):
            assert secret not in text and secret not in sheet, (drafts, secret)
        assert story_json("site")["summary"] == "<p>About a scheme.</p>"
        assert not Path("site/story-b/story.json").exists() and not Path("site/story-b/timeline.csv").exists()
    # The staging build has the draft's own pages, and the draft story's page links no data.
    assert Path("site/story-a/events/plan/index.html").exists()
    draft_page = Path("site/story-b/index.html").read_text(encoding="utf-8")
    assert "story.json" not in draft_page and "timeline.csv" not in draft_page
    assert 'href="timeline.json"' in draft_page


def test_a_translation_of_a_draft_names_none(project: Project) -> None:
    project.write("content/story-b/story.yaml", "title: B\nsummary: b\npublished: 2020-01-02\ndraft: true\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: fr\ntranslation_of: story-b\n")
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    data = story_json("site")
    assert data["translation_of"] is None and data["translations"] == []
    assert data["language"] == "fr"


def test_translations_name_each_other(project: Project) -> None:
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-b/story.yaml", story.replace("Story A", "Histoire A") + "language: fr\n"
                  "translation_of: story-a\n")  # fmt: skip
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/")
    french = story_json("site", "story-b")
    assert french["translation_of"] == "story-a" and french["language"] == "fr"
    assert french["translations"] == [
        {"id": "story-a", "language": "en", "title": "Story A", "url": "https://news.example/story-a/"}
    ]
    assert story_json("site")["translations"][0]["id"] == "story-b"


def test_the_story_page_and_the_embed_pages_advertise_the_data(tmp_path: Path) -> None:
    build(content=str(FIXTURE), templates=TEMPLATES, out=str(tmp_path / "site"))
    alternate = '<link rel="alternate" type="application/json" href="{}"'
    page = (tmp_path / "site/alpha/index.html").read_text(encoding="utf-8")
    assert alternate.format("story.json") in page
    line = re.search(r'<p class="export">(.*?)</p>', page)
    assert line is not None
    assert re.findall(r'href="([^"]+)"', line[1]) == ["story.json", "timeline.csv", "timeline.json"]
    embed = (tmp_path / "site/alpha/embed/index.html").read_text(encoding="utf-8")
    assert alternate.format("../../alpha/story.json") in embed
    light = (tmp_path / "site/alpha/embed/light/index.html").read_text(encoding="utf-8")
    assert alternate.format("../../../alpha/story.json") in light


def test_the_data_line_is_in_the_story_language(project: Project) -> None:
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "language: de\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/index.html").read_text(encoding="utf-8")
    assert '<p class="export">Daten: <a href="story.json"' in page


def test_no_link_to_a_draft_event_taken_out_even_in_a_staging_build(project: Project) -> None:
    # A draft event taken out (``removed:``) was never published: the staging build
    # shows its notice, but the data files, which carry what is published, link to it
    # no more than a build without drafts does, from its own story or another.
    project.write(
        "content/story-a/events/plan.yaml",
        "title: Secret plan\ndate: 2020-01-05\nsummary: Not yet.\ndraft: true\n"
        "removed:\n  date: 2020-01-06\n  reason: Wrong.\n",
    )
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace("happened.", "happened, by [a plan](events/plan.yaml)."),
    )
    project.write(
        "content/story-b/story.yaml",
        "title: B\nsummary: b\npublished: 2020-01-02\n",
    )
    project.write(
        "content/story-b/events/b1.yaml",
        "title: B1\ndate: 2020-01-03\nsummary: See [the plan](../story-a/events/plan.yaml).\n",
    )
    for drafts in (False, True):
        build(content="content", templates=TEMPLATES, out="site", drafts=drafts)
        assert Path("site/story-a/events/plan/index.html").exists() is drafts
        for sid, summary in (
            ("story-a", "<p>Something happened, by a plan.</p>"),
            ("story-b", "<p>See the plan.</p>"),
        ):
            assert [e["summary"] for e in story_json("site", sid)["events"]] == [summary], (drafts, sid)
            sheet = Path(f"site/{sid}/timeline.csv").read_text(encoding="utf-8")
            assert "plan/" not in sheet and summary.removeprefix("<p>").removesuffix("</p>") in sheet, (
                drafts,
                sid,
            )


def test_a_texts_link_to_a_place_on_its_page_leads_to_the_story_pages_in_the_data_files(
    project: Project,
) -> None:
    # '[the sources](#sources)' stayed '#sources' in the data files, which are shown in
    # another site's article (TimelineJS, a newsroom's tool): it led to a place there.
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event.replace("Something happened.", "See [the sources](#sources).")
    )
    for base_url, page in (
        (None, "index.html"),
        ("https://news.example/x/", "https://news.example/x/story-a/"),
    ):
        build(content="content", templates=TEMPLATES, out="site", base_url=base_url)
        link = f'<a href="{page}#sources" rel="noopener noreferrer">the sources</a>'
        assert link in story_json("site")["events"][0]["summary"]
        slides = json.loads(Path("site/story-a/timeline.json").read_text(encoding="utf-8"))["events"]
        assert link in slides[0]["text"]["text"]
        assert link.replace('"', '""') in Path("site/story-a/timeline.csv").read_text(encoding="utf-8")
    # The story page keeps it a link within itself.
    assert '<a href="#sources" rel="noopener noreferrer">the sources</a>' in Path(
        "site/story-a/index.html"
    ).read_text(encoding="utf-8")


def test_a_figure_and_a_place_name_their_pages_in_other_published_stories(project: Project) -> None:
    # Story B has story A's figure and place (the same ids); story C, a draft, has them too.
    for sid, extra in (("story-b", ""), ("story-c", "draft: true\n")):
        project.write(
            f"content/{sid}/story.yaml", f"title: {sid}\nsummary: s\npublished: 2020-01-02\n{extra}"
        )
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            text = (
                project.root.joinpath(f"content/story-a/{rel}").read_text().replace("sources: [src-a]\n", "")
            )
            project.write(f"content/{sid}/{rel}", text)
    build(content="content", templates=TEMPLATES, out="site", drafts=True, base_url="https://news.example/")
    data = story_json("site")
    assert [f["also_in"] for f in data["figures"]] == [
        [{"story": "story-b", "url": "https://news.example/story-b/figures/fig-a/"}]
    ]
    assert [p["also_in"] for p in data["places"]] == [
        [{"story": "story-b", "url": "https://news.example/story-b/locations/loc-a/"}]
    ]
    build(content="content", templates=TEMPLATES, out="site")
    assert story_json("site", "story-b")["figures"][0]["also_in"] == [
        {"story": "story-a", "url": "../story-a/figures/fig-a/index.html"}
    ]
