"""The page list: every output file, its template or export, and exactly what it shows."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from generator.commands.build import build
from generator.content.dates import PartialDate
from generator.content.model import (
    Event,
    Figure,
    Location,
    Quote,
    Removal,
    Site,
    Source,
    Story,
    Update,
    UpdateKind,
)
from generator.render import feeds
from generator.render import pages as pages_module
from generator.render.pages import Export, Page, Shared, SiteInfo, StoryCard, StoryIndex, StoryView, pages
from tests.conftest import TEMPLATES, story_folder, time_limit

FIGURES = {
    "ann": Figure("ann", "Ann", "Mayor"),
    "bob": Figure("bob", "Bob", "Clerk"),
    "cy": Figure("cy", "Cy", "X"),
}
LOCATIONS = {"port": Location("port", "Port", coordinates=(1.0, 2.0)), "hill": Location("hill", "Hill")}
SOURCES = {"s1": Source("s1", "Daily"), "s2": Source("s2", "Weekly"), "s3": Source("s3", "Monthly")}


def make_event(eid: str, date: PartialDate, **fields: object) -> Event:
    return Event(id=eid, title=eid.upper(), date=date, summary="s", **fields)  # type: ignore[arg-type]


E1 = make_event("e1", PartialDate(2019, 5), figures=("bob", "ann"), locations=("port",), sources=("s2",))
E2 = make_event(
    "e2",
    PartialDate(2020, 1, 2),
    figures=("ann",),
    quotes=(Quote("Words", "cy", by_figure=True, source="s3"), Quote("More", "A passer-by")),
)
E3 = make_event("e3", PartialDate(2020, 3, 4), locations=("port",), sources=("s1",))


def make_story(sid: str = "quake", events: tuple[Event, ...] = (E1, E2, E3), **fields: object) -> Story:
    return Story(
        id=sid,
        title=sid.title(),
        summary="What happened.",
        published=PartialDate(2020, 1, 1),
        events=events,
        figures=FIGURES,
        locations=LOCATIONS,
        sources=SOURCES,
        **fields,  # type: ignore[arg-type]
    )


def make_site(*stories: Story, base_url: str | None = None) -> Site:
    return Site(title="News", stories=stories, description="d", base_url=base_url, language="fr")


def by_path(site: Site) -> dict[str, Page]:
    found = {page.path: page for page in pages(site)}
    assert len(found) == len(list(pages(site))), "one page a path"
    return found


def test_figure_and_place_pages_are_dated_in_the_sitemap_by_the_story() -> None:
    # They show the figure's or the place's own file, which has no date: dated by the
    # events they list, an edit of that file (with the story's 'updated' moved) left the
    # page's lastmod older than the page. The story's last change may be too eager, never stale.
    update = Update(1, PartialDate(2021, 6, 1), "Added a note.")
    site = make_site(make_story(updates=(update,)), base_url="https://example.org/")
    dated = dict(by_path(site)["sitemap.xml"].context["entries"])
    for path in ("quake/index.html", "quake/figures/ann/index.html", "quake/locations/port/index.html"):
        assert dated[path] == PartialDate(2021, 6, 1), path


def test_the_pages_of_a_small_site_in_order() -> None:
    listed = [(p.path, p.template, p.story_id) for p in pages(make_site(make_story()))]
    assert listed == [
        ("index.html", "home.html", None),
        ("404.html", "404.html", None),
        ("quake/index.html", "story.html", "quake"),
        ("quake/events/e1/index.html", "event.html", "quake"),
        ("quake/events/e2/index.html", "event.html", "quake"),
        ("quake/events/e3/index.html", "event.html", "quake"),
        ("quake/figures/ann/index.html", "figure.html", "quake"),
        ("quake/figures/bob/index.html", "figure.html", "quake"),
        ("quake/figures/cy/index.html", "figure.html", "quake"),
        ("quake/locations/port/index.html", "location.html", "quake"),
        ("quake/locations/hill/index.html", "location.html", "quake"),
        ("quake/timeline.json", Export.TIMELINEJS, "quake"),
        ("quake/story.json", Export.STORY_JSON, "quake"),
        ("quake/timeline.csv", Export.TIMELINE_CSV, "quake"),
        ("quake/embed/index.html", "embed.html", "quake"),
        ("quake/embed/light/index.html", "embed.html", "quake"),
        ("robots.txt", Export.ROBOTS, None),
    ]


def test_with_a_base_url_there_are_a_sitemap_and_a_feed() -> None:
    story = make_story(updated=PartialDate(2021, 6))
    site = make_site(story, make_story("flood"), base_url="https://example.org/")
    found = by_path(site)
    assert found["robots.txt"].context == {"base_url": "https://example.org/"}
    assert found["feed.xml"].template is Export.FEED
    assert found["feed.xml"].context == {
        "site": SiteInfo.of(site),
        "stories": site.stories,
        "time_zone": None,
        # Worked out once, for the sitemap and the feeds.
        "changed": {s.id: feeds.events_changed(s) for s in site.stories},
        "title": "News",
        "subtitle": "d",
        "path": "feed.xml",
        "home": "",
    }
    # Each story's own feed, of its entries alone.
    assert found["quake/feed.xml"].template is Export.FEED and found["quake/feed.xml"].story_id == "quake"
    assert found["quake/feed.xml"].context == {
        "site": SiteInfo.of(site),
        "stories": (story,),
        "time_zone": None,
        "changed": {"quake": feeds.events_changed(story)},
        "title": story.title,
        "subtitle": None,
        "path": "quake/feed.xml",
        "home": "quake/",
    }
    entries = found["sitemap.xml"].context["entries"]
    # Every HTML page, dated by its story's last change; the home page by the newest one;
    # an event's page by its own (feeds.events_changed), which the story's later updates
    # leave as it was.
    assert entries[0] == ("index.html", PartialDate(2021, 6))
    assert ("404.html", None) not in entries and all(p.endswith(".html") for p, _ in entries)
    assert ("quake/index.html", PartialDate(2021, 6)) in entries
    assert ("quake/events/e2/index.html", PartialDate(2020, 1, 2)) in entries
    assert ("quake/events/e1/index.html", PartialDate(2020, 1, 1)) in entries  # not before publication
    assert ("flood/figures/cy/index.html", PartialDate(2020, 1, 1)) in entries
    assert len(entries) == 1 + 2 * 9  # not the embed pages, made to be framed rather than found
    assert found["quake/timeline.json"].context == {"story": story, "base_url": "https://example.org/"}
    assert found["quake/oembed.json"].template is Export.OEMBED
    assert found["quake/oembed.json"].context == {"story": story, "site": SiteInfo.of(site), "light": False}
    # The light embed page's own, which that page names: embedded from its address, it stays light.
    light_oembed = found["quake/embed/light/oembed.json"]
    assert light_oembed.template is Export.OEMBED and light_oembed.context["light"] is True
    embedded = {"site": SiteInfo.of(site), "story": story, "years": (), "light": False}
    # A short story: its whole timeline is in the frame, nothing led with or folded.
    embedded |= {"moments": (), "latest": (), "earlier": ()}
    assert found["quake/embed/index.html"].context == embedded
    assert found["quake/embed/light/index.html"].context == embedded | {"light": True}


def test_the_home_page_lists_story_cards() -> None:
    site = make_site(make_story(updated=PartialDate(2021, 6)), make_story("flood", (E3,), draft=True))
    home = by_path(site)["index.html"]
    assert home.context == {
        "site": SiteInfo("News", "d", None, "fr"),
        "stories": (
            StoryCard("quake", "Quake", "What happened.", 3, PartialDate(2021, 6), True, False),
            StoryCard("flood", "Flood", "What happened.", 1, PartialDate(2020, 1, 1), False, True),
        ),
        "shared": Shared(None, None),  # two stories: no card of one of them (nor a lead to show)
    }


def test_each_event_page_shows_its_event_its_neighbours_and_what_it_names() -> None:
    story = make_story()
    found = by_path(make_site(story))
    first, middle, last = (found[f"quake/events/{e}/index.html"].context for e in ("e1", "e2", "e3"))
    assert first["event"] is E1 and first["previous"] is None and first["next"] == ("e2", "E2")
    assert middle["previous"] == ("e1", "E1") and middle["next"] == ("e3", "E3")
    assert last["next"] is None
    assert first["timeline_page"] == "quake/index.html"
    # Only what the event names, in id order.
    assert list(first["story"].figures) == ["ann", "bob"]
    assert list(first["story"].locations) == ["port"]
    assert list(first["story"].sources) == ["s2"]
    # A quote's figure and source are shown too.
    assert list(middle["story"].figures) == ["ann", "cy"] and list(middle["story"].sources) == ["s3"]


def test_figure_and_location_pages_show_the_events_that_name_them() -> None:
    found = by_path(make_site(make_story()))
    assert found["quake/figures/ann/index.html"].context["events"] == (E1, E2)
    assert found["quake/figures/bob/index.html"].context["events"] == (E1,)
    assert found["quake/figures/cy/index.html"].context["events"] == ()  # quoted only
    assert found["quake/locations/port/index.html"].context["events"] == (E1, E3)
    assert found["quake/locations/hill/index.html"].context["events"] == ()
    # A figure's own page shows the figure even when no event names it.
    assert list(found["quake/figures/cy/index.html"].context["story"].figures) == ["cy"]


def test_a_figure_page_shows_what_the_figure_said_with_its_event_and_source() -> None:
    found = by_path(make_site(make_story()))
    said = found["quake/figures/cy/index.html"].context["quotes"]
    assert said == ((E2, E2.quotes[0], SOURCES["s3"]),)
    assert found["quake/figures/ann/index.html"].context["quotes"] == ()  # named, never quoted
    # The quote's source comes with it; the figure's view stays what its events name.
    assert list(found["quake/figures/cy/index.html"].context["story"].sources) == []


def test_a_figures_or_places_page_folds_all_but_its_latest_few_quotes_or_pictures() -> None:
    # A figure in 80 of 250 events had 19 quotes before its timeline: four screens on a phone.
    assert [pages_module.folded(n) for n in (0, 1, 3, 4, 5, 19)] == [0, 0, 0, 0, 2, 16]
    found = by_path(make_site(make_story()))
    assert found["quake/figures/cy/index.html"].context["folded"] == 0  # one quote: all shown
    assert found["quake/locations/port/index.html"].context["folded"] == 0


def updates_of(kinds: str) -> tuple[Update, ...]:
    """A story's updates, latest first, of the kinds ``kinds`` gives oldest first ('u' an
    update, 'c' a correction), numbered from 1, a day apart."""
    made = [
        Update(
            n,
            PartialDate(2020, 1 + n // 28, 1 + n % 28),
            f"Entry {n}.",
            UpdateKind.CORRECTION if kind == "c" else UpdateKind.UPDATE,
        )
        for n, kind in enumerate(kinds, start=1)
    ]
    return tuple(reversed(made))


def test_a_story_page_folds_its_plain_updates_after_the_latest_few_and_no_correction() -> None:
    # 200 updates came before the timeline: 16,000 px down a phone.
    fold = pages_module.folded_updates
    assert fold(updates_of("u" * 200)) == frozenset(range(1, 198))  # the latest three shown
    assert fold(updates_of("uuuu")) == frozenset()  # one folded would save nothing
    assert fold(updates_of("uuuuu")) == {1, 2}
    # Every correction stays in sight, however old; the latest three whatever their kind.
    assert fold(updates_of("ucuucuuccc")) == {1, 3, 4, 6, 7}
    assert fold(updates_of("cuccccc")) == frozenset()  # one plain update beyond: not folded
    updates = updates_of("uu" + "c" * 3 + "u" * 6)
    event = make_event("e9", PartialDate(2019, 9))
    told = tuple(replace(u, text=f"On [it](events/e9.yaml): {u.number}.") for u in updates)
    found = by_path(make_site(make_story(events=(E1, E2, E3, event), updates=told)))
    assert found["quake/index.html"].context["folded_updates"] == {1, 2, 6, 7, 8}
    assert found["quake/events/e9/index.html"].context["folded_updates"] == {1, 2, 6, 7, 8}
    assert found["quake/events/e1/index.html"].context["folded_updates"] == frozenset()  # told of by none


def test_a_long_storys_embed_gets_its_key_moments_and_latest_events(monkeypatch: pytest.MonkeyPatch) -> None:
    marked = make_event("e4", PartialDate(2022, 7, 1), key=True)
    story = make_story(events=(E1, E2, E3, marked))
    embedded = by_path(make_site(story))["quake/embed/index.html"].context
    assert (embedded["moments"], embedded["latest"]) == ((), ())  # its whole timeline is in the frame
    monkeypatch.setattr(pages_module, "YEAR_PAGES_FROM", 3)
    monkeypatch.setattr("generator.render.embed.LATEST", 2)
    found = by_path(make_site(story))
    embedded = found["quake/embed/index.html"].context
    # The key moment is among the latest: shown once, there; the story page keeps it.
    assert found["quake/index.html"].context["moments"] == (marked,) and embedded["moments"] == ()
    assert embedded["latest"] == (E3, marked)
    assert found["quake/embed/light/index.html"].context == embedded | {"light": True}
    monkeypatch.setattr("generator.render.embed.LATEST", 1)  # now it is not
    found = by_path(make_site(make_story(events=(E1, E2, marked, replace(E3, date=PartialDate(2023))))))
    assert found["quake/embed/index.html"].context["moments"] == (marked,)


def test_a_story_page_sees_the_whole_story() -> None:
    story = make_story()
    context = by_path(make_site(story))["quake/index.html"].context
    assert context["story"] is story and context["years"] == ()
    assert context["index"] == StoryIndex.of(story)
    assert context["moments"] == ()  # three events: nothing to pick out
    strip = context["overview"]
    assert strip is not None and strip.count == 3
    bars = [bar for period in strip.periods for bar in period.bars]
    assert [bar.href for bar in bars] == [f"quake/index.html#event-{e}" for e in ("e1", "e2", "e3")]


def test_key_moments_are_the_events_marked_key() -> None:
    marked = make_event("e4", PartialDate(2020, 5), key=True)
    story = make_story(events=(E1, E2, E3, marked))
    assert by_path(make_site(story))["quake/index.html"].context["moments"] == (marked,)


def test_past_the_threshold_a_story_gets_a_page_a_year(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages_module, "YEAR_PAGES_FROM", 3)
    e4 = make_event("e4", PartialDate(2022, 7, 1))
    assert [p.path for p in pages(make_site(make_story())) if "/years/" in p.path] == []  # 3 is not past 3
    found = by_path(make_site(make_story(events=(E1, E2, E3, e4))))
    years = {p: page for p, page in found.items() if "/years/" in p}
    assert list(years) == [
        "quake/years/2019/index.html",
        "quake/years/2020/index.html",
        "quake/years/2022/index.html",
    ]
    assert found["quake/index.html"].context["years"] == ((2019, 1), (2020, 2), (2022, 1))
    # The overview links to entries on their years' pages.
    strip = found["quake/index.html"].context["overview"]
    hrefs = [bar.href for period in strip.periods for bar in period.bars]
    assert "quake/years/2022/index.html#event-e4" in hrefs
    y2020 = years["quake/years/2020/index.html"]
    assert y2020.template == "year.html"
    assert y2020.context["year"] == 2020 and y2020.context["events"] == (E2, E3)
    assert (y2020.context["previous"], y2020.context["next"]) == (2019, 2022)
    assert years["quake/years/2019/index.html"].context["previous"] is None
    assert years["quake/years/2022/index.html"].context["next"] is None
    assert list(y2020.context["story"].figures) == ["ann", "cy"]
    # An event's "full timeline" link goes to its year's page.
    assert found["quake/events/e3/index.html"].context["timeline_page"] == "quake/years/2020/index.html"


def test_the_view_maker_is_used_for_every_page_that_shows_part_of_a_story() -> None:
    calls: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []

    def view(story: Story, events: tuple[Event, ...], figures: tuple[str, ...]) -> StoryView:
        calls.append((story.id, tuple(e.id for e in events), tuple(figures)))
        return StoryView.of(story, events, figures)

    list(pages(make_site(make_story()), view))  # type: ignore[arg-type]
    assert calls == [
        ("quake", ("e1",), ()),
        ("quake", ("e2",), ()),
        ("quake", ("e3",), ()),
        ("quake", ("e1", "e2"), ("ann",)),
        ("quake", ("e1",), ("bob",)),
        ("quake", (), ("cy",)),
        ("quake", ("e1", "e3"), ()),
        ("quake", (), ()),
    ]


def test_story_view_of_several_events() -> None:
    view = StoryView.of(make_story(), (E1, E2, E3), ("bob",))
    assert (view.id, view.title) == ("quake", "Quake")
    assert view.figures == {"ann": FIGURES["ann"], "bob": FIGURES["bob"], "cy": FIGURES["cy"]}
    assert view.locations == {"port": LOCATIONS["port"]}
    assert view.sources == {"s1": SOURCES["s1"], "s2": SOURCES["s2"], "s3": SOURCES["s3"]}
    assert StoryView.of(make_story(), ()) == StoryView("quake", "Quake", {}, {}, {})


def test_an_event_pages_sources_are_listed_in_the_order_the_event_cites_them(tmp_path: Path) -> None:
    # The held-out La Palma story: an event citing 'pevolca' then 'ign' numbered its
    # sources by id, '1. Instituto Geográfico Nacional, 2. Gobierno de Canarias', under a
    # line of sources naming them the other way round.
    cited = make_event("e9", PartialDate(2020, 5, 6), sources=("s3", "s1"))
    assert list(StoryView.of(make_story(events=(cited,)), (cited,)).sources) == ["s3", "s1"]
    # A page of several events: in the order they are first cited, a quote's source after
    # its event's own.
    quoted = replace(E2, sources=("s2",))
    assert list(StoryView.of(make_story(), (E3, quoted)).sources) == ["s1", "s2", "s3"]
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: T\nsummary: S.\npublished: 2024-01-02\n"
        "sources:\n  alpha:\n    publisher: Alpha News\n  zulu:\n    publisher: Zulu Wire\n",
        "title: Site\n",
        ("events",),
    )
    (story / "events" / "e.yaml").write_text(
        "title: E\ndate: 2024-01-01\nsummary: S.\nsources: [zulu, alpha]\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = (tmp_path / "site" / "s" / "events" / "e" / "index.html").read_text()
    assert re.findall(r'<li id="source-(\w+)">', page) == ["zulu", "alpha"]


def test_story_index_maps_figures_and_places_to_their_events_in_order() -> None:
    index = StoryIndex.of(make_story())
    assert index.by_figure == {"bob": (E1,), "ann": (E1, E2)}
    assert index.by_location == {"port": (E1, E3)}
    assert index.quotes_by_figure == {"cy": ((E2, E2.quotes[0]),)}  # "A passer-by" is no figure


def test_pages_are_the_same_values_each_time() -> None:
    # The preview compares a page with the last build's to decide whether to render it.
    site = make_site(make_story(), base_url="https://example.org/")
    assert list(pages(site)) == list(pages(site))


def test_the_story_page_lists_figures_and_places_busiest_first_then_by_name() -> None:
    figures = {
        "zed": Figure("zed", "Zed", "X"),
        "eve": Figure("eve", "Élise", "X"),
        "abe": Figure("abe", "abe", "X"),
        "dan": Figure("dan", "Dan", "X"),
    }
    events = (
        make_event("e1", PartialDate(2020, 1), figures=("zed", "dan"), locations=("hill",)),
        make_event("e2", PartialDate(2020, 2), figures=("zed",), locations=("hill",)),
        make_event("e3", PartialDate(2020, 3), figures=("eve", "abe")),
    )
    index = StoryIndex.of(replace(make_story(events=events), figures=figures))
    # Zed in two events; then, one each, by name with case and accents set aside.
    assert [f.name for f in index.figures_in_order] == ["Zed", "abe", "Dan", "Élise"]
    assert [loc.id for loc in index.locations_in_order] == ["hill", "port"]


def test_each_language_the_sites_pages_are_written_in_has_a_search_page() -> None:
    site = replace(
        make_site(
            make_story("a", language="en"),
            make_story("b"),  # the site's language, French
            make_story("c", language="ar"),
            make_story("d", language="fr-CA"),  # written with the site's French catalog
            make_story("e", language="en-GB"),
            base_url="https://example.org/",
        ),
        search=True,
    )
    found = by_path(site)
    searched = {path: page for path, page in found.items() if page.template == "search.html"}
    assert list(searched) == ["search/index.html", "search/ar/index.html", "search/en/index.html"]
    assert [page.language for page in searched.values()] == ["fr", "ar", "en"]
    choices = pages_module.search_choices(site)
    sorted_as = pages_module.names_sorted_as(site)
    context = {"site": SiteInfo.of(site), "choices": choices, "sorted_as": sorted_as}
    assert all(page.context == context for page in searched.values())
    listed = [path for path, _ in found["sitemap.xml"].context["entries"]]
    assert not [path for path in listed if path.startswith("search/")]  # none for search engines
    assert not [p for p in pages(replace(site, search=False)) if p.path.startswith("search/")]


def test_the_search_pages_are_given_every_storys_title_figures_places_and_tags_once() -> None:
    # The names its filters may offer, which the template sorts for search.js: a value
    # left out would be placed by the browser's collation, not the story pages'.
    tagged = (
        make_event("e1", PartialDate(2020, 1), tags=("vote", "Vote")),
        make_event("e2", PartialDate(2020, 2), tags=("vote",)),
    )
    other = {"zed": Figure("zed", "Zed", "Judge"), "ann": Figure("ann", "Ann", "Mayor")}
    site = make_site(make_story("a", events=tagged), replace(make_story("b"), figures=other, locations={}))
    assert pages_module.search_choices(site) == {
        "story": ("A", "B"),
        "figure": ("Ann", "Bob", "Cy", "Zed"),
        "place": ("Hill", "Port"),
        "tag": ("Vote", "vote"),
    }


def test_the_search_pages_tag_choices_are_typeset_in_each_storys_language() -> None:
    # The event pages show Pagefind their tags typeset, as titles are ('L’incendie' of
    # "L'incendie"): the choices the search page sorts for search.js must be those, each
    # in its story's language, or the typeset ones would be placed by the browser.
    french = make_story(
        "a", events=(make_event("e1", PartialDate(2020, 1), tags=("L'incendie", '"Gilets jaunes"')),)
    )
    english = make_story(
        "b", events=(make_event("e2", PartialDate(2020, 2), tags=('"Yellow vests"',)),), language="en"
    )
    assert pages_module.search_choices(make_site(french, english))["tag"] == (
        "L\u2019incendie",
        "\u00ab\u202fGilets jaunes\u202f\u00bb",
        "\u201cYellow vests\u201d",
    )


def test_a_site_in_one_language_has_one_search_page() -> None:
    site = replace(make_site(make_story("a"), make_story("b", language="fr-FR")), search=True)
    assert [p.path for p in pages(site) if p.path.startswith("search/")] == ["search/index.html"]


def test_an_event_taken_out_has_a_notice_page_in_no_list() -> None:
    # Its page stays at its address, as a notice: it shows the event and the latest
    # correction that tells of it (an update linking to it is no correction), and the
    # sitemap does not list it, as search engines are asked to drop it.
    gone = Event(
        "gone", "GONE", PartialDate(2020, 2, 1), "", removed=Removal(PartialDate(2020, 4, 1), "Wrong.")
    )
    told = "We took out [the report](events/gone.yaml)."
    updates = (
        Update(3, PartialDate(2020, 4, 2), told),
        Update(2, PartialDate(2020, 4, 1), told, UpdateKind.CORRECTION),
        Update(1, PartialDate(2020, 3, 1), told, UpdateKind.CORRECTION),
    )
    found = by_path(make_site(make_story(removed=(gone,), updates=updates), base_url="https://x.org/"))
    page = found["quake/events/gone/index.html"]
    assert page.template == "removed.html"
    assert page.context["event"] is gone and page.context["correction"] is updates[1]
    assert page.context["story"] == StoryView("quake", "Quake", {}, {}, {})
    sitemap = found["sitemap.xml"].context["entries"]
    assert "quake/events/e1/index.html" in dict(sitemap)
    assert not [path for path, _ in sitemap if "gone" in path]
    untold = by_path(make_site(make_story(removed=(gone,))))["quake/events/gone/index.html"]
    assert untold.context["correction"] is None


def test_a_turkish_storys_figures_of_as_many_events_are_in_turkish_alphabetical_order() -> None:
    # Sorted with accents set aside, 'Ömer' came before 'Orhan' and 'İlber' before
    # 'Işıl': Turkish has o before ö, and ı (whose capital is I) before i.
    figures = {
        k: Figure(k, name, "X") for k, name in (("a", "İlber"), ("b", "Işıl"), ("c", "Ömer"), ("d", "Orhan"))
    }
    events = (make_event("e1", PartialDate(2020, 1), figures=tuple(figures)),)
    story = replace(make_story(events=events), figures=figures)
    assert [f.name for f in StoryIndex.of(story, "tr").figures_in_order] == ["Işıl", "İlber", "Orhan", "Ömer"]
    assert [f.name for f in StoryIndex.of(story).figures_in_order] == ["İlber", "Işıl", "Ömer", "Orhan"]


def test_a_serbian_latin_storys_figures_are_in_its_latin_alphabets_order() -> None:
    # The story's index was sorted by the language alone, 'sr', which sorts Serbian's
    # Cyrillic: 'Ђорђе' before every Latin name and 'Đorđe' beside 'Dragan'.
    names = (("a", "Đorđe"), ("b", "Dragan"), ("c", "Ђорђе"), ("d", "Zoran"))
    figures = {k: Figure(k, name, "X") for k, name in names}
    events = (make_event("e1", PartialDate(2020, 1), figures=tuple(figures)),)
    story = replace(make_story(events=events), figures=figures, language="sr-Latn")
    index = by_path(make_site(story))["quake/index.html"].context["index"]
    assert [f.name for f in index.figures_in_order] == ["Dragan", "Đorđe", "Zoran", "Ђорђе"]


def test_a_storys_versions_name_their_overviews_periods_as_precisely_as_each_other(tmp_path: Path) -> None:
    # A held-out story's strip said 'agosto de 2010' in Spanish at 390 px, where its
    # English version said '5–9 August 2010'.
    content = tmp_path / "content"
    content.mkdir()
    (content / "site.yaml").write_text("title: Test site\n")
    dates = ["2010-08-05", "2010-08-06", "2010-08-07", "2010-08-09", "2010-08-22", "2010-08-23"]
    dates += ["2010-08-30", "2010-08-31", "2010-09-05", "2010-09-17", "2010-10-09", "2010-10-13"]
    ends = {"2010-10-12": "end: 2010-10-13\n"}  # the rescue, over two days
    for story, language, extra in (("mine", "en", ""), ("mina", "es", "translation_of: mine\n")):
        (content / story / "events").mkdir(parents=True)
        (content / story / "story.yaml").write_text(
            f"title: {story}\nsummary: S.\npublished: 2010-10-14\nlanguage: {language}\n{extra}"
            "sources:\n  wire:\n    publisher: Wire\n"
        )
        for day in [*dates, *ends]:
            (content / story / "events" / f"{day}.yaml").write_text(
                f"title: E {day}\ndate: {day}\n{ends.get(day, '')}summary: S.\nsources: [wire]\n"
            )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    names = {  # without the word joiners that keep a range on one line
        story: re.findall(
            r'<text class="overview-label( wide)?"[^>]*>([^<]*)</text>',
            (tmp_path / "site" / story / "index.html").read_text(encoding="utf-8").replace("\u2060", ""),
        )
        for story in ("mine", "mina")
    }
    assert names["mine"][0] == ("", "5–9 August 2010")
    assert names["mina"][0] == ("", "5–9 de agosto de 2010")
    assert [wide for wide, _ in names["mine"]] == [wide for wide, _ in names["mina"]]
    assert [len(re.findall(r"\d+", name)) for _, name in names["mine"]] == [
        len(re.findall(r"\d+", name)) for _, name in names["mina"]
    ]


# An entry's date in the timeline's column: the one place a date may carry zero-width spaces.
_COLUMN_DATE = re.compile(
    r'(<li class="event[^"]*"[^>]*>\n(?:<p class="gap">[^<]*</p>\n)?)<time [^>]*>.*?</time>'
)


def _pagefind_records(site: Path) -> list[object]:
    """The meta data and filters of each page Pagefind indexed under ``site`` (its
    fragments, gzipped JSON after a signature), and its filters' and meta's own files,
    decompressed. A fragment's content is left out: Pagefind puts zero-width spaces
    between the words of Chinese, Japanese and Korean text there itself."""
    records: list[object] = []
    for path in sorted((site / "pagefind").rglob("*")):
        if path.suffix == ".pf_fragment":
            fragment = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
            records += [fragment["meta"], fragment["filters"]]
        elif path.suffix in (".pf_meta", ".pf_filter"):
            records.append(gzip.decompress(path.read_bytes()).decode("utf-8", "replace"))
    return records


@pytest.mark.parametrize("language", ["zh-Hans", "ja", "ko"])
def test_a_date_breaks_at_zero_width_spaces_in_the_timelines_column_alone(
    tmp_path: Path, language: str
) -> None:
    # The zero-width spaces a Chinese, Japanese or Korean date may break at in the narrow
    # date column ('2019年\u200b12月28日') were in every date a page wrote: the overview
    # strip's labels, which a screen reader reads, and the search index's date, which a
    # search for '2019年12月' then missed. Feeds, the data files, titles, social cards
    # and the search index have the date as written; the column alone has the breaks.
    content = tmp_path / "content"
    story = story_folder(
        content,
        "s",
        f"title: T\nsummary: S.\npublished: 2021-12-30\nlanguage: {language}\nsources:\n  a:\n    publisher: P\n",
        "title: Site\nbase_url: https://example.org/\n",
        ("events", "figures", "locations"),
    )
    (story / "figures" / "f.yaml").write_text("name: F\nrole: R\n")
    (story / "locations" / "l.yaml").write_text("name: L\ncoordinates: [10, 20]\n")
    events = {
        "e1": "date: 2019-12-28\nend: 2020-01-03\nkey: true\nfigures: [f]\nlocations: [l]\nsources: [a]\n",
        "e2": "date: 2021-12\nend: 2022-02\n",
        "e3": "date: 2021-12-28\ncirca: true\n",
        "e4": "date: 2021-12-28T10:00+08:00\n",
        "e5": "date: 2021-12-28T11:00+08:00\n",
    }
    for name, dates in events.items():
        (story / "events" / f"{name}.yaml").write_text(f"title: Event {name}\n{dates}summary: S.\n")
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    site = tmp_path / "site"
    columns = 0
    for path in sorted(site.rglob("*")):
        if path.suffix not in (".html", ".xml", ".json", ".csv", ".txt", ".js", ".svg"):
            continue
        text = path.read_text("utf-8")
        if path.suffix == ".html":
            columns += sum("\u200b" in found[0] for found in _COLUMN_DATE.finditer(text))
            text = _COLUMN_DATE.sub(r"\1", text)
        assert "\u200b" not in text, (path.relative_to(site), text[text.index("\u200b") - 80 :][:160])
    assert columns > 0  # the column's dates still break (the story's, its figure's, its place's)
    assert not [
        record for record in _pagefind_records(site) if "\u200b" in json.dumps(record, ensure_ascii=False)
    ]


def _timeline_with_times(tmp_path: Path, site: str, events: dict[str, str]) -> str:
    """The story page of a story of ``events`` (their date keys, by file name), built with
    ``site`` as its site.yaml."""
    story = story_folder(
        tmp_path / "content", "s", "title: T\nsummary: S.\npublished: 2024-01-02\n", site, ("events",)
    )
    for name, dates in events.items():
        (story / "events" / f"{name}.yaml").write_text(f"title: E\n{dates}\nsummary: S.\n")
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    return (tmp_path / "site" / "s" / "index.html").read_text()


CLOCK_NOTE = re.compile(r'<p class="clock-note">([^<]*)</p>\s*<ol class="timeline">')


def test_a_timeline_with_a_time_says_its_clock_is_each_places(tmp_path: Path) -> None:
    # '13 October 2010, 00:11' did not say which clock it was read on.
    page = _timeline_with_times(
        tmp_path, "title: Site\n", {"a": "date: 2010-10-13T00:11", "b": "date: 2010-10-14"}
    )
    assert CLOCK_NOTE.findall(page) == ["Times are local to each place."]


def test_a_timeline_with_a_time_names_the_sites_time_zone(tmp_path: Path) -> None:
    page = _timeline_with_times(
        tmp_path, "title: Site\ntime_zone: America/Santiago\n", {"a": "date: 2010-10-13T00:11"}
    )
    assert CLOCK_NOTE.findall(page) == ["Times are Chile Time (UTC−3)."]


def test_a_story_told_on_one_clock_says_its_offset_once_and_its_event_pages_each(tmp_path: Path) -> None:
    # 'March 26, 2024, 1:25 a.m. (UTC−4)' on every entry and key moment; a newsroom says
    # it once ('All times EDT'). An event's page, read alone, keeps it.
    events = {
        "a": "date: 2024-03-26T01:25-04:00\nkey: true",
        "b": "date: 2024-03-26T01:28-04:00\nkey: true",
        "c": "date: 2024-05-13T17:01-04:00\nkey: true",
        "d": "date: 2024-05-14",
    }
    page = _timeline_with_times(
        tmp_path, "title: Site\nlanguage: en-US\ntime_zone: America/New_York\n", events
    )
    assert CLOCK_NOTE.findall(page) == ["Times are Eastern Time (UTC−4)."]
    timeline = page[page.index('<p class="clock-note">') :]
    assert timeline.count("UTC") == 1  # the note's, none on the entries
    assert "1:25\u00a0a.m.: E" in page  # the overview strip's bar
    moment = '<time datetime="2024-03-26T01:25-04:00">March\u00a026, 2024, 1:25\u00a0a.m.</time> <span class="moment-title">'
    assert moment in page
    assert 'datetime="2024-05-13T17:01-04:00"' in page  # the machine's time keeps its offset
    event_page = (tmp_path / "site" / "s" / "events" / "c" / "index.html").read_text()
    assert "5:01\u00a0p.m. (UTC−4)" in event_page


OVERVIEW_WORDS = re.compile(r"<text[^>]*>([^<]*)</text>|<figcaption>([^<]*)</figcaption>")
"""A label under the overview strip, or its caption."""


def _overview_words(page: str) -> list[str]:
    strip = page[page.index('<figure class="overview">') :]
    return ["".join(found) for found in OVERVIEW_WORDS.findall(strip[: strip.index("</figure>")])]


def test_the_overview_strip_of_a_story_told_on_one_clock_leaves_its_offset_off(tmp_path: Path) -> None:
    # Its caption and the time spans under it read '... 5:01 – 5:02 p.m. (UTC−4)' below a
    # timeline that says the offset once above it and nowhere else.
    events = {
        "a": "date: 2024-03-26T01:25-04:00",
        "b": "date: 2024-03-26T01:28-04:00",
        "c": "date: 2024-03-26T09:01-04:00",
        "d": "date: 2024-03-26T17:01-04:00",
        "e": "date: 2024-03-26T17:02-04:00",
    }
    page = _timeline_with_times(
        tmp_path, "title: Site\nlanguage: en-US\ntime_zone: America/New_York\n", events
    )
    assert CLOCK_NOTE.findall(page) == ["Times are Eastern Time (UTC−4)."]
    words = _overview_words(page)
    assert "March 26, 2024, 5:01\u2009–\u20095:02\u00a0p.m." in words, words
    assert words[-1].startswith(
        "The story’s 5 events at a glance (March 26, 2024, 1:25\u00a0a.m.\u2009–\u20095:02\u00a0p.m.): "
    )
    assert not [w for w in words if "UTC" in w], words
    event_page = (tmp_path / "site" / "s" / "events" / "e" / "index.html").read_text()
    assert "5:02\u00a0p.m. (UTC−4)" in event_page


def test_the_overview_strip_of_a_story_told_at_two_offsets_says_them(tmp_path: Path) -> None:
    events = {"a": "date: 2024-03-09T23:25-05:00", "b": "date: 2024-03-10T04:28-04:00"}
    page = _timeline_with_times(
        tmp_path, "title: Site\nlanguage: en-US\ntime_zone: America/New_York\n", events
    )
    caption = _overview_words(page)[-1]
    assert "(UTC−5)" in caption and "(UTC−4)" in caption, caption


def test_a_story_told_at_two_offsets_says_each_on_its_entry(tmp_path: Path) -> None:
    events = {"a": "date: 2024-01-26T01:25-05:00", "b": "date: 2024-03-26T01:28-04:00"}
    page = _timeline_with_times(
        tmp_path, "title: Site\nlanguage: en-US\ntime_zone: America/New_York\n", events
    )
    assert "clock-note" not in page
    assert "1:25\u00a0a.m. (UTC−5)" in page and "1:28\u00a0a.m. (UTC−4)" in page


@pytest.mark.parametrize(
    "dates",
    [
        {"a": "date: 2010-10-13", "b": "date: 2010-10"},  # no time
        {"a": "date: 2010-10-13T00:11+03:00"},  # a time with its offset says it
    ],
)
def test_a_timeline_whose_times_say_their_clock_has_no_clock_note(
    tmp_path: Path, dates: dict[str, str]
) -> None:
    page = _timeline_with_times(tmp_path, "title: Site\n", dates)
    assert 'class="timeline"' in page
    assert "clock-note" not in page


def test_a_storys_language_is_compared_and_ordered_in_any_case() -> None:
    # BCP 47 tags are read in any case: a story tagged 'FR' on a French site is in the
    # site's language (its card, the group's one, has no lang of its own), and its
    # versions are listed by their tags' letters, 'de' before 'FR' (by code points, 'FR'
    # came first).
    french = make_story("a", language="FR")
    german = make_story("b", language="de", translation_of="a")
    site = make_site(french, german)
    assert [t.language for t in pages_module.translations(site)["a"]] == ["de", "FR"]
    cards = {card.id: card for card in by_path(site)["index.html"].context["stories"]}
    assert list(cards) == ["a"] and cards["a"].language is None


def test_related_cards_follow_the_order_listed_and_skip_stories_the_site_has_not() -> None:
    # A published build's site has no draft: one listed is left out, as is a stray own id.
    story = make_story("quake", related=("otis", "draft-one", "quake", "floods"))
    otis, floods = make_story("otis", language="es"), make_story("floods")
    cards = pages_module.related_cards(make_site(story, otis, floods))
    assert [(c.id, c.title, c.language) for c in cards["quake"]] == [
        ("otis", "Otis", "es"),
        ("floods", "Floods", None),
    ]
    assert "otis" not in cards  # listing none: no cards
    story_page = by_path(make_site(story, otis, floods))["quake/index.html"]
    assert story_page.context["related"] == cards["quake"]


def test_a_related_cards_language_is_said_where_it_is_not_the_listing_pages() -> None:
    # The card stands inside the page of the story listing it: a story in the site's
    # language (French here) listed on an Arabic story's page is marked French, or it
    # would be read as Arabic; one in the page's own language needs no mark.
    listing = make_story("quake", language="ar", related=("floods", "otis", "news"))
    floods, otis, news = (
        make_story("floods"),
        make_story("otis", language="ar"),
        make_story("news", language="FR"),
    )
    cards = pages_module.related_cards(make_site(listing, floods, otis, news))
    assert [(c.id, c.language) for c in cards["quake"]] == [("floods", "fr"), ("otis", None), ("news", "FR")]
    # On a page in the site's language, only another language is marked, as before.
    plain = make_story("plain", related=("otis", "news"))
    cards = pages_module.related_cards(make_site(plain, otis, news))
    assert [(c.id, c.language) for c in cards["plain"]] == [("otis", "ar"), ("news", None)]


def test_a_sources_publisher_has_its_runs_set_apart_as_a_names_link_does(tmp_path: Path) -> None:
    # A publisher is shown in a link (or <bdi>) of dir="auto", as a figure's name is: an
    # Arabic one ending in a number and English words ('قناة 2 News') was laid out right
    # to left whole, its '2' drawn after 'News', on every page; a name's link sets such a
    # run apart (auto_runs). An English publisher needs nothing more on an Arabic page.
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: قصة\nsummary: ملخص.\npublished: 2024-01-02\nlanguage: ar\n"
        "sources:\n  qanat:\n    publisher: قناة 2 News\n  bbc:\n    publisher: BBC News 2\n"
        "key_numbers:\n  - value: '40'\n    label: قتيلا\n    source: qanat\n",
        "title: Site\n",
        ("events", "figures"),
    )
    (story / "figures" / "ann.yaml").write_text("name: آن\nrole: متحدثة\n")
    (story / "events" / "e.yaml").write_text(
        "title: حدث\ndate: 2024-01-01\nsummary: ملخص.\nsources: [qanat, bbc]\n"
        "quotes:\n  - text: كلام\n    by: ann\n    source: qanat\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    site = tmp_path / "site" / "s"
    set_apart = 'قناة <bdi dir="ltr">2 News</bdi>'
    pages = {
        "event": (site / "events" / "e" / "index.html").read_text(),
        "story": (site / "index.html").read_text(),
        "figure": (site / "figures" / "ann" / "index.html").read_text(),
    }
    for name, page in pages.items():
        assert "قناة 2 News" not in page[page.index("<main") : page.index("</main>")], name
    assert re.findall(r'class="source-mark"[^>]*dir="auto">(.*?)</a>', pages["story"]) == [
        set_apart,
        "BBC News 2",
    ]
    assert (
        f'<a href="#source-qanat" dir="auto" data-pagefind-ignore>{set_apart}</a>' in pages["event"]
    )  # quote
    assert f'<li id="source-qanat"><bdi>{set_apart}</bdi>' in pages["event"]  # the list of sources
    assert '<li id="source-bbc"><bdi>BBC News 2</bdi>' in pages["event"]
    assert f'<a href="#source-qanat" dir="auto">{set_apart}</a>' in pages["story"]  # a key number's
    assert f'dir="auto" data-pagefind-ignore>{set_apart}</a>' in pages["figure"]  # what the figure said


def test_a_storys_own_translations_are_no_related_cards() -> None:
    # The list of languages under the headline links to them already: a card as well was
    # the same story twice on its page, and in story.json's 'related' beside 'translations'.
    story = make_story("quake", related=("sismo", "floods", "quake-ar"))
    sismo = make_story("sismo", language="es", translation_of="quake")
    arabic = make_story("quake-ar", language="ar", translation_of="sismo")  # through another version
    floods = make_story("floods")
    site = make_site(story, sismo, arabic, floods, base_url="https://news.example/")
    assert [c.id for c in pages_module.related_cards(site)["quake"]] == ["floods"]
    assert by_path(site)["quake/story.json"].context["related"] == ("floods",)


def test_a_figure_or_place_of_one_id_in_two_stories_links_to_the_others_page() -> None:
    # The stories here share their figures' and places' ids: each page names the other
    # stories' pages of it, one version of each story (in the page's language where it
    # has one, else the site's), never its own story's versions (the language list's).
    quake = make_story("quake")
    sismo = make_story("sismo", language="es", translation_of="quake")
    otis = make_story("otis", language="es")
    floods = make_story("floods", events=(E3,))  # names no figure, and so has no page of 'ann'
    site = make_site(quake, sismo, otis, replace(floods, figures={}), base_url="https://news.example/")
    found = by_path(site)
    assert found["quake/figures/ann/index.html"].context["also_in"] == (
        pages_module.AlsoIn("otis", "Otis", "es"),
    )
    assert found["sismo/figures/ann/index.html"].context["also_in"] == (pages_module.AlsoIn("otis", "Otis"),)
    assert found["otis/locations/port/index.html"].context["also_in"] == (
        pages_module.AlsoIn("sismo", "Sismo"),
        pages_module.AlsoIn("floods", "Floods", "fr"),
    )
    assert found["floods/locations/port/index.html"].context["also_in"] == (
        pages_module.AlsoIn("quake", "Quake"),
        pages_module.AlsoIn("otis", "Otis", "es"),
    )
    also = dict(found["quake/story.json"].context["also_in"])
    assert also[("figures", "ann")] == ("otis",) and also[("locations", "port")] == ("otis", "floods")


def test_a_published_page_never_links_to_a_drafts_page_of_the_same_figure() -> None:
    # A --drafts build (a staging site, the preview): the draft story, and a figure whose
    # events are all drafts, have pages; a published page does not lead to them, a
    # draft's page leads to any, and the data files name published pages alone.
    drafted = replace(E1, draft=True)
    quake = make_story("quake")
    otis = make_story("otis", draft=True)
    floods = make_story("floods", events=(drafted, E2, E3))  # 'bob' is in the draft event alone
    found = by_path(make_site(quake, otis, floods))
    assert [a.id for a in found["quake/figures/ann/index.html"].context["also_in"]] == ["floods"]
    assert [a.id for a in found["quake/figures/bob/index.html"].context["also_in"]] == []
    assert [a.id for a in found["otis/figures/bob/index.html"].context["also_in"]] == ["quake", "floods"]
    assert [a.id for a in found["floods/figures/bob/index.html"].context["also_in"]] == ["quake", "otis"]
    assert dict(found["quake/story.json"].context["also_in"])[("figures", "ann")] == ("floods",)
    assert ("figures", "bob") not in dict(found["floods/story.json"].context["also_in"])


def test_the_data_files_also_in_is_found_in_a_time_in_proportion_to_the_stories() -> None:
    # Each story's story.json went through every figure and place of the whole site that
    # another story shares, sorted anew: 300 stories, each sharing 20 figures with one
    # other, took 12 s to list their pages (0.9 s now).
    stories = []
    for i in range(300):
        shared = {f"p{i // 2}-{k}": replace(FIGURES["ann"], id=f"p{i // 2}-{k}") for k in range(20)}
        stories.append(replace(make_story(f"s{i}", events=()), figures=shared, locations={}))
    with time_limit(6):
        found = {page.path: page for page in pages(make_site(*stories), embeds=False)}
    also = found["s7/story.json"].context["also_in"]
    assert also == tuple((("figures", f"p3-{k}"), ("s6",)) for k in sorted(str(k) for k in range(20)))


def test_a_figures_page_links_to_its_page_in_another_story(tmp_path: Path) -> None:
    content = tmp_path / "content"
    for sid, title, extra in (("sismo", "El sismo", ""), ("otis", "إعصار أوتيس", "language: ar\n")):
        folder = story_folder(
            content, sid, f"title: {title}\nsummary: s\npublished: 2020-01-01\n{extra}", "title: News\n",
            ("events", "figures"),
        )  # fmt: skip
        (folder / "figures" / "amlo.yaml").write_text("name: AMLO\nrole: President\n")
        (folder / "events" / "e1.yaml").write_text(
            "title: T\ndate: 2020-01-01\nsummary: s\nfigures: [amlo]\n"
        )
    build(content=str(content), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = (tmp_path / "site/sismo/figures/amlo/index.html").read_text()
    link = '<a href="../../../otis/figures/amlo/index.html" hreflang="ar" lang="ar" dir="rtl">إعصار أوتيس</a>'
    assert f'<p class="also-in" data-pagefind-ignore>Also in {link}</p>' in page
    back = (tmp_path / "site/otis/figures/amlo/index.html").read_text()
    assert (
        '<a href="../../../sismo/figures/amlo/index.html" hreflang="en" lang="en" dir="ltr">El sismo</a>'
        in back
    )


def test_a_sources_title_has_its_runs_set_apart_as_its_publisher_does(tmp_path: Path) -> None:
    # A source's title is shown in a link (or <cite>) of dir="auto", as its publisher is:
    # a Hebrew title with a number and English words ('כתבה 2 News') on an English page
    # drew its '2' after 'News'. A Latin one on a right-to-left page needs nothing more.
    story = story_folder(
        tmp_path / "content",
        "s",
        "title: Story\nsummary: Summary.\npublished: 2024-01-02\n"
        "sources:\n  ynet:\n    publisher: Ynet\n    title: כתבה 2 News\n    url: https://example.org/a\n"
        "  kan:\n    publisher: Kan\n    title: כתבה 3 News\n  bbc:\n    publisher: BBC\n"
        "    title: BBC News 2\n",
        "title: Site\n",
        ("events",),
    )
    (story / "events" / "e.yaml").write_text(
        "title: Event\ndate: 2024-01-01\nsummary: Summary.\nsources: [ynet, kan, bbc]\n"
    )
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(tmp_path / "site"))
    page = (tmp_path / "site" / "s" / "index.html").read_text()
    assert 'dir="auto">כתבה <bdi dir="ltr">2 News</bdi></a>' in page
    assert '<cite dir="auto">כתבה <bdi dir="ltr">3 News</bdi></cite>' in page
    assert '<cite dir="auto">BBC News 2</cite>' in page
