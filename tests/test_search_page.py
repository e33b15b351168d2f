"""Search in a real browser (Debian's Chromium through Playwright), on sites served under a
sub-path as GitHub Pages serves a project (``/repo/``): a figure found across two stories
in two languages, each with its own stemming; filters narrowing, their choices counted
and the empty ones disabled; the keyboard alone; axe-core; no request to any other host;
and the story page's first load unchanged."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest

from generator.commands.build import build
from generator.markdown.markup import option_text
from tests.conftest import NEEDS_PAGEFIND, REPO, TEMPLATES, story_folder
from tests.crawl import serve
from tests.images import photo
from tests.render.test_reader import axe_path
from tests.w3c import w3c_errors

pytestmark = NEEDS_PAGEFIND

STORY_EN = "uprising"
STORY_RU = "vybory"
FILES = {
    "site.yaml": "title: Two stories\nlanguage: en\n",
    f"{STORY_EN}/story.yaml": "title: The April uprising\nsummary: What happened in April.\npublished: 2010-04-20\n",
    f"{STORY_EN}/figures/roza.yaml": "name: Roza Otunbayeva\nrole: Leader of the interim government\n",
    f"{STORY_EN}/figures/kurmanbek.yaml": "name: Kurmanbek Bakiyev\nrole: The ousted president\n",
    f"{STORY_EN}/locations/bishkek.yaml": "name: Bishkek\ncoordinates: [42.87, 74.59]\n",
    f"{STORY_EN}/locations/osh.yaml": "name: Osh\ncoordinates: [40.51, 72.8]\n",
    f"{STORY_EN}/events/2010-04-07-storm.yaml": (
        "title: Protesters storm the government building\ndate: 2010-04-07\n"
        "summary: Crowds take the capital; Otunbayeva says elections will follow.\n"
        "figures: [roza, kurmanbek]\nlocations: [bishkek]\ntags: [protest]\n"
    ),
    f"{STORY_EN}/events/2010-04-08-government.yaml": (
        "title: Interim government formed\ndate: 2010-04-08\n"
        "summary: Otunbayeva heads a government of opposition leaders.\n"
        "figures: [roza]\nlocations: [bishkek]\ntags: [government]\n"
    ),
    f"{STORY_EN}/events/2010-04-13-south.yaml": (
        "title: Rally in the south\ndate: 2010-04-13\n"
        "summary: Bakiyev speaks to supporters in Osh under a banner reading `<img src=x onerror=alert(1)>`.\n"
        "figures: [kurmanbek]\nlocations: [osh]\ntags: [protest]\n"
    ),
    f"{STORY_RU}/story.yaml": (
        "title: Выборы в Киргизии\nsummary: Как прошли выборы.\npublished: 2011-11-01\nlanguage: ru\n"
    ),
    f"{STORY_RU}/figures/otunbaeva.yaml": "name: Roza Otunbayeva\nrole: Временный президент\n",
    f"{STORY_RU}/locations/bishkek.yaml": "name: Бишкек\ncoordinates: [42.87, 74.59]\n",
    f"{STORY_RU}/events/2011-10-30-vybory.yaml": (
        "title: Отунбаева проводит выборы президента\ndate: 2011-10-30\n"
        "summary: Страна голосует; Отунбаева передаёт власть.\n"
        "figures: [otunbaeva]\nlocations: [bishkek]\ntags: [выборы]\n"
    ),
}


def write_project(root: Path) -> Path:
    """Two stories, one in English and one in Russian (``language: ru``): Pagefind
    indexes (and stems) each page in the language of its <html lang>."""
    content = root / "content"
    for rel, text in FILES.items():
        (content / rel).parent.mkdir(parents=True, exist_ok=True)
        (content / rel).write_text(text, encoding="utf-8")
    return content


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("search")
    content = write_project(root)
    build(content=str(content), templates=TEMPLATES, out=str(root / "www" / "repo"))
    with serve(root / "www") as url:
        yield url + "repo/"


def results(page: Any, status: str = "Results") -> list[str]:
    """The titles of the results shown, once the status says how many there are (starts
    with ``status``, in the page's language; a page not yet replaced by the search page has
    no status: asked again, not an error)."""
    page.wait_for_function(f"document.getElementById('search-status')?.textContent.startsWith('{status}')")
    return [
        str(t) for t in page.eval_on_selector_all(".search-results h2 a", "as => as.map(a => a.textContent)")
    ]


CHOICES = "s => [...s.options].map(o => [o.textContent, o.disabled])"
"""Each choice of a filter (``#search-place``...): its label, and whether it is disabled."""


def choices(page: Any, name: str) -> list[list[Any]]:
    return [list(choice) for choice in page.eval_on_selector(f"#search-{name}", CHOICES)]


PLACES_WITH_PROTEST = [["Any", False], ["Bishkek (1)", False], ["Osh (1)", False], ["Бишкек (0)", True]]
"""The place list's choices for 'Bakiyev' with the tag 'protest' and the place Osh chosen."""
TAGS_WITH_OSH = [["Any", False], ["government (0)", True], ["protest (1)", False], ["выборы (0)", True]]
"""The tag list's choices for the same search."""


def typed(page: Any, site_url: str, query: str) -> None:
    """The search page of the site at ``site_url``, ``query`` typed in and sent."""
    page.goto(site_url + "search/index.html")
    page.fill("#search-q", query)
    page.press("#search-q", "Enter")


def search_for(page: Any, site_url: str, query: str, status: str = "Results") -> list[str]:
    typed(page, site_url, query)
    return results(page, status)


def test_a_figures_name_finds_their_events_across_two_stories_and_languages(
    browser: Any, site_url: str
) -> None:
    page = browser.new_page()
    found = search_for(page, site_url, "Otunbayeva")
    assert "Protesters storm the government building" in found
    assert "Interim government formed" in found
    assert "Отунбаева проводит выборы президента" in found  # the Russian story: its figure is named so
    assert found.count("Roza Otunbayeva") == 2  # the figure's page in each story
    languages = page.eval_on_selector_all(
        ".search-results li",
        "items => items.map(li => [li.querySelector('h2 a').textContent,"
        " li.querySelector('h2').getAttribute('lang'), li.querySelector('p:last-child').getAttribute('lang')])",
    )
    russian = "Отунбаева проводит выборы президента"
    assert [russian, "ru", "ru"] in languages  # a result in Russian on the English search page says so
    assert ["Protesters storm the government building", None, None] in languages
    links = page.eval_on_selector_all(".search-results h2 a", "as => as.map(a => a.getAttribute('href'))")
    assert all(urlsplit(link).path.startswith("/repo/") for link in links), links  # right under the sub-path
    page.click("text=Отунбаева проводит выборы президента")
    page.wait_for_url("**/repo/vybory/events/2011-10-30-vybory/index.html")
    page.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("election", "Protesters storm the government building"),  # "elections", stemmed in English
        ("выборах", "Отунбаева проводит выборы президента"),  # "выборы", stemmed in Russian
        ("Бишкеке", "Бишкек"),  # a place, in another case
    ],
)
def test_words_are_found_by_their_stem_in_each_language(
    browser: Any, site_url: str, query: str, title: str
) -> None:
    page = browser.new_page()
    assert title in search_for(page, site_url, query)
    page.close()


CHINESE = {
    "site.yaml": "title: Explainers\n",
    "bridge/story.yaml": "title: 港珠澳大桥\nsummary: 大桥的建设。\npublished: 2018-10-24\nlanguage: zh-Hans\n",
    "bridge/events/2018-09-16-typhoon.yaml": (
        "title: 台风山竹过境香港\ndate: 2018-09-16\nsummary: 大桥经受考验，没有受损。\n"
    ),
    "bridge/events/2018-10-23-opening.yaml": (
        "title: 港珠澳大桥开通仪式举行\ndate: 2018-10-23\nsummary: 大桥在伶仃洋上正式开通。\n"
    ),
}


@contextlib.contextmanager
def served_site(root: Path, files: dict[str, str]) -> Iterator[tuple[str, Path]]:
    """``files`` (content paths and texts) written into ``root``, built, and served under
    /repo/: the site's address and its folder."""
    for rel, text in files.items():
        (root / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "content" / rel).write_text(text, encoding="utf-8")
    build(content=str(root / "content"), templates=TEMPLATES, out=str(root / "www" / "repo"))
    with serve(root / "www") as url:
        yield url + "repo/", root / "www" / "repo"


@pytest.fixture(scope="module")
def chinese_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-zh"), CHINESE) as (url, _):
        yield url


PERSIAN = {
    "site.yaml": "title: گزارش\u200cها\nlanguage: fa\n",
    "bam/story.yaml": "title: زلزله بم\nsummary: شهر ویران شد.\npublished: 2004-01-10\n",
    "bam/events/2003-12-26-quake.yaml": (
        "title: زمین\u200cلرزه بم را ویران می\u200cکند\ndate: 2003-12-26\nsummary: خانه\u200cهای خشتی فرو می\u200cریزند.\n"
    ),
    "bam/events/2003-12-28-toll.yaml": (
        "title: استاندار کرمان آمار را اعلام می\u200cکند\ndate: 2003-12-28\nsummary: شمار کشته\u200cها در ایران بالا می\u200cرود.\n"
    ),  # Pasted from an Arabic keyboard: Arabic's Kaf and Yeh
    "bam/events/2003-12-30-aid.yaml": (
        "title: كمك\u200cها به بم مي\u200cرسد\ndate: 2003-12-30\nsummary: هواپيماها در فرودگاه فرود آمدند.\n"
    ),
}


@pytest.fixture(scope="module")
def persian_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-fa"), PERSIAN) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("کرمان", "استاندار کرمان آمار را اعلام می\u200cکند"),
        ("كرمان", "استاندار کرمان آمار را اعلام می\u200cکند"),  # Arabic Kaf, as an Arabic keyboard types it
        ("ايران", "استاندار کرمان آمار را اعلام می\u200cکند"),  # Arabic Yeh
        ("ویران", "زمین\u200cلرزه بم را ویران می\u200cکند"),
        ("ويران", "زمین\u200cلرزه بم را ویران می\u200cکند"),
        ("هواپیماها", "كمك\u200cها به بم مي\u200cرسد"),  # a page that wrote 'هواپيماها'
        ("هواپيماها", "كمك\u200cها به بم مي\u200cرسد"),
        ("خانہ", "زمین\u200cلرزه بم را ویران می\u200cکند"),  # Urdu's heh goal, as an Urdu keyboard types it
    ],
)
def test_a_persian_word_is_found_whichever_yeh_and_kaf_the_reader_types(
    browser: Any, persian_site_url: str, query: str, title: str
) -> None:
    # A held-out Persian story's search found "کرمان" but nothing for "كرمان", the same
    # word typed with Arabic's Kaf (and "ايران" with Arabic's Yeh), as many readers'
    # keyboards write them.
    page = browser.new_page()
    found = search_for(page, persian_site_url, query, status="نتیجه")
    assert title in found
    page.close()


KYRGYZ = {
    "site.yaml": "title: Түшүндүрмөлөр\nlanguage: ky\n",
    "shailoo/story.yaml": "title: Шайлоо\nsummary: Шайлоо өттү.\npublished: 2021-01-11\n",
    "shailoo/events/2020-10-04-vote.yaml": (
        "title: Жогорку Кеңешке шайлоо өттү\ndate: 2020-10-04\nsummary: Партиялар добуш алышты.\n"
    ),
    "shailoo/events/2020-10-06-house.yaml": (
        "title: Демонстранттар Ак үйдү ээлешти\ndate: 2020-10-06\nsummary: Түрмөдөн бошотушту.\n"
    ),
    "shailoo/events/2020-10-09-emergency.yaml": (
        "title: Өзгөчө абал киргизилди\ndate: 2020-10-09\nsummary: Борбор калаада.\n"
    ),
}


@pytest.fixture(scope="module")
def kyrgyz_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ky"), KYRGYZ) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Кеңеш", "Жогорку Кеңешке шайлоо өттү"),
        ("Кенешке", "Жогорку Кеңешке шайлоо өттү"),  # typed on a Russian keyboard, which has no ң
        ("озгочо", "Өзгөчө абал киргизилди"),  # nor ө
        ("турмодон", "Демонстранттар Ак үйдү ээлешти"),  # nor ү
        ("үйдү", "Демонстранттар Ак үйдү ээлешти"),
    ],
)
def test_a_kyrgyz_word_is_found_typed_with_or_without_kyrgyz_letters(
    browser: Any, kyrgyz_site_url: str, query: str, title: str
) -> None:
    # A held-out Kyrgyz story's search found 'Кеңеш' but nothing for 'Кенеш', the word as
    # a reader with a Russian keyboard types it (no ң, ө or ү): nor 'озгочо', 'турмодон'.
    page = browser.new_page()
    found = search_for(page, kyrgyz_site_url, query, status="Натыйжа")
    assert title in found
    page.close()


def test_a_persian_search_pages_years_and_counts_are_in_the_digits_of_its_dates(
    browser: Any, persian_site_url: str
) -> None:
    # The Year filter of a Persian search page read "2003 (2)" while the results' dates
    # read '۲۶ دسامبر ۲۰۰۳' and the status 'نتیجه‌ها: ۲'.
    page = browser.new_page()
    typed(page, persian_site_url, "بم")
    page.wait_for_function("document.getElementById('search-status')?.textContent.startsWith('نتیجه')")
    page.wait_for_function("document.getElementById('search-year').options.length > 1")
    years = page.eval_on_selector("#search-year", "s => [...s.options].slice(1).map(o => o.textContent)")
    assert years == ["۲۰۰۳ (۲)"]
    assert page.inner_text("#search-status") == "نتیجه\u200cها: ۲"
    page.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("山竹", "台风山竹过境香港"),  # a word in the middle of a headline, written without spaces
        ("大桥开通", "港珠澳大桥开通仪式举行"),
        ("伶仃洋", "港珠澳大桥开通仪式举行"),  # in the summary
    ],
)
def test_chinese_words_are_found_inside_text_written_without_spaces(
    browser: Any, chinese_site_url: str, query: str, title: str
) -> None:
    """Pagefind's extended binary splits Chinese into words; with the plain one, two of
    these three searches found nothing."""
    page = browser.new_page()
    assert title in search_for(page, chinese_site_url, query)
    page.close()


TRADITIONAL_CHINESE = {
    "site.yaml": "title: 新聞專題\nlanguage: zh-Hant\n",
    "taroko/story.yaml": "title: 太魯閣號出軌事故\nsummary: 事故與改革。\npublished: 2024-01-02\n",
    "taroko/events/2024-01-01-corporation.yaml": (
        "title: 臺鐵改制為國營公司\ndate: 2024-01-01\nsummary: 臺灣鐵路管理局改制為公司。\n"
    ),
}


@pytest.mark.parametrize("query", ["臺鐵", "台鐵", "台灣鐵路"])
def test_a_traditional_chinese_word_is_found_typed_with_either_form_of_tai(
    browser: Any, tmp_path: Path, query: str
) -> None:
    # Taiwan's official names write 臺 (臺鐵, 臺灣) and its readers mostly type 台: a
    # held-out Taiwanese story's search found nothing for '台鐵' beside 臺鐵's own page.
    with served_site(tmp_path, TRADITIONAL_CHINESE) as (url, _):
        page = browser.new_page()
        assert "臺鐵改制為國營公司" in search_for(page, url, query, status="搜尋結果")
        page.close()


JAPANESE = {
    "site.yaml": "title: Explainers\n",
    "quake/story.yaml": "title: 東日本大震災\nsummary: 地震と津波の記録。\npublished: 2011-03-18\nlanguage: ja\n",
    "quake/events/2011-03-11-tsunami.yaml": (
        "title: 巨大津波が沿岸を襲う\ndate: 2011-03-11\nsummary: 午後3時過ぎから津波が沿岸に到達した。\n"
    ),
}


def test_a_japanese_two_character_word_is_found_and_its_excerpt_reads_as_japanese(
    browser: Any, tmp_path: Path
) -> None:
    """Pagefind splits Japanese into words, so '津波' (two characters, inside a headline
    written without spaces) is found; it ends each block of a page's text that has no full
    stop with '. ', which read '襲う. 午後3時' in a Japanese excerpt: a Japanese or
    Chinese block ends with '。', with no space."""
    with served_site(tmp_path, JAPANESE) as (url, _):
        page = browser.new_page()
        assert "巨大津波が沿岸を襲う" in search_for(page, url, "津波")
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "襲う。午後3時過ぎ" in excerpt and ". " not in excerpt
        page.close()


def test_a_japanese_excerpt_ends_a_dates_time_with_its_full_stop(browser: Any, tmp_path: Path) -> None:
    """Pagefind ends the block of an event's date with '. ', which after a time read
    '2014年12月3日 13:22. H-IIAロケット' in a held-out Japanese story's results, where the
    same date without a time read '2015年12月3日。地球': a Japanese date ends with '。'
    whatever its last character. An English sentence's number keeps its '. '."""
    files = dict(JAPANESE)
    files["quake/events/2011-03-11-tsunami.yaml"] = (
        "title: H-IIAロケットで打ち上げ\ndate: 2011-03-11T14:46\nsummary: 津波が沿岸に到達した。\n"
    )
    files["quake/events/2011-03-12-english.yaml"] = (
        "title: 津波の報道\ndate: 2011-03-12\nsummary: '津波: the wave reached gate 2. Then it fell.'\n"
    )
    with served_site(tmp_path, files) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "到達") == ["H-IIAロケットで打ち上げ"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "14:46。H-IIAロケット" in excerpt and ". " not in excerpt, excerpt
        assert search_for(page, url, "reached") == ["津波の報道"]
        assert "gate 2. Then" in page.inner_text(".search-results li p:last-child")
        page.close()


JAPANESE_NAMES = {
    "site.yaml": "title: Explainers\n",
    "quake/story.yaml": "title: 東日本大震災\nsummary: 地震と津波の記録。\npublished: 2011-03-18\nlanguage: ja\n",
    "quake/figures/tanaka.yaml": "name: 田中健一\nrole: 町長\n",
    "quake/events/2011-03-11-tsunami.yaml": (
        "title: 巨大津波が沿岸を襲う\ndate: 2011-03-11\nsummary: 田中健一町長は住民に避難を呼びかけた。\n"
        "figures: [tanaka]\n"
    ),
}


def test_a_japanese_figures_full_name_finds_their_own_page(browser: Any, tmp_path: Path) -> None:
    """Pagefind cuts the name alone, on the figure's page, as '田中|健|一', and in the
    event's sentence as '田中|健一', as the browser cuts the query: '田中健一' found the
    event and not the figure. The pages give the index the name's endings too."""
    with served_site(tmp_path, JAPANESE_NAMES) as (url, _):
        page = browser.new_page()
        assert sorted(search_for(page, url, "田中健一")) == ["巨大津波が沿岸を襲う", "田中健一"]
        assert sorted(search_for(page, url, "健一")) == ["巨大津波が沿岸を襲う", "田中健一"]
        page.close()


JAPANESE_HIRAGANA_NAME = {
    "site.yaml": "title: ニュース解説\nlanguage: ja\n",
    "probe/story.yaml": "title: 小惑星探査の記録\nsummary: 探査の歩み。\npublished: 2020-12-15\n",
    "probe/events/2014-12-03-launch.yaml": (
        "title: ロケットで打ち上げ\ndate: 2014-12-03\n"
        "summary: はやぶさ2は種子島宇宙センターから打ち上げられた。\n"
    ),
    "probe/events/2018-06-27-arrival.yaml": (
        "title: 小惑星に到着\ndate: 2018-06-27\nsummary: はやぶさ2はリュウグウから約20キロの地点に到着した。\n"
    ),
    "probe/events/2020-12-05-capsule.yaml": (
        "title: カプセルを分離\ndate: 2020-12-05\nsummary: 地球に近づいたはやぶさ2から、カプセルが分離された。\n"
    ),
    "probe/events/2020-12-14-sample.yaml": (
        "title: 試料を確認\ndate: 2020-12-14\nsummary: カプセルの中に黒い砂粒が入っていた。\n"
    ),
}


def test_a_japanese_name_written_in_hiragana_finds_every_page_that_writes_it(
    browser: Any, tmp_path: Path
) -> None:
    """A held-out Japanese story's search for its probe, 'はやぶさ2', found 2 of the 6 pages
    that name it: the browser cuts a word of hiragana its dictionary does not know into
    its characters ('は|や|ぶ|さ'), where Pagefind's dictionary keeps 'はやぶさ' whole, and
    Pagefind finds a page only where each piece of the query begins a word of it. Pages
    give the index their hiragana in katakana too, and the search asks for a run of
    hiragana the browser cuts in katakana ('ハヤブサ2'), which it keeps whole."""
    with served_site(tmp_path, JAPANESE_HIRAGANA_NAME) as (url, _):
        page = browser.new_page()
        found = ["カプセルを分離", "ロケットで打ち上げ", "小惑星に到着"]
        assert sorted(search_for(page, url, "はやぶさ2", status="検索結果")) == found
        assert sorted(search_for(page, url, "はやぶさ", status="検索結果")) == found
        # A word the browser keeps whole is searched as before.
        assert search_for(page, url, "砂粒", status="検索結果") == ["試料を確認"]
        page.close()


KOREAN = {
    "site.yaml": "title: 뉴스 해설\nlanguage: ko\n",
    "ferry/story.yaml": "title: 세월호 침몰\nsummary: 사고의 기록.\npublished: 2017-04-12\n",
    "ferry/events/2014-04-16-turn.yaml": (
        "title: 병풍도 앞바다에서 배가 기울어\ndate: 2014-04-16\nsummary: 세월호가 맹골수도에서 방향을 바꿨다.\n"
    ),
    "ferry/events/2014-04-19-arrest.yaml": (
        "title: 선장 구속\ndate: 2014-04-19\nsummary: 법원이 영장을 발부했다.\n"
    ),
}


@pytest.fixture(scope="module")
def korean_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ko"), KOREAN) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("세월호", "병풍도 앞바다에서 배가 기울어"),  # written with its particle: '세월호가'
        ("맹골수도", "병풍도 앞바다에서 배가 기울어"),  # '맹골수도에서'
        ("앞바다", "병풍도 앞바다에서 배가 기울어"),
        ("선장", "선장 구속"),
    ],
)
def test_a_korean_word_is_found_with_the_particle_written_after_it(
    browser: Any, korean_site_url: str, query: str, title: str
) -> None:
    """Korean writes its words apart, each with its particle on it ('세월호가',
    '맹골수도에서'): a reader searching for the word finds the page."""
    page = browser.new_page()
    found = search_for(page, korean_site_url, query, status="검색 결과")
    assert found == [title]
    page.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("세월호는", "병풍도 앞바다에서 배가 기울어"),  # the page writes '세월호가'
        ("맹골수도로", "병풍도 앞바다에서 배가 기울어"),  # '맹골수도에서'
        ("법원에서", "선장 구속"),  # '법원이'
        ("영장을", "선장 구속"),  # as the page writes it
    ],
)
def test_a_korean_word_searched_with_another_particle_than_the_pages_is_found(
    browser: Any, korean_site_url: str, query: str, title: str
) -> None:
    """A reader's word carries its own particle ('세월호는', 'the Sewol' as a topic): no
    page writes it so, and Pagefind, which finds a word by its start, found nothing. A
    Korean word that no page writes as searched is asked without its particle."""
    page = browser.new_page()
    found = search_for(page, korean_site_url, query, status="검색 결과")
    assert found == [title], page.inner_text("#search-status")  # found ('검색 결과 1건'), or none
    page.close()


