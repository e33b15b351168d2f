"""The people and places of an event's line, made for each page (names_line.py)."""

from __future__ import annotations

from generator.content.dates import PartialDate
from generator.content.model import Event, Figure, Location
from generator.render.links import UP
from generator.render.names_line import left_out, line_words, names_line
from generator.render.pages import StoryView

STORY = StoryView(
    "s",
    "S",
    {"ann": Figure("ann", "Ann <A>", "Mayor"), "bob": Figure("bob", "Bob", "Clerk")},
    {"port": Location("port", "Port"), "hill": Location("hill", "Hill")},
    {},
)
EVENT = Event(
    id="e1",
    title="E1",
    date=PartialDate(2020, 1, 1),
    summary="s",
    figures=("ann", "bob"),
    locations=("port", "hill"),
)


def names(line: str) -> list[str]:
    """The links' addresses in ``line``, in order, their climb to the root shown as '^'."""
    return [part.split('"', 1)[0].replace(UP, "^") for part in line.split('href="')[1:]]


def test_a_page_of_a_figure_or_place_is_told_by_its_path_within_its_own_story() -> None:
    assert left_out("s/figures/ann/index.html", "s") == ("figures", "ann")
    assert left_out("s/locations/port/index.html", "s") == ("locations", "port")
    for other in ("s/index.html", "s/years/2020/index.html", "s/embed/index.html", "s/events/e1/index.html"):
        assert left_out(other, "s") is None
    assert left_out("t/figures/ann/index.html", "s") is None  # another story's figure


def test_the_pages_own_figure_or_place_is_left_out_and_the_others_kept_in_order() -> None:
    words = line_words("en")
    everyone = names_line(EVENT, STORY, "s/index.html", words)
    assert names(everyone) == [
        "^s/figures/ann/index.html",
        "^s/figures/bob/index.html",
        "^s/locations/port/index.html",
        "^s/locations/hill/index.html",
    ]
    assert "Ann &lt;A&gt;" in everyone  # a name is text
    assert names(names_line(EVENT, STORY, "s/figures/ann/index.html", words)) == [
        "^s/figures/bob/index.html",
        "^s/locations/port/index.html",
        "^s/locations/hill/index.html",
    ]
    assert names(names_line(EVENT, STORY, "s/locations/hill/index.html", words)) == [
        "^s/figures/ann/index.html",
        "^s/figures/bob/index.html",
        "^s/locations/port/index.html",
    ]
    alone = Event(id="e2", title="E2", date=PartialDate(2020, 1, 2), summary="s", figures=("bob",))
    assert names_line(alone, STORY, "s/figures/bob/index.html", words) == ""


def test_the_line_is_in_the_pages_language_with_its_list_mark_in_the_names_box() -> None:
    line = names_line(EVENT, STORY, "s/figures/bob/index.html", line_words("ar"))
    assert '<span class="visually-hidden">من: </span>' in line
    assert (
        '<a href="' + UP + 's/locations/port/index.html" dir="auto">Port</a>،</span> <span class="name">'
        in line
    )
    chinese = names_line(EVENT, STORY, "s/index.html", line_words("zh-Hans"))
    assert '</a>、</span><span class="name">' in chinese  # no space after the mark


def test_a_name_reads_in_its_own_direction_with_its_runs_set_apart_only_when_right_to_left() -> None:
    # Each link is dir="auto": an English name needs nothing more on an Arabic page, and
    # an Arabic name's English run opening with a number ('2 Terminal', drawn 'Terminal 2'
    # as the Arabic's) is set apart on any page, as the event's page sets it apart.
    story = StoryView(
        "s",
        "S",
        {"ann": Figure("ann", "Ann Lee", "Mayor"), "bob": Figure("bob", "Bob", "Clerk")},
        {"port": Location("port", "مبنى 2 Terminal"), "hill": Location("hill", "Hill")},
        {},
    )
    for language in ("ar", "en"):
        line = names_line(EVENT, story, "s/index.html", line_words(language))
        assert 'dir="auto">Ann Lee</a>' in line
        assert 'dir="auto">مبنى <bdi dir="ltr">2 Terminal</bdi></a>' in line
