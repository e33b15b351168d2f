"""The embed page, its iframe code and oEmbed: addresses at a domain root, under a
sub-path, with --base-url, and without any address."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.built_notes import NO_EMBED_PAGE
from generator.commands.build import build
from generator.i18n import catalogs, languages
from generator.render.embed import FOLD_FROM, LATEST, LEAD, frame_title, snippet
from generator.render.versions import version_of
from tests import long_story, news_story
from tests.conftest import REPO, TEMPLATES, Project
from tests.images import photo
from tests.w3c import w3c_errors

SEED = str(REPO / "content")


def test_the_snippet_escapes_the_title_and_names_the_frame() -> None:
    code = snippet("quake", 'Ash & "smoke" <2010>', "https://news.example/explainers/")
    assert code == (
        '<iframe src="https://news.example/explainers/quake/embed/" '
        'title="Ash &amp; &quot;smoke&quot; &lt;2010&gt;: timeline" lang="en" width="640" height="1170" '
        'loading="lazy" style="display:block;width:100%;border:0"></iframe>\n'
        '<script src="https://news.example/explainers/assets/embed.js" async></script>'
    )
    assert frame_title("Quake") == "Quake: timeline"
    assert 'src="embed/"' in snippet("quake", "Quake", None)


def test_the_frames_title_is_in_the_storys_language() -> None:
    # Screen readers announce it in the article: in the story's language, as its page's title.
    french = catalogs.translations("fr").gettext("%(story)s: timeline") % {"story": "Séisme"}
    assert french != "Séisme: timeline"
    assert frame_title("Séisme", "fr") == french
    assert f'title="{french}"' in snippet("seisme", "Séisme", None, language="fr")


def test_a_story_title_with_a_colon_of_its_own_is_followed_by_a_dash(project: Project) -> None:
    # 'Harbour strike: day 3: timeline · Test site' had two colons, in the embed page's
    # title (a browser tab's) and the frame's (which screen readers announce).
    assert frame_title("Harbour strike: day 3") == "Harbour strike: day 3 – timeline"
    assert frame_title("Harbour strike") == "Harbour strike: timeline"  # one colon: as before
    assert frame_title("Grève\u00a0: jour 3", "fr") == "Grève\u00a0: jour 3 – chronologie"
    assert frame_title("港口罢工：第三天", "zh-Hans") == "港口罢工：第三天——时间线"
    assert 'title="Harbour strike: day 3 – timeline"' in snippet("strike", "Harbour strike: day 3", None)
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story.replace("title: Story A", "title: 'Harbour strike: day 3'")
    )
    build(content="content", templates=TEMPLATES, out="site")
    for page in ("site/story-a/embed/index.html", "site/story-a/embed/light/index.html"):
        assert "<title>Harbour strike: day 3 – timeline · Test site</title>" in Path(page).read_text()


@pytest.mark.parametrize("catalog", languages.available())
def test_every_language_follows_a_title_with_a_colon_by_its_timeline_without_another(catalog: str) -> None:
    tag = catalog.replace("_", "-")
    title = "Harbour strike: day 3"
    said, plain = frame_title(title, tag), frame_title("Harbour strike", tag)
    assert said.startswith(title)
    after = said[len(title) :]
    assert ":" not in after and "\uff1a" not in after
    # The same word for the timeline as where the title has no colon ('chronologie').
    assert after.endswith(plain[len("Harbour strike") :].lstrip(":\uff1a\u00a0 "))


def test_the_frame_says_its_language_for_its_title_in_an_article_of_another() -> None:
    # Without it, an Arabic story's title in an English article was read out by an
    # English voice: an element's lang is the language of its attributes' text too.
    code = snippet("zilzal", "زلزال", "https://news.example/", language="ar")
    # Its direction too: an Arabic title shown in an English article's direction had its
    # colon at the wrong end.
    assert 'title="زلزال: التسلسل الزمني" lang="ar" dir="rtl" ' in code
    assert ' lang="zh-Hans" width=' in snippet("dizhen", "地震", None, language="zh-Hans")


@pytest.mark.parametrize(
    ("base_url", "root"),
    [
        ("https://news.example/", "https://news.example/"),
        ("https://org.github.io/repo/", "https://org.github.io/repo/"),
    ],
)
def test_oembed_and_its_discovery_under_any_address(tmp_path: Path, base_url: str, root: str) -> None:
    build(content=SEED, templates=TEMPLATES, out=str(tmp_path / "site"), base_url=base_url)
    story = tmp_path / "site/kyrgyzstan-2010"
    data = json.loads((story / "oembed.json").read_text())
    assert data == {
        "version": "1.0",
        "type": "rich",
        "title": "Kyrgyzstan after the April 2010 uprising",
        "provider_name": "Explainers",
        "provider_url": root,
        "html": snippet(
            "kyrgyzstan-2010", "Kyrgyzstan after the April 2010 uprising", root, language="en-GB"
        ),
        "width": 640,
        "height": 1170,
        "author_name": "Explainers desk",
        "thumbnail_url": f"{root}kyrgyzstan-2010/card.png",  # no lead picture: the drawn card
        "thumbnail_width": 1200,
        "thumbnail_height": 630,
    }
    assert (story / "card.png").is_file()
    assert f'<iframe src="{root}kyrgyzstan-2010/embed/"' in data["html"]
    assert f'<script src="{root}assets/embed.js" async>' in data["html"]
    discovery = (
        f'<link rel="alternate" type="application/json+oembed" href="{root}kyrgyzstan-2010/oembed.json" '
        'title="Kyrgyzstan after the April 2010 uprising">'
    )
    page = (story / "index.html").read_text()
    assert discovery in page
    assert discovery in (story / "embed/index.html").read_text()
    # The light page names its own: a content system given its address embeds it light.
    light = json.loads((story / "embed/light/oembed.json").read_text())
    assert light == data | {"html": data["html"].replace("/embed/", "/embed/light/")}
    assert (
        f'href="{root}kyrgyzstan-2010/embed/light/oembed.json"'
        in (story / "embed/light/index.html").read_text()
    )
    shown = re.search(r"<pre dir=\"ltr\"><code>(.*?)</code></pre>", page, re.DOTALL)
    assert shown is not None
    assert (
        shown[1].replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"').replace("&amp;", "&")
        == data["html"]
    )
    assert "embed" not in (tmp_path / "site/sitemap.xml").read_text()


def test_oembed_shows_the_lead_pictures_largest_jpeg_as_its_thumbnail(project: Project) -> None:
    project.write("content/story-a/media/lead photo.jpg", photo(2000, 1500))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "image:\n  src: media/lead photo.jpg\n  alt: A lead\n"
    )
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/x/")
    data = json.loads((project.root / "site/story-a/oembed.json").read_text())
    thumbnail = {k: v for k, v in data.items() if k.startswith("thumbnail_")}
    assert thumbnail == {
        "thumbnail_url": "https://news.example/x/story-a/pictures/lead%20photo.jpg.1600.jpg",
        "thumbnail_width": 1600,
        "thumbnail_height": 1200,
    }
    assert (project.root / "site/story-a/pictures/lead photo.jpg.1600.jpg").is_file()


def test_oembeds_thumbnail_is_the_cut_a_shared_link_shows_of_a_picture_with_a_focus(project: Project) -> None:
    project.write("content/story-a/media/lead.jpg", photo(1500, 2000))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: A lead\n  focus: top\n"
    )
    build(content="content", templates=TEMPLATES, out="site", base_url="https://news.example/x/")
    data = json.loads((project.root / "site/story-a/oembed.json").read_text())
    page = (project.root / "site/story-a/index.html").read_text()
    cut = "https://news.example/x/story-a/pictures/lead.jpg.1200x630.top.jpg"
    assert (data["thumbnail_url"], data["thumbnail_width"], data["thumbnail_height"]) == (cut, 1200, 630)
    assert f'<meta property="og:image" content="{cut}">' in page


def test_without_an_address_there_is_no_oembed_but_an_embed_page(tmp_path: Path) -> None:
    build(content=SEED, templates=TEMPLATES, out=str(tmp_path / "site"))
    story = tmp_path / "site/kyrgyzstan-2010"
    assert not (story / "oembed.json").exists()
    page = (story / "index.html").read_text()
    assert "json+oembed" not in page
    assert "<summary>Embed this timeline</summary>" in page
    assert (
        "&lt;iframe src=&#34;embed/&#34; title=&#34;Kyrgyzstan after the April 2010 uprising: timeline&#34;"
        in page
    )
    assert "complete the two addresses in it" in page
    assert (story / "embed/index.html").exists()


def test_the_embed_page_is_the_timeline_alone_with_links_to_a_new_tab(tmp_path: Path) -> None:
    build(content=SEED, templates=TEMPLATES, out=str(tmp_path / "site"), base_url="https://x.example/r/")
    page = (tmp_path / "site/kyrgyzstan-2010/embed/index.html").read_text()
    assert '<base target="_blank">' in page
    assert '<meta name="robots" content="noindex">' in page
    assert '<link rel="canonical" href="https://x.example/r/kyrgyzstan-2010/">' in page
    assert "site-header" not in page and "site-footer" not in page and "Skip to content" not in page
    # Its own skip link, past the timeline, stays in the frame (<base> sends links to a new tab).
    assert '<a class="skip-link" href="#embed-end" target="_self">Skip the timeline</a>' in page
    assert page.count('<li class="event') == 13
    assert '<a href="../../kyrgyzstan-2010/index.html">The full explainer</a>' in page
    height_js = version_of((Path(TEMPLATES) / "assets/embed-height.js").read_bytes())
    assert f'<script src="../../assets/embed-height.js?v={height_js}" defer></script>' in page
    assert re.findall(r'<(?:script|link)[^>]+(?:src|href)="(https?:[^"]*)"', page) == [
        "https://x.example/r/kyrgyzstan-2010/",
        "https://x.example/r/kyrgyzstan-2010/oembed.json",
    ]  # only its own addresses, in the head's canonical and oEmbed links: nothing loaded elsewhere
    assert "frame-ancestors" not in page and "X-Frame-Options" not in page  # it may be framed


def test_no_page_forbids_being_framed(tmp_path: Path) -> None:
    # There are no frame rules in the theme; if base.html ever gets a Content-Security-Policy,
    # the embed page must stay frameable.
    for template in Path(TEMPLATES).glob("*.html"):
        text = template.read_text().lower()
        assert "frame-ancestors" not in text and "x-frame-options" not in text, template.name


def test_every_story_gets_an_embed_page(project: Project) -> None:
    project.write("content/story-b/story.yaml", "title: B\nsummary: b\npublished: 2020-01-02\n")
    build(content="content", templates=TEMPLATES, out="site")
    assert Path("site/story-a/embed/index.html").exists()
    empty = Path("site/story-b/embed/index.html").read_text()
    assert "<p>No events yet.</p>" in empty


def test_a_theme_without_an_embed_page_builds_as_before_and_says_so(project: Project) -> None:
    # A theme copied before embedding existed has no embed.html: no embed page, no oEmbed.
    assert NO_EMBED_PAGE not in build(content="content", templates=TEMPLATES, out="site").notes
    shutil.copytree(TEMPLATES, "templates")
    Path("templates/embed.html").unlink()
    built = build(content="content", templates="templates", out="site", base_url="https://x.example/")
    assert NO_EMBED_PAGE in built.notes  # the editor is told, not left to find the pages missing
    assert not Path("site/story-a/embed").exists()
    assert not Path("site/story-a/oembed.json").exists()
    assert Path("site/story-a/index.html").exists()


def test_the_embed_page_is_in_the_story_language(project: Project) -> None:
    project.write("content/site.yaml", "title: Test site\nlanguage: ar\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')


@pytest.mark.parametrize(
    ("language", "ending"),
    [
        ("en", 'timeline’s height. <a href="embed/index.html">See the embedded timeline</a>.</p>'),
        ("ja", 'ためのものです。<a href="embed/index.html">埋め込み表示を見る</a>。</p>'),
        ("zh-Hans", '高度。<a href="embed/index.html">查看嵌入的时间线</a>。</p>'),
        # Hindi ends a sentence with the danda, as its catalog's sentences do: the link's
        # sentence ended with a Latin full stop after theirs ('...कर देती है। ...देखें</a>.').
        ("hi", 'कर देती है। <a href="embed/index.html">लगाया गया घटनाक्रम कैसा दिखता है, देखें</a>।</p>'),
        # Urdu ends one with '۔', as its catalog's sentences do ('...کر دیتا ہے۔ ...دیکھیں</a>.').
        ("ur", 'کر دیتا ہے۔ <a href="embed/index.html">لگائی گئی ٹائم لائن دیکھیں</a>۔</p>'),
        # Armenian ends one with '։', as its catalog's sentences do; a '.' after them would
        # read as a colon, Armenian's 'միջակետ' ('...բարձրությանը։ <a>...ժամանակագրությունը</a>.').
        ("hy", 'բարձրությանը։ <a href="embed/index.html">Տեսնել տեղադրված ժամանակագրությունը</a>։</p>'),
    ],
)
def test_the_link_to_the_embed_page_ends_its_paragraph_as_the_language_writes_a_sentence(
    project: Project, language: str, ending: str
) -> None:
    # A Japanese page read "…ためのものです。 埋め込み表示を見る.": a space between two
    # sentences and a Latin full stop, which Chinese and Japanese write as "。" with no space.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    build(content="content", templates=TEMPLATES, out="site", base_url="https://x.example/")
    page = Path("site/story-a/index.html").read_text()
    [paragraph] = re.findall(r"<summary>[^<]*</summary>\n<p>(.*?</p>)", page)
    assert paragraph.endswith(ending)


def test_the_code_reads_left_to_right_on_a_right_to_left_page(project: Project, browser: Any) -> None:
    # On an Arabic page the code took the page's direction, and the bidirectional
    # algorithm showed it reordered: '"...: التسلسل الزمني"=iframe src="embed/" title>'.
    project.write("content/site.yaml", "title: Test site\nlanguage: ar\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = browser.new_page()
    try:
        page.goto((project.root / "site/story-a/index.html").as_uri())
        page.click(".embed-code summary")
        directions = page.evaluate(
            "[document.dir, ...[...document.querySelectorAll('.embed-code pre, .embed-code a code')]"
            ".map(e => getComputedStyle(e).direction)]"
        )
    finally:
        page.close()
    assert directions == ["rtl", "ltr", "ltr"]


def test_the_snippet_is_valid_html_in_an_article(tmp_path: Path) -> None:
    # On the story page it is shown escaped, which the checker of the site never sees.
    article = tmp_path / "article.html"
    code = snippet("quake", 'Ash & "smoke"', "https://news.example/explainers/")
    article.write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>'
        f"<body><main><p>Before.</p>{code}<p>After.</p></main></body></html>"
    )
    assert w3c_errors(tmp_path) == ""


def test_the_embed_says_there_are_updates_and_corrections_and_links_to_them(project: Project) -> None:
    # An article's reader saw the timeline without a word of a correction ("Updated ..."
    # alone, as plain text), where the story page lists it at the top.
    story = (project.root / "content/story-a/story.yaml").read_text()
    updates = (
        "updates:\n  - date: 2020-01-03\n    text: More.\n"
        "  - date: 2020-01-04\n    text: The count was 2, not 3.\n    kind: correction\n"
    )
    project.write("content/story-a/story.yaml", story + updates)
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert ' · <a href="../../story-a/index.html#updates">Updates and corrections</a></p>' in page
    assert (
        '<h2 id="updates-heading">Updates and corrections</h2>' in Path("site/story-a/index.html").read_text()
    )
    project.write("content/story-a/story.yaml", story)
    build(content="content", templates=TEMPLATES, out="site")
    assert "#updates" not in Path("site/story-a/embed/index.html").read_text()


def test_a_long_storys_embed_leads_with_its_key_moments_and_latest_entries(long_site: Path) -> None:
    # A story too long for one page showed only its list of years in the frame: an
    # article's reader had nothing to read there.
    page = (long_site / long_story.EMBED).read_text()
    moments = re.search(r'<section id="key-moments".*?</section>', page, re.DOTALL)
    assert moments is not None
    assert re.findall(r'<li data-event="([^"]+)"><a href="([^"]+)"', moments[0]) == [
        (f"event-{i:03d}", f"../../dam/events/event-{i:03d}/index.html") for i in long_story.KEY
    ]  # to the events' pages, as the story page's key moments (the entries are on year pages)
    latest = page[page.index('<h2 id="latest-heading">') :]
    assert latest.startswith(
        f'<h2 id="latest-heading">The latest {LATEST} events</h2>\n<ol class="timeline">'
    )
    entries = re.findall(r'<li class="event[^"]*" id="event-([^"]+)"', page)
    assert entries == [f"event-{i:03d}" for i in range(long_story.EVENTS - LATEST, long_story.EVENTS)]
    assert "<p>205 events, by year:</p>" in page
    years = re.findall(r'<a href="../../dam/years/(\d+)/index.html">', page)
    assert years == ["2020", "2021", "2022", "2023"]
    # Every link leaves the frame for a page of the explainer (<base target="_blank">): none
    # but the skip link points within this page, which a new tab would load instead.
    inside = [href for href in re.findall(r'href="([^"]*)"', page) if href.startswith("#")]
    assert inside == ["#embed-end"]
    assert page.index('id="key-moments"') < page.index('id="latest-heading"') < page.index("by year:")
    # Small within someone else's article: about the size of the seed's whole timeline.
    assert len(page.encode()) < 25_000
    light = (long_site / "dam/embed/light/index.html").read_text()
    assert re.findall(r'id="event-([^"]+)"', light) == entries  # the copy that stays light too


def test_a_long_storys_embed_is_valid_html(long_site: Path) -> None:
    assert w3c_errors(long_site / long_story.EMBED, long_site / "dam/embed/light/index.html") == ""


def test_the_embed_tells_a_screen_reader_that_links_open_a_new_tab_before_the_first(project: Project) -> None:
    # <base target="_blank"> sends every link to a new tab, which a screen reader's user
    # may not notice (WCAG 3.2.5, G201): said once, before the first link that does so.
    for language, said in (
        ("en", "Links open in a new tab."),
        ("fr", "Les liens s’ouvrent dans un nouvel onglet."),
    ):
        project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
        build(content="content", templates=TEMPLATES, out="site")
        page = Path("site/story-a/embed/index.html").read_text()
        body = page[page.index("<body") :]
        assert body.count(said) == 1
        hint = body.index(f'<p class="visually-hidden">{said}</p>')
        new_tab_links = [m.start() for m in re.finditer(r"<a (?![^>]*target=\"_self\")", body)]
        assert new_tab_links and hint < new_tab_links[0]


def test_oembed_of_hostile_and_right_to_left_stories_is_whole_under_the_sites_address(
    project: Project,
) -> None:
    # oEmbed 1.0: a `rich` response has version, type, html, width and height; the
    # discovery link names it by a full address; the frame's page is under the site's.
    base = "https://example.org/a&b/"
    title = "Ash ]]> & </script><script>x</script> \u202eevil\u202c 😀 " + "long " * 60
    story = (
        (project.root / "content/story-a/story.yaml")
        .read_text()
        .replace("Story A", json.dumps(title, ensure_ascii=False))
    )
    project.write("content/story-a/story.yaml", story)
    project.write(
        "content/story-b/story.yaml", "title: زلزال\nsummary: ملخص.\npublished: 2020-01-03\nlanguage: ar\n"
    )
    project.write("content/story-b/events/e1.yaml", "title: بدأ\ndate: 2020-01-01\nsummary: حدث.\n")
    build(content="content", templates=TEMPLATES, out="site", base_url=base)
    site = project.root / "site"
    for sid, light in (("story-a", False), ("story-a", True), ("story-b", False), ("story-b", True)):
        path = f"{sid}/embed/light/oembed.json" if light else f"{sid}/oembed.json"
        data = json.loads((site / path).read_text(encoding="utf-8"))
        assert (data["version"], data["type"]) == ("1.0", "rich")
        assert isinstance(data["width"], int) and isinstance(data["height"], int) and data["width"] > 0
        assert data["title"] == (title.strip() if sid == "story-a" else "زلزال")
        frames = re.findall(r'<iframe src="([^"]*)"', data["html"])
        page = f"{base}{sid}/embed/light/" if light else f"{base}{sid}/embed/"
        assert [html.unescape(src) for src in frames] == [page]
        assert (site / sid / ("embed/light" if light else "embed") / "index.html").is_file()
        assert data["html"].count("<script") == 1  # embed.js's: the title's is escaped
        assert data["thumbnail_url"].startswith(base)
        discovered = re.findall(
            r'<link rel="alternate" type="application/json\+oembed" href="([^"]*)"',
            (site / sid / ("embed/light/index.html" if light else "index.html")).read_text(encoding="utf-8"),
        )
        assert [html.unescape(href) for href in discovered] == [base + path]


def test_a_storys_embed_leads_with_its_news_and_folds_its_earlier_entries(news_site: Path) -> None:
    # An article about a cathedral's reopening embedded its 25 entries from 1163 on, every
    # one open: its reader met the news 9,000 px down the frame.
    page = (news_site / news_story.EMBED).read_text()
    moments = re.search(r'<section id="key-moments".*?</section>', page, re.DOTALL)
    assert moments is not None
    chosen = re.findall(r'<li data-event="([^"]+)"><a href="([^"]+)"', moments[0])
    assert all(href == f"../../cathedral/events/{e}/index.html" for e, href in chosen)
    # As the story page chooses them, but for the news (event-24, chosen as the latest):
    # it is among the latest entries just below, where it was shown a second time.
    story_page = (news_site / "cathedral/index.html").read_text()
    on_story_page = re.findall(r'<li data-event="([^"]+)">', story_page)
    assert len(on_story_page) == 4 and on_story_page[-1] == "event-24"
    assert [e for e, _ in chosen] == on_story_page[:-1]
    latest = page[page.index('<h2 id="latest-heading">') : page.index('<h2 id="timeline-heading">')]
    assert latest.startswith(f'<h2 id="latest-heading">The latest {LEAD} events</h2>')
    assert re.findall(r'id="event-([^"]+)"', latest) == ["event-22", "event-23", "event-24"]
    assert page.count('data-event="event-24"') == 0 and page.count('id="event-event-24"') == 1
    # The rest, in order, behind one control that opens without a script.
    folded = page[page.index('<details class="earlier">') : page.index("</details>")]
    assert "<summary>Earlier · 22 events</summary>" in folded
    assert re.findall(r'id="event-([^"]+)"', folded) == [
        f"event-{i:02d}" for i in range(news_story.EVENTS - LEAD)
    ]
    assert page.index('id="key-moments"') < page.index('id="latest-heading"') < page.index("<details")
    inside = [href for href in re.findall(r'href="([^"]*)"', page) if href.startswith("#")]
    assert inside == ["#embed-end"]  # a key moment opens its event's page, as every link a new tab
    light = (news_site / "cathedral/embed/light/index.html").read_text()
    assert re.findall(r'id="event-([^"]+)"', light) == re.findall(r'id="event-([^"]+)"', page)


def test_an_embed_whose_key_moments_are_all_among_its_latest_entries_has_no_list_of_them(
    project: Project,
) -> None:
    # Each is read in full among the latest entries: the list would only repeat them.
    for i in range(FOLD_FROM):
        key = "key: true\n" if i >= FOLD_FROM - 2 else ""
        event = f"title: More {i}\ndate: 2021-01-{i + 1:02d}\nsummary: Something more.\n{key}"
        project.write(f"content/story-a/events/more-{i}.yaml", event)
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert "key-moments" not in page
    assert 'id="key-moments"' in Path("site/story-a/index.html").read_text()  # the story page keeps it
    latest = page[page.index('<h2 id="latest-heading">') : page.index('<h2 id="timeline-heading">')]
    assert re.findall(r'id="event-([^"]+)"', latest) == [
        f"more-{i}" for i in range(FOLD_FROM - LEAD, FOLD_FROM)
    ]


def test_a_short_storys_embed_is_its_whole_timeline_and_one_more_entry_folds_it(project: Project) -> None:
    # Fewer entries than FOLD_FROM are read at a glance: nothing is led with or folded.
    def write_more(count: int) -> None:  # with the one event the project has
        for i in range(count):
            event = f"title: More {i}\ndate: 2021-01-{i + 1:02d}\nsummary: Something more.\n"
            project.write(f"content/story-a/events/more-{i}.yaml", event)

    write_more(FOLD_FROM - 2)
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert len(re.findall(r'<li class="event[^"]*" id="event-', page)) == FOLD_FROM - 1
    assert "<details" not in page and "latest-heading" not in page and "key-moments" not in page
    write_more(FOLD_FROM - 1)
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert len(re.findall(r'<li class="event[^"]*" id="event-', page)) == FOLD_FROM
    assert page.index('id="latest-heading"') < page.index('<details class="earlier">')


def test_a_storys_folded_embed_is_valid_html(news_site: Path) -> None:
    assert w3c_errors(news_site / news_story.EMBED, news_site / "cathedral/embed/light/index.html") == ""


def test_a_folded_embed_says_once_which_clock_its_times_are_on(project: Project) -> None:
    # Times without their zone among the folded entries alone, and among the latest too:
    # the line that says whose clock they are on comes once, above the first list, for all.
    for i in range(FOLD_FROM + 2):
        when = f"2021-01-{i + 1:02d}T0{i}:30" if i in (0, FOLD_FROM + 1) else f"2021-01-{i + 1:02d}"
        project.write(
            f"content/story-a/events/more-{i}.yaml", f"title: More {i}\ndate: {when}\nsummary: Something.\n"
        )
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert page.count('<p class="clock-note">') == 1
    note = page.index('<p class="clock-note">Times are local to each place.</p>')
    assert page.index('id="latest-heading"') < note < page.index('<ol class="timeline">')
    # Only the folded entries with a time: the line is still above the first list.
    project.write(
        f"content/story-a/events/more-{FOLD_FROM + 1}.yaml",
        "title: Last\ndate: 2021-02-01\nsummary: S.\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    assert page.count('<p class="clock-note">') == 1
    assert page.index('<p class="clock-note">') < page.index('<details class="earlier">')


def test_a_japanese_embed_does_not_say_updated_twice(project: Project) -> None:
    # A held-out Japanese story's embed read "2020年12月24日更新 · 更新": the link to its
    # updates said the word of the date before it, as Japanese "Updates" was "更新", the
    # word "Updated" is. A list of updates is "更新履歴", on the story page too.
    project.write("content/site.yaml", "title: Test site\nlanguage: ja\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "updates:\n  - date: 2020-01-03\n    text: 追加。\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    dateline = re.search(r'<p class="dateline">(.*?)</p>', page, re.S)
    assert dateline is not None
    said = re.sub(r"<[^>]+>", "", dateline.group(1))
    assert not said.endswith("更新 · 更新") and said.endswith("更新 · 更新履歴"), said
    story_page = Path("site/story-a/index.html").read_text()
    assert '<h2 id="updates-heading">更新履歴</h2>' in story_page


@pytest.mark.parametrize("language", ["ja", "hi", "vi", "ms", "zh-Hans", "zh-Hant"])
def test_the_embeds_dateline_names_its_list_of_updates_in_a_word_of_its_own(
    project: Project, language: str
) -> None:
    # The link to a story's updates follows the date it was updated: where "Updates" is
    # the word of "Updated" (Hindi अपडेट, Vietnamese Cập nhật, Chinese 更新, Malay Kemas
    # kini inside Dikemas kini), the dateline read "अपडेट: 3 जनवरी 2020 · अपडेट".
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "updates:\n  - date: 2020-01-03\n    text: x\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = Path("site/story-a/embed/index.html").read_text()
    dateline = re.search(r'<p class="dateline">(.*?)</p>', page, re.S)
    assert dateline is not None
    said = html.unescape(re.sub(r"<[^>]+>", "", dateline.group(1))).strip()
    updated, _, updates = said.rpartition(" · ")
    assert updated and updates, said
    assert updates.casefold() not in updated.casefold(), said
