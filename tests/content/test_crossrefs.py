"""What a content file refers to in other files (``crossrefs.py``): the links of a
Markdown text, each reported at its own place however the value is written, and read
once; the media files and the story's files they name."""

from __future__ import annotations

import pytest

from generator.commands.check import check_and_lint
from generator.content import markdown_shown
from tests.conftest import Project
from tests.images import tiny_png

EVENT = "content/story-a/events/e1.yaml"


def event(body: str) -> str:
    return "title: An event\ndate: 2020-01-01\nsummary: Text.\n" + body


@pytest.mark.parametrize(
    ("summary", "link", "image"),
    [
        ("See [x](events/nope.yaml) and ![m](media/gone.png).", "3:18", "3:45"),
        ("See\n  [x](events/nope.yaml) and\n  ![m](media/gone.png).", "4:7", "5:8"),
        ("'It''s [x](events/nope.yaml), ''and'' ![m](media/gone.png).'", "3:21", "3:53"),
        ('"Caf\\u00e9 \\"q\\" [x](events/nope.yaml)\\tand ![m](media/gone.png)."', "3:31", "3:59"),
        ('"See \\\n  [x](events/nope.yaml) and\\\n  \\ ![m](media/gone.png)."', "4:7", "5:10"),
        ("|\n  See [x](events/nope.yaml)\n  and ![m](media/gone.png).", "4:11", "5:12"),
        (">-\n  See [x](events/nope.yaml)\n\n    and ![m](media/gone.png).", "4:11", "6:14"),
    ],
    ids=[
        "plain",
        "plain-lines",
        "single-quoted",
        "double-quoted",
        "double-quoted-continued",
        "literal",
        "folded",
    ],
)
def test_a_links_problem_is_reported_where_the_link_is_in_any_style_of_value(
    project: Project, summary: str, link: str, image: str
) -> None:
    # Where the editor's eyes go: not the value's start, however the value is written
    # (escapes and doubled quotes take more columns than the text they make).
    project.write(EVENT, f"title: First event\ndate: 2020-01-01\nsummary: {summary}\n")
    assert project.problems() == [
        f"{EVENT}:{link}: unknown event 'nope' in 'summary'",
        f"{EVENT}:{image}: 'summary': no file 'media/gone.png' in this story",
    ]


def test_alike_problems_in_one_text_are_each_reported_at_their_own_place(project: Project) -> None:
    project.write("content/story-a/media/a b.png", tiny_png())
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        "summary: |\n  See ![a](media/gone.png)\n  ![b](media/gone.png) ![c](<media/a b.png>)\n"
        "  and ![d](<media/a b.png>)\n",
    )
    write_as = "as 'media/a%20b.png' (a space is %20 and '#' is %23 in a link, or the page's link is broken)"
    assert project.problems() == [
        f"{EVENT}:4:12: 'summary': no file 'media/gone.png' in this story",
        f"{EVENT}:5:8: 'summary': no file 'media/gone.png' in this story",
        f"{EVENT}:5:30: 'summary': write the address 'media/a b.png' {write_as}",
        f"{EVENT}:6:13: 'summary': write the address 'media/a b.png' {write_as}",
    ]


def test_a_link_written_with_escapes_of_its_own_is_reported_at_its_place(project: Project) -> None:
    # It was reported at the start of its text: none of the spellings looked for matched.
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        "summary: |\n  See the file\n  [a](media/%2E%2E/other/secret.pdf) and [b](media/gone%2Epng)\n",
    )
    assert [p.split(": '")[0] for p in project.problems()] == [f"{EVENT}:5:7", f"{EVENT}:5:46"]


@pytest.mark.parametrize(
    "text",
    [
        "[a][R](<media/x y.pdf>)",
        "[a] [R](media/x y.pdf)",
        "[R][](../events/e9.yaml)",
        "[a][R](x.pdf)",
        "[a][R](media/x.pdf)",
    ],
)
def test_an_address_after_a_reference_links_second_bracket_is_text_to_check(
    project: Project, text: str
) -> None:
    # The converter reads '[a][R]' (R defined) as a reference link and shows '(...)' as
    # text: check said how to write the address, that the event or file was not there, or
    # that 'x.pdf' lacked its folder, for a text whose page is fine.
    project.write("content/story-a/media/b.pdf", b"%PDF-1.4\n")
    project.write(
        EVENT,
        f"title: First event\ndate: 2020-01-01\nsummary: Hi.\nbody: |\n  {text}\n\n  [R]: media/b.pdf\n",
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "'body'" in str(w)] == []


