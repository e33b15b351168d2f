"""The cache of compiled templates, which must never serve code compiled for other
settings, and is only the fast build's."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import babel
import jinja2
import nh3
import pytest

from generator.render import environment
from generator.render.renderer import SiteRenderer
from generator.speed import templatecache
from generator.speed.rendering import FastRenderer
from tests.conftest import REPO, GeneratorCopy

FIXTURE = str(REPO / "tests" / "fixtures" / "small" / "content")


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


def make_environment(theme: str) -> jinja2.Environment:
    """The site's environment for ``theme``, keeping compiled templates as a fast build does."""
    return environment.make_environment(theme, bytecode_cache=templatecache.compiled_templates())


def test_only_the_fast_renderer_keeps_compiled_templates(tmp_path: Path, cache_home: Path) -> None:
    theme = _theme(tmp_path, "yes")
    plain = SiteRenderer(theme)
    assert plain.environment("en").get_template("page.html").render() == "yes"
    assert plain.env.bytecode_cache is None and _entries(cache_home) == {}
    fast = FastRenderer(theme)
    assert fast.environment("en").get_template("page.html").render() == "yes"
    assert len(_entries(cache_home)) == 1


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
    env = environment.make_environment(theme)
    assert env.bytecode_cache is None
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


def test_each_way_jinja_passes_a_filter_something_first_compiles_apart(tmp_path: Path) -> None:
    """A filter marked by each of Jinja's three decorators, or by none, is called four
    ways by the compiled template: four keys, each told by the decorators' own marks."""

    def tag(value: str) -> str:
        return value

    keys = set()
    for mark in (None, jinja2.pass_context, jinja2.pass_eval_context, jinja2.pass_environment):
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)))
        env.filters["tag"] = tag if mark is None else mark(lambda *args: args[-1])
        keys.add(templatecache.compile_key(env, "page.html"))
    assert len(keys) == 4
    assert set(templatecache.PASSED.values()) == {"context", "eval_context", "environment"}


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
    monkeypatch.setattr(templatecache, "JINJA_VERSION", "9.9.9")
    make_environment(theme).get_template("page.html")
    assert len(_entries(cache_home)) == 2


def test_the_cache_is_private_to_the_user(tmp_path: Path, cache_home: Path) -> None:
    theme = _theme(tmp_path, "yes")
    make_environment(theme).get_template("page.html")
    folder = _cache_folder(cache_home)
    status = folder.lstat()
    assert stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid()
    assert stat.S_IMODE(status.st_mode) == 0o700
    entries = list(folder.iterdir())
    assert entries  # the compiled template is there to be checked
    for entry in entries:
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


def test_a_change_to_the_generators_code_compiles_the_theme_again(tmp_path: Path) -> None:
    # Our Jinja extension writes the interface text into the compiled code, so compiled
    # templates must not outlive a new version of it.
    copy = GeneratorCopy(tmp_path)
    assert "[T]" not in (copy.build(FIXTURE, "one") / "index.html").read_text(encoding="utf-8")
    assert any((tmp_path / "tmp").rglob("*.cache")), "the first build kept its compiled templates"
    copy.edit(
        "speed/interface_text.py",
        "return str(Markup(catalog.gettext(message)) % {})",
        'return "[T]" + str(Markup(catalog.gettext(message)) % {})',
    )
    assert "[T]" in (copy.build(FIXTURE, "two") / "index.html").read_text(encoding="utf-8")


def test_a_new_release_of_a_library_a_filter_calls_compiles_the_theme_again(
    tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Jinja's optimizer calls a filter given constants while it compiles: the HTML of
    # '{{ "Read *this*" | markdown }}' (nh3's, Python-Markdown's) and the number of
    # '{{ 42.5 | degrees }}' (Babel's) are in the compiled code, which the next release
    # of either library must not be served.
    theme = _theme(tmp_path, '{{ "Read *this*" | markdown }}|{{ 42.5 | degrees }}')
    first = make_environment(theme).get_template("page.html").render()
    assert first == "<p>Read <em>this</em></p>|42.5"
    assert _entries(cache_home), "the first environment's compiled template was not kept"
    real_cleaner = nh3.Cleaner

    class NextCleaner:
        """nh3's next release, which writes an emphasis otherwise."""

        def __init__(self, **settings: Any) -> None:
            self.real = real_cleaner(**settings)

        def clean(self, html: str) -> str:
            return self.real.clean(html).replace("<em>", '<em class="next">')

    monkeypatch.setattr(nh3, "Cleaner", NextCleaner)
    monkeypatch.setattr(nh3, "__version__", "0.99.0", raising=False)
    after = make_environment(theme).get_template("page.html").render()
    assert after == _plain_output(theme) == '<p>Read <em class="next">this</em></p>|42.5'
    # Babel's next release, whose numbers are written otherwise.
    monkeypatch.setattr(environment, "format_decimal", lambda value, **_: f"{value:.2f}")
    monkeypatch.setattr(babel, "__version__", "9.99.0")
    after = make_environment(theme).get_template("page.html").render()
    assert after == _plain_output(theme) == '<p>Read <em class="next">this</em></p>|42.50'
