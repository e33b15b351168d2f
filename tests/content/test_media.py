"""Media files: which kinds are published, recognised by their content."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from generator.content import media
from tests.conftest import Project

PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)


PNG += struct.pack(">I", zlib.crc32(PNG[12:29]))


def test_allowed_kinds_are_recognised_by_content(tmp_path: Path) -> None:
    (tmp_path / "ok.png").write_bytes(PNG)
    (tmp_path / "fake.png").write_bytes(b"<html><script>alert(1)</script></html>")
    (tmp_path / "page.html").write_bytes(b"<html></html>")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    assert media.problem(str(tmp_path / "ok.png"), 1000) is None
    assert media.problem(str(tmp_path / "doc.pdf"), 1000) is None
    assert media.problem(str(tmp_path / "fake.png"), 1000) == (
        "is not a PNG file: its content is not a kind of file we recognise; export or save it again as .png"
    )
    (tmp_path / "empty.jpg").write_bytes(b"")  # a copy that went wrong: nothing to recognise
    assert media.problem(str(tmp_path / "empty.jpg"), 1000) == "is empty (0 bytes); copy the file in again"
    assert (media.problem(str(tmp_path / "page.html"), 1000) or "").startswith(
        "media of type '.html' are not published; use one of .avif, "
    )
    assert media.problem(str(tmp_path / "ok.png"), 10) == (
        "is 33 bytes, over the 10 bytes limit; make the file smaller, or raise 'media_max_mb' in site.yaml"
    )


def test_referenced_media_of_forbidden_kinds_are_errors_at_the_reference(project: Project) -> None:
    project.write("content/story-a/media/page.html", "<script>alert(1)</script>")
    project.write("content/story-a/media/photo.jpg", "<script>alert(1)</script>")
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: See [the page](media/page.html).
        image:
          src: media/photo.jpg
          alt: A photo
        """,
    )
    problems = project.problems()
    assert problems[0] == (
        "content/story-a/events/e1.yaml:3:25: 'summary': 'media/page.html' media of type '.html' are not "
        "published; use one of .avif, .flac, .gif, .jpeg, .jpg, .m4a, .m4v, .mov, .mp3, .mp4, .oga, "
        ".ogg, .opus, .pdf, .png, .svg, .wav, .webm, .webp"
    )
    assert problems[1:] == [
        "content/story-a/events/e1.yaml:5:8: 'image.src': 'media/photo.jpg' is not a JPG file: its "
        "content is not a kind of file we recognise; export or save it again as .jpg",
    ]


def test_a_git_lfs_pointer_is_told_as_a_file_never_downloaded(tmp_path: Path) -> None:
    # A newsroom keeping media in Git LFS, cloned without it: each file is a pointer.
    pointer = (
        b"version https://git-lfs.github.com/spec/v1\n"
        b"oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n"
    )
    for name in ("photo.jpg", "report.pdf", "map.svg"):
        (tmp_path / name).write_bytes(pointer)
        said = media.problem(str(tmp_path / name), 1000) or ""
        assert said.startswith("is a placeholder for a file kept in Git LFS, not the file itself"), said
        assert "git lfs pull" in said


def test_a_picture_saved_under_another_kinds_name_is_told_its_name(tmp_path: Path) -> None:
    (tmp_path / "biden.jpg").write_bytes(PNG)
    assert media.problem(str(tmp_path / "biden.jpg"), 1000) == (
        "is not a JPG file: it is a PNG file ('image/png'); rename it to 'biden.png'"
    )


def test_the_media_size_limit_is_set_in_site_yaml(project: Project) -> None:
    project.write("content/site.yaml", "title: Test site\nmedia_max_mb: 1\n")
    project.write("content/story-a/media/big.png", PNG + b"\0" * 1_000_000)
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: See ![it](media/big.png).\n",
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:3:20: 'summary': 'media/big.png' is 1,000,033 bytes, over the "
        "1 MB limit; make the file smaller, or raise 'media_max_mb' in site.yaml"
    ]
    project.write("content/site.yaml", "title: Test site\nmedia_max_mb: 0\n")
    assert project.problems()[0] == (
        "content/site.yaml:2:15: 'media_max_mb' must be a whole number from 1 to 2000, got '0'"
    )
