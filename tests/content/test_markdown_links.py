"""A text's links read as its page reads them: the media files it uses, the addresses it writes."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from generator.content import markdown_links, story_links
from generator.markdown.markup import MarkdownConverter
from tests.conftest import Project
from tests.content.test_media import PNG
from tests.images import tiny_png


def test_references_in_markdown() -> None:
    text = (
        "See [the report](media/report.pdf) and ![map](media/maps/north%20map.png).\n"
        "[ref]: media/ref.jpg\n"
        '<img src="media/raw.png"> and [elsewhere](https://example.org/media/no.png)'
    )
    assert markdown_links.references(text) == ["report.pdf", "maps/north map.png", "ref.jpg", "raw.png"]
    assert markdown_links.references("No media here.") == []


def test_escaped_brackets_in_an_address_are_the_brackets_of_its_name() -> None:
    # As Markdown reads them: 'x[1].pdf', not 'x1.pdf' (another file, published for it).
    text = "[a](media/x\\[1\\].pdf) and [b](events/e\\[1\\].yaml)"
    assert 'href="media/x[1].pdf"' in MarkdownConverter().convert(text)[0]
    assert markdown_links.references(text) == ["x[1].pdf"]
    assert [link.address for _, link in story_links.story_links(text)] == ["events/e[1].yaml"]
    assert markdown_links.Addresses(text).find(("media/x[1].pdf",), 0) == (4, 20)


def test_a_markdown_link_to_a_missing_media_file_is_an_error(project: Project) -> None:
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See [it](media/reprot.pdf).\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:19: 'summary': no file 'media/reprot.pdf' in this story; "
        "did you mean 'media/report.pdf'?"
    ]


def test_a_media_address_with_spaces_in_angle_brackets_is_an_error_saying_how_to_write_it(
    project: Project,
) -> None:
    # Markdown takes <media/map #2.png>, but the page would link to "media/map " with the
    # fragment "2.png": the file exists, and readers would still get a broken picture.
    project.write("content/story-a/media/map #2.png", tiny_png())  # a picture: check reads it whole
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: 'The square: ![square](<media/map #2.png>)'\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:34: 'summary': write the address 'media/map #2.png' as "
        "'media/map%20%232.png' (a space is %20 and '#' is %23 in a link, or the page's link is broken)"
    ]
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: 'The square: ![square](media/map%20%232.png)'\n",
    )
    assert project.problems() == []


def test_angle_brackets_around_an_address_without_spaces_are_a_plain_reference() -> None:
    assert markdown_links.unencoded("[r](<media/plain.pdf>)") == []
    assert markdown_links.references("[r](<media/plain.pdf>)") == ["plain.pdf"]
    assert markdown_links.unencoded("[r]: <media/a b.pdf>") == [("media/a b.pdf", "media/a%20b.pdf")]
    assert markdown_links.references("[r]: <media/a b.pdf>") == []  # said once, by unencoded


@pytest.mark.parametrize(
    ("summary", "col"),
    [
        ("'Biden tours the wreck. ![The wreck](media/the wreck.jpg)'", 47),
        ("'See [the photo](media/the wreck.jpg \"Wreck\")'", 27),
    ],
)
def test_a_media_address_with_a_space_outside_angle_brackets_says_how_to_write_it(
    project: Project, summary: str, col: int
) -> None:
    # Markdown ends such an address at its space: the page would link to 'media/the'.
    project.write("content/story-a/media/the wreck.jpg", PNG)
    project.write(
        "content/story-a/events/e1.yaml", f"title: First event\ndate: 2020-01-01\nsummary: {summary}\n"
    )
    assert project.problems() == [
        f"content/story-a/events/e1.yaml:3:{col}: 'summary': write the address 'media/the wreck.jpg' as "
        "'media/the%20wreck.jpg' (a space is %20 and '#' is %23 in a link, or the page's link is broken)"
    ]


def test_addresses_with_spaces_are_found_in_text_order_and_not_taken_for_other_files() -> None:
    text = "![x](media/the wreck.jpg) [r](<media/a b.pdf>) [m](media/map #2.png) [ok](media/ok.png 'A title')"
    assert markdown_links.unencoded(text) == [
        ("media/the wreck.jpg", "media/the%20wreck.jpg"),
        ("media/a b.pdf", "media/a%20b.pdf"),
        ("media/map #2.png", "media/map%20%232.png"),
    ]
    assert markdown_links.references(text) == ["ok.png"]


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("wreck.jpg", True),
        ("maps/North.PNG", True),
        ("the%20report.pdf#page=2", True),
        ("media/wreck.jpg", False),
        ("www.example.com/a.jpg", False),
        ("example.org", False),
        ("https://x.example/a.jpg", False),
        ("../wreck.jpg", False),
        ("/wreck.jpg", False),
        ("#notes", False),
        ("notes.docx", False),
    ],
)
def test_a_link_to_a_story_file_without_its_folder_is_told_from_a_site(address: str, named: bool) -> None:
    assert markdown_links.names_a_file(address) is named
    assert markdown_links.unprefixed(f"See [it]({address}).") == (
        [address.split("#")[0].replace("%20", " ")] if named else []
    )


@pytest.mark.parametrize(
    "text",
    [
        "See <!-- the [report](media/r.pdf).",  # never closed: shown as text, link and all
        "<!--\n\n[report](media/r.pdf)",
        "x <!-- y\n\n[report](media/r.pdf) -->",  # begun in a line, past a blank line: text
        "<!-- hidden [a](media/a.pdf) -->\n\n[b](media/b.pdf)",
        "<!--\n\n[a](media/a.pdf)\n\n-->\n\nafter [b](media/b.pdf)",  # a block: dropped whole
        "text\n<!-- [a](media/a.pdf)\n\nmore -->\n\n[b](media/b.pdf)",
        "x <!-- [a](media/a.pdf) --> y [b](media/b.pdf)",
        "x <!-- [see](media/a.pdf) <!-- -->",  # another begins in it: the first is text
        "x <!--<!-- b --> [c](media/c.pdf) -->",
        "   <!-- a <!-- [c](media/c.pdf) -->\n\nz",  # starting a line: a block, dropped whole
        "<!-- a\nb [a](media/a.pdf) -->",
        "`<!--` [a](media/a.pdf) `-->`",  # comment marks in code: text
        "A comment starts with `<!--`; see [the report](media/a.pdf); it ends with `-->`.",
        "> quote <!-- [a](media/a.pdf)\n>\n> more -->",  # a quote's paragraphs, as any
        "> quoted [a](media/a.pdf) <!-- [b](media/b.pdf) -->",
        "Code: `[a](media/a.pdf)` and [b](media/b.pdf)",  # a link in code is text
        "```\n[a](media/a.pdf)\n```\n\n[b](media/b.pdf)",
        "``a ` [x](media/x.pdf) ``",
    ],
)
def test_the_media_a_text_uses_are_the_links_the_converter_shows(text: str) -> None:
    shown = re.findall(r'href="media/([^"]*)"', str(MarkdownConverter()(text)))  # paths under media/
    assert markdown_links.references(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "Text.\n\n[report]: media/report.pdf",  # used by no link: not on the page
        "See [the report][r].\n\n[R]: media/r.pdf",  # a label's case is not its own
        "See [r][].\n\n[r]: media/r.pdf",
        "See [r].\n\n[r]: media/r.pdf",
        "![map][m]\n\n[m]: media/m.png\n[n]: media/n.png",
        "See [x](media/a.pdf).\n\n[y]: media/b.pdf",
        "`[y]` in code\n\n[y]: media/b.pdf",  # named in code only: shown as text
    ],
)
def test_the_media_a_page_shows_are_the_links_the_converter_makes(text: str) -> None:
    shown = re.findall(r'(?:href|src)="media/([^"]*)"', str(MarkdownConverter()(text)))
    assert markdown_links.media_in_html(MarkdownConverter().convert(text)[0]) == shown
    assert set(shown) <= set(markdown_links.references(text))  # which check still finds, there or not


LINKED_AS_THE_PAGE_LINKS = [
    # A definition in a list item, under the item's indent (nested: under both).
    "- item with [the report][r]\n\n    [r]: media/report.pdf",
    "- item with [the report][r]\n\n  [r]: media/report.pdf",
    "- item with [the report][r]\n    [r]: media/report.pdf",  # the item's text: no definition
    "1. item [x][r]\n\n    [r]: media/report.pdf",
    "* item [x][r]\n\n\t[r]: media/report.pdf",
    "- a\n    - item [x][r]\n\n        [r]: media/report.pdf",
    "- [r]: media/report.pdf\n\n[x][r]",
    # In a quote, or after one.
    "> see [x][r]\n>\n> [r]: media/report.pdf",
    "> see [x][r]\n> [r]: media/report.pdf",
    "> > see [x][r]\n>\n> > [r]: media/report.pdf",
    "see [x][r]\n\n> [r]: media/report.pdf",
    # Indented code: shown as text; three spaces are no code.
    "see [x][r]\n\n    [r]: media/report.pdf",
    "see [x][r]\n\n   [r]: media/report.pdf",
    "see [x][r]\n\n\t[r]: media/report.pdf",
    "text\n\n    [x](media/code.pdf)",
    # Indented under a line's list and quote markers: code in a quote in an item (a file
    # published that no page links, before), or an item's text.
    "- >     [u](media/m.pdf)",
    "1. >\t[u](media/m.pdf)",
    "* > >     [u](media/m.pdf)",
    "-     [u](media/m.pdf)",
    "> -     [u](media/m.pdf)",
    # Titles, angle brackets, the address on the next line.
    'see [x][r]\n\n[r]: media/report.pdf "Title"',
    "see [x][r]\n\n[r]: <media/report.pdf> 'Title'",
    "see [x][r]\n\n[r]: <media/report.pdf>",
    "see [x][r]\n\n[r]:\n  media/report.pdf (Title)",
    # Parentheses: a definition's address runs to a space; an inline link's, to the ')'
    # that closes the link, its own in pairs (one never closed makes no link).
    "see [x][r]\n\n[r]: media/a(1).pdf",
    "see [x][r]\n\n[r]: media/a)1.pdf",
    "see [x][r]\n\n[r]: media/a(1.pdf",
    "see [x](media/a(1).pdf)",
    "see [x](media/a(1)b(2).pdf 'Title')",
    "see [x](media/a((1)).pdf)",
    "see [x](media/a)b.pdf)",
    "see [x](<media/a(1).pdf>)",
    "see [x](media/a(1.pdf)",
    "<img src=\"media/a(1).png\"> <a href='media/b(2).pdf'>b</a>",
    '<div>\n<img src="media/a(1).png">\n</div>\n\n[x](media/b.pdf)',  # an HTML block
    "<div>\n[x](media/a.pdf)\n</div>",  # Markdown in an HTML block: text
    "text\n<div>[x](media/a.pdf)</div>",
    "> " * 60 + "[x][r]\n\n[r]: media/a.pdf",  # too deep to convert: the page shows it as text
    # A title against the address: Markdown takes a quotation mark as its start when the
    # link ends with one of the same kind (a check error on a link that worked, before).
    "see [x](media/a.pdf'Map')",
    'see [x](media/a.pdf"Map")',
    "see [x](media/a.pdf'Map' )",
    "see [x](media/o'b.pdf'Map')",
    "see [x](media/o'brien.jpg)",
    "see [x](media/a'b'c.pdf)",
    "see [x](media/a(1).pdf'Map')",
    'see [x](media/a.pdf"T" (x',  # no ')' after it: the page links the whole name
    "see [x](media/a.pdf'' (T",
    # A title with parentheses or a space against the address (a check error, or a file
    # not published, before); a '(' never closed (no link, though its file was
    # published); a quotation mark in a name that a later link's title closes (the later
    # link is the first one's title).
    'see [x](media/a.pdf"Map (big)")',
    "see [x](media/a.pdf'Map (big)')",
    'see [x](media/a.pdf"Map big")',
    'see [x](media/a.pdf"Map (big")',
    "see [x](media/a.pdf",
    "see [x](media/a.pdf and more",
    "see [x](media/a.pdf\n\nmore)",
    "see [x](media/ab') and [y](media/c.pdf 'T')",
    # No fenced code: '```' lines are code in backticks within a paragraph, whose
    # definitions are read first; '~~~' lines are text.
    "see [x][r]\n\n```\n[r]: media/a.pdf\n```",
    "```\n[a](media/a.pdf)\n\nmore\n```",
    "~~~\n[a](media/a.pdf)\n~~~",
    # Code in backticks ends with its block: a list item, or a paragraph a quote ends.
    "- a ```\n- [b](media/b.pdf) ```",
    "- a `x\n- [b](media/b.pdf) y` z",
    "a `x\n> [b](media/b.pdf) y` z",
    "> a `x\n[b](media/b.pdf) y` z",  # the quote's paragraph goes on: code
    # An escaped backtick opens no code (after an even number of backslashes, one does).
    "See \\`[the report](media/a.pdf) `.",
    "See \\\\`[the report](media/a.pdf) `.",
    # No run of as many backticks after it, and a longer one: the backticks are text...
    "`` [x](media/a.pdf) ``` `",
    # ...and as many characters after them are read past (the '`' of '```' here).
    "`` ``` [x](media/a.pdf) ```",
    # Backslash escapes, read before links: an escaped parenthesis or quotation mark
    # is none of the link's, and the page's address has it without its backslash.
    "see [the scan](media/d\\(.pdf)",
    "see [x](media/c\\).pdf)",
    'see [x](media/e.pdf\\"T\\")',
    "see [x](media/e.pdf\\'T\\')",
    "see [x](media/a\\\\(b.pdf)",  # an escaped backslash, then a '(' never closed: no link
    "see [x](media/a\\\\\\(b.pdf)",
    "see [x](media/a\\_b\\q.pdf)",  # '_' escaped, 'q' not: its backslash stays
    "see [x](<media/a\\>b.pdf>)",
    "see [x][r]\n\n[r]: media/a\\(b.pdf",  # a definition keeps its backslashes
    # A picture's description is its alt text: HTML there is text, and so is a label (a
    # file published that no page links, before); in a link's words both are the page's.
    '![ <img src="media/l.pdf"> x](media/b.pdf)',
    '- ![a <img src="media/l.pdf">](media/b.pdf)\n\n[r]: media/c.pdf',
    '[ <img src="media/l.pdf"> ](media/b.pdf)',
    "![x [R] y](media/a.pdf)\n\n[R]: media/b.pdf",
    "[x [R] y](media/a.pdf)\n\n[R]: media/b.pdf",
    "![R]\n\n[R]: media/b.pdf",
    # An inline link's words use no definition ('[R]()' links to ''), unless a ']' is
    # right before them: a reference's '[a] [R]', which the converter reads first.
    "[R]()\n\n[R]: media/b.pdf",
    "[R]( )\n\n[R]: media/b.pdf",
    "[R](media/a.pdf)\n\n[R]: media/b.pdf",
    "![R](media/a.png)\n\n[R]: media/b.pdf",
    "[a] [R](#x)\n\n[R]: media/b.pdf",
    "[a][R](#x)\n\n[R]: media/b.pdf",
    # The converter reads a reference ('[a][R]', '[a] [R]', '[R][]') before an inline
    # link at each '[': one of a definition makes a link, and its '(...)' is text; one of
    # none is read on from its end, and its second bracket may be an inline link's words.
    "[a][R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a] [R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a]\n[R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a]\t[R](media/x.pdf)\n\n[R]: media/b.pdf",
    "> [a]\n> [R](media/x.pdf)\n\n[R]: media/b.pdf",
    "- [a][R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a][t\nu](media/x.pdf)\n\n[t u]: media/b.pdf",
    "[R][](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a][R](media/x.pdf)[R](media/y.pdf)\n\n[R]: media/b.pdf",
    "[a\\]][R](media/x.pdf)\n\n[R]: media/b.pdf",
    "\\![a][R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a]  [R](media/x.pdf)\n\n[R]: media/b.pdf",  # two spaces: no reference
    "[a][R](media/x.pdf)\n\n[S]: media/b.pdf",
    "[S][](media/x.pdf)\n\n[R]: media/b.pdf",
    "[a][ R ](media/x.pdf)\n\n[R]: media/b.pdf",  # its key is ' r ': no definition's
    "[a][R\\*](media/x.pdf)\n\n[R\\*]: media/b.pdf",  # an escape in it: none either
    "![a][R](media/x.pdf)\n\n[R]: media/b.pdf",  # a picture's reference is read after links
    "[a][S][R](media/x.pdf)\n\n[R]: media/b.pdf",  # read on from '[a][S]': '[R]' starts none
    "[a][R][R](media/x.pdf)\n\n[R]: media/b.pdf",
    "[x [a][R](media/x.pdf)](media/y.pdf)\n\n[R]: media/b.pdf",
    # A reference picture's description is its alt text, HTML, links and pictures and all
    # (when its label is defined: otherwise the page shows them).
    '![ <img src="media/l.pdf"> x][R]\n\n[R]: media/b.pdf',
    '![ <img src="media/l.pdf"> x] [R]\n\n[R]: media/b.pdf',
    '![<img src="media/l.pdf">][]\n\n[<img src="media/l.pdf">]: media/b.pdf',
    '![a ![p](media/p.png) <img src="media/l.pdf">][R]\n\n[R]: media/b.pdf',
    "![d [x](media/a.pdf)][R]\n\n[R]: media/b.pdf",
    '![a][S]![ <img src="media/l.pdf"> x][R]\n\n[R]: media/b.pdf',
    '![ <img src="media/l.pdf"> x][S]\n\n[R]: media/b.pdf',
    '\\![ <img src="media/l.pdf"> x][R]\n\n[R]: media/b.pdf',
    '![ <img src="media/l.pdf"> x][R](media/x.pdf)\n\n[R]: media/b.pdf',  # '[R](...)' read first
    '[y ![ <img src="media/l.pdf"> x][R]](media/y.pdf)\n\n[R]: media/b.pdf',
    "![d [x](media/a.pdf)][R] [R]\n\n[R]: media/b.pdf",  # its '[R]' a reference link's, read before
    # A reference link's words are read again once it is made, and a link's words after
    # a picture or a reference link in them: a link there is one, and one in its words.
    "[z [a [b](media/x.pdf)][R]](media/y.pdf)\n\n[R]: media/b.pdf",
    "[a [b [c [d](media/u.pdf)](media/w.pdf)](media/x.pdf)][R]\n\n[R]: media/b.pdf",
    "[z [a][R] [c [d [e](media/u.pdf)](media/v.pdf)](media/w.pdf)](media/y.pdf)\n\n[R]: media/b.pdf",
    "[z ![p](media/m.png) [c](media/w.pdf)](media/y.pdf) [f [g](media/t.pdf)](media/s.pdf)",
    "[z [c](media/w.pdf) [a][R]](media/y.pdf)\n\n[R]: media/b.pdf",
    "![d [a [b](media/x.pdf)][R]](media/m.png)\n\n[R]: media/b.pdf",
]


class _Links(HTMLParser):
    """The addresses of a page's links and pictures (not of the tags its code shows)."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.addresses += [value or "" for name, value in attrs if name in ("href", "src")]


