"""The Jinja environment pages are rendered with: its settings, filters and loader.

Jinja and MarkupSafe are used as shipped, through their public API only. (Calls and
escaping used to take shortcuts through their internals, which rendered the 1,110 pages
of a 1,000-event site in a third less time: not worth depending on code either library
may change in any release.)

A fast build keeps compiled templates between builds (``speed/templatecache.py``) and
translates the theme's plain ``_("text")`` as they compile (``speed/interface_text.py``);
the plain build compiles them each time, and Jinja's i18n extension translates on every
page.
"""

from __future__ import annotations

import functools
import gettext
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import jinja2
from babel.numbers import format_decimal
from markupsafe import Markup

from generator.content import files, filetext
from generator.content.dates import PartialDate
from generator.content.model import Event
from generator.errors import ContentError, Problem
from generator.i18n.catalogs import translations
from generator.i18n.dates import ERA_YEARS, DateText, date_text
from generator.i18n.languages import (
    ENGLISH,
    RIGHT_TO_LEFT,
    Language,
    autonym,
    capital_first,
    collation_key,
    isolated_direction,
    resolve,
    territory_name,
    version_name,
    writes_right_to_left,
)
from generator.i18n.typography import bidi_closed, tied_number, typeset
from generator.markdown.markup import (
    MarkdownConverter,
    Typeset,
    isolated_runs,
    isolated_runs_in_own_direction,
    option_text,
    plain_text,
)
from generator.patterns import later
from generator.render import feeds, searchindex, timegaps

MAX_TEMPLATE_BYTES = 1_000_000


TEMPLATE_LINES = later(r"\r\n|\r|\n")
"""What ends a template's line, as Jinja and editors count a template's lines (a Unicode
line separator, which YAML counts, is text in HTML)."""


class ThemeLoader(jinja2.FileSystemLoader):
    """Jinja's file loader, reading only regular files inside the theme folder.

    A template that is a link to a file elsewhere (``{% include "secrets.html" %}`` ->
    ``~/.netrc``) or to a hidden file or backup of the theme (``.env``), a FIFO or a
    device is a template error naming it, never read. That
    keeps a mistake from publishing a private file; it is no sandbox: a template is code
    (Jinja reaches Python's objects), reviewed as code (README, "What is published").

    A template that still holds a conflict git's merge left (``filetext.merge_conflicts``)
    is refused before it is compiled, as a content file is, in the same words: Jinja
    takes the markers for text, and put them on every page. The error names every
    conflict in the theme's templates, not only in the first one loaded.
    """

    def __init__(self, searchpath: str) -> None:
        super().__init__(searchpath)
        self.read_assets = False
        """Whether a template has been read from the theme's ``assets/`` (a stylesheet
        included inline, say): then a change there changes pages too."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        parts = template.split("/")
        if any(p in ("", ".", "..") or files.is_ignored_in_theme(p) or os.sep in p for p in parts):
            raise jinja2.TemplateNotFound(template)
        self.read_assets = self.read_assets or parts[0] == files.ASSETS
        for folder in self.searchpath:
            path = os.path.join(folder, *parts)
            if not os.path.lexists(path):
                continue
            try:
                data = files.read_regular(
                    path, root=folder, limit=MAX_TEMPLATE_BYTES, skip=files.is_ignored_in_theme
                )
            except (files.UnsafeFile, OSError) as exc:
                raise jinja2.TemplateError(f"template '{template}' {exc}") from None
            mtime = os.path.getmtime(path)
            source = data.decode("utf-8")
            if filetext.merge_conflicts(source, TEMPLATE_LINES()):
                raise ContentError(self._conflicts(path, source))
            return source, os.path.normpath(path), functools.partial(_unchanged, path, mtime)
        raise jinja2.TemplateNotFound(template)

    def _conflicts(self, path: str, source: str) -> list[Problem]:
        """The merge conflicts of the template at ``path``, whose text is ``source``, and
        of the theme's other templates, which would be refused one after another. One
        that cannot be read is passed over here: it is said when it is loaded."""
        problems = filetext.conflict_problems(path, source, TEMPLATE_LINES())
        for name in self.list_templates():
            if not _is_template(name):
                continue
            for folder in self.searchpath:
                other = os.path.join(folder, *name.split("/"))
                if not os.path.lexists(other):
                    continue
                if other == path:  # said already
                    break
                try:
                    text = files.read_regular(
                        other, root=folder, limit=MAX_TEMPLATE_BYTES, skip=files.is_ignored_in_theme
                    ).decode("utf-8")
                except (files.UnsafeFile, OSError, UnicodeDecodeError):
                    break
                problems += filetext.conflict_problems(other, text, TEMPLATE_LINES())
                break
        return problems


def _unchanged(path: str, mtime: float) -> bool:
    try:
        return os.path.getmtime(path) == mtime
    except OSError:
        return False


def _degrees(language: Language, value: float) -> str:
    """A coordinate's degrees, without its sign (the page says N or S), with the places
    the editor wrote and at most four (padding '27.16' to '27.1600' claimed a precision
    nobody gave), in the language's decimal sign and digits: '27.16', '42,8746', '۴۲٫۸۷۴۶'."""
    text = format_decimal(abs(value), format="0.####", locale=language.locale, numbering_system="default")
    return language.numerals(text)