def test_a_missing_file_is_reported_at_its_link_not_at_text_after_a_reference(project: Project) -> None:
    # '(media/b.pdf)' after '[a][R]' is text: the missing file's link is '[c]' and the definition.
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\nsummary: Hi.\nbody: |\n  [a][R](media/b.pdf) and [c](media/b.pdf)\n\n"
        "  [R]: media/b.pdf\n",
    )
    assert project.problems() == [
        f"{EVENT}:5:31: 'body': no file 'media/b.pdf' in this story",
        f"{EVENT}:7:8: 'body': no file 'media/b.pdf' in this story",
    ]


def test_a_media_name_in_words_code_or_a_description_is_not_taken_for_its_link(project: Project) -> None:
    # Each link was looked for as its text: the first mention in prose, in code or in a
    # picture's description was named instead, and every later link one place too early.
    project.write("content/story-a/media/wreck.jpg", tiny_png())
    project.write(
        EVENT,
        "title: First event\ndate: 2020-01-01\n"
        'summary: "A photo, wreck.jpg: ![Wreck](wreck.jpg) and ![wreck.jpg](wreck.jpg)."\n'
        "body: |\n  The file `media/gone.png` is shown here: ![m](media/gone.png)\n",
    )
    assert project.problems() == [f"{EVENT}:5:49: 'body': no file 'media/gone.png' in this story"]
    project.write("content/story-a/media/gone.png", tiny_png())
    _, warnings = check_and_lint(content="content")
    said = [str(w).split(": ")[0] for w in warnings if "'wreck.jpg'" in str(w)]
    assert said == [f"{EVENT}:3:40", f"{EVENT}:3:68"]


def test_the_links_of_a_text_are_placed_from_one_reading_of_it(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading the text again for each link made a 168 KB text of 7,000 links (from a pull
    # request) take 48 s to check; counting each one's line breaks again, 17 s.
    read: list[str] = []
    as_shown = markdown_shown.as_shown

    def counted(text: str, *, in_place: bool = False, code: bool = True) -> str:
        read.append(text)
        return as_shown(text, in_place=in_place, code=code)

    monkeypatch.setattr(markdown_shown, "as_shown", counted)
    links = "".join(f"\n\n  [a](media/f{i}.jpg)" for i in range(50))
    project.write(EVENT, f"title: First event\ndate: 2020-01-01\nsummary: |\n  `code`{links}\n")
    problems = project.problems()
    assert problems[0] == f"{EVENT}:6:7: 'summary': no file 'media/f0.jpg' in this story"
    assert problems[-1] == f"{EVENT}:104:7: 'summary': no file 'media/f49.jpg' in this story"
    assert len(problems) == 50 and len(read) <= 4  # once by each kind of link looked for


def test_a_link_in_a_quoted_text_that_starts_with_spaces_is_reported_where_it_is(project: Project) -> None:
    # The text is checked without its first spaces; the places are counted with them.
    spaces = " " * 30
    project.write(
        EVENT,
        f'title: First event\ndate: 2020-01-01\nsummary: "{spaces}[a](events/x.yaml) [b](events/x.yaml)"\n',
    )
    assert project.problems() == [
        f"{EVENT}:3:45: unknown event 'x' in 'summary'",
        f"{EVENT}:3:64: unknown event 'x' in 'summary'",
    ]


def test_a_media_problem_in_a_block_of_text_is_at_its_line(project: Project) -> None:
    text = project.root.joinpath(EVENT).read_text().replace("summary: Something happened.\n", "")
    project.write(
        EVENT,
        text + "summary: |\n  Biden tours the wreck.\n\n  He promises money. ![The wreck](media/wreck.jpg)\n"
        "  And ![a map](<media/the map.png>) too. ![Again](media/the%20wreck.jpg)\n",
    )
    assert project.problems() == [
        f"{EVENT}:9:35: 'summary': no file 'media/wreck.jpg' in this story",
        f"{EVENT}:10:17: 'summary': write the address 'media/the map.png' as 'media/the%20map.png' "
        "(a space is %20 and '#' is %23 in a link, or the page's link is broken)",
        f"{EVENT}:10:51: 'summary': no file 'media/the wreck.jpg' in this story",
    ]


def test_a_link_without_media_in_a_block_of_text_is_at_its_line(project: Project) -> None:
    project.write("content/story-a/media/wreck.png", tiny_png())
    text = project.root.joinpath(EVENT).read_text().replace("summary: Something happened.\n", "")
    project.write(
        EVENT, text + "summary: |\n  Biden tours the wreck.\n\n  He promises money. ![The wreck](wreck.png)\n"
    )
    assert project.problems() == []  # a warning: such a file built before, and keeps building
    _, warnings = check_and_lint(content="content")
    assert (
        f"{EVENT}:9:35: warning: 'summary': no file 'wreck.png'; did you mean 'media/wreck.png'? (a link to a "
        "story's file starts with 'media/')"
    ) in map(str, warnings)


def test_a_missing_file_the_page_would_link_is_an_error_however_the_link_is_written(project: Project) -> None:
    # The page links a link's words after code in them, and an address written with an
    # entity, which check's reading of the Markdown does not see: a missing file there
    # was no error, and readers got a broken link. Said where the address is written,
    # or at the text's start ('|') when it is written otherwise.
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n"
        "  See [a `c` [b](media/code.pdf)](media/outer.pdf)\n  and [d](media&#47;entity.pdf).\n",
    )
    project.write("content/story-a/media/outer.pdf", b"%PDF-1.4\n")
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:10: 'summary': no file 'media/entity.pdf' in this story",
        "content/story-a/events/e1.yaml:4:18: 'summary': no file 'media/code.pdf' in this story; "
        "did you mean 'media/outer.pdf'?",
    ]
    project.write("content/story-a/media/code.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/entity.pdf", b"%PDF-1.4\n")
    assert project.problems() == []


