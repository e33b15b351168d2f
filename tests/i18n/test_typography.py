"""Typography (``typography.py``): SmartyPants' rules, the same as Python-Markdown's smarty
extension applies them, and each language's quotation marks."""

from __future__ import annotations

import random

import markdown
import pytest
from markdown.extensions import smarty

from generator.commands.build import build
from generator.i18n import typography
from generator.i18n.typography import educate, typeset
from tests.conftest import TEMPLATES, Project, time_limit


def test_the_rules_are_the_smarty_extensions_own() -> None:
    expected = [
        smarty.singleQuoteStartRe, smarty.doubleQuoteStartRe, smarty.doubleQuoteSetsRe,
        smarty.singleQuoteSetsRe, smarty.doubleQuoteSetsRe2, smarty.singleQuoteSetsRe2,
        smarty.decadeAbbrRe, smarty.openingSingleQuotesRegex, smarty.closingSingleQuotesRegex,
        smarty.closingSingleQuotesRegex2, smarty.remainingSingleQuotesRegex,
        smarty.openingDoubleQuotesRegex, smarty.closingDoubleQuotesRegex,
        smarty.closingDoubleQuotesRegex2, smarty.remainingDoubleQuotesRegex,
    ]  # fmt: skip
    assert [rule.pattern for rule, _ in typography._QUOTE_RULES] == expected


PIECES = ["a", "word", "He", '"', "'", "--", "---", "...", "....", ".", "-", " ", " ", "\n", "80s",
          "'80s", "s", "x,", "(", ")", "!", "?", "12", ":", ";", "“", "—", "–", "don't", "l'homme"]  # fmt: skip


def test_educate_sets_a_run_of_text_as_python_markdown_with_smarty_does() -> None:
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    rng = random.Random(20261129)
    compared = 0
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))).strip()
        # One paragraph of text only: what starts a block or a second paragraph is not a run.
        if not text or text[0] in "-#>*+=|:1" or "\n\n" in text or "\n" in text[:1] or "  \n" in text:
            continue
        if any(line[:1] in "-#>*+=|:1 " or line.startswith(("'", '"')) for line in text.split("\n")[1:]):
            continue
        html = md.reset().convert(text)
        if not html.startswith("<p>"):
            continue
        compared += 1
        assert html == f"<p>{educate(text)}</p>", repr(text)
    assert compared > 1500