_WHOLE_NUMBER = later(r"(?<!%)((?:%%)*)%\((\w+)\)([-+ 0#]*\d*)[diu]")
"""A message's whole number ('%(num)d', '%(num)i', '%(num)3d'; not after an escaped '%%'),
given as text once written in the language's digits, with its own width and flags."""


def _native_number_gettexts(catalog: gettext.NullTranslations, language: Language) -> dict[str, Any]:
    """New-style ``gettext``, ``ngettext``, ``pgettext`` and ``npgettext`` of
    ``catalog``, as Jinja's i18n extension makes them, giving the whole numbers among
    their variables in ``language``'s digits ('%(num)d events' -> '۱۶ رویداد');
    ``{% trans %}`` blocks call them too. The count still chooses the plural form."""

    def native(value: object) -> object:
        return (
            language.numerals(str(value)) if isinstance(value, int) and not isinstance(value, bool) else value
        )

    def make(name: str) -> Callable[..., str]:
        lookup = getattr(catalog, name)
        contextual, counted = name.startswith(("p", "np")), name.startswith("n")

        @jinja2.pass_context
        def call(context: jinja2.runtime.Context, *args: Any, **variables: Any) -> str:
            if contextual:
                variables.setdefault("context", args[0])
            if counted:
                variables.setdefault("num", args[-1])
            given = {key: native(value) for key, value in variables.items()}

            def written(spec: re.Match[str]) -> str:
                escaped, key, form = spec[1], spec[2], spec[3]
                value = variables.get(key)
                if not isinstance(value, int) or isinstance(value, bool):
                    return spec[0]  # as Python's '%' takes it, error included
                given[f"{key} {form}"] = language.numerals(f"%{form}d" % value)
                return f"{escaped}%({key} {form})s"

            text = _WHOLE_NUMBER().sub(written, lookup(*args))
            message = Markup(text) if context.eval_ctx.autoescape else text
            return message % given

        return call

    return {name: make(name) for name in ("gettext", "ngettext", "pgettext", "npgettext")}


def theme_templates(env: jinja2.Environment) -> list[str]:
    """The names of the theme's templates (``.html``) the loader gives out: not hidden
    files or editors' backups (``~$base.html``), which it refuses, nor files of
    ``assets/``, which are copied as they are: compiling one ahead would mark the
    renderer as reading from there (``ThemeLoader.read_assets``), and the preview would
    render every page again on each save of a stylesheet."""
    copied = f"{files.ASSETS}/"
    return env.list_templates(filter_func=lambda name: _is_template(name) and not name.startswith(copied))


def _is_template(name: str) -> bool:
    return name.endswith(".html") and not any(files.is_ignored_in_theme(part) for part in name.split("/"))


