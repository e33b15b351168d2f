"""The kinds of value a key holds (``fieldtypes.py``): what an editor is told each
should be, and the part of the JSON Schema each gives, checked against what check
accepts where the two must agree."""

from __future__ import annotations

import re

import jsonschema
import pytest

from generator.content import fieldtypes
from generator.content.fieldtypes import (
    Choice,
    Field,
    ImageSrc,
    LanguageTag,
    ListOf,
    Record,
    Ref,
    Text,
    article,
    is_raster,
    names_picture,
    picture_types,
)
from generator.i18n import languages


def test_a_or_an_goes_by_the_first_letter_of_each_name_the_schema_has() -> None:
    assert [article(n) for n in ("image", "event", "update", "source", "figure", "location")] == [
        "an",
        "an",
        "an",
        "a",
        "a",
        "a",
    ]
    assert Ref("event").describe() == "an event id"
    assert Ref("figure").describe() == "a figure id"


def test_a_choice_is_described_as_its_words_and_is_an_enum() -> None:
    assert Choice(("update", "correction")).describe() == "'update' or 'correction'"
    assert Choice(("a", "b", "c")).describe() == "'a', 'b' or 'c'"
    assert Choice(("only",)).describe() == "'only'"
    assert Choice(("a", "b")).json_schema() == {"type": "string", "enum": ["a", "b"]}


def test_an_optional_key_may_be_empty_and_a_required_one_is_listed() -> None:
    kind = Field("kind", Choice(("update", "correction")))
    record = Record("update", (Field("text", Text(), True), kind))
    out = record.json_schema()
    assert out["required"] == ["text"] and out["additionalProperties"] is False
    # 'kind:' with nothing after it counts as not given: null is one of its values.
    assert out["properties"]["kind"] == {"type": ["string", "null"], "enum": ["update", "correction", None]}
    validator = jsonschema.Draft202012Validator(out)
    assert validator.is_valid({"text": "x", "kind": None})
    assert not validator.is_valid({"kind": "update"})
    assert record.field("kind") is kind and record.field("nope") is None


def test_a_list_of_ids_may_not_name_one_twice_and_a_list_of_texts_may() -> None:
    ids = jsonschema.Draft202012Validator(ListOf(Ref("figure")).json_schema())
    texts = jsonschema.Draft202012Validator(ListOf(Text()).json_schema())
    assert not ids.is_valid(["ana", "ana"]) and ids.is_valid(["ana", "luis"])
    assert texts.is_valid(["again", "again"])


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("media/wreck.jpg", True),
        ("media/Wreck.JPEG", True),
        ("media/chart.svg", True),
        ("https://example.org/a.png", True),
        ("https://example.org/photo?id=3", True),  # a site names its pictures as it likes
        ("http://example.org/a.png", False),
        ("../other/media/a.jpg", False),
        ("/etc/a.jpg", False),
        ("C:\\photos\\a.jpg", False),
        ("media/notes.pdf", False),
    ],
)
def test_a_picture_is_a_file_of_the_storys_media_by_its_name_or_an_https_address(
    value: str, valid: bool
) -> None:
    assert jsonschema.Draft202012Validator(ImageSrc().json_schema()).is_valid(value) is valid


def test_picture_names_are_told_in_any_case_and_listed_for_editors() -> None:
    assert names_picture("media/A.JPG") and names_picture("https://x.org/p.webp")
    assert not names_picture("media/a.pdf")
    assert is_raster("media/a.PNG") and not is_raster("media/a.svg")
    assert picture_types() == ".jpg, .jpeg, .png, .webp, .avif, .gif or .svg"


@pytest.mark.parametrize("tag", ["en", "pt-BR", "zh-Hans", "zh-TW", "tlh", "fr-CA", "EN"])
def test_a_language_of_the_pages_is_one_with_a_catalog_and_a_quotes_any_tag(tag: str) -> None:
    pages = LanguageTag(interface=True).json_schema()["pattern"]
    anything = LanguageTag().json_schema()["pattern"]
    assert bool(re.search(pages, tag)) is (languages.resolve(tag) is not None)
    assert re.search(anything, tag)


def test_every_kind_of_picture_an_image_may_show_is_published_and_read_by_the_build() -> None:
    # Three lists name picture files: what an ``image:`` may show (here), what media may
    # be published by name and content (media.KINDS) and what the build reads and encodes
    # again (pictures/picture_info.SOURCE_MIME). A kind added to the first alone would pass
    # check and then be refused when published, or not be made smaller.
    from generator.content import media
    from generator.pictures import picture_info

    assert set(fieldtypes.PICTURE_TYPES) <= set(media.ALLOWED)
    for kind in fieldtypes.RASTER_TYPES:
        assert media.KINDS[kind] & set(picture_info.SOURCE_MIME.values()), kind
    assert set(picture_info.SOURCE_MIME.values()) <= set().union(
        *(media.KINDS[kind] for kind in fieldtypes.RASTER_TYPES)
    )
