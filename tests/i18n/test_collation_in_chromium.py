"""The story page sorts its tags, figures and places by ``languages.collation_key``; the
search page sorts its filters' choices in the reader's browser, by ``localeCompare`` in the
page's language. Both orders are the same, in every shipped language: checked here against
Chromium's own collator (ICU), not against orders written down by hand.

One page sorts one list of names, of the kinds a news story has, in every language at
once (``Intl.Collator(tag).compare``); the test sorts the same list by ``collation_key``.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.i18n import languages

WORDS = (
    # Latin, with and without accents, in both cases
    "Aachen", "apple", "Apple", "Ärzte", "cote", "coté", "côte", "Côte", "Müller", "Muller",
    "Œuvre", "oeil", "zone", "Zoë", "Zürich", "Yale",
    # Turkish's dotted and dotless i, Spanish's ñ, German's ß
    "Işıl", "Istanbul", "İzmir", "ılık", "ikinci", "Peña", "Penagos", "Ñandú", "Nuria", "Straße",
    # Polish, Czech and Slovak letters of their own
    "Łódź", "Lublin", "Świdnik", "Szczecin", "Żory", "Źródło", "Zabrze",
    "Čechy", "Cyprus", "Chrudim", "Hradec", "Řím", "Rusko",
    # Nordic å, ä, ö, ø, æ and 'aa'
    "Åre", "Ærø", "Øresund", "Aarhus", "Äänekoski", "Örebro",
    # Vietnamese letters and tones
    "Đà Nẵng", "Dương Đông", "Hà Nội", "Hải Phòng", "ma", "mà", "má",
    # digits, and names opening with a quote mark or a bracket
    "2011", "9/11", "“Yes” campaign", "'Ndrangheta", "(Untitled)", "[Redacted]",
    # Cyrillic (Russian, Ukrainian, Serbian, Kyrgyz), Greek, Arabic, Persian, Hebrew
    "Яблоко", "Москва", "Ёлка", "Київ", "Ђорђе", "Љубљана", "Бишкек", "Αθήνα", "Ωμέγα",
    "القاهرة", "بغداد", "پشاور", "یزد", "ירושלים", "אביב",
    # Thai (a vowel written before its consonant), Devanagari, Georgian, Armenian, Tamil, Telugu
    "กรุงเทพ", "เชียงใหม่", "โคราช", "ตาก", "दिल्ली", "भारत", "თბილისი", "ბათუმი", "Երևան",
    "Գյումրի", "சென்னை", "மதுரை", "హైదరాబాద్", "విజయవాడ",
    # Hindi: a conjunct (its virama) after every vowel sign on its consonant, a nukta and a
    # candrabindu where readers look for the letter without them ('ड़ेरा' beside 'डेरा')
    "क्षितिज", "काजल", "कौशल", "कृष्ण", "ज़ोया", "जोशी", "ज्ञान", "डेरा", "ड़ेरा", "पहुँचे",
    "पहुंचे", "पहुचना",
    # India's other scripts, whose conjuncts sort so too (Tamil's and Telugu's on any page
    # but their own): Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam
    "কৌশিক", "ক্ষমা", "ਕੌਰ", "ਕ੍ਰਿਸ਼ਨ", "કૌશલ", "ક્ષમા", "କୌଶଳ", "କ୍ଷମା", "கௌரி", "க்ஷேத்ரம்",
    "కౌశల్", "క్షేమం", "ಕೌಶಲ", "ಕ್ಷಮಾ", "കോട്ടയം", "ക്ഷമ",
    # Bengali: the khanda ta as 'ত' with a virama, the candrabindu set aside but on a Bengali
    # page (a letter after the visarga there), a nukta as an accent, Bengali digits
    "উৎসব", "উত্তরা", "উতলা", "চাঁদপুর", "চাকমা", "চংক্রমণ", "বগুড়া", "বগুডা", "বগুরা", "২০১১",
    # Marathi: 'ळ' after 'ह', 'क्ष' and 'ज्ञ' letters after it (not with the ZWJ, 'क्‍ष');
    # Devanagari's anusvara and visarga beside its candrabindu
    "बाळ", "बाल", "बाहेर", "हत्ती", "ळ", "क्ष", "क्‍ष", "क्षमा", "ज्ञानेश्वर", "पळ", "पक्ष", "कं", "कँ", "कः",
    # Sinhala: the al-lakuna after every vowel sign, 'ේ', 'ො', 'ෝ', 'ෞ' in their own places
    # (not as 'ෙ' and another sign), conjuncts written with the zero-width joiner
    "කොළඹ", "ක්‍රිකට්", "කෑගල්ල", "කාලය", "ක්ෂේත්‍රය", "කේරළ", "කෙළවර", "කෞශල්‍ය", "කෛලාසය",
    "කඩවත", "කෝට්ටේ", "ශ්‍රී ලංකා", "ගම්පහ", "කෲ", "කෟ",
    # Hangul, kana, Chinese characters
    "서울", "부산", "とうきょう", "ソウル", "北京", "上海", "東京",
    # in more than one script
    "iPhone 15", "Kyiv/Київ", "BBC عربي",
)  # fmt: skip
"""Names a news story has (people, places, tags), in every script the shipped languages
are written in."""

TAGS = tuple(catalog.replace("_", "-") for catalog in languages.available())
"""Every shipped language, by the tag its pages' ``lang`` is written with."""

