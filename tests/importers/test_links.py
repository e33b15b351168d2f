"""Links in slides to other slides and to the story's own pages lead to those pages in
this site."""

from __future__ import annotations

from generator.importers.convert import convert
from generator.importers.slides import Slide, Timeline
from tests.importers.test_convert import run, slide


def test_links_to_other_slides_lead_to_their_events_pages() -> None:
    """TimelineJS's hash bookmarks (``#<unique_id>``, ``#event-<unique_id>``) lead to the
    event the slide became, under its new id too: ``events/<id>.yaml``, which leads to its
    page on every page of the site. A link to no slide of the file stays as it is."""
    story, _ = run(
        slide("1889", "Strike", "<p>It ends: see <a href='#strike-ends'>the deal</a>.</p>", unique_id="strike-1889"),
        slide("1889", "Deal", "<p>After <a href='#event-strike-1889' title='The strike'>the strike</a>.</p>",
              unique_id="strike-ends"),
        slide("1890", "Twin", "<p>Back to <a href='#Not an id'>x</a> and <a href='#nowhere'>y</a>.</p>",
              unique_id="Not an id"),
        title={"text": {"headline": "T", "text": "<p>From <a href='#strike-1889'>the start</a>.</p>"}},
    )  # fmt: skip
    summaries = {e.id: e.summary for e in story.events}
    assert summaries["strike-1889"] == "It ends: see [the deal](events/strike-ends.yaml)."
    # Code is shown as it is; a title may hold quotes; a caption's link is one too.
    coded, _ = run(
        slide("1889", "A", "<p><code>[a](#b-1)</code> and <a href='#b-1' title='The \"b\"'>b</a></p>", unique_id="a-1"),
        slide("1889", "B", media={"url": "https://x.example/p.jpg", "caption": "<a href='#a-1'>A</a>"}, unique_id="b-1"),
    )  # fmt: skip
    first, second = coded.events
    assert first.summary == '`[a](#b-1)` and [b](events/b-1.yaml "The \\"b\\"")'
    assert second.image is not None and second.image.caption == "[A](events/a-1.yaml)"
    assert summaries["strike-ends"] == 'After [the strike](events/strike-1889.yaml "The strike").'
    assert "[y](#nowhere)" in summaries["1890-twin"]
    assert story.summary == "From [the start](events/strike-1889.yaml)."


def test_links_to_the_storys_own_pages_lead_to_them_again() -> None:
    """explainer's timeline.json links a story's events, figures and places by their pages'
    full address (with a base_url) or as 'events/<id>/index.html' (without): they came back
    as links to the old site, or to addresses that lead nowhere from most pages."""
    site = "https://example.org/news/port/"
    texts = (
        f"<p>See <a href='{site}events/rally/'>the rally</a>, <a href='{site}figures/ann/#role'>Ann</a>,"
        f" <a href='{site}locations/dock/'>the dock</a> and <a href='{site}figures/bob/'>Bob</a>.</p>",
        "<p>After <a href='events/strike/index.html#why'>the strike</a>, with"
        " <a href='figures/ann/index.html'>Ann</a>; not <a href='events/strike/'>this</a>.</p>",
        "<p>Elsewhere: <a href='https://tickets.example/events/concert/'>tickets</a>,"
        f" <a href='https://example.org/news/other/figures/ann/'>another story's Ann</a>,"
        f" <a href='{site}events/gone/'>an event not in the file</a>.</p>",
    )
    timeline = Timeline(
        None,
        tuple(
            Slide(slide("2001", "A", text, unique_id=uid), f"t.json:/events/{i}", pointer=True)
            for i, (uid, text) in enumerate(zip(("strike", "rally", "talks"), texts, strict=True))
        ),
        (),
        "",
    )
    story = convert(timeline, "port", [], pages=["figures/ann", "locations/dock"])
    strike, rally, talks = (e.summary for e in story.events)
    assert strike == (
        "See [the rally](events/rally.yaml), [Ann](figures/ann.yaml#role), [the dock](locations/dock.yaml)"
        f" and [Bob]({site}figures/bob/)."  # no such figure: its page on the old site, as it was
    )
    assert rally == (
        "After [the strike](events/strike.yaml#why), with [Ann](figures/ann.yaml); not [this](events/strike/)."
    )
    assert talks == (
        "Elsewhere: [tickets](https://tickets.example/events/concert/),"
        " [another story's Ann](https://example.org/news/other/figures/ann/),"
        f" [an event not in the file]({site}events/gone/)."
    )


def test_a_link_to_a_slide_the_file_does_not_have_is_said() -> None:
    """A bookmark naming no slide (a unique_id mistyped, or the slide deleted) was kept
    without a word: TimelineJS's link went nowhere, and on the pages it leads nowhere
    either, which check cannot tell from the theme's own places. It stays, and is said
    for its slide; a link to the story page's updates or sources is check's to judge."""
    story, reports = run(
        slide("1889", "Strike", "<p>See <a href='#casualties'>the toll</a> and <a href='#update-1'>the fix</a>.</p>",
              unique_id="strike"),
        slide("1890", "Deal", "<p>After <a href='#strike'>the strike</a>.</p>"),
        title={"text": {"headline": "T", "text": "<p>From <a href='#event-start'>the start</a>.</p>"}},
    )  # fmt: skip
    assert story.events[0].summary == "See [the toll](#casualties) and [the fix](#update-1)."
    said = [r for r in reports if "no slide" in r]
    assert said == [
        "t.json:/title (story.yaml): the link to '#event-start' names no slide of the file (no slide has "
        "the unique_id 'start'), so on the pages it leads nowhere: link to an event as "
        "events/<its id>.yaml, or take the link out",
        "t.json:/events/0 (events/strike.yaml): the link to '#casualties' names no slide of the file (no "
        "slide has the unique_id 'casualties'), so on the pages it leads nowhere: link to an event as "
        "events/<its id>.yaml, or take the link out",
    ], reports


def test_a_link_to_a_figure_or_place_named_by_other_id_rules_finds_its_file() -> None:
    """Events and downloaded pictures are matched to the files an import before made by
    older id rules, the same but for hyphens; a link to a figure's or place's page was
    matched by its exact id only, and one whose file is spelt otherwise kept the old site's
    address ('figures/maui-s-aunt/' beside the file 'mauis-aunt.yaml')."""
    site = "https://example.org/news/port/"
    text = (
        f"<p><a href='{site}events/rally/'>Here</a>. See <a href='{site}figures/maui-s-aunt/'>her</a>, <a href='{site}locations/pier-1-000/'>the"
        f" pier</a>, <a href='{site}figures/a-b/'>A B</a>, <a href='{site}figures/c-de/'>C</a>.</p>"
    )
    timeline = Timeline(
        None, (Slide(slide("2001", "A", text, unique_id="rally"), "t.json:/events/0", pointer=True),), (), ""
    )
    pages = [
        "figures/mauis-aunt",
        "locations/pier-1000",
        "figures/ab",
        "figures/a-b",
        "figures/cd-e",
        "figures/cde",
    ]
    story = convert(timeline, "port", [], pages=pages)
    assert story.events[0].summary == (
        "[Here](events/rally.yaml). See [her](figures/mauis-aunt.yaml), [the pier](locations/pier-1000.yaml),"
        " [A B](figures/a-b.yaml),"  # its own file, though another is alike
        f" [C]({site}figures/c-de/)."  # two files alike, neither its own: which is not guessed
    )
