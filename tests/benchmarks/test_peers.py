"""The synthetic site written for Hugo, Jekyll and MkDocs (``benchmarks/peers.py``): the
same facts in each tool's files, and the command that builds each."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from benchmarks import peers
from benchmarks.synthetic import generate


@pytest.mark.parametrize("tool", peers.TOOLS)
def test_each_peer_gets_every_event_with_the_same_facts(tmp_path: Path, tool: str) -> None:
    root = tmp_path / tool
    peers.write(tool, str(root), 60)
    data = generate(60)
    for i in (0, 3, 59):
        text = Path(peers.event_file(tool, str(root), i)).read_text()
        event = data.events[i]
        assert event.title in text and event.summary in text and event.date in text
    folder = Path(peers.event_file(tool, str(root), 0)).parent
    assert len(list(folder.glob("*.md"))) == 60
    assert peers.command(tool, str(root))[0].endswith(tool)


def test_each_tools_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for tool in ("hugo", "jekyll"):  # found on the PATH
        program = tmp_path / tool
        program.write_text("#!/bin/sh\n")
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tmp_path))
    hugo, jekyll = str(tmp_path / "hugo"), str(tmp_path / "jekyll")
    assert peers.available("hugo") and peers.available("jekyll")
    assert peers.command("hugo", "root") == [hugo, "--quiet", "--destination", "public"]
    assert peers.command("hugo", "root", incremental=True) == [hugo, "--quiet", "--destination", "public"]
    assert peers.command("jekyll", "root") == [jekyll, "build", "--quiet"]
    assert peers.command("jekyll", "root", incremental=True) == [jekyll, "build", "--quiet", "--incremental"]
    mkdocs = peers.command("mkdocs", "root", incremental=True)
    assert mkdocs[1:] == ["build", "--quiet", "--dirty"]
    # Not on the PATH: beside this Python (as MkDocs in our venv), else the bare name.
    assert mkdocs[0] in (os.path.join(os.path.dirname(sys.executable), "mkdocs"), "mkdocs")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    assert not peers.available("hugo")
    assert peers.command("hugo", "root")[0] == "hugo"


def test_hugo_gets_front_matter_and_its_taxonomies(tmp_path: Path) -> None:
    peers.write("hugo", str(tmp_path), 30)
    event = generate(30).events[4]
    assert Path(peers.event_file("hugo", str(tmp_path), 4)).read_text() == (
        f'---\ntitle: "Event number 4"\ndate: {event.date}\nfigures: [{", ".join(event.figures)}]\n'
        f"locations: [{event.location}]\n---\n{event.summary}\n"
    )
    config = (tmp_path / "hugo.toml").read_text()
    assert '[taxonomies]\nfigure = "figures"\nlocation = "locations"\n' in config


def test_jekyll_gets_a_page_for_each_figure_and_place(tmp_path: Path) -> None:
    peers.write("jekyll", str(tmp_path), 60)
    data = generate(60)
    figures = sorted(p.name for p in (tmp_path / "_figures").iterdir())
    places = sorted(p.name for p in (tmp_path / "_locations").iterdir())
    assert figures == sorted(f"{fid}.md" for fid, *_ in data.figures)
    assert places == sorted(f"{lid}.md" for lid, *_ in data.locations)
    assert (tmp_path / "_figures/figure-0.md").read_text() == (
        '---\ntitle: "Figure 0"\nkey: figure-0\nlayout: figure\n---\n'
    )


def test_mkdocs_gets_the_lists_a_template_would_make_written_out(tmp_path: Path) -> None:
    peers.write("mkdocs", str(tmp_path), 60)
    data = generate(60)
    for fid, name, *_ in data.figures:
        page = (tmp_path / "docs/figures" / f"{fid}.md").read_text()
        listed = [line for line in page.splitlines() if line.startswith("1. ")]
        assert page.startswith(f"# {name}\n\n")
        assert listed == [f"1. [{e.title}](../events/{e.id}.md)" for e in data.events if fid in e.figures]
    timeline = (tmp_path / "docs/index.md").read_text()
    assert timeline.count("\n## [Event number ") == 60