def make_environment(
    templates: str,
    functions: dict[str, Callable[..., Any]] | None = None,
    markdown: MarkdownConverter | None = None,
    language: Language | None = None,
    kind: type[jinja2.Environment] = jinja2.Environment,
    bytecode_cache: jinja2.BytecodeCache | None = None,
) -> jinja2.Environment:
    """The environment for the theme in ``templates`` writing in ``language`` (English if
    not given); ``functions`` are callable from every template; ``markdown`` converts for
    the Markdown filters (a new ``MarkdownConverter`` if not given); ``kind`` is the class made
    (Jinja's, or a subclass of it); ``bytecode_cache`` keeps compiled templates
    (none: each is compiled when first loaded). Its globals are all set here, before any template
    is loaded.

    One environment writes one language: its interface text, dates and direction are
    the environment's, so macros imported without context (which see only the
    environment's globals) write in it too.
    """
    env = _jinja_environment(templates, kind, bytecode_cache)
    lang = language or resolve(ENGLISH)
    assert lang is not None, "the English catalog is shipped"
    # Reader-facing text in templates goes through ``_()``/``ngettext()``/``{% trans %}``.
    # New-style gettext escapes and formats like the rest of the template.
    catalog = translations(lang.catalog)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    if lang.digits != "0123456789":
        # Numbers in the text ('3 weeks later', '16 events') in the digits of the
        # language's dates: Persian '۳ هفته بعد' beside '۲۶ دسامبر ۲۰۰۳'.
        env.globals.update(_native_number_gettexts(catalog, lang))

    env.globals["lang"] = lang.tag
    env.globals["dir"] = lang.direction
    # The ``dir`` of a text in a given language set apart on these pages (a story's
    # headline on the home page, an event's title and date in a caption).
    env.globals["dir_of"] = functools.partial(isolated_direction, page=lang.direction)
    # The same for the search page's script, which sets apart the results' dates and titles.
    env.globals["right_to_left"] = " ".join(sorted(RIGHT_TO_LEFT))
    env.globals["open_graph_locale"] = lang.open_graph_locale
    # A sentence of the pages' own that ends in a link (the embed page's): its full stop,
    # and the space before it ('…height. See…', '…です。埋め込み…').
    env.globals["full_stop"], env.globals["sentence_space"] = lang.sentence_end
    env.globals["language_name"] = autonym
    # A story's version among its others (``translations``), named with its country where
    # another's language has the same name.
    env.globals["version_name"] = version_name
    # Between the names of a list (people, places, sources).
    # CLDR's list patterns join the last two with "and" ("و" in Arabic's even between
    # every two), so the separator is the catalog's.
    # Translators: between the items of a list of names, with its space if any (Chinese "、", Arabic "، ").
    env.globals["list_separator"] = catalog.gettext(", ")
    # Between the parts of one thing: a source's publisher, title and date; a place's kind
    # and country; a picture's event and date. Chinese joins names with "、" and such parts
    # with "，" ("新华社，标题，2008年5月12日"; with "、" it read as a list of three).
    # Translators: between the parts of one thing (a source's title and date), with its space (Chinese "，").
    env.globals["part_separator"] = catalog.pgettext("the parts of one thing", ", ")
    _add_filters(env, lang, markdown)
    env.globals.update(functions or {})
    return env


def _jinja_environment(
    templates: str, kind: type[jinja2.Environment], bytecode_cache: jinja2.BytecodeCache | None
) -> jinja2.Environment:
    """Jinja's settings for the theme in ``templates``, before any language is set."""
    return kind(
        loader=ThemeLoader(templates),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # the preview server makes a new environment when templates change
        bytecode_cache=bytecode_cache,
        cache_size=-1,  # a plain dict: a theme has a handful of templates, looked up on every page
        extensions=["jinja2.ext.i18n"],
        # Jinja's optimizer folds constant expressions as a template compiles: it took 13%
        # of compiling the theme (22 ms of 171), which a first build waits for, and made
        # rendering no faster measurably; the pages' bytes are the same without it.
        optimized=False,
    )


