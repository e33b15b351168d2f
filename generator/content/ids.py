"""Ids: the names editors give stories, events, figures and places, which become addresses.

The one definition of what an id may be; loading checks file and folder names with it,
the schema gives it to editors' tools, and ``new`` makes ids with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import partial

from generator.content import files
from generator.i18n.languages import primary
from generator.i18n.typography import ELIDED
from generator.patterns import later

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
"""Lowercase letters and digits, with single hyphens between them."""
ID_REGEX = f"^{ID_PATTERN.pattern}$"
"""The same, anchored, for JSON Schema."""

RESERVED_STORY_IDS = frozenset({
    files.ASSETS, "404", "index", "feed", "sitemap", "robots", "cname", "media", "search",
    "pagefind", "embed",
})  # fmt: skip
"""Names the build writes, or will write, at the site's root: a story of that id would be
mixed into them (``assets/`` is the theme's)."""


ID_RULE = "use lowercase letters, digits and single hyphens"
"""``ID_PATTERN`` in an editor's words."""


def invalid_id(name: str, what: str) -> str | None:
    """Why ``name`` cannot be the id of a ``what`` ('story', 'event'...), with a valid one
    close to it, or None: what loading, ``new`` and ``import`` say."""
    if ID_PATTERN.fullmatch(name):
        return None
    return f"'{name}' is not a valid {what} id: {ID_RULE}, e.g. '{suggest_id(name)}'"


def reserved_story_id(name: str) -> str | None:
    """Why ``name`` cannot be a new story's id although it is a valid id, or None: what
    ``new`` and ``import`` say (loading says it of a folder, with its position)."""
    if name not in RESERVED_STORY_IDS:
        return None
    return (
        f"'{name}' is a name the build needs for its own files at the site's root; "
        f"choose another story id, e.g. '{name}-story'"
    )


def to_id(
    text: str,
    *,
    limit: int | None = None,
    fallback: str = "my-id",
    language: str | None = None,
    signs_spelt: bool = False,
) -> str:
    """``text`` as an id, by transliteration: 'Piñera' -> 'pinera', 'Бакиев' -> 'bakiev'.

    Letters and digits of any script are spelt in ASCII (anyascii's tables: é -> e,
    ß -> ss, ø -> o, ł -> l, Cyrillic, Greek, ...; Ukrainian text by translitua's table of
    Ukraine's own); everything else separates words.
    With ``limit``, whole words are kept while the id fits in that many characters.
    ``fallback`` is the id when nothing is left. ``language``, the text's language tag if
    known, picks a country's own transliteration where its script's letters are shared
    (Bulgarian's, Serbian's and Macedonian's Cyrillic, Serbian's 'đ'). With
    ``signs_spelt``, the id the rules before 7 December 2026 made, which spelt the marks
    anyascii spells with letters or digits ('2.125‰' '2-125-0', '§ 5' 's-5'), ran a
    fraction into its whole number ('2½' '21-2') and spelt a kana with a small one after it
    letter by letter ('リュウグウ' 'riyuuguu'): the id an older import gave such a title,
    which an import made again matches (``earlier_event_ids``).
    """
    # Imported here: it costs about 20 ms (importlib.resources), and only ``new`` and
    # error messages need it, not every build.
    from anyascii import anyascii

    # Symbols are not transliterated: anyascii spells emoji and signs out as words
    # (':grinning:', 'EUR'), which have no place in an address.
    kept = "".join(" " if unicodedata.category(c)[0] == "S" else c for c in text)
    if not signs_spelt:
        kept = _FRACTION_AFTER_DIGIT().sub(" ", kept)
        kept = _SMALL_TSU().sub(lambda m: _doubled_consonant(m.group(1), anyascii) + m.group(1), kept)
        kept = _KANA_WITH_SMALL_KANA().sub(lambda m: _kana_pair_spelt(m.group(), anyascii), kept)
    kept = _UNPOINTED_HEBREW().sub(lambda m: _hebrew_spelt(m.group()), _SHIN_DOT_LATE().sub(r"\2\1", kept))
    code = primary(language) if language is not None else None
    kept = _spelt_as_its_country_does(kept, code)
    kept = _spelt_by_script(kept, anyascii, point_is_decimal=code == "en")
    # Nor are the marks anyascii spells with letters or digits ('‰' '%0', '§' 'S'), which
    # read as a word or a number of the title; after the numbers, which a per mille sign
    # tells a decimal of.
    if not signs_spelt:
        kept = "".join(_sign_left_out(c, anyascii) for c in kept)
    thai = _THAI_LETTER().search(kept) is not None
    if thai:
        kept = _thai_spelt(kept)
    words = re.findall(r"[A-Za-z0-9]+", anyascii(kept))
    return _joined(words, limit, thai=thai, han=_HAN().search(kept) is not None) or fallback


def _spelt_as_its_country_does(kept: str, code: str | None) -> str:
    """``kept`` with the words of a language whose script is shared (``code``, its
    language's code, or Ukrainian's letters) spelt in Latin letters as its country does,
    where anyascii would spell them as another language's."""
    if code == "bg":
        # Bulgaria's official transliteration (the Transliteration Act of 2009), word by
        # word: anyascii spells Bulgarian as Russian, 'khitrino', 'kshchi' for 'къщи' (its
        # 'ъ' is a vowel, which was dropped, and 'щ' 'shch'); they are 'hitrino', 'kashti'.
        kept = _UKRAINIAN_WORD().sub(lambda m: _bulgarian_spelt(m.group()), kept)
    if code == "sr":
        # Serbian's own spelling in Latin letters, without its marks, in either script:
        # anyascii spells Serbian Cyrillic as Russian ('nadstreshnitse', 'zheleznichkoj')
        # and Latin 'đ' as 'd' ('dorde'); a Serbian reader writes 'nadstresnice',
        # 'zeleznickoj', 'djordje', the same id from a title in either script.
        kept = _UKRAINIAN_WORD().sub(lambda m: _serbian_spelt(m.group()), kept).translate(_SERBIAN_DJ)
    if code == "mk":
        # Macedonia's official romanization: anyascii spells Macedonian as Russian and
        # Serbian, 'stajkovtsi', 'khaos', 'dzhepchishte', and 'ѓ', 'ќ' as 'g', 'k'
        # ('gorche'); a Macedonian reader writes 'stajkovci', 'haos', 'djepchishte', 'gjorche'.
        kept = _UKRAINIAN_WORD().sub(lambda m: _macedonian_spelt(m.group()), kept)
    if _UKRAINIAN_LETTER().search(kept) and not _NOT_UKRAINIAN().search(kept):
        # Ukraine's official transliteration (Cabinet of Ministers, resolution 55 of 2010),
        # word by word: anyascii spells Ukrainian as Russian ('kiiv', 'gola' for 'Гола')
        # and broke a word at its apostrophe ('ob-iekt'); 'київ' is kyiv, 'об'єкт' obiekt.
        from translitua import UkrainianKMU, translit

        kept = _UKRAINIAN_WORD().sub(lambda m: translit(m.group().lower(), UkrainianKMU), kept)
    if code == "ur":
        # Urdu as it is said, word by word: anyascii spells the Arabic script as Arabic,
        # each letter a consonant ('tyrh-mdl-klwny' for 'طیارہ ماڈل کالونی', 'dhfr' for
        # 'ظفر'); Urdu's ا, و, ی, ے and a final ہ are its vowels ('tyara-madl-kaloni', 'zfr').
        kept = _URDU_WORD().sub(lambda m: _urdu_spelt(m.group()), kept)
    return kept


def _spelt_by_script(kept: str, anyascii: Callable[[str], str], *, point_is_decimal: bool) -> str:
    """``kept`` with the words of scripts anyascii spells letter by letter, where a reader
    spells them otherwise, spelt as the reader does; numbers joined as one word
    (``point_is_decimal``: the text is English, whose '1.5' is one and a half)."""
    kept = _CYRILLIC_INSIDE_WORD().sub("", kept)
    kept = _GREEK_DIPHTHONG().sub(_greek_diphthong, _GREEK_NASAL_G().sub("n", kept))
    kept = _CATALAN_GEMINATE_DOT().sub("", kept)
    kept = _DEVANAGARI_WORD().sub(lambda m: _devanagari_spelt(m.group()), kept)
    kept = _TAMIL_WORD().sub(lambda m: _tamil_spelt(m.group()), kept)
    kept = _TELUGU_WORD().sub(lambda m: _telugu_spelt(m.group()), kept)
    # Georgian's ejectives take an apostrophe in its national romanization of 2002, as
    # anyascii spells them (კ k', წ ts', ყ q', ჭ ch'), and the apostrophe broke the word:
    # 'k-ok-isp-iruli' for 'კოკისპირული'. An address drops it: 'kokispiruli'.
    kept = _GEORGIAN_LETTER().sub(lambda m: anyascii(m.group()).replace("'", ""), kept)
    kept = _ARMENIAN_WORD().sub(lambda m: _armenian_spelt(m.group()), kept)
    kept = _DIGIT_GROUPS().sub(partial(_number_joined, point_is_decimal=point_is_decimal), kept)
    kept = _APOSTROPHE().sub(_apostrophe_kept_or_not, kept)
    return kept


def _joined(words: Sequence[str], limit: int | None, *, thai: bool, han: bool) -> str:
    """``words`` in lowercase, joined by hyphens, whole words kept while they fit in
    ``limit`` characters. ``thai``, ``han``: the title was Thai or held Chinese."""
    out = ""
    for word in words:
        longer = f"{out}-{word.lower()}" if out else word.lower()
        if limit is not None and len(longer) > limit:
            if thai and not out:
                # Thai writes no space between words either: a title of one run longer than
                # the limit left the id empty ('event'); its start is kept, cut at the limit.
                out = word.lower()[:limit]
            elif han:
                # Chinese writes no space between words: a title is one word of syllables
                # run together, and one longer than the limit left the id empty ('event'
                # for '總統蔡英文前往花蓮探視傷者並慰問家屬'); it is cut after a syllable.
                kept_part = _syllables_within(word, limit - len(out) - (1 if out else 0))
                out = f"{out}-{kept_part}" if out and kept_part else out or kept_part
            break
        out = longer
    return out


def _sign_left_out(char: str, anyascii: Callable[[str], str]) -> str:
    """``char``, or what an id keeps of it when it is a mark anyascii spells with letters
    or digits: punctuation (the per mille sign '%0', the per ten thousand sign '%00', the
    section sign 'S', the pilcrow 'P') is a break between words, as a per cent sign is
    ('2.125‰' was '2-125-0', a number of its own after it; a newsroom's address reads
    '2-125', as it does for '2.125%'); a format character it spells so (the tags of a
    flag's emoji, 'gbeng') is nothing."""
    category = unicodedata.category(char)
    if category[0] in "PC" and category not in ("Cc", "Cs", "Co", "Cn") and _spelt_alnum(anyascii(char)):
        return " " if category[0] == "P" else ""
    return char


def _spelt_alnum(spelt: str) -> bool:
    """Whether anyascii's spelling of a character holds a letter or a digit."""
    return any(c.isalnum() for c in spelt)


_KANA_WITH_SMALL_KANA = later(
    "[\u3041-\u3096\u30a1-\u30fa][\u3041\u3043\u3045\u3047\u3049\u3083\u3085\u3087\u308e"
    "\u30a1\u30a3\u30a5\u30a7\u30a9\u30e3\u30e5\u30e7\u30ee]"
)
"""A kana and a small vowel or y-kana after it, which Japanese says as one syllable
('リュ' ryu, 'ジョ' jo, 'ファ' fa, 'ティ' ti): anyascii spells each letter on its own, 'riyu',
'jiyo', 'fua', 'tei' ('リュウグウ' was 'riyuuguu', 'ジョー・バイデン' 'jiyo-baiden')."""


_SMALL_TSU = later("[\u3063\u30c3]([\u3041-\u3096\u30a1-\u30fa])")
"""A small tsu ('っ', 'ッ', which doubles the consonant after it) and the kana after it:
anyascii spells it 't' whatever follows ('チェック' 'chietku')."""


def _doubled_consonant(kana: str, anyascii: Callable[[str], str]) -> str:
    """What a small tsu before ``kana`` is in Hepburn: its consonant's first letter ('ク'
    k), or 't' before 'ch'; nothing before a vowel."""
    spelt = anyascii(kana)
    if spelt.startswith("ch"):
        return "t"
    return "" if spelt[:1] in ("", "a", "i", "u", "e", "o") else spelt[0]


def _kana_pair_spelt(pair: str, anyascii: Callable[[str], str]) -> str:
    """A kana and the small kana after it (``_KANA_WITH_SMALL_KANA``) as Hepburn spells
    the syllable: the first one's consonant, then the small one's sound ('キャ' kya,
    'シャ' sha, 'チェ' che, 'ウィ' wi, 'イェ' ye)."""
    first, small = anyascii(pair[0]), anyascii(pair[1])
    consonant = first.rstrip("aiueo")
    if not consonant:  # a vowel kana: 'ウィ' wi, 'イェ' ye
        consonant = {"u": "w", "i": "y"}.get(first, first)
    if small.startswith("y") and consonant.endswith(("sh", "ch", "j")):
        small = small[1:]  # 'シャ' sha, 'ジョ' jo, not shya, jyo
    return consonant + small


_FRACTION_AFTER_DIGIT = later("(?<=[0-9])(?=[\u00bc-\u00be\u2150-\u215e\u2189])")
"""Where a fraction of one character follows a whole number ('2½', '3¾'): anyascii spells
it '1/2', which ran into the number ('2½ years' was '21-2-years', twenty-one); a break
there keeps the whole apart, '2-1-2-years'."""


_DIGIT_GROUPS = later(
    r"(?<![\d.,])(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?P<sep>[,.\u00a0\u202f\u2009])\d{3}(?:(?P=sep)\d{3})*)"
    r"(?!(?P=sep)?\d)"
)
"""A number written in groups of three digits, by a comma, a point, a no-break or a thin
space ('1,000', '1.000.000', '1 000' as French writes it), or in India's lakhs and crores
('₹1,00,000'): one number in an id, '1000', not '1-000' (an ordinary space between digits
may part two numbers: '2010 150 died')."""

_PERCENT_AFTER = later(r"(?P<space>[ \u00a0\u202f\u2009])?[%\u2030\u2031\uff05\u066a\u0609\u060a]")
"""A per cent (or per mille) sign right after a number, or after a space, as French and
German write it ('2,125 %') and English does not ('2.125%')."""


def _number_joined(found: re.Match[str], *, point_is_decimal: bool) -> str:
    """A number ``_DIGIT_GROUPS`` found, its groups joined ('1,000' -> '1000'), unless its one
    separator is a decimal one. Which it is, the text mostly says: a number below one
    ('0.125', '0,125': a group never starts with 0); a rate, by how its per cent sign is
    written ('2.125%', English's, its point a decimal one and its comma a thousand's,
    '1,000%'; '2,125 %', French's and German's, the other way round, '1.000 %'); in an
    English title ``point_is_decimal``, a point ('2.125'). Else a group, as before.
    A decimal keeps its separator, which an id writes '-' as it does that of '3.5'
    ('3-5'), as python-slugify does; read as one number it was another ('2.125%' was
    '2125'), and Django's slugify, which drops the point, makes the same mistake."""
    number, sep = found.group(), found["sep"]
    if sep is None or number.count(sep) != 1:
        return re.sub(r"\D", "", number)  # India's lakhs, or groups a second separator confirms
    percent = _PERCENT_AFTER().match(found.string, found.end())
    decimal = (
        number.startswith("0")
        or (percent is not None and sep == ("," if percent["space"] else "."))
        or (point_is_decimal and sep == ".")
    )
    return number if decimal else re.sub(r"\D", "", number)


_APOSTROPHE = later(r"(?<![^\W\d_])([^\W\d_]+)['\u2019\u02bc](?=[^\W\d_])")
"""An apostrophe inside a word, straight or curly, with the letters before it: 'Maui's',
'don't', 'l'État'. Tried only where a word starts: tried inside one too, a run of letters
with no apostrophe after it was read to its end from each of its letters (a name of 10,000
letters, 0.7 s; of 100,000, a minute)."""

_ELIDED = frozenset({*ELIDED, "pell", "bell", "sant", "buon", "tutt", "anch", "senz"})
"""The words French, Italian and Catalan write elided before an apostrophe ('l'État',
'jusqu'au', 'dell'Aquila', 'un'altra'), folded: two words, as their readers see them.
Search's (``typography.ELIDED``) and a few more Italian ones a headline may hold
('sant'Antonio', 'senz'altro'), which search has no need to take off."""


def _apostrophe_kept_or_not(found: re.Match[str]) -> str:
    """The word before an apostrophe joined to the letters after it, as a newsroom's slug
    joins them ('Maui's' -> 'Mauis'), unless it is elided ('l'État' stays two words)."""
    word = found[1]
    return f"{word} " if unicodedata.normalize("NFKD", word).lower() in _ELIDED else word


_HAN = later("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A Chinese character (Han: in Chinese, Japanese or Korean text), which anyascii spells as
one syllable of Pinyin with a capital: '花蓮' is 'HuaLian'."""

_SYLLABLE_START = later(r"(?<=[A-Za-z0-9])[A-Z]|(?<=[A-Za-z])[0-9]")
"""Where a syllable anyascii spelt begins inside a word: at a capital ('Lian' of 'HuaLian'),
or a number after letters."""


def _syllables_within(word: str, room: int) -> str:
    """The first syllables of ``word`` (as anyascii spelt it) that fit in ``room``
    characters, in lower case; '' when not even the first does."""
    ends = [m.start() for m in _SYLLABLE_START().finditer(word)] + [len(word)]
    return word[: max((end for end in ends if end <= room), default=0)].lower()


_SHIN_DOT_LATE = later("([\u05b0-\u05bd\u05bf\u05c4\u05c5\u05c7]+)([\u05c1\u05c2])")
"""Hebrew's vowel points (niqqud) before a shin or sin dot ('שָׁ'), which tells 'sh' from
's': Unicode's order of marks (NFC, as most text comes) writes the dot after a vowel,
and transliterating the letters in that order spelt 'שָׁלוֹם' 'sahlvom', 'מֹשֶׁה' 'mosehh';
the dot is put first ('shalvom', 'mosheh')."""

_UNPOINTED_HEBREW = later(
    "[\u05d0-\u05ea](?:[\u05d0-\u05ea]|['\u05f3]|[\"\u05f4](?=[\u05d0-\u05ea]))*(?![\u0591-\u05c7])"
)
"""A Hebrew word written without vowel points (as news is), with a geresh (ג'ורג') or the
gershayim of an acronym (צה"ל) in it."""

_HEBREW_LETTERS = dict(
    zip(
        "\u05d2\u05d3\u05d6\u05d7\u05d8\u05da\u05dc\u05dd\u05de\u05df\u05e0\u05e1\u05e3\u05e5\u05e6\u05e7\u05e8\u05e9\u05ea",
        ("g", "d", "z", "h", "t", "kh", "l", "m", "m", "n", "n", "s", "f", "ts", "ts", "k", "r", "sh", "t"),
        strict=True,
    )
)
"""The Hebrew letters spelt one way wherever they are (final forms too); ש as 'sh', as
it most often is."""
_BEGEDKEFET = {"\u05d1": ("b", "v"), "\u05db": ("k", "kh"), "\u05e4": ("p", "f")}
"""ב, כ, פ: hard at a word's start, soft after a letter, as they mostly are."""
_WITH_GERESH = {"\u05d2": "j", "\u05d6": "zh", "\u05e6": "ch", "\u05ea": "t"}


def _hebrew_spelt(word: str) -> str:
    """An unpointed Hebrew word in Latin letters, as an Israeli road sign would roughly spell
    it: ו and י as the vowels they mostly stand for between other letters (o, i), as v and
    y at a word's start, u and i at its end; ה at the end as a; א and ע as a ('אביב'
    aviv), e before י ('עין' ein) and nothing before ו: 'ירושלים' yroshlim, 'חיפה' hifa,
    'נתניהו' ntnihu, 'עוספיא' osfia. anyascii spelt every letter as a
    consonant and א and ע as breaks between words: 'h-s-fvrtst' for 'האש פורצת'."""
    letters = "".join(c for c in word if c not in '"\u05f4')
    out: list[str] = []
    for i, letter in enumerate(letters):
        if letter in "'\u05f3":
            continue
        after = letters[i + 1] if i + 1 < len(letters) else ""
        if after in ("'", "\u05f3"):
            after, geresh = letters[i + 2] if i + 2 < len(letters) else "", True
        else:
            geresh = False
        first, before = i == 0, letters[i - 1] if i else ""
        if geresh and letter in _WITH_GERESH:
            out.append(_WITH_GERESH[letter])
        elif letter in _HEBREW_LETTERS:
            out.append(_HEBREW_LETTERS[letter])
        elif letter in _BEGEDKEFET:
            out.append(_BEGEDKEFET[letter][0 if first else 1])
        elif letter == "\u05d4":
            out.append("a" if not after and not first else "h")
        elif letter == "\u05d5":
            out.append("v" if first or "\u05d5" in (before, after) else "o" if after else "u")
        elif letter == "\u05d9":
            out.append("y" if first or before == "\u05d9" or after in ("\u05d5", "\u05d9") else "i")
        elif after in ("\u05d5", "\u05d9"):  # א, ע before ו or י: the vowel is theirs
            out.append("e" if first and after == "\u05d9" else "")
        else:
            out.append("a")
    return "".join(out)


_URDU_WORD = later("[\u0621-\u065f\u0670-\u06d3]+")
"""A word in the Arabic script as Urdu writes it (its own letters ٹ, ڈ, ڑ, ں, ھ, ہ, ے with
Arabic's and Persian's, and the vowel marks), without digits and punctuation."""
_URDU_CONSONANTS = dict(
    zip(
        "بپتٹثجچحخدڈذرڑزژسشصضطظغفقکگلمنںھكۃ",
        ("b", "p", "t", "t", "s", "j", "ch", "h", "kh", "d", "d", "z", "r", "r", "z", "zh", "s",
         "sh", "s", "z", "t", "z", "gh", "f", "q", "k", "g", "l", "m", "n", "n", "h", "k", "t"),
        strict=True,
    )
)  # fmt: skip
"""Urdu's consonants in Latin letters as Pakistani papers spell names ('ظفر' Zafar, 'ٹ'
and 'ڈ' as t and d); 'ھ' is the h of an aspirate ('بھ' bh), 'ں' a nasal n."""
_URDU_VOWEL_MARKS = {"\u064e": "a", "\u0650": "i", "\u064f": "u"}
"""Zabar, zer and pesh, where a text writes them; the others (shadda, sukun) are left out."""


def _urdu_spelt(word: str) -> str:
    """An Urdu word in Latin letters, roughly as it is said, as ``_hebrew_spelt`` spells an
    unpointed word: ا as a, و and ی as the vowels they mostly stand for between letters (o,
    i) and at a word's end (o, i), as w and y at its start and before a vowel letter, ے as e,
    ہ at a word's end after a consonant as a ('طیارہ' tyara), ع and the hamza's carriers as
    the vowel they sound or nothing: 'کالونی' kaloni, 'زبیر' zbir, 'گیا' gya, 'مئی' mai."""
    vowels = "اآوؤیےئعى"
    out: list[str] = []
    for i, letter in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        first, last = i == 0, not after
        if letter in _URDU_VOWEL_MARKS:
            out.append("e" if last and letter == "\u0650" else _URDU_VOWEL_MARKS[letter])
        elif letter in _URDU_CONSONANTS:
            out.append(_URDU_CONSONANTS[letter])
        elif letter in "اآأإ":
            out.append("" if before == "ا" else "a")
        elif letter in "وؤ":
            out.append(
                "w"
                if first or (after and after in "اآ") or (before and before in "اآ" and after in vowels)
                else "o"
            )
        elif letter in "یيى":
            out.append("y" if first or (after and after in "اآوے") else "i")
        elif letter == "ے":
            out.append("e")
        elif letter in "ہه":
            out.append("a" if last and not first and before not in vowels else "h")
        elif letter in "ئ":
            out.append("" if not before or before in vowels else "a")
        elif letter == "ع":
            out.append("" if (after and after in "اآوی") or before == "ا" else "a")
    return "".join(out)


_DEVANAGARI_WORD = later("[\u0900-\u094f\u0955-\u0963\u0971-\u097f]+")
"""A word in Devanagari (Hindi, Marathi, Nepali), without its digits, which anyascii spells."""
_DEVANAGARI_CONSONANTS = {
    **dict(zip("कखगघङ", ("k", "kh", "g", "gh", "n"), strict=True)),
    **dict(zip("चछजझञ", ("ch", "chh", "j", "jh", "n"), strict=True)),
    **dict(zip("टठडढण", ("t", "th", "d", "dh", "n"), strict=True)),
    **dict(zip("तथदधन", ("t", "th", "d", "dh", "n"), strict=True)),
    **dict(zip("पफबभम", ("p", "ph", "b", "bh", "m"), strict=True)),
    **dict(zip("यरलळवशषसह", ("y", "r", "l", "l", "v", "sh", "sh", "s", "h"), strict=True)),
}
_WITH_NUKTA = {"क": "q", "ज": "z", "फ": "f", "ड": "r", "ढ": "rh"}
"""Consonants with a nukta (ज़ z, फ़ f, ड़ r), as Hindi's loanwords and 'ड़' are spelt."""
_INDEPENDENT_VOWELS = "अआइईउऊऋएऐओऔऍऑ"
_DEVANAGARI_VOWELS = {
    **dict(
        zip(
            _INDEPENDENT_VOWELS,
            ("a", "a", "i", "i", "u", "u", "ri", "e", "ai", "o", "au", "e", "o"),
            strict=True,
        )
    ),
    **dict(zip("ािीुूृेैोौॅॉ", ("a", "i", "i", "u", "u", "ri", "e", "ai", "o", "au", "e", "o"), strict=True)),
}
"""Vowels, written alone (अ) and as signs after a consonant (ा), one Latin letter or two each:
long and short alike, as Indian road signs and newspapers' web addresses spell them."""
_LABIALS = "पफबभम"


def _devanagari_spelt(word: str) -> str:
    """A Devanagari word in Latin letters, as Indian news sites spell Hindi in their web
    addresses. A consonant has its inherent 'a' unless a vowel sign or a virama follows it,
    and loses it where Hindi does not say it: at the end of a word, and between two
    consonants that each have a vowel after one of their own (Ohala's rule, read from the
    word's end: 'टकराई' takrai, 'मालगाड़ी' malgari, 'पटनायक' patnayak; not in a cluster,
    'सुरक्षा' suraksha). The nasal sign is 'n', 'm' before p, b, m: 'कोरोमंडल' koromandal.
    anyascii spelt no inherent vowel and a nukta as a break between words: 'korommdl',
    'malgad-i', 'tkrai'."""
    # Each unit: its consonant(s) spelt, its vowel ('a' inherent, '' after a virama), and
    # whether that vowel is the inherent one.
    units: list[list[str]] = []
    inherent: list[bool] = []
    letters = list(word)
    for n, letter in enumerate(letters):
        after = letters[n + 1] if n + 1 < len(letters) else ""
        if letter in _DEVANAGARI_CONSONANTS:
            nukta = after == "\u093c" and letter in _WITH_NUKTA
            units.append([_WITH_NUKTA[letter] if nukta else _DEVANAGARI_CONSONANTS[letter], "a"])
            inherent.append(True)
        elif letter in _DEVANAGARI_VOWELS and units and inherent[-1] and letter not in _INDEPENDENT_VOWELS:
            units[-1][1], inherent[-1] = _DEVANAGARI_VOWELS[letter], False
        elif letter in _DEVANAGARI_VOWELS:
            units.append(["", _DEVANAGARI_VOWELS[letter]])
            inherent.append(False)
        elif letter == "\u094d" and units and inherent[-1]:  # virama: no vowel
            units[-1][1], inherent[-1] = "", False
        elif letter in "\u0901\u0902":  # chandrabindu, anusvara: after the vowel
            nasal = "m" if after and after in _LABIALS else "n"
            if units:
                units[-1].append(nasal)
            else:
                units.append(["", nasal])
                inherent.append(False)
        elif letter == "\u0903":  # visarga
            units.append(["", "h"])
            inherent.append(False)
    if len(units) > 1 and inherent[-1]:
        units[-1][1] = ""
    for n in range(len(units) - 2, 0, -1):
        previous, following = units[n - 1], units[n + 1]
        # not before a nasal sign ('संसद' sansad), nor next to a cluster ('सुरक्षा')
        if (
            inherent[n]
            and units[n][0]
            and previous[1]
            and following[0]
            and following[1]
            and len(units[n]) == 2
        ):
            units[n][1] = ""
    return "".join("".join(unit) for unit in units)


_ARMENIAN_WORD = later("[\u0531-\u0556\u0561-\u0587\u055b\u055c\u055e\u055f]+")
"""A word in the Armenian script, with the emphasis, exclamation and question marks
Armenian writes on a word's vowel ('ինչո՞ւ'), which anyascii spelt as marks between words."""
_ARMENIAN_LETTERS = dict(
    zip(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        (
            *("a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz"),
            *("gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v"),
            *("p", "k", "o", "f"),
        ),
        strict=True,
    )
)
"""Armenian's letters as BGN/PCGN (1981) spells them, without its apostrophes ('թ' t', 'չ'
ch', 'ց' ts', 'փ' p', 'ք' k') and with 'ռ' as 'r', as Armenian passports and names in
Latin letters write it ('Ռուբեն' Ruben)."""
_ARMENIAN_VOWELS = "աեէըիոօու"


def _armenian_spelt(word: str) -> str:
    """An Armenian word in Latin letters as BGN/PCGN spells it without diacritics, as names
    are written in Latin letters: 'ու' is u, 'ե' ye at a word's start or after a vowel
    ('Երևան' Yerevan), 'ո' vo at a word's start ('Ոսկան' Voskan), 'և' yev at the start and
    ev within ('Երևան'). anyascii spelt 'ու' 'ow', 'ը' '', 'չ' "ch'" and 'ք' "k'", whose
    apostrophe broke the word in two: 'gorbach-ovy', 'ink-nat-irri', 'averowm'."""
    # The marks on a word's vowel are not spelt: 'ինչո՞ւ' is inchu.
    letters = re.sub("[\u055b\u055c\u055e\u055f]", "", word.lower())
    out = []
    for n, letter in enumerate(letters):
        before = letters[n - 1] if n else ""
        if letter == "ւ" and before == "ո":
            continue  # spelt with its 'ո'
        if letter == "ո" and letters[n + 1 : n + 2] == "ւ":
            out.append("u")
        elif letter == "ե":
            out.append("ye" if not before or before in _ARMENIAN_VOWELS else "e")
        elif letter == "ո":
            out.append("vo" if not before and letters != "ով" else "o")
        elif letter == "և":
            out.append("ev" if before else "yev")
        else:
            out.append(_ARMENIAN_LETTERS.get(letter, ""))
    return "".join(out)


_TAMIL_WORD = later("[\u0b82-\u0bcd\u0bd7]+")
"""A word in the Tamil script, without its digits, which anyascii spells."""
_TAMIL_CONSONANTS = {
    **dict(zip("கஙசஞடணதநபம", ("k", "n", "ch", "n", "t", "n", "th", "n", "p", "m"), strict=True)),
    **dict(
        zip(
            "யரறலளழவனஜஷஸஹஶ", ("y", "r", "r", "l", "l", "zh", "v", "n", "j", "sh", "s", "h", "sh"), strict=True
        )
    ),
}
"""Tamil's consonants as Tamil names are spelt in Latin letters ('சென்னை' Chennai, 'தமிழ்'
Thamizh, 'ழ' zh); ISO 15919's letters without their diacritics otherwise."""
_TAMIL_VOICED = {"k": "g", "ch": "s", "t": "d", "th": "th", "p": "p"}
"""Tamil's stops between vowels, as Tamil says them and spells them in Latin letters:
'நகரம்' nagaram, 'அரசு' arasu, 'அடையாறு' adaiyaru, 'புதிய' puthiya; 'ப' stays 'p', as
names spell it ('கோபால்' Gopal, 'கோட்டூர்புரம்' Kotturpuram)."""
_TAMIL_AFTER_NASAL = {"k": "g", "ch": "j", "t": "d", "th": "d", "p": "b"}
"""Tamil's stops after a nasal: 'மண்டலம்' mandalam, 'செம்பரம்பாக்கம்' chembarambakkam,
'கடந்த' kadanda, 'மஞ்சள்' manjal."""
_TAMIL_INDEPENDENT = "அஆஇஈஉஊஎஏஐஒஓஔ"
_TAMIL_VOWELS = {
    **dict(
        zip(_TAMIL_INDEPENDENT, ("a", "a", "i", "i", "u", "u", "e", "e", "ai", "o", "o", "au"), strict=True)
    ),
    **dict(zip("ாிீுூெேைொோௌ", ("a", "i", "i", "u", "u", "e", "e", "ai", "o", "o", "au"), strict=True)),
}
"""Vowels, written alone (அ) and as signs after a consonant (ா), long and short alike."""


def _tamil_spelt(word: str) -> str:
    """A Tamil word in Latin letters, as Tamil news and road signs spell Tamil names: a
    consonant has its inherent 'a' unless a vowel sign or the pulli follows it; a stop is
    voiced between vowels and after a nasal ('அடையாறு' adaiyaru, 'மண்டலம்' mandalam),
    doubled as written ('பாக்கம்' pakkam), and 'ற்ற' is 'tr' ('காற்று' katru). anyascii
    spelt no inherent vowel: 'mntlm', 'cemprmpakkm', 'putucceri'."""
    word = unicodedata.normalize("NFC", word)  # 'ொ' typed as 'ெ' and 'ா'
    # Each unit: its consonant (a letter, '' for a vowel alone) and its vowel ('' under
    # the pulli), spelt once the neighbours are known.
    units: list[list[str]] = []
    for letter in word:
        if letter in _TAMIL_CONSONANTS:
            units.append([letter, "a"])
        elif letter in _TAMIL_INDEPENDENT:
            units.append(["", _TAMIL_VOWELS[letter]])
        elif letter in _TAMIL_VOWELS and units and units[-1][0] and units[-1][1] == "a":
            units[-1][1] = _TAMIL_VOWELS[letter]
        elif letter == "\u0bcd" and units and units[-1][0]:  # pulli: no vowel
            units[-1][1] = ""
        elif letter == "\u0b83":  # aytham: 'ஃப' is f, as loanwords write it
            units.append(["\u0b83", ""])
    out = []
    for n, (letter, vowel) in enumerate(units):
        before = units[n - 1] if n else ["", ""]
        spelt = _TAMIL_CONSONANTS.get(letter, "")
        if letter == "\u0b83":
            spelt = "" if n + 1 < len(units) and units[n + 1][0] == "ப" else "k"
        elif letter == "ப" and before[0] == "\u0b83":
            spelt = "f"
        elif letter == "ற" and before[0] == "ற" and not before[1]:
            spelt = "r"  # the second of 'ற்ற', spelt 'tr' with the first
        elif letter == "ற" and not vowel and n + 1 < len(units) and units[n + 1][0] == "ற":
            spelt = "t"
        elif letter == "ற" and before[0] == "ன" and not before[1]:
            spelt = "dr"  # 'ன்ற': 'நன்றி' nandri
        elif spelt == "th" and before[0] == "த" and not before[1]:
            spelt = "t"  # the second of 'த்த': 'முத்து' muttu
        elif spelt in _TAMIL_VOICED and vowel and before[0] and before[0] in "ஙஞணநமன" and not before[1]:
            spelt = _TAMIL_AFTER_NASAL[spelt]
        elif spelt in _TAMIL_VOICED and vowel and n and before[1]:
            spelt = _TAMIL_VOICED[spelt]  # between vowels; under the pulli or doubled, as written
        if spelt in ("ch", "th") and not vowel:
            spelt = spelt[0]  # under the pulli: 'ச்ச' cch, 'த்த' tt, 'அழுத்தத்' azhuttat
        out.append(spelt + vowel)
    return "".join(out)


_TELUGU_WORD = later("[\u0c00-\u0c65\u0c70-\u0c7f]+")
"""A word in the Telugu script, without its digits, which anyascii spells."""
_TELUGU_CONSONANTS = {
    **dict(zip("కఖగఘఙ", ("k", "kh", "g", "gh", "n"), strict=True)),
    **dict(zip("చఛజఝఞ", ("ch", "chh", "j", "jh", "n"), strict=True)),
    **dict(zip("టఠడఢణ", ("t", "th", "d", "dh", "n"), strict=True)),
    **dict(zip("తథదధన", ("t", "th", "d", "dh", "n"), strict=True)),
    **dict(zip("పఫబభమ", ("p", "ph", "b", "bh", "m"), strict=True)),
    **dict(zip("యరఱలళవశషసహ", ("y", "r", "r", "l", "l", "v", "sh", "sh", "s", "h"), strict=True)),
}
"""Telugu's consonants in ISO 15919's letters without their diacritics, 'c' as 'ch' and
'ś', 'ṣ' as 'sh', as Hindi's and Tamil's are spelt here ('ఆంధ్రప్రదేశ్' andhrapradesh)."""
_TELUGU_INDEPENDENT = "అఆఇఈఉఊఋఎఏఐఒఓఔ"
_TELUGU_VOWELS = {
    **dict(
        zip(
            _TELUGU_INDEPENDENT,
            ("a", "a", "i", "i", "u", "u", "ri", "e", "e", "ai", "o", "o", "au"),
            strict=True,
        )
    ),
    **dict(zip("ాిీుూృెేైొోౌ", ("a", "i", "i", "u", "u", "ri", "e", "e", "ai", "o", "o", "au"), strict=True)),
}
"""Vowels, written alone (అ) and as signs after a consonant (ా), long and short alike."""
_BEFORE_TELUGU_N = set("కఖగఘచఛజఝటఠడఢతథదధన")
"""Consonants after which the anusvara is said 'n' ('చంద్ర' chandra, 'దాటింది' datindi);
elsewhere, before a labial or at a word's end, it is 'm' ('విశాఖపట్నం' vishakhapatnam)."""


def _telugu_spelt(word: str) -> str:
    """A Telugu word in Latin letters, as it is said: a consonant has its inherent 'a'
    unless a vowel sign or the virama follows it, and keeps it at a word's end, as Telugu
    says it ('తీరం' tiram, 'వద్ద' vadda); the anusvara is 'n' before a stop of the other
    rows, 'm' otherwise. anyascii spelt no inherent vowel: 'visakhptnm', 'cmdrbabu'."""
    word = unicodedata.normalize("NFC", word)  # 'ై' typed as 'ె' and its length mark
    out: list[str] = []
    for n, letter in enumerate(word):
        after = word[n + 1] if n + 1 < len(word) else ""
        if letter in _TELUGU_CONSONANTS:
            out.append(_TELUGU_CONSONANTS[letter] + "a")
        elif letter in _TELUGU_INDEPENDENT:
            out.append(_TELUGU_VOWELS[letter])
        elif letter in _TELUGU_VOWELS and out and out[-1].endswith("a") and word[n - 1] in _TELUGU_CONSONANTS:
            out[-1] = out[-1][:-1] + _TELUGU_VOWELS[letter]
        elif letter == "\u0c4d" and out and word[n - 1] in _TELUGU_CONSONANTS:  # virama: no vowel
            out[-1] = out[-1][:-1]
        elif letter == "\u0c02":  # anusvara
            out.append("n" if after in _BEFORE_TELUGU_N else "m")
        elif letter == "\u0c03":  # visarga
            out.append("h")
    return "".join(out)


_CYRILLIC_INSIDE_WORD = later(
    "(?<=[\u0400-\u04ff])(?:[\u044c\u044a\u042c\u042a]|['\u2019\u02bc](?=[\u0400-\u04ff]))"
)
"""A soft or hard sign after a Cyrillic letter, or an apostrophe between two ('Мальта',
'подъезд', 'м'ясо'): anyascii spells them ', which broke the word in two ('mal-ta');
they are left out, as passports and road signs leave them out."""

_UKRAINIAN_LETTER = later("[\u0404\u0406\u0407\u0490\u0454\u0456\u0457\u0491]")
"""Є, І, Ї, Ґ: letters Ukrainian writes and Russian does not."""
_NOT_UKRAINIAN = later(
    "[\u042a\u042b\u042d\u0401\u044a\u044b\u044d\u0451\u040e\u045e\u04d8\u04d9\u04e8\u04e9\u04ae\u04af\u04b0\u04b1]"
)
"""Letters Ukrainian does not write (Russian's ъ, ы, э, ё; Belarusian's ў; Kazakh's ә, ө,
ү, ұ), whose languages write і too: a text with one is not read as Ukrainian."""
_GREEK_DIPHTHONG = later("([οΟ])[υύΥΎ]|([αεηΑΕΗ])[υύΥΎ](?=([θκξπστφχψςΘΚΞΠΣΤΦΧΨ])?)")
"""ου, and αυ, ευ, ηυ with what follows them, as Greek spells them in Latin letters (ELOT
743, Greek passports and road signs): anyascii spells υ 'y' wherever it is, and an id
made from 'Παραίτηση του υπουργού' read 'paraitisi-toy-ypoyrgoy', 'Αύγουστος' 'aygoystos',
which no Greek reader spells so. A first vowel with its accent or a υ with its diaeresis
('άυλος', 'Αϋπνία') are two vowels, spelt as they stand."""

_GREEK_NASAL_G = later("[γΓ](?=[γξχΓΞΧ])")
"""A γ before γ, ξ or χ, which Greek says and spells in Latin letters 'n' (ELOT 743):
'Ευάγγελος' evangelos, 'συγγνώμη' syngnomi, 'Σφίγξ' sfinx; anyascii spelt it 'g'
('eyaggelos')."""

_GREEK_VOWEL = {"α": "a", "ε": "e", "η": "i"}


def _greek_diphthong(found: re.Match[str]) -> str:
    """ου as 'ou'; αυ, ευ, ηυ as 'av', 'ev', 'iv', and 'af', 'ef', 'if' before a voiceless
    consonant or at a word's end ('Ευρώπη' evropi, 'ευχαριστώ' efcharisto)."""
    if found[1]:
        return "ou"
    vowel = _GREEK_VOWEL[found[2].lower()]
    after = found.string[found.end() : found.end() + 1]
    voiceless = found[3] is not None or not after.isalpha()
    return vowel + ("f" if voiceless else "v")


_BULGARIAN_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a",
    "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip
"""Each Bulgarian letter in Latin ones, as the Transliteration Act of 2009 spells it."""


def _bulgarian_spelt(word: str) -> str:
    """A Bulgarian word in Latin letters (``_BULGARIAN_LETTERS``), its ending 'ия' as 'ia'
    ('България' bulgaria, 'София' sofia), as the Act spells it; a letter Bulgarian does not
    write (Russian's 'ы', 'э') is left for anyascii."""
    lower = word.lower()
    ending = "ia" if lower.endswith("ия") else ""
    stem = lower[: -len("ия")] if ending else lower
    return "".join(_BULGARIAN_LETTERS.get(letter, letter) for letter in stem) + ending


_SERBIAN_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "dj", "е": "e", "ж": "z", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "c", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "c", "џ": "dz", "ш": "s",
}  # fmt: skip
"""Each Serbian Cyrillic letter as Serbian's Latin alphabet writes it, without its marks
(ш š s, ч č c, ћ ć c, ж ž z, џ dž dz, ђ đ dj), as addresses and e-mail names write it."""

_SERBIAN_DJ = str.maketrans({"đ": "dj", "Đ": "Dj"})
"""Serbian Latin 'đ' as Serbian writes it without marks ('Djokovic'), not anyascii's 'd'."""


def _serbian_spelt(word: str) -> str:
    """A Serbian word in Cyrillic letters in Latin ones (``_SERBIAN_LETTERS``); a letter
    Serbian does not write (Russian's 'ы', 'щ') is left for anyascii."""
    return "".join(_SERBIAN_LETTERS.get(letter, letter) for letter in word.lower())


_MACEDONIAN_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "zh", "з": "z",
    "ѕ": "dz", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ќ": "kj", "у": "u", "ф": "f", "х": "h",
    "ц": "c", "ч": "ch", "џ": "dj", "ш": "sh",
}  # fmt: skip
"""Each Macedonian letter in Latin ones, as the Government of North Macedonia's official
romanization (2008) spells it without marks: ѓ gj, ќ kj, џ dj, ж zh, ч ch, ш sh, ѕ dz."""


def _macedonian_spelt(word: str) -> str:
    """A Macedonian word in Latin letters (``_MACEDONIAN_LETTERS``); a letter Macedonian
    does not write (Russian's 'ы', 'щ') is left for anyascii."""
    return "".join(_MACEDONIAN_LETTERS.get(letter, letter) for letter in word.lower())


_UKRAINIAN_WORD = later("[\u0400-\u04ff]+(?:['\u2019\u02bc][\u0400-\u04ff]+)*")
"""A word in Cyrillic letters, with the apostrophe Ukrainian writes inside a word
('об'єкт', 'мʼясо', 'пам’ять') in any of its three ways."""


_CATALAN_GEMINATE_DOT = later("(?<=[lL])[\u00b7\u2027](?=[lL])")
"""The middle dot of Catalan's 'l·l', inside one word ('col·lapse', 'Il·la de Buda'),
typed as the middle dot or the hyphenation point: it split the word, 'col-lapse',
'il-la-de-buda', where 'Coŀlapse' (its one-letter form, which anyascii spells 'll')
was 'collapse'."""


_GEORGIAN_LETTER = later("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")
"""A Georgian letter: Mkhedruli, Mtavruli (its capitals, for text set in capitals) or the
older Asomtavruli and Nuskhuri."""

_THAI_LETTER = later("[\u0e01-\u0e4e]")

_THAI_CONSONANT = "[\u0e01-\u0e2e]"
_THAI_CLUSTER = f"({_THAI_CONSONANT}(?:(?<=[กขคตปผพ])[รลว])?)"
"""A consonant and the one that may be said with it before a vowel ('ปล' of 'เปลี่ยน')."""
_THAI_VOWELS_AROUND = (
    (f"เ{_THAI_CLUSTER}ีย", "ia"),
    (f"เ{_THAI_CLUSTER}ือ", "uea"),
    (f"เ{_THAI_CLUSTER}าะ", "o"),
    (f"เ{_THAI_CLUSTER}า", "ao"),
    (f"เ{_THAI_CLUSTER}อ", "oe"),
    (f"เ{_THAI_CLUSTER}", "e"),
    (f"แ{_THAI_CLUSTER}", "ae"),
    (f"โ{_THAI_CLUSTER}", "o"),
    (f"[ใไ]{_THAI_CLUSTER}", "ai"),
    (f"{_THAI_CLUSTER}ัว", "ua"),
    (f"{_THAI_CLUSTER}ว(?={_THAI_CONSONANT})", "ua"),
)
"""Thai vowels written before their consonant, or around it, as the Royal Institute's
romanization spells them after it ('เชียงราย' chiangrai, 'แม่สาย' maesai, 'ไทย' thai,
'หลวง' luang): anyascii spelt each letter where it stands, 'echiyngray', 'aemsay',
'aithy', 'hlwng', which no Thai reader spells so."""
_THAI_SILENT = later(
    f"{_THAI_CONSONANT}[\u0e34\u0e38]?\u0e4c|[\u0e47-\u0e4b]|ห(?=[งญนมยรลว])|(?<=ท)ย(?!{_THAI_CONSONANT}|[\u0e30-\u0e39])"
)
"""What is not said, or not spelt in Latin letters: a letter under the mark that silences
it, with that mark ('ค์' of 'ณรงค์', 'ดิ์' of 'ศักดิ์'), the tone marks and the mark that
shortens a vowel, 'ห' leading a sonorant ('หลวง' luang, 'หมู' mu), and the 'ย' that 'ไทย'
ends with."""


def _thai_spelt(text: str) -> str:
    """``text`` with its Thai words' vowels where Latin letters put them and what is not said
    left out (``_THAI_VOWELS_AROUND``, ``_THAI_SILENT``), for anyascii to spell the rest."""
    text = _THAI_SILENT().sub("", text)
    for pattern, vowel in _THAI_VOWELS_AROUND:
        text = re.sub(pattern, partial(_before_vowel, vowel), text)
    return text


def _before_vowel(vowel: str, found: re.Match[str]) -> str:
    """The consonant (or two said together) ``found`` in Latin letters, then ``vowel``; 'อ',
    which only carries a vowel, as nothing ('เอก' ek)."""
    from anyascii import anyascii

    return ("" if found[1] == "อ" else anyascii(found[1])) + vowel


EVENT_TITLE_LIMIT = 60
"""At most this many characters of an event's title go into the id made of it."""

DAY_OF_EVENT_ID = later(r"\d{4}-\d{2}-\d{2}-")
"""The start of an event id made by ``new_event_id`` from a date with its day."""


def new_event_id(date_iso: str, title: str, language: str | None = None) -> str:
    """The id ``new`` and the importers give an event: its day and its title made an id,
    '2010-04-15-bakiyev-flees-to-kazakhstan' (``date_iso``: the date in ISO form; the
    day at most is kept, as a time's ':' has no place in a file name; ``language``: the
    title's, if known)."""
    return f"{date_iso[:10]}-{to_id(title, limit=EVENT_TITLE_LIMIT, fallback='event', language=language)}"


def earlier_event_ids(date_iso: str, title: str, language: str | None = None) -> frozenset[str]:
    """The ids earlier rules made of the day and title ``new_event_id`` makes one of, where
    they differ from it: the marks spelt ('...-2-125-0' for '2.125‰', ``to_id``'s
    ``signs_spelt``). Hyphens alone apart, ``spelt_alike`` tells them."""
    spelt = to_id(title, limit=EVENT_TITLE_LIMIT, fallback="event", language=language, signs_spelt=True)
    older = f"{date_iso[:10]}-{spelt}"
    return frozenset({older}) - {new_event_id(date_iso, title, language)}


def spelt_alike(made: str, had: str) -> bool:
    """Whether ``made``, an id made now, and ``had``, an event file's, are the same but for
    hyphens: the id made from the same day and title before ids joined a number's groups of
    digits and a word's apostrophe ('...-1000-crore', '...-mauis-fires' were
    '...-1-000-crore', '...-maui-s-fires'), which an import made again keeps."""
    return made.replace("-", "") == had.replace("-", "")


def suggest_id(name: str) -> str:
    """A valid id close to ``name`` ('Bakiyev_Flees' -> 'bakiyev-flees')."""
    return to_id(name)
