"""Top-level keys set in a content file's text, the rest kept as written (``yamlset.py``)."""

from __future__ import annotations

import yaml

from generator.content.yamlnodes import Mapping, parse_yaml
from generator.content.yamlset import set_keys


def _set(text: str, **values: str) -> str:
    root = parse_yaml(text, "story.yaml", [])
    assert isinstance(root, Mapping)
    return set_keys(text, root, values)


def test_a_value_the_file_has_is_replaced_where_it_is_written_its_comment_kept() -> None:
    text = 'title: "T"\nlanguage: "en"   # the story\'s own\ndraft: false\n'
    done = _set(text, language="es", draft="true")
    assert done == 'title: "T"\nlanguage: es   # the story\'s own\ndraft: true\n'


def test_a_key_the_template_commented_out_is_uncommented_its_comment_in_its_column() -> None:
    text = (
        "# yaml-language-server: $schema=../../docs/schemas/story.schema.json\n"
        "title: T\n"
        "# language: ru                # the story's language, if not the site's\n"
        "# translation_of: story-id    # the id of the story this one translates\n"
        "draft: true\n"
    )
    done = _set(text, language="es", translation_of="chile-miners-2010")
    assert done.splitlines()[2:4] == [
        "language: es                  # the story's language, if not the site's",
        "translation_of: chile-miners-2010 # the id of the story this one translates",
    ]
    assert done.splitlines()[0].startswith("# yaml-language-server")


def test_a_key_the_file_lacks_goes_before_its_first_key_after_its_comments() -> None:
    text = "# Our desk's story\ntitle: T\nsummary: |\n  Two\n  lines.\n"
    done = _set(text, language="es", draft="true")
    assert done == "# Our desk's story\nlanguage: es\ndraft: true\ntitle: T\nsummary: |\n  Two\n  lines.\n"
    assert yaml.safe_load(done) == {"language": "es", "draft": True, "title": "T", "summary": "Two\nlines.\n"}


def test_a_value_over_several_lines_goes_whole() -> None:
    text = "title: T\ntranslation_of:\n  other-story\nsummary: S\n"
    assert _set(text, translation_of="chile") == "title: T\ntranslation_of: chile\nsummary: S\n"


def test_an_empty_value_is_given_one_and_line_endings_are_kept() -> None:
    text = "title: T\r\nlanguage:\r\nsummary: S\r\n"
    assert (
        _set(text, language="es", draft="true") == "draft: true\r\ntitle: T\r\nlanguage: es\r\nsummary: S\r\n"
    )
