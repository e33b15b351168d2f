"""The build stage: golden output, determinism, drafts, stale pages, failure safety."""

from __future__ import annotations

import gzip
import os
import re
import shutil
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from generator.cli import main
from generator.commands.build import build, encoding
from generator.content.svg import safe_svg
from generator.errors import ContentError
from generator.output import stylesheets
from generator.render import searchindex
from generator.switch import SPEED_SWITCH
from tests.conftest import REPO, TEMPLATES, Project, site_files
from tests.images import tiny_png

FIXTURE = REPO / "tests" / "fixtures" / "small" / "content"
GOLDEN = REPO / "tests" / "golden" / "small"


def build_fixture(out: Path, **options: object) -> None:
    build(content=str(FIXTURE), templates=TEMPLATES, out=str(out), **options)  # type: ignore[arg-type]


def test_fixture_site_matches_the_golden_site(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / "site"
    build_fixture(out)
    if request.config.getoption("--regen-golden"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
    expected, actual = site_files(GOLDEN), site_files(out)
    assert sorted(actual) == sorted(expected)
    for path, data in expected.items():
        assert actual[path] == data, f"{path} differs from tests/golden (rerun with --regen-golden)"


def test_builds_are_byte_identical(tmp_path: Path) -> None:
    build_fixture(tmp_path / "one")
    build_fixture(tmp_path / "two")
    assert site_files(tmp_path / "one") == site_files(tmp_path / "two")


def test_drafts_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    build_fixture(tmp_path / "plain")
    build_fixture(tmp_path / "drafts", drafts=True)
    plain, drafts = site_files(tmp_path / "plain"), site_files(tmp_path / "drafts")
    assert "alpha/events/2021-03-03-draft/index.html" not in plain
    assert "hidden-draft/index.html" not in plain
    assert b"Not yet" not in plain["alpha/index.html"]
    assert b"A draft story" not in plain["index.html"]
    page = drafts["alpha/events/2021-03-03-draft/index.html"]
    assert b'<strong class="draft-badge">Draft</strong>' in page
    assert b'<strong class="draft-badge">Draft</strong>' in drafts["hidden-draft/index.html"]
    assert b"A draft story" in drafts["index.html"]


def test_stale_pages_from_a_previous_build_are_removed(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", "title: Two\ndate: 2020-02\nsummary: x\n")
    build(content="content", templates=TEMPLATES, out="site")
    assert (project.root / "site/story-a/events/e2/index.html").exists()
    project.remove("content/story-a/events/e2.yaml")
    build(content="content", templates=TEMPLATES, out="site")
    assert not (project.root / "site/story-a/events/e2").exists()
    assert (project.root / "site/story-a/events/e1/index.html").exists()


def test_a_failed_build_leaves_the_previous_site_untouched(project: Project) -> None:
    build(content="content", templates=TEMPLATES, out="site")
    before = site_files(project.root / "site")
    project.write("content/story-a/events/e1.yaml", "title: [broken\n")
    with pytest.raises(ContentError):
        build(content="content", templates=TEMPLATES, out="site")
    assert site_files(project.root / "site") == before
    assert sorted(p.name for p in project.root.iterdir()) == ["content", "site"]


def test_a_template_error_leaves_the_previous_site_untouched(project: Project) -> None:
    shutil.copytree(TEMPLATES, project.root / "templates")
    build(content="content", templates="templates", out="site")
    before = site_files(project.root / "site")
    project.write(
        "templates/event.html", "{% extends 'base.html' %}\n{% block main %}\n{{ nope }}\n{% endblock %}\n"
    )
    with pytest.raises(ContentError) as caught:
        build(content="content", templates="templates", out="site")
    assert [str(p) for p in caught.value.problems] == [
        "templates/event.html:3: 'nope' is undefined (making story-a/events/e1/index.html)"
    ]
    assert site_files(project.root / "site") == before


def test_media_and_assets_are_copied(tmp_path: Path) -> None:
    build_fixture(tmp_path / "site")
    files = site_files(tmp_path / "site")
    # SVG is published as drawing elements only (see test_svg.py); this one is all drawing.
    svg = files["alpha/media/dot.svg"]
    assert svg == safe_svg((FIXTURE / "alpha/media/dot.svg").read_bytes())
    assert b'<circle cx="5" cy="5" r="5" fill="blue" />' in svg
    theme_css = (REPO / "templates/assets/style.css").read_bytes()
    assert files["assets/style.css"] == stylesheets.published(theme_css)  # without the theme's notes
    assert b"/*" in theme_css and b"/*" not in files["assets/style.css"]


def test_base_url_option_overrides_site_yaml(tmp_path: Path) -> None:
    build_fixture(tmp_path / "site", base_url="https://other.example/x/")
    page = (tmp_path / "site/alpha/index.html").read_text()
    assert '<link rel="canonical" href="https://other.example/x/alpha/">' in page
    assert "example.org" not in page


def test_every_page_names_its_address_but_the_404_page_which_has_none(tmp_path: Path) -> None:
    # The host serves 404.html at every missing address, with status 404: it named
    # itself canonical (and shared as og:url) and did not ask search engines to leave it.
    build_fixture(tmp_path / "site")
    pages = {p: d.decode() for p, d in site_files(tmp_path / "site").items() if p.endswith(".html")}
    not_found = pages.pop("404.html")
    assert "canonical" not in not_found and "og:url" not in not_found and "og:" not in not_found
    assert '<meta name="robots" content="noindex">' in not_found
    kinds = {"index.html", "search/index.html", "alpha/index.html", "alpha/embed/index.html"}
    kinds |= {"alpha/events/2021-03-01-start/index.html", "alpha/figures/ann/index.html"}
    kinds |= {"alpha/locations/city/index.html"}
    assert kinds <= set(pages)
    for path, html in pages.items():
        assert html.count('<link rel="canonical" href="https://example.org/explainers/') == 1, path
    assert (
        '<meta property="og:url" content="https://example.org/explainers/alpha/">'
        in pages["alpha/index.html"]
    )


def test_pages_have_one_h1_landmarks_and_an_ordered_timeline(tmp_path: Path) -> None:
    build_fixture(tmp_path / "site")
    for path, data in site_files(tmp_path / "site").items():
        if path.endswith(".html"):
            html = data.decode()
            assert html.count("<h1") == 1, path
            assert '<main id="main"' in html and "<header" in html and "<footer" in html, path
    story = (tmp_path / "site/alpha/index.html").read_text()
    assert '<ol class="timeline">' in story
    order = [
        story.index(f'id="event-{e}"') for e in ("1999-background", "2021-03-01-start", "2021-03-02-span")
    ]
    assert order == sorted(order)
    assert '<time datetime="2021-03-01T09:15+06:00">1\u00a0March 2021, 09:15\u00a0(UTC+6)</time>' in story
    # A span from a day alone: no line break next to its dash (``dates.tied``).
    assert '<time datetime="2021-03-02">2\u2060–\u20604\u00a0March 2021</time>' in story
    assert '<time datetime="1999">c.\u00a01999</time>' in story


def test_no_page_refers_to_another_host_except_content_links(tmp_path: Path) -> None:
    """Stylesheets, scripts, images and fonts all come from the site itself."""
    import re

    build_fixture(tmp_path / "site", base_url=None)
    for path, data in site_files(tmp_path / "site").items():
        if path.endswith((".html", ".css")):
            text = data.decode()
            assert not re.search(r'(src|srcset)="(https?:)?//', text), path
            assert not re.search(r'<link[^>]+href="(https?:)?//(?!example\.org)', text), path
            assert "@import" not in text and "url(http" not in text, path


def test_a_long_story_is_split_into_year_pages(tmp_path: Path) -> None:
    from benchmarks.synthetic import write_site
    from tests.crawl import broken_links_on_disk

    content = write_site(str(tmp_path), 260)
    build(content=content, templates=TEMPLATES, out=str(tmp_path / "site"))
    files = site_files(tmp_path / "site")
    story = files["bench/index.html"].decode()
    assert '<ol class="timeline">' not in story
    years = sorted(p for p in files if p.startswith("bench/years/"))
    assert years[0] == "bench/years/2001/index.html" and len(years) == 20
    assert all(f'href="../bench/years/{p.split("/")[2]}/index.html"' in story for p in years)
    listed = sum(files[p].decode().count('<li class="event"') for p in years)
    assert listed == 260
    event = files["bench/events/event-00007/index.html"].decode()
    assert 'href="../../../bench/years/2001/index.html#event-event-00007">Full timeline</a>' in event
    assert broken_links_on_disk(tmp_path / "site", served_at="/bench/") == []  # its base_url's path


def test_a_build_says_how_many_drafts_it_left_out(tmp_path: Path) -> None:
    result = build(content=str(FIXTURE), templates=TEMPLATES, out=str(tmp_path / "plain"))
    assert result.notes == ("2 drafts left out (1 story, 1 event); build with --drafts to see them",)
    with_drafts = build(content=str(FIXTURE), templates=TEMPLATES, out=str(tmp_path / "drafts"), drafts=True)
    assert with_drafts.notes == ()


def test_the_cli_prints_the_drafts_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["build", "--content", str(FIXTURE), "--templates", TEMPLATES, "--out", str(tmp_path / "s")])
        == 0
    )
    assert (
        "note: 2 drafts left out (1 story, 1 event); build with --drafts to see them\n"
        in capsys.readouterr().err
    )


def test_what_a_patch_leaves_in_the_theme_is_not_published(project: Project) -> None:
    # Bringing one's changes to a new theme with 'patch' (README, 'Upgrading') left
    # style.css.orig and a .rej of the hunks that failed, and both were published.
    shutil.copytree(TEMPLATES, "theme")
    Path("theme/assets/style.css.orig").write_text("body { color: red }")
    Path("theme/assets/style.css.rej").write_text("@@ -1 +1 @@\n-a\n+b\n")
    build(content="content", templates="theme", out="site")
    assert Path("site/assets/style.css").is_file()
    assert not list(Path("site/assets").glob("style.css.*"))


def test_an_event_taken_out_keeps_its_page_as_a_notice_and_is_in_nothing_else(project: Project) -> None:
    # A report of a second blast proved false: its file says 'removed:' instead of being
    # deleted. Readers of a shared link get a notice; nothing else of it is published.
    from tests.images import tiny_png

    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/news/\n")
    project.write("content/story-a/media/blast.png", tiny_png())
    project.write("content/story-a/figures/witness.yaml", "name: Lone Witness\nrole: Said they saw it\n")
    project.write(
        "content/story-a/events/e2.yaml",
        """\
        title: Second blast at the depot
        date: 2020-01-03
        summary: Unconfirmed words.
        body: More unconfirmed words.
        key: true
        figures: [witness, fig-a]
        locations: [loc-a]
        tags: [rumour-tag]
        quotes:
          - {text: Quoted words, by: witness}
        image: {src: media/blast.png, alt: Smoke over the depot}
        removed:
          date: 2020-01-04T09:30
          reason: We could not *confirm* the report.
        """,
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "updates:\n  - date: 2020-01-04\n    kind: correction\n"
        "    text: We took out [the second blast](events/e2.yaml).\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    notice = files["story-a/events/e2/index.html"].decode()
    assert '<meta name="robots" content="noindex">' in notice
    for left_out in ('rel="canonical"', "og:", "twitter:", "ld+json", "data-pagefind-body"):
        assert left_out not in notice, left_out
    assert "Taken out of this timeline on 4\u00a0January 2020" in notice
    assert "<h1><del>Second blast at the depot</del></h1>" in notice
    assert "<p>We could not <em>confirm</em> the report.</p>" in notice
    assert '<a href="../../../story-a/index.html#update-1">Read the correction</a>' in notice
    assert '<a href="../../../story-a/index.html">Full timeline</a>' in notice
    for secret in (b"Unconfirmed words", b"Quoted words", b"Lone Witness", b"rumour-tag", b"Smoke over"):
        assert not [path for path, data in files.items() if secret in data], secret
    # Its title is on its own page alone: not in the timeline, the key moments, the embed,
    # the figure's and place's pages, the feed, timeline.json, nor the search index.
    assert [path for path, data in files.items() if b"Second blast" in data] == [
        "story-a/events/e2/index.html"
    ]
    assert not [path for path in files if "blast.png" in path or "witness" in path]
    fragments = [
        gzip.decompress(data) for path, data in files.items() if path.startswith("pagefind/fragment/")
    ]
    # The search index has the other event's page alone: checked wherever Pagefind is, and
    # always in CI, which installs it (as NEEDS_PAGEFIND does).
    if searchindex.available() or os.environ.get("CI") == "true":
        assert [b"/story-a/events/e1/" in f for f in fragments if b"/events/" in f] == [True]
    assert b"/events/e2/" not in files["sitemap.xml"]
    assert b'<link href="https://example.org/news/story-a/events/e2/"/>' not in files["feed.xml"]
    # Links to it lead to the notice: the correction's, on the story page and in the feed.
    assert b'href="https://example.org/news/story-a/events/e2/"' in files["feed.xml"].replace(b"&quot;", b'"')
    assert (
        b'href="../story-a/events/e2/index.html" rel="noopener noreferrer">the second blast</a>'
        in files["story-a/index.html"]
    )
    assert b"1 event" in files["index.html"] and b"2 events" not in files["index.html"]


def test_what_windows_and_macos_leave_in_a_folder_is_not_published(project: Project) -> None:
    # A theme or a story's media copied on Windows or a Mac holds the system's files: the
    # theme's were published with its assets, and macOS's folder icon, 'Icon' and a
    # carriage return, stopped the build as a media file with a control character.
    shutil.copytree(TEMPLATES, "theme")
    litter = ["Thumbs.db", "desktop.ini", "Icon\r", "ehthumbs.db"]
    for name in litter:
        Path("theme/assets", name).write_bytes(b"x")
        project.write(f"content/story-a/media/{name}", b"x")
    build(content="content", templates="theme", out="site")
    assert Path("site/assets/style.css").is_file()
    assert not [p for p in Path("site").rglob("*") if p.name in litter]


def test_a_story_and_a_media_folder_named_as_vims_test_file_are_built(project: Project) -> None:
    # Passed over by the rule for the system's files, story '4913' vanished from the site
    # without a word, and a picture in media/4913/ was 'no file' in its story.
    project.write("content/4913/story.yaml", "title: Issue 4913\nsummary: S\npublished: 2020-01-02\n")
    project.write("content/4913/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: S\n")
    project.write("content/story-a/media/4913/gate.png", tiny_png())
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image: {src: media/4913/gate.png, alt: A gate}\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    assert Path("site/4913/events/e1/index.html").is_file()
    assert list(Path("site/story-a/pictures/4913").glob("gate.png.*"))


@pytest.mark.parametrize(
    ("on_disk", "written"),
    [
        ("my cafe\u0301.png", "my caf\u00e9.png"),  # named by macOS, typed in the text
        ("my caf\u00e9.png", "my cafe\u0301.png"),  # typed, and the name pasted from a Mac
    ],
)
def test_a_media_name_written_with_its_letters_composed_otherwise_links_the_file_published(
    project: Project, on_disk: str, written: str
) -> None:
    # The two look alike and are one file on a Mac; on Linux (a CI runner) 'check' said
    # there was no such file, and suggested the name it was given, which looked the same.
    project.write(f"content/story-a/media/{on_disk}", tiny_png())
    project.write(f"content/story-a/media/{on_disk[:-4]}.pdf", b"%PDF-1.4\n%%EOF\n")
    encoded = quote(written[:-4])
    project.write(
        "content/story-a/events/e1.yaml",
        f"""\
        title: First event
        date: 2020-01-01
        summary: See [the report](media/{encoded}.pdf) and ![a map](media/{encoded}.png).
        body: The file is `media/{written}`.
        image:
          src: media/{written}
          alt: A map
          credit: Someone
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        """,
    )
    build(content="content", templates=str(TEMPLATES), out="site")
    page = Path("site/story-a/events/e1/index.html").read_text(encoding="utf-8")
    written_files = {p.relative_to("site").as_posix() for p in Path("site").rglob("*") if p.is_file()}
    links = re.findall(r'(?:href|src|srcset)="([^"]*(?:media|pictures)/[^"]*)"', page)
    linked = {os.path.normpath(os.path.join("story-a/events/e1", unquote(a.split()[0]))) for a in links}
    assert f"story-a/media/{on_disk[:-4]}.pdf" in linked
    assert linked and linked <= written_files  # each link names a file written, byte for byte
    assert f"media/{written}" in page  # the name shown as code stays as written


def test_the_note_before_encoding_says_its_or_their(capsys: pytest.CaptureFixture[str]) -> None:
    encoding(1)
    encoding(12)
    said = capsys.readouterr().err.splitlines()
    assert said[0].startswith("encoding 1 picture into its sizes and formats: seconds each")
    assert said[0].endswith("(later builds take it from the cache)")
    assert said[1].startswith("encoding 12 pictures into their sizes and formats: seconds each")
    assert said[1].endswith("(later builds take them from the cache)")


def test_the_note_before_encoding_promises_no_cache_with_the_speed_ups_off(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SPEED_SWITCH, "off")  # a plain build encodes every picture each time
    encoding(2)
    said = capsys.readouterr().err
    assert said.startswith("encoding 2 pictures into their sizes and formats: seconds each")
    assert said.rstrip().endswith("every time, as EXPLAINER_SPEED=off keeps no cache")
    assert "cache)" not in said


def test_a_definition_in_a_list_or_quote_links_the_event_page_it_names(project: Project) -> None:
    # Markdown reads a reference definition in a list item or a quote: the page links the
    # story's own event there, and another story's (whose page the build must know the
    # text links, or the link is shown as its words only); an update that names an event
    # so is listed on that event's page.
    project.write("content/story-a/events/e2.yaml", "title: Second event\ndate: 2020-01-05\nsummary: Then.\n")
    project.write(
        "content/story-b/story.yaml",
        "title: Story B\nsummary: What story B is about.\npublished: 2020-01-02\n",
    )
    project.write("content/story-b/events/b1.yaml", "title: B's event\ndate: 2020-01-01\nsummary: Far.\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - see [the next][n]\n\n"
        "      [n]: events/e2.yaml\n\n  > and [the other story][o]\n  >\n"
        "  > > [o]: ../story-b/events/b1.yaml\nsources: [src-a]\n",
    )
    project.write(
        "content/story-a/story.yaml",
        "title: Story A\nsummary: What story A is about.\npublished: 2020-01-02\n"
        "sources:\n  src-a:\n    publisher: Example News\nupdates:\n  - date: 2020-01-06\n"
        "    text: |\n      - Corrected [the second event][s].\n\n          [s]: events/e2.yaml\n",
    )
    build(content="content", templates=str(TEMPLATES), out="site")
    page = Path("site/story-a/events/e1/index.html").read_text(encoding="utf-8")
    linked = {
        os.path.normpath(os.path.join("story-a/events/e1", a))
        for a, words in re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', page)
        if words in ("the next", "the other story")
    }
    assert linked == {"story-a/events/e2/index.html", "story-b/events/b1/index.html"}
    assert all(Path("site", target).is_file() for target in linked)
    assert "Corrected" in Path("site/story-a/events/e2/index.html").read_text(encoding="utf-8")


def test_a_language_written_in_lower_case_is_carried_as_bcp_47_writes_it(project: Project) -> None:
    # A story imported with StoryMapJS's 'pt-br', or written so by hand, on a site in
    # 'pt-BR': its pages said lang="pt-br" beside the site's pages' "pt-BR".
    project.write("content/site.yaml", "title: Redação\nlanguage: pt-br\n")
    build(content="content", templates=TEMPLATES, out="site")
    for page in ("index.html", "story-a/index.html", "story-a/events/e1/index.html"):
        html = Path("site", page).read_text(encoding="utf-8")
        assert '<html lang="pt-BR"' in html and "pt-br" not in html
