"""The search index: Pagefind over the event, figure and place pages, in the build and
in memory, and what a build does when Pagefind is missing or fails."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from generator import pipeline
from generator.built_notes import NO_SEARCH, NO_SEARCH_PAGE
from generator.commands.build import build
from generator.errors import ContentError
from generator.output import staging
from generator.render import searchindex
from tests import news_story
from tests.conftest import NEEDS_PAGEFIND, REPO, TEMPLATES, Project, site_files
from tests.search_bundle import comparable

FIXTURE = str(REPO / "tests" / "fixtures" / "small" / "content")

pytestmark = NEEDS_PAGEFIND


def bundle_of(site: Path) -> dict[str, bytes]:
    """The search bundle of a built site, by path within it, as written."""
    folder = site / searchindex.BUNDLE
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def entry(bundle: dict[str, bytes]) -> dict[str, object]:
    data: dict[str, object] = json.loads(bundle["pagefind-entry.json"])
    return data


def test_only_event_figure_and_place_pages_are_indexed(tmp_path: Path) -> None:
    built = pipeline.build(pipeline.Project(FIXTURE, TEMPLATES, search=True), str(tmp_path / "site"))
    site = tmp_path / "site"
    indexed = [p for p in site_files(site) if searchindex.is_indexed(p)]
    assert len(indexed) == 8  # 4 published events, 2 figures, 2 places
    assert {p.split("/")[1] for p in indexed} == {"events", "figures", "locations"}
    bundle = bundle_of(site)
    languages = entry(bundle)["languages"]
    assert isinstance(languages, dict) and languages["en"]["page_count"] == len(indexed)
    # What the search page uses, and not Pagefind's own interfaces
    assert {"pagefind.js", "pagefind-worker.js", "wasm.en.pagefind"} <= set(bundle)
    assert not [p for p in bundle if "-ui." in p or "highlight" in p]
    assert built.site.search
    assert (site / "search" / "index.html").is_file()


def test_the_bundle_in_memory_is_the_bundle_of_the_build(tmp_path: Path) -> None:
    pipeline.build(pipeline.Project(FIXTURE, TEMPLATES, search=True), str(tmp_path / "site"))
    on_disk = bundle_of(tmp_path / "site")
    in_memory = searchindex.index_folder(str(tmp_path / "site"))
    assert comparable(in_memory) == comparable(on_disk)
    assert in_memory["pagefind.js"] == on_disk["pagefind.js"]


def test_the_preview_writes_only_searched_pages_and_removes_gone_ones(tmp_path: Path) -> None:
    written: dict[str, bytes] = {}
    pages = {
        "index.html": b"home",
        "s/index.html": b"story",
        "s/events/e1/index.html": b"one",
        "s/figures/f/index.html": b"figure",
        "s/years/2010/index.html": b"year",
    }
    searchindex.write_pages(str(tmp_path), pages, written)
    assert sorted(written) == ["s/events/e1/index.html", "s/figures/f/index.html"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")) == sorted(written)
    os.utime(tmp_path / "s/figures/f/index.html", (1, 1))
    pages = {"s/figures/f/index.html": b"figure", "s/locations/l/index.html": b"place"}
    searchindex.write_pages(str(tmp_path), pages, written)
    assert sorted(written) == ["s/figures/f/index.html", "s/locations/l/index.html"]
    assert not (tmp_path / "s/events/e1/index.html").exists()
    assert (tmp_path / "s/figures/f/index.html").stat().st_mtime == 1  # unchanged: not written again


def test_figure_and_place_pages_are_indexed_without_what_pagefind_skips_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pagefind's time goes with the bytes it parses: the timelines of the figure and
    # place pages, which it skips, are left out of what it reads, and put back after.
    # The build writes them so (``FileWriter.stand_ins``), each page beside its stand-in.
    read: dict[str, bytes] = {}
    kept: dict[str, bytes] = {}
    run_pagefind = searchindex._run_pagefind

    def reading(site: str, output: list[str], **kwargs: Any) -> None:
        for path in ("alpha/locations/city/index.html", "alpha/figures/ann/index.html"):
            if path not in read:  # the build's run (the preview's, below, reads them from a folder)
                read[path] = Path(site, path).read_bytes()
                kept[path] = Path(site, path + staging.KEPT).read_bytes()
        assert kwargs["body"] is True  # the theme's pages: their marked element alone
        run_pagefind(site, output, **kwargs)

    monkeypatch.setattr(searchindex, "_run_pagefind", reading)
    site = tmp_path / "site"
    pipeline.build(pipeline.Project(FIXTURE, TEMPLATES, search=True), str(site))
    for path, data in read.items():
        published = (site / path).read_bytes()
        assert b'data-pagefind-ignore="all"' in published
        assert b'data-pagefind-ignore="all"' not in data
        assert data == searchindex.without_ignored(published)
        assert b"data-pagefind-body" in data
        assert kept[path] == published
    assert not [p for p in site.rglob("*") if p.name.endswith(staging.KEPT)]  # every page put back
    # The same index as of the pages as published (the preview's, read from a folder)
    assert comparable(searchindex.index_folder(str(site))) == comparable(bundle_of(site))


@pytest.mark.parametrize("content", ["fixture", "seed", "news"])
def test_pagefind_reading_the_marked_element_alone_makes_the_index_of_the_whole_pages(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The theme's pages show nothing Pagefind reads outside their data-pagefind-body
    # element, so it is given that element as each page's root: the same index, made
    # quicker. The seed story and the news story have pictures, quotes, sources, tags.
    written = {"fixture": FIXTURE, "seed": str(REPO / "content")}
    folder = written[content] if content in written else str(news_story.write_story(tmp_path))
    site = tmp_path / "site"
    pipeline.build(pipeline.Project(folder, TEMPLATES, search=True), str(site))
    assert searchindex.body_alone(str(site))
    marked_alone = searchindex.index_folder(str(site))
    monkeypatch.setattr(searchindex, "body_alone", lambda site: False)
    whole_pages = searchindex.index_folder(str(site))
    assert comparable(marked_alone) == comparable(whole_pages)
    assert comparable(bundle_of(site)) == comparable(whole_pages)
    assert len(whole_pages) > 10


PAGE = (
    '<html lang="en"><head><title>Page</title></head><body><header><a href="/">Site</a>'
    "<nav data-pagefind-ignore>menu</nav></header><main><article data-pagefind-body>"
    '<h1>Heading</h1><p data-pagefind-filter="year:2001">Text</p><article>inner</article></article>'
    '<nav class="pager">Later</nav></main><footer><p>Site</p></footer></body></html>'
)


@pytest.mark.parametrize(
    ("page", "alone"),
    [
        (PAGE, True),
        (PAGE.replace("<header>", "<header><img src=logo.png>"), True),  # before any title: not read
        (PAGE.replace(" data-pagefind-body", ""), False),  # none: Pagefind reads the whole <body>
        (PAGE.replace("<h1>Heading</h1>", "<h2>Heading</h2>"), False),  # its title: the page's <title>
        (PAGE.replace("<header>", '<header data-pagefind-filter="site:x">'), False),
        (PAGE.replace("<header>", "<header><h1>Site</h1>"), False),  # the first <h1> is the title
        (PAGE.replace("<footer>", '<footer><span data-pagefind-meta="author">A</span>'), False),
        (PAGE.replace("<footer>", "<footer><img src=a.png>"), False),  # the result's image
        (PAGE.replace("<footer>", "<footer><div data-pagefind-body><h1>B</h1></div>"), False),
        (PAGE.replace("</article><nav", "<nav"), False),  # unended: as Pagefind takes it is unsure
    ],
)
def test_a_page_is_read_from_its_marked_element_alone_when_pagefind_reads_nothing_outside_it(
    page: str, alone: bool
) -> None:
    assert searchindex.reads_body_alone(page.encode()) is alone


def test_pages_are_read_whole_unless_the_first_of_each_kind_of_each_story_shows_nothing_outside(
    tmp_path: Path,
) -> None:
    assert not searchindex.body_alone(str(tmp_path))  # no page at all
    for path in ("a/events/e1", "a/figures/f", "b/locations/l", "a/years/2001"):
        (tmp_path / path).mkdir(parents=True)
        (tmp_path / path / "index.html").write_text(PAGE)
    assert searchindex.body_alone(str(tmp_path))
    (tmp_path / "a/years/2001/index.html").write_text(PAGE.replace(" data-pagefind-body", ""))
    assert searchindex.body_alone(str(tmp_path))  # not a searched page
    (tmp_path / "b/locations/l/index.html").write_text(PAGE.replace(" data-pagefind-body", ""))
    assert not searchindex.body_alone(str(tmp_path))


@pytest.mark.parametrize("alone_first", [True, False])
def test_the_page_that_tells_for_its_kind_is_the_first_by_name_not_by_the_folders_order(
    tmp_path: Path, alone_first: bool
) -> None:
    # A theme of one's own may show a filter outside the marked element on some pages of
    # a kind and not on others: which page tells for the kind is then chosen by name,
    # so that the same pages give the same index on every machine (a folder lists its
    # entries in an order of its file system's, ext4's by a hash of their names).
    outside = PAGE.replace("<footer>", '<footer><p data-pagefind-filter="tag">t</p>')
    names = ["e" + letter for letter in "abcdefghij"]
    for name in names:
        (tmp_path / "a/events" / name).mkdir(parents=True)
        alone = (name == names[0]) == alone_first
        (tmp_path / "a/events" / name / "index.html").write_text(PAGE if alone else outside)
    assert searchindex.body_alone(str(tmp_path)) is alone_first


def test_without_ignored_cuts_each_element_skipped_whole_with_what_it_holds() -> None:
    html = (
        b'<article data-pagefind-body><h1>Ann</h1><section data-pagefind-ignore="all">'
        b"<section><p>inner</p></section><p>timeline</p></section><p>kept</p>"
        b'<figure class="map" data-pagefind-ignore="all"><img src="m.png"></figure>'
        b"<div data-pagefind-ignore><p>kept too</p></div></article>"
    )
    assert searchindex.without_ignored(html) == (
        b"<article data-pagefind-body><h1>Ann</h1><p>kept</p>"
        b"<div data-pagefind-ignore><p>kept too</p></div></article>"
    )
    unended = b'<p>a</p><section data-pagefind-ignore="all"><p>no end'
    assert searchindex.without_ignored(unended) == unended
    assert searchindex.without_ignored(b"<p>plain</p>") == b"<p>plain</p>"


def test_the_preview_gives_pagefind_figure_and_place_pages_as_a_build_does(tmp_path: Path) -> None:
    figure = (
        b'<article data-pagefind-body><h1>Ann</h1><section data-pagefind-ignore="all">x</section></article>'
    )
    event = b'<article data-pagefind-body><h1>E</h1><div data-pagefind-ignore="all">x</div></article>'
    pages = {"s/figures/f/index.html": figure, "s/events/e/index.html": event}
    written: dict[str, bytes] = {}
    searchindex.write_pages(str(tmp_path), pages, written)
    assert (tmp_path / "s/figures/f/index.html").read_bytes() == searchindex.without_ignored(figure)
    assert (tmp_path / "s/events/e/index.html").read_bytes() == event  # as a build leaves them
    assert written == pages


def test_a_failed_index_puts_the_figure_and_place_pages_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    pipeline.build(pipeline.Project(FIXTURE, TEMPLATES, search=True), str(site))
    shutil.rmtree(site / searchindex.BUNDLE)
    before = {p: (site / p).read_bytes() for p in site_files(site)}
    listed = sorted(os.listdir(site))
    failing_pagefind(tmp_path, monkeypatch)
    with pytest.raises(searchindex.SearchIndexError):
        searchindex.index_into(str(site))
    assert {p: (site / p).read_bytes() for p in site_files(site)} == before
    assert sorted(os.listdir(site)) == listed


def failing_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "pagefind"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\necho 'Error: something went wrong' >&2\nexit 3\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))


def test_a_failed_index_leaves_the_last_good_site(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    before = site_files(project.root / "site")
    assert "pagefind/pagefind.js" in before
    failing_pagefind(project.root, monkeypatch)
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-01-05\nsummary: More.\n")
    with pytest.raises(ContentError) as caught:
        build(content="content", templates=TEMPLATES, out="site")
    assert [str(p) for p in caught.value.problems] == [
        "pagefind:1: the search index: Pagefind failed: Error: something went wrong"
    ]
    assert site_files(project.root / "site") == before
    assert not [p for p in os.listdir(project.root) if ".tmp-" in p]  # no staging folder left


def test_a_pagefind_that_writes_nothing_is_said_and_leaves_the_last_good_site(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A program that ends well and writes nothing, named by PAGEFIND_BINARY_PATH: the build
    # ended on "No such file or directory" (and the preview's index, on nothing to find).
    build(content="content", templates=TEMPLATES, out="site")
    before = site_files(project.root / "site")
    script = project.root / "bin" / "pagefind"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))
    with pytest.raises(ContentError) as caught:
        build(content="content", templates=TEMPLATES, out="site")
    assert [str(p) for p in caught.value.problems] == [
        "pagefind:1: the search index: Pagefind ended without writing pagefind-entry.json, pagefind.js: "
        "is it Pagefind?"
    ]
    assert site_files(project.root / "site") == before
    with pytest.raises(searchindex.SearchIndexError, match=r"without writing pagefind-entry\.json"):
        searchindex.index_folder(str(project.root / "site"))


def hanging_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Pagefind that writes a file once started, then never ends; the file's path."""
    started = tmp_path / "started"
    script = tmp_path / "bin" / "pagefind"
    script.parent.mkdir()
    script.write_text(f"#!/bin/sh\ntouch '{started}'\nexec sleep 600\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(script))
    return started


def test_a_pagefind_that_hangs_is_stopped_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hanging_pagefind(tmp_path, monkeypatch)
    monkeypatch.setattr(searchindex, "TIME_LIMIT_SECONDS", 0.3)
    (tmp_path / "site").mkdir()
    with pytest.raises(searchindex.SearchIndexError, match=r"did not finish within 0\.3 s"):
        searchindex.index_into(str(tmp_path / "site"))


def test_indexing_stops_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = hanging_pagefind(tmp_path, monkeypatch)
    (tmp_path / "site").mkdir()
    stop = threading.Event()
    found: list[BaseException] = []

    def index() -> None:
        try:
            searchindex.index_folder(str(tmp_path / "site"), stop=stop)
        except BaseException as exc:
            found.append(exc)

    worker = threading.Thread(target=index)
    worker.start()
    for _ in range(500):  # until the process is running (at most 10 s)
        if started.exists():
            break
        threading.Event().wait(0.02)
    stop.set()
    worker.join(timeout=30)
    assert not worker.is_alive()  # the time limit (300 s) was not waited for
    assert [type(e) for e in found] == [searchindex.IndexStopped]


def test_without_pagefind_the_site_has_no_search_and_says_so(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(project.root / "no-such-binary"))
    assert not searchindex.available()
    result = build(content="content", templates=TEMPLATES, out="site")
    assert NO_SEARCH in result.notes
    files = site_files(project.root / "site")
    assert not [p for p in files if p.startswith(("pagefind/", "search/"))]
    assert b"site-search" not in files["story-a/index.html"]


def test_a_theme_made_before_search_builds_without_it_and_says_so(project: Project) -> None:
    # Its templates have no search.html: the build stopped with "template not found".
    shutil.copytree(TEMPLATES, "templates")
    (project.root / "templates/search.html").unlink()
    assert searchindex.available()
    result = build(content="content", templates="templates", out="site")
    assert NO_SEARCH_PAGE in result.notes and NO_SEARCH not in result.notes
    files = site_files(project.root / "site")
    assert not [p for p in files if p.startswith(("pagefind/", "search/"))]
    assert b"site-search" not in files["story-a/index.html"]
    project.write(
        "content/site.yaml", project.root.joinpath("content/site.yaml").read_text() + "search: false\n"
    )
    assert NO_SEARCH_PAGE not in build(content="content", templates="templates", out="site").notes


def test_a_site_with_nothing_to_search_has_no_search(project: Project) -> None:
    for rel in (
        "content/story-a/events/e1.yaml",
        "content/story-a/figures/fig-a.yaml",
        "content/story-a/locations/loc-a.yaml",
    ):
        project.remove(rel)
    built = pipeline.build(pipeline.Project("content", TEMPLATES, search=True), "site")
    assert not built.site.search
    assert not (project.root / "site" / "pagefind").exists()


def test_every_page_but_the_search_page_has_the_box_in_its_header(tmp_path: Path) -> None:
    pipeline.build(pipeline.Project(FIXTURE, TEMPLATES, search=True), str(tmp_path / "site"))
    for path, data in site_files(tmp_path / "site").items():
        if not path.endswith(".html") or path.endswith(("/embed/index.html", "/embed/light/index.html")):
            continue  # the embed pages, for another site's iframe, have no header of their own
        if path.startswith("search/"):  # the search page of any language
            assert b'class="site-search"' not in data and b'id="search-form"' in data
        else:
            assert b'<form class="site-search" role="search"' in data, path
            assert b"<noscript><style>.site-search { display: none; }</style></noscript>" in data
    page = (tmp_path / "site/alpha/events/2021-03-01-start/index.html").read_text()
    assert 'action="../../../search/index.html"' in page
    # The 404 page is served at any address: its links start at the host's root
    assert 'action="/explainers/search/"' in (tmp_path / "site/404.html").read_text()


def test_without_base_url_the_404_page_searches_from_the_hosts_root(project: Project) -> None:
    pipeline.build(pipeline.Project("content", TEMPLATES, search=True), "site")
    assert 'action="/search/index.html"' in (project.root / "site/404.html").read_text()


def _pagefinds_own_choice() -> str | None:
    """The binary ``pagefind.service.get_executable`` picks, if it is a file."""
    from pagefind.service import get_executable

    found = get_executable()
    return str(found) if found is not None and os.path.isfile(found) else None


@pytest.mark.parametrize("given", [None, "own", "missing"])
def test_the_binary_is_the_one_pagefind_itself_picks(
    given: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if given is None:
        monkeypatch.delenv("PAGEFIND_BINARY_PATH", raising=False)
    else:
        binary = tmp_path / "pagefind"
        if given == "own":
            binary.write_bytes(b"#!/bin/sh\n")
            binary.chmod(0o755)
        monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(binary))
    assert searchindex.executable() == _pagefinds_own_choice()
    if given == "own":
        assert searchindex.executable() == str(tmp_path / "pagefind")
    elif given is None:
        assert searchindex.executable() is not None  # the bin extra is installed for the tests


def test_looking_for_the_binary_does_not_import_asyncio() -> None:
    import subprocess
    import sys

    code = "import sys; from generator.render import searchindex; searchindex.available(); print('asyncio' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == "False"


def test_a_site_can_do_without_search_where_pagefind_is_installed(project: Project) -> None:
    site_yaml = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site_yaml + "search: false\n")
    result = build(content="content", templates=TEMPLATES, out="site")
    assert not result.site.search and NO_SEARCH not in result.notes  # nothing is missing
    files = site_files(project.root / "site")
    assert not [p for p in files if p.startswith(("pagefind/", "search/"))]
    assert b"site-search" not in files["story-a/index.html"]
    preview = pipeline.render(pipeline.Project("content", TEMPLATES, drafts=True, search=True))
    assert not preview.site.search and "search/index.html" not in preview.files
    project.write("content/site.yaml", site_yaml + "search: true\n")
    assert build(content="content", templates=TEMPLATES, out="site").site.search