_PAGES = MarkdownConverter()


def media_by_the_parser(html: str) -> list[str]:
    """The files under media/ that ``html`` links to or shows, as the browser asks for
    them (without '#' and '?' parts, percent-decoded), its tags read by ``HTMLParser``."""
    links = _Links()
    links.feed(html)
    addresses = (a.removeprefix("media/") for a in links.addresses if a.startswith("media/"))
    return [unquote(a.split("#", 1)[0].split("?", 1)[0]) for a in addresses]


def linked_by_the_page(text: str) -> list[str]:
    """The paths under media/ that the page's converter links to or shows for ``text``."""
    links = _Links()
    links.feed(_PAGES.convert(text)[0])
    return [unquote(a.removeprefix("media/")) for a in links.addresses if a.startswith("media/")]


def _assert_read_as_the_page_reads(text: str) -> None:
    # What is published: the media the page links to, read in its HTML as the standard
    # library's HTML parser reads it. What check looks for: at least those.
    html = _PAGES.convert(text)[0]
    assert markdown_links.media_in_html(html) == media_by_the_parser(html), text
    assert set(linked_by_the_page(text)) <= set(markdown_links.references(text)), text


@pytest.mark.parametrize("text", LINKED_AS_THE_PAGE_LINKS)
def test_the_media_a_text_links_to_are_those_its_page_links_to(text: str) -> None:
    _assert_read_as_the_page_reads(text)


