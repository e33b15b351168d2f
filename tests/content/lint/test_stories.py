"""Warnings across the stories of a site (``stories.py``), each message exactly."""

from __future__ import annotations

import re

import pytest

from generator import pipeline, speed
from generator.content.lint import lint, stories
from generator.content.yamlnodes import Node, Scalar
from tests.conftest import Project
from tests.content.lint.said import EVENT, STORY, every_warning
from tests.content.lint.said import warnings as all_warnings


def warnings(project: Project, capsys: pytest.CaptureFixture[str], *extra: str) -> list[str]:
    """The warnings check says, but of texts a translation has not translated yet: the
    copies of a story these tests make as its versions are not (``test_translations.py``)."""
    return [w for w in all_warnings(project, capsys, *extra) if "not translated yet" not in w]


def test_two_versions_of_one_story_in_the_same_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    story = project.root.joinpath(STORY).read_text()
    lines = len(story.splitlines())
    for sid, extra in (
        ("story-b", "translation_of: story-a\n"),
        ("story-c", "language: ru\ntranslation_of: story-b\n"),
    ):
        project.write(f"content/{sid}/story.yaml", story + extra)
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(f"content/{sid}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    assert warnings(project, capsys) == [
        f"content/story-b/story.yaml:{lines + 1}:17: warning: story 'story-b' is in the same language "
        "('en') as 'story-a', another version of the same story; give it its own language, or take "
        "out 'translation_of' if it is a story of its own",
    ]
    project.write("content/story-b/story.yaml", story + "language: de\ntranslation_of: story-a\n")
    assert warnings(project, capsys) == []  # English, German and Russian: one version each


