"""The interface content code remembers through: the plain one works everything out
every time; the speed package's ``Memo`` is one too, and remembers."""

from __future__ import annotations

import ast
from pathlib import Path

import generator.content
from generator.content.file_check import check_file
from generator.content.kinds import Kind
from generator.content.remember import FORGETFUL, Forgetful, Memory
from generator.content.yamlnodes import Mapping, parse_yaml
from generator.speed.incremental import Memo


def parsed(text: str) -> Mapping:
    root = parse_yaml(text, "events/e.yaml", [])
    assert isinstance(root, Mapping)
    return root


def test_forgetful_works_every_answer_out_again() -> None:
    memory: Memory = Forgetful()
    owner = parsed("title: T\n")
    calls: list[int] = []

    def make() -> list[int]:
        calls.append(1)
        return [len(calls)]

    assert memory.derived(owner, make, ("en",)) == [1]
    assert memory.derived(owner, make, ("en",)) == [2]
    assert memory.same(("timeline", "s"), {"e": 1}, make) == [3]
    assert memory.same(("timeline", "s"), {"e": 1}, make) == [4]
    values = {"title": "T"}
    assert memory.model(values, ("e", "en"), lambda n: [n], 5) == [5]
    assert memory.model(values, ("e", "en"), lambda n: [n], 6) == [6]
    memory.finish()
    memory.modelled()
    assert len(calls) == 4


def test_forgetful_hands_back_no_check_it_was_given() -> None:
    root = parsed("title: T\ndate: 2020\nsummary: s\n")
    result = check_file(root, Kind.EVENT)
    FORGETFUL.keep(root, result)
    assert FORGETFUL.get(root) is None


def test_memo_is_a_memory_that_remembers_what_forgetful_does_not() -> None:
    owner = parsed("title: T\n")
    # Typed as the interface, so mypy checks that a Memo is one.
    cases: list[tuple[Memory, int]] = [(Memo(), 1), (FORGETFUL, 2)]
    for memory, times in cases:
        calls: list[int] = []

        def make(calls: list[int] = calls) -> int:
            calls.append(1)
            return len(calls)

        memory.derived(owner, make, ("en",))
        memory.finish()
        memory.derived(owner, make, ("en",))
        assert len(calls) == times


def test_no_content_module_imports_the_speed_package() -> None:
    """Content code asks a ``Memory`` and never learns of the speed-ups, not even for a
    type (an import under ``TYPE_CHECKING`` counts)."""
    folder = Path(generator.content.__file__).parent
    importing = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            if any(n == "generator.speed" or n.startswith("generator.speed.") for n in names):
                importing.append(f"{path.relative_to(folder)}:{node.lineno}")
    assert importing == []