def test_educate_takes_time_in_proportion_to_the_text() -> None:
    # Each quote set wrote the whole text out again: a title or summary of 200,000
    # quotation marks took over 20 s, on each page that shows it (a hostile pull request).
    with time_limit(3):
        educate("\"'" * 100_000)
    # Set as Python-Markdown sets it, each quote after one set seeing its placeholder's end.
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    text = "\"'" * 500 + " a '80s \"'80s 'b' \"c\"'. x'\"'--'\"--\"'…'s" * 50
    assert md.convert(text) == f"<p>{educate(text)}</p>"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "“Don’t,” she said – twice — and left…"),
        ("en-GB", "“Don’t,” she said – twice — and left…"),
        ("de", "„Don’t,“ she said – twice — and left…"),
        ("fr", "«\u202fDon’t,\u202f» she said – twice — and left…"),
        ("ru", "«Don’t,» she said – twice — and left…"),
        ("el", "«Don’t,» she said – twice — and left…"),  # Greek quotes as Russian does
        ("ca", "«Don’t,» she said – twice — and left…"),  # CLDR's and the Catalan press's
        ("nb", "«Don’t,» she said – twice — and left…"),
        # Norwegian written 'no', as TimelineJS writes it, and Nynorsk had English marks.
        ("no", "«Don’t,» she said – twice — and left…"),
        ("no-NO", "«Don’t,» she said – twice — and left…"),
        ("nn", "«Don’t,» she said – twice — and left…"),
        ("hu", "„Don’t,” she said – twice — and left…"),  # low opening, high closing, as Polish
        ("ro", "„Don’t,” she said – twice — and left…"),  # as Polish and Hungarian
        ("sk", "„Don’t,“ she said – twice — and left…"),  # low opening, high closing, as Czech
        ("bg", "„Don’t,“ she said – twice — and left…"),  # low opening, high turned closing, as Czech
        ("hr", "„Don’t,“ she said – twice — and left…"),  # had English marks
        ("sl", "»Don’t,« she said – twice — and left…"),  # had English marks
        ("lv", "„Don’t,” she said – twice — and left…"),  # had English marks; as Polish
        ("et", "„Don’t,“ she said – twice — and left…"),  # had English marks
        ("is", "„Don’t,“ she said – twice — and left…"),  # had English marks
        ("sr", "„Don’t,“ she said – twice — and left…"),  # had English marks, in both scripts
        ("sr-Latn", "„Don’t,“ she said – twice — and left…"),
        ("lt", "„Don’t,“ she said – twice — and left…"),  # had English marks, as Croatian had
        ("mk", "„Don’t,“ she said – twice — and left…"),  # had English marks
        ("bn", "‘Don’t,’ she said – twice — and left…"),  # had English marks; as Prothom Alo
        ("ne", "‘Don’t,’ she said – twice — and left…"),  # as Onlinekhabar and Kantipur
        ("mr", "‘Don’t,’ she said – twice — and left…"),  # as Loksatta and Lokmat
        ("sw", "“Don’t,” she said – twice — and left…"),  # CLDR's sw
        ("xx", "“Don’t,” she said – twice — and left…"),  # unknown: English marks
    ],
)
def test_plain_text_is_set_with_the_languages_quotation_marks(language: str, expected: str) -> None:
    assert typeset('"Don\'t," she said -- twice --- and left...', language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('他说"不"。', "zh-Hans", "他说“不”。"),
        ('他说"不"好，她说"是"。', "zh-Hans", "他说“不”好，她说“是”。"),
        # Traditional Chinese quotes in corner brackets, as Taiwan's and Hong Kong's news do;
        # a page in zh-Hant, zh-TW or zh-HK had the Simplified “ ”.
        ('他說"不"好，她說"是"。', "zh-Hant", "他說「不」好，她說「是」。"),
        ('他說"不"。', "zh-TW", "他說「不」。"),
        ('他說"不"。', "zh-Hant-HK", "他說「不」。"),
        ('他說"不"。', "zh-HK", "他說「不」。"),
        ('Er sagte:"Nein".', "de", "Er sagte:„Nein“."),
        ('قال:"لا"', "ar", "قال:«لا»"),
        ('Il a dit:"non".', "fr", "Il a dit:«\u202fnon\u202f»."),
        ('He said:"no", then "yes".', "en", "He said:“no”, then “yes”."),
        ('a 12" pipe, "he said"', "en", "a 12” pipe, “he said”"),  # closing before a space
        ('The 5"x7" print', "en", "The 5”x7” print"),  # inches after a digit, before a letter
    ],
)
def test_a_quote_after_a_letter_or_colon_with_no_space_opens(text: str, language: str, expected: str) -> None:
    assert typeset(text, language) == expected


