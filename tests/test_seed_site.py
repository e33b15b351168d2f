"""The seed explainer, built once: links resolve everywhere, HTML is valid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.commands.build import build
from tests.conftest import REPO, TEMPLATES
from tests.crawl import broken_links_on_disk, crawl, serve
from tests.w3c import w3c_errors


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "site"
    build(content=str(REPO / "content"), templates=TEMPLATES, out=str(out))
    return out


def test_every_internal_link_resolves_on_disk(seed_site: Path) -> None:
    assert broken_links_on_disk(seed_site) == []


def test_every_internal_link_resolves_under_a_sub_path(seed_site: Path, tmp_path: Path) -> None:
    """As GitHub Pages serves a project site: https://org.github.io/repo/."""
    shutil.copytree(seed_site, tmp_path / "repo")
    with serve(tmp_path) as base:
        seen, broken = crawl(base + "repo/index.html")
    assert broken == []
    pages = {p for p in seen if p.endswith(".html")}
    expected = len(list(seed_site.rglob("index.html")))
    assert len(pages) == expected  # every page is reachable from the home page
    assert any(p.partition("?v=")[0].endswith("/repo/assets/style.css") for p in seen)  # by its version


def test_every_internal_link_resolves_at_a_domain_root(seed_site: Path) -> None:
    with serve(seed_site) as base:
        _, broken = crawl(base + "index.html")
    assert broken == []


def test_the_w3c_checker_finds_no_errors(seed_site: Path, tmp_path: Path) -> None:
    """The Nu HTML checker (vnu.jar, from npm's vnu-jar) over every page of the seed
    site and of the fixture site, drafts included, which uses every field of the contract."""
    fixture = tmp_path / "fixture"
    build(
        content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(fixture), drafts=True
    )
    assert w3c_errors(seed_site, fixture) == ""
