"""Links to the story's own events, figures and places, and to the anchors of its page."""

from __future__ import annotations

import random

import pytest

from generator.content import markdown_links, story_links
from generator.content.ids import ID_PATTERN
from tests.conftest import Project
from tests.content.test_markdown_links import _LABELS, _LINE_STARTS, _PAGES, _Links


def test_links_to_the_storys_content_files() -> None:
    """Inline links and reference definitions name an event, figure or place by its file;
    one in code is shown as text, and another site's file or a file of media/ is not one.
    Each comes with where its address starts, in the text as written."""
    text = (
        "After [the vote](events/the-vote.yaml), [Lee](figures/ann-lee.yaml) spoke.\n"
        "[place]: locations/port.yaml\n"
        "`[code](events/not-a-link.yaml)` and [elsewhere](https://example.org/events/x.yaml), "
        "[a file](media/events/y.yaml), [again](events/the-vote.yaml)"
    )
    found = story_links.story_links(text)
    assert [(link.kind, link.name, link.supported) for _, link in found] == [
        ("event", "the-vote", True),
        ("figure", "ann-lee", True),
        ("location", "port", True),
        ("event", "the-vote", True),
    ]
    assert [text[at : at + len(link.address)] for at, link in found] == [link.address for _, link in found]
    assert found[3][0] == text.rindex("events/the-vote.yaml")  # the second link, not the first
    assert story_links.story_links("No links here.") == []


@pytest.mark.parametrize(
    ("address", "target"),
    [
        ("../other/events/x.yaml", "../other/events/x"),
        ("../other/figures/ann-lee.yaml#quote", "../other/figures/ann-lee"),
        ("../other/locations/port.yaml", "../other/locations/port"),
        ("events/x.yaml", "events/x"),
    ],
)
def test_a_link_to_another_storys_file_is_written_as_from_the_storys_folder(
    address: str, target: str
) -> None:
    """'../<story>/events/<id>.yaml' leads to the other story's page, as 'events/<id>.yaml'
    leads to the story's own."""
    link = story_links.story_link(address)
    assert link is not None and link.supported and link.target == target


@pytest.mark.parametrize(
    ("address", "target", "story"),
    [
        ("story.yaml", "", None),
        ("story.yaml#timeline", "", None),
        ("../sismo-19s/story.yaml", "../sismo-19s/", "sismo-19s"),
        ("../otis/story.yaml#sources", "../otis/", "otis"),
    ],
)
def test_a_link_to_a_storys_story_yaml_names_its_page(address: str, target: str, story: str | None) -> None:
    """'story.yaml' is the story's own page, '../<story>/story.yaml' another story's,
    written as from the story's folder as its files are: both lead to the page."""
    link = story_links.story_link(address)
    assert link is not None and link.supported and link.story_page
    assert (link.target, link.story, link.kind) == (target, story, None)


@pytest.mark.parametrize(
    ("address", "other", "story"),
    [
        ("./story.yaml", False, None),
        ("Story.yaml", False, None),
        ("story.yml", False, None),
        ("story.yaml?x=1", False, None),
        ("../story.yaml", False, None),  # from an event's file, where that file is
        ("../sismo/story.yml", True, "sismo"),
        ("../../sismo/story.yaml", True, "sismo"),  # as from an event's file
        ("sismo/story.yaml", True, None),
        ("../Sismo-19S/story.yaml", True, "Sismo-19S"),
    ],
)
def test_other_ways_of_writing_a_link_to_a_storys_page(address: str, other: bool, story: str | None) -> None:
    """Forms that do not lead to the page: check says how to write them."""
    link = story_links.story_link(address)
    assert link is not None and link.story_page and not link.supported
    assert (link.other_story, link.story) == (other, story)


def test_a_story_yaml_in_a_folder_of_the_story_is_no_story_page() -> None:
    # 'media/story.yaml' is a file of media (check refuses its kind); 'events/story.yaml'
    # an event whose id is 'story'.
    assert story_links.story_link("media/story.yaml") is None
    event = story_links.story_link("events/story.yaml")
    assert event is not None and event.kind == "event" and not event.story_page