def test_quotes_are_paired_in_markdown_and_block_by_block() -> None:
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    html = md.convert('他说"*不*"。\n\nEr sagte:"Nein".\n\nHe said "*no*"')
    assert typography.for_language(html, "de") == (
        "<p>他说„<em>不</em>“。</p>\n<p>Er sagte:„Nein“.</p>\n<p>He said „<em>no</em>“</p>"
    )
    assert typography.for_language(md.convert('He said "*no*"'), "en") == "<p>He said “<em>no</em>”</p>"
    # A quote left open in one paragraph does not make the next one's opening mark close.
    assert typography.for_language(educate('"a\n') + "</p><p>" + educate('b:"c"'), "en") == "“a\n</p><p>b:“c”"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("他说'不'。", "zh-Hans", "他说‘不’。"),
        ("首相は'想定外'と話した。", "ja", "首相は‘想定外’と話した。"),
        ("他说\"我说'不'然后\"。", "zh-Hans", "他说“我说‘不’然后”。"),
        ("長官は'直ちに'と'影響'を繰り返した", "ja", "長官は‘直ちに’と‘影響’を繰り返した"),
        ("店名はMcDonald'sで'人気'だ", "ja", "店名はMcDonald’sで‘人気’だ"),  # an apostrophe stays
    ],
)
def test_a_single_quote_after_chinese_or_japanese_with_no_space_opens(
    text: str, language: str, expected: str
) -> None:
    # Both marks of "首相は'想定外'と" came out closing, ’想定外’: SmartyPants closes a
    # single quote after a letter, and Chinese and Japanese write no space before a quote.
    # No apostrophe comes after one of their characters, so there a quote opens.
    assert typeset(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("首相は'*想定外*'と述べた", "ja", "首相は‘<em>想定外</em>’と述べた"),
        ('首相は"*想定外*"と述べた', "ja", "首相は「<em>想定外</em>」と述べた"),
        ('他说"*不*"了', "zh-Hans", "他说“<em>不</em>”了"),
        ("他说'*不*'了，'好'", "zh-Hans", "他说‘<em>不</em>’了，‘好’"),
        ("He said '*no*'.", "en", "He said ‘<em>no</em>’."),
        ('He said "*no*"and', "en", "He said “<em>no</em>“and"),  # as SmartyPants has it
        # Korean puts a space before the quote and its particle on the closing mark.
        ('그는 "*절대*"라고 했다', "ko", "그는 “<em>절대</em>”라고 했다"),
        ("선장은 '*퇴선*'을 말하지 않았다", "ko", "선장은 ‘<em>퇴선</em>’을 말하지 않았다"),
        ('그는 "*절대*" 안 된다고', "ko", "그는 “<em>절대</em>” 안 된다고"),
    ],
)
def test_a_quote_after_chinese_or_japanese_closes_after_an_inline_tag(
    text: str, language: str, expected: str
) -> None:
    # SmartyPants opens a quote that starts the text after an inline tag, and these
    # languages write text straight after a closing mark: '首相は'*想定外*'と' came out
    # ‘<em>想定外</em>‘と, both marks opening.
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    assert typography.for_language(md.convert(text), language) == f"<p>{expected}</p>"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ('רובם צוערי שב"ס, ועזרה מחו"ל', "he", "רובם צוערי שב״ס, ועזרה מחו״ל"),
        ('צה"ל אמר "לא" לארה"ב', "he", "צה״ל אמר ”לא” לארה״ב"),
        ("ג'ורג' וצ'רלי אמרו 'לא'", "he", "ג׳ורג׳ וצ׳רלי אמרו ‘לא’"),  # an inner quote stays
        ('The IDF (צה"ל) said "no"', "en", "The IDF (צה״ל) said “no”"),
    ],
)
def test_a_hebrew_acronym_or_letter_mark_typed_as_a_straight_quote_is_gershayim_or_geresh(
    text: str, language: str, expected: str
) -> None:
    # A Hebrew keyboard types the gershayim of an acronym (שב"ס, מחו"ל) and the geresh of
    # ג'ורג' as straight quotes; SmartyPants made them quotation marks (שב”ס, ג’ורג’), and
    # the pairing took the acronym's mark for a quote opening. Between two Hebrew letters
    # a straight quote is one of these marks (U+05F4, U+05F3) in any page, as is a closing
    # single quote after one while no single quote is open.
    assert typeset(text, language) == expected
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    assert typography.for_language(md.convert(text), language) == f"<p>{expected}</p>"


def test_single_quotes_and_apostrophes_are_the_same_in_every_language() -> None:
    assert typeset("l'homme 'dit'", "fr") == "l’homme ‘dit’"
    assert typeset("the '80s", "de") == "the ’80s"
    assert typeset("nothing to set", "de") == "nothing to set"


def test_a_story_in_german_has_german_quotes_in_its_pages_and_exports(project: Project) -> None:
    project.write("content/site.yaml", "title: T\nbase_url: https://example.org/\n")
    project.write(
        "content/story-a/events/e1.yaml",
        'title: Bakiyev says "no"\ndate: 2020-01-01\nsummary: |\n  He said "never" -- and *"left"*...\n'
        "sources: [src-a]\nfigures: [fig-a]\nlocations: [loc-a]\n",
    )
    story = project.root / "content/story-a/story.yaml"
    story.write_text(story.read_text() + "language: de\n")
    build(content="content", templates=TEMPLATES, out="site")
    page = (project.root / "site/story-a/events/e1/index.html").read_text()
    assert "Bakiyev says „no“" in page
    assert "<p>He said „never“ – and <em>„left“</em>…</p>" in page
    timeline = (project.root / "site/story-a/timeline.json").read_text()
    assert "He said „never“ – and" in timeline and '"\ue000' not in timeline
    home = (project.root / "site/index.html").read_text()
    assert "\ue000" not in home and "\ue001" not in home


