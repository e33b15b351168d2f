"""The files a build publishes as they are: the theme's assets without what is kept
private, and media files refused, not published, when they have become unsafe since the
check."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import ContentError
from generator.output import copying
from generator.render.versions import version_of
from tests.conftest import TEMPLATES, Project, site_files


def test_the_themes_assets_are_copied_without_dot_files_or_backups(project: Project) -> None:
    for name in ("home", "404", "story", "event", "figure", "location", "_event"):
        project.write(f"templates/{name}.html", "{{ page_path }}")
    project.write("templates/assets/site.css", "body{}")
    project.write("templates/assets/_print.css", "@media print{}")
    project.write("templates/assets/img/logo.svg", "<svg/>")
    project.write("templates/assets/.secret", "token")
    project.write("templates/assets/site.css~", "an editor's backup")
    project.write("templates/assets/#site.css#", "an editor's autosave")
    pipeline.build(pipeline.Project("content", "templates"), "site")
    files = site_files(project.root / "site")
    assert {p: d for p, d in files.items() if p.startswith("assets/")} == {
        "assets/_print.css": b"@media print{}",
        "assets/img/logo.svg": b"<svg/>",
        "assets/site.css": b"body{}",
    }


def test_the_themes_stylesheets_are_published_without_their_comments_and_versioned_so(
    project: Project,
) -> None:
    shutil.copytree(TEMPLATES, "templates")
    project.write("templates/assets/css/Print.CSS", "/* for paper */\n@media print { a { color: #000; } }\n")
    project.write("templates/assets/share.js", "/* a script's comment */\nlet a = 1;\n")
    project.write("templates/assets/notes.txt", "/* not a stylesheet */\n")
    assets = copying.read_assets("templates")
    assert assets["css/Print.CSS"] == b"@media print { a { color: #000; } }\n"
    assert assets["share.js"] == b"/* a script's comment */\nlet a = 1;\n"  # scripts as written
    assert assets["notes.txt"] == b"/* not a stylesheet */\n"
    theme_css = Path("templates/assets/style.css").read_bytes()
    assert b"/*" not in assets["style.css"] and len(assets["style.css"]) < 0.8 * len(theme_css)
    pipeline.build(pipeline.Project("content", "templates"), "site")
    published = site_files(project.root / "site")
    assert published["assets/style.css"] == assets["style.css"]
    # the pages name the version of the bytes published, not of the theme's file
    assert f"style.css?v={version_of(assets['style.css'])}".encode() in published["index.html"]


def test_a_theme_asset_that_is_a_link_to_a_hidden_file_of_the_theme_fails_the_build(project: Project) -> None:
    # env.txt -> ../.env: a plain name, leading to a file inside the theme, kept private.
    shutil.copytree(TEMPLATES, "templates")
    project.write("templates/.env", "TOKEN=SECRET")
    os.symlink(os.path.abspath("templates/.env"), "templates/assets/env.txt")
    with pytest.raises(ContentError) as caught:
        pipeline.build(pipeline.Project("content", "templates"), "site")
    assert str(caught.value) == (
        "templates/assets/env.txt:1:1: this theme file is a link to a file kept private (a name "
        "starting with '_' or '.', or a backup); put a copy of the file here instead of a link"
    )
    assert not os.path.exists("site")


def test_a_media_file_made_unsafe_after_the_check_is_a_content_error(
    project: Project, tmp_path: Path
) -> None:
    # read_media runs when writing; a file swapped for a link since it was checked is refused there.
    project.write("content/story-a/media/a.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml", "title: E\ndate: 2020-01-01\nsummary: See [it](media/a.pdf).\n"
    )
    site = pipeline.checked_site(pipeline.Project("content", TEMPLATES))
    outside = tmp_path.parent / f"{tmp_path.name}-outside.pdf"
    outside.write_bytes(b"%PDF-1.4\n")
    os.remove("content/story-a/media/a.pdf")
    os.symlink(outside, "content/story-a/media/a.pdf")
    with pytest.raises(ContentError) as caught:
        copying.read_media("content/story-a/media/a.pdf", "content", site)
    assert str(caught.value) == (
        "content/story-a/media/a.pdf:1:1: this media file is a link to a file outside its folder; "
        "put a copy of the file here instead of a link"
    )
    small = dataclasses.replace(site, media_max_bytes=4)
    project.write("content/story-a/media/b.pdf", b"%PDF-1.4\n")
    with pytest.raises(ContentError) as caught:
        copying.read_media("content/story-a/media/b.pdf", "content", small)
    assert (
        str(caught.value)
        == "content/story-a/media/b.pdf:1:1: this media file is 9 bytes, over the 4 bytes limit"
    )
