"""The catalogs of interface text as the build reads them: a fresh ``.mo``, else the
``.po`` compiled in memory the way ``pybabel compile`` compiles it.

Every test points the module at a locales folder in ``tmp_path``: the shipped catalogs
are only ever copied, never written."""

from __future__ import annotations

import gettext
import hashlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.i18n import catalogs
from generator.i18n.languages import LOCALES

PYBABEL = str(Path(sys.executable).with_name("pybabel"))
"""The command Babel installs beside the interpreter that runs the tests."""
HEADER = """\
msgid ""
msgstr ""
"Project-Id-Version: test\\n"
"POT-Creation-Date: 2026-01-01 00:00+0000\\n"
"PO-Revision-Date: 2026-01-01 00:00+0000\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"""
RUSSIAN = f"""\
{HEADER}
msgid "Search"
msgstr "Поиск"

msgid "%(count)s day later"
msgid_plural "%(count)s days later"
msgstr[0] "%(count)s день спустя"
msgstr[1] "%(count)s дня спустя"
msgstr[2] "%(count)s дней спустя"

#, fuzzy
msgid "Timeline"
msgstr "Хронология (не проверено)"

msgid "Untranslated"
msgstr ""
"""
"""A catalog with a plural of three forms, a fuzzy entry and an empty one; its header
names no language and no plural rule, so the folder's name ('ru') must give them."""


