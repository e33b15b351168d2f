"""The one rule for ignored names and the one safe way to read a project's file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.content import files
from generator.errors import UsageError


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        (".env", True),
        (".#story.yaml", True),
        ("_notes.svg", True),
        ("~lock.yaml", True),
        ("event.yaml~", True),
        ("#event.yaml#", True),
        ("event.yaml.orig", True),  # a merge's leftovers
        ("event.yaml.REJ", True),
        ("Thumbs.db", True),  # what Windows and macOS write beside a user's files
        ("THUMBS.DB", True),
        ("desktop.ini", True),
        ("Icon\r", True),
        ("4913", False),  # Vim's test file, gone at once: a story may be named so (the watcher skips it)
        ("event.yaml", False),
        ("Icon.png", False),
        ("49130.jpg", False),
        ("origami.yaml", False),
        ("photo_1.jpg", False),
        ("a-b.png", False),
    ],
)
def test_ignored_names(name: str, ignored: bool) -> None:
    assert files.is_ignored(name) is ignored


@pytest.mark.parametrize(
    ("name", "ignored"),
    [
        (".story.html.swp", True),
        ("base.html~", True),
        ("#base.html#", True),
        ("~lock.css", True),
        ("style.css.orig", True),  # patch's leftovers, published as they were
        ("style.css.rej", True),
        ("Thumbs.db", True),
        ("Desktop.ini", True),
        ("Icon\r", True),
        ("_macros.html", False),  # a partial
        ("_print.css", False),
        ("style.css", False),
    ],
)
def test_names_the_theme_passes_over(name: str, ignored: bool) -> None:
    assert files.is_ignored_in_theme(name) is ignored


@pytest.mark.parametrize(
    ("name", "saving"),
    [
        ("4913", True),  # Vim's test of a folder
        ("e1.yaml___jb_tmp___", True),  # JetBrains' IDEs
        ("e1.yaml___jb_old___", True),
        ("e1.yaml.vsctmp", True),  # VS Code
        ("style.css.crswap", True),  # a browser's web editor
        ("e1.yaml.bKqZwe", True),  # Qt's QSaveFile (Kate): six letters from Qt 5.10 on
        ("style.css.ab12Cd", True),  # and letters and digits before
        ("e1.yaml.abcde", False),  # not six
        ("e1.yaml.abcdefg", False),
        ("e1.yaml.ab-dEf", False),
        ("notes.backup", False),  # no file's name with its extension before it
        ("2024.03.photos", False),  # a folder of media named by its date
        ("e1.yaml", False),
        ("49130.jpg", False),
        ("jb_tmp.png", False),
        ("e1.yaml.tmp.1234", False),  # no editor's: left to the rules of loading
    ],
)
def test_files_written_only_while_saving(name: str, saving: bool) -> None:
    assert files.is_being_saved(name) is saving
    assert not files.is_ignored(name)  # loading keeps its own rule: gone before it reads


def test_a_regular_file_inside_its_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"hello")
    assert files.read_regular(str(tmp_path / "a.txt"), root=str(tmp_path), limit=10) == b"hello"


def test_a_link_inside_the_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_bytes(b"hello")
    (tmp_path / "link.txt").symlink_to("sub/a.txt")
    assert files.read_regular(str(tmp_path / "link.txt"), root=str(tmp_path), limit=10) == b"hello"


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("token")
    root = tmp_path / "project"
    root.mkdir()
    (root / "logo.png").symlink_to(secret)
    with pytest.raises(files.UnsafeFile, match="link to a file outside"):
        files.read_regular(str(root / "logo.png"), root=str(root), limit=100)
    assert files.place_problem(str(root / "logo.png"), str(root)) == files.LEADS_OUT


def test_a_link_through_a_linked_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.txt").write_text("private")
    root = tmp_path / "project"
    root.mkdir()
    (root / "media").symlink_to(outside)
    with pytest.raises(files.UnsafeFile, match="outside"):
        files.read_regular(str(root / "media" / "a.txt"), root=str(root), limit=100)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path, deadline: None) -> None:
    os.mkfifo(tmp_path / "pipe.jpg")
    with pytest.raises(files.UnsafeFile, match="named pipe"):
        files.read_regular(str(tmp_path / "pipe.jpg"), root=str(tmp_path), limit=100)
    assert files.place_problem(str(tmp_path / "pipe.jpg"), str(tmp_path)) == (
        "is a named pipe (FIFO); only regular files can be used"
    )


def test_a_device_is_refused(tmp_path: Path, deadline: None) -> None:
    with pytest.raises(files.UnsafeFile, match="is a device"):
        files.read_bounded("/dev/zero", 1000)


@pytest.mark.parametrize(
    ("size", "limit", "said"),
    [
        (2_652_360, 1_000_000, "is 2.7 MB, over the 1 MB limit"),
        (63_400_000, 50_000_000, "is 63.4 MB, over the 50 MB limit"),
        (1_000_033, 1_000_000, "is 1,000,033 bytes, over the 1 MB limit"),
        (9, 4, "is 9 bytes, over the 4 bytes limit"),
    ],
)
def test_a_size_over_the_limit_reads_as_an_editor_would_say_it(size: int, limit: int, said: str) -> None:
    assert files.over_limit(size, limit) == said


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.bin").write_bytes(b"x" * 2001)
    with pytest.raises(files.TooLarge, match=r"^is 2,001 bytes, over the 2 KB limit$"):
        files.read_regular(str(tmp_path / "big.bin"), root=str(tmp_path), limit=2000)
    assert files.read_regular(str(tmp_path / "big.bin"), root=str(tmp_path), limit=2001) == b"x" * 2001


def test_walk_lists_files_skips_ignored_names_and_does_not_enter_linked_folders(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.png").write_bytes(b"")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("")
    (tmp_path / "_private.svg").write_text("")
    (tmp_path / "b.pdf").write_bytes(b"")
    outside = tmp_path.parent / (tmp_path.name + "-outside")
    outside.mkdir()
    (outside / "secret.txt").write_text("")
    (tmp_path / "linked").symlink_to(outside)
    listed = {rel: entry.is_symlink() for rel, entry in files.walk_files(str(tmp_path))}
    assert listed == {"a/x.png": False, "b.pdf": False, "linked": True}


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux's /proc tells where an open file is")
def test_a_file_swapped_for_a_link_out_after_its_check_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The race a local user could win: the path passes the check, then becomes a link to
    # a file outside before it is opened. The check is made to pass here, as if the link
    # came just after it; what was opened is looked at again.
    (tmp_path / "project").mkdir()
    (tmp_path / "secret.txt").write_text("SECRET")
    os.symlink(tmp_path / "secret.txt", tmp_path / "project" / "photo.jpg")
    monkeypatch.setattr(files, "_place_problem", lambda real, base, skip=None: None)
    with pytest.raises(files.UnsafeFile, match="outside its folder"):
        files.read_regular(str(tmp_path / "project" / "photo.jpg"), root=str(tmp_path / "project"), limit=100)


@pytest.mark.parametrize(
    ("given", "limit"),
    [(3, 3_000_000), (None, files.MAX_MEDIA_BYTES), (True, files.MAX_MEDIA_BYTES),
     ("3", files.MAX_MEDIA_BYTES), (0, files.MAX_MEDIA_BYTES)],
)  # fmt: skip
def test_the_media_limit_is_read_one_way_by_check_and_the_import(given: object, limit: int) -> None:
    assert files.media_limit(given) == limit


def test_a_missing_content_folder_is_told_the_command_quoted_for_the_shell(tmp_path: Path) -> None:
    folder = str(tmp_path / "my content")
    with pytest.raises(UsageError) as raised:
        files.require_folder(folder, "content")
    command = str(raised.value).split("start one with: ", 1)[1]
    assert command == f"explainer new site --title \"...\" --content '{folder}'"


@pytest.mark.parametrize(
    ("content", "command"),
    [
        ("content", 'explainer new story kyrgyzstan-2010 --title "..."'),
        ("./content/", 'explainer new story kyrgyzstan-2010 --title "..."'),  # the default, written otherwise
        ("my content", "explainer new story kyrgyzstan-2010 --title \"...\" --content 'my content'"),
    ],
)
def test_the_command_a_message_says_to_run_names_the_content_folder_unless_the_default(
    content: str, command: str
) -> None:
    assert files.new_command(content, "story", "kyrgyzstan-2010", '--title "..."') == command


def test_files_reads_nothing_of_the_content_it_is_the_rule_for() -> None:
    # Loading reads every file through this module: it imports none of content's own
    # (it imported load.py, in a function, for the 'explainer new' command it suggests).
    source = Path(files.__file__).read_text(encoding="utf-8")
    assert "generator.content" not in source


def test_the_themes_assets_are_its_assets_folders_files_less_the_names_the_theme_passes_over(
    tmp_path: Path,
) -> None:
    # One listing for the files a build publishes (copying.read_assets) and for those
    # the pages' links to assets are checked against (SiteRenderer.start).
    for rel in (
        "style.css",
        "_partial.css",
        "css/print.css",
        ".env",
        "style.css~",
        "Thumbs.db",
        "css/.x.swp",
    ):
        (tmp_path / "assets" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "assets" / rel).write_text("x", encoding="utf-8")
    (tmp_path / "elsewhere.css").write_text("x", encoding="utf-8")
    assert [rel for rel, _ in files.theme_assets(str(tmp_path))] == [
        "_partial.css",
        "style.css",
        "css/print.css",
    ]
