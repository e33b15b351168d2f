"""Making the model from checked values (``assemble.py``): every field where the model
wants it, events in timeline order, files that failed left out, and with a ``Memo`` the
very same objects for unchanged values."""

from __future__ import annotations

import textwrap

from generator.content import assemble, model
from generator.content.check import Checked, CheckedStory
from generator.content.dates import parse_date
from generator.content.file_check import Values, check_file
from generator.content.kinds import Kind
from generator.content.load import RawStory
from generator.content.remember import FORGETFUL
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.errors import Problem
from generator.speed.incremental import Memo


def checked(text: str, kind: Kind) -> Values:
    """The values of one valid file, as checking hands them on."""
    problems: list[Problem] = []
    root = parse_yaml(textwrap.dedent(text), "f.yaml", problems)
    assert isinstance(root, Mapping) and problems == []
    result = check_file(root, kind)
    assert result.problems == [] and result.values is not None
    return result.values


STORY = """\
    title: Story A
    summary: What it is about.
    published: 2020-01-02
    updated: 2020-02-01
    byline: A. Writer
    unknowns: [Who paid]
    key_numbers:
      - value: 85
        label: dead
        source: wire
    sources:
      wire:
        publisher: Wire
        url: https://wire.example/a
      paper:
        publisher: Paper
    updates:
      - date: 2020-01-20
        text: Added a quote.
      - date: 2020-01-10
        text: The *date* was wrong.
        kind: correction
      - date: 2020-01-20
        text: Added a picture.
    """
LATE = """\
    title: Later
    date: 2020-01-05
    summary: It went on.
    figures: [fig-a]
    locations: [loc-a]
    sources: [wire]
    tags: [politics]
    key: true
    added: 2020-01-06
    quotes:
      - text: We stay.
        by: fig-a
        source: paper
      - text: I saw it.
        by: A passer-by
    image:
      src: photo.jpg
      alt: The square
      credit: Someone
    """
EARLY = "title: Earlier\ndate: 2020-01\nsummary: It began.\ncirca: true\n"
FIGURE = """\
    name: Figure A
    role: Someone involved
    aliases: [FA]
    image:
      src: https://example.org/a.jpg
      alt: A portrait
    """
LOCATION = "name: Place A\nkind: city\ncountry: Nowhere\ncoordinates: [10, 20]\naliases: [PA, Плейс]\n"


def raw_story(story_id: str = "story-a") -> RawStory:
    return RawStory(story_id, f"content/{story_id}", media={"photo.jpg", "unused.png"})


def test_a_story_is_made_with_every_field_where_the_model_wants_it() -> None:
    files: dict[Kind, dict[str, Values | None]] = {
        # ids chosen so that id order is not timeline order, which assemble follows
        Kind.EVENT: {
            "a-later": checked(LATE, Kind.EVENT),
            "b-earlier": checked(EARLY, Kind.EVENT),
            "bad": None,
        },
        Kind.FIGURE: {"fig-a": checked(FIGURE, Kind.FIGURE), "broken": None},
        Kind.LOCATION: {"loc-a": checked(LOCATION, Kind.LOCATION)},
    }
    story = assemble.story(
        raw_story(), checked(STORY, Kind.STORY), files, ["b-earlier", "a-later"], FORGETFUL
    )
    assert story == model.Story(
        id="story-a",
        title="Story A",
        summary="What it is about.",
        published=parse_date("2020-01-02"),
        events=(
            model.Event(
                id="b-earlier", title="Earlier", date=parse_date("2020-01"), summary="It began.", circa=True
            ),
            model.Event(
                id="a-later",
                title="Later",
                date=parse_date("2020-01-05"),
                summary="It went on.",
                figures=("fig-a",),
                locations=("loc-a",),
                sources=("wire",),
                quotes=(
                    model.Quote("We stay.", "fig-a", by_figure=True, source="paper"),
                    model.Quote("I saw it.", "A passer-by", by_figure=False),
                ),
                tags=("politics",),
                image=model.Image("media/photo.jpg", "The square", credit="Someone"),
                key=True,
                added=parse_date("2020-01-06"),
            ),
        ),
        figures={
            "fig-a": model.Figure(
                id="fig-a",
                name="Figure A",
                role="Someone involved",
                aliases=("FA",),
                image=model.Image("https://example.org/a.jpg", "A portrait"),
            )
        },
        locations={
            "loc-a": model.Location(
                id="loc-a",
                name="Place A",
                kind="city",
                country="Nowhere",
                coordinates=(10.0, 20.0),
                aliases=("PA", "Плейс"),
            )
        },
        sources={
            "wire": model.Source(id="wire", publisher="Wire", url="https://wire.example/a"),
            "paper": model.Source(id="paper", publisher="Paper"),
        },
        updated=parse_date("2020-02-01"),
        byline="A. Writer",
        unknowns=("Who paid",),
        key_numbers=(model.KeyNumber(value="85", label="dead", source="wire"),),
        # Latest first; of two on one day, the one listed later. Numbered as listed.
        updates=(
            model.Update(3, parse_date("2020-01-20"), "Added a picture."),
            model.Update(1, parse_date("2020-01-20"), "Added a quote."),
            model.Update(2, parse_date("2020-01-10"), "The *date* was wrong.", model.UpdateKind.CORRECTION),
        ),
        media=frozenset({"photo.jpg", "unused.png"}),
    )
    assert list(story.sources) == ["wire", "paper"]  # in the order story.yaml lists them