def test_the_search_setting_is_true_or_false(project: Project) -> None:
    site_yaml = (project.root / "content/site.yaml").read_text()
    project.write("content/site.yaml", site_yaml + "search: off please\n")
    with pytest.raises(ContentError) as caught:
        build(content="content", templates=TEMPLATES, out="site")
    lines = len(site_yaml.splitlines())
    assert [str(p) for p in caught.value.problems] == [
        f"content/site.yaml:{lines + 1}:9: 'search' must be true or false, got 'off please'"
    ]


def test_the_story_data_files_are_neither_indexed_nor_in_the_sitemap(tmp_path: Path) -> None:
    # Pagefind is given the pages of events, figures and places only (GLOB, INDEXED), and
    # the sitemap lists pages: story.json and timeline.csv are for tools, not for searches.
    build(content=str(REPO / "tests/fixtures/small/content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    sitemap = (tmp_path / "site/sitemap.xml").read_text()
    for data in ("alpha/story.json", "alpha/timeline.csv"):
        assert (tmp_path / "site" / data).is_file()
        assert searchindex.INDEXED.match(data) is None and not data.endswith("/index.html")
        assert data not in sitemap


def test_the_words_written_after_an_elision_are_given_to_the_index_once_each() -> None:
    """Pagefind splits words at ASCII punctuation only: "l’ordre", as the pages' typography
    writes it, was one word to it, which "ordre" did not find."""
    assert (
        searchindex.elided_words(
            "L’armée rétablit l'ordre", None, ["d’Otunbayeva", ("dell’esercito", "l’armée")], "presqu’île"
        )
        == "armée ordre Otunbayeva esercito île"
    )
    # Text a template put together comes escaped: its apostrophe is "&#39;".
    assert searchindex.elided_words(Markup("Côte d&#39;Ivoire; Sebastián Piñera; ")) == "Ivoire"
    # The ends of English contractions, and a French "l’UE" or "d’un", are too short to find.
    assert searchindex.elided_words("Bakiyev’s men say they’re ready; we’ll see", "l’UE", "d’un") == ""
    assert searchindex.elided_words("aujourd’hui") == ""  # no elision, and "hui" no word
    # An apostrophe inside a name, or in a word of a language that writes one (Ukrainian),
    # elides nothing: "ite" and "ath" are no words anyone wrote.
    assert searchindex.elided_words("Shi’ite parties and the Ba’ath remnants", "П’ять об’єднань") == ""
    assert searchindex.elided_words("un’altra volta, nell’aula, Dell’Utri") == "altra aula Utri"
    # HTML reads as its lines: a word after a line break (or a block's end) stands apart.
    assert searchindex.elided_words(Markup("<p>a<br>l’ordre</p><p>b</p><p>d’abord</p>")) == "ordre abord"


def test_a_plain_texts_look_passes_over_no_elision_and_no_form_asked() -> None:
    # Texts of ASCII, typography's spaces and punctuation, with no apostrophe and no
    # character reference, are let through after one look at them as written; any
    # other character, an apostrophe written any way, or a reference takes the whole way.
    date = "26\u00a0January 2001 \u2013 \u201cquoted\u201d\u2026"
    names = Markup("Figure 21; Figure 42; Place 31; ")
    assert searchindex.elided_words("Event 17", [], names, (), date, markdown=["the *police*"]) == ""
    md = lambda text: Markup(text.replace("&rsquo;", "\u2019"))  # noqa: E731 (a converter)
    assert searchindex.elided_words(date, markdown=["l&rsquo;ordre"], convert=md) == "ordre"
    assert searchindex.elided_words(date, Markup("d&#39;abord")) == "abord"
    assert searchindex.elided_words(date, "l\u2019ordre", "d\u2019abord") == "ordre abord"
    assert searchindex.elided_words("Ilıcak", language="tr") == "Ilicak"  # respelt
    assert searchindex.elided_words("year 2010", language="fa", digits="۰۱۲۳۴۵۶۷۸۹") == "۲۰۱۰"
    # None of the characters let by is part of a word, a mark, or an apostrophe.
    for code in range(0x80, 0x3000):
        char = chr(code)
        if searchindex._NOT_PLAIN.fullmatch(char) is None:
            assert re.fullmatch(r"\w", char) is None and not char.isalnum(), char
            assert unicodedata.category(char)[0] != "M" and char not in searchindex.APOSTROPHES


def test_only_the_words_a_page_shows_of_its_markdown_are_given_to_the_index(tmp_path: Path) -> None:
    # The Markdown's source went to the index: an editor's note in an HTML comment, or the
    # title of a link definition nothing uses, was published in the page's attribute and
    # found by a search, though the page itself leaves both out.
    summary = "Pour rétablir l'ordre. <!-- note : l'informateur karimov, d'ambassadesecrete -->"
    body = '[r]: https://example.org/ "d\'titrecache"\n\nL&rsquo;armée attend.'
    files = {
        "site.yaml": "title: T\nlanguage: fr\n",
        "s/story.yaml": "title: S\nsummary: x\npublished: 2010-03-01\n",
        "s/figures/p.yaml": f"name: P\nrole: R\nsummary: {json.dumps(summary)}\n",
        "s/locations/c.yaml": f"name: C\nsummary: {json.dumps(summary)}\n",
        "s/events/e.yaml": (
            f"title: E\ndate: 2010-02-28\nsummary: {json.dumps(summary)}\nbody: {json.dumps(body)}\n"
            f"figures: [p]\nlocations: [c]\nquotes:\n  - text: {json.dumps(summary)}\n    by: p\n"
        ),
    }
    for rel, text in files.items():
        (tmp_path / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / rel).write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(site))
    for page, words in (("events/e", "ordre armée"), ("figures/p", "ordre"), ("locations/c", "ordre")):
        html = (site / "s" / page / "index.html").read_text(encoding="utf-8")
        assert f'data-pagefind-meta="elided:{words}"' in html
        assert not re.search("informateur|ambassadesecrete|titrecache", html)


def test_the_search_page_takes_off_the_same_elisions_as_the_index_is_given() -> None:
    # The query's elision is taken off by search.js: one list of elided words for both.
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r'var ELIDED = "([^"]*)";', script)
    assert found is not None and found[1].split("|") == list(searchindex.ELIDED)