def _add_filters(env: jinja2.Environment, lang: Language, markdown: MarkdownConverter | None) -> None:
    """The filters that write a page's Markdown, dates, numbers and coordinates in
    ``lang`` (its quotation marks, its digits), with the globals that go with them."""
    md = Typeset(markdown or MarkdownConverter(), lang.tag)  # the quotation marks of the page's language
    env.filters["markdown"] = md
    env.filters["markdown_inline"] = md.inline
    env.filters["description"] = _describer(env, md)
    env.filters["standfirst"] = functools.partial(_card_standfirst, md)
    env.filters.update(_date_filters(lang))
    env.filters["degrees"] = functools.partial(_degrees, lang)
    env.filters["number"] = lambda value: lang.numerals(str(value))
    env.filters["tied_number"] = tied_number  # a key number's value: 'about' kept with '100,000'
    # Text the model keeps as written, shown as titles and names are ('L’incendie' of a tag
    # written "L'incendie"): a tag stays raw in the model, as the story page's filter
    # matches the events' data-tags by it and its address (#tag=) holds it.
    env.filters["typeset"] = lambda text: typeset(text, lang.tag)
    # A headline or name shown on a page (not in an attribute or the <title>), with its
    # runs of Latin words set apart on a right-to-left page as in its Markdown text ('BBC 2'
    # in an Arabic headline), in ``language`` if given (a story's on another's page).
    env.filters["isolated_runs"] = functools.partial(_isolated_runs, lang.tag, writes_right_to_left(lang.tag))
    # A name in an element of dir="auto", which sets it apart in its own direction on any
    # page: its runs set apart only where that is right to left.
    env.filters["auto_runs"] = isolated_runs_in_own_direction
    # A name in a menu's <option>, which holds no <bdi>: its runs set apart by invisible marks.
    env.filters["option_text"] = functools.partial(_option_text, writes_right_to_left(lang.tag))
    env.globals["digits"] = lang.digits
    # The era a year is counted in where the language's news counts another than the
    # Common Era (Thai: 543 years ahead, 'พ.ศ.'), for the search page's year filter.
    env.globals["era"] = ERA_YEARS.get(lang.locale.language)
    env.globals["list_style"] = lang.list_style  # a numbered list in those digits
    env.filters["machine_date"] = feeds.sitemap_date  # a day, or a time with its offset
    # A story's date for machines: on the day it was published at a time, that time.
    env.filters["since_published"] = feeds.since_published
    # By the catalog's name, which keeps the script ('sr_Latn' sorts as Serbian's Latin).
    env.filters["alphabetical"] = functools.partial(_alphabetical, lang.catalog)
    env.filters["script_json"] = script_json  # data in a <script>, in UTF-8 (not tojson's \u escapes)
    env.filters["capital_first"] = functools.partial(_capital_first, lang.locale.language)
    env.filters["country"] = functools.partial(_country, lang)
    env.tests["labelled"] = labelled  # a credit that names itself: 'Foto: dpa'
    # By the pages' whole tag: 'sr-Latn' is written in Latin letters, 'sr' is not (id_words).
    env.globals["elided"] = functools.partial(_elided, md, language=lang.tag, digits=lang.digits)


def _isolated_runs(page: str, right_to_left: bool, text: str, language: str | None = None) -> Markup:
    """The ``isolated_runs`` filter on a page in the language ``page`` (``right_to_left``
    when it is written so): ``text`` in ``language``, the page's if not given. A
    left-to-right page's own text is escaped at once: the build's pages are most often
    so, and ask it of every headline and name they show."""
    if language is None and not right_to_left:
        return Markup.escape(text)
    return isolated_runs(text, language or page)


def _option_text(right_to_left: bool, text: str) -> str:
    """The ``option_text`` filter on a page written right to left or not."""
    return option_text(text, right_to_left)