ENGLISH_WITH_JAPANESE = {
    "site.yaml": "title: Explainers\n",
    "quake/story.yaml": "title: The quake\nsummary: A record.\npublished: 2011-03-18\n",
    "quake/events/2011-03-11-talks.yaml": (
        "title: Ministers meet in 東京\ndate: 2011-03-11\nsummary: Officials gathered that evening.\n"
    ),
}


def test_an_english_excerpt_keeps_its_full_stop_after_a_japanese_name(browser: Any, tmp_path: Path) -> None:
    """Only a Chinese or Japanese page's excerpt takes '。' where Pagefind ends a block
    with '. ': an English headline ending with a Japanese name read 'Ministers meet in
    東京。Officials', a Japanese full stop and no space in an English sentence."""
    with served_site(tmp_path, ENGLISH_WITH_JAPANESE) as (url, _):
        page = browser.new_page()
        assert "Ministers meet in 東京" in search_for(page, url, "officials")
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "東京. Officials" in excerpt and "\u3002" not in excerpt
        page.close()


HINDI = {
    "site.yaml": "title: ख़बरें\nlanguage: hi\n",
    "train/story.yaml": "title: रेल हादसा\nsummary: पूरी ख़बर।\npublished: 2023-06-05\n",
    "train/events/2023-06-02-crash.yaml": (
        "title: कोरोमंडल एक्सप्रेस मालगाड़ी से टकराई\ndate: 2023-06-02\n"
        "summary: शालीमार से चेन्नई जा रही ट्रेन लूप लाइन में चली गई। डॉ. सिंह ने कहा।\n"
    ),
}


