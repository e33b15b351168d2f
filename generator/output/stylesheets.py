"""A theme's stylesheets as published: without their comments. The theme's notes say why
a rule is there, for whoever edits it; every reader would download them otherwise (a
third of ``style.css``). The rules stay as written, byte for byte: a comment inside a
string (``content: "/*"``) or an unquoted ``url(...)`` is not one, and is kept."""

from __future__ import annotations

import re

# What the scan stops at, leftmost first: a comment (unclosed, it runs to the end, as a
# browser reads it), a string (ended by its quote or by a newline neither escaped nor the
# blank that ends a number's escape, '\a' then a newline, which is the string's) or an
# unquoted url(...) (a name ending in "url" before it, "-url(" say, is a function, but not
# the '--' of a '<!--', a token of its own; its letters may be escaped, '\url(', 'u\rl(',
# '\75rl(', which a browser reads as "url"), or a character escaped (``\/*`` is a slash
# and a star). Each begins with one of a few characters, matched first: the search skips
# to those quickly.
_PIECE = re.compile(
    r"""[/"'uU\\](?:
    (?<=/)(?P<comment>\*[^*]*\*+(?:[^/*][^*]*\*+)*/)
    |(?<=")[^"\\\r\n\f]*(?:\\(?:[0-9a-fA-F]{1,6}(?:\r\n|[ \t\r\n\f])?|\r\n|[\s\S])[^"\\\r\n\f]*)*"?
    |(?<=')[^'\\\r\n\f]*(?:\\(?:[0-9a-fA-F]{1,6}(?:\r\n|[ \t\r\n\f])?|\r\n|[\s\S])[^'\\\r\n\f]*)*'?
    |(?P<url>(?:(?<![-\w\\@\#\x00\x80-\U0010ffff][uU\\])|(?<=<!--[uU\\])(?<!\\<!--[uU\\]))
        (?:(?<=[uU])|(?<=\\)(?:[uU]|0{0,4}[57]5(?:\r\n|[ \t\r\n\f])?))
        (?:[rR]|\\(?:[rR]|0{0,4}[57]2(?:\r\n|[ \t\r\n\f])?))
        (?:[lL]|\\(?:[lL]|0{0,4}[46][cC](?:\r\n|[ \t\r\n\f])?))
        \([ \t\r\n\f]*(?!["'])[^)\\]*(?:\\[\s\S][^)\\]*)*\)?)
    |(?<=\\)[^\r\n\f]
    |(?<=/)(?P<unclosed>\*[\s\S]*))""",
    re.VERBOSE,
)
_NEWLINES = "\r\n\f"
_NEWLINE = re.compile(r"\r\n?|[\n\f]")
_WHITESPACE = " \t" + _NEWLINES
_NAME_CHARS = re.compile(r"[-\w\\\x00\x80-\U0010ffff]")  # NUL: read as U+FFFD
# An escape by a character's number ('\31'), with the one blank after it that is its own.
_HEX_ESCAPE = re.compile(r"\\[0-9a-fA-F]{1,6}(\r\n|[ \t\r\n\f])?")
_ENDS_IN_HEX_ESCAPE = re.compile(r"\\[0-9a-fA-F]{1,6}\Z")
_ONE_CHARACTER = re.compile(r"\\[^\r\n\f]")  # an escape of one character ('\\~')


def without_comments(css: str) -> str:
    """``css`` with its ``/* ... */`` comments taken out, a line left empty by one dropped.
    A space stands for a comment whose two sides would otherwise read as one token
    (``a/**/b``, ``1/**/%``)."""
    pieces: list[str] = []
    written = 0  # the length of what the pieces hold
    removed_at: list[int] = []
    start = 0
    last = ""  # the last character kept
    escape_at = -1  # where the last backslash escape begins
    string_to_end = 0  # the length of a string the sheet ends in, unclosed: its blanks are its own
    at = 0
    while (found := _PIECE.search(css, at)) is not None:
        at = found.end()
        if found.lastgroup == "url" and _ends_an_escape(css, escape_at, found.start()) is not None:
            # A name goes on after an escape ('\31 url(', '\ url('): a function, whose
            # comments are comments. The scan goes on after its first character.
            at = found.start() + 1
            escape_at = found.start() if css[found.start()] == "\\" else escape_at
            continue
        if found.lastgroup not in ("comment", "unclosed"):
            if css[found.start()] == "\\":
                escape_at = found.start()
            elif css[found.start()] in "\"'" and found.end() == len(css):
                string_to_end = found.end() - found.start()
            continue
        kept = css[start : found.start()]
        pieces.append(kept)
        written += len(kept)
        last = kept[-1:] or last
        ends_escape = _ends_an_escape(css, escape_at, found.start())
        if ends_escape is not None:
            # The comment ends an escape ('\31/**/0', '\~/**/x'): what is before it is a
            # name's character, whatever it reads as, and a number's escape needs a blank
            # to end it, which it takes as its own ('\31 0' reads '10').
            if ends_escape.re is _HEX_ESCAPE and not ends_escape.group(1):
                pieces.append(" ")
                written += 1
            last = "\\"
        if _would_join(last, css[found.end() : found.end() + 2]):
            pieces.append(" ")
            written += 1
            last = " "
        removed_at.append(written)
        start = found.end()
    if not removed_at:
        return css
    pieces.append(css[start:])
    text = "".join(pieces)
    return _tidied(text, removed_at, len(text) - string_to_end if string_to_end else None)