_LINE_STARTS = [
    *("", "", ""),
    *("- ", "* ", "1. ", "    - ", "> ", "> > ", "> - "),  # lists and quotes
    *("  ", "   ", "    ", "\t", "        "),  # a list item's next lines, or code
]


_NAMES = ["a.pdf", "b(1).pdf", "(g).png", "h((i)).png", "j%20k.pdf", "l(m)(n).pdf"]


_ESCAPED = ["p\\(q.pdf", "r\\).pdf", "s\\\\(t).pdf", "u\\'v\\'.pdf", 'w\\"x.pdf']
"""Names written with escapes: an inline link's page has them unescaped ('p(q.pdf'), a
definition's and HTML's as they are written."""


_UNPAIRED = ["c)d.pdf", "e(f.pdf"]
"""Names whose parentheses are not in pairs: in a definition only. In an inline link,
Markdown reads on from a '(' never closed to a ')' of whatever follows (the next link's
words, address or title) to make one address of it all, which only its whole inline
pass can say; such an address holds a space, so it is no file's anyway. (One alone,
'[x](media/e(f.pdf)', is no link, and a hand-written case above.)"""


_LABELS = ["r", "R", "s", "t u"]


def _random_piece(rng: random.Random) -> str:
    name, label = rng.choice(_NAMES), rng.choice(_LABELS)
    address = rng.choice([f"media/{name}", f"<media/{name}>"])
    title = rng.choice(["", "", ' "Title"', " 'Title'"])
    # '(Title)' is a title of a definition only: in an inline link, part of its address.
    defined_title = rng.choice([title, " (Title)"])
    defined = f"media/{rng.choice([*_NAMES, *_UNPAIRED])}"
    return rng.choice(
        [
            "words",
            "more words.",
            f"[see]({address}{title})",
            f"![map]({address})",
            f"[see][{label}]",
            f"[{label}]",
            f"[{label}][]",
            f"[{label}]: {defined}{defined_title}",
            f"[{label}]: <{defined}>{defined_title}",
            f"[{label}]:\n  {defined}",
            f'<img src="media/{name}">',
            f"`[see]({address})`",
            # A title with parentheses or a space against the address; lines of backticks
            # or tildes (no fenced code to the page's converter: code in backticks within
            # a block, and text).
            f'[see](media/{name}"Map (big)")',
            f"[see](media/{name}'T x')",
            "```",
            "~~~",
            "<div>",
            "</div>",
            f'<p>[see](media/{name})</p>\n\n<p><img src="media/{name}"></p>',
            # Brackets: a link in a link's words or a picture's, or a ']' no '[' opens.
            *("[", "]", "![", f"x]({address})"),
        ]
    )


