"""Stories in other languages than the site's, and translations of one story linked."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.commands.build import build
from generator.i18n.catalogs import translations
from tests.conftest import MINIMAL, TEMPLATES, Project
from tests.crawl import serve

RUSSIAN = """\
    title: История А
    summary: О чём эта история.
    published: 2020-01-03
    language: ru
    translation_of: story-a
    sources:
      src-a:
        publisher: Example News
        title: Заголовок
        language: ru
    """
EVENT = """\
    title: Первое событие
    date: 2020-01-01
    end: 2020-01-04
    date_phrase: between
    summary: Что-то произошло.
    sources: [src-a]
    quotes:
      - text: Bonjour.
        by: Someone
        language: fr
    """


def test_a_translated_story_is_written_in_its_language_and_linked_both_ways(project: Project) -> None:
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/\n")
    project.write("content/story-a-ru/story.yaml", RUSSIAN)
    project.write("content/story-a-ru/events/e1.yaml", EVENT)
    build(content="content", templates=TEMPLATES, out="site")
    russian = (project.root / "site/story-a-ru/index.html").read_text()
    english = (project.root / "site/story-a/index.html").read_text()
    assert '<html lang="ru">' in russian and '<html lang="en">' in english
    assert '<meta property="og:locale" content="ru_RU">' in russian  # a shared link's language
    assert '<meta property="og:locale" content="en_US">' in english
    for page in (russian, english):
        assert '<link rel="alternate" hreflang="en" href="https://example.org/story-a/">' in page
        assert '<link rel="alternate" hreflang="ru" href="https://example.org/story-a-ru/">' in page
    assert '<a href="../story-a/index.html" hreflang="en" lang="en" dir="auto">English</a>' in russian
    assert '<span lang="ru" dir="auto" aria-current="page">Русский</span>' in russian
    assert '<a href="../story-a-ru/index.html" hreflang="ru" lang="ru" dir="auto">Русский</a>' in english
    assert "Хроника" in russian and "Между 1 и 4\u00a0января 2020\u202fг." in russian
    assert '<cite lang="ru" dir="auto">Заголовок</cite>' in russian
    event = (project.root / "site/story-a-ru/events/e1/index.html").read_text()
    assert '<blockquote lang="fr" dir="auto">' in event
    home = (project.root / "site/index.html").read_text()
    # One card for the story in both languages: its version in the site's, naming the other.
    assert home.count('<article class="story-card">') == 1 and "История А" not in home
    assert '<a href="story-a/index.html">Story A</a>' in home
    assert '<span lang="en" dir="auto" aria-current="page">English</span>' in home
    assert '<a href="story-a-ru/index.html" hreflang="ru" lang="ru" dir="auto">Русский</a>' in home
    feed = (project.root / "site/feed.xml").read_text()
    assert (
        '<entry xml:lang="ru">' in feed
        and "<title>Между 1 и 4 января 2020\u202fг.: Первое событие</title>" in feed
    )


def test_a_story_in_another_language_has_a_card_written_in_it(project: Project) -> None:
    project.write("content/story-a-ru/story.yaml", RUSSIAN.replace("    translation_of: story-a\n", ""))
    project.write("content/story-a-ru/events/e1.yaml", EVENT)
    build(content="content", templates=TEMPLATES, out="site")
    home = (project.root / "site/index.html").read_text()
    assert home.count('<article class="story-card">') == 2
    assert '<h2 lang="ru" dir="auto"><a href="story-a-ru/index.html" hreflang="ru">История А</a>' in home
    assert '<div class="summary" lang="ru" dir="auto">' in home
    assert 'class="translations"' not in home


def test_the_home_page_of_a_site_in_russian_shows_a_storys_russian_version(project: Project) -> None:
    # Its readers read Russian: the card is the version in the site's language, whichever
    # is the original.
    project.write("content/site.yaml", "title: Сайт\nlanguage: ru\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: en\n")
    project.write("content/story-a-ru/story.yaml", RUSSIAN)
    project.write("content/story-a-ru/events/e1.yaml", EVENT)
    build(content="content", templates=TEMPLATES, out="site")
    home = (project.root / "site/index.html").read_text()
    assert home.count('<article class="story-card">') == 1 and "Story A" not in home
    assert '<h2 id="headline-story-a-ru"><a href="story-a-ru/index.html">История А</a></h2>' in home
    assert '<a href="story-a/index.html" hreflang="en" lang="en" dir="auto">English</a>' in home


def test_a_translation_of_an_unknown_story_is_an_error(project: Project) -> None:
    project.write(
        "content/story-a/story.yaml",
        (project.root / "content/story-a/story.yaml").read_text() + "translation_of: story-b\n",
    )
    assert project.problems() == [
        "content/story-a/story.yaml:7:17: unknown story 'story-b' in 'translation_of'"
    ]


def test_a_story_that_names_itself_as_the_one_it_translates_is_told_so(project: Project) -> None:
    project.write(
        "content/story-a/story.yaml",
        (project.root / "content/story-a/story.yaml").read_text() + "translation_of: story-a\n",
    )
    assert project.problems() == [
        "content/story-a/story.yaml:7:17: 'translation_of' names this very story; "
        "give the id of the story it translates"
    ]


def test_a_span_phrase_needs_an_end(project: Project) -> None:
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "date_phrase: weekend\n")
    assert project.problems() == [
        "content/story-a/events/e1.yaml:7:14: 'date_phrase: weekend' is about a span: give its last day as 'end'"
    ]


def test_an_events_page_links_to_the_same_event_in_the_storys_other_languages(project: Project) -> None:
    # A translation keeps the events' ids: each event's page names its other versions, and
    # an event only one version has names none.
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/\n")
    project.write("content/story-a-ru/story.yaml", RUSSIAN)
    project.write("content/story-a-ru/events/e1.yaml", EVENT)
    project.write("content/story-a-ru/events/only-ru.yaml", EVENT.replace("Первое", "Второе"))
    build(content="content", templates=TEMPLATES, out="site")
    russian = (project.root / "site/story-a-ru/events/e1/index.html").read_text()
    english = (project.root / "site/story-a/events/e1/index.html").read_text()
    for page in (russian, english):
        assert '<link rel="alternate" hreflang="en" href="https://example.org/story-a/events/e1/">' in page
        assert '<link rel="alternate" hreflang="ru" href="https://example.org/story-a-ru/events/e1/">' in page
    assert '<nav class="translations" aria-label="Это событие на других языках">' in russian
    assert (
        '<a href="../../../story-a/events/e1/index.html" hreflang="en" lang="en" dir="auto" '
        'title="First event">English</a>' in russian
    )
    assert '<span lang="ru" dir="auto" aria-current="page">Русский</span>' in russian
    assert 'title="Первое событие">Русский</a>' in english
    alone = (project.root / "site/story-a-ru/events/only-ru/index.html").read_text()
    assert 'class="translations"' not in alone and 'hreflang="en"' not in alone


def test_figure_and_place_pages_link_to_the_same_figure_and_place_in_the_storys_other_languages(
    project: Project,
) -> None:
    # As an event's page does: a translation keeps the ids of its figures and places too
    # (docs/editing.md), so a reader of one can switch language, and search engines learn
    # of each version; one only a version has names none.
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/\n")
    project.write("content/story-a-ru/story.yaml", RUSSIAN)
    project.write(
        "content/story-a-ru/events/e1.yaml",
        EVENT.replace("    quotes:", "    figures: [fig-a, only-ru]\n    locations: [loc-a]\n    quotes:"),
    )
    project.write("content/story-a-ru/figures/fig-a.yaml", "name: Фигура А\nrole: Участник\n")
    project.write("content/story-a-ru/figures/only-ru.yaml", "name: Другая\nrole: Участник\n")
    project.write("content/story-a-ru/locations/loc-a.yaml", "name: Место А\ncoordinates: [10, 20]\n")
    build(content="content", templates=TEMPLATES, out="site")
    for folder, item, english_name, russian_name, label in (
        ("figures", "fig-a", "Figure A", "Фигура А", "This page in other languages"),
        ("locations", "loc-a", "Place A", "Место А", "This page in other languages"),
    ):
        russian = (project.root / f"site/story-a-ru/{folder}/{item}/index.html").read_text()
        english = (project.root / f"site/story-a/{folder}/{item}/index.html").read_text()
        for page in (russian, english):
            assert (
                f'<link rel="alternate" hreflang="en" href="https://example.org/story-a/{folder}/{item}/">'
                in page
            )
            assert (
                f'<link rel="alternate" hreflang="ru" href="https://example.org/story-a-ru/{folder}/{item}/">'
                in page
            )
        assert f'<nav class="translations" aria-label="{label}">' in english
        assert (
            f'<a href="../../../story-a/{folder}/{item}/index.html" hreflang="en" lang="en" dir="auto" '
            f'title="{english_name}">English</a>' in russian
        )
        assert f'title="{russian_name}">Русский</a>' in english
        assert '<span lang="ru" dir="auto" aria-current="page">Русский</span>' in russian
    alone = (project.root / "site/story-a-ru/figures/only-ru/index.html").read_text()
    assert 'class="translations"' not in alone and 'hreflang="en"' not in alone


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("fr", "Citations"),
        ("de", "Im Wortlaut"),
        ("it", "Citazioni"),
        ("pt", "Citações"),
        ("uk", "Своїми словами"),
        ("ar", "اقتباسات"),
        ("fa", "از زبان خودشان"),
        ("tr", "Kendi sözleriyle"),
        ("ko", "주요 발언"),
        ("he", "ציטוטים"),
        ("id", "Kutipan"),
        ("pl", "Wypowiedzi"),
        ("el", "Δηλώσεις"),
        ("cs", "Výroky"),
        ("sk", "Vyjadrenia"),
        ("vi", "Phát biểu"),
        ("ca", "Declaracions"),
        ("sv", "Citat"),
        ("fi", "Lausunnot"),
        ("nb", "Sitater"),
        ("da", "Citater"),
        ("hr", "Njihovim riječima"),
        ("sl", "Izjave"),
        ("lv", "Citāti"),
        ("et", "Tsitaadid"),
        ("lt", "Citatos"),
        ("hy", "Մեջբերումներ"),
        ("ka", "ციტატები"),
        ("is", "Tilvitnanir"),
        ("th", "คำกล่าว"),
        ("hi", "उन्हीं के शब्दों में"),  # honorific plural: a person or a group
        ("ur", "ان کے اپنے الفاظ میں"),  # honorific plural: a person or a group
        ("ta", "கூற்றுகள்"),  # statements: a person's or a group's
        ("te", "వారి మాటల్లోనే"),  # honorific plural: a person or a group
        ("bn", "তাঁদের নিজেদের কথায়"),  # honorific plural: a person or a group
        ("ne", "उनीहरूकै शब्दमा"),  # theirs: a person's (honorific) or a group's
        ("mr", "त्यांच्याच शब्दांत"),  # honorific plural: a person or a group
        ("sw", "Kwa maneno yao wenyewe"),  # theirs: a person's or a group's
        ("ms", "Kenyataan"),
        ("fil", "Mga pahayag"),  # statements: a person's or a group's ("nila" is theirs only)
        ("hu", "Idézetek"),
        ("ro", "Declarații"),
        ("bg", "Изказвания"),
        ("zh-Hans", "言论"),
        ("zh-Hant", "發言摘錄"),  # excerpts of what was said: a minister's or a railway's
    ],
)
def test_a_figures_quotes_are_headed_for_one_person_as_for_a_group(
    project: Project, language: str, heading: str
) -> None:
    # "Dans leurs propres mots" ("in their own words", their plural) headed the quotes of
    # Emmanuel Macron alone on a held-out story's figure page; Italian, Portuguese,
    # Ukrainian and Arabic had the plural too ("Con le loro parole", "Nas palavras deles",
    # "Їхніми словами", "بكلماتهم"). A figure is a person or a group: the heading fits both.
    # Chinese had "本人原话" ("the person's own words"), which does not fit 国务院 or a
    # ministry; "言论" (what someone has said, publicly) is what a Chinese newsroom heads it.
    # German had "In eigenen Worten", which is what a paraphrase is said to be ("fassen Sie
    # es in eigenen Worten zusammen"): the opposite of a quote. "Im Wortlaut" is verbatim.
    project.write("content/site.yaml", "title: Test site\n")
    project.write(
        "content/histoire/story.yaml",
        f"title: Une histoire\nsummary: De quoi il s'agit.\npublished: 2020-01-03\nlanguage: {language}\n",
    )
    project.write(
        "content/histoire/events/e1.yaml",
        "title: Un discours\ndate: 2020-01-01\nsummary: Il parle.\nfigures: [macron]\n"
        "quotes:\n  - text: Nous le pouvons.\n    by: macron\n",
    )
    project.write("content/histoire/figures/macron.yaml", "name: Emmanuel Macron\nrole: Président\n")
    build(content="content", templates=TEMPLATES, out="site")
    figure = (project.root / "site/histoire/figures/macron/index.html").read_text()
    assert f'<h2 id="quotes-heading">{heading}</h2>' in figure


def test_the_german_search_calls_a_figure_an_akteur_as_the_story_page_does(project: Project) -> None:
    # German search results and the filter above them called every figure "Person":
    # "Landesregierung Rheinland-Pfalz – Person", "Kreisverwaltung Ahrweiler – Person",
    # where the story page lists the same as "Die wichtigsten Akteure". A figure is a
    # person or a group: "Akteur" fits both.
    project.write("content/site.yaml", "title: Erklärstücke\nlanguage: de\nsearch: true\n")
    project.write(
        "content/story-a/story.yaml", "title: Die Flut\nsummary: Eine Chronik.\npublished: 2021-07-20\n"
    )
    project.write(
        "content/story-a/events/e1.yaml",
        "title: Hilferuf\ndate: 2021-07-16\nsummary: Die Landesregierung bittet um Hilfe.\nfigures: [rlp]\n",
    )
    project.write(
        "content/story-a/figures/rlp.yaml", "name: Landesregierung Rheinland-Pfalz\nrole: Regierung\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    search = (project.root / "site/search/index.html").read_text()
    assert '<label for="search-figure">Akteur</label>' in search
    assert 'data-figure="Akteur"' in search
    assert "Die wichtigsten Akteure" in (project.root / "site/story-a/index.html").read_text()


def test_chinese_pages_put_no_space_between_a_number_and_the_words_it_counts(project: Project) -> None:
    # A held-out Chinese story (the 2008 Wenchuan earthquake) read "74 年后", "3 个事件"
    # and "发布于 2018年5月10日" beside its own "8.0级" and the dates CLDR writes
    # ("2008年5月12日"): Chinese sets no space between a number and its word.
    project.write("content/site.yaml", "title: 新闻解读\nlanguage: zh-Hans\n")
    project.write("content/dizhen/story.yaml", "title: 地震\nsummary: 发生了什么。\npublished: 2018-05-10\n")
    for date in ("1933-08-25", "2008-05-12", "2008-05-13", "2008-05-14"):
        project.write(
            f"content/dizhen/events/{date}.yaml",
            f"title: 事件{date}\ndate: {date}\nsummary: 发生了什么。\nlocations: [yingxiu]\n",
        )
    project.write("content/dizhen/locations/yingxiu.yaml", "name: 映秀镇\ncoordinates: [31.06, 103.49]\n")
    build(content="content", templates=TEMPLATES, out="site")
    story = (project.root / "site/dizhen/index.html").read_text()
    assert "74年后" in story and "4个事件" in story and "发布于<time" in story
    assert not re.search(r"\d [年个天周]|[于约共] \d", story)
    place = (project.root / "site/dizhen/locations/yingxiu/index.html").read_text()
    assert "北纬31.06°，东经103.49°" in place


def test_on_the_home_page_each_storys_languages_are_a_landmark_named_by_its_story(
    project: Project, browser: Any
) -> None:
    # Each card's list of languages is a landmark: with two stories translated, a screen
    # reader's list of landmarks gave "This story in other languages" twice, one like the
    # other. Each now says its story's headline too.
    project.write("content/story-a-ru/story.yaml", RUSSIAN)
    project.write("content/story-a-ru/events/e1.yaml", EVENT)
    for rel, text in MINIMAL.items():
        if rel.startswith("content/story-a/"):
            project.write(rel.replace("story-a", "story-b"), text.replace("Story A", "Story B"))
    project.write("content/story-b-ru/story.yaml", RUSSIAN.replace("story-a", "story-b"))
    project.write("content/story-b-ru/events/e1.yaml", EVENT)
    build(content="content", templates=TEMPLATES, out="site")
    with serve(project.root / "site") as url:
        page = browser.new_page()
        page.goto(url + "index.html")
        session = page.context.new_cdp_session(page)
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
        page.close()
    names = sorted(n["name"]["value"] for n in nodes if n["role"]["value"] == "navigation")
    assert names == ["This story in other languages Story A", "This story in other languages Story B"]


def test_a_korean_storys_updates_are_headed_apart_from_the_word_for_one_update(project: Project) -> None:
    # A held-out Korean story's embed read "업데이트 2017년 4월 20일 · 업데이트", its story
    # page a heading "업데이트" over an entry marked "업데이트": the stamp of a date, the
    # list and each entry said alike. Korean news sites head the list "업데이트 내역".
    project.write("content/site.yaml", "title: 뉴스 해설\nlanguage: ko\n")
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story + "updated: 2020-01-05\nupdates:\n  - date: 2020-01-05\n    text: 내용을 보탰다.\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/index.html").read_text()
    embed = (project.root / "site/story-a/embed/index.html").read_text()
    assert '<h2 id="updates-heading">업데이트 내역</h2>' in page
    assert re.search(
        '업데이트 <time datetime="2020-01-05">2020년 1월\u00a05일</time> · <a href="[^"]*#updates">업데이트 내역</a>',
        embed,
    )


@pytest.mark.parametrize(
    ("language", "person", "place"),
    [
        ("uk", "Інші імена: ", "Інші назви: "),
        ("ru", "Другие имена: ", "Другие названия: "),
        ("en", "Also called ", "Also called "),
    ],
)
def test_a_places_other_names_are_called_names_of_a_place(
    project: Project, language: str, person: str, place: str
) -> None:
    # A held-out Ukrainian story's page for Kherson read "Інші імена: Kherson" ("other
    # names", as a person's): Ukrainian and Russian call a city's names 'назви', 'названия'.
    project.write("content/site.yaml", f"title: Test site\nlanguage: {language}\n")
    project.write(
        "content/story/story.yaml", "title: Історія\nsummary: Про що вона.\npublished: 2023-06-06\n"
    )
    project.write(
        "content/story/events/e1.yaml",
        "title: Подія\ndate: 2023-06-06\nsummary: Щось сталося.\nfigures: [prokudin]\nlocations: [kherson]\n",
    )
    project.write(
        "content/story/figures/prokudin.yaml",
        "name: Олександр Прокудін\nrole: Голова ОВА\naliases: [Прокудін]\n",
    )
    project.write("content/story/locations/kherson.yaml", "name: Херсон\naliases: [Kherson]\n")
    build(content="content", templates=TEMPLATES, out="site")
    figure = (project.root / "site/story/figures/prokudin/index.html").read_text()
    location = (project.root / "site/story/locations/kherson/index.html").read_text()
    assert f'<p class="aliases">{person}<bdi>Прокудін</bdi></p>' in figure
    assert f'<p class="aliases">{place}<bdi>Kherson</bdi></p>' in location


def test_the_portuguese_catalog_writes_as_brazilian_readers_read() -> None:
    # The catalog serves pt-BR (and pt, which CLDR makes Brazil's), and is Brazilian
    # elsewhere ('Compartilhar', 'Pular', 'aba'); a few of its words were Portugal's: the
    # search said 'A mostrar resultados' (Brazil says 'Mostrando'), an event's next link
    # 'Seguinte' beside 'Anterior' (Brazil's pair is 'Anterior' and 'Próximo'), and a
    # feed entry quoted a headline in «», where Brazilian news quotes in “”.
    pt = translations("pt")
    assert pt.gettext("Showing results for {words}.") == "Mostrando resultados para {words}."
    assert pt.gettext("Later") == "Próximo"
    assert pt.gettext("Correction to “%(title)s”: %(text)s") == "Correção de “%(title)s”: %(text)s"
    assert pt.gettext("Update to “%(title)s”: %(text)s") == "Atualização de “%(title)s”: %(text)s"


@pytest.mark.parametrize(
    ("language", "key_figure"),
    [
        ("en", "Key figure"),
        ("fr", "Acteur clé"),
        ("es", "Protagonista"),
        ("ru", "Участник"),
        ("uk", "Учасник"),
    ],
)
def test_search_names_a_figure_as_the_story_pages_key_figures_do(language: str, key_figure: str) -> None:
    # The search page's filter and results called every figure "Person" (in French
    # "Personne", in Spanish "Persona"), a regional government and a mining company too,
    # where the story page lists them as its key figures: a person or a group.
    words = translations(language)
    assert words.gettext("Key figure") == key_figure


def test_the_portuguese_search_calls_a_figure_a_protagonista_as_the_story_page_does() -> None:
    # Search results and their filter called every figure "Pessoa": "Vale – Pessoa" (a
    # mining company), "Corpo de Bombeiros de Minas Gerais – Pessoa", where the story
    # page lists the same under "Protagonistas". A figure is a person or a group, as
    # German's "Akteur" says.
    pt = translations("pt")
    assert pt.gettext("Key figure") == "Protagonista"
    assert pt.gettext("Key figures") == "Protagonistas"


@pytest.mark.parametrize(
    "singular", ["%(count)s day later", "%(count)s month later", "About %(count)s year later"]
)
def test_a_bulgarian_gap_label_keeps_its_later_whole(singular: str) -> None:
    # Bulgarian writes 'later' with a hyphen, 'по-късно': a gap label in the timeline's
    # narrow date column broke as '11 месеца по-' over 'късно'. Its hyphen is a no-break one.
    plural = singular.replace(" later", "s later")
    catalog = translations("bg")
    for count in (1, 2, 5, 11, 21):
        label = catalog.ngettext(singular, plural, count) % {"count": count}
        assert "по\u2011късно" in label and "-" not in label


def test_versions_in_one_language_of_two_countries_are_named_with_their_countries(project: Project) -> None:
    """A story in 'pt-PT' and in 'pt-BR' listed 'Português' twice, and a site in 'en-US'
    showed its story's 'en' version as a version in another language: on the home page,
    the first listed version's card, not the one its readers read. CLDR reads 'en' as
    'en-US', and names the countries where two versions share a language's name."""
    project.write("content/site.yaml", "title: Test site\nlanguage: en-US\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: en\n")
    for sid, tag, title in (("a-br", "pt-BR", "História (Brasil)"), ("a-pt", "pt-PT", "História (Portugal)")):
        text = RUSSIAN.replace("language: ru\n", f"language: {tag}\n", 1).replace("История А", title)
        project.write(f"content/{sid}/story.yaml", text)
        project.write(f"content/{sid}/events/e1.yaml", EVENT)
    build(content="content", templates=TEMPLATES, out="site")
    english = (project.root / "site/story-a/index.html").read_text()
    assert '<span lang="en" dir="auto" aria-current="page">English</span>' in english
    assert (
        '<a href="../a-br/index.html" hreflang="pt-BR" lang="pt-BR" dir="auto">Português (Brasil)</a>'
        in english
    )
    assert (
        '<a href="../a-pt/index.html" hreflang="pt-PT" lang="pt-PT" dir="auto">Português (Portugal)</a>'
        in english
    )
    home = (project.root / "site/index.html").read_text()
    assert home.count('<article class="story-card">') == 1
    assert '<a href="story-a/index.html" hreflang="en">Story A</a>' in home
