"""``explainer new translation``: a story copied as its version in another language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.commands.check import check_and_lint
from tests.conftest import Project


def translate(*args: str) -> int:
    return main(["new", "translation", *args])


def test_the_copy_keeps_every_file_and_id_and_names_its_language_and_original(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/media/map.png", b"\x89PNG not read here")
    project.write("content/story-a/.notes.txt", "private")
    project.write("content/story-a/events/e1.yaml~", "an editor's backup")
    project.write("content/story-a/_ideas.md", "kept private by its name")
    story = project.root / "content/story-a/story.yaml"
    story.write_text("# The desk's first story\n" + story.read_text())
    assert translate("story-a", "--language", "es") == 0
    out, err = capsys.readouterr()
    assert out == "content/story-a-es/story.yaml\n"
    copy = project.root / "content/story-a-es"
    files = sorted(str(p.relative_to(copy)) for p in copy.rglob("*") if p.is_file())
    assert files == [
        "events/e1.yaml",
        "figures/fig-a.yaml",
        "locations/loc-a.yaml",
        "media/map.png",
        "story.yaml",
    ]
    text = (copy / "story.yaml").read_text()
    assert text.startswith("# The desk's first story\nlanguage: es\ntranslation_of: story-a\ndraft: true\n")
    assert (copy / "events/e1.yaml").read_text() == (
        project.root / "content/story-a/events/e1.yaml"
    ).read_text()
    assert "copied 5 files of 'story-a' into content/story-a-es" in err
    assert "it is a draft (draft: true)" in err
    assert "explainer check lists, file by file, the texts still the same as in 'story-a'" in err
    site, _ = check_and_lint(content="content")
    copied = next(s for s in site.stories if s.id == "story-a-es")
    assert (copied.language, copied.translation_of, copied.draft) == ("es", "story-a", True)


def test_a_story_started_with_new_gets_its_commented_lines_filled_in(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "story", "dam", "--title", "The dam"]) == 0
    assert translate("dam", "--language", "fr", "barrage") == 0  # its own id
    text = (project.root / "content/barrage/story.yaml").read_text()
    assert "\nlanguage: fr " in text and "# the story's language, if not the site's" in text
    assert "\ntranslation_of: dam " in text and "# language: ru" not in text
    assert text.count("draft: true") == 1
    assert yaml.safe_load(text)["translation_of"] == "dam"
    assert translate("dam", "--content", "content", "--language", "de", "damm") == 0  # ID after options
    assert (project.root / "content/damm/story.yaml").is_file()


def test_a_published_original_makes_a_draft_copy(project: Project) -> None:
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "draft: false   # out\nlanguage: en\n")
    assert translate("story-a", "--language", "ru") == 0
    data = yaml.safe_load((project.root / "content/story-a-ru/story.yaml").read_text())
    assert (data["draft"], data["language"], data["translation_of"]) == (True, "ru", "story-a")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["story-b", "--language", "es"], "no story 'story-b' in content to translate; did you mean 'story-a'?"),
        (["story-a", "--language", "esp"], "--language 'esp': did you mean 'es'? (there is no translation"),
        (["story-a", "--language", "spanish"], "is not a language code such as 'en' or 'pt-BR' (BCP 47); "
         "did you mean 'es'?"),
        (["story-a", "--language", "en"], "story 'story-a' is in 'en' itself; give the language to translate it into"),
        (["story-a", "--language", "es", "Story_ES"], "'Story_ES' is not a valid story id"),
        (["story-a", "--language", "es", "search"], "'search' is a name the build needs"),
    ],
)  # fmt: skip
def test_what_cannot_be_translated_is_refused_before_anything_is_written(
    project: Project, capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    before = sorted(os.listdir("content"))
    assert translate(*args) == 2
    assert said in capsys.readouterr().err
    assert sorted(os.listdir("content")) == before


def test_an_existing_target_or_a_language_a_version_is_in_is_refused(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    assert translate("story-a", "--language", "es") == 0
    capsys.readouterr()
    assert translate("story-a", "--language", "ru", "story-a-es") == 2
    assert "content/story-a-es already exists; not overwriting it" in capsys.readouterr().err
    assert translate("story-a", "--language", "es", "otra") == 2
    assert (
        "story 'story-a' has a version in 'es' already: content/story-a-es (translation_of links them)"
        in capsys.readouterr().err
    )
    # Versions are linked through each other, as check links them: the Spanish one's is English.
    assert translate("story-a-es", "--language", "en", "back") == 2
    assert "story 'story-a-es' has a version in 'en' already: content/story-a" in capsys.readouterr().err
    assert not Path("content/otra").exists() and not Path("content/back").exists()


def test_an_original_that_cannot_be_read_is_refused_before_copying(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/story.yaml", "title: [unclosed\n")
    assert translate("story-a", "--language", "es") == 2
    assert "content/story-a/story.yaml cannot be read" in capsys.readouterr().err
    assert not Path("content/story-a-es").exists()


def test_only_a_story_of_the_content_folder_itself_is_copied(
    project: Project, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # An id names a story; a path or a link out of the folder would copy files the project
    # does not hold into it.
    outside = tmp_path / "elsewhere" / "private"
    (outside / "events").mkdir(parents=True)
    (outside / "story.yaml").write_text("title: Private\nsummary: S.\npublished: 2020-01-01\n")
    (outside / "events" / "secret.yaml").write_text("title: Secret\ndate: 2020-01-01\nsummary: S.\n")
    os.symlink(outside, "content/linked")
    for original in (os.path.relpath(outside, "content"), "linked"):
        assert translate(original, "--language", "es", "copy") == 2
        assert "to translate" in capsys.readouterr().err
        assert not Path("content/copy").exists()


def test_a_language_is_one_version_as_cldr_reads_it_and_another_country_is_another(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'en' and 'en-US' were two languages, as were 'pt' and 'pt-BR': a second version a
    reader finds under the same name, in the same words. CLDR's likely subtags read 'en'
    as English of the United States and 'pt' as Portuguese of Brazil; another country's
    ('en-GB', 'pt-PT') is a version of its own."""
    assert translate("story-a", "--language", "en-US", "us") == 2  # the site's, and so story-a's, is 'en'
    assert (
        "story 'story-a' is in 'en' itself (to readers the same language as 'en-US': CLDR reads both as "
        "English of United States ('en-US')); give the language to translate it into"
    ) in capsys.readouterr().err
    assert translate("story-a", "--language", "pt-BR", "br") == 0
    capsys.readouterr()
    assert translate("story-a", "--language", "pt", "pt") == 2
    assert (
        "story 'story-a' has a version in 'pt-BR' already (to readers the same language as 'pt': CLDR reads "
        "both as Portuguese of Brazil ('pt-BR')): content/br"
    ) in capsys.readouterr().err
    assert translate("story-a", "--language", "pt-PT", "pt") == 0
    assert translate("story-a", "--language", "en-GB", "uk") == 0
    assert not Path("content/us").exists()
