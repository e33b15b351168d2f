"""Typography: straight quotes, ``--``, ``---`` and ``...`` as a typesetter would set
them, with the quotation marks of the story's language.

Markdown goes through Python-Markdown's ``smarty`` extension (SmartyPants' rules); plain
prose, which ``markdown/prose.py`` converts without Python-Markdown, through ``educate`` below,
which applies the same rules (the same regular expressions, in the same order, each over
the whole text before the next, on each run of text between spans, as Python-Markdown's
inline processor does), so both give the same HTML (a test compares them on thousands
of random texts, and the rules with the extension's own).

Quotation marks depend on the language and the conversions are shared by every
language, so both set them first as the placeholders ``QUOTES`` (private-use
characters), which ``for_language`` then turns into the language's marks in the HTML of
a page. Dashes and ellipses are the same in every language. The closing single quote
is also the apostrophe (SmartyPants cannot tell them apart), so single quotes are ‘ ’
in every language: ’ is the apostrophe in all of them, and a German ‘ or a French ”
in "l’homme" would be wrong far more often than an inner quotation is.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from generator.i18n.languages import primary, writes_traditional_chinese
from generator.patterns import later

ELIDED = (
    *("c", "d", "j", "l", "m", "n", "s", "t", "qu"),
    *("jusqu", "lorsqu", "puisqu", "quoiqu", "quelqu", "presqu"),
    *("all", "coll", "dall", "dell", "nell", "sull", "un", "quest", "quell", "nessun"),
)
"""The words French, Italian and Catalan elide before a vowel ("l’", "qu’", "dell’",
"un’"), which search reads apart from the word after them (``render/searchindex.py``;
search.js holds the same list, a test compares them) and ids write as a word of their
own (``content/ids.py``). Only these: an apostrophe inside a name or a word of another
language is no elision ("Shi’ite", "Ba’ath", Ukrainian's "п’ять"), and taking its first
part off gave the index and the query words no one wrote ("ite", "ath")."""

LEFT_DOUBLE, RIGHT_DOUBLE, LEFT_SINGLE, RIGHT_SINGLE = "\ue000", "\ue001", "\ue002", "\ue003"
QUOTES = LEFT_DOUBLE + RIGHT_DOUBLE + LEFT_SINGLE + RIGHT_SINGLE
"""Placeholders for the quotation marks, until the page's language is known."""

SUBSTITUTIONS = {
    "mdash": "\u2014",
    "ndash": "\u2013",
    "ellipsis": "\u2026",
    "left-double-quote": LEFT_DOUBLE,
    "right-double-quote": RIGHT_DOUBLE,
    "left-single-quote": LEFT_SINGLE,
    "right-single-quote": RIGHT_SINGLE,
}
"""Python-Markdown's ``smarty`` substitutions: characters, not entities, so that its
HTML and ``educate``'s are the same bytes."""

# SmartyPants' rules as Python-Markdown's smarty extension writes them (a test checks
# they are the same text).
_PUNCT = r"""[!"#\$\%'()*+,-.\/:;<=>?\@\[\\\]\^_`{|}~]"""
_CLOSE = r"[^\ \t\r\n\[\{\(\-\u0002\u0003]"
_OPENING_BASE = r"(\s|&nbsp;|--|–|—|&[mn]dash;|&#8211;|&#8212;)"

_M, _N, _E = SUBSTITUTIONS["mdash"], SUBSTITUTIONS["ndash"], SUBSTITUTIONS["ellipsis"]
_LD, _RD, _LS, _RS = LEFT_DOUBLE, RIGHT_DOUBLE, LEFT_SINGLE, RIGHT_SINGLE

# Each rule: its pattern, and what a match becomes (a number: that group of the match).
Rule = tuple[re.Pattern[str], tuple[int | str, ...]]
_DASHES: tuple[Rule, ...] = (
    (re.compile(r"(?<!-)---(?!-)"), (_M,)),
    (re.compile(r"(?<!-)--(?!-)"), (_N,)),
)
_QUOTE_RULES: tuple[Rule, ...] = tuple(
    (re.compile(pattern), replace)
    for pattern, replace in (
        (rf"^'(?={_PUNCT}\B)", (_RS,)),
        (rf'^"(?={_PUNCT}\B)', (_RD,)),
        (r""""'(?=\w)""", (_LD + _LS,)),
        (r"""'"(?=\w)""", (_LS + _LD,)),
        (rf'(?<={_CLOSE})\'"', (_RS + _RD,)),
        (rf"(?<={_CLOSE})\"'", (_RD + _RS,)),
        (r"(?<!\w)'(?=\d{2}s)", (_RS,)),
        (rf"{_OPENING_BASE}'(?=\w)", (1, _LS)),
        (rf"(?<={_CLOSE})'(?!\s|s\b|\d)", (_RS,)),
        (r"'(\s|s\b)", (_RS, 1)),
        (r"'", (_LS,)),
        (rf'{_OPENING_BASE}"(?=\w)', (1, _LD)),
        (r'"(?=\s)', (_RD,)),
        (rf'(?<={_CLOSE})"', (_RD,)),
        (r'"', (_LD,)),
    )
)
_ELLIPSES: tuple[Rule, ...] = ((re.compile(r"(?<!\.)\.{3}(?!\.)"), (_E,)),)


def educate(text: str) -> str:
    """``text`` (a run of plain text, no markup) with its quotes, dashes and ellipses set.

    Rules apply in the extension's order (dashes, quotes, ellipses), each to the whole
    text before the next, and what one rule set is hidden from the next behind a
    placeholder that starts with \\x02 and ends with \\x03, as Python-Markdown hides it:
    the later rules look at those two characters, not at what was set.
    """
    rules: list[Rule] = []
    if "--" in text:
        rules.extend(_DASHES)
    if "'" in text or '"' in text:
        rules.extend(_QUOTE_RULES)
    if "..." in text:
        rules.extend(_ELLIPSES)
    if not rules:
        return text
    set_aside: list[str] = []
    for pattern, replace in rules:
        text = _set_aside(pattern, replace, text, set_aside)
    return _PLACEHOLDER.sub(lambda m: set_aside[int(m.group(1))], text)


_PLACEHOLDER = re.compile("\x02([0-9]+)\x03")

_WINDOW = 64
"""More characters than any rule's match and what it looks at after it (the longest,
'&#8211;', a quote and the letter after it, is 9)."""


def _set_aside(
    pattern: re.Pattern[str], replace: tuple[int | str, ...], text: str, set_aside: list[str]
) -> str:
    """``text`` with each match of ``pattern``, from the left, hidden behind a placeholder
    (its replacement put in ``set_aside``), the next match looked for from just after it.

    As Python-Markdown does it, but without writing the text out again at each match,
    which took time in proportion to the text's length times its quotes (200,000
    quotation marks, over 20 s on each page showing them: a hostile pull request). Only a match that starts
    right after a placeholder sees one of its characters (its last, \\x03, before it):
    that match is tried on the few characters there after a \\x03; any later one sees the
    text as it is.
    """
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    while True:
        match = None
        if pieces:  # just after a placeholder
            match = pattern.match("\x03" + text[done : done + _WINDOW], 1)
            offset = done - 1
        if match is None:
            match = pattern.search(text, done + 1 if pieces else 0)
            offset = 0
        if match is None:
            return "".join(pieces) + text[done:]
        # The whole match is hidden, the space a rule kept (its group 1) included.
        set_aside.append("".join(match.group(p) if isinstance(p, int) else p for p in replace))
        pieces += (text[done : offset + match.start()], f"\x02{len(set_aside) - 1}\x03")
        done = offset + match.end()


# Quotation marks by language (CLDR's, the outer pair; the inner pair is ‘ ’ everywhere,
# see above). French puts a narrow no-break space inside its guillemets.
_MARKS = {
    "en": ("“", "”"),
    "de": ("„", "“"),
    "fr": ("«\u202f", "\u202f»"),
    "es": ("«", "»"),
    "ca": ("«", "»"),
    "it": ("«", "»"),
    "pt": ("“", "”"),
    "pt-PT": ("«", "»"),
    "ru": ("«", "»"),
    "uk": ("«", "»"),
    "ky": ("«", "»"),
    "kk": ("«", "»"),
    "ar": ("«", "»"),
    "fa": ("«", "»"),
    "ps": ("«", "»"),
    "pl": ("„", "”"),
    "el": ("«", "»"),
    "cs": ("„", "“"),
    "sk": ("„", "“"),
    "sl": ("»", "«"),  # as Slovenian papers quote (Delo, Dnevnik, RTV SLO); CLDR has „ “
    "hr": ("„", "“"),  # as Croatian print and CLDR's hr: low opening, high closing, as Czech
    "sr": ("„", "“"),  # as Serbian print, in both scripts: low opening, high closing, as Croatian
    "lt": ("„", "“"),  # as Lithuanian print and CLDR's lt: low opening, high closing, as Czech
    "hu": ("„", "”"),
    "lv": ("„", "”"),  # as Latvian print and news sites: low opening, high closing, as Polish
    "ro": ("„", "”"),
    "bg": ("„", "“"),
    "mk": ("„", "“"),  # as Macedonian print and CLDR's mk: low opening, high closing, as Bulgarian
    "et": ("„", "“"),  # as Estonian print and CLDR's et: low opening, high closing, as Czech
    "is": ("„", "“"),  # as Icelandic print and CLDR's is: low opening, high closing, as German
    "nl": ("“", "”"),
    "sv": ("”", "”"),
    "da": ("“", "”"),
    "nb": ("«", "»"),
    "no": ("«", "»"),  # Norwegian as TimelineJS and many newsrooms write it (Bokmål)
    "nn": ("«", "»"),
    "fi": ("”", "”"),
    "tr": ("“", "”"),
    # Single marks, as Prothom Alo and The Daily Star's Bangla site, Onlinekhabar and
    # Kantipur, Loksatta and Lokmat quote speech and names ('তিনি বলেন, ‘...’', '‘पावर
    # सिफ्ट’को', '‘घोषणा’'), where CLDR has “ ”. A quote inside one is set ‘ ’ as well.
    "bn": ("‘", "’"),
    "ne": ("‘", "’"),
    "mr": ("‘", "’"),
    "sw": ("“", "”"),  # CLDR's sw, written in the table (Mwananchi's and Taifa Leo's not confirmed)
    "he": ("”", "”"),
    "ja": ("「", "」"),
    "zh": ("“", "”"),
    "zh-Hant": ("「", "」"),  # Taiwan and Hong Kong: corner brackets, as CLDR's zh_Hant
}


def marks(language: str) -> tuple[str, str]:
    """The outer quotation marks of ``language`` (a BCP 47 tag), English's if unknown.
    Chinese by its script, wherever the tag names it ('zh-TW' and 'zh-Hant-HK' are
    Traditional, written 「」; 'zh' and 'zh-CN' Simplified, “”)."""
    if writes_traditional_chinese(language):
        return _MARKS["zh-Hant"]
    for tag in (language, language.split("-")[0]):
        for known, pair in _MARKS.items():
            if known.lower() == tag.lower():
                return pair
    return _MARKS["en"]


# SmartyPants decides each straight double quote by the character before it: after a
# letter or a colon it closes. In languages written without spaces (Chinese, Japanese)
# and after a colon with no space ("sagte:"Nein"") the opening mark follows a letter or
# a colon too, and both marks came out closing. So a closing mark that no opening mark
# before it (in the same block) is waiting for, and that text follows straight away,
# is taken as opening: quotes then alternate open, close. One followed by a space or by
# punctuation stays closing (the inches of 12" pipe, a quote that began in an earlier
# block). The other way round, SmartyPants opens a quote that starts a run of text after
# an inline tag ("*no*" at the end of a sentence, or before a full-width stop); one that
# comes while a quote is open, with no text after it, closes, as does one straight after
# an inline tag while a quote that began after a Chinese or Japanese character is open
# (they write text straight after a closing mark: '说"*不*"了'). The marks are paired after
# the rules, on the placeholders, so Markdown and plain prose (which must give the same
# HTML as Python-Markdown) are paired alike.
_BLOCKS = "p|li|h[1-6]|blockquote|td|th|dt|dd|figcaption|div|ul|ol|table|tr|pre"
_PAIRING = re.compile(rf"[{LEFT_DOUBLE}{RIGHT_DOUBLE}]|<(?:/?(?:{_BLOCKS})\b|br\b)[^>]*>")
"""A double quote's placeholder, or a tag that begins or ends a block (whose quotes are
paired on their own)."""
_OPENS_TEXT = later(r"(?:<[^>]*>)*[\w(\[{¿¡" + LEFT_SINGLE + "]")
"""Text straight after a mark (past any inline tags): a word, an opening bracket or an
inner quote."""


def _paired(html: str) -> str:
    """``html`` with each unpaired closing double quote that text follows made opening,
    and each opening one that ends an open quote made closing."""
    if RIGHT_DOUBLE not in html and html.count(LEFT_DOUBLE) < 2:
        return html  # nothing to pair
    chars = list(html)
    quoting = wide = False  # a quote is open; it opened after a Chinese or Japanese character
    for found in _PAIRING.finditer(html):
        mark, at = found.group(), found.start()
        if mark == LEFT_DOUBLE:
            if quoting and (not _OPENS_TEXT().match(html, found.end()) or _closes_after_tag(html, at, wide)):
                chars[at] = RIGHT_DOUBLE
                quoting = False
            else:
                quoting, wide = True, _after_wide(html, at)
        elif mark == RIGHT_DOUBLE:
            after_digit = at > 0 and html[at - 1].isdigit()  # 5"x7": inches
            if not quoting and not after_digit and _OPENS_TEXT().match(html, found.end()):
                chars[at] = LEFT_DOUBLE
                quoting, wide = True, _after_wide(html, at)
            else:
                quoting = False
        else:
            quoting = False
    return "".join(chars)


_SINGLES = re.compile(rf"[{LEFT_SINGLE}{RIGHT_SINGLE}]|<(?:/?(?:{_BLOCKS})\b|br\b)[^>]*>")
"""A single quote's placeholder, or a tag that begins or ends a block."""


def _wide(char: str) -> bool:
    """Whether ``char`` is a character of Chinese or Japanese (or their punctuation): a
    wide or full-width one, as East Asian Width tells them."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _after_wide(html: str, at: int) -> bool:
    """Whether the character before ``html[at]`` is a Chinese or Japanese one."""
    return at > 0 and _wide(html[at - 1])


_HANGUL_SYLLABLE = later("[\uac00-\ud7a3]")


def _closes_after_tag(html: str, at: int, wide: bool) -> bool:
    """Whether the opening mark at ``html[at]``, straight after an inline tag while a quote
    is open, closes it: SmartyPants opens a quote that starts the text after an inline tag,
    and Chinese and Japanese write text straight after a closing mark ('说"*不*"了' came
    out “<em>不</em>“了), where the quote began after one of their characters (``wide``);
    Korean writes its particle on the closing mark, wherever the quote began ('그는
    "*절대*"라고' came out “<em>절대</em>“라고)."""
    if at == 0 or html[at - 1] != ">":
        return False
    return wide or _HANGUL_SYLLABLE().match(html, at + 1) is not None


def _paired_singles(html: str) -> str:
    """``html`` with each closing single quote straight after a Chinese or Japanese
    character, that text follows while no single quote is open, made opening: SmartyPants
    closes a single quote after a letter ('首相は'想定外'と' came out ’想定外’), and these
    languages write no space before a quote. No apostrophe comes after their characters
    (one after a Latin letter, 'McDonald's', stays). An opening one that closes a quote
    after an inline tag (``_closes_after_tag``) is made closing."""
    if RIGHT_SINGLE not in html and html.count(LEFT_SINGLE) < 2:
        return html
    chars = list(html)
    quoting = wide = False  # a single quote is open; it opened after their character
    for found in _SINGLES.finditer(html):
        mark, at = found.group(), found.start()
        if mark == LEFT_SINGLE:
            if quoting and _closes_after_tag(html, at, wide):
                chars[at] = RIGHT_SINGLE
                quoting = False
            else:
                quoting, wide = True, _after_wide(html, at)
        elif mark == RIGHT_SINGLE:
            opens = not quoting and _after_wide(html, at) and _OPENS_TEXT().match(html, found.end())
            if opens:
                chars[at] = LEFT_SINGLE
            quoting, wide = bool(opens), bool(opens)
        else:
            quoting = False
    return "".join(chars)


_HEBREW_LETTER = "\u05d0-\u05ea"
_BETWEEN_HEBREW = later(f"(?<=[{_HEBREW_LETTER}])[{QUOTES}](?=[{_HEBREW_LETTER}])")
"""A quote's placeholder between two Hebrew letters."""
_ANY_HEBREW = re.compile(f"[{_HEBREW_LETTER}]")
_GERSHAYIM, _GERESH = "\u05f4", "\u05f3"


def _hebrew_marks(html: str) -> str:
    """``html`` with the straight quotes a Hebrew keyboard types for the gershayim of an
    acronym (צה"ל, מחו"ל) and the geresh of a letter (ג'ורג') as those marks, in any
    language: a quote between two Hebrew letters, and a closing single quote after one
    while no single quote is open (the last geresh of ג'ורג')."""
    if not _ANY_HEBREW.search(html):
        return html
    html = _BETWEEN_HEBREW().sub(
        lambda m: _GERSHAYIM if m.group() in (LEFT_DOUBLE, RIGHT_DOUBLE) else _GERESH, html
    )
    if RIGHT_SINGLE not in html:
        return html
    chars = list(html)
    quoting = False
    for found in _SINGLES.finditer(html):
        mark, at = found.group(), found.start()
        if mark == LEFT_SINGLE:
            quoting = True
        elif mark == RIGHT_SINGLE and not quoting and at > 0 and "\u05d0" <= html[at - 1] <= "\u05ea":
            chars[at] = _GERESH
        else:
            quoting = False
    return "".join(chars)


_DUTCH_ELISION = later(LEFT_SINGLE + r"(?=[stn](?![^\W\d_]))")
"""An opening single quote's placeholder before a lone 's', 't' or 'n': SmartyPants opens
a single quote after a space, but Dutch writes its elided articles ('s for des, 't for
het, 'n for een) with an apostrophe there: ’s-Gravenhage, ’s avonds, ’t Harde."""


def _dutch_elisions(html: str, language: str) -> str:
    """``html`` with Dutch's elided articles written with an apostrophe, in a Dutch page."""
    if LEFT_SINGLE not in html or primary(language) != "nl":
        return html
    return _DUTCH_ELISION().sub(RIGHT_SINGLE, html)


_HOLDS_QUOTE = later(f"[{QUOTES}]")


@cache
def _table(language: str) -> dict[int, str]:
    left, right = marks(language)
    return str.maketrans({LEFT_DOUBLE: left, RIGHT_DOUBLE: right, LEFT_SINGLE: "‘", RIGHT_SINGLE: "’"})


def for_language(html: str, language: str) -> str:
    """``html`` with the quotation placeholders as ``language`` writes them (in Dutch, an
    elided article's apostrophe too, ``_dutch_elisions``), and, in French, the spaces typed
    before its high punctuation, inside « », between a number's groups of digits and inside
    a time ("18 h 43") made no-break ones; in Czech, Slovak and Polish, the space after a
    one-letter word ('v Praze', ``ONE_LETTER_WORDS``)."""
    # Most texts hold no placeholder: an ASCII one cannot, and one look finds any other's
    # (7,000 texts a 1,000-event build: 4.9 ms of processor time as four looks, 1.6 as this).
    if not html.isascii() and _HOLDS_QUOTE().search(html):
        html = _dutch_elisions(_hebrew_marks(html), language)
        html = _paired_singles(_paired(html)).translate(_table(language))
    spaces = _spaces_before(language)
    if spaces and " " in html:
        html = _no_break_before(html, spaces)
    if (words := ONE_LETTER_WORDS.get(primary(language))) is not None and " " in html:
        html = _in_text(_one_letter_word(words), "\\1\u00a0", html)
    return html


ONE_LETTER_WORDS = {"cs": "aikosuvz", "sk": "aikosuvz", "pl": "aiouwz"}
"""Languages whose typography keeps a one-letter word (a preposition or conjunction: Czech
'v Praze', Polish 'w Warszawie') off a line's end, tied to the word after it, and the
words: Czech and Polish news sites and their style guides do so, and the catalogs' own
texts were written so; an editor's own text, typed with plain spaces, broke 'v' from
'Praze' at the end of a phone's line."""


@cache
def _one_letter_word(words: str) -> re.Pattern[str]:
    """One of ``words`` (either case) standing alone before a space and a word, in text
    outside tags and code (``_tags_and_text``): not the end of a word ('Sv. Vít'), nor a
    letter after a dot or a hyphen ('J. Novák', 'A-Z')."""
    letters = re.escape(words + words.upper())
    return re.compile(rf"(?<![\w.\-])([{letters}]) (?=\w)")


# French sets a space before its high punctuation, and no line may break there: a no-break
# space before ':', a narrow one before ';', '!', '?' and '%' (Lexique des règles
# typographiques en usage à l'Imprimerie nationale); in Canada and Switzerland only the
# colon takes one. Only a space the editor typed is made no-break ("Non!" stays as typed):
# a line of a phone's screen then never starts with the mark.
# Guillemets typed with spaces inside (as French keyboards and word processors give them)
# keep them on their line too, in every region: they are the marks set from straight
# quotes, with their narrow no-break spaces.
_FRENCH = {":": "\u00a0", ";": "\u202f", "!": "\u202f", "?": "\u202f", "%": "\u202f", "»": "\u202f"}
_COLON_ONLY = frozenset({"CA", "CH"})
"""The regions whose French spaces the colon alone (and the guillemets)."""


@cache
def _spaces_before(language: str) -> dict[str, str]:
    """The no-break space before each high punctuation mark in ``language`` (a BCP 47
    tag): French's, or the colon's alone in Canada and Switzerland; none elsewhere."""
    parts = language.replace("_", "-").split("-")
    if parts[0].lower() != "fr":
        return {}
    regions = {p.upper() for p in parts[1:] if len(p) == 2}
    return {k: _FRENCH[k] for k in ":»"} if regions & _COLON_ONLY else _FRENCH


@cache
def _typed_space(marks: str) -> re.Pattern[str]:
    """In text outside tags and code (``_tags_and_text``): the spaces typed before one of
    ``marks``, the mark as ``mark``; those typed after an opening guillemet, the guillemet
    as ``opening``; a number whose digits are grouped by three with spaces ("340 000"), as
    ``digits``; or a time written with spaces ("18 h 43"), as ``clock``.

    Each is found in time in proportion to the text: the spaces only from the first of a
    run (from each of them, a run of 50,000 with no mark after it was read to its end
    again, 260 s to build one event of a French story: a hostile pull request), and a
    number's groups only twelve at a time (36 digits after its first ones; a run of more
    is no number, and is read again from its second group)."""
    # A number alone: not the end of a word or a name ('Covid-19 100 000', 'A380 000'),
    # and every group of it (not '1 234' of '1 234 5678').
    digits = r"(?<!\w)(?<!\w-)\d{1,3}(?: \d{3}){1,12}(?!\d| \d)"
    # A time as French writes it, hours and minutes apart ('18 h 43', '20 h'), not a
    # number's end ('2019 h'), nor the 'h' of a word ('18 hommes'). Case-sensitive: 'H' is
    # no hour's mark ('la bombe H').
    clock = r"(?<![\w,.])(?:[01]?\d|2[0-4]) (?-i:h)(?: [0-5]\d)?(?![\w])"
    return re.compile(
        rf"(?<! ) +(?P<mark>[{re.escape(marks)}])|(?P<opening>«) +|(?P<digits>{digits})|(?P<clock>{clock})",
        re.IGNORECASE,
    )


_KEPT_ELEMENT = later(r"<(code|pre|script|style)\b", re.IGNORECASE)
"""The start of an element whose content is left as typed."""


@cache
def _end_tag(name: str) -> re.Pattern[str]:
    return re.compile(f"</{name}>", re.IGNORECASE)


def _tags_and_text(html: str) -> Iterator[tuple[bool, str]]:
    """``html`` in order as the text between its tags, and its tags (their attributes) and
    code, pre, script and style elements with what is in them, each piece with whether
    it is to be left as typed. A '<' with no '>' after it is text, and so is a start tag
    of such an element: an element without its end tag is its start tag alone.

    Found once each, from the start to the end: a pattern that matched them anywhere was
    tried again from each '<' with no '>' after it, and each '<code>' with no end, to the
    end of the text, in time in the square of its length (a French title of 20,000 of
    them took seconds, one of 200,000 minutes)."""
    at = 0
    ends: dict[str, re.Match[str] | None] = {}
    """The first end tag of each element found at or after the last start tag of it."""
    while (start := html.find("<", at)) >= 0 and (close := html.find(">", start)) >= 0:
        if start > at:
            yield False, html[at:start]
        at = close + 1
        if (element := _KEPT_ELEMENT().match(html, start)) is not None:
            name = element[1].lower()
            if name not in ends or ((found := ends[name]) is not None and found.start() < at):
                ends[name] = _end_tag(name).search(html, at)
            if (end := ends[name]) is not None:  # (none after an earlier start tag: none after this one)
                at = end.end()
        yield True, html[start:at]
    if at < len(html):
        yield False, html[at:]


def _no_break_before(html: str, spaces: dict[str, str]) -> str:
    """``html`` with a space typed before one of the marks of ``spaces`` made the no-break
    space given for it, one typed after '«' the closing guillemet's, and those between a
    number's groups of digits narrow ones (French's group separator), and those of a time
    ("18 h 43", "20 h") no-break ones, in text only (not in tags, attributes or code)."""

    def spaced(m: re.Match[str]) -> str:
        if m["opening"]:
            return m["opening"] + spaces["»"]
        if m["digits"]:
            return m["digits"].replace(" ", "\u202f")
        if m["clock"]:
            return m["clock"].replace(" ", "\u00a0")
        return spaces[m["mark"]] + m["mark"]

    return _in_text(_typed_space("".join(spaces)), spaced, html)


def _in_text(pattern: re.Pattern[str], replacement: str | Callable[[re.Match[str]], str], html: str) -> str:
    """``html`` with ``pattern`` replaced in its text only (``_tags_and_text``), not in its
    tags, their attributes or code."""
    return "".join(piece if kept else pattern.sub(replacement, piece) for kept, piece in _tags_and_text(html))


def typeset(text: str, language: str) -> str:
    """Plain text (a headline, a name) as set in ``language``: ``educate`` then the marks,
    any bidi control it leaves open closed (``bidi_closed``)."""
    return bidi_closed(for_language(educate(text), language))


_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO: each closed by a PDF
_ISOLATES = "\u2066\u2067\u2068"  # LRI, RLI, FSI: each closed by a PDI
_PDF, _PDI = "\u202c", "\u2069"
BIDI_CONTROLS = _EMBEDDINGS + _ISOLATES + _PDF + _PDI
"""The invisible characters that open and close bidi embeddings, overrides and isolates
(U+202A-U+202E, U+2066-U+2069)."""


def holds_bidi_controls(text: str) -> bool:
    """Whether ``text`` holds one of ``BIDI_CONTROLS``: told at once of ASCII text, most."""
    return not text.isascii() and any(control in text for control in BIDI_CONTROLS)


def bidi_closed(text: str) -> str:
    """``text`` with each embedding, override and isolate it opens and leaves open closed
    at its end, innermost first (``closing_bidi``), and each end that closes nothing it
    opened left out. By Unicode's bidi algorithm (UAX #9) an override lasts to the end of
    its paragraph, which on a page is the block it is in: a right-to-left override
    (U+202E) left open in a speaker's name, pasted or written to mislead ('Trojan
    Source'), drew the words after the name backwards. HTML asks that each one end in the
    element it starts in, which a text closed at its end does; a lone end (a PDI) could
    close an isolate of the page's own (a ``<bdi>``'s). Those it opens and closes itself
    are left to the editor, whom ``check`` warns of an override."""
    if not holds_bidi_controls(text):
        return text
    kept, closing = _bidi_paired(text)
    return kept + closing


def closing_bidi(text: str) -> str:
    """The bidi controls that close the embeddings, overrides and isolates ``text`` opens
    and leaves open, innermost first: what ``bidi_closed`` puts at its end. A feed's
    headline cut between a right-to-left override and the character that ends it
    reversed everything the entry's title said after it."""
    return _bidi_paired(text)[1] if holds_bidi_controls(text) else ""


def _bidi_paired(text: str) -> tuple[str, str]:
    """``text`` without the ends that close nothing it opened, and the ends of what it
    leaves open, innermost first, paired as UAX #9 pairs them: a PDI closes its isolate
    and what was opened within it; a PDF, an embedding opened since the last isolate.
    Each control is added and taken out once (searching the open ones for the isolate at
    each PDI took minutes for a text of 100,000 controls)."""
    kept: list[str] = []
    open_: list[str] = []  # the ends of what is open, innermost last
    isolates: list[int] = []  # where each isolate still open is in ``open_``, innermost last
    for char in text:
        if char in _EMBEDDINGS:
            open_.append(_PDF)
        elif char in _ISOLATES:
            isolates.append(len(open_))
            open_.append(_PDI)
        elif char == _PDF:
            if not open_ or open_[-1] != _PDF:
                continue
            open_.pop()
        elif char == _PDI:
            if not isolates:
                continue
            del open_[isolates.pop() :]
        kept.append(char)
    return "".join(kept), "".join(reversed(open_))


SHORT_WORD = 9
"""Characters of the longest word a key number's value keeps with its number: 'about',
'least', 'than', 'million', 'billion', 'percent', and French's 'millions' and 'milliards'
and German's 'Millionen' (a French box wrote 'plus de 2' over 'millions')."""

TIED_PIECE = 16
"""Characters of the longest piece of a value its ties make ('nearly 100,000', 'than
2 million'): at the value's 1.5rem, bold, about as wide as the narrowest box of "By the
numbers" (16rem less its padding). Tied longer, a piece wider than its box is broken
inside a word by the page's overflow-wrap ('100,00' over '0')."""

_VALUE_WORD = re.compile(r"\S+")


def tied_number(value: str) -> str:
    """A key number's ``value`` ('about 100,000', 'more than 2 million') with a no-break
    space between its number and a short word next to it, on either side: a box of
    "By the numbers" wrote 'about' over '100,000'. The value still breaks where it
    must, between other words ('more' over 'than 2 million') and before or after a long
    one; no tie makes a piece longer than ``TIED_PIECE``.

    A rule of the words, at build time, rather than CSS: 'white-space: nowrap' on the
    value would keep a value wider than its box on one line, past its edge, and CSS has
    no way to keep a word with a number alone."""
    words = _VALUE_WORD.findall(value)
    if len(words) < 2 or " ".join(words) != value:  # one word, or spaced otherwise: as written
        return value
    pieces = [words[0]]
    for before, word in itertools.pairwise(words):
        numbered = any(c.isdigit() for c in before) or any(c.isdigit() for c in word)
        short = len(word if any(c.isdigit() for c in before) else before) <= SHORT_WORD
        if numbered and short and len(pieces[-1]) + 1 + len(word) <= TIED_PIECE:
            pieces[-1] += "\u00a0" + word
        else:
            pieces.append(word)
    return " ".join(pieces)
