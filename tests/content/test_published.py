"""What a build publishes: drafts and everything only they use are left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.commands.build import build
from generator.content.fieldtypes import IdMap, ListOf, Record, Text
from generator.content.published import with_published_events_only
from generator.content.schema import FILES
from generator.pipeline import Project as PipelineProject
from generator.pipeline import checked_site
from tests.conftest import TEMPLATES, Project, site_files
from tests.images import tiny_png

PNG = tiny_png()


def _write_story_with_a_draft(project: Project) -> None:
    for name in ("public.png", "draft.png", "unused.png", "linked.png", "figure.png"):
        project.write(f"content/story-a/media/{name}", PNG)
    project.write("content/story-a/media/.env", "SECRET=1")
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: Something happened; see ![it](media/linked.png) and [the report](media/report.pdf).
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        image:
          src: media/public.png
          alt: A picture
        """,
    )
    project.write(
        "content/story-a/events/e2.yaml",
        """\
        title: Secret meeting
        date: 2020-01-05
        summary: Not cleared yet.
        draft: true
        figures: [fig-secret, fig-a]
        locations: [loc-secret]
        sources: [src-secret]
        image:
          src: media/draft.png
          alt: Not cleared
        """,
    )
    project.write(
        "content/story-a/figures/fig-secret.yaml",
        "name: Hidden Person\nrole: Whistleblower\nimage:\n  src: media/figure.png\n  alt: Face\n",
    )
    project.write("content/story-a/locations/loc-secret.yaml", "name: Safe House\ncoordinates: [1, 2]\n")
    project.write(
        "content/story-a/story.yaml",
        """\
        title: Story A
        summary: What story A is about.
        published: 2020-01-02
        sources:
          src-a:
            publisher: Example News
          src-secret:
            publisher: Confidential Memo
        """,
    )


def test_nothing_only_a_draft_uses_is_published(project: Project) -> None:
    _write_story_with_a_draft(project)
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    everything = b"".join(files.values())
    for secret in (
        b"Secret meeting",
        b"Hidden Person",
        b"Whistleblower",
        b"Safe House",
        b"Confidential Memo",
    ):
        assert secret not in everything, secret
    assert not any("secret" in path for path in files)
    # Pictures of image: fields are published as their renditions; a file a text links
    # to, as it is.
    assert sorted(p for p in files if "/media/" in p or "/pictures/" in p) == [
        "story-a/media/linked.png",
        "story-a/media/report.pdf",
        "story-a/pictures/linked.png.1.png",  # shown in a text: by its renditions
        "story-a/pictures/linked.png.1.webp",
        "story-a/pictures/public.png.1.png",
        "story-a/pictures/public.png.1.webp",
    ]
    assert b"Figure A" in files["story-a/index.html"] and b"Place A" in files["story-a/index.html"]


def test_with_drafts_everything_used_is_published_and_nothing_unused(project: Project) -> None:
    _write_story_with_a_draft(project)
    build(content="content", templates=TEMPLATES, out="site", drafts=True)
    files = site_files(project.root / "site")
    assert b"Hidden Person" in files["story-a/index.html"]
    assert sorted(p for p in files if "/media/" in p or "/pictures/" in p) == [
        "story-a/media/linked.png",
        "story-a/media/report.pdf",
        "story-a/pictures/draft.png.1.png",
        "story-a/pictures/draft.png.1.webp",
        "story-a/pictures/figure.png.1.png",
        "story-a/pictures/figure.png.1.webp",
        "story-a/pictures/linked.png.1.png",
        "story-a/pictures/linked.png.1.webp",
        "story-a/pictures/public.png.1.png",
        "story-a/pictures/public.png.1.webp",
    ]


