"""The media files a story names (``media_checks.py``): there, in the right case and
folder, one file everywhere, and pictures that read whole, as check says it at each."""

from __future__ import annotations

import pytest

from generator.commands.check import check_and_lint
from generator.errors import ContentError
from tests.conftest import Project
from tests.content.test_check import EVENT, check_and_lint_problems, event


def test_a_link_to_a_media_file_without_media_says_where_the_file_is(project: Project) -> None:
    project.write("content/story-a/media/wreck.jpg", b"\xff\xd8\xff\xe0")
    project.write(EVENT, event("body: Biden tours it. ![The wreck](wreck.jpg) [The report](report.pdf)\n"))
    assert project.problems() == []  # warnings: such links built before (leading nowhere), and still do
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings if "a link to a story's file" in str(w)) == [
        f"{EVENT}:4:36: warning: 'body': no file 'wreck.jpg'; did you mean 'media/wreck.jpg'? "
        "(a link to a story's file starts with 'media/')",
        f"{EVENT}:4:60: warning: 'body': no file 'report.pdf', nor 'media/report.pdf', in this story "
        "(a link to a story's file starts with 'media/')",
    ]


def test_a_link_in_html_to_a_media_file_without_media_is_said_as_one_in_markdown(project: Project) -> None:
    # The page keeps '<a href="report.pdf">' as it is, leading nowhere, as '[r](report.pdf)'.
    project.write("content/story-a/media/wreck.jpg", b"\xff\xd8\xff\xe0")
    project.write(
        EVENT, event("""body: 'Biden <img alt="w" src="wreck.jpg"> <a href="report.pdf">r</a>'\n""")
    )
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings if "a link to a story's file" in str(w)) == [
        f"{EVENT}:4:32: warning: 'body': no file 'wreck.jpg'; did you mean 'media/wreck.jpg'? "
        "(a link to a story's file starts with 'media/')",
        f"{EVENT}:4:53: warning: 'body': no file 'report.pdf', nor 'media/report.pdf', in this story "
        "(a link to a story's file starts with 'media/')",
    ]