def test_a_text_in_another_language_than_its_page_has_its_own_marks(project: Project) -> None:
    # A Spanish site: an English story's summary on the home page, and a quote marked as
    # English on a Spanish event's page, had the page's « ».
    project.write("content/site.yaml", "title: T\nlanguage: es\n")
    story = project.root / "content/story-a/story.yaml"
    story.write_text(
        story.read_text().replace("What story A is about.", 'On an "amnesty law".') + "language: en\n"
    )
    project.write(
        "content/story-b/story.yaml", 'title: B\nsummary: Sobre una "ley".\npublished: 2020-01-02\n'
    )
    project.write(
        "content/story-b/events/e1.yaml",
        'title: Uno\ndate: 2020-01-01\nsummary: Dijo "no".\n'
        "quotes:\n  - text: 'This is \"a historic day\"'\n    by: A spokesman\n    language: en\n",
    )
    build(content="content", templates=TEMPLATES, out="site")
    home = (project.root / "site/index.html").read_text()
    assert "On an “amnesty law”." in home and "Sobre una «ley»." in home
    event = (project.root / "site/story-b/events/e1/index.html").read_text()
    assert "This is “a historic day”" in event and "Dijo «no»." in event


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "Grève\u00a0: elle tient\u202f; jusqu’à quand\u202f? Non\u202f! 50\u202f%, «\u202fnon\u202f»"),
        (
            "fr-BE",
            "Grève\u00a0: elle tient\u202f; jusqu’à quand\u202f? Non\u202f! 50\u202f%, «\u202fnon\u202f»",
        ),
        # Canada and Switzerland space the colon alone.
        ("fr-CA", "Grève\u00a0: elle tient ; jusqu’à quand ? Non ! 50 %, «\u202fnon\u202f»"),
        ("fr-CH", "Grève\u00a0: elle tient ; jusqu’à quand ? Non ! 50 %, «\u202fnon\u202f»"),
        ("en", "Grève : elle tient ; jusqu’à quand ? Non ! 50 %, “non”"),
    ],
)
def test_french_high_punctuation_keeps_its_space_on_its_line(language: str, expected: str) -> None:
    # A plain space let a phone's line start with the ':' or the '?'.
    assert typeset('Grève : elle tient ; jusqu\'à quand ? Non ! 50 %, "non"', language) == expected
    assert typeset("Non!", language) == "Non!"  # no space typed: none added


@pytest.mark.parametrize("language", ["fr", "fr-BE", "fr-CA", "fr-CH"])
def test_french_guillemets_typed_with_spaces_keep_them_on_their_line(language: str) -> None:
    # Typed as a French keyboard or word processor gives them, with plain spaces: a line
    # of a held-out story broke after "«" and before "»", as the marks set from straight
    # quotes (narrow no-break spaces inside) never do.
    typed = "surnommée « la forêt », une cathédrale « plus belle encore »"
    assert (
        typeset(typed, language)
        == "surnommée «\u202fla forêt\u202f», une cathédrale «\u202fplus belle encore\u202f»"
    )
    assert typeset(typed, language) == typeset(
        'surnommée "la forêt", une cathédrale "plus belle encore"', language
    )
    assert typeset("«oui»", language) == "«oui»"  # no space typed: none added
    assert typeset("«  deux  »", language) == "«\u202fdeux\u202f»"  # two typed: one kept, no break
    assert typeset(typed, "en") == typed


@pytest.mark.parametrize("language", ["fr", "fr-CA", "fr-CH"])
def test_french_numbers_grouped_with_spaces_stay_whole(language: str) -> None:
    # French groups a number's digits by three with a space: "de 340 000 donateurs" broke
    # after "340" in a held-out story's key numbers at 1280 pixels.
    assert typeset("340 000 donateurs, 1 200 000 euros, 12 345,5 m", language) == (
        "340\u202f000 donateurs, 1\u202f200\u202f000 euros, 12\u202f345,5 m"
    )
    # Numbers that are not one: a year and a count, a date, digits grouped otherwise.
    kept = "en 2019 100 pompiers, le 15 avril 2019, 01 42 34 56 78, 1234 567, 1 234 5678"
    assert typeset(kept, language) == kept
    # The end of a word or a name is no number's start: 'Covid-19 100 000' is not 19 100 000.
    assert typeset("la Covid-19 100 000 cas, l'A380 000 test, -3 000", language) == (
        "la Covid-19 100\u202f000 cas, l’A380 000 test, -3\u202f000"
    )
    assert typeset("340 000", "en") == "340 000"