def test_a_hindi_excerpt_ends_its_blocks_with_the_danda(browser: Any, tmp_path: Path) -> None:
    """Pagefind ends a block without a full stop of its own (a headline, a date) with '. ':
    a Hindi excerpt read '2 जून 2023. कोरोमंडल एक्सप्रेस मालगाड़ी से टकराई. शालीमार',
    Latin full stops between Hindi sentences, which end with '।'."""
    with served_site(tmp_path, HINDI) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "शालीमार", status="नतीजे") == ["कोरोमंडल एक्सप्रेस मालगाड़ी से टकराई"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "टकराई। शालीमार" in excerpt and "टकराई. " not in excerpt
        assert "डॉ. सिंह" in excerpt  # an abbreviation's dot, as Hindi writes it
        page.close()


HINDI_SHORT_WORDS = {
    "site.yaml": "title: ख़बरें\nlanguage: hi\n",
    "tunnel/story.yaml": "title: सुरंग बचाव\nsummary: पूरी ख़बर।\npublished: 2023-11-29\n",
    "tunnel/events/2023-11-20-advice.yaml": (
        "title: विशेषज्ञ ने सलाह दी\ndate: 2023-11-20T10:15\n"
        "summary: एस. जयशंकर और एम.एस. राव ने बैठक की। डॉ. सिंह भी आए।\n"
    ),
    "tunnel/events/2023-11-21-camera.yaml": (
        "title: कैमरा अंदर भेजा गया\ndate: 2023-11-21\nsummary: पहली तस्वीरें मिलीं।\n"
    ),
}


def test_a_hindi_excerpt_ends_a_headline_of_a_short_verb_and_a_date_before_a_word_found_with_the_danda(
    browser: Any, tmp_path: Path
) -> None:
    """Hindi's sentences and headlines end as often as not with a verb of one or two
    letters ('दी', 'है', 'बजे'), which were taken for abbreviations: an excerpt read 'सलाह
    दी. एस. जयशंकर' and, where the word found came after a date, '2023. <mark>...'. The
    initials and abbreviations Hindi writes with a dot keep theirs."""
    with served_site(tmp_path, HINDI_SHORT_WORDS) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "विशेषज्ञ", status="नतीजे") == ["विशेषज्ञ ने सलाह दी"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "बजे। विशेषज्ञ" in excerpt, excerpt  # the date's time, before the word found
        assert "सलाह दी। एस. जयशंकर" in excerpt, excerpt
        assert "एम.एस. राव" in excerpt and "डॉ. सिंह" in excerpt, excerpt
        assert search_for(page, url, "कैमरा", status="नतीजे") == ["कैमरा अंदर भेजा गया"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "2023। कैमरा" in excerpt, excerpt  # the date, before the word found
        # Pagefind marks the word found at a block's end with the dot after it
        # ("<mark>गया.</mark> पहली"): that dot ends its piece.
        assert search_for(page, url, "गया", status="नतीजे") == ["कैमरा अंदर भेजा गया"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "भेजा गया। पहली" in excerpt, excerpt
        page.close()


URDU = {
    "site.yaml": "title: خبریں\nlanguage: ur\n",
    "crash/story.yaml": "title: طیارہ حادثہ\nsummary: پوری خبر۔\npublished: 2020-05-23\n",
    "crash/events/2020-05-22-crash.yaml": (
        "title: طیارہ ماڈل کالونی میں گر کر تباہ ہو گیا\ndate: 2020-05-22\n"
        "summary: پرواز لاہور سے کراچی آ رہی تھی۔ دو مسافر زندہ بچ گئے۔\n"
    ),
}


def test_an_urdu_excerpt_ends_its_blocks_with_urdus_full_stop(browser: Any, tmp_path: Path) -> None:
    """Pagefind ends a block without a full stop of its own (a headline) with '. ': an Urdu
    excerpt read 'تباہ ہو گیا. پرواز', a Latin full stop between Urdu sentences, which end
    with '۔'."""
    with served_site(tmp_path, URDU) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "پرواز", status="نتائج") == ["طیارہ ماڈل کالونی میں گر کر تباہ ہو گیا"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "ہو گیا۔ پرواز" in excerpt and "گیا. " not in excerpt
        assert "2020۔ طیارہ" in excerpt  # the date's block too
        page.close()


ARMENIAN = {
    "site.yaml": "title: Լուրեր\nlanguage: hy\n",
    "spitak/story.yaml": "title: Սպիտակի երկրաշարժը\nsummary: Ամբողջական նյութը։\npublished: 1988-12-08\n",
    "spitak/events/1988-12-07-quake.yaml": (
        "title: Երկրաշարժը ավերում է Սպիտակը\ndate: 1988-12-07T11:41\n"
        "summary: Տեղական ժամանակով 11:41-ին Սպիտակը ավերվեց։ Այցելեց պրոֆ. Հարությունյանը։\n"
    ),
}


def test_an_armenian_excerpt_ends_its_blocks_with_armenians_full_stop(browser: Any, tmp_path: Path) -> None:
    """Pagefind ends a block without a full stop of its own (a headline, a date) with '. ':
    an Armenian excerpt read 'ավերում է Սպիտակը. Տեղական', where '.' is Armenian's colon
    and its sentences end with '։'."""
    with served_site(tmp_path, ARMENIAN) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "Տեղական", status="Արդյունքներ") == ["Երկրաշարժը ավերում է Սպիտակը"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "Սպիտակը։ Տեղական" in excerpt and "Սպիտակը. " not in excerpt
        assert "11:41։ Երկրաշարժը" in excerpt  # the date's block too
        assert "1988 թ. դեկտեմբերի" in excerpt and "պրոֆ. Հարությունյանը" in excerpt  # abbreviations
        # A word found before the block's end: Pagefind marks it with its dot.
        assert search_for(page, url, "Սպիտակը", status="Արդյունքներ") == ["Երկրաշարժը ավերում է Սպիտակը"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "Սպիտակը։ Տեղական" in excerpt and "Սպիտակը. " not in excerpt
        page.close()


ARABIC = {
    "site.yaml": "title: تقارير\nlanguage: ar\n",
    "talks/story.yaml": "title: المفاوضات\nsummary: ما جرى.\npublished: 2024-01-10\n",
    "talks/events/2024-01-05-doha.yaml": (
        "title: المفاوضات تستأنف في الدوحة\ndate: 2024-01-05\n"
        "summary: 'قال المتحدث إن الاتفاق \"2 steps forward for peace\" بعد 300 يوم، وقطع الوفد 40 km إلى الدوحة.'\n"
    ),
}

WORDS_AT = """(args) => {
  const [selector, words] = args;
  const within = document.querySelector(selector);
  return words.map(word => {
    const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.search(new RegExp("(^|[^\\\\p{L}\\\\p{N}])" + word + "(?![\\\\p{L}\\\\p{N}])", "u"));
      if (at < 0) continue;
      const start = at + node.textContent.slice(at).indexOf(word);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      return Math.round(range.getBoundingClientRect().left);
    }
    return null;
  });
}"""
"""The left edge, on screen, of each of ``words`` (the first text that has it as a word)
in the element ``selector``."""


def test_an_english_phrase_in_an_arabic_excerpt_reads_in_its_own_order(browser: Any, tmp_path: Path) -> None:
    """Pagefind's excerpt runs a page's text into one line; in an Arabic result, the 2 of
    "2 steps forward for peace" was taken for an Arabic number and drawn after the English
    words ("steps 2"), and "40 km" read "km 40". Each English run is set apart in a <bdi>
    dir="ltr", the quotation marks around it left to the Arabic, and the mark on "peace"
    kept (Pagefind marks "peace»": the quotation mark left unmarked)."""
    with served_site(tmp_path, ARABIC) as (url, _):
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        assert search_for(page, url, "peace", status="النتائج") == ["المفاوضات تستأنف في الدوحة"]
        excerpt = ".search-results li p:last-child"
        two, steps, forty, km = page.evaluate(WORDS_AT, [excerpt, ["2", "steps", "40", "km"]])
        assert two < steps and forty < km, (two, steps, forty, km)
        isolated = page.eval_on_selector_all(
            f"{excerpt} bdi",
            "bs => bs.map(b => [b.dir, b.textContent, [...b.querySelectorAll('mark')].map(m => m.textContent)])",
        )
        assert isolated == [["ltr", "2 steps forward for peace", ["peace"]], ["ltr", "40 km", []]]
        assert page.eval_on_selector(excerpt, "p => p.textContent").count("«2 steps forward for peace»") == 1
        # Text and the elements the script makes, nothing else.
        made = page.eval_on_selector_all(f"{excerpt} *", "es => [...new Set(es.map(e => e.nodeName))]")
        assert sorted(made) == ["BDI", "MARK"]
        # An Arabic word found is marked as before, outside any <bdi>.
        assert search_for(page, url, "الدوحة", status="النتائج") == ["المفاوضات تستأنف في الدوحة"]
        marks = page.eval_on_selector_all(
            f"{excerpt} mark", "ms => ms.map(m => [m.textContent, m.parentNode.nodeName])"
        )
        assert marks and all(parent == "P" for _, parent in marks), marks
        page.close()


def test_filters_narrow_the_results(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    everything = search_for(page, site_url, "Otunbayeva")
    page.wait_for_function("document.getElementById('search-story').options.length > 2")
    page.select_option("#search-story", "The April uprising")
    in_story = results(page)
    assert 0 < len(in_story) < len(everything)
    assert "Отунбаева проводит выборы президента" not in in_story
    page.select_option("#search-place", "Bishkek")
    assert "?q=Otunbayeva&story=The+April+uprising&place=Bishkek" in page.url  # shareable
    page.select_option("#search-tag", "government")
    assert results(page) == ["Interim government formed"]
    # A filter alone lists what it names, and the address brings it back
    shared = browser.new_page()
    shared.goto(site_url + "search/index.html?figure=Kurmanbek+Bakiyev")
    assert sorted(results(shared)) == [
        "Kurmanbek Bakiyev",
        "Protesters storm the government building",
        "Rally in the south",
    ]
    assert shared.eval_on_selector("#search-figure", "s => s.value") == "Kurmanbek Bakiyev"
    # Its choices count the whole index (there are no words), the others what they would add
    shared.wait_for_function("document.getElementById('search-story').options[2].disabled")
    assert choices(shared, "figure") == [
        ["Any", False],
        ["Kurmanbek Bakiyev (3)", False],
        ["Roza Otunbayeva (5)", False],
    ]
    assert choices(shared, "story") == [
        ["Any", False],
        ["The April uprising (3)", False],
        ["Выборы в Киргизии (0)", True],
    ]
    page.close()
    shared.close()


HINDI_NAMES_IN_LATIN = {
    "site.yaml": "title: ख़बरें\nlanguage: hi\n",
    "tunnel/story.yaml": "title: सुरंग बचाव\nsummary: पूरी ख़बर।\npublished: 2023-11-29\n",
    "tunnel/figures/pushkar-singh-dhami.yaml": "name: पुष्कर सिंह धामी\nrole: मुख्यमंत्री\n",
    "tunnel/locations/silkyara-tunnel.yaml": "name: सिलक्यारा सुरंग\ncountry: IN\n",
    "tunnel/events/2023-11-14-visit.yaml": (
        "title: मुख्यमंत्री ने अभियान का जायज़ा लिया\ndate: 2023-11-14\nsummary: बचाव कार्य जारी।\n"
        "figures: [pushkar-singh-dhami]\nlocations: [silkyara-tunnel]\n"
    ),
    "tunnel/events/2023-11-21-camera.yaml": (
        "title: कैमरा अंदर भेजा गया\ndate: 2023-11-21\nsummary: पहली तस्वीरें मिलीं।\n"
    ),
}


def test_a_hindi_pages_figures_and_places_are_found_by_their_names_in_latin_letters(
    browser: Any, tmp_path: Path
) -> None:
    # Readers of Hindi news type names in Latin letters as often as in Devanagari: 'Dhami'
    # and 'Silkyara' found nothing. The pages give the index their figures' and places'
    # ids, the names in Latin letters as the editor wrote them.
    with served_site(tmp_path, HINDI_NAMES_IN_LATIN) as (url, _):
        page = browser.new_page()
        visit = "मुख्यमंत्री ने अभियान का जायज़ा लिया"
        assert sorted(search_for(page, url, "Dhami", status="नतीजे")) == sorted([visit, "पुष्कर सिंह धामी"])
        assert sorted(search_for(page, url, "silkyara", status="नतीजे")) == sorted([visit, "सिलक्यारा सुरंग"])
        assert sorted(search_for(page, url, "धामी", status="नतीजे")) == sorted([visit, "पुष्कर सिंह धामी"])
        page.close()


def test_a_hindi_event_is_found_by_the_latin_words_of_its_id(browser: Any, tmp_path: Path) -> None:
    # An event's id (its file's name) is its headline in Latin letters, as the editor or
    # the import wrote it: 'camera' found nothing on a Hindi site, where only the ids of
    # figures and places were given the index.
    with served_site(tmp_path, HINDI_NAMES_IN_LATIN) as (url, _):
        page = browser.new_page()
        assert search_for(page, url, "camera", status="नतीजे") == ["कैमरा अंदर भेजा गया"]
        assert search_for(page, url, "visit", status="नतीजे") == ["मुख्यमंत्री ने अभियान का जायज़ा लिया"]
        page.close()


def nothing_found(page: Any) -> None:
    page.wait_for_function("document.getElementById('search-status')?.textContent.startsWith('Nothing')")


def test_words_only_in_the_storys_title_or_a_places_coordinates_find_nothing(
    browser: Any, site_url: str
) -> None:
    # Each result shows its story's title, but no page is about the word "uprising"; and
    # a place's coordinates (42.87° N) are no text to find it by, nor their N for Nazarbayev.
    page = browser.new_page()
    for query in ("uprising", "42.87", "Nazarbayev"):
        typed(page, site_url, query)
        nothing_found(page)
    page.close()


def test_a_name_typed_with_two_letters_swapped_is_searched_as_the_nearest_name_with_a_way_back(
    browser: Any, site_url: str
) -> None:
    """'Otunbaeyva' and 'Bihskek' are on no page, and found nothing: a search that finds
    nothing is asked again with each word no page has respelled as the nearest word of
    the people, places, topics and stories the index lists (a swap counts as one letter
    apart), and the page says so, with a link that searches the words as typed."""
    page = browser.new_page()
    right = search_for(page, site_url, "Otunbayeva Bishkek")
    typed(page, site_url, "Otunbaeyva Bihskek")
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    status = page.inner_text("#search-status")
    assert status == f"Showing results for Otunbayeva Bishkek. Results: {len(right)}", status
    found = page.eval_on_selector_all(".search-results h2 a", "as => as.map(a => a.textContent)")
    assert sorted(found) == sorted(right)
    assert page.input_value("#search-q") == "Otunbaeyva Bihskek"  # the reader's words stay theirs
    page.click("text=Search for Otunbaeyva Bihskek instead")
    page.wait_for_url("**/search/index.html?q=Otunbaeyva+Bihskek&as=typed")
    nothing_found(page)
    assert page.is_hidden("#search-respelt")
    page.close()


def test_the_words_said_respelled_are_the_readers_even_with_a_dollar_sign(
    browser: Any, site_url: str
) -> None:
    """'$&' in a text given to replace() stands for what it replaces: 'Bihskek $&' was
    said as 'Showing results for Bishkek {words}.', and its link as 'Search for
    Bihskek {words} instead'."""
    page = browser.new_page()
    right = search_for(page, site_url, "Bishkek")
    typed(page, site_url, "Bihskek $& $'")
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    assert page.inner_text("#search-status") == f"Showing results for Bishkek $& $'. Results: {len(right)}"
    assert page.inner_text("#search-respelt") == "Search for Bihskek $& $' instead"
    page.close()


def test_a_search_of_more_words_than_a_name_has_is_not_respelled(browser: Any, site_url: str) -> None:
    """Each word no name has is compared with every word of the names, on the page's one
    thread: a link's ?q= of 1,000 such words held a site of 5,000 names for 18 s, and of 10
    words for 0.9 s one of 20,000 (Node, measured), at each pause in the typing. A search
    with more than eight words to look up is a sentence, not a name mistyped: it is asked
    as it is."""
    page = browser.new_page()
    typed(page, site_url, "Bihskek " * 8)
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    said = page.inner_text("#search-status")
    assert said.startswith("Showing results for Bishkek Bishkek"), said  # eight words: respelled, as before
    page.fill("#search-q", "Bihskek " * 9)
    page.press("#search-q", "Enter")
    nothing_found(page)
    assert page.is_hidden("#search-respelt")
    page.close()


JAPANESE_WITH_A_LATIN_NAME = {
    "site.yaml": "title: Explainers\nlanguage: ja\n",
    "vote/story.yaml": "title: キルギスの政変\nsummary: 四月の記録。\npublished: 2010-04-20\n",
    "vote/figures/roza.yaml": "name: Otunbayeva\nrole: 暫定政府の首班\n",
    "vote/events/2010-04-08-government.yaml": (
        "title: 暫定政府が発足\ndate: 2010-04-08\nsummary: 野党指導者が政府を率いる。\nfigures: [roza]\n"
    ),
}


def test_a_japanese_page_says_the_words_respelled_without_a_space_after_its_full_stop(
    browser: Any, tmp_path: Path
) -> None:
    """The note on the words respelled and the count were joined by a space, which
    Japanese and Chinese do not put between sentences ('…表示しています。 結果')."""
    with served_site(tmp_path, JAPANESE_WITH_A_LATIN_NAME) as (url, _):
        page = browser.new_page()
        typed(page, url, "Otunbaeyva")
        page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Otunbayeva')")
        said = page.eval_on_selector("#search-status", "s => s.textContent")
        assert said.startswith("Otunbayeva の検索結果を表示しています。") and "。 " not in said, said
        page.close()


MOTOR_RACING = {
    "site.yaml": "title: Explainers\n",
    "season/story.yaml": "title: The racing season\nsummary: How the title was won.\npublished: 2021-12-13\n",
    "season/events/2021-12-12-final.yaml": (
        "title: The last race decides the title\ndate: 2021-12-12\n"
        "summary: One team keeps the trophy for its cars.\ntags: [constructor]\n"
    ),
}


def test_a_word_of_the_names_that_an_object_has_too_is_a_near_spelling(browser: Any, tmp_path: Path) -> None:
    """The names' words were kept in a plain object, which has a 'constructor' of its
    own: the topic 'constructor' was never a word a search could be respelled as."""
    with served_site(tmp_path, MOTOR_RACING) as (url, _):
        page = browser.new_page()
        typed(page, url, "constrcutor")
        page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
        assert page.inner_text("#search-status") == "Showing results for constructor. Results: 1"
        page.close()


MINE_RESCUE = {
    "site.yaml": "title: Explainers\n",
    "mine/story.yaml": "title: The Copiapó mine\nsummary: Sixty-nine days underground.\npublished: 2010-10-14\n",
    "mine/figures/pinera.yaml": "name: Sebastián Piñera\nrole: President of Chile\n",
    "mine/locations/copiapo.yaml": "name: Copiapó\ncoordinates: [-27.37, -70.33]\n",
    "mine/locations/santiago.yaml": "name: Santiago\ncoordinates: [-33.45, -70.67]\n",
    "mine/events/2010-08-05-collapse.yaml": (
        "title: A tunnel caves in near Copiapó\ndate: 2010-08-05\n"
        "summary: Thirty-three miners are trapped underground.\nlocations: [copiapo]\ntags: [mines]\n"
    ),
    "mine/events/2010-10-13-rescue.yaml": (
        "title: The capsule brings the men up\ndate: 2010-10-13\n"
        "summary: The rescue lifts every one of the miners to the surface.\nlocations: [copiapo]\n"
    ),
    "mine/events/2010-10-25-palace.yaml": (
        "title: The president receives the men in the capital\ndate: 2010-10-25\n"
        "summary: A reception for the rescue team and the miners.\n"
        "figures: [pinera]\nlocations: [santiago]\n"
    ),
}
"""A story whose names' words include 'Santiago' and the topic 'mines', and whose events
write 'miners' (one letter from 'mines') and 'rescue'."""

SEARCHES = """(() => {
  const post = Worker.prototype.postMessage;
  window.searches = [];
  Worker.prototype.postMessage = function (data, ...rest) {
    if (data && data.method === "search") window.searches.push(data.args[0]);
    return post.call(this, data, ...rest);
  };
})()"""
"""The words of each search the page asks of Pagefind's workers, in ``window.searches``."""


@pytest.fixture(scope="module")
def mine_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-mine"), MINE_RESCUE) as (url, _):
        yield url


def test_a_name_mistyped_beside_a_word_found_is_searched_as_the_nearest_name(
    browser: Any, mine_url: str
) -> None:
    """'Santaigo rescue' was not respelled: Pagefind leaves out a word no page has, and
    found 'rescue' alone, every rescue, not Santiago's, without saying that the name was
    not found. A word near a name that finds nothing alone is respelled, as when the
    search finds nothing, and the page says so."""
    page = browser.new_page()
    right = search_for(page, mine_url, "Santiago rescue")
    every = search_for(page, mine_url, "rescue")
    assert right and sorted(right) != sorted(every)
    typed(page, mine_url, "Santaigo rescue")
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    assert page.inner_text("#search-status") == f"Showing results for Santiago rescue. Results: {len(right)}"
    found = page.eval_on_selector_all(".search-results h2 a", "as => as.map(a => a.textContent)")
    assert sorted(found) == sorted(right)
    assert page.inner_text("#search-respelt") == "Search for Santaigo rescue instead"
    page.close()


def test_a_word_near_a_name_that_pages_write_is_not_respelled(browser: Any, mine_url: str) -> None:
    """'miners' is one letter from the topic 'mines', but the events write it: it finds
    something alone, and stays as typed, beside a name mistyped that is respelled; a
    search whose only word near a name is such a word is asked as typed."""
    page = browser.new_page()
    right = search_for(page, mine_url, "Santiago miners")
    typed(page, mine_url, "Santaigo miners")
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    assert page.inner_text("#search-status") == f"Showing results for Santiago miners. Results: {len(right)}"
    every = search_for(page, mine_url, "miners rescue")
    assert len(every) > len(right)  # all of the rescue, not only the palace's
    assert page.is_hidden("#search-respelt")
    assert not page.inner_text("#search-status").startswith("Showing")
    page.close()


def searches_for(page: Any, site_url: str, query: str) -> list[str]:
    """The words of each search Pagefind was asked for the search page arrived at with
    ``query`` in its address (typed, a pause before Enter would search twice)."""
    page.goto(site_url + "search/index.html?" + urlencode({"q": query}))
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    return [str(words) for words in page.evaluate("window.searches")]


def test_a_search_with_no_word_near_a_name_asks_pagefind_once(browser: Any, mine_url: str) -> None:
    """Only a word that a name's word is near is asked alone (one search more each, and one
    for the words respelled), once however often it is typed: a search with none asks
    nothing more, nor one with more than eight words to look up."""
    page = browser.new_page()
    page.add_init_script(SEARCHES)
    assert searches_for(page, mine_url, "trapped underground") == ["trapped underground"]
    assert results(page) == ["A tunnel caves in near Copiapó"]
    assert searches_for(page, mine_url, "Santaigo rescue") == [
        "Santaigo rescue",
        "Santaigo",
        "Santiago rescue",
    ]
    assert searches_for(page, mine_url, "Santaigo rescue Santaigo") == [
        "Santaigo rescue Santaigo",
        "Santaigo",
        "Santiago rescue Santiago",
    ]
    many = "Santaigo" + " rescue" * 8
    assert searches_for(page, mine_url, many) == [many]
    page.close()


def test_a_search_as_typed_is_not_respelled_when_it_finds_something(browser: Any, mine_url: str) -> None:
    """The note's link searches the words as typed (?as=typed): 'Santaigo rescue' then
    finds every rescue, with no word asked alone."""
    page = browser.new_page()
    page.add_init_script(SEARCHES)
    every = search_for(page, mine_url, "rescue")
    typed(page, mine_url, "Santaigo rescue")
    page.wait_for_function("document.getElementById('search-status')?.textContent.includes('Results')")
    page.click("text=Search for Santaigo rescue instead")
    page.wait_for_url("**/search/index.html?q=Santaigo+rescue&as=typed")
    assert sorted(results(page)) == sorted(every)
    assert page.is_hidden("#search-respelt")
    assert page.evaluate("window.searches") == ["Santaigo rescue"]
    page.close()


def test_each_result_says_its_kind_date_and_story_each_in_its_own_direction(
    browser: Any, site_url: str
) -> None:
    page = browser.new_page()
    search_for(page, site_url, "Otunbayeva")
    lines = page.eval_on_selector_all(
        ".search-results .via",
        "ps => ps.map(p => [p.textContent, [...p.querySelectorAll('bdi')].map(b => b.getAttribute('lang'))])",
    )
    assert ["Event · 7\u00a0April 2010 · The April uprising", [None, None, None]] in lines
    assert ["Event · 30\u00a0октября 2011\u202fг. · Выборы в Киргизии", [None, "ru", "ru"]] in lines
    page.close()


def test_back_returns_to_each_search_asked_for(browser: Any, site_url: str) -> None:
    # Each entry's title names its search: the history list showed "Search · ..." for all.
    page = browser.new_page()
    page.goto(site_url + "search/index.html")
    assert page.title() == "Search · Two stories"
    page.goto(site_url + "search/index.html?q=Bakiyev")
    assert "Rally in the south" in results(page)
    assert page.title() == "Bakiyev · Search · Two stories"
    page.fill("#search-q", "Otunbayeva")
    page.press("#search-q", "Enter")
    page.wait_for_url("**/search/index.html?q=Otunbayeva")
    page.wait_for_function("document.querySelectorAll('.search-results li').length > 0")
    page.wait_for_function("document.getElementById('search-place').options.length > 2")
    page.select_option("#search-place", "Bishkek")
    page.wait_for_url("**?q=Otunbayeva&place=Bishkek")
    assert page.title() == "Otunbayeva · Bishkek · Search · Two stories"
    page.go_back()
    page.wait_for_url("**/search/index.html?q=Otunbayeva")
    assert page.input_value("#search-q") == "Otunbayeva"
    assert page.eval_on_selector("#search-place", "s => s.value") == ""
    assert page.title() == "Otunbayeva · Search · Two stories"
    page.go_back()
    page.wait_for_url("**/search/index.html?q=Bakiyev")
    assert page.input_value("#search-q") == "Bakiyev"
    page.wait_for_function(
        "[...document.querySelectorAll('.search-results h2 a')].some(a => a.textContent === 'Rally in the south')"
    )
    page.close()


@pytest.fixture(scope="module")
def many_results_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A story of 14 events that all say "flood": more results than the first ten shown."""
    root = tmp_path_factory.mktemp("search-many")
    content = root / "content"
    (content / "floods").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Floods\nlanguage: en\n", encoding="utf-8")
    (content / "floods" / "story.yaml").write_text(
        "title: The spring floods\nsummary: Rivers rise.\npublished: 2020-05-01\n"
        "sources:\n  afp:\n    publisher: Agence France-Presse\n",
        encoding="utf-8",
    )
    (content / "floods" / "events").mkdir()
    for day in range(1, 15):
        (content / "floods" / "events" / f"2020-04-{day:02d}-district-{day}.yaml").write_text(
            f"title: The flood reaches district {day}\ndate: 2020-04-{day:02d}\n"
            f"summary: Water covers the streets of district {day}"
            + (", on the border with France" if day == 14 else "")
            + ", after the flood crest passes.\nsources: [afp]\n"
            + (
                "quotes:\n  - text: The water came at night\n    by: A neighbour\n    source: afp\n"
                if day == 3
                else ""
            ),
            encoding="utf-8",
        )
    build(content=str(content), templates=TEMPLATES, out=str(root / "www" / "repo"))
    with serve(root / "www") as url:
        yield url + "repo/"


SHOWN = "document.querySelectorAll('.search-results li').length"


def test_back_from_a_result_puts_back_the_results_shown_and_the_scroll(
    browser: Any, many_results_url: str
) -> None:
    # Loaded again on Back, the page came back at its top with the first ten results: the
    # browser had put the scroll back before the results were there.
    page = browser.new_page(viewport={"width": 400, "height": 500})
    page.goto(many_results_url + "search/index.html?q=flood")
    assert len(results(page)) == 10
    page.click("#search-more")
    page.wait_for_function(f"{SHOWN} === 14")
    last = page.locator(".search-results h2 a").last
    last.scroll_into_view_if_needed()
    page.wait_for_timeout(300)  # the scroll is kept a moment after it stops
    scrolled = page.evaluate("scrollY")
    assert scrolled > 1000
    last.click()
    page.wait_for_url("**/repo/floods/events/**")
    page.go_back()
    page.wait_for_url("**/search/index.html?q=flood")
    page.wait_for_function(f"{SHOWN} === 14", timeout=5000)
    page.wait_for_function(f"Math.abs(scrollY - {scrolled}) < 2", timeout=5000)
    assert page.is_hidden("#search-more")
    assert page.evaluate("document.activeElement === document.body")  # a click leaves no focus
    page.close()


def test_back_from_a_result_reached_by_the_keyboard_puts_the_focus_back_on_it(
    browser: Any, many_results_url: str
) -> None:
    # The focus went back to the top of the page: every link before the result to pass again.
    page = browser.new_page(viewport={"width": 400, "height": 500})
    page.goto(many_results_url + "search/index.html?q=flood")
    results(page)
    page.focus(".search-results li:nth-child(7) h2 a")
    page.keyboard.press("Tab")  # on to the eighth, as a reader of the keyboard gets there
    eighth = page.evaluate("document.activeElement.textContent")
    page.keyboard.press("Enter")
    page.wait_for_url("**/repo/floods/events/**")
    page.go_back()
    page.wait_for_url("**/search/index.html?q=flood")
    page.wait_for_function("document.activeElement.closest('.search-results') !== null", timeout=5000)
    assert page.evaluate("document.activeElement.textContent") == eighth
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.search-results li:nth-child(9)') !== null")
    page.close()


def test_a_browser_that_refuses_focus_visible_or_more_history_still_lists_the_results(
    browser: Any, many_results_url: str
) -> None:
    # Safari before 15.4 throws on ':focus-visible', and any Safari on more than 100
    # changes of the history in 30 seconds: the place kept for Back failed the search.
    page = browser.new_page(viewport={"width": 400, "height": 500})
    page.add_init_script(
        """
        window.refused = {matches: 0, history: 0};
        const matches = Element.prototype.matches;
        Element.prototype.matches = function (selector) {
          if (selector.includes(":focus-visible")) {
            window.refused.matches++;
            throw new SyntaxError("not a valid selector");
          }
          return matches.call(this, selector);
        };
        const replace = History.prototype.replaceState;
        History.prototype.replaceState = function (...args) {
          if (args[0] && "shown" in args[0]) {
            window.refused.history++;
            throw new DOMException("too many calls", "SecurityError");
          }
          return replace.apply(this, args);
        };
        """
    )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(many_results_url + "search/index.html?q=flood")
    assert len(results(page)) == 10
    page.focus(".search-results li:nth-child(2) h2 a")  # kept as the focus moves on
    page.keyboard.press("Tab")
    page.click("#search-more")  # "Show more"
    page.wait_for_function("document.querySelectorAll('.search-results li').length > 10")
    page.wait_for_function("window.refused.history > 0")  # the place kept: refused
    assert page.evaluate("window.refused.matches") > 0  # the focus on a result: asked, refused
    tried = page.evaluate("window.refused.history")
    page.mouse.wheel(0, 800)
    page.wait_for_function(f"window.refused.history > {tried}")  # kept a moment after the scroll
    assert page.inner_text("#search-status").startswith("Results")
    assert errors == []
    page.close()


def test_a_publisher_cited_by_every_event_does_not_find_them_all(browser: Any, many_results_url: str) -> None:
    # Every event cites Agence France-Presse (one quote too): "France" found all 14, not the
    # one about France.
    page = browser.new_page()
    assert search_for(page, many_results_url, "France") == ["The flood reaches district 14"]
    page.fill("#search-q", "Presse")
    page.press("#search-q", "Enter")
    nothing_found(page)
    page.close()


def test_a_publisher_under_a_figures_quote_does_not_find_the_figure(browser: Any, tmp_path: Path) -> None:
    # The figure's page lists their quotes, each "reported by" its source: a mayor quoted
    # by Agence France-Presse was found by "France", as the events were before.
    content = tmp_path / "content"
    (content / "floods" / "figures").mkdir(parents=True)
    (content / "floods" / "events").mkdir()
    (content / "site.yaml").write_text("title: Floods\nlanguage: en\n", encoding="utf-8")
    (content / "floods" / "story.yaml").write_text(
        "title: The spring floods\nsummary: Rivers rise.\npublished: 2020-05-01\n"
        "sources:\n  afp:\n    publisher: Agence France-Presse\n",
        encoding="utf-8",
    )
    (content / "floods" / "figures" / "mayor.yaml").write_text(
        "name: The mayor\nrole: Mayor of the city\n", encoding="utf-8"
    )
    (content / "floods" / "events" / "2020-04-01-rebuild.yaml").write_text(
        "title: The city will rebuild\ndate: 2020-04-01\nsummary: The water goes down.\n"
        "figures: [mayor]\nsources: [afp]\n"
        "quotes:\n  - text: We will rebuild\n    by: mayor\n    source: afp\n",
        encoding="utf-8",
    )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "www" / "repo"))
    page = browser.new_page()
    with serve(tmp_path / "www") as url:
        assert search_for(page, url + "repo/", "mayor") == ["The mayor", "The city will rebuild"]
        page.fill("#search-q", "Presse")
        page.press("#search-q", "Enter")
        nothing_found(page)
    page.close()


def test_a_pictures_credit_finds_nothing_and_its_caption_finds_its_event(
    browser: Any, tmp_path: Path
) -> None:
    # An agency credited under a photo found every page showing one of its photos (the
    # event's, and its place's gallery), and the excerpts read "Credit: Kestrel Photo
    # Agency" in the middle of the news. The caption says what the picture shows: found.
    folder = story_folder(
        tmp_path / "content",
        "floods",
        "title: The spring floods\nsummary: Rivers rise.\npublished: 2020-05-01\n",
        "title: Floods\nlanguage: en\n",
        ("events", "locations", "media"),
    )
    (folder / "media" / "dam.jpg").write_bytes(photo(640, 480))
    (folder / "locations" / "dam.yaml").write_text(
        "name: The old dam\ncoordinates: [10, 20]\n", encoding="utf-8"
    )
    (folder / "events" / "2020-04-01-dam.yaml").write_text(
        "title: The dam holds\ndate: 2020-04-01\nsummary: The water stops short of the town.\n"
        "locations: [dam]\nimage:\n  src: media/dam.jpg\n  alt: Water pouring over a dam\n"
        "  caption: Engineers watch the spillway\n  credit: Kestrel Photo Agency\n",
        encoding="utf-8",
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "www" / "repo"))
    page = browser.new_page()
    with serve(tmp_path / "www") as url:
        assert search_for(page, url + "repo/", "spillway") == ["The dam holds"]
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "spillway" in excerpt and "Kestrel" not in excerpt and "Credit" not in excerpt
        for words in ("Kestrel", "Credit"):
            page.fill("#search-q", words)
            page.press("#search-q", "Enter")
            nothing_found(page)
    page.close()


def test_a_tag_finds_its_event_but_is_not_quoted_in_its_excerpt(browser: Any, tmp_path: Path) -> None:
    # The tag list sat in the text Pagefind quotes: an excerpt read "... short of the
    # town. Tags engineering drought" after the news. Its words still find the event.
    folder = story_folder(
        tmp_path / "content",
        "floods",
        "title: The spring floods\nsummary: Rivers rise.\npublished: 2020-05-01\n",
        "title: Floods\nlanguage: en\n",
        ("events",),
    )
    (folder / "events" / "2020-04-01-dam.yaml").write_text(
        "title: The dam holds\ndate: 2020-04-01\nsummary: The water stops short of the town.\n"
        "tags: [engineering, drought relief]\n",
        encoding="utf-8",
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "www" / "repo"))
    page = browser.new_page()
    with serve(tmp_path / "www") as url:
        for words in ("town", "drought", "engineering"):
            assert search_for(page, url + "repo/", words) == ["The dam holds"], words
            excerpt = page.inner_text(".search-results li p:last-child")
            assert "water stops short" in excerpt, (words, excerpt)
            assert not re.search("engineering|drought|relief", excerpt, re.IGNORECASE), (words, excerpt)
        assert choices(page, "tag") == [
            ["Any", False],
            ["drought relief (1)", False],
            ["engineering (1)", False],
        ]
    page.close()


def test_stepping_through_a_filters_choices_with_the_arrow_keys_takes_one_history_entry(
    browser: Any, site_url: str
) -> None:
    # Each arrow key is a "change" of the list: one entry each made Back step through them all.
    page = browser.new_page()
    search_for(page, site_url, "Bakiyev")
    page.wait_for_function("document.getElementById('search-place').options.length > 3")  # "", 3 places
    length = page.evaluate("history.length")
    page.focus("#search-place")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    third = page.eval_on_selector("#search-place", "s => s.value")
    page.wait_for_function(f"new URLSearchParams(location.search).get('place') === {third!r}")
    assert page.evaluate("history.length") == length + 1
    page.focus("#search-q")  # the list left: its choice is settled, the next one adds an entry
    page.focus("#search-place")
    page.keyboard.press("ArrowUp")
    page.wait_for_function(f"new URLSearchParams(location.search).get('place') !== {third!r}")
    assert page.evaluate("history.length") == length + 2
    page.go_back()
    page.wait_for_function(f"new URLSearchParams(location.search).get('place') === {third!r}")
    page.go_back()
    page.wait_for_url("**/search/index.html?q=Bakiyev")
    page.close()


def test_a_link_within_the_page_or_a_tidied_address_starts_no_new_search(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    page.goto(site_url + "search/index.html?q=Bakiyev+")  # a keyboard's trailing space
    results(page)
    length = page.evaluate("history.length")
    page.wait_for_url("**/search/index.html?q=Bakiyev")  # tidied in place: no second entry
    assert page.evaluate("history.length") == length == 2
    page.evaluate("document.querySelector('.search-results li').dataset.seen = '1'")
    page.focus(".skip-link")  # to #main, on this page
    page.keyboard.press("Enter")
    page.wait_for_url("**#main")
    page.wait_for_timeout(500)
    assert page.evaluate("document.querySelector('.search-results li').dataset.seen") == "1"
    page.close()


def test_with_two_filters_chosen_each_ones_choices_count_what_they_would_leave_instead(
    browser: Any, site_url: str
) -> None:
    # Pagefind counts a chosen filter's choices beside the others chosen, or without any
    # of them: neither is what choosing another would leave, so each chosen filter's
    # choices are counted by a search without it (they said no count, and offered
    # "Бишкек", which left nothing).
    page = browser.new_page()
    search_for(page, site_url, "Bakiyev")
    page.wait_for_function("document.getElementById('search-tag').options.length > 2")
    page.select_option("#search-tag", "protest")
    results(page)
    page.select_option("#search-place", "Osh")
    assert results(page) == ["Rally in the south"]
    page.wait_for_function("document.getElementById('search-place').options[1].textContent === 'Bishkek (1)'")
    assert choices(page, "place") == PLACES_WITH_PROTEST
    assert choices(page, "tag") == TAGS_WITH_OSH
    page.select_option("#search-place", "Bishkek")
    assert results(page) == ["Protesters storm the government building"]  # as its label said
    page.close()


HOLD = """(() => {
  const post = Worker.prototype.postMessage;
  window.held = [];
  window.hold = false;
  window.answered = 0;
  Worker.prototype.postMessage = function (data, ...rest) {
    const filters = (data && data.method === "search" && (data.args[1] || {}).filters) || {};
    if (window.hold && Object.keys(filters).length === 1) {
      window.held.push({ worker: this, data, rest });
      return;
    }
    return post.call(this, data, ...rest);
  };
  window.release = (term) => {
    window.held = window.held.filter((h) => {
      if (h.data.args[0] !== term) return true;
      h.worker.addEventListener("message", (e) => { if (e.data.id === h.data.id) window.answered++; });
      post.call(h.worker, h.data, ...h.rest);
      return false;
    });
  };
})()"""
"""Pagefind's searches with exactly one filter held back on their way to its workers while
``window.hold`` is true: with two filters chosen, these are the searches that count the
chosen filters' choices, and not the search itself. ``release(words)`` sends those of the
words on, and ``answered`` counts the answers to them."""


def busy(page: Any) -> dict[str, str | None]:
    """Each filter list's aria-busy."""
    return {
        name: page.get_attribute(f"#search-{name}", "aria-busy")
        for name in ("story", "figure", "place", "tag")
    }


def test_with_two_filters_chosen_the_results_come_before_the_counts_made_apart(
    browser: Any, site_url: str
) -> None:
    # The searches that count a chosen filter's choices without it are held: the results
    # must not wait for them (at 10,000 events waiting took them from 1.1 s to 1.7 s).
    page = browser.new_page()
    page.add_init_script(HOLD)
    search_for(page, site_url, "Bakiyev")
    page.wait_for_function("document.getElementById('search-tag').options.length > 2")
    page.select_option("#search-tag", "protest")
    results(page)
    page.wait_for_function("!document.querySelector('select[aria-busy]')")
    before = {name: choices(page, name) for name in ("place", "tag")}
    page.evaluate("window.hold = true")
    page.select_option("#search-place", "Osh")
    assert results(page) == ["Rally in the south"]
    # Each chosen filter, in each language's index: asked for after the results are shown
    # (on a busy machine the assertion could come first).
    page.wait_for_function("window.held.length >= 4")
    assert page.evaluate("window.held.length") == 4
    # The two chosen filters' lists say they are busy and keep what they had; the others
    # are counted from the search's own answer
    assert busy(page) == {"story": None, "figure": None, "place": "true", "tag": "true"}
    assert {name: choices(page, name) for name in ("place", "tag")} == before
    assert choices(page, "story") == [
        ["Any", False],
        ["The April uprising (1)", False],
        ["Выборы в Киргизии (0)", True],
    ]
    page.evaluate("window.release('Bakiyev')")
    page.wait_for_function("!document.querySelector('select[aria-busy]')")
    assert choices(page, "place") == PLACES_WITH_PROTEST
    assert choices(page, "tag") == TAGS_WITH_OSH
    page.close()


@pytest.mark.parametrize("older", ["first", "last"])
def test_a_quick_second_query_never_gets_the_first_ones_counts(
    browser: Any, site_url: str, older: str
) -> None:
    # Two searches in a row, with two filters chosen, each one's counting held: the
    # first one's counts (Osh (0), protest (0): nothing of Otunbayeva's is at Osh) must
    # not be shown, whether they come before the second one's or after.
    page = browser.new_page()
    page.add_init_script(HOLD)
    page.goto(site_url + "search/index.html?q=Bakiyev&tag=protest&place=Osh")
    assert results(page) == ["Rally in the south"]
    page.wait_for_function("!document.querySelector('select[aria-busy]')")
    arrived = {name: choices(page, name) for name in ("place", "tag")}
    page.evaluate("window.hold = true")
    page.fill("#search-q", "Otunbayeva")
    page.press("#search-q", "Enter")
    nothing_found(page)
    page.fill("#search-q", "Rally")
    page.press("#search-q", "Enter")
    assert results(page) == ["Rally in the south"]
    page.wait_for_function("window.held.length >= 8")  # the second query's, asked for after its results
    assert page.evaluate("window.held.length") == 8
    if older == "first":
        page.evaluate("window.release('Otunbayeva')")
        page.wait_for_function("window.answered === 4")
        page.wait_for_timeout(200)
        assert busy(page) == {"story": None, "figure": None, "place": "true", "tag": "true"}
        assert {name: choices(page, name) for name in ("place", "tag")} == arrived  # as they were
    page.evaluate("window.release('Rally')")
    page.wait_for_function("!document.querySelector('select[aria-busy]')")
    newest = {
        "place": [["Any", False], ["Bishkek (0)", True], ["Osh (1)", False], ["Бишкек (0)", True]],
        "tag": [["Any", False], ["government (0)", True], ["protest (1)", False], ["выборы (0)", True]],
    }
    assert {name: choices(page, name) for name in ("place", "tag")} == newest
    if older == "last":
        page.evaluate("window.release('Otunbayeva')")
        page.wait_for_function("window.answered === 8")
        page.wait_for_timeout(200)
        assert {name: choices(page, name) for name in ("place", "tag")} == newest
        assert busy(page) == {"story": None, "figure": None, "place": None, "tag": None}
    page.close()


def test_a_choice_that_would_leave_nothing_is_disabled_and_the_one_chosen_stays(
    browser: Any, site_url: str
) -> None:
    page = browser.new_page()
    search_for(page, site_url, "Otunbayeva")
    page.wait_for_function("document.getElementById('search-place').options[2].disabled")
    # Screen readers hear each choice's name, then its count, and that an empty one is unavailable
    assert page.locator("#search-place").aria_snapshot() == (
        '- combobox "Place":\n'
        '  - option "Any" [selected]\n'
        '  - option "Bishkek (2)"\n'
        '  - option "Osh (0)" [disabled]\n'
        '  - option "Бишкек (1)"'
    )
    page.focus("#search-place")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # the arrow keys pass Osh by
    page.wait_for_function("new URLSearchParams(location.search).get('place') === 'Бишкек'")
    assert results(page) == ["Отунбаева проводит выборы президента"]
    # A choice that leaves nothing, from a shared address: it stays chosen, and can be taken off
    page.goto(site_url + "search/index.html?q=Otunbayeva&place=Osh")
    nothing_found(page)
    page.wait_for_function("document.getElementById('search-tag').options.length > 2")
    assert page.eval_on_selector("#search-place", "s => s.value") == "Osh"
    assert ["Osh (0)", False] in choices(page, "place")
    assert all(disabled for _, disabled in choices(page, "tag")[1:])  # nothing to narrow
    page.select_option("#search-place", "")
    assert len(results(page)) == 5
    assert ["Osh (0)", True] in choices(page, "place")
    # Back to it, though the search since disabled it: chosen again, and selectable
    page.go_back()
    page.wait_for_url("**?q=Otunbayeva&place=Osh")
    nothing_found(page)
    assert page.eval_on_selector("#search-place", "s => s.value") == "Osh"
    assert ["Osh (0)", False] in choices(page, "place")
    page.close()


def test_a_filter_in_a_shared_address_that_no_page_has_stays_shown(browser: Any, site_url: str) -> None:
    # A place renamed since the link was shared: the reader sees the filter, and can take it off.
    page = browser.new_page()
    page.goto(site_url + "search/index.html?q=Bakiyev&place=Bishkek+city")
    nothing_found(page)
    page.wait_for_function("document.getElementById('search-place').options.length > 2")
    assert page.eval_on_selector("#search-place", "s => s.value") == "Bishkek city"
    page.select_option("#search-place", "")
    assert "Rally in the south" in results(page)
    page.close()


def test_each_choice_counts_the_results_it_leaves(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    everything = search_for(page, site_url, "Otunbayeva")
    page.wait_for_function(
        "[...document.getElementById('search-tag').options].some(o => o.textContent === 'government (1)')"
    )  # the whole index has two pages tagged "protest"; this search leaves one of them...
    labels = page.eval_on_selector_all("#search-tag option", "os => os.map(o => o.textContent)")
    assert "protest (1)" in labels, labels
    page.select_option("#search-tag", "protest")
    assert results(page) == ["Protesters storm the government building"]  # ...as its label said
    # The chosen filter, the only one: its other choices count what they would leave instead.
    page.wait_for_function(
        "[...document.getElementById('search-tag').options].some(o => o.textContent === 'government (1)')"
    )
    page.select_option("#search-tag", "")
    assert sorted(results(page)) == sorted(everything)
    page.close()


def test_counts_wait_for_every_filter_chunk_not_only_the_ones_a_search_needs(
    browser: Any, site_url: str
) -> None:
    # Pagefind counts a search's filters from the filter chunks its worker has loaded; a
    # search with no filter chosen loads none of them. The chunks the choices load are
    # held here until well after the search could have answered: the counts it shows
    # must still be whole (they were "government (0)" when the tag chunk came last).
    page = browser.new_page()
    held: list[Any] = []
    page.route("**/pagefind/filter/**", lambda route: held.append(route))
    typed(page, site_url, "Otunbayeva")
    for _ in range(600):  # the choices ask for the filter chunks as soon as the form is used
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "no filter chunk was asked for"
    page.wait_for_timeout(1000)  # the search answers in a tenth of that
    for route in held:
        route.continue_()
    results(page)
    page.wait_for_function(
        "[...document.getElementById('search-tag').options].some(o => o.textContent === 'government (1)')"
    )
    labels = page.eval_on_selector_all("#search-tag option", "os => os.map(o => o.textContent)")
    assert labels == ["Any", "government (1)", "protest (1)", "выборы (1)"], labels
    page.close()


def test_the_keyboard_alone_from_the_header_box_to_a_result(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url + f"{STORY_EN}/index.html")
    for _ in range(3):  # the skip link, the site's title, the search box
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "site-search-q"
    page.keyboard.type("Bakiyev")
    page.keyboard.press("Enter")
    page.wait_for_url("**/repo/search/index.html?q=Bakiyev")
    first = results(page)
    assert "Rally in the south" in first
    # The page moves the focus nowhere: Tab goes on from the page's start.
    assert page.evaluate("document.activeElement === document.body")
    for _ in range(10):  # on to the place filter
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-place":
            break
    assert page.evaluate("document.activeElement.id") == "search-place"
    page.keyboard.press("ArrowDown")  # a select changes with the arrow keys
    page.wait_for_function("location.search.includes('place=')")
    narrowed = results(page)
    assert 0 < len(narrowed) <= len(first)
    for _ in range(10):  # on to the first result
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.search-results') !== null"):
            break
    target = page.evaluate("document.activeElement.href")
    page.keyboard.press("Enter")
    page.wait_for_url(target)
    assert "/repo/uprising/" in page.url
    # Nothing was asked of any host but this one
    assert requests and all(urlsplit(url).netloc == urlsplit(site_url).netloc for url in requests), requests
    page.close()


def test_results_are_announced_and_shown_as_text(browser: Any, site_url: str) -> None:
    page = browser.new_page()
    found = search_for(page, site_url, "supporters")
    assert found == ["Rally in the south"]
    status = page.locator("#search-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == "Results: 1"
    excerpt = page.inner_text(".search-results li p:last-child")
    assert "<img src=x onerror=alert(1)>" in excerpt  # the page's text, shown as text
    assert page.locator(".search-results img").count() == 0
    assert page.locator(".search-results mark").first.inner_text() == "supporters"
    page.fill("#search-q", "zzzqqq")
    page.press("#search-q", "Enter")
    page.wait_for_function(
        "document.getElementById('search-status')?.textContent.startsWith('Nothing found')"
    )
    assert page.locator(".search-results li").count() == 0
    page.close()


def test_before_a_search_a_screen_reader_meets_the_status_but_no_empty_list_or_paragraph(
    browser: Any, site_url: str
) -> None:
    # An empty list and an empty paragraph (around the hidden "Show more") were in the
    # accessibility tree before any search. The status stays in it, empty: a live region
    # added or shown with its text would not be announced.
    page = browser.new_page()
    page.goto(site_url + "search/index.html")
    page.wait_for_load_state("load")
    main = page.locator("main")
    before = main.aria_snapshot()
    assert before.endswith("\n  - status") and "- list" not in before
    assert not re.search(r"^\s*- paragraph$", before, re.MULTILINE)  # one with nothing in it
    assert page.locator("#search-status").get_attribute("aria-live") == "polite"
    assert search_for(page, site_url, "supporters") == ["Rally in the south"]
    found = main.aria_snapshot()
    assert '- status: "Results: 1"' in found and "- list:\n    - listitem:" in found
    assert "Show more" not in found and not re.search(r"^\s*- paragraph$", found, re.MULTILINE)
    page.fill("#search-q", "zzzqqq")
    page.press("#search-q", "Enter")
    page.wait_for_function(
        "document.getElementById('search-status')?.textContent.startsWith('Nothing found')"
    )
    assert "- list" not in main.aria_snapshot()  # emptied, hidden again
    page.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_the_search_page_with_results(
    browser: Any, site_url: str, scheme: str
) -> None:
    axe = axe_path()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "search/index.html?q=Otunbayeva&story=The+April+uprising")
    results(page)
    assert ["Osh (0)", True] in choices(page, "place")  # disabled choices among those checked
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert violations == []


def test_without_javascript_there_is_no_box_and_the_search_page_says_why(browser: Any, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + f"{STORY_EN}/index.html")
    assert page.is_hidden(".site-search")
    page.goto(site_url + "search/index.html?q=Otunbayeva")
    assert page.is_hidden("#search-form")
    assert "Search needs JavaScript" in page.inner_text("#search-off")
    context.close()


SHIFTS = """window.shifts = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts += entry.value;
}).observe({type: "layout-shift", buffered: true});"""

BOXES = "['#search-form', '.site-footer'].map(s => document.querySelector(s).getBoundingClientRect().y)"


@pytest.mark.parametrize("width", [390, 1280])
def test_the_search_page_is_laid_out_once_before_its_script_arrives(
    browser: Any, site_url: str, width: int
) -> None:
    # The page was painted with the note "Search needs JavaScript, which is not running in
    # this browser" and no form until search.js ran: a reader with JavaScript read that
    # note, then the form pushed the footer down (a layout shift of 0.018 at 1280 px,
    # 0.063 at 390).
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(SHIFTS)
    page = context.new_page()
    held: list[Any] = []
    page.route("**/assets/search.js?v=*", lambda route: held.append(route))
    page.goto(site_url + "search/index.html", wait_until="commit")
    for _ in range(600):
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the page asked for no search.js"
    page.wait_for_function("document.querySelector('.site-footer')")
    page.wait_for_function("[...document.styleSheets].some(sheet => sheet.cssRules.length)")  # laid out
    assert page.is_visible("#search-form")
    assert page.is_hidden("#search-off")
    before = page.evaluate(BOXES)
    for route in held:
        route.continue_()
    page.unroute("**/assets/search.js?v=*")
    page.wait_for_load_state("load")
    page.wait_for_timeout(200)
    assert page.evaluate(BOXES) == before
    assert page.evaluate("window.shifts") == 0
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_arriving_with_a_query_nothing_moves_as_the_results_come(
    browser: Any, site_url: str, width: int
) -> None:
    # Arriving from the header's box, the filters' lists, filled with their choices, grew
    # from 'Any' to their longest name, and moved the status line; the results then
    # pushed the footer down the first screen (layout shifts of 0.10 and 0.20 at 390 px).
    context = browser.new_context(viewport={"width": width, "height": 800})
    context.add_init_script(SHIFTS)
    page = context.new_page()
    page.goto(site_url + "search/index.html?q=Otunbayeva")
    assert "Interim government formed" in results(page)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(200)
    assert page.evaluate("window.shifts") == 0
    context.close()


def test_a_browser_too_old_for_search_is_told_so_as_without_javascript(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    context.add_init_script("delete window.fetch;")
    page = context.new_page()
    page.goto(site_url + "search/index.html")
    assert page.is_hidden("#search-form")
    assert "Search needs JavaScript" in page.inner_text("#search-off")
    context.close()


def loaded(browser: Any, url: str) -> dict[str, int]:
    """What the page at ``url`` fetches before anyone uses it: bytes by path."""
    page = browser.new_page()
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(urlsplit(r.url).path, len(r.body())))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.mouse.wheel(0, 2000)  # read on a little: still nothing more
    page.wait_for_timeout(500)
    page.close()
    return sizes


def test_the_story_pages_first_load_is_unchanged(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed story, built with search and without: the same files are fetched, the box
    adds only its own markup and styles, and nothing of the search until it is used."""
    build(content=str(REPO / "content"), templates=TEMPLATES, out=str(tmp_path / "with" / "repo"))
    with monkeypatch.context() as without:
        without.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-binary"))
        build(content=str(REPO / "content"), templates=TEMPLATES, out=str(tmp_path / "without" / "repo"))
    story = "repo/kyrgyzstan-2010/index.html"
    with serve(tmp_path / "without") as url:
        before = loaded(browser, url + story)
    with serve(tmp_path / "with") as url:
        after = loaded(browser, url + story)
        assert sorted(after) == sorted(before)
        assert not [path for path in after if "pagefind" in path or "search" in path]
        assert sum(after.values()) <= 100_000
        assert 0 < sum(after.values()) - sum(before.values()) <= 2_500  # the box's markup and styles
        page = browser.new_page()  # used: now the search code and index come
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(urlsplit(r.url).path))
        page.goto(url + story)
        page.fill("#site-search-q", "Otunbayeva")
        page.press("#site-search-q", "Enter")
        page.wait_for_url("**/repo/search/index.html?q=Otunbayeva")  # the box's form opens the search page
        results(page)
        assert "/repo/pagefind/pagefind.js" in fetched
        page.close()


THREE_LANGUAGES = {
    "site.yaml": "title: Three stories\nlanguage: en\n",
    "april/story.yaml": "title: The April uprising\nsummary: What happened.\npublished: 2010-04-20\n",
    "april/events/2010-04-08-government.yaml": (
        "title: Interim government formed\ndate: 2010-04-08\nsummary: Otunbayeva heads the government.\n"
    ),
    "avril/story.yaml": (
        "title: La révolte d’avril\nsummary: Ce qui s’est passé.\npublished: 2010-04-20\nlanguage: fr\n"
    ),
    "avril/events/2010-04-08-gouvernement.yaml": (
        "title: Un gouvernement provisoire est formé\ndate: 2010-04-08\n"
        "summary: Otunbayeva dirige le gouvernement.\n"
    ),
    "april/events/2010-04-10-home.yaml": (
        "title: Leaders go home\ndate: 2010-04-10\nsummary: They leave after a lie about the vote.\n"
    ),
    "abril/story.yaml": "title: ثورة أبريل\nsummary: ما الذي حدث.\npublished: 2010-04-20\nlanguage: ar\n",
    "abril/events/2010-04-08-hukuma.yaml": (
        "title: تشكيل حكومة مؤقتة\ndate: 2010-04-08\nsummary: روزا Otunbayeva ترأس الحكومة.\n"
    ),
}
"""A site in English with a story in French and one in Arabic, whose events all name
Otunbayeva in Latin letters."""

EVERY_STORYS_EVENT = {
    "Interim government formed",
    "Un gouvernement provisoire est formé",
    "تشكيل حكومة مؤقتة",
}


@pytest.fixture(scope="module")
def three_languages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The site's address, and its folder."""
    with served_site(tmp_path_factory.mktemp("search-languages"), THREE_LANGUAGES) as served:
        yield served


def results_in_any_language(page: Any) -> list[str]:
    """The titles of the results shown, once the status says how many (in its language)."""
    page.wait_for_function(
        "(s => s.textContent === s.dataset.found.replace('{count}', "
        "document.querySelectorAll('.search-results li').length))(document.getElementById('search-status'))"
    )
    return [
        str(t)
        for t in page.eval_on_selector_all(".search-results h2 a", "as => [...as].map(a => a.textContent)")
    ]


@pytest.mark.parametrize(
    ("from_page", "search_page", "lang", "direction", "heading"),
    [
        ("avril/events/2010-04-08-gouvernement/index.html", "search/fr/index.html", "fr", None, "Rechercher"),
        ("abril/index.html", "search/ar/index.html", "ar", "rtl", "بحث"),
        ("april/index.html", "search/index.html", "en", None, "Search"),
    ],
)
def test_a_storys_readers_search_on_a_page_in_its_language_that_finds_every_story(
    browser: Any,
    three_languages: tuple[str, Path],
    from_page: str,
    search_page: str,
    lang: str,
    direction: str | None,
    heading: str,
) -> None:
    site_url, _ = three_languages
    page = browser.new_page()
    page.goto(site_url + from_page)
    page.fill("#site-search-q", "Otunbayeva")
    page.press("#site-search-q", "Enter")
    page.wait_for_url(f"**/repo/{search_page}?q=Otunbayeva")
    assert page.get_attribute("html", "lang") == lang and page.get_attribute("html", "dir") == direction
    assert page.inner_text("h1") == heading
    assert set(results_in_any_language(page)) == EVERY_STORYS_EVENT
    page.click(f"text={sorted(EVERY_STORYS_EVENT)[0]}")  # its results lead where they should
    page.wait_for_url("**/repo/april/events/2010-04-08-government/index.html")
    page.close()


TRANSLATED = {
    "site.yaml": "title: Notre-Dame\nlanguage: fr\n",
    "incendie/story.yaml": "title: L’incendie de Notre-Dame\nsummary: Le chantier.\npublished: 2019-04-20\n",
    "incendie/figures/georgelin.yaml": "name: Jean-Louis Georgelin\nrole: Général\n",
    "incendie/events/2019-04-17-general.yaml": (
        "title: Un général pour le chantier\ndate: 2019-04-17\nsummary: Le président le nomme.\n"
        'figures: [georgelin]\ntags: ["L\'incendie"]\n'
    ),
    "fire/story.yaml": (
        "title: The Notre-Dame fire\nsummary: The rebuilding.\npublished: 2019-04-20\n"
        "language: en\ntranslation_of: incendie\n"
    ),
    "fire/figures/georgelin.yaml": "name: Jean-Louis Georgelin\nrole: General\n",
    # Named over and over, as no French page names him: Pagefind scores this page above
    # the French one, so only the search page's own language puts that one first.
    "fire/events/2019-04-17-general.yaml": (
        "title: Georgelin, a general for the rebuilding\ndate: 2019-04-17\n"
        "summary: Georgelin is named; Georgelin, Georgelin.\nfigures: [georgelin]\n"
    ),
}
"""A site in French with a story and its English translation, both naming one figure."""


@pytest.fixture(scope="module")
def translated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with served_site(tmp_path_factory.mktemp("search-translated"), TRANSLATED) as served:
        yield served


def result_languages(page: Any) -> list[str]:
    """Each result's language as its title says it: its lang, else the page's."""
    return [
        str(lang)
        for lang in page.eval_on_selector_all(
            ".search-results h2", "hs => hs.map(h => h.getAttribute('lang') || document.documentElement.lang)"
        )
    ]


@pytest.mark.parametrize(
    ("search_page", "order"), [("search/index.html", ["fr", "en"]), ("search/en/index.html", ["en", "fr"])]
)
def test_a_search_page_lists_its_own_languages_results_first_and_the_others_after(
    browser: Any, translated: tuple[str, Path], search_page: str, order: list[str]
) -> None:
    site_url, _ = translated
    page = browser.new_page()
    page.goto(site_url + search_page + "?q=Georgelin")
    results_in_any_language(page)
    languages = result_languages(page)
    assert languages == sorted(languages, key=order.index)  # the page's own language's first
    assert sorted(languages) == ["en", "en", "fr", "fr"]  # the event and figure pages of both versions
    page.close()


@pytest.mark.parametrize(
    ("search_page", "heading", "own_word"),
    [
        ("search/index.html", "Dans d’autres langues", "chantier"),
        ("search/en/index.html", "In other languages", "rebuilding"),
    ],
)
def test_the_results_in_other_languages_come_under_a_heading_of_their_own(
    browser: Any, translated: tuple[str, Path], search_page: str, heading: str, own_word: str
) -> None:
    # A French reader met the English events after the French ones with nothing saying
    # why: they are listed apart, under a quiet heading in the page's language.
    site_url, _ = translated
    page = browser.new_page()
    page.goto(site_url + search_page + "?q=Georgelin")
    results_in_any_language(page)
    own = page.get_attribute("html", "lang")
    assert page.locator("#search-others-heading").inner_text() == heading
    assert page.eval_on_selector_all("#search-results h2", "hs => hs.map(h => h.getAttribute('lang'))") == [
        None,
        None,
    ]  # the page's own language's
    others = page.eval_on_selector_all("#search-others h2", "hs => hs.map(h => h.getAttribute('lang'))")
    assert others == ["en", "en"] if own == "fr" else others == ["fr", "fr"]
    snapshot = page.locator("main").aria_snapshot()
    assert f'- heading "{heading}" [level=2]' in snapshot
    assert (
        snapshot.index("- list:")
        < snapshot.index(f'- heading "{heading}"')
        < snapshot.index(f'- list "{heading}":')
    )
    # A search finding the page's own language alone shows no heading (nor empty list).
    page.fill("#search-q", own_word)
    page.press("#search-q", "Enter")
    page.wait_for_function("document.querySelectorAll('.search-results li').length === 1")
    assert results_in_any_language(page) and page.locator("#search-others-heading").is_hidden()
    assert page.locator("#search-others").is_hidden() and "- list" in page.locator("main").aria_snapshot()
    page.goto(site_url + search_page + "?q=Georgelin")
    results_in_any_language(page)
    page.add_script_tag(path=str(axe_path()))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    page.close()


def test_a_tag_is_offered_and_found_typeset_as_its_event_page_shows_it(
    browser: Any, translated: tuple[str, Path]
) -> None:
    # The event page shows "L'incendie" as 'L’incendie', and Pagefind reads that: the
    # search page's choice is the same, and choosing it finds the event.
    site_url, _ = translated
    page = browser.new_page()
    page.goto(site_url + "search/index.html?" + urlencode({"q": "Georgelin", "tag": "L\u2019incendie"}))
    found = results_in_any_language(page)
    # Its counts come after the results; the choice, until then, without one.
    page.wait_for_function("document.querySelector('#search-tag').options[1]?.textContent.endsWith(')')")
    tags = choices(page, "tag")
    page.close()
    assert found == ["Un général pour le chantier"]
    assert [label for label, _ in tags[1:]] == ["L\u2019incendie (1)"]


def test_the_french_search_page_speaks_french(browser: Any, three_languages: tuple[str, Path]) -> None:
    site_url, _ = three_languages
    page = browser.new_page()
    page.goto(site_url + "search/fr/index.html?q=Otunbayeva")
    results_in_any_language(page)
    assert page.inner_text("#search-status") == "Résultats\u00a0: 3"
    assert page.inner_text("label[for=search-story]") == "Dossier"
    assert page.inner_text("#search-story option:first-child") == "Tous"
    assert page.get_attribute("#search-q", "dir") == "auto"
    page.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "search/fr/index.html")
    assert "La recherche nécessite JavaScript" in page.inner_text("#search-off")
    page.click("#search-off a")
    page.wait_for_url("**/repo/index.html")
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("tag", ["fr", "ar"])
def test_axe_finds_no_violations_on_a_search_page_in_a_storys_language(
    browser: Any, three_languages: tuple[str, Path], tag: str, scheme: str
) -> None:
    site_url, _ = three_languages
    axe = axe_path()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + f"search/{tag}/index.html?q=Otunbayeva")
    results_in_any_language(page)
    page.add_script_tag(path=str(axe))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    context.close()
    assert violations == []


def test_the_w3c_checker_finds_no_error_on_the_search_pages_in_the_storys_languages(
    three_languages: tuple[str, Path],
) -> None:
    _, site = three_languages
    assert (site / "search/fr/index.html").is_file() and (site / "search/ar/index.html").is_file()
    assert w3c_errors(site / "search" / "fr", site / "search" / "ar") == ""


def test_a_site_in_one_language_has_one_search_page(tmp_path: Path) -> None:
    for rel, text in THREE_LANGUAGES.items():
        if rel.startswith(("site.yaml", "april/")):
            (tmp_path / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / "content" / rel).write_text(text, encoding="utf-8")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    assert [
        p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site" / "search").rglob("*")
    ] == ["search/index.html"]


def settled(page: Any) -> tuple[str, list[str]]:
    """The status and the titles of the results, once the search has answered."""
    page.wait_for_function(
        "(s => s.textContent && s.textContent !== s.dataset.loading)(document.getElementById('search-status'))"
    )
    titles = page.eval_on_selector_all(".search-results h2 a", "as => [...as].map(a => a.textContent)")
    return page.inner_text("#search-status"), sorted(str(t) for t in titles)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("unrest", []),  # the French "Un" was taken for it, and the French event found
        ("legal", []),  # the French "le"
        # Each word of several found in the French index through a short word alone:
        # "legal unrest" found the French event holding "le" and "Un" (as "Dún Laoghaire"
        # found French pages with "du" and "la").
        ("legal unrest", []),
        ("Otunbayeva unrest", sorted(EVERY_STORYS_EVENT)),  # each has Otunbayeva
        ("Otunbayevaa", sorted(EVERY_STORYS_EVENT)),  # a word one letter off still finds its own
        ("Interim", ["Interim government formed"]),
        # In the page's own language a short word is the stem of the word searched.
        ("going", ["Interim government formed", "Leaders go home"]),  # "go" begins "government"
        ("lying", ["Leaders go home"]),
        # But not a word of one letter: a French name typed on the English page,
        # "d’Arcy" ("Arcy"), found the English pages holding "a" first.
        ("Arcy", []),
    ],
)
def test_a_word_of_one_language_finds_nothing_in_another_through_a_short_word_it_begins_with(
    browser: Any, three_languages: tuple[str, Path], query: str, found: list[str]
) -> None:
    """Pagefind takes, for a word no word of an index begins with, the longest word of
    that index it begins with: on a site of several languages, a word of one found the
    pages of another holding 'un' or 'le'."""
    site_url, _ = three_languages
    page = browser.new_page()
    page.goto(site_url + f"search/index.html?q={query}")
    status, titles = settled(page)
    assert titles == found
    assert status == (
        f"Results: {len(found)}" if found else "Nothing found. Try other words, or fewer filters."
    )
    stories = page.eval_on_selector_all(  # the story list counts the results shown
        "#search-story option:not([value=''])",
        "os => os.map(o => Number(/\\((\\d+)\\)$/.exec(o.textContent)[1]))",
    )
    assert sum(stories) == len(found)
    page.close()


def test_a_word_of_several_found_through_a_short_word_is_left_out_not_marked(
    browser: Any, three_languages: tuple[str, Path]
) -> None:
    """A French reader's "avril 2010" found the English pages through "A" (the longest
    English word "avril" begins with) beside "2010", marked "A" in their excerpts and put
    them above the French pages that hold both words. Here "unrest" found the French
    page through its "Un": the French index is asked "Otunbayeva" alone, as Pagefind asks
    an index without a word none of its pages has."""
    site_url, _ = three_languages
    page = browser.new_page()
    page.goto(site_url + "search/index.html?q=Otunbayeva%20unrest")
    settled(page)
    french = page.eval_on_selector(
        ".search-results li:has(a[href*='/avril/'])",
        "li => [...li.querySelectorAll('mark')].map(m => m.textContent)",
    )
    assert french and all(mark.strip(".").lower() == "otunbayeva" for mark in french)
    page.close()


ELISIONS = {
    "site.yaml": "title: Une histoire\nlanguage: fr\n",
    "chili/story.yaml": "title: Le séisme\nsummary: Ce qui s’est passé.\npublished: 2010-03-01\n",
    "chili/figures/pinera.yaml": "name: Sebastián Piñera\nrole: Homme d'affaires élu président\n",
    "chili/events/2010-02-28-armee.yaml": (
        "title: L'armée est déployée\ndate: 2010-02-28\nsummary: Elle doit rétablir l'ordre à Concepción.\n"
        "figures: [pinera]\n"
    ),
    "chili/events/2010-03-02-benevoles.yaml": (
        "title: Une armée de bénévoles\ndate: 2010-03-02\nsummary: Des milliers de volontaires aident Concepción.\n"
    ),
}
"""A story in French whose words "ordre" and "affaires" are written only after an
elision, with the apostrophe the pages' typography makes ’, and "armée" with one and
without."""


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ordre", ["L’armée est déployée"]),
        ("armée", ["L’armée est déployée", "Une armée de bénévoles"]),
        ("affaires", ["Sebastián Piñera"]),
        ("l'ordre", ["L’armée est déployée"]),
        ("l'armée", ["L’armée est déployée", "Une armée de bénévoles"]),  # with or without
        ("d’affaires", ["Sebastián Piñera"]),
    ],
)
def test_a_french_word_written_after_an_elision_is_found_by_itself_and_with_it(
    browser: Any, tmp_path: Path, query: str, found: list[str]
) -> None:
    with served_site(tmp_path, ELISIONS) as (site_url, _):
        page = browser.new_page()
        page.goto(site_url + f"search/index.html?q={query}")
        assert settled(page)[1] == found
        page.close()


@pytest.mark.parametrize(
    ("query", "marked"), [("ordre", ["l’ordre"]), ("l'ordre", ["l’ordre"]), ("ORDRE", ["l’ordre"])]
)
def test_a_word_found_after_an_elision_is_marked_in_the_excerpt(
    browser: Any, tmp_path: Path, query: str, marked: list[str]
) -> None:
    # "ordre" found the page that writes "l’ordre" (through the words the page gives the
    # index after an elision), but its excerpt marked nothing: the reader saw no word of
    # theirs in it.
    with served_site(tmp_path, ELISIONS) as (site_url, _):
        page = browser.new_page()
        page.goto(site_url + f"search/index.html?q={query}")
        settled(page)
        marks = page.eval_on_selector_all(".search-results li mark", "ms => ms.map(m => m.textContent)")
        assert marks == marked
        excerpt = page.inner_text(".search-results li p:last-child")
        assert "rétablir l’ordre à Concepción" in excerpt  # the text around it whole
        page.close()


JOINED = {
    "site.yaml": "title: Two stories\nlanguage: en\n",
    "floods/story.yaml": "title: Floods in April\nsummary: What happened.\npublished: 2010-04-20\n",
    "floods/events/2010-04-08-rain.yaml": "title: Heavy rain\ndate: 2010-04-08\nsummary: The river rises.\n",
    "nahr/story.yaml": "title: فيضان النهر\nsummary: ما الذي حدث.\npublished: 2010-04-20\nlanguage: ar\n",
    "nahr/events/2010-04-09-jisr.yaml": (
        "title: انهيار الجسر القديم\ndate: 2010-04-09\nsummary: سقط الجسر في النهر بعد المطر.\n"
    ),
    "nahr/events/2010-04-10-wazir.yaml": (
        "title: استقالة وزير النقل\ndate: 2010-04-10\nsummary: قدم استقالته بعد الحادث.\n"
    ),
}
"""A site in English with a story in Arabic: one event names the bridge ("الجسر") and
another the minister ("وزير", a word that begins with the letter of "and")."""

BRIDGE = "انهيار الجسر القديم"
MINISTER = "استقالة وزير النقل"


@pytest.fixture(scope="module")
def joined_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-joined"), JOINED) as (url, _):
        yield url


@pytest.mark.parametrize("search_page", ["search/ar/index.html", "search/index.html"])
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("والجسر", [BRIDGE]),  # "and the bridge"
        ("فالجسر", [BRIDGE]),  # "so the bridge"
        ("وَالجسر", [BRIDGE]),  # with a vowel mark on the "and"
        ("والجسر القديم", [BRIDGE]),  # beside a word found as it is
        ("الجسر", [BRIDGE]),
        ("وزير", [MINISTER]),  # a word that begins with the letter, found as it is
        ("ووزير", [MINISTER]),  # "and a minister"
        ("والنهر", [BRIDGE]),  # "and the river" (also in the Arabic story's title, not searched)
        ("وجسر", [BRIDGE]),  # "and a bridge": the rest found by its stem
    ],
)
def test_an_arabic_word_with_and_or_so_joined_to_it_is_found_without_them(
    browser: Any, joined_url: str, search_page: str, query: str, found: list[str]
) -> None:
    """Arabic writes "and" (و) and "so" (ف) joined to the next word, which Pagefind's
    Arabic stemming leaves on: "والجسر" found nothing on a page holding "الجسر"."""
    page = browser.new_page()
    page.goto(joined_url + f"{search_page}?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


ARTICLE = {
    "site.yaml": "title: شروحات\nlanguage: ar\n",
    "port/story.yaml": "title: انفجار المرفأ\nsummary: ما الذي حدث.\npublished: 2021-02-20\n",
    "port/events/2020-08-04-blast.yaml": (
        "title: دمار في الأحياء\ndate: 2020-08-04\nsummary: أصاب الانفجار الجميزة والكرنتينا.\n"
    ),
    "port/events/2021-02-19-judge.yaml": (
        "title: تعيين محقق جديد\ndate: 2021-02-19\nsummary: عُين القاضي البيطار بعد قرار البرلمان.\n"
    ),
}
"""An Arabic story whose events write names with 'and' (و) joined to them ('والكرنتينا',
'and Karantina') and with 'the' (ال) before a word that begins with 'ب' ('البيطار',
'البرلمان')."""

DAMAGE, JUDGE = "دمار في الأحياء", "تعيين محقق جديد"


@pytest.fixture(scope="module")
def article_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ar"), ARTICLE) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("كرنتينا", [DAMAGE]),
        ("الكرنتينا", [DAMAGE]),
        ("والكرنتينا", [DAMAGE]),  # as the page writes it
        ("بيطار", [JUDGE]),
        ("البيطار", [JUDGE]),
        ("برلمان", [JUDGE]),
        ("الجميزة", [DAMAGE]),  # without a joined letter, found before
    ],
)
def test_an_arabic_page_is_found_by_its_words_without_the_and_and_the_it_joins_to_them(
    browser: Any, article_url: str, query: str, found: list[str]
) -> None:
    """Pagefind's Arabic stemming leaves 'and' (و) on a page's word, and takes 'in' (ب) off
    a query's word that has no 'the' (ال) but not off a page's that has: 'كرنتينا' found
    nothing on a page holding 'والكرنتينا', nor 'بيطار' (the judge's name without its
    article) on one holding 'البيطار'."""
    page = browser.new_page()
    page.goto(article_url + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


MARKED = {
    "site.yaml": "title: شروحات\nlanguage: ar\n",
    "beirut/story.yaml": "title: بيروت\nsummary: ما الذي حدث.\npublished: 2021-02-20\n",
    "beirut/events/2020-08-01-born.yaml": "title: مولد النبي\ndate: 2020-08-01\nsummary: ولد مُحَمَّد في مكة.\n",
    "beirut/events/2020-08-04-blast.yaml": (
        "title: دمار في الأحياء\ndate: 2020-08-04\nsummary: أصاب الانفجار الجميزة والكَرنتينا.\n"
    ),
    "beirut/events/2020-08-05-bridge.yaml": "title: انهيار الجسر\ndate: 2020-08-05\nsummary: سقط الجسر في النهر.\n",
    "beirut/events/2020-08-06-cabinet.yaml": (
        "title: اجتماع الحكومة\ndate: 2020-08-06\nsummary: قال الوزيـــر إن المطار مغلق.\n"
    ),
    "tehran/story.yaml": "title: تهران\nsummary: چه شد.\npublished: 2021-02-20\nlanguage: fa\n",
    "tehran/events/2020-08-01-fair.yaml": "title: نمایشگاه\ndate: 2020-08-01\nsummary: این کِتاب در تهران چاپ شد.\n",
    "tehran/events/2020-08-02-bazaar.yaml": "title: بازار\ndate: 2020-08-02\nsummary: فروشندگان كِتاب آمدند.\n",
    "tehran/events/2020-08-03-strike.yaml": (
        "title: تعطیلی\ndate: 2020-08-03\nsummary: معلمان مدرســه را ترک کردند.\n"
    ),
    "tehran/events/2020-08-04-campus.yaml": (
        "title: جشن\ndate: 2020-08-04\nsummary: دانشجویان در دانشگاه جمع شدند.\n"
    ),
    "lahore/story.yaml": "title: لاہور\nsummary: کیا ہوا۔\npublished: 2021-02-20\nlanguage: ur\n",
    "lahore/events/2020-08-01-closed.yaml": "title: بندش\ndate: 2020-08-01\nsummary: شہر کے مدرســے بند ہیں۔\n",
    "lahore/events/2020-08-02-notice.yaml": "title: اعلان\ndate: 2020-08-02\nsummary: حکومت نے اعلان کیا۔\n",
}
"""Arabic, Persian and Urdu stories whose events write a word with vowel marks
('مُحَمَّد', 'والكَرنتينا', 'کِتاب', and 'كِتاب' with Arabic's Kaf) or drawn long with the
tatweel ('الوزيـــر', 'مدرســه', 'مدرســے'), and words without either."""

BORN, BLAST, COLLAPSE, CABINET_AR = "مولد النبي", "دمار في الأحياء", "انهيار الجسر", "اجتماع الحكومة"
FAIR, BAZAAR, STRIKE, CAMPUS, CLOSED, NOTICE = "نمایشگاه", "بازار", "تعطیلی", "جشن", "بندش", "اعلان"


@pytest.fixture(scope="module")
def marked_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-marked"), MARKED) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Found before: Pagefind reads an Arabic word, and a Persian or Urdu one, without
        # its marks, the page's and the query's; and a word without marks is asked as typed.
        ("محمد", [BORN]),
        ("مُحَمَّد", [BORN]),
        ("والكرنتينا", [BLAST]),
        ("الجِسر", [COLLAPSE]),
        ("الجسر", [COLLAPSE]),
        ("الوزير", [CABINET_AR]),
        ("وزير", [CABINET_AR]),  # begins with the letter of 'and', and is found as it is
        ("دانشگاه", [CAMPUS]),
        # The Urdu word 'government', which the Arabic page writes 'الحكومة': found there
        # typed with Arabic's kaf, and with Urdu's since the Arabic index is asked it so.
        ("حکومت", [CABINET_AR, NOTICE]),
        ("حكومت", [CABINET_AR, NOTICE]),
        # Found nothing: the page's word cut at its fatha gave the index no forms of the
        # name without its 'and' and 'the'.
        ("الكرنتينا", [BLAST]),
        ("كرنتينا", [BLAST]),
        ("الكَرنتينا", [BLAST]),
        # A query drawn long: its 'and' was left on ('والجسـر'), and Pagefind keeps a
        # Persian or Urdu word's tatweel.
        ("والجسـر", [COLLAPSE]),
        ("دانشگـاه", [CAMPUS]),
        ("حکـومت", [CABINET_AR, NOTICE]),
        # A Persian or Urdu page's word drawn long, and one with Arabic's Kaf and a mark
        # (found only through its Kaf alone, when no page wrote the word as typed).
        ("مدرسه", [STRIKE]),
        ("مدرسے", [CLOSED]),
        ("کتاب", [BAZAAR, FAIR]),
        ("کِتاب", [BAZAAR, FAIR]),
    ],
)
def test_an_arabic_persian_or_urdu_word_is_found_with_or_without_its_marks_and_tatweel(
    browser: Any, marked_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(marked_url + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


RARER_MARKS = {
    "site.yaml": "title: شروحات\nlanguage: ar\n",
    "beirut/story.yaml": "title: بيروت\nsummary: ما الذي حدث.\npublished: 2021-02-20\n",
    "beirut/events/2020-08-01-official.yaml": (
        "title: تصريح رسمي\ndate: 2020-08-01\nsummary: قال المسؤول إن الماء مقطوع.\n"
    ),
    "beirut/events/2020-08-02-palace.yaml": (
        "title: لقاء في القصر\ndate: 2020-08-02\nsummary: التقى الوزير والمسو\u0654ول في القصر.\n"
    ),
    "beirut/events/2020-08-03-prayer.yaml": (
        "title: صلاة الجمعة\ndate: 2020-08-03\nsummary: قرأ الإمام وَٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ في المسجد.\n"
    ),
    "beirut/events/2020-08-04-thanks.yaml": (
        "title: شكر\ndate: 2020-08-04\nsummary: قال الحمد لله رب العالمين على السلامة.\n"
    ),
    "tehran/story.yaml": "title: تهران\nsummary: چه شد.\npublished: 2021-02-20\nlanguage: fa\n",
    "tehran/events/2020-08-01-head.yaml": "title: انتخاب\ndate: 2020-08-01\nsummary: رئیس دانشگاه انتخاب شد.\n",
    "tehran/events/2020-08-02-quit.yaml": (
        "title: استعفا\ndate: 2020-08-02\nsummary: ري\u0654يس بانك استعفا داد.\n"
    ),
    "lahore/story.yaml": "title: لاہور\nsummary: کیا ہوا۔\npublished: 2021-02-20\nlanguage: ur\n",
    "lahore/events/2020-08-01-notice.yaml": "title: اعلان\ndate: 2020-08-01\nsummary: حکومت نے اعلان کیا۔\n",
    "lahore/events/2020-08-02-province.yaml": (
        "title: صوبہ\ndate: 2020-08-02\nsummary: صوبائی حكو\u0657مت نے فیصلہ کیا۔\n"
    ),
}
"""Arabic, Persian and Urdu stories whose events write a hamza as a mark of its own
(U+0654, 'والمسؤول' as 'والمسو' and the mark; 'رئيس' as 'ري' and the mark), Urdu's inverted
damma (U+0657) on a word pasted with Arabic's Kaf ('حكوٗمت'), a quoted verse's Quranic
sukun (U+06E1, 'وَٱلۡحَمۡدُ'), and the same words without them."""

OFFICIAL, PALACE, PRAYER, THANKS = "تصريح رسمي", "لقاء في القصر", "صلاة الجمعة", "شكر"
HEAD, QUIT, NOTICE_UR, PROVINCE = "انتخاب", "استعفا", "اعلان", "صوبہ"


@pytest.fixture(scope="module")
def rarer_marks_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-rarer-marks"), RARER_MARKS) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Found the page writing the word as typed only: the page's mark cut its word
        # for the forms without 'and' and 'the' and for the Persian respelling, and a
        # verse's alef wasla is no alef to Pagefind.
        ("المسؤول", [OFFICIAL, PALACE]),
        ("مسؤول", [OFFICIAL, PALACE]),
        ("الحمد", [PRAYER, THANKS]),
        ("حمد", [PRAYER, THANKS]),
        ("رئیس", [HEAD, QUIT]),
        ("رئيس", [HEAD, QUIT]),
        ("حکومت", [NOTICE_UR, PROVINCE]),
        ("العالمين", [PRAYER, THANKS]),  # the verse's superscript alef, an alef readers type
        ("عالمين", [PRAYER, THANKS]),
        # Typed so: a hamza as a mark of its own, a verse as quoted.
        ("المسو\u0654ول", [OFFICIAL, PALACE]),
        ("ٱلۡحَمۡدُ", [PRAYER, THANKS]),
        # Words without them, as they were.
        ("صوبائی", [PROVINCE]),
        ("الوزير", [PALACE]),
    ],
)
def test_an_arabic_persian_or_urdu_word_is_found_with_a_hamza_or_a_rarer_mark_of_its_own(
    browser: Any, rarer_marks_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(rarer_marks_url + "search/index.html?" + urlencode({"q": query}))
    assert settled(page)[1] == sorted(found)
    page.close()


DRAWN_LONG_NAMES = {
    "site.yaml": "title: پرونده‌ها\nlanguage: fa\n",
    "tehran/story.yaml": "title: اعتراض\nsummary: چه شد.\npublished: 2021-02-20\n",
    "tehran/locations/tehran.yaml": "name: تهـران\ncoordinates: [35.7, 51.4]\n",
    "tehran/figures/rouhani.yaml": "name: حسن روحـانی\nrole: رئیس‌جمهور\n",
    "tehran/events/2020-08-01-march.yaml": (
        "title: راهپیمایی\ndate: 2020-08-01\nsummary: مردم به خیابان آمدند.\n"
        "locations: [tehran]\nfigures: [rouhani]\n"
    ),
    "tehran/events/2020-08-02-strike.yaml": "title: اعتصاب\ndate: 2020-08-02\nsummary: بازار بسته شد.\n",
}
"""A Persian story whose place and figure are named with a tatweel ('تهـران', 'روحـانی'),
as a name pasted from a headline may be."""


@pytest.mark.parametrize(
    ("query", "right", "name"),
    [("هتران", "تهران", "تهـران"), ("رحوانی", "روحانی", "روحـانی"), ("روحانى", "روحانی", None)],
)
def test_a_name_written_with_a_tatweel_is_the_near_spelling_of_a_name_typed_without(
    browser: Any, tmp_path: Path, query: str, right: str, name: str | None
) -> None:
    """The near spellings compared the names' words with the tatweel (a letter to them):
    'هتران' (two letters of 'تهران' swapped) was two from 'تهـران', found nothing and was
    not respelled. A name typed without it that the pages have ('روحانى', with Arabic's
    Yeh) is found as it was, not respelled."""
    with served_site(tmp_path, DRAWN_LONG_NAMES) as (url, _):
        page = browser.new_page()
        page.goto(url + "search/index.html?" + urlencode({"q": right}))
        found = settled(page)[1]
        assert "راهپیمایی" in found
        page.goto(url + "search/index.html?" + urlencode({"q": query}))
        status, titles = settled(page)
        assert titles == found
        if name is None:
            assert page.is_hidden("#search-respelt")
        else:
            assert name in status
        page.close()


KEYBOARDS = {
    "site.yaml": "title: شروحات\nlanguage: ar\n",
    "fair/story.yaml": "title: القاهرة\nsummary: ما الذي حدث.\npublished: 2021-02-20\n",
    "fair/events/2021-01-01-fair.yaml": "title: معرض الكتاب\ndate: 2021-01-01\nsummary: افتتح المعرض أبوابه.\n",
    "fair/events/2021-01-02-strike.yaml": "title: إضراب\ndate: 2021-01-02\nsummary: أغلقت المدرسة أبوابها.\n",
    "fair/events/2021-01-03-visit.yaml": "title: زيارة\ndate: 2021-01-03\nsummary: وصل علي إلى بيروت.\n",
    "fair/events/2021-01-04-hall.yaml": "title: قاعة\ndate: 2021-01-04\nsummary: جلسوا على الكراسي.\n",
    "fair/events/2021-01-05-letter.yaml": "title: رسالة\ndate: 2021-01-05\nsummary: قرأ كتابه أمام الجمهور.\n",
}
"""An Arabic story whose events write 'الكتاب' (the book), 'المدرسة' (the school, with
the ta marbuta), 'علي' (Ali), 'على' (on, with the alef maksura) and 'كتابه' (his book)."""

BOOK_FAIR_AR, SCHOOL_AR, VISIT_AR, HALL_AR, LETTER_AR = "معرض الكتاب", "إضراب", "زيارة", "قاعة", "رسالة"


@pytest.fixture(scope="module")
def keyboards_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ar-keyboards"), KEYBOARDS) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "arabic", "found"),
    [
        ("کتاب", "كتاب", [BOOK_FAIR_AR, LETTER_AR]),  # Persian's and Urdu's kaf
        ("الکتاب", "الكتاب", [BOOK_FAIR_AR, LETTER_AR]),  # "the book" (and "his book", its stem)
        ("مدرسہ", "مدرسه", [SCHOOL_AR]),  # Urdu's heh goal, where Arabic writes the ta marbuta
        ("المدرسۃ", "المدرسة", [SCHOOL_AR]),  # Urdu's ta marbuta
        ("علی", "علي", [HALL_AR, VISIT_AR]),  # Persian's yeh, which writes both Arabic's
        ("بیروت", "بيروت", [VISIT_AR]),
        ("کتابہ", "كتابه", [BOOK_FAIR_AR, LETTER_AR]),  # "his book", asked as it, not as "writing"
        ("معرض", "معرض", [BOOK_FAIR_AR]),
    ],
)
def test_an_arabic_word_typed_on_a_persian_or_urdu_keyboard_finds_an_arabic_page(
    browser: Any, keyboards_url: str, query: str, arabic: str, found: list[str]
) -> None:
    """A reader on a Persian or Urdu keyboard types Arabic's kaf as 'ک', its yeh as 'ی'
    and its heh as 'ہ' (Urdu's heh goal), and Pagefind holds them apart: 'کتاب' found no
    Arabic page writing 'كتاب'. The Arabic index is asked them as Arabic writes them, and
    each finds what the word typed with Arabic's letters finds."""
    page = browser.new_page()
    for typed_as in (arabic, query):
        page.goto(keyboards_url + "search/index.html?" + urlencode({"q": typed_as}))
        assert settled(page)[1] == sorted(found), typed_as
    page.close()


