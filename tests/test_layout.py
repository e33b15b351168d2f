"""The package's layout, as README's "Tests" says it: every module of ``generator/`` has
its test module, ``tests/x/test_y.py`` for ``generator/x/y.py`` (a package's
``__init__.py``, where it has code, in ``tests/x/test_x.py``),
and every test module that mirrors none is named in README, so a newcomer finds where a
feature is tested."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

GENERATOR = REPO / "generator"
TESTS = REPO / "tests"


def _modules() -> set[str]:
    return {str(p.relative_to(GENERATOR).with_suffix("")) for p in GENERATOR.rglob("*.py")}


def _mirrored(test: Path) -> str:
    """The module ``test`` mirrors: tests/render/test_pages.py -> render/pages."""
    rel = test.relative_to(TESTS).with_suffix("")
    return str(rel.parent / rel.name.removeprefix("test_"))


def _has_code(module: str) -> bool:
    """Whether the module defines a function or a class (a package's ``__init__.py`` is
    often its docstring alone)."""
    tree = ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.ClassDef)) for node in tree.body)


def test_every_module_has_its_test_module() -> None:
    tested = {_mirrored(test) for test in TESTS.rglob("test_*.py")}
    missing = []
    for module in sorted(_modules()):
        folder, _, name = module.rpartition("/")
        if name == "__main__":
            continue  # 'python -m generator': start.run, tested in tests/test_start.py
        if name == "__init__":  # a package's own code: tests/speed/test_speed.py for speed/
            if _has_code(module) and f"{folder}/{folder.rpartition('/')[2]}" not in tested:
                missing.append(module)
        elif module not in tested:
            missing.append(module)
    assert not missing, f"modules without their tests/<folder>/test_<name>.py: {missing}"


def test_every_test_module_that_mirrors_no_module_is_named_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    modules = _modules() | {
        str(p.relative_to(REPO).with_suffix("")) for p in (REPO / "benchmarks").rglob("*.py")
    }
    unlisted = []
    for test in sorted(TESTS.rglob("test_*.py")):
        mirrored = _mirrored(test)
        folder, _, name = mirrored.rpartition("/")
        if mirrored in modules or f"{mirrored}/__init__" in modules or f"benchmarks/{name}" in modules:
            continue
        if folder and folder.rpartition("/")[2] == name and f"{folder}/__init__" in modules:
            continue  # tests/speed/test_speed.py: speed/__init__.py
        if test.name in readme:
            continue
        unlisted.append(str(test.relative_to(REPO)))
    assert not unlisted, f"test modules README's 'Tests' does not name: {unlisted}"
