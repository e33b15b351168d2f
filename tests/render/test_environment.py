"""The template environment: its functions and filters, and the theme loader's refusals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jinja2
import pytest

from generator.content.dates import parse_date
from generator.content.model import Event, Source
from generator.errors import ContentError
from generator.i18n.catalogs import translations
from generator.i18n.languages import resolve
from generator.render.environment import make_environment, theme_templates
from tests.conftest import TEMPLATES


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
    # Cut short with the typography's ellipsis, as a shared link's preview shows it.
    assert truncated.startswith("A very long summary, A very") and truncated.endswith("…")
    assert not truncated.endswith("...")
    assert len(truncated) <= 200 and "<" not in truncated


def test_a_description_keeps_the_no_break_spaces_of_french_quotes() -> None:
    # Markup.striptags joins its words with plain spaces, whatever space was between them.
    env = make_environment(".", language=resolve("fr"))
    text = 'Le "statu quo" tient\u00a0: deux\n  *mots*'
    described = env.from_string("{{ text | description }}").render(text=text)
    assert described == "Le «\u202fstatu quo\u202f» tient\u00a0: deux mots"


@pytest.mark.parametrize(
    ("language", "kind", "shown"),
    [
        ("en", "capital of the UAE", "Capital of the UAE"),  # Jinja's capitalize: 'the uae'
        ("en", "NATO base", "NATO base"),
        ("tr", "ilçe merkezi", "İlçe merkezi"),  # capitalize wrote 'Ilçe', which reads 'ılçe'
        ("tr", "ırmak kıyısı", "Irmak kıyısı"),
        ("de", "Stadt in NRW", "Stadt in NRW"),
        ("en", "\ufb01shing village", "Fishing village"),  # a ligature pasted from a PDF
    ],
)
def test_a_places_kind_gets_its_first_letter_a_capital_as_its_language_writes_it(
    language: str, kind: str, shown: str
) -> None:
    env = make_environment(".", language=resolve(language))
    assert env.from_string("{{ kind | capital_first }}").render(kind=kind) == shown


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


def test_a_template_linked_to_a_hidden_file_of_the_theme_is_an_error_not_read(tmp_path: Path) -> None:
    # A committed link inside the theme to its own .env: the name asked for is a plain
    # one, and the file where it leads is inside the folder, but kept private.
    theme = tmp_path / "theme"
    (theme / ".private").mkdir(parents=True)
    (theme / ".env").write_text("TOKEN=SECRET")
    (theme / ".private" / "notes.html").write_text("SECRET")
    (theme / "env.html").symlink_to(theme / ".env")
    (theme / "notes.html").symlink_to(theme / ".private" / "notes.html")
    (theme / "backup.html").symlink_to(theme / "page.html~")
    (theme / "page.html~").write_text("SECRET")
    env = make_environment(str(theme))
    for name in ("env.html", "notes.html", "backup.html"):
        with pytest.raises(jinja2.TemplateError, match="link to a file kept private"):
            env.from_string(f'{{% include "{name}" %}}').render()


CONFLICT_FIX = (
    "keep the version you want (between '<<<<<<<' and '=======', or between '=======' and '>>>>>>>'), "
    "and delete the other and the three marker lines"
)


def test_a_template_holding_a_merge_conflict_is_refused_with_every_conflict_of_the_theme(
    tmp_path: Path,
) -> None:
    # Jinja takes the markers for text: every page showed them. Refused as a content file
    # is, in its words, with the conflicts of the templates not yet loaded too.
    theme = tmp_path / "theme"
    (theme / "parts").mkdir(parents=True)
    conflict = "<<<<<<< HEAD\n<p>Ours</p>\n=======\n<p>Theirs</p>\n>>>>>>> their-branch\n"
    (theme / "page.html").write_text(f"<main>\n{conflict}</main>\n{conflict}")
    (theme / "parts/nav.html").write_text(conflict)
    (theme / "fine.html").write_text("<h1>Title</h1>\n=======\n<!-- <<<<<<< not at a line's start -->\n")
    (theme / "page.html~").write_text(conflict)  # an editor's backup: no template
    env = make_environment(str(theme))
    assert env.get_template("fine.html").render().startswith("<h1>")
    with pytest.raises(ContentError) as caught:
        env.get_template("page.html")
    assert [str(p) for p in caught.value.problems] == [
        f"{theme}/page.html:2:1: this file still has a merge conflict from git: lines 2-6; {CONFLICT_FIX}",
        f"{theme}/page.html:8:1: this file still has a merge conflict from git: lines 8-12; {CONFLICT_FIX}",
        f"{theme}/parts/nav.html:1:1: this file still has a merge conflict from git: lines 1-5; {CONFLICT_FIX}",
    ]
    # Included by a template that has none, it is refused all the same.
    (theme / "outer.html").write_text("{% include 'parts/nav.html' %}")
    with pytest.raises(ContentError) as caught:
        env.get_template("outer.html").render()
    assert [(p.where.path, p.where.line) for p in caught.value.problems] == [
        (f"{theme}/page.html", 2),
        (f"{theme}/page.html", 8),
        (f"{theme}/parts/nav.html", 1),
    ]


def test_the_themes_templates_leave_out_what_the_loader_refuses(tmp_path: Path) -> None:
    for name in (
        "page.html",
        "_macros.html",
        "~$page.html",
        "#page.html#",
        ".page.html.swp",
        "page.html~",
        "notes.txt",
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets/part.html").write_text("x")  # copied as it is: not compiled ahead
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts/entry.html").write_text("x")
    env = make_environment(str(tmp_path))
    assert theme_templates(env) == ["_macros.html", "page.html", "parts/entry.html"]


@pytest.mark.parametrize(
    ("tag", "shown"),
    [("en", "42.8746"), ("fr", "42,8746"), ("ru", "42,8746"), ("fa", "۴۲٫۸۷۴۶"), ("ar", "42.8746")],
)
def test_degrees_are_written_with_the_languages_decimal_sign(tag: str, shown: str) -> None:
    language = resolve(tag)
    assert language is not None
    env = make_environment(".", language=language)
    assert env.from_string("{{ -42.87456 | degrees }}").render() == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [(-27.16, "27.16"), (-70.5, "70.5"), (33.0, "33"), (-27.1234, "27.1234"), (12.000049, "12")],
)
def test_degrees_keep_the_places_written_and_no_more_than_four(value: float, shown: str) -> None:
    language = resolve("en")
    assert language is not None
    env = make_environment(".", language=language)
    assert env.from_string("{{ value | degrees }}").render(value=value) == shown


def test_a_templates_conflict_is_placed_by_the_lines_jinja_and_editors_count(tmp_path: Path) -> None:
    # A Unicode line separator is text in HTML, a line break in YAML: the conflict below
    # it is on the template's line 2, where a YAML count put it on line 3.
    theme = tmp_path / "theme"
    theme.mkdir()
    conflict = "<<<<<<< HEAD\n<p>Ours</p>\n=======\n<p>Theirs</p>\n>>>>>>> their-branch\n"
    (theme / "page.html").write_text(f"<p>One\u2028line</p>\n{conflict}")
    with pytest.raises(ContentError) as caught:
        make_environment(str(theme)).get_template("page.html")
    assert [(p.where.line, str(p).split(": ", 1)[1][:57]) for p in caught.value.problems] == [
        (2, "this file still has a merge conflict from git: lines 2-6;")
    ]


def test_a_pages_dates_keep_a_day_with_its_month() -> None:
    # The date filters write what the page shows; the data files use DateText itself.
    language = resolve("fr")
    assert language is not None
    env = make_environment(".", language=language)
    event = Event(id="e", title="T", date=parse_date("2019-04-15T18:50+02:00"), summary="s")
    source = "{{ event | when }}|{{ event.date | date }}|{{ (event | day_and_time) | join('+') }}"
    shown = env.from_string(source).render(event=event)
    whole = "15\u00a0avril 2019, 18:50\u00a0(UTC+2)"
    assert shown == f"{whole}|{whole}|15\u00a0avril 2019, +18:50\u00a0(UTC+2)"


def test_an_approximate_times_offset_may_go_to_a_line_of_its_own() -> None:
    # 'c. 18:08 (UTC+3)', all tied, was wider than the timeline's date column at 1280 px,
    # which broke it inside, '(UTC+3' over ')'; a time known to the minute keeps its offset.
    language = resolve("en")
    assert language is not None
    env = make_environment(".", language=language)
    source = "{{ event | when }}|{{ (event | day_and_time) | join('+') }}"
    date = parse_date("2020-08-04T18:08+03:00")
    about = Event(id="e", title="T", date=date, circa=True, summary="s")
    exact = Event(id="e", title="T", date=date, summary="s")
    assert env.from_string(source).render(event=about) == (
        "4\u00a0August 2020, c.\u00a018:08 (UTC+3)|4\u00a0August 2020, +c.\u00a018:08 (UTC+3)"
    )
    assert env.from_string(source).render(event=exact) == (
        "4\u00a0August 2020, 18:08\u00a0(UTC+3)|4\u00a0August 2020, +18:08\u00a0(UTC+3)"
    )


def test_a_persian_pages_numbers_are_in_the_digits_of_its_dates() -> None:
    # Babel writes every date's digits 0-9, and the theme's counts ('%(num)d events',
    # '3 weeks later') were Python's: a Persian page read '16 رویداد' and '3 ماه بعد'
    # beside '26 دسامبر 2003', where CLDR (and a Persian newsroom) writes '۲۶ دسامبر ۲۰۰۳'.
    language = resolve("fa")
    assert language is not None
    env = make_environment(".", language=language)
    event = Event(id="e", title="T", date=parse_date("2003-12-26T05:26+03:30"), summary="s")
    source = (
        "{{ event | when }}|{{ ngettext('%(num)d event', '%(num)d events', 16) }}|"
        "{% trans count=3 %}{{ count }} week later{% pluralize %}{{ count }} weeks later{% endtrans %}|"
        "{{ _('Published %(date)s', date='x') }}|{{ 2003 | number }}|"
        "{{ ngettext('Showing %(shown)s of %(num)d event.', 'Showing %(shown)s of %(num)d events.', 13, shown='{shown}') }}"
    )
    shown = env.from_string(source).render(event=event).split("|")
    assert shown[0].startswith("۲۶\u00a0دسامبر ۲۰۰۳") and "۵:۲۶" in shown[0] and "UTC+۳:۳۰" in shown[0]
    assert shown[1:] == ["۱۶ رویداد", "۳ هفته بعد", "انتشار: x", "۲۰۰۳", "نمایش {shown} از ۱۳ رویداد."]


@pytest.mark.parametrize(
    ("tag", "style"), [("fa", "persian"), ("ar-EG", "arabic-indic"), ("ar", None), ("en", None)]
)
def test_a_storys_sources_are_numbered_in_the_digits_of_its_dates(tag: str, style: str | None) -> None:
    # A Persian page's list of sources was numbered '1.', '2.' beside '۱۹ آوریل ۲۰۱۰'.
    language = resolve(tag)
    assert language is not None
    env = make_environment(TEMPLATES, language=language)
    source = '{% import "_macros.html" as m %}{{ m.source_list(sources) }}'
    shown = env.from_string(source).render(sources=[Source(id="s", publisher="P")])
    opening = shown.strip().split(">", 1)[0] + ">"
    assert opening == (
        f'<ol class="sources" style="list-style-type: {style}">' if style else '<ol class="sources">'
    )


@pytest.mark.parametrize("tag", ["en", "ar", "fr"])
def test_numbers_stay_0_to_9_where_the_languages_dates_have_them(tag: str) -> None:
    language = resolve(tag)
    assert language is not None
    env = make_environment(".", language=language)
    source = "{{ ngettext('%(num)d event', '%(num)d events', 16) }}|{{ 2003 | number }}|{{ d | date }}"
    shown = env.from_string(source).render(d=parse_date("2010-04-19"))
    assert "16" in shown and "|2003|" in shown and "2010" in shown


GETTEXT_CALLS = [
    "{{ _('%(x)s and %%', x=v) }}",
    "{{ gettext('%(x)s', x=v) }}",
    "{{ pgettext('a day', 'From %(date)s', date=v) }}",
    "{{ pgettext('a day', '%(context)s') }}",
    "{{ npgettext('ctx', '%(num)s of %(context)s, %(y)s', '%(num)s of them', n, y=v) }}",
    "{{ ngettext('%(num)d event', '%(num)d events', n) }}",
    "{{ ngettext('%(num)d event', '%(num)d events', n, num=n) }}",
    "{% trans %}Hello {{ v }}, a % sign{% endtrans %}",
    "{% trans w=v %}Hello {{ w }}{% endtrans %}",
    "{% trans count=n %}{{ count }} day later{% pluralize %}{{ count }} days later{% endtrans %}",
    "{% trans num=n %}{{ num }} of {{ v }}{% pluralize %}{{ num }} of them{% endtrans %}",
    "{% trans 'a day' count=n %}{{ count }} day{% pluralize %}{{ count }} days{% endtrans %}",
    "{% trans 'a day' %}Until {{ v }}{% endtrans %}",
    # Whole numbers written otherwise than '%(num)d' (no catalog does yet: a theme may).
    "{{ ngettext('%(num)i event', '%(num)i events', n) }}",
    "{{ ngettext('[%(num)3d]', '[%(num)-3d]', n) }}",
    "{{ gettext('%(x)s, %(k)d', x=v, k=n) }}",
    "{{ gettext('%(k)d%%%%(k)d, %%%(k)d', k=n) }}",  # an escaped '%' before a name
]


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("source", GETTEXT_CALLS)
def test_a_persian_pages_gettext_is_jinjas_newstyle_gettext_with_its_numbers_in_persian_digits(
    source: str, autoescape: bool
) -> None:
    # A language whose digits are not 0-9 has gettext functions of its own in place of
    # those of Jinja's i18n extension (environment._native_number_gettexts): they must
    # escape, format and choose the plural as Jinja's new-style ones do, with only the
    # numbers given them written in the language's digits.
    language = resolve("fa")
    assert language is not None
    ours = make_environment(".", language=language)
    jinjas = make_environment(".", language=language)
    jinjas.install_gettext_translations(translations(language.catalog), newstyle=True)  # type: ignore[attr-defined]
    for env in (ours, jinjas):
        env.autoescape = autoescape
    for n in (1, 3):
        values = {"v": "<b> & x", "n": n}  # no digit but the count's, even escaped
        expected = jinjas.from_string(source).render(values).replace(str(n), language.numerals(str(n)))
        assert ours.from_string(source).render(values) == expected


@pytest.mark.parametrize(
    ("credit", "said"),
    [
        ("dpa", "Bild: dpa"),
        ("Foto: dpa", "Foto: dpa"),
        ("Photo\u00a0: AFP", "Photo\u00a0: AFP"),
        ("Crédit photo : AFP", "Crédit photo : AFP"),
        ("Фото: ТАСС", "Фото: ТАСС"),
        ("https://example.org/photographer", "Bild: https://example.org/photographer"),
        ("Reuters/Ana Pérez, 2010", "Bild: Reuters/Ana Pérez, 2010"),
    ],
)
def test_a_credit_that_names_itself_is_not_given_the_pages_label_too(credit: str, said: str) -> None:
    # A screen reader read a German newsroom's 'Foto: dpa' as 'Bild: Foto: dpa'.
    env = make_environment(TEMPLATES, language=resolve("de"))
    html = env.from_string('{% from "_macros.html" import credit %}{{ credit(words) }}').render(words=credit)
    assert html.startswith('<span class="credit" data-pagefind-ignore>') and html.endswith("</span>")
    heard = html.replace('<span class="visually-hidden">', "").replace("</span>", "")
    assert heard.removeprefix('<span class="credit" data-pagefind-ignore>') == said


@pytest.mark.parametrize(
    ("tag", "shown"),
    [("th", "พ.ศ.\u00a02568|พ.ศ.\u00a02568"), ("en", "2025|2025"), ("fa", "۲۰۲۵|2025")],
)
def test_a_year_alone_is_named_in_the_era_its_languages_news_counts(tag: str, shown: str) -> None:
    # A Thai year page's title, its pager and a long story's list of years read '2025'
    # beside dates in the Buddhist Era ('6 ธันวาคม 2568'); each other language names a
    # year as its number, in its digits (the description's digits are 0-9, as before).
    language = resolve(tag)
    assert language is not None
    env = make_environment(".", language=language)
    assert (
        env.from_string("{{ 2025 | year_number }}|{{ 2025 | year_number(digits=False) }}").render() == shown
    )


HOSTILE_NAMES = [
    'Say "no"',
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!-- <script>",
    "a\\b\\u0041\\",
    "Tom & Jerry > 'both'",
    "\u202eright to left\u202c \u200fשלום\u200e",
    "line\u2028paragraph\u2029end",
    "\U0001f30a flood \U0001f1f0\U0001f1ec",
    "தூத்துக்குடி, नई दिल्ली, విశాఖపట్నం",
    "half \ud800 and \udfff of a character",
    "\x00\x1f\x7f controls",
]


def test_script_json_writes_letters_as_they_are_and_escapes_what_a_script_may_not_hold() -> None:
    # The search page's list of choices (search.html) held every letter outside ASCII as
    # tojson writes it, '\u0ba4' (six bytes for three), which made a Tamil site's page
    # larger by a third; it must read back as tojson's does, with no raw '<' to end it.
    env = make_environment(".")
    data = {"figure": HOSTILE_NAMES, "place": [n[::-1] for n in HOSTILE_NAMES], "tag": []}
    ours = env.from_string("{{ data | script_json }}").render(data=data)
    theirs = env.from_string("{{ data | tojson }}").render(data=data)
    assert json.loads(ours) == json.loads(theirs) == data
    assert not set(ours) & {"<", ">", "&", "\u2028", "\u2029"}
    assert not any("\ud800" <= c <= "\udfff" for c in ours)
    ours.encode("utf-8")  # a lone surrogate would fail here, as the page is written
    assert "தூத்துக்குடி" in ours and "\U0001f30a" in ours and "\u202e" in ours
    assert len(ours.encode("utf-8")) < len(theirs.encode("utf-8"))


def test_a_page_in_latin_letters_gives_the_index_no_words_of_its_ids() -> None:
    # The words of an event's, a figure's or a place's id are given the search index on
    # a page not written in Latin letters, whose readers type names in them too. A
    # Serbian page in Latin letters was given them (its language, 'sr', was taken for
    # Serbian's Cyrillic): it shows the names as its readers type them.
    ids = ["2024-01-01-izbori-pocinju", "aleksandar-vucic"]
    for tag, words in (
        ("sr", ' data-pagefind-meta="elided:izbori pocinju aleksandar vucic"'),
        ("sr-Latn", ""),
        ("hi", ' data-pagefind-meta="elided:izbori pocinju aleksandar vucic"'),
        ("en", ""),
    ):
        language = resolve(tag)
        assert language is not None
        env = make_environment(TEMPLATES, language=language)
        elided = env.globals["elided"]
        assert callable(elided)
        assert str(elided("Izbori", ids=ids)) == words, tag


@pytest.mark.parametrize(
    ("first", "after"),
    [
        ("Dr. Smith said the river would rise.", " Then it did."),  # a title's full stop
        ("U.S. officials and Gen. Ana López met in the night.", " Then they left."),
        ("В. Путин говорил дольше часа.", " Потом все ушли."),  # an initial in any script
        ("The dam held for approx. five hours.", " Then it broke."),  # a lowercase word after
        ("It rained on Tom.", " He left."),  # a word of three letters ends a sentence
    ],
)
def test_a_cards_first_sentence_does_not_end_at_an_abbreviation(first: str, after: str) -> None:
    # 'Dr. Smith said...' was cut to 'Dr.' on the card: a sentence does not end at the
    # full stop after a single letter, a short title or before a word in small letters.
    standfirst = make_environment(".").filters["standfirst"]
    assert standfirst(first + after * 40) == first


def test_a_description_cut_short_closes_the_override_it_cut_through() -> None:
    # 'description' (a meta tag's content, an attribute) cut at 200 characters between a
    # right-to-left override and its end: a shared link's preview read backwards after it.
    described = make_environment(".").filters["description"](
        "Words " * 30 + "\u202e" + "reversed " * 20 + "\u202c."
    )
    assert described.endswith("…\u202c") and described.count("\u202e") == 1
