"""The template environment: its functions and filters, the theme loader's refusals, and
the cache of compiled templates, which must never serve code compiled for other settings."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from generator.render import environment
from generator.render.environment import make_environment


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A system temporary folder of the test's own, so that the cache of compiled
    templates starts empty and is seen whole."""
    home = tmp_path / "tmp"
    home.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(home))
    yield home


def _cache_folder(home: Path) -> Path:
    return home / f"_jinja2-cache-{os.getuid()}"


def _entries(home: Path) -> dict[str, int]:
    """The cache's files and when each was last written."""
    folder = _cache_folder(home)
    return {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} if folder.exists() else {}


def _theme(tmp_path: Path, source: str) -> str:
    theme = tmp_path / "theme"
    theme.mkdir(exist_ok=True)
    (theme / "page.html").write_text(source)
    return str(theme)


def test_templates_see_the_environments_functions_and_their_own_globals() -> None:
    env = make_environment(".", {"shout": lambda s: s.upper()})
    template = env.from_string("{{ shout(word) }} {{ own }} {{ range(2) | list }}", globals={"own": "mine"})
    assert template.render(word="hi") == "HI mine [0, 1]"
    assert "own" not in env.globals  # a template's globals stay its own


def test_printed_values_and_macros_are_escaped_once() -> None:
    env = make_environment(".")
    source = '{% macro b(x) %}<b>{{ x }}</b>{% endmacro %}{{ text }} {{ b(text) }} {{ b("<i>") | upper }}'
    html = env.from_string(source).render(text="Tom & <Jerry>")
    assert html == "Tom &amp; &lt;Jerry&gt; <b>Tom &amp; &lt;Jerry&gt;</b> <B>&LT;I&GT;</B>"


def test_errors_raised_in_a_call_are_not_hidden() -> None:
    def broken() -> str:
        raise ValueError("broken")

    with pytest.raises(ValueError, match="broken"):
        make_environment(".").from_string("{{ broken() }}").render(broken=broken)


def test_the_markdown_filters() -> None:
    env = make_environment(".")
    long = "A *very* long summary, " * 20
    html = env.from_string(
        "{{ text | markdown }}|{{ text | markdown_inline }}|{{ text | description }}|{{ long | description }}"
    ).render(text="Some *Markdown* & more", long=long)
    block, inline, described, truncated = html.split("|")
    assert block == "<p>Some <em>Markdown</em> &amp; more</p>"
    assert inline == "Some <em>Markdown</em> &amp; more"
    assert described == "Some Markdown &amp; more"
    assert truncated.startswith("A very long summary, A very") and truncated.endswith("...")
    assert len(truncated) <= 200 and "<" not in truncated


def test_a_template_linked_out_of_the_theme_is_an_error_not_read(tmp_path: Path, deadline: None) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (tmp_path / "netrc").write_text("machine github.com password SECRET")
    (theme / "page.html").symlink_to(tmp_path / "netrc")
    os.mkfifo(theme / "pipe.html")
    env = make_environment(str(theme))
    with pytest.raises(jinja2.TemplateError, match="link to a file outside its folder"):
        env.get_template("page.html")
    with pytest.raises(jinja2.TemplateError, match="named pipe"):
        env.get_template("pipe.html")
    for name in ("../netrc", ".hidden.html", "a//b.html"):
        with pytest.raises(jinja2.TemplateNotFound):
            env.get_template(name)


# Each changes how a template compiles: (setting, its new value, a template showing it).
SETTINGS = [
    ("trim_blocks", False, "{% if true %}\nyes\n{% endif %}\n"),
    ("lstrip_blocks", False, "  {% if true %}yes{% endif %}\n"),
    ("keep_trailing_newline", False, "yes\n"),
    ("autoescape", False, "{{ '<b>' }}"),
    ("newline_sequence", "\r\n", "one\ntwo\n"),
    ("line_statement_prefix", "%", "% if true\nyes\n% endif\n"),
    ("comment_start_string", "<!--", "<!-- note #}yes"),
]


def _plain_output(theme: str, **settings: object) -> str:
    """What Jinja itself makes of the template, compiled afresh with no cache at all."""
    env = make_environment(theme)
    env.bytecode_cache = None
    for name, value in settings.items():
        setattr(env, name, value)
    return env.get_template("page.html").render()