def test_a_hebrew_page_gives_the_index_its_words_without_the_letters_joined_before_them() -> None:
    # Pagefind has no Hebrew stemming and finds a word by its start: 'ירושלים' did not find
    # the page that wrote 'ובירושלים' ('and in Jerusalem'), nor 'חיפה' one writing 'בחיפה'.
    words = searchindex.elided_words("השרים נפגשו ובירושלים", "ירדו מהבית בחיפה", "משה", language="he")
    assert words.split() == ["שרים", "בירושלים", "ירושלים", "הבית", "בית", "חיפה"]
    assert searchindex.unprefixed("נפגשו") == [] and searchindex.unprefixed("משה") == []  # too short
    assert searchindex.elided_words("No Hebrew here", language="en") == ""


def test_a_hebrew_page_gives_the_index_its_pointed_words_without_the_letters_joined_before_them() -> None:
    # The points and cantillation marks cut a word for ``HEBREW_WORD``: 'וּבִירוּשָׁלַיִם' gave
    # the index no 'ירושלים', which then did not find it; nor 'בצה״ל' a 'צה״ל'.
    words = searchindex.elided_words("נפגשו וּבִירוּשָׁלַיִם", "הפסוק בְּרֵאשִׁ֖ית", 'חיילים בצה״ל ולצה"ל', language="he")
    assert words.split() == ["בירושלים", "ירושלים", "פסוק", "ראשית", "צה״ל", 'לצה"ל', 'צה"ל']
    assert searchindex.unpointed("יְרוּשָׁלַיִם") == "ירושלים"
    # Too short once the points are off, a geresh at a word's end, a word without points.
    assert searchindex.elided_words("לְעַז", "ג׳ורג׳", language="he") == ""
    assert searchindex.elided_words("ובירושלים", language="he") == "בירושלים ירושלים"


