"""What the preview keeps between rebuilds: parsed files while their ``stat`` is
unchanged, check results and model objects while their nodes are the same objects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import pipeline, speed
from generator.content import contentfile, order
from generator.content.contentfile import ContentFile
from generator.content.file_check import FileResult
from generator.errors import ContentError, Problem
from generator.speed import incremental
from generator.speed.incremental import FileCache, Memo
from tests.conftest import TEMPLATES, Project


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the cache parsed, in order."""
    parsed: list[str] = []
    real = contentfile.read_file

    def read_file(path: str, file_id: str, problems: list[Problem]) -> ContentFile:
        parsed.append(path)
        return real(path, file_id, problems)

    monkeypatch.setattr(incremental, "read_file", read_file)
    return parsed


def test_an_unchanged_file_is_handed_back_without_reading_it(project: Project, reads: list[str]) -> None:
    cache = FileCache()
    path = "content/story-a/events/e1.yaml"
    problems: list[Problem] = []
    first = cache.read(path, "e1", problems)
    assert first.root is not None and list(first.root.items) == [
        "title",
        "date",
        "summary",
        "figures",
        "locations",
        "sources",
    ]
    assert cache.read(path, "e1", problems) is first
    assert reads == [path] and problems == []


def test_a_changed_file_is_read_again(project: Project, reads: list[str]) -> None:
    cache = FileCache()
    path = "content/story-a/figures/fig-a.yaml"
    first = cache.read(path, "fig-a", [])
    project.write(path, "name: Figure A\nrole: Someone else\n")  # the same size would do: the times change
    second = cache.read(path, "fig-a", [])
    assert second is not first and second.root is not None
    assert second.root.items["role"][1].value == "Someone else"  # type: ignore[union-attr]
    assert cache.read(path, "fig-a", []) is second
    assert reads == [path, path]


def test_a_file_touched_with_the_same_content_is_read_again(project: Project, reads: list[str]) -> None:
    # Only stat is looked at, as the watcher does: a touched file is a changed file.
    cache = FileCache()
    path = "content/site.yaml"
    cache.read(path, "site", [])
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    cache.read(path, "site", [])
    assert reads == [path, path]


def test_files_gone_are_forgotten_after_a_build_those_unread_but_there_are_kept(
    project: Project, reads: list[str]
) -> None:
    # An editor's day: events added and removed, one after another. The cache holds the
    # files there now, not every file it ever read.
    cache = FileCache()
    cache.read("content/site.yaml", "site", [])
    for i in range(20):
        path = f"content/story-a/events/added-{i}.yaml"
        project.write(path, f"title: Added {i}\ndate: 2010\n")
        cache.read(path, f"added-{i}", [])
        cache.forget_gone()
        os.remove(path)
        cache.forget_gone()  # the build after the removal reads the others only
    assert len(cache) == 1  # site.yaml: not read since, but still there
    cache.read("content/site.yaml", "site", [])
    assert reads.count("content/site.yaml") == 1  # kept, so not read again


def test_a_preview_rebuilt_after_events_added_and_removed_keeps_only_the_files_there(
    project: Project,
) -> None:
    fast = speed.for_content("content")
    assert isinstance(fast, speed.Fast) and fast.files is not None
    p = pipeline.Project("content", TEMPLATES, drafts=True)
    pipeline.render(p, fast)
    there = len(fast.files)
    for i in range(10):
        project.write(
            f"content/story-a/events/added-{i}.yaml",
            f"title: Added {i}\ndate: 2010\nsummary: Added.\nsources: [src-a]\n",
        )
        pipeline.render(p, fast)
        os.remove(f"content/story-a/events/added-{i}.yaml")
        pipeline.render(p, fast)
    assert len(fast.files) == there


def test_the_same_file_under_another_id_is_read_again(project: Project, reads: list[str]) -> None:
    cache = FileCache()
    path = "content/site.yaml"
    cache.read(path, "site", [])
    assert cache.read(path, "other", []).id == "other"
    assert reads == [path, path]


def test_the_problems_of_a_kept_file_are_reported_on_every_build(project: Project, reads: list[str]) -> None:
    cache = FileCache()
    path = project.write("content/story-a/events/bad.yaml", "title: [unclosed\n").relative_to(project.root)
    first: list[Problem] = []
    cache.read(str(path), "bad", first)
    again: list[Problem] = []
    cache.read(str(path), "bad", again)
    assert first and [str(p) for p in again] == [str(p) for p in first]
    assert reads == [str(path)]


