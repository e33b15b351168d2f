"""No private name of any library: the generator uses only what libraries publish."""

from __future__ import annotations

import ast
import sys

from tests.conftest import REPO

OURS = {"generator", "benchmarks", "tests"}


def private_names(source: str) -> list[str]:
    """Each use of a ``_``-prefixed (not dunder) name of a third-party module in
    ``source``: imports of one, and attribute chains from a name imported from one."""
    tree = ast.parse(source)
    imported: dict[str, str] = {}  # local name -> dotted origin
    found: list[str] = []

    def third_party(module: str) -> bool:
        top = module.split(".")[0]
        return top not in OURS and top not in sys.stdlib_module_names and top != "__future__"

    def private(dotted: str) -> bool:
        return any(
            p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in dotted.split(".")
        )

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if third_party(alias.name):
                    imported[alias.asname or alias.name.split(".")[0]] = (
                        alias.asname and alias.name
                    ) or alias.name.split(".")[0]
                    if private(alias.name):
                        found.append(alias.name)
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and third_party(node.module)
        ):
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                imported[alias.asname or alias.name] = dotted
                if private(dotted):
                    found.append(dotted)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = ast.unparse(node).split("(")[0]
            head = chain.split(".")[0]
            if head in imported and private(chain):
                found.append(imported[head] + chain[len(head) :])
    names = set(found)
    return sorted(n for n in names if not any(other.startswith(n + ".") for other in names))  # whole chains


def test_the_check_finds_private_names() -> None:
    source = (
        "import yaml\nfrom markupsafe._speedups import _escape_inner\nfrom jinja2 import runtime\n"
        "import os\nos._exit(0)\nyaml._yaml.CParser\nruntime.Macro._func\nyaml.__version__\n"
    )
    assert private_names(source) == [
        "jinja2.runtime.Macro._func",
        "markupsafe._speedups._escape_inner",
        "yaml._yaml.CParser",
    ]


def test_the_generator_uses_no_private_name_of_any_library() -> None:
    found = {
        str(path.relative_to(REPO)): names
        for path in sorted((REPO / "generator").rglob("*.py"))
        if (names := private_names(path.read_text()))
    }
    assert found == {}
