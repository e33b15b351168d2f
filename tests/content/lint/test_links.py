"""Markdown links that will not work (``links.py``), each message exactly."""

from __future__ import annotations

import pytest

from generator.content.lint.links import broken_links
from generator.markdown.markup import MarkdownConverter
from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings
from tests.images import tiny_png


def test_markdown_links_that_will_not_work(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    text = project.root.joinpath(EVENT).read_text()
    body = (
        "body: |\n"
        "  The [canal authority](www.suezcanal.gov.eg) said so; see [the report] (https://x.example/r)\n"
        "  and [the notice](https://x.example/About Suez.aspx). [This one](https://x.example/ok) works.\n"
    )
    project.write(EVENT, text + body)
    assert warnings(project, capsys) == [  # each at its link, on its line of the block
        f"{EVENT}:8:7: warning: 'body': the link 'canal authority' leads to 'www.suezcanal.gov.eg' "
        "on this site; write 'https://www.suezcanal.gov.eg'",
        f"{EVENT}:8:60: warning: 'body': '[the report] (' shows its brackets instead of a link; "
        "remove the space before '('",
        f"{EVENT}:9:7: warning: 'body': the address of link 'the notice' has a space; write it as %20: "
        "https://x.example/About%20Suez.aspx",
    ]


def test_a_link_the_pages_leave_out_is_said(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # The sanitiser keeps the words of a javascript:, tel: or ftp: link and drops the link:
    # an editor saw nothing wrong until a reader found no link.
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + "body: '[a](javascript:go()) [b](TEL:+1) [c](C:\\Users\\me\\x.jpg) [d](mailto:a@b.c)'\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:7:8: warning: 'body': the link 'a' to 'javascript:go()' is left out of the pages, which "
        "keep only http, https and mailto addresses and the site's own files; readers get its words "
        "without a link",
        f"{EVENT}:7:29: warning: 'body': the link 'b' to 'TEL:+1' is left out of the pages, which keep "
        "only http, https and mailto addresses and the site's own files; readers get its words without "
        "a link",
        f"{EVENT}:7:41: warning: 'body': the link 'c' leads to 'C:\\Users\\me\\x.jpg' on the editor's "
        "computer, which readers cannot open; copy the file into the story's media/ folder and link it "
        "as media/<its name>",
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("![map](data:image/png;base64,AAAA)", "the picture 'map' at 'data:image/png;base64,AAAA' is left out of "
         "the pages, which show pictures from https:// addresses and the story's media/ folder only; copy it "
         "into media/ and write media/<its name>"),
        ("[a](file:///C:/Users/me/a.pdf)", "the link 'a' leads to 'file:///C:/Users/me/a.pdf' on the editor's "
         "computer, which readers cannot open; copy the file into the story's media/ folder and link it as "
         "media/<its name>"),
        ("[a](<javascript:go>)", "the link 'a' to '<javascript:go>' is left out of the pages, which keep only "
         "http, https and mailto addresses and the site's own files; readers get its words without a link"),
        # The page reads 'md' as the link's title, and ')' after it: said whole, as written.
        ("[x](javascript:alert('md'))", "the link 'x' to 'javascript:alert('md')' is left out of the pages, "
         "which keep only http, https and mailto addresses and the site's own files; readers get its words "
         "without a link"),
        ('[x](javascript:go("a") "T") (b)', "the link 'x' to 'javascript:go(\"a\") \"T\"' is left out of the "
         "pages, which keep only http, https and mailto addresses and the site's own files; readers get its "
         "words without a link"),
        ("Write `[call](tel:123)` to link a phone.", None),  # in code: shown as text
        ("```\n[x](javascript:alert(1))\n```", None),
        ("See `[a](/news/x)` written so.", None),
        # Brackets escaped to be shown (as the import writes a slide's literal '[x](...)'): no link.
        ("\\[md\\](javascript:go)", None),
        ("[md\\](javascript:go)", None),
        ("[see \\[1\\] here](javascript:go)", "the link 'see [1] here' to 'javascript:go' is left out of the "
         "pages, which keep only http, https and mailto addresses and the site's own files; readers get its "
         "words without a link"),
        ("\\\\[a](javascript:go)", "the link 'a' to 'javascript:go' is left out of the pages, which keep only "
         "http, https and mailto addresses and the site's own files; readers get its words without a link"),
        # A browser reads each as another site's address: said, in full (nothing was).
        ("[a](https:x.org/a)", "the address of link 'a', 'https:x.org/a', is not written in full; write "
         "'https://x.org/a'"),
        ("[a](HTTP:/x.org/a)", "the address of link 'a', 'HTTP:/x.org/a', is not written in full; write "
         "'http://x.org/a'"),
        ("[a](/\\x.org/a)", "the address of link 'a', '/\\x.org/a', is not written in full; write "
         "'https://x.org/a'"),
        # The address to write is the address alone: not its brackets nor its title.
        ('[a](<https:x.org> "T")', "the address of link 'a', '<https:x.org> \"T\"', is not written in "
         "full; write 'https://x.org'"),
        ("[a](\\\\server\\share\\f.pdf)", "the link 'a' leads to '\\\\server\\share\\f.pdf', a shared folder "
         "of the editor's network, which readers cannot open; copy the file into the story's media/ folder "
         "and link it as media/<its name>"),
        ("[a](\\x.org/a)", None),  # a path on this host, as a browser reads it
        ("[a](https:)", None),
        ("[a](https:#x)", None),
        ("[a](https://x.org/a)", None),
        ("[a](http://x.org:8080/a)", None),
        ("[a](//x.org/a)", "the link 'a' to '//x.org/a' has no 'https:': it takes the scheme of the page "
         "that shows it, so it leads nowhere from a page opened as a file (file://); write 'https://x.org/a'"),
        ("[a](///x)", None),  # from the root of this host, as a browser reads it
        # The page ends the address at a quote after a '(' (the rest a title, then words):
        # it published a link to 'https://x.org/alert(' with no word.
        ("[x](https://x.org/alert('md'))", "the link 'x' to 'https://x.org/alert('md')' leads on the page "
         "to 'https://x.org/alert(' alone: a quote after a '(' in an address ends it there; write its "
         "quotes and brackets encoded: 'https://x.org/alert%28%27md%27%29'"),
        ("[x](https://x.org/it's(a))", "the link 'x' to 'https://x.org/it's(a)' leads on the page to "
         "'https://x.org/it's(a' alone: a quote after a '(' in an address ends it there; write its quotes "
         "and brackets encoded: 'https://x.org/it%27s%28a%29'"),
        ("[x](https://en.wikipedia.org/wiki/Foo_(bar))", None),  # brackets in pairs: the page keeps them
        ('[x](https://x.org/a "T")', None),  # a title as titles are written
    ],
)  # fmt: skip
def test_what_a_link_or_picture_left_out_is_told(text: str, said: str | None) -> None:
    assert [message for _, message in broken_links(text)] == ([said] if said else [])