def test_a_file_that_cannot_be_stat_ed_is_reported_as_reading_would(project: Project) -> None:
    problems: list[Problem] = []
    found = FileCache().read("content/missing.yaml", "missing", problems)
    assert found.root is None
    assert [str(p) for p in problems] == [
        "content/missing.yaml:1:1: cannot read file: No such file or directory"
    ]


def test_memo_hands_back_a_result_for_the_very_same_nodes(project: Project) -> None:
    memo = Memo()
    root = FileCache().read("content/site.yaml", "site", []).root
    twin = FileCache().read("content/site.yaml", "site", []).root  # equal, not the same
    assert root is not None and twin is not None and root == twin
    result = FileResult(values={"title": "Test site"}, problems=[], refs=[], images=[])
    assert memo.get(root) is None
    memo.keep(root, result)
    assert memo.get(root) is result
    assert memo.get(twin) is None
    memo.finish()
    assert memo.get(root) is result  # the next build
    memo.finish()
    assert memo.get(root) is None  # not kept by that build: forgotten


def test_memo_hands_back_the_same_model_object_while_values_and_extra_are_unchanged() -> None:
    memo = Memo()
    values: dict[str, object] = {"name": "A"}
    made: list[str] = []

    def make(label: str) -> list[str]:
        made.append(label)
        return [label]

    first = memo.model(values, ("x",), make, "first")
    memo.modelled()
    memo.finish()  # a build that stopped at its checks: no model, nothing forgotten
    assert memo.model(values, ("x",), make, "again") is first
    memo.modelled()
    assert memo.model(values, ("y",), make, "other extra") == ["other extra"]
    memo.modelled()
    assert memo.model({"name": "A"}, ("y",), make, "equal values") == ["equal values"]
    memo.modelled()
    memo.modelled()  # a model that did not use it
    assert memo.model(values, ("y",), make, "forgotten") == ["forgotten"]
    assert made == ["first", "other extra", "equal values", "forgotten"]


def test_memo_finds_again_what_its_owner_and_inputs_decide_once_either_changes() -> None:
    memo = Memo()
    owner, other = object(), object()
    found: list[str] = []

    def find(label: str) -> str:
        found.append(label)
        return label

    assert memo.derived(owner, lambda: find("first"), ("en",)) == "first"
    memo.finish()
    assert memo.derived(owner, lambda: find("unused"), ("en",)) == "first"  # the very same
    memo.finish()
    assert memo.derived(owner, lambda: find("language"), ("fr",)) == "language"
    memo.finish()
    assert memo.derived(other, lambda: find("owner"), ("fr",)) == "owner"
    assert found == ["first", "language", "owner"]


def test_memo_keeps_apart_each_thing_found_from_one_owner() -> None:
    memo = Memo()
    owner = object()
    found: list[str] = []

    def find(label: str) -> str:
        found.append(label)
        return label

    assert memo.derived(owner, lambda: find("links"), what="links") == "links"
    assert memo.derived(owner, lambda: find("texts"), what="texts") == "texts"
    memo.finish()
    assert memo.derived(owner, lambda: find("again"), what="links") == "links"
    assert memo.derived(owner, lambda: find("again"), what="texts") == "texts"
    assert found == ["links", "texts"]


def test_memo_hands_back_what_was_found_while_the_inputs_are_equal() -> None:
    memo = Memo()
    made: list[str] = []

    def make(label: str) -> list[str]:
        made.append(label)
        return [label]

    first = memo.same("k", {"a": 1}, lambda: make("first"))
    memo.finish()
    assert memo.same("k", {"a": 1}, lambda: make("again")) is first  # equal, not the same
    assert memo.same("other key", {"a": 1}, lambda: make("other key")) == ["other key"]
    memo.finish()
    assert memo.same("k", {"a": 2}, lambda: make("changed")) == ["changed"]
    memo.finish()
    memo.finish()  # a build that did not use it
    assert memo.same("k", {"a": 2}, lambda: make("forgotten")) == ["forgotten"]
    assert made == ["first", "other key", "changed", "forgotten"]