TAMIL = {
    "site.yaml": "title: விளக்கங்கள்\nlanguage: ta\n",
    "tsunami/story.yaml": "title: சுனாமி\nsummary: அலைகள் தாக்கின.\npublished: 2005-01-10\n",
    "tsunami/events/2004-12-26-rock.yaml": (
        "title: பாறையில் பயணிகள்\ndate: 2004-12-26\nsummary: பயணிகள் நினைவகத்தில் சிக்கினர்.\n"
    ),
    "tsunami/events/2004-12-27-camps.yaml": (
        "title: நிவாரண முகாம்கள்\ndate: 2004-12-27\nsummary: நாகப்பட்டினம் மாவட்டத்தில் முகாம்கள் திறந்தன.\n"
    ),
    "tsunami/events/2004-12-28-memorial.yaml": (
        "title: நினைவகம் திறப்பு\ndate: 2004-12-28\nsummary: நாகப்பட்டினத்தில் புதிய நினைவகம்.\n"
    ),
}
"""A Tamil site: its events write nouns in '-ம்' alone ('நினைவகம்', memorial; 'நாகப்பட்டினம்')
and in their cases, where '-ம்' is '-த்த-' ('நினைவகத்தில்', at the memorial)."""

ROCK, CAMPS, MEMORIAL = "பாறையில் பயணிகள்", "நிவாரண முகாம்கள்", "நினைவகம் திறப்பு"