@pytest.mark.parametrize(
    ("text", "href"),
    [('[x](https://x.org "a (b") and (more) text)', "https://x.org"),
     ("[x](https://x.org/(a) 'b (c') d)", "https://x.org/(a)"),
     ('[x](<https://x.org/a(b> "t") c)', "https://x.org/a(b")],
)  # fmt: skip
def test_a_parenthesis_in_a_links_title_is_read_as_the_pages_converter_reads_it(text: str, href: str) -> None:
    # Python-Markdown ends such a link at its title's quote and ')': the page links the
    # whole address, so check says nothing of a cut one.
    page = MarkdownConverter().convert(text)[0]
    assert f'<a href="{href}" title=' in page and not list(broken_links(text))


@pytest.mark.parametrize(
    "address",
    ["javascript:go()", "JavaScript:go()", "data:text/html,x", "tel:+1", "ftp://x.org/f", "file:///etc/passwd",
     "C:\\Users\\x.jpg", "vbscript:x", "https://x.org", "HTTP://x.org", "mailto:a@b.c", "media/x.jpg",
     "#top", "../x/", "x.html?a=b:c"],
)  # fmt: skip
def test_the_links_said_to_be_left_out_are_those_the_pages_leave_out(address: str) -> None:
    for text in (f"\\[w\\]({address})", f"[w\\]({address})"):  # escaped: never a link, nothing to say
        assert "<a " not in MarkdownConverter().convert(text)[0] and not list(broken_links(text))
    # check's warning and the pages' sanitiser read one set of schemes
    # (rules.LINK_SCHEMES): compared here on what the sanitiser really does.
    page = MarkdownConverter().convert(f"[w]({address})")[0]
    said = [m for _, m in broken_links(f"[w]({address})") if "left out" in m or "computer" in m]
    assert bool(said) == ("href" not in page), page