def test_the_search_page_takes_off_the_same_hebrew_points_as_the_index_is_given() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r'var HEBREW_POINTS = "([^"]*)";', script)
    assert found is not None
    assert found[1].encode().decode("unicode_escape") == searchindex.HEBREW_POINTS


def test_an_arabic_page_gives_the_index_its_words_without_the_and_and_the_joined_to_them() -> None:
    # Pagefind's Arabic stemming leaves 'and' (و) on, takes 'the' (ال) off long words
    # only, and 'in' (ب) off a word without 'the': 'كرنتينا' and 'الكرنتينا' did not find
    # the page writing 'والكرنتينا', nor 'بيطار' the one writing 'البيطار'.
    words = searchindex.elided_words("القاضي البيطار في البيت", "دمر الجميزة والكرنتينا", language="ar")
    assert words.split() == ["قاضي", "بيطار", "بيت", "جميزة", "الكرنتينا", "كرنتينا"]
    assert searchindex.unjoined_arabic("فالجسر") == ["الجسر", "جسر"]
    assert searchindex.unjoined_arabic("الله") == [] and searchindex.unjoined_arabic("ولد") == []  # too short
    assert searchindex.elided_words("والجسر", language="fa") == ""  # Arabic's stemming only


def test_a_page_gives_the_index_its_words_with_arabic_marks_or_tatweel_without_them() -> None:
    # The marks cut a word in two for ``ARABIC_WORD``: 'والكَرنتينا' gave the index no
    # 'الكرنتينا' or 'كرنتينا', which then found nothing. Pagefind keeps the tatweel of a
    # Persian or Urdu word: 'مدرسه' did not find 'مدرســه'.
    words = searchindex.elided_words("أصاب الجميزة والكَرنتينا", "ولد مُحَمَّد", "قال الوزيـــر", language="ar")
    assert words.split() == ["والكرنتينا", "محمد", "الوزير", "جميزة", "الكرنتينا", "كرنتينا", "وزير"]
    # A Persian word pasted with Arabic's Kaf and a mark is given in Persian's letters whole.
    assert searchindex.elided_words("معلمان مدرســه را", "فروشندگان كِتاب", language="fa").split() == [
        *("مدرسه", "كتاب", "کتاب")
    ]
    assert searchindex.elided_words("شہر کے مدرســے بند", language="ur") == "مدرسے"
    # The superscript alef taken off, and written as the alef (a word no page writes here).
    assert searchindex.elided_words("The mosque of al-Rahman (الرحمٰن)", language="en") == "الرحمن الرحمان"
    # A word without them is as it was.
    assert searchindex.unmarked("وزير") == "وزير"
    assert searchindex.elided_words("سقط الجسر", language="fa") == ""
    assert searchindex.elided_words("سقط الجسر في النهر", language="ar") == "جسر نهر"


