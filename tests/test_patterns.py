"""Expressions compiled when first used (``generator/patterns.py``)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

import generator
from generator import patterns
from generator.patterns import later

REPO = __file__.rsplit("/tests/", 1)[0]


def test_an_expression_is_compiled_at_its_first_use_and_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MADE", [])  # not the package's
    broken = later("(unclosed")  # no error yet: nothing is compiled
    with pytest.raises(re.error):
        broken()
    words = later(r"\w+", re.ASCII)
    assert words() is words()
    assert words().flags & re.ASCII
    assert words().findall("été 2010") == ["t", "2010"]
    made = patterns.MADE
    assert made == [broken, words]


def test_bytes_expressions_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MADE", [])
    marker = later(rb"\xff[^\x00]")
    assert marker().search(b"ab\xff\xd8") is not None


def test_every_expression_of_the_package_compiles() -> None:
    """Each module's expressions, compiled here: one a build rarely uses (a language's,
    an error's hint) would otherwise show its mistake to the first editor who needs it."""
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if module.name != "generator.__main__":
            importlib.import_module(module.name)
    from generator.content import ids
    from generator.i18n import dates

    assert ids._HAN in patterns.MADE and dates._LITHUANIAN_MONTH in patterns.MADE
    for compiled in patterns.MADE:
        assert isinstance(compiled(), re.Pattern)


def test_loading_the_command_compiles_none() -> None:
    """The modules ``explainer build`` loads make their expressions without compiling one:
    that is the point of them (each compiled on import cost the command's start)."""
    script = (
        "import generator.speed, generator.cli\n"
        "from generator.patterns import MADE\n"
        "print(len(MADE), sum(1 for made in MADE if made.cache_info().currsize))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    made, compiled = map(int, out.stdout.split())
    assert made > 100
    assert compiled == 0


def test_loading_the_command_compiles_no_expression_of_checks_hints() -> None:
    """``content/hints.py`` serves an error's hint alone (coordinates in degrees, a number
    with a decimal comma): its expressions, the one for degrees costly to compile, wait
    for a mistake to explain."""
    script = (
        "import re, sys\n"
        "compile_ = re.compile\n"
        "def noted(pattern, flags=0):\n"
        "    caller = sys._getframe(1).f_globals.get('__name__')\n"
        "    if caller == 'generator.content.hints':\n"
        "        print(pattern)\n"
        "    return compile_(pattern, flags)\n"
        "re.compile = noted\n"
        "import generator.speed, generator.cli, generator.content.hints\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout == ""
