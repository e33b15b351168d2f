"""A figure file's own warnings (``figures.py``): a name or role quoted with marks that
do not pair.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import Project
from tests.content.lint.said import EVENT, warnings

FIGURE = "content/story-a/figures/fig-a.yaml"


def test_a_name_or_role_with_a_different_quotation_mark_at_each_end(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A curly mark typed at one end and a straight one at the other: YAML keeps both as text.
    project.write(FIGURE, 'name: \u00abMister Five"\nrole: \u201cChairman of the canal authority"\n')
    assert warnings(project, capsys) == [
        f"{FIGURE}:1:7: warning: the name starts with an opening guillemet (\u00ab) and ends with a "
        'straight double quotation mark ("), so readers see it in quotation marks; if it is not a '
        "quotation, leave both marks out (name: Mister Five); if it is, end it with the mark that "
        "closes the first (name: \u00abMister Five\u00bb)",
        f"{FIGURE}:2:7: warning: the role starts with an opening curly quotation mark (\u201c) and ends "
        'with a straight double quotation mark ("), so readers see it in quotation marks; if it is not '
        "a quotation, leave both marks out (role: Chairman of the canal authority); if it is, end it "
        "with the mark that closes the first (role: \u201cChairman of the canal authority\u201d)",
    ]


@pytest.mark.parametrize(
    "role",
    [
        "\u201cThe Iron Lady\u201d",  # pairs as languages write them
        "\u201eDie Eiserne\u201c",
        "\u201eŻelazna\u201d",
        "\u00abLa Dame de fer\u00bb",
        "\u00bbDie Eiserne\u00ab",
        "\u300c鉄の女\u300d",
        "'\"The Iron Lady\"'",  # straight marks, within YAML's own quotes
        'Leader of the \u201cIron\u201d party"',  # a mark at one end only
        "\u201cThe Iron Lady",
        '"\'Abd al-Rahman ibn Saba\u2019"',  # apostrophes as letters: an ʿayn, a hamza
        "\u2019t Hooft'",
    ],
)
def test_a_name_or_role_quoted_as_languages_pair_marks_is_left_alone(
    project: Project, capsys: pytest.CaptureFixture[str], role: str
) -> None:
    project.write(FIGURE, f"name: Figure A\nrole: {role}\n")
    assert warnings(project, capsys) == []


def test_a_title_all_quotation_may_end_with_another_mark(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A headline may be a quotation: only a figure's name and role are looked at.
    event = project.root.joinpath(EVENT).read_text()
    project.write(EVENT, re.sub("title: .*", 'title: \u201cWe will rebuild"', event))
    assert warnings(project, capsys) == []