def test_two_stories_with_the_same_title_in_one_language(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A story folder copied to start the next one: two cards alike on the home page, one
    choice of story on the search page. Versions of one story may share a title."""
    story = project.root.joinpath(STORY).read_text()

    def copy(sid: str, text: str) -> None:
        project.write(f"content/{sid}/story.yaml", text)
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(f"content/{sid}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())

    copy("story-b", story.replace("title: Story A", "title: story  a"))
    # The same title with its accent written apart (as macOS writes it): alike to readers.
    copy("story-f", story.replace("title: Story A", "title: Fête à Zürich"))
    copy("story-g", story.replace("title: Story A", "title: Fe\u0302te a\u0300 Zu\u0308rich"))
    copy("story-c", story + "language: de\n")  # German: a choice of its own language
    copy("story-d", story + "language: fr\ntranslation_of: story-a\n")
    copy("story-e", story + "language: de\ntranslation_of: story-a\n")  # not story-c's version
    assert warnings(project, capsys) == [
        "content/story-b/story.yaml:1:8: warning: story 'story-b' has the same title as story 'story-a', "
        "in the same language: the home page would show two cards alike, and search would offer one "
        "choice for both stories; give each a title of its own",
        "content/story-e/story.yaml:1:8: warning: story 'story-e' has the same title as story 'story-c', "
        "in the same language: the home page would show two cards alike, and search would offer one "
        "choice for both stories; give each a title of its own",
        "content/story-g/story.yaml:1:8: warning: story 'story-g' has the same title as story 'story-f', "
        "in the same language: the home page would show two cards alike, and search would offer one "
        "choice for both stories; give each a title of its own",
    ]
    project.write("content/story-b/story.yaml", story.replace("title: Story A", "title: Story B"))
    project.write("content/story-g/story.yaml", story.replace("title: Story A", "title: Story G"))
    project.write("content/story-c/story.yaml", story + "language: de\ntranslation_of: story-a\n")
    project.write("content/story-e/story.yaml", story + "language: es\ntranslation_of: story-a\n")
    assert warnings(project, capsys) == []
    # A draft copy is the newcomer, though its folder is read first: told at its title.
    copy("a-copy", story + "draft: true\n")
    assert [w for w in warnings(project, capsys) if "same title" in w] == [
        "content/a-copy/story.yaml:1:8: warning: story 'a-copy' has the same title as story 'story-a', "
        "in the same language: once it is published, the home page would show two cards alike, and "
        "search would offer one choice for both stories; give each a title of its own",
    ]


def test_a_translation_still_showing_an_event_the_original_took_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A translation keeps the ids: its event e2 is the original's e2, whose mistake it
    # would go on publishing.
    story = project.root.joinpath(STORY).read_text()
    updates = (
        "updates:\n  - date: 2020-01-05\n    kind: correction\n    text: Took out [it](events/e2.yaml).\n"
    )
    project.write(STORY, story + updates)
    project.write("content/story-b/story.yaml", story + "language: de\ntranslation_of: story-a\n" + updates)
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/story-b/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    event = "title: Rumour\ndate: 2020-01-01\nsummary: S\nsources: [src-a]\n"
    removed = "removed:\n  date: 2020-01-05\n  reason: Wrong.\n"
    project.write("content/story-a/events/e2.yaml", event + removed)
    project.write("content/story-b/events/e2.yaml", event.replace("Rumour", "Gerücht"))
    assert warnings(project, capsys) == [
        "content/story-b/events/e2.yaml:1:8: warning: the original story took this event out on 2020-01-05 "
        "(events/e2.yaml of 'story-a'); take it out here too with 'removed:' (its date and the reason, "
        "in this story's language), or give this event an id of its own if it is not the same event",
    ]
    project.write("content/story-b/events/e2.yaml", event + removed.replace("Wrong.", "Falsch."))
    assert warnings(project, capsys) == []


def test_a_published_story_with_no_event_to_show_is_a_warning_saying_what_to_do(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its page said 'No events yet.' to readers while check said nothing of it.
    project.remove("content/story-a/events/e1.yaml")
    said = [w for w in warnings(project, capsys) if "No events yet" in w]
    assert said == [
        f"{STORY}:1:8: warning: story 'story-a' is published, and it has no event: its page would say "
        "'No events yet.'; add one (explainer new event story-a --date YYYY-MM-DD --title \"...\"), or mark "
        "the story 'draft: true' until it has one"
    ]
    project.write(STORY, project.root.joinpath(STORY).read_text() + "draft: true\n")
    assert not any("No events yet" in w for w in warnings(project, capsys))  # a story being written


def test_a_story_with_more_key_moments_than_a_reader_in_a_hurry_reads_is_a_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # 300 events marked 'key: true' were 19,600 px of a phone's story page before the
    # timeline, and check said nothing. Said once, at the first event past the limit.
    def key_event(n: int, key: str = "true", more: str = "") -> str:
        return f"title: Event {n}\ndate: 2020-01-{n:02d}\nsummary: Text.\nkey: {key}\n{more}"

    limit = stories.MAX_KEY_MOMENTS
    for n in range(1, limit + 1):
        project.write(f"content/story-a/events/k{n:02d}.yaml", key_event(n))
    assert not any("key moments" in w for w in warnings(project, capsys))  # at the limit
    project.write("content/story-a/events/k20.yaml", key_event(20, more="draft: true\n"))
    project.write("content/story-a/events/k21.yaml", key_event(21, "false"))
    assert not any(
        "key moments" in w for w in warnings(project, capsys)
    )  # a draft's and 'false' do not count
    for n in (limit + 1, limit + 2):
        project.write(f"content/story-a/events/k{n:02d}.yaml", key_event(n))
    assert [w for w in warnings(project, capsys) if "key moments" in w] == [
        f"content/story-a/events/k{limit + 1}.yaml:4:6: warning: story 'story-a' has {limit + 2} key moments "
        "('key: true'): its page lists them all before the timeline, a long list for a reader in a hurry; "
        f"keep {limit} at most (three to five is a good number) and take 'key: true' out of the others"
    ]


def test_a_link_by_full_address_to_another_storys_page_the_site_does_not_publish(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newsroom's site under a sub-path: a link to another story's page is written as its
    full address (what check says to write). One to a draft story or event from a published
    text, or to a story or event that is not there, led readers to 'page not found' while
    check said nothing. Links to published pages, the site's own (search/), a draft's link
    to a draft, and links on a site without base_url say nothing."""
    base = "https://example.org/news/"
    project.write("content/site.yaml", f"title: Test site\nbase_url: {base}\n")
    story = project.root.joinpath(STORY).read_text()
    for sid, extra in (("floods", ""), ("drought", "draft: true\n")):
        project.write(f"content/{sid}/story.yaml", story.replace("Story A", sid) + extra)
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(f"content/{sid}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    event = project.root.joinpath("content/floods/events/e1.yaml").read_text()
    project.write("content/floods/events/e2.yaml", event.replace("First", "Draft") + "draft: true\n")
    links = (
        f"summary: See [a]({base}drought/events/e1/), [b]({base}floods/events/e2/),\n"
        f"  [c]({base}flods/), [d]({base}floods/events/e9/index.html#x), [e]({base}floods/),\n"
        f"  [f]({base}floods/figures/fig-a/), [g]({base}search/index.html?q=x), [h]({base}floods/events/e1/).\n"
    )
    project.write("content/story-a/story.yaml", story.replace("summary: What story A is about.\n", links))
    project.write(
        "content/drought/figures/fig-b.yaml",
        f"name: B\nrole: R\nsummary: See [x]({base}floods/events/e2/).\n",
    )
    found = [w for w in warnings(project, capsys) if "leads to no page" in w]
    said = f"warning: 'summary': the link to '{base}"
    assert found == [
        f"{STORY}:2:18: {said}drought/events/e1/' leads to no page of the published site: story 'drought' "
        "is a draft, left out until it is published",
        f"{STORY}:2:68: {said}floods/events/e2/' leads to no page of the published site: the event 'e2' "
        "of story 'floods' is a draft, left out until it is published",
        f"{STORY}:3:7: {said}flods/' leads to no page of the published site: this site has no story "
        "'flods'; did you mean 'floods'?",
        f"{STORY}:3:45: {said}floods/events/e9/index.html#x' leads to no page of the published site: story "
        "'floods' has no events/e9.yaml",
    ]
    project.write("content/site.yaml", "title: Test site\n")
    assert not [w for w in warnings(project, capsys) if "leads to no page" in w]


def test_a_link_by_full_address_to_a_figure_only_drafts_name_or_to_another_site_on_the_host(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A figure or place that only a draft event names has no page on the published site:
    a link to it is warned of. On a site at the host's root, another project's site
    ('https://example.org/elections-2024/', a GitHub user's Pages) is no story of this one,
    and an address with escapes is read as the server reads it."""
    base = "https://example.org/"
    project.write("content/site.yaml", f"title: Test site\nbase_url: {base}\n")
    story = project.root.joinpath(STORY).read_text()
    project.write("content/floods/story.yaml", story.replace("Story A", "floods"))
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/floods/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    event = project.root.joinpath("content/floods/events/e1.yaml").read_text()
    project.write("content/floods/figures/fig-d.yaml", "name: D\nrole: R\n")
    project.write(
        "content/floods/events/e2.yaml",
        event.replace("First", "Draft").replace("fig-a", "fig-d") + "draft: true\n",
    )
    links = (
        f"summary: See [a]({base}floods/figures/fig-d/), [b]({base}elections-2024/),\n"
        f"  [c]({base}flo%6Fds/events/e%31/), [d]({base}floods/figures/fig-a/).\n"
    )
    project.write("content/story-a/story.yaml", story.replace("summary: What story A is about.\n", links))
    found = [w for w in warnings(project, capsys) if "leads to no page" in w]
    assert found == [
        f"{STORY}:2:18: warning: 'summary': the link to '{base}floods/figures/fig-d/' leads to no page of "
        "the published site: only draft events or events taken out of story 'floods' name "
        "figures/fig-d.yaml, so the site has no page for it",
    ]


def test_a_link_by_file_to_another_storys_item_the_site_does_not_publish(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """``../floods/events/e1.yaml`` leads to the other story's page (no warning); one to its
    draft event from a published text, to an item or story it lacks, or to this very
    story is shown as its words only, and check says so, with the name meant."""
    story = project.root.joinpath(STORY).read_text()
    project.write("content/floods/story.yaml", story.replace("Story A", "Floods"))
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/floods/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    event = project.root.joinpath("content/floods/events/e1.yaml").read_text()
    project.write("content/floods/events/e2.yaml", event.replace("First", "Draft") + "draft: true\n")
    links = (
        "summary: See [a](../floods/events/e1.yaml#x), [b](../floods/figures/fig-a.yaml),\n"
        "  [c](../floods/events/e2.yaml), [d](../flods/events/e1.yaml), [e](../floods/figures/fig-x.yaml),\n"
        "  [f](../story-a/events/e1.yaml), [g](../story-a/events/e11.yaml).\n"
    )
    project.write("content/story-a/story.yaml", story.replace("summary: What story A is about.\n", links))
    # A draft event's text may link to another draft.
    project.write(
        "content/story-a/events/e3.yaml",
        "title: T\ndate: 2020-01-03\nsummary: '[x](../floods/events/e2.yaml)'\ndraft: true\n",
    )
    found = [w for w in warnings(project, capsys) if "words only" in w or "link" in w]
    said = "warning: 'summary': the link to '../"
    assert found == [
        f"{STORY}:3:7: {said}floods/events/e2.yaml' is shown as its words only: the event 'e2' of story "
        "'floods' is a draft, left out until it is published",
        f"{STORY}:3:38: {said}flods/events/e1.yaml' is shown as its words only: this site has no story "
        "'flods'; did you mean 'floods'?",
        f"{STORY}:3:68: {said}floods/figures/fig-x.yaml' is shown as its words only: story 'floods' has "
        "no figures/fig-x.yaml; did you mean 'fig-a'?",
        f"{STORY}:4:7: {said}story-a/events/e1.yaml' is shown as its words only: it is this story's own file: "
        "write it as events/e1.yaml",
        f"{STORY}:4:39: {said}story-a/events/e11.yaml' is shown as its words only: it is this story's own "
        "folder, which has no events/e11.yaml; did you mean 'e1'?",
    ]


def test_a_link_by_story_yaml_to_another_storys_page_the_site_does_not_publish(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """``../floods/story.yaml`` leads to the other story's page (no warning); one to a
    draft story from a published text, to a story not there, or to this very story
    written so is shown as its words only, and check says so."""
    story = project.root.joinpath(STORY).read_text()
    project.write("content/floods/story.yaml", story.replace("Story A", "Floods"))
    project.write("content/quake/story.yaml", story.replace("Story A", "Quake") + "draft: true\n")
    for folder in ("floods", "quake"):
        for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
            project.write(
                f"content/{folder}/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text()
            )
    links = (
        "summary: See [a](../floods/story.yaml#timeline), [b](story.yaml),\n"
        "  [c](../quake/story.yaml), [d](../flods/story.yaml), [e](../story-a/story.yaml).\n"
    )
    project.write("content/story-a/story.yaml", story.replace("summary: What story A is about.\n", links))
    found = [w for w in warnings(project, capsys) if "words only" in w]
    said = "warning: 'summary': the link to '../"
    assert found == [
        f"{STORY}:3:7: {said}quake/story.yaml' is shown as its words only: story 'quake' is a draft, "
        "left out until it is published",
        f"{STORY}:3:33: {said}flods/story.yaml' is shown as its words only: this site has no story "
        "'flods'; did you mean 'floods'?",
        f"{STORY}:3:59: {said}story-a/story.yaml' is shown as its words only: it is this story's own "
        "page: write it as story.yaml",
    ]


def test_a_link_in_html_to_another_storys_item_the_site_does_not_publish(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '<a href="../floods/events/e9.yaml">' showed its words only, without a word from check.
    story = project.root.joinpath(STORY).read_text()
    project.write("content/floods/story.yaml", story.replace("Story A", "Floods"))
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/floods/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    links = (
        "summary: See <a href='../floods/events/e1.yaml'>a</a>, <a href='../floods/events/e9.yaml'>b</a>\n"
        '  and <a href="../flods/figures/fig-a.yaml">c</a>.\n'
    )
    project.write("content/story-a/story.yaml", story.replace("summary: What story A is about.\n", links))
    found = [w for w in warnings(project, capsys) if "words only" in w]
    assert found == [
        f"{STORY}:2:56: warning: 'summary': the link to '../floods/events/e9.yaml' is shown as its words "
        "only: story 'floods' has no events/e9.yaml",
        f"{STORY}:3:7: warning: 'summary': the link to '../flods/figures/fig-a.yaml' is shown as its words "
        "only: this site has no story 'flods'; did you mean 'floods'?",
    ]


def test_a_rebuild_looks_for_links_by_file_only_in_the_files_that_changed(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Looking through every text of 1,000 events took 4.7 ms of every preview's rebuild:
    # what an unchanged file holds is kept, and a changed file's new link is found.
    looked: list[str] = []
    looking = stories._holding

    def holding(root: Node, part: str) -> list[tuple[Scalar, str, str]]:
        looked.append(part)
        return looking(root, part)

    monkeypatch.setattr(stories, "_holding", holding)
    fast = speed.Fast("content")

    def linted() -> list[str]:
        raw, found, site = pipeline.load_and_check("content", fast)
        return [str(w) for w in lint(raw, found, site, fast.checks)]

    assert not any("the link to" in w for w in linted())
    assert looked == ["../"] * 4  # story.yaml, e1, fig-a and loc-a
    looked.clear()
    project.write(EVENT, "title: First\ndate: 2020-01-01\nsummary: See [x](../nowhere/events/e1.yaml).\n")
    assert (
        f"{EVENT}:3:18: warning: 'summary': the link to '../nowhere/events/e1.yaml' is shown as its "
        "words only: this site has no story 'nowhere'" in linted()
    )
    assert looked == ["../"]  # e1.yaml alone


def test_links_to_another_storys_items_not_there_are_given_a_did_you_mean_within_a_budget(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # Each 'did you mean' compares the id with every item of its kind (difflib, tens of
    # microseconds each): 2,900 links to stories not there, in a site of 400, took 28 s
    # to check. Past 50,000 comparisons such a link is said to lead nowhere, no more.
    story = project.root.joinpath(STORY).read_text()
    project.write("content/floods/story.yaml", story.replace("Story A", "Floods"))
    project.write("content/floods/events/e1.yaml", project.root.joinpath(EVENT).read_text())
    project.write("content/floods/figures/fig-a.yaml", "name: Figure A\nrole: R\n")
    project.write("content/floods/locations/loc-a.yaml", "name: Place A\ncoordinates: [10, 20]\n")
    for n in range(400):
        project.write(f"content/floods/figures/fig-of-the-day-{n:04d}.yaml", f"name: Fig {n}\nrole: R\n")
    links = "".join(f"  [x](../floods/figures/fig-of-the-dai-{n:04d}-{n}.yaml)\n\n" for n in range(300))
    project.write(EVENT, project.root.joinpath(EVENT).read_text() + f"body: |\n{links}")
    said = [w for w in every_warning(project, capsys) if "shown as its words only" in w]
    assert len(said) == 300
    assert "; did you mean 'fig-of-the-day-" in said[123]  # 124 x 401 compared
    assert said[124].endswith("story 'floods' has no figures/fig-of-the-dai-0124-124.yaml")


def test_a_story_written_in_another_script_than_its_pages_language_is_a_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """An Arabic timeline imported into a site in English without --language: its pages
    said lang="en" around Arabic text (read out by an English voice, laid out left to
    right), and check said nothing. A headline opening with a Latin name is still Arabic;
    a name in other letters in an English headline is English."""
    story = project.root.joinpath(STORY).read_text()
    arabic = "title: 'UN: انفجار مرفأ بيروت'\nsummary: انفجرت كمية كبيرة من نترات الأمونيوم في المرفأ.\n"
    project.write(STORY, re.sub(r"(?m)^(title|summary):.*\n", "", story) + arabic)
    lines = len(project.root.joinpath(STORY).read_text().splitlines())
    assert warnings(project, capsys) == [
        f"content/story-a/story.yaml:{lines - 1}:8: warning: story 'story-a' is written in Arabic "
        "letters, but its pages are in 'en' (the site's language, as story.yaml gives none): browsers, "
        "screen readers and search would take its text for that language; write its language in "
        "story.yaml ('language: ar' or 'language: fa' or 'language: ps' or 'language: ur'), or the site's in site.yaml",
    ]
    project.write(STORY, project.root.joinpath(STORY).read_text() + "language: ar\n")
    assert warnings(project, capsys) == []
    project.write(STORY, story.replace("title: Story A", "title: Beirut, or بيروت, after the blast"))
    assert warnings(project, capsys) == []
    # A story in English on a site in Russian may be meant so: Latin letters are not said.
    project.write("content/site.yaml", "title: Новости\nlanguage: ru\n")
    project.write(STORY, story)
    assert warnings(project, capsys) == []


@pytest.mark.parametrize(
    ("title", "script", "tags"),
    [
        # Bengali letters were in no script the note knew: a Bengali story on an English
        # site was said nothing of. Devanagari names the three languages written in it.
        ("ঢাকায় বন্যা পরিস্থিতির অবনতি", "Bengali", "'language: bn'"),
        ("काठमाडौंमा बाढी पहिरोको अवस्था", "Devanagari", "'language: hi' or 'language: mr' or 'language: ne'"),
    ],
)
def test_a_story_in_bengali_or_devanagari_on_an_english_site_is_told_its_languages(
    project: Project, capsys: pytest.CaptureFixture[str], title: str, script: str, tags: str
) -> None:
    story = project.root.joinpath(STORY).read_text()
    project.write(
        STORY, re.sub(r"(?m)^(title|summary):.*\n", "", story) + f"title: {title}\nsummary: {title}\n"
    )
    said = warnings(project, capsys)
    assert len(said) == 1 and f"is written in {script} letters" in said[0], said
    assert f"story.yaml ({tags})" in said[0], said


def test_a_story_in_other_letters_on_a_traditional_chinese_site_is_a_warning(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # A Russian story on a site in zh-Hant was not said (the catalog's script, Hant, was
    # not one the check knew); one in Traditional characters is the site's own.
    story = project.root.joinpath(STORY).read_text()
    project.write("content/site.yaml", "title: 新聞專題\nlanguage: zh-Hant\n")
    russian = "title: Крушение поезда на Тайване\nsummary: Поезд сошёл с рельсов в туннеле.\n"
    project.write(STORY, re.sub(r"(?m)^(title|summary):.*\n", "", story) + russian)
    [said] = warnings(project, capsys)
    assert "story 'story-a' is written in Cyrillic letters, but its pages are in 'zh-Hant'" in said
    chinese = "title: 太魯閣號出軌事故\nsummary: 列車在清水隧道北口出軌。\n"
    project.write(STORY, re.sub(r"(?m)^(title|summary):.*\n", "", story) + chinese)
    assert not [w for w in warnings(project, capsys) if "is written in" in w]  # the card's warning aside


def test_two_versions_in_one_language_as_cldr_reads_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """'en-US' beside the site's 'en' was another language: readers found 'English' twice
    among the story's versions. CLDR reads 'en' as 'en-US'; 'en-GB' is another version."""
    story = project.root.joinpath(STORY).read_text()
    lines = len(story.splitlines())
    project.write("content/story-b/story.yaml", story + "language: en-US\ntranslation_of: story-a\n")
    for rel in ("events/e1.yaml", "figures/fig-a.yaml", "locations/loc-a.yaml"):
        project.write(f"content/story-b/{rel}", project.root.joinpath(f"content/story-a/{rel}").read_text())
    assert warnings(project, capsys) == [
        f"content/story-b/story.yaml:{lines + 2}:17: warning: story 'story-b' is in the same language "
        "('en-US' and 'en': CLDR reads both as English of United States ('en-US')) as 'story-a', another "
        "version of the same story; give it its own language, or take out 'translation_of' if it is a "
        "story of its own",
    ]
    project.write("content/story-b/story.yaml", story + "language: en-GB\ntranslation_of: story-a\n")
    assert warnings(project, capsys) == []


def test_a_draft_story_listed_as_related_is_said_to_be_left_out(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A published story's 'related:' may list a draft: its page leaves it out until it is
    published, and check says so (a draft's own list is not said: nothing of it is out)."""
    for folder, draft in (("floods", ""), ("quake", "draft: true\n")):
        project.write(
            f"content/{folder}/story.yaml", f"title: {folder}\nsummary: s\npublished: 2020-01-01\n{draft}"
        )
        project.write(f"content/{folder}/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    story = project.root.joinpath(STORY).read_text()
    project.write(STORY, story + "related:\n  - quake\n  - floods\n")
    project.write(
        "content/quake/story.yaml",
        "title: quake\nsummary: s\npublished: 2020-01-01\ndraft: true\nrelated: [floods]\n",
    )
    found = [w for w in warnings(project, capsys) if "related" in w]
    assert found == [
        f"{STORY}:8:5: warning: 'related[1]': story 'quake' is a draft, left out of the list of related "
        "stories until it is published"
    ]


def test_a_storys_own_translation_listed_as_related_is_said_to_be_linked_already(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A version of the story in another language is no related story: its page links to
    it already, by the list of languages under its headline, and leaves its card out."""
    story = project.root.joinpath(STORY).read_text()
    project.write(
        "content/story-b/story.yaml",
        "title: Historia A\nsummary: s\npublished: 2020-01-01\nlanguage: es\ntranslation_of: story-a\n",
    )
    project.write("content/story-b/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    project.write("content/floods/story.yaml", "title: Floods\nsummary: s\npublished: 2020-01-01\n")
    project.write("content/floods/events/e1.yaml", "title: T\ndate: 2020-01-01\nsummary: s\n")
    project.write(STORY, story + "related:\n  - floods\n  - story-b\n")
    found = [w for w in warnings(project, capsys) if "related" in w]
    assert found == [
        f"{STORY}:9:5: warning: 'related[2]': story 'story-b' is this story in another language ('es'), "
        "linked already by the list of languages under its headline: take it out of 'related'"
    ]