SORT_IN_EVERY_LANGUAGE = """([words, tags]) => Object.fromEntries(tags.map((tag) => {
    const collator = new Intl.Collator(tag);
    return [tag, [collator.resolvedOptions().locale, [...words].sort(collator.compare)]];
}))"""
"""The search page's sort (``localeCompare`` in the page's language), in every language:
each tag's collator's own locale, and the words in its order."""

NO_COLLATION_IN_CHROMIUM = frozenset({"hy", "is", "ka", "ky", "mk", "ne", "ps"})
"""Languages whose collation Chromium's share of ICU's data leaves out: its collator in
them is 'en-US', CLDR's root order (Latin before Armenian, Georgian, Cyrillic and Pashto; Icelandic's
'þ' as 'th', Macedonian's 'ѓ' as 'г'), where Firefox and Node, with all of ICU's data, sort
them by their alphabets, as ``collation_key`` does (the orders of
``test_languages.py::test_words_sort_as_the_browsers_locale_compare_sorts_them``; Nepali's,
Devanagari first, in ``test_nepali_names_sort_devanagari_first_and_its_signs_as_accents``). Not
compared here: the two browsers disagree. Should Chromium gain them, the first test below
says so."""

LEFT_OUT = {
    "ko": frozenset({"北京", "上海", "東京"}),
    "zh-Hans": frozenset({"北京", "上海", "東京"}),
}
"""Words left out of the comparison in a language, as ``collation_key`` cannot sort them
as the browser does without a table of every Chinese character's reading: Korean sorts
each among the Hangul words by its reading in Korean ('東京', 동경, before '부산'), and
Simplified Chinese by its reading in pinyin ('北京', běijīng, before '上海', shànghǎi),
where ``collation_key`` sorts them after the Hangul and by Unicode's order. The last test
below says when they need no longer be left out.

GB 2312's order, which Python's 'gb2312' codec gives as the EUC-JP codec gives Japanese its
order, is not enough for Chinese (measured in Chromium, December 2026): its first level has
Chromium's order of syllables, but within a syllable Chromium orders by tone, then by
strokes, and GB 2312 otherwise (88 of its 395 syllables in the same order; 36 characters
placed at another reading, '曾' at céng); Chromium places its second level (3,006 of 3,008)
and the characters outside it ('張' just after '张', '喆' beside '哲') by reading too, and
reads some words whole ('重庆' as chóng, where '重' alone is zhòng). Sorted by the codec's
order, 18 of 211 Chinese names of people, places and bodies came out of Chromium's."""


@pytest.fixture(scope="module")
def chromiums_orders(browser: Any) -> dict[str, tuple[str, list[str]]]:
    """Each language's tag: the locale Chromium's collator takes for it, and the words in
    its order. One page, one call."""
    page = browser.new_page()
    try:
        found = page.evaluate(SORT_IN_EVERY_LANGUAGE, [list(WORDS), list(TAGS)])
    finally:
        page.close()
    return {tag: (locale, order) for tag, (locale, order) in found.items()}


def sorted_by_collation_key(words: list[str], tag: str) -> list[str]:
    # Sorted from the reverse of the list's order: a tie between two words would come
    # out in another order than the browser's.
    return sorted(reversed(words), key=lambda word: languages.collation_key(word, tag))


def test_chromium_has_the_collation_of_every_shipped_language_but_those_named(
    chromiums_orders: dict[str, tuple[str, list[str]]],
) -> None:
    lacking = {
        tag
        for tag, (locale, _) in chromiums_orders.items()
        if languages.primary(locale) != languages.primary(tag)
    }
    assert lacking == NO_COLLATION_IN_CHROMIUM


@pytest.mark.parametrize("tag", [tag for tag in TAGS if tag not in NO_COLLATION_IN_CHROMIUM])
def test_names_sort_as_chromiums_collator_sorts_them_in_the_pages_language(
    chromiums_orders: dict[str, tuple[str, list[str]]], tag: str
) -> None:
    # A Russian page's search choices listed 'Яблоко' before 'Apple' and its story page
    # after; a Thai page set "'Ndrangheta" among the n's, its story page first.
    left_out = LEFT_OUT.get(tag, frozenset())
    words = [word for word in WORDS if word not in left_out]
    in_chromiums_order = [word for word in chromiums_orders[tag][1] if word not in left_out]
    assert sorted_by_collation_key(words, tag) == in_chromiums_order


@pytest.mark.parametrize("tag", sorted(LEFT_OUT))
def test_the_words_left_out_still_sort_otherwise_than_in_chromium(
    chromiums_orders: dict[str, tuple[str, list[str]]], tag: str
) -> None:
    # When collation_key learns their order, they go back into the comparison.
    assert sorted_by_collation_key(list(WORDS), tag) != chromiums_orders[tag][1]