def _random_text(rng: random.Random, piece: Callable[[random.Random], str] = _random_piece) -> str:
    lines = []
    for _ in range(rng.randint(1, 6)):
        pieces = " ".join(piece(rng) for _ in range(rng.randint(1, 3)))
        lines.append(rng.choice(_LINE_STARTS) + pieces + rng.choice(["", "", "\n"]))
    return "\n".join(lines)


def test_the_media_of_random_texts_are_those_their_pages_link_to() -> None:
    # Texts made of link pieces, in lists, quotes, code and HTML, as the page's converter
    # reads them (reproducibly: the same texts each run). Exactly: the one case where a
    # file no link uses is published is words in brackets over lines that Python-Markdown
    # does not read as a link ('test_a_definition_that_words_in_brackets_might_use...'),
    # which these pieces do not make.
    rng = random.Random(56)
    for _ in range(2000):
        _assert_read_as_the_page_reads(_random_text(rng))


def _random_reference_piece(rng: random.Random) -> str:
    """A link piece, a reference with '(address)' written right after it, or a reference
    picture with HTML or a link in its description."""
    label, other = rng.choice(_LABELS), rng.choice(_LABELS)
    address = f"media/{rng.choice(_NAMES)}"
    return rng.choice(
        [
            _random_piece(rng),
            f"[see][{label}]({address})",
            f"[see] [{label}]({address})",
            f"[see]\n[{label}]({address})",
            f"[{label}][]({address})",
            f"![see][{label}]({address})",
            f"[see][{other}][{label}]({address})",
            f"[{label}]: media/{rng.choice(_NAMES)}",
            f'![ <img src="{address}"> x][{label}]',
            f"![d [x]({address})][{label}]",
        ]
    )