@pytest.mark.parametrize(("setting", "value", "source"), SETTINGS, ids=[s[0] for s in SETTINGS])
def test_a_changed_setting_is_never_served_code_compiled_without_it(
    tmp_path: Path, cache_home: Path, setting: str, value: object, source: str
) -> None:
    theme = _theme(tmp_path, source)
    first = make_environment(theme).get_template("page.html").render()
    assert _entries(cache_home), "the first environment's compiled template was not kept"
    changed = make_environment(theme)
    setattr(changed, setting, value)
    output = changed.get_template("page.html").render()
    assert output == _plain_output(theme, **{setting: value})
    assert output != first  # else the template would not show the setting


def test_an_overlay_with_other_settings_compiles_its_own(tmp_path: Path, cache_home: Path) -> None:
    theme = _theme(tmp_path, "{% if true %}\nyes\n{% endif %}\n")
    env = make_environment(theme)
    assert env.get_template("page.html").render() == "yes\n"
    overlay = env.overlay(trim_blocks=False)
    assert overlay.get_template("page.html").render() == "\nyes\n\n"


def test_a_filter_that_wants_the_context_is_passed_it_after_a_cached_compile(
    tmp_path: Path, cache_home: Path
) -> None:
    # Jinja decides when compiling whether a filter is passed the context first.
    theme = _theme(tmp_path, "{{ 'x' | tag }}")

    def tag(value: str) -> str:
        return f"plain {value}"

    @jinja2.pass_context
    def tag_in_context(context: jinja2.runtime.Context, value: str) -> str:
        return f"{context['where']} {value}"

    env = make_environment(theme)
    env.filters["tag"] = tag
    assert env.get_template("page.html").render(where="here") == "plain x"
    env = make_environment(theme)
    env.filters["tag"] = tag_in_context
    assert env.get_template("page.html").render(where="here") == "here x"


def test_compiled_templates_are_reused_for_the_same_settings(tmp_path: Path, cache_home: Path) -> None:
    theme = _theme(tmp_path, "{% if true %}\nyes\n{% endif %}\n")
    make_environment(theme).get_template("page.html")
    kept = _entries(cache_home)
    assert len(kept) == 1
    make_environment(theme).get_template("page.html")
    assert _entries(cache_home) == kept  # loaded, not compiled and written again
    changed = make_environment(theme)
    changed.trim_blocks = False
    changed.get_template("page.html")
    both = _entries(cache_home)
    assert len(both) == 2  # the other settings have an entry of their own ...
    make_environment(theme).get_template("page.html")
    changed.get_template("page.html")
    assert _entries(cache_home) == both  # ... so going back and forth compiles nothing


def test_another_jinja_release_compiles_afresh(
    tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    theme = _theme(tmp_path, "yes")
    make_environment(theme).get_template("page.html")
    monkeypatch.setattr(environment, "JINJA_VERSION", "9.9.9")
    make_environment(theme).get_template("page.html")
    assert len(_entries(cache_home)) == 2


def test_the_cache_is_private_to_the_user(tmp_path: Path, cache_home: Path) -> None:
    theme = _theme(tmp_path, "yes")
    make_environment(theme).get_template("page.html")
    folder = _cache_folder(cache_home)
    status = folder.lstat()
    assert stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid()
    assert stat.S_IMODE(status.st_mode) == 0o700
    for entry in folder.iterdir():
        assert stat.S_IMODE(entry.stat().st_mode) & 0o077 == 0, entry


def test_an_unsafe_cache_folder_is_not_used(tmp_path: Path, cache_home: Path) -> None:
    # Someone else could have made the per-user name a link to a folder of theirs.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _cache_folder(cache_home).symlink_to(elsewhere)
    env = make_environment(_theme(tmp_path, "{{ 1 + 1 }}"))
    assert env.bytecode_cache is None
    assert env.get_template("page.html").render() == "2"
    assert not list(elsewhere.iterdir())


def test_a_cache_folder_removed_while_building_is_no_error(tmp_path: Path, cache_home: Path) -> None:
    # The system's temporary folder may be cleaned while a build or the preview runs.
    env = make_environment(_theme(tmp_path, "{{ 2 + 3 }}"))
    assert env.bytecode_cache is not None
    shutil.rmtree(_cache_folder(cache_home))
    assert env.get_template("page.html").render() == "5"