def test_a_page_gives_the_index_its_words_with_a_hamza_mark_or_a_rarer_mark_without_them() -> None:
    # A hamza written as a mark of its own (U+0654), Urdu's inverted damma (U+0657) and a
    # verse's Quranic sukun (U+06E1) cut a word for ``ARABIC_WORD`` and the respelling:
    # 'المسؤول' did not find the page writing 'والمسو' and the mark, nor 'رئیس' the Persian
    # page writing 'ري' and the mark 'يس', nor 'حکومت' the Urdu one's 'حكوٗمت'.
    words = searchindex.elided_words("التقى والمسو\u0654ول", "وَٱلۡحَمۡدُ لِلَّهِ", language="ar")
    assert words.split() == ["والمسؤول", "والحمد", "لله", "تقى", "المسؤول", "مسؤول", "الحمد", "حمد"]
    assert searchindex.elided_words("ري\u0654يس بانك", language="fa").split() == ["رئيس", "رئیس", "بانک"]
    assert searchindex.elided_words("صوبائی حكو\u0657مت", language="ur").split() == ["حكومت", "حکومت"]
    # A verse's superscript alef stands for the alef 'العالمين' is written with.
    verse = searchindex.elided_words("رَبِّ ٱلۡعَٰلَمِينَ", language="ar").split()
    assert verse == ["رب", "العلمين", "العالمين", "علمين", "عالمين"]
    # Persian's ezafe on 'ه', which has no letter with it, is taken off.
    assert searchindex.unmarked("خانه\u0654") == "خانه"
    # A word without them is as it was.
    assert searchindex.elided_words("صوبائی حکومت", language="ur") == ""


def test_the_search_page_takes_off_the_same_arabic_marks_as_the_index_is_given() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r'var ARABIC_MARKS = "([^"]*)";', script)
    assert found is not None
    assert found[1].encode().decode("unicode_escape") == searchindex.ARABIC_MARKS


def test_a_tamil_page_gives_the_index_its_nouns_in_their_cases_as_they_are_written_alone() -> None:
    # Pagefind's Tamil stemming keeps the '-த்த-' a noun in '-ம்' takes in its cases:
    # 'நினைவகம்' (memorial) did not find the page writing 'நினைவகத்தில்' (at the memorial).
    words = searchindex.elided_words("பயணிகள் நினைவகத்தில் சிக்கினர்", "நினைவகத்துக்குச் சென்றனர்", language="ta")
    assert words.split() == ["நினைவகம்"]
    assert searchindex.tamil_nominative("நாகப்பட்டினத்தில்") == "நாகப்பட்டினம்"
    assert searchindex.tamil_nominative("மரத்திலிருந்து") == "மரம்"
    # A word written alone, of another ending, or too short to be such a noun: none.
    for word in ("நாகப்பட்டினம்", "கடற்கரையில்", "அத்தை"):
        assert searchindex.tamil_nominative(word) is None, word
    assert searchindex.elided_words("பயணிகள் நினைவகத்தில்", language="hi") == ""  # Tamil pages only


def test_a_tamil_page_gives_the_index_a_name_in_s_written_with_ca_in_its_cases_as_written_alone() -> None:
    # Tamil news writes the 'ஸ்' of 'பிரான்ஸ்' (France) as 'ச' before a case ending
    # ('பிரான்சில்', in France), which Pagefind's Tamil stem keeps: 'பிரான்ஸ்' found none.
    words = searchindex.elided_words("அமைச்சர் பிரான்சுக்குச் சென்றார்", "காங்கிரசின் தலைவர்", language="ta")
    assert words.split() == ["பிரான்ஸ்", "காங்கிரஸ்"]
    assert searchindex.tamil_with_s("பாரிசில்") == "பாரிஸ்"
    # Tamil's own doubled 'ச்ச' ('பேச்சில்', in a speech), a name as written, a word
    # with no case ending: none.
    for word in ("பேச்சில்", "பிரான்ஸ்", "சில்", "பிரான்சு"):
        assert searchindex.tamil_with_s(word) is None, word


def test_the_search_page_asks_a_tamil_noun_in_its_cases_as_the_index_is_given_it() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r'var TAMIL_OBLIQUE = "([^"]*)";', script)
    assert found is not None
    assert found[1].encode().decode("unicode_escape") == searchindex.TAMIL_OBLIQUE


def test_the_search_page_takes_off_the_same_hebrew_letters_as_the_index_is_given() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r'var HEBREW_PREFIX = "([^"]*)";', script)
    assert found is not None
    assert found[1].encode().decode("unicode_escape") == searchindex.HEBREW_PREFIX


