"""The pictures stage (``content/pictures.py``): the site's pictures planned on the model,
the work listed (renditions, cards, cuts, cleaned files), each file inspected once a
build. Whole builds of every kind of picture are in ``test_picture_kinds.py``."""

from __future__ import annotations

import re

import pytest

from generator import pipeline
from generator.commands.build import build
from generator.content import pictures, svg
from generator.content.model import Drawing, Site
from generator.markdown.markup import pages_converter
from generator.pictures.picture_info import PictureError
from generator.pipeline import checked_site
from tests.conftest import TEMPLATES, Project
from tests.images import photo, transparent_png


def _planned(site_yaml: str = "title: Test site\n") -> tuple[Site, list[pictures.Work]]:
    """The project in the current folder checked, with ``site_yaml``, and planned."""
    with open("content/site.yaml", "w", encoding="utf-8") as f:
        f.write(site_yaml)
    site = checked_site(pipeline.Project("content", TEMPLATES))
    return pictures.plan_site(site, "content", pictures.Pictures(), pages_converter())


@pytest.fixture
def shown_twice(project: Project) -> Project:
    """The minimal project whose lead and event show the same photo, and whose figure a
    see-through PNG."""
    project.write("content/story-a/media/one.jpg", photo(1000, 700))
    project.write("content/story-a/media/logo.png", transparent_png(200, 100))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/one.jpg\n  alt: One\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image:\n  src: media/one.jpg\n  alt: One\n")
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone involved\nimage:\n  src: media/logo.png\n  alt: Logo\n",
    )
    return project


def test_each_file_is_planned_once_and_its_renditions_stand_for_it(shown_twice: Project) -> None:
    site, jobs = _planned()
    assert [(type(j).__name__, j.rel) for j in jobs if isinstance(j, pictures.Job)] == [
        ("Job", "one.jpg"),
        ("Job", "logo.png"),
    ]
    assert not any(isinstance(j, (pictures.Card, pictures.Cut, pictures.Clean)) for j in jobs)  # no address
    story = site.stories[0]
    one = next(j for j in jobs if isinstance(j, pictures.Job) and j.rel == "one.jpg")
    assert story.image is not None and story.image.picture == one.picture
    assert story.events[0].image is not None and story.events[0].image.picture == one.picture
    assert one.picture.largest.width == 1000
    figure = story.figures["fig-a"]
    assert figure.image is not None and figure.image.picture is not None
    assert figure.image.picture.fallback.mime == "image/png"  # see-through: a PNG fallback
    assert "one.jpg" not in story.media and "logo.png" not in story.media  # not copied as they are
    assert pictures.photos(jobs) == 2


def test_with_the_sites_address_a_lead_off_its_middle_is_cut_and_a_story_without_one_gets_a_card(
    project: Project,
) -> None:
    _, jobs = _planned("title: Test site\nbase_url: https://news.example/\n")
    assert [(type(j).__name__, list(j.outputs())) for j in jobs] == [("Card", ["story-a/card.png"])]
    project.write("content/story-a/media/lead.jpg", photo(1000, 1500))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml", story + "image:\n  src: media/lead.jpg\n  alt: A\n  focus: top\n"
    )
    site, jobs = _planned("title: Test site\nbase_url: https://news.example/\n")
    cut = next(j for j in jobs if isinstance(j, pictures.Cut))
    assert list(cut.outputs()) == ["story-a/pictures/lead.jpg.1000x525.top.jpg"]
    assert site.stories[0].image is not None and site.stories[0].image.share == cut.share


def test_a_picture_file_a_text_links_to_is_cleaned_not_copied(project: Project) -> None:
    project.write("content/story-a/media/map.jpg", photo(400, 300))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace("summary: Something happened.", "summary: See [the map](media/map.jpg)."),
    )
    site, jobs = _planned()
    assert [(type(j).__name__, list(j.outputs())) for j in jobs] == [("Clean", ["story-a/media/map.jpg"])]
    assert "map.jpg" not in site.stories[0].media  # published by the stage, without its metadata
    assert site.stories[0].text_renditions == ()  # linked to, not shown
    assert pictures.photos(jobs) == 0


def test_a_picture_a_text_shows_is_resized_and_given_its_size_as_readers_see_it(project: Project) -> None:
    # A photo taken sideways (stored 400 x 300, turned by its EXIF) is 300 wide, 400 high.
    # Shown in a text, it went out as the file alone, at its own size (a camera's
    # megabytes) and without a size in the page: it is now shown by its renditions, as
    # an image: field's picture is; the file stays published, for links to it.
    project.write("content/story-a/media/map.jpg", photo(400, 300, orientation=6))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace("summary: Something happened.", "summary: See ![the map](media/map.jpg)."),
    )
    site, jobs = _planned()
    story = site.stories[0]
    assert story.text_pictures == (("map.jpg", 300, 400),)
    job = next(j for j in jobs if isinstance(j, pictures.Job))
    assert story.text_renditions == (("map.jpg", job.picture),)
    assert [type(j).__name__ for j in jobs] == ["Clean", "Job"]
    assert pictures.photos(jobs) == 1
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    shown = re.search(r'<picture><source[^>]*>(?:<source[^>]*>)*<img alt="the map"[^>]*></picture>', page)
    assert shown is not None, page
    up = "../../../story-a/pictures/map.jpg"
    assert (
        f'<img alt="the map" src="{up}.300.jpg" srcset="{up}.240.jpg 240w, {up}.300.jpg 300w" '
        f'sizes="min(42rem, calc(100vw - 2rem))" width="300" height="400" loading="lazy" decoding="async">'
    ) in shown[0]
    assert f'srcset="{up}.240.webp 240w, {up}.300.webp 300w"' in shown[0]
    assert (project.root / "site/story-a/media/map.jpg").is_file()
    assert (project.root / "site/story-a/pictures/map.jpg.300.jpg").is_file()


