"""The ids of imported events: a slide's valid unique_id kept, made unique, and said where
it is changed."""

from __future__ import annotations

from tests.importers.test_convert import run, slide


def test_ids_keep_a_valid_unique_id_and_are_made_unique() -> None:
    story, reports = run(
        slide("2010", "Same", unique_id="kept-as-it-is"),
        slide("2010", "Same", unique_id="Not an id!"),
        slide("2010", "Same"),
        slide("2010", "Same", unique_id=7),
        slide("2011", "Piñera’s visit to Бишкек"),
        slide("2012", "Too long", unique_id="a" * 300),  # it would name a file no disk allows
    )
    assert [e.id for e in story.events] == [
        "kept-as-it-is",
        "2010-same",
        "2010-same-2",
        "2010-same-3",
        "2011-pineras-visit-to-bishkek",
        "2012-too-long",
    ]
    # A unique_id that cannot be an id is said, with what it became: links may use it.
    rule = "cannot be an id (lower-case letters, digits and hyphens, at most 100 characters)"
    assert [r for r in reports if "is a duplicate" not in r] == [
        f"t.json:/events/1/unique_id: unique_id 'Not an id!' {rule}; imported as '2010-same'",
        f"t.json:/events/5/unique_id: unique_id '{'a' * 300}' {rule}; imported as '2012-too-long'",
    ]


def test_a_unique_id_two_slides_share_is_reported_where_it_is_renamed() -> None:
    # An article linking to the second slide (#twin) would need the new id.
    story, reports = run(
        slide("2010", "One", unique_id="twin"),
        slide("2011", "Two", unique_id="twin"),
        slide("2010", "Same"),
        slide("2010", "Same"),  # a made-up id made unique: nothing anyone linked to
    )
    assert sorted(e.id for e in story.events) == ["2010-same", "2010-same-2", "twin", "twin-2"]
    assert [r for r in reports if "is a duplicate" not in r] == [
        "t.json:/events/1/unique_id: unique_id 'twin' is another slide's too; imported as 'twin-2'"
    ]
