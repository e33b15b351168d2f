"""What a slide had that pages do not carry is said, one report a slide, naming the file it
became."""

from __future__ import annotations

from generator.importers.convert import convert
from generator.importers.sheet import read_sheet
from generator.importers.slides import Report, Slide, Timeline
from tests.importers.test_convert import one, run, slide


def test_a_picture_inside_the_text_is_reported_as_left_out() -> None:
    event, reports = one(slide(text='<p>See the chart: <img src="https://a.example/c.png"></p>'))
    assert event.summary == "See the chart:"
    assert reports == [
        "t.json:/events/0/text/text: the <img> inside the text is left out; give it as the slide's media"
    ]


def test_a_chart_drawn_in_the_text_is_reported_as_left_out() -> None:
    # An SVG chart pasted whole: it went with its labels, and nothing was said.
    text = '<p>Turnout:</p><svg viewBox="0 0 10 10"><rect width="5" height="9"/><text>61%</text></svg>'
    event, reports = one(slide(text=text))
    assert event.summary == "Turnout:"
    assert reports == [
        "t.json:/events/0/text/text: the <svg> inside the text is left out; give it as the slide's media"
    ]


def test_a_chart_embedded_with_a_script_is_reported_not_dropped_silently() -> None:
    # Flourish's (and Datawrapper's, and a post's) embed code: a script, no <iframe>.
    text = (
        '<p>The vote, by region:</p><div class="flourish-embed" data-src="visualisation/123">'
        '<script src="https://public.flourish.studio/resources/embed.js"></script></div>'
    )
    event, reports = one(slide(text=text))
    assert event.summary == "The vote, by region:"
    assert reports == [
        "t.json:/events/0/text/text: the <script> inside the text is left out; give it as the slide's "
        "media (a chart or a post embedded with a script: link to it instead)"
    ]


def test_what_pages_do_not_carry_is_said_per_slide_with_the_file_it_became() -> None:
    # A slide's background, its media's thumbnail and links that are not safe: one line
    # a slide, naming the file it was written to, what was left out and why.
    story, reports = run(
        slide("2001", "Coloured", background={"color": "#8b0000"}),
        slide(
            "2002",
            "Pictured",
            background={"url": "https://pics.example/bg.jpg", "color": "#000"},
            media={"url": "https://pics.example/p.jpg", "thumbnail": "https://pics.example/t.jpg"},
        ),
        slide(
            "2003",
            'A <a href="https://news.example/">linked</a> headline',
            '<a href="javascript:go()">Go</a>',
        ),
        slide("2004", "Plain"),
        title={
            "text": {"headline": "T", "text": "Intro"},
            "background": {"url": "https://pics.example/cover.jpg"},
        },
    )
    assert [e.title for e in story.events][2] == "A linked headline"
    assert reports == [
        "t.json:/title (story.yaml): left out: the background picture 'https://pics.example/cover.jpg' "
        "(pages have no slide backgrounds)",
        "t.json:/events/0 (events/2001-coloured.yaml): left out: the background colour '#8b0000' "
        "(pages have no slide backgrounds)",
        "t.json:/events/1 (events/2002-pictured.yaml): left out: the background colour '#000' and picture "
        "'https://pics.example/bg.jpg' (pages have no slide backgrounds); the media's thumbnail 'https://pics.example/t.jpg' (pages make the small picture from "
        "the picture itself)",
        "t.json:/events/2 (events/2003-a-linked-headline.yaml): left out: the link to 'https://news.example/' "
        "in the headline (a title is plain text; the words stay); the link to 'javascript:go()' in the text "
        "(not a safe http(s) or mailto address; the words stay)",
    ]


def test_a_link_in_a_display_date_or_a_group_is_said_as_one_in_a_headline_is() -> None:
    # Both become plain text: their links went without a word.
    row = {"start_date": {"year": "2001"}, "text": {"headline": "Row", "text": "T"},
           "display_date": '<a href="https://ex.example/d">Early</a> 2001',
           "group": '<a href="https://ex.example/g">Strike</a>'}  # fmt: skip
    timeline = Timeline(None, (Slide(row, "s.csv:2"),), (), "")
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports)
    assert (story.events[0].display_date, story.events[0].tags) == ("Early 2001", ("Strike",))
    assert [str(r) for r in reports] == [
        "s.csv:2 (events/2001-row.yaml): left out: the link to 'https://ex.example/d' in the Display Date "
        "(a display date is plain text; the words stay); the link to 'https://ex.example/g' in the Group "
        "(a tag is a name; the words stay)"
    ]