def test_a_text_picture_given_a_width_is_offered_at_that_width(project: Project) -> None:
    # '<img width="150">' in a text: shown 150 pixels wide, it was offered at the
    # column's width ('sizes' of 42rem), so the browser took a larger rendition than it
    # shows, and kept no room for it (no height).
    project.write("content/story-a/media/map.jpg", photo(400, 300))
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write(
        "content/story-a/events/e1.yaml",
        event.replace(
            "summary: Something happened.",
            'summary: See <img src="media/map.jpg" alt="the map" width="150">.',
        ),
    )
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    shown = re.search(r'<img [^>]*alt="the map"[^>]*>', page)
    assert shown is not None, page
    assert 'sizes="min(150px, min(42rem, calc(100vw - 2rem)))"' in shown[0]
    assert 'width="150" height="112"' in shown[0]  # 112.5, to the even


def test_a_file_is_inspected_once_a_build_its_problem_too(project: Project) -> None:
    path = "content/story-a/media/p.jpg"
    project.write(path, photo(400, 300))
    made = pictures.Pictures()
    made.start()
    assert made.inspect(path, "content/story-a", 10**8).width == 400
    project.write(path, photo(200, 100))  # changed while the build runs: pages and renditions agree
    assert made.inspect(path, "content/story-a", 10**8).width == 400
    made.finish()
    made.start()
    assert made.inspect(path, "content/story-a", 10**8).width == 200
    project.write(path, b"not a picture")
    made.start()
    for _ in range(2):
        with pytest.raises(PictureError, match="cannot be read as a picture") as caught:
            made.inspect(path, "content/story-a", 10**8)
        assert caught.value.path == path


def test_a_picture_the_summary_shows_is_shown_by_its_renditions_on_the_home_page_too(
    project: Project,
) -> None:
    # A story's summary is on the home page too (``links.story_media``), where the photo
    # it shows went out as the file itself, a camera's megabytes, with no size and at
    # once: only the story's own pages were given its renditions.
    project.write("content/story-a/media/map.jpg", photo(400, 300))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write(
        "content/story-a/story.yaml",
        story.replace("summary: What story A is about.", "summary: See ![the map](media/map.jpg)."),
    )
    build(content="content", templates=TEMPLATES, out="site")
    home = (project.root / "site/index.html").read_text()
    up = "story-a/pictures/map.jpg"
    assert (
        f'<img alt="the map" src="{up}.400.jpg" srcset="{up}.240.jpg 240w, {up}.400.jpg 400w" '
        f'sizes="min(42rem, calc(100vw - 2rem))" width="400" height="300" loading="lazy" decoding="async">'
    ) in home
    assert 'src="story-a/media/map.jpg"' not in home
    story_page = (project.root / "site/story-a/index.html").read_text()
    assert f'src="../{up}.400.jpg"' in story_page  # as on the story's own page


def test_a_drawing_is_given_the_size_its_file_says_and_an_address_none(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The build knew no SVG's size, so a page held a tall drawing as it holds a picture
    # of unknown shape. Each Image showing a drawing now has its size, the file read
    # once a build however many show it; a picture from an address is left as it was
    # (nothing is fetched).
    project.write(
        "content/story-a/media/tall.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 4"/>'
    )
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/tall.svg\n  alt: Tall\n")
    event = (project.root / "content/story-a/events/e1.yaml").read_text()
    project.write("content/story-a/events/e1.yaml", event + "image:\n  src: media/tall.svg\n  alt: Tall\n")
    project.write(
        "content/story-a/figures/fig-a.yaml",
        "name: Figure A\nrole: Someone\nimage:\n  src: https://example.org/a.svg\n  alt: From elsewhere\n",
    )
    read: list[bytes] = []
    size_of = svg.drawing_size

    def reading(data: bytes) -> Drawing | None:
        read.append(data)
        return size_of(data)

    monkeypatch.setattr(svg, "drawing_size", reading)
    site, jobs = _planned()
    story_a = site.stories[0]
    assert story_a.image is not None and story_a.image.drawing == Drawing(3, 4, sized=False)
    assert story_a.events[0].image is not None and story_a.events[0].image.drawing == Drawing(
        3, 4, sized=False
    )
    assert story_a.events[0].image.picture is None and not any(isinstance(j, pictures.Job) for j in jobs)
    figure = story_a.figures["fig-a"].image
    assert figure is not None and figure.drawing is None and figure.picture is None
    assert len(read) == 1
    assert "tall.svg" in story_a.media  # published as it is
