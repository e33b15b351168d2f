"""What a build publishes: drafts and everything only they use are left out."""

from __future__ import annotations

from generator.commands.build import build
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
        "story-a/pictures/public.png.1.png",
        "story-a/pictures/public.png.1.webp",
    ]


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