def test_a_link_from_the_root_of_the_host_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """``/news/ports/`` (as a newsroom's TimelineJS sheets link to its own site) leaves the
    site when it is published under /<repo>/, and leads to no newsroom page on the site's
    own host; an address of another site with '//' has a warning of its own."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + "body: See [our ports page](/news/ports/).\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:7:11: warning: 'body': the link 'our ports page' leads to '/news/ports/' from the root of "
        "the host that serves the page, outside this site when it is published under a sub-path "
        "(/<repo>/); write the full address (https://...)"
    ]


def test_an_address_without_its_scheme_is_said(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """'//x.org/a' (as HTML copied from a page writes it) takes the scheme of the page: from
    a site opened from disk, file:, where it leads nowhere; a picture in a text is shown
    as a link to it. Published with no word before: in Markdown, in an HTML link and in an
    HTML picture alike."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + 'body: |\n  See [a](//x.org/a), <a href="//x.org/b">b</a>, <img src="//x.org/p.jpg" alt="p">\n'
        '  and ![q](//x.org/q.jpg "T").\n',
    )
    why = "has no 'https:': it takes the scheme of the page that shows it, so it leads nowhere from a page "
    why += "opened as a file (file://); write"
    assert warnings(project, capsys) == [
        f"{EVENT}:8:7: warning: 'body': the link 'a' to '//x.org/a' {why} 'https://x.org/a'",
        f"{EVENT}:8:23: warning: 'body': the link 'b' to '//x.org/b' {why} 'https://x.org/b'",
        f"{EVENT}:8:50: warning: 'body': the picture 'p' at '//x.org/p.jpg' {why} 'https://x.org/p.jpg'",
        f"{EVENT}:9:8: warning: 'body': the picture 'q' at '//x.org/q.jpg \"T\"' {why} 'https://x.org/q.jpg'",
    ]


def test_a_link_to_the_readers_own_computer_or_network_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'http://localhost:8000/...' copied from the preview, a router's page: a reader who
    clicks asks their own network. Said of a picture of 'image:' only; a link was silent.
    Public sites whose names merely hold such a word say nothing."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + "body: |\n"
        "  See [router](http://192.168.1.1/), [x](http://router.lan/x) and\n"
        '  <a href="http://localhost:8000/story-a/">the preview</a>, <A HREF=//printer.local/>p</A>;\n'
        "  [a](https://lan.example.com/), [b](https://corp.example.com/x),\n"
        "  [c](https://apnews.com/article/x) and [d](mailto:me@localhost) are public.\n",
    )

    def said(words: str, address: str, host: str) -> str:
        return (
            f"the link '{words}' leads to '{address}', on the reader's own computer or network ({host}): "
            "a reader who clicks would reach their own network or computer, not the newsroom's page "
            "(probably an address copied from a preview on the editor's computer); link the page's public "
            "address (https://...), or a page of this story by its file (events/<id>.yaml)"
        )

    assert warnings(project, capsys) == [
        f"{EVENT}:8:7: warning: 'body': {said('router', 'http://192.168.1.1/', '192.168.1.1')}",
        f"{EVENT}:8:38: warning: 'body': {said('x', 'http://router.lan/x', 'router.lan')}",
        f"{EVENT}:9:3: warning: 'body': {said('the preview', 'http://localhost:8000/story-a/', 'localhost')}",
        f"{EVENT}:9:61: warning: 'body': {said('p', '//printer.local/', 'printer.local')}",
    ]


