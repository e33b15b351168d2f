"""A slide's media: a picture, a source the event cites, or quoted text; addresses as
browsers send them."""

from __future__ import annotations

import pytest

from generator.content.addresses import BAD_HOST
from generator.importers.pictures import Picture
from generator.importers.sources import Source
from tests.importers.test_convert import one, run, slide

# Media


def test_an_address_in_capitals_is_written_as_the_format_takes_it() -> None:
    event, _ = one(slide(media={"url": "HTTPS://EX.EXAMPLE/A.JPG", "alt": "A"}))
    assert event.image is not None and event.image.src == "https://EX.EXAMPLE/A.JPG"


def test_a_user_name_and_password_in_a_media_address_are_taken_out_and_said() -> None:
    # They went into story.yaml's sources, and so onto every page, feed and export.
    story, reports = run(slide(media={"url": "https://ann:s3cret@wire.example/story", "credit": ""}))
    assert [s.url for s in story.sources] == ["https://wire.example/story"]
    assert [s.publisher for s in story.sources] == ["wire.example"]  # not 'ann:s3cret@wire.example'
    assert reports[0] == (
        "t.json:/events/0/media/url: the address gave a user name and password ('ann:…@' before its host), "
        "taken out: pages would publish them to every reader; imported as 'https://wire.example/story'"
    )
    assert all("s3cret" not in r for r in reports)


def test_a_signed_address_is_kept_and_said_naming_its_parameters() -> None:
    url = "https://files.example/report.pdf?X-Amz-Credential=a&X-Amz-Signature=b"
    story, reports = run(slide(media={"url": url}))
    assert [s.url for s in story.sources] == [url]
    assert reports[0].startswith(
        "t.json:/events/0/media/url: the address carries 'X-Amz-Credential' and 'X-Amz-Signature' in its "
        "query, a secret or signature that grants access for a while"
    )


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://пример.рф/фото.jpg", "https://xn--e1afmkfd.xn--p1ai/%D1%84%D0%BE%D1%82%D0%BE.jpg"),
        ("https://Bücher.DE/a b.jpg", "https://xn--bcher-kva.de/a%20b.jpg"),
        # As browsers have it: 'ß' kept (not 'strasse.de'), a full stop of Chinese and
        # Japanese text a dot, a snowman taken though IDNA 2008 refuses it.
        ("https://straße.de/a.jpg", "https://xn--strae-oqa.de/a.jpg"),
        ("https://пример。рф/a.jpg", "https://xn--e1afmkfd.xn--p1ai/a.jpg"),
        ("https://☃.net/a.jpg", "https://xn--n3h.net/a.jpg"),
        ("https://bücher.de:8443/a.jpg?ы#ы", "https://xn--bcher-kva.de:8443/a.jpg?%D1%8B#%D1%8B"),
        ("https://xn--bcher-kva.de/a.jpg", "https://xn--bcher-kva.de/a.jpg"),
        # A name no browser could look up stays as written; downloading it says why.
        ("https://a\x80b.de/ы.jpg", "https://a\x80b.de/%D1%8B.jpg"),
    ],
)
def test_a_host_named_in_other_letters_is_written_as_browsers_send_it(url: str, sent: str) -> None:
    event, reports = one(slide(media={"url": url, "alt": "A"}))
    assert reports == []
    assert event.image is not None and event.image.src == sent


def test_a_source_at_a_host_named_in_other_letters_is_named_by_those_letters() -> None:
    story, _ = run(slide(media={"url": "https://www.пример.рф/статья"}))
    assert story.sources == (
        Source(
            "primer-rf", "пример.рф", "https://www.xn--e1afmkfd.xn--p1ai/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F"
        ),
    )