@pytest.mark.parametrize(
    ("address", "kind", "name", "other"),
    [
        ("./events/x.yaml", "event", "x", False),
        ("Events/x.yaml", "event", "x", False),
        ("events/x.yaml?y=1", "event", "x", False),
        ("events/X.yaml", "event", "X", False),
        ("events/x.yml", "event", "x", False),
        ("events/x.yaml/", "event", "x", False),
        ("events/x", "event", "x", False),
        ("events/x/index.html", "event", "x", False),
        ("x.yaml", None, "x", False),
        ("x.yml", None, "x", False),
        ("../events/x.yaml", "event", "x", False),  # from figures/a.yaml, where that file is
        ("../other/events/x.yml", "event", "x", True),
        ("../../other/events/x.yaml", "event", "x", True),  # as from an event's file
        ("../Other/events/x.yaml", "event", "x", True),
        ("../other/Events/x.yaml", "event", "x", True),
        ("../other/events/x.yaml?y=1", "event", "x", True),
        ("../../events/x.yaml", "event", "x", True),
        ("other/events/x.yaml", "event", "x", True),
    ],
)
def test_other_ways_of_writing_a_link_to_a_content_file(
    address: str, kind: str | None, name: str, other: bool
) -> None:
    """Forms a browser reads alike, or an editor writes meaning the same, which do not lead
    to the page (check warns of them; the pages keep only the words of a YAML one)."""
    link = story_links.story_link(address)
    assert link is not None and (link.kind, link.name, link.supported, link.other_story) == (
        kind,
        name,
        False,
        other,
    )


@pytest.mark.parametrize(
    "address", ["events/x.yaml", "events/x.yaml#quote", "figures/ann-lee.yaml", "locations/p2.yaml"]
)
def test_the_supported_form(address: str) -> None:
    link = story_links.story_link(address)
    assert link is not None and link.supported


@pytest.mark.parametrize(
    "address", ["media/events/x.pdf", "https://x.example/events/x.yaml", "report.pdf", "/events/x.yaml"]
)
def test_what_is_no_link_to_a_content_file(address: str) -> None:
    assert story_links.story_link(address) is None


def test_the_links_to_a_place_on_the_page_are_found_with_where_their_address_starts() -> None:
    text = "See [it](#update-1), `[code](#update-2)`, [site](https://x.org/#a) and [ref].\n\n[ref]: #source-wire\n"
    assert story_links.fragment_links(text) == [(9, "update-1"), (text.index("#source"), "source-wire")]
    assert story_links.fragment_links("No links here.") == []
    # HTML written in the Markdown keeps its links too; in code it is only shown.
    html = """<a href="#update-9">a</a>, <a title='t' href='#source-zz'>b</a>, `<a href="#update-3">`"""
    assert story_links.fragment_links(html) == [
        (html.index("#update-9"), "update-9"),
        (html.index("#source"), "source-zz"),
    ]


def test_a_missing_event_that_a_definition_in_a_list_or_quote_names_is_an_error_where_it_is(
    project: Project,
) -> None:
    # The page links 'events/gone.yaml' from the list item and 'events/lost.yaml' from the
    # quote (Markdown reads a definition there), which must be there as an inline link's
    # event must. The same written as indented code, or not used by a link, the page shows
    # no link of: nothing to say.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - see [the vote][v]\n\n"
        "      [v]: events/gone.yaml\n\n  > said [it][w]\n  >\n  > > [w]: events/lost.yaml\n"
        "body: |\n  See [the vote][c]\n\n      [c]: events/code.yaml\n\n  - item\n\n"
        "      [unused]: events/unused.yaml\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:6:12: unknown event 'gone' in 'summary'",
        "content/story-a/events/e1.yaml:10:12: unknown event 'lost' in 'summary'",
    ]
    project.write("content/story-a/events/gone.yaml", "title: Gone\ndate: 2020-01-02\nsummary: It went.\n")
    project.write(
        "content/story-a/events/lost.yaml", "title: Lost\ndate: 2020-01-03\nsummary: It got lost.\n"
    )
    assert project.problems() == []