def test_a_link_relative_to_the_page_is_said(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """A text is shown on the story's page, an event's, a year's, the embed and the feed:
    '../docs/x.pdf' or 'other.html' leads somewhere else from each, and was published as
    written without a word ('other.html' was even taken for a site's name)."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + "body: See [the report](../docs/x.pdf), [more](other.html) and [that](../elections/).\n",
    )
    where = (
        "from the page that shows it: somewhere else from each page the text is on (the story's, "
        "an event's, the feed); "
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:7:11: warning: 'body': the link 'the report' leads to '../docs/x.pdf' {where}"
        "put the file in the story's media/ folder and write media/x.pdf",
        f"{EVENT}:7:40: warning: 'body': the link 'more' leads to 'other.html' {where}"
        "write the full address (https://...), or link an event, a figure or a place by its file "
        "(events/<id>.yaml, ../<story>/events/<id>.yaml for another story's)",
        f"{EVENT}:7:63: warning: 'body': the link 'that' leads to '../elections/' {where}"
        "write the full address (https://...), or link an event, a figure or a place by its file "
        "(events/<id>.yaml, ../<story>/events/<id>.yaml for another story's)",
    ]


def test_a_link_in_html_is_said_where_its_tag_starts(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The page keeps a link written in HTML as it is: '<a href="../docs/x.pdf">' led
    somewhere else from each page without a word, where '[x](../docs/x.pdf)' was said."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + "body: |\n"
        '  See <a href="../docs/x.pdf">the <em>report</em></a>,\n'
        "  <IMG SRC='/pics/map.png' alt=map> and <a title=t href=www.example.org/a>it</a>.\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:8:7: warning: 'body': the link 'the report' leads to '../docs/x.pdf' from the page that "
        "shows it: somewhere else from each page the text is on (the story's, an event's, the feed); put "
        "the file in the story's media/ folder and write media/x.pdf",
        f"{EVENT}:9:3: warning: 'body': the link 'map' leads to '/pics/map.png' from the root of the host "
        "that serves the page, outside this site when it is published under a sub-path (/<repo>/); write "
        "the full address (https://...)",
        f"{EVENT}:9:41: warning: 'body': the link 'it' leads to 'www.example.org/a' on this site; write "
        "'https://www.example.org/a'",
    ]


def test_a_space_in_an_address_under_media_written_in_html_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'![m](<media/my photo.jpg>)' is refused with the address to write; the same address
    in HTML was said nothing (a browser mends it, so it is a warning)."""
    text = project.root.joinpath(EVENT).read_text()
    project.write("content/story-a/media/my photo.png", tiny_png())
    project.write("content/story-a/media/report 2.pdf", b"%PDF-1.4\n%%EOF\n")
    project.write(
        EVENT,
        text + "body: |\n"
        '  See <img src="media/my photo.png" alt="the square"> and\n'
        "  <A title=t HREF='media/report 2.pdf#page=2'>the <b>report</b></A>;\n"
        '  <a href="media/report%202.pdf">this</a> and <a href="https://x.example/a b">that</a> are not said.\n',
    )
    assert [w for w in warnings(project, capsys) if "space" in w] == [
        f"{EVENT}:8:7: warning: 'body': the address of picture 'the square' has a space; write it as %20: "
        "media/my%20photo.png",
        f"{EVENT}:9:3: warning: 'body': the address of link 'the report' has a space; write it as %20: "
        "media/report%202.pdf#page=2",
    ]


@pytest.mark.parametrize(
    ("markdown", "html"),
    [
        ("[up](../x.pdf)", '<a href="../x.pdf">up</a>'),
        ("[page](other.html)", "<A HREF='other.html'>page</A>"),
        ("[root](/x/y)", "<a href=/x/y>root</a>"),
        ("[site](apnews.com/x)", '<a href="apnews.com/x" >site</a>'),
        ("[e](file:///C:/a.pdf)", '<a href="file:///C:/a.pdf">e</a>'),
        ("[e](\\\\server\\a.pdf)", '<a href="\\\\server\\a.pdf">e</a>'),
        ("[js](javascript:go())", '<a href="javascript:go()">js</a>'),
        ("[half](https:x.org/a)", '<a href="https:x.org/a">half</a>'),
        ("![pic](../p.jpg)", '<img src="../p.jpg" alt="pic">'),
        ("[s](../elections/notes.yaml)", '<a href="../elections/notes.yaml">s</a>'),
        ("[up](../x.pdf)", '<a href="..&#47;x.pdf">up</a>'),  # as the browser reads it
    ],
)
def test_a_link_in_html_is_said_as_its_markdown_twin(markdown: str, html: str) -> None:
    said = [message for _, message in broken_links(f"See {markdown}.")]
    assert said  # the Markdown one is said
    assert [message for _, message in broken_links(f"See {html}.")] == said
    assert [at for at, _ in broken_links(f"See {html}.")] == [4]  # at its '<'


@pytest.mark.parametrize(
    "text",
    [
        '<a href="media/d.pdf">d</a> <img src="media/p.jpg" alt="p">',
        '<a href="https://x.org/a b">a</a> <a href="#notes">n</a> <a href="?page=2">p</a>',
        '<a href="events/e1.yaml">e</a> <a href="mailto:a@b.org">m</a>',
        '<a name="x">no address</a> <abbr title="../x">x</abbr> <area href="../x.pdf">',
        'In code: `<a href="../x.pdf">x</a>`.',
        '<!-- <a href="../x.pdf">x</a> -->',
        '    <a href="../x.pdf">indented: code</a>',
        '[a](https://x.org "<a href=../x.pdf>")',  # a link's title: text
        '[<img src="../logo.png" alt="X">](https://x.org)',  # in a link: its alt text
        '&lt;a href="../x.pdf"&gt;',
    ],
)
def test_a_link_in_html_that_works_or_is_no_link_is_not_said(text: str) -> None:
    assert list(broken_links(text)) == []


def test_an_html_link_never_closed_takes_no_words_of_the_next() -> None:
    text = '<a href="../a.pdf">a <a href="../b.pdf">b</a>'
    assert [message.split(" leads")[0] for _, message in broken_links(text)] == [
        "the link 'a'",
        "the link 'b'",
    ]


def test_a_picture_in_html_of_a_file_that_is_no_picture_is_said() -> None:
    [(_, said)] = broken_links('<img alt="the report" src="media/report.pdf">')
    assert said.startswith("the picture 'the report' at 'media/report.pdf' is not a picture")
    assert said.endswith("link it: [the report](<media/report.pdf>)")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("![map](../pics/a%20b.jpg)", "media/a%20b.jpg"),
        ("[a](./media/d.pdf#page=2)", "media/d.pdf"),
        ("[a](../story/media/d.pdf)", "media/d.pdf"),
        ("[a](notes.txt)", "write the full address"),
        ("[a](sub/page)", "write the full address"),
        ("[a](./)", "write the full address"),
        # What works, or is said otherwise, is not said so.
        ("[a](media/d.pdf)", None),
        ("[a](media/d.pdf#page=2)", None),
        ("[a](#sources)", None),
        ("[a](?page=2)", None),
        ("[a](https://x.org/a.html)", None),
        ("[a](mailto:a@b.org)", None),
        ("[a](events/2020-01-02-vote.yaml)", None),
        ("[a](../elections/events/2020-01-02-vote.yaml#q)", None),
        ("[a](figures/Ana Ruiz.yaml)", None),
        ("[a](events/vote/index.html)", None),  # check says what to write
        ("[a](2020-01-02-vote)", None),  # an id alone: check says so
        ("[a](report.pdf)", None),  # a file without its media/: check says so
        ("[a](Media/report.pdf)", None),
        ("[a](apnews.com/x)", "write 'https://apnews.com/x'"),
        ("[a](/news/x)", "from the root of the host"),
        ("[a](../elections/story.yaml)", None),  # a story's page by its file: check's
        ("[a](story.yaml)", None),
        ("[a](../elections/notes.yaml)", "is shown as its words only: a link names an event's, a figure's "
         "or a place's file (events/<id>.yaml, or ../<story>/events/<id>.yaml for another story's), or "
         "a story's page by its story.yaml (../<story>/story.yaml)"),
    ],
)  # fmt: skip
def test_which_relative_links_are_said(text: str, said: str | None) -> None:
    found = [message for _, message in broken_links(text)]
    if said is None:
        assert found == []
    else:
        assert len(found) == 1 and said in found[0], found