@pytest.mark.parametrize("language", ["fr", "fr-CA", "fr-CH"])
def test_french_times_written_with_spaces_stay_whole(language: str) -> None:
    # French writes a time '18 h 43': a held-out story's "vers 18 h 43 dans les combles"
    # broke after "18 h" at 1280 pixels, its "43" starting the next line.
    assert typeset("À 18 h 18, puis vers 18 h 43 ; à 20 h, 9 h 05", language).replace("\u202f", " ") == (
        "À 18\u00a0h\u00a018, puis vers 18\u00a0h\u00a043 ; à 20\u00a0h, 9\u00a0h\u00a005"
    )
    # Not a time: a word after a number, a year, a capital H, a decimal, none typed.
    kept = "18 hommes, en 2019 h, la bombe H, 18 H 30, 1,5 h, 18h43"
    assert typeset(kept, language) == kept
    assert typeset("18 h 43", "en") == "18 h 43"


def test_french_spacing_leaves_tags_attributes_and_code_alone() -> None:
    html = '<p>Voir <a href="https://x.org/?a=1 ;b" title="a : b">ceci</a> : <code>a ; b</code> ok ?</p>'
    assert typography.for_language(html, "fr") == (
        '<p>Voir <a href="https://x.org/?a=1 ;b" title="a : b">ceci</a>\u00a0: <code>a ; b</code> ok\u202f?</p>'
    )
    assert typography.for_language("<pre>x ; y</pre>", "fr") == "<pre>x ; y</pre>"


@pytest.mark.parametrize(
    "text",
    [
        "a" + " " * 200_000 + "b",  # spaces with no mark after them
        "1 " + "000 " * 50_000 + "5678",  # groups of digits that make no number
        "< " * 100_000,  # no tag ends
        "<code> " * 30_000,  # no code ends
    ],
)
def test_french_spacing_takes_time_in_proportion_to_the_text(text: str) -> None:
    # Each was read again to its end from each space, group or '<' of it: an event whose
    # summary was a run of 50,000 spaces took 260 s to build, and a text may have 200,000
    # characters (a hostile pull request held a build for an hour for each).
    with time_limit(3):
        assert typography.for_language(text, "fr") == text
        assert typeset(text, "fr") == text


@pytest.mark.parametrize("text", ["< v x " * 50_000, "<code> v x " * 30_000])
def test_one_letter_words_are_tied_in_time_in_proportion_to_the_text(text: str) -> None:
    # Tags and code were found by a pattern tried again from each '<' with no '>' after it,
    # or each '<code>' with no end, to the end of the text, as French spacing's were.
    with time_limit(3):
        assert typography.for_language(text, "cs") == text.replace(" v x", " v\u00a0x")


def test_french_spacing_sets_a_number_of_up_to_thirteen_groups_whole() -> None:
    # Read twelve groups at a time after the first (the digits of a number run no longer).
    thirteen = "1" + " 000" * 12
    assert typeset(f"{thirteen} ; x", "fr") == thirteen.replace(" ", "\u202f") + "\u202f; x"
    assert typeset("« a »  : 18 h 43, 2 000", "fr") == "«\u202fa\u202f»\u00a0: 18\u00a0h\u00a043, 2\u202f000"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("about 100,000", "about\u00a0100,000"),
        ("at least 85", "at least\u00a085"),
        ("more than 2 million", "more than\u00a02\u00a0million"),
        ("€1.2 billion", "€1.2\u00a0billion"),
        ("نحو 100 ألف", "نحو\u00a0100\u00a0ألف"),
        ("84-85", "84-85"),
        ("approximately 100,000", "approximately 100,000"),  # a long word may go to a line of its own
        ("more than 2 million people", "more than\u00a02\u00a0million people"),  # no piece over 16
        ("Spring  2019", "Spring  2019"),  # spaced otherwise: as written
        ("plus de 2 millions", "plus de\u00a02\u00a0millions"),
        ("1,5 milliards", "1,5\u00a0milliards"),
        ("rund 2 Millionen", "rund\u00a02\u00a0Millionen"),
    ],
)
def test_a_key_numbers_number_is_tied_to_the_short_words_beside_it(value: str, shown: str) -> None:
    # A box of "By the numbers" wrote 'about' over '100,000'.
    assert typography.tied_number(value) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De rechtbank in 's-Gravenhage", "De rechtbank in ’s-Gravenhage"),
        ("Hij landde 's avonds in 's-Hertogenbosch", "Hij landde ’s avonds in ’s-Hertogenbosch"),
        ("Volgens haar was 't voorbij, zo'n 300 doden", "Volgens haar was ’t voorbij, zo’n 300 doden"),
        ("Toen 'n minuut later, ('s nachts)", "Toen ’n minuut later, (’s nachts)"),
        # A quotation that starts with such a letter, then more letters, is still a quotation.
        ("Hij zei: 'stop' en 'toen niet'", "Hij zei: ‘stop’ en ‘toen niet’"),
        (
            "Rutte noemde 's-Gravenhage 'een stad van recht'",
            "Rutte noemde ’s-Gravenhage ‘een stad van recht’",
        ),
    ],
)
def test_a_dutch_elided_article_after_a_space_is_an_apostrophe(text: str, expected: str) -> None:
    # SmartyPants opens a single quote after a space, so Dutch's ''s-Gravenhage', ''s avonds',
    # ''t' and ''n' (des, het, een) came out with an opening quote: ‘s-Gravenhage.
    assert typeset(text, "nl") == expected
    md = markdown.Markdown(
        extensions=["smarty"], extension_configs={"smarty": {"substitutions": typography.SUBSTITUTIONS}}
    )
    assert typography.for_language(md.convert(text), "nl-BE") == f"<p>{expected}</p>"


