"""Absolute URLs exactly where they must be, for a site published under a sub-path."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import pytest

from generator.cli import main
from generator.commands.build import build
from tests.conftest import TEMPLATES, Project, seed_content, site_files
from tests.crawl import parse, serve

BASE = "https://example.github.io/repo/"
# Namespace names are identifiers, not addresses the site links to.
NAMESPACES = {
    "http://www.w3.org/2005/Atom", "http://www.sitemaps.org/schemas/sitemap/0.9",
    "https://schema.org", "http://www.w3.org/2000/svg",
}  # fmt: skip


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("published")
    content = seed_content(root / "content")
    build(content=str(content), templates=TEMPLATES, out=str(root / "site"), base_url=BASE)
    return root / "site"


def test_every_absolute_url_points_into_the_site(published: Path) -> None:
    found = 0
    for path, data in site_files(published).items():
        if path.endswith((".html", ".xml", ".txt", ".json")):
            for url in re.findall(r"https?://[^\s\"'<>)\\]+", data.decode()):
                if url not in NAMESPACES:
                    assert url.startswith(BASE), f"{path}: {url}"
                    found += 1
    assert found > 100


def test_canonical_and_social_tags(published: Path) -> None:
    page = (published / "kyrgyzstan-2010/index.html").read_text()
    assert f'<link rel="canonical" href="{BASE}kyrgyzstan-2010/">' in page
    assert f'<meta property="og:url" content="{BASE}kyrgyzstan-2010/">' in page
    assert '<meta property="og:type" content="article">' in page
    # The seed story has no lead picture: shared links show its social card.
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert f'<meta property="og:image" content="{BASE}kyrgyzstan-2010/card.png">' in page
    assert (published / "kyrgyzstan-2010/card.png").read_bytes().startswith(b"\x89PNG")
    [ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
    article = json.loads(ld)
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "Kyrgyzstan after the April 2010 uprising"
    assert article["datePublished"] == "2010-04-19"
    assert article["url"] == f"{BASE}kyrgyzstan-2010/"
    assert article["image"] == [f"{BASE}kyrgyzstan-2010/card.png"]  # what a shared link shows


def test_feed_and_sitemap_are_well_formed(published: Path) -> None:
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(published / "feed.xml").getroot()
    assert feed.tag == f"{atom}feed"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 11  # the story and its 10 latest events
    assert feed.findtext(f"{atom}updated") == "2010-04-19T00:00:00Z"
    assert all(e.findtext(f"{atom}updated") == "2010-04-19T00:00:00Z" for e in entries)
    assert entries[0].findtext(f"{atom}title") == "Kyrgyzstan after the April 2010 uprising"
    sm = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    urls = [u.findtext(f"{sm}loc") for u in ET.parse(published / "sitemap.xml").getroot()]
    # Every page but the search page, which has nothing of its own to find, and the embed
    # pages, made to be framed rather than found
    pages = [
        p
        for p in site_files(published)
        if p.endswith("index.html")
        and p != "search/index.html"
        and not p.endswith(("/embed/index.html", "/embed/light/index.html"))
    ]
    assert len(urls) == len(pages)
    assert f"{BASE}kyrgyzstan-2010/figures/roza-otunbayeva/" in urls
    assert (published / "robots.txt").read_text() == f"User-agent: *\nAllow: /\nSitemap: {BASE}sitemap.xml\n"


@pytest.fixture
def pages_server(published: Path, tmp_path: Path) -> Iterator[str]:
    """Served like GitHub Pages serves a project site: under /repo/, 404.html for any miss."""
    shutil.copytree(published, tmp_path / "repo")
    with serve(tmp_path, not_found=tmp_path / "repo" / "404.html") as url:
        yield url


def test_404_page_works_at_any_depth(pages_server: str, published: Path) -> None:
    """GitHub serves 404.html at the missing path, so its links start at the host's root,
    with the site's path: asked of whichever host serves the page (here, the test's own),
    never of the host base_url names, which is content."""
    url = pages_server + "repo/a/b/c"
    try:
        urlopen(url)
    except Exception as exc:  # HTTPError 404 carries the page
        body = exc.read().decode()  # type: ignore[attr-defined]
    parsed = parse(body)
    css = [link for link in parsed.links if urlsplit(link).path.endswith(".css")]
    home = [link for link in parsed.links if link.rstrip("/").endswith("repo")]
    assert [urlsplit(link).path for link in css] == ["/repo/assets/style.css"] and home == [
        "/repo/",
        "/repo/",
    ]
    assert urlsplit(css[0]).query.startswith("v=")  # by its version, as every page names it
    for link in css + home + [link for link in parsed.links if urlsplit(link).path.endswith(".svg")]:
        assert urlopen(urljoin(url, link)).status == 200


def test_without_base_url_the_absolute_tags_are_left_out_and_the_build_says_so(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--templates", TEMPLATES]) == 0
    err = capsys.readouterr().err
    assert err.count("note: no base_url") == 1
    files = site_files(project.root / "site")
    assert "feed.xml" not in files and "sitemap.xml" not in files
    assert files["robots.txt"] == b"User-agent: *\nAllow: /\n"
    page = files["story-a/index.html"].decode()
    assert "canonical" not in page and "og:url" not in page
    assert "https://" not in page.replace('"https://schema.org"', "")