def test_the_byline_key_numbers_and_sources_are_typeset_like_headlines_and_names() -> None:
    """In the story's language, a source's headline in its own: straight quotes typed in
    story.yaml were left straight beside the typeset headline (a French byline showed
    "Grand Montréal" among « »)."""
    story_yaml = """\
        title: La grève
        summary: Ce qui se passe.
        published: 2020-01-02
        language: fr
        byline: L'équipe "Grand Montréal"
        key_numbers:
          - value: "1 200"
            label: employés en grève "illimitée"
            note: Selon le "syndicat".
          - value: 75 %
            label: des salariés
        sources:
          wire:
            publisher: L'Agence "Nord"
            title: Why the "strike" goes on
            language: en
          paper:
            publisher: Le Quotidien
            title: La "grève" continue
        """
    files: dict[Kind, dict[str, Values | None]] = {Kind.EVENT: {}, Kind.FIGURE: {}, Kind.LOCATION: {}}
    story = assemble.story(raw_story(), checked(story_yaml, Kind.STORY), files, [], FORGETFUL)
    assert story.byline == "L’équipe «\u202fGrand Montréal\u202f»"
    # The note is Markdown, typeset as it is converted. The value is typeset too: in a
    # narrow box, '1 200' and '75 %' were cut at their spaces.
    assert story.key_numbers == (
        model.KeyNumber(
            "1\u202f200", "employés en grève «\u202fillimitée\u202f»", note='Selon le "syndicat".'
        ),
        model.KeyNumber("75\u202f%", "des salariés"),
    )
    assert story.sources["wire"].publisher == "L’Agence «\u202fNord\u202f»"
    assert story.sources["wire"].title == "Why the “strike” goes on"  # in its own language
    assert story.sources["paper"].title == "La «\u202fgrève\u202f» continue"


def test_a_tag_written_with_its_accents_apart_is_the_tag_written_composed() -> None:
    # 'Café' typed on a Mac ('e' and its accent) and 'Café' typed elsewhere were two tags:
    # the story page's topic filter offered two 'Café', each finding half the events.
    event = checked("title: T\ndate: 2020-01-01\nsummary: S\ntags: [Cafe\u0301, Protest]\n", Kind.EVENT)
    assert assemble.event("e", event, set(), "en").tags == ("Café", "Protest")


def test_with_a_memo_unchanged_values_give_the_very_same_objects() -> None:
    memo = Memo()
    story_values = checked(STORY, Kind.STORY)
    event = checked("title: T\ndate: 2020\nsummary: s\nquotes:\n  - text: Hi\n    by: ann\n", Kind.EVENT)
    figure = checked("name: Ann\nrole: R\n", Kind.FIGURE)

    def build(figures: dict[str, Values | None]) -> model.Story:
        files: dict[Kind, dict[str, Values | None]] = {
            Kind.EVENT: {"e1": event},
            Kind.FIGURE: figures,
            Kind.LOCATION: {},
        }
        story = assemble.story(raw_story(), story_values, files, ["e1"], memo)
        memo.modelled()
        return story

    first = build({})
    again = build({})
    assert again.events[0] is first.events[0] and again.sources["wire"] is first.sources["wire"]
    assert first.events[0].quotes[0].by_figure is False
    # The event file is unchanged, but its speaker is now a figure of the story: a new object.
    named = build({"ann": figure})
    assert named.events[0] is not first.events[0]
    assert named.events[0].quotes[0] == model.Quote("Hi", "ann", by_figure=True)
    assert build({"ann": figure}).figures["ann"] is named.figures["ann"]


def test_the_site_is_made_with_the_story_changed_last_first() -> None:
    empty: dict[Kind, dict[str, Values | None]] = {Kind.EVENT: {}, Kind.FIGURE: {}, Kind.LOCATION: {}}

    def story(story_id: str, published: str) -> CheckedStory:
        values = checked(f"title: {story_id}\nsummary: S.\npublished: {published}\n", Kind.STORY)
        return CheckedStory(raw_story(story_id), values, empty, [])

    stories = (story("b-old", "2019-05-01"), story("c-new", "2021-01-01"), story("a-old", "2019-05-01"))
    site_values = checked(
        "title: The site\nbase_url: https://x.example/\nlanguage: fr\nsearch: false\n", Kind.SITE
    )
    site = assemble.site(Checked(site_values, 1024, "fr", stories))
    # The newest first; stories changed on the same day by id.
    assert [s.id for s in site.stories] == ["c-new", "a-old", "b-old"]
    assert site.stories[0].title == "c-new"
    assert (site.title, site.base_url, site.language) == ("The site", "https://x.example/", "fr")
    assert (site.media_max_bytes, site.searchable, site.description, site.cname) == (1024, False, None, None)


def test_the_sites_title_and_description_are_typeset_in_its_language() -> None:
    english = checked(
        "title: The desk's explainers\ndescription: What's known -- and \"why\"...\n", Kind.SITE
    )
    site = assemble.site(Checked(english, 1024, "en", ()))
    assert site.title == "The desk\u2019s explainers"
    assert site.description == "What\u2019s known \u2013 and \u201cwhy\u201d\u2026"
    french = checked('title: Les "explications"\nlanguage: fr\n', Kind.SITE)
    assert assemble.site(Checked(french, 1024, "fr", ())).title == "Les \u00ab\u202fexplications\u202f\u00bb"