def test_the_media_of_random_texts_of_references_followed_by_an_address_are_those_their_pages_link_to() -> (
    None
):
    # Whether '(address)' after a reference is an inline link's or text depends on the
    # text's definitions, and on which references the converter read before.
    rng = random.Random(58)
    for _ in range(2000):
        _assert_read_as_the_page_reads(_random_text(rng, _random_reference_piece))


def _random_nesting_piece(rng: random.Random) -> str:
    """A piece of links nested in links' words: a reference link's, or a link's with a
    picture or reference link before them."""
    name = rng.choice(_NAMES)
    return rng.choice(
        [
            *("[z ", "[a ", "a ", "]", "][R]", "] [R]"),
            f"](media/{name})",
            f"[b](media/{name})",
            f"![p](media/{name})",
            "[R]: media/b.pdf\n\n",
        ]
    )


def test_the_media_of_random_texts_of_links_in_links_words_are_those_their_pages_link_to() -> None:
    # A reference link's words are read again once it is made, and a link's words after
    # a picture or a reference link in them: links in links' words are made there.
    rng = random.Random(58)
    for _ in range(2000):
        text = "".join(_random_nesting_piece(rng) for _ in range(rng.randint(3, 12))) + "\n\n[R]: media/b.pdf"
        _assert_read_as_the_page_reads(text)