def _date_filters(lang: Language) -> dict[str, Callable[..., Any]]:
    """The ``date``, ``when``, ``column_when``, ``day_and_time`` and ``year_number``
    filters, in ``lang``'s words and digits (a year alone in its era: Thai 'พ.ศ. 2568',
    ``dates.ERA_YEARS``).

    A page's dates keep a day with its month on one line ('16 avril', not '16' over
    'avril 2019' in the narrow date column), and a span's dash with both its ends (not
    '30 March –' over '2 April 2010'); the data files keep them as written. The
    timeline's date column (``column_when``, ``day_and_time``) alone has the zero-width
    spaces a Chinese, Japanese or Korean date breaks at (``DateText.in_column``): in a
    link's label or the search index's date they would be read as part of it.
    """
    dates = date_text(lang, native_digits=True, tied_ranges=True)

    def on_page(said: int | None) -> DateText:
        # A page that says its times' UTC offset once (``dates.said_once``) writes them without it.
        return (
            dates if said is None else date_text(lang, native_digits=True, tied_ranges=True, said_offset=said)
        )

    def date(value: PartialDate) -> str:
        return dates.unbroken(dates.date(value))

    def when(event: Event, said: int | None = None) -> str:
        text = on_page(said)
        return text.unbroken(text.when(event), approximate=timegaps.shows_circa(event))

    def column_when(event: Event, said: int | None = None) -> str:
        text = on_page(said)
        about = text.about_and_date(event)
        if about is not None:  # the date whole after its word where it fits (style.css)
            return Markup('{}<span class="date-whole">{}</span>').format(*about)
        return text.in_column(text.when(event), approximate=timegaps.shows_circa(event))

    def day_and_time(event: Event, said: int | None = None) -> tuple[str, str] | None:
        text = on_page(said)
        parts = text.day_and_time(event)
        if parts is None:
            return None
        return text.in_column(parts[0]), text.in_column(parts[1], approximate=timegaps.shows_circa(event))

    def year_number(year: int, digits: bool = True) -> str:
        return dates.unbroken(dates.year_number(year, digits=digits))

    return {
        "date": date,
        "when": when,
        "column_when": column_when,
        "day_and_time": day_and_time,
        "year_number": year_number,
    }


def _capital_first(language: str, text: str) -> str:
    """The ``capital_first`` filter: ``text`` with its first letter a capital as the
    page's ``language`` writes it, the rest as written (``languages.capital_first``)."""
    return capital_first(text, language)


# One or two words, then a colon and a space, a space before the colon allowed (French
# writes 'Photo : AFP'): 'Foto: dpa', 'Фото: ТАСС', 'Crédit photo : AFP', 'Photo credit: AP'.
_OWN_LABEL = later(r"\w+(?:[ -]\w+)?\s?:\s")


def labelled(credit: object) -> bool:
    """The ``labelled`` test: whether a picture's credit opens with a label of its own
    ('Foto: dpa', 'Photo : AFP'), so that the page does not put its own before it: a
    screen reader read a German credit as 'Bild: Foto: dpa'. An address ('https://...')
    is no label."""
    return isinstance(credit, str) and _OWN_LABEL().match(credit) is not None


def _country(lang: Language, written: str, coordinates: tuple[float, float] | None = None) -> str:
    """The ``country`` filter: a place's country as the page names it. One written as the
    maps name it in English ('Lebanon', which the editors' guide allows on a page in any
    language) is named in the page's language, as the map beside it names it ('لبنان'),
    so an Arabic page does not say 'دوّار، Lebanon'; any other name is shown as written.
    Given the place's ``coordinates`` (latitude, longitude), an area of several
    territories (Australia's 'Indian Ocean Ter.') is named as the one they are in
    ('Îles Cocos', as its map names it), not as all of them ('Île Christmas et Îles
    Cocos', 900 km apart)."""
    if lang.catalog == ENGLISH:
        return written
    code = _english_country_codes().get(written.strip().casefold())
    if code and coordinates is not None:
        code = _part_code(written.strip().casefold(), code, coordinates)
    return (territory_name(lang, code) if code else None) or written


def _part_code(folded: str, code: str, coordinates: tuple[float, float]) -> str:
    """The code of the territory of the area Natural Earth names ``folded`` (in lower
    case) that holds ``coordinates`` (latitude, longitude), as the map names it
    (``map_geometry.part_of``); ``code`` where the area is one territory or holds them
    in none of its parts."""
    from generator.geometry import map_geometry  # no outline is read

    lat, lon = coordinates
    for name, parts in map_geometry.PARTS.items():
        if name.casefold() == folded:
            return next((c for _, c, (w, s, e, n) in parts if w <= lon <= e and s <= lat <= n), code)
    return code


