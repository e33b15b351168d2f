"""Formatting readers do not get as meant (``formatting.py``): bold never closed, HTML
left out, Markdown in a plain text.
"""

from __future__ import annotations

import pytest

from generator.markdown.markup import MarkdownConverter
from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings


def test_bold_never_closed_is_said_where_it_opens(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '**bold' with no closing '**' was published with its asterisks, without a word.
    head = "title: An event\ndate: 2020-01-01\nsources: [src-a]\nfigures: [fig-a]\nlocations: [loc-a]\n"
    project.write(
        EVENT,
        head + "summary: The **main claim, said again.\nbody: |\n  First **a** and\n  **b** paragraph.\n\n"
        "  Then __underlined and (**this\n",
    )
    assert warnings(project, capsys) == [
        f"{EVENT}:6:14: warning: 'summary': '**' opened here is never closed: readers get the asterisks "
        "as written; end the words to show in bold with '**' too, in the same paragraph (or write "
        "'\\*\\*' to show the asterisks)",
        f"{EVENT}:11:8: warning: 'body': '__' opened here is never closed: readers get the underscores "
        "as written; end the words to show in bold with '__' too, in the same paragraph (or write "
        "'\\_\\_' to show the underscores)",
        f"{EVENT}:11:26: warning: 'body': '**' opened here is never closed: readers get the asterisks "
        "as written; end the words to show in bold with '**' too, in the same paragraph (or write "
        "'\\*\\*' to show the asterisks)",
    ]
    # Bold across two paragraphs is not bold: the first mark is the one never closed.
    project.write(EVENT, head + "summary: S.\nbody: |\n  A **start\n\n  and end** here.\n")
    [said] = warnings(project, capsys)
    assert said.startswith(f"{EVENT}:8:5: warning: 'body': '**' opened here is never closed")
    # Nothing that is not bold left open: a bleeped word, arithmetic, a list, code, marks
    # escaped, bold closed on the next line of its paragraph, 'snake__case', '__init__'.
    body = (
        "body: |\n  He said F*** off, F***ing hell, f**k.\n  5 * 3 = 15, 2**10 and `2**10`, `**`.\n\n"
        "  * item\n  * other\n\n  ```\n  a **b\n  ```\n\n      code **c\n\n"
        "  Escaped \\*\\* and \\_\\_ here; **a** and\n  **b** then **c\n  d** and snake__case, __init__.\n"
    )
    project.write(EVENT, head + "summary: S.\n" + body)
    assert warnings(project, capsys) == []
    text = project.root.joinpath(EVENT).read_text().split("body: |\n")[1].replace("\n  ", "\n")[2:]
    html = MarkdownConverter().convert(text)[0]
    assert (
        "Escaped ** and __ here; <strong>a</strong> and\n<strong>b</strong> then <strong>c\nd</strong>"
        in html
    )
    assert "<li>item</li>" in html and "<code>a **b</code>" in html and "code **c" in html


def test_html_the_pages_leave_out_and_markdown_in_a_plain_text_are_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A video's embed code pasted into a body disappeared from the page without a word, and
    # a title written '**Bakiyev** flees' was published with its asterisks.
    event = (
        "title: Bakiyev **flees**\ndate: 2020-01-01\nsources: [src-a]\nfigures: [fig-a]\nlocations: [loc-a]\n"
        "summary: A <b>bold</b> start, <https://x.example/a> and 1 < 2.\n"
        'body: |\n  Watch: <iframe src="https://v.example/1"></iframe>\n  <script>x()</script> <IFRAME>\n'
    )
    project.write(EVENT, event)
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: 'title' is shown as written, '**flees**' included: it is plain text, where "
        "Markdown and HTML are not read; write the words alone",
        f"{EVENT}:8:10: warning: 'body': '<iframe>' is left out of the pages, which keep text and its "
        "formatting only (no players, scripts or forms); to point readers to what it shows, link to it: "
        "[its name](https://...)",
        f"{EVENT}:9:3: warning: 'body': '<script>' is left out of the pages, which keep text and its "
        "formatting only (no players, scripts or forms); to point readers to what it shows, link to it: "
        "[its name](https://...)",
    ]
    project.write(EVENT, event.replace("**flees**", "<b>flees</b>").split("body:")[0])
    [said] = warnings(project, capsys)
    assert said.startswith(f"{EVENT}:1:8: warning: 'title' is shown as written, '<b>' included")
    # News text is not taken for markup: a '<' before a word, a bleeped word, a tag named.
    project.write(
        EVENT,
        event.replace("Bakiyev **flees**", "Crowd chants 'F*** you', 'F**k the EU', 's**t' at <marquee> fans")
        .split("body:")[0]
        .replace("1 < 2.", "temperatures <minus 5 degrees."),
    )
    assert warnings(project, capsys) == []
