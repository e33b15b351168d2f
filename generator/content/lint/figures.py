"""A figure file's own warnings: its picture's and its text's, and a name or role typed with
a different quotation mark at each end ('\u201cChairman of the canal authority"'), which
readers see in quotation marks though no quotation was probably meant.
"""

from __future__ import annotations

from generator.content import schema
from generator.content.contentfile import ContentFile
from generator.content.lint.pictures import picture_warnings
from generator.content.lint.titles import name_shows_nothing
from generator.content.lint.where import warning
from generator.content.lint.writing import text_warnings
from generator.content.model import Figure
from generator.content.yamlnodes import Mapping, Scalar
from generator.content.yamlvalues import double_quoted
from generator.errors import Problem


def figure_warnings(file: ContentFile, figure: Figure) -> list[Problem]:
    """A figure file's own warnings: its picture's, its texts', and a name or role typed
    with a different quotation mark at each end."""
    found = (
        name_shows_nothing(file, "figure's")
        + picture_warnings(file, figure.image)
        + text_warnings(file, schema.FIGURE)
    )
    for key in ("name", "role"):
        # As written: the model's text is typeset, its straight marks already curled.
        node = file.root.items.get(key, (None, None))[1] if isinstance(file.root, Mapping) else None
        written = node.value if isinstance(node, Scalar) and isinstance(node.value, str) else ""
        if node is not None and (said := _odd_quotes(key, written.strip())) is not None:
            found.append(warning(node.pos, said))
    return found


_QUOTE_MARKS = {
    '"': 'a straight double quotation mark (")',
    "'": "a straight apostrophe (')",
    "\u201c": "an opening curly quotation mark (\u201c)",
    "\u201d": "a closing curly quotation mark (\u201d)",
    "\u201e": "a low quotation mark (\u201e)",
    "\u2018": "an opening curly single quotation mark (\u2018)",
    "\u2019": "a curly apostrophe (\u2019)",
    "\u201a": "a low single quotation mark (\u201a)",
    "\u00ab": "an opening guillemet (\u00ab)",
    "\u00bb": "a closing guillemet (\u00bb)",
    "\u2039": "an opening single guillemet (\u2039)",
    "\u203a": "a closing single guillemet (\u203a)",
    "\u300c": "an opening corner bracket (\u300c)",
    "\u300d": "a closing corner bracket (\u300d)",
    "\u300e": "an opening double corner bracket (\u300e)",
    "\u300f": "a closing double corner bracket (\u300f)",
}
"""The quotation marks a name or a role may be typed with, as a message names them."""
# Not yamlsyntax/closing.py's _CURLED_PAIRS, though both pair quotation marks: that is the few
# pairs a word processor types for straight marks (which a syntax error's message then
# calls curly, to be written straight); this is every pairing a language uses, so that a
# name or role quoted correctly (German single low marks \u201a...\u2018, single guillemets
# \u2039...\u203a, Japanese corner brackets) is not warned of. Taken here, that one would warn
# of those.
_CLOSED_BY = {
    "\u201c": "\u201d\u201c",  # English; Czech and German close “ with “ („…“)
    "\u201e": "\u201c\u201d",  # German, Czech; Polish, Hungarian
    "\u201d": "\u201d",  # Swedish, Finnish, Hebrew
    "\u2018": "\u2019",
    "\u201a": "\u2018\u2019",
    "\u2019": "\u2019",
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab\u00bb",  # Danish and German »…«, Finnish and Swedish »…»
    "\u2039": "\u203a",
    "\u203a": "\u2039\u203a",
    "\u300c": "\u300d",
    "\u300e": "\u300f",
}
"""The marks that close a quotation each opening mark starts, as the languages that use
them pair them (the first is the one a message offers); a straight mark closes its own."""
_LETTER_MARKS = frozenset("'\u2018\u2019")
"""The single marks that are letters too: a name spelt in Latin letters writes the Arabic
ʿayn and hamza with them ('Abd al-Rahman ibn Saba’, ‘Ala’), Dutch writes ’t: a name or
role with one of them at each end is no sign of a quotation typed wrong."""


def _odd_quotes(key: str, text: str) -> str | None:
    """What to say of a figure's name or role that starts with one quotation mark and ends
    with another that does not close it ('\u201cChairman of the canal authority"': a curly
    mark typed at one end, a straight one at the other, which YAML keeps as text): readers
    see it quoted, though probably no quotation was meant. Not for titles, which may be a
    quotation in their own right."""
    first, last = text[:1], text[-1:]
    if len(text) < 2 or first not in _QUOTE_MARKS or last not in _QUOTE_MARKS or last == first:
        return None
    if last in _CLOSED_BY.get(first, first) or {first, last} <= _LETTER_MARKS:
        return None
    bare = text[1:-1].strip()
    closed = first + text[1:-1] + _CLOSED_BY.get(first, first)[0]
    return (
        f"the {key} starts with {_QUOTE_MARKS[first]} and ends with {_QUOTE_MARKS[last]}, so readers "
        f"see it in quotation marks; if it is not a quotation, leave both marks out ({key}: "
        f"{_yaml_text(bare)}); if it is, end it with the mark that closes the first ({key}: "
        f"{_yaml_text(closed)})"
    )


def _yaml_text(text: str) -> str:
    """``text`` as a value to write after 'key: ', in double quotes where YAML would read
    its first character as more than text."""
    return double_quoted(text) if text[:1] in "\"'[{&*!|>%@`#-?:," else text