def test_a_picture_of_a_file_that_is_no_picture_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '![the report](media/report.pdf)' showed readers a broken picture, without a word.
    text = project.root.joinpath(EVENT).read_text()
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n%%EOF\n")
    project.write(EVENT, text + 'body: See ![the report](media/report.pdf#page=2 "T").\n')
    assert warnings(project, capsys) == [
        f"{EVENT}:7:12: warning: 'body': the picture 'the report' at 'media/report.pdf#page=2 \"T\"' is not "
        "a picture (.jpg, .jpeg, .png, .webp, .avif, .gif or .svg): readers get a broken picture; to "
        "offer another kind of file, link it: [the report](media/report.pdf#page=2)"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("![a](media/clip.MP4)", True),
        ("![a](media/x.JPG)", False),
        ("![a](media/map%20%232.svg)", False),
        ("[a](media/report.pdf)", False),  # a link, as it should be
        ("![a](media/x.heic)", False),  # an error of its own: export it as JPEG
        ("![a](https://x.org/report.pdf)", False),  # another site's: a link to it (said apart)
    ],
)
def test_which_pictures_are_said_to_be_no_pictures(text: str, said: bool) -> None:
    assert any("is not a picture" in m for _, m in broken_links(text)) == said


def test_a_picture_of_a_file_with_a_space_in_its_name_is_told_the_link_in_angle_brackets() -> None:
    # '[the report](media/my report.pdf)', as said, is no link at all: Markdown takes an
    # address with a space only in angle brackets, as the picture had it.
    text = "![the report](<media/my report.pdf>)"
    [(_, said)] = broken_links(text)
    assert said.endswith("link it: [the report](<media/my report.pdf>)"), said
    link = said.rsplit("link it: ", 1)[1]
    assert '<a href="media/my report.pdf"' in MarkdownConverter().convert(link)[0]  # a link, to the file