_CODE_PIECES = [
    *("`", "``", "```", "````", "\\", "\\\\"),
    *("a", " ", "\n", "\n\n"),
    *("[x](media/a.pdf)", "[y](media/b.pdf)"),
]


def test_the_media_of_random_texts_of_code_in_backticks_are_those_their_pages_link_to() -> None:
    # Runs of backticks, escaped or not, open and close code as the page's converter reads
    # them (whatever the lengths of the runs between).
    rng = random.Random(57)
    for _ in range(3000):
        _assert_read_as_the_page_reads("".join(rng.choice(_CODE_PIECES) for _ in range(rng.randint(1, 14))))


def _random_escaped_piece(rng: random.Random) -> str:
    """A piece of text with names written with escapes, and backslashes astray."""
    name, label = rng.choice([*_ESCAPED, *_NAMES]), rng.choice(_LABELS)
    address = rng.choice([f"media/{name}", f"<media/{name}>"])
    # A title's escaped marks are none: against the address, part of it ('e.pdf"T"').
    title = rng.choice(["", "", ' "Title"', " 'Title'", '\\"T\\"', "\\'T\\'"])
    return rng.choice(
        [
            "words",
            *("\\", "\\(", "\\)", "\\\\", "\\'", '\\"', "\\]"),
            f"[see]({address}{title})",
            f"![map]({address})",
            f"[see][{label}]",
            f"[{label}]: media/{name}",
            f'<img src="media/{name}">',
            f"x]({address})",
        ]
    )


def test_the_media_of_random_texts_with_escapes_are_those_their_pages_link_to() -> None:
    # Names written with backslash escapes ('p\\(q.pdf'), and backslashes astray: an
    # inline link's page has its address unescaped, a definition's and HTML's as written.
    # Fewer kinds of pieces than above: with these names, those also make texts whose
    # disagreements are none of the escapes' (HTML or a label in a picture's description,
    # a link in code in a link's words, words in brackets over lines), found on main too.
    rng = random.Random(57)
    for _ in range(2000):
        _assert_read_as_the_page_reads(_random_text(rng, _random_escaped_piece))