@functools.cache
def _english_country_codes() -> dict[str, str]:
    """The ISO 3166 numeric code of each country of the bundled maps, by its English name
    in lower case, as the maps name it (Natural Earth's): the small ones 1:110m leaves
    out (Malta, Bahrain, Singapore) too, whose 1:50m maps named them in the page's
    language beside a place's page that said 'Malta'; Australia's 'Indian Ocean Ter.',
    two territories in one, by both of CLDR's codes ('CX CC'). An area without a code (a
    disputed one, 'Siachen Glacier', 'Somaliland') is shown as written."""
    from generator.geometry import map_geometry  # the packed outlines' index only: nothing is decoded

    return {name.casefold(): code for name, code in map_geometry.names_and_codes() if code}


def _alphabetical(
    language: str, values: Iterable[str], sorted_as: Mapping[str, str] | None = None
) -> list[str]:
    """The ``alphabetical`` filter: ``values`` in the alphabetical order of the page's
    ``language`` (``languages.collation_key``), where Jinja's ``sort`` put every word
    that begins with an accented letter after 'z' ('çevre' after 'zafer', 'économie' after
    'zone'); the same words differing only in accents or case as the search page's
    choices have them (the unaccented, then the lowercase first). A value ``sorted_as``
    gives a reading for (``pages.names_sorted_as``) sorts by it, as the story pages do."""
    readings = sorted_as or {}
    return sorted(values, key=lambda value: (collation_key(readings.get(value, value), language), value))


_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")
"""What JSON may not hold as written inside a ``<script>`` element: '<' (which could
open '</script>' or '<!--' and end or change the element), '>' and '&' with it, as
Jinja's ``tojson`` escapes them; the line and paragraph separators, which JavaScript
before ES2019 took for line ends in a string; and lone surrogates, which UTF-8 cannot
write (content holds none, ``errors.NOT_TEXT``, but a page must not fail on one)."""


def script_json(value: object) -> Markup:
    """The ``script_json`` filter: ``value`` as compact JSON to put inside a
    ``<script type="application/json">`` element, each character as written but those
    ``_SCRIPT_UNSAFE`` names, as ``\\uXXXX``. Jinja's ``tojson`` escapes every character
    outside ASCII too: six bytes for a Tamil or Devanagari letter UTF-8 writes in three
    (the search page of 1,000 Tamil events, 50 figures and 33 places named in Tamil, was
    9,845 bytes, and is 7,789). Not for an attribute, where a quote would end it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return Markup(_SCRIPT_UNSAFE.sub(lambda found: f"\\u{ord(found[0]):04x}", text))


def _elided(
    md: Typeset,
    *texts: object,
    markdown: Iterable[str | None] = (),
    language: str = "",
    digits: str = "0123456789",
    names: Iterable[str] = (),
    ids: Iterable[str] = (),
) -> Markup | str:
    """The attribute of a searched page's ``data-pagefind-body`` element that gives the
    index the words of ``texts`` and of the Markdown texts ``markdown`` (as the page
    shows them) written after an elision ("ordre" of "l’ordre"), and those the page's
    ``language`` has respelled for its readers' queries (Persian, Turkish:
    ``searchindex.RESPELT``), and the words it writes in 0-9 or in its own ``digits``
    in the other too, and on a Japanese or Chinese page the endings of the ``names`` it
    shows, and on a page not in Latin letters the words of the ``ids`` of its event, figures
    and places (``searchindex.id_words``), or nothing when there are none
    (``searchindex.elided_words``)."""
    words = searchindex.elided_words(
        *texts, markdown=markdown, convert=md, language=language, digits=digits, names=names
    )
    latin = searchindex.id_words(ids, language)
    if latin:
        words = " ".join(dict.fromkeys([*words.split(" "), *latin] if words else latin))
    return Markup(' data-pagefind-meta="elided:{}"').format(words) if words else ""


CARD_STANDFIRST = 200
"""Characters of the most a story card's standfirst shows (``_card_standfirst``)."""