def test_a_picture_at_an_https_address_is_the_events_image() -> None:
    event, reports = one(
        slide(
            media={
                "url": " https://upload.example.org/Zoë at the gate.JPG ",
                "caption": "<p>The crowd at the <em>east</em> gate.</p>",
                "credit": '<a href="https://photos.example.org">Photo Agency</a>',
                "alt": "A crowd outside a dock gate",
            }
        )
    )
    assert reports == [
        "t.json:/events/0 (events/2010-headline.yaml): left out: the link to 'https://photos.example.org' "
        "in the media's credit (a credit is plain text; the words stay)"
    ]
    assert event.image == Picture(
        "https://upload.example.org/Zo%C3%AB%20at%20the%20gate.JPG",
        "A crowd outside a dock gate",
        "Photo Agency",
        "The crowd at the *east* gate.",
    )
    assert event.sources == ()


@pytest.mark.parametrize(
    ("media", "alt"),
    [
        ({"title": "Its title", "caption": "Its caption"}, "Its title"),
        ({"caption": "<p>Its <b>caption</b></p>"}, "Its caption"),
        ({}, "Headline"),
    ],
)
def test_a_pictures_alt_text_falls_back_to_its_title_caption_then_the_headline(
    media: dict[str, str], alt: str
) -> None:
    event, _ = one(slide(media={"url": "https://example.org/a.png"} | media))
    assert event.image is not None and event.image.alt == alt


@pytest.mark.parametrize(
    ("url", "report"),
    [
        ("not an address", "media 'not an address' is not an http(s) address or a picture; left out"),
        (
            "ftp://files.example/a.jpg",
            "media 'ftp://files.example/a.jpg' is not an http(s) address or a picture; left out",
        ),
        (
            "javascript:alert(1)",
            "media 'javascript:alert(1)' is not an http(s) address or a picture; left out",
        ),
        ("<div><img src=x></div>", "the media is HTML with no text to keep; left out"),
        # A host or port urlsplit cannot read ('Invalid IPv6 URL', 'Port out of range'):
        # the import stopped with a traceback.
        *(
            (url, f"media '{shown}' {BAD_HOST}; left out")
            for url, shown in (
                ("https://[x.example/a.jpg", "https://[x.example/a.jpg"),
                ("https://x.example]/a.jpg", "https://x.example]/a.jpg"),
                ("//[x.example/a.jpg", "https://[x.example/a.jpg"),
                ("https://x.example:abc/a.jpg", "https://x.example:abc/a.jpg"),
                ("http://x.example:99999/page", "http://x.example:99999/page"),
                ('<iframe src="https://[x.example/embed"></iframe>', "https://[x.example/embed"),
            )
        ),
    ],
)
def test_media_that_cannot_be_carried_over_is_reported(url: str, report: str) -> None:
    event, reports = one(slide(media={"url": url}))
    assert (event.image, event.sources, event.body) == (None, (), "")
    assert reports == [f"t.json:/events/0/media/url: {report}"]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("C:\\Users\\ana\\Pictures\\dock.jpg", "dock.jpg"),
        ("file:///home/ana/My%20dock.jpg", "My dock.jpg"),
    ],
)
def test_a_picture_on_the_editors_computer_is_said_to_be_so(url: str, name: str) -> None:
    event, reports = one(slide(media={"url": url}))
    assert event.image is None
    assert reports == [
        f"t.json:/events/0/media/url: media '{url}' is a file on one computer, which readers cannot "
        f"reach: copy the picture beside the timeline and give its path from there ('pictures/{name}'); left out"
    ]


def test_the_credit_and_caption_of_quoted_media_are_kept_after_it() -> None:
    # TimelineJS shows them under the quotation; a newsroom's 'who said it' was lost.
    media = {
        "url": "<blockquote>Brexit means Brexit</blockquote>",
        "credit": "Theresa May",
        "caption": "<i>Speech</i>, 2016",
    }
    event, reports = one(slide(text="<p>Letter sent.</p>", media=media))
    assert event.body == "> Brexit means Brexit\n\nTheresa May\n\n*Speech*, 2016"
    alone, _ = one(slide(text="", media=media))
    assert alone.summary == "> Brexit means Brexit\n\nTheresa May\n\n*Speech*, 2016"
    assert reports == []


