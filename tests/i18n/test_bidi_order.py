"""Text set apart in its own direction is drawn in the order its reader reads it, as
Chromium draws it: a right-to-left page's captions give a span of years and a title that
opens with a name in Latin letters the page's direction (an isolate marked dir="auto"
takes the direction of its first letter, and a span of years has none), and a story in
Arabic on an English site's home page, or an Arabic site's name on an English story's
page, reads right to left whatever word it opens with; and English words in an Arabic
event's text read in their own order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.commands.build import build
from tests.conftest import TEMPLATES, Project
from tests.crawl import serve
from tests.images import photo
from tests.test_search_page import ARABIC, WORDS_AT, served_site

SPAN_OF_YEARS = """\
title: BBC تقول إن المرحلة الانتقالية انتهت
date: 2011
end: 2012
summary: مرحلة انتقالية.
figures: [fig-a]
locations: [loc-a]
sources: [src-a]
image:
  src: media/square.jpg
  alt: ساحة في المدينة
quotes:
  - text: ندعم الانتقال
    by: fig-a
    source: src-a
"""

WHERE = """(([selector, text]) => {
    // The left and right of ``text`` where ``selector``'s first element draws it.
    const element = document.querySelector(selector);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const box = range.getBoundingClientRect();
        return [box.left, box.right];
    }
    return null;
})"""


def drawn(page: Any, selector: str, text: str) -> tuple[float, float]:
    """Where ``text`` is drawn in the first element ``selector`` finds: its left and right."""
    found = page.evaluate(WHERE, [selector, text])
    assert found is not None, (selector, text)
    return found[0], found[1]


def reads_right_to_left(page: Any, selector: str, first: str, then: str) -> bool:
    """Whether ``first`` is drawn right of ``then`` (read before it, right to left) in the
    first element ``selector`` finds."""
    return drawn(page, selector, first)[0] > drawn(page, selector, then)[1]


def test_an_arabic_pages_captions_draw_a_span_of_years_and_a_title_opening_in_latin_right_to_left(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # The quote's caption on a figure's page and the picture's on a place's page drew
    # '2011–2012' with 2011 on the left, where the page's timeline draws it on the right,
    # and the title 'BBC تقول ...' with 'BBC' on the left, read last.
    project.write("content/site.yaml", "title: موقع\nlanguage: ar\n")
    project.write("content/story-a/events/e1.yaml", SPAN_OF_YEARS)
    project.write("content/story-a/media/square.jpg", photo(400, 400))
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    order = {}
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, caption in (
            ("figures/fig-a", ".quote figcaption"),
            ("locations/loc-a", ".gallery figcaption"),
        ):
            page.goto(url + f"story-a/{name}/index.html")
            order[name] = (
                reads_right_to_left(page, caption, "2011", "2012"),
                reads_right_to_left(page, caption, "BBC", "تقول"),
            )
        page.goto(url + "story-a/index.html")  # as the timeline draws them
        order["story"] = (
            reads_right_to_left(page, ".event > time", "2011", "2012"),
            reads_right_to_left(page, ".event-title", "BBC", "تقول"),
        )
        page.close()
    assert order == {name: (True, True) for name in ("figures/fig-a", "locations/loc-a", "story")}


def test_arabic_on_an_english_sites_pages_reads_right_to_left_whatever_it_opens_with(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # A headline and a standfirst opening with a name in Latin letters ('UN Security
    # Council يناقش ...') were laid out left to right on the home page, their first
    # words read last; so was an Arabic site's name opening with one on an English
    # story's page.
    story = project.root / "content/story-a/story.yaml"
    story.write_text(
        story.read_text()
        .replace("title: Story A", "title: UN Security Council يناقش الأزمة")
        .replace("summary: What story A is about.", "summary: BBC تقول إن الأزمة مستمرة.")
        + "language: ar\n"
    )
    project.write(
        "content/story-b/story.yaml",
        "title: Story B\nsummary: In English.\npublished: 2020-01-02\nlanguage: en\n"
        "sources:\n  src-b:\n    publisher: Example News\n",
    )
    project.write(
        "content/story-b/events/e1.yaml",
        "title: An event\ndate: 2020-01-01\nsummary: Something happened.\nsources: [src-b]\n",
    )
    project.write("content/site.yaml", "title: BBC عربي\nlanguage: ar\n")
    arabic_site = tmp_path / "arabic-site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(arabic_site))
    project.write("content/site.yaml", "title: Explainers\nlanguage: en\n")
    english_site = tmp_path / "english-site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(english_site))
    with serve(english_site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(url + "index.html")
        home = (
            reads_right_to_left(page, ".story-card h2", "UN", "يناقش"),
            reads_right_to_left(page, ".story-card .summary", "BBC", "تقول"),
        )
        page.close()
    with serve(arabic_site) as url:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(url + "story-b/index.html")
        site_title = reads_right_to_left(page, ".site-title", "BBC", "عربي")
        page.close()
    assert (*home, site_title) == (True, True, True)


def test_an_arabic_pages_map_draws_a_place_name_opening_in_latin_right_to_left(
    browser: Any, project: Project, tmp_path: Path
) -> None:
    # The map's names took the direction of their first letter: 'UN مقر البعثة' was laid
    # out left to right, 'UN' on the left, read last, where the page's own text (the
    # place's heading) reads it first, on the right.
    project.write("content/site.yaml", "title: موقع\nlanguage: ar\n")
    project.write("content/story-a/locations/loc-a.yaml", "name: UN مقر البعثة\ncoordinates: [10, 20]\n")
    out = tmp_path / "site"
    build(content=str(tmp_path / "content"), templates=TEMPLATES, out=str(out))
    order = {}
    with serve(out) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name in ("index.html", "locations/loc-a/index.html"):
            page.goto(url + f"story-a/{name}")
            order[name] = reads_right_to_left(page, ".map-pins text", "UN", "مقر")
        order["heading"] = reads_right_to_left(page, "h1", "UN", "مقر")  # as the page draws it
        page.close()
    assert order == {"index.html": True, "locations/loc-a/index.html": True, "heading": True}


BODY = "body: 'أعلنت الشركة أن \"3 big steps\" كانت كافية، وأن Apple 2 قادم، انظر `x 2 y`.'\n"


def test_english_runs_in_an_arabic_event_page_read_in_their_own_order(browser: Any, tmp_path: Path) -> None:
    # By the bidirectional algorithm, the 2 of «2 steps forward for peace» in an Arabic
    # summary was the Arabic's number and drawn after the English words ('steps ... 2'),
    # and '40 km' read 'km 40'; so did the body's '3 big steps'. A number after English
    # words ('Apple 2') was already theirs, and stays so.
    event = "talks/events/2024-01-05-doha.yaml"
    with served_site(tmp_path, {**ARABIC, event: ARABIC[event] + BODY}) as (url, _):
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        page.goto(url + "talks/events/2024-01-05-doha/index.html")
        two, steps, forty, km = page.evaluate(WORDS_AT, [".lede", ["2", "steps", "40", "km"]])
        three, big, apple, two_after = page.evaluate(WORDS_AT, [".body", ["3", "big", "Apple", "2"]])
        code = page.eval_on_selector(".body code", "c => c.parentNode.nodeName")
        page.close()
    assert two < steps and forty < km, (two, steps, forty, km)
    assert three < big and apple < two_after, (three, big, apple, two_after)
    assert code == "P"  # code is left as it is, outside any <bdi>


HEADLINED = {
    **ARABIC,
    "talks/events/2024-01-05-doha.yaml": (
        "title: الوفد يقطع 40 km في 2 steps نحو الدوحة\ndate: 2024-01-05\nkey: true\n"
        "summary: 'وقطع الوفد **40** km ثم \"3 *big* steps\" إلى الدوحة.'\n"
    ),
}


def test_english_runs_in_an_arabic_headline_and_through_emphasis_read_in_their_own_order(
    browser: Any, tmp_path: Path
) -> None:
    # A headline is plain text, not Markdown: its '40 km' read 'km 40' and its '2 steps'
    # 'steps 2', on the event's page, in the story's timeline and its key moments. A run
    # cut by emphasis ('**40** km', '3 *big* steps') was set apart in pieces: '40' alone
    # is no run, and was the Arabic's number, drawn after 'km'.
    with served_site(tmp_path, HEADLINED) as (url, _):
        page = browser.new_page(viewport={"width": 1000, "height": 800})
        page.goto(url + "talks/events/2024-01-05-doha/index.html")
        order = {"h1": page.evaluate(WORDS_AT, ["h1", ["40", "km", "2", "steps"]])}
        order["summary"] = page.evaluate(WORDS_AT, [".lede", ["40", "km", "3", "big"]])
        page.goto(url + "talks/index.html")
        order["timeline"] = page.evaluate(WORDS_AT, [".event-title", ["40", "km", "2", "steps"]])
        order["moments"] = page.evaluate(WORDS_AT, [".moment-title", ["40", "km", "2", "steps"]])
        title = page.title()
        page.close()
    drawn_in_order = {where: (a < b, c < d) for where, (a, b, c, d) in order.items()}
    assert drawn_in_order == {where: (True, True) for where in order}, order
    assert title == "المفاوضات · تقارير"  # (the story's) the <title> is text, without tags


OVERRIDDEN = {
    "site.yaml": "title: News\nlanguage: en\n",
    "flood/story.yaml": (
        "title: The flood\nsummary: What happened.\npublished: 2024-01-10\n"
        "sources:\n  wire:\n    publisher: Wire\n"
    ),
    "flood/events/2024-01-05-talks.yaml": (
        'title: "Talks \\u202eopen in the city hall"\ndate: 2024-01-05\n'
        'summary: "Officials said *\\u202eyes* and left the room, \\u2067quietly."\n'
        "quotes:\n"
        '  - text: "We stay \\u202dhere."\n'
        '    by: "A \\u202eneighbour"\n'
        "    source: wire\n"
    ),
}
"""An event whose texts hold bidi overrides and an isolate left open (as pasted, or
written to mislead: 'Trojan Source'): in its headline, inside its summary's emphasis
and at its end, in a quote and in the name of who said it."""


def test_an_override_left_open_in_a_text_reverses_nothing_after_the_element_it_is_in(
    browser: Any, tmp_path: Path
) -> None:
    # By Unicode's bidi algorithm an override (U+202E, U+202D) lasts to the end of its
    # paragraph, which for a browser is the block it is in: one left open inside an
    # emphasis, or in a speaker's name, drew the words after it backwards ('moor eht
    # tfel dna', ':ecruos'), as HTML forbids (an override must end in the element
    # it starts in). Each text holding one has it closed at its end: the words after
    # the element read in their own order.
    with served_site(tmp_path, OVERRIDDEN) as (url, _):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url + "flood/events/2024-01-05-talks/index.html")
        summary = [drawn(page, ".lede", word)[0] for word in ("and", "left", "the", "room")]
        said = [drawn(page, ".quote figcaption", word)[0] for word in ("source", "Wire")]
        page.close()
    assert summary == sorted(summary), summary
    assert said == sorted(said), said
