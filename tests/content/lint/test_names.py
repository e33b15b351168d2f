"""One person or place in two files, across stories or under two names (``names.py``),
each message exactly; and no warning for different people who share a surname."""

from __future__ import annotations

import dataclasses

import pytest

from generator.content.contentfile import ContentFile
from generator.content.kinds import Kind
from generator.content.lint import names
from generator.content.lint.names import FAR_APART_KM
from generator.content.model import Figure
from tests.conftest import Project, time_limit
from tests.content.lint.said import warnings

OF_ONE = ("may be ", "has a name of ", "is among the names of ")


def said_of_one(project: Project, capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [w for w in warnings(project, capsys) if any(words in w for words in OF_ONE)]


def write_story(
    project: Project,
    sid: str,
    figures: dict[str, str] = {},  # noqa: B006 (read only)
    places: dict[str, str] = {},  # noqa: B006
    extra: str = "",
) -> None:
    """A story ``sid`` with one event naming its ``figures`` and ``places`` (each id to
    its file's text)."""
    project.write(
        f"content/{sid}/story.yaml", f"title: Story {sid}\nsummary: s\npublished: 2020-01-01\n{extra}"
    )
    named = f"figures: [{', '.join(figures)}]\nlocations: [{', '.join(places)}]\n"
    project.write(f"content/{sid}/events/e1.yaml", f"title: T\ndate: 2020-01-01\nsummary: s\n{named}")
    for fid, text in figures.items():
        project.write(f"content/{sid}/figures/{fid}.yaml", text)
    for lid, text in places.items():
        project.write(f"content/{sid}/locations/{lid}.yaml", text)


def test_initials_in_one_story_are_taken_for_the_full_name_in_another(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_story(project, "sismo", {"amlo": "name: AMLO\nrole: President\n"})
    write_story(project, "otis", {"lopez-obrador": "name: Andrés Manuel López Obrador\nrole: President\n"})
    assert said_of_one(project, capsys) == [
        "content/sismo/figures/amlo.yaml:1:7: warning: figure 'amlo' ('AMLO') may be figure 'lopez-obrador' "
        "('Andrés Manuel López Obrador') of story 'otis', content/otis/figures/lopez-obrador.yaml, under "
        "another name (its initials): if they are one person, give both files one id (rename this one "
        "figures/lopez-obrador.yaml, and 'amlo' to 'lopez-obrador' where its events name it), so that each "
        "page links to the other, and give that file 'aliases: [AMLO]'; else give each its full name"
    ]
    # Given one id, the two pages link to each other: nothing more to say.
    project.root.joinpath("content/sismo/figures/amlo.yaml").rename(
        project.root / "content/sismo/figures/lopez-obrador.yaml"
    )
    write_story(project, "sismo", {"lopez-obrador": "name: AMLO\nrole: President\n"})
    assert said_of_one(project, capsys) == []


def test_initials_leave_out_small_words_and_a_part_of_a_name_is_told(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_story(
        project,
        "otis",
        {
            "cfe": "name: CFE\nrole: Utility\n",
            "electricidad": "name: Comisión Federal de Electricidad\nrole: Utility\naliases: [La Comisión]\n",
            "pc": "name: Protección Civil\nrole: Agency\n",
            "cnpc": "name: Coordinación Nacional de Protección Civil\nrole: Agency\n",
        },
    )
    assert said_of_one(project, capsys) == [
        "content/otis/figures/cfe.yaml:1:7: warning: figure 'cfe' ('CFE') may be figure 'electricidad' "
        "('Comisión Federal de Electricidad'), content/otis/figures/electricidad.yaml, under another name "
        "(its initials): if they are one person, name 'electricidad' where the events name 'cfe', and keep "
        "that file, and add 'CFE' to that file's aliases; else give each its full name",
        "content/otis/figures/pc.yaml:1:7: warning: figure 'pc' ('Protección Civil') may be figure 'cnpc' "
        "('Coordinación Nacional de Protección Civil'), content/otis/figures/cnpc.yaml, under another name "
        "(a part of its name): if they are one person, name 'cnpc' where the events name 'pc', and keep that "
        "file, and give that file 'aliases: [Protección Civil]'; else give each its full name",
    ]


def test_the_same_name_in_two_stories_asks_for_one_id_and_an_alias_in_one_story_for_one_file(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_story(project, "sismo", {"sheinbaum": "name: Claudia Sheinbaum\nrole: Mayor\n"})
    write_story(
        project,
        "otis",
        {
            "claudia-sheinbaum": "name: claudia  sheinbaum\nrole: President\n",
            "amlo": "name: AMLO\nrole: President\n",
            "lopez-obrador": "name: López Obrador\nrole: President\naliases: [AMLO]\n",
        },
    )
    assert said_of_one(project, capsys) == [
        "content/otis/figures/amlo.yaml:1:7: warning: figure 'amlo' ('AMLO') is among the names of figure "
        "'lopez-obrador' ('López Obrador'), content/otis/figures/lopez-obrador.yaml: if they are one person, "
        "name 'lopez-obrador' where the events name 'amlo', and keep that file; else give each its own name",
        # Of two alike, the later story's (by folder) is told.
        "content/sismo/figures/sheinbaum.yaml:1:7: warning: figure 'sheinbaum' ('Claudia Sheinbaum') has a "
        "name of figure 'claudia-sheinbaum' ('claudia  sheinbaum') of story 'otis', "
        "content/otis/figures/claudia-sheinbaum.yaml: if they are one person, give both files one id (rename "
        "this one figures/claudia-sheinbaum.yaml, and 'sheinbaum' to 'claudia-sheinbaum' where its events name "
        "it), so "
        "that each page links to the other; else give each its own name",
    ]


def test_people_who_share_a_surname_are_not_taken_for_one(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_story(
        project,
        "sismo",
        {
            "juan": "name: Juan López\nrole: Mayor\n",
            "fidel": "name: Fidel Castro\nrole: Leader\n",
            "ana": "name: Ana\nrole: Witness\n",  # not written as initials are
        },
    )
    write_story(
        project,
        "otis",
        {
            "maria": "name: María López\nrole: Governor\n",
            "raul": "name: Raúl Castro\nrole: Leader\n",
            "anuar": "name: Anuar Navarro Acosta\nrole: Minister\n",
        },
    )
    assert said_of_one(project, capsys) == []


def test_places_of_one_name_far_apart_or_of_two_kinds_are_two(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    write_story(
        project,
        "sismo",
        places={
            "cordoba": "name: Córdoba\ncoordinates: [37.88, -4.78]\n",  # Spain
            "mexico": "name: México\nkind: country\n",
            "acapulco": "name: Acapulco\ncoordinates: [16.85, -99.88]\n",
        },
    )
    write_story(
        project,
        "otis",
        places={
            "cordoba-ar": "name: Córdoba\ncoordinates: [-31.42, -64.18]\n",  # Argentina
            "cdmx": "name: Ciudad de México\nkind: city\n",
            "acapulco-de-juarez": "name: Acapulco de Juárez\ncoordinates: [16.86, -99.89]\n",
        },
    )
    assert FAR_APART_KM < 10_000  # the two Córdobas' distance
    assert said_of_one(project, capsys) == [
        "content/sismo/locations/acapulco.yaml:1:7: warning: location 'acapulco' ('Acapulco') may be location "
        "'acapulco-de-juarez' ('Acapulco de Juárez') of story 'otis', content/otis/locations/"
        "acapulco-de-juarez.yaml, under another name (a part of its name): if they are one place, give both "
        "files one id (rename this one locations/acapulco-de-juarez.yaml, and 'acapulco' to "
        "'acapulco-de-juarez' where its events name it), so that each page links to the other, and give that "
        "file 'aliases: [Acapulco]'; else give each its full name"
    ]


def test_a_translations_files_are_told_of_in_it_not_again_against_the_original(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its versions share their ids: 'cfe' of one against 'electricidad' of the other is
    # what each says in itself already.
    figures = {
        "cfe": "name: CFE\nrole: Utility\n",
        "electricidad": "name: Comisión Federal de Electricidad\nrole: Utility\n",
    }
    write_story(project, "otis", figures)
    write_story(project, "otis-en", figures, extra="language: es\ntranslation_of: otis\n")
    assert [w.split(": warning")[0] for w in said_of_one(project, capsys)] == [
        "content/otis-en/figures/cfe.yaml:1:7",
        "content/otis/figures/cfe.yaml:1:7",
    ]


def test_a_persons_name_that_begins_anothers_is_not_taken_for_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Father and son: a name with more words after it is often a relative's. A part that
    # ends the other's name (a surname as people are called, an agency's short name) is
    # still told; and a place's, which names no relative ('Acapulco de Juárez').
    write_story(
        project,
        "sismo",
        {"slim": "name: Carlos Slim\nrole: Businessman\n", "lopez": "name: López Obrador\nrole: President\n"},
        {"acapulco": "name: Acapulco\n"},
    )
    write_story(
        project,
        "otis",
        {
            "slim-domit": "name: Carlos Slim Domit\nrole: Businessman\n",
            "amlo": "name: Andrés Manuel López Obrador\nrole: President\n",
        },
        {"acapulco-de-juarez": "name: Acapulco de Juárez\n"},
    )
    told = said_of_one(project, capsys)
    assert [w.split(":", 1)[0] for w in told] == [
        "content/sismo/figures/lopez.yaml",
        "content/sismo/locations/acapulco.yaml",
    ]
    assert all("(a part of its name)" in w for w in told)


def test_names_are_matched_in_a_time_in_proportion_to_their_number() -> None:
    # Each name was compared with every other sharing its first word: 2,000 figures named
    # 'Secretaría ...' took 16 s.
    everyone = [
        names._Named(
            f"s{i % 7}",
            Kind.FIGURE,
            f"f{i}",
            Figure(f"f{i}", f"Secretaría de Asuntos N{i} Z{i}", "Agency"),
            ContentFile(f"f{i}", f"content/s{i % 7}/figures/f{i}.yaml", None),
            f"s{i % 7}",
        )
        for i in range(2_000)
    ]
    everyone.append(dataclasses.replace(everyone[0], id="short", thing=Figure("short", "Asuntos N1 Z1", "A")))
    with time_limit(1):
        found = list(names._pairs(everyone))
    assert found == [(2_000, 1, "part")]


def test_one_figure_shared_by_many_stories_is_passed_over_in_a_time_in_proportion_to_them() -> None:
    # A series whose stories share their people, ids and names alike, as editing.md asks:
    # each file was paired with the same figure's file in every other story, each pair
    # then refused as one page already (400 stories of 12 figures: 960,000 pairs, 14 s).
    everyone = [
        names._Named(
            f"s{s}",
            Kind.FIGURE,
            f"f{k}",
            Figure(f"f{k}", f"Person {k} Name", "Role", aliases=(f"P{k}N",)),
            ContentFile(f"f{k}", f"content/s{s}/figures/f{k}.yaml", None),
            f"s{s}",
        )
        for s in range(400)
        for k in range(12)
    ]
    with time_limit(2):
        found = list(names._pairs(everyone))
    assert found == []