@pytest.fixture(scope="module")
def tamil_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ta"), TAMIL) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("நினைவகம்", [MEMORIAL, ROCK]),  # and the page that writes 'நினைவகத்தில்'
        ("நினைவகத்தில்", [MEMORIAL, ROCK]),  # and the page that writes 'நினைவகம்'
        ("நாகப்பட்டினம்", [CAMPS, MEMORIAL]),
        ("நாகப்பட்டினத்தில்", [CAMPS, MEMORIAL]),
        ("மாவட்டத்தின்", [CAMPS]),  # a case the page does not write ('மாவட்டத்தில்')
        ("பயணிகள்", [ROCK]),
    ],
)
def test_a_tamil_noun_is_found_in_any_of_its_cases(
    browser: Any, tamil_url: str, query: str, found: list[str]
) -> None:
    """Pagefind's Tamil stemming keeps the '-த்த-' a noun in '-ம்' takes in its cases:
    'நினைவகம்' did not find the page writing 'நினைவகத்தில்', nor 'நாகப்பட்டினத்தில்' the pages
    writing 'நாகப்பட்டினம்'."""
    page = browser.new_page()
    page.goto(tamil_url + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


TAMIL_NAMES = {
    "site.yaml": "title: செய்திகள்\nlanguage: ta\n",
    "mazhai/story.yaml": "title: பெருமழை\nsummary: மழை பெய்தது.\npublished: 2015-12-10\n",
    "mazhai/locations/chennai.yaml": "name: சென்னை\ncoordinates: [13.08, 80.27]\n",
    "mazhai/locations/gujarat.yaml": "name: குஜராத்\ncoordinates: [22.3, 71.2]\n",
    "mazhai/figures/stalin.yaml": "name: ஸ்டாலின்\nrole: அரசியல்வாதி\n",
    "mazhai/events/2015-12-01-rain.yaml": (
        "title: வெள்ள எச்சரிக்கை\ndate: 2015-12-01\nsummary: சென்னையில் கனமழை பெய்தது.\n"
    ),
    "mazhai/events/2015-12-02-meeting.yaml": (
        "title: நிவாரண நிதி\ndate: 2015-12-02\nsummary: ஸ்டாலினை அமைச்சர்கள் சந்தித்தனர்.\n"
    ),
    "mazhai/events/2015-12-03-return.yaml": (
        "title: முதல்வர் திரும்பினார்\ndate: 2015-12-03\nsummary: சென்னை திரும்பினார்.\n"
    ),
    "mazhai/events/2015-12-04-plant.yaml": (
        "title: தொழிற்சாலை திறப்பு\ndate: 2015-12-04\nsummary: குஜராத்தில் புதிய ஆலை.\n"
    ),
    "mazhai/locations/france.yaml": "name: பிரான்ஸ்\ncoordinates: [46.6, 2.4]\n",
    "mazhai/locations/tamilnadu.yaml": "name: தமிழ்நாடு\ncoordinates: [11.1, 78.7]\n",
    "mazhai/events/2015-12-05-visit.yaml": (
        "title: அமைச்சர் புறப்பட்டார்\ndate: 2015-12-05\nsummary: அமைச்சர் பிரான்சுக்கு சென்றார்.\n"
    ),
    "mazhai/events/2015-12-06-schools.yaml": (
        "title: பள்ளிகள் மூடல்\ndate: 2015-12-06\nsummary: தமிழ்நாட்டில் விடுமுறை அறிவிக்கப்பட்டது.\n"
    ),
}
"""A Tamil site whose places and figure ('சென்னை', 'குஜராத்', 'ஸ்டாலின்') its events write
with a case ending: 'சென்னையில்' (in Chennai), 'ஸ்டாலினை' (Stalin, the object),
'குஜராத்தில்' (in Gujarat), 'பிரான்சுக்கு' (to France, its 'ஸ்' as 'ச'), 'தமிழ்நாட்டில்'
(in Tamil Nadu), and one alone."""

TELUGU_NAMES = {
    "site.yaml": "title: వార్తలు\nlanguage: te\n",
    "varadalu/story.yaml": "title: వరదలు\nsummary: వర్షాలు కురిశాయి.\npublished: 2020-10-20\n",
    "varadalu/locations/hyderabad.yaml": "name: హైదరాబాద్\ncoordinates: [17.38, 78.48]\n",
    "varadalu/locations/vizag.yaml": "name: విశాఖపట్నం\ncoordinates: [17.69, 83.22]\n",
    "varadalu/figures/naidu.yaml": "name: చంద్రబాబు నాయుడు\nrole: ముఖ్యమంత్రి\n",
    "varadalu/events/2020-10-13-rain.yaml": (
        "title: భారీ వర్షాలు\ndate: 2020-10-13\nsummary: హైదరాబాద్\u200cలో వరదలు.\n"
    ),
    "varadalu/events/2020-10-14-meeting.yaml": (
        "title: మంత్రుల భేటీ\ndate: 2020-10-14\nsummary: నాయుడితో మంత్రులు సమావేశమయ్యారు.\n"
    ),
    "varadalu/events/2020-10-15-storm.yaml": (
        "title: తుఫాను హెచ్చరిక\ndate: 2020-10-15\nsummary: విశాఖపట్నానికి తుఫాను ముప్పు.\n"
    ),
    "varadalu/events/2020-10-16-camps.yaml": (
        "title: సహాయ శిబిరాలు\ndate: 2020-10-16\nsummary: శిబిరాలు సోమవారం వరకు తెరిచి ఉంటాయి.\n"
    ),
    "varadalu/events/2020-10-17-crops.yaml": (
        "title: పంట నష్టం\ndate: 2020-10-17\nsummary: వరద పంటలను ముంచింది.\n"
    ),
}
"""A Telugu site whose places and figure its events write with a case ending:
'హైదరాబాద్‌లో' (in Hyderabad), 'నాయుడితో' (with Naidu), 'విశాఖపట్నానికి' (to
Visakhapatnam); and 'వరకు' (until), a word that merely ends as '-కు' (to) does, beside
'వరద' (flood)."""


@pytest.fixture(scope="module")
def tamil_names_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ta-names"), TAMIL_NAMES) as (url, _):
        yield url


@pytest.fixture(scope="module")
def telugu_names_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-te-names"), TELUGU_NAMES) as (url, _):
        yield url


RAIN, MEETING, RETURN, PLANT = "வெள்ள எச்சரிக்கை", "நிவாரண நிதி", "முதல்வர் திரும்பினார்", "தொழிற்சாலை திறப்பு"
VISIT, SCHOOLS = "அமைச்சர் புறப்பட்டார்", "பள்ளிகள் மூடல்"
FLOODS, TALKS, STORM, CAMPS_TE, CROPS = "భారీ వర్షాలు", "మంత్రుల భేటీ", "తుఫాను హెచ్చరిక", "సహాయ శిబిరాలు", "పంట నష్టం"


@pytest.mark.parametrize(
    ("language", "query", "found"),
    [
        # The bare name finds it written with its case ending, as it did.
        ("ta", "சென்னை", ["சென்னை", RAIN, RETURN]),
        ("ta", "ஸ்டாலின்", ["ஸ்டாலின்", MEETING]),
        ("ta", "குஜராத்", ["குஜராத்", PLANT]),
        ("ta", "தமிழ்நாடு", ["தமிழ்நாடு", SCHOOLS]),
        # A name in '-ஸ்' written with 'ச' in its cases: Pagefind's stem keeps the 'ச', and
        # the page gives the index the name as written alone.
        ("ta", "பிரான்ஸ்", ["பிரான்ஸ்", VISIT]),
        ("te", "హైదరాబాద్", ["హైదరాబాద్", FLOODS]),
        ("te", "నాయుడు", ["చంద్రబాబు నాయుడు", TALKS]),
        ("te", "విశాఖపట్నం", ["విశాఖపట్నం", STORM]),
        # The name with a case ending finds it alone and in its other cases: each found
        # only the pages writing that case, 'குஜராத்தில்' (taken for a noun in '-ம்') no
        # place page either.
        ("ta", "சென்னையில்", ["சென்னை", RAIN, RETURN]),
        ("ta", "சென்னைக்குச்", ["சென்னை", RAIN, RETURN]),
        ("ta", "ஸ்டாலினை", ["ஸ்டாலின்", MEETING]),
        ("ta", "குஜராத்தில்", ["குஜராத்", PLANT]),
        ("ta", "தமிழ்நாட்டில்", ["தமிழ்நாடு", SCHOOLS]),
        ("ta", "பிரான்சில்", ["பிரான்ஸ்", VISIT]),
        ("te", "హైదరాబాద్\u200cలో", ["హైదరాబాద్", FLOODS]),
        ("te", "నాయుడితో", ["చంద్రబాబు నాయుడు", TALKS]),
        ("te", "విశాఖపట్నానికి", ["విశాఖపట్నం", STORM]),
        # A word that merely ends as a case does is asked as written: 'వరకు' (until)
        # as 'వర' found 'వరద' (flood) and 'వరదలు' too.
        ("te", "వరకు", [CAMPS_TE]),
    ],
)
def test_a_tamil_or_telugu_name_is_found_with_or_without_its_case_ending(
    browser: Any, tamil_names_url: str, telugu_names_url: str, language: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto((tamil_names_url if language == "ta" else telugu_names_url) + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


TAMIL_TEXT = {
    "site.yaml": "title: செய்திகள்\nlanguage: ta\n",
    "aalai/story.yaml": "title: புதிய ஆலைகள்\nsummary: தொழில் செய்திகள்.\npublished: 2015-12-10\n",
    "aalai/events/2015-12-01-plant.yaml": (
        "title: தொழிற்சாலை திறப்பு\ndate: 2015-12-01\nsummary: குஜராத் மாநிலம் புதிய ஆலை.\n"
    ),
    "aalai/events/2015-12-02-visit.yaml": (
        "title: அமைச்சர் வருகை\ndate: 2015-12-02\nsummary: அமைச்சர் குஜராத்தை பார்வையிட்டார்.\n"
    ),
    "aalai/events/2015-12-03-rain.yaml": "title: நிவாரண முகாம்கள்\ndate: 2015-12-03\nsummary: மாவட்டம் முழுவதும் மழை.\n",
    "aalai/events/2015-12-04-schools.yaml": "title: பள்ளிகள் மூடல்\ndate: 2015-12-04\nsummary: மாவட்டத்தில் விடுமுறை.\n",
}
"""A Tamil site that writes 'குஜராத்' (Gujarat) in its text only, alone and in a case
('குஜராத்தை'), no place of it listed, and 'மாவட்டம்' (district) alone and in a case
('மாவட்டத்தில்')."""

GUJARAT_PLANT, GUJARAT_VISIT = "தொழிற்சாலை திறப்பு", "அமைச்சர் வருகை"
DISTRICT_RAIN, DISTRICT_SCHOOLS = "நிவாரண முகாம்கள்", "பள்ளிகள் மூடல்"


@pytest.fixture(scope="module")
def tamil_text_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ta-text"), TAMIL_TEXT) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # A name in '-த்' with a case ending, taken for a noun in '-ம்' ('குஜராம்'), found
        # only the page writing the name in a case; as typed, it finds it alone too.
        ("குஜராத்தில்", [GUJARAT_PLANT, GUJARAT_VISIT]),
        ("குஜராத்தை", [GUJARAT_PLANT, GUJARAT_VISIT]),
        ("குஜராத்தில் ஆலை", [GUJARAT_PLANT]),
        ("குஜராத்", [GUJARAT_PLANT, GUJARAT_VISIT]),
        # A noun in '-ம்' with a case ending still finds it alone: as typed, only the page
        # writing that case.
        ("மாவட்டத்தில்", [DISTRICT_RAIN, DISTRICT_SCHOOLS]),
        ("மாவட்டத்தை", [DISTRICT_RAIN, DISTRICT_SCHOOLS]),
        ("மாவட்டம்", [DISTRICT_RAIN, DISTRICT_SCHOOLS]),
    ],
)
def test_a_tamil_word_with_a_case_ending_is_asked_in_the_form_that_finds_its_pages(
    browser: Any, tamil_text_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(tamil_text_url + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


HEBREW = {
    "site.yaml": "title: כתבות הסבר\nlanguage: he\n",
    "carmel/story.yaml": "title: השריפה בכרמל\nsummary: מה קרה.\npublished: 2010-12-06\n",
    "carmel/events/2010-12-02-fire.yaml": (
        "title: האש מגיעה לבית אורן\ndate: 2010-12-02\nsummary: השריפה התפשטה מעוספיא ובחיפה פונו שכונות.\n"
    ),
    "carmel/events/2010-12-03-cabinet.yaml": (
        "title: הממשלה מתכנסת\ndate: 2010-12-03\nsummary: השרים נפגשו ובירושלים הוחלט לבקש מטוסים.\n"
    ),
    "carmel/events/2010-12-04-planes.yaml": (
        "title: מטוסים מיוון\ndate: 2010-12-04\nsummary: שלום לכבאים, המטוסים יצאו לכיוון ירושלים.\n"
    ),
}
"""A Hebrew site: its events write place names with the one-letter words Hebrew joins to
the next ('ובירושלים', 'and in Jerusalem'; 'בחיפה', 'in Haifa'; 'מעוספיא', 'from Isfiya')
and without ('ירושלים'), and words whose first letter is no prefix ('שלום', 'מטוסים')."""

FIRE, CABINET, PLANES = "האש מגיעה לבית אורן", "הממשלה מתכנסת", "מטוסים מיוון"


TAMIL_CITY = {
    "site.yaml": "title: செய்திகள்\nlanguage: ta\n",
    "payanam/story.yaml": "title: பயணம்\nsummary: ரயில் செய்திகள்.\npublished: 2016-01-10\n",
    "payanam/events/2016-01-01-crowd.yaml": "title: மக்கள் கூட்டம்\ndate: 2016-01-01\nsummary: மதுரை மக்கள் கூடினர்.\n",
    "payanam/events/2016-01-02-train.yaml": (
        "title: புதிய ரயில்\ndate: 2016-01-02\nsummary: மதுரைக்கு ரயில் புறப்பட்டது.\n"
    ),
}
"""A Tamil site that writes 'மதுரை' (Madurai) in its text only, no place of it listed:
alone, and 'to Madurai' ('மதுரைக்கு'); no page writes 'in Madurai' ('மதுரையில்')."""

CROWD, TRAIN = "மக்கள் கூட்டம்", "புதிய ரயில்"


@pytest.fixture(scope="module")
def tamil_city_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ta-city"), TAMIL_CITY) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "asked", "found", "as_typed"),
    [
        # Written by no page: asked as the name, and said so.
        ("மதுரையில்", "மதுரை", [CROWD, TRAIN], [CROWD]),
        ("மதுரையில் ரயில்", "மதுரை ரயில்", [TRAIN], []),
        # Written so, or no case ending: found as typed, not changed.
        ("மதுரைக்கு", None, [TRAIN], [TRAIN]),
        ("மதுரை", None, [CROWD, TRAIN], [CROWD, TRAIN]),
    ],
)
def test_a_tamil_name_in_the_text_only_typed_in_a_case_no_page_writes_is_asked_without_it(
    browser: Any, tamil_city_url: str, query: str, asked: str | None, found: list[str], as_typed: list[str]
) -> None:
    """A name the filters do not list, typed with a case ending no page writes, found
    only the page writing it alone (Pagefind's stem), not the one writing another case:
    it is asked as the form a page writes alone, and the status says so, with a link to
    the words as typed, which find what they found before."""
    page = browser.new_page()
    page.goto(tamil_city_url + "search/index.html?" + urlencode({"q": query}))
    status, titles = settled(page)
    assert titles == sorted(found)
    if asked is None:
        assert page.is_hidden("#search-respelt")
    else:
        assert asked in status
        assert query in page.inner_text("#search-respelt a")
        page.click("#search-respelt a")
        page.wait_for_url("**as=typed**")
        assert settled(page)[1] == as_typed
    page.close()


@pytest.fixture(scope="module")
def hebrew_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-he"), HEBREW) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ירושלים", [CABINET, PLANES]),  # and the page that writes 'ובירושלים'
        ("וירושלים", [CABINET, PLANES]),  # written by neither: asked as 'ירושלים'
        ("לירושלים", [CABINET, PLANES]),
        ("ובירושלים", [CABINET]),  # found as written, so asked so
        ("בירושלים", [CABINET]),
        ("חיפה", [FIRE]),  # written 'בחיפה'
        ("עוספיא", [FIRE]),  # written 'מעוספיא'
        ("לחיפה", [FIRE]),  # asked with a prefix the page does not write
        ("שלום", [PLANES]),  # a word that begins with ש, found as it is
        ("מטוסים", [CABINET, PLANES]),
    ],
)
def test_a_hebrew_word_is_found_with_or_without_the_letters_joined_before_it(
    browser: Any, hebrew_url: str, query: str, found: list[str]
) -> None:
    """Hebrew writes 'and', 'the', 'in', 'to', 'from', 'that' and 'as' (ו, ה, ב, ל, מ, ש,
    כ) joined to the next word, and Pagefind has no Hebrew stemming and matches a word's
    start: 'ירושלים' did not find a page writing 'ובירושלים', nor 'לירושלים' one writing
    'ירושלים'. A word that finds something as written is asked so, as an Arabic one."""
    page = browser.new_page()
    page.goto(hebrew_url + f"search/index.html?q={query}")
    assert settled(page)[1] == sorted(found)
    page.close()