def test_a_script_or_a_picture_in_a_headline_is_said_as_in_the_text() -> None:
    row = {
        "start_date": {"year": "2001"},
        "text": {"headline": 'Strike<script>go()</script><img src="x.jpg">', "text": "T"},
    }
    timeline = Timeline(Slide({"text": {"headline": "<script>t()</script>Title", "text": "T"}}, "s.csv:2"),
                        (Slide(row, "s.csv:3"),), (), "")  # fmt: skip
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports)
    assert (story.title, story.events[0].title) == ("Title", "Strike")
    assert [str(r) for r in reports] == [
        "s.csv:2: the <script> inside the headline is left out; give it as the slide's media (a chart or a "
        "post embedded with a script: link to it instead)",
        "s.csv:3: the <script> and <img> inside the headline are left out; give a picture or player as the "
        "slide's media (a chart or a post embedded with a script: link to it instead)",
    ]


def test_many_unsafe_links_in_one_field_are_counted() -> None:
    links = " ".join(f'<a href="javascript:step({i})">{i}</a>' for i in range(5))
    media = {"url": "<blockquote>Said <a href='data:text/html,x'>here</a></blockquote>",
             "caption": "<a href='vbscript:a'>a</a> <a href='vbscript:b'>b</a>"}  # fmt: skip
    _, reports = one(slide("2001", "Steps", links, media=media))
    assert reports == [
        "t.json:/events/0 (events/2001-steps.yaml): left out: 5 links in the text, to 'javascript:step(0)', "
        "'javascript:step(1)', 'javascript:step(2)' and 2 more (not a safe http(s) or mailto address; the "
        "words stay); 2 links in the media's caption, to 'vbscript:a' and 'vbscript:b' (not a safe http(s) "
        "or mailto address; the words stay); the link to 'data:text/html,x' in the media (not a safe http(s) "
        "or mailto address; the words stay)"
    ]


def test_a_sheets_row_names_its_columns_and_counts_each_thing_left_out() -> None:
    row = {"start_date": {"year": "2001"}, "text": {"headline": "Row", "text": '<a href="data:x">x</a> <a href="data:y">y</a>'},
           "media": {"url": "", "thumbnail": "t.jpg"}, "background": {"color": "#fff"}}  # fmt: skip
    timeline = Timeline(None, (Slide(row, "s.csv:2"),), (), "")
    reports: list[Report] = []
    convert(timeline, "my-story", reports)
    assert [str(r) for r in reports] == [
        "s.csv:2 (events/2001-row.yaml): left out: the Background colour '#fff' (pages have no slide "
        "backgrounds); the Media Thumbnail 't.jpg' (pages make the small picture from the picture itself); "
        "2 links in the Text, to 'data:x' and 'data:y' (not a safe http(s) or mailto address; the words stay)"
    ]
    assert reports[0].written == "events/2001-row.yaml"
    assert reports[0].left_out == ("Background", "Media Thumbnail", "link", "link")
    assert not reports[0].skipped


def test_the_title_slides_display_date_is_said_not_dropped() -> None:
    # A story has no date of its own to show: the title slide's display date went without
    # a word. Said as the other things of the title slide pages do not carry are.
    _, reports = run(
        slide("2001", "Row"),
        title={"text": {"headline": "T", "text": "Intro"}, "display_date": "2001 <b>to</b> 2003"},
    )
    assert reports == [
        "t.json:/title (story.yaml): left out: the display_date '2001 to 2003' (a story has no date of its "
        "own to show; write it into the summary if it matters)"
    ]
    row = {"text": {"headline": "T", "text": "Intro"}, "display_date": "Spring 2010"}
    timeline = Timeline(Slide(row, "s.csv:2"), (Slide(slide("2010", "Row"), "s.csv:3"),), (), "")
    said: list[Report] = []
    convert(timeline, "my-story", said)
    assert [str(r) for r in said] == [
        "s.csv:2 (story.yaml): left out: the Display Date 'Spring 2010' (a story has no date of its own to "
        "show; write it into the summary if it matters)"
    ]
    assert said[0].left_out == ("Display Date",)
    _, none = run(
        slide("2001", "Row"), title={"text": {"headline": "T", "text": "Intro"}, "display_date": " "}
    )
    assert none == []