@pytest.mark.parametrize(
    ("media", "cited"),
    [  # older embed codes, and sheets they were pasted from, leave the scheme out
        (
            '<iframe width="560" src="//www.youtube.com/embed/abcdefghijk" allowfullscreen></iframe>',
            "https://www.youtube.com/embed/abcdefghijk",
        ),
        ("//player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
    ],
)
def test_media_at_an_address_without_its_scheme_is_read_as_https(media: str, cited: str) -> None:
    story, reports = run(slide(media={"url": media, "caption": "The film"}))
    assert [s.url for s in story.sources] == [cited]
    assert story.events[0].sources == tuple(s.id for s in story.sources)
    assert reports == []


def test_a_picture_at_an_address_without_its_scheme_is_the_events_picture() -> None:
    event, reports = one(slide(media={"url": "//upload.wikimedia.org/a/b/Bishkek.jpg", "caption": "Square"}))
    assert event.image is not None and event.image.src == "https://upload.wikimedia.org/a/b/Bishkek.jpg"
    assert reports == []


@pytest.mark.parametrize(
    ("url", "picture"),
    [
        (
            "https://commons.wikimedia.org/wiki/File:Veldran dam.jpg",
            "https://commons.wikimedia.org/wiki/Special:FilePath/Veldran%20dam.jpg",
        ),
        (
            "https://es.wikipedia.org/wiki/Presa#/media/Archivo:Presa.png",  # Spanish for 'File:'
            "https://es.wikipedia.org/wiki/Special:FilePath/Presa.png",
        ),
        ("https://es.wikipedia.org/wiki/Presa#/media/Presa.png", ""),  # no word for a file: the article
        (
            "https://en.wikipedia.org/wiki/Dam#/media/File:Dam:_the_spillway.jpg",  # a colon in its name
            "https://en.wikipedia.org/wiki/Special:FilePath/Dam:_the_spillway.jpg",
        ),
        (
            "https://en.wikipedia.org/wiki/Spillway#/media/File:Spillway_2019.png",
            "https://en.wikipedia.org/wiki/Special:FilePath/Spillway_2019.png",
        ),
        ("https://en.wikipedia.org/wiki/File:Report.pdf", ""),  # a file, not a picture: cited
    ],
)
def test_a_wikimedia_page_showing_a_picture_gives_the_picture_itself(url: str, picture: str) -> None:
    # As TimelineJS shows it: the page's address, HTML, was taken for the picture's.
    story, reports = run(slide(media={"url": url, "credit": "Wikimedia Commons"}))
    event = story.events[0]
    if picture:
        assert event.image is not None and event.image.src == picture
    else:
        assert event.image is None and [s.url for s in story.sources] == [url.replace(" ", "%20")]
    assert reports == []


@pytest.mark.parametrize(
    ("url", "picture"),
    [
        ("https://www.dropbox.com/s/abc123/dock.jpg?dl=0", "https://dl.dropboxusercontent.com/s/abc123/dock.jpg?dl=0"),
        (
            "https://www.dropbox.com/scl/fi/x1y2/Dock%20at%20dawn.PNG?rlkey=k3y&dl=0",
            "https://dl.dropboxusercontent.com/scl/fi/x1y2/Dock%20at%20dawn.PNG?rlkey=k3y&dl=0",
        ),
        ("https://www.dropbox.com/s/abc123/report.pdf?dl=0", ""),  # a document: cited
    ],
)  # fmt: skip
def test_a_picture_shared_from_dropbox_is_asked_for_where_the_file_is(url: str, picture: str) -> None:
    # As TimelineJS shows it: www.dropbox.com's address is a page showing the picture, HTML.
    story, reports = run(slide(media={"url": url, "credit": "Desk"}))
    event = story.events[0]
    if picture:
        assert event.image is not None and event.image.src == picture
    else:
        assert event.image is None and [s.url for s in story.sources] == [url]
    assert reports == []


def test_a_password_in_a_link_of_the_slides_text_is_taken_out_and_said_at_its_text() -> None:
    # The text's links went into the event's summary as they were, password and all.
    html = '<p>See <a href="https://ann:s3cret@wire.example/story">the wire</a>.</p>'
    event, reports = one(slide(text=html))
    assert event.summary == "See [the wire](https://wire.example/story)."
    assert reports == [
        "t.json:/events/0/text/text: the link to 'https://wire.example/story' in the text gave a user name "
        "and password ('ann:…@' before its host), taken out: pages would publish them to every reader; "
        "imported as 'https://wire.example/story'"
    ]


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        # Read as 'https://ann:s3cret@wire.example/story' by browsers, and so refused by
        # check after the import: without its scheme, with one '/' or none after it, '\\'
        # for '/', its '@' written as a character reference.
        ("//ann:s3cret@wire.example/story", "https://wire.example/story"),  # as the pages are served
        ("https:ann:s3cret@wire.example/story", "https://wire.example/story"),
        ("https:/ann:s3cret@wire.example/story", "https://wire.example/story"),
        ("https:\\\\ann:s3cret@wire.example/story", "https://wire.example/story"),
        ("https://ann:s3cret&#64;wire.example/story", "https://wire.example/story"),
    ],
)
def test_a_password_in_a_link_as_browsers_read_it_is_taken_out_and_said(href: str, kept: str) -> None:
    event, reports = one(slide(text=f'<p>See <a href="{href}">the wire</a>.</p>'))
    assert event.summary == f"See [the wire]({kept})."
    assert len(reports) == 1 and "('ann:…@' before its host), taken out" in reports[0]
    assert all("s3cret" not in r for r in reports)