def test_a_hebrew_site_tagged_with_the_old_code_iw_finds_words_without_their_prefixes(
    browser: Any, tmp_path: Path
) -> None:
    """'iw', Hebrew's code before 1989, which a site may still write (the pages are Hebrew,
    right to left, and Pagefind's index is tagged 'iw'): 'לחיפה' found nothing on a page
    writing 'בחיפה', as the search page took only 'he' for Hebrew."""
    files = dict(HEBREW, **{"site.yaml": "title: כתבות הסבר\nlanguage: iw\n"})
    with served_site(tmp_path, files) as (url, _):
        page = browser.new_page()
        page.goto(url + "search/index.html?q=לחיפה")
        assert settled(page)[1] == [FIRE]
        page.close()


POINTED = {
    "site.yaml": "title: כתבות הסבר\nlanguage: he\n",
    "gaza/story.yaml": "title: המבצע\nsummary: מה קרה.\npublished: 2014-08-30\n",
    "gaza/events/2014-07-01-arrive.yaml": "title: הגעה לעיר\ndate: 2014-07-01\nsummary: הם הגיעו אל יְרוּשָׁלַיִם בבוקר.\n",
    "gaza/events/2014-07-02-meet.yaml": "title: ישיבת השרים\ndate: 2014-07-02\nsummary: השרים נפגשו וּבִירוּשָׁלַיִם הוחלט.\n",
    "gaza/events/2014-07-03-forces.yaml": "title: הכוחות יוצאים\ndate: 2014-07-03\nsummary: הכוחות יצאו לעַזָּה הלילה.\n",
    "gaza/events/2014-07-04-home.yaml": "title: חזרה הביתה\ndate: 2014-07-04\nsummary: תושבי עזה חזרו הביתה.\n",
    "gaza/events/2014-07-05-verse.yaml": (
        "title: טקס הזיכרון\ndate: 2014-07-05\nsummary: הרב קרא את הפסוק בְּרֵאשִׁ֖ית בָּרָ֣א.\n"
    ),
    "gaza/events/2014-07-06-spokesman.yaml": 'title: הודעת הדובר\ndate: 2014-07-06\nsummary: דובר צה"ל מסר הודעה.\n',
    "gaza/events/2014-07-07-release.yaml": "title: שחרור\ndate: 2014-07-07\nsummary: חיילים בצה״ל שוחררו.\n",
}
"""A Hebrew story whose events write words with points ('יְרוּשָׁלַיִם'), with points and
a letter joined before ('וּבִירוּשָׁלַיִם', 'לעַזָּה'), with cantillation marks as a quoted verse
has them ('בְּרֵאשִׁ֖ית'), an abbreviation with gershayim, alone and joined ('צה"ל', 'בצה״ל'),
and words with none of these ('עזה', 'חיילים')."""