def test_the_title_slides_start_and_end_dates_are_said_not_dropped() -> None:
    # A story has no date field that fits the period its title slide gives: the dates went
    # without a word. Said with its display date, in JSON's keys or the sheet's columns.
    _, reports = run(
        slide("2001", "Row"),
        title={
            "text": {"headline": "T", "text": "Intro"},
            "display_date": "2001-2003",
            "start_date": {"year": 2001, "month": "4", "day": 7, "hour": "9", "minute": "5"},
            "end_date": {"year": "2003", "display_date": "late 2003"},
        },
    )
    assert reports == [
        "t.json:/title (story.yaml): left out: the display_date '2001-2003', the start_date '2001-04-07 "
        "09:05' and the end_date '2003, shown as late 2003' (a story has no date of its own to show; "
        "write it into the summary if it matters)"
    ]
    header = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type"
    sheet = f"{header}\n2010,April,,,2012,,,,,The mine,The story.,title\n2010,8,5,,,,,,,Row,Text,\n"
    said: list[Report] = []
    convert(read_sheet(sheet, "s.csv", said), "my-story", said)
    assert [str(r) for r in said] == [
        "s.csv:2 (story.yaml): left out: the Year and Month '2010-04' and the End Year '2012' (a story has "
        "no date of its own to show; write it into the summary if it matters)"
    ]
    assert said[0].left_out == ("Start Date", "End Date")
    _, none = run(slide("2001", "Row"), title={"text": {"headline": "T"}, "start_date": {"year": " "}})
    assert none == []
    # A digit that is no number ('²' to str.isdigit) is quoted as it is; it was a traceback.
    _, odd = run(
        slide("2001", "Row"),
        title={"text": {"headline": "T"}, "start_date": {"year": "2010", "month": "\u00b2"}},
    )
    assert odd == [
        "t.json:/title (story.yaml): left out: the start_date '2010-\u00b2' (a story has no date of its own to "
        "show; write it into the summary if it matters)"
    ]


def test_a_link_in_the_credit_is_said_in_the_line_of_the_slide_naming_its_file() -> None:
    # It was a line of its own naming neither the file nor the address: a JSON slide
    # (/events/5) was left for the editor to count to.
    row = {"start_date": {"year": "2001"}, "text": {"headline": "Row", "text": "T"},
           "media": {"url": "https://a.example/p.jpg", "credit": '<a href="https://agency.example">Agency</a>'}}  # fmt: skip
    timeline = Timeline(None, (Slide(row, "s.csv:2"),), (), "")
    reports: list[Report] = []
    story = convert(timeline, "my-story", reports)
    assert [str(r) for r in reports] == [
        "s.csv:2 (events/2001-row.yaml): left out: the link to 'https://agency.example' in the Media Credit "
        "(a credit is plain text; the words stay)"
    ]
    assert reports[0].left_out == ("link",)
    assert story.events[0].image is not None and story.events[0].image.credit == "Agency"


def test_a_player_in_the_text_of_a_slide_with_media_is_told_to_be_linked() -> None:
    # 'give it as the slide's media' told the editor to replace the media the slide had.
    frame = '<p>Watch:</p><iframe src="https://player.example/v/1"></iframe>'
    _, reports = one(slide(text=frame, media={"url": "https://www.youtube.com/watch?v=abcdefghijk"}))
    assert reports == [
        "t.json:/events/0/text/text: the <iframe> inside the text is left out, and the slide has its media "
        "already; link to it in the text instead"
    ]
    _, reports = one(
        slide(text=frame + "<img src=x.png>", media={"url": "https://www.youtube.com/watch?v=a"})
    )
    assert reports[0].endswith(
        "are left out, and the slide has its media already; link to them in the text instead"
    )
