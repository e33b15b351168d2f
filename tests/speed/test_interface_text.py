"""Interface text translated at compile time (a fast renderer's): the same output as
Jinja's i18n extension translating on every render, as the plain renderer leaves it, with
no call left in the compiled template for ``_("text")``."""

from __future__ import annotations

import gettext

import jinja2
import pytest

from generator.i18n import catalogs
from generator.i18n.languages import Language, resolve
from generator.render import environment
from generator.render.renderer import SiteRenderer
from generator.speed import templatecache
from generator.speed.interface_text import InterfaceText, compile_in, translated
from generator.speed.rendering import FastRenderer
from tests.conftest import TEMPLATES


class Catalog(gettext.NullTranslations):
    """A catalog of the test's own: each message's translation from a dict."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__()
        self.messages = messages

    def gettext(self, message: str) -> str:
        return self.messages.get(message, message)


CATALOG = Catalog(
    {
        "Search": "Rechercher",
        "Skip": "Aller au <b>contenu</b>",
        "Done": "100 %% fait",
        "Broken": "100 % fait",
        "%(n)s events": "%(n)s événements",
        "Quote": "« L'été »",
    }
)


def _environment(*, compiled_in: bool) -> jinja2.Environment:
    """An environment like the site's, with or without the compile-time translation."""
    extensions: list[str | type[jinja2.ext.Extension]] = ["jinja2.ext.i18n"]
    if compiled_in:
        extensions.append(InterfaceText)
    env = jinja2.Environment(autoescape=True, extensions=extensions)
    env.install_gettext_translations(CATALOG, newstyle=True)  # type: ignore[attr-defined]
    if compiled_in:
        env.interface_catalog = CATALOG  # type: ignore[attr-defined]
    return env


SOURCES = [
    '{{ _("Search") }}',
    '<a title="{{ _("Skip") }}">{{ _("Skip") }}</a>',
    '{{ _("Done") }}',
    '{{ _("Untranslated & <kept>") }}',
    "{{ _('Quote') }}|{{ _('Quote') | upper }}|{{ _('Quote') ~ name }}",
    '{% set label = _("Search") %}{{ label }} {{ label ~ name }}',
    '{{ _("%(n)s events", n=3) }}',
    '{{ ngettext("%(num)s event", "%(num)s events", 2) }}',
    "{% trans %}Search{% endtrans %}",
    '{{ name }}{{ _("Search") }}{{ obj._("Search") }}',
    "{{ _(name) }}",
    '{% macro m(x) %}[{{ x }}]{% endmacro %}{{ m(_("Search")) }}{{ m(x=_("Skip")) }}',
]


class Obj:
    def _(self, text: str) -> str:
        return f"own {text}"


@pytest.mark.parametrize("source", SOURCES)
def test_the_output_is_the_i18n_extensions(source: str) -> None:
    context = {"name": "<Jo>", "obj": Obj()}
    expected = _environment(compiled_in=False).from_string(source).render(context)
    assert _environment(compiled_in=True).from_string(source).render(context) == expected


def _uncallable(*args: object, **kwargs: object) -> str:
    raise AssertionError("_ was called at render time")


def _renders_without_calling(env: jinja2.Environment, source: str) -> str:
    """``source`` rendered with ``_`` made uncallable once it is compiled."""
    template = env.from_string(source)
    env.globals["_"] = _uncallable
    return template.render()


def test_a_plain_call_is_translated_when_compiled_not_when_rendered() -> None:
    html = _renders_without_calling(
        _environment(compiled_in=True), '<p>{{ _("Search") }} {{ _("Skip") }}</p>'
    )
    assert html == "<p>Rechercher Aller au <b>contenu</b></p>"
    with pytest.raises(AssertionError, match="called at render time"):  # the i18n extension alone
        _renders_without_calling(_environment(compiled_in=False), '<p>{{ _("Search") }}</p>')


def test_calls_with_variables_and_broken_formats_are_left_to_the_i18n_extension() -> None:
    with pytest.raises(AssertionError, match="called at render time"):
        _renders_without_calling(_environment(compiled_in=True), '{{ _("%(n)s events", n=3) }}')
    assert translated(CATALOG, "Broken") is None
    with pytest.raises((TypeError, ValueError)):  # as without the extension: it fails when rendered
        _environment(compiled_in=True).from_string('{{ _("Broken") }}').render()


def test_without_a_catalog_nothing_is_replaced() -> None:
    env = jinja2.Environment(autoescape=True, extensions=["jinja2.ext.i18n", InterfaceText])
    env.install_gettext_translations(CATALOG, newstyle=True)  # type: ignore[attr-defined]
    assert env.from_string('{{ _("Search") }}').render() == "Rechercher"
    with pytest.raises(AssertionError, match="called at render time"):
        _renders_without_calling(env, '{{ _("Search") }}')


def _site_environment(tag: str) -> jinja2.Environment:
    """An environment of the site's pages in ``tag``, as the fast renderer makes it."""
    env = environment.make_environment(".", language=_language(tag))
    compile_in(env, tag)
    return env


def test_the_site_environment_writes_each_language_from_its_own_catalog() -> None:
    french = _site_environment("fr")
    german = _site_environment("de")
    source = '{{ _("Search") }}'
    assert french.from_string(source).render() == catalogs.translations("fr").gettext("Search")
    assert german.from_string(source).render() == catalogs.translations("de").gettext("Search")
    # Templates compiled with one catalog's text are never taken for another's.
    assert templatecache.compile_key(french, "page.html") != templatecache.compile_key(german, "page.html")


def test_a_changed_catalog_changes_the_compiled_templates_key(monkeypatch: pytest.MonkeyPatch) -> None:
    env = _site_environment("fr")
    before = templatecache.compile_key(env, "page.html")
    monkeypatch.setattr(env, "interface_catalog_digest", catalogs.digest("fr") + "edited")
    assert templatecache.compile_key(env, "page.html") != before


def test_only_the_fast_renderer_translates_as_templates_compile() -> None:
    # The speed-up is the fast renderer's: the plain one leaves _("text") to Jinja's
    # i18n extension, as shipped (a test of the speed package compares their pages).
    source = '{{ _("Search") }}'
    plain = SiteRenderer(TEMPLATES).environment("fr")
    fast = FastRenderer(TEMPLATES).environment("fr")
    assert InterfaceText not in map(type, plain.extensions.values())
    assert InterfaceText in map(type, fast.extensions.values())
    expected = catalogs.translations("fr").gettext("Search")
    assert plain.from_string(source).render() == fast.from_string(source).render() == expected
    assert _renders_without_calling(fast, source) == expected
    with pytest.raises(AssertionError, match="called at render time"):
        _renders_without_calling(plain, source)


def _language(tag: str) -> Language:
    language = resolve(tag)
    assert language is not None
    return language