def test_a_link_title_is_not_a_space_in_its_address(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    text = project.root.joinpath(EVENT).read_text()
    body = (
        "body: |\n"
        "  See [the photos](https://x.example/p \"Photo gallery\"), [the map](https://x.example/m 'A map')\n"
        '  and [the notice](https://x.example/About Suez.aspx "Notice").\n'
    )
    project.write(EVENT, text + body)
    assert warnings(project, capsys) == [  # the address to write, without its title
        f"{EVENT}:9:7: warning: 'body': the address of link 'the notice' has a space; write it as %20: "
        "https://x.example/About%20Suez.aspx"
    ]
    # A title in parentheses: Python-Markdown reads it as part of the address, and the
    # pages drop that address, so it is said in those words (not 'write it as %20').
    project.write(EVENT, text + "body: See [the photos](https://x.example/p (Photo gallery)).\n")
    assert warnings(project, capsys) == [
        f"{EVENT}:7:11: warning: 'body': the title in parentheses of link 'the photos' is read as part "
        'of its address, so the link leads nowhere; put the title in double quotes: (address "title")'
    ]


def test_each_broken_link_is_said_at_its_own_place_though_written_alike(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The escaped quotation marks take two columns each: the second link is further on
    # in the file than in the text.
    text = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, text + 'body: "[a] (https://x.org) \\"and\\" [a] (https://x.org)"\n')
    said = "warning: 'body': '[a] (' shows its brackets instead of a link; remove the space before '('"
    assert warnings(project, capsys) == [f"{EVENT}:7:8: {said}", f"{EVENT}:7:36: {said}"]


@pytest.mark.parametrize(
    ("text", "made"),
    [
        # A title's space and parentheses are no address's: the page links https://x.org/a.
        ('[a report](https://x.org/a "Report (PDF)")', 'href="https://x.org/a" title="Report (PDF)"'),
        ('[x](https://y.org "[a] (b)")', 'href="https://y.org" title="[a] (b)"'),
        # Nothing in a picture's description is a link, and a link in a link's words is words.
        ("![ [l](tel:123) x](https://x.org/p.png)", 'href="https://x.org/p.png"'),
        (
            "[a [b](https://x y.org)](https://z.org)",
            '<a href="https://z.org" rel="noopener noreferrer">a [b]',
        ),
        ("![[a](javascript:x)][r]\n\n[r]: https://x.org/p.png", 'href="https://x.org/p.png"'),
        # Code, and a reference link's second bracket, after which '(...)' is text.
        ("    [a](javascript:x)", "<code>[a](javascript:x)"),
        ("[a][r](javascript:x)\n\n[r]: https://x.org", "</a>(javascript:x)"),
    ],
)
def test_a_link_the_page_does_not_make_is_not_said(text: str, made: str) -> None:
    # The links were found by a pattern of their own, not as the page reads them: each of
    # these warned of a link the page never makes, and blocked 'deploy' and 'check --strict'.
    assert made in MarkdownConverter().convert(text)[0]
    assert list(broken_links(text)) == []


@pytest.mark.parametrize(
    ("text", "shown", "said"),
    [
        ('[a](https://x y.org "T")', '<a title="T" rel="noopener noreferrer">a</a>',
         "the address of link 'a' has a space; write it as %20"),
        ("[x](https://y.org) and [a] (https://z.org)", "[a] (https://z.org)", "'[a] (' shows its brackets "
         "instead of a link; remove the space before '('"),
        # Made though the pattern missed them: in a reference link's words, and over lines.
        ("[z [a](javascript:x)][r]\n\n[r]: https://y.org", '<a rel="noopener noreferrer">a</a>', "the link 'a' "
         "to 'javascript:x' is left out of the pages, which keep only http, https and mailto addresses and the "
         "site's own files; readers get its words without a link"),
        ("- [a\n  b](tel:1)", '<a rel="noopener noreferrer">a\n  b</a>', "the link 'a b' to 'tel:1' is left out "
         "of the pages, which keep only http, https and mailto addresses and the site's own files; readers "
         "get its words without a link"),
    ],
)  # fmt: skip
def test_each_link_the_page_makes_is_read_as_the_page_reads_it(text: str, shown: str, said: str) -> None:
    # What the page shows of each link that will not work: no address, or brackets.
    assert shown in MarkdownConverter().convert(text)[0]
    assert [message for _, message in broken_links(text)] == [said]


def test_a_picture_in_a_text_on_the_readers_own_network_is_said_as_the_link_it_becomes(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A picture of a text from another site is shown as a link to it, named by its alt
    text: one at a router's or the preview's address was silent, in Markdown and in HTML."""
    text = project.root.joinpath(EVENT).read_text()
    project.write(
        EVENT,
        text + "body: |\n"
        "  See ![router](http://192.168.1.1/x.png) and <img src='http://localhost:8000/m.png' alt='m'>;\n"
        "  ![the chart](https://charts.example.org/c.png) is public.\n",
    )

    def said(words: str, address: str, host: str) -> str:
        return (
            f"the picture '{words}' is a link to '{address}', on the reader's own computer or network "
            f"({host}): a reader who clicks would reach their own network or computer, not the newsroom's "
            "page (probably an address copied from a preview on the editor's computer); link the page's "
            "public address (https://...), or a page of this story by its file (events/<id>.yaml)"
        )

    assert warnings(project, capsys) == [
        f"{EVENT}:8:8: warning: 'body': {said('router', 'http://192.168.1.1/x.png', '192.168.1.1')}",
        f"{EVENT}:8:47: warning: 'body': {said('m', 'http://localhost:8000/m.png', 'localhost')}",
    ]
