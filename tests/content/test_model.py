"""The model's few behaviours: how an image is addressed, how an event is dated and
ordered, and when a story last changed."""

from __future__ import annotations

import dataclasses

import pytest

from generator.content.dates import PartialDate
from generator.content.model import (
    Event,
    Figure,
    Image,
    Picture,
    PictureFormat,
    Rendition,
    Story,
    version_groups,
)


def event(eid: str, date: PartialDate, **fields: object) -> Event:
    return Event(id=eid, title=eid.title(), date=date, summary="s", **fields)  # type: ignore[arg-type]


def story(published: PartialDate, updated: PartialDate | None = None) -> Story:
    return Story(
        id="s",
        title="S",
        summary="s",
        published=published,
        events=(),
        figures={},
        locations={},
        sources={},
        updated=updated,
    )


@pytest.mark.parametrize(
    ("src", "local", "href"),
    [
        ("media/map.png", True, "media/map.png"),
        ("media/a b#1?.png", True, "media/a%20b%231%3F.png"),
        ("media/café.jpg", True, "media/caf%C3%A9.jpg"),
        ("https://example.org/a b.png?x=1#y", False, "https://example.org/a b.png?x=1#y"),
    ],
)
def test_an_images_address(src: str, local: bool, href: str) -> None:
    # Only https:// counts as remote (validation refuses anything else that is not a
    # media path); a local name is percent-encoded so '#', '?' and spaces stay in the name.
    image = Image(src=src, alt="a")
    assert image.is_local is local
    assert image.href == href


@pytest.mark.parametrize(
    ("fields", "when"),
    [
        ({}, "19 April 2010"),
        ({"circa": True}, "c. 19 April 2010"),
        ({"end": PartialDate(2010, 4, 21)}, "19–21 April 2010"),
        ({"end": PartialDate(2010, 4, 19)}, "19 April 2010"),
        ({"end": PartialDate(2010, 5, 2), "circa": True}, "c. 19 April – 2 May 2010"),
        ({"display_date": "Spring 2010", "circa": True}, "Spring 2010"),
    ],
)
def test_when_an_event_happened_as_readers_see_it(fields: dict[str, object], when: str) -> None:
    assert event("e", PartialDate(2010, 4, 19), **fields).when == when


def test_a_story_last_changed_when_updated_else_when_published() -> None:
    published = PartialDate(2020, 1, 2)
    assert story(published).last_changed is published
    updated = PartialDate(2021, 3)
    assert story(published, updated).last_changed is updated


def test_a_storys_pages_are_in_its_own_language_else_the_sites() -> None:
    own = dataclasses.replace(story(PartialDate(2020, 1, 2)), language="fr")
    assert own.pages_language("en") == "fr"
    assert story(PartialDate(2020, 1, 2)).pages_language("de") == "de"


def test_a_portrait_fits_a_shared_link_once_cut_to_its_shape() -> None:
    largest = Rendition("s/pictures/p.jpg.1200.jpg", 1200, 1600)
    portrait = Image(
        "media/p.jpg", "p", picture=Picture(1200, 1600, (PictureFormat("image/jpeg", (largest,)),))
    )
    assert not portrait.fits_a_card  # social sites would cut a slice from its middle
    cut = Rendition("s/pictures/p.jpg.1200x630.top.jpg", 1200, 630)
    assert dataclasses.replace(portrait, focus="top", share=cut).fits_a_card
    narrow = Rendition("s/pictures/p.jpg.500x263.top.jpg", 500, 263)
    assert not dataclasses.replace(portrait, focus="top", share=narrow).fits_a_card  # shown blurred


def test_a_panorama_too_wide_for_a_social_sites_cut_does_not_fit_a_shared_link() -> None:
    def landscape(width: int, height: int) -> Image:
        largest = Rendition(f"s/pictures/p.jpg.{width}.jpg", width, height)
        return Image(
            "media/p.jpg", "p", picture=Picture(width, height, (PictureFormat("image/jpeg", (largest,)),))
        )

    assert landscape(1600, 1200).fits_a_card
    assert landscape(1600, 400).fits_a_card  # cut by the social site to 762 x 400
    assert not landscape(1600, 267).fits_a_card  # cut to 508 x 267: shown blurred, the drawn card instead


def test_the_model_is_frozen() -> None:
    image = Image(src="media/a.png", alt="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        image.src = "media/b.png"  # type: ignore[misc]


def test_a_storys_images_are_its_own_its_events_and_its_figures() -> None:
    lead, shown, portrait = (Image(f"media/{n}.jpg", n) for n in ("lead", "shown", "portrait"))
    day = PartialDate(2010, 8, 5)
    told = dataclasses.replace(
        story(day),
        image=lead,
        events=(event("a", day, image=shown), event("b", day)),
        figures={"f": Figure("f", "F", "role", image=portrait), "g": Figure("g", "G", "role")},
    )
    assert list(told.images()) == [lead, shown, portrait]
    assert list(story(day).images()) == []


def test_versions_are_linked_directly_or_through_each_other_in_the_order_given() -> None:
    translates = {"a": None, "b-es": "a", "lone": None, "c-fr": "b-es", "d": "gone", "e": "d"}
    assert version_groups(translates) == [("a", "b-es", "c-fr"), ("d", "e")]
    assert version_groups({"x": "y", "y": "x"}) == [("x", "y")]  # a loop is one story's versions