ARRIVE, MEET, FORCES, HOME = "הגעה לעיר", "ישיבת השרים", "הכוחות יוצאים", "חזרה הביתה"
VERSE, SPOKESMAN, RELEASE = "טקס הזיכרון", "הודעת הדובר", "שחרור"


@pytest.fixture(scope="module")
def pointed_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-he-pointed"), POINTED) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Found before: Pagefind reads a word without its points and cantillation marks,
        # the page's and the query's; a word as written is asked so.
        ("וּבִירוּשָׁלַיִם", [MEET]),
        ("ובירושלים", [MEET]),
        ("בראשית", [VERSE]),
        ("לעזה", [FORCES]),  # found as written, so asked so
        ('בצה"ל', [RELEASE]),
        ("חיילים", [RELEASE]),
        # Not found: the page's pointed word, cut at its points, gave the index no forms
        # without the letters joined before it.
        ("ירושלים", [ARRIVE, MEET]),
        ("יְרוּשָׁלַיִם", [ARRIVE, MEET]),
        ("בירושלים", [MEET]),
        ("עזה", [FORCES, HOME]),
        ("ראשית", [VERSE]),
        # Nor a pointed query's word, whose letters joined before were not taken off.
        ("בְּעַזָּה", [FORCES, HOME]),
        # Nor an abbreviation with gershayim joined to a letter, on the page or typed.
        ('צה"ל', [RELEASE, SPOKESMAN]),
        ("צה״ל", [RELEASE, SPOKESMAN]),
        ('לצה"ל', [RELEASE, SPOKESMAN]),
    ],
)
def test_a_hebrew_word_is_found_with_or_without_its_points_and_the_letters_joined_before_it(
    browser: Any, pointed_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(pointed_url + "search/index.html?" + urlencode({"q": query}))
    assert settled(page)[1] == sorted(found)
    page.close()


TURKISH = {
    "site.yaml": "title: Dosyalar\nlanguage: tr\n",
    "deprem/story.yaml": "title: Marmara depremi\nsummary: Kent sarsıldı.\npublished: 2010-04-22\n",
    "deprem/figures/isil.yaml": "name: Işıl Ilıcak\nrole: Belediye sözcüsü\n",
    "deprem/locations/istanbul.yaml": "name: İstanbul\ncoordinates: [41.01, 28.97]\n",
    "deprem/locations/cizre.yaml": "name: Cizre\ncoordinates: [37.33, 42.19]\n",
    "deprem/locations/canakkale.yaml": "name: Çanakkale\ncoordinates: [40.15, 26.41]\n",
    "deprem/events/2010-04-19-sarsinti.yaml": (
        "title: Kentte güçlü sarsıntı\ndate: 2010-04-19\nsummary: İstanbul'da binalar boşaltıldı.\n"
        "locations: [istanbul, canakkale, cizre]\ntags: [deprem, zafer, çevre, İzmir, ılgaz]\n"
    ),
    "deprem/events/2010-04-21-aciklama.yaml": (
        "title: Sözcü açıklama yaptı\ndate: 2010-04-21\nsummary: Ilıcak hasarın sınırlı olduğunu söyledi.\n"
        "figures: [isil]\n"
    ),
}


@pytest.fixture(scope="module")
def turkish_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-tr"), TURKISH) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("istanbul", "Kentte güçlü sarsıntı"),
        ("İstanbul", "Kentte güçlü sarsıntı"),
        ("ISTANBUL", "Kentte güçlü sarsıntı"),
        ("ılıcak", "Sözcü açıklama yaptı"),  # as Turkish lowers 'Ilıcak'
        ("Ilıcak", "Sözcü açıklama yaptı"),
        ("ILICAK", "Sözcü açıklama yaptı"),
        ("ilicak", "Sözcü açıklama yaptı"),  # typed without the dotless ı
        ("IŞIL", "Işıl Ilıcak"),
        ("sınırlı", "Sözcü açıklama yaptı"),
    ],
)
def test_a_turkish_word_is_found_whatever_its_case_and_dotless_i(
    browser: Any, turkish_site_url: str, query: str, title: str
) -> None:
    # Pagefind lowers 'I' to 'i', where Turkish lowers it to 'ı': a page saying 'Ilıcak'
    # was found by 'Ilıcak' and 'ilıcak' but not by 'ılıcak', as a Turkish reader types
    # it, nor by 'ILICAK' or 'ilicak'.
    page = browser.new_page()
    typed(page, turkish_site_url, query)
    assert title in results_in_any_language(page)
    page.close()


def test_a_turkish_search_pages_choices_are_in_turkish_alphabetical_order(
    browser: Any, turkish_site_url: str
) -> None:
    # The choices were sorted in the browser's language, English's here, which takes 'Ç'
    # for a 'C' and 'ı' for a letter after 'i': 'Çanakkale' came before 'Cizre', and
    # 'İzmir' before 'ılgaz'. Turkish has 'c', 'ç', ..., 'h', 'ı', 'i'.
    page = browser.new_page()
    page.goto(turkish_site_url + "search/index.html?q=sarsıntı")
    results_in_any_language(page)
    places = [label for label, _ in choices(page, "place")][1:]
    tags = [label for label, _ in choices(page, "tag")][1:]
    assert [p.split(" (")[0] for p in places] == ["Cizre", "Çanakkale", "İstanbul"]
    assert [t.split(" (")[0] for t in tags] == ["çevre", "deprem", "ılgaz", "İzmir", "zafer"]
    page.close()


def _icelandic_event(day: int, figure: str, place: str, tag: str) -> str:
    return (
        f"title: Skjálfti {day}\ndate: 2008-05-{day}\nsummary: Jarðskjálfti fannst víða.\n"
        f"figures: [{figure}]\nlocations: [{place}]\ntags: [{tag}]\n"
    )


ICELANDIC = {
    "site.yaml": "title: Fréttaskýringar\nlanguage: is\n",
    "skjalfti/story.yaml": "title: Suðurlandsskjálftinn\nsummary: Jörð skalf.\npublished: 2008-06-01\n",
    "skjalfti/figures/olafur.yaml": "name: Ólafur\nrole: Jarðfræðingur\n",
    "skjalfti/figures/orn.yaml": "name: Örn\nrole: Bóndi\n",
    "skjalfti/figures/thora.yaml": "name: Þóra\nrole: Ráðherra\n",
    "skjalfti/figures/zophonias.yaml": "name: Zóphónías\nrole: Lögreglumaður\n",
    "skjalfti/locations/akureyri.yaml": "name: Akureyri\ncoordinates: [65.68, -18.09]\n",
    "skjalfti/locations/reykjavik.yaml": "name: Reykjavík\ncoordinates: [64.15, -21.94]\n",
    "skjalfti/locations/thingvellir.yaml": "name: Þingvellir\ncoordinates: [64.26, -21.13]\n",
    "skjalfti/locations/oskjuhlid.yaml": "name: Öskjuhlíð\ncoordinates: [64.13, -21.92]\n",
    "skjalfti/events/2008-05-26-a.yaml": _icelandic_event(26, "olafur", "akureyri", "eldgos"),
    "skjalfti/events/2008-05-27-b.yaml": _icelandic_event(27, "orn", "reykjavik", "þing"),
    "skjalfti/events/2008-05-28-c.yaml": _icelandic_event(28, "thora", "thingvellir", "ögur"),
    "skjalfti/events/2008-05-29-d.yaml": _icelandic_event(29, "zophonias", "oskjuhlid", "ísbjörn"),
}
"""An Icelandic story whose figures, places and topics (one event each, so the story page
lists them alphabetically) need Icelandic's own order: 'Þ' after 'Z', then 'Æ', 'Ö'."""


@pytest.fixture(scope="module")
def icelandic_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-is"), ICELANDIC) as (url, _):
        yield url


def chosen_names(page: Any, name: str) -> list[str]:
    """The choices of the filter ``name`` without their counts, and without "Any"."""
    return [label.rsplit(" (", 1)[0] for label, _ in choices(page, name)][1:]


def test_an_icelandic_search_pages_choices_are_in_the_story_pages_order(
    browser: Any, icelandic_url: str
) -> None:
    # Chromium has no collation data for Icelandic: localeCompare in 'is' sorted as the
    # root order does, 'Þ' as 'th' and 'Ö' as 'O', so the search page offered 'Öskjuhlíð',
    # 'Reykjavík', 'Þingvellir' where the story page lists 'Reykjavík', 'Þingvellir',
    # 'Öskjuhlíð'. The build's order is now written into the page and followed.
    page = browser.new_page()
    page.goto(icelandic_url + "skjalfti/index.html")
    on_story_page = {
        name: page.eval_on_selector(
            f"#filter-{select}", "s => [...s.options].slice(1).map(o => o.textContent)"
        )
        for name, select in (("figure", "figure"), ("place", "location"), ("tag", "tag"))
    }
    assert on_story_page["place"] == ["Akureyri", "Reykjavík", "Þingvellir", "Öskjuhlíð"]
    page.goto(icelandic_url + "search/index.html?q=jarðskjálfti")
    results_in_any_language(page)
    for name, expected in on_story_page.items():
        assert chosen_names(page, name) == expected, name
    page.close()


def test_a_choice_the_build_did_not_order_is_put_among_the_others_by_the_browsers_order(
    browser: Any, icelandic_url: str
) -> None:
    # A page whose list lacks a choice Pagefind has (made by an older theme, or edited):
    # that one is placed by localeCompare, the rest keep the build's order.
    page = browser.new_page()
    page.goto(icelandic_url + "search/index.html")
    page.eval_on_selector(
        "#search-order",
        "s => { const order = JSON.parse(s.textContent);"
        " order.place = order.place.filter(p => p !== 'Öskjuhlíð'); s.textContent = JSON.stringify(order); }",
    )
    page.fill("#search-q", "jarðskjálfti")
    page.press("#search-q", "Enter")
    results_in_any_language(page)
    # Chromium's root order reads 'Ö' as 'O': before 'R'; the build's others stay in Icelandic order.
    assert chosen_names(page, "place") == ["Akureyri", "Öskjuhlíð", "Reykjavík", "Þingvellir"]
    assert chosen_names(page, "tag") == ["eldgos", "ísbjörn", "þing", "ögur"]
    page.close()


PROMINENT = {
    "site.yaml": "title: Stories\nlanguage: en\n",
    "port/story.yaml": "title: The port strike\nsummary: What happened.\npublished: 2021-05-01\n",
    "port/figures/zara.yaml": "name: Zara Quinn\nrole: Union leader\n",
    "port/figures/adam.yaml": "name: Adam Bell\nrole: Port director\n",
    "port/locations/wharf.yaml": "name: West Wharf\ncoordinates: [51.5, -0.1]\n",
    "port/locations/gate.yaml": "name: Dock Gate\ncoordinates: [51.6, -0.2]\n",
    **{
        f"port/events/2021-04-{day:02d}-strike.yaml": (
            f"title: Strike day {day}\ndate: 2021-04-{day:02d}\nsummary: Dockers strike.\n"
            f"figures: [zara{', adam' if day == 3 else ''}]\nlocations: [wharf{', gate' if day == 3 else ''}]\n"
        )
        for day in (1, 2, 3)
    },
}
"""A story whose figure and place in the most events come last by name: 'Zara Quinn' and
'West Wharf' in three events, 'Adam Bell' and 'Dock Gate' in one."""


def test_the_search_pages_choices_are_by_name_where_the_story_pages_are_by_events(
    browser: Any, tmp_path: Path
) -> None:
    # On purpose: a story's filters lead with its key figures and places, whose counts
    # there are fixed; the search page's count each choice's results for the query on
    # the page, across every story, and change as the reader types, so a list by count
    # would move under them. A reader looks a name up there by its letters, as
    # Pagefind's own interface lists a filter's values.
    with served_site(tmp_path, PROMINENT) as (url, _):
        page = browser.new_page()
        page.goto(url + "port/index.html")
        for select, names in (
            ("figure", ["Zara Quinn", "Adam Bell"]),
            ("location", ["West Wharf", "Dock Gate"]),
        ):
            shown = page.eval_on_selector(
                f"#filter-{select}", "s => [...s.options].slice(1).map(o => o.textContent)"
            )
            assert shown == names, select
        page.goto(url + "search/index.html?q=dockers")
        results_in_any_language(page)
        assert chosen_names(page, "figure") == ["Adam Bell", "Zara Quinn"]
        assert chosen_names(page, "place") == ["Dock Gate", "West Wharf"]
        page.close()


TYPESET_NAMES = {
    "site.yaml": "title: Deux récits\nlanguage: fr\n",
    "affaire/story.yaml": "title: L'affaire \"Dreyfus\"\nsummary: Ce qui s'est passé.\npublished: 2010-04-20\n",
    "affaire/figures/dara.yaml": 'name: Dara O\'Brien -- "le Grand"\nrole: Témoin\n',
    "affaire/locations/hay.yaml": "name: L'Haÿ-les-Roses\n",
    "affaire/events/2010-04-07-temoin.yaml": (
        "title: Le témoin parle\ndate: 2010-04-07\nsummary: Un procès s'ouvre.\n"
        'figures: [dara]\nlocations: [hay]\ntags: ["l\'État & <la> loi", Procès]\n'
    ),
    "rock/story.yaml": 'title: The "Rock" story\nsummary: What happened.\npublished: 2010-04-20\nlanguage: en\n',
    "rock/figures/dwayne.yaml": 'name: Dwayne "The Rock" Johnson\nrole: Actor\n',
    "rock/events/2010-04-08-trial.yaml": (
        "title: A trial opens\ndate: 2010-04-08\nsummary: The procès begins.\n"
        "figures: [dwayne]\ntags: [rock 'n' roll]\n"
    ),
}
"""Names the pages typeset (quotation marks and apostrophes of each language, a dash),
and one with characters HTML escapes."""


@pytest.mark.parametrize("search_page", ["search/index.html", "search/en/index.html"])
def test_every_choice_pagefind_offers_has_its_place_in_the_builds_order(
    browser: Any, tmp_path: Path, search_page: str
) -> None:
    # The page's lists are of the names as the build knows them, Pagefind's of the
    # pages' text: a name typeset in one but not the other would have no place.
    with served_site(tmp_path, TYPESET_NAMES) as (url, _):
        page = browser.new_page()
        page.goto(url + search_page + "?q=procès")
        results_in_any_language(page)
        order = page.eval_on_selector("#search-order", "s => JSON.parse(s.textContent)")
        for name in ("story", "figure", "place", "tag"):
            offered = page.eval_on_selector(
                f"#search-{name}", "s => [...s.options].slice(1).map(o => o.value)"
            )
            assert offered, name
            assert set(offered) <= set(order[name]), name
        page.close()


DIGITS = {
    "site.yaml": "title: Strikes\nlanguage: en\n",
    "docks/story.yaml": "title: The dock strike\nsummary: Dockers walk out.\npublished: 2010-04-20\n",
    "docks/events/2010-04-07-strike.yaml": "title: Dockers walk out\ndate: 2010-04-07\nsummary: The port closes.\n",
    "bazaar/story.yaml": (
        "title: اعتصاب بازار\nsummary: بازاریان مغازه‌ها را بستند.\npublished: 2010-04-20\nlanguage: fa\n"
    ),
    "bazaar/events/2010-04-06-closes.yaml": (
        "title: بازار بسته می‌شود\ndate: 2010-04-06\nsummary: ۵۰۰ مغازه بسته می‌ماند.\n"
    ),
}
"""An English story and a Persian one, whose pages write their dates and numbers in
Persian digits ('۶ آوریل ۲۰۱۰')."""


@pytest.fixture(scope="module")
def digits_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-digits"), DIGITS) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("search_page", "query"),
    [
        ("search/index.html", "2010"),
        ("search/fa/index.html", "2010"),
        ("search/fa/index.html", "۲۰۱۰"),  # as a Persian keyboard types it
        ("search/index.html", "۲۰۱۰"),
    ],
)
def test_a_year_is_found_in_every_story_whichever_digits_it_is_typed_in(
    browser: Any, digits_url: str, search_page: str, query: str
) -> None:
    # A Persian reader typing '۲۰۱۰' found the Persian story's events alone, and '2010'
    # found every story's but the Persian one's.
    page = browser.new_page()
    page.goto(digits_url + search_page + f"?q={query}")
    _, titles = settled(page)
    assert titles == ["Dockers walk out", "بازار بسته می\u200cشود"]
    page.close()