def test_a_missing_file_that_a_definition_in_a_list_or_quote_names_is_an_error_where_it_is(
    project: Project,
) -> None:
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - see [the report][r] and [x][q]\n\n"
        '      [r]: media/report(1).pdf\n  > [q]: <media/a(2).pdf> "Title"\n',
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:6:12: 'summary': no file 'media/report(1).pdf' in this story",
        "content/story-a/events/e1.yaml:7:11: 'summary': no file 'media/a(2).pdf' in this story",
    ]
    project.write("content/story-a/media/report(1).pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/a(2).pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_a_name_composed_otherwise_is_respelled_in_every_link_that_names_it() -> None:
    # The file's own name ('é' as one character) for the one typed with 'e' and an accent,
    # in an inline link with parentheses and a definition in a list item; code keeps it.
    typed, real = "cafe\u0301(1).pdf", "caf\u00e9(1).pdf"
    text = f"[a](media/{typed}) and [b][r]\n\n- x\n\n    [r]: media/{typed}\n\n`[c](media/{typed})`"
    encoded = "caf%C3%A9%281%29.pdf"
    assert markdown_links.respelled(text, {typed: real}) == (
        f"[a](media/{encoded}) and [b][r]\n\n- x\n\n    [r]: media/{encoded}\n\n`[c](media/{typed})`"
    )


@pytest.mark.parametrize(
    "text",
    [
        "[x](<media/a b " * 2 + "word " * 20000,  # angle brackets never closed: 54 s before
        "<!-- x\n" * 3000 + "word " * 15000 + "[a](media/a.pdf)",  # comments never closed: 12 s
        "x " + "<!-- " * 40000 + "-->",  # each begun in the one before
        "](media/a " * 19900,  # links with a space never closed on their line: 26 s
        "[x](media/a\n" * 80000 + ")",  # links whose ")" is far: each read to it, 14 s
        "- `a [x](media/a.pdf\n" * 9000,  # code in backticks in a list: read with the blocks
        "    [x](media/a.pdf)\n" * 9000,  # indented code, blanked line by line
        "- > " * 20000 + "[x](media/a.pdf)",  # markers never followed by an indent
        ("- > " * 50 + "[x](media/a.pdf)\n") * 2000,
        "[a " * 30000 + "](media/a.pdf) " * 30000,  # brackets paired in one pass
        "![" + "<img src='media/a.pdf'> [r] " * 20000 + "](media/b.pdf)\n\n[r]: media/c.pdf",
        "[r]() " * 30000 + "\n\n[r]: media/c.pdf",  # words of links, no label
        # Runs of backticks of growing length, none closed: 5 s at 5 KB, 37 s at 10 KB.
        "".join("`" * length + " [a](media/a.pdf) " for length in range(1, 120)),
    ],
)
def test_a_long_text_of_links_or_comments_never_closed_is_read_at_once(text: str) -> None:
    # A text from a pull request that check passes: read in one pass, not once from each
    # opening to the text's end (a guard against a pattern that backtracks, with room for
    # a slow machine: each takes a hundredth of a second here; processor time, which a
    # machine busy with other work does not inflate as it does the clock).
    started = time.process_time()
    markdown_links.references(text)
    markdown_links.unencoded(text)
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    "text",
    [
        "- `a [x](events/a.yaml\n" * 9000,
        "    [x](events/a.yaml)\n" * 9000,
        # Lines the blocks leave out (definitions), then code to place: each line looked at once.
        "[r]: events/a.yaml\n" * 20000 + "> `a` [x](events/a.yaml)\n" + "# `a` #\n" * 9000,
        "- [a\n" * 20000 + "- b](events/a.yaml)\n" * 20000,  # brackets paired within items
    ],
)
def test_the_addresses_of_a_long_text_of_lists_or_code_are_read_at_once(text: str) -> None:
    # Read with the blocks (code in backticks in a list; indented code, blanked line by
    # line), and placed: in one pass each.
    started = time.process_time()
    story_links.story_links(text)
    markdown_links.Addresses(text).find(("media/a.pdf",), 0)
    assert time.process_time() - started < 5


def test_a_link_is_checked_as_the_page_reads_where_it_ends(project: Project) -> None:
    # A title with parentheses against the address links 'media/a.pdf', which must be
    # there (it was an error saying to write the title as part of the address); a link
    # whose '(' never closes is text on the page: its event need not be there.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\n"
        "summary: 'See [the map](media/a.pdf\"Map (big)\"), or [the vote](events/gone.yaml'\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:25: 'summary': no file 'media/a.pdf' in this story"
    ]
    project.write("content/story-a/media/a.pdf", b"%PDF-1.4\n")
    assert project.problems() == []


@pytest.mark.parametrize(
    "text",
    [
        "[a [b](media/x.pdf) c](media/y.pdf)",  # a link in a link's words is words
        "x](media/x.pdf) and [b](media/y.pdf)",  # a ']' that closes no '[' starts no link
        "[![map](media/m.png)](media/y.pdf)",  # a picture in a link's words is one
        "![a [b](media/x.pdf) c](media/m.png)",  # links are read before pictures
        # Code in a link's words over lines: the words go on past it.
        "[see `a\nb\nc`](media/x.pdf)",
        "[a\n`x`\nb](media/x.pdf)",
        "- [see `a\n  b\n  c`](media/x.pdf)",
    ],
)
def test_only_the_links_the_page_makes_are_read(text: str) -> None:
    html = MarkdownConverter().convert(text)[0]
    made = re.findall(r'(?:href|src)="media/([^"]*)"', html)
    assert sorted(markdown_links.media_in_html(html)) == sorted(made)
    assert sorted(address for _, address in markdown_links.addresses(text)) == sorted(
        f"media/{m}" for m in made
    )


@pytest.mark.parametrize(
    ("text", "files"),
    [
        ("See [the wreck](wreck.JPG).", ["wreck.JPG"]),
        ("See [the wreck](wreck%2Ejpg).", ["wreck.jpg"]),
        ("See [the report](report.pdf'Title').", ["report.pdf"]),
        ("See [the site](https://example.org/a) and [b](www.example.org/b.png).", []),
        ("No link to wreck.jpg here.", []),
    ],
)
def test_a_link_to_a_file_without_its_folder_is_found_past_the_quick_look(
    text: str, files: list[str]
) -> None:
    assert markdown_links.unprefixed(text) == files


