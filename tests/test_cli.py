"""The command line: verbs, options, exit codes, and no tracebacks for content problems."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, TEMPLATES, Project
from tests.images import photo


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # buffered output, as in a pipe or a CI log (this machine sets PYTHONUNBUFFERED)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTHONUNBUFFERED", None)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_build_exits_0_and_says_what_it_did(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--templates", TEMPLATES]) == 0
    out = capsys.readouterr().out
    assert out.startswith("built 1 story, ")
    assert (project.root / "site/story-a/index.html").exists()


def test_a_build_says_it_encodes_pictures_before_the_wait_and_how_many_after(
    project: Project, own_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Encoding a camera photo takes seconds: a first build of a story with many was silent
    # for minutes. It says how many it is about to encode, and after, how many it took
    # from the cache.
    project.write("content/story-a/media/one.jpg", photo(640, 480))
    story = (project.root / "content/story-a/story.yaml").read_text()
    project.write("content/story-a/story.yaml", story + "image:\n  src: media/one.jpg\n  alt: One\n")
    assert main(["build", "--templates", TEMPLATES]) == 0
    said = capsys.readouterr()
    assert "encoding 1 picture into its sizes and formats" in said.err
    assert said.out.startswith("built 1 story, ")
    assert said.out.rstrip().endswith(" s (1 picture: 1 encoded, 0 from the cache)")
    assert main(["build", "--templates", TEMPLATES]) == 0
    said = capsys.readouterr()
    assert "encoding" not in said.err
    assert said.out.rstrip().endswith(" s (1 picture: 0 encoded, 1 from the cache)")


def test_a_build_without_pictures_says_nothing_of_them(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write(
        "content/site.yaml", "title: Test site\nbase_url: https://example.org/\n"
    )  # a card is drawn
    assert main(["build", "--templates", TEMPLATES]) == 0
    assert (project.root / "site/story-a/card.png").exists()
    said = capsys.readouterr()
    assert "picture" not in said.out + said.err  # the social card drawn is not a picture of the story's
    assert said.out.rstrip().endswith(" s")


def test_content_errors_exit_1_with_every_problem(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    project.write("content/story-a/events/e1.yaml", "title: x\ndate: 2020-02-30\nsumary: y\n")
    assert main(["build", "--templates", TEMPLATES]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [  # 'sumary' is one mistake: its "did you mean" says what is missing
        "content/story-a/events/e1.yaml:2:7: 'date' is not a valid date: February 2020 has no day 30",
        "content/story-a/events/e1.yaml:3:1: unknown key 'sumary' in event; did you mean 'summary'?",
        "2 errors; nothing was built or changed",
    ]
    assert main(["check"]) == 1


NO_CONTENT = '; start one with: explainer new site --title "..."'
NO_THEME = (
    "; the theme is the templates/ folder of explainer's repository: copy it into the project, "
    "or give its place with --templates"
)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "--content", "missing"],
            f"explainer: error: content folder 'missing' not found{NO_CONTENT} --content missing",
        ),
        (
            ["check", "--content", "missing"],
            f"explainer: error: content folder 'missing' not found{NO_CONTENT} --content missing",
        ),
        (["build", "--templates", "nope"], f"explainer: error: templates folder 'nope' not found{NO_THEME}"),
        (
            ["build", "--templates", TEMPLATES, "--out", "content"],
            "explainer: error: output folder 'content' is or contains the content folder; choose another",
        ),
    ],
)
def test_usage_errors_exit_2(
    project: Project, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == message


def test_a_base_url_of_a_path_alone_is_told_to_be_the_whole_address(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # An editor publishing under a sub-path gave '--base-url /explicador/', as Jekyll's
    # baseurl is written, and was told only that it was no http(s) address.
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--base-url", "/explicador"])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "explainer build: error: argument --base-url: expected an http(s) address (the site's folder), "
        "without spaces, quotation marks or angle brackets, got '/explicador'; give the site's whole "
        "address, such as 'https://your-org.github.io/explicador/' (the pages work in any folder as they "
        "are: the address is for what needs it whole, such as feeds and the embed code)"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        [],
        ["build", "--nope"],
        ["build", "--base-url", "example.org"],
        ["build", "--base-url", "https://example.org/\rDisallow: /\r/"],
        ["build", "--base-url", "https://example.org/a b/"],
        ["build", "--base-url", "https://u:p@example.org/"],
        ["build", "--base-url", "https://example.org/?q=/"],
        ["build", "--base-url", "https:///"],  # an empty variable in a script: no host
        ["build", "--base-url", 'https://ex"ample.org/'],
        ["build", "--base-url", "https://example.org/a<b>/"],
        ["check", "--base-url", "https://example.org/?q=/"],  # checked as build checks it
        ["check", "--base-url", "https:///"],
    ],
)
def test_bad_arguments_exit_2(project: Project, args: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2


@pytest.mark.parametrize("verb", [[], ["build"], ["check"]])
def test_every_verb_has_help(verb: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*verb, "--help"])
    assert exit_.value.code == 0
    assert "usage: explainer" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "usage", "stray"),
    [
        (["check", "--templates", "theme"], "explainer check [-h]", "--templates theme"),
        (["build", "--bogus"], "explainer build [-h]", "--bogus"),
        (["new", "story", "s", "--title", "T", "--bogus"], "explainer new story [-h]", "--bogus"),
        (["import", "timelinejs", "a.json", "--story", "s", "-x"], "explainer import timelinejs", "-x"),
    ],
)
def test_an_unknown_argument_is_reported_with_its_commands_usage(
    args: list[str], usage: str, stray: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'check --templates theme' printed the top level's 'usage: explainer [-h] COMMAND ...',
    # which does not say what check takes.
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: {usage}")
    assert f"error: unrecognized arguments: {stray}\n" in err


@pytest.mark.parametrize("kind", ["site", "story", "event", "figure", "location"])
def test_every_argument_of_new_is_explained(kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    # 'new story --help' listed ID and --title, 'new figure --help' STORY, ID and --name,
    # with no word on what to give.
    with pytest.raises(SystemExit):
        main(["new", kind, "--help"])
    lines = capsys.readouterr().out.split("\n\n", 1)[1].splitlines()  # below the usage
    unexplained = [
        line.strip()
        for line, after in zip(lines, [*lines[1:], ""], strict=True)
        # An argument's line, its help neither beside it nor on the line below it.
        if re.fullmatch(r"  \S+(?: \S+)?", line) and not after.startswith("    ")
    ]
    assert unexplained == []


def test_python_dash_m_runs_the_same_cli(project: Project) -> None:
    project.write("content/story-a/events/e1.yaml", b"title: \xff\n")
    result = run("check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("content/story-a/events/e1.yaml:1:8: file is not UTF-8 text")


def test_a_build_from_the_command_line_says_what_it_did_before_it_ends(project: Project) -> None:
    result = run("build", "--templates", TEMPLATES)
    assert (result.returncode, result.stdout[:15]) == (0, "built 1 story, ")
    assert result.stdout.endswith("\n") and "Traceback" not in result.stderr
    assert (project.root / "site/story-a/index.html").exists()
    result = run("check")
    assert (result.returncode, result.stderr) == (0, "ok: 1 story, 1 event, no problems\n")


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"\x00\x01\x02",
        b"- a\n- b\n",
        b"title: [\n",
        b"{{{{",
        b"title: !!binary aGk=\n",
        b"a: &a [*a]\n",
        b"\xef\xbb\xbf",
        b"title: x\n" * 3,
        b"? a\n? b\n",
        b"\t- x\n",
    ],
)
def test_no_content_problem_produces_a_traceback(project: Project, text: bytes) -> None:
    project.write("content/story-a/events/e1.yaml", text)
    result = run("build", "--templates", TEMPLATES)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("content/story-a/events/e1.yaml:")


def test_the_console_script_is_installed() -> None:
    script = os.path.join(os.path.dirname(sys.executable), "explainer")
    result = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "build" in result.stdout and "check" in result.stdout


def test_terminal_escapes_in_content_are_never_printed_raw(project: Project) -> None:
    # A key holding ESC [2J (clear screen) and a fake "ok": shown escaped, not obeyed.
    project.write("content/story-a/events/e1.yaml", 'title: x\ndate: 2020-01-01\nsummary: y\n"\\e[2Jok": 1\n')
    result = run("check")
    assert result.returncode == 1
    assert "\x1b" not in result.stderr + result.stdout
    assert "unknown key '\\x1b[2Jok' in event" in result.stderr


ADDRESSES = [
    "https://example.org/",
    "HTTPS://example.org/news/",
    "http://localhost:8000/",
    "https:///",
    'https://ex"ample.org/',
    "https://example.org/a<b>/",
    "https://example.org/a b/",
    "https://example.org/repo",
    "https://u:p@example.org/",
    "https://example.org/?q=/",
    "ftp://example.org/",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_base_url_on_the_command_line_follows_the_rule_of_site_yaml(project: Project, address: str) -> None:
    # One rule: an address refused in site.yaml is refused by --base-url, and one taken
    # there is taken here (an empty variable in a script once published 'https:///').
    project.write("content/site.yaml", f"title: T\nbase_url: {json.dumps(address)}\n")  # JSON is YAML
    in_site_yaml = not any("site.yaml" in problem for problem in project.problems())
    try:
        main(["build", "--base-url", address, "--help"])
    except SystemExit as exit_:
        on_command_line = exit_.code == 0
    assert on_command_line == in_site_yaml


def test_a_syntax_error_stops_one_file_only_and_the_tally_says_the_file_was_read_no_further(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # YAML stops at the first syntax error of a file (the unclosed '[' hides 'summary: y: z'),
    # but every other file is read and checked in the same run.
    project.write("content/story-a/events/e1.yaml", "title: [x\ndate: 2020\nsummary: y: z\n")
    project.write("content/story-a/figures/fig-a.yaml", "name: A\nrole R\n")
    project.write("content/story-a/locations/loc-a.yaml", "name: Place A\ncoordinates: [100, 20]\n")
    for verb in (["check"], ["build", "--templates", TEMPLATES]):
        assert main(verb) == 1
        err = capsys.readouterr().err.splitlines()
        assert [line.split(": ", 1)[0] for line in err[:3]] == [
            "content/story-a/events/e1.yaml:1:8",
            "content/story-a/figures/fig-a.yaml:2:1",
            "content/story-a/locations/loc-a.yaml:2:15",
        ]
        assert "YAML syntax error" in err[0] and "YAML syntax error" in err[1]
        assert err[-1] == (
            "note: YAML reads a file no further than its first syntax error; once that is fixed, check "
            "again for any mistake after it"
        )
    # Without a syntax error, no such note: the list is all there is.
    project.write("content/story-a/events/e1.yaml", "title: x\ndate: 2020\nsummary: y\n")
    project.write("content/story-a/figures/fig-a.yaml", "name: A\nrole: R\n")
    assert main(["check"]) == 1
    assert "note:" not in capsys.readouterr().err


def test_coordinates_given_as_two_words_are_read_as_one_value(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # '--coordinates 30.35 32.37' without quotes was "unrecognized arguments: 32.37", and
    # '--coordinates 30.35, 32.37' the same, though it says what was meant.
    args = ["new", "location", "story-a", "lake", "--name", "Lake"]
    assert main([*args, "--coordinates", "30.35", "32.37"]) == 2
    assert capsys.readouterr().err == (
        "explainer: error: --coordinates '30.35 32.37' is not LAT,LON: two decimal numbers, north and "
        "east positive; did you mean --coordinates=30.35,32.37?\n"
    )
    assert main([*args, "--coordinates", "-27.37", "-70.33"]) == 2
    assert "did you mean --coordinates=-27.37,-70.33?" in capsys.readouterr().err
    assert main([*args, "--coordinates", "30.35,", "32.37"]) == 0
    lake = (project.root / "content/story-a/locations/lake.yaml").read_text()
    assert "coordinates: [30.35, 32.37]" in lake


def _site_built(project: Project, *args: str) -> dict[str, bytes]:
    out = project.root / "site"
    assert main(["build", "--templates", TEMPLATES, "--out", str(out), *args]) == 0
    files = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    # Pagefind names its filter files differently from one run to the next, whatever the pages.
    return {path: data for path, data in files.items() if not path.startswith("pagefind/")}


def test_a_folders_address_without_its_last_slash_builds_the_site_as_with_it(
    project: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    # GitHub shows a project site's address without it, and other generators take it so:
    # 'https://example.org/repo' is the folder 'repo/', never a site under '/'.
    with_slash = _site_built(project, "--base-url", "https://example.org/repo/")
    assert b'href="https://example.org/repo/story-a/"' in with_slash["story-a/index.html"]
    assert _site_built(project, "--base-url", "https://example.org/repo") == with_slash
    project.write("content/site.yaml", "title: Test site\nbase_url: https://example.org/repo\n")
    assert project.problems() == []
    assert _site_built(project) == with_slash
    assert main(["check", "--strict", "--base-url", "https://example.org/repo"]) == 0