@pytest.mark.parametrize(
    ("language", "typed", "set"),
    [
        ("cs", "Požár v Praze a v Brně", "Požár v\u00a0Praze a\u00a0v\u00a0Brně"),
        ("cs-CZ", "K události došlo u Hodonína", "K\u00a0události došlo u\u00a0Hodonína"),
        ("sk", "Útok v Handlovej", "Útok v\u00a0Handlovej"),
        ("pl", "Pożar w Warszawie i w Łodzi", "Pożar w\u00a0Warszawie i\u00a0w\u00a0Łodzi"),
        # Initials and a letter after a hyphen are not words of their own.
        ("cs", "J. Novák, A-Z v 2021", "J. Novák, A-Z v\u00a02021"),
        # Tags, their attributes and code are left as typed.
        (
            "cs",
            '<a href="v x" title="v Praze">v Praze</a> <code>v x</code>',
            '<a href="v x" title="v Praze">v\u00a0Praze</a> <code>v x</code>',
        ),
        ("en", "in a house", "in a house"),
        ("de", "Haus a b", "Haus a b"),
    ],
)
def test_czech_slovak_and_polish_keep_a_one_letter_word_off_a_lines_end(
    language: str, typed: str, set: str
) -> None:
    # An editor's 'v Praze', typed with a plain space, ended a phone's line with 'v'.
    assert typography.for_language(typed, language) == set


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("plain", "plain"),
        ("A \u202eneighbour", "A \u202eneighbour\u202c"),  # an override left open: closed
        ("a \u202eb\u202c c", "a \u202eb\u202c c"),  # closed by the text: as it is
        ("a \u2067b \u202dc", "a \u2067b \u202dc\u202c\u2069"),  # innermost first
        ("a \u2067b \u202dc\u2069 d", "a \u2067b \u202dc\u2069 d"),  # a PDI closes what its isolate holds
        ("a\u2069 b\u202c c", "a b c"),  # ends that close nothing of the text's: left out
        ("\u2066a\u202c\u2069", "\u2066a\u2069"),  # a PDF cannot close an isolate
    ],
)
def test_bidi_controls_a_text_leaves_open_are_closed_at_its_end(text: str, closed: str) -> None:
    assert typography.bidi_closed(text) == closed
    assert typeset(text, "en") == closed


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("\u202a" * 100_000 + "\u2069" * 100_000, "\u202c" * 100_000),  # no isolate for the PDIs
        ("\u2066" + "\u202a" * 100_000 + "\u2069", ""),  # the PDI closes all within its isolate
        (("\u2067\u202b" * 50_000)[:-1] + "\u2069" * 50_000, ""),
        ("\u2068\u202d\u2069\u202e" * 50_000, "\u202c" * 50_000),
    ],
)
def test_closing_bidi_takes_a_time_in_proportion_to_the_text(text: str, closing: str) -> None:
    # Each PDI searched every control still open for its isolate: 100,000 of them and as
    # many PDIs took minutes.
    with time_limit(5):
        assert typography.closing_bidi(text) == closing
        assert typography.bidi_closed(text).endswith(closing)


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "A \u202eneighbour",
        "a \u2067b \u202dc",
        "a\u2069 b\u202c c",
        "\u2066a\u202c",
        "\u202b\u2068x\u202c",
    ],
)
def test_a_cut_is_closed_as_a_whole_text_is(text: str) -> None:
    # One rule: a feed's cut headline (closing_bidi) and a page's text (bidi_closed) close
    # the same controls, in the same order.
    closed, closing = typography.bidi_closed(text), typography.closing_bidi(text)
    assert closed.endswith(closing)
    assert typography.closing_bidi(closed) == ""