def test_a_text_whose_address_names_a_file_may_name_one() -> None:
    # The quick look that spares most texts their reading must never pass over one.
    rng = random.Random(57)
    names = ["a.pdf", "B.PNG", "c%2Ejpg", "d.svg#x", "e.mp3?t=1", "f.txt", "g", "h.webm"]
    for _ in range(3000):
        text = _random_text(rng).replace("media/", rng.choice(["", "", "media/", "./"]))
        text = text.replace("a.pdf", rng.choice(names))
        named = [a for _, a in markdown_links.addresses(text) if markdown_links.names_a_file(a)]
        if named:
            assert markdown_links.may_name_a_file(text), repr(text)


def test_a_missing_file_linked_with_escapes_is_named_as_the_page_links_it(project: Project) -> None:
    # The page links 'media/d(.pdf' and 'media/c).pdf': the first was no link at all
    # here (its '(' never closed), the second named 'media/c\\'.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\n"
        "summary: 'See [the scan](media/d\\(.pdf) and [x](media/c\\).pdf).'\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:26: 'summary': no file 'media/d(.pdf' in this story",
        "content/story-a/events/e1.yaml:3:49: 'summary': no file 'media/c).pdf' in this story",
    ]
    project.write("content/story-a/media/d(.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/c).pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_a_name_composed_otherwise_linked_with_escapes_is_respelled() -> None:
    typed, real = "cafe\u0301(1).pdf", "caf\u00e9(1).pdf"
    text = "[a](media/cafe\u0301\\(1\\).pdf) and [b](media/x\\(.pdf)"
    assert (
        markdown_links.respelled(text, {typed: real})
        == "[a](media/caf%C3%A9%281%29.pdf) and [b](media/x\\(.pdf)"
    )


def test_an_address_after_a_defined_reference_links_second_bracket_is_no_links() -> None:
    # '[a][R](...)' with R defined: the page links R's file and shows '(...)' as text, so
    # the rules of links' addresses (and where check says a link is) pass it over.
    for text in (
        "[a][R](<media/x y.pdf>)",
        "[a] [R](media/x y.pdf)",
        "[R][](x.pdf)",
        "[a][R](../events/e9.yaml)",
    ):
        text += "\n\n[R]: media/b.pdf"
        assert linked_by_the_page(text) == ["b.pdf"], text
        assert markdown_links.unencoded(text) == [] and markdown_links.unprefixed(text) == [], text
        assert story_links.story_links(text) == [] and markdown_links.addresses(text) == [
            (text.index("media/b"), "media/b.pdf")
        ]
        assert markdown_links.Addresses(text).find(("media/b.pdf",), 0)[0] == text.index("media/b")
    text = "[a][S](media/x y.pdf)\n\n[R]: media/b.pdf"  # S undefined: an inline link
    assert markdown_links.unencoded(text) == [("media/x y.pdf", "media/x%20y.pdf")]


def test_the_media_an_html_text_links_to_are_read_as_the_browser_asks_for_them() -> None:
    # Only links and pictures: a title, an alt text, another attribute or code shown
    # to readers names a file that no one asks for.
    html = (
        '<p><a href="media/a%20b.pdf#page=2" title="media/t.pdf">x</a> <img alt="media/alt.png" '
        'src="media/c&amp;d.png?x=1"> <span data-src="media/no.pdf"></span> '
        '<code>&lt;img src="media/code.png"&gt;</code> <a href="https://x.org/media/y.pdf">y</a></p>'
    )
    assert markdown_links.media_in_html(html) == ["a b.pdf", "c&d.png"]
    assert markdown_links.media_in_html(html) == media_by_the_parser(html)
    assert markdown_links.media_in_html("<p>No links.</p>") == []


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ('[a report](https://x.org/a "Report (PDF)")', ["https://x.org/a"]),  # its title is no address's
        ("![ [l](tel:1) x](https://x.org/p.png)", ["https://x.org/p.png"]),  # a description is words
        ("[a [b](https://x y.org)](https://z.org)", ["https://z.org"]),  # and so are a link's words
        ("![[a](tel:1)][r]\n\n[r]: https://x.org/p.png", []),  # a reference picture's too
        ("[a][r](tel:1)\n\n[r]: https://x.org", []),  # '(...)' after a reference link is text
        ("    [a](tel:1)\n\n`[b](tel:2)` <!-- [c](tel:3) -->", []),  # code and a comment
        ("- [a\n  b](<tel:1> 'T')", ["tel:1"]),
    ],
)
def test_the_links_made_are_those_the_page_makes(text: str, made: list[str]) -> None:
    shown, links = markdown_links.links_made(text)
    assert [shown[link.start : link.end] for _, link in links] == made
    assert [text[start] for start, _ in links] == ["["] * len(made)  # where each one's words open
    page = MarkdownConverter().convert(text)[0]
    kept = [address for address in made if address.startswith("https:")]  # the pages drop 'tel:'
    assert [address for address in made if f'href="{address}"' in page] == kept
