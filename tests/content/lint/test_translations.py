"""What is left to translate in a translation (``translations.py``), each message exactly."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.content.lint.translations import reads_the_same
from tests.conftest import Project
from tests.content.lint.said import warnings

ORIGINAL = {
    "content/story-a/story.yaml": """\
        title: Miners trapped in Chile
        summary: Thirty-three miners were trapped underground.
        published: 2010-10-14
        byline: Explainers desk
        sources:
          src-a:
            publisher: Example News
            title: Miners found alive
            url: https://example.org/miners
        unknowns:
          - How long the rescue will take.
        """,
    "content/story-a/events/e1.yaml": """\
        title: The mine collapses
        date: 2010-08-05
        summary: A rockfall seals the miners in.
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        quotes:
          - text: We are well in the shelter, the 33.
            by: fig-a
            source: src-a
        tags: [Copiapó]
        image:
          src: https://example.org/mine.jpg
          alt: The mine's entrance.
          credit: Jane Roe / Example
        """,
    "content/story-a/figures/fig-a.yaml": "name: Luis Urzúa\nrole: The shift foreman\n",
    "content/story-a/locations/loc-a.yaml": (
        "name: San José mine\nkind: mine\ncountry: Chile\ncoordinates: [-27.16, -70.5]\n"
    ),
}

TRANSLATED = {
    "content/story-es/story.yaml": """\
        language: es
        translation_of: story-a
        title: Mineros atrapados en Chile
        summary: Treinta y tres mineros quedaron atrapados bajo tierra.
        published: 2010-10-14
        byline: Explainers desk
        sources:
          src-a:
            publisher: Example News
            title: Miners found alive
            url: https://example.org/miners
        unknowns:
          - Cuánto tardará el rescate.
        """,
    "content/story-es/events/e1.yaml": """\
        title: Se derrumba la mina
        date: 2010-08-05
        summary: Un derrumbe encierra a los mineros.
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        quotes:
          - text: We are well in the shelter, the 33.
            by: fig-a
            source: src-a
        tags: [Copiapó]
        image:
          src: https://example.org/mine.jpg
          alt: La entrada de la mina.
          credit: Jane Roe / Example
        """,
    "content/story-es/figures/fig-a.yaml": "name: Luis Urzúa\nrole: El jefe de turno\n",
    "content/story-es/locations/loc-a.yaml": (
        "name: Mina San José\nkind: mina\ncountry: Chile\ncoordinates: [-27.16, -70.5]\n"
    ),
}


def untranslated(project: Project, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What check says of texts not translated yet (the warnings of other modules left out:
    a picture on another site, a story without events)."""
    return [w for w in warnings(project, capsys) if "not translated yet" in w]


def _write(project: Project, *files: dict[str, str]) -> None:
    project.remove("content/story-a/figures/fig-a.yaml")
    project.remove("content/story-a/locations/loc-a.yaml")
    for found in files:
        for rel, text in found.items():
            project.write(rel, text)


