"""A day of the week named right before a date it is not ('Monday 26 March 2024', a
Tuesday): readers are told two days, and one is wrong. Looked for in an event's texts, in
the languages they may be written in: its story's (a translation's own) and English, which
quoted wire copy is in; by CLDR's names of the days, through Babel. The right day is
named in the words of the one it was written in. A date without its year ('Monday 26 March')
takes the event's. What is not plainly one day after its name is left alone: a day of
the week with no date beside it, a range ('Monday 25 - Wednesday 27 March'), a date with
more numbers after it whose year the event's may not be.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import NamedTuple

from generator.content.contentfile import ContentFile
from generator.content.datehints import read_one_day
from generator.content.lint.where import warning
from generator.content.model import Event
from generator.content.yamlnodes import Mapping, Scalar, place
from generator.errors import Problem
from generator.i18n.languages import primary
from generator.patterns import later

KEYS = ("title", "display_date", "summary", "body")
"""The keys of an event file whose text may name a day of the week before a date."""

ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayName:
    """A name of a day of the week as one language writes it, with the names of the
    others as wide (or as abbreviated) as it."""

    day: int
    """The day it names, Monday 0."""
    names: tuple[str, ...]
    """The seven names of its width and language, Monday first."""


@cache
def _day_names(language: str) -> dict[str, DayName]:
    """Each name of a day of the week, folded ('martes', 'mar', 'tuesday'), to the day it
    names in the languages an event of a story in ``language`` (a tag) may name one in:
    the story's, and English, as wire copy quoted is often English. A name the two give
    different days names the story's language's. (Each language's names are read once,
    in a few milliseconds: reading all the shipped languages' took a check a second.)
    In a story in another language, English's whole names alone: its abbreviations are
    words and names there ('Thu', a Vietnamese given name; 'Sat', 'Sun')."""
    english = _names_in("en")
    if primary(language) != "en":
        english = {name: day for name, day in english.items() if name.title() in ENGLISH_DAYS}
    return {**english, **_names_in(language)}


@cache
def _names_in(tag: str) -> dict[str, DayName]:
    """The names of the days of the week (CLDR's, whole and abbreviated, through Babel) in
    the language ``tag`` names, folded, to the day each names (whole, if it is both);
    none for a language Babel does not know. A name the language gives two days is left
    out: which is meant is not known."""
    from generator.i18n.languages import folded, resolve

    language = resolve(tag)
    if language is None:
        return {}
    found: dict[str, DayName] = {}
    twice: set[str] = set()
    for width in ("wide", "abbreviated"):
        days = language.locale.days["format"][width]
        names = tuple(str(days[n]) for n in range(7))
        for n, name in enumerate(names):
            if len(name.rstrip(".")) <= (1 if width == "wide" else 2):
                # Not Hungarian's 'V', 'H' (a calendar's columns), nor an abbreviation of
                # two letters, a word in other languages: Finnish 'to', Dutch 'do'.
                continue
            key = folded(name).rstrip(".")
            if key in found and found[key].day != n:
                twice.add(key)
            found.setdefault(key, DayName(n, names))
    return {name: day for name, day in found.items() if name not in twice}


@cache
def _letter(marked: bool) -> str:
    """A character of a word, as a class: a letter or a digit (``\\w``), and with ``marked``
    a mark on one. ``\\w`` holds no mark, and the words of Hindi, Bengali, Tamil or Thai
    hold vowel signs and viramas within them: 'सोमवार' was read as 'स' and 'मव', and none of
    their days was found. The marks are looked up where the scripts of the languages we
    ship have theirs (and the combining accents, symbols' marks and variation selectors)."""
    # The zero-width joiners are a word's too: Persian's Tuesday is 'سه\u200cشنبه', which
    # read without its joiner was 'شنبه', Saturday.
    if not marked:
        return "[\\w\u200c\u200d]"
    ranges: list[list[int]] = []
    for code in [*range(0x300, 0x1E00), *range(0x20D0, 0x2100), *range(0xFE00, 0xFE30)]:
        if unicodedata.category(chr(code))[0] == "M":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "[\\w\u200c\u200d" + "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges) + "]"


class _Words(NamedTuple):
    before_a_number: re.Pattern[str]
    """A word and, after it, a number or a word and a number: a day of the week before a
    date ('Monday 26 March', 'Monday, March 26'); only such words are looked up."""
    words_before: re.Pattern[str]
    """The word, or the two words, with their stops, commas and spaces, at the end of a text."""
    word: re.Pattern[str]


@cache
def _words(marked: bool) -> _Words:
    """The patterns of words (``_letter``) the days are looked for by, with the marks in
    them where ``marked`` (20 ms to compile: a language whose names of the days have none,
    English, Spanish, Russian, has the patterns of ``\\w``)."""
    w = _letter(marked)
    return _Words(
        re.compile(rf"(?<!{w})({w}{{2,}})\.?,? +(?=(?:{w}+\.?,? +)?\d)"),
        re.compile(rf"(?:{w}+\.?,? +){{1,2}}$"),
        re.compile(f"{w}+"),
    )


@cache
def _written_with_marks(language: str) -> bool:
    """Whether the names of the days of the week a story in ``language`` may write
    (``_day_names``) hold a mark ('सोमवार')."""
    names = {name for day in _day_names(language).values() for name in day.names}
    return any(unicodedata.category(c)[0] == "M" for name in names for c in name)


_SPACE_NUMBER = later(r" \d")
"""A number after a space, as ``_Words.before_a_number`` has one: the words before such
numbers alone are matched, not every word of a long text (100 ms a thousand events' summaries)."""


_NEXT_WORDS = later(r"\S+")

_A_YEAR = later(r"(?<!\d)\d{4}(?!\d)")

_HEBREW_PREFIXES = "בהוכלמש"
"""The letters Hebrew joins to the front of a word as a preposition, an article or 'and':
'ביום שני' is 'on Monday', 'ויום שני' 'and Monday'."""

_WORD_BEFORE = later(r"(?<!\S)(\S+) $")
"""The word right before a space that ends the text searched: the first of a day's name
of two words."""

_RANGE_AFTER = later(r"^\s*(?:[-\u2013\u2014]|\S+\s+\d)")
"""What after a date makes it the start of a range, or of more than a day: a dash, or a
word and a number ('to 2 January', 'and 27')."""


def wrong_weekdays(file: ContentFile, event: Event, language: str) -> Iterator[Problem]:
    """The days of the week in the event's texts (``KEYS``) named right before a date
    they are not, each with the right day; in its story's ``language`` (a tag) or English."""
    if not isinstance(file.root, Mapping):
        return
    year = event.date.year if event.end is None or event.end.year == event.date.year else None
    for key in KEYS:
        found = file.root.items.get(key)
        node = found[1] if found is not None else None
        if not isinstance(node, Scalar) or not isinstance(node.value, str):
            continue
        text = node.value
        for written in _before_numbers(text, _words(_written_with_marks(language))):
            wrong = _wrong_day(written, text, year, language)
            if wrong is not None:
                said, start = wrong
                yield warning(place(node, start), f"'{key}' names {said}")


def _before_numbers(text: str, patterns: _Words) -> list[re.Match[str]]:
    """``patterns.before_a_number``'s matches in ``text``, as ``finditer`` finds them, found
    from the numbers back: the one or two words before each number after a space."""
    starts: set[int] = set()
    for number in _SPACE_NUMBER().finditer(text):
        space = number.start() + 1  # where the space ends: the words end there
        words = patterns.words_before.search(text, max(0, space - 80), space)
        if words is not None:
            starts.update(words.start() + word.start() for word in patterns.word.finditer(words[0]))
    found = (patterns.before_a_number.match(text, start) for start in sorted(starts))
    return [written for written in found if written is not None]


def _wrong_day(written: re.Match[str], text: str, year: int | None, language: str) -> tuple[str, int] | None:
    """What is said of the word ``written`` in ``text``, and where the day's name starts,
    when it is a day of the week (in ``language`` or English) right before a date it is
    not (the date's year, if it has none, ``year``); else None. The word may end a name of
    two: Hebrew's 'יום שלישי', Vietnamese's 'Thứ Ba', Pashto's 'سه شنبه'."""
    from generator.i18n.languages import folded

    word, start = written[1], written.start()
    names = _day_names(language)
    name: DayName | None
    # Two words first: Pashto's 'سه شنبه' (Tuesday) ends in 'شنبه' (Saturday).
    two = _two_words(names, text, start, word) if _names_of_two_words(language) else None
    if two is not None:
        name, start = two
        word = text[start : written.end(1)]
    else:
        # Folded as the names are; a word in ASCII (most, and every word before a number in an
        # English story) by lowercasing alone, which is what folding does to it, 20 times faster.
        # A word not in ASCII is looked up in the story's language alone: folded, Vietnamese
        # 'thư' (a letter) and the name 'Thu' are English's 'Thu' (Thursday).
        name = names.get(word.lower()) if word.isascii() else _names_in(language).get(folded(word))
    if name is None:
        return None
    read = _date_after(text[written.end() :], year, language)
    if read is None:
        return None
    day, words, year_given = read
    if name.day == day.weekday():
        return None
    right = name.names[day.weekday()]
    if word[0].isupper() and right[:1].islower():
        right = right[:1].upper() + right[1:]
    when = "" if year_given else f" in {day.year} (the event's 'date')"
    said = (
        f"{word} right before {words}, which was a {ENGLISH_DAYS[day.weekday()]}{when}: "
        f"write '{right}', or correct the date"
    )
    return said, start


def _two_words(names: dict[str, DayName], text: str, start: int, word: str) -> tuple[DayName, int] | None:
    """The day named by ``word`` (at ``start`` in ``text``) with the word before it, and
    where that name starts; None when the two name none."""
    from generator.i18n.languages import folded

    before = _WORD_BEFORE().search(text, max(0, start - 40), start)  # a window: not the text from its start
    if before is None:
        return None
    first = before[1]
    name = names.get(folded(f"{first} {word}"))
    if name is None and len(first) > 1 and first[0] in _HEBREW_PREFIXES:
        first = first[1:]  # 'ביום שני' (on Monday): the name after its preposition
        name = names.get(folded(f"{first} {word}"))
    if name is None or (name.names[name.day].split()[-1][:1].isupper() and not word[:1].isupper()):
        # Vietnamese writes the day 'thứ Hai' and the ordinal 'thứ hai' (second): 'Phiên
        # tòa thứ hai ngày 26/3/2024' is the second hearing, on a Tuesday.
        return None
    return name, before.end(1) - len(first)


@cache
def _names_of_two_words(language: str) -> bool:
    """Whether a name of a day a story in ``language`` may write is two words (Hebrew,
    Vietnamese, Pashto): the others' texts are not looked at twice."""
    return any(" " in name for name in _day_names(language))


def _date_after(rest: str, year: int | None, language: str) -> tuple[date, str, bool] | None:
    """The day that the words at the start of ``rest`` give, those words, and whether they
    give its year (else it is ``year``); None when they give no one day. In a story in
    English, as the lints read a date (which reads every English one); in another
    language, as check's hints do too, the words as written first ('12. srp 2023.', whose
    year's stop says Croatian)."""
    every_form = primary(language) != "en"
    words = [(m.start(), m.end()) for m in _NEXT_WORDS().finditer(rest[:80])][:6]
    for count in range(len(words), 1, -1):
        end = words[count - 1][1]
        written = rest[:end].rstrip(",.;:)")
        forms = [(rest[:end], True)] if every_form and rest[:end] != written else []
        forms.append((written, True))
        if year is not None and not _A_YEAR().search(written):  # one with its year takes no other
            forms.append((f"{written} {year}", False))
        for text, year_given in forms:
            read = read_one_day(text, every_form=every_form)
            if read is None:
                continue
            if not year_given and _RANGE_AFTER().match(rest[end:]):
                return None  # '29 December to 2 January': whose year?
            return read, written, year_given
    return None