def test_a_rebuild_orders_the_timeline_again_only_when_a_placement_changed(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-02-01\nsummary: Later.\n")
    ordered: list[int] = []
    real = order.timeline

    def timeline(placements: dict[str, order.Placement]) -> tuple[list[str], list[order.OrderProblem]]:
        ordered.append(len(placements))
        return real(placements)

    monkeypatch.setattr(order, "timeline", timeline)
    fast = speed.Fast("content")
    _, _, first = pipeline.load_and_check("content", fast)
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2020-02-01\nsummary: Changed.\n")
    _, _, same_order = pipeline.load_and_check("content", fast)
    project.write("content/story-a/events/e2.yaml", "title: Second\ndate: 2019-12-01\nsummary: Earlier.\n")
    _, _, moved = pipeline.load_and_check("content", fast)
    assert ordered == [2, 2]  # not for the summary's change
    assert [e.id for e in first.stories[0].events] == ["e1", "e2"]
    assert [e.id for e in same_order.stories[0].events] == ["e1", "e2"]
    assert same_order.stories[0].events[1].summary != first.stories[0].events[1].summary
    assert [e.id for e in moved.stories[0].events] == ["e2", "e1"]
    _, _, plain = pipeline.load_and_check("content")  # the plain way: the same order, found again
    assert [e.id for e in plain.stories[0].events] == ["e2", "e1"] and ordered == [2, 2, 2]


def test_a_placement_problem_kept_with_its_timeline_is_reported_on_every_rebuild(project: Project) -> None:
    project.write("content/story-a/events/e2.yaml", "title: B\ndate: 2020-01-01\nsummary: B.\nafter: e3\n")
    project.write("content/story-a/events/e3.yaml", "title: C\ndate: 2020-01-01\nsummary: C.\nafter: e2\n")
    fast = speed.Fast("content")
    reported = []
    for summary in ("First.", "Second.", "Second."):  # the placements never change
        project.write("content/story-a/events/e1.yaml", f"title: A\ndate: 2020-01-01\nsummary: {summary}\n")
        with pytest.raises(ContentError) as caught:
            pipeline.load_and_check("content", fast)
        reported.append([str(p) for p in caught.value.problems])
    assert len(reported[0]) == 2 and all("makes a loop" in p for p in reported[0])
    assert reported[1] == reported[0] and reported[2] == reported[0]


def test_a_rebuild_keeps_the_model_objects_of_unchanged_files(project: Project) -> None:
    fast = speed.Fast("content")
    _, _, before = pipeline.load_and_check("content", fast)
    project.write("content/story-a/figures/fig-a.yaml", "name: Figure A\nrole: Someone else\n")
    _, _, after = pipeline.load_and_check("content", fast)
    story_before, story_after = before.stories[0], after.stories[0]
    assert story_after.events[0] is story_before.events[0]
    assert story_after.locations["loc-a"] is story_before.locations["loc-a"]
    assert story_after.figures["fig-a"] is not story_before.figures["fig-a"]
    assert story_after.figures["fig-a"].role == "Someone else"
    # The plain way keeps nothing: equal objects, never the same ones.
    _, _, plain = pipeline.load_and_check("content")
    assert plain.stories[0].events[0] == story_after.events[0]
    assert plain.stories[0].events[0] is not story_after.events[0]


@pytest.mark.parametrize(
    "broken",
    ["title: [broken\n", "title: T\ndate: 2020-13-45\nsummary: s\n"],
    ids=["not YAML", "not a date"],
)
def test_a_rebuild_after_a_mistake_keeps_the_model_objects_of_the_build_before(
    project: Project, broken: str
) -> None:
    # The editor saves a mistake, then fixes it: the pages of the rest are reused as they
    # were, their entries included, only if their objects are the very same ones.
    event = "content/story-a/events/e2.yaml"
    kept = "title: Second\ndate: 2020-01-03\nsummary: More.\nsources: [src-a]\n"
    project.write(event, kept)
    fast = speed.Fast("content")
    _, _, before = pipeline.load_and_check("content", fast)
    project.write(event, broken)
    with pytest.raises(ContentError):
        pipeline.load_and_check("content", fast)
    project.write(event, kept)
    _, _, after = pipeline.load_and_check("content", fast)
    old, new = before.stories[0], after.stories[0]
    assert [e.id for e in new.events] == ["e1", "e2"]
    assert new.events[0] is old.events[0] and new.figures["fig-a"] is old.figures["fig-a"]


def test_the_snapshot_of_a_theme(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    (theme / "assets").mkdir(parents=True)
    for name in ("page.html", "_macros.html", ".page.html.swp", "assets/style.css"):
        (theme / name).write_text("x")
    state = incremental.snapshot([str(theme)])
    assert sorted(os.path.relpath(p, theme) for p in state) == [
        "_macros.html",
        "assets/style.css",
        "page.html",
    ]
    path = str(theme / "_macros.html")
    assert state[path] == incremental.identity(os.stat(path))
    (theme / "_macros.html").write_text("changed")
    assert incremental.snapshot([str(theme)]) != state
    assert incremental.snapshot([str(tmp_path / "gone")]) == {}