@pytest.fixture
def locales(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty locales folder the module reads instead of the shipped one, with the
    module's caches emptied before and after (so no other test sees these catalogs)."""
    folder = tmp_path / "locales"
    folder.mkdir()
    monkeypatch.setattr(catalogs, "LOCALES", str(folder))
    catalogs.compiled.cache_clear()
    catalogs.translations.cache_clear()
    yield folder
    catalogs.compiled.cache_clear()
    catalogs.translations.cache_clear()


def write_po(locales: Path, name: str, text: str) -> Path:
    po = locales / name / "LC_MESSAGES" / "messages.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_text(text, encoding="utf-8")
    return po


def pybabel_compile(locales: Path) -> None:
    """Babel's own ``pybabel compile -d LOCALES``, the command ``make catalogs`` runs."""
    subprocess.run([PYBABEL, "-q", "compile", "-d", str(locales), "-D", "messages"], check=True)


def set_mtime(path: Path, seconds: float) -> None:
    os.utime(path, (seconds, seconds))


def read(data: bytes) -> gettext.GNUTranslations:
    return gettext.GNUTranslations(io.BytesIO(data))


def test_catalog_path_is_the_gettext_layout(locales: Path) -> None:
    assert catalogs.catalog_path("zh_Hans") == str(locales / "zh_Hans" / "LC_MESSAGES" / "messages.po")
    assert catalogs.catalog_path("ru", ".mo") == str(locales / "ru" / "LC_MESSAGES" / "messages.mo")


def test_compile_po_gives_the_bytes_pybabel_compile_writes_for_every_shipped_catalog(
    locales: Path,
) -> None:
    shipped = sorted(p.name for p in Path(LOCALES).iterdir() if (p / "LC_MESSAGES" / "messages.po").is_file())
    assert "ru" in shipped and "zh_Hans" in shipped
    for name in shipped:
        write_po(locales, name, (Path(LOCALES) / name / "LC_MESSAGES" / "messages.po").read_text("utf-8"))
    pybabel_compile(locales)
    for name in shipped:
        po = locales / name / "LC_MESSAGES" / "messages.po"
        assert catalogs.compile_po(str(po), name) == po.with_suffix(".mo").read_bytes(), name


def test_compile_po_leaves_out_fuzzy_and_empty_entries_as_pybabel_compile_does(locales: Path) -> None:
    po = write_po(locales, "ru", RUSSIAN)
    pybabel_compile(locales)
    mo = po.with_suffix(".mo")
    theirs = mo.read_bytes()
    mo.unlink()
    assert catalogs.compiled("ru") == theirs  # what the build reads without a .mo
    assert catalogs.compile_po(str(po), "ru") == theirs
    text = read(theirs)
    assert text.gettext("Search") == "Поиск"
    assert text.gettext("Timeline") == "Timeline"  # fuzzy: not a translation yet
    assert text.gettext("Untranslated") == "Untranslated"
    # The plural rule is Russian's, from the catalog's folder, though the header names none.
    assert [text.ngettext("%(count)s day later", "%(count)s days later", n) for n in (1, 3, 5, 21)] == [
        "%(count)s день спустя",
        "%(count)s дня спустя",
        "%(count)s дней спустя",
        "%(count)s день спустя",
    ]


def test_a_mo_at_least_as_new_as_its_po_is_read_as_it_is(locales: Path) -> None:
    po = write_po(locales, "ru", RUSSIAN)
    pybabel_compile(locales)
    mo = po.with_suffix(".mo")
    # A .mo that differs from what the .po would give shows it was read, not recompiled.
    po.write_text(RUSSIAN.replace("Поиск", "Найти"), encoding="utf-8")
    set_mtime(po, 1_000_000)
    set_mtime(mo, 1_000_000)
    assert catalogs.compiled("ru") == mo.read_bytes()
    assert catalogs.translations("ru").gettext("Search") == "Поиск"


def test_a_po_newer_than_its_mo_is_compiled_in_memory_and_the_mo_left_alone(locales: Path) -> None:
    po = write_po(locales, "ru", RUSSIAN)
    pybabel_compile(locales)
    mo = po.with_suffix(".mo")
    stale = mo.read_bytes()
    po.write_text(RUSSIAN.replace("Поиск", "Найти"), encoding="utf-8")
    set_mtime(mo, 1_000_000)
    set_mtime(po, 1_000_001)
    assert catalogs.compiled("ru") == catalogs.compile_po(str(po), "ru") != stale
    assert catalogs.translations("ru").gettext("Search") == "Найти"
    assert mo.read_bytes() == stale  # nothing is written beside the catalogs


def test_without_a_mo_the_po_is_compiled(locales: Path) -> None:
    write_po(locales, "ru", RUSSIAN)
    assert catalogs.translations("ru").gettext("Search") == "Поиск"
    assert not (locales / "ru" / "LC_MESSAGES" / "messages.mo").exists()


def test_translations_are_read_once_per_process(locales: Path) -> None:
    po = write_po(locales, "ru", RUSSIAN)
    first = catalogs.translations("ru")
    po.write_text(RUSSIAN.replace("Поиск", "Найти"), encoding="utf-8")
    assert catalogs.translations("ru") is first
    assert catalogs.translations("ru").gettext("Search") == "Поиск"


def test_digest_follows_the_catalogs_text(locales: Path) -> None:
    po = write_po(locales, "ru", RUSSIAN)
    before = catalogs.digest("ru")
    assert before == hashlib.sha256(catalogs.compiled("ru")).hexdigest()
    catalogs.compiled.cache_clear()
    assert catalogs.digest("ru") == before  # the same text, the same digest
    po.write_text(RUSSIAN.replace("Поиск", "Найти"), encoding="utf-8")
    catalogs.compiled.cache_clear()
    assert catalogs.digest("ru") != before
    po.write_text(
        RUSSIAN.replace('msgid "Search"', '# Translators: the search box.\nmsgid "Search"'), encoding="utf-8"
    )
    catalogs.compiled.cache_clear()
    assert catalogs.digest("ru") == before  # a comment is not text the pages show


def test_each_catalog_has_its_own_digest(locales: Path) -> None:
    write_po(locales, "ru", RUSSIAN)
    write_po(locales, "uk", RUSSIAN.replace("Поиск", "Пошук"))
    assert catalogs.digest("ru") != catalogs.digest("uk")
    assert catalogs.translations("uk").gettext("Search") == "Пошук"


def test_babels_catalog_modules_are_imported_only_to_compile_a_po() -> None:
    # A build reads the compiled .mo files: Babel's .po and .mo modules (3-4 ms) are not
    # part of starting a command, and compiling a .po still finds them.
    code = (
        "import sys, generator.cli; from generator.i18n import catalogs; "
        "print('babel.messages' in sys.modules); "
        "catalogs.compile_po(catalogs.catalog_path('fr')); print('babel.messages' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


OVERVIEW = (
    "The story's %(count)s event at a glance (%(span)s).",
    "The story's %(count)s events at a glance (%(span)s): each bar stands for the events close "
    "together in time, and links to them.",
)
MAP = (
    "Map of the %(num)d place in this story that has coordinates; each marker links to the place's page.",
    "Map of the %(num)d places in this story that have coordinates; each marker links to the place's page.",
)


@pytest.mark.parametrize("name", ["ru", "uk"])
@pytest.mark.parametrize(("message", "after"), [(OVERVIEW, "): "), (MAP, "; ")])
def test_twenty_one_reads_like_twenty_two_but_for_the_nouns_form(
    name: str, message: tuple[str, str], after: str
) -> None:
    """Russian and Ukrainian say 21, 31, ... with the form they use for 1: that form must
    say all the plural says (the overview strip, which is drawn for two events or more,
    explains its bars; a map of 21 places has a marker for each)."""
    shipped = catalogs.translations(name)
    for count in (21, 31, 101):
        one, other = (shipped.ngettext(*message, n) for n in (count, count + 1))
        assert one != other  # the noun's form differs...
        assert one.split(after, 1)[1] == other.split(after, 1)[1]  # ...and nothing after it


@pytest.mark.parametrize("name", ["ru", "uk"])
@pytest.mark.parametrize(
    "message", ["%(speaker)s, reported by %(source)s", "%(event)s, %(date)s, reported by %(source)s"]
)
def test_a_quotes_source_is_named_where_its_case_needs_no_ending(name: str, message: str) -> None:
    """A source's name is shown as the story writes it, in the nominative: after 'за даними'
    or 'по данным' ('according to'), which take the genitive, 'Херсонська обласна військова
    адміністрація' read wrong. After a colon it reads right, whatever its case."""
    words = catalogs.translations(name).gettext(message)
    assert words != message
    assert ": %(source)s" in words


@pytest.mark.parametrize("name", ["es", "fr", "it", "pt", "ca", "en", "nl"])
@pytest.mark.parametrize(
    "message", ["%(speaker)s, reported by %(source)s", "%(event)s, %(date)s, reported by %(source)s"]
)
def test_a_quotes_source_is_named_where_an_institution_needs_no_article(name: str, message: str) -> None:
    """'según Reuters' reads right, 'según Ministerio de Sanidad' does not: Spanish, French,
    Italian, Portuguese and Catalan put an article before an institution after 'according
    to' ('según el', 'selon le', 'secondo il', 'segundo o', 'segons el') and none before
    an agency's or a paper's name, and the source is shown as the story writes it. So do
    English ('reported by the Ministry of Health', 'reported by Reuters') and Dutch
    ('volgens het ministerie', 'volgens Reuters'). After a label and a colon ('fuente:
    Ministerio de Sanidad', 'source: Ministry of Health') both read right."""
    words = catalogs.translations(name).gettext(message)
    assert words != message
    assert re.search(r"\(\w+ ?: %\(source\)s\)$", words)


def test_the_english_interface_text_has_typographic_apostrophes() -> None:
    # As the Markdown text beside it has ("What we don\u2019t know", not "don't").
    from babel.messages.pofile import read_po

    english = catalogs.translations("en")
    assert english.gettext("What we don't know") == "What we don\u2019t know"
    with open(catalogs.catalog_path("en"), "rb") as f:
        shipped = read_po(f)
    texts: list[str] = []
    for message in shipped:
        if message.id:
            forms = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
            texts += [str(form) for form in forms if form]
    assert texts and not [t for t in texts if re.search(r"\w'\w", t)]


@pytest.mark.parametrize(
    ("name", "story", "history"), [("uk", "Матеріал", "історі"), ("ru", "Материал", "истори")]
)
def test_the_ukrainian_and_russian_interfaces_call_a_story_one_thing(
    name: str, story: str, history: str
) -> None:
    """'Матеріал' ('Материал'), as 'Усі матеріали' ('Все материалы') and 'Цей матеріал
    іншими мовами' call it: the search form's filter said 'Історія' ('История'), which a
    reader reads as 'History', and the map and the overview strip 'історія' where the rest
    of the pages said 'матеріал'."""
    from babel.messages.pofile import read_po

    with open(catalogs.catalog_path(name), "rb") as f:
        shipped = read_po(f)
    texts = [
        str(form)
        for message in shipped
        if message.id
        for form in (message.string if isinstance(message.string, (tuple, list)) else (message.string,))
    ]
    assert catalogs.translations(name).gettext("Story") == story
    assert [t for t in texts if history in t.lower()] == []


def make_messages_commands(locales: Path) -> list[list[str]]:
    """The ``pybabel extract`` and ``pybabel update`` lines of the Makefile's ``messages``
    recipe, as they stand there, pointed at ``locales`` instead of the shipped folder."""
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text("utf-8")
    recipe = makefile.split("\nmessages:", 1)[1].split("\n\n", 1)[0].replace("\\\n", " ")
    commands = [
        shlex.split(line.replace("$(BIN)/pybabel", PYBABEL).replace("$(LOCALES)", str(locales)))
        for line in recipe.splitlines()
        if re.match(r"\s+\$\(BIN\)/pybabel (extract|update) ", line)
    ]
    assert [command[1] for command in commands] == ["extract", "update"]
    return commands


def test_make_messages_leaves_the_shipped_catalogs_as_they_are(tmp_path: Path) -> None:
    """``make messages`` run with no interface text changed writes every catalog byte for
    byte as it is committed: otherwise whoever adds one message gets, in the same diff,
    Babel's rewrapping of other catalogs' comments and lines (and its header) to review."""
    repository = Path(__file__).resolve().parents[2]
    shipped = Path(LOCALES)
    copy = tmp_path / "locales"
    files = [shipped / "messages.pot", *sorted(shipped.glob("*/LC_MESSAGES/messages.po"))]
    assert len(files) > 40
    for path in files:
        (copy / path.relative_to(shipped)).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy / path.relative_to(shipped))
    for command in make_messages_commands(copy):
        subprocess.run([command[0], "-q", *command[1:]], cwd=repository, check=True)
    changed = [
        str(path.relative_to(shipped))
        for path in files
        if (copy / path.relative_to(shipped)).read_bytes() != path.read_bytes()
    ]
    assert changed == []
    assert sorted(copy.rglob("*.po*")) == sorted(copy / path.relative_to(shipped) for path in files)


KNOWN = {
    "ar": "معروف", "bg": "известни", "bn": "জানা", "ca": "conegudes", "cs": "známými", "da": "kendte", "de": "bekannt",
    "el": "γνωστές", "en": "known", "es": "conocen", "et": "teada", "fa": "معلوم", "fi": "tunnetaan",
    "fil": "tiyak", "fr": "connues", "he": "ידוע", "hi": "पता", "hr": "poznate", "hu": "ismert",
    "hy": "հայտնի", "id": "diketahui", "is": "þekkt", "it": "note", "ja": "わかって", "ka": "ცნობილ",
    "ko": "확인된", "ky": "белгилүү", "lt": "žinomos", "lv": "zināmas", "mk": "познати", "ms": "diketahui",
    "mr": "माहीत", "nb": "kjente", "ne": "थाहा", "nl": "bekende", "pl": "znanych", "pt": "conhecidas", "ro": "cunoscute", "ru": "известн",
    "sk": "známymi", "sl": "znanimi", "sr": "познате", "sr_Latn": "poznate", "sv": "kända", "sw": "julikana",
    "ta": "தெரிந்த",
    "te": "తెలిసిన", "th": "ทราบ", "tr": "bilinen", "uk": "відом", "ur": "معلوم", "vi": "xác định",
    "zh_Hans": "已知", "zh_Hant": "已知",
}  # fmt: skip
"""Each catalog's word for 'known' as its map caption used it ('with known coordinates')."""


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_the_maps_caption_says_which_places_it_shows_without_calling_the_others_unknown(name: str) -> None:
    """The story map's caption counted the places 'with known coordinates', as if those not
    on it had no known place; the note after it says they are listed below. It says
    which places it shows (those given coordinates), in every plural form."""
    shipped = catalogs.translations(name)
    for count in (1, 2, 3, 5, 11, 21, 22, 100, 101, 102):
        caption = shipped.ngettext(*MAP, count)
        assert KNOWN[name] not in caption, (count, caption)
        assert name == "en" or caption not in MAP, count
