"""Warnings about a title (``titles.py``): too long, or not drawn on the shared card."""

from __future__ import annotations

import pytest

from generator.cli import main
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, warnings
from tests.images import tiny_png


def test_a_title_long_as_a_paragraph(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    long = "A headline that goes on " * 7  # 168 characters: a paragraph pasted as the title, say
    project.write(EVENT, project.root.joinpath(EVENT).read_text().replace("First event", long.strip()))
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("Story A", "S" * 151))
    said = "characters; a headline reads best in under 100 (a shared link shows about 60), so keep it under"
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: the title has 167 {said} 150 and put the rest in 'summary'",
        f"{STORY}:1:8: warning: the title has 151 {said} 150 and put the rest in 'summary'",
    ]
    project.write(STORY, project.root.joinpath(STORY).read_text().replace("S" * 151, "S" * 150))
    assert len(warnings(project, capsys)) == 1


def test_a_title_that_shows_nothing_is_said(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    # Zero-width spaces, a soft hyphen, marks of direction: pasted from a web page, none
    # of them a space, so check takes the title for one; readers see an empty headline.
    story = project.root.joinpath(STORY).read_text()
    event = project.root.joinpath(EVENT).read_text()
    project.write(STORY, story.replace("title: Story A", 'title: "\u200b\u200b\u2060"'))
    project.write(EVENT, event.replace("title: First event", 'title: " \u00ad\u200e\ufeff "'))
    said = "so readers see an empty headline, and a shared link's card no title; write the title"
    assert warnings(project, capsys) == [
        f"{EVENT}:1:8: warning: the title shows nothing: it holds only invisible characters "
        f"(the first a soft hyphen, U+00AD), {said}",
        f"{STORY}:1:8: warning: the title shows nothing: it holds only invisible characters "
        f"(the first a zero width space, U+200B), {said}",
    ]
    assert main(["check", "--strict"]) == 1
    capsys.readouterr()
    project.write(STORY, story.replace("title: Story A", 'title: "Story\u200bA"'))  # a word to read
    project.write(EVENT, event)
    assert warnings(project, capsys) == []


def test_a_title_the_social_card_cannot_draw_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The card's bundled fonts have no Sinhala letters: the card would show the site's
    name alone. Cyrillic, Arabic, Hindi, Thai, Chinese... they draw; a story with its own
    picture needs no card."""
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story.replace("title: Story A", "title: කොළඹ ගංවතුර"))
    assert warnings(project, capsys) == [
        f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
        "this title (its fonts lack 'ක' (U+0D9A)), "
        "so it shows the site's name alone; give the story an 'image:' of its own"
    ]
    # On a site whose name the card cannot draw either, there is no card at all.
    project.write("content/site.yaml", "title: පුවත්\n")
    assert warnings(project, capsys) == [
        f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
        "this title (its fonts lack 'ක' (U+0D9A)), "
        "nor the site's name, so no card is made and a shared link shows no picture; "
        "give the story an 'image:' of its own"
    ]
    project.write("content/site.yaml", "title: Test site\n")
    # Its fonts have Hindi's letters, but not in one line with Arabic's: not 'they lack them'.
    # Nor in one with Urdu's letters, drawn in DejaVu and Noto Sans Arabic: not 'one font'.
    for title, letter in (
        ("الانتخابات في الهند नरेंद्र مودي", "'न' (U+0928)"),
        ("بھارت میں انتخابات मोदी ہار گئے", "'म' (U+092E)"),
    ):
        project.write(STORY, story.replace("title: Story A", f"title: {title}"))
        assert warnings(project, capsys) == [
            f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
            "this title (a title with right-to-left letters is drawn only in the fonts of Arabic and "
            f"Hebrew letters, which lack {letter}), "
            "so it shows the site's name alone; give the story an 'image:' of its own"
        ], title
    drawn = ["Выборы в Киргизии", "فيضانات درنة", "Ηφαίστειο 🌋 στη Σαντορίνη 🇬🇷"]  # emoji left out
    drawn += ["港珠澳大桥", "能登半島地震", "이태원 참사", "चंद्रयान-3", "சென்னை வெள்ளம்", "น้ำท่วม"]
    drawn += ["کراچی میں بارشیں، ہزاروں لوگ بے گھر ہو گئے"]  # Urdu's 'ہ' and 'ے', which DejaVu lacks
    for title in drawn:
        project.write(STORY, story.replace("title: Story A", f"title: {title}"))
        assert warnings(project, capsys) == [], title
    project.write("content/story-a/media/lead.png", tiny_png(1200, 630))
    project.write(
        STORY,
        story.replace("title: Story A", "title: කොළඹ ගංවතුර")
        + "image:\n  src: media/lead.png\n  alt: A bridge\n  credit: Us\n",
    )
    assert warnings(project, capsys) == []


def test_a_right_to_left_title_a_machine_cannot_draw_on_the_card_is_said(
    project: Project, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where Pillow cannot put right-to-left letters in order (no FriBiDi), the card leaves
    an Arabic title off, and a Hindi one, whose vowel signs it would draw after the
    consonants they go before: said, with what to install, not as a letter its fonts lack."""
    from PIL import features

    real = features.check_feature
    monkeypatch.setattr(features, "check_feature", lambda name: name != "raqm" and real(name))
    story = project.root.joinpath(STORY).read_text()
    for title in ("فيضانات درنة", "चंद्रयान-3", "น้ำท่วม"):
        project.write(STORY, story.replace("title: Story A", f"title: {title}"))
        assert warnings(project, capsys) == [
            f"{STORY}:1:8: warning: the card a shared link shows for a story without 'image:' cannot show "
            "this title (this computer cannot draw its letters in their order and joined up: "
            "the picture library needs FriBiDi, which is not installed ('apt install libfribidi0' on "
            "Debian or Ubuntu, 'brew install fribidi' on a Mac)), so it shows the site's name alone; "
            "give the story an 'image:' of its own"
        ]
    project.write(STORY, story.replace("title: Story A", "title: 港珠澳大桥"))  # needs no layout
    assert warnings(project, capsys) == []


SITE = "content/site.yaml"
NOTHING = '"\u200b\u2060"'  # a zero-width space and a word joiner: pasted, and invisible


def test_a_site_title_that_shows_nothing_is_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # The name at the top of every page, and the link home: check passed it without a word.
    project.write(SITE, f"title: {NOTHING}\n")
    assert warnings(project, capsys) == [
        f"{SITE}:1:8: warning: the site's title shows nothing: it holds only invisible characters (the "
        "first a zero width space, U+200B), so readers see no name at the top of every page (the link "
        "to the home page shows nothing to click), in browser tabs or in shared links; write the "
        "site's name"
    ]
    assert main(["check", "--strict"]) == 1
    capsys.readouterr()
    project.write(SITE, 'title: "Test\u200bsite"\n')  # a word to read
    assert warnings(project, capsys) == []


def test_names_and_an_update_that_show_nothing_are_said(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each is the text of a heading or of a link: shown, it is a link with nothing to click.
    project.write("content/story-a/figures/fig-a.yaml", f"name: {NOTHING}\nrole: Someone involved\n")
    project.write("content/story-a/locations/loc-a.yaml", f"name: {NOTHING}\ncoordinates: [10, 20]\n")
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY,
        story.replace("publisher: Example News", f"publisher: {NOTHING}\n    title: {NOTHING}")
        + f"updates:\n  - date: 2020-01-03\n    text: {NOTHING}\n",
    )
    first = "it holds only invisible characters (the first a zero width space, U+200B), so readers see"
    links = "its links in the events it is in show nothing to click; write the name"
    assert warnings(project, capsys) == [
        f"content/story-a/figures/fig-a.yaml:1:7: warning: the name shows nothing: {first} an empty "
        f"heading on the figure's page, and {links}",
        f"content/story-a/locations/loc-a.yaml:1:7: warning: the name shows nothing: {first} an empty "
        f"heading on the place's page, and {links}",
        f"{STORY}:6:16: warning: the publisher shows nothing: {first} a source without a name in the "
        "list of sources, and its links in the events that cite it show nothing to click; write who "
        "published it",
        f"{STORY}:7:12: warning: the source's title shows nothing: {first} no headline for the source "
        "in the list of sources (with a 'url', a link with nothing to click); write the piece's "
        "headline, or leave 'title' out",
        f"{STORY}:10:11: warning: the update's text shows nothing: {first} the update's date alone; "
        "write what changed",
    ]