def test_a_japanese_or_chinese_page_gives_the_index_every_ending_of_its_names() -> None:
    # Pagefind cuts '田中健一' alone as '田中|健|一', the browser's query as '田中|健一': the
    # figure's own page was not found by its name. Each ending begins with any piece of
    # the name however either side cuts it.
    words = searchindex.elided_words("町長", names=["田中健一", "東京; ジョー・バイデン"], language="ja")
    assert words.split() == [
        *("田中健一", "中健一", "健一", "一", "東京", "京"),
        *("ジョー", "ョー", "ー", "バイデン", "イデン", "デン", "ン"),
    ]
    assert searchindex.elided_words(names=["习近平"], language="zh").split() == ["习近平", "近平", "平"]
    assert searchindex.name_suffixes("李 A") == []  # one character alone: nothing to cut
    assert searchindex.elided_words(names=["田中健一"], language="en") == ""  # Pagefind cuts no English page
    assert searchindex.elided_words("田中健一", language="ja") == ""  # a text, not a name


def test_a_japanese_page_gives_the_index_its_hiragana_in_katakana_from_any_point() -> None:
    # The browser cut the query 'はやぶさ' (a probe, in hiragana) as 'は|や|ぶ|さ', and Pagefind
    # found only the pages with a word beginning with each: search.js asks it in
    # katakana, which the browser keeps whole, and finds it at the start of an ending.
    words = searchindex.elided_words("近づいたはやぶさ2から、", language="ja").split()
    assert words == ["ヅイタハヤブサ", "イタハヤブサ", "タハヤブサ", "ハヤブサ", "ヤブサ", "ブサ", "カラ"]
    assert searchindex.elided_words("はやぶさ2", language="zh") == ""  # Chinese writes no kana
    assert searchindex.elided_words("が2は", language="ja") == ""  # no run of two to find
    long_run = "あ" * 100
    assert {len(w) for w in searchindex.hiragana_endings(long_run)} <= set(
        range(2, searchindex.NAME_ENDING + 1)
    )


def test_a_long_name_gives_the_index_endings_in_proportion_to_it() -> None:
    # Every ending of a name as long as a page (a figure's name of 5,000 Han characters,
    # from a content file of 15 KB) took 12.5 million characters, on its page and on
    # every event's page naming it: each ending is given up to NAME_ENDING characters,
    # more than a word the browser cuts from a query, so a name of that or fewer is
    # given every ending whole as before.
    name = "".join(chr(0x4E00 + i % 5000) for i in range(5000))
    endings = searchindex.name_suffixes(name)
    assert len(endings) == len(name)
    assert sum(map(len, endings)) <= searchindex.NAME_ENDING * len(name)
    assert endings == [name[i : i + searchindex.NAME_ENDING] for i in range(len(name))]
    whole = name[: searchindex.NAME_ENDING]
    assert searchindex.name_suffixes(whole) == [whole[i:] for i in range(len(whole))]


def test_a_searched_page_gives_the_index_its_words_after_an_elision(tmp_path: Path) -> None:
    files = {
        "site.yaml": "title: T\nlanguage: fr\n",
        "s/story.yaml": "title: S\nsummary: x\npublished: 2010-03-01\nsources:\n  x:\n    publisher: L'Express\n",
        "s/figures/p.yaml": "name: Sebastián Piñera\nrole: Homme d'affaires\n",
        "s/locations/c.yaml": "name: Côte d'Ivoire\n",
        "s/events/e.yaml": (
            "title: L'armée est déployée\ndate: 2010-02-28\nsummary: Pour rétablir l'ordre.\n"
            "figures: [p]\nlocations: [c]\nsources: [x]\n"
        ),
    }
    for rel, text in files.items():
        (tmp_path / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / rel).write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(site))

    def article(page: str) -> str:
        html = (site / "s" / page / "index.html").read_text(encoding="utf-8")
        start = html.index("<article")
        return html[start : html.index(">", start) + 1]

    # Not the publisher's "Express" (sources are not searched), nor the figure's role,
    # which the event's page does not show.
    assert 'data-pagefind-meta="elided:armée Ivoire ordre"' in article("events/e")
    assert 'data-pagefind-meta="elided:affaires"' in article("figures/p")
    assert 'data-pagefind-meta="elided:Ivoire"' in article("locations/c")


def test_a_persian_pages_words_in_arabic_letters_are_given_in_persian_ones_too() -> None:
    # A Persian story's text pasted from an Arabic keyboard ('كرمان', 'ايران') was found
    # by no reader typing Persian's letters ('کرمان'), nor by one typing Arabic's (the
    # query is asked in Persian's letters).
    words = searchindex.elided_words("استاندار كرمان", ["در ايران"], language="fa")
    assert words == "کرمان ایران"
    assert searchindex.elided_words("استاندار كرمان", language="ar") == ""  # an Arabic page keeps its letters
    assert searchindex.elided_words("استاندار کرمان", language="fa") == ""


def test_an_urdu_pages_words_in_arabic_letters_are_given_in_urdu_ones_too() -> None:
    # An Urdu story's text pasted from an Arabic keyboard or an older source ('كراچي',
    # 'كورنگي') was found by no reader typing Urdu's letters ('کراچی'), which Urdu shares
    # with Persian: Pagefind holds the two Yehs and Kafs apart.
    words = searchindex.elided_words("ایئرپورٹ كراچي", ["علاقہ كورنگي"], language="ur")
    assert words == "کراچی کورنگی"
    assert searchindex.elided_words("ایئرپورٹ کراچی", language="ur") == ""


def test_an_urdu_pages_words_with_arabics_heh_are_given_with_urdus_too() -> None:
    # An Urdu page pasted from an Arabic or Persian keyboard writes Arabic's heh ('فیصله'),
    # which Pagefind holds apart from Urdu's heh goal: 'فیصلہ' found no such page.
    assert searchindex.elided_words("جج نے فیصله سنایا", language="ur") == "فیصلہ"
    assert searchindex.elided_words("جج نے فیصلہ سنایا", language="ur") == ""
    assert searchindex.elided_words("جلسه", language="fa") == ""  # Persian writes ه


def test_the_search_page_asks_the_urdu_index_in_the_letters_the_pages_give() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r"function urduLetters\(query\) \{(.*?)\n  \}", script, re.DOTALL)
    assert found is not None
    asked: dict[str, str] = {}
    for letters, to in re.findall(
        r'\.replace\(/\[?((?:\\u[0-9A-F]{4})+)\]?/g, "\\u([0-9A-F]{4})"\)', found[1]
    ):
        for code in re.findall(r"[0-9A-F]{4}", letters):
            asked[chr(int(code, 16))] = chr(int(to, 16))
    table = searchindex.URDU_LETTERS
    assert asked == {chr(k): v for k, v in table.items()}


def test_an_arabic_pages_words_typed_on_a_persian_or_urdu_keyboard_are_given_in_arabics_letters() -> None:
    # search.js asks the Arabic index 'کتاب' as 'كتاب': a page pasted from such a keyboard
    # is found by either only if it gives its words in Arabic's letters too.
    assert searchindex.elided_words("قرأ کتابی عن المدرسۃ", language="ar") == "كتابي المدرسة مدرسة"
    assert searchindex.elided_words("قرأ كتابي عن المدرسة", language="ar") == "مدرسة"  # as before
    assert searchindex.elided_words("کتاب", language="fa") == ""  # Persian writes them


