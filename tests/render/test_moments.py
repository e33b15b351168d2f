"""Key moments: the editor's choice, or a sensible one."""

from __future__ import annotations

from generator.content.dates import PartialDate
from generator.content.model import Event, Image, Quote
from generator.render.moments import key_moments


def event(day: int, **fields: object) -> Event:
    return Event(id=f"e{day:02d}", title="T", date=PartialDate(2020, 1, day), summary="s", **fields)  # type: ignore[arg-type]


def test_the_events_marked_key_in_timeline_order() -> None:
    events = [event(d, key=d in (2, 9)) for d in range(1, 12)]
    assert [e.id for e in key_moments(events)] == ["e02", "e09"]
    assert [e.id for e in key_moments(events[:3])] == ["e02"]  # even in a short story


def test_a_short_story_unmarked_has_none() -> None:
    assert key_moments([event(d) for d in range(1, 6)]) == ()


def test_unmarked_the_latest_and_the_three_that_carry_most() -> None:
    rich: dict[int, dict[str, object]] = {
        3: {"image": Image("media/a.jpg", "A")},
        5: {"body": "More.", "quotes": (Quote("Q", "Someone"),)},
        7: {"figures": ("a", "b", "c")},
        8: {"figures": ("a",)},
    }
    events = [event(d, **rich.get(d, {})) for d in range(1, 11)]
    assert [e.id for e in key_moments(events)] == ["e03", "e05", "e07", "e10"]
    # Of equal weight, the later ones.
    plain = [event(d) for d in range(1, 11)]
    assert [e.id for e in key_moments(plain)] == ["e07", "e08", "e09", "e10"]