def _random_event_piece(rng: random.Random) -> str:
    name, label = rng.choice(["events/a.yaml", "events/b-c.yaml", "#update-1"]), rng.choice(_LABELS)
    return rng.choice(
        [
            "words",
            f"[see]({name})",
            f"[see][{label}]",
            f"[{label}]",
            f"[{label}]: {name}",
            f"[{label}]: <{name}> 'Title'",
            f"[{label}]:\n  {name}",
            f"`[{label}]: {name}`",
            "<div>",
            "</div>",
            *("`", "`code", "code`"),  # code in backticks, over list items and quote lines
            *("[", "]", f"x]({name})"),  # a link in a link's words, or one no '[' opens
        ]
    )


def test_every_event_and_place_that_a_random_texts_page_links_to_is_one_its_link_rules_see() -> None:
    # Link pieces to events and places on the page in lists, quotes, code and HTML: each
    # link the page's converter makes is one that check looks for (reproducibly).
    rng = random.Random(56)
    for _ in range(1000):
        lines = [
            rng.choice(_LINE_STARTS) + " ".join(_random_event_piece(rng) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(1, 6))
        ]
        text = "\n".join(lines)
        links = _Links()
        links.feed(_PAGES.convert(text)[0])
        seen = {link.address for _, link in story_links.story_links(text)}
        seen |= {f"#{fragment}" for _, fragment in story_links.fragment_links(text)}
        assert set(links.addresses) <= seen, text
        # Each where its address is (not in the words, nor in code: there it is no link).
        for at, link in story_links.story_links(text):
            assert text.startswith(link.address, at), text


def test_an_event_link_after_code_in_backticks_left_open_in_a_list_item_is_checked(project: Project) -> None:
    # The code ends with its item, as the page reads it: the next item's link is the
    # page's, its event must be there (it was taken for code, up to the '`' after it).
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - a `code\n  - see [the vote](events/gone.yaml) and `x`\n",
    )
    assert project.problems() == ["content/story-a/events/e1.yaml:5:20: unknown event 'gone' in 'summary'"]


@pytest.mark.parametrize(
    "text",
    [
        "- [a\n- b](events/x.yaml) [c](events/y.yaml)",  # a list item's '[' closes in it
        "a [b\n> c](events/x.yaml)",  # a quote's line starts a block
        "> a [b\nc](events/x.yaml)",  # the quote's paragraph goes on: a link
        "- [a [b](events/x.yaml) c](events/y.yaml)",
        "[see `a\nb\nc`](events/x.yaml)",  # code in a link's words over lines
        "> [see `a\n> b\n> c`](events/x.yaml)",
    ],
)
def test_the_event_links_read_are_those_the_page_makes(text: str) -> None:
    links = _Links()
    links.feed(_PAGES.convert(text)[0])
    assert [link.address for _, link in story_links.story_links(text)] == links.addresses


def _random_id_piece(rng: random.Random) -> str:
    address = rng.choice(["e1", "2010-04-07-uprising", "fig-a", "e1-", "E1", "e_1", "e1.x", "e1/x"])
    address = rng.choice([address, address, f"<{address}>", f"<{address}", f"{address}>"])
    title = rng.choice(["", "", ' "T"', " 'T'", " (T)", '"T"', "\n  'T'", "\t(T (u))", " x"])
    label = rng.choice(_LABELS)
    between = rng.choice(["", " ", "\n", "\n> ", "\n  ", "`x`", " `x` ", "<!-- x -->", "\n\n", "  \n"])
    return rng.choice(
        [
            "words",
            f"[see]({address}{title})",
            f"![see]({address}{title})",
            f"[see]({between}{address}{title})",
            f"[see]({address}{between}{title})",
            f"[see][{label}]",
            f"[{label}]",
            f"[{label}]: {address}{title}",
            f"[{label}]:{between}{address}{title}",
            f"[{label}]: {address}{between}",
            f"\\[{label}\\]({address})",
            f"[a [b]({address}) c]({address})",
            *("`", "<!--", "-->", "[", "]", "(", ")", '"', "\n", "\n\n"),
        ]
    )