TYPED_DIGITS = {
    "site.yaml": "title: Strikes\nlanguage: en\n",
    "bazaar/story.yaml": (
        "title: اعتصاب بازار\nsummary: بازاریان مغازه‌ها را بستند.\npublished: 2011-05-20\nlanguage: fa\n"
    ),
    "bazaar/events/2011-05-06-closes.yaml": (
        "title: بازار بسته می‌شود\ndate: 2011-05-06\nsummary: 740 مغازه بسته می‌ماند.\n"
    ),
}
"""A Persian story whose summary an editor typed with the digits 0-9 ('740'), which the
pages show as typed: only the dates and numbers the theme writes are in Persian's."""


@pytest.fixture(scope="module")
def typed_digits_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-typed-digits"), TYPED_DIGITS) as (url, _):
        yield url


@pytest.mark.parametrize("search_page", ["search/index.html", "search/fa/index.html"])
@pytest.mark.parametrize("query", ["740", "۷۴۰"])
def test_a_number_typed_in_0_to_9_on_a_persian_page_is_found_whichever_digits_it_is_searched_in(
    browser: Any, typed_digits_url: str, search_page: str, query: str
) -> None:
    # The Persian search page asks the Persian index in Persian digits ('۷۴۰'), which
    # the page does not write: it was found from the English search page alone.
    page = browser.new_page()
    page.goto(typed_digits_url + search_page + f"?q={query}")
    _, titles = settled(page)
    assert titles == ["بازار بسته می\u200cشود"]
    page.close()


SPELT_APART = {
    "site.yaml": "title: Explainers\n",
    "names/story.yaml": "title: Names\nsummary: A record.\npublished: 2020-03-18\n",
    "names/events/2020-03-01-march.yaml": (
        "title: Marchers gather in Diyarbakır\ndate: 2020-03-01\nsummary: Thousands walked.\n"
    ),
    "names/events/2020-03-02-closed.yaml": (
        "title: Police close the Berliner Straße\ndate: 2020-03-02\nsummary: Traffic stopped.\n"
    ),
    "names/events/2020-03-03-pdf.yaml": (
        "title: The \ufb01nal count is published\ndate: 2020-03-03\nsummary: A report came out.\n"
    ),
    "names/events/2020-03-04-iceland.yaml": (
        "title: Guðmundsson flies over Þórsmörk\ndate: 2020-03-04\nsummary: The ash was thick.\n"
    ),
    "names/events/2020-03-05-north.yaml": (
        "title: Bjørn Dæhlie skis to Tromsø\ndate: 2020-03-05\nsummary: It took a week.\n"
    ),
    "names/events/2020-03-06-lodz.yaml": "title: Trams stop in Łódź\ndate: 2020-03-06\nsummary: Snow fell.\n",
    "names/events/2020-03-07-lyon.yaml": "title: The sœurs of Lyon march\ndate: 2020-03-07\nsummary: Rain fell.\n",
    # Ukrainian's apostrophe, written in each of its three ways: the modifier letter ʼ
    # (U+02BC, Ukraine's own standard), the typographic ’ and the typewriter's '.
    "dam/story.yaml": "title: Гребля\nsummary: Що сталося.\npublished: 2023-06-20\nlanguage: uk\n",
    "dam/events/2023-06-06-meat.yaml": "title: Склади мʼяса затопило\ndate: 2023-06-06\nsummary: Вода прийшла.\n",
    "dam/events/2023-06-07-monument.yaml": "title: Пам’ятник стоїть у воді\ndate: 2023-06-07\nsummary: Вода.\n",
    "dam/events/2023-06-08-site.yaml": "title: Інженери оглядають об'єкт\ndate: 2023-06-08\nsummary: Вода.\n",
    # Thai's vowel sara am (ำ), which a query's NFKC writes apart.
    "cave/story.yaml": "title: ภารกิจกู้ภัย\nsummary: เรื่องราว\npublished: 2018-07-10\nlanguage: th\n",
    "cave/events/2018-06-23-trapped.yaml": "title: ทีมหมูป่า ติด ถ้ำ\ndate: 2018-06-23\nsummary: ฝนตก\n",
}


@pytest.fixture(scope="module")
def spelt_apart_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-spelt"), SPELT_APART) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("Diyarbakir", "Marchers gather in Diyarbakır"),  # typed without Turkish's dotless ı
        ("Diyarbakır", "Marchers gather in Diyarbakır"),  # and as written
        ("strasse", "Police close the Berliner Straße"),
        ("STRASSE", "Police close the Berliner Straße"),
        ("Straße", "Police close the Berliner Straße"),
        ("final", "The \ufb01nal count is published"),  # a ligature pasted from a PDF
        # Letters that are no accented letter (Icelandic's ð and þ, Norwegian's ø and æ,
        # Polish's ł, French's œ), typed as an English keyboard types them.
        ("Gudmundsson", "Guðmundsson flies over Þórsmörk"),
        ("Thorsmork", "Guðmundsson flies over Þórsmörk"),
        ("Þórsmörk", "Guðmundsson flies over Þórsmörk"),
        ("THORSMORK", "Guðmundsson flies over Þórsmörk"),
        ("Bjorn Daehlie", "Bjørn Dæhlie skis to Tromsø"),
        ("Tromso", "Bjørn Dæhlie skis to Tromsø"),
        ("Lodz", "Trams stop in Łódź"),
        ("ŁÓDŹ", "Trams stop in Łódź"),
        ("soeurs", "The sœurs of Lyon march"),
        # A Ukrainian word, whichever apostrophe the page and the reader write: a page's
        # 'мʼяса' (U+02BC, a letter to Pagefind) was found by 'мʼяса' alone, and pages
        # writing ' or ’ by no reader typing ʼ.
        ("м'яса", "Склади мʼяса затопило"),
        ("м\u2019яса", "Склади мʼяса затопило"),
        ("мʼяса", "Склади мʼяса затопило"),
        ("пам'ятник", "Пам’ятник стоїть у воді"),
        ("памʼятник", "Пам’ятник стоїть у воді"),
        ("обʼєкт", "Інженери оглядають об’єкт"),
        ("об\u2019єкт", "Інженери оглядають об’єкт"),
        # A Thai word with sara am: NFKC wrote it apart and Pagefind dropped its nikhahit,
        # so 'ถ้ำ' (cave) was asked as 'ถ้า' ('if') and found nothing.
        ("ถ้ำ", "ทีมหมูป่า ติด ถ้ำ"),
        ("ถ\u0e4d\u0e49\u0e32", "ทีมหมูป่า ติด ถ้ำ"),  # typed with its marks apart
    ],
)
def test_a_letter_pagefind_does_not_fold_is_found_however_the_reader_types_it(
    browser: Any, spelt_apart_url: str, query: str, title: str
) -> None:
    """An English page's 'Diyarbakır', 'Straße' and 'ﬁnal' (a ligature): Pagefind folds
    none of those letters, so readers typing 'Diyarbakir', 'strasse' or 'final' found
    nothing; pages give the index those words respelled, and search.js asks so."""
    page = browser.new_page()
    assert search_for(page, spelt_apart_url, query) == [title]
    page.close()


RIGHT_TO_LEFT = {
    "site.yaml": "title: موقع\nlanguage: ar\n",
    "marhala/story.yaml": "title: BBC تقول إن المرحلة انتهت\nsummary: ما الذي حدث.\npublished: 2012-04-20\n",
    "marhala/events/2011-intiqal.yaml": (
        "title: BBC تقول إن الانتقال بدأ\ndate: 2011\nend: 2012\nsummary: مرحلة انتقالية في البلاد.\n"
    ),
    "english/story.yaml": (
        "title: The transition\nsummary: What happened.\npublished: 2012-04-20\nlanguage: en\n"
    ),
    "english/events/2011-transition.yaml": (
        "title: The transition begins\ndate: 2011\nend: 2012\nsummary: A transition in the country.\n"
    ),
}
"""An Arabic site whose story's title and event's headline open with a name in Latin
letters, its event spanning two years, beside a story in English."""


@pytest.fixture(scope="module")
def right_to_left_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-rtl"), RIGHT_TO_LEFT) as (url, _):
        yield url


def test_a_right_to_left_results_date_title_and_story_read_right_to_left_whatever_they_open_with(
    browser: Any, right_to_left_url: str
) -> None:
    """A result's parts were isolated as "auto", the direction of their first letter: on
    an Arabic page '2011–2012' (no letter) was drawn with 2011 on the left, and on the
    English page the Arabic headline and story name opening with 'BBC' were laid out left
    to right, 'BBC' read last."""
    from tests.i18n.test_bidi_order import reads_right_to_left

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(right_to_left_url + "search/index.html?q=انتقالية")
    settled(page)
    assert reads_right_to_left(page, ".search-results .via", "2011", "2012")
    assert reads_right_to_left(page, ".search-results h2", "BBC", "تقول")
    assert reads_right_to_left(page, ".search-results .via", "BBC", "تقول")
    # The English result on the Arabic page keeps its own direction.
    page.goto(right_to_left_url + "search/index.html?q=transition")
    settled(page)
    assert not reads_right_to_left(page, ".search-results h2", "The", "transition")
    assert page.get_attribute(".search-results h2", "dir") == "ltr"
    # On the English story's search page, the Arabic result reads right to left too.
    page.goto(right_to_left_url + "search/en/index.html?q=انتقالية")
    settled(page)
    assert reads_right_to_left(page, ".search-results h2", "BBC", "تقول")
    assert reads_right_to_left(page, ".search-results .via", "2011", "2012")
    page.close()


THAI = {
    "site.yaml": "title: ข่าว\nlanguage: th\n",
    "floods/story.yaml": "title: น้ำท่วม\nsummary: น้ำท่วมใหญ่\npublished: 2025-12-10\n",
    "floods/events/2024-11-06-rain.yaml": "title: ฝนตกหนัก\ndate: 2024-11-06\nsummary: ฝนตกหนักในภาคใต้\n",
    "floods/events/2025-12-06-flood.yaml": "title: น้ำท่วมหาดใหญ่\ndate: 2025-12-06\nsummary: น้ำท่วมหาดใหญ่\n",
}


def test_a_thai_search_pages_years_are_in_the_buddhist_era_as_its_dates(
    browser: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # The Year filter of a Thai search page read "2025 (1)" while the results' dates read
    # '6 ธันวาคม 2568', as Thai news counts years; its values stay the index's years.
    with served_site(tmp_path_factory.mktemp("search-th"), THAI) as (url, _):
        page = browser.new_page()
        typed(page, url, "หาดใหญ่")
        page.wait_for_function("document.getElementById('search-year').options.length > 1")
        # Each choice's label without its count, which the search on the page changes.
        years = page.eval_on_selector(
            "#search-year", "s => [...s.options].slice(1).map(o => [o.value, o.textContent.split(' (')[0]])"
        )
        page.close()
    assert years == [["2025", "พ.ศ.\u00a02568"], ["2024", "พ.ศ.\u00a02567"]]


URDU_LETTERS = {
    "site.yaml": "title: وضاحتیں\nlanguage: ur\n",
    "lahore/story.yaml": "title: لاہور\nsummary: کیا ہوا۔\npublished: 2021-02-20\n",
    "lahore/events/2020-08-01-rally.yaml": "title: اجتماع\ndate: 2020-08-01\nsummary: پارک میں جلسہ ہوا۔\n",
    "lahore/events/2020-08-02-court.yaml": "title: عدالت\ndate: 2020-08-02\nsummary: جج نے فیصله سنایا۔\n",
    "lahore/events/2020-08-03-border.yaml": "title: سرحد\ndate: 2020-08-03\nsummary: بھارت سے بات چیت۔\n",
    "lahore/events/2020-08-04-spring.yaml": "title: موسم\ndate: 2020-08-04\nsummary: بہار آ گئی۔\n",
    "lahore/events/2020-08-05-port.yaml": "title: بندرگاہ\ndate: 2020-08-05\nsummary: جہاز کراچی پہنچا۔\n",
}
"""An Urdu story whose events write Urdu's heh goal ('جلسہ'), Arabic's heh where Urdu's
belongs, as an Arabic keyboard types it ('فیصله'), the heh doachashmee of an aspirate
('بھارت'), a word it shares its start with but for that letter ('بہار', spring), and
Urdu's keheh and Persian yeh ('کراچی')."""

RALLY, COURT, BORDER, SPRING, PORT = "اجتماع", "عدالت", "سرحد", "موسم", "بندرگاہ"


@pytest.fixture(scope="module")
def urdu_letters_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-ur-letters"), URDU_LETTERS) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # Found before: each word typed with the letters its page writes.
        ("جلسہ", [RALLY]),
        ("فیصله", [COURT]),
        ("بھارت", [BORDER]),
        ("بہار", [SPRING]),  # not India's 'بھارت', which it does not begin
        ("کراچی", [PORT]),
        # Found nothing: typed with the other heh, or Arabic's yeh and kaf.
        ("جلسه", [RALLY]),
        ("فیصلہ", [COURT]),
        ("بہارت", [BORDER]),  # the aspirate typed with the heh a keyboard has
        ("بهارت", [BORDER]),
        ("كراچي", [PORT]),
    ],
)
def test_an_urdu_word_is_found_whichever_heh_yeh_and_kaf_the_reader_types(
    browser: Any, urdu_letters_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(urdu_letters_url + "search/index.html?" + urlencode({"q": query}))
    assert settled(page)[1] == sorted(found)
    page.close()


TELUGU_JOINERS = {
    "site.yaml": "title: వార్తలు\nlanguage: te\n",
    "nagaram/story.yaml": "title: నగరం\nsummary: నగర వార్తలు.\npublished: 2020-10-20\n",
    "nagaram/events/2020-10-13-bus.yaml": (
        "title: కొత్త మార్గాలు\ndate: 2020-10-13\nsummary: బస్\u200cస్టాండ్ తెరిచారు.\n"
    ),
    "nagaram/events/2020-10-14-air.yaml": "title: విమానాలు\ndate: 2020-10-14\nsummary: ఎయిర్పోర్ట్ మూసివేశారు.\n",
}
"""A Telugu story whose events write a word with a zero-width non-joiner after its
virama ('బస్‌స్టాండ్', bus stand) and one without ('ఎయిర్పోర్ట్', airport)."""

BUS, AIR = "కొత్త మార్గాలు", "విమానాలు"


@pytest.fixture(scope="module")
def telugu_joiners_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-te-joiners"), TELUGU_JOINERS) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("బస్\u200cస్టాండ్", [BUS]),
        ("బస్స్టాండ్", [BUS]),
        ("బస్\u200dస్టాండ్", [BUS]),
        ("ఎయిర్పోర్ట్", [AIR]),
        ("ఎయిర్\u200cపోర్ట్", [AIR]),
    ],
)
def test_a_telugu_word_is_found_with_or_without_a_zero_width_joiner(
    browser: Any, telugu_joiners_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(telugu_joiners_url + "search/index.html?" + urlencode({"q": query}))
    assert settled(page)[1] == sorted(found)
    page.close()


HEBREW_SHORT = {
    "site.yaml": "title: כתבות הסבר\nlanguage: he\n",
    "emek/story.yaml": "title: העמק\nsummary: מה קרה.\npublished: 2014-08-30\n",
    "emek/events/2014-07-01-swamp.yaml": "title: ייבוש\ndate: 2014-07-01\nsummary: החקלאים ייבשו את הבצה.\n",
    "emek/events/2014-07-02-mud.yaml": "title: בוץ\ndate: 2014-07-02\nsummary: הטרקטור שקע בבצה ובבוץ.\n",
    "emek/events/2014-07-03-bird.yaml": "title: ציפורים\ndate: 2014-07-03\nsummary: ציפורים חזרו לבצה.\n",
    "emek/events/2014-07-04-plain.yaml": "title: מפה\ndate: 2014-07-04\nsummary: בצה גדולה במפה.\n",
    "emek/locations/usa.yaml": 'name: ארה"ב\ncoordinates: [38.9, -77.0]\n',
    "emek/events/2014-07-05-aid.yaml": "title: סיוע\ndate: 2014-07-05\nsummary: המשלחת הגיעה.\nlocations: [usa]\n",
}
"""A Hebrew story writing a word of three letters ('בצה', swamp) alone and after the
letters Hebrew joins before a word ('הבצה', 'בבצה', 'לבצה'), and a place whose name is an
abbreviation with its gershayim typed as a quotation mark ('ארה"ב', the USA)."""

SWAMP, MUD, BIRD, PLAIN, AID = "ייבוש", "בוץ", "ציפורים", "מפה", "סיוע"


@pytest.fixture(scope="module")
def hebrew_short_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served_site(tmp_path_factory.mktemp("search-he-short"), HEBREW_SHORT) as (url, _):
        yield url


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("בצה", [BIRD, MUD, PLAIN, SWAMP]),
        ("הבצה", [SWAMP]),  # found as written, so asked so
        ("ובצה", [BIRD, MUD, PLAIN, SWAMP]),  # written by none: asked as 'בצה'
        # 'from the swamp', written by none: found only 'הבצה' (Hebrew writes no article
        # after 'in', 'to' and 'as': 'בבצה', 'לבצה' are 'in the', 'to the swamp').
        ("מהבצה", [BIRD, MUD, PLAIN, SWAMP]),
        ("שהבצה", [BIRD, MUD, PLAIN, SWAMP]),
    ],
)
def test_a_three_letter_hebrew_word_is_found_with_or_without_the_letters_joined_before_it(
    browser: Any, hebrew_short_url: str, query: str, found: list[str]
) -> None:
    page = browser.new_page()
    page.goto(hebrew_short_url + "search/index.html?" + urlencode({"q": query}))
    status, titles = settled(page)
    assert titles == sorted(found)
    assert str(len(found)) in status  # the count, of the results shown
    page.close()


def test_a_name_written_with_gershayim_is_a_near_spelling_whole(browser: Any, hebrew_short_url: str) -> None:
    """The near spellings split the place 'ארה"ב' at its quotation mark into 'ארה' and
    'ב', too short to be looked up: 'ערה"ב' (its alef typed as ayin) found nothing."""
    page = browser.new_page()
    page.goto(hebrew_short_url + "search/index.html?" + urlencode({"q": 'ערה"ב'}))
    status, found = settled(page)
    assert found == sorted(["ארה״ב", AID])  # the place's page, its name typeset with gershayim
    assert "ארה״ב" in status  # asked as the place's name whole
    page.close()


MIXED_NAMES = {
    "site.yaml": "title: חדשות\nlanguage: he\n",
    "summit/story.yaml": "title: הפסגה\nsummary: מה קרה.\npublished: 2024-06-20\n",
    "summit/figures/bbc.yaml": "name: BBC News\nrole: גוף שידור\n",
    "summit/figures/spokesman.yaml": "name: דובר 2 Terminal\nrole: דובר\n",
    "summit/locations/g7.yaml": "name: G7 2024\ncoordinates: [40.8, 17.2]\n",
    "summit/locations/apulia.yaml": "name: אפוליה\ncoordinates: [41.1, 16.9]\n",
    "summit/events/2024-06-13-summit.yaml": (
        "title: הפסגה נפתחת\ndate: 2024-06-13\nsummary: המנהיגים מגיעים.\n"
        "figures: [bbc, spokesman]\nlocations: [g7, apulia]\ntags: [AT&T 5G, כלכלה]\n"
    ),
    "qimma/story.yaml": "title: القمة\nsummary: ما جرى.\npublished: 2024-06-20\nlanguage: ar\n",
    "qimma/locations/terminal.yaml": "name: مبنى 2 Terminal\ncoordinates: [41.1, 16.8]\n",
    "qimma/events/2024-06-14-arrival.yaml": (
        "title: الوفد يصل\ndate: 2024-06-14\nsummary: وصل الوفد.\nlocations: [terminal]\ntags: [G7 2024]\n"
    ),
    "summit-en/story.yaml": "title: The summit\nsummary: What happened.\npublished: 2024-06-20\nlanguage: en\n",
    "summit-en/locations/terminal.yaml": "name: مبنى 2 Terminal\ncoordinates: [41.1, 16.8]\n",
    "summit-en/events/2024-06-15-leave.yaml": (
        "title: The leaders leave\ndate: 2024-06-15\nsummary: They fly home.\nlocations: [terminal]\n"
    ),
}
"""A Hebrew site with an Arabic and an English story: names and tags with runs of Latin
words and numbers ("BBC News", "G7 2024", "AT&T 5G"), and an Arabic name with one."""


@pytest.mark.parametrize(
    ("search_page", "right_to_left"),
    [("search/index.html", True), ("search/ar/index.html", True), ("search/en/index.html", False)],
)
def test_a_filters_choices_lay_out_their_names_as_a_story_pages_menus_do(
    browser: Any, tmp_path: Path, search_page: str, right_to_left: bool
) -> None:
    """An <option> holds text only, laid out in its list's direction: in a Hebrew or
    Arabic list "G7 2024" read "2024 G7" and "BBC News" "News BBC" as the browser drew
    them, where a story page's menus set such runs apart with the invisible isolates
    (``option_text``). The search page's choices, made by search.js from Pagefind's
    filters, have the same text as the server gives a story page's menu, before the
    count; their values stay the names, which the address and Pagefind use."""
    with served_site(tmp_path, MIXED_NAMES) as (url, _):
        page = browser.new_page()
        page.goto(url + search_page)
        page.focus("#search-q")  # the first use of the form fills the filters
        page.wait_for_function("document.getElementById('search-place').options.length > 3")
        page.wait_for_function(
            "[...document.getElementById('search-tag').options].every(o => !o.value || o.textContent.endsWith(')'))"
        )
        shown = {
            name: page.eval_on_selector(
                f"#search-{name}", "s => [...s.options].slice(1).map(o => [o.value, o.textContent])"
            )
            for name in ("story", "figure", "place", "tag")
        }
        page.close()
    for name, options in shown.items():
        for value, text in options:
            assert re.sub(r" \([^()]*\)\Z", "", text) == option_text(value, right_to_left), (
                name,
                value,
                text,
            )
    places = dict(shown["place"])
    if right_to_left:
        assert places["G7 2024"].startswith("\u2066G7 2024\u2069 (")
        assert dict(shown["figure"])["BBC News"].startswith("\u2066BBC News\u2069 (")
        assert dict(shown["tag"])["AT&T 5G"].startswith("\u2066AT&T 5G\u2069 (")
    else:
        assert places["G7 2024"].startswith("G7 2024 (")
        assert places["مبنى 2 Terminal"].startswith("\u2068مبنى \u20662 Terminal\u2069\u2069 (")