def test_the_search_page_asks_the_arabic_index_in_the_letters_the_pages_give() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r"function arabicLetters\(query\) \{(.*?)\n  \}", script, re.DOTALL)
    assert found is not None
    asked: dict[str, str] = {}
    for letters, to in re.findall(
        r'\.replace\(/\[?((?:\\u[0-9A-F]{4})+)\]?/g, "\\u([0-9A-F]{4})"\)', found[1]
    ):
        for code in re.findall(r"[0-9A-F]{4}", letters):
            asked[chr(int(code, 16))] = chr(int(to, 16))
    assert asked == {chr(k): v for k, v in searchindex.AS_ARABIC_WRITES.items()}
    assert set(asked) == set(searchindex.KEYBOARD_LETTERS)


def test_a_turkish_pages_words_with_the_dotless_i_are_given_with_i_too() -> None:
    # Pagefind lowers 'Ilıcak' to 'ilıcak' and 'ILICAK' to 'ilicak', and a Turkish reader
    # types 'ılıcak': none of them found the others. The page gives the words with 'ı'
    # written with 'i', which search.js asks the Turkish index for.
    words = searchindex.elided_words("Işıl Ilıcak", ["Sözcü açıklama yaptı", None], language="tr")
    assert words == "Işil Ilicak açiklama yapti"
    # A page in another language gives them so too (Turkish names on an English page).
    assert searchindex.elided_words("Işıl Ilıcak", language="ky") == "Işil Ilicak"
    assert searchindex.elided_words("İstanbul depremi", language="tr") == ""


def test_a_kyrgyz_pages_words_with_its_own_letters_are_given_as_a_russian_keyboard_types_them() -> None:
    # Many Kyrgyz readers type on a Russian keyboard, without ң, ө, ү: 'Кенеш' found no
    # page that says 'Кеңеш'. The page gives those words with н, о, у too: typed either
    # way, a word finds it (tests/test_search_page.py).
    words = searchindex.elided_words("Жогорку Кеңеш", ["Ак үйдө өзгөчө абал", None], language="ky")
    assert words == "Кенеш уйдо озгочо"
    assert searchindex.elided_words("Жогорку Кеңеш", language="ru") == ""  # not a Kyrgyz page
    assert searchindex.elided_words("Бишкек шаары", language="ky") == ""


def test_a_chinese_pages_words_with_the_formal_tai_are_given_as_readers_type_them() -> None:
    # Taiwan's official names write 臺 (臺灣, 臺鐵) and its readers mostly type 台: '台鐵'
    # found no page that says '臺鐵' (Pagefind holds the two forms apart).
    words = searchindex.elided_words("臺鐵改制為國營公司", ["花蓮（臺灣）", None], language="zh")
    assert words == "台鐵改制為國營公司 台灣"
    assert searchindex.elided_words("台鐵改制", language="zh") == ""  # typed as readers type it


def test_every_pages_words_with_letters_pagefind_does_not_fold_are_given_respelled_too() -> None:
    # Pagefind folds accents but not these: 'Diyarbakir' did not find the 'Diyarbakır' of
    # an English page, 'strasse' 'Straße', 'final' the 'ﬁnal' pasted from a PDF, 'tokyo'
    # 'Ｔｏｋｙｏ', nor 'Σίσυφος' the 'ΣΊΣΥΦΟΣ' of a headline (Pagefind lowers capitals one
    # by one: 'σίσυφοσ').
    assert searchindex.elided_words("Işıl Bayram in Diyarbakır", language="en") == "Işil Diyarbakir"
    assert searchindex.elided_words("Die Straße in der GROẞSTADT", ["Fuß"], language="de") == (
        "Strasse GROSSSTADT Fuss"
    )
    assert searchindex.elided_words("ΣΊΣΥΦΟΣ and Σίσυφος", language="en") == "σίσυφος"
    assert searchindex.elided_words("The ﬁnal ﬂood", ["Ｔｏｋｙｏ…"], language="en") == "final flood Tokyo"
    # Accents written apart, an ellipsis or a no-break space need nothing: Pagefind folds them.
    assert searchindex.elided_words("Nguye\u0302\u0303n\u2026 1\u00a0000 Müller", language="vi") == ""


def test_letters_of_their_own_are_given_as_english_writes_them() -> None:
    # Pagefind folds 'ö' to 'o' but not Icelandic's 'ð' and 'þ', nor 'ø', 'æ', 'ł', 'œ':
    # an English page's 'Guðmundsson' was not found by 'Gudmundsson', nor 'Þórsmörk' by
    # 'Thorsmork', 'Tromsø' by 'Tromso', 'Łódź' by 'Lodz', 'sœur' by 'soeur'.
    words = searchindex.elided_words("Guðmundsson flies over Þórsmörk", ["Tromsø, Dæhlie, Łódź, sœur"])
    assert words == "Gudmundsson Thórsmörk Tromso Daehlie Lódź soeur"
    assert searchindex.elided_words("ÞÓRSMÖRK and Hvolsvöllur", language="en") == "ThÓRSMÖRK"


def test_a_word_written_with_the_ukrainian_apostrophe_is_given_with_the_typographic_one() -> None:
    # Ukraine's standard apostrophe, the modifier letter ʼ (U+02BC), is a letter to
    # Pagefind, and ' and ’ are not: 'мʼясо' on a page was found by no reader typing
    # "м'ясо", nor "м’ясо" by one typing 'мʼясо'. The page gives the index the word with
    # ’ too, and search.js asks for a typed ʼ as ’.
    assert searchindex.elided_words("Склади мʼяса затопило", language="uk") == "м\u2019яса"
    assert searchindex.elided_words("Пам’ятник і об'єкт", language="uk") == ""


def test_the_search_page_asks_with_the_same_respelling_as_the_pages_give() -> None:
    script = (Path(TEMPLATES) / "assets" / "search.js").read_text()
    found = re.search(r"function spelt\(query\) \{(.*?)\n  \}", script, re.DOTALL)
    assert found is not None and 'query.normalize("NFKC")' in found[1]
    # Greek in lower case as Greek writes it (JavaScript's toLowerCase: ς at a word's end).
    assert ".replace(/\\p{Script=Greek}+/gu, function (word) { return word.toLowerCase(); })" in found[1]
    for letter, spelt in searchindex.SPELT_APART.items():
        as_js = "".join(c if c.isascii() else f"\\u{ord(c):04X}" for c in spelt)
        assert f'.replace(/\\u{letter:04X}/g, "{as_js}")' in found[1]
    # Thai's sara am, which NFKC writes apart, whole again (``_THAI_SARA_AM``).
    thai = re.sub(r"[^\x00-\x7f]", lambda c: f"\\u{ord(c[0]):04X}", searchindex._THAI_SARA_AM().pattern)
    assert f".replace(/{thai}/g, thaiSaraAm)" in found[1]