def _ends_an_escape(css: str, escape_at: int, at: int) -> re.Match[str] | None:
    """How the escape that begins at ``escape_at`` (none when it is -1) ends at ``at``,
    if it does: a number's escape with the blank that is its own ('\\31 '), a match of
    ``_HEX_ESCAPE``; or one character's ('\\~', '\\ '), a match of that character."""
    if escape_at < 0:
        return None
    return _HEX_ESCAPE.fullmatch(css, escape_at, at) or _ONE_CHARACTER.fullmatch(css, escape_at, at)


def _would_join(before: str, after: str) -> bool:
    """Whether the character ``before`` a removed comment and the text ``after`` it (its
    first two characters) would read as one token once put side by side, where the
    comment kept them apart (CSS Syntax's serialization table, by their characters)."""
    if not before or not after or before in _WHITESPACE or after[0] in _WHITESPACE:
        return False
    first = after[0]
    name_before, name_after = bool(_NAME_CHARS.match(before)), bool(_NAME_CHARS.match(first))
    if (name_before or before in "#@") and (name_after or (name_before and first == "(")):
        return True  # an ident, a number with a unit, a hash, an at-keyword, a function
    if before.isdigit() and (first == "%" or (first == "." and after[1:2].isdigit())):
        return True  # a percentage, or one number of two
    if before in ".+" and first.isdigit():
        return True  # a number
    # '<!--' and '-->' (CDO and CDC, one token each) too: '<!/**/--', '--/**/>'.
    pairs = {("/", "*"), ("|", "|"), ("<", "!"), ("!", "-"), ("-", ">")}
    return (before, first) in pairs or (before in "~|^$*" and first == "=")


def _tidied(text: str, removed_at: list[int], open_string_at: int | None = None) -> str:
    """``text`` with each line a comment was taken from (by the offsets ``removed_at``)
    dropped if nothing but blanks is left on it, else with its trailing blanks taken off;
    but those of a string the text ends in unclosed (at ``open_string_at``), which a
    browser reads to the end, blanks and all ('/*c*/ x "L ' read '"L ' and became '"L')."""
    pieces: list[str] = []
    start = 0
    done_to = -1
    for at in removed_at:
        if at <= done_to:
            continue  # a line already tidied
        after_lf = text.rfind("\n", 0, at) + 1
        line_start = max(after_lf, text.rfind("\r", after_lf, at) + 1, text.rfind("\f", after_lf, at) + 1)
        newline = _NEWLINE.search(text, at)
        line_end = newline.start() if newline else len(text)
        line = text[line_start:line_end]
        kept = line.rstrip(" \t")
        if kept.endswith("\\") or (open_string_at is not None and open_string_at < line_end == len(text)):
            kept = line  # the blank after it is escaped, or in the string: part of the rule
        elif kept != line and _ENDS_IN_HEX_ESCAPE.search(kept):
            kept = line[: len(kept) + 1]  # the escape's own blank: without it, it takes the newline
        if kept:
            pieces.append(text[start:line_start] + kept)
            start = line_end
        else:
            pieces.append(text[start:line_start])
            start = newline.end() if newline else line_end
        done_to = line_end
    pieces.append(text[start:])
    return "".join(pieces)


def published(data: bytes) -> bytes:
    """A stylesheet's bytes as published (``without_comments``). A byte that is not UTF-8
    (a sheet in Latin-1, say) is kept as it is: only the comments are taken out."""
    return without_comments(data.decode("utf-8", "surrogateescape")).encode("utf-8", "surrogateescape")