def test_images_must_exist_under_media(project: Project) -> None:
    project.write("content/story-a/media/photo.jpg", b"jpeg")
    project.write(EVENT, event("image:\n  src: media/fhoto.jpg\n  alt: A photo\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src': no file 'media/fhoto.jpg' in this story; did you mean 'media/photo.jpg'?"
    ]


def test_a_media_name_that_differs_only_in_case_is_suggested(project: Project) -> None:
    project.write("content/story-a/media/note.png", b"png")
    project.write("content/story-a/media/Nate.PNG", b"png")
    project.write(EVENT, event("image:\n  src: media/Note.PNG\n  alt: A note\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src': no file 'media/Note.PNG' in this story; did you mean 'media/note.png'?"
    ]


def test_the_media_folder_named_in_capitals_is_told_to_be_written_small(project: Project) -> None:
    # 'Media/Photo.JPG' finds the file on a Mac, not on the site's server: a picture or a
    # link so written was published broken, the warning suggesting 'media/Media/Photo.JPG'.
    project.write("content/story-a/media/photo.jpg", b"jpeg")
    project.write(EVENT, event("body: See ![The square](Media/Photo.JPG) and [it](MEDIA/photo.jpg).\n"))
    assert project.problems() == []  # warnings: such links built before (leading nowhere), and still do
    _, warnings = check_and_lint(content="content")
    assert sorted(str(w) for w in warnings if "small letters" in str(w)) == [
        f"{EVENT}:4:25: warning: 'body': no file 'Media/Photo.JPG' in this story; did you mean "
        "'media/photo.jpg'? (the folder is 'media', in small letters: the site's server tells capitals apart)",
        f"{EVENT}:4:51: warning: 'body': no file 'MEDIA/photo.jpg' in this story; did you mean "
        "'media/photo.jpg'? (the folder is 'media', in small letters: the site's server tells capitals apart)",
    ]
    project.write(EVENT, event("image:\n  src: Media/Photo.JPG\n  alt: A photo\n"))
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src': no file 'Media/Photo.JPG' in this story; did you mean 'media/photo.jpg'?"
    ]


def damaged_webp() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((400, 300), 50).convert("RGB").save(out, "WEBP")
    return out.getvalue()[: len(out.getvalue()) // 2]


def test_a_damaged_picture_a_text_links_is_told_at_the_link_in_the_image_fields_words(
    project: Project,
) -> None:
    # The build publishes a linked JPEG, PNG or GIF without its metadata and without
    # decoding it: a cut-off one went out as it was, with no word. A damaged WebP must be
    # decoded to be published, so it stopped the build after check had passed.
    from tests.images import photo, truncated

    project.write("content/story-a/media/cut.jpg", truncated(photo(800, 600)))
    project.write("content/story-a/media/notes.jpg", "Notes for the photo desk.\n")
    project.write("content/story-a/media/cut.webp", damaged_webp())
    body = "sources: [src-a]\nbody: |\n  The [full photo](media/cut.jpg), ![notes](media/notes.jpg)\n"
    project.write(EVENT, event(body + "  and [the other](media/cut.webp).\n"))
    assert [str(p) for p in check_and_lint_problems("content")] == [
        f"{EVENT}:6:45: 'body': 'media/notes.jpg' is not a JPG file: its content is not a kind of "
        "file we recognise; export or save it again as .jpg",
        f"{EVENT}:7:19: 'body': 'media/cut.webp' cannot be read as a picture (could not create "
        "decoder object); is the file damaged?",
    ]
    # Built before, and so still built: a warning, which check --strict refuses.
    project.write("content/story-a/media/notes.jpg", photo(80, 60))
    project.write(EVENT, event(body))
    assert project.problems() == []
    _, warnings = check_and_lint(content="content")
    [told] = [str(w) for w in warnings if "media/" in str(w)]
    assert told.startswith(
        f"{EVENT}:6:20: warning: 'body': 'media/cut.jpg' cannot be read as a picture (image file is truncated"
    )
    assert told.endswith("; is the file damaged?")


def test_a_damaged_picture_an_image_field_shows_is_told_there_not_at_its_links(project: Project) -> None:
    from tests.images import photo, truncated

    project.write("content/story-a/media/cut.jpg", truncated(photo(800, 600)))
    project.write(
        EVENT,
        event(
            "sources: [src-a]\nbody: '[The full photo](media/cut.jpg)'\nimage:\n  src: media/cut.jpg\n  alt: A\n"
        ),
    )
    errors = [str(p) for p in check_and_lint_problems("content")]
    assert len(errors) == 1 and errors[0].startswith(
        f"{EVENT}:7:8: 'image.src': 'media/cut.jpg' cannot be read"
    )


def test_a_field_naming_one_of_two_media_files_that_are_one_file_elsewhere_says_so(project: Project) -> None:
    # 'photo.gif' is there, but left out with 'Photo.gif' beside it: the field was told
    # "no file 'media/photo.gif' in this story; did you mean 'media/Photo.gif'?".
    project.write("content/story-a/media/Photo.gif", b"GIF89a")
    project.write("content/story-a/media/photo.gif", b"GIF89a")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml", event + "image:\n  src: media/photo.gif\n  alt: A photo\n"
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:8:8: 'image.src': 'media/photo.gif' is left out, as it and "
        "'media/Photo.gif' are one file on some systems (said at the file); rename one, and write its "
        "new name here",
        "content/story-a/media/photo.gif:1:1: 'media/photo.gif' and 'media/Photo.gif' differ only in "
        "upper and lower case, so they are one file on Windows and macOS; rename one",
    ]


def test_a_media_file_that_is_a_link_out_of_its_story_is_refused_where_it_is_named(project: Project) -> None:
    # Refused at the file, the link was left out of the story's media: a field naming it
    # was told there is no such file, which the editor can see is false.
    project.write("outside.png", b"\x89PNG\r\n\x1a\n")
    media = project.root / "content/story-a/media"
    media.mkdir(parents=True)
    (media / "linked.png").symlink_to(project.root / "outside.png")
    project.write(
        EVENT,
        event("image:\n  src: media/linked.png\n  alt: A chart\nbody: '[The chart](media/linked.png)'\n"),
    )
    assert project.problems() == [
        f"{EVENT}:5:8: 'image.src': 'media/linked.png' is there but refused (said at the file)",
        f"{EVENT}:7:20: 'body': 'media/linked.png' is there but refused (said at the file)",
        "content/story-a/media/linked.png:1:1: this file is a link to a file outside its folder; put a copy "
        "of the file here instead of a link",
    ]


def test_a_link_without_its_folder_to_a_refused_media_file_says_the_file_is_there(project: Project) -> None:
    # Named without 'media/', a refused file was told "no file 'linked.png', nor
    # 'media/linked.png', in this story": the editor can see that file is there.
    project.write("outside.png", b"\x89PNG\r\n\x1a\n")
    media = project.root / "content/story-a/media"
    media.mkdir(parents=True)
    (media / "linked.png").symlink_to(project.root / "outside.png")
    project.write(EVENT, event("body: '[The chart](linked.png) and [again](Media/linked.png)'\n"))
    with pytest.raises(ContentError) as stopped:  # the link out of its folder is an error at the file
        check_and_lint(content="content")
    assert sorted(str(w) for w in stopped.value.warnings if "body" in str(w)) == [
        f"{EVENT}:4:20: warning: 'body': no file 'linked.png'; 'media/linked.png' is there but refused (said "
        "at the file), and a link to a story's file starts with 'media/'",
        f"{EVENT}:4:44: warning: 'body': no file 'Media/linked.png'; 'media/linked.png' is there but refused "
        "(said at the file), and a link to a story's file starts with 'media/'",
    ]


def _gif_of(width: int, height: int) -> bytes:
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (width, height), (200, 90, 30)).save(out, "GIF")
    return out.getvalue()


def test_a_picture_too_small_to_show_anything_is_warned_of_at_its_field(project: Project) -> None:
    # A 1 x 1 GIF (a web page's tracking pixel saved instead of the photo) went out
    # without a word, stretched to the thumbnail's width; 16 pixels on a side is enough.
    project.write("content/story-a/media/pixel.gif", _gif_of(1, 1))
    project.write("content/story-a/media/icon.gif", _gif_of(16, 16))
    project.write(EVENT, event("image:\n  src: media/pixel.gif\n  alt: Smoke over Lahaina\n"))
    assert project.problems() == []  # it builds, as it did
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "pixels" in str(w)] == [
        f"{EVENT}:5:8: warning: 'image.src': 'media/pixel.gif' is 1 x 1 pixels, too small to show readers "
        "anything (a web page's tracking pixel or a placeholder saved instead of the picture?); put the "
        "picture itself in media/"
    ]
    project.write(EVENT, event("image:\n  src: media/icon.gif\n  alt: Smoke over Lahaina\n"))
    _, warnings = check_and_lint(content="content")
    assert [str(w) for w in warnings if "pixels" in str(w)] == []