def test_a_text_with_a_link_to_an_id_alone_is_never_passed_over() -> None:
    # 'story_links' reads a text further only where a quick search says it may link an id
    # alone: '[a](e1 "T")' and '[r]: e1 "T"' were passed over (a title after the id), and a
    # broken link reached readers. The full reading of every address must find no link
    # to an id alone that 'story_links' leaves out (reproducibly).
    rng = random.Random(59)
    found_any = 0
    for _ in range(4000):
        lines = [
            rng.choice(_LINE_STARTS) + " ".join(_random_id_piece(rng) for _ in range(rng.randint(1, 4)))
            for _ in range(rng.randint(1, 4))
        ]
        text = "\n".join(lines)
        by_id = [
            (at, address) for at, address in markdown_links.addresses(text) if ID_PATTERN.fullmatch(address)
        ]
        found = [(at, link.address) for at, link in story_links.story_links(text)]
        assert [pair for pair in by_id if pair not in found] == [], text
        found_any += bool(by_id)
    assert found_any > 1000  # the texts are ones that link ids, not only ones that do not


def test_links_to_a_yaml_file_named_with_spaces() -> None:
    # Found whole, where the reading of links stops at the first space; not in code, and
    # not where the first word is a link of its own kind ('figures/Ann', told of by story_links).
    text = "[a](Ann Lee.yaml), `[b](Bo Park.yaml)`, [c](figures/Ann Lee.yaml), [d](my notes.txt)"
    assert story_links.spaced_links(text) == [
        (4, story_links.StoryLink("Ann Lee.yaml", None, "Ann Lee", False)),
    ]


def test_links_written_in_html_to_the_storys_content_files() -> None:
    """The page keeps ``<a href="events/x.yaml">`` as it is, and the build links it as it
    does Markdown's: read with where its tag's '<' is, in text order among the Markdown
    links; not in code or a comment, nor another site's. A picture that is not the story's
    own is one too: the page makes it a link to its address, named by its alt text."""
    text = (
        'See <a href="events/the-vote.yaml">the vote</a>, [Lee](figures/ann-lee.yaml) and\n'
        "<A TITLE='x' HREF='../other/locations/port.yaml'>port</A>; `<a href=\"events/code.yaml\">`,\n"
        '<!-- <a href="events/hidden.yaml">h</a> --> <img src="events/pic.yaml" alt="p">\n'
        '<a href="https://example.org/events/x.yaml">x</a> <a href="figures/Ana Ruiz.yaml">Ana</a>'
    )
    assert [(at, link.address, link.supported) for at, link in story_links.html_story_links(text)] == [
        (4, "events/the-vote.yaml", True),
        (81, "../other/locations/port.yaml", True),
        (215, "events/pic.yaml", True),
        (301, "figures/Ana Ruiz.yaml", False),
    ]
    assert [at for at, _ in story_links.story_links(text, html=True)] == [4, 55, 81, 215, 301]
    assert [at for at, _ in story_links.story_links(text)] == [55]  # Markdown's alone, as before
    assert story_links.html_story_links("[a](events/x.yaml) and <b>bold</b>") == []


@pytest.mark.parametrize(
    ("address", "kind", "name", "story"),
    [
        ("%2E%2E/other/events/x.yaml", "event", "x", "other"),
        (".%2e/events/x.yaml", "event", "x", None),
        ("figures/ana%2Eruiz.yaml", "figure", "ana.ruiz", None),
        ("figures/ana-ruiz%2Eyaml", "figure", "ana-ruiz", None),
    ],
)
def test_a_link_with_a_dot_written_as_percent_2e_names_the_file_meant(
    address: str, kind: str, name: str, story: str | None
) -> None:
    # A browser reads '%2E%2E/' as '../': the link names the file, in no form that leads to it.
    link = story_links.story_link(address)
    assert link is not None
    assert (link.address, link.kind, link.name, link.story, link.supported) == (
        address,
        kind,
        name,
        story,
        False,
    )


def test_a_supported_link_with_percent_2e_in_its_fragment_stays_supported() -> None:
    link = story_links.story_link("events/e1.yaml#part%2E2")
    assert link is not None and link.supported and link.name == "e1"