_SENTENCE_END = later(
    r"[.!?\u061f\u0964\u06d4\u0589][\"'\u201d\u2019\u00bb)\]]*(?=\s)|[\u3002\uff01\uff1f][\u300d\u300f\u201d\uff09]*"
)
"""Where a sentence may end: a full stop, question or exclamation mark and a space, the
marks of Arabic and Persian ('؟'), Hindi and Bengali ('।'), Urdu ('۔') and Armenian
('։') among them, with any closing quotation mark or bracket after it; or Chinese's and
Japanese's ('。', '！', '？'), which no space follows. A full stop alone may end an
abbreviation instead (``_ends_abbreviation``)."""

TITLES = frozenset(
    {"Mrs", "Mme", "Mlle", "Prof", "Gen", "Gov", "Sen", "Rep", "Col", "Sgt", "Capt", "Rev"}
    | {"Sra", "Srta", "Dra", "Dott", "Ing"}
)
"""Titles written with a full stop before a name, in the languages we ship, longer than
the two letters (a capital and a small one: 'Dr', 'Mr', 'St', 'Hr') that tell one by its
form; a word of three letters may end a sentence ('It rained on Tom.')."""

_LAST_WORD = later(r"(?<!\w)[^\W\d_]+\Z")
"""The word of letters a text ends with."""


def _ends_abbreviation(plain: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` in ``plain`` ends an abbreviation rather than a
    sentence: it follows a single letter (an initial, in any script: the 'U.' and 'S.'
    of 'U.S.', 'В. Путин'), a capital and a small letter ('Dr. Smith') or one of
    ``TITLES`` ('Gen.'), or a word in small letters follows it ('approx. five'), where
    the scripts that have capitals start a sentence with one."""
    word = _LAST_WORD().search(plain, max(0, stop - 8), stop)
    if word is not None:
        letters = word[0]
        if len(letters) == 1 or letters in TITLES:
            return True
        if len(letters) == 2 and letters[0].isupper() and letters[1].islower():
            return True
    return plain[stop + 1 :].lstrip()[:1].islower()


def _first_sentence_end(plain: str) -> int | None:
    """Where the first sentence of ``plain`` ends, if within ``CARD_STANDFIRST``."""
    # Up to the character after the last that may be shown: the space a full stop needs.
    for end in _SENTENCE_END().finditer(plain, 0, CARD_STANDFIRST + 1):
        if end.end() > CARD_STANDFIRST:
            break
        if end[0] != "." or not _ends_abbreviation(plain, end.start()):
            return end.end()
    return None


def _card_standfirst(md: Typeset, text: str | None, language: str | None = None) -> str:
    """A story's standfirst as its card on another story's page shows it, plain text
    (``language``: the story's, where not the page's): whole when it is short enough
    (``CARD_STANDFIRST``), else its first sentence when that is, else cut after a word
    with an ellipsis (``feeds.shortened``). Cut at 200 characters, a card ended mid-word
    where a long standfirst went on."""
    plain = plain_text(md(text, language))
    if len(plain) <= CARD_STANDFIRST:
        return plain
    end = _first_sentence_end(plain)
    # Cut between an override and its end, the card's words after it read backwards.
    return bidi_closed(plain[:end] if end is not None else feeds.shortened(plain, CARD_STANDFIRST))


def _describer(env: jinja2.Environment, md: Typeset) -> Callable[[str | None], str]:
    """The ``description`` filter: Markdown as plain text of at most 200 characters, for
    meta tags; the same as ``markdown | striptags | truncate(200, end="…")``: cut short
    with the ellipsis the pages' typography writes (a shared link's preview shows it),
    not Jinja's three full stops."""

    def description(text: str | None) -> str:
        # Jinja's own filter, reached as a template reaches it (its function is no API).
        cut: str = env.call_filter("truncate", plain_text(md(text)), args=(200,), kwargs={"end": "…"})
        # Cut between an override and its end, the rest of the preview read backwards.
        return bidi_closed(cut)

    return description
