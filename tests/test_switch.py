"""Tests of switch.py: one reading of EXPLAINER_SPEED, for the start and the builds."""

from __future__ import annotations

import pytest

from generator import speed, switch
from generator.speed import Fast, Plain


@pytest.mark.parametrize(
    ("value", "on"),
    [
        ("on", True),
        ("1", True),
        ("yes", True),
        ("", True),
        ("off", False),
        ("OFF", False),
        ("0", False),
        ("no", False),
        ("False", False),
    ],
)
def test_the_speed_switch_is_read_once_for_the_start_and_the_builds(
    value: str, on: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(switch.SPEED_SWITCH, value)
    assert switch.speed_enabled() is on
    assert type(speed.for_content("content")) is (Fast if on else Plain)  # the builds read it
    monkeypatch.delenv(switch.SPEED_SWITCH)
    assert switch.speed_enabled()  # on unless switched off
    assert type(speed.for_content("content")) is Fast