def test_a_file_only_an_unused_link_definition_names_is_not_published(project: Project) -> None:
    # A document kept back until an embargo lifts, its link written ahead as a definition
    # that no link uses yet: the page shows nothing of it, but the file was published.
    project.write("content/story-a/media/report.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/map.pdf", b"%PDF-1.4\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    summary = "summary: 'See [the map][Map].\n\n  [map]: media/map.pdf\n\n  [report]: media/report.pdf'\n"
    project.write("content/story-a/events/e1.yaml", event.replace("summary: Something happened.\n", summary))
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    assert sorted(p for p in files if "/media/" in p) == ["story-a/media/map.pdf"]
    assert b'href="../../../story-a/media/map.pdf"' in files["story-a/events/e1/index.html"]


def test_media_names_with_spaces_and_hashes_get_working_links(project: Project) -> None:
    project.write("content/story-a/media/north map #1.png", PNG)
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: Something happened.
        image:
          src: "media/north map #1.png"
          alt: A map
        """,
    )
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    assert files["story-a/pictures/north map #1.png.1.png"].startswith(b"\x89PNG")
    page = files["story-a/events/e1/index.html"].decode()
    assert 'src="../../../story-a/pictures/north%20map%20%231.png.1.png"' in page


def _markdown_fields(kind: object, at: str) -> Iterator[str]:
    """Where the schema has a Markdown field, inside ``kind`` (a file's record, or a type)."""
    if isinstance(kind, Text) and kind.markdown:
        yield at
    elif isinstance(kind, ListOf):
        yield from _markdown_fields(kind.item, f"{at}[]")
    elif isinstance(kind, IdMap):
        yield from _markdown_fields(kind.value, f"{at}{{}}")
    elif isinstance(kind, Record):
        for field in kind.fields:
            yield from _markdown_fields(field.type, f"{at}.{field.name}")


LINKED_FROM_EVERY_MARKDOWN_FIELD = {
    "story.summary": "story.yaml",
    "story.unknowns[]": "story.yaml",
    "story.key_numbers[].note": "story.yaml",
    "story.updates[].text": "story.yaml",
    "story.image.caption": "story.yaml",
    "event.summary": "events/e1.yaml",
    "event.body": "events/e1.yaml",
    "event.quotes[].text": "events/e1.yaml",
    "event.image.caption": "events/e1.yaml",
    "event.removed.reason": "events/e2.yaml",
    "figure.summary": "figures/fig-a.yaml",
    "figure.image.caption": "figures/fig-a.yaml",
    "location.summary": "locations/loc-a.yaml",
}


def test_media_linked_from_every_markdown_field_of_the_schema_are_published(project: Project) -> None:
    # The build publishes what published.markdown_texts finds linked; a Markdown field
    # added to the schema but not to it would publish a page whose link is broken. Each
    # field here links to a file of its own; a new field fails the first assertion.
    fields = {path for kind, record in FILES.items() for path in _markdown_fields(record, kind)}
    assert fields == set(LINKED_FROM_EVERY_MARKDOWN_FIELD)
    for name in ("pic.png", *(f"{f}.pdf" for f in fields)):
        project.write(f"content/story-a/media/{name}", PNG if name.endswith(".png") else b"%PDF-1.4\n")

    def link(field: str) -> str:
        return f'"[x](media/{field}.pdf)"'

    project.write(
        "content/story-a/story.yaml",
        f"""\
        title: Story A
        summary: {link("story.summary")}
        published: 2020-01-02
        unknowns: [{link("story.unknowns[]")}]
        key_numbers:
          - {{value: "3", label: days, note: {link("story.key_numbers[].note")}}}
        updates:
          - {{date: 2020-01-03, text: {link("story.updates[].text")}}}
        image: {{src: media/pic.png, alt: A, caption: {link("story.image.caption")}}}
        sources:
          src-a: {{publisher: Example News}}
        """,
    )
    project.write(
        "content/story-a/events/e1.yaml",
        f"""\
        title: First event
        date: 2020-01-01
        summary: {link("event.summary")}
        body: {link("event.body")}
        quotes:
          - {{text: {link("event.quotes[].text")}, by: fig-a}}
        image: {{src: media/pic.png, alt: A, caption: {link("event.image.caption")}}}
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        """,
    )
    project.write(
        "content/story-a/events/e2.yaml",
        f"""\
        title: An event taken out
        date: 2020-01-01
        summary: Never shown.
        removed: {{date: 2020-01-04, reason: {link("event.removed.reason")}}}
        """,
    )
    project.write(
        "content/story-a/figures/fig-a.yaml",
        f"""\
        name: Person A
        role: Witness
        summary: {link("figure.summary")}
        image: {{src: media/pic.png, alt: A, caption: {link("figure.image.caption")}}}
        """,
    )
    project.write(
        "content/story-a/locations/loc-a.yaml", f"name: Place A\nsummary: {link('location.summary')}\n"
    )
    build(content="content", templates=TEMPLATES, out="site")
    published = set(site_files(project.root / "site"))
    assert {f"story-a/media/{f}.pdf" for f in fields} <= published


def _write_story_with_an_event_taken_out(project: Project) -> None:
    """Story A with e1 published and e2 taken out: e2 alone names a figure, a place and a
    source, shows a picture and links a report; its reason links a statement."""
    for name in ("public.png", "gone.png"):
        project.write(f"content/story-a/media/{name}", PNG)
    project.write("content/story-a/media/gone.pdf", b"%PDF-1.4\n")
    project.write("content/story-a/media/statement.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: Something happened, and [another thing](events/e2.yaml).
        figures: [fig-a]
        locations: [loc-a]
        sources: [src-a]
        image: {src: media/public.png, alt: A picture}
        """,
    )
    project.write(
        "content/story-a/events/e2.yaml",
        """\
        title: Second blast
        date: 2020-01-05
        summary: Unconfirmed words; see [the leak](media/gone.pdf).
        body: More unconfirmed words.
        figures: [fig-gone]
        locations: [loc-gone]
        sources: [src-gone]
        tags: [rumour-tag]
        quotes:
          - {text: Quoted words, by: fig-gone}
        image: {src: media/gone.png, alt: Unconfirmed picture, credit: Someone}
        removed:
          date: 2020-01-06
          reason: We could not confirm it ([our statement](media/statement.pdf)).
        """,
    )
    project.write("content/story-a/figures/fig-gone.yaml", "name: Named Witness\nrole: Neighbour\n")
    project.write("content/story-a/locations/loc-gone.yaml", "name: Back Street\ncoordinates: [1, 2]\n")
    project.write(
        "content/story-a/story.yaml",
        """\
        title: Story A
        summary: What story A is about.
        published: 2020-01-02
        sources:
          src-a: {publisher: Example News}
          src-gone: {publisher: Anonymous Blog}
        updates:
          - date: 2020-01-06
            kind: correction
            text: We took out [the second blast](events/e2.yaml).
        """,
    )


def test_nothing_only_an_event_taken_out_uses_is_published_even_with_drafts(project: Project) -> None:
    _write_story_with_an_event_taken_out(project)
    for drafts in (False, True):  # taken out is not a draft: the preview shows what readers get
        build(content="content", templates=TEMPLATES, out="site", drafts=drafts)
        files = site_files(project.root / "site")
        everything = b"".join(files.values())
        for secret in (
            b"Unconfirmed words",
            b"Quoted words",
            b"Named Witness",
            b"Neighbour",
            b"Back Street",
            b"Anonymous Blog",
            b"rumour-tag",
            b"Unconfirmed picture",
        ):
            assert secret not in everything, (secret, drafts)
        assert not any("gone" in path for path in files), drafts
        # Its page stays, as a notice; the statement its reason links to is published.
        assert "story-a/events/e2/index.html" in files
        assert "story-a/media/statement.pdf" in files
        assert sorted(p for p in files if "/pictures/" in p) == [
            "story-a/pictures/public.png.1.png",
            "story-a/pictures/public.png.1.webp",
        ]


def test_a_file_linked_by_a_definition_in_a_list_item_or_a_quote_is_published(project: Project) -> None:
    # Markdown reads a definition under a list item's indent or in a quote, and the page
    # links to its file: it must be there. One that no link uses stays private.
    for name in ("report(1).pdf", "quoted.pdf", "embargoed.pdf", "inline(2).pdf"):
        project.write(f"content/story-a/media/{name}", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: |\n  - see [the report][r]\n\n"
        "      [r]: media/report(1).pdf\n\n  > [the quote][q] and [more](media/inline(2).pdf)\n  >\n"
        "  > [q]: <media/quoted.pdf> 'Title'\n\n  [later]: media/embargoed.pdf\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    assert sorted(p for p in files if "/media/" in p) == [
        "story-a/media/inline(2).pdf",
        "story-a/media/quoted.pdf",
        "story-a/media/report(1).pdf",
    ]
    page = files["story-a/events/e1/index.html"]
    for linked in ("report(1).pdf", "quoted.pdf", "inline(2).pdf"):
        assert f'href="../../../story-a/media/{linked}"'.encode() in page


def test_a_link_in_a_reference_links_words_within_a_links_words_is_published(project: Project) -> None:
    # The page links x.pdf (the converter reads a reference link's words again), which
    # was left out: a broken link. No page links z.pdf: it stays out.
    for name in ("b", "x", "y", "z"):
        project.write(f"content/story-a/media/{name}.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Hi.\n"
        "body: |\n  [z [a [b](media/x.pdf)][R]](media/y.pdf) [w [v](media/z.pdf)](media/y.pdf)\n\n"
        "  [R]: media/b.pdf\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    assert sorted(p for p in files if "/media/" in p) == [f"story-a/media/{n}.pdf" for n in ("b", "x", "y")]
    assert b"media/x.pdf" in files["story-a/events/e1/index.html"]  # the page links it


def test_the_media_published_are_those_the_pages_link_to_however_the_links_are_written(
    project: Project,
) -> None:
    # Which files a text links to is read in its HTML as the page has it. A link in a
    # link's words after code or emphasis in them, and an address written with an
    # entity, are links on the page: their files were left out (broken links). Words in
    # brackets that only look as if they used a definition make no link: its file was
    # published though no page links to it.
    for name in ("code", "outer", "stressed", "outer2", "entity", "label", "loose"):
        project.write(f"content/story-a/media/{name}.pdf", b"%PDF-1.4\n")
    project.write(
        "content/story-a/events/e1.yaml",
        "title: First event\ndate: 2020-01-01\nsummary: Hi.\nbody: |\n"
        "  [a `c` [b](media/code.pdf)](media/outer.pdf) [a *c* [b](media/stressed.pdf)](media/outer2.pdf)\n"
        "  and [d](media&#47;entity.pdf).\n\n"
        "  [z [R][a ]][] and [Straße] here.\n\n"
        "  [R]: media/label.pdf\n  [STRASSE]: media/loose.pdf\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    files = site_files(project.root / "site")
    linked = ("code", "entity", "outer", "outer2", "stressed")
    assert sorted(p for p in files if "/media/" in p) == [f"story-a/media/{n}.pdf" for n in linked]
    page = files["story-a/events/e1/index.html"].decode()
    assert sorted(set(re.findall(r'href="\.\./\.\./\.\./story-a/media/(\w+)\.pdf"', page))) == list(linked)


def test_what_has_a_page_of_its_own_leaves_out_drafts_and_events_taken_out(project: Project) -> None:
    project.write("content/story-a/figures/fig-d.yaml", "name: Dee\nrole: Minister\n")
    project.write("content/story-a/figures/fig-e.yaml", "name: Eve\nrole: Witness\n")
    event = "date: 2020-01-02\nsummary: S.\nsources: [src-a]\n"
    project.write("content/story-a/events/e2.yaml", f"title: Two\n{event}figures: [fig-d]\ndraft: true\n")
    project.write(
        "content/story-a/events/e3.yaml",
        f"title: Three\n{event}figures: [fig-e]\nremoved:\n  date: 2020-01-03\n  reason: Wrong.\n",
    )
    (story,) = checked_site(PipelineProject("content", TEMPLATES)).stories
    shown = with_published_events_only(story)
    assert [e.id for e in shown.events] == ["e1"]
    assert set(story.figures) == {"fig-a", "fig-d", "fig-e"} and set(shown.figures) == {"fig-a"}