def test_a_link_to_a_storys_file_named_with_spaces_is_told_the_id(project: Project) -> None:
    # '[Fig A](figures/Fig A.yaml)' was told of 'figures/Fig', the address up to its first
    # space, and that the story had no figure 'Fig'; the page shows the link's words only.
    project.write(
        EVENT, event("body: Says [Fig A](figures/Fig A.yaml), [x](events/no such.yml), [y](Fig A.yaml).\n")
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:20: warning: 'body': the link to 'figures/Fig A.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
        f"{EVENT}:4:45: warning: 'body': the link to 'events/no such.yml' is shown as its words only; "
        "no event, figure or place 'no such' in this story (a link names one's file: events/<id>.yaml)",
        # Without its folder, it was not told of at all.
        f"{EVENT}:4:70: warning: 'body': the link to 'Fig A.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
    ]


def test_a_link_to_a_storys_file_written_with_a_percent_encoded_space_is_told_the_id(
    project: Project,
) -> None:
    # '[Fig A](figures/fig%20a.yaml)', as a link to a file named with a space is written
    # where a space may not be: told of no figure 'fig%20a', with no file to write, where
    # the same link written with the space was told figures/fig-a.yaml.
    project.write(EVENT, event("body: Says [Fig A](figures/fig%20a.yaml) and [it](Fig%20A.yaml).\n"))
    project.write("content/story-a/events/first-day.yaml", event("figures: [fig-a]\n"))
    figure = "content/story-a/figures/fig-a.yaml"
    project.write(figure, "name: Fig A\nrole: Witness\nsummary: See [it](../events/first%20day.yaml).\n")
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:20: warning: 'body': the link to 'figures/fig%20a.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
        f"{EVENT}:4:51: warning: 'body': the link to 'Fig%20A.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
        f"{figure}:3:19: warning: 'summary': the link to '../events/first%20day.yaml' is shown as its words "
        "only; write it as events/first-day.yaml",
    ]


def test_a_link_to_a_file_named_with_spaces_in_small_letters_is_told_the_id(project: Project) -> None:
    # '[Fig A](fig a.yaml)': its first word, 'fig', is an id; check told of a link to
    # 'fig' leading nowhere and of no figure 'fig', not of the file it names.
    project.write(EVENT, event("body: Says [Fig A](fig a.yaml).\n"))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "the link to" in str(w)] == [
        f"{EVENT}:4:20: warning: 'body': the link to 'fig a.yaml' is shown as its words only; "
        "write it as figures/fig-a.yaml",
    ]