def test_a_link_without_a_password_is_left_as_it_is() -> None:
    event, reports = one(slide(text='<p><a href="//wire.example/a@b">a</a> https:x ann:b@c.d</p>'))
    assert event.summary == "[a](//wire.example/a@b) https:x ann:b@c.d"
    assert reports == []


def test_a_password_in_an_address_written_out_in_a_caption_is_taken_out() -> None:
    html = "Photo: https://ann:s3cret@wire.example/album"
    event, reports = one(slide(media={"url": "https://e.org/a.jpg", "caption": html}))
    assert event.image is not None and "s3cret" not in event.image.caption
    assert "https://wire.example/album" in event.image.caption
    assert reports[0].startswith("t.json:/events/0/media/caption: the link to 'https://wire.example/album'")
    assert all("s3cret" not in r for r in reports)


def test_a_token_in_a_link_of_the_slides_text_is_kept_and_said() -> None:
    html = '<a href="https://f.example/r?a=1&amp;access_token=x">the report</a>'
    event, reports = one(slide(text=html))
    assert "access_token=x" in event.summary
    assert reports == [
        "t.json:/events/0/text/text: the link to 'https://f.example/r?a=1&access_token=x' in the "
        "text carries 'access_token' in its query, a secret or signature that grants access for a while "
        "(a signed or private link): imported as it is, every reader gets it, and the link breaks once it "
        "expires; give the public address of the page or file instead"
    ]


def test_a_signed_picture_shown_from_its_address_is_said_to_be_so() -> None:
    # Not downloaded (--keep-remote-pictures): the page shows it from the signed address.
    url = "https://cdn.example/dock.jpg?sv=1&sig=ab"
    event, reports = one(slide(media={"url": url}))
    assert event.image is not None and event.image.src == url
    assert reports == [
        "t.json:/events/0/media/url: the address carries 'sig' in its query, a secret or signature that "
        "grants access for a while (a signed or private link): the picture is shown from that address, so "
        "every reader's browser asks for it with it, and the picture breaks once it expires; save the "
        "picture beside the timeline, or into the story's media/ folder, and give its path instead"
    ]