@pytest.mark.parametrize("written", ["ถ้ำ", "ถ\u0e49\u0e4d\u0e32", "ถ\u0e4d\u0e49\u0e32", "น้ำ", "ทำ", "ถ้า"])
def test_thai_sara_am_is_spelt_whole(written: str) -> None:
    # NFKC writes ำ apart (ํา), and Pagefind drops the ํ: 'ถ้ำ' (cave) was asked as 'ถ้า'
    # ('if'), and no Thai word with the vowel was found.
    whole = written.replace("\u0e4d\u0e49\u0e32", "\u0e49\u0e33").replace(
        "\u0e49\u0e4d\u0e32", "\u0e49\u0e33"
    )
    assert searchindex.spelt_apart(written) == whole


@pytest.mark.parametrize("language", ["tr", "fa", "ur", "ky", "zh", "ar"])
def test_respelt_words_are_found_in_time_past_a_long_word(language: str) -> None:
    # A word with the respelt letters was looked for from every character of the text: past
    # a 50,000-character run of letters without a space (a Chinese passage) that took
    # seconds, the run read again from each of its characters.
    letter = searchindex.RESPELT[language][0][0]
    text = "字" * 50_000 + f" a{letter}b"
    started = time.perf_counter()
    words = searchindex.elided_words(text, language=language)
    assert time.perf_counter() - started < 0.5
    assert words == searchindex.RESPELT[language][1](f"a{letter}b")


def test_words_with_digits_of_another_script_are_given_with_0_to_9_too() -> None:
    # A Persian page writes its dates and numbers in Persian digits ('۶ آوریل ۲۰۱۰'): a
    # reader typing '2010', as every other story's pages write it, did not find it.
    words = searchindex.elided_words("۶ آوریل ۲۰۱۰", ["۵۰۰ مغازه"], language="fa")
    assert words == "6 2010 500"
    assert searchindex.elided_words("١٩ أبريل ٢٠١٠", language="ar") == "19 2010"  # Egypt's Arabic digits
    assert searchindex.elided_words("19 April 2010", language="en") == ""


def test_words_a_persian_page_writes_in_0_to_9_are_given_in_its_digits_too() -> None:
    # An editor may type a number in 0-9 ('740 مغازه'); the Persian search page asks the
    # Persian index in Persian digits ('۷۴۰'), which the page did not write: not found.
    persian = "۰۱۲۳۴۵۶۷۸۹"
    words = searchindex.elided_words("740 مغازه", ["سال 2011م"], language="fa", digits=persian)
    assert words == "۷۴۰ ۲۰۱۱م"
    assert searchindex.elided_words("740 shops", language="en") == ""


def test_an_event_page_gives_the_index_its_date_in_digits_0_to_9(tmp_path: Path) -> None:
    files = {
        "site.yaml": "title: T\nlanguage: fa\n",
        "s/story.yaml": "title: S\nsummary: x\npublished: 2010-04-20\n",
        "s/events/e.yaml": "title: بازار بسته می‌شود\ndate: 2010-04-06\nsummary: مغازه‌ها بسته‌اند.\n",
    }
    for rel, text in files.items():
        (tmp_path / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / rel).write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(site))
    html = (site / "s" / "events" / "e" / "index.html").read_text(encoding="utf-8")
    start = html.index("<article")
    assert 'data-pagefind-meta="elided:6 2010"' in html[start : html.index(">", start) + 1]


@pytest.mark.parametrize(
    ("text", "compatible"),
    [
        ("Wait\u2026 the count\u00a0: 12\u202f000", False),  # typography's ellipsis and no-break spaces
        ("The \ufb01nal count", True),  # a ligature
        ("\uff34\uff4f\uff4b\uff59\uff4f", True),  # full-width letters
        ("40 km\u00b2", True),  # a superscript digit
        ("Caf\u00e9 and cafe\u0301", False),  # accents, composed or not
    ],
)
def test_only_letters_and_digits_written_as_compatibility_characters_call_for_respelling(
    text: str, compatible: bool
) -> None:
    """A page looks at its words one by one for ``spelt_apart`` only when a text has a
    letter or digit that NFKC writes otherwise: the ellipsis and no-break spaces of
    almost every typeset text are no part of a word, and counting them made every page
    look (a cold build of 1,000 events 8% slower)."""
    assert searchindex._compatible(text) is compatible


def test_the_bundle_kept_is_listed_as_os_walk_lists_it(tmp_path: Path) -> None:
    # The bundle's files are listed by joining names as they are found (os.walk and
    # relpath took 55 ms at 10,000 events): the same paths, in os.walk's order (each
    # folder's files sorted, then its folders, sorted), and the same files deleted.
    names = ["pagefind.js", "pagefind-ui.js", "fragment/en_b.pf_fragment", "fragment/en_a.pf_fragment",
             "index/en_1.pf_index", "playground/index.html", "wasm.en.pagefind", "a/b/c.txt"]  # fmt: skip
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    walked = []
    for top, dirs, files in os.walk(tmp_path):
        dirs.sort()
        walked += [
            os.path.relpath(os.path.join(top, name), tmp_path).replace(os.sep, "/") for name in sorted(files)
        ]
    kept = searchindex._keep_used(str(tmp_path))
    assert kept == [rel for rel in walked if not searchindex.UNUSED.match(rel)]
    assert kept[:2] == ["pagefind.js", "wasm.en.pagefind"] and "a/b/c.txt" in kept
    assert not (tmp_path / "pagefind-ui.js").exists() and not (tmp_path / "playground/index.html").exists()


@pytest.mark.parametrize(
    ("tag", "code", "texts"),
    [
        ("ar-EG", "ar", ("القاضي البيطار في البيت", "دمر الجميزة والكرنتينا", "قرأ کتابی")),
        ("AR", "ar", ("القاضي البيطار في البيت", "قرأ کتابی")),
        ("ta-LK", "ta", ("பயணிகள் நினைவகத்தில் சிக்கினர்", "அமைச்சர் பிரான்சுக்குச் சென்றார்")),
        ("TA", "ta", ("பயணிகள் நினைவகத்தில் சிக்கினர்",)),
        ("fa-IR", "fa", ("استاندار كرمان",)),
        ("ja-JP", "ja", ("東京でひらかれた会議",)),
    ],
)
def test_a_page_in_a_tag_with_a_region_or_in_capitals_gives_the_index_its_languages_forms(
    tag: str, code: str, texts: tuple[str, ...]
) -> None:
    # A story's language is a BCP 47 tag, read in any case: an 'ar-EG' page is an Arabic
    # one, and its words are given without 'and' and 'the' as an 'ar' page's are.
    words = searchindex.elided_words(*texts, language=tag, names=["東京"])
    assert words, tag
    assert words == searchindex.elided_words(*texts, language=code, names=["東京"])


def test_a_page_not_in_latin_letters_gives_the_words_of_its_figures_and_places_ids() -> None:
    # 'Dhami' found nothing on a Hindi site: the ids are the names in Latin letters.
    ids = ("pushkar-singh-dhami", "silkyara-tunnel", "un-2", "a-b")
    assert searchindex.id_words(ids, "hi") == ["pushkar", "singh", "dhami", "silkyara", "tunnel", "un"]
    assert searchindex.id_words(ids[:1], "ru") == ["pushkar", "singh", "dhami"]
    # On a page in Latin letters the names are found as written already.
    assert searchindex.id_words(ids, "fr") == []
    assert searchindex.id_words(ids, "sr-Latn") == []