def test_a_translation_done_is_quiet_names_quotes_and_sources_kept(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(project, ORIGINAL, TRANSLATED)
    assert untranslated(project, capsys) == []


def test_each_file_left_says_its_texts_still_the_same_once_at_the_first(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    copied = {rel.replace("story-a", "story-es"): text for rel, text in ORIGINAL.items()}
    copied["content/story-es/story.yaml"] = TRANSLATED["content/story-es/story.yaml"]  # done
    _write(project, ORIGINAL, copied)
    project.write(
        "content/story-es/story.yaml",
        TRANSLATED["content/story-es/story.yaml"].replace(
            "Mineros atrapados en Chile", "Miners trapped in Chile"
        ),
    )
    said = "(the same as in story-a)"
    assert untranslated(project, capsys) == [
        f"content/story-es/events/e1.yaml:1:8: warning: not translated yet: title, summary, image.alt {said}",
        f"content/story-es/figures/fig-a.yaml:2:7: warning: not translated yet: role {said}",
        f"content/story-es/locations/loc-a.yaml:1:7: warning: not translated yet: name, kind {said}",
        f"content/story-es/story.yaml:3:8: warning: not translated yet: title {said}",
    ]


def test_only_a_translation_in_another_language_is_looked_at(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    copied = {rel.replace("story-a", "story-b"): text for rel, text in ORIGINAL.items()}
    _write(project, ORIGINAL, copied)  # a story copied to start another: not a translation
    assert untranslated(project, capsys) == []


def test_a_long_list_is_cut_short_with_a_count(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    unknowns = "".join(f"  - Unknown number {i} of the story.\n" for i in range(1, 11))
    story = "title: T\nsummary: What it is about.\npublished: 2020-01-02\nunknowns:\n" + unknowns
    project.write("content/story-a/story.yaml", story + "sources:\n  src-a:\n    publisher: Example News\n")
    project.write(
        "content/story-fr/story.yaml",
        "language: fr\ntranslation_of: story-a\n"
        + story
        + "sources:\n  src-a:\n    publisher: Example News\n",
    )
    said = untranslated(project, capsys)
    assert said == [
        "content/story-fr/story.yaml:4:10: warning: not translated yet: summary, unknowns[1], unknowns[2], "
        "unknowns[3], unknowns[4], unknowns[5], unknowns[6], unknowns[7] and 3 more (the same as in story-a)"
    ]


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("Bishkek", True),
        ("Roza Otunbayeva", True),
        ("NATO", True),
        ("85", True),
        ("2010–2011", True),
        ("The square", False),
        ("mine", False),
        ("Kant Air Base", False),  # three words: 'Base aérea de Kant'
        ("矿难发生", False),  # no capitals to tell a name by
        # A place's name with the small words that join its parts: a translation into
        # English keeps it, and check --strict (the workflows') could not be passed.
        ("Île de la Cité", True),
        ("Quai de Montebello", True),
        ("Rio de Janeiro", True),
        ("Place de la Concorde", True),
        ("de Gaulle", False),  # a small word first: not between a name's parts
        ("Bay of Pigs", False),  # 'of' joins words to translate: 'Baie des Cochons'
        ("la cathédrale de Paris", False),
        ("Kant de Air Base", False),  # still three words of a name
        # A measure is written so in many languages: a key number's value.
        ("96 m", True),
        ("40\u00a0km", True),
        ("20 °C", True),
        ("3,5 MW", True),
        ("10 ans", False),  # ten years, in French
        ("5 millions", False),
    ],
)
def test_what_reads_the_same_in_any_language(text: str, same: bool) -> None:
    assert reads_the_same(text) is same


def test_what_is_left_to_translate_is_said_beside_errors(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """The warnings that need the whole site waited for every error to be fixed: an editor
    translating who made a mistake in one file lost the list of what was left in the
    others until it was fixed. What is left needs two files' texts and the stories'
    languages, which an error elsewhere leaves as they are."""
    copied = {rel.replace("story-a", "story-es"): text for rel, text in ORIGINAL.items()}
    copied["content/story-es/story.yaml"] = TRANSLATED["content/story-es/story.yaml"]
    copied["content/story-es/figures/fig-a.yaml"] = TRANSLATED["content/story-es/figures/fig-a.yaml"]
    _write(project, ORIGINAL, copied)
    # An error in the translated figure, and in the original's event.
    project.write("content/story-es/figures/fig-a.yaml", "name: Luis Urzúa\nrole: El jefe de turno\nrol: x\n")
    project.write("content/story-a/events/e2.yaml", "title: Later\ndate: 14/10/2010x\nsummary: Rescued.\n")
    assert main(["check"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert any("unknown key 'rol' in figure" in line for line in said), said
    left = [line for line in said if "not translated yet" in line]
    assert left == [
        "content/story-es/events/e1.yaml:1:8: warning: not translated yet: title, summary, image.alt "
        "(the same as in story-a)",
        "content/story-es/locations/loc-a.yaml:1:7: warning: not translated yet: name, kind (the same as in story-a)",
    ]
    # A story whose language is in error is not guessed at.
    project.write(
        "content/story-es/story.yaml",
        TRANSLATED["content/story-es/story.yaml"].replace("language: es", "language: [es]"),
    )
    assert main(["check"]) == 1
    assert "not translated yet" not in capsys.readouterr().err
